"""Paragraph parser: in plain text laid out as ``pdftotext -layout`` prints it, a heading centred
in the body's column between numbered paragraphs heads the paragraphs below it, in English and
Chinese alike: one set over two or three centred lines ("Information and communications
technologies" + "for development", as A/RES/80/173 prints it) is one heading, not an
unnumbered paragraph; one whose line ends far right, or a short one below a one-line Chinese
paragraph in a text no line of which reaches the page's edge, is no wrapped line of the
paragraph above. Lines set at one indent (a signature), at the right edge (the meeting and
date), "* * *" and a table's caption keep their reading."""

from __future__ import annotations

import pytest

from consultations.parser import ParsedParagraph, parse_document

ENGLISH_ONE = (
    "                     1.    We reaffirm the value and"
    " principles of multi-stakeholder cooperation\n"
    "                and engagement that have characterized the process since its inception.\n"
)
ENGLISH_TWO = (
    "                     2.    We are convinced that information and communications technologies\n"
    "                have demonstrated great potential to promote prosperity.\n"
)
CHINESE_ONE = (
    "                     1.    我们重申信息社会世界首脑会议的进程自启动以来所体现的多利益攸关方\n"
    "                合作互动的价值和原则。\n"
)
CHINESE_TWO = (
    "                     2.    我们相信，信息和通信技术已展示出促进繁荣和可持续发展的巨大潜力。\n"
)
ICT_IN_TWO_LINES = (
    "                                  Information and communications technologies\n"
    "                                               for development\n"
)
ICT_IN_ONE_LINE = "                                       信息和通信技术促进发展\n"


def rows(content: str) -> list[tuple[str, str, str | None]]:
    return [(found.anchor, found.kind, found.parent) for found in parse(content)]


def parse(content: str) -> list[ParsedParagraph]:
    return list(parse_document(content, "text").paragraphs)


def text_of(content: str, anchor: str) -> str:
    return next(found.text for found in parse(content) if found.anchor == anchor)


HEADED = [("1", "operative", None), ("p-2", "heading", None), ("2", "operative", "p-2")]


@pytest.mark.parametrize("apart", ["", "\n"], ids=["no-blank-lines", "blank-lines-around"])
def test_a_heading_centred_over_two_lines_heads_the_paragraph_below_it(apart: str) -> None:
    english = ENGLISH_ONE + apart + ICT_IN_TWO_LINES + apart + ENGLISH_TWO
    chinese = CHINESE_ONE + apart + ICT_IN_ONE_LINE + apart + CHINESE_TWO
    assert rows(english) == rows(chinese) == HEADED
    assert text_of(english, "p-2") == "Information and communications technologies for development"
    assert text_of(chinese, "p-2") == "信息和通信技术促进发展"
    assert text_of(english, "1").endswith("since its inception.")


def test_a_chinese_heading_centred_over_two_lines_is_one_heading() -> None:
    chinese = (
        CHINESE_ONE
        + "                                     建立使用信息和通信技术的\n"
        + "                                            信心和安全保障\n"
        + CHINESE_TWO
    )
    english = (
        ENGLISH_ONE
        + "                           Building confidence and security in the use of information\n"
        + "                                        and communications technologies\n"
        + ENGLISH_TWO
    )
    assert rows(chinese) == rows(english) == HEADED
    assert text_of(chinese, "p-2") == "建立使用信息和通信技术的信心和安全保障"
    assert text_of(english, "p-2") == (
        "Building confidence and security in the use of information and communications technologies"
    )


def test_a_long_centred_line_ending_far_right_is_no_wrap_of_the_paragraph_above() -> None:
    english = (
        ENGLISH_ONE
        + "                                  Building Confidence and Security in the Use\n"
        + "                               of Information and Communications Technologies\n"
        + ENGLISH_TWO
    )
    assert rows(english) == HEADED
    assert text_of(english, "1").endswith("since its inception.")
    assert text_of(english, "p-2") == (
        "Building Confidence and Security in the Use of Information and Communications Technologies"
    )


def test_a_heading_centred_over_three_lines_is_one_heading() -> None:
    english = (
        ENGLISH_ONE
        + "                                  Information and communications technologies\n"
        + "                                   for development, in particular for the least\n"
        + "                                          developed countries\n"
        + ENGLISH_TWO
    )
    assert rows(english) == HEADED
    assert text_of(english, "p-2") == (
        "Information and communications technologies for development, in particular for the "
        "least developed countries"
    )


CHINESE_SHORT = (
    "                      我们，参加大会高级别会议的各国部长和代表团团长，\n"
    "                      回顾 2015 年 12 月 16 日第 70/125 号决议，\n"
    "                                                  导言\n"
    "                     1.    我们重申对信息社会世界首脑会议愿景的承诺。\n"
    "                     2.    我们进一步重申对《日内瓦原则宣言》的承诺。\n"
    "                                                 后续行动\n"
    "                     3.    我们请秘书长每年提出报告。\n"
)
ENGLISH_SHORT = (
    "                      We, the Ministers and heads of"
    " delegation participating in the high-level\n"
    "                meeting of the General Assembly,\n"
    "                      Recalling resolution 70/125 of 16 December 2015,\n"
    "                                              Introduction\n"
    "                     1.    We reaffirm our commitment to"
    " the vision of the World Summit on the\n"
    "                Information Society.\n"
    "                     2.    We further reaffirm our commitment to the Geneva Declaration of\n"
    "                Principles.\n"
    "                                                Follow-up\n"
    "                     3.    We request the Secretary-General to report annually.\n"
)


def test_a_centred_heading_below_a_one_line_chinese_paragraph_is_a_heading() -> None:
    expected = [
        ("pp1", "preamble", None),
        ("pp2", "preamble", None),
        ("p-3", "heading", None),
        ("1", "operative", "p-3"),
        ("2", "operative", "p-3"),
        ("p-6", "heading", None),
        ("3", "operative", "p-6"),
    ]
    assert rows(CHINESE_SHORT) == rows(ENGLISH_SHORT) == expected
    assert text_of(CHINESE_SHORT, "2") == "我们进一步重申对《日内瓦原则宣言》的承诺。"
    assert text_of(CHINESE_SHORT, "p-6") == "后续行动"


# Near misses: these keep their reading.


def test_a_paragraph_wrapped_under_its_number_stays_one_paragraph() -> None:
    english = (
        ENGLISH_ONE + "                     2.    We are convinced that"
        " information and communications technologies\n"
        + "                           have demonstrated great potential.\n"
        + "                     3.    We request the Secretary-General to report annually.\n"
    )
    assert rows(english) == [
        ("1", "operative", None),
        ("2", "operative", None),
        ("3", "operative", None),
    ]
    assert text_of(english, "2").endswith("technologies have demonstrated great potential.")


def test_a_signature_aligned_on_its_left_edge_stays_one_trailing_block() -> None:
    english = (
        ENGLISH_ONE
        + ENGLISH_TWO
        + "\n"
        + "                                                              (Signed) Guy Ryder\n"
        + "                                                              Under-Secretary-General\n"
    )
    parsed = parse_document(english, "text")
    assert [found.anchor for found in parsed.paragraphs] == ["1", "2"]
    assert [warning.excerpt for warning in parsed.warnings] == [
        "(Signed) Guy Ryder Under-Secretary-General"
    ]


def test_the_meeting_and_date_at_the_right_edge_head_nothing() -> None:
    english = (
        ENGLISH_ONE + ENGLISH_TWO + "\n" + "                                                  "
        "                      65th plenary meeting\n"
        + "                                                  "
        "                        16 December 2025\n"
    )
    assert rows(english) == [("1", "operative", None), ("2", "operative", None)]


def test_centred_stars_between_paragraphs_head_nothing() -> None:
    stars = " " * 52 + "* * *\n"
    english = ENGLISH_ONE + stars + ENGLISH_TWO
    assert rows(english) == [("1", "operative", None), ("2", "operative", None)]


def test_a_tables_centred_caption_stays_in_the_table() -> None:
    english = (
        ENGLISH_ONE
        + "                Table 1\n"
        + "                                         Internet use by region\n"
        + "                                              (Percentage)\n"
        + "                Region                 2019      2021      2023\n"
        + "                Africa                   28        33        37\n"
        + ENGLISH_TWO
    )
    assert rows(english) == [
        ("1", "operative", None),
        ("p-2", "unnumbered", None),
        ("2", "operative", None),
    ]
    assert text_of(english, "p-2").startswith("Table 1\nInternet use by region\n(Percentage)")


def test_a_centred_dateline_and_signature_between_paragraphs_head_nothing() -> None:
    english = (
        "     1.    The Council adopted the following conclusions at its meeting on 3 March 2026.\n"
        "\n"
        "                                        Geneva, 4 March 2026\n"
        "\n"
        "                                          (Signed) Jane Doe\n"
        "                                                  Chair\n"
        "\n"
        "     2.    The annex contains the list of participants.\n"
    )
    chinese = (
        "     1.    理事会在 2026 年 3 月 3 日的会议上通过了以下结论。\n"
        "\n"
        "                                        2026 年 3 月 4 日，日内瓦\n"
        "\n"
        "                                          主席\n"
        "                                       简·多伊（签名）\n"
        "\n"
        "     2.    附件载有与会者名单。\n"
    )
    for content in (english, chinese):
        rows = [(p.anchor, p.kind, p.parent) for p in parse_document(content, "text").paragraphs]
        assert rows == [
            ("1", "operative", None),
            ("p-2", "unnumbered", None),
            ("2", "operative", None),
        ]
