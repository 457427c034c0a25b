"""An export job answers its statuses as `statuses`; the request takes that name as well as
`status`, so a client sending back what it read is understood."""

import httpx

from api.state import AppState
from tests.consultations.test_export_job_language import _scenario


async def test_a_job_takes_its_statuses_under_the_name_it_gives_them(
    client: httpx.AsyncClient, state: AppState
) -> None:
    s = await _scenario(state)
    url = f"/v1/rounds/{s['round'].id}/exports"
    for name in ("status", "statuses"):
        created = await client.post(
            url, json={"format": "csv", name: ["withdrawn"]}, headers=s["headers"]
        )
        assert created.status_code == 202, created.text
        job = await client.get(f"/v1/exports/{created.json()['id']}", headers=s["headers"])
        assert job.json()["statuses"] == ["withdrawn"]


async def test_both_names_at_once_are_refused(client: httpx.AsyncClient, state: AppState) -> None:
    s = await _scenario(state)
    refused = await client.post(
        f"/v1/rounds/{s['round'].id}/exports",
        json={"format": "csv", "status": ["published"], "statuses": ["withdrawn"]},
        headers=s["headers"],
    )
    assert refused.status_code == 422, refused.text
    (error,) = refused.json()["errors"]
    assert error["loc"] == ["body", "statuses"]
    assert "not both" in error["msg"]
