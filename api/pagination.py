"""HTTP side of keyset pagination: query parameters, the page envelope and the Link header."""

from typing import Annotated, Generic, TypeVar

from fastapi import Query, Request, Response
from pydantic import BaseModel, BeforeValidator

from core.pagination import DEFAULT_LIMIT, MAX_LIMIT

LimitQuery = Annotated[
    int, Query(ge=1, le=MAX_LIMIT, description=f"Page size (default {DEFAULT_LIMIT}).")
]
CursorQuery = Annotated[
    str | None,
    # Clients that always send the parameter send it empty for the first page.
    BeforeValidator(lambda value: value or None),
    Query(
        description=(
            "`next_cursor` of the previous page of the same list; omit (or leave empty) for the "
            "first. A cursor of another list (another round's comments, say) is 400."
        )
    ),
]

ItemT = TypeVar("ItemT")


class PageOut(BaseModel, Generic[ItemT]):
    items: list[ItemT]
    next_cursor: str | None


def set_next_link(request: Request, response: Response, next_cursor: str | None) -> None:
    if next_cursor is not None:
        url = request.url.include_query_params(cursor=next_cursor)
        response.headers["Link"] = f'<{url}>; rel="next"'
