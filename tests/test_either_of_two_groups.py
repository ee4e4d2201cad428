"""Either of two armed groups, on reports we wrote (tests/fixtures/either_of_two_groups.tsv): when the writer cannot
say which of two armed groups acted ("gunmen from either JNIM or the Islamic State", "a bomb blamed on the Taliban or
ISKP", "fighters who might be Boko Haram or ISWAP"), ACLED's codebook names the side "A and/or B"; a report that names
one group, or two groups that each did a part or fought each other, keeps them apart. Sixteen reports in 11 countries
(ids 'e') were the tune part; six (ids 'h') were held out and run once, after the rule.

First pass (sitrep at 353ff5c): both actors right in 8/16 tune reports (the four near-misses, two plain "X or Y
fighters", one "planted by" a pair, one headline style). Three gave no event at all: a modal guessing the doers' name
("insurgents who might be Boko Haram or ISWAP fighters") was read as an unreal frame, a bomb with a clause between it
and its verb ("a bomb blamed on either the Taliban or ISKP tore through a market") matched no cue, and "burned a
chapel" named no building the looting cues knew. After the rules (`roles.sentence.either_group` also for unnamed
doers and groups of a community militia, `sentence.EITHER` with "the" and "of the", `sentence.PASSIVE_AGENT` through
"jihadists of", a passive verb of telling's agent no side, `responsibility.BLAME_BEFORE` with "either",
`responsibility.SUSPECT_BEFORE` for doers described as or belonging to a group, the remote-explosive cue through a
reduced relative clause, houses of worship of every faith in the looting cues, `relevance.frames.UNREAL_FRAME` leaving a
guessed name alone): 15/16, then 14/16 after e02 and e03 were reworded (a run of six words of each also stood in a
corpus note; e03's new wording, a relative clause after the device, is a miss). Held out: 1/6 with the code before,
3/6 after. The held-out reports' sides were printed once, with the tune part's, before any rule (a selection mistake);
the rules were written from the tune part only. Branch leftovers: a raid on a market is a raid on a place where
civilians gather (`event_patterns.tsv`, the raid cue), so h05's second deed is an event of its own: held 4/6.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.evaluation.acled import actor_key
from tests.reported import surest_reported

FIXTURE = Path(__file__).parent / "fixtures" / "either_of_two_groups.tsv"
ROWS = [line.split("\t") for line in FIXTURE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")]

KNOWN_MISSES: dict[str, str] = {
    "e03": "the groups named in a relative clause after the device ('a device that JNIM or IS Sahel militants had "
           "buried hit an army truck') are read as its target",
    "e06": "the group the doers 'belonged to', told after the deed in a clause of its own, does not name them",
    "h01": "'the Islamic State' joined to JNIM in Burkina Faso is not named after its Sahel branch",
    "h03": "an army convoy that 'struck a mine' is read as the convoy striking, so the army is made the doer",
}
"""Report id -> why sitrep still codes its sides wrong."""


@pytest.mark.parametrize("report_id, country, actor1, actor2, text", [
    pytest.param(*row, id=row[0], marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[row[0]])]
                 if row[0] in KNOWN_MISSES else []) for row in ROWS])
def test_the_side_that_either_of_two_groups_may_be(report_id: str, country: str, actor1: str, actor2: str, text: str):
    event = surest_reported(text, country)
    assert (actor_key(event.actor1), actor_key(event.actor2)) == (actor_key(actor1), actor_key(actor2)), \
        (event.actor1, event.actor2)
