"""Acceptance on real UN texts in ../shared/corpus (skipped when that folder is absent)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from consultations.parser import ParseResult, parse_document

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
GDC = CORPUS / "global-digital-compact-webcopy.zh.txt"
WSIS = CORPUS / "wsis20-outcome-A-RES-80-173.zh.md"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")


@pytest.fixture(scope="module")
def compact() -> ParseResult:
    return parse_document(GDC.read_text(encoding="utf-8"), "text")


@pytest.fixture(scope="module")
def wsis() -> ParseResult:
    return parse_document(WSIS.read_text(encoding="utf-8"), "markdown")


def operative_anchors(result: ParseResult) -> list[str]:
    return [p.anchor for p in result.paragraphs if p.kind == "operative"]


def test_compact_has_operative_paragraphs_1_to_74_in_order(compact: ParseResult) -> None:
    assert operative_anchors(compact) == [str(number) for number in range(1, 75)]


def test_compact_has_thirteen_principles(compact: ParseResult) -> None:
    principles = [p.anchor for p in compact.paragraphs if p.parent == "8"]
    assert principles == [f"8.{letter}" for letter in "abcdefghijklm"]


def test_compact_inner_list_stays_in_paragraph_7(compact: ParseResult) -> None:
    paragraphs = {p.anchor: p for p in compact.paragraphs}
    assert not any(anchor.startswith("7.") for anchor in paragraphs)
    lines = paragraphs["7"].text.split("\n")
    assert len(lines) == 6
    assert [line.split(".")[0] for line in lines[1:]] == ["1", "2", "3", "4", "5"]
    assert "造福人类" in lines[-1]
    firsts = [p for p in compact.paragraphs if p.anchor == "1"]
    assert len(firsts) == 1
    assert firsts[0].text.startswith("数字技术正在急剧改变我们的世界")


def test_compact_has_no_site_or_footnote_text(compact: ParseResult) -> None:
    texts = [p.text for p in compact.paragraphs] + [
        " ".join(p.heading_path) for p in compact.paragraphs
    ]
    everything = "\n".join(texts)
    for junk in ("吃瓜", "主题:", "通过日期", "原始文本", "第号决议", "见号", "第27531号"):
        assert junk not in everything, junk
    paragraphs = {p.anchor: p for p in compact.paragraphs}
    assert "《2030年可持续发展议程》。我们继续" in paragraphs["5"].text
    assert "《儿童权利公约》,加强" in paragraphs["23.c"].text
    assert "以确定这一高级别会议的模式。" in paragraphs["74"].text
    assert compact.paragraphs[-1].anchor == "74"
    assert not re.search(r"》\d", everything)


def test_compact_numbered_headings(compact: ParseResult) -> None:
    objectives = [p.anchor for p in compact.paragraphs if p.anchor.startswith("objective-")]
    assert objectives == [f"objective-{number}" for number in range(1, 6)]


def test_wsis_has_127_operative_paragraphs(wsis: ParseResult) -> None:
    assert operative_anchors(wsis) == [str(number) for number in range(1, 128)]


def test_wsis_preamble(wsis: ParseResult) -> None:
    preamble = [p for p in wsis.paragraphs if p.kind == "preamble"]
    assert [p.anchor for p in preamble] == [f"pp{number}" for number in range(1, 9)]
    assert preamble[0].text.startswith("我们，参加")
    assert preamble[-1].text.endswith("再接再厉，")
    assert "《塞维利亚承诺》，该承诺" in preamble[5].text


def test_wsis_split_paragraphs_are_rejoined(wsis: ParseResult) -> None:
    paragraphs = {p.anchor: p for p in wsis.paragraphs}
    assert "特别是发展中国家，包括非洲国家" in paragraphs["5"].text
    assert "有利环境，包括要有政策" in paragraphs["14"].text
    assert "在国际、区域和国家各级努力" in paragraphs["50"].text
    assert "推动信息和通信技术应用促进发展" in paragraphs["59"].text
    assert "加强与其他数字讨论论坛的联系" in paragraphs["98"].text
    assert "所作的努力。我们赞赏" in paragraphs["107"].text
    for paragraph in wsis.paragraphs:
        assert "<sup>" not in paragraph.text
        assert "](#)" not in paragraph.text
        assert "条约汇编" not in paragraph.text  # footnote 7 and 12
        assert "第 68 次全体会议" not in paragraph.text
    assert paragraphs["127"].text.endswith("找出需要继续关注的领域。")
    assert wsis.paragraphs[-1].anchor == "127"


def test_wsis_anchors_are_unique(wsis: ParseResult, compact: ParseResult) -> None:
    for result in (wsis, compact):
        anchors = [p.anchor for p in result.paragraphs]
        assert len(anchors) == len(set(anchors))
