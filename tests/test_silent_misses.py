"""Silent misses (issue #10): one-sentence reports of events in unusual but common news syntax that gave no event at
all, written by the sitrep team before running sitrep on them (tests/fixtures/silent_misses.tsv): passives with and
without 'by', participle openings, relative clauses between subject and verb, nominalisations ('the shelling of'),
'came under', 'were found dead', 'was set ablaze', fronted objects, headline style without auxiliaries, and verbs of
harm other than kill (hacked, gunned down, lynched, torched, looted, overran, detained, abducted, dispersed). Four or
five per ACLED sub-type over all 25 (102), 48 countries; each must give a current event of its sub-type
(`surest_reported`).

First pass (75 dev reports, before any fix): 5 gave no event ('X was recaptured by government troops', 'the post was
overrun by jihadists', 'the group had pledged allegiance to', 'split into two rival factions', 'the use of mustard gas
by ... was confirmed') and 8 the wrong sub-type. Two of the 8 were our labels, not sitrep: a chapel burned with no one
hurt is property destruction (codebook), and protesters detained at their protest is 'Protest with intervention'; we
relabelled them and wrote two more reports (s76, s77) so Attack and Arrests keep four; both passed on their first run.
Fixed by the passive territorial cues with their agent, the allegiance and split-into-factions cues, 'gun down' in any
tense among lethal force on protesters, and a blocked intersection or junction read as the protesters' act. Now (77
dev): 1 gives no event, 4 the wrong sub-type (strict xfails below).

Held out (25 reports, one per sub-type, run once after the fixes): 18 right, 4 no event (a
passive 'was liberated by' after a relative clause, a participle 'Falling to the Taliban', 'were massacred by armed
men' after a relative clause, a participle 'Picked up by soldiers'), 3 the wrong sub-type (a headline handover 'under
ceasefire deal' read as the deal, protesters 'shot dead by security forces' as an Attack, a ceasefire's end as an
agreement). The same 25 on the code before the fixes: the same 18 right, 4 none, 3 wrong. Later, the cues read
across a relative clause (tests/test_clause_shapes.py, written for other sentences) gave h02 its event: 19/25 now, the
single run's 18/25 kept as this batch's held-out figure. Two reports (s19, h19) were
reworded after their run only to share no six-word run with the corpora; both still pass.

Corpora (sitrep eval all --only case2021 --only case2021-negatives --only geovirus-negatives --only everyday --only
acled-kenya --only acled-benin --only acled-bangladesh): false-event rates unchanged; acled-kenya tune event-type
accuracy 88.3 -> 88.5, nothing else moved."""

from __future__ import annotations

from pathlib import Path

import pytest

from reported import fixture_rows, surest_reported

FIXTURE = Path(__file__).parent / "fixtures" / "silent_misses.tsv"
ROWS = fixture_rows(FIXTURE)

# Reports still coded otherwise than a careful coder does, with why: strict xfails, to drop when fixed.
MISSES: dict[str, str] = {
    "s04": "a participle opening 'Retaken from Boko Haram after a week of fighting, the town ...' puts the ground "
           "too far from the verb for the territorial cue; the fighting is coded as an Armed clash",
    "s12": "'abandoned by the army without a shot' then 'occupied by a rival militia': the handover without a fight is "
           "told in two passives and the occupation reads as an attack",
    "s14": "'the use of mustard gas by ... was confirmed': a nominalised weapon's use with no harm told is read as "
           "talk about the weapon, not an event (relevance, not classify.py)",
    "s66": "'police foil suicide attack': the suicide bomb cue outranks the disrupted use a foiled attack is",
    "h03": "a participle opening 'Falling to the Taliban' with the ground as the later subject gives no cue",
    "h04": "a headline handover 'under ceasefire deal' is read as the deal (Agreement) rather than the transfer",
    "h12": "'were massacred by armed men' after a relative clause about fleeing the fighting gives no event",
    "h16": "protesters 'shot dead by security forces' after a participle 'Marching against the coup' is read as an "
           "Attack",
    "h20": "a participle 'Picked up by soldiers' and 'taken to a military barracks' is no arrest cue",
    "h21": "'declaring an end to its ceasefire' is read as the ceasefire (Agreement), not the group's change of "
           "conduct",
    "s73": "shots fired into the air with no one hurt are read as an attack on the village (codebook 'Other' is rare)",
}


def _param(row: list[str]):
    """One case per report: (country, sub-type, text), a strict xfail where it is still missed."""
    marks = [pytest.mark.xfail(strict=True, reason=MISSES[row[0]])] if row[0] in MISSES else []
    return pytest.param(row[2], row[3], row[4], id=row[0], marks=marks)


def test_the_reports_are_broad():
    """Four or more reports per ACLED sub-type over all 25, from 35 countries or more, a quarter held out."""
    per_type: dict[str, int] = {}
    for row in ROWS:
        per_type[row[3]] = per_type.get(row[3], 0) + 1
    assert len(per_type) == 25 and min(per_type.values()) >= 4
    assert len({row[2] for row in ROWS}) >= 35
    assert sum(row[1] == "held" for row in ROWS) == 25


@pytest.mark.parametrize(("country", "expected", "text"), [_param(row) for row in ROWS])
def test_silent_miss_gives_its_event(country, expected, text):
    """The report gives a current event of the sub-type a careful coder gives it."""
    assert surest_reported(text, country).sub_event_type == expected
