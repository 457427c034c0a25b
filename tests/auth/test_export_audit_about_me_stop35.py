"""A person's data export holds the audit entries about them, not only those they acted in:
being added as a representative by someone else names them in the entry's data, and their
export lists it (with who added them)."""

import httpx
import sqlalchemy as sa
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from moderation.models import AuditEntry
from tests.factories import bearer, make_organization, make_user, token_for


async def test_an_entry_naming_the_caller_in_its_data_is_exported(
    client: httpx.AsyncClient, state: AppState
) -> None:
    alice = await make_user(state)
    bob = await make_user(state, email="bob@example.org")
    stranger = await make_user(state)
    organization = await make_organization(state, verification="pending", representatives=[alice])
    added = await client.post(
        f"/v1/organizations/{organization.id}/representatives",
        json={"email": "BOB@example.org"},
        headers=bearer(await token_for(state, alice)),
    )
    assert added.status_code == 201, added.text

    bobs = (await client.get("/v1/me/export", headers=bearer(await token_for(state, bob)))).json()
    (entry,) = [e for e in bobs["audit_entries"] if e["event"] == "representative.added"]
    assert entry["actor_id"] == str(alice.id)
    assert entry["data"] == {"user_id": str(bob.id)}
    alices = (
        await client.get("/v1/me/export", headers=bearer(await token_for(state, alice)))
    ).json()
    assert [e["seq"] for e in alices["audit_entries"]] == [entry["seq"]]
    strangers = (
        await client.get("/v1/me/export", headers=bearer(await token_for(state, stranger)))
    ).json()
    assert strangers["audit_entries"] == []


async def test_the_export_reads_indexes_not_the_whole_log(state: AppState) -> None:
    async with AsyncSession(state.engine) as session:
        connection = await session.connection()
        if connection.dialect.name != "sqlite":
            return
        entries = AuditEntry.__table__
        query = sa.select(entries).where(
            sa.or_(entries.c.actor_id == "x", entries.c.concerns_user_id == "x")
        )
        compiled = query.compile(connection.engine, compile_kwargs={"literal_binds": True})
        plan = (await connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")).all()
    details = " ".join(str(row[-1]) for row in plan)
    assert "ix_audit_entries_actor_id" in details
    assert "ix_audit_entries_concerns_user_id" in details
