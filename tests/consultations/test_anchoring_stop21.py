"""Re-anchoring defects found by the revised-drafts audit: comments following their paragraphs into
splits of three or more parts, renamed headings, paragraphs merged into a paragraph further away,
and quotes that left a surviving paragraph (consultations.anchoring)."""

from __future__ import annotations

import pytest

from consultations.anchoring import (
    ResolvedAnchor,
    TextQuote,
    VersionParagraph,
    diff_versions,
    resolve_anchor,
)

Version = tuple[VersionParagraph, ...]


def numbered_from(first: int, *texts: str) -> Version:
    return tuple(VersionParagraph(str(first + index), text) for index, text in enumerate(texts))


def changes(old: Version, new: Version) -> dict[str, tuple[str | None, str]]:
    return {
        item.old_anchor: (item.new_anchor, item.status) for item in diff_versions(old, new).items
    }


# --------------------------------------------------------------------------- splits in three

THREE_WAY_SPLITS = {
    "en": (
        "We will review progress in 2027.",
        "We will promote digital literacy in schools, support community networks in rural "
        "areas, and open spectrum for low-cost access technologies.",
        (
            "We will promote digital literacy in schools.",
            "We will support community networks in rural areas.",
            "We will open spectrum for low-cost access technologies.",
        ),
        "We will review progress in 2030.",
        "We will promote digital literacy among older persons through public libraries.",
    ),
    "zh": (
        "我们将在2027年审查进展。",
        "我们将在学校推广数字素养，支持农村地区的社区网络，并为低成本接入技术开放频谱。",
        (
            "我们将在学校推广数字素养。",
            "我们将支持农村地区的社区网络。",
            "我们将为低成本接入技术开放频谱。",
        ),
        "我们将在2030年审查进展。",
        "我们将通过公共图书馆在老年人中推广数字素养。",
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_head_of_a_paragraph_split_in_three_keeps_its_anchor(language: str) -> None:
    # The last part is the longest and the most similar: the head keeps the anchor all the same.
    before, whole, parts, after, _ = THREE_WAY_SPLITS[language]
    old = numbered_from(5, before, whole, after)
    new = numbered_from(5, before, *parts, after)
    assert changes(old, new) == {
        "5": ("5", "unchanged"),
        "6": ("6", "modified"),
        "7": ("9", "moved"),
    }
    assert diff_versions(old, new).added == ("7", "8")
    resolved = resolve_anchor("6", None, [(old, new)])
    assert (resolved.anchor, resolved.status) == ("6", "modified")
    # A quote of a later part still goes with it.
    quoted = resolve_anchor("6", TextQuote(parts[1][3:-1]), [(old, new)])
    assert (quoted.anchor, quoted.status) == ("7", "moved")


FOUR_WAY_SPLITS = {
    "en": (
        "Calls upon Member States to adopt national broadband plans, to support community "
        "networks in rural and remote areas, to open spectrum for innovative and low-cost "
        "access technologies, and to reduce the cost of entry-level broadband to below two per "
        "cent of average monthly income;",
        (
            "Calls upon Member States to adopt national broadband plans;",
            "Also calls upon Member States to support community networks in rural and remote "
            "areas;",
            "Further calls upon Member States to open spectrum for innovative and low-cost access "
            "technologies;",
            "Calls upon Member States to reduce the cost of entry-level broadband to below two "
            "per cent of average monthly income;",
        ),
    ),
    "zh": (
        "吁请会员国制定具有可衡量目标的国家宽带计划，支持农村和偏远地区的社区网络，为创新和低成本接入技术开放频谱，"
        "并将入门级宽带的费用降至平均月收入的百分之二以下；",
        (
            "吁请会员国制定具有可衡量目标的国家宽带计划；",
            "又吁请会员国支持农村和偏远地区的社区网络；",
            "还吁请会员国为创新和低成本接入技术开放频谱；",
            "吁请会员国将入门级宽带的费用降至平均月收入的百分之二以下；",
        ),
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_head_of_a_four_way_split_keeps_its_anchor_but_not_a_lookalike(
    language: str,
) -> None:
    before, _, _, after, _ = THREE_WAY_SPLITS[language]
    whole, parts = FOUR_WAY_SPLITS[language]
    old = numbered_from(5, before, whole, after)
    new = numbered_from(5, before, *parts, after)
    assert changes(old, new)["6"] == ("6", "modified")
    assert diff_versions(old, new).added == ("7", "8", "9")
    # A new paragraph that only opens like the old one, with words of its own, is no part of it:
    # it does not take the anchor from the parts after it.
    _, whole, parts, _, lookalike = THREE_WAY_SPLITS[language]
    old = numbered_from(5, before, whole, after)
    new = numbered_from(5, before, lookalike, parts[1], parts[2], after)
    assert changes(old, new)["6"][0] in ("7", "8")
    assert "6" in diff_versions(old, new).added


# --------------------------------------------------------------------------- renamed headings

SECTIONS = {
    "en": (
        "Artificial intelligence",
        "We decide to establish an independent international scientific panel on artificial "
        "intelligence.",
        "Human rights online",
        "Human rights in the digital age",
        "We reaffirm that the same rights that people have offline must also be protected online.",
        "We condemn Internet shutdowns and measures that arbitrarily restrict access to "
        "information.",
        "Digital trust and safety",
    ),
    "zh": (
        "人工智能",
        "我们决定设立一个独立的人工智能国际科学小组。",
        "网上人权",
        "数字时代的人权",
        "我们重申，人们在网下享有的权利在网上也必须受到保护。",
        "我们谴责断网以及任意限制获取信息的措施。",
        "数字信任与安全",
    ),
}


def sectioned(*entries: tuple[str, str]) -> Version:
    return tuple(VersionParagraph(anchor, text) for anchor, text in entries)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_retitled_section_keeps_its_anchor_and_comments(language: str) -> None:
    ai, panel, title, new_title, rights, shutdowns, _ = SECTIONS[language]
    old = sectioned(
        ("section-3", ai), ("12", panel), ("section-4", title), ("13", rights), ("14", shutdowns)
    )
    new = sectioned(
        ("section-3", ai),
        ("12", panel),
        ("section-4", new_title),
        ("13", rights),
        ("14", shutdowns),
    )
    assert changes(old, new)["section-4"] == ("section-4", "modified")
    assert diff_versions(old, new).added == ()
    resolved = resolve_anchor("section-4", None, [(old, new)])
    assert (resolved.anchor, resolved.status) == ("section-4", "modified")


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_heading_is_not_paired_with_another_heading_of_its_number_elsewhere(
    language: str,
) -> None:
    ai, panel, title, _, rights, shutdowns, other_title = SECTIONS[language]
    old = sectioned(
        ("section-3", ai), ("12", panel), ("section-4", title), ("13", rights), ("14", shutdowns)
    )
    # Section IV is dissolved into section III; a new section IV opens further down.
    moved_under_three = sectioned(
        ("section-3", ai),
        ("12", panel),
        ("13", rights),
        ("14", shutdowns),
        ("section-4", other_title),
        ("15", panel.replace("panel", "forum").replace("小组", "论坛")),
    )
    assert changes(old, moved_under_three)["section-4"] == (None, "removed")
    # The same rename right above its paragraphs is one.
    renamed = sectioned(
        ("section-3", ai),
        ("12", panel),
        ("section-4", other_title),
        ("13", rights),
        ("14", shutdowns),
    )
    assert changes(old, renamed)["section-4"] == ("section-4", "modified")
    # A paragraph's number is no evidence: rewritten in place, it is removed and added.
    rewritten = sectioned(
        ("section-3", ai),
        ("12", other_title + "."),
        ("section-4", title),
        ("13", rights),
        ("14", shutdowns),
    )
    assert changes(old, rewritten)["12"] == (None, "removed")


# --------------------------------------------------------------------------- merges further away

FOLDED = {
    "en": (
        "We will promote interoperable data governance frameworks that protect privacy and "
        "enable cross-border data flows for development.",
        "We encourage Member States to establish independent data protection authorities with "
        "adequate resources.",
        "We request the Secretary-General to convene a multi-stakeholder working group on data "
        "governance.",
        "We stress that data governance must respect human rights, including the right to privacy",
        ", and encourage Member States to establish independent data protection authorities "
        "with adequate resources.",
        ".",
    ),
    "zh": (
        "我们将促进可互操作的数据治理框架，保护隐私并使数据能够为发展而跨境流动。",
        "我们鼓励会员国设立拥有充足资源的独立数据保护机构。",
        "我们请秘书长召集一个关于数据治理的多利益攸关方工作组。",
        "我们强调，数据治理必须尊重人权，包括隐私权",
        "，并鼓励会员国设立拥有充足资源的独立数据保护机构。",
        "。",
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_paragraph_folded_into_one_further_down_moves_there(language: str) -> None:
    promote, encourage, request, stress, folded_in, full_stop = FOLDED[language]
    old = numbered_from(5, promote, encourage, request, stress + full_stop)
    new = numbered_from(5, promote, request, stress + folded_in)
    assert changes(old, new) == {
        "5": ("5", "unchanged"),
        "6": ("7", "moved"),
        "7": ("6", "moved"),
        "8": ("7", "moved"),
    }
    assert resolve_anchor("6", None, [(old, new)]) == ResolvedAnchor("7", "moved", None)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_deleted_paragraph_whose_words_were_there_all_along_stays_removed(
    language: str,
) -> None:
    promote, encourage, request, stress, folded_in, full_stop = FOLDED[language]
    # Paragraph 8 already said what paragraph 6 said: deleting 6 merges it into nothing.
    old = numbered_from(5, promote, encourage, request, stress + folded_in)
    new = numbered_from(5, promote, request, stress + folded_in)
    assert changes(old, new)["6"] == (None, "removed")
    # Folded in further down, it moves.
    old = numbered_from(5, promote, encourage, request, stress + full_stop)
    assert changes(old, new)["6"] == ("7", "moved")


# --------------------------------------------------------------------------- quotes carried off

CARRIED = {
    "en": (
        "We call for capacity-building in artificial intelligence for developing countries, "
        "including access to computing resources and open datasets.",
        "We call for capacity-building in artificial intelligence for developing countries.",
        "We also call for access to computing resources and open datasets for researchers in "
        "developing countries.",
        "computing resources and open datasets",
    ),
    "zh": (
        "我们呼吁为发展中国家开展人工智能能力建设，包括提供计算资源和开放数据集。",
        "我们呼吁为发展中国家开展人工智能能力建设。",
        "我们还呼吁为发展中国家的研究人员提供计算资源和开放数据集。",
        "计算资源和开放数据集",
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_quote_follows_its_words_into_a_lightly_edited_split_part(language: str) -> None:
    whole, head, edited_tail, quoted = CARRIED[language]
    old = numbered_from(10, whole)
    new = numbered_from(10, head, edited_tail)
    resolved = resolve_anchor("10", TextQuote(quoted), [(old, new)])
    assert (resolved.anchor, resolved.status) == ("11", "moved")
    assert resolved.quote is not None
    assert resolved.quote.exact
    assert edited_tail[resolved.quote.start : resolved.quote.end] == quoted
    # Without a quote the comment stays with the head.
    assert resolve_anchor("10", None, [(old, new)]).anchor == "10"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_quoted_boilerplate_in_another_request_does_not_take_the_comment(language: str) -> None:
    # The first paragraph lost its opening and a request the revision adds begins with it: a
    # paragraph of words of its own, not where the quoted passage went.
    if language == "en":
        opening = "Requests the Secretary-General to"
        old_text = f"{opening} convene a meeting of experts on cybercrime in 2026;"
        new_text = "Invites the Secretary-General to report on cybercrime in 2026;"
        added = f"{opening} submit a report on the implementation of the present resolution;"
    else:
        opening = "请秘书长向大会提交报告"
        old_text = f"{opening}，说明网络犯罪专家会议的筹备情况；"
        new_text = "邀请秘书长说明网络犯罪专家会议的筹备情况；"
        added = f"{opening}，说明本决议的执行情况和各会员国提交的资料；"
    old = numbered_from(1, old_text)
    new = numbered_from(1, new_text, added)
    resolved = resolve_anchor("1", TextQuote(opening), [(old, new)])
    assert resolved.anchor == "1"
    # Its own words carried off with the opening are followed.
    if language == "en":
        carried, rest = f"{opening} convene a meeting", " of specialists on ransomware;"
    else:
        carried, rest = f"{opening}，说明网络犯罪", "问题的趋势；"
    new = numbered_from(1, new_text, carried + rest)
    assert resolve_anchor("1", TextQuote(carried), [(old, new)]).anchor == "2"
