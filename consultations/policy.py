"""Who may see and who may manage a consultation, its documents and its rounds.

The one place these rules live; services call it, routers never decide. Pure: the caller works
out the principal's relation to the consultation (``ConsultationAccess``) from the database.

Rules
- Seeing: a ``public`` consultation (and its documents and rounds) is visible to everyone,
  anonymous callers included. A ``restricted`` one is visible to the secretariat (admins
  included), to its co-facilitators, and to representatives of verified organizations whose
  stakeholder group is eligible in it (a client-credentials principal: its bound organization),
  because they are the ones it consults, and to representatives of organizations that have
  commented in it (any status), whatever the current eligibility: a narrowing of the eligible
  groups stops new submissions, never the authors' access to what they submitted. Anyone else
  gets 404, never 403, so a restricted consultation's existence does not leak.
- Administering (creating consultations, changing their settings, appointing and removing
  co-facilitators): the secretariat only.
- Managing documents and rounds: the secretariat and the consultation's co-facilitators, nothing
  else: a co-facilitator of one consultation has no rights on another.
- Every write also needs a token with the ``consultations:write`` scope. Anonymous writers are
  stopped earlier with 401 by the HTTP layer.
- The list of co-facilitators is seen by those who manage the consultation.
"""

from dataclasses import dataclass
from typing import Protocol

from auth.principal import Principal
from core.errors import Forbidden, NotFound, Unauthorized

WRITE_SCOPE = "consultations:write"


class ConsultationLike(Protocol):
    @property
    def visibility(self) -> str: ...


@dataclass(frozen=True, slots=True)
class ConsultationAccess:
    """The principal's relation to one consultation."""

    is_facilitator: bool = False
    is_participant: bool = False


def _require_signed_in(principal: Principal) -> None:
    if principal.is_anonymous:
        raise Unauthorized("Sign in: this action needs a bearer token.")


def can_view_consultation(
    principal: Principal, consultation: ConsultationLike, access: ConsultationAccess
) -> None:
    if consultation.visibility == "public" or principal.is_secretariat:
        return
    if access.is_facilitator or access.is_participant:
        return
    raise NotFound("No such consultation.")


def can_create_consultation(principal: Principal) -> None:
    _require_signed_in(principal)
    if not principal.is_secretariat:
        raise Forbidden("Only the secretariat creates consultations.")
    principal.require_scope(WRITE_SCOPE)


def can_administer_consultation(
    principal: Principal, consultation: ConsultationLike, access: ConsultationAccess
) -> None:
    """Settings and co-facilitator appointments."""
    _require_signed_in(principal)
    can_view_consultation(principal, consultation, access)
    if not principal.is_secretariat:
        raise Forbidden("Only the secretariat changes a consultation and appoints facilitators.")
    principal.require_scope(WRITE_SCOPE)


def can_manage_consultation(
    principal: Principal, consultation: ConsultationLike, access: ConsultationAccess
) -> None:
    """Documents, versions, translations and rounds."""
    _require_signed_in(principal)
    can_view_consultation(principal, consultation, access)
    if not (principal.is_secretariat or access.is_facilitator):
        raise Forbidden(
            "Only the secretariat and this consultation's co-facilitators manage its documents "
            "and rounds."
        )
    principal.require_scope(WRITE_SCOPE)


def can_list_facilitators(
    principal: Principal, consultation: ConsultationLike, access: ConsultationAccess
) -> None:
    _require_signed_in(principal)
    can_view_consultation(principal, consultation, access)
    if not (principal.is_secretariat or access.is_facilitator):
        raise Forbidden("Only the secretariat and the co-facilitators see who facilitates.")
