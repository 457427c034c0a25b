"""Timing of consultations.anchoring on a 150-page draft (about 1,000 paragraphs).

Run: .venv/bin/python bench/bench_anchoring.py [--paragraphs N]
Every repetition uses freshly generated texts, so the per-text caches start cold and the times
are those of a first diff. Scenarios: identical versions; one paragraph deleted near the top
(everything after renumbered); every paragraph lightly edited and renumbered (the worst case:
no identical text to anchor on), in English and in Chinese; every paragraph rewritten (each
old one left over, looked for in the whole new text); resolving 1,000 quoted comments across
an edited revision. It also counts wrongly paired paragraphs in the worst case.

Recorded (Python 3.11, 2 shared vCPUs under load from other jobs, best of 3, cold caches; the
script also prints the worst of the 3):
    identical versions                                      ~80 ms
    paragraph 6 deleted, rest renumbered                    ~80-100 ms
    every paragraph edited and renumbered                   ~330-390 ms
    every paragraph edited and renumbered (Chinese)         ~165 ms
    wrongly paired paragraphs (English, Chinese)            0, 0
    resolve 1,000 quoted comments across an edited revision ~0.9 s (diff computed once, cached)
A fully shuffled and edited 1,000-paragraph version (every paragraph needs the n-gram index)
took ~0.8 s with this synthetic 77-word vocabulary; real texts have far rarer n-grams.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

from consultations.anchoring import (
    TextQuote,
    VersionDiff,
    VersionParagraph,
    diff_versions,
    resolve_anchor,
)

PARAGRAPHS = 1000
DELETED = 5
REPEAT = 3
VOCABULARY = (
    "development sustainable digital States Member cooperation international capacity data "
    "connectivity governance rights human access inclusive resolution implementation report "
    "Secretary-General review stakeholders private sector civil society technical academic "
    "financing infrastructure public national strategies privacy security trust gender women "
    "girls youth education health climate environment innovation science technology transfer "
    "developing countries least developed small island multilingual content local languages "
    "the of and to in for on with by that as an at all its their which be are is"
)
WORDS = VOCABULARY.split()
# The running words of the English parser fixtures, as often as they occur there: a text's
# word frequencies, so that its n-grams are as rare as a real text's.
FIXTURE_WORDS = re.findall(
    r"[A-Za-z]+",
    " ".join(
        path.read_text(encoding="utf-8")
        for path in sorted((Path(__file__).resolve().parents[1] / "tests" / "fixtures").rglob("*"))
        if path.suffix in (".txt", ".md") and ".en." in path.name
    ),
)
HANZI = "数字发展可持续国家合作国际能力数据连通治理权利人类获取包容决议执行报告秘书长审查利益攸关方"

Versions = tuple[tuple[VersionParagraph, ...], tuple[VersionParagraph, ...]]


def english_paragraph(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(25, 70))) + "."


def fixture_words_paragraph(rng: random.Random) -> str:
    return " ".join(rng.choice(FIXTURE_WORDS) for _ in range(rng.randint(20, 80))) + "."


def chinese_paragraph(rng: random.Random) -> str:
    return "".join(rng.choice(HANZI) for _ in range(rng.randint(40, 160))) + "。"


def english_edit(text: str, rng: random.Random) -> str:
    position = rng.randrange(len(text) // 2)
    return text[:position] + "shall " + text[position + 3 :]


def chinese_edit(text: str, rng: random.Random) -> str:
    position = rng.randrange(len(text) // 2)
    return text[:position] + "重大" + text[position + 2 :]


def version(texts: list[str]) -> tuple[VersionParagraph, ...]:
    return tuple(VersionParagraph(str(index + 1), text) for index, text in enumerate(texts))


def scenario(
    rng: random.Random,
    paragraph: Callable[[random.Random], str],
    edit: Callable[[str, random.Random], str] | None,
) -> Versions:
    texts = [paragraph(rng) for _ in range(PARAGRAPHS)]
    if edit is None:
        return version(texts), version(texts)
    kept = texts[:DELETED] + texts[DELETED + 1 :]
    return version(texts), version([edit(text, rng) for text in kept])


def wrongly_paired(diff: VersionDiff) -> int:
    def expected(index: int) -> str | None:
        if index == DELETED:
            return None
        return str(index + 1 if index < DELETED else index)

    return sum(1 for index, item in enumerate(diff.items) if item.new_anchor != expected(index))


def timed(label: str, make: Callable[[], Versions], run: Callable[[Versions], object]) -> object:
    times = []
    result: object = None
    for _ in range(REPEAT):
        versions = make()
        started = time.perf_counter()
        result = run(versions)
        times.append(time.perf_counter() - started)
    # The worst too: fresh random texts vary, the rewrite scenarios by a factor of two or more.
    print(f"{label:<60} {min(times) * 1000:8.1f} ms (worst {max(times) * 1000:8.1f} ms)")
    return result


def main() -> None:
    global PARAGRAPHS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=PARAGRAPHS)
    PARAGRAPHS = parser.parse_args().paragraphs
    rng = random.Random(20250917)

    def diff(versions: Versions) -> VersionDiff:
        return diff_versions(*versions)

    timed("identical versions", lambda: scenario(rng, english_paragraph, None), diff)
    timed(
        f"paragraph {DELETED + 1} deleted, rest renumbered",
        lambda: scenario(rng, english_paragraph, lambda text, _: text),
        diff,
    )
    english = timed(
        "every paragraph edited and renumbered",
        lambda: scenario(rng, english_paragraph, english_edit),
        diff,
    )
    chinese = timed(
        "every paragraph edited and renumbered (Chinese)",
        lambda: scenario(rng, chinese_paragraph, chinese_edit),
        diff,
    )
    assert isinstance(english, VersionDiff)
    assert isinstance(chinese, VersionDiff)
    print(
        f"{'wrongly paired paragraphs (English, Chinese)':<60} {wrongly_paired(english):4d}", end=""
    )
    print(f" {wrongly_paired(chinese):4d}")

    def resolve_all(versions: Versions) -> None:
        old, new = versions
        for paragraph in old:
            start = rng.randrange(max(1, len(paragraph.text) - 40))
            quote = TextQuote(
                paragraph.text[start : start + 30], paragraph.text[max(0, start - 20) : start]
            )
            resolve_anchor(paragraph.anchor, quote, [(old, new)])

    def rewritten(paragraph: Callable[[random.Random], str]) -> Callable[[], Versions]:
        def texts() -> tuple[VersionParagraph, ...]:
            return version([paragraph(rng) for _ in range(PARAGRAPHS)])

        return lambda: (texts(), texts())

    timed("every paragraph rewritten (no text in common)", rewritten(english_paragraph), diff)
    timed(
        "every paragraph rewritten, words as often as in the fixtures",
        rewritten(fixture_words_paragraph),
        diff,
    )
    timed(
        f"resolve {PARAGRAPHS:,} quoted comments across an edited revision",
        lambda: scenario(rng, english_paragraph, english_edit),
        resolve_all,
    )


if __name__ == "__main__":
    main()
