"""Paragraph parser: a paragraph's number bracketed alone, as a revised draft prints one in
question ("5. …;" + "[6] Promote …;" + "7. …"), numbers that paragraph as "[OP6] Promote …" and
"[6. Promote …]" do (label "6"), no unnumbered paragraph keeping "[6]" in its text. A note
printed "[3] See …" after the last paragraph, its reference lost, still numbers nothing."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document


@pytest.mark.parametrize(
    ("content", "fmt", "expected"),
    [
        (
            "5. Commit to strengthen the health workforce;\n\n"
            "[6] Promote the local production of medicines;\n\n"
            "7. Request the Secretary-General to report.\n",
            "text",
            "Promote the local production of medicines;",
        ),
        (
            "5. Commit to strengthen the health workforce;\n"
            "[6] Promote the local production of medicines;\n"
            "7. Request the Secretary-General to report.\n",
            "markdown",
            "Promote the local production of medicines;",
        ),
        (
            "5. 承诺加强卫生人力；\n\n[6] 促进药品的本地生产；\n\n7. 请秘书长提出报告。\n",
            "text",
            "促进药品的本地生产；",
        ),
        (
            "5. 承诺加强卫生人力；\n\n［6］促进药品的本地生产；\n\n7. 请秘书长提出报告。\n",
            "text",
            "促进药品的本地生产；",
        ),
    ],
)
def test_a_number_bracketed_alone_numbers_its_paragraph(
    content: str, fmt: str, expected: str
) -> None:
    result = parse_document(content, fmt)
    assert [(p.anchor, p.label) for p in result.paragraphs] == [("5", "5"), ("6", "6"), ("7", "7")]
    assert result.paragraphs[1].text == expected
    assert not any("where 6 was expected" in w.message for w in result.warnings)


def test_a_note_bracketed_after_the_last_paragraph_stays_text() -> None:
    text = "1. Decides to convene a meeting;\n\n2. Requests a report.\n\n[3] See A/79/1.\n"
    paragraphs = {p.anchor: p.text for p in parse_document(text).paragraphs}
    assert paragraphs == {
        "1": "Decides to convene a meeting;",
        "2": "Requests a report.",
        "p-3": "[3] See A/79/1.",
    }
