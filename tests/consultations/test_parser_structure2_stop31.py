"""Paragraph parser: the structure of texts of kinds the earlier fixtures lacked, in English and
Chinese alike (continued). A two-part resolution whose part A numbers no paragraph reads part A
as a text alone and part B as another text beside it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consultations.parser import Format, ParsedParagraph, parse_document


def parse(content: str, fmt: Format = "text") -> list[ParsedParagraph]:
    return list(parse_document(content, fmt).paragraphs)


def rows(content: str, fmt: Format = "text") -> list[tuple[str, str, str | None, str]]:
    return [(p.anchor, p.kind, p.parent, p.text) for p in parse(content, fmt)]


# ------------------------------------------------- two parts, part A numbering no paragraph

TWO_PARTS_EN = (
    "A\nInformation in the service of humanity\n\n"
    "The General Assembly,\n\n"
    "Taking note of the report of the Committee on Information,\n\n"
    "Urges all countries to cooperate with a view to reducing disparities in information flows.\n\n"
    "B\nGlobal communications policies and activities\n\n"
    "The General Assembly,\n\n"
    "Emphasizing the role of the Department of Global Communications,\n\n"
    "1. Reaffirms that the United Nations remains the indispensable foundation of a peaceful "
    "world;\n\n"
    "2. Requests the Department to continue its work.\n"
)
TWO_PARTS_ZH = (
    "A\n为人类服务的新闻\n\n"
    "大会，\n\n"
    "注意到新闻委员会的报告，\n\n"
    "敦促所有国家开展合作，以期减少信息流动方面的差距。\n\n"
    "B\n联合国全球传播政策和活动\n\n"
    "大会，\n\n"
    "强调全球传播部的作用，\n\n"
    "1. 重申联合国仍是建设和平世界不可或缺的基础；\n\n"
    "2. 请全球传播部继续开展工作。\n"
)


@pytest.mark.parametrize("content", [TWO_PARTS_EN, TWO_PARTS_ZH], ids=["english", "chinese"])
def test_part_b_is_another_text_after_a_part_a_numbering_no_paragraph(content: str) -> None:
    got = [(anchor, kind, parent) for anchor, kind, parent, _ in rows(content)]
    assert got == [
        ("section-a", "heading", None),
        ("p-2", "unnumbered", "section-a"),  # part A's chapeau
        ("pp1", "preamble", "section-a"),
        ("p-4", "unnumbered", "section-a"),  # "Urges …": its operative part, unnumbered
        ("section-b", "heading", None),
        ("p-6", "unnumbered", "section-b"),  # part B's chapeau, never pp1
        ("part-2/pp1", "preamble", "section-b"),
        ("part-2/1", "operative", "section-b"),
        ("part-2/2", "operative", "section-b"),
    ]
    warnings = [w.message for w in parse_document(content).warnings]
    assert "another text begins after a heading; its anchors are in a new part" in warnings


def test_part_a_with_items_under_its_lead_in_is_a_text_of_its_own() -> None:
    content = TWO_PARTS_EN.replace(
        "Urges all countries to cooperate with a view to reducing disparities in information "
        "flows.\n",
        "Urges all countries:\n\n(a) To cooperate with one another;\n\n"
        "(b) To ensure the free performance of journalists;\n",
    )
    anchors = [anchor for anchor, *_ in rows(content)]
    assert anchors == [
        "section-a",
        "p-2",
        "pp1",
        "p-4",
        "p-4.a",
        "p-4.b",
        "section-b",
        "p-8",
        "part-2/pp1",
        "part-2/1",
        "part-2/2",
    ]


@pytest.mark.parametrize(
    ("chapeau", "recalling", "adopts", "title", "we"),
    [
        (
            "The General Assembly,",
            "Recalling its resolution 70/125 of 16 December 2015,",
            "Adopts the following political declaration:",
            "Political declaration",
            "We, the Heads of State and Government,",
        ),
        (
            "大会，",
            "回顾其第 70/125 号决议，",
            "通过以下政治宣言：",
            "政治宣言",
            "我们，各国元首和政府首脑，",
        ),
    ],
    ids=["english", "chinese"],
)
def test_a_declaration_adopted_below_its_colon_is_no_part_beside_the_resolution(
    chapeau: str, recalling: str, adopts: str, title: str, we: str
) -> None:
    content = f"{chapeau}\n\n{recalling}\n\n{adopts}\n\n{title}\n\n{we}\n\n{recalling}\n\n1. …。\n"
    anchors = [anchor for anchor, *_ in rows(content)]
    assert not [anchor for anchor in anchors if anchor.startswith("part-")]


_PREAMBULAR_EN = st.sampled_from(
    [
        "Recalling its resolution 78/5,",
        "Taking note of the report of the Committee on Information,",
        "Reaffirming the Charter of the United Nations,",
        "Emphasizing the role of the Department of Global Communications,",
    ]
)
_OPERATIVE_EN = st.sampled_from(
    [
        "Requests the Secretary-General to report on the matter.",
        "Reaffirms its commitment to the free flow of information;",
        "Decides to remain seized of the matter.",
    ]
)


@given(
    a_preamble=st.lists(_PREAMBULAR_EN, min_size=1, max_size=4),
    a_operative=_OPERATIVE_EN,
    b_preamble=st.lists(_PREAMBULAR_EN, min_size=0, max_size=4),
    b_operatives=st.lists(_OPERATIVE_EN, min_size=1, max_size=4),
)
def test_two_parts_are_numbered_each_as_a_text_alone(
    a_preamble: list[str], a_operative: str, b_preamble: list[str], b_operatives: list[str]
) -> None:
    def part(letter: str, body: list[str]) -> str:
        return f"{letter}\nTitle of part {letter}\n\nThe General Assembly,\n\n" + "".join(
            f"{paragraph}\n\n" for paragraph in body
        )

    numbered = [f"{n}. {text}" for n, text in enumerate(b_operatives, 1)]
    content = part("A", [*a_preamble, a_operative]) + part("B", [*b_preamble, *numbered])
    anchors = [anchor for anchor, *_ in rows(content)]
    chapeau_b = 3 + len(a_preamble) + 2
    assert anchors == [
        "section-a",
        "p-2",
        *(f"pp{n}" for n in range(1, len(a_preamble) + 1)),
        f"p-{3 + len(a_preamble)}",
        "section-b",
        f"p-{chapeau_b}",
        *(f"part-2/pp{n}" for n in range(1, len(b_preamble) + 1)),
        *(f"part-2/{n}" for n in range(1, len(b_operatives) + 1)),
    ]


# ------------------------------------- pdftotext -layout: the adopted text's title on two lines

ADOPTED_LAYOUT_EN = (
    "          The General Assembly,\n"
    "          Recalling its resolution 76/307 of 8 September 2022, in which it decided to\n"
    "hold the Summit of the Future on 22 and 23 September 2024,\n"
    "          1.    Adopts the following document:\n"
    "{title}"
    "          1.    We, the Heads of State and Government, representing the peoples of the\n"
    "world, have gathered at United Nations Headquarters at a time of profound global\n"
    "transformation.\n"
    "          2.    We are determined to protect the needs and interests of present and future\n"
    "generations through the actions in this Pact.\n"
)
ADOPTED_LAYOUT_ZH = (
    "          大会，\n"
    "          回顾其 2022 年 9 月 8 日第 76/307 号决议，其中决定于 2024 年 9 月 22 日和 23\n"
    "日举行未来峰会，\n"
    "          1.    通过以下文件：\n"
    "{title}"
    "          1.    我们，各国元首和政府首脑，代表世界各国人民，在全球深刻变革之际齐聚联合\n"
    "国总部。\n"
    "          2.    我们决心通过本契约中的行动，保护今世后代的需要和利益。\n"
)


@pytest.mark.parametrize(
    ("content", "title", "heading", "opening"),
    [
        (ADOPTED_LAYOUT_EN, "Pact for the Future", "Chapeau", "We, the Heads"),
        (ADOPTED_LAYOUT_ZH, "未来契约", "序言", "我们，各国元首"),
    ],
    ids=["english", "chinese"],
)
def test_two_title_lines_set_at_one_indent_head_the_adopted_text(
    content: str, title: str, heading: str, opening: str
) -> None:
    block = f"{' ' * 42}{title}\n{' ' * 42}{heading}\n"
    got = rows(content.format(title=block))
    assert [(anchor, kind, parent) for anchor, kind, parent, _ in got][3:] == [
        ("p-4", "heading", None),
        ("p-5", "heading", None),
        ("part-2/1", "operative", "p-5"),
        ("part-2/2", "operative", "p-5"),
    ]
    texts = {anchor: text for anchor, _, _, text in got}
    assert (texts["p-4"], texts["p-5"]) == (title, heading)
    assert texts["part-2/1"].startswith(opening)


@given(
    indent=st.integers(min_value=30, max_value=50),
    title=st.sampled_from(["Pact for the Future", "Global Digital Compact", "Annex"]),
    heading=st.sampled_from(["Chapeau", "Preamble", "Objectives", "Introduction"]),
)
def test_a_title_block_set_in_at_any_indent_keeps_the_adopted_paragraph_one(
    indent: int, title: str, heading: str
) -> None:
    block = f"{' ' * indent}{title}\n{' ' * indent}{heading}\n"
    got = rows(ADOPTED_LAYOUT_EN.format(title=block))
    paragraph_one = [text for anchor, _, _, text in got if anchor.endswith("/1")]
    assert paragraph_one
    assert paragraph_one[0].startswith("We, the Heads of State")
    assert not [
        w
        for w in parse_document(ADOPTED_LAYOUT_EN.format(title=block)).warnings
        if "kept inside the paragraph" in w.message
    ]


# ------------------------------------------------------- a list of abbreviations in two columns

ABBREVIATIONS_EN = (
    "AI    artificial intelligence\n"
    "GDC   Global Digital Compact\n"
    "SDG   Sustainable Development Goal\n"
)
ABBREVIATIONS_ZH = "AI      人工智能\nGDC     全球数字契约\nSDG     可持续发展目标\n"


@pytest.mark.parametrize(
    ("appendix", "caption", "abbreviations", "first_row"),
    [
        ("Appendix", "List of abbreviations", ABBREVIATIONS_EN, "AI artificial intelligence"),
        ("附录", "缩略语", ABBREVIATIONS_ZH, "AI 人工智能"),
    ],
    ids=["english", "chinese"],
)
def test_an_abbreviations_rows_are_lines_of_one_paragraph_under_the_appendix(
    appendix: str, caption: str, abbreviations: str, first_row: str
) -> None:
    got = rows(f"{appendix}\n\n{caption}\n\n{abbreviations}")
    assert [(anchor, kind, parent) for anchor, kind, parent, _ in got] == [
        ("appendix-1", "heading", None),
        ("p-2", "unnumbered", "appendix-1"),
    ]
    assert got[0][3] == caption
    assert got[1][3].splitlines() == [" ".join(row.split()) for row in abbreviations.splitlines()]
    assert got[1][3].startswith(first_row)


@pytest.mark.parametrize(
    ("paragraphs", "caption", "abbreviations"),
    [
        (
            "1. The Forum shall meet annually.\n\n2. The Forum shall report to the Council.\n\n",
            "Abbreviations",
            ABBREVIATIONS_EN,
        ),
        ("1. 论坛每年举行会议。\n\n2. 论坛向理事会报告。\n\n", "缩略语", ABBREVIATIONS_ZH),
    ],
    ids=["english", "chinese"],
)
def test_an_abbreviations_list_after_the_last_paragraph_is_no_heading(
    paragraphs: str, caption: str, abbreviations: str
) -> None:
    got = rows(f"{paragraphs}{caption}\n\n{abbreviations}")
    assert [(anchor, kind, parent) for anchor, kind, parent, _ in got] == [
        ("1", "operative", None),
        ("2", "operative", None),
        ("p-3", "unnumbered", None),
    ]
    assert got[2][3].splitlines()[1:] == [
        " ".join(row.split()) for row in abbreviations.splitlines()
    ]


def test_an_abbreviations_list_inside_an_annex_holds_no_paragraph_after_it() -> None:
    content = (
        "Annex\n\nTerms of reference\n\n1. The Panel shall be composed of 40 members.\n\n"
        f"Abbreviations\n\n{ABBREVIATIONS_EN}\n2. The Panel shall report annually.\n"
    )
    got = rows(content)
    assert not [anchor for anchor, kind, _, text in got if kind == "heading" and "GDC" in text]
    assert ("annex-1/2", "operative", "annex-1") in [(a, k, p) for a, k, p, _ in got]


def test_rows_that_are_no_abbreviations_are_read_as_before() -> None:
    # Roman-numbered headings set apart by spaces, and a compilation's labelled paragraphs.
    headings = rows(
        "1. The Forum was convened.\n\nIV      Findings\n\n2. It found gaps.\n\n"
        "V       Conclusions\n\n3. The Forum shall meet.\n"
    )
    assert [(anchor, kind, text) for anchor, kind, _, text in headings] == [
        ("1", "operative", "The Forum was convened."),
        ("p-2", "heading", "IV Findings"),
        ("2", "operative", "It found gaps."),
        ("p-4", "heading", "V Conclusions"),
        ("3", "operative", "The Forum shall meet."),
    ]
    compilation = rows(
        "PP1   Recalling its resolution 70/1,\n\nPP2   Noting the report,\n\n"
        "OP1   Decides to meet.\n"
    )
    assert [anchor for anchor, *_ in compilation] == ["pp1", "pp2", "1"]


_ABBREVIATION = st.from_regex(r"[A-Z]{2,5}[0-9]?", fullmatch=True).filter(
    lambda term: term.strip("IVXLC") != ""
)
_EXPANSION = st.lists(
    st.sampled_from(["digital", "Global", "development", "Compact", "information", "Forum"]),
    min_size=1,
    max_size=5,
).map(" ".join)


@given(
    entries=st.lists(st.tuples(_ABBREVIATION, _EXPANSION), min_size=2, max_size=8),
    gap=st.integers(min_value=2, max_value=12).map(" ".__mul__),
)
def test_any_abbreviations_list_keeps_one_row_a_line(
    entries: list[tuple[str, str]], gap: str
) -> None:
    listed = "".join(f"{term}{gap}{expansion}\n" for term, expansion in entries)
    got = rows(f"Appendix\n\nList of abbreviations\n\n{listed}")
    assert [kind for _, kind, _, _ in got] == ["heading", "unnumbered"]
    assert got[1][3].splitlines() == [f"{term} {expansion}" for term, expansion in entries]
