"""Reports and exports as a secretariat uses them (audit of exports, stop 31): percentages
rounded once, anchors that spreadsheets would read as numbers or dates kept as text, the
annotation collection named by its filter, comment line breaks kept, right-to-left by the
comment's language and LDC status as of the round."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import httpx
from hypothesis import given
from hypothesis import strategies as st

from api.state import AppState
from consultations.synthesis_render import csv_row, percent
from tests.consultations.test_reports_helpers import (
    Row,
    caller,
    facilitated_round,
    insert_comments,
)
from tests.consultations.test_synthesis_render import _comment
from tests.factories import (
    make_consultation,
    make_document,
    make_organization,
    make_round,
)

NUMBERED_REPORT = (
    ("1.1", "The Panel met four times."),
    ("1.2", "It heard the stakeholders."),
    ("1.10", "It adopted its report."),
    ("2.1", "The recommendations follow."),
    ("2.a", "Connect every school."),
)


def _csv_cells(content: bytes, column: str) -> list[str]:
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"), newline="")))
    return [row[column] for row in rows]


def _document_xml(content: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(content)).read("word/document.xml").decode("utf-8")


# F1 ---------------------------------------------------------------------------------------------


async def test_representation_percentages_are_rounded_once_from_the_counts(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """3 of 17 comments is 17.6 %, not 17.7 % (0.1765 rounded again)."""
    _staff, round_ = await facilitated_round(state)
    company = await make_organization(state, name="Company", stakeholder_group="private_sector")
    ngo = await make_organization(state, name="NGO", stakeholder_group="civil_society")
    await insert_comments(
        state, round_, [Row(company.id) for _ in range(3)] + [Row(ngo.id) for _ in range(14)]
    )
    url = f"/v1/rounds/{round_.id}/synthesis"
    markdown = (await client.get(url, params={"format": "markdown"})).text
    assert "| Private sector | 3 (17.6 %) |" in markdown, markdown
    report = (await client.get(url, params={"format": "json"})).json()
    (private,) = [line for line in report["representation"] if line["key"] == "private_sector"]
    assert private["comment_share"] == 0.1765  # the JSON keeps the report's 4 decimals
    docx = _document_xml((await client.get(url, params={"format": "docx"})).content)
    assert "3 (17.6 %)" in docx
    assert "17.7 %" not in docx


@given(st.integers(1, 2000).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
def test_a_share_prints_as_its_exact_value_rounded_half_up(counts: tuple[int, int]) -> None:
    part, whole = counts
    exact = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    assert percent(Fraction(part, whole)) == f"{exact} %"


# F3 ---------------------------------------------------------------------------------------------


async def test_anchors_a_spreadsheet_reads_as_numbers_or_dates_stay_text_in_every_csv(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff = await caller(state)
    consultation = await make_consultation(state, facilitators=[staff.user])
    draft = await make_document(state, consultation, paragraphs=NUMBERED_REPORT)
    round_ = await make_round(state, consultation, draft)
    ngo = await make_organization(state)
    anchors = [anchor for anchor, _ in NUMBERED_REPORT]
    await insert_comments(state, round_, [Row(ngo.id, anchor=anchor) for anchor in anchors])
    expected = ["'1.1", "'1.2", "'1.10", "'2.1", "2.a"]
    synthesis = await client.get(f"/v1/rounds/{round_.id}/synthesis", params={"format": "csv"})
    assert _csv_cells(synthesis.content, "anchor") == expected
    export = await client.get(
        f"/v1/rounds/{round_.id}/comments/export", params={"format": "csv"}, headers=staff.headers
    )
    assert export.status_code == 200, export.text
    assert _csv_cells(export.content, "anchor") == expected
    # The NDJSON and JSON keep the anchor as it is.
    ndjson = await client.get(
        f"/v1/rounds/{round_.id}/comments/export",
        params={"format": "ndjson"},
        headers=staff.headers,
    )
    assert '"anchor":"1.10"' in ndjson.text


@given(st.from_regex(r"[0-9]{1,3}([./:,-][0-9]{1,3}){1,3}", fullmatch=True))
def test_every_number_or_date_shaped_anchor_gets_the_apostrophe(anchor: str) -> None:
    cell = csv_row(_comment(1, "org-cs-ke", anchor, "Text."))[2]
    assert cell == "'" + anchor


@given(st.from_regex(r"(pp|annex-1/|section-|target-)?[0-9]{1,2}(\.[a-z])?(bis)?", fullmatch=True))
def test_anchors_that_hold_a_letter_or_are_a_whole_number_stay_as_they_are(anchor: str) -> None:
    cell = csv_row(_comment(1, "org-cs-ke", anchor, "Text."))[2]
    assert cell == anchor


# F4 ---------------------------------------------------------------------------------------------


async def test_the_annotation_collection_is_named_by_the_statuses_it_holds(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff, round_ = await facilitated_round(state)
    ngo = await make_organization(state)
    await insert_comments(state, round_, [Row(ngo.id), Row(ngo.id, status="hidden")])
    url = f"/v1/rounds/{round_.id}/comments/export"
    published = await client.get(url, params={"format": "annotations"}, headers=staff.headers)
    hidden = await client.get(
        url, params={"format": "annotations", "status": "hidden"}, headers=staff.headers
    )
    both = await client.get(
        url,
        params=[("status", "hidden"), ("format", "annotations"), ("status", "published")],
        headers=staff.headers,
    )
    base = f"http://testserver/v1/rounds/{round_.id}/comments/export?format=annotations"
    assert published.json()["id"] == base
    assert hidden.json()["id"] == f"{base}&status=hidden"
    assert both.json()["id"] == f"{base}&status=published&status=hidden"
    assert hidden.json()["first"]["id"].startswith(f"{base}&status=hidden#")


# F5 ---------------------------------------------------------------------------------------------

STRUCTURED = (
    'Line one of our comment, with "quotes", commas;\nline two\r\nline three\n\n'
    "\tindented line four\n1. a numbered point"
)


async def test_a_comments_line_breaks_are_kept_in_markdown_and_word(
    client: httpx.AsyncClient, state: AppState
) -> None:
    _staff, round_ = await facilitated_round(state)
    ngo = await make_organization(state)
    await insert_comments(state, round_, [Row(ngo.id, body=STRUCTURED)])
    url = f"/v1/rounds/{round_.id}/synthesis"
    markdown = (await client.get(url, params={"format": "markdown"})).text
    quoted = (
        '   > Line one of our comment, with "quotes", commas;\n   >\n   > line two\n   >\n'
        "   > line three\n   >\n   > indented line four\n   >\n   > 1\\. a numbered point\n"
    )
    assert quoted in markdown, markdown
    docx = _document_xml((await client.get(url, params={"format": "docx"})).content)
    assert re.search(r"commas;</w:t><w:br/><w:t[^>]*>line two</w:t><w:br/>", docx), docx


async def test_a_chinese_comments_line_breaks_are_kept_too(
    client: httpx.AsyncClient, state: AppState
) -> None:
    _staff, round_ = await facilitated_round(state)
    ngo = await make_organization(state)
    body = "我们支持本段。\n第一，缩小数字鸿沟。\n第二，加强能力建设。"
    await insert_comments(state, round_, [Row(ngo.id, body=body, language="zh")])
    url = f"/v1/rounds/{round_.id}/synthesis"
    markdown = (await client.get(url, params={"format": "markdown"})).text
    assert "   > 我们支持本段。\n   >\n   > 第一，缩小数字鸿沟。\n" in markdown, markdown
    (other,) = (await client.get(url)).json()["paragraphs"][0]["other_comments"]
    assert other["excerpt"] == body


# F6 ---------------------------------------------------------------------------------------------


async def test_word_sets_a_comment_right_to_left_by_its_declared_language(
    client: httpx.AsyncClient, state: AppState
) -> None:
    _staff, round_ = await facilitated_round(state)
    ngo = await make_organization(state)
    arabic = "COVID-19 جائحة أظهرت أهمية التعاون الرقمي بين الدول"
    english = "The ICT4D programme (برنامج) matters."
    await insert_comments(
        state,
        round_,
        [
            Row(ngo.id, body=arabic, language="ar"),
            Row(ngo.id, anchor="2", body=english, language="en"),
            Row(ngo.id, anchor="3", body="بالنسبة إلى الفقرة 3", language="ar-Latn"),
        ],
    )
    url = f"/v1/rounds/{round_.id}/synthesis"
    docx = _document_xml((await client.get(url, params={"format": "docx"})).content)

    def cell_of(text: str) -> str:
        start = docx.index(text)
        return docx[docx.rindex("<w:p>", 0, start) : start]

    assert "<w:bidi/>" in cell_of("COVID-19")
    assert "<w:rtl/>" in cell_of("COVID-19")
    assert "<w:bidi/>" not in cell_of("The ICT4D")
    assert "<w:rtl/>" not in cell_of("The ICT4D")
    # A tag whose script is Latin says left to right, whatever the text.
    assert "<w:bidi/>" not in cell_of("بالنسبة")


# F8 ---------------------------------------------------------------------------------------------


async def _nepal_round(state: AppState, closes_at: datetime) -> str:
    staff = await caller(state)
    consultation = await make_consultation(state, facilitators=[staff.user])
    draft = await make_document(state, consultation)
    round_ = await make_round(
        state, consultation, draft, opens_at=datetime(2026, 10, 1, tzinfo=UTC), closes_at=closes_at
    )
    # Nepal left the LDC list on 2026-11-24.
    early = await make_organization(
        state,
        country="NPL",
        regional_group="asia_pacific",
    )
    late = await make_organization(state, country="NPL", regional_group="asia_pacific")
    await insert_comments(state, round_, [Row(early.id), Row(late.id)])
    return str(round_.id)


async def _country_groups(client: httpx.AsyncClient, round_id: str) -> dict[str, int]:
    report = await client.get(
        f"/v1/rounds/{round_id}/representation", params={"dimension": "country_group"}
    )
    assert report.status_code == 200, report.text
    return {row["key"]: row["organizations"] for row in report.json()["categories"]}


async def test_ldc_status_is_read_as_of_the_rounds_close_for_every_organization(
    client: httpx.AsyncClient, state: AppState
) -> None:
    before = await _nepal_round(state, datetime(2026, 11, 20, tzinfo=UTC))
    after = await _nepal_round(state, datetime(2026, 11, 30, tzinfo=UTC))
    assert (await _country_groups(client, before))["ldc"] == 2
    groups = await _country_groups(client, after)
    assert groups["ldc"] == 0
    assert groups["lldc"] == 2
    synthesis = (await client.get(f"/v1/rounds/{after}/synthesis")).json()
    ldc = [row for row in synthesis["country_group_representation"] if row["key"] == "ldc"]
    assert ldc[0]["organizations"] == 0
