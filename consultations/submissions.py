"""Group commit of comment submissions.

A submission's transaction holds its round's row lock (PostgreSQL) or the database's write
lock (SQLite) from its sequence number to its commit, and appends to the one audit chain, so
submissions are serial there. One at a time, each paid a dozen statements and a commit inside
that serial section. Here the submissions waiting in a process are stored together instead:
when the writer's turn comes (``core.db.writer_turn``), it takes every submission waiting (up
to ``MAX_BATCH``) and stores them in one transaction: the claims locked in one statement, one
statement per round for the sequence numbers, one insert of the comments, one completion of
their Idempotency-Keys, campaign detection and the audit chain once for all, one commit.

What a submission sees is what it saw when it was stored alone:

- Its checks (round, organization, representation, eligibility, window, anchor, quote) ran
  when it arrived (``comments.check_submission``), on the committed state, outside the write
  transaction, like any read. The window is checked again under the round's lock: the
  deadline protocol of ``consultations.comments`` holds for every submission of a batch.
- Its Idempotency-Key claim is locked and checked to be still its own before anything is
  written: a claim taken over meanwhile (``idempotency.ABANDONED_AFTER``) is refused with 409.
- A batch commits all or nothing. When a round is found shut, that round's submissions are
  refused (409) and the batch is stored again without them. When storing fails otherwise,
  each submission is stored again alone, so that one bad submission cannot fail the others.
- Sequence numbers follow arrival order. Receipts, responses, campaigns and audit entries are
  those of the same submissions stored one by one.
- A caller that goes away before its submission is taken leaves the queue. Once taken, its
  submission is stored or not with the batch; the caller's claim release then finds the
  claim completed (and leaves it) or releases it.

Measured in ``bench/RESULTS.md``. Other processes' submissions meet in the database as before.
"""

import asyncio
from collections import deque
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass

from joserfc.jwk import ECKey
from sqlmodel.ext.asyncio.session import AsyncSession

from auth.keys import KeyRing
from consultations import idempotency
from consultations.comments import CheckedSubmission, RoundClosed, store_submissions
from consultations.idempotency import Claim, StoredResponse

MAX_BATCH = 64

OpenUnitOfWork = Callable[[], AbstractAsyncContextManager[AsyncSession]]


@dataclass(slots=True)
class _Waiting:
    submission: CheckedSubmission
    claim: Claim
    outcome: "asyncio.Future[StoredResponse]"

    def settle(self, result: StoredResponse | BaseException) -> None:
        if self.outcome.done():
            return
        if isinstance(result, BaseException):
            self.outcome.set_exception(result)
        else:
            self.outcome.set_result(result)


class SubmissionBatcher:
    """The process's queue of checked submissions and the task that stores them in batches.
    ``open_unit_of_work`` opens a writing unit of work (its turn, its transaction, its events
    dispatched before commit)."""

    def __init__(
        self, open_unit_of_work: OpenUnitOfWork, keys: KeyRing, *, max_batch: int = MAX_BATCH
    ) -> None:
        self._open_unit_of_work = open_unit_of_work
        self._keys = keys
        self._max_batch = max_batch
        self._waiting: deque[_Waiting] = deque()
        self._writer: asyncio.Task[None] | None = None

    async def submit(self, submission: CheckedSubmission, claim: Claim) -> StoredResponse:
        """Stores the submission with whatever else is waiting; its 201 response (also stored
        as the claim's completion), or the error that refused it."""
        waiting = _Waiting(submission, claim, asyncio.get_running_loop().create_future())
        self._waiting.append(waiting)
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_all())
        return await waiting.outcome

    async def _write_all(self) -> None:
        taken: list[_Waiting] = []
        try:
            while self._waiting:
                taken = []
                # The key ring's cached view (refreshed every few minutes), read before the
                # turn: a refresh is a transaction of its own.
                signing_key = (await self._keys.current()).active
                try:
                    async with self._open_unit_of_work() as session:
                        taken = self._take()
                        stored = await _store(session, taken, signing_key)
                except Exception as error:
                    if not taken:
                        # The turn itself failed (503 after the writer-turn timeout): everyone
                        # waiting would wait as long.
                        for waiting in self._waiting:
                            waiting.settle(error)
                        self._waiting.clear()
                        continue
                    await self._store_again(taken, error, signing_key)
                    continue
                for waiting, response in stored:
                    waiting.settle(response)
        finally:
            for waiting in (*taken, *self._waiting):
                waiting.outcome.cancel()

    def _take(self) -> list[_Waiting]:
        taken: list[_Waiting] = []
        while self._waiting and len(taken) < self._max_batch:
            waiting = self._waiting.popleft()
            if not waiting.outcome.done():
                taken.append(waiting)
        return taken

    async def _store_again(
        self, taken: list[_Waiting], error: Exception, signing_key: ECKey
    ) -> None:
        """After a batch failed: without a shut round's submissions, or else one by one."""
        if isinstance(error, RoundClosed):
            for waiting in taken:
                if waiting.submission.round.id == error.round_id:
                    waiting.settle(RoundClosed(error.round_id, error.detail))
            await self._store_each([w for w in taken if not w.outcome.done()], signing_key)
            return
        if len(taken) == 1:
            taken[0].settle(error)
            return
        for waiting in taken:
            if not waiting.outcome.done():
                await self._store_each([waiting], signing_key)

    async def _store_each(self, batch: list[_Waiting], signing_key: ECKey) -> None:
        if not batch:
            return
        try:
            async with self._open_unit_of_work() as session:
                stored = await _store(session, batch, signing_key)
        except Exception as error:
            await self._store_again(batch, error, signing_key)
            return
        for waiting, response in stored:
            waiting.settle(response)


async def _store(
    session: AsyncSession, batch: list[_Waiting], signing_key: ECKey
) -> list[tuple[_Waiting, StoredResponse]]:
    """The batch's submissions whose claims are still their own, stored in the session's
    transaction, with their responses; the others are refused here."""
    if not batch:
        return []
    connection = await session.connection()
    owned = await idempotency.still_owned(connection, [waiting.claim for waiting in batch])
    storing = []
    for waiting in batch:
        if waiting.claim.record_id in owned:
            storing.append(waiting)
        else:
            waiting.settle(idempotency.in_flight())
    if not storing:
        return []
    results = await store_submissions(
        session, [waiting.submission for waiting in storing], signing_key=signing_key
    )
    stored = []
    for waiting, result in zip(storing, results, strict=True):
        body = result.comment.model_dump(mode="json", exclude={"resolved_anchor", "anchor_status"})
        headers = {"Location": f"/v1/comments/{result.comment.id}", "ETag": result.etag}
        stored.append((waiting, StoredResponse(201, body, headers)))
    await idempotency.complete_owned(
        connection, [(waiting.claim, response) for waiting, response in stored]
    )
    return stored
