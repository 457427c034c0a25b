"""Draft texts: documents, versions, translations, paragraphs and changes between versions."""

from typing import Annotated

from fastapi import APIRouter, Header, Path, Query, Request, Response
from pydantic import BeforeValidator, Field

from api.deps import AuthenticatedDep, PrincipalDep, SessionDep, StateDep, resource_allowed
from api.middleware import NOT_MODIFIED_RESPONSE
from api.openapi import sends_headers
from api.pagination import LIMIT_DESCRIPTION, CursorQuery, LimitQuery, PageOut, set_next_link
from api.problems import Problem
from api.routers.consultations import (
    ConsultationRef,
    IfMatchHeader,
    OptionalIfMatchHeader,
    problem_responses,
)
from consultations import documents as service
from consultations.consultations import get_managed_consultation
from consultations.schemas import (
    ChangeList,
    DocumentCreate,
    DocumentListItem,
    DocumentRead,
    DocumentUpdate,
    ImportResult,
    ParagraphList,
    ParseWarningOut,
    TranslationList,
    TranslationRead,
    TranslationResult,
    TranslationSet,
    VersionCreate,
    VersionRead,
)
from core.db import LARGEST_INTEGER
from core.pagination import DEFAULT_LIMIT, MAX_LIMIT
from core.validation import whole_number

router = APIRouter(prefix="/v1", tags=["documents"])


class TranslationMismatch(Problem):
    warnings: list[ParseWarningOut] | None = Field(
        None,
        description="Only when the anchors differ from the original's: the parser's notes "
        "nearest the first difference, in line order, up to ten.",
    )


VersionNumber = Annotated[
    int,
    BeforeValidator(whole_number),
    Path(ge=1, le=LARGEST_INTEGER, description="Version number: 1, 2, ..."),
]

_IMPORT_DESCRIPTION = (
    "The text is parsed into paragraphs with anchors (`8`, `8.c`, `8.c.ii`, `pp3`, "
    "`annex-1/8.c`, `annex-1/appendix-2/3`, `enclosure-1/2`, `action-35`, `action-line-c1`, "
    "`objective-3`, `recommendation-1`, `question-1`, "
    "`target-1.a`, "
    "`article-3/1`, `section-2.a`, `p-<ordinal>`; "
    "see the contract). "
    "The response holds the document, the version, the paragraph count, the anchors in "
    "document order and as a tree, and the parser's `warnings` (what it skipped or could not "
    "place, with line numbers). "
    "`content` may hold at most `max_document_bytes` bytes of UTF-8 (2 MiB by default; 413 "
    "beyond). Unnumbered prose alone is anchored by place (`p-1`, `p-2`, …) with a warning; a "
    "text that leaves no paragraph at all (empty, or nothing but page furniture) is refused "
    'with 422, with one error per problem: `loc: ["body", "content", "line", N]`.'
)


_MANAGES_DOCUMENT = resource_allowed(service.get_managed_document, "document_id")


def _created(response: Response, result: ImportResult, etag: str) -> None:
    document_id, number = result.document.id, result.version.number
    response.headers["Location"] = f"/v1/documents/{document_id}/versions/{number}"
    response.headers["ETag"] = etag


@router.post(
    "/consultations/{consultation_id}/documents",
    status_code=201,
    summary="Import a draft (version 1)",
    description=(
        "The secretariat or a co-facilitator of the consultation, with `consultations:write`. "
        "`language` must be one of the consultation's `languages` or a variety of one (422 "
        "at `body.language` naming them otherwise; a consultation declaring none takes any). "
        + _IMPORT_DESCRIPTION
    ),
    responses={
        **problem_responses(401, 403, 404, 413, 422),
        **sends_headers(201, "Location", "ETag"),
    },
    dependencies=[resource_allowed(get_managed_consultation, "consultation_id")],
)
async def create_document(
    consultation_id: ConsultationRef,
    body: DocumentCreate,
    principal: AuthenticatedDep,
    session: SessionDep,
    state: StateDep,
    response: Response,
) -> ImportResult:
    imported = await service.create_document(
        session,
        principal,
        consultation_id,
        body,
        max_bytes=state.settings.max_document_bytes,
    )
    _created(response, imported.result, imported.etag)
    return imported.result


@router.get(
    "/consultations/{consultation_id}/documents",
    summary="List a consultation's documents",
    description="Oldest first, keyset-paginated; visible to whoever sees the consultation.",
    responses=problem_responses(400, 404),
)
async def list_documents(
    consultation_id: ConsultationRef,
    request: Request,
    response: Response,
    principal: PrincipalDep,
    session: SessionDep,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> PageOut[DocumentListItem]:
    page = await service.list_documents(
        session, principal, consultation_id, cursor=cursor, limit=limit
    )
    set_next_link(request, response, page.next_cursor)
    return PageOut(
        items=[DocumentListItem.of(row) for row in page.items], next_cursor=page.next_cursor
    )


@router.get(
    "/documents/{document_id}",
    summary="Read a document and its versions",
    description="With an `ETag` that changes with every new version and translation.",
    responses={**problem_responses(404), **NOT_MODIFIED_RESPONSE},
)
async def get_document(
    document_id: str, principal: PrincipalDep, session: SessionDep, response: Response
) -> DocumentRead:
    view = await service.get_document(session, principal, document_id)
    response.headers["ETag"] = view.etag
    return view.read


@router.patch(
    "/documents/{document_id}",
    summary="Rename a document or change its symbol",
    description=(
        "The secretariat or a co-facilitator. Requires `If-Match` with the document's ETag "
        "(428 without, 412 when it changed, for example by a new version). Omitted fields stay "
        "as they are; `symbol: null` clears the symbol. The text changes only through new "
        "versions (`POST .../versions`) and translations (`PUT "
        "...versions/{n}/translations/{language}`): `content`, `format`, `language`, `label`, "
        "`versions` or `latest_version` is 422 saying so."
    ),
    responses={
        **problem_responses(400, 401, 403, 404, 412, 422, 428),
        **sends_headers(200, "ETag"),
    },
    dependencies=[_MANAGES_DOCUMENT],
)
async def update_document(
    document_id: str,
    body: DocumentUpdate,
    principal: AuthenticatedDep,
    session: SessionDep,
    response: Response,
    if_match: IfMatchHeader = None,
) -> DocumentRead:
    view = await service.update_document(session, principal, document_id, body, if_match=if_match)
    response.headers["ETag"] = view.etag
    return view.read


@router.delete(
    "/documents/{document_id}",
    status_code=204,
    summary="Delete a document no round uses",
    description=(
        "The secretariat or a co-facilitator. Requires `If-Match` with the document's ETag "
        "(428 without, 412 when it changed). The document goes with all its versions, texts "
        "and paragraphs; a document a round uses (and so comments may quote) cannot be "
        "deleted, as rounds cannot (409 naming the rounds, and how many comments were made in "
        "them when there are any). Recorded in the audit log."
    ),
    responses=problem_responses(400, 401, 403, 404, 409, 412, 428),
)
async def delete_document(
    document_id: str,
    principal: AuthenticatedDep,
    session: SessionDep,
    if_match: IfMatchHeader = None,
) -> Response:
    await service.delete_document(session, principal, document_id, if_match=if_match)
    return Response(status_code=204)


@router.post(
    "/documents/{document_id}/versions",
    status_code=201,
    summary="Add a revised draft (the next version)",
    description=(
        "The secretariat or a co-facilitator. The revision (`label` defaults to `Rev.<n-1>`) "
        "becomes version n and is re-anchored against version n-1 in the same language (which "
        "must have a text in that language, 422 otherwise; the language must also be one of "
        "the consultation's `languages` or a variety of one, 422 naming them otherwise); "
        "`changes` counts how the previous "
        "paragraphs map into it, `GET .../versions/{n}/changes` lists them. `If-Match` is "
        "optional: when sent it must be the document's current ETag (412 otherwise), so two "
        "editors cannot both publish a revision of the same version unseen. Two versions may not "
        "carry the same label (compared without case or spaces): 409 naming the version that "
        "has it, also when the default label is taken. " + _IMPORT_DESCRIPTION
    ),
    responses={
        **problem_responses(400, 401, 403, 404, 409, 412, 413, 422),
        **sends_headers(201, "Location", "ETag"),
    },
    dependencies=[_MANAGES_DOCUMENT],
)
async def add_version(
    document_id: str,
    body: VersionCreate,
    principal: AuthenticatedDep,
    session: SessionDep,
    state: StateDep,
    response: Response,
    if_match: OptionalIfMatchHeader = None,
) -> ImportResult:
    imported = await service.add_version(
        session,
        principal,
        document_id,
        body,
        max_bytes=state.settings.max_document_bytes,
        if_match=if_match,
    )
    _created(response, imported.result, imported.etag)
    return imported.result


@router.get(
    "/documents/{document_id}/versions/{number}",
    summary="Read one version",
    description=(
        "Its label, original language, translations, paragraph counts and warnings. The `ETag` "
        "is the document's, which a new version or translation changes: the `If-Match` those "
        "requests take."
    ),
    responses={**problem_responses(404), **NOT_MODIFIED_RESPONSE},
)
async def get_version(
    document_id: str,
    number: VersionNumber,
    principal: PrincipalDep,
    session: SessionDep,
    response: Response,
) -> VersionRead:
    view = await service.get_version(session, principal, document_id, number)
    response.headers["ETag"] = view.etag
    return view.read


@router.get(
    "/documents/{document_id}/versions/{number}/translations",
    summary="The languages of a version",
    description=(
        "Every text the version has, the original first (`is_original`), then its "
        "translations by tag: `{language, format, is_original, paragraph_count, warnings, "
        "created_at, updated_at}`. Listed whole (`next_cursor` is null): a version has a few. "
        "Visible to whoever sees the document's paragraphs."
    ),
    responses=problem_responses(404),
)
async def list_translations(
    document_id: str, number: VersionNumber, principal: PrincipalDep, session: SessionDep
) -> TranslationList:
    return await service.list_translations(session, principal, document_id, number)


@router.get(
    "/documents/{document_id}/versions/{number}/translations/{language}",
    summary="Read one text of a version",
    description=(
        "The stored source of the version's text in `language` (the original's too), as it "
        "was sent: `content`, `format`, `paragraph_count`, the parser's `warnings`, times. "
        "`language` names one text exactly (after the canonical form: `ZH` and `zho` are "
        "`zh`); 404 listing the version's languages when it has none in it (the paragraphs' "
        "`?language=` falls back, this path does not). The `ETag` is the document's, which "
        "every translation changes: the `If-Match` a PUT here takes. Visible to whoever sees "
        "the document's paragraphs."
    ),
    responses={
        **problem_responses(404),
        **NOT_MODIFIED_RESPONSE,
        **sends_headers(200, "Content-Language"),
    },
)
async def get_translation(
    document_id: str,
    number: VersionNumber,
    language: str,
    principal: PrincipalDep,
    session: SessionDep,
    response: Response,
) -> TranslationRead:
    view = await service.get_translation(session, principal, document_id, number, language)
    response.headers["ETag"] = view.etag
    response.headers["Content-Language"] = view.read.language
    return view.read


@router.put(
    "/documents/{document_id}/versions/{number}/translations/{language}",
    summary="Set the text of a version in another language",
    description=(
        "The secretariat or a co-facilitator. `language` is a BCP 47 tag (`ar`, `zh`, `fr`, "
        "`ru`, `es`, `en`, ...; 404 for one that is no tag or names no language). It must be "
        "one of the consultation's `languages` or a variety of one (`zh-Hans` where `zh` is "
        "declared): 422 naming them otherwise (comments are not bounded so: stakeholders "
        "write in their own languages). The translation must have exactly the anchors of the "
        "original, "
        "in the same order: otherwise 422 whose `errors` (at `body.content`) name the missing, "
        "extra or misplaced anchors (when some are missing and others extra, the first error "
        "says where the two texts first part: a paragraph's place is an ordinal and its "
        "anchor is in backticks, “the 41st paragraph of this text is anchored `29`, the "
        "original's 41st is `p-41`”). `p-N` and `ppN` anchors count paragraphs, so "
        "one paragraph more or less moves those below it: they are paired with the original's "
        "by position and said to have moved, never listed as missing or extra. So when the "
        "two texts count different numbers of unnumbered preambular paragraphs, the anchor "
        "one lacks is its last whichever paragraph it left out: the error says how many each "
        "has (`this text has 3 preambular paragraphs where the original has 4; they are "
        "matched by position …`) and names the paragraph only where the document symbols and "
        "years cited in the others prove which one it is (a printed `PP2` names its own). "
        "Then where to "
        "look: a number that differs from the original's where both texts have as many "
        "paragraphs (most likely misprinted, said first), the first differing paragraph's line "
        "and text beside the original's (with its printed number, `7 (b)`), each extra "
        "paragraph's line and text, up to ten. The problem's `warnings` member, beside "
        "`errors`, has the parser's notes nearest the difference (a number kept as text, a "
        "line skipped), up to ten, as a stored text's `warnings` are shaped: not differences, "
        "but often why. A new translation is 201 with a "
        "`Location` (its paragraphs); an existing one is replaced (200, `replaced: true`), "
        "and `broken_quotes` then names the comments on this version whose quote occurred in "
        "their paragraph of the replaced text and occurs in the new one no more (the replace "
        "stands: check or ask those comments' authors); the same `format` and `content` sent "
        "again change nothing (200, `replaced: true`, `changed: false`, the same `ETag`, no "
        "audit entry: PUT is idempotent); "
        "the original language cannot be replaced here (409: post a new version instead). "
        "`If-Match` is optional, as for new versions. `If-None-Match: *` creates only: 412 "
        "when the version has a translation in that language already (RFC 9110 13.1.2; an "
        "entity tag instead of `*` is 412 when it names the current `ETag`). Same size limit "
        "as imports (413)."
    ),
    responses={
        **sends_headers(200, "ETag"),
        201: {
            "description": "A new translation.",
            "model": TranslationResult,
            **sends_headers(201, "Location", "ETag")[201],
        },
        **problem_responses(400, 401, 403, 404, 409, 412, 413),
        422: {
            "model": TranslationMismatch,
            "description": "Invalid fields, or anchors that differ from the original's.",
            "content": {"application/problem+json": {}},
        },
    },
    dependencies=[_MANAGES_DOCUMENT],
)
async def set_translation(
    document_id: str,
    number: VersionNumber,
    language: str,
    body: TranslationSet,
    principal: AuthenticatedDep,
    session: SessionDep,
    state: StateDep,
    response: Response,
    if_match: OptionalIfMatchHeader = None,
    if_none_match: Annotated[
        str | None,
        Header(
            description="`*`: create the translation only, 412 when there is one; entity "
            "tags: 412 when one names the current `ETag` (RFC 9110 If-None-Match)."
        ),
    ] = None,
) -> TranslationResult:
    translated = await service.set_translation(
        session,
        principal,
        document_id,
        number,
        language,
        body,
        max_bytes=state.settings.max_document_bytes,
        if_match=if_match,
        if_none_match=if_none_match,
    )
    response.headers["ETag"] = translated.etag
    result = translated.result
    if not result.replaced:
        response.status_code = 201
        response.headers["Location"] = (
            f"/v1/documents/{result.document_id}/versions/{result.version}/paragraphs"
            f"?language={result.language}"
        )
    return result


@router.get(
    "/documents/{document_id}/versions/{number}/paragraphs",
    summary="The paragraphs of a version",
    description=(
        "The paragraphs in document order: `{anchor, label, kind, parent, ordinal, "
        "heading_path, text}`. In the version's original language unless `language` asks for "
        "another; `language` in the answer and its `Content-Language` header name the language "
        "served. Without `limit` and "
        "`cursor`, every paragraph comes in one response (a 150-page text has about a "
        "thousand) and `next_cursor` is null: a version is read whole far more often than "
        "browsed, and a client that follows `next_cursor` gets the same paragraphs either way. "
        "With `limit` (at most 200) or `cursor`, keyset pages as every other list, with "
        '`next_cursor` and a `Link: rel="next"` header (`limit` defaults to 50 then).'
    ),
    responses={**problem_responses(400, 404, 422), **sends_headers(200, "Content-Language")},
)
async def list_paragraphs(
    document_id: str,
    number: VersionNumber,
    request: Request,
    response: Response,
    principal: PrincipalDep,
    session: SessionDep,
    language: Annotated[
        str | None,
        Query(
            description="BCP 47 tag; default: the original language. Looked up as RFC 4647 "
            "3.4 says: the version's text in exactly that language, else in the tag cut after "
            "each subtag from the end (`zh-Hans-CN`, then `zh-Hans`, then `zh`; `es-419` finds "
            "`es`, `en-GB` the English original), else the first text whose tag the request "
            "covers (`zh` finds `zh-Hans`; original first, then translations by tag). 404, "
            "listing the version's languages, when none matches."
        ),
    ] = None,
    limit: Annotated[
        int | None,
        BeforeValidator(whole_number),
        Query(
            ge=1,
            le=MAX_LIMIT,
            description=f"Page size; omit to read the whole version. At most {MAX_LIMIT}, "
            f"{LIMIT_DESCRIPTION}.",
        ),
    ] = None,
    cursor: CursorQuery = None,
) -> ParagraphList:
    paragraphs = await service.list_paragraphs(
        session, principal, document_id, number, language, limit=limit, cursor=cursor
    )
    set_next_link(request, response, paragraphs.next_cursor)
    response.headers["Content-Language"] = paragraphs.language
    return paragraphs


@router.get(
    "/documents/{document_id}/versions/{number}/changes",
    summary="How version n-1 maps into version n",
    description=(
        "One item per paragraph of version n-1, in its order: `status` is `unchanged`, "
        "`modified`, `moved` (the anchor differs) or `removed` (`new_anchor` null), with the "
        "text `similarity` (0..1); `added` lists the anchors new in version n. Two paragraphs "
        "merged into one both point to it (the absorbed one `moved` or `modified`), so a "
        "`new_anchor` may appear more than once. Version 1 has no previous version: 404."
    ),
    responses=problem_responses(404),
)
async def get_changes(
    document_id: str, number: VersionNumber, principal: PrincipalDep, session: SessionDep
) -> ChangeList:
    return await service.get_changes(session, principal, document_id, number)
