"""Golden test of a seventh batch of whole news articles (tests/fixtures/articles7/), 24 articles in 24 countries, none
of them the sixth batch's (Niger, Burundi, Kenya, Mozambique, Zimbabwe, Libya, Iraq, Bangladesh, Nepal, Thailand,
Ecuador, Peru, Georgia, Chad, South Sudan, Yemen, Madagascar, Tunisia, Cameroon, Sri Lanka, Honduras, Indonesia, Uganda,
Armenia), written for precision on the shapes users feed: wire stories updated with a toll revised (Tera, Narathiwat,
Papua), local news (Gitega, Mandoul, San Pedro Sula), features opening on a person (Lamu, Guayaquil, Kumbo),
explainers with one new incident (Tripoli, Sfax), weekly roundups (Iraq, Karamoja), an opinion-laced analysis citing one
march (Tbilisi), a court story recalling the protest it tries (Harare), NGO press releases (Macomia, Taiz), and three
articles with no current event at all (Nepal's transitional justice, a South Sudan verdict, Sri Lanka's Easter bombings
recalled). Every fourth article (held_out/, 6) is held out. Written and coded before sitrep was run on any of them
(fictional events in real places); the matching rule is the first batch's (see tests/golden_articles.py).

First pass (tune part: 18 articles, 23 expected events): event precision 18/40 = 45.0 %, recall 18/23 = 78.3 %; of the
18 found, actors 7, fatalities 16, admin1 18, date 16; 5 duplicates and 17 spurious: the Tera attack split three ways
(the lead dated by the day 'a toll of nine given by security sources on Monday' and given that superseded toll, 'The
attackers ... fought the garrison' apart on the Sunday, the army's 'dozens of terrorists' killed placed at Niamey,
where air support was 'sent from'), 'Analysts say the jihadist groups have taken advantage of the withdrawal' as a
transfer of territory and 'analysts say ... any dispute over a checkpoint can turn into a battle' as a clash; 'such
attacks had fallen this year' as mob violence; the South Sudan verdict's killing 'last year' dated by the court's
Wednesday; Guayaquil's six dead parted from the fight by 'before soldiers ... regained control early on Saturday', and
'119 inmates were killed there' in September 2021 made current by 'in November of that year' read as this November;
'the attacks would not derail the talks' and 'Saturday's attack will be followed by more' as attacks; 'the stolen
cattle were recovered' as looting; checkpoints set up after the San Pedro Sula killing as a base established; peace
talks that 'resumed this year' as an agreement; and, beyond grouping, the Gitega beating as mob violence, the Tripoli
fight as an attack and the truce as an agreement, Tahrir Square placed in Yemen, Pavilion 8 in New York, the Tbilisi
march as a riot (a clause recalls water cannon a year ago), the lawyer's 'the protest had been peaceful' as a second
protest, 'must focus on reconciliation' as an agreement, the Sfax camp attack as looting with the fight before it as a
clash, and the guns handed in at Napak as a change to a group.

After this round's rules (sitrep/extract.py, sitrep/dates.py): an analyst's assessment (COMMENTARY) and a kind of
event ('such attacks', KIND_OF_EVENT) seed no event (`_assessment`); a court's sitting day does not date the crime it
tries, told as history (COURT_ACT); a figure a source raised or revised is no toll (SUPERSEDED), nor the day it gave it
the event's (SPOKEN_ON); a day in a 'before'/'until' clause ends the act and does not date it (ENDED_BY); 'November of
that year' is in the year told before (dates.THAT_YEAR); a forecast of what the event told will bring (FORECAST), loot
recovered (LOOT_RECOVERED) and checkpoints set up (SECURITY_MEASURE) are aftermath (`_aftermath_only`); an event told
by a sentence dated only by a span of months up to the report ('resumed this year') is no current event
(`_is_background`); where forces were sent from is no place of the event (SENT_FROM); a vague count a source 'gave no
figure' for is no toll (NO_FIGURE); what a party tells a court retells the act tried, as a quotation (TOLD_A_COURT):
precision 17/27 = 63.0 %, recall 17/23 = 73.9 %; actors 7, fatalities 17, admin1 17, date 17; 2 duplicates and 8
spurious. The Tripoli clash was 'found' only by the analysts' generic 'battle'; it is now a miss. The earlier
batches, before and after: first 23/34, second 20/41 -> 20/40 (an analyst's 'the incumbent had survived the ambush'
of a debate is no attack), third 17/28, fourth 15/21 (held out 5/10), fifth 18/30 (held out 6/14), sixth 24/39 (held
out 7/16 -> 7/15, peace talks dated 'this year'); recall and the fields unchanged in each.

Held out (6 articles, 5 expected events): with the code before this round (a clean checkout of main) precision 5/8 =
62.5 %, recall 5/5 = 100 % (actors 4, fatalities 3, admin1 5, date 3; 1 duplicate, 2 spurious); after the rules 5/7 =
71.4 %, recall 5/5 (actors 4, fatalities 3, admin1 5, date 3; 1 duplicate, 1 spurious). Not fixed against.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from golden_articles import GoldenArticles, module_tests
from reported import reported
from sitrep import dates, extract

FIXTURE = Path(__file__).parent / "fixtures" / "articles7"
BATCH = GoldenArticles(FIXTURE)
HELD_OUT = GoldenArticles(FIXTURE / "held_out")
SIXTH = (GoldenArticles(Path(__file__).parent / "fixtures" / "articles6"),
         GoldenArticles(Path(__file__).parent / "fixtures" / "articles6" / "held_out"))

FIELDS = ("actors", "fatalities", "admin1", "event_date")

# --- known misses -----------------------------------------------------------------------------------------------------

BATCH.miss("not found: the Imbonerakure's beating of opposition members at a meeting is coded as mob violence",
           "02:found.0")
BATCH.miss("not found: the fight of two armed groups that killed 'a civilian driver' among four is coded as an "
           "attack", "06:found.0")
BATCH.miss("not found: the rally in Tahrir Square is placed at At Tahrir, in Yemen", "07:found.3")
BATCH.miss("not found: the prison fight in 'Pavilion 8' is placed at a Pavilion in New York", "11:found.0")
BATCH.miss("not found: the calm march is coded as a riot, a clause recalling 'the ones that faced water cannon a year "
           "ago' and last winter's crackdown joining it", "13:found.0")
BATCH.miss("not found: the attack on the migrants' camp is coded as looting by a communal militia, placed at an El "
           "Amra in Sidi Bouzid", "18:found.0")
BATCH.miss("the event is not found (see its found case)",
           *(f"{case}:{field}.0" for case in ("02", "06", "11", "13", "18") for field in FIELDS),
           *(f"07:{field}.3" for field in FIELDS))
BATCH.miss("actors: the side is named otherwise than ACLED names it or left unidentified (the Islamic State without "
           "its country, and named where local officials only blamed it; the Anbar detainees as Islamic State "
           "arrested by the police; the rangers as civilians hurt by the army; the communal militias, the dahalo "
           "and the gendarmerie by other names; the Ambazonian separatists, the TPNPB and the Karimojong warriors "
           "left unidentified)",
           "07:actors.0", "07:actors.1", "07:actors.2", "10:actors.0", "14:actors.0", "17:actors.0", "17:actors.1",
           "19:actors.0", "22:actors.1", "23:actors.1")
BATCH.miss("extra: the Gitega beating as mob violence (see 02:found.0)", "02:extra")
BATCH.miss("extra: the fight as an attack (see 06:found.0) and the truce 'holding on Thursday' as an agreement",
           "06:extra")
BATCH.miss("extra: the Tahrir Square rally at At Tahrir in Yemen (see 07:found.3)", "07:extra")
BATCH.miss("extra: former commanders' 'the process must focus on reconciliation' is coded as an agreement",
           "09:extra")
BATCH.miss("extra: the prison fight at New York (see 11:found.0)", "11:extra")
BATCH.miss("extra: the march as a riot (see 13:found.0)", "13:extra")
BATCH.miss("extra: the camp attack as looting in Sidi Bouzid and the fight between a migrant and a farmer that came "
           "before it as a clash", "18:extra")
BATCH.miss("extra: the guns elders handed in to the army are coded as a change to a group's activity", "23:extra")

HELD_OUT.miss("held out, not examined: the actors differ from the coder's", "16:actors.0")
HELD_OUT.miss("held out, not examined: the fatalities differ from the coder's", "04:fatalities.0", "08:fatalities.0")
HELD_OUT.miss("held out, not examined: the date differs from the coder's", "04:event_date.0", "12:event_date.0")
HELD_OUT.miss("held out, not examined: events too many", "04:extra", "20:extra")

# --- the tests --------------------------------------------------------------------------------------------------------

globals().update(module_tests(BATCH, HELD_OUT))


def test_the_articles_are_well_formed_broad_and_new():
    sixth = {item["country"] for batch in SIXTH for item in batch.expected}
    every = BATCH.expected + HELD_OUT.expected
    assert (len(BATCH.articles), len(HELD_OUT.articles)) == (18, 6)
    assert len({item["country"] for item in every}) == 24
    assert not {item["country"] for item in every} & sixth
    assert sum(not item["events"] for item in every) == 3
    BATCH.assert_well_formed(250, 500)
    HELD_OUT.assert_well_formed(250, 500)


# --- rules this round added, tried on sentences of other places and wording -------------------------------------------

PUBLISHED = "2025-06-05"
"""A Thursday."""


def _events(text: str) -> list:
    """The current events sitrep codes from a text of ours."""
    return reported(text, None, PUBLISHED)


@pytest.mark.parametrize("text", [
    "Gunmen killed three villagers near Bunia on Tuesday, officials said.\n\nAnalysts say the militias have grown "
    "stronger since the army withdrew and could soon seize the main road.",
    "Gunmen killed three villagers near Bunia on Tuesday, officials said.\n\nResidents say such raids have become "
    "rarer as the rains set in.",
])
def test_an_analysts_assessment_and_a_kind_of_event_seed_no_event(text):
    assert len(_events(text)) == 1


def test_a_courts_day_does_not_date_the_crime_it_tries():
    text = ("A court in Juba on Thursday jailed two policemen for the killing of a trader at a market in Wau last "
            "year.")
    assert _events(text) == []


def test_a_figure_raised_is_no_toll_nor_the_day_it_was_given_the_events():
    text = ("Rebels attacked a police station in Kidal on Sunday, killing seven officers, the ministry said on "
            "Tuesday, raising a toll of four given by local officials on Monday.")
    assert [(e.event_date, e.fatalities) for e in _events(text)] == [("2025-06-01", 7)]
    assert extract.SUPERSEDED.search("up from ")


def test_a_day_in_a_before_clause_ends_the_act():
    text = ("Rival gangs fought with knives and guns inside the prison in Port Harcourt on Friday night.\n\nFive "
            "inmates were killed before guards regained control on Saturday morning.")
    assert [(e.event_date, e.fatalities) for e in _events(text)] == [("2025-05-30", 5)]


def test_a_month_of_that_year_is_in_the_year_told_before():
    found = dates.find_dates("In March 2019, troops killed ten people, and more died in May of that year.",
                             dt.date(2025, 6, 5))
    assert [(m.date_start, m.date_end) for m in found][-1] == (dt.date(2019, 5, 1), dt.date(2019, 5, 31))


@pytest.mark.parametrize("text", [
    "A bomb hit a bus in Quetta on Monday, killing four passengers.\n\nThe provincial minister said the bombing "
    "would not stop the elections.",
    "Raiders stole 200 goats from a village near Marsabit on Sunday, killing a herder.\n\nPolice said the stolen "
    "goats had been recovered on Tuesday.",
    "Gunmen shot dead two traders at a market in Kumasi on Saturday.\n\nOn Sunday soldiers set up roadblocks at the "
    "entrances to the market.",
])
def test_a_forecast_loot_recovered_and_checkpoints_are_aftermath(text):
    assert len(_events(text)) == 1


def test_an_event_told_only_with_this_year_is_no_current_event():
    text = "Negotiations with the rebel movement resumed this year in Addis Ababa."
    assert _events(text) == []


def test_where_forces_were_sent_from_and_a_vague_count_with_no_figure():
    text = ("Militants attacked an army base near Menaka on Sunday, killing six soldiers.\n\nThe army said \"scores "
            "of assailants\" had been killed but gave no figure, and that helicopters had been sent from Gao.")
    assert [e.fatalities for e in _events(text)] == [6]


def test_what_a_party_tells_a_court_seeds_no_event():
    text = "A defence lawyer told the court in Kisumu that the demonstration had been peaceful until police arrived."
    assert "Peaceful protest" not in {e.sub_event_type for e in _events(text)}
