"""audit person concerned: audit entries index the person they are about, for data exports

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 16:40:00.000000
"""

from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 1000
_entries = sa.table(
    "audit_entries",
    sa.column("seq", sa.Integer()),
    sa.column("subject_type", sa.String()),
    sa.column("subject_id", sa.String()),
    sa.column("data", sa.JSON()),
    sa.column("concerns_user_id", sa.String()),
)


def _person_concerned(subject_type: str, subject_id: str, data: Mapping[str, Any]) -> str | None:
    """``moderation.audit.person_concerned`` as it was when this migration was written. A copy,
    not an import: a migration must fill the column the same way whenever it runs."""
    named = data.get("user_id")
    if isinstance(named, str):
        return named
    return subject_id if subject_type == "user" else None


def upgrade() -> None:
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("concerns_user_id", sa.String(length=64), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_audit_entries_concerns_user_id"), ["concerns_user_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_audit_entries_actor_id"), ["actor_id"], unique=False)
    # The column is outside the hashed fields: filling it leaves the chain as it was.
    connection = op.get_bind()
    after = 0
    while True:
        rows = connection.execute(
            sa.select(
                _entries.c.seq, _entries.c.subject_type, _entries.c.subject_id, _entries.c.data
            )
            .where(_entries.c.seq > after)
            .order_by(_entries.c.seq)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        for seq, subject_type, subject_id, data in rows:
            concerns = _person_concerned(subject_type, subject_id, data or {})
            if concerns is not None:
                connection.execute(
                    _entries.update().where(_entries.c.seq == seq).values(concerns_user_id=concerns)
                )
        after = rows[-1].seq


def downgrade() -> None:
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entries_actor_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entries_concerns_user_id"))
        batch_op.drop_column("concerns_user_id")
