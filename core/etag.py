"""Entity tags for optimistic concurrency on mutable resources and conditional reads."""

import hashlib
import re

from core.errors import BadRequest, PreconditionFailed, PreconditionRequired

# RFC 9110 8.8.3: entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE, etagc = %x21 / %x23-7E / obs-text.
_ENTITY_TAG = r'(?:W/)?"[\x21\x23-\x7e\x80-\xff]*"'
# A list (RFC 9110 5.6.1) of entity tags; empty elements are allowed. Tags may hold commas.
_ENTITY_TAG_LIST = re.compile(rf"[\s,]*{_ENTITY_TAG}(?:\s*,[\s,]*{_ENTITY_TAG})*[\s,]*")


def make_etag(resource_id: object, revision: int, state: str | None = None) -> str:
    """``"<id>.<revision>"``; with ``state``, ``"<id>.<revision>.<state>"``: for a resource whose
    representation also changes without a revision (a round's clock-derived status)."""
    if state is None:
        return f'"{resource_id}.{revision}"'
    return f'"{resource_id}.{revision}.{state}"'


def content_etag(representation: bytes) -> str:
    """The entity tag of a resource that changes without a revision of its own (the caller's
    roles and memberships, an export job's progress): a digest of what is answered."""
    return f'"{hashlib.sha256(representation).hexdigest()[:32]}"'


def check_if_match(if_match: str | None, current: str) -> None:
    """Raises 428 without If-Match, 400 when it is not ``*`` or a list of entity tags, and 412
    when no listed tag matches. If-Match compares strongly (RFC 9110 13.1.1): a weak tag
    (``W/"..."``) never matches."""
    if if_match is None or not if_match.strip():
        raise PreconditionRequired(
            "This change requires an If-Match header with the resource's current ETag."
        )
    if if_match.strip() == "*":
        return
    if not _ENTITY_TAG_LIST.fullmatch(if_match):
        raise BadRequest(
            'If-Match must be "*" or entity tags in double quotes, as the ETag header gives '
            f"them (for example {current})."
        )
    tags = re.findall(_ENTITY_TAG, if_match)
    if current in tags:
        return
    if f"W/{current}" in tags:
        # The resource has not changed: saying it had would send the client to read it again
        # and resend the same weak tag.
        raise PreconditionFailed(
            "If-Match compares entity tags strongly, so a weak tag (W/...) never matches; "
            f"send the ETag as it was given, without W/: {current}."
        )
    raise PreconditionFailed(
        f"The resource changed since you read it; its current ETag is {current}."
    )


def check_optional_if_match(if_match: str | None, current: str) -> None:
    """Where If-Match is optional: nothing without the header (RFC 9110 13.1.1 only binds a
    server to the condition it receives), ``check_if_match`` with it, a blank one being
    malformed (400) rather than missing (428)."""
    if if_match is None:
        return
    if not if_match.strip():
        raise BadRequest(
            'If-Match must be "*" or entity tags in double quotes, as the ETag header gives '
            f"them (for example {current})."
        )
    check_if_match(if_match, current)


def _opaque(tag: str) -> str:
    return tag.removeprefix("W/")


def check_if_none_match_syntax(if_none_match: str) -> None:
    """For a write, a malformed ``If-None-Match`` is a bad request (400), as a malformed
    ``If-Match`` is: read as "matches nothing", a mistyped ``*`` would let the write replace
    what the client meant to keep."""
    if if_none_match.strip() != "*" and not _ENTITY_TAG_LIST.fullmatch(if_none_match):
        raise BadRequest(
            'If-None-Match must be "*" or entity tags in double quotes, as the ETag header '
            "gives them."
        )


def if_none_match_matches(if_none_match: str, current: str) -> bool:
    """Whether ``If-None-Match`` names ``current`` (RFC 9110 13.1.2): ``*`` matches any
    current tag, a list matches when one of its tags does by weak comparison (``W/"x"`` and
    ``"x"`` are the same tag). A malformed field matches nothing: the read is answered in
    full, as without the condition."""
    if if_none_match.strip() == "*":
        return True
    if not _ENTITY_TAG_LIST.fullmatch(if_none_match):
        return False
    wanted = _opaque(current.strip())
    return any(_opaque(tag) == wanted for tag in re.findall(_ENTITY_TAG, if_none_match))
