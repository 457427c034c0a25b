"""Paragraph parser: in a report's unnumbered text wrapped without blank lines, a Chinese line
cut right after its colon ("…以便彻底改变我们的世界：" + "2030年前消除一切形式的贫困…。") was
split into two paragraphs, as no operative paragraph was there to go on past its colon; the
sentence below a full line now goes on with it, as English's lower-case continuation does. A
list's entries or a title below the colon keep their lines apart."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import anchors, parsed_rows

_ZH = """\
一. 导言

大会在第 79/194 号决议中请秘书长就该决议的执行情况提交一份报告，并
在报告中说明联合国系统为此开展的各项工作和取得的进展情况。
我们决心在今后十五年内努力实现以下各项目标，以便彻底改变我们的世界：
{below}
本报告借鉴了这些资料，并说明了联合国系统各实体为支持会员国开展的工
作。
"""

_EN = """\
I. Introduction

In its resolution 79/194, the General Assembly requested the Secretary-General to
submit a report on the implementation of that resolution and on the work done.
We are determined to take the bold and transformative steps to achieve the following:
{below}
The report draws on the contributions received from the entities of the system.
"""


@pytest.mark.parametrize(
    ("template", "below", "joined"),
    [
        (
            _ZH,
            "2030年前消除一切形式的贫困，确保所有人都能够享有和平与繁荣的生活，并\n"
            "保护地球及其自然资源。",
            "我们决心在今后十五年内努力实现以下各项目标，以便彻底改变我们的世界：2030年前"
            "消除一切形式的贫困，确保所有人都能够享有和平与繁荣的生活，并保护地球及其自然资源。",
        ),
        (
            _ZH,
            "消除一切形式的贫困，确保所有人都能够享有和平与繁荣的生活。",
            "我们决心在今后十五年内努力实现以下各项目标，以便彻底改变我们的世界：消除一切形式"
            "的贫困，确保所有人都能够享有和平与繁荣的生活。",
        ),
        (
            _EN,
            "by 2030, end poverty in all its forms everywhere and ensure peace for all.",
            "We are determined to take the bold and transformative steps to achieve the "
            "following: by 2030, end poverty in all its forms everywhere and ensure peace for "
            "all.",
        ),
    ],
)
def test_a_sentence_wrapped_after_a_report_colon_goes_on(
    template: str, below: str, joined: str
) -> None:
    rows = parsed_rows(template.format(below=below))

    assert [row[0] for row in rows] == ["section-1", "p-2", "p-3", "p-4"]
    assert rows[2][3] == joined


@pytest.mark.parametrize(
    "below",
    [
        "消除一切形式的贫困；\n保护地球及其自然资源。",
        "数字经济",
    ],
)
def test_a_list_or_title_below_a_report_colon_stands_apart(below: str) -> None:
    content = _ZH.format(below=below)

    assert len(anchors(content)) > 4
    assert parsed_rows(content)[2][3].endswith("我们的世界：")
