"""Migration 0010: comments withdrawn before withdrawals took comments out of their campaigns
leave them, as those withdrawn since do; a campaign left with one member is dissolved."""

import asyncio
import random
import uuid

import httpx
import sqlalchemy as sa
from alembic import command

from api.db import alembic_config, upgrade
from api.state import AppState
from consultations.models import Comment
from core.db import table_of
from moderation.models import Campaign, CommentBand, CommentSignature
from tests.comment_texts import english_variant
from tests.moderation.helpers import make_world, random_words, submit

comments = table_of(Comment)


async def test_withdrawn_comments_leave_their_campaigns(
    client: httpx.AsyncClient, state: AppState, database_url: str
) -> None:
    world = await make_world(state)
    rng = random.Random(9)
    pair = [await submit(client, world, english_variant(rng)) for _ in range(2)]
    other = random_words(rng, 80)
    three = [await submit(client, world, f"{other} {n}") for n in range(3)]
    withdrawn = [uuid.UUID(pair[0]["id"]), uuid.UUID(three[0]["id"])]
    # As a withdrawal left them before: status changed, campaign and signature kept.
    async with state.engine.begin() as connection:
        await connection.execute(
            sa.update(comments).where(comments.c.id.in_(withdrawn)).values(status="withdrawn")
        )

    await asyncio.to_thread(command.downgrade, alembic_config(database_url), "0009")
    await upgrade(database_url)

    async with state.engine.connect() as connection:
        campaign_of = dict(
            (await connection.execute(sa.select(comments.c.id, comments.c.campaign_id))).all()
        )
        campaign_ids = set((await connection.execute(sa.select(table_of(Campaign).c.id))).scalars())
        for model in (CommentSignature, CommentBand):
            table = table_of(model)
            kept = await connection.execute(
                sa.select(table.c.comment_id).where(table.c.comment_id.in_(withdrawn))
            )
            assert kept.all() == []
    assert [campaign_of[comment_id] for comment_id in withdrawn] == [None, None]
    assert campaign_of[uuid.UUID(pair[1]["id"])] is None
    remaining = {campaign_of[uuid.UUID(comment["id"])] for comment in three[1:]}
    assert remaining == campaign_ids == {uuid.UUID(three[2]["campaign_id"])}
