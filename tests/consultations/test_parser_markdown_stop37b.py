"""Guards for stop 37's Markdown rules (stop 37b): each reads what it was written for and no
more, the inputs it resembles reading as before."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document

# ------------------------------------------------ a bare annex below an unfinished line


@pytest.mark.parametrize(
    ("content", "fmt", "label", "title"),
    [
        (
            "1. Decides to hold a dialogue, the modalities of which are set out in the annex to"
            " the present resolution\nAnnex\nModalities of the dialogue\n"
            "1. The dialogue shall be held in New York.\n",
            "text",
            "annex-1",
            "Modalities of the dialogue",
        ),
        (
            "1.  Decides to hold a dialogue, the modalities of which are set out in the annex to"
            " the present resolution\nAnnex\n\nModalities of the dialogue\n\n"
            "1.  The dialogue shall be held in New York.\n",
            "markdown",
            "annex-1",
            "Modalities of the dialogue",
        ),
        (
            "1. 决定举行对话，对话的模式载于本决议附件\n附件\n对话的模式\n1. 对话应在纽约举行。\n",
            "text",
            "annex-1",
            "对话的模式",
        ),
        (
            "1. The Working Group recommends that the Assembly adopt the draft decision contained"
            " in\nAppendix III\nDraft decision\n"
            "1. The General Assembly decides to extend the mandate.\n",
            "text",
            "appendix-3",
            "Draft decision",
        ),
    ],
)
def test_an_annex_without_its_stop_below_an_unfinished_line_heads_the_annex(
    content: str, fmt: Format, label: str, title: str
) -> None:
    parsed = parse_document(content, fmt)
    assert [(p.anchor, p.kind) for p in parsed.paragraphs] == [
        ("1", "operative"),
        (label, "heading"),
        (f"{label}/1", "operative"),
    ]
    assert parsed.paragraphs[1].text == title
    assert not parsed.paragraphs[0].text.endswith(("Annex", "附件附件", "Appendix III"))
    assert parsed.warnings == ()


# ------------------------------------------------------------- a note after "10"


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (
            "As called for in Sustainable Development Goal 10^3^, inequality should fall; see"
            " paragraph 10^4^ of resolution 70/1.",
            "As called for in Sustainable Development Goal 10, inequality should fall; see"
            " paragraph 10 of resolution 70/1.",
        ),
        # Ten's power in scientific notation, a sentence's last word, stays one.
        ("Inequality fell by 10^3^, to 3 × 10^9^.", "Inequality fell by 10, to 3 × 10⁹."),
        ("目标10^3^要求减少不平等。", "目标10要求减少不平等。"),
    ],
)
def test_a_superscript_number_after_ten_naming_no_count_is_a_note_reference(
    line: str, text: str
) -> None:
    assert [p.text for p in parse_document(f"1.  {line}\n", "markdown").paragraphs] == [text]


# ------------------------------------------------------ letters raised after a number


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("See paragraph 10^a^ of the annex.", "See paragraph 10 of the annex."),
        ("In 2023^a^ the figures were revised.", "In 2023 the figures were revised."),
        ("In 2023<sup>b</sup> and the 21^st^ century.", "In 2023 and the 21st century."),
    ],
)
def test_letters_raised_after_a_number_are_text_only_as_an_ordinal(line: str, text: str) -> None:
    assert [p.text for p in parse_document(f"1.  {line}\n", "markdown").paragraphs] == [text]


# --------------------------------------------- a note linked by a fragment without its number


def test_a_number_linking_to_a_named_note_is_a_note_reference() -> None:
    content = (
        "## I. Introduction\n\n"
        "1. The report responds to resolution 78/160.[1](#fn1) It draws on input"
        " received.[2](#note-smith)\n\n"
        "2. Progress has been made.[3](#ref3)\n\n---\n\n"
        "1. A/RES/78/160.[↩](#fnref1)\n2. Smith, 2024.\n3. See A/79/1.\n"
    )
    assert [(p.anchor, p.text) for p in parse_document(content, "markdown").paragraphs] == [
        ("section-1", "Introduction"),
        ("1", "The report responds to resolution 78/160. It draws on input received."),
        ("2", "Progress has been made."),
    ]
