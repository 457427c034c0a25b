"""Renderers of the synthesis: determinism, links, attribution, formats that reopen cleanly."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import zipfile
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import docx
import orjson
import pytest
from docx.oxml.ns import qn
from hypothesis import given
from hypothesis import strategies as st

from consultations.synthesis_docx import render_docx, representation_chart_png
from consultations.synthesis_model import (
    COMMENT_EXCERPT_CHARS,
    NO_POSITION,
    RepresentationLine,
    Synthesis,
    SynthesisAmendment,
    SynthesisCluster,
    SynthesisComment,
    SynthesisGeneral,
    SynthesisParagraph,
    comment_excerpt,
    excerpt,
    general_from_comments,
    paragraph_from_comments,
    redline,
    redline_changes,
)
from consultations.synthesis_render import (
    CSV_BOM,
    CSV_COLUMNS,
    campaign_title,
    csv_header,
    csv_row,
    md_cell,
    md_redline,
    other_wordings,
    percent,
    render_csv,
    render_json,
    render_markdown,
    totals_line,
)

CLOSES_AT = datetime(2026, 3, 15, 17, 0, tzinfo=UTC)
PUBLIC_URL = "https://plenary.example.org"

ORGANIZATIONS = {
    "org-gov-cn": ("中华人民共和国常驻联合国代表团", "government", "asia_pacific"),
    "org-cs-ke": ("Kenya ICT Action Network | KICTANet", "civil_society", "african"),
    "org-cs-br": (
        "Instituto de Tecnologia e Sociedade",
        "civil_society",
        "latin_american_caribbean",
    ),
    "org-ps-de": ("=Digital Europe Industry", "private_sector", "western_european_others"),
    "org-ac-jp": ("東京大学 未来ビジョン研究センター", "academia", "asia_pacific"),
}

PARAGRAPHS = (
    ("pp1", None, (), "回顾大会 2015 年 12 月 16 日第 70/125 号决议，"),
    ("1", "1", ("我们的承诺",), "我们重申致力于建设以人为本、具有包容性和面向发展的信息社会。"),
    ("8.c", "8 (c)", ("Commitments", "Digital inclusion"), "Close the digital divide | now."),
    ("9", "9", ("Commitments",), "Promote meaningful connectivity for all."),
)


def _comment(
    number: int,
    organization: str,
    anchor: str | None,
    body: str,
    *,
    position: str | None = None,
    proposed_text: str | None = None,
    cluster_id: str | None = None,
    campaign_id: str | None = None,
    language: str = "en",
) -> SynthesisComment:
    name, group, region = ORGANIZATIONS[organization]
    return SynthesisComment(
        id=f"0190c0de-0000-7000-8000-{number:012d}",
        tracking_number=f"PLN-2026-{number:06d}",
        anchor=anchor,
        kind="amendment" if proposed_text is not None else "comment",
        position=position,
        language=language,
        body=body,
        proposed_text=proposed_text,
        organization_id=organization,
        organization_name=name,
        stakeholder_group=group,
        regional_group=region,
        campaign_id=campaign_id,
        cluster_id=cluster_id,
        submitted_at=datetime(2026, 3, 2, 9, 0, tzinfo=UTC) + timedelta(minutes=number),
    )


COMMENTS = (
    _comment(1, "org-gov-cn", "1", "我们支持这一段落。", position="support", language="zh"),
    _comment(
        2,
        "org-cs-ke",
        "1",
        "Add a reference to human rights.",
        proposed_text="我们重申致力于建设以人为本、尊重人权的信息社会。",
        position="support",
    ),
    _comment(
        3,
        "org-cs-ke",
        "8.c",
        "Connectivity must be affordable.\nSecond line with | pipe.",
        cluster_id="cl-1",
        position="support",
    ),
    _comment(
        4,
        "org-cs-br",
        "8.c",
        "Connectivity must be affordable for all.",
        cluster_id="cl-1",
        campaign_id="camp-1",
    ),
    _comment(
        5,
        "org-ps-de",
        "8.c",
        "-1+1 private investment is key",
        proposed_text="Close the digital divide through private investment.",
        position="oppose",
    ),
    _comment(6, "org-ac-jp", None, "この文書全体について: 研究への言及が必要です。", language="ja"),
    _comment(7, "org-gov-cn", None, "总体上支持。", position="support", language="zh"),
)


# Country groups overlap: the shares add up to more than 1.
COUNTRY_GROUP_LINES = tuple(
    RepresentationLine(
        key=key,
        comments=comments,
        organizations=organizations,
        comment_share=comments / 8,
        organization_share=organizations / 5,
        target_share=0.2,
        status=status,
    )
    for key, comments, organizations, status in (
        ("ldc", 0, 0, "absent"),
        ("lldc", 0, 0, "absent"),
        ("sids", 0, 0, "absent"),
        ("developing", 5, 4, "over"),
        ("developed", 2, 1, "balanced"),
    )
)


def _feedback_fields(comments: list[SynthesisComment]) -> dict[str, object]:
    clusters: dict[str, list[SynthesisComment]] = {}
    for comment in comments:
        if comment.cluster_id is not None:
            clusters.setdefault(comment.cluster_id, []).append(comment)
    clustered = {comment.id for members in clusters.values() for comment in members}
    return {
        "comment_count": len(comments),
        "comment_ids": tuple(comment.id for comment in comments),
        "by_group": dict(sorted(Counter(c.stakeholder_group for c in comments).items())),
        "by_position": dict(Counter(c.position or NO_POSITION for c in comments)),
        "amendments": tuple(
            SynthesisAmendment(
                comment_id=c.id,
                organization_name=c.organization_name,
                stakeholder_group=c.stakeholder_group,
                proposed_text=c.proposed_text,
                body=c.body,
            )
            for c in comments
            if c.proposed_text is not None
        ),
        "clusters": tuple(
            SynthesisCluster(
                id=cluster_id,
                size=len(members),
                groups=tuple(sorted({m.stakeholder_group for m in members})),
                representative_excerpt=members[0].body,
                comment_ids=tuple(m.id for m in members),
                representative_id=members[0].id,
                organization_count=len({m.organization_id or m.tracking_number for m in members}),
                campaign_id=members[0].campaign_id
                if len({m.campaign_id for m in members}) == 1
                else None,
            )
            for cluster_id, members in sorted(clusters.items())
        ),
        "unclustered_comment_ids": tuple(c.id for c in comments if c.id not in clustered),
        "other_comments": tuple(
            comment_excerpt(c)
            for c in comments
            if c.id not in clustered and c.proposed_text is None
        ),
    }


def _without_organizations(comment: SynthesisComment) -> SynthesisComment:
    return replace(comment, organization_id=None, organization_name=None)


def build_synthesis(
    comments: tuple[SynthesisComment, ...] = COMMENTS,
    attribution: str = "named",
    paragraphs: tuple[tuple[str, str | None, tuple[str, ...], str], ...] = PARAGRAPHS,
) -> Synthesis:
    if attribution == "group_only":
        comments = tuple(_without_organizations(c) for c in comments)
    by_anchor: dict[str | None, list[SynthesisComment]] = {}
    for comment in comments:
        by_anchor.setdefault(comment.anchor, []).append(comment)
    general = by_anchor.get(None, [])
    organizations = {
        (c.stakeholder_group, c.organization_id or c.tracking_number) for c in comments
    }
    groups = sorted({group for group, _ in organizations})
    organization_count = Counter(group for group, _ in organizations)
    return Synthesis(
        round_id="round-0001",
        round_title="First reading 第一轮",
        consultation_title="WSIS+20 outcome document 成果文件",
        consultation_slug="wsis20",
        document_title="信息社会世界首脑会议成果文件",
        document_symbol="A/RES/80/173",
        version=1,
        version_label=None,
        language="zh",
        attribution=attribution,  # type: ignore[arg-type]
        generated_for=CLOSES_AT,
        public_url=PUBLIC_URL,
        totals={
            "comments": len(comments),
            "organizations": len(organizations),
            "amendments": sum(1 for c in comments if c.kind == "amendment"),
        },
        paragraphs=tuple(
            SynthesisParagraph(
                anchor=anchor,
                label=label,
                reference=label,
                heading_path=heading_path,
                text=text,
                **_feedback_fields(by_anchor.get(anchor, [])),  # type: ignore[arg-type]
            )
            for anchor, label, heading_path, text in paragraphs
        ),
        general=SynthesisGeneral(**_feedback_fields(general)) if general else None,  # type: ignore[arg-type]
        representation=tuple(
            RepresentationLine(
                key=group,
                comments=sum(1 for c in comments if c.stakeholder_group == group),
                organizations=organization_count[group],
                comment_share=sum(1 for c in comments if c.stakeholder_group == group)
                / len(comments),
                organization_share=organization_count[group] / len(organizations),
                target_share=1 / len(groups),
                status="balanced",
            )
            for group in groups
        ),
        regional_group_representation=_representation(comments, "regional_group"),
        country_group_representation=COUNTRY_GROUP_LINES,
        representation_summary={},
        comments=comments,
    )


def _representation(
    comments: tuple[SynthesisComment, ...], dimension: str
) -> tuple[RepresentationLine, ...]:
    organizations = {
        (getattr(c, dimension), c.organization_id or c.tracking_number) for c in comments
    }
    keys = sorted({key for key, _ in organizations})
    count = Counter(key for key, _ in organizations)
    return tuple(
        RepresentationLine(
            key=key,
            comments=sum(1 for c in comments if getattr(c, dimension) == key),
            organizations=count[key],
            comment_share=sum(1 for c in comments if getattr(c, dimension) == key) / len(comments),
            organization_share=count[key] / len(organizations),
            target_share=1 / len(keys),
            status="balanced",
        )
        for key in keys
    )


NAMED = build_synthesis()
GROUP_ONLY = build_synthesis(attribution="group_only")
ORGANIZATION_NAMES = [name for name, _, _ in ORGANIZATIONS.values()]


def _docx_parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist()}


# Building blocks for the database layer ---------------------------------------------------------


def test_paragraph_from_comments_counts_amendments_and_clusters() -> None:
    paragraph = paragraph_from_comments(
        "8.c", "8 (c)", ["Commitments"], "Close the digital divide.", COMMENTS[2:5]
    )
    assert paragraph.heading_path == ("Commitments",)
    assert paragraph.comment_count == 3
    assert paragraph.by_group == {"civil_society": 2, "private_sector": 1}
    assert paragraph.by_position == {"none": 1, "oppose": 1, "support": 1}
    assert [a.comment_id for a in paragraph.amendments] == [COMMENTS[4].id]
    assert paragraph.amendments[0].organization_name == "=Digital Europe Industry"
    (cluster,) = paragraph.clusters
    assert cluster.id == "cl-1"
    assert cluster.comment_ids == (COMMENTS[2].id, COMMENTS[3].id)
    assert cluster.groups == ("civil_society",)
    assert (
        cluster.representative_excerpt
        == "Connectivity must be affordable. Second line with | pipe."
    )
    assert paragraph.unclustered_comment_ids == (COMMENTS[4].id,)


def test_a_cluster_with_one_member_on_the_anchor_is_no_cluster() -> None:
    lonely = replace(COMMENTS[3], cluster_id="cl-elsewhere")
    feedback = general_from_comments([COMMENTS[2], lonely])
    assert feedback.clusters == ()
    assert feedback.unclustered_comment_ids == (COMMENTS[2].id, lonely.id)


def test_excerpt_counts_characters_so_chinese_is_not_cut_short() -> None:
    assert excerpt("我们支持" * 100, 10) == "我们支持我们支持我…"
    assert excerpt("  short\n text  ", 10) == "short text"
    assert excerpt("e\u0301", 5) == "\u00e9"


@given(
    st.lists(
        st.tuples(
            st.sampled_from(list(ORGANIZATIONS)),
            st.sampled_from(["support", "oppose", "neutral", None]),
            st.sampled_from([None, "a", "b", "c"]),
            st.booleans(),
        ),
        max_size=30,
    )
)
def test_feedback_partitions_the_comments(
    specs: list[tuple[str, str | None, str | None, bool]],
) -> None:
    comments = [
        _comment(
            number,
            organization,
            "1",
            f"body {number}",
            position=position,
            cluster_id=cluster_id,
            proposed_text="text" if amendment else None,
        )
        for number, (organization, position, cluster_id, amendment) in enumerate(specs, 1)
    ]
    feedback = general_from_comments(comments)
    assert sum(feedback.by_group.values()) == feedback.comment_count == len(comments)
    assert sum(feedback.by_position.values()) == len(comments)
    clustered = [i for cluster in feedback.clusters for i in cluster.comment_ids]
    assert sorted(clustered + list(feedback.unclustered_comment_ids)) == sorted(
        c.id for c in comments
    )
    assert all(cluster.size == len(cluster.comment_ids) >= 2 for cluster in feedback.clusters)
    sizes = [cluster.size for cluster in feedback.clusters]
    assert sizes == sorted(sizes, reverse=True)
    assert len(feedback.amendments) == sum(1 for spec in specs if spec[3])


# Determinism ------------------------------------------------------------------------------------


@pytest.mark.parametrize("synthesis", [NAMED, GROUP_ONLY], ids=["named", "group_only"])
def test_every_format_renders_byte_identical_twice(synthesis: Synthesis) -> None:
    assert render_json(synthesis) == render_json(synthesis)
    assert render_markdown(synthesis) == render_markdown(synthesis)
    assert render_csv(synthesis) == render_csv(synthesis)
    assert render_docx(synthesis) == render_docx(synthesis)


def test_row_order_from_the_database_does_not_change_the_output() -> None:
    shuffled = replace(NAMED, comments=tuple(reversed(NAMED.comments)))
    assert render_json(shuffled) == render_json(NAMED)
    assert render_csv(shuffled) == render_csv(NAMED)
    assert render_markdown(shuffled) == render_markdown(NAMED)


def test_chart_png_is_deterministic_and_carries_no_software_metadata() -> None:
    first = representation_chart_png(NAMED.representation)
    assert first == representation_chart_png(NAMED.representation)
    assert first.startswith(b"\x89PNG\r\n\x1a\n")
    assert b"Software" not in first
    assert b"Matplotlib" not in first
    assert representation_chart_png(()).startswith(b"\x89PNG")


# JSON -------------------------------------------------------------------------------------------


def test_json_mirrors_the_model_with_utc_timestamps() -> None:
    document = orjson.loads(render_json(NAMED))
    assert document["generated_for"] == "2026-03-15T17:00:00Z"
    assert [p["anchor"] for p in document["paragraphs"]] == ["pp1", "1", "8.c", "9"]
    assert document["paragraphs"][0]["comment_count"] == 0
    section = document["paragraphs"][2]
    assert section["by_group"] == {"civil_society": 2, "private_sector": 1}
    assert section["clusters"][0]["comment_ids"] == [COMMENTS[2].id, COMMENTS[3].id]
    assert section["amendments"][0]["organization_name"] == "=Digital Europe Industry"
    assert document["general"]["comment_ids"] == [COMMENTS[5].id, COMMENTS[6].id]
    assert [c["id"] for c in document["comments"]] == [c.id for c in COMMENTS]
    assert all(c["submitted_at"].endswith("Z") for c in document["comments"])
    assert document["comments"][0]["body"] == "我们支持这一段落。"


def test_json_timestamps_are_converted_to_utc() -> None:
    tokyo = timezone(timedelta(hours=9))
    synthesis = replace(NAMED, generated_for=datetime(2026, 3, 16, 2, 0, 0, 500, tzinfo=tokyo))
    assert orjson.loads(render_json(synthesis))["generated_for"] == "2026-03-15T17:00:00.000500Z"


# CSV --------------------------------------------------------------------------------------------


def test_csv_has_a_bom_a_header_and_one_row_per_comment() -> None:
    data = render_csv(NAMED)
    assert data.startswith(CSV_BOM)
    assert data.count(CSV_BOM) == 1
    assert data.endswith(b"\r\n")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == list(CSV_COLUMNS) == csv_header()
    assert len(rows) == 1 + len(COMMENTS)
    records = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    first = records[0]
    assert first["comment_id"] == COMMENTS[0].id
    assert first["organization_name"] == "中华人民共和国常驻联合国代表团"
    assert first["stakeholder_group"] == "government"
    assert first["regional_group"] == "asia_pacific"
    assert first["position"] == "support"
    assert records[3]["campaign_id"] == "camp-1"
    assert records[3]["cluster_id"] == "cl-1"
    assert records[5]["anchor"] == ""
    assert records[2]["body"] == "Connectivity must be affordable.\nSecond line with | pipe."
    assert records[1]["proposed_text"] == "我们重申致力于建设以人为本、尊重人权的信息社会。"


def test_csv_neutralises_formula_injection() -> None:
    records = list(csv.DictReader(io.StringIO(render_csv(NAMED).decode("utf-8-sig"))))
    german = next(r for r in records if r["organization_id"] == "org-ps-de")
    assert german["organization_name"] == "'=Digital Europe Industry"
    assert german["body"] == "'-1+1 private investment is key"


@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40))
def test_csv_cells_round_trip_except_for_the_documented_apostrophe(text: str) -> None:
    comment = replace(COMMENTS[0], body=text)
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerow(csv_row(comment))
    (row,) = list(csv.reader(io.StringIO(buffer.getvalue(), newline="")))
    body = row[CSV_COLUMNS.index("body")]
    if text.startswith(("=", "+", "-", "@", "\t", "\r")):
        assert body == "'" + text
    else:
        assert body == text


# Markdown ---------------------------------------------------------------------------------------


def _other_wordings_shown(synthesis: Synthesis) -> set[str]:
    """Comments quoted as another wording of their cluster: one more link each."""
    comments = {comment.id: comment for comment in synthesis.comments}
    feedback = [*synthesis.paragraphs, *([synthesis.general] if synthesis.general else [])]
    return {
        comment_id
        for part in feedback
        for cluster in part.clusters
        for comment_id, _ in other_wordings(cluster, comments).shown
    }


def _markdown_sections(markdown: str) -> dict[str, str]:
    parts = re.split(r"^(#{2,3} .*)$", markdown, flags=re.MULTILINE)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


def test_markdown_links_every_statement_to_its_comments() -> None:
    sections = _markdown_sections(render_markdown(NAMED))
    paragraph = sections["### 8 (c) · `8.c`"]
    # by group, by position, then the cluster or the amendment (not again among the others),
    # and as another wording of its cluster
    worded = _other_wordings_shown(NAMED)
    assert worded
    for comment in COMMENTS[2:5]:
        link = f"[{comment.tracking_number}]({PUBLIC_URL}/v1/comments/{comment.id})"
        assert paragraph.count(link) == 3 + (comment.id in worded)
    general = sections["## General comments"]
    for comment in COMMENTS[5:7]:
        assert f"({PUBLIC_URL}/v1/comments/{comment.id})" in general
    assert "_No comments on this paragraph._" in sections["### `pp1`"]
    assert "_No comments on this paragraph._" in sections["### 9 · `9`"]
    representation = sections["## Representation by stakeholder group"]
    assert (
        f"({PUBLIC_URL}/v1/rounds/round-0001/comments?stakeholder_group=civil_society"
        "&status=published)" in representation
    )
    assert "](/v1/" not in render_markdown(NAMED)


def test_markdown_every_listed_id_of_every_statement_appears() -> None:
    markdown = render_markdown(NAMED)
    for paragraph in NAMED.paragraphs:
        ids = set(paragraph.comment_ids)
        ids |= {a.comment_id for a in paragraph.amendments}
        ids |= {i for cluster in paragraph.clusters for i in cluster.comment_ids}
        for comment_id in ids:
            assert f"/v1/comments/{comment_id})" in markdown


def test_markdown_escapes_tables_and_keeps_cjk_intact() -> None:
    markdown = render_markdown(NAMED)
    assert "> Close the digital divide \\| now." in markdown
    assert "> 我们重申致力于建设以人为本、具有包容性和面向发展的信息社会。" in markdown
    assert "我们的承诺" in markdown
    for line in markdown.splitlines():
        if line.startswith("|"):
            cells = re.split(r"(?<!\\)\|", line)
            assert len(cells) in {5, 9}, line


def test_markdown_text_cannot_start_lists_or_html() -> None:
    comment = replace(COMMENTS[4], proposed_text="1. <script>alert(1)</script>\n- item\n# title")
    synthesis = build_synthesis(comments=(*COMMENTS[:4], comment, *COMMENTS[5:]))
    markdown = render_markdown(synthesis)
    assert "   > 1\\. \\<script\\>alert(1)\\</script\\>" in markdown
    assert "   > \\- item" in markdown
    assert "   > \\# title" in markdown
    assert "<script>" not in markdown


@given(st.text(max_size=60))
def test_markdown_cells_never_break_out_of_their_cell(text: str) -> None:
    cell = md_cell(text)
    assert "\n" not in cell
    assert "\r" not in cell
    assert re.search(r"(?<!\\)(?:\\\\)*\|", cell) is None


# Attribution ------------------------------------------------------------------------------------


def test_group_only_hides_organizations_in_every_format() -> None:
    leaky = replace(GROUP_ONLY, comments=COMMENTS)  # a builder that forgot to drop names
    leaky = replace(
        leaky,
        paragraphs=tuple(
            replace(
                p,
                amendments=tuple(
                    replace(a, organization_name="Kenya ICT Action Network") for a in p.amendments
                ),
                other_comments=tuple(
                    replace(o, organization_name="Kenya ICT Action Network")
                    for o in p.other_comments
                ),
            )
            for p in leaky.paragraphs
        ),
    )
    assert any(p.other_comments for p in leaky.paragraphs)
    assert any(p.clusters for p in leaky.paragraphs)
    renderings = {
        "json": render_json(leaky).decode(),
        "markdown": render_markdown(leaky),
        "csv": render_csv(leaky).decode("utf-8-sig"),
        "docx": b"".join(_docx_parts(render_docx(leaky)).values()).decode("utf-8", "replace"),
    }
    for format_name, text in renderings.items():
        for name in [*ORGANIZATION_NAMES, "Kenya ICT Action Network"]:
            assert name.replace("|", "\\|") not in text, format_name
            assert name not in text, format_name
        for organization_id in ORGANIZATIONS:
            assert organization_id not in text, format_name
    records = list(csv.DictReader(io.StringIO(renderings["csv"])))
    assert {r["organization_name"] for r in records} == {""}
    assert {r["stakeholder_group"] for r in records} >= {"civil_society", "government"}
    assert "**Civil society** proposes" in renderings["markdown"]
    assert "1. **Government**, Support, [PLN-2026-000001]" in renderings["markdown"]
    assert "Organizations:" not in renderings["markdown"]
    assert "Organizations:" not in renderings["docx"]


# Other comments and campaigns -------------------------------------------------------------------

LONG_COMMENT = (
    "The paragraph should recognise that affordable connectivity depends on spectrum policy, "
    "on open access to backbone infrastructure and on community networks, which regulators in "
    "many developing countries still treat as unlicensed operators. We ask the co-facilitators "
    "to add a reference to community networks and to the Internet Governance Forum's dynamic "
    "coalition on the subject, whose reports describe the licensing barriers in detail and "
    "propose model provisions. Without them the commitment to meaningful connectivity will "
    "remain a promise for the rural poor."
)


def test_other_comments_carry_their_text_whole_when_short_else_cut_at_a_word() -> None:
    long = _comment(8, "org-cs-br", "9", LONG_COMMENT, position="oppose")
    short = _comment(9, "org-ac-jp", "9", "  短い\n意見です。 ")
    (long_entry, short_entry) = general_from_comments([long, short]).other_comments
    assert short_entry.excerpt == "短い\n意見です。"  # its line break kept
    assert len(long_entry.excerpt) <= COMMENT_EXCERPT_CHARS < len(LONG_COMMENT)
    assert long_entry.excerpt.endswith("…")
    kept = long_entry.excerpt.removesuffix("…")
    assert LONG_COMMENT.startswith(kept)
    assert LONG_COMMENT[len(kept)] == " "  # a whole word ends the excerpt
    assert (long_entry.organization_name, long_entry.stakeholder_group) == (
        "Instituto de Tecnologia e Sociedade",
        "civil_society",
    )
    assert (long_entry.position, long_entry.tracking_number) == ("oppose", "PLN-2026-000008")


def test_markdown_and_word_show_who_sent_each_other_comment_and_what_it_says() -> None:
    synthesis = build_synthesis(
        comments=(*COMMENTS, _comment(8, "org-cs-br", "9", LONG_COMMENT, position="oppose"))
    )
    (entry,) = synthesis.paragraphs[3].other_comments
    section = _markdown_sections(render_markdown(synthesis))["### 9 · `9`"]
    assert "#### Other comments not in a cluster (1)" in section
    assert (
        "1. **Instituto de Tecnologia e Sociedade (Civil society)**, Oppose, "
        f"[PLN-2026-000008]({PUBLIC_URL}/v1/comments/{entry.comment_id}):\n"
        f"   > {entry.excerpt}\n"
    ) in section
    assert LONG_COMMENT not in section

    document = _open_docx(synthesis)
    [first, ninth, general] = _tables_headed(document, "Comment")
    assert first[1] == [
        "PLN-2026-000001",
        "中华人民共和国常驻联合国代表团",
        "Government",
        "Support",
        "我们支持这一段落。",
    ]
    assert ninth == [
        ["Comment", "Organization", "Group", "Position", "Text"],
        [
            "PLN-2026-000008",
            "Instituto de Tecnologia e Sociedade",
            "Civil society",
            "Oppose",
            entry.excerpt,
        ],
    ]
    assert general[1][:4] == [
        "PLN-2026-000006",
        "東京大学 未来ビジョン研究センター",
        "Academia",
        "",
    ]
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 3"]
    assert "Other comments not in a cluster (1)" in headings
    assert "Other comments not in a cluster (2)" in headings


def _campaign_round(attribution: str = "named") -> Synthesis:
    letter = "We urge the co-facilitators to protect community networks in paragraph 9."
    copies = tuple(
        _comment(
            20 + number,
            organization,
            "9",
            f"{letter} ({number})",
            proposed_text="Promote meaningful connectivity for all, including community networks.",
            cluster_id="campaign-cluster",
            campaign_id="camp-9",
            position="support",
        )
        for number, organization in enumerate(
            ("org-cs-ke", "org-cs-br", "org-cs-ke", "org-ac-jp", "org-cs-br")
        )
    )
    return build_synthesis(comments=(*COMMENTS, *copies), attribution=attribution)


def test_a_campaign_is_named_with_its_organizations_and_its_copies_are_not_repeated() -> None:
    synthesis = _campaign_round()
    [campaign] = synthesis.paragraphs[3].clusters
    assert (campaign.campaign_id, campaign.organization_count) == ("camp-9", 3)
    markdown = render_markdown(synthesis)
    section = _markdown_sections(markdown)["### 9 · `9`"]
    assert (
        "1. **Form-letter campaign: 5 comments from 3 organizations in 2 stakeholder groups** "
        "(Academia, Civil society), of which 5 amendments:"
    ) in section
    assert "Promote meaningful connectivity for all, including community networks." in section
    assert (
        "Organizations: Instituto de Tecnologia e Sociedade (2); Kenya ICT Action Network "
        "\\| KICTANet (2); 東京大学 未来ビジョン研究センター"
    ) in section
    assert "#### Amendments" not in section
    assert "similar comments" not in section
    for comment_id in campaign.comment_ids:
        # by group, by position, and the campaign (the representative also as the source of
        # the proposed text): never one by one as an amendment
        statements = 3 + (comment_id == campaign.representative_id)
        statements += comment_id in _other_wordings_shown(synthesis)
        assert section.count(f"/v1/comments/{comment_id})") == statements

    document = _open_docx(synthesis)
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Form-letter campaign: 5 comments from 3 organizations in 2 stakeholder groups" in text
    assert "Instituto de Tecnologia e Sociedade (2); Kenya ICT Action Network" in text
    amendment_rows = [row for table in _tables_headed(document, "Organization") for row in table]
    assert all(
        row[-1] not in {c.tracking_number for c in synthesis.comments[7:]} for row in amendment_rows
    )
    links = Counter(target for target, _ in word_hyperlinks(document))
    for comment_id in campaign.comment_ids:
        statements = 3 + (comment_id == campaign.representative_id)
        statements += comment_id in _other_wordings_shown(synthesis)
        assert links[f"{PUBLIC_URL}/v1/comments/{comment_id}"] == statements


# Word -------------------------------------------------------------------------------------------


def _open_docx(synthesis: Synthesis) -> docx.document.Document:
    return docx.Document(io.BytesIO(render_docx(synthesis)))


def test_docx_title_page_and_core_properties() -> None:
    document = _open_docx(NAMED)
    first = document.paragraphs[0]
    assert first.style.name == "Title"
    assert first.text == "Synthesis: First reading 第一轮"
    assert document.paragraphs[1].style.name == "Subtitle"
    assert document.paragraphs[1].text == "WSIS+20 outcome document 成果文件"
    properties = document.core_properties
    assert properties.created == CLOSES_AT
    assert properties.modified == CLOSES_AT
    assert properties.title == "Synthesis: First reading 第一轮"
    assert properties.author == "Plenary"
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert headings == ["pp1", "1", "8 (c) [8.c]", "9"]
    facts = [p.text for p in document.paragraphs[2:8]]
    assert facts[0] == "Document: 信息社会世界首脑会议成果文件 (A/RES/80/173)"
    assert facts[1] == "Version: 1"
    assert facts[4] == "Data as of: 2026-03-15 17:00:00 UTC"


def _tables_headed(document: docx.document.Document, first: str) -> list[list[list[str]]]:
    """The tables whose first cell is ``first``, as cell texts read without struck-through
    words (a redlined proposal reads as the proposed text)."""
    return [
        [[unstruck_text(cell._tc) for cell in row.cells] for row in table.rows]
        for table in document.tables
        if table.rows[0].cells[0].text == first
    ]


def unstruck_text(element: Any, struck: bool | None = None) -> str:
    """Text of the runs below ``element``, or only of those struck through (``struck``) or
    not; line breaks as newlines, paragraphs joined with newlines."""
    paragraphs = []
    for paragraph in element.iter(qn("w:p")):
        pieces = []
        for run in paragraph.iter(qn("w:r")):
            is_struck = run.find(f"{qn('w:rPr')}/{qn('w:strike')}") is not None
            if (struck is None and is_struck) or (struck is not None and is_struck != struck):
                continue
            for child in run:
                if child.tag == qn("w:t"):
                    pieces.append(child.text or "")
                elif child.tag == qn("w:br"):
                    pieces.append("\n")
                elif child.tag == qn("w:tab"):
                    pieces.append("\t")
        paragraphs.append("".join(pieces))
    return "\n".join(paragraphs)


def word_hyperlinks(document: docx.document.Document) -> list[tuple[str, str]]:
    """(target, text) of every hyperlink, in document order, tables included."""
    targets = {
        relationship_id: relationship.target_ref
        for relationship_id, relationship in document.part.rels.items()
        if relationship.is_external
    }
    return [
        (targets[link.get(qn("r:id"))], "".join(t.text or "" for t in link.iter(qn("w:t"))))
        for link in document.element.body.iter(qn("w:hyperlink"))
    ]


def test_docx_representation_tables_and_chart_come_last() -> None:
    document = _open_docx(NAMED)
    stakeholders, regions, country_groups = document.tables[-3:]
    assert stakeholders.style.name == "Table Grid"
    rows = [[cell.text for cell in row.cells] for row in stakeholders.rows]
    # Two header rows: "Organizations" over its number, share and target share.
    assert rows[:2] == [
        [
            "Stakeholder group",
            "Comments",
            "Organizations",
            "Organizations",
            "Organizations",
            "Status",
            "Sources",
        ],
        ["Stakeholder group", "Comments", "Number", "Share", "Target share", "Status", "Sources"],
    ]
    assert rows[2:] == [
        ["Academia", "1 (14.3 %)", "1", "20.0 %", "25.0 %", "balanced", "comments"],
        ["Civil society", "3 (42.9 %)", "2", "40.0 %", "25.0 %", "balanced", "comments"],
        ["Government", "2 (28.6 %)", "1", "20.0 %", "25.0 %", "balanced", "comments"],
        ["Private sector", "1 (14.3 %)", "1", "20.0 %", "25.0 %", "balanced", "comments"],
    ]
    assert (
        f"{PUBLIC_URL}/v1/rounds/round-0001/comments?stakeholder_group=academia&status=published",
        "comments",
    ) in word_hyperlinks(document)
    assert len(document.inline_shapes) == 1
    image_parts = [p for p in document.part.package.iter_parts() if "image" in p.content_type]
    assert [p.blob for p in image_parts] == [representation_chart_png(NAMED.representation)]

    assert [[cell.text for cell in row.cells] for row in regions.rows][1:4] == [
        ["Regional group", "Comments", "Number", "Share", "Target share", "Status", "Sources"],
        ["African States", "2 (28.6 %)", "1", "20.0 %", "25.0 %", "balanced", "comments"],
        ["Asia-Pacific States", "3 (42.9 %)", "2", "40.0 %", "25.0 %", "balanced", "comments"],
    ]
    assert (
        f"{PUBLIC_URL}/v1/rounds/round-0001/comments?regional_group=african&status=published",
        "comments",
    ) in word_hyperlinks(document)
    assert [[cell.text for cell in row.cells][:3] for row in country_groups.rows][1:] == [
        ["Country group", "Comments", "Number"],
        ["Least developed countries (LDC)", "0 (0.0 %)", "0"],
        ["Landlocked developing countries (LLDC)", "0 (0.0 %)", "0"],
        ["Small island developing States (SIDS)", "0 (0.0 %)", "0"],
        ["Developing countries", "5 (62.5 %)", "4"],
        ["Developed countries", "2 (25.0 %)", "1"],
    ]
    assert (
        f"{PUBLIC_URL}/v1/rounds/round-0001/comments?country_group=developing&status=published",
        "comments",
    ) in word_hyperlinks(document)
    text = "\n".join(p.text for p in document.paragraphs)
    assert "shares need not sum to 100 %" in text


def test_docx_sections_follow_the_markdown_order() -> None:
    document = _open_docx(NAMED)
    word = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    markdown = re.findall(r"^## (.*)$", render_markdown(NAMED), flags=re.MULTILINE)
    assert (
        word
        == markdown
        == [
            "Paragraphs",
            "General comments",
            "Representation by stakeholder group",
            "Representation by regional group",
            "Representation by country group",
        ]
    )


def test_docx_links_every_statement_to_its_comments() -> None:
    document = _open_docx(NAMED)
    links = word_hyperlinks(document)
    statements = Counter(links)
    for comment in COMMENTS:
        link = (f"{PUBLIC_URL}/v1/comments/{comment.id}", comment.tracking_number)
        # by group, by position, then its cluster, its amendment row or its other-comment row
        clustered = comment.cluster_id is not None
        amendment = comment.kind == "amendment"
        told = clustered + amendment + (not clustered and not amendment)
        told += comment.id in _other_wordings_shown(NAMED)
        assert statements[link] == 2 + told, comment.id
    assert {target for target, _ in links} <= {
        f"{PUBLIC_URL}/v1/comments/{comment.id}" for comment in COMMENTS
    } | {
        f"{PUBLIC_URL}/v1/rounds/round-0001/comments?stakeholder_group={line.key}&status=published"
        for line in NAMED.representation
    } | {
        f"{PUBLIC_URL}/v1/rounds/round-0001/comments?regional_group={line.key}&status=published"
        for line in NAMED.regional_group_representation
    } | {
        f"{PUBLIC_URL}/v1/rounds/round-0001/comments?country_group={line.key}&status=published"
        for line in NAMED.country_group_representation
    }
    [by_group, _, _, _] = _tables_headed(document, "Stakeholder group")
    assert by_group == [
        ["Stakeholder group", "Comments", "Sources"],
        ["Civil society", "1", "PLN-2026-000002"],
        ["Government", "1", "PLN-2026-000001"],
    ]
    [_, by_position, _] = _tables_headed(document, "Position")
    assert by_position == [
        ["Position", "Comments", "Sources"],
        ["Support", "1", "PLN-2026-000003"],
        ["Oppose", "1", "PLN-2026-000005"],
        ["No position", "1", "PLN-2026-000004"],
    ]


def test_docx_hyperlinks_are_external_relationships_of_the_document() -> None:
    parts = _docx_parts(render_docx(NAMED))
    relationships = parts["word/_rels/document.xml.rels"].decode()
    ids = re.findall(r'Id="([^"]+)"', relationships)
    assert len(ids) == len(set(ids))
    used = set(re.findall(r'<w:hyperlink r:id="([^"]+)"', parts["word/document.xml"].decode()))
    hyperlink_ids = set(
        re.findall(
            r'Id="([^"]+)" Type="[^"]+/hyperlink" Target="[^"]+" TargetMode="External"',
            relationships,
        )
    )
    assert used == hyperlink_ids
    # One per comment and per stakeholder, regional or country group.
    representation = (
        len(NAMED.representation)
        + len(NAMED.regional_group_representation)
        + len(NAMED.country_group_representation)
    )
    assert len(used) == len(COMMENTS) + representation


def test_docx_amendment_tables_per_paragraph() -> None:
    document = _open_docx(NAMED)
    rows = _tables_headed(document, "Organization")
    assert len(rows) == 2
    assert rows[0] == [
        ["Organization", "Group", "Proposed text", "Explanation", "Comment"],
        [
            "Kenya ICT Action Network | KICTANet",
            "Civil society",
            "我们重申致力于建设以人为本、尊重人权的信息社会。",
            "Add a reference to human rights.",
            "PLN-2026-000002",
        ],
    ]
    [redlined] = [
        cell._tc
        for table in document.tables
        for cell in table.columns[2].cells
        if unstruck_text(cell._tc) == "我们重申致力于建设以人为本、尊重人权的信息社会。"
    ]
    # The redline against paragraph 1: what it deletes struck through, what it inserts bold.
    assert unstruck_text(redlined, struck=True) == "具有包容性和面向发展"
    inserted = [
        run
        for run in redlined.iter(qn("w:r"))
        if run.find(f"{qn('w:rPr')}/{qn('w:b')}") is not None
    ]
    assert "".join(t.text for run in inserted for t in run.iter(qn("w:t"))) == "尊重人权"
    assert rows[1][1][:3] == [
        "=Digital Europe Industry",
        "Private sector",
        "Close the digital divide through private investment.",
    ]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "2 similar comments from Civil society:" in text
    assert "Comments: PLN-2026-000003, PLN-2026-000004" in text
    # The unclustered amendment is not counted again among the other comments.
    assert "Other comments" not in text.split("8 (c) [8.c]")[1].split("\n9\n")[0]
    assert "Other comments not in a cluster (2)" in text


def test_docx_group_only_has_no_organization_column() -> None:
    document = _open_docx(GROUP_ONLY)
    assert _tables_headed(document, "Organization") == []
    header = _tables_headed(document, "Group")[0][0]
    assert header == ["Group", "Proposed text", "Explanation", "Comment"]


def test_docx_styles_carry_an_east_asian_font() -> None:
    document = _open_docx(NAMED)
    for name in ("Normal", "Title", "Heading 1", "Heading 2"):
        fonts = document.styles[name].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == "SimSun"
        assert fonts.get(qn("w:eastAsiaTheme")) is None


def test_docx_survives_control_characters_in_comments() -> None:
    comment = replace(COMMENTS[4], body="bell\x07 and tab\tend", proposed_text="a\x00b")
    synthesis = build_synthesis(comments=(*COMMENTS[:4], comment, *COMMENTS[5:]))
    document = docx.Document(io.BytesIO(render_docx(synthesis)))
    row = _tables_headed(document, "Organization")[1][1]
    assert row[2] == "ab"
    assert row[3] == "bell and tab\tend"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_docx_converts_to_pdf_with_libreoffice(tmp_path: Path) -> None:
    source = tmp_path / "synthesis.docx"
    source.write_bytes(render_docx(NAMED))
    subprocess.run(  # noqa: S603
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],  # noqa: S607
        check=True,
        timeout=120,
        capture_output=True,
    )
    assert (tmp_path / "synthesis.pdf").read_bytes().startswith(b"%PDF")


# Scale ------------------------------------------------------------------------------------------


def _large_round(total: int) -> Synthesis:
    anchors = [f"{n}" for n in range(1, 201)]
    organizations = list(ORGANIZATIONS)
    comments = tuple(
        _comment(
            number,
            organizations[number % len(organizations)],
            anchors[number % len(anchors)] if number % 10 else None,
            f"Comment {number}: 我们支持 connectivity for all, variant {number % 7}.",
            proposed_text=f"Proposed text {number}" if number % 5 == 0 else None,
            cluster_id=f"cl-{number % 1000}" if number % 3 == 0 else None,
            position=("support", "oppose", None)[number % 3],
        )
        for number in range(1, total + 1)
    )
    paragraphs = tuple((a, a, ("Body",), f"Paragraph {a} 段落。") for a in anchors)
    return build_synthesis(comments=comments, paragraphs=paragraphs)


def test_a_large_round_lists_every_amendment_in_word() -> None:
    """Nothing is capped. Speed is measured in bench/bench_synthesis.py, not asserted here."""
    synthesis = _large_round(5_000)
    reopened = docx.Document(io.BytesIO(render_docx(synthesis)))
    amendment_rows = sum(len(rows) - 1 for rows in _tables_headed(reopened, "Organization"))
    assert amendment_rows == sum(1 for c in synthesis.comments if c.kind == "amendment")
    linked = {target for target, _ in word_hyperlinks(reopened)}
    assert {f"{PUBLIC_URL}/v1/comments/{c.id}" for c in synthesis.comments} <= linked


def test_copies_from_one_organization_are_named_as_repeats_not_a_campaign() -> None:
    cluster = SynthesisCluster(
        id="c",
        size=2,
        groups=("civil_society",),
        representative_excerpt="Close the digital divide.",
        comment_ids=("a", "b"),
        representative_id="a",
        organization_count=1,
        campaign_id="camp-1",
    )
    assert campaign_title(cluster) == "Near-identical comments: 2 comments from one organization"
    wider = replace(cluster, size=3, organization_count=2)
    assert campaign_title(wider) == (
        "Form-letter campaign: 3 comments from 2 organizations in 1 stakeholder group"
    )


@pytest.mark.parametrize(
    ("share", "printed"),
    [(0.1125, "11.3 %"), (0.1875, "18.8 %"), (0.0, "0.0 %"), (1.0, "100.0 %"), (2 / 3, "66.7 %")],
)
def test_percentages_round_halves_up_whatever_binary_floats_store(
    share: float, printed: str
) -> None:
    assert percent(share) == printed


def test_other_wordings_are_the_distinct_texts_besides_the_representatives() -> None:
    letter = "Close the digital divide by 2030 with affordable broadband for every school."
    bodies = [letter, letter, f"{letter} Include libraries.", letter.replace("2030", "2035")]
    bodies += [f"{letter} ({n})" for n in range(4)] + [f"{letter}  Include  libraries."]
    members = [_comment(100 + n, "org-cs-ke", "9", body) for n, body in enumerate(bodies)]
    cluster = SynthesisCluster(
        id="9/1",
        size=len(members),
        groups=("civil_society",),
        representative_excerpt=letter,
        comment_ids=tuple(member.id for member in members),
        representative_id=members[0].id,
        organization_count=1,
        campaign_id=None,
    )
    wordings = other_wordings(cluster, {member.id: member for member in members})
    # Copies of the representative and a respaced copy of a wording shown are no new wording.
    assert [comment_id for comment_id, _ in wordings.shown] == [m.id for m in members[2:5]]
    assert wordings.shown[0][1] == f"{letter} Include libraries."
    assert wordings.more == 3


def test_an_amendment_is_redlined_against_its_paragraph() -> None:
    paragraph = "Decides to establish a scientific panel on AI, composed of forty members."
    proposed = (
        "Decides to establish an independent scientific panel on AI, composed of forty experts."
    )
    assert redline(paragraph, proposed) == (
        ("equal", "Decides to establish "),
        ("delete", "a"),
        ("insert", "an independent"),
        ("equal", " scientific panel on AI, composed of forty "),
        ("delete", "members"),
        ("insert", "experts"),
        ("equal", "."),
    )
    assert md_redline(redline_changes(redline(paragraph, proposed) or ())) == (
        "Decides to establish ~~a~~**an independent** scientific panel on AI, composed of forty "
        "~~members~~**experts**."
    )
    assert redline("联合国为我们提供平台。", "联合国系统为我们提供平台。") == (
        ("equal", "联合国"),
        ("insert", "系统"),
        ("equal", "为我们提供平台。"),
    )
    # Another language or a rewrite is no edit to mark.
    assert redline(paragraph, "决定设立一个科学小组。") is None
    assert redline(paragraph, "Requests the Secretary-General to report annually.") is None


def test_markdown_shows_what_each_amendment_changes() -> None:
    section = _markdown_sections(render_markdown(NAMED))["### 1 · `1`"]
    changes = "Changes: … 力于建设以人为本、~~具有包容性和面向发展~~**尊重人权**的信息社会。"
    assert changes in section


@pytest.mark.parametrize(
    ("totals", "line"),
    [
        (
            {"comments": 1, "organizations": 1, "amendments": 1},
            "1 comment, 1 organization, 1 amendment",
        ),
        (
            {"comments": 12, "organizations": 3, "amendments": 0},
            "12 comments, 3 organizations, 0 amendments",
        ),
        ({}, "0 comments, 0 organizations, 0 amendments"),
    ],
)
def test_the_totals_line_counts_in_words(totals: dict[str, int], line: str) -> None:
    assert totals_line(totals) == line
