"""Tracking numbers (ISO 7064 MOD 37,36 check character) and signed JWS receipts."""

import string
from random import Random

import orjson
from hypothesis import given
from hypothesis import strategies as st
from joserfc import jws

from api.state import AppState
from consultations.receipts import (
    CHECK_ALPHABET,
    RECEIPT_TYPE,
    ReceiptClaims,
    check_character,
    has_valid_check,
    make_tracking_number,
    normalize_tracking_number,
    prefix_of,
    sign_receipt,
    text_sha256,
    verify_receipt,
)
from core.clock import utcnow
from tests.factories import (
    make_comment,
    make_consultation,
    make_document,
    make_organization,
    make_round,
    make_user,
)

ALPHANUMERIC = st.text(alphabet=CHECK_ALPHABET, min_size=1, max_size=30)


def test_check_character_matches_the_published_grid_example() -> None:
    # GRid (Global Release Identifier) uses ISO 7064 MOD 37,36: A1-2425G-ABC1234002-M.
    assert check_character("A12425GABC1234002") == "M"
    assert has_valid_check("A12425GABC1234002M")


def test_tracking_number_shape() -> None:
    number = make_tracking_number("gdc", 1, 123)
    assert number.startswith("GDC-R1-000123-")
    assert len(number) == len("GDC-R1-000123-K")
    assert make_tracking_number("GDC", 2, 1_234_567).startswith("GDC-R2-1234567-")


def test_prefix_keeps_only_alphanumerics() -> None:
    assert prefix_of("wsis+20 / rev") == "WSIS20REV"
    assert prefix_of("---") == "C"


@given(ALPHANUMERIC)
def test_every_payload_with_its_check_validates(payload: str) -> None:
    assert has_valid_check(payload + check_character(payload))


@given(ALPHANUMERIC, st.data())
def test_any_single_substitution_is_caught(payload: str, data: st.DataObject) -> None:
    full = payload + check_character(payload)
    position = data.draw(st.integers(0, len(full) - 1))
    replacement = data.draw(st.sampled_from(CHECK_ALPHABET).filter(lambda c: c != full[position]))
    assert not has_valid_check(full[:position] + replacement + full[position + 1 :])


def test_nearly_every_adjacent_transposition_is_caught() -> None:
    random = Random(7064)
    caught = total = 0
    for _ in range(5000):
        payload = "".join(random.choices(CHECK_ALPHABET, k=random.randint(2, 20)))
        full = payload + check_character(payload)
        position = random.randrange(len(full) - 1)
        swapped = full[:position] + full[position + 1] + full[position] + full[position + 2 :]
        if swapped != full:
            total += 1
            caught += not has_valid_check(swapped)
    assert caught / total > 0.995


@given(
    st.text(alphabet=string.ascii_letters + string.digits + "-", min_size=1, max_size=12),
    st.integers(1, 99),
    st.integers(1, 10_000_000),
)
def test_generated_numbers_normalize_to_themselves(prefix: str, round_no: int, seq: int) -> None:
    number = make_tracking_number(prefix, round_no, seq)
    assert normalize_tracking_number(number) == number
    assert normalize_tracking_number(f"  {number.lower()} ") == number


def test_mistyped_numbers_are_refused() -> None:
    number = make_tracking_number("GDC", 1, 123)
    digit = "4" if number[-6] != "4" else "5"
    assert normalize_tracking_number(number[:-6] + digit + number[-5:]) is None
    assert normalize_tracking_number("GDC-R1-123-" + number[-1]) is None
    assert normalize_tracking_number("not a number") is None
    assert normalize_tracking_number("") is None


def test_text_hash_is_of_utf8_text() -> None:
    assert text_sha256("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert text_sha256("数字") != text_sha256("数 字")


async def test_receipt_signs_and_verifies_with_published_key(state: AppState) -> None:
    key = await state.keys.signing_key()
    claims = ReceiptClaims.of("GDC-R1-000001-X", "id-1", text_sha256("text"), utcnow())
    receipt = sign_receipt(key, claims)
    header = jws.extract_compact(receipt.encode()).protected
    assert header == {"alg": "ES256", "typ": RECEIPT_TYPE, "kid": key.kid}
    assert await verify_receipt(state.keys, receipt) == claims
    payload = orjson.loads(jws.extract_compact(receipt.encode()).payload)
    assert payload["submitted_at"].endswith("Z")
    assert key.kid in {k["kid"] for k in (await state.keys.jwks())["keys"]}


async def test_receipt_survives_key_rotation(state: AppState) -> None:
    claims = ReceiptClaims.of("GDC-R1-000001-X", "id-1", text_sha256("text"), utcnow())
    receipt = sign_receipt(await state.keys.signing_key(), claims)
    await state.keys.rotate()
    assert await verify_receipt(state.keys, receipt) == claims


async def test_tampered_or_foreign_receipts_do_not_verify(state: AppState) -> None:
    key = await state.keys.signing_key()
    claims = ReceiptClaims.of("GDC-R1-000001-X", "id-1", text_sha256("text"), utcnow())
    receipt = sign_receipt(key, claims)
    header, _payload, signature = receipt.split(".")
    other = jws.serialize_compact(
        {"alg": "ES256", "typ": RECEIPT_TYPE, "kid": key.kid},
        orjson.dumps({**claims.as_dict(), "comment_id": "id-2"}),
        key,
    )
    forged = f"{header}.{other.split('.')[1]}.{signature}"
    assert await verify_receipt(state.keys, forged) is None
    assert await verify_receipt(state.keys, "a.b.c") is None
    assert await verify_receipt(state.keys, "") is None
    access_style = jws.serialize_compact(
        {"alg": "ES256", "typ": "at+jwt", "kid": key.kid}, orjson.dumps(claims.as_dict()), key
    )
    assert await verify_receipt(state.keys, access_style) is None


async def test_make_comment_factory_issues_sequential_receipts(state: AppState) -> None:
    author = await make_user(state)
    organization = await make_organization(state, representatives=[author])
    consultation = await make_consultation(state, slug="gdc")
    round_ = await make_round(state, consultation, await make_document(state, consultation))
    first = await make_comment(state, round_, organization, author=author, body="One")
    second = await make_comment(state, round_, organization, body="Two")
    assert first.tracking_number == make_tracking_number("GDC", 1, 1)
    assert second.tracking_number == make_tracking_number("GDC", 1, 2)
    verified = await verify_receipt(state.keys, first.receipt)
    assert verified is not None
    assert verified.comment_id == str(first.id)
    assert verified.body_sha256 == text_sha256("One")
