"""A parse warning's excerpt is cut between grapheme clusters, as the synthesis's excerpts
are: never inside a flag, an emoji and its skin tone, a conjunct or a letter and its
combining marks."""

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

FLAG = "\U0001f1fa\U0001f1f3"
# Clusters the parser keeps as they are (it drops zero-width joiners; these are in NFC).
CLUSTERS = (FLAG, "\u0915\u094d\u0937", "q\u0323\u0307", "\U0001f44b\U0001f3fd")
# The parser's excerpts hold at most 60 characters, "…" included.
EXCERPT = 60


def _draft(title: str) -> str:
    return f"# {title}\n\nThe General Assembly,\n\nReaffirming the Charter,\n\n1. Decides.\n"


def _skipped_title(title: str) -> str:
    result = parse_document(_draft(title), "markdown")
    [excerpt] = [w.excerpt for w in result.warnings if w.message == "front matter skipped"]
    return excerpt


@settings(max_examples=60, deadline=None)
@given(
    before=st.integers(min_value=EXCERPT - 8, max_value=EXCERPT),
    cluster=st.sampled_from(CLUSTERS),
)
def test_the_excerpt_of_a_skipped_title_keeps_its_clusters_whole(before: int, cluster: str) -> None:
    title = "T" * before + cluster + " and the rest of a long title"
    excerpt = _skipped_title(title)
    assert excerpt.endswith("…")
    head = excerpt[:-1]
    assert title.startswith(head)
    assert len(head) <= before or len(head) >= before + len(cluster), (before, cluster)


async def test_import_warnings_do_not_split_a_flag(
    client: httpx.AsyncClient, state: AppState
) -> None:
    consultation = await make_consultation(state)
    title = "Draft " + "x" * (EXCERPT - 8) + FLAG + " partnership declaration"
    response = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={
            "title": "Outcome document",
            "language": "en",
            "format": "markdown",
            "content": _draft(title),
        },
        headers=await secretariat_headers(state),
    )
    assert response.status_code == 201, response.text
    [warning] = response.json()["warnings"]
    assert warning["message"] == "front matter skipped"
    assert warning["excerpt"] == title[: EXCERPT - 2] + "…"
