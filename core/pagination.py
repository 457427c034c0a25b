"""Keyset (cursor) pagination: stable under inserts, cheap on deep pages.

A cursor is the opaque, URL-safe encoding of the sort key of the last row a client saw. The next
page is every row strictly after it, so rows inserted meanwhile never shift or repeat a page.
"""

import base64
import binascii
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

import orjson
import sqlalchemy as sa
from sqlalchemy.sql.expression import Executable

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


def encode_cursor(values: Sequence[Any]) -> str:
    raw = orjson.dumps([str(v) if not isinstance(v, int | float) else v for v in values])
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def decode_cursor(cursor: str, arity: int) -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = orjson.loads(base64.urlsafe_b64decode(padded.encode()))
    except (binascii.Error, orjson.JSONDecodeError, ValueError) as exc:
        raise BadRequest("The cursor is not one this API issued.") from exc
    if not isinstance(values, list) or len(values) != arity:
        raise BadRequest("The cursor is not one this API issued.")
    return values


def decode_id_cursor(cursor: str) -> uuid.UUID:
    """The id in a one-column cursor of ids."""
    (value,) = decode_cursor(cursor, 1)
    parsed = parse_id(value) if isinstance(value, str) else None
    if parsed is None:
        raise BadRequest("The cursor is not one this API issued.")
    return parsed


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


def split_page(rows: Sequence[T], limit: int, key: Any) -> Page[T]:
    """Turns the ``limit + 1`` rows of :func:`keyset_page` into a page and its next cursor."""
    if len(rows) > limit:
        items = list(rows[:limit])
        return Page(items=items, next_cursor=encode_cursor(key(items[-1])))
    return Page(items=list(rows), next_cursor=None)
