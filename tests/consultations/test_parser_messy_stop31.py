"""Paragraph parser on messy copies of a clean text: the same anchors and texts as the clean
version whatever invisible and control characters a copy carries, whichever glyph it sets its
bullets with, and with roman numerals typed as Unicode's numeral characters ("Ⅱ", "ⅰ")."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.state import AppState
from tests.consultations.parser_helpers import parsed_rows
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

ENGLISH_RESOLUTION = """The General Assembly,

Recalling its resolution 70/1 of 25 September 2015,

1. Decides to convene the Fourth International Conference on Financing for Development;

2. Also decides that the Conference shall:

(a) Assess progress made in the implementation of the Monterrey Consensus;

(b) Address new and emerging issues, including:

(i) The mobilization of domestic public resources;

(ii) International development cooperation;

(c) Reinvigorate the financing for development follow-up process;

3. Decides to remain seized of the matter.
"""

CHINESE_RESOLUTION = """大会，

回顾其2015年9月25日第70/1号决议，

1. 决定2025年在西班牙召开第四次发展筹资问题国际会议；

2. 又决定会议应当：

(a) 评估《蒙特雷共识》执行进展；

(b) 处理新的和正在出现的问题，包括：

㈠ 调动国内公共资源；

㈡ 国际发展合作；

(c) 重振发展筹资后续进程；

3. 决定继续处理此案。
"""

RESOLUTIONS = pytest.mark.parametrize(
    "clean", [ENGLISH_RESOLUTION, CHINESE_RESOLUTION], ids=["en", "zh"]
)

# Characters that print nothing: the C1 controls (a Windows-1252 file read as Latin-1 leaves its
# curly quotes as U+0093/U+0094, its bullets as U+0095; U+0085 is a line break), the invisible
# operators, the Mongolian vowel separator and the combining grapheme joiner.
INVISIBLE = [chr(code) for code in range(0x80, 0xA0) if code != 0x85]
INVISIBLE += ["\u2061", "\u2062", "\u2063", "\u2064", "\u180e", "\u034f"]


@RESOLUTIONS
def test_invisible_and_c1_control_characters_are_removed(clean: str) -> None:
    messy = clean.replace("1. ", "\u20621.\u0080 ").replace("议", "议\u009b\u2063\u180e\u034f")
    messy = messy.replace("Decides", "Deci\u0093des\u0094\u2061")
    assert parsed_rows(messy) == parsed_rows(clean)


@RESOLUTIONS
@given(
    insertions=st.lists(
        st.tuples(st.integers(min_value=0), st.text(st.sampled_from(INVISIBLE), min_size=1)),
        max_size=8,
    )
)
def test_invisible_characters_anywhere_keep_anchors_and_texts(
    clean: str, insertions: list[tuple[int, str]]
) -> None:
    messy = clean
    for position, characters in insertions:
        at = position % (len(messy) + 1)
        messy = messy[:at] + characters + messy[at:]
    assert parsed_rows(messy) == parsed_rows(clean)


# --------------------------------------------------------------------------- roman numerals

CHINESE_CHAPTERS = """一、可持续发展

1. 我们重申，消除贫困是全球最大的挑战。

二、国际和平与安全

2. 我们认识到世界正面临日益严重的威胁。
"""
ENGLISH_CHAPTERS = """I. Sustainable development

1. We reaffirm that eradicating poverty is the greatest global challenge.

II. International peace and security

2. We recognize that the world faces growing threats.
"""


@pytest.mark.parametrize(
    ("clean", "messy"),
    [
        (CHINESE_CHAPTERS, CHINESE_CHAPTERS.replace("一、", "Ⅰ、").replace("二、", "Ⅱ、")),
        (CHINESE_CHAPTERS, CHINESE_CHAPTERS.replace("一、", "Ⅰ．").replace("二、", "Ⅱ．")),
        (CHINESE_CHAPTERS, CHINESE_CHAPTERS.replace("一、", "Ⅰ. ").replace("二、", "Ⅱ. ")),
        (ENGLISH_CHAPTERS, ENGLISH_CHAPTERS.replace("I. ", "Ⅰ. ").replace("II. ", "Ⅱ. ")),
    ],
    ids=["zh-comma", "zh-full-stop", "zh-stop", "en"],
)
def test_roman_numeral_characters_number_chapters(clean: str, messy: str) -> None:
    assert parsed_rows(messy) == parsed_rows(clean)
    assert [row[0] for row in parsed_rows(messy)] == ["section-1", "1", "section-2", "2"]


@RESOLUTIONS
@pytest.mark.parametrize(("opening", "closing"), [("(", ") "), ("（", "）")])
def test_roman_numeral_characters_number_items(clean: str, opening: str, closing: str) -> None:
    messy = clean
    for printed in ("(i) ", "㈠ "):
        messy = messy.replace(printed, f"{opening}ⅰ{closing}")
    for printed in ("(ii) ", "㈡ "):
        messy = messy.replace(printed, f"{opening}ⅱ{closing}")
    assert [row[0] for row in parsed_rows(messy)] == [row[0] for row in parsed_rows(clean)]
    assert "2.b.ii" in [row[0] for row in parsed_rows(messy)]


def _roman(number: int) -> str:
    ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
    return "X" * (number // 10) + ones[number % 10]


@given(chapter=st.integers(min_value=1, max_value=12), chinese=st.booleans())
def test_a_roman_numeral_character_reads_as_its_letters(chapter: int, chinese: bool) -> None:
    """Ⅰ … Ⅻ (U+2160 … U+216B), one character each, number a chapter as "I." … "XII." do."""
    heading = "{}、国际和平与安全" if chinese else "{}. International peace and security"
    paragraph = "1. 我们认识到世界正面临威胁。" if chinese else "1. We recognize the threats."
    body = f"\n\n{paragraph}\n"
    clean = heading.format(_roman(chapter)) + body
    messy = heading.format(chr(0x2160 + chapter - 1)) + body
    assert parsed_rows(messy) == parsed_rows(clean)
    assert parsed_rows(messy)[0][0] == f"section-{chapter}"


# --------------------------------------------------------------------------- bullets

ENGLISH_LIST = """The General Assembly,

Recalling its resolution 70/1,

1. Decides that the Forum shall:

- close all digital divides;

- expand digital inclusion;

2. Requests the Secretary-General to report.
"""
CHINESE_LIST = """大会，

回顾其第70/1号决议，

1. 决定论坛应：

- 弥合所有数字鸿沟；

- 扩大数字包容；

2. 请秘书长提交报告。
"""
LISTS = pytest.mark.parametrize("clean", [ENGLISH_LIST, CHINESE_LIST], ids=["en", "zh"])
# The glyphs Word, e-mail and web copies set for the same list's "- ".
BULLET_GLYPHS = ["·", "・", "‧", "○", "□", "⚫", "*", "＊", "—", "−", "－", "–", "•"]


def _with_bullets(clean: str, bullet: str) -> str:
    return clean.replace("\n- ", f"\n{bullet}")


@LISTS
@pytest.mark.parametrize("glyph", BULLET_GLYPHS)
def test_bullet_glyphs_open_items_as_a_dash_does(clean: str, glyph: str) -> None:
    rows = parsed_rows(_with_bullets(clean, f"{glyph} "))
    assert rows == parsed_rows(clean)
    assert [row[0] for row in rows] == ["p-1", "pp1", "1", "2"]


@pytest.mark.parametrize("glyph", [glyph for glyph in BULLET_GLYPHS if glyph not in "*＊"])
def test_chinese_sets_no_space_after_a_bullet(glyph: str) -> None:
    """ "-弥合…": Chinese typesetting puts no space between a dash and a Han character."""
    assert parsed_rows(_with_bullets(CHINESE_LIST, glyph)) == parsed_rows(CHINESE_LIST)


@LISTS
@given(
    glyph=st.sampled_from(BULLET_GLYPHS),
    indent=st.sampled_from(["", "  ", "    "]),
    gap=st.sampled_from([" ", "\t", "   "]),
)
def test_swapping_bullet_glyphs_keeps_anchors_and_texts(
    clean: str, glyph: str, indent: str, gap: str
) -> None:
    assert parsed_rows(_with_bullets(clean, f"{indent}{glyph}{gap}")) == parsed_rows(clean)


@pytest.mark.parametrize(
    "content",
    [
        "1. Decides to convene the Conference in 2025.\n\n"
        "* Reissued for technical reasons on 3 May 2025.\n\n"
        "2. Requests the Secretary-General to report.\n",
        "1. 决定于二○二五年召开会议，并请秘书长在\n○二六年提交报告。\n\n2. 决定继续处理此案。\n",
        "1. 决定：\n\n*回顾*其第70/1号决议；\n\n*重申*其第70/125号决议；\n",
    ],
    ids=["en-note", "zh-zero", "zh-emphasis"],
)
def test_a_glyph_outside_a_list_opens_no_item(content: str) -> None:
    """A note's "*" below a finished sentence, a "○" (zero) opening a wrapped line, an
    asterisk glued to a word (emphasis, even below a colon): no list."""
    texts = [row[3] for row in parsed_rows(content)]
    assert not any(text.startswith(("Reissued", "二六年", "回顾", "重申")) for text in texts)


ENGLISH_MARKDOWN = """## Chapeau

1. We, the Heads of State and Government, have gathered at United Nations Headquarters.

2. We will:

- close all digital divides;
- expand digital inclusion.

## I. Sustainable development

3. We decide to scale up the SDG Stimulus.
"""
CHINESE_MARKDOWN = """## 序言

1. 我们，各国元首和政府首脑，聚集在联合国总部。

2. 我们将：

- 弥合所有数字鸿沟；
- 扩大数字包容。

## 一、可持续发展

3. 我们决定扩大可持续发展目标刺激计划。
"""
MARKDOWN = pytest.mark.parametrize("clean", [ENGLISH_MARKDOWN, CHINESE_MARKDOWN], ids=["en", "zh"])


@MARKDOWN
@pytest.mark.parametrize("glyph", ["•", "▪", "\uf0b7", "–", "●", "➢", "·", "—"])
def test_words_bullets_pasted_into_markdown_are_list_items(clean: str, glyph: str) -> None:
    messy = clean.replace("\n- ", f"\n{glyph} ")
    assert parsed_rows(messy, "markdown") == parsed_rows(clean, "markdown")
    paragraph_2 = next(row for row in parsed_rows(messy, "markdown") if row[0] == "2")
    assert paragraph_2[3].count("\n") == 2  # "2. We will:" + two items


@MARKDOWN
@given(
    glyph=st.sampled_from(["•", "▪", "\uf0b7", "–", "-", "*", "+"]),
    gap=st.sampled_from([" ", "\t"]),
)
def test_swapping_markdown_bullet_glyphs_keeps_anchors_and_texts(
    clean: str, glyph: str, gap: str
) -> None:
    messy = clean.replace("\n- ", f"\n{glyph}{gap}")
    assert parsed_rows(messy, "markdown") == parsed_rows(clean, "markdown")


# --------------------------------------------------------------------------- titles


@pytest.mark.parametrize(
    ("sent", "stored"),
    [
        ("Out\u0007come\u001b[31m document\u0093", "Outcome[31m document"),
        ("\u0085Outcome\r\ndocument\t", "Outcome document"),
        ("成果\u0080文件\u009b（零稿）", "成果文件（零稿）"),
    ],
    ids=["en-escapes", "en-line-breaks", "zh-c1"],
)
async def test_a_documents_title_loses_its_control_characters_as_its_content_does(
    client: httpx.AsyncClient, state: AppState, sent: str, stored: str
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    body = {
        "title": sent,
        "symbol": "A/80/\u0007L.1",
        "label": "Zero\u001b draft",
        "language": "en",
        "content": ENGLISH_RESOLUTION.replace("Decides", "Deci\u0007des"),
    }
    response = await client.post(
        f"/v1/consultations/{consultation.id}/documents", json=body, headers=headers
    )
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["document"]["title"] == stored
    assert created["document"]["symbol"] == "A/80/L.1"
    assert created["version"]["label"] == "Zero draft"
    assert "Decides to convene" in created["paragraphs"][2]["text"]
    document = created["document"]["id"]
    renamed = await client.patch(
        f"/v1/documents/{document}",
        json={"title": f"{sent}\u0007"},
        headers={**headers, "If-Match": "*"},
    )
    assert renamed.status_code == 200, renamed.text
    assert renamed.json()["title"] == stored


async def test_a_title_of_control_characters_only_is_blank(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    body = {"title": "\u0007\u001b\u0093", "language": "en", "content": ENGLISH_RESOLUTION}
    response = await client.post(
        f"/v1/consultations/{consultation.id}/documents", json=body, headers=headers
    )
    assert response.status_code == 422, response.text
    assert [error["loc"] for error in response.json()["errors"]] == [["body", "title"]]
