"""Paragraph parser: the sections an annex or an appendix opens with, "I. Mandate" right below its
heading, are sections of that annex or appendix in every format, as "II." after them are."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_ADOPTS = "1. Adopts the terms of reference annexed to the present resolution.\n\n"
_SECTIONS = (
    "I. Mandate\n\n1. The Dialogue shall be inclusive.\n\n"
    "II. Modalities\n\n2. The Dialogue shall meet annually.\n"
)


def _rows(content: str, fmt: str) -> list[tuple[str, str, str | None, tuple[str, ...], str]]:
    """Each paragraph's anchor, kind, parent, heading path and text."""
    return [
        (p.anchor, p.kind, p.parent, p.heading_path, p.text)
        for p in parse_document(content, fmt).paragraphs
    ]


@pytest.mark.parametrize(
    ("content", "fmt", "annex_path"),
    [
        (
            f"{_ADOPTS}Annex\n\nTerms of reference\n\n{_SECTIONS}",
            "text",
            "Annex Terms of reference",
        ),
        (f"{_ADOPTS}Annex I\n\n{_SECTIONS}", "text", "Annex I"),
        (
            f"{_ADOPTS}Annex I\n\nTerms of reference\n\n{_SECTIONS}",
            "text",
            "Annex I Terms of reference",
        ),
        (
            f"{_ADOPTS}Annex\n\nTerms of reference\n\n{_SECTIONS}",
            "markdown",
            "Annex Terms of reference",
        ),
        (
            f"{_ADOPTS}## Annex\n\n## Terms of reference\n\n{_SECTIONS}",
            "markdown",
            "Annex Terms of reference",
        ),
        (f"{_ADOPTS}## Annex I\n\n{_SECTIONS}", "markdown", "Annex I"),
    ],
)
def test_an_annex_opening_with_section_one_holds_its_sections(
    content: str, fmt: str, annex_path: str
) -> None:
    rows = _rows(content, fmt)
    assert [row[:4] for row in rows[2:]] == [
        ("annex-1/section-1", "heading", "annex-1", (annex_path,)),
        ("annex-1/1", "operative", "annex-1/section-1", (annex_path, "I. Mandate")),
        ("annex-1/section-2", "heading", "annex-1", (annex_path,)),
        ("annex-1/2", "operative", "annex-1/section-2", (annex_path, "II. Modalities")),
    ]
    assert rows[2][4] == "Mandate"
    assert not parse_document(content, fmt).warnings


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_chinese_annex_opening_with_section_one_holds_its_sections(fmt: str) -> None:
    content = (
        "1. 通过本决议所附职权范围。\n\n附件\n\n职权范围\n\n"
        "一、任务\n\n1. 对话应具有包容性。\n\n二、模式\n\n2. 对话应每年举行会议。\n"
    )
    assert [row[:3] for row in _rows(content, fmt)[2:]] == [
        ("annex-1/section-1", "heading", "annex-1"),
        ("annex-1/1", "operative", "annex-1/section-1"),
        ("annex-1/section-2", "heading", "annex-1"),
        ("annex-1/2", "operative", "annex-1/section-2"),
    ]


_APPENDIX = (
    f"{_ADOPTS}Annex\n\nTerms of reference\n\n1. The Dialogue shall be inclusive.\n\n"
    "Appendix\n\nI. General information\n\n2. Some text.\n\nII. Activities\n\n3. Other text.\n"
)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_an_appendix_opening_with_section_one_numbers_it_as_a_section(fmt: str) -> None:
    assert [row[:2] for row in _rows(_APPENDIX, fmt)[3:]] == [
        ("annex-1/appendix-1", "heading"),
        ("annex-1/appendix-1/section-1", "heading"),
        ("annex-1/appendix-1/2", "operative"),
        ("annex-1/appendix-1/section-2", "heading"),
        ("annex-1/appendix-1/3", "operative"),
    ]


def test_a_lower_case_numeral_below_a_heading_stays_its_item() -> None:
    content = "I. Key messages\n\ni. Financing gaps are widening.\n\nii. Debt is rising.\n"
    assert [row[:3] for row in _rows(content, "text")] == [
        ("section-1", "heading", None),
        ("section-1.i", "subparagraph", "section-1"),
        ("section-1.ii", "subparagraph", "section-1"),
    ]


@pytest.mark.parametrize(
    ("content", "fmt", "annex", "appendix", "sections"),
    [
        (
            _APPENDIX,
            "text",
            "Annex Terms of reference",
            "Appendix",
            ("I. General information", "II. Activities"),
        ),
        (
            _APPENDIX,
            "markdown",
            "Annex Terms of reference",
            "Appendix",
            ("I. General information", "II. Activities"),
        ),
        (
            _APPENDIX.replace("Annex", "## Annex").replace("Appendix", "## Appendix"),
            "markdown",
            "Annex Terms of reference",
            "Appendix",
            ("I. General information", "II. Activities"),
        ),
        (
            "1. 通过本决议所附职权范围。\n\n附件\n\n职权范围\n\n1. 对话应具有包容性。\n\n"
            "附录\n\n一、一般信息\n\n2. 案文。\n\n二、活动\n\n3. 其他案文。\n",
            "text",
            "附件 职权范围",
            "附录",
            ("一、一般信息", "二、活动"),
        ),
    ],
)
def test_the_sections_of_an_annexs_appendix_sit_under_the_appendix(
    content: str, fmt: str, annex: str, appendix: str, sections: tuple[str, str]
) -> None:
    first, second = sections
    assert [row[:4] for row in _rows(content, fmt)[3:]] == [
        ("annex-1/appendix-1", "heading", "annex-1", (annex,)),
        ("annex-1/appendix-1/section-1", "heading", "annex-1/appendix-1", (annex, appendix)),
        (
            "annex-1/appendix-1/2",
            "operative",
            "annex-1/appendix-1/section-1",
            (annex, appendix, first),
        ),
        ("annex-1/appendix-1/section-2", "heading", "annex-1/appendix-1", (annex, appendix)),
        (
            "annex-1/appendix-1/3",
            "operative",
            "annex-1/appendix-1/section-2",
            (annex, appendix, second),
        ),
    ]


def test_the_next_appendix_closes_the_sections_of_the_one_before() -> None:
    content = (
        "1. Adopts.\n\nAnnex\n\n1. Text.\n\nAppendix I\n\nI. General\n\n1. A.\n\n"
        "II. More\n\n2. B.\n\nAppendix II\n\nI. Other\n\n1. C.\n"
    )
    assert [row[:4] for row in _rows(content, "text")[3:]] == [
        ("annex-1/appendix-1", "heading", "annex-1", ("Annex",)),
        ("annex-1/appendix-1/section-1", "heading", "annex-1/appendix-1", ("Annex", "Appendix I")),
        (
            "annex-1/appendix-1/1",
            "operative",
            "annex-1/appendix-1/section-1",
            ("Annex", "Appendix I", "I. General"),
        ),
        ("annex-1/appendix-1/section-2", "heading", "annex-1/appendix-1", ("Annex", "Appendix I")),
        (
            "annex-1/appendix-1/2",
            "operative",
            "annex-1/appendix-1/section-2",
            ("Annex", "Appendix I", "II. More"),
        ),
        ("annex-1/appendix-2", "heading", "annex-1", ("Annex",)),
        ("annex-1/appendix-2/section-1", "heading", "annex-1/appendix-2", ("Annex", "Appendix II")),
        (
            "annex-1/appendix-2/1",
            "operative",
            "annex-1/appendix-2/section-1",
            ("Annex", "Appendix II", "I. Other"),
        ),
    ]
