"""Paragraph parser: operative paragraphs a Markdown copy sets as headings keep their numbers:
"### 1." over its text, or "### 1. Welcomes the progress made;" (a sentence opening with an
operative verb), is paragraph 1, and the preamble above it is counted pp1. A numbered title,
"## 1. Scope", stays an unnumbered heading."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_NUMBER_ALONE_EN = """\
The General Assembly,

*Recalling* its resolution 78/213,

### 1.

Welcomes the progress made;

### 2.

Requests the Secretary-General to report.
"""

_NUMBER_ALONE_ZH = """\
大会，

*回顾*其第 78/213 号决议，

### 1.

欢迎取得的进展；

### 2.

请秘书长提交报告。
"""

_SENTENCE_EN = """\
The General Assembly,

*Recalling* its resolution 78/213,

### 1. *Welcomes* the progress made;

### 2. Requests the Secretary-General to report.
"""

_SENTENCE_ZH = """\
大会，

*回顾*其第 78/213 号决议，

### 1. 欢迎取得的进展；

### 2. 请秘书长提交报告。
"""


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (_NUMBER_ALONE_EN, "Welcomes the progress made;"),
        (_NUMBER_ALONE_ZH, "欢迎取得的进展；"),
        (_SENTENCE_EN, "Welcomes the progress made;"),
        (_SENTENCE_ZH, "欢迎取得的进展；"),
    ],
    ids=["number-alone-en", "number-alone-zh", "sentence-en", "sentence-zh"],
)
def test_an_operative_paragraph_set_as_a_heading_keeps_its_number(text: str, first: str) -> None:
    result = parse_document(text, "markdown")
    paragraphs = {p.anchor: p for p in result.paragraphs}
    assert list(paragraphs) == ["p-1", "pp1", "1", "2"]
    assert paragraphs["1"].kind == "operative"
    assert paragraphs["1"].text == first
    assert not result.warnings


@pytest.mark.parametrize(
    "text",
    [
        "## 1. Scope\n\nThe present text applies to all.\n\n## 2. Definitions\n\nTerms used.\n",
        "## 1. 范围\n\n本案文适用于所有人。\n\n## 2. 定义\n\n所用术语。\n",
    ],
    ids=["en", "zh"],
)
def test_a_numbered_title_set_as_a_heading_stays_a_heading(text: str) -> None:
    paragraphs = parse_document(text, "markdown").paragraphs
    assert [(p.anchor, p.kind) for p in paragraphs] == [
        ("p-1", "heading"),
        ("p-2", "unnumbered"),
        ("p-3", "heading"),
        ("p-4", "unnumbered"),
    ]
