"""Paragraph parser: an English text and its Chinese translation give the same anchors, however
each copy's lines are broken. A translation is only accepted with the original's anchors, so
a break that gives one language a paragraph the other cannot have refuses the translation."""

from __future__ import annotations

import textwrap
import unicodedata

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.state import AppState
from consultations.documents import anchor_mismatch
from consultations.parser import Format, ParsedParagraph, parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation


def parse(content: str, fmt: Format = "text") -> list[ParsedParagraph]:
    return list(parse_document(content, fmt).paragraphs)


def anchors(content: str, fmt: Format = "text") -> list[str]:
    return [p.anchor for p in parse(content, fmt)]


def texts(content: str, fmt: Format = "text") -> dict[str, str]:
    return {p.anchor: p.text for p in parse(content, fmt)}


def wrap_english(paragraphs: list[str], width: int) -> str:
    """Each paragraph hard-wrapped at ``width`` as a PDF copy breaks it, a blank line between."""
    return "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in paragraphs) + "\n"


def wrap_chinese(paragraphs: list[str], width: int) -> str:
    """Each paragraph broken at ``width`` display columns, anywhere, as Chinese is set."""
    wrapped = []
    for paragraph in paragraphs:
        lines, line, used = [], "", 0
        for char in paragraph:
            char_width = 2 if unicodedata.east_asian_width(char) in "WF" else 1
            if used + char_width > width:
                lines.append(line)
                line, used = "", 0
            line += char
            used += char_width
        wrapped.append("\n".join([*lines, line]))
    return "\n\n".join(wrapped) + "\n"


# ------------------------------------- a line ending with a cited marker and "and", "or", "to"

CITED_PAIRS_EN = (
    "The General Assembly,\n\n"
    "Recalling its resolution 79/1, in particular paragraph 56 (a) and\n(b) thereof,\n\n"
    "Recalling also paragraph 56 (a) (i) and\n(ii) of the Compact,\n\n"
    "1. Decides that the functions set out in paragraph 3 (a) or\n(c) above may be delegated;\n\n"
    "2. Decides that paragraph 3 (a) to\n(c) above applies to the Panel.\n"
)
CITED_PAIRS_ZH = (
    "大会，\n\n"
    "回顾其第 79/1 号决议，特别是其中第 56 段(a)和\n(b)分段，\n\n"
    "又回顾契约第 56 段(a)㈠和\n㈡目，\n\n"
    "1. 决定上文第 3 段(a)或\n(c)分段所述职能可以委托；\n\n"
    "2. 决定上文第 3 段(a)至\n(c)分段适用于小组。\n"
)


@pytest.mark.parametrize("content", [CITED_PAIRS_EN, CITED_PAIRS_ZH], ids=["english", "chinese"])
def test_a_marker_completing_a_cited_pair_is_no_item(content: str) -> None:
    assert anchors(content) == ["p-1", "pp1", "pp2", "1", "2"]
    assert not [w for w in parse_document(content).warnings if "out of sequence" in w.message]


def test_the_cited_pair_reads_on_in_the_paragraph() -> None:
    found = texts(CITED_PAIRS_EN)
    assert found["pp1"].endswith("paragraph 56 (a) and (b) thereof,")
    assert found["pp2"].endswith("paragraph 56 (a) (i) and (ii) of the Compact,")
    assert "paragraph 3 (a) or (c) above may be delegated" in found["1"]
    assert "paragraph 3 (a) to (c) above applies" in found["2"]
    assert texts(CITED_PAIRS_ZH)["pp2"] == "又回顾契约第 56 段(a)㈠和㈡目，"


def test_an_item_list_below_a_conjunction_after_its_semicolon_stays_a_list() -> None:
    # The list's own markers: an item ending "; and" is followed by the next item, never cited.
    content = (
        "1. Decides that the Panel shall:\n\n(a) Issue an annual report; and\n\n"
        "(b) Provide thematic briefs.\n"
    )
    assert anchors(content) == ["1", "1.a", "1.b"]


RESOLUTION_EN = [
    "The General Assembly,",
    'Recalling its resolution 79/1 of 22 September 2024, entitled "Pact for the Future", and '
    "the Global Digital Compact contained in annex I thereto, in particular paragraph 56 (a) and "
    "(b) thereof,",
    "Noting that 2.6 billion people remain unconnected, of whom 260 million live in least "
    "developed countries,",
    "1. Decides to establish the Independent International Scientific Panel on Artificial "
    "Intelligence, with the following functions:",
    "(a) To issue an annual summary report, including on the areas referred to in subparagraph "
    "(b) below;",
    "(b) To provide thematic briefs on issues of particular concern;",
    "2. Also decides that the functions referred to in paragraph 1 (a) to (b) above may be "
    "carried out by working groups, and that paragraph 56 (a) or (b) of the Compact applies;",
    "3. Decides to review the implementation of the present resolution at its eighty-third "
    "session.",
]
RESOLUTION_ZH = [
    "大会，",
    "回顾其 2024 年 9 月 22 日题为“未来契约”的第 79/1 号决议及其附件一《全球数字契约》，特别是"
    "其中第 56 段(a)和(b)分段，",
    "注意到目前仍有 26 亿人未连接互联网，其中 2.6 亿人生活在最不发达国家，",
    "1. 决定设立人工智能问题独立国际科学小组，其职能如下：",
    "(a) 每年发布一份摘要报告，包括关于下文(b)分段所述领域的报告；",
    "(b) 就特别关注的问题提供专题简报；",
    "2. 又决定上文第 1 段(a)至(b)分段所述职能可由工作组履行，契约第 56 段(a)或(b)分段适用；",
    "3. 决定在第八十三届会议上审查本决议的执行情况。",
]
RESOLUTION_ANCHORS = ["p-1", "pp1", "pp2", "1", "1.a", "1.b", "2", "3"]


@given(st.integers(min_value=30, max_value=100))
def test_an_english_resolution_wrapped_at_any_width_keeps_its_anchors(width: int) -> None:
    assert anchors(wrap_english(RESOLUTION_EN, width)) == RESOLUTION_ANCHORS


@given(st.integers(min_value=16, max_value=90))
def test_its_chinese_translation_wrapped_at_any_width_keeps_the_same(width: int) -> None:
    assert anchors(wrap_chinese(RESOLUTION_ZH, width)) == RESOLUTION_ANCHORS


# ------------------------------------ "以及", "和", "或" alone below an item ended by its "；"

CONJUNCTION_ALONE_EN = (
    "4. We recognize that an enabling environment is needed, including:\n"
    "(a) Policies that support digital entrepreneurship, in particular for women and youth;\n"
    "{conjunction}\n"
    "(b) Access to technology transfer on mutually agreed terms.\n\n"
    "5. We commit to:\n\n"
    "(a) Establish the Panel;\n\n{conjunction}\n\n(b) Launch the Dialogue.\n"
)
CONJUNCTION_ALONE_ZH = (
    "4. 我们认识到，需要有利的环境，包括：\n"
    "(a) 支持数字创业特别是妇女和青年创业的政策；\n"
    "{conjunction}\n"
    "(b) 按照共同商定的条件获得技术转让。\n\n"
    "5. 我们承诺：\n\n"
    "(a) 设立小组；\n\n{conjunction}\n\n(b) 启动对话。\n"
)


@pytest.mark.parametrize(
    ("content", "conjunction"),
    [
        (CONJUNCTION_ALONE_EN, "and"),
        (CONJUNCTION_ALONE_EN, "or"),
        (CONJUNCTION_ALONE_ZH, "以及"),
        (CONJUNCTION_ALONE_ZH, "和"),
        (CONJUNCTION_ALONE_ZH, "或"),
    ],
)
def test_a_conjunction_alone_below_an_item_ends_that_item(content: str, conjunction: str) -> None:
    found = texts(content.format(conjunction=conjunction))
    assert list(found) == ["4", "4.a", "4.b", "5", "5.a", "5.b"]
    assert found["4.a"].endswith(conjunction)
    assert found["5.a"].endswith(conjunction)


@pytest.mark.parametrize("conjunction", ["以及", "和", "或"])
def test_a_conjunction_alone_below_a_roman_item_ends_that_item(conjunction: str) -> None:
    content = (
        "1. 请小组：\n\n(a) 提供专题简报，包括关于：\n\n"
        f"㈠ 人工智能系统的能源消耗；\n{conjunction}\n㈡ 人工智能与劳动力市场。\n"
    )
    found = texts(content)
    assert list(found) == ["1", "1.a", "1.a.i", "1.a.ii"]
    assert found["1.a.i"] == f"人工智能系统的能源消耗；{conjunction}"


GDC_ITEMS_ZH = [
    "4. 我们认识到，公平和包容地参与数字经济需要有利的环境，包括《2030 年议程》第 3 段所述的环境：",
    "(a) 支持数字创业特别是妇女和青年创业的政策，包括 2015 年通过的第 70/1 号决议所述政策；以及",
    "(b) 按照共同商定的条件获得技术转让。",
    "5. 我们承诺在 2026 年之前设立人工智能问题独立国际科学小组。",
]


@given(st.integers(min_value=14, max_value=90))
def test_a_chinese_list_broken_at_any_width_keeps_its_items(width: int) -> None:
    assert anchors(wrap_chinese(GDC_ITEMS_ZH, width)) == ["4", "4.a", "4.b", "5"]


# --------------------------------------- a Chinese annex title with "附件" at its end

ANNEXED_EN = (
    "The General Assembly,\n\nRecalling its resolution 79/1,\n\n"
    "1. Adopts the elements contained in the annex.\n\n{title}\n\nElements\n\n"
    "1. We recognize the need for cooperation.\n\n2. We commit to:\n\n"
    "(a) Establish the Panel;\n\n(b) Launch the Dialogue.\n"
)
ANNEXED_ZH = (
    "大会，\n\n回顾其第 79/1 号决议，\n\n1. 通过附件所载要素。\n\n{title}\n\n要素\n\n"
    "1. 我们认识到需要开展合作。\n\n2. 我们承诺：\n\n(a) 设立小组；\n\n(b) 启动对话。\n"
)
ANNEXED_ANCHORS = [
    "p-1",
    "pp1",
    "1",
    "annex-1",
    "p-5",
    "annex-1/1",
    "annex-1/2",
    "annex-1/2.a",
    "annex-1/2.b",
]


@pytest.mark.parametrize(
    ("english", "chinese", "label", "text"),
    [
        ("Annex to decision 2024/5", "第 2024/5 号决定附件", "附件", "第 2024/5 号决定"),
        ("Annex I to resolution 79/1", "第 79/1 号决议附件一", "附件一", "第 79/1 号决议"),
        (
            "Annex to the report of the Secretary-General",
            "秘书长报告的附件",
            "附件",
            "秘书长报告的",
        ),
    ],
)
@pytest.mark.parametrize("apart", [True, False], ids=["blank-lines", "no-blank-lines"])
def test_a_chinese_annex_title_ending_with_its_label_is_an_annex(
    english: str, chinese: str, label: str, text: str, apart: bool
) -> None:
    english_text, chinese_text = ANNEXED_EN.format(title=english), ANNEXED_ZH.format(title=chinese)
    if not apart:
        english_text = english_text.replace(f"{english}\n\n", f"{english}\n")
        chinese_text = chinese_text.replace(f"{chinese}\n\n", f"{chinese}\n")
    assert anchors(chinese_text) == anchors(english_text)
    assert "annex-1/2.b" in anchors(chinese_text)
    if apart:
        assert anchors(chinese_text) == ANNEXED_ANCHORS
    annex = next(p for p in parse(chinese_text) if p.anchor == "annex-1")
    # Without a blank line, the title below goes on the heading's, as in English.
    assert annex.label == label
    assert annex.text == text if apart else annex.text.startswith(text)


def test_a_chinese_sentence_wrapped_before_an_annex_it_cites_is_no_annex() -> None:
    content = (
        "1. 欢迎秘书长的报告。\n\n"
        "2. 注意到报告所载的建议，这些建议载于\n第 79/1 号决议附件一\n并请会员国审议这些建议。\n"
    )
    assert anchors(content) == ["1", "2"]


def test_a_letters_annex_worded_in_chinese_stays_the_letters_title() -> None:
    content = (
        "2025 年 5 月 20 日挪威常驻联合国代表给秘书长的信的附件\n\n"
        "主席总结\n\n1. 论坛讨论了数字合作。\n\n2. 与会者欢迎契约。\n"
    )
    assert "annex-1" not in anchors(content)


# ------------------------------------- the 422 for a translation that does not match the original

COMPACT_EN = (
    "Global Digital Compact\n\n"
    "Objective 1. Close all digital divides\n\n"
    "1. We commit to connect all people to the Internet.\n\n"
    "2. We commit to:\n\n"
    "(a) Develop financing mechanisms;\n\n"
    "(b) Map and connect all schools.\n\n"
    "Follow-up and review\n\n"
    "3. We will review the Compact at a high-level meeting.\n\n"
    "Implementation\n\n"
    "4. We request the Secretary-General to support the implementation.\n\n"
    "Closing remarks\n\n"
    "5. We look forward to the review.\n"
)
COMPACT_ZH = (
    "全球数字契约\n\n"
    "目标 1. 弥合所有数字鸿沟\n\n"
    "1. 我们承诺使所有人连接上互联网。\n\n"
    "2. 我们承诺：\n\n"
    "(a) 制定融资机制；\n\n"
    "(b) 摸清所有学校情况并使之连接上互联网。\n\n"
    "后续行动和审查\n\n"
    "3. 我们将在高级别会议上审查本契约。\n\n"
    "执行\n\n"
    "4. 我们请秘书长支持执行工作。\n\n"
    "结束语\n\n"
    "5. 我们期待审查。\n"
)


async def put_translation(
    client: httpx.AsyncClient, state: AppState, original: str, translation: str
) -> list[str]:
    """The errors of the 422 refusing ``translation`` of ``original``."""
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    body = {"title": "Compact", "language": "en", "format": "text", "content": original}
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents", json=body, headers=headers
    )
    assert created.status_code == 201, created.text
    url = f"/v1/documents/{created.json()['document']['id']}/versions/1/translations/zh"
    response = await client.put(url, json={"content": translation}, headers=headers)
    assert response.status_code == 422, response.text
    return [error["msg"] for error in response.json()["errors"]]


async def test_the_matching_translation_is_accepted(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    body = {"title": "Compact", "language": "en", "format": "text", "content": COMPACT_EN}
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents", json=body, headers=headers
    )
    url = f"/v1/documents/{created.json()['document']['id']}/versions/1/translations/zh"
    response = await client.put(url, json={"content": COMPACT_ZH}, headers=headers)
    assert response.status_code == 201, response.text


async def test_unnumbered_paragraphs_moved_by_an_extra_one_are_not_listed_as_differences(
    client: httpx.AsyncClient, state: AppState
) -> None:
    # One paragraph the Chinese copy has more (a translator's note) moves every p-N below it.
    extra = COMPACT_ZH.replace("2. 我们承诺：", "本段为临时译文。\n\n2. 我们承诺：")
    errors = await put_translation(client, state, COMPACT_EN, extra)
    assert errors[:2] == [
        "first difference: the 3rd paragraph of this text is anchored `p-3`, the original's 3rd "
        "is `2`",
        "anchors not in the original: p-3",
    ]
    # The three headings below are the original's, only counted one further on.
    assert not [e for e in errors if e.startswith("missing anchors")]
    assert errors[2] == (
        "p-N and ppN anchors count paragraphs, so those below a difference move with it: p-7 "
        "here is the original's p-6, and 2 more; they are not differences of their own and "
        "move back once it is fixed"
    )
    assert "p-3, not in the original, is line 7: “本段为临时译文。”" in errors
    assert not [e for e in errors if "not in the original, is line" in e and "后续行动" in e]


async def test_the_originals_printed_label_is_shown_beside_its_anchor(
    client: httpx.AsyncClient, state: AppState
) -> None:
    # Item (b) lost in the Chinese: the original's "2 (b)" is what the translator looks for.
    without_b = COMPACT_ZH.replace("(b) 摸清所有学校情况并使之连接上互联网。\n\n", "")
    errors = await put_translation(client, state, COMPACT_EN, without_b)
    where = next(e for e in errors if e.startswith("the 5th paragraph of this text"))
    assert where.endswith(
        "the original's 5th is anchored `2.b` (“2 (b)”): “Map and connect all schools.”"
    )


async def test_a_misprinted_number_is_read_as_one(
    client: httpx.AsyncClient, state: AppState
) -> None:
    misprinted = COMPACT_ZH.replace("3. 我们将在", "1. 我们将在")
    errors = await put_translation(client, state, COMPACT_EN, misprinted)
    assert errors[0].startswith(
        "line 15 is numbered 1 where the original's 7th paragraph is numbered 3 (anchored `3`): "
        "most likely a misprinted number"
    )


@given(
    st.lists(st.sampled_from(["1", "2", "2.a", "section-1", "pp"]), max_size=8),
    st.integers(min_value=0, max_value=8),
    st.integers(min_value=1, max_value=3),
)
def test_counted_anchors_that_only_moved_are_never_missing_nor_extra(
    kinds: list[str], at: int, inserted: int
) -> None:
    """Whatever the text, paragraphs inserted at one place: only they are reported, the p-N
    and ppN below them pair with the original's by position."""

    def anchored(sequence: list[str]) -> list[str]:
        anchors: list[str] = []
        seen: dict[str, int] = {}
        for ordinal, kind in enumerate(sequence, start=1):
            seen[kind] = seen.get(kind, 0) + 1
            if kind == "pp":
                anchors.append(f"pp{seen[kind]}")
            elif kind == "p":
                anchors.append(f"p-{ordinal}")
            else:  # a numbered paragraph, its anchor the same wherever it is
                anchors.append(kind if seen[kind] == 1 else f"{kind}-{seen[kind]}")
        return anchors

    original = [kind for pair in zip(kinds, ["p"] * len(kinds), strict=True) for kind in pair]
    translation = original[:at] + ["p"] * inserted + original[at:]
    errors = [e.msg for e in anchor_mismatch(anchored(original), anchored(translation))]
    assert not [e for e in errors if e.startswith("missing anchors")]
    extra = next(e for e in errors if e.startswith("anchors not in the original"))
    assert len(extra.removeprefix("anchors not in the original: ").split(", ")) == inserted


# ------------------------------------ a negotiators' note between a draft's title and chapeau

NOTE_ABOVE_CHAPEAU_EN = (
    "Draft resolution on the multi-stakeholder working group on data governance at all levels"
    "\n\n{note}\n\nThe Economic and Social Council,\n\n"
    "PP1 Recalling General Assembly resolution 79/1,\n\n"
    "OP1 Takes note of the progress report of the working group;\n"
)
NOTE_ABOVE_CHAPEAU_ZH = (
    "关于各级数据治理问题多利益攸关方工作组的决议草案\n\n{note}\n\n经济及社会理事会，\n\n"
    "PP1 回顾大会第 79/1 号决议，\n\nOP1 注意到工作组的进度报告；\n"
)


@pytest.mark.parametrize(
    ("content", "note"),
    [
        (
            NOTE_ABOVE_CHAPEAU_EN,
            "Co-facilitators' note: text in square brackets is under negotiation.",
        ),
        (
            NOTE_ABOVE_CHAPEAU_EN,
            "[Co-facilitators' note: text in square brackets is under negotiation.]",
        ),
        (NOTE_ABOVE_CHAPEAU_ZH, "共同主持人的说明：方括号中的案文仍在谈判中。"),
        (NOTE_ABOVE_CHAPEAU_ZH, "[共同主持人的说明：方括号中的案文仍在谈判中。]"),
    ],
    ids=["english", "english-bracketed", "chinese", "chinese-bracketed"],
)
@pytest.mark.parametrize("apart", [True, False], ids=["blank-line", "no-blank-line"])
def test_a_note_above_the_chapeau_is_a_paragraph_of_its_own(
    content: str, note: str, apart: bool
) -> None:
    text = content.format(note=note)
    if not apart:
        text = text.replace(f"\n\n{note}", f"\n{note}")
    result = parse_document(text)
    assert [p.anchor for p in result.paragraphs] == ["p-1", "p-2", "pp1", "1"]
    assert result.paragraphs[0].text == note
    skipped = [w for w in result.warnings if w.message == "front matter skipped"]
    assert len(skipped) == 1
    assert "note" not in skipped[0].excerpt
    assert "说明" not in skipped[0].excerpt


def test_an_editorial_note_above_the_chapeau_stays_front_matter() -> None:
    content = (
        "Draft resolution on data governance\n\n"
        "Note: The present document is being issued without formal editing.\n\n"
        "The Economic and Social Council,\n\nPP1 Recalling General Assembly resolution 79/1,\n\n"
        "OP1 Takes note of the progress report;\n"
    )
    assert anchors(content) == ["p-1", "pp1", "1"]
