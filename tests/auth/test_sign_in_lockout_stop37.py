"""A stranger who knows a person's e-mail address cannot keep them out of the sign-in form by
failing from one IP: failed sign-ins are limited tightly per account and IP, and only loosely
per account from every IP, which still bounds guesses sent from many IPs."""

import httpx
from fastapi import FastAPI

from api.app import create_app
from api.state import AppState
from tests.conftest import BASE_URL, make_settings
from tests.factories import PASSWORD, make_oauth_client, make_user, sign_in_form


async def _posted(app: FastAPI, address: str, form: dict[str, str]) -> httpx.Response:
    transport = httpx.ASGITransport(app=app, client=(address, 1234))
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
        return await http.post("/oauth/authorize", data=form)


async def test_a_stranger_failing_from_one_ip_does_not_keep_the_owner_out(
    database_url: str,
) -> None:
    app = create_app(make_settings(database_url, rate_limits="on", rate_limit_login="2/60"))
    async with app.router.lifespan_context(app):
        state: AppState = app.state.plenary
        owner = await make_user(state)
        client_id, _ = await make_oauth_client(state)
        stranger = [
            await _posted(app, "203.0.113.7", sign_in_form(client_id, owner.email, "guess"))
            for _ in range(10)
        ]
        signed_in = await _posted(
            app, "198.51.100.20", sign_in_form(client_id, owner.email, PASSWORD)
        )
        right_from_the_stranger = await _posted(
            app, "203.0.113.7", sign_in_form(client_id, owner.email, PASSWORD)
        )
    assert [answer.status_code for answer in stranger] == [400, 400] + [429] * 8
    assert "retry-after" in stranger[-1].headers
    assert signed_in.status_code == 302, signed_in.text
    # The stranger's own IP stays held: a guess from there is not checked.
    assert right_from_the_stranger.status_code == 429


async def test_refusals_at_one_ip_add_nothing_to_the_limit_from_every_ip(
    database_url: str,
) -> None:
    app = create_app(
        make_settings(
            database_url, rate_limits="on", rate_limit_login="2/60", rate_limit_login_account="5/60"
        )
    )
    async with app.router.lifespan_context(app):
        state: AppState = app.state.plenary
        owner = await make_user(state)
        client_id, _ = await make_oauth_client(state)
        first = [
            (
                await _posted(app, "203.0.113.7", sign_in_form(client_id, owner.email, "x"))
            ).status_code
            for _ in range(20)
        ]
        second = [
            (
                await _posted(app, "203.0.113.8", sign_in_form(client_id, owner.email, "y"))
            ).status_code
            for _ in range(2)
        ]
        signed_in = await _posted(
            app, "198.51.100.20", sign_in_form(client_id, owner.email, PASSWORD)
        )
    assert first == [400, 400] + [429] * 18
    assert second == [400, 400]
    # Four failures counted against the account from every IP, under its five.
    assert signed_in.status_code == 302, signed_in.text


async def test_guesses_at_one_account_from_many_ips_stay_bounded(database_url: str) -> None:
    app = create_app(
        make_settings(
            database_url, rate_limits="on", rate_limit_login="2/60", rate_limit_login_account="5/60"
        )
    )
    async with app.router.lifespan_context(app):
        state: AppState = app.state.plenary
        owner = await make_user(state)
        client_id, _ = await make_oauth_client(state)
        guesses = [
            await _posted(app, f"10.1.0.{n}", sign_in_form(client_id, owner.email, f"guess {n}"))
            for n in range(12)
        ]
        right_from_a_new_ip = await _posted(
            app, "10.2.0.1", sign_in_form(client_id, owner.email, PASSWORD)
        )
    assert [answer.status_code for answer in guesses] == [400] * 5 + [429] * 7
    assert guesses[-1].json()["detail"] == "Too many failed sign-in attempts; try again later."
    assert "retry-after" in guesses[-1].headers
    assert right_from_a_new_ip.status_code == 429
