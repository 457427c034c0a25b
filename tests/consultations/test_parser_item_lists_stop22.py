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


MESSAGES_ZH = (
    "# 2025 年互联网治理论坛信息\n\n"
    "## 引言\n\n"
    "第二十届互联网治理论坛于 2025 年 6 月 23 日至 27 日在挪威利勒斯特罗姆举行。\n\n"
    "## 主题二：数字信任与安全\n\n"
    "与会者就以下问题达成广泛共识：\n\n"
    "1. 网络安全能力建设应满足发展中国家的具体需要；\n"
    "2. 打击网上虚假信息的措施必须尊重表达自由；\n"
    "3. 儿童上网安全需要平台、家长和学校的共同努力。\n\n"
    "## 主题四：互联网治理论坛的未来\n\n"
    "与会者普遍支持延长论坛的任务期限。\n"
)
MESSAGES_EN = (
    "# Messages of the 2025 Internet Governance Forum\n\n"
    "## Introduction\n\n"
    "The twentieth Internet Governance Forum was held in Lillestrøm, Norway, in June 2025.\n\n"
    "## Theme 2: Digital trust and security\n\n"
    "Participants broadly agreed on the following:\n\n"
    "1. Cybersecurity capacity-building should meet the needs of developing countries;\n"
    "2. Measures against disinformation online must respect freedom of expression;\n"
    "3. Child online safety requires the joint efforts of platforms, parents and schools.\n\n"
    "## Theme 4: The future of the IGF\n\n"
    "Participants broadly supported extending the mandate of the Forum.\n"
)


@pytest.mark.parametrize("content", [MESSAGES_ZH, MESSAGES_EN])
def test_a_list_below_a_lead_in_is_no_paragraph_numbering(content: str) -> None:
    result = parse_document(content, "markdown")
    assert [p.anchor for p in result.paragraphs] == [f"p-{n}" for n in range(1, 8)]
    lead_in = result.paragraphs[4]
    assert lead_in.kind == "unnumbered"
    assert len(lead_in.text.split("\n")) == 4
    assert lead_in.text.split("\n")[3].startswith("3. ")
    # Numbered on below the list, or not worded as a list's entries, the numbers are the text's
    # paragraphs, as before.
    numbered_on = content.replace(
        "## 主题四", "4. 与会者还讨论了论坛的未来。\n\n## 主题四"
    ).replace("## Theme 4", "4. Participants also discussed the future of the Forum.\n\n## Theme 4")
    assert [p.anchor for p in parse_document(numbered_on, "markdown").paragraphs][5:9] == [
        "1",
        "2",
        "3",
        "4",
    ]
    sentences = content.replace("；\n", "。\n").replace(";\n", ".\n")
    assert [p.anchor for p in parse_document(sentences, "markdown").paragraphs][5:8] == [
        "1",
        "2",
        "3",
    ]
