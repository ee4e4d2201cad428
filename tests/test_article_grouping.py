"""How sentences of a news article become events: shared dates, tolls told apart from their event,
and protests that end on their own. Articles written by us."""

from __future__ import annotations

import datetime as dt

from sitrep.api import extract_text

ARTICLE = """Police fired tear gas at hundreds of teachers who marched on the ministry in Lusaka on Tuesday, witnesses said.

In Kitwe, police opened fire on protesters who had blocked the main road with burning tyres. Two young men were shot dead and four other people were wounded, a nurse said.

In Ndola, several hundred nurses marched peacefully to the provincial offices and handed over a petition before the crowd dispersed.
"""


def events():
    return extract_text(ARTICLE, published=dt.date(2025, 5, 7))


def test_events_told_without_a_date_share_the_lead_date():
    assert {e.location: (e.event_date, e.time_precision) for e in events()} == {
        "Lusaka": ("2025-05-06", 1), "Kitwe": ("2025-05-06", 1), "Ndola": ("2025-05-06", 1)}


def test_a_toll_sentence_is_the_toll_of_the_event_before_it():
    kitwe = [e for e in events() if e.location == "Kitwe"]
    assert len(kitwe) == 1
    assert kitwe[0].fatalities == 2 and kitwe[0].casualties["injured"] == (4, 4)


def test_a_crowd_that_disperses_on_its_own_was_a_peaceful_protest():
    ndola = next(e for e in events() if e.location == "Ndola")
    assert (ndola.sub_event_type, ndola.actor2) == ("Peaceful protest", None)


CONVOY = """March 4, 2025 · Security · 3 min read

Gunmen opened fire on herders at a water point near Gorom-Gorom on Monday, killing six, a local official said.

Earlier on the day, an army vehicle escorting a fuel convoy struck a landmine near Aribinda. Three soldiers were wounded and evacuated to Dori, a security source said.

The region has lived under a blockade by armed groups for more than three years.
"""


def test_a_byline_with_a_section_and_reading_time_still_dates_the_article():
    from sitrep.sources import read_text

    assert read_text(CONVOY, document_id="convoy").published == dt.date(2025, 3, 4)


def test_earlier_on_the_day_is_the_day_of_the_event_just_told_and_the_mine_hit_the_army():
    mine = next(e for e in extract_text(CONVOY) if e.sub_event_type == "Remote explosive/landmine/IED")
    assert (mine.event_date, mine.time_precision) == ("2025-03-03", 1)
    assert (mine.actor1, mine.actor2) == ("Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso")
    assert mine.casualties["injured"] == (3, 3) and mine.location == "Aribinda"


def test_a_lasting_state_told_for_years_is_background():
    assert all(e.is_background for e in extract_text(CONVOY) if "blockade" in e.evidence[0].text)


WIRE = """KAYES, Mali, June 11 (Sitrep Wire) — An army drone strike killed at least seven herders at a well near Nioro du Sahel on Sunday, a local official said on Tuesday.

A herders' association gave a higher toll, saying that ten bodies had been buried on Monday.
"""


def test_a_dateline_dates_and_places_the_report_not_the_event():
    strike = next(e for e in extract_text(WIRE, published=dt.date(2024, 6, 11)) if e.sub_event_type == "Air/drone strike")
    assert (strike.event_date, strike.location) == ("2024-06-09", "Nioro du Sahel")
    assert sorted(c.killed for c in strike.claims) == [(7, 7), (10, 10)]
    assert strike.fatalities == 7


RIOT = """Aug 15, 2025

Hundreds of residents of Uruapan set fire to the town hall and looted two shops on Wednesday during a protest over the killing of an avocado grower.

The protest was called after gunmen shot dead an avocado grower on a farm road outside the city on Monday.
"""


def test_a_killing_told_as_the_cause_of_a_protest_is_its_own_attack_by_the_gunmen():
    coded = {e.sub_event_type: e for e in extract_text(RIOT)}
    riot, killing = coded["Violent demonstration"], coded["Attack"]
    assert (riot.event_date, riot.actor1) == ("2025-08-13", "Rioters (Mexico)")
    assert (killing.event_date, killing.actor1, killing.actor2, killing.fatalities) == (
        "2025-08-11", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)", 1)


def test_what_happens_in_a_typical_month_is_background():
    text = ("Army artillery shells villages along the front line almost daily; rebels answer with mortars. "
            "Monitors count dozens of artillery exchanges in a typical month.")
    assert [e.is_background for e in extract_text(text, published=dt.date(2023, 5, 20))] == [True]


def test_a_sentence_told_on_its_own_day_is_news_whatever_history_a_clause_adds():
    news = ("Government troops captured a rebel-held village on Thursday after clashing with insurgents, in a push "
            "that jets had previously prepared from the air.")
    assert [e.is_background for e in extract_text(news)] == [False]
    assert [e.is_background for e in extract_text("Government troops previously captured the village from the rebels.")] \
        == [True]


OTHER_STORY = """Riot police fired tear gas to break up a march by market vendors in Mzuzu on Monday.

A lorry carrying maize overturned on the escarpment road on Tuesday, killing three passengers, the traffic police said.
"""


def test_the_dead_of_an_accident_told_next_are_no_toll_of_the_event_before():
    coded = extract_text(OTHER_STORY, published=dt.date(2025, 5, 7))
    assert [(e.sub_event_type, e.fatalities, len(e.evidence)) for e in coded] == [
        ("Protest with intervention", 0, 1)]


CROWD_TOLL = """On 12 March 2025, striking dock workers clashed with police in Mombasa, blocking the port gates with burning tyres. Police fired tear gas. A porter was shot dead by police and three officers were hurt by stones. Two passers-by were also wounded in Mombasa."""


def test_the_dead_and_wounded_told_after_a_riot_are_its_toll():
    coded = extract_text(CROWD_TOLL)
    current = [e for e in coded if not e.is_background]
    assert len(current) == 1
    riot = current[0]
    assert riot.event_type == "Riots" and riot.actor2 == "Police Forces of Kenya"
    assert riot.fatalities == 1


LATER_KILLING = """On 12 March 2025, striking dock workers clashed with police in Mombasa. On 14 March 2025, a night guard was shot dead at a warehouse."""


def test_a_killing_told_with_a_day_of_its_own_after_a_riot_is_another_event():
    coded = [e for e in extract_text(LATER_KILLING) if not e.is_background]
    assert [(e.event_type, e.fatalities) for e in coded] == [("Riots", 0), ("Violence against civilians", 1)]


RIOT_TOLD_ON = """On 3 April 2025, hawkers rioted in Nakuru after the county seized their goods, and stoned police officers. Police shot at the crowd from an armoured truck. Rioters then burned three shops along the road."""


def test_the_forces_shooting_at_a_riot_told_next_are_no_second_clash():
    assert [(e.sub_event_type, e.actor2) for e in extract_text(RIOT_TOLD_ON)] == [
        ("Violent demonstration", "Police Forces of Kenya")]


RIOT_THEN_BOMB = """On 3 April 2025, hawkers rioted in Nakuru after the county seized their goods. A bomb exploded at a bus stop in Mombasa."""


def test_an_act_told_in_another_town_after_a_riot_is_another_event():
    assert [e.location for e in extract_text(RIOT_THEN_BOMB)] == ["Nakuru", "Mombasa"]


CLASH_AND_ITS_CAUSE = """On 8 June 2025, armed clashes broke out near Kapsabet pitting Ogiek herders against Kipsigi farmers, leaving three dead. Several huts were burnt. The clashes are likely a spillover from fighting in Bomet that began over a dispute about stolen cows."""


def test_a_sentence_weighing_the_cause_of_the_event_just_told_is_no_new_event():
    coded = [e for e in extract_text(CLASH_AND_ITS_CAUSE) if not e.is_background]
    assert [(e.actor1, e.actor2) for e in coded] == [("Ogiek Ethnic Militia (Kenya)", "Kipsigi Ethnic Militia (Kenya)")]


ATTACK_AND_A_LINK = """On 2 May 2025, gunmen shot dead two traders at a market in Garissa. The killings were thought to be related to a land feud in Mandera."""


def test_an_attack_said_to_be_linked_to_a_feud_elsewhere_is_one_event():
    coded = [e for e in extract_text(ATTACK_AND_A_LINK) if not e.is_background]
    assert [(e.sub_event_type, e.location) for e in coded] == [("Attack", "Garissa")]


FIGHT_AFTER_AN_ATTACK = """On 2 May 2025, Al Shabaab fighters and Somali troops fought near Dhusamareb. The fighting came after the troops raided a militant base in Galinsoor on 30 April 2025."""


def test_an_earlier_raid_told_as_what_a_fight_came_after_stays_its_own_event():
    coded = [e for e in extract_text(FIGHT_AFTER_AN_ATTACK) if not e.is_background]
    assert len(coded) == 2
