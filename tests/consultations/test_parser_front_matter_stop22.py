"""Paragraph parser: front matter is only the masthead and title block above where the text
begins, trailing matter only what follows its end. Below the text's first finished paragraph,
its headings, unpunctuated bullets and tables are the text's own, never skipped; a bullet is
never a heading; a title block that runs into the opening of a text (its "We, …", a letter's
annex) is still front matter."""

from __future__ import annotations

import pytest

from consultations.parser import ParseResult, parse_document
from tests.consultations.parser_helpers import anchors, paragraph


def rows(result: ParseResult) -> list[tuple[str, str, str | None, str]]:
    return [(p.anchor, p.kind, p.parent, p.text) for p in result.paragraphs]


def skipped(result: ParseResult) -> list[str]:
    return [w.excerpt for w in result.warnings if w.message == "front matter skipped"]


ELEMENTS_PAPER = {
    "en": """Elements paper

This elements paper is intended to guide Member States in the preparation of the zero draft.

A global financing framework

• Renewed commitment to the Addis Ababa Action Agenda
• Coherence between financing frameworks and climate finance commitments

Domestic public resources

• Strengthening tax administration
• Combating illicit financial flows

Questions for consultation

1. What are the most important gaps in the Addis Ababa Action Agenda?

2. Which concrete deliverables should the Conference adopt?
""",
    "zh": """要素文件

本要素文件旨在指导会员国和利益攸关方编写成果文件零草案。

全球融资框架

• 重申对《亚的斯亚贝巴行动议程》的承诺
• 弥合可持续发展目标融资缺口

国内公共资源

• 加强税收征管能力
• 打击非法资金流动

征求意见的问题

1. 成果文件应处理哪些最重要的差距？

2. 会议应通过哪些具体成果？
""",
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_an_elements_papers_headings_and_bullets_are_the_texts_own(language: str) -> None:
    result = parse_document(ELEMENTS_PAPER[language])
    assert [(p.anchor, p.kind, p.parent) for p in result.paragraphs] == [
        ("p-1", "unnumbered", None),
        ("p-2", "heading", None),
        ("p-3", "unnumbered", "p-2"),
        ("p-4", "unnumbered", "p-2"),
        ("p-5", "heading", None),
        ("p-6", "unnumbered", "p-5"),
        ("p-7", "unnumbered", "p-5"),
        ("p-8", "heading", None),
        ("1", "operative", "p-8"),
        ("2", "operative", "p-8"),
    ]
    # Only the title above the introduction is front matter.
    assert skipped(result) == [ELEMENTS_PAPER[language].split("\n", 1)[0]]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_an_elements_paper_without_numbers_keeps_its_headings_and_bullets(language: str) -> None:
    blocks = ELEMENTS_PAPER[language].split("\n\n")
    unnumbered = "\n\n".join(blocks[:6]) + "\n"  # down to the last bullets
    result = parse_document(unnumbered)
    assert [p.kind for p in result.paragraphs] == [
        "unnumbered",
        "heading",
        "unnumbered",
        "unnumbered",
        "heading",
        "unnumbered",
        "unnumbered",
    ]
    # Every anchor is still a place: the warning says so.
    placed = "no numbered paragraphs or numbered headings found;"
    assert any(w.message.startswith(placed) for w in result.warnings)


def test_an_unpunctuated_bullet_ends_at_a_blank_line_below_it() -> None:
    # The heading below the last bullet is no piece of that bullet.
    text = ELEMENTS_PAPER["en"]
    assert paragraph(text, "p-4").text == (
        "Coherence between financing frameworks and climate finance commitments"
    )
    assert paragraph(text, "p-5").text == "Domestic public resources"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "# Elements\n\n## Finance\n\nThe elements are:\n\n"
            "- Renewed commitment to the Addis Agenda\n- Addressing the financing gap\n\n"
            "## Debt\n\n- Debt restructuring mechanisms\n",
            [
                ("p-1", "heading", None, "Elements"),
                ("p-2", "heading", "p-1", "Finance"),
                (
                    "p-3",
                    "unnumbered",
                    "p-2",
                    "The elements are:\nRenewed commitment to the Addis Agenda\n"
                    "Addressing the financing gap",
                ),
                ("p-4", "heading", "p-1", "Debt"),
                ("p-5", "unnumbered", "p-4", "Debt restructuring mechanisms"),
            ],
        ),
        (
            "# 要素\n\n## 融资\n\n要素如下：\n\n- 重申对《亚的斯亚贝巴议程》的承诺\n"
            "- 弥合融资缺口\n\n## 债务\n\n- 债务重组机制\n",
            [
                ("p-1", "heading", None, "要素"),
                ("p-2", "heading", "p-1", "融资"),
                (
                    "p-3",
                    "unnumbered",
                    "p-2",
                    "要素如下：\n重申对《亚的斯亚贝巴议程》的承诺\n弥合融资缺口",
                ),
                ("p-4", "heading", "p-1", "债务"),
                ("p-5", "unnumbered", "p-4", "债务重组机制"),
            ],
        ),
    ],
)
def test_markdown_bullets_below_a_heading_are_the_texts_own(
    content: str, expected: list[tuple[str, str, str | None, str]]
) -> None:
    result = parse_document(content, "markdown")
    assert rows(result) == expected
    assert not skipped(result)


@pytest.mark.parametrize(
    ("content", "rows_read"),
    [
        (
            "# Compilation of proposals\n\n*As of 14 April 2025.*\n\n## Preamble\n\n"
            "| Para | Zero draft | Proposals |\n|---|---|---|\n"
            "| PP1 | Reaffirming the Charter, | EU: retain |\n"
            "| PP2 | Recalling resolution 70/1, | US: delete |\n",
            ["Reaffirming the Charter, EU: retain", "Recalling resolution 70/1, US: delete"],
        ),
        (
            "# 提案汇编\n\n*截至 2025 年 4 月 14 日。*\n\n## 序言\n\n"
            "| 段落 | 零草案 | 提案 |\n|---|---|---|\n"
            "| PP1 | 重申《宪章》， | 欧盟：保留 |\n"
            "| PP2 | 回顾第 70/1 号决议， | 美国：删除 |\n",
            ["重申《宪章》，欧盟：保留", "回顾第 70/1 号决议，美国：删除"],
        ),
    ],
)
def test_a_markdown_compilation_table_is_kept_row_by_row(
    content: str, rows_read: list[str]
) -> None:
    # Read as pdftotext prints a compilation table, a row a line: each row its paragraph. The
    # title above the date line is the title block, and the "Preamble" title below it front
    # matter, both skipped as in plain text.
    result = parse_document(content, "markdown")
    assert [(p.anchor, p.kind, p.parent, p.label) for p in result.paragraphs] == [
        ("p-1", "unnumbered", None, None),
        ("pp1", "preamble", None, "PP1"),
        ("pp2", "preamble", None, "PP2"),
    ]
    assert [p.text for p in result.paragraphs[1:]] == rows_read
    preamble_title = content.split("## ", 1)[1].split("\n", 1)[0]
    assert skipped(result) == [content[2 : content.index("\n")], preamble_title]


def test_a_sites_menu_and_a_masthead_table_stay_front_and_trailing_matter() -> None:
    content = (
        "| United Nations | A/80/L.1 |\n|---|---|\n\n- Home\n- News\n\n# Global Digital Compact\n\n"
        "- Connectivity for all\n- Digital public goods\n\n1. We agree.\n\n2. We decide.\n\n"
        "- [Privacy notice](https://www.un.org/privacy)\n- [Terms of use](https://www.un.org/terms)\n"
    )
    result = parse_document(content, "markdown")
    assert rows(result) == [
        ("p-1", "heading", None, "Global Digital Compact"),
        ("p-2", "unnumbered", "p-1", "Connectivity for all"),
        ("p-3", "unnumbered", "p-1", "Digital public goods"),
        ("1", "operative", "p-1", "We agree."),
        ("2", "operative", "p-1", "We decide."),
    ]
    assert [w.excerpt for w in result.warnings] == [
        "United Nations | A/80/L.1",
        "Home",
        "News",
        "Privacy notice",
        "Terms of use",
    ]


CHAIRS_SUMMARY = {
    "en": """Chair's summary

1. The Forum met in Geneva from 3 to 5 June 2025.

Key messages

• Connectivity remains the foundation of digital inclusion
• Financing gaps are widening

2. The Chair thanked participants.

Next steps

• Prepare the report of the Forum
• Share the summary with the co-facilitators
""",
    "zh": """主席总结

1. 论坛于 2025 年 6 月 3 日至 5 日在日内瓦举行。

主要信息

• 连通性仍然是数字包容的基础
• 融资缺口正在扩大

2. 主席感谢与会者。

后续步骤

• 编写论坛报告
• 与共同协调人分享总结
""",
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_bullets_under_a_heading_are_paragraphs_never_headings(language: str) -> None:
    result = parse_document(CHAIRS_SUMMARY[language])
    assert [(p.anchor, p.kind, p.parent) for p in result.paragraphs] == [
        ("1", "operative", None),
        ("p-2", "heading", None),
        ("p-3", "unnumbered", "p-2"),
        ("p-4", "unnumbered", "p-2"),
        ("2", "operative", "p-2"),
        # After the last numbered paragraph, a heading and its list are no trailing matter.
        ("p-6", "heading", None),
        ("p-7", "unnumbered", "p-6"),
        ("p-8", "unnumbered", "p-6"),
    ]
    assert [w.message for w in result.warnings] == ["front matter skipped"]


DECLARATION = {
    "en": """Political declaration of the high-level meeting on digital inclusion

We, the Ministers and Heads of Delegation, assembled in New York on 16 December 2025,

Recalling the Geneva Declaration of Principles and Plan of Action,

Recognizing the progress made over the past twenty years,

Digital inclusion

1. We recognize that information and communications technologies are critical enablers.

2. We note with concern that 2.6 billion people remain offline.

Internet governance

3. We decide to make the Internet Governance Forum a permanent forum.
""",
    "zh": """关于数字包容的高级别会议政治宣言

我们，2025 年 12 月 16 日聚集在纽约的各国部长和代表团团长，

回顾《日内瓦原则宣言》和《行动计划》，

认识到过去二十年取得的进展，

数字包容

1. 我们认识到信息和通信技术是可持续发展的关键推动因素。

2. 我们关切地注意到仍有 26 亿人处于离线状态。

互联网治理

3. 我们决定使互联网治理论坛成为联合国的常设论坛。
""",
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_declarations_first_section_heading_is_kept(language: str) -> None:
    result = parse_document(DECLARATION[language])
    assert [(p.anchor, p.kind, p.parent) for p in result.paragraphs] == [
        ("pp1", "preamble", None),
        ("pp2", "preamble", None),
        ("pp3", "preamble", None),
        ("p-4", "heading", None),
        ("1", "operative", "p-4"),
        ("2", "operative", "p-4"),
        ("p-7", "heading", None),
        ("3", "operative", "p-7"),
    ]
    assert len(skipped(result)) == 1  # the title


LETTER = {
    "en": """Letter dated 20 May 2025 from the Permanent Representative of Norway addressed to the
Secretary-General

I have the honour to transmit herewith the Chair's summary of the Forum (see annex).

I would be grateful if the present letter could be circulated as a document of the Assembly.

(Signed) Merete Lundemo
Ambassador
Permanent Representative

Annex to the letter dated 20 May 2025 from the Permanent Representative of Norway
addressed to the Secretary-General

Chair's summary

The Forum met in Geneva from 3 to 5 June 2025.

Opening segment

1. The Chair opened the Forum.

Closing segment

2. The Chair thanked participants.
""",
    "zh": """2025 年 5 月 20 日挪威常驻联合国代表给秘书长的信

谨随函转递论坛主席总结（见附件）。

请将本函及其附件作为大会文件分发为荷。

常驻代表
大使
（签名）梅雷特·勒斯塔德

2025 年 5 月 20 日挪威常驻联合国代表给秘书长的信的附件

主席总结

论坛于 2025 年 6 月 3 日至 5 日在日内瓦举行。

开幕式

1. 主席宣布论坛开幕。

闭幕式

2. 主席感谢与会者。
""",
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_letters_signature_and_its_annexs_title_stay_front_matter(language: str) -> None:
    result = parse_document(LETTER[language])
    assert [(p.anchor, p.kind, p.parent) for p in result.paragraphs] == [
        ("p-1", "unnumbered", None),
        ("p-2", "unnumbered", None),
        ("p-3", "unnumbered", None),
        ("p-4", "heading", None),
        ("1", "operative", "p-4"),
        ("p-6", "heading", None),
        ("2", "operative", "p-6"),
    ]
    signature = {"en": "Ambassador", "zh": "大使"}[language]
    assert signature in skipped(result)
    assert not any(p.text == signature for p in result.paragraphs)


@pytest.mark.parametrize(
    ("one", "two"),
    [
        (
            "Draft decision\n\nAdopted on 22 September 2024.\n\nModalities of the review\n\n"
            "1. Decides to convene a meeting.\n\n2. Requests a report.\n",
            "Draft decision\n\nAdopted on 22 September 2024.\n\nModalities of the review\n\n"
            "1. Decides to convene a meeting.\n\nFollow-up\n\n2. Requests a report.\n",
        ),
        (
            "决定草案\n\n2024 年 9 月 22 日通过。\n\n审查的方式\n\n1. 决定召开一次会议。\n\n"
            "2. 请提交一份报告。\n",
            "决定草案\n\n2024 年 9 月 22 日通过。\n\n审查的方式\n\n1. 决定召开一次会议。\n\n"
            "后续行动\n\n2. 请提交一份报告。\n",
        ),
    ],
)
def test_the_texts_only_heading_above_paragraph_1_is_its_title(one: str, two: str) -> None:
    # One heading right above paragraph 1 titles the text; one of two heads a part of it.
    assert anchors(one) == ["p-1", "1", "2"]
    assert anchors(two) == ["p-1", "p-2", "1", "p-4", "2"]


@pytest.mark.parametrize(
    "content",
    [
        "We, the Heads of State and Government, assembled in New York on 24 September 2025,\n"
        "EU: retain\n\nUniversal health coverage\n\n1. Commit to scale up efforts.\n\n"
        "Health systems\n\n2. Strengthen health systems.\n",
        "我们，2025 年 9 月 24 日聚集在纽约的国家元首和政府首脑，\n欧盟：保留\n\n全民健康覆盖\n\n"
        "1. 承诺加大努力。\n\n卫生系统\n\n2. 加强卫生系统。\n",
    ],
)
def test_a_heading_stands_apart_a_tag_line_below_a_paragraph_does_not(content: str) -> None:
    result = parse_document(content)
    assert anchors(content) == ["pp1", "p-2", "1", "p-4", "2"]
    assert paragraph(content, "1").parent == "p-2"
    # "EU: retain" is the text of the paragraph above it, no heading over the paragraphs below.
    assert skipped(result) == []
    assert paragraph(content, "pp1").text.endswith(("EU: retain", "欧盟：保留"))
