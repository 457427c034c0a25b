"""Paragraph parser: in a committee report quoting two draft resolutions, each draft's title,
on one line or wrapped over two, heads its chapeau and paragraphs, under the line naming the
draft ("Draft resolution II"), the second draft as the first."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_REPORT = (
    "III. Recommendations of the Second Committee\n"
    "14. The Second Committee recommends to the General Assembly the adoption of the following "
    "draft resolutions:\n"
    "Draft resolution I\n"
    "{first}\n"
    "The General Assembly,\n"
    "Recalling its resolution 70/125,\n"
    "1. Takes note of the report;\n"
    "2. Decides to continue;\n"
    "Draft resolution II\n"
    "{second}\n"
    "The General Assembly,\n"
    "Reaffirming its resolution 70/1,\n"
    "1. Recognizes the role of science;\n"
    "2. Requests a report.\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Information and communications technologies for sustainable development",
            "Science, technology and innovation for sustainable development",
        ),
        (
            "Information and communications technologies\nfor sustainable development",
            "Science, technology and innovation\nfor sustainable development",
        ),
    ],
)
def test_each_drafts_title_heads_its_paragraphs(first: str, second: str) -> None:
    paragraphs = parse_document(_REPORT.format(first=first, second=second)).paragraphs
    by_anchor = {p.anchor: p for p in paragraphs}
    for prefix, name, title in (
        ("", "Draft resolution I", first),
        ("part-2/", "Draft resolution II", second),
    ):
        title_text = title.replace("\n", " ")
        heading = next(p for p in paragraphs if p.text == title_text)
        assert heading.kind == "heading"
        assert by_anchor[heading.parent].text == name
        for anchor in (f"{prefix}pp1", f"{prefix}1", f"{prefix}2"):
            assert by_anchor[anchor].parent == heading.anchor
            assert by_anchor[anchor].heading_path[-2:] == (name, title_text)


def test_each_chinese_drafts_title_heads_its_paragraphs() -> None:
    content = (
        "三、第二委员会的建议\n"
        "14. 第二委员会建议大会通过以下决议草案：\n"
        "决议草案一\n信息和通信技术促进可持续发展\n大会，\n回顾其第70/125号决议，\n"
        "1. 注意到报告；\n2. 决定继续；\n"
        "决议草案二\n科学、技术和创新促进可持续发展\n大会，\n重申其第70/1号决议，\n"
        "1. 确认科学的作用；\n2. 请提交报告。\n"
    )
    parents = {p.anchor: p.parent for p in parse_document(content).paragraphs}
    texts = {p.anchor: p.text for p in parse_document(content).paragraphs}
    assert texts[parents["pp1"]] == "信息和通信技术促进可持续发展"
    assert texts[parents["part-2/pp1"]] == "科学、技术和创新促进可持续发展"
    assert parents["part-2/1"] == parents["part-2/pp1"]
