"""Migration 0007: language tags stored with a three-letter ISO 639 code before tags were
normalised ("eng", "zho-Hans") take their two-letter form, as new writes do; a version that
holds a text under both forms keeps the three-letter one as it was."""

import asyncio
from types import ModuleType

import httpx
import pycountry
import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel.ext.asyncio.session import AsyncSession

from api.db import alembic_config, upgrade
from api.state import AppState
from auth.models import User
from consultations.models import (
    Comment,
    Consultation,
    Document,
    DocumentVersion,
    ExportJob,
    Paragraph,
    VersionText,
)
from core.db import table_of
from core.languages import normalize_language_tag
from tests.factories import (
    make_comment,
    make_consultation,
    make_document,
    make_organization,
    make_round,
    make_user,
)


def _migration() -> ModuleType:
    revision = ScriptDirectory.from_config(alembic_config("sqlite://")).get_revision("0007")
    assert revision is not None
    return revision.module


def test_the_frozen_codes_are_the_normaliser_s() -> None:
    frozen = _migration()._TWO_LETTER
    for language in pycountry.languages:
        two = getattr(language, "alpha_2", None)
        if two is None:
            continue
        for code in (language.alpha_3, getattr(language, "bibliographic", None)):
            if code is not None:
                assert frozen[code] == two == normalize_language_tag(code)


@given(
    primary=st.deferred(lambda: st.sampled_from(sorted(_migration()._TWO_LETTER))),
    rest=st.sampled_from(["", "-GB", "-Hans", "-Hant-TW", "-419", "-x-legal"]),
)
def test_a_stored_tag_becomes_what_the_normaliser_makes_of_it(primary: str, rest: str) -> None:
    tag = f"{primary}{rest}"
    assert _migration()._two_letter(tag) == normalize_language_tag(tag)


async def _languages(state: AppState, model: type, key: object) -> object:
    table = table_of(model)
    column = table.c.languages if "languages" in table.c else table.c.language
    async with state.engine.connect() as connection:
        return (await connection.execute(sa.select(column).where(table.c.id == key))).scalar_one()


async def _text_languages(state: AppState, model: type, version_id: object) -> list[str]:
    table = table_of(model)
    async with state.engine.connect() as connection:
        found = await connection.execute(
            sa.select(table.c.language).where(table.c.version_id == version_id).distinct()
        )
        return sorted(found.scalars())


async def test_stored_three_letter_tags_take_their_two_letter_form(
    state: AppState, database_url: str, other_worker: httpx.AsyncClient
) -> None:
    consultation = await make_consultation(state, languages=["eng", "fra", "zho", "en"])
    written_before = await make_document(state, consultation, language="eng")
    round_ = await make_round(state, consultation, written_before)
    translated_twice = await make_document(state, consultation, language="en")
    twice = translated_twice.version.id
    async with AsyncSession(state.engine, expire_on_commit=False) as session:
        session.add(
            VersionText(
                version_id=twice, language="eng", format="text", content="1. The same text."
            )
        )
        session.add_all(
            Paragraph(
                version_id=twice,
                language="eng",
                anchor=paragraph.anchor,
                label=paragraph.label,
                kind=paragraph.kind,
                parent=paragraph.parent,
                ordinal=paragraph.ordinal,
                heading_path=[],
                text=paragraph.text,
            )
            for paragraph in translated_twice.paragraphs
        )
        job = ExportJob(
            round_id=round_.id, kind="synthesis", format="docx", language="fra-CA", status="failed"
        )
        session.add(job)
        await session.commit()
    representative = await make_user(state)
    organization = await make_organization(state, representatives=[representative])
    comment = await make_comment(state, round_, organization, language="zho-Hans")
    users = table_of(User)
    async with state.engine.begin() as connection:
        await connection.execute(
            sa.update(users)
            .where(users.c.id == representative.id)
            .values(languages=["fre", "fr", "spa"])
        )

    await asyncio.to_thread(command.downgrade, alembic_config(database_url), "0006")
    await upgrade(database_url)

    assert await _languages(state, Consultation, consultation.id) == ["en", "fr", "zh"]
    assert await _languages(state, User, representative.id) == ["fr", "es"]
    assert await _languages(state, Comment, comment.id) == "zh-Hans"
    assert await _languages(state, ExportJob, job.id) == "fr-CA"
    assert await _languages(state, Document, written_before.document.id) == "en"
    assert await _languages(state, DocumentVersion, written_before.version.id) == "en"
    for model in (VersionText, Paragraph):
        assert await _text_languages(state, model, written_before.version.id) == ["en"]
        assert await _text_languages(state, model, twice) == ["en", "eng"]
    assert await _languages(state, DocumentVersion, twice) == "en"

    paragraphs = await other_worker.get(
        f"/v1/documents/{written_before.document.id}/versions/1/paragraphs",
        params={"language": "en"},
    )
    assert paragraphs.status_code == 200, paragraphs.text
    assert [p["anchor"] for p in paragraphs.json()["items"]] == [
        p.anchor for p in written_before.paragraphs
    ]
    listed = await other_worker.get(f"/v1/rounds/{round_.id}/comments", params={"language": "zh"})
    assert [c["id"] for c in listed.json()["items"]] == [str(comment.id)]
