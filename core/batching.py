"""Batching: concurrent requests that need the same kind of short database work share one
round of it (group commit, for writes).

Requests hand their item to a :class:`Batcher` and wait. One task per batcher calls ``store``,
which gets ready (for a write: its writer turn and its transaction), then takes every item
waiting at that moment (up to ``max_batch``) with the ``take`` function it is given, handles
them together and settles each item with its result or its own error. Items arriving meanwhile
queue for the next batch. So under load one transaction, one turn and one commit serve many
requests, and with no load a batch is one item with no added delay.

``store`` settles every item it took, or raises. If it raises before taking anything (its turn
never came: 503), every item waiting (or, for :meth:`Batcher.store_each`, every item given)
gets that error, since each would wait as long. If it raises after, a batch of several items
is handled again one item at a time, so that one item's failure (a constraint, a bug) fails
that item only; a single item gets the error. A request that goes away before its item is
taken leaves the queue; once taken, the item is handled or not with its batch, whatever its
caller does.
"""

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

DEFAULT_MAX_BATCH = 64


@dataclass(slots=True)
class Pending(Generic[Item, Result]):
    """An item waiting to be stored, and its caller's future."""

    item: Item
    outcome: "asyncio.Future[Result]"

    @property
    def settled(self) -> bool:
        return self.outcome.done()

    def succeed(self, result: Result) -> None:
        if not self.outcome.done():
            self.outcome.set_result(result)

    def fail(self, error: BaseException) -> None:
        if not self.outcome.done():
            self.outcome.set_exception(error)


Take = Callable[[], list[Pending[Item, Result]]]
Store = Callable[[Take[Item, Result]], Awaitable[None]]


class Batcher(Generic[Item, Result]):
    def __init__(self, store: Store[Item, Result], *, max_batch: int = DEFAULT_MAX_BATCH) -> None:
        self._store = store
        self._max_batch = max_batch
        self._waiting: deque[Pending[Item, Result]] = deque()
        self._writer: asyncio.Task[None] | None = None

    async def submit(self, item: Item) -> Result:
        """Stores ``item`` with whatever else is waiting; its result, or raises its error."""
        pending: Pending[Item, Result] = Pending(item, asyncio.get_running_loop().create_future())
        self._waiting.append(pending)
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_all())
        return await pending.outcome

    async def _write_all(self) -> None:
        taken: list[Pending[Item, Result]] = []
        try:
            while self._waiting:
                taken = []
                await self._run(self._taker(taken), taken, stranded=self._waiting)
        finally:
            # Matters when this task is cancelled (shutdown): nobody is left waiting forever.
            for pending in (*taken, *self._waiting):
                pending.outcome.cancel()

    def _taker(self, taken: list[Pending[Item, Result]]) -> Take[Item, Result]:
        """Takes the unsettled items waiting, up to ``max_batch``, into ``taken``."""

        def take() -> list[Pending[Item, Result]]:
            while self._waiting and len(taken) < self._max_batch:
                pending = self._waiting.popleft()
                if not pending.settled:
                    taken.append(pending)
            return taken

        return take

    async def store_each(self, batch: list[Pending[Item, Result]]) -> None:
        """Stores the unsettled items of ``batch`` together, or one by one if that fails."""
        unsettled = deque(pending for pending in batch if not pending.settled)
        taken: list[Pending[Item, Result]] = []

        def take() -> list[Pending[Item, Result]]:
            taken.extend(unsettled)
            unsettled.clear()
            return taken

        if unsettled:
            await self._run(take, taken, stranded=unsettled)

    async def _run(
        self,
        take: Take[Item, Result],
        taken: list[Pending[Item, Result]],
        *,
        stranded: deque[Pending[Item, Result]],
    ) -> None:
        """Runs the store; on an error before it took anything, fails every item ``stranded``
        (those it would have taken, or more: every item waiting), since each would fail as
        the store did."""
        try:
            await self._store(take)
        except Exception as error:
            if not taken:
                for pending in stranded:
                    pending.fail(error)
                stranded.clear()
            elif len(taken) == 1:
                taken[0].fail(error)
            else:
                for pending in taken:
                    await self.store_each([pending])
            return
        for pending in taken:
            pending.fail(RuntimeError("The batch's store left this item unsettled."))
