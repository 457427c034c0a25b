"""A paragraph's text in the Word synthesis carries the synthesis's language on its runs, as a
comment's carries its own (stop 34): the original's and a translation's alike, Chinese as East
Asian text and Arabic as right-to-left text."""

from __future__ import annotations

from dataclasses import replace

import pytest

from consultations.synthesis_docx import render_docx
from tests.consultations.test_synthesis_comment_language_stop33 import _run_languages
from tests.consultations.test_synthesis_render import NAMED


@pytest.mark.parametrize(
    ("language", "proofed_in"),
    [
        ("zh", {"eastAsia": "zh-CN"}),
        ("en", {"val": "en-GB"}),
        ("ar", {"bidi": "ar-SA"}),
        ("fr-CA", {"val": "fr-CA"}),
    ],
)
def test_paragraph_text_is_proofed_in_the_synthesis_language(
    language: str, proofed_in: dict[str, str]
) -> None:
    docx = render_docx(replace(NAMED, language=language))
    for text in ("面向发展的信息社会", "Promote meaningful connectivity for all."):
        assert _run_languages(docx, text) == [proofed_in], text
