"""Paragraph parser: the line crediting a quotation below it ("— Statement by a participant",
pandoc's "--- …", "——一位与会者的发言") is a line of the quotation's paragraph, a blank line
between or not. It was skipped as front matter (text lost) in a text without numbered
paragraphs, and a heading over the next paragraph in a numbered one."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_QUOTES = {
    "en": (
        "Key messages",
        '"No country should be left behind in the age of artificial intelligence."',
        "The second meeting will be held in New York in 2027.",
        "— Statement by a participant",
    ),
    "zh": (
        "主要信息",
        "“在人工智能时代，任何国家都不应掉队。”",
        "第二次会议将于2027年在纽约举行。",
        "——一位与会者的发言",
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_credit_below_a_quotation_is_its_line(language: str, gap: str) -> None:
    heading, quotation, after, credit = _QUOTES[language]
    markdown = f"### {heading}\n\n> {quotation}\n> {credit.replace('— ', '--- ', 1)}\n\n{after}\n"
    plain = f"{heading}\n\n{quotation}{gap}{credit}\n\n{after}\n"
    for content, fmt in ((markdown, "markdown"), (plain, "text")):
        texts = [p.text for p in parse_document(content, fmt).paragraphs]
        assert f"{quotation}\n{credit}" in texts
        assert texts[-1] == after


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_credit_in_a_numbered_text_heads_nothing(language: str) -> None:
    _, quotation, after, credit = _QUOTES[language]
    content = f"1. {after}\n\n{quotation}\n\n{credit}\n\n2. {after}\n"
    rows = [(p.anchor, p.kind, p.parent, p.text) for p in parse_document(content).paragraphs]
    assert rows == [
        ("1", "operative", None, after),
        ("p-2", "unnumbered", None, f"{quotation}\n{credit}"),
        ("2", "operative", None, after),
    ]


def test_a_dash_line_below_no_quotation_is_no_credit() -> None:
    content = (
        "1. The Dialogue discussed the following:\n\n— Capacity-building\n\n"
        "2. The next meeting will be held in 2027.\n"
    )
    texts = [p.text for p in parse_document(content).paragraphs]
    assert not any("\n— Capacity-building" in text for text in texts)


@pytest.mark.parametrize(
    ("quotation", "entries", "read"),
    [
        (
            '"Trust is the currency of the digital age."',
            (
                "— Participants called for stronger data protection frameworks;",
                "— Many stressed the need for capacity-building.",
            ),
            # An em dash opening two lines in a row is a list's bullet, as "–" is: read without.
            (
                "Participants called for stronger data protection frameworks;",
                "Many stressed the need for capacity-building.",
            ),
        ),
        (
            "“信任是数字时代的货币。”",
            ("——与会者呼吁建立更有力的数据保护框架；", "——许多人强调需要开展能力建设。"),
            # The Chinese double dash is no bullet: kept as printed.
            ("——与会者呼吁建立更有力的数据保护框架；", "——许多人强调需要开展能力建设。"),
        ),
    ],
)
def test_dash_entries_below_a_quotation_are_no_credit(
    quotation: str, entries: tuple[str, str], read: tuple[str, str]
) -> None:
    content = f"6. The Co-Chairs opened the session with the motto:\n{quotation}\n" + "\n".join(
        entries
    )
    texts = [p.text for p in parse_document(content + "\n").paragraphs]
    # Each entry a paragraph of its own.
    assert texts[1] == quotation
    assert tuple(texts[2:]) == read


def test_a_dash_after_words_quoted_in_a_sentence_is_no_credit() -> None:
    content = (
        '1. The representative stated that the proposal was "a pragmatic solution"\n'
        "— a view shared by several delegations — and called for a decision in 2027.\n"
    )
    assert [p.text for p in parse_document(content).paragraphs] == [
        'The representative stated that the proposal was "a pragmatic solution" — a view '
        "shared by several delegations — and called for a decision in 2027."
    ]


def test_a_sentence_below_a_quotation_is_no_credit() -> None:
    content = (
        '7. The Chair proposed the following:\n\n"The Commission decides to defer the item."\n\n'
        "— The proposal was adopted without a vote.\n"
    )
    texts = [p.text for p in parse_document(content).paragraphs]
    assert texts[1:] == [
        '"The Commission decides to defer the item."',
        "— The proposal was adopted without a vote.",
    ]


@pytest.mark.parametrize(
    "content",
    [
        '1. The Co-Chairs opened the meeting.\n"Leave no one behind" is the promise, and States\n'
        'stressed the need "to reach the furthest behind first"\n'
        "— a principle that should guide the implementation of the Pact for the\n"
        "Future and the Compact.\n2. The meeting closed at 6 p.m.\n",
        '1. The Chair recalled the motto:\n"Data must serve people and planet."\n'
        "— Participants called for data governance frameworks that\n"
        "are grounded in human rights;\n— Many stressed the need for capacity-building.\n"
        "2. The consultation closed at 5 p.m.\n",
    ],
)
def test_a_dash_line_going_on_below_is_no_credit(content: str) -> None:
    texts = [p.text for p in parse_document(content).paragraphs]
    assert not any("\n—" in text for text in texts)
    assert texts[-1].startswith("The ")
