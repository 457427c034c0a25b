"""Timing of near-duplicate detection: signing, band keys, candidate checks and clustering.

Run: ``.venv/bin/python -m bench.bench_similarity``. It reuses the comment generators of the
acceptance test so the texts have realistic lengths (English 40-120 words, Chinese 3-8 sentences).

Recorded on a 2-CPU x86_64 Linux container, Python 3.11.7, numpy 2.4.6, datasketch 2.0.0, with
10,000 texts of 595 characters on average: signing 2.6 s (0.26 ms each), band keys 0.09 ms
each, one new comment checked against 1,000 stored candidate signatures (bytes) 3.8 ms,
cluster_texts of 2,000 comments 1.1 s and of 5,000 comments 3.2 s (signing included).
"""

import os
import platform
import random
import time
from collections.abc import Callable
from functools import partial

import datasketch
import numpy as np

from consultations.similarity import (
    band_keys,
    cluster_texts,
    near_duplicates,
    signature,
    signature_to_bytes,
)
from tests.consultations.test_similarity import (
    chinese_comment,
    chinese_variant,
    english_comment,
    english_variant,
)


def timed(label: str, action: Callable[[], object], count: int) -> None:
    started = time.perf_counter()
    action()
    elapsed = time.perf_counter() - started
    print(f"{label:<48} {elapsed:8.3f} s  {elapsed / count * 1000:8.3f} ms each")


def main() -> None:
    print(
        f"machine: {platform.machine()} {platform.system()} {platform.release()}, "
        f"{os.cpu_count()} CPUs, {platform.processor() or 'unknown processor'}"
    )
    print(
        f"python {platform.python_version()}, numpy {np.__version__}, "
        f"datasketch {datasketch.__version__}"
    )
    rng = random.Random(1)
    texts = [english_comment(rng) for _ in range(8000)]
    texts += [chinese_comment(rng) for _ in range(1500)]
    texts += [english_variant(rng) for _ in range(400)] + [chinese_variant(rng) for _ in range(100)]
    print(f"texts: {len(texts)}, mean length {sum(map(len, texts)) / len(texts):.0f} characters")

    timed("sign 10,000 comments", lambda: [signature(text) for text in texts], len(texts))
    signatures = [signature(text) for text in texts]
    timed("band keys for 10,000 signatures", lambda: [band_keys(s) for s in signatures], 10_000)
    stored = [(str(index), signature_to_bytes(s)) for index, s in enumerate(signatures[:1000])]
    timed(
        "near_duplicates against 1,000 stored candidates",
        lambda: [near_duplicates(signatures[-1], stored) for _ in range(100)],
        100,
    )
    for size in (2000, 5000):
        items = [(f"c{index:05d}", text) for index, text in enumerate(texts[-size:])]
        timed(f"cluster_texts of {size:,} comments", partial(cluster_texts, items), size)


if __name__ == "__main__":
    main()
