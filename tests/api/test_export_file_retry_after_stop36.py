"""The 409 of an export job's file declares the `Retry-After` it carries while the job is
queued or running, as optional: a failed job's 409 has none."""

import httpx

from api.state import AppState
from core.clock import utcnow
from tests.consultations.test_exports_api import _job, _scenario

FILE_PATH = "/v1/exports/{export_id}/file"


async def test_the_file_409_declares_its_optional_retry_after(
    client: httpx.AsyncClient, state: AppState
) -> None:
    document = (await client.get("/openapi.json")).json()
    declared = document["paths"][FILE_PATH]["get"]["responses"]["409"].get("headers", {})
    retry_after = declared.get("Retry-After")
    assert retry_after is not None, declared
    assert not retry_after.get("required")
    assert "failed" in retry_after["description"]
    assert retry_after["schema"]["type"] == "integer"

    s = await _scenario(state)
    running = await _job(state, s["round"].id, status="running", heartbeat_at=utcnow())
    refused = await client.get(f"/v1/exports/{running.id}/file", headers=s["staff"].headers)
    assert refused.status_code == 409
    assert int(refused.headers["retry-after"]) >= 0
    failed = await _job(state, s["round"].id, status="failed", error="the disk is full")
    refused = await client.get(f"/v1/exports/{failed.id}/file", headers=s["staff"].headers)
    assert refused.status_code == 409
    assert "retry-after" not in refused.headers
