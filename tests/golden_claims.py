"""The claims a coder lists for each report of a golden fixture ('claimant~what; ...' in its `claims` column),
checked on the report's main event: each listed claim must be kept with its claimant (its words or the side it speaks
for) and say what the coder wrote. Claims sitrep misses today are strict xfails with their reason
(`GoldenClaims.miss`). Shared by tests/test_competing_claims.py and tests/test_competing_claims2.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from golden_notes import GoldenNotes
from sitrep.schema import Claim

COLUMNS = ("id", "country", "published", "sub_event_type", "actor1", "actor2", "fatalities", "claims", "note")
FIELDS = ("sub_event_type", "actors", "fatalities")


def expected_claims(row: dict[str, str]) -> list[tuple[str, str]]:
    """(claimant words, what is claimed) the coder lists for a report."""
    return [tuple(part.strip().split("~")) for part in row["claims"].split(";") if part.strip()]


def says(claim: Claim, what: str) -> bool:
    """Whether a claim says `what`: 'N' a toll whose lower bound is N, 'N-M' a range, '<M' a toll of up to M, 'iN' N
    injured (lower bound), or else its kind ('denial', 'responsibility')."""
    if what.isdigit():
        return claim.killed is not None and claim.killed[0] == int(what)
    if what.startswith("<"):
        return claim.killed is not None and claim.killed[1] == int(what[1:])
    if "-" in what:
        return claim.killed is not None and list(claim.killed) == [int(n) for n in what.split("-")]
    if what.startswith("i") and what[1:].isdigit():
        return claim.injured is not None and claim.injured[0] == int(what[1:])
    return claim.claim_type == what


class GoldenClaims:
    """The listed claims of a GoldenNotes fixture, one pytest case each; `case_id(note, claimant, what)` names a case
    (and a known miss)."""

    def __init__(self, notes: GoldenNotes, case_id: Callable[[str, str, str], str]) -> None:
        self.notes = notes
        self.case_id = case_id
        self.known_misses: dict[str, str] = {}
        """Case id -> why sitrep does not keep that claim today."""

    def miss(self, reason: str, *cases: str) -> None:
        """Mark cases (by `case_id`) as known misses, with the reason."""
        for case in cases:
            self.known_misses[case] = reason

    def cases(self) -> Iterator:
        """One pytest case per claim the coder lists, strict xfail where a miss is known."""
        for note_id, row in self.notes.rows.items():
            for claimant, what in expected_claims(row):
                case = self.case_id(note_id, claimant, what)
                marks = ([pytest.mark.xfail(strict=True, reason=self.known_misses[case])]
                         if case in self.known_misses else [])
                yield pytest.param(note_id, claimant, what, marks=marks, id=case)

    def kept(self, note_id: str, claimant: str, what: str) -> bool:
        """Whether the main event of a report keeps a claim by `claimant` (its words or its side) that says `what`."""
        event = self.notes.coded(note_id)
        return event is not None and any(
            says(c, what) for c in event.claims
            if claimant.lower() in f"{c.claimant or ''} | {c.claimant_actor or ''}".lower())

    def unchecked_misses(self) -> set[str]:
        """Known misses that name no listed claim (a typo, or a claim the coder no longer lists)."""
        return set(self.known_misses) - {p.id for p in self.cases()}

    def claim_test(self) -> Callable[[str, str, str], None]:
        """The test a fixture runs on every listed claim (`cases`): kept with its claimant, saying what was claimed."""

        @pytest.mark.parametrize(("note_id", "claimant", "what"), list(self.cases()))
        def test(note_id: str, claimant: str, what: str) -> None:
            event = self.notes.coded(note_id)
            assert event is not None, self.notes.rows[note_id]["note"]
            assert self.kept(note_id, claimant, what), f"{claimant}~{what}: got {event.claims!r}"

        return test



def claims_fixture(fixture: Path, case_id: Callable[[str, str, str], str]) -> tuple[GoldenNotes, GoldenClaims]:
    """A competing-claims fixture (`COLUMNS`): its notes, with `FIELDS` checked, and its listed claims."""
    notes = GoldenNotes(fixture, COLUMNS, FIELDS)
    return notes, GoldenClaims(notes, case_id)
