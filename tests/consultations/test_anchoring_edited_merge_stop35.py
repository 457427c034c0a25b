"""A paragraph merged into its neighbour with light edits ("Also decides that the panel shall
submit an annual report" -> "…, which shall present an annual summary report") is merged, not
removed: ``/changes`` maps it to the merged paragraph, and its comments follow there with or
without a quote, so both readings agree. A deleted paragraph whose neighbour only took over its
opening stays removed."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from tests.consultations.revision_flow_stop35 import revise_with_comments

_OPENING = (
    "The General Assembly,\n\n1. Decides to establish a framework for global cooperation;\n\n"
)
_CLOSING = "Decides to remain seized of the matter.\n"
_PANEL = (
    "Decides to establish an independent international scientific panel on artificial intelligence"
)
_REPORT = "Also decides that the panel shall submit an annual report to the General Assembly;"


@pytest.mark.parametrize(
    "merged",
    [
        f"{_PANEL}, which shall present an annual summary report to the General Assembly;",
        f"{_PANEL}, which shall submit an annual report to the General Assembly;",
    ],
    ids=["edited", "verbatim"],
)
async def test_a_paragraph_merged_with_light_edits_takes_its_comments_along(
    client: httpx.AsyncClient, state: AppState, merged: str
) -> None:
    revised = await revise_with_comments(
        client,
        state,
        _OPENING + f"2. {_PANEL};\n\n" + f"3. {_REPORT}\n\n" + f"4. {_CLOSING}",
        _OPENING + f"2. {merged}\n\n3. {_CLOSING}",
        {"plain": ("3", None), "quoted": ("3", "report to the General Assembly")},
    )
    change = revised.changes["3"]
    assert (change["new_anchor"], change["status"]) == ("2", "moved")
    assert 0.0 < change["similarity"] < 1.0
    for label in ("plain", "quoted"):
        followed = revised.comments[label]
        assert (followed["resolved_anchor"], followed["anchor_status"]) == ("2", "moved"), label


async def test_a_deleted_paragraph_whose_neighbour_took_its_opening_stays_removed(
    client: httpx.AsyncClient, state: AppState
) -> None:
    revised = await revise_with_comments(
        client,
        state,
        _OPENING
        + "2. Encourages Member States to develop national broadband plans, in particular for "
        "rural and remote areas;\n\n"
        + "3. Invites the International Telecommunication Union to support developing countries "
        "in developing national statistical capacities for measuring the information society;\n\n"
        + f"4. {_CLOSING}",
        _OPENING
        + "2. Encourages Member States to develop national statistical capacities for measuring "
        "the information society, with the support of the International Telecommunication "
        "Union, in particular in developing countries;\n\n" + f"3. {_CLOSING}",
        {"plain": ("2", None)},
    )
    assert revised.changes["2"]["status"] == "removed"
    assert revised.comments["plain"]["anchor_status"] == "orphaned"
