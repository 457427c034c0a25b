"""Paragraph parser: below a heading naming a text ("Draft resolution I", "决议草案一",
"Decision 28/101", "第28/101号决定"), the unpunctuated lines down to a blank line are its title,
however many lines a language wraps it to, so the English and Chinese reports anchor alike."""

from __future__ import annotations

from pathlib import Path

from consultations.parser import parse_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "parser"

ENGLISH = (
    "1.   The Commission recommends to the Economic and Social Council the adoption of the\n"
    "following draft resolution:\n\n"
    "Draft resolution I\n"
    "Assessment of the progress made in the implementation of and follow-up to the outcomes "
    "of the\n"
    "World Summit on the Information Society\n\n"
    "     The Economic and Social Council,\n\n"
    "     Recalling its resolution 2006/46 of 28 July 2006,\n\n"
    "     1.   Notes the progress made;\n\n"
    "     2.   Requests the Secretary-General to report.\n\n"
    "2.   The Commission adopted the following decision:\n\n"
    "Decision 28/101\n"
    "Report of the Secretary-General on progress made in the implementation of and follow-up to\n"
    "the outcomes of the World Summit on the Information Society at the regional and "
    "international\n"
    "levels\n\n"
    "     The Commission on Science and Technology for Development takes note of the report "
    "of the\n"
    "Secretary-General (A/80/62-E/2025/11).\n"
)
CHINESE = (
    "1.   委员会建议经济及社会理事会通过以下决议草案：\n\n"
    "决议草案一\n"
    "评估在执行和落实信息社会世界首脑会议成果方面取得的进展\n\n"
    "     经济及社会理事会，\n\n"
    "     回顾其2006年7月28日第2006/46号决议，\n\n"
    "     1.   注意到取得的进展；\n\n"
    "     2.   请秘书长提交报告。\n\n"
    "2.   委员会通过了以下决定：\n\n"
    "第28/101号决定\n"
    "秘书长关于区域和国际两级在执行和落实信息社会世界首脑会议成果方面取得\n"
    "的进展的报告\n\n"
    "     科学和技术促进发展委员会注意到秘书长的报告(A/80/62-E/2025/11)。\n"
)


def test_a_named_texts_title_is_its_headings_in_both_languages() -> None:
    english = parse_document(ENGLISH).paragraphs
    chinese = parse_document(CHINESE).paragraphs
    assert [p.anchor for p in english] == [p.anchor for p in chinese]
    headings = [p.text for p in english if p.kind == "heading"]
    assert headings == [
        "Draft resolution I Assessment of the progress made in the implementation of and "
        "follow-up to the outcomes of the World Summit on the Information Society",
        "Decision 28/101 Report of the Secretary-General on progress made in the implementation "
        "of and follow-up to the outcomes of the World Summit on the Information Society at the "
        "regional and international levels",
    ]
    decision = english[-1]
    assert decision.text.startswith("The Commission on Science and Technology")
    assert decision.kind == "unnumbered"


def test_a_named_texts_own_words_right_below_it_are_no_title() -> None:
    content = ENGLISH.replace("levels\n\n     The Commission", "levels\n     The Commission")
    texts = [p.text for p in parse_document(content).paragraphs]
    assert "Decision 28/101" in texts


def test_the_next_texts_title_leaves_the_headings_the_first_opened() -> None:
    content = (
        "1.   The Commission recommends the adoption of the following draft resolutions:\n\n"
        "                                    Draft resolution I\n"
        "          Assessment of the progress made in the implementation of the outcomes\n\n"
        "     The Economic and Social Council,\n\n"
        "     Recalling the outcome documents of the World Summit on the Information\n"
        "Society,\n\n"
        "     Taking stock\n\n"
        "     Noting the progress made,\n\n"
        "     1.   Reaffirms the importance of the outcomes of the Summit;\n\n"
        "     2.   Requests a report.\n\n"
        "                                    Draft resolution II\n"
        "          Science, technology and innovation for development\n\n"
        "     The Economic and Social Council,\n\n"
        "     1.   Encourages Member States to invest in research;\n\n"
        "     2.   Decides to consider the matter at its next session.\n"
    )
    paragraphs = parse_document(content).paragraphs
    taking_stock = next(p for p in paragraphs if p.text == "Taking stock")
    second = next(p for p in paragraphs if p.text.startswith("Draft resolution II"))
    assert second.parent == taking_stock.parent
    assert all(
        p.parent != taking_stock.anchor for p in paragraphs if p.anchor.startswith("part-3/")
    )


def test_a_list_of_named_texts_is_no_title() -> None:
    content = (
        "1. The Council adopted the following texts in 2024.\n\n"
        "Resolution 2023/3\nResolution 2024/12\nDecision 2024/205\n\n"
        "2. The Council also considered the reports of its functional commissions.\n"
    )
    headings = [p.text for p in parse_document(content).paragraphs if p.kind == "heading"]
    assert "Resolution 2023/3" in headings


def test_a_draft_decision_below_a_paragraphs_colon_is_no_list_of_names() -> None:
    english = (
        "     1.   At its 22nd meeting, on 27 November, the Committee considered the draft\n"
        'resolution entitled "Information and communications technologies for sustainable\n'
        'development" and the report of the Secretary-General on the item.\n\n'
        "     2.   The Second Committee also recommends to the General Assembly the adoption of\n"
        "the following draft decision:\n\n"
        "                                 Draft decision\n"
        "         Reports considered by the General Assembly in connection with\n"
        "          information and communications technologies for sustainable\n"
        "                                  development\n\n"
        "     The General Assembly takes note of the report of the Secretary-General on\n"
        "progress made in the implementation of and follow-up to the outcomes of the World\n"
        "Summit on the Information Society at the regional and international levels.\n"
    )
    chinese = (
        "     1.   委员会在 11 月 27 日第 22 次会议上审议了题为“信息和通信技术促进可持续发\n"
        "展”的决议草案和秘书长关于该项目的报告。\n\n"
        "     2.   第二委员会还建议大会通过下列决定草案：\n\n"
        "                                    决定草案\n"
        "                    与信息和通信技术促进可持续发展有关的报告\n\n"
        "     大会注意到秘书长关于信息社会世界首脑会议成果在区域和国际两级的执行和后续\n"
        "落实进展情况的报告。\n"
    )
    english_paragraphs = parse_document(english).paragraphs
    chinese_paragraphs = parse_document(chinese).paragraphs
    assert [p.anchor for p in chinese_paragraphs] == [p.anchor for p in english_paragraphs]
    assert chinese_paragraphs[1].text == "第二委员会还建议大会通过下列决定草案："
    assert chinese_paragraphs[2].kind == "heading"


def test_a_title_wrapped_at_one_of_its_commas_is_whole() -> None:
    """A commission's report in both languages: the English title of "Draft resolution I" wraps
    at one of its commas ("…women and children, and smuggling of migrants," + "including …")."""
    english, chinese = (
        parse_document((FIXTURES / f"draft_titles.{language}.txt").read_text()).paragraphs
        for language in ("en", "zh")
    )
    assert [p.anchor for p in english] == [p.anchor for p in chinese]
    title = next(p for p in english if p.text.startswith("Draft resolution I "))
    assert title.text.endswith("including through the use of digital technologies")
