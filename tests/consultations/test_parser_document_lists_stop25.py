"""Paragraph parser: agenda annotations list the same documents under several items
("Documentation" + "A/79/1        Report of the Secretary-General …"). Printed more than once,
such a row was taken for a running header and dropped; it is the list's, unless it heads a page
somewhere or names the document itself, as a running header does."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

MASTHEAD = (
    "United Nations" + " " * 60 + "A/79/100\n"
    "General Assembly" + " " * 44 + "Distr.: General\n\n"
    "Seventy-ninth session\n\n"
    "          Annotated preliminary list of items to be included in the\n"
    "          provisional agenda of the seventy-ninth regular session\n\n"
)
REPORT = "A/79/1        Report of the Secretary-General on the work of the Organization"
ENGLISH = MASTHEAD + (
    "1.    Report of the Secretary-General on the work of the Organization\n\n"
    "      The report will be submitted pursuant to Article 98 of the Charter.\n\n"
    "      Documentation\n\n"
    f"      {REPORT}\n\n"
    "2.    Financial situation of the Organization\n\n"
    "      The Assembly will consider the reports requested in resolution 78/250.\n\n"
    "      Documentation\n\n"
    f"      {REPORT}\n"
    "      A/79/5        Financial report and audited financial statements\n\n"
    "3.    Implementation of the outcomes of the World Summit on the Information Society\n\n"
    "      The item was included in accordance with resolution 78/132.\n\n"
    "      Documentation\n\n"
    f"      {REPORT}\n"
    "      A/79/62       Report of the Secretary-General on progress made\n"
)
ZH_REPORT = "A/79/1        秘书长关于本组织工作的报告"
CHINESE = (
    "联合国" + " " * 60 + "A/79/100\n"
    "大会" + " " * 50 + "Distr.: General\n"
    "第七十九届会议\n\n"
    "          大会第七十九届常会临时议程所列项目附加说明初步清单\n\n"
    "1.    秘书长关于本组织工作的报告\n"
    "      该报告将根据《联合国宪章》第九十八条提交。\n"
    "      文件\n"
    f"      {ZH_REPORT}\n"
    "2.    本组织的财务状况\n"
    "      大会将审议第78/250号决议所要求的报告。\n"
    "      文件\n"
    f"      {ZH_REPORT}\n"
    "      A/79/5        财务报告和已审计财务报表\n"
    "3.    信息社会世界首脑会议成果的落实情况\n"
    "      本项目是根据第78/132号决议列入的。\n"
    "      文件\n"
    f"      {ZH_REPORT}\n"
    "      A/79/62       秘书长关于执行进展情况的报告\n"
)


@pytest.mark.parametrize(
    ("content", "caption", "report", "audited", "progress"),
    [
        (
            ENGLISH,
            "Documentation",
            "A/79/1 Report of the Secretary-General on the work of the Organization",
            "A/79/5 Financial report and audited financial statements",
            "A/79/62 Report of the Secretary-General on progress made",
        ),
        (
            CHINESE,
            "文件",
            "A/79/1 秘书长关于本组织工作的报告",
            "A/79/5 财务报告和已审计财务报表",
            "A/79/62 秘书长关于执行进展情况的报告",
        ),
    ],
    ids=["english", "chinese-without-blank-lines"],
)
def test_a_document_listed_under_several_items_is_kept_under_each(
    content: str, caption: str, report: str, audited: str, progress: str
) -> None:
    result = parse_document(content)
    lists = [p.text.split("\n") for p in result.paragraphs if p.text.startswith(caption)]
    assert lists == [
        [caption, report],
        [caption, report, audited],
        [caption, report, progress],
    ]
    assert not any("skipped" in w.message for w in result.warnings[1:])


@pytest.mark.parametrize("content", [ENGLISH, CHINESE], ids=["english", "chinese"])
def test_the_caption_of_a_list_of_documents_heads_no_item(content: str) -> None:
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs if p.kind == "heading"] == []
    items = {p.anchor: p for p in paragraphs if p.kind == "operative"}
    assert list(items) == ["1", "2", "3"]
    assert all(item.parent is None for item in items.values())


def test_a_running_header_naming_the_document_itself_is_dropped_wherever_printed() -> None:
    header = "A/RES/79/1        The Pact for the Future"
    content = (
        "United Nations" + " " * 60 + "A/RES/79/1\n\n"
        "Resolution adopted by the General Assembly on 22 September 2024\n\n"
        "79/1. The Pact for the Future\n\n"
        "1. Adopts the Pact for the Future, which reads as follows; it\n"
        f"{header}\n"
        "applies to all;\n\n"
        "2. Decides to convene a review;\n"
        f"{header}\n"
        "3. Decides to remain seized.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "2", "3"]
    assert (
        paragraphs[0].text
        == "Adopts the Pact for the Future, which reads as follows; it applies to all;"
    )
    assert "Pact for the Future" not in paragraphs[1].text


@pytest.mark.parametrize(
    ("content", "item"),
    [
        (
            "     4.    Encourages cooperation among Member States, including through:\n\n"
            "     (a)   South-South and triangular cooperation;\n\n"
            "     (b)   The exchange of best practices, as set out in\n"
            "A/79/62        Report of the Secretary-General on progress made in the\n"
            "implementation of the outcomes of the World Summit;\n\n"
            "     5.    Requests the Secretary-General to report.\n",
            "The exchange of best practices, as set out in A/79/62 Report of the"
            " Secretary-General on progress made in the implementation of the outcomes of the"
            " World Summit;",
        ),
        (
            "     4.    鼓励会员国开展合作，包括通过：\n"
            "     (a)   南南合作和三角合作；\n"
            "     (b)   交流最佳做法，载于\n"
            "A/79/62        秘书长关于信息社会世界首脑会议成果落实进展情况的报告；\n"
            "     5.    请秘书长提出报告。\n",
            "交流最佳做法，载于 A/79/62 秘书长关于信息社会世界首脑会议成果落实进展情况的报告；",
        ),
    ],
    ids=["english", "chinese"],
)
def test_a_symbol_row_below_a_sentence_goes_on_with_it(content: str, item: str) -> None:
    paragraphs = {p.anchor: p for p in parse_document(content).paragraphs}
    assert list(paragraphs) == ["4", "4.a", "4.b", "5"]
    assert paragraphs["4.b"].text == item


def test_a_listed_documents_wrapped_title_is_no_heading() -> None:
    content = (
        "I.    Introduction\n\n"
        "1.    The Second Committee held a substantive debate on agenda item 17.\n\n"
        "2.    For its consideration of the sub-item, the Committee had before it the following\n"
        "documents:\n"
        "A/79/62          Report of the Secretary-General on progress made in the\n"
        "                 implementation of the outcomes of the World Summit\n"
        "A/79/77          Note by the Secretary-General transmitting the report of the\n"
        "                 Internet Governance Forum\n\n"
        "3.    At its 20th meeting, the representative of Iraq introduced a draft resolution.\n\n"
        "4.    At its 25th meeting, the Committee adopted the draft resolution.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.kind for p in paragraphs].count("heading") == 1
    assert all(p.parent == "section-1" for p in paragraphs[1:])
    text = "\n".join(p.text for p in paragraphs)
    assert "transmitting the report of the Internet Governance Forum" in text
