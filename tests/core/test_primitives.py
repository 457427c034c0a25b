"""Ids, cursors and entity tags."""

import base64
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.errors import BadRequest, PreconditionFailed, PreconditionRequired
from core.etag import check_if_match, if_none_match_matches, make_etag
from core.ids import new_id, parse_id
from core.pagination import decode_cursor, decode_id_cursor, encode_cursor, split_page


def test_ids_are_version_7_and_time_ordered() -> None:
    ids = [new_id() for _ in range(2000)]
    assert all(i.version == 7 and i.variant == uuid.RFC_4122 for i in ids)
    assert len(set(ids)) == len(ids)
    millis = [i.int >> 80 for i in ids]
    assert millis == sorted(millis)
    # Thousands of ids in a few milliseconds: within one, they still follow each other.
    assert len(set(millis)) < len(ids)
    assert ids == sorted(ids)
    assert [str(i) for i in ids] == sorted(str(i) for i in ids)


@pytest.mark.parametrize("text", ["", "nope", "1234", "../etc"])
def test_parse_id_rejects_what_is_not_an_id(text: str) -> None:
    assert parse_id(text) is None


@given(
    st.lists(
        st.one_of(st.integers(0, 2**31 - 1), st.text(max_size=30), st.uuids()),
        min_size=1,
        max_size=4,
    )
)
def test_cursor_round_trip(values: list[object]) -> None:
    cursor = encode_cursor("things", values)
    assert cursor.isascii()
    assert "=" not in cursor
    kinds = [type(value) if not isinstance(value, uuid.UUID) else uuid.UUID for value in values]
    assert decode_cursor(cursor, "things", kinds) == values


@pytest.mark.parametrize(
    "cursor",
    [
        "%%%",
        "bm90IGpzb24",
        encode_cursor("things", [1, 2]),  # another shape
        encode_cursor("others", [1]),  # another list's
        base64.urlsafe_b64encode(b'["things", true]').decode(),  # a boolean is no position
        encode_cursor("things", [2**31]),  # beyond any position
        encode_cursor("things", [-1]),
        encode_cursor("things", ["1"]),
    ],
)
def test_cursors_not_issued_for_the_list_are_refused(cursor: str) -> None:
    with pytest.raises(BadRequest):
        decode_cursor(cursor, "things", [int])


def test_id_cursors_hold_exactly_one_id() -> None:
    identifier = new_id()
    assert decode_id_cursor(encode_cursor("things", [identifier]), "things") == identifier
    for foreign in ([7], ["not-an-id"], [identifier, identifier]):
        with pytest.raises(BadRequest):
            decode_id_cursor(encode_cursor("things", foreign), "things")


def test_split_page_sets_next_cursor_only_when_more_rows_exist() -> None:
    full = split_page([1, 2, 3], 2, key=lambda row: [row], listing="things")
    assert full.items == [1, 2]
    assert full.next_cursor == encode_cursor("things", [2])
    assert split_page([1, 2], 2, key=lambda row: [row], listing="things").next_cursor is None


def test_if_none_match_compares_weakly() -> None:
    current = make_etag("abc", 3, "open")
    assert current == '"abc.3.open"'
    assert if_none_match_matches(current, current)
    assert if_none_match_matches(f"W/{current}", current)
    assert if_none_match_matches(current, f"W/{current}")
    assert if_none_match_matches(f'"x", W/"y" ,, {current}', current)
    assert if_none_match_matches("*", current)
    assert if_none_match_matches(" * ", current)
    for other in ('"abc.3"', '"abc.3.closed"', '"a,b"', ""):
        assert not if_none_match_matches(other, current), other
    for malformed in ("abc.3.open", f"{current} junk", f"*, {current}", '"unterminated'):
        assert not if_none_match_matches(malformed, current), malformed


def test_if_match_rules() -> None:
    current = make_etag("abc", 3)
    check_if_match(current, current)
    check_if_match(f'"other", {current}', current)
    check_if_match("*", current)
    with pytest.raises(PreconditionRequired):
        check_if_match(None, current)
    with pytest.raises(PreconditionFailed):
        check_if_match(make_etag("abc", 2), current)
    check_if_match(f' "a,b" ,, {current}', current)
    with pytest.raises(PreconditionFailed):
        check_if_match(f"W/{current}", current)
    for malformed in ("abc.3", f"{current} junk", f"*, {current}", '"unterminated'):
        with pytest.raises(BadRequest):
            check_if_match(malformed, current)
