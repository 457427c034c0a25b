"""Paragraph parser: mis-parses an audit found on real drafts (a number completing a reference at
a line's start, a preamble wrapped after a comma, pandoc spans, tables, headings cited in a
sentence), each fixed in the general case."""

from __future__ import annotations

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph

# --- A number at a line's start completing the reference the line above left open ---


def test_goal_number_wrapped_with_a_gap_goes_on_with_the_sentence() -> None:
    english = (
        "The General Assembly,\nRecalling its resolution 70/1,\n1. Decides to act;\n"
        "2. Recognizes the importance of gender equality, in line with Sustainable Development"
        " Goal\n5. It further recognizes the need to empower women;\n3. Notes the report;\n"
        "4. Requests a report.\n"
    )
    chinese = (
        "大会，\n回顾其第 70/1 号决议，\n1. 决定采取行动；\n"
        "2. 确认按照可持续发展目标 5，性别平等十分重要；它还确认需要增强妇女权能；\n"
        "3. 注意到报告；\n4. 请提交报告。\n"
    )
    expected = ["p-1", "pp1", "1", "2", "3", "4"]
    assert anchors(english) == anchors(chinese) == expected
    assert paragraph(english, "2").text.endswith(
        "Sustainable Development Goal 5. It further recognizes the need to empower women;"
    )
    assert paragraph(english, "3").text == "Notes the report;"
    assert not parse_document(english).warnings


def test_expected_number_after_a_reference_word_is_a_wrap_when_printed_again_below() -> None:
    content = (
        "The General Assembly,\nRecalling its resolution 70/1,\n1. Decides to act;\n"
        "2. Recalls its previous resolutions, in particular paragraph\n"
        "3. It also recalls the outcome of the Summit;\n3. Notes the report;\n"
        "4. Requests a report.\n"
    )
    assert anchors(content) == ["p-1", "pp1", "1", "2", "3", "4"]
    assert paragraph(content, "2").text.endswith(
        "in particular paragraph 3. It also recalls the outcome of the Summit;"
    )
    assert paragraph(content, "3").text == "Notes the report;"


def test_expected_number_after_a_reference_word_opens_the_paragraph_when_not_printed_again() -> (
    None
):
    content = (
        "1. Decides to act in line with Sustainable Development Goal\n"
        "2. Requests a report;\n3. Decides to remain seized of the matter.\n"
    )
    assert anchors(content) == ["1", "2", "3"]


def test_list_items_inside_a_paragraph_stay_items_below_an_unfinished_line() -> None:
    content = (
        "6. We act.\n7. We commit to the following objectives\n1. Close the digital divides\n"
        "2. Expand inclusion\n3. Foster an inclusive space\n8. We will act.\n"
    )
    assert anchors(content) == ["6", "7", "8"]
    assert paragraph(content, "7").text.split("\n")[1:] == [
        "1. Close the digital divides",
        "2. Expand inclusion",
        "3. Foster an inclusive space",
    ]


# --- "Action N." / "Objective N." at a wrapped line's start, cited by the sentence above ---


def test_action_cited_at_a_wrap_goes_on_with_the_paragraph() -> None:
    english = (
        "Action 1. We will act.\n17. We decide to act.\n"
        "18. We decide to act in line with our commitments in\n"
        "Action 2. We also decide to review progress;\n19. We decide to review.\n"
        "Action 2. We will eradicate poverty.\n20. We decide to act.\n"
    )
    chinese = (
        "行动 1. 我们将采取行动。\n17. 我们决定采取行动。\n18. 我们决定按照我们在\n"
        "行动 2. 中的承诺采取行动，并审查进展；\n19. 我们决定进行审查。\n"
        "行动 2. 我们将消除贫困。\n20. 我们决定采取行动。\n"
    )
    expected = ["action-1", "17", "18", "19", "action-2", "20"]
    assert anchors(english) == anchors(chinese) == expected
    assert paragraph(english, "18").text.endswith(
        "commitments in Action 2. We also decide to review progress;"
    )
    assert paragraph(english, "20").parent == "action-2"
    assert not any("twice" in w.message for w in parse_document(english).warnings)


def test_action_out_of_sequence_below_an_unfinished_sentence_goes_on_with_it() -> None:
    content = (
        "Action 1. We will act.\n17. We decide to act.\n"
        "18. We decide to act in line with our commitments\n"
        "Action 4. We also decide to review progress;\n19. We decide to review.\n"
        "Action 2. We will eradicate poverty.\n20. We decide to act.\n"
    )
    assert anchors(content) == ["action-1", "17", "18", "19", "action-2", "20"]


def test_action_in_sequence_below_a_paragraph_that_lost_its_full_stop_is_a_heading() -> None:
    content = (
        "Action 1. We will act.\n17. We decide to act.\n"
        "18. We decide to act in line with our commitments\n"
        "Action 2. We will eradicate poverty.\n19. We decide to act.\n"
    )
    assert anchors(content) == ["action-1", "17", "18", "action-2", "19"]


# --- Pandoc spans and autolinks in Markdown ---


def test_pandoc_spans_read_as_their_text_and_negotiation_brackets_stay() -> None:
    english = (
        "**The General Assembly**,\n\n*Recalling* its resolution 70/1,\n\n"
        "1\\. *Decides* to [convene]{.mark} a [plenary]{.underline} meeting of the"
        ' [UN]{.smallcaps} and [others]{custom-style="Strong"};\n\n'
        "2\\. *Requests* a report at <https://www.un.org/wsis> [alt 1: now] [text];\n"
    )
    chinese = (
        "**大会**，\n\n*回顾*其第 70/1 号决议，\n\n"
        '1\\. *决定*[召开]{.mark}一次[全体]{.underline}会议[和]{custom-style="Strong"}磋商；\n\n'
        "2\\. *请*在 <https://www.un.org/wsis> 提交报告 [alt 1: 现在] [案文]；\n"
    )
    assert anchors(english, "markdown") == anchors(chinese, "markdown") == ["p-1", "pp1", "1", "2"]
    assert paragraph(english, "1", "markdown").text == (
        "Decides to convene a plenary meeting of the UN and others;"
    )
    assert paragraph(english, "2", "markdown").text == (
        "Requests a report at https://www.un.org/wsis [alt 1: now] [text];"
    )
    assert paragraph(chinese, "1", "markdown").text == "决定召开一次全体会议和磋商；"
    assert paragraph(chinese, "2", "markdown").text == (
        "请在 https://www.un.org/wsis 提交报告 [alt 1: 现在] [案文]；"
    )


def test_spans_are_markdown_only() -> None:
    content = "1. Decides to [convene]{.mark} a meeting;\n2. Requests a report.\n"
    assert paragraph(content, "1").text == "Decides to [convene]{.mark} a meeting;"


# --- A symbol far apart from text on one line is a running header only at a page's top ---


def test_a_list_of_documents_laid_out_in_columns_stays_in_its_paragraph() -> None:
    english = (
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
        "1. Takes note of the following documents:\n\n"
        "A/79/62         Report of the Secretary-General on WSIS\n"
        "A/79/204        Report of the Secretary-General on ICT4D\n\n"
        "2. Reports were issued by the agencies listed in annex II   UNDP/ITU\n\n"
        "3. Requests a report.\n"
    )
    chinese = (
        "大会，\n\n回顾其第 70/1 号决议，\n\n1. 注意到以下文件：\n\n"
        "A/79/62         秘书长关于信息社会世界首脑会议的报告\n"
        "A/79/204        秘书长关于信息和通信技术促进发展的报告\n\n"
        "2. 附件二所列机构印发了报告   UNDP/ITU\n\n3. 请提交报告。\n"
    )
    expected = ["p-1", "pp1", "1", "2", "3"]
    assert anchors(english) == anchors(chinese) == expected
    assert paragraph(english, "1").text.split("\n") == [
        "Takes note of the following documents:",
        "A/79/62 Report of the Secretary-General on WSIS",
        "A/79/204 Report of the Secretary-General on ICT4D",
    ]
    assert paragraph(chinese, "1").text.split("\n")[1] == (
        "A/79/62 秘书长关于信息社会世界首脑会议的报告"
    )
    assert paragraph(english, "2").text.endswith("annex II UNDP/ITU")


def test_a_symbol_far_apart_inside_a_wrapped_sentence_is_text() -> None:
    content = (
        "1. Takes note of the report;\n\n"
        "2. Requests the Commission to submit its annual report, in particular to the session\n"
        "of the Economic and Social Council in 2025, under the symbol   E/CN.16/2025/2\n"
        "together with its recommendations;\n\n3. Decides to remain seized of the matter.\n"
    )
    assert anchors(content) == ["1", "2", "3"]
    assert "under the symbol E/CN.16/2025/2 together with" in paragraph(content, "2").text


def test_a_running_header_laid_out_at_a_pages_top_is_still_dropped() -> None:
    content = (
        "1. Requests a report that includes information on\n"
        "24-04567                                                      3/8\n"
        "A/RES/79/325                     Artificial intelligence for development\n"
        "funding;\n\n2. Decides to remain seized.\n"
    )
    assert paragraph(content, "1").text == "Requests a report that includes information on funding;"


# --- Rows of pandoc simple and multiline tables numbered like paragraphs ---

MULTILINE_TABLE = (
    "1.  We decide to review progress against the indicators below:\n\n"
    "  ---------------------------------------------------------------\n"
    "  Indicator                           Baseline (2024)   Target\n"
    "  ----------------------------------- ----------------- ---------\n"
    "  1\\. Individuals using the Internet  67 per cent       100 per cent\n\n"
    "  2\\. Schools connected               40 per cent       100 per cent\n"
    "  ---------------------------------------------------------------\n\n"
    "2.  We request the Secretary-General to report annually.\n\n"
    "3.  We decide to hold the next review in 2035.\n"
)


def test_multiline_table_rows_numbered_like_paragraphs_stay_in_the_paragraph() -> None:
    chinese = (
        "1.  我们决定对照下列指标审查进展：\n\n"
        "  ---------------------------------------------------------------\n"
        "  指标                                基线（2024）      目标\n"
        "  ----------------------------------- ----------------- ---------\n"
        "  1\\. 使用互联网的个人                67%               100%\n\n"
        "  2\\. 联网学校                        40%               100%\n"
        "  ---------------------------------------------------------------\n\n"
        "2.  我们请秘书长每年提出报告。\n\n3.  我们决定在 2035 年进行下一次审查。\n"
    )
    for content in (MULTILINE_TABLE, chinese):
        assert anchors(content, "markdown") == ["1", "2", "3"]
        assert paragraph(content, "2", "markdown").parent is None
    assert paragraph(MULTILINE_TABLE, "1", "markdown").text.split("\n")[1:] == [
        "Indicator Baseline (2024) Target",
        "1. Individuals using the Internet 67 per cent 100 per cent",
        "2. Schools connected 40 per cent 100 per cent",
    ]
    assert paragraph(chinese, "1", "markdown").text.split("\n")[2] == "1. 使用互联网的个人 67% 100%"
    assert not parse_document(MULTILINE_TABLE, "markdown").warnings


def test_simple_table_without_outer_rules_stays_in_the_paragraph() -> None:
    content = (
        "1.  We decide to review progress against the indicators below:\n\n"
        "  Indicator                            Baseline (2024)   Target (2030)\n"
        "  ------------------------------------ ----------------- ---------------\n"
        "  1\\. Individuals using the Internet   67 per cent       100 per cent\n"
        "  2\\. Schools connected                40 per cent       100 per cent\n\n"
        "2.  We request the Secretary-General to report annually.\n\n"
        "3.  We decide to hold the next review in 2035.\n"
    )
    assert anchors(content, "markdown") == ["1", "2", "3"]
    assert paragraph(content, "1", "markdown").text.split("\n")[1:] == [
        "Indicator Baseline (2024) Target (2030)",
        "1. Individuals using the Internet 67 per cent 100 per cent",
        "2. Schools connected 40 per cent 100 per cent",
    ]


def test_action_line_rows_of_a_table_open_no_action_line() -> None:
    content = (
        "1.  The WSIS action lines are facilitated by United Nations agencies.\n\n"
        "  ---------------------------------------------------------------------\n"
        "  Action line                                   Lead facilitator\n"
        "  --------------------------------------------- -----------------------\n"
        "  C1. The role of public governance authorities ECOSOC/UN DESA\n\n"
        "  C3. Access to information and knowledge       ITU/UNESCO\n"
        "  ---------------------------------------------------------------------\n\n"
        "2.  Since 2005, connectivity has expanded markedly.\n\n"
        "3.  The Commission reviewed progress.\n"
    )
    result = parse_document(content, "markdown")
    assert [p.anchor for p in result.paragraphs] == ["1", "p-2", "2", "3"]
    assert all(p.parent is None for p in result.paragraphs)
    assert result.paragraphs[1].text.split("\n") == [
        "Action line Lead facilitator",
        "C1. The role of public governance authorities ECOSOC/UN DESA",
        "C3. Access to information and knowledge ITU/UNESCO",
    ]


def test_headerless_simple_table_and_setext_heading_after_it() -> None:
    content = (
        "1.  We list the indicators:\n\n"
        "  ------------------------------------ -----------------\n"
        "  1\\. Individuals using the Internet   67 per cent\n"
        "  2\\. Schools connected                40 per cent\n"
        "  ------------------------------------ -----------------\n\n"
        "Follow-up\n---------\n\n"
        "2.  We request the Secretary-General to report annually.\n"
    )
    assert anchors(content, "markdown") == ["1", "p-2", "2"]
    assert paragraph(content, "1", "markdown").text.count("\n") == 2


# --- A draft circulated as the only annex of a letter ---

DRAFT_EN = "The General Assembly,\n\nRecalling its resolution 70/125,\n\n1. Decides to act;\n\n"
DRAFT_EN += "2. Requests a report.\n"
DRAFT_ZH = "大会，\n\n回顾其第 70/125 号决议，\n\n1. 决定采取行动；\n\n2. 请提交报告。\n"
LETTER_EN = (
    "Letter dated 3 March 2025 from the co-facilitators addressed to the President of the"
    " General Assembly\n\n"
    "We have the honour to transmit herewith the zero draft of the resolution on the review of"
    " the World Summit on the Information Society (see annex).\n\n"
    "We would be grateful if the present letter and its annex could be circulated as a document"
    " of the General Assembly.\n\n{annex}\n\nZero draft\n\n"
)
LETTER_ZH = (
    "共同主持人 2025 年 3 月 3 日给大会主席的信\n\n"
    "谨随函转递关于信息社会世界首脑会议审查的决议零案文（见附件）。\n\n"
    "请将本函及其附件作为大会文件分发为荷。\n\n{annex}\n\n零案文\n\n"
)


def test_a_draft_annexed_alone_to_its_cover_letter_is_numbered_as_issued_alone() -> None:
    alone = anchors(DRAFT_EN)
    assert alone == ["p-1", "pp1", "1", "2"]
    assert anchors(LETTER_EN.format(annex="Annex") + DRAFT_EN) == alone
    assert anchors(LETTER_ZH.format(annex="附件") + DRAFT_ZH) == alone
    markdown = LETTER_EN.format(annex="## Annex") + DRAFT_EN
    assert anchors(markdown, "markdown") == alone
    warnings = parse_document(LETTER_EN.format(annex="Annex") + DRAFT_EN).warnings
    assert any("cover letter skipped" in warning.message for warning in warnings)


def test_a_resolution_with_its_own_paragraphs_keeps_its_annex_prefixed() -> None:
    content = DRAFT_EN + "\nAnnex\n\n" + DRAFT_EN
    main = ["p-1", "pp1", "1", "2"]
    assert anchors(content) == [*main, "annex-1", "p-6", "annex-1/pp1", "annex-1/1", "annex-1/2"]


def test_a_letter_with_two_annexes_keeps_them_prefixed() -> None:
    content = LETTER_EN.format(annex="Annex I") + DRAFT_EN + "\nAnnex II\n\n" + DRAFT_EN
    assert "annex-1/1" in anchors(content)
    assert "annex-2/1" in anchors(content)


# --- Preambular paragraphs whose opening no word list can know ---


def test_a_preambular_paragraph_after_a_comma_ended_line_is_its_own_whatever_its_opening() -> None:
    """A preambular paragraph ends with a comma; what opens the next one is open-ended in both
    languages (再次强调, 充分认识到, "In this regard,"), so no list decides where one ends."""
    chinese = (
        "大会，\n回顾其关于信息社会世界首脑会议成果落实情况的各项决议，包括2023年\n"
        "12月22日第78/132号决议以及关于信息和通信技术促进可持续发展的各项决议，\n"
        "再次强调信息和通信技术对实现可持续发展目标十分重要，\n"
        "充分认识到国家之间和国家内部持续存在数字鸿沟，\n"
        "1. 决定采取行动；\n2. 请秘书长提交报告。\n"
    )
    english = (
        "The General Assembly,\n"
        "Recalling its resolution 70/125 of 16 December 2015 and all its resolutions on"
        " information\nand communications technologies for sustainable development, including"
        " resolution 78/132,\n"
        "In this regard, stressing the need to bridge the digital divides,\n"
        "Recalling also its resolution 79/1,\n"
        "1. Decides to act;\n2. Requests a report.\n"
    )
    assert anchors(chinese) == anchors(english) == ["p-1", "pp1", "pp2", "pp3", "1", "2"]
    assert paragraph(chinese, "pp2").text.startswith("再次强调")
    assert paragraph(english, "pp2").text.startswith("In this regard,")


def test_a_headerless_multiline_table_ends_at_its_closing_rule_not_at_a_blank_line() -> None:
    """Pandoc writes a table without header rows between two column rules, its multiline rows
    set apart by blank lines."""
    content = (
        "1\\. *Decides* that the action lines shall be facilitated as follows:\n\n"
        "  ------------------------------------ ---------------------------\n"
        "  C1. The role of public governance    ECOSOC/UN DESA, with the\n"
        "  authorities and all stakeholders     regional commissions\n\n"
        "  C2. Information and communication    ITU\n"
        "  infrastructure\n\n"
        "  2\\. Access to information and        ITU/UNESCO\n"
        "  knowledge\n"
        "  ------------------------------------ ---------------------------\n\n"
        "2\\. *Requests* a report.\n\n3\\. *Decides* to remain seized of the matter.\n"
    )
    assert anchors(content, "markdown") == ["1", "2", "3"]
    table = paragraph(content, "1", "markdown").text
    assert "C2. Information and communication ITU" in table
    assert "2. Access to information and ITU/UNESCO" in table
