"""Paragraph parser: agenda annotations list the documents before each item ("Documentation" /
"文件" + one title a line, each closed by the document's symbol). The next item's "Item 4" /
"项目 4", a blank line below an entry, was read as the entry's last words, so its heading lost
the number; and the last item's list, at the end of the text, was skipped as trailing matter,
the symbols lost. A symbol in brackets closes an entry: the blank line below ends it, the next
document begins on a line of its own, and the list is the text's own wherever it stands."""

from __future__ import annotations

import pytest

from consultations.parser import ParsedParagraph, parse_document

ENGLISH = (
    "                2.     The Commission will have before it the report of the"
    " Secretary-General.\n\n"
    "                    Documentation\n"
    "                    Report of the Secretary-General on progress made in the implementation\n"
    "                    of and follow-up to the outcomes of the World Summit on the Information\n"
    "                    Society at the regional and international levels (A/81/65-E/2026/10)\n\n"
    "                    Item 4\n"
    "                    Priority themes\n\n"
    "                3.     The Commission selected the following priority themes:\n"
    "                (a)    Artificial intelligence for sustainable development;\n"
    "                (b)    Data governance.\n\n"
    "                    Documentation\n"
    "                    Report of the Secretary-General on artificial intelligence for\n"
    "                    sustainable development (E/CN.16/2026/2)\n"
    "                    Report of the Secretary-General on data governance (E/CN.16/2026/3)\n"
)
CHINESE = (
    "                2.     委员会将收到秘书长关于信息社会世界首脑会议成果执行情况的报告。\n\n"
    "                    文件\n"
    "                    秘书长关于信息社会世界首脑会议成果在区域和国际两级执行和后续行\n"
    "                    动的进展情况的报告（A/81/65-E/2026/10）\n\n"
    "                    项目 4\n"
    "                    优先主题\n\n"
    "                3.     委员会在第二十八届会议上选定了以下优先主题：\n"
    "                (a)    人工智能促进可持续发展；\n"
    "                (b)    数据治理。\n\n"
    "                    文件\n"
    "                    秘书长关于人工智能促进可持续发展的报告（E/CN.16/2026/2）\n"
    "                    秘书长关于数据治理的报告（E/CN.16/2026/3）\n"
)


def _by_anchor(content: str, fmt: str = "text") -> dict[str, ParsedParagraph]:
    return {p.anchor: p for p in parse_document(content, fmt).paragraphs}


@pytest.mark.parametrize(
    ("content", "entry", "item", "title", "last_list"),
    [
        (
            ENGLISH,
            "Report of the Secretary-General on progress made in the implementation of and"
            " follow-up to the outcomes of the World Summit on the Information Society at the"
            " regional and international levels (A/81/65-E/2026/10)",
            "Item 4",
            "Priority themes",
            (
                "Documentation",
                "Report of the Secretary-General on artificial intelligence for"
                " sustainable development (E/CN.16/2026/2)\nReport of the Secretary-General on data"
                " governance (E/CN.16/2026/3)",
            ),
        ),
        (
            CHINESE,
            "秘书长关于信息社会世界首脑会议成果在区域和国际两级执行和后续行动的进展情况的报告"
            "（A/81/65-E/2026/10）",
            "项目 4",
            "优先主题",
            (
                "文件",
                "秘书长关于人工智能促进可持续发展的报告（E/CN.16/2026/2）\n"
                "秘书长关于数据治理的报告（E/CN.16/2026/3）",
            ),
        ),
    ],
)
def test_an_entry_closed_by_its_symbol_ends_and_the_last_list_is_kept(
    content: str, entry: str, item: str, title: str, last_list: tuple[str, str]
) -> None:
    result = parse_document(content, "text")
    paragraphs = [(p.anchor, p.kind, p.parent, p.text) for p in result.paragraphs]
    assert paragraphs[1:3] == [
        ("p-2", "heading", None, last_list[0]),
        ("p-3", "unnumbered", "p-2", entry),
    ]
    # The item's number heads what follows, alone or with its title, as "Item 3" does.
    assert paragraphs[3][1] == "heading"
    assert paragraphs[3][3] in (item, f"{item} {title}")
    assert paragraphs[-2:] == [
        (f"p-{len(paragraphs) - 1}", "heading", None, last_list[0]),
        (f"p-{len(paragraphs)}", "unnumbered", f"p-{len(paragraphs) - 1}", last_list[1]),
    ]
    assert not any("trailing" in warning.message for warning in result.warnings)


def test_english_and_chinese_annotations_anchor_alike() -> None:
    english, chinese = parse_document(ENGLISH, "text"), parse_document(CHINESE, "text")
    assert [(p.anchor, p.kind, p.parent) for p in english.paragraphs] == [
        (p.anchor, p.kind, p.parent) for p in chinese.paragraphs
    ]


def test_markdown_entry_closed_by_its_symbol_ends_and_the_last_one_is_kept() -> None:
    content = (
        "2. The Commission will have before it the report of the Secretary-General.\n\n"
        "Documentation\n\n"
        "Report of the Secretary-General on the World Summit (A/81/65-E/2026/10)\n\n"
        "Item 4\n\n"
        "Priority themes\n\n"
        "3. The Commission selected the following priority themes:\n\n"
        "(a) Artificial intelligence for sustainable development;\n\n"
        "(b) Data governance.\n\n"
        "Documentation\n\n"
        "Report of the Secretary-General on data governance (E/CN.16/2026/3)\n"
    )
    texts = [p.text for p in parse_document(content, "markdown").paragraphs]
    assert "Report of the Secretary-General on the World Summit (A/81/65-E/2026/10)" in texts
    assert "Item 4" in texts
    assert texts[-2:] == [
        "Documentation",
        "Report of the Secretary-General on data governance (E/CN.16/2026/3)",
    ]


def test_prose_below_a_heading_wrapped_after_a_symbol_goes_on_as_before() -> None:
    # Set a blank line below its heading, a paragraph is prose, no list: the line below the
    # symbol ends its sentence, and Chinese joins it without a break.
    content = (
        "                3.     委员会选定了以下优先主题：\n"
        "                (a)    人工智能；\n"
        "                (b)    数据治理。\n\n"
        "                    背景\n\n"
        "                    委员会将收到秘书长关于数据治理的报告（E/CN.16/2026/2）\n"
        "                    所载建议。\n\n"
        "                4.     委员会还将收到秘书处的说明。\n"
    )
    paragraphs = _by_anchor(content)
    assert (
        paragraphs["p-5"].text == "委员会将收到秘书长关于数据治理的报告（E/CN.16/2026/2）所载建议。"
    )
    assert paragraphs["4"].parent == "p-4"


def test_a_sentence_a_page_break_cuts_after_a_symbol_goes_on() -> None:
    content = (
        "                1.     The Commission will have before it the report of the"
        " Secretary-General\n"
        "          on data governance (E/CN.16/2026/2)\n"
        "                                                                                    3/5\n"
        "\fE/CN.16/2026/1\n\n"
        "          and the note by the Secretariat.\n\n"
        "                2.     The Commission will adopt its report.\n\n"
        "          Document symbol: A/RES/79/1\n"
    )
    result = parse_document(content, "text")
    assert [(p.anchor, p.text) for p in result.paragraphs] == [
        (
            "1",
            "The Commission will have before it the report of the Secretary-General on data"
            " governance (E/CN.16/2026/2) and the note by the Secretariat.",
        ),
        ("2", "The Commission will adopt its report."),
    ]
    # An unbracketed symbol after the last paragraph names no listed document: trailing.
    assert [w.message for w in result.warnings] == ["trailing text skipped"]


MARKDOWN_ENTRIES = {
    "en": (
        "# Annotated agenda\n\n## Item 3 WSIS\n\n"
        "3. The Commission will have before it the report.\n\n"
        "Documentation\n\n"
        "Report of the Secretary-General on WSIS (A/82/65-E/2027/10)\n\n"
        "Note by the Secretary-General (E/CN.16/2027/CRP.1)\n\n"
        "## Item 4 Priority themes\n\n"
        "4. The Commission will consider the themes.\n",
        "Documentation",
        [
            "Report of the Secretary-General on WSIS (A/82/65-E/2027/10)",
            "Note by the Secretary-General (E/CN.16/2027/CRP.1)",
        ],
    ),
    "zh": (
        "# 临时议程说明\n\n## 项目 3 信息社会世界首脑会议成果执行情况\n\n"
        "3. 委员会将收到秘书长的报告。\n\n"
        "文件\n\n"
        "秘书长关于信息社会世界首脑会议成果执行情况的报告（A/82/65-E/2027/10）\n\n"
        "秘书长的说明（E/CN.16/2027/CRP.1）\n\n"
        "## 项目 4 优先主题\n\n"
        "4. 委员会将审议以下优先主题。\n",
        "文件",
        [
            "秘书长关于信息社会世界首脑会议成果执行情况的报告（A/82/65-E/2027/10）",
            "秘书长的说明（E/CN.16/2027/CRP.1）",
        ],
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_markdown_entry_a_blank_line_below_the_last_is_an_entry_too(language: str) -> None:
    """Markdown: the second document, a blank line below the first, is the list's next entry
    under its caption (as in plain text), never a heading under the item."""
    content, caption, entries = MARKDOWN_ENTRIES[language]
    paragraphs = parse_document(content, "markdown").paragraphs
    by_anchor = {p.anchor: p for p in paragraphs}
    caption_node = next(p for p in paragraphs if p.text == caption)
    listed = [p for p in paragraphs if p.parent == caption_node.anchor]
    assert [(p.kind, p.text) for p in listed] == [("unnumbered", entry) for entry in entries]
    assert not any(p.kind == "heading" and p.text in entries for p in paragraphs)
    assert by_anchor["4"].parent == paragraphs[-2].anchor
    assert paragraphs[-2].kind == "heading"
    # The title and item 3's heading above its paragraph are the title block, skipped as in
    # plain text: item 4 is at the top.
    assert paragraphs[-2].parent is None
    plain = parse_document(content.replace("## ", "").replace("# ", ""), "text").paragraphs
    assert [(p.anchor, p.parent) for p in paragraphs] == [(p.anchor, p.parent) for p in plain]
