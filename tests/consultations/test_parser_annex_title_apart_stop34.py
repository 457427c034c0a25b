"""A heading's title printed below its number alone ("附件一" + "职权范围") reaches the heading
path apart from the number in Chinese as in English, by a space (stop 34): joined as wrapped
Chinese text is, "附件一职权范围" read as one word."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import paragraph

CHINESE = """大会，

1. 决定设立一个小组；

{annex}

职权范围

1. 小组应当独立。
"""


@pytest.mark.parametrize(
    ("annex", "path"), [("附件一", "附件一 职权范围"), ("附 件", "附 件 职权范围")]
)
def test_a_chinese_annex_title_below_its_number_stays_apart(annex: str, path: str) -> None:
    content = CHINESE.format(annex=annex)
    assert paragraph(content, "annex-1/1").heading_path == (path,)
    heading = paragraph(content, "annex-1")
    assert (heading.label, heading.text) == (annex, "职权范围")


def test_an_english_annex_is_unchanged() -> None:
    content = (
        "The General Assembly,\n\n1. Decides.\n\nAnnex I\n\nTerms of reference\n\n"
        "1. The panel shall be independent.\n"
    )
    assert paragraph(content, "annex-1/1").heading_path == ("Annex I Terms of reference",)
