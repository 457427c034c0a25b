"""Audit of the synthesis files: cluster ids a spreadsheet keeps as text."""

from __future__ import annotations

import csv
import io
from typing import Any

import httpx

from api.state import AppState
from tests.consultations.test_reports_helpers import Caller, Row, caller, insert_comments
from tests.factories import make_consultation, make_document, make_organization, make_round

LETTER = (
    "We urge the co-facilitators to commit to universal, meaningful and affordable "
    "connectivity for every school and health centre by 2030."
)
GENERAL = "The draft as a whole should say more about financing the digital public goods."


async def _synthesis(
    client: httpx.AsyncClient, staff: Caller, round_id: Any, fmt: str
) -> httpx.Response:
    response = await client.get(
        f"/v1/rounds/{round_id}/synthesis", params={"format": fmt}, headers=staff.headers
    )
    assert response.status_code == 200, response.text
    return response


async def test_cluster_ids_are_no_dates_or_numbers_to_a_spreadsheet(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff = await caller(state)
    consultation = await make_consultation(state, facilitators=[staff.user])
    round_ = await make_round(state, consultation, await make_document(state, consultation))
    ngo = await make_organization(state, stakeholder_group="civil_society")
    uni = await make_organization(state, stakeholder_group="academia")
    await insert_comments(
        state,
        round_,
        [
            Row(ngo.id, anchor="1", body=LETTER),
            Row(uni.id, anchor="1", body=LETTER + " Indeed."),
            Row(ngo.id, anchor="3.a", body=LETTER),
            Row(uni.id, anchor="3.a", body="Indeed, " + LETTER),
            Row(ngo.id, anchor=None, body=GENERAL),
            Row(uni.id, anchor=None, body=GENERAL + " Thank you."),
        ],
    )

    synthesis = (await _synthesis(client, staff, round_.id, "json")).json()
    paragraph_clusters = {
        paragraph["anchor"]: [cluster["id"] for cluster in paragraph["clusters"]]
        for paragraph in synthesis["paragraphs"]
        if paragraph["clusters"]
    }
    assert paragraph_clusters == {"1": ["1#1"], "3.a": ["3.a#1"]}
    assert [cluster["id"] for cluster in synthesis["general"]["clusters"]] == ["general#1"]
    json_cells = sorted(comment["cluster_id"] for comment in synthesis["comments"])

    content = (await _synthesis(client, staff, round_.id, "csv")).content.decode("utf-8-sig")
    csv_cells = sorted(row["cluster_id"] for row in csv.DictReader(io.StringIO(content)))
    assert csv_cells == json_cells == ["1#1", "1#1", "3.a#1", "3.a#1", "general#1", "general#1"]


async def test_synthesis_csv_lists_comments_in_document_order(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff = await caller(state)
    consultation = await make_consultation(state, facilitators=[staff.user])
    round_ = await make_round(state, consultation, await make_document(state, consultation))
    ngo = await make_organization(state)
    submitted = ["3.a", None, "2", "1", "3", "1", None]
    ids = await insert_comments(
        state,
        round_,
        [
            Row(ngo.id, anchor=anchor, body=f"Comment {n} on {anchor}.")
            for n, anchor in enumerate(submitted)
        ],
    )

    content = (await _synthesis(client, staff, round_.id, "csv")).content.decode("utf-8-sig")
    rows = [(row["anchor"], row["comment_id"]) for row in csv.DictReader(io.StringIO(content))]
    # By paragraph in document order, then submission; general comments last.
    document_order = ["1", "2", "3", "3.a", "3.b", None]
    order = sorted(range(len(ids)), key=lambda n: (document_order.index(submitted[n]), n))
    assert rows == [(submitted[n] or "", str(ids[n])) for n in order]
