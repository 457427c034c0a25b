"""Request and response shapes of accounts, organizations and OAuth clients.

Request models forbid unknown fields and normalise what people type (e-mail case, country names,
Unicode forms); response models are built from table rows by ``from_row`` and never carry
password hashes or client secret hashes.

Choices made where the contract is silent:

- E-mail addresses are NFKC-normalised, trimmed and lower-cased, an internationalised domain
  decoded from A-labels (punycode) to its Unicode form, then checked for one ``@`` with a
  dotted domain; deliverability is not checked (no network at registration).
- Passwords: at least 10 characters, at most 1024 (Argon2 hashes anything, but an unbounded body
  would be a cheap denial of service), and not the e-mail address in any letter case.
- ``accreditation`` accepts an object (``ecosoc_consultative``: true or the ECOSOC status
  ``general`` / ``special`` / ``roster``, ``wsis_accredited``: bool, ``other``: free text; also
  the shape it is read back in, with ``ecosoc_status`` beside ``ecosoc_consultative: true``), a
  string (``"ecosoc_consultative"``, ``"wsis_accredited"``, or free text) or a list of such
  strings, whose free text is joined with "; "; in every shape that text is at most 500
  characters (longer is 422, not cut); it is always answered as the object.
- ``website`` must be an absolute http(s) URL as written (``https://`` and a host, no user
  name or password: the registry is public) whose host the public can reach: a DNS name of
  two labels or more with valid labels (IDNs too), or a public IP address. It is stored in
  the URL parser's normal form (lower-case host, punycode, percent-encoding), which makes one
  URL one string, without the slash that form adds to a URL with no path:
  ``https://example.org`` is kept as written.
- ``gender`` also takes common synonyms in any letter case (``female``, ``male``,
  ``non-binary``, ``prefer not to say``...), stored and answered as the canonical value.
- Free-text strings must be valid Unicode: JSON can carry a lone UTF-16 surrogate
  (``"\\ud800"``), which no response and no database column can hold.
"""

import ipaddress
import re
import unicodedata
from datetime import UTC, datetime
from typing import Annotated, Any, Literal, Self, get_args
from urllib.parse import SplitResult, parse_qsl, urlsplit, urlunsplit

import idna
from pydantic import (
    AfterValidator,
    AnyHttpUrl,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    TypeAdapter,
    ValidationError,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from auth.countries import RegionalGroup, UnknownCountryError, classify, normalize_country
from auth.models import Membership, OAuthClient, Organization, User
from auth.passwords import MIN_LENGTH
from auth.tokens import SCOPES
from core.clock import rfc3339
from core.languages import normalize_language_tag
from core.validation import field_problem, is_blank

MAX_PASSWORD_LENGTH = 1024

Gender = Literal["woman", "man", "non_binary", "undisclosed"]
GENDERS: tuple[str, ...] = get_args(Gender)
# Keyed by the lower-cased value with spaces and hyphens as underscores.
_GENDER_SYNONYMS = {
    "female": "woman",
    "male": "man",
    "nonbinary": "non_binary",
    "prefer_not_to_say": "undisclosed",
    "unspecified": "undisclosed",
}
PlatformRole = Literal["admin", "secretariat", "registered"]
StakeholderGroup = Literal[
    "government",
    "intergovernmental_organization",
    "private_sector",
    "civil_society",
    "academia",
    "technical_community",
    "parliament",
    "local_government",
    "youth",
    "other",
]
STAKEHOLDER_GROUPS: tuple[str, ...] = get_args(StakeholderGroup)
Verification = Literal["pending", "verified", "rejected"]
Decision = Literal["verified", "rejected"]
GrantType = Literal["authorization_code", "refresh_token", "client_credentials"]
Scope = Literal[
    "comments:write", "consultations:write", "moderation:write", "reports:read", "admin"
]
EcosocStatus = Literal["general", "special", "roster"]

# RFC 5322's dot-atom on both sides of the @ (no quoted local parts, no address literals),
# letters of any script allowed as RFC 6531 does: no empty, leading or trailing dot-separated
# part, none of the characters that delimit addresses in a header ("<>()[]\\,;:" and quotes),
# a domain of at least two labels, each starting and ending with a letter or digit.
_EMAIL_ATOM = r"[^\s@<>()\[\]\\,;:\".]+"
_DOMAIN_LABEL = r"[^\W_](?:(?:[^\W_]|-){0,61}[^\W_])?"
_EMAIL = re.compile(
    rf"^(?=[^@]{{1,64}}@){_EMAIL_ATOM}(?:\.{_EMAIL_ATOM})*@(?:{_DOMAIN_LABEL}\.)+{_DOMAIN_LABEL}$"
)
# C0 controls and DEL; and the bidirectional overrides, which display the characters after them
# in reverse ("Trojan Source"): a name could read as another's. Marks and isolates stay.
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u202d\u202e]")
DISPLAY_NAME_MAX = 200
ORGANIZATION_NAME_MAX = 300
CLIENT_NAME_MAX = 200
ACCREDITATION_OTHER_MAX = 500
# Format characters that change nothing a reader sees in a name, only what it compares equal
# to ("Org\u200b" beside "Org"): zero-width space, word joiner, BOM, soft hyphen. Not ZWJ and
# ZWNJ, which Arabic, Persian and Indic spellings and emoji need.
INVISIBLE_IN_NAMES = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"))
_NOT_IN_URI = re.compile(r'[\x00-\x20\x7f<>"{}|\\^`]')
_FORBIDDEN_REDIRECT_SCHEMES = {"javascript", "data", "vbscript", "file", "about", "blob"}


def _valid_unicode(value: str) -> str:
    """Pydantic checks the Unicode of a ``str`` only when it has constraints: an unconstrained
    one with a lone surrogate would fail later, when it is encoded or answered."""
    try:
        value.encode()
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode (it holds a lone UTF-16 surrogate)") from None
    return value


UnicodeText = Annotated[str, AfterValidator(_valid_unicode)]


def _canonical_gender(value: object) -> object:
    if not isinstance(value, str):
        return value
    key = re.sub(r"[\s-]+", "_", value.strip().lower())
    return _GENDER_SYNONYMS.get(key, key)


RequestedGender = Annotated[
    Gender,
    BeforeValidator(_canonical_gender),
    WithJsonSchema({"type": "string", "examples": list(GENDERS)}),
]


# What the authorization endpoint adds to a redirect URI's query (RFC 6749 4.1.2 and 4.1.2.1,
# RFC 9207).
AUTHORIZATION_RESPONSE_PARAMETERS = frozenset(
    {"code", "state", "error", "error_description", "error_uri", "iss"}
)


def _a_label_netloc(parts: SplitResult) -> str:
    """The authority of an http(s) URI with its host in A-labels (UTS 46, nontransitional, as
    browsers resolve it); raises ``idna.IDNAError`` for a host that is no domain name."""
    host = idna.encode(parts.hostname or "", uts46=True).decode("ascii")
    return host if parts.port is None else f"{host}:{parts.port}"


def a_label_uri(uri: str) -> str:
    """``uri`` with an internationalised http(s) host written in A-labels ("https://аpple.com/"
    with a Cyrillic "а" is "https://xn--pple-43d.com/"), the form that shows a look-alike for
    what it is; any other URI, or one that cannot be so written, as it is."""
    try:
        parts = urlsplit(uri)
        if parts.scheme.lower() not in {"http", "https"} or (parts.hostname or "").isascii():
            return uri
        return urlunsplit(parts._replace(netloc=_a_label_netloc(parts)))
    except (ValueError, idna.IDNAError):
        return uri


def check_redirect_uri(uri: str) -> str:
    """RFC 6749 3.1.2: an absolute URI without a fragment. Custom schemes are allowed for
    native apps (RFC 8252); schemes that run code in a browser are not. Plain ``http`` is
    allowed to any host: RFC 6749 3.1.2.1 only says the server SHOULD require TLS, and test
    and intranet clients use it; production clients should use https, since over http the
    authorization code travels in clear text (RFC 9700 2.1). An internationalised host is
    stored in A-labels (``a_label_uri``), and a user name or password is refused: both could
    make the URI read as another host than the one that receives the code."""
    if _NOT_IN_URI.search(uri):
        # urlsplit would drop them silently, and the code would go to another URI than the
        # one registered (RFC 3986 2: a URI has no spaces, controls or these delimiters).
        raise ValueError(
            f'{uri!r} is not a URI: it holds spaces, control characters or <>"{{}}|\\^`'
        )
    parts = urlsplit(uri)
    if len(uri) > 2000 or not parts.scheme or parts.fragment or "#" in uri:
        raise ValueError(f"{uri!r} is not an absolute URI without a fragment")
    try:
        _ = parts.port  # urlsplit reads the port only when asked
    except ValueError:
        raise ValueError(f"{uri!r} has a port that is not a number from 0 to 65535") from None
    scheme = parts.scheme.lower()
    if scheme in _FORBIDDEN_REDIRECT_SCHEMES:
        raise ValueError(f"{uri!r} uses a scheme that is not allowed for redirects")
    if "@" in parts.netloc:
        raise ValueError(
            f"{uri!r} holds a user name or password (RFC 3986 3.2.1), which reads like a host "
            "but is not the one that receives the code"
        )
    if scheme in {"http", "https"} and not parts.hostname:
        raise ValueError(f"{uri!r} has no host")
    if scheme in {"http", "https"} and not (parts.hostname or "").isascii():
        try:
            uri = urlunsplit(parts._replace(netloc=_a_label_netloc(parts)))
        except idna.IDNAError:
            raise ValueError(f"{uri!r} has a host that is no valid domain name") from None
    taken = sorted(
        {name for name, _ in parse_qsl(parts.query, keep_blank_values=True)}
        & AUTHORIZATION_RESPONSE_PARAMETERS
    )
    if taken:
        # The registered query is kept in the response (RFC 6749 3.1.2): the client would get
        # two values, and many libraries read the first, which is not ours.
        raise ValueError(
            f"{uri!r} has {', '.join(taken)} in its query, which the authorization response "
            "adds itself"
        )
    return uri


_HTTP_URL: TypeAdapter[AnyHttpUrl] = TypeAdapter(AnyHttpUrl)
# A DNS label in its ASCII form (RFC 1123 2.1, an IDN's as punycode, RFC 5890): letters, digits
# and hyphens, 1 to 63 of them, neither first nor last a hyphen.
_DNS_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


def _check_public_host(host: str) -> None:
    """A host the public can reach: a DNS name of two labels or more, or a public IP address.
    ``host`` is the URL parser's (lower case, punycode, IPv6 in brackets, IPv4 spelt out)."""
    try:
        address = ipaddress.ip_address(host.removeprefix("[").removesuffix("]"))
    except ValueError:
        address = None
    if address is not None:
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        if (
            address.is_loopback
            or address.is_private
            or address.is_link_local
            or address.is_unspecified
            or address.is_reserved
        ):
            raise ValueError(
                f"the host {host} is a loopback, private, link-local, unspecified or reserved "
                "address, which the public cannot reach: give the organization's public website"
            )
        return
    # One trailing dot is the DNS root ("example.org."), the same name.
    name = host.removesuffix(".")
    labels = name.split(".")
    if len(name) > 253 or not all(_DNS_LABEL.fullmatch(label) for label in labels):
        raise ValueError(
            f"the host {host!r} is not a DNS name: each dot-separated part must be 1 to 63 "
            "letters, digits or hyphens, not starting or ending with a hyphen (no underscore)"
        )
    if len(labels) < 2:
        raise ValueError(
            f"the host {host!r} is a single label, not a public domain name: give "
            "the organization's public website, as https://example.org"
        )


def http_url(value: str) -> str:
    """An absolute http(s) URL in its normal form (pydantic's, the WHATWG URL parser's), less
    the slash that form gives a URL with no path: "https://example.org" was answered as
    "https://example.org/", which is the same resource but not what the person wrote; so was
    "https://example.org?q=1" or "https://example.org#about".

    Absolute as written, not only once the WHATWG parser has repaired it: that parser makes
    "https:///path" the host "path" and "http:example.org" the host "example.org", a URL
    other than the one typed. No user name or password either (RFC 3986 3.2.1 deprecates
    them), since the URL is published; and a host the public can reach
    (:func:`_check_public_host`), not "localhost", "127.0.0.1" or "exa_mple.org"."""
    try:
        url = _HTTP_URL.validate_python(value)
    except ValidationError as exc:
        raise ValueError(exc.errors()[0]["msg"]) from exc
    written = urlsplit(value.strip())
    if not written.hostname:
        raise ValueError(
            "must be an absolute URL with a host after the scheme's //, as in https://example.org"
        )
    if "@" in written.netloc:
        raise ValueError(
            "must not hold a user name or password (RFC 3986 3.2.1): the registry is public"
        )
    assert url.host is not None, "an http(s) URL has a host"
    _check_public_host(url.host)
    normal = str(url)
    if url.path == "/" and written.path == "":
        # The normal form's host has no slash, so the first one after "//" is the path's,
        # whether a query or fragment follows it or not.
        path_start = normal.index("/", normal.index("//") + 2)
        return normal[:path_start] + normal[path_start + 1 :]
    return normal


def normalize_email(value: str) -> str:
    """The form in which e-mail addresses are stored and compared. NFKC, not NFC: a full-width
    "ｆｕｌｌ@example.org" (an East Asian keyboard's other mode) is the same address as
    "full@example.org", not a second account beside it. An internationalised domain is kept in
    its Unicode form, the one people type and the one stored before A-labels were decoded:
    "user@xn--bcher-kva.de" is the mailbox "user@bücher.de" (RFC 5890 2.3.2.1)."""
    address = unicodedata.normalize("NFKC", value).strip().lower()
    local, at, domain = address.rpartition("@")
    if not at:
        return address
    return f"{local}@{'.'.join(_u_label(label) for label in domain.split('.'))}"


def _u_label(label: str) -> str:
    """The Unicode form of an A-label, normalised as typed domains are; any other label, and an
    "xn--" label that is no Punycode, as it is (it cannot name a Unicode domain)."""
    if not label.startswith("xn--"):
        return label
    try:
        decoded = label.removeprefix("xn--").encode("ascii").decode("punycode")
    except UnicodeError:
        return label
    return unicodedata.normalize("NFKC", decoded).lower()


def checked_email(value: str) -> str:
    """``normalize_email``, refusing what is no e-mail address."""
    email = normalize_email(value)
    if not _EMAIL.match(email):
        raise ValueError("not an e-mail address")
    return email


def _clean_text(value: str, *, what: str, max_length: int) -> str:
    """NFC, trimmed, not blank (nothing but spaces and invisible characters), no control
    characters, and at most ``max_length`` characters once normalised. Only here: NFC changes
    a text's length either way (U+0958 becomes two characters, "e" + U+0301 one), so a limit
    on the field, checked on the text as sent, would count other characters than are stored
    (``_limited_after_nfc``)."""
    text = unicodedata.normalize("NFC", value).strip()
    if is_blank(text):
        raise ValueError(f"{what} must not be empty")
    if _CONTROL.search(text):
        raise ValueError(f"{what} must not contain control characters or bidirectional overrides")
    if len(text) > max_length:
        raise ValueError(
            f"{what} must be at most {max_length} characters (counted after Unicode NFC "
            "normalisation)"
        )
    return text


def _limited_after_nfc(max_length: int) -> dict[str, Any]:
    """The schema of a name whose limit ``_clean_text`` checks after NFC."""
    return {
        "description": f"At most {max_length} characters, counted after Unicode NFC normalisation.",
        "json_schema_extra": {"maxLength": max_length},
    }


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Credentials(_Request):
    """An e-mail address and a password under registration's rules, which setting a new
    password (``plenary users set-password``) follows too."""

    email: str = Field(
        max_length=320,
        description="Stored and compared trimmed, NFKC-normalised and in lower case, an "
        "internationalised domain in its Unicode form: `user@xn--bcher-kva.de` is the "
        "address `user@bücher.de`, one mailbox and one account.",
        examples=["amina.diallo@example.org"],
    )
    password: str = Field(
        min_length=MIN_LENGTH,
        max_length=MAX_PASSWORD_LENGTH,
        description=f"At least {MIN_LENGTH} characters, not the e-mail address, not only white "
        "space or one character repeated. Never echoed.",
    )

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        return checked_email(value)

    @field_validator("password")
    @classmethod
    def _password(cls, value: str) -> str:
        # NIST SP 800-63B 5.1.1.2 allows any characters, spaces included, but refuses
        # repetitive ones: ten spaces or ten times one letter guard nothing.
        if len(set(value)) < 2 or not value.strip():
            raise ValueError("password must not be one character repeated or only spaces")
        return value

    @model_validator(mode="after")
    def _password_is_not_email(self) -> Self:
        if normalize_email(self.password) == self.email:
            raise field_problem("password", "must not be the e-mail address")
        return self


class UserCreate(Credentials):
    display_name: str = Field(examples=["Amina Diallo"], **_limited_after_nfc(DISPLAY_NAME_MAX))
    gender: RequestedGender | None = Field(
        None,
        description="Self-declared; shown only to you and the secretariat. One of `woman`, "
        "`man`, `non_binary`, `undisclosed`; also accepted, in any letter case: `female`, "
        "`male`, `non-binary` / `nonbinary`, `prefer_not_to_say` / `prefer not to say` / "
        "`unspecified`, stored and answered as the canonical value.",
    )
    birth_year: int | None = Field(
        None,
        strict=True,
        description="For youth statistics; shown only to you and the secretariat. A JSON "
        'integer (not `"1990"` or `1990.0`).',
    )
    languages: list[str] | None = Field(
        None,
        max_length=20,
        description="Working languages: BCP 47 tags whose language is an ISO 639 code, returned "
        "in canonical form (`zh_hans` becomes `zh-Hans`, `eng` becomes `en`). Omitted or null: "
        "none.",
    )

    @field_validator("display_name")
    @classmethod
    def _display_name(cls, value: str) -> str:
        return _clean_text(value, what="display_name", max_length=DISPLAY_NAME_MAX)

    @field_validator("birth_year")
    @classmethod
    def _birth_year(cls, value: int | None) -> int | None:
        if value is not None and not 1900 <= value <= datetime.now(UTC).year:
            raise ValueError("birth_year must be a year between 1900 and this year")
        return value

    @field_validator("languages")
    @classmethod
    def _languages(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return None
        return list(dict.fromkeys(normalize_language_tag(tag) for tag in value))


MembershipRole = Literal["representative", "member", "client"]


class MembershipRead(BaseModel):
    organization_id: str
    organization_name: str
    verification: Verification
    role: MembershipRole = Field(
        description="`representative` of a pending or verified organization (speaking for it "
        "once it is verified: the `representative` of `roles`); `member` of one the "
        "secretariat rejected, whose people still belong to it (they read it and the note, "
        "and may leave) but no longer represent it; `client` for a machine client's own "
        "organization."
    )
    created_at: str


class UserRead(BaseModel):
    """An account as its owner (and the secretariat) sees it."""

    id: str
    email: str
    display_name: str
    role: PlatformRole
    gender: Gender | None
    birth_year: int | None
    languages: list[str]
    created_at: str

    @classmethod
    def from_row(cls, user: User) -> "UserRead":
        return cls(
            id=str(user.id),
            email=user.email,
            display_name=user.display_name,
            role=user.role,
            gender=user.gender,
            birth_year=user.birth_year,
            languages=list(user.languages),
            created_at=rfc3339(user.created_at),
        )


class UserFound(BaseModel):
    """An account found by its e-mail address, for the secretariat to name it."""

    id: str
    email: str
    display_name: str
    role: PlatformRole
    roles: list[str] = Field(
        description="Every role the person holds, as `GET /v1/me` names them: admin, "
        "secretariat, registered, representative (of a verified organization), co-facilitator."
    )


class MeRead(BaseModel):
    """The caller: a person, or a machine client acting for its organization."""

    kind: Literal["user", "client"]
    id: str | None = Field(description="The account id; null for a machine client.")
    client_id: str | None = Field(description="The OAuth client the token was issued to.")
    email: str | None
    display_name: str | None
    role: PlatformRole | Literal["client"] = Field(
        description="A person's role on the platform: `admin`, `secretariat` or `registered`. "
        "`client` for a machine client (`kind: client`, a client_credentials token), which has "
        "no account and acts for its organization only."
    )
    roles: list[str] = Field(
        description="Every role the caller holds: admin, secretariat, registered, "
        "representative (of a verified organization), co-facilitator. An admin holds the "
        "secretariat's role too. A machine client holds `representative` while its "
        "organization is verified, and no role otherwise."
    )
    scopes: list[str]
    gender: Gender | None
    birth_year: int | None
    languages: list[str]
    created_at: str | None
    memberships: list[MembershipRead]
    facilitates: list[str] = Field(
        description="Ids of the consultations the caller co-facilitates (where its "
        "co-facilitator role applies)."
    )


class RoleUpdate(_Request):
    role: Literal["secretariat", "registered"] = Field(
        description="Admins are made with the command line only."
    )


class Accreditation(_Request):
    ecosoc_consultative: bool | EcosocStatus = False
    ecosoc_status: EcosocStatus | None = Field(
        None,
        description="The ECOSOC status as organizations are read back (with "
        "`ecosoc_consultative` true or omitted), so that what was read can be sent again.",
    )
    wsis_accredited: bool = False
    other: str | None = Field(None, max_length=ACCREDITATION_OTHER_MAX)

    @model_validator(mode="after")
    def _one_ecosoc_status(self) -> Self:
        if self.ecosoc_status is None:
            return self
        consultative = self.ecosoc_consultative
        if consultative is False and "ecosoc_consultative" in self.model_fields_set:
            raise ValueError("ecosoc_status needs ecosoc_consultative true (or omitted)")
        if isinstance(consultative, str) and consultative != self.ecosoc_status:
            raise ValueError("ecosoc_consultative and ecosoc_status name different statuses")
        self.ecosoc_consultative = self.ecosoc_status
        return self


class AccreditationRead(BaseModel):
    ecosoc_consultative: bool
    ecosoc_status: EcosocStatus | None
    wsis_accredited: bool
    other: str | None

    @classmethod
    def from_stored(cls, stored: dict[str, Any]) -> "AccreditationRead":
        return cls(
            ecosoc_consultative=bool(stored.get("ecosoc_consultative", False)),
            ecosoc_status=stored.get("ecosoc_status"),
            wsis_accredited=bool(stored.get("wsis_accredited", False)),
            other=stored.get("other"),
        )


def _accreditation_from_text(texts: list[str]) -> Accreditation:
    flags = {"ecosoc_consultative": False, "wsis_accredited": False}
    other: list[str] = []
    for text in texts:
        key = text.strip().lower()
        if key in flags:
            flags[key] = True
        elif key:
            other.append(text.strip())
    joined = "; ".join(other)
    if len(joined) > ACCREDITATION_OTHER_MAX:
        # Refused as the object form's "other" is, rather than cut: a cut text says less than
        # the organization wrote, without telling it.
        raise ValueError(
            f"the accreditation's free text must be at most {ACCREDITATION_OTHER_MAX} "
            f"characters (the strings joined with '; '), not {len(joined)}"
        )
    return Accreditation(
        ecosoc_consultative=flags["ecosoc_consultative"],
        wsis_accredited=flags["wsis_accredited"],
        other=joined or None,
    )


def _accreditation_shape(value: Any) -> str:
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "list"
    return "object"


# One of three shapes, told apart by the JSON type, so that a wrong value gets the errors of its
# own shape only (a bad object is not also "not a valid string" and "not a valid list"), located
# under "object", "text" or "list".
AccreditationInput = Annotated[
    Annotated[Accreditation, Tag("object")]
    | Annotated[UnicodeText, Tag("text")]
    | Annotated[list[UnicodeText], Tag("list")],
    Discriminator(_accreditation_shape),
]


class OrganizationCreate(_Request):
    name: str = Field(
        examples=["Kenya ICT Action Network"], **_limited_after_nfc(ORGANIZATION_NAME_MAX)
    )
    stakeholder_group: StakeholderGroup
    country: str = Field(
        max_length=100,
        description="ISO 3166-1 alpha-3 (alpha-2, numeric M49 codes and English names are "
        "normalised; an abbreviation's dots are dropped, `U.S.A.`, a number's are not: `4.0` "
        "is 422); the headquarters country of an international organization. Kosovo "
        "(`XK`, `XKX`) is 422 with the reason: it has no ISO 3166-1 code and no M49 entry, "
        "so it cannot be classified.",
        examples=["KEN"],
    )
    website: str | None = Field(
        None,
        description="An absolute http(s) URL, at most 500 characters: `http://` or "
        "`https://` and a host as written (`https:///path` and `http:example.org` are "
        "refused, not repaired), without a user name or password. The host must be one the "
        "public can reach: a DNS name of two labels or more, each 1 to 63 letters, digits or "
        "hyphens, not starting or ending with one (an internationalised name is accepted), or "
        "a public IP address; `localhost`, `https://example`, `exa_mple.org`, `example..org` "
        "and loopback, private, link-local, unspecified or reserved addresses "
        "(`http://127.0.0.1`, `http://10.0.0.1`, `http://[::1]`) are 422. Kept as sent but for "
        "what makes it one URL in one spelling: the scheme and host in lower case, an "
        "internationalised host in its ASCII (punycode) form, characters a URL cannot hold "
        "percent-encoded, a default port dropped. No slash is added to a URL without a path "
        "(`https://example.org` and `https://example.org?q=1#about` stay so).",
        json_schema_extra={"format": "uri"},
        examples=["https://kictanet.or.ke"],
    )
    accreditation: AccreditationInput | None = None

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        return _clean_text(
            value.translate(INVISIBLE_IN_NAMES), what="name", max_length=ORGANIZATION_NAME_MAX
        )

    @field_validator("country")
    @classmethod
    def _country(cls, value: str) -> str:
        try:
            return normalize_country(value)
        except UnknownCountryError as exc:
            raise ValueError(str(exc)) from exc

    @field_validator("website")
    @classmethod
    def _website(cls, value: str | None) -> str | None:
        if value is None:
            return None
        website = http_url(value)
        if len(website) > 500:
            raise ValueError("website must be at most 500 characters")
        return website

    @field_validator("accreditation")
    @classmethod
    def _accreditation(
        cls, value: Accreditation | str | list[str] | None
    ) -> Accreditation | str | list[str] | None:
        # Converted here, inside validation, so that an invalid text is a 422 like any field.
        if isinstance(value, str):
            return _accreditation_from_text([value])
        if isinstance(value, list):
            return _accreditation_from_text(value)
        return value

    def stored_accreditation(self) -> dict[str, Any]:
        value = self.accreditation
        if value is None:
            return {}
        assert isinstance(value, Accreditation), "converted by the field validator"
        status = value.ecosoc_consultative
        return {
            "ecosoc_consultative": bool(status),
            "ecosoc_status": status if isinstance(status, str) else None,
            "wsis_accredited": value.wsis_accredited,
            "other": value.other,
        }


class OrganizationRead(BaseModel):
    id: str
    name: str
    stakeholder_group: StakeholderGroup
    country: str = Field(description="ISO 3166-1 alpha-3.")
    website: str | None
    accreditation: AccreditationRead
    regional_group: RegionalGroup
    m49_region: str | None
    m49_subregion: str | None
    country_groups: list[str] = Field(
        description="Any of ldc, lldc, sids, and developing or developed, as of today (UTC): "
        "a country leaves ldc on its graduation day (Bangladesh, Lao PDR and Nepal on "
        "2026-11-24, under General Assembly resolution 76/8; Solomon Islands on 2027-12-13). "
        "developed / developing is M49's historical column, retired by UNSD in December 2021 "
        "and frozen as last published (Europe, Northern America, Australia, New Zealand, Japan, "
        "Israel and Cyprus developed; every other area with an M49 region developing; Taiwan "
        "and Antarctica neither), so Moldova and North Macedonia read developed and lldc."
    )
    verification: Verification
    verification_note: str | None = Field(
        description="The secretariat's note on its last decision, for the organization: shown "
        "to the secretariat and the organization's representatives, null for everyone else."
    )
    verified_at: str | None
    created_at: str
    updated_at: str

    @classmethod
    def from_row(cls, organization: Organization, *, show_note: bool) -> "OrganizationRead":
        return cls(
            id=str(organization.id),
            name=organization.name,
            stakeholder_group=organization.stakeholder_group,
            country=organization.country,
            website=organization.website,
            accreditation=AccreditationRead.from_stored(organization.accreditation),
            regional_group=organization.regional_group,
            m49_region=organization.m49_region,
            m49_subregion=organization.m49_subregion,
            # Classified at each reading, not read from the column stored at the last
            # decision: a graduation from the LDC list shows on its day for every organization.
            country_groups=list(classify(organization.country).country_groups),
            verification=organization.verification,
            verification_note=organization.verification_note if show_note else None,
            verified_at=rfc3339(organization.verified_at) if organization.verified_at else None,
            created_at=rfc3339(organization.created_at),
            updated_at=rfc3339(organization.updated_at),
        )


class VerificationCreate(_Request):
    decision: Decision
    note: str | None = Field(
        None, max_length=2000, description="Required when rejecting: the organization reads it."
    )

    @model_validator(mode="after")
    def _rejection_has_note(self) -> Self:
        if self.note is not None:
            self.note = unicodedata.normalize("NFC", self.note).strip() or None
        if self.decision == "rejected" and not self.note:
            raise field_problem("note", "a rejection needs a note saying why")
        return self


class RepresentativeCreate(_Request):
    email: str = Field(max_length=320, description="A registered account's e-mail address.")

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        return checked_email(value)


class RepresentativeRead(BaseModel):
    """The membership added. Not the person's display name: the caller knows the address they
    typed, and the name is the person's to show. The user id is what ending the membership
    (``DELETE .../representatives/{user_id}``) names."""

    organization_id: str
    user_id: str
    email: str
    role: str
    created_at: str

    @classmethod
    def from_rows(cls, membership: Membership, user: User) -> "RepresentativeRead":
        return cls(
            organization_id=str(membership.organization_id),
            user_id=str(user.id),
            email=user.email,
            role=membership.role,
            created_at=rfc3339(membership.created_at),
        )


class ClientCreate(_Request):
    name: str = Field(**_limited_after_nfc(CLIENT_NAME_MAX))
    redirect_uris: list[UnicodeText] = Field(
        default_factory=list,
        max_length=20,
        description="Absolute URIs without a fragment: https, http (accepted for any host, "
        "for tests and intranets; production clients should use https), or a native app's "
        "own scheme (RFC 8252); no user name or password before the host, and an "
        "internationalised host is stored in A-labels (`https://bücher.de/cb` as "
        "`https://xn--bcher-kva.de/cb`, matched in either form at sign-in). Their query may not "
        "hold the parameters the authorization "
        "response adds (`code`, `state`, `error`, `error_description`, `error_uri`, `iss`). "
        "Matched exactly at sign-in, except that a loopback IP redirect "
        "URI (`http://127.0.0.1/...` or `http://[::1]/...`, with or without a port) matches "
        "any port, as native apps listen on an ephemeral one (RFC 8252 7.3); path and query "
        "still match exactly, and `localhost` is matched exactly (RFC 8252 8.3).",
    )
    grant_types: list[GrantType] | None = Field(
        None,
        description="Default: authorization_code and refresh_token when redirect URIs are "
        "given, plus client_credentials when bound to an organization.",
    )
    scopes: list[Scope] | None = Field(
        None,
        description="Default: every scope the client's grants can carry (all of them; only "
        "comments:write and reports:read for a client without authorization_code). An empty "
        "list is refused. With the client_credentials grant, one of comments:write and "
        "reports:read is required, and without authorization_code no other is allowed: client "
        "credentials tokens carry only those two.",
    )
    organization_id: str | None = Field(
        None, description="Binds the client to one organization (client credentials)."
    )
    public: bool = Field(
        False, description="A public client (browser or native app) gets no secret; PKCE only."
    )

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        return _clean_text(value, what="name", max_length=CLIENT_NAME_MAX)

    @field_validator("redirect_uris")
    @classmethod
    def _redirect_uris(cls, value: list[str]) -> list[str]:
        return [check_redirect_uri(uri) for uri in dict.fromkeys(value)]


class ClientRead(BaseModel):
    client_id: str
    client_secret: str | None = Field(
        description="Shown once, at registration; null for public clients."
    )
    name: str
    redirect_uris: list[str]
    grant_types: list[str]
    scopes: list[str]
    organization_id: str | None
    token_endpoint_auth_method: Literal["client_secret_basic", "none"]
    created_at: str

    @classmethod
    def from_row(cls, client: OAuthClient, secret: str | None) -> "ClientRead":
        return cls(
            client_id=client.client_id,
            client_secret=secret,
            name=client.name,
            redirect_uris=list(client.redirect_uris),
            grant_types=list(client.grant_types),
            scopes=list(client.scopes),
            organization_id=str(client.organization_id) if client.organization_id else None,
            token_endpoint_auth_method="none"
            if client.secret_hash is None
            else ("client_secret_basic"),
            created_at=rfc3339(client.created_at),
        )


ALL_SCOPES: tuple[str, ...] = tuple(SCOPES)
