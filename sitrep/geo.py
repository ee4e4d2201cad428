"""Toponyms: find place mentions, resolve them against the gazetteer with context, locate events.

Recognition does not trust spaCy's labels alone (its small model calls Qaim a PERSON): every
run of capitalised tokens is tested against the gazetteer, longest first, and a match is kept
when enough evidence says it is a place (an entity label, a preposition like "near", a
feature that is a country or province, a large population, a ", State" after it) and no
stronger evidence says it is a word or a person. Resolution scores each candidate by
population and feature, then by the article's context: the countries and provinces it names,
"X in the Y province" and "X, Y" patterns, and closeness to the other places.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from sitrep import countries
from sitrep.casualties import PERSON_NOUNS
from sitrep.errors import InputError
from sitrep.gazetteer import (US_STATE_ABBREVIATIONS, Candidate, Gazetteer, Place, distance_km, english_words, load,
                              WORD_UNIT_SUFFIX, name_key, without_area_words)
from sitrep.schema import Location, Span, Toponym
from sitrep.truecase import FUNCTION_WORDS, TITLES

if TYPE_CHECKING:
    from spacy.tokens import Doc

MAX_SPAN_TOKENS = 6

ARABIC_ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "ez", "es", "ed", "er", "en", "an", "adh", "ath", "ul")
"""The Arabic article as reporters write it inside a name: al-/el-, and assimilated before a 'sun letter'
(ad-, ar-, as-, ash-, az-, ez-...): "Deir ez-Zor", "Jisr al-Shughur" / "Jisr ash-Shughur", "Ras al-Ain"."""

CONNECTORS = frozenset({"of", "de", "del", "la", "le", "du", "des", "da", "do", "dos", "and", "upon", "on", "-", "the",
                        "au", "aux", "en", "sur", "les", "et", "di", "'s", "’s", *ARABIC_ARTICLES})
"""Lower-case words allowed inside a multi-word place name ("Bosnia and Herzegovina", "Rio de Janeiro", "Deir ez-Zor",
"Cox's Bazar": a possessive inside a name that the gazetteer knows whole; French names join their parts with "au",
"en", "sur", "les", "et": "Port-au-Prince", "Aix-en-Provence", "Boulogne-sur-Mer", "Lot-et-Garonne"; Italian ones
with "di": "Reggio di Calabria")."""

SPELLING_SWAPS = (("ain", "ayn"), ("ayn", "ain"), ("deir", "dayr"), ("dayr", "deir"), ("tel", "tal"), ("tal", "tel"),
                  ("ou", "u"), ("ei", "ay"), ("aa", "a"), ("madani", "medani"), ("medani", "madani"))
"""Transliteration variants of one word that GeoNames may spell the other way ("Ras al-Ain" / "Ra's al 'Ayn")."""

MAX_KEY_VARIANTS = 48

NOT_PLACES = frozenset("""
i we you he she it they us me him her them our my your his its their this that these those there here
a an the and or but if then so as at by for from in into of on onto to with without near after before
mr mrs ms dr sir president minister gen general col capt sgt lt officer police army media cell security rep sen gov
god jesus christ lord church mass news press post times daily journal herald tribune gazette today
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
kill killed injure attack attacks strike state states city county town village province district region
north south east west northern southern eastern western central center centre university college school
hospital court house senate congress white black red green blue gold silver new old great little big
mount lake river street road avenue park is isis isil daesh al qaeda taliban hamas hezbollah amaq rapid support
""".split())
"""Words that are never a place on their own, however many villages GeoNames names after them."""

PLACE_CUES = re.compile(
    r"(?:\b(?:in|inside|within|near|at|from|to|outside|around|across|through|into|toward|towards|via|of|between|and|nearby|neighbou?ring|off|"
    r"town|city|village|province|governorate|district|region|area|county|state|capital|border|borders|"
    r"camp|base|desert|outskirts|suburb|west|east|north|south|western|eastern|northern|southern|central|rural|urban|"
    r"downtown|suburban|coastal)"
    r"\s+(?:the\s+)?(?:(?:town|city|village|province|district|region|area|neighbou?rhood)\s+of\s+)?)$",
    re.IGNORECASE,
)
"""Words just before a name that make it likely a place ("near the town of Rutba", "in rural Tame", "downtown
Kampala": an adjective of land or settlement before a name qualifies a place)."""

SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
"""'According to X' names where a report comes from, a person, an organisation or a document
('according to the Red Cross'), never a place: its 'to' is no cue of place. A place that opens the
source's longer name ('according to the Ohio State Police') is still a place (`NAME_GOES_ON`)."""
NAME_GOES_ON = re.compile(r"\s+(?:of\s+)?[A-Z]")
"""A capitalised word after a name: the name is the start of a longer one."""

INSTITUTION_WORDS = frozenset("""
bank banks union unions party front council committee commission federation association secretary ministry
embassy consulate office headquarters store company corporation department agency institute
""".split())
"""Nouns of organisations, offices and buildings. A name ending in one ('the State Bank', 'Patriotic Union',
'Secretary General') names an organisation, a post or a building, not a place, unless the gazetteer knows it
as a country or province ('West Bank', 'Cordoba Department')."""

INSTITUTION_FEATURES = frozenset({"UNIV"})
INSTITUTION_PLACE_EVIDENCE = 2.0
"""A university the gazetteer lists (our curated campuses) is matched by its own full name or acronym ("Moi University",
"JKUAT"), which names that campus and nothing else: students of it riot on or near it, so it is a place even where
the name heads the sentence or reads as an organisation's."""

CONFLICT_VERB_BEFORE = re.compile(
    r"\b(?:entered|captured|recaptured|seized|shelled|struck|bombed|bombarded|attacked|stormed|liberated|besieged|"
    r"overran|retook|raided|targeted|evacuated|reached|encircled|invaded|entering|capturing|seizing|shelling|"
    r"bombing|attacking|storming|besieging|overrunning|raiding|invading)\s+(?:the\s+)?$", re.IGNORECASE)
"""Verbs of war just before a name ("troops entered Palmyra"), also as a participle ("after storming Palmyra,
gunmen ...", "raiders invading a village"): what one storms, raids or invades is usually a place."""

PLACE_AFTER = re.compile(r"(?:['’]s)?\s+(?:area|region|town|city|village|province|governorate|district|county|sub-?county|constituency|ward|parish|camp|upazila|union|desert|border|crossing|countryside|outskirts|neighbou?rhood|suburbs?|airport|airfield|air\s*base|base)\b", re.IGNORECASE)
"""Words just after a name that make it a place ("Rayhana area", "Akashat region")."""
UNIT_AFTER = re.compile(r"\s+(?:LGA|local\s+government\s+area|tehsil|taluka|taluk|sub-?district|nahiya|qadha|qada|"
                        r"municipality|territory|township|woreda|cercle|locality|upazila|district)\b", re.IGNORECASE)
"""Words for second- and third-level units written after a unit's name ("Gwoza LGA", "Kulachi tehsil", "Beni
territory", "Myinmu township"): the name is a place; a tagger that reads "Gwoza LGA" as a person's name, or a
name with "Municipality" as an organisation's, misreads the unit word (see `_place_evidence`)."""
UNIT_EVIDENCE = 1.5

COORDINATED_NAMES = r"(?:\s*(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*"
"""Further names joined to a name before their shared kind word ("Baringo and Turkana counties")."""
PROVINCE_AFTER = re.compile(r"(?:['’]s)?(?:\s+(?:province|governorate|state|region|oblast|prefecture|department)\b|"
                            + COORDINATED_NAMES[:-1] + r"+\s+(?:provinces|governorates|states|regions|oblasts|prefectures|"
                            r"departments)\b)", re.IGNORECASE)
"""A province word after a name that is both a city and a province, or a plural one after names joined to it."""
PROVINCE_BEFORE = re.compile(
    r"\b(?:province|governorate|state|region|oblast|prefecture|department)\s+of\s+(?:the\s+)?$")
"""A lower-case province word and "of" just before a name that is both a city and a province ("in the department
of Arauca", "the northern province of Kandahar"): the kind of the place written before it, as English writes it."""
COUNTY_BEFORE = re.compile(r"\bcounty\s+of\s+$")
COUNTY_AFTER = re.compile(r"(?:['’]s)?(?:\s+[Cc]ounty\b|" + COORDINATED_NAMES[:-1] + r"+\s+[Cc]ounties\b)")
COUNTY_PROVINCES = frozenset({"KE", "LR", "SE", "NO", "EE", "HU", "HR", "RO", "LT", "IE"})
"""Countries whose first-level units are called counties (Kenya's 47 counties since 2013, Liberia's, Sweden's län,
Norway's fylker, Estonia's maakonnad, Hungary's megyék, Croatia's županije, Romania's județe, Lithuania's apskritys,
Ireland's): "Baringo county" there is the province, not its town of the name."""

AREA_BRACKET_BEFORE = re.compile(r"\((?:[^()]{0,60},\s*)?$")
AREA_BRACKET_AFTER = re.compile(r"\s*\)")
"""A name closing a bracket after a place, "Chandpur town (Chandpur Sadar, Chittagong)", "a union (Gaibandha,
Rangpur)": reports write the areas a place lies in so, smallest first, so the last is a province."""

FEATURE_WORDS = frozenset({"airfield", "airport", "airbase", "base", "camp", "crossing", "desert", "garrison", "mountains",
                           "plains", "dam", "bridge", "checkpoint", "valley", "forest", "reserve"})
"""Lower-case words that can end a curated place name ("Palmyra airfield", "Rukban camp")."""

STREET_AFTER = re.compile(r"\s+(?:Road|Rd|Street|St|Avenue|Ave|Drive|Dr|Boulevard|Blvd|Lane|Ln|Highway|Hwy|Way|Court|Ct"
                          r"|Place|Pl|Pike|Parkway|Pkwy|Circle|Terrace|Superhighway|Expressway|Bypass)\b\.?")
"""A street type after a name: "Paris Road" is a street, not Paris."""

ROAD_ENDS = re.compile(r"\b[A-Z][\w'’]+(?:\s*[-–]\s*[A-Z][\w'’]+)+\s+"
                       r"(?:highway|road|axis|route|motorway|corridor|expressway)\b")
"""'the Kano-Zaria highway': the towns a road joins name the road, not where on it the event was; yet each is a place
(a road is named after the towns at its ends), however small, so a name among them is read as one."""
ROAD_END_EVIDENCE = 2.5
"""How much a road's name says its ends are places: enough to keep a small town's name that nothing else marks."""
ARTICLE_PREFIX = re.compile(r"\b(?:[Aa][lrsdntz]|[Ee]l|[Aa]sh)[-‐‑]$")

ENTITY_PLACE = frozenset({"GPE", "LOC", "FAC"})
ENTITY_PERSONISH = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})

FEATURE_PRIOR = {"PCLI": 3.0, "CONT": 3.0, "ADM1": 2.0, "PPLC": 1.0, "RGN": 1.5, "DSRT": 1.5, "ADM2": 0.3}
"""How much more likely a name means a country, province or capital than a village of the same name."""

STRONG_FEATURES = frozenset({"PCLI", "ADM1", "ADM1H", "CONT", "RGN", "DSRT", "MILB", "PSTB", "RFGC", "SEA", "GULF", "MTS",
                             "PLN", "LK"})
"""Features whose names are rarely anything but a place (a country, a province or a former one, a base, a desert,
a lake)."""

AREA_FEATURES = frozenset({"PCLI", "CONT", "ADM1", "ADM1H", "RGN", "SEA", "GULF", "DSRT", "ADMD"})
"""Features too large, or placed too roughly, to say that two names are neighbours."""

PROVINCE_POINT_FEATURES = frozenset({"ADMD"})
"""Level-2 areas the gazetteer places at their province's middle (no town of theirs is known): geo_precision 3."""

POINT_FEATURES = frozenset({"PPL", "PPLC", "PPLA", "MILB", "PSTB", "RFGC", "AIRF", "CMP", "UNIV", "MKT"})
"""Features that are a point: an event there is coded with geo_precision 1 (a campus, UNIV, and a market, MKT, of our
curated places too)."""

NEAR_CUE = re.compile(
    r"\b(?:near|nearby|outside|outskirts\s+of|around|close\s+to|vicinity\s+of|environs\s+of|\d+\s*(?:km|kilometers?|kilometres?|miles?)\s+"
    r"(?:\w+\s+)?(?:of|from)|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+(?:of|part\s+of)|"
    r"countryside\s+of|rural|areas?\s+of|region\s+of)\s+(?:the\s+)?(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
"""Words before a town that make an event "near" it (ACLED geo_precision 2)."""

ORIGIN_CUE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
"""A place named as whose people or body something is ("the youths of Qaim", "the council of Kamu") is a weaker event
location; where someone came from ("reinforcements from Qaim") is read by `_named_as_origin`."""
KIND_OF_BEFORE = re.compile(r"\b(?:town|city|village|hamlet|district|sub-?district|province|governorate|region|area|"
                            r"municipality|neighbou?rhood|suburb|locality|territory|township|commune|county|state)"
                            r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)
""""The town of al-Bab", "the municipality of Tibu": "of" after a word for a kind of place is an appositive that
gives the place's name, not a possessive (`ORIGIN_CUE`): the name is the place itself."""

PART_OF_REGION = re.compile(r"\b(?:kilomet(?:er|re)|km\b|desert|western|eastern|northern|southern|central|center|centre|part|border|countryside|outskirts|west|east|north|south)", re.IGNORECASE)
"""Words that say an event was in part of a province rather than the whole of it."""


PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})
FOREIGN_TAGS = frozenset({"FW", "XX", "ADD", "LS"})
"""Penn tags read straight from the tagger (the attribute ruler that maps them to `pos_` is not run)."""

AREA_UNIT_WORDS = (r"(?:village|town|city|union|upazila|sub-?district|district|municipality|commune|ward|county|"
                   r"sub-?county|constituency|location|division|area|township|regency|prefecture|woreda|kebele|tehsil|"
                   r"taluka|barangay|parish|canton|raion|rayon|hromada|territory|zone|department|chiefdom|cercle|LGA|"
                   r"island)")
"""Words for the kind of a place or unit written after its name ("Durgapur upazila", "Amtali municipality"), with
the local units other countries name so ("Kani township" in Myanmar, "Keerom regency" in Indonesia, "Kpendjal
prefecture" in Togo, "Gida Ayana woreda" in Ethiopia, "Beni territory" in Congo, "Riyom LGA" in Nigeria)."""
PARENTHESIS_GAP = re.compile(rf"^(?:\s+[A-Z][\w'’-]*){{0,3}}(?:\s+{AREA_UNIT_WORDS})?\s*\(\s*$")
"""'Oakridge (Millbrook, Northland)', 'Oakridge upazila (Millbrook, Northland)': the areas in brackets contain the
place before them; a reading of the name outside them is wrong (ACLED notes and many reports write places so)."""
AREAS_IN_BRACKET = re.compile(r"[^(),;]{1,40}(?:,[^(),;]{1,40}){0,2}\)")
"""What a bracket of containing areas holds: at most three names (place, district, province); a longer list in
brackets names the places inside the one before it ("Tiati sub-county (Silale, Choken, Nadome, ...)")."""


def _areas_bracket(text: str, inner: "_Mention", outer: "_Mention") -> bool:
    """Whether the place `outer` opens a bracket of containing areas after `inner` (`PARENTHESIS_GAP`)."""
    return bool(PARENTHESIS_GAP.match(text[inner.end:outer.start]) and AREAS_IN_BRACKET.match(text, outer.start))
PART_OF_TOWN_GAP = re.compile(
    r"^(?:[\s-]+[A-Z][\w'’]*){0,2}?(?:\s+(?:centre|center))?\s+(?:neighbou?rhood|quarter|area|district|suburb|ward|market|camp|"
    r"village|estate|sub-?location|location|trading\s+cent(?:re|er))(?:\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:(?:town|city|village|commune)\s+of\s+)?|\s*,\s*)$", re.IGNORECASE)
PART_OF_TOWN_KM = 30.0
"""'the Riverside quarter of Port Elm': the first name is a part of the town after it, so only a
reading near that town will do (also when the part's name is longer than the gazetteer knows:
'Khair Khana area of Kabul' never puts the event in a Khair elsewhere). A settlement or a local unit written
with its kind lies in the place after "in" as well ("Millbrook village in the Oakridge area", "Elm estate in
Port Elm", "Kamu sub-location in Tana"): a village, an estate or a location is named by what holds it, also after
a comma ("Elm estate, Port Elm", "Kamu village, Northland": a place written with its kind and then a larger place is
placed in it, as notes and wires write places). Not a "division", which is as often a firm's or an army's as a unit
of land."""
BRACKET_GAP = re.compile(rf"^(?:\s+{AREA_UNIT_WORDS})?\s*\(\s*[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){{0,2}}"
                         rf"(?:\s+{AREA_UNIT_WORDS})?\s*,\s*$")
"""'Upper Oakridge (Millbrook, Northland)', 'Oakridge town (Millbrook upazila, Northland)' when the middle area is
unknown: the last area still contains the place."""
OPEN_BRACKET_BEFORE = re.compile(r"\(\s*(?:[A-Z][\w'’]*-)?$")
CLOSE_BRACKET_AFTER = re.compile(r"\s*\)")
DISTRICT_GAP = re.compile(
    r"^\s+(?:district|sub-?district|county|sub-?county|constituency|division|municipality|upazila|union|ward|woreda|commune|LGA|"
    r"local\s+government\s+area|nahiya|qadha|qada)"
    r"\s*(?:,\s*|\s+(?:of|in)\s+(?:the\s+)?(?:(?:\w+ern|central)\s+)?(?:(?:province|state|governorate|region|city)\s+of\s+)?)$",
    re.IGNORECASE)
"""'Shindand district, Herat', 'Chak district of Wardak province': a district named as a unit, then the
province that holds it; a reading of the district outside that province is wrong, and the province
(or its capital of the same name) is not where the event happened. So with the units below a district that
reports name with their kind ("Kamu union, Millbrook upazila", "Kamu ward, Westland")."""
UNRECORDED_AREAS = frozenset({"ADM1H", "RGN"})
"""Areas whose members the gazetteer does not record (a former province, a region): a place written inside one
("Kamu village in the Rift Valley") cannot be tested for lying in it, so no reading of it is ruled out."""
DISTRICT_AFTER = re.compile(r"\s+(?:district|sub-?district|county|sub-?county|constituency|division|ward|municipality|upazila|"
                            r"woreda|commune|LGA|nahiya|qadha|qada)\b", re.IGNORECASE)
POSSESSOR_GAP = re.compile(r"^['’]s\s+$")
"""'Herat's Shindand district': the province named as the district's possessor."""
CONTAINER_GAP = re.compile(r"^(?:\s*,\s*|\s+in\s+(?:the\s+)?(?:(?:\w+ern|central)\s+)?(?:(?:province|state|governorate|region|district|county)\s+of\s+)?|\s*\(\s*)$")
"""Text between a place and the larger area that contains it ("Rutba in the western al-Anbar province", "Hit, Iraq")."""


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    text: str
    key: str
    candidates: tuple[Candidate, ...]
    kind: str = "place"
    evidence: float = 0.0
    scores: list[float] = field(default_factory=list)
    chosen: Candidate | None = None
    demonym_country: countries.Country | None = None
    misspelt: bool = False


def geoparse(
    text: str,
    doc: "Doc | None" = None,
    regions: list[tuple[int, int]] | None = None,
    country_hint: str | None = None,
) -> list[Toponym]:
    """Every place and demonym mention in `text` (or in `regions` of it), resolved with the article's context.

    `country_hint` (alpha-2) is the country the source covers: it votes like a country the text names.
    """
    if not isinstance(text, str):
        raise InputError(f"geoparse needs text (str), got {type(text).__name__}")
    from sitrep import nlp

    if doc is None:
        doc = nlp.parse(text)
    elif nlp.text_of(doc) != text:
        raise InputError("geoparse was given a spaCy Doc of a different text; parse the same text or pass doc=None")
    gazetteer = load()
    mentions = _recognise(text, doc, regions, gazetteer, country_hint)
    _resolve(text, mentions, country_hint)
    toponyms = [_as_nationality(t, text) for t in (_toponym(m) for m in mentions)]
    capitals = [t for t in _capital_mentions(text, regions, country_hint)
                if not any(t.start < other.end and other.start < t.end for other in toponyms)]
    return sorted(toponyms + capitals, key=lambda t: t.start) if capitals else toponyms


NATIONALITY_AFTER = re.compile(r"\s+(?:nationals?|citizens?|passport[- ]holders?)\b", re.IGNORECASE)
"""A country's name used for its people's nationality ("a Burkina Faso national", "two Congo citizens")."""


def _as_nationality(toponym: Toponym, text: str) -> Toponym:
    """A country named only to give someone's nationality says who they are, not where anything happened: it counts
    like a demonym ("a Burkinabe"), never as a place of the event."""
    if toponym.kind == "place" and (toponym.feature_code or "").startswith("PCL") and NATIONALITY_AFTER.match(text, toponym.end):
        return dataclasses.replace(toponym, kind="demonym")
    return toponym


CAPITAL_PHRASE = re.compile(
    r"\b(?:the\s+(?:(?P<adjective>[A-Z][\w'’-]*)\s+)?|(?P<owner>[A-Z][\w'’-]*?)(?:['’]s|['’]|s)?\s+)"
    r"(?P<capital>capital(?:\s+city)?)\b(?!\s*,?\s*[A-Z])(?!\s+(?:of|punishment|gains?|markets?|flight|investments?|expenditure)\b)")
"""A country's capital named by that word alone ("marched in the capital", "the Kenyan capital", "Benin's
capital"): the city the country is governed from (`countries.seat_of_government`). The word "capital" is the
mention, so the country or demonym before it stays a mention of its own. "The capital, Nairobi" names
the city itself, and "the capital of X" or "the state capital" may be a province's seat, so neither is read so."""

SEAT_INSTITUTION = re.compile(
    r"\b(?:outside|at|near|in front of|in|towards?|to|into|inside|around|storm(?:ed|ing)|besieg(?:ed|ing)|"
    r"surround(?:ed|ing))\s+(?:the\s+(?:(?P<adjective>[A-Z][\w'’-]*)\s+)?)?"
    r"(?P<capital>(?P<legislature>[Pp]arliament(?:\s+(?:[Bb]uildings?|[Hh]ouse|[Ss]quare))?|[Nn]ational [Aa]ssembly)|"
    r"[Pp]residential [Pp]alace)\b(?!(?:\s+(?:[Bb]uildings?|[Hh]ouse|[Ss]quare))?\s+(?:of|in|at)\b)")
"""A place at a country's national institutions ("marched to parliament", "gunfire near the presidential palace",
"stormed the Georgian parliament"): the palace is in the city the country is governed from, parliament in the city its
legislature sits in (`countries.legislature_seat`), so the phrase names that city as "the capital" does. A legislature
named by another adjective ("the regional parliament", "the Catalan parliament"), or with the place it is "in" or
"of", may sit elsewhere or is placed by that name, and is not read so."""
SEAT_MENTION = re.compile(r"capital|parliament|national assembly|presidential palace", re.IGNORECASE)
"""The words of a mention of the seat of government (`CAPITAL_PHRASE`, `SEAT_INSTITUTION`): the event's place is
named by the seat's own name, not by them."""


def _capital_mentions(text: str, regions: list[tuple[int, int]] | None, country_hint: str | None) -> list[Toponym]:
    """Toponyms for "the capital" phrases (`CAPITAL_PHRASE`) and places at national institutions
    (`SEAT_INSTITUTION`): of the country the phrase names, else of the country the source covers; without either the
    phrase is left alone."""
    found = []
    for match in itertools.chain(CAPITAL_PHRASE.finditer(text), SEAT_INSTITUTION.finditer(text)):
        if not _in_regions(match.start(), match.end(), regions):
            continue
        named = match.groupdict().get("adjective") or match.groupdict().get("owner")
        country = _country_named(named) if named else None
        if named and country is None:
            continue
        alpha2 = country.alpha2 if country else country_hint.upper() if country_hint else None
        seat = seat_place(alpha2, legislature=bool(match.groupdict().get("legislature")))
        if seat is None:
            continue
        found.append(_place_toponym(match.start("capital"), match.end("capital"), match.group("capital"), seat, 1.0))
    return found


def _country_named(word: str) -> countries.Country | None:
    """The country a word before "capital" names: a country ("Benin's", "Benins") or a demonym ("Kenyan")."""
    for form in (word, re.sub(r"(?:['’]s?|s)$", "", word)):
        country = countries.country_by_name(form) or countries.country_of_demonym(form)
        if country is not None:
            return country
    return None


# --- recognition ---------------------------------------------------------------------------------


def _capitalised(token_text: str) -> bool:
    return token_text[:1].isupper() or (token_text[:1] in "‘'`" and token_text[1:2].isupper())


def _in_regions(start: int, end: int, regions: list[tuple[int, int]] | None) -> bool:
    return regions is None or any(low <= start and end <= high for low, high in regions)


def _entity_labels(doc: "Doc") -> list[tuple[int, int, str]]:
    return [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]


def _recognise(text: str, doc: "Doc", regions: list[tuple[int, int]] | None, gazetteer: Gazetteer,
               country_hint: str | None = None) -> list[_Mention]:
    tokens = list(doc)
    entities = _entity_labels(doc)
    lowercase_words = {t.text for t in tokens if t.text.islower()}
    person_words = {w for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for w in ent.text.split()}
    mentions: list[_Mention] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not _capitalised(token.text) or not _in_regions(token.idx, token.idx + len(token.text), regions):
            i += 1
            continue
        demonym = _demonym_at(tokens, i)
        found = None
        for n in range(min(MAX_SPAN_TOKENS, len(tokens) - i), 0, -1):
            span = tokens[i:i + n]
            last = span[-1]
            if n > 1 and (not _capitalised(last.text) or any(t.is_sent_start for t in span[1:])):
                continue
            if any(not _capitalised(t.text) and t.lower_ not in CONNECTORS for t in span):
                continue
            start, end = span[0].idx, last.idx + len(last.text)
            if n > 1 and not _in_regions(start, end, regions):
                continue
            key = name_key(text[start:end])
            raw = text[start:end]
            words = raw.lower().split() if not raw.replace(".", "").isupper() else []
            compass_unit = _compass_unit_name(text, key, end)
            if not key or ((words and all(w in NOT_PLACES for w in words)) or all(w in NOT_PLACES for w in key.split())) \
                    and not compass_unit:
                continue
            key, candidates = _lookup(raw, key, gazetteer, country_hint)
            if compass_unit:
                candidates = _units_of_named_countries(text, candidates, country_hint)
            candidates = _without_codes(text, raw, end, key, candidates)
            candidates = _without_bare_word_units(text, start, end, candidates)
            if candidates:
                found = (n, start, end, key, candidates)
                break
        if demonym and (found is None or found[0] <= demonym[0]):
            n, country = demonym
            end = tokens[i + n - 1].idx + len(tokens[i + n - 1].text)
            mentions.append(_Mention(token.idx, end, text[token.idx:end], name_key(text[token.idx:end]), (),
                                     kind="demonym", demonym_country=country))
            i += n
            continue
        misspelt = False
        if demonym is None and (found is None or found[0] == 1):
            found = _possessive_without_apostrophe(tokens, i, gazetteer, country_hint) or found
        if found is None and demonym is None:
            found = _misspelt_local_name(text, tokens, i, gazetteer, country_hint)
            misspelt = found is not None
        if found is None:
            i += 1
            continue
        n, start, end, key, candidates = found
        if _names_a_person(text, tokens, i, n) or _inside_unknown_name(text, tokens, i, n, candidates, gazetteer) \
                or _abroad_inside_local_name(tokens, i, n, candidates, gazetteer, country_hint):
            i += n
            continue
        n, end, key, candidates = _with_feature_word(text, tokens, i, n, end, key, candidates, gazetteer)
        unit_n, end, candidates = _with_compass_word(tokens, i, n, end, candidates, country_hint)
        compass_unit, n = unit_n > n, unit_n
        prefix = ARTICLE_PREFIX.search(text, max(0, start - 4), start)
        if prefix:
            start = prefix.start()
        mention = _Mention(start, end, text[start:end], key, candidates, misspelt=misspelt)
        mention.evidence = _place_evidence(text, tokens, i, n, mention, entities, lowercase_words, person_words)
        mention.evidence += _local_evidence(text, mention, country_hint)
        mention.evidence += COMPASS_UNIT_EVIDENCE if compass_unit else 0.0
        mention.evidence += DEMONYM_PLACE_EVIDENCE if _after_place_demonym(text, mentions, mention) else 0.0
        mentions.append(mention)
        i += n
    return _keep_places(mentions)


COMPASS_NAME_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                                "central", "centre", "center"})


def _compass_unit_name(text: str, key: str, end: int) -> bool:
    """Whether a name made only of compass words ("North-West", "Northern", "East", "Centre-North") is the name of
    a unit, which it is only with the unit's kind after it ("the North-West region", "the Northern Region", "the
    East province"): Cameroon, Ghana, Burkina Faso, Sierra Leone, Zambia and Rwanda, among others, name first-level
    units by direction, while "the north" alone is a direction, not a place. Only units are then its candidates."""
    return bool(key) and all(w in COMPASS_NAME_WORDS for w in key.split()) and PROVINCE_AFTER.match(text, end) is not None


def _units_of_named_countries(text: str, candidates, country_hint: str | None) -> list:
    """The units among a compass-named unit's candidates that lie in the source's country or in a country the text
    names (by name or demonym): most countries have a "North" or an "Eastern" province, so a direction written as
    a unit's name is one of the country the report is about, never one abroad it does not mention."""
    def named(code: str) -> bool:
        country = countries.country_by_code(code)
        names = ((country.name,) if country else ()) + countries.demonyms_of(code)
        return code == (country_hint or "").upper() or any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)

    return [c for c in candidates if c.place.feature_code in ("ADM1", "ADM2") and named(c.place.country_code)]


POSSESSED_TAGS = frozenset({"NN", "NNS", "JJ", "JJS", "VBG"})
POSSESSIVE_POPULATION = 100_000


def _possessive_without_apostrophe(tokens, i: int, gazetteer: Gazetteer, country_hint: str | None):
    """A town's possessive written without its apostrophe before what it owns ("Lamus port workers",
    "Garissas central market"), a common slip in notes and wires: a word ending in -s that the gazetteer does not
    know, or knows only as an old spelling of the town without the -s ("Malindis" for Malindi), followed by a
    lower-case noun or adjective, is the town without the -s when that is a town's own name in the source's country
    or a large one (`POSSESSIVE_POPULATION`); the mention leaves the -s out."""
    token = tokens[i]
    word = token.text
    if len(word) < 5 or not word.endswith("s") or word[-2:-1] in "s'’" or not word[:1].isupper() or word.isupper() \
            or i + 1 >= len(tokens) or tokens[i + 1].tag_ not in POSSESSED_TAGS or not tokens[i + 1].text.islower():
        return None
    key = name_key(word[:-1])
    stem_places = {c.place.id for c in gazetteer.candidates_for_key(key)}
    if not key or key in NOT_PLACES or any(c.official or c.place.id not in stem_places
                                           for c in gazetteer.candidates_for_key(name_key(word))):
        return None
    hint = country_hint.upper() if country_hint else None
    candidates = tuple(c for c in gazetteer.candidates_for_key(key) if c.official and (
        c.place.country_code == hint or c.place.population >= POSSESSIVE_POPULATION))
    if not candidates:
        return None
    return 1, token.idx, token.idx + len(word) - 1, key, candidates


MIN_MISSPELT_LETTERS = 5
"""The shortest name read as a misspelling of a local place: a shorter word is one edit from too many names."""


OPERATORS_AFTER = re.compile(r"\s+(?:drivers|operators|riders|owners|conductors|touts|passengers|users|crews)\b")
"""People named by the thing they drive, run or use ("matatu drivers", "tuktuk operators"): a word that opens a
sentence before such a noun is capitalised only by its place, so it is the thing, not a misspelt town."""


def _misspelt_local_name(text: str, tokens, i: int, gazetteer: Gazetteer, country_hint: str | None):
    """A proper noun the gazetteer does not know that is one edit from the name of exactly one place in the
    source's country (`Gazetteer.one_edit_away`): notes and local reports misspell their own small places, a letter
    left out, doubled or changed ("Mpeketani" for Mpeketoni), and such a word is that place. Only for words of
    `MIN_MISSPELT_LETTERS` or more that are no English word, and only within the source's country, whose places
    a local source names; the usual place evidence still decides whether the word is a place at all. A word
    joined to another capitalised word is part of a longer name (a person's: "Baraka Eldret"), and one written
    with a unit word after it ("Oakridge County") names a unit, so only an area's name will do for it."""
    token = tokens[i]
    word = token.text
    key = name_key(word)
    if not country_hint or len(key) < MIN_MISSPELT_LETTERS or word.isupper() or token.tag_ not in PROPER_NOUN_TAGS \
            or key in NOT_PLACES or word.lower() in english_words() or _joined_to_name(tokens, i):
        return None
    end = token.idx + len(word)
    if token.is_sent_start and OPERATORS_AFTER.match(text, end):
        return None
    candidates = gazetteer.one_edit_away(key, country_hint.upper())
    if DISTRICT_AFTER.match(text, end) or COUNTY_AFTER.match(text, end):
        candidates = tuple(c for c in candidates if c.place.feature_code.startswith("ADM"))
    return (1, token.idx, end, key, candidates) if candidates else None


PERSONAL_AFTER_POSSESSIVE = re.compile(
    r"\s*['’]s?\s+(?:murder(?!\s+(?:rates?|tolls?|capital))|murderers|assassination|assassins|killers|kidnappers"
    r"|abductors|widow|wife|husband|sons?|daughters?|brothers?|sisters?|father|mother|parents|bodyguards?|driver"
    r"|lawyers?|aides?|body(?!\s+count)|funeral|family|home|house|car)\b", re.IGNORECASE)
"""What follows a person's name in the possessive and never a place's: their kin, their staff, their body, home or
car, and their fate ("Rivera's murder", "Delgado's driver", "Herrera's funeral"). A place's possessive names what
lies in it or belongs to it ("Kabul's governor", "Mogadishu's main market")."""
PERSON_APPOSITIVE = re.compile(
    rf",\s+(?:a|an)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PERSON_NOUNS})"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:who|of|in|at|from|and|with|for)\b)",
    re.IGNORECASE)
"""An appositive that says the name before it is someone ("Santos Medina, a judge,", "ANTONIO GRANADA, A
POLICEMAN"): a place's appositive is a town, a district or a stronghold, never a person's noun."""
NAME_WORDS_BEFORE = 2
"""Most capitalised words between a title and a place-like name in it ("Mayor Jose Trujillo", "Gen. Marion Lagos")."""


def _names_a_person(text: str, tokens, i: int, n: int) -> bool:
    """Whether the name at tokens `i`..`i+n` is (part of) a person's name, however many places bear it: a title
    before it (`truecase.TITLES`: "Col. Mendoza", "police chief Herrera", "MAYOR JOSE TRUJILLO"), a possessive
    of kin, body or fate after it (`PERSONAL_AFTER_POSSESSIVE`) or an appositive naming a person
    (`PERSON_APPOSITIVE`), each read through one further capitalised word of the name ("Santos Medina, a judge").
    English writes a title before a name and no place after one; a name longer than the gazetteer's match that
    starts with the title ("General Santos") was matched whole and never reaches here. The tokenizer splits an
    abbreviated title from its full stop ("Col" "."), and the sentence splitter may end a sentence there."""
    j = i - 1
    for _ in range(NAME_WORDS_BEFORE + 1):
        abbreviated = j >= 1 and tokens[j].text == "." and tokens[j - 1].lower_ in TITLES
        if abbreviated or (j >= 0 and not tokens[j + 1].is_sent_start and tokens[j].lower_.rstrip(".") in TITLES):
            return True
        if j < 0 or tokens[j + 1].is_sent_start:
            break
        word = tokens[j].lower_
        if not _capitalised(tokens[j].text) or word in FUNCTION_WORDS or not tokens[j].is_alpha:
            break
        j -= 1
    ends = [tokens[i + n - 1].idx + len(tokens[i + n - 1].text)]
    if i + n < len(tokens) and not tokens[i + n].is_sent_start and _capitalised(tokens[i + n].text) \
            and tokens[i + n].is_alpha and tokens[i + n].lower_ not in FUNCTION_WORDS:
        ends.append(tokens[i + n].idx + len(tokens[i + n].text))
    return any(PERSONAL_AFTER_POSSESSIVE.match(text, end) or PERSON_APPOSITIVE.match(text, end) for end in ends)


def _joined_to_name(tokens, i: int) -> bool:
    """Whether the word at `i` has a capitalised word right beside it in its sentence (a compass word after it
    excepted: "Oakridge East" is a unit of Oakridge)."""
    token = tokens[i]
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    before = tokens[i - 1] if i > 0 and not token.is_sent_start else None
    return bool(after is not None and not after.is_sent_start and _capitalised(after.text)
                and after.lower_ not in COMPASS_UNIT_WORDS) or bool(before is not None and _capitalised(before.text))


WORD_UNIT_BEFORE = re.compile(r"\b(?:in|at|near|inside|outside|around)\s+$")
WORD_UNIT_AFTER = re.compile(r"\s+(?:[Ww]ard|[Ll]ocation|[Vv]illage|[Tt]own|[Aa]rea)\b")
"""Where a unit whose name is short or an English word (`gazetteer.WORD_UNIT_SUFFIX`: "Soy", "Ravine") is read:
after in, at or near, or before a word for a unit or settlement ("Manga ward")."""


def _without_bare_word_units(text: str, start: int, end: int, candidates: tuple) -> tuple:
    """Drop the units named by a short or English word (`WORD_UNIT_BEFORE`, `WORD_UNIT_AFTER`) unless the text
    writes the name as a place: a capitalised "Soy" opening a sentence or in a title is the word, not the ward."""
    if not any(c.place.source.endswith(WORD_UNIT_SUFFIX) for c in candidates):
        return candidates
    if WORD_UNIT_BEFORE.search(text, max(0, start - 12), start) or WORD_UNIT_AFTER.match(text, end):
        return candidates
    return tuple(c for c in candidates if not c.place.source.endswith(WORD_UNIT_SUFFIX))


MAX_CODE_LETTERS = 3


def _without_codes(text: str, raw: str, end: int, key: str, candidates: tuple) -> tuple:
    """Drop the readings a short word gets only through an alternate name when the text writes it neither in
    capitals nor with an abbreviation's period: GeoNames lists codes (airport, postal) among a place's names, so
    "Act" or "Man" in running text is a word, not ACT or MAN; "PA" and "Tenn." keep their readings."""
    if len(key.replace(" ", "")) > MAX_CODE_LETTERS or raw.replace(".", "").isupper() or text.startswith(".", end) \
            or raw.endswith("."):
        return candidates
    return tuple(c for c in candidates if c.official)


GLUED_ARTICLE = re.compile(r"(?<=\s)([AaEe])([tdrzsnl])\2(?=[a-z])")
"""An article written into the next word after the first ("Deir Ezzor", "Ras Ellain"): the doubled 'sun letter'
is the assimilated article, so "Ezzor" is "ez-Zor"."""


ABBREVIATED_HEADS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"}
"""The first word of a name written short, as lists and notes write it ("St. Catherine" parish for Saint Catherine,
"Mt. Elgon", "Ft. Portal"): the name is also looked up written out."""


def key_variants(key: str) -> list[str]:
    """Other spellings of a multi-word name key: each inner Arabic article in its other written forms, and
    common transliteration swaps per word; the name itself is never split, only respelt."""
    words = key.split()
    if len(words) < 2:
        return []
    options = []
    for position, word in enumerate(words):
        forms = [word]
        if position == 0 and word in ABBREVIATED_HEADS:
            forms.append(ABBREVIATED_HEADS[word])
        elif position > 0 and word in ARABIC_ARTICLES:
            forms += [a for a in ARABIC_ARTICLES if a != word]
        elif word not in ARABIC_ARTICLES:
            forms += [word.replace(old, new, 1) for old, new in SPELLING_SWAPS if old in word]
        options.append(list(dict.fromkeys(forms)))
    variants = [""]
    for forms in options:
        variants = [f"{v} {f}".strip() for v in variants for f in forms][:MAX_KEY_VARIANTS * 4]
    return [v for v in variants if v != key][:MAX_KEY_VARIANTS]


LETTER_HYPHEN = re.compile(r"^([A-Z])[-‐‑]\s?(?=[A-Z])")
"""A single first letter joined by a hyphen ("N-Dali"): the name is keyed whole as its apostrophe form ("N'Dali",
"N'Djamena") is, which reports also write with a hyphen."""


def _lookup(raw: str, key: str, gazetteer: Gazetteer, home: str | None = None) -> tuple[str, tuple]:
    """The key and candidates of a name as written, else of its respellings, else of it with a glued article parted.
    A name read only as districts also takes the towns of its respellings: a district is named after its seat
    town, which GeoNames may spell otherwise ("Maarrat al-Nu'man" district, the town "Ma'arrat an Nu'man"), and the
    bare name is the town (`_town_or_district`)."""
    if LETTER_HYPHEN.match(raw) and not gazetteer.candidates_for_key(key):
        key = name_key(LETTER_HYPHEN.sub(r"\1", raw))
    candidates = gazetteer.candidates_for_key(key) or _variant_candidates(key, gazetteer, home)
    head, _, rest = key.partition(" ")
    if rest and head in ABBREVIATED_HEADS:
        known = {id(c.place) for c in candidates}
        written_out = gazetteer.candidates_for_key(f"{ABBREVIATED_HEADS[head]} {rest}")
        candidates = tuple(candidates) + tuple(c for c in written_out if id(c.place) not in known)
    if candidates and all(c.place.feature_code in LOCAL_UNIT_FEATURES for c in candidates):
        known = {id(c.place) for c in candidates}
        candidates = tuple(candidates) + tuple(c for c in _variant_candidates(key, gazetteer, home)
                                               if id(c.place) not in known)
    unglued = GLUED_ARTICLE.sub(r"\1\2 \2", raw)
    if candidates or unglued == raw:
        return key, candidates
    key = name_key(unglued)
    return key, gazetteer.candidates_for_key(key) or _variant_candidates(key, gazetteer, home)


_DOUBLED_LETTER = re.compile(r"([a-z])\1+")
MIN_JOINED_LETTERS = 2
"""The shortest word of a two-word name that is tried written as one (a single letter is an initial: "Atlanta - A",
"Irvin E."; Maasai names begin with a two-letter article: "Ol Moran", written "Olmoran" in lists)."""


def _variant_candidates(key: str, gazetteer: Gazetteer, home: str | None = None) -> tuple:
    """Candidates of the first respelling of `key` the gazetteer knows (see `key_variants`); where the respelling
    is some place's own name, only such places: a respelt name is weaker evidence than an alternate name needs.
    Else the places whose own name is the two-word name written as one (lists write "Garbatulla" for Garba Tula,
    "Olkalou" for Ol Kalou), both words of at least `MIN_JOINED_LETTERS` letters; and the other way, the places whose
    own name is a one-word name parted in two, in the source's country `home` (`MIN_PART_LETTERS`)."""
    for variant in key_variants(key):
        found = gazetteer.candidates_for_key(variant)
        if found:
            return tuple(c for c in found if c.official) or found
    words = key.split()
    if len(words) == 2 and min(len(w) for w in words) >= MIN_JOINED_LETTERS:
        return tuple(c for c in gazetteer.candidates_for_key(_DOUBLED_LETTER.sub(r"\1", "".join(words))) if c.official)
    if home and len(words) == 1 and key.isalpha() and len(key) >= 2 * MIN_PART_LETTERS:
        found = []
        for cut in range(MIN_PART_LETTERS, len(key) - MIN_PART_LETTERS + 1):
            parted = f"{key[:cut]} {key[cut:]}"
            if gazetteer._may_have(parted):
                official = tuple(c for c in gazetteer.candidates_for_key(parted)
                                 if c.official and c.place.country_code == home.upper())
                if official:
                    found.append(official)
        return found[0] if len(found) == 1 else ()
    return ()


MIN_PART_LETTERS = 3
"""The shortest part of a two-word name written as one word that is tried parted ("Homabay" for Homa Bay,
"Portharcourt" for Port Harcourt, "Addisababa" for Addis Ababa): only for the source's country, whose own places a
local source writes so, and only where one parting gives a place's own name there."""


NAME_HEADS = frozenset("""
north south east west northern southern eastern western central upper lower greater new old san santa saint st
lake mount port fort cape gulf bay northwest northeast southwest southeast metropolitan metro downtown uptown midtown
inner outer""".split())
"""Capitalised words that begin a longer place name and leave the rest a place ("Northern Nigeria")."""


def _inside_unknown_name(text: str, tokens, i: int, n: int, candidates, gazetteer: Gazetteer) -> bool:
    """A known name glued to unknown capitalised words ("Upper Oakridge", "Tierra Caliente", "Kolo-Bandi")
    is part of a longer name the gazetteer lacks, not the place of that name elsewhere; only a
    country or province survives, and so do pairs of places of one country ("Millbrook-Eastport", "Millbrook Greene County").
    A demonym before the name is an adjective, not part of it ("Nigerien Tera")."""
    if any(c.place.feature_code in STRONG_FEATURES for c in candidates):
        return False
    start, end = tokens[i].idx, tokens[i + n - 1].idx + len(tokens[i + n - 1].text)
    other = HYPHEN_AFTER.match(text, end) or HYPHEN_BEFORE.search(text, max(0, start - 40), start)
    if other:
        half = name_key(other.group(1))
        countries_here = {c.place.country_code for c in candidates}
        return half == name_key(text[start:end]) or not any(
            c.place.country_code in countries_here for c in gazetteer.candidates_for_key(half))
    if i == 0 or tokens[i].is_sent_start:
        return False
    before = tokens[i - 1]
    adjacent = before.idx + len(before.text) + 1 == start
    return adjacent and _capitalised(before.text) and not before.is_sent_start and before.lower_ not in NAME_HEADS \
        and before.lower_ not in NOT_PLACES and before.tag_ in PROPER_NOUN_TAGS \
        and not gazetteer.candidates_for_key(name_key(before.text)) and countries.country_of_demonym(before.text) is None


def _abroad_inside_local_name(tokens, i: int, n: int, candidates, gazetteer: Gazetteer, country_hint: str | None) -> bool:
    """A province or town abroad glued to a capitalised word that is no place of the source's country nor a country
    or province ("Banari Para" upazila, "District Van Rickshaw League", "Chatra Dal" in a Bangladeshi note) is part
    of a longer local name of the source's country (`country_hint`), not that place abroad: a local source names its
    own places and bodies, and writes the country of a foreign place it means. Countries, capitals and seas are kept
    (`HOME_KEPT_FEATURES`): they are named as themselves. A generic noun ending a local site's name ('Gutu Mission':
    `_generic_tail`) is no town of that name abroad even when the source's country is not known."""
    home_named = country_hint and any(c.place.country_code == country_hint.upper() for c in candidates)
    if not home_named and not any(c.place.feature_code in HOME_KEPT_FEATURES for c in candidates) \
            and _generic_tail(tokens, i, n):
        return True
    if not country_hint or any(c.place.country_code == country_hint.upper() or c.place.feature_code in HOME_KEPT_FEATURES
                               for c in candidates):
        return False
    neighbours = []
    if i > 0 and not tokens[i].is_sent_start:
        neighbours.append((tokens[i - 1], tokens[i - 1].idx + len(tokens[i - 1].text) + 1 == tokens[i].idx))
    if i + n < len(tokens) and not tokens[i + n].is_sent_start:
        last = tokens[i + n - 1]
        neighbours.append((tokens[i + n], last.idx + len(last.text) + 1 == tokens[i + n].idx))
    home = country_hint.upper()

    def local_word(word) -> bool:
        """A capitalised word that names no place of the source's country and no country or province anywhere."""
        return not any(c.place.country_code == home or c.place.feature_code in STRONG_FEATURES
                       for c in gazetteer.candidates_for_key(name_key(word.text)))

    return any(adjacent and _capitalised(word.text) and word.tag_ in PROPER_NOUN_TAGS and word.lower_ not in NAME_HEADS
               and word.lower_ not in NOT_PLACES and local_word(word) for word, adjacent in neighbours)


GENERIC_TAILS = frozenset("""
mission hospital centre center clinic school college camp station market junction farm estate
""".split())
"""Common nouns that end the name of a local site ('Gutu Mission', 'Kagadi Hospital', 'Loiyangalani Health Centre'):
a town abroad named by the noun alone ('Mission', Texas) is not what a local source means by them."""


def _generic_tail(tokens, i: int, n: int) -> bool:
    """Whether a one-word match is a generic noun (`GENERIC_TAILS`) written directly after a capitalised word of the
    same sentence: the last word of a longer local name, so a place abroad named by that noun is not meant."""
    if n != 1 or i == 0 or tokens[i].is_sent_start or tokens[i].lower_ not in GENERIC_TAILS:
        return False
    before = tokens[i - 1]
    return before.idx + len(before.text) + 1 == tokens[i].idx and _capitalised(before.text)


HYPHEN_AFTER = re.compile(r"-([A-Z][\w'’]+)")
HYPHEN_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w'’]+)-$")
"""The other half of a hyphenated name; a single capital before the hyphen is a party ("D-Chicago")."""


def _with_feature_word(text: str, tokens, i: int, n: int, end: int, key: str, candidates, gazetteer: Gazetteer):
    """Extend a match over a following feature word when the gazetteer knows the longer name ("Palmyra airfield", "Anbar's desert")."""
    j = i + n
    if j < len(tokens) and tokens[j].text in ("'s", "’s"):
        j += 1
    if j < len(tokens) and tokens[j].lower_ in FEATURE_WORDS:
        longer_end = tokens[j].idx + len(tokens[j].text)
        longer_key = name_key(text[tokens[i].idx:longer_end])
        longer = gazetteer.candidates_for_key(longer_key)
        if longer:
            return j + 1 - i, longer_end, longer_key, longer
    return n, end, key, candidates


COMPASS_UNIT_WORDS = frozenset({"east", "west", "north", "south", "central"})
UNIT_FEATURES = frozenset({"ADM1", "ADM2", "ADMD"})
COMPASS_UNIT_EVIDENCE = 2.0
"""An area's name with a compass word after it is a unit's name, as strong a sign of a place as a place label."""


DEMONYM_PLACE_EVIDENCE = 6.0
"""A name after a place word and a demonym ("in Kenyan Wajir", "into Somali Dolow") is a place of that people's
country: the demonym is an adjective saying which side of a border the town lies on, and a tagger's reading of
the pair as a person's name is wrong after "in"; this outweighs that reading (up to 4.5: inside a person's name,
a word of one) and counts as a place cue (1.5)."""


def _after_place_demonym(text: str, mentions: list[_Mention], mention: _Mention) -> bool:
    """Whether `mention` follows a demonym (`DEMONYM_PLACE_EVIDENCE`) that follows a place cue (`PLACE_CUES`) and
    names a place of the demonym's country."""
    if not mentions or mentions[-1].kind != "demonym" or mentions[-1].demonym_country is None:
        return False
    demonym = mentions[-1]
    if text[demonym.end:mention.start].strip() or not PLACE_CUES.search(text, max(0, demonym.start - 40), demonym.start):
        return False
    return any(c.place.country_code == demonym.demonym_country.alpha2 for c in mention.candidates)


def _with_compass_word(tokens, i: int, n: int, end: int, candidates, country_hint: str | None):
    """Extend a province's or district's name over a compass word after it that the gazetteer does not know
    with it ("Embu East", "Kitui Central" in a Kenyan report): a unit split off a province or district is named
    after it with East, West, North, South or Central and lies inside it, so the longer name is a unit of that
    area (its area readings only), never a person or the town of the name. Only for areas of the source's own
    country (`country_hint`), whose local units a local source names; elsewhere such names are as often a
    school's or a team's ("Madison Central", "Scott West" in American news)."""
    j = i + n
    if not country_hint or j >= len(tokens) or tokens[j].lower_ not in COMPASS_UNIT_WORDS \
            or not tokens[j].text[:1].isupper() or tokens[j].is_sent_start or tokens[j].idx != end + 1:
        return n, end, candidates
    areas = tuple(c for c in candidates if c.place.feature_code in UNIT_FEATURES
                  and c.place.country_code == country_hint.upper() and not bare_area_name(c))
    if not areas:
        return n, end, candidates
    return n + 1, tokens[j].idx + len(tokens[j].text), areas


def _keep_places(mentions: list[_Mention]) -> list[_Mention]:
    """Keep well-evidenced mentions, and weaker ones of a name the article uses as a place elsewhere (one sense per discourse)."""
    best: dict[str, float] = {}
    for m in mentions:
        best[m.key] = max(best.get(m.key, -99.0), m.evidence)
    return [m for m in mentions if m.kind == "demonym" or m.evidence >= 1.0
            or (best[m.key] >= 1.0 and m.evidence >= -1.0)]


def _demonym_at(tokens, i: int) -> tuple[int, countries.Country] | None:
    for n in (2, 1):
        if i + n > len(tokens):
            continue
        words = " ".join(t.text for t in tokens[i:i + n])
        if n == 2 and not _capitalised(tokens[i + 1].text):
            continue
        country = countries.country_of_demonym(words)
        if country is not None and countries.country_by_name(words) is None:
            return n, country
    return None


def _place_evidence(text: str, tokens, i: int, n: int, mention: _Mention, entities, lowercase_words: set[str],
                    person_words: set[str]) -> float:
    """How strongly the context says this gazetteer match is a place (1.0 or more keeps it)."""
    features = {c.place.feature_code for c in mention.candidates}
    official = any(c.official for c in mention.candidates)
    score = 0.0
    label = _label_over(entities, mention.start, mention.end)
    unit = UNIT_AFTER.match(text, mention.end)
    if label in ENTITY_PLACE:
        score += 2.0
    elif unit and label is not None and label[2] >= mention.start - 4 and label[3] <= unit.end():
        score += 0.0  # the tagger's label covers only the name and its unit word ("Gwoza LGA"): no person's name
    elif label is not None and label[1] in ENTITY_PERSONISH:
        kind, entity_label, ent_start, ent_end = label
        starts_entity = re.fullmatch(r"(?:[Tt]he\s+)?", text[ent_start:mention.start]) is not None
        if kind == "inside" and entity_label == "PERSON":
            score -= 2.5
        elif kind == "inside" and not starts_entity:
            score -= 1.0
        else:
            score -= 0.5
    if SOURCE_BEFORE.search(text, max(0, mention.start - 20), mention.start) and not NAME_GOES_ON.match(text, mention.end):
        score -= 1.5
    elif PLACE_CUES.search(text, max(0, mention.start - 40), mention.start):
        score += 1.5
    elif CONFLICT_VERB_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        score += 1.0
    if mention.text.split()[-1].lower().strip(".,") in INSTITUTION_WORDS and not features & STRONG_FEATURES:
        score -= 3.0
    if features & STRONG_FEATURES or (n > 1 and "ADM2" in features and official):
        score += 1.5
    if features & INSTITUTION_FEATURES:
        score += INSTITUTION_PLACE_EVIDENCE
    population = max(c.place.population for c in mention.candidates)
    score += 1.0 if population >= 100_000 else 0.5 if population >= 10_000 else 0.0
    if n > 1:
        score += 0.5
    if not official:
        score -= 0.5
    if all(bare_area_name(c) for c in mention.candidates) and not COUNTIES_AFTER.match(text, mention.end):
        score -= BARE_AREA_EVIDENCE
    if _followed_by_container(text, mention.end):
        score += 1.5
    if PLACE_AFTER.match(text, mention.end):
        score += 1.5
    elif unit:
        score += UNIT_EVIDENCE
    if any(m.start() <= mention.start and mention.end <= m.end()
           for m in ROAD_ENDS.finditer(text, max(0, mention.start - 60), min(len(text), mention.end + 80))):
        score += ROAD_END_EVIDENCE
    if STREET_AFTER.match(text, mention.end):
        score -= 3.0
    if _people_named(mention.key, text, mention.end, mention.start):
        score -= 3.0
    if _paired_with_people_only(mention.key, text, mention.start, mention.end):
        score -= PEOPLE_PARTNER_EVIDENCE
    letters = len(mention.key.replace(" ", ""))
    if n == 1 and letters < 3 and not tokens[i].text.replace(".", "").isupper():
        score -= 3.0
    if n == 1 and letters <= 3 and tokens[i].text.replace(".", "").isupper() and not features & STRONG_FEATURES:
        score -= 3.0
    if n == 1 and tokens[i].text in person_words:
        score -= 2.0
    if n == 1 and tokens[i].text.lower() in lowercase_words:
        score -= 2.0
    if tokens[i].is_sent_start and tokens[i].tag_ not in PROPER_NOUN_TAGS:
        score -= 1.0
    if n == 1 and tokens[i].tag_ not in PROPER_NOUN_TAGS | FOREIGN_TAGS and label not in ENTITY_PLACE:
        score -= 0.5
    return score


RESIDENTS_AFTER = re.compile(
    r"\s+(?:residents|villagers|inhabitants|locals|natives|townspeople|townsfolk|dwellers|traders|farmers|fishermen|"
    r"hawkers|vendors|businessmen|businesspeople|shopkeepers|merchants|landowners|tenants)\b")
"""Nouns for the people of a place written after its name as a modifier ("the Garissa traders", "Oakridge
residents"): English names people by where they live or work so, which makes the name a place."""
RESIDENTS_EVIDENCE = 1.0
HINTED_COUNTRY_EVIDENCE = 0.5
"""A name that is a place in the country the source covers (`country_hint`) is more likely that place: a local
source names its own towns far more often than it names people or things that share their names."""


def _local_evidence(text: str, mention: _Mention, country_hint: str | None) -> float:
    """Place evidence from the name's use as a modifier of the people of a place (`RESIDENTS_AFTER`) and from a
    reading by its own name in the source's country (`HINTED_COUNTRY_EVIDENCE`)."""
    score = RESIDENTS_EVIDENCE if RESIDENTS_AFTER.match(text, mention.end) else 0.0
    if country_hint and any(c.official and c.place.country_code == country_hint.upper() for c in mention.candidates):
        score += HINTED_COUNTRY_EVIDENCE
    return score


@functools.cache
def _people_after() -> re.Pattern:
    from sitrep.actors import ETHNIC_ROLES

    return re.compile(rf"\s+(?:{ETHNIC_ROLES}|{PEOPLE_NOUNS})\b", re.IGNORECASE)


PEOPLE_NOUNS = ("civilians|businessmen|businessman|businesswomen|tribesman|woman|women|boys|girls|children|elders|"
                "families|settlers|squatters|homes|houses|households|neighbours|neighbors|victims|workers|students")
"""Further nouns after an ethnic group's name that make it people ("Kikuyu families", "Luo homes"): people and
what they own, beyond the armed roles actors reads (`actors.ETHNIC_ROLES`)."""


def _people_named(key: str, text: str, end: int, start: int | None = None) -> bool:
    """An ethnic group's name before a word for its people ("Maasai herders", "Pokot raiders") names
    people, not a place GeoNames happens to spell so (Masai, Malaysia); so does one joined to another
    group's name (`_peoples_coordinated`) or counted or called ethnic (`PEOPLE_BEFORE`)."""
    from sitrep.actors import ethnic_group

    if ethnic_group(key) is None:
        return False
    if _people_after().match(text, end) is not None:
        return True
    return start is not None and (bool(PEOPLE_BEFORE.search(text, max(0, start - 24), start))
                                  or _peoples_coordinated(text, start, end))


PEOPLE_BEFORE = re.compile(r"(?:\bethnic|\b\d[\d,]*|\bthousands\s+of|\bhundreds\s+of|\bdozens\s+of)\s+$", re.IGNORECASE)
"""Words before an ethnic group's name that make it people: a count ("some 300 Kikuyu") or "ethnic"
("an ethnic Luo"): a place is neither counted nor called ethnic."""

COORDINATION = r"\s*(?:,|\band\b|\bor\b|&|-|/|\bversus\b|\bvs\.?)\s*"
PEOPLE_PAIR_AFTER = re.compile(COORDINATION + r"([A-Z][\w'’]+)(?!\s+(?i:counties|county|districts?|regions?|provinces?)\b)")
PEOPLE_PAIR_BEFORE = re.compile(r"\b([A-Z][\w'’]+)" + COORDINATION + r"$")


def _peoples_coordinated(text: str, start: int, end: int) -> bool:
    """Whether an ethnic group's name is joined to another group's name ("fighting between the Pokot and
    Marakwet", "Luo or Luhya youths", "Tugen-Ilchamus"): like is coordinated with like, so a name paired
    with a people's name is a people's too, unless an area word after the pair makes both areas ("Turkana and
    Samburu counties")."""
    return _people_partner(text, start, end) is not None


def _people_partner(text: str, start: int, end: int) -> str | None:
    """The ethnic group's name a name is coordinated with (`_peoples_coordinated`), if any."""
    from sitrep.actors import ethnic_group

    after = PEOPLE_PAIR_AFTER.match(text, end)
    if after and ethnic_group(after.group(1)) is not None:
        return after.group(1)
    before = PEOPLE_PAIR_BEFORE.search(text, max(0, start - 40), start)
    if before and ethnic_group(before.group(1)) is not None \
            and not re.match(r"\s+(?i:counties|districts|regions|provinces)\b", text[end:]):
        return before.group(1)
    return None


PEOPLE_PARTNER_EVIDENCE = 3.0
"""Further evidence against a place when the people's name it is paired with is no place at all: a people's
name or a nationality ("clashes between Borana and Samburu", "Somali and Samburu herders"). Like is coordinated
with like, and a partner that cannot be read as a place leaves only the people's reading of the pair, however
large the county that shares the other name."""


def _paired_with_people_only(key: str, text: str, start: int, end: int) -> bool:
    """Whether an ethnic group's name is coordinated with a people's name that is no place in the gazetteer or
    is a nationality (`PEOPLE_PARTNER_EVIDENCE`)."""
    from sitrep.actors import ethnic_group

    partner = _people_partner(text, start, end) if ethnic_group(key) is not None else None
    if partner is None:
        return False
    return not load().lookup(name_key(partner)) or (countries.country_of_demonym(partner) is not None
                                                    and countries.country_by_name(partner) is None)


def _label_over(entities, start: int, end: int):
    """The spaCy label covering a span: a place label if any entity says so, else (how, label, start, end)."""
    for ent_start, ent_end, label in entities:
        if ent_start <= start and end <= ent_end:
            if label in ENTITY_PLACE:
                return label
            how = "exact" if (ent_start, ent_end) == (start, end) else "inside"
            return (how, label, ent_start, ent_end)
    return None


@functools.cache
def _abbreviation_pattern() -> re.Pattern:
    names = "|".join(re.escape(a) for a in sorted(US_STATE_ABBREVIATIONS, key=len, reverse=True))
    return re.compile(rf"\s*,\s*({names})\.")


def _followed_by_container(text: str, end: int) -> bool:
    return bool(_abbreviation_pattern().match(text, end)) or bool(re.match(r",\s+[A-Z]", text[end:end + 3]))


# --- resolution ----------------------------------------------------------------------------------


def candidate_prior(candidate: Candidate) -> float:
    """How likely a name means this place before any context: population, feature, official name, our curation."""
    place = candidate.place
    score = math.log10(place.population + 1) / 3.5
    score += FEATURE_PRIOR.get(place.feature_code, 0.0)
    score += 1.5 if place.source in ("supplement", "user") else 0.0
    score += 1.0 if candidate.official else 0.0
    score -= BARE_AREA_PENALTY if bare_area_name(candidate) else 0.0
    return score


AREA_GENERIC_WORDS = frozenset({"county", "parish", "borough", "city", "of"})
BARE_AREA_PENALTY = 1.5
"""An American county or parish is written with its generic word ("Boone County", "Rapides Parish"); its name alone
("Boone", "Hall", "Lincoln") far more often names a person, a town or a thing, so that reading starts lower."""


def bare_area_name(candidate: Candidate) -> bool:
    """Whether a level-2 area matched only by its name without the generic word ("Hall" for Hall County)."""
    place = candidate.place
    if candidate.official or place.feature_code != "ADM2" or place.country_code != "US":
        return False
    words = [w for w in name_key(place.name).split() if w not in AREA_GENERIC_WORDS]
    return " ".join(words) == candidate.matched


BARE_AREA_EVIDENCE = 1.0
"""A name that is only a county's name without its generic word is weaker evidence of a place (see `BARE_AREA_PENALTY`)."""

COUNTIES_AFTER = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?|\s+(?:and|or|&)\s+[A-Z][\w'’.-]*"
                            r"(?:\s+[A-Z][\w'’.-]*)?)*\s+(?:counties|parishes)\b")
"""'Walton and Oconee counties': bare names before a plural generic word are counties after all."""


def _named_as_county(text: str, m: _Mention) -> None:
    """Undo the bare-name penalty where a plural "counties" after the list says the names are counties."""
    if not COUNTIES_AFTER.match(text, m.end):
        return
    for i, c in enumerate(m.candidates):
        if bare_area_name(c):
            m.scores[i] += BARE_AREA_PENALTY


def _contains(area: Place, place: Place) -> bool:
    if area.feature_code == "PCLI":
        return area.country_code == place.country_code and place is not area
    if area.feature_code == "ADM1":
        return place.country_code == area.country_code and place.admin1 == area.name and place.feature_code != "ADM1"
    if area.feature_code == "ADM2":
        return place.country_code == area.country_code and place.admin1 == area.admin1 and place.admin2 == area.name \
            and place.feature_code != "ADM2"
    return False


def _may_lie_in(area: Place, place: Place) -> bool:
    """A town whose district the gazetteer does not know (a curated town has only its province) may lie in any
    district of its province that the text names as its container ("Thanchi upazila (Bandarban, ...)")."""
    return area.feature_code == "ADM2" and place.admin2 is None and not place.feature_code.startswith(("ADM", "PCL")) \
        and place.country_code == area.country_code and place.admin1 == area.admin1


def _in_outer_area(text: str, inner: _Mention, mentions: list[_Mention], b: int) -> bool:
    """Whether a reading of `inner` lies in a larger area named later in the same bracket than `mentions[b]` ("Mehal
    Meda (North Shewa zone, Amhara)"): the province that closes a bracket of areas decides which of two units of one
    name the middle one is (Ethiopia has a North Shewa zone in Amhara and another in Oromia; many countries repeat
    district names across provinces), so a middle area the gazetteer knows only in another province does not rule
    out a reading of the place inside the named province."""
    close = text.find(")", mentions[b].end)
    if close < 0 or "(" in text[mentions[b].end:close]:
        return False
    later = [m for m in mentions[b + 1:] if m.kind == "place" and m.start < close]
    return any(_contains(area.place, reading.place) for m in later for area in m.candidates
               for reading in inner.candidates)


def _bracketed(text: str, inner: _Mention, outer: _Mention) -> bool:
    """"X (A, B)" or "(A, B)": the bracket names the areas X lies in, so a reading of the inner
    name outside the outer area is wrong."""
    gap = text[inner.end:outer.start]
    if _areas_bracket(text, inner, outer) or BRACKET_GAP.match(gap):
        return True
    return bool(OPEN_BRACKET_BEFORE.search(text, 0, inner.start) and CONTAINER_GAP.match(gap)
                and CLOSE_BRACKET_AFTER.match(text, outer.end))


def _container_pairs(text: str, mentions: list[_Mention]) -> list[tuple[int, int]]:
    """(inner, outer) mention indices of places written inside a larger one; a name read as two
    ("Khair Khana area of Kabul") is inside the larger place as a whole, so both its pieces pair with it."""
    pairs = []
    for a in range(len(mentions) - 1):
        b = a + 1
        while b + 1 < len(mentions) and re.fullmatch(r"[\s-]+", text[mentions[b - 1].end:mentions[b].start]):
            b += 1
        gap = text[mentions[a].end:mentions[b].start]
        if mentions[b].kind == "place" and (CONTAINER_GAP.match(gap) or _areas_bracket(text, mentions[a], mentions[b])
                                            or BRACKET_GAP.match(gap) or PART_OF_TOWN_GAP.match(gap)
                                            or DISTRICT_GAP.match(gap)):
            pairs.append((a, b))
    return pairs


def _city_or_province(text: str, m: _Mention) -> None:
    """Kirkuk the city or Kirkuk the province: the city, unless "province" (or the like; "county" where counties
    are the first-level units, `COUNTY_PROVINCES`) follows the name, "the province of" (`PROVINCE_BEFORE`) precedes it,
    or the name closes a bracket of areas after a place ("Chandpur town (Chandpur Sadar, Chittagong)"). A city
    whose own name is longer and only shortened to the province's name ("New York City" for "New York") is named
    so to tell it from the province, so the bare name is the province's. A national capital is named far more
    often than a province of its name elsewhere in the country, so it counts as the city too ("Washington")."""
    provinces = {(c.place.country_code, c.place.name): c.official for c in m.candidates if c.place.feature_code == "ADM1"}
    if not provinces:
        return
    province_named = bool(PROVINCE_AFTER.match(text, m.end)
                          or PROVINCE_BEFORE.search(text, max(0, m.start - 30), m.start)
                          or (AREA_BRACKET_BEFORE.search(text, max(0, m.start - 64), m.start)
                              and AREA_BRACKET_AFTER.match(text, m.end)))
    county_named = bool(COUNTY_AFTER.match(text, m.end) or COUNTY_BEFORE.search(text, max(0, m.start - 20), m.start)) \
        and any(country in COUNTY_PROVINCES for country, _ in provinces)
    populations = [c.place.population for c in m.candidates if c.place.feature_code == "ADM1"]
    for i, c in enumerate(m.candidates):
        place = c.place
        if place.feature_code == "ADM1" and (province_named or (county_named and place.country_code in COUNTY_PROVINCES)):
            m.scores[i] += 2.5
        elif place.feature_code in POINT_FEATURES and not (province_named or county_named) \
                and (_city_of_province(c, provinces) or _capital_outgrowing_provinces(c, populations)):
            m.scores[i] += 2.5


SEAT_TOWN_MARGIN = 0.5
"""How far a seat town's reading is raised above its district's: enough to be chosen over it, never over a reading
that outranked the district (a province of the name, a town elsewhere)."""
CONTAINER_BEFORE = re.compile(r"(?:,|\()\s*$")
"""A name after a comma or an opening bracket: the area that holds the name before it ("Derai, Sunamganj, Sylhet")."""


def _town_or_district(text: str, m: _Mention) -> None:
    """Zakho the town or Zakho district: a district is most often named after the town it is governed from, and a
    report that means the district says so ("Zakho district", `DISTRICT_AFTER`); the bare name is the town, where
    ACLED places the event (the district is its admin2). A town reading is the seat of a district reading when it
    lies in that district of the same province; it is raised just above the district. Only a district whose name
    bears its kind word ("Zakho District", "Commune of Ze") is told from its town so: where the packages give the
    district the town's bare name (Colombia's municipalities, Bangladesh's districts), reports use the two as one
    place and the other evidence decides (raising the town there lowered MUC-4's check figures). A name written as
    the area that holds another (`CONTAINER_BEFORE`) stays the district. A town GeoNames gives no district, in the
    province of a district read by the same name, is that district's seat too (the town "Ma'arrat an Nu'man" and
    "Maarrat al-Nu'man District" of Idlib)."""
    if DISTRICT_AFTER.match(text, m.end) or CONTAINER_BEFORE.search(text, max(0, m.start - 3), m.start):
        return
    districts = {(c.place.country_code, c.place.admin1, c.place.name): m.scores[i] for i, c in enumerate(m.candidates)
                 if c.place.feature_code in LOCAL_UNIT_FEATURES}
    kinded = {(country, admin1): score for (country, admin1, name), score in districts.items()
              if without_area_words(name)}
    for i, c in enumerate(m.candidates):
        if c.place.feature_code not in POINT_FEATURES:
            continue
        if c.place.admin2 is None:
            district_score = kinded.get((c.place.country_code, c.place.admin1))
        else:
            district_score = districts.get((c.place.country_code, c.place.admin1, c.place.admin2))
            district_score = district_score if without_area_words(c.place.admin2) else None
        if district_score is not None:
            m.scores[i] = max(m.scores[i], district_score + SEAT_TOWN_MARGIN)


def _capital_outgrowing_provinces(city: Candidate, province_populations: list[int]) -> bool:
    """Whether a city reading is a national capital more populous than every province reading of its name: a name
    shared by a capital and a smaller province or its town abroad (Rabat and Malta's Rabat, Santiago and the Dominican
    province, Porto-Novo and Cape Verde's Porto Novo) names the capital in news far more often, so the capital earns
    the city's claim (see `_city_or_province`) too; a province more populous than the capital ("Victoria") keeps
    its own."""
    place = city.place
    return place.feature_code == "PPLC" and city.official and place.population > max(province_populations)


def _city_of_province(city: Candidate, provinces: dict[tuple[str, str], bool]) -> bool:
    """Whether a city reading is the city of a province reading of the same name (see `_city_or_province`);
    `provinces` maps (country, province) to whether the name is the province's own."""
    place = city.place
    if place.feature_code == "PPLC" and city.official:
        return any(country == place.country_code for country, _ in provinces)
    province_official = provinces.get((place.country_code, place.admin1))
    return province_official is not None and (city.official or not province_official)


def _state_abbreviation_after(text: str, mention: _Mention) -> str | None:
    match = _abbreviation_pattern().match(text, mention.end)
    return US_STATE_ABBREVIATIONS[match.group(1)] if match else None


HINT_VOTE = 2.0
"""Weight of the source's country (`country_hint`) among the article's votes: a named country counts 1.5."""


def _resolve(text: str, mentions: list[_Mention], country_hint: str | None = None) -> None:
    places = [m for m in mentions if m.kind == "place"]
    for m in places:
        m.scores = [candidate_prior(c) for c in m.candidates]
    for a, b in _container_pairs(text, mentions):
        inner, outer = mentions[a], mentions[b]
        contained = False
        for i, ci in enumerate(inner.candidates):
            for j, cj in enumerate(outer.candidates):
                if _contains(cj.place, ci.place) or _may_lie_in(cj.place, ci.place):
                    inner.scores[i] = max(inner.scores[i], inner.scores[i] + 4.0)
                    outer.scores[j] += 1.0
                    contained = True
        gap = text[inner.end:outer.start]
        binding = _bracketed(text, inner, outer) or bool(PART_OF_TOWN_GAP.match(gap) or DISTRICT_GAP.match(gap))
        if not contained and binding and _in_outer_area(text, inner, mentions, b):
            continue
        if not contained and outer.candidates and binding \
                and not any(c.place.feature_code in UNRECORDED_AREAS for c in outer.candidates):
            for i, ci in enumerate(inner.candidates):
                if any(distance_km(ci.place.latitude, ci.place.longitude, cj.place.latitude, cj.place.longitude)
                       <= PART_OF_TOWN_KM for cj in outer.candidates):
                    inner.scores[i] += 4.0
                    contained = True
            if not contained:
                inner.candidates, inner.scores = [], []
    _same_kind_in_lists(text, places)
    for m in places:
        _named_as_county(text, m)
        state = _state_abbreviation_after(text, m)
        if state:
            for i, c in enumerate(m.candidates):
                if c.place.country_code == "US" and c.place.admin1 == state:
                    m.scores[i] += 4.0
    _one_sense_per_name(places)
    for m in places:
        _city_or_province(text, m)
        _town_or_district(text, m)
    _area_support(places)
    _choose(places)
    local_scores = [list(m.scores) for m in places]
    for _ in range(VOTE_ROUNDS):
        votes = _context_votes([m for m in mentions if not _beyond_border(text, m)])
        if country_hint:
            votes.append(("", country_hint.upper(), None, HINT_VOTE))
        for m, scores in zip(places, local_scores):
            m.scores = list(scores)
        _vote_bonus(places, votes)
        _choose(places)
        _colocation_bonus(places)
        _choose(places)
        _anchor_bonus(places)
        _choose(places)
    if country_hint:
        _prefer_home(places, votes, country_hint.upper())
        _drop_strays(places, votes, STRAY_POPULATION_HINTED, STRAY_FEATURES_HINTED, STRAY_SHARE_HINTED,
                     _written_with_province(text, mentions))
        _drop_contradicted_misspellings(places)
    else:
        _drop_strays(places, votes)


LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|&)\s+)$")
MIN_LIST = 3
LIST_KIND_BONUS = 3.0
"""Names in one list are of one kind: in "Michigan, Oregon, Indiana and Ohio" each is a state because most of the
others can only be, not the town of Oregon in Ohio; so in a list of three or more names, where at least half could
be provinces of one country (or countries), that reading of every member that has it gains."""


def _same_kind_in_lists(text: str, places: list[_Mention]) -> None:
    """Reward the reading that most members of a list of names share (see `LIST_KIND_BONUS`)."""
    groups: list[list[_Mention]] = []
    for m in places:
        if groups and LIST_GAP.match(text[groups[-1][-1].end:m.start]):
            groups[-1].append(m)
        else:
            groups.append([m])
    for group in groups:
        if len(group) < MIN_LIST:
            continue
        kinds: Counter = Counter()
        for m in group:
            kinds.update({_list_kind(c.place) for c in m.candidates if c.place.feature_code in ("ADM1", "PCLI")})
        if not kinds:
            continue
        kind, members = kinds.most_common(1)[0]
        if members * 2 < len(group):
            continue
        for m in group:
            for i, c in enumerate(m.candidates):
                if _list_kind(c.place) == kind:
                    m.scores[i] += LIST_KIND_BONUS


def _list_kind(place: Place) -> tuple[str, str | None]:
    """The kind of reading a list's members share: a country, or a province of one given country."""
    return place.feature_code, place.country_code if place.feature_code == "ADM1" else None


def _one_sense_per_name(places: list[_Mention]) -> None:
    """A name repeated in one article means one place: what one mention says of its reading ("Athens, Greece",
    "Alexandria, La.") holds for the bare mentions of the same name, so each reading keeps its best local score.
    Whether a mention means a city or the province of its name is left to each mention (`_city_or_province`):
    an article may name both."""
    by_name: dict[tuple[str, tuple[int, ...]], list[_Mention]] = {}
    for m in places:
        if m.candidates:
            by_name.setdefault((m.key, tuple(c.place.id for c in m.candidates)), []).append(m)
    for mentions in by_name.values():
        if len(mentions) < 2:
            continue
        best = [max(scores) for scores in zip(*(m.scores for m in mentions))]
        for m in mentions:
            m.scores = list(best)


VOTE_ROUNDS = 2
"""The article's countries and provinces are read from the readings chosen in the round before: a first round
may take "Georgia" for the country, and the towns of the state it names ("Atlanta") then set it right."""


def _vote_bonus(places: list[_Mention], votes: list[tuple[str, str, str | None, float]]) -> None:
    """Reward readings in the countries and provinces the other names of the article vote for."""
    for m in places:
        country_votes, admin1_votes = _votes_without(votes, m.key)
        country_total = sum(country_votes.values()) or 1.0
        admin1_total = sum(admin1_votes.values()) or 1.0
        for i, c in enumerate(m.candidates):
            share = country_votes.get(c.place.country_code, 0.0) / country_total
            bonus = 3.0 * share + (1.0 if share > 0 else 0.0)
            if c.place.feature_code not in ("ADM1", "PCLI"):
                admin1_share = admin1_votes.get((c.place.country_code, c.place.admin1), 0.0) / admin1_total
                bonus += 2.0 * admin1_share + (0.5 if admin1_share > 0 else 0.0)
            m.scores[i] += bonus


SUPPORT_READINGS = 5
SUPPORT_MARGIN = 1.5
"""A reading lends support to the places it holds or lies in only when it is among the best `SUPPORT_READINGS` of
its name and within `SUPPORT_MARGIN` of the best by local evidence: a state named in a list of states does not
lend support through the small town of its name in another state."""
COUNTY_SUPPORT = 2.5
STATE_SUPPORT = 1.5
AREA_SUPPORT = 1.0
MAX_AREA_SUPPORT = 3.0


def _plausible_readings(m: _Mention) -> list[Place]:
    """The readings of a name that may support others (see `SUPPORT_MARGIN`)."""
    if not m.candidates:
        return []
    best = max(m.scores)
    ranked = sorted(range(len(m.candidates)), key=lambda i: -m.scores[i])[:SUPPORT_READINGS]
    return [m.candidates[i].place for i in ranked if m.scores[i] >= best - SUPPORT_MARGIN]


def _area_support(places: list[_Mention]) -> None:
    """An area and a town the article both names support each other's reading when one holds the other: local news
    names its county or state once and its towns many times ("Lebanon ... Boone County" is Lebanon, Indiana; a
    "Georgia" with "Atlanta" is the state). A town gains most from a county that holds it, less from a province; an
    area gains a little for each other name it holds. A reading never supports itself under another name (the city
    "Mexico City" does not hold the city that "Mexico" may name)."""
    plausible: dict[str, list[Place]] = {}
    for m in places:
        plausible.setdefault(m.key, _plausible_readings(m))
    bonuses = []
    for m in places:
        gains = [0.0] * len(m.candidates)
        own = {c.place.id for c in m.candidates}
        for i, candidate in enumerate(m.candidates):
            place = candidate.place
            held = 0
            for key, readings in plausible.items():
                if key == m.key or any(r.id in own for r in readings):
                    continue
                if place.feature_code in ("ADM1", "ADM2") and any(_contains(place, r) for r in readings):
                    held += 1
                if any(r.feature_code == "ADM2" and _contains(r, place) for r in readings):
                    gains[i] += COUNTY_SUPPORT
                elif any(_contains(r, place) for r in readings if r.feature_code == "ADM1"):
                    gains[i] += STATE_SUPPORT
            gains[i] += min(MAX_AREA_SUPPORT, AREA_SUPPORT * held)
        bonuses.append(gains)
    for m, gains in zip(places, bonuses):
        m.scores = [score + gain for score, gain in zip(m.scores, gains)]


STRAY_SHARE = 0.75
STRAY_POPULATION = 50_000
"""A town abroad of up to this size that nothing else in an article about one country points to is a stray (see
`_drop_strays`): towns of a few tens of thousands share their names with villages and landmarks the gazetteer lacks
in every country ('Stade Demba Diop' in a Dakar report is a stadium, not the German town of 45,000)."""
STRAY_POPULATION_HINTED = 500_000
"""With the source's country given (`country_hint`), a town or district abroad of up to this size that nothing
in the text points to is a stray too: a source covering one country reports its own towns, many of which the
gazetteer lacks, and names the country of a foreign one (a Kenyan report's village that shares its name with a
small Rwandan town is its own village, not the town in Rwanda)."""
STRAY_FEATURES = ("PPL",)
STRAY_FEATURES_HINTED = ("PPL", "ADM1", "ADM2", "ADM3", "ADMD")
STRAY_SHARE_HINTED = 0.0
"""With the source's country given, the article need not be mostly about one country for a foreign village that
nothing points to to be a stray: the source's country is where its unnamed-country places lie ("raiders from
Trans Mara" in a Kenyan note with a Tanzanian village named beside it is no Trans in France). A small province
abroad is a stray too: a word such as "Forest" in a Kenyan report is no parish of Guernsey."""


BORDER_NEIGHBOUR_KM = 300
NEXT_DOOR_KM = 100
"""A place abroad near a place the article names in its own country is no stray: reports from a border region
(Syria and Iraq, Kenya and Somalia, the Sahel) name towns on both sides of the border, while a chance namesake of
a local village lies anywhere in the world, rarely next door. A name with one reading may lie up to
`BORDER_NEIGHBOUR_KM` away (a town and the district or province named after it, all in one province, are one
reading); a name with readings in several provinces, more often a word or a person's name, must lie next door
(`NEXT_DOOR_KM`)."""


def _drop_strays(places: list[_Mention], votes: list[tuple[str, str, str | None, float]],
                 population: int = STRAY_POPULATION, features: tuple[str, ...] = STRAY_FEATURES,
                 share: float = STRAY_SHARE, confirmed: frozenset[int] = frozenset()) -> None:
    """A village abroad (under `population`, of one of `features`) that nothing else in an article about one
    country (`share` of the other names' votes) points to is a local place the gazetteer lacks, not that
    village: leave it unresolved, unless it lies across a border from a named place of the article's country
    (`NEXT_DOOR_KM`) or is written with the province that holds it (`confirmed`, `_written_with_province`)."""
    chosen = [(m.key, m.chosen.place) for m in places
              if m.chosen is not None and m.chosen.place.feature_code not in AREA_FEATURES]
    for m in places:
        if m.chosen is None or m.chosen.place.population >= population or m.chosen.place.feature_code not in features \
                or m.start in confirmed:
            continue
        country_votes, _ = _votes_without(votes, m.key)
        total = sum(country_votes.values())
        if not total or country_votes.get(m.chosen.place.country_code):
            continue
        leader, weight = country_votes.most_common(1)[0]
        readings = {(c.place.country_code, c.place.admin1) for c in m.candidates}
        reach = BORDER_NEIGHBOUR_KM if len(readings) == 1 else NEXT_DOOR_KM
        if weight / total >= share and not _near_named_place(m.key, m.chosen.place, leader, chosen, reach):
            m.candidates, m.scores, m.chosen = (), [], None


def _written_with_province(text: str, mentions: list[_Mention]) -> frozenset[int]:
    """Starts of the names written with a larger area that holds them, both read in one country ("Matagalpa
    (Matagalpa department)", "Spanish Town (St. Catherine)", "Izeh, Khuzestan province"), and of those areas: a
    local word the gazetteer lacks does not happen to sit beside the name of the very province that holds its foreign
    namesake (nor beside its own name written as a province: "Hrodna (Hrodna region)"), so such a pair is a place
    abroad and its province, not two strays (as ACLED's notes of a world export, coded with one country for all, write
    every place); so is a province written with its kind ("Bari region")."""
    starts = {m.start for m in mentions if m.chosen is not None and m.chosen.place.feature_code == "ADM1"
              and PROVINCE_AFTER.match(text, m.end)}
    for a, b in _container_pairs(text, mentions):
        inner, outer = mentions[a], mentions[b]
        if inner.chosen is not None and (any(c.place.feature_code in ("ADM1", "ADM2")
                                             and _contains(c.place, inner.chosen.place) for c in outer.candidates)
                                         or (outer.key == inner.key and PROVINCE_AFTER.match(text, outer.end))):
            starts.update((inner.start, outer.start))
    return frozenset(starts)


def _near_named_place(key: str, place: Place, country: str, chosen: list[tuple[str, Place]], reach: float) -> bool:
    """Whether another name's chosen place in `country` (the article's country) lies within `reach` km of this place."""
    return any(other_key != key and other.country_code == country
               and distance_km(place.latitude, place.longitude, other.latitude, other.longitude) <= reach
               for other_key, other in chosen)


NAMED_AREA_FEATURES = frozenset({"ADM1", "ADM2", "ADM3", "ADMD"})


def _drop_contradicted_misspellings(places: list[_Mention]) -> None:
    """A word read as a misspelt local name (`_misspelt_local_name`) is weak evidence: when the text names, as
    written, an area of that country whose province is another ("Kamu village, Westland East"), the misspelling
    is of some place there that the gazetteer lacks, not of the place elsewhere it nearly spells, so it is left
    unresolved."""
    named = [m.chosen.place for m in places if m.chosen is not None and not m.misspelt
             and m.chosen.place.feature_code in NAMED_AREA_FEATURES]
    for m in places:
        if not m.misspelt or m.chosen is None:
            continue
        place = m.chosen.place
        if any(area.country_code == place.country_code and area.admin1 != place.admin1 for area in named):
            m.candidates, m.scores, m.chosen = (), [], None


HOME_KEPT_FEATURES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "CONT", "PPLC", "SEA", "GULF", "OCN"})
"""Readings abroad that a name keeps even against a reading of its own in the source's country: countries,
continents, seas and national capitals are named as themselves."""


def _prefer_home(places: list[_Mention], votes: list[tuple[str, str, str | None, float]], home: str) -> None:
    """A source covering one country (`country_hint`) names a place abroad together with something that says
    so: the country, its demonym, or other places there. A name read abroad that no other name of the text points
    to, and that also names a place in the source's country under its own name, is that home place (a Kenyan
    note's "Coast" or "Mara" is Kenya's, not Tanzania's region of the name); countries, capitals and seas are
    kept (`HOME_KEPT_FEATURES`)."""
    own_votes = [vote for vote in votes if vote[0]]
    for m in places:
        chosen = m.chosen
        if chosen is None or chosen.place.country_code == home or chosen.place.feature_code in HOME_KEPT_FEATURES:
            continue
        country_votes, _ = _votes_without(own_votes, m.key)
        if country_votes.get(chosen.place.country_code):
            continue
        local = [i for i, c in enumerate(m.candidates) if c.official and c.place.country_code == home]
        if local:
            m.chosen = m.candidates[max(local, key=lambda i: (name_key(m.candidates[i].place.name) == m.key,
                                                              m.scores[i], -i))]


def _colocation_bonus(places: list[_Mention], per_name: int = 8) -> None:
    """Reward readings that lie close to some reading of another name: local news names neighbouring towns."""
    rows = []
    for index, m in enumerate(places):
        ranked = sorted(range(len(m.candidates)), key=lambda i: -m.scores[i])[:per_name]
        rows += [(index, i, m.key) for i in ranked if m.candidates[i].place.feature_code not in AREA_FEATURES]
    keys = {key for _, _, key in rows}
    if len(keys) < 2:
        return
    lat = np.radians([places[m].candidates[i].place.latitude for m, i, _ in rows])
    lon = np.radians([places[m].candidates[i].place.longitude for m, i, _ in rows])
    key_ids = np.array([hash(key) for _, _, key in rows])
    dlat = lat[:, None] - lat[None, :]
    dlon = lon[:, None] - lon[None, :]
    h = np.sin(dlat / 2) ** 2 + np.cos(lat)[:, None] * np.cos(lat)[None, :] * np.sin(dlon / 2) ** 2
    km = 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(h, 0, 1)))
    km[key_ids[:, None] == key_ids[None, :]] = np.inf
    nearest = km.min(axis=1)
    for (m, i, _), distance in zip(rows, nearest):
        places[m].scores[i] += 1.5 if distance < 50 else 0.75 if distance < 150 else 0.0


def _anchor_bonus(places: list[_Mention], per_name: int = 10) -> None:
    """Reward readings close to the places resolved with confidence (one reading, or a clear winner)."""
    anchors = [m for m in places if m.chosen and (len(m.candidates) == 1 or _margin(m) > 2.0)]
    for m in places:
        others = [a.chosen.place for a in anchors if a.key != m.key and a.chosen.place.feature_code not in AREA_FEATURES]
        if not others or len(m.candidates) < 2:
            continue
        for i in sorted(range(len(m.candidates)), key=lambda i: -m.scores[i])[:per_name]:
            place = m.candidates[i].place
            nearest = min(distance_km(place.latitude, place.longitude, o.latitude, o.longitude) for o in others)
            m.scores[i] += 1.5 if nearest < 100 else 0.75 if nearest < 300 else 0.0


def _margin(m: _Mention) -> float:
    ordered = sorted(m.scores, reverse=True)
    return ordered[0] - ordered[1] if len(ordered) > 1 else 99.0


def _choose(mentions: list[_Mention]) -> None:
    for m in mentions:
        if m.candidates:
            best = max(range(len(m.candidates)), key=lambda i: (m.scores[i], -i))
            m.chosen = m.candidates[best]


BORDER_BEFORE = re.compile(r"\b(?:borders?|frontiers?)\s+(?:with|of)\s+(?:the\s+)?$", re.IGNORECASE)
BORDER_AFTER = re.compile(r"(?:\s*[-–/]\s*[A-Z][\w'’]+)?\s+(?:[Bb]orders?|[Ff]rontiers?)\b")
"""A country named as the far side of a border ("near the border with Somalia", "the Syrian border") says where the
event is not: the place beside it lies in the neighbouring country, so the name casts no vote for the article's
country."""


def _beyond_border(text: str, m: _Mention) -> bool:
    """Whether a country or its demonym names the far side of a border (see `BORDER_BEFORE`)."""
    country = m.kind == "demonym" or (m.chosen is not None and m.chosen.place.feature_code == "PCLI")
    return country and bool(BORDER_BEFORE.search(text, max(0, m.start - 30), m.start) or BORDER_AFTER.match(text, m.end))


def _context_votes(mentions: list[_Mention]) -> list[tuple[str, str, str | None, float]]:
    """Votes (name key, country, admin1, weight) for the countries and provinces the article is about."""
    votes = []
    for m in mentions:
        if m.kind == "demonym" and m.demonym_country:
            votes.append((m.key, m.demonym_country.alpha2, None, 1.0))
        elif m.chosen is not None and m.chosen.place.country_code:
            place = m.chosen.place
            weight = 1.5 if place.feature_code in ("PCLI", "ADM1") else 1.0 if _margin(m) > 1.5 else 0.5
            admin1 = place.admin1 if place.feature_code != "PCLI" else None
            votes.append((m.key, place.country_code, admin1, weight))
    return votes


def _votes_without(votes: list[tuple[str, str, str | None, float]], key: str) -> tuple[Counter, Counter]:
    """Country and province votes of every other name, so a name never votes for its own reading."""
    country_votes: Counter = Counter()
    admin1_votes: Counter = Counter()
    for vote_key, country, admin1, weight in votes:
        if vote_key == key:
            continue
        country_votes[country] += weight
        if admin1:
            admin1_votes[(country, admin1)] += weight
    return country_votes, admin1_votes


def _toponym(m: _Mention) -> Toponym:
    if m.kind == "demonym" and m.demonym_country:
        country = m.demonym_country
        capital = _country_place(country.alpha2)
        return Toponym(start=m.start, end=m.end, text=m.text, name=country.name,
                       latitude=capital.latitude if capital else None, longitude=capital.longitude if capital else None,
                       geonameid=country.geonameid, country=country.name, iso=country.numeric,
                       country_code=country.alpha2, feature_code="PCLI", kind="demonym", score=1.0)
    if m.chosen is None:
        return Toponym(start=m.start, end=m.end, text=m.text)
    return _place_toponym(m.start, m.end, m.text, m.chosen.place, round(1.0 - math.exp(-_margin(m)), 3))


def _place_toponym(start: int, end: int, text: str, place: Place, score: float) -> Toponym:
    """The toponym of the words at start:end read as a gazetteer place, with that place's country."""
    country = countries.country_by_code(place.country_code) if place.country_code else None
    return Toponym(start=start, end=end, text=text, name=place.name, latitude=place.latitude,
                   longitude=place.longitude, geonameid=place.geonameid, country=country.name if country else None,
                   iso=country.numeric if country else None, country_code=place.country_code, admin1=place.admin1,
                   admin2=place.admin2, feature_code=place.feature_code, population=place.population, score=score)


@functools.cache
def _country_place(alpha2: str) -> Place | None:
    country = countries.country_by_code(alpha2)
    if country is None:
        return None
    for candidate in load().lookup(country.name):
        if candidate.place.feature_code == "PCLI" and candidate.place.country_code == alpha2:
            return candidate.place
    return None


@functools.cache
def seat_place(alpha2: str | None, legislature: bool = False) -> Place | None:
    """The gazetteer's town a country is governed from (`countries.seat_of_government`), or its parliament sits in
    (`countries.legislature_seat`): of the towns of that name in the country, the national capital if it is one, else
    the most populous."""
    seat = (countries.legislature_seat if legislature else countries.seat_of_government)(alpha2) if alpha2 else None
    towns = [c.place for c in load().lookup(seat) if c.place.country_code == alpha2.upper()
             and c.place.feature_code in ("PPLC", "PPLA", "PPL")] if seat else []
    return max(towns, key=lambda p: (p.feature_code == "PPLC", p.population), default=None)


@functools.cache
def country_point(alpha2: str | None) -> tuple[float, float] | None:
    """Where ACLED puts an event known only by its country: the city it is governed from (geo_precision 3),
    not the centroid; the country's own gazetteer point when that city is not in the gazetteer."""
    seat = seat_place(alpha2)
    if seat is not None:
        return seat.latitude, seat.longitude
    place = _country_place(alpha2.upper()) if alpha2 and countries.country_by_code(alpha2) else None
    return (place.latitude, place.longitude) if place else None


COUNTRY_ONLY = frozenset({"PCLI", "CONT"})
"""Feature codes of a place that is a whole country or continent: an event placed by one lies in no admin1 the text
names. Its point is still drawn (a map needs one; ACLED's geo_precision 3), but its province is left empty, as the
schema asks of a value the text does not support, rather than taken from the seat of government the point is drawn
at: that would put every event of unknown place in the capital's province, a base rate, not evidence."""


def country_location(alpha2: str) -> Location | None:
    """An event placed only by the source's country (`--country`): the country, drawn at its seat of government,
    precision 3, with no admin1: the text names no province, and the seat's would be a guess (`COUNTRY_ONLY`)."""
    country, place, point = countries.country_by_code(alpha2), _country_place(alpha2), country_point(alpha2)
    if country is None or place is None or point is None:
        return None
    return Location(location=country.name, latitude=point[0], longitude=point[1], geo_precision=3,
                    geonameid=place.geonameid, country=country.name, iso=country.numeric, admin1=None)


# --- event location ------------------------------------------------------------------------------


def locate_event(text: str, sentences: list[tuple[int, int]], toponyms: list[Toponym]) -> Location | None:
    """Where an event happened: the most specific place its sentences name, else the article's main place."""
    places = [t for t in toponyms if t.kind == "place" and t.latitude is not None]
    inside = [t for t in places if any(low <= t.start and t.end <= high for low, high in sentences)]
    inside = [t for t in inside if not _holds_named_district(text, t, inside)] or inside
    inside = [t for t in inside if not _road_end(text, t)] or inside
    inside = [t for t in inside if not _second_of_between(text, t, inside)] or inside
    inside = [t for t in inside if not _in_earlier_event_opener(text, t, sentences)] or inside
    inside = [t for t in inside if not CAPITAL_GLOSS.search(text, max(0, t.start - 40), t.start)] or inside
    inside = [t for t in inside if not country_elsewhere(text, t)] or inside
    if inside and all(country_elsewhere(text, t) for t in inside):
        elsewhere = {t.country for t in inside}
        left_behind = [t for t in places if not country_elsewhere(text, t)]
        this_side = [t for t in left_behind if t.country and t.country not in elsewhere]
        if not this_side and not any(t.country for t in left_behind):
            return None
        main = _most_told(this_side) if this_side else _main_place(left_behind)
        return _location(text, main, 2 if main.feature_code in POINT_FEATURES else 3)
    finer = _finer_elsewhere(places, inside)
    if finer:
        main = _main_place(finer)
        return _location(text, main, 2 if main.feature_code in POINT_FEATURES else 3)
    if inside:
        stand_ins = {id(t) for t in inside if _holds_unknown_place(text, t, places)}

        def rank(t: Toponym) -> int:
            return 1 if id(t) in stand_ins else _specificity(t)

        def order(t: Toponym) -> tuple:
            origin = _named_as_origin(text, t, inside)
            named_aside = origin or _of_place_owner(text, t) \
                or bool(OFFICE_AFTER.match(text, t.end) or BUSINESS_AFTER.match(text, t.end))
            return (rank(t) >= 2, origin, rank(t), _park_beside_a_finer_place(text, t, inside), named_aside, t.start)

        chosen = min(inside, key=order)
        sentence_start = max((low for low, high in sentences if low <= chosen.start), default=0)
        return _location(text, chosen, _precision(text, chosen, sentence_start, inside))
    if not places:
        return None
    main = _main_place(places)
    precision = 2 if main.feature_code in POINT_FEATURES else 3
    return _location(text, main, precision)


LOCATION_LABEL = re.compile(r"\b(?:LOCATIONS?|Locations?)\s*:\s*(.*?)(?=(?<!\b(?:Mt|St|No))\.(?:\s|$)|\n|\b[A-Z]{4,}[A-Z /]*:|$)")
"""A labelled field that says where ("... LOCATION: X village, Y district, Z province."): notes and structured
reports state the event's place in it, so the places it names come before any the narrative names, however
fine; the field ends at its sentence's end or at the next capitalised label ("FATALITIES:")."""


def location_labels(text: str) -> list[tuple[int, int]]:
    """The spans of the text's place fields (`LOCATION_LABEL`)."""
    return [(m.start(1), m.end(1)) for m in LOCATION_LABEL.finditer(text) if m.end(1) > m.start(1)]


OFFICE_AFTER = re.compile(
    r"(?:\s+(?:(?i:county|sub-county|district|divisional|provincial|regional|deputy|assistant|senior|chief|police|"
    r"criminal|investigations?|security|central|north|south|east|west)|[A-Z]{2,5})){0,4}\s+(?i:officer|commissioner|"
    r"commander|governor|senator|MP|MCA|chief|administrator|director|mayor|boss|head)\b|\s+(?:DCIO|OCPD|OCS|DCC|DC|PC)\b")
"""A place named as the seat of someone's office ("the Garsen divisional police commander", "the Wajir
governor"): it says whose office, not where the event happened, so a town the same sentence names otherwise
comes first."""

BUSINESS_AFTER = re.compile(r"\s+(?:Hotel|Guest\s?[Hh]ouse|Restaurant|Cafe|Café|Club|Bar|Supermarket|Bank|Pharmacy|Bookshop|"
                            r"Shuttle|Bus|Coach|Airways|Express|Stores?)\b")
"""A town's name as a business's ("the Nairobi Hotel", "Mombasa Shuttle"): businesses take the names of towns
far from where they stand, so a town the same sentence names otherwise comes first."""

FROM_CUE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
"""A town or district named as where people came from ("fishermen from Parakou attacked traders in Guene") is no event place
while the sentence names another town or district; a province or country stays a last resort either way."""
DISTANCE_FROM = re.compile(r"\b\d[\d.,]*\s*(?:[\w-]+\s+){0,2}?(?i:km|kilomet(?:er|re)s?|miles?)\s+(?:\w+\s+)?from\s+(?:the\s+)?$")
"""'Some 40 nautical miles from Port Elm': a distance before "from" makes the town the point the event's place is
measured from, not where anyone came from."""


def _of_place_owner(text: str, t: Toponym) -> bool:
    """Whether a place is named after a possessive "of" (`ORIGIN_CUE`) that is no appositive "the town of"
    (`KIND_OF_BEFORE`)."""
    return bool(ORIGIN_CUE.search(text, max(0, t.start - 12), t.start)) \
        and not KIND_OF_BEFORE.search(text, max(0, t.start - 40), t.start)


def _named_as_origin(text: str, t: Toponym, places: list[Toponym]) -> bool:
    """Whether a place is named as where people came from (`FROM_CUE`): after "from" itself, or in a list that
    "from" opens ("herders from Kamu and Millbrook villages"), since a preposition governs every member of the
    list that follows it; not after a distance (`DISTANCE_FROM`)."""
    first = t
    while True:
        before = next((p for p in places if p.end <= first.start and LIST_GAP.match(text[p.end:first.start])), None)
        if before is None:
            break
        first = before
    window = text[max(0, first.start - 60):first.start]
    return bool(FROM_CUE.search(window)) and not DISTANCE_FROM.search(window)

EARLIER_EVENT_OPENER = re.compile(
    r"(?:Following|After|(?:A|One|Two|Three|Several|Some|Days|Hours|Weeks)\s+(?:days?|hours?|weeks?)\s+after|"
    r"In\s+the\s+wake\s+of|In\s+response\s+to|In\s+retaliation\s+for)\s+(?![a-z]+ing\b)[^,;.]{1,120}?,")
"""A sentence opening with an earlier event ("Following protests in X, residents of Y blocked a road", "After a raid
in X last week, ..."): the opener names what led to the event the main clause tells, so its place is the earlier
event's, not this one's, while the main clause names another. A gerund after "After" ("After storming X, gunmen
killed ...") tells the same actors' act on the way and is kept."""


def _in_earlier_event_opener(text: str, t: Toponym, sentences: list[tuple[int, int]]) -> bool:
    """Whether `t` lies in an `EARLIER_EVENT_OPENER` at the start of its sentence."""
    start = max((low for low, high in sentences if low <= t.start < high), default=None)
    if start is None:
        return False
    opener = EARLIER_EVENT_OPENER.match(text, start + len(text[start:]) - len(text[start:].lstrip()))
    return opener is not None and t.end <= opener.end()


JOINING_WORDS = r"(?i:road|highway|railway|border|boundary)"
ROAD_AFTER = re.compile(r"[-–]\s?[A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?\s+(?:[\w-]+\s+){0,2}?" + JOINING_WORDS + r"\b")
ROAD_BEFORE = re.compile(r"[A-Za-z][-–]\s?$")
ROAD_WORD_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?" + JOINING_WORDS + r"\b")


def _road_end(text: str, t: Toponym) -> bool:
    """Whether a place is named only as an end of a road or a side of a border ("the Cotonou-Parakou highway",
    "Kisumu-Busia Road", "an Isiolo-Garissa border raid"): a road is named after the towns it joins and a border
    after the areas it parts, which may lie hundreds of kilometres from where on it things happened."""
    return bool(ROAD_AFTER.match(text, t.end)) or bool(
        ROAD_BEFORE.search(text, max(0, t.start - 3), t.start) and ROAD_WORD_AFTER.match(text, t.end))


BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:towns?|villages?|cities)\s+of\s+)?$", re.IGNORECASE)
BETWEEN_GAP = re.compile(r"\s+and\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$")


def _second_of_between(text: str, t: Toponym, places: list[Toponym]) -> bool:
    """Whether a place is the second of two named as "between X and Y" ("on the road between Kandi and Banikoara")
    while the first is among the places: an event told between two places is placed at the first named, whatever
    kind of unit the gazetteer reads it as (a commune named like its seat town ranks below a town, and would
    otherwise lose to the second)."""
    return any(p.end <= t.start and BETWEEN_GAP.match(text[p.end:t.start])
               and BETWEEN_BEFORE.search(text, max(0, p.start - 40), p.start) for p in places)


CAPITAL_GLOSS = re.compile(r"\(\s*(?:[\w-]+\s+){0,2}?(?i:capital|seat|headquarters)\s*(?:=|:|is\b|[-–])\s*$")
"""A town glossed in brackets as an area's capital ("X Constituency, Y Province (provincial capital = Z)"): the
gloss says where the area is governed from, not where the event happened."""

UNKNOWN_PLACE_BEFORE = re.compile(
    r"(?:\b(?i:village|town|settlement|hamlet|locality)\s+of\s+(?P<of>[A-Z][\w'’-]+)|(?P<kind>[A-Z][\w'’-]+)\s+"
    r"(?i:village|settlement|hamlet|estate|sub-?location|trading\s+cent(?:re|er)))(?:\s*,\s*|\s*\(\s*|\s+in\s+(?:the\s+)?)$")
"""A settlement named with its kind just before a larger area ("the village of Kamu (Westland)", "Kamu village,
Westland", "Kamu trading centre in Westland"): when the gazetteer does not know the settlement, the area is
where it lies, as fine a place as the text gives for it."""


def _holds_unknown_place(text: str, area: Toponym, places: list[Toponym]) -> bool:
    """Whether a province (or a country) stands for a settlement the gazetteer does not know, written just before it
    as the area that holds it (`UNKNOWN_PLACE_BEFORE`): the event's place is the settlement, so the area ranks
    as a district would, before a town the sentence names only as where people came from."""
    if _specificity(area) < 2:
        return False
    match = UNKNOWN_PLACE_BEFORE.search(text, max(0, area.start - 80), area.start)
    if match is None:
        return False
    name = match.group("of") or match.group("kind")
    start = match.start("of") if match.group("of") else match.start("kind")
    return not any(t.start <= start < t.end for t in places) and name.lower() not in NOT_PLACES


def _finer_elsewhere(places: list[Toponym], inside: list[Toponym]) -> list[Toponym]:
    """The places within the countries the event's sentences name, when those sentences name nothing finer than a
    country ("gunmen crossed into Kenya overnight. Residents of Moyale said..."): a report names
    the country to say where, and the town it names beside is where in it; empty otherwise."""
    if not inside or any(t.feature_code != "PCLI" for t in inside):
        return []
    named = {t.country_code for t in inside}
    return [t for t in places if t.feature_code != "PCLI" and t.country_code in named]


GONE_TO_BEFORE = re.compile(
    r"\b(?:(?:fled|fleeing|escaped|escaping|retreated|retreating|withdrew|withdrawing|returned|returning)(?:\s+back)?|"
    r"(?:drove|driving|headed|heading|slipped|sped|ran|made)\s+(?:off|back|away|their\s+way\s+back))\s+"
    r"(?:across\s+the\s+border\s+)?(?:into|to|towards?)\s+(?:neighbou?ring\s+)?$", re.IGNORECASE)
"""A verb of going away, "into"/"to"/"towards" before a country ("then fled into Somalia", "withdrew across the border
to Nigeria", "drove back into Uganda"): where the actors went after the event, not where it happened. The event's
sentences keep such a country among their places, and `_gone_to_country` sets it aside when they name nothing else;
a place straight after "fled into", and a country after "drove" or "crossed into", is dropped earlier, before the
event is located (`gone_into`), so the cases left here are "to", "towards" and "across the border".
"""
FLED_INTO_BEFORE = re.compile(r"\b(?:fled|escaped|retreated|withdrew|vanished|disappeared)\s+(?:back\s+)?into\s+"
                              r"(?:neighbou?ring\s+)?$", re.IGNORECASE)
"""Where the doers fled or withdrew into ("the attackers fled into the Ruvu forest"): where they went after the act,
not where it happened."""
ENTERED_BEFORE = re.compile(r"\b(?:drove|driven|sped|crossed|slipped)\s+(?:back\s+)?into\s+(?:neighbou?ring\s+)?$",
                            re.IGNORECASE)
"""A country the doers drove or crossed into ("the raiders drove into Tanzania"): a border they crossed to get away
(or to come), not the event's place; a town they drove into may be where they struck, so only a country is left out."""


def gone_into(text: str, toponym: Toponym) -> bool:
    """Whether a place is where the doers fled into (FLED_INTO_BEFORE), or a country they drove or crossed into
    (ENTERED_BEFORE): where they went, not where the event happened, so `extract` drops it from the event's places
    before locating it (a country they went to that stays among them is `_gone_to_country`'s)."""
    before = max(0, toponym.start - 40)
    return bool(FLED_INTO_BEFORE.search(text, before, toponym.start)) or (
        bool(ENTERED_BEFORE.search(text, before, toponym.start)) and (toponym.feature_code or "").startswith("PCL"))


def _gone_to_country(text: str, t: Toponym) -> bool:
    """Whether `t` is a country named only as where the actors went (`GONE_TO_BEFORE`): when the event's sentences
    name nothing but such countries, the event lies at the places the rest of the report names (a raid in a border
    town whose raiders "fled back into Somalia" afterwards), not in the country they left for; with no other place
    named, nothing says where it happened (None)."""
    return t.feature_code == "PCLI" and bool(GONE_TO_BEFORE.search(text, max(0, t.start - 60), t.start))


CROSSED_TO_BEFORE = re.compile(
    r"\b(?:cross(?:ed|es|ing)?|(?:across|over)\s+the\s+border)(?:\s+back)?\s+(?:in)?to\s+(?:neighbou?ring\s+)?$",
    re.IGNORECASE)
"""A country people crossed into ("before crossing back into Mali", "drove thousands across the border into
Ethiopia"): where they went, on the far side of the border from where the event happened."""
ACT_THERE_AFTER = re.compile(
    r"\s+(?:and|where)\s+(?:then\s+)?(?:[a-z]+ed|burnt|shot|stole|took|set)\b"
    r"|\s+to\s+(?:attack|raid|kill|loot|abduct|burn|strike|storm)\b", re.IGNORECASE)
"""A deed told right after the country crossed into ("raiders crossed into Kenya and torched a school"): the crossing
brought the doers to the event, which lies in that country."""
FROM_ABROAD_BEFORE = re.compile(
    r"\bfrom\s+(?:across\s+the\s+border\s+in\s+)?(?:neighbou?ring\s+)?(?:the\s+)?$", re.IGNORECASE)
"""A country people came from ("gunmen who crossed from Lebanon", "came from across the border in Myanmar"): where
they set out, not where they struck."""


def country_elsewhere(text: str, t: Toponym) -> bool:
    """Whether `t` is a country the sentence names as lying elsewhere than its event: where the actors went
    (`_gone_to_country`, `CROSSED_TO_BEFORE`), where they came from (`FROM_ABROAD_BEFORE`), or the far side of a
    border (`BORDER_BEFORE`, `BORDER_AFTER`: "an army post near the border with Burkina Faso in the north of Cote
    d'Ivoire"). Such a country says where the event is not: the sentence's other places, else the places the rest of
    the report names, place it (`locate_event`)."""
    if t.feature_code != "PCLI":
        return False
    window = text[max(0, t.start - 60):t.start]
    crossed = CROSSED_TO_BEFORE.search(window) and not ACT_THERE_AFTER.match(text, t.end)
    return (_gone_to_country(text, t) or bool(crossed or FROM_ABROAD_BEFORE.search(window)
                                              or BORDER_BEFORE.search(text, max(0, t.start - 30), t.start)
                                              or BORDER_AFTER.match(text, t.end)))


def _holds_named_district(text: str, area: Toponym, places: list[Toponym]) -> bool:
    """Whether `area` is only the province of a district the text names as a unit ("Shindand district,
    Herat", "Herat's Shindand district", or a known unit before its province's name: "Gem, Siaya", "the Gem
    area of Siaya", `UNIT_IN_TOWN_GAP`), or a part of any town named as such (`PART_IN_TOWN_GAP`): the district or
    part, not the province or the town, is where the event happened
    (ACLED codes the district, with the province as admin1)."""
    for district in places:
        if district is area or district.country != area.country or district.admin1 != area.admin1:
            continue
        if district.end <= area.start and DISTRICT_GAP.match(text[district.end:area.start]):
            return True
        if area.end <= district.start and POSSESSOR_GAP.match(text[area.end:district.start]) \
                and DISTRICT_AFTER.match(text, district.end):
            return True
        if district.feature_code in LOCAL_UNIT_FEATURES and _named_after_province(area) \
                and district.end <= area.start and UNIT_IN_TOWN_GAP.match(text[district.end:area.start]):
            return True
        if district.feature_code in LOCAL_UNIT_FEATURES | POINT_FEATURES and _named_after_province(area) \
                and area.end <= district.start and TOWN_POSSESSOR_GAP.match(text[area.end:district.start]):
            return True
        if district.feature_code in LOCAL_UNIT_FEATURES | POINT_FEATURES and area.feature_code in POINT_FEATURES \
                and district.end <= area.start and PART_IN_TOWN_GAP.match(text[district.end:area.start]):
            return True
    return False


LOCAL_UNIT_FEATURES = frozenset({"ADM2", "ADM3", "ADMD"})
UNIT_IN_TOWN_GAP = re.compile(
    r"^(?:\s+(?:area|estate|ward|neighbou?rhood|suburb|location|sub-?location|slums?|informal\s+settlement|"
    r"(?:shopping|trading)\s+cent(?:re|er)))?"
    r"(?:\s*,|\s*,\s+an?\s+(?:village|settlement|suburb|estate|area|neighbou?rhood)\s+(?:in|of)|"
    r"\s+(?:in|of)(?:\s+the)?(?:\s+(?:town|city)\s+of)?)\s*$", re.IGNORECASE)
"""Text between a known unit and the town named after its province that holds it: a comma, "in", or a word for
a part of a town and "of" or "in" ("Migosi, Kisumu", "Migosi in Kisumu", "the Migosi area of Kisumu", "Bamburi
estate in Mombasa", "Kiamaiko shopping centre in Nairobi"), or an apposition ("Kolowa, a village in Baringo");
however written, the unit is where the event happened."""
PART_IN_TOWN_GAP = re.compile(r"^\s+(?:township|estate|suburb|neighbou?rhood|slums?|informal\s+settlement)"
                              r"(?:\s*,|\s+(?:in|of)(?:\s+the)?(?:\s+(?:town|city)\s+of)?)\s*$", re.IGNORECASE)
"""A known place written as a part of a town and then that town, of any name ("Alexandra township in Johannesburg",
"the Riverside estate of Port Elm"): the part is where the event happened, the town only holds it."""
TOWN_POSSESSOR_GAP = re.compile(r"^(?:\s+(?:town|city))?['’]s\s+$")
"""The county town as the possessor of a unit or a town of its county ("Nakuru's Kaptembwo estate", "Mombasa town's
Majengo", "Lamu's Mpeketoni area"): what it owns is where the event happened."""


def _named_after_province(t: Toponym) -> bool:
    """Whether a town reading bears its province's name (Siaya in Siaya county): after a unit of that province
    ("Gem, Siaya", "Kondele, Kisumu") the name is the province the unit lies in, and a unit is finer than it."""
    if t.feature_code not in POINT_FEATURES or not t.admin1 or not t.name:
        return False
    return name_key(t.name) in {name_key(t.admin1), name_key(without_area_words(t.admin1) or t.admin1)}


RESERVE_FEATURES = frozenset({"RESV", "PRK"})
"""A park or reserve: a wide stretch of land around the towns and communes beside it."""


def _park_beside_a_finer_place(text: str, t: Toponym, places: list[Toponym]) -> bool:
    """Whether `t` is a park or reserve (`RESERVE_FEATURES`) named beside other places: a town or commune named with
    it ("a protest at the park's gate in Tanguieta", "in Park W, coded to Alfakoara") places the event as finely and
    comes first; the park places it alone, or with the areas that hold it in brackets after it ("Park W (Malanville,
    Alibori)", `PARENTHESIS_GAP`), which say where the park is, not another place."""
    return t.feature_code in RESERVE_FEATURES and not any(
        other.start >= t.end and PARENTHESIS_GAP.match(text[t.end:other.start]) for other in places)


def _specificity(t: Toponym) -> int:
    """0 for a point, 1 for an area below a province (a district, a desert, a forest, a mountain, a valley, a park or
    reserve), 2 for a province, 3 for a country or larger."""
    if t.feature_code in POINT_FEATURES:
        return 0
    if t.feature_code in ("ADM2", "ADMD", "ADM3", "RGN", "DSRT", "MTS", "MT", "VAL", "PLN", "PLAT", "FRST", "PEN", "LK",
                          "RESV", "PRK"):
        return 1
    if t.feature_code == "ADM1":
        return 2
    return 3


def _precision(text: str, t: Toponym, sentence_start: int, inside: list[Toponym]) -> int:
    if t.feature_code in PROVINCE_POINT_FEATURES:
        return 3
    before = text[max(sentence_start, t.start - 60):t.start]
    specificity = _specificity(t)
    if specificity == 0:
        return 2 if NEAR_CUE.search(before) else 1
    if specificity == 1:
        return 2
    around = text[max(sentence_start, t.start - 80):t.end + 20]
    if specificity == 2:
        return 2 if PART_OF_REGION.search(around) else 3
    return 3


def _most_told(places: list[Toponym]) -> Toponym:
    """The place a report names most often, the finest first among equals: where a report whose event sentence names
    only the country across the border places the event (`locate_event`): on this side, at the place it keeps
    coming back to."""
    counts = Counter((t.name, t.latitude, t.longitude) for t in places)
    return min(places, key=lambda t: (-counts[(t.name, t.latitude, t.longitude)], -_specificity(t), t.start))


def _main_place(places: list[Toponym]) -> Toponym:
    counts = Counter((t.name, t.latitude, t.longitude) for t in places)
    return min(places, key=lambda t: (_specificity(t) >= 2, -counts[(t.name, t.latitude, t.longitude)], _specificity(t), t.start))


def _location(text: str, t: Toponym, precision: int) -> Location:
    admin1 = None if t.feature_code in COUNTRY_ONLY else t.admin1
    point = country_point(t.country_code) if t.feature_code == "PCLI" else \
        province_seat_point(t.country_code, t.name) if t.feature_code == "ADM1" else None
    latitude, longitude = point or (t.latitude, t.longitude)
    return Location(location=_display_name(t), latitude=latitude, longitude=longitude, geo_precision=precision,
                    geonameid=t.geonameid, country=t.country, iso=t.iso, admin1=admin1,
                    admin2=t.admin2 if t.feature_code != "ADM1" else None, admin3=None,
                    evidence=Span(t.start, t.end, text[t.start:t.end]))


@functools.cache
def province_seat_point(alpha2: str | None, province: str | None) -> tuple[float, float] | None:
    """Where ACLED puts an event known only by its province: the provincial capital (geo_precision 3), not the
    middle of the province: the town the gazetteer marks as its capital (PPLA, curated in our supplement: Turkana's
    Lodwar, Alibori's Kandi), else, since most provinces are named after theirs (Kenya's counties, Bangladesh's
    divisions), the most populous town of the province with the province's name, also without the word for its kind
    ("Nairobi City" county, Nairobi, where a list names it so)."""
    if not alpha2 or not province:
        return None
    names = [name for name in (province, without_area_words(province)) if name]
    towns = [c.place for name in names for c in load().lookup(name) if c.official and c.place.country_code == alpha2
             and c.place.admin1 == province and c.place.feature_code in ("PPL", "PPLA", "PPLC")]
    seat = _province_seats().get((alpha2, province)) or max(towns, key=lambda p: p.population, default=None)
    return (seat.latitude, seat.longitude) if seat else None


@functools.cache
def _province_seats() -> dict[tuple[str, str], Place]:
    """(country, province) -> the town the gazetteer marks as the province's capital (PPLA, from our supplement),
    else the national capital that lies in it (it is its province's capital too: Porto-Novo, Oueme)."""
    places = load().places_with_feature("PPLC") + load().places_with_feature("PPLA")
    return {(place.country_code, place.admin1): place for place in places if place.country_code and place.admin1}


def _display_name(t: Toponym) -> str | None:
    """ACLED-style place name: the spelling the article used for towns ("Rutba"), the gazetteer's for areas and for the
    seat of government named by its institutions (`SEAT_MENTION`); of an area named after the places it joins
    ("Kapedo/Napeitom" ward), the one the article named."""
    if t.feature_code in POINT_FEATURES and t.text and not SEAT_MENTION.match(t.text):
        words = re.sub(r"^(?:[Aa][lrsdntz]|[Ee]l|[Aa]sh)[-‐‑ ]", "", t.text).strip()
        return words[:1].upper() + words[1:] if words else t.name
    if t.name and "/" in t.name and t.text and t.feature_code in ("ADM2", "ADM3", "ADMD"):
        written = name_key(t.text)
        return next((part.strip() for part in t.name.split("/") if name_key(part) == written), t.name)
    return t.name
