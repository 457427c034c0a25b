"""Paragraph parser: page breaks as pdftotext prints them (a form feed ending every page) and
the notes at a page's foot never change what the paragraphs around them are."""

from __future__ import annotations

import pytest

from consultations.parser import ParseResult, parse_document


def _anchors(result: ParseResult) -> list[str]:
    return [paragraph.anchor for paragraph in result.paragraphs]


# -- form feeds ---------------------------------------------------------------------------------

_ZERO_DRAFT = {
    "en": (
        "Zero draft – 5 February 2024",
        [
            "1. Digital technologies are dramatically transforming our world.",
            "2. We will pursue the following objectives.",
            "3. We will foster digital literacy.",
            "4. We will review progress.",
        ],
    ),
    "zh": (
        "零草案 – 2024 年 2 月 5 日",
        [
            "1. 数字技术正在极大地改变我们的世界。",
            "2. 我们将追求以下目标。",
            "3. 我们将促进数字素养。",
            "4. 我们将审查进展情况。",
        ],
    ),
}


def _paged(header: str, pages: list[str], page_end: str) -> str:
    """pdftotext's output: each page its header, its text and its number, then a form feed."""
    return "".join(
        f"{header}\n\n{text}\n\n{number}{page_end}" for number, text in enumerate(pages, start=1)
    )


# The form feed right after the page's last line, or after a blank line, as pdftotext sets apart
# the page's last block.
_PAGE_ENDS = pytest.mark.parametrize("page_end", ["\n\f", "\n\n\f"], ids=["tight", "blank"])


@_PAGE_ENDS
@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_drafts_header_without_a_symbol_after_a_form_feed_is_a_running_title(
    language: str, page_end: str
) -> None:
    header, paragraphs = _ZERO_DRAFT[language]
    pages = ["\n\n".join(paragraphs[:2]), *paragraphs[2:]]
    result = parse_document(_paged(header, pages, page_end))
    assert _anchors(result) == ["1", "2", "3", "4"]
    assert all(header not in paragraph.text for paragraph in result.paragraphs)


@_PAGE_ENDS
@pytest.mark.parametrize(
    ("language", "cut", "rest", "whole"),
    [
        (
            "en",
            "1. Digital technologies are transforming our world and we will review them in",
            "this regard.",
            "Digital technologies are transforming our world and we will review them in this"
            " regard.",
        ),
        (
            "zh",
            "1. 数字技术正在改变我们的世界，我们将在",
            "这方面审查这些技术。",
            "数字技术正在改变我们的世界，我们将在这方面审查这些技术。",
        ),
    ],
    ids=["en", "zh"],
)
def test_a_paragraph_a_form_feed_cut_goes_on_past_a_drafts_header(
    language: str, cut: str, rest: str, whole: str, page_end: str
) -> None:
    header, paragraphs = _ZERO_DRAFT[language]
    pages = [cut, f"{rest}\n\n{paragraphs[1]}", paragraphs[2]]
    result = parse_document(_paged(header, pages, page_end))
    assert _anchors(result) == ["1", "2", "3"]
    assert result.paragraphs[0].text == whole


_PAGE_FURNITURE = {
    "a symbol and its running title": (
        "Resolution adopted by the General Assembly on 22 December 2023\n\n"
        "78/123. External debt sustainability and development\n\n"
        "The General Assembly,\n\nRecalling its resolution 77/152,\n\n"
        "1. Takes note of the report of the Secretary-General;\n\n23-25876\n",
        "A/RES/78/123\nExternal debt sustainability and development\n\n"
        "2. Decides to include the item in its provisional agenda.\n\n2\n",
    ),
    "a job number and a page number": (
        "The Human Rights Council,\n\nRecalling its resolution 48/4,\n\n"
        "1. Reaffirms the right to privacy;\n\nGE.25-05432(E)\n",
        "A/HRC/RES/58/5\n\n2. Decides to remain seized of the matter.\n\n2\n",
    ),
    "a Chinese symbol and its running title": (
        "大会 2023 年 12 月 22 日通过的决议\n\n78/123. 外债可持续性与发展\n\n大会，\n\n"
        "回顾其第 77/152 号决议，\n\n1. 注意到秘书长的报告；\n\n23-25876\n",
        "A/RES/78/123\n外债可持续性与发展\n\n2. 决定将该项目列入临时议程。\n\n2\n",
    ),
}


@pytest.mark.parametrize("pages", _PAGE_FURNITURE.values(), ids=_PAGE_FURNITURE.keys())
def test_a_form_feed_after_a_pages_last_line_adds_no_line_and_changes_nothing(
    pages: tuple[str, ...],
) -> None:
    plain = parse_document("".join(pages))
    paged = parse_document("".join(f"{page}\f" for page in pages))
    assert paged == plain


def test_a_form_feed_inside_a_line_breaks_it() -> None:
    result = parse_document("1. Decides to meet.\f2. Decides to remain seized of the matter.\n")
    assert _anchors(result) == ["1", "2"]


# -- notes at a page's foot ---------------------------------------------------------------------

_NOTES_AND_FURNITURE = {
    "notes and furniture": (
        "__________________\n1 See resolution 2200 A (XXI), annex.\n\n"
        "GE.23-14379\n\fA/HRC/RES/53/29\n\n"
    ),
    "a form feed alone": "\f",
}


@pytest.mark.parametrize(
    "page_break", _NOTES_AND_FURNITURE.values(), ids=_NOTES_AND_FURNITURE.keys()
)
def test_a_name_cut_at_a_comma_goes_on_past_the_notes_at_a_pages_foot(page_break: str) -> None:
    content = (
        "The Human Rights Council,\n\n"
        "Guided by the purposes and principles of the Charter of the United Nations, and"
        " recalling\nthe Universal Declaration of Human Rights,\n\n"
        "Reaffirming the Universal Declaration of Human Rights, and recalling the International\n"
        "Covenant on Civil and Political Rights and the International Covenant on Economic,\n\n"
        f"{page_break}Social and Cultural Rights,\n\n"
        "Stressing that human rights should be taken into account throughout the life cycle of"
        " new\nand emerging digital technologies,\n\n"
        "1. Emphasizes the need for a holistic approach.\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    result = parse_document(content)
    assert _anchors(result) == ["p-1", "pp1", "pp2", "pp3", "1", "2"]
    assert result.paragraphs[2].text.endswith("Economic, Social and Cultural Rights,")


_CUT_OPERATIVE = {
    "en": (
        "The Human Rights Council,\n\n"
        "Guided by the purposes and principles of the Charter of the United Nations,1 and"
        " recalling\nthe Universal Declaration of Human Rights,\n\n"
        "1. Emphasizes the need for a holistic, inclusive and comprehensive approach to new and\n"
        "emerging digital technologies, in accordance with international human rights law.\n\n",
        "1 See resolution 2200 A (XXI), annex.",
        "It also stresses the importance of the participation of all stakeholders in this"
        " regard;\n\n2. Decides to remain seized of the matter.\n",
        "It also stresses",
    ),
    "zh": (
        "人权理事会，\n\n"
        "遵循《联合国宪章》的宗旨和原则，1 并回顾《世界人权宣言》和《经济、社会及文化权利\n"
        "国际公约》，\n\n"
        "1. 强调需要根据国际人权法，对新技术和新兴数字技术采取全面、包容和综合的办法，\n"
        "使所有人都能从中受益，同时尊重、保护和充分实现所有人权和基本自由。\n\n",
        "1 见第 2200 A (XXI)号决议，附件。",
        "它还强调所有利益攸关方参与这方面工作的重要性；\n\n2. 决定继续处理此问题。\n",
        "它还强调",
    ),
}


@pytest.mark.parametrize("with_notes", [True, False], ids=["notes", "form-feed-alone"])
@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_paragraph_wrapped_at_a_pages_foot_goes_on_past_its_notes(
    language: str, with_notes: bool
) -> None:
    above, note, below, goes_on = _CUT_OPERATIVE[language]
    page_break = f"__________________\n{note}\n\n2\n\fA/HRC/RES/53/29\n\n" if with_notes else "\f"
    result = parse_document(above + page_break + below)
    assert _anchors(result) == ["p-1", "pp1", "1", "2"]
    assert goes_on in result.paragraphs[2].text
