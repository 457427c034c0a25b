"""Paragraph parser: links set apart on their own lines. A link ("Read more via https://…",
"See: https://…") with a heading right below it, no blank line between, ran on into that
heading: a link is a finished paragraph. A bare URL set apart is not paragraph text (api.md),
whatever stands above or below it."""

from __future__ import annotations

import pytest

from consultations.parser import Format
from tests.consultations.parser_helpers import parsed_rows

URL = "https://www.un.org/techenvoy/global-digital-compact"


# -- a bare URL set apart below its lead-in ----------------------------------------------------


@pytest.mark.parametrize("foot", ["1/5\n\f", "\f"])
def test_a_web_copys_page_address_below_a_colon_is_still_the_pages(foot: str) -> None:
    content = (
        "1. Decides the following:\n\n"
        f"https://undocs.org/en/A/79/L.2\n{foot}"
        "(a) To convene a meeting;\n\n(b) To remain seized.\n\n2. Decides to act.\n"
    )
    assert parsed_rows(content) == [
        ("1", "operative", None, "Decides the following:"),
        ("1.a", "subparagraph", "1", "To convene a meeting;"),
        ("1.b", "subparagraph", "1", "To remain seized."),
        ("2", "operative", None, "Decides to act."),
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("We adopt the following:", "We decide to review the Compact."),
        ("我们通过以下内容：", "我们决定审查本契约。"),
    ],
)
def test_a_bare_url_below_a_separator_stays_a_note_however_the_text_ends(
    first: str, second: str
) -> None:
    content = f"1. {first}\n\n2. {second}\n\n______________\n\n{URL}\n"
    assert parsed_rows(content) == [
        ("1", "operative", None, first),
        ("2", "operative", None, second),
    ]


def test_a_bare_url_below_a_finished_paragraph_is_still_dropped() -> None:
    content = (
        "1. The Member States welcome the process.\n\n"
        f"{URL}\n\n2. Stakeholders are invited to comment by 30 April.\n"
    )
    assert [text for *_, text in parsed_rows(content)] == [
        "The Member States welcome the process.",
        "Stakeholders are invited to comment by 30 April.",
    ]


def test_a_heading_above_a_bare_url_stays_a_heading() -> None:
    content = (
        "1. The Member States welcome the process.\n\n"
        f"Useful links\n\n{URL}\n\n2. Stakeholders are invited to comment by 30 April.\n"
    )
    assert parsed_rows(content) == [
        ("1", "operative", None, "The Member States welcome the process."),
        ("p-2", "heading", None, "Useful links"),
        ("2", "operative", "p-2", "Stakeholders are invited to comment by 30 April."),
    ]


# -- a link with a heading right below it ------------------------------------------------------

LINK_ABOVE_A_HEADING = {
    "en": (
        "1. The co-facilitators will hold informal consultations.\n\n"
        "2. All meetings will be webcast.\n\n"
        "{link}\nProposed elements\n\n"
        "3. The following elements are proposed.\n\n4. The Forum decides to remain seized.\n",
        ["Read more via https://www.un.org/pact", "See: https://www.un.org/pact"],
        "Proposed elements",
    ),
    "zh": (
        "1. 共同主持人将举行非正式磋商。\n\n2. 所有会议都将进行网播。\n\n"
        "{link}\n拟议要素\n\n3. 拟议以下要素。\n\n4. 论坛决定继续处理此事项。\n",
        ["详见 https://www.un.org/pact", "另见：https://www.un.org/pact"],
        "拟议要素",
    ),
}


@pytest.mark.parametrize(
    ("content", "link", "title"),
    [
        pytest.param(content, link, title, id=f"{language}-{number}")
        for language, (content, links, title) in LINK_ABOVE_A_HEADING.items()
        for number, link in enumerate(links)
    ],
)
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_link_never_goes_on_with_the_heading_right_below_it(
    content: str, link: str, title: str, fmt: Format
) -> None:
    rows = parsed_rows(content.format(link=link), fmt)
    assert rows[2:] == [
        ("p-3", "unnumbered", None, link),
        ("p-4", "heading", None, title),
        ("3", "operative", "p-4", rows[4][3]),
        ("4", "operative", "p-4", rows[5][3]),
    ]


def test_an_indented_link_never_goes_on_with_the_heading_right_below_it() -> None:
    content = (
        "                 1.   The co-facilitators will hold informal consultations.\n\n"
        "                 2.   All meetings will be webcast on UN Web TV.\n\n"
        "                 Read more via https://www.un.org/pact\n"
        "                 Proposed elements\n\n"
        "                 3.   The following elements are proposed:\n"
        "                 •    Digital cooperation\n"
        "                 •    Youth and future generations\n"
    )
    rows = parsed_rows(content)
    assert rows[2:4] == [
        ("p-3", "unnumbered", None, "Read more via https://www.un.org/pact"),
        ("p-4", "heading", None, "Proposed elements"),
    ]
    assert rows[4][:3] == ("3", "operative", "p-4")


def test_a_link_wrapped_onto_a_line_in_lower_case_goes_on_with_it() -> None:
    content = (
        "1. The co-facilitators will hold informal consultations.\n\n"
        "More information is available at https://www.un.org/pact\n"
        "and on the website of the President of the General Assembly.\n\n"
        "2. All meetings will be webcast.\n"
    )
    assert parsed_rows(content)[1] == (
        "p-2",
        "unnumbered",
        None,
        "More information is available at https://www.un.org/pact and on the website of the"
        " President of the General Assembly.",
    )


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_title_printing_its_site_right_above_a_paragraph_still_heads_it(fmt: Format) -> None:
    content = (
        "1. The co-facilitators will hold informal consultations.\n\n"
        "Internet governance https://www.intgovforum.org\n"
        "2. All meetings will be webcast.\n\n3. The Forum decides to remain seized.\n"
    )
    assert [(anchor, kind, parent) for anchor, kind, parent, _ in parsed_rows(content, fmt)] == [
        ("1", "operative", None),
        ("p-2", "heading", None),
        ("2", "operative", "p-2"),
        ("3", "operative", "p-2"),
    ]


@pytest.mark.parametrize(
    ("first", "lead_in", "second", "third"),
    [
        (
            "1. Decides to convene a dialogue.",
            "The zero draft of the outcome document is available at",
            "2. Requests a report.",
            "3. Decides to remain seized of the matter.",
        ),
        ("1. 决定召开对话。", "成果文件零草案载于", "2. 请提交报告。", "3. 决定继续处理此事。"),
    ],
)
def test_a_lead_in_above_a_bare_url_set_apart_is_no_heading(
    first: str, lead_in: str, second: str, third: str
) -> None:
    content = f"{first}\n\n{lead_in}\n\n{URL}\n\n{second}\n\n{third}\n"
    assert parsed_rows(content) == [
        ("1", "operative", None, first[3:]),
        ("p-2", "unnumbered", None, lead_in),
        ("2", "operative", None, second[3:]),
        ("3", "operative", None, third[3:]),
    ]
