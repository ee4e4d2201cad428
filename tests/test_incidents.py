"""Incidents across sources: three outlets on one checkpoint attack, one of them also on a nearby bombing.

The events in tests/fixtures/store/multi_source_events.jsonl are what a correct extractor codes from
our own articles in tests/fixtures/store/articles/ (offsets point into those texts).
"""

from __future__ import annotations

import dataclasses
import itertools
import json
from pathlib import Path

import pytest

from sitrep import incidents
from sitrep.schema import Event

FIXTURES = Path(__file__).parent / "fixtures" / "store"


def load_events() -> list[Event]:
    lines = (FIXTURES / "multi_source_events.jsonl").read_text(encoding="utf-8").splitlines()
    return [Event.from_dict(json.loads(line)) for line in lines if line.strip()]


def by_source(events: list[Event], source: str, sub_type: str = "Armed clash") -> Event:
    return next(e for e in events if e.source == source and e.sub_event_type == sub_type)


def test_evidence_offsets_point_into_our_articles():
    texts = {p.name: p.read_text(encoding="utf-8") for p in (FIXTURES / "articles").glob("*.txt")}
    for event in load_events():
        for evidence in event.evidence:
            assert any(text[evidence.start:evidence.end] == evidence.text for text in texts.values())


def test_three_outlets_make_one_incident_and_the_bombing_stays_apart():
    built = incidents.build_incidents(load_events())
    assert len(built) == 2
    attack = next(i for i in built if i.event.sub_event_type == "Armed clash")
    bombing = next(i for i in built if i.event.sub_event_type == "Remote explosive/landmine/IED")
    assert len(attack.members) == 3
    assert {m.source for m in attack.members} == {"Baghdad Observer", "Tigris Wire", "Northern Dispatch"}
    assert attack.event.source == "Baghdad Observer; Northern Dispatch; Tigris Wire"
    assert len(attack.event.sources) == 3
    assert [m.source for m in bombing.members] == ["Northern Dispatch"]
    assert bombing.event.location == "Mushahda"


def test_incident_keeps_every_claim_with_its_claimant_and_the_range():
    attack = next(i for i in incidents.build_incidents(load_events()) if len(i.members) == 3)
    claims = {(c.claimant, c.killed) for c in attack.event.claims}
    assert claims == {("security sources", (4, 4)), ("Amaq", (11, 11)), ("local official", (5, 5)),
                      ("Iraqi military", (3, 3))}
    assert next(c for c in attack.event.claims if c.claimant == "Amaq").claimant_actor == "Islamic State"
    assert attack.killed == incidents.Figures(low=3, best=4, high=11)
    assert attack.injured == incidents.Figures(low=6, best=6, high=6)
    assert attack.event.fatalities == 3
    assert attack.event.casualties["killed"] == (3, 11)
    assert attack.event.event_id == attack.incident_id
    assert len(attack.event.evidence) == 6


def test_merging_does_not_depend_on_order():
    events = load_events()
    expected = [i.event.to_dict() for i in incidents.build_incidents(events)]
    for order in itertools.permutations(events):
        assert [i.event.to_dict() for i in incidents.build_incidents(list(order))] == expected


def test_incident_takes_the_most_precise_date_and_place():
    events = load_events()
    observer = by_source(events, "Baghdad Observer")
    vaguer = dataclasses.replace(observer, date_start="2021-03-08", date_end="2021-03-14", event_date="2021-03-11",
                                 time_precision=2, location="Baghdad", geo_precision=3, latitude=33.34, longitude=44.4)
    tigris = by_source(events, "Tigris Wire")
    merged = incidents.merge([vaguer, tigris])
    assert merged.event.event_date == "2021-03-14"
    assert merged.event.time_precision == 1
    assert merged.event.location == "Tarmiyah"


def test_one_article_never_merges_with_itself():
    events = load_events()
    dispatch = [e for e in events if e.source == "Northern Dispatch"]
    twin = dataclasses.replace(dispatch[0], event_id=dispatch[0].event_id + "x")
    assert not incidents.could_match(dispatch[0], twin)


@pytest.mark.parametrize(
    ("change", "linked"),
    [
        ({"event_date": "2021-03-15", "date_start": "2021-03-15", "date_end": "2021-03-15"}, True),
        ({"event_date": "2021-03-17", "date_start": "2021-03-17", "date_end": "2021-03-17"}, False),
        ({"country": "Syria"}, False),
        ({"latitude": 36.34, "longitude": 43.13, "admin2": "Mosul", "location": "Mosul"}, False),
        ({"event_type": "Protests", "sub_event_type": "Peaceful protest"}, False),
        ({"is_background": True}, False),
    ],
)
def test_blocking_by_date_place_country_and_type(change, linked):
    events = load_events()
    moved = dataclasses.replace(by_source(events, "Tigris Wire"), **change)
    assert incidents.could_match(by_source(events, "Baghdad Observer"), moved) is linked


def test_a_week_long_date_span_widens_the_window():
    events = load_events()
    week = dataclasses.replace(by_source(events, "Tigris Wire"), event_date="2021-03-10", date_start="2021-03-08",
                               date_end="2021-03-14", time_precision=2)
    assert incidents.could_match(by_source(events, "Baghdad Observer"), week)


def test_incident_id_is_independent_of_member_order():
    assert incidents.incident_id(["b", "a", "c"]) == incidents.incident_id(["c", "b", "a"])
    assert incidents.incident_id(["a"]) != incidents.incident_id(["a", "b"])


def test_no_deaths_reported_means_zero_fatalities():
    bombing = next(i for i in incidents.build_incidents(load_events()) if len(i.members) == 1)
    assert bombing.killed is None
    assert bombing.event.fatalities == 0
