"""Paragraph parser: plain pdftotext prints the symbol and the title one space apart atop every
page after the first ("A/RES/79/200 Information and communications technologies for
sustainable development"). Where the first page wrapped that title over two lines, the header is
still a running header, never text glued into the preamble."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_FIRST_PAGE = {
    "en": (
        "A/RES/79/200\nGeneral Assembly Distr.: General\n27 December 2024\n\n"
        "Resolution adopted by the General Assembly\non 19 December 2024\n\n"
        "79/200. Information and communications technologies for\nsustainable development\n\n"
        "The General Assembly,\n\n"
        "Recalling its resolutions 56/183 of 21 December 2001, 57/238 of 20 December 2002 and\n"
        "78/132 of 19 December 2023,\n\n"
        "Recognizing that information and communications technologies have the potential to\n"
        "provide new solutions to development challenges, especially for developing countries,\n\n"
        "24-24567 (E) 080125\n*2424567*\n"
    ),
    "zh": (
        "A/RES/79/200\n大  会 Distr.: General\n2024 年 12 月 27 日\n\n"
        "2024 年 12 月 19 日大会决议\n\n"
        "79/200. 信息和通信技术促进可持续发展问题的\n第七十九届会议决议\n\n"
        "大会，\n\n"
        "回顾其 2001 年 12 月 21 日第 56/183 号、2002 年 12 月 20 日第 57/238 号和 2023 年 12 月\n"
        "19 日第 78/132 号决议，\n\n"
        "认识到信息和通信技术有可能为发展挑战提供新的解决办法，特别是对发展中国家而言，\n\n"
        "24-24567 (C) 080125\n*2424567*\n"
    ),
}
_HEADER = {
    "en": "A/RES/79/200 Information and communications technologies for sustainable development",
    "zh": "A/RES/79/200 信息和通信技术促进可持续发展问题的第七十九届会议决议",
}
_SECOND_PAGE = {
    "en": (
        "Expressing concern that digital divides persist between and within countries,\n\n"
        "1. Recognizes the need to harness the potential of information and communications\n"
        "technologies;\n\n2. Requests the Secretary-General to submit a report.\n"
    ),
    "zh": (
        "表示关切国家之间和国家内部仍然存在数字鸿沟，\n\n"
        "1. 认识到需要利用信息和通信技术的潜力；\n\n2. 请秘书长提交报告。\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_header_one_space_apart_under_a_title_the_first_page_wrapped_is_no_text(
    language: str,
) -> None:
    content = f"{_FIRST_PAGE[language]}\f{_HEADER[language]}\n\n{_SECOND_PAGE[language]}"
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["p-1", "pp1", "pp2", "pp3", "1", "2"]
    assert all("A/RES/79/200" not in p.text for p in result.paragraphs)
    assert all(not p.heading_path for p in result.paragraphs)


def test_a_page_break_inside_a_preambular_paragraph_under_a_wrapped_title_joins_it() -> None:
    first_page = _FIRST_PAGE["en"].replace(
        "especially for developing countries,\n", "especially for developing\n"
    )
    content = f"{first_page}\f{_HEADER['en']}\n\ncountries,\n\n{_SECOND_PAGE['en']}"
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["p-1", "pp1", "pp2", "pp3", "1", "2"]
    assert result.paragraphs[2].text.endswith("especially for developing countries,")
