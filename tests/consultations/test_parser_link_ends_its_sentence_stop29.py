"""A bare URL a sentence leads into ("…available at" + "https://…") ends that sentence as its
full stop would: a heading set apart below it is a heading, not the sentence's next words
(English and Chinese alike). A lower-case line right below the URL still goes on with it, and
a list of documents with their URLs stays one paragraph."""

import pytest

from consultations.parser import parse_document

URL = "https://www.un.org/statements"


@pytest.mark.parametrize(
    ("text", "lead", "heading", "closing"),
    [
        (
            "The Forum met in Geneva on 3 May 2026.",
            "All statements are available at",
            "Closing session",
            "The Chair closed the meeting.",
        ),
        (
            "论坛于 2026 年 5 月 3 日在日内瓦举行。",
            "所有发言稿载于",
            "闭幕会议",
            "主席宣布会议闭幕。",
        ),
    ],
)
@pytest.mark.parametrize("numbered", [False, True])
def test_a_heading_below_a_link_is_not_the_sentence_s(
    text: str, lead: str, heading: str, closing: str, numbered: bool
) -> None:
    first, second, third = ("1. ", "2. ", "3. ") if numbered else ("", "", "")
    content = f"{first}{text}\n\n{second}{lead}\n{URL}\n\n{heading}\n\n{third}{closing}\n"
    paragraphs = parse_document(content).paragraphs
    kinds = [(p.kind, p.text) for p in paragraphs]
    assert ("heading", heading) in kinds
    assert any(p.text == f"{lead} {URL}" for p in paragraphs)
    assert paragraphs[-1].heading_path == (heading,)


def test_a_lower_case_line_below_the_link_goes_on() -> None:
    content = (
        f"1. The zero draft is available at\n{URL}\nand comments are due by 5 May.\n\n2. Next.\n"
    )
    first = parse_document(content).paragraphs[0]
    assert first.text == f"The zero draft is available at {URL} and comments are due by 5 May."


def test_a_list_of_documents_with_their_links_stays_together() -> None:
    content = (
        "1. The consultation draws on the following documents:\n"
        "A/RES/70/1 Transforming our world\nhttps://undocs.org/A/RES/70/1\n"
        "A/RES/79/1 The Pact for the Future\nhttps://undocs.org/A/RES/79/1\n\n"
        "2. Comments are invited by 1 March.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.kind for p in paragraphs] == ["operative", "unnumbered", "operative"]
