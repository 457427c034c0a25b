"""Paragraph parser: lists of documents under "Documentation" / "文件" whose entries carry no
symbol at their end ("Report of the Secretary-General on the work of the Organization"), as
agenda annotations end, were skipped as trailing matter, the entries of a list one a line joined
into one; and an entry alone under its caption, set a blank line below it (Markdown, or plain
text), read as a heading, even one closed by its symbol. The caption now holds its entries,
one a line, wherever the list stands."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document

ENGLISH = (
    "1.    Report of the Secretary-General on the work of the Organization\n\n"
    "      The report will be submitted pursuant to Article 98 of the Charter of the United\n"
    "      Nations, which requires an annual report on the work of the Organization.\n\n"
    "2.    Financial situation of the Organization\n\n"
    "      The Assembly will consider the reports requested in resolution 78/250, including the\n"
    "      financial report and the audited financial statements for the biennium.\n\n"
    "      Documentation\n\n"
    "      Report of the Secretary-General on the work of the Organization\n"
    "      Financial report and audited financial statements\n"
)
CHINESE = (
    "1.    秘书长关于本组织工作的报告\n"
    "      该报告将根据《联合国宪章》第九十八条提交，说明本组织在过去一年中的工作情况"
    "和今后的优先事项。\n"
    "2.    本组织的财务状况\n"
    "      大会将审议第78/250号决议所要求的报告，包括两年期财务报告和已审计财务报表及相关建议。\n"
    "      文件\n"
    "      秘书长关于本组织工作的报告\n"
    "      财务报告和已审计财务报表\n"
)


def _rows(content: str, fmt: Format = "text") -> list[tuple[str, str, str | None, str]]:
    return [(p.anchor, p.kind, p.parent, p.text) for p in parse_document(content, fmt).paragraphs]


@pytest.mark.parametrize(
    ("content", "caption", "entries"),
    [
        (
            ENGLISH,
            "Documentation",
            "Report of the Secretary-General on the work of the Organization\n"
            "Financial report and audited financial statements",
        ),
        (CHINESE, "文件", "秘书长关于本组织工作的报告\n财务报告和已审计财务报表"),
    ],
    ids=["en", "zh"],
)
def test_a_list_of_documents_without_symbols_ending_the_text_is_kept_one_a_line(
    content: str, caption: str, entries: str
) -> None:
    result = parse_document(content)
    rows = [(p.anchor, p.kind, p.parent, p.text) for p in result.paragraphs]
    heading, listed = rows[-2:]
    assert heading[1:] == ("heading", None, caption)
    assert listed[1:] == ("unnumbered", heading[0], entries)
    assert not any("trailing" in warning.message for warning in result.warnings)


@pytest.mark.parametrize(
    ("caption", "entry"),
    [
        ("Documentation", "Report of the Secretary-General on artificial intelligence"),
        ("Documentation", "Report of the Secretary-General on data governance (E/CN.16/2027/3)"),
        ("Reference documents", "Note by the Secretariat on the themes of the session"),
        ("文件", "秘书长关于信息社会世界首脑会议成果执行情况的报告"),
        ("文件", "秘书长关于数据治理的报告（E/CN.16/2027/3）"),
    ],
)
@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_a_lone_last_entry_set_apart_below_its_caption_is_no_heading(
    caption: str, entry: str, fmt: Format
) -> None:
    content = (
        "# Annotated agenda\n\n## Item 3 Information society\n\n"
        "3. The Commission will have before it the report.\n\n"
        f"{caption}\n\n{entry}\n"
    )
    if fmt == "text":
        content = content.replace("# ", "")
    rows = _rows(content, fmt)
    assert [(kind, text) for _, kind, _, text in rows[-2:]] == [
        ("heading", caption),
        ("unnumbered", entry),
    ]
    assert rows[-1][2] == rows[-2][0]


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_a_lone_entry_in_mid_text_heads_nothing_below_it(fmt: Format) -> None:
    content = (
        "1. The report will be submitted pursuant to Article 98 of the Charter.\n\n"
        "Documentation\n\n"
        "Report of the Secretary-General on the work of the Organization (A/79/1)\n\n"
        "2. Financial situation of the Organization\n"
    )
    rows = _rows(content, fmt)
    assert rows[1:3] == [
        ("p-2", "heading", None, "Documentation"),
        (
            "p-3",
            "unnumbered",
            "p-2",
            "Report of the Secretary-General on the work of the Organization (A/79/1)",
        ),
    ]
    # As below a caption's bullets, the next item stays under the caption, no entry of it.
    assert rows[3][:3] == ("2", "operative", "p-2")


# -- near misses: what stays as it was ---------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "line"),
    [
        ("Next steps", "Contact the secretariat"),
        ("Background", "Report of the Secretary-General on WSIS"),
        ("后续步骤", "联系秘书处"),
    ],
)
def test_unpunctuated_lines_ending_the_text_under_another_heading_are_still_trailing(
    heading: str, line: str
) -> None:
    content = (
        "1. The Commission will consider the report.\n\n"
        "2. The Commission will adopt its report.\n\n"
        f"{heading}\n\n{line}\n"
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["1", "2"]
    assert [w.message for w in result.warnings] == ["trailing text skipped"] * 2


def test_a_documentation_heading_over_numbered_paragraphs_still_heads_them() -> None:
    content = (
        "I. Introduction\n\n1. The Commission met in Geneva.\n\nDocumentation\n\n"
        "2. The Commission had before it the report of the Secretary-General.\n\n"
        "3. It adopted its report.\n"
    )
    rows = _rows(content)
    assert [(anchor, kind, parent) for anchor, kind, parent, _ in rows] == [
        ("section-1", "heading", None),
        ("1", "operative", "section-1"),
        ("p-3", "heading", "section-1"),
        ("2", "operative", "p-3"),
        ("3", "operative", "p-3"),
    ]


def test_a_documents_title_wrapped_at_the_texts_width_stays_one_entry() -> None:
    content = (
        "1.    The Commission will have before it the report of the Secretary-General on the\n"
        "      implementation of the outcomes of the World Summit on the Information Society.\n\n"
        "      Documentation\n\n"
        "      Report of the Secretary-General on progress made in the implementation of the\n"
        "      World Summit on the Information Society outcomes\n"
        "      Note by the Secretariat\n"
    )
    assert _rows(content)[-1][3] == (
        "Report of the Secretary-General on progress made in the implementation of the World"
        " Summit on the Information Society outcomes\nNote by the Secretariat"
    )
