"""Audit of the synthesis files: cluster ids, CSV order, Word tables, chart and headings."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import docx
import httpx
import matplotlib
from lxml import etree
from PIL import ImageFont

from api.state import AppState
from consultations.synthesis_docx import TABLE_TEXT_POINTS, TEXT_WIDTH_TWIPS
from tests.consultations.test_comments import submit
from tests.consultations.test_reports_helpers import (
    Caller,
    Row,
    facilitated_round,
    insert_comments,
)
from tests.consultations.test_synthesis_audit_fixes import _titled_round
from tests.factories import (
    make_organization,
    make_user,
    token_for,
)

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
    staff, round_ = await facilitated_round(state)
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
    staff, round_ = await facilitated_round(state)
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


# Word tables ------------------------------------------------------------------------------------

_WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
AMENDED = (
    "We welcome the progress made since the adoption of the Compact in expanding meaningful "
    "connectivity, in particular through community networks and shared infrastructure."
)


def _word_tables(content: bytes) -> list[tuple[list[str], list[int], list[list[str]]]]:
    """Each table's headers, column widths (twips) and rows of cell texts."""
    with zipfile.ZipFile(io.BytesIO(content)) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    tables = []
    for table in body.iter(f"{_WORD}tbl"):
        widths = [int(column.get(f"{_WORD}w")) for column in table.iter(f"{_WORD}gridCol")]
        header, *rows = (
            ["".join(cell.itertext()) for cell in row.findall(f"{_WORD}tc")]
            for row in table.findall(f"{_WORD}tr")
        )
        tables.append((header, widths, rows))
    return tables


def _points_wide(text: str, bold: bool) -> float:
    """Measured apart from the renderer, with Pillow, in the font LibreOffice falls back on."""
    name = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
    font = ImageFont.truetype(str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name), 900)
    return font.getlength(text) * TABLE_TEXT_POINTS / 900


async def test_word_free_text_columns_fit_their_words_before_tracking_numbers_stay_whole(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff, round_ = await facilitated_round(state, [("1", AMENDED)])
    representative = await make_user(state)
    igo = await make_organization(
        state,
        name="Asia-Pacific Centre for Digital Connectivity",
        stakeholder_group="intergovernmental_organization",
        representatives=[representative],
    )
    token = await token_for(state, representative)
    proposal = AMENDED.replace(
        "community networks", "independent, multidisciplinary community networks"
    )
    base = {"organization_id": str(igo.id), "anchor": "1", "language": "en"}
    for comment in (
        {
            "kind": "amendment",
            "body": "Our organization endorses paragraph 1 with a multidisciplinary approach.",
            "proposed_text": proposal,
        },
        {"kind": "comment", "body": "Intergovernmental cooperation is essential."},
    ):
        submitted = await submit(client, round_.id, token, base | comment)
        assert submitted.status_code == 201, submitted.text

    content = (await _synthesis(client, staff, round_.id, "docx")).content
    padding = 2 * 108
    tables = {tuple(header): (widths, rows) for header, widths, rows in _word_tables(content)}
    amendments = tables["Organization", "Group", "Proposed text", "Explanation", "Comment"]
    others = tables["Comment", "Organization", "Group", "Position", "Text"]
    # The proposed text is measured in bold, as a redline's inserted words are.
    layouts = ((amendments, 4, ((2, True), (3, False))), (others, 0, ((4, False),)))
    for (widths, rows), tracking, free_text in layouts:
        assert sum(widths) <= TEXT_WIDTH_TWIPS
        for column, bold in free_text:
            longest = max(
                _points_wide(word, bold) * 20 for row in rows for word in row[column].split()
            )
            assert longest <= widths[column] - padding, (column, widths)
            assert widths[column] > widths[tracking], (column, widths)
        # A tracking number that does not fit whole wraps after a hyphen before a letter.
        for row in rows:
            for piece in re.split(r"(?<=-)(?=\D)", row[tracking]):
                assert _points_wide(piece, bold=False) * 20 <= widths[tracking] - padding


async def test_word_chart_stays_on_the_page_of_its_caption(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff, round_ = await facilitated_round(state)
    ngo = await make_organization(state)
    await insert_comments(state, round_, [Row(ngo.id)])
    content = (await _synthesis(client, staff, round_.id, "docx")).content
    with zipfile.ZipFile(io.BytesIO(content)) as package:
        body = etree.fromstring(package.read("word/document.xml")).find(f"{_WORD}body")
    paragraphs = body.findall(f"{_WORD}p")
    [chart] = [i for i, p in enumerate(paragraphs) if p.find(f".//{_WORD}drawing") is not None]
    caption = paragraphs[chart + 1]
    assert "".join(caption.itertext()).startswith("Figure:")
    assert paragraphs[chart].find(f"{_WORD}pPr/{_WORD}keepNext") is not None


async def test_numbered_paragraphs_are_cited_as_paragraphs(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff, round_ = await _titled_round(client, state)
    synthesis = (await _synthesis(client, staff, round_.id, "json")).json()
    references = {p["anchor"]: p["reference"] for p in synthesis["paragraphs"]}
    assert references["1"] == "Paragraph 1"
    assert references["2"] == "Paragraph 2"
    assert references["annex-1/2.a"] == "Annex I, 2 (a)"
    assert references["pp1"] == "Preambular paragraph 1"

    markdown = (await _synthesis(client, staff, round_.id, "markdown")).text
    assert "### Paragraph 1 · `1`" in markdown
    word = docx.Document(io.BytesIO((await _synthesis(client, staff, round_.id, "docx")).content))
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 2"]
    assert "Paragraph 1 [1]" in headings
    assert "1" not in headings


# Redlines ---------------------------------------------------------------------------------------


async def test_redlines_keep_a_word_followed_by_new_punctuation(
    client: httpx.AsyncClient, state: AppState
) -> None:
    paragraph = "Decides to establish an independent scientific panel on AI."
    proposal = "Decides to establish an independent, multidisciplinary scientific panel on AI."
    staff, round_ = await facilitated_round(state, [("1", paragraph)])
    ngo = await make_organization(state)
    await insert_comments(
        state, round_, [Row(ngo.id, kind="amendment", body="Add.", proposed_text=proposal)]
    )

    markdown = (await _synthesis(client, staff, round_.id, "markdown")).text
    [changes] = [line.strip() for line in markdown.splitlines() if "Changes:" in line]
    assert changes == (
        "Changes: … to establish an independent**, multidisciplinary** scientific panel on AI."
    )
    word = docx.Document(io.BytesIO((await _synthesis(client, staff, round_.id, "docx")).content))
    [cell] = [
        cell
        for table in word.tables
        for cell in table.columns[2].cells
        if cell.text.startswith("Decides")
    ]
    runs = [run for paragraph in cell.paragraphs for run in paragraph.runs]
    assert "".join(run.text for run in runs) == proposal
    assert [run.text for run in runs if run.font.strike] == []
    assert [run.text for run in runs if run.bold] == [", multidisciplinary"]
