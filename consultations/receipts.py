"""Submission receipts: human-friendly tracking numbers and signed JWS receipts.

Tracking number
    ``<PREFIX>-R<round>-<sequence>-<check>``, e.g. ``GDC-R1-000123-K``. ``PREFIX`` is the
    consultation's ``tracking_prefix`` in upper case, reduced to ``A-Z0-9``; ``round`` is the
    round's number; ``sequence`` is the per-round counter (``rounds.next_sequence``), at least
    six digits. The check character is ISO/IEC 7064 MOD 37,36 (the hybrid system over the 36
    alphanumerics ``0-9A-Z``, as used by GRid) computed over the other characters without the
    hyphens. It catches every single-character substitution and all but about 0.2% of
    transpositions of adjacent characters, so a mistyped number is refused instead of confirming
    someone else's receipt.
    Lookups accept any letter case and surrounding whitespace, and the look-alikes people
    misread on paper: a letter O, I or L typed in the round or the sequence (digits only) is
    read as 0 or 1, and a check character that does not match is read as its look-alike
    (0 and O, 1, I and L, all in the alphabet) when that one does; issued numbers are unchanged.
    At most one character of the alphabet completes a number, so no reading is ambiguous.

Receipt
    A compact JWS (ES256, header ``{"alg": "ES256", "typ": "receipt+jws", "kid": ...}``) whose
    payload is the JSON object ``{tracking_number, comment_id, body_sha256, submitted_at}``
    (``submitted_at`` RFC 3339 UTC with ``Z``), plus for an amendment ``proposed_text_sha256``,
    so that the receipt proves the wording proposed as well as the comment; signed with the key
    active in the database when its batch is stored (``KeyRing.signing_key``, as access tokens
    are: a rotation takes effect at the next receipt).
    The keys are published in ``/.well-known/jwks.json``, so anyone can check a receipt offline;
    retired keys stay published, so old receipts keep verifying after a rotation.

``body_sha256`` is the lower-case hex SHA-256 of the UTF-8 bytes of the comment body as stored
(NFC) at submission; ``proposed_text_sha256`` the same of an amendment's proposed text. It is
the hash of the *original* submission: later edits do not change it and do not invalidate the
receipt, which proves what was submitted and when, not the current text.
"""

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

import orjson
from joserfc import jws
from joserfc.errors import JoseError
from joserfc.jwk import ECKey
from joserfc.jws import JWSRegistry

from auth.keys import ALGORITHM, KeyRing
from core.clock import rfc3339

RECEIPT_TYPE = "receipt+jws"
CHECK_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_MODULUS = len(CHECK_ALPHABET)
SEQUENCE_DIGITS = 6

_REGISTRY = JWSRegistry(algorithms=[ALGORITHM])
_NOT_ALPHANUMERIC = re.compile(r"[^A-Z0-9]")
# The round and sequence may hold the letters read as digits there (``_AS_DIGITS``).
_TRACKING_NUMBER = re.compile(r"^([A-Z0-9]+)-R([0-9OIL]+)-([0-9OIL]{6,})-([0-9A-Z])$")
_AS_DIGITS = str.maketrans("OIL", "011")
_LOOK_ALIKES = {character: group for group in ("0O", "1IL") for character in group}


def _hybrid_state(characters: str) -> int:
    """ISO/IEC 7064 hybrid system (M = 36, M + 1 = 37) after ``characters``."""
    product = _MODULUS
    for character in characters:
        total = (product + CHECK_ALPHABET.index(character)) % _MODULUS or _MODULUS
        product = (total * 2) % (_MODULUS + 1)
    return product


def check_character(payload: str) -> str:
    """The MOD 37,36 check character of ``payload`` (characters ``0-9A-Z`` only)."""
    return CHECK_ALPHABET[(_MODULUS + 1 - _hybrid_state(payload)) % _MODULUS]


def has_valid_check(value: str) -> bool:
    """True when the last character of ``value`` is the MOD 37,36 check of the others."""
    product = _hybrid_state(value[:-1])
    total = (product + CHECK_ALPHABET.index(value[-1])) % _MODULUS or _MODULUS
    return total == 1


def prefix_of(tracking_prefix: str) -> str:
    return _NOT_ALPHANUMERIC.sub("", tracking_prefix.upper()) or "C"


def make_tracking_number(tracking_prefix: str, round_number: int, sequence: int) -> str:
    prefix = prefix_of(tracking_prefix)
    digits = f"{sequence:0{SEQUENCE_DIGITS}d}"
    check = check_character(f"{prefix}R{round_number}{digits}")
    return f"{prefix}-R{round_number}-{digits}-{check}"


def normalize_tracking_number(value: str) -> str | None:
    """The canonical form of a tracking number as typed, look-alikes read as the check
    character confirms (see the module docstring), or None when it cannot be one (wrong shape
    or failed check character)."""
    match = _TRACKING_NUMBER.match(value.strip().upper())
    if match is None:
        return None
    prefix, round_number, sequence = (
        match[1],
        match[2].translate(_AS_DIGITS),
        match[3].translate(_AS_DIGITS),
    )
    typed = match[4]
    for check in (typed, *_LOOK_ALIKES.get(typed, "").replace(typed, "")):
        if has_valid_check(f"{prefix}R{round_number}{sequence}{check}"):
            return f"{prefix}-R{round_number}-{sequence}-{check}"
    return None


def is_well_formed_tracking_number(value: str) -> bool:
    """Whether ``value`` has the shape of a tracking number, whatever its check character."""
    return _TRACKING_NUMBER.match(value.strip().upper()) is not None


def text_sha256(text: str) -> str:
    """The lower-case hex SHA-256 of ``text``'s UTF-8 bytes: a receipt's ``body_sha256`` and
    ``proposed_text_sha256``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ReceiptClaims:
    tracking_number: str
    comment_id: str
    body_sha256: str
    submitted_at: str
    proposed_text_sha256: str | None = None

    @classmethod
    def of(
        cls,
        tracking_number: str,
        comment_id: object,
        body_hash: str,
        submitted_at: datetime,
        proposed_text_hash: str | None = None,
    ) -> "ReceiptClaims":
        return cls(
            tracking_number, str(comment_id), body_hash, rfc3339(submitted_at), proposed_text_hash
        )

    def as_dict(self) -> dict[str, str]:
        claims = {
            "tracking_number": self.tracking_number,
            "comment_id": self.comment_id,
            "body_sha256": self.body_sha256,
            "submitted_at": self.submitted_at,
        }
        if self.proposed_text_sha256 is not None:
            claims["proposed_text_sha256"] = self.proposed_text_sha256
        return claims


def sign_receipt(key: ECKey, claims: ReceiptClaims) -> str:
    header = {"alg": ALGORITHM, "typ": RECEIPT_TYPE, "kid": key.kid}
    payload = orjson.dumps(claims.as_dict(), option=orjson.OPT_SORT_KEYS)
    return jws.serialize_compact(header, payload, key, registry=_REGISTRY)


async def verify_receipt(keys: KeyRing, receipt: str) -> ReceiptClaims | None:
    """The claims of a receipt whose signature verifies against a published key, else None."""
    try:
        header = jws.extract_compact(receipt.encode()).protected
        if header.get("alg") != ALGORITHM or header.get("typ") != RECEIPT_TYPE:
            return None
        kid = header.get("kid")
        key_set = await keys.verification_keys(kid if isinstance(kid, str) else None)
        verified = jws.deserialize_compact(receipt, key_set, registry=_REGISTRY)
        payload = orjson.loads(verified.payload)
    except (JoseError, ValueError, UnicodeError, orjson.JSONDecodeError):
        return None
    fields = ("tracking_number", "comment_id", "body_sha256", "submitted_at")
    if not isinstance(payload, dict) or not all(isinstance(payload.get(f), str) for f in fields):
        return None
    proposed_text_hash = payload.get("proposed_text_sha256")
    if proposed_text_hash is not None and not isinstance(proposed_text_hash, str):
        return None
    return ReceiptClaims(
        tracking_number=payload["tracking_number"],
        comment_id=payload["comment_id"],
        body_sha256=payload["body_sha256"],
        submitted_at=payload["submitted_at"],
        proposed_text_sha256=proposed_text_hash,
    )
