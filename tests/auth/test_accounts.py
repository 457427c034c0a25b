"""Accounts over HTTP: registration, the caller, roles, export and erasure."""

import asyncio
import uuid

import httpx
import pytest
import sqlalchemy as sa
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from auth.models import Membership, Organization, User
from auth.passwords import verify_password
from consultations.models import Comment
from core.clock import utcnow
from tests.factories import (
    bearer,
    make_consultation,
    make_document,
    make_organization,
    make_round,
    make_user,
    token_for,
)

PASSWORD = "a long enough passphrase"


def registration(**overrides: object) -> dict[str, object]:
    body: dict[str, object] = {
        "email": f"person-{uuid.uuid4().hex[:8]}@example.org",
        "password": PASSWORD,
        "display_name": "Amina Diallo",
    }
    body.update(overrides)
    return body


async def test_registration_creates_an_account_without_a_token(
    client: httpx.AsyncClient, state: AppState
) -> None:
    body = registration(
        email="  Amina.Diallo@Example.ORG ",
        gender="woman",
        birth_year=1999,
        languages=["fr", "en", "FR", "zh_hans"],
    )
    response = await client.post("/v1/users", json=body)
    assert response.status_code == 201, response.text
    account = response.json()
    assert account["email"] == "amina.diallo@example.org"
    assert account["role"] == "registered"
    assert account["gender"] == "woman"
    assert account["birth_year"] == 1999
    assert account["languages"] == ["fr", "en", "zh-Hans"]
    assert account["created_at"].endswith("Z")
    assert "password" not in response.text
    assert PASSWORD not in response.text
    assert "token" not in response.text
    async with AsyncSession(state.engine) as session:
        user = (await session.exec(select(User))).one()
    assert user.password_hash.startswith("$argon2id$")
    assert verify_password(user.password_hash, PASSWORD)


async def test_chinese_display_name_is_kept_in_nfc(client: httpx.AsyncClient) -> None:
    decomposed = "Le\u0301a 李华"
    response = await client.post("/v1/users", json=registration(display_name=decomposed))
    assert response.status_code == 201
    assert response.json()["display_name"] == "Léa 李华"


async def test_duplicate_email_is_409_with_a_neutral_message(client: httpx.AsyncClient) -> None:
    first = await client.post("/v1/users", json=registration(email="dup@example.org"))
    assert first.status_code == 201
    again = await client.post("/v1/users", json=registration(email=" DUP@example.org"))
    assert again.status_code == 409
    assert again.headers["content-type"] == "application/problem+json"
    assert "dup@example.org" not in again.text
    full_width = await client.post("/v1/users", json=registration(email="ｄｕｐ@example.org"))
    assert full_width.status_code == 409


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"password": "short1234"}, "password"),
        ({"email": "not-an-address"}, "email"),
        ({"email": "a@example..org"}, "email"),
        ({"email": "a..b@example.org"}, "email"),
        ({"email": "<script>@example.org"}, "email"),
        ({"email": "a@example"}, "email"),
        ({"password": " " * 12}, "password"),
        ({"password": "a" * 12}, "password"),
        ({"display_name": "   "}, "display_name"),
        ({"display_name": "Amina \u202enilloD"}, "display_name"),
        ({"gender": "other"}, "gender"),
        ({"birth_year": 1850}, "birth_year"),
        ({"birth_year": "1990"}, "birth_year"),
        ({"birth_year": 1990.0}, "birth_year"),
        ({"languages": ["english please"]}, "languages"),
        ({"languages": ["xx"]}, "languages"),
        ({"role": "admin"}, "role"),
    ],
)
async def test_invalid_registrations_are_422(
    client: httpx.AsyncClient, overrides: dict[str, object], field: str
) -> None:
    body = registration(**overrides)
    response = await client.post("/v1/users", json=body)
    assert response.status_code == 422
    assert any(field in error["loc"] for error in response.json()["errors"])
    assert str(body["password"]) not in response.text


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("Female", "woman"),
        ("male", "man"),
        ("Non-Binary", "non_binary"),
        ("nonbinary", "non_binary"),
        ("prefer_not_to_say", "undisclosed"),
        ("Prefer not to say", "undisclosed"),
        ("UNSPECIFIED", "undisclosed"),
        ("Woman", "woman"),
    ],
)
async def test_common_gender_synonyms_are_stored_as_the_canonical_value(
    client: httpx.AsyncClient, state: AppState, given: str, stored: str
) -> None:
    response = await client.post("/v1/users", json=registration(gender=given))
    assert response.status_code == 201, response.text
    assert response.json()["gender"] == stored
    async with AsyncSession(state.engine) as session:
        user = (await session.exec(select(User))).one()
    assert user.gender == stored


@pytest.mark.parametrize(
    "email", ["person@example.org\\udc00", "\\ud800person@example.org", "per\\udfffson@x.org"]
)
async def test_a_lone_surrogate_in_the_email_is_422_and_nothing_is_stored(
    client: httpx.AsyncClient, state: AppState, email: str
) -> None:
    body = f'{{"email": "{email}", "password": "{PASSWORD}", "display_name": "A"}}'
    response = await client.post(
        "/v1/users", content=body.encode(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"][0]["loc"] == ["body", "email"]
    async with AsyncSession(state.engine) as session:
        assert (await session.exec(select(User))).all() == []


async def test_password_equal_to_email_is_refused(client: httpx.AsyncClient) -> None:
    email = "longaddress@example.org"
    response = await client.post(
        "/v1/users", json=registration(email=email, password=email.upper())
    )
    assert response.status_code == 422
    assert email.upper() not in response.text


async def test_display_name_is_required(client: httpx.AsyncClient) -> None:
    body = registration()
    del body["display_name"]
    assert (await client.post("/v1/users", json=body)).status_code == 422


async def test_me_shows_roles_and_memberships(client: httpx.AsyncClient, state: AppState) -> None:
    user = await make_user(state, gender="man", birth_year=2001)
    verified = await make_organization(state, name="Verified", representatives=[user])
    await make_organization(state, name="Pending", verification="pending", representatives=[user])
    response = await client.get("/v1/me", headers=bearer(await token_for(state, user)))
    assert response.status_code == 200
    me = response.json()
    assert me["kind"] == "user"
    assert me["id"] == str(user.id)
    assert me["gender"] == "man"
    assert set(me["roles"]) == {"registered", "representative"}
    assert {m["organization_name"]: m["verification"] for m in me["memberships"]} == {
        "Verified": "verified",
        "Pending": "pending",
    }
    assert {m["organization_id"] for m in me["memberships"]} >= {str(verified.id)}
    assert response.headers["cache-control"] == "no-store"


async def test_me_of_a_co_facilitator_and_of_the_secretariat(
    client: httpx.AsyncClient, state: AppState
) -> None:
    facilitator = await make_user(state)
    consultations = [await make_consultation(state, facilitators=[facilitator]) for _ in range(2)]
    await make_consultation(state)
    me = (await client.get("/v1/me", headers=bearer(await token_for(state, facilitator)))).json()
    assert set(me["roles"]) == {"registered", "co-facilitator"}
    assert me["facilitates"] == sorted(str(consultation.id) for consultation in consultations)
    staff = await make_user(state, role="secretariat")
    me = (await client.get("/v1/me", headers=bearer(await token_for(state, staff)))).json()
    assert me["role"] == "secretariat"
    assert set(me["roles"]) == {"secretariat", "registered"}
    assert me["facilitates"] == []
    admin = await make_user(state, role="admin")
    me = (await client.get("/v1/me", headers=bearer(await token_for(state, admin)))).json()
    assert me["role"] == "admin"
    assert set(me["roles"]) == {"admin", "secretariat", "registered"}


async def test_me_without_token_is_401(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/me")
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")


async def test_admin_grants_and_withdraws_the_secretariat_role(
    client: httpx.AsyncClient, state: AppState
) -> None:
    admin = await make_user(state, role="admin")
    person = await make_user(state)
    headers = bearer(await token_for(state, admin))
    granted = await client.put(
        f"/v1/users/{person.id}/role", json={"role": "secretariat"}, headers=headers
    )
    assert granted.status_code == 200
    assert granted.json()["role"] == "secretariat"
    me = await client.get("/v1/me", headers=bearer(await token_for(state, person)))
    assert me.json()["role"] == "secretariat"
    withdrawn = await client.put(
        f"/v1/users/{person.id}/role", json={"role": "registered"}, headers=headers
    )
    assert withdrawn.json()["role"] == "registered"
    assert (
        await client.put(f"/v1/users/{admin.id}/role", json={"role": "registered"}, headers=headers)
    ).status_code == 403
    other_admin = await make_user(state, role="admin")
    assert (
        await client.put(
            f"/v1/users/{other_admin.id}/role", json={"role": "registered"}, headers=headers
        )
    ).status_code == 409
    assert (
        await client.put(
            f"/v1/users/{uuid.uuid4()}/role", json={"role": "secretariat"}, headers=headers
        )
    ).status_code == 404


async def test_role_change_needs_the_admin_scope(
    client: httpx.AsyncClient, state: AppState
) -> None:
    admin = await make_user(state, role="admin")
    person = await make_user(state)
    token = await token_for(state, admin, scopes=["comments:write"])
    response = await client.put(
        f"/v1/users/{person.id}/role", json={"role": "secretariat"}, headers=bearer(token)
    )
    assert response.status_code == 403


async def _comment_by(state: AppState, author: User, organization: Organization) -> Comment:
    consultation = await make_consultation(state)
    draft = await make_document(state, consultation)
    round_ = await make_round(state, consultation, draft)
    comment = Comment(
        round_id=round_.id,
        consultation_id=consultation.id,
        organization_id=organization.id,
        author_id=author.id,
        author_pseudonym="p-" + uuid.uuid4().hex[:12],
        anchor="1",
        kind="comment",
        body="We support paragraph 1. 我们支持第1段。",
        language="en",
        status="published",
        sequence=1,
        tracking_number="T-" + uuid.uuid4().hex[:10],
        body_sha256="0" * 64,
        receipt="receipt",
        submitted_at=utcnow(),
    )
    async with AsyncSession(state.engine, expire_on_commit=False) as session:
        session.add(comment)
        await session.commit()
    return comment


async def test_export_holds_everything_about_the_caller_and_no_secret(
    client: httpx.AsyncClient, state: AppState
) -> None:
    user = await make_user(state, gender="non_binary", birth_year=2004)
    organization = await make_organization(state, representatives=[user])
    comment = await _comment_by(state, user, organization)
    headers = bearer(await token_for(state, user))
    created = await client.post(
        "/v1/organizations",
        json={"name": "My new NGO", "stakeholder_group": "youth", "country": "BR"},
        headers=headers,
    )
    assert created.status_code == 201
    response = await client.get("/v1/me/export", headers=headers)
    assert response.status_code == 200
    export = response.json()
    assert export["account"]["email"] == user.email
    assert export["account"]["gender"] == "non_binary"
    assert {m["organization_id"] for m in export["memberships"]} == {
        str(organization.id),
        created.json()["id"],
    }
    assert [o["name"] for o in export["organizations_created"]] == ["My new NGO"]
    assert [c["id"] for c in export["comments"]] == [str(comment.id)]
    assert export["comments"][0]["body"] == comment.body
    assert export["flags"] == []
    assert "password_hash" not in response.text
    assert "argon2" not in response.text


async def test_erasure_removes_the_account_and_keeps_comments_pseudonymised(
    client: httpx.AsyncClient, state: AppState
) -> None:
    user = await make_user(state)
    organization = await make_organization(state, representatives=[user])
    comment = await _comment_by(state, user, organization)
    headers = bearer(await token_for(state, user))
    response = await client.delete("/v1/me", headers=headers)
    assert response.status_code == 204
    async with AsyncSession(state.engine) as session:
        assert await session.get(User, user.id) is None
        kept = await session.get(Comment, comment.id)
        assert kept is not None
        assert kept.author_id is None
        assert kept.author_pseudonym == comment.author_pseudonym
        assert kept.organization_id == organization.id
        assert (await session.exec(select(Membership))).all() == []
        assert await session.get(Organization, organization.id) is not None
    again = await client.get("/v1/me", headers=headers)
    assert again.status_code == 401
    assert "www-authenticate" in again.headers


async def test_a_read_only_token_changes_nothing_about_accounts_and_organizations(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """An app granted only ``reports:read`` can neither erase the account nor register an
    organization or add people to one; the same person's writing token can."""
    user = await make_user(state)
    colleague = await make_user(state, email="colleague@example.org")
    organization = await make_organization(state, verification="pending", representatives=[user])
    reader = bearer(await token_for(state, user, scopes=("reports:read",)))
    writer = bearer(await token_for(state, user, scopes=("comments:write",)))
    new_organization = {"name": "Read-only", "stakeholder_group": "academia", "country": "KEN"}
    representatives = f"/v1/organizations/{organization.id}/representatives"
    refused = [
        await client.delete("/v1/me", headers=reader),
        await client.post("/v1/organizations", json=new_organization, headers=reader),
        await client.post(representatives, json={"email": colleague.email}, headers=reader),
    ]
    for response in refused:
        assert response.status_code == 403, response.text
        assert 'error="insufficient_scope"' in response.headers["WWW-Authenticate"]
    async with AsyncSession(state.engine) as session:
        assert await session.get(User, user.id) is not None
        assert len((await session.exec(select(Organization))).all()) == 1
        assert len((await session.exec(select(Membership))).all()) == 1
    created = await client.post("/v1/organizations", json=new_organization, headers=writer)
    assert created.status_code == 201
    added = await client.post(representatives, json={"email": colleague.email}, headers=writer)
    assert added.status_code == 201
    assert (await client.delete("/v1/me", headers=writer)).status_code == 204


async def test_erasure_is_audited_without_personal_data(
    client: httpx.AsyncClient, state: AppState
) -> None:
    from core.events import DomainEvent

    seen: list[DomainEvent] = []

    async def remember(_session: object, event: DomainEvent) -> None:
        seen.append(event)

    state.events.subscribe(remember, name="user.erased")  # type: ignore[arg-type]
    user = await make_user(state, email="erase-me@example.org", name="Erase Me")
    response = await client.delete("/v1/me", headers=bearer(await token_for(state, user)))
    assert response.status_code == 204
    assert [e.subject_id for e in seen] == [str(user.id)]
    assert "erase-me" not in repr(seen[0].data)
    assert "Erase Me" not in repr(seen[0].data)
    async with AsyncSession(state.engine) as session:
        rows = (await session.exec(sa.text("select count(*) from users"))).scalar_one()
    assert rows == 0


async def test_the_last_admin_cannot_erase_their_account(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """Nobody would be left to grant roles: 409, nothing changed. With another admin the
    erasure goes through; secretariat accounts are not guarded (an admin grants the role)."""
    erased: list[object] = []

    async def remember(_session: object, event: object) -> None:
        erased.append(event)

    state.events.subscribe(remember, name="user.erased")  # type: ignore[arg-type]
    admin = await make_user(state, role="admin")
    secretariat = await make_user(state, role="secretariat")
    admin_headers = bearer(await token_for(state, admin))

    refused = await client.delete("/v1/me", headers=admin_headers)
    assert refused.status_code == 409, refused.text
    assert refused.headers["content-type"] == "application/problem+json"
    assert "last administrator" in refused.json()["detail"]
    assert erased == []
    async with AsyncSession(state.engine) as session:
        assert await session.get(User, admin.id) is not None
    assert (await client.get("/v1/me", headers=admin_headers)).status_code == 200

    only_secretariat = await client.delete(
        "/v1/me", headers=bearer(await token_for(state, secretariat))
    )
    assert only_secretariat.status_code == 204, only_secretariat.text

    await make_user(state, role="admin")
    assert (await client.delete("/v1/me", headers=admin_headers)).status_code == 204
    async with AsyncSession(state.engine) as session:
        assert await session.get(User, admin.id) is None


async def test_two_admins_erasing_themselves_at_once_leave_one(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    """Each worker is an app of its own, so on PostgreSQL the two erasures really overlap:
    counting the admins without locking them would let both see the other and both go."""
    for race in range(5):
        admins = [await make_user(state, role="admin") for _ in range(2)]
        tokens = [await token_for(state, admin) for admin in admins]
        responses = await asyncio.gather(
            *(
                worker.delete("/v1/me", headers=bearer(token))
                for worker, token in zip((client, other_worker), tokens, strict=True)
            )
        )
        assert sorted(r.status_code for r in responses) == [204, 409], race
        async with AsyncSession(state.engine) as session:
            left = (await session.exec(select(User).where(User.role == "admin"))).all()
        assert [user.id for user in left] == [
            admin.id for admin, r in zip(admins, responses, strict=True) if r.status_code == 409
        ], race
        async with AsyncSession(state.engine) as session:
            await session.delete(left[0])
            await session.commit()


def test_passwords_match_whatever_the_unicode_composition() -> None:
    from auth.passwords import hash_password

    composed = "café au lait 咖啡"
    decomposed = "cafe\u0301 au lait 咖啡"
    stored = hash_password(composed)
    assert verify_password(stored, decomposed)
    assert not verify_password(stored, "cafe au lait 咖啡")


async def test_export_holds_what_the_person_did_in_consultations(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff = await make_user(state, role="secretariat")
    headers = bearer(await token_for(state, staff))
    created = await client.post(
        "/v1/consultations",
        json={
            "slug": f"export-{uuid.uuid4().hex[:8]}",
            "title": "Data governance",
            "description": "Working group on data governance.",
            "visibility": "public",
            "moderation": "post",
            "attribution": "named",
        },
        headers=headers,
    )
    assert created.status_code == 201, created.text
    export = (await client.get("/v1/me/export", headers=headers)).json()
    assert [c["id"] for c in export["consultations_created"]] == [created.json()["id"]]
    assert [entry["event"] for entry in export["audit_entries"]] == ["consultation.created"]
    for key in (
        "co_facilitator_appointments",
        "documents_created",
        "document_versions_created",
        "rounds_created",
        "moderation_decisions",
        "export_jobs",
    ):
        assert export[key] == [], key
