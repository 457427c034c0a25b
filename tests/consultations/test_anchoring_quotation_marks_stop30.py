"""Straightening curly quotation marks is a typesetting edit: a short paragraph so edited is
`modified` at similarity 0.9999, never `removed` and added (“数据” against "数据" scored 0.46,
since NFKC leaves curly quotation marks and the similarity form did not fold them)."""

import pytest

from consultations.anchoring import VersionParagraph, diff_versions, text_similarity


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("“数据”", '"数据"'),
        ("(a) “AI”;", '(a) "AI";'),
        ("‘Digital public goods’", "'Digital public goods'"),
    ],
)
def test_straightened_quotation_marks_modify_a_paragraph(old: str, new: str) -> None:
    assert text_similarity(old, new) == 1.0
    before = [
        VersionParagraph("1", "Recalling its resolution 78/265 on artificial intelligence,"),
        VersionParagraph("2", old),
        VersionParagraph("3", "Decides to remain seized of the matter."),
    ]
    after = [before[0], VersionParagraph("2", new), before[2]]
    change = diff_versions(before, after).items[1]
    assert (change.new_anchor, change.status, change.similarity) == ("2", "modified", 0.9999)
