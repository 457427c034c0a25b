"""Arithmetic of the representation report (``GET /v1/rounds/{id}/representation``).

The database layer counts, per category key, the published comments and the distinct
organizations (distinct submitting people for the ``gender`` dimension) and the overall totals;
this module turns those counts into the report. It takes and returns plain data.

Definitions
-----------
Shares
    ``comment_share = comments / total_comments`` and
    ``organization_share = organizations / total_organizations``; a share is 0 when its total is
    0. The totals are the distinct counts over the whole round (or anchor), so for overlapping
    dimensions (``country_group``: an organization can be ``ldc`` and ``lldc`` and ``developing``)
    the shares need not sum to 1, and ``RepresentationSummary.overlapping`` says so. For
    non-overlapping dimensions the shares of all rows sum to 1 when every organization has a
    category.
Rounding
    Shares, targets and the balance index are rounded to 4 decimals for output; each row also
    keeps its shares and target exact, for renderers rounding them to a percentage (rounding
    the 4 decimals again would move some by a tenth of a point). Statuses are
    decided on exact values: shares are exact fractions of the counts and a target is taken as the
    decimal number that was written (``0.2`` means exactly one fifth, not the binary float
    nearest to it), so a share exactly 5 points from its target is ``balanced``.
Targets
    ``targets`` maps category keys to a share in [0, 1]. Eligible categories without a target
    split what the given targets leave (``1 - sum``, never less than 0) equally between them;
    with no targets at all, that is an equal share for every eligible category, as the contract
    says. Targets are refused (``InvalidTargets``, a ``ValueError`` the reports answer with 409)
    when a value is not a finite number in [0, 1], when a key is not an eligible category (a
    typo would otherwise silently become a target of 0), or, for non-overlapping dimensions,
    when they sum to more than 1 (beyond a 1e-9 rounding allowance). For overlapping dimensions
    each target is the wanted share of organizations in that category on its own, so their sum
    is not limited.
Status
    ``absent`` when the category has no organization; otherwise ``under`` when the organization
    share is more than ``TOLERANCE`` (5 points) below the target, ``over`` when more than 5 points
    above, else ``balanced``.
Rows
    Every eligible category, in the order given (with zeros when nobody from it took part), then
    any non-eligible category that has counts, sorted by key: an organization whose stakeholder
    group is not eligible in this consultation, or regional group ``none``. Such a row has target
    0, so it can be ``over`` or ``balanced`` but never ``under``.
``under_represented``
    The eligible categories whose status is ``under``, or ``absent`` while their target is above
    zero (a category with a target of 0 that nobody came from is not missing anyone), in row
    order. Suppressed rows are never listed (see below).
``balance_index``
    Pielou's evenness J = H / ln S over the eligible categories, with S the number of eligible
    categories (those with no organization included: they are what makes a report uneven) and
    p_i = organizations_i / sum of organizations over the eligible categories. For overlapping
    dimensions that sum counts an organization once per category it belongs to, so J measures how
    evenly the category memberships are spread. Empty categories contribute 0 to H. With S = 1
    the index is 1.0. It is ``None`` when the eligible categories hold no organization at all
    (evenness of nothing is undefined), and when any cell is suppressed, because together with
    the visible cells and the totals it would let a reader solve for the hidden ones.
Suppression (``suppress_below``, e.g. 5 for ``gender`` seen by anyone but the secretariat)
    A row whose organization (person) count is between 1 and ``suppress_below - 1`` is
    suppressed: its counts, shares and status become ``None``; its key and target stay. Its
    comment count is hidden too, since comments by three people describe those three people.
    Zero rows are hidden with them: were zeros shown, every hidden row would be known to hold at
    least one, and when the hidden rows add up (the totals minus the visible rows) to as many
    people as there are hidden rows, each would be known to hold exactly one. With zeros hidden,
    any hidden row may be empty, and a hidden row holds at most ``suppress_below - 1``. The
    totals minus the visible rows give what the hidden rows hold together, so that sum is a
    cell of its own: the rows stay partly hidden only when it is at least ``suppress_below``
    (21 women, 12 men and 34 people would otherwise say that one person is non-binary or
    undisclosed) and below what the hidden rows could hold at most (hidden rows that all hold
    ``suppress_below - 1`` allow nothing else; one hidden row alone is always pinned, as its
    sum is itself). Otherwise every row is suppressed, and the totals stay: the sum of every
    row is everybody, which says nothing of anyone's category. Hiding one more visible row
    instead (complementary suppression) was not enough: a reader who knows the rule learns that
    the added row is the smallest, or the first, of the others, and with ties or small margins
    can solve for it (``test_no_hidden_cell_can_be_solved_for`` tries every filling of the
    hidden rows that the rule would have hidden the same way). The price is that a report with a
    small cell shows no ``absent``, and often no row at all; a report with no small cell
    shows everything. A dimension with a single category cannot be protected this way (its only
    cell equals the total); the API should not offer one.

    All of this rests on any hidden row possibly being empty, and on the rows adding up to the
    totals. A row listed only when someone is in it (a category outside ``eligible``) would be
    known to hold at least one, so when suppressing, the ``possible_others`` are listed always,
    empty or not. The rows of an overlapping dimension do not add up to the totals, but what
    the reader knows of the categories ties them together (a country is developing or
    developed, and an LDC is developing: with 5 organizations, all developing, a hidden
    ``developed`` row would be 0), so there a small cell hides every row.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

TOLERANCE = 0.05
SHARE_DECIMALS = 4

Status = Literal["over", "balanced", "under", "absent"]

_TOLERANCE_EXACT = Fraction(repr(TOLERANCE))
_TARGET_SUM_ALLOWANCE = Fraction(1, 10**9)


class InvalidTargets(ValueError):
    """Representation targets that cannot be applied; the message says why."""


@dataclass(frozen=True, slots=True)
class CategoryCount:
    comments: int
    organizations: int  # distinct organizations (distinct people for gender)


@dataclass(frozen=True, slots=True)
class CategoryRow:
    key: str
    comments: int | None  # None when suppressed
    organizations: int | None
    comment_share: float | None
    organization_share: float | None
    target_share: float
    status: Status | None  # None when suppressed
    suppressed: bool
    # The shares and target before rounding (None when suppressed), for renderers that round
    # them again to their own precision: rounding a rounded share can move it (3 of 17 is
    # 0.1765, which reads 17.7 %; the share itself is 17.6 %).
    exact_comment_share: Fraction | None
    exact_organization_share: Fraction | None
    exact_target_share: Fraction


@dataclass(frozen=True, slots=True)
class RepresentationSummary:
    totals_comments: int
    totals_organizations: int
    categories: tuple[CategoryRow, ...]
    balance_index: float | None
    under_represented: tuple[str, ...]
    overlapping: bool


def summarize(
    counts: Mapping[str, CategoryCount],
    *,
    total_comments: int,
    total_organizations: int,
    eligible: Sequence[str],
    targets: Mapping[str, float] | None,
    overlapping: bool,
    suppress_below: int | None,
    possible_others: Sequence[str] = (),
) -> RepresentationSummary:
    """Build the representation report from per-category counts (see the module docstring).
    ``possible_others``: the categories outside ``eligible`` that the dimension can hold, listed
    when suppressing (see Suppression in the module docstring)."""
    _check_counts(counts, total_comments, total_organizations, eligible, overlapping)
    exact_targets = _normalise_targets(eligible, targets, overlapping)

    eligible_set = set(eligible)
    others = {key for key, count in counts.items() if key not in eligible_set and _any(count)}
    if suppress_below is not None:
        others.update(key for key in possible_others if key not in eligible_set)
    keys = [*eligible, *sorted(others)]
    zero = CategoryCount(comments=0, organizations=0)
    row_counts = [counts.get(key, zero) for key in keys]
    suppressed = _suppressed_rows(row_counts, suppress_below, overlapping)

    rows: list[CategoryRow] = []
    under_represented: list[str] = []
    for index, (key, count) in enumerate(zip(keys, row_counts, strict=True)):
        target = exact_targets.get(key, Fraction(0))
        if index in suppressed:
            rows.append(_suppressed_row(key, target))
            continue
        comment_share = _share(count.comments, total_comments)
        organization_share = _share(count.organizations, total_organizations)
        status = _status(count.organizations, organization_share, target)
        rows.append(
            CategoryRow(
                key=key,
                comments=count.comments,
                organizations=count.organizations,
                comment_share=_round(comment_share),
                organization_share=_round(organization_share),
                target_share=_round(target),
                status=status,
                suppressed=False,
                exact_comment_share=comment_share,
                exact_organization_share=organization_share,
                exact_target_share=target,
            )
        )
        if key in eligible_set and (status == "under" or (status == "absent" and target > 0)):
            under_represented.append(key)

    balance_index: float | None = None
    if not suppressed:
        evenness = pielou_evenness([float(counts.get(key, zero).organizations) for key in eligible])
        balance_index = None if evenness is None else _round(evenness)

    return RepresentationSummary(
        totals_comments=total_comments,
        totals_organizations=total_organizations,
        categories=tuple(rows),
        balance_index=balance_index,
        under_represented=tuple(under_represented),
        overlapping=overlapping,
    )


def pielou_evenness(values: Sequence[float]) -> float | None:
    """Pielou's J = H / ln S over ``values`` (one per category, zeros included), in [0, 1].

    ``None`` when the values sum to zero; 1.0 for a single category that has anything.
    """
    if any(value < 0 or not math.isfinite(value) for value in values):
        raise ValueError("evenness needs finite, non-negative values")
    total = math.fsum(values)
    if total <= 0:
        return None
    if len(values) <= 1 or min(values) == max(values):
        # A perfectly even spread is exactly 1; the float entropy can miss it by an ulp.
        return 1.0
    entropy = -math.fsum((value / total) * math.log(value / total) for value in values if value > 0)
    return min(1.0, max(0.0, entropy / math.log(len(values))))


def _any(count: CategoryCount) -> bool:
    return count.comments > 0 or count.organizations > 0


def _check_counts(
    counts: Mapping[str, CategoryCount],
    total_comments: int,
    total_organizations: int,
    eligible: Sequence[str],
    overlapping: bool,
) -> None:
    if len(set(eligible)) != len(eligible):
        raise ValueError("eligible categories must be distinct")
    if total_comments < 0 or total_organizations < 0:
        raise ValueError("totals must not be negative")
    for key, count in counts.items():
        if count.comments < 0 or count.organizations < 0:
            raise ValueError(f"negative count for category {key!r}")
        if count.comments > total_comments or count.organizations > total_organizations:
            raise ValueError(f"category {key!r} counts more than the totals")
    if not overlapping:
        if sum(count.organizations for count in counts.values()) > total_organizations:
            raise ValueError("categories of a non-overlapping dimension exceed the total")
        if sum(count.comments for count in counts.values()) > total_comments:
            raise ValueError("categories of a non-overlapping dimension exceed the total comments")


def _normalise_targets(
    eligible: Sequence[str], targets: Mapping[str, float] | None, overlapping: bool
) -> dict[str, Fraction]:
    given: dict[str, Fraction] = {}
    eligible_set = set(eligible)
    for key, value in (targets or {}).items():
        if key not in eligible_set:
            raise InvalidTargets(f"target for {key!r}, which is not an eligible category")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidTargets(f"target for {key!r} must be a number")
        if not math.isfinite(value) or not 0 <= value <= 1:
            raise InvalidTargets(f"target for {key!r} must be between 0 and 1, got {value!r}")
        # repr() is the shortest decimal that round-trips: the number as the user wrote it.
        given[key] = Fraction(repr(float(value)))
    given_sum = sum(given.values(), Fraction(0))
    if not overlapping and given_sum > 1 + _TARGET_SUM_ALLOWANCE:
        raise InvalidTargets(
            f"targets sum to {float(given_sum):.4f}; shares of a non-overlapping dimension "
            "cannot exceed 1"
        )
    rest = [key for key in eligible if key not in given]
    result = dict(given)
    if rest:
        each = max(Fraction(0), 1 - given_sum) / len(rest)
        result.update((key, each) for key in rest)
    return result


def _suppressed_rows(
    row_counts: Sequence[CategoryCount], suppress_below: int | None, overlapping: bool
) -> set[int]:
    if suppress_below is None:
        return set()
    primary = {
        index for index, count in enumerate(row_counts) if 1 <= count.organizations < suppress_below
    }
    if not primary:
        return set()
    if overlapping:
        # The rule below relies on the rows adding up to the totals.
        return set(range(len(row_counts)))
    hidden = primary | {index for index, count in enumerate(row_counts) if not _any(count)}
    most_a_hidden_row_holds = suppress_below - 1
    hidden_sum = sum(row_counts[index].organizations for index in hidden)
    if suppress_below <= hidden_sum < len(hidden) * most_a_hidden_row_holds:
        return hidden
    return set(range(len(row_counts)))


def _suppressed_row(key: str, target: Fraction) -> CategoryRow:
    return CategoryRow(
        key=key,
        comments=None,
        organizations=None,
        comment_share=None,
        organization_share=None,
        target_share=_round(target),
        status=None,
        suppressed=True,
        exact_comment_share=None,
        exact_organization_share=None,
        exact_target_share=target,
    )


def _share(count: int, total: int) -> Fraction:
    return Fraction(count, total) if total > 0 else Fraction(0)


def _status(organizations: int, share: Fraction, target: Fraction) -> Status:
    if organizations == 0:
        return "absent"
    if target - share > _TOLERANCE_EXACT:
        return "under"
    if share - target > _TOLERANCE_EXACT:
        return "over"
    return "balanced"


def _round(value: Fraction | float) -> float:
    return round(float(value), SHARE_DECIMALS)
