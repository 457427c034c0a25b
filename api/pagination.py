"""HTTP side of keyset pagination: query parameters, the page envelope and the Link header."""

from typing import Annotated, Generic, TypeVar

from fastapi import Query, Request, Response
from pydantic import BaseModel, BeforeValidator

from core.pagination import DEFAULT_LIMIT, MAX_LIMIT
from core.validation import whole_number

LIMIT_DESCRIPTION = "written in digits only (`+5`, ` 5` or `5.0` is 422, as a version number)"
LimitQuery = Annotated[
    int,
    # As every integer of a URL: pydantic alone would read "+5", " 5" and "5.0" as 5.
    BeforeValidator(whole_number),
    Query(
        ge=1,
        le=MAX_LIMIT,
        description=f"Page size (default {DEFAULT_LIMIT}, at most {MAX_LIMIT}), "
        f"{LIMIT_DESCRIPTION}.",
    ),
]
CursorQuery = Annotated[
    str | None,
    # Clients that always send the parameter send it empty for the first page.
    BeforeValidator(lambda value: value or None),
    Query(
        description=(
            "`next_cursor` of the previous page of the same list; omit (or leave empty) for the "
            "first. A cursor of another list (another round's comments, say, or the same list "
            "under other filters: a position under some filters is none under others) is 400; "
            "the `Link` header's next URL keeps the filters. The order of the query parameters "
            "and the spelling of a filter's value (a country's alpha-2 or alpha-3 code, a "
            "language tag's case) do not matter."
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
