"""A paragraph rewritten in place, alone between two paragraphs that stay paired and facing the
only new paragraph there, is ``modified`` when the two still share a passage beyond their
opening ("information integrity"): its comments stay. An unrelated paragraph put in its place
shares at most a few function words and stays removed and added."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from tests.consultations.revision_flow_stop35 import revise_with_comments

_NEIGHBOURS = {
    "en": (
        "Calls upon Member States to strengthen the resilience of digital infrastructure;",
        "Encourages all stakeholders to promote digital literacy and skills;",
    ),
    "zh": ("吁请会员国加强数字基础设施的韧性；", "鼓励所有利益攸关方促进数字素养和技能；"),
}
_REWRITES = {
    "en": (
        "Emphasizes the need to promote information integrity and counter disinformation;",
        "Underlines that promoting information integrity requires a whole-of-society approach "
        "that respects freedom of expression;",
    ),
    "zh": (
        "强调需要促进信息完整性并打击虚假信息；",
        "着重指出促进信息完整性需要采取尊重言论自由的全社会方法；",
    ),
}
_REPLACEMENTS = [
    (
        "Calls upon Member States to promote digital literacy in schools and to support teachers "
        "in acquiring digital skills;",
        "Calls upon Member States to protect children from online sexual exploitation and abuse;",
    ),
    (
        "Requests the Secretary-General to submit a report on the implementation of the present "
        "resolution to the General Assembly at its eightieth session;",
        "Decides to convene a high-level meeting of the General Assembly on digital cooperation "
        "in 2027;",
    ),
    (
        "Requests the Secretary-General to submit a report on the implementation of the present "
        "resolution to the General Assembly at its eightieth session;",
        "Requests the Secretary-General to convene a high-level meeting on digital cooperation "
        "at its eighty-first session;",
    ),
]


def _draft(language: str, middle: str) -> str:
    first, last = _NEIGHBOURS[language]
    return f"11. {first}\n\n12. {middle}\n\n13. {last}\n"


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_a_paragraph_rewritten_in_place_is_modified_and_keeps_its_comments(
    client: httpx.AsyncClient, state: AppState, language: str
) -> None:
    before, after = _REWRITES[language]
    revised = await revise_with_comments(
        client,
        state,
        _draft(language, before),
        _draft(language, after),
        {"plain": ("12", None)},
    )
    assert (revised.changes["12"]["new_anchor"], revised.changes["12"]["status"]) == (
        "12",
        "modified",
    )
    assert 0.0 < revised.changes["12"]["similarity"] < 0.5
    assert revised.added == []
    followed = revised.comments["plain"]
    assert (followed["resolved_anchor"], followed["anchor_status"]) == ("12", "modified")


@pytest.mark.parametrize(("before", "after"), _REPLACEMENTS)
async def test_an_unrelated_paragraph_put_in_place_stays_removed_and_added(
    client: httpx.AsyncClient, state: AppState, before: str, after: str
) -> None:
    revised = await revise_with_comments(
        client, state, _draft("en", before), _draft("en", after), {"plain": ("12", None)}
    )
    assert (revised.changes["12"]["new_anchor"], revised.changes["12"]["status"]) == (
        None,
        "removed",
    )
    assert revised.added == ["12"]
    assert revised.comments["plain"]["anchor_status"] == "orphaned"


async def test_a_rewrite_beside_an_inserted_paragraph_is_not_paired_by_its_slot(
    client: httpx.AsyncClient, state: AppState
) -> None:
    # Two new paragraphs in the slot: which one took the old one's place is a guess.
    before, after = _REWRITES["en"]
    inserted = "Welcomes the work of the Internet Governance Forum on information integrity;"
    revised = await revise_with_comments(
        client,
        state,
        _draft("en", before),
        _draft("en", f"{after}\n\n13. {inserted}").replace("13. Encourages", "14. Encourages"),
    )
    assert revised.changes["12"]["status"] == "removed"
