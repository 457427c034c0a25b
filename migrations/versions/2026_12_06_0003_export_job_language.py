"""export job language: a synthesis export's paragraph texts in a translation

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 03:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Null for comments exports and for every job made before: a synthesis in its original
    # language, as those jobs were built.
    with op.batch_alter_table("export_jobs") as batch:
        batch.add_column(sa.Column("language", sa.String(length=35), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("export_jobs") as batch:
        batch.drop_column("language")
