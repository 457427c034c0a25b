"""Country classification for the stakeholder registry.

An organization gives a country; the registry stores it as an ISO 3166-1 alpha-3 code and derives
the UN regional group, the UNSD M49 placement and the country groups (LDC, LLDC, SIDS, developed /
developing) from ``auth/data/countries.json``. That file names its sources and their dates; read
its ``sources`` and ``decisions`` keys before changing anything here.

Choices made where the requirement is silent:

- ``name`` is the ISO 3166-1 short name from pycountry (e.g. "Türkiye",
  "Bolivia, Plurinational State of"); the UN English name is accepted on input as well.
- ``m49_subregion`` is the M49 *sub-region* ("Sub-Saharan Africa", "Latin America and the
  Caribbean"); the finer M49 intermediate region ("Eastern Africa", "Caribbean") is
  ``m49_intermediate_region`` and is ``None`` where M49 defines none.
- Every ISO 3166-1 code is known, including territories (regional group ``none``) and Taiwan
  (no M49 placement, because M49 does not list it). Kosovo has no ISO code and is unknown;
  "XK", "XKX" and "Kosovo" are refused with a message that says why.
- LDC status depends on the date: a country is an LDC on day D when the data lists it and D is
  before its graduation date; on the graduation day itself it is no longer an LDC. ``as_of``
  defaults to today's date in UTC, so a server's time zone does not change the answer.
- Input is matched case-insensitively, after Unicode NFKC (codes: "ＫＥＮ" is KEN) or NFKD
  folding that drops accents (names), ignoring
  punctuation and the spaces between words, a leading "the" and "St"/"St." for "Saint";
  letters typed apart ("K E", "U S A") are no code and no name, while an abbreviation's dots
  are dropped ("U.S.A.", "U. K."); a number's are not ("4.0" is no code). A value is tried as an
  alpha-3 code, an alpha-2 code (plus "UK"), a numeric M49/ISO code ("4", "004"), then as a name:
  ISO name, official and common names, the UN name and the aliases that the data file lists
  ("Turkey", "Russia", "Ivory Coast", ...). There is no fuzzy matching: an ambiguous or misspelt
  name ("Korea") is rejected, and the error suggests close names.
"""

from __future__ import annotations

import difflib
import functools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Literal, cast, get_args

import pycountry

RegionalGroup = Literal[
    "african",
    "asia_pacific",
    "eastern_european",
    "latin_american_caribbean",
    "western_european_others",
    "none",
]
CountryGroup = Literal["ldc", "lldc", "sids", "developing", "developed"]
UnStatus = Literal["member", "observer_state", "non_member"]

_REGIONAL_GROUPS: frozenset[str] = frozenset(get_args(RegionalGroup))
_UN_STATUSES: frozenset[str] = frozenset(get_args(UnStatus))
_DEVELOPMENT: frozenset[str | None] = frozenset({"developed", "developing", None})

# ISO reserves "UK" for the United Kingdom at the request of the UK; people type it.
_EXTRA_ALPHA2 = {"UK": "GBR"}

# Kosovo's codes in use (XK, XKX) are user-assigned, outside ISO 3166-1, and M49 does not list
# it, so nothing here can classify it; the person is told so rather than "unknown country".
_KOSOVO_CODES = frozenset({"XK", "XKX"})
_KOSOVO_NAMES = frozenset({"kosovo", "kosova", "republicofkosovo"})


@dataclass(frozen=True, slots=True)
class CountryInfo:
    alpha3: str
    alpha2: str
    name: str
    m49_code: str
    regional_group: RegionalGroup
    m49_region: str | None
    m49_subregion: str | None
    m49_intermediate_region: str | None
    country_groups: tuple[CountryGroup, ...]
    un_member: bool


class UnknownCountryError(ValueError):
    """The value is not an ISO 3166-1 country code or a country name this module knows."""

    def __init__(self, value: str, suggestions: Iterable[str] = (), *, why: str = "") -> None:
        self.value = value
        self.suggestions = tuple(suggestions)
        message = why or (
            f"unknown country {value!r}: give an ISO 3166-1 alpha-3 code (e.g. 'KEN'), "
            "an alpha-2 code (e.g. 'KE') or an English country name"
        )
        if self.suggestions:
            message += "; did you mean " + ", ".join(self.suggestions) + "?"
        super().__init__(message)


def _kosovo_refused(value: str) -> UnknownCountryError:
    return UnknownCountryError(
        value,
        why=(
            f"{value!r} names Kosovo, which cannot be given as a country: it has no ISO 3166-1 "
            "code, alpha-3 or alpha-2 (XK and XKX are user-assigned codes outside the "
            "standard), and no entry in the UN M49 data from which the registry derives "
            "regional and country groups; ask the consultation's secretariat how to register"
        ),
    )


@dataclass(frozen=True, slots=True)
class _Record:
    alpha3: str
    alpha2: str
    m49_code: str
    un_name: str | None
    un_status: UnStatus
    regional_group: RegionalGroup
    m49_region: str | None
    m49_subregion: str | None
    m49_intermediate_region: str | None
    development: Literal["developed", "developing"] | None
    ldc_listed: bool
    ldc_graduation: date | None
    lldc: bool
    sids: bool
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Dataset:
    records: dict[str, _Record]
    by_alpha2: dict[str, str]
    by_numeric: dict[str, str]
    by_name: dict[str, str]
    display_names: dict[str, str]


def normalize_country(value: str) -> str:
    """Return the ISO 3166-1 alpha-3 code for a code or English name; raise if unknown."""
    data = _dataset()
    # NFKC, not NFC: a full-width "ＫＥＮ" (an East Asian keyboard's other mode) is the code KEN.
    text = unicodedata.normalize("NFKC", value).strip()
    if not text:
        raise UnknownCountryError(value)
    # An abbreviation's dots go ("U.S.A.", "U. K."), not the spaces between letters: "K E" is
    # two letters, not the code KE. A number's dots stay: "4.0" is no M49 code 40 (Austria).
    if any(ch.isdigit() for ch in text):
        compact = text.upper()
    else:
        compact = re.sub(r"\.\s*", "", text).upper()
    if compact in data.records:
        return compact
    if compact in data.by_alpha2:
        return data.by_alpha2[compact]
    if compact in _KOSOVO_CODES:
        raise _kosovo_refused(value)
    if compact.isdigit() and len(compact) <= 3:
        found = data.by_numeric.get(compact.zfill(3))
        if found is not None:
            return found
        raise UnknownCountryError(value)
    key = _name_key(text)
    if key in data.by_name:
        return data.by_name[key]
    if key in _KOSOVO_NAMES:
        raise _kosovo_refused(value)
    raise UnknownCountryError(value, _suggest(key, data))


def classify(value: str, as_of: date | None = None) -> CountryInfo:
    """Classify the country named by ``value`` on ``as_of`` (default: today, UTC)."""
    return _info(normalize_country(value), as_of or _today())


def all_countries(as_of: date | None = None) -> tuple[CountryInfo, ...]:
    """Every known country or area, ordered by alpha-3 code, classified on ``as_of``."""
    day = as_of or _today()
    return tuple(_info(alpha3, day) for alpha3 in sorted(_dataset().records))


@functools.lru_cache(maxsize=64)
def countries_in_group(group: str, as_of: date) -> tuple[str, ...]:
    """The alpha-3 codes of the countries and areas in ``group`` on ``as_of``, in code order.
    Cached: a country-group report asks for each of its five groups on the same day."""
    return tuple(info.alpha3 for info in all_countries(as_of) if group in info.country_groups)


def graduated_from_ldc(alpha3: str, as_of: date) -> bool:
    """Whether the country was on the LDC list and has left it by ``as_of`` (an organization's
    reading changes on that day without a revision)."""
    record = _dataset().records.get(alpha3)
    graduation = record.ldc_graduation if record is not None else None
    return graduation is not None and graduation <= as_of


def _today() -> date:
    return datetime.now(UTC).date()


# Bounded because callers may ask about any number of dates.
@lru_cache(maxsize=4096)
def _info(alpha3: str, as_of: date) -> CountryInfo:
    record = _dataset().records[alpha3]
    groups: list[CountryGroup] = []
    if record.development is not None:
        groups.append(record.development)
    if record.ldc_listed and (record.ldc_graduation is None or as_of < record.ldc_graduation):
        groups.append("ldc")
    if record.lldc:
        groups.append("lldc")
    if record.sids:
        groups.append("sids")
    return CountryInfo(
        alpha3=record.alpha3,
        alpha2=record.alpha2,
        name=_dataset().display_names[alpha3],
        m49_code=record.m49_code,
        regional_group=record.regional_group,
        m49_region=record.m49_region,
        m49_subregion=record.m49_subregion,
        m49_intermediate_region=record.m49_intermediate_region,
        country_groups=tuple(sorted(groups)),
        un_member=record.un_status == "member",
    )


_LETTERS_APART = re.compile(r"(?<!\w)\w(?:\s+\w)+(?!\w)")


def _name_key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    folded = re.sub(r"['’ʼ`]", "", folded.replace("&", " and "))
    # Letters typed apart ("U S A") are held together as one token that no name has, rather
    # than joined into a word below: they spell no name, as they spell no code.
    folded = _LETTERS_APART.sub(lambda letters: "_".join(letters[0].split()), folded)
    words = re.sub(r"[^\w]+", " ", folded).split()
    if words and words[0] == "the":
        words = words[1:]
    # Spaces are dropped too, so "Guinea Bissau", "Guinea-Bissau" and "GuineaBissau" agree.
    return "".join("saint" if word == "st" else word for word in words)


def _suggest(key: str, data: _Dataset) -> list[str]:
    if not key:
        return []
    close = difflib.get_close_matches(key, data.by_name, n=6, cutoff=0.75)
    contained = [name for name in data.by_name if len(key) >= 4 and key in name]
    seen: dict[str, None] = {}
    for name in [*close, *sorted(contained)]:
        seen.setdefault(data.by_name[name], None)
    return [f"{data.display_names[a3]} ({a3})" for a3 in list(seen)[:5]]


@cache
def _dataset() -> _Dataset:
    raw = json.loads(
        resources.files("auth").joinpath("data/countries.json").read_text(encoding="utf-8")
    )
    records = {record.alpha3: record for record in map(_parse_record, raw["countries"])}
    by_alpha2 = {record.alpha2: record.alpha3 for record in records.values()}
    by_alpha2.update(_EXTRA_ALPHA2)
    by_numeric = {record.m49_code: record.alpha3 for record in records.values()}
    display_names: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for alpha3, record in records.items():
        iso = pycountry.countries.get(alpha_3=alpha3)
        if iso is None:
            raise ValueError(f"countries.json lists {alpha3}, which pycountry does not know")
        display_names[alpha3] = iso.name
        names = [
            iso.name,
            getattr(iso, "official_name", None),
            getattr(iso, "common_name", None),
            record.un_name,
            *record.aliases,
        ]
        for name in names:
            if name:
                _add_name(by_name, _name_key(name), alpha3)
    return _Dataset(records, by_alpha2, by_numeric, by_name, display_names)


def _add_name(index: dict[str, str], key: str, alpha3: str) -> None:
    existing = index.setdefault(key, alpha3)
    if existing != alpha3:
        raise ValueError(f"country name {key!r} is claimed by both {existing} and {alpha3}")


def _parse_record(item: dict[str, Any]) -> _Record:
    regional_group = item["regional_group"]
    un_status = item["un_status"]
    development = item["development"]
    if regional_group not in _REGIONAL_GROUPS:
        raise ValueError(f"{item['alpha3']}: unknown regional group {regional_group!r}")
    if un_status not in _UN_STATUSES:
        raise ValueError(f"{item['alpha3']}: unknown UN status {un_status!r}")
    if development not in _DEVELOPMENT:
        raise ValueError(f"{item['alpha3']}: unknown development status {development!r}")
    ldc = item["ldc"]
    graduation = ldc.get("graduation") if ldc is not None else None
    return _Record(
        alpha3=item["alpha3"],
        alpha2=item["alpha2"],
        m49_code=item["m49_code"],
        un_name=item["un_name"],
        un_status=cast(UnStatus, un_status),
        regional_group=cast(RegionalGroup, regional_group),
        m49_region=item["m49_region"],
        m49_subregion=item["m49_subregion"],
        m49_intermediate_region=item["m49_intermediate_region"],
        development=cast(Literal["developed", "developing"] | None, development),
        ldc_listed=ldc is not None,
        ldc_graduation=date.fromisoformat(graduation) if graduation else None,
        lldc=bool(item["lldc"]),
        sids=bool(item["sids"]),
        aliases=tuple(item["aliases"]),
    )
