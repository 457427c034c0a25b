"""Paragraph parser: UN resolutions print the symbol and the full title as the running header of
even pages; with a long title ``pdftotext -layout`` wraps it over two or three lines, the rest
at the column the title starts at beside the symbol. The whole wrapped header is page furniture,
in English and Chinese alike, whether or not the first page prints that title: never a
paragraph of its own, never glued to the paragraph above the page break."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consultations.parser import parse_document
from consultations.parser_text import display_width

_SYMBOL = "A/RES/79/325"
_TITLE_COLUMN = 28  # where -layout sets the title beside the symbol

_TITLE = {
    "en": (
        "Terms of reference and modalities for the establishment and functioning of the "
        "Independent International Scientific Panel on Artificial Intelligence and the "
        "Global Dialogue on Artificial Intelligence Governance"
    ),
    "zh": "人工智能问题独立国际科学小组和人工智能治理全球对话的设立和运作的职权范围和模式",
}

# The first page as -layout prints it, the title block (79/325. …) left out or kept.
_TITLE_BLOCK = {
    "en": (
        "                79/325. Terms of reference and modalities for the establishment\n"
        "                        and functioning of the Independent International Scientific\n"
        "                        Panel on Artificial Intelligence and the Global Dialogue on\n"
        "                        Artificial Intelligence Governance\n\n"
    ),
    "zh": (
        "                79/325. 人工智能问题独立国际科学小组和人工智能治理全球对话\n"
        "                        的设立和运作的职权范围和模式\n\n"
    ),
}
_FIRST_PAGE = {
    "en": (
        "                       The General Assembly,\n"
        "                      Recalling its resolution 79/1 of 22 September 2024,\n"
        "                      1.    Decides to establish the Independent International "
        "Scientific Panel on\n"
        "                 Artificial Intelligence, whose terms of reference are contained in "
        "annex I;\n"
        "                      2.    Also decides to establish the Global Dialogue on Artificial "
        "Intelligence\n"
        "                 Governance, whose modalities are contained in annex II.\n\n"
        "25-13895 (E)    010925\n*2513895*\n"
    ),
    "zh": (
        "                       大会，\n"
        "                      回顾其 2024 年 9 月 22 日第 79/1 号决议，\n"
        "                      1.    决定设立人工智能问题独立国际科学小组，其职权范围载于附件一；\n"
        "                      2.    又决定设立人工智能治理全球对话，其模式载于附件二。\n\n"
        "25-13895 (C)    010925    020925\n*2513895*\n"
    ),
}
_SECOND_PAGE = {
    "en": (
        "\n"
        f"{' ' * 84}Annex I\n"
        "                Terms of reference of the Panel\n"
        "                      1.    The Panel shall be composed of 40 members.\n"
    ),
    "zh": (
        "\n"
        f"{' ' * 84}附件一\n"
        "                小组的职权范围\n"
        "                      1.    小组由 40 名成员组成。\n"
    ),
}
_ANCHORS = ["p-1", "pp1", "1", "2", "annex-1", "annex-1/1"]
_PARAGRAPHS = {
    "en": list(
        zip(
            _ANCHORS,
            [
                "The General Assembly,",
                "Recalling its resolution 79/1 of 22 September 2024,",
                "Decides to establish the Independent International Scientific Panel on "
                "Artificial Intelligence, whose terms of reference are contained in annex I;",
                "Also decides to establish the Global Dialogue on Artificial Intelligence "
                "Governance, whose modalities are contained in annex II.",
                "Terms of reference of the Panel",
                "The Panel shall be composed of 40 members.",
            ],
            strict=True,
        )
    ),
    "zh": list(
        zip(
            _ANCHORS,
            [
                "大会，",
                "回顾其 2024 年 9 月 22 日第 79/1 号决议，",
                "决定设立人工智能问题独立国际科学小组，其职权范围载于附件一；",
                "又决定设立人工智能治理全球对话，其模式载于附件二。",
                "小组的职权范围",
                "小组由 40 名成员组成。",
            ],
            strict=True,
        )
    ),
}


def _wrap(language: str, width: int) -> list[str]:
    """The title cut into lines of at most ``width`` columns, as a page's header wraps it."""
    title = _TITLE[language]
    if language == "en":
        return textwrap.wrap(title, width)
    lines, line = [], ""
    for character in title:
        if display_width(line + character) > width:
            lines.append(line)
            line = ""
        line += character
    return [*lines, line]


def _header(language: str, width: int) -> str:
    first, *rest = _wrap(language, width)
    gap = " " * (_TITLE_COLUMN - len(_SYMBOL))
    return "".join(
        [f"{_SYMBOL}{gap}{first}\n", *(f"{' ' * _TITLE_COLUMN}{line}\n" for line in rest)]
    )


def _document(language: str, width: int, *, form_feed: bool, title_block: bool) -> str:
    top = _TITLE_BLOCK[language] if title_block else ""
    feed = "\f" if form_feed else ""
    return f"{top}{_FIRST_PAGE[language]}{feed}{_header(language, width)}{_SECOND_PAGE[language]}"


def _parsed(content: str) -> list[tuple[str, str]]:
    return [(p.anchor, p.text) for p in parse_document(content).paragraphs]


@pytest.mark.parametrize("form_feed", [False, True])
@pytest.mark.parametrize("title_block", [False, True])
@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_running_header_wrapped_over_three_lines_is_no_text(
    language: str, form_feed: bool, title_block: bool
) -> None:
    width = {"en": 80, "zh": 64}[language]  # three lines in English, two in Chinese
    content = _document(language, width, form_feed=form_feed, title_block=title_block)
    assert _parsed(content) == _PARAGRAPHS[language]


def test_english_and_chinese_headers_wrapped_alike_give_the_same_anchors() -> None:
    parsed = {
        language: parse_document(
            _document(language, width, form_feed=False, title_block=True)
        ).paragraphs
        for language, width in (("en", 80), ("zh", 64))
    }
    assert [p.anchor for p in parsed["en"]] == [p.anchor for p in parsed["zh"]] == _ANCHORS
    # The last paragraph above the page break ends where its sentence does.
    assert parsed["en"][3].text.endswith("contained in annex II.")
    assert parsed["zh"][3].text.endswith("其模式载于附件二。")


# A header's title runs 60 to 80 columns wide: wrapped at any such width, or a little narrower,
# it takes up to four lines, the symbol's and three below.
@settings(max_examples=40)
@given(
    wrapped=st.one_of(
        st.tuples(st.just("en"), st.integers(min_value=55, max_value=100)),
        st.tuples(st.just("zh"), st.integers(min_value=40, max_value=100)),
    ),
    form_feed=st.booleans(),
    title_block=st.booleans(),
)
def test_a_header_wrapped_at_any_width_is_no_text(
    wrapped: tuple[str, int], form_feed: bool, title_block: bool
) -> None:
    language, width = wrapped
    content = _document(language, width, form_feed=form_feed, title_block=title_block)
    assert _parsed(content) == _PARAGRAPHS[language]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_text_below_the_header_at_another_column_stays_text(language: str) -> None:
    """Only lines at the title's own column continue it: the page's text right below the
    header (no blank line between, as some copies print it) goes on with the paragraph the
    page break cut."""
    first_page = {
        "en": _FIRST_PAGE["en"].replace("contained in annex II.\n", "contained in\n"),
        "zh": _FIRST_PAGE["zh"].replace("其模式载于附件二。\n", "其模式载于\n"),
    }[language]
    rest = {"en": "annex II to the present resolution.", "zh": "本决议附件二。"}[language]
    header = _header(language, {"en": 80, "zh": 64}[language])
    content = f"{first_page}{header}                 {rest}\n{_SECOND_PAGE[language]}"
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == _ANCHORS
    assert result.paragraphs[3].text.endswith(rest)


_LIST_OF_DOCUMENTS = {
    "en": (
        "                       The Commission,\n"
        "                      1.    Takes note of the following documents:\n\n"
        "                 Documentation\n"
        "                 A/79/62            Report of the Secretary-General on the "
        "implementation of\n"
        "                                    the outcomes of the World Summit on the "
        "Information Society\n"
        "                 A/79/63            Report of the Secretary-General on science\n\n"
        "                      2.    Decides to hold its next session in Geneva.\n"
    ),
    "zh": (
        "                       大会，\n"
        "                      1.    注意到下列文件：\n\n"
        "                 文件\n"
        "                 A/79/62            秘书长关于信息社会世界首脑会议成果执行情况的\n"
        "                                    报告\n"
        "                 A/79/63            秘书长关于科学的报告\n\n"
        "                      2.    决定在日内瓦举行下届会议。\n"
    ),
}
_WRAPPED_ROW_TITLE = {"en": "the outcomes of the World Summit", "zh": "报告"}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_title_wrapped_in_a_list_of_documents_stays_text(language: str) -> None:
    """A symbol and a title far apart in the text's own list of documents is no page header:
    the rest of its title, at the title's column, is the list's text too."""
    result = parse_document(_LIST_OF_DOCUMENTS[language])
    assert any(_WRAPPED_ROW_TITLE[language] in p.text for p in result.paragraphs)
    assert [p.anchor for p in result.paragraphs][-1] == "2"
