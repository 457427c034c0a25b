"""A synthesis set as its language is (stop 32): headings named by number and title, a Chinese
reference's labels joined by the full-width comma in Markdown and Word as an Arabic one's are by
the Arabic comma; Word proofs the text in the synthesis's language, with the region its tag
names."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace

import httpx
import pytest
from lxml import etree

from api.state import AppState
from consultations.synthesis_docx import render_docx
from tests.consultations.test_exports2_stop31 import (
    ARABIC,
    CHINESE,
    ENGLISH,
    _parsed_round,
    _references,
    _synthesis,
    _word_headings,
)
from tests.consultations.test_synthesis_render import NAMED


@pytest.mark.parametrize(
    ("language", "content", "section", "annex", "printed_annex", "reference", "json_reference"),
    [
        (
            "zh",
            CHINESE,
            "一、进展和仍然存在的差距",
            "附件一：小组的职权范围",
            "附件一 小组的职权范围",
            "附件一，1",
            "附件一, 1",
        ),
        (
            "ar",
            ARABIC,
            "أولا - التقدم المحرز والثغرات المتبقية",
            "المرفق الأول: اختصاصات الفريق",
            "المرفق الأول اختصاصات الفريق",
            "المرفق الأول، 1",
            "المرفق الأول, 1",
        ),
    ],
    ids=["chinese", "arabic"],
)
async def test_headings_read_number_and_title_and_references_take_their_scripts_comma(
    client: httpx.AsyncClient,
    state: AppState,
    language: str,
    content: str,
    section: str,
    annex: str,
    printed_annex: str,
    reference: str,
    json_reference: str,
) -> None:
    """Headings by their number and title, an annex's printed on two lines with a colon; a
    reference's labels joined by the comma of their script, in the original's synthesis and in
    its translation's, which cites paragraphs as the original does; the JSON as it was."""
    round_ = await _parsed_round(client, state, language, content, {"en": ENGLISH})
    markdown = (await _synthesis(client, round_, "markdown")).text
    assert f"### {section} · `section-1`" in markdown
    assert f"### {annex} · `annex-1`" in markdown
    assert f"_{annex}_" in markdown  # the heading path above the annex's paragraphs
    assert printed_annex not in markdown
    word = _word_headings((await _synthesis(client, round_, "docx")).content)
    assert f"{section} [section-1]" in word
    assert f"{annex} [annex-1]" in word
    for synthesis_language in (None, "en"):
        markdown = (await _synthesis(client, round_, "markdown", synthesis_language)).text
        assert f"### {reference} · `annex-1/1`" in markdown
        assert json_reference not in markdown
        word = _word_headings(
            (await _synthesis(client, round_, "docx", synthesis_language)).content
        )
        assert f"{reference} [annex-1/1]" in word
        report = (await _synthesis(client, round_, "json", synthesis_language)).json()
        assert _references(report)["annex-1/1"] == json_reference


async def test_latin_references_keep_the_latin_comma(
    client: httpx.AsyncClient, state: AppState
) -> None:
    round_ = await _parsed_round(client, state, "en", ENGLISH, {"zh": CHINESE})
    markdown = (await _synthesis(client, round_, "markdown", "zh")).text
    assert "### Annex I, 1 · `annex-1/1`" in markdown


# Word proofs a synthesis in its language -------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _proofing_languages_of_every_paragraph(docx: bytes) -> set[tuple[str, str, str]]:
    """The ``w:lang`` (val, eastAsia, bidi) each paragraph of the body is proofed in, through
    its style and the styles that style is based on, down to the document's defaults."""
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        styles = etree.fromstring(package.read("word/styles.xml"))
        body = etree.fromstring(package.read("word/document.xml"))
    by_id = {style.get(f"{W}styleId"): style for style in styles.iter(f"{W}style")}
    defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")

    def language(style_id: str) -> tuple[str, str, str]:
        style = by_id[style_id]
        lang = style.find(f"{W}rPr/{W}lang")
        based_on = style.find(f"{W}basedOn")
        if lang is None and based_on is not None:
            return language(based_on.get(f"{W}val"))
        found = defaults if lang is None else lang
        return found.get(f"{W}val"), found.get(f"{W}eastAsia"), found.get(f"{W}bidi")

    paragraph_styles = {
        "Normal" if style is None else style.get(f"{W}val")
        for style in (paragraph.find(f"{W}pPr/{W}pStyle") for paragraph in body.iter(f"{W}p"))
    }
    assert len(paragraph_styles) > 5
    return {language(style_id) for style_id in paragraph_styles}


@pytest.mark.parametrize(
    ("language", "proofed_in"),
    [
        ("fr", ("fr-FR", "zh-CN", "ar-SA")),
        ("es", ("es-ES", "zh-CN", "ar-SA")),
        ("ru", ("ru-RU", "zh-CN", "ar-SA")),
        ("ar", ("ar-SA", "zh-CN", "ar-SA")),
        ("zh", ("zh-CN", "zh-CN", "ar-SA")),
        ("zh-Hans", ("zh-CN", "zh-CN", "ar-SA")),
        # A region or script the tag names is the one proofed in, not the language's usual one.
        ("zh-TW", ("zh-TW", "zh-TW", "ar-SA")),
        ("zh-Hant", ("zh-TW", "zh-TW", "ar-SA")),
        ("fr-CA", ("fr-CA", "zh-CN", "ar-SA")),
        ("en-US", ("en-US", "zh-CN", "ar-SA")),
        ("ja", ("ja-JP", "ja-JP", "ar-SA")),
        ("fa", ("fa", "zh-CN", "fa")),
    ],
)
def test_word_proofs_every_paragraph_in_the_synthesis_language(
    language: str, proofed_in: tuple[str, str, str]
) -> None:
    docx = render_docx(replace(NAMED, language=language))
    assert _proofing_languages_of_every_paragraph(docx) == {proofed_in}
