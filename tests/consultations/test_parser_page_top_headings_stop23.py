"""Paragraph parser: a heading set apart by blank lines stays a heading atop a page when the page
before ended with a finished paragraph, and a placeholder wholly in brackets ("[Placeholder …]")
is a finished paragraph, which the heading below it does not go on."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

FIRST_PAGE = (
    "Zero draft – 5 February 2025\n\n"
    "1. Reaffirm our commitment to the vision of a people-centred, inclusive and\n"
    "development-oriented Information Society;\n\n"
    "Information and communications technology for development\n\n"
    "Chapeau: We recognize that information and communications technologies are\n"
    "essential enablers of sustainable development. In this regard, we:\n\n"
    "2. Commit to close the digital divides between and within countries, including\n"
    "the gender digital divide;\n\n"
    "3. Recognize the role of digital public infrastructure;\n\n"
)
SECOND_PAGE = (
    "Human rights and ethical dimensions of the Information Society\n\n"
    "Chapeau: We reaffirm that the same rights that people have offline must also be\n"
    "protected online.\n\n"
    "4. Commit to respect, protect and promote human rights in the digital space;\n\n"
    "5. {placeholder}\n\n"
    "Internet governance\n\n"
    "6. Decide to make the Internet Governance Forum a permanent forum of the United\n"
    "Nations;\n"
)
PAGE_BREAKS = [
    "\n\n" + " " * 68 + "1\n\fZero draft – 5 February 2025\n\n",
    "\n\n" + " " * 68 + "1\n\f",
    "\n\n" + " " * 68 + "1\n",
    "\n" + " " * 68 + "1/2\n",
]


@pytest.mark.parametrize("page_break", PAGE_BREAKS)
@pytest.mark.parametrize(
    "placeholder", ["[Placeholder for text on artificial intelligence]", "[To be completed]"]
)
def test_a_heading_atop_a_page_and_below_a_placeholder_stays_a_heading(
    page_break: str, placeholder: str
) -> None:
    content = FIRST_PAGE + page_break + SECOND_PAGE.format(placeholder=placeholder)
    paragraphs = parse_document(content).paragraphs
    headings = [p.text for p in paragraphs if p.kind == "heading"]
    assert headings == [
        "Information and communications technology for development",
        "Human rights and ethical dimensions of the Information Society",
        "Internet governance",
    ]
    texts = {p.anchor: p.text for p in paragraphs}
    assert texts["5"] == placeholder
    chapeau = next(p for p in paragraphs if p.text.startswith("Chapeau: We reaffirm"))
    assert chapeau.heading_path == (
        "Human rights and ethical dimensions of the Information Society",
    )


def test_a_line_atop_a_page_still_goes_on_with_an_unfinished_paragraph() -> None:
    content = (
        "1. We commit to close the digital divides between and within countries, including\n"
        "the gender digital divide, and to\n\n" + " " * 68 + "1\n\f"
        "promote meaningful connectivity for all\n\n"
        "2. We recognize the role of digital public infrastructure.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "2"]
    assert paragraphs[0].text.endswith("and to promote meaningful connectivity for all")


def test_a_bracketed_label_goes_on_with_the_line_right_below_it() -> None:
    content = (
        "1. Decides to establish the Panel;\n\n"
        "2. [Alt 1]\nDecides that the Panel shall be composed of 40 experts;\n\n"
        "3. [G77 and China: retain; EU: delete]\nRequests the Secretary-General to report.\n"
    )
    texts = {p.anchor: p.text for p in parse_document(content).paragraphs}
    assert texts == {
        "1": "Decides to establish the Panel;",
        "2": "[Alt 1] Decides that the Panel shall be composed of 40 experts;",
        "3": "[G77 and China: retain; EU: delete] Requests the Secretary-General to report.",
    }


def test_a_full_line_atop_a_page_goes_on_over_a_blank_line() -> None:
    content = (
        "一.   导言\n\n"
        "     1.    本报告是根据大会第77/211号决议提交的。大会在该决议中请秘书长就数字\n"
        "时代的隐私权问题提交一份报告。\n\n"
        "     2.    各国在数字时代保护隐私权的义务延伸到其管辖范围内的所有人。许多国家\n"
        "已经通过了数据保护立法，但执行情况参差不齐。\n\n\n"
        "24-13402 (C)\n"
        "A/79/176\n\n"
        "一些国家设立了独立的数据保护机构，并赋予其调查和制裁权力；另一些国家的监督\n\n"
        "机构缺乏资源和独立性。\n\n"
        "     3.    人工智能系统的使用给隐私权带来了新的挑战。在许多情况下，个人无法知\n"
        "道其数据是否被用于训练人工智能模型。\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.text for p in paragraphs if p.kind == "heading"] == ["导言"]


def test_the_next_bracketed_alternative_after_a_blank_line_goes_on() -> None:
    content = (
        "3. Decides to convene the Dialogue;\n\n"
        "4. [Alt 1: Requests the President of the General Assembly to appoint two co-facilitators]"
        "\n\n[Alt 2: Requests the President to conduct open and inclusive consultations]\n\n"
        "5. Decides to remain seized of the matter.\n"
    )
    texts = {p.anchor: p.text for p in parse_document(content).paragraphs}
    assert list(texts) == ["3", "4", "5"]
    assert texts["4"].endswith(
        "[Alt 2: Requests the President to conduct open and inclusive consultations]"
    )
