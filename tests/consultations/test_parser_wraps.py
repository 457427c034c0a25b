"""Paragraph parser: a line that only goes on with the one above (a reference wrapped before its
marker, a title's second line, a year ending a sentence) opens nothing of its own."""

from __future__ import annotations

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph


def test_markers_cited_together_below_an_unfinished_sentence_open_no_item() -> None:
    chinese = (
        "1. 请秘书长在现有资源范围内尽快执行上文\n(a)至(c)分段所列措施。\n\n2. 决定继续处理此案。\n"
    )
    english = (
        "1. Requests the Secretary-General to implement, within existing resources, the measures"
        " set out above in\n(a) to (c) of paragraph 5 of resolution 79/1.\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    assert anchors(chinese) == anchors(english) == ["1", "2"]
    assert (
        paragraph(chinese, "1").text == "请秘书长在现有资源范围内尽快执行上文(a)至(c)分段所列措施。"
    )
    assert paragraph(english, "1").text.endswith(
        "set out above in (a) to (c) of paragraph 5 of resolution 79/1."
    )
    assert not parse_document(chinese).warnings
    assert not parse_document(english).warnings


def test_markers_cited_together_inside_an_item_join_its_text() -> None:
    chinese = (
        "1. 决定：\n\n(a) 在全世界促进数字合作，并认识到上文\n(a)和(b)项不妨碍国家政策空间；\n\n"
        "(b) 促进能力建设；\n\n2. 决定继续处理此案。\n"
    )
    english = (
        "1. Decides:\n\n(a) To promote digital cooperation worldwide, recognizing that"
        " subparagraphs\n(a) and (b) above do not limit national policy space;\n\n"
        "(b) To promote capacity-building;\n\n2. Decides to remain seized of the matter.\n"
    )
    expected = ["1", "1.a", "1.b", "2"]
    assert anchors(chinese) == anchors(english) == expected
    assert (
        paragraph(chinese, "1.a").text
        == "在全世界促进数字合作，并认识到上文(a)和(b)项不妨碍国家政策空间；"
    )
    assert "\n" not in paragraph(english, "1.a").text
    assert not parse_document(chinese).warnings


def test_a_chinese_marker_cited_with_its_word_or_a_list_mark_joins_the_sentence() -> None:
    for wrapped in ("(a)项", "(a)、(b)项"):
        chinese = f"1. 请秘书长执行上文\n{wrapped}所列措施。\n\n2. 决定继续处理此案。\n"
        assert anchors(chinese) == ["1", "2"]
        assert paragraph(chinese, "1").text == f"请秘书长执行上文{wrapped}所列措施。"


def test_an_item_below_an_unfinished_line_is_still_an_item() -> None:
    chinese = "1. 决定在现有资源范围内采取以下措施，包括\n(a) 促进数字合作；\n\n(b) 项目管理；\n"
    english = (
        "1. Decides to take the following measures within existing resources, including\n"
        "(a) to promote digital cooperation;\n\n(b) and to manage projects;\n"
    )
    assert anchors(chinese) == anchors(english) == ["1", "1.a", "1.b"]
    assert paragraph(chinese, "1.a").text == "促进数字合作；"
    assert paragraph(english, "1.a").text == "to promote digital cooperation;"


def test_a_year_ending_a_sentence_at_a_lines_start_is_a_wrap() -> None:
    english = (
        "1. We commit to connecting all schools to the Internet and to bridging the digital"
        " divides by\n2030. We will review progress at the high-level meeting of the General"
        " Assembly.\n\n2. We decide to remain seized of the matter.\n"
    )
    chinese = (
        "1. 我们承诺到\n2030 年将所有学校连接到互联网并弥合数字鸿沟。\n\n"
        "2. 我们决定继续处理此案。\n"
    )
    assert anchors(english) == anchors(chinese) == ["1", "2"]
    assert paragraph(english, "1").text.endswith(
        "divides by 2030. We will review progress at the high-level meeting of the General"
        " Assembly."
    )
    assert not parse_document(english).warnings


def test_a_number_kept_as_text_below_a_finished_sentence_stays_a_line_of_its_own() -> None:
    english = (
        "1. We commit to connecting all schools to the Internet.\n2030. A year to remember.\n\n"
        "2. We decide to remain seized of the matter.\n"
    )
    assert anchors(english) == ["1", "2"]
    assert paragraph(english, "1").text == (
        "We commit to connecting all schools to the Internet.\n2030. A year to remember."
    )
    assert parse_document(english).warnings


NOTES = "\n\n__________________\n1 A/RES/70/1.\n4 A/HRC/RES/32/13.\n"


def test_a_note_reference_after_a_resolution_numbers_full_stop_is_removed() -> None:
    english = (
        "1. We reaffirm that the same rights that people have offline must also be protected"
        " online, in accordance\nwith Human Rights Council resolution 32/13.4\n\n"
        "2. We decide to remain seized of the matter.\n"
    )
    chinese = (
        "1. 我们重申，人们在线下享有的权利在网上也必须受到保护，\n"
        "依照人权理事会第 32/13 号决议。4\n\n2. 我们决定继续处理此案。\n"
    )
    assert anchors(english + NOTES) == anchors(chinese + NOTES) == ["1", "2"]
    assert paragraph(english + NOTES, "1").text.endswith("Human Rights Council resolution 32/13.")
    assert paragraph(chinese + NOTES, "1").text.endswith("第 32/13 号决议。")
    # Without note 4 the digits are the text's.
    assert paragraph(english, "1").text.endswith("resolution 32/13.4")


def test_a_note_reference_after_a_resolution_numbers_comma_is_removed() -> None:
    english = (
        "1. We reaffirm the 2030 Agenda for Sustainable Development, in accordance with"
        " resolution 70/1,1 and the\nAddis Ababa Action Agenda.\n\n"
        "2. We decide to remain seized of the matter.\n"
    )
    assert paragraph(english + NOTES, "1").text == (
        "We reaffirm the 2030 Agenda for Sustainable Development, in accordance with"
        " resolution 70/1, and the Addis Ababa Action Agenda."
    )
    assert "resolution 70/1,1 and" in paragraph(english, "1").text


ANNEX_EN = (
    "1. Decides to establish the Independent International Scientific Panel on Artificial"
    " Intelligence, in accordance\nwith the terms of reference contained in the annex to the"
    " present resolution.\n\n2. Decides to remain seized of the matter.\n\nAnnex\n\n"
)
ANNEX_ZH = (
    "1. 决定按照本决议附件所载职权范围，设立独立国际人工智能科学小组和全球人工智能治理对话，"
    "并请秘书长提供支助。\n\n2. 决定继续处理此案。\n\n附件\n\n"
)


def test_a_title_wrapped_short_of_the_texts_width_is_one_heading() -> None:
    english = ANNEX_EN + (
        "Terms of reference and modalities for the establishment and functioning of the Global\n"
        "Dialogue on Artificial Intelligence Governance\n\n"
        "1. The Dialogue shall meet annually.\n\n"
        "2. The Dialogue shall be co-chaired by two Member States.\n"
    )
    chinese = ANNEX_ZH + (
        "全球人工智能治理对话的设立和运作的职权范围\n和模式\n\n"
        "1. 对话每年举行一次。\n\n2. 对话由两个会员国共同主持。\n"
    )
    expected = ["1", "2", "annex-1", "annex-1/1", "annex-1/2"]
    assert anchors(english) == anchors(chinese) == expected
    assert paragraph(english, "annex-1").text == (
        "Terms of reference and modalities for the establishment and functioning of the Global"
        " Dialogue on Artificial Intelligence Governance"
    )
    assert paragraph(chinese, "annex-1").text == "全球人工智能治理对话的设立和运作的职权范围和模式"
    assert paragraph(english, "annex-1/1").parent == "annex-1"


def test_an_unnumbered_title_wrapped_short_is_one_heading() -> None:
    english = ANNEX_EN + (
        "Global Dialogue on Artificial Intelligence Governance\n\n"
        "1. The Dialogue shall meet annually.\n\n"
        "Participation of stakeholders in the Global\n"
        "Dialogue on Artificial Intelligence Governance\n\n"
        "2. The Dialogue shall be co-chaired by two Member States.\n"
    )
    chinese = ANNEX_ZH + (
        "全球人工智能治理对话\n\n1. 对话每年举行一次。\n\n"
        "利益攸关方参与全球\n人工智能治理对话\n\n2. 对话由两个会员国共同主持。\n"
    )
    expected = ["1", "2", "annex-1", "annex-1/1", "p-5", "annex-1/2"]
    assert anchors(english) == anchors(chinese) == expected
    assert paragraph(english, "p-5").kind == "heading"
    assert paragraph(english, "p-5").text == (
        "Participation of stakeholders in the Global Dialogue on Artificial Intelligence Governance"
    )
    assert paragraph(chinese, "p-5").text == "利益攸关方参与全球人工智能治理对话"
    assert paragraph(english, "annex-1/2").parent == "p-5"


def test_title_lines_with_text_right_below_stay_apart() -> None:
    # Only a blank line below tells the second line ends the title: here it is the text's.
    english = ANNEX_EN + (
        "Terms of reference and modalities for the establishment and functioning of the Global\n"
        "Dialogue on Artificial Intelligence Governance\n"
        "The Dialogue shall meet annually in New York.\n\n"
        "1. The Dialogue shall meet annually.\n"
    )
    assert paragraph(english, "annex-1").text == (
        "Terms of reference and modalities for the establishment and functioning of the Global"
    )
