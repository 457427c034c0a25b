"""Paragraph parser, inputs the rules of test_parser_zh_stop37 first read wrongly: a letter
over a one-sentence draft, lettered sections under an unnumbered chapter heading, options over
lists of their own, and an action's short title over its sentence."""

from __future__ import annotations

from tests.consultations.parser_helpers import parsed_rows

# ------------------------------------------------- a letter over a one-sentence draft


def test_a_letter_over_a_one_sentence_draft_is_skipped_the_draft_kept() -> None:
    content = (
        "Excellency,\n\nWe transmit the draft decision below.\n\n"
        "Please accept, Excellency, the assurances of our highest consideration.\n\n"
        "(Signed) Co-facilitators\n\n"
        "The General Assembly decides to postpone the review.\n"
    )
    assert parsed_rows(content) == [
        ("p-1", "unnumbered", None, "The General Assembly decides to postpone the review.")
    ]


def test_a_letter_over_a_titled_unnumbered_declaration_is_skipped() -> None:
    content = (
        "阁下：\n\n谨代表77国集团和中国转递以下宣言。\n\n顺致最崇高的敬意。\n\n"
        "伊拉克大使（签名）\n\n77国集团部长宣言\n部长们重申南南合作的重要性。\n"
        "部长们呼吁改革国际金融架构。\n"
    )
    texts = [text for *_, text in parsed_rows(content)]
    assert "谨代表77国集团和中国转递以下宣言。" not in texts
    assert texts[-1] == "部长们呼吁改革国际金融架构。"
