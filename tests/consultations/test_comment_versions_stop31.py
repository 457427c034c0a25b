"""A comment read in a later version of its document, through the HTTP API: where its quote is in
that version (``resolved_quote``), a quote in a language a version lacks, the ``?version=`` query
and version labels."""

import asyncio
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from api.cli import main
from api.state import AppState
from tests.consultations.test_consultations_api import secretariat_headers
from tests.consultations.test_revisions import open_first_reading, submit
from tests.factories import bearer, make_consultation, make_organization, make_user, token_for

# Per language: version 1 and version 2 of a short draft. Version 2 splits paragraph 1, inserting
# ", safe" / "、安全" in the quoted words, resolves the bracketed alternatives of paragraph 2 and
# renumbers the last paragraph.
DRAFTS = {
    "en": (
        "1. We commit to strengthen digital skills for all, and to achieve meaningful and "
        "affordable connectivity for schools and hospitals by 2030.\n\n"
        "2. We decide to establish [a scientific panel] [an independent international "
        "scientific panel] on artificial intelligence.\n\n"
        "3. We decide to review progress at the eighty-fifth session of the General Assembly.\n",
        "1. We commit to strengthen digital skills for all.\n\n"
        "2. We also commit to achieve meaningful, safe and affordable connectivity for schools "
        "and hospitals by 2030.\n\n"
        "3. We decide to establish an independent international scientific panel on artificial "
        "intelligence.\n\n"
        "4. We decide to review progress at the eighty-fifth session of the General Assembly.\n",
    ),
    "zh": (
        "1. 我们承诺加强人人享有的数字技能，并到2030年为学校和医院实现有意义且负担得起的连通。\n\n"
        "2. 我们决定设立[一个科学小组][一个独立国际科学小组]，负责人工智能问题。\n\n"
        "3. 我们决定在大会第八十五届会议上审查进展情况。\n",
        "1. 我们承诺加强人人享有的数字技能。\n\n"
        "2. 我们还承诺到2030年为学校和医院实现有意义、安全且负担得起的连通。\n\n"
        "3. 我们决定设立一个独立国际科学小组，负责人工智能问题。\n\n"
        "4. 我们决定在大会第八十五届会议上审查进展情况。\n",
    ),
}
# Per language: (anchor, quote, anchor in version 2, the quote as version 2 prints it).
QUOTED = {
    "en": [
        (
            "1",
            "meaningful and affordable connectivity",
            "2",
            "meaningful, safe and affordable connectivity",
        ),
        ("2", "[a scientific panel]", "3", None),
        ("3", "eighty-fifth session", "4", "eighty-fifth session"),
        ("3", None, "4", None),
    ],
    "zh": [
        ("1", "有意义且负担得起的连通", "2", "有意义、安全且负担得起的连通"),
        ("2", "[一个科学小组]", "3", None),
        ("3", "第八十五届会议", "4", "第八十五届会议"),
        ("3", None, "4", None),
    ],
}


async def first_reading(
    client: httpx.AsyncClient, state: AppState, language: str, content: str
) -> tuple[str, str, uuid.UUID, dict[str, str], dict[str, str]]:
    """A document with ``content`` as version 1 and a round open on it: (document id, round id,
    organization id, a representative's headers, the secretariat's headers)."""
    secretariat = await secretariat_headers(state)
    consultation = await make_consultation(state)
    imported = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Outcome", "language": language, "content": content},
        headers=secretariat,
    )
    assert imported.status_code == 201, imported.text
    document_id: str = imported.json()["document"]["id"]
    opened = await open_first_reading(client, str(consultation.id), document_id, secretariat)
    assert opened.status_code == 201, opened.text
    representative = await make_user(state)
    organization = await make_organization(state, representatives=[representative])
    headers = bearer(await token_for(state, representative))
    return document_id, opened.json()["id"], organization.id, headers, secretariat


async def put_translation(
    client: httpx.AsyncClient,
    secretariat: dict[str, str],
    document_id: str,
    version: int,
    language: str,
    content: str,
) -> None:
    translated = await client.put(
        f"/v1/documents/{document_id}/versions/{version}/translations/{language}",
        json={"content": content},
        headers=secretariat,
    )
    assert translated.status_code == 201, translated.text


async def post_version(
    client: httpx.AsyncClient,
    secretariat: dict[str, str],
    document_id: str,
    content: str,
    language: str = "en",
    label: str | None = None,
) -> httpx.Response:
    body: dict[str, Any] = {"language": language, "content": content}
    if label is not None:
        body["label"] = label
    return await client.post(
        f"/v1/documents/{document_id}/versions", json=body, headers=secretariat
    )


# --------------------------------------------------------------------------- resolved_quote


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_the_quote_is_given_as_the_later_version_prints_it(
    client: httpx.AsyncClient, state: AppState, language: str
) -> None:
    first, second = DRAFTS[language]
    document_id, round_id, organization_id, headers, secretariat = await first_reading(
        client, state, language, first
    )
    comments = [
        (
            await submit(client, headers, round_id, organization_id, anchor, language, quote),
            resolved,
            printed,
        )
        for anchor, quote, resolved, printed in QUOTED[language]
    ]
    assert (await post_version(client, secretariat, document_id, second, language)).is_success
    paragraphs = (await client.get(f"/v1/documents/{document_id}/versions/2/paragraphs")).json()
    texts = {paragraph["anchor"]: paragraph["text"] for paragraph in paragraphs["items"]}

    for comment, resolved, printed in comments:
        body = (await client.get(f"/v1/comments/{comment['id']}", params={"version": 2})).json()
        assert (body["resolved_anchor"], body["anchor_status"]) == (resolved, "moved")
        if printed is None:
            # The comment has no quote, or its quote was dropped: its alternative was not kept.
            assert body["resolved_quote"] is None
            continue
        quote = body["resolved_quote"]
        assert quote["type"] == "TextQuoteSelector"
        assert quote["exact"] == printed
        assert quote["language"] == language
        # The context is the paragraph's own text around it, so a client can highlight it there.
        text = texts[resolved]
        assert (quote["prefix"] or "") + quote["exact"] + (quote["suffix"] or "") in text

    # Read in its own version, a quote is where it was submitted.
    quoted = comments[0][0]
    same = (await client.get(f"/v1/comments/{quoted['id']}", params={"version": 1})).json()
    assert same["resolved_quote"]["exact"] == quoted["quote"]["exact"]
    # Without ?version= there is nothing resolved.
    plain = (await client.get(f"/v1/comments/{quoted['id']}")).json()
    assert "resolved_quote" not in plain


FRENCH = (
    "1. Nous nous engageons à renforcer les compétences numériques de tous, et à assurer une "
    "connectivité utile et abordable pour les écoles et les hôpitaux d'ici à 2030.\n\n"
    "2. Nous décidons de créer [un groupe scientifique] [un groupe scientifique international "
    "indépendant] sur l'intelligence artificielle.\n\n"
    "3. Nous décidons d'examiner les progrès à la quatre-vingt-cinquième session de "
    "l'Assemblée générale.\n",
    "1. Nous nous engageons à renforcer les compétences numériques de tous.\n\n"
    "2. Nous nous engageons aussi à assurer une connectivité utile, sûre et abordable pour les "
    "écoles et les hôpitaux d'ici à 2030.\n\n"
    "3. Nous décidons de créer un groupe scientifique international indépendant sur "
    "l'intelligence artificielle.\n\n"
    "4. Nous décidons d'examiner les progrès à la quatre-vingt-cinquième session de "
    "l'Assemblée générale.\n",
)


async def test_a_quote_in_a_language_a_version_lacks_is_followed_once_it_has_it(
    client: httpx.AsyncClient, state: AppState
) -> None:
    first, second = DRAFTS["en"]
    document_id, round_id, organization_id, headers, secretariat = await first_reading(
        client, state, "en", first
    )
    await put_translation(client, secretariat, document_id, 1, "fr", FRENCH[0])
    comment = await submit(
        client, headers, round_id, organization_id, "1", "fr", "connectivité utile et abordable"
    )
    assert (await post_version(client, secretariat, document_id, second)).is_success
    path = f"/v1/comments/{comment['id']}"

    # Version 2 has no French text yet: only the anchor is followed (to the split's head).
    before = (await client.get(path, params={"version": 2})).json()
    assert (before["resolved_anchor"], before["resolved_quote"]) == ("1", None)

    await put_translation(client, secretariat, document_id, 2, "fr", FRENCH[1])
    after = (await client.get(path, params={"version": 2})).json()
    assert after["resolved_anchor"] == "2"
    assert after["resolved_quote"]["exact"] == "connectivité utile, sûre et abordable"
    assert after["resolved_quote"]["language"] == "fr"


# --------------------------------------------------------------------------- ?version= and labels


@pytest.mark.parametrize("version", ["2.0", "abc", "0", "-1", "+2", "2e0", " 2"])
async def test_a_version_that_is_not_a_whole_number_is_422(
    client: httpx.AsyncClient, state: AppState, version: str
) -> None:
    first, second = DRAFTS["en"]
    document_id, round_id, organization_id, headers, secretariat = await first_reading(
        client, state, "en", first
    )
    comment = await submit(client, headers, round_id, organization_id, "1", "en")
    assert (await post_version(client, secretariat, document_id, second)).is_success
    path = f"/v1/comments/{comment['id']}"
    refused = await client.get(path, params={"version": version})
    assert refused.status_code == 422, refused.text
    assert refused.json()["errors"][0]["loc"] == ["query", "version"]
    # A whole number naming no version is 404; the number of a version is read.
    assert (await client.get(path, params={"version": "3"})).status_code == 404
    assert (await client.get(path, params={"version": "2"})).json()["resolved_anchor"] == "1"
    # In the path, a segment that cannot name a version is 404 like one naming none.
    paragraphs = f"/v1/documents/{document_id}/versions/{version}/paragraphs"
    assert (await client.get(paragraphs.replace(" ", "%20"))).status_code == 404


async def test_two_versions_of_a_document_may_not_share_a_label(
    client: httpx.AsyncClient, state: AppState
) -> None:
    first, second = DRAFTS["en"]
    document_id, _, _, _, secretariat = await first_reading(client, state, "en", first)
    assert (await post_version(client, secretariat, document_id, second, label="Rev.1")).is_success
    again = await post_version(client, secretariat, document_id, second, label="rev. 1 ")
    assert again.status_code == 409, again.text
    assert again.json()["detail"].startswith("Version 2 of this document")
    assert again.json()["errors"][0]["loc"] == ["body", "label"]
    # The default label ("Rev.<n-1>") may be taken too: version 4 would be "Rev.3".
    taken = await post_version(client, secretariat, document_id, second, label="Rev.3")
    assert taken.status_code == 201, taken.text
    default = await post_version(client, secretariat, document_id, second)
    assert default.status_code == 409, default.text
    assert default.json()["detail"].startswith("Version 3 of this document")
    versions = (await client.get(f"/v1/documents/{document_id}")).json()["versions"]
    assert [version["label"] for version in versions] == [None, "Rev.1", "Rev.3"]


async def test_the_command_line_names_the_version_holding_a_label(
    database_url: str, client: httpx.AsyncClient, state: AppState, tmp_path: Path
) -> None:
    first, second = DRAFTS["en"]
    document_id, _, _, _, secretariat = await first_reading(client, state, "en", first)
    assert (await post_version(client, secretariat, document_id, second, label="Rev.1")).is_success
    revision = tmp_path / "rev1.txt"
    revision.write_text(second, encoding="utf-8")
    arguments = ["documents", "import", str(revision), "--document", document_id]
    result = await asyncio.to_thread(
        CliRunner().invoke,
        main,
        [*arguments, "--label", "Rev.1"],
        env={"PLENARY_DATABASE_URL": database_url, "PLENARY_ACCESS_LOG": "0"},
    )
    assert result.exit_code == 1, result.output
    assert result.stderr.strip().splitlines() == [
        "Error: Version 2 of this document is already labelled 'Rev.1'; give this version "
        "another label. (label)"
    ]
