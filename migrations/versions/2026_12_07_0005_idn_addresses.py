"""idn addresses: stored e-mail domains written as A-labels take their Unicode form

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 12:50:00.000000
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_users = sa.table("users", sa.column("id", sa.Uuid()), sa.column("email", sa.String()))


def _with_unicode_domain(email: str) -> str:
    """The stored address with its A-labels decoded, as ``auth.schemas.normalize_email`` did when
    this migration was written. A copy, not an import: a migration must do the same on every
    database whenever it runs, whatever that function becomes. Stored addresses were already
    NFKC and lower case; only the domain's A-labels change."""
    local, at, domain = email.rpartition("@")
    if not at:
        return email
    labels = []
    for label in domain.split("."):
        if label.startswith("xn--"):
            try:
                label = label.removeprefix("xn--").encode("ascii").decode("punycode")
            except UnicodeError:
                pass
            else:
                label = unicodedata.normalize("NFKC", label).lower()
        labels.append(label)
    return f"{local}@{'.'.join(labels)}"


def upgrade() -> None:
    # Addresses are now compared with their domain in Unicode: an account registered with
    # A-labels ("user@xn--bcher-kva.de") would no longer be found at sign-in unless its stored
    # address takes that form too. Where the Unicode form already names another account (the
    # same mailbox registered twice before), both rows stay as they are: only that other
    # account can sign in, and merging the two is
    # for an operator to decide, not a migration.
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(_users.c.id, _users.c.email).where(_users.c.email.contains("xn--"))
    ).all()
    for user_id, email in rows:
        normal = _with_unicode_domain(email)
        taken = connection.execute(sa.select(_users.c.id).where(_users.c.email == normal)).first()
        if normal != email and taken is None:
            connection.execute(_users.update().where(_users.c.id == user_id).values(email=normal))


def downgrade() -> None:
    # The A-label spelling each address had is not kept; the Unicode form names the same mailbox.
    pass
