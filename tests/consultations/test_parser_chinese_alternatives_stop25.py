"""Paragraph parser: Chinese texts print an alternative "4 备选." or "4 备选案文." where English
prints "4 alt.". It was an unnumbered paragraph "4 备选. […]", so the Chinese version of a Rev.
had no ``4alt`` where the English one has."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document

ENGLISH_ALTERNATIVES = (
    "3. Further decides to convene a high-level meeting;\n\n"
    "4. [Alt 1: decides to hold the meeting in New York;]\n\n"
    "4 alt. [Alt 2: decides to hold the meeting in Geneva;]\n\n"
    "5. Decides to remain seized of the matter.\n"
)
CHINESE_ALTERNATIVES = (
    "3. 又决定召开高级别会议；\n\n4. [备选案文 1：决定在纽约举行会议；]\n\n"
    "4 备选. [备选案文 2：决定在日内瓦举行会议；]\n\n5. 决定继续处理此案。\n"
)


def _anchors(content: str, fmt: Format = "text") -> list[str]:
    return [p.anchor for p in parse_document(content, fmt).paragraphs]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_chinese_alternative_is_read_as_alt(fmt: Format) -> None:
    paragraphs = parse_document(CHINESE_ALTERNATIVES, fmt).paragraphs
    assert [p.anchor for p in paragraphs] == _anchors(ENGLISH_ALTERNATIVES, fmt)
    assert [p.anchor for p in paragraphs] == ["3", "4", "4alt", "5"]
    assert (paragraphs[2].label, paragraphs[2].text) == (
        "4 备选",
        "[备选案文 2：决定在日内瓦举行会议；]",
    )


@pytest.mark.parametrize(
    ("line", "anchor", "label"),
    [
        ("4 备选案文. 决定在日内瓦举行会议；", "4alt", "4 备选案文"),
        ("4 备选 2. 决定在日内瓦举行会议；", "4alt2", "4 备选 2"),
        ("OP4 备选. 决定在日内瓦举行会议；", "4alt", "4 备选"),
        ("4 之二 备选. 决定在日内瓦举行会议；", "4bisalt", "4 之二 备选"),
    ],
)
def test_chinese_alternative_forms(line: str, anchor: str, label: str) -> None:
    content = (
        f"3. 又决定召开高级别会议；\n\n4. 决定在纽约举行会议；\n\n{line}\n\n5. 决定继续处理此案。\n"
    )
    inserted = parse_document(content).paragraphs[2]
    assert (inserted.anchor, inserted.label, inserted.text) == (
        anchor,
        label,
        "决定在日内瓦举行会议；",
    )


def test_chinese_alternative_item() -> None:
    content = "1. 决定：\n\n(a) 召开会议；\n\n(a) 备选. 不召开会议；\n\n(b) 继续处理此案。\n"
    assert _anchors(content) == ["1", "1.a", "1.aalt", "1.b"]


def test_alternative_options_opening_a_line_stay_text() -> None:
    """ "备选方案" (the options) is a word of its own: "2 备选方案…" is no alternative of
    paragraph 2."""
    content = (
        "1. 决定召开高级别会议；\n\n2. 请秘书长提交报告；\n\n2 备选方案载于秘书长的报告。\n\n"
        "3. 决定继续处理此案。\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "2", "p-3", "3"]
    assert paragraphs[2].text == "2 备选方案载于秘书长的报告。"
