"""Paragraph parser: texts printed without blank lines between paragraphs, where only the lines
themselves tell where a paragraph ends. A presidential statement's first quoted paragraph is not
the introduction's last words, a box's text is not its title going on, and a "Preamble" title is
not the end of a full-width title above it."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

PRST_ZH = (
    "在 2025 年 3 月 12 日举行的第 9876 次会议上，安全理事会在审议“维护国际和平与安全：\n"
    "新兴技术对国际和平与安全的影响”项目时，安全理事会主席代表安理会发表如下声明：\n"
    "“安全理事会回顾《联合国宪章》赋予它的“维护国际和平与安全”的首要责任。\n"
    "“安全理事会确认，人工智能等新兴技术可为预防冲突、维持和平与建设和平提供机遇，包\n"
    "括通过加强预警系统、改进对局势的了解以及提高维持和平特派团的安全和保障。\n"
    "“安全理事会欢迎“数字公共产品”倡议，并请秘书长在其关于保护平民的年度报告中，酌\n"
    "情列入关于新兴技术对冲突局势影响的资料。”\n"
)
PRST_EN = (
    "At its 9876th meeting, held on 12 March 2025, in connection with the Council's consideration\n"
    'of the item entitled "Maintenance of international peace and security", the President of the\n'
    "Security Council made the following statement on behalf of the Security Council:\n"
    '"The Security Council recalls its primary responsibility under the Charter of the United\n'
    "Nations for the maintenance of international peace and security.\n"
    '"The Security Council recognizes that emerging technologies, including artificial\n'
    "intelligence, can offer opportunities for conflict prevention, peacekeeping and"
    " peacebuilding.\n"
    '"The Security Council requests the Secretary-General to include information on the impact of\n'
    'emerging technologies in his annual report on the protection of civilians."\n'
)


@pytest.mark.parametrize(
    ("content", "first"),
    [
        (PRST_ZH, "“安全理事会回顾《联合国宪章》赋予它的“维护国际和平与安全”的首要责任。"),
        (
            PRST_EN,
            '"The Security Council recalls its primary responsibility under the Charter of the'
            " United Nations for the maintenance of international peace and security.",
        ),
    ],
)
def test_a_statements_first_quoted_paragraph_is_no_introductions_end(
    content: str, first: str
) -> None:
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["p-1", "p-2", "p-3", "p-4"]
    introduction = result.paragraphs[0].text
    assert introduction.endswith(("发表如下声明：", "on behalf of the Security Council:"))
    assert result.paragraphs[1].text == first
    # A title quoted below the colon, the sentence going on past it, still goes on.
    theme = (
        "The Secretary-General will convene the twentieth meeting of the Forum under the theme:\n"
        '"Building digital trust", and encourages all stakeholders to participate in it.\n'
        '"The Security Council requests the Secretary-General to report on the matter.\n'
    )
    assert parse_document(theme).paragraphs[0].text.endswith("to participate in it.")


@pytest.mark.parametrize(
    ("content", "box_text"),
    [
        (
            "4. 表 1 显示，性别数字鸿沟在非洲最为突出，那里使用互联网的女性比例比男性低 11 个\n"
            "百分点。在最不发达国家，只有 35%的人口使用互联网。\n"
            "专栏 1\n"
            "普遍和有意义的连通\n"
            "有意义的连通是指用户能够以负担得起的价格，通过合适的设备，享有安全、令人满意、丰\n"
            "富和富有成效的在线体验。\n"
            "国际电联正在合作制定衡量有意义的连通的指标框架，以协助各国评估其进展，并将于明年\n"
            "发布其结果。\n"
            "5. 人工智能正在改变各国的经济。\n",
            "有意义的连通是指用户能够以负担得起的价格，通过合适的设备，享有安全、令人满意、"
            "丰富和富有成效的在线体验。",
        ),
        (
            "4. Table 1 shows that the gender digital divide is widest in Africa, where the"
            " share of\n"
            "women using the Internet is 11 percentage points lower than that of men.\n"
            "Box 1\n"
            "Universal and meaningful connectivity\n"
            "Meaningful connectivity means that users can enjoy a safe, satisfying, enriching and\n"
            "productive online experience at an affordable cost.\n"
            "ITU is developing a framework of indicators to measure meaningful connectivity,"
            " to help\n"
            "countries assess their progress.\n"
            "5. Artificial intelligence is changing economies.\n",
            "Meaningful connectivity means that users can enjoy a safe, satisfying, enriching and"
            " productive online experience at an affordable cost.",
        ),
    ],
)
def test_a_boxs_text_is_no_title_going_on(content: str, box_text: str) -> None:
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["4", "p-2", "p-3", "p-4", "5"]
    box = result.paragraphs[1].text
    assert box.split("\n") == [box.split("\n")[0], box.split("\n")[1]]
    assert box.startswith(("专栏 1", "Box 1"))
    assert result.paragraphs[2].text == box_text


@pytest.mark.parametrize(
    ("title", "preamble", "chapeau", "recital"),
    [
        (
            "联合国打击网络犯罪公约；加强某些犯罪国际合作以及共享严重犯罪电子形式证据",
            "序言",
            "本公约缔约国，",
            "铭记《联合国宪章》的宗旨和原则，",
        ),
        (
            "United Nations Convention against Cybercrime; Strengthening International Cooperation",
            "Preamble",
            "The States Parties to this Convention,",
            "Bearing in mind the purposes and principles of the Charter of the United Nations,",
        ),
    ],
)
def test_a_preamble_title_is_no_end_of_a_full_width_title(
    title: str, preamble: str, chapeau: str, recital: str
) -> None:
    body = (
        "1. 通过本决议所附的公约，并请秘书长作为公约保存人开放供签署，以便各国尽早加入；"
        if title[0] == "联"
        else "1. Adopts the Convention annexed to the present resolution and requests the"
        "\nSecretary-General to open it for signature;"
    )
    content = f"{body}\n附件\n" if title[0] == "联" else f"{body}\nAnnex\n"
    content += f"{title}\n{preamble}\n{chapeau}\n{recital}\n"
    result = parse_document(content)
    annex = next(p for p in result.paragraphs if p.anchor == "annex-1")
    assert annex.text == title
    heading = result.paragraphs[result.paragraphs.index(annex) + 1]
    assert (heading.kind, heading.text) == ("heading", preamble)


def test_a_quotation_the_sentence_goes_on_past_is_no_paragraph_of_its_own() -> None:
    # Closed before its line ends, the quotation is the sentence's, however many sentences it
    # holds (a false-positive audit found it split off as a statement's paragraph).
    content = (
        "1. The Secretary-General stressed that the Pact was only a beginning. Quoting a young\n"
        "activist, he said that the message from the youth had been clear:\n"
        "“We are not the leaders of tomorrow. We are the leaders of today,” she had told the\n"
        "Summit, and he urged Member States to heed that message.\n"
        "2. The meeting concluded with a round table on financing.\n"
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["1", "2"]
    assert "she had told the Summit" in result.paragraphs[0].text
