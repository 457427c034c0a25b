"""Resources that change without a revision of their own answer an ETag of their content: the
caller (`GET /v1/me`) and an export job."""

from __future__ import annotations

import httpx
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from consultations.models import ExportJob
from core.clock import utcnow
from tests.consultations.test_reports_helpers import facilitated_round
from tests.factories import bearer, make_organization, make_user, token_for


async def test_the_callers_etag_changes_with_their_memberships(
    client: httpx.AsyncClient, state: AppState
) -> None:
    user = await make_user(state)
    headers = bearer(await token_for(state, user))
    first = await client.get("/v1/me", headers=headers)
    again = await client.get("/v1/me", headers=headers)
    assert first.headers["etag"].startswith('"')
    assert first.headers["etag"] == again.headers["etag"]
    await make_organization(state, representatives=[user])
    member = await client.get("/v1/me", headers=headers)
    assert member.json()["memberships"]
    assert member.headers["etag"] != first.headers["etag"]


async def test_an_export_jobs_etag_changes_with_its_progress(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff, round_ = await facilitated_round(state)
    job = ExportJob(
        round_id=round_.id,
        kind="comments",
        format="csv",
        statuses=["published"],
        status="running",
        heartbeat_at=utcnow(),
    )
    async with AsyncSession(state.engine, expire_on_commit=False) as session:
        session.add(job)
        await session.commit()
    url = f"/v1/exports/{job.id}"
    running = await client.get(url, headers=staff.headers)
    assert running.headers["etag"] == (await client.get(url, headers=staff.headers)).headers["etag"]
    async with AsyncSession(state.engine) as session:
        stored = await session.get(ExportJob, job.id)
        assert stored is not None
        stored.progress = 0.5
        session.add(stored)
        await session.commit()
    halfway = await client.get(url, headers=staff.headers)
    assert halfway.json()["progress"] == 0.5
    assert halfway.headers["etag"] != running.headers["etag"]
