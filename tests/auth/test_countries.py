"""The country classification: data counts, spot checks against the UN lists, normalisation."""

import json
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, date, datetime
from importlib import resources

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from auth.countries import (
    CountryInfo,
    UnknownCountryError,
    all_countries,
    classify,
    normalize_country,
)

# 2025-06-01: after Sao Tome and Principe's graduation, before Bangladesh, Lao PDR and Nepal's.
MID_2025 = date(2025, 6, 1)

ALL = all_countries(MID_2025)
MEMBERS = [info for info in ALL if info.un_member]
ISO_ALPHA3 = sorted(country.alpha_3 for country in pycountry.countries)
MEMBER_ALPHA2 = sorted(info.alpha2 for info in MEMBERS)


def groups(value: str, as_of: date = MID_2025) -> tuple[str, ...]:
    return classify(value, as_of).country_groups


def test_every_iso_code_is_classified_once() -> None:
    assert [info.alpha3 for info in ALL] == ISO_ALPHA3


def test_there_are_193_member_states_each_in_one_regional_group() -> None:
    assert len(MEMBERS) == 193
    assert Counter(info.regional_group for info in MEMBERS) == {
        "african": 54,
        # Often quoted as 53; with every Member State in exactly one group the arithmetic gives 54.
        "asia_pacific": 54,
        "eastern_european": 23,
        "latin_american_caribbean": 33,
        # 28 members plus the United States, counted in WEOG for electoral purposes.
        "western_european_others": 29,
    }


def test_only_member_states_and_palestine_have_a_regional_group() -> None:
    grouped = {info.alpha3 for info in ALL if info.regional_group != "none"}
    assert grouped == {info.alpha3 for info in MEMBERS} | {"PSE"}


def test_list_sizes_match_the_un_lists() -> None:
    def count(group: str, infos: Iterable[CountryInfo]) -> int:
        return sum(group in info.country_groups for info in infos)

    assert count("ldc", ALL) == 44
    assert count("lldc", ALL) == 32
    # UN-OHRLLS Member States (incl. Bahrain) plus the 16 other areas that M49 flags.
    assert count("sids", MEMBERS) == 38
    assert count("sids", ALL) == 54
    # Before Bhutan (2023-12-13) and Sao Tome and Principe (2024-12-13) graduated.
    assert count("ldc", all_countries(date(2023, 6, 1))) == 46


@pytest.mark.parametrize(
    ("value", "regional_group", "expected_groups"),
    [
        ("ETH", "african", ("developing", "ldc", "lldc")),
        ("KEN", "african", ("developing",)),
        ("ZAF", "african", ("developing",)),
        ("MUS", "african", ("developing", "sids")),
        ("STP", "african", ("developing", "sids")),
        ("SSD", "african", ("developing", "ldc", "lldc")),
        ("BWA", "african", ("developing", "lldc")),
        ("NPL", "asia_pacific", ("developing", "ldc", "lldc")),
        ("FJI", "asia_pacific", ("developing", "sids")),
        ("TUV", "asia_pacific", ("developing", "ldc", "sids")),
        ("KIR", "asia_pacific", ("developing", "ldc", "sids")),
        ("JPN", "asia_pacific", ("developed",)),
        ("CHN", "asia_pacific", ("developing",)),
        ("CYP", "asia_pacific", ("developed",)),
        ("BHR", "asia_pacific", ("developing", "sids")),
        ("SGP", "asia_pacific", ("developing", "sids")),
        ("MNG", "asia_pacific", ("developing", "lldc")),
        ("AFG", "asia_pacific", ("developing", "ldc", "lldc")),
        ("BTN", "asia_pacific", ("developing", "lldc")),
        ("POL", "eastern_european", ("developed",)),
        ("RUS", "eastern_european", ("developed",)),
        ("ARM", "eastern_european", ("developing", "lldc")),
        ("MDA", "eastern_european", ("developed", "lldc")),
        ("BRA", "latin_american_caribbean", ("developing",)),
        ("BOL", "latin_american_caribbean", ("developing", "lldc")),
        ("JAM", "latin_american_caribbean", ("developing", "sids")),
        ("HTI", "latin_american_caribbean", ("developing", "ldc", "sids")),
        ("GUY", "latin_american_caribbean", ("developing", "sids")),
        ("DEU", "western_european_others", ("developed",)),
        ("USA", "western_european_others", ("developed",)),
        ("TUR", "western_european_others", ("developing",)),
        ("ISR", "western_european_others", ("developed",)),
        ("AUS", "western_european_others", ("developed",)),
        ("VAT", "none", ("developed",)),
        ("PSE", "asia_pacific", ("developing",)),
        ("GRL", "none", ("developed",)),
        ("PRI", "none", ("developing", "sids")),
        ("COK", "none", ("developing", "sids")),
        ("HKG", "none", ("developing",)),
        ("ATA", "none", ()),
    ],
)
def test_spot_checks(value: str, regional_group: str, expected_groups: tuple[str, ...]) -> None:
    info = classify(value, MID_2025)
    assert (info.regional_group, info.country_groups) == (regional_group, expected_groups)


@pytest.mark.parametrize(
    ("value", "member"),
    [("KEN", True), ("USA", True), ("VAT", False), ("PSE", False), ("PRI", False), ("TWN", False)],
)
def test_un_membership(value: str, member: bool) -> None:
    assert classify(value).un_member is member


def test_m49_placement_uses_sub_region_and_intermediate_region() -> None:
    kenya = classify("KEN")
    assert (kenya.m49_region, kenya.m49_subregion, kenya.m49_intermediate_region) == (
        "Africa",
        "Sub-Saharan Africa",
        "Eastern Africa",
    )
    jamaica = classify("JAM")
    assert (jamaica.m49_region, jamaica.m49_subregion, jamaica.m49_intermediate_region) == (
        "Americas",
        "Latin America and the Caribbean",
        "Caribbean",
    )
    germany = classify("DEU")
    assert (germany.m49_region, germany.m49_subregion, germany.m49_intermediate_region) == (
        "Europe",
        "Western Europe",
        None,
    )
    assert classify("JEY").m49_intermediate_region == "Channel Islands"
    assert classify("CYP").m49_subregion == "Western Asia"
    assert classify("ATA").m49_region is None


def test_a_country_info_carries_iso_names_and_codes() -> None:
    assert classify("af") == CountryInfo(
        alpha3="AFG",
        alpha2="AF",
        name="Afghanistan",
        m49_code="004",
        regional_group="asia_pacific",
        m49_region="Asia",
        m49_subregion="Southern Asia",
        m49_intermediate_region=None,
        country_groups=("developing", "ldc", "lldc"),
        un_member=True,
    )
    assert classify("Turkey").name == "Türkiye"


def test_every_entry_matches_pycountry_codes() -> None:
    for info in ALL:
        iso = pycountry.countries.get(alpha_3=info.alpha3)
        assert iso is not None
        assert (info.alpha2, info.m49_code, info.name) == (iso.alpha_2, iso.numeric, iso.name)


def test_country_groups_are_sorted_and_exclusive_on_development() -> None:
    for info in ALL:
        assert list(info.country_groups) == sorted(info.country_groups)
        assert not {"developed", "developing"} <= set(info.country_groups)
        assert ("ldc" in info.country_groups) <= ("developing" in info.country_groups)


def test_bhutan_graduated_on_13_december_2023() -> None:
    assert "ldc" in groups("BTN", date(2023, 1, 1))
    assert "ldc" in groups("BTN", date(2023, 12, 12))
    assert "ldc" not in groups("BTN", date(2023, 12, 13))
    assert "ldc" not in groups("BTN", date(2024, 1, 1))


def test_bangladesh_lao_and_nepal_graduate_on_24_november_2026() -> None:
    for value in ("Bangladesh", "Lao People's Democratic Republic", "Nepal"):
        assert "ldc" in groups(value, date(2026, 11, 23))
        assert "ldc" not in groups(value, date(2026, 11, 24))
    assert "lldc" in groups("Nepal", date(2027, 1, 1))


def test_other_graduations() -> None:
    assert "ldc" in groups("STP", date(2024, 12, 12))
    assert "ldc" not in groups("STP", date(2024, 12, 13))
    assert "ldc" in groups("SLB", date(2027, 12, 12))
    assert "ldc" not in groups("SLB", date(2027, 12, 13))
    assert "ldc" in groups("VUT", date(2020, 1, 1))
    assert "ldc" not in groups("VUT", date(2021, 1, 1))


def test_as_of_defaults_to_today_in_utc() -> None:
    today = datetime.now(UTC).date()
    for value in ("BGD", "NPL", "SLB", "DEU"):
        assert classify(value) == classify(value, today)
    assert all_countries() == all_countries(today)


@pytest.mark.parametrize(
    ("value", "alpha3"),
    [
        ("KEN", "KEN"),
        ("ken", "KEN"),
        (" KE ", "KEN"),
        ("ke", "KEN"),
        ("404", "KEN"),
        ("4", "AFG"),
        ("004", "AFG"),
        ("USA", "USA"),
        ("US", "USA"),
        ("U.S.A.", "USA"),
        ("United States", "USA"),
        ("United States of America", "USA"),
        ("UK", "GBR"),
        ("United Kingdom of Great Britain and Northern Ireland", "GBR"),
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("TURKIYE", "TUR"),
        ("Russia", "RUS"),
        ("Russian Federation", "RUS"),
        ("Iran", "IRN"),
        ("Iran (Islamic Republic of)", "IRN"),
        ("Viet Nam", "VNM"),
        ("Vietnam", "VNM"),
        ("Bolivia", "BOL"),
        ("Bolivia, Plurinational State of", "BOL"),
        ("Côte d'Ivoire", "CIV"),
        ("Côte d’Ivoire", "CIV"),
        ("Cote d'Ivoire", "CIV"),
        ("Ivory Coast", "CIV"),
        ("the Gambia", "GMB"),
        ("St. Lucia", "LCA"),
        ("Saint Vincent and the Grenadines", "VCT"),
        ("Guinea-Bissau", "GNB"),
        ("Guinea Bissau", "GNB"),
        ("Guinea", "GIN"),
        ("Republic of Korea", "KOR"),
        ("South Korea", "KOR"),
        ("Democratic Republic of the Congo", "COD"),
        ("Congo", "COG"),
        ("Holy See", "VAT"),
        ("State of Palestine", "PSE"),
        ("Palestine", "PSE"),
        ("Åland Islands", "ALA"),
        ("Aland Islands", "ALA"),
        ("Curaçao", "CUW"),
        ("Taiwan", "TWN"),
    ],
)
def test_normalize_country(value: str, alpha3: str) -> None:
    assert normalize_country(value) == alpha3


@pytest.mark.parametrize(
    "value",
    ["Kosovo", "XK", "XKX", "Korea", "Narnia", "", "   ", "999", "0", "ZZ", "A", "1234"],
)
def test_unknown_countries_are_rejected(value: str) -> None:
    with pytest.raises(UnknownCountryError) as raised:
        normalize_country(value)
    assert repr(value) in str(raised.value)
    assert "alpha-3" in str(raised.value)


def test_unknown_country_error_is_a_value_error_with_suggestions() -> None:
    with pytest.raises(ValueError, match="unknown country") as raised:
        classify("Korea")
    error = raised.value
    assert isinstance(error, UnknownCountryError)
    assert "Korea, Republic of (KOR)" in error.suggestions
    assert "Korea, Democratic People's Republic of (PRK)" in error.suggestions


def test_data_file_names_its_sources_with_dates() -> None:
    raw = json.loads(
        resources.files("auth").joinpath("data/countries.json").read_text(encoding="utf-8")
    )
    assert {source["id"] for source in raw["sources"]} >= {
        "un-regional-groups",
        "unsd-m49",
        "un-ldc-list",
        "un-ohrlls-lldc",
        "un-ohrlls-sids",
    }
    for source in raw["sources"]:
        date.fromisoformat(source["as_of"])
        assert source["url"].startswith("https://")


@given(st.sampled_from(ISO_ALPHA3))
def test_normalize_country_is_idempotent_on_alpha3(alpha3: str) -> None:
    assert normalize_country(alpha3) == alpha3
    assert normalize_country(alpha3.lower()) == alpha3
    assert normalize_country(normalize_country(alpha3)) == alpha3


@given(st.sampled_from(MEMBER_ALPHA2))
def test_normalize_country_maps_member_alpha2_to_alpha3(alpha2: str) -> None:
    iso = pycountry.countries.get(alpha_2=alpha2)
    assert iso is not None
    assert normalize_country(alpha2) == iso.alpha_3
    assert normalize_country(iso.name) == iso.alpha_3


@given(st.text(max_size=12))
def test_normalize_country_returns_a_known_code_or_raises(value: str) -> None:
    try:
        alpha3 = normalize_country(value)
    except UnknownCountryError:
        return
    assert alpha3 in ISO_ALPHA3
