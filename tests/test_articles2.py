"""Golden test of a second batch of whole news articles (tests/fixtures/articles2/), in styles the first batch
(tests/test_articles.py) lacks: a regional daily's long feature with a current incident inside, a wire roundup of
several incidents in one country, a government press release, a human-rights group's statement, a translated local radio
bulletin and a weekly security brief, 22 articles in 22 countries none of which the first batch has, written before
sitrep was run on any of them (fictional events in real places). Five are told in the words of war: four non-conflict
news (an election race, a court trial of a past bombing, floods, a football match) and a workers' strike, which is
itself a peaceful protest event. The matching rule is the first batch's: an expected event is found when a current event
sitrep produces has its sub-event type and lies in its admin1 or within 50 km of its location; a produced event no
expected event takes is a duplicate when it has the sub-type of one of the article's expected events, else spurious.
Misses are strict xfails with their reason.

First pass (23 expected events, 22 articles, 57 current events produced): event precision 16/57 = 28.1 %, recall 16/23 =
69.6 %; of the 16 found, actors 4, fatalities 12, admin1 15 and date 15 right; 10 duplicates (the incident coded again
at a namesake abroad: Ruma in Serbia, Souq al-Juma in Yemen; at the dateline's country when the place is missing from
the gazetteer: Nasir, Point Triple, Kpinkankandi; and each side of a clash told as its own clash) and 31 spurious
events, 8 of them in all five articles told in the words of war (a debate's 'fired shot after shot', a court's account
of a past bombing, flood-'destroyed' roads, a football report's 'Stade' read as the German town, an industry 'under
attack'), the rest arrests, curfews, truces and reactions told beside the incident. After the first pass the coder's
sub-type of the Huehuetenango ambush was widened to Armed clash as well: the codebook codes a non-state group's ambush
of an armed patrol as a battle, even one the patrol could not answer (with it, the first pass finds 17).

After this round's rules (a lead that names only the country yields to the finer place the report tells next; the two
sides of one clash named in either order are one event; a helicopter that carries the wounded is no air strike; a
scoreline's 'destroyed' and play 'in midfield' are sport; an election's battle for city hall, its televised debate and a
rival 'attacked over his record' are words; 'the attack was part of a war between gangs' and 'the ambush was a revenge
for ...' comment on the event told; a town abroad of under 50,000 that nothing else points to is a stray; 'two members
of an armed group' are two dead, not one): precision 19/51 = 37.3 %, recall 19/23 = 82.6 %; of the 19 found, actors 5,
fatalities 15, admin1 18, date 18 right; 8 duplicates and 24 spurious events (5 in four of the five articles told in the
words of war).

After the third batch's round (tests/test_articles3.py: detentions, seizures, curfews and security tightened after
violence the report told are its inquiry and answer; a ban on carrying arms; a speaker's "heinous crime"; unions
'fighting for a wage', an industry 'under attack from cheaper producers', a rival attacked 'over his record'):
precision 19/43 = 44.2 %, recall unchanged; 8 duplicates and 16 spurious events (4 in four of the five articles told in
the words of war).

The fifth batch's round (tests/test_articles5.py: a paragraph that opens on a town, a roundup's 'N'DJAMENA:', moves
the story there, `extract._inherit_places`) places the students' march in N'Djamena: found, with its actors,
fatalities, admin1 and date, and the roundup has nothing extra.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden_articles import GoldenArticles, module_tests
from reported import reported
from sitrep.schema import Event

FIXTURE = Path(__file__).parent / "fixtures" / "articles2"
BATCH = GoldenArticles(FIXTURE)
FIRST_BATCH_COUNTRIES = {"Nigeria", "Somalia", "Mali", "Burkina Faso", "Democratic Republic of Congo", "Sudan",
                         "Ethiopia", "Kenya", "Cameroon", "Mozambique", "Colombia", "Mexico", "Myanmar", "Pakistan",
                         "Lebanon", "Ukraine", "Philippines", "India", "Egypt", "Chile", "Uganda", "Tanzania"}


# --- known misses -----------------------------------------------------------------------------------------------------

BATCH.miss("not found: Nasir is missing from the gazetteer; the killings are coded as territory regained and the "
           "March fighting as an attack in Addis Ababa",
           "04:found.0")
BATCH.miss("not found: a kidnapping told in a subordinate clause ('after the kidnapping of a trader on Sunday') is "
           "coded as a clash in Damascus",
           "07:found.1")
BATCH.miss("not found: gunfire between the two factions that killed a trader in the crossfire is coded as an attack on "
           "civilians", "22:found.0")
BATCH.miss("the event is not found (see its found case)",
           *(f"{case}:{field}.{index}" for case, index in (("04", 0), ("07", 1), ("22", 0)) for field in
           ("actors", "fatalities", "admin1", "event_date")))
BATCH.miss("actors: the group is named only in a later sentence or a claim (3R, IS, KNF/UPDF, Radaa and 444 Brigade, "
           "JNIM, AQAP, the Druze and Bedouin fighters), or its name differs from ACLED's (Boko Haram's spelling, "
           "communal militias)",
           "02:actors.0", "02:actors.1", "03:actors.0", "06:actors.2", "07:actors.0", "08:actors.0", "10:actors.0",
           "13:actors.0")
BATCH.miss("actors: the police officer killed in the gang's raid makes the police the target, not the residents",
           "05:actors.0")
BATCH.miss("actors: the brief's Taiz clash is coded from its sniper-fire line, with no named sides", "06:actors.1")
BATCH.miss("actors: the grenade is laid to the Taliban, whose police spokesman tells it", "09:actors.0")
BATCH.miss("actors: the name of the remnants differs from ACLED's (Shining Path)", "12:actors.0")
BATCH.miss("actors: the government that condemned the attack is taken for its doer", "21:actors.0")
BATCH.miss("fatalities: the press release's 'twelve assailants were neutralised' is not counted as killed",
           "03:fatalities.0")
BATCH.miss("fatalities: the wounded (11) are counted as dead",
           "09:fatalities.0")
BATCH.miss("fatalities and date: the Taiz clash is dated by the brief and coded from its sniper-fire line",
           "06:fatalities.1", "06:event_date.1")
BATCH.miss("admin1: the village of Union Mantaro in Llochegua (Ayacucho) is taken for a Mantaro in Cusco",
           "12:admin1.0")
BATCH.miss("extra: territory regained, a peace agreement of 2018, the army's words and the March fighting are coded",
           "04:extra")
BATCH.miss("extra: the Taiz clash is coded twice and AQAP's claim of the bombing as an attack of the claim's day; "
           "protests announced for next week are coded",
           "06:extra")
BATCH.miss("extra: the kidnapping is coded as a clash in Damascus and the deployment between the sides as a change of"
           " activity",
           "07:extra")
BATCH.miss("extra: the air strikes 'last month' are coded",
           "08:extra")
BATCH.miss("extra: Ruma is missing from the gazetteer and the clash is coded again at Ruma in Serbia", "10:extra")
BATCH.miss("extra: the raids and arrests of the next day are coded (a raid reads as an attack)", "11:extra")
BATCH.miss("extra: the commander's detention that began the fighting, the truce, and the clash again at a Yemeni "
           "namesake of Souq al-Juma", "13:extra")
BATCH.miss("non-conflict: buses carrying workers that blocked roads make a riot", "15:extra")
BATCH.miss("non-conflict: the court's account of the 2019 bombing and the relatives' grief make mob violence",
           "17:extra")
BATCH.miss("non-conflict: roads and bridges 'destroyed' by floods are coded as property destruction", "18:extra")
BATCH.miss("extra: 'the ambush was a revenge for the seizure ... last month' codes the seizure as a clash", "20:extra")
BATCH.miss("extra: the gunfire is coded as an attack (see 22:found.0)", "22:extra")


# --- the tests --------------------------------------------------------------------------------------------------------

globals().update(module_tests(BATCH))


def test_the_articles_are_well_formed_broad_and_new():
    assert len(BATCH.articles) >= 20
    assert len({item["country"] for item in BATCH.expected} - FIRST_BATCH_COUNTRIES) >= 15
    assert sum(not item["events"] or "non-conflict vocabulary" in item["kinds"] for item in BATCH.expected) >= 4
    BATCH.assert_well_formed(250, 500)


# --- rules this round added, tried on sentences of other places and wording -------------------------------------------


def _current(text: str, published: str) -> list[Event]:
    """The current events sitrep codes from a text of ours."""
    return reported(text, None, published)


def test_a_lead_that_names_only_the_country_yields_to_the_finer_place_told_next():
    text = ("Rebels attacked an army base in eastern Chad on Monday, killing five soldiers, a military source said.\n\n"
            "The raid happened close to Adre, in the Ouaddai province, the source said.")
    events = _current(text, "2025-04-08")
    assert [e.admin1 for e in events] == ["Ouaddai"]


def test_the_two_sides_of_one_clash_named_in_either_order_are_one_event():
    text = ("Soldiers clashed with FARC dissidents near Tame in Arauca on Saturday, the army said.\n\n"
            "The dissidents clashed with the soldiers for three hours before withdrawing towards the border.")
    assert [e.sub_event_type for e in _current(text, "2025-05-12")] == ["Armed clash"]


def test_a_helicopter_that_carries_the_wounded_is_no_air_strike():
    text = ("Gunmen ambushed a police patrol near Zinder on Sunday, killing two officers, police said.\n\n"
            "Three wounded officers were flown by helicopter to the main hospital in Niamey.")
    assert "Air/drone strike" not in [e.sub_event_type for e in _current(text, "2025-06-03")]


@pytest.mark.parametrize("text", [
    "Asante Kotoko destroyed Hearts of Oak 3-0 in Kumasi on Sunday.",
    "The visitors were massacred in midfield and conceded twice before half-time at the stadium in Lusaka.",
    "Two rivals fired shot after shot at each other in Monday's televised debate in Nairobi.",
    "The opposition leader attacked the prime minister over his handling of the economy in a speech in Dhaka.",
    "The battle for Lima's city hall has become a race between two former ministers.",
])
def test_figures_of_speech_of_sport_and_elections_are_no_events(text):
    assert not _current(text, "2025-06-03")


def test_an_election_sentence_that_names_harm_still_tells_an_event():
    text = "Supporters of two candidates clashed with machetes after a televised debate in Kisumu on Monday."
    assert _current(text, "2025-06-03")


@pytest.mark.parametrize("text", [
    "Police believe the attack was part of a feud between two clans over grazing land.",
    "The ambush was a reprisal for the killing of a gang leader last month, police said.",
])
def test_a_sentence_that_places_the_event_in_a_wider_story_tells_no_new_event(text):
    lead = "Gunmen shot dead four men at a bar in Tegucigalpa on Saturday night, police said.\n\n"
    assert len(_current(lead + text, "2025-06-03")) == 1


@pytest.mark.parametrize(("text", "toll"), [
    ("Two members of an armed group were killed in a gunfight near Ukhia on Wednesday.", 2),
    ("Four fighters of a local militia died when their camp near Beni was shelled.", 4),
])
def test_the_article_of_the_group_the_dead_belong_to_counts_no_one(text, toll):
    from sitrep.casualties import find_casualties

    assert [m.low for m in find_casualties(text) if m.kind == "killed"] == [toll]
