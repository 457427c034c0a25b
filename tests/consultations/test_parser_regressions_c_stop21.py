"""Paragraph parser: rules of an hour ago that misfired in a second false-positive audit. A
column of numbers under a paragraph is no page's note stack unless the page's references point
to it, and a listed entry below a colon never goes on a line left unfinished."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph


def _texts(content: str) -> list[str]:
    return [found.text for found in parse_document(content, "text").paragraphs]


# --- A column of numbers below a paragraph keeps its rows --------------------------------------


@pytest.mark.parametrize(
    ("content", "rows", "last"),
    [
        pytest.param(
            "1. The Secretary-General recalls the 2030 Agenda for Sustainable Development,1 and "
            "presents the ranking of the regions by growth in connectivity in 2024:\n"
            "1\n2\nAfrica recorded the highest growth.\n"
            "Asia and the Pacific recorded the second highest growth.\n\n"
            "2. The Secretary-General welcomes the progress made in all regions.\n",
            (
                "Africa recorded the highest growth.",
                "Asia and the Pacific recorded the second highest growth.",
            ),
            "2",
            id="below-a-colon-english",
        ),
        pytest.param(
            "1. 秘书长回顾《2030 年可持续发展议程》，1 "
            "并按 2024 年互联互通增长情况列出各区域排名如下：\n"
            "1\n2\n非洲增长最快。\n亚洲及太平洋增长居第二。\n\n"
            "2. 秘书长欢迎所有区域取得的进展。\n",
            ("非洲增长最快。", "亚洲及太平洋增长居第二。"),
            "2",
            id="below-a-colon-chinese",
        ),
        pytest.param(
            "1. The Secretary-General recalls the 2030 Agenda for Sustainable Development,1 and"
            " the\n"
            "outcome of the World Summit on the Information Society,2 and presents the results.\n"
            "2. The survey ranked the options as shown in the table below.\n"
            "1\n2\nExpanding broadband infrastructure.\nReducing the cost of devices.\n\n"
            "3. The Secretary-General welcomes the progress made in all regions.\n\n"
            "__________________\n1 Resolution 70/1.\n2 See A/60/687.\n",
            ("Expanding broadband infrastructure.", "Reducing the cost of devices."),
            "3",
            id="a-later-note-block-holds-the-numbers",
        ),
        pytest.param(
            "1. The Secretary-General recalls the 2030 Agenda for Sustainable Development,1 and\n"
            "presents the results of the survey in the present report.\n"
            "\f2. The survey ranked the options as shown in the table below.\n"
            "1\n2\nExpanding broadband infrastructure.\nReducing the cost of devices.\n\n"
            "3. The Secretary-General welcomes the progress made in all regions.\n",
            ("Expanding broadband infrastructure.", "Reducing the cost of devices."),
            "3",
            id="no-reference-on-their-page-points-to-them",
        ),
    ],
)
def test_a_column_of_numbers_that_is_no_note_stack_keeps_its_rows(
    content: str, rows: tuple[str, str], last: str
) -> None:
    texts = _texts(content)
    assert [row for row in rows if row not in texts] == []
    assert paragraph(content, "1").text.startswith(("The Secretary-General recalls", "秘书长回顾"))
    assert anchors(content)[-1] == last


def test_a_note_stack_its_page_refers_to_is_still_notes() -> None:
    content = (
        "1. The Secretary-General recalls the 2030 Agenda for Sustainable Development,1 and\n"
        "presents the results of the survey in the present report.\n"
        "\f2. The survey ranked the options of the Global Digital Compact,2 shown below.\n"
        "2\n3\nResolution 79/1, annex I.\nSee A/79/PV.3.\n\n"
        "3. The Secretary-General welcomes the progress made in all regions.\n"
    )
    texts = _texts(content)
    assert "Resolution 79/1, annex I." not in texts
    assert anchors(content) == ["1", "2", "3"]


# --- A quotation below a colon goes on over a line left unfinished -----------------------------


def test_a_quoted_line_opening_with_a_year_goes_on_the_line_left_unfinished_english() -> None:
    content = (
        "5. In paragraph 3 of its resolution 79/1, the General Assembly decided as follows:\n"
        "The Assembly shall convene a high-level meeting in\n"
        "September 2025 to review the implementation of the\n"
        "2030 Agenda and of the outcome of the World Summit\n"
        "on the Information Society.\n"
        "6. The Commission welcomed the decision and requested the secretariat to prepare for\n"
        "the meeting in close cooperation with all relevant stakeholders.\n"
    )
    assert anchors(content) == ["5", "6"]
    assert paragraph(content, "5").text == (
        "In paragraph 3 of its resolution 79/1, the General Assembly decided as follows:\n"
        "The Assembly shall convene a high-level meeting in September 2025 to review the"
        " implementation of the 2030 Agenda and of the outcome of the World Summit on the"
        " Information Society."
    )


def test_a_programme_of_work_keeps_one_entry_a_line() -> None:
    content = (
        "1. The Commission approved its programme of work as follows:\n"
        "Monday, 3 March\n10 a.m.-1 p.m.\nItem 1. Opening of the session\n"
        "2025 review of the Commission\n"
        "2. The Commission decided to remain seized of the matter.\n"
    )
    assert paragraph(content, "1").text == (
        "The Commission approved its programme of work as follows:\nMonday, 3 March\n"
        "10 a.m.-1 p.m.\nItem 1. Opening of the session\n2025 review of the Commission"
    )
