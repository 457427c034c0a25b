"""Paragraph parser: what the body's look-ahead reads stops at an annex or an appendix numbering
its paragraphs from 1 again, so the body's anchors are the same with the annex below or without."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import anchors

_EN_BODY = "Report of the meeting\n\n1. Introduction\n\nThe meeting was held in Geneva.\n"
_ZH_BODY = "会议报告\n\n1. 导言\n\n会议在日内瓦举行。\n"


@pytest.mark.parametrize(
    ("body", "annexed", "annexed_anchors"),
    [
        (
            _EN_BODY,
            "\nAnnex\n\n1. The annex opens here.\n\n2. It goes on.\n",
            ["annex-1", "annex-1/1", "annex-1/2"],
        ),
        (
            _EN_BODY,
            "\nAppendix\n\n1. It opens here.\n\n2. It goes on.\n",
            ["appendix-1", "appendix-1/1", "appendix-1/2"],
        ),
        (_ZH_BODY, "\n附件\n\n1. 导言\n\n2. 结论\n", ["annex-1", "annex-1/1", "annex-1/2"]),
    ],
)
def test_an_annex_restarting_at_one_leaves_the_bodys_anchors_as_they_are(
    body: str, annexed: str, annexed_anchors: list[str]
) -> None:
    # "1. Introduction" is a numbered title only where paragraph 1 is printed again below it;
    # the annex's own "1." is no such paragraph of the body.
    assert anchors(body) == ["1"]
    assert anchors(body + annexed) == [*anchors(body), *annexed_anchors]
