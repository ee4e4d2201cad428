"""Golden test of competing claims, third batch (tests/fixtures/competing_claims3.tsv): short reports whose figures
and claims come in shapes the first two batches (tests/test_competing_claims.py, test_competing_claims2.py) left
out: three sources of a toll in one report ("according to X", "citing Y", "Z put the figure at"), tolls in quotation
marks, a toll that rose later in the report, a source that revises itself, hedged figures ("at least", "more than",
"as many as", "dozens", "nearly"), tolls split by side, claims through a messaging channel or a statement "seen by"
an outlet, a government blaming a group that denies it, two groups both claiming, a claim later retracted,
unverified claims, witness counts beside official ones, tolls in words, and a hospital's count beside the army's.
Each report's main event is checked for its sub-event type, its actors and its fatalities (the most conservative
credible toll), and every claim the coder lists must be in the event's `claims` with its claimant (or the claimant's
actor) and what it says. Fields sitrep gets wrong today are strict xfails with their reason.

FIRST_PASS
"""

from __future__ import annotations

from pathlib import Path

from golden_claims import claims_fixture

NOTES, CLAIMS = claims_fixture(Path(__file__).parent / "fixtures" / "competing_claims3.tsv",
                               lambda note, claimant, what: f"{note}:{claimant}~{what}")
_miss = NOTES.miss
_claim_miss = CLAIMS.miss


# --- known misses ----------------------------------------------------------------------------------------------------


test_reports_are_coded_as_the_coder_codes_them = NOTES.coding_test()


test_each_claim_is_kept_with_its_claimant = CLAIMS.claim_test()


def test_every_known_miss_names_a_case() -> None:
    assert not NOTES.unchecked_misses()
    assert not CLAIMS.unchecked_misses()
