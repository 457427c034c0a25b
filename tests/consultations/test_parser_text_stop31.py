"""Paragraph parser, English and Chinese texts of kinds an audit met (stop 31):

- a table's column heads right above its first row of figures are the table's, however wide or
  indented pdftotext prints them, blank lines around them or not: one figure paragraph, never a
  heading over the paragraphs after the table nor a paragraph of their own;
- a delegation's tag after a paragraph's own punctuation, "…development, (G77 and China)",
  "…发展权，（77国集团和中国）", or stating a position, "(G77: retain)", "（77国集团：保留）",
  ends it as a status tag does: the heading below it is no words of it, and a position line right
  below stays a line of its own;
- a compilation's paragraph bracketed whole with its number, "[PP2 Recalling …,]", is labelled
  "PP2", the brackets its text's, as "[OP2. …]" always was;
- a paragraph's alternatives under its colon, "Option 1: …" + "Option 2: …", "备选案文1：…", are
  lines of its text, as its bullets are, whatever the first one's wrapped lines;
- a Markdown link or span that pandoc wrapped over lines is read as its text, as on one line;
- a word a line-end hyphen broke before a common ending ("respon-" + "sibilities", "tech-" +
  "nologies") is whole again; a compound's hyphen ("decision-" + "making") stays.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consultations.parser import Format, parse_document
from tests.consultations.parser_helpers import parsed_rows


def _figure_text(*lines: str) -> str:
    return "\n".join(" ".join(line.split()) for line in lines)


# -- F1, F2: a table's column heads ----------------------------------------------------------

_TABLES = {
    "en": (
        "1. The rate fell from 1.62 to 0.79 (see table 1).",
        "Table 1",
        "Disaster mortality, 2005–2024",
        "Period                    Deaths per 100,000         Number of countries",
        ("2005–2014                 1.62                       121", "2015–2024    0.79   157"),
        "Source: Sendai Framework Monitor.",
        "2. The number of people affected increased.",
    ),
    "zh": (
        "1. 死亡率从1.62降至0.79（见表1）。",
        "表 1",
        "灾害死亡率，2005–2024年",
        "时期                  每10万人死亡人数              报告国家数目",
        ("2005–2014年            1.62                          121", "2015–2024年   0.79   157"),
        "资料来源：仙台框架监测。",
        "2. 受影响人数有所增加。",
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("indent", ["", " "], ids=["margin", "indented"])
@pytest.mark.parametrize("gap", ["", "\n"], ids=["no-blank", "blank-lines"])
def test_a_tables_column_heads_are_the_tables(language: str, indent: str, gap: str) -> None:
    first, caption, title, heads, rows, source, last = _TABLES[language]
    body = "\n".join(indent + row for row in rows)
    content = (
        f"{first}\n\n{caption}\n{title}\n{gap}{indent}{heads}\n{gap}{body}\n\n{source}\n\n{last}\n"
    )
    assert parsed_rows(content) == [
        ("1", "operative", None, first[3:]),
        ("p-2", "unnumbered", None, _figure_text(caption, title, heads, *rows, source)),
        ("2", "operative", None, last[3:]),
    ]


_HEAD_WORDS = st.lists(
    st.sampled_from(["Period", "Deaths", "per", "100,000", "Number", "of", "countries", "Rate"]),
    min_size=1,
    max_size=4,
).map(lambda words: " ".join(words).capitalize())  # a head in lower case goes on with a title


@given(
    heads=st.lists(_HEAD_WORDS, min_size=2, max_size=4),
    gap=st.integers(min_value=2, max_value=12),
    indent=st.integers(min_value=0, max_value=3),
    blank=st.booleans(),
)
def test_column_heads_of_any_width_stay_in_their_table(
    heads: list[str], gap: int, indent: int, blank: bool
) -> None:
    margin, between = " " * indent, "\n" if blank else ""
    head_row = (" " * gap).join(heads)
    content = (
        "1. The rate fell (see table 1).\n\nTable 1\nDisaster mortality\n"
        f"{between}{margin}{head_row}\n{between}"
        f"{margin}2005–2014{' ' * gap}1.62{' ' * gap}121\n"
        f"{margin}2015–2024{' ' * gap}0.79{' ' * gap}157\n\n"
        "Source: Sendai Framework Monitor.\n\n2. The number increased.\n"
    )
    rows = parsed_rows(content)
    assert [(anchor, kind, parent) for anchor, kind, parent, _ in rows] == [
        ("1", "operative", None),
        ("p-2", "unnumbered", None),
        ("2", "operative", None),
    ]
    assert " ".join(head_row.split()) in rows[1][3].split("\n")


# -- F8: a delegation's tag at a paragraph's end --------------------------------------------

_TAGGED = {
    "en": (
        "PP1 Reaffirming the Charter of the United Nations,",
        "PP2 Recalling the right to development",
        ",",
        "Operative part",
        "OP1 We commit to close the digital divides.",
    ),
    "zh": (
        "PP1 重申《联合国宪章》，",
        "PP2 回顾发展权",
        "，",
        "执行部分",
        "OP1 我们承诺弥合数字鸿沟。",
    ),
}
_TAGS = {
    "en": ["(G77 and China)", "(G77: retain)", "(EU, US: delete)", "(G77: retain; EU: delete)"],
    "zh": ["（77国集团和中国）", "（77国集团：保留）", "（欧盟、美国：删除）"],
}
_TAG_CASES = [
    (language, tag, punctuated)
    for language, tags in _TAGS.items()
    for tag in tags
    for punctuated in (True, False)
    # A name alone after a word is a sentence's parenthesis ("…Organization (UNESCO)"): only its
    # punctuation before it, or a position inside it, ends the paragraph.
    if punctuated or ":" in tag or "：" in tag
]


@pytest.mark.parametrize(("language", "tag", "punctuated"), _TAG_CASES)
def test_a_delegations_tag_ends_its_paragraph(language: str, tag: str, punctuated: bool) -> None:
    first, second, comma, heading, operative = _TAGGED[language]
    separator = comma if punctuated else ""
    space = " " if language == "en" else ""
    tagged = f"{second}{separator}{space}{tag}"
    content = f"{first}\n\n{tagged}\n\n{heading}\n\n{operative}\n"
    rows = parsed_rows(content)
    assert rows[1] == ("pp2", "preamble", None, tagged[4:])
    assert rows[2] == ("p-3", "heading", None, heading)
    assert rows[3][:3] == ("1", "operative", "p-3")


@pytest.mark.parametrize(
    ("paragraph", "position", "expected"),
    [
        (
            "OP2 Decides to make the Forum permanent; (EU, Switzerland)",
            "China: delete",
            "Decides to make the Forum permanent; (EU, Switzerland)\nChina: delete",
        ),
        (
            "OP2 决定使论坛成为常设论坛；（欧盟、瑞士）",
            "中国：删除",
            "决定使论坛成为常设论坛；（欧盟、瑞士）\n中国：删除",
        ),
    ],
    ids=["en", "zh"],
)
def test_a_position_below_a_tagged_paragraph_stays_on_its_line(
    paragraph: str, position: str, expected: str
) -> None:
    content = f"OP1 Reaffirms the vision;\n\n{paragraph}\n{position}\n\nOP3 Requests a report.\n"
    assert [text for *_, text in parsed_rows(content)][1] == expected


def test_a_sentences_parenthesis_at_a_lines_end_still_goes_on() -> None:
    content = (
        "1. Invites the United Nations Educational, Scientific and Cultural Organization (UNESCO)\n"
        "and the International Telecommunication Union to report.\n\n2. Decides to remain seized.\n"
    )
    assert next(text for *_, text in parsed_rows(content)) == (
        "Invites the United Nations Educational, Scientific and Cultural Organization (UNESCO) "
        "and the International Telecommunication Union to report."
    )


# -- F9: a paragraph bracketed whole with its number -----------------------------------------


@pytest.mark.parametrize(
    ("first", "bracketed", "third", "operative", "label", "anchor", "text"),
    [
        (
            "PP1 Reaffirming the Charter of the United Nations,",
            "[PP2 Recalling the right to development,]",
            "PP3 Noting the report,",
            "OP1 We commit to close the digital divides.",
            "PP2",
            "pp2",
            "[Recalling the right to development,]",
        ),
        (
            "PP1 Reaffirming the Charter of the United Nations,",
            "[PP2 bis Recalling the right to development,] (G77: retain; EU, US: delete)",
            "PP3 Noting the report,",
            "OP1 We commit to close the digital divides.",
            "PP2 bis",
            "pp2bis",
            "[Recalling the right to development,] (G77: retain; EU, US: delete)",
        ),
        (
            "PP1 重申《联合国宪章》，",
            "［PP2 回顾发展权，］",
            "PP3 注意到报告，",
            "OP1 我们承诺弥合数字鸿沟。",
            "PP2",
            "pp2",
            "［回顾发展权，］",
        ),
    ],
    ids=["en", "en-tagged", "zh"],
)
def test_a_paragraph_bracketed_with_its_number_keeps_its_label(
    first: str, bracketed: str, third: str, operative: str, label: str, anchor: str, text: str
) -> None:
    content = f"{first}\n\n{bracketed}\n\n{third}\n\n{operative}\n"
    paragraphs = parse_document(content).paragraphs
    found = next(p for p in paragraphs if p.anchor == anchor)
    assert (found.label, found.kind, found.text) == (label, "preamble", text)
    assert [p.anchor for p in paragraphs] == ["pp1", anchor, "pp3", "1"]


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("[OP2 We decide to establish a panel.]", "[We decide to establish a panel.]"),
        ("［OP2 我们决定设立一个小组。］", "［我们决定设立一个小组。］"),
    ],
    ids=["en", "zh"],
)
def test_an_operative_paragraph_bracketed_with_its_number_is_numbered(line: str, text: str) -> None:
    content = f"OP1 We commit to close the digital divides.\n\n{line}\n\nOP3 We will report.\n"
    assert [(anchor, kind, body) for anchor, kind, _, body in parsed_rows(content)][1] == (
        "2",
        "operative",
        text,
    )


# -- F10: a paragraph's alternatives under its colon ----------------------------------------

_OPTIONS = {
    "en": (
        "3. We will promote meaningful connectivity:",
        ["Option 1: by 2030, in all countries;", "Option 2: by 2030, in developing countries;"],
        "4. We encourage the private sector to invest.",
    ),
    "zh": (
        "3. 我们将促进有意义的连通：",
        ["备选案文1：到2030年，在所有国家；", "备选案文2：到2030年，在发展中国家；"],
        "4. 我们鼓励私营部门投资。",
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("gap", ["\n", ""], ids=["blank-lines", "no-blank"])
def test_alternatives_under_a_colon_are_lines_of_the_paragraph(
    language: str, fmt: Format, gap: str
) -> None:
    lead_in, options, last = _OPTIONS[language]
    content = f"\n{gap}".join([lead_in, *options, last]) + "\n"
    assert parsed_rows(content, fmt) == [
        ("3", "operative", None, "\n".join([lead_in[3:], *options])),
        ("4", "operative", None, last[3:]),
    ]


def test_the_next_alternative_below_a_wrapped_one_is_the_paragraphs_too() -> None:
    content = (
        "3. We will promote meaningful connectivity:\n\n"
        "Option 1: by 2030, in all countries, with targets set by each Member State and reviewed\n"
        "at the Forum;\n\nOption 2: by 2030, in developing countries;\n\n"
        "4. We encourage the private sector to invest.\n"
    )
    assert [text for *_, text in parsed_rows(content)] == [
        "We will promote meaningful connectivity:\n"
        "Option 1: by 2030, in all countries, with targets set by each Member State and reviewed "
        "at the Forum;\nOption 2: by 2030, in developing countries;",
        "We encourage the private sector to invest.",
    ]


def test_an_option_heading_under_a_heading_stays_a_heading() -> None:
    content = (
        "B. Options for the mechanism\n\nOption 1: A new intergovernmental panel\n\n"
        "1. Under this option the panel would report annually.\n\n"
        "Option 2: A network of existing bodies\n\n2. Under this option the network would report.\n"
    )
    assert [(anchor, kind, parent) for anchor, kind, parent, _ in parsed_rows(content)] == [
        ("section-b", "heading", None),
        ("p-2", "heading", "section-b"),
        ("1", "operative", "p-2"),
        ("p-4", "heading", "section-b"),
        ("2", "operative", "p-4"),
    ]


# -- F11: a Markdown link or span wrapped over lines -----------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "1.  The report responds to [that\n    request]{.underline}.\n\n"
            "2.  See the [report of the\n    Secretary-General](https://undocs.org/A/79/62) for "
            "details.\n",
            [
                "The report responds to that request.",
                "See the report of the Secretary-General for details.",
            ],
        ),
        (
            "1.  报告回应了[该\n    请求]{.underline}。\n\n"
            "2.  见[秘书长的\n    报告](https://undocs.org/zh/A/79/62)。\n",
            ["报告回应了该请求。", "见秘书长的报告。"],
        ),
    ],
    ids=["en", "zh"],
)
def test_a_wrapped_link_or_span_is_read_as_its_text(content: str, expected: list[str]) -> None:
    assert [text for *_, text in parsed_rows(content, "markdown")] == expected


_WORDS = st.lists(
    st.sampled_from(["report", "of", "the", "Secretary-General", "on", "data", "governance"]),
    min_size=2,
    max_size=8,
)


@given(
    words=_WORDS,
    data=st.data(),
    markup=st.sampled_from(["(https://undocs.org/A/79/62)", "{.underline}", "{.mark}"]),
)
def test_a_link_reads_alike_wherever_pandoc_wrapped_it(
    words: list[str], data: st.DataObject, markup: str
) -> None:
    wrap = data.draw(st.integers(min_value=1, max_value=len(words) - 1))
    one_line = f"1.  See the [{' '.join(words)}]{markup} for details.\n"
    wrapped = (
        f"1.  See the [{' '.join(words[:wrap])}\n    {' '.join(words[wrap:])}]{markup} for "
        "details.\n"
    )
    assert parsed_rows(wrapped, "markdown") == parsed_rows(one_line, "markdown")


# -- F14: line-end hyphens before a common ending ------------------------------------------


def _operative_text(sentence: str) -> str:
    content = f"The General Assembly,\n\nRecalling its resolution 70/125,\n\n1. {sentence}\n"
    return next(p.text for p in parse_document(content).paragraphs if p.anchor == "1")


@pytest.mark.parametrize(
    ("broken", "whole"),
    [
        ("common but differentiated respon-\nsibilities", "responsibilities"),
        ("mobile tele-\nphony", "telephony"),
        ("new tech-\nnologies", "technologies"),
        ("access to infor-\nmation", "information"),
        ("resilient infrastruc-\nture", "infrastructure"),
        ("meaningful partici-\npation", "participation"),
        ("the possi-\nbility", "possibility"),
        ("energy effi-\nciency", "efficiency"),
    ],
)
def test_a_word_broken_before_a_common_ending_is_whole_again(broken: str, whole: str) -> None:
    text = _operative_text(f"Stresses {broken} for all;")
    assert whole in text.split()
    assert "-" not in text


@pytest.mark.parametrize(
    ("broken", "kept"),
    [("inclusive decision-\nmaking", "decision-making"), ("nation-\nbuilding", "nation-building")],
)
def test_a_compounds_hyphen_still_stays(broken: str, kept: str) -> None:
    assert kept in _operative_text(f"Stresses {broken} for all;").split()


def test_chinese_text_breaks_no_word_at_a_hyphen() -> None:
    # Chinese hyphenates nothing: a Latin term broken in it is joined as in English.
    content = "大会，\n\n回顾其第70/125号决议，\n\n1. 强调移动通信（tele-\nphony）的作用。\n"
    assert parsed_rows(content)[-1][3] == "强调移动通信（telephony）的作用。"
