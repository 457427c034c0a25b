"""Form-letter campaigns found in the database as comments arrive through the API."""

import asyncio
import random
import uuid
from collections import defaultdict
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.util import await_only

from api.state import AppState
from api.unit_of_work import unit_of_work
from auth.models import Organization
from auth.principal import Principal
from consultations.comment_schemas import CommentCreate
from consultations.comments import submit_comment
from consultations.models import Comment
from consultations.similarity import CAMPAIGN_THRESHOLD, estimated_jaccard, signature
from core.db import table_of
from moderation.campaigns import CANDIDATES_PER_BAND_KEY
from moderation.models import Campaign, CommentBand, CommentSignature
from tests.comment_texts import (
    chinese_comment,
    chinese_variant,
    english_comment,
    english_variant,
)
from tests.moderation.helpers import (
    Person,
    World,
    comment_row,
    make_world,
    random_words,
    representative_of_new_organization,
    submit,
)

comments = table_of(Comment)


async def organizations(state: AppState, count: int) -> list[tuple[Person, Organization]]:
    return [
        await representative_of_new_organization(state, f"Organization {n}") for n in range(count)
    ]


async def send(
    client: httpx.AsyncClient,
    world: World,
    senders: list[tuple[Person, Organization]],
    index: int,
    body: str,
    language: str = "en",
) -> str:
    author, organization = senders[index % len(senders)]
    comment = await submit(
        client, world, body, author=author, organization=organization, language=language
    )
    return str(comment["id"])


async def campaign_of(state: AppState) -> dict[str, str | None]:
    async with state.engine.connect() as connection:
        rows = await connection.execute(sa.select(comments.c.id, comments.c.campaign_id))
        return {str(row.id): str(row.campaign_id) if row.campaign_id else None for row in rows}


async def campaigns(
    client: httpx.AsyncClient, world: World, headers: dict[str, str] | None = None
) -> list[dict]:
    response = await client.get(f"/v1/rounds/{world.round.id}/campaigns", headers=headers or {})
    assert response.status_code == 200, response.text
    items: list[dict] = response.json()["items"]
    return items


async def test_form_letters_share_a_campaign_and_distinct_comments_do_not(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    senders = await organizations(state, 4)
    rng = random.Random(20260301)
    english = [await send(client, world, senders, n, english_variant(rng)) for n in range(8)]
    distinct = [await send(client, world, senders, n, english_comment(rng)) for n in range(6)]
    distinct += [
        await send(client, world, senders, n, chinese_comment(rng), "zh") for n in range(4)
    ]
    # Chinese copies of a letter are often below the threshold pairwise (a character edit
    # breaks five shingles) and join through the copies they do match.
    chinese = [
        await send(client, world, senders[:2], n, chinese_variant(rng), "zh") for n in range(6)
    ]

    assigned = await campaign_of(state)
    assert len({assigned[c] for c in english}) == 1
    assert assigned[english[0]] is not None
    chinese_campaign = max({assigned[c] for c in chinese} - {None, assigned[english[0]]})
    chinese_members = [c for c in chinese if assigned[c] == chinese_campaign]
    assert len(chinese_members) >= 5
    assert all(assigned[c] is None for c in distinct)

    listed = await campaigns(client, world)
    assert [(item["size"], item["organization_count"]) for item in listed] == [
        (8, 4),
        (len(chinese_members), 2),
    ]
    first = listed[0]
    assert first["id"] == assigned[english[0]]
    assert first["comment_ids"] == english
    opening = (await comment_row(state, english[0])).body.split()[:3]
    assert first["representative_excerpt"].split()[:3] == opening
    shown = await client.get(f"/v1/comments/{english[3]}")
    assert shown.json()["campaign_id"] == first["id"]

    url = f"/v1/rounds/{world.round.id}/campaigns"
    page = await client.get(url, params={"limit": 1})
    assert [item["id"] for item in page.json()["items"]] == [first["id"]]
    assert 'rel="next"' in page.headers["Link"]
    rest = await client.get(url, params={"limit": 1, "cursor": page.json()["next_cursor"]})
    assert rest.json() == {"items": [listed[1]], "next_cursor": None}
    assert (await client.get(url, params={"cursor": "garbage"})).status_code == 400


async def test_amendments_are_compared_with_their_proposed_text(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    rng = random.Random(7)
    same = english_comment(rng)
    first = await submit(client, world, "Replace the paragraph.", proposed_text=same)
    second = await submit(client, world, "Replace the paragraph.", proposed_text=same)
    other = await submit(
        client, world, "Replace the paragraph.", proposed_text=english_comment(rng)
    )
    assigned = await campaign_of(state)
    assert assigned[first["id"]] == assigned[second["id"]] is not None
    assert assigned[other["id"]] is None


async def test_members_shown_depend_on_who_asks(client: httpx.AsyncClient, state: AppState) -> None:
    world = await make_world(state, moderation="pre")
    rng = random.Random(11)
    ids = [(await submit(client, world, english_variant(rng)))["id"] for _ in range(3)]
    assert await campaigns(client, world) == []
    assert await campaigns(client, world, world.registered.headers) == []
    [everything] = await campaigns(client, world, world.facilitator.headers)
    assert everything["size"] == 3
    for comment_id in ids[:2]:
        response = await client.post(
            f"/v1/comments/{comment_id}/moderation",
            json={"decision": "publish", "reason": "Fine."},
            headers=world.secretariat.headers,
        )
        assert response.status_code == 201
    [public] = await campaigns(client, world)
    assert (public["id"], public["comment_ids"]) == (everything["id"], ids[:2])


async def test_campaigns_of_a_restricted_round_are_hidden_from_outsiders(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, visibility="restricted")
    response = await client.get(f"/v1/rounds/{world.round.id}/campaigns")
    assert response.status_code == 404
    unknown = await client.get(f"/v1/rounds/{uuid.uuid4()}/campaigns")
    assert unknown.status_code == 404


async def test_an_edit_away_from_the_letter_leaves_the_campaign(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    rng = random.Random(5)
    ids = [(await submit(client, world, english_variant(rng)))["id"] for _ in range(3)]
    assert len({(await campaign_of(state))[c] for c in ids}) == 1

    async def edit(comment_id: str, revision: int, body: str) -> None:
        response = await client.patch(
            f"/v1/comments/{comment_id}",
            json={"body": body},
            headers={**world.representative.headers, "If-Match": f'"{comment_id}.{revision}"'},
        )
        assert response.status_code == 200, response.text

    await edit(ids[2], 1, english_comment(rng))
    assigned = await campaign_of(state)
    assert assigned[ids[2]] is None
    assert assigned[ids[0]] == assigned[ids[1]] is not None
    await edit(ids[1], 1, english_comment(rng))
    assert set((await campaign_of(state)).values()) == {None}
    assert await campaigns(client, world, world.secretariat.headers) == []
    # Editing back into the letter joins again.
    await edit(ids[2], 2, english_variant(rng))
    assigned = await campaign_of(state)
    assert assigned[ids[0]] == assigned[ids[2]] is not None


async def test_a_bridging_comment_merges_campaigns_into_the_oldest(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    rng = random.Random(3)

    core = random_words(rng, 150)
    left = f"{core} {random_words(rng, 60)}"
    right = f"{core} {random_words(rng, 60)}"
    # Preconditions of the scenario, on the pinned signatures.
    assert estimated_jaccard(signature(left), signature(right)) < CAMPAIGN_THRESHOLD
    assert estimated_jaccard(signature(core), signature(left)) >= CAMPAIGN_THRESHOLD
    assert estimated_jaccard(signature(core), signature(right)) >= CAMPAIGN_THRESHOLD
    lefts = [(await submit(client, world, left + suffix))["id"] for suffix in ("", " Thanks.")]
    rights = [(await submit(client, world, right + suffix))["id"] for suffix in ("", " Thanks.")]
    before = await campaign_of(state)
    assert before[lefts[0]] != before[rights[0]]
    bridge = (await submit(client, world, core))["id"]
    after = await campaign_of(state)
    assert {after[c] for c in [*lefts, *rights, bridge]} == {before[lefts[0]]}
    async with state.engine.connect() as connection:
        remaining = (await connection.execute(sa.select(table_of(Campaign).c.id))).scalars()
        assert [str(c) for c in remaining] == [before[lefts[0]]]


async def test_signatures_and_bands_are_stored_per_comment(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    comment = await submit(client, world, "A short comment, with 标点 and spaces.")
    async with state.engine.connect() as connection:
        stored = (await connection.execute(sa.select(table_of(CommentSignature)))).one()
        bands = (await connection.execute(sa.select(table_of(CommentBand)))).all()
    assert str(stored.comment_id) == comment["id"]
    assert len(stored.signature) == 512
    assert len(bands) == 32
    assert {str(band.round_id) for band in bands} == {str(world.round.id)}
    assert (await comment_row(state, comment["id"])).campaign_id is None


@pytest.mark.parametrize(("variants", "distinct"), [(60, 200)])
async def test_recall_among_many_distinct_comments(
    client: httpx.AsyncClient, state: AppState, variants: int, distinct: int
) -> None:
    world = await make_world(state)
    senders = await organizations(state, 10)
    rng = random.Random(1234)
    kinds = ["variant"] * variants + ["distinct"] * distinct
    rng.shuffle(kinds)
    sent: dict[str, list[str]] = defaultdict(list)
    for index, kind in enumerate(kinds):
        if kind == "variant":
            body, language = (
                (english_variant(rng), "en") if index % 3 else (chinese_variant(rng), "zh")
            )
        else:
            body, language = (
                (english_comment(rng), "en") if index % 2 else (chinese_comment(rng), "zh")
            )
        sent[kind].append(await send(client, world, senders, index, body, language))
    assigned = await campaign_of(state)
    by_campaign: dict[str | None, int] = defaultdict(int)
    for comment_id in sent["variant"]:
        by_campaign[assigned[comment_id]] += 1
    # Two letters (English and Chinese): each lands in one campaign, nearly every copy found.
    biggest_two = sorted((n for c, n in by_campaign.items() if c), reverse=True)[:2]
    assert sum(biggest_two) >= 0.95 * variants
    stray = [c for c in sent["distinct"] if assigned[c] is not None]
    assert len(stray) <= 0.02 * distinct
    listed = await campaigns(client, world)
    assert sum(item["size"] for item in listed[:2]) == sum(biggest_two)
    for item in listed[:2]:
        async with state.engine.connect() as connection:
            organizations_of_members = await connection.execute(
                sa.select(sa.func.count(sa.distinct(comments.c.organization_id))).where(
                    comments.c.campaign_id == uuid.UUID(item["id"])
                )
            )
        assert item["organization_count"] == organizations_of_members.scalar_one() >= 5


async def test_copies_submitted_at_the_same_moment_still_find_each_other(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    senders = await organizations(state, 6)
    rng = random.Random(99)
    letters = [english_variant(rng) for _ in range(12)]
    ids = await asyncio.gather(
        *(send(client, world, senders, n, letter) for n, letter in enumerate(letters))
    )
    assigned = await campaign_of(state)
    assert len({assigned[c] for c in ids}) == 1
    [listed] = await campaigns(client, world)
    assert (listed["size"], listed["organization_count"]) == (12, 6)
    verified = await client.get("/v1/audit/verify", headers=world.secretariat.headers)
    assert verified.json()["valid"] is True


async def test_a_letter_copied_past_the_probe_bound_stays_one_campaign(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """Copies beyond ``CANDIDATES_PER_BAND_KEY`` find the campaign through its newest
    holders, whether they come one by one or in one burst (one batch)."""
    world = await make_world(state)
    senders = await organizations(state, 3)
    rng = random.Random(7)
    one_by_one = [
        await send(client, world, senders, n, english_variant(rng))
        for n in range(CANDIDATES_PER_BAND_KEY + 8)
    ]
    burst = await asyncio.gather(
        *(
            send(client, world, senders, n, english_variant(rng))
            for n in range(CANDIDATES_PER_BAND_KEY + 8)
        )
    )
    assigned = await campaign_of(state)
    assert {assigned[c] for c in [*one_by_one, *burst]} == {assigned[one_by_one[0]]}
    [listed] = await campaigns(client, world)
    assert listed["size"] == 2 * (CANDIDATES_PER_BAND_KEY + 8)
    # The bound was in play: some key of the letter is held by more copies than it.
    bands = table_of(CommentBand)
    async with state.engine.connect() as connection:
        crowded = await connection.execute(
            sa.select(sa.func.count())
            .select_from(bands)
            .group_by(bands.c.band_key)
            .order_by(sa.func.count().desc())
            .limit(1)
        )
    assert crowded.scalar_one() > CANDIDATES_PER_BAND_KEY


PARAGRAPH = (
    "We commit to foster an inclusive, open, sustainable, fair, safe and secure digital future "
    "for all, to close all digital divides between and within countries, including the gender "
    "digital divide, and to ensure that the benefits of digital technologies reach everyone, in "
    "particular people in vulnerable situations, through enhanced international cooperation, "
    "capacity-building and the mobilization of financing from all sources."
)
DISABILITIES = PARAGRAPH.replace(
    "in particular people", "in particular persons with disabilities and people"
)
DIFFERENT_EDITS = [
    ("We propose adding a reference to persons with disabilities.", DISABILITIES),
    (
        "Financing must be new and additional, not diverted from ODA.",
        PARAGRAPH.replace("financing from all sources", "new and additional public financing"),
    ),
    ("The word 'fair' is vague and should be deleted.", PARAGRAPH.replace("fair, ", "")),
    (
        "We suggest adding indigenous peoples.",
        PARAGRAPH.replace("gender digital divide", "gender digital divide and indigenous peoples"),
    ),
    (
        "Replace 'foster' with 'achieve' to make it stronger.",
        PARAGRAPH.replace("foster", "achieve"),
    ),
]
EXPLANATION = (
    "Persons with disabilities face specific barriers to digital access, among them "
    "inaccessible public websites and the cost of assistive technology. The Convention on the "
    "Rights of Persons with Disabilities asks States to name them explicitly, and this "
    "paragraph is where that commitment belongs."
)


async def synthesis_clusters(client: httpx.AsyncClient, world: World) -> list[dict]:
    response = await client.get(
        f"/v1/rounds/{world.round.id}/synthesis", headers=world.secretariat.headers
    )
    assert response.status_code == 200, response.text
    [paragraph] = response.json()["paragraphs"]
    clusters: list[dict] = paragraph["clusters"]
    return clusters


async def test_different_edits_of_one_paragraph_are_neither_a_campaign_nor_a_cluster(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, paragraphs=(("1", PARAGRAPH),))
    senders = await organizations(state, len(DIFFERENT_EDITS))
    ids = [
        (
            await submit(
                client, world, body, author=author, organization=organization, proposed_text=text
            )
        )["id"]
        for (body, text), (author, organization) in zip(DIFFERENT_EDITS, senders, strict=True)
    ]
    assigned = await campaign_of(state)
    assert {assigned[comment_id] for comment_id in ids} == {None}
    assert await campaigns(client, world, world.secretariat.headers) == []
    assert await synthesis_clusters(client, world) == []


async def test_copies_of_one_amendment_are_one_campaign_and_one_cluster(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, paragraphs=(("1", PARAGRAPH),))
    senders = await organizations(state, 5)
    explanations = [
        EXPLANATION,
        EXPLANATION.replace("specific", "particular"),
        f"On behalf of our members: {EXPLANATION}",
        EXPLANATION.replace("asks States", "requires States") + " Thank you.",
        EXPLANATION.replace("among them", "including"),
    ]
    ids = [
        (
            await submit(
                client,
                world,
                explanation,
                author=author,
                organization=organization,
                proposed_text=DISABILITIES,
            )
        )["id"]
        for explanation, (author, organization) in zip(explanations, senders, strict=True)
    ]
    [listed] = await campaigns(client, world, world.secretariat.headers)
    assert (listed["comment_ids"], listed["organization_count"]) == (ids, 5)
    [cluster] = await synthesis_clusters(client, world)
    assert sorted(cluster["comment_ids"]) == sorted(ids)
    # What readers see is the amendment, not the list of changed words that was compared.
    assert cluster["representative_excerpt"].startswith(tuple(e[:40] for e in explanations))


async def test_an_edited_proposed_text_is_compared_by_what_it_changes(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, paragraphs=(("1", PARAGRAPH),))
    (body, text), (other_body, other_text), *_ = DIFFERENT_EDITS
    first = await submit(client, world, body, proposed_text=text)
    second = await submit(client, world, other_body, proposed_text=other_text)

    async def edit(changes: dict[str, str], revision: int) -> None:
        response = await client.patch(
            f"/v1/comments/{second['id']}",
            json=changes,
            headers={**world.representative.headers, "If-Match": f'"{second["id"]}.{revision}"'},
        )
        assert response.status_code == 200, response.text

    await edit({"proposed_text": PARAGRAPH.replace("foster", "achieve")}, 1)
    assert (await campaign_of(state))[second["id"]] is None
    await edit({"body": body, "proposed_text": text}, 2)
    assigned = await campaign_of(state)
    assert assigned[first["id"]] == assigned[second["id"]] is not None


async def test_an_amendment_stored_without_the_api_is_signed_against_its_paragraph(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """``submit_comment`` (the demo loader) does not read the paragraph before its check: the
    check signs the amendment against the paragraph it reads, as the API does."""
    world = await make_world(state, paragraphs=(("1", PARAGRAPH),))
    (author, organization), (loader_author, loader_organization) = await organizations(state, 2)
    through_api = await submit(
        client,
        world,
        EXPLANATION,
        author=author,
        organization=organization,
        proposed_text=DISABILITIES,
    )
    principal = Principal(
        role="registered", user_id=loader_author.user.id, scopes=frozenset({"comments:write"})
    )
    payload = CommentCreate(
        organization_id=loader_organization.id,
        anchor="1",
        kind="amendment",
        body=EXPLANATION,
        proposed_text=DISABILITIES,
        language="en",
    )
    signing_key = (await state.keys.current()).active
    async with unit_of_work(state.engine, state.events) as session:
        loaded = await submit_comment(
            session, principal, world.round.id, payload, signing_key=signing_key
        )
    assigned = await campaign_of(state)
    assert assigned[through_api["id"]] == assigned[loaded.comment.id] is not None


async def test_members_withdrawn_while_campaigns_are_listed_are_left_out(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """On PostgreSQL each statement of the listing sees what is committed when it starts: the
    members are withdrawn here between the statement that ranks the campaigns and the one that
    reads their members. (PostgreSQL: on SQLite the listing's statements read one snapshot.)"""
    if state.engine.dialect.name != "postgresql":
        pytest.skip("needs a snapshot per statement")
    world = await make_world(state)
    rng = random.Random(17)
    bigger, smaller = random_words(rng, 80), random_words(rng, 80)
    bigger_copies = [await submit(client, world, f"{bigger} {n}") for n in range(3)]
    smaller_copies = [await submit(client, world, f"{smaller} {n}") for n in range(2)]
    listed = await campaigns(client, world, world.secretariat.headers)
    assert [item["size"] for item in listed] == [3, 2]

    async def withdraw(comments_withdrawn: list[dict]) -> None:
        for comment in comments_withdrawn:
            response = await client.delete(
                f"/v1/comments/{comment['id']}",
                headers={**world.representative.headers, "If-Match": f'"{comment["id"]}.1"'},
            )
            assert response.status_code == 200, response.text

    ranked: list[str] = []

    def after_ranking(_connection: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if "HAVING" in statement and not ranked:
            ranked.append(statement)
            await_only(withdraw([bigger_copies[0], *smaller_copies]))

    sa.event.listen(state.engine.sync_engine, "after_cursor_execute", after_ranking)
    try:
        listed = await campaigns(client, world, world.secretariat.headers)
    finally:
        sa.event.remove(state.engine.sync_engine, "after_cursor_execute", after_ranking)
    assert ranked
    [campaign] = listed
    assert campaign["comment_ids"] == [bigger_copies[1]["id"], bigger_copies[2]["id"]]
    assert (campaign["size"], campaign["organization_count"]) == (2, 1)


async def test_the_201_of_a_copy_names_the_campaign_it_joined(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    senders = await organizations(state, 2)
    rng = random.Random(20261205)
    first = await submit(
        client, world, english_variant(rng), author=senders[0][0], organization=senders[0][1]
    )
    second = await submit(
        client, world, english_variant(rng), author=senders[1][0], organization=senders[1][1]
    )
    assert first["campaign_id"] is None
    assert second["campaign_id"] is not None
    shown = (await client.get(f"/v1/comments/{second['id']}")).json()
    assert shown["campaign_id"] == second["campaign_id"]
    assert (await client.get(f"/v1/comments/{first['id']}")).json()["campaign_id"] == second[
        "campaign_id"
    ]
