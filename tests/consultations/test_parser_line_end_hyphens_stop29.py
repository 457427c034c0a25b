"""Paragraph parser: a word hyphenated where a line ends is whole again when the document spells
it in another form, inflected ("docu-" + "ment" beside "documents", "docu-" + "ments" beside
"document") or, in lower case, as the start of a longer word ("mali-" + "cious" beside
"maliciously"). A hyphen the document writes elsewhere stays ("multi-" + "stakeholders" beside
"multi-stakeholder", though it also writes "multistakeholder"; "co-" + "facilitator" beside
"co-facilitators"), and so does one it gives no evidence on. (Chinese text hyphenates no words.)"""

from __future__ import annotations

import pytest

from consultations.parser import parse_document


def _operative_text(sentence: str, elsewhere: str) -> str:
    content = (
        "The General Assembly,\n\n"
        f"Recalling its resolution 70/125 and {elsewhere},\n\n"
        f"1. {sentence}\n"
    )
    return next(p.text for p in parse_document(content).paragraphs if p.anchor == "1")


@pytest.mark.parametrize(
    ("sentence", "elsewhere", "expected"),
    [
        (
            "Decides that the meeting shall conclude with an outcome docu-\nment;",
            "the outcome documents",
            "Decides that the meeting shall conclude with an outcome document;",
        ),
        (
            "Decides that the meeting shall adopt two outcome docu-\nments;",
            "the outcome document",
            "Decides that the meeting shall adopt two outcome documents;",
        ),
        (
            "Notes that the improper or mali-\ncious use of such systems poses risks;",
            "systems used maliciously",
            "Notes that the improper or malicious use of such systems poses risks;",
        ),
    ],
    ids=["inflected", "stem", "start-of-a-longer-word"],
)
def test_a_word_spelled_in_another_form_is_whole_again(
    sentence: str, elsewhere: str, expected: str
) -> None:
    assert _operative_text(sentence, elsewhere) == expected


@pytest.mark.parametrize(
    ("sentence", "elsewhere", "expected"),
    [
        (
            "Calls for the participation of all relevant multi-\nstakeholders;",
            "the multi-stakeholder approach to multistakeholder cooperation",
            "Calls for the participation of all relevant multi-stakeholders;",
        ),
        (
            "Requests the President to appoint a co-\nfacilitator;",
            "the work of the co-facilitators",
            "Requests the President to appoint a co-facilitator;",
        ),
        (
            "Notes that the improper or mali-\ncious use of such systems poses risks;",
            "the outcome documents",
            "Notes that the improper or mali-cious use of such systems poses risks;",
        ),
    ],
    ids=["hyphen-written", "first-part-written-with-hyphen", "no-evidence"],
)
def test_a_hyphen_the_text_writes_or_gives_no_evidence_on_stays(
    sentence: str, elsewhere: str, expected: str
) -> None:
    assert _operative_text(sentence, elsewhere) == expected
