"""Paragraph parser: a word a line-end hyphen broke is whole again where the document spells a
word of its family solid, sharing more than the first part ("multilateral" for "multi-" +
"lateralism", "peacekeepers" for "peace-" + "keeping"), or where what follows the hyphen is an
ending of English words that closes no compound ("technolo-" + "gies", "sustain-" + "able",
"vulner-" + "abilities"). Compounds stay hyphenated ("multi-stakeholder", "well-being")."""

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
    ("broken", "elsewhere", "expected"),
    [
        ("information and communications technolo-\ngies", "the outcome", "technologies"),
        ("sustain-\nable development", "the outcome", "sustainable"),
        ("reducing vulner-\nabilities", "the outcome", "vulnerabilities"),
        ("strengthening multi-\nlateralism", "multilateral cooperation", "multilateralism"),
        ("international peace-\nkeeping", "the safety of peacekeepers", "peacekeeping"),
        ("inter-\nnational cooperation", "internationally agreed goals", "international"),
        ("resilient infra-\nstructure", "infrastructures for development", "infrastructure"),
        ("conserving bio-\ndiversity", "the biodiverse regions", "biodiversity"),
        ("trans-\nboundary waters", "transboundary aquifers", "transboundary"),
    ],
)
def test_a_broken_word_is_whole_again(broken: str, elsewhere: str, expected: str) -> None:
    assert expected in _operative_text(f"Stresses the importance of {broken};", elsewhere)


@pytest.mark.parametrize(
    ("broken", "elsewhere", "expected"),
    [
        ("the multi-\nstakeholder approach", "the outcome", "multi-stakeholder"),
        ("the well-\nbeing of all", "the outcome", "well-being"),
        ("the follow-\nup to the summit", "follow the outcome", "follow-up"),
        ("the long-\nterm impacts", "longer terms", "long-term"),
        ("cross-\nborder cooperation", "the outcome", "cross-border"),
        ("non-\ngovernmental organizations", "the outcome", "non-governmental"),
        ("the co-\nfacilitators", "cooperation and coordination", "co-facilitators"),
        ("e-\ngovernment", "the government", "e-government"),
        ("the high-\nlevel meeting", "highlights", "high-level"),
        ("an in-\ndepth review", "independent reviews", "in-depth"),
        ("multi-\nlateralism", "multi-stakeholder multilateral cooperation", "multi-lateralism"),
        ("capacity-\nbuilding", "the outcome", "capacity-building"),
    ],
)
def test_a_compound_keeps_its_hyphen(broken: str, elsewhere: str, expected: str) -> None:
    assert expected in _operative_text(f"Stresses the importance of {broken};", elsewhere)
