"""A draft and its revision through the HTTP API, in English and in Chinese: the changes between
the versions, and every comment on the draft following its paragraph into the revision.

Rev.1 of both fixtures edits paragraph 1, deletes paragraph 2 (so 3 and its sub-paragraphs
become 2, and 4 becomes 3), edits the old 3 (b) and inserts a new paragraph 4 (so 5 and 6 keep
their numbers).
"""

import uuid
from typing import Any

import httpx
import pytest

from api.state import AppState
from tests.consultations.test_consultations_api import secretariat_headers
from tests.consultations.test_documents_api import EN_ANCHORS, fixture_text
from tests.factories import bearer, make_consultation, make_organization, make_user, token_for

EXPECTED_CHANGES: list[tuple[str, str | None, str]] = [
    ("p-1", "p-1", "unchanged"),
    ("pp1", "pp1", "unchanged"),
    ("pp2", "pp2", "unchanged"),
    ("pp3", "pp3", "unchanged"),
    ("section-1", "section-1", "unchanged"),
    ("1", "1", "modified"),
    ("2", None, "removed"),
    ("3", "2", "moved"),
    ("3.a", "2.a", "moved"),
    ("3.b", "2.b", "moved"),
    ("3.c", "2.c", "moved"),
    ("3.c.i", "2.c.i", "moved"),
    ("3.c.ii", "2.c.ii", "moved"),
    ("section-2", "section-2", "unchanged"),
    ("4", "3", "moved"),
    ("5", "5", "unchanged"),
    ("6", "6", "unchanged"),
]
EDITED = {"1", "3.b"}
QUOTES = {"en": "in rural and remote areas", "zh": "在农村和偏远地区"}


async def submit(
    client: httpx.AsyncClient,
    headers: dict[str, str],
    round_id: str,
    organization_id: uuid.UUID,
    anchor: str,
    language: str,
    quote: str | None = None,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "organization_id": str(organization_id),
        "anchor": anchor,
        "kind": "comment",
        "position": "support",
        "body": f"Our view on paragraph {anchor}.",
        "language": language,
    }
    if quote is not None:
        body["quote"] = {"exact": quote}
    response = await client.post(
        f"/v1/rounds/{round_id}/comments",
        json=body,
        headers={**headers, "Idempotency-Key": uuid.uuid4().hex},
    )
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


async def open_first_reading(
    client: httpx.AsyncClient, consultation_id: str, document_id: str, headers: dict[str, str]
) -> httpx.Response:
    """A round open from 2020 to 2099 on the document's version 1."""
    return await client.post(
        f"/v1/consultations/{consultation_id}/rounds",
        json={
            "title": "First reading",
            "document_id": document_id,
            "version": 1,
            "opens_at": "2020-01-01T00:00:00Z",
            "closes_at": "2099-01-01T00:00:00Z",
        },
        headers=headers,
    )


async def followed_into(
    client: httpx.AsyncClient, comments: dict[str, dict[str, Any]], *, version: int
) -> dict[str, tuple[str | None, str]]:
    """Each comment's ``(resolved_anchor, anchor_status)`` in ``version``, by its anchor."""
    followed = {}
    for anchor, comment in comments.items():
        resolved = await client.get(f"/v1/comments/{comment['id']}?version={version}")
        assert resolved.status_code == 200, resolved.text
        followed[anchor] = (resolved.json()["resolved_anchor"], resolved.json()["anchor_status"])
    return followed


async def revise(
    client: httpx.AsyncClient,
    secretariat: dict[str, str],
    document_id: str,
    language: str,
    content: str,
) -> None:
    """Posts ``content`` as the document's Rev.1 in ``language``."""
    document = await client.get(f"/v1/documents/{document_id}")
    revised = await client.post(
        f"/v1/documents/{document_id}/versions",
        json={"label": "Rev.1", "language": language, "content": content},
        headers={**secretariat, "If-Match": document.headers["etag"]},
    )
    assert revised.status_code == 201, revised.text


async def bilingual_first_reading(
    client: httpx.AsyncClient, state: AppState, secretariat: dict[str, str]
) -> tuple[str, str, uuid.UUID, dict[str, str]]:
    """The English zero draft with its Chinese translation, a round open on it and a verified
    organization's representative: (document id, round id, organization id, their headers)."""
    consultation = await make_consultation(state)
    imported = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Outcome", "language": "en", "content": fixture_text("draft.en.txt")},
        headers=secretariat,
    )
    assert imported.status_code == 201, imported.text
    document_id: str = imported.json()["document"]["id"]
    translated = await client.put(
        f"/v1/documents/{document_id}/versions/1/translations/zh",
        json={"content": fixture_text("draft.zh.txt")},
        headers=secretariat,
    )
    assert translated.status_code == 201, translated.text
    opened = await open_first_reading(client, str(consultation.id), document_id, secretariat)
    representative = await make_user(state)
    organization = await make_organization(state, representatives=[representative])
    return (
        document_id,
        opened.json()["id"],
        organization.id,
        bearer(await token_for(state, representative)),
    )


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_revision_changes_and_comment_resolution(
    client: httpx.AsyncClient, state: AppState, language: str
) -> None:
    secretariat = await secretariat_headers(state)
    consultation = await make_consultation(state)
    imported = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={
            "title": "Outcome document",
            "language": language,
            "content": fixture_text(f"draft.{language}.txt"),
            "label": "Zero draft",
        },
        headers=secretariat,
    )
    assert imported.status_code == 201, imported.text
    assert imported.json()["anchors"] == EN_ANCHORS
    document_id = imported.json()["document"]["id"]

    opened = await open_first_reading(client, str(consultation.id), document_id, secretariat)
    assert opened.status_code == 201, opened.text
    round_id = opened.json()["id"]

    representative = await make_user(state)
    organization = await make_organization(state, representatives=[representative])
    rep_headers = bearer(await token_for(state, representative))
    comments = {
        anchor: await submit(client, rep_headers, round_id, organization.id, anchor, language)
        for anchor in EN_ANCHORS
    }
    quoted = await submit(
        client, rep_headers, round_id, organization.id, "3.b", language, QUOTES[language]
    )

    revised = await client.post(
        f"/v1/documents/{document_id}/versions",
        json={
            "label": "Rev.1",
            "language": language,
            "content": fixture_text(f"rev1.{language}.txt"),
        },
        headers={**secretariat, "If-Match": imported.headers["etag"]},
    )
    assert revised.status_code == 201, revised.text
    assert revised.json()["version"]["number"] == revised.json()["number"] == 2

    changes = await client.get(f"/v1/documents/{document_id}/versions/2/changes")
    assert changes.status_code == 200
    body = changes.json()
    assert body["previous_version"] == 1
    assert [
        (item["old_anchor"], item["new_anchor"], item["status"]) for item in body["items"]
    ] == EXPECTED_CHANGES
    assert body["added"] == ["4"]
    for item in body["items"]:
        if item["status"] == "removed":
            assert item["similarity"] == 0.0
        elif item["old_anchor"] in EDITED:
            assert 0.5 <= item["similarity"] < 1.0
        else:
            assert item["similarity"] == 1.0

    for old_anchor, new_anchor, status in EXPECTED_CHANGES:
        comment = comments[old_anchor]
        resolved = await client.get(f"/v1/comments/{comment['id']}?version=2")
        assert resolved.status_code == 200, resolved.text
        expected_status = "orphaned" if status == "removed" else status
        assert (
            resolved.json()["resolved_anchor"],
            resolved.json()["anchor_status"],
        ) == (new_anchor, expected_status), old_anchor
        assert resolved.json()["anchor"] == old_anchor

    huge = await client.get(f"/v1/comments/{quoted['id']}?version={2**63}")
    assert huge.status_code == 422
    follows_quote = await client.get(f"/v1/comments/{quoted['id']}?version=2")

    assert follows_quote.json()["resolved_anchor"] == "2.b"
    assert follows_quote.json()["anchor_status"] == "moved"


async def test_comments_follow_a_revision_submitted_in_a_translations_language(
    client: httpx.AsyncClient, state: AppState
) -> None:
    # The zero draft is English with a Chinese translation; Rev.1 comes in Chinese, so it was
    # compared with that translation, and comments made on the English text follow it too.
    secretariat = await secretariat_headers(state)
    document_id, round_id, organization_id, rep_headers = await bilingual_first_reading(
        client, state, secretariat
    )
    comments = {
        anchor: await submit(client, rep_headers, round_id, organization_id, anchor, "en")
        for anchor in ("3.c", "4", "2")
    }
    await revise(client, secretariat, document_id, "zh", fixture_text("rev1.zh.txt"))
    assert await followed_into(client, comments, version=2) == {
        "3.c": ("2.c", "moved"),
        "4": ("3", "moved"),
        "2": (None, "orphaned"),
    }


async def test_a_comment_on_a_paragraph_deleted_and_reinstated_comes_back(
    client: httpx.AsyncClient, state: AppState
) -> None:
    # Rev.2 goes back to the zero draft's text, so paragraph 2, deleted in Rev.1, is reinstated.
    secretariat = await secretariat_headers(state)
    consultation = await make_consultation(state)
    imported = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={
            "title": "Outcome document",
            "language": "en",
            "content": fixture_text("draft.en.txt"),
        },
        headers=secretariat,
    )
    assert imported.status_code == 201, imported.text
    document_id = imported.json()["document"]["id"]
    opened = await open_first_reading(client, str(consultation.id), document_id, secretariat)
    assert opened.status_code == 201, opened.text
    representative = await make_user(state)
    organization = await make_organization(state, representatives=[representative])
    rep_headers = bearer(await token_for(state, representative))
    comment = await submit(client, rep_headers, opened.json()["id"], organization.id, "2", "en")

    etag = imported.headers["etag"]
    for label, name in (("Rev.1", "rev1.en.txt"), ("Rev.2", "draft.en.txt")):
        revised = await client.post(
            f"/v1/documents/{document_id}/versions",
            json={"label": label, "language": "en", "content": fixture_text(name)},
            headers={**secretariat, "If-Match": etag},
        )
        assert revised.status_code == 201, revised.text
        etag = revised.headers["etag"]

    expected = {2: (None, "orphaned"), 3: ("2", "unchanged")}
    for version, (anchor, status) in expected.items():
        resolved = await client.get(f"/v1/comments/{comment['id']}?version={version}")
        assert resolved.status_code == 200, resolved.text
        assert (resolved.json()["resolved_anchor"], resolved.json()["anchor_status"]) == (
            anchor,
            status,
        )


async def test_a_quote_in_the_translations_language_is_followed_in_it(
    client: httpx.AsyncClient, state: AppState
) -> None:
    # Both versions are English with a Chinese translation; comments quote the Chinese text, so
    # an unchanged paragraph stays unchanged however different the English text looks to them.
    secretariat = await secretariat_headers(state)
    document_id, round_id, organization_id, rep_headers = await bilingual_first_reading(
        client, state, secretariat
    )
    quotes = {"5": "在各自作用和责任范围内加强合作", "3.c": "老年人的数字技能", "1": "共同愿望"}
    comments = {
        anchor: await submit(client, rep_headers, round_id, organization_id, anchor, "zh", quote)
        for anchor, quote in quotes.items()
    }
    await revise(client, secretariat, document_id, "en", fixture_text("rev1.en.txt"))
    translated = await client.put(
        f"/v1/documents/{document_id}/versions/2/translations/zh",
        json={"content": fixture_text("rev1.zh.txt")},
        headers=secretariat,
    )
    assert translated.status_code == 201, translated.text
    assert await followed_into(client, comments, version=2) == {
        "5": ("5", "unchanged"),
        "3.c": ("2.c", "moved"),
        "1": ("1", "modified"),
    }


async def test_a_quoted_paragraph_recast_only_in_translation_stays_with_its_paragraph(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """Translators recast whole sentences: when Rev.1's Chinese paragraph 5 shares too little
    with the zero draft's to be paired, a comment quoting the old Chinese text still follows
    paragraph 5, which the English versions pair, only without its quote."""
    secretariat = await secretariat_headers(state)
    document_id, round_id, organization_id, rep_headers = await bilingual_first_reading(
        client, state, secretariat
    )
    comment = await submit(
        client, rep_headers, round_id, organization_id, "5", "zh", "在各自作用和责任范围内加强合作"
    )
    await revise(client, secretariat, document_id, "en", fixture_text("rev1.en.txt"))
    recast = fixture_text("rev1.zh.txt").replace(
        "5. 我们呼吁所有利益攸关方在各自作用和责任范围内加强合作，以应对新出现的问题。",
        "5. 为处理新兴议题，各方利益攸关者须依其职能与职责深化协作。",
    )
    assert recast != fixture_text("rev1.zh.txt")
    translated = await client.put(
        f"/v1/documents/{document_id}/versions/2/translations/zh",
        json={"content": recast},
        headers=secretariat,
    )
    assert translated.status_code == 201, translated.text
    assert await followed_into(client, {"5": comment}, version=2) == {"5": ("5", "modified")}
