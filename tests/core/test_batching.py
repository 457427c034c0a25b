"""The batcher on its own: what forms a batch, and what a failing store does to its items."""

import asyncio

import pytest

from core.batching import Batcher, Pending, Take
from core.errors import ServiceUnavailable


class Doubling:
    """A store that records each batch it takes and doubles each item, refusing negatives on
    their own and failing a whole batch that holds a 13 (as a constraint would)."""

    def __init__(self, gate: asyncio.Event | None = None) -> None:
        self.batches: list[list[int]] = []
        self.gate = gate

    async def __call__(self, take: Take[int, int]) -> None:
        if self.gate is not None:
            await self.gate.wait()
        batch: list[Pending[int, int]] = take()
        self.batches.append([pending.item for pending in batch])
        if any(pending.item == 13 for pending in batch):
            raise ValueError("13 in the batch")
        for pending in batch:
            if pending.item < 0:
                pending.fail(ValueError("negative"))
            else:
                pending.succeed(pending.item * 2)


async def test_items_waiting_together_form_one_batch_and_later_ones_the_next() -> None:
    gate = asyncio.Event()
    store = Doubling(gate)
    batcher: Batcher[int, int] = Batcher(store)
    first = [asyncio.create_task(batcher.submit(n)) for n in range(3)]
    await asyncio.sleep(0)
    gate.set()
    await asyncio.sleep(0)
    later = [asyncio.create_task(batcher.submit(n)) for n in range(3, 5)]
    assert await asyncio.gather(*first, *later) == [0, 2, 4, 6, 8]
    assert store.batches == [[0, 1, 2], [3, 4]]


async def test_batches_are_capped() -> None:
    store = Doubling()
    batcher: Batcher[int, int] = Batcher(store, max_batch=2)
    assert await asyncio.gather(*(batcher.submit(n) for n in range(5))) == [0, 2, 4, 6, 8]
    assert store.batches == [[0, 1], [2, 3], [4]]


async def test_an_item_refused_by_the_store_fails_alone() -> None:
    batcher: Batcher[int, int] = Batcher(Doubling())
    outcomes = await asyncio.gather(
        *(batcher.submit(n) for n in (1, -1, 2)), return_exceptions=True
    )
    assert outcomes[0] == 2
    assert isinstance(outcomes[1], ValueError)
    assert outcomes[2] == 4


async def test_a_failing_batch_is_handled_again_one_item_at_a_time() -> None:
    store = Doubling()
    batcher: Batcher[int, int] = Batcher(store)
    outcomes = await asyncio.gather(
        *(batcher.submit(n) for n in (1, 13, 2)), return_exceptions=True
    )
    assert outcomes[0] == 2
    assert isinstance(outcomes[1], ValueError)
    assert outcomes[2] == 4
    assert store.batches == [[1, 13, 2], [1], [13], [2]]


async def test_a_store_failing_before_it_takes_fails_everyone_waiting() -> None:
    calls = 0

    async def busy(take: Take[int, int]) -> None:
        nonlocal calls
        calls += 1
        raise ServiceUnavailable("Busy.", retry_after=1)

    batcher: Batcher[int, int] = Batcher(busy)
    outcomes = await asyncio.gather(*(batcher.submit(n) for n in range(4)), return_exceptions=True)
    assert all(isinstance(outcome, ServiceUnavailable) for outcome in outcomes)
    assert calls == 1


async def test_a_caller_gone_before_the_batch_is_taken_leaves_the_queue() -> None:
    gate = asyncio.Event()
    store = Doubling(gate)
    batcher: Batcher[int, int] = Batcher(store)
    leaving = asyncio.create_task(batcher.submit(1))
    staying = asyncio.create_task(batcher.submit(2))
    await asyncio.sleep(0)
    leaving.cancel()
    gate.set()
    assert await staying == 4
    with pytest.raises(asyncio.CancelledError):
        await leaving
    assert store.batches == [[2]]


async def test_a_store_that_leaves_an_item_unsettled_fails_it() -> None:
    async def forgetful(take: Take[int, int]) -> None:
        take()

    batcher: Batcher[int, int] = Batcher(forgetful)
    with pytest.raises(RuntimeError, match="unsettled"):
        await batcher.submit(1)


async def test_a_store_failing_before_it_takes_a_given_batch_fails_that_batch_at_once() -> None:
    calls = 0

    async def refuse_one_then_busy(take: Take[int, int]) -> None:
        nonlocal calls
        calls += 1
        if calls > 1:
            raise ServiceUnavailable("Busy.", retry_after=1)
        batch = take()
        batch[0].fail(ValueError("refused"))
        await batcher.store_each(batch)

    batcher: Batcher[int, int] = Batcher(refuse_one_then_busy)
    outcomes = await asyncio.gather(*(batcher.submit(n) for n in range(3)), return_exceptions=True)
    assert isinstance(outcomes[0], ValueError)
    assert all(isinstance(outcome, ServiceUnavailable) for outcome in outcomes[1:])
    assert calls == 2
