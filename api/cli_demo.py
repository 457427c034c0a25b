"""`plenary demo`: fill the configured database with a demo consultation (see ``api.demo``).

Output
- Progress lines go to stderr as the load advances, so stdout holds only the result.
- The result, by default: the ids, the accounts with their passwords, a ready access token for
  the secretariat and curl commands to paste into a shell. With ``--json``: one JSON object
  (``consultation_id``, ``slug``, ``document_id``, ``rounds``, ``organizations``,
  ``secretariat``, ``cofacilitator``, ``representatives``, ``access_token``, ``expires_in``,
  ``public_url``, ``seconds``, ``commands``) for scripts and tests.
- A database that already holds the demo, or that cannot be reached, is one line on stderr and
  exit status 1.
"""

import asyncio
import json
import shlex
from dataclasses import asdict
from typing import Any

import click
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from api.cli_errors import CommandError, first_line
from api.demo import DEFAULT_SEED, TOKEN_SCOPES, DemoError, DemoResult, load_demo
from api.settings import Settings
from core.errors import DomainError


def curl_commands(result: DemoResult) -> list[tuple[str, str]]:
    """(what it shows, command) pairs; the commands use $PLENARY_URL, $TOKEN and $ROUND."""
    auth = '-H "Authorization: Bearer $TOKEN"'
    base = '"$PLENARY_URL/v1/rounds/$ROUND'
    return [
        (
            "Who was heard, by regional group",
            f'curl -s {auth} {base}/representation?dimension=regional_group"',
        ),
        (
            "Comments per paragraph, and paragraphs nobody commented on",
            f'curl -s {auth} {base}/coverage"',
        ),
        ("The form-letter campaign", f'curl -s {auth} {base}/campaigns"'),
        (
            "The synthesis as a Word document",
            f'curl -s {auth} -o synthesis.docx {base}/synthesis?format=docx"',
        ),
        (
            "Every comment as W3C Web Annotations",
            f'curl -s {auth} -o annotations.jsonld {base}/comments/export?format=annotations"',
        ),
        ("The audit chain, recomputed", f'curl -s {auth} "$PLENARY_URL/v1/audit/verify"'),
    ]


def _as_json(result: DemoResult) -> dict[str, Any]:
    return {
        "consultation_id": result.consultation_id,
        "slug": result.slug,
        "document_id": result.document_id,
        "rounds": [asdict(summary) for summary in result.rounds],
        "organizations": result.organizations,
        "secretariat": {"email": result.secretariat_email, "password": result.secretariat_password},
        "cofacilitator": {"email": result.cofacilitator_email, "password": result.people_password},
        "representatives": {
            "emails": result.representative_emails,
            "password": result.people_password,
        },
        "access_token": result.access_token,
        "expires_in": result.token_expires_in,
        "scopes": list(TOKEN_SCOPES),
        "public_url": result.public_url,
        "seconds": result.seconds,
        "commands": [command for _, command in curl_commands(result)],
    }


def _human(result: DemoResult) -> str:
    closed, *later = result.rounds
    counts = result.organizations
    first_representative, *others = result.representative_emails
    lines = [
        f"Demo consultation loaded in {result.seconds:.1f} s.",
        "",
        f"  consultation    {result.slug}  ({result.consultation_id})",
        f"  document        {result.document_id}  (version 1: zero draft, version 2: Rev.1)",
    ]
    for summary in result.rounds:
        lines.append(
            f"  round {summary.number}         {summary.id}  {summary.status}, version "
            f"{summary.version}, {summary.comments} comments"
            + (f", closes {summary.closes_at}" if summary.status == "open" else "")
        )
    lines += [
        f"  organizations   {sum(counts.values())}  ({counts['verified']} verified, "
        f"{counts['pending']} pending, {counts['rejected']} rejected)",
        "",
        f"  secretariat     {result.secretariat_email}  password {result.secretariat_password}",
        f"  co-facilitator  {result.cofacilitator_email}  password {result.people_password}",
        f"  representatives {first_representative} and {len(others)} more  "
        f"password {result.people_password}",
        "",
        f"An access token for the secretariat, valid {result.token_expires_in // 3600} hours "
        f"(scopes: {' '.join(TOKEN_SCOPES)}). Paste into a shell:",
        "",
        f"export PLENARY_URL={shlex.quote(result.public_url)}",
        f"export TOKEN={result.access_token}",
        f"export ROUND={closed.id}    # round 1 (closed); round 2 (open) is "
        + ", ".join(summary.id for summary in later),
        "",
    ]
    for what, command in curl_commands(result):
        lines += [f"# {what}", command]
    return "\n".join(lines)


@click.command("demo")
@click.option(
    "--seed",
    type=int,
    default=DEFAULT_SEED,
    show_default=True,
    help="Same seed, same comments, organizations and languages.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
def _demo_command(seed: int, as_json: bool) -> None:
    """Fill PLENARY_DATABASE_URL with a demo consultation and print a token to explore it.

    Migrates the database if needed. Refuses a database that already holds the demo: point
    PLENARY_DATABASE_URL at a fresh one to load it again.
    """
    # Read afresh, not through the process-wide cache, so PLENARY_* set by a caller count.
    settings = Settings()
    target = make_url(settings.database_url).render_as_string(hide_password=True)
    announced = False

    def progress(line: str) -> None:
        # Announced with the first step done: a database refused before it (one holding the
        # demo already) gets its error line alone.
        nonlocal announced
        if not announced:
            click.echo(f"loading the demo into {target}", err=True)
            announced = True
        click.echo(f"  {line}", err=True)

    try:
        result = asyncio.run(load_demo(settings, seed=seed, progress=progress))
    except DemoError as exc:
        raise CommandError(str(exc)) from exc
    except DomainError as exc:
        raise CommandError(f"the demo could not be loaded: {exc.detail}") from exc
    except (OSError, SQLAlchemyError) as exc:
        raise CommandError(f"database error: {first_line(exc)}") from exc
    if as_json:
        click.echo(json.dumps(_as_json(result), ensure_ascii=False, indent=2))
    else:
        click.echo(_human(result))


demo: click.Command = _demo_command
