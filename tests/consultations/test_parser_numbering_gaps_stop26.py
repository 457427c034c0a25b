"""Paragraph parser: an excerpt skips paragraphs all along ("1." "2." "10." "13." "14."): a
numbered paragraph after a large jump, opening a line after a finished paragraph, keeps its
printed number even when the next one below is not its number + 1."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

ENGLISH = (
    "1.      This Recommendation addresses ethical issues.\n\n"
    "2.      This Recommendation approaches AI systems as systems.\n\n"
    "10.     The values and principles included below should be respected by all actors.\n\n"
    "13.     The inviolable and inherent dignity of every human constitutes the foundation.\n\n"
    "14.     Persons may interact with AI systems throughout their life cycle.\n"
)
CHINESE = (
    "1.      本建议书述及伦理问题。\n\n"
    "2.      本建议书将人工智能系统视为系统。\n\n"
    "10.     人工智能系统生命周期的所有行为者应尊重下文所载的价值观和原则。\n\n"
    "13.     每个人与生俱来且不可侵犯的尊严构成了基础。\n\n"
    "14.     人们可能会在人工智能系统的整个生命周期中与之互动。\n"
)


@pytest.mark.parametrize(
    ("content", "fmt"),
    [(ENGLISH, "text"), (CHINESE, "text"), (ENGLISH.replace("     ", ""), "markdown")],
    ids=["english", "chinese", "markdown"],
)
def test_an_excerpts_paragraph_after_a_large_jump_keeps_its_number(content: str, fmt: str) -> None:
    paragraphs = parse_document(content, fmt).paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "2", "10", "13", "14"]
    assert {p.kind for p in paragraphs} == {"operative"}
    assert "10." not in paragraphs[1].text
    assert paragraphs[2].text.startswith(("The values", "人工智能系统"))


@pytest.mark.parametrize(
    ("title", "first", "second", "subtitle", "third"),
    [
        (
            "III.    VALUES AND PRINCIPLES",
            "The values and principles included below should be respected.",
            "The inviolable and inherent dignity of every human constitutes the foundation.",
            "        Proportionality and Do No Harm",
            "It should be recognized that AI technologies do not ensure flourishing.",
        ),
        (
            "三、    价值观和原则",
            "所有行为者应尊重下文所载的价值观和原则。",
            "每个人与生俱来且不可侵犯的尊严构成了基础。",
            "        相称性和不损害",
            "应该认识到，人工智能技术本身并不一定能确保蓬勃发展。",
        ),
    ],
    ids=["english", "chinese"],
)
def test_a_jump_below_a_heading_numbers_the_paragraph(
    title: str, first: str, second: str, subtitle: str, third: str
) -> None:
    content = (
        f"I.      SCOPE\n\n1.      {first}\n\n2.      {second}\n\n"
        f"{title}\n\n10.     {first}\n\n13.     {second}\n\n"
        f"{subtitle}\n\n25.     {third}\n\n50.     {first}\n\n51.     {second}\n"
    )
    paragraphs = parse_document(content).paragraphs
    numbered = [p for p in paragraphs if p.kind == "operative"]
    assert [p.anchor for p in numbered] == ["1", "2", "10", "13", "25", "50", "51"]
    assert not any(p.text.startswith(("10.", "25.")) for p in paragraphs)


@pytest.mark.parametrize(
    "line",
    ["10. and the figures below show it.", "10. (a) below."],
    ids=["lowercase", "bracketed"],
)
def test_a_number_opening_no_sentence_after_a_jump_stays_text(line: str) -> None:
    content = (
        "1. This Recommendation addresses ethical issues.\n\n"
        "2. The Assembly adopted the Agenda in 2015.\n\n"
        f"{line}\n\n"
        "13. The inviolable dignity of every human constitutes the foundation.\n\n"
        "14. Persons may interact with AI systems.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "2", "13", "14"]
    assert line in paragraphs[1].text


def test_years_heading_a_chronology_are_no_jump() -> None:
    content = (
        "1. This Recommendation addresses ethical issues.\n\n"
        "2. The main steps were the following.\n\n"
        "2016. First consultations with Member States.\n\n"
        "2020. Adoption of the road map.\n"
    )
    assert [p.anchor for p in parse_document(content).paragraphs] == ["1", "2"]


def test_a_jump_whose_numbers_below_fall_back_stays_text() -> None:
    content = (
        "1. This Recommendation addresses ethical issues.\n\n"
        "2. This Recommendation approaches AI systems as systems.\n\n"
        "10. The values and principles included below should be respected.\n\n"
        "3. The inviolable dignity of every human constitutes the foundation.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "2", "3"]
    assert "10. The values" in paragraphs[1].text


@pytest.mark.parametrize(
    "first",
    ["The Working Group held its first session.", "工作组举行了第一届会议。"],
)
def test_a_number_alone_on_its_line_after_a_jump_is_read_without_failing(first: str) -> None:
    content = f"1. {first}\n\n2. {first}\n\n25.\n\n30. Source: secretariat.\n"
    result = parse_document(content, "text")
    assert [p.anchor for p in result.paragraphs] == ["1", "2"]


@pytest.mark.parametrize(
    "rows",
    [
        "      12. Republic of Korea               0.9679\n"
        "      15. Singapore                       0.9541\n"
        "      23. Kazakhstan                      0.8628\n",
        "      14. Food and Agriculture Organization of the United Nations\n"
        "      19. International Telecommunication Union\n",
    ],
    ids=["ranking", "listing"],
)
def test_rows_numbered_after_a_jump_are_no_paragraphs(rows: str) -> None:
    content = (
        "1. The present note summarizes the Survey.\n\n"
        "2. The ranking of selected countries is shown below.\n\n" + rows
    )
    assert [p.anchor for p in parse_document(content, "text").paragraphs] == ["1", "2"]
