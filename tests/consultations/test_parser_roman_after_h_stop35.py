"""Paragraph parser: "(i)" right after "(h)" is the letter (i) or (h)'s first roman item, and
what follows decides ("(ii)" below it: roman, "(j)": the letter), as do "(v)" after "(u)" and
"(x)" after "(w)". Russian "и)", Arabic "(ط)" against "’1‘" and Chinese "(一)" against "(i)"
then give the English anchors, so translations align item by item."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

ENGLISH = (
    "The General Assembly,\n\n1. Calls upon Member States:\n\n"
    + "".join(f"({letter}) Item {letter} text;\n\n" for letter in "abcdefgh")
    + "(i) First sub-item;\n\n(ii) Second sub-item;\n\n"
    + "(i) Item i text;\n\n(j) Item j text;\n\n(k) Item k text;\n\n"
    "2. Decides to remain seized of the matter.\n"
)
RUSSIAN = (
    "Генеральная Ассамблея,\n\n1. призывает государства-члены:\n\n"
    + "".join(f"{letter}) пункт {letter};\n\n" for letter in "абвгдежз")
    + "i) первый;\n\nii) второй;\n\n"
    + "и) пункт и;\n\nк) пункт к;\n\nл) пункт л;\n\n"
    "2. постановляет продолжать заниматься этим вопросом.\n"
)
ARABIC = (
    "إن الجمعية العامة،\n\n1 - تهيب بالدول الأعضاء:\n\n"
    + "".join(
        f"({letter}) البند {letter}؛\n\n" for letter in ("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح")
    )
    + "’1‘ الأول؛\n\n’2‘ الثاني؛\n\n"
    + "(ط) البند ط؛\n\n(ي) البند ي؛\n\n(ك) البند ك؛\n\n"
    "2 - تقرر أن تبقي المسألة قيد نظرها.\n"
)
CHINESE = (
    "大会，\n\n1. 吁请会员国：\n\n"
    + "".join(f"({letter}) 项目{letter}；\n\n" for letter in "abcdefgh")
    + "(一) 第一；\n\n(二) 第二；\n\n"
    + "(i) 项目i；\n\n(j) 项目j；\n\n(k) 项目k；\n\n"
    "2. 决定继续处理此案。\n"
)
ANCHORS = [
    "p-1",
    "1",
    *(f"1.{letter}" for letter in "abcdefgh"),
    "1.h.i",
    "1.h.ii",
    "1.i",
    "1.j",
    "1.k",
    "2",
]


@pytest.mark.parametrize(
    "content", [ENGLISH, RUSSIAN, ARABIC, CHINESE], ids=["en", "ru", "ar", "zh"]
)
def test_roman_items_after_h_are_hs_own_and_the_letter_i_follows(content: str) -> None:
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ANCHORS
    assert not result.warnings


def test_the_letter_i_after_h_stays_the_letter_where_j_follows() -> None:
    content = ENGLISH.replace("(i) First sub-item;\n\n(ii) Second sub-item;\n\n", "")
    paragraphs = parse_document(content).paragraphs
    assert [(p.anchor, p.text) for p in paragraphs if p.anchor.startswith("1.i")] == [
        ("1.i", "Item i text;")
    ]


def test_a_letter_i_holding_its_own_roman_items_stays_the_letter() -> None:
    content = ENGLISH.replace(
        "(i) First sub-item;\n\n(ii) Second sub-item;\n\n(i) Item i text;",
        "(i) Item i text:\n\n(i) First sub-item;\n\n(ii) Second sub-item;",
    )
    anchors = [p.anchor for p in parse_document(content).paragraphs]
    assert anchors[9:14] == ["1.h", "1.i", "1.i.i", "1.i.ii", "1.j"]


@pytest.mark.parametrize(
    ("following", "expected"),
    [
        ("(w) Item w text;", ["1.u", "1.u.i", "1.u.ii", "1.u.iii", "1.u.iv", "1.v", "1.w"]),
        ("(vi) Sub-item vi;", ["1.u.i", "1.u.ii", "1.u.iii", "1.u.iv", "1.u.v", "1.u.vi"]),
    ],
    ids=["letter", "roman"],
)
def test_v_after_u_and_its_iv_is_read_by_what_follows(following: str, expected: list[str]) -> None:
    letters = "abcdefghijklmnopqrstu"
    content = (
        "The General Assembly,\n\n1. Calls upon Member States:\n\n"
        + "".join(f"({letter}) Item {letter} text;\n\n" for letter in letters)
        + "".join(f"({roman}) Sub-item {roman};\n\n" for roman in ("i", "ii", "iii", "iv"))
        + f"(v) Item v text;\n\n{following}\n\n2. Decides to remain seized of the matter.\n"
    )
    anchors = [p.anchor for p in parse_document(content).paragraphs]
    assert anchors[-len(expected) - 1 : -1] == expected


@pytest.mark.parametrize(
    ("language", "translation", "item_i"),
    [("zh", CHINESE, "项目i；"), ("ru", RUSSIAN, "пункт и;"), ("ar", ARABIC, "البند ط؛")],
)
async def test_translations_of_roman_items_after_h_align_with_the_english(
    client: httpx.AsyncClient, state: AppState, language: str, translation: str, item_i: str
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    body = {"title": "Calls", "language": "en", "format": "text", "content": ENGLISH}
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents", json=body, headers=headers
    )
    assert created.status_code == 201, created.text
    texts = {p["anchor"]: p["text"] for p in created.json()["paragraphs"]}
    assert (texts["1.h.ii"], texts["1.i"]) == ("Second sub-item;", "Item i text;")
    version = f"/v1/documents/{created.json()['document']['id']}/versions/1"
    response = await client.put(
        f"{version}/translations/{language}", json={"content": translation}, headers=headers
    )
    assert response.status_code == 201, response.text
    listed = await client.get(
        f"{version}/paragraphs", params={"language": language}, headers=headers
    )
    assert listed.status_code == 200, listed.text
    translated = {p["anchor"]: p["text"] for p in listed.json()["items"]}
    assert list(translated) == ANCHORS
    assert translated["1.i"] == item_i


def test_an_arabic_quoted_number_after_h_is_always_its_roman_item() -> None:
    content = ARABIC.replace("’2‘ الثاني؛\n\n", "")
    anchors = [p.anchor for p in parse_document(content).paragraphs]
    assert anchors[9:13] == ["1.h", "1.h.i", "1.i", "1.j"]
