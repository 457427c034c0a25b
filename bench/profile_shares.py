"""Where a running server spends its time, from a py-spy profile: each function's share of the
samples in which the event loop was busy (inclusive: the function or anything it called).

py-spy is not a project dependency (it attaches to another process, which CI has no use for);
install it apart, record while a benchmark runs, then read the file with this script:

    python3 -m venv /tmp/pyspy && /tmp/pyspy/bin/pip install py-spy
    /tmp/pyspy/bin/py-spy record -p <uvicorn pid> -d 15 -r 200 -f raw --nonblocking -o prof.txt
    .venv/bin/python bench/profile_shares.py prof.txt [--top 40] [--match _store _match]

A raw profile holds one line per distinct stack, "frame;frame;...;frame count". Samples whose
stack does not reach the event loop (``Runner.run``) are idle threads and are left out.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

_EVENT_LOOP = "Runner.run"


def frame_name(frame: str) -> str:
    """ "Batcher._run (core/batching.py:88)" -> "Batcher._run core/batching.py"."""
    name, _, where = frame.partition(" (")
    return f"{name} {where.rsplit(':', 1)[0]}" if where else name


def shares(lines: list[str]) -> tuple[int, Counter[str]]:
    busy = 0
    inclusive: Counter[str] = Counter()
    for line in lines:
        stack, _, count = line.rstrip().rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = [frame_name(frame) for frame in stack.split(";")]
        if not any(_EVENT_LOOP in frame for frame in frames):
            continue
        busy += int(count)
        for name in set(frames):
            inclusive[name] += int(count)
    return busy, inclusive


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("profile", type=Path, help="py-spy record -f raw output")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--match", nargs="*", default=[], help="only frames containing these")
    args = parser.parse_args()
    busy, inclusive = shares(args.profile.read_text().splitlines())
    print(f"{busy} samples with the event loop busy")
    shown = [
        (name, count)
        for name, count in inclusive.most_common()
        if not args.match or any(part in name for part in args.match)
    ]
    for name, count in shown[: args.top]:
        print(f"{count / busy * 100:5.1f}%  {name}")


if __name__ == "__main__":
    main()
