"""An other comment's text keeps its paragraph breaks in the synthesis (stop 34): its line
breaks as written and one blank line where it has one or more, in the JSON excerpt and in Word
(a blank line there), as the README says its line breaks are kept."""

from __future__ import annotations

import io
import zipfile

import orjson
from lxml import etree

from consultations.similarity import excerpt
from consultations.synthesis_docx import render_docx
from consultations.synthesis_render import render_json
from tests.consultations.test_synthesis_render import _comment, build_synthesis

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BODY = "Line one.\r\nLine two.\n\n\n  \nLine   four.\n\n"


def test_an_excerpt_keeps_one_blank_line_between_paragraphs() -> None:
    assert excerpt(BODY, 400, keep_line_breaks=True) == "Line one.\nLine two.\n\nLine four."
    assert excerpt("\n\nOnly.\n", 400, keep_line_breaks=True) == "Only."
    # Without line breaks kept, all whitespace is one space, as before.
    assert excerpt(BODY, 400) == "Line one. Line two. Line four."


def test_the_synthesis_keeps_the_paragraph_break() -> None:
    synthesis = build_synthesis(
        comments=(_comment(1, "org-cs-ke", "9", BODY),),
    )
    [paragraph] = [
        p for p in orjson.loads(render_json(synthesis))["paragraphs"] if p["anchor"] == "9"
    ]
    [other] = paragraph["other_comments"]
    assert other["excerpt"] == "Line one.\nLine two.\n\nLine four."
    with zipfile.ZipFile(io.BytesIO(render_docx(synthesis))) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    [run] = [
        run
        for run in body.iter(f"{W}r")
        if "Line one." in "".join(t.text or "" for t in run.iter(f"{W}t"))
    ]
    pieces = [
        etree.QName(child).localname for child in run if etree.QName(child).localname != "rPr"
    ]
    assert pieces == ["t", "br", "t", "br", "br", "t"]
