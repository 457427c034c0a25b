"""Paragraph parser: the structure of texts of kinds the earlier fixtures lacked, in English and
Chinese alike. A Secretary-General's bulletin's "Section 1" + "General" / "第一节" + "总则",
with no chapter above it, and a report's "Part One" / "第一部分", are the text's sections,
``section-1``, ``section-2``, the first as the others, never front matter."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consultations.parser import Format, ParsedParagraph, parse_document


def parse(content: str, fmt: Format = "text") -> list[ParsedParagraph]:
    return list(parse_document(content, fmt).paragraphs)


def rows(content: str, fmt: Format = "text") -> list[tuple[str, str | None, str, str | None]]:
    return [(p.anchor, p.label, p.kind, p.parent) for p in parse(content, fmt)]


def texts(content: str, fmt: Format = "text") -> dict[str, str]:
    return {p.anchor: p.text for p in parse(content, fmt)}


# --------------------------------------------------------------- "Section 1" outside any chapter

BULLETIN_SECTIONS_EN = (
    "Section 1\nGeneral\n\n"
    "1.1 It is the duty of staff members to report any breach of the Organization's rules.\n\n"
    "Section 2\nScope\n\n"
    "2.1 Staff members have the duty to cooperate with duly authorized audits.\n"
)
BULLETIN_SECTIONS_ZH = (
    "第一节\n总则\n\n"
    "1.1 工作人员有责任报告任何违反本组织规则的行为。\n\n"
    "第二节\n范围\n\n"
    "2.1 工作人员有义务配合经正式授权的审计。\n"
)


@pytest.mark.parametrize(
    ("content", "first", "second"),
    [
        (BULLETIN_SECTIONS_EN, "Section 1", "Section 2"),
        (BULLETIN_SECTIONS_ZH, "第一节", "第二节"),
    ],
    ids=["english", "chinese"],
)
def test_a_bulletins_sections_are_the_texts_sections(content: str, first: str, second: str) -> None:
    assert rows(content) == [
        ("section-1", first, "heading", None),
        ("1.1", "1.1", "operative", "section-1"),
        ("section-2", second, "heading", None),
        ("2.1", "2.1", "operative", "section-2"),
    ]
    assert not [w for w in parse_document(content).warnings if "front matter" in w.message]


def test_a_bulletins_sections_below_its_title_block_keep_their_titles() -> None:
    english = (
        "Secretary-General's bulletin\n\nProtection against retaliation\n\n"
        "The Secretary-General promulgates the following:\n\n" + BULLETIN_SECTIONS_EN
    )
    chinese = "秘书长公报\n\n防止报复\n\n秘书长颁布如下：\n\n" + BULLETIN_SECTIONS_ZH
    assert (
        [r[0] for r in rows(english)]
        == [r[0] for r in rows(chinese)]
        == [
            "p-1",
            "section-1",
            "1.1",
            "section-2",
            "2.1",
        ]
    )
    assert texts(english)["section-1"] == "General"
    assert texts(chinese)["section-2"] == "范围"


@pytest.mark.parametrize(
    ("content", "first", "second"),
    [
        (
            "Part One\nIntroduction\n\n1. The present report responds to resolution 79/1.\n\n"
            "Part Two\nRecommendations\n\n2. The Council may wish to take note of the report.\n",
            "Part One",
            "Part Two",
        ),
        (
            "第一部分\n导言\n\n1. 本报告是对第 79/1 号决议的回应。\n\n"
            "第二部分\n建议\n\n2. 理事会不妨注意到本报告。\n",
            "第一部分",
            "第二部分",
        ),
    ],
    ids=["english", "chinese"],
)
def test_parts_numbered_in_words_are_sections(content: str, first: str, second: str) -> None:
    assert rows(content) == [
        ("section-1", first, "heading", None),
        ("1", "1", "operative", "section-1"),
        ("section-2", second, "heading", None),
        ("2", "2", "operative", "section-2"),
    ]


@given(st.integers(min_value=2, max_value=12))
def test_every_section_of_a_bulletin_is_numbered_in_sequence(count: int) -> None:
    content = "".join(
        f"Section {n}\nTitle of section {n}\n\n{n}.1 Staff members shall comply with rule {n}.\n\n"
        for n in range(1, count + 1)
    )
    anchors = [p.anchor for p in parse(content)]
    assert anchors == [a for n in range(1, count + 1) for a in (f"section-{n}", f"{n}.1")]


def test_a_section_inside_a_chapter_stays_the_chapters() -> None:
    content = (
        "Chapter I\nSessions\n\nSection 1. Regular sessions\n\n"
        "1. The Commission shall meet annually.\n\n"
        "Section 2. Special sessions\n\n2. The Commission may hold special sessions.\n"
    )
    assert [p.anchor for p in parse(content)] == [
        "section-1",
        "section-1.1",
        "1",
        "section-1.2",
        "2",
    ]


# ------------------------------------------------ a bulletin's title below its kind of issuance

PROMULGATION_EN = (
    "The Secretary-General, for the purpose of ensuring fairness, promulgates the following:"
)
BULLETIN_TITLE_EN = (
    "Secretary-General's bulletin\n\n"
    "Protection against retaliation for reporting misconduct\n\n"
    f"{PROMULGATION_EN}\n\n"
    "1. It is the duty of staff members to report any breach.\n\n"
    "2. Staff members have the duty to cooperate.\n"
)
BULLETIN_TITLE_ZH = (
    "秘书长公报\n\n"
    "防止因举报不当行为或配合经正式授权的审计或调查而遭到报复\n\n"
    "秘书长为确保本组织以公开、透明和公平的方式运作，并为加强对举报不当行为或配合经正式授权的"
    "审计或调查的个人的保护，特颁布如下：\n\n"
    "1. 工作人员有责任报告任何违反本组织条例和细则的行为，并有义务配合经正式授权的审计和调查。\n\n"
    "2. 工作人员有义务配合经正式授权的审计和调查。\n"
)


@pytest.mark.parametrize(
    ("content", "promulgation"),
    [
        (
            BULLETIN_TITLE_EN,
            PROMULGATION_EN,
        ),
        (BULLETIN_TITLE_ZH, BULLETIN_TITLE_ZH.split("\n\n")[2]),
        (
            BULLETIN_TITLE_EN.replace("Secretary-General's bulletin", "Administrative instruction"),
            PROMULGATION_EN,
        ),
    ],
    ids=["english", "chinese", "administrative-instruction"],
)
@pytest.mark.parametrize(
    "masthead",
    ["", "ST/SGB/2024/3\nSecretariat\n1 March 2024\n\n", "ST/SGB/2024/3\n秘书处\n2024年3月1日\n\n"],
    ids=["alone", "english-masthead", "chinese-masthead"],
)
def test_a_bulletins_title_is_never_the_promulgation_sentences(
    masthead: str, content: str, promulgation: str
) -> None:
    content = masthead + content
    assert [p.anchor for p in parse(content)] == ["p-1", "1", "2"]
    assert texts(content)["p-1"] == promulgation


# ----------------------------------------------- a "Preamble" numbered by pandoc from Word's list

PANDOC_PREAMBLE_EN = """## Preamble

1.  *Recalling* the Geneva Declaration of Principles and Plan of Action,

2.  *Recognizing* the progress made since 2005,

## Operative paragraphs

1.  *Reaffirms* the vision of a people-centred Information Society;

2.  *Decides* to hold the next review in 2035.
"""
PANDOC_PREAMBLE_ZH = """## 序言

1.  *回顾*《日内瓦原则宣言》和《行动计划》，

2.  *认识到*2005 年以来取得的进展，

## 执行部分

1.  *重申*以人为本的信息社会愿景；

2.  *决定*于 2035 年举行下一次审查。
"""
# The title atop the text is skipped in both formats, as above "PP1 Recalling …", so that a
# text and its translation pasted in the other format anchor alike.
PREAMBLE_ROWS = [
    ("pp1", "1", "preamble", None),
    ("pp2", "2", "preamble", None),
    ("p-3", None, "heading", None),
    ("1", "1", "operative", "p-3"),
    ("2", "2", "operative", "p-3"),
]


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_a_preamble_numbered_under_its_title_is_the_preamble(fmt: Format) -> None:
    def printed(content: str) -> str:
        return content if fmt == "markdown" else content.replace("## ", "").replace("*", "")

    english, chinese = printed(PANDOC_PREAMBLE_EN), printed(PANDOC_PREAMBLE_ZH)
    assert rows(english, fmt) == rows(chinese, fmt) == PREAMBLE_ROWS
    assert texts(english, fmt)["pp2"] == "Recognizing the progress made since 2005,"
    assert not [w for w in parse_document(english, fmt).warnings if "restart" in w.message]


def test_numbered_paragraphs_without_a_preamble_title_keep_their_numbers() -> None:
    content = PANDOC_PREAMBLE_EN.replace("## Preamble\n\n", "")
    assert [p.anchor for p in parse(content, "markdown")][:2] == ["1", "2"]
