"""Representation and coverage reports and the synthesis of a round."""

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response

from api.deps import PrincipalDep, SessionDep, StateDep
from api.openapi import RESPONSE_HEADERS
from api.problems import problem_catalogue
from consultations import reports, synthesis
from consultations.report_schemas import CoverageRead, RepresentationRead, SynthesisFormat
from consultations.reports import Dimension
from moderation import audit

router = APIRouter(prefix="/v1", tags=["reports"])

# The renderer (``consultations.synthesis_render.render_json``) writes the synthesis's JSON as
# plain objects, with no model a schema could be derived from; a schema written apart from it
# would drift from it, so the document describes its top-level keys, which a test holds to what
# the renderer writes.
SYNTHESIS_JSON_KEYS: dict[str, str] = {
    "round_id": "the round",
    "round_title": "its title",
    "consultation_title": "the consultation's title",
    "consultation_slug": "the consultation's slug",
    "document_title": "the document's title",
    "document_symbol": "its UN symbol, or null",
    "version": "the round's version number",
    "version_label": "its label",
    "language": "the paragraph texts' language",
    "attribution": "`named` or `group_only` (organizations then unnamed)",
    "generated_for": "the time of the data, RFC 3339",
    "totals": "`{comments, organizations, amendments}`",
    "paragraphs": "per anchor in document order: `anchor`, `label`, `reference`, "
    "`heading_path`, `text` and its feedback (`comment_count`, `comment_ids`, `by_group`, "
    "`by_position` with their comment ids, `amendments`, `clusters`, the other comments)",
    "general": "the same feedback for the general comments, or null",
    "representation": "the stakeholder-group representation report",
    "regional_group_representation": "the regional-group one",
    "country_group_representation": "the country-group one",
    "representation_summary": "per dimension, `{totals, balance_index, under_represented}`",
    "comments": "every comment the synthesis cites, by id",
}
SYNTHESIS_JSON_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "The synthesis as data (`format=json`), an object of: "
    + "; ".join(f"`{key}`, {meaning}" for key, meaning in SYNTHESIS_JSON_KEYS.items())
    + ".",
    "required": list(SYNTHESIS_JSON_KEYS),
}

_PROBLEM_TEXT = {
    401: "No valid bearer token (or none where one is needed).",
    403: "The round is visible, but its report is not for the caller (or the token lacks "
    "`reports:read`).",
    404: "Unknown round, or not visible to the caller.",
    409: "The consultation's representation targets cannot be applied; `detail` says why.",
    422: "Invalid query parameters; `errors` lists them.",
}
problem_responses = problem_catalogue(_PROBLEM_TEXT)

RoundRef = Annotated[str, Path(description="The round's id.")]


def attachment(filename: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{filename}"'}


_WHO_PUBLIC = (
    "Public reports: anyone may read them for a public consultation, anonymous callers included. "
    "For a restricted consultation only the secretariat and its co-facilitators may, with a "
    "token carrying `reports:read` (403 for others who can see the round, such as its "
    "participants; 404 for those who cannot). Computed on every request from the committed "
    "comments: a submission counts as soon as it is committed. Only published comments count, "
    "every one (copies of a form letter included); organizations count once each."
)


@router.get(
    "/rounds/{round_id}/representation",
    summary="Representation report of a round",
    description=(
        "Who took part, by `dimension`, for the whole round or one paragraph (`anchor`): per "
        "category the published comments and distinct organizations, their shares, the target "
        "share (the consultation's `representation_targets`, or an equal share of every eligible "
        "category) and a status (`under`/`over` when the organization share is more than 5 "
        "points below/above target, `absent` when zero, else `balanced`); `balance_index` is "
        "Pielou's evenness of organization shares over the eligible categories; "
        "`under_represented` lists eligible categories `under` target or `absent` with a "
        "non-zero target. Shares, targets and `balance_index` are rounded to 4 decimals (so "
        "default targets of thirds may sum to 1.0001); statuses are decided on the exact "
        "values. With `anchor`, only the comments anchored to that paragraph itself count: "
        "`8` is paragraph 8's own text (its chapeau), not `8.a` to `8.c`, as comments and "
        "quotes anchor. Eligible categories: `stakeholder_group` the consultation's eligible "
        "groups; `regional_group` the five UN regional groups (organizations without one show "
        "as `none`); `country_group` `ldc`, `lldc`, `sids`, `developing`, `developed`, which "
        "overlap, so shares need not sum to 1 (`overlapping: true` and a `note`), and whose "
        "equal default targets (a fifth each) make `developing`, which most organizations "
        "are, usually `over`: set `representation_targets` for `country_group` to get "
        "statuses that mean something there; `developed`/`developing` is M49's historical "
        "column, which UNSD retired in December 2021 and no longer maintains (frozen as last "
        "published: Europe, Northern America, Australia, New Zealand, Japan, Israel and Cyprus "
        "developed, so Moldova and North Macedonia are both `developed` and `lldc`); `gender` "
        "`woman`, `man`, `non_binary`, `undisclosed`, counting distinct submitting people "
        "(`unit: people`) by self-declared gender (no declaration or an erased account: "
        "`undisclosed`; comments of machine clients, no people, are not counted there). "
        "`undisclosed` is a gender category like the others: an equal default target, a place "
        "in `balance_index` and in `under_represented`. A category outside the eligible ones "
        "(`none`, or a stakeholder group the consultation no longer lists) follows them, "
        "listed when it has counts; no target can be set for it, so its `target_share` is 0 "
        "and its status is measured against that 0 like any other (`over` when its "
        "organization share exceeds 5 points, else `balanced`, `absent` when empty, never "
        "`under`), and it counts in neither `balance_index` nor `under_represented`. Gender "
        "cells of 1 to 4 people are suppressed (null, `suppressed: true`) for everyone but the "
        "secretariat calling with `reports:read`; the empty cells are then suppressed with them "
        "(else the hidden cells' sum, the totals minus the visible cells, could give them "
        "away). That sum is itself a cell: the visible cells stay only when the hidden ones "
        "together hold at least 5 people, and not 4 each; otherwise every cell is suppressed "
        "(21 women and 12 men of 34 people would say that one person is non-binary or "
        "undisclosed). The totals always stay; shares, status and `balance_index` are null "
        "wherever they would reveal a hidden cell, and `under_represented` never lists one. "
        "Under `group_only` attribution, the `regional_group` and "
        "`country_group` reports of one paragraph (with `anchor`) are suppressed the same way, "
        "cells of 1 to 4 organizations, for everyone but the secretariat and the "
        "consultation's co-facilitators calling with `reports:read`: the comments show them "
        "their stakeholder group only, and group and region together let the public registry "
        "name a paragraph's few organizations (the comment list refuses them these filters, "
        "403). There a `country_group` report hides every cell when one is small (its groups "
        "overlap and are tied together: an LDC is developing), and a `regional_group` report "
        "lists `none` even when empty. Reports of the whole round are not suppressed. "
        + _WHO_PUBLIC
    ),
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def get_representation(
    round_id: RoundRef,
    principal: PrincipalDep,
    session: SessionDep,
    dimension: Annotated[
        Dimension, Query(description="The dimension to report on.")
    ] = "stakeholder_group",
    anchor: Annotated[
        str | None,
        Query(description="A paragraph anchor of the round's version; omit for the whole round."),
    ] = None,
) -> RepresentationRead:
    report = await reports.representation_report(session, principal, round_id, dimension, anchor)
    return RepresentationRead.of(report)


@router.get(
    "/rounds/{round_id}/coverage",
    summary="Coverage of the paragraphs by the comments",
    description=(
        "Every paragraph of the round's version in document order with its published comments, "
        "distinct organizations and the same per stakeholder "
        "group (`by_group` holds only groups with input); `no_input` lists paragraphs without "
        "published comments, leaving out those that ask for none: headings that are titles (the "
        'document\'s title, a section heading such as "II. Objectives") and the chapeau '
        '("The General Assembly,"); a heading that is a sentence ("Action 1. We will …") '
        "is in; `single_voice` lists "
        "those whose input all comes from one stakeholder group; "
        "`general` sums the comments on the document as a whole. " + _WHO_PUBLIC
    ),
    responses=problem_responses(401, 403, 404),
)
async def get_coverage(
    round_id: RoundRef, principal: PrincipalDep, session: SessionDep
) -> CoverageRead:
    return CoverageRead.of(await reports.coverage_report(session, principal, round_id))


@router.get(
    "/rounds/{round_id}/synthesis",
    summary="Synthesis of a round",
    description=(
        'Per paragraph in document order (the chapeau, "The General Assembly,", and the '
        "document's own title, an unlabelled heading opening the text that the synthesis's "
        "title already names, only when commented on: they ask for no input): its text, counts "
        "of published comments by stakeholder group and by position, every amendment with its "
        "organization and group (the group only under `group_only` attribution; in Markdown and "
        "Word with what it changes in the paragraph marked: deleted words struck through, "
        "inserted ones in bold; the paragraph's own number opening the proposed text as printed, "
        '"1.", "(a)", "8 (c)", is no change), clusters of '
        "similar comments (character-shingle similarity, any language) with size, groups, "
        "organization count, a representative excerpt and member ids, and `other_comments`: each "
        "comment neither an amendment nor in a cluster with its organization (not under "
        "`group_only`), group, position and text (whole up to 400 characters, else an excerpt cut "
        "at a word boundary ending in …; its line breaks kept). Excerpts are cut between "
        "characters as a reader sees them (extended grapheme clusters): never inside a flag, an "
        "emoji sequence or a letter with its accents. The copies of a detected "
        "form-letter campaign "
        "(`campaign_id`) on a paragraph form one cluster carrying that `campaign_id`; Markdown and"
        ' Word name it ("Form-letter campaign: 30 comments from 10 organizations in 4 stakeholder '
        'groups", or "Near-identical comments: 3 comments from one organization" when one '
        "organization sent them all) with one representative text (and up to three other wordings "
        "of it, each with its comment) and do not list its copies again among the amendments (JSON"
        " `amendments` keeps them all). Then the general comments and the representation summaries"
        " by stakeholder group, regional group and country group (the numbers of `/representation`"
        " for those dimensions). Markdown and Word show the data's time (`generated_for`) to the "
        "second in UTC. Every statement links to the comments it comes from (ids in JSON and CSV, "
        "where each count of `by_group` and `by_position` has its ids in `by_group_comment_ids` "
        "and `by_position_comment_ids`; in Markdown and Word, tracking numbers linking to "
        "`{PLENARY_PUBLIC_URL}/v1/comments/{id}`, real hyperlinks in Word). The same data gives "
        "the same bytes. `format`: `json` (application/json), `markdown` (text/markdown), `csv` "
        "(one row per published comment with its cluster, an id such as `8#1` or `general#1` "
        "that spreadsheets keep as text, and anchors such as `1.10`, which they would read as a "
        "number or a date, after an apostrophe; text/csv with a byte-order mark) or "
        "`docx` (Word); always sent as an attachment with a file name. For very large rounds, "
        "`POST /v1/rounds/{id}/exports` builds the same files in the background (for the "
        "secretariat and co-facilitators). Who: as for representation and coverage; the same "
        "file for every reader, organizations named or not by the consultation's attribution. "
        "Built once per state of the data: a process keeps the files it built until something "
        "changes (any change the audit chain records, and while the round is open the day, "
        "as its country groups are read as of today: an LDC graduating changes them), serves "
        "them again meanwhile, makes readers "
        "asking for a file being built wait for that build, and builds at most two at once. "
        + _WHO_PUBLIC
    ),
    responses={
        200: {
            "description": "The synthesis file, of the media type `format` names.",
            "headers": {"Content-Language": RESPONSE_HEADERS["Content-Language"]},
            "content": {
                "application/json": {"schema": SYNTHESIS_JSON_SCHEMA},
                "text/markdown": {"schema": {"type": "string"}},
                "text/csv": {"schema": {"type": "string"}},
                synthesis.MEDIA_TYPES["docx"]: {"schema": {"type": "string", "format": "binary"}},
            },
        },
        **problem_responses(401, 403, 404, 409, 422),
    },
    response_class=Response,
)
async def get_synthesis(
    round_id: RoundRef,
    principal: PrincipalDep,
    session: SessionDep,
    state: StateDep,
    format: Annotated[
        SynthesisFormat,
        Query(
            description="The rendering, chosen by this parameter alone: `Accept` is not "
            "consulted (without `format`, JSON, whatever `Accept` asks for)."
        ),
    ] = "json",
    language: Annotated[
        str | None,
        Query(
            description="Paragraph texts in this language (a translation of the version): a "
            "BCP 47 tag, read as the paragraphs endpoint reads it, case-insensitively (`EN` is "
            "`en`) and by RFC 4647 lookup (`en-GB` is served the `en` text, `zh-CN` the `zh` "
            "one; 422 when no text serves it); default the version's original language. The "
            "document's words (paragraph texts, heading titles) are the translation's; "
            "paragraphs are cited by the original's labels, as in the original's synthesis "
            "(“Paragraph 2 (a)”, “Annex I, 1”); the synthesis's own words (titles, table "
            "headers, group names) are English in every language. The file name carries the "
            "language of a translation (`…-synthesis.fr.docx`), and `Content-Language` gives "
            "the paragraph texts' language."
        ),
    ] = None,
) -> Response:
    rendered = await synthesis.synthesis_file(
        session,
        principal,
        round_id,
        format,
        language=language,
        public_url=state.settings.public_url,
        cache=state.syntheses,
        data_version=audit.chain_length,
    )
    headers = attachment(rendered.filename) | {"Content-Language": rendered.language}
    return Response(rendered.content, media_type=rendered.media_type, headers=headers)
