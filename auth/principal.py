"""Who is calling: the person or machine client behind a request, and what they may do.

Authorization rules read a Principal; they never look at tokens or HTTP. The role is always read
from the database at request time, so a token can never do more than its user's role allows now,
whatever its scopes say.
"""

import uuid
from dataclasses import dataclass, field
from typing import Literal

from core.errors import Forbidden

Role = Literal["admin", "secretariat", "registered", "anonymous"]


@dataclass(frozen=True, slots=True)
class Principal:
    role: Role
    user_id: uuid.UUID | None = None
    client_id: str | None = None
    scopes: frozenset[str] = field(default_factory=frozenset)
    # Set for client-credentials tokens: the client acts as a representative of this
    # organization and of nothing else.
    bound_organization_id: uuid.UUID | None = None

    @property
    def is_anonymous(self) -> bool:
        return self.role == "anonymous"

    @property
    def is_secretariat(self) -> bool:
        """Admins may do everything the secretariat may."""
        return self.role in {"admin", "secretariat"}

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def actor_id(self) -> str | None:
        """What the audit log records as the actor."""
        if self.user_id is not None:
            return str(self.user_id)
        if self.client_id is not None:
            return f"client:{self.client_id}"
        return None

    def require_scope(self, scope: str) -> None:
        if scope not in self.scopes:
            raise Forbidden(f"This action needs a token with the '{scope}' scope.")


ANONYMOUS = Principal(role="anonymous")
