"""Paragraph parser: a line right below a full line that only goes on with its sentence (a
number Chinese wrapped with its "、", an annex or a section cited, a quotation after a colon, the
rest of a decimal number) opens nothing of its own, in English and Chinese alike."""

from __future__ import annotations

from consultations.parser import ParsedParagraph, parse_document


def anchors(content: str) -> list[str]:
    return [paragraph.anchor for paragraph in parse_document(content).paragraphs]


def paragraph(content: str, anchor: str) -> ParsedParagraph:
    paragraphs = parse_document(content).paragraphs
    return next(found for found in paragraphs if found.anchor == anchor)


def test_a_number_with_its_enumeration_comma_below_a_full_line_goes_on_with_it() -> None:
    chinese = (
        "大会，\n\n回顾其第 70/1 号决议，\n\n1. 吁请所有利益攸关方：\n\n"
        "(a) 到 2030 年落实《未来契约》行动 2 和行动\n"
        "3、《全球数字契约》目标 1 和《2030 年议程》目标 4；\n\n"
        "(b) 报告进展情况；\n\n2. 决定继续处理此案。\n\n3. 请秘书长提交报告。\n"
    )
    english = (
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
        "1. Calls upon all stakeholders:\n\n(a) To implement by 2030 Action 2 and Action\n"
        "3 of the Pact for the Future and Objective 1 of the Global Digital Compact;\n\n"
        "(b) To report on progress;\n\n2. Decides to remain seized of the matter.\n\n"
        "3. Requests the Secretary-General to report.\n"
    )
    expected = ["p-1", "pp1", "1", "1.a", "1.b", "2", "3"]
    assert anchors(chinese) == anchors(english) == expected
    assert paragraph(chinese, "1.a").text == (
        "到 2030 年落实《未来契约》行动 2 和行动 3、《全球数字契约》目标 1 和"
        "《2030 年议程》目标 4；"
    )
    assert not parse_document(chinese).warnings
    # Below a short title, the number opens its paragraph.
    titled = (
        "一、背景\n1、联合国大会于 2015 年通过了《2030 年可持续发展议程》，其中包括十七项目标。\n"
        "2、进展情况。\n"
    )
    assert anchors(titled) == ["section-1", "1", "2"]


def test_a_box_number_wrapped_with_its_enumeration_comma_joins_the_item() -> None:
    chinese = (
        "大会，\n\n回顾其第 70/1 号决议，\n\n1. 吁请所有利益攸关方：\n\n"
        "(a) 在工作中考虑《突尼斯议程》附件二和报告附录 1，以及专栏\n"
        "1、资料来源：国际电联数据和统计附件注 3；\n\n(b) 报告进展情况。\n\n2. 决定继续处理此案。\n"
    )
    english = (
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
        "1. Calls upon all stakeholders:\n\n(a) To consider in their work annex II to the Tunis"
        " Agenda, appendix 1 of the report and box\n1, sources: ITU data and statistical annex,"
        " note 3;\n\n(b) To report on progress.\n\n2. Decides to remain seized of the matter.\n"
    )
    expected = ["p-1", "pp1", "1", "1.a", "1.b", "2"]
    assert anchors(chinese) == anchors(english) == expected
    assert paragraph(chinese, "1.a").text == (
        "在工作中考虑《突尼斯议程》附件二和报告附录 1，以及专栏 1、资料来源："
        "国际电联数据和统计附件注 3；"
    )
    assert not parse_document(chinese).warnings
