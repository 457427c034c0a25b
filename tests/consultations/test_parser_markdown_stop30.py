"""Paragraph parser: Markdown as pandoc writes it from the Word drafts secretariats upload.

Backslash escapes are read as CommonMark reads them, a backslash before any ASCII punctuation
being that character ("\\$98,347,300", "Member States\\'"), and escaped angle brackets are text,
never an HTML tag whose words would go ("the \\<Digital Cooperation\\> roadmap"). A heading's
attribute block is dropped whatever its id holds: pandoc's automatic ids keep full stops
("## I. Introduction {#i.-introduction}"). A paragraph or block quote indented under a numbered
item past a blank line is the item's text, as CommonMark continues a list item, not a paragraph
p-N of its own that shifts nothing but splits the item's words from it. A compilation laid out
as a table, pipe or grid, numbers its paragraphs row by row, as its pdftotext copy does."""

from __future__ import annotations

from consultations.anchoring import TextQuote, quote_occurs

from .parser_helpers import anchors, parsed_rows

_ESCAPES = """\
1.  *Notes* that resources amount to \\$98,347,300 and Member States\\' views differ;

2.  *Welcomes* the \\"Digital Cooperation\\" roadmap, \\@UN, x\\^2, 50\\%, \\&amp; and \\#1.

3.  *Notes* the \\<Digital Cooperation\\> roadmap, where 1 \\< 2 \\> 0.
"""


def test_backslash_escapes_are_the_punctuation_they_escape() -> None:
    rows = parsed_rows(_ESCAPES, "markdown")
    assert [(anchor, text) for anchor, _, _, text in rows] == [
        ("1", "Notes that resources amount to $98,347,300 and Member States' views differ;"),
        ("2", 'Welcomes the "Digital Cooperation" roadmap, @UN, x^2, 50%, &amp; and #1.'),
        ("3", "Notes the <Digital Cooperation> roadmap, where 1 < 2 > 0."),
    ]
    assert quote_occurs(TextQuote(exact="$98,347,300"), rows[0][3])


_HEADING_IDS = """\
## I. Introduction {#i.-introduction}

### Action 1. We will take bold actions. {#action-1.-we-will-take-bold-actions.}

1.  We decide to act.

## II. Scope {#_Toc178234 .unnumbered}

2.  We decide to go.

## 三、后续行动 {#三后续行动。 lang="zh"}

3.  我们决定行动。

## IV. Review {-}

4.  Text.
"""


def test_a_heading_attribute_block_is_dropped_whatever_its_id_holds() -> None:
    rows = parsed_rows(_HEADING_IDS, "markdown")
    assert [(anchor, text) for anchor, kind, _, text in rows if kind == "heading"] == [
        ("section-1", "Introduction"),
        ("action-1", "We will take bold actions."),
        ("section-2", "Scope"),
        ("section-3", "后续行动"),
        ("section-4", "Review"),
    ]
    assert anchors(_HEADING_IDS, "markdown")[-1] == "4"


_CONTINUED_EN = """\
*The Human Rights Council*,

*Reaffirming* the Universal Declaration of Human Rights,

1.  *Requests* the Secretary-General to prepare a report.

    The report shall be presented at the sixtieth session.

2.  *Calls upon* all States:

    (a) To promote and facilitate access to the Internet;

    (b) To ensure that the rights of persons with disabilities are
        respected, including by:

        (i)  Promoting accessible design;

             in particular of public websites;

        (ii) Providing assistive technologies;

    The Council further emphasizes that these measures should be
    gender-responsive;

3.  *Decides* to amend rule 5 of its rules of procedure to read as
    follows:

    > "The Commission shall meet annually in Geneva."

4.  *Decides* to continue its consideration of this question.
"""

_CONTINUED_ZH = """\
*人权理事会*，

*重申*《世界人权宣言》，

1.  *请*秘书长编写一份报告。

    报告应在第六十届会议上提交。

2.  *吁请*各国：

    (a) 促进和便利互联网接入；

    (b) 确保残疾人的权利得到尊重，包括：

        ㈠ 促进无障碍设计；

           特别是公共网站的设计；

        ㈡ 提供辅助技术；

    理事会进一步强调，这些措施应顾及性别问题；

3.  *决定*将其议事规则第 5 条修正如下：

    > “委员会每年在日内瓦举行会议。”

4.  *决定*继续审议这个问题。
"""


def test_text_indented_under_a_list_item_is_that_items_text() -> None:
    rows = {anchor: text for anchor, _, _, text in parsed_rows(_CONTINUED_EN, "markdown")}
    assert list(rows) == ["p-1", "pp1", "1", "2", "2.a", "2.b", "2.b.i", "2.b.ii", "3", "4"]
    assert rows["1"] == (
        "Requests the Secretary-General to prepare a report."
        " The report shall be presented at the sixtieth session."
    )
    assert rows["2"] == (
        "Calls upon all States: The Council further emphasizes that these measures should be"
        " gender-responsive;"
    )
    assert rows["2.b.i"] == "Promoting accessible design; in particular of public websites;"
    assert rows["3"].endswith('to read as follows: "The Commission shall meet annually in Geneva."')


def test_chinese_text_indented_under_a_list_item_is_that_items_text() -> None:
    rows = {anchor: text for anchor, _, _, text in parsed_rows(_CONTINUED_ZH, "markdown")}
    assert list(rows) == ["p-1", "pp1", "1", "2", "2.a", "2.b", "2.b.i", "2.b.ii", "3", "4"]
    assert rows["1"] == "请秘书长编写一份报告。报告应在第六十届会议上提交。"
    assert rows["2"] == "吁请各国：理事会进一步强调，这些措施应顾及性别问题；"
    assert rows["2.b.i"] == "促进无障碍设计；特别是公共网站的设计；"
    assert rows["3"] == "决定将其议事规则第 5 条修正如下：“委员会每年在日内瓦举行会议。”"


_PIPE_COMPILATION = """\
# Compilation of Member State proposals on the zero draft

## Preamble

| Para | Zero draft text | Proposals |
|------|-----------------|-----------|
| PP1 | *Recalling* its resolution 70/125 | G77: retain |
|     | of 16 December 2015, | |
| PP2 | *Reaffirming* the Global Digital Compact, | EU: add "and the Pact" |

## Operative part

| Para | Zero draft text | Proposals |
|------|-----------------|-----------|
| OP1 | *Welcomes* the progress made; | US: delete |
| OP2 | *Decides* to remain seized of the matter. | |
"""

_GRID_COMPILATION = """\
# 零草案提案汇编

+------+---------------------------------+---------------------------+
| 段落 | 零草案案文                      | 提案                      |
+======+=================================+===========================+
| PP1  | *回顾*其 2015 年 12 月 16 日第  | 77国集团：保留            |
|      | 70/125 号决议，                 |                           |
+------+---------------------------------+---------------------------+
| OP1  | *欢迎*取得的进展；              | 美国：删除                |
+------+---------------------------------+---------------------------+
| OP2  | *决定*继续处理此案。            |                           |
+------+---------------------------------+---------------------------+
"""

_GRID_COMPILATION_EN = """\
+------+---------------------------------+---------------------------+
| Para | Zero draft text                 | Proposals                 |
+======+=================================+===========================+
| PP1  | *Recalling* its resolution      | G77: retain               |
|      | 70/125 of 16 December 2015,     |                           |
+------+---------------------------------+---------------------------+
| OP1  | *Welcomes* the progress made;   | US: delete                |
+------+---------------------------------+---------------------------+
| OP2  | *Decides* to remain seized of   |                           |
|      | the matter.                     |                           |
+------+---------------------------------+---------------------------+
"""


def test_a_compilation_laid_out_as_a_pipe_table_numbers_its_rows() -> None:
    rows = parsed_rows(_PIPE_COMPILATION, "markdown")
    assert [(anchor, text) for anchor, kind, _, text in rows if kind != "heading"] == [
        ("pp1", "Recalling its resolution 70/125 of 16 December 2015, G77: retain"),
        ("pp2", 'Reaffirming the Global Digital Compact, EU: add "and the Pact"'),
        ("1", "Welcomes the progress made; US: delete"),
        ("2", "Decides to remain seized of the matter."),
    ]


def test_a_compilation_laid_out_as_a_grid_table_joins_its_wrapped_cells() -> None:
    assert [
        (anchor, text) for anchor, _, _, text in parsed_rows(_GRID_COMPILATION_EN, "markdown")
    ] == [
        ("pp1", "Recalling its resolution 70/125 of 16 December 2015, G77: retain"),
        ("1", "Welcomes the progress made; US: delete"),
        ("2", "Decides to remain seized of the matter."),
    ]
    rows = parsed_rows(_GRID_COMPILATION, "markdown")
    assert [(anchor, text) for anchor, kind, _, text in rows if kind != "heading"] == [
        ("pp1", "回顾其 2015 年 12 月 16 日第 70/125 号决议，77国集团：保留"),
        ("1", "欢迎取得的进展；美国：删除"),
        ("2", "决定继续处理此案。"),
    ]
