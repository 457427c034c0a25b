"""A person held by the sign-in limits reads on the form when to try again, in minutes; the
Retry-After header keeps the exact seconds."""

import re

import httpx
import pytest

from api.app import create_app
from api.state import AppState
from tests.conftest import BASE_URL, make_settings
from tests.factories import PASSWORD, make_oauth_client, make_user, sign_in_form

# What a browser sends with a form it posts.
BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


@pytest.mark.parametrize("limit", ["1/60", "1/3600"])
async def test_the_refused_form_says_in_how_many_minutes_to_try_again(
    database_url: str, limit: str
) -> None:
    app = create_app(make_settings(database_url, rate_limits="on", rate_limit_login=limit))
    async with app.router.lifespan_context(app):
        state: AppState = app.state.plenary
        user = await make_user(state)
        client_id, _ = await make_oauth_client(state)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
            wrong = sign_in_form(client_id, user.email, "wrong guess")
            first = await http.post("/oauth/authorize", data=wrong, headers=BROWSER)
            assert first.status_code == 400
            refused = await http.post(
                "/oauth/authorize",
                data=sign_in_form(client_id, user.email, PASSWORD),
                headers=BROWSER,
            )
    assert refused.status_code == 429
    assert refused.headers["content-type"].startswith("text/html")
    wait = int(refused.headers["retry-after"])
    message = re.search(r'<p class="error" role="alert">([^<]*)</p>', refused.text)
    assert message is not None
    minutes = -(-wait // 60)
    unit = "minute" if minutes == 1 else "minutes"
    assert message.group(1) == f"Too many attempts; try again in {minutes} {unit}."
    assert "seconds" not in refused.text
