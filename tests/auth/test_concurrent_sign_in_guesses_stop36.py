"""Guesses sent side by side, to two workers on one database, are held to the per-account
sign-in limit: each is counted before its password is checked, not after its answer."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack

import httpx
from fastapi import FastAPI

from api.app import create_app
from api.state import AppState
from tests.conftest import BASE_URL, make_settings
from tests.factories import PASSWORD, make_oauth_client, make_user, sign_in_form

LIMIT = 10
GUESSES = 40


async def _workers(stack: AsyncExitStack, database_url: str) -> list[FastAPI]:
    # Each guess comes from another IP: the limit from every IP together holds them.
    settings = make_settings(database_url, rate_limits="on", rate_limit_login_account=f"{LIMIT}/60")
    workers = [create_app(settings), create_app(settings)]
    for worker in workers:
        await stack.enter_async_context(worker.router.lifespan_context(worker))
    return workers


async def _posted(app: FastAPI, address: str, form: dict[str, str]) -> httpx.Response:
    transport = httpx.ASGITransport(app=app, client=(address, 1234))
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
        return await http.post("/oauth/authorize", data=form)


async def _answers(
    workers: list[FastAPI], forms: list[dict[str, str]]
) -> AsyncIterator[httpx.Response]:
    answers = await asyncio.gather(
        *(
            _posted(workers[index % 2], f"10.0.{index // 250}.{index % 250}", form)
            for index, form in enumerate(forms)
        )
    )
    for answer in answers:
        yield answer


async def test_wrong_guesses_side_by_side_get_no_more_password_checks_than_the_limit(
    database_url: str,
) -> None:
    async with AsyncExitStack() as stack:
        workers = await _workers(stack, database_url)
        state: AppState = workers[0].state.plenary
        user = await make_user(state)
        client_id, _ = await make_oauth_client(state)
        guesses = [sign_in_form(client_id, user.email, f"guess {n}") for n in range(GUESSES)]
        statuses = [answer.status_code async for answer in _answers(workers, guesses)]
        right_form = sign_in_form(client_id, user.email, PASSWORD)
        right = await _posted(workers[0], "10.9.9.9", right_form)
    checked = statuses.count(400)
    assert 1 <= checked <= LIMIT, statuses
    assert statuses.count(429) == GUESSES - checked, statuses
    assert right.status_code == 429


async def test_right_passwords_give_their_attempt_back(database_url: str) -> None:
    async with AsyncExitStack() as stack:
        workers = await _workers(stack, database_url)
        state: AppState = workers[0].state.plenary
        user = await make_user(state)
        client_id, _ = await make_oauth_client(state)
        for _ in range(3):
            sign_ins = [sign_in_form(client_id, user.email, PASSWORD) for _ in range(LIMIT // 2)]
            assert {answer.status_code async for answer in _answers(workers, sign_ins)} == {302}
        guesses = [sign_in_form(client_id, user.email, "wrong") for _ in range(LIMIT)]
        statuses = [answer.status_code async for answer in _answers(workers, guesses)]
    assert statuses.count(400) == LIMIT, statuses
