"""Reports and exports as a secretariat uses them (audit of exports, stop 31): percentages
rounded once, anchors that spreadsheets would read as numbers or dates kept as text, the
annotation collection named by its filter, comment line breaks kept, right-to-left by the
comment's language, LDC status as of the round and the language in a translated synthesis's
file name."""

from __future__ import annotations

import csv
import io
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import httpx
from hypothesis import given
from hypothesis import strategies as st

from api.state import AppState
from consultations.synthesis_render import percent
from tests.consultations.test_reports_helpers import (
    Row,
    facilitated_round,
    insert_comments,
)
from tests.factories import (
    make_organization,
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
