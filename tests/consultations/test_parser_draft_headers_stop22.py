"""Paragraph parser: a draft's running header without a symbol ("Zero draft – 5 February 2025")
repeated atop every page is page furniture, whatever the page's number looks like ("Page 2 of
3", "- 2 -", "2/3", "第 2 页，共 3 页") and even with a full stop in it ("…6 p.m."); a heading or a
table's cell that merely opens a page after a number stays text."""

from __future__ import annotations

import pytest

from consultations.parser import ParseResult, parse_document

DECLARATION = {
    "en": (
        "We, Heads of State and Government, assembled at the United Nations on 25 September 2025,",
        [
            "1. Reaffirm our commitment to reduce premature mortality from noncommunicable\n"
            "diseases through prevention and treatment;",
            "2. Note with grave concern that noncommunicable diseases are the leading cause of\n"
            "death worldwide;",
            "3. Commit to scale up national responses to noncommunicable diseases and mental\n"
            "health conditions;",
            "4. Commit to achieve the targets by 2030;",
            "5. Request the Secretary-General to submit a progress report to the General Assembly\n"
            "at its eighty-third session.",
        ],
    ),
    "zh": (
        "我们，国家元首和政府首脑于 2025 年 9 月 25 日聚集在联合国，",
        [
            "1. 重申我们致力于通过预防和治疗减少非传染性疾病导致的过早死亡；",
            "2. 严重关切地注意到非传染性疾病是全世界的主要死因；",
            "3. 承诺扩大国家对非传染性疾病和精神健康问题的应对措施；",
            "4. 承诺到 2030 年实现各项具体目标；",
            "5. 请秘书长向大会第八十三届会议提交进展报告。",
        ],
    ),
}
_HEADER = {"en": "Zero draft – 5 February 2025", "zh": "零草案 – 2025 年 2 月 5 日"}


def _paged(language: str, header: str, footer: str, *, form_feed: bool = True) -> str:
    """Three pages, each opening with ``header`` and ending with ``footer`` (its "{n}" the
    page's number): pdftotext's output, or a copy without form feeds."""
    chapeau, paragraphs = DECLARATION[language]
    pages = [[chapeau, *paragraphs[:2]], paragraphs[2:4], paragraphs[4:]]
    page_break = "\f" if form_feed else ""
    return page_break.join(
        f"{header}\n\n" + "\n\n".join(page) + f"\n\n{footer.format(n=number, of=len(pages))}\n"
        for number, page in enumerate(pages, start=1)
    )


def _anchors(result: ParseResult) -> list[str]:
    return [paragraph.anchor for paragraph in result.paragraphs]


def _no_header(result: ParseResult, header: str) -> None:
    assert _anchors(result) == ["pp1", "1", "2", "3", "4", "5"]
    assert all(header not in paragraph.text for paragraph in result.paragraphs)
    assert all(not paragraph.heading_path for paragraph in result.paragraphs)


_FOOTERS = {
    "en": ["Page {n} of {of}", "- {n} -", "{n}/{of}", "Page {n}"],
    "zh": ["第 {n} 页，共 {of} 页", "- {n} -", "{n}/{of}", "第 {n} 页"],
}


@pytest.mark.parametrize(
    ("language", "footer"),
    [(language, footer) for language, footers in _FOOTERS.items() for footer in footers],
)
def test_a_drafts_header_above_any_page_number_is_a_running_header(
    language: str, footer: str
) -> None:
    header = _HEADER[language]
    _no_header(parse_document(_paged(language, header, footer)), header)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_drafts_header_below_a_page_number_without_form_feeds_is_a_running_header(
    language: str,
) -> None:
    header = _HEADER[language]
    content = _paged(language, header, _FOOTERS[language][0], form_feed=False)
    _no_header(parse_document(content), header)


_SILENCE = "Rev.1 – 3 March 2025 – Silence procedure until 6 March 2025, 6 p.m."


@pytest.mark.parametrize(
    ("language", "header", "footer"),
    [
        ("en", _SILENCE, "{n}"),
        ("en", _SILENCE, "Page {n} of {of}"),
        ("en", "CO-FACILITATORS' ZERO DRAFT – For discussion purposes only", "- {n} -"),
        ("en", "DRAFT – NOT FOR CIRCULATION", "{n}/{of}"),
        ("zh", "第一次修订稿 – 默许程序截至 2025 年 3 月 6 日下午 6 时", "第 {n} 页，共 {of} 页"),
    ],
)
def test_a_drafts_header_of_any_wording_is_a_running_header(
    language: str, header: str, footer: str
) -> None:
    """Also a header a full stop ends ("6 p.m."), which no title is."""
    _no_header(parse_document(_paged(language, header, footer)), header)


@pytest.mark.parametrize(
    ("language", "header"),
    [
        ("en", "CO-FACILITATORS' ZERO DRAFT\nFor discussion purposes only – 5 February 2025"),
        ("zh", "共同协调人零草案\n仅供讨论 – 2025 年 2 月 5 日"),
    ],
)
def test_a_drafts_header_over_two_lines_is_a_running_header(language: str, header: str) -> None:
    result = parse_document(_paged(language, header, "- {n} -"))
    for line in header.split("\n"):
        _no_header(result, line)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_drafts_header_atop_the_pages_after_the_first_is_a_running_header(
    language: str,
) -> None:
    """Word's "different first page": the first page opens with the chapeau, the others with the
    header."""
    header = _HEADER[language]
    content = _paged(language, header, "Page {n} of {of}")
    content = content[len(f"{header}\n\n") :]
    _no_header(parse_document(content), header)


_HEADING = {"en": "Financing", "zh": "融资"}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_heading_atop_one_page_below_its_number_is_the_texts_own(language: str) -> None:
    chapeau, paragraphs = DECLARATION[language]
    heading = _HEADING[language]
    content = (
        f"{chapeau}\n\n{paragraphs[0]}\n\n{paragraphs[1]}\n\n1\n\f{heading}\n\n"
        + "\n\n".join(paragraphs[2:])
        + "\n\n2\n"
    )
    result = parse_document(content)
    assert _anchors(result) == ["pp1", "1", "2", "p-4", "3", "4", "5"]
    assert result.paragraphs[3].text == heading
    assert result.paragraphs[4].heading_path == (heading,)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_heading_atop_two_pages_of_many_is_the_texts_own(language: str) -> None:
    chapeau, paragraphs = DECLARATION[language]
    heading = _HEADING[language]
    pages = [
        f"{chapeau}\n\n{paragraphs[0]}",
        f"{heading}\n\n{paragraphs[1]}",
        paragraphs[2],
        paragraphs[3],
        f"{heading}\n\n{paragraphs[4]}",
        "[Co-facilitators' note: paragraph 5 is under negotiation.]",
    ]
    content = "\f".join(f"{page}\n\n{number}\n" for number, page in enumerate(pages, start=1))
    result = parse_document(content)
    headings = [paragraph for paragraph in result.paragraphs if paragraph.kind == "heading"]
    assert [paragraph.text for paragraph in headings] == [heading, heading]
    assert [p.anchor for p in result.paragraphs if p.kind == "operative"] == [
        "1",
        "2",
        "3",
        "4",
        "5",
    ]


@pytest.mark.parametrize(
    ("language", "tag"), [("en", "EU: retain"), ("zh", "欧盟：保留")], ids=["en", "zh"]
)
def test_a_tag_below_a_table_rows_number_is_no_running_header(language: str, tag: str) -> None:
    """A compilation's table as plain pdftotext prints it, its number column one cell a line:
    "1" + "EU: retain" is no page's number and header."""
    recalling = {"en": "Recalling resolution {n},", "zh": "回顾第 {n} 号决议，"}[language]
    _, paragraphs = DECLARATION[language]
    rows = "".join(f"{n}\n{tag}\n\n{recalling.format(n=n)}\n\n" for n in (1, 2, 3))
    result = parse_document(f"{rows}{paragraphs[0]}\n")
    assert (
        sum(tag in paragraph.text for paragraph in result.paragraphs)
        + sum(tag in warning.excerpt for warning in result.warnings)
        == 3
    )
