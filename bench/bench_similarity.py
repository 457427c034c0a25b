"""Timing of near-duplicate detection: signing, band keys, candidate checks and clustering.

Run: ``.venv/bin/python -m bench.bench_similarity``. It reuses the comment generators of the
acceptance test so the texts have realistic lengths (English 40-120 words, Chinese 3-8 sentences).

Per comment, it times the signature alone, the signature and its band keys, and the stored form
(``signature_bytes``) and its band keys, on a 500-character English comment and a 200-character
Chinese one: the best of 20 runs of 500 calls each. Then signatures per second over 10,000
comments (best of 3), band keys, one new comment checked against 1,000 stored candidates, and
clustering.

``--baseline PATH`` also times another version of ``consultations/similarity.py`` on the same
texts, its runs interleaved with the current module's so that other work on the machine weighs
on both alike; for example the version before signing without datasketch's ``update_batch``:

    git show c1f6ff6:consultations/similarity.py > /tmp/similarity_before.py
    .venv/bin/python -m bench.bench_similarity --baseline /tmp/similarity_before.py

Recorded figures are in ``bench/RESULTS.md`` ("Similarity").
"""

import argparse
import importlib.util
import os
import platform
import random
import sys
import time
import timeit
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import ModuleType

import datasketch
import numpy as np

from bench.bench_parser import cpu_model
from consultations import similarity
from tests.comment_texts import (
    chinese_comment,
    chinese_variant,
    english_comment,
    english_variant,
)

PER_TEXT_CALLS = 500
PER_TEXT_RUNS = 20
CORPUS_RUNS = 3


def timed(label: str, action: Callable[[], object], count: int) -> None:
    started = time.perf_counter()
    action()
    elapsed = time.perf_counter() - started
    print(f"{label:<56} {elapsed:8.3f} s  {elapsed / count * 1000:8.3f} ms each")


def best_interleaved(
    actions: dict[str, Callable[[], object]], calls: int, runs: int
) -> dict[str, float]:
    """Seconds per call of each action: the best of ``runs`` runs of ``calls`` calls, the
    actions' runs taking turns."""
    best = dict.fromkeys(actions, float("inf"))
    for _ in range(runs):
        for name, action in actions.items():
            best[name] = min(best[name], timeit.timeit(action, number=calls) / calls)
    return best


def stored_signature(module: ModuleType) -> Callable[[str], bytes]:
    if hasattr(module, "signature_bytes"):
        return module.signature_bytes
    return lambda text: module.signature_to_bytes(module.signature(text))


def load_baseline(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("similarity_baseline", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"not a Python module: {path}")
    module = importlib.util.module_from_spec(spec)
    # Its dataclasses look their module up while they are being defined.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def first_of_length(generate: Callable[[random.Random], str], shortest: int, longest: int) -> str:
    rng = random.Random(5)
    while not shortest <= len(text := generate(rng)) <= longest:
        pass
    return text


def per_text_actions(module: ModuleType, text: str) -> dict[str, Callable[[], object]]:
    sign_stored = stored_signature(module)
    return {
        "signature": partial(module.signature, text),
        "signature + band keys": lambda: module.band_keys(module.signature(text)),
        "signature_bytes + band keys": lambda: module.band_keys(sign_stored(text)),
    }


def compare_per_text(modules: dict[str, ModuleType], samples: dict[str, str]) -> None:
    print(f"{'µs per comment':<56} " + " ".join(f"{name:>9}" for name in modules))
    for language, text in samples.items():
        actions_of = {name: per_text_actions(module, text) for name, module in modules.items()}
        for case in actions_of["current"]:
            actions = {name: actions_of[name][case] for name in modules}
            best = best_interleaved(actions, PER_TEXT_CALLS, PER_TEXT_RUNS)
            label = f"{case}, {language} ({len(text)} characters)"
            print(f"{label:<56} " + " ".join(f"{best[name] * 1e6:9.1f}" for name in modules))


def sign_all(module: ModuleType, texts: list[str]) -> list[tuple[int, ...]]:
    return [module.signature(text) for text in texts]


def compare_signing(modules: dict[str, ModuleType], texts: list[str]) -> None:
    actions = {name: partial(sign_all, module, texts) for name, module in modules.items()}
    best = best_interleaved(actions, 1, CORPUS_RUNS)
    for name, seconds in best.items():
        label = f"sign {len(texts):,} comments, {name}"
        print(f"{label:<56} {seconds:8.3f} s  {len(texts) / seconds:8,.0f} signatures/s")


def main() -> None:
    parser = argparse.ArgumentParser(description="Timing of near-duplicate detection.")
    parser.add_argument(
        "--baseline",
        type=Path,
        help="another version of consultations/similarity.py to time on the same texts",
    )
    arguments = parser.parse_args()
    print(
        f"machine: {platform.machine()} {platform.system()} {platform.release()}, "
        f"{os.cpu_count()} CPUs, {cpu_model()}"
    )
    print(
        f"python {platform.python_version()}, numpy {np.__version__}, "
        f"datasketch {datasketch.__version__}"
    )
    modules = {"current": similarity}
    if arguments.baseline:
        modules = {"baseline": load_baseline(arguments.baseline), **modules}

    samples = {
        "English": first_of_length(english_comment, 480, 520),
        "Chinese": first_of_length(chinese_comment, 190, 210),
    }
    compare_per_text(modules, samples)

    rng = random.Random(1)
    texts = [english_comment(rng) for _ in range(8000)]
    texts += [chinese_comment(rng) for _ in range(1500)]
    texts += [english_variant(rng) for _ in range(400)] + [chinese_variant(rng) for _ in range(100)]
    print(f"texts: {len(texts)}, mean length {sum(map(len, texts)) / len(texts):.0f} characters")
    compare_signing(modules, texts)

    signatures = [similarity.signature(text) for text in texts]
    timed(
        "band keys for 10,000 signatures",
        lambda: [similarity.band_keys(s) for s in signatures],
        10_000,
    )
    stored = [
        (str(index), similarity.signature_to_bytes(s)) for index, s in enumerate(signatures[:1000])
    ]
    timed(
        "near_duplicates against 1,000 stored candidates",
        lambda: [similarity.near_duplicates(signatures[-1], stored) for _ in range(100)],
        100,
    )
    for size in (2000, 5000):
        items = [(f"c{index:05d}", text) for index, text in enumerate(texts[-size:])]
        timed(f"cluster_texts of {size:,} comments", partial(similarity.cluster_texts, items), size)


if __name__ == "__main__":
    main()
