"""Paragraph parser: list items and headings as UN drafts print them, whether the conversion kept
every space or not."""

from __future__ import annotations

from itertools import pairwise

import pytest

from consultations.parser import parse_document


def _headings(content: str, fmt: str) -> list[tuple[str, str | None, str, tuple[str, ...]]]:
    """Each heading's anchor, label and title, and the heading path of the paragraph below it."""
    paragraphs = parse_document(content, fmt).paragraphs
    return [
        (heading.anchor, heading.label, heading.text, below.heading_path)
        for heading, below in pairwise(paragraphs)
        if heading.kind == "heading"
    ]


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        ("A.Background\n1. The Assembly recalls.\nB.Scope\n2. Decides.\n", "text"),
        ("A.Background\n\n1. The Assembly recalls.\n\nB.Scope\n\n2. Decides.\n", "markdown"),
    ],
)
def test_a_letter_heading_glued_to_its_title_is_a_heading(content: str, fmt: str) -> None:
    assert _headings(content, fmt) == [
        ("section-a", "A", "Background", ("A. Background",)),
        ("section-b", "B", "Scope", ("B. Scope",)),
    ]


def test_an_initial_glued_to_a_word_in_lower_case_is_no_heading() -> None:
    content = "1. The Assembly recalls.\nE.g. the Forum.\n"
    assert [p.anchor for p in parse_document(content).paragraphs] == ["1", "p-2"]


@pytest.mark.parametrize(
    ("content", "fmt", "expected"),
    [
        (
            "I. Background\n1. The Assembly recalls.\n[II.] Scope\n2. Decides.\n",
            "text",
            [
                ("section-1", "I", "Background", ("I. Background",)),
                ("section-2", "II", "Scope", ("II. Scope",)),
            ],
        ),
        (
            "A. Background\n1. The Assembly recalls.\n[B. ] Scope\n2. Decides.\n",
            "text",
            [
                ("section-a", "A", "Background", ("A. Background",)),
                ("section-b", "B", "Scope", ("B. Scope",)),
            ],
        ),
        (
            "[A.] Background\n1. The Assembly recalls.\n[B. Scope]\n2. Decides.\n",
            "text",
            [
                ("section-a", "A", "Background", ("A. Background",)),
                ("section-b", "B", "[Scope]", ("B. [Scope]",)),
            ],
        ),
        (
            "一、背景\n1. 大会回顾。\n[二、] 范围\n2. 决定。\n",
            "text",
            [
                ("section-1", "一", "背景", ("一、背景",)),
                ("section-2", "二", "范围", ("二、范围",)),
            ],
        ),
        (
            "## A. Background\n\n1. The Assembly recalls.\n\n## [B.] Scope\n\n2. Decides.\n",
            "markdown",
            [
                ("section-a", "A", "Background", ("A. Background",)),
                ("section-b", "B", "Scope", ("B. Scope",)),
            ],
        ),
        # The stop printed outside the brackets (stop 33b).
        (
            "A. General\n\n1. The parties agree on the text.\n\n[B]. Scope\n\n2. This applies.\n",
            "text",
            [
                ("section-a", "A", "General", ("A. General",)),
                ("section-b", "B", "Scope", ("B. Scope",)),
            ],
        ),
        (
            "I. General\n\n1. The parties agree on the text.\n\n[II] . Scope\n\n2. This applies.\n",
            "text",
            [
                ("section-1", "I", "General", ("I. General",)),
                ("section-2", "II", "Scope", ("II. Scope",)),
            ],
        ),
        (
            "一、总则\n\n1. 各方商定案文。\n\n[二]、范围\n\n2. 适用于各方。\n",
            "text",
            [
                ("section-1", "一", "总则", ("一、总则",)),
                ("section-2", "二", "范围", ("二、范围",)),
            ],
        ),
        (
            "## A. Background\n\n1. The Assembly recalls.\n\n## [B]. Scope\n\n2. Decides.\n",
            "markdown",
            [
                ("section-a", "A", "Background", ("A. Background",)),
                ("section-b", "B", "Scope", ("B. Scope",)),
            ],
        ),
    ],
)
def test_a_heading_number_in_brackets_numbers_the_heading(
    content: str, fmt: str, expected: list[tuple[str, str, str, tuple[str, ...]]]
) -> None:
    # As "[11.] We decide …" is paragraph 11, "[B.] Scope" is sub-heading B: its path entry is
    # written as every other heading's, "B. Scope", whatever space the brackets held, and
    # whether the stop is inside them or printed after them ("[B]. Scope").
    assert _headings(content, fmt) == expected


def test_a_bracketed_abbreviation_opens_no_heading() -> None:
    content = "1. The Assembly recalls.\n[U.S. proposal: delete the paragraph]\n2. Decides.\n"
    assert "heading" not in [p.kind for p in parse_document(content).paragraphs]


def _texts(content: str, fmt: str = "text") -> dict[str, str]:
    return {p.anchor: p.text for p in parse_document(content, fmt).paragraphs}


@pytest.mark.parametrize(
    ("content", "fmt", "expected"),
    [
        (
            "1. Member States should consider the following.\ni. Platform accountability;\n"
            "ii. Data governance.\n2. Requests a report.\n",
            "text",
            {
                "1": "Member States should consider the following.",
                "1.i": "Platform accountability;",
                "1.ii": "Data governance.",
                "2": "Requests a report.",
            },
        ),
        (
            "1.  Member States should consider the following.\n\n    i.  Platform accountability;"
            "\n\n    ii. Data governance.\n\n2.  Requests a report.\n",
            "markdown",
            {
                "1": "Member States should consider the following.",
                "1.i": "Platform accountability;",
                "1.ii": "Data governance.",
                "2": "Requests a report.",
            },
        ),
        (
            "1. 会员国应考虑以下方面。\ni. 平台问责；\nii. 数据治理。\n2. 请提出报告。\n",
            "text",
            {
                "1": "会员国应考虑以下方面。",
                "1.i": "平台问责；",
                "1.ii": "数据治理。",
                "2": "请提出报告。",
            },
        ),
        (
            "1. Member States should consider the following.\na. Platform accountability;\n"
            "b. Data governance.\n2. Requests a report.\n",
            "text",
            {
                "1": "Member States should consider the following.",
                "1.a": "Platform accountability;",
                "1.b": "Data governance.",
                "2": "Requests a report.",
            },
        ),
    ],
)
def test_dotted_items_below_a_paragraph_ending_at_its_full_stop_are_its_items(
    content: str, fmt: str, expected: dict[str, str]
) -> None:
    assert _texts(content, fmt) == expected


def test_a_lone_roman_numeral_below_a_full_stop_stays_in_the_paragraph() -> None:
    # No "ii." below: nothing shows a list, and the paragraph keeps what it printed.
    content = "1. Member States should consider the following.\ni. Platform accountability.\n"
    assert list(_texts(content)) == ["1"]


_REQUESTS_A_REPORT = (
    "2. Requests the Secretary-General to report to the General Assembly at its eighty-first "
    "session.\n"
)
_REQUESTS_A_REPORT_ZH = (
    "2. 请秘书长在第八十一届会议上就本决议的执行情况提出报告，并向所有利益攸关方\n通报进展。\n"
)


@pytest.mark.parametrize(
    ("content", "fmt", "expected"),
    [
        (
            "1. The General Assembly decides:\n"
            "(a) To establish an intergovernmental panel on artificial intelligence;\n"
            "(b) To request a report; and\n(c) To review progress,\n"
            "in order to strengthen cooperation among Member States and\n"
            "all relevant stakeholders.\n" + _REQUESTS_A_REPORT,
            "text",
            {
                "1": "The General Assembly decides: in order to strengthen cooperation among "
                "Member States and all relevant stakeholders.",
                "1.c": "To review progress,",
            },
        ),
        (
            "1. 大会决定：\n(a) 设立一个小组；\n(b) 请求提交报告，\n以加强会员国之间的合作。\n"
            + _REQUESTS_A_REPORT_ZH,
            "text",
            {"1": "大会决定：以加强会员国之间的合作。", "1.b": "请求提交报告，"},
        ),
        (
            "1. The General Assembly decides:\n\n"
            "(a) To establish an intergovernmental panel on artificial intelligence;\n\n"
            "(b) To request a report,\n\nin order to strengthen cooperation.\n\n"
            + _REQUESTS_A_REPORT,
            "markdown",
            {
                "1": "The General Assembly decides: in order to strengthen cooperation.",
                "1.b": "To request a report,",
            },
        ),
    ],
)
def test_the_words_closing_a_list_are_its_paragraphs(
    content: str, fmt: str, expected: dict[str, str]
) -> None:
    # "…decides: (a) …; (b) …, in order to …" is one sentence whose closing words belong to
    # the whole paragraph: a comment on them is a comment on paragraph 1, not on its last item.
    texts = _texts(content, fmt)
    assert {anchor: texts.get(anchor) for anchor in expected} == expected
    assert not [anchor for anchor in texts if anchor.startswith("p-")]


@pytest.mark.parametrize(
    "content",
    [
        # The item's line wrapped at the text's width: its words go on below.
        "1. The General Assembly decides:\n"
        "(a) To establish an intergovernmental panel on artificial intelligence;\n"
        "(b) To request the Secretary-General to submit a report on the implementation,\n"
        "including recommendations.\n" + _REQUESTS_A_REPORT,
        # Another item of the list follows: the line is the item's.
        "1. The General Assembly decides:\n"
        "(a) To establish an intergovernmental panel on artificial intelligence,\n"
        "in order to strengthen cooperation;\n(b) To request a report.\n" + _REQUESTS_A_REPORT,
    ],
)
def test_an_items_own_words_stay_the_items(content: str) -> None:
    assert _texts(content)["1"] == "The General Assembly decides:"


def test_an_unpunctuated_line_below_the_last_item_is_no_closing_words() -> None:
    content = (
        "全球数字契约\n\n目标 1. 弥合所有数字鸿沟\n\n1. 我们承诺使所有人连接上互联网。\n\n"
        "2. 我们承诺：\n\n(a) 制定融资机制；\n\n后续行动和审查\n\n"
        "3. 我们将在高级别会议上审查本契约。\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [(p.anchor, p.kind, p.text) for p in paragraphs if p.anchor in ("2", "p-5")] == [
        ("2", "operative", "我们承诺："),
        ("p-5", "heading", "后续行动和审查"),
    ]


@pytest.mark.parametrize(
    ("content", "fmt", "expected"),
    [
        (
            "1. The Assembly invites Member States to consider the following:\n"
            "Close the digital divide\n" + _REQUESTS_A_REPORT,
            "text",
            "The Assembly invites Member States to consider the following:\n"
            "Close the digital divide",
        ),
        (
            "1. The Assembly invites Member States to consider the following:\n\n"
            "Close the digital divide\n\n" + _REQUESTS_A_REPORT,
            "markdown",
            "The Assembly invites Member States to consider the following:\n"
            "Close the digital divide",
        ),
        (
            "1. 大会请会员国考虑以下方面：\n弥合数字鸿沟\n" + _REQUESTS_A_REPORT_ZH,
            "text",
            "大会请会员国考虑以下方面：\n弥合数字鸿沟",
        ),
    ],
)
def test_one_entry_below_a_colon_before_the_next_paragraph_is_the_paragraphs(
    content: str, fmt: str, expected: str
) -> None:
    # No heading sits between a paragraph's colon and the paragraph numbered next: the line is
    # the list's one entry, in the paragraph's text as two or more are.
    paragraphs = parse_document(content, fmt).paragraphs
    assert [(p.anchor, p.kind) for p in paragraphs] == [("1", "operative"), ("2", "operative")]
    assert paragraphs[0].text == expected


def test_a_title_below_a_colon_above_paragraph_1_stays_a_title() -> None:
    # Before paragraph 1 the line may title the text the colon introduces, numbered from 1.
    content = (
        "在 2025 年 7 月 24 日第 38 次全体会议上，经济及社会理事会：\n\n"
        "(a) 核可下文所列委员会第二十九届会议的临时议程和文件：\n\n"
        "委员会第二十九届会议临时议程和文件\n\n1. 选举主席团成员。\n2. 通过委员会的报告。\n"
    )
    assert _texts(content)["p-1.a"].split("\n")[:3] == [
        "核可下文所列委员会第二十九届会议的临时议程和文件：",
        "委员会第二十九届会议临时议程和文件",
        "1. 选举主席团成员。",
    ]
