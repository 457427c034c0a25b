"""Bulk export of a round's comments (streamed) and background export jobs."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Path, Query, Request, Response
from fastapi.responses import StreamingResponse

from api.deps import AuthenticatedDep, PrincipalDep, SessionDep, StateDep, resource_allowed
from api.middleware import NOT_MODIFIED_RESPONSE
from api.openapi import RESPONSE_HEADERS, sends_headers
from api.problems import problem_catalogue
from api.routers.reports import SYNTHESIS_JSON_SCHEMA, RoundRef, attachment, problem_responses
from consultations import exports, synthesis
from consultations.exports import ExportRunner
from consultations.report_schemas import (
    CommentExportFormat,
    CommentStatus,
    ExportJobCreate,
    ExportJobRead,
)
from consultations.reports import staff_round
from core.etag import content_etag

router = APIRouter(prefix="/v1", tags=["exports"])

ExportRef = Annotated[str, Path(description="The export job's id.")]
_WHO = (
    "Who: the secretariat and the consultation's co-facilitators, with a token carrying "
    "`reports:read`."
)


_JOB_PROBLEM_TEXT = {
    401: "No valid bearer token.",
    403: "The job is visible, but its round's exports are not for the caller (or the token "
    "lacks `reports:read`).",
    404: "Unknown export job, or not visible to the caller.",
    409: "The job is not done: still queued or running (`detail` gives its progress, "
    "`Retry-After` when to ask again), or failed (no `Retry-After`: request a new job).",
}
job_problem_responses = problem_catalogue(_JOB_PROBLEM_TEXT)
# Not the shared declaration, which is required: a failed job's 409 carries none.
_FILE_RETRY_AFTER = {
    "description": "While the job is queued or running, the seconds to wait before asking for "
    f"the file again ({exports.FILE_RETRY_AFTER_SECONDS}); absent when the job failed, which "
    "no wait mends: request a new job.",
    "schema": RESPONSE_HEADERS["Retry-After"]["schema"],
}
# Every type a job's file can have, without parameters (the response adds a charset or a
# JSON-LD profile): the synthesis's and the comment exports'.
_JOB_FILE_TYPES = sorted(
    {
        media_type.split(";", 1)[0]
        for media_type in (*synthesis.MEDIA_TYPES.values(), *exports.COMMENT_MEDIA_TYPES.values())
    }
)
_ANNOTATION_COLLECTION_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "A W3C Web Annotation `AnnotationCollection` (JSON-LD, the Web Annotation "
    "Data Model's, https://www.w3.org/TR/annotation-model/#annotation-collection): its pages "
    "embedded, one `Annotation` per comment, targeting its paragraph (and quote).",
    "required": ["@context", "id", "type"],
    "properties": {"type": {"const": "AnnotationCollection"}},
}
_TEXT_SCHEMA = {"type": "string"}
# What each media type of a file holds: a synthesis (JSON, Markdown, CSV, Word) or a comment
# export (CSV, NDJSON lines, annotations).
_FILE_SCHEMAS: dict[str, dict[str, Any]] = {
    "application/json": SYNTHESIS_JSON_SCHEMA,
    "application/ld+json": _ANNOTATION_COLLECTION_SCHEMA,
    synthesis.MEDIA_TYPES["docx"]: {"type": "string", "format": "binary"},
}


def export_runner(request: Request) -> ExportRunner:
    runner: ExportRunner = request.app.state.export_runner
    return runner


async def _start(runner: ExportRunner, job_id: uuid.UUID) -> None:
    # Async so that it runs on the event loop (a plain function would go to a thread).
    runner.submit(job_id)


@router.get(
    "/rounds/{round_id}/comments/export",
    summary="Export every comment of a round (streamed)",
    description=(
        "All comments of the round in submission order, streamed in constant memory however "
        "many there are. `csv`: UTF-8 with a byte-order mark, the columns of the synthesis CSV "
        "but `cluster_id` (clusters are the synthesis's) plus `status` and `quote` (the quoted "
        "passage; cells starting with = + - @ get a leading apostrophe against formula "
        "injection, and so do anchors a spreadsheet would read as a number or a date, such as "
        "`1.10`); `ndjson`: one JSON object per line, with `quote_language`, the language of "
        "the version's text the quote occurs in (a translation's when the comment quotes one; "
        "null without a quote) and `body_sha256`, the receipt's hash: the SHA-256 of the body "
        "as first submitted (as `GET /v1/receipts/{tracking_number}` gives it), which edits "
        "do not change, so once `revision` is above 1 it need not match `body`, the current "
        "text; both carry `campaign_id`, the "
        "form-letter campaign a comment belongs to; `annotations`: one W3C Web Annotation "
        "`AnnotationCollection` (JSON-LD) whose pages are embedded and whose `id` is the URL "
        "asking for it (`&status=...` included, in canonical order, when not the default). "
        "A target's `source` is the version (`/v1/documents/{id}/versions/{n}`), or, when "
        "its quote (`TextQuoteSelector`) occurs only in a translation, that translation's "
        "text (`/v1/documents/{id}/versions/{n}/paragraphs?language=fr`), where the quote "
        "is found; anchors are the same in every language. A paragraph is selected by a "
        "`FragmentSelector` whose `value` is its anchor and whose `conformsTo` is RFC 3986 "
        "(`http://tools.ietf.org/rfc/rfc3986`): anchors are URI fragments as written, and "
        "their meaning is this API's anchor scheme (a quote refines it, `refinedBy`). "
        "The comment's text is a `commenting` body in the comment's `language`; an "
        "amendment's proposed text an `editing` body in the version's language, that of the "
        "paragraph it replaces. "
        "By default every status but "
        "`withdrawn` is exported (the `status` column or field tells them apart), and for "
        "`annotations`, which have no place for a status, only `published` comments; pass "
        "`status` (repeat it) to choose. Under `group_only` attribution organizations are "
        "left out, and with them their regional group (the file travels; the public registry "
        "could name an organization alone in its group and region). CSV records end with "
        "CRLF (RFC 4180); line breaks inside a quoted cell are "
        "kept as written. A comment committed while the export runs may or may not be in the file "
        "(on PostgreSQL the CSV is one snapshot, taken when the export starts). " + _WHO
    ),
    responses={
        200: {
            "description": "The export file, streamed, of the media type `format` names.",
            "content": {
                "text/csv": {"schema": {"type": "string"}},
                "application/x-ndjson": {"schema": {"type": "string"}},
                "application/ld+json": {"schema": _ANNOTATION_COLLECTION_SCHEMA},
            },
        },
        **problem_responses(401, 403, 404, 422),
    },
    response_class=StreamingResponse,
)
async def export_comments(
    round_id: RoundRef,
    principal: PrincipalDep,
    session: SessionDep,
    state: StateDep,
    format: Annotated[
        CommentExportFormat,
        Query(
            description="The file format, chosen by this parameter alone: `Accept` is not "
            "consulted (without `format`, CSV, whatever `Accept` asks for)."
        ),
    ] = "csv",
    status: Annotated[
        list[CommentStatus] | None,
        Query(
            description="Comment statuses to export; default all but `withdrawn` "
            "(`published` only for `annotations`)."
        ),
    ] = None,
) -> StreamingResponse:
    stream = await exports.open_comment_export(
        session, state.engine, principal, round_id, format, status, state.settings.public_url
    )
    return StreamingResponse(
        stream.chunks, media_type=stream.media_type, headers=attachment(stream.filename)
    )


@router.post(
    "/rounds/{round_id}/exports",
    status_code=202,
    summary="Build an export in the background",
    description=(
        "Queues an export job and answers 202 with it and `Location: /v1/exports/{id}`. "
        "`format` json, markdown or docx is the synthesis; csv, ndjson or annotations the bulk "
        "export of comments (csv may be the synthesis CSV with `kind: synthesis`). A synthesis "
        "may be asked for in a translation of the round's version (`language`, as the synthesis "
        "endpoint's `?language=`; 422 when the version has none in that language; its `filename` "
        "carries the language, `…-synthesis.fr.docx`, and its file is served with "
        "`Content-Language`). The job "
        "reports `status` (`queued`, `running`, `done`, `failed`) and `progress` (0..1); once "
        "done its file is at `file_url`, identical to what the synchronous endpoint gives for "
        "the same data. Jobs are kept in the database: one left behind by a stopped server is "
        "taken over and restarted by the next. " + _WHO
    ),
    responses={**problem_responses(401, 403, 404, 422), **sends_headers(202, "Location")},
    dependencies=[resource_allowed(staff_round, "round_id")],
)
async def create_export(
    round_id: RoundRef,
    body: ExportJobCreate,
    principal: AuthenticatedDep,
    session: SessionDep,
    response: Response,
    request: Request,
    background: BackgroundTasks,
) -> ExportJobRead:
    job = await exports.create_export_job(session, principal, round_id, body)
    # After the response, hence after the commit: the job's task must find its row.
    background.add_task(_start, export_runner(request), job.id)
    response.headers["Location"] = f"/v1/exports/{job.id}"
    return ExportJobRead.of(job)


@router.get(
    "/exports/{export_id}",
    summary="An export job",
    description=(
        "Its status and progress; `file_url` once done. The `ETag` is a digest of the answer, "
        "so `If-None-Match` polls get 304 until the job moves on. " + _WHO
    ),
    responses={**job_problem_responses(401, 403, 404), **NOT_MODIFIED_RESPONSE},
)
async def get_export(
    export_id: ExportRef,
    principal: AuthenticatedDep,
    session: SessionDep,
    request: Request,
    response: Response,
) -> ExportJobRead:
    job = await exports.visible_export_job(session, principal, export_id)
    if exports.is_claimable(job):
        # Queued, or left running by a worker that stopped beating: resume it here.
        export_runner(request).submit(job.id)
    read = ExportJobRead.of(job)
    response.headers["ETag"] = content_etag(read.model_dump_json().encode())
    return read


@router.get(
    "/exports/{export_id}/file",
    summary="The file of a finished export job",
    description=(
        "The file, streamed, as an attachment with its file name; 409 until the job is `done` "
        "(and when it failed). While the job is queued or running the 409 carries "
        f"`Retry-After: {exports.FILE_RETRY_AFTER_SECONDS}` (seconds) for clients polling the "
        "file; a failed job's has none. " + _WHO
    ),
    responses={
        200: {
            "description": "The export file, of the type its format gives.",
            "headers": {
                "Content-Language": {
                    **RESPONSE_HEADERS["Content-Language"],
                    "required": False,
                    "description": "The language (BCP 47 tag) of a synthesis's paragraph "
                    "texts; absent from an export of comments, which are in many.",
                }
            },
            "content": {
                media_type: {"schema": _FILE_SCHEMAS.get(media_type, _TEXT_SCHEMA)}
                for media_type in _JOB_FILE_TYPES
            },
        },
        **job_problem_responses(401, 403, 404),
        409: {**job_problem_responses(409)[409], "headers": {"Retry-After": _FILE_RETRY_AFTER}},
    },
    response_class=StreamingResponse,
)
async def get_export_file(
    export_id: ExportRef, principal: AuthenticatedDep, session: SessionDep, state: StateDep
) -> StreamingResponse:
    job = await exports.finished_export_job(session, principal, export_id)
    headers = attachment(job.filename or f"export-{job.id}")
    if job.language is not None:  # a synthesis's paragraph texts
        headers["Content-Language"] = job.language
    if job.size_bytes is not None:
        headers["Content-Length"] = str(job.size_bytes)
    return StreamingResponse(
        exports.iter_job_file(state.engine, job.id),
        media_type=job.media_type or "application/octet-stream",
        headers=headers,
    )
