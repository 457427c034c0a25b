"""Paragraph parser, from an audit of web copies and pandoc Markdown: pandoc's superscript link
to a note ("^[1](#fn1)^") is a reference as "<sup>[1](#fn1)</sup>" is (it was read as an inline
note, which left "(#fn)^" and glued two preambular paragraphs); pandoc's attributes
("{#fnref1 .footnote-ref}", "{#principles}") and fenced divs (":::") are markup; a web copy's
"Back to top" / "返回顶部" between sections is furniture, no heading over what follows."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_PREAMBLE = {
    "en": (
        "The General Assembly,\n\n"
        "Recalling its resolution 79/1 of 22 September 2024{reference}\n\n"
        "Recalling also its resolution 78/265 of 21 March 2024,\n\n"
        "1. Decides to establish an Independent International Scientific Panel on AI;\n\n"
        "2. Also decides to launch a Global Dialogue on AI Governance.\n"
    ),
    "zh": (
        "大会，\n\n"
        "回顾其2024年9月22日第79/1号决议{reference}\n\n"
        "又回顾其2024年3月21日第78/265号决议，\n\n"
        "1. 决定设立人工智能问题独立国际科学小组；\n\n"
        "2. 又决定发起人工智能治理问题全球对话。\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize(
    "reference",
    [
        "^[1](#fn1)^",
        '^[1](#fn1){#fnref1 .footnote-ref role="doc-noteref"}^',
        "[1](#fn1){#fnref1 .footnote-ref}",
        '[^1^](#fn1){#fnref1 .footnote-ref role="doc-noteref"}',
        "<sup>[1](#fn1)</sup>",
    ],
)
def test_pandoc_note_references_and_attributes_leave_no_markup(
    language: str, reference: str
) -> None:
    comma = "，" if language == "zh" else ","
    content = _PREAMBLE[language].format(reference=f"{comma}{reference}")
    paragraphs = parse_document(content, "markdown").paragraphs
    assert [p.anchor for p in paragraphs] == ["p-1", "pp1", "pp2", "1", "2"]
    assert paragraphs[1].text.endswith(comma)
    assert not any(mark in p.text for p in paragraphs for mark in "^#{}()")


@pytest.mark.parametrize(
    ("heading", "item", "opening"),
    [("Principles", "Inclusive;", "We commit to:"), ("原则", "包容；", "我们承诺：")],
)
def test_heading_attributes_and_fenced_divs_are_markup(
    heading: str, item: str, opening: str
) -> None:
    content = (
        f"## {heading} {{#principles}}\n\n::: {{.section}}\n\n1. {opening}\n\n(a) {item}\n\n"
        ":::\n\n2. We decide to meet again.\n\n::: {#footer}\nSite map\n:::\n"
    )
    result = parse_document(content, "markdown")
    paragraphs = result.paragraphs
    # The only heading above paragraph 1 is its title, skipped as in plain text.
    assert [w.excerpt for w in result.warnings if w.message == "front matter skipped"] == [heading]
    assert [(p.anchor, p.text) for p in paragraphs[:2]] == [("1", opening), ("1.a", item)]
    assert paragraphs[2].anchor == "2"
    assert not any(":::" in p.text or "{" in p.text for p in paragraphs)
    assert all(p.heading_path in ((), (heading,)) for p in paragraphs)


@pytest.mark.parametrize(
    ("back", "texts"),
    [
        ("Back to top", ("We commit to connect all schools.", "We recognize digital skills.")),
        ("返回顶部", ("我们承诺让所有学校接入互联网。", "我们确认数字技能的重要性。")),
        ("↑ Back to top", ("We commit to connect all schools.", "We recognize digital skills.")),
    ],
)
def test_back_to_top_between_sections_is_furniture(back: str, texts: tuple[str, str]) -> None:
    content = f"1. {texts[0]}\n\n{back}\n\n2. {texts[1]}\n\n{back}\n"
    for fmt in ("text", "markdown"):
        paragraphs = parse_document(content, fmt).paragraphs
        assert [(p.anchor, p.parent, p.text) for p in paragraphs] == [
            ("1", None, texts[0]),
            ("2", None, texts[1]),
        ]


@pytest.mark.parametrize(
    ("line", "texts"),
    [
        ("© ITU 2026 All rights reserved", ("We recognize ITU's role.", "We decide to meet.")),
        ("© 国际电联 2026 版权所有", ("我们确认国际电联的作用。", "我们决定再次开会。")),
    ],
)
def test_a_copyright_line_is_furniture(line: str, texts: tuple[str, str]) -> None:
    content = f"1. {texts[0]}\n{line}\n2. {texts[1]}\n"
    assert [p.text for p in parse_document(content).paragraphs] == list(texts)


def test_a_sentence_about_copyright_stays_text() -> None:
    content = "1. Copyright and related rights.\n\n2. Copyright 2026 reforms were discussed.\n"
    assert [p.text for p in parse_document(content).paragraphs] == [
        "Copyright and related rights.",
        "Copyright 2026 reforms were discussed.",
    ]


@pytest.mark.parametrize(
    "item",
    ["(c) 2026 targets for universal connectivity;", "(c) 2026年普遍连通性的具体目标；"],
)
def test_an_item_opening_with_a_year_is_no_copyright_line(item: str) -> None:
    content = f"1. We commit to:\n\n(a) Connect schools;\n\n(b) Connect hospitals;\n\n{item}\n"
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "1.a", "1.b", "1.c"]
    assert paragraphs[-1].text == item[4:]


@pytest.mark.parametrize(
    ("item", "note"),
    [
        ("The United Nations system should align the action lines.", "The contributions."),
        ("联合国系统应协调各行动方面。", "所提供的资料。"),
    ],
)
def test_a_pandoc_notes_div_is_no_text(item: str, note: str) -> None:
    content = (
        "1. The Commission met in Geneva.\n\n2. It recommends:\n\n   (a) Cooperation;\n\n"
        f"   (b) {item}\n\n::: {{#footnotes .footnotes .footnotes-end-of-document}}\n"
        "------------------------------------------------------------------------\n\n"
        f"1.  ::: {{#fn1}}\n    {note}[↩︎](#fnref1){{.footnote-back}}\n    :::\n:::\n"
    )
    paragraphs = parse_document(content, "markdown").paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "2", "2.a", "2.b"]
    assert paragraphs[-1].text == item


def test_a_notes_div_left_open_keeps_the_text() -> None:
    content = "1. We decide to meet.\n\n::: {.footnotes}\n2. We request a report.\n"
    texts = [p.text for p in parse_document(content, "markdown").paragraphs]
    assert any("We request a report." in text for text in texts)
