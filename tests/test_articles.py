"""Golden test of whole news articles (tests/fixtures/articles/), as users feed them to `sitrep extract`: wire copy with
a dateline, local dailies, an NGO situation update and a live-blog summary, 23 articles in 22 countries, written
before sitrep was run on any of them (fictional events in real places). expected.json lists, for each article, the
events a careful ACLED coder codes from it as current events, and what must not be coded (background incidents of
past years, threats, reactions, funerals, non-conflict news told in the words of war). An expected event is found
when a current event sitrep produces has its sub-event type and lies in its admin1 or within 50 km of its location;
a produced event no expected event takes is a duplicate when it has the sub-type of one of the article's expected
events (the incident coded twice), else spurious. Fields of found events sitrep gets wrong, events it misses and
articles with events too many are strict xfails with their reason: when a change fixes one, the xfail fails.

First pass (26 expected events, 23 articles, 50 current events produced): event precision 21/50 = 42.0 %, recall
21/26 = 80.8 %; of the 21 found, actors 14, fatalities 18, admin1 21 and date 20 right (sub-type is right by the
match; three more events lay at their place with another sub-type: two attacks coded as armed clashes, a glide-bomb
strike as an IED); 9 duplicates (one incident coded twice: at a funeral's place and day, at the dateline's city, from
a witness's quotation, from a claim told later) and 20 spurious events, 8 of them in the five non-conflict articles
(all five gave events), one a suicide bombing recalled 'In March this year' and read as current.

After this round's rules (a dateline under the headline, dateless and title-case datelines; quotations seed no event
once the report has told one; 'In March this year' is one date; the day a group claimed an attack is not its day; the
present perfect with 'repeatedly' is background; a toll brought to a figure is the whole toll and joins the event told
before; a threat to attack or a call to boycott is no act): precision 22/41 = 53.7 %, recall 22/26 = 84.6 %; of the
22 found, actors 14, fatalities 19, admin1 22, date 21 right; 5 duplicates and 14 spurious events (6 in three of the
five non-conflict articles).

After the third batch's round (tests/test_articles3.py: detentions, seizures and troops sent after violence the report
told are its inquiry and answer; a description of the victims told; a team 'executed', markets 'hit by a massacre';
a march behind the coffins is a funeral): precision 22/33 = 66.7 %, recall unchanged; 5 duplicates and 6 spurious events
(1 in the five non-conflict articles).

Later (claims3), article 17's fatalities are right: a group's name after "of" may run to four words ("Two suspected
members of the communist New People's Army were killed", `casualties._OF_PART`). Later (articles6), article 1's
fatalities are right: an earlier count told with the bodies found since ('An earlier count ... had put the toll at 14,
but five more bodies were found') is a superseded figure and an increment, no toll (`grouping.TOLL_INCREMENT`).
Later (stop 43, tests/test_weapon_verbs.py: bombs made for aircraft are an air strike), article 16's glide-bomb
strike is found, with its toll, admin1 and date (its target is still missed).
Later (stop 44, tests/test_act_idioms.py: a count after 'the' is a count, 'killing the three men inside'), article
15's fatalities are right.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from golden_articles import GoldenArticles, module_tests
from sitrep.api import extract_text

FIXTURE = Path(__file__).parent / "fixtures" / "articles"
BATCH = GoldenArticles(FIXTURE)


# --- known misses -----------------------------------------------------------------------------------------------------

BATCH.miss("not found: a lone gunman's shooting of a police officer is coded as an armed clash", "12:found.1")
BATCH.miss("not found: a raid on a village that security forces later fired back at is coded as an armed clash",
           "18:found.0")
BATCH.miss("fatalities: the eleven dead are told in the funeral's lead, coded as an event of its own at Kati, so the "
           "ambush at Boni gets none", "03:fatalities.0")
BATCH.miss("the event is not found (see its found case)",
           *(f"{case}:{field}.{index}" for case, index in (("12", 1), ("18", 0)) for field in
           ("actors", "fatalities", "admin1", "event_date")))
BATCH.miss("actors: the glide-bomb strike's target is not read", "16:actors.0")
BATCH.miss("actors: the armed group is named only after the act or in a later paragraph (CODECO, al-Shabaab, TTP), or"
           " its name differs from ACLED's (Ambazonian separatists, the EMC as 'FARC Dissidents', the cartel's "
           "factions)",
           "05:actors.0", "08:actors.0", "11:actors.0", "12:actors.0", "14:actors.0")
BATCH.miss("actors: the Hezbollah members killed in their car are taken for civilians", "15:actors.0")
BATCH.miss("date: an attack begun late on Wednesday is dated by the day the army spoke ('said on Thursday')",
           "05:event_date.0")
BATCH.miss("extra: the ambush is coded at the funeral's place and day, and again in France (Boni)", "03:extra")
BATCH.miss("extra: the army's arrival after the camp attack is coded as a clash with CODECO", "05:extra")
BATCH.miss("extra: the officer's killing in Navolato is coded as a clash (see 12:found.1)", "12:extra")
BATCH.miss("extra: the checkpost's name, Jani Khel, is taken in Afghanistan and the attack coded twice", "14:extra")
BATCH.miss("extra: statements about the ceasefire and a speech are coded as events", "15:extra")
BATCH.miss("extra: the glide-bomb strike is coded in Kyiv (see 16:found.0)", "16:extra")
BATCH.miss("extra: the village raid is coded as a clash (see 18:found.0)", "18:extra")
BATCH.miss("non-conflict: a wildfire's burned car is coded as property destruction", "21:extra")


# --- the tests --------------------------------------------------------------------------------------------------------

globals().update(module_tests(BATCH))


def test_the_articles_are_well_formed_and_broad():
    assert len(BATCH.articles) >= 20
    assert len({item["country"] for item in BATCH.expected}) >= 15
    assert sum(not item["events"] for item in BATCH.expected) >= 4
    BATCH.assert_well_formed(250, 500)


# --- rules this round added, tried on sentences of other places and wording -------------------------------------------


@pytest.mark.parametrize(("text", "start", "end"), [
    ("In March this year, gunmen burned the market in Gao.", dt.date(2025, 3, 1), dt.date(2025, 3, 31)),
    ("In June last year, rebels shelled Goma.", dt.date(2024, 6, 1), dt.date(2024, 6, 30)),
    ("Militants stormed the post on 3 May this year.", dt.date(2025, 5, 3), dt.date(2025, 5, 3)),
    ("In December last year, troops retook the town of Kidal.", dt.date(2024, 12, 1), dt.date(2024, 12, 31)),
])
def test_a_month_qualified_by_this_or_last_year_is_one_date(text, start, end):
    from sitrep.dates import find_dates

    mentions = find_dates(text, dt.date(2025, 8, 5))
    assert [(m.date_start, m.date_end) for m in mentions] == [(start, end)]


def test_an_incident_in_an_earlier_month_of_this_year_is_background():
    text = ("Gunmen killed four farmers near Maiduguri on Monday, police said.\n\n"
            "In March this year, suicide bombers struck a market in Konduga, killing 18 people.")
    current = [e for e in extract_text(text, published="2025-08-05") if not e.is_background]
    assert [e.sub_event_type for e in current] == ["Attack"]


@pytest.mark.parametrize(("text", "place"), [
    ("Clashes in the north\n\nBy our reporter\n\nJOS, Nigeria, May 3 - Herders and farmers clashed", "JOS"),
    ("Four killed in blast\n\nGARISSA, Kenya - Four soldiers were killed when a bomb went off under their truck.",
     "GARISSA"),
    ("Army kills rebels\n\nDAVAO CITY - Soldiers and two rebels traded fire in the hills above Davao on Friday.",
     "DAVAO CITY"),
    ("Police post attacked\n\nQUETTA: Gunmen shot two policemen dead at a checkpoint east of Quetta on Friday night.",
     "QUETTA"),
])
def test_a_dateline_under_the_headline_is_found(text, place):
    from sitrep.dates import lead_dateline_span

    found = lead_dateline_span(text)
    assert found is not None and found.text.startswith(place)


@pytest.mark.parametrize("text", [
    "Aid agencies warn of hunger\n\nThe UN said on Monday that food stocks in the camps would run out in May.",
    "KEY POINTS\n- Fighting displaced 2,000 people",
])
def test_a_headline_or_a_heading_is_no_dateline(text):
    from sitrep.dates import lead_dateline_span

    assert lead_dateline_span(text) is None


def test_the_dateline_under_a_headline_does_not_place_the_event():
    text = ("Rebels attack army post\n\nLIMA, June 4 - Rebels attacked an army post in the town of Pichari in "
            "Cusco region on Tuesday, killing two soldiers, the army said.")
    events = [e for e in extract_text(text, published="2025-06-04") if not e.is_background]
    assert events and events[0].admin1 == "Cusco"


def test_a_quotation_later_in_a_report_seeds_no_event_of_its_own():
    text = ("Bandits kill nine in Katsina village raid\n\n"
            "Gunmen killed nine villagers in a raid on a village in Katsina State on Sunday, police said.\n\n"
            "The attackers arrived on motorcycles and fired into the market, a resident said.\n\n"
            "A police spokesman said officers had been sent to the area.\n\n"
            "\"They shot at anyone they saw and burned our houses,\" said a farmer who fled to the town.")
    current = [e for e in extract_text(text, published="2025-06-02") if not e.is_background]
    assert [e.sub_event_type for e in current] == ["Attack"]


def test_a_quotation_that_opens_a_note_is_still_read():
    text = "\"Gunmen shot dead two traders at the market in Bunia on Friday,\" a local official said."
    current = [e for e in extract_text(text, published="2025-06-07") if not e.is_background]
    assert [e.sub_event_type for e in current] == ["Attack"]


def test_a_title_case_dateline_with_a_full_date_is_found():
    from sitrep.dates import lead_dateline_span

    found = lead_dateline_span("Gunmen kill three\n\nMaroua, 4 March 2025 (Sahel Post) - Gunmen killed three herders.")
    assert found is not None and found.text.startswith("Maroua")


def test_the_day_a_group_claimed_an_attack_is_not_the_attacks_day():
    text = ("Insurgents killed five fishermen at a camp near Baga in Borno State on Monday, residents said.\n\n"
            "The Islamic State West Africa Province claimed the attack on Wednesday in a statement.")
    current = [e for e in extract_text(text, published="2025-03-06") if not e.is_background]
    assert [(e.sub_event_type, e.event_date) for e in current] == [("Attack", "2025-03-03")]


def test_a_group_that_has_repeatedly_struck_tells_no_new_event():
    text = ("Three soldiers were killed when their truck hit a landmine near Tillaberi on Sunday, the army said.\n\n"
            "The army blamed the Islamic State Sahel Province, which has repeatedly planted mines on the roads near "
            "the border with Mali.")
    current = [e for e in extract_text(text, published="2025-03-04") if not e.is_background]
    assert len(current) == 1


@pytest.mark.parametrize(("text", "toll"), [
    ("Two more wounded villagers died in hospital on Friday, bringing the toll to nine.", 9),
    ("A third soldier died of his wounds, raising the death toll to three.", 3),
])
def test_a_toll_brought_to_a_figure_is_the_whole_toll(text, toll):
    from sitrep.casualties import find_casualties

    assert toll in {m.low for m in find_casualties(text) if m.kind == "killed"}


def test_a_later_toll_update_counts_the_event_told_before():
    text = ("Troops and rebels clashed in the town of Bambari on Tuesday, killing seven people, residents said.\n\n"
            "On Thursday, a nurse at the town's hospital said two more wounded civilians had died, bringing the toll "
            "to nine.")
    current = [e for e in extract_text(text, published="2025-06-12") if not e.is_background]
    assert [(e.sub_event_type, e.casualties["killed"][1]) for e in current] == [("Armed clash", 9)]


@pytest.mark.parametrize("text", [
    "Families fled to Kaya on Monday following threats by armed groups to attack villages that refuse to leave.",
    "Traders in Maradi closed their shops on Friday after a threat from the gang to kill anyone who opened.",
])
def test_a_threat_to_attack_is_no_attack(text):
    assert not [e for e in extract_text(text, published="2025-07-08") if not e.is_background]


def test_a_call_to_boycott_is_no_protest_but_the_act_beside_it_stays():
    text = "Gunmen shot a teacher in Kumba on Monday for defying their call to boycott the school year."
    assert [e.sub_event_type for e in extract_text(text, published="2025-07-08") if not e.is_background] == ["Attack"]
