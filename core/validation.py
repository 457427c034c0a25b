"""Validation errors as people read them, whoever reports them (the API's problem documents,
the command line).

A check across fields (an amendment without ``proposed_text``, a rejection without a note) runs
after the fields are read, where pydantic can only report the whole body. Raising
``field_problem("note", "...")`` instead of ``ValueError`` lets the error point at the field
(``errors[].loc`` ``["body", "note"]``), as the contract's ``errors: [{loc, msg}]`` wants.
``located_errors`` gives pydantic's errors so: each with its field's location and the
validator's own message, without pydantic's wording around it ("Value error, "); an id that is
no id is said to be so without naming its format (ids are opaque).
"""

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic_core import PydanticCustomError

FIELD_PROBLEM = "field_problem"
# White space and the characters that print nothing (soft hyphen, zero-width and direction
# marks, word joiners, the byte-order mark): a text of only these reads as empty.
_BLANK_RE = re.compile(r"[\s\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]*")
_PYDANTIC_MESSAGE_PREFIXES = ("Value error, ", "Assertion failed, ")
# Ids are opaque to clients (the contract): an id field's error does not teach them its format.
_NOT_AN_ID = "is not an id: give an id as this API returned it"
_ID_ERRORS = frozenset({"uuid_parsing", "uuid_type", "uuid_version"})


def field_problem(field: str, message: str) -> PydanticCustomError:
    # The message is the template, in which pydantic-core replaces the context's names
    # (`{field}`) and nothing else: it knows no escapes, so a path such as
    # "/v1/documents/{id}/versions" is printed as written (doubling its braces printed them
    # doubled).
    return PydanticCustomError(FIELD_PROBLEM, message, {"field": field})


def located_errors(errors: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """``{loc, msg}`` of each of pydantic's errors (``ValidationError.errors()``)."""
    located = []
    for error in errors:
        loc = list(error.get("loc", ()))
        if error.get("type") == FIELD_PROBLEM:
            loc.append(error["ctx"]["field"])
        message = str(error.get("msg", "invalid"))
        for prefix in _PYDANTIC_MESSAGE_PREFIXES:
            message = message.removeprefix(prefix)
        if error.get("type") in _ID_ERRORS:
            message = _NOT_AN_ID
        located.append({"loc": loc, "msg": message})
    return located


# Control characters, as a document's content loses them (see
# ``consultations.parser_text.normalise``): line breaks and tabs are kept in a text and spaces in
# a one-line name, the rest (C0, DEL, C1: a terminal's escapes and bells, a Windows-1252 file's
# quotes read as Latin-1) nothing.
_LINE_BREAKS_RE = re.compile(r"\r\n|[\n\v\f\r\x85\u2028\u2029]")
_LINE_BREAKS_AND_TABS_RE = re.compile(rf"{_LINE_BREAKS_RE.pattern}|\t")
_CONTROL_CHARACTERS_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_CHARACTERS_BUT_TAB_AND_LINE_FEED_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def without_control_characters(value: object) -> object:
    """A validator run before a title, symbol or label is read: its text on one line, without
    control characters, so none is stored and printed back where a name is shown."""
    if not isinstance(value, str):
        return value
    return _CONTROL_CHARACTERS_RE.sub("", _LINE_BREAKS_AND_TABS_RE.sub(" ", value))


def text_without_control_characters(value: object) -> object:
    """A validator run before a text of several lines is read (a comment's body, proposed text
    or quote): each line break a line feed, tabs kept, no other control character, so none is
    stored and printed back into an export, a terminal or a synthesis."""
    if not isinstance(value, str):
        return value
    lines = _LINE_BREAKS_RE.sub("\n", value)
    return _CONTROL_CHARACTERS_BUT_TAB_AND_LINE_FEED_RE.sub("", lines)


def nfc_normalized(value: object) -> object:
    """A validator run before a text's limits are checked: Unicode NFC, so that a limit counts
    characters as a reader sees them and the text is stored in one form, whatever form the
    client sent."""
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def is_blank(text: str) -> bool:
    return _BLANK_RE.fullmatch(text) is not None


def not_blank(value: str) -> str:
    """A validator: ``value``, unless it shows nothing."""
    if is_blank(value):
        raise ValueError("must not be blank")
    return value


def whole_number(value: object) -> object:
    """A validator run before an integer is read from a URL: digits only. Pydantic reads "2.0",
    "+2" and " 2" as 2, so ``?version=2.0`` was answered as ``2`` while "abc" was refused."""
    if isinstance(value, str) and not (value.isascii() and value.isdigit()):
        raise ValueError("must be a whole number, written in digits only")
    return value
