"""Domain errors. The HTTP layer turns each into an RFC 9457 problem document.

Domain code raises these instead of HTTP exceptions so that it never imports a web framework and
the same rules hold for the CLI and the demo loader.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar


@dataclass(frozen=True, slots=True)
class FieldError:
    loc: tuple[str | int, ...]
    msg: str


class DomainError(Exception):
    """``members`` are the problem's extension members (RFC 9457 3.2) beside ``errors``, for
    what is not wrong with the request but helps to fix it (a parser's notes)."""

    status: int = 400
    title: str = "Bad request"
    slug: str = "bad-request"
    # Headers every error of the kind carries unless it names its own.
    default_headers: ClassVar[dict[str, str]] = {}

    def __init__(
        self,
        detail: str,
        *,
        errors: Sequence[FieldError] = (),
        headers: dict[str, str] | None = None,
        members: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = tuple(errors)
        self.headers = {**self.default_headers, **(headers or {})}
        self.members = dict(members or {})


class BadRequest(DomainError):
    pass


class Unauthorized(DomainError):
    """Every 401 challenges the caller (RFC 9110): for a bearer token (RFC 6750) unless the
    error names its own challenge."""

    status = 401
    title = "Unauthorized"
    slug = "unauthorized"
    default_headers: ClassVar[dict[str, str]] = {"WWW-Authenticate": "Bearer"}


class Forbidden(DomainError):
    status = 403
    title = "Forbidden"
    slug = "forbidden"


class NotFound(DomainError):
    status = 404
    title = "Not found"
    slug = "not-found"


class Conflict(DomainError):
    status = 409
    title = "Conflict"
    slug = "conflict"


class PreconditionFailed(DomainError):
    status = 412
    title = "Precondition failed"
    slug = "precondition-failed"


class PayloadTooLarge(DomainError):
    status = 413
    title = "Payload too large"
    slug = "payload-too-large"


class Unprocessable(DomainError):
    status = 422
    title = "Unprocessable content"
    slug = "validation"


class PreconditionRequired(DomainError):
    status = 428
    title = "Precondition required"
    slug = "precondition-required"


class _RetryLater(DomainError):
    """A refusal that tells the client when to try again (``Retry-After``, in seconds)."""

    def __init__(self, detail: str, *, retry_after: int) -> None:
        super().__init__(detail, headers={"Retry-After": str(max(1, retry_after))})
        self.retry_after = retry_after


class RateLimited(_RetryLater):
    status = 429
    title = "Too many requests"
    slug = "rate-limited"


class ServiceUnavailable(_RetryLater):
    status = 503
    title = "Service unavailable"
    slug = "unavailable"
