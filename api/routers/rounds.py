"""Consultation rounds."""

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from api.deps import AuthenticatedDep, PrincipalDep, SessionDep, resource_allowed
from api.middleware import NOT_MODIFIED_RESPONSE
from api.openapi import sends_headers
from api.pagination import CursorQuery, LimitQuery, PageOut, set_next_link
from api.routers.consultations import ConsultationRef, IfMatchHeader, problem_responses
from consultations import rounds as service
from consultations.consultations import get_managed_consultation
from consultations.models import Round
from consultations.schemas import RoundCreate, RoundRead, RoundStatus, RoundUpdate
from core.clock import utcnow
from core.pagination import DEFAULT_LIMIT

router = APIRouter(prefix="/v1", tags=["rounds"])

_STATUS = (
    "`status` is derived from the clock: `scheduled` before `opens_at`, `open` while "
    "`opens_at <= now < closes_at`, `closed` from `closes_at` on."
)

_ETAG = (
    "The `ETag` names the round's stored revision and its `status` at the time of the "
    "response: it changes when a change is made and when the clock opens or closes the round, "
    "so an `If-Match` read before the round opened or closed is stale (412): read it again."
)


def _with_etag(response: Response, round_: Round) -> RoundRead:
    """The round as it reads now, with the ETag of that same moment."""
    now = utcnow()
    response.headers["ETag"] = service.round_etag(round_, now)
    return service.round_read(round_, now)


@router.post(
    "/consultations/{consultation_id}/rounds",
    status_code=201,
    summary="Open a consultation round",
    description=(
        "The secretariat or a co-facilitator of the consultation, with `consultations:write`. "
        "Times are RFC 3339 (UTC when no offset is given). `closes_at` must be after `opens_at` "
        "and in the future; `opens_at` may be in the past: the round is then open at once and "
        "its `opens_at` is stored as the moment of creation (a round never claims to have "
        "been open before it existed). The "
        "document must belong to the consultation and the version exist (422). `number` is "
        "the next one in the consultation. Rounds of one consultation may overlap in time only "
        "on different documents or different versions of one document (409 for two rounds on "
        "the same version at overlapping times): a round on Rev.1 may open while the zero "
        "draft's still takes late comments; each comment belongs to its round and its "
        "version. Timestamps are RFC 3339 strings; one without an offset "
        "is read as UTC, and a number (Unix seconds) or a date alone is refused (422). " + _STATUS
    ),
    responses={
        **problem_responses(401, 403, 404, 409, 422),
        **sends_headers(201, "Location", "ETag"),
    },
    dependencies=[resource_allowed(get_managed_consultation, "consultation_id")],
)
async def create_round(
    consultation_id: ConsultationRef,
    body: RoundCreate,
    principal: AuthenticatedDep,
    session: SessionDep,
    response: Response,
) -> RoundRead:
    round_ = await service.create_round(session, principal, consultation_id, body)
    response.headers["Location"] = f"/v1/rounds/{round_.id}"
    return _with_etag(response, round_)


@router.get(
    "/consultations/{consultation_id}/rounds",
    summary="List a consultation's rounds",
    description="In order of creation, keyset-paginated; `status` filters. " + _STATUS,
    responses=problem_responses(400, 404),
)
async def list_rounds(
    consultation_id: ConsultationRef,
    request: Request,
    response: Response,
    principal: PrincipalDep,
    session: SessionDep,
    status: Annotated[RoundStatus | None, Query(description="Only rounds in this state.")] = None,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> PageOut[RoundRead]:
    page = await service.list_rounds(
        session, principal, consultation_id, status=status, cursor=cursor, limit=limit
    )
    set_next_link(request, response, page.next_cursor)
    now = utcnow()
    return PageOut(
        items=[service.round_read(row, now) for row in page.items], next_cursor=page.next_cursor
    )


@router.get(
    "/rounds/{round_id}",
    summary="Read a round",
    description="With an `ETag` for `PATCH`. " + _ETAG + " " + _STATUS,
    responses={**problem_responses(404), **NOT_MODIFIED_RESPONSE},
)
async def get_round(
    round_id: str, principal: PrincipalDep, session: SessionDep, response: Response
) -> RoundRead:
    round_ = await service.get_round(session, principal, round_id)
    return _with_etag(response, round_)


@router.patch(
    "/rounds/{round_id}",
    summary="Rename a round, extend or shorten it",
    description=(
        "The secretariat or a co-facilitator. Requires `If-Match` with the round's ETag (428 "
        "without, 412 when it changed, the round's opening or closing by the clock included). "
        "`closes_at` may move either way (also reopening a "
        "closed round) but not into the past (a few minutes of clock skew are tolerated; send "
        "the current time to close now). A closing time that has passed when the change takes "
        "effect is stored as that moment, so that no comment already accepted lies after it; "
        "on a round that has closed already, such a time changes nothing (200 with the round "
        "as it is, no audit entry): it keeps the time it closed at, having accepted nothing "
        "since. "
        "`null` for a field is refused (422): leave it out to keep it. `opens_at` may change "
        "only while the round is scheduled: 409 once it has opened; a past `opens_at` opens it "
        "at once and is stored as the moment of the change, as on creation. The overlap rule of "
        "creation is checked again (409)."
    ),
    responses={
        **problem_responses(400, 401, 403, 404, 409, 412, 422, 428),
        **sends_headers(200, "ETag"),
    },
    dependencies=[resource_allowed(service.get_managed_round, "round_id")],
)
async def update_round(
    round_id: str,
    body: RoundUpdate,
    principal: AuthenticatedDep,
    session: SessionDep,
    response: Response,
    if_match: IfMatchHeader = None,
) -> RoundRead:
    round_ = await service.update_round(session, principal, round_id, body, if_match=if_match)
    return _with_etag(response, round_)
