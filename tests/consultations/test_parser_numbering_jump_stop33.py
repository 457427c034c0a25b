"""Paragraph parser: a jump in the body's numbering ("1." "8." "9.") is read alike whether or
not an annex, an appendix or a list restarting at 1 follows: the annex's "1." is no part of the
body's run, so it neither stops the jump nor glues paragraphs 8 and 9 into paragraph 1."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from consultations.parser import Format, parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

ENGLISH_BODY = (
    "1. Decides to convene a dialogue;\n\n"
    "8. Requests the Secretary-General to report on:\n\n"
    "(a) The progress made;\n\n"
    "(b) The remaining gaps;\n\n"
    "9. Invites all stakeholders to participate.\n\n"
)
CHINESE_BODY = (
    "1．决定召开对话；\n\n"
    "8．请秘书长就以下方面提出报告：\n\n"
    "(a) 取得的进展；\n\n"
    "(b) 尚存的差距；\n\n"
    "9．邀请所有利益攸关方参与。\n\n"
)
BODY_ANCHORS = ["1", "8", "8.a", "8.b", "9"]
JUMP_WARNING = "paragraph 8 where 2 was expected; numbered from it"

CASES = [
    pytest.param(ENGLISH_BODY, "Annex I", "1. The panel shall consist of experts.", id="english"),
    pytest.param(CHINESE_BODY, "附件一", "1．小组由专家组成。", id="chinese"),
]
FORMATS = [
    pytest.param("text", "", id="text"),
    pytest.param("markdown", "## ", id="markdown"),
]


@pytest.mark.parametrize(("fmt", "heading_mark"), FORMATS)
@pytest.mark.parametrize(("body", "annex", "annexed"), CASES)
def test_a_jump_in_the_body_numbering_holds_above_an_annex(
    body: str, annex: str, annexed: str, fmt: Format, heading_mark: str
) -> None:
    result = parse_document(f"{body}{heading_mark}{annex}\n\n{annexed}\n", fmt)
    assert [p.anchor for p in result.paragraphs] == [*BODY_ANCHORS, "annex-1", "annex-1/1"]
    assert [w.message for w in result.warnings] == [JUMP_WARNING]


@pytest.mark.parametrize(("fmt", "heading_mark"), FORMATS)
@pytest.mark.parametrize(("body", "annex", "annexed"), CASES)
def test_the_annex_changes_nothing_in_the_body(
    body: str, annex: str, annexed: str, fmt: Format, heading_mark: str
) -> None:
    alone = parse_document(body, fmt).paragraphs
    annexed_to = parse_document(f"{body}{heading_mark}{annex}\n\n{annexed}\n", fmt).paragraphs
    assert [(p.anchor, p.text) for p in annexed_to[: len(alone)]] == [
        (p.anchor, p.text) for p in alone
    ]


@pytest.mark.parametrize(("fmt", "heading_mark"), FORMATS)
@pytest.mark.parametrize(
    ("body", "appendix", "appended"),
    [
        pytest.param(ENGLISH_BODY, "Appendix", "1. The panel meets twice a year.", id="english"),
        pytest.param(CHINESE_BODY, "附录", "1．小组每年举行两次会议。", id="chinese"),
    ],
)
def test_a_jump_in_the_body_numbering_holds_above_an_appendix(
    body: str, appendix: str, appended: str, fmt: Format, heading_mark: str
) -> None:
    result = parse_document(f"{body}{heading_mark}{appendix}\n\n{appended}\n", fmt)
    assert [p.anchor for p in result.paragraphs] == [*BODY_ANCHORS, "appendix-1", "appendix-1/1"]
    assert [w.message for w in result.warnings] == [JUMP_WARNING]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_list_restarting_at_1_below_the_jump_stays_in_its_paragraph(fmt: Format) -> None:
    content = (
        "1. Decides to convene a dialogue;\n\n"
        "8. Requests the Secretary-General to report;\n\n"
        "9. Decides that the dialogue shall address the following:\n\n"
        "1. Financing;\n\n"
        "2. Technology.\n\n"
        "10. Decides to remain seized of the matter.\n"
    )
    paragraphs = parse_document(content, fmt).paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "8", "9", "10"]
    assert "2. Technology." in paragraphs[2].text


def test_a_stray_number_above_an_annex_is_still_kept_as_text() -> None:
    content = (
        "1. First paragraph.\n\n"
        "2. Second.\n\n"
        "40. Stray number.\n\n"
        "Annex I\n\n"
        "1. The panel shall consist of experts.\n\n"
        "2. It meets twice a year.\n"
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["1", "2", "annex-1", "annex-1/1", "annex-1/2"]
    assert result.paragraphs[1].text.endswith("40. Stray number.")
    assert any("unexpected number 40" in w.message for w in result.warnings)


def test_numbers_not_growing_above_an_annex_are_still_no_jump() -> None:
    content = (
        "1. We reaffirm our commitment.\n\n"
        "2. We recognize the challenges.\n\n"
        "11. We will abide by the following guiding principles.\n\n"
        "12. A peaceful world is essential.\n\n"
        "24. We request the Secretary-General to provide recommendations.\n\n"
        "14. See resolution 70/1, para. 2.\n\n"
        "Annex I\n\n"
        "1. The panel shall consist of experts.\n"
    )
    anchors = [p.anchor for p in parse_document(content).paragraphs]
    assert anchors == ["1", "2", "annex-1", "annex-1/1"]


def test_numbers_quoted_before_the_texts_own_next_number_above_an_annex_go_on_as_text() -> None:
    content = (
        "1. We reaffirm our commitment.\n\n"
        "2. We recognize the challenges, as the report notes:\n\n"
        "11. We decide to accelerate action.\n\n"
        "12. We will scale up the means of implementation.\n\n"
        "3. We will review progress.\n\n"
        "Annex I\n\n"
        "1. The panel shall consist of experts.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "2", "3", "annex-1", "annex-1/1"]
    assert "12." in paragraphs[1].text


def test_numbers_quoted_before_an_annexs_own_first_paragraph_go_on_as_text() -> None:
    content = (
        "1. Decides to convene a dialogue.\n\n"
        "2. Requests the Secretary-General to report.\n\n"
        "Annex I\n\n"
        "The panel recalls its mandate.\n\n"
        "11. We decide to accelerate action.\n\n"
        "12. We will scale up the means of implementation.\n\n"
        "1. The panel shall consist of experts.\n\n"
        "2. It meets twice a year.\n"
    )
    anchors = [p.anchor for p in parse_document(content).paragraphs]
    assert anchors == ["1", "2", "annex-1", "p-4", "annex-1/1", "annex-1/2"]


async def test_a_draft_and_its_translation_keep_the_jumped_numbers_above_the_annex(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    english = (
        "1. Decides to convene a dialogue;\n\n"
        "8. Requests the Secretary-General to report;\n\n"
        "9. Invites all stakeholders to participate.\n\n"
        "Annex I\n\n"
        "1. The panel shall consist of experts.\n"
    )
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Dialogue", "language": "en", "format": "text", "content": english},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["anchors"] == ["1", "8", "9", "annex-1", "annex-1/1"]
    assert [w["message"] for w in created.json()["warnings"]] == [JUMP_WARNING]
    chinese = (
        "1．决定召开对话；\n\n"
        "8．请秘书长提出报告；\n\n"
        "9．邀请所有利益攸关方参与。\n\n"
        "## 附件一\n\n"
        "1．小组由专家组成。\n"
    )
    document_id = created.json()["document"]["id"]
    translated = await client.put(
        f"/v1/documents/{document_id}/versions/1/translations/zh",
        json={"content": chinese, "format": "markdown"},
        headers=headers,
    )
    assert translated.status_code == 201, translated.text
