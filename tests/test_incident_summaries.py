"""Incident summaries in the style of terrorism-incident databases (tests/fixtures/incident_summaries.tsv), written by
us before sitrep was run on any of them: a leading US-style date ("03/02/2016:"), "Assailants" as the subject, the
place as "X town, Y district, Z governorate, Country", the toll in a sentence of its own ("At least six people,
including the bomber, were killed"), and a closing line on who claimed it ("The Islamic State of Iraq and the Levant
(ISIL) claimed responsibility for the incident", "Sources attributed the attack to ...", "No group claimed
responsibility"). Users load such databases beside news; the summaries name the claimant only at the end, so the
acting side must come from that line (issue #12: Islamic State was named in 19 % of such summaries from Iraq).
60 summaries in 20 countries, 24 from Iraq and Syria; the last 15 (h01-h15) are held out, run once after the rules.
Each is coded as a careful ACLED coder would: the claimant or the group sources name is actor 1 (ACLED names the
group a claim or an attribution names), armed status decides Battles or Violence against civilians, and the toll
counts the bomber.

First pass (45 summaries, before any rule; FIRST_PASS): actors 25 of 45, the claimant of the closing line left out
for "Unidentified Armed Group" in 19 (ISIL in 8 of 11, the Taliban, TTP, BLA, LeJ, ISWAP, CPI-Maoist, JNIM, ISGS,
ELN, PKK); fatalities 39 of 45, a toll of two coordinated groups ("Eight police officers and the bomber were killed")
read as none in 6; a suicide bomber's vehicle read as a remote explosive; AQAP spelt "Al-Qaida" read as al Qaeda;
two small towns the gazetteer lacks (Boulkessi, Inates) placed at their region. After the rules (a bracketed acronym
or aside between a group's name and its claim, `responsibility.NAME_ASIDE`; a claimed group takes the place of an
unnamed side told second, `responsibility.apply_attributions`; GTD's and Yemeni spellings of ISKP and AQAP in the
actor base): actors 42 of 45. Held out, run once after the rules: actors 13 of 15 (8 of 15 with the code before). Later
rules of the same stop (an explosion outranks the movement of the convoy it hit, tests/test_remote_violence.py) right
h03, held out, in every field; the held-out figures above stay those of its single run. Merged with branch
world_notes (places the gazetteer lacked, in its supplement), s34 is placed at Boulkessi; its TTP is ACLED's 'TTP:
Tehreek-i-Taliban Pakistan' in the key, as the actor base now names it. With the whole stop's rules merged (roles4's
clause order, claims2's own accounts, an explosion over a convoy's movement), s15's Taliban is right too, and
'Protestant' no longer reads as a protest (s35, demonstrations.DEMONSTRATION).
After these runs, sixteen lines were reworded where a stock run of six words (the closing line of unclaimed
incidents, a toll with "three others" wounded) also stood in a corpus (scripts/check_copied_text.py); every field's
result is the same before and after. Later (branch tolls2), a toll of a counted group joined to one person is read as
the sum (`casualties._JOINED_SUBJECT`, `casualties._JOINED_OBJECT`): fatalities 45 of 45 on the tune part (39 before)
and 15 of 15 held out (h07 too); with the toll read, the bomber's death no longer splits off a clash that took the
claim, so s15, s31 and h07 (held out) name their actors right too.
"""

from __future__ import annotations

from pathlib import Path

from golden_notes import GoldenNotes

COLUMNS = ("id", "country", "published", "sub_event_type", "actor1", "actor2", "fatalities", "admin1", "location",
           "note")
FIELDS = ("sub_event_type", "event_type", "actors", "fatalities", "admin1", "location")
FIRST_PASS = {
    "tune, before the rules": {"sub_event_type": "44/45", "event_type": "45/45", "actors": "25/45",
                               "fatalities": "39/45", "admin1": "44/44", "location": "34/36"},
    "tune, after the rules": {"sub_event_type": "44/45", "event_type": "45/45", "actors": "42/45",
                              "fatalities": "39/45", "admin1": "44/44", "location": "34/36"},
    "held out, run once after the rules": {"sub_event_type": "14/15", "event_type": "14/15", "actors": "13/15",
                                           "fatalities": "13/15", "admin1": "15/15", "location": "9/13"},
    "held out, with the code before the rules (for comparison)": {"actors": "8/15"},
    "after tolls2's rules (casualties._JOINED_SUBJECT, _JOINED_OBJECT)": {"fatalities, tune": "45/45",
                                                                          "fatalities, held out": "15/15"},
}
"""Fields right on the tune part (45 summaries) when sitrep was first run on it, and on the held-out part when it
was run once, after the rules."""



NOTES = GoldenNotes(Path(__file__).parent / "fixtures" / "incident_summaries.tsv", COLUMNS, FIELDS)
_miss = NOTES.miss

_miss("a suicide bomber's vehicle told with 'the blast' in the toll sentence scores as a remote explosive across the "
      "two sentences (right for a while this stop, when a same-sided sentence joined an event without being anyone's "
      "account; see grouping._same_named_doers)", "s01:sub_event_type")
_miss("an explosive that 'detonated as' a group's vehicle passed makes that group the doer (roles), so the claim finds "
      "no unnamed side to name", "s12:actors")
_miss("the gazetteer lacks the town (Inates, Mainok, Tongo Tongo): the event falls back to its region",
      "s36:location", "h10:location", "h12:location")
_miss("the gazetteer's spelling of the town (Qaim, Raqqah) is not among the names it gives the coder's spelling",
      "h04:location", "h05:location")

test_incident_summaries_are_coded_as_a_careful_coder_does = NOTES.coding_test()


def test_every_known_miss_names_a_checked_case() -> None:
    assert NOTES.unchecked_misses() == set()
