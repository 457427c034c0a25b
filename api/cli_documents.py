"""`plenary documents import`: import a draft from a file and show how it was anchored.

The import goes through the same services as the HTTP API, in one unit of work: the document,
its version, paragraphs and change rows, and the domain events (handed to the subscribers the
composition root wires, such as the audit chain) commit together or not at all.

The command acts as the platform operator: whoever can run it can reach the database anyway.
It holds the rights of the secretariat and is recorded with no actor in the events.

Choices
- ``--format`` omitted: ``markdown`` for ``.md`` and ``.markdown`` files, ``text`` otherwise.
- ``--language`` omitted: taken from a language suffix in the file name (``draft.zh.txt`` is
  Chinese), else ``en``.
- ``--title`` omitted: the file name without its suffixes.
- Encoding: UTF-8, with or without its byte order mark, or UTF-16 or UTF-32 when their byte
  order mark starts the file (Windows' "Unicode" text). A NUL character is refused, as the API
  refuses it: read as UTF-8, it is most often UTF-16 saved without its mark.
- ``--document ID`` adds the file as the next version of that document (re-anchored against the
  previous one) instead of creating a new document.
- ``--json``: one JSON object on stdout instead, for scripts: ``document_id``, ``title``,
  ``version``, ``label``, ``language``, ``format``, ``paragraph_count``, ``paragraphs`` (each as
  ``GET /v1/documents/{id}/versions/{n}/paragraphs`` lists it: ``anchor``, ``label``, ``kind``,
  ``parent``, ``ordinal``, ``heading_path``, ``text``), ``warnings`` (``line``, ``message``,
  ``excerpt``) and ``changes`` (the counts from the previous version, null for a first one);
  nothing on stderr. Failures are the same one line on stderr.
- Output: one summary line, then the anchor tree (two spaces per level: anchor, printed label
  in brackets, the first 60 characters of the text) on stdout; parser warnings on stderr.
  A wrong value (a language tag, an id that cannot be one, neither --consultation nor
  --document) is one line on stderr and exit status 2; an unknown consultation or document, a
  file that is unreadable, empty, without structure or too large, exit status 1.
"""

import asyncio
import codecs
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel.ext.asyncio.session import AsyncSession

from api.cli_errors import CommandError, Id, domain_error_line, first_line, invocation_checks
from api.db import UnmigratedDatabaseError
from api.settings import Settings
from api.unit_of_work import command_unit_of_work
from auth.principal import Principal
from consultations import documents
from consultations.consultations import get_managed_consultation
from consultations.schemas import (
    AnchorNode,
    DocumentCreate,
    DocumentFormat,
    ImportResult,
    ParagraphRead,
    VersionCreate,
)
from consultations.synthesis_render import plural
from core.errors import DomainError
from core.graphemes import cut_at_grapheme_boundary
from core.languages import normalize_language_tag

OPERATOR = Principal(role="admin", scopes=frozenset({"consultations:write"}))
EXCERPT_CHARS = 60


@dataclass(frozen=True, slots=True)
class _Imported:
    result: ImportResult
    paragraphs: list[ParagraphRead]


def guess_format(path: Path) -> DocumentFormat:
    return "markdown" if path.suffix.lower() in {".md", ".markdown"} else "text"


def guess_language(path: Path) -> str:
    for suffix in reversed(path.suffixes[:-1]):
        try:
            return normalize_language_tag(suffix.lstrip("."))
        except ValueError:
            continue
    return "en"


def _title_of(path: Path) -> str:
    return path.name.split(".", 1)[0] or path.name


# Longest first: the UTF-32 little-endian mark begins with the UTF-16 one.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _encoding_of(raw: bytes) -> str:
    """UTF-8 (with or without its mark), unless a byte order mark says UTF-16 or UTF-32, as
    Windows' "Unicode" text does."""
    for mark, encoding in _BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            return encoding
    return "utf-8-sig"


def _read(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from exc
    encoding = _encoding_of(raw)
    try:
        content = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        shown = "UTF-8" if encoding == "utf-8-sig" else encoding.upper()
        raise CommandError(f"{path} is not {shown} text") from exc
    # What the file holds is found, not given: said here, before the draft's own checks
    # would take an empty text for a wrong value.
    if not content:
        raise CommandError(f"{path} is empty")
    # The API refuses a NUL (api.middleware); the parser would drop it silently. In a file
    # read as UTF-8 it is most often UTF-16 or UTF-32 saved without its mark.
    if "\x00" in content:
        raise CommandError(
            f"{path} holds the NUL character (U+0000), which no text here may contain "
            "(UTF-16 or UTF-32 text needs its byte order mark)"
        )
    return content


async def _create(settings: Settings, consultation_ref: str, data: DocumentCreate) -> _Imported:
    async with command_unit_of_work(settings) as session:
        imported = await documents.create_document(
            session, OPERATOR, consultation_ref, data, max_bytes=settings.max_document_bytes
        )
        return await _with_texts(session, imported.result)


async def _revise(
    settings: Settings, consultation_ref: str | None, document_ref: str, data: VersionCreate
) -> _Imported:
    async with command_unit_of_work(settings) as session:
        if consultation_ref is not None:
            consultation = await get_managed_consultation(session, OPERATOR, consultation_ref)
            document = await documents.get_document(session, OPERATOR, document_ref)
            if document.read.consultation_id != consultation.id:
                raise CommandError(f"document {document_ref} is not in {consultation_ref}")
        imported = await documents.add_version(
            session,
            OPERATOR,
            document_ref,
            data,
            max_bytes=settings.max_document_bytes,
            if_match=None,
        )
        return await _with_texts(session, imported.result)


async def _with_texts(session: AsyncSession, result: ImportResult) -> _Imported:
    listed = await documents.list_paragraphs(
        session, OPERATOR, str(result.document.id), result.version.number, None
    )
    return _Imported(result, listed.items)


def _as_json(imported: _Imported, document_format: DocumentFormat) -> dict[str, Any]:
    result = imported.result
    return {
        "document_id": str(result.document.id),
        "title": result.document.title,
        "version": result.version.number,
        "label": result.version.label,
        "language": result.version.language,
        "format": document_format,
        "paragraph_count": result.paragraph_count,
        "paragraphs": [paragraph.model_dump(mode="json") for paragraph in imported.paragraphs],
        "warnings": [warning.model_dump(mode="json") for warning in result.warnings],
        "changes": None if result.changes is None else result.changes.model_dump(mode="json"),
    }


def _tree_lines(nodes: list[AnchorNode], texts: dict[str, str], depth: int = 0) -> Iterator[str]:
    for node in nodes:
        text = " ".join(texts.get(node.anchor, "").split())
        excerpt = cut_at_grapheme_boundary(text, EXCERPT_CHARS)
        excerpt += "…" if len(text) > EXCERPT_CHARS else ""
        label = f" [{node.label}]" if node.label else ""
        yield f"{'  ' * depth}{node.anchor}{label}  {excerpt}".rstrip()
        yield from _tree_lines(node.children, texts, depth + 1)


documents_group: click.Group = click.Group("documents", help="Draft texts.")


@documents_group.command("import")
# Not checked by click (a usage error, exit 2): a path that cannot be read, a directory as much as
# a missing file, is found when it is read, exit 1.
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--consultation", "consultation", help="Slug (or id) of the consultation.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown"]),
    help="Default: markdown for .md files, text otherwise.",
)
@click.option("--language", help="BCP 47 tag; default: from the file name (x.zh.txt), else en.")
@click.option("--title", help="A new document's title; default: the file name.")
@click.option("--symbol", help="A new document's UN document symbol, e.g. A/80/L.41.")
@click.option("--label", help="Version label, e.g. 'Zero draft' or 'Rev.1'.")
@click.option(
    "--document",
    "document_id",
    type=Id("a document"),
    help="Add the file as the next version of this id.",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print one JSON object (the document, its paragraphs, the warnings) instead of text.",
)
def import_command(
    file: Path,
    consultation: str | None,
    fmt: DocumentFormat | None,
    language: str | None,
    title: str | None,
    symbol: str | None,
    label: str | None,
    document_id: uuid.UUID | None,
    as_json: bool,
) -> None:
    """Import FILE as a draft and print its anchors and the parser's warnings."""
    if consultation is None and document_id is None:
        raise click.UsageError("name the consultation (--consultation SLUG) or a --document ID")
    if document_id is not None and (title is not None or symbol is not None):
        raise click.UsageError(
            "--title and --symbol name a new document; with --document, rename it or change its "
            "symbol with PATCH /v1/documents/{id}"
        )
    content = _read(file)
    document_format = fmt or guess_format(file)
    fields = {
        "language": language or guess_language(file),
        "format": document_format,
        "content": content,
        "label": label,
    }
    # Read afresh, not through the process-wide cache, so PLENARY_* set by a caller count.
    settings = Settings()
    with invocation_checks():
        if document_id is not None:
            version = VersionCreate(**fields)
            work = _revise(settings, consultation, str(document_id), version)
        else:
            assert consultation is not None
            data = DocumentCreate(**fields, title=title or _title_of(file), symbol=symbol)
            work = _create(settings, consultation, data)
    try:
        imported = asyncio.run(work)
    except DomainError as exc:
        raise CommandError(domain_error_line(exc)) from exc
    except UnmigratedDatabaseError as exc:
        raise CommandError(str(exc).replace("\n", " ")) from exc
    except (OSError, SQLAlchemyError) as exc:
        raise CommandError(f"database error: {first_line(exc)}") from exc

    if as_json:
        click.echo(json.dumps(_as_json(imported, document_format), ensure_ascii=False, indent=2))
        return
    result = imported.result
    counts = result.changes
    summary = (
        f"{result.document.title}: document {result.document.id} version "
        f"{result.version.number} ({result.version.language}), "
        f"{plural(result.paragraph_count, 'paragraph')}, "
        f"{plural(len(result.warnings), 'warning')}"
    )
    if counts is not None:
        summary += (
            f"; from version {result.version.number - 1}: {counts.unchanged} unchanged, "
            f"{counts.modified} modified, {counts.moved} moved, {counts.removed} removed, "
            f"{counts.added} added"
        )
    click.echo(summary)
    texts = {paragraph.anchor: paragraph.text for paragraph in imported.paragraphs}
    for line in _tree_lines(result.tree, texts):
        click.echo(line)
    for warning in result.warnings:
        click.echo(f"warning: line {warning.line}: {warning.message}: {warning.excerpt}", err=True)
