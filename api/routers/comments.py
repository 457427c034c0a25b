"""Comments and amendments on a round's draft, their receipts, edits and withdrawal."""

import json
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated, Any

import anyio
import orjson
import pydantic
from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import BeforeValidator

from api.deps import AuthenticatedDep, PrincipalDep, SessionDep, StateDep
from api.middleware import answer_in_full_when_revalidated
from api.openapi import REQUIRED_HEADER, RESPONSE_HEADERS, sends_headers
from api.pagination import CursorQuery, LimitQuery, PageOut, set_next_link
from api.problems import problem_catalogue
from auth.countries import CountryGroup, RegionalGroup
from auth.schemas import StakeholderGroup
from consultations import comments as service
from consultations import idempotency
from consultations.comment_schemas import (
    RESOLVED_FIELDS,
    Anchor,
    CommentCreate,
    CommentHistory,
    CommentRead,
    CommentUpdate,
    Kind,
    ReceiptCheck,
    Status,
)
from consultations.idempotency import Claim, StoredResponse
from core.db import LARGEST_INTEGER
from core.errors import NotFound
from core.ids import parse_id
from core.pagination import DEFAULT_LIMIT
from core.validation import whole_number

router = APIRouter(prefix="/v1", tags=["comments"])

_JSON = "application/json"
_PROBLEM_TEXT = {
    400: "Malformed request, header (e.g. Idempotency-Key) or cursor.",
    401: "No valid bearer token.",
    403: "Authenticated, but not allowed here (or the token lacks the `comments:write` scope).",
    404: "Unknown, or not visible to the caller.",
    409: "Conflicts with the current state: the round is not open, or the same "
    "Idempotency-Key is still in flight.",
    412: "If-Match does not match the comment's current ETag.",
    413: "The request body is too large.",
    415: "The body is not JSON: its type is neither `application/json` nor another "
    "`application/*+json` type (for a PATCH, `application/merge-patch+json` only).",
    422: "Invalid fields; `errors` lists them.",
    428: "If-Match is required.",
    429: "Too many new submissions; see Retry-After. Only stored submissions count: a "
    "replay of an Idempotency-Key, or a submission refused for any other reason (which gets "
    "that status, quota spent or not), does not.",
}
_problems = problem_catalogue(_PROBLEM_TEXT)


RoundRef = Annotated[str, Path(description="The round's id.")]
CommentRef = Annotated[str, Path(description="The comment's id.")]
IfMatchHeader = Annotated[
    str | None,
    Header(
        json_schema_extra=REQUIRED_HEADER,
        description="The comment's current ETag (RFC 9110 If-Match); 428 without it.",
    ),
]


def _id(value: str, what: str) -> uuid.UUID:
    parsed = parse_id(value)
    if parsed is None:
        raise NotFound(f"No such {what}.")
    return parsed


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(orjson.dumps(body), status_code=status, media_type=_JSON, headers=headers)


@dataclass(frozen=True, slots=True)
class SubmissionGate:
    """What is settled before the submission is checked and stored."""

    claim: Claim | None
    replay: StoredResponse | None


def _body_errors(exc: pydantic.ValidationError, raw: bytes) -> list[Any]:
    """The errors to answer, as every other endpoint would. Pydantic's JSON parser refuses a
    string holding a lone UTF-16 surrogate escape (``"\\ud800"``) as invalid JSON, where
    FastAPI's parser, which the other endpoints use, reads it and validation refuses the field
    (422, naming it)."""
    if not any(error["type"] == "json_invalid" for error in exc.errors()):
        return exc.errors()
    try:
        CommentCreate.model_validate(json.loads(raw))
    except pydantic.ValidationError as field_errors:
        return field_errors.errors()
    except (ValueError, RecursionError):
        pass
    return exc.errors()


async def submission_gate(
    request: Request,
    state: StateDep,
    principal: AuthenticatedDep,
    idempotency_key: Annotated[
        str | None,
        Header(
            alias="Idempotency-Key",
            json_schema_extra=REQUIRED_HEADER,
            description="Required: 1 to 255 printable ASCII characters chosen by the client. "
            "Resending the same request with the same key replays the original 201 (with "
            "`Idempotent-Replayed: true`) instead of submitting twice; keys are kept for "
            "24 hours.",
        ),
    ] = None,
) -> AsyncIterator[SubmissionGate]:
    """Idempotency-Key and the key claim (a short transaction shared with concurrent requests'
    claims), before the submission is checked and stored. The rate limit is counted when it
    is stored (``consultations.submissions``), so a replay, which stores nothing, is never
    refused for it: a client retrying after a lost response must get its receipt. It closes
    after the endpoint: a failed submission, including a failed commit or a 429, gives the
    key back."""
    key = idempotency.parse_key(
        idempotency_key, copies=len(request.headers.getlist("idempotency-key"))
    )
    principal.require_scope("comments:write")
    caller = idempotency.caller_of(principal)
    settings = state.settings
    raw = await request.body()
    try:
        payload = CommentCreate.model_validate_json(raw)
    except pydantic.ValidationError as exc:
        raise RequestValidationError(
            [{**error, "loc": ("body", *error["loc"])} for error in _body_errors(exc, raw)]
        ) from exc
    outcome = await state.claims.claim(
        caller=caller,
        key=key,
        fingerprint=idempotency.model_fingerprint("POST", request.url.path, payload),
        ttl=timedelta(hours=settings.idempotency_ttl_hours),
    )
    if isinstance(outcome, StoredResponse):
        yield SubmissionGate(None, outcome)
        return
    try:
        yield SubmissionGate(outcome, None)
    except BaseException:
        with anyio.CancelScope(shield=True):
            await idempotency.release(state.engine, outcome)
        raise


SubmissionGateDep = Annotated[SubmissionGate, Depends(submission_gate, scope="function")]


@router.post(
    "/rounds/{round_id}/comments",
    status_code=201,
    response_model=CommentRead,
    summary="Submit a comment or amendment",
    description=(
        "A representative of a verified organization (or a client bound to it) comments on the "
        "round's draft: on a paragraph (`anchor`) or on the whole text (`anchor: null`). "
        "Amendments carry `proposed_text`; an amendment with `anchor: null` proposes text that "
        "belongs to no paragraph yet (a new paragraph, an annex), and the synthesis lists it with "
        "the general comments. A `quote` (W3C TextQuoteSelector) must occur in the anchored "
        "paragraph's own text (or a translation of it): paragraph 8's text is its chapeau, so a "
        "quote from its sub-paragraph (c) goes with `anchor: 8.c`, and no quote spans two "
        "paragraphs. The quote is compared after Unicode NFC with runs of "
        'white space as one space (none beside a Chinese or Japanese character: "2025 年" '
        'matches "2025年"), full-width forms as ASCII, curly quotation marks as '
        'straight, the ideographic comma and full stop as "," and "." (as "，" is ",") and '
        'half-width "｡", "､", "｢", "｣" as "。", "、", "「", "」"; it is stored '
        "and returned as the paragraph prints it (`exact` cut from the "
        "text; `prefix` and `suffix` as sent when the text prints them so up to spaces at their "
        "ends), so that other annotation tools find it. Texts are stored in NFC, and the "
        "receipt's `body_sha256` is the hash of the `body` returned (an amendment's receipt "
        "also claims `proposed_text_sha256`, of its `proposed_text`). Needs the `comments:write` "
        "scope and the `Idempotency-Key` header (400 without). The same key from the same "
        "caller with the same body replays the original 201 with `Idempotent-Replayed: true` "
        "(the response as first sent: its `status` and `ETag` are those of that moment, `GET` "
        "the comment for its state now); with another body it is 422; while the first request "
        "is still being processed, 409. Accepted only while the round is open, "
        "by the server's clock at the moment the comment is written (409 otherwise). "
        "403 when the caller does not represent the organization, the organization is not "
        "verified or its stakeholder group is not eligible; 422 for an unknown anchor or a "
        "quote not in the paragraph, and for an `organization_id` that names no organization "
        "the caller can see (a pending or rejected one of others answers exactly as an unknown "
        "id). Under pre-moderation the comment starts `pending`. "
        "Returns the comment with `Location`, `ETag`, a tracking number and a signed receipt "
        "(compact JWS, `typ: receipt+jws`, verifiable with `/.well-known/jwks.json` or at "
        "`/v1/receipts/{tracking_number}`)."
    ),
    responses={
        201: {
            "description": "The comment, stored (or, with `Idempotent-Replayed`, as stored first).",
            "headers": {
                "Location": {**RESPONSE_HEADERS["Location"], "description": "The comment's URL."},
                "ETag": RESPONSE_HEADERS["ETag"],
                "Idempotent-Replayed": {
                    "description": "`true` on a replay of an earlier request's response.",
                    "schema": {"type": "string", "enum": ["true"]},
                },
            },
        },
        **_problems(400, 401, 403, 404, 409, 413, 415, 422, 429),
    },
)
async def submit_comment(
    round_id: RoundRef,
    payload: CommentCreate,
    gate: SubmissionGateDep,
    state: StateDep,
    principal: AuthenticatedDep,
) -> Response:
    if gate.replay is not None:
        stored = gate.replay
        return _json(stored.body, stored.status, {**stored.headers, "Idempotent-Replayed": "true"})
    assert gate.claim is not None
    # Checked and stored with the other submissions waiting, in one writing transaction
    # (consultations.submissions).
    stored = await state.submissions.submit(principal, _id(round_id, "round"), payload, gate.claim)
    return _json(stored.body, 201, stored.headers)


@router.get(
    "/rounds/{round_id}/comments",
    response_model=PageOut[CommentRead],
    summary="List a round's comments",
    description=(
        "Oldest first, keyset-paginated; filters combine with AND. Anonymous callers and "
        "registered users see published comments (of public consultations; restricted ones "
        "are 404 for them); representatives also see every comment of their own organization, "
        "in any status; the secretariat and co-facilitators see all. Under `group_only` "
        "attribution the organization (id, name and regional group) is hidden from everyone "
        "but the secretariat, co-facilitators and the organization itself, who see the "
        "stakeholder group only: the registry of verified organizations is public, and an "
        "organization alone in its group and region would be named by the region. For the "
        "same reason, under `group_only` the filters finer than the stakeholder group are 403 "
        "for those callers, naming the filter: `regional_group`, `country_group`, and "
        "`organization_id` unless it is the caller's own organization. The representation "
        "report still counts comments and organizations per regional and country group, for "
        "one paragraph with cells of 1 to 4 organizations suppressed for those callers."
    ),
    responses=_problems(400, 403, 404, 422),
)
async def list_comments(
    round_id: RoundRef,
    request: Request,
    principal: PrincipalDep,
    session: SessionDep,
    anchor: Annotated[
        Anchor | None,
        Query(
            description="Paragraph anchor, e.g. `8.c`: the comments on that paragraph exactly, "
            "as `coverage` counts them (`8` selects the comments on paragraph 8's own text, not "
            "those on `8.a` or `8.c.ii`). An anchor the round's version does not have selects "
            "nothing (an empty list, as any filter matching no comment)."
        ),
    ] = None,
    general: Annotated[
        bool | None,
        Query(
            description="`true`: general comments only (no anchor); `false`: comments on a "
            "paragraph only. With `anchor`, only `false` (422 otherwise)."
        ),
    ] = None,
    kind: Kind | None = None,
    stakeholder_group: StakeholderGroup | None = None,
    regional_group: RegionalGroup | None = None,
    country_group: Annotated[
        CountryGroup | None,
        Query(
            description="The organization's country group, as the representation report counts "
            "it (`ldc`, `lldc`, `sids`, `developing`, `developed`; they overlap)."
        ),
    ] = None,
    organization_id: uuid.UUID | None = None,
    language: Annotated[
        str | None,
        Query(
            description='BCP 47 tag, as a language range: "zh" also selects "zh-Hans" and '
            '"zh-CN" (RFC 4647 basic filtering).'
        ),
    ] = None,
    status: Status | None = None,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Response:
    filters = service.CommentFilters(
        anchor=anchor,
        general=general,
        kind=kind,
        stakeholder_group=stakeholder_group,
        regional_group=regional_group,
        country_group=country_group,
        organization_id=organization_id,
        language=language,
        status=status,
    )
    page = await service.list_comments(
        session, principal, _id(round_id, "round"), filters, cursor=cursor, limit=limit
    )
    body = {
        "items": [item.model_dump(mode="json", exclude=RESOLVED_FIELDS) for item in page.items],
        "next_cursor": page.next_cursor,
    }
    response = _json(body)
    set_next_link(request, response, page.next_cursor)
    return response


def _comment_response(result: service.CommentResult) -> Response:
    exclude = set() if result.comment.anchor_status else RESOLVED_FIELDS
    body = result.comment.model_dump(mode="json", exclude=exclude)
    return _json(body, headers={"ETag": result.etag})


@router.get(
    "/comments/{comment_id}",
    response_model=CommentRead,
    summary="Read a comment",
    description=(
        "With `?version=n`, the comment's anchor (and quote) is followed into version `n` of "
        "the document: `resolved_anchor` (null when orphaned), `anchor_status` (`unchanged`, "
        "`modified`, `moved`, `orphaned`) and `resolved_quote` are added. `resolved_quote` is "
        "the quote as that version's paragraph prints it (edited or not), a TextQuoteSelector "
        "with up to 32 characters of context each side and the `language` of the text it was "
        "found in; null when the comment has no quote or the quote was dropped (its words are "
        "gone: the comment stays on its paragraph). A quote is followed in the language it "
        "quotes only when every version from the comment's to `n` has a text in that language; "
        "until the missing translations are added only its anchor is followed (`resolved_quote` "
        "null), and the answer may change once they are. 404 for an unknown version, 422 for a "
        "version older than the comment's. A general comment resolves to "
        "`resolved_anchor: null`, `anchor_status: unchanged`. The `ETag` follows the comment's "
        "revisions (edits and moderation decisions), what `If-Match` checks: `campaign_id`, "
        "`flag_count` and `open_flag_count` can change without it, so `If-None-Match` is "
        "answered in full, never 304."
    ),
    responses={**_problems(404, 422), **sends_headers(200, "ETag")},
)
async def get_comment(
    request: Request,
    comment_id: CommentRef,
    principal: PrincipalDep,
    session: SessionDep,
    version: Annotated[
        int | None,
        BeforeValidator(whole_number),
        Query(
            ge=1,
            le=LARGEST_INTEGER,
            description="A later version of the document, a whole number in digits (`2`; "
            "`2.0`, `abc` or `0` is 422, a number naming no version 404).",
        ),
    ] = None,
) -> Response:
    answer_in_full_when_revalidated(request)
    result = await service.get_comment(
        session, principal, _id(comment_id, "comment"), version=version
    )
    return _comment_response(result)


@router.patch(
    "/comments/{comment_id}",
    response_model=CommentRead,
    summary="Edit a comment",
    description=(
        "Representatives of the comment's organization, with `comments:write`, while the round "
        "is open, with `If-Match` (428 without, 412 when stale). Omitted fields stay; `null` "
        "clears `position`, `quote` or `anchor`; an empty object changes nothing (200 with the "
        "comment as it is, as for a round: an empty JSON merge patch), and neither does one "
        "restating what is stored once normalised as an edit is (NFC texts, the quote as the "
        "paragraph prints it): the same ETag, no history entry, no audit entry. Pending and "
        "published comments can be edited (409 otherwise). The previous text is kept in the "
        "history. Under pre-moderation an edited published comment returns to `pending` (its "
        "audit entry, `comment.edited`, then carries `from_status` and `to_status`). The "
        "receipt is "
        "unchanged: it proves the original submission. Representatives are members of a "
        "*verified* organization: once the secretariat rejects it, its people can no longer "
        "edit or withdraw its comments (403; its unpublished ones are 404 to them), which stay "
        "as they are until a moderator decides."
    ),
    responses={**_problems(400, 401, 403, 404, 409, 412, 422, 428), **sends_headers(200, "ETag")},
)
async def edit_comment(
    comment_id: CommentRef,
    changes: CommentUpdate,
    principal: AuthenticatedDep,
    session: SessionDep,
    state: StateDep,
    if_match: IfMatchHeader = None,
) -> Response:
    result = await service.edit_comment(
        session,
        principal,
        _id(comment_id, "comment"),
        changes,
        if_match=if_match,
        events=state.events,
    )
    return _comment_response(result)


@router.delete(
    "/comments/{comment_id}",
    response_model=CommentRead,
    summary="Withdraw a comment",
    description=(
        "Representatives of the comment's organization, with `comments:write`, while the round "
        "is open, with `If-Match`. The comment is kept with status `withdrawn` (it stays "
        "visible to its organization, the secretariat and co-facilitators, and leaves reports). "
        "Answers 200 with the withdrawn comment; 409 when already withdrawn. A withdrawn comment "
        "leaves its form-letter campaign (`campaign_id` null; a campaign left with one member "
        "is dissolved, the other's `campaign_id` null too). The people of an "
        "organization the secretariat has rejected are no longer its representatives and cannot "
        "withdraw its comments (403); a published one stays until a moderator hides it."
    ),
    responses={**_problems(400, 401, 403, 404, 409, 412, 428), **sends_headers(200, "ETag")},
)
async def withdraw_comment(
    comment_id: CommentRef,
    principal: AuthenticatedDep,
    session: SessionDep,
    state: StateDep,
    if_match: IfMatchHeader = None,
) -> Response:
    result = await service.withdraw_comment(
        session, principal, _id(comment_id, "comment"), if_match=if_match, events=state.events
    )
    return _comment_response(result)


@router.get(
    "/comments/{comment_id}/history",
    response_model=CommentHistory,
    summary="A comment's edit history",
    description=(
        "Every earlier text of the comment, oldest first, for the representatives of its "
        "organization, the secretariat and the co-facilitators of its consultation (403 for "
        "others who can see the comment). `edited_by` names the person who made each edit to "
        "the organization and the secretariat only, null for co-facilitators: a comment names "
        "no person to them, and under `group_only` attribution they see its organization as on "
        "the comment itself. A list "
        "like the others: `limit` and `cursor`, `next_cursor` (null on the last page) and a "
        '`Link: rel="next"` header; `current_revision` is the comment\'s revision now. '
        "Revisions count every change of the comment, its status included (a moderation "
        "decision, hiding by flags, an edit sending it back to review), while `items` are its "
        "earlier texts only, one per edit: a comment hidden or rejected without ever being "
        "edited has `current_revision` 2 and no items, and the revisions listed skip those of "
        "status changes."
    ),
    responses=_problems(400, 401, 403, 404, 422),
)
async def comment_history(
    request: Request,
    comment_id: CommentRef,
    principal: PrincipalDep,
    session: SessionDep,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Response:
    history = await service.comment_history(
        session, principal, _id(comment_id, "comment"), cursor=cursor, limit=limit
    )
    answer = _json(history.model_dump(mode="json"))
    set_next_link(request, answer, history.next_cursor)
    return answer


@router.get(
    "/receipts/{tracking_number}",
    response_model=ReceiptCheck,
    summary="Confirm a receipt",
    description=(
        "Public. Looks a tracking number up (any letter case) and checks the stored receipt: "
        "`valid` is true when its signature verifies against a key in `/.well-known/jwks.json` "
        "and it states exactly this comment's id, submission time and original body hash "
        "(SHA-256 of the body as first submitted; later edits do not change it), and for an "
        "amendment the original proposed text's hash (`proposed_text_sha256`). 404 for an "
        "unknown or mistyped number (its check character catches most typos; the 404's `detail` "
        "says when it does not match). Look-alikes are read as they must be: O, I or L in the "
        "round or sequence as 0 or 1, a check character as its look-alike (0/O, 1/I/L) when "
        "only that one matches. Receipts of a "
        "restricted consultation are confirmed only to callers who can see that consultation "
        "and to the comment's author, who may have lost access since (an organization rejected "
        "after submitting, or dropped from `eligible_groups`) and still holds the receipt "
        "(404 for anyone else, as for the consultation itself): the contract's 'public' read "
        "together with its rule that 404 does not leak what the caller cannot see. In a "
        "consultation the caller can see, a receipt is confirmed whatever its comment's status "
        "(pending, hidden, rejected or withdrawn too): a receipt attests that the comment was "
        "received, which is what its author shows a third party, while the comment itself stays "
        "404 to whoever may not read it. So a receipt tells anyone who has its number that a "
        "comment was received then, with that hash: the hash confirms a text only to someone "
        "who already holds it, and tracking numbers are sequential within a round (the "
        "contract's format), so how many comments a round received is public."
    ),
    responses=_problems(404),
)
async def check_receipt(
    tracking_number: Annotated[str, Path(description="e.g. `GDC-R1-000123-K`.")],
    principal: PrincipalDep,
    state: StateDep,
    session: SessionDep,
) -> Response:
    result = await service.check_receipt(session, principal, state.keys, tracking_number)
    return _json(result.model_dump(mode="json"))
