"""A client written from api.md alone: the import's 201 holds the parsed paragraphs; a PATCH
naming a field fixed at creation says so (it was told the field was "extra"); the organizations
list documents its 400 for a foreign cursor."""

import httpx
import pytest

from api.app import create_app
from api.state import AppState
from tests.consultations.test_comments import make_world
from tests.consultations.test_comments_edit import submitted, with_etag
from tests.factories import bearer, make_consultation, make_user, token_for

DRAFT = {
    "en": "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
    "1. Decides to establish a dialogue;\n\n2. Requests the Secretary-General to:\n\n"
    "(a) Prepare a report;\n",
    "zh": "大会，\n\n回顾其第70/1号决议，\n\n1. 决定设立一个对话；\n\n"
    "2. 请秘书长：\n\n(a) 编写一份报告；\n",
}
# Per language: the chapeau of paragraph 2 as the import gives it.
CHAPEAU = {"en": "Requests the Secretary-General to:", "zh": "请秘书长："}


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_the_import_answers_with_its_paragraphs(
    client: httpx.AsyncClient, state: AppState, language: str
) -> None:
    staff = await make_user(state, role="secretariat")
    token = await token_for(state, staff)
    consultation = await make_consultation(state)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Draft", "language": language, "format": "text", "content": DRAFT[language]},
        headers=bearer(token),
    )
    assert created.status_code == 201, created.text
    imported = created.json()
    listed = await client.get(
        f"/v1/documents/{imported['id']}/versions/1/paragraphs", headers=bearer(token)
    )
    assert listed.status_code == 200, listed.text
    assert imported["paragraphs"] == listed.json()["items"]
    assert [p["anchor"] for p in imported["paragraphs"]] == imported["anchors"]
    assert [p["anchor"] for p in imported["paragraphs"]][1:] == ["pp1", "1", "2", "2.a"]
    assert imported["paragraphs"][3]["text"] == CHAPEAU[language]

    revised = await client.post(
        f"/v1/documents/{imported['id']}/versions",
        json={"label": "Rev.1", "language": language, "content": DRAFT[language]},
        headers=bearer(token),
    )
    assert revised.status_code == 201, revised.text
    assert revised.json()["paragraphs"] == imported["paragraphs"]


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("kind", "amendment", "set at submission"),
        ("language", "fr", "set at submission"),
        ("organization_id", None, "set at submission"),
        ("status", "withdrawn", "withdrawn with DELETE"),
    ],
)
async def test_a_comment_field_fixed_at_submission_says_so(
    client: httpx.AsyncClient, state: AppState, field: str, value: str | None, says: str
) -> None:
    world = await make_world(state)
    created = await submitted(client, world)
    comment = created.json()
    sent = comment[field] if value is None else value
    refused = await client.patch(
        created.headers["Location"],
        json={field: sent, "body": "Edited"},
        headers=with_etag(world.token, created.headers["ETag"]),
    )
    assert refused.status_code == 422, refused.text
    problem = refused.json()
    assert problem["errors"] == [{"loc": ["body", field], "msg": problem["errors"][0]["msg"]}]
    assert "cannot be changed" in problem["errors"][0]["msg"]
    assert says in problem["errors"][0]["msg"]
    unchanged = await client.get(created.headers["Location"], headers=bearer(world.token))
    assert unchanged.json()["body"] == comment["body"]


async def test_a_consultation_slug_is_fixed(client: httpx.AsyncClient, state: AppState) -> None:
    staff = await make_user(state, role="secretariat")
    consultation = await make_consultation(state, slug="fixed-slug")
    token = await token_for(state, staff)
    read = await client.get(f"/v1/consultations/{consultation.id}", headers=bearer(token))
    refused = await client.patch(
        f"/v1/consultations/{consultation.id}",
        json={"slug": "another-slug"},
        headers=with_etag(token, read.headers["ETag"]),
    )
    assert refused.status_code == 422, refused.text
    assert "tracking prefix" in refused.json()["errors"][0]["msg"]


def test_the_organizations_list_documents_its_cursor_problem(state: AppState) -> None:
    operation = create_app(state.settings).openapi()["paths"]["/v1/organizations"]["get"]
    assert "400" in operation["responses"]
