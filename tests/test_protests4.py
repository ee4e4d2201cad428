"""Golden test of protest notes (tests/fixtures/protests4.tsv, task protests4): 120 short reports we wrote before
sitrep was run on any of them, from 50 countries (Kenya, Benin and Bangladesh left out), about two thirds in ACLED
coders' terse style and one third in wire-news style, on the lines between ACLED's demonstration sub-types: 27
peaceful protests, 32 protests with intervention, 24 of excessive force and 37 violent demonstrations. Each is coded
as a careful ACLED coder codes it: sub-event type, actor1 and actor2 under ACLED's names, and fatalities (admin1 is
left to the place fixtures). Ids 'p' (90) are the tune part; ids 'h' (30, every fourth note) were held out and run
once before and once after the rules.

The codebook rules the notes are coded by:
- Peaceful protest: a demonstration with no violence and no intervention (a march, a sit-in, a strike with a rally, a
  camp set up to demand something, an occupation, a road blocked by the crowd's vehicles or by the people standing or
  sitting on it); its only actor is Protesters (Country).
- Protest with intervention: police who disperse, arrest, tear-gas, pepper-spray, water-cannon, carry away or
  forcibly remove demonstrators who are not violent, without lethal force or serious injury (rubber bullets that hurt
  no one seriously included); arrests of people at their demonstration are the intervention, not Arrests. The
  protesters are actor1, the force actor2; counter-demonstrators who disrupt a peaceful march (as rioters) intervene
  in it.
- Excessive force against protesters: lethal force or serious injury (shot dead, killed by a bullet, beaten to death,
  run over, skulls fractured, left in a coma, hospitalised with broken bones) on demonstrators who are not violent;
  the force is actor1, the protesters actor2.
- Violent demonstration: the demonstrators' own violence or destruction (stones, bottles, flares, fireworks or petrol
  bombs thrown, buildings stormed or set on fire, vehicles burned, looting, barriers torn down, burning tyres or
  barricades), also when only 'some' in the crowd are violent, when a march that began peacefully turns violent, when
  two groups of demonstrators stone each other (rioters against rioters), and whatever force the police use against
  them: when demonstrators are violent, the police's force, deaths included, does not make it excessive force (the
  riot outranks it). The rioters are actor1, the force that faced them actor2 (none when no force is told).

First pass (sitrep at main cb7fa9d, before any rule, counted after the rewording and the key fix below): tune part
sub-event type 75/90, event type 81/90, actors 78/90, fatalities 85/90; held-out part 25/30, 29/30, 26/30, 29/30.
Misses then: protesters told only in a relative clause by their act ('removed climate activists who had occupied a
runway', 'detained supporters who had gathered peacefully outside a court', 'carried away students who were blocking a
bridge by sitting on it', 'a camp of teachers who had blocked the entrance') read as Arrests; 'dismantled a protest
camp' read as a disrupted weapon and a camp 'set up ... to protest' as a base established; villagers protesting who
were 'forcibly removed' read as a peaceful protest; a highway blocked 'by standing on the road with banners' read as
rioting (mob violence); farmers who 'gathered in front of the provincial hall in Surat Thani (Surat Thani) to call for'
a price read as no event; 'police fired on villagers holding a peaceful protest against a land acquisition ...,
killing two' read as an intervention (the killing taken as part of what the protest was about); and the misses left
below.

After the rules (tune): sub-event type 85/90, event type 89/90, actors 87/90, fatalities 86/90. Held out, run once
after the rules: 25/30, 29/30, 26/30, 29/30 (before → after unchanged); their misses are strict xfails below, with no
rule written for them.

The rules: a civilian crowd told in a relative clause by its blockade, occupation, camp or sit, and people who
gathered peacefully, are a demonstration (event_patterns' @protest_core), so what is done to them is an intervention
in it; a protest camp, or a camp or tents set up to protest or to demand, is a peaceful protest and no base; a protest
camp, sit-in, barricade or blockade dismantled is no disrupted weapon; 'forcibly removed' protesters need no 'away'; a
road blocked by the people standing, sitting, lying or linking arms on it is a peaceful blockade (@own_blocking, as
with their vehicles); a gathering's place may hold a bracketed district before its aim; and a cue that opens a
participle clause after a comma (', killing two') tells the main verb's result, not the protest's cause
(`classify.PARTICIPLE_CLAUSE_CUE`). None moved an ACLED corpus, CASE 2021 or everyday (measured on both halves).

Eight notes were reworded after the first pass where scripts/check_copied_text.py found a stock phrase of six words
they shared with the corpora (stock phrases of tear gas, a sit-in and a car on fire); the DRC notes'
police key was corrected to ACLED's 'Police Forces of the Democratic Republic of Congo' after the first pass.
"""

from __future__ import annotations

from pathlib import Path

from golden_notes import DEVELOPMENT_COUNTRIES, NOTE_COLUMNS, GoldenNotes

FIXTURE = Path(__file__).parent / "fixtures" / "protests4.tsv"
FIELDS = ("sub_event_type", "event_type", "actors", "fatalities")
"""The fields checked: the crowd's sub-type and its actors are what this batch is about; the dead are checked since
they decide between an intervention and excessive force. admin1 is left to the place fixtures."""

NOTES = GoldenNotes(FIXTURE, NOTE_COLUMNS, FIELDS)
ROWS = NOTES.rows
miss = NOTES.miss

miss("our coding disagrees with the project's convention (demonstrations.crowd_states_demand: a party's supporters "
     "who throw stones at or clash with the police, with no protest word or demand told, are mob violence); no tune "
     "note of the ACLED corpora showed the convention wrong, so it was left", "p005:sub_event_type",
     "p078:sub_event_type")
miss("drivers 'angered by the death of a colleague' who burned a police vehicle: the grievance is too far from the "
     "deed for CROWD_WITH_GRIEVANCE_DEED, so the riot is read as mob violence on civilians and the colleague's death "
     "is counted (as crowd_notes c077)", "p021:sub_event_type", "p021:actors", "p021:fatalities")
miss("a driver who 'died after a police armoured vehicle ran him over' during a peaceful protest: the vehicle is no "
     "lethal force cue, so the protest is read as peaceful and the death not counted",
     "p075:sub_event_type", "p075:actors", "p075:fatalities")
miss("'threw firecrackers at police' is left as no event: firecrackers are read as an accident's cause "
     "(relevance.causes)", "p086:sub_event_type", "p086:event_type", "p086:actors", "p086:fatalities")
miss("'KINSHASA, June 4 - Three people were killed when ...': after a dateline with a day, the toll is not read "
     "(it is without the dateline)", "p089:fatalities")

# Held out, run once after the rules; left as they failed.
miss("held out: a student 'fatally wounded by a police bullet' is not read as lethal force, nor counted dead",
     "h001:sub_event_type", "h001:actors", "h001:fatalities")
miss("held out: ruling party supporters who disrupted a peaceful march and tore up banners are read as partisans' mob "
     "violence against civilians, not an intervention", "h012:sub_event_type", "h012:event_type", "h012:actors")
miss("held out: 'tribesmen' holding a sit-in are read as an ethnic militia", "h013:actors")
miss("held out: soldiers who 'beat to death' a rider during a protest whose riders 'had not been violent' read as a "
     "peaceful protest", "h017:sub_event_type", "h017:actors")
miss("held out: transport workers who 'halted buses' in a strike read as an intervention (the 'halted' cue)",
     "h023:sub_event_type")
miss("held out: a protester who 'died after police beat him with batons' read as an intervention (batons), not "
     "excessive force", "h024:sub_event_type")


def test_the_notes_are_many_and_from_many_countries():
    assert len(ROWS) == 120
    countries = {row["country"] for row in ROWS.values()}
    assert len(countries) >= 30 and not countries & DEVELOPMENT_COUNTRIES
    assert sum(row["id"].startswith("h") for row in ROWS.values()) == 30
    NOTES.assert_rows_well_formed()


def test_every_known_miss_names_a_checked_field():
    assert not NOTES.unchecked_misses()


test_protest_notes_are_coded_as_a_coder_codes_them = NOTES.coding_test()
