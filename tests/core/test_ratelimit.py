"""Rate-limit counters in the database, on SQLite and PostgreSQL."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.state import AppState
from core.errors import RateLimited
from core.ratelimit import Limit, accepts, admit, enforce, retry_after


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
    # Two hits a minute, both in this minute's first seconds: the next one fits once the
    # minute is over and half of the next has passed (1 + 2 x 1/2 = 2).
    assert refused.value.headers["Retry-After"] == "88"
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


async def test_hits_count_only_once_their_transaction_commits(state: AppState) -> None:
    limit = Limit(1, 60)
    start = 1_800_000_000.0 - 1_800_000_000.0 % 60
    async with state.engine.connect() as connection:
        transaction = await connection.begin()
        admission = await admit(connection, "r", limit, 3, at=start + 1)
        assert admission.admitted == 1
        assert admission.retry_after is not None
        await transaction.rollback()
    await enforce(state.engine, "r", limit, what="tries", at=start + 2)
    with pytest.raises(RateLimited):
        await enforce(state.engine, "r", limit, what="tries", at=start + 3)


async def test_waiting_as_retry_after_says_gets_through_however_often_refused(
    state: AppState,
) -> None:
    limit = Limit(3, 60)
    start = 1_800_000_000.0 - 1_800_000_000.0 % 60 + 10
    for second in range(3):
        await enforce(state.engine, "w", limit, what="tries", at=start + second)
    with pytest.raises(RateLimited) as refused:
        await enforce(state.engine, "w", limit, what="tries", at=start + 3)
    wait = int(refused.value.headers["Retry-After"])
    # Trying again and again meanwhile counts for nothing: the turn stays where it was.
    for second in range(4, 3 + wait):
        with pytest.raises(RateLimited) as again:
            await enforce(state.engine, "w", limit, what="tries", at=start + second)
        assert int(again.value.headers["Retry-After"]) == 3 + wait - second
    await enforce(state.engine, "w", limit, what="tries", at=start + 3 + wait)


@given(
    count=st.integers(1, 20),
    seconds=st.integers(1, 3600),
    counted=st.integers(0, 40),
    previous=st.integers(0, 40),
    offset=st.integers(0, 3599),
)
def test_retry_after_is_the_first_second_a_request_fits(
    count: int, seconds: int, counted: int, previous: int, offset: int
) -> None:
    limit = Limit(count, seconds)
    window_start = 1_800_000_000 - 1_800_000_000 % seconds
    now = window_start + offset % seconds
    wait = retry_after(limit, counted, previous, now)
    if wait is None:
        assert accepts(limit, counted, previous, window_start, now)
        return
    assert 1 <= wait <= 2 * seconds
    assert accepts(limit, counted, previous, window_start, now + wait)
    assert not any(
        accepts(limit, counted, previous, window_start, now + earlier) for earlier in range(wait)
    )
