"""Word synthesis layout: the representation tables fit the page with no word broken, numbers
are right-aligned, nothing that leads into a table or a quotation is left at a page's foot, and
Arabic reads from right to left."""

from __future__ import annotations

import io
import itertools
import zipfile
from dataclasses import replace
from pathlib import Path

import matplotlib
from lxml import etree
from PIL import ImageFont

from auth.schemas import STAKEHOLDER_GROUPS
from consultations.schemas import COUNTRY_GROUPS, REGIONAL_GROUPS
from consultations.synthesis_docx import TABLE_TEXT_POINTS, TEXT_WIDTH_TWIPS, render_docx
from consultations.synthesis_model import RepresentationLine, Synthesis
from tests.consultations.test_synthesis_render import (
    COMMENTS,
    NAMED,
    _campaign_round,
    build_synthesis,
)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Table Grid's cell margins, left and right.
PADDING = 2 * 108
STATUSES = ("balanced", "under", "over", "absent")


def _lines(keys: tuple[str, ...]) -> tuple[RepresentationLine, ...]:
    """Three-digit counts and a 100 % share: the widest numbers a round is likely to show."""
    return tuple(
        RepresentationLine(
            key=key,
            comments=100 + 97 * number,
            organizations=10 + 9 * number,
            comment_share=1.0 if number == 0 else 0.278,
            organization_share=1.0 if number == 0 else 0.235,
            target_share=0.2,
            status=STATUSES[number % len(STATUSES)],
        )
        for number, key in enumerate(keys)
    )


WIDE = replace(
    NAMED,
    representation=_lines(STAKEHOLDER_GROUPS),
    regional_group_representation=_lines(REGIONAL_GROUPS),
    country_group_representation=_lines(COUNTRY_GROUPS),
)


def _body(synthesis: Synthesis) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(render_docx(synthesis))) as package:
        return etree.fromstring(package.read("word/document.xml")).find(f"{_W}body")


def _points_wide(text: str, bold: bool) -> float:
    """Measured apart from the renderer, with Pillow, in the font LibreOffice falls back on."""
    name = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
    font = ImageFont.truetype(str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name), 900)
    return font.getlength(text) * TABLE_TEXT_POINTS / 900


def _text(element: etree._Element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{_W}t"))


def _cells(table: etree._Element) -> list[tuple[int, int, etree._Element]]:
    """Each cell with the first grid column it covers and how many it spans."""
    found = []
    for row in table.findall(f"{_W}tr"):
        column = 0
        for cell in row.findall(f"{_W}tc"):
            span_element = cell.find(f"{_W}tcPr/{_W}gridSpan")
            span = 1 if span_element is None else int(span_element.get(f"{_W}val"))
            found.append((column, span, cell))
            column += span
    return found


def _representation_tables(synthesis: Synthesis) -> list[etree._Element]:
    tables = _body(synthesis).findall(f"{_W}tbl")
    return [table for table in tables if "Target" in _text(table)]


def _widths(table: etree._Element) -> list[int]:
    return [int(column.get(f"{_W}w")) for column in table.iter(f"{_W}gridCol")]


def test_representation_tables_fit_the_page_and_break_no_word() -> None:
    tables = _representation_tables(WIDE)
    assert len(tables) == 3
    for table in tables:
        widths = _widths(table)
        assert sum(widths) <= TEXT_WIDTH_TWIPS
        for column, span, cell in _cells(table):
            room = sum(widths[column : column + span]) - PADDING
            for run in cell.iter(f"{_W}r"):
                bold = run.find(f"{_W}rPr/{_W}b") is not None
                for word in _text(run).split():
                    assert _points_wide(word, bold) * 20 <= room, (word, column, widths)


def test_representation_numbers_are_right_aligned_on_one_line() -> None:
    for table in _representation_tables(WIDE):
        widths = _widths(table)
        rows = table.findall(f"{_W}tr")
        body_rows = [row for row in rows if row.find(f"{_W}trPr/{_W}tblHeader") is None]
        assert len(body_rows) in (len(STAKEHOLDER_GROUPS), len(REGIONAL_GROUPS))
        for row in body_rows:
            cells = row.findall(f"{_W}tc")
            # Comments, organizations, organization share, target share.
            for column in (1, 2, 3, 4):
                cell = cells[column]
                text = _text(cell)
                assert text[0].isdigit(), text
                assert cell.find(f"{_W}p/{_W}pPr/{_W}jc").get(f"{_W}val") == "right"
                assert _points_wide(text, bold=False) * 20 <= widths[column] - PADDING, text
            assert cells[0].find(f"{_W}p/{_W}pPr/{_W}jc") is None  # the group reads leftward


def test_short_table_rows_do_not_split_across_pages() -> None:
    body = _body(WIDE)
    for table in body.findall(f"{_W}tbl"):
        headers = [_text(cell) for cell in table.find(f"{_W}tr").findall(f"{_W}tc")]
        if "Proposed text" in headers or "Text" in headers:
            continue  # an amendment or a comment can outgrow a page
        for row in table.findall(f"{_W}tr"):
            assert row.find(f"{_W}trPr/{_W}cantSplit") is not None, headers


def _keeps_with_next(paragraph: etree._Element) -> bool:
    return paragraph.find(f"{_W}pPr/{_W}keepNext") is not None


def _style(paragraph: etree._Element) -> str | None:
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    return None if style is None else style.get(f"{_W}val")


def test_what_leads_into_a_table_or_a_quotation_keeps_with_it() -> None:
    for synthesis in (WIDE, _campaign_round()):
        children = list(_body(synthesis))
        checked = 0
        for element, following in itertools.pairwise(children):
            if element.tag != f"{_W}p" or _style(element) in ("Heading1", "Heading2", "Heading3"):
                continue  # headings keep with the next paragraph by their style
            text = _text(element)
            if following.tag == f"{_W}tbl" or (_style(following) == "Quote" and text.endswith(":")):
                assert _keeps_with_next(element), text
                checked += 1
            elif _style(element) == "Caption" and text.startswith("Figure"):
                assert not _keeps_with_next(element)
        assert checked >= 5


ARABIC = "نقترح إضافة إشارة إلى المجتمعات الريفية والنائية."


def test_arabic_paragraphs_and_cells_read_from_right_to_left() -> None:
    comments = tuple(
        replace(comment, body=ARABIC, language="ar") if comment.kind == "comment" else comment
        for comment in COMMENTS
    )
    body = _body(build_synthesis(comments))
    paragraphs = [p for p in body.iter(f"{_W}p") if _text(p) == ARABIC]
    assert paragraphs
    for paragraph in paragraphs:
        assert paragraph.find(f"{_W}pPr/{_W}bidi") is not None
        for run in paragraph.iter(f"{_W}r"):
            assert run.find(f"{_W}rPr/{_W}rtl") is not None
    english = [p for p in body.iter(f"{_W}p") if _text(p).startswith("Statements link")]
    assert english
    assert english[0].find(f"{_W}pPr/{_W}bidi") is None
