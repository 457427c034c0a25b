"""Paragraph parser: atop a section of a larger text, its first unnumbered heading set apart
above its first decimal paragraph ("Objective" + "9.1 …") is a heading, as its sibling below
("Strategy" + "9.2 …") is, never front matter. A title above paragraph 1 ("Draft resolution" +
"1. Decides …"), with a heading of the same shape further down, stays front matter."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_SECTIONS = {
    "en": (
        "Objective\n\n9.1 The objective is to advance the 2030 Agenda.\n\n"
        "Strategy\n\n9.2 The subprogramme will act.\n"
    ),
    "zh": "目标\n\n9.1 目标是推进《2030年议程》。\n\n战略\n\n9.2 本次级方案将采取行动。\n",
}

_TITLED = {
    "en": "Draft resolution\n\n1. Decides to act.\n\nFollow-up\n\n2. Requests a report.\n",
    "zh": "决议草案\n\n1. 决定采取行动。\n\n后续行动\n\n2. 请提交报告。\n",
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_first_heading_above_a_decimal_paragraph_is_kept(language: str) -> None:
    result = parse_document(_SECTIONS[language])
    first, second = _SECTIONS[language].split("\n\n")[0], _SECTIONS[language].split("\n\n")[2]
    paths = {p.anchor: p.heading_path for p in result.paragraphs}
    assert [p.anchor for p in result.paragraphs] == ["p-1", "9.1", "p-3", "9.2"]
    assert paths["9.1"] == (first,)
    assert paths["9.2"] == (second,)
    assert not any("front matter" in warning.message for warning in result.warnings)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_title_above_paragraph_1_stays_front_matter(language: str) -> None:
    result = parse_document(_TITLED[language])
    assert [p.anchor for p in result.paragraphs] == ["1", "p-2", "2"]
    assert result.paragraphs[0].heading_path == ()
    assert any(warning.message == "front matter skipped" for warning in result.warnings)
