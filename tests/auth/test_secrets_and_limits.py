"""Passwords, client secrets and refresh tokens never leak; rate limits answer 429."""

import logging
from collections.abc import AsyncIterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from authlib.common.security import generate_token
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from fastapi import FastAPI
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.app import create_app
from api.state import AppState
from auth.models import OAuthClient, RefreshToken, User
from tests.conftest import BASE_URL, make_settings
from tests.factories import PASSWORD as FACTORY_PASSWORD
from tests.factories import (
    bearer,
    make_oauth_client,
    make_organization,
    make_user,
    sign_in_form,
    token_for,
)

PASSWORD = "Pässwörd of the flow 密码"
REDIRECT_URI = "https://portal.example.org/cb"


@pytest.fixture
async def logged_app(database_url: str) -> AsyncIterator[FastAPI]:
    app = create_app(make_settings(database_url, access_log=True, log_level="DEBUG"))
    logging.getLogger("plenary.access").propagate = True
    async with app.router.lifespan_context(app):
        yield app
    logging.getLogger("plenary.access").propagate = False


async def test_secrets_appear_only_where_they_are_issued(
    logged_app: FastAPI, caplog: pytest.LogCaptureFixture
) -> None:
    state: AppState = logged_app.state.plenary
    responses: list[tuple[str, httpx.Response]] = []
    staff = await make_user(state, role="secretariat")
    organization = await make_organization(state)
    transport = httpx.ASGITransport(app=logged_app)
    with caplog.at_level(logging.DEBUG):
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:

            async def call(label: str, method: str, url: str, **kwargs: object) -> httpx.Response:
                response = await http.request(method, url, **kwargs)  # type: ignore[arg-type]
                responses.append((label, response))
                return response

            registered = await call(
                "register",
                "POST",
                "/v1/users",
                json={"email": "flow@example.org", "password": PASSWORD, "display_name": "Flo"},
            )
            assert registered.status_code == 201
            staff_headers = bearer(await token_for(state, staff))
            portal = await call(
                "client registration",
                "POST",
                "/v1/clients",
                json={"name": "Portal", "redirect_uris": [REDIRECT_URI]},
                headers=staff_headers,
            )
            bot = await call(
                "client registration",
                "POST",
                "/v1/clients",
                json={"name": "Bot", "organization_id": str(organization.id)},
                headers=staff_headers,
            )
            portal_id, portal_secret = portal.json()["client_id"], portal.json()["client_secret"]
            bot_id, bot_secret = bot.json()["client_id"], bot.json()["client_secret"]
            verifier = generate_token(64)
            authorize = {
                "response_type": "code",
                "client_id": portal_id,
                "redirect_uri": REDIRECT_URI,
                "state": "s",
                "code_challenge": create_s256_code_challenge(verifier),
                "code_challenge_method": "S256",
            }
            await call(
                "wrong password",
                "POST",
                "/oauth/authorize",
                data={**authorize, "email": "flow@example.org", "password": PASSWORD + "x"},
            )
            signed_in = await call(
                "sign-in",
                "POST",
                "/oauth/authorize",
                data={**authorize, "email": "flow@example.org", "password": PASSWORD},
            )
            code = parse_qs(urlsplit(signed_in.headers["location"]).query)["code"][0]
            first = await call(
                "token",
                "POST",
                "/oauth/token",
                data={
                    "grant_type": "authorization_code",
                    "code": code,
                    "redirect_uri": REDIRECT_URI,
                    "code_verifier": verifier,
                },
                auth=(portal_id, portal_secret),
            )
            refresh_1 = first.json()["refresh_token"]
            second = await call(
                "token",
                "POST",
                "/oauth/token",
                data={"grant_type": "refresh_token", "refresh_token": refresh_1},
                auth=(portal_id, portal_secret),
            )
            refresh_2 = second.json()["refresh_token"]
            await call(
                "token",
                "POST",
                "/oauth/token",
                data={
                    "grant_type": "client_credentials",
                    "client_id": bot_id,
                    "client_secret": bot_secret,
                },
            )
            await call(
                "bad secret",
                "POST",
                "/oauth/token",
                data={"grant_type": "client_credentials"},
                auth=(bot_id, bot_secret + "x"),
            )
            user_headers = bearer(second.json()["access_token"])
            export = await call("export", "GET", "/v1/me/export", headers=user_headers)
            await call("me", "GET", "/v1/me", headers=user_headers)

    assert export.status_code == 200
    assert len(export.json()["sessions"]) == 2
    secrets = {
        "password": (PASSWORD, set()),
        "portal secret": (portal_secret, {"client registration"}),
        "bot secret": (bot_secret, {"client registration"}),
        "refresh 1": (refresh_1, {"token"}),
        "refresh 2": (refresh_2, {"token"}),
    }
    for name, (secret, allowed) in secrets.items():
        for label, response in responses:
            if label in allowed:
                continue
            text = response.text + repr(dict(response.headers))
            assert secret not in text, f"{name} leaked in the {label} response"
        for record in caplog.records:
            assert secret not in record.getMessage(), f"{name} leaked in a log line"
            assert secret not in repr(record.args), f"{name} leaked in log arguments"
    assert any(r.name == "plenary.access" for r in caplog.records)

    async with AsyncSession(state.engine) as session:
        clients = (await session.exec(select(OAuthClient))).all()
        tokens = (await session.exec(select(RefreshToken))).all()
        user = (await session.exec(select(User).where(User.email == "flow@example.org"))).one()
    stored = repr([c.model_dump() for c in clients] + [t.model_dump() for t in tokens])
    for secret in (portal_secret, bot_secret, refresh_1, refresh_2):
        assert secret not in stored
    assert PASSWORD not in user.password_hash


async def test_third_registration_from_one_address_is_429(database_url: str) -> None:
    app = create_app(make_settings(database_url, rate_limits="on", rate_limit_registration="2/60"))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
            statuses = []
            for index in range(3):
                response = await http.post(
                    "/v1/users",
                    json={
                        "email": f"limit-{index}@example.org",
                        "password": "long enough password",
                        "display_name": "L",
                    },
                )
                statuses.append(response.status_code)
    assert statuses == [201, 201, 429]
    assert int(response.headers["retry-after"]) >= 1
    assert response.headers["content-type"] == "application/problem+json"


async def test_token_endpoint_limit_keeps_the_oauth_error_shape(database_url: str) -> None:
    app = create_app(make_settings(database_url, rate_limits="on", rate_limit_token="2/60"))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
            for _ in range(3):
                response = await http.post("/oauth/token", data={"grant_type": "password"})
    assert response.status_code == 429
    assert response.json()["error"] == "temporarily_unavailable"
    assert int(response.headers["retry-after"]) >= 1
    assert response.headers["cache-control"] == "no-store"


async def test_failed_sign_ins_are_limited_per_account_across_addresses(
    database_url: str,
) -> None:
    app = create_app(make_settings(database_url, rate_limits="on", rate_limit_login_account="2/60"))
    async with app.router.lifespan_context(app):
        state: AppState = app.state.plenary
        user = await make_user(state)
        client_id, _ = await make_oauth_client(state)
        statuses = []
        right = FACTORY_PASSWORD
        for index, password in enumerate([right] * 3 + ["wrong guess"] * 3 + [right]):
            transport = httpx.ASGITransport(app=app, client=(f"10.0.0.{index}", 1234))
            async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
                response = await http.post(
                    "/oauth/authorize", data=sign_in_form(client_id, user.email, password)
                )
                statuses.append(response.status_code)
    # Signing in often is never refused; two wrong passwords are, then so is the right one.
    assert statuses == [302, 302, 302, 400, 400, 429, 429]
    assert "retry-after" in response.headers


async def test_default_limits_let_a_venue_behind_one_address_through(database_url: str) -> None:
    """Delegates at a venue, or an acceptance script, share one IP: the default per-IP limits
    let several people register and sign in, and a client fetch many tokens."""
    app = create_app(make_settings(database_url, rate_limits="on"))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
            registrations = [
                await http.post(
                    "/v1/users",
                    json={
                        "email": f"delegate-{index}@example.org",
                        "password": "long enough password",
                        "display_name": "D",
                    },
                )
                for index in range(6)
            ]
            sign_ins = [
                await http.post(
                    "/oauth/authorize",
                    data={
                        "client_id": "x",
                        "email": f"delegate-{index % 6}@example.org",
                        "password": "wrong guess",
                    },
                )
                for index in range(12)
            ]
            tokens = [
                await http.post("/oauth/token", data={"grant_type": "password"}) for _ in range(31)
            ]
    assert {r.status_code for r in registrations} == {201}
    assert {r.status_code for r in sign_ins} == {400}
    assert {r.status_code for r in tokens} == {400}


async def test_login_is_limited_per_address_apart_from_per_account(database_url: str) -> None:
    app = create_app(
        make_settings(
            database_url, rate_limits="on", rate_limit_login_ip="2/60", rate_limit_login="5/60"
        )
    )
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
            statuses = [
                (
                    await http.post(
                        "/oauth/authorize",
                        data={
                            "client_id": "x",
                            "email": f"person-{index}@example.org",
                            "password": "wrong guess",
                        },
                    )
                ).status_code
                for index in range(3)
            ]
    assert statuses == [400, 400, 429]


async def test_limits_off_lets_everything_through(database_url: str) -> None:
    app = create_app(make_settings(database_url, rate_limits="off", rate_limit_registration="1/60"))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
            for index in range(3):
                response = await http.post(
                    "/v1/users",
                    json={
                        "email": f"free-{index}@example.org",
                        "password": "long enough password",
                        "display_name": "F",
                    },
                )
                assert response.status_code == 201


async def test_a_person_at_the_sign_in_form_reads_the_refusal_on_the_form(
    database_url: str,
) -> None:
    app = create_app(make_settings(database_url, rate_limits="on", rate_limit_login="1/60"))
    async with app.router.lifespan_context(app):
        state: AppState = app.state.plenary
        user = await make_user(state)
        client_id, _ = await make_oauth_client(state)
        transport = httpx.ASGITransport(app=app)
        browser = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
            wrong = sign_in_form(client_id, user.email, "wrong guess")
            first = await http.post("/oauth/authorize", data=wrong, headers=browser)
            refused = await http.post(
                "/oauth/authorize",
                data=sign_in_form(client_id, user.email, FACTORY_PASSWORD),
                headers=browser,
            )
            scripted = await http.post("/oauth/authorize", data=wrong)
    assert first.status_code == 400
    assert refused.status_code == 429
    assert refused.headers["content-type"].startswith("text/html")
    wait = refused.headers["retry-after"]
    minutes = -(-int(wait) // 60)
    assert f"Too many attempts; try again in {minutes} minute" in refused.text
    assert '<input id="password" name="password"' in refused.text
    assert user.email in refused.text
    assert scripted.status_code == 429
    assert scripted.headers["content-type"] == "application/problem+json"
