"""Golden test of our own terse notes on the Attack / Mob violence / Armed clash / demonstration boundaries
(tests/fixtures/terse_reports3.tsv): each note is coded end to end with its published date and country, and the
sub-event type, event type and actors of its main event are checked against what a careful ACLED coder gives.
Fields sitrep gets wrong today are strict xfails (`_miss`), each with its reason.

First pass (all 121 notes written before sitrep was run on any of them, sitrep at main 7272ab4): sub-event type
113/121 (93.4%), event type 115/121 (95.0%), actors 93/104 (89.4%). Sub-type misses: four security measures
(a curfew-like state of emergency, a ban on rallies, a disarmament campaign, an internet shutdown) coded as no event,
a seized arms cache coded Disrupted weapons use, a protest calling for activists in custody to be freed taken
for a protest with intervention, ruling party supporters assaulting an opposition agent taken for a mob, and Maoists
killing a villager "accused of being a police informer" taken for a clash with the police. Three actor misses were
our spelling (Karimojong; ACLED and sitrep write Karamojong), corrected after the first pass; the internet shutdown
and the arms cache were dropped, the codebook not settling between Change to group/activity, Other and Disrupted
weapons use. Ten notes were reworded afterwards, keeping their meaning and coding, where a six-word run of common
words also stood in a corpus (scripts/check_copied_text.py). After this round's rules (branch terse3): sub-event type
116/119, event type 116/119, actors 98/102.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from golden_notes import GoldenNotes
from sitrep.taxonomy import ALL_SUB_EVENT_TYPES
from reported import first_reported

COLUMNS = ("id", "country", "published", "event_date", "sub_event_type", "actor1", "actor2", "fatalities", "location",
           "admin1", "note")
FIELDS = ("sub_event_type", "event_type", "actors")



NOTES = GoldenNotes(Path(__file__).parent / "fixtures" / "terse_reports3.tsv", COLUMNS, FIELDS)
ROWS = NOTES.rows
_miss = NOTES.miss


# --- known misses, by kind --------------------------------------------------------------------------------------------

_miss("a state of emergency or a ban on rallies declared is a security measure (Change to group/activity); no cue "
      "for either yet, as such declarations over floods or epidemics are no conflict event",
      "tz11:sub_event_type", "tz11:event_type", "tz11:actors", "et11:sub_event_type", "et11:event_type",
      "et11:actors")
_miss("supporters of a party the text does not name ('ruling party supporters') assaulting an opposition agent are "
      "taken for a mob: PARTISANS_ON_RIVAL needs the party's name", "zw1:sub_event_type", "zw1:event_type")
_miss("police whose station a demonstration stoned are not taken as the side it faced (a building is no actor)",
      "tz8:actors")


def test_the_notes_are_well_formed_and_span_the_boundaries():
    assert len(ROWS) >= 100
    assert "KE" not in {row["country"] for row in ROWS.values()}
    assert {row["sub_event_type"] for row in ROWS.values()} <= set(ALL_SUB_EVENT_TYPES)
    for kind in ("Attack", "Mob violence", "Armed clash", "Violent demonstration"):
        assert sum(row["sub_event_type"] == kind for row in ROWS.values()) >= 15, kind
    for row in ROWS.values():
        dt.date.fromisoformat(row["published"])
        assert row["event_date"] == "?" or row["event_date"] <= row["published"], row["id"]


def test_every_known_miss_names_a_checked_field():
    assert not NOTES.unchecked_misses()


test_terse_notes_are_coded_as_a_careful_coder_does = NOTES.coding_test()


# --- rules this round added, tried on sentences of other places and wording -------------------------------------------


def _main(text: str, country: str, published: str = "2023-05-06"):
    return first_reported(text, country, published)


@pytest.mark.parametrize(("country", "text"), [
    ("IN", "On 4 May 2023, suspected Maoists killed a village head accused of being a police informer in Bijapur "
           "(Chhattisgarh)."),
    ("NG", "On 4 May 2023, bandits shot dead two farmers they branded army informants in Tsafe (Zamfara)."),
    ("SO", "On 4 May 2023, Al Shabaab militants executed a man accused of being a government spy in Baardheere "
           "(Gedo)."),
    ("ML", "On 4 May 2023, jihadists killed three herders said to be army collaborators near Douentza (Mopti)."),
    ("SO", "On 4 May 2023, Al Shabaab militants shot dead an elder in Baardheere (Gedo) for his ties to the regional "
           "administration and the army."),
    ("NG", "On 4 May 2023, Boko Haram fighters beheaded two farmers in Bama (Borno), accusing them of spying for the "
           "vigilantes and the army."),
])
def test_a_force_named_as_the_victims_alleged_partner_is_no_side(country, text):
    event = _main(text, country)
    assert event.sub_event_type == "Attack", text
    assert event.actor2.startswith("Civilians"), text


@pytest.mark.parametrize(("country", "text"), [
    ("ET", "On 4 May 2023, residents of Hawassa (Sidama) held a demonstration calling for the release of jailed "
           "activists."),
    ("GH", "On 4 May 2023, traders in Kumasi (Ashanti) marched, calling for the release of colleagues arrested last "
           "week."),
    ("MW", "On 4 May 2023, villagers in Chikwawa (Southern) demonstrated to call for the arrest of a chief accused of "
           "selling land."),
])
def test_a_detention_a_protest_calls_to_end_is_its_cause(country, text):
    assert _main(text, country).sub_event_type == "Peaceful protest", text


def test_protesters_calling_for_a_release_and_dispersed_are_intervened_upon():
    text = ("On 4 May 2023, students held a protest in Kitwe (Copperbelt) calling for the release of their detained "
            "leaders; police dispersed them with tear gas.")
    assert _main(text, "ZM").sub_event_type == "Protest with intervention"


def test_a_disarmament_campaign_is_a_change_to_group_activity():
    text = ("On 4 May 2023, the army began a forceful disarmament campaign in Tonj (Warrap), collecting guns from "
            "herders.")
    event = _main(text, "SS")
    assert (event.sub_event_type, event.actor1) == ("Change to group/activity", "Military Forces of South Sudan")


@pytest.mark.parametrize(("country", "text"), [
    ("TZ", "Road leading to the market in Moshi (Kilimanjaro) barricaded. Riot police scattered the youths."),
    ("UG", "The road to the bus park in Mbarara (Mbarara) was barricaded by traders angry over new levies."),
])
def test_a_road_barricaded_with_its_district_in_brackets_is_a_violent_demonstration(country, text):
    assert _main(text, country).sub_event_type == "Violent demonstration", text


@pytest.mark.parametrize(("country", "text", "militia"), [
    ("UG", "On 4 May 2023, Turkana raiders shot dead two herders near Kaabong (Kaabong).",
     "Turkana Ethnic Militia (Kenya)"),
    ("ET", "On 4 May 2023, Turkana raiders shot dead two fishermen near Omorate (South Omo).",
     "Turkana Ethnic Militia (Kenya)"),
    ("SS", "On 4 May 2023, Samburu herders and Turkana raiders clashed over cattle near Kapoeta (Eastern Equatoria).",
     "Turkana Ethnic Militia (Kenya)"),
])
def test_a_people_of_one_country_is_named_after_it_wherever_it_raids(country, text, militia):
    event = _main(text, country)
    assert militia in (event.actor1, event.actor2), text
