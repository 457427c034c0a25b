"""Paragraph parser: the preamble's edges, as audited (stop 30).

- A preambular paragraph ending with ", and", as conventions join their last ones, swallowed the
  next one, a blank line between or none; a convention's lower-case "adopts … the following
  Convention …:" went on with the preamble's last paragraph.
- A chapeau saying where and when its body met ("The General Conference of UNESCO, meeting in
  Paris at its 41st session,", "The General Assembly, at its seventy-ninth session,"), also
  wrapped over three lines, was read as pp1; the adopting formulas a UNESCO recommendation
  prints after its preamble ("Adopts the present Recommendation …;") as preambular paragraphs.
- Markdown: bold date and title lines above a declaration's "We, …," or a bare preamble, no
  chapeau, became a heading the whole text sat under, where plain text skips them.
- Plain text: a title and "We the Member States," below it (no comma after "We", as the
  Charter's "We the peoples") were merged into pp1.
"""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import parsed_rows

# The preamble of an ILO convention (C190, 2019), shortened.
ILO_CONVENTION = (
    "The General Conference of the International Labour Organization,\n\n"
    "Having been convened at Geneva by the Governing Body of the International Labour\n"
    "Office, and having met in its 108th (Centenary) Session on 10 June 2019, and\n\n"
    "Recalling that the Declaration of Philadelphia affirms that all human beings have\n"
    "the right to pursue their material well-being,\n\n"
    "Having decided upon the adoption of certain proposals with regard to violence and\n"
    "harassment in the world of work,\n\n"
    "adopts this twenty-first day of June of the year two thousand and nineteen the\n"
    "following Convention, which may be cited as the Violence and Harassment\n"
    "Convention, 2019:\n\n"
    "Article 1\n\n"
    "1. For the purpose of this Convention, the term “violence and harassment” refers to a\n"
    "range of unacceptable behaviours.\n"
)
CHINESE_ILO_CONVENTION = (
    "国际劳工组织大会，\n\n"
    "经国际劳工局理事会召集，于 2019 年 6 月 10 日在日内瓦举行其第 108 届（百年）会议，\n\n"
    "忆及《费城宣言》申明，全人类有权追求其物质福祉，\n\n"
    "经决定采纳有关工作领域暴力和骚扰的若干提议，\n\n"
    "于二〇一九年六月二十一日通过以下公约，引用时得称之为《2019 年暴力和骚扰公约》：\n\n"
    "第一条\n\n"
    "1. 就本公约而言，“暴力和骚扰”一词系指一系列不可接受的行为。\n"
)


@pytest.mark.parametrize("between", ["\n\n", "\n"])
def test_a_preambular_paragraph_ending_with_and_ends_there(between: str) -> None:
    text = (
        "The General Assembly,\n\n"
        f"Recalling its resolution 70/1, and{between}"
        "Noting the report of the Secretary-General,\n\n"
        "1. Adopts the Convention.\n"
    )
    assert [row[::3] for row in parsed_rows(text)] == [
        ("p-1", "The General Assembly,"),
        ("pp1", "Recalling its resolution 70/1, and"),
        ("pp2", "Noting the report of the Secretary-General,"),
        ("1", "Adopts the Convention."),
    ]


def test_a_sentence_going_on_after_and_stays_one_paragraph() -> None:
    text = (
        "The General Assembly,\n\n"
        "Recalling its resolution 70/1, and\n"
        "noting the report of the Secretary-General,\n\n"
        "1. Adopts the Convention.\n"
    )
    assert [row[::3] for row in parsed_rows(text)][1] == (
        "pp1",
        "Recalling its resolution 70/1, and noting the report of the Secretary-General,",
    )


@pytest.mark.parametrize("text", [ILO_CONVENTION, CHINESE_ILO_CONVENTION])
def test_a_conventions_preamble_and_its_adopting_clause(text: str) -> None:
    rows = parsed_rows(text)
    assert [row[0] for row in rows] == [
        "p-1",
        "pp1",
        "pp2",
        "pp3",
        "p-5",
        "article-1",
        "article-1/1",
    ]
    assert rows[1][3].endswith(("Session on 10 June 2019, and", "会议，"))
    assert rows[4][3].startswith(("adopts this twenty-first day", "于二〇一九年"))


@pytest.mark.parametrize(
    "chapeau",
    [
        "The General Conference of UNESCO, meeting in Paris at its 41st session,",
        "The General Assembly, at its seventy-ninth session,",
        "联合国教育、科学及文化组织（教科文组织）大会于 2021 年 11 月 9 日至 24 日"
        "在巴黎举行第四十一届会议，",
    ],
)
def test_a_chapeau_saying_where_and_when_its_body_met(chapeau: str) -> None:
    text = (
        f"{chapeau}\n\n"
        "Recognizing the profound impacts of artificial intelligence on societies,\n\n"
        "1. Adopts the present Recommendation.\n"
    )
    assert [row[:2] for row in parsed_rows(text)] == [
        ("p-1", "unnumbered"),
        ("pp1", "preamble"),
        ("1", "operative"),
    ]


# The Recommendation on the Ethics of Artificial Intelligence (UNESCO, 2021), shortened.
UNESCO_RECOMMENDATION = (
    "Recommendation on the Ethics of Artificial Intelligence\n\n"
    "PREAMBLE\n\n"
    "The General Conference of the United Nations Educational, Scientific and Cultural\n"
    "Organization (UNESCO), meeting in Paris from 9 to 24 November 2021, at its 41st\n"
    "session,\n\n"
    "Recognizing the profound and dynamic positive and negative impacts of artificial\n"
    "intelligence (AI) on societies,\n\n"
    "Considering that AI technologies can be of great service to humanity,\n\n"
    "Adopts the present Recommendation on the Ethics of Artificial Intelligence on this\n"
    "twenty-third day of November 2021;\n\n"
    "Recommends that Member States apply on a voluntary basis the provisions of this\n"
    "Recommendation;\n\n"
    "I. SCOPE OF APPLICATION\n\n"
    "1. This Recommendation addresses ethical issues related to the domain of Artificial\n"
    "Intelligence to the extent that they are within UNESCO’s mandate.\n"
)
CHINESE_UNESCO_RECOMMENDATION = (
    "人工智能伦理问题建议书\n\n"
    "序言\n\n"
    "联合国教育、科学及文化组织（教科文组织）大会于 2021 年 11 月 9 日至 24 日\n"
    "在巴黎举行第四十一届会议，\n\n"
    "认识到人工智能对社会的深远影响，\n\n"
    "考虑到人工智能技术可以极大地造福人类，\n\n"
    "通过本《人工智能伦理问题建议书》，时间为二〇二一年十一月二十三日；\n\n"
    "建议会员国在自愿基础上适用本建议书的各项规定；\n\n"
    "一. 适用范围\n\n"
    "1. 本建议书述及教科文组织职责范围内与人工智能领域有关的伦理问题。\n"
)


@pytest.mark.parametrize("text", [UNESCO_RECOMMENDATION, CHINESE_UNESCO_RECOMMENDATION])
def test_a_unesco_recommendations_chapeau_and_adopting_formulas(text: str) -> None:
    rows = parsed_rows(text)
    # The adopting formulas are operative clauses printed without numbers, the General
    # Conference's, not the Recommendation's preamble.
    assert [row[:2] for row in rows] == [
        ("p-1", "unnumbered"),
        ("pp1", "preamble"),
        ("pp2", "preamble"),
        ("p-4", "unnumbered"),
        ("p-5", "unnumbered"),
        ("section-1", "heading"),
        ("1", "operative"),
    ]
    assert rows[0][3].startswith(("The General Conference of the United Nations", "联合国教育"))
    assert rows[0][3].endswith(("at its 41st session,", "第四十一届会议，"))


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        (
            "**Rev.1 – 17 March 2025**",
            "We, the Ministers, gathered in New York on 16 and 17 December 2025,\n\n"
            "Recalling the Geneva Declaration,",
        ),
        (
            "**Rev.1 – 17 March 2025**\n\n**Draft resolution on the WSIS review**",
            "Recalling the Geneva Declaration,\n\nNoting the report,",
        ),
        (
            "**Rev.1 – 2025 年 3 月 17 日**",
            "我们，各国部长，于 2025 年 12 月 16 日和 17 日聚集在纽约，\n\n回顾《日内瓦宣言》，",
        ),
        (
            "**Rev.1 – 2025 年 3 月 17 日**\n\n**关于信息社会世界峰会审查的决议草案**",
            "回顾《日内瓦宣言》，\n\n注意到报告，",
        ),
    ],
)
def test_bold_title_lines_above_a_preamble_without_a_chapeau_are_front_matter(
    title: str, opening: str
) -> None:
    markdown = f"{title}\n\n{opening}\n\n1. We reaffirm our commitment.\n"
    plain = markdown.replace("**", "")
    rows = parsed_rows(markdown, "markdown")
    assert [row[:3] for row in rows] == [
        ("pp1", "preamble", None),
        ("pp2", "preamble", None),
        ("1", "operative", None),
    ]
    assert [row[::3] for row in rows] == [row[::3] for row in parsed_rows(plain)]


@pytest.mark.parametrize(
    ("title", "we", "preamble", "paragraph"),
    [
        (
            "Draft declaration on digital cooperation",
            "We the Member States,",
            "Recognizing the role of digital cooperation,",
            "1. We commit to act.",
        ),
        (
            "Draft declaration on digital cooperation",
            "We, the Member States,",
            "Recognizing the role of digital cooperation,",
            "1. We commit to act.",
        ),
        ("数字合作宣言草案", "我们，会员国，", "认识到数字合作的作用，", "1. 我们承诺采取行动。"),
    ],
)
def test_a_title_above_a_declarations_we_is_front_matter(
    title: str, we: str, preamble: str, paragraph: str
) -> None:
    text = f"{title}\n\n{we}\n\n{preamble}\n\n{paragraph}\n"
    assert [row[::3] for row in parsed_rows(text)] == [
        ("p-1", we),
        ("pp1", preamble),
        ("1", paragraph[3:]),
    ]


def test_we_the_at_length_opens_the_preamble_below_a_title() -> None:
    we = "We the Heads of State and Government, gathered in New York on 22 September 2025,"
    text = (
        f"Draft declaration on digital cooperation\n\n{we}\n\n"
        "Recognizing the role of digital cooperation,\n\n1. We commit to act.\n"
    )
    assert [row[::3] for row in parsed_rows(text)][:2] == [
        ("pp1", we),
        ("pp2", "Recognizing the role of digital cooperation,"),
    ]
