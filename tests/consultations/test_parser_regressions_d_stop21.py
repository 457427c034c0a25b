"""Paragraph parser: "I." / "أولا - " right below a paragraph ending with a colon is a list's
item only when it reads as one (its text wraps on to ";" / "؛" / "," / "; and" or a sentence's
full stop, or "II." follows right below it); terms of reference adopted "as follows:" that set
out their sections ("I. Mandate" + a blank line, numbered paragraphs or "(a)" items) keep them."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph

# --- An unpunctuated title below a colon is a section heading ---

TERMS_EN = (
    "The Human Rights Council,\n\n"
    "1. Decides to establish an open-ended intergovernmental working group;\n\n"
    "2. Adopts the following terms of reference:\n\n"
    "I. Mandate\n\n"
    "3. The working group shall elaborate an international regulatory framework.\n\n"
    "4. The working group shall take into account the work already done.\n\n"
    "II. Composition\n\n"
    "5. The working group shall be open to all Member States.\n"
)
TERMS_AR = (
    "1 - يقدم هذا التقرير عملا بقرار الجمعية العامة 79/1، وهو منظم على النحو التالي:\n\n"
    "أولا - مقدمة\n\n"
    "2 - طلبت الجمعية العامة في قرارها 79/1 إلى الأمين العام تقديم تقرير.\n\n"
    "ثانيا - معلومات أساسية\n\n"
    "3 - ويرحب الأمين العام بالتقدم المحرز.\n"
)
TERMS_FR = (
    "1. Adopte le mandat du groupe de travail, qui se lit comme suit :\n\n"
    "I. Dispositions générales\n\n"
    "2. Le groupe de travail est créé pour une période de deux ans.\n\n"
    "II. Composition\n\n"
    "3. Le groupe de travail est composé d'experts de toutes les régions.\n"
)


@pytest.mark.parametrize(
    ("content", "under"),
    [(TERMS_EN, ["3", "4"]), (TERMS_AR, ["2"]), (TERMS_FR, ["2"])],
)
def test_a_section_heading_below_a_colon_keeps_its_paragraphs(
    content: str, under: list[str]
) -> None:
    assert "section-1" in anchors(content)
    for key in under:
        assert paragraph(content, key).parent == "section-1"
    assert not parse_document(content).warnings


def test_a_section_heading_below_a_colon_keeps_its_lettered_items() -> None:
    content = (
        "The Economic and Social Council,\n\n"
        "1. Decides that the commission shall have the following mandate:\n"
        "I. Policy review\n(a) To review progress;\n(b) To identify gaps;\n"
        "II. Technical cooperation\n(a) To support countries;\n"
    )
    assert anchors(content) == [
        "p-1",
        "1",
        "section-1",
        "section-1.a",
        "section-1.b",
        "section-2",
        "section-2.a",
    ]


@pytest.mark.parametrize(
    ("content", "title", "sentence"),
    [
        (
            "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
            "1. Adopts the following modalities:\n\n"
            "I. Mandate\nThe forum shall discuss digital cooperation.\n\n"
            "II. Participation\nThe forum shall be open to all stakeholders.\n",
            "Mandate",
            "The forum shall discuss digital cooperation.",
        ),
        (
            "1 - تعتمد الطرائق التالية:\n\n"
            "أولا - الولاية\nيناقش المنتدى التعاون الرقمي.\n\n"
            "ثانيا - المشاركة\nيكون المنتدى مفتوحا لجميع أصحاب المصلحة.\n",
            "الولاية",
            "يناقش المنتدى التعاون الرقمي.",
        ),
    ],
)
def test_a_title_below_a_colon_is_not_glued_to_its_sentence(
    content: str, title: str, sentence: str
) -> None:
    found = parse_document(content).paragraphs
    heading = next(each for each in found if each.anchor == "section-1")
    assert heading.text == title
    assert [each.text for each in found if each.parent == "section-1"] == [sentence]


# --- An item that reads as one stays text ---


@pytest.mark.parametrize(
    ("content", "first", "second"),
    [
        (
            "1. The Commission decided as follows:\n"
            "I. The Commission shall meet once a year at the United Nations Office in\n"
            "Vienna.\n"
            "II. The Commission shall report to the Economic and Social Council at its\n"
            "substantive session.\n"
            "2. The Commission welcomes the progress made.\n",
            "I. The Commission shall meet",
            "II. The Commission shall report",
        ),
        (
            "1. The Secretary-General recommends the following measures:\n"
            "I. Strengthening international cooperation on data governance at all levels and\n"
            "in all regions,\n"
            "II. Increasing funding for capacity-building in developing countries and in the\n"
            "least developed countries.\n"
            "2. The Secretary-General welcomes the progress made.\n",
            "I. Strengthening",
            "II. Increasing",
        ),
        (
            "1 - يوصي الأمين العام بما يلي:\n"
            "أولا - تعزيز التعاون الدولي\n"
            "ثانيا - زيادة التمويل\n"
            "2 - ويرحب الأمين العام بالتقدم المحرز.\n",
            "أولا - تعزيز",
            "ثانيا - زيادة",
        ),
    ],
)
def test_ordinal_items_that_read_as_items_stay_text(content: str, first: str, second: str) -> None:
    assert anchors(content) == ["1", "p-2", "p-3", "2"]
    assert paragraph(content, "p-2").text.startswith(first)
    assert paragraph(content, "p-3").text.startswith(second)
    assert not parse_document(content).warnings


def test_a_wrapped_title_below_a_colon_without_punctuation_is_a_heading() -> None:
    content = (
        "1. The Secretary-General recommends that the Assembly consider the following:\n\n"
        "I. Strengthening international cooperation on data governance at all levels and\n"
        "in all regions\n\n"
        "2. The Secretary-General welcomes the progress made.\n"
    )
    assert anchors(content) == ["1", "section-1", "2"]
    assert paragraph(content, "2").parent == "section-1"
