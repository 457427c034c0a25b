"""Paragraph parser: pdftotext -layout sets a footnote's raised digit apart after a comma ("…of
Human Rights, 1 where everyone", "Principles, 2 the Geneva"). The Chinese text glues it
("《世界人权宣言》，1 在此"), and the reference was removed there but kept in the English. It is
removed where its note exists and the words after it go on with a clause, never from a count or
a list of numbers."""

from __future__ import annotations

from consultations.parser import parse_document

EN = (
    "          1.    We reaffirm our commitment to the vision of the Summit, upholding\n"
    "     the Universal Declaration of Human Rights, 1 where everyone can create,\n"
    "     access, utilize and share information and knowledge.\n"
    "          2.    We further reaffirm the Geneva Declaration of Principles, 2 the Geneva\n"
    "     Plan of Action and the Tunis Agenda for the Information Society.\n"
    "     _______________\n"
    "     1 Resolution 217 A (III).\n"
    "     2 See A/C.2/59/3, annex.\n"
)
ZH = (
    "          1.    我们重申对首脑会议愿景的承诺，完全遵守和维护《世界人权宣言》，1 在\n"
    "     此社会中，人人可以创造、获取、使用和分享信息和知识。\n"
    "          2.    我们进一步重申《日内瓦原则宣言》、2 《日内瓦行动计划》和《信息社会\n"
    "     突尼斯议程》。\n"
    "     _______________\n"
    "     1 第 217 A (III)号决议。\n"
    "     2 见 A/C.2/59/3，附件。\n"
)


def _texts(content: str, fmt: str = "text") -> dict[str, str]:
    return {p.anchor: p.text for p in parse_document(content, fmt).paragraphs}  # type: ignore[arg-type]


def test_a_spaced_marker_after_a_comma_goes_as_the_chinese_glued_one_does() -> None:
    english, chinese = _texts(EN), _texts(ZH)
    assert english["1"] == (
        "We reaffirm our commitment to the vision of the Summit, upholding the Universal "
        "Declaration of Human Rights, where everyone can create, access, utilize and share "
        "information and knowledge."
    )
    assert english["2"] == (
        "We further reaffirm the Geneva Declaration of Principles, the Geneva Plan of Action "
        "and the Tunis Agenda for the Information Society."
    )
    assert chinese["1"].startswith(
        "我们重申对首脑会议愿景的承诺，完全遵守和维护《世界人权宣言》，在此社会中"
    )
    assert (
        chinese["2"]
        == "我们进一步重申《日内瓦原则宣言》、《日内瓦行动计划》和《信息社会突尼斯议程》。"
    )


def test_a_spaced_marker_left_at_a_lines_end_goes_with_the_line_below() -> None:
    content = (
        "     1.    We reaffirm the Universal Declaration of Human Rights, 1\n"
        "which guides our work, and the Tunis Agenda, 2 as well as the Geneva Plan\n"
        "of Action, 3 and decide to remain seized of the matter.\n"
        "_______________\n"
        "1 Resolution 217 A (III).\n"
        "2 See A/60/687.\n"
        "3 See A/C.2/59/3, annex.\n"
    )
    assert _texts(content)["1"] == (
        "We reaffirm the Universal Declaration of Human Rights, which guides our work, and the "
        "Tunis Agenda, as well as the Geneva Plan of Action, and decide to remain seized of the "
        "matter."
    )


def test_a_spaced_marker_in_a_markdown_copy_goes_too() -> None:
    content = (
        "1. We reaffirm the Universal Declaration of Human Rights, 1 where everyone can share"
        " information.\n\n"
        "2. We further reaffirm the Geneva Declaration of Principles, 2 the Geneva Plan of"
        " Action.\n\n"
        "______\n\n"
        "1 Resolution 217 A (III).\n\n"
        "2 See A/C.2/59/3, annex.\n"
    )
    texts = _texts(content, "markdown")
    assert texts["1"] == (
        "We reaffirm the Universal Declaration of Human Rights, where everyone can share "
        "information."
    )
    assert texts["2"] == (
        "We further reaffirm the Geneva Declaration of Principles, the Geneva Plan of Action."
    )


# --- Near misses: numbers that belong to the sentence keep their place ---


def test_numbers_a_sentence_counts_or_lists_stay_though_their_notes_exist() -> None:
    content = (
        "     1.    We recall Goals 1, 2 and 3, paragraphs 1 and 2 of resolution 70/1, 1 of\n"
        "which was adopted on 1 January, and the reports of 42 Member States, 2 entities\n"
        "and others, 3 in Africa.\n"
        "_______________\n"
        "1 Resolution 70/1.\n"
        "2 See A/60/687.\n"
        "3 See A/C.2/59/3, annex.\n"
    )
    assert _texts(content)["1"] == (
        "We recall Goals 1, 2 and 3, paragraphs 1 and 2 of resolution 70/1, 1 of which was "
        "adopted on 1 January, and the reports of 42 Member States, 2 entities and others, 3 in "
        "Africa."
    )


def test_a_spaced_digit_without_its_note_stays() -> None:
    content = (
        "     1.    We reaffirm the Geneva Declaration of Principles, 2 the Geneva Plan of\n"
        "Action and the Tunis Agenda, 4 and the Declaration of Human Rights.1\n"
        "_______________\n"
        "1 Resolution 217 A (III).\n"
    )
    assert _texts(content)["1"] == (
        "We reaffirm the Geneva Declaration of Principles, 2 the Geneva Plan of Action and the "
        "Tunis Agenda, 4 and the Declaration of Human Rights."
    )


def test_a_spaced_marker_before_a_number_going_on_stays() -> None:
    content = (
        "     1.    We reaffirm the priorities of the Programme, 2 and 3 of which concern\n"
        "connectivity.\n"
        "_______________\n"
        "2 See A/60/687.\n"
    )
    assert _texts(content)["1"] == (
        "We reaffirm the priorities of the Programme, 2 and 3 of which concern connectivity."
    )


def test_a_count_after_a_lower_case_words_comma_stays_though_its_note_exists() -> None:
    content = (
        "1. Among the five regions, 2 where data are available show gains.1\n"
        "\n"
        "2. Of the 24 countries surveyed, 3 that have a national strategy were visited.2\n"
        "\n"
        "__________________\n"
        "1 See A/79/100.\n"
        "2 ITU (2024).\n"
        "3 Ibid.\n"
    )
    texts = _texts(content)
    assert texts["1"] == "Among the five regions, 2 where data are available show gains."
    assert texts["2"] == (
        "Of the 24 countries surveyed, 3 that have a national strategy were visited."
    )
