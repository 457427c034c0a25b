"""Paragraph parser: a Markdown draft converted with its tracked changes (pandoc's
``--track-changes=all``, or gfm's HTML spans) reads as Word exports it with the changes accepted:
insertions kept, deletions and reviewers' comments dropped; a paragraph or heading deleted whole
goes, but an item deleted with its sub-list or text below it, or a nested item, stays as printed
(dropping it moved the items after it, a false-positive audit found). A changed figure alone on
its line was dropped as a page number (text lost), a deleted paragraph kept its markup and
swallowed the renumbered one below it, and a comment's note became draft text."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_BY = 'author="Co-facilitators" date="2025-06-12T10:20:00Z"'


@pytest.mark.parametrize(
    ("changed", "opening", "closing", "expected"),
    [
        (
            f"[36]{{.deletion {_BY}}}[40]{{.insertion {_BY}}}",
            "Decides that the Panel shall be composed of",
            "members serving in their personal capacity;",
            "Decides that the Panel shall be composed of 40 members serving in their personal "
            "capacity;",
        ),
        (
            f'<span class="deletion" {_BY}>36</span><span class="insertion" {_BY}>40</span>',
            "Decides that the Panel shall be composed of",
            "members serving in their personal capacity;",
            "Decides that the Panel shall be composed of 40 members serving in their personal "
            "capacity;",
        ),
        (
            f"[36]{{.deletion {_BY}}}[40]{{.insertion {_BY}}}",
            "决定科学小组由",
            "名以个人身份任职的成员组成；",
            "决定科学小组由 40 名以个人身份任职的成员组成；",
        ),
    ],
)
def test_a_changed_figure_alone_on_its_line_is_kept(
    changed: str, opening: str, closing: str, expected: str
) -> None:
    content = f"1.  {opening}\n    {changed}\n    {closing}\n\n2.  Requests a report.\n"
    paragraphs = parse_document(content, "markdown").paragraphs
    assert [(p.anchor, p.text) for p in paragraphs] == [
        ("1", expected),
        ("2", "Requests a report."),
    ]


@pytest.mark.parametrize(
    ("established", "deleted", "last"),
    [
        (
            "*Decides* to establish the Panel;",
            "*Requests* the Secretary-General to prepare a report on the\nPanel;",
            "*Decides* to remain seized of the matter.",
        ),
        ("决定设立科学小组；", "请秘书长编写一份关于科学小组的报告；", "决定继续处理此案。"),
    ],
)
def test_a_deleted_paragraph_goes_and_the_renumbered_one_keeps_its_new_number(
    established: str, deleted: str, last: str
) -> None:
    content = (
        f"1\\. {established}\n\n[2\\. {deleted}]{{.deletion {_BY}}}\n\n"
        f"[3\\.]{{.deletion {_BY}}}[2\\.]{{.insertion {_BY}}} {last}\n"
    )
    paragraphs = parse_document(content, "markdown").paragraphs
    assert [(p.anchor, p.text) for p in paragraphs] == [
        ("1", established.replace("*", "")),
        ("2", last.replace("*", "")),
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(
            "*Recognizing* the need for a shared understanding of its\nopportunities and risks"
            f"[, including for developing\ncountries]{{.insertion {_BY}}},\n\n"
            "1.  *Decides* that the Global Dialogue shall\n"
            f'    [Delegations asked that the venue rotate.]{{.comment-start id="0" {_BY}}}'
            'hold its first meeting in Geneva[]{.comment-end id="0"}\n    in 2026;\n',
            [
                (
                    "pp1",
                    "Recognizing the need for a shared understanding of its opportunities and"
                    " risks, including for developing countries,",
                ),
                (
                    "1",
                    "Decides that the Global Dialogue shall hold its first meeting in Geneva in"
                    " 2026;",
                ),
            ],
            id="insertion-wrapped-over-lines-and-comment-accepted",
        ),
        pytest.param(
            "1. We decide to [convene]{.mark} a meeting [in 2026] [alt: in 2027];\n",
            [("1", "We decide to convene a meeting [in 2026] [alt: in 2027];")],
            id="spans-of-other-classes-and-brackets-as-before",
        ),
        pytest.param(
            "1.  *Decides* to establish the Panel;\n\n"
            f"2.  [*Requests* a report on the\n    Panel;]{{.deletion {_BY}}}\n\n"
            "3.  *Decides* to remain seized of the matter.\n",
            [
                ("1", "Decides to establish the Panel;"),
                ("3", "Decides to remain seized of the matter."),
            ],
            id="wholly-deleted-list-item-goes-with-its-marker",
        ),
        pytest.param(
            "1.  The Dialogue should provide an inclusive platform\\\n"
            f"    [for States and stakeholders]{{.insertion {_BY}}} to discuss governance.\n",
            [
                (
                    "1",
                    "The Dialogue should provide an inclusive platform for States and"
                    " stakeholders to discuss governance.",
                )
            ],
            id="hard-break-before-a-change-leaves-no-backslash",
        ),
        pytest.param(
            "1.  The Council takes note of the report.\n\n"
            '2.  [Recalling its resolution 2006/46,]{.deletion author="B"}\n'
            "    the Council decides to extend the mandate of the Forum.\n\n"
            "3.  The Council requests a report in 2030.\n",
            [
                ("1", "The Council takes note of the report."),
                (
                    "2",
                    "Recalling its resolution 2006/46, the Council decides to extend the mandate"
                    " of the Forum.",
                ),
                ("3", "The Council requests a report in 2030."),
            ],
            id="item-whose-first-line-was-deleted-keeps-it-and-its-number",
        ),
    ],
)
def test_a_markdown_draft_reads_as_word_exports_it(
    content: str, expected: list[tuple[str, str]]
) -> None:
    paragraphs = parse_document(content, "markdown").paragraphs
    assert [(p.anchor, p.text) for p in paragraphs] == expected


def test_a_deleted_nested_item_stays_as_printed() -> None:
    # Dropping it would leave an empty item or move the items after it: its text stays.
    bullets = (
        "1.  We commit to:\n\n"
        '    -   [mobilizing additional resources;]{.deletion author="F"}\n'
        "    -   strengthening domestic resource mobilization;\n\n"
        "2.  We decide to hold the next review in 2028.\n"
    )
    paragraphs = parse_document(bullets, "markdown").paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "2"]
    assert "mobilizing additional resources;" in paragraphs[0].text
    numbered = (
        "1.  *Decides* that the members shall be selected on the basis of:\n\n"
        "    1.  Scientific excellence;\n\n"
        '    2.  [Balanced geographical representation;]{.deletion author="F"}\n\n'
        "    3.  Gender balance;\n\n"
        "2.  *Requests* the Secretary-General to support the Panel.\n"
    )
    paragraphs = parse_document(numbered, "markdown").paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "2"]
    assert "Gender balance;" in paragraphs[0].text
    assert "Balanced geographical representation;" in paragraphs[0].text


@pytest.mark.parametrize(
    ("heading", "inserted"),
    [("I. Vision", "We reaffirm our commitment."), ("一、愿景", "我们重申我们的承诺。")],
)
def test_an_insertion_right_below_a_heading_is_a_paragraph(heading: str, inserted: str) -> None:
    content = f'## {heading}\n[{inserted}]{{.insertion author="F"}}\n\n1. We commit to act.\n'
    paragraphs = parse_document(content, "markdown").paragraphs
    assert [(p.kind, p.text) for p in paragraphs[:2]] == [
        ("heading", heading.split(maxsplit=1)[-1].removeprefix("一、")),
        ("unnumbered", inserted),
    ]


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        (
            '[Recognizing]{.deletion author="F"}[We recognize]{.insertion author="F"} the Forum.',
            "We recognize the Forum.",
        ),
        (
            '<span class="deletion" author="F">认识到</span>'
            '<span class="insertion" author="F">我们认识到</span>论坛的作用。',
            "我们认识到论坛的作用。",
        ),
    ],
)
def test_an_item_opening_with_a_change_keeps_its_number(item: str, kept: str) -> None:
    content = f"1.  We reaffirm the Agenda.\n\n2.  {item}\n\n3.  We decide to meet in 2028.\n"
    paragraphs = parse_document(content, "markdown").paragraphs
    assert [(p.anchor, p.text) for p in paragraphs][1] == ("2", kept)
    assert [p.anchor for p in paragraphs] == ["1", "2", "3"]


def test_a_deleted_heading_goes() -> None:
    content = (
        "## I. Vision\n\n1.  We reaffirm the Agenda.\n\n"
        '## [II. Implementation]{.deletion author="F"}\n\n2.  We call upon all to act.\n'
    )
    paragraphs = parse_document(content, "markdown").paragraphs
    assert [(p.anchor, p.parent) for p in paragraphs] == [
        ("section-1", None),
        ("1", "section-1"),
        ("2", "section-1"),
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "1.  *Decides* that the Panel shall:\n\n"
            '    a.  [Issue an annual report;]{.deletion author="F"}\n\n'
            "    b.  Hold two sessions a year;\n\n    c.  Present its report;\n",
            ["1", "1.a", "1.b", "1.c"],
        ),
        (
            "1.  Decides to establish the Panel;\n\n"
            '2.  [Decides also that the Panel shall:]{.deletion author="F"}\n'
            "    (a) Issue an annual report;\n    (b) Present its report;\n\n"
            "3.  Requests a report.\n",
            ["1", "2", "2.a", "2.b", "3"],
        ),
        (
            "1.  理事会注意到报告。\n\n"
            '2.  [回顾其第2006/46号决议，]{.deletion author="B"}\n理事会决定延长任务期限。\n\n'
            "3.  理事会请提出报告。\n",
            ["1", "2", "3"],
        ),
    ],
)
def test_an_item_deleted_with_what_it_holds_keeps_the_structure(
    content: str, expected: list[str]
) -> None:
    assert [p.anchor for p in parse_document(content, "markdown").paragraphs] == expected


def test_a_paragraph_deleted_in_two_spans_goes_whole() -> None:
    content = (
        "1.  We reaffirm the 2030 Agenda.\n\n"
        '[We call for reform of]{.deletion author="A"} [the architecture.]{.deletion author="B"}'
        "\n\n2.  We decide to hold the next review.\n"
    )
    paragraphs = parse_document(content, "markdown").paragraphs
    assert [(p.anchor, p.kind, p.parent) for p in paragraphs] == [
        ("1", "operative", None),
        ("2", "operative", None),
    ]
    assert not any("\ue004" in p.text for p in paragraphs)
