"""A golden fixture of short event notes we wrote, each coded as a careful ACLED coder codes it: the notes are read
from a TSV, coded end to end with their published date and country, and fields of each note's main event (the current
event sitrep is surest of) are checked against the coding. Fields sitrep gets wrong today are strict xfails with their
reason (`GoldenNotes.miss`): when a change fixes one, the xfail turns into a failure and the entry must go. Shared by
the fixtures of tests/test_terse_reports2.py, test_terse_reports3.py, test_fresh_reports.py and test_wire_reports.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest

from sitrep.evaluation.acled import actor_key, same_admin1
from sitrep.evaluation.seeds import extract_events, main_event, plain
from sitrep.gazetteer import load
from sitrep.schema import Event
from sitrep.taxonomy import EVENT_TYPE_OF


def same_place(got: str | None, gold: str, country: str) -> bool:
    """The same place: the same name, or a name the gazetteer gives the coder's place in the note's country."""
    if plain(got) == plain(gold):
        return True
    return bool(got) and any(plain(c.place.name) == plain(got) and c.place.country_code == country
                             for c in load().lookup(gold))


def _name(value: str) -> str | None:
    return None if value == "-" else value


def _actors(first: str | None, second: str | None) -> list[str]:
    return sorted(k for k in (actor_key(first), actor_key(second)) if k)


def unsettled(row: dict[str, str], field: str) -> bool:
    """Whether the coder left a field unsettled with '?': for actors, either actor; for another field, its own column
    (a field a fixture has no column for is settled)."""
    if field == "actors":
        return "?" in (row["actor1"], row["actor2"])
    return row.get(field) == "?"


NOTE_COLUMNS = ("id", "country", "published", "sub_event_type", "actor1", "actor2", "fatalities", "admin1", "note")
"""The columns of a fixture of notes coded as ACLED codes them: the note's id, its country and the day it was published,
the coder's sub-event type, actors, dead and admin1, and the note."""
NOTE_FIELDS = ("sub_event_type", "event_type", "actors", "fatalities", "admin1")
"""The fields checked on such a fixture."""
DEVELOPMENT_COUNTRIES = frozenset({"KE", "BJ", "BD"})
"""The countries of the ACLED development corpora (Kenya, Benin, Bangladesh): a batch of fresh notes that leaves them
out cannot echo what their notes say."""


class GoldenNotes:
    """The notes of one fixture (`columns` of a tab-separated file, '#' lines are comments), the `fields` checked, and
    `skipped(row, field)`: whether a note leaves a field uncoded (by default `unsettled`: a '?')."""

    def __init__(self, fixture: Path, columns: tuple[str, ...], fields: tuple[str, ...],
                 skipped: Callable[[dict[str, str], str], bool] = unsettled) -> None:
        self.fields = fields
        self.skipped = skipped
        self.rows = {row["id"]: row for row in (dict(zip(columns, line.split("\t"), strict=True))
                                                for line in fixture.read_text(encoding="utf-8").splitlines()
                                                if line.strip() and not line.startswith("#"))}
        self.known_misses: dict[tuple[str, str], str] = {}
        """(note id, field) -> why sitrep misses it today."""
        self.coded = cache(self._coded)

    def assert_broad(self, notes: int, countries: int) -> None:
        """That the batch has at least `notes` notes from at least `countries` countries, a quarter of them held out
        (ids 'h'): a batch's claim to breadth, checked."""
        assert len(self.rows) >= notes
        assert len({row["country"] for row in self.rows.values()}) >= countries
        assert sum(note_id.startswith("h") for note_id in self.rows) >= len(self.rows) // 4

    def batch_tests(self, notes: int, countries: int) -> tuple[Callable[[], None], Callable[[], None]]:
        """The two checks a batch module runs beside its coding test, for it to bind to test names: every known miss
        names a checked case, and the batch is as broad as it claims (`assert_broad`)."""

        def every_known_miss_names_a_checked_case() -> None:
            assert self.unchecked_misses() == set()

        def the_batch_is_broad() -> None:
            self.assert_broad(notes, countries)

        return every_known_miss_names_a_checked_case, the_batch_is_broad

    def miss(self, reason: str, *cases: str) -> None:
        """Mark 'note:field' cases as known misses, with the reason."""
        for case in cases:
            note, field = case.split(":")
            self.known_misses[(note, field)] = reason

    def _coded(self, note_id: str) -> Event | None:
        row = self.rows[note_id]
        events, _ = extract_events(row["note"], document_id=note_id,
                                   published=dt.date.fromisoformat(row["published"]), country=row["country"])
        return main_event(events)

    def check(self, note_id: str, field: str) -> tuple[bool, object, object]:
        """(right?, sitrep's value, the coder's value) of one field of one note."""
        row, event = self.rows[note_id], self.coded(note_id)
        gold = {"sub_event_type": row["sub_event_type"], "event_type": EVENT_TYPE_OF[row["sub_event_type"]],
                "actors": _actors(_name(row["actor1"]), _name(row["actor2"])),
                "fatalities": int(row.get("fatalities", "0")) if row.get("fatalities", "0").isdigit() else None, "location": row.get("location"),
                "admin1": row.get("admin1"),
                "event_date": row.get("event_date")}[field]
        if event is None:
            return False, None, gold
        got = {"sub_event_type": event.sub_event_type, "event_type": event.event_type,
               "actors": _actors(event.actor1, event.actor2), "fatalities": event.fatalities,
               "location": event.location, "admin1": event.admin1, "event_date": event.event_date}[field]
        if field == "location":
            return same_place(got, gold, row["country"]), got, gold
        if field == "admin1":
            return same_admin1(got, gold, row["country"]), got, gold
        return got == gold, got, gold

    def cases(self) -> Iterator:
        """One pytest case per note and checked field, strict xfail where a miss is known."""
        for note_id, row in self.rows.items():
            for field in self.fields:
                if self.skipped(row, field):
                    continue
                marks = ([pytest.mark.xfail(strict=True, reason=self.known_misses[(note_id, field)])]
                         if (note_id, field) in self.known_misses else [])
                yield pytest.param(note_id, field, marks=marks, id=f"{note_id}-{field}")

    def assert_rows_well_formed(self) -> None:
        """Every note is dated by a real day and its coder's dead are a whole number."""
        for row in self.rows.values():
            dt.date.fromisoformat(row["published"])
            assert int(row["fatalities"]) >= 0, row["id"]

    def unchecked_misses(self) -> set[tuple[str, str]]:
        """Known misses that name no checked case (a typo, or a field the note leaves uncoded)."""
        return set(self.known_misses) - {(p.values[0], p.values[1]) for p in self.cases()}

    def coding_test(self) -> Callable[[str, str], None]:
        """The test a fixture runs on every checked field of every note (`cases`): coded as the coder coded it."""

        @pytest.mark.parametrize(("note_id", "field"), list(self.cases()))
        def test(note_id: str, field: str) -> None:
            right, got, gold = self.check(note_id, field)
            assert right, f"{field}: got {got!r}, want {gold!r} -- {self.rows[note_id]['note']}"

        return test
