"""Group commit of comment submissions (``core.batching``).

A submission's transaction holds its round's row lock (PostgreSQL) or the database's write
lock (SQLite) from its sequence number to its commit, and appends to the one audit chain, so
submissions are serial there. One at a time, each paid a dozen statements and a commit inside
that serial section. Here the submissions waiting in a process are stored together: one
transaction locks their Idempotency-Key claims in one statement, checks each submission,
takes each round's sequence numbers in one statement, inserts the comments in one, completes
the claims in one, runs campaign detection and the audit chain once for all, and commits once.

What a submission sees is what it saw when it was stored alone:

- Its checks (round, organization, representation, eligibility, window, anchor, quote) run
  in the storing transaction (``comments.check_submissions``, which reads what they need for
  the whole batch at once); one that fails refuses that submission only, before anything of it
  is written. The window is checked again under the
  round's lock: the deadline protocol of ``consultations.comments`` holds for every
  submission of a batch.
- Its MinHash signature (campaign detection) is computed before the writer's turn, an
  amendment's after reading its anchored paragraph (``SubmissionRequest.read``: one statement
  outside the serial section); the check reads that paragraph for the batch anyway and signs
  again only if it differs.
- Its claim is locked and checked to be still its own before anything is written: a claim
  taken over meanwhile (``idempotency.ABANDONED_AFTER``) is refused with 409.
- A batch commits all or nothing. When a round is found shut, that round's submissions are
  refused (409) and the others are stored again without them; when storing fails otherwise,
  each is stored again alone, so one bad submission cannot fail the others.
- The submission quota (``PLENARY_RATE_LIMIT_SUBMISSION``) counts the submissions that passed
  their checks, in the storing transaction: a refused submission never takes a place in it,
  not even while it is in flight, and a place counts once its comment commits. On
  PostgreSQL a caller's counter stays locked until then, so another worker's batch with the
  same caller's submissions waits for this one to commit or roll back, and sees the places
  it left; nothing past the quota is ever stored. Past it, the submissions that would have
  been stored get 429 with Retry-After, in arrival order after those that fit.
- Sequence numbers follow arrival order. Receipts, responses, campaigns and audit entries are
  those of the same submissions stored one by one.
- The batch's events reach their subscribers (campaign detection, the audit chain) before the
  responses are made, so a 201 carries the ``campaign_id`` its comment was given: a client
  reading the 201 sees what a ``GET`` right after shows.
- A caller that goes away before its submission is taken leaves the queue. Once taken, its
  submission is stored or not with the batch; the caller's claim release then finds the
  claim completed (and leaves it) or releases it.

Measured in ``bench/RESULTS.md``. Other processes' submissions meet in the database as before.
"""

import functools
import uuid
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from joserfc.jwk import ECKey
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from auth.keys import KeyRing
from auth.principal import Principal
from consultations import idempotency
from consultations.comment_schemas import RESOLVED_FIELDS, CommentCreate
from consultations.comments import (
    CheckedSubmission,
    RoundClosed,
    SubmissionRequest,
    check_submissions,
    store_submissions,
)
from consultations.idempotency import Claim, StoredResponse
from consultations.models import Comment
from core.batching import Batcher, Pending, Take
from core.db import one_of, table_of
from core.errors import DomainError
from core.events import EventBus
from core.ratelimit import Limit, admit, refusal, submission_key

OpenUnitOfWork = Callable[[], AbstractAsyncContextManager[AsyncSession]]


@dataclass(frozen=True, slots=True)
class _Submission:
    request: SubmissionRequest
    claim: Claim


_Pending = Pending[_Submission, StoredResponse]


class SubmissionBatcher:
    """The process's queue of checked submissions. ``open_unit_of_work`` opens a writing unit
    of work (its turn, its transaction, its events dispatched before commit); ``engine`` serves
    what a submission reads before its turn (``SubmissionRequest.read``); ``events`` is the
    unit of work's bus, dispatched early so that responses show what subscribers decided;
    ``quota`` is each caller's submission rate limit, None when rate limits are off."""

    def __init__(
        self,
        open_unit_of_work: OpenUnitOfWork,
        keys: KeyRing,
        engine: AsyncEngine,
        events: EventBus,
        quota: Limit | None = None,
    ) -> None:
        self._open_unit_of_work = open_unit_of_work
        self._keys = keys
        self._engine = engine
        self._events = events
        self._quota = quota
        self._group: Batcher[_Submission, StoredResponse] = Batcher(self._store)

    async def submit(
        self, principal: Principal, round_id: uuid.UUID, payload: CommentCreate, claim: Claim
    ) -> StoredResponse:
        """Checks and stores the submission with whatever else is waiting; its 201 response
        (also stored as the claim's completion), or the error that refused it."""
        request = await SubmissionRequest.read(self._engine, principal, round_id, payload)
        return await self._group.submit(_Submission(request, claim))

    async def _store(self, take: Take[_Submission, StoredResponse]) -> None:
        # The key signing now, as for access tokens (a rotation takes effect at once), read
        # before the writer's turn: a read is a transaction of its own.
        signing_key = await self._keys.signing_key()
        batch: list[_Pending] = []
        try:
            async with self._open_unit_of_work() as session:
                batch = take()
                stored = await _store(session, batch, signing_key, self._events, self._quota)
        except RoundClosed as closed:
            for pending in batch:
                if pending.item.request.round_id == closed.round_id:
                    pending.fail(RoundClosed(closed.round_id, closed.detail))
            await self._group.store_each(batch)
            return
        for pending, response in stored:
            pending.succeed(response)


_comments = table_of(Comment)


@functools.cache
def _campaigns_of(dialect: str) -> sa.Select[Any]:
    """The campaigns the batch's comments were given, by comment id: one list parameter."""
    return sa.select(_comments.c.id, _comments.c.campaign_id).where(
        one_of(_comments.c.id, "ids", dialect)
    )


async def _store(
    session: AsyncSession,
    batch: list[_Pending],
    signing_key: ECKey,
    events: EventBus,
    quota: Limit | None,
) -> list[tuple[_Pending, StoredResponse]]:
    """The batch's submissions that still own their claims, pass their checks and fit their
    callers' quotas, stored in the session's transaction, with their responses; the others
    are refused here."""
    owned = await idempotency.still_owned(
        await session.connection(), [pending.item.claim for pending in batch]
    )
    storing: list[tuple[_Pending, CheckedSubmission]] = []
    owning = []
    for pending in batch:
        if pending.item.claim.record_id in owned:
            owning.append(pending)
        else:
            pending.fail(idempotency.in_flight())
    checks = await check_submissions(session, [pending.item.request for pending in owning])
    for pending, checked in zip(owning, checks, strict=True):
        if isinstance(checked, DomainError):
            pending.fail(checked)
        else:
            storing.append((pending, checked))
    if quota is not None:
        storing = await _within_quota(await session.connection(), storing, quota)
    if not storing:
        return []
    results = await store_submissions(
        session, [checked for _, checked in storing], signing_key=signing_key
    )
    await events.dispatch(session)
    connection = await session.connection()
    ids = [uuid.UUID(result.comment.id) for result in results]
    rows = await connection.execute(_campaigns_of(connection.dialect.name), {"ids": ids})
    campaigns = {row.id: row.campaign_id for row in rows}
    stored = []
    for (pending, _), result in zip(storing, results, strict=True):
        body = result.comment.model_dump(mode="json", exclude=RESOLVED_FIELDS)
        campaign_id = campaigns.get(uuid.UUID(result.comment.id))
        body["campaign_id"] = None if campaign_id is None else str(campaign_id)
        headers = {"Location": f"/v1/comments/{result.comment.id}", "ETag": result.etag}
        stored.append((pending, StoredResponse(201, body, headers)))
    await idempotency.complete_owned(
        await session.connection(),
        [(pending.item.claim, response) for pending, response in stored],
    )
    return stored


async def _within_quota(
    connection: AsyncConnection,
    storing: list[tuple[_Pending, CheckedSubmission]],
    quota: Limit,
) -> list[tuple[_Pending, CheckedSubmission]]:
    """The checked submissions that fit their callers' quotas, their places counted in the
    storing transaction; the others refused with 429. Callers' counters are locked in one
    order in every process, so two batches cannot deadlock on them."""
    by_counter: dict[str, list[_Pending]] = {}
    for pending, checked in storing:
        counter = submission_key(idempotency.caller_of(checked.principal))
        by_counter.setdefault(counter, []).append(pending)
    for counter, pendings in sorted(by_counter.items()):
        admission = await admit(connection, counter, quota, len(pendings))
        if admission.retry_after is not None:
            for pending in pendings[admission.admitted :]:
                pending.fail(refusal("comment submissions", admission.retry_after))
    return [(pending, checked) for pending, checked in storing if not pending.settled]
