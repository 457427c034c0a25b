"""Tracking numbers typed with look-alike characters are found; a number whose check character
does not match says so."""

import httpx

from api.state import AppState
from consultations.receipts import make_tracking_number, normalize_tracking_number
from tests.moderation.helpers import make_world, submit

LOOK_ALIKES = {"0": "O", "O": "0", "1": "I", "I": "L", "L": "1"}


def test_look_alikes_are_read_as_the_check_character_confirms() -> None:
    seen = set()
    for sequence in range(1, 400):
        number = make_tracking_number("PUBPOST", 1, sequence)
        check = number[-1]
        if check in LOOK_ALIKES:
            seen.add(check)
            assert normalize_tracking_number(number[:-1] + LOOK_ALIKES[check]) == number
        typed = number.replace("-R1-", "-RI-").replace("-000", "-OOO").lower()
        assert normalize_tracking_number(typed) == number
    assert seen == set(LOOK_ALIKES)
    number = make_tracking_number("PUBPOST", 1, 19)
    other = "5" if number[-1] != "5" else "6"
    assert normalize_tracking_number(number[:-1] + other) is None


async def test_a_lookup_accepts_look_alikes_and_names_a_wrong_check_character(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    comment = await submit(client, world, "A comment with a receipt.")
    number = comment["tracking_number"]
    prefix, rest = number.split("-R", 1)
    typed = f"{prefix}-R{rest.replace('0', 'O').replace('1', 'l')}"
    found = await client.get(f"/v1/receipts/{typed}")
    assert found.status_code == 200, found.text
    assert found.json()["tracking_number"] == number
    wrong = number[:-1] + ("5" if number[-1] != "5" else "6")
    mistyped = await client.get(f"/v1/receipts/{wrong}")
    assert mistyped.status_code == 404
    assert "check character" in mistyped.json()["detail"]
    unknown = await client.get(f"/v1/receipts/{make_tracking_number(prefix, 1, 999)}")
    assert unknown.json()["detail"] == "No receipt has this tracking number."
    garbage = await client.get("/v1/receipts/not-a-number")
    assert garbage.json()["detail"] == "No receipt has this tracking number."
