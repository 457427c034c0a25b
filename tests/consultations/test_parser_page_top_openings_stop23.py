"""Paragraph parser: in a text that indents its paragraphs' first lines and no wrapped line (as
pdftotext -layout prints a UN document), an indented line atop a page opens a paragraph, even
below a full line ending a sentence at the foot of the page before."""

from __future__ import annotations

from pathlib import Path

from consultations.parser import parse_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "parser"

SENTENCES = [
    "城市是创新的中心，也是气候风险最集中的地方。各国政府正在利用数字技术加强城市规划和灾",
    "害风险管理，并与私营部门和民间社会合作，提高城市应对冲击的能力和长期韧性。",
]


def paragraph(opening: str) -> str:
    return f"     {opening}{SENTENCES[0]}\n{SENTENCES[1]}\n\n"


def report(first_page_last: str, second_page_first: str) -> str:
    body = "".join(paragraph(f"第{n}段。") for n in range(1, 7))
    return (
        body
        + "     快速城市化加剧了非正规住区的扩张，全球约有十一亿人生活在贫民窟或非正规住区，\n"
        + first_page_last
        + "\n\n\n25-02671 (C)\n"
        + " " * 66
        + "E/CN.16/2025/2\n\n"
        + second_page_first
        + "\n\n"
        + "".join(paragraph(f"第{n}段。") for n in range(7, 10))
    )


def test_an_indented_line_atop_a_page_opens_a_paragraph() -> None:
    content = report(
        "这些住区缺乏基本的公共服务，最容易受到洪水、热浪、干旱和其他极端天气事件的冲击。",
        "     一些城市已开始使用数字孪生技术模拟洪水和热浪的影响。",
    )
    texts = [p.text for p in parse_document(content).paragraphs]
    assert "一些城市已开始使用数字孪生技术模拟洪水和热浪的影响。" in texts


def test_a_line_at_the_margin_atop_a_page_still_goes_on() -> None:
    content = report(
        "这些住区缺乏基本的公共服务，最容易受到洪水、热浪、干旱和其他极端天气事件的影响，各国",
        "政府应当优先投资于这些住区的基础设施和服务。",
    )
    texts = [p.text for p in parse_document(content).paragraphs]
    assert any(text.endswith("各国政府应当优先投资于这些住区的基础设施和服务。") for text in texts)


def test_an_items_hanging_lines_go_on_atop_a_page() -> None:
    """A 24-page resolution whose items hang their wrapped lines under their text (indent 10):
    item (c) goes on atop a page at that indent, and items (d) and (e) keep their anchors."""
    content = (FIXTURES / "hanging_items_pages.en.txt").read_text(encoding="utf-8")
    paragraphs = parse_document(content).paragraphs
    anchors = [p.anchor for p in paragraphs]
    assert [a for a in anchors if a.startswith("7.")] == ["7.a", "7.b", "7.c", "7.d", "7.e"]
    item = next(p for p in paragraphs if p.anchor == "7.c")
    assert "Several Governments reported on the adoption of national action plans" in item.text
