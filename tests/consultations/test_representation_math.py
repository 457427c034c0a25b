"""Representation report arithmetic, checked against a naive count of raw records.

The property tests build organizations, their categories and their comments (with every
status), count them here the slow obvious way, and compare what ``summarize``
reports with a reference written independently: integer basis-point arithmetic for statuses,
base-2 entropy for evenness.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consultations.representation_math import (
    TOLERANCE,
    CategoryCount,
    InvalidTargets,
    RepresentationSummary,
    pielou_evenness,
    summarize,
)

STAKEHOLDER_GROUPS = ("government", "civil_society", "private_sector", "academia", "youth")
NON_ELIGIBLE = ("other", "none")
COUNTRY_GROUPS = ("ldc", "lldc", "sids", "developing", "developed")
STATUSES = ("published", "withdrawn", "hidden", "rejected", "pending")


@dataclass(frozen=True)
class Org:
    org_id: int
    categories: frozenset[str]


@dataclass(frozen=True)
class Comment:
    org_id: int
    status: str


@dataclass(frozen=True)
class World:
    orgs: tuple[Org, ...]
    comments: tuple[Comment, ...]
    eligible: tuple[str, ...]
    target_bp: dict[str, int]  # targets in basis points (1/10000)
    overlapping: bool


def _counted_comments(world: World) -> list[Comment]:
    """Published comments, each one."""
    return [comment for comment in world.comments if comment.status == "published"]


def _naive_counts(world: World) -> tuple[dict[str, CategoryCount], int, int]:
    categories_of = {org.org_id: org.categories for org in world.orgs}
    counted = _counted_comments(world)
    keys = {key for org in world.orgs for key in org.categories}
    counts = {}
    for key in keys:
        in_key = [c for c in counted if key in categories_of[c.org_id]]
        counts[key] = CategoryCount(
            comments=len(in_key), organizations=len({c.org_id for c in in_key})
        )
    return counts, len(counted), len({c.org_id for c in counted})


@st.composite
def worlds(draw: st.DrawFn, overlapping: bool | None = None) -> World:
    if overlapping is None:
        overlapping = draw(st.booleans())
    if overlapping:
        pool = COUNTRY_GROUPS
        eligible = pool
    else:
        pool = STAKEHOLDER_GROUPS + NON_ELIGIBLE
        eligible = tuple(
            draw(st.lists(st.sampled_from(STAKEHOLDER_GROUPS), min_size=1, max_size=5, unique=True))
        )
    org_count = draw(st.integers(min_value=0, max_value=40))
    orgs = []
    for org_id in range(org_count):
        if overlapping:
            cats = draw(st.frozensets(st.sampled_from(pool), min_size=1, max_size=3))
        else:
            cats = frozenset({draw(st.sampled_from(pool))})
        orgs.append(Org(org_id, cats))
    comments: list[Comment] = []
    if orgs:
        comments = draw(
            st.lists(
                st.builds(
                    Comment,
                    org_id=st.integers(min_value=0, max_value=org_count - 1),
                    status=st.sampled_from(STATUSES),
                ),
                max_size=120,
            )
        )
    target_bp: dict[str, int] = {}
    if draw(st.booleans()):
        budget = 10_000
        for key in draw(st.lists(st.sampled_from(eligible), unique=True)):
            value = draw(st.integers(min_value=0, max_value=10_000 if overlapping else budget))
            budget -= 0 if overlapping else value
            target_bp[key] = value
    return World(tuple(orgs), tuple(comments), eligible, target_bp, overlapping)


def _reference_target(world: World, key: str) -> Fraction:
    if key not in world.eligible:
        return Fraction(0)
    if key in world.target_bp:
        return Fraction(world.target_bp[key], 10_000)
    rest = [k for k in world.eligible if k not in world.target_bp]
    left_bp = max(0, 10_000 - sum(world.target_bp.values()))
    return Fraction(left_bp, 10_000 * len(rest))


def _reference_status(organizations: int, total: int, target: Fraction) -> str:
    if organizations == 0:
        return "absent"
    # 100 * target and 100 * share are percentage points; compare them as integers times total.
    points_target = target * 100 * total
    points_share = Fraction(organizations * 100)
    if points_target - points_share > 5 * total:
        return "under"
    if points_share - points_target > 5 * total:
        return "over"
    return "balanced"


def _reference_evenness(values: list[int]) -> float | None:
    total = sum(values)
    if total == 0:
        return None
    if len(values) == 1:
        return 1.0
    entropy_bits = -sum(v / total * math.log2(v / total) for v in values if v)
    return entropy_bits / math.log2(len(values))


def _summarize(world: World, suppress_below: int | None = None) -> RepresentationSummary:
    counts, total_comments, total_orgs = _naive_counts(world)
    return summarize(
        counts,
        total_comments=total_comments,
        total_organizations=total_orgs,
        eligible=world.eligible,
        targets={k: v / 10_000 for k, v in world.target_bp.items()} or None,
        overlapping=world.overlapping,
        suppress_below=suppress_below,
    )


# Shares are rounded to four decimals: at most half a unit off, plus the float error of a share
# that lies exactly halfway (0.05885 is 0.0588499... as a float).
HALF_UNIT = 5e-5 + 1e-12


@settings(max_examples=300)
@given(worlds())
def test_report_matches_naive_reference(world: World) -> None:
    counts, total_comments, total_orgs = _naive_counts(world)
    summary = _summarize(world)

    assert summary.totals_comments == total_comments
    assert summary.totals_organizations == total_orgs
    assert summary.overlapping is world.overlapping
    expected_keys = list(world.eligible) + sorted(
        k for k, c in counts.items() if k not in world.eligible and c.organizations > 0
    )
    assert [row.key for row in summary.categories] == expected_keys

    expected_under = []
    for row in summary.categories:
        count = counts.get(row.key, CategoryCount(0, 0))
        assert not row.suppressed
        assert row.comments == count.comments
        assert row.organizations == count.organizations
        assert row.comment_share is not None
        assert row.organization_share is not None
        assert 0 <= row.comment_share <= 1
        assert 0 <= row.organization_share <= 1
        expected_org_share = count.organizations / total_orgs if total_orgs else 0
        assert row.organization_share == pytest.approx(expected_org_share, abs=HALF_UNIT)
        target = _reference_target(world, row.key)
        assert row.target_share == pytest.approx(float(target), abs=HALF_UNIT)
        status = _reference_status(count.organizations, total_orgs, target)
        assert row.status == status
        if row.key in world.eligible and (status == "under" or (status == "absent" and target > 0)):
            expected_under.append(row.key)
    assert list(summary.under_represented) == expected_under

    shares_sum = sum(row.organization_share or 0 for row in summary.categories)
    if not world.overlapping and total_orgs:
        # Every generated organization has exactly one category, eligible or not.
        assert shares_sum == pytest.approx(1, abs=5e-5 * len(summary.categories))

    expected_index = _reference_evenness(
        [counts.get(k, CategoryCount(0, 0)).organizations for k in world.eligible]
    )
    if expected_index is None:
        assert summary.balance_index is None
    else:
        assert summary.balance_index is not None
        assert 0 <= summary.balance_index <= 1
        assert summary.balance_index == pytest.approx(expected_index, abs=1e-4)


@settings(max_examples=300)
@given(worlds(overlapping=False), st.integers(min_value=2, max_value=8))
def test_suppression_hides_small_cells_and_cannot_be_undone(world: World, threshold: int) -> None:
    counts, _, _ = _naive_counts(world)
    summary = _summarize(world, suppress_below=threshold)
    rows = summary.categories
    hidden = [row for row in rows if row.suppressed]

    for row in rows:
        true = counts.get(row.key, CategoryCount(0, 0))
        if row.suppressed:
            assert row.comments is None
            assert row.organizations is None
            assert row.comment_share is None
            assert row.organization_share is None
            assert row.status is None
            assert row.key not in summary.under_represented
        else:
            assert row.organizations == true.organizations
            assert not 1 <= true.organizations < threshold
    # One hidden cell would be the total minus the visible ones.
    if len(rows) > 1:
        assert len(hidden) != 1
    primary = [
        r.key for r in rows if 1 <= counts.get(r.key, CategoryCount(0, 0)).organizations < threshold
    ]
    empty = [r.key for r in rows if not _any_count(counts.get(r.key, CategoryCount(0, 0)))]
    expected_hidden = set(primary) | set(empty) if primary else set()
    assert expected_hidden <= {row.key for row in hidden}
    assert len(hidden) in (len(expected_hidden), len(rows))
    if hidden:
        assert summary.balance_index is None


def _any_count(count: CategoryCount) -> bool:
    return count.comments > 0 or count.organizations > 0


def _hidden_keys(people: Sequence[int], threshold: int) -> frozenset[int]:
    keys = tuple(str(index) for index in range(len(people)))
    summary = summarize(
        {
            key: CategoryCount(comments=n, organizations=n)
            for key, n in zip(keys, people, strict=True)
        },
        total_comments=sum(people),
        total_organizations=sum(people),
        eligible=keys,
        targets=None,
        overlapping=False,
        suppress_below=threshold,
    )
    return frozenset(int(row.key) for row in summary.categories if row.suppressed)


def _splits(total: int, parts: int) -> Iterator[tuple[int, ...]]:
    if parts == 1:
        yield (total,)
        return
    for first in range(total + 1):
        for rest in _splits(total - first, parts - 1):
            yield (first, *rest)


@settings(max_examples=200)
@given(st.lists(st.integers(min_value=0, max_value=12), min_size=2, max_size=4))
def test_no_hidden_cell_can_be_solved_for(people: list[int]) -> None:
    """A reader who knows the rule, the visible rows and the total, and tries every way of
    filling the hidden rows that the rule would have hidden the same way, never finds only one
    possible value for a hidden row."""
    threshold = 5
    hidden = sorted(_hidden_keys(people, threshold))
    if not hidden:
        return
    hidden_total = sum(people[index] for index in hidden)
    possible: dict[int, set[int]] = {index: set() for index in hidden}
    for split in _splits(hidden_total, len(hidden)):
        candidate = list(people)
        for index, value in zip(hidden, split, strict=True):
            candidate[index] = value
        if _hidden_keys(candidate, threshold) == frozenset(hidden):
            for index, value in zip(hidden, split, strict=True):
                possible[index].add(value)
    assert all(len(values) >= 2 for values in possible.values()), possible


def test_perfectly_even_report_has_balance_one_and_no_under() -> None:
    eligible = ("government", "civil_society", "academia")
    counts = {key: CategoryCount(comments=7, organizations=4) for key in eligible}
    summary = summarize(
        counts,
        total_comments=21,
        total_organizations=12,
        eligible=eligible,
        targets=None,
        overlapping=False,
        suppress_below=None,
    )
    assert summary.balance_index == 1.0
    assert summary.under_represented == ()
    assert [row.status for row in summary.categories] == ["balanced"] * 3
    assert [row.target_share for row in summary.categories] == [0.3333] * 3


def test_exactly_five_points_below_is_balanced_despite_binary_floats() -> None:
    # 0.2 - 0.05 is 0.15000000000000002 in floats; 3/20 must not count as "under".
    summary = summarize(
        {"a": CategoryCount(3, 3), "b": CategoryCount(17, 17)},
        total_comments=20,
        total_organizations=20,
        eligible=("a", "b"),
        targets={"a": 0.2, "b": 0.8},
        overlapping=False,
        suppress_below=None,
    )
    assert [row.status for row in summary.categories] == ["balanced", "balanced"]
    assert summary.categories[1].organization_share == 0.85
    just_under = summarize(
        {"a": CategoryCount(29, 29), "b": CategoryCount(171, 171)},
        total_comments=200,
        total_organizations=200,
        eligible=("a", "b"),
        targets={"a": 0.2, "b": 0.8},
        overlapping=False,
        suppress_below=None,
    )
    assert just_under.categories[0].status == "under"
    assert just_under.under_represented == ("a",)
    assert TOLERANCE == 0.05


def test_partial_targets_leave_the_rest_to_unlisted_categories() -> None:
    summary = summarize(
        {"government": CategoryCount(5, 2)},
        total_comments=5,
        total_organizations=2,
        eligible=("government", "civil_society", "academia"),
        targets={"government": 0.5},
        overlapping=False,
        suppress_below=None,
    )
    assert [row.target_share for row in summary.categories] == [0.5, 0.25, 0.25]
    assert [row.status for row in summary.categories] == ["over", "absent", "absent"]
    assert summary.under_represented == ("civil_society", "academia")
    assert summary.balance_index == 0.0


def test_absent_category_with_zero_target_is_not_under_represented() -> None:
    summary = summarize(
        {"government": CategoryCount(5, 2)},
        total_comments=5,
        total_organizations=2,
        eligible=("government", "youth"),
        targets={"government": 1.0},
        overlapping=False,
        suppress_below=None,
    )
    assert [row.status for row in summary.categories] == ["balanced", "absent"]
    assert summary.under_represented == ()


@pytest.mark.parametrize(
    ("targets", "message"),
    [
        ({"government": 0.7, "youth": 0.4}, "sum"),
        ({"government": -0.1}, "between 0 and 1"),
        ({"government": 1.5}, "between 0 and 1"),
        ({"government": float("nan")}, "between 0 and 1"),
        ({"parliament": 0.1}, "not an eligible category"),
    ],
)
def test_impossible_targets_are_refused(targets: dict[str, float], message: str) -> None:
    with pytest.raises(InvalidTargets, match=message):
        summarize(
            {},
            total_comments=0,
            total_organizations=0,
            eligible=("government", "youth"),
            targets=targets,
            overlapping=False,
            suppress_below=None,
        )


def test_overlapping_targets_may_sum_past_one() -> None:
    summary = summarize(
        {
            "ldc": CategoryCount(4, 2),
            "developing": CategoryCount(9, 5),
            "lldc": CategoryCount(2, 1),
        },
        total_comments=10,
        total_organizations=6,
        eligible=COUNTRY_GROUPS,
        targets={"developing": 0.8, "ldc": 0.3, "lldc": 0.2, "sids": 0.2, "developed": 0.2},
        overlapping=True,
        suppress_below=None,
    )
    assert summary.overlapping
    shares = {row.key: row.organization_share for row in summary.categories}
    assert shares == {
        "ldc": 0.3333,
        "lldc": 0.1667,
        "sids": 0.0,
        "developing": 0.8333,
        "developed": 0.0,
    }
    assert summary.under_represented == ("sids", "developed")


def test_non_eligible_categories_follow_eligible_ones() -> None:
    summary = summarize(
        {"none": CategoryCount(3, 1), "african": CategoryCount(4, 3), "other": CategoryCount(0, 0)},
        total_comments=7,
        total_organizations=4,
        eligible=("african", "asia_pacific"),
        targets=None,
        overlapping=False,
        suppress_below=None,
    )
    assert [row.key for row in summary.categories] == ["african", "asia_pacific", "none"]
    assert summary.categories[2].target_share == 0.0
    assert summary.categories[2].status == "over"
    assert "none" not in summary.under_represented


def _suppressed_for_the_public(people: dict[str, tuple[int, int]]) -> RepresentationSummary:
    """A non-overlapping report of ``{category: (comments, people)}`` with cells under 5
    suppressed, every category eligible."""
    counts = {key: CategoryCount(comments=c, organizations=n) for key, (c, n) in people.items()}
    return summarize(
        counts,
        total_comments=sum(c for c, _ in people.values()),
        total_organizations=sum(n for _, n in people.values()),
        eligible=tuple(people),
        targets=None,
        overlapping=False,
        suppress_below=5,
    )


def test_small_gender_cells_take_the_empty_rows_with_them() -> None:
    summary = _suppressed_for_the_public(
        {"female": (4, 3), "male": (30, 20), "non_binary": (0, 0), "undisclosed": (3, 2)}
    )
    by_key = {row.key: row for row in summary.categories}
    assert by_key["female"].suppressed
    assert by_key["undisclosed"].suppressed
    # The empty row is hidden with the small ones, so it can no longer tell that they hold 5.
    assert by_key["non_binary"].suppressed
    assert by_key["male"].organizations == 20
    assert summary.totals_organizations == 25
    assert summary.balance_index is None


def test_small_cells_that_hold_fewer_than_the_threshold_together_hide_every_row() -> None:
    """29 people, 20 of them male and 6 undisclosed, would say that 3 are female."""
    summary = _suppressed_for_the_public(
        {"female": (4, 3), "male": (30, 20), "non_binary": (0, 0), "undisclosed": (9, 6)}
    )
    assert all(row.suppressed for row in summary.categories)
    assert summary.totals_organizations == 29


def test_single_small_cell_with_no_empty_row_hides_every_row() -> None:
    summary = _suppressed_for_the_public(
        {"female": (4, 3), "male": (30, 20), "non_binary": (8, 7), "undisclosed": (9, 6)}
    )
    assert all(row.suppressed for row in summary.categories)
    assert (summary.totals_comments, summary.totals_organizations) == (51, 36)


def test_small_cells_at_the_most_they_can_hold_hide_every_row() -> None:
    summary = _suppressed_for_the_public({"female": (4, 4), "male": (9, 9), "non_binary": (4, 4)})
    assert all(row.suppressed for row in summary.categories)


def test_the_auditors_two_people_on_one_paragraph_stay_hidden() -> None:
    """One man and one non-binary person: with the empty rows shown, the two hidden rows adding
    up to two would have said one each."""
    summary = _suppressed_for_the_public(
        {"woman": (0, 0), "man": (1, 1), "non_binary": (1, 1), "undisclosed": (0, 0)}
    )
    assert all(row.suppressed for row in summary.categories)


def test_lone_small_cell_is_paired_with_a_zero_cell() -> None:
    summary = summarize(
        {"female": CategoryCount(comments=2, organizations=2)},
        total_comments=2,
        total_organizations=2,
        eligible=("male", "female"),
        targets=None,
        overlapping=False,
        suppress_below=5,
    )
    assert [row.suppressed for row in summary.categories] == [True, True]


def test_secretariat_sees_everything() -> None:
    summary = summarize(
        {"female": CategoryCount(comments=2, organizations=1)},
        total_comments=2,
        total_organizations=1,
        eligible=("male", "female"),
        targets=None,
        overlapping=False,
        suppress_below=None,
    )
    assert [row.organizations for row in summary.categories] == [0, 1]


def test_counts_beyond_the_totals_are_a_programming_error() -> None:
    with pytest.raises(ValueError, match="more than the totals"):
        summarize(
            {"a": CategoryCount(3, 3)},
            total_comments=2,
            total_organizations=2,
            eligible=("a",),
            targets=None,
            overlapping=False,
            suppress_below=None,
        )


def test_empty_round_has_no_balance_index() -> None:
    summary = summarize(
        {},
        total_comments=0,
        total_organizations=0,
        eligible=("a", "b"),
        targets=None,
        overlapping=False,
        suppress_below=5,
    )
    assert summary.balance_index is None
    assert [row.status for row in summary.categories] == ["absent", "absent"]
    assert [row.organization_share for row in summary.categories] == [0.0, 0.0]
    assert summary.under_represented == ("a", "b")


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([1.0, 1.0, 1.0], 1.0),
        ([5.0, 0.0, 0.0], 0.0),
        ([3.0], 1.0),
        ([], None),
        ([0.0, 0.0], None),
        ([1.0, 3.0], -(0.25 * math.log(0.25) + 0.75 * math.log(0.75)) / math.log(2)),
    ],
)
def test_pielou_evenness(values: list[float], expected: float | None) -> None:
    assert pielou_evenness(values) == (None if expected is None else pytest.approx(expected))


def test_pielou_evenness_refuses_negative_values() -> None:
    with pytest.raises(ValueError, match="non-negative"):
        pielou_evenness([1.0, -1.0])


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=2, max_value=60))
def test_pielou_is_one_for_any_perfectly_even_spread(count: int, categories: int) -> None:
    assert pielou_evenness([float(count)] * categories) == 1.0
