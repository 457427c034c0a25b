"""The synthesis of a round through the API: content, links, determinism, formats, access."""

from __future__ import annotations

import csv
import io
import re
import uuid
import zipfile
from typing import Any

import httpx
import orjson
from docx import Document
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from consultations.reports import round_context
from consultations.synthesis import build_synthesis, render
from tests.conftest import BASE_URL
from tests.consultations.test_reports_helpers import Caller, Row, caller, insert_comments
from tests.consultations.test_synthesis_render import unstruck_text, word_hyperlinks
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
    assert cluster["id"] == "1#1"
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
    assert {c["cluster_id"] for c in synthesis["comments"] if c["id"] in ids[:2]} == {"1#1"}


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
    cells = [
        [unstruck_text(cell._tc) for cell in row.cells]
        for table in document.tables
        for row in table.rows
    ]
    flat = [text for row in cells for text in row]
    assert "Civil society" in flat
    assert "Ministry of Communications" in flat
    # The proposed text, read without the words it strikes from the paragraph.
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
    # The amendment: by group, by position, its row in the amendment table (and not again
    # among the other comments).
    amendment = s["ids"][2]
    assert sum(1 for target, _ in links if target.endswith(f"/v1/comments/{amendment}")) == 3
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == [
        "Paragraphs",
        "General comments",
        "Representation by stakeholder group",
        "Representation by regional group",
        "Representation by country group",
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


async def test_the_synthesis_of_a_public_consultation_is_a_public_report(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """It shows nothing the published comments and the public reports do not, the same file for
    every reader; a restricted consultation's synthesis stays with its staff."""
    s = await _scenario(state)
    url = f"/v1/rounds/{s['round'].id}/synthesis"
    anonymous = await client.get(url)
    assert anonymous.status_code == 200
    secretariat = await caller(state, role="secretariat")
    assert (await client.get(url, headers=secretariat.headers)).content == anonymous.content

    restricted = await make_consultation(state, visibility="restricted")
    hidden_round = await make_round(state, restricted, await make_document(state, restricted))
    hidden_url = f"/v1/rounds/{hidden_round.id}/synthesis"
    assert (await client.get(hidden_url)).status_code == 404
    assert (await client.get(hidden_url, headers=secretariat.headers)).status_code == 200
    unscoped = await caller(state, role="secretariat", scopes=["comments:write"])
    assert (await client.get(hidden_url, headers=unscoped.headers)).status_code == 403


async def test_exports_are_for_staff(client: httpx.AsyncClient, state: AppState) -> None:
    s = await _scenario(state)
    path = "comments/export"
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


LONG_OBJECTION = (
    "We cannot support this paragraph as drafted. It speaks of digital technologies as if their "
    "effects were the same everywhere, when the communities we work with in rural Kenya still "
    "pay more for a gigabyte of mobile data than for a day's food, and when Internet shutdowns "
    "during elections have cut them off from health services, banking and their families. The "
    "paragraph should name affordability and the refusal of shutdowns as the first conditions "
    "of any transformation worth the name, and it should say who will measure progress on them."
)


def _word_text(content: bytes) -> tuple[str, list[list[list[str]]]]:
    """The paragraphs of a Word file as one text, and its tables as rows of cell texts."""
    document = Document(io.BytesIO(content))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    tables = [
        [[cell.text for cell in row.cells] for row in table.rows] for table in document.tables
    ]
    return text, tables


async def test_other_comments_show_their_organization_group_position_and_text(
    client: httpx.AsyncClient, state: AppState
) -> None:
    s = await _scenario(state)
    [objection] = await insert_comments(
        state, s["round"], [Row(s["ngo"].id, anchor="3", body=LONG_OBJECTION, position="oppose")]
    )
    synthesis = (await _get(client, s, "json")).json()
    third = next(p for p in synthesis["paragraphs"] if p["anchor"] == "3")
    [entry] = third["other_comments"]
    assert entry["comment_id"] == str(objection)
    assert (entry["organization_name"], entry["stakeholder_group"], entry["position"]) == (
        "Digital Rights Watch",
        "civil_society",
        "oppose",
    )
    cut = entry["excerpt"]
    assert cut.endswith("…")
    assert 200 <= len(cut) <= 400 < len(LONG_OBJECTION)
    assert LONG_OBJECTION.startswith(cut.removesuffix("…"))
    assert LONG_OBJECTION[len(cut) - 1] == " "  # cut between words
    # A short comment is given whole.
    first = synthesis["paragraphs"][0]
    assert [o["excerpt"] for o in synthesis["general"]["other_comments"]] == [
        "The draft overall is too long."
    ]
    assert first["other_comments"] == []  # its amendment and its cluster are shown above

    markdown = (await _get(client, s, "markdown")).text
    assert "#### Other comments not in a cluster (1)" in markdown
    assert (
        f"1. **Digital Rights Watch (Civil society)**, Oppose, "
        f"[{entry['tracking_number']}]({BASE_URL}/v1/comments/{objection}):\n   > {cut}\n"
    ) in markdown
    assert LONG_OBJECTION not in markdown

    text, tables = _word_text((await _get(client, s, "docx")).content)
    assert "Other comments not in a cluster (1)" in text
    rows = [row for table in tables if table[0][0] == "Comment" for row in table[1:]]
    assert [
        entry["tracking_number"],
        "Digital Rights Watch",
        "Civil society",
        "Oppose",
        cut,
    ] in rows
    assert [
        next(c["tracking_number"] for c in synthesis["comments"] if c["id"] == s["ids"][4]),
        "Digital Rights Watch",
        "Civil society",
        "Oppose",
        "The draft overall is too long.",
    ] in rows
    # Only what is listed is counted: the amendment of paragraph 1 is not an "other comment".
    assert "Other comments (" not in text


CAMPAIGN_LETTER = (
    "Dear co-facilitators, on behalf of our members we ask that paragraph 1 commit every State "
    "to universal and affordable connectivity by 2030, measured each year."
)


async def _campaign_scenario(state: AppState, attribution: str = "named") -> dict[str, Any]:
    facilitator = await caller(state)
    consultation = await make_consultation(
        state, attribution=attribution, facilitators=[facilitator.user]
    )
    round_ = await make_round(state, consultation, await make_document(state, consultation))
    senders = [
        await make_organization(state, name=name, stakeholder_group=group)
        for name, group in (
            ("Connect Kenya Coalition", "civil_society"),
            ("Open Spectrum Alliance", "civil_society"),
            ("Institute for Rural Networks", "academia"),
        )
    ]
    ministry = await make_organization(
        state, name="Ministry of Digital Affairs", stakeholder_group="government"
    )
    campaign = uuid.uuid4()
    proposed = "Digital technologies must reach every school by 2030."
    ids = await insert_comments(
        state,
        round_,
        [
            *(
                Row(
                    organization.id,
                    kind="amendment",
                    body=f"{CAMPAIGN_LETTER} (copy {number})",
                    proposed_text=proposed,
                    position="support",
                    campaign_id=campaign,
                )
                for number, organization in enumerate((*senders, senders[0]))
            ),
            Row(
                ministry.id,
                kind="amendment",
                body="Precision.",
                proposed_text="Digital technologies are transforming our world.",
            ),
            Row(ministry.id, anchor="2", body="We welcome this paragraph.", position="support"),
        ],
    )
    return {
        "round": round_,
        "facilitator": facilitator,
        "ids": [str(i) for i in ids],
        "campaign": str(campaign),
        "organizations": [*senders, ministry],
    }


async def test_a_campaign_is_named_and_its_copies_are_not_listed_again(
    client: httpx.AsyncClient, state: AppState
) -> None:
    s = await _campaign_scenario(state)
    copies, ministry_amendment = s["ids"][:4], s["ids"][4]
    synthesis = (await _get(client, s, "json")).json()
    first = synthesis["paragraphs"][0]
    [campaign] = first["clusters"]
    assert campaign["campaign_id"] == s["campaign"]
    assert campaign["comment_ids"] == copies
    assert (campaign["organization_count"], campaign["representative_id"]) == (3, copies[0])
    # The JSON keeps every amendment for its clients; Markdown and Word do not repeat copies.
    assert [a["comment_id"] for a in first["amendments"]] == [*copies, ministry_amendment]
    tracking = {c["id"]: c["tracking_number"] for c in synthesis["comments"]}
    title = "Form-letter campaign: 4 comments from 3 organizations in 2 stakeholder groups"

    markdown = (await _get(client, s, "markdown")).text
    assert f"1. **{title}** (Academia, Civil society), of which 4 amendments:" in markdown
    assert (
        "Organizations: Connect Kenya Coalition (2); Institute for Rural Networks; "
        "Open Spectrum Alliance"
    ) in markdown
    assert "Digital technologies must reach every school by 2030." in markdown
    assert f"Also worded as in [{tracking[copies[1]]}]" in markdown
    assert f"> {CAMPAIGN_LETTER} (copy 1)" in markdown
    assert markdown.count("proposes [") == 1
    assert f"proposes [{tracking[ministry_amendment]}]" in markdown

    content = (await _get(client, s, "docx")).content
    text, tables = _word_text(content)
    assert f"{title} (Academia, Civil society), of which 4 amendments:" in text
    assert "Form-letter campaigns" in text
    [amendments] = [table for table in tables if table[0][0] == "Organization"]
    assert [row[0] for row in amendments[1:]] == ["Ministry of Digital Affairs"]
    links = [target for target, _ in word_hyperlinks(Document(io.BytesIO(content)))]
    for copy in copies[1:]:
        # by group, by position, among the campaign's comments, and as another wording of the
        # letter (each copy is numbered): never one by one as an amendment
        assert links.count(f"{BASE_URL}/v1/comments/{copy}") == 4
    assert text.count("Also worded as in ") == 3


async def test_group_only_names_no_organization_of_campaigns_or_other_comments(
    client: httpx.AsyncClient, state: AppState
) -> None:
    s = await _campaign_scenario(state, attribution="group_only")
    renderings: dict[str, str] = {}
    for fmt in ("json", "markdown", "csv", "docx"):
        content = (await _get(client, s, fmt)).content
        if fmt == "docx":
            with zipfile.ZipFile(io.BytesIO(content)) as package:
                content = b"".join(package.read(name) for name in package.namelist())
        renderings[fmt] = content.decode("utf-8", "replace")
    for fmt, text in renderings.items():
        for organization in s["organizations"]:
            assert organization.name not in text, fmt
            assert str(organization.id) not in text, fmt
        assert "Organizations:" not in text, fmt
    title = "Form-letter campaign: 4 comments from 3 organizations in 2 stakeholder groups"
    assert title in renderings["markdown"]
    assert "1. **Government**, Support, [" in renderings["markdown"]
    synthesis = orjson.loads(renderings["json"])
    assert synthesis["paragraphs"][0]["clusters"][0]["organization_count"] == 3
    assert synthesis["paragraphs"][1]["other_comments"][0]["organization_name"] is None
    text, tables = _word_text((await _get(client, s, "docx")).content)
    assert title in text
    assert [table[0] for table in tables if table[0][0] == "Comment"] == [
        ["Comment", "Group", "Position", "Text"]
    ]


async def test_representation_by_region_and_country_group_agrees_with_the_report(
    client: httpx.AsyncClient, state: AppState
) -> None:
    s = await _scenario(state)
    synthesis = (await _get(client, s, "json")).json()
    for dimension in ("stakeholder_group", "regional_group", "country_group"):
        report = (
            await client.get(f"/v1/rounds/{s['round'].id}/representation?dimension={dimension}")
        ).json()
        field = (
            "representation" if dimension == "stakeholder_group" else f"{dimension}_representation"
        )
        assert synthesis[field] == [
            {
                key: category[key]
                for key in (
                    "key",
                    "comments",
                    "organizations",
                    "comment_share",
                    "organization_share",
                    "target_share",
                    "status",
                )
            }
            for category in report["categories"]
        ], dimension
        assert synthesis["representation_summary"][dimension] == {
            key: report[key] for key in ("totals", "balance_index", "under_represented")
        }, dimension
    by_region = {line["key"]: line for line in synthesis["regional_group_representation"]}
    assert (
        by_region["western_european_others"]["organizations"],
        by_region["african"]["organizations"],
    ) == (1, 2)
    by_country_group = {line["key"]: line for line in synthesis["country_group_representation"]}
    assert set(by_country_group) == {"ldc", "lldc", "sids", "developing", "developed"}

    markdown = (await _get(client, s, "markdown")).text
    assert "## Representation by regional group" in markdown
    assert "| Western European and other States | 1 (16.7 %) | 1 | 33.3 % |" in markdown
    assert f"({BASE_URL}/v1/rounds/{s['round'].id}/comments?regional_group=african" in markdown
    text, tables = _word_text((await _get(client, s, "docx")).content)
    [countries] = [table for table in tables if table[0][0] == "Country group"]
    # Two header rows: "Organizations" over its number, share and target share.
    assert countries[2][:3] == ["Least developed countries (LDC)", "0 (0.0 %)", "0"]
    assert countries[-1][:3] == ["Developed countries", "1 (16.7 %)", "1"]
    assert "shares need not sum to 100 %" in text


async def test_data_as_of_is_shown_to_the_second_in_utc(
    client: httpx.AsyncClient, state: AppState
) -> None:
    s = await _scenario(state)
    generated_for = (await _get(client, s, "json")).json()["generated_for"]
    assert "." in generated_for  # the data carry microseconds; people need not read them
    shown = generated_for[:19].replace("T", " ") + " UTC"
    assert f"- Data as of: {shown}\n" in (await _get(client, s, "markdown")).text
    text, _ = _word_text((await _get(client, s, "docx")).content)
    assert f"Data as of: {shown}" in text.splitlines()
