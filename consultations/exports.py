"""Bulk export of a round's comments, streamed in constant memory, and background export jobs.

Streamed export (``GET /v1/rounds/{id}/comments/export``)
    The comments are read with SQLAlchemy Core statements in keyset batches of ``BATCH_ROWS`` (by
    id, which is time-ordered, so the file follows submission order) on a connection of its own,
    each batch a query of its own (no long snapshot), the next batch fetched while the current
    one is encoded; at most two batches and one output chunk are in memory, whatever the size of
    the round. For speed the rows come straight from the driver (no SQLAlchemy result objects)
    and CSV lines are assembled with string methods, partly in SQL. On PostgreSQL the CSV is
    written by the database itself (``COPY (SELECT ...) TO STDOUT``, one query, one snapshot,
    with backpressure) and Python only turns its LF record ends into CRLF. A property test holds
    both byte for byte to ``csv_row`` written by ``csv.writer``. Formats:

    - ``csv``: UTF-8 with a byte-order mark (once), the synthesis CSV columns
      (:func:`consultations.synthesis_render.csv_header`, formula-guarded cells) but
      ``cluster_id``, plus ``status`` and ``quote`` (the passage the comment quotes, its
      TextQuoteSelector's ``exact``; prefix and suffix are in ndjson and annotations).
    - ``ndjson``: one JSON object per line (``application/x-ndjson``), with the quote, the
      statuses and both timestamps. ``quote_language`` is the language of the round's version
      whose text the quote occurs in (a comment may quote a translation, in any language of
      its own), the original's when the quote is printed alike in several, as
      ``GET /v1/comments/{id}?version=`` tells it (``resolved_quote.language``); null without
      a quote. The CSV has no such column, as it has no prefix and suffix: on PostgreSQL its
      records are written by the database, which cannot apply TextQuoteSelector matching.
      ``body_sha256`` is the receipt's claim, the hash of the body as first submitted: an
      edit leaves it (the receipt keeps proving the original), so after one it is not the hash
      of ``body``, the current text. Kept under that name for the clients that check receipts
      with it; the hash of the current text is one a client computes from ``body``.

    Both carry ``campaign_id``, the form-letter campaign stored with each comment, and neither a
    cluster: the synthesis clusters the published comments of a paragraph by comparing them all
    with each other, which needs the whole paragraph in memory and cannot keep up with a stream
    of 150,000 to 300,000 rows a second; the export also has the comments no cluster holds
    (pending, hidden, rejected). An always empty column only suggested otherwise. The synthesis
    CSV has the clusters.
    - ``annotations``: one W3C Web Annotation ``AnnotationCollection`` (JSON-LD), see
      :mod:`consultations.annotations`, whose ``id`` is the URL asking for it, statuses
      included when they are not the default (:func:`annotation_collection_id`).

    Who: the secretariat and the consultation's co-facilitators with ``reports:read``. Which
    comments: every status but ``withdrawn`` by default (staff need the pending, hidden and
    rejected ones too; the ``status`` column tells them apart), except annotations: published
    only, since an annotation has no place for a status and is made to be shown beside the
    text; withdrawn comments, which their authors took back, only when asked for with
    ``status=withdrawn``. Under ``group_only``
    attribution the organization (id, name, regional group) is left out of every format, like
    in the synthesis: exported files travel.

Export jobs (``POST /v1/rounds/{id}/exports``)
    A job is a row of ``export_jobs``; its file is written in ``export_chunks`` of about a
    megabyte as it is produced, so building and serving it take constant memory and any API
    worker can serve it. ``kind`` is ``synthesis`` (json, markdown, csv, docx: the
    ``/synthesis`` renderings) or ``comments`` (csv, ndjson, annotations: the bulk export above,
    byte for byte); csv defaults to ``comments``.

    Jobs run in the API process as asyncio tasks (:class:`ExportRunner`) with sessions of their
    own, recording ``progress`` (0..1) as they go. A worker first *claims* a job with one
    conditional UPDATE (queued, or running with a heartbeat older than ``STALE_AFTER``), which
    bumps ``attempts``; ``attempts`` is then a fencing token: every later write of that worker is
    conditional on it, so a worker that lost a job (it stalled and another took over) stops
    instead of mixing files. While running, a job's ``heartbeat_at`` is refreshed every
    ``HEARTBEAT_EVERY`` seconds.

    Recovery: at startup a process takes over every claimable job, i.e. jobs still queued and
    jobs left running by a process that died (stale heartbeat), and restarts them from scratch
    (exports are pure functions of the data, so a restart is safe). Reading a job
    (``GET /v1/exports/{id}``) does the same for that job, so jobs of a dead worker resume even
    when no process restarts. A job interrupted ``MAX_ATTEMPTS`` times is marked ``failed``. On a
    graceful shutdown running jobs are put back in the queue (their attempt does not count), for
    the next process to take at once.

    The file is served once the job is ``done``: before that it is 409, with ``Retry-After``
    (``FILE_RETRY_AFTER_SECONDS``) while the job is queued or running; without it once the
    job has failed, as asking again will not help.
"""

from __future__ import annotations

import asyncio
import csv
import io
import logging
import uuid
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final, cast, get_args
from urllib.parse import urlencode

import orjson
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from auth.models import Organization
from auth.principal import Principal
from consultations import policy
from consultations.anchoring import TextQuote
from consultations.annotations import AnnotationInput, iter_collection_json
from consultations.comments import quoted_language
from consultations.consultations import consultation_access
from consultations.models import Comment, DocumentVersion, ExportChunk, ExportJob, Paragraph
from consultations.report_schemas import ExportJobCreate
from consultations.reports import REPORT_SCOPE, RoundContext, round_context, staff_round
from consultations.synthesis import (
    MEDIA_TYPES,
    SynthesisFormat,
    build_synthesis,
    file_stem,
    render,
    synthesis_filename,
    synthesis_language,
)
from consultations.synthesis_render import (
    CSV_BOM,
    NUMBER_OR_DATE,
    csv_header,
    kept_as_text,
    rfc3339,
    to_utc,
)
from core.clock import utcnow
from core.db import short_write, table_of
from core.errors import (
    Conflict,
    DomainError,
    FieldError,
    Forbidden,
    NotFound,
    Unauthorized,
    Unprocessable,
)
from core.events import DomainEvent, record
from core.ids import parse_id

logger = logging.getLogger("plenary.exports")

COMMENT_FORMATS = ("csv", "ndjson", "annotations")
SYNTHESIS_FORMATS = ("json", "markdown", "csv", "docx")
STATUSES = ("pending", "published", "hidden", "rejected", "withdrawn")
DEFAULT_STATUSES = ("pending", "published", "hidden", "rejected")
ANNOTATION_DEFAULT_STATUSES = ("published",)
COMMENT_MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "ndjson": "application/x-ndjson",
    "annotations": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
}
COMMENT_EXTENSIONS = {"csv": "csv", "ndjson": "ndjson", "annotations": "jsonld"}
BATCH_ROWS = 1000
OUTPUT_CHUNK_BYTES = 64 * 1024
ANNOTATION_PAGE_SIZE = 100
JOB_CHUNK_BYTES = 1 << 20
MAX_ATTEMPTS = 3
STALE_AFTER = timedelta(seconds=60)
HEARTBEAT_EVERY = 5.0
PROGRESS_EVERY = 0.01
# The Retry-After of the 409 that the file of a queued or running job answers: a poll every
# couple of seconds sees it done soon after it is, without loading the workers.
FILE_RETRY_AFTER_SECONDS = 2
# The cell starts synthesis_render guards against spreadsheet formula injection.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

Progress = Callable[[float], Awaitable[None]]


async def _noop(_share: float) -> None:
    return None


# --------------------------------------------------------------------------- reading comments

# Identifiers and timestamps are read as the driver returns them (no SQLAlchemy result types)
# and turned into text by :class:`_Cells`: per-value uuid.UUID and datetime objects made SQLite
# exports four times slower. The rows are plain tuples in this column order.
_ID, _TRACKING, _ANCHOR, _KIND, _POSITION, _LANGUAGE, _BODY, _PROPOSED = range(8)
_QUOTE_EXACT, _QUOTE_PREFIX, _QUOTE_SUFFIX, _ORGANIZATION_ID, _ORGANIZATION_NAME = range(8, 13)
_GROUP, _REGION, _CAMPAIGN, _STATUS, _SHA, _SUBMITTED, _UPDATED, _REVISION = range(13, 21)


def _export_columns(comments: sa.Table, organizations: sa.Table) -> list[Any]:
    def raw(column: sa.Column[Any]) -> sa.ColumnElement[Any]:
        return sa.type_coerce(column, sa.String()).label(column.name)

    return [
        raw(comments.c.id),
        comments.c.tracking_number,
        comments.c.anchor,
        comments.c.kind,
        comments.c.position,
        comments.c.language,
        comments.c.body,
        comments.c.proposed_text,
        comments.c.quote_exact,
        comments.c.quote_prefix,
        comments.c.quote_suffix,
        raw(comments.c.organization_id),
        organizations.c.name,
        organizations.c.stakeholder_group,
        organizations.c.regional_group,
        raw(comments.c.campaign_id),
        comments.c.status,
        comments.c.body_sha256,
        raw(comments.c.submitted_at),
        raw(comments.c.updated_at),
        comments.c.revision,
    ]


class _Cells:
    """Raw identifier and timestamp values of one database as export text.

    SQLite hands back ids as 32 hex digits and timestamps as ``YYYY-MM-DD HH:MM:SS.ffffff`` text
    (UTC, see core.db.UTCDateTime); asyncpg hands back UUID and aware datetime objects. Text is
    what the rest of the API writes: dashed UUIDs, and RFC 3339 UTC with a ``Z`` and fractional
    seconds only when they are not zero (synthesis_render.rfc3339).
    """

    def __init__(self, dialect: str) -> None:
        self.sqlite = dialect == "sqlite"

    def uid(self, value: Any) -> str:
        if self.sqlite:
            text = str(value)
            if len(text) == 32:
                return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
            return text
        return str(value)

    def time(self, value: Any) -> str:
        if self.sqlite and isinstance(value, str):
            date, _, clock = value.partition(" ")
            seconds, _, fraction = clock.partition(".")
            fraction = fraction[:6].ljust(6, "0")
            return f"{date}T{seconds}{'.' + fraction if fraction != '000000' else ''}Z"
        return rfc3339(self.moment(value))

    def moment(self, value: Any) -> datetime:
        if isinstance(value, datetime):
            return to_utc(value)
        return to_utc(datetime.fromisoformat(str(value)))


def normalise_statuses(statuses: Sequence[str] | None, format: str) -> tuple[str, ...]:
    """The statuses to export in canonical order; 422 for an unknown one. By default every
    status but ``withdrawn``, told apart by a column; annotations, which have no place to say
    a comment is hidden or rejected and are made to be shown beside the text, default to the
    published ones."""
    default = ANNOTATION_DEFAULT_STATUSES if format == "annotations" else DEFAULT_STATUSES
    chosen = set(statuses or default)
    unknown = sorted(chosen - set(STATUSES))
    if unknown:
        raise Unprocessable(
            f"Unknown comment status {unknown[0]!r}.",
            errors=[FieldError(("query", "status"), f"expected one of {', '.join(STATUSES)}")],
        )
    return tuple(status for status in STATUSES if status in chosen)


async def count_export_rows(
    engine: AsyncEngine, round_id: uuid.UUID, statuses: Sequence[str]
) -> int:
    comments = table_of(Comment)
    statement = (
        sa.select(sa.func.count())
        .select_from(comments)
        .where(comments.c.round_id == round_id, comments.c.status.in_(statuses))
    )
    async with engine.connect() as connection:
        return int((await connection.execute(statement)).scalar_one())


async def iter_export_batches(
    engine: AsyncEngine,
    round_id: uuid.UUID,
    statuses: Sequence[str],
    batch_rows: int = BATCH_ROWS,
    *,
    csv: bool = False,
) -> AsyncIterator[Sequence[Sequence[Any]]]:
    """The round's comments, in id order, ``batch_rows`` at a time: with their organizations,
    the columns of ``_export_columns``; with ``csv`` set, those of :func:`_csv_parts_sql`.

    The next batch is fetched while the caller encodes the current one (the SQLite driver works
    in a thread of its own, PostgreSQL in the server)."""
    comments = table_of(Comment)
    organizations = table_of(Organization)
    dialect = engine.dialect.name
    if csv:
        statement = sa.select(*_csv_parts_sql(comments))
    else:
        statement = sa.select(*_export_columns(comments, organizations)).select_from(
            comments.join(organizations, organizations.c.id == comments.c.organization_id)
        )
    statement = (
        statement.where(comments.c.round_id == round_id, comments.c.status.in_(statuses))
        .order_by(comments.c.id)
        .limit(batch_rows)
    )
    async with engine.connect() as connection:

        def render(page: sa.Select[Any]) -> str:
            # Our own values only (the round id, a comment id, validated statuses).
            return str(page.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True}))

        # Compiled once: compiling for every batch cost more than a microsecond a row.
        marker = uuid.uuid4()
        following_page = render(statement.where(comments.c.id > marker))
        marker_text = _uuid_literal(dialect, marker)
        reusable = following_page.count(marker_text) == 1

        async def fetch(after: uuid.UUID | None) -> Sequence[Sequence[Any]]:
            if after is None:
                sql = render(statement)
            elif reusable:
                sql = following_page.replace(marker_text, _uuid_literal(dialect, after))
            else:
                sql = render(statement.where(comments.c.id > after))
            return await _driver_rows(connection, sql)

        cells = _Cells(dialect)
        rows = await fetch(None)
        while rows:
            following = None
            if len(rows) == batch_rows:
                after = uuid.UUID(cells.uid(rows[-1][_ID]))
                following = asyncio.ensure_future(fetch(after))
            try:
                yield rows
            except BaseException:
                if following is not None:
                    following.cancel()
                raise
            rows = await following if following is not None else []


def _uuid_literal(dialect: str, value: uuid.UUID) -> str:
    """How SQLAlchemy writes a UUID literal: 32 hex digits on SQLite, dashed elsewhere."""
    return f"'{value.hex}'" if dialect == "sqlite" else f"'{value}'"


async def _driver_rows(connection: AsyncConnection, sql: str) -> Sequence[Sequence[Any]]:
    """The rows of a query as the driver returns them (tuples, asyncpg records), each query on
    its own (autocommit): a long export pins no snapshot, and SQLite can checkpoint its WAL
    meanwhile. Skipping SQLAlchemy's result rows saves 3 to 5 microseconds a row, a third of
    the export's cost."""
    raw = await connection.get_raw_connection()
    driver: Any = raw.driver_connection
    if connection.dialect.driver == "aiosqlite":
        async with driver.execute(sql) as cursor:
            rows: Sequence[Sequence[Any]] = await cursor.fetchall()
            return rows
    if connection.dialect.driver == "asyncpg":
        records: Sequence[Sequence[Any]] = await driver.fetch(sql)
        return records
    result = (await connection.exec_driver_sql(sql)).all()
    await connection.rollback()
    return result


def _sql_text(value: str) -> sa.ColumnElement[str]:
    """A constant string inlined in the SQL (our own constants only)."""
    return sa.literal_column("'" + value.replace("'", "''") + "'", sa.String())


def _uid_sql(column: sa.ColumnElement[Any]) -> sa.ColumnElement[str]:
    """The dashed UUID text on PostgreSQL (NULL stays NULL)."""
    return sa.cast(column, sa.String())


def _time_sql(column: sa.ColumnElement[Any]) -> sa.ColumnElement[str]:
    """RFC 3339 UTC on PostgreSQL as synthesis_render.rfc3339 writes it: fractional seconds
    only when not zero."""
    utc = sa.func.timezone(_sql_text("UTC"), column)
    micro = sa.func.to_char(utc, _sql_text("US"))
    return (
        sa.func.to_char(utc, _sql_text('YYYY-MM-DD"T"HH24:MI:SS'))
        + sa.case((micro == _sql_text("000000"), _sql_text("")), else_=_sql_text(".") + micro)
        + _sql_text("Z")
    )


_CSV_ORGANIZATION = 4


def _csv_parts_sql(comments: sa.Table) -> list[sa.ColumnElement[Any]]:
    """The CSV cells of a comment for :func:`_csv_batch` (SQLite): the vocabulary cells, which
    never need quoting, joined into one text; ids and timestamps raw, formatted by
    :class:`_Cells` (SQLite computes in the driver's thread, and its string functions are slow);
    the texts people wrote apart, for :func:`_text_cell`; the organization id (at
    ``_CSV_ORGANIZATION``), whose cells come from :func:`_organization_cells`: joining the
    organization to every row made reading a third slower. Building the whole line in Python
    held the export near 60,000 rows a second (one object per column per row, and csv.writer
    copies every character one at a time); in SQL alone, the quoting rules made the database
    the bottleneck."""
    c = comments.c
    comma = _sql_text(",")
    vocabulary = c.kind + comma + sa.func.coalesce(c.position, _sql_text("")) + comma + c.language
    return [
        sa.type_coerce(c.id, sa.String()).label("id"),
        c.tracking_number,
        c.anchor,
        vocabulary.label("vocabulary"),
        sa.type_coerce(c.organization_id, sa.String()).label("organization_id"),
        sa.type_coerce(c.campaign_id, sa.String()).label("campaign_id"),
        sa.type_coerce(c.submitted_at, sa.String()).label("submitted_at"),
        c.body,
        c.proposed_text,
        c.status,
        c.quote_exact,
    ]


async def _organization_cells(
    engine: AsyncEngine, keys: set[Any], hide: bool, cells: _Cells
) -> dict[Any, str]:
    """The four organization cells of the CSV (group, region, id, name; all but the group empty
    under ``group_only``) of the organizations with these ids as the driver returns them."""
    organizations = table_of(Organization)
    o = organizations.c
    statement = sa.select(
        sa.type_coerce(o.id, sa.String()), o.stakeholder_group, o.regional_group, o.name
    ).where(o.id.in_([uuid.UUID(cells.uid(key)) for key in keys]))
    async with engine.connect() as connection:
        rows = (await connection.execute(statement)).all()
    return {
        key: f"{group},,," if hide else f"{group},{region},{cells.uid(key)},{_text_cell(name)}"
        for key, group, region, name in rows
    }


def _guarded_text_sql(column: sa.ColumnElement[Any]) -> sa.ColumnElement[str]:
    """A text people wrote as :func:`_text_cell` writes it before quoting: a leading apostrophe
    before a formula trigger, and NULL for an empty text (PostgreSQL's CSV writes ``""`` for an
    empty string, an empty cell only for NULL)."""
    guarded = sa.case(
        (
            sa.func.left(column, 1).in_([_sql_text(t) for t in FORMULA_TRIGGERS]),
            _sql_text("'") + column,
        ),
        else_=column,
    )
    return sa.func.nullif(guarded, _sql_text(""))


def _anchor_sql(anchor: sa.ColumnElement[Any]) -> sa.ColumnElement[str]:
    """The anchor cell as ``kept_as_text`` writes it: behind an apostrophe when a spreadsheet
    would read it as a number or a date (PostgreSQL only: ``~``)."""
    number_or_date = anchor.regexp_match(_sql_text(f"^(?:{NUMBER_OR_DATE})$"))
    return sa.case((number_or_date, _sql_text("'") + anchor), else_=_guarded_text_sql(anchor))


def _copy_csv_sql(
    engine: AsyncEngine, round_id: uuid.UUID, statuses: Sequence[str], hide: bool
) -> str:
    """The SELECT whose rows, written by PostgreSQL's ``COPY ... (FORMAT csv)``, are the CSV
    export's records: the cells of ``csv_row`` but the cluster, plus the status and the quote.
    PostgreSQL's CSV quoting is csv.writer's minimal quoting (a cell is quoted when it holds the
    delimiter, a quote or a line break), so only the formula guard and the empty texts need
    SQL."""
    comments = table_of(Comment)
    organizations = table_of(Organization)
    c = comments.c
    statement = (
        sa.select(
            _uid_sql(c.id),
            c.tracking_number,
            _anchor_sql(c.anchor),
            c.kind,
            c.position,
            c.language,
            organizations.c.stakeholder_group,
            sa.null() if hide else organizations.c.regional_group,
            sa.null() if hide else _uid_sql(c.organization_id),
            sa.null() if hide else _guarded_text_sql(organizations.c.name),
            _uid_sql(c.campaign_id),
            _time_sql(c.submitted_at),
            _guarded_text_sql(c.body),
            _guarded_text_sql(c.proposed_text),
            c.status,
            _guarded_text_sql(c.quote_exact),
        )
        .select_from(comments.join(organizations, organizations.c.id == c.organization_id))
        .where(c.round_id == round_id, c.status.in_(statuses))
        .order_by(c.id)
    )
    # Our own values only (the round id and validated statuses): COPY takes no parameters.
    return str(statement.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True}))


class _CrlfRecords:
    """PostgreSQL ends CSV records with LF; the export, like csv.writer and RFC 4180, with CRLF.
    A line feed ends a record unless it lies inside a quoted cell, i.e. after an odd number of
    quotes since the last record (escaped quotes come in pairs). Line breaks inside cells stay
    as they were written. Counts the records, for progress."""

    def __init__(self) -> None:
        self.in_quotes = False
        self.records = 0

    def convert(self, data: bytes) -> bytes:
        lines = data.split(b"\n")
        out: list[bytes] = []
        in_quotes = self.in_quotes
        records = 0
        for line in lines[:-1]:
            if line.count(b'"') & 1:
                in_quotes = not in_quotes
            out.append(line)
            if in_quotes:
                out.append(b"\n")
            else:
                out.append(b"\r\n")
                records += 1
        if lines[-1].count(b'"') & 1:
            in_quotes = not in_quotes
        out.append(lines[-1])
        self.in_quotes = in_quotes
        self.records += records
        return b"".join(out)


_COPY_BUFFERED_CHUNKS = 16


async def _copied_csv_records(
    engine: AsyncEngine,
    round_id: uuid.UUID,
    statuses: Sequence[str],
    hide: bool,
    report: Callable[[int], Awaitable[None]],
) -> AsyncIterator[bytes]:
    """The CSV records of the round's comments written by PostgreSQL itself (``COPY (SELECT ...)
    TO STDOUT``), CRLF-terminated, reporting the records written after each chunk.

    Python only forwards bytes, so the export runs at the speed of the database, which the
    keyset batches of :func:`iter_export_batches` (Python objects for every cell) could not.
    One query, so one snapshot: the file is a consistent picture of the round. The driver pushes
    chunks into a queue that holds at most ``_COPY_BUFFERED_CHUNKS``; when the reader falls
    behind, the driver stops reading the socket and PostgreSQL waits (constant memory)."""
    query = _copy_csv_sql(engine, round_id, statuses, hide)
    received: asyncio.Queue[bytes | None] = asyncio.Queue()
    room = asyncio.Semaphore(_COPY_BUFFERED_CHUNKS)

    async def sink(data: bytes) -> None:
        await room.acquire()
        received.put_nowait(data)

    async with engine.connect() as connection:
        raw = await connection.get_raw_connection()
        driver: Any = raw.driver_connection

        async def copy() -> None:
            try:
                await driver.copy_from_query(query, output=sink, format="csv")
            finally:
                received.put_nowait(None)

        copying = asyncio.create_task(copy())
        records = _CrlfRecords()
        try:
            while (data := await received.get()) is not None:
                room.release()
                yield records.convert(data)
                await report(records.records)
            await copying
        except BaseException:
            if not copying.done():
                copying.cancel()
                await asyncio.wait({copying})
                # A COPY cut short leaves the connection mid-protocol: never reuse it.
                await connection.invalidate()
            raise


# --------------------------------------------------------------------------- encoders


@dataclass(frozen=True, slots=True)
class CommentExport:
    """What a comments export needs to know about its round."""

    round_id: uuid.UUID
    document_id: uuid.UUID
    version: int
    language: str  # the version's original language
    hide_organization: bool
    collection_label: str
    stem: str

    @classmethod
    def of(cls, context: RoundContext) -> CommentExport:
        return cls(
            round_id=context.round.id,
            document_id=context.document.id,
            version=context.version.number,
            language=context.version.language,
            hide_organization=context.consultation.attribution == "group_only",
            collection_label=(
                f"Comments on {context.document.title}, {context.round.title} "
                f"({context.consultation.title})"
            ),
            stem=file_stem(context, "comments"),
        )


def comment_media_type(format: str) -> str:
    return COMMENT_MEDIA_TYPES[format]


def comment_filename(target: CommentExport, format: str) -> str:
    return f"{target.stem}.{COMMENT_EXTENSIONS[format]}"


def _text_cell(cell: str | None) -> str:
    """A CSV cell of text people wrote, exactly as ``csv_row`` and then ``csv.writer``
    (minimal quoting) write it: a leading apostrophe before a formula trigger, then quoted when
    it holds a comma, a quote or a line break."""
    if not cell:
        return ""
    if cell.startswith(FORMULA_TRIGGERS):
        cell = "'" + cell
    if '"' in cell:
        return '"' + cell.replace('"', '""') + '"'
    if "," in cell or "\n" in cell or "\r" in cell:
        return '"' + cell + '"'
    return cell


def _csv_batch(
    rows: Sequence[Sequence[Any]], cells: _Cells, organizations: dict[Any, str]
) -> bytes:
    """CSV lines of rows read with :func:`_csv_parts_sql` and the cells of their organizations
    from :func:`_organization_cells`: the cells of ``csv_row`` but the cluster, plus the status
    and the quote, byte for byte (the tests hold the two together)."""
    text, uid, time = _text_cell, cells.uid, cells.time
    return "".join(
        [
            f"{uid(id_)},{tracking},{text(kept_as_text(anchor))},{vocabulary},"
            f"{organizations[organization]},"
            f"{uid(campaign) if campaign else ''},{time(submitted)},{text(body)},"
            f"{text(proposed)},{status},{text(quote)}\r\n"
            for (
                id_,
                tracking,
                anchor,
                vocabulary,
                organization,
                campaign,
                submitted,
                body,
                proposed,
                status,
                quote,
            ) in rows
        ]
    ).encode("utf-8")


# The synthesis CSV's columns a comments export leaves out (see the module docstring).
SYNTHESIS_ONLY_COLUMNS: Final = ("cluster_id",)
# The comments export's columns after the synthesis CSV's.
EXPORT_ONLY_COLUMNS: Final = ("status", "quote")


def export_csv_header() -> list[str]:
    shared = [column for column in csv_header() if column not in SYNTHESIS_ONLY_COLUMNS]
    return [*shared, *EXPORT_ONLY_COLUMNS]


def csv_preamble() -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerow(export_csv_header())
    return CSV_BOM + buffer.getvalue().encode("utf-8")


# A version's paragraph texts by anchor, by language, the original's first: what tells the
# language of a quote (:func:`consultations.comments.quoted_language`).
VersionTexts = dict[str, dict[str, str]]


async def _version_texts(engine: AsyncEngine, target: CommentExport) -> VersionTexts:
    """The texts of the round's version in every language it has. Its size is the document's,
    whatever the number of comments: the export still takes constant memory in them."""
    versions, paragraphs = table_of(DocumentVersion), table_of(Paragraph)
    statement = (
        sa.select(paragraphs.c.language, paragraphs.c.anchor, paragraphs.c.text)
        .join(versions, versions.c.id == paragraphs.c.version_id)
        .where(versions.c.document_id == target.document_id, versions.c.number == target.version)
    )
    texts: VersionTexts = {target.language: {}}
    async with engine.connect() as connection:
        for language, anchor, text in await connection.execute(statement):
            texts.setdefault(language, {})[anchor] = text
    return texts


def _quote_language(row: Sequence[Any], texts: VersionTexts) -> str | None:
    if not row[_QUOTE_EXACT] or row[_ANCHOR] is None:
        return None
    quote = TextQuote(row[_QUOTE_EXACT], row[_QUOTE_PREFIX], row[_QUOTE_SUFFIX])
    return quoted_language(texts, row[_ANCHOR], quote)


def _ndjson_record(
    row: Sequence[Any], cells: _Cells, hide: bool, round_id: str, texts: VersionTexts
) -> dict[str, Any]:
    quote = None
    if row[_QUOTE_EXACT]:
        quote = {
            "exact": row[_QUOTE_EXACT],
            "prefix": row[_QUOTE_PREFIX],
            "suffix": row[_QUOTE_SUFFIX],
        }
    campaign = row[_CAMPAIGN]
    return {
        "id": cells.uid(row[_ID]),
        "tracking_number": row[_TRACKING],
        "round_id": round_id,
        "anchor": row[_ANCHOR],
        "kind": row[_KIND],
        "position": row[_POSITION],
        "language": row[_LANGUAGE],
        "body": row[_BODY],
        "proposed_text": row[_PROPOSED],
        "quote": quote,
        "quote_language": _quote_language(row, texts),
        "organization_id": None if hide else cells.uid(row[_ORGANIZATION_ID]),
        "organization_name": None if hide else row[_ORGANIZATION_NAME],
        "stakeholder_group": row[_GROUP],
        "regional_group": None if hide else row[_REGION],
        "campaign_id": cells.uid(campaign) if campaign is not None else None,
        "status": row[_STATUS],
        "body_sha256": row[_SHA],
        "revision": row[_REVISION],
        "submitted_at": cells.time(row[_SUBMITTED]),
        "updated_at": cells.time(row[_UPDATED]),
    }


def _ndjson_batch(
    rows: Sequence[Sequence[Any]], cells: _Cells, hide: bool, round_id: str, texts: VersionTexts
) -> bytes:
    return b"".join(
        orjson.dumps(
            _ndjson_record(row, cells, hide, round_id, texts), option=orjson.OPT_APPEND_NEWLINE
        )
        for row in rows
    )


def _annotation_input(
    row: Sequence[Any], cells: _Cells, target: CommentExport, texts: VersionTexts
) -> AnnotationInput:
    hide = target.hide_organization
    quote_language = _quote_language(row, texts)
    return AnnotationInput(
        comment_id=cells.uid(row[_ID]),
        kind=row[_KIND],
        body=row[_BODY],
        proposed_text=row[_PROPOSED],
        position=row[_POSITION],
        language=row[_LANGUAGE],
        anchor=row[_ANCHOR],
        quote_exact=row[_QUOTE_EXACT],
        quote_prefix=row[_QUOTE_PREFIX],
        quote_suffix=row[_QUOTE_SUFFIX],
        organization_id=None if hide else cells.uid(row[_ORGANIZATION_ID]),
        organization_name=None if hide else row[_ORGANIZATION_NAME],
        submitted_at=cells.moment(row[_SUBMITTED]),
        modified_at=cells.moment(row[_UPDATED]) if row[_REVISION] > 1 else None,
        document_id=str(target.document_id),
        version=target.version,
        quote_translation=quote_language if quote_language != target.language else None,
        version_language=target.language,
    )


class _Feed:
    """The synchronous item source of ``iter_collection_json``, topped up from the database
    between the chunks it produces (it never asks for more than a page and one between two)."""

    def __init__(self) -> None:
        self.buffer: deque[AnnotationInput] = deque()
        self.exhausted = False

    def __iter__(self) -> _Feed:
        return self

    def __next__(self) -> AnnotationInput:
        if self.buffer:
            return self.buffer.popleft()
        if self.exhausted:
            raise StopIteration
        raise RuntimeError("the annotation feed ran dry before the comments ended")


def annotation_collection_id(base: str, round_id: uuid.UUID, statuses: Sequence[str]) -> str:
    """The URL that asks for this collection: the comments of other statuses are another
    collection, and a graph merging two must not take them for one. The default (published)
    has no ``status``; other statuses are named in canonical order, so one collection has one
    IRI however its request was written."""
    query = [("format", "annotations")]
    if tuple(statuses) != ANNOTATION_DEFAULT_STATUSES:
        query += [("status", status) for status in statuses]
    return f"{base}/v1/rounds/{round_id}/comments/export?{urlencode(query)}"


async def _annotation_chunks(
    batches: AsyncIterator[Sequence[Sequence[Any]]],
    cells: _Cells,
    target: CommentExport,
    base_url: str,
    statuses: Sequence[str],
    texts: VersionTexts,
) -> AsyncIterator[bytes]:
    base = base_url.rstrip("/")
    collection_id = annotation_collection_id(base, target.round_id, statuses)
    feed = _Feed()
    chunks = iter_collection_json(
        collection_id, target.collection_label, feed, base, page_size=ANNOTATION_PAGE_SIZE
    )
    while True:
        while len(feed.buffer) <= ANNOTATION_PAGE_SIZE and not feed.exhausted:
            batch = await anext(batches, None)
            if batch is None:
                feed.exhausted = True
            else:
                feed.buffer.extend(_annotation_input(row, cells, target, texts) for row in batch)
        chunk = next(chunks, None)
        if chunk is None:
            return
        yield chunk


async def _coalesced(chunks: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    """Chunks of at least ``OUTPUT_CHUNK_BYTES`` (but the last): fewer, larger writes."""
    pending: list[bytes] = []
    size = 0
    async for chunk in chunks:
        pending.append(chunk)
        size += len(chunk)
        if size >= OUTPUT_CHUNK_BYTES:
            yield b"".join(pending)
            pending, size = [], 0
    if pending:
        yield b"".join(pending)


async def comment_stream(
    engine: AsyncEngine,
    target: CommentExport,
    format: str,
    statuses: Sequence[str],
    base_url: str,
    *,
    on_progress: Progress | None = None,
    batch_rows: int = BATCH_ROWS,
) -> AsyncIterator[bytes]:
    """The bytes of a comments export (see the module docstring), in chunks."""
    total = await count_export_rows(engine, target.round_id, statuses) if on_progress else 0
    report = on_progress or _noop
    cells = _Cells(engine.dialect.name)

    async def exported(rows: int) -> None:
        await report(min(1.0, rows / total) if total else 0.0)

    async def batches() -> AsyncIterator[Sequence[Sequence[Any]]]:
        done = 0
        async for batch in iter_export_batches(
            engine,
            target.round_id,
            statuses,
            batch_rows,
            csv=format == "csv",
        ):
            yield batch
            done += len(batch)
            await exported(done)

    async def encoded() -> AsyncIterator[bytes]:
        hide = target.hide_organization
        if format == "csv" and engine.dialect.driver == "asyncpg":
            yield csv_preamble()
            async for chunk in _copied_csv_records(
                engine, target.round_id, statuses, hide, exported
            ):
                yield chunk
        elif format == "csv":
            yield csv_preamble()
            organizations: dict[Any, str] = {}
            async for batch in batches():
                # Each organization is read once, when its first comment comes.
                unknown = {row[_CSV_ORGANIZATION] for row in batch}.difference(organizations)
                if unknown:
                    organizations |= await _organization_cells(engine, unknown, hide, cells)
                yield _csv_batch(batch, cells, organizations)
        elif format == "ndjson":
            round_id = str(target.round_id)
            texts = await _version_texts(engine, target)
            async for batch in batches():
                yield _ndjson_batch(batch, cells, hide, round_id, texts)
        elif format == "annotations":
            texts = await _version_texts(engine, target)
            async for chunk in _annotation_chunks(
                batches(), cells, target, base_url, statuses, texts
            ):
                yield chunk
        else:
            raise ValueError(f"unknown comment export format {format!r}")

    async for chunk in _coalesced(encoded()):
        yield chunk
    await report(1.0)


@dataclass(frozen=True, slots=True)
class CommentStream:
    chunks: AsyncIterator[bytes]
    media_type: str
    filename: str


async def open_comment_export(
    session: AsyncSession,
    engine: AsyncEngine,
    principal: Principal,
    round_ref: str,
    format: str,
    statuses: Sequence[str] | None,
    base_url: str,
) -> CommentStream:
    """Checks access now; the returned stream reads the database on its own connection, after
    the request's unit of work has ended."""
    context = await staff_round(session, principal, round_ref)
    chosen = normalise_statuses(statuses, format)
    target = CommentExport.of(context)
    return CommentStream(
        chunks=comment_stream(engine, target, format, chosen, base_url),
        media_type=comment_media_type(format),
        filename=comment_filename(target, format),
    )


# --------------------------------------------------------------------------- any export


def default_kind(format: str) -> str:
    return "comments" if format in COMMENT_FORMATS else "synthesis"


def check_kind(
    kind: str,
    format: str,
    language: str | None = None,
    statuses: Sequence[str] | None = None,
) -> None:
    """422 for options of the other kind of export: they would be ignored, and the file not be
    the one asked for. ``statuses`` None when none were given."""
    allowed = COMMENT_FORMATS if kind == "comments" else SYNTHESIS_FORMATS
    if format not in allowed:
        raise Unprocessable(
            f"A {kind} export is {', '.join(allowed)}, not {format}.",
            errors=[FieldError(("body", "format"), f"not a {kind} format")],
        )
    if kind == "comments" and language is not None:
        raise Unprocessable(
            "A comments export holds every comment in the language it was written in; "
            "`language` chooses the paragraph texts of a synthesis export.",
            errors=[FieldError(("body", "language"), "only for synthesis exports")],
        )
    if kind == "synthesis" and statuses is not None:
        raise Unprocessable(
            "A synthesis counts the published comments; `status` chooses the comments of a "
            "comments export.",
            errors=[FieldError(("body", "status"), "only for comments exports")],
        )


def media_type_of(kind: str, format: str) -> str:
    return COMMENT_MEDIA_TYPES[format] if kind == "comments" else MEDIA_TYPES[format]


def filename_of(context: RoundContext, kind: str, format: str, language: str | None) -> str:
    """The export's file name; ``language`` is a synthesis's (None: the original's)."""
    if kind == "comments":
        return comment_filename(CommentExport.of(context), format)
    language = language or context.version.language
    return synthesis_filename(context, language, _synthesis_format(format))


async def produce(
    engine: AsyncEngine,
    round_id: uuid.UUID,
    kind: str,
    format: str,
    statuses: Sequence[str],
    base_url: str,
    on_progress: Progress = _noop,
    language: str | None = None,
) -> AsyncIterator[bytes]:
    """The bytes of any export, for jobs and the CLI (no access check). ``language``: a
    synthesis's, as :func:`consultations.synthesis.synthesis_language` reads it."""
    if kind == "comments":
        async with AsyncSession(engine, expire_on_commit=False) as session:
            target = CommentExport.of(await round_context(session, round_id))
        async for chunk in comment_stream(
            engine, target, format, statuses, base_url, on_progress=on_progress
        ):
            yield chunk
        return
    async with AsyncSession(engine, expire_on_commit=False) as session:
        context = await round_context(session, round_id)
        language = await synthesis_language(session, context, language, field=("language",))
        synthesis = await build_synthesis(
            session,
            context,
            language=language,
            public_url=base_url,
            on_progress=lambda share: on_progress(share * 0.9),
        )
    content = await asyncio.to_thread(render, synthesis, _synthesis_format(format))
    await on_progress(1.0)
    for start in range(0, len(content), JOB_CHUNK_BYTES):
        yield content[start : start + JOB_CHUNK_BYTES]


def _synthesis_format(format: str) -> SynthesisFormat:
    for known in get_args(SynthesisFormat):
        if format == known:
            return cast(SynthesisFormat, known)
    raise ValueError(f"unknown synthesis format {format!r}")


# --------------------------------------------------------------------------- jobs: service


async def create_export_job(
    session: AsyncSession, principal: Principal, round_ref: str, data: ExportJobCreate
) -> ExportJob:
    context = await staff_round(session, principal, round_ref)
    kind = data.kind or default_kind(data.format)
    check_kind(kind, data.format, data.language, data.status)
    statuses = list(normalise_statuses(data.status, data.format)) if kind == "comments" else []
    language = (
        await synthesis_language(session, context, data.language, field=("body", "language"))
        if kind == "synthesis"
        else None
    )
    job = ExportJob(
        round_id=context.round.id,
        kind=kind,
        format=data.format,
        statuses=statuses,
        language=language,
        requested_by=principal.user_id,
        media_type=media_type_of(kind, data.format),
        filename=filename_of(context, kind, data.format, language),
    )
    session.add(job)
    await session.flush()
    record(
        session,
        DomainEvent(
            name="export.requested",
            actor_id=principal.user_id,
            subject_type="export",
            subject_id=str(job.id),
            consultation_id=context.consultation.id,
            data={
                "round_id": str(context.round.id),
                "kind": kind,
                "format": data.format,
                "language": language,
            },
        ),
    )
    return job


async def visible_export_job(
    session: AsyncSession, principal: Principal, job_ref: str
) -> ExportJob:
    """The job if the caller may export its round: staff of its consultation with
    ``reports:read``; 404 for everyone else (whether a job exists does not leak)."""
    if principal.is_anonymous:
        raise Unauthorized(
            "Sign in: exports need a bearer token.", headers={"WWW-Authenticate": "Bearer"}
        )
    job_id = parse_id(job_ref)
    job = await session.get(ExportJob, job_id) if job_id is not None else None
    if job is None:
        raise NotFound("No such export.")
    context = await round_context(session, job.round_id)
    access = await consultation_access(session, principal, context.consultation)
    try:
        policy.can_view_consultation(principal, context.consultation, access)
        if not (principal.is_secretariat or access.is_facilitator):
            raise Forbidden("not staff")
    except (NotFound, Forbidden):
        raise NotFound("No such export.") from None
    principal.require_scope(REPORT_SCOPE)
    return job


async def finished_export_job(
    session: AsyncSession, principal: Principal, job_ref: str
) -> ExportJob:
    job = await visible_export_job(session, principal, job_ref)
    if job.status == "failed":
        raise Conflict(f"The export failed: {job.error or 'unknown error'}. Request a new one.")
    if job.status != "done":
        raise Conflict(
            f"The export is {job.status} ({job.progress:.0%} done); its file is served once "
            "its status is done.",
            headers={"Retry-After": str(FILE_RETRY_AFTER_SECONDS)},
        )
    return job


async def iter_job_file(engine: AsyncEngine, job_id: uuid.UUID) -> AsyncIterator[bytes]:
    """The job's file, one stored chunk at a time."""
    chunks = table_of(ExportChunk)
    seq = 0
    async with engine.connect() as connection:
        while True:
            data = (
                await connection.execute(
                    sa.select(chunks.c.data).where(chunks.c.job_id == job_id, chunks.c.seq == seq)
                )
            ).scalar_one_or_none()
            await connection.rollback()
            if data is None:
                return
            yield bytes(data)
            seq += 1


# --------------------------------------------------------------------------- jobs: runner


class _LostJob(Exception):
    """Another worker took the job over (this one was presumed dead)."""


def _claimable(jobs: sa.Table, now_cutoff: Any) -> sa.ColumnElement[bool]:
    return sa.and_(
        jobs.c.attempts < MAX_ATTEMPTS,
        sa.or_(
            jobs.c.status == "queued",
            sa.and_(
                jobs.c.status == "running",
                sa.or_(jobs.c.heartbeat_at.is_(None), jobs.c.heartbeat_at < now_cutoff),
            ),
        ),
    )


def is_claimable(job: ExportJob) -> bool:
    if job.attempts >= MAX_ATTEMPTS:
        return False
    if job.status == "queued":
        return True
    stale = job.heartbeat_at is None or job.heartbeat_at < utcnow() - STALE_AFTER
    return job.status == "running" and stale


class ExportRunner:
    """Runs export jobs as asyncio tasks of this process (see the module docstring)."""

    def __init__(
        self,
        engine: AsyncEngine,
        base_url: str,
        *,
        heartbeat_every: float = HEARTBEAT_EVERY,
    ) -> None:
        self._engine = engine
        self._base_url = base_url
        self._heartbeat_every = heartbeat_every
        self._tasks: dict[uuid.UUID, asyncio.Task[None]] = {}

    def submit(self, job_id: uuid.UUID) -> None:
        """Starts the job here unless this process already runs it; the claim decides whether
        it runs at all."""
        if job_id in self._tasks:
            return
        task = asyncio.create_task(self._run(job_id), name=f"export-{job_id}")
        self._tasks[job_id] = task
        task.add_done_callback(lambda _: self._tasks.pop(job_id, None))

    async def recover(self) -> int:
        """Fails jobs out of attempts, takes over the claimable ones; returns how many."""
        jobs = table_of(ExportJob)
        now = utcnow()
        cutoff = now - STALE_AFTER
        abandoned = sa.or_(
            jobs.c.status == "queued",
            sa.and_(
                jobs.c.status == "running",
                sa.or_(jobs.c.heartbeat_at.is_(None), jobs.c.heartbeat_at < cutoff),
            ),
        )
        # A writer from its start that waits its turn like any other (core.db.short_write):
        # a server starting beside another process that writes (`plenary demo`) waits for it.
        async with short_write(self._engine) as connection:
            await connection.execute(
                sa.update(jobs)
                .where(abandoned, jobs.c.attempts >= MAX_ATTEMPTS)
                .values(
                    status="failed",
                    error=f"the export was interrupted {MAX_ATTEMPTS} times",
                    finished_at=now,
                )
            )
            ids = (
                (await connection.execute(sa.select(jobs.c.id).where(_claimable(jobs, cutoff))))
                .scalars()
                .all()
            )
        for job_id in ids:
            self.submit(job_id)
        return len(ids)

    async def wait(self) -> None:
        """Until the jobs running now have ended (for tests and the CLI)."""
        while self._tasks:
            await asyncio.gather(*self._tasks.values(), return_exceptions=True)

    async def close(self) -> None:
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _claim(self, job_id: uuid.UUID) -> ExportJob | None:
        jobs = table_of(ExportJob)
        chunks = table_of(ExportChunk)
        now = utcnow()
        async with self._engine.begin() as connection:
            claimed = await connection.execute(
                sa.update(jobs)
                .where(jobs.c.id == job_id, _claimable(jobs, now - STALE_AFTER))
                .values(
                    status="running",
                    attempts=jobs.c.attempts + 1,
                    progress=0.0,
                    error=None,
                    started_at=now,
                    heartbeat_at=now,
                )
            )
            if claimed.rowcount != 1:
                return None
            await connection.execute(sa.delete(chunks).where(chunks.c.job_id == job_id))
        async with AsyncSession(self._engine, expire_on_commit=False) as session:
            return await session.get(ExportJob, job_id)

    async def _fenced_update(
        self, job: ExportJob, values: dict[str, Any], chunk: tuple[int, bytes] | None = None
    ) -> None:
        """Updates the job (and stores a chunk) only while this worker still holds it."""
        jobs = table_of(ExportJob)
        async with self._engine.begin() as connection:
            result = await connection.execute(
                sa.update(jobs)
                .where(
                    jobs.c.id == job.id,
                    jobs.c.status == "running",
                    jobs.c.attempts == job.attempts,
                )
                .values(**values)
            )
            if result.rowcount != 1:
                raise _LostJob(str(job.id))
            if chunk is not None:
                seq, data = chunk
                await connection.execute(
                    sa.insert(table_of(ExportChunk)).values(job_id=job.id, seq=seq, data=data)
                )

    async def _run(self, job_id: uuid.UUID) -> None:
        try:
            job = await self._claim(job_id)
        except Exception:
            logger.exception("could not claim export job %s", job_id)
            return
        if job is None:
            return
        heartbeat = asyncio.create_task(self._beat(job))
        try:
            await self._build(job)
        except asyncio.CancelledError:
            await self._requeue(job)
            raise
        except _LostJob:
            logger.warning("export job %s was taken over by another worker", job_id)
        except Exception as exc:
            logger.exception("export job %s failed", job_id)
            await self._fail(job, exc)
        finally:
            heartbeat.cancel()

    async def _build(self, job: ExportJob) -> None:
        state = {"reported": 0.0}

        async def on_progress(share: float) -> None:
            if share - state["reported"] >= PROGRESS_EVERY and share < 1.0:
                state["reported"] = share
                await self._fenced_update(job, {"progress": share, "heartbeat_at": utcnow()})

        pending = bytearray()
        seq = 0
        size = 0
        async for piece in produce(
            self._engine,
            job.round_id,
            job.kind,
            job.format,
            job.statuses,
            self._base_url,
            on_progress,
            job.language,
        ):
            pending += piece
            while len(pending) >= JOB_CHUNK_BYTES:
                data = bytes(pending[:JOB_CHUNK_BYTES])
                del pending[:JOB_CHUNK_BYTES]
                await self._fenced_update(job, {"heartbeat_at": utcnow()}, (seq, data))
                seq += 1
                size += len(data)
        if pending or seq == 0:
            await self._fenced_update(job, {"heartbeat_at": utcnow()}, (seq, bytes(pending)))
            size += len(pending)
        now = utcnow()
        await self._fenced_update(
            job,
            {"status": "done", "progress": 1.0, "size_bytes": size, "finished_at": now},
        )

    async def _beat(self, job: ExportJob) -> None:
        try:
            while True:
                await asyncio.sleep(self._heartbeat_every)
                await self._fenced_update(job, {"heartbeat_at": utcnow()})
        except _LostJob:
            return

    async def _requeue(self, job: ExportJob) -> None:
        """Back to the queue on shutdown; this attempt does not count."""
        jobs = table_of(ExportJob)
        async with self._engine.begin() as connection:
            await connection.execute(
                sa.update(jobs)
                .where(jobs.c.id == job.id, jobs.c.attempts == job.attempts)
                .values(status="queued", attempts=job.attempts - 1, heartbeat_at=None)
            )

    async def _fail(self, job: ExportJob, exc: Exception) -> None:
        # Domain errors explain themselves to users; anything else stays in the log.
        message = (
            exc.detail
            if isinstance(exc, DomainError)
            else "the export could not be produced; the error was logged"
        )
        try:
            await self._fenced_update(
                job, {"status": "failed", "error": message, "finished_at": utcnow()}
            )
        except _LostJob:
            return
