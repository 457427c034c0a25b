"""Paragraph parser: the name of a text's opening section alone above paragraph 1 ("Objectives",
"Context", "Goals") heads the text in every UN language, as "Introduction" and "导言" do, so a
translation anchors as its original: "目标" ("Objectives", "Goals"), "背景情况" ("Background",
"Context"), "概览" ("Overview") are headings too, never front matter skipped."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document

_BODIES = {
    "en": "1. We recognize the opportunities.\n\n2. We commit.\n",
    "zh": "1. 我们认识到机遇。\n\n2. 我们承诺。\n",
    "fr": "1. Nous reconnaissons les possibilités.\n\n2. Nous nous engageons.\n",
    "es": "1. Reconocemos las oportunidades.\n\n2. Nos comprometemos.\n",
    "ru": "1. Мы признаем возможности.\n\n2. Мы обязуемся.\n",
    "ar": "1. نحن ندرك الفرص.\n\n2. نحن نلتزم.\n",
}

# Each opening section's name as the six languages print it.
_NAMES = [
    ("en", "Objectives"),
    ("en", "Goals"),
    ("en", "Context"),
    ("en", "Background information"),
    ("en", "Overview"),
    ("zh", "目标"),
    ("zh", "背景情况"),
    ("zh", "背景资料"),
    ("zh", "概览"),
    ("zh", "背景和目标"),
    ("fr", "Contexte"),
    ("fr", "Objectifs"),
    ("es", "Antecedentes"),
    ("es", "Objetivos"),
    ("ru", "Введение"),
    ("ru", "Цели"),
    ("ar", "مقدمة"),
    ("ar", "الأهداف"),
]


def _rows(content: str, fmt: Format) -> list[tuple[str, str, str]]:
    return [(p.anchor, p.kind, p.text) for p in parse_document(content, fmt).paragraphs]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize(("language", "name"), _NAMES, ids=[name for _, name in _NAMES])
def test_an_opening_section_name_above_paragraph_1_is_a_heading(
    language: str, name: str, fmt: Format
) -> None:
    rows = _rows(f"{name}\n\n{_BODIES[language]}", fmt)
    assert [(anchor, kind) for anchor, kind, _ in rows] == [
        ("p-1", "heading"),
        ("1", "operative"),
        ("2", "operative"),
    ]
    assert rows[0][2] == name


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize(
    ("english", "chinese"),
    [("Objectives", "目标"), ("Goals", "目标"), ("Context", "背景情况"), ("Overview", "概览")],
)
def test_a_translation_anchors_its_opening_section_as_the_original(
    english: str, chinese: str, fmt: Format
) -> None:
    original = _rows(f"{english}\n\n{_BODIES['en']}", fmt)
    translation = _rows(f"{chinese}\n\n{_BODIES['zh']}", fmt)
    assert [anchor for anchor, _, _ in translation] == [anchor for anchor, _, _ in original]


@pytest.mark.parametrize(
    ("english", "chinese"),
    [("Objectives", "目标"), ("Goals", "目标"), ("Context", "背景情况")],
)
def test_a_bold_opening_section_name_heads_the_markdown_text_in_both_languages(
    english: str, chinese: str
) -> None:
    original = _rows(f"**{english}**\n\n{_BODIES['en']}", "markdown")
    translation = _rows(f"**{chinese}**\n\n{_BODIES['zh']}", "markdown")
    assert [(anchor, kind) for anchor, kind, _ in translation] == [
        (anchor, kind) for anchor, kind, _ in original
    ]
    assert translation[0][:2] == ("p-1", "heading")
