"""Paragraph parser: a list numbered "1、", "2、" or "1.", "2." right below the colon of an item,
or of an unnumbered lead-in in a text that numbers nothing else, stays in that paragraph's text,
one entry a line, as "7. …目标：" + "1. …" does, even where 1 is the paragraph number expected
next: it is no operative paragraph 1."""

from __future__ import annotations

import pytest

from consultations.parser import ParseResult, parse_document


def rows(result: ParseResult) -> list[tuple[str, str]]:
    return [(p.anchor, p.kind) for p in result.paragraphs]


POSITION_ZH = (
    "二、促进数据安全有序流动\n\n"
    "（一）各国应尊重彼此的数据主权，在保障数据安全的前提下，促进数据跨境安全有序流动。\n\n"
    "（二）中方倡议：\n\n"
    "1、各国应以事实为依据全面客观看待数据安全问题；\n\n"
    "2、各国应反对利用信息技术破坏他国关键基础设施或窃取重要数据；\n\n"
    "3、各国应尊重他国主权、司法管辖权和对数据的安全管理权。\n\n"
    "三、推动人工智能治理\n\n"
    "中方支持联合国发挥主渠道作用。\n"
)
POSITION_EN = (
    "II. Promoting secure and orderly data flows\n\n"
    "(a) States should respect one another's data sovereignty and promote data flows.\n\n"
    "(b) China proposes:\n\n"
    "1. States should view data security issues objectively and on the basis of facts;\n\n"
    "2. States should oppose the use of information technology to damage infrastructure;\n\n"
    "3. States should respect the sovereignty and jurisdiction of other States.\n\n"
    "III. Promoting the governance of artificial intelligence\n\n"
    "China supports the central role of the United Nations.\n"
)


@pytest.mark.parametrize(
    ("content", "item", "entries"),
    [
        (
            POSITION_ZH,
            "section-2.ii",
            ["中方倡议：", "1、各国应以事实为依据", "2、各国应反对", "3、各国应尊重"],
        ),
        (
            POSITION_EN,
            "section-2.b",
            ["China proposes:", "1. States should view", "2. States should oppose", "3. States"],
        ),
    ],
)
def test_a_list_below_an_items_colon_is_the_items_own(
    content: str, item: str, entries: list[str]
) -> None:
    result = parse_document(content)
    assert rows(result) == [
        ("section-2", "heading"),
        (item.replace("ii", "i").replace(".b", ".a"), "subparagraph"),
        (item, "subparagraph"),
        ("section-3", "heading"),
        ("p-5", "unnumbered"),
    ]
    lines = result.paragraphs[2].text.split("\n")
    assert len(lines) == 4
    assert all(line.startswith(entry) for line, entry in zip(lines, entries, strict=True))


DECISION_EN = (
    "2025/210. Arrangements for the 2025 session of the high-level political forum\n"
    "At its 12th plenary meeting, on 6 February 2025, the Economic and Social Council decided:\n"
    "1. That the high-level political forum on sustainable development, convened under the\n"
    "auspices of the Council, shall be held from 14 to 23 July 2025;\n"
    "2. That the forum shall review in depth Goals 3, 5, 8, 14 and 17;\n"
    "3. That the ministerial declaration of the forum shall be adopted at the end of the\n"
    "ministerial segment.\n"
)
DECISION_ZH = (
    "2025/210. 2025 年可持续发展问题高级别政治论坛的安排\n"
    "经济及社会理事会在 2025 年 2 月 6 日第 12 次全体会议上决定：\n"
    "1. 在理事会主持下召开的可持续发展问题高级别政治论坛应于 2025 年 7 月 14 日至 23 日举\n"
    "行；\n"
    "2. 论坛应深入审查目标 3、5、8、14 和 17；\n"
    "3. 论坛部长级宣言应在部长级会议结束时通过。\n"
)


@pytest.mark.parametrize("content", [DECISION_EN, DECISION_ZH])
def test_a_decisions_numbered_paragraphs_below_its_lead_in_are_its_paragraphs(
    content: str,
) -> None:
    # Only an item's list is kept in its text: below an unnumbered lead-in, "1. That …;" numbers
    # the decision's paragraphs (a false-positive audit found a lead-in list rule taking them).
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs if p.kind == "operative"] == ["1", "2", "3"]
