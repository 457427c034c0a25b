"""Ids, cursors and entity tags."""

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.errors import BadRequest, PreconditionFailed, PreconditionRequired
from core.etag import check_if_match, make_etag
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
        st.one_of(st.integers(-(2**63), 2**63 - 1), st.text(max_size=30)), min_size=1, max_size=4
    )
)
def test_cursor_round_trip(values: list[object]) -> None:
    cursor = encode_cursor(values)
    assert cursor.isascii()
    assert "=" not in cursor
    assert decode_cursor(cursor, len(values)) == values


@pytest.mark.parametrize("cursor", ["%%%", "bm90IGpzb24", encode_cursor([1, 2])])
def test_foreign_cursors_are_rejected(cursor: str) -> None:
    with pytest.raises(BadRequest):
        decode_cursor(cursor, 1)


def test_id_cursors_hold_exactly_one_id() -> None:
    identifier = new_id()
    assert decode_id_cursor(encode_cursor([str(identifier)])) == identifier
    for foreign in ([7], ["not-an-id"], [str(identifier), str(identifier)]):
        with pytest.raises(BadRequest):
            decode_id_cursor(encode_cursor(foreign))


def test_split_page_sets_next_cursor_only_when_more_rows_exist() -> None:
    full = split_page([1, 2, 3], 2, key=lambda row: [row])
    assert full.items == [1, 2]
    assert full.next_cursor == encode_cursor([2])
    assert split_page([1, 2], 2, key=lambda row: [row]).next_cursor is None


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
