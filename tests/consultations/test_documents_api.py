"""Documents, versions, translations, paragraphs and limits through the HTTP API."""

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner, Result

from api.cli import main
from api.state import AppState
from consultations.documents import anchor_mismatch
from core.pagination import encode_cursor
from tests.consultations.test_consultations_api import capture_events, secretariat_headers
from tests.factories import bearer, make_consultation, make_user, token_for

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "documents"
EN_ANCHORS = [
    "p-1",
    "pp1",
    "pp2",
    "pp3",
    "section-1",
    "1",
    "2",
    "3",
    "3.a",
    "3.b",
    "3.c",
    "3.c.i",
    "3.c.ii",
    "section-2",
    "4",
    "5",
    "6",
]


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def draft_body(name: str = "draft.en.txt", language: str = "en", **extra: Any) -> dict[str, Any]:
    return {
        "title": "Outcome document",
        "symbol": "A/80/L.1",
        "language": language,
        "format": "markdown" if name.endswith(".md") else "text",
        "content": fixture_text(name),
        **extra,
    }


async def import_draft(
    client: httpx.AsyncClient,
    headers: dict[str, str],
    consultation: str,
    name: str = "draft.en.txt",
    language: str = "en",
) -> httpx.Response:
    response = await client.post(
        f"/v1/consultations/{consultation}/documents",
        json=draft_body(name, language),
        headers=headers,
    )
    assert response.status_code == 201, response.text
    return response


def test_anchor_mismatch_names_missing_extra_and_misplaced_anchors() -> None:
    assert anchor_mismatch(["1", "2"], ["1", "2"]) == []
    [missing] = anchor_mismatch(["1", "2", "3"], ["1", "3"])
    assert missing.msg == "missing anchors: 2"
    assert missing.loc == ("body", "content")
    first, missing, extra = anchor_mismatch(["1", "2"], ["1", "2b", "3"])
    assert first.msg == (
        "first difference: the 2nd paragraph of this text is anchored `2b`, the original's 2nd "
        "is `2`"
    )
    assert missing.msg == "missing anchors: 2"
    assert extra.msg == "anchors not in the original: 2b, 3"
    [order] = anchor_mismatch(["1", "2", "3"], ["1", "3", "2"])
    assert "the 2nd paragraph of this text is anchored `3`" in order.msg
    shifted = anchor_mismatch(["pp1", "p-2", "1", "p-4"], ["pp1", "p-2", "p-3", "1", "p-5"])
    assert shifted[0].msg == (
        "first difference: the 3rd paragraph of this text is anchored `p-3`, the original's 3rd "
        "is `1`"
    )
    # p-5 is the original's p-4, counted one further on: no difference of its own.
    assert [error.msg for error in shifted[1:]] == [
        "anchors not in the original: p-3",
        "p-N and ppN anchors count paragraphs, so those below a difference move with it: p-5 "
        "here is the original's p-4; they are not differences of their own and move back once "
        "it is fixed",
    ]
    many = anchor_mismatch([str(n) for n in range(100)], [])
    assert many[0].msg.endswith("and 50 more")


async def test_import_returns_anchors_tree_and_warnings(
    client: httpx.AsyncClient, state: AppState
) -> None:
    events = capture_events(state)
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    response = await import_draft(client, headers, str(consultation.id))
    body = response.json()
    assert body["paragraph_count"] == len(EN_ANCHORS)
    assert body["anchors"] == EN_ANCHORS
    assert body["changes"] is None
    assert body["document"]["title"] == "Outcome document"
    assert body["document"]["symbol"] == "A/80/L.1"
    assert body["document"]["latest_version"] == 1
    assert body["version"]["number"] == 1
    assert body["version"]["languages"] == ["en"]
    assert [w["line"] for w in body["warnings"]] == [1]
    sections = {node["anchor"]: node for node in body["tree"]}
    assert [child["anchor"] for child in sections["section-1"]["children"]] == ["1", "2", "3"]
    three = sections["section-1"]["children"][2]
    assert [child["anchor"] for child in three["children"]] == ["3.a", "3.b", "3.c"]
    assert [child["anchor"] for child in three["children"][2]["children"]] == [
        "3.c.i",
        "3.c.ii",
    ]
    document_id = body["document"]["id"]
    assert body["id"] == body["document_id"] == document_id
    assert body["number"] == 1
    assert response.headers["location"] == f"/v1/documents/{document_id}/versions/1"
    assert response.headers["etag"]
    assert [(e.name, e.subject_id) for e in events] == [("document.created", document_id)]
    assert events[0].consultation_id == consultation.id

    listing = await client.get(f"/v1/consultations/{consultation.slug}/documents")
    assert [item["id"] for item in listing.json()["items"]] == [document_id]


async def test_reading_documents_versions_and_paragraphs(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    imported = (await import_draft(client, headers, str(consultation.id))).json()
    document_id = imported["document"]["id"]

    document = await client.get(f"/v1/documents/{document_id}")
    assert document.status_code == 200
    assert document.headers["etag"]
    assert [v["number"] for v in document.json()["versions"]] == [1]
    assert document.json()["versions"][0]["paragraph_count"] == len(EN_ANCHORS)

    version = await client.get(f"/v1/documents/{document_id}/versions/1")
    assert version.status_code == 200
    assert version.json()["texts"][0]["is_original"] is True
    assert version.json()["texts"][0]["warnings"][0]["line"] == 1

    paragraphs = await client.get(f"/v1/documents/{document_id}/versions/1/paragraphs")
    assert paragraphs.status_code == 200
    assert paragraphs.json()["next_cursor"] is None
    items = paragraphs.json()["items"]
    assert [item["anchor"] for item in items] == EN_ANCHORS
    item = items[EN_ANCHORS.index("3.c.i")]
    assert item == {
        "anchor": "3.c.i",
        "label": "3 (c) (i)",
        "kind": "subparagraph",
        "parent": "3.c",
        "ordinal": item["ordinal"],
        "heading_path": ["I. Introduction"],
        "text": "Community training programmes run by local libraries;",
    }
    assert [i["ordinal"] for i in items] == sorted(i["ordinal"] for i in items)

    url = f"/v1/documents/{document_id}/versions/1/paragraphs"
    paged: list[dict[str, object]] = []
    page = await client.get(url, params={"limit": 3})
    while True:
        assert page.status_code == 200
        assert len(page.json()["items"]) <= 3
        paged.extend(page.json()["items"])
        if page.json()["next_cursor"] is None:
            assert "Link" not in page.headers
            break
        assert page.headers["Link"].endswith('>; rel="next"')
        page = await client.get(page.headers["Link"][1 : page.headers["Link"].index(">")])
    assert paged == items
    for params in ({"limit": 0}, {"limit": 201}):
        assert (await client.get(url, params=params)).status_code == 422
    # Garbage, another list's cursor, a forged one whose position is a boolean: all 400.
    for cursor in ("garbage", encode_cursor("audit", [1]), "WyJwYXJhZ3JhcGhzIix0cnVlXQ"):
        assert (await client.get(url, params={"cursor": cursor})).status_code == 400, cursor

    missing_language = await client.get(
        f"/v1/documents/{document_id}/versions/1/paragraphs?language=fr"
    )
    assert missing_language.status_code == 404
    assert "en" in missing_language.json()["detail"]
    bad_language = await client.get(
        f"/v1/documents/{document_id}/versions/1/paragraphs?language=klingon"
    )
    assert bad_language.status_code == 422
    no_changes = await client.get(f"/v1/documents/{document_id}/versions/1/changes")
    assert no_changes.status_code == 404
    assert "no previous version" in no_changes.json()["detail"]
    assert (await client.get(f"/v1/documents/{document_id}/versions/2")).status_code == 404
    assert (await client.get("/v1/documents/not-an-id")).status_code == 404
    # No version number (beyond what the database's integer holds, not a number, not positive):
    # no such version, 404 as for an id that is no id, not a database error.
    for number in (2**31, "abc", 0, "1.5"):
        for path in ("", "/paragraphs", "/changes"):
            url = f"/v1/documents/{document_id}/versions/{number}{path}"
            unknown = await client.get(url)
            assert unknown.status_code == 404, url
            assert unknown.headers["content-type"] == "application/problem+json"
            assert unknown.json()["type"].endswith("/not-found")
            assert unknown.json()["errors"][0]["loc"] == ["path", "number"]
            assert "number" in unknown.json()["detail"]


async def test_limits_and_unstructured_text(client: httpx.AsyncClient, state: AppState) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    url = f"/v1/consultations/{consultation.id}/documents"
    limit = state.settings.max_document_bytes
    assert limit == 2 * 1024 * 1024

    too_big = await client.post(
        url, json={**draft_body(), "content": "1. " + "x" * limit}, headers=headers
    )
    assert too_big.status_code == 413
    assert too_big.headers["content-type"] == "application/problem+json"
    # Counted in UTF-8 bytes: 700 000 ideographs are 2.1 MB.
    wide = await client.post(
        url, json={**draft_body(), "content": "1. " + "字" * 700_000}, headers=headers
    )
    assert wide.status_code == 413

    prose = "Just a letter.\nWith no numbers at all, and no headings.\n\nKind regards."
    unstructured = await client.post(url, json={**draft_body(), "content": prose}, headers=headers)
    assert unstructured.status_code == 201, unstructured.text
    assert unstructured.json()["anchors"] == ["p-1", "p-2", "p-3"]
    assert unstructured.json()["warnings"][0]["message"].startswith(
        "no numbered paragraphs or numbered headings found"
    )
    furniture = await client.post(
        url, json={**draft_body(), "content": "A/80/L.1\n\n2/14\n"}, headers=headers
    )
    assert furniture.status_code == 422
    errors = furniture.json()["errors"]
    assert errors[0]["loc"] == ["body", "content", "line", 1]
    assert errors[0]["msg"]
    empty = await client.post(url, json={**draft_body(), "content": ""}, headers=headers)
    assert empty.status_code == 422


async def test_document_authorization(client: httpx.AsyncClient, state: AppState) -> None:
    facilitator = await make_user(state)
    consultation_a = await make_consultation(state, facilitators=[facilitator])
    consultation_b = await make_consultation(state)
    restricted_c = await make_consultation(state, visibility="restricted")
    facilitator_headers = bearer(await token_for(state, facilitator))

    own = await client.post(
        f"/v1/consultations/{consultation_a.id}/documents",
        json=draft_body(),
        headers=facilitator_headers,
    )
    assert own.status_code == 201
    other = await client.post(
        f"/v1/consultations/{consultation_b.id}/documents",
        json=draft_body(),
        headers=facilitator_headers,
    )
    assert other.status_code == 403
    hidden = await client.post(
        f"/v1/consultations/{restricted_c.id}/documents",
        json=draft_body(),
        headers=facilitator_headers,
    )
    assert hidden.status_code == 404
    registered = bearer(await token_for(state, await make_user(state)))
    assert (
        await client.post(
            f"/v1/consultations/{consultation_a.id}/documents",
            json=draft_body(),
            headers=registered,
        )
    ).status_code == 403
    assert (
        await client.post(f"/v1/consultations/{consultation_a.id}/documents", json=draft_body())
    ).status_code == 401
    no_scope = bearer(await token_for(state, facilitator, scopes=["comments:write"]))
    assert (
        await client.post(
            f"/v1/consultations/{consultation_a.id}/documents",
            json=draft_body(),
            headers=no_scope,
        )
    ).status_code == 403

    document_id = own.json()["document"]["id"]
    secretariat = await secretariat_headers(state)
    b_document = (await import_draft(client, secretariat, str(consultation_b.id))).json()
    c_document = (await import_draft(client, secretariat, str(restricted_c.id))).json()
    revision = {"label": "Rev.1", "language": "en", "content": fixture_text("rev1.en.txt")}
    assert (
        await client.post(
            f"/v1/documents/{document_id}/versions", json=revision, headers=facilitator_headers
        )
    ).status_code == 201
    assert (
        await client.post(
            f"/v1/documents/{b_document['document']['id']}/versions",
            json=revision,
            headers=facilitator_headers,
        )
    ).status_code == 403
    assert (
        await client.post(
            f"/v1/documents/{c_document['document']['id']}/versions",
            json=revision,
            headers=facilitator_headers,
        )
    ).status_code == 404
    restricted_id = c_document["document"]["id"]
    assert (await client.get(f"/v1/documents/{restricted_id}")).status_code == 404
    assert (
        await client.get(f"/v1/documents/{restricted_id}/versions/1/paragraphs")
    ).status_code == 404
    assert (
        await client.get(f"/v1/documents/{restricted_id}", headers=secretariat)
    ).status_code == 200


async def test_new_versions_honour_if_match_and_language(
    client: httpx.AsyncClient, state: AppState
) -> None:
    events = capture_events(state)
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    imported = await import_draft(client, headers, str(consultation.id))
    document_id = imported.json()["document"]["id"]
    url = f"/v1/documents/{document_id}/versions"
    revision = {"language": "en", "content": fixture_text("rev1.en.txt")}

    stale = await client.post(url, json=revision, headers={**headers, "If-Match": '"x.0"'})
    assert stale.status_code == 412
    wrong_language = await client.post(url, json={**revision, "language": "fr"}, headers=headers)
    assert wrong_language.status_code == 422
    assert wrong_language.json()["errors"][0]["loc"] == ["body", "language"]
    created = await client.post(
        url, json=revision, headers={**headers, "If-Match": imported.headers["etag"]}
    )
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["version"]["number"] == 2
    assert body["version"]["label"] == "Rev.1"
    assert body["document"]["latest_version"] == 2
    assert body["changes"] == {
        "unchanged": 8,
        "modified": 1,
        "moved": 7,
        "removed": 1,
        "added": 1,
    }
    assert created.headers["etag"] != imported.headers["etag"]
    again = await client.post(
        url, json=revision, headers={**headers, "If-Match": imported.headers["etag"]}
    )
    assert again.status_code == 412
    assert [e.name for e in events] == ["document.created", "document.version_created"]
    assert events[1].data["version"] == 2


async def test_translations_must_match_the_anchors(
    client: httpx.AsyncClient, state: AppState
) -> None:
    events = capture_events(state)
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    imported = (await import_draft(client, headers, str(consultation.id))).json()
    document_id = imported["document"]["id"]
    url = f"/v1/documents/{document_id}/versions/1/translations"
    chinese = fixture_text("draft.zh.txt")

    first = await client.put(f"{url}/zh", json={"content": chinese}, headers=headers)
    assert first.status_code == 201, first.text
    assert first.json()["paragraph_count"] == len(EN_ANCHORS)
    assert first.json()["replaced"] is False
    assert first.headers["etag"]
    location = f"/v1/documents/{document_id}/versions/1/paragraphs?language=zh"
    assert first.headers["location"] == location
    paragraphs = await client.get(location)
    items = paragraphs.json()["items"]
    assert [item["anchor"] for item in items] == EN_ANCHORS
    assert items[EN_ANCHORS.index("3.c.i")]["label"] == "3 （c） ㈠"
    assert items[EN_ANCHORS.index("3.c.i")]["text"] == "由当地图书馆开展的社区培训方案；"
    version = await client.get(f"/v1/documents/{document_id}/versions/1")
    assert version.json()["languages"] == ["en", "zh"]
    assert version.headers["etag"] == first.headers["etag"]

    replaced = await client.put(
        f"{url}/ZH",
        json={"content": chinese.replace("治理", "治理问题")},
        headers={**headers, "If-Match": version.headers["etag"]},
    )
    assert replaced.status_code == 200
    assert (await client.get(f"/v1/documents/{document_id}/versions/1")).headers["etag"] == (
        replaced.headers["etag"]
    )
    assert replaced.headers["etag"] != version.headers["etag"]
    assert replaced.json()["replaced"] is True
    assert replaced.json()["language"] == "zh"

    without_five = chinese.replace(
        "5. 我们呼吁所有利益攸关方在各自作用和责任范围内加强合作，以应对新出现的问题。\n\n", ""
    )
    mismatch = await client.put(f"{url}/zh-Hans", json={"content": without_five}, headers=headers)
    assert mismatch.status_code == 422
    missing_five, *where = [error["msg"] for error in mismatch.json()["errors"]]
    assert missing_five == "missing anchors: 5"
    assert where[0].startswith(
        "the 16th paragraph of this text is anchored `6` at line 28: “我们请秘书长"
    )
    assert where[0].endswith(
        "the original's 16th is anchored `5`: “We call for strengthened cooperation among "
        "all stakeholders, in their…”"
    )
    assert where == where[:1]
    [warning] = [w for w in mismatch.json()["warnings"] if w["line"] == 28]
    assert warning["message"] == "paragraph 6 where 5 was expected"
    assert warning["excerpt"].startswith("6. 我们请秘书长")
    with_seven = chinese + "\n7. 我们决定继续处理这个问题。\n"
    extra = await client.put(f"{url}/fr", json={"content": with_seven}, headers=headers)
    assert extra.status_code == 422
    extra_seven, *where = [error["msg"] for error in extra.json()["errors"]]
    assert extra_seven == "anchors not in the original: 7"
    assert "7, not in the original, is line 32: “我们决定继续处理这个问题。”" in where
    original = await client.put(f"{url}/en", json={"content": chinese}, headers=headers)
    assert original.status_code == 409
    bad_tag = await client.put(f"{url}/klingon", json={"content": chinese}, headers=headers)
    assert bad_tag.status_code == 404  # a path segment naming nothing
    unknown_version = await client.put(
        f"/v1/documents/{document_id}/versions/9/translations/zh",
        json={"content": chinese},
        headers=headers,
    )
    assert unknown_version.status_code == 404
    stale = await client.put(
        f"{url}/ar", json={"content": chinese}, headers={**headers, "If-Match": '"old.1"'}
    )
    assert stale.status_code == 412
    assert [e.name for e in events] == [
        "document.created",
        "document.translation_set",
        "document.translation_set",
    ]
    assert events[2].data == {"version": 1, "language": "zh", "replaced": True}


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_revision_in_a_translated_language(
    client: httpx.AsyncClient, state: AppState, language: str
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    imported = (await import_draft(client, headers, str(consultation.id))).json()
    document_id = imported["document"]["id"]
    await client.put(
        f"/v1/documents/{document_id}/versions/1/translations/zh",
        json={"content": fixture_text("draft.zh.txt")},
        headers=headers,
    )
    revision = await client.post(
        f"/v1/documents/{document_id}/versions",
        json={"language": language, "content": fixture_text(f"rev1.{language}.txt")},
        headers=headers,
    )
    assert revision.status_code == 201, revision.text
    assert revision.json()["version"]["language"] == language
    assert revision.json()["changes"]["removed"] == 1


# --------------------------------------------------------------------------- command line


async def run_cli(database_url: str, *args: str) -> Result:
    """The CLI runs its own event loop, so it goes to a thread here."""
    runner = CliRunner()
    return await asyncio.to_thread(
        runner.invoke, main, list(args), env={"PLENARY_DATABASE_URL": database_url}
    )


async def test_cli_imports_drafts_and_revisions(
    client: httpx.AsyncClient, state: AppState, database_url: str, tmp_path: Path
) -> None:
    consultation = await make_consultation(state, slug="wsis-review")
    draft = tmp_path / "outcome.zh.txt"
    draft.write_text(fixture_text("draft.zh.txt"), encoding="utf-8")

    first = await run_cli(
        database_url, "documents", "import", str(draft), "--consultation", "wsis-review"
    )
    assert first.exit_code == 0, first.output
    lines = first.stdout.splitlines()
    assert lines[0].startswith("outcome: document ")
    assert "version 1 (zh), 17 paragraphs, 1 warning" in lines[0]
    assert "section-1 [一]  导言" in lines
    assert "      3.c.i [3 （c） ㈠]  由当地图书馆开展的社区培训方案；" in lines
    assert "  3 [3]  我们承诺采取以下行动：" in lines
    assert first.stderr.strip() == "warning: line 1: front matter skipped: 信息社会审查成果文件草案"

    listing = (await client.get("/v1/consultations/wsis-review/documents")).json()["items"]
    assert [item["title"] for item in listing] == ["outcome"]
    assert listing[0]["language"] == "zh"
    document_id = listing[0]["id"]
    audit = await client.get(
        f"/v1/audit?consultation_id={consultation.id}&event=document.created",
        headers=await secretariat_headers(state),
    )
    assert [entry["subject_id"] for entry in audit.json()["items"]] == [document_id]

    revision = tmp_path / "rev1.zh.txt"
    revision.write_text(fixture_text("rev1.zh.txt"), encoding="utf-8")
    second = await run_cli(
        database_url,
        "documents",
        "import",
        str(revision),
        "--document",
        document_id,
        "--label",
        "Rev.1",
    )
    assert second.exit_code == 0, second.output
    assert "version 2 (zh)" in second.stdout
    assert "8 unchanged, 1 modified, 7 moved, 1 removed, 1 added" in second.stdout

    markdown = tmp_path / "compact.md"
    markdown.write_text(fixture_text("compact.en.md"), encoding="utf-8")
    third = await run_cli(
        database_url,
        "documents",
        "import",
        str(markdown),
        "--consultation",
        str(consultation.id),
        "--title",
        "Compact",
        "--symbol",
        "A/79/L.2",
    )
    assert third.exit_code == 0, third.output
    assert "Compact: document" in third.stdout
    # Under "## Actions"; the "# Global Digital Compact" title is skipped, as in plain text.
    assert "  objective-1 [Objective 1]  Close the digital divides" in third.stdout.splitlines()
    assert (await client.get(f"/v1/documents/{document_id}")).json()["latest_version"] == 2


async def test_cli_refuses_bad_input_in_one_line(
    state: AppState, database_url: str, tmp_path: Path
) -> None:
    await make_consultation(state, slug="wsis-review")
    furniture = tmp_path / "furniture.txt"
    furniture.write_text("A/80/L.1\n\n2/14\n", encoding="utf-8")
    binary = tmp_path / "scan.txt"
    # Not FF FE first: that is UTF-16's byte order mark, and the file is read as UTF-16.
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00garbage")
    good = tmp_path / "draft.txt"
    good.write_text(fixture_text("draft.en.txt"), encoding="utf-8")
    cases = [
        ((str(good), "--consultation", "nowhere"), "No such consultation", 1),
        ((str(tmp_path / "missing.txt"), "--consultation", "wsis-review"), "cannot read", 1),
        ((str(binary), "--consultation", "wsis-review"), "not UTF-8", 1),
        ((str(furniture), "--consultation", "wsis-review"), "content.line.1", 1),
        ((str(good), "--consultation", "wsis-review", "--language", "elvish"), "language", 2),
        ((str(good),), "--consultation", 2),
        ((str(good), "--document", "0190a9a4-6c1e-7000-8000-000000000000"), "No such document", 1),
    ]
    for args, fragment, exit_code in cases:
        result = await run_cli(database_url, "documents", "import", *args)
        assert result.exit_code == exit_code, (args, result.output)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert fragment in result.stderr, result.stderr
        assert "Traceback" not in result.output
    help_text = await run_cli(database_url, "documents", "import", "--help")
    assert help_text.exit_code == 0
    assert "--consultation" in help_text.stdout


async def test_documents_are_renamed_and_deleted_with_if_match(
    client: httpx.AsyncClient, state: AppState
) -> None:
    events = capture_events(state)
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    imported = (await import_draft(client, headers, str(consultation.id))).json()
    url = f"/v1/documents/{imported['document']['id']}"
    etag = (await client.get(url)).headers["etag"]

    assert (await client.patch(url, json={"title": "T"}, headers=headers)).status_code == 428
    stale = {**headers, "If-Match": '"stale"'}
    assert (await client.patch(url, json={"title": "T"}, headers=stale)).status_code == 412
    assert (await client.patch(url, json={"title": "T"})).status_code == 401
    outsider = bearer(await token_for(state, await make_user(state)))
    denied = await client.patch(url, json={"title": "T"}, headers={**outsider, "If-Match": etag})
    assert denied.status_code == 403
    with_etag = {**headers, "If-Match": etag}
    assert (await client.patch(url, json={"content": "x"}, headers=with_etag)).status_code == 422
    assert (await client.patch(url, json={"title": None}, headers=with_etag)).status_code == 422
    renamed = await client.patch(
        url, json={"title": "Zero draft of the outcome", "symbol": None}, headers=with_etag
    )
    assert renamed.status_code == 200, renamed.text
    assert (renamed.json()["title"], renamed.json()["symbol"]) == (
        "Zero draft of the outcome",
        None,
    )
    assert renamed.headers["etag"] != etag
    assert (await client.get(url)).json()["title"] == "Zero draft of the outcome"

    round_body = {
        "title": "First round",
        "document_id": imported["document"]["id"],
        "version": 1,
        "opens_at": "2030-01-01T00:00:00Z",
        "closes_at": "2030-02-01T00:00:00Z",
    }
    rounds_url = f"/v1/consultations/{consultation.id}/rounds"
    assert (await client.post(rounds_url, json=round_body, headers=headers)).status_code == 201
    in_use = {**headers, "If-Match": renamed.headers["etag"]}
    assert (await client.delete(url, headers=in_use)).status_code == 409
    assert (await client.get(url)).status_code == 200

    unused = (await import_draft(client, headers, str(consultation.id))).json()
    unused_url = f"/v1/documents/{unused['document']['id']}"
    assert (await client.delete(unused_url, headers=headers)).status_code == 428
    unused_etag = (await client.get(unused_url)).headers["etag"]
    deleted = await client.delete(unused_url, headers={**headers, "If-Match": unused_etag})
    assert deleted.status_code == 204
    assert (await client.get(unused_url)).status_code == 404
    assert (await client.get(f"{unused_url}/versions/1/paragraphs")).status_code == 404
    assert [e.name for e in events if e.name.startswith("document.")] == [
        "document.created",
        "document.updated",
        "document.created",
        "document.deleted",
    ]


async def test_a_translation_body_may_name_its_language_as_a_versions_does(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    imported = (await import_draft(client, headers, str(consultation.id))).json()
    url = f"/v1/documents/{imported['document']['id']}/versions/1/translations/zh"
    other = await client.put(
        url, json={"language": "fr", "content": fixture_text("draft.zh.txt")}, headers=headers
    )
    assert other.status_code == 422
    assert ["body", "language"] in [error["loc"] for error in other.json()["errors"]]
    named = await client.put(
        url, json={"language": "ZH", "content": fixture_text("draft.zh.txt")}, headers=headers
    )
    assert named.status_code == 201, named.text
