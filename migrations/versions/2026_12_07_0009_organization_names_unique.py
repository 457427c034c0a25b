"""organization names unique: one name per country among the organizations that are not
rejected, held by a unique index; the stored country groups, which nothing read, dropped

The rule was checked in Python before the insert only: two registrations racing each other
both passed, and so did the verification of a rejected organization whose name another had
taken since. Each organization now stores its name's key (``auth.organizations.name_key``:
NFKC, case-folded, runs of whitespace made one space) and, while it holds the name, the key's
SHA-256 (``name_digest``; the key itself can outgrow an index entry once NFKC has expanded it).
A partial unique index on ``(name_digest, country)`` covers the organizations not rejected.

A database may hold organizations registered twice already. Nothing is deleted, renamed or
decided for the secretariat: of each set, the earliest registered (then the smallest id) holds
the name; the others keep their rows, their key (the name filter finds them) and a NULL
digest, outside the index, and are logged. Such a duplicate holds no name until the
secretariat decides on it; verifying it is then 409 while the earliest is not rejected.

``organizations.country_groups`` was written at each verification decision and read by
nothing since the groups are derived, as of the day asked, from the country. The downgrade
recreates it with the classification as of the downgrade's day.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 23:40:00.000000
"""

import hashlib
import logging
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEX = "uq_organizations_name_digest_country"
_NOT_REJECTED = sa.text("verification <> 'rejected'")
_BATCH = 500
_log = logging.getLogger("alembic.runtime.migration")

_organizations = sa.table(
    "organizations",
    sa.column("id", sa.Uuid()),
    sa.column("name", sa.String()),
    sa.column("country", sa.String()),
    sa.column("verification", sa.String()),
    sa.column("created_at", sa.DateTime()),
    sa.column("name_key", sa.String()),
    sa.column("name_digest", sa.String()),
    sa.column("country_groups", sa.JSON().with_variant(JSONB(), "postgresql")),
)


def _name_key(name: str) -> str:
    """``auth.organizations.name_key`` as it was when this migration was written: a copy, not
    an import, so that the migration keys names the same way whenever it runs."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _write(
    connection: sa.Connection, statement: sa.Update, values: list[dict[str, object]]
) -> None:
    for start in range(0, len(values), _BATCH):
        connection.execute(statement, values[start : start + _BATCH])


def upgrade() -> None:
    with op.batch_alter_table("organizations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_key", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("name_digest", sa.String(length=64), nullable=True))
        batch_op.drop_column("country_groups")

    connection = op.get_bind()
    rows = connection.execute(
        sa.select(
            _organizations.c.id,
            _organizations.c.name,
            _organizations.c.country,
            _organizations.c.verification,
        ).order_by(_organizations.c.created_at, _organizations.c.id)
    ).all()
    held: dict[tuple[str, str], object] = {}
    values: list[dict[str, object]] = []
    for organization_id, name, country, verification in rows:
        key = _name_key(name)
        digest: str | None = hashlib.sha256(key.encode()).hexdigest()
        if verification != "rejected":
            holder = held.setdefault((digest, country), organization_id)
            if holder != organization_id:
                _log.warning(
                    "organization %s has the name of organization %s in %s, registered "
                    "before it: kept, holding no name until the secretariat decides on it",
                    organization_id,
                    holder,
                    country,
                )
                digest = None
        values.append({"row_id": organization_id, "key": key, "digest": digest})
    _write(
        connection,
        _organizations.update()
        .where(_organizations.c.id == sa.bindparam("row_id"))
        .values(name_key=sa.bindparam("key"), name_digest=sa.bindparam("digest")),
        values,
    )

    with op.batch_alter_table("organizations", schema=None) as batch_op:
        batch_op.create_index(
            _INDEX,
            ["name_digest", "country"],
            unique=True,
            postgresql_where=_NOT_REJECTED,
            sqlite_where=_NOT_REJECTED,
        )


def downgrade() -> None:
    # Imported, not copied: the column held the classification of the day of each decision,
    # which is not kept; the downgrade's day is as good a record, from the data at hand.
    from auth.countries import classify

    with op.batch_alter_table("organizations", schema=None) as batch_op:
        batch_op.drop_index(_INDEX)
        batch_op.add_column(
            sa.Column(
                "country_groups", sa.JSON().with_variant(JSONB(), "postgresql"), nullable=True
            )
        )
    connection = op.get_bind()
    rows = connection.execute(sa.select(_organizations.c.id, _organizations.c.country)).all()
    _write(
        connection,
        _organizations.update()
        .where(_organizations.c.id == sa.bindparam("row_id"))
        .values(country_groups=sa.bindparam("groups")),
        [
            {"row_id": organization_id, "groups": list(classify(country).country_groups)}
            for organization_id, country in rows
        ],
    )
    with op.batch_alter_table("organizations", schema=None) as batch_op:
        batch_op.alter_column(
            "country_groups",
            existing_type=sa.JSON().with_variant(JSONB(), "postgresql"),
            nullable=False,
        )
        batch_op.drop_column("name_digest")
        batch_op.drop_column("name_key")
