"""`plenary export ROUND_ID --format F -o FILE`: any export of a round, with a progress bar.

Works directly on the configured database (``PLENARY_DATABASE_URL``) through the same code as
the export jobs (:func:`consultations.exports.produce`), so the file is byte for byte what
``GET /v1/rounds/{id}/synthesis`` or ``.../comments/export`` would give for the same data. Whoever
runs the command can reach the database anyway: it acts as the operator, with no access check.
``--kind`` chooses between the synthesis and the bulk comment export where a format has both
(csv; default the comments); ``--language`` a synthesis's language, as the API's, and
``--status`` a comments export's statuses (each refused with the other kind). The file is
written next to its destination and moved into place at the end, so a failed export never leaves
half a file behind; ``-o -`` streams it to stdout instead (a failure then exits non-zero after
what was written). A symlink is followed: its target is replaced the same way and the link stays.
An existing path that is not a regular file (a FIFO, a device such as ``/dev/stdout``) is
written to directly, as a shell redirection would: renaming a file over it would delete it.
Errors name the path given, never the temporary file. The bar and the closing byte count go to
stderr when the file is stdout; the bar always does, from the export's first progress on.
"""

import asyncio
import contextlib
import os
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

import click
from sqlalchemy.exc import SQLAlchemyError

from api.cli_errors import CommandError, Id, first_line, invocation_checks
from api.db import UnmigratedDatabaseError, create_engine, ensure_migrated
from api.settings import Settings
from consultations import exports
from core.errors import DomainError
from core.languages import language_parameter


class _Bar(Protocol):
    def update(self, n_steps: int) -> None: ...


class _Sink(Protocol):
    def write(self, data: bytes, /) -> int: ...


class _OutputFailed(Exception):
    """Writing the export's destination failed, told apart from the database's own OSErrors."""

    def __init__(self, cause: OSError) -> None:
        super().__init__(cause)
        self.cause = cause


class _GuardedSink:
    def __init__(self, sink: BinaryIO) -> None:
        self._sink = sink

    def write(self, data: bytes, /) -> int:
        try:
            return self._sink.write(data)
        except OSError as exc:
            raise _OutputFailed(exc) from exc


FORMATS = ("json", "markdown", "csv", "docx", "ndjson", "annotations")
BAR_STEPS = 1000


async def _export(
    settings: Settings,
    round_id: uuid.UUID,
    kind: str,
    format: str,
    statuses: tuple[str, ...],
    language: str | None,
    sink: _Sink,
    open_bar: Callable[[], _Bar],
) -> int:
    engine = create_engine(settings.database_url, pool_size=2, create=False)
    bar: _Bar | None = None
    shown = 0

    async def on_progress(share: float) -> None:
        # The bar appears with the first progress: an export refused before it starts (no such
        # round) prints its error alone, on one line.
        nonlocal bar, shown
        if bar is None:
            bar = open_bar()
        target = int(min(1.0, share) * BAR_STEPS)
        if target > shown:
            bar.update(target - shown)
            shown = target

    written = 0
    try:
        await ensure_migrated(engine, settings.database_url, auto_migrate=False)
        async for chunk in exports.produce(
            engine, round_id, kind, format, statuses, settings.public_url, on_progress, language
        ):
            sink.write(chunk)
            written += len(chunk)
    finally:
        await engine.dispose()
    await on_progress(1.0)
    return written


@click.command("export")
@click.argument("round_id", metavar="ROUND_ID", type=Id("a round"))
@click.option(
    "--format", "format_", type=click.Choice(FORMATS), required=True, help="The file format."
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, allow_dash=True, path_type=Path),
    required=True,
    help="The file to write (a regular file is replaced, a FIFO or device written to); - for "
    "stdout.",
)
@click.option(
    "--kind",
    type=click.Choice(("synthesis", "comments")),
    default=None,
    help="synthesis (json, markdown, csv, docx) or comments (csv, ndjson, annotations); "
    "default comments for csv, ndjson and annotations.",
)
@click.option(
    "--status",
    "statuses",
    multiple=True,
    type=click.Choice(exports.STATUSES),
    help="Comment statuses of a comments export (repeatable; not for a synthesis); default "
    "all but withdrawn.",
)
@click.option(
    "--language",
    default=None,
    help="A synthesis's paragraph texts in this language (BCP 47, a translation of the "
    "round's version); default the original.",
)
def _export_command(
    round_id: uuid.UUID,
    format_: str,
    output: Path,
    kind: str | None,
    statuses: tuple[str, ...],
    language: str | None,
) -> None:
    """Export a round: its synthesis or all its comments, with a progress bar."""
    settings = Settings()
    chosen_kind = kind or exports.default_kind(format_)
    with invocation_checks():
        exports.check_kind(chosen_kind, format_, language, statuses or None)
        if language is not None:
            language = language_parameter(language, field=("language",))
        chosen = exports.normalise_statuses(statuses, format_) if chosen_kind == "comments" else ()
    to_stdout = str(output) == "-"
    if not to_stdout and not output.parent.is_dir():
        raise CommandError(f"{output.parent} is not a directory")

    def write(sink: _Sink) -> int:
        with contextlib.ExitStack() as bars:

            def open_bar() -> _Bar:
                bar = click.progressbar(
                    length=BAR_STEPS, label=f"{chosen_kind} {format_}", file=sys.stderr
                )
                return bars.enter_context(bar)

            job = _export(
                settings, round_id, chosen_kind, format_, chosen, language, sink, open_bar
            )
            return asyncio.run(job)

    try:
        if to_stdout:
            written = _write_through(sys.stdout.buffer, write)
        else:
            written = _write_to(output, write)
    except _OutputFailed as exc:
        reason = exc.cause.strerror or str(exc.cause)
        raise CommandError(f"cannot write {output}: {reason}") from exc
    except DomainError as exc:
        raise CommandError(exc.detail) from exc
    except UnmigratedDatabaseError as exc:
        raise CommandError(str(exc)) from exc
    except SQLAlchemyError as exc:
        raise CommandError(f"database error: {first_line(exc)}") from exc
    except OSError as exc:
        raise CommandError(f"export failed: {first_line(exc)}") from exc
    click.echo(f"{output} ({written} bytes)", err=to_stdout)


def _write_to(output: Path, write: Callable[[_Sink], int]) -> int:
    """Writes what ``output`` names: the target of a symlink, in place of a regular file, into
    anything else (a FIFO, a device)."""
    target = output.resolve() if output.is_symlink() else output
    if target.exists() and not target.is_file():
        with _destination(lambda: target.open("wb")) as sink:
            return _write_through(sink, write)
    return _write_in_place(target, write)


@contextlib.contextmanager
def _destination(open_sink: Callable[[], BinaryIO]) -> Iterator[BinaryIO]:
    """The opened destination, its opening and closing failures told as the output's: the
    export's own errors pass through as they are."""
    try:
        sink = open_sink()
    except OSError as exc:
        raise _OutputFailed(exc) from exc
    try:
        yield sink
    finally:
        try:
            sink.close()
        except OSError as exc:
            raise _OutputFailed(exc) from exc


def _write_through(sink: BinaryIO, write: Callable[[_Sink], int]) -> int:
    written = write(_GuardedSink(sink))
    try:
        sink.flush()
    except OSError as exc:
        raise _OutputFailed(exc) from exc
    return written


def _write_in_place(output: Path, write: Callable[[_Sink], int]) -> int:
    """Writes the file beside ``output`` and moves it there once complete."""
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
    except OSError as exc:
        raise _OutputFailed(exc) from exc
    try:
        with _destination(lambda: os.fdopen(descriptor, "wb")) as sink:
            written = _write_through(sink, write)
        try:
            os.replace(temporary, output)
        except OSError as exc:
            raise _OutputFailed(exc) from exc
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return written


# Annotated so that api.cli, which imports this module while being imported, knows its type.
export: click.Command = _export_command
