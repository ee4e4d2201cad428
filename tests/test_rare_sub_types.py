"""Golden test of the less common ACLED sub-event types (tests/fixtures/rare_sub_types.tsv, issue #10): territory
regained, taken or handed over, sexual violence, abduction, chemical weapons, grenades, suicide bombs, remote
explosives, agreements, arrests, a group's change of leader, make-up or conduct, disrupted weapons use, bases set up,
looting and property destruction, and Other. Each note sits beside a neighbouring sub-type (a bomb defused beside one
that went off, a town taken beside one retaken or handed over, a kidnapping beside an arrest), is coded end to end
with its published date and country, and the sub-event type, event type and actors of its main event are checked
against what a careful ACLED coder gives. Fields sitrep gets wrong today are strict xfails (`_miss`) with their
reason.

First pass (all 150 notes written before sitrep was run on any of them; the 110 run once at main c0e051c): sub-event
type 85/110 (77.3%), actors 16/21 where coded. By sub-type: Government regains territory 6/7, Non-state actor
overtakes territory 6/7, Sexual violence 6/7, Abduction/forced disappearance 5/7, Chemical weapon 6/7, Grenade 7/7,
Suicide bomb 6/7, Remote explosive/landmine/IED 7/7, Agreement 4/7, Arrests 6/7, Change to group/activity 0/7,
Disrupted weapons use 5/7, Headquarters or base established 7/7, Looting/property destruction 7/7, Non-violent
transfer of territory 7/7, Other 0/5. After this round's rules (branch rare_types): sub-event type 97/110 (98 with
ot3 recoded), actors 17/21. The held-out 40 (ids 'h...', written last in other phrasings), run once after the rules:
sub-event type 30/40 (31 with hot1 recoded; Agreement 1/3, the rest at most one miss each, listed below). Two notes
(ot3, hot1: pagers and walkie-talkies blown up at once across Lebanon) were first coded Other and counted as misses
above; they were recoded afterwards as Remote explosive/landmine/IED, the sub-type ACLED gave those blasts. Five
notes were reworded afterwards, keeping their meaning and coding, where a six-word run of common words also stood in
a corpus (scripts/check_copied_text.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from golden_notes import GoldenNotes
from sitrep.taxonomy import ALL_SUB_EVENT_TYPES

COLUMNS = ("id", "country", "published", "sub_event_type", "actor1", "actor2", "note")
FIELDS = ("sub_event_type", "event_type", "actors")



NOTES = GoldenNotes(Path(__file__).parent / "fixtures" / "rare_sub_types.tsv", COLUMNS, FIELDS)
ROWS = NOTES.rows
_miss = NOTES.miss


# --- known misses, by kind --------------------------------------------------------------------------------------------

_miss("a town seized by its bare name ('seized Wad Madani', 'seized Lalibela') is no taking cue (only a ground word "
      "is), so the army's withdrawal or the clashes told beside it win", "nt1:sub_event_type", "nt1:event_type",
      "hnt1:sub_event_type")
_miss("a hideout ('lair') is not a ground word, so control regained after a gunfight reads as the gunfight",
      "hgr2:sub_event_type")
_miss("'were accused of gang-raping' discounts the rape below an event's score", "sv2:sub_event_type",
      "sv2:event_type")
_miss("tear gas or CS gas used on soldiers is not read as a chemical weapon (tear gas is a protest cue); munitions "
      "dropped by drones make an air strike", "ch6:sub_event_type", "hch2:sub_event_type", "hch2:event_type")
_miss("a truce 'starting on August 4' is read as not yet in force", "ag5:sub_event_type", "ag5:event_type")
_miss("a present-tense headline 'sign a deal' and 'signed a declaration' are no agreement cues (hag1's 'lay down their "
      "arms' is one since tests/test_common_phrasings_strategic.py)", "hag2:sub_event_type", "hag2:event_type")
_miss("arrests 'ahead of the party's rally' are taken as arrests at the rally (protest with intervention)",
      "ar1:sub_event_type", "ar1:event_type")
_miss("an armed group that 'announced a blockade' is read as a planned protest blockade (South Asia's blockade "
      "programmes, frames.PLANNED_DEMONSTRATION), so nothing is reported", "cg1:sub_event_type", "cg1:event_type")
_miss("a man who throws a grenade and flees is made a civilian actor, not an unidentified armed group", "gn4:actors")
_miss("the Islamic State named as the subject of its own announcement is not made its actor", "cg3:actors")
_miss("Kataib Hezbollah is taken for Iraq's military (the Popular Mobilisation Forces are formally state forces); "
      "ACLED names the group itself", "cg7:actors")
_miss("the ELN named as the owner of a seized cache becomes the second actor; we leave it out (the cache was not in "
      "use), though a coder may well name it", "dw3:actors")
_miss("explosives 'meant for a suicide attack' are read as the suicide attack", "dw6:sub_event_type",
      "dw6:event_type")
_miss("a rocket 'intercepted by Iron Dome' (passive) is read as the rocket fire, not its interception",
      "hdw2:sub_event_type", "hdw2:event_type")
_miss("people 'snatched from a bus' are not read as abducted (a bus is not among the places people are snatched "
      "from)", "hab2:sub_event_type", "hab2:event_type")
_miss("'an explosive charge planted under a parked car' names no IED cue, so the killing reads as an attack",
      "hie2:sub_event_type", "hie2:event_type")
_miss("a 'cantonment site' set up is not read as a base", "hhq1:sub_event_type", "hhq1:event_type")
_miss("an ambulance commandeered and levies collected at a roadblock by armed men are read as attacks on civilians; "
      "no one was harmed (codebook 'Other')", "ot4:sub_event_type", "ot4:event_type", "ot5:sub_event_type",
      "ot5:event_type")
_miss("a grenade going off by accident in a police store reports no event", "ot6:sub_event_type", "ot6:event_type")
_miss("forced recruitment by an armed group is read as its recruitment drive (Change to group/activity); we code it "
      "Other, as an abuse of civilians short of an attack", "ot7:sub_event_type")


def _dev(note_id: str) -> bool:
    """Whether a note is one of the 110 the round was tuned on (ids of the held-out 40 start with 'h')."""
    return not note_id.startswith("h")


def test_the_notes_are_well_formed_and_span_the_rare_sub_types():
    assert len(ROWS) == 150
    assert sum(_dev(note) for note in ROWS) == 110
    assert len({row["country"] for row in ROWS.values()}) >= 40
    assert {row["sub_event_type"] for row in ROWS.values()} <= set(ALL_SUB_EVENT_TYPES)
    for kind in ("Government regains territory", "Non-state actor overtakes territory", "Sexual violence",
                 "Abduction/forced disappearance", "Chemical weapon", "Grenade", "Suicide bomb",
                 "Remote explosive/landmine/IED", "Agreement", "Arrests", "Change to group/activity",
                 "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction",
                 "Non-violent transfer of territory", "Other"):
        assert sum(row["sub_event_type"] == kind for row in ROWS.values()) >= (4 if kind == "Other" else 8), kind
    for row in ROWS.values():
        dt.date.fromisoformat(row["published"])


def test_every_known_miss_names_a_checked_field():
    assert not NOTES.unchecked_misses()


test_rare_sub_types_are_coded_as_a_careful_coder_does = NOTES.coding_test()
