"""Paragraph parser: co-facilitators circulate a declaration as the only annex of their letter
("…the zero draft of the outcome document (see annex)." + "Annex" + "Zero draft" + its title +
"We, the Ministers …,"). The declaration's "We, …" is where a resolution prints its chapeau: the
annex is the text under consultation, anchored as when issued without the letter."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors

_LETTER = (
    "Excellency,\n\n"
    "In our capacity as co-facilitators, we have the honour to share with you the zero draft of "
    "the outcome document (see annex).\n\n"
    "We invite delegations to submit written comments by 14 March 2025.\n\n"
    "Please accept, Excellency, the assurances of our highest consideration.\n\n"
    "Fergal Mythen\n"
    "Permanent Representative of Ireland\n\n"
)
_DRAFT = (
    "Zero draft\n\n"
    "Outcome document of the high-level meeting of the General Assembly on the overall review "
    "of the\n"
    "implementation of the outcomes of the World Summit on the Information Society\n\n"
    "We, the Ministers and Heads of Delegation, assembled at United Nations Headquarters in New "
    "York on 16 and 17 December 2025,\n\n"
    "Recalling the Geneva Declaration of Principles and Plan of Action,\n\n"
    "Recognizing the progress made over the past twenty years in connecting people,\n\n"
    "{formula}"
    "Information and communications technologies for development\n\n"
    "1. We recognize that information and communications technologies have transformed the way "
    "people live.\n\n"
    "2. We note with concern that 2.6 billion people remain offline.\n\n"
    "Internet governance\n\n"
    "3. We decide to make the Internet Governance Forum a permanent forum.\n"
)


def _parse(content: str) -> list[tuple[str, str, str | None, tuple[str, ...]]]:
    return [
        (p.anchor, p.text, p.parent, p.heading_path) for p in parse_document(content).paragraphs
    ]


@pytest.mark.parametrize("formula", ["", "Adopt the following:\n\n"])
def test_a_letters_only_annex_holding_a_declaration_is_anchored_as_the_draft_alone(
    formula: str,
) -> None:
    draft = _DRAFT.format(formula=formula)
    with_letter = _LETTER + "Annex\n\n" + draft
    assert _parse(with_letter) == _parse(draft)
    assert anchors(with_letter)[:3] == ["pp1", "pp2", "pp3"]
    assert "3" in anchors(with_letter)
    warnings = [w.message for w in parse_document(with_letter).warnings]
    assert "cover letter skipped; its annex is the text under consultation" in warnings
