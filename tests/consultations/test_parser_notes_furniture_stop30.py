"""Notes and page furniture: what a page's foot holds (notes, end-of-document markers) is told
apart from the body's items, and a word hyphenated at a line's end is joined."""

from __future__ import annotations

import pytest

from consultations.parser import ParseResult, parse_document


def anchors(result: ParseResult) -> list[str]:
    return [p.anchor for p in result.paragraphs]


def texts(result: ParseResult) -> dict[str, str]:
    return {p.anchor: p.text for p in result.paragraphs}


ITU_RESOLVES_BELOW_A_REFERENCE = (
    "世界电信标准化全会（2024 年，新德里），\n"
    "进一步认识到\n"
    "全球网络安全议程鼓励开展国际合作，1\n"
    "做出决议\n"
    "1 继续高度重视此项工作；\n"
    "2 所有研究组继续评估现有的新建议书，包括：\n"
    "a) 与信令有关的建议书；\n"
    "3 继续提高认识，\n"
)


def test_items_below_a_clause_a_reference_closes_are_no_notes_without_a_page_foot() -> None:
    result = parse_document(ITU_RESOLVES_BELOW_A_REFERENCE, "text")

    assert anchors(result)[-5:] == ["p-4", "p-4.1", "p-4.2", "p-4.2.a", "p-4.3"]
    assert texts(result)["p-4.1"] == "继续高度重视此项工作；"
    assert texts(result)["p-4.2"] == "所有研究组继续评估现有的新建议书，包括："
    assert not result.warnings


def test_notes_a_reference_points_to_at_the_page_foot_stay_notes() -> None:
    text = (
        "世界电信标准化全会（2024 年，新德里），\n"
        "进一步认识到\n"
        "全球网络安全议程鼓励开展国际合作，1\n"
        "做出决议\n"
        "继续高度重视此项工作。\n"
        "1 见 WTSA-24/45 号文件。\n"
        "24-07993 3/8\n"
        "请各成员国积极参与本决议的实施。\n"
    )
    result = parse_document(text, "text")

    assert all("WTSA-24/45" not in p.text for p in result.paragraphs)
    assert any(p.text == "全球网络安全议程鼓励开展国际合作，" for p in result.paragraphs)


WHA_URGES = (
    "The Seventy-seventh World Health Assembly,\n"
    "Recalling resolution WHA72.2;\n"
    "1. URGES Member States:2\n"
    "(1) to strengthen primary health care;\n"
    "(2) to ensure a competent workforce;\n"
    "(3) to promote community engagement;\n"
    "2. REQUESTS the Director-General:\n"
    "(1) to provide technical support;\n"
    "(2) to report on progress.\n"
)
WHA_ITEMS = (
    "(1) to strengthen primary health care;\n"
    "(2) to ensure a competent workforce;\n"
    "(3) to promote community engagement;"
)


def test_a_reference_after_a_lead_ins_colon_keeps_its_items_in_the_paragraph() -> None:
    result = parse_document(WHA_URGES, "text")

    assert anchors(result) == ["p-1", "pp1", "1", "2"]
    assert texts(result)["1"] == f"URGES Member States:2\n{WHA_ITEMS}"


def test_a_reference_after_a_lead_ins_colon_goes_when_its_note_exists() -> None:
    result = parse_document(f"{WHA_URGES}\n___________\n2 See document A77/4.\n", "text")

    assert anchors(result) == ["p-1", "pp1", "1", "2"]
    assert texts(result)["1"] == f"URGES Member States:\n{WHA_ITEMS}"


def test_spaced_chinese_references_go_when_their_notes_exist() -> None:
    text = (
        "第七十七届世界卫生大会，\n"
        "忆及 WHA72.2 号决议；\n"
        "1. 敦促会员国 2：\n"
        "(1) 加强初级卫生保健；\n"
        "(2) 确保有一支称职的卫生人力队伍；\n"
        "2. 要求总干事：\n"
        "(1) 提供技术支持；\n"
        "(2) 通过执行委员会向卫生大会报告 1；\n"
        "(3) 报告进展。\n"
        "3. 决定 1：\n"
        "(1) 设立工作组；\n"
        "(2) 审议进展。\n"
        "\n___________\n"
        "1 见 A77/4 号文件。\n"
        "2 见 A77/5 号文件。\n"
    )
    result = parse_document(text, "text")

    assert (
        texts(result)["1"]
        == "敦促会员国：\n(1) 加强初级卫生保健；\n(2) 确保有一支称职的卫生人力队伍；"
    )
    assert "向卫生大会报告；" in texts(result)["2"]
    assert texts(result)["3"].startswith("决定 1：\n")


@pytest.mark.parametrize(
    ("follows", "ends", "document_ends"),
    [
        ("[Annex follows]", "[End of Annex and of document]", "[End of document]"),
        ("[L'annexe suit]", "[Fin de l'annexe et du document]", "[Fin du document]"),
        ("[Sigue el Anexo]", "[Fin del Anexo y del documento]", "[Fin del documento]"),
        ("[后接附件]", "[附件和文件完]", "[文件完]"),
    ],
    ids=["en", "fr", "es", "zh"],
)
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_end_of_document_markers_are_page_furniture(
    follows: str, ends: str, document_ends: str, fmt: str
) -> None:
    text = (
        "1. The Committee held two sessions.\n\n"
        "2. The WIPO General Assembly is invited to take note of the report.\n\n\n"
        f"                                  {follows}\n\n"
        "ANNEX\n\n"
        "1. The first item.\n\n"
        f"                                  {ends}\n"
    )
    if fmt == "markdown":
        text = text.replace("[", "\\[").replace("]", "\\]")
    result = parse_document(text, fmt)

    assert texts(result)["2"] == (
        "The WIPO General Assembly is invited to take note of the report."
    )
    assert texts(result)["annex-1/1"] == "The first item."
    single = parse_document(f"1. The Committee held two sessions.\n\n{document_ends}\n", fmt)
    assert [p.text for p in single.paragraphs] == ["The Committee held two sessions."]


def test_bracketed_text_naming_an_annex_stays() -> None:
    text = "1. The Committee held two sessions.\n\n[See the annex to the present report]\n"
    result = parse_document(text, "text")

    assert "[See the annex to the present report]" in "\n".join(p.text for p in result.paragraphs)


@pytest.mark.parametrize(
    ("head", "tail", "word"),
    [
        ("applica", "tion", "application"),
        ("implemen", "tation", "implementation"),
        ("organi", "zation", "organization"),
        ("regu", "lar", "regular"),
        ("participa", "tion", "participation"),
        ("develop", "ment", "development"),
        ("continu", "ous", "continuous"),
    ],
)
def test_a_word_broken_before_its_ending_is_joined(head: str, tail: str, word: str) -> None:
    text = f"1. The Court noted the interpretation and {head}-\n{tail} of the Statute.\n"
    result = parse_document(text, "text")

    assert texts(result)["1"] == f"The Court noted the interpretation and {word} of the Statute."


@pytest.mark.parametrize(
    "compound",
    [
        "open-ended",
        "follow-up",
        "co-facilitators",
        "multi-stakeholder",
        "well-being",
        "non-governmental",
        "non-ally",
    ],
)
def test_a_compound_broken_at_its_hyphen_keeps_it(compound: str) -> None:
    head, tail = compound.split("-")
    text = f"1. The Assembly welcomes the work of the {head}-\n{tail} groups of the Forum.\n"
    result = parse_document(text, "text")

    assert (
        texts(result)["1"]
        == f"The Assembly welcomes the work of the {compound} groups of the Forum."
    )


def test_a_first_part_written_with_its_hyphen_elsewhere_keeps_it() -> None:
    text = "1. The Assembly welcomes the cross-cutting work and the cross-\ning of the Forum.\n"
    result = parse_document(text, "text")

    assert texts(result)["1"] == (
        "The Assembly welcomes the cross-cutting work and the cross-ing of the Forum."
    )
