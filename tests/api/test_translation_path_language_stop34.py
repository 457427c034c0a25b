"""A translation's path language that is no tag this API takes ("!!", or "zz", well-formed
but no language) can name nothing: 404 like an unknown id, its errors naming the segment."""

import httpx
import pytest

from api.state import AppState
from tests.factories import bearer, make_consultation, make_document, make_user, token_for


@pytest.mark.parametrize("language", ["!!", "zz"])
async def test_a_path_language_naming_nothing_is_404(
    client: httpx.AsyncClient, state: AppState, language: str
) -> None:
    staff = await make_user(state, role="secretariat")
    draft = await make_document(state, await make_consultation(state))
    answer = await client.put(
        f"/v1/documents/{draft.document.id}/versions/1/translations/{language}",
        json={"content": "1. Texte.", "format": "text"},
        headers=bearer(await token_for(state, staff)),
    )
    assert answer.status_code == 404, answer.text
    assert answer.json()["errors"][0]["loc"] == ["path", "language"]
