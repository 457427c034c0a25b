"""Representation and coverage reports through the API: shape, counting rules, access."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from api.state import AppState
from tests.consultations.test_reports_helpers import Row, caller, insert_comments
from tests.factories import (
    make_comment,
    make_consultation,
    make_document,
    make_organization,
    make_round,
    make_user,
)


async def _setup(state: AppState, **consultation: Any) -> tuple[Any, Any, Any]:
    consultation_row = await make_consultation(state, **consultation)
    draft = await make_document(state, consultation_row)
    round_ = await make_round(state, consultation_row, draft)
    return consultation_row, draft, round_


def _row(report: dict[str, Any], key: str) -> dict[str, Any]:
    return next(row for row in report["categories"] if row["key"] == key)


async def test_representation_counts_published_comments_and_organizations_once(
    client: httpx.AsyncClient, state: AppState
) -> None:
    _, _, round_ = await _setup(state)
    ngo_a = await make_organization(state, stakeholder_group="civil_society")
    ngo_b = await make_organization(state, stakeholder_group="civil_society")
    ministry = await make_organization(
        state,
        stakeholder_group="government",
        regional_group="western_european_others",
        country="FRA",
    )
    campaign = uuid.uuid4()
    await insert_comments(
        state,
        round_,
        [
            Row(ngo_a.id),
            Row(ngo_a.id, anchor="2"),
            # Three copies of one form letter: three comments, one organization.
            Row(ngo_b.id, campaign_id=campaign),
            Row(ngo_b.id, campaign_id=campaign),
            Row(ngo_b.id, campaign_id=campaign),
            Row(ministry.id),
            # Never counted.
            Row(ministry.id, status="withdrawn"),
            Row(ministry.id, status="hidden"),
            Row(ministry.id, status="rejected"),
            Row(ministry.id, status="pending"),
        ],
    )

    response = await client.get(f"/v1/rounds/{round_.id}/representation")

    assert response.status_code == 200
    report = response.json()
    assert report["round_id"] == str(round_.id)
    assert report["dimension"] == "stakeholder_group"
    assert report["anchor"] is None
    assert report["totals"] == {"comments": 6, "organizations": 3}
    assert [row["key"] for row in report["categories"]][:2] == [
        "government",
        "intergovernmental_organization",
    ]
    assert len(report["categories"]) == 10
    civil = _row(report, "civil_society")
    assert civil == {
        "key": "civil_society",
        "comments": 5,
        "organizations": 2,
        "comment_share": 0.8333,
        "organization_share": 0.6667,
        "target_share": 0.1,
        "status": "over",
        "suppressed": False,
    }
    assert _row(report, "government")["status"] == "over"
    assert _row(report, "youth")["status"] == "absent"
    assert "youth" in report["under_represented"]
    assert "civil_society" not in report["under_represented"]
    assert report["overlapping"] is False
    assert 0 < report["balance_index"] < 1


async def test_representation_of_one_anchor(client: httpx.AsyncClient, state: AppState) -> None:
    _, _, round_ = await _setup(state)
    ngo = await make_organization(state)
    await insert_comments(state, round_, [Row(ngo.id, anchor="1"), Row(ngo.id, anchor="3.a")])

    report = (await client.get(f"/v1/rounds/{round_.id}/representation?anchor=3.a")).json()

    assert report["anchor"] == "3.a"
    assert report["totals"] == {"comments": 1, "organizations": 1}
    unknown = await client.get(f"/v1/rounds/{round_.id}/representation?anchor=99")
    assert unknown.status_code == 422
    assert unknown.headers["content-type"] == "application/problem+json"
    assert unknown.json()["errors"][0]["loc"] == ["query", "anchor"]


async def test_bad_dimension_and_unknown_round(client: httpx.AsyncClient, state: AppState) -> None:
    _, _, round_ = await _setup(state)
    bad = await client.get(f"/v1/rounds/{round_.id}/representation?dimension=height")
    assert bad.status_code == 422
    for path in (f"/v1/rounds/{uuid.uuid4()}/representation", "/v1/rounds/nope/coverage"):
        missing = await client.get(path)
        assert missing.status_code == 404
        assert missing.headers["content-type"] == "application/problem+json"


async def test_targets_come_from_the_consultation(
    client: httpx.AsyncClient, state: AppState
) -> None:
    _, _, round_ = await _setup(
        state,
        eligible_groups=["government", "civil_society"],
        representation_targets={"stakeholder_group": {"government": 0.7}},
    )
    ngo = await make_organization(state, stakeholder_group="civil_society")
    await insert_comments(state, round_, [Row(ngo.id)])

    report = (await client.get(f"/v1/rounds/{round_.id}/representation")).json()

    assert [row["key"] for row in report["categories"]] == ["government", "civil_society"]
    assert _row(report, "government")["target_share"] == 0.7
    assert _row(report, "civil_society")["target_share"] == 0.3
    assert report["under_represented"] == ["government"]


async def test_country_groups_overlap_and_say_so(
    client: httpx.AsyncClient, state: AppState
) -> None:
    _, _, round_ = await _setup(state)
    # Afghanistan: an LDC and landlocked, with no graduation date (Nepal left the list in 2026).
    nepal = await make_organization(
        state,
        country="AFG",
        regional_group="asia_pacific",
    )
    france = await make_organization(
        state,
        country="FRA",
        regional_group="western_european_others",
    )
    await insert_comments(state, round_, [Row(nepal.id), Row(france.id)])

    report = (
        await client.get(f"/v1/rounds/{round_.id}/representation?dimension=country_group")
    ).json()

    assert report["overlapping"] is True
    assert "overlap" in report["note"]
    assert report["totals"] == {"comments": 2, "organizations": 2}
    shares = {row["key"]: row["organization_share"] for row in report["categories"]}
    assert shares == {"ldc": 0.5, "lldc": 0.5, "sids": 0.0, "developing": 0.5, "developed": 0.5}
    assert sum(shares.values()) > 1

    regional = (
        await client.get(f"/v1/rounds/{round_.id}/representation?dimension=regional_group")
    ).json()
    assert _row(regional, "asia_pacific")["organizations"] == 1
    assert regional["overlapping"] is False


async def test_gender_counts_people_and_is_suppressed_outside_the_secretariat(
    client: httpx.AsyncClient, state: AppState
) -> None:
    facilitator = await caller(state)
    secretariat = await caller(state, role="secretariat")
    _, _, round_ = await _setup(state, facilitators=[facilitator.user])
    ngo = await make_organization(state)
    women = [await make_user(state, gender="woman") for _ in range(6)]
    men = [await make_user(state, gender="man") for _ in range(2)]
    silent = await make_user(state)
    rows = [Row(ngo.id, author_id=person.id) for person in women + men]
    rows += [Row(ngo.id, author_id=women[0].id), Row(ngo.id, author_id=silent.id)]
    await insert_comments(state, round_, rows)
    url = f"/v1/rounds/{round_.id}/representation?dimension=gender"

    full = (await client.get(url, headers=secretariat.headers)).json()
    assert full["unit"] == "people"
    assert full["totals"] == {"comments": 10, "organizations": 9}
    assert _row(full, "woman")["organizations"] == 6
    assert _row(full, "woman")["comments"] == 7
    assert _row(full, "man")["organizations"] == 2
    assert _row(full, "undisclosed")["organizations"] == 1
    assert full["suppressed"] is False

    for headers in ({}, facilitator.headers):
        public = (await client.get(url, headers=headers)).json()
        assert public["suppressed"] is True
        assert public["suppress_below"] == 5
        # 6 women of 9 people would say that 3 are men, non-binary or undisclosed.
        assert all(row["organizations"] is None for row in public["categories"])
        assert public["balance_index"] is None
        assert public["totals"] == full["totals"]

    # Without reports:read even the secretariat gets the public view.
    narrow = await caller(state, role="secretariat", scopes=["comments:write"])
    assert (await client.get(url, headers=narrow.headers)).json()["suppressed"] is True


async def test_erased_authors_count_as_undisclosed(
    client: httpx.AsyncClient, state: AppState
) -> None:
    secretariat = await caller(state, role="secretariat")
    _, _, round_ = await _setup(state)
    ngo = await make_organization(state)
    await insert_comments(state, round_, [Row(ngo.id, author_id=None)])
    report = (
        await client.get(
            f"/v1/rounds/{round_.id}/representation?dimension=gender", headers=secretariat.headers
        )
    ).json()
    assert _row(report, "undisclosed")["organizations"] == 1


async def test_restricted_reports_are_for_staff(client: httpx.AsyncClient, state: AppState) -> None:
    facilitator = await caller(state)
    unscoped_facilitator = await caller(state, scopes=["comments:write"])
    participant = await caller(state)
    outsider = await caller(state)
    _, _, round_ = await _setup(
        state, visibility="restricted", facilitators=[facilitator.user, unscoped_facilitator.user]
    )
    await make_organization(state, representatives=[participant.user])

    for path in ("representation", "coverage"):
        url = f"/v1/rounds/{round_.id}/{path}"
        assert (await client.get(url)).status_code == 404
        assert (await client.get(url, headers=outsider.headers)).status_code == 404
        assert (await client.get(url, headers=participant.headers)).status_code == 403
        assert (await client.get(url, headers=unscoped_facilitator.headers)).status_code == 403
        assert (await client.get(url, headers=facilitator.headers)).status_code == 200


async def test_reports_are_live(client: httpx.AsyncClient, state: AppState) -> None:
    _, _, round_ = await _setup(state)
    ngo = await make_organization(state)
    url = f"/v1/rounds/{round_.id}/representation"
    assert (await client.get(url)).json()["totals"] == {"comments": 0, "organizations": 0}

    await make_comment(state, round_, ngo)

    assert (await client.get(url)).json()["totals"] == {"comments": 1, "organizations": 1}
    coverage = (await client.get(f"/v1/rounds/{round_.id}/coverage")).json()
    assert coverage["anchors"][0]["comments"] == 1


async def test_coverage_in_document_order(client: httpx.AsyncClient, state: AppState) -> None:
    _, draft, round_ = await _setup(state)
    ngo = await make_organization(state, stakeholder_group="civil_society")
    uni = await make_organization(state, stakeholder_group="academia")
    campaign = uuid.uuid4()
    await insert_comments(
        state,
        round_,
        [
            Row(ngo.id, anchor="1"),
            Row(uni.id, anchor="1"),
            Row(ngo.id, anchor="3.a", campaign_id=campaign),
            Row(ngo.id, anchor="3.a", campaign_id=campaign),
            Row(uni.id, anchor="2", status="hidden"),
            Row(uni.id, anchor=None),
        ],
    )

    coverage = (await client.get(f"/v1/rounds/{round_.id}/coverage")).json()

    assert [row["anchor"] for row in coverage["anchors"]] == ["1", "2", "3", "3.a", "3.b"]
    first = coverage["anchors"][0]
    assert first == {
        "anchor": "1",
        "comments": 2,
        "organizations": 2,
        "by_group": {
            "academia": {"comments": 1, "organizations": 1},
            "civil_society": {"comments": 1, "organizations": 1},
        },
    }
    assert coverage["anchors"][3] == {
        "anchor": "3.a",
        "comments": 2,
        "organizations": 1,
        "by_group": {"civil_society": {"comments": 2, "organizations": 1}},
    }
    assert coverage["no_input"] == ["2", "3", "3.b"]
    assert coverage["single_voice"] == ["3.a"]
    assert coverage["general"]["comments"] == 1
    assert len(draft.paragraphs) == len(coverage["anchors"])


async def test_every_published_comment_counts_in_every_report(
    client: httpx.AsyncClient, state: AppState
) -> None:
    secretariat = await caller(state, role="secretariat")
    _, _, round_ = await _setup(state)
    people = [await make_user(state, gender="woman") for _ in range(2)]
    sender = await make_organization(state, stakeholder_group="civil_society")
    other = await make_organization(
        state,
        stakeholder_group="academia",
        regional_group="asia_pacific",
        country="NPL",
    )
    letter = "We support this paragraph as drafted."
    campaign = uuid.uuid4()
    await insert_comments(
        state,
        round_,
        [
            # One organization sends the same text three times, and once more on the document.
            *(Row(sender.id, author_id=people[0].id, body=letter, campaign_id=campaign),) * 3,
            Row(sender.id, author_id=people[0].id, anchor=None, body=letter, campaign_id=campaign),
            Row(other.id, author_id=people[1].id, body=letter, campaign_id=campaign),
            Row(other.id, author_id=people[1].id, body=letter, status="hidden"),
        ],
    )
    url = f"/v1/rounds/{round_.id}"

    for dimension in ("stakeholder_group", "regional_group", "country_group", "gender"):
        for anchor, comments in ((None, 5), ("1", 4)):
            query = f"?dimension={dimension}" + (f"&anchor={anchor}" if anchor else "")
            report = (
                await client.get(f"{url}/representation{query}", headers=secretariat.headers)
            ).json()
            assert report["totals"] == {"comments": comments, "organizations": 2}, query
            if dimension != "country_group":
                assert sum(row["comments"] for row in report["categories"]) == comments, query
            first = "civil_society" if dimension == "stakeholder_group" else "african"
            if dimension in ("stakeholder_group", "regional_group"):
                assert _row(report, first)["comments"] == comments - 1, query
                assert _row(report, first)["organizations"] == 1, query

    coverage = (await client.get(f"{url}/coverage")).json()
    assert coverage["anchors"][0] == {
        "anchor": "1",
        "comments": 4,
        "organizations": 2,
        "by_group": {
            "academia": {"comments": 1, "organizations": 1},
            "civil_society": {"comments": 3, "organizations": 1},
        },
    }
    assert coverage["general"]["comments"] == 1

    synthesis = (await client.get(f"{url}/synthesis", headers=secretariat.headers)).json()
    assert synthesis["totals"]["comments"] == 5
    assert sum(line["comments"] for line in synthesis["representation"]) == 5
    assert {line["key"]: line["comments"] for line in synthesis["representation"]}[
        "civil_society"
    ] == 4


async def test_titles_and_the_chapeau_are_never_missing_input_but_actions_are(
    client: httpx.AsyncClient, state: AppState
) -> None:
    # Imported here: the revisions' module holds the draft fixtures and the round helper.
    from tests.consultations.test_consultations_api import secretariat_headers
    from tests.consultations.test_revisions import open_first_reading

    content = (
        "The General Assembly,\n\nRecalling its resolution 79/1,\n\nI. Introduction\n\n"
        "1. Decides to act.\n\nAction 1. We will strengthen digital cooperation.\n\n"
        "2. Requests a report.\n"
    )
    secretariat = await secretariat_headers(state)
    consultation = await make_consultation(state)
    imported = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Outcome", "language": "en", "content": content},
        headers=secretariat,
    )
    assert imported.status_code == 201, imported.text
    assert imported.json()["anchors"] == ["p-1", "pp1", "section-1", "1", "action-1", "2"]
    opened = await open_first_reading(
        client, str(consultation.id), imported.json()["document"]["id"], secretariat
    )
    coverage = (await client.get(f"/v1/rounds/{opened.json()['id']}/coverage")).json()

    assert [row["anchor"] for row in coverage["anchors"]] == imported.json()["anchors"]
    assert coverage["no_input"] == ["pp1", "1", "action-1", "2"]
    # The synthesis leaves the chapeau out, as it asks for no input; titles stay as structure.
    synthesis = await client.get(f"/v1/rounds/{opened.json()['id']}/synthesis", headers=secretariat)
    assert synthesis.status_code == 200, synthesis.text
    assert [p["anchor"] for p in synthesis.json()["paragraphs"]] == imported.json()["anchors"][1:]
