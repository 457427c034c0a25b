"""Synthesis excerpts are cut between extended grapheme clusters (UAX #29) (stop 36): a flag, an
emoji joined by zero-width joiners or given a skin tone stays whole or goes whole; before, the
cut only stepped back over combining marks and left half a flag ("🇨…"), a family ending in a
dangling joiner ("👨\u200d…") or 👍 without its skin tone."""

from __future__ import annotations

import unicodedata

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from api.state import AppState
from consultations.similarity import excerpt
from tests.consultations.test_reports_helpers import Row, caller, insert_comments
from tests.factories import make_consultation, make_document, make_organization, make_round

FLAG = "\U0001f1e8\U0001f1f3"
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
THUMBS_UP_MEDIUM = "\U0001f44d\U0001f3fd"
RAINBOW_FLAG = "\U0001f3f3\ufe0f\u200d\U0001f308"
SCOTLAND = "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
KEYCAP_ONE = "1\ufe0f\u20e3"
# NFC has no precomposed x with dot below and acute: three code points stay one cluster.
X_WITH_MARKS = "x\u0323\u0301"
DEVANAGARI_KSSA = "\u0915\u094d\u0937"
HANGUL_IN_JAMO = "\u113c\u1161\u11ab"  # an archaic initial: NFC composes no syllable

CLUSTERS = (
    "中",
    "文",
    "한",
    "a",
    "b",
    "，",
    FLAG,
    "\U0001f1eb\U0001f1f7",
    FAMILY,
    THUMBS_UP_MEDIUM,
    RAINBOW_FLAG,
    SCOTLAND,
    KEYCAP_ONE,
    X_WITH_MARKS,
    DEVANAGARI_KSSA,
    HANGUL_IN_JAMO,
    "\u0600\u0661",
)


async def test_other_comment_excerpts_keep_flags_and_joined_emoji_whole(
    client: httpx.AsyncClient, state: AppState
) -> None:
    facilitator = await caller(state)
    consultation = await make_consultation(state, facilitators=[facilitator.user])
    draft = await make_document(state, consultation)
    round_ = await make_round(state, consultation, draft)
    bodies = {
        "1": "中" * 398 + FLAG * 5 + "文" * 20,
        "2": "中" * 397 + FAMILY * 5 + "文" * 20,
        "3": "中" * 398 + THUMBS_UP_MEDIUM * 5 + "文" * 20,
    }
    organization = await make_organization(state, name="数字权利", stakeholder_group="academia")
    await insert_comments(
        state,
        round_,
        [Row(organization.id, anchor=anchor, body=body) for anchor, body in bodies.items()],
    )

    response = await client.get(
        f"/v1/rounds/{round_.id}/synthesis?format=json", headers=facilitator.headers
    )

    assert response.status_code == 200, response.text
    excerpts = {
        paragraph["anchor"]: [other["excerpt"] for other in paragraph["other_comments"]]
        for paragraph in response.json()["paragraphs"]
        if paragraph["other_comments"]
    }
    assert excerpts == {"1": ["中" * 398 + "…"], "2": ["中" * 397 + "…"], "3": ["中" * 398 + "…"]}


async def test_a_cluster_excerpt_keeps_the_skin_tone(
    client: httpx.AsyncClient, state: AppState
) -> None:
    facilitator = await caller(state)
    consultation = await make_consultation(state, facilitators=[facilitator.user])
    draft = await make_document(state, consultation)
    round_ = await make_round(state, consultation, draft)
    letter = "我们支持这一段落。" * 30 + "中" * 8 + THUMBS_UP_MEDIUM * 5 + "文" * 20
    first = await make_organization(state, name="联盟一", stakeholder_group="civil_society")
    second = await make_organization(state, name="联盟二", stakeholder_group="academia")
    await insert_comments(state, round_, [Row(first.id, body=letter), Row(second.id, body=letter)])

    response = await client.get(
        f"/v1/rounds/{round_.id}/synthesis?format=json", headers=facilitator.headers
    )

    assert response.status_code == 200, response.text
    [cluster] = response.json()["paragraphs"][0]["clusters"]
    assert cluster["representative_excerpt"] == letter[:278] + "…"


@settings(max_examples=300)
@given(
    st.lists(st.lists(st.sampled_from(CLUSTERS), min_size=1, max_size=12), min_size=1),
    st.integers(min_value=1, max_value=60),
)
def test_an_excerpt_ends_between_grapheme_clusters(words: list[list[str]], limit: int) -> None:
    text = " ".join("".join(word) for word in words)
    boundaries = {0}
    offset = 0
    for index, word in enumerate(words):
        if index:
            offset += 1
            boundaries.add(offset)
        for cluster in word:
            offset += len(cluster)
            boundaries.add(offset)

    assert unicodedata.is_normalized("NFC", text)
    cut = excerpt(text, limit)

    head = cut.removesuffix("…") if len(text) > limit else cut
    assert text.startswith(head)
    assert len(head) in boundaries
    assert not head.endswith("\u200d")
