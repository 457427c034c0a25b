"""Paragraph parser: an abridged text's numbering jumps ahead past the gap a missing paragraph
may leave ("1." "2." "11." "12."); its paragraphs keep the numbers printed, with a warning.
Numbers quoted from another text before the text's own next number go on as text."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

ENGLISH = (
    "1. We reaffirm our commitment to the 2030 Agenda.\n\n"
    "2. We recognize the challenges{colon}\n\n"
    "11. We decide to accelerate action.\n\n"
    "12. We will scale up the means of implementation.\n\n"
    "{own}"
)
CHINESE = (
    "1. 我们重申对《2030年议程》的承诺。\n\n"
    "2. 我们认识到各种挑战{colon}\n\n"
    "11. 我们决定加快行动。\n\n"
    "12. 我们将扩大执行手段。\n\n"
    "{own}"
)


@pytest.mark.parametrize(
    ("content", "stop"), [(ENGLISH, "."), (CHINESE, "。")], ids=["english", "chinese"]
)
def test_an_abridged_texts_paragraphs_keep_their_numbers(content: str, stop: str) -> None:
    result = parse_document(content.format(colon=stop, own=""))
    assert [p.anchor for p in result.paragraphs] == ["1", "2", "11", "12"]
    assert any("paragraph 11 where 3 was expected" in w.message for w in result.warnings)


@pytest.mark.parametrize(
    ("content", "colon", "own"),
    [
        (ENGLISH, ", as the report notes:", "3. We will review progress.\n"),
        (CHINESE, "，正如报告所述：", "3. 我们将审查进展情况。\n"),
    ],
    ids=["english", "chinese"],
)
def test_numbers_quoted_before_the_texts_own_next_number_go_on_as_text(
    content: str, colon: str, own: str
) -> None:
    paragraphs = parse_document(content.format(colon=colon, own=own)).paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "2", "3"]
    assert "12." in paragraphs[1].text


@pytest.mark.parametrize(
    "introduction",
    [
        "2. Paragraphs 11 and 12 of the resolution read as follows:",
        "2. Paragraphs 11 and 12 of the resolution read as follows.",
        "2. 该决议第11段和第12段内容如下：",
        "2. Paragraphs 11 and 12 of the resolution, which contain its requests, are reproduced "
        "below.",
    ],
    ids=["colon", "as-follows", "chinese", "reproduced-below"],
)
def test_paragraphs_quoted_at_the_end_of_a_note_stay_text(introduction: str) -> None:
    content = (
        "1. The present note is submitted pursuant to resolution 79/215.\n\n"
        f"{introduction}\n\n"
        "11. Requests the Secretary-General to submit a report at its eightieth session;\n\n"
        "12. Decides to include the sub-item in the provisional agenda.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "2"]
    assert "12. Decides" in paragraphs[1].text


def test_notes_numbered_below_a_heading_are_no_jump() -> None:
    content = (
        "1. We, the Heads of State and Government, have gathered at Headquarters.\n\n"
        "2. We recognize that future generations means all those not yet born.\n\n"
        "Notes\n\n"
        "14. See resolution 70/1, para. 2.\n\n"
        "15. See resolution 79/1, para. 1.\n"
    )
    assert [p.anchor for p in parse_document(content).paragraphs][:2] == ["1", "2"]
    assert "14" not in [p.anchor for p in parse_document(content).paragraphs]


def test_a_jump_whose_numbers_do_not_keep_growing_is_no_jump() -> None:
    content = (
        "1. We reaffirm our commitment.\n\n"
        "2. We recognize the challenges.\n\n"
        "11. We will abide by the following guiding principles.\n\n"
        "12. A peaceful world is essential.\n\n"
        "24. We request the Secretary-General to provide recommendations.\n\n"
        "14. See resolution 70/1, para. 2.\n\n"
        "15. See resolution 79/1, para. 1.\n"
    )
    assert [p.anchor for p in parse_document(content).paragraphs] == ["1", "2"]
