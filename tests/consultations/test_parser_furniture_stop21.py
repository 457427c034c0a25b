"""Paragraph parser: page furniture, text that must not be lost, and the lines closing a
resolution, as an audit found them on real UN texts in the six languages."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph

# --- A line alone on its page is text, not the running title of the page below ---


def test_a_line_alone_on_its_page_between_two_headers_is_kept_chinese() -> None:
    content = (
        "大会，\n\n回顾其第 70/1 号决议，\n\n"
        "1. 决定在纽约和日内瓦轮流举行人工智能治理全球对话，首次对话将依照大会第 79/\n"
        "\fA/79/L.2\n\n2/14                                                      24-12345\n\n"
        "325 号决议的规定于 2025 年举行，并请秘书长提供一切必要支持，包括大会第\n"
        "\f                                                                     A/79/L.2\n\n"
        "GE.24-12345 (C)                                                         3/14\n\n"
        "79/1 号决议附件一行动 56 所述的支持；\n\n2. 决定继续审议。\n"
    )
    assert anchors(content) == ["p-1", "pp1", "1", "2"]
    assert paragraph(content, "1").text == (
        "决定在纽约和日内瓦轮流举行人工智能治理全球对话，首次对话将依照大会第 79/325 号决议的规定于"
        " 2025 年举行，并请秘书长提供一切必要支持，包括大会第 79/1 号决议附件一行动 56 所述的支持；"
    )


def test_a_line_alone_on_its_page_between_two_headers_is_kept_english() -> None:
    content = (
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
        "1. Decides to hold the Global Dialogue on Artificial Intelligence Governance in\n"
        "\fA/79/L.2\n\n2/14                                                      24-12345\n\n"
        "New York and Geneva, and requests the Secretary-General to support it as set out in\n"
        "\f                                                                     A/79/L.2\n\n"
        "24-12345                                                         3/14\n\n"
        "resolution 79/1;\n\n2. Decides to remain seized of the matter.\n"
    )
    assert anchors(content) == ["p-1", "pp1", "1", "2"]
    assert paragraph(content, "1").text.endswith(
        "Governance in New York and Geneva, and requests the Secretary-General to support it as"
        " set out in resolution 79/1;"
    )


def test_the_first_pages_title_printed_above_a_later_pages_symbol_is_still_a_running_title() -> (
    None
):
    content = (
        "Digital cooperation and the Global Dialogue\n\nThe General Assembly,\n\n"
        "Recalling its resolution 70/1,\n\n"
        "1. Decides to hold the Global Dialogue on governance in\n"
        "\n24-12345\n\n3/14\n\fDigital cooperation and the Global Dialogue\n\nA/79/L.2\n\n"
        "New York and Geneva;\n\n2. Decides to remain seized of the matter.\n"
    )
    assert paragraph(content, "1").text == (
        "Decides to hold the Global Dialogue on governance in New York and Geneva;"
    )


# --- The meeting line and date closing a resolution, in the six languages ---

_RIGHT = " " * 50


@pytest.mark.parametrize(
    ("chapeau", "last", "meeting", "date", "annex"),
    [
        (
            "The General Assembly,",
            "Decides to remain seized of the matter.",
            "56th plenary meeting",
            "19 December 2025",
            "Annex",
        ),
        ("大会，", "决定继续处理该事项。", "2025年12月19日", "第56次全体会议", "附件"),
        (
            "L’Assemblée générale,",
            "Décide de rester saisie de la question.",
            "56e séance plénière",
            "19 décembre 2025",
            "Annexe",
        ),
        (
            "La Asamblea General,",
            "Decide seguir ocupándose de la cuestión.",
            "56ª sesión plenaria",
            "19 de diciembre de 2025",
            "Anexo",
        ),
        (
            "Генеральная Ассамблея,",
            "постановляет продолжать заниматься этим вопросом.",
            "56-е пленарное заседание",
            "19 декабря 2025 года",
            "Приложение",
        ),
        (
            "إن الجمعية العامة،",
            "تقرر أن تبقي المسألة قيد نظرها.",
            "الجلسة العامة 56",
            "19 كانون الأول/ديسمبر 2025",
            "المرفق",
        ),
    ],
)
def test_the_meeting_line_and_date_above_an_annex_are_no_paragraph(
    chapeau: str, last: str, meeting: str, date: str, annex: str
) -> None:
    content = (
        f"{chapeau}\n\n1. {last}\n\n{_RIGHT}{meeting}\n{_RIGHT}{date}\n\n{annex}\n\n"
        "1. Le groupe de travail se réunit.\n"
    )
    result = parse_document(content)
    assert [found.anchor for found in result.paragraphs] == ["p-1", "1", "annex-1", "annex-1/1"]
    assert paragraph(content, "1").text == last


@pytest.mark.parametrize(
    "line",
    [
        "56e séance plénière de la Commission, tenue à Genève.",
        "La 56ª sesión plenaria examinó el informe.",
        "56-е пленарное заседание Генеральной Ассамблеи рассмотрело доклад.",
    ],
)
def test_a_sentence_naming_a_meeting_stays_text(line: str) -> None:
    content = f"1. Prend note du rapport.\n\n{line}\n\n2. Décide de poursuivre.\n"
    assert anchors(content) == ["1", "p-2", "2"]
    assert paragraph(content, "p-2").text == line


# --- A chapeau set in bold in Markdown is the chapeau, no heading ---


@pytest.mark.parametrize(
    ("chapeau", "preamble", "operative"),
    [
        ("人权理事会，", "*重申*《世界人权宣言》，", "1\\. *促请*所有国家尊重和保护隐私权；"),
        (
            "The Human Rights Council,",
            "*Reaffirming* the Universal Declaration of Human Rights,",
            "1\\. *Calls upon* all States to respect the right to privacy;",
        ),
    ],
)
def test_a_bold_chapeau_reads_as_a_plain_one(chapeau: str, preamble: str, operative: str) -> None:
    def parsed(emphasised: str) -> list[tuple[str, str, str | None, tuple[str, ...]]]:
        content = f"{emphasised}\n\n{preamble}\n\n{operative}\n"
        return [
            (found.anchor, found.kind, found.parent, found.heading_path)
            for found in parse_document(content, "markdown").paragraphs
        ]

    expected = [
        ("p-1", "unnumbered", None, ()),
        ("pp1", "preamble", None, ()),
        ("1", "operative", None, ()),
    ]
    assert parsed(f"**{chapeau}**") == parsed(chapeau) == expected


def test_a_bold_title_without_a_comma_is_no_chapeau() -> None:
    # The title above paragraph 1, skipped as front matter as the plain line is.
    content = "**The right to privacy in the digital age**\n\n1\\. *Calls upon* all States;\n"
    result = parse_document(content, "markdown").paragraphs
    assert [(found.anchor, found.kind, found.parent) for found in result] == [
        ("1", "operative", None)
    ]


# --- A bare URL line below a separator is no paragraph text ---


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Forum was opened by the Chair.", "The Chair thanked all participants."),
        ("论坛由主席宣布开幕。", "主席感谢所有与会者。"),
    ],
)
def test_a_bare_url_below_a_separator_is_dropped(first: str, second: str) -> None:
    url = "https://www.un.org/digital-cooperation"
    in_between = f"1. {first}\n\n______________\n{url}\n\n2. {second}\n"
    at_the_end = f"1. {first}\n\n2. {second}\n\n______________\n{url}\n"
    for content in (in_between, at_the_end):
        assert anchors(content) == ["1", "2"]
        assert paragraph(content, "1").text == first
        assert paragraph(content, "2").text == second


def test_a_bare_url_completing_a_sentence_stays_its_text() -> None:
    content = (
        "1. The report of the Forum is available at\n"
        "https://www.un.org/digital-cooperation\n\n2. The Chair thanked all participants.\n"
    )
    assert paragraph(content, "1").text == (
        "The report of the Forum is available at https://www.un.org/digital-cooperation"
    )


# --- "<symbol> – page N" and UNESCO's "41 C/23" + "Annex – page N" are page headers ---


@pytest.mark.parametrize(
    "header",
    [
        "41 C/23 – page 2",
        "A/80/62 – page 2",
        "A/80/62 - page 2",
        "E/CN.16/2025/L.1 – page 2",
        "CL/4363 – page 2",
        "41 C/23\nAnnex – page 2",
        "41 C/23\nAnnex II – page 2",
        "A/80/62 – 第 2 页",
    ],
)
def test_a_symbol_and_page_number_after_a_dash_is_a_page_header(header: str) -> None:
    content = (
        "1. The General Conference is invited to transmit it to Member States, National\n"
        f"Commissions and relevant\n\n{header}\n\norganizations for their information.\n\n"
        "2. It decides to remain seized of the matter.\n"
    )
    assert anchors(content) == ["1", "2"]
    assert paragraph(content, "1").text.endswith("relevant organizations for their information.")


def test_unesco_annex_page_headers_keep_the_annex_whole() -> None:
    content = (
        "ANNEX\n\nDraft Recommendation on the Ethics of Neurotechnology\n\n"
        "1. Member States should apply this Recommendation.\n\n"
        "2. Member States should protect mental privacy and promote\n"
        "informed consent in all neurotechnology applications, including\n\n"
        "41 C/23\nAnnex – page 2\n\nin consumer devices.\n\n"
        "3. Member States should report on implementation.\n\n"
        "41 C/23\nAnnex – page 3\n\n4. Member States should cooperate internationally.\n"
    )
    assert anchors(content) == ["annex-1", "annex-1/1", "annex-1/2", "annex-1/3", "annex-1/4"]
    assert paragraph(content, "annex-1/2").text.endswith("including in consumer devices.")
    assert not parse_document(content).warnings


@pytest.mark.parametrize(
    ("heading", "title"),
    [("Annex – Terms of reference", "Terms of reference"), ("附件 – 职权范围", "职权范围")],
)
def test_an_annex_titled_after_a_dash_stays_an_annex(heading: str, title: str) -> None:
    content = f"1. Decides to act.\n\n{heading}\n\n1. The group meets.\n"
    assert anchors(content) == ["1", "annex-1", "annex-1/1"]
    assert paragraph(content, "annex-1").text.endswith(title)


# --- A note's reference after the last preambular comma keeps the heading below ---


@pytest.mark.parametrize(
    ("chapeau", "preamble", "heading", "operative", "note"),
    [
        (
            "The Economic and Social Council,",
            "Taking note of the report of the Secretary-General,{marker}",
            "Taking stock: reviewing the implementation",
            "1. Welcomes the report;\n\n2. Decides to remain seized of the matter.",
            "1 A/80/62-E/2025/11.",
        ),
        (
            "经济及社会理事会，",
            "注意到秘书长的报告，{marker}",
            "评估：审查执行情况",
            "1. 欢迎该报告；\n\n2. 决定继续处理此事项。",
            "1 A/80/62-E/2025/11。",
        ),
    ],
)
def test_a_heading_below_a_preamble_ending_in_a_note_reference_is_kept(
    chapeau: str, preamble: str, heading: str, operative: str, note: str
) -> None:
    def parsed(marker: str) -> list[tuple[str, str, str]]:
        content = (
            f"{chapeau}\n\n{preamble.format(marker=marker)}\n\n{heading}\n\n{operative}\n\n"
            f"__________________\n{note}\n"
        )
        return [
            (found.anchor, found.kind, found.text) for found in parse_document(content).paragraphs
        ]

    assert parsed("1") == parsed("")
    assert ("p-3", "heading", heading) in parsed("1")


# --- An annex's label is its number as printed, without the separator ---


@pytest.mark.parametrize(
    ("heading", "label", "title"),
    [
        ("Annex I: Terms of reference", "Annex I", "Terms of reference"),
        ("Annex I. Modalities", "Annex I", "Modalities"),
        ("Annex*", "Annex", ""),
        ("附件一：职权范围", "附件一", "职权范围"),
        ("附件一. 职权范围", "附件一", "职权范围"),
        ("附 件 一", "附 件 一", ""),
    ],
)
def test_an_annex_label_drops_its_separator(heading: str, label: str, title: str) -> None:
    content = f"1. Decides to act.\n\n{heading}\n\n1. The group meets.\n"
    annex = paragraph(content, "annex-1")
    assert (annex.label, annex.text) == (label, title)
