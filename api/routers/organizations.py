"""The stakeholder registry over HTTP."""

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request, Response

from api.deps import AuthenticatedDep, PrincipalDep, SessionDep, StateDep, caller_allowed
from api.middleware import NOT_MODIFIED_RESPONSE
from api.openapi import sends_headers
from api.pagination import CursorQuery, LimitQuery, PageOut, set_next_link
from api.problems import problem_doc
from api.routers.identity import AUTH_PROBLEMS, check_limit
from auth import organizations, policy
from auth.countries import CountryGroup, RegionalGroup
from auth.models import Organization
from auth.organizations import OrganizationFilters
from auth.principal import Principal
from auth.schemas import (
    ORGANIZATION_NAME_MAX,
    OrganizationCreate,
    OrganizationRead,
    RepresentativeCreate,
    RepresentativeRead,
    StakeholderGroup,
    Verification,
    VerificationCreate,
)
from core.ids import parse_id
from core.pagination import DEFAULT_LIMIT
from core.ratelimit import representatives_key

router = APIRouter(tags=["stakeholders"])

NOT_VISIBLE = problem_doc(
    "No such organization, or it is pending or rejected and the caller is neither its "
    "representative nor the secretariat."
)


def _read(organization: Organization, response: Response, *, show_note: bool) -> OrganizationRead:
    response.headers["ETag"] = organizations.organization_etag(organization, show_note=show_note)
    return OrganizationRead.from_row(organization, show_note=show_note)


@router.post(
    "/v1/organizations",
    status_code=201,
    summary="Register an organization",
    description=(
        "Any signed-in person (not a machine client), with a token that may write (any scope "
        "but `reports:read` alone). The organization starts `pending`; the "
        "creator becomes its first representative. `country` is ISO 3166-1 alpha-3; alpha-2 "
        "codes and English names are normalised, unknown ones are 422. The UN regional group, "
        "M49 region and sub-region and the country groups (ldc, lldc, sids, developing or "
        "developed, as of the day the organization is read) are derived from it. "
        "`website` must be an http(s) URL, kept as sent (no slash is added to "
        "`https://example.org`, nor before its query or fragment) but for the URL's normal "
        "spelling (host in lower case, punycode, percent-encoding). "
        "`accreditation` is `{ecosoc_consultative: bool | general | special | roster, "
        "wsis_accredited: bool, other: text}` (a string or list of strings is accepted too, "
        "their free text joined with `; `, and so is the shape it is read back in: "
        "`ecosoc_status` beside `ecosoc_consultative: true`; statuses that contradict each "
        "other are 422). In every shape the free text is at most 500 characters: a longer one "
        "is 422, never cut. The name loses the invisible characters that carry nothing in it "
        "(zero-width space, word joiner, BOM, soft hyphen; ZWJ and ZWNJ stay). A name already "
        "registered in the same country by an organization that is not rejected (compared "
        "after NFKC, ignoring letter case and runs of spaces) is 409, also when two "
        "registrations of it race each other (one is 201, the others 409), and the problem's "
        "`detail` names that organization's id, whose representatives can add the caller "
        "(not while it is pending: a pending organization is not shown to others). "
        "A machine client or a "
        "read-only token is 403 before the body is looked at, whatever it holds (never 422)."
    ),
    responses={
        **sends_headers(201, "Location", "ETag"),
        **AUTH_PROBLEMS,
        403: problem_doc(
            "Machine clients cannot register organizations; a read-only token cannot either."
        ),
        409: problem_doc(
            "An organization that is not rejected already has this name in this country; "
            "`detail` names its id when it is verified."
        ),
        422: problem_doc("Invalid fields, e.g. an unknown country."),
    },
)
async def create_organization(
    body: OrganizationCreate,
    principal: Annotated[Principal, caller_allowed(policy.require_can_create_organization)],
    session: SessionDep,
    response: Response,
) -> OrganizationRead:
    organization = await organizations.create(session, principal, body)
    response.headers["Location"] = f"/v1/organizations/{organization.id}"
    return _read(organization, response, show_note=True)


@router.get(
    "/v1/organizations",
    summary="List organizations",
    description=(
        "Verified organizations, plus the caller's own pending or rejected ones; the secretariat "
        "sees every organization (and alone sees `verification_note` here; a representative reads "
        "its organization's note at `GET /v1/organizations/{id}`). Filters combine with AND; "
        "`country` accepts the same forms as on creation; `country_group` selects by the "
        "country's group as of today (UTC); `q` finds the organizations whose name contains "
        "it, compared as registration compares names (NFKC, letter case and runs of spaces "
        "aside, invisible characters dropped: `ｋｅｎｙａ  ict` finds `Kenya ICT Action "
        "Network`). A filter's unknown value is 422. "
        "Keyset pagination in registration order; a cursor holds its filters."
    ),
    responses={
        400: problem_doc("A cursor this API did not issue for this list."),
        422: problem_doc("Unknown filter value, e.g. an unknown country."),
    },
)
async def list_organizations(
    request: Request,
    response: Response,
    principal: PrincipalDep,
    session: SessionDep,
    stakeholder_group: StakeholderGroup | None = None,
    country: Annotated[
        str | None, Query(max_length=100, description="ISO 3166-1 code or English name.")
    ] = None,
    regional_group: RegionalGroup | None = None,
    country_group: Annotated[
        CountryGroup | None,
        Query(
            description="The country group of the organization's country as of today (UTC), "
            "as its `country_groups` reads (`ldc`, `lldc`, `sids`, `developing`, `developed`; "
            "they overlap)."
        ),
    ] = None,
    verification: Verification | None = None,
    q: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=ORGANIZATION_NAME_MAX,
            description="Part of the name, in any letter case or width.",
        ),
    ] = None,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> PageOut[OrganizationRead]:
    page = await organizations.list_visible(
        session,
        principal,
        OrganizationFilters(
            stakeholder_group=stakeholder_group,
            country=country,
            regional_group=regional_group,
            country_group=country_group,
            verification=verification,
            name=q,
        ),
        cursor=cursor,
        limit=limit,
    )
    set_next_link(request, response, page.next_cursor)
    return PageOut(
        items=[
            OrganizationRead.from_row(o, show_note=principal.is_secretariat) for o in page.items
        ],
        next_cursor=page.next_cursor,
    )


@router.get(
    "/v1/organizations/{organization_id}",
    summary="Read an organization",
    description=(
        "Includes the derived classification of its country. Returns an `ETag`: "
        '`"<id>.<revision>"` for the secretariat and the organization\'s representatives, who '
        "see its `verification_note`; for anyone else, when it has a note they are not shown, "
        '`"<id>.<revision>.note-withheld"`, so that a person who becomes a representative or '
        "joins the secretariat is answered the note in full, not 304. Once the country has "
        "graduated from the LDC list (`country_groups` is read as of today, UTC), "
        '`.ldc-graduated` follows the revision (`"<id>.<revision>.ldc-graduated"`, before '
        "`.note-withheld`): a copy cached before the graduation is answered anew, and a "
        "decision's `If-Match` names the tag with it."
    ),
    responses={404: NOT_VISIBLE, **NOT_MODIFIED_RESPONSE},
)
async def read_organization(
    organization_id: str, principal: PrincipalDep, session: SessionDep, response: Response
) -> OrganizationRead:
    organization, member = await organizations.get_visible(
        session, principal, parse_id(organization_id)
    )
    return _read(organization, response, show_note=member or principal.is_secretariat)


@router.post(
    "/v1/organizations/{organization_id}/verification",
    summary="Verify or reject an organization",
    description=(
        "Secretariat only, with the `moderation:write` scope: `{decision: verified | rejected, "
        "note}` (a note is required to reject). Any decision may follow any other; each is "
        "recorded and audited. Only representatives of a verified organization can submit "
        "comments. Returns the updated organization. `If-Match` is optional: sent, it must "
        "name the organization's current ETag as the secretariat reads it, with the note (412 "
        "otherwise), so that a decision taken on a stale reading of the organization is "
        "refused. Verifying an organization whose name (compared as on registration) another "
        "organization that is not rejected holds in the same country is 409 naming that one: "
        "one of the two must be rejected first."
    ),
    responses={
        **sends_headers(200, "ETag"),
        **AUTH_PROBLEMS,
        403: problem_doc("Not the secretariat, or the token lacks `moderation:write`."),
        404: NOT_VISIBLE,
        409: problem_doc(
            "A verification, while another organization that is not rejected has this name in "
            "this country; `detail` names it."
        ),
        412: problem_doc("`If-Match` names an older state of the organization."),
        422: problem_doc("Invalid decision, or a rejection without a note."),
    },
)
async def decide_organization_verification(
    organization_id: str,
    body: VerificationCreate,
    principal: AuthenticatedDep,
    session: SessionDep,
    response: Response,
    if_match: Annotated[
        str | None,
        Header(description="Optional: the organization's ETag as the secretariat read it."),
    ] = None,
) -> OrganizationRead:
    organization = await organizations.decide_verification(
        session, principal, parse_id(organization_id), body, if_match=if_match
    )
    return _read(organization, response, show_note=True)


async def _representatives_limit(principal: AuthenticatedDep, state: StateDep) -> None:
    """Each answer tells whether an address has an account (201 or 422), so adding people is
    limited per account, as registration is: the accounts cannot be enumerated through it. The
    secretariat and admins, who may look any address up (``GET /v1/users``), are not limited.
    Runs before the unit of work opens: on SQLite the counters need the write lock too."""
    if principal.is_secretariat or principal.user_id is None:
        return
    refusal = await check_limit(
        state,
        representatives_key(str(principal.user_id)),
        state.settings.rate_limit_representatives,
        what="representatives added",
    )
    if refusal is not None:
        raise refusal


@router.post(
    "/v1/organizations/{organization_id}/representatives",
    status_code=201,
    summary="Add a representative",
    description=(
        "A representative of the organization (or the secretariat) adds a registered person "
        "by e-mail address. Works while the organization is pending, so colleagues can be "
        "added during review; they speak for it once it is verified. Not while it is rejected "
        "(409). Machine clients cannot add people, nor can a read-only token (one carrying "
        "only `reports:read`). The answer names the membership (`user_id`, which ending it "
        "takes, and the `email` given), not the person's display name. The 201 has no "
        "`Location`: a membership has no representation to read (the organization does not "
        "list its representatives; the person sees it in `GET /v1/me`), and it is ended at "
        "`DELETE /v1/organizations/{id}/representatives/{user_id}`. Limited per account by "
        "`PLENARY_RATE_LIMIT_REPRESENTATIVES` (429 with `Retry-After`; every attempt counts, "
        "since each answer tells whether the address has an account); the secretariat and "
        "admins are not limited."
    ),
    responses={
        **AUTH_PROBLEMS,
        403: problem_doc("Not a representative of this organization, or a read-only token."),
        404: NOT_VISIBLE,
        409: problem_doc(
            "This person already represents the organization, or the organization was rejected."
        ),
        422: problem_doc("No registered account has this e-mail address."),
        429: problem_doc("Too many representatives added by this account (with `Retry-After`)."),
    },
    dependencies=[Depends(_representatives_limit)],
)
async def add_organization_representative(
    organization_id: str,
    body: RepresentativeCreate,
    principal: AuthenticatedDep,
    session: SessionDep,
) -> RepresentativeRead:
    membership, user = await organizations.add_representative(
        session, principal, parse_id(organization_id), body
    )
    return RepresentativeRead.from_rows(membership, user)


@router.delete(
    "/v1/organizations/{organization_id}/representatives/{user_id}",
    status_code=204,
    summary="End a membership: leave, or remove a representative",
    description=(
        "The person themself (leaving), another representative of the organization or the "
        "secretariat ends the membership, whatever the organization's verification state. "
        "It takes effect at the next request: the person's tokens no longer act for the "
        "organization, nor see it while it is pending or rejected. The last representative "
        "may leave: the organization keeps its state and its comments, nobody speaks for it, "
        "and the secretariat can add a representative. Audited as `representative.removed`. "
        "Machine clients cannot remove people, nor can a read-only token (one carrying only "
        "`reports:read`)."
    ),
    responses={
        **AUTH_PROBLEMS,
        403: problem_doc(
            "Neither the person, a representative of this organization nor the secretariat; "
            "a machine client, or a read-only token."
        ),
        404: problem_doc(
            "No such organization (or one the caller may not see), or this person does not "
            "represent it."
        ),
    },
)
async def remove_organization_representative(
    organization_id: str, user_id: str, principal: AuthenticatedDep, session: SessionDep
) -> Response:
    await organizations.remove_representative(
        session, principal, parse_id(organization_id), parse_id(user_id)
    )
    return Response(status_code=204)
