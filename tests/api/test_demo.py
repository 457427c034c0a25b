"""`plenary demo`: the scenario it plans, and the consultation it loads, read through the API."""

import asyncio
import io
import json
import random
from collections import Counter
from typing import Any

import docx
import httpx
import pytest
from click.testing import CliRunner, Result

from api.cli import main
from api.demo import (
    DraftParagraph,
    PlannedComment,
    draft_text,
    load_organizations,
    load_phrases,
    plan_comments,
    plan_form_letters,
    speakers_in,
)
from auth.countries import classify
from consultations.parser import parse_document
from consultations.similarity import comment_text, near_duplicates, signature
from tests.conftest import BASE_URL

LANGUAGES = {"en", "fr", "es", "zh", "ar"}
REGIONAL_GROUPS = {
    "african",
    "asia_pacific",
    "eastern_european",
    "latin_american_caribbean",
    "western_european_others",
}


def _zero_draft() -> list[DraftParagraph]:
    parsed = parse_document(draft_text("zero_draft.md"), "markdown")
    return [DraftParagraph(p.anchor, p.label, p.kind, p.text) for p in parsed.paragraphs]


def _plan(seed: int) -> list[PlannedComment]:
    return plan_comments(
        random.Random(seed),
        speakers_in(load_organizations(), 1),
        _zero_draft(),
        load_phrases(),
        count=120,
        hot=frozenset({"5"}),
    )


# --------------------------------------------------------------------------- the scenario


def test_organizations_cover_every_group_region_and_country_category() -> None:
    seeds = load_organizations()
    assert len(seeds) == 40
    groups = Counter(seed.stakeholder_group for seed in seeds)
    assert len(groups) == 10
    assert set(groups.values()) == {4}
    regions = Counter(classify(seed.country).regional_group for seed in seeds)
    assert set(regions) == REGIONAL_GROUPS
    categories = {group for seed in seeds for group in classify(seed.country).country_groups}
    assert {"ldc", "lldc", "sids", "developed", "developing"} <= categories
    assert Counter(seed.verification for seed in seeds) == {
        "verified": 37,
        "pending": 2,
        "rejected": 1,
    }
    assert {seed.name for seed in speakers_in(seeds, 1)} >= set(
        load_phrases().form_letter.organizations
    )


def test_the_plan_depends_on_the_seed_only() -> None:
    assert _plan(7) == _plan(7)
    assert _plan(7) != _plan(8)


def test_planned_comments_are_valid_and_varied() -> None:
    planned = _plan(2026)
    paragraphs = {p.anchor: p for p in _zero_draft()}
    assert {item.language for item in planned} == LANGUAGES
    assert {item.kind for item in planned} == {"comment", "amendment"}
    assert any(item.anchor is None for item in planned)
    for item in planned:
        if item.anchor is not None:
            assert item.anchor in paragraphs
        if item.quote is not None:
            assert item.quote in paragraphs[str(item.anchor)].text
        if item.kind == "amendment":
            assert item.proposed_text is not None


def test_only_the_form_letter_is_a_campaign() -> None:
    ordinary = _plan(2026)
    signatures = [
        (str(i), signature(comment_text(c.body, c.proposed_text))) for i, c in enumerate(ordinary)
    ]
    for index, sig in signatures:
        others = [entry for entry in signatures if entry[0] != index]
        assert near_duplicates(sig, others) == []
    letters = plan_form_letters(random.Random(1), load_phrases())
    letter_signatures = [
        (str(i), signature(comment_text(c.body, c.proposed_text))) for i, c in enumerate(letters)
    ]
    for index, sig in letter_signatures:
        others = [entry for entry in letter_signatures if entry[0] != index]
        assert near_duplicates(sig, others)
        assert near_duplicates(sig, signatures) == []


# --------------------------------------------------------------------------- the loaded demo


async def _run_demo(monkeypatch: pytest.MonkeyPatch, database_url: str) -> Result:
    monkeypatch.setenv("PLENARY_DATABASE_URL", database_url)
    monkeypatch.setenv("PLENARY_PUBLIC_URL", BASE_URL)
    # The command runs its own event loop, so it gets a thread of its own.
    return await asyncio.to_thread(CliRunner().invoke, main, ["demo", "--json"])


async def _json(client: httpx.AsyncClient, path: str, token: str) -> Any:
    response = await client.get(path, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200, response.text
    return response.json()


async def test_demo_loads_a_consultation_the_api_reports_on_and_refuses_a_second_time(
    monkeypatch: pytest.MonkeyPatch, database_url: str, client: httpx.AsyncClient
) -> None:
    result = await _run_demo(monkeypatch, database_url)
    assert result.exit_code == 0, result.stderr
    assert "round 1" in result.stderr
    demo = json.loads(result.stdout)
    token = demo["access_token"]
    closed, open_ = demo["rounds"]
    assert (closed["status"], open_["status"]) == ("closed", "open")

    organizations = await _json(client, "/v1/organizations?limit=200", token)
    assert len(organizations["items"]) == 40
    assert Counter(o["verification"] for o in organizations["items"]) == demo["organizations"]

    document = demo["document_id"]
    changes = await _json(client, f"/v1/documents/{document}/versions/2/changes", token)
    statuses = Counter(item["status"] for item in changes["items"])
    assert statuses["removed"] == 1
    assert statuses["moved"] >= 1
    assert statuses["modified"] >= 1
    assert len(changes["added"]) == 1

    round_id = closed["id"]
    report = await _json(
        client, f"/v1/rounds/{round_id}/representation?dimension=regional_group", token
    )
    heard = {c["key"] for c in report["categories"] if c["organizations"] > 0}
    assert heard == REGIONAL_GROUPS
    assert "eastern_european" in report["under_represented"]

    coverage = await _json(client, f"/v1/rounds/{round_id}/coverage", token)
    assert {"pp1", "annex-1/2.c"} <= set(coverage["no_input"])

    campaigns = await _json(client, f"/v1/rounds/{round_id}/campaigns", token)
    biggest = campaigns["items"][0]
    assert biggest["size"] >= 20
    assert biggest["organization_count"] >= 5
    # The letter commented on paragraph 8 of the zero draft, which Rev.1 renumbered as 7.
    letter = await _json(client, f"/v1/comments/{biggest['comment_ids'][0]}?version=2", token)
    assert (letter["anchor"], letter["resolved_anchor"]) == ("8", "7")
    assert letter["anchor_status"] == "moved"

    for language in LANGUAGES:
        listed = await _json(client, f"/v1/rounds/{round_id}/comments?language={language}", token)
        assert listed["items"], language
    later = await _json(client, f"/v1/rounds/{open_['id']}/comments?limit=200", token)
    assert len(later["items"]) == open_["comments"]

    response = await client.get(
        f"/v1/rounds/{round_id}/synthesis?format=docx",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 200
    synthesis = docx.Document(io.BytesIO(response.content))
    text = "\n".join(paragraph.text for paragraph in synthesis.paragraphs)
    assert "Round 1: zero draft" in text

    audit = await _json(client, "/v1/audit/verify", token)
    assert audit["valid"] is True
    assert audit["entries"] > closed["comments"] + open_["comments"]

    again = await _run_demo(monkeypatch, database_url)
    assert again.exit_code == 1
    assert "already holds the demo" in again.stderr
    assert "Traceback" not in again.stderr
    assert len((await _json(client, "/v1/consultations", token))["items"]) == 1
