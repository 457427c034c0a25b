"""Load-or-404 lookups shared by the moderation services: a comment or a round together with
its consultation and the caller's relation to it."""

from dataclasses import dataclass

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from auth.models import Membership, Organization
from auth.principal import Principal
from consultations.consultations import consultation_seen_through
from consultations.models import Comment, Consultation, Round
from consultations.policy import ConsultationAccess
from core.errors import NotFound
from core.ids import parse_id
from moderation import policy


@dataclass(frozen=True, slots=True)
class CommentContext:
    comment: Comment
    consultation: Consultation
    access: ConsultationAccess


@dataclass(frozen=True, slots=True)
class RoundContext:
    round: Round
    consultation: Consultation
    access: ConsultationAccess

    def is_moderator(self, principal: Principal) -> bool:
        return policy.is_moderator(principal, self.access)


async def _represents(session: AsyncSession, principal: Principal, comment: Comment) -> bool:
    if principal.bound_organization_id is not None:
        return principal.bound_organization_id == comment.organization_id
    if principal.user_id is None:
        return False
    membership = await session.get(Membership, (comment.organization_id, principal.user_id))
    return membership is not None


async def represents_verified_organization(
    session: AsyncSession, principal: Principal, comment: Comment
) -> bool:
    """Whether the principal is a representative of the comment's organization while it is
    verified: one of the people who may edit or withdraw the comment."""
    if not await _represents(session, principal, comment):
        return False
    organization = await session.get(Organization, comment.organization_id)
    return organization is not None and organization.verification == "verified"


async def visible_comment(
    session: AsyncSession, principal: Principal, ref: str, *, lock: bool = False
) -> CommentContext:
    """The comment if the principal may see it (404 otherwise). ``lock`` takes a row lock on
    PostgreSQL (``FOR NO KEY UPDATE``: rows referencing the comment can still be inserted by
    others), so concurrent flags and decisions on one comment are applied one at a time."""
    comment_id = parse_id(ref)
    if comment_id is None:
        raise NotFound("No such comment.")
    statement = select(Comment).where(Comment.id == comment_id)
    if lock:
        statement = statement.with_for_update(key_share=True)
    comment = (await session.exec(statement)).first()
    if comment is None:
        raise NotFound("No such comment.")
    visible = await consultation_seen_through(
        session, principal, comment.consultation_id, not_found="No such comment."
    )
    # As on the comment endpoints: a rejected organization's people are no longer its
    # representatives and see its comments only as anyone else does.
    is_author_organization = comment.status != "published" and (
        await represents_verified_organization(session, principal, comment)
    )
    policy.require_visible_comment(
        principal, comment.status, visible.access, is_author_organization
    )
    return CommentContext(comment, visible.consultation, visible.access)


async def visible_round(session: AsyncSession, principal: Principal, ref: str) -> RoundContext:
    round_id = parse_id(ref)
    round_ = await session.get(Round, round_id) if round_id is not None else None
    if round_ is None:
        raise NotFound("No such round.")
    visible = await consultation_seen_through(
        session, principal, round_.consultation_id, not_found="No such round."
    )
    return RoundContext(round_, visible.consultation, visible.access)
