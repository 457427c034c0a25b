"""Argon2id password hashing (argon2-cffi's RFC 9106 low-memory profile).

Passwords are NFC-normalised before hashing and checking, so the same password typed on
keyboards that compose accents differently (é as one code point or as e + combining accent)
still matches.
"""

import unicodedata
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 10


@cache
def _hasher() -> PasswordHasher:
    return PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher().hash(unicodedata.normalize("NFC", password))


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher().verify(password_hash, unicodedata.normalize("NFC", password))
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher().check_needs_rehash(password_hash)
