"""withdrawn comments leave their campaigns: a comment withdrawn before withdrawals took it out
of its form-letter campaign (``moderation.campaigns``, "Withdrawals") does so now, as one
withdrawn since does: its ``campaign_id`` is cleared and its signature and band keys are
dropped, so it is no candidate for later copies; a campaign left with fewer than two members is
dissolved (its remaining member's ``campaign_id`` cleared, the campaign deleted). Before, such a
campaign was out of ``GET /v1/rounds/{id}/campaigns`` while its other copy kept naming it.

The downgrade leaves the data as it is: which campaign a withdrawn comment was in is not kept,
and the code before this revision reads the data either way.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08 00:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_comments = sa.table("comments", sa.column("id"), sa.column("status"), sa.column("campaign_id"))
_campaigns = sa.table("campaigns", sa.column("id"))
_signatures = sa.table("comment_signatures", sa.column("comment_id"))
_bands = sa.table("comment_bands", sa.column("comment_id"))


def upgrade() -> None:
    withdrawn = sa.select(_comments.c.id).where(_comments.c.status == "withdrawn")
    op.execute(sa.delete(_bands).where(_bands.c.comment_id.in_(withdrawn)))
    op.execute(sa.delete(_signatures).where(_signatures.c.comment_id.in_(withdrawn)))
    op.execute(
        sa.update(_comments)
        .where(_comments.c.status == "withdrawn", _comments.c.campaign_id.is_not(None))
        .values(campaign_id=None)
    )
    alone = (
        sa.select(_comments.c.campaign_id)
        .where(_comments.c.campaign_id.is_not(None))
        .group_by(_comments.c.campaign_id)
        .having(sa.func.count() < 2)
    )
    op.execute(
        sa.update(_comments).where(_comments.c.campaign_id.in_(alone)).values(campaign_id=None)
    )
    held = sa.select(_comments.c.campaign_id).where(_comments.c.campaign_id.is_not(None))
    op.execute(sa.delete(_campaigns).where(_campaigns.c.id.not_in(held)))


def downgrade() -> None:
    pass
