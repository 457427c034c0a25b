"""Paragraph parser: pdftotext may print a note's reference alone on its line inside a sentence
("…Declaration of Human Rights" + "1" + "and relevant …"). With the page's separator drawn as a
graphic and left out, the note at the page's foot ("1 Resolution 217 A (III).") was read as an
unnumbered paragraph, and the items on the next page hung under it. The lone number is now seen
as a reference, so the page's foot is its note."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_ENGLISH = (
    "The General Assembly,\n"
    "Reaffirming the Universal Declaration of Human Rights\n1\n"
    "and relevant international human rights treaties,\n"
    "1. Affirms that human rights must be protected online;\n"
    "2. Calls upon all States:\n\n"
    "1 Resolution 217 A (III).\n\n"
    "24-13579 (E)\n*2413579*\n\nA/RES/78/1\n"
    "(a) To refrain from using digital technologies;\n"
    "(b) To take measures.\n"
)
_CHINESE = (
    "大会，\n"
    "重申《世界人权宣言》\n1\n以及相关国际人权条约，\n"
    "1. 申明人权在线上也必须受到保护；\n"
    "2. 吁请所有国家：\n\n"
    "1 第 217 A (III)号决议。\n\n"
    "24-13579 (C)\n*2413579*\n\nA/RES/78/1\n"
    "(a) 避免使用数字技术；\n"
    "(b) 采取措施。\n"
)


@pytest.mark.parametrize("content", [_ENGLISH, _CHINESE], ids=["en", "zh"])
def test_a_reference_alone_inside_a_sentence_makes_the_page_foot_its_note(content: str) -> None:
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["p-1", "pp1", "1", "2", "2.a", "2.b"]
    assert "217" not in " ".join(p.text for p in paragraphs)


@pytest.mark.parametrize(
    "content",
    [
        # Set apart by blank lines, the number is the page's: the line below it is text.
        _ENGLISH.replace("Human Rights\n1\nand", "Human Rights\n\n1\n\nand"),
        _CHINESE.replace("》\n1\n以及", "》\n\n1\n\n以及"),
    ],
    ids=["en", "zh"],
)
def test_a_number_set_apart_is_no_reference(content: str) -> None:
    texts = [p.text for p in parse_document(content).paragraphs]
    assert any(text.startswith("1 ") for text in texts)
