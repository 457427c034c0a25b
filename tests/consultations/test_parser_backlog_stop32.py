"""Paragraph parser: an earlier audit's backlog. A text's opening section named "Purpose and
scope", "Background" or "目的" right above paragraph 1 was skipped as the text's title; a note's
reference set apart from the full stop before it ("…governance. 12", "…合作。 12") stayed in
the paragraph's text where the glued one ("…governance.12", "…合作。12") went, as one set apart
after a comma ("…Agenda, 1") did. heading_path held a heading as the copy spaced it: "A.背景" and
"II.Scope" glued, "一、 导言" apart, where "A. Background" and "一、导言" are printed."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph

# -- an opening section's name right above paragraph 1 ----------------------------------------


@pytest.mark.parametrize(
    ("name", "first", "second"),
    [
        ("Purpose and scope", "This text sets out the principles.", "It applies to all States."),
        ("Background", "This text sets out the principles.", "It applies to all States."),
        ("Purpose", "This text sets out the principles.", "It applies to all States."),
        ("目的", "本案文阐述了各项原则。", "本案文适用于所有国家。"),
        ("背景", "本案文阐述了各项原则。", "本案文适用于所有国家。"),
    ],
)
def test_an_opening_section_above_paragraph_1_is_a_heading(
    name: str, first: str, second: str
) -> None:
    content = f"{name}\n\n1. {first}\n\n2. {second}\n"
    assert anchors(content) == ["p-1", "1", "2"]
    heading = paragraph(content, "p-1")
    assert (heading.kind, heading.text) == ("heading", name)
    assert paragraph(content, "2").heading_path == (name,)


def test_an_opening_section_below_the_title_is_a_heading_and_the_title_front_matter() -> None:
    content = "Draft guidelines on AI\n\nPurpose\n\n1. This text sets out the principles.\n"
    parsed = parse_document(content)
    assert [(p.anchor, p.text) for p in parsed.paragraphs] == [
        ("p-1", "Purpose"),
        ("1", "This text sets out the principles."),
    ]
    assert [w.message for w in parsed.warnings] == ["front matter skipped"]


@pytest.mark.parametrize(
    "title", ["Modalities of the review", "Purpose of this paper", "人工智能治理"]
)
def test_a_title_above_paragraph_1_stays_front_matter(title: str) -> None:
    content = f"{title}\n\n1. This text sets out the principles.\n"
    assert anchors(content) == ["1"]


# -- a note's reference set apart from the full stop --------------------------------------------

NOTE = "\n\n__________\n\n12 See A/79/100.\n"
ZH_NOTE = "\n\n__________\n\n12 见 A/79/100。\n"


@pytest.mark.parametrize(
    ("content", "text"),
    [
        (
            "1. States should strengthen cooperation on artificial intelligence governance. 12\n\n"
            "2. States should act." + NOTE,
            "States should strengthen cooperation on artificial intelligence governance.",
        ),
        (
            "1. States should strengthen cooperation on artificial intelligence\n"
            "governance. 12 They should also act now.\n\n2. States should act." + NOTE,
            "States should strengthen cooperation on artificial intelligence governance. "
            "They should also act now.",
        ),
        (
            "1. 各国应加强人工智能治理方面的合作。 12\n\n2. 各国应采取行动。" + ZH_NOTE,
            "各国应加强人工智能治理方面的合作。",
        ),
    ],
    ids=["en-end", "en-next-sentence", "zh-end"],
)
def test_a_reference_set_apart_after_a_full_stop_is_removed(content: str, text: str) -> None:
    assert paragraph(content, "1").text == text


@pytest.mark.parametrize(
    "content",
    [
        # no note 12: a number the sentence gives
        "1. States should strengthen cooperation on artificial intelligence governance. 12\n\n"
        "2. States should act.\n",
        # a number an abbreviation cites
        "1. States should strengthen cooperation, as set out in para. 12\n\n"
        "2. States should act." + NOTE,
        # a sentence opening with a number
        "1. States should report by December. 12 countries have done so.\n\n"
        "2. States should act." + NOTE,
    ],
    ids=["no-note", "abbreviation", "counted"],
)
def test_a_number_after_a_full_stop_that_is_no_reference_stays(content: str) -> None:
    assert " 12" in paragraph(content, "1").text


# -- a heading's label and title in heading_path -----------------------------------------------

HEADINGS = {
    "en": "I. Introduction\n\n1. Text one.\n\nA. Background\n\n2. Text two.\n",
    # "A.Background" glued is no lettered heading in English (a known limit of its own).
    "en-glued": "I.Introduction\n\n1. Text one.\n\nA. Background\n\n2. Text two.\n",
    "en-spaced": "I.\tIntroduction\n\n1. Text one.\n\nA.    Background\n\n2. Text two.\n",
    "zh": "一、导言\n\n1. 案文一。\n\nA. 背景\n\n2. 案文二。\n",
    "zh-glued": "一、导言\n\n1. 案文一。\n\nA.背景\n\n2. 案文二。\n",
    "zh-spaced": "一、\t导言\n\n1. 案文一。\n\nA．  背景\n\n2. 案文二。\n",
}


@pytest.mark.parametrize("variant", ["", "-glued", "-spaced"])
def test_heading_path_sets_label_and_title_apart_alike_in_english_and_chinese(
    variant: str,
) -> None:
    english = paragraph(HEADINGS[f"en{variant}"], "2").heading_path
    chinese = paragraph(HEADINGS[f"zh{variant}"], "2").heading_path
    assert english == ("I. Introduction", "A. Background")
    # The spaced copy prints a full-width "．", kept as printed with no space after it.
    assert chinese == ("一、导言", "A．背景" if variant == "-spaced" else "A. 背景")


def test_heading_path_in_markdown() -> None:
    content = "## 一、 导言\n\n1. 案文一。\n\n### A.背景\n\n2. 案文二。\n"
    assert paragraph(content, "2", "markdown").heading_path == ("一、导言", "A. 背景")


@pytest.mark.parametrize(
    ("content", "path"),
    [
        ("III. VALUES\n\nIII.1 VALUES\n\n1. Text.\n", ("III. VALUES", "III.1 VALUES")),
        ("Action 35. We will act\n\n1. Text.\n", ("Action 35. We will act",)),
    ],
)
def test_heading_path_keeps_a_number_after_the_label(content: str, path: tuple[str, ...]) -> None:
    assert paragraph(content, "1").heading_path == path
