"""Who may flag, moderate, read the moderation queue, see campaigns and read the audit log.

The one place these rules live; services call it, routers never decide. Pure: the caller works
out the principal's relation to the consultation (``ConsultationAccess``) from the database.

Rules
- Moderators of a consultation are the secretariat (admins included) and that consultation's
  co-facilitators. A co-facilitator of one consultation moderates no other.
- Seeing a comment: moderators see every comment of their consultations; the representatives
  of the submitting organization see its comments while it is verified; everybody else who can
  see the consultation (a rejected organization's people included) sees its published comments
  only. A comment the caller cannot see is 404, never 403.
- Flagging needs a signed-in person (401 for anonymous callers, 403 for machine clients acting
  for an organization: a flag is one person's report) and a token that may write: any scope
  but ``reports:read`` alone (``auth.principal.WRITE_SCOPES``; flags can hide a comment).
  Only published comments can be flagged (409 for a visible comment in another state).
- Decisions need a moderator (403 for anyone else who can see the comment) holding a token with
  the ``moderation:write`` scope.
- The moderation queue: moderators only (403 for others who can see the consultation).
- Campaigns of a round: everyone who can see the round; moderators see every member that is not
  withdrawn, everybody else only published members (see ``moderation.campaigns``).
- The audit log and its verification: the secretariat only (401 anonymous, 403 others), with a
  token carrying ``reports:read`` or ``admin``: the log names every actor and change, more than
  a comment export shows, so a token made to submit comments does not read it.
"""

from auth.principal import Principal
from consultations.policy import ConsultationAccess
from core.errors import Forbidden, NotFound, Unauthorized

MODERATION_SCOPE = "moderation:write"


def _require_signed_in(principal: Principal) -> None:
    if principal.is_anonymous:
        raise Unauthorized("Sign in: this action needs a bearer token.")


def is_moderator(principal: Principal, access: ConsultationAccess) -> bool:
    return principal.is_secretariat or access.is_facilitator


def can_see_comment(
    principal: Principal, status: str, access: ConsultationAccess, is_author_organization: bool
) -> bool:
    """Assumes the consultation itself is visible to the principal."""
    return status == "published" or is_moderator(principal, access) or is_author_organization


def require_visible_comment(
    principal: Principal, status: str, access: ConsultationAccess, is_author_organization: bool
) -> None:
    if not can_see_comment(principal, status, access, is_author_organization):
        raise NotFound("No such comment.")


def can_flag(principal: Principal) -> None:
    _require_signed_in(principal)
    if principal.user_id is None:
        raise Forbidden("Flags are raised by people; a client acting for an organization cannot.")
    principal.require_write_scope()


def can_decide(principal: Principal, access: ConsultationAccess) -> None:
    _require_signed_in(principal)
    if not is_moderator(principal, access):
        raise Forbidden("Only the secretariat and this consultation's co-facilitators moderate.")
    principal.require_scope(MODERATION_SCOPE)


def can_read_queue(principal: Principal, access: ConsultationAccess) -> None:
    _require_signed_in(principal)
    if not is_moderator(principal, access):
        raise Forbidden(
            "Only the secretariat and this consultation's co-facilitators see its moderation queue."
        )


AUDIT_SCOPES = ("reports:read", "admin")


def can_read_audit(principal: Principal) -> None:
    _require_signed_in(principal)
    if not principal.is_secretariat:
        raise Forbidden("Only the secretariat reads the audit log.")
    principal.require_scope(*AUDIT_SCOPES)
