"""`plenary users set-password` without --password reads standard input when that is no
terminal, through the installed command: getpass would ask the controlling terminal instead
(waiting there when the password is piped in from a shell) and warn that input may be echoed."""

import asyncio
import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from api.state import AppState
from tests.auth.test_cli_set_password_stop36 import _signs_in
from tests.factories import PASSWORD, make_oauth_client, make_user

NEW_PASSWORD = "piped in passphrase"
PLENARY = Path(sys.executable).with_name("plenary")


def _environment(database_url: str) -> dict[str, str]:
    return os.environ | {"PLENARY_DATABASE_URL": database_url, "PLENARY_ACCESS_LOG": "0"}


async def _set_password_piped(
    database_url: str, email: str, piped: str
) -> subprocess.CompletedProcess[str]:
    return await asyncio.to_thread(
        subprocess.run,
        [str(PLENARY), "users", "set-password", "--email", email],
        input=piped,
        capture_output=True,
        text=True,
        env=_environment(database_url),
        timeout=30,
        start_new_session=True,  # no controlling terminal, as under cron or CI
    )


async def test_two_piped_lines_set_the_password_without_prompts_or_warnings(
    database_url: str, state: AppState, client: httpx.AsyncClient
) -> None:
    user = await make_user(state, email="piped@example.org")
    client_id, _ = await make_oauth_client(state)
    done = await _set_password_piped(database_url, user.email, f"{NEW_PASSWORD}\n" * 2)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "New password" not in done.stdout
    assert await _signs_in(client, client_id, user.email, NEW_PASSWORD) == 302


@pytest.mark.parametrize(
    "piped", [f"{NEW_PASSWORD}\nsomething else entirely\n", f"{NEW_PASSWORD}\n", ""]
)
async def test_piped_lines_that_differ_or_are_missing_are_one_error_line(
    database_url: str, state: AppState, client: httpx.AsyncClient, piped: str
) -> None:
    user = await make_user(state, email="piped@example.org")
    client_id, _ = await make_oauth_client(state)
    done = await _set_password_piped(database_url, user.email, piped)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("Error: ")
    assert NEW_PASSWORD not in done.stderr
    assert await _signs_in(client, client_id, user.email, PASSWORD) == 302


@pytest.mark.skipif(shutil.which("script") is None, reason="needs script(1) for a terminal")
async def test_a_password_piped_in_on_a_terminal_is_read_from_the_pipe(
    database_url: str, state: AppState, client: httpx.AsyncClient
) -> None:
    user = await make_user(state, email="terminal@example.org")
    client_id, _ = await make_oauth_client(state)
    pipeline = f"printf '%s\\n%s\\n' '{NEW_PASSWORD}' '{NEW_PASSWORD}' | {PLENARY} " + (
        f"users set-password --email {user.email}"
    )
    done = await asyncio.to_thread(
        subprocess.run,
        ["script", "-qec", pipeline, "/dev/null"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=_environment(database_url),
        timeout=30,
    )
    assert done.returncode == 0, done.stdout
    assert "New password" not in done.stdout
    assert await _signs_in(client, client_id, user.email, NEW_PASSWORD) == 302
