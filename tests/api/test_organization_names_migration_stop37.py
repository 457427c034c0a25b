"""Migration 0009 on a database holding organizations registered twice: every row is kept, the
earliest of each name and country holds the name (the unique index), the later ones hold none
until a decision, and the stored country groups are dropped; its downgrade brings them back."""

import asyncio

import httpx
import sqlalchemy as sa
from alembic import command

from api.db import alembic_config, upgrade
from api.state import AppState
from auth.countries import classify
from tests.factories import bearer, make_organization, make_user, token_for

_organizations = sa.table(
    "organizations",
    sa.column("id", sa.Uuid()),
    sa.column("verification", sa.String()),
    sa.column("name_key", sa.String()),
    sa.column("name_digest", sa.String()),
    sa.column("country_groups", sa.JSON()),
)


async def _columns(state: AppState) -> set[str]:
    async with state.engine.connect() as connection:
        return await connection.run_sync(
            lambda sync: {c["name"] for c in sa.inspect(sync).get_columns("organizations")}
        )


async def test_duplicates_are_kept_and_the_earliest_holds_the_name(
    state: AppState, database_url: str, client: httpx.AsyncClient
) -> None:
    # Rejected, so that the index lets them in; made duplicates below, before the index.
    earliest = await make_organization(state, name="Open Data Kenya", verification="rejected")
    later = await make_organization(state, name="OPEN DATA  KENYA", verification="rejected")
    elsewhere = await make_organization(
        state, name="Open Data Kenya", country="UGA", verification="rejected"
    )
    config = alembic_config(database_url)
    await asyncio.to_thread(command.downgrade, config, "0008")
    async with state.engine.begin() as connection:
        await connection.execute(
            _organizations.update()
            .where(_organizations.c.id.in_([earliest.id, elsewhere.id]))
            .values(verification="verified")
        )
        await connection.execute(
            _organizations.update()
            .where(_organizations.c.id == later.id)
            .values(verification="pending")
        )

    await upgrade(database_url)

    assert "country_groups" not in await _columns(state)
    async with state.engine.connect() as connection:
        rows = {
            row.id: row
            for row in await connection.execute(
                sa.select(
                    _organizations.c.id, _organizations.c.name_key, _organizations.c.name_digest
                )
            )
        }
    assert rows[earliest.id].name_key == rows[later.id].name_key == "open data kenya"
    assert rows[earliest.id].name_digest is not None
    assert rows[later.id].name_digest is None
    assert rows[elsewhere.id].name_digest == rows[earliest.id].name_digest

    staff = bearer(await token_for(state, await make_user(state, role="secretariat")))
    again = await client.post(
        "/v1/organizations",
        json={"name": "Open Data Kenya", "stakeholder_group": "civil_society", "country": "KEN"},
        headers=bearer(await token_for(state, await make_user(state))),
    )
    assert again.status_code == 409, again.text
    assert str(earliest.id) in again.json()["detail"]
    decide = f"/v1/organizations/{later.id}/verification"
    verified = await client.post(decide, json={"decision": "verified"}, headers=staff)
    assert verified.status_code == 409, verified.text
    assert str(earliest.id) in verified.json()["detail"]
    rejected = await client.post(
        decide, json={"decision": "rejected", "note": "Registered twice."}, headers=staff
    )
    assert rejected.status_code == 200, rejected.text

    await asyncio.to_thread(command.downgrade, config, "0008")

    assert {"name_key", "name_digest"}.isdisjoint(await _columns(state))
    async with state.engine.connect() as connection:
        groups = dict(
            (
                await connection.execute(
                    sa.select(_organizations.c.id, _organizations.c.country_groups)
                )
            ).all()
        )
    assert groups[earliest.id] == list(classify("KEN").country_groups)
    assert groups[elsewhere.id] == list(classify("UGA").country_groups)
    await upgrade(database_url)
