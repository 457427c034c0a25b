"""Costly results kept for as long as the data they were made from has not changed.

A :class:`VersionedCache` holds, for each key, one result and the data version it was made
from (a value that changes with every change of the data, such as the audit chain's length, and
of anything else the result depends on): a lookup with another version misses, so a result is
never served for data it was not made from.
Results are evicted least recently used first once their sizes pass ``max_bytes``; one larger
than that is not kept.

Building is bounded: :meth:`VersionedCache.turn` lets one build of a key run at a time (the
callers waiting behind it then find its result) and at most ``concurrent_builds`` builds of all
keys, so that many callers asking at once for the same costly result pay for it once, and
callers asking for many different ones queue instead of exhausting memory and CPU together.
"""

import asyncio
from collections import OrderedDict
from collections.abc import AsyncIterator, Hashable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Generic, TypeVar

Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value")


@dataclass(frozen=True, slots=True)
class _Entry(Generic[Value]):
    version: Hashable
    value: Value
    size: int


class VersionedCache(Generic[Key, Value]):
    def __init__(self, *, max_bytes: int, concurrent_builds: int) -> None:
        self._max_bytes = max_bytes
        self._entries: OrderedDict[Key, _Entry[Value]] = OrderedDict()
        self._bytes = 0
        self._builds = asyncio.Semaphore(concurrent_builds)
        self._key_locks: dict[Key, asyncio.Lock] = {}
        self._key_users: dict[Key, int] = {}

    def get(self, key: Key, version: Hashable) -> Value | None:
        entry = self._entries.get(key)
        if entry is None or entry.version != version:
            return None
        self._entries.move_to_end(key)
        return entry.value

    def put(self, key: Key, version: Hashable, value: Value, size: int) -> None:
        """Keeps ``value`` as the result for ``version`` of the data, replacing the key's
        result for any other version."""
        self._drop(key)
        if size > self._max_bytes:
            return
        self._entries[key] = _Entry(version, value, size)
        self._bytes += size
        while self._bytes > self._max_bytes:
            self._drop(next(iter(self._entries)))

    @asynccontextmanager
    async def turn(self, key: Key) -> AsyncIterator[None]:
        """The caller's turn to build ``key``: after any build of the same key in progress (look
        the result up again once in), and within the bound on concurrent builds."""
        lock = self._key_locks.setdefault(key, asyncio.Lock())
        self._key_users[key] = self._key_users.get(key, 0) + 1
        try:
            async with lock, self._builds:
                yield
        finally:
            self._key_users[key] -= 1
            if not self._key_users[key]:
                del self._key_users[key], self._key_locks[key]

    def _drop(self, key: Key) -> None:
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._bytes -= entry.size
