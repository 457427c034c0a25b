"""Paragraph parser: a budget fascicle's table of contents printed on the cover page below
its part and section headings ("Part II" / "第二部分" + "Section 2" + its title + "Contents" /
"目录") is skipped, as it is with no part heading above it, in both languages; the line below
it opens the body ("Foreword" a heading of its own). It used to be read as paragraphs, its
dot leaders kept, "目录" glued onto the title above it, and the anchors below differed from
one language to the other."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

ENGLISH = """\
                Part II
                Political affairs
                Section 2
                General Assembly and Economic and Social Council affairs and conference management

                                   Contents
                                                                        Page
   Foreword .............................................................. 3
   A. Proposed programme plan ............................................ 4

Foreword
2.1   The Department provides technical secretariat support and conference services.
A.    Proposed programme plan
2.2   The Department will continue to promote multilingualism.
"""
CHINESE = """\
                第二部分
                政治事务
                第 2 款
                大会和经济及社会理事会事务和会议管理

                                   目录
                                                                        页次
   前言 .................................................................. 3
   A. 拟议方案计划 ...................................................... 4

前言
2.1   该部提供技术秘书处支持和会议服务。
A.    拟议方案计划
2.2   该部将继续推动多语种工作。
"""
EXPECTED = ["section-2", "p-2", "p-3", "p-4", "2.1", "section-2.a", "2.2"]


@pytest.mark.parametrize("content", [ENGLISH, CHINESE])
def test_the_contents_below_the_part_heading_are_skipped(content: str) -> None:
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == EXPECTED
    assert not any("...." in p.text for p in result.paragraphs)
    assert result.paragraphs[2].text in (
        "General Assembly and Economic and Social Council affairs and conference management",
        "大会和经济及社会理事会事务和会议管理",
    )
    assert result.paragraphs[3].kind == "heading"
    assert "table of contents skipped" in [w.message for w in result.warnings]


def test_a_contents_line_below_numbered_paragraphs_is_no_table_of_contents() -> None:
    content = "Part II\nPolitical affairs\n2.1 The Department provides support.\nContents\n"
    result = parse_document(content)
    assert "table of contents skipped" not in [w.message for w in result.warnings]


async def test_the_api_accepts_the_chinese_translation(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Fascicle", "language": "en", "format": "text", "content": ENGLISH},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["anchors"] == EXPECTED
    translated = await client.put(
        f"/v1/documents/{created.json()['id']}/versions/1/translations/zh",
        json={"format": "text", "content": CHINESE},
        headers=headers,
    )
    assert translated.status_code in (200, 201), translated.text
