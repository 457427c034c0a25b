"""Fixtures of the command-line tests."""

import pytest


@pytest.fixture
def cli_env(database_url: str) -> dict[str, str]:
    """The environment a CLI command runs in: the test database, no access log."""
    return {"PLENARY_DATABASE_URL": database_url, "PLENARY_ACCESS_LOG": "0"}
