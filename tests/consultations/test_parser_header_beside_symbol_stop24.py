"""Paragraph parser: a web copy of a resolution (or a copy of a few of its pages) prints a page's
symbol and running title on one line, a tab or a space apart, once, right beside the page's foot
("A/RES/78/265 Seizing the opportunities …" + "24-07993 3/8"). Printed once, with no first
page printing its title, the line is still a running header where the symbol opens it, the foot
(the job number beside the page's number) is right above or below it and the text above the
page break is finished: never a heading that the rest of the resolution would fall under. A
web copy prints the whole title, however long, where a PDF page wraps it. A sentence's wrapped
line citing a symbol, and an entry of a list of documents, stay text."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document
from consultations.parser_text import is_page_foot
from tests.consultations.parser_helpers import paragraph

_TITLE = {
    "en": (
        "Seizing the opportunities of safe, secure and trustworthy artificial intelligence "
        "systems for sustainable development"
    ),
    "zh": "抓住安全、可靠和值得信赖的人工智能系统带来的机遇，促进可持续发展",
}
_ABOVE = {
    "en": (
        "The General Assembly,\n\tRecalling its resolution 70/1,\n"
        "\t1.\tEncourages Member States to:\n\t(a)\tPromote tools;\n\t(b)\tEncourage feedback;\n"
    ),
    "zh": "大会，\n\t回顾其第79/1号决议，\n\t1.\t鼓励会员国：\n\t(a)\t促进有效的技术工具；\n"
    "\t(b)\t鼓励纳入反馈机制；\n",
}
_BELOW = {
    "en": "\t(c)\tFoster risk monitoring;\n\t2.\tEmphasizes human rights;\n",
    "zh": "\t(c)\t促进风险监测和管理机制；\n\t2.\t强调人权必须得到尊重。\n",
}
_EXPECTED = ["p-1", "pp1", "1", "1.a", "1.b", "1.c", "2"]


# The first page names the document, as a running header does.
_MASTHEAD = "United Nations\tA/RES/78/265\nGeneral Assembly\tDistr.: General\n"


def _copy(language: str, page_break: str) -> str:
    return _MASTHEAD + _ABOVE[language] + page_break + _BELOW[language]


def _assert_read_through(content: str, fmt: Format = "text") -> None:
    result = parse_document(content, fmt)
    assert [found.anchor for found in result.paragraphs] == _EXPECTED
    assert all(found.kind != "heading" and not found.heading_path for found in result.paragraphs)
    assert all("A/RES/78/265" not in found.text for found in result.paragraphs)
    assert next(found for found in result.paragraphs if found.anchor == "2").parent is None
    assert not [w for w in result.warnings if "sequence" in w.message]


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("apart", ["\t", " "])
def test_a_header_printed_once_above_the_page_foot_is_page_furniture(
    language: str, apart: str
) -> None:
    page_break = f"A/RES/78/265{apart}{_TITLE[language]}\n24-07993{apart}3/8\n"
    _assert_read_through(_copy(language, page_break))


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_header_printed_once_below_the_page_foot_is_page_furniture(language: str) -> None:
    page_break = f"3/8\t24-07993\nA/RES/78/265\t{_TITLE[language]}\n"
    _assert_read_through(_copy(language, page_break))


_MARKDOWN = {
    "en": (
        "United Nations A/RES/78/265\n\n"
        "*The General Assembly,*\n\n*Recalling* its resolution 70/1,\n\n"
        "1\\. *Encourages* Member States to:\n\n\\(a\\) Promote tools;\n\n"
        "\\(b\\) Encourage feedback;\n\n"
        f"A/RES/78/265 {_TITLE['en']}\n\n24-07993 3/8\n\n"
        "\\(c\\) Foster risk monitoring;\n\n2\\. *Emphasizes* human rights;\n"
    ),
    "zh": (
        "联合国 A/RES/78/265\n\n"
        "*大会*，\n\n回顾其第79/1号决议，\n\n1\\. 鼓励会员国：\n\n\\(a\\) 促进有效的技术工具；\n\n"
        "\\(b\\) 鼓励纳入反馈机制；\n\n"
        f"A/RES/78/265 {_TITLE['zh']}\n\n24-07993 3/8\n\n"
        "\\(c\\) 促进风险监测和管理机制；\n\n2\\. 强调人权必须得到尊重。\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_header_printed_once_in_markdown_is_page_furniture(language: str) -> None:
    _assert_read_through(_MARKDOWN[language], "markdown")


def test_a_long_title_the_first_page_prints_makes_a_running_header() -> None:
    content = (
        "United Nations\tA/RES/78/265\nGeneral Assembly\tDistr.: General\n1 April 2024\n"
        f"78/265.\t{_TITLE['en']}\n" + _ABOVE["en"] + f"A/RES/78/265\t{_TITLE['en']}\n"
        "3/8\n" + _BELOW["en"]
    )
    result = parse_document(content)
    assert [found.anchor for found in result.paragraphs] == _EXPECTED
    assert all(not found.heading_path for found in result.paragraphs)


# --- What must stay text ---


def test_a_wrapped_line_citing_a_symbol_above_a_page_foot_stays_in_its_sentence() -> None:
    english = (
        "1. Takes note of the report contained in document\n"
        "A/RES/78/265 of 21 March 2024 and its annex;\n24-20001 2/6\n2. Decides.\n"
    )
    chinese = (
        "1. 注意到秘书长的报告载于\nA/79/62 中的建议，并请秘书长\n24-20001 2/6\n"
        "继续提交报告；\n2. 决定继续审议。\n"
    )
    assert paragraph(english, "1").text.endswith(
        "document A/RES/78/265 of 21 March 2024 and its annex;"
    )
    assert "A/79/62 中的建议" in paragraph(chinese, "1").text


@pytest.mark.parametrize(
    "entries",
    [
        # Entries of a list of documents, one a line, across a page break.
        "A/79/61 Note by the Secretary-General on WSIS\n"
        "A/79/62 Report of the Secretary-General on ICT\n24-20001 2/6\n"
        "A/79/63 Report of the Secretary-General on science\n",
        # The only entry, below its lead-in's colon.
        "A/79/62 Report of the Secretary-General on ICT\n24-20001 2/6\n",
    ],
)
def test_an_entry_of_a_list_of_documents_beside_a_page_foot_stays_text(entries: str) -> None:
    content = (
        "1. The Committee had before it the following documents:\n"
        + entries
        + "2. The representative of Uganda introduced the draft.\n"
    )
    texts = " ".join(found.text for found in parse_document(content).paragraphs)
    assert "A/79/62 Report of the Secretary-General on ICT" in texts


@pytest.mark.parametrize(
    ("line", "foot"),
    [
        ("24-07993 3/8", True),
        ("2/56 24-27264", True),
        ("24-27264 (E) 3/56", True),
        # A page number alone, a first page's footer, a count, a decision's number: no foot.
        ("3/8", False),
        ("24-27264 (E) 081024", False),
        ("24-07993 9/8", False),
        ("2025/1 24-07993", False),
    ],
)
def test_a_page_foot_is_a_job_number_beside_a_page_number(line: str, foot: bool) -> None:
    assert is_page_foot(line) is foot


@pytest.mark.parametrize(
    "introduction",
    [
        "14. The Assembly will have before it the following reports.\n"
        "A/79/62 Report of the Secretary-General on the implementation of the Summit outcomes.\n",
        "14. The Commission will have before it the following report.\n\n",
    ],
    ids=["after-another-entry", "after-the-following-report"],
)
def test_an_entry_of_a_list_of_documents_beside_a_page_foot_is_kept(introduction: str) -> None:
    content = (
        introduction
        + "A/79/67 Report of the Secretary-General on science, technology and innovation\n"
        "24-11803 9/34\n"
        "15. The Assembly will consider the item together with the reports listed below.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert any(p.text.startswith("A/79/67 Report") for p in paragraphs)


@pytest.mark.parametrize(
    ("sentence", "entry"),
    [
        (
            "The Council will have the report of the Committee before it.",
            "E/2025/39 Report of the High-level Committee on South-South Cooperation",
        ),
        (
            "委员会将收到一份会议室文件。",
            "E/CN.16/2025/CRP.1 埃塞俄比亚科学、技术和创新政策审查摘要",
        ),
    ],
    ids=["english", "chinese"],
)
def test_a_document_another_than_the_texts_own_beside_a_page_foot_is_kept(
    sentence: str, entry: str
) -> None:
    content = (
        "United Nations\tE/2025/1/Add.1\n\n"
        f"5. In its decision 2024/220, the Council decided to consider the report. {sentence}\n"
        f"{entry}\n\n25-01986" + " " * 60 + "3/8\n"
        "E/2025/1/Add.1\n\n6. The Council will hold its humanitarian affairs segment in Geneva.\n"
    )
    assert any(found.text.startswith(entry) for found in parse_document(content).paragraphs)


def test_a_symbol_the_texts_own_only_begins_with_is_another_document() -> None:
    content = (
        "United Nations A/80/100\n\n"
        "1. The Assembly will have before it the annual report of the Secretary-General.\n"
        "A/80/1 Report of the Secretary-General on the work of the Organization\n"
        "25-09120 1/5\n"
        "2. The report will be issued before the general debate.\n"
    )
    texts = [found.text for found in parse_document(content).paragraphs]
    assert any(text.startswith("A/80/1 Report") for text in texts)
