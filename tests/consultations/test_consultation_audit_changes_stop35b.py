"""The audit entry of a consultation change says what each setting was and what it became."""

import hashlib

import httpx

from api.state import AppState
from tests.consultations.test_consultations_api import capture_events, secretariat_headers
from tests.factories import make_consultation


async def test_the_entry_records_old_and_new_values(
    client: httpx.AsyncClient, state: AppState
) -> None:
    events = capture_events(state)
    headers = await secretariat_headers(state)
    consultation = await make_consultation(
        state,
        visibility="restricted",
        moderation="pre",
        eligible_groups=("civil_society", "academia", "government"),
        representation_targets={"stakeholder_group": {"civil_society": 0.5, "academia": 0.5}},
        languages=("en", "fr"),
    )
    url = f"/v1/consultations/{consultation.id}"
    current = await client.get(url, headers=headers)
    changed = await client.patch(
        url,
        json={
            "moderation": "post",
            "attribution": "group_only",
            "eligible_groups": ["academia", "government"],
            "representation_targets": {"stakeholder_group": {"academia": 0.6}},
            "languages": ["en", "fr", "es"],
            "title": "Renamed",
        },
        headers={**headers, "If-Match": current.headers["ETag"]},
    )
    assert changed.status_code == 200, changed.text
    entry = events[-1]
    assert entry.name == "consultation.updated"
    assert entry.data["changes"] == {
        "attribution": ["named", "group_only"],
        "eligible_groups": [
            ["civil_society", "academia", "government"],
            ["academia", "government"],
        ],
        "languages": [["en", "fr"], ["en", "fr", "es"]],
        "moderation": ["pre", "post"],
        "representation_targets": [
            {"stakeholder_group": {"civil_society": 0.5, "academia": 0.5}},
            {"stakeholder_group": {"academia": 0.6}},
        ],
        "title": [f"Consultation {consultation.slug}", "Renamed"],
    }
    assert entry.data["fields"] == sorted(entry.data["changes"])

    audit = await client.get(f"/v1/audit?consultation_id={consultation.id}", headers=headers)
    assert audit.status_code == 200, audit.text
    logged = [item for item in audit.json()["items"] if item["event"] == "consultation.updated"]
    assert logged[-1]["data"]["changes"]["moderation"] == ["pre", "post"]


async def test_a_description_is_recorded_by_length_and_digest(
    client: httpx.AsyncClient, state: AppState
) -> None:
    events = capture_events(state)
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    url = f"/v1/consultations/{consultation.id}"
    current = await client.get(url, headers=headers)
    old_text = current.json()["description"]
    new_text = "A much longer description. " * 400
    changed = await client.patch(
        url,
        json={"description": new_text},
        headers={**headers, "If-Match": current.headers["ETag"]},
    )
    assert changed.status_code == 200, changed.text

    def summary(text: str) -> dict[str, object]:
        return {"length": len(text), "sha256": hashlib.sha256(text.encode()).hexdigest()}

    assert events[-1].data["changes"] == {"description": [summary(old_text), summary(new_text)]}
