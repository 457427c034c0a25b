"""verbatim idempotent responses: on PostgreSQL the stored response of an Idempotency-Key is
``json`` instead of ``jsonb``, so that a replay sends the members in the order the original
201 sent them (``jsonb`` reorders them by length and name: the same data, other bytes). SQLite
stores JSON as text already: nothing to do there. Responses stored before keep jsonb's order.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 19:40:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = ("response_body", "response_headers")


def _retype(to: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in _COLUMNS:
        op.execute(
            f"ALTER TABLE idempotency_records ALTER COLUMN {column} TYPE {to} USING {column}::{to}"
        )


def upgrade() -> None:
    _retype("json")


def downgrade() -> None:
    _retype("jsonb")
