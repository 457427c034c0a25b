"""Who may do what with accounts, organizations and OAuth clients: the one place these rules live.

Every function raises ``NotFound`` for what the caller may not see (so existence never leaks
through 403 versus 404) and ``Forbidden`` only for what they can see but may not change.

The rules:

- Organizations are visible to everybody once verified; pending and rejected ones only to their
  own representatives (or their bound machine client) and to the secretariat.
- Any signed-in person may register an organization; machine clients may not (they act for the
  one organization they are bound to).
- Only the secretariat (admins included) decides verification, with the ``moderation:write``
  scope on its token.
- Representatives of an organization (whatever its verification state, so colleagues can be
  added while the secretariat reviews it) and the secretariat add representatives, and remove
  them; a person may also leave an organization on their own. Machine clients never add or
  remove people.
- Only the secretariat registers and deletes OAuth clients, with the ``consultations:write`` or
  ``admin`` scope (a client may be bound to any organization and speak for it: a read-only token
  must not mint one); only admins change platform roles, with the ``admin`` scope.
- Only the secretariat (admins included) finds an account by its e-mail address, with a token
  that may appoint co-facilitators or change roles: ``consultations:write`` or ``admin``.
- ``/v1/me/export`` and ``DELETE /v1/me`` concern a person: a machine client gets 403.
- Registering an organization, adding or removing a representative and erasing one's account
  need a token that may write: one carrying any scope but ``reports:read`` (``WRITE_SCOPES``); a
  read-only token gets 403 ``insufficient_scope``.
"""

import uuid

import sqlalchemy as sa

from auth.models import Membership, Organization
from auth.principal import Principal
from core.db import table_of
from core.errors import Forbidden, NotFound

VERIFICATION_SCOPE = "moderation:write"
ROLE_SCOPE = "admin"
CLIENT_REGISTRATION_SCOPES = ("consultations:write", "admin")
USER_LOOKUP_SCOPES = ("consultations:write", "admin")


def is_bound_client(principal: Principal) -> bool:
    return principal.user_id is None and principal.bound_organization_id is not None


def can_see_organization(principal: Principal, organization: Organization, is_member: bool) -> bool:
    return (
        principal.is_secretariat
        or organization.verification == "verified"
        or is_member
        or principal.bound_organization_id == organization.id
    )


def visible_organizations_clause(principal: Principal) -> sa.ColumnElement[bool] | None:
    """The SQL condition selecting the organizations ``principal`` may see (None: all)."""
    if principal.is_secretariat:
        return None
    organizations = table_of(Organization)
    conditions: list[sa.ColumnElement[bool]] = [organizations.c.verification == "verified"]
    if principal.user_id is not None:
        memberships = table_of(Membership)
        conditions.append(
            organizations.c.id.in_(
                sa.select(memberships.c.organization_id).where(
                    memberships.c.user_id == principal.user_id
                )
            )
        )
    if principal.bound_organization_id is not None:
        conditions.append(organizations.c.id == principal.bound_organization_id)
    return sa.or_(*conditions)


def require_visible_organization(
    principal: Principal, organization: Organization | None, is_member: bool
) -> Organization:
    if organization is None or not can_see_organization(principal, organization, is_member):
        raise NotFound("No organization has this id.")
    return organization


def require_can_create_organization(principal: Principal) -> uuid.UUID:
    """Returns the creator, who becomes the first representative."""
    if principal.user_id is None:
        raise Forbidden("Organizations are registered by people, not by machine clients.")
    principal.require_write_scope()
    return principal.user_id


def require_can_decide_verification(principal: Principal) -> None:
    if not principal.is_secretariat:
        raise Forbidden("Only the secretariat verifies organizations.")
    principal.require_scope(VERIFICATION_SCOPE)


def require_can_add_representative(principal: Principal, is_member: bool) -> None:
    if principal.user_id is None:
        raise Forbidden("Machine clients cannot add representatives.")
    if not (is_member or principal.is_secretariat):
        raise Forbidden("Only the organization's representatives add representatives.")
    principal.require_write_scope()


def require_can_remove_representative(
    principal: Principal, is_member: bool, user_id: uuid.UUID | None
) -> None:
    """A person may leave; the organization's representatives and the secretariat may remove
    anyone from it."""
    if principal.user_id is None:
        raise Forbidden("Machine clients cannot remove representatives.")
    if not (is_member or principal.is_secretariat or user_id == principal.user_id):
        raise Forbidden("Only the organization's representatives remove representatives.")
    principal.require_write_scope()


def is_representative(principal: Principal, organization: Organization, is_member: bool) -> bool:
    """Speaks for the organization: a member (or its bound client) of a *verified* one."""
    if organization.verification != "verified":
        return False
    return is_member or principal.bound_organization_id == organization.id


def require_can_manage_clients(principal: Principal, action: str) -> None:
    """Registering and deleting client applications: ``action`` names which, for the 403."""
    if principal.user_id is None or not principal.is_secretariat:
        raise Forbidden(f"Only the secretariat {action} client applications.")
    principal.require_scope(*CLIENT_REGISTRATION_SCOPES)


def require_can_register_clients(principal: Principal) -> None:
    require_can_manage_clients(principal, "registers")


def require_can_find_users(principal: Principal) -> None:
    """Finding an account by its address: those who name accounts, to appoint co-facilitators
    (the secretariat, ``consultations:write``) or change roles (admins, ``admin``)."""
    if principal.user_id is None or not principal.is_secretariat:
        raise Forbidden("Only the secretariat looks accounts up.")
    principal.require_scope(*USER_LOOKUP_SCOPES)


def require_can_set_role(principal: Principal, target_id: uuid.UUID | None) -> None:
    if principal.user_id is None or not principal.is_admin:
        raise Forbidden("Only an admin changes platform roles.")
    principal.require_scope(ROLE_SCOPE)
    if target_id == principal.user_id:
        raise Forbidden("Admins cannot change their own role.")


def require_person(principal: Principal) -> uuid.UUID:
    if principal.user_id is None:
        raise Forbidden("This concerns a person's account; a machine client has none.")
    return principal.user_id


def require_can_erase(principal: Principal) -> uuid.UUID:
    user_id = require_person(principal)
    principal.require_write_scope()
    return user_id
