"""After the secretariat rejects an organization its people are no longer its representatives:
their membership stays (they still read it, and it may be verified again), named `member`, so
that it does not contradict their roles."""

import httpx

from api.state import AppState
from tests.factories import bearer, make_organization, make_user, token_for


async def _decide(
    client: httpx.AsyncClient, staff: dict[str, str], organization_id: str, decision: str
) -> None:
    decided = await client.post(
        f"/v1/organizations/{organization_id}/verification",
        json={"decision": decision, "note": "Checked against the ECOSOC list"},
        headers=staff,
    )
    assert decided.status_code == 200, decided.text


async def test_the_people_of_a_rejected_organization_are_its_members_not_representatives(
    client: httpx.AsyncClient, state: AppState
) -> None:
    person = await make_user(state)
    organization = await make_organization(state, verification="pending", representatives=[person])
    staff = bearer(await token_for(state, await make_user(state, role="secretariat")))
    headers = bearer(await token_for(state, person))

    async def seen() -> tuple[list[str], list[tuple[str, str]]]:
        me = (await client.get("/v1/me", headers=headers)).json()
        return me["roles"], [(m["verification"], m["role"]) for m in me["memberships"]]

    assert await seen() == (["registered"], [("pending", "representative")])
    await _decide(client, staff, str(organization.id), "verified")
    assert await seen() == (["registered", "representative"], [("verified", "representative")])
    await _decide(client, staff, str(organization.id), "rejected")
    assert await seen() == (["registered"], [("rejected", "member")])
    export = (await client.get("/v1/me/export", headers=headers)).json()
    assert [m["role"] for m in export["memberships"]] == ["member"]

    await _decide(client, staff, str(organization.id), "verified")
    assert await seen() == (["registered", "representative"], [("verified", "representative")])
