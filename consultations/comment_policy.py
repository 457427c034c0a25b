"""Who may see, submit, edit and withdraw comments. The one place these rules live.

Facts about the caller are gathered once per request into a ``Viewer``:
- the secretariat (and admins) see everything;
- co-facilitators of the consultation see every comment in it, as the secretariat does;
- representatives are members of a *verified* organization; a client-credentials principal is a
  representative of the organization it is bound to (if verified) and of nothing else.

Consultations
    Who may read a consultation is ``consultations.policy.can_view_consultation``'s rule: public
    ones by anyone, restricted ones by the secretariat, their co-facilitators, the
    representatives of verified organizations of an eligible group and those of organizations
    that have commented in it (so an author keeps its comments when its group is dropped). For
    anyone else the consultation, its rounds and its comments do not exist (404).

Comments
    Anyone who can read the consultation sees its ``published`` comments. Representatives also
    see their own organization's comments in every status (pending, hidden, rejected,
    withdrawn). The secretariat and co-facilitators see all. A comment the caller may not see
    does not exist for them (404). Under ``group_only`` attribution, the organization (id, name
    and regional group) is shown only to the secretariat, co-facilitators and the organization
    itself; everyone else sees the stakeholder group alone. The regional group is withheld too
    because the registry of verified organizations is public: an organization alone in its
    (stakeholder group, regional group) pair would be named by it. For the same reason the
    list filters finer than the stakeholder group (``regional_group``, ``country_group``, and
    ``organization_id`` but for one's own organization) are refused (403) to those callers, and
    the representation report of one paragraph suppresses its small regional and country
    cells for them (``consultations.reports``). No response names the person who wrote a
    comment. Flag counts are shown to the secretariat and co-facilitators only.

Writes
    Submitting, editing and withdrawing need the ``comments:write`` scope and a representative
    of the organization concerned (403 otherwise, on a visible resource). Submission also needs
    the organization to be verified and its stakeholder group to be eligible (an empty
    ``eligible_groups`` admits every group). Edit history is shown to the organization's
    representatives, the secretariat and the consultation's co-facilitators (who read all its
    comments); who made each edit is shown to the organization and the secretariat only, since
    no comment names its author to anyone else.
"""

import uuid
from collections.abc import Collection
from dataclasses import dataclass, field

from auth.principal import Principal
from consultations.policy import ConsultationAccess, ConsultationLike, can_view_consultation
from core.errors import FieldError, Forbidden, NotFound, Unauthorized

WRITE_SCOPE = "comments:write"


@dataclass(frozen=True, slots=True)
class Viewer:
    principal: Principal
    access: ConsultationAccess = field(default_factory=ConsultationAccess)
    # Verified organizations the caller represents.
    organization_ids: frozenset[uuid.UUID] = frozenset()

    @property
    def sees_everything(self) -> bool:
        return self.principal.is_secretariat or self.access.is_facilitator

    def represents(self, organization_id: uuid.UUID) -> bool:
        return organization_id in self.organization_ids


@dataclass(frozen=True, slots=True)
class SubmittingOrganization:
    id: uuid.UUID
    verification: str
    stakeholder_group: str


def require_consultation_readable(
    viewer: Viewer, consultation: ConsultationLike, what: str
) -> None:
    try:
        can_view_consultation(viewer.principal, consultation, viewer.access)
    except NotFound as exc:
        raise NotFound(f"No such {what}.") from exc


def can_see_comment(viewer: Viewer, status: str, organization_id: uuid.UUID) -> bool:
    return status == "published" or viewer.sees_everything or viewer.represents(organization_id)


@dataclass(frozen=True, slots=True)
class ListingScope:
    """Which comments a list shows: all of them, or the published ones plus every comment of
    ``own_organizations``."""

    everything: bool
    own_organizations: frozenset[uuid.UUID]


def listing_scope(viewer: Viewer) -> ListingScope:
    return ListingScope(viewer.sees_everything, viewer.organization_ids)


def sees_every_organization(viewer: Viewer, attribution: str) -> bool:
    return attribution != "group_only" or viewer.sees_everything


def shows_attribution(viewer: Viewer, attribution: str, organization_id: uuid.UUID) -> bool:
    return sees_every_organization(viewer, attribution) or viewer.represents(organization_id)


def require_can_filter_by_organization(
    viewer: Viewer,
    attribution: str,
    filter_name: str,
    organization_id: uuid.UUID | None = None,
) -> None:
    """A list filter finer than the stakeholder group (``organization_id`` for that
    organization) is for those who may see the organizations of the comments it selects."""
    if organization_id is not None and shows_attribution(viewer, attribution, organization_id):
        return
    if sees_every_organization(viewer, attribution):
        return
    raise Forbidden(
        f"Under `group_only` attribution comments show you their stakeholder group only, and "
        f"the `{filter_name}` filter would narrow them to a few organizations, which the public "
        "registry could then name. Filter by `stakeholder_group` instead.",
        errors=[FieldError(("query", filter_name), "not available under group_only attribution")],
    )


def shows_moderation_details(viewer: Viewer) -> bool:
    return viewer.sees_everything


def require_can_submit(
    principal: Principal,
    organization: SubmittingOrganization,
    *,
    is_representative: bool,
    eligible_groups: Collection[str],
) -> None:
    principal.require_scope(WRITE_SCOPE)
    if principal.bound_organization_id is not None:
        is_representative = principal.bound_organization_id == organization.id
    if not is_representative:
        raise Forbidden("Only representatives of an organization may comment on its behalf.")
    if organization.verification != "verified":
        raise Forbidden("The organization must be verified by the secretariat to comment.")
    if eligible_groups and organization.stakeholder_group not in eligible_groups:
        raise Forbidden(
            f"This consultation is open to {', '.join(sorted(eligible_groups))}; the "
            f"organization's group, {organization.stakeholder_group}, is not eligible."
        )


def require_can_change(viewer: Viewer, organization_id: uuid.UUID) -> None:
    """Edit and withdraw: representatives of the comment's organization."""
    viewer.principal.require_scope(WRITE_SCOPE)
    if not viewer.represents(organization_id):
        raise Forbidden(
            "Only representatives of the organization that submitted a comment may change it."
        )


def require_can_read_history(viewer: Viewer, organization_id: uuid.UUID) -> None:
    if viewer.principal.is_anonymous:
        raise Unauthorized("Sign in to read a comment's edit history.")
    if not (viewer.sees_everything or viewer.represents(organization_id)):
        raise Forbidden(
            "A comment's edit history is shown to its organization, the secretariat and the "
            "consultation's co-facilitators."
        )


def shows_editors(viewer: Viewer, organization_id: uuid.UUID) -> bool:
    """Who edited a comment names a person: for the organization and the secretariat."""
    return viewer.principal.is_secretariat or viewer.represents(organization_id)
