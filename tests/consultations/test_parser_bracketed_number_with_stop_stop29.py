"""Paragraph parser: a paragraph's number bracketed alone with its stop ("[11.] We decide …",
as a revised draft prints one in question) is that paragraph's number, as "[10] …" is: the
text keeps no empty brackets ("[] We decide …"). A paragraph bracketed whole ("[6. Promotes
…]") keeps its brackets around the text."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document


def _outline(text: str) -> list[tuple[str, str | None, str]]:
    return [(p.anchor, p.label, p.text) for p in parse_document(text, "text").paragraphs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "9. We decide to hold the next review in 2029.\n\n"
            "[10] We request the Secretary-General to make proposals.\n\n"
            "[11.] We decide to continue consideration.\n\n12. We commit to act.\n",
            ("11", "11", "We decide to continue consideration."),
        ),
        (
            "9. 我们决定于 2029 年举行下一次审查。\n\n[10] 我们请秘书长提出建议。\n\n"
            "[11.] 我们决定继续审议。\n\n12. 我们承诺采取行动。\n",
            ("11", "11", "我们决定继续审议。"),
        ),
    ],
)
def test_a_number_bracketed_alone_with_its_stop_numbers_the_text(
    text: str, expected: tuple[str, str, str]
) -> None:
    outline = _outline(text)
    assert expected in outline
    assert [anchor for anchor, _, _ in outline] == ["9", "10", "11", "12"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "5. Commits to act;\n\n[6. Promotes local production;]\n\n7. Requests a report.\n",
            ("6", "6", "[Promotes local production;]"),
        ),
        (
            "5. 承诺行动；\n\n[6. 促进本地生产；]\n\n7. 请提交报告。\n",
            ("6", "6", "[促进本地生产；]"),
        ),
    ],
)
def test_a_paragraph_bracketed_whole_keeps_its_brackets(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _outline(text)
