"""oauth grants: one row per sign-in, so that revoking it stops every token it issued

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 10:00:24.451953
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import core.db

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_grants = sa.table(
    "oauth_grants",
    sa.column("id", sa.Uuid()),
    sa.column("client_id", sa.String()),
    sa.column("user_id", sa.Uuid()),
    sa.column("created_at", core.db.UTCDateTime()),
    sa.column("revoked_at", core.db.UTCDateTime()),
)
_refresh_tokens = sa.table(
    "oauth_refresh_tokens",
    sa.column("id", sa.Uuid()),
    sa.column("family_id", sa.Uuid()),
    sa.column("client_id", sa.String()),
    sa.column("user_id", sa.Uuid()),
    sa.column("scope", sa.String()),
    sa.column("created_at", core.db.UTCDateTime()),
    sa.column("revoked_at", core.db.UTCDateTime()),
)
_users = sa.table("users", sa.column("id", sa.Uuid()), sa.column("role", sa.String()))


def upgrade() -> None:
    op.create_table(
        "oauth_grants",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", core.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_oauth_grants_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_oauth_grants")),
    )
    with op.batch_alter_table("oauth_grants", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_oauth_grants_user_id"), ["user_id"], unique=False)

    # Every refresh-token family so far was a sign-in: it becomes a grant, revoked if its
    # tokens were (revoking a family marks all of its tokens).
    tokens = _refresh_tokens
    op.execute(
        _grants.insert().from_select(
            ["id", "client_id", "user_id", "created_at", "revoked_at"],
            sa.select(
                tokens.c.family_id,
                tokens.c.client_id,
                tokens.c.user_id,
                sa.func.min(tokens.c.created_at),
                sa.func.max(tokens.c.revoked_at),
            ).group_by(tokens.c.family_id, tokens.c.client_id, tokens.c.user_id),
        )
    )
    # Refresh tokens used to store the scope requested, not the scope granted, so a refresh
    # after a promotion to admin could gain `admin`. Only admins are ever granted it.
    connection = op.get_bind()
    ungranted = connection.execute(
        sa.select(tokens.c.id, tokens.c.scope)
        .join(_users, _users.c.id == tokens.c.user_id)
        .where(_users.c.role != "admin", tokens.c.scope.contains("admin"))
    ).all()
    for token_id, scope in ungranted:
        connection.execute(
            tokens.update()
            .where(tokens.c.id == token_id)
            .values(scope=" ".join(s for s in scope.split() if s != "admin"))
        )

    with op.batch_alter_table("oauth_refresh_tokens", schema=None) as batch_op:
        batch_op.create_foreign_key(
            batch_op.f("fk_oauth_refresh_tokens_family_id_oauth_grants"),
            "oauth_grants",
            ["family_id"],
            ["id"],
            ondelete="CASCADE",
        )


def downgrade() -> None:
    with op.batch_alter_table("oauth_refresh_tokens", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_oauth_refresh_tokens_family_id_oauth_grants"), type_="foreignkey"
        )

    with op.batch_alter_table("oauth_grants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_oauth_grants_user_id"))

    op.drop_table("oauth_grants")
