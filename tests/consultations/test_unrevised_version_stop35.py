"""A revision that repeats the previous version is stored (201), with a warning saying so: a
draft published twice by mistake would otherwise read as a real Rev.1."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from tests.consultations.revision_flow_stop35 import revise_with_comments

ZERO_DRAFT = """The General Assembly,

1. Decides to establish a framework for global digital cooperation;

2. Stresses the importance of protecting human rights online, including the right to privacy and
freedom of expression;

3. Decides to remain seized of the matter.
"""
# Lines joined and broken elsewhere, spacing doubled: the same paragraphs.
REFLOWED = (
    ZERO_DRAFT.replace("privacy and\nfreedom", "privacy and freedom")
    .replace("1. Decides to establish a framework for", "1.  Decides to establish a framework\nfor")
    .replace("\n\n3.", "\n\n\n3.")
)


def _sameness_warnings(response: dict[str, object]) -> list[dict[str, object]]:
    warnings = response["warnings"]
    assert isinstance(warnings, list)
    return [w for w in warnings if "version 1" in str(w["message"])]


@pytest.mark.parametrize(
    ("revision", "wording"),
    [(ZERO_DRAFT, "identical to version 1"), (REFLOWED, "differs from version 1 only in layout")],
    ids=["identical", "reflowed"],
)
async def test_a_revision_repeating_the_previous_version_is_stored_with_a_warning(
    client: httpx.AsyncClient, state: AppState, revision: str, wording: str
) -> None:
    revised = await revise_with_comments(client, state, ZERO_DRAFT, revision)
    assert revised.response["changes"] == {
        "unchanged": 4,
        "modified": 0,
        "moved": 0,
        "removed": 0,
        "added": 0,
    }
    [warning] = _sameness_warnings(revised.response)
    assert wording in str(warning["message"])
    assert warning["line"] == 0


@pytest.mark.parametrize(
    "revision",
    [
        ZERO_DRAFT.replace("the right to privacy", "the right to privacy,"),
        ZERO_DRAFT.replace("Decides to remain", "Decides to remain actively"),
        ZERO_DRAFT.replace("3. Decides", "3. Invites all stakeholders to engage.\n\n4. Decides"),
    ],
    ids=["punctuation", "wording", "inserted"],
)
async def test_a_real_revision_carries_no_such_warning(
    client: httpx.AsyncClient, state: AppState, revision: str
) -> None:
    revised = await revise_with_comments(client, state, ZERO_DRAFT, revision)
    assert _sameness_warnings(revised.response) == []
