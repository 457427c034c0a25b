"""The synthesis lists every paragraph of the version but an uncommented chapeau (or document
title), which asks for no input as in coverage's ``no_input``; Markdown and Word tell their
readers so (they listed every other uncommented paragraph and left the chapeau out unsaid)."""

from __future__ import annotations

import io
import uuid

import docx
import httpx
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from consultations.models import Round
from tests.consultations.test_comment_versions_stop31 import first_reading
from tests.consultations.test_reports_helpers import Row, insert_comments
from tests.factories import make_organization

DOCUMENT = """The General Assembly,

Recalling its resolution 70/1,

1. Decides to establish a panel;

2. Decides to remain seized.
"""
TOLD = "except the chapeau (“The General Assembly,”) and the document's own title"


async def test_an_uncommented_chapeau_is_left_out_and_the_readers_are_told(
    client: httpx.AsyncClient, state: AppState
) -> None:
    _, round_id, _, _, _ = await first_reading(client, state, "en", DOCUMENT)
    async with AsyncSession(state.engine) as session:
        round_ = await session.get(Round, uuid.UUID(round_id))
    assert round_ is not None
    await insert_comments(state, round_, [Row((await make_organization(state)).id, anchor="1")])
    url = f"/v1/rounds/{round_id}/synthesis"

    coverage = (await client.get(f"/v1/rounds/{round_id}/coverage")).json()
    synthesis = (await client.get(url, params={"format": "json"})).json()
    listed = [paragraph["anchor"] for paragraph in synthesis["paragraphs"]]
    assert [item["anchor"] for item in coverage["anchors"]] == ["p-1", *listed]
    assert coverage["no_input"] == ["pp1", "2"]

    markdown = await client.get(url, params={"format": "markdown"})
    assert TOLD in markdown.text
    assert "`p-1`" not in markdown.text
    word = await client.get(url, params={"format": "docx"})
    texts = [p.text for p in docx.Document(io.BytesIO(word.content)).paragraphs]
    assert [text for text in texts if TOLD in text]
