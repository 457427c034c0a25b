"""A paragraph printed without a number has a reader's citation too (stop 34): the chapeau is
"Chapeau", another unnumbered paragraph by its opening words, in the annex it is in, in the
JSON's reference and the Markdown heading alike."""

from __future__ import annotations

import uuid

import httpx
import orjson
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from consultations.models import Round
from tests.consultations.test_comment_versions_stop31 import first_reading
from tests.consultations.test_exports2_stop31 import _references
from tests.consultations.test_reports_helpers import Row, insert_comments
from tests.factories import make_organization

DOCUMENT = """The General Assembly,

Recalling its resolution 70/1,

1. Decides to establish a panel;

Annex I

Terms of reference

This annex sets out how the panel works and is not itself numbered in any way.

1. The panel shall be independent.
"""


async def test_unnumbered_paragraphs_are_cited_as_a_reader_would(
    client: httpx.AsyncClient, state: AppState
) -> None:
    document_id, round_id, _, _, secretariat = await first_reading(client, state, "en", DOCUMENT)
    paragraphs = await client.get(
        f"/v1/documents/{document_id}/versions/1/paragraphs", headers=secretariat
    )
    anchors = {p["text"]: p["anchor"] for p in paragraphs.json()["items"]}
    chapeau = anchors["The General Assembly,"]
    opening = anchors[
        "This annex sets out how the panel works and is not itself numbered in any way."
    ]
    async with AsyncSession(state.engine) as session:
        round_ = await session.get(Round, uuid.UUID(round_id))
    assert round_ is not None
    ngo = await make_organization(state)
    await insert_comments(state, round_, [Row(ngo.id, anchor=a) for a in (chapeau, opening)])
    report = await client.get(f"/v1/rounds/{round_id}/synthesis", params={"format": "json"})
    references = _references(orjson.loads(report.content))
    assert references[chapeau] == "Chapeau"
    assert (
        references[opening]
        == 'Annex I, paragraph beginning "This annex sets out how the panel works…"'
    )
    markdown = await client.get(f"/v1/rounds/{round_id}/synthesis", params={"format": "markdown"})
    assert f"### Chapeau · `{chapeau}`" in markdown.text
    assert (
        f'### Annex I, paragraph beginning "This annex sets out how the panel works…" · `{opening}`'
        in markdown.text
    )
