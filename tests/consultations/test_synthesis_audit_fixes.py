"""The synthesis as a secretariat reads it: when its data are from, how its paragraphs are
headed, what its representation summary says and how its Word tables are laid out."""

from __future__ import annotations

import io
import uuid
import zipfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import docx
import httpx
import matplotlib
from lxml import etree
from PIL import ImageFont
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from consultations.models import Document, DocumentVersion
from consultations.synthesis_docx import TABLE_TEXT_POINTS, TEXT_WIDTH_TWIPS, render_docx
from consultations.synthesis_model import Synthesis
from core.clock import utcnow
from tests.consultations.test_reports_helpers import Caller, Row, caller, insert_comments
from tests.consultations.test_synthesis_render import build_synthesis
from tests.factories import (
    DraftFixture,
    make_consultation,
    make_document,
    make_organization,
    make_round,
)


def _moment(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


async def _synthesis(
    client: httpx.AsyncClient, staff: Caller, round_id: object, fmt: str = "json"
) -> httpx.Response:
    response = await client.get(
        f"/v1/rounds/{round_id}/synthesis?format={fmt}", headers=staff.headers
    )
    assert response.status_code == 200, response.text
    return response


async def _round_with_staff(state: AppState, **round_times: Any) -> tuple[Caller, Any]:
    staff = await caller(state)
    consultation = await make_consultation(state, facilitators=[staff.user])
    draft = await make_document(state, consultation)
    return staff, await make_round(state, consultation, draft, **round_times)


async def test_data_as_of_a_scheduled_round_is_not_in_the_future(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff, round_ = await _round_with_staff(
        state, opens_at=utcnow() + timedelta(days=3), closes_at=utcnow() + timedelta(days=10)
    )
    synthesis = (await _synthesis(client, staff, round_.id)).json()
    assert _moment(synthesis["generated_for"]) <= utcnow()


async def test_data_as_of_moves_when_a_comment_is_hidden(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff, round_ = await _round_with_staff(state)
    organization = await make_organization(state)
    earlier, _later = await insert_comments(
        state, round_, [Row(organization.id, body="First."), Row(organization.id, body="Second.")]
    )
    before = (await _synthesis(client, staff, round_.id)).json()
    assert before == (await _synthesis(client, staff, round_.id)).json()  # unchanged data

    hidden = await client.post(
        f"/v1/comments/{earlier}/moderation",
        json={"decision": "hide", "reason": "Off topic."},
        headers=staff.headers,
    )
    assert hidden.status_code == 201, hidden.text
    after = (await _synthesis(client, staff, round_.id)).json()
    assert after["totals"]["comments"] == before["totals"]["comments"] - 1
    assert _moment(after["generated_for"]) > _moment(before["generated_for"])
    assert _moment(after["generated_for"]) <= utcnow()


# Paragraph headings ----------------------------------------------------------------------------

TITLED_DRAFT = """# Review of digital cooperation

We, the Member States,

Recalling our shared commitment to an inclusive digital future,

## I. Progress and remaining gaps

1. We welcome the progress made since the adoption of the Compact.

2. We note with concern that progress has been uneven.

## Annex I

### Follow-up and review

1. A biennial forum shall review progress.

2. The forum shall:

   (a) Consider a progress report;

   (b) Hear contributions from all stakeholder groups.
"""


async def _titled_round(client: httpx.AsyncClient, state: AppState) -> tuple[Caller, Any]:
    staff = await caller(state, role="secretariat")
    consultation = await make_consultation(state)
    imported = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Review", "language": "en", "format": "markdown", "content": TITLED_DRAFT},
        headers=staff.headers,
    )
    assert imported.status_code == 201, imported.text
    async with AsyncSession(state.engine, expire_on_commit=False) as session:
        document = await session.get(Document, uuid.UUID(imported.json()["id"]))
        version = (
            await session.exec(
                select(DocumentVersion).where(DocumentVersion.document_id == document.id)
            )
        ).one()
    round_ = await make_round(state, consultation, DraftFixture(document, version, ()))
    organization = await make_organization(state)
    await insert_comments(
        state,
        round_,
        [Row(organization.id, anchor="1"), Row(organization.id, anchor="annex-1/2.a")],
    )
    return staff, round_


async def test_headings_cite_annex_paragraphs_and_leave_out_the_document_title(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff, round_ = await _titled_round(client, state)
    synthesis = (await _synthesis(client, staff, round_.id)).json()
    paragraphs = {paragraph["anchor"]: paragraph for paragraph in synthesis["paragraphs"]}
    assert "p-1" not in paragraphs  # the title, uncommented
    assert paragraphs["1"]["heading_path"] == ["I. Progress and remaining gaps"]
    assert paragraphs["pp1"]["heading_path"] == []
    assert paragraphs["annex-1/2.a"]["label"] == "2 (a)"
    assert paragraphs["annex-1/2.a"]["reference"] == "Annex I, 2 (a)"
    assert paragraphs["1"]["reference"] == "Paragraph 1"
    assert paragraphs["pp1"]["label"] is None
    assert paragraphs["pp1"]["reference"] == "Preambular paragraph 1"

    markdown = (await _synthesis(client, staff, round_.id, "markdown")).text
    assert "### Annex I, 2 (a) · `annex-1/2.a`" in markdown
    assert "### Preambular paragraph 1 · `pp1`" in markdown
    assert "Review of digital cooperation ›" not in markdown
    word = docx.Document(io.BytesIO((await _synthesis(client, staff, round_.id, "docx")).content))
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 2"]
    assert "Annex I, 2 (a) [annex-1/2.a]" in headings
    assert "p-1" not in headings


# Word tables ------------------------------------------------------------------------------------

_WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _word_body(synthesis: Synthesis) -> Any:
    with zipfile.ZipFile(io.BytesIO(render_docx(synthesis))) as package:
        return etree.fromstring(package.read("word/document.xml")).find(f"{_WORD}body")


def _cell_text(cell: Any) -> str:
    return "".join(cell.itertext())


def _points_wide(text: str, bold: bool) -> float:
    """Measured apart from the renderer, with Pillow, in the font LibreOffice falls back on."""
    name = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
    font = ImageFont.truetype(str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name), 900)
    return font.getlength(text) * TABLE_TEXT_POINTS / 900


def test_word_tables_never_touch() -> None:
    body = _word_body(build_synthesis())
    tags = [child.tag for child in body]
    assert tags.count(f"{_WORD}tbl") > 3
    touching = [i for i in range(1, len(tags)) if tags[i] == tags[i - 1] == f"{_WORD}tbl"]
    assert touching == []


def test_word_table_columns_fit_headers_and_tracking_numbers_within_the_page() -> None:
    body = _word_body(build_synthesis())
    margins = 2 * 108
    for table in body.iter(f"{_WORD}tbl"):
        # Autofit would let Word and LibreOffice redistribute the widths computed here.
        layout = table.find(f"{_WORD}tblPr/{_WORD}tblLayout")
        assert layout is not None
        assert layout.get(f"{_WORD}type") == "fixed"
        widths = [int(column.get(f"{_WORD}w")) for column in table.iter(f"{_WORD}gridCol")]
        assert sum(widths) <= TEXT_WIDTH_TWIPS
        [header, *rows] = table.findall(f"{_WORD}tr")
        headers = [_cell_text(cell) for cell in header.findall(f"{_WORD}tc")]
        for row in table.findall(f"{_WORD}tr"):
            if row.find(f"{_WORD}trPr/{_WORD}tblHeader") is None:
                continue
            column = 0
            for cell in row.findall(f"{_WORD}tc"):
                # A header over several columns (the representation's "Organizations").
                span = cell.find(f"{_WORD}tcPr/{_WORD}gridSpan")
                count = 1 if span is None else int(span.get(f"{_WORD}val"))
                title, width = _cell_text(cell), sum(widths[column : column + count])
                for word in title.split():
                    assert _points_wide(word, bold=True) * 20 <= width - margins, (title, width)
                column += count
            assert column == len(widths)
        if "Comment" not in headers:
            continue
        column = headers.index("Comment")
        width = widths[column]
        for row in rows:
            tracking_number = _cell_text(row.findall(f"{_WORD}tc")[column])
            assert _points_wide(tracking_number, bold=False) * 20 <= width - margins


# Representation summary -------------------------------------------------------------------------


async def test_markdown_and_word_state_the_representation_headline(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff, round_ = await _round_with_staff(state)
    organization = await make_organization(state, stakeholder_group="academia")
    await insert_comments(state, round_, [Row(organization.id), Row(organization.id)])
    headline = "2 comments from 1 organization. Balance index 0.00"
    markdown = (await _synthesis(client, staff, round_.id, "markdown")).text
    stakeholder_section = markdown.split("## Representation by stakeholder group")[1]
    assert headline in stakeholder_section.split("##")[0]
    assert "Under-represented: Government, " in stakeholder_section
    word = docx.Document(io.BytesIO((await _synthesis(client, staff, round_.id, "docx")).content))
    assert any(paragraph.text.startswith(headline) for paragraph in word.paragraphs)
