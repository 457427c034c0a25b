"""Paragraph parser: a decisions compilation ("79/501. Election of the President of the General
Assembly", "Decision 79/501" + its title, "第79/501号决定" + its title or "第79/501号决定 选举大会
主席" on one line, each above its meeting's sentence) anchors alike in every language and print:
the first decision is a heading as every other one, never front matter, so that a translation's
anchors match its original's and "decision 79/501" has a paragraph to cite."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

ENGLISH_LAYOUT = (
    "          79/501.    Election of the President of the General Assembly\n\n"
    "                  At its 5th plenary meeting, on 6 June 2024, the General Assembly elected\n"
    "          Philemon Yang (Cameroon) President of the General Assembly at its seventy-ninth\n"
    "          session.\n\n"
    "          79/502.    Election of the Vice-Presidents of the General Assembly\n\n"
    "                  At its 5th plenary meeting, on 6 June 2024, the General Assembly elected\n"
    "          the representatives of the following Member States as Vice-Presidents:\n"
    "                  Angola\n"
    "                  Brazil\n"
    "                  China\n\n"
    "          79/503.    Appointment of members of the Committee on Contributions\n\n"
    "                  At its 40th plenary meeting, on 4 November 2024, the General Assembly\n"
    "          appointed Ms. Maria Silva as a member of the Committee on Contributions.\n"
)
ENGLISH_NAMED_LAYOUT = (
    ENGLISH_LAYOUT.replace("79/501.    ", "Decision 79/501\n          ")
    .replace("79/502.    ", "Decision 79/502\n          ")
    .replace("79/503.    ", "Decision 79/503\n          ")
)
ENGLISH_WEB = (
    "79/501. Election of the President of the General Assembly\n\n"
    "At its 5th plenary meeting, on 6 June 2024, the General Assembly elected Philemon Yang "
    "(Cameroon) President of the General Assembly at its seventy-ninth session.\n\n"
    "79/502. Election of the Vice-Presidents of the General Assembly\n\n"
    "At its 5th plenary meeting, on 6 June 2024, the General Assembly elected the "
    "representatives of the following Member States as Vice-Presidents:\n"
    "Angola\nBrazil\nChina\n\n"
    "79/503. Appointment of members of the Committee on Contributions\n\n"
    "At its 40th plenary meeting, on 4 November 2024, the General Assembly appointed "
    "Ms. Maria Silva as a member of the Committee on Contributions.\n"
)
ENGLISH_NAMED_WEB = (
    ENGLISH_WEB.replace("79/501. ", "Decision 79/501 ")
    .replace("79/502. ", "Decision 79/502 ")
    .replace("79/503. ", "Decision 79/503 ")
)
CHINESE_LAYOUT = (
    "          第79/501号决定\n"
    "          选举大会主席\n\n"
    "                  在2024年6月6日第5次全体会议上，大会选举菲勒蒙·扬（喀麦隆）为大会第七十九届\n"
    "          会议主席。\n\n"
    "          第79/502号决定\n"
    "          选举大会副主席\n\n"
    "                  在2024年6月6日第5次全体会议上，大会选举下列会员国的代表为副主席：\n"
    "                  安哥拉\n"
    "                  巴西\n"
    "                  中国\n\n"
    "          第79/503号决定\n"
    "          任命会费委员会成员\n\n"
    "                  在2024年11月4日第40次全体会议上，大会任命玛丽亚·席尔瓦女士为会费委员会\n"
    "          成员。\n"
)
CHINESE_WEB = (
    "第79/501号决定 选举大会主席\n\n"
    "在2024年6月6日第5次全体会议上，大会选举菲勒蒙·扬（喀麦隆）为大会第七十九届会议主席。\n\n"
    "第79/502号决定 选举大会副主席\n\n"
    "在2024年6月6日第5次全体会议上，大会选举下列会员国的代表为副主席：\n"
    "安哥拉\n巴西\n中国\n\n"
    "第79/503号决定 任命会费委员会成员\n\n"
    "在2024年11月4日第40次全体会议上，大会任命玛丽亚·席尔瓦女士为会费委员会成员。\n"
)
# A web copy printing one decision's name and title on two lines, the others' on one.
CHINESE_WEB_MIXED = CHINESE_WEB.replace("第79/503号决定 任命", "第79/503号决定\n任命")
CHINESE_WEB_GLUED = CHINESE_WEB.replace("号决定 ", "号决定")

FORMS = {
    "english layout, number and title on one line": ENGLISH_LAYOUT,
    "english layout, decision named above its title": ENGLISH_NAMED_LAYOUT,
    "english web copy": ENGLISH_WEB,
    "english web copy, decision named": ENGLISH_NAMED_WEB,
    "chinese layout": CHINESE_LAYOUT,
    "chinese web copy": CHINESE_WEB,
    "chinese web copy, one title on its own line": CHINESE_WEB_MIXED,
    "chinese web copy, title glued": CHINESE_WEB_GLUED,
}
ROWS = [
    ("p-1", "heading", None),
    ("p-2", "unnumbered", "p-1"),
    ("p-3", "heading", None),
    ("p-4", "unnumbered", "p-3"),
    ("p-5", "heading", None),
    ("p-6", "unnumbered", "p-5"),
]


@pytest.mark.parametrize("content", FORMS.values(), ids=FORMS.keys())
def test_every_form_of_a_decisions_list_anchors_alike(content: str) -> None:
    result = parse_document(content)
    assert [(p.anchor, p.kind, p.parent) for p in result.paragraphs] == ROWS
    assert not any(w.message == "front matter skipped" for w in result.warnings)


@pytest.mark.parametrize(
    ("content", "first"),
    [
        (ENGLISH_LAYOUT, "79/501. Election of the President of the General Assembly"),
        (ENGLISH_NAMED_WEB, "Decision 79/501 Election of the President of the General Assembly"),
        (CHINESE_WEB, "第79/501号决定 选举大会主席"),
    ],
)
def test_the_first_decision_heads_its_text(content: str, first: str) -> None:
    paragraphs = parse_document(content).paragraphs
    assert paragraphs[0].text == first
    assert paragraphs[1].text.startswith(("At its 5th plenary meeting", "在2024年6月6日"))


def test_the_decision_named_on_two_lines_among_one_line_names_is_one_heading() -> None:
    paragraphs = parse_document(CHINESE_WEB_MIXED).paragraphs
    assert [p.text for p in paragraphs if p.kind == "heading"] == [
        "第79/501号决定 选举大会主席",
        "第79/502号决定 选举大会副主席",
        "第79/503号决定任命会费委员会成员",
    ]


def test_a_translation_anchors_as_its_original() -> None:
    english = parse_document(ENGLISH_LAYOUT).paragraphs
    chinese = parse_document(CHINESE_LAYOUT).paragraphs
    assert [p.anchor for p in english] == [p.anchor for p in chinese]


@pytest.mark.parametrize(
    ("content", "first"),
    [
        (
            ENGLISH_LAYOUT.replace(
                "79/501.    Election of the President of the General Assembly\n",
                "79/501.    Election of the President of the General Assembly and of the Chairs"
                " of the\n          Main Committees\n",
            ),
            "79/501. Election of the President of the General Assembly and of the Chairs of the"
            " Main Committees",
        ),
        (
            CHINESE_LAYOUT.replace(
                "          选举大会主席\n",
                "          选举大会第七十九届会议主席和各主要委员会\n          主席\n",
            ),
            "第79/501号决定选举大会第七十九届会议主席和各主要委员会主席",
        ),
    ],
    ids=["english", "chinese"],
)
def test_the_first_decisions_wrapped_title_is_its_heading(content: str, first: str) -> None:
    paragraphs = parse_document(content).paragraphs
    assert [(p.anchor, p.kind, p.parent) for p in paragraphs] == ROWS
    assert paragraphs[0].text == first


@pytest.mark.parametrize("translation", [CHINESE_LAYOUT, CHINESE_WEB], ids=["layout", "web"])
async def test_the_chinese_decisions_list_is_accepted_as_the_english_ones_translation(
    client: httpx.AsyncClient, state: AppState, translation: str
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    body = {"title": "Decisions", "language": "en", "format": "text", "content": ENGLISH_LAYOUT}
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents", json=body, headers=headers
    )
    assert created.status_code == 201, created.text
    url = f"/v1/documents/{created.json()['document']['id']}/versions/1/translations/zh"
    response = await client.put(url, json={"content": translation}, headers=headers)
    assert response.status_code == 201, response.text


# What must not change.


def test_a_resolutions_number_and_title_above_its_chapeau_stays_its_title_block() -> None:
    content = (
        "78/1. Political declaration of the high-level meeting\n\n"
        "The General Assembly,\n"
        "Recalling its resolution 77/1,\n\n"
        "1. Adopts the political declaration;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    result = parse_document(content)
    assert not any(p.kind == "heading" for p in result.paragraphs)
    assert [w.excerpt for w in result.warnings if w.message == "front matter skipped"] == [
        "78/1. Political declaration of the high-level meeting"
    ]


def test_a_decision_alone_on_one_line_keeps_its_name_as_front_matter() -> None:
    content = ENGLISH_WEB.split("\n\n79/502.")[0] + "\n"
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["p-1"]
    assert [w.message for w in result.warnings if w.message == "front matter skipped"] == [
        "front matter skipped"
    ]
