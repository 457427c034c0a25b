"""Paragraph parser: compilations of Member States' amendments. A paragraph number printed
without a stop ("OP2", "PP2", "**OP2**") keeps its paragraph when the text after it is struck
through or marked as inserted from its first word ("OP2 ~~Decide …~~", "OP3 <<Invite>> …").
A delegation's comment set in italics below a paragraph ("*EU: delete "vision"; USA: retain
original*") is a line of that paragraph's text, as the plain "EU: retain" right below it is:
no heading over what follows, no front matter. An item's alternative bracketed before or after its
letter, "[Alt] (b) …", "(b) [Alt] …", "[备选] (b) …", is an item of its own, ``2.balt``, as
"(b) alt. …" is."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document
from tests.consultations.parser_helpers import paragraph


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        (
            "**OP1** Reaffirm our commitment to the vision;\n\n"
            "**OP2** ~~Decide to make the Forum a permanent forum;~~\n\n"
            "**OP3** Request the Commission to continue its review;\n\n"
            "**OP4** ~~Decide to remain seized of the matter.~~\n",
            "markdown",
        ),
        (
            "OP1 Reaffirm our commitment to the vision;\n\n"
            "OP2 ~~Decide to make the Forum a permanent forum;~~\n\n"
            "OP3 Request the Commission to continue its review;\n\n"
            "OP4 ~~Decide to remain seized of the matter.~~\n",
            "text",
        ),
        (
            "        OP1 Reaffirm our commitment to the vision of the World Summit on the\n"
            "        Information Society;\n"
            "        OP2 ~~Decide to make the Forum a permanent forum of the United\n"
            "        Nations;~~\n"
            "        OP3 Request the Commission to continue its review;\n"
            "        OP4 ~~Decide to remain seized of the matter.~~\n",
            "text",
        ),
    ],
)
def test_a_paragraph_struck_whole_after_its_number_keeps_it(content: str, fmt: Format) -> None:
    result = parse_document(content, fmt)
    assert [(p.anchor, p.kind, p.parent) for p in result.paragraphs] == [
        ("1", "operative", None),
        ("2", "operative", None),
        ("3", "operative", None),
        ("4", "operative", None),
    ]
    assert result.paragraphs[1].text.startswith("~~Decide to make the Forum")
    assert result.paragraphs[3].text == "~~Decide to remain seized of the matter.~~"
    assert not result.warnings


def test_chinese_paragraphs_struck_whole_after_their_numbers_keep_them() -> None:
    content = (
        "**PP1** 回顾其第 70/125 号决议，\n\n**PP2** ~~注意到秘书长的报告，~~\n\n"
        "**OP1** 重申我们的承诺；\n\n**OP2** ~~决定使论坛成为常设论坛；~~\n\n"
        "**OP3** 请委员会继续进行审查。\n\n**OP4** ~~决定继续处理这一事项。~~\n"
    )
    result = parse_document(content, "markdown")
    assert [(p.anchor, p.kind, p.parent) for p in result.paragraphs] == [
        ("pp1", "preamble", None),
        ("pp2", "preamble", None),
        ("1", "operative", None),
        ("2", "operative", None),
        ("3", "operative", None),
        ("4", "operative", None),
    ]
    assert paragraph(content, "pp2", "markdown").text == "~~注意到秘书长的报告，~~"
    assert paragraph(content, "4", "markdown").text == "~~决定继续处理这一事项。~~"
    assert not result.warnings


def test_words_struck_or_inserted_first_keep_the_paragraphs_number() -> None:
    content = (
        "PP1 Recalling its resolution 70/125,\n\nPP2 ~~Noting the report,~~\n\n"
        "PP3 Welcoming the progress made,\n\nOP1 Reaffirm our commitment;\n\n"
        "OP2 ~~Request the Commission~~ Invite the Commission to continue its review;\n\n"
        "OP2 bis <<Request the Secretary-General to submit proposals;>>\n\n"
        "OP3 (EU) ~~Decide~~ Agree to remain seized of the matter.\n"
    )
    result = parse_document(content)
    assert [(p.anchor, p.label) for p in result.paragraphs] == [
        ("pp1", "PP1"),
        ("pp2", "PP2"),
        ("pp3", "PP3"),
        ("1", "1"),
        ("2", "2"),
        ("2bis", "2 bis"),
        ("3", "3"),
    ]
    assert paragraph(content, "2").text == (
        "~~Request the Commission~~ Invite the Commission to continue its review;"
    )
    assert paragraph(content, "3").text == "(EU) ~~Decide~~ Agree to remain seized of the matter."
    assert not result.warnings


def test_chinese_words_struck_first_keep_the_paragraphs_number() -> None:
    content = (
        "**OP1** 重申我们的承诺；\n\n**OP2** ~~请委员会~~ **邀请委员会**继续进行审查；\n\n"
        "**OP3** 决定继续处理这一事项。\n"
    )
    result = parse_document(content, "markdown")
    assert [p.anchor for p in result.paragraphs] == ["1", "2", "3"]
    assert paragraph(content, "2", "markdown").text == "~~请委员会~~ 邀请委员会继续进行审查；"


def test_a_number_cited_before_struck_words_in_a_wrapped_sentence_stays_in_it() -> None:
    content = (
        "1. Decides to consider the proposals made under\nOP 5 ~~Sendai~~ and to report;\n\n"
        "2. Requests the Secretary-General to report.\n"
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["1", "2"]
    assert paragraph(content, "1").text.endswith("made under OP 5 ~~Sendai~~ and to report;")


def test_a_number_with_its_stop_before_struck_text_reads_as_before() -> None:
    content = (
        "OP1. Reaffirm our commitment;\n\nOP2. ~~Decide to make the Forum permanent;~~\n\n"
        "OP3. Request the Commission to continue its review.\n"
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["1", "2", "3"]
    assert paragraph(content, "2").text == "~~Decide to make the Forum permanent;~~"


def test_italic_comments_below_paragraphs_are_their_text() -> None:
    content = (
        "1. Reaffirm our commitment to the vision;\n\n"
        '*EU: delete "vision"; USA: retain original*\n\n'
        "2. Decide to:\n\n_EU: delete chapeau; G77 and China: retain_\n\n"
        "(a) Make the Forum a permanent forum;\n\n*Russian Federation: delete subparagraph*\n\n"
        "(b) Request the Secretary-General to submit proposals;\n\n"
        "3. Request the Commission to continue its review.\n\n*Switzerland, Norway: retain*\n"
    )
    result = parse_document(content, "markdown")
    assert [(p.anchor, p.kind, p.parent, p.heading_path) for p in result.paragraphs] == [
        ("1", "operative", None, ()),
        ("2", "operative", None, ()),
        ("2.a", "subparagraph", "2", ()),
        ("2.b", "subparagraph", "2", ()),
        ("3", "operative", None, ()),
    ]
    texts = [p.text for p in result.paragraphs]
    assert (
        texts[0]
        == 'Reaffirm our commitment to the vision;\nEU: delete "vision"; USA: retain original'
    )
    assert texts[1] == "Decide to:\nEU: delete chapeau; G77 and China: retain"
    assert texts[2] == "Make the Forum a permanent forum;\nRussian Federation: delete subparagraph"
    assert texts[4] == "Request the Commission to continue its review.\nSwitzerland, Norway: retain"
    assert not result.warnings


def test_an_italic_comment_below_the_first_preambular_paragraph_is_no_front_matter() -> None:
    content = (
        "**PP1** We, the Ministers, assembled in New York on 16 and 17 December 2025,\n\n"
        "*G77 and China: retain*\n\n**PP2** Recalling the Geneva Declaration of Principles,\n\n"
        "*EU: delete; USA: retain original*\n\n**OP1** Reaffirm our commitment;\n"
    )
    result = parse_document(content, "markdown")
    assert [(p.anchor, p.parent) for p in result.paragraphs] == [
        ("pp1", None),
        ("pp2", None),
        ("1", None),
    ]
    assert result.paragraphs[0].text.endswith("2025,\nG77 and China: retain")
    assert not result.warnings


def test_chinese_italic_comments_below_paragraphs_are_their_text() -> None:
    content = (
        "**PP1** 我们，各国部长，聚集在纽约，\n\n*77国集团和中国：保留*\n\n"
        '1. 重申我们的承诺；\n\n*欧盟：删除"愿景"；美国：保留原案文*\n\n2. 决定：\n\n'
        "(a) 使论坛成为常设论坛；\n\n*俄罗斯联邦：删除本分段*\n\n(b) 请秘书长提交提案；\n\n"
        "3. 请委员会继续进行审查。\n\n*瑞士、挪威：保留*\n"
    )
    result = parse_document(content, "markdown")
    assert [(p.anchor, p.parent, p.heading_path) for p in result.paragraphs] == [
        ("pp1", None, ()),
        ("1", None, ()),
        ("2", None, ()),
        ("2.a", "2", ()),
        ("2.b", "2", ()),
        ("3", None, ()),
    ]
    assert result.paragraphs[0].text == "我们，各国部长，聚集在纽约，\n77国集团和中国：保留"
    assert result.paragraphs[3].text == "使论坛成为常设论坛；\n俄罗斯联邦：删除本分段"
    assert result.paragraphs[5].text == "请委员会继续进行审查。\n瑞士、挪威：保留"
    assert not result.warnings


@pytest.mark.parametrize(
    "caption",
    [
        "*Note: no data for 2024*",
        "*Source: World Bank*",
        "*Digital economy: bridging the divides*",
        "*Artificial Intelligence: opportunities and risks*",
        "*资料来源：世界银行*",
        "*注：删除的数字为临时数字*",
    ],
)
def test_an_italic_caption_or_title_with_a_colon_is_no_comment(caption: str) -> None:
    content = f"1. Reaffirm our commitment;\n\n{caption}\n\n2. Decide to remain seized.\n"
    result = parse_document(content, "markdown")
    assert result.paragraphs[0].text == "Reaffirm our commitment;"
    assert caption.strip("*") in [p.text for p in result.paragraphs]


def test_a_plain_tag_line_apart_by_a_blank_line_reads_as_before() -> None:
    content = (
        "1. Reaffirm our commitment;\n\nEU: delete subparagraph\n\n2. Decide to remain seized.\n"
    )
    result = parse_document(content, "markdown")
    assert result.paragraphs[0].text == "Reaffirm our commitment;"


@pytest.mark.parametrize(
    ("alternative", "label"),
    [
        ("[Alt] (b) Invite voluntary contributions;", "2 [Alt] (b)"),
        ("(b) [Alt] Invite voluntary contributions;", "2 (b) [Alt]"),
        ("(b) [alt.] Invite voluntary contributions;", "2 (b) [alt.]"),
    ],
)
def test_an_items_alternative_bracketed_beside_its_letter_is_an_item_of_its_own(
    alternative: str, label: str
) -> None:
    content = (
        "1. Reaffirm our commitment;\n\n2. Decide to:\n\n(a) Make the Forum permanent;\n\n"
        "(b) [Request the Secretary-General to submit proposals;]\n\n"
        f"{alternative}\n\n(c) Review the mandate in 2035.\n\n3. Request the Commission.\n"
    )
    result = parse_document(content, "markdown")
    assert [(p.anchor, p.parent) for p in result.paragraphs] == [
        ("1", None),
        ("2", None),
        ("2.a", "2"),
        ("2.b", "2"),
        ("2.balt", "2"),
        ("2.c", "2"),
        ("3", None),
    ]
    assert result.paragraphs[4].label == label
    assert result.paragraphs[4].text == "Invite voluntary contributions;"
    assert result.paragraphs[3].text == "[Request the Secretary-General to submit proposals;]"
    assert not result.warnings


def test_numbered_alternatives_bracketed_before_an_indented_item() -> None:
    content = (
        "OP1 Reaffirm our commitment;\n\nOP2 Decide to:\n\n"
        "      (a) Make the Forum permanent;\n\n"
        "      (b) [Request the Secretary-General to submit proposals;]\n\n"
        "      [Alt 1] (b) Invite voluntary contributions;\n\n"
        "      [Alt 2] (b) Establish a trust fund;\n\n"
        "      (c) Review the mandate.\n\nOP3 Decide to remain seized of the matter.\n"
    )
    assert [p.anchor for p in parse_document(content).paragraphs] == [
        "1",
        "2",
        "2.a",
        "2.b",
        "2.balt1",
        "2.balt2",
        "2.c",
        "3",
    ]
    assert paragraph(content, "2.balt2").text == "Establish a trust fund;"


@pytest.mark.parametrize(
    "alternative",
    ["[备选] (b) 邀请自愿捐款；", "(b) [备选] 邀请自愿捐款；", "［备选］（b）邀请自愿捐款；"],
)
def test_a_chinese_items_alternative_bracketed_beside_its_letter(alternative: str) -> None:
    content = (
        "1. 重申我们的承诺；\n2. 决定：\n(a) 使论坛成为常设论坛；\n(b) [请秘书长提交供资提案；]\n"
        f"{alternative}\n(c) 在 2035 年审查任务授权。\n3. 请委员会继续进行审查。\n"
    )
    result = parse_document(content)
    assert [(p.anchor, p.parent) for p in result.paragraphs] == [
        ("1", None),
        ("2", None),
        ("2.a", "2"),
        ("2.b", "2"),
        ("2.balt", "2"),
        ("2.c", "2"),
        ("3", None),
    ]
    assert result.paragraphs[4].text == "邀请自愿捐款；"
    assert not result.warnings


@pytest.mark.parametrize(
    "item",
    [
        "(b) [Alternatively, invite voluntary contributions;]",
        "(b) [Alt text proposed by the EU] Invite voluntary contributions;",
    ],
)
def test_a_bracketed_text_after_an_items_letter_is_no_alternative(item: str) -> None:
    content = (
        "2. Decide to:\n\n(a) Make the Forum permanent;\n\n(b) Request proposals;\n\n"
        f"{item}\n\n(c) Review the mandate.\n"
    )
    assert "2.balt" not in [p.anchor for p in parse_document(content).paragraphs]
