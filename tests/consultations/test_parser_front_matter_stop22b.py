"""Paragraph parser, regressions of the front-matter and bullet rules (false-positive audit 1):
a declaration's only heading below its preamble keeps the preamble's anchors; a transmittal
note, an editorial note or a letter's signature does not begin the text below it; a web page's
menu and footer stay front and trailing matter; a list's "- Preamble" titles nothing; a
sentence's paired dashes are no list; a list's symbol alone is kept."""

from __future__ import annotations

import pytest

from consultations.parser import ParseResult, parse_document
from tests.consultations.parser_helpers import anchors, paragraph


def skipped(result: ParseResult) -> list[str]:
    return [
        w.excerpt
        for w in result.warnings
        if w.message in ("front matter skipped", "trailing text skipped")
    ]


@pytest.mark.parametrize(
    ("content", "heading"),
    [
        (
            "Political declaration of the high-level meeting on universal health coverage\n\n"
            "We, Heads of State and Government, assembled at the United Nations on\n"
            "23 September 2025,\n\n"
            "Recognizing that at least 4.5 billion people are not fully covered by\n"
            "essential health services,\n\n"
            "Primary health care\n\n"
            "1. Commit to strengthening primary health care;\n\n"
            "2. Request the Secretary-General to provide a progress report.\n",
            "Primary health care",
        ),
        (
            "全民健康覆盖问题高级别会议政治宣言\n\n"
            "我们，国家元首和政府首脑，于 2025 年 9 月 23 日聚集在联合国，\n\n"
            "认识到全世界仍有至少 45 亿人未能获得基本卫生服务，\n\n"
            "初级卫生保健\n\n"
            "1. 承诺加强初级卫生保健；\n\n"
            "2. 请秘书长提交一份进展报告。\n",
            "初级卫生保健",
        ),
    ],
)
def test_a_declarations_only_heading_below_its_preamble_keeps_the_preamble(
    content: str, heading: str
) -> None:
    assert anchors(content) == ["pp1", "pp2", "p-3", "1", "2"]
    assert paragraph(content, "p-3").text == heading
    assert paragraph(content, "1").parent == "p-3"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "Note by the Secretary-General\n\n"
            "The Secretary-General has the honour to transmit to the General Assembly the\n"
            "report of the Special Rapporteur on the right to privacy.\n\n"
            "Report of the Special Rapporteur on the right to privacy\n\n"
            "Privacy and personal data protection in the use of artificial intelligence\n\n"
            "I. Introduction\n\n"
            "1. The present report is submitted pursuant to Council resolution 55/3.\n",
            ["p-1", "section-1", "1"],
        ),
        (
            "Advance unedited version\n\n"
            "The present document is being issued without formal editing.\n\n"
            "Promotion and protection of all human rights, civil,\n"
            "political, economic, social and cultural rights,\n"
            "including the right to development\n\n"
            "I. Introduction\n\n"
            "1. The present report is submitted pursuant to Council resolution 53/7.\n",
            ["p-1", "section-1", "1"],
        ),
    ],
)
def test_a_transmittal_or_editorial_note_does_not_begin_the_text(
    content: str, expected: list[str]
) -> None:
    # The title block below the note is front matter, not an unnumbered paragraph.
    assert anchors(content) == expected


@pytest.mark.parametrize(
    ("content", "signature", "title"),
    [
        (
            "We have the honour to write to you as co-facilitators of the consultations.\n\n"
            "We are pleased to share below the revised draft decision.\n\n"
            "(Signed) Maria Fernanda Espinosa\nPermanent Representative of Ecuador\n\n"
            "Revised draft decision\n\n"
            "Modalities of the fourth high-level meeting of the General Assembly on the\n"
            "prevention and control of noncommunicable diseases and of its preparatory process\n\n"
            "1. Decides that the high-level meeting will be held on 25 September 2025;\n\n"
            "2. Also decides that the meeting will consist of an opening segment.\n",
            "(Signed) Maria Fernanda Espinosa",
            "Revised draft decision",
        ),
        (
            "我们谨以共同协调人的身份致函各位。\n\n"
            "我们谨在下文分享订正决定草案。\n\n"
            "玛丽亚·费尔南达·埃斯皮诺萨（签名）\n厄瓜多尔常驻代表\n\n"
            "订正决定草案\n\n"
            "大会预防和控制非传染性疾病问题第四次高级别会议及其筹备进程的组织安排和会议形式以及"
            "与会者的范围和会议的成果文件\n\n"
            "1. 决定高级别会议将于 2025 年 9 月 25 日举行；\n\n"
            "2. 又决定会议将包括一个开幕式。\n",
            "玛丽亚·费尔南达·埃斯皮诺萨（签名）",
            "订正决定草案",
        ),
    ],
)
def test_below_a_letters_signature_the_text_transmitted_begins_anew(
    content: str, signature: str, title: str
) -> None:
    result = parse_document(content)
    assert anchors(content) == ["p-1", "p-2", "1", "2"]
    # A Chinese signature's lines are skipped as one (no space between ideographs).
    assert any(line.startswith(signature) for line in skipped(result))
    assert title in skipped(result)
    assert paragraph(content, "1").parent is None


@pytest.mark.parametrize(
    ("content", "menu"),
    [
        (
            "The Human Rights Council,\n\nRecalling its resolution 48/13,\n\n"
            "1. Welcomes the recognition of the right to a healthy environment;\n\n"
            "2. Decides to continue its consideration of this matter.\n\n"
            "Follow us\n- Facebook\n- Instagram\n\n- Contact\n- Privacy notice\n- Terms of use\n",
            ["Follow us", "Facebook", "Instagram", "Contact", "Privacy notice", "Terms of use"],
        ),
        (
            "人权理事会，\n\n回顾其第 48/13 号决议，\n\n"
            "1. 欢迎承认享有健康环境的权利；\n\n2. 决定继续审议这一问题。\n\n"
            "关注我们\n• Facebook\n• 微博\n\n• 联系我们\n• 隐私通知\n• 使用条款\n",
            ["关注我们", "Facebook", "微博", "联系我们", "隐私通知", "使用条款"],
        ),
    ],
)
def test_a_web_footers_lists_are_trailing_matter(content: str, menu: list[str]) -> None:
    result = parse_document(content)
    assert anchors(content) == ["p-1", "pp1", "1", "2"]
    assert skipped(result) == menu


def test_a_list_that_says_something_after_the_last_paragraph_is_kept() -> None:
    content = (
        "1. The world must accelerate progress.\n\n2. Decides to remain seized.\n\n"
        "Next steps\n• Strengthen data systems\n• Scale up financing\n\n"
        "Related documents\n- A/HRC/58/L.17\n- A/HRC/58/41\n"
    )
    result = parse_document(content)
    assert [p.text for p in result.paragraphs][2:] == [
        "Next steps",
        "Strengthen data systems",
        "Scale up financing",
        "Related documents",
        "A/HRC/58/L.17",
        "A/HRC/58/41",
    ]


@pytest.mark.parametrize(
    ("content", "menu"),
    [
        (
            "# Department of Economic and Social Affairs\n\n- Home\n- About\n- Publications\n\n"
            "## Elements paper\n\nThis elements paper does not prejudge the outcome.\n\n"
            "### Debt\n\n- Debt transparency\n",
            [
                "Department of Economic and Social Affairs",
                "Home",
                "About",
                "Publications",
                "Elements paper",
            ],
        ),
        (
            "# 经济和社会事务部\n\n- 首页\n- 联系我们\n- 出版物\n\n"
            "## 要素文件\n\n本要素文件不预断成果。\n\n### 债务\n\n- 债务透明度\n",
            ["经济和社会事务部", "首页", "联系我们", "出版物", "要素文件"],
        ),
    ],
)
def test_a_sites_menu_below_its_name_is_front_matter(content: str, menu: list[str]) -> None:
    result = parse_document(content, "markdown")
    # The site's name and the paper's title above its first paragraph of prose are its title
    # block, skipped as in plain text.
    assert [p.kind for p in result.paragraphs] == ["unnumbered", "heading", "unnumbered"]
    assert skipped(result) == menu


@pytest.mark.parametrize(
    ("content", "items"),
    [
        (
            "# Elements paper\n\n## Proposed structure\n\n- Preamble\n- Commitments\n"
            "- Follow-up and review\n\n## Questions for discussion\n\n"
            "1. Which priorities should the declaration address?\n",
            ["Preamble", "Commitments", "Follow-up and review"],
        ),
        (
            "# 要素文件\n\n## 拟议结构\n\n- 序言\n- 承诺\n- 后续行动和审查\n\n## 讨论问题\n\n"
            "1. 宣言应处理哪些优先事项？\n",
            ["序言", "承诺", "后续行动和审查"],
        ),
    ],
)
def test_a_lists_preamble_entry_titles_no_preamble(content: str, items: list[str]) -> None:
    result = parse_document(content, "markdown")
    assert [(p.anchor, p.kind, p.text) for p in result.paragraphs][2:5] == [
        ("p-3", "unnumbered", items[0]),
        ("p-4", "unnumbered", items[1]),
        ("p-5", "unnumbered", items[2]),
    ]


def test_a_sentences_paired_dashes_at_line_starts_are_no_list() -> None:
    content = (
        "1. The Committee reviewed the situation of the countries scheduled to graduate from\n"
        "the least developed country category and noted that the three criteria\n"
        "– income per capita, the human assets index and the economic vulnerability index\n"
        "– had been met by all three countries at two consecutive triennial reviews.\n\n"
        "2. The Committee will continue to monitor the countries concerned.\n"
    )
    assert anchors(content) == ["1", "2"]
    assert paragraph(content, "1").text.endswith(
        "three criteria – income per capita, the human assets index and the economic "
        "vulnerability index – had been met by all three countries at two consecutive "
        "triennial reviews."
    )


def test_dash_items_below_a_heading_are_still_a_list() -> None:
    content = (
        "Elements paper\n\nThis paper guides Member States.\n\n"
        "Domestic public resources\n- Strengthening tax administration\n"
        "- Combating illicit financial flows\n\n1. Which gaps matter most?\n"
    )
    result = parse_document(content)
    assert [p.text for p in result.paragraphs][1:4] == [
        "Domestic public resources",
        "Strengthening tax administration",
        "Combating illicit financial flows",
    ]


@pytest.mark.parametrize(
    "content",
    [
        "The Human Rights Council,\n\nRecalling its resolution 48/13,\n\n"
        "1. Takes note of the reports of the Special Rapporteur;\n\n"
        "Documents before the Council\n- A/HRC/58/41\n- A/HRC/58/41/Add.1\n\n"
        "2. Decides to continue its consideration of this matter.\n",
        "人权理事会，\n\n回顾其第 48/13 号决议，\n\n1. 注意到特别报告员的报告；\n\n"
        "理事会面前的文件\n- A/HRC/58/41\n- A/HRC/58/41/Add.1\n\n2. 决定继续审议这一问题。\n",
    ],
)
def test_a_dash_list_of_symbols_is_kept(content: str) -> None:
    result = parse_document(content)
    texts = [p.text for p in result.paragraphs]
    assert "A/HRC/58/41" in texts
    assert "A/HRC/58/41/Add.1" in texts
    assert paragraph(content, "2").parent == paragraph(content, "p-4").anchor
