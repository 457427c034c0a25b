"""Paragraph parser: structure a Chinese text prints its own way, read as the English one is."""

from __future__ import annotations

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph


def test_an_articles_items_numbered_yi_are_letters_under_an_unnumbered_lead_in() -> None:
    chinese = "第一条\n宗旨\n本公约的宗旨是：\n（一）促进国际合作；\n（二）提供技术援助。\n"
    english = (
        "Article 1\nPurposes\nThe purposes of this Convention are:\n"
        "(a) To promote international cooperation;\n(b) To provide technical assistance.\n"
    )
    expected = ["article-1", "p-2", "p-2.a", "p-2.b"]
    assert anchors(chinese) == anchors(english) == expected


def test_an_items_list_numbered_1_in_a_chinese_article_is_its_roman_items() -> None:
    # UNCAC art. 2 prints the English "(i)", "(ii)" as "1.", "2." under "（一）".
    chinese = (
        "第二条\n在本公约中：\n（一）“公职人员”系指：\n1. 担任立法、行政或者司法职务的任何人员；\n"
        "2. 履行公共职能的任何其他人员；\n（二）“外国公职人员”系指外国担任公职的任何人员。\n"
    )
    english = (
        'Article 2\nFor the purposes of this Convention:\n(a) "Public official" shall mean:\n'
        "(i) any person holding a legislative, executive or judicial office;\n"
        "(ii) any other person who performs a public function;\n"
        '(b) "Foreign public official" shall mean any person holding public office of a '
        "foreign country.\n"
    )
    expected = ["article-2", "p-2", "p-2.a", "p-2.a.i", "p-2.a.ii", "p-2.b"]
    assert anchors(chinese) == anchors(english) == expected
    assert paragraph(chinese, "p-2.a.ii").text == "履行公共职能的任何其他人员；"


def test_a_chinese_reference_wrapped_before_its_subparagraph_opens_no_item() -> None:
    chinese = "1. 决定：\n(a) 按照本决议第 2 段\n(b) 分段的规定开展工作；\n(b) 召开全球对话。\n"
    english = (
        "1. Decides:\n(a) To work in accordance with paragraph 2\n(b) of the present resolution;"
        "\n(b) To convene a global dialogue.\n"
    )
    assert anchors(chinese) == anchors(english) == ["1", "1.a", "1.b"]
    assert paragraph(chinese, "1.a").text == "按照本决议第 2 段 (b) 分段的规定开展工作；"
    assert paragraph(chinese, "1.b").text == "召开全球对话。"
    assert not parse_document(chinese).warnings


def test_a_chinese_reference_to_a_subparagraph_joins_its_line() -> None:
    chinese = "1. 回顾第 60/251 号决议第 5 段\n(e) 分段的规定；\n2. 决定继续审议。\n"
    english = (
        "1. Recalls the provisions of paragraph 5\n(e) of resolution 60/251;\n"
        "2. Decides to continue its consideration.\n"
    )
    assert anchors(chinese) == anchors(english) == ["1", "2"]
    assert paragraph(chinese, "1").text == "回顾第 60/251 号决议第 5 段 (e) 分段的规定；"
    # A treaty's article, item and range are referred to alike.
    for wrapped in ("第 2 条第 1 款\n(a) 项", "第 3 段\n(a) 至 (c) 分段"):
        content = f"1. 回顾本公约{wrapped}的规定；\n2. 决定继续审议。\n"
        assert anchors(content) == ["1", "2"]
        assert "\n" not in paragraph(content, "1").text


def test_a_chinese_rule_of_procedure_is_an_article_as_rule_is() -> None:
    english = (
        "Rule 1\nThe General Assembly shall meet every year in regular session.\n"
        "Rule 2\nThe Assembly shall meet at United Nations Headquarters.\n"
    )
    expected = ["article-1", "p-2", "article-2", "p-4"]
    assert anchors(english) == expected
    for rule in ("规则 ", "规则"):
        chinese = f"{rule}1\n大会每年九月举行常会。\n{rule}2\n大会在联合国总部举行会议。\n"
        assert anchors(chinese) == expected
    titled = "规则 1. 常会\n大会每年九月举行常会。\n规则 2 会议地点\n大会在联合国总部举行会议。\n"
    assert paragraph(titled, "article-2").text == "会议地点"


def test_a_chinese_rule_cited_in_a_sentence_is_text() -> None:
    content = "1. 回顾大会议事规则。\n规则 1 的规定适用。\n2. 决定继续审议。\n"
    assert anchors(content) == ["1", "p-2", "2"]


def test_a_chinese_action_titled_after_a_dash_or_a_space_is_a_heading() -> None:
    english = (
        "20. We decide to:\n(a) Strengthen investment;\nAction 35 – We will strengthen "
        "cooperation.\n21. We decide to:\n(a) Strengthen cooperation.\n"
    )
    expected = ["20", "20.a", "action-35", "21", "21.a"]
    assert anchors(english) == expected
    for separator in ("——", " —— ", " "):
        chinese = (
            f"20. 我们决定：\n(a) 加强投资；\n行动 35{separator}我们将加强合作。\n"
            "21. 我们决定：\n(a) 加强合作。\n"
        )
        assert anchors(chinese) == expected
        assert paragraph(chinese, "action-35").text == "我们将加强合作。"


def test_a_chinese_action_cited_in_a_sentence_is_text() -> None:
    wrapped = "20. 我们重申在《未来契约》\n行动 35 承诺的合作。\n21. 我们决定加强合作。\n"
    assert anchors(wrapped) == ["20", "21"]
    assert paragraph(wrapped, "20").text == "我们重申在《未来契约》行动 35 承诺的合作。"
    for going_on in ("中", "的"):
        content = f"20. 我们重申。\n行动 35 {going_on}承诺仍然有效。\n21. 我们决定加强合作。\n"
        assert anchors(content) == ["20", "p-2", "21"]


def test_a_markdown_heading_numbered_yi_in_parentheses_is_a_sub_heading() -> None:
    chinese = (
        "## 二、主要趋势\n\n### （一）连通性\n\n1. 全球约有 67%的人口使用互联网。\n\n"
        "### （二）人工智能\n\n2. 人工智能迅速发展。\n"
    )
    english = (
        "## II. Major trends\n\n### A. Connectivity\n\n1. About 67 per cent of the world's "
        "population uses the Internet.\n\n### B. Artificial intelligence\n\n"
        "2. Artificial intelligence is developing rapidly.\n"
    )
    expected = ["section-2", "section-2.a", "1", "section-2.b", "2"]
    assert anchors(chinese, "markdown") == anchors(english, "markdown") == expected
    sub_heading = paragraph(chinese, "section-2.a", "markdown")
    assert (sub_heading.label, sub_heading.text) == ("（一）", "连通性")
    assert paragraph(chinese, "1", "markdown").parent == "section-2.a"


def test_a_bold_sub_heading_sits_under_the_bold_section_heading_above() -> None:
    chinese = (
        "**一、导言**\n\n**（一）连通性**\n\n1. 全球约有 67%的人口使用互联网。\n\n"
        "**（二）人工智能**\n\n2. 人工智能迅速发展。\n"
    )
    english = (
        "**I. Introduction**\n\n**A. Connectivity**\n\n1. About 67 per cent of the world's "
        "population uses the Internet.\n\n**B. Artificial intelligence**\n\n"
        "2. Artificial intelligence is developing rapidly.\n"
    )
    for content in (chinese, english):
        paragraphs = parse_document(content, "markdown").paragraphs
        assert [(found.anchor, found.parent) for found in paragraphs] == [
            ("section-1", None),
            ("section-1.a", "section-1"),
            ("1", "section-1.a"),
            ("section-1.b", "section-1"),
            ("2", "section-1.b"),
        ]


UDHR_CHINESE = (
    "世界人权宣言\n序言\n"
    "鉴于对人类家庭所有成员的固有尊严及其平等的和不移的权利的承认，乃是世界自由、正义与和平的基础，\n"
    "鉴于对人权的无视和侮蔑已发展为野蛮暴行，\n因此现在，\n大会，\n"
    "发布这一世界人权宣言，作为所有人民和所有国家努力实现的共同标准。\n"
    "第一条\n人人生而自由，在尊严和权利上一律平等。\n"
)
UDHR_ENGLISH = (
    "Universal Declaration of Human Rights\nPreamble\n"
    "Whereas recognition of the inherent dignity and of the equal and inalienable rights of all "
    "members of the human family is the foundation of freedom, justice and peace in the world,\n"
    "Whereas disregard and contempt for human rights have resulted in barbarous acts which have "
    "outraged the conscience of mankind,\nNow, therefore,\nThe General Assembly,\n"
    "Proclaims this Universal Declaration of Human Rights as a common standard of achievement "
    "for all peoples and all nations.\nArticle 1\n"
    "All human beings are born free and equal in dignity and rights.\n"
)


def test_a_titled_preamble_before_the_chapeau_is_the_preamble() -> None:
    expected = ["pp1", "pp2", "p-3", "p-4", "p-5", "article-1", "p-7"]
    assert anchors(UDHR_CHINESE) == anchors(UDHR_ENGLISH) == expected
    chinese = parse_document(UDHR_CHINESE).paragraphs
    assert [found.text for found in chinese[2:5]] == [
        "因此现在，",
        "大会，",
        "发布这一世界人权宣言，作为所有人民和所有国家努力实现的共同标准。",
    ]
    assert chinese[4].kind == "unnumbered"
    assert chinese[1].text == "鉴于对人权的无视和侮蔑已发展为野蛮暴行，"


def test_text_above_the_chapeau_without_a_preamble_title_is_still_front_matter() -> None:
    untitled = parse_document(UDHR_ENGLISH.replace("Preamble\n", ""))
    assert not any(found.text.startswith("Whereas") for found in untitled.paragraphs)


def test_a_markdown_annex_takes_the_heading_below_as_its_title_as_text_does() -> None:
    body = "1. Decides to establish the panel;\n\n2. Requests a report.\n\n"
    annex = "1. The Panel shall have 40 members.\n\n2. The Panel shall report annually.\n"
    title = "Terms of reference of the Panel"
    text = f"{body}Annex\n\n{title}\n\n{annex}"
    markdown = f"{body}## Annex\n\n### {title}\n\n{annex}"
    zh_body = "1. 决定设立小组；\n\n2. 请提交报告。\n\n"
    zh_annex = "1. 小组由40名成员组成。\n\n2. 小组每年提交报告。\n"
    zh_markdown = f"{zh_body}## 附件\n\n### 小组的职权范围\n\n{zh_annex}"
    expected = ["1", "2", "annex-1", "annex-1/1", "annex-1/2"]
    assert anchors(text) == anchors(markdown, "markdown") == expected
    assert anchors(zh_markdown, "markdown") == expected
    heading = paragraph(markdown, "annex-1", "markdown")
    assert (heading.label, heading.text) == ("Annex", title)
    assert paragraph(markdown, "annex-1/2", "markdown").heading_path == (f"Annex {title}",)
    assert paragraph(zh_markdown, "annex-1", "markdown").text == "小组的职权范围"
    # A heading at the annex's own level is no title of it.
    same_level = f"{body}## Annex\n\n## Appendix notes\n\n{annex}"
    assert paragraph(same_level, "annex-1", "markdown").text == ""
