"""A clause split off into a paragraph that also took in another old paragraph: a comment quoting
the clause goes with it, as it would to a part split off on its own, when what that paragraph
gained besides the other paragraph's text is mostly the clause (``CONTAINED_MATCH``). A part with
words of its own, split off alone or not, still leaves the comment on its paragraph, without its
quote (the known limit the module docstring describes)."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from tests.consultations.revision_flow_stop35 import revise_with_comments

_OPENING = "1. Decides to establish a framework for global digital cooperation;\n\n"
_CLOSING = "4. Decides to remain seized of the matter.\n"
_ZERO_DRAFT = (
    _OPENING
    + "2. Stresses the importance of protecting human rights online, including the right to "
    "privacy;\n\n" + "3. Urges States to refrain from internet shutdowns;\n\n" + _CLOSING
)


def _revision(third: str) -> str:
    return (
        _OPENING
        + "2. Stresses the importance of protecting human rights online;\n\n"
        + f"3. {third}\n\n"
        + _CLOSING
    )


async def test_a_quote_follows_its_clause_into_a_paragraph_that_absorbed_another(
    client: httpx.AsyncClient, state: AppState
) -> None:
    revised = await revise_with_comments(
        client,
        state,
        _ZERO_DRAFT,
        _revision(
            "Also stresses the right to privacy, and urges States to refrain from internet "
            "shutdowns;"
        ),
        {"quoted": ("2", "right to privacy"), "plain": ("2", None), "other": ("3", None)},
    )
    assert (revised.changes["3"]["new_anchor"], revised.changes["3"]["status"]) == (
        "3",
        "modified",
    )
    quoted = revised.comments["quoted"]
    assert (quoted["resolved_anchor"], quoted["anchor_status"]) == ("3", "moved")
    assert quoted["resolved_quote"]["exact"] == "right to privacy"
    assert (
        revised.comments["plain"]["resolved_anchor"],
        revised.comments["other"]["resolved_anchor"],
    ) == ("2", "3")


@pytest.mark.parametrize(
    "third",
    [
        "Also stresses the right to privacy in the digital age, and calls upon States to refrain "
        "from internet shutdowns;",
        "Recalls that the right to privacy is enshrined in the Universal Declaration of Human "
        "Rights, and urges States to refrain from internet shutdowns;",
    ],
    ids=["words of its own", "another occurrence"],
)
async def test_a_quote_does_not_follow_into_a_paragraph_mostly_new(
    client: httpx.AsyncClient, state: AppState, third: str
) -> None:
    revised = await revise_with_comments(
        client, state, _ZERO_DRAFT, _revision(third), {"quoted": ("2", "right to privacy")}
    )
    quoted = revised.comments["quoted"]
    assert (quoted["resolved_anchor"], quoted["anchor_status"]) == ("2", "modified")
    assert quoted["resolved_quote"] is None
