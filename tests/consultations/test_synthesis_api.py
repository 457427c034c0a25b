"""The synthesis of a round through the API: content, links, determinism, formats, access."""

from __future__ import annotations

import csv
import io
import re
import uuid
from typing import Any

import httpx
import pytest
from docx import Document
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from consultations.reports import round_context
from consultations.synthesis import build_synthesis, render
from tests.conftest import BASE_URL
from tests.consultations.test_reports_helpers import Caller, Row, caller, insert_comments
from tests.consultations.test_synthesis_render import word_hyperlinks
from tests.factories import make_consultation, make_document, make_organization, make_round

FORM_LETTER = (
    "We urge the co-facilitators to strengthen this paragraph with an explicit commitment to "
    "universal, meaningful and affordable connectivity for every school and health centre by 2030."
)
FORM_LETTER_VARIANT = FORM_LETTER.replace("We urge", "Our network urges").replace(
    "2030.", "2030, as our members have said."
)
ZH_PARAGRAPHS = (
    ("1", "数字技术正在深刻改变我们的世界。"),
    ("2", "我们只有加强国际合作才能实现这一目标。"),
)


async def _scenario(state: AppState, attribution: str = "named") -> dict[str, Any]:
    facilitator = await caller(state)
    consultation = await make_consultation(
        state, attribution=attribution, facilitators=[facilitator.user]
    )
    draft = await make_document(state, consultation)
    round_ = await make_round(state, consultation, draft)
    ngo = await make_organization(
        state, name="Digital Rights Watch", stakeholder_group="civil_society"
    )
    ministry = await make_organization(
        state,
        name="Ministry of Communications",
        stakeholder_group="government",
        country="FRA",
        regional_group="western_european_others",
        country_groups=["developed"],
    )
    uni = await make_organization(state, name="大学研究中心", stakeholder_group="academia")
    ids = await insert_comments(
        state,
        round_,
        [
            Row(ngo.id, anchor="1", body=FORM_LETTER, position="support"),
            Row(uni.id, anchor="1", body=FORM_LETTER_VARIANT, position="support"),
            Row(
                ministry.id,
                anchor="1",
                kind="amendment",
                body="Clearer wording.",
                proposed_text="Digital technologies are transforming our world.",
                position="neutral",
            ),
            Row(uni.id, anchor="3.a", body="应当明确弥合数字鸿沟的时间表。", language="zh"),
            Row(ngo.id, anchor=None, body="The draft overall is too long.", position="oppose"),
            Row(ngo.id, anchor="2", body="Hidden text", status="hidden"),
            Row(ngo.id, anchor="2", body="Withdrawn text", status="withdrawn"),
            Row(ngo.id, anchor="2", body='=HYPERLINK("http://evil")'),
        ],
    )
    return {
        "round": round_,
        "facilitator": facilitator,
        "ids": [str(i) for i in ids],
        "ngo": ngo,
        "ministry": ministry,
        "draft": draft,
    }


async def _get(client: httpx.AsyncClient, s: dict[str, Any], fmt: str) -> httpx.Response:
    facilitator: Caller = s["facilitator"]
    response = await client.get(
        f"/v1/rounds/{s['round'].id}/synthesis?format={fmt}", headers=facilitator.headers
    )
    assert response.status_code == 200, response.text
    return response


async def test_json_synthesis_links_every_statement_to_its_comments(
    client: httpx.AsyncClient, state: AppState
) -> None:
    s = await _scenario(state)
    ids = s["ids"]
    response = await _get(client, s, "json")
    assert response.headers["content-type"] == "application/json"
    assert 'attachment; filename="' in response.headers["content-disposition"]
    assert response.headers["content-disposition"].endswith('-synthesis.json"')
    synthesis = response.json()

    assert [p["anchor"] for p in synthesis["paragraphs"]] == ["1", "2", "3", "3.a", "3.b"]
    first = synthesis["paragraphs"][0]
    assert first["text"] == s["draft"].paragraphs[0].text
    assert first["comment_ids"] == ids[:3]
    assert first["by_group"] == {"academia": 1, "civil_society": 1, "government": 1}
    assert first["by_position"] == {"neutral": 1, "support": 2}
    assert first["by_group_comment_ids"]["government"] == [ids[2]]
    # Every count names the comments it counts.
    for feedback in [*synthesis["paragraphs"], synthesis["general"]]:
        for counts, named in (
            ("by_group", "by_group_comment_ids"),
            ("by_position", "by_position_comment_ids"),
        ):
            assert {key: len(members) for key, members in feedback[named].items()} == feedback[
                counts
            ]
            counted = [member for members in feedback[named].values() for member in members]
            assert sorted(counted) == sorted(feedback["comment_ids"])
    assert first["amendments"] == [
        {
            "comment_id": ids[2],
            "organization_name": "Ministry of Communications",
            "stakeholder_group": "government",
            "proposed_text": "Digital technologies are transforming our world.",
            "body": "Clearer wording.",
        }
    ]
    [cluster] = first["clusters"]
    assert cluster["comment_ids"] == ids[:2]
    assert cluster["size"] == 2
    assert cluster["groups"] == ["academia", "civil_society"]
    assert cluster["id"] == "1/1"
    assert "connectivity" in cluster["representative_excerpt"]
    assert first["unclustered_comment_ids"] == [ids[2]]

    # Hidden and withdrawn comments are nowhere.
    assert synthesis["paragraphs"][1]["comment_ids"] == [ids[7]]
    listed = {c["id"] for c in synthesis["comments"]}
    assert ids[5] not in listed
    assert ids[6] not in listed
    assert synthesis["paragraphs"][3]["comment_ids"] == [ids[3]]
    assert synthesis["general"]["comment_ids"] == [ids[4]]
    assert synthesis["totals"] == {"amendments": 1, "comments": 6, "organizations": 3}
    by_key = {line["key"]: line for line in synthesis["representation"]}
    assert by_key["civil_society"]["organizations"] == 1
    assert by_key["youth"]["status"] == "absent"
    assert {c["cluster_id"] for c in synthesis["comments"] if c["id"] in ids[:2]} == {"1/1"}


async def test_same_data_gives_the_same_bytes(client: httpx.AsyncClient, state: AppState) -> None:
    s = await _scenario(state)
    for fmt in ("json", "markdown", "csv", "docx"):
        first = await _get(client, s, fmt)
        second = await _get(client, s, fmt)
        assert first.content == second.content, fmt


async def test_markdown_and_csv(client: httpx.AsyncClient, state: AppState) -> None:
    s = await _scenario(state)
    markdown = await _get(client, s, "markdown")
    assert markdown.headers["content-type"] == "text/markdown; charset=utf-8"
    text = markdown.text
    for comment_id in s["ids"][:5]:
        assert f"]({BASE_URL}/v1/comments/{comment_id})" in text
    assert "Ministry of Communications" in text
    assert "Hidden text" not in text

    response = await _get(client, s, "csv")
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 6
    assert {row["comment_id"] for row in rows} == set(s["ids"][:5]) | {s["ids"][7]}
    formula = next(row for row in rows if row["comment_id"] == s["ids"][7])
    assert formula["body"].startswith("'=")
    chinese = next(row for row in rows if row["comment_id"] == s["ids"][3])
    assert chinese["body"] == "应当明确弥合数字鸿沟的时间表。"


async def test_word_synthesis_opens_with_its_tables(
    client: httpx.AsyncClient, state: AppState
) -> None:
    s = await _scenario(state)
    response = await _get(client, s, "docx")
    assert response.headers["content-type"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert response.headers["content-disposition"].endswith('-synthesis.docx"')
    document = Document(io.BytesIO(response.content))
    cells = [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]
    flat = [text for row in cells for text in row]
    assert "Civil society" in flat
    assert "Ministry of Communications" in flat
    assert "Digital technologies are transforming our world." in flat
    body = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert s["draft"].paragraphs[0].text in body
    assert "Hidden text" not in body


async def test_word_synthesis_links_every_statement_to_its_comments(
    client: httpx.AsyncClient, state: AppState
) -> None:
    s = await _scenario(state)
    tracking = {
        comment["id"]: comment["tracking_number"]
        for comment in (await _get(client, s, "json")).json()["comments"]
    }
    document = Document(io.BytesIO((await _get(client, s, "docx")).content))
    links = word_hyperlinks(document)

    comment_links = {
        (target.rpartition("/v1/comments/")[2], text)
        for target, text in links
        if "/v1/comments/" in target
    }
    assert comment_links == set(tracking.items())
    assert len(tracking) == 6
    # The amendment: by group, by position, its row in the amendment table, other comments.
    amendment = s["ids"][2]
    assert sum(1 for target, _ in links if target.endswith(f"/v1/comments/{amendment}")) == 4
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == [
        "Paragraphs",
        "General comments",
        "Representation by stakeholder group",
    ]


async def test_links_start_with_the_configured_public_url(state: AppState) -> None:
    s = await _scenario(state)
    async with AsyncSession(state.engine, expire_on_commit=False) as session:
        context = await round_context(session, s["round"].id)
        synthesis = await build_synthesis(
            session, context, public_url=state.settings.public_url + "/"
        )
    published = [*s["ids"][:5], s["ids"][7]]

    markdown = render(synthesis, "markdown").decode()
    assert set(re.findall(r"\]\(([^)]*)/v1/", markdown)) == {BASE_URL}
    for comment_id in published:
        assert f"]({BASE_URL}/v1/comments/{comment_id})" in markdown

    document = Document(io.BytesIO(render(synthesis, "docx")))
    targets = {target for target, _ in word_hyperlinks(document)}
    assert {f"{BASE_URL}/v1/comments/{comment_id}" for comment_id in published} <= targets
    assert all(target.startswith(f"{BASE_URL}/v1/") for target in targets)
    assert f"{BASE_URL}/v1/comments/{{id}}" in "\n".join(p.text for p in document.paragraphs)


async def test_group_only_counts_organizations_it_does_not_name(
    client: httpx.AsyncClient, state: AppState
) -> None:
    facilitator = await caller(state)
    consultation = await make_consultation(
        state, attribution="group_only", facilitators=[facilitator.user]
    )
    round_ = await make_round(state, consultation, await make_document(state, consultation))
    first = await make_organization(state, stakeholder_group="civil_society")
    second = await make_organization(state, stakeholder_group="academia")
    await insert_comments(
        state,
        round_,
        [
            Row(organization.id, kind="amendment", body="Why.", proposed_text="Better text.")
            for organization in (first, second)
        ],
    )
    url = f"/v1/rounds/{round_.id}/synthesis?format="
    headers = facilitator.headers

    synthesis = (await client.get(url + "json", headers=headers)).json()
    assert synthesis["totals"] == {"comments": 2, "organizations": 2, "amendments": 2}
    assert {c["organization_id"] for c in synthesis["comments"]} == {None}
    totals = "2 comments, 2 organizations, 2 amendments"
    assert f"- Totals: {totals}" in (await client.get(url + "markdown", headers=headers)).text
    document = Document(io.BytesIO((await client.get(url + "docx", headers=headers)).content))
    assert f"Totals: {totals}" in [p.text for p in document.paragraphs]
    representation = (await client.get(f"/v1/rounds/{round_.id}/representation")).json()
    assert representation["totals"]["organizations"] == 2


async def test_group_only_names_no_organization(client: httpx.AsyncClient, state: AppState) -> None:
    s = await _scenario(state, attribution="group_only")
    for fmt in ("json", "markdown", "csv", "docx"):
        content = (await _get(client, s, fmt)).content
        if fmt == "docx":
            document = Document(io.BytesIO(content))
            content = "\n".join(
                [p.text for p in document.paragraphs]
                + [c.text for t in document.tables for r in t.rows for c in r.cells]
            ).encode()
        assert b"Ministry of Communications" not in content, fmt
        assert str(s["ministry"].id).encode() not in content, fmt
    synthesis = (await _get(client, s, "json")).json()
    assert synthesis["paragraphs"][0]["amendments"][0]["stakeholder_group"] == "government"


async def test_paragraph_text_in_a_translation(client: httpx.AsyncClient, state: AppState) -> None:
    facilitator = await caller(state)
    consultation = await make_consultation(state, facilitators=[facilitator.user])
    draft = await make_document(state, consultation, paragraphs=ZH_PARAGRAPHS, language="zh")
    round_ = await make_round(state, consultation, draft)
    url = f"/v1/rounds/{round_.id}/synthesis"
    synthesis = (await client.get(url, headers=facilitator.headers)).json()
    assert synthesis["language"] == "zh"
    assert synthesis["paragraphs"][0]["text"] == "数字技术正在深刻改变我们的世界。"
    assert synthesis["general"] is None
    missing = await client.get(f"{url}?language=fr", headers=facilitator.headers)
    assert missing.status_code == 422


@pytest.mark.parametrize("path", ["synthesis", "comments/export"])
async def test_syntheses_and_exports_are_for_staff(
    client: httpx.AsyncClient, state: AppState, path: str
) -> None:
    s = await _scenario(state)
    url = f"/v1/rounds/{s['round'].id}/{path}"
    anonymous = await client.get(url)
    assert anonymous.status_code == 401
    assert anonymous.headers["www-authenticate"].startswith("Bearer")
    registered = await caller(state)
    assert (await client.get(url, headers=registered.headers)).status_code == 403
    unscoped = await caller(state, role="secretariat", scopes=["comments:write"])
    assert (await client.get(url, headers=unscoped.headers)).status_code == 403
    secretariat = await caller(state, role="secretariat")
    assert (await client.get(url, headers=secretariat.headers)).status_code == 200
    unknown = await client.get(f"/v1/rounds/{uuid.uuid4()}/{path}", headers=secretariat.headers)
    assert unknown.status_code == 404

    restricted = await make_consultation(state, visibility="restricted")
    hidden_round = await make_round(state, restricted, await make_document(state, restricted))
    hidden_url = f"/v1/rounds/{hidden_round.id}/{path}"
    assert (await client.get(hidden_url, headers=registered.headers)).status_code == 404
    assert (await client.get(hidden_url, headers=s["facilitator"].headers)).status_code == 404
