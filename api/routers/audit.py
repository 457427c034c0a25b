"""The audit log: read it and verify its hash chain."""

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from api.deps import AuthenticatedDep, SessionDep
from api.pagination import CursorQuery, LimitQuery, PageOut, set_next_link
from api.routers.moderation import problem_responses
from core.pagination import DEFAULT_LIMIT
from moderation.audit import list_entries, verify_chain
from moderation.schemas import AuditEntryRead, ChainVerification

router = APIRouter(prefix="/v1", tags=["audit"])


@router.get(
    "/audit",
    summary="Read the audit log",
    description=(
        "Secretariat only, with a token carrying `reports:read` or `admin` (403 "
        "`insufficient_scope` otherwise). The append-only, hash-chained log of every state change "
        "(every domain event: accounts, organizations and their verification, consultations, "
        "documents, rounds, comments, flags, moderation, erasure), in chain order, "
        "keyset-paginated by `seq`. Each entry's `hash` is the SHA-256 of the orjson "
        "serialisation, keys sorted, of `{seq, occurred_at, event, actor_id, consultation_id, "
        "subject_type, subject_id, data, prev_hash}`; `prev_hash` is the previous entry's hash "
        "(64 zeros for the first). Filter with `consultation_id` (the id or the slug; 404 when "
        "no consultation has it) and `event`."
    ),
    responses=problem_responses(400, 401, 403, 404, 422),
)
async def get_audit_log(
    request: Request,
    response: Response,
    principal: AuthenticatedDep,
    session: SessionDep,
    consultation_id: Annotated[
        str | None, Query(description="Only entries about this consultation.")
    ] = None,
    event: Annotated[
        str | None, Query(description="Only entries of this event, e.g. `comment.moderated`.")
    ] = None,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> PageOut[AuditEntryRead]:
    page = await list_entries(
        session,
        principal,
        consultation_id=consultation_id,
        event=event,
        limit=limit,
        cursor=cursor,
    )
    set_next_link(request, response, page.next_cursor)
    return PageOut(items=page.items, next_cursor=page.next_cursor)


@router.get(
    "/audit/verify",
    summary="Verify the audit chain",
    description=(
        "Secretariat only, with `reports:read` or `admin`. Recomputes every entry's hash and link,"
        " streaming through the log: `{valid, entries, head, head_seq, first_broken}`. "
        "`first_broken` is the `seq` of the first entry whose hash, link to its predecessor or "
        "sequence number does not hold (null when the chain is valid). Keep `head` somewhere else "
        "now and then: a chain cut short at its end still verifies, a head that no longer appears "
        "in it does not."
    ),
    responses=problem_responses(401, 403),
)
async def verify_audit_chain(principal: AuthenticatedDep, session: SessionDep) -> ChainVerification:
    return await verify_chain(session, principal)
