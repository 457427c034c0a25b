"""Configuration from the environment (prefix ``PLENARY_``). The README lists every setting."""

import ipaddress
import logging
import re
from functools import cache
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from core.ratelimit import Limit

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./var/plenary.db"
_ASYNC_DRIVERS = {
    "postgresql": "postgresql+asyncpg",
    "postgres": "postgresql+asyncpg",
    "sqlite": "sqlite+aiosqlite",
}

# Python's names, WARN and FATAL included; NOTSET, which logs what the root logger does, is no
# level an operator means.
_LOG_LEVELS = frozenset(logging.getLevelNamesMapping()) - {"NOTSET"}

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*")
_DEFAULT_PORTS = {"http": 80, "https": 443}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PLENARY_", extra="ignore")

    environment: Literal["development", "production", "test"] = Field(
        "development",
        description="production warns, at startup, of a public URL in plain http (but on a "
        "loopback host), rate limits turned off and CORS open to every origin ('*').",
    )
    database_url: str = Field(
        DEFAULT_DATABASE_URL,
        description="PostgreSQL or SQLite URL; without a driver (`postgresql://…`) the async "
        "one is used (asyncpg, aiosqlite).",
    )
    auto_migrate: bool = Field(
        False, description="Apply pending migrations at startup instead of refusing to start."
    )
    public_url: str = Field(
        "http://127.0.0.1:8000",
        description="External base URL: token issuer and the base of links in exports. "
        "When unset, `plenary serve` uses the host and port it serves (127.0.0.1 for 0.0.0.0).",
    )
    max_body_bytes: int = Field(1_048_576, gt=0, description="Largest request body in general.")
    max_document_bytes: int = Field(
        2_097_152, gt=0, description="Largest document text on document import endpoints."
    )
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Comma-separated origins allowed by CORS (scheme://host[:port], or '*'), "
        "normalised as browsers send them.",
    )
    db_pool_size: int = Field(
        20,
        gt=0,
        description="Connections kept open per worker (up to half as many again in bursts).",
    )
    log_level: str = Field(
        "INFO", description="Python logging level: DEBUG, INFO, WARNING, ERROR or CRITICAL."
    )
    access_log: bool = Field(True, description="One JSON line per request on stderr.")
    access_token_ttl: int = Field(900, gt=0, description="Access token lifetime, seconds.")
    refresh_token_ttl: int = Field(30 * 86400, gt=0, description="Refresh token lifetime, seconds.")
    rate_limits: Literal["on", "off"] = Field("on", description="off disables every limit.")
    # Per-IP limits are loose: a venue's delegates, or an acceptance script, share one address.
    rate_limit_token: str = Field(
        "300/60", description="POST /oauth/token and /oauth/revoke, together, per IP."
    )
    rate_limit_login: str = Field(
        "10/60",
        description="Failed sign-ins per e-mail address from one client IP (a refused one is "
        "not checked; successful sign-ins do not count).",
    )
    # Looser than the limit from one IP, so that a stranger must send from several addresses
    # to keep a person out; it bounds the guesses at one account from however many addresses.
    rate_limit_login_account: str = Field(
        "50/60",
        description="Failed sign-ins per e-mail address from every client IP together.",
    )
    rate_limit_login_ip: str = Field("100/60", description="Login form posts per IP.")
    rate_limit_registration: str = Field(
        "1000/3600", description="Registrations per IP and per e-mail address."
    )
    rate_limit_submission: str = Field(
        "60/60", description="Comment submissions per account and per client."
    )
    rate_limit_representatives: str = Field(
        "30/3600",
        description="Representatives added per account, the secretariat's and admins' apart "
        "(each answer tells whether an address has an account).",
    )
    flag_threshold: int = Field(
        3, gt=0, description="Distinct flags that hide a comment for review."
    )
    idempotency_ttl_hours: int = Field(24, gt=0, description="How long Idempotency-Keys are kept.")

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value

    @field_validator("cors_origins")
    @classmethod
    def _origins(cls, value: list[str]) -> list[str]:
        # A browser's Origin header is compared as a string: an entry written any other way
        # (a trailing slash, capitals, the default port) would never match, silently.
        origins = []
        for entry in value:
            origin = entry if entry == "*" else _origin(entry)
            if origin is None:
                raise ValueError(
                    f"must be origins, like 'https://app.example.org' (scheme, host and port "
                    f"only) or '*': {entry!r} is none"
                )
            if origin not in origins:
                origins.append(origin)
        return origins

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str) -> str:
        # The usual forms ("postgresql://…", "sqlite:///…") name no driver: ours are async.
        scheme, separator, rest = value.partition("://")
        driver = _ASYNC_DRIVERS.get(scheme.lower())
        if not separator or (driver is None and scheme.lower() not in _ASYNC_DRIVERS.values()):
            raise ValueError(
                "must be a PostgreSQL or SQLite URL, like 'postgresql://user@host/db' or "
                "'sqlite:///./var/plenary.db'"
            )
        return f"{driver}://{rest}" if driver else value

    @field_validator(
        "rate_limit_token",
        "rate_limit_login",
        "rate_limit_login_account",
        "rate_limit_login_ip",
        "rate_limit_registration",
        "rate_limit_submission",
        "rate_limit_representatives",
    )
    @classmethod
    def _rate_limit(cls, value: str) -> str:
        # Read at startup, not at the first request that meets the limit.
        try:
            Limit.parse(value)
        except ValueError:
            raise ValueError("must be requests/seconds, like '10/60'") from None
        return value

    @field_validator("public_url")
    @classmethod
    def _public_url(cls, value: str) -> str:
        # Tokens carry it as their issuer and audience, compared as strings: a trailing slash on
        # one side only (the server's or the demo's) would refuse every token as invalid.
        url = value.strip()
        if not _is_base_url(url):
            raise ValueError(
                "must be an absolute http or https URL without query or fragment, like "
                "'https://consult.example.org'"
            )
        return url.rstrip("/")

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, value: str) -> str:
        # Read at startup: logging would refuse it only once the app is built, in a traceback.
        level = value.strip().upper()
        if level not in _LOG_LEVELS:
            raise ValueError("must be a logging level: DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return level

    def production_warnings(self) -> list[str]:
        """What a public server should not run with, when the environment is production: a
        public URL in plain http (tokens, codes and passwords would travel in clear text) but on
        a loopback host, rate limits off, CORS open to every origin. Warned about at startup, not
        refused: an acceptance run or a private network may mean them."""
        if self.environment != "production":
            return []
        warnings = []
        if urlsplit(self.public_url).scheme != "https" and not _is_loopback(self.public_url):
            warnings.append(
                f"PLENARY_PUBLIC_URL {self.public_url} is plain http: tokens, codes and "
                "passwords travel in clear text"
            )
        if self.rate_limits == "off":
            warnings.append("PLENARY_RATE_LIMITS is off")
        if "*" in self.cors_origins:
            warnings.append("PLENARY_CORS_ORIGINS allows every origin ('*')")
        return warnings

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def _is_base_url(url: str) -> bool:
    """An absolute http or https URL with a host and a valid port, if any, that a path can be
    appended to: no query, no fragment, no white space."""
    parts = urlsplit(url)
    try:
        parts.port  # noqa: B018  (raises for a port that is not a number in range)
    except ValueError:
        return False
    return (
        parts.scheme.lower() in {"http", "https"}
        and bool(parts.hostname)
        and not any(character in "?#" or character.isspace() for character in url)
    )


def _origin(url: str) -> str | None:
    """``url`` as a browser serialises an origin (RFC 6454): lower-case scheme and host, an
    internationalised host in its A-labels, no default port, no trailing slash; None for what
    names no origin (no scheme or host, a path, query, fragment or user)."""
    parts = urlsplit(url.strip())
    try:
        port = parts.port
        host = (parts.hostname or "").encode("idna").decode("ascii").lower()
    except (ValueError, UnicodeError):
        return None
    if (
        not _SCHEME.fullmatch(parts.scheme)
        or not host
        or parts.path not in {"", "/"}
        or "@" in parts.netloc
        or any(character in "?#" or character.isspace() for character in url.strip())
    ):
        return None
    scheme = parts.scheme.lower()
    shown_host = f"[{host}]" if ":" in host else host
    shown_port = "" if port is None or _DEFAULT_PORTS.get(scheme) == port else f":{port}"
    return f"{scheme}://{shown_host}{shown_port}"


def _is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@cache
def get_settings() -> Settings:
    return Settings()
