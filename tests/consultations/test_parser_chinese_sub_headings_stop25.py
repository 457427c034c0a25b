"""Paragraph parser: in a section numbered "一、", a short unpunctuated "（一）" title above bullets
or, past a blank line, above prose heads a sub-section (``section-2.a``), as "A. …" does under
"II." in English, so that the two languages anchor alike; "（一）" items of a numbered paragraph's
list, and a "（一）" whose sentence goes on below it, stay items."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

CHINESE_BULLETS = (
    "          二、 行动领域\n\n"
    "          （一） 国内公共资源\n\n"
    "          •   加强税收能力\n"
    "          •   打击非法资金流动\n\n"
    "          （二） 国内和国际私营企业和金融\n\n"
    "          •   促进私人投资于可持续发展\n"
)
ENGLISH_BULLETS = (
    "          II.    Action areas\n\n"
    "          A.     Domestic public resources\n\n"
    "          •   Strengthen tax capacity\n"
    "          •   Combat illicit financial flows\n\n"
    "          B.     Domestic and international private business and finance\n\n"
    "          •   Promote private investment in sustainable development\n"
)
CHINESE_PROSE = (
    "          二、 行动领域\n\n"
    "          （一） 国内公共资源\n\n"
    "          会员国强调必须加强税收能力。\n\n"
    "          （二） 私营企业和金融\n\n"
    "          会员国强调必须促进私人投资。\n"
)
ENGLISH_PROSE = (
    "          II.    Action areas\n\n"
    "          A.     Domestic public resources\n\n"
    "          Member States stressed the need to strengthen tax capacity.\n\n"
    "          B.     Private business and finance\n\n"
    "          Member States stressed the need to promote private investment.\n"
)


def _outline(content: str, fmt: str = "text") -> list[tuple[str, str, str | None]]:
    return [(p.anchor, p.kind, p.parent) for p in parse_document(content, fmt).paragraphs]


@pytest.mark.parametrize(
    ("chinese", "english"),
    [(CHINESE_BULLETS, ENGLISH_BULLETS), (CHINESE_PROSE, ENGLISH_PROSE)],
    ids=["bullets", "prose"],
)
def test_a_chinese_sub_heading_above_unnumbered_text_anchors_as_the_english(
    chinese: str, english: str
) -> None:
    assert _outline(chinese) == _outline(english)


def test_a_chinese_sub_heading_above_bullets_heads_them() -> None:
    paragraphs = parse_document(CHINESE_BULLETS).paragraphs
    assert [(p.anchor, p.kind, p.label, p.parent) for p in paragraphs] == [
        ("section-2", "heading", "二", None),
        ("section-2.a", "heading", "（一）", "section-2"),
        ("p-3", "unnumbered", None, "section-2.a"),
        ("p-4", "unnumbered", None, "section-2.a"),
        ("section-2.b", "heading", "（二）", "section-2"),
        ("p-6", "unnumbered", None, "section-2.b"),
    ]
    assert paragraphs[4].text == "国内和国际私营企业和金融"
    assert not any("out of sequence" in w.message for w in parse_document(CHINESE_BULLETS).warnings)


def test_a_chinese_sub_heading_keeps_the_prose_below_it_apart() -> None:
    paragraphs = parse_document(CHINESE_PROSE).paragraphs
    assert [(p.anchor, p.text) for p in paragraphs[1:]] == [
        ("section-2.a", "国内公共资源"),
        ("p-3", "会员国强调必须加强税收能力。"),
        ("section-2.b", "私营企业和金融"),
        ("p-5", "会员国强调必须促进私人投资。"),
    ]


def test_a_chinese_sub_heading_on_a_plain_markdown_line_heads_the_bullets_below() -> None:
    content = (
        "## 二、 行动领域\n\n"
        "（一） 国内公共资源\n\n"
        "- 加强税收能力\n"
        "- 打击非法资金流动\n\n"
        "（二） 国内和国际私营企业和金融\n\n"
        "会员国强调必须促进私人投资。\n"
    )
    paragraphs = parse_document(content, "markdown").paragraphs
    assert [(p.anchor, p.kind) for p in paragraphs] == [
        ("section-2", "heading"),
        ("section-2.a", "heading"),
        ("p-3", "unnumbered"),
        ("p-4", "unnumbered"),
        ("section-2.b", "heading"),
        ("p-6", "unnumbered"),
    ]
    assert [p.parent for p in paragraphs[2:4]] == ["section-2.a", "section-2.a"]
    assert paragraphs[5].parent == "section-2.b"


def test_items_of_a_numbered_paragraph_in_a_chinese_section_stay_items() -> None:
    content = (
        "一、 行动领域\n\n"
        "1. 会员国决定：\n\n"
        "（一） 加强税收能力\n\n"
        "（二） 打击非法资金流动\n\n"
        "2. 会员国强调必须促进私人投资。\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [(p.anchor, p.kind, p.parent) for p in paragraphs] == [
        ("section-1", "heading", None),
        ("1", "operative", "section-1"),
        ("1.i", "subparagraph", "1"),
        ("1.ii", "subparagraph", "1"),
        ("2", "operative", "section-1"),
    ]


def test_an_item_whose_sentence_goes_on_below_it_stays_an_item() -> None:
    content = (
        "一、 行动领域\n\n"
        "（一） 会员国强调必须加强\n"
        "税收能力和打击非法资金流动。\n\n"
        "（二） 会员国强调必须促进私人投资。\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [(p.anchor, p.kind) for p in paragraphs] == [
        ("section-1", "heading"),
        ("section-1.i", "subparagraph"),
        ("section-1.ii", "subparagraph"),
    ]
    assert paragraphs[1].text == "会员国强调必须加强税收能力和打击非法资金流动。"


def test_an_english_roman_item_above_prose_is_unchanged() -> None:
    content = (
        "I. Action areas\n\n"
        "(i) Domestic public resources\n\n"
        "Member States stressed the need.\n\n"
        "(ii) Private business\n\n"
        "Member States stressed.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [(p.anchor, p.kind) for p in paragraphs] == [
        ("section-1", "heading"),
        ("section-1.i", "subparagraph"),
        ("section-1.ii", "subparagraph"),
    ]


@pytest.mark.parametrize(
    ("content", "titles"),
    [
        (
            "# 要素文件\n\n## 二、 主要要素\n\n（一） 数字包容\n\n"
            "- 弥合数字鸿沟；\n- 加强数字技能。\n\n"
            "（二） 数据治理\n\n会员国强调必须建立数据治理框架。\n\n## 三、 后续行动\n\n"
            "1. 决定加强后续行动。\n",
            ["要素文件", "二、主要要素"],
        ),
        (
            "# 要素文件\n\n## 二、 主要要素\n\n（一） 数字包容\n\n1. 决定弥合数字鸿沟。\n\n"
            "（二） 数据治理\n\n2. 决定建立数据治理框架。\n\n## 三、 后续行动\n\n"
            "3. 决定加强后续行动。\n",
            # Above paragraph 1, only the title and headings above it: the title block, skipped
            # as in plain text.
            ["二、主要要素"],
        ),
        (
            "# Elements paper\n\n## II. Main elements\n\nA. Digital inclusion\n\n"
            "- Bridging the digital divide;\n- Strengthening digital skills.\n\n"
            "B. Data governance\n\nMember States stressed the need for a framework.\n\n"
            "## III. Follow-up\n\n1. Decides to strengthen follow-up.\n",
            ["Elements paper", "II. Main elements"],
        ),
    ],
    ids=["zh-bullets-prose", "zh-numbered", "en-bullets-prose"],
)
def test_a_plain_sub_heading_under_a_markdown_section_is_part_of_it(
    content: str, titles: list[str]
) -> None:
    """Markdown "## 二、" / "## II.": a plain "（一）" / "A." below it heads a part of that
    section, never one beside it under the title."""
    paragraphs = parse_document(content, "markdown").paragraphs
    by_anchor = {p.anchor: p for p in paragraphs}
    for anchor in ("section-2.a", "section-2.b"):
        assert by_anchor[anchor].kind == "heading"
        assert by_anchor[anchor].parent == "section-2"
        assert list(by_anchor[anchor].heading_path) == titles
    titled = len(titles) == 2
    assert by_anchor["section-3"].parent == ("p-1" if titled else None)
