"""`plenary documents import` reads a file marked UTF-16 or UTF-32 by its byte order mark
(Windows "Unicode" text) and refuses a NUL character as the API does: UTF-16 without a mark was
read as UTF-8 with its NULs silently dropped, and UTF-16 with one was refused."""

import asyncio
import codecs
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner, Result

from api.cli import main
from api.state import AppState
from tests.factories import make_consultation

DRAFT = (
    "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
    "1. Decides to convene a high-level dialogue on 大学 cooperation;\n\n"
    "2. Requests the Secretary-General to report:\n\n"
    "(a) On the progress made;\n\n(b) On the challenges met.\n"
)
BOM_ENCODINGS = {
    "utf-16-le": b"\xff\xfe",
    "utf-16-be": b"\xfe\xff",
    "utf-32-le": b"\xff\xfe\x00\x00",
    "utf-32-be": b"\x00\x00\xfe\xff",
}


async def _import(env: dict[str, str], path: Path, slug: str) -> Result:
    args = ["documents", "import", str(path), "--consultation", slug]
    return await asyncio.to_thread(CliRunner().invoke, main, args, env=env)


async def _paragraphs(
    client: httpx.AsyncClient, consultation_id: str
) -> list[list[tuple[str, str, str]]]:
    listed = await client.get(f"/v1/consultations/{consultation_id}/documents")
    assert listed.status_code == 200, listed.text
    paragraphs = []
    for document in listed.json()["items"]:
        response = await client.get(f"/v1/documents/{document['id']}/versions/1/paragraphs")
        assert response.status_code == 200, response.text
        paragraphs.append([(p["anchor"], p["label"], p["text"]) for p in response.json()["items"]])
    return paragraphs


@pytest.mark.parametrize("encoding", BOM_ENCODINGS)
async def test_a_file_with_a_byte_order_mark_is_read_in_its_encoding(
    encoding: str,
    cli_env: dict[str, str],
    client: httpx.AsyncClient,
    state: AppState,
    tmp_path: Path,
) -> None:
    utf8 = await make_consultation(state, slug="utf-8")
    marked = await make_consultation(state, slug="marked")
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "unicode.txt").write_bytes(BOM_ENCODINGS[encoding] + DRAFT.encode(encoding))

    assert (await _import(cli_env, tmp_path / "draft.txt", "utf-8")).exit_code == 0
    result = await _import(cli_env, tmp_path / "unicode.txt", "marked")

    assert result.exit_code == 0, result.output
    expected = await _paragraphs(client, str(utf8.id))
    assert await _paragraphs(client, str(marked.id)) == expected
    assert "大学" in expected[0][2][2]


@pytest.mark.parametrize(
    "content",
    [DRAFT.encode("utf-16-le"), DRAFT.encode("utf-32-le"), b"1. Decides\x00 to act.\n"],
    ids=["utf-16 without its mark", "utf-32 without its mark", "a NUL in UTF-8"],
)
async def test_a_nul_character_is_refused_and_nothing_is_stored(
    content: bytes,
    cli_env: dict[str, str],
    client: httpx.AsyncClient,
    state: AppState,
    tmp_path: Path,
) -> None:
    consultation = await make_consultation(state, slug="nul")
    draft = tmp_path / "draft.txt"
    draft.write_bytes(content)

    result = await _import(cli_env, draft, "nul")

    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"Error: {draft} holds the NUL character (U+0000), which no text")
    assert await _paragraphs(client, str(consultation.id)) == []


async def test_a_marked_file_that_is_not_in_its_encoding_says_which(
    cli_env: dict[str, str], state: AppState, tmp_path: Path
) -> None:
    await make_consultation(state, slug="broken")
    draft = tmp_path / "draft.txt"
    # A high surrogate followed by a letter: no UTF-16 text.
    draft.write_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8a\x00")

    result = await _import(cli_env, draft, "broken")

    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"Error: {draft} is not UTF-16 text"]
