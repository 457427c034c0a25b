"""Whether two trees of the project parse and re-anchor the same texts the same way.

Speed work on the parser and on re-anchoring must change no result. ``record`` runs the test
suite with this module as a pytest plugin, which keeps every text ``parse_document`` receives
and every pair of versions ``diff_versions`` receives (added to what earlier records kept: run it
again with ``HYPOTHESIS_PROFILE=explore`` for fresh property-test texts). ``compare`` adds the
corpus (when present), the parser and document fixtures in both formats, and the benchmark
documents with their revisions, has each tree parse and re-anchor all of it in a process of its
own, and prints how many results differ, and the first ones.

Usage:
    .venv/bin/python bench/compare_outputs.py record [pytest arguments]
    .venv/bin/python bench/compare_outputs.py compare OLD_TREE NEW_TREE
(a tree: a checkout of the project, such as ``git worktree add --detach /tmp/old <commit>``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
RECORDED = REPO / "bench" / ".recorded_inputs.json"
_RECORD_ENV = "PLENARY_RECORD_INPUTS_TO"

Texts = list[tuple[str, str]]
Pairs = list[tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]]


def _load(path: Path) -> tuple[Texts, Pairs]:
    if not path.exists():
        return [], []
    texts, pairs = json.loads(path.read_text(encoding="utf-8"))
    return [(content, fmt) for content, fmt in texts], [
        (_version(old), _version(new)) for old, new in pairs
    ]


def _version(paragraphs: list[list[str]]) -> tuple[tuple[str, str], ...]:
    return tuple((anchor, text) for anchor, text in paragraphs)


def _save(path: Path, texts: Texts, pairs: Pairs) -> None:
    path.write_text(json.dumps([texts, pairs], ensure_ascii=False), encoding="utf-8")


# --------------------------------------------------------------------------- the pytest plugin


_recorded_texts: dict[tuple[str, str], None] = {}
_recorded_pairs: dict[Any, None] = {}


def _start_recording() -> None:
    """Wraps the parser and re-anchoring as this plugin is imported, before the conftest and
    the modules that import them by name (``consultations.documents``) are."""
    from consultations import anchoring, parser

    parse_document, diff_versions = parser.parse_document, anchoring.diff_versions

    def recording_parse(content: str, fmt: Any = "text") -> Any:
        _recorded_texts[(content, fmt)] = None
        return parse_document(content, fmt)

    def recording_diff(old: Any, new: Any) -> Any:
        versions = tuple(tuple((p.anchor, p.text) for p in version) for version in (old, new))
        _recorded_pairs[versions] = None
        return diff_versions(old, new)

    parser.parse_document = recording_parse
    anchoring.diff_versions = recording_diff


if os.environ.get(_RECORD_ENV):
    _start_recording()


def pytest_unconfigure(config: Any) -> None:
    target = os.environ.get(_RECORD_ENV)
    if not target:
        return
    earlier_texts, earlier_pairs = _load(Path(target))
    _save(
        Path(target),
        list(dict.fromkeys([*earlier_texts, *_recorded_texts])),
        list(dict.fromkeys([*earlier_pairs, *_recorded_pairs])),
    )


# --------------------------------------------------------------------------- the commands


def record(pytest_arguments: list[str]) -> int:
    environment = {
        **os.environ,
        _RECORD_ENV: str(RECORDED),
        "PYTHONPATH": os.pathsep.join([str(REPO / "bench"), os.environ.get("PYTHONPATH", "")]),
    }
    command = [sys.executable, "-m", "pytest", "-p", "compare_outputs", *pytest_arguments]
    code = subprocess.call(command, cwd=REPO, env=environment)
    texts, pairs = _load(RECORDED)
    print(f"recorded so far: {len(texts)} texts, {len(pairs)} pairs of versions in {RECORDED}")
    return code


def _inputs() -> tuple[Texts, Pairs]:
    sys.path[:0] = [str(REPO), str(REPO / "bench")]
    from bench_document_import import revise
    from bench_parser import build_document

    from consultations.parser import parse_document

    texts, pairs = _load(RECORDED)
    files = sorted((REPO.parent / "shared" / "corpus").glob("*"))
    files += sorted((REPO / "tests" / "fixtures" / "parser").glob("*"))
    files += sorted((REPO / "tests" / "fixtures" / "documents").glob("*"))
    for path in files:
        content = path.read_text(encoding="utf-8")
        texts += [(content, "text"), (content, "markdown")]
    for language in ("en", "zh"):
        document = build_document(language)
        texts += [(document, "text"), (revise(document), "text")]
        old, new = (parse_document(piece).paragraphs for piece in (document, revise(document)))
        pairs.append(
            (tuple((p.anchor, p.text) for p in old), tuple((p.anchor, p.text) for p in new))
        )
    return list(dict.fromkeys(texts)), list(dict.fromkeys(pairs))


def outputs(tree: str, inputs: str, target: str) -> None:
    """Run in a process of its own: the tree's parser and re-anchoring on every input."""
    sys.path.insert(0, tree)
    from consultations.anchoring import VersionParagraph, diff_versions
    from consultations.parser import NoStructureError, parse_document

    texts, pairs = _load(Path(inputs))
    results = []
    for content, fmt in texts:
        try:
            parsed = parse_document(content, fmt)  # type: ignore[arg-type]
        except (NoStructureError, ValueError) as error:  # no structure; an unknown format
            results.append(f"refused: {error}")
            continue
        rows = [
            (p.anchor, p.label, p.kind, p.parent, p.ordinal, tuple(p.heading_path), p.text)
            for p in parsed.paragraphs
        ]
        results.append(repr((rows, parsed.warnings)))
    for old, new in pairs:
        versions = [tuple(VersionParagraph(*p) for p in version) for version in (old, new)]
        try:
            results.append(repr(diff_versions(*versions)))
        except ValueError as error:
            results.append(f"refused: {error}")
    Path(target).write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")


def compare(old_tree: str, new_tree: str) -> int:
    texts, pairs = _inputs()
    labels = [f"{fmt} {content[:80]!r}" for content, fmt in texts]
    labels += [f"versions of {len(old)} and {len(new)} paragraphs" for old, new in pairs]
    with tempfile.TemporaryDirectory() as directory:
        inputs = Path(directory) / "inputs.json"
        _save(inputs, texts, pairs)
        results = []
        for index, tree in enumerate((old_tree, new_tree)):
            target = Path(directory) / f"{index}.json"
            command = [sys.executable, __file__, "outputs", tree, str(inputs), str(target)]
            subprocess.run(command, check=True)
            results.append(json.loads(target.read_text(encoding="utf-8")))
    differing = [i for i, (old, new) in enumerate(zip(*results, strict=True)) if old != new]
    print(f"{len(texts)} texts and {len(pairs)} pairs of versions: {len(differing)} differ")
    for index in differing[:5]:
        print(f"- {labels[index]}")
        print(f"  old: {results[0][index][:400]}\n  new: {results[1][index][:400]}")
    return 1 if differing else 0


def main() -> int:
    command, *arguments = sys.argv[1:] or ["--help"]
    if command == "record":
        return record(arguments)
    if command == "compare" and len(arguments) == 2:
        return compare(*arguments)
    if command == "outputs" and len(arguments) == 3:
        outputs(*arguments)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
