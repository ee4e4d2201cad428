"""Golden test of our own reports on the line between Violent demonstration, Protest with intervention and Peaceful
protest (tests/fixtures/riot_lines.tsv): each report is coded end to end with its published date and country, and the
sub-event type and actors of its main event are checked against what a careful ACLED coder gives. The codebook rule
drawn: a demonstration is violent when the demonstrators themselves use violence or destroy property (stones, petrol
bombs, arson, looting, vandalism, burning barricades, attacks on police, storming buildings, forcing shops shut), and
it stays so (Rioters against the force) when the police intervene too; calm demonstrators whom the authorities disperse
or arrest are a protest with intervention; with no violence from anyone it is a peaceful protest.
Fields sitrep gets wrong today are strict xfails (`_miss`), each with its reason.

First pass (all 125 reports written before sitrep was run on any of them, sitrep at main 191684c): sub-event
type 112/125 (89.6%), actors 110/121 (90.9%). Violent demonstrations were missed 9 times in 69 (to Mob violence 3,
Looting/property destruction 2, Peaceful protest 2, Armed clash 1, no event 1), protests with intervention 3 times
in 31 (Arrests 1, no event 2), peaceful protests once in 25 (no event). Fourteen reports were reworded afterwards,
keeping their meaning and coding, where a six-word run of common words also stood in a corpus
(scripts/check_copied_text.py). After this round's rules (branch riots2): sub-event type 121/125 (96.8%), actors
117/121 (96.7%); the misses left are partisans storming or burning buildings with no protest word (three), a crowd of
'feminist groups' read as an armed group, and police named only as the report's source taken as actor 2 (fixed
since by roles.sentence._only_the_source, which leaves such police out only where no intervention is told).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden_notes import NOTE_COLUMNS, GoldenNotes
from reported import surest_reported
from sitrep import demonstrations
from sitrep.taxonomy import ALL_SUB_EVENT_TYPES

FIELDS = ("sub_event_type", "actors")
KINDS = ("Violent demonstration", "Protest with intervention", "Peaceful protest")



NOTES = GoldenNotes(Path(__file__).parent / "fixtures" / "riot_lines.tsv", NOTE_COLUMNS, FIELDS)
ROWS = NOTES.rows
_miss = NOTES.miss


# --- known misses, by kind --------------------------------------------------------------------------------------------

_miss("a party's or a politician's supporters storming or burning buildings with no protest word are read as mob "
      "violence or property destruction; the codebook's line there (a riot of partisans) needs more than the deed",
      "br1:sub_event_type", "br1:actors", "w16:sub_event_type", "w44:sub_event_type", "w44:actors")
_miss("'feminist groups' who attack police with hammers are read as an armed group in a clash; no protest word is told",
      "mx1:sub_event_type", "mx1:actors")


def test_the_reports_are_well_formed_and_span_the_three_kinds():
    assert len(ROWS) >= 100
    assert len({row["country"] for row in ROWS.values()}) >= 30
    assert sum(row["country"] == "KE" for row in ROWS.values()) <= 5
    assert {row["sub_event_type"] for row in ROWS.values()} <= set(KINDS) <= set(ALL_SUB_EVENT_TYPES)
    for kind in KINDS:
        assert sum(row["sub_event_type"] == kind for row in ROWS.values()) >= 20, kind


def test_every_known_miss_names_a_checked_field():
    assert not NOTES.unchecked_misses()


test_riot_lines_are_coded_as_a_careful_coder_does = NOTES.coding_test()


# --- rules this round added, tried on sentences of other places and wording -------------------------------------------


def _main(text: str, country: str, published: str = "2023-05-06"):
    """The main current event sitrep codes from `text`."""
    return surest_reported(text, country, published)


@pytest.mark.parametrize(("country", "text"), [
    ("PE", "On 4 May 2023, traders demanding the reopening of a market in Puno (Puno) ransacked the regional office."),
    ("NG", "On 4 May 2023, workers demanding unpaid salaries in Ilorin (Kwara) stormed the state secretariat."),
    ("UG", "On 4 May 2023, villagers protesting a land grab in Mubende (Mubende) torched a tractor."),
    ("TZ", "On 4 May 2023, fishermen opposed to a new fishing ban in Bukoba (Kagera) uprooted the fence of the fisheries "
           "office and lit bonfires on the road."),
])
def test_a_crowd_told_with_its_grievance_then_its_deed_riots(country, text):
    event = _main(text, country)
    assert (event.sub_event_type, event.actor1.split(" (")[0]) == ("Violent demonstration", "Rioters"), text


@pytest.mark.parametrize("text", [
    "residents protesting the loss of homes destroyed by floods marched to the district assembly",
    "traders demanding justice for a colleague stoned by a crowd marched to the police station",
    "students protesting the fees marched, burning an effigy of the minister",
])
def test_a_grievance_that_ends_in_a_passive_deed_is_no_deed_of_the_crowd(text):
    assert not demonstrations.CROWD_TURNED_VIOLENT.search(text), text
    assert not demonstrations.PROTESTED_DOING_HARM.search(text), text


@pytest.mark.parametrize(("country", "text"), [
    ("ZM", "On 4 May 2023, supporters of a jailed councillor set fire to tyres and stoned cars in Chipata (Eastern)."),
    ("MW", "On 4 May 2023, supporters of a sacked chief set tyres ablaze and pelted cars with stones in Dedza (Central)."),
])
def test_tyres_set_on_fire_make_a_crowd_demonstrate(country, text):
    assert _main(text, country).sub_event_type == "Violent demonstration", text


@pytest.mark.parametrize(("country", "text", "kind"), [
    ("IN", "On 4 May 2023, farm labourers staged a dharna outside the tehsil office in Sangrur (Punjab) over wages.",
     "Peaceful protest"),
    ("BD", "On 4 May 2023, teachers holding placards stood outside the education office in Rajshahi (Rajshahi) "
           "demanding nationalisation.", "Peaceful protest"),
    ("ZW", "On 4 May 2023, police arrested six nurses who were holding placards outside a hospital in Gweru (Midlands).",
     "Protest with intervention"),
    ("BD", "On 4 May 2023, police used teargas and rubber bullets on students demanding a new exam date in Sylhet "
           "(Sylhet).", "Protest with intervention"),
    ("ID", "On 4 May 2023, police used water cannon and teargas on Thursday at workers chanting outside a factory "
           "in Bekasi (West Java).", "Protest with intervention"),
])
def test_sit_ins_placards_and_crowd_control_at_people_gathered(country, text, kind):
    assert _main(text, country).sub_event_type == kind, text


@pytest.mark.parametrize(("country", "text"), [
    ("GH", "On 4 May 2023, traders in Techiman (Bono East) protested a new toll and forced shopkeepers to close."),
    ("UG", "On 4 May 2023, protesters attempted to storm the municipal offices in Hoima (Hoima) but were pushed back."),
    ("MW", "On 4 May 2023, residents of Phalombe (Southern) protested the death of a suspect in custody by burning "
           "the police unit."),
    ("ZM", "On 4 May 2023, villagers in Mumbwa (Central) protested an eviction by demolishing the investor's gate."),
    ("GH", "On 4 May 2023, youths in Yendi (Northern) protested the arrest of a colleague by blocking the main road "
           "with tree trunks; police fired teargas and warning shots."),
    ("UG", "Road leading to the new district hospital at Kisoro barricaded. Riot police later cleared the youths away."),
])
def test_demonstrators_own_coercion_or_destruction_is_a_violent_demonstration(country, text):
    assert _main(text, country).sub_event_type == "Violent demonstration", text


def test_a_force_named_in_what_is_protested_is_no_side():
    text = ("On 4 May 2023, young men protesting the new army recruitment rules torched a bus in Gaya (Bihar).")
    event = _main(text, "IN")
    assert (event.sub_event_type, event.actor2) == ("Violent demonstration", None)


@pytest.mark.parametrize(("country", "text"), [
    ("MW", "On 4 May 2023, opposition supporters in Lilongwe (Lilongwe) burned an effigy of the president during a "
           "march."),
    ("ZW", "On 4 May 2023, students in Masvingo (Masvingo) protested and burnt copies of the new fees policy."),
])
def test_a_crowd_burning_an_effigy_or_a_copy_protests_peacefully(country, text):
    assert _main(text, country).sub_event_type == "Peaceful protest", text


@pytest.mark.parametrize(("country", "text"), [
    ("TZ", "On 4 May 2023, the march by traders in Moshi (Kilimanjaro) was marred by violence; police dispersed them."),
    ("GH", "On 4 May 2023, several shops were looted during a protest by youths in Tamale (Northern)."),
    ("NG", "On 4 May 2023, protesters in Lokoja (Kogi) chased away officials of the electoral commission."),
])
def test_violence_told_of_the_protest_itself_is_a_violent_demonstration(country, text):
    assert _main(text, country).sub_event_type == "Violent demonstration", text
