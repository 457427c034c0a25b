"""Paragraph parser: a resolution that numbers no paragraph ("The General Assembly," + "Recalling
its resolution 78/5 …," + "Adopts the political declaration … annexed to the present
resolution.") has a preamble all the same: the paragraphs between the chapeau and the first one
not worded as a preambular paragraph, its operative part."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

ENGLISH = (
    "     The General Assembly,\n\n"
    "     Recalling its resolution 78/5 of 16 October 2023,\n\n"
    "     Noting the report of the Secretary-General,\n\n"
    "     Adopts the political declaration of the high-level meeting on antimicrobial resistance\n"
    "annexed to the present resolution.\n\n"
    "                                                                 Annex\n\n"
    "          Political declaration of the high-level meeting on antimicrobial resistance\n\n"
    "     We, Heads of State and Government, assembled at United Nations Headquarters,\n\n"
    "     1. Reaffirm that antimicrobial resistance is one of the most urgent health threats;\n\n"
    "     2. Commit to reducing the global number of deaths associated with it by 2030.\n"
)
CHINESE = (
    "     大会，\n\n"
    "     回顾其2023年10月16日第78/5号决议，\n\n"
    "     注意到秘书长的报告，\n\n"
    "     通过本决议所附的抗微生物药物耐药性问题高级别会议政治宣言。\n\n"
    "                                       附件\n\n"
    "          抗微生物药物耐药性问题高级别会议政治宣言\n\n"
    "     我们，国家元首和政府首脑，于2024年9月26日聚集在联合国，\n\n"
    "     1. 重申抗微生物药物耐药性是最紧迫的全球卫生威胁之一；\n\n"
    "     2. 承诺到2030年减少与之相关的全球死亡人数。\n"
)


@pytest.mark.parametrize("content", [ENGLISH, CHINESE], ids=["english", "chinese"])
def test_a_resolution_without_numbers_has_its_preamble(content: str) -> None:
    paragraphs = parse_document(content).paragraphs
    assert [(p.anchor, p.kind) for p in paragraphs][:4] == [
        ("p-1", "unnumbered"),
        ("pp1", "preamble"),
        ("pp2", "preamble"),
        ("p-4", "unnumbered"),
    ]
    assert [p.anchor for p in paragraphs][4:] == [
        "annex-1",
        "annex-1/pp1",
        "annex-1/1",
        "annex-1/2",
    ]


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(
            "The General Assembly,\n\n"
            "Adopts the political declaration annexed to the present resolution.\n\n"
            "Recalling its resolution 78/5,\n",
            id="worded-as-no-preamble-right-below-the-chapeau",
        ),
        pytest.param(
            "The Economic and Social Council,\n\n"
            "Decides to take note of the report of the Commission on its twenty-eighth session,\n\n"
            "Decides also that the twenty-ninth session shall be held in Geneva.\n",
            id="operative-ending-with-a-comma",
        ),
    ],
)
def test_an_operative_paragraph_below_the_chapeau_opens_no_preamble(content: str) -> None:
    kinds = [p.kind for p in parse_document(content).paragraphs]
    assert kinds == ["unnumbered"] * 3
