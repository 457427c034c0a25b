"""Keyset (cursor) pagination: stable under inserts, cheap on deep pages.

A cursor is the opaque, URL-safe encoding of the sort key of the last row a client saw, with the
name of its list; a list inside a resource is named with that resource's id (a cursor of one
round's comments is refused by another round's). The next page is every row strictly after it,
so rows inserted meanwhile never shift or repeat a page. A list under filters is another list
(``filtered_listing``): its cursors name the filters too. A cursor of another list, or one whose
values are not of the list's types, is refused (400) before any query runs.
"""

import base64
import binascii
import hashlib
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

import orjson
import sqlalchemy as sa
from sqlalchemy.sql.expression import Executable

from core.db import LARGEST_INTEGER
from core.errors import BadRequest
from core.ids import parse_id

DEFAULT_LIMIT = 50
MAX_LIMIT = 200

T = TypeVar("T")
SelectT = TypeVar("SelectT", bound=Executable)


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: list[T]
    next_cursor: str | None


def cursor_not_issued() -> BadRequest:
    """The 400 for a cursor this list did not issue (a list that issues none refuses every one)."""
    return BadRequest("The cursor is not one this API issued for this list.")


def filtered_listing(listing: str, filters: Mapping[str, object]) -> str:
    """The name of ``listing`` under ``filters`` (those not None, as the list reads them once
    normalised): a position under some filters is no position under others, where the client
    would silently miss the rows between. Hashed, so a cursor stays short and repeats no
    filter value."""
    chosen = sorted((name, str(value)) for name, value in filters.items() if value is not None)
    if not chosen:
        return listing
    digest = hashlib.sha256(orjson.dumps(chosen)).hexdigest()[:16]
    return f"{listing}?{digest}"


def encode_cursor(listing: str, values: Sequence[Any]) -> str:
    """The cursor after ``values`` in the list named ``listing`` (each list has its own name,
    so that a cursor of one list is refused by another)."""
    raw = orjson.dumps([listing, *(v if isinstance(v, int) else str(v) for v in values)])
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def decode_cursor(cursor: str, listing: str, kinds: Sequence[type]) -> list[Any]:
    """The values of a cursor of ``listing``, one per kind: ``int`` (a non-negative integer,
    never a boolean), ``str`` or ``uuid.UUID``; 400 for anything else."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        decoded = orjson.loads(base64.urlsafe_b64decode(padded.encode()))
    except (binascii.Error, orjson.JSONDecodeError, ValueError) as exc:
        raise cursor_not_issued() from exc
    if not isinstance(decoded, list) or len(decoded) != len(kinds) + 1 or decoded[0] != listing:
        raise cursor_not_issued()
    return [_typed(value, kind) for value, kind in zip(decoded[1:], kinds, strict=True)]


def _typed(value: Any, kind: type) -> Any:
    if kind is int and type(value) is int and 0 <= value <= LARGEST_INTEGER:
        return value
    if kind is str and isinstance(value, str):
        return value
    if kind is uuid.UUID and isinstance(value, str) and (parsed := parse_id(value)) is not None:
        return parsed
    raise cursor_not_issued()


def decode_id_cursor(cursor: str, listing: str) -> uuid.UUID:
    """The id in a one-column cursor of ids."""
    (value,) = decode_cursor(cursor, listing, [uuid.UUID])
    return cast(uuid.UUID, value)


def keyset_page(
    statement: SelectT,
    order_by: Sequence[sa.ColumnElement[Any]],
    cursor_values: Sequence[Any] | None,
    limit: int,
) -> SelectT:
    """Restricts ``statement`` to the rows after the cursor, ordered ascending, one extra row.
    The statement keeps its class (SQLModel's ``select`` returns its own), so ``session.exec``
    still knows the row shape."""
    select = cast("sa.Select[Any]", statement)
    if cursor_values is not None:
        select = select.where(sa.tuple_(*order_by) > sa.tuple_(*cursor_values))
    return cast(SelectT, select.order_by(*order_by).limit(limit + 1))


def split_page(rows: Sequence[T], limit: int, key: Any, listing: str) -> Page[T]:
    """Turns the ``limit + 1`` rows of :func:`keyset_page` into a page and its next cursor."""
    if len(rows) > limit:
        items = list(rows[:limit])
        return Page(items=items, next_cursor=encode_cursor(listing, key(items[-1])))
    return Page(items=list(rows), next_cursor=None)
