"""What a comment says is proofed in Word in the comment's own language (stop 33), not in the
synthesis's: an English comment in a Chinese synthesis is spell-checked as English, a Chinese or
Japanese one in an English synthesis as Chinese or Japanese, its text and its quoted excerpt
alike (an amendment's proposed text is in the synthesis's language, stop 34). Only the attribute
of the comment's script is set on its runs, so the synthesis's language still proofs what the
comment holds in the other scripts."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace

import pytest
from lxml import etree

from consultations.synthesis_docx import render_docx
from tests.consultations.test_synthesis_render import NAMED

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _run_languages(docx: bytes, text: str) -> list[dict[str, str]]:
    """The ``w:lang`` attributes (by local name) of every run of the body holding ``text``."""
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    found = []
    for run in body.iter(f"{W}r"):
        if text in "".join(t.text or "" for t in run.iter(f"{W}t")):
            lang = run.find(f"{W}rPr/{W}lang")
            found.append(
                {} if lang is None else {etree.QName(k).localname: v for k, v in lang.items()}
            )
    return found


@pytest.mark.parametrize(
    ("synthesis_language", "text", "proofed_in"),
    [
        ("zh", "Connectivity must be affordable for all.", {"val": "en-GB"}),
        ("zh", "private investment is key", {"val": "en-GB"}),
        ("en", "我们支持这一段落。", {"eastAsia": "zh-CN"}),
        ("en", "研究への言及が必要です", {"eastAsia": "ja-JP"}),
        ("fr", "总体上支持。", {"eastAsia": "zh-CN"}),
    ],
)
def test_a_comment_is_proofed_in_its_language(
    synthesis_language: str, text: str, proofed_in: dict[str, str]
) -> None:
    docx = render_docx(replace(NAMED, language=synthesis_language))
    languages = _run_languages(docx, text)
    assert languages
    assert all(language == proofed_in for language in languages)


def test_an_amendments_marked_up_proposal_is_proofed_in_the_synthesis_language() -> None:
    # The proposed text is in the language of the paragraph it replaces (stop 34); the
    # explanation stays in the comment's.
    docx = render_docx(replace(NAMED, language="fr"))
    assert _run_languages(docx, "through") == [{"val": "fr-FR"}]
    assert _run_languages(docx, "private investment is key") == [{"val": "en-GB"}]


def test_the_synthesis_own_text_keeps_its_style_language() -> None:
    docx = render_docx(replace(NAMED, language="en"))
    assert _run_languages(docx, "信息社会世界首脑会议成果文件") != []
    assert all(language == {} for language in _run_languages(docx, "信息社会世界首脑会议成果文件"))
