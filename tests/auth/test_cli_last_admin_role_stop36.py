"""`plenary users set-role` does not demote the last admin: nobody could grant roles through the
API any more, as erasing the last admin's account (DELETE /v1/me) is refused for."""

import asyncio

import pytest
from click.testing import CliRunner, Result
from sqlmodel.ext.asyncio.session import AsyncSession

from api.cli import main
from api.state import AppState
from auth.models import User
from tests.auth.test_cli_identity import cli_env, one_line_error  # noqa: F401 (the fixture)
from tests.factories import make_user


async def _set_role(email: str, role: str) -> Result:
    command = ["users", "set-role", "--email", email, "--role", role]
    return await asyncio.to_thread(CliRunner().invoke, main, command)


async def _role_of(state: AppState, user: User) -> str:
    async with AsyncSession(state.engine) as session:
        stored = await session.get(User, user.id)
    assert stored is not None
    return stored.role


@pytest.mark.parametrize("role", ["registered", "secretariat"])
async def test_the_last_admin_keeps_the_role(
    cli_env: str,  # noqa: F811
    state: AppState,
    role: str,
) -> None:
    admin = await make_user(state, email="only-admin@example.org", role="admin")
    refused = await _set_role(admin.email, role)
    assert "last administrator" in one_line_error(refused, exit_code=1)
    assert await _role_of(state, admin) == "admin"
    still_admin = await _set_role(admin.email, "admin")
    assert still_admin.exit_code == 0, still_admin.output


async def test_an_admin_with_a_colleague_can_be_demoted_once(
    cli_env: str,  # noqa: F811
    state: AppState,
) -> None:
    first = await make_user(state, email="first-admin@example.org", role="admin")
    second = await make_user(state, email="second-admin@example.org", role="admin")
    demoted = await _set_role(first.email, "registered")
    assert demoted.exit_code == 0, demoted.output
    refused = await _set_role(second.email, "registered")
    assert "last administrator" in one_line_error(refused, exit_code=1)
    assert (await _role_of(state, first), await _role_of(state, second)) == ("registered", "admin")


async def test_two_admins_demoted_at_once_leave_one_admin(
    cli_env: str,  # noqa: F811
    state: AppState,
) -> None:
    first = await make_user(state, email="first-admin@example.org", role="admin")
    second = await make_user(state, email="second-admin@example.org", role="admin")
    results = await asyncio.gather(
        _set_role(first.email, "secretariat"), _set_role(second.email, "secretariat")
    )
    assert sorted(result.exit_code for result in results) == [0, 1]
    roles = {await _role_of(state, first), await _role_of(state, second)}
    assert roles == {"admin", "secretariat"}
