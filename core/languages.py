"""Language tags: BCP 47 (RFC 5646), their language subtag checked against ISO 639."""

import re
from collections.abc import Sequence

import pycountry

from core.errors import FieldError, NotFound, Unprocessable

_BCP47 = re.compile(
    r"^(?P<language>[A-Za-z]{2,3})"
    r"(?:-[A-Za-z]{3}){0,3}"
    r"(?:-[A-Za-z]{4})?"
    r"(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"
    r"(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"
    r"(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*"
    r"(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?$"
)


def normalize_language_tag(value: str) -> str:
    """The canonical form of a BCP 47 tag (the shortest ISO 639 code for its language, the
    registry's case for its subtags); ValueError when it is not one."""
    tag = value.strip().replace("_", "-")
    match = _BCP47.match(tag)
    if match is None or len(tag) > 35:
        raise ValueError(f"{value!r} is not a BCP 47 language tag (like 'en', 'zh-Hans', 'es-419')")
    given = match.group("language").lower()
    primary = _shortest_code(given)
    if primary is None:
        named = repr(tag) if tag.lower() == given else f"{value!r}: {given!r}"
        raise ValueError(f"{named} is not an ISO 639 language code")
    parts = tag.split("-")
    canonical = [primary]
    private = False
    for part in parts[1:]:
        if len(part) == 1:
            private = private or part.lower() == "x"
            canonical.append(part.lower())
        elif private or (len(canonical) == 1 and len(part) == 3):
            canonical.append(part.lower())
        elif len(part) == 4 and part.isalpha():
            canonical.append(part.title())
        elif len(part) == 2 and part.isalpha():
            canonical.append(part.upper())
        else:
            canonical.append(part.lower())
    return "-".join(canonical)


def _shortest_code(code: str) -> str | None:
    """The language's ISO 639-1 code where it has one, else its ISO 639-3 code; None when ISO
    639 has no such language. BCP 47 takes the shortest code (RFC 5646 2.2.1), so "eng" and
    "en" are one language, which comparisons of stored tags rely on; the bibliographic ISO
    639-2/B codes ("fre", "ger", "chi") name the same languages as their 639-2/T ones."""
    if len(code) == 2:
        return code if pycountry.languages.get(alpha_2=code) is not None else None
    known = pycountry.languages.get(alpha_3=code) or pycountry.languages.get(bibliographic=code)
    if known is None:
        return None
    return str(getattr(known, "alpha_2", None) or known.alpha_3)


def lookup_language(requested: str, available: Sequence[str]) -> str | None:
    """The tag of ``available`` (canonical tags, in order of preference) that serves a request
    for ``requested`` (canonical too): RFC 4647 3.4 lookup, the exact tag, then the tag cut
    after each subtag from the end (``zh-Hans-CN``, ``zh-Hans``, ``zh``; a singleton left last
    goes with the subtag after it); else the first tag the request covers by basic filtering
    (3.3.1: ``zh`` finds ``zh-Hans``), as the comment filter does; None when nothing matches."""
    stored = {tag.lower(): tag for tag in available}
    subtags = requested.lower().split("-")
    while subtags:
        found = stored.get("-".join(subtags))
        if found is not None:
            return found
        subtags.pop()
        if subtags and len(subtags[-1]) == 1:
            subtags.pop()
    prefix = f"{requested.lower()}-"
    return next((tag for tag in available if tag.lower().startswith(prefix)), None)


def language_parameter(value: str, *, field: tuple[str, ...]) -> str:
    """``value``, a request's language tag, in canonical form; when it is not a BCP 47 tag this
    API takes, 422 naming ``field``, or 404 for a path's (README "Errors")."""
    try:
        return normalize_language_tag(value)
    except ValueError as exc:
        error = FieldError(field, str(exc))
        # A path segment that is no tag here can name nothing: 404, like an unknown id.
        if field[0] == "path":
            raise NotFound(
                f"Nothing is at this path ({field[-1]}: {exc}).", errors=[error]
            ) from exc
        raise Unprocessable(str(exc), errors=[error]) from exc
