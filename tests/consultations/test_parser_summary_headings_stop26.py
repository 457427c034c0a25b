"""Paragraph parser: the headings of a chair's summary, a text that numbers no paragraph. A list
of finished sentences ("• Participants welcomed …") did not tell that the text had begun, so
every unpunctuated line after it, a heading in the middle of the text ("Next steps"), was
skipped as front matter; and the heading right below the meeting's dateline that closes the
title block, above the list ("Key messages"), was taken for a title. Both are headings now,
the title block (subtitle and dateline) front matter, in English and Chinese."""

from __future__ import annotations

import pytest

from consultations.parser import ParsedParagraph, parse_document


def _parse(content: str, fmt: str = "text") -> dict[str, ParsedParagraph]:
    parsed = parse_document(content, "markdown" if fmt == "markdown" else "text")
    return {found.anchor: found for found in parsed.paragraphs}


SUMMARY = {
    "en": (
        "Chair's summary\n"
        "Multi-stakeholder consultation on the Global Dialogue on AI Governance\n"
        "Geneva, 8 July 2025\n\n"
        "Key messages\n\n"
        "  •   Participants welcomed the establishment of the Global Dialogue and stressed\n"
        "      the need for meaningful participation of developing countries.\n"
        "  •   Several speakers called for the Dialogue to build on existing processes.\n\n"
        "Next steps\n\n"
        "The co-facilitators will circulate a revised draft by 15 August 2025.\n"
    ),
    "zh": (
        "主席摘要\n"
        "关于人工智能治理全球对话的多利益攸关方磋商\n"
        "2025 年 7 月 8 日，日内瓦\n\n"
        "主要信息\n\n"
        "  •   与会者欢迎设立全球对话，并强调发展中国家必须切实参与。\n"
        "  •   若干发言者呼吁对话以现有进程为基础。\n\n"
        "下一步\n\n"
        "共同协调人将于 2025 年 8 月 15 日前分发修订草案。\n"
    ),
    "en-markdown": (
        "Chair's summary\n\n"
        "Geneva, 8 July 2025\n\n"
        "Key messages\n\n"
        "- Participants welcomed the establishment of the Global Dialogue.\n"
        "- Several speakers called for the Dialogue to build on existing processes.\n\n"
        "Next steps\n\n"
        "- The co-facilitators will circulate a revised draft by 15 August 2025.\n"
    ),
}


@pytest.mark.parametrize("variant", sorted(SUMMARY))
def test_a_chair_s_summary_keeps_its_headings(variant: str) -> None:
    fmt = "markdown" if variant.endswith("markdown") else "text"
    parsed = _parse(SUMMARY[variant], fmt)
    assert list(parsed) == ["p-1", "p-2", "p-3", "p-4", "p-5"]
    kinds = [found.kind for found in parsed.values()]
    assert kinds == ["heading", "unnumbered", "unnumbered", "heading", "unnumbered"]
    assert parsed["p-1"].text in ("Key messages", "主要信息")
    assert parsed["p-4"].text in ("Next steps", "下一步")
    assert parsed["p-2"].parent == parsed["p-3"].parent == "p-1"
    assert parsed["p-5"].parent == "p-4"
    assert parsed["p-2"].text.startswith(("Participants welcomed", "与会者欢迎"))
    assert not any("8 July" in p.text or "7 月 8 日" in p.text for p in parsed.values())


def test_english_and_chinese_summaries_get_the_same_anchors() -> None:
    english, chinese = _parse(SUMMARY["en"]), _parse(SUMMARY["zh"])
    expected = [
        ("p-1", "heading", None),
        ("p-2", "unnumbered", "p-1"),
        ("p-3", "unnumbered", "p-1"),
        ("p-4", "heading", None),
        ("p-5", "unnumbered", "p-4"),
    ]
    assert [(p.anchor, p.kind, p.parent) for p in english.values()] == expected
    assert [(p.anchor, p.kind, p.parent) for p in chinese.values()] == expected


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_heading_below_a_list_of_sentences_is_no_front_matter(language: str) -> None:
    """No dateline: the first heading is still read as a title (a known limit), but the one
    in the middle of the text is kept."""
    content = {
        "en": (
            "Chair's summary\n\nKey messages\n\n"
            "  •   Participants welcomed the establishment of the Global Dialogue.\n"
            "  •   Several speakers called for the Dialogue to build on existing processes.\n\n"
            "Next steps\n\n"
            "  •   The co-facilitators will circulate a revised draft by 15 August 2025.\n"
        ),
        "zh": (
            "主席摘要\n\n主要信息\n\n"
            "  •   与会者欢迎设立全球对话。\n"
            "  •   若干发言者呼吁对话以现有进程为基础。\n\n"
            "下一步\n\n"
            "  •   共同协调人将于 2025 年 8 月 15 日前分发修订草案。\n"
        ),
    }[language]
    parsed = _parse(content)
    assert list(parsed) == ["p-1", "p-2", "p-3", "p-4"]
    assert parsed["p-3"].kind == "heading"
    assert parsed["p-3"].text in ("Next steps", "下一步")
    assert parsed["p-4"].parent == "p-3"
    assert parsed["p-1"].parent is None


def test_an_unpunctuated_list_below_the_dateline_is_kept_under_its_heading() -> None:
    content = (
        "Concept note\nGeneva, 8 July 2025\n\n"
        "Themes\n\n  •   Financing gaps\n  •   Capacity building\n\n"
        "Next steps\n\n"
        "The co-facilitators will circulate a revised draft by 15 August 2025.\n"
    )
    parsed = _parse(content)
    assert [(p.anchor, p.kind, p.parent, p.text) for p in parsed.values()][:3] == [
        ("p-1", "heading", None, "Themes"),
        ("p-2", "unnumbered", "p-1", "Financing gaps"),
        ("p-3", "unnumbered", "p-1", "Capacity building"),
    ]
    assert parsed["p-5"].parent == "p-4"


# -- near misses ------------------------------------------------------------------------------


def test_a_site_menu_below_a_dateline_stays_front_matter() -> None:
    content = (
        "Department of Economic and Social Affairs\nGeneva, 8 July 2025\n\n"
        "Follow us\n\n  •   Facebook\n  •   Instagram\n\n"
        "The Forum met in Geneva. Participants welcomed the report.\n"
    )
    parsed = _parse(content)
    assert [p.kind for p in parsed.values()] == ["unnumbered", "unnumbered"]
    assert parsed["p-2"].text.startswith("The Forum met")
    assert not any(p.text in ("Follow us", "Facebook") for p in parsed.values())


def test_a_subtitle_above_a_list_without_a_dateline_stays_front_matter() -> None:
    content = (
        "Chair's summary\n\nMulti-stakeholder consultation on the Global Dialogue\n\n"
        "  •   Participants welcomed the establishment of the Global Dialogue.\n"
        "  •   Several speakers called for the Dialogue to build on existing processes.\n"
    )
    parsed = _parse(content)
    assert list(parsed) == ["p-1", "p-2"]
    assert parsed["p-1"].kind == "unnumbered"
    assert parsed["p-1"].text.startswith("Participants welcomed")


def test_a_masthead_bullet_does_not_begin_the_text() -> None:
    content = (
        "Note by the Secretariat\n\n  •   Item 3 of the provisional agenda.\n\n"
        "Draft resolution\n\nThe General Assembly,\n\n1. Decides to hold a session.\n"
    )
    parsed = _parse(content)
    assert list(parsed) == ["p-1", "1"]
    assert parsed["1"].parent is None
