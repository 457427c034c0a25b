"""Identifiers: time-ordered UUIDs (RFC 9562 version 7).

Time ordering keeps B-tree inserts local and makes keyset pagination by id follow creation
order, which is what people expect from a list of comments.
"""

import os
import time
import uuid


def new_id() -> uuid.UUID:
    millis = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (millis & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= (rand >> 68) << 64 & (0xFFF << 64)
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    return uuid.UUID(int=value)


def parse_id(value: str) -> uuid.UUID | None:
    """Parses an id from a URL; None when it cannot be one of ours (callers answer 404)."""
    try:
        return uuid.UUID(value)
    except (ValueError, AttributeError, TypeError):
        return None
