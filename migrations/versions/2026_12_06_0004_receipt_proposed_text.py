"""receipt proposed text: an amendment's receipt also proves the wording it proposed

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 03:15:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Null for comments, and for amendments submitted before: their receipts were signed
    # without the claim, and stay valid as they are.
    with op.batch_alter_table("comments") as batch:
        batch.add_column(sa.Column("proposed_text_sha256", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("comments") as batch:
        batch.drop_column("proposed_text_sha256")
