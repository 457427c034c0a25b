"""Entity tags for optimistic concurrency on mutable resources."""

from core.errors import PreconditionFailed, PreconditionRequired


def make_etag(resource_id: object, revision: int) -> str:
    return f'"{resource_id}.{revision}"'


def check_if_match(if_match: str | None, current: str) -> None:
    """Raises 428 without If-Match and 412 when no listed tag matches (RFC 9110 13.1.1)."""
    if if_match is None or not if_match.strip():
        raise PreconditionRequired(
            "This change requires an If-Match header with the resource's current ETag."
        )
    candidates = [tag.strip() for tag in if_match.split(",")]
    if "*" in candidates:
        return
    strong = [tag.removeprefix("W/") for tag in candidates]
    if current not in strong:
        raise PreconditionFailed(
            f"The resource changed since you read it; its current ETag is {current}."
        )
