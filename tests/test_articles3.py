"""Golden test of a third batch of whole news articles (tests/fixtures/articles3/), in 20 countries batches 1 and 2
(tests/test_articles.py, tests/test_articles2.py) do not cover and in styles neither has: a wire update that revises
an earlier story (toll raised, attacker named later), a local TV station's web copy, a UN agency's situation report, a
long analysis piece with one current incident in its middle, a police statement quoted at length, stories that tell two
incidents on two days, and a live blog with time stamps, newest entry first. Four are non-conflict news told in the
words of war (a cholera outbreak, landslides, a cocaine seizure, a budget vote) and have no event. Written before sitrep
was run on any of them (fictional events in real places); the matching rule is the first batch's (see
tests/golden_articles.py). Misses are strict xfails with their reason.

First pass (21 expected events, 20 articles, 41 current events produced): event precision 15/41 = 36.6 %, recall
15/21 = 71.4 %; of the 15 found, actors 8, fatalities 9, admin1 13 and date 13 right; 6 duplicates (the incident
coded again at the dateline's city or a country named beside it: Tehran, Bishkek, Mali, Burkina Faso, Syria; and the
dahalo gang's answer to the gendarmes' pursuit told as its own clash) and 20 spurious events: arrests and seizures
told after the incident (Rask, Jenin, Dili, Enga), a withdrawal read as territory handed over, reinforcements across
the border, a dead man's wounds retold as mob violence, the incident coded under the wrong sub-type beside the right
one's miss (a clash for the San Pedro Sula and Mthatha shootings, mob violence for the Vorukh account of the Batken
shooting), background told in the past (Zahedan 2022, a protest 'last month', a UN report's 'armed men had taken
livestock'), and 6 in three of the four articles told in the words of war (cholera 'has killed', a seizure's 'won an
important battle', 'a murder rate', a vote 'killing' cuts, 'battles between Milei and Congress', 'attacked
lawmakers'). Missed: the Jenin gunfight (mob violence), the San Pedro Sula and Mthatha shootings (clashes), the
Batken clash (at Bishkek), the dahalo raid, and the Kafolo clash (placed in Burkina Faso).

After this round's rules (sitrep/relevance.py: detentions and seizures after violence the report has told are its
inquiry, and troops sent, security tightened, convoys suspended or a curfew extended its answer, unless the people held
carry weight or bombs are found; 'whether anyone had been arrested' tells no arrest; forces that leave when their raid
ends hand over no ground; a speaker's quoted name for a thing ('a vote allies called "a massacre"') and a description
of the victims told ('the two officers killed were aged 22') tell no act; a murder rate, a name called, battles with a
legislature, an ambush that is a vote, a team 'executed', markets 'hit by a massacre', unions 'fighting for a wage' are
figures; sitrep/dates.py: a weekday in a name, '"Bloody Friday"', is no day of this week): precision 15/30 = 50.0 %,
recall 15/21 = 71.4 % (found, actors, fatalities, admin1 and dates unchanged); 6 duplicates and 9 spurious events
(2 in the four non-conflict articles). The first and second batches, before -> after (with 'marched behind the
coffins' read as a funeral, as 'behind the coffin' was): precision 53.7 -> 66.7 % and 37.3 -> 44.2 %, recall unchanged,
spurious 14 -> 6 and 24 -> 16, duplicates unchanged.
Later (branch releases): 'four assailants were neutralised', now an armed clash's cue (armed men neutralised in the
full passive), joins the Kafolo sentence to the fight, and JNIM is the attackers' side as the coder names it (14's
actors).
Later (branch tolls2): the four assailants are added to the three soldiers, as the dead of the attacking side
counted by its own noun are (`casualties._doer`; 14's fatalities).
Later (stop 44, tests/test_death_idioms.py: the dead of a verb of dying are acted on), article 02's gunfight is
found, with its admin1 and date.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden_articles import GoldenArticles, module_tests
from reported import reported
from sitrep.api import extract_text

FIXTURE = Path(__file__).parent / "fixtures" / "articles3"
BATCH = GoldenArticles(FIXTURE)
EARLIER_BATCHES = tuple(GoldenArticles(Path(__file__).parent / "fixtures" / name) for name in ("articles", "articles2"))


# --- known misses -----------------------------------------------------------------------------------------------------

BATCH.miss("not found: the lead's 'police blamed the gang for the killing of five' is coded as a clash on the day the "
           "police spoke, and the statement's quoted account yields no attack", "04:found.0")
BATCH.miss("not found: police 'hunting for gunmen who opened fire' at the rank are taken for a side: a clash",
           "07:found.0")
BATCH.miss("not found: the dahalo raid and the next day's gunfight with the gendarmes are coded as one clash",
           "13:found.0")
BATCH.miss("actors: ACLED names the Kyrgyz border guards as a unit of the military (Border Service); sitrep names "
           "the military only", "10:actors.0")
BATCH.miss("the event is not found (see its found case)",
           *(f"{case}:{field}.0" for case in ("04", "07", "13")
             for field in ("actors", "fatalities", "admin1", "event_date")))
BATCH.miss("the gunfight is found, but its sides and its toll are not read from the live blog's entries",
           "02:actors.0", "02:fatalities.0")
BATCH.miss("actors: the group is named only in a later paragraph's claim (Jaish al-Adl), or its name differs from "
           "ACLED's (the Tenth Front as FARC, clans and the dahalo as ethnic militias, martial arts groups as rioters)",
           "01:actors.0", "05:actors.0", "08:actors.0", "13:actors.1", "15:actors.0")
BATCH.miss("actors: the drone strike takes the gunfight's sides (the Jenin Brigade as its doer)", "02:actors.1")
BATCH.miss("actors: the drone's unknown doer is missing; the soldiers at the post are taken for its doer and "
           "civilians for its target", "05:actors.1")
BATCH.miss("fatalities: the update's toll 'risen to nine' is not taken; only the two attackers are counted",
           "01:fatalities.0")
BATCH.miss("fatalities: the strike's toll is told in a later entry ('two young men were killed by the drone strike') "
           "and only one is counted", "02:fatalities.1")
BATCH.miss("fatalities: the toll of three soldiers and two guerrillas counts two", "05:fatalities.0")
BATCH.miss("fatalities: the two dead are told in the next sentence ('died of gunshot wounds at the hospital')",
           "12:fatalities.0")
BATCH.miss("fatalities and date: the gunfight takes the raid's four dead and day (see 13:found.0)",
           "13:fatalities.1", "13:event_date.1")
BATCH.miss("date: the background's 'early this year' dates the drone strike it joins", "02:event_date.1")
BATCH.miss("extra: the attack is coded again at the dateline's Tehran", "01:extra")
BATCH.miss("extra: the raid's detentions and the died-of-wounds entry (mob violence) are coded", "02:extra")
BATCH.miss("extra: the refugees' account of livestock taken is coded as 'Other'", "03:extra")
BATCH.miss("extra: the lead's clash (see 04:found.0)", "04:extra")
BATCH.miss("extra: the protest 'last month' outside the embassy is coded, placed at a 'Justice' in Illinois",
           "06:extra")
BATCH.miss("extra: the clash (see 07:found.0)", "07:extra")
BATCH.miss("extra: 'the bandits opened fire and the gendarmes responded' is coded as a second clash", "13:extra")
BATCH.miss("non-conflict: a quote in a cholera report ('This enemy has already killed too many of our people') is "
           "taken for mob violence", "17:extra")
BATCH.miss("non-conflict: a minister's 'today we won an important battle' over a drug seizure is taken for a clash",
           "19:extra")

# --- the tests --------------------------------------------------------------------------------------------------------

globals().update(module_tests(BATCH))


def test_the_articles_are_well_formed_broad_and_new():
    earlier = {item["country"] for batch in EARLIER_BATCHES for item in batch.expected}
    assert len(BATCH.articles) == 20
    assert len({item["country"] for item in BATCH.expected} - earlier) == 20
    assert sum(not item["events"] for item in BATCH.expected) == 4
    BATCH.assert_well_formed(280, 400)


# --- rules this round added, tried on sentences of other places and wording -------------------------------------------


def _types(text: str, published: str = "2025-06-03") -> list[str]:
    """The sub-types of the current events sitrep codes from a text of ours."""
    return [e.sub_event_type for e in reported(text, None, published)]


ATTACK_LEAD = "Gunmen shot dead six villagers in Kajuru in Kaduna state on Sunday night, police said.\n\n"


@pytest.mark.parametrize("text", [
    "Police arrested three suspects on Tuesday and seized two pistols.",
    "Officers detained 14 people in raids the next morning and recovered machetes and a rifle.",
    "Police seized two rifles and ammunition on Monday.",
])
def test_detentions_and_seizures_after_told_violence_are_its_inquiry(text):
    assert _types(ATTACK_LEAD + text) == ["Attack"]


@pytest.mark.parametrize(("text", "kept"), [
    ("Police arrested the local opposition chairman on Tuesday over the killings.", "Arrests"),
    ("Soldiers defused a second bomb found near the market on Monday.", "Disrupted weapons use"),
])
def test_detentions_of_weight_and_bombs_defused_after_violence_stay_events(text, kept):
    assert kept in _types(ATTACK_LEAD + text)


def test_an_arrest_told_alone_is_still_an_event():
    assert _types("Police arrested opposition leader Juma Mrisho at his home in Arusha on Tuesday.") == ["Arrests"]


@pytest.mark.parametrize("text", [
    "The army said it had sent more troops to the district.",
    "Security was tightened around churches in the state on Monday.",
])
def test_the_security_answer_to_told_violence_is_no_change_of_activity(text):
    assert _types(ATTACK_LEAD + text) == ["Attack"]


@pytest.mark.parametrize("text", [
    "The police did not say whether anyone had been arrested.",
    "It was not clear whether any suspects had been detained.",
])
def test_a_question_whether_anyone_was_arrested_tells_no_arrest(text):
    assert "Arrests" not in _types(ATTACK_LEAD + text)


def test_forces_that_leave_when_their_raid_ends_hand_over_no_ground():
    text = ("Soldiers raided the Kibera slum in Nairobi on Tuesday, exchanging fire with gang members for hours.\n\n"
            "The soldiers pulled out of Kibera after an operation that lasted most of the day, residents said.")
    assert "Non-violent transfer of territory" not in _types(text)


@pytest.mark.parametrize("text", [
    "Kenya's homicide rate has risen for the third year in a row, a report said on Monday in Nairobi.",
    "The governor attacked the county assembly as \"a den of thieves\" in a speech in Nakuru on Monday.",
    "The ruling came after months of battles between the prime minister and parliament in Kathmandu.",
    "The coalition was ambushed in Lima on Tuesday when its own allies voted against the pension bill.",
    "Opposition lawmakers in Accra killed the tax bill in what the finance minister called \"a massacre\".",
])
def test_figures_of_politics_and_statistics_are_no_events(text):
    assert not _types(text)


def test_a_killing_the_speaker_names_a_massacre_is_still_an_event():
    assert "Attack" in _types("Gunmen killed 30 villagers near Bunia on Sunday in what the UN called \"a massacre\".")


def test_a_weekday_in_the_name_of_a_remembered_day_is_no_day_of_this_week():
    text = ("In September 2022, security forces killed dozens of protesters in Zahedan in what activists called "
            "\"Bloody Friday\".")
    events = extract_text(text, published="2025-10-27")
    assert events and all(e.is_background for e in events)


@pytest.mark.parametrize("text", [
    "The Kenyan side had been \"massacred\" by a brilliant second half in Kampala on Saturday, its coach said.",
    "Ghana's cedi came under attack in Accra on Tuesday as importers bought dollars.",
    "Nurses in Lilongwe are fighting for better pay and a housing allowance, their union said on Monday.",
    "Millers said cheap imports would kill the industry, already under attack from foreign producers.",
])
def test_figures_of_sport_markets_and_work_are_no_events(text):
    assert not _types(text)


@pytest.mark.parametrize("text", [
    "The three men killed were aged between 19 and 30, the mayor said.",
    "The governor extended the curfew in the town from 6pm to 6am and renewed a ban on the carrying of arms.",
])
def test_the_victims_described_and_the_rules_after_told_violence_are_no_new_events(text):
    assert _types(ATTACK_LEAD + text) == ["Attack"]


def test_victims_told_with_how_they_died_still_tell_the_act():
    assert _types("The men killed were shot in the head near Goma on Sunday, police said.")


def test_a_crowd_behind_the_coffins_is_a_funeral_not_a_protest():
    text = "Thousands of people marched behind the coffins of three fishermen in Cox's Bazar on Friday."
    assert "Peaceful protest" not in _types(text)
