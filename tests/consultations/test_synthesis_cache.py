"""A synthesis is built once per version of the data: served again while nothing changed,
built again after any change, and its access checked at every request."""

from __future__ import annotations

import asyncio

import httpx
import sqlalchemy as sa
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from auth.principal import ANONYMOUS
from consultations.models import Comment
from consultations.synthesis import SynthesisCache, synthesis_file
from core.cache import VersionedCache
from core.db import table_of
from moderation import audit
from tests.consultations.test_reports_helpers import Row, caller, facilitated_round, insert_comments
from tests.factories import make_consultation, make_document, make_organization, make_round

FIRST = "Universal meaningful connectivity by 2030 needs public financing."
SECOND = "The paragraph should name the least developed countries."


def _bodies(synthesis: dict[str, object]) -> list[str]:
    return sorted(str(comment["body"]) for comment in synthesis["comments"])  # type: ignore[attr-defined]


async def test_the_same_file_is_served_until_a_change_then_built_again(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff, round_ = await facilitated_round(state)
    moderator = await caller(state, role="secretariat")
    ngo = await make_organization(state)
    [first, second] = await insert_comments(
        state, round_, [Row(ngo.id, body=FIRST), Row(ngo.id, anchor="2", body=SECOND)]
    )
    url = f"/v1/rounds/{round_.id}/synthesis"
    assert _bodies((await client.get(url)).json()) == sorted([FIRST, SECOND])

    # Written around the services, so no audit entry: the data version stands still and the
    # kept file is what every reader gets, staff included.
    async with state.engine.begin() as connection:
        await connection.execute(
            sa.update(table_of(Comment))
            .where(table_of(Comment).c.id == first)
            .values(body="Changed behind the API's back.")
        )
    assert _bodies((await client.get(url)).json()) == sorted([FIRST, SECOND])
    assert _bodies((await client.get(url, headers=staff.headers)).json()) == sorted([FIRST, SECOND])

    hidden = await client.post(
        f"/v1/comments/{second}/moderation",
        json={"decision": "hide", "reason": "Off topic."},
        headers=moderator.headers,
    )
    assert hidden.status_code == 201, hidden.text
    assert _bodies((await client.get(url)).json()) == ["Changed behind the API's back."]


async def test_each_format_and_language_is_its_own_file_and_tags_are_read_as_bcp_47(
    client: httpx.AsyncClient, state: AppState
) -> None:
    _, round_ = await facilitated_round(state)
    ngo = await make_organization(state)
    await insert_comments(state, round_, [Row(ngo.id, body=FIRST)])
    url = f"/v1/rounds/{round_.id}/synthesis"
    json_file = await client.get(url)
    markdown = await client.get(url, params={"format": "markdown"})
    assert json_file.headers["content-type"].startswith("application/json")
    assert markdown.headers["content-type"].startswith("text/markdown")
    assert (await client.get(url, params={"format": "markdown"})).content == markdown.content
    missing = await client.get(url, params={"language": "fr"})
    assert missing.status_code == 422, missing.text
    assert (await client.get(url, params={"language": "en"})).content == json_file.content
    assert (await client.get(url, params={"language": "EN"})).content == json_file.content
    unknown = await client.get(url, params={"language": "xx"})
    assert unknown.status_code == 422, unknown.text
    assert unknown.json()["errors"][0]["loc"] == ["query", "language"]
    assert "ISO 639" in unknown.json()["detail"]


async def test_a_kept_file_is_served_only_to_readers_allowed_to_see_it(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff = await caller(state)
    consultation = await make_consultation(
        state, visibility="restricted", facilitators=[staff.user]
    )
    round_ = await make_round(state, consultation, await make_document(state, consultation))
    url = f"/v1/rounds/{round_.id}/synthesis"
    assert (await client.get(url, headers=staff.headers)).status_code == 200
    assert (await client.get(url)).status_code == 404
    outsider = await caller(state)
    assert (await client.get(url, headers=outsider.headers)).status_code == 404


async def test_readers_asking_at_once_get_the_same_file(
    client: httpx.AsyncClient, state: AppState
) -> None:
    _, round_ = await facilitated_round(state)
    ngo = await make_organization(state)
    await insert_comments(state, round_, [Row(ngo.id, body=FIRST), Row(ngo.id, body=SECOND)])
    url = f"/v1/rounds/{round_.id}/synthesis"
    responses = await asyncio.gather(
        *(client.get(url, params={"format": "docx"}) for _ in range(6))
    )
    assert {response.status_code for response in responses} == {200}
    assert len({response.content for response in responses}) == 1


async def test_a_change_committed_while_a_file_is_built_is_never_kept_as_included(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """The data version is read before what it stands for: a change committing between the two
    reads makes the file newer than its version, never older (which would be served on)."""
    staff, round_ = await facilitated_round(state)
    ngo = await make_organization(state, name="Named Network")
    await insert_comments(state, round_, [Row(ngo.id, body=FIRST)])
    consultation = f"/v1/consultations/{round_.consultation_id}"
    etag = (await client.get(consultation, headers=staff.headers)).headers["etag"]
    secretariat = await caller(state, role="secretariat")
    reads = 0

    async def version_with_a_change_committing(session: AsyncSession) -> int:
        # The second read is the build's (the first looks the file up).
        nonlocal reads
        reads += 1
        if reads == 2:
            response = await client.patch(
                consultation,
                json={"attribution": "group_only"},
                headers={**secretariat.headers, "If-Match": etag},
            )
            assert response.status_code == 200, response.text
        return await audit.chain_length(session)

    files: SynthesisCache = VersionedCache(max_bytes=2**24, concurrent_builds=1)
    for _ in range(2):
        async with AsyncSession(state.engine, expire_on_commit=False) as session:
            built = await synthesis_file(
                session,
                ANONYMOUS,
                str(round_.id),
                "json",
                public_url=state.settings.public_url,
                cache=files,
                data_version=version_with_a_change_committing,
            )
        assert "Named Network" not in built.content.decode()
