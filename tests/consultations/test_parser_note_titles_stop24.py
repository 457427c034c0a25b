"""Paragraph parser: a note whose line stops at a title's colon ("…, Measuring Digital
Development:") goes on over the line below ("Facts and Figures 2024 (Geneva, 2024)."), which is
no paragraph of the text."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

PAGE = (
    "     1. The Commission had before it the report of the Secretary-General.1\n\n"
    "     2. Internet use continued to grow in 2024.2\n\n"
    "          __________________\n"
    "          1   E/CN.16/2025/2.\n"
    "          2   {note}\n"
    "              {title}\n\n"
    "25-01234" + " " * 85 + "1/1\n"
)


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "International Telecommunication Union, Measuring Digital Development:",
            "Facts and Figures 2024 (Geneva, 2024).",
        ),
        ("国际电信联盟，《衡量数字发展：", "2024年事实与数字》(2024年，日内瓦)。"),
        ("国际电信联盟，衡量数字发展：", "2024年事实与数字(2024年，日内瓦)。"),
    ],
    ids=["english", "chinese-in-title-marks", "chinese"],
)
def test_a_note_stopped_at_a_titles_colon_goes_on_below(note: str, title: str) -> None:
    paragraphs = parse_document(PAGE.format(note=note, title=title)).paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "2"]
    assert paragraphs[1].text == "Internet use continued to grow in 2024."


def test_past_the_page_foot_the_text_resumes_below_a_note_at_its_colon() -> None:
    content = (
        "1. Requests the Office to prepare a compilation of good practices,1 and decides that "
        "the compilation shall be\n"
        "1 The compilation will draw on the submissions listed in the annex to the report titled:\n"
        "24-12553 3/6\n"
        "made available on the website of the Office;\n"
        "2. Decides to continue its consideration of this issue.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert paragraphs[0].text.endswith("shall be made available on the website of the Office;")
