"""Paragraph parser: a Chinese heading a line break cut at a conjunction or a particle, its line
ending with one ("…的落实和" + "后续行动") or the next opening with one ("…的落实" + "和贯彻情况"),
is one heading, however short its first line, as the English one is; a word ending or opening
so ("参与", "和平") leaves headings and paragraphs as they were."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import parsed_rows

ENGLISH = (
    "I. Introduction\n"
    "1. The present report is submitted pursuant to resolution 78/132.\n"
    "II. Implementation and follow-up of the outcomes of the World Summit on the\n"
    "Information Society at the regional and international levels\n"
    "A. Regional implementation and follow-up by the regional\n"
    "commissions\n"
    "2. The regional commissions continued to support Member States.\n"
)


@pytest.mark.parametrize(
    ("section", "sub_section"),
    [
        (
            "信息社会世界首脑会议成果在区域和国际两级的落实\n和贯彻情况",
            "各区域委员会在区域一级的落实和\n后续行动",
        ),
        ("区域和国际两级的落实\n和贯彻情况", "各区域委员会在区域一级的\n落实和后续行动"),
        ("区域和国际两级的落实与\n贯彻情况", "各区域委员会的落实\n以及后续行动"),
    ],
)
def test_a_chinese_heading_cut_at_a_conjunction_is_one_heading(
    section: str, sub_section: str
) -> None:
    chinese = (
        "一、导言\n"
        "1. 本报告是根据第 78/132 号决议提交的。\n"
        f"二、{section}\n"
        f"A. {sub_section}\n"
        "2. 各区域委员会继续支持会员国。\n"
    )

    rows = parsed_rows(chinese)

    assert [row[:3] for row in rows] == [row[:3] for row in parsed_rows(ENGLISH)]
    assert rows[2][3] == section.replace("\n", "")
    assert rows[3][3] == sub_section.replace("\n", "")


@pytest.mark.parametrize(
    ("heading", "below"),
    [
        ("三、利益攸关方的参与", "和平与安全是可持续发展的前提。"),
        ("三、宽带普及", "与会者强调必须加强合作。"),
    ],
)
def test_a_chinese_heading_ending_or_followed_by_such_a_word_stays_whole(
    heading: str, below: str
) -> None:
    rows = parsed_rows(f"一、导言\n1. 本报告是根据第 78/132 号决议提交的。\n{heading}\n{below}\n")

    assert rows[2][1:] == ("heading", None, heading[2:])
    assert rows[3][1:] == ("unnumbered", "section-3", below)
