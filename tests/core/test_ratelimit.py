"""Rate-limit counters in the database, on SQLite and PostgreSQL."""

import pytest

from api.state import AppState
from core.errors import RateLimited
from core.ratelimit import Limit, enforce, refund


def test_limits_parse_and_reject_nonsense() -> None:
    assert Limit.parse("10/60") == Limit(10, 60)
    with pytest.raises(ValueError, match="positive"):
        Limit.parse("0/60")


async def test_the_hit_past_the_limit_is_refused_with_retry_after(state: AppState) -> None:
    limit = Limit(2, 60)
    start = 1_800_000_000.0
    await enforce(state.engine, "k", limit, what="tries", at=start)
    await enforce(state.engine, "k", limit, what="tries", at=start + 1)
    with pytest.raises(RateLimited) as refused:
        await enforce(state.engine, "k", limit, what="tries", at=start + 2)
    assert refused.value.headers["Retry-After"] == "58"
    await enforce(state.engine, "other", limit, what="tries", at=start + 2)


async def test_a_burst_across_a_window_boundary_is_still_limited(state: AppState) -> None:
    limit = Limit(2, 60)
    boundary = 1_800_000_000.0 - 1_800_000_000.0 % 60 + 60
    await enforce(state.engine, "b", limit, what="tries", at=boundary - 2)
    await enforce(state.engine, "b", limit, what="tries", at=boundary - 1)
    with pytest.raises(RateLimited):
        await enforce(state.engine, "b", limit, what="tries", at=boundary + 1)


async def test_the_previous_window_fades_out(state: AppState) -> None:
    limit = Limit(2, 60)
    boundary = 1_800_000_000.0 - 1_800_000_000.0 % 60 + 60
    await enforce(state.engine, "f", limit, what="tries", at=boundary - 50)
    await enforce(state.engine, "f", limit, what="tries", at=boundary - 49)
    await enforce(state.engine, "f", limit, what="tries", at=boundary + 45)


async def test_a_refunded_hit_frees_its_place_in_its_own_window(state: AppState) -> None:
    limit = Limit(1, 60)
    start = 1_800_000_000.0 - 1_800_000_000.0 % 60
    counted_at = await enforce(state.engine, "r", limit, what="tries", at=start + 1)
    await refund(state.engine, "r", limit, counted_at=counted_at)
    await refund(state.engine, "r", limit, counted_at=counted_at)
    await enforce(state.engine, "r", limit, what="tries", at=start + 2)
    with pytest.raises(RateLimited):
        await enforce(state.engine, "r", limit, what="tries", at=start + 3)
