"""Consultations and their co-facilitators."""

from typing import Annotated

from fastapi import APIRouter, Header, Path, Request, Response

from api.deps import AuthenticatedDep, PrincipalDep, SessionDep, caller_allowed, resource_allowed
from api.middleware import NOT_MODIFIED_RESPONSE
from api.openapi import REQUIRED_HEADER, RESPONSE_HEADERS, sends_headers
from api.pagination import CursorQuery, LimitQuery, PageOut, set_next_link
from api.problems import problem_catalogue
from auth.principal import Principal
from consultations import consultations as service
from consultations import policy
from consultations.consultations import FacilitatorEntry
from consultations.schemas import (
    ConsultationCreate,
    ConsultationRead,
    ConsultationUpdate,
    FacilitatorRead,
)
from core.pagination import DEFAULT_LIMIT

router = APIRouter(prefix="/v1", tags=["consultations"])

_PROBLEM_TEXT = {
    400: "Malformed request, header or cursor.",
    401: "No valid bearer token.",
    403: "Authenticated, but not allowed on this resource (or the token lacks the scope).",
    404: "Unknown, or not visible to the caller.",
    409: "Conflicts with the current state.",
    412: "If-Match does not match the current ETag.",
    413: "The content is larger than the document limit.",
    422: "Invalid fields; `errors` lists them.",
    428: "If-Match is required.",
}
problem_responses = problem_catalogue(_PROBLEM_TEXT)

IfMatchHeader = Annotated[
    str | None,
    Header(
        json_schema_extra=REQUIRED_HEADER,
        description="The ETag this change is based on (RFC 9110 If-Match); 428 without it.",
    ),
]
OptionalIfMatchHeader = Annotated[
    str | None,
    Header(
        description="Optional: the document's ETag this change is based on (RFC 9110 "
        "If-Match); 412 when it no longer matches."
    ),
]
ConsultationRef = Annotated[
    str, Path(description="The consultation's id (its slug is accepted too).")
]


def _facilitator(entry: FacilitatorEntry) -> FacilitatorRead:
    return FacilitatorRead(
        consultation_id=entry.facilitator.consultation_id,
        user_id=entry.user.id,
        display_name=entry.user.display_name,
        appointed_by=entry.facilitator.appointed_by,
        appointed_at=entry.facilitator.created_at,
    )


@router.post(
    "/consultations",
    status_code=201,
    summary="Create a consultation",
    description=(
        "Secretariat only, with the `consultations:write` scope. The slug must be unique "
        "(409 otherwise) and is permanent: the `tracking_prefix` of receipt tracking numbers is "
        "derived from it (`gdc-review` -> `GDCREV`; a number is appended when a prefix is "
        "taken). `eligible_groups` omitted means every stakeholder group; `languages` omitted "
        "means the six official UN languages. `representation_targets` are checked: known "
        "categories, shares in 0..1, at most 1 in total for non-overlapping dimensions. "
        "Returns the consultation with `Location` and `ETag`. Anyone else is 403 before the "
        "body is looked at, whatever it holds (never 422)."
    ),
    responses={**problem_responses(401, 403, 409, 422), **sends_headers(201, "Location", "ETag")},
)
async def create_consultation(
    body: ConsultationCreate,
    principal: Annotated[Principal, caller_allowed(policy.can_create_consultation)],
    session: SessionDep,
    response: Response,
) -> ConsultationRead:
    consultation = await service.create_consultation(session, principal, body)
    response.headers["Location"] = f"/v1/consultations/{consultation.id}"
    response.headers["ETag"] = service.consultation_etag(consultation)
    return ConsultationRead.of(consultation)


@router.get(
    "/consultations",
    summary="List consultations",
    description=(
        "Oldest first, keyset-paginated. Anonymous callers and registered users see public "
        "consultations; the secretariat sees all; co-facilitators also see the restricted ones "
        "they facilitate; representatives of verified organizations also see restricted ones "
        "in which their stakeholder group is eligible or their organization has commented "
        "(in any status): narrowing `eligible_groups` never cuts an organization off from its "
        "own comments, though it can no longer submit new ones."
    ),
    responses=problem_responses(400),
)
async def list_consultations(
    request: Request,
    response: Response,
    principal: PrincipalDep,
    session: SessionDep,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> PageOut[ConsultationRead]:
    page = await service.list_consultations(session, principal, cursor=cursor, limit=limit)
    set_next_link(request, response, page.next_cursor)
    return PageOut(
        items=[ConsultationRead.of(row) for row in page.items], next_cursor=page.next_cursor
    )


@router.get(
    "/consultations/{consultation_id}",
    summary="Read a consultation",
    description=(
        "By id; the slug is accepted in place of the id. 404 when it does not exist or the "
        "caller may not see it (restricted consultations). Returns an `ETag`."
    ),
    responses={**problem_responses(404), **NOT_MODIFIED_RESPONSE},
)
async def get_consultation(
    consultation_id: ConsultationRef,
    principal: PrincipalDep,
    session: SessionDep,
    response: Response,
) -> ConsultationRead:
    visible = await service.get_visible_consultation(session, principal, consultation_id)
    response.headers["ETag"] = service.consultation_etag(visible.consultation)
    return ConsultationRead.of(visible.consultation)


@router.patch(
    "/consultations/{consultation_id}",
    summary="Change a consultation's settings",
    description=(
        "Secretariat only. Send only the fields to change; the slug cannot change. Requires "
        "`If-Match` with the current ETag (428 without, 412 when it changed meanwhile). "
        "Targets are re-checked against the resulting eligible groups: sent ones that do not "
        "fit them are 422, and a change of `eligible_groups` that would leave a stored target "
        "for a group no longer eligible is 409 (send `representation_targets` without it in the "
        "same request). Organizations of a group no longer eligible keep reading the "
        "consultation if they commented in it, and keep seeing, editing (while the round is "
        "open) and withdrawing their comments and checking their receipts; they cannot submit "
        "new ones. Once the consultation "
        "holds a comment (any round, any status), `attribution` cannot go from `group_only` to "
        "`named` nor `visibility` from `restricted` to `public` (409): contributors wrote on "
        "the promise of those settings, and relaxing them would expose what they wrote. "
        "Tightening them is always allowed. `languages` may not drop a language in which a "
        "document of the consultation has a text, original or translation (409 naming it). "
        "The audit entry (`consultation.updated`) lists "
        "the changed `fields` and, in `changes`, each one's `[old, new]` values; the "
        "`description`, a long free text, as `{length, sha256}` of each (SHA-256 of its "
        "UTF-8 bytes)."
    ),
    responses={
        **problem_responses(400, 401, 403, 404, 409, 412, 422, 428),
        **sends_headers(200, "ETag"),
    },
    dependencies=[resource_allowed(service.get_administered_consultation, "consultation_id")],
)
async def update_consultation(
    consultation_id: ConsultationRef,
    body: ConsultationUpdate,
    principal: AuthenticatedDep,
    session: SessionDep,
    response: Response,
    if_match: IfMatchHeader = None,
) -> ConsultationRead:
    consultation = await service.update_consultation(
        session, principal, consultation_id, body, if_match=if_match
    )
    response.headers["ETag"] = service.consultation_etag(consultation)
    return ConsultationRead.of(consultation)


@router.put(
    "/consultations/{consultation_id}/facilitators/{user_id}",
    summary="Appoint a co-facilitator",
    description=(
        "Secretariat only. 201 for a new appointment, with `Location` naming the "
        "consultation's co-facilitators (`GET .../facilitators`), where the appointment is "
        "read: this URL itself answers only `PUT` and `DELETE`. Idempotent: appointing "
        "someone already appointed changes nothing and answers 200 with the same body. A "
        "co-facilitator manages this consultation's documents and rounds and nothing else. "
        "404 when the user does not exist."
    ),
    responses={
        201: {
            "description": "Appointed now.",
            "model": FacilitatorRead,
            "headers": {
                "Location": {
                    **RESPONSE_HEADERS["Location"],
                    "description": "The consultation's co-facilitators.",
                }
            },
        },
        **problem_responses(401, 403, 404),
    },
)
async def appoint_facilitator(
    consultation_id: ConsultationRef,
    user_id: str,
    principal: AuthenticatedDep,
    session: SessionDep,
    response: Response,
) -> FacilitatorRead:
    entry = await service.appoint_facilitator(session, principal, consultation_id, user_id)
    if entry.appointed_now:
        response.status_code = 201
        response.headers["Location"] = (
            f"/v1/consultations/{entry.facilitator.consultation_id}/facilitators"
        )
    return _facilitator(entry)


@router.delete(
    "/consultations/{consultation_id}/facilitators/{user_id}",
    status_code=204,
    summary="Remove a co-facilitator",
    description=(
        "Secretariat only. 404 when there is no such appointment: the user id is unknown or "
        "malformed, or the user is not a co-facilitator of this consultation. So a repeated "
        "`DELETE` answers 404, as for an organization's representatives."
    ),
    responses=problem_responses(401, 403, 404),
)
async def remove_facilitator(
    consultation_id: ConsultationRef,
    user_id: str,
    principal: AuthenticatedDep,
    session: SessionDep,
) -> Response:
    await service.remove_facilitator(session, principal, consultation_id, user_id)
    return Response(status_code=204)


@router.get(
    "/consultations/{consultation_id}/facilitators",
    summary="List the co-facilitators",
    description="For the secretariat and the consultation's co-facilitators; keyset-paginated.",
    responses=problem_responses(400, 401, 403, 404),
)
async def list_facilitators(
    consultation_id: ConsultationRef,
    request: Request,
    response: Response,
    principal: AuthenticatedDep,
    session: SessionDep,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> PageOut[FacilitatorRead]:
    page = await service.list_facilitators(
        session, principal, consultation_id, cursor=cursor, limit=limit
    )
    set_next_link(request, response, page.next_cursor)
    return PageOut(
        items=[_facilitator(entry) for entry in page.items], next_cursor=page.next_cursor
    )
