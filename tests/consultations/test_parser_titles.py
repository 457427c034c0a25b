"""Numbered titles: a chapter, sub-heading or section title printed with a number, told apart
from the numbered paragraphs around it."""

from __future__ import annotations

import pytest

from consultations.parser import ParseResult, parse_document


def anchors(result: ParseResult) -> list[str]:
    return [p.anchor for p in result.paragraphs]


@pytest.mark.parametrize(
    ("chapters", "paragraphs"),
    [
        (
            ("Introduction", "The need for global governance"),
            (
                "Artificial intelligence is transforming our world.",
                "Even as we are optimistic about the future of AI, we are also concerned about "
                "its risks.",
                "There is a global governance deficit with respect to AI.",
            ),
        ),
        (
            ("导言", "全球治理的必要性"),
            (
                "人工智能正在改变我们的世界。",
                "尽管我们对人工智能的未来持乐观态度，但我们也担心其风险。",
                "在人工智能方面存在全球治理赤字。",
            ),
        ),
    ],
    ids=["en", "zh"],
)
def test_a_chapter_numbered_as_its_first_paragraph_is_a_heading_above_it(
    chapters: tuple[str, str], paragraphs: tuple[str, str, str]
) -> None:
    content = (
        f"1. {chapters[0]}\n\n1. {paragraphs[0]}\n\n2. {paragraphs[1]}\n\n"
        f"2. {chapters[1]}\n\n3. {paragraphs[2]}\n"
    )
    result = parse_document(content)
    assert anchors(result) == ["p-1", "1", "2", "p-4", "3"]
    first, second = result.paragraphs[0], result.paragraphs[3]
    assert (first.kind, first.label, first.text) == ("heading", "1", chapters[0])
    assert (second.kind, second.label, second.text) == ("heading", "2", chapters[1])
    assert [p.text for p in result.paragraphs if p.kind == "operative"] == list(paragraphs)
    assert {p.anchor: p.parent for p in result.paragraphs}["3"] == "p-4"
    assert not result.warnings


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        (
            "Paragraph {} of the Declaration is here.",
            "Building confidence and security in the use of ICTs",
        ),
        ("宣言第{}段在此。", "树立使用信通技术的信心和安全"),
        (
            "Paragraph {} of the Declaration is here.",
            "The role of governments and all stakeholders in the promotion of ICTs for development",
        ),
        (
            "Paragraph {} of the Declaration is here.",
            "Information and communication infrastructure: an essential foundation for an "
            "inclusive information society",
        ),
        ("宣言第{}段在此。", "信息和通信基础设施：建设包容性信息社会的必要基础"),
        (
            "Paragraph {} of the Declaration is here.",
            "Cultural diversity and identity, linguistic diversity and local content",
        ),
        ("宣言第{}段在此。", "文化多样性和特性、语言多样性和本地内容"),
    ],
    ids=["en", "zh", "en-wide", "en-colon", "zh-colon", "en-comma", "zh-comma"],
)
def test_a_declarations_sub_heading_numbered_apart_is_a_heading_however_wide(
    paragraph: str, title: str
) -> None:
    content = "".join(f"{i}. {paragraph.format(i)}\n\n" for i in range(1, 10))
    content += f"5) {title}\n\n10. {paragraph.format(10)}\n"
    result = parse_document(content)
    assert anchors(result) == [*map(str, range(1, 10)), "p-10", "10"]
    heading = result.paragraphs[9]
    assert (heading.kind, heading.label, heading.text) == ("heading", "5)", title)
    assert result.paragraphs[8].text == paragraph.format(9)
    assert result.paragraphs[10].parent == "p-10"


@pytest.mark.parametrize(
    ("intro", "items", "after"),
    [
        (
            "1. The Working Group shall pursue the following objectives:",
            ("Close all digital divides and ensure meaningful connectivity for everyone",),
            "2. The Working Group shall report annually.",
        ),
        (
            "1. 工作组应实现以下目标：",
            ("弥合一切数字鸿沟，确保人人都能实现有意义的连通",),
            "2. 工作组应每年提出报告。",
        ),
    ],
    ids=["en", "zh"],
)
def test_a_lists_unpunctuated_item_below_a_colon_is_no_title(
    intro: str, items: tuple[str, ...], after: str
) -> None:
    content = intro + "\n\n" + "".join(f"{i}. {item}\n\n" for i, item in enumerate(items, 1))
    result = parse_document(content + after + "\n")
    assert anchors(result) == ["1", "2"]
    assert result.paragraphs[0].text.endswith(f"1. {items[0]}")


_BRIEF_EN = (
    "1. Purpose of this policy brief\n\n"
    "This policy brief proposes a Global Digital Compact, to be agreed by Member States at the "
    "Summit of the Future, setting out principles, objectives and actions for an open, free and "
    "secure digital future for all.\n\n"
    "2. Why do we need a Global Digital Compact?\n\n"
    "The digital divide is stark: some 2.6 billion people remain offline, most of them women "
    "and girls in the least developed countries, and the benefits of digital technologies are "
    "unevenly shared within and among countries.\n\n"
    "3. Follow-up\n\n"
    "The Compact would be reviewed periodically at a high-level meeting of the General Assembly, "
    "with the participation of all stakeholders, on the basis of a report of the "
    "Secretary-General.\n"
)


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        (_BRIEF_EN, "text"),
        (
            "1. 本政策简报的目的\n\n本政策简报提议由会员国在未来峰会上商定一项《全球数字契约》，"
            "为所有人开放、自由和安全的数字未来确立原则、目标和行动。\n\n"
            "2. 为什么需要《全球数字契约》？\n\n"
            "数字鸿沟十分明显：约有 26 亿人仍未上网，其中大多数是"
            "最不发达国家的妇女和女童，数字技术的惠益在国家内部和国家之间分配不均。\n\n"
            "3. 后续行动\n\n将在有所有利益攸关方参加的大会高级别会议上根据秘书长的报告定期审查"
            "《契约》。\n",
            "text",
        ),
        (_BRIEF_EN, "markdown"),
    ],
    ids=["en", "zh", "en-markdown"],
)
def test_a_numbered_title_is_not_joined_to_the_paragraph_below_its_blank_line(
    content: str, fmt: str
) -> None:
    result = parse_document(content, fmt)  # type: ignore[arg-type]
    assert anchors(result) == ["1", "p-2", "2", "p-4", "3", "p-6"]
    titles = [p for p in result.paragraphs if p.kind == "operative"]
    assert [p.label for p in titles] == ["1", "2", "3"]
    assert titles[0].text in ("Purpose of this policy brief", "本政策简报的目的")
    assert titles[2].text in ("Follow-up", "后续行动")
    assert result.paragraphs[1].text.startswith(("This policy brief", "本政策简报提议"))


@pytest.mark.parametrize(
    ("first", "cut", "rest"),
    [
        (
            "1. Welcomes the report of the Secretary-General on the work of the Group.",
            "2. Requests the Secretary-General to convene a meeting of the",
            "Working Group in 2026 to adopt its programme of work.",
        ),
        (
            "1. 欢迎秘书长关于小组工作的报告，并注意到其中所载的各项建议和结论。",
            "2. 请秘书长在 2026 年召开一次不限成员名额工作组的会议并通过",
            "工作组的工作方案。",
        ),
    ],
    ids=["en", "zh"],
)
def test_a_paragraph_a_page_break_cuts_on_its_first_line_still_joins(
    first: str, cut: str, rest: str
) -> None:
    content = f"{first}\n\n{cut}\n\nA/RES/80/1\n\n2/5\n\n{rest}\n\n3. Decides to remain seized.\n"
    result = parse_document(content)
    assert anchors(result) == ["1", "2", "3"]
    assert result.paragraphs[1].text.endswith(rest)
