"""Paragraph parser: a paragraph's number alone on its line, a blank line, then its text, as
web copies print it ("1." + blank + "Decides …", Markdown "**1.**" + blank + "Welcomes …"),
numbers that text: the number alone titles nothing, so the text is no unnumbered paragraph
below an empty one. A numbered title of a few words keeps what it did, and "(a)" alone above
its text still reads as before."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document


@pytest.mark.parametrize(
    ("content", "fmt", "expected"),
    [
        (
            "The General Assembly,\n\nRecalling its resolution 76/307,\n\n1.\n\n"
            "Decides to convene a summit in 2026;\n\n2.\n\n"
            "Requests the Secretary-General to report.\n",
            "text",
            ["Decides to convene a summit in 2026;", "Requests the Secretary-General to report."],
        ),
        (
            "**1.**\n\nWelcomes the progress made;\n\n**2.**\n\nRequests the Secretary-General to "
            "report.\n",
            "markdown",
            ["Welcomes the progress made;", "Requests the Secretary-General to report."],
        ),
        (
            "大会，\n\n回顾其第76/307号决议，\n\n1.\n\n决定于2026年召开首脑会议；\n\n2.\n\n请秘书长提出报告。\n",
            "text",
            ["决定于2026年召开首脑会议；", "请秘书长提出报告。"],
        ),
        (
            "**1.**\n\n欢迎取得的进展；\n\n**2.**\n\n请秘书长提出报告。\n",
            "markdown",
            ["欢迎取得的进展；", "请秘书长提出报告。"],
        ),
    ],
)
def test_a_number_alone_above_a_blank_line_numbers_the_text_below(
    content: str, fmt: str, expected: list[str]
) -> None:
    result = parse_document(content, fmt)
    paragraphs = {p.anchor: p.text for p in result.paragraphs}
    assert [paragraphs.get("1"), paragraphs.get("2")] == expected
    assert not any(p.kind == "unnumbered" and p.anchor != "p-1" for p in result.paragraphs)
    assert not any(w.message == "paragraph without text" for w in result.warnings)


def test_an_item_marker_alone_above_its_text_is_unchanged() -> None:
    text = "2. Member States should:\n\n(a)\n\nClose the digital divides;\n\n(b)\n\nPromote it.\n"
    paragraphs = {p.anchor: p.text for p in parse_document(text).paragraphs}
    assert paragraphs == {
        "2": "Member States should:",
        "2.a": "Close the digital divides;",
        "2.b": "Promote it.",
    }
