"""Audit of the comments export: the CSV and NDJSON records carry the same comment fields.

Clusters belong to the synthesis (see consultations.exports): the comments export has no
``cluster_id`` column, and both formats carry the stored ``campaign_id``.
"""

from __future__ import annotations

import csv
import io
import uuid

import httpx
import orjson

from api.state import AppState
from tests.consultations.test_reports_helpers import Row, facilitated_round, insert_comments
from tests.factories import make_organization

CAMPAIGN = uuid.UUID("01a20496-35c1-74d7-b1f7-5e9e031a397f")


async def test_csv_and_ndjson_exports_carry_the_campaign_and_no_cluster(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff, round_ = await facilitated_round(state)
    ngo = await make_organization(state, stakeholder_group="civil_society")
    letter = "We ask that the text name persons with disabilities."
    ids = await insert_comments(
        state,
        round_,
        [
            Row(ngo.id, anchor="1", body=letter, campaign_id=CAMPAIGN),
            Row(ngo.id, anchor="1", body=letter, campaign_id=CAMPAIGN),
            Row(ngo.id, anchor="2", body="A comment of its own."),
        ],
    )
    url = f"/v1/rounds/{round_.id}/comments/export"

    exported_csv = await client.get(url, params={"format": "csv"}, headers=staff.headers)
    assert exported_csv.status_code == 200, exported_csv.text
    reader = csv.DictReader(io.StringIO(exported_csv.content.decode("utf-8-sig"), newline=""))
    csv_campaigns = {row["comment_id"]: row["campaign_id"] for row in reader}
    assert "cluster_id" not in (reader.fieldnames or [])

    exported_ndjson = await client.get(url, params={"format": "ndjson"}, headers=staff.headers)
    assert exported_ndjson.status_code == 200, exported_ndjson.text
    records = [orjson.loads(line) for line in exported_ndjson.content.splitlines()]
    assert all("cluster_id" not in record for record in records)
    ndjson_campaigns = {record["id"]: record["campaign_id"] or "" for record in records}

    expected = {str(ids[0]): str(CAMPAIGN), str(ids[1]): str(CAMPAIGN), str(ids[2]): ""}
    assert csv_campaigns == ndjson_campaigns == expected
