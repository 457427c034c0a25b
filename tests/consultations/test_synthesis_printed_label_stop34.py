"""A delegate copies the paragraph with its number: a proposed text that opens with the
paragraph's own label as printed ("1.", "(a)", "8 (c)") changes nothing there (stop 34). The
redline keeps the label as unchanged text; the proposed text itself is shown as sent."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace

import orjson
import pytest
from lxml import etree

from consultations.synthesis_docx import render_docx
from consultations.synthesis_model import Synthesis, redline
from consultations.synthesis_render import render_json, render_markdown
from tests.consultations.test_synthesis_render import _comment, build_synthesis

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _amended(label: str, text: str, proposed: str) -> Synthesis:
    comment = _comment(1, "org-cs-ke", "p", "Please change it.", proposed_text=proposed)
    synthesis = build_synthesis(comments=(comment,), paragraphs=(("p", label, (), text),))
    return replace(synthesis, language="en")


def _changes(markdown: str) -> str:
    [line] = [line.strip() for line in markdown.splitlines() if "Changes:" in line]
    return line


@pytest.mark.parametrize(
    ("label", "text", "proposed", "changes"),
    [
        (
            "1",
            "Decides to establish a panel;",
            "1. Decides to consider a panel;",
            "Changes: 1. Decides to ~~establish~~**consider** a panel;",
        ),
        ("2 (a)", "每年提出报告；", "(a) 每两年提出报告；", "Changes: (a) 每**两**年提出报告；"),
        ("2 (a)", "每年提出报告；", "（a）每两年提出报告；", "Changes: （a）每**两**年提出报告；"),
        (
            "8 (c)",
            "Close gaps now.",
            "8 (c) Close gaps soon.",
            "Changes: 8 (c) Close gaps ~~now~~**soon**.",
        ),
        (
            "1.1",
            "The panel is independent.",
            "1.1 The panel is fully independent.",
            "Changes: 1.1 The panel is **fully** independent.",
        ),
    ],
)
def test_the_printed_label_of_the_paragraph_is_no_change(
    label: str, text: str, proposed: str, changes: str
) -> None:
    synthesis = _amended(label, text, proposed)
    assert _changes(render_markdown(synthesis)) == changes
    # The proposed text is given as it was sent, label included.
    [paragraph] = orjson.loads(render_json(synthesis))["paragraphs"]
    assert [a["proposed_text"] for a in paragraph["amendments"]] == [proposed]


def test_another_number_is_still_a_change() -> None:
    markdown = render_markdown(
        _amended("1", "Decides to establish a panel;", "2. Decides to establish a panel;")
    )
    assert "**2.**" in _changes(markdown)


def test_a_paragraph_text_that_opens_with_its_label_is_compared_as_it_is() -> None:
    assert redline("1. Decides to act;", "1. Decides to wait;", label="1") == (
        ("equal", "1. Decides to "),
        ("delete", "act"),
        ("insert", "wait"),
        ("equal", ";"),
    )


def test_word_does_not_mark_the_label_as_inserted() -> None:
    docx = render_docx(
        _amended("1", "Decides to establish a panel;", "1. Decides to consider a panel;")
    )
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    inserted = [
        "".join(t.text or "" for t in run.iter(f"{W}t"))
        for run in body.iter(f"{W}r")
        if run.find(f"{W}rPr/{W}u") is not None
    ]
    assert inserted == ["consider"]
