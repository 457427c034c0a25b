"""Benchmark the paragraph parser on a 150-page UN text (~75,000 words, ~450 KB).

The document is built from the parser fixtures (tests/fixtures/parser/charter.*.txt): their
paragraph texts are renumbered and repeated, wrapped like PDF extraction output (blank line
between wrapped lines), with a running header, page number and job number every page, footnote
blocks with glued markers, section headings and lettered sub-paragraphs. The baseline, measured
in the same run on the same text, is the least any parser must do: ``str.splitlines()`` plus NFC
normalisation of every line.

Usage: .venv/bin/python bench/bench_parser.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from consultations.parser import parse_document  # noqa: E402
from consultations.parser_text import to_roman  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures" / "parser"
TARGET_BYTES = 450_000
TARGET_WORDS = 75_000  # English words; Chinese is sized by bytes alone
LINES_PER_PAGE = 46


def wrap(text: str, width: int, *, cjk: bool) -> list[str]:
    if cjk:
        return [text[i : i + width] for i in range(0, len(text), width)]
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return [*lines, current]


def build_document(language: str) -> str:
    """A long document in the fixture's language, renumbered so that it parses cleanly."""
    fixture = parse_document((FIXTURES / f"charter.{language}.txt").read_text(encoding="utf-8"))
    bodies = [p.text for p in fixture.paragraphs if p.kind == "operative" and "\n" not in p.text]
    items = [p.text for p in fixture.paragraphs if p.kind == "subparagraph" and "." in p.anchor]
    cjk = language == "zh"
    width = 38 if cjk else 84
    marker_after = "》" if cjk else ","
    out: list[str] = []
    size = words = 0
    page = 1
    footnotes: list[str] = []
    footnote_number = 0

    def add(*lines: str) -> None:
        nonlocal size, words
        for line in lines:
            out.append(line)
            size += len(line.encode("utf-8")) + 1
            words += len(line.split())

    def emit(text: str) -> None:
        nonlocal page
        for line in wrap(text, width, cjk=cjk):
            add(line, "")
            if len(out) >= page * LINES_PER_PAGE * 2:
                if footnotes:
                    add("____________", "")
                    for footnote in footnotes:
                        add(footnote, "")
                    footnotes.clear()
                add("A/RES/80/999", "", f"{page}/150", "", f"25-{12000 + page}", "")
                page += 1

    number = 0
    while size < TARGET_BYTES or (not cjk and words < TARGET_WORDS):
        number += 1
        if number % 25 == 1:
            section = number // 25 + 1
            title = f"{'章节' if cjk else 'Section'} {section}"
            add(f"{to_roman(section).upper()}. {title}", "")
        body = bodies[number % len(bodies)]
        if number % 7 == 0:
            footnote_number += 1
            body = body.replace(marker_after, f"{marker_after}{footnote_number}", 1)
            note = "第70/1号决议。" if cjk else "Resolution 70/1."
            footnotes.append(f"{footnote_number} {note}")
        if number % 3 == 0:
            emit(f"{number}. {body.rstrip('.。')}{'：' if cjk else ':'}")
            for index, item in enumerate(items[:6]):
                emit(f"({'abcdef'[index]}) {item}")
        else:
            emit(f"{number}. {body}")
    return "\n".join(out)


def baseline(content: str) -> int:
    return sum(len(unicodedata.normalize("NFC", line)) for line in content.splitlines())


def time_runs(function: Callable[[], object], runs: int) -> list[float]:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    return timings


def cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print(f"machine: {platform.platform()}; {os.cpu_count()} CPUs; {cpu_model()}")
    print(f"python: {platform.python_implementation()} {platform.python_version()}")
    for language in ("en", "zh"):
        content = build_document(language)
        result = parse_document(content)
        operative = sum(1 for p in result.paragraphs if p.kind == "operative")
        volume = (
            f"~{len(content.split()):,} words"
            if language == "en"
            else f"{sum(1 for ch in content if ch > '⺀'):,} CJK characters"
        )
        print(
            f"\n[{language}] {len(content.encode('utf-8')) / 1000:.0f} KB, {volume}, "
            f"{content.count(chr(10)) + 1:,} lines, {len(result.paragraphs):,} paragraphs "
            f"({operative} operative), {len(result.warnings)} warnings"
        )
        parse_times = time_runs(lambda content=content: parse_document(content), args.runs)
        base_times = time_runs(lambda content=content: baseline(content), args.runs)
        parse_median = statistics.median(parse_times)
        base_median = statistics.median(base_times)
        print(
            f"  parse_document: median {parse_median * 1000:.1f} ms, "
            f"min {min(parse_times) * 1000:.1f} ms over {args.runs} runs"
        )
        print(
            f"  baseline splitlines+NFC: median {base_median * 1000:.1f} ms, "
            f"min {min(base_times) * 1000:.1f} ms"
        )
        print(f"  ratio parse/baseline: {parse_median / base_median:.0f}x")


if __name__ == "__main__":
    main()
