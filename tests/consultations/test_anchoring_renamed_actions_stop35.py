"""A numbered action or objective retitled in place keeps its anchor and its comments, as a
retitled section does: same number and place, the same paragraphs under it (even when an annex
inserted above renumbers the one holding it)."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from tests.consultations.revision_flow_stop35 import revise_with_comments

_ANNEX = """Annex I

Implementation actions

Action 11. Strengthen multi-stakeholder participation in digital governance.

Action 12. {title}

1. The fund shall be administered by the United Nations Development Programme.

2. Contributions to the fund shall be voluntary.
"""
_PREAMBLE = """The General Assembly,

1. Decides to establish a framework for global digital cooperation;

2. Decides to remain seized of the matter.

"""
_INSERTED_ANNEX = """Annex I

Guiding principles

1. Cooperation shall be inclusive, transparent and accountable.

2. Cooperation shall respect human rights.

"""
_OLD_TITLE = "Establish a global fund for digital capacity-building."
_NEW_TITLE = "Create a voluntary global financing facility for digital capacity."


async def test_a_retitled_action_keeps_its_comments_in_a_renumbered_annex(
    client: httpx.AsyncClient, state: AppState
) -> None:
    revised = await revise_with_comments(
        client,
        state,
        _PREAMBLE + _ANNEX.format(title=_OLD_TITLE),
        _PREAMBLE + _INSERTED_ANNEX + _ANNEX.format(title=_NEW_TITLE).replace("I\n", "II\n", 1),
        {"action": ("annex-1/action-12", None)},
    )
    change = revised.changes["annex-1/action-12"]
    assert (change["new_anchor"], change["status"]) == ("annex-2/action-12", "moved")
    assert change["similarity"] > 0.0
    assert "annex-2/action-12" not in revised.added
    followed = revised.comments["action"]
    assert (followed["resolved_anchor"], followed["anchor_status"]) == (
        "annex-2/action-12",
        "moved",
    )


@pytest.mark.parametrize("heading", ["Action 3.", "Objective 3."])
async def test_a_retitled_action_or_objective_under_a_section_stays_modified(
    client: httpx.AsyncClient, state: AppState, heading: str
) -> None:
    def draft(title: str) -> str:
        return (
            "II. Digital inclusion\n\n"
            f"{heading} {title}\n\n"
            "5. We will connect every school to the Internet by 2030.\n\n"
            "6. We will foster digital literacy for all.\n\n"
            "III. Follow-up and review\n\n"
            "7. We decide to review this compact in 2027.\n"
        )

    anchor = heading.rstrip(".").replace(" ", "-").lower()
    revised = await revise_with_comments(
        client,
        state,
        draft("Close the digital divides"),
        draft("Bring everyone online through affordable connectivity"),
        {"heading": (anchor, None)},
    )
    assert (revised.changes[anchor]["new_anchor"], revised.changes[anchor]["status"]) == (
        anchor,
        "modified",
    )
    assert revised.changes["section-2"]["status"] == "unchanged"
    followed = revised.comments["heading"]
    assert (followed["resolved_anchor"], followed["anchor_status"]) == (anchor, "modified")


async def test_a_retitled_section_whose_first_child_is_an_action_keeps_its_comments(
    client: httpx.AsyncClient, state: AppState
) -> None:
    def draft(section_title: str) -> str:
        return (
            "I. Sustainable development\n\n"
            "1. We will turbo-charge implementation of the 2030 Agenda.\n\n"
            f"II. {section_title}\n\n"
            "Action 3. Close the digital divides.\n\n"
            "5. We will connect every school to the Internet by 2030.\n"
        )

    revised = await revise_with_comments(
        client, state, draft("Digital inclusion"), draft("Science, technology and innovation")
    )
    assert (revised.changes["section-2"]["new_anchor"], revised.changes["section-2"]["status"]) == (
        "section-2",
        "modified",
    )
