"""Representation under ``group_only`` attribution, and the kept synthesis against the clock."""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, date, datetime, time
from typing import Any

import httpx
import pytest

from api.state import AppState
from auth.countries import all_countries
from auth.organizations import country_groups_as_of
from consultations.reports import SUPPRESS_BELOW, Dimension, dimension_categories
from consultations.representation_math import CategoryCount, RepresentationSummary, summarize
from consultations.schemas import COUNTRY_GROUPS, REGIONAL_GROUPS
from tests.consultations.test_reports_helpers import Caller, Row, caller, insert_comments
from tests.factories import (
    bearer,
    make_consultation,
    make_document,
    make_organization,
    make_round,
    make_user,
    token_for,
)

# --------------------------------------------------------------------------- finding 1


async def _round(state: AppState, attribution: str = "group_only") -> tuple[Caller, str]:
    """A public round and its co-facilitator. On paragraph 1, five African youth
    organizations and "Warsaw Youth Forum" (eastern European, developed); on paragraph 2, the
    Warsaw forum alone."""
    facilitator = await caller(state)
    consultation = await make_consultation(
        state, attribution=attribution, facilitators=[facilitator.user]
    )
    round_ = await make_round(state, consultation, await make_document(state, consultation))
    african = [
        await make_organization(state, stakeholder_group="youth", country=country)
        for country in ("KEN", "NGA", "GHA", "SEN", "ETH")
    ]
    warsaw = await make_organization(
        state,
        name="Warsaw Youth Forum",
        stakeholder_group="youth",
        country="POL",
        regional_group="eastern_european",
    )
    await insert_comments(
        state,
        round_,
        [
            *(Row(organization.id, anchor="1") for organization in african),
            Row(warsaw.id, anchor="1"),
            Row(warsaw.id, anchor="2"),
        ],
    )
    return facilitator, str(round_.id)


async def _report(
    client: httpx.AsyncClient,
    round_id: str,
    dimension: str,
    anchor: str | None,
    headers: Mapping[str, str],
) -> dict[str, Any]:
    params = {"dimension": dimension} | ({"anchor": anchor} if anchor else {})
    response = await client.get(
        f"/v1/rounds/{round_id}/representation", params=params, headers=dict(headers)
    )
    assert response.status_code == 200, response.text
    report: dict[str, Any] = response.json()
    return report


def _organizations(report: Mapping[str, Any]) -> dict[str, int | None]:
    return {row["key"]: row["organizations"] for row in report["categories"]}


async def test_one_paragraphs_regions_and_country_groups_are_suppressed_for_the_public(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """The comment list refuses the `regional_group` and `country_group` filters to these
    callers under `group_only`; the report of one paragraph must not give the same breakdown."""
    facilitator, round_id = await _round(state)
    representative = await make_user(state)
    await make_organization(state, name="Another NGO", representatives=[representative])
    public = {
        "anonymous": {},
        "representative of another organization": bearer(await token_for(state, representative)),
    }

    for who, headers in public.items():
        alone = await _report(client, round_id, "regional_group", "2", headers)
        assert alone["suppress_below"] == SUPPRESS_BELOW, who
        assert all(row["suppressed"] for row in alone["categories"]), (who, alone)
        assert set(_organizations(alone).values()) == {None}, who
        assert alone["totals"]["organizations"] == 1
        assert alone["balance_index"] is None
        assert alone["under_represented"] == []

        mixed = await _report(client, round_id, "regional_group", "1", headers)
        regions = _organizations(mixed)
        # `none` is listed, hidden like the empty regions: it cannot be told from them. African
        # 5 of 6 would say that one organization is from another region: every cell goes.
        assert list(regions) == [*REGIONAL_GROUPS, "none"]
        assert set(regions.values()) == {None}, who
        assert mixed["totals"]["organizations"] == 6
        assert mixed["balance_index"] is None
        assert mixed["under_represented"] == []

        for anchor in ("1", "2"):
            groups = await _report(client, round_id, "country_group", anchor, headers)
            # Developing 5 of 6 would make developed 1: every cell goes.
            assert all(row["suppressed"] for row in groups["categories"]), (who, anchor)
            assert groups["balance_index"] is None

        # The whole round is not suppressed.
        round_report = await _report(client, round_id, "regional_group", None, headers)
        assert round_report["suppress_below"] is None
        assert _organizations(round_report)["eastern_european"] == 1

    secretariat = await caller(state, role="secretariat")
    for who, staff in (("co-facilitator", facilitator), ("secretariat", secretariat)):
        alone = await _report(client, round_id, "regional_group", "2", staff.headers)
        assert alone["suppress_below"] is None, who
        assert _organizations(alone)["eastern_european"] == 1, who
        groups = await _report(client, round_id, "country_group", "2", staff.headers)
        assert _organizations(groups)["developed"] == 1, who


async def test_under_named_attribution_one_paragraphs_report_is_whole(
    client: httpx.AsyncClient, state: AppState
) -> None:
    _, round_id = await _round(state, attribution="named")
    alone = await _report(client, round_id, "regional_group", "2", {})
    assert alone["suppress_below"] is None
    assert _organizations(alone) == {**dict.fromkeys(REGIONAL_GROUPS, 0), "eastern_european": 1}


def _compositions(total: int, parts: int) -> Iterator[tuple[int, ...]]:
    if parts == 1:
        yield (total,)
        return
    for first in range(total + 1):
        for rest in _compositions(total - first, parts - 1):
            yield (first, *rest)


def _what_the_reader_sees(summary: RepresentationSummary) -> tuple[object, ...]:
    return (
        summary.totals_comments,
        summary.totals_organizations,
        summary.balance_index,
        summary.under_represented,
        tuple(
            (
                row.key,
                row.comments,
                row.organizations,
                row.comment_share,
                row.organization_share,
                row.status,
                row.suppressed,
            )
            for row in summary.categories
        ),
    )


def _solvable_cells(
    kinds: Sequence[frozenset[str]],
    dimension: Dimension,
    eligible: Sequence[str],
    overlapping: bool,
    most_organizations: int,
) -> list[tuple[str, int]]:
    """Every way ``most_organizations`` organizations or fewer can spread over ``kinds`` (the
    sets of categories an organization can be in), grouped by what the suppressed report
    shows: a hidden cell is solvable when it holds one value in all the ways of its group.
    Each organization sends one comment (more would show the reader nothing more: comment
    counts are hidden with the organizations)."""
    hidden_keys: dict[tuple[object, ...], list[str]] = {}
    ways: dict[tuple[object, ...], list[dict[str, int]]] = defaultdict(list)
    for total in range(most_organizations + 1):
        for spread in _compositions(total, len(kinds)):
            cells: dict[str, int] = defaultdict(int)
            for kind, organizations in zip(kinds, spread, strict=True):
                for category in kind:
                    cells[category] += organizations
            summary = summarize(
                {key: CategoryCount(n, n) for key, n in cells.items() if n},
                total_comments=total,
                total_organizations=total,
                eligible=eligible,
                targets=None,
                overlapping=overlapping,
                suppress_below=SUPPRESS_BELOW,
                possible_others=dimension_categories(dimension),
            )
            shown = _what_the_reader_sees(summary)
            hidden_keys[shown] = [row.key for row in summary.categories if row.suppressed]
            ways[shown].append(cells)
    return [
        (key, values.pop())
        for shown, keys in hidden_keys.items()
        for key in keys
        if len(values := {way[key] for way in ways[shown]}) == 1
    ]


def test_no_hidden_regional_group_can_be_solved_for() -> None:
    """`none` (organizations of a country outside the five groups) is not an eligible category:
    were its row listed only when someone is in it, a hidden `none` row would hold at least
    one, and with one organization in all, exactly one."""
    kinds = [frozenset({group}) for group in (*REGIONAL_GROUPS, "none")]
    assert _solvable_cells(kinds, "regional_group", REGIONAL_GROUPS, False, 8) == []


def test_no_hidden_country_group_can_be_solved_for() -> None:
    """A reader who knows which groups a country can be in at once (an LDC is developing, no
    country is both developing and developed) must not solve for a hidden cell: with the
    rows of a non-overlapping dimension hidden as they are, 5 developing organizations of 5
    would show a hidden `developed` row to be empty."""
    kinds = sorted(
        {frozenset(country.country_groups) for country in all_countries(date(2026, 12, 1))},
        key=sorted,
    )
    assert frozenset({"developing", "ldc", "lldc"}) in kinds
    assert _solvable_cells(kinds, "country_group", COUNTRY_GROUPS, True, 7) == []


# --------------------------------------------------------------------------- finding 2


async def test_the_kept_synthesis_follows_the_day_its_country_groups_are_read_on(
    client: httpx.AsyncClient, state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a round is open its country groups are read as of today, so the day an LDC
    graduates changes them with no change of the data; the synthesis kept from the day before
    must not be served then, or it disagrees with `/representation`."""
    consultation = await make_consultation(state)
    round_ = await make_round(
        state,
        consultation,
        await make_document(state, consultation),
        closes_at=datetime(2030, 1, 31, tzinfo=UTC),
    )
    # Solomon Islands leaves the LDCs on 13 December 2027.
    honiara = await make_organization(state, country="SLB", regional_group="asia_pacific")
    await insert_comments(state, round_, [Row(honiara.id)])
    # The clock country_groups_as_of reads, wherever that function lives.
    clock_user = sys.modules[country_groups_as_of.__module__]

    for day, ldc in ((date(2027, 12, 12), 1), (date(2027, 12, 13), 0)):
        noon = datetime.combine(day, time(12), tzinfo=UTC)
        monkeypatch.setattr(clock_user, "utcnow", lambda noon=noon: noon)
        report = await _report(client, str(round_.id), "country_group", None, {})
        assert _organizations(report)["ldc"] == ldc, day
        response = await client.get(f"/v1/rounds/{round_.id}/synthesis")
        assert response.status_code == 200, response.text
        summary = response.json()["country_group_representation"]
        assert {row["key"]: row["organizations"] for row in summary}["ldc"] == ldc, day
