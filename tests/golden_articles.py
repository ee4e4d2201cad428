"""A golden batch of whole news articles we wrote (a fixture folder of articles and an expected.json of the events a
careful ACLED coder codes from each), coded end to end as users feed them to `sitrep extract`. An expected event is
found when a current event sitrep produces has its sub-event type and lies in its admin1 or within 50 km of its
location; a produced event no expected event takes is a duplicate when it has the sub-type of one of the article's
expected events (the incident coded twice), else spurious. What sitrep misses today is a strict xfail with its reason
(`GoldenArticles.miss`). Shared by tests/test_articles*.py and tests/test_releases.py, each taking its tests from
`module_tests`."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from sitrep import countries
from sitrep.api import extract_text
from sitrep.evaluation.acled import actor_key, same_admin1
from sitrep.evaluation.seeds import distance_km
from sitrep.gazetteer import load
from sitrep.schema import Event

NEAR_KM = 50.0
"""How far from the coder's location a produced event may lie and still be the coder's event."""
KINDS = ("found", "actors", "fatalities", "admin1", "event_date", "extra")
"""What is checked: each expected event found and four of its fields, and each article for events too many."""


@dataclass
class Scored:
    """One article's produced events: those that found each expected event (by its index), and the rest."""

    matched: dict[int, Event]
    duplicates: list[Event]
    spurious: list[Event]


def sub_types(expected: dict) -> list[str]:
    """The sub-types the coder accepts for an expected event (one, or a list where the codebook allows two)."""
    value = expected["sub_event_type"]
    return value if isinstance(value, list) else [value]


def near(event: Event, expected: dict, country: str) -> bool:
    """Whether a produced event lies in the expected event's admin1 or within NEAR_KM of a place of its name."""
    if same_admin1(event.admin1, expected["admin1"], country):
        return True
    if event.latitude is None or event.longitude is None:
        return False
    code = countries.country_by_name(country).alpha2
    return any(distance_km(event.latitude, event.longitude, c.place.latitude, c.place.longitude) <= NEAR_KM
               for c in load().lookup(expected["location"]) if c.place.country_code == code)


def actors_right(expected: dict, event: Event) -> bool:
    """Whether a produced event names the coder's two actors, in either order."""
    gold = sorted(k for k in (actor_key(expected["actor1"]), actor_key(expected["actor2"])) if k)
    return gold == sorted(k for k in (actor_key(event.actor1), actor_key(event.actor2)) if k)


class GoldenArticles:
    """The articles of one fixture folder, their expected events, and the cases sitrep misses today."""

    def __init__(self, fixture: Path) -> None:
        self.fixture = fixture
        self.expected = json.loads((fixture / "expected.json").read_text(encoding="utf-8"))["articles"]
        self.articles = {item["file"]: item for item in self.expected}
        self.known: dict[str, str] = {}
        """'article-number:check' -> why sitrep misses it today (check: found.N, actors.N, fatalities.N, admin1.N,
        event_date.N for expected event N, or 'extra' for events too many)."""
        self.coded = cache(self._coded)
        self.scored = cache(self._scored)

    def assert_well_formed(self, fewest_words: int, most_words: int) -> None:
        """Each article is of a news article's length, dated, of a known country, says what the coder left uncoded,
        and expects no event after its publication."""
        for name, item in self.articles.items():
            words = len((self.fixture / name).read_text(encoding="utf-8").split())
            assert fewest_words <= words <= most_words, (name, words)
            published = dt.date.fromisoformat(item["published"])
            assert countries.country_by_name(item["country"]), name
            assert item["not_coded"], name
            for expected in item["events"]:
                assert dt.date.fromisoformat(expected["event_date"]) <= published, name

    def miss(self, reason: str, *cases: str) -> None:
        """Mark cases as known misses, with the reason."""
        for case in cases:
            self.known[case] = reason

    def _coded(self, name: str) -> tuple[Event, ...]:
        item = self.articles[name]
        text = (self.fixture / name).read_text(encoding="utf-8")
        events = extract_text(text, document_id=name, published=item["published"])
        return tuple(e for e in events if not e.is_background)

    def _scored(self, name: str) -> Scored:
        item, produced = self.articles[name], list(self.coded(name))
        matched: dict[int, Event] = {}
        for index, expected in enumerate(item["events"]):
            for event in produced:
                if event.sub_event_type in sub_types(expected) and near(event, expected, item["country"]):
                    matched[index] = event
                    produced.remove(event)
                    break
        wanted = {s for expected in item["events"] for s in sub_types(expected)}
        return Scored(matched, [e for e in produced if e.sub_event_type in wanted],
                      [e for e in produced if e.sub_event_type not in wanted])

    def figures(self) -> dict[str, float]:
        """The batch's figures as the test modules' docstrings give them: precision, recall, fields, extras."""
        expected = sum(len(item["events"]) for item in self.expected)
        produced = sum(len(self.coded(name)) for name in self.articles)
        found = [(self.articles[name]["events"][i], e, self.articles[name]["country"])
                 for name in self.articles for i, e in self.scored(name).matched.items()]
        return {"expected": expected, "produced": produced, "found": len(found),
                "precision": len(found) / produced if produced else 1.0, "recall": len(found) / expected,
                "actors": sum(actors_right(g, e) for g, e, _ in found),
                "fatalities": sum(g["fatalities"] == e.fatalities for g, e, _ in found),
                "admin1": sum(same_admin1(e.admin1, g["admin1"], c) for g, e, c in found),
                "event_date": sum(g["event_date"] == e.event_date for g, e, _ in found),
                "duplicates": sum(len(self.scored(name).duplicates) for name in self.articles),
                "spurious": sum(len(self.scored(name).spurious) for name in self.articles)}

    def params(self, kind: str) -> list:
        """(article, expected event index) cases of one kind, each a strict xfail where it is a known miss."""
        cases = []
        for name, item in self.articles.items():
            indexes = [None] if kind == "extra" else range(len(item["events"]))
            for index in indexes:
                key = f"{name.split('_', 1)[0]}:{kind}" + ("" if index is None else f".{index}")
                marks = [pytest.mark.xfail(strict=True, reason=self.known[key])] if key in self.known else []
                cases.append(pytest.param(name, index, marks=marks, id=key))
        return cases

    def _found(self, name: str, index: int) -> Event:
        event = self.scored(name).matched.get(index)
        assert event is not None, "the event is not found"
        return event

    def tests(self) -> tuple[Callable[..., None], ...]:
        """The batch's tests, built once the known misses are marked: every known miss names a case; each expected
        event is found; found events have the coder's actors, fatalities, admin1 and date; no article has events
        too many."""

        def test_every_known_miss_names_a_case():
            cases = {p.id for kind in KINDS for p in self.params(kind)}
            assert set(self.known) <= cases, set(self.known) - cases

        @pytest.mark.parametrize(("name", "index"), self.params("found"))
        def test_each_expected_event_is_found(name, index):
            assert index in self.scored(name).matched, [(e.sub_event_type, e.admin1, e.location)
                                                        for e in self.coded(name)]

        @pytest.mark.parametrize(("name", "index"), self.params("actors"))
        def test_found_events_have_the_coders_actors(name, index):
            event = self._found(name, index)
            assert actors_right(self.articles[name]["events"][index], event), (event.actor1, event.actor2)

        @pytest.mark.parametrize(("name", "index"), self.params("fatalities"))
        def test_found_events_have_the_coders_fatalities(name, index):
            assert self._found(name, index).fatalities == self.articles[name]["events"][index]["fatalities"]

        @pytest.mark.parametrize(("name", "index"), self.params("admin1"))
        def test_found_events_lie_in_the_coders_admin1(name, index):
            item = self.articles[name]
            assert same_admin1(self._found(name, index).admin1, item["events"][index]["admin1"], item["country"])

        @pytest.mark.parametrize(("name", "index"), self.params("event_date"))
        def test_found_events_have_the_coders_date(name, index):
            assert self._found(name, index).event_date == self.articles[name]["events"][index]["event_date"]

        @pytest.mark.parametrize(("name", "index"), self.params("extra"))
        def test_no_incident_is_coded_twice_and_nothing_else_is_coded(name, index):
            result = self.scored(name)
            extra = [(e.sub_event_type, e.admin1, e.location, e.event_date)
                     for e in result.duplicates + result.spurious]
            assert not extra

        return (test_every_known_miss_names_a_case, test_each_expected_event_is_found,
                test_found_events_have_the_coders_actors, test_found_events_have_the_coders_fatalities,
                test_found_events_lie_in_the_coders_admin1, test_found_events_have_the_coders_date,
                test_no_incident_is_coded_twice_and_nothing_else_is_coded)


HELD_OUT_TEST_NAMES = ("test_held_out_known_misses_name_cases", "test_held_out_expected_event_is_found",
                       "test_held_out_events_have_the_actors", "test_held_out_events_have_the_fatalities",
                       "test_held_out_events_lie_in_the_admin1", "test_held_out_events_have_the_date",
                       "test_held_out_nothing_is_coded_twice_or_else")
"""The names the held-out part's tests take in a module that runs a batch and its held-out part."""


def module_tests(batch: GoldenArticles, held_out: GoldenArticles | None = None) -> dict[str, Callable[..., None]]:
    """The tests a module of articles exports, by name (a module takes them with `globals().update(...)`): the batch's
    under their own names, and its held-out part's, if any, under `HELD_OUT_TEST_NAMES`."""
    tests = {test.__name__: test for test in batch.tests()}
    if held_out is not None:
        tests.update(zip(HELD_OUT_TEST_NAMES, held_out.tests(), strict=True))
    return tests
