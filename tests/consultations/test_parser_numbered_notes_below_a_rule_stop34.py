"""Paragraph parser: below a separator rule (or in a web page's raw HTML notes block), a list
restarting at 1 whose entries cite documents ("1. 见 A/79/L.118。", "1. See A/79/L.118.") and
whose numbers the text above glues to its words is notes, as "1 见 …" is: never paragraph text,
their markers dropped from the body where read as references."""

from __future__ import annotations

from consultations.parser import parse_document
from tests.consultations.parser_helpers import parsed_rows


def test_chinese_numbered_notes_below_a_rule_are_no_paragraph_text() -> None:
    text = (
        "大会，\n1. 决定设立小组1；\n2. 决定继续审议2。\n__________________\n"
        "1. 见 A/79/L.118。\n2. 另见 A/79/L.1。\n"
    )
    result = parse_document(text)
    assert [(p.anchor, p.text) for p in result.paragraphs][-1] == ("2", "决定继续审议。")
    assert not any("restarting at 1" in warning.message for warning in result.warnings)


def test_english_numbered_notes_below_a_rule_are_notes() -> None:
    text = (
        "The General Assembly,\n1. Decides to establish a group1;\n"
        "2. Decides to continue consideration2.\n__________________\n"
        "1. See A/79/L.118.\n2. See also A/79/L.1.\n"
    )
    assert parsed_rows(text)[1:] == [
        ("1", "operative", None, "Decides to establish a group;"),
        ("2", "operative", None, "Decides to continue consideration."),
    ]


def test_notes_in_a_raw_html_notes_block_are_notes() -> None:
    text = (
        "大会，\n\n1. 决定设立小组1；\n\n2. 决定继续审议2。\n\n3. 决定结束。\n\n"
        '<div class="footnotes">\n\n1. 见 A/79/L.118。\n2. 另见 A/79/L.1。\n\n</div>\n'
    )
    assert parsed_rows(text, "markdown")[-2:] == [
        ("2", "operative", None, "决定继续审议。"),
        ("3", "operative", None, "决定结束。"),
    ]


def test_a_list_restarting_below_a_rule_that_cites_nothing_stays_text() -> None:
    text = (
        "The General Assembly,\n1. Decides to establish a group1;\n"
        "2. Decides to continue consideration.\n__________________\n"
        "1. The group meets twice.\n"
    )
    assert "The group meets twice." in parsed_rows(text)[-1][3]
