"""Paragraph parser: the roman ("I.", "أولا -") or Chinese ("一、", "一.") numbered sections inside
a chapter or part ("Chapter I", "第一章", "第一部分", "Chapitre I", "Capítulo I", "Глава I",
"الفصل الأول") are the chapter's sections, ``section-1.1``, ``section-1.2``, their lettered
sub-headings ``section-1.2.a``, the next chapter ``section-2`` at the top again, alike in every
language; chapters alone and sections alone keep their anchors."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from consultations.parser import Format, parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

ENGLISH = (
    "Chapter I\nGeneral provisions\n\n"
    "I. Background\n\n"
    "1. This document sets out the actions.\n\n"
    "II. Purpose\n\n"
    "2. Member States commit to strengthening multilateralism.\n\n"
    "A. Near-term objectives\n\n"
    "3. Member States commit to reforming the international financial architecture.\n\n"
    "Chapter II\nImplementation\n\n"
    "I. Mechanism\n\n"
    "4. A follow-up mechanism is established.\n"
)
CHINESE = (
    "第一章\n总则\n\n"
    "一、背景\n\n"
    "1. 本文件阐述行动。\n\n"
    "二、目的\n\n"
    "2. 会员国承诺加强多边主义。\n\n"
    "(一) 近期目标\n\n"
    "3. 会员国承诺改革国际金融架构。\n\n"
    "第二章\n执行\n\n"
    "一、机制\n\n"
    "4. 设立一个后续机制。\n"
)
CHINESE_PARTS = (
    "第一部分 总则\n\n"
    "一. 导言\n\n"
    "1. 本报告根据大会第78/265号决议提交。\n\n"
    "二. 背景\n\n"
    "甲. 历史\n\n"
    "2. 工作组于2023年设立。\n\n"
    "3. 工作组举行了三届会议。\n\n"
    "第二部分 建议\n\n"
    "一. 数据治理\n\n"
    "4. 各国应加强数据治理。\n"
)
FRENCH = (
    "Chapitre I\nDispositions générales\n\n"
    "I. Contexte\n\n"
    "1. Le présent document énonce les mesures.\n\n"
    "II. Objet\n\n"
    "2. Les États Membres s’engagent à renforcer le multilatéralisme.\n\n"
    "A. Objectifs à court terme\n\n"
    "3. Les États Membres s’engagent à réformer l’architecture financière.\n\n"
    "Chapitre II\nMise en œuvre\n\n"
    "I. Mécanisme\n\n"
    "4. Un mécanisme de suivi est créé.\n"
)
SPANISH = (
    "Capítulo I\nDisposiciones generales\n\n"
    "I. Antecedentes\n\n"
    "1. En el presente documento se exponen las medidas.\n\n"
    "II. Propósito\n\n"
    "2. Los Estados Miembros se comprometen a fortalecer el multilateralismo.\n\n"
    "A. Objetivos a corto plazo\n\n"
    "3. Los Estados Miembros se comprometen a reformar la arquitectura financiera.\n\n"
    "Capítulo II\nAplicación\n\n"
    "I. Mecanismo\n\n"
    "4. Se establece un mecanismo de seguimiento.\n"
)
RUSSIAN = (
    "Глава I\nОбщие положения\n\n"
    "I. Справочная информация\n\n"
    "1. В настоящем документе излагаются меры.\n\n"
    "II. Цель\n\n"
    "2. Государства-члены обязуются укреплять многосторонность.\n\n"
    "А. Краткосрочные цели\n\n"
    "3. Государства-члены обязуются реформировать финансовую архитектуру.\n\n"
    "Глава II\nОсуществление\n\n"
    "I. Механизм\n\n"
    "4. Учреждается механизм последующей деятельности.\n"
)
ARABIC = (
    "الفصل الأول\nأحكام عامة\n\n"
    "أولا - معلومات أساسية\n\n"
    "1 - تحدد هذه الوثيقة الإجراءات.\n\n"
    "ثانيا - الغرض\n\n"
    "2 - تلتزم الدول الأعضاء بتعزيز تعددية الأطراف.\n\n"
    "ألف - الأهداف القريبة الأجل\n\n"
    "3 - تلتزم الدول الأعضاء بإصلاح الهيكل المالي الدولي.\n\n"
    "الفصل الثاني\nالتنفيذ\n\n"
    "أولا - الآلية\n\n"
    "4 - تنشأ آلية للمتابعة.\n"
)
CHAPTERED_ANCHORS = [
    ("section-1", None),
    ("section-1.1", "section-1"),
    ("1", "section-1.1"),
    ("section-1.2", "section-1"),
    ("2", "section-1.2"),
    ("section-1.2.a", "section-1.2"),
    ("3", "section-1.2.a"),
    ("section-2", None),
    ("section-2.1", "section-2"),
    ("4", "section-2.1"),
]


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(ENGLISH, id="english"),
        pytest.param(CHINESE, id="chinese"),
        pytest.param(FRENCH, id="french"),
        pytest.param(SPANISH, id="spanish"),
        pytest.param(RUSSIAN, id="russian"),
        pytest.param(ARABIC, id="arabic"),
    ],
)
def test_a_chapters_numbered_sections_are_its_own_in_every_language(content: str) -> None:
    result = parse_document(content)
    assert [(p.anchor, p.parent) for p in result.paragraphs] == CHAPTERED_ANCHORS
    assert result.warnings == ()


def test_a_section_in_the_second_chapter_has_both_titles_as_its_path() -> None:
    english = {p.anchor: p for p in parse_document(ENGLISH).paragraphs}
    chinese = {p.anchor: p for p in parse_document(CHINESE).paragraphs}
    assert english["4"].heading_path == ("Chapter II Implementation", "I. Mechanism")
    assert chinese["4"].heading_path == ("第二章 执行", "一、机制")
    assert (chinese["section-2"].label, chinese["section-2"].text) == ("第二章", "执行")
    assert (chinese["section-2.1"].label, chinese["section-2.1"].text) == ("一", "机制")
    assert english["3"].heading_path == (
        "Chapter I General provisions",
        "II. Purpose",
        "A. Near-term objectives",
    )


def test_a_parts_numbered_sections_are_its_own() -> None:
    paragraphs = parse_document(CHINESE_PARTS).paragraphs
    assert [(p.anchor, p.parent) for p in paragraphs] == [
        ("section-1", None),
        ("section-1.1", "section-1"),
        ("1", "section-1.1"),
        ("section-1.2", "section-1"),
        ("section-1.2.a", "section-1.2"),
        ("2", "section-1.2.a"),
        ("3", "section-1.2.a"),
        ("section-2", None),
        ("section-2.1", "section-2"),
        ("4", "section-2.1"),
    ]
    assert paragraphs[-1].heading_path == ("第二部分 建议", "一. 数据治理")


@pytest.mark.parametrize(
    ("section_mark", "fmt"),
    [
        pytest.param("**", "markdown", id="bold"),
        pytest.param("### ", "markdown", id="deeper-heading"),
        pytest.param("## ", "markdown", id="same-level-heading"),
    ],
)
def test_markdown_sections_sit_in_their_chapter_at_any_level(
    section_mark: str, fmt: Format
) -> None:
    close = "**" if section_mark == "**" else ""
    content = (
        f"## Chapter I\n\n{section_mark}I. Mandate{close}\n\n"
        "1. The working group shall hold a dialogue.\n\n"
        f"{section_mark}II. Composition{close}\n\n"
        f"{section_mark}A. Members{close}\n\n"
        "2. The working group shall comprise 54 members.\n\n"
        f"## Chapter II\n\n{section_mark}I. Methods of work{close}\n\n"
        "3. The working group shall meet twice a year.\n"
    )
    paragraphs = parse_document(content, fmt).paragraphs
    assert [(p.anchor, p.parent) for p in paragraphs] == [
        ("section-1", None),
        ("section-1.1", "section-1"),
        ("1", "section-1.1"),
        ("section-1.2", "section-1"),
        ("section-1.2.a", "section-1.2"),
        ("2", "section-1.2.a"),
        ("section-2", None),
        ("section-2.1", "section-2"),
        ("3", "section-2.1"),
    ]


def test_sections_numbered_on_across_chapters_stay_in_their_chapter() -> None:
    content = (
        "Chapter I\nGeneral provisions\n\n"
        "I. Background\n\n1. This document sets out the actions.\n\n"
        "II. Purpose\n\n2. Member States commit to multilateralism.\n\n"
        "Chapter II\nImplementation\n\n"
        "III. Mechanism\n\n3. A follow-up mechanism is established.\n"
    )
    anchors = [p.anchor for p in parse_document(content).paragraphs]
    assert anchors == [
        "section-1",
        "section-1.1",
        "1",
        "section-1.2",
        "2",
        "section-2",
        "section-2.3",
        "3",
    ]


def test_chapters_without_numbered_sections_keep_their_anchors() -> None:
    content = (
        "Chapter I\nGeneral provisions\n\n"
        "A. Background\n\n1. This document sets out the actions.\n\n"
        "B. Purpose\n\n2. Member States commit to multilateralism.\n\n"
        "Chapter II\nImplementation\n\n"
        "A. Mechanism\n\n3. A follow-up mechanism is established.\n"
    )
    anchors = [p.anchor for p in parse_document(content).paragraphs]
    assert anchors == [
        "section-1",
        "section-1.a",
        "1",
        "section-1.b",
        "2",
        "section-2",
        "section-2.a",
        "3",
    ]


def test_numbered_sections_without_chapters_keep_their_anchors() -> None:
    content = (
        "一、背景\n\n1. 本文件阐述行动。\n\n"
        "二、目的\n\n2. 会员国承诺加强多边主义。\n\n"
        "(一) 近期目标\n\n3. 会员国承诺改革国际金融架构。\n\n"
        "三、执行\n\n4. 设立一个后续机制。\n"
    )
    anchors = [p.anchor for p in parse_document(content).paragraphs]
    assert anchors == ["section-1", "1", "section-2", "2", "section-2.a", "3", "section-3", "4"]


async def test_a_faithful_chinese_translation_of_a_chaptered_text_is_accepted(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Actions", "language": "en", "format": "text", "content": ENGLISH},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["anchors"] == [anchor for anchor, _ in CHAPTERED_ANCHORS]
    document_id = created.json()["document"]["id"]
    translated = await client.put(
        f"/v1/documents/{document_id}/versions/1/translations/zh",
        json={"content": CHINESE, "format": "text"},
        headers=headers,
    )
    assert translated.status_code == 201, translated.text
    listed = await client.get(
        f"/v1/documents/{document_id}/versions/1/paragraphs", params={"language": "zh"}
    )
    assert listed.status_code == 200, listed.text
    by_anchor = {item["anchor"]: item for item in listed.json()["items"]}
    assert by_anchor["4"]["heading_path"] == ["第二章 执行", "一、机制"]
