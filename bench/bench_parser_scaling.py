"""How the paragraph parser's time grows with the size of badly structured texts.

The 150-page benchmark (bench_parser.py) is a well-formed UN text. An import may also be a text
whose structure the parser cannot see, up to the 2 MiB limit, and the parse holds a worker
thread (and the GIL) meanwhile. Each shape below is built at growing sizes; a parser whose time
per megabyte stays flat grows linearly, one whose time per megabyte grows does not:

- ``prose``: lines of words and nothing else (no number, no full stop), which the parser joins
  into a few huge paragraphs;
- ``inline items``: one chapeau and tens of thousands of lettered items whose letters restart
  at (a) after (z), read as a list printed inside the sentence;
- ``numbered``: one short numbered paragraph a line;
- ``repeated``: the same numbered paragraph again and again;
- ``repeated annexes``: "Annex I" and its paragraph 1 again and again (every anchor renamed);
- ``keyword headings``: "2. Strategic objectives" and a run of "Objective N." headings above
  its "2.1" (each heading asks what decimal paragraph the run leads to: read anew for each,
  the run was cubic).

The baseline, measured in the same run on the same text, is ``str.splitlines()`` plus NFC
normalisation of every line. With ``--revise``, each text is also revised as the import
benchmark revises its document (paragraph 2 deleted, every later one renumbered, every tenth
edited, one inserted: ``bench_document_import.revise``) and the revision re-anchored against it
(``diff_versions``), as ``POST /v1/documents/{id}/versions`` does.

Usage: .venv/bin/python bench/bench_parser_scaling.py [--sizes 0.5 1 2] [--format text] [--revise]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_document_import import revise  # noqa: E402
from bench_parser import cpu_model  # noqa: E402

from consultations.anchoring import VersionParagraph, diff_versions  # noqa: E402
from consultations.parser import NoStructureError, parse_document  # noqa: E402

WORDS = ("the", "of", "development", "digital", "governance", "data", "States", "cooperation")
MEGABYTE = 1024 * 1024


def prose(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def build(shape: str, size: int) -> str:
    rng = random.Random(7)
    pieces: list[str] = []
    length = 0
    index = 0
    while length < size:
        index += 1
        if shape == "prose":
            piece = prose(rng, 12) + "\n"
        elif shape == "inline items":
            piece = ("1. The Commission:\n" if index == 1 else "") + (
                f"({chr(ord('a') + index % 26)}) {prose(rng, 8)};\n"
            )
        elif shape == "numbered":
            piece = f"{index}. {prose(rng, 6)}.\n"
        elif shape == "repeated annexes":
            piece = f"Annex I\n\n1. {prose(rng, 6)}.\n\n"
        elif shape == "keyword headings":
            piece = ("2. Strategic objectives\n\n" if index == 1 else "") + (
                f"Objective {index}. {prose(rng, 5)}\n\n"
            )
        else:
            piece = f"{index}. Reaffirms its commitment to the Global Digital Compact.\n\n"
        pieces.append(piece)
        length += len(piece.encode("utf-8"))
    if shape == "keyword headings":
        pieces.append("2.1 The strategy will be reviewed every two years.\n")
    return "".join(pieces)


def seconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def parse(text: str, fmt: str) -> int:
    try:
        return len(parse_document(text, fmt).paragraphs)  # type: ignore[arg-type]
    except NoStructureError:
        return 0


def versions(text: str, fmt: str) -> tuple[VersionParagraph, ...]:
    result = parse_document(text, fmt)  # type: ignore[arg-type]
    return tuple(VersionParagraph(p.anchor, p.text) for p in result.paragraphs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1.0, 2.0])
    parser.add_argument("--format", choices=("text", "markdown"), default="text")
    parser.add_argument("--revise", action="store_true", help="also re-anchor a revision")
    args = parser.parse_args()
    print(f"machine: {platform.platform()}; {os.cpu_count()} CPUs; {cpu_model()}")
    print(f"python: {platform.python_implementation()} {platform.python_version()}")
    print(f"format: {args.format}")
    shapes = (
        "prose",
        "inline items",
        "numbered",
        "repeated",
        "repeated annexes",
        "keyword headings",
    )
    for shape in shapes:
        print(f"\n[{shape}]")
        for megabytes in args.sizes:
            text = build(shape, int(megabytes * MEGABYTE))
            baseline = seconds(
                lambda text=text: [unicodedata.normalize("NFC", x) for x in text.splitlines()]
            )
            paragraphs = 0

            def run(text: str = text) -> None:
                nonlocal paragraphs
                paragraphs = parse(text, args.format)

            elapsed = seconds(run)
            print(
                f"  {megabytes:4.1f} MiB: {elapsed:6.2f} s ({elapsed / megabytes:5.2f} s/MiB), "
                f"{paragraphs:,} paragraphs; baseline {baseline * 1000:.1f} ms",
                end="",
            )
            if args.revise:
                pair = tuple(versions(piece, args.format) for piece in (text, revise(text)))
                elapsed = seconds(lambda pair=pair: diff_versions(*pair))
                print(f"; re-anchoring a revision {elapsed:6.2f} s")
            else:
                print()


if __name__ == "__main__":
    main()
