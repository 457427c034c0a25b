"""Migrations: one linear history that matches the models, on SQLite and PostgreSQL."""

from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from api.app import create_app
from api.db import UnmigratedDatabaseError, alembic_config, current_revision, head_revision
from tests.conftest import POSTGRES_URL, make_settings


def test_history_is_linear() -> None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert len(script.get_heads()) == 1
    assert len(script.get_bases()) == 1


async def test_models_match_migrations(migrated_database: str) -> None:
    """`alembic check` after `upgrade head`: fails when a model changed without a migration."""
    import asyncio

    await asyncio.to_thread(command.check, alembic_config(migrated_database))


@pytest.mark.skipif(POSTGRES_URL is not None, reason="needs a database of its own")
async def test_unmigrated_database_refuses_to_start(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}"
    app = create_app(make_settings(url))
    with pytest.raises(UnmigratedDatabaseError, match="plenary db upgrade"):
        async with app.router.lifespan_context(app):
            pass


@pytest.mark.skipif(POSTGRES_URL is not None, reason="needs a database of its own")
async def test_auto_migrate_brings_an_empty_database_to_head(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'fresh.db'}"
    app = create_app(make_settings(url, auto_migrate=True))
    async with app.router.lifespan_context(app):
        assert await current_revision(app.state.plenary.engine) == head_revision(url)
