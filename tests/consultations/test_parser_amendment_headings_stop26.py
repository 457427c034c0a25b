"""Paragraph parser: a document of amendments to a draft heads each instruction with the
paragraph it amends, a line of its own ("Preambular paragraph 3" + "Delete the paragraph.",
"New operative paragraph after operative paragraph 9" + "Insert …"; "序言部分第 3 段" +
"删除该段。"). The first such line went into the skipped title block, and one below a quoted
paragraph ending with its semicolon ran on into its instruction, under the heading before. Each
is now a heading over its instructions, in both languages; a sentence citing a paragraph, or a
commented draft's "Preambular paragraph 2" over the paragraph's own text, keeps its reading."""

from __future__ import annotations

from tests.consultations.parser_helpers import parsed_rows

EN_LAYOUT = """\
                                                                       A/C.3/80/L.60
General Assembly                                                       Distr.: Limited
                                                                       10 November 2025
Eightieth session                                                      Original: English
Third Committee
Agenda item 71 (b)

          Russian Federation: amendment to draft resolution A/C.3/80/L.41

          Preambular paragraph 17

                Delete the paragraph.

          Operative paragraphs 5 and 6

                Delete the paragraphs.

          Operative paragraph 7 (c)

                Replace the subparagraph with the following:

                "(c) To promote digital literacy and skills for all, in particular for women
          and girls;"

          New operative paragraph after operative paragraph 9

                Insert a new paragraph that reads:

                "Encourages Member States to share best practices;"
"""
ZH_LAYOUT = """\
                                                                       A/C.3/80/L.60
联 合 国                                                               Distr.: Limited
大    会                                                               10 November 2025
                                                                       Chinese
                                                                       Original: English
第八十届会议
第三委员会
议程项目 71(b)

          俄罗斯联邦：对决议草案 A/C.3/80/L.41 的修正

          序言部分第 17 段

                删除该段。

          执行部分第 5 和 6 段

                删除这两段。

          执行部分第 7(c)段

                将该分段改为：

                “(c) 促进人人享有数字扫盲和技能，特别是妇女和女童的数字扫盲和
          技能；”

          执行部分第 9 段之后新的执行段落

                插入新的一段，内容如下：

                “鼓励会员国分享最佳做法；”
"""
EN_LINES = """\
Amendment to draft resolution A/C.3/80/L.20
Preambular paragraph 3
Delete the paragraph.
Operative paragraph 7 (c)
Replace the subparagraph with the following:
"(c) To promote digital literacy;"
New operative paragraph after operative paragraph 9
Insert a new paragraph that reads:
"Encourages Member States to share best practices;"
"""
ZH_LINES = """\
对决议草案 A/C.3/80/L.20 的修正
序言部分第 3 段
删除该段。
执行部分第 7(c)段
将该分段改为：
“(c) 促进数字扫盲；”
执行部分第 9 段之后新的执行段落
插入新的一段，内容如下：
“鼓励会员国分享最佳做法；”
"""


def test_each_amended_paragraph_heads_its_instructions_in_a_layout_copy() -> None:
    english, chinese = parsed_rows(EN_LAYOUT), parsed_rows(ZH_LAYOUT)
    assert [row[:3] for row in english] == [row[:3] for row in chinese]
    assert english == [
        ("p-1", "heading", None, "Preambular paragraph 17"),
        ("p-2", "unnumbered", "p-1", "Delete the paragraph."),
        ("p-3", "heading", None, "Operative paragraphs 5 and 6"),
        ("p-4", "unnumbered", "p-3", "Delete the paragraphs."),
        ("p-5", "heading", None, "Operative paragraph 7 (c)"),
        ("p-6", "unnumbered", "p-5", "Replace the subparagraph with the following:"),
        (
            "p-7",
            "unnumbered",
            "p-5",
            '"(c) To promote digital literacy and skills for all, in particular for women and '
            'girls;"',
        ),
        ("p-8", "heading", None, "New operative paragraph after operative paragraph 9"),
        ("p-9", "unnumbered", "p-8", "Insert a new paragraph that reads:"),
        ("p-10", "unnumbered", "p-8", '"Encourages Member States to share best practices;"'),
    ]
    assert [text for _, kind, _, text in chinese if kind == "heading"] == [
        "序言部分第 17 段",
        "执行部分第 5 和 6 段",
        "执行部分第 7(c)段",
        "执行部分第 9 段之后新的执行段落",
    ]


def test_amended_paragraphs_head_their_instructions_without_blank_lines() -> None:
    english, chinese = parsed_rows(EN_LINES), parsed_rows(ZH_LINES)
    assert [row[:3] for row in english] == [row[:3] for row in chinese]
    assert [(anchor, kind, parent) for anchor, kind, parent, _ in english] == [
        ("p-1", "heading", None),
        ("p-2", "unnumbered", "p-1"),
        ("p-3", "heading", None),
        ("p-4", "unnumbered", "p-3"),
        ("p-5", "unnumbered", "p-3"),
        ("p-6", "heading", None),
        ("p-7", "unnumbered", "p-6"),
        ("p-8", "unnumbered", "p-6"),
    ]
    assert english[0][3] == "Preambular paragraph 3"
    assert english[5][3] == "New operative paragraph after operative paragraph 9"
    assert english[6][3] == "Insert a new paragraph that reads:"
    assert chinese[0][3] == "序言部分第 3 段"
    assert chinese[5][3] == "执行部分第 9 段之后新的执行段落"
    assert chinese[6][3] == "插入新的一段，内容如下："


def test_amended_paragraphs_head_their_instructions_in_markdown() -> None:
    content = (
        "# Amendment to draft resolution A/C.3/80/L.20\n\n"
        "Preambular paragraph 3\n\n"
        "Delete the paragraph.\n\n"
        "New operative paragraph after operative paragraph 9\n\n"
        "Insert a new paragraph that reads:\n\n"
        '"Encourages Member States to share best practices;"\n'
    )
    assert parsed_rows(content, "markdown") == [
        ("p-1", "heading", None, "Amendment to draft resolution A/C.3/80/L.20"),
        ("p-2", "heading", "p-1", "Preambular paragraph 3"),
        ("p-3", "unnumbered", "p-2", "Delete the paragraph."),
        ("p-4", "heading", "p-1", "New operative paragraph after operative paragraph 9"),
        ("p-5", "unnumbered", "p-4", "Insert a new paragraph that reads:"),
        ("p-6", "unnumbered", "p-4", '"Encourages Member States to share best practices;"'),
    ]


# --- Near misses: the same words that head no amendment keep their reading ---


def test_a_paragraph_cited_on_a_line_of_its_own_inside_a_sentence_stays_in_it() -> None:
    english = parsed_rows(
        "The General Assembly,\n"
        "Recalling its resolution 70/1,\n"
        "1. Decides to amend, as proposed in\n"
        "Operative paragraph 5\n"
        "of the draft, the mandate of the Forum;\n"
        "2. Requests the Secretary-General to report, as set out in\n"
        "Operative paragraph 7 (c)\n"
        "Delete any reference to the Forum;\n"
    )
    assert [row[:3] for row in english] == [
        ("p-1", "unnumbered", None),
        ("pp1", "preamble", None),
        ("1", "operative", None),
        ("2", "operative", None),
    ]
    assert english[2][3] == (
        "Decides to amend, as proposed in Operative paragraph 5 of the draft, the mandate of "
        "the Forum;"
    )
    chinese = parsed_rows(
        "大会，\n"
        "回顾其第 70/1 号决议，\n"
        "1. 决定按照决议草案\n"
        "执行部分第 5 段\n"
        "所述修正论坛的任务；\n"
        "2. 请秘书长报告决议草案\n"
        "执行部分第 7(c)段\n"
        "删除的内容。\n"
    )
    assert [row[:3] for row in chinese] == [row[:3] for row in english]
    assert chinese[3][3] == "请秘书长报告决议草案执行部分第 7(c)段删除的内容。"


def test_a_commented_drafts_paragraph_names_over_their_own_text_stay_front_matter() -> None:
    content = (
        "Comments on the zero draft\n\n"
        "Preambular paragraph 1\n"
        "Recalling its resolution 70/1,\n"
        "Preambular paragraph 2\n"
        "Noting the report of the Secretary-General,\n"
        "1. Decides to convene a high-level meeting;\n"
        "2. Requests the Secretary-General to report.\n"
    )
    assert [row[:3] for row in parsed_rows(content)] == [
        ("pp1", "preamble", None),
        ("pp2", "preamble", None),
        ("1", "operative", None),
        ("2", "operative", None),
    ]
