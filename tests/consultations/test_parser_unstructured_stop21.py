"""Text the parser used to lose: a table's figures printed one a line, and the short lines of a
text with no structure at all."""

import pytest

from consultations.parser import parse_document


@pytest.mark.parametrize(
    ("lead", "caption", "closing"),
    [
        ("1. The Committee reviewed the figures below.", "Table 1\nPosts", "2. It agrees."),
        ("1. 委员会审查了下列数字。", "表 1\n员额", "2. 委员会建议核准。"),
    ],
)
def test_a_tables_figures_one_a_line_are_text_not_page_numbers(
    lead: str, caption: str, closing: str
) -> None:
    figures = ["2024", "312", "204", "2025", "318", "1,201"]
    content = f"{lead}\n\n{caption}\n" + "\n".join(figures) + f"\n\n{closing}\n"
    table = parse_document(content).paragraphs[1]
    assert table.anchor == "p-2"
    assert table.text.split("\n")[-len(figures) :] == figures


def test_a_run_of_note_numbers_is_no_table() -> None:
    content = (
        "1. Recalls the Agenda1 and the Summit,2 and the Compact3 as adopted.\n"
        "1\n2\n3\n"
        "Resolution 70/1.\nSee A/60/687.\nResolution 79/1.\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    texts = [paragraph.text for paragraph in parse_document(content).paragraphs]
    assert texts == [
        "Recalls the Agenda and the Summit, and the Compact as adopted.",
        "Decides to remain seized of the matter.",
    ]


def test_a_text_without_structure_keeps_its_unpunctuated_lines() -> None:
    content = (
        "Programme of work\n\n"
        "Monday, 14 April 2025\n\n"
        "10.00 Opening of the session\n"
        "10.30 Election of officers\n\n"
        "Tuesday, 15 April 2025\n\n"
        "10.00 Panel discussion on artificial intelligence.\n"
    )
    kept = " ".join(paragraph.text for paragraph in parse_document(content).paragraphs)
    assert "10.00 Opening of the session 10.30 Election of officers" in kept
    assert "10.00 Panel discussion on artificial intelligence." in kept
