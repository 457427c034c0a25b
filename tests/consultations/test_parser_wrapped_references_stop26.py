"""Paragraph parser: a paragraph wrapped right before the part of a text it cites, so that the
next line opens like a marker. "…taking into account section" + "II. A of his report and the"
made section II a heading over the paragraphs below; "…taking into account paragraph 5" (a
short line) + "(c) of resolution 79/194;" made a sub-paragraph (c) of the reference's end, and
the real "(c) Technology transfer;" was kept as its text; an out-of-sequence "(b) of …" or
"(b)段；" stayed in the text after a raw newline. Each is now the sentence it goes on with."""

from __future__ import annotations

import pytest

from consultations.parser import ParsedParagraph, parse_document
from tests.consultations.parser_helpers import parsed_rows


def _paragraphs(content: str, fmt: str = "text") -> list[ParsedParagraph]:
    return parse_document(content, fmt).paragraphs


SECTION_CITED = (
    "The General Assembly,\n\n"
    "Recalling its resolution 79/194,\n\n"
    "1. Requests the Secretary-General to report thereon, taking into account section\n"
    "II. A of his report and the\n"
    "recommendations therein;\n\n"
    "2. Decides to remain seized of the matter.\n"
)
# As pdftotext -layout prints it, the second reference on a short line of its own.
SECTIONS_CITED_LAYOUT = (
    "                                   The General Assembly,\n\n"
    "                   1.    Requests the Secretary-General to report thereon, taking into\n"
    "             account the recommendations contained in his report, in particular section\n"
    "             II. A of the report and chapter\n"
    "             IV. B, paragraph 2, of the annex thereto;\n\n"
    "                   2.    Decides to remain seized of the matter.\n"
)
CHINESE_SECTION_CITED = (
    "大会，\n\n"
    "回顾其第 79/194 号决议，\n\n"
    "1. 请秘书长就此提出报告，同时考虑到其报告\n"
    "二、A 节以及其中所载的\n"
    "建议；\n\n"
    "2. 决定继续处理此案。\n"
)


@pytest.mark.parametrize(
    ("content", "first"),
    [
        (
            SECTION_CITED,
            "Requests the Secretary-General to report thereon, taking into account section II. A"
            " of his report and the recommendations therein;",
        ),
        (
            SECTIONS_CITED_LAYOUT,
            "Requests the Secretary-General to report thereon, taking into account the"
            " recommendations contained in his report, in particular section II. A of the report"
            " and chapter IV. B, paragraph 2, of the annex thereto;",
        ),
        (
            CHINESE_SECTION_CITED,
            "请秘书长就此提出报告，同时考虑到其报告二、A 节以及其中所载的建议；",
        ),
    ],
    ids=["section", "layout-sections", "chinese-section"],
)
def test_a_section_cited_at_a_lines_start_goes_on_with_the_sentence(
    content: str, first: str
) -> None:
    operatives = [row for row in parsed_rows(content) if row[1] in ("operative", "heading")]
    assert [row[:3] for row in operatives] == [("1", "operative", None), ("2", "operative", None)]
    assert operatives[0][3] == first


ITEMS_LAYOUT = (
    "             The General Assembly,\n\n"
    "                   1.    Requests the Secretary-General to submit a report on:\n\n"
    "                         (a)   Financing;\n\n"
    "                         (b)   Capacity-building, in particular for least developed"
    " countries,\n"
    "             taking into account paragraph 5\n"
    "             {marker} of resolution 79/194;\n\n"
    "{rest}"
    "                   2.    Decides to remain seized of the matter.\n"
)
TECHNOLOGY = "                         (c)   Technology transfer;\n\n"
CAPACITY = (
    "Capacity-building, in particular for least developed countries, taking into account"
    " paragraph 5 {marker} of resolution 79/194;"
)


@pytest.mark.parametrize(
    ("marker", "rest", "items"),
    [
        ("(c)", TECHNOLOGY, ["1.a", "1.b", "1.c"]),
        ("(c)", "", ["1.a", "1.b"]),
        ("(b)", "", ["1.a", "1.b"]),
        ("(b)", TECHNOLOGY, ["1.a", "1.b", "1.c"]),
    ],
    ids=["next-letter", "next-letter-alone", "out-of-sequence", "out-of-sequence-then-next"],
)
def test_a_marker_completing_a_reference_below_a_short_line_is_no_item(
    marker: str, rest: str, items: list[str]
) -> None:
    result = parse_document(ITEMS_LAYOUT.format(marker=marker, rest=rest), "text")
    subparagraphs = {p.anchor: p for p in result.paragraphs if p.kind == "subparagraph"}
    assert list(subparagraphs) == items
    assert subparagraphs["1.b"].text == CAPACITY.format(marker=marker)
    assert all(p.parent == "1" for p in subparagraphs.values())
    if "1.c" in subparagraphs:
        assert subparagraphs["1.c"].text == "Technology transfer;"
    assert not [w for w in result.warnings if "out of sequence" in w.message]


def test_markers_cited_together_below_short_lines_stay_in_the_item() -> None:
    content = (
        "The General Assembly,\n\n"
        "1. Requests the Secretary-General to submit a report on:\n"
        "(a) Financing;\n"
        "(b) Capacity-building, in particular for least developed countries, taking\n"
        "into account paragraphs 5\n"
        "(b) and 7 of resolution 79/194, and subparagraph\n"
        "(c) thereof;\n"
        "(c) Technology transfer;\n"
        "2. Decides to remain seized of the matter.\n"
    )
    rows = parsed_rows(content)
    assert [row[:3] for row in rows[1:]] == [
        ("1", "operative", None),
        ("1.a", "subparagraph", "1"),
        ("1.b", "subparagraph", "1"),
        ("1.c", "subparagraph", "1"),
        ("2", "operative", None),
    ]
    assert rows[3][3] == (
        "Capacity-building, in particular for least developed countries, taking into account"
        " paragraphs 5 (b) and 7 of resolution 79/194, and subparagraph (c) thereof;"
    )


CHINESE_ITEMS_LAYOUT = (
    "             大会，\n\n"
    "                   1.    请秘书长就以下方面提交一份报告：\n\n"
    "                         (a)   筹资；\n\n"
    "                         (b)   能力建设，同时考虑到第 79/194 号\n"
    "             决议第 5\n"
    "             {marker}段；\n\n"
    "{rest}"
    "                   2.    决定继续处理此案。\n"
)


@pytest.mark.parametrize(
    ("marker", "rest", "items"),
    [
        ("(b)", "", ["1.a", "1.b"]),
        ("(c)", "", ["1.a", "1.b"]),
        ("(c)", "                         (c)   技术转让；\n\n", ["1.a", "1.b", "1.c"]),
    ],
    ids=["out-of-sequence", "next-letter-alone", "next-letter-then-real-one"],
)
def test_a_chinese_marker_completing_an_ordinal_below_a_short_line_is_no_item(
    marker: str, rest: str, items: list[str]
) -> None:
    result = parse_document(CHINESE_ITEMS_LAYOUT.format(marker=marker, rest=rest), "text")
    subparagraphs = {p.anchor: p.text for p in result.paragraphs if p.kind == "subparagraph"}
    assert list(subparagraphs) == items
    assert subparagraphs["1.b"] == f"能力建设，同时考虑到第 79/194 号决议第 5{marker}段；"
    assert not [w for w in result.warnings if "out of sequence" in w.message]


def test_a_wrapped_reference_in_markdown_goes_on_with_its_item() -> None:
    content = (
        "The General Assembly,\n\n"
        "1. Requests the Secretary-General to submit a report on:\n\n"
        "   (a) Financing;\n\n"
        "   (b) Capacity-building, in particular for least developed countries,\n"
        "   taking into account paragraph 5\n"
        "   (c) of resolution 79/194;\n\n"
        "   (c) Technology transfer;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    subparagraphs = {
        p.anchor: p.text for p in _paragraphs(content, "markdown") if p.kind == "subparagraph"
    }
    assert subparagraphs == {
        "1.a": "Financing;",
        "1.b": CAPACITY.format(marker="(c)"),
        "1.c": "Technology transfer;",
    }


# Near misses: real markers and headings after such lines keep their reading.


def test_items_below_a_reference_that_introduces_them_stay_items() -> None:
    content = (
        "The General Assembly,\n\n"
        "1. Decides, in accordance with paragraph 5\n"
        "(a) To establish a working group;\n"
        "(b) To request the working group to report;\n\n"
        "2. Requests the Secretary-General to report on the following, as follows:\n"
        "(a) Financing, in accordance with paragraph 5\n"
        "(b) Capacity-building, as referred to in paragraph 5\n"
        "(c) to (e) of resolution 79/194, which the working group will consider;\n"
    )
    rows = parsed_rows(content)
    assert [row[:3] for row in rows[1:]] == [
        ("1", "operative", None),
        ("1.a", "subparagraph", "1"),
        ("1.b", "subparagraph", "1"),
        ("2", "operative", None),
        ("2.a", "subparagraph", "2"),
        ("2.b", "subparagraph", "2"),
    ]
    assert rows[-1][3] == (
        "Capacity-building, as referred to in paragraph 5 (c) to (e) of resolution 79/194, which"
        " the working group will consider;"
    )


def test_a_section_heading_below_a_cited_section_stays_a_heading() -> None:
    content = (
        "Report of the Secretary-General\n\n"
        "I. Introduction\n\n"
        "1. The present report follows the annex, in particular its section\n"
        "II. A of the annex and chapter\n"
        "III. B of the report;\n\n"
        "II. A new agenda for peace\n\n"
        "2. The Secretary-General proposes a new agenda.\n"
    )
    rows = [row for row in parsed_rows(content) if row[1] != "unnumbered"]
    assert [row[:3] for row in rows] == [
        ("section-1", "heading", None),
        ("1", "operative", "section-1"),
        ("section-2", "heading", None),
        ("2", "operative", "section-2"),
    ]
    assert rows[1][3].endswith("section II. A of the annex and chapter III. B of the report;")
    assert rows[2][3] == "A new agenda for peace"


def test_a_capitalised_title_below_a_word_citing_a_section_stays_a_heading() -> None:
    content = (
        "The General Assembly,\n\n"
        "1. Requests the Secretary-General to report on progress made in implementing section\n"
        "II. A New Agenda for Peace\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    assert [row[:3] for row in parsed_rows(content)[1:]] == [
        ("1", "operative", None),
        ("section-2", "heading", None),
        ("2", "operative", "section-2"),
    ]


def test_a_section_cited_without_its_letter_below_its_word_goes_on_with_the_preamble() -> None:
    content = (
        "                             The General Assembly,\n"
        "\n"
        "                             Recalling its resolution 70/1 of 25 September 2015, in"
        " particular paragraph 5\n"
        "              (c) of resolution 70/1 and target 17.8 of the Sustainable Development"
        " Goals,\n"
        "                             Reaffirming section\n"
        "              II of the annex to its resolution 77/335,\n"
        "                             Noting the report of the Secretary-General,\n"
        "\n"
        "                             1.     Decides to convene a high-level meeting in 2026;\n"
    )
    rows = [(p.anchor, p.parent, p.text) for p in parse_document(content, "text").paragraphs]
    assert rows[1:] == [
        (
            "pp1",
            None,
            "Recalling its resolution 70/1 of 25 September 2015, in particular paragraph 5 (c)"
            " of resolution 70/1 and target 17.8 of the Sustainable Development Goals,",
        ),
        ("pp2", None, "Reaffirming section II of the annex to its resolution 77/335,"),
        ("pp3", None, "Noting the report of the Secretary-General,"),
        ("1", None, "Decides to convene a high-level meeting in 2026;"),
    ]
