"""Report arithmetic against an independent reference, on random data in the database.

Each example writes random organizations (groups, regions, overlapping country groups), people
with random genders (some erased) and comments with random statuses, anchors and campaigns into a
fresh round, asks the API for its representation and coverage, and compares with a naive
computation over the same rows in Python. Campaigns must change nothing: every published comment
counts.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from auth.countries import classify
from auth.models import Organization, User
from auth.schemas import STAKEHOLDER_GROUPS
from consultations.reports import GENDERS
from consultations.schemas import REGIONAL_GROUPS
from tests.consultations.test_reports_helpers import Caller, Row, caller, insert_comments
from tests.factories import make_consultation, make_document, make_round

STATUSES = ("published", "published", "pending", "hidden", "rejected", "withdrawn")
ANCHORS = ("1", "2", None)
DIMENSIONS = ("stakeholder_group", "regional_group", "country_group", "gender")


@dataclass(frozen=True)
class OrgSpec:
    group: str
    region: str
    country: str


@dataclass(frozen=True)
class CommentSpec:
    organization: int
    person: int
    anchor: str | None
    status: str
    campaign: int | None


@dataclass(frozen=True)
class Dataset:
    eligible: tuple[str, ...]
    organizations: tuple[OrgSpec, ...]
    genders: tuple[str | None, ...]
    erased: tuple[bool, ...]
    comments: tuple[CommentSpec, ...]


@st.composite
def datasets(draw: st.DrawFn) -> Dataset:
    eligible = draw(
        st.lists(st.sampled_from(STAKEHOLDER_GROUPS), min_size=2, max_size=5, unique=True)
    )
    organizations = draw(
        st.lists(
            st.builds(
                OrgSpec,
                # Sometimes a group that is not eligible, to see it reported apart.
                group=st.sampled_from(STAKEHOLDER_GROUPS[:6]),
                region=st.sampled_from((*REGIONAL_GROUPS, "none")),
                # LDCs, landlocked, islands, graduated and graduating ones, developed.
                country=st.sampled_from(("KEN", "MWI", "FJI", "NPL", "SLB", "BOL", "FRA")),
            ),
            min_size=1,
            max_size=7,
        )
    )
    people = draw(st.integers(1, 9))
    genders = draw(
        st.lists(st.sampled_from((*GENDERS[:3], None)), min_size=people, max_size=people)
    )
    erased = draw(st.lists(st.booleans(), min_size=people, max_size=people))
    drawn = draw(
        st.lists(
            st.tuples(
                st.builds(
                    CommentSpec,
                    organization=st.integers(0, len(organizations) - 1),
                    person=st.integers(0, people - 1),
                    anchor=st.sampled_from(ANCHORS),
                    status=st.sampled_from(STATUSES),
                    campaign=st.one_of(st.none(), st.integers(0, 2)),
                ),
                # Form letters: one person of one organization sending the same comment again.
                st.integers(1, 3),
            ),
            max_size=20,
        )
    )
    comments = [comment for comment, copies in drawn for _ in range(copies)]
    return Dataset(
        tuple(sorted(eligible, key=STAKEHOLDER_GROUPS.index)),
        tuple(organizations),
        tuple(genders),
        tuple(erased),
        tuple(comments),
    )


def reference(
    data: Dataset, dimension: str, anchor: str | None
) -> tuple[dict[str, tuple[int, int]], tuple[int, int]]:
    """Per category (comments, organizations or people) and the totals, computed naively."""
    # Every published comment counts once, whatever campaign it belongs to.
    counted = [
        c
        for c in data.comments
        if c.status == "published" and (anchor is None or c.anchor == anchor)
    ]
    per_category: dict[str, tuple[int, int]] = {}

    if dimension == "gender":

        def gender(person: int) -> str:
            if data.erased[person]:
                return "undisclosed"
            return data.genders[person] or "undisclosed"

        for key in {gender(c.person) for c in counted}:
            in_key = [c for c in counted if gender(c.person) == key]
            per_category[key] = (len(in_key), len({c.person for c in in_key}))
        return per_category, (len(counted), len({c.person for c in counted}))

    def categories(org: OrgSpec) -> tuple[str, ...]:
        if dimension == "stakeholder_group":
            return (org.group,)
        if dimension == "regional_group":
            return (org.region,)
        return classify(org.country).country_groups

    keys = {key for c in counted for key in categories(data.organizations[c.organization])}
    for key in keys:
        in_key = [c for c in counted if key in categories(data.organizations[c.organization])]
        per_category[key] = (len(in_key), len({c.organization for c in in_key}))
    return per_category, (len(counted), len({c.organization for c in counted}))


def coverage_reference(data: Dataset, anchor: str | None) -> dict[str, Any]:
    """One row of ``/coverage``, computed naively."""
    counted = [c for c in data.comments if c.status == "published" and c.anchor == anchor]
    by_group: dict[str, dict[str, int]] = {}
    for group in sorted({data.organizations[c.organization].group for c in counted}):
        in_group = [c for c in counted if data.organizations[c.organization].group == group]
        by_group[group] = {
            "comments": len(in_group),
            "organizations": len({c.organization for c in in_group}),
        }
    return {
        "comments": len(counted),
        "organizations": len({c.organization for c in counted}),
        "by_group": by_group,
    }


async def _load(state: AppState, data: Dataset) -> Any:
    consultation = await make_consultation(state, eligible_groups=data.eligible)
    draft = await make_document(state, consultation)
    round_ = await make_round(state, consultation, draft)
    # One transaction for the people and organizations: per-row commits made this test slow.
    organizations = [
        Organization(
            name=f"Organization {index}",
            stakeholder_group=org.group,
            country=org.country,
            regional_group=org.region,
            verification="verified",
        )
        for index, org in enumerate(data.organizations)
    ]
    people = [
        User(
            email=f"{uuid.uuid4().hex}@example.org",
            password_hash="unused",
            display_name="Participant",
            gender=gender,
        )
        for gender in data.genders
    ]
    async with AsyncSession(state.engine, expire_on_commit=False) as session:
        session.add_all([*organizations, *people])
        await session.commit()
    rows = [
        Row(
            organizations[c.organization].id,
            author_id=people[c.person].id,
            erased=data.erased[c.person],
            anchor=c.anchor,
            status=c.status,
            # Campaign ids are per round; the same small number is the same campaign here.
            campaign_id=uuid.uuid5(round_.id, str(c.campaign)) if c.campaign is not None else None,
        )
        for c in data.comments
    ]
    await insert_comments(state, round_, rows)
    return round_


@settings(
    max_examples=15,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=datasets(),
    dimension=st.sampled_from(DIMENSIONS),
    anchor=st.sampled_from((None, "1")),
    as_secretariat=st.booleans(),
)
async def test_report_matches_a_naive_count(
    client: httpx.AsyncClient,
    state: AppState,
    data: Dataset,
    dimension: str,
    anchor: str | None,
    as_secretariat: bool,
) -> None:
    round_ = await _load(state, data)
    who: Caller | None = await caller(state, role="secretariat") if as_secretariat else None
    query = f"dimension={dimension}" + (f"&anchor={anchor}" if anchor else "")
    response = await client.get(
        f"/v1/rounds/{round_.id}/representation?{query}", headers=who.headers if who else {}
    )
    assert response.status_code == 200, response.text
    report = response.json()

    expected, (total_comments, total_units) = reference(data, dimension, anchor)
    assert report["totals"] == {"comments": total_comments, "organizations": total_units}
    rows = {row["key"]: row for row in report["categories"]}
    assert set(expected) <= set(rows)
    suppressing = dimension == "gender" and not as_secretariat
    for key, row in rows.items():
        comments, members = expected.get(key, (0, 0))
        if row["suppressed"]:
            assert suppressing
            assert row["comments"] is None
            assert row["organizations"] is None
            continue
        if suppressing:
            assert members == 0 or members >= 5, f"{key} shows a cell of {members}"
        assert (row["comments"], row["organizations"]) == (comments, members)
        assert row["comment_share"] == (
            round(comments / total_comments, 4) if total_comments else 0
        )
        assert row["organization_share"] == (round(members / total_units, 4) if total_units else 0)
        assert (row["status"] == "absent") == (members == 0)
    if suppressing:
        hidden = [key for key, row in rows.items() if row["suppressed"]]
        small = [key for key, (_, members) in expected.items() if 1 <= members < 5]
        assert set(small) <= set(hidden)
        assert len(hidden) != 1
    if dimension != "country_group" and not report["suppressed"]:
        assert sum(row["comments"] for row in rows.values()) == total_comments
        assert sum(row["organizations"] for row in rows.values()) == total_units

    coverage = (await client.get(f"/v1/rounds/{round_.id}/coverage")).json()
    for row in coverage["anchors"]:
        assert {key: row[key] for key in ("comments", "organizations", "by_group")} == (
            coverage_reference(data, row["anchor"])
        ), row["anchor"]
    general = coverage_reference(data, None)
    assert coverage["general"] == (general if general["comments"] else None)
