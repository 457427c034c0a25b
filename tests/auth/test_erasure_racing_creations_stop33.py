"""An account erased while the same account creates something (a comment, a flag, an
organization, a sign-in). Whichever commits first, the other gets the answer of the sequential
case: after the erasure, the token's account is gone (401; the sign-in form knows no such
address); before it, what was created is treated as everything the person wrote before (a
comment stays, pseudonymised). Never a foreign key failure (500), never a row naming the
erased account.

On PostgreSQL the order is made deterministic with the audit chain's append lock
(``tests.concurrency``): the erasure stops before its commit with the account's row deleted and
locked, the creation is started and runs until it waits."""

import asyncio
from collections.abc import Awaitable, Callable

import httpx
import sqlalchemy as sa
from authlib.common.security import generate_token
from authlib.oauth2.rfc7636 import create_s256_code_challenge

from api.state import AppState
from consultations.comments import comment_etag
from consultations.models import Comment
from core.db import table_of
from tests.auth.test_oauth import REDIRECT_URI
from tests.concurrency import (
    first_commits_first,
    needs_concurrent_writers,
)
from tests.consultations.test_comments import make_world, submit
from tests.factories import PASSWORD, bearer, make_comment, make_oauth_client, make_user, token_for

RACES = 5
ORGANIZATION = {
    "name": "Formed at the last minute",
    "stakeholder_group": "academia",
    "country": "KE",
}


async def _erased_first(
    state: AppState,
    erase: Callable[[], Awaitable[httpx.Response]],
    create: Awaitable[httpx.Response],
) -> httpx.Response:
    """``create``'s answer, started while the erasure waits to commit; the erasure succeeded."""
    erased, created = await first_commits_first(state, erase, lambda: create)
    assert erased.status_code == 204, erased.text
    return created


def _account_gone(response: httpx.Response) -> None:
    assert response.status_code == 401, response.text
    assert "no longer exists" in response.json()["detail"]
    assert 'error="invalid_token"' in response.headers["www-authenticate"]


async def _authors(state: AppState) -> list[object]:
    comments = table_of(Comment)
    async with state.engine.connect() as connection:
        return list((await connection.execute(sa.select(comments.c.author_id))).scalars())


async def test_a_comment_submitted_while_its_author_is_erased_is_401(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    needs_concurrent_writers(state)
    world = await make_world(state)
    created = await _erased_first(
        state,
        lambda: client.delete("/v1/me", headers=bearer(world.token)),
        submit(other_worker, world.round.id, world.token, world.body()),
    )
    _account_gone(created)
    assert await _authors(state) == []


async def test_a_comment_edited_while_its_author_is_erased_is_401(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    needs_concurrent_writers(state)
    world = await make_world(state)
    author = world.representative
    comment = await make_comment(state, world.round, world.organization, author=author)
    headers = bearer(world.token)
    created = await _erased_first(
        state,
        lambda: client.delete("/v1/me", headers=headers),
        other_worker.patch(
            f"/v1/comments/{comment.id}",
            json={"body": "Edited at the last minute."},
            headers=headers | {"If-Match": comment_etag(comment.id, comment.revision)},
        ),
    )
    _account_gone(created)


async def test_a_flag_raised_while_its_flagger_is_erased_is_401(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    needs_concurrent_writers(state)
    world = await make_world(state)
    comment = await make_comment(state, world.round, world.organization)
    headers = bearer(await token_for(state, await make_user(state)))
    created = await _erased_first(
        state,
        lambda: client.delete("/v1/me", headers=headers),
        other_worker.post(
            f"/v1/comments/{comment.id}/flags", json={"reason": "spam"}, headers=headers
        ),
    )
    _account_gone(created)


async def test_an_organization_registered_while_its_creator_is_erased_is_401(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    needs_concurrent_writers(state)
    headers = bearer(await token_for(state, await make_user(state)))
    created = await _erased_first(
        state,
        lambda: client.delete("/v1/me", headers=headers),
        other_worker.post("/v1/organizations", json=ORGANIZATION, headers=headers),
    )
    _account_gone(created)


async def test_signing_in_while_the_account_is_erased_finds_no_such_account(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    needs_concurrent_writers(state)
    person = await make_user(state)
    headers = bearer(await token_for(state, person))
    client_id, _ = await make_oauth_client(state)
    form = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": REDIRECT_URI,
        "code_challenge": create_s256_code_challenge(generate_token(48)),
        "code_challenge_method": "S256",
        "email": person.email,
        "password": PASSWORD,
    }
    created = await _erased_first(
        state,
        lambda: client.delete("/v1/me", headers=headers),
        other_worker.post("/oauth/authorize", data=form),
    )
    assert created.status_code == 400, created.text
    assert "Wrong e-mail address or password" in created.text


async def test_a_comment_stored_before_its_author_is_erased_is_pseudonymised(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    needs_concurrent_writers(state)
    world = await make_world(state)
    submitted, erased = await first_commits_first(
        state,
        lambda: submit(client, world.round.id, world.token, world.body()),
        lambda: other_worker.delete("/v1/me", headers=bearer(world.token)),
    )
    assert submitted.status_code == 201, submitted.text
    assert erased.status_code == 204, erased.text
    assert await _authors(state) == [None]


async def test_submissions_racing_their_authors_erasure_are_stored_or_refused(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """One worker, both databases: the submission's caller was read before the erasure."""
    for race in range(RACES):
        world = await make_world(state)
        erased, submitted = await asyncio.gather(
            client.delete("/v1/me", headers=bearer(world.token)),
            submit(client, world.round.id, world.token, world.body()),
        )
        assert erased.status_code == 204, (race, erased.text)
        assert submitted.status_code in {201, 401}, (race, submitted.text)
    assert set(await _authors(state)) <= {None}
