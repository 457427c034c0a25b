"""Paragraph parser: note references pdftotext glues to an ideograph ("…的报告4，", "第 55/7 号
决议1，") are references when the page's foot holds that note, next in sequence; glued numbers
that count or order something ("2025年", "第1段", "3个") never are. With them read, a Geneva
page's notes, printed without a separator, are notes in Chinese as they are in English."""

from __future__ import annotations

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph

GENEVA_ENGLISH = (
    "The Human Rights Council,\n\n"
    "Recalling all its resolutions on new and emerging technologies and human rights, including"
    " resolution\n53/29 of 14 July 2023,1\n\n"
    "Noting the report of the United Nations High Commissioner for Human Rights on regulatory"
    " approaches,2\n\n"
    "1. Calls upon all States:\n\n"
    "(a) To establish or strengthen national legislation, policy and regulatory frameworks to"
    " ensure that\nthe design, development and use of new technologies comply with their"
    " obligations;\n\n"
    "1 See Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 53"
    " (A/78/53), chap. VI, sect. A.\n"
    "2 A/HRC/56/45.\n\n"
    "GE.25-05871 (E) 100425 110425\n\n*2505871*\nPlease recycle\nA/HRC/RES/58/12\n\n"
    "(b) To adopt a human rights-based approach to the regulation of new technologies;\n\n"
    "2. Decides to remain seized of the matter.\n\n2/2\n\nGE.25-05871\n"
)
GENEVA_CHINESE = (
    "人权理事会，\n\n"
    "回顾人权理事会关于新技术和新兴技术与人权的所有决议，包括 2023 年 7 月 14 日第\n"
    "53/29 号决议1，\n\n"
    "注意到人权事务高级专员关于新技术和新兴技术监管办法的报告2，\n\n"
    "1. 吁请所有国家：\n\n"
    "(a) 酌情建立或加强国家立法、政策和监管框架，确保新技术和新兴技术的设计、开发\n"
    "和使用符合其国际人权法义务；\n\n"
    "1 见《大会正式记录，第七十八届会议，补编第 53 号》(A/78/53)，第六章，A 节。\n"
    "2 A/HRC/56/45。\n\n"
    "GE.25-05871 (C) 100425 110425\n\n*2505871*\n请回收\nA/HRC/RES/58/12\n\n"
    "(b) 在新技术和新兴技术的监管中采取以人权为基础的办法；\n\n"
    "2. 决定继续处理这一问题。\n\n2/2\n\nGE.25-05871\n"
)


def test_geneva_page_without_separator_numbers_alike_in_both_languages() -> None:
    expected = ["p-1", "pp1", "pp2", "1", "1.a", "1.b", "2"]
    assert anchors(GENEVA_ENGLISH) == anchors(GENEVA_CHINESE) == expected
    assert paragraph(GENEVA_CHINESE, "pp1").text.endswith("第 53/29 号决议，")
    assert (
        paragraph(GENEVA_CHINESE, "pp2").text
        == "注意到人权事务高级专员关于新技术和新兴技术监管办法的报告，"
    )
    assert paragraph(GENEVA_CHINESE, "1.b").parent == "1"
    assert not parse_document(GENEVA_CHINESE).warnings


def _chinese_page(body: str, notes: str, *, first_page: bool = True) -> str:
    """A page of an officially laid-out Chinese report: its body, separator, notes, footer."""
    footer = "25-03911 (C) 100425 110425\n\n*2503911*\n请回收\n" if first_page else "25-03911\n"
    return f"{body}\n__________________\n{notes}\n\n{footer}"


def test_reference_glued_to_an_ideograph_is_taken_out_in_sequence() -> None:
    content = _chinese_page(
        "一、导言\n\n"
        "1. 本报告借鉴了联合国系统各实体和民间社会提交的资料1。\n\n"
        "2. 据估计，仍有约 26 亿人处于离线状态，其中绝大多数生活在中等收入国家2。\n",
        "1 提交的资料可查阅 https://unctad.org/cstd。\n2 国际电联，《2024 年事实和数字》。",
    )
    assert anchors(content) == ["section-1", "1", "2"]
    assert paragraph(content, "1").text.endswith("民间社会提交的资料。")
    assert paragraph(content, "2").text.endswith("中等收入国家。")
    # A web copy, its notes at its end and no page furniture: nothing says which page a note
    # is on, and the digits stay.
    web_copy = (
        "一、导言\n\n1. 委员会审议了秘书长的报告1，并注意到各区域的情况。\n\n"
        "__________________\n1 A/80/64。\n"
    )
    assert paragraph(web_copy, "1").text == "委员会审议了秘书长的报告1，并注意到各区域的情况。"


def test_glued_numbers_that_count_or_order_stay() -> None:
    # A web copy's glued numbers, with notes 1 to 3 at the page's foot: only the reference to
    # note 1 goes; "2025年", "第2段", "3个" and "（目标3）" stay, though notes 2 and 3 exist.
    content = _chinese_page(
        "一、导言\n\n"
        "1. 委员会在2025年审议了秘书长的报告1，并注意到第2段所述3个区域的情况（目标3）。\n\n"
        "2. 委员会还注意到各区域的进展，见报告附件2。\n\n"
        "3. 委员会请秘书长提交一份关于执行情况的报告3。\n",
        "1 A/80/64。\n2 E/2025/48。\n3 A/79/1。",
    )
    texts = {found.anchor: found.text for found in parse_document(content).paragraphs}
    assert (
        texts["1"] == "委员会在2025年审议了秘书长的报告，并注意到第2段所述3个区域的情况（目标3）。"
    )
    assert texts["2"] == "委员会还注意到各区域的进展，见报告附件。"
    assert texts["3"] == "委员会请秘书长提交一份关于执行情况的报告。"


def test_glued_number_is_no_reference_out_of_sequence_or_to_another_pages_note() -> None:
    # Page 1 holds note 1 only: "覆盖率为2，" names no note of its page, and "共有2。" on page 2
    # is no reference either, as page 2's note is 3 and its next reference "报告3，".
    content = (
        _chinese_page(
            "一、导言\n\n1. 委员会审议了秘书长的报告1，各国的覆盖率为2，仍需努力。\n",
            "1 A/80/64。",
        )
        + "\f"
        + _chinese_page(
            "A/80/64\n\n"
            "2. 各区域中，取得进展的区域共有2。委员会注意到秘书长的报告3，\n"
            "并请其继续提交报告。\n",
            "3 A/79/1。",
            first_page=False,
        )
    )
    texts = {found.anchor: found.text for found in parse_document(content).paragraphs}
    assert texts["1"] == "委员会审议了秘书长的报告，各国的覆盖率为2，仍需努力。"
    assert (
        texts["2"]
        == "各区域中，取得进展的区域共有2。委员会注意到秘书长的报告，并请其继续提交报告。"
    )


def test_reference_before_an_ideograph_only_where_numerals_are_set_apart() -> None:
    official = _chinese_page(
        "一、导言\n\n"
        "1. 关于第一个优先主题的讨论以秘书长的报告1为基础，会议于 2025 年 4 月 7 日至 11 日\n"
        "举行，审议了第 1 段所述的 3 个区域。\n",
        "1 E/CN.16/2025/2。",
    )
    assert paragraph(official, "1").text.startswith(
        "关于第一个优先主题的讨论以秘书长的报告为基础，"
    )
    # A text that glues its numerals to what they count is no official layout: a number between
    # two ideographs may be anything there, and stays.
    glued = official.replace("2025 年 4 月 7 日至 11 日", "2025年4月7日至11日")
    assert paragraph(glued, "1").text.startswith("关于第一个优先主题的讨论以秘书长的报告1为基础，")
