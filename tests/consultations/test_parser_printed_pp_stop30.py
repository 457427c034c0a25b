"""A compilation's printed "PP1" is pp1 even where no "OP" follows (a compilation of preambular
proposals only, or its preamble section alone): it was p-1 with the label "PP1"."""

import pytest

from consultations.parser import parse_document


@pytest.mark.parametrize(
    ("content", "fmt", "expected"),
    [
        (
            "Compilation of proposals\n\nPreamble\n\n"
            "PP1 Reaffirming the Charter, EU: retain\nPP2 Recalling resolution 70/1, US: delete\n",
            "text",
            [("pp1", "PP1"), ("pp2", "PP2")],
        ),
        (
            "提案汇编\n\n序言部分\n\n"
            "PP1 重申《宪章》，欧盟：保留\nPP2 回顾第 70/1 号决议，美国：删除\n",
            "text",
            [("pp1", "PP1"), ("pp2", "PP2")],
        ),
        (
            "## Preamble\n\n| Para | Zero draft | Proposals |\n|---|---|---|\n"
            "| PP1 | Reaffirming the Charter, | EU: retain |\n"
            "| PP2 bis | Recalling resolution 70/1, | US: delete |\n",
            "markdown",
            [("pp1", "PP1"), ("pp2bis", "PP2 bis")],
        ),
    ],
)
def test_printed_pp_numbers_anchor_without_operative_paragraphs(
    content: str, fmt: str, expected: list[tuple[str, str]]
) -> None:
    paragraphs = [p for p in parse_document(content, fmt).paragraphs if p.kind != "heading"]
    assert [(p.anchor, p.label) for p in paragraphs] == expected
    assert {p.kind for p in paragraphs} == {"preamble"}
