"""Death and injury tolls in ACLED-style notes and news paragraphs (tests/fixtures/tolls2.tsv, task tolls2): 137
reports from 50 countries, written before sitrep was run on any of them; every 4th is held out (34, ids 'h'). The
shapes are those news gives a toll in: a toll that later rose ("initially reported 3 dead; the toll later rose to
11"), competing figures from police, hospital, rebels and residents (each kept with who gave it), lynchings and mob
killings ("burned alive", "beaten to death by a mob", "lynched"), the attackers' dead beside the victims' (ACLED
counts both), "no casualties were reported" (0) against a report silent on deaths (no figure), bodies found, the
wounded who later died, a cumulative toll beside one day's, number words and ranges ("at least a dozen", "some 30",
"between 5 and 7", "scores"); and two crowd cues, a baton charge and a crowd that "gathered peacefully". Each report's
main event is checked for its fatalities, for a figure of none against no figure where no one died, for its injured
where the report tells them, for its sub-event type where it is a crowd's, and for every competing claim listed.

First pass (sitrep at main 38e443a): the 103 reports not held out passed 134 of 179 checks: fatalities 82/103, none
against silence 14/22, injured 15/21, crowd sub-types 3/10, claims 20/23. Misses: "burned alive", "stoned to death"
and "set ablaze ... Both died" not read as deaths; "no injuries or deaths", "without causing casualties", "no
reports of casualties", "no one was killed or injured", "no other injuries" read as no figure; "two members of the
444 Brigade" read as 444 dead; "another person died of injuries" in the sentence of the first death not added; "the
death toll from the attack on Yelwata, Benue state, has risen to 40" not read (the comma of the place); "three
civilians caught in the crossfire died", "the cook was found dead", "the priest's body was recovered" not read; the
attackers' dead ("killed one attacker", "the attackers lost around twenty men", "the bomber also died", "dozens of
terrorists were also killed") not added to the victims'; "the opposition said", "the junta admitted" kept no
claimant; a crowd that "gathered peacefully" and vendors "baton-charged" coded as no event, and "injured when police
baton-charged a protest" read as the protesters injuring the police (a violent demonstration); a toll that rose
told with a later day coded as a second event; the wounded who died told with a hospital's town not joined. The 34
held-out reports passed 42 of 52 checks (fatalities 28/34, none against silence 6/7, injured 5/6, crowd 1/3, claims
2/2). t101's key was corrected after the first pass: a baton charge on teachers who gathered peacefully was meant
as a protest with intervention (the intervention outranks the peaceful protest), as its twin t33 is; the first
pass coded it as no event either way.

After this task's rules (branch tolls2): 167 of 179 (fatalities 96/103, none against silence 22/22, injured 19/21,
crowd sub-types 9/10, claims 21/23); the misses left are strict xfails below. The held-out reports, run once after
the rules: 43 of 52 (fatalities 28/34, none against silence 6/7, injured 5/6, crowd 2/3, claims 2/2); their misses
(a day's toll beside a cumulative one, a source's count of the attackers' dead, a gunman "shot dead" in a gerund, a
superseded "earlier" figure, a toll noun parted from its verb by eleven words, a welcome rally left out) are strict
xfails too, with no rule written for them.
Five reports (t1, t35, t47, t97, t103) were reworded after the runs, keeping their tolls, where a run of six common
words also stood in a corpus (scripts/check_copied_text.py); the figures above are unchanged by it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden_claims import says
from reported import surest_reported

COLUMNS = ("id", "country", "published", "sub_event_type", "fatalities", "injured", "claims", "note")
ROWS = {row["id"]: row for row in (dict(zip(COLUMNS, line.split("\t"), strict=True))
                                   for line in (Path(__file__).parent / "fixtures" / "tolls2.tsv")
                                   .read_text(encoding="utf-8").splitlines()
                                   if line.strip() and not line.startswith("#"))}
KNOWN_MISSES: dict[str, str] = {}
"""'id:check' -> why sitrep misses it today (strict xfails)."""


def _miss(reason: str, *cases: str) -> None:
    for case in cases:
        KNOWN_MISSES[case] = reason


_miss("'by Monday afternoon the death toll had climbed to 14': the later day makes the risen toll a second event "
      "(extract), and the raid's event keeps no toll", "t2:fatalities")
_miss("'Two of them later died in hospital in Popayan': the hospital's town is another place, so the sentence is not "
      "joined to the patrol attack (extract)", "t9:fatalities", "t9:injured")
_miss("'Both died at the scene': 'both' with no auxiliary before 'died' is left unread (`_BOTH`; it lowered MUC-4)",
      "t22:fatalities")
_miss("'gang members opened fire at a football pitch': no event is coded (classify)", "t40:fatalities")
_miss("'volunteers for the defence of the homeland (VDP) died': the victim phrase runs past 'for the' and a bracket, "
      "so the toll is left unread", "t49:fatalities")
_miss("'The ministry said dozens of terrorists were also killed' after 'the defence ministry said': the second "
      "sentence is read as another source's lower figure (12), not as the attackers' dead added (35)", "t90:fatalities")
_miss("'The bomber also died' after a quoted toll ('killing nine people, police said'): the bomber singled out is not "
      "added to a source's figure", "t97:fatalities")
_miss("'A third, badly injured, survived': a survivor named by an ordinal with an aside is not read as one injured",
      "t75:injured")
_miss("'blocked the Pan-American highway' is read as a violent demonstration (the road-blocking cue takes any blocked "
      "highway), which outranks the baton charge's intervention", "t77:sub_event_type")
_miss("held out: 'On Thursday alone, six fighters died' after a toll 'since Monday': the day's own toll is left out "
      "and the cumulative one (40) kept", "h3:fatalities")
_miss("held out: 'Police said four attackers were also killed' after an unquoted toll of ten: the attackers' dead told "
      "by a source are a lower competing figure (4), not added (14)", "h10:fatalities")
_miss("held out: 'before being shot dead by a police officer': the gunman's death told in a passive gerund is not read",
      "h20:fatalities")
_miss("held out: 'Local sources earlier spoke of 18 dead' after 'at least 25': a figure told as earlier, superseded, is "
      "kept as a lower report (18)", "h23:fatalities")
_miss("held out: 'The number killed by a Russian strike on a supermarket in Kostiantynivka on Tuesday rose to eight': "
      "more than ten words part the toll noun from its verb (`_TOLL`)", "h25:fatalities")
_miss("held out: a crowd that 'gathered peacefully ... to welcome their leader' is classified a peaceful protest but "
      "left out as no event (relevance)", "h32:fatalities", "h32:told", "h32:injured", "h32:sub_event_type")
_miss("'The junta admitted four of its troops died': 'admitted' is no verb of saying here (read as one, it also took "
      "'admitted that' and 'admitted to hospital' for sources, and lowered MUC-4's tune half)", "t76:junta~4")
_miss("'five people were taken and killed': two participles of one moment joined by 'and' are left unread "
      "(`_DONE_THEN_LATER`; reading them lowered MUC-4)", "t30:villagers~5")


def coded(note_id: str):
    row = ROWS[note_id]
    return surest_reported(row["note"], row["country"], row["published"])


def _params(check: str, wanted) -> list:
    return [pytest.param(note_id, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[f"{note_id}:{check}"])]
                         if f"{note_id}:{check}" in KNOWN_MISSES else [], id=f"{note_id}:{check}")
            for note_id, row in ROWS.items() if wanted(row)]


def _claim_params() -> list:
    params = []
    for note_id, row in ROWS.items():
        for part in filter(None, (p.strip() for p in row["claims"].split(";"))):
            case = f"{note_id}:{part}"
            params.append(pytest.param(note_id, *part.split("~"), id=case, marks=[
                pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[case])] if case in KNOWN_MISSES else []))
    return params


@pytest.mark.parametrize("note_id", _params("fatalities", lambda row: True))
def test_fatalities(note_id: str) -> None:
    """ACLED's fatalities: every death of the event, the lowest credible figure of those who report it."""
    want = ROWS[note_id]["fatalities"]
    assert coded(note_id).fatalities == (0 if want == "-" else int(want)), ROWS[note_id]["note"]


@pytest.mark.parametrize("note_id", _params("told", lambda row: row["fatalities"] in ("0", "-")))
def test_no_death_told_or_none_died(note_id: str) -> None:
    """'No casualties were reported' is a toll of none ([0, 0]); a report silent on deaths has no killed figure."""
    killed = coded(note_id).casualties["killed"]
    assert (killed is None) if ROWS[note_id]["fatalities"] == "-" else (tuple(killed or ()) == (0, 0))


@pytest.mark.parametrize("note_id", _params("injured", lambda row: row["injured"] != ""))
def test_injured(note_id: str) -> None:
    """The injured as the event's casualties hold them (lowest figure), none where the report tells none."""
    want, injured = ROWS[note_id]["injured"], coded(note_id).casualties["injured"]
    assert (injured is None) if want == "-" else (injured is not None and injured[0] == int(want)), injured


@pytest.mark.parametrize("note_id", _params("sub_event_type", lambda row: row["sub_event_type"] != ""))
def test_crowd_sub_event_type(note_id: str) -> None:
    """A baton charge on a crowd is an intervention; a crowd that gathered peacefully is a peaceful protest."""
    assert coded(note_id).sub_event_type == ROWS[note_id]["sub_event_type"]


@pytest.mark.parametrize(("note_id", "claimant", "what"), _claim_params())
def test_claim_kept_with_its_claimant(note_id: str, claimant: str, what: str) -> None:
    """Every competing figure is kept with who gave it."""
    claims = coded(note_id).claims
    assert any(says(c, what) for c in claims
               if claimant.lower() in f"{c.claimant or ''} | {c.claimant_actor or ''}".lower()), claims


def test_known_misses_name_cases() -> None:
    ids = {p.id for fn in (test_fatalities, test_no_death_told_or_none_died, test_injured, test_crowd_sub_event_type,
                           test_claim_kept_with_its_claimant) for p in fn.pytestmark[0].args[1]}
    assert set(KNOWN_MISSES) <= ids
