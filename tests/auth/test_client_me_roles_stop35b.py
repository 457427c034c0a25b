"""`GET /v1/me` for a machine client (a client_credentials token) answers `role: client` and a
membership of its organization with `role: client`: values the README and the OpenAPI schema
name where they list the roles and membership roles, so a client app branching on them knows."""

import json
import re
from pathlib import Path

import httpx

from api.state import AppState
from tests.factories import make_oauth_client, make_organization

ROOT = Path(__file__).resolve().parents[2]
README = re.sub(r"\s+", " ", (ROOT / "README.md").read_text(encoding="utf-8"))


async def test_a_machine_client_is_answered_the_client_role_the_documents_name(
    client: httpx.AsyncClient, state: AppState
) -> None:
    organization = await make_organization(state)
    client_id, secret = await make_oauth_client(state, name="Bot", organization=organization)
    assert secret is not None
    token = await client.post(
        "/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret)
    )
    assert token.status_code == 200, token.text
    me = await client.get(
        "/v1/me", headers={"Authorization": f"Bearer {token.json()['access_token']}"}
    )
    assert me.status_code == 200, me.text
    body = me.json()
    assert (body["kind"], body["role"], body["roles"]) == ("client", "client", ["representative"])
    assert [membership["role"] for membership in body["memberships"]] == ["client"]

    schemas = (await client.get("/openapi.json")).json()["components"]["schemas"]
    me_schema = schemas["MeRead"]["properties"]
    assert "`client`" in me_schema["role"]["description"]
    assert "machine client" in me_schema["roles"]["description"]
    assert "`client`" in schemas["MembershipRead"]["properties"]["role"]["description"]
    committed = json.loads((ROOT / "openapi" / "openapi.json").read_text(encoding="utf-8"))
    assert committed["components"]["schemas"]["MeRead"] == schemas["MeRead"]

    assert "`role` `client`" in README
    assert "a membership of its organization whose `role` is `client`" in README
