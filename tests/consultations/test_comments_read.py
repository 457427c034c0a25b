"""Reading comments: visibility, attribution, filters, pagination and later document versions."""

import uuid
from collections.abc import Sequence
from typing import Any

import httpx
import pytest
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from auth.models import User
from consultations.models import DocumentVersion, Facilitator, Paragraph
from tests.consultations.test_comments import World, make_world, set_round_window, submit
from tests.factories import (
    DEFAULT_PARAGRAPHS,
    DraftFixture,
    bearer,
    make_comment,
    make_organization,
    make_round,
    make_user,
    token_for,
)


async def listing(
    client: httpx.AsyncClient, world: World, token: str | None = None, **params: Any
) -> list[dict[str, Any]]:
    response = await client.get(
        f"/v1/rounds/{world.round.id}/comments",
        params=params,
        headers=bearer(token) if token else {},
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def bodies(items: Sequence[dict[str, Any]]) -> list[str]:
    return [item["body"] for item in items]


async def staff(state: AppState, world: World) -> tuple[str, str, User]:
    """Tokens of a secretariat member and of a co-facilitator of ``world``."""
    secretariat = await token_for(state, await make_user(state, role="secretariat"))
    facilitator = await make_user(state)
    async with AsyncSession(state.engine) as session:
        session.add(Facilitator(consultation_id=world.consultation.id, user_id=facilitator.id))
        await session.commit()
    return secretariat, await token_for(state, facilitator), facilitator


# --------------------------------------------------------------------------- visibility


async def test_who_sees_which_statuses(client: httpx.AsyncClient, state: AppState) -> None:
    world = await make_world(state)
    other_rep = await make_user(state)
    other = await make_organization(state, name="Other", representatives=[other_rep])
    for status in ("published", "pending", "hidden", "rejected", "withdrawn"):
        await make_comment(
            state, world.round, world.organization, body=f"own {status}", status=status
        )
    await make_comment(state, world.round, other, body="other published")
    await make_comment(state, world.round, other, body="other pending", status="pending")
    secretariat, facilitator, _ = await staff(state, world)

    assert bodies(await listing(client, world)) == ["own published", "other published"]
    registered = await token_for(state, await make_user(state))
    assert bodies(await listing(client, world, registered)) == ["own published", "other published"]
    assert bodies(await listing(client, world, world.token)) == [
        "own published",
        "own pending",
        "own hidden",
        "own rejected",
        "own withdrawn",
        "other published",
    ]
    everything = [
        "own published",
        "own pending",
        "own hidden",
        "own rejected",
        "own withdrawn",
        "other published",
        "other pending",
    ]
    assert bodies(await listing(client, world, secretariat)) == everything
    assert bodies(await listing(client, world, facilitator)) == everything
    assert bodies(await listing(client, world, secretariat, status="pending")) == [
        "own pending",
        "other pending",
    ]
    assert bodies(await listing(client, world, status="pending")) == []


async def test_a_comment_outsiders_may_not_see_is_404(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    pending = await make_comment(state, world.round, world.organization, status="pending")
    secretariat, facilitator, _ = await staff(state, world)
    path = f"/v1/comments/{pending.id}"
    assert (await client.get(path)).status_code == 404
    outsider = await token_for(state, await make_user(state))
    assert (await client.get(path, headers=bearer(outsider))).status_code == 404
    for token in (world.token, secretariat, facilitator):
        assert (await client.get(path, headers=bearer(token))).status_code == 200
    assert (await client.get(f"/v1/comments/{uuid.uuid4()}")).status_code == 404
    assert (await client.get("/v1/comments/not-an-id")).status_code == 404


async def test_restricted_consultations_hide_their_comments(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, visibility="restricted")
    comment = await make_comment(state, world.round, world.organization)
    outsider = await token_for(state, await make_user(state))
    receipt = f"/v1/receipts/{comment.tracking_number}"
    for headers in ({}, bearer(outsider)):
        response = await client.get(f"/v1/rounds/{world.round.id}/comments", headers=headers)
        assert response.status_code == 404
        assert (await client.get(f"/v1/comments/{comment.id}", headers=headers)).status_code == 404
        assert (await client.get(receipt, headers=headers)).status_code == 404
    confirmed = await client.get(receipt, headers=bearer(world.token))
    assert confirmed.status_code == 200
    assert confirmed.json()["valid"] is True
    other_rep = await make_user(state)
    await make_organization(state, representatives=[other_rep])
    assert len(await listing(client, world, await token_for(state, other_rep))) == 1


async def test_group_only_attribution_hides_the_organization(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, attribution="group_only")
    await make_comment(state, world.round, world.organization, body="ours")
    secretariat, facilitator, _ = await staff(state, world)
    (public,) = await listing(client, world)
    assert public["organization_id"] is None
    assert public["organization"] == {
        "name": None,
        "stakeholder_group": "civil_society",
        "regional_group": None,
    }
    for token in (world.token, secretariat, facilitator):
        (named,) = await listing(client, world, token)
        assert named["organization_id"] == str(world.organization.id)
        assert named["organization"]["name"] == world.organization.name
        assert named["organization"]["regional_group"] == "african"
    org = str(world.organization.id)
    refused = await client.get(
        f"/v1/rounds/{world.round.id}/comments", params={"organization_id": org}
    )
    assert refused.status_code == 403
    assert len(await listing(client, world, secretariat, organization_id=org)) == 1
    assert len(await listing(client, world, stakeholder_group="civil_society")) == 1


async def test_flag_counts_are_for_moderators_only(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    comment = await make_comment(state, world.round, world.organization)
    secretariat, facilitator, _ = await staff(state, world)
    path = f"/v1/comments/{comment.id}"
    assert (await client.get(path)).json()["flag_count"] is None
    assert (await client.get(path, headers=bearer(world.token))).json()["flag_count"] is None
    for token in (secretariat, facilitator):
        assert (await client.get(path, headers=bearer(token))).json()["flag_count"] == 0


# --------------------------------------------------------------------------- filters and pages


async def test_filters_combine(client: httpx.AsyncClient, state: AppState) -> None:
    world = await make_world(state)
    business = await make_organization(
        state, name="Biz", stakeholder_group="private_sector", regional_group="asia_pacific"
    )
    await make_comment(state, world.round, world.organization, body="a", anchor="1")
    await make_comment(
        state,
        world.round,
        world.organization,
        body="b",
        anchor="2",
        kind="amendment",
        proposed_text="New text",
    )
    await make_comment(state, world.round, business, body="c", anchor="1", language="zh-Hans")
    await make_comment(state, world.round, business, body="d", anchor=None)
    assert bodies(await listing(client, world, anchor="1")) == ["a", "c"]
    assert bodies(await listing(client, world, kind="amendment")) == ["b"]
    assert bodies(await listing(client, world, stakeholder_group="private_sector")) == ["c", "d"]
    assert bodies(await listing(client, world, regional_group="african")) == ["a", "b"]
    assert bodies(await listing(client, world, organization_id=str(business.id))) == ["c", "d"]
    assert bodies(await listing(client, world, language="ZH-hans")) == ["c"]
    # A language range selects the tags under it, not others that merely start alike.
    assert bodies(await listing(client, world, language="zh")) == ["c"]
    assert bodies(await listing(client, world, language="en")) == ["a", "b", "d"]
    assert bodies(await listing(client, world, language="zh-Hant")) == []
    assert bodies(await listing(client, world, anchor="1", stakeholder_group="civil_society")) == [
        "a"
    ]
    assert bodies(await listing(client, world, status="published")) == ["a", "b", "c", "d"]
    assert bodies(await listing(client, world, general="true")) == ["d"]
    assert bodies(await listing(client, world, general="false")) == ["a", "b", "c"]
    assert bodies(await listing(client, world, general="false", anchor="1")) == ["a", "c"]
    assert bodies(await listing(client, world, general="true", kind="amendment")) == []


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "opinion"},
        {"status": "deleted"},
        {"language": "klingon"},
        {"limit": 0},
        {"stakeholder_group": "bogus"},
        {"regional_group": "bogus"},
        {"general": "maybe"},
        {"general": "true", "anchor": "1"},
    ],
)
async def test_bad_filters_are_422(
    client: httpx.AsyncClient, state: AppState, params: dict[str, Any]
) -> None:
    world = await make_world(state)
    response = await client.get(f"/v1/rounds/{world.round.id}/comments", params=params)
    assert response.status_code == 422


async def test_keyset_pages_cover_every_comment_once(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    for index in range(5):
        await make_comment(state, world.round, world.organization, body=f"#{index}")
    seen: list[str] = []
    url: str | None = f"/v1/rounds/{world.round.id}/comments?limit=2"
    pages = 0
    while url is not None:
        response = await client.get(url)
        page = response.json()
        seen.extend(bodies(page["items"]))
        pages += 1
        if page["next_cursor"] is None:
            assert "Link" not in response.headers
            url = None
        else:
            link = response.headers["Link"]
            assert link.endswith('>; rel="next"')
            url = link[1 : link.index(">")]
        if pages == 1:
            # A comment added between pages shows up at the end, nothing repeats.
            await make_comment(state, world.round, world.organization, body="#late")
    assert seen == [f"#{i}" for i in range(5)] + ["#late"]
    assert pages == 3
    bad = await client.get(f"/v1/rounds/{world.round.id}/comments", params={"cursor": "zzz"})
    assert bad.status_code == 400
    # A cursor of another round's comments is not one of this list's.
    other = await make_world(state)
    for index in range(3):
        await make_comment(state, other.round, other.organization, body=f"other #{index}")
    first = (await client.get(f"/v1/rounds/{other.round.id}/comments?limit=1")).json()
    crossed = await client.get(
        f"/v1/rounds/{world.round.id}/comments", params={"cursor": first["next_cursor"]}
    )
    assert crossed.status_code == 400


async def test_unknown_round_is_404(client: httpx.AsyncClient, state: AppState) -> None:
    assert (await client.get(f"/v1/rounds/{uuid.uuid4()}/comments")).status_code == 404


# --------------------------------------------------------------------------- later versions

REVISED: tuple[tuple[str, str], ...] = (
    ("1", DEFAULT_PARAGRAPHS[0][1]),
    ("2", "We can only achieve this through strengthened and revitalized cooperation."),
    ("3", DEFAULT_PARAGRAPHS[2][1]),
    ("3.a", DEFAULT_PARAGRAPHS[4][1]),
)


async def add_version(
    state: AppState, draft: DraftFixture, number: int, paragraphs: Sequence[tuple[str, str]]
) -> None:
    version = DocumentVersion(document_id=draft.document.id, number=number, language="en")
    async with AsyncSession(state.engine) as session:
        session.add(version)
        await session.flush()
        session.add_all(
            Paragraph(
                version_id=version.id,
                language="en",
                anchor=anchor,
                kind="operative",
                ordinal=index,
                text=text,
            )
            for index, (anchor, text) in enumerate(paragraphs, start=1)
        )
        await session.commit()


@pytest.mark.parametrize(
    ("anchor", "resolved", "status"),
    [
        ("1", "1", "unchanged"),
        ("2", "2", "modified"),
        ("3.b", "3.a", "moved"),
        ("3.a", None, "orphaned"),
        (None, None, "unchanged"),
    ],
)
async def test_anchor_resolves_in_a_later_version(
    client: httpx.AsyncClient,
    state: AppState,
    anchor: str | None,
    resolved: str | None,
    status: str,
) -> None:
    world = await make_world(state)
    await add_version(state, world.draft, 2, REVISED)
    comment = await make_comment(state, world.round, world.organization, anchor=anchor)
    response = await client.get(f"/v1/comments/{comment.id}", params={"version": 2})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["resolved_anchor"] == resolved
    assert body["anchor_status"] == status
    assert body["anchor"] == anchor
    assert body["version"] == 1
    plain = (await client.get(f"/v1/comments/{comment.id}")).json()
    assert "resolved_anchor" not in plain
    assert "anchor_status" not in plain
    same = (await client.get(f"/v1/comments/{comment.id}", params={"version": 1})).json()
    assert same["resolved_anchor"] == anchor
    assert same["anchor_status"] == "unchanged"


async def test_a_quote_follows_its_text_across_versions(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    await add_version(state, world.draft, 2, REVISED)
    await add_version(state, world.draft, 3, [("intro", "Preamble."), *REVISED])
    response = await submit(
        client,
        world.round.id,
        world.token,
        world.body(anchor="3.b", quote={"exact": "digital economy"}),
    )
    comment_id = response.json()["id"]
    resolved = (await client.get(f"/v1/comments/{comment_id}", params={"version": 3})).json()
    assert resolved["resolved_anchor"] == "3.a"
    assert resolved["anchor_status"] == "moved"


async def test_unknown_or_earlier_versions_are_refused(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    await add_version(state, world.draft, 2, REVISED)
    later_round = await make_round(
        state,
        world.consultation,
        DraftFixture(world.draft.document, world.draft.version, ()),
        number=2,
    )
    comment = await make_comment(state, world.round, world.organization)
    path = f"/v1/comments/{comment.id}"
    assert (await client.get(path, params={"version": 3})).status_code == 404
    assert (await client.get(path, params={"version": 0})).status_code == 422
    await set_round_window(state, later_round, version_number=2)
    on_two = await make_comment(state, later_round, world.organization)
    earlier = await client.get(f"/v1/comments/{on_two.id}", params={"version": 1})
    assert earlier.status_code == 422
    assert earlier.json()["errors"][0]["loc"] == ["query", "version"]
    assert (await client.get(f"/v1/comments/{on_two.id}")).json()["version"] == 2


async def test_chinese_paragraphs_resolve_too(client: httpx.AsyncClient, state: AppState) -> None:
    paragraphs = (
        ("1", "数字技术正在深刻改变我们的世界。"),
        ("2", "我们只有通过加强国际合作才能实现这一目标。"),
        ("3", "弥合一切数字鸿沟，加快实现可持续发展目标。"),
    )
    world = await make_world(state, paragraphs=paragraphs)
    await add_version(
        state,
        world.draft,
        2,
        [("1", paragraphs[0][1]), ("2", "弥合一切数字鸿沟，加快实现可持续发展目标。")],
    )
    comment = await make_comment(state, world.round, world.organization, anchor="3")
    body = (await client.get(f"/v1/comments/{comment.id}", params={"version": 2})).json()
    assert (body["resolved_anchor"], body["anchor_status"]) == ("2", "moved")
