"""Paragraph parser: an action with a title of its own ("Action 13. We will redouble our
efforts …") takes the chapeau printed right below it ("We decide to:") as the rest of its text,
as on one line ("Action 13. We will redouble …. We decide to:"), so the items below are the
action's own (``action-13.a``, ``action-13.c.i``), as under "Action 1. We will:"; they were an
unnumbered paragraph's (``p-3.a``). A chapeau with prose below it, or a list's label, stays a
paragraph under the action."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from tests.consultations.parser_helpers import parsed_rows
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

_ITEMS = (
    "(a) Respect international humanitarian law;\n\n"
    "(b) Strengthen the role of women in peace processes, including by:\n\n"
    "(i) Ensuring their participation;\n\n"
    "(ii) Protecting women peacebuilders.\n\n"
)
APART = (
    "Action 13. We will redouble our efforts to address the root causes of conflicts.\n\n"
    f"We decide to:\n\n{_ITEMS}"
    "Action 14. We will protect all civilians.\n\nWe decide to:\n\n(a) Comply with the law.\n"
)
ONE_LINE = (
    "Action 13. We will redouble our efforts to address the root causes of conflicts."
    f" We decide to:\n\n{_ITEMS}"
    "Action 14. We will protect all civilians. We decide to:\n\n(a) Comply with the law.\n"
)
EXPECTED = [
    ("action-13", "heading", None),
    ("action-13.a", "subparagraph", "action-13"),
    ("action-13.b", "subparagraph", "action-13"),
    ("action-13.b.i", "subparagraph", "action-13.b"),
    ("action-13.b.ii", "subparagraph", "action-13.b"),
    ("action-14", "heading", None),
    ("action-14.a", "subparagraph", "action-14"),
]


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        (APART, "text"),
        (
            APART.replace("Action 13.", "### Action 13.").replace("Action 14.", "### Action 14."),
            "markdown",
        ),
        (APART.replace("\n\nWe decide to:", "\nWe decide to:"), "text"),
    ],
)
def test_the_items_below_a_titled_actions_chapeau_are_the_actions(content: str, fmt: str) -> None:
    rows = parsed_rows(content, fmt)
    assert [row[:3] for row in rows] == EXPECTED
    assert rows[0][3] == (
        "We will redouble our efforts to address the root causes of conflicts. We decide to:"
    )


def test_apart_and_on_one_line_read_alike() -> None:
    assert parsed_rows(APART) == parsed_rows(ONE_LINE)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(
            "Action 1. We will act.\n\nWe decide to:\n\nact now and report back.\n", id="prose"
        ),
        pytest.param("Action 1. We will act.\n\nTargets:\n\n(a) x;\n\n(b) y.\n", id="label"),
        pytest.param(
            "A. Eradicating poverty\n\nWe decide to:\n\n(a) x;\n\n(b) y.\n", id="no-action"
        ),
    ],
)
def test_a_line_that_is_no_chapeau_of_the_actions_items_stays_a_paragraph(content: str) -> None:
    assert parsed_rows(content)[1][1] == "unnumbered"


async def test_the_api_anchors_the_items_on_the_action(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Pact", "language": "en", "format": "text", "content": APART},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["anchors"] == [anchor for anchor, _, _ in EXPECTED]
