"""Flags, moderation decisions, the moderation queue and form-letter campaigns."""

from typing import Annotated

from fastapi import APIRouter, Header, Path, Request, Response

from api.deps import AuthenticatedDep, PrincipalDep, SessionDep, StateDep
from api.pagination import CursorQuery, LimitQuery, PageOut, set_next_link
from api.problems import problem_catalogue
from core.pagination import DEFAULT_LIMIT
from moderation.campaigns import list_campaigns
from moderation.decisions import decide
from moderation.flags import flag_comment
from moderation.queue import moderation_queue
from moderation.schemas import (
    CampaignRead,
    DecisionCreate,
    DecisionRead,
    FlagCreate,
    FlagRead,
    QueueItem,
)

router = APIRouter(prefix="/v1", tags=["moderation"])

_PROBLEM_TEXT = {
    400: "Malformed request or cursor.",
    401: "No valid bearer token.",
    403: "Authenticated, but not allowed on this resource (or the token lacks the scope).",
    404: "Unknown, or not visible to the caller.",
    409: "Conflicts with the comment's current state.",
    412: "If-Match does not match the comment's current ETag.",
    422: "Invalid fields; `errors` lists them.",
}
problem_responses = problem_catalogue(_PROBLEM_TEXT)

CommentRef = Annotated[str, Path(description="The comment's id.")]
IfMatchHeader = Annotated[
    str | None,
    Header(
        description="Optional: the comment's ETag as the moderator read it (RFC 9110 If-Match)."
    ),
]


@router.post(
    "/comments/{comment_id}/flags",
    status_code=201,
    summary="Flag a comment for review",
    description=(
        "Any signed-in person who can see the comment: `{reason: spam|offensive|off_topic|"
        "misattributed, note?}`, with a token that may write (any scope but `reports:read` "
        "alone: 403 otherwise, since flags can hide a comment); machine clients acting for an "
        "organization cannot flag (403), nor can the other representatives of a comment's "
        "organization while it is verified (403: they may edit or withdraw it instead), nor "
        "its author, ever (403; once the organization is rejected, the author, who can no "
        "longer edit or withdraw it, is told to ask the secretariat or a co-facilitator to "
        "hide it). One flag per "
        "person and comment (409 on a second). Only published comments can be flagged (409 "
        "otherwise); one the caller can no longer see, hidden since they read it (by the "
        "moderators, or by flags that reached the threshold meanwhile), is 404, as an unknown "
        "one. When the flags no moderation decision has answered yet reach the "
        "configured threshold (`PLENARY_FLAG_THRESHOLD`, default 3), the comment is hidden "
        "for review: "
        "`comment_status` becomes `hidden` and it waits in the moderation queue. The 201 has "
        "no `Location`: a flag cannot be read on its own (who flagged stays private); its "
        "count shows in the comment's `flag_count` and `open_flag_count` (both also in this "
        "response) and its reason and note in the moderation queue."
    ),
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def create_flag(
    comment_id: CommentRef,
    body: FlagCreate,
    principal: AuthenticatedDep,
    session: SessionDep,
    state: StateDep,
) -> FlagRead:
    return await flag_comment(
        session, principal, comment_id, body, threshold=state.settings.flag_threshold
    )


@router.post(
    "/comments/{comment_id}/moderation",
    status_code=201,
    summary="Decide on a comment",
    description=(
        "The secretariat and the consultation's co-facilitators, with the `moderation:write` "
        "scope: `{decision, reason}` (reason required). Transitions: `publish` pending|hidden "
        "-> published; `hide` published|pending -> hidden; `reject` pending|hidden|published "
        "-> rejected; `restore` hidden|rejected -> published (not back to pending: the "
        "moderator restoring it has reviewed it). `publish` on a published comment with flags "
        "not yet answered confirms it and dismisses those flags; `hide` on a comment the flag "
        "threshold hid confirms the hiding and answers its flags (it leaves the queue). Any "
        "other transition, and any "
        "decision on a withdrawn comment, is 409 with the decisions possible now. The decision "
        "is stored and audited as `comment.moderated`; a status change bumps the comment's "
        "ETag. `If-Match` is optional: send the ETag the moderator read (the `etag` of the "
        "queue item, or the `ETag` of `GET /v1/comments/{id}`) and the decision applies only "
        "to that revision: 412 when the comment has changed since: edited by its author, or its "
        "status changed by another decision or by the flag threshold (the moderator's view is "
        "stale; read it again). A weak tag (`W/...`) never matches (412). 400 when the header "
        "is not `*` or entity tags. Without it the decision applies to the comment as it is "
        "now. "
        "The 201 has no `Location`: a decision cannot be read on its own; its effect is the "
        "comment's status (`GET /v1/comments/{id}`), and it stays in the audit log "
        "(`comment.moderated`)."
    ),
    responses=problem_responses(400, 401, 403, 404, 409, 412, 422),
)
async def create_decision(
    comment_id: CommentRef,
    body: DecisionCreate,
    principal: AuthenticatedDep,
    session: SessionDep,
    if_match: IfMatchHeader = None,
) -> DecisionRead:
    return await decide(session, principal, comment_id, body, if_match=if_match)


@router.get(
    "/consultations/{consultation_id}/moderation/queue",
    summary="The moderation queue of a consultation",
    description=(
        "The secretariat and the consultation's co-facilitators. Comments waiting for a "
        "decision: `pending` ones (pre-moderation) and published or hidden ones with flags no "
        "decision has answered yet (including those hidden by flags). Oldest submission "
        "first, keyset-paginated; each with its flag counts (`flag_count`, every flag; "
        "`open_flag_count`, those no decision has answered yet, which the flag threshold "
        "counts), flags per reason and the flaggers' notes (of every flag; never who "
        "flagged), and the comment's `id` (also `comment_id`), "
        "`revision` and `etag`: send that `etag` as `If-Match` with the decision, so that it "
        "applies only to the comment as shown here (412 if it changed meanwhile: edited by its "
        "author, or its status changed by another decision or by the flag threshold)."
    ),
    responses=problem_responses(400, 401, 403, 404),
)
async def get_moderation_queue(
    consultation_id: Annotated[
        str, Path(description="The consultation's id (its slug is accepted too).")
    ],
    request: Request,
    response: Response,
    principal: AuthenticatedDep,
    session: SessionDep,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> PageOut[QueueItem]:
    page = await moderation_queue(session, principal, consultation_id, limit=limit, cursor=cursor)
    set_next_link(request, response, page.next_cursor)
    return PageOut(items=page.items, next_cursor=page.next_cursor)


@router.get(
    "/rounds/{round_id}/campaigns",
    summary="Form-letter campaigns of a round",
    description=(
        "Groups of near-duplicate comments (the same letter with light edits, in any script), "
        "found with MinHash over character shingles as comments arrive. Everyone who can see "
        "the round sees its campaigns; the secretariat and co-facilitators see every member "
        "that is not withdrawn, everybody else only published members. Sizes, organization "
        "counts, member ids (oldest first) and the excerpt (of the earliest member) are "
        "computed over the members the caller sees; campaigns with fewer than two are left "
        "out. An amendment anchored to a paragraph is compared by its explanation and what "
        "its proposed text changes in that paragraph, and that change must match as well as "
        "the whole text, so different edits of one paragraph are never a campaign, even under "
        "one stock explanation. Biggest first (ties by campaign id), keyset-paginated: the cursor "
        "walks that ranking as it is when each page is read, and the ranking changes as "
        "comments arrive, are edited, moderated or withdrawn: a campaign that grows between "
        "two pages can move ahead of the cursor and be missed by the following pages, one that "
        "shrinks can be listed twice, and a page can hold fewer items than `limit` when "
        "members are withdrawn while it is read. Start again from the first page to see the "
        "current ranking. Campaigns inform; they never hide or delete anything. Each comment "
        "names its campaign in `campaign_id`. Under `group_only` attribution the public "
        "`organization_count` (required by the contract) still tells, when it is below `size`, "
        "that some members share an organization, never which one or which members."
    ),
    responses=problem_responses(400, 404),
)
async def get_round_campaigns(
    round_id: Annotated[str, Path(description="The round's id.")],
    request: Request,
    response: Response,
    principal: PrincipalDep,
    session: SessionDep,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> PageOut[CampaignRead]:
    page = await list_campaigns(session, principal, round_id, limit=limit, cursor=cursor)
    set_next_link(request, response, page.next_cursor)
    return PageOut(items=page.items, next_cursor=page.next_cursor)
