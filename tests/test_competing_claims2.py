"""Golden test of competing claims, second batch (tests/fixtures/competing_claims2.tsv): short reports where the sides
and those who count disagree in ways the first batch (tests/test_competing_claims.py) left out: battles where each
side claims the other's losses, protests where police deny the force organisers report and count their own injured,
riots with a hospital's toll beside the police's, arrests and raids claimed by one side and denied by the other, towns
said to be taken and said not to be, attacks claimed by two groups or blamed on a third, tolls given as ranges or
"at least"/"up to", and tolls from unnamed sources. Each report's main event is checked for its sub-event type, its
actors and its fatalities (the most conservative credible toll), and every claim the coder lists must be in the
event's `claims` with its claimant (or the claimant's actor) and what it says: a toll, a number injured, or its kind.
Fields sitrep gets wrong today are strict xfails with their reason.

First pass (the 52 reports not held out, written before sitrep was run on any of them, sitrep at main f251ef4):
sub-event type 37/52, actors 27/45, fatalities 38/51, claims kept with claimant and what they say 62/118.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden_notes import GoldenNotes
from sitrep.schema import Claim

COLUMNS = ("id", "country", "published", "sub_event_type", "actor1", "actor2", "fatalities", "claims", "note")
FIELDS = ("sub_event_type", "actors", "fatalities")


def _uncoded(row: dict[str, str], field: str) -> bool:
    """Whether the coder leaves a field uncoded ('?')."""
    return (field == "actors" and "?" in (row["actor1"], row["actor2"])) or row.get(field) == "?"


NOTES = GoldenNotes(Path(__file__).parent / "fixtures" / "competing_claims2.tsv", COLUMNS, FIELDS, _uncoded)
ROWS = NOTES.rows
_miss = NOTES.miss
KNOWN_CLAIM_MISSES: dict[str, str] = {}
"""'note:claimant~what' -> why sitrep does not keep that claim today."""


def _claim_miss(reason: str, *cases: str) -> None:
    """Mark 'note:claimant~what' cases as known misses, with the reason."""
    for case in cases:
        KNOWN_CLAIM_MISSES[case] = reason


# --- known misses ----------------------------------------------------------------------------------------------------


def expected_claims(row: dict[str, str]) -> list[tuple[str, str]]:
    """(claimant words, what is claimed) the coder lists for a report."""
    return [tuple(part.strip().split("~")) for part in row["claims"].split(";") if part.strip()]


def kept(claim: Claim, what: str) -> bool:
    """Whether a claim says `what`: 'N' a toll whose lower bound is N, 'N-M' a range, '<M' a toll of up to M, 'iN' N
    injured (lower bound), or else its kind."""
    if what.isdigit():
        return claim.killed is not None and claim.killed[0] == int(what)
    if what.startswith("<"):
        return claim.killed is not None and claim.killed[1] == int(what[1:])
    if "-" in what:
        return claim.killed is not None and list(claim.killed) == [int(n) for n in what.split("-")]
    if what.startswith("i") and what[1:].isdigit():
        return claim.injured is not None and claim.injured[0] == int(what[1:])
    return claim.claim_type == what


def claim_cases() -> list:
    """One pytest case per claim the coder lists, strict xfail where a miss is known."""
    cases = []
    for note_id, row in ROWS.items():
        for claimant, what in expected_claims(row):
            case = f"{note_id}:{claimant}~{what}"
            marks = ([pytest.mark.xfail(strict=True, reason=KNOWN_CLAIM_MISSES[case])]
                     if case in KNOWN_CLAIM_MISSES else [])
            cases.append(pytest.param(note_id, claimant, what, marks=marks, id=case))
    return cases


def claim_kept(note_id: str, claimant: str, what: str) -> bool:
    """Whether the main event of a report keeps a claim by `claimant` (its words or its actor) that says `what`."""
    event = NOTES.coded(note_id)
    if event is None:
        return False
    return any(kept(c, what) for c in event.claims
               if claimant.lower() in f"{c.claimant or ''} | {c.claimant_actor or ''}".lower())


test_reports_are_coded_as_the_coder_codes_them = NOTES.coding_test()


@pytest.mark.parametrize(("note_id", "claimant", "what"), claim_cases())
def test_each_claim_is_kept_with_its_claimant(note_id: str, claimant: str, what: str) -> None:
    event = NOTES.coded(note_id)
    assert event is not None, ROWS[note_id]["note"]
    assert claim_kept(note_id, claimant, what), f"{claimant}~{what}: got {event.claims!r}"


def test_every_known_miss_names_a_case() -> None:
    assert not NOTES.unchecked_misses()
    named = {p.id for p in claim_cases()}
    assert set(KNOWN_CLAIM_MISSES) <= named
