"""A table of contents without dot leaders is read in time linear in the document's length.

Whether such a list is one (``_Parser.unpaged_contents``) depends on whether the body prints its
entries again as headings; each entry used to be compared with every line standing alone below
it, so a long list above a long body took seconds: 1,000 entries above 1,000 headings, about
10 s (its entries looked up in the sorted headings, 0.3 s).
"""

from __future__ import annotations

import gc
import time

import pytest

from consultations.parser import parse_document

_TOPICS = ("digital", "cooperation", "capacity", "financing", "data", "governance", "rights")
_COVER = "United Nations\tA/80/L.1\nGeneral Assembly\tDistr.: General\n12 March 2026\n\n"


def _title(number: int) -> str:
    topic = " and ".join(_TOPICS[(number + k) % len(_TOPICS)] for k in range(3))
    return f"{topic.capitalize()} in region {number}"


def _unpaged_contents_above_standalone_headings(count: int) -> str:
    entries = [f"Chapter {number}: {_title(number)}" for number in range(count)]
    body = [
        f"{_title(number)} at large\n\n{number + 1}. The Assembly decides."
        for number in range(count)
    ]
    return _COVER + "Contents\n" + "\n".join(entries) + "\n\n" + "\n\n".join(body)


def _tab_paged_contents_over_many_pages(count: int) -> str:
    lines = ["Contents", "Page"]
    for number in range(1, count + 1):
        lines.append(f"Chapter {number}.\t{_title(number)}\t{number // 10 + 3}")
        if number % 40 == 0:
            lines += ["", "Contents (continued)", "Page"]
    body = [
        f"{_title(number)} at large\n\n{number}. The Assembly decides."
        for number in range(1, count)
    ]
    return _COVER + "\n".join(lines) + "\n\n" + "\n\n".join(body)


def _thread_seconds(content: str) -> float:
    # CPU time of this thread, the garbage collector paused: see the pathological-input test.
    gc.collect()
    gc.disable()
    try:
        started = time.thread_time()
        parse_document(content)
        return time.thread_time() - started
    finally:
        gc.enable()


@pytest.mark.parametrize(
    "content",
    [
        _unpaged_contents_above_standalone_headings(1_000),
        _tab_paged_contents_over_many_pages(1_000),
    ],
    ids=["unpaged-above-headings", "tab-paged-over-pages"],
)
def test_a_long_contents_list_above_a_long_body_parses_in_linear_time(content: str) -> None:
    assert _thread_seconds(content) < 2.0
