"""Golden test of a fifth batch of whole news articles (tests/fixtures/articles5/), in 28 countries batches 1 to 4 do
not cover and in styles they cover thinly: two long features that open with a human story and reach the incident in
paragraph 4 (Tovuz, Bosawás; a third, Semporna, held out); two wire stories updated through the day, the toll revised
twice and sources disagreeing (Hakkari, Dajabón); articles on two separate incidents in two provinces (Liberia, Costa
Rica, Belize); an inquiry or trial over last year's massacre with one new incident at the end (Nukus, Nejapa,
Cetinje); two question-and-answer interviews with commanders (Darién, Jazan); datelines that are not the event's
place, naming five other towns for context (Maseru, Skopje); two explainers (Eswatini, with one current killing;
Transnistria, with none); timelines of past attacks as bullet points (Strabane, Canala); election-day roundups
(Comoros, Gabon); a protest the police broke up with a second protest in another city (Almaty and Shymkent, Santiago
de Cuba and Bayamo); a local radio bulletin translated (Sanyang); and three non-conflict stories told in the words of
war (a typhoon's 'battle', a winter's 'massacre of the herds', a wildfire's 'front line'). Seven articles
(held_out/) are held out and were run once, after this round's rules. Written before sitrep was run on any of them
(fictional events in real places); the matching rule is the first batch's (see tests/golden_articles.py). Misses are
strict xfails with their reason.

First pass (tune part: 21 articles, 23 expected events, 38 current events produced): event precision 14/38 = 36.8 %,
recall 14/23 = 60.9 %; of the 14 found, actors 6, fatalities 11, admin1 13 and date 12 right; 13 duplicates (the
Tovuz shelling placed at Baku, 'a claim Baku rejected'; the Hakkari clash again on January 1 from 'the deadliest ...
this year'; the Liberian mob killings that 'have long been reported'; the Darién gun battle told again in the
commander's answer, dated by 'on Thursday morning' in a report published on a Thursday; the Limón and Puntarenas lead
placed at its dateline SAN JOSÉ; the Mostar fight again at a town named Bijeli, in Indonesia, from the Bijeli Brijeg
stadium; the Nejapa killings of last year dated by the day soldiers 'told a public inquiry'; the Soyapango shooting
again at Las Margaritas, in Mexico, from 'the Las Margaritas neighbourhood'; the Gabon lead, the Oyem riot placed in
Haut-Ogooué and the 2016 post-election riot as current; the Dajabón clash again at Santiago from the army's revised
tolls and at Massacre, in Dominica, from 'the Massacre river') and 11 spurious (a peace treaty 'nearly agreed', the
Nukus protest as arrests, the Lesotho gunmen's arrival dated by 'a man who died of illness last week', the Manzini
killing as mob violence, the Comoros lead and the Fomboni shooting as other sub-types, the Gambian youths' fight placed
at Banjul where the police spokesman spoke 'from Banjul', the typhoon's 'battle' and the winter's 'massacre', the
Limón bar shooting as mob violence, and 'Q: There have been reports that border guards fired on migrants.').
Missed: the Nukus protest, the Manzini killing, both Comoros events, the Shymkent rally, both Costa Rica incidents.

After this round's rules (sitrep/dates.py: a dateline in capitals spells accented names, 'SAN JOSÉ'; sitrep/extract.py:
a paragraph opening on a town, 'In Shymkent, ...' or a roundup's 'OYEM:', places its later sentences that name none
(`_inherit_places`, `_told_where_opened`); a source's earlier figures in the past perfect, 'had first said ... then
raised the figure', tell nothing (EARLIER_REPORT); 'The attack was the deadliest ... this year' ranks the event just
told (COMPARED_EVENT); an interviewer's 'Q:' line reports nothing (INTERVIEWER_PROMPT); the day a witness told an
inquiry is a day of saying (SPOKEN_ON); 'speaking on the telephone from Banjul', 'citing relatives in Ouanaminthe' are
speakers' places; a capital that 'rejected' a claim, another country's 'defence ministry', a river's or a stadium's
name, a club after 'fans of' and a namesake abroad of 'the X neighbourhood' place nothing; a reporter filing from a
small provincial town places an event whose village the gazetteer does not know (`_filed_at_the_scene`); a day in a
clause of what caused the act ('after a driver died in a police cell overnight') yields to the act's own day
(CAUSE_BEFORE); 'on Thursday' after 'last Thursday' is that day (`_same_weekday_again`); an event undated is on the
lead's day when a toll or claim would join it, so a toll of years before and a later day's figures join none; history
the article recalls stays history whatever undated words join it (`_told_as_history`), and so do 'have long been
reported', 'has carried out air strikes' and 'After the 2016 presidential vote, ...' (BACKGROUND_CUE); a count of homes
destroyed and people displaced starts no event (DAMAGE_COUNT)): precision 18/30 = 60.0 %, recall 18/23 = 78.3 %; actors
8, fatalities 17, admin1 18, date 18; 2 duplicates and 10 spurious. The earlier batches, before and after:
first 23/33 = 69.7 % -> 23/34 = 67.6 % (one more in the wildfire article, a known miss: its curfew was history only
because a 2024 toll had joined it), second 19/41 = 46.3 % -> 20/41 = 48.8 % (the N'Djamena march found, its known
misses removed), third 17/27 = 63.0 % -> 17/28 = 60.7 % (one more in the cholera article, a known miss), fourth
15/21 = 71.4 % unchanged (its held-out part 5/11 -> 5/10); recall unchanged but for the second batch's 19 -> 20.

Held out, first sight after the rules (7 articles, 8 expected events, 14 current events produced): precision 6/14 =
42.9 %, recall 6/8 = 75.0 %; of the 6 found, actors 5, fatalities 6, admin1 6, date 5; 3 duplicates (the Tetovo
shooting again at the Shar mountains, in Kosovo, and at the officer's burial 'on Wednesday'; the Belize lead's two
incidents as one clash at Orange Walk) and 5 spurious (the wildfire's 'battled', the Canala shooting as a violent
demonstration, the Orange Walk shooting as mob violence, the relatives 'gathered outside the police station', and the
Cetinje inquiry as a clash of the hearing's day). With the code before this round (a clean checkout of main) the
same counts: 6/14, 6/8. Not fixed against.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden_articles import GoldenArticles, module_tests
from reported import reported
from sitrep import dates, event_places
from sitrep.api import extract_text

FIXTURE = Path(__file__).parent / "fixtures" / "articles5"
BATCH = GoldenArticles(FIXTURE)
HELD_OUT = GoldenArticles(FIXTURE / "held_out")
EARLIER_BATCHES = tuple(GoldenArticles(Path(__file__).parent / "fixtures" / name)
                        for name in ("articles", "articles2", "articles3", "articles4", "articles4/held_out"))


# --- known misses -----------------------------------------------------------------------------------------------------

BATCH.miss("actors: the side is named only as the one the army or a witness blames or by a name ACLED spells "
           "otherwise (Armenian shelling with the village's civilians, the PKK, SENAFRONT's gunmen, the New IRA's "
           "target, the settlers, the Houthis, a gang, 'the Dominican Republic', 'the Comoros'), or the police who "
           "parted two crowds of fans are taken for a side", "01:actors.0", "02:actors.0", "05:actors.0",
           "08:actors.0", "09:actors.1", "14:actors.0", "16:actors.0", "18:actors.0", "19:actors.0", "21:actors.0")
BATCH.miss("not found: police who detain people gathered to demand something are coded as arrests, not a protest "
           "they broke up", "04:found.0")
BATCH.miss("not found: an activist 'shot dead at the gate of his house' by two men is coded as mob violence",
           "07:found.0")
BATCH.miss("not found: soldiers firing on an unarmed crowd, killing one, is coded as a protest with intervention",
           "09:found.0")
BATCH.miss("not found: the lead tells both incidents in one sentence and is coded once, as a clash at Limón; the Limón "
           "bar shooting is coded as mob violence and the Puntarenas gunfight joins the lead", "15:found.0",
           "15:found.1")
BATCH.miss("the event is not found (see its found case)",
           *(f"{case}:{field}.0" for case in ("04", "07", "09", "15") for field in
             ("actors", "fatalities", "admin1", "event_date")),
           *(f"15:{field}.1" for field in ("actors", "fatalities", "admin1", "event_date")))
BATCH.miss("fatalities: the young man shot by the police is counted in the lead's mob violence, apart from the riot",
           "11:fatalities.0")
BATCH.miss("extra: a peace treaty negotiators 'were due to' finish is coded as an agreement", "01:extra")
BATCH.miss("extra: the detentions are coded as arrests (see 04:found.0)", "04:extra")
BATCH.miss("extra: the gunmen's arrival is dated by 'a man who died of illness last week' and coded apart as a clash",
           "06:extra")
BATCH.miss("extra: the killing is coded as mob violence (see 07:found.0)", "07:extra")
BATCH.miss("extra: the lead's 'A man was shot dead on Mohéli' and the Fomboni shooting are coded under other "
           "sub-types", "09:extra")
BATCH.miss("extra: the lead's fight with the police is coded apart from the riot the reporter tells next", "11:extra")
BATCH.miss("non-conflict: the prime minister's 'battle in which no one can be left behind' is coded as a clash",
           "12:extra")
BATCH.miss("non-conflict: a herder's 'It is a massacre' is coded as a clash", "13:extra")
BATCH.miss("extra: the two incidents of the lead and the bar shooting (see 15:found.0)", "15:extra")
BATCH.miss("extra: the lead's 'one man was killed in a fight between rival supporters' is coded apart from the "
           "Port-Gentil paragraph, as a violent demonstration", "20:extra")

HELD_OUT.miss("date: the shooting 'shortly before midnight' on Monday is dated by the statement's Tuesday",
              "23:event_date.0")
HELD_OUT.miss("extra: the car's escape 'towards the Kosovo border' is coded apart in the Shar mountains, and the "
              "officer's burial 'on Wednesday' as an attack of last Wednesday", "23:extra")
HELD_OUT.miss("non-conflict: firefighters who 'battled' a wildfire are coded as a clash", "24:extra")
HELD_OUT.miss("not found: men who fired rifles at a convoy and gendarmes who returned fire are coded as a violent "
              "demonstration", "25:found.0")
HELD_OUT.miss("the event is not found (see its found case)",
              *(f"{case}:{field}.0" for case in ("25", "26") for field in
                ("actors", "fatalities", "admin1", "event_date")))
HELD_OUT.miss("extra: the shooting is coded as a violent demonstration (see 25:found.0)", "25:extra")
HELD_OUT.miss("not found: the Orange Walk shooting is coded as mob violence, and the lead, telling both incidents, "
              "as one clash at Orange Walk", "26:found.0")
HELD_OUT.miss("actors: the Gang Suppression Unit's suspects are an unidentified armed group, not a gang",
              "26:actors.1")
HELD_OUT.miss("extra: the lead's two incidents as one clash, the shooting as mob violence, and the relatives "
              "'gathered outside the police station' as a protest", "26:extra")
HELD_OUT.miss("extra: the committee's hearing on last year's shooting is coded as a clash at Cetinje on its day",
              "28:extra")

# --- the tests --------------------------------------------------------------------------------------------------------

globals().update(module_tests(BATCH, HELD_OUT))


def test_the_articles_are_well_formed_broad_and_new():
    earlier = {item["country"] for batch in EARLIER_BATCHES for item in batch.expected}
    every = BATCH.expected + HELD_OUT.expected
    assert (len(BATCH.articles), len(HELD_OUT.articles)) == (21, 7)
    assert len({item["country"] for item in every} - earlier) >= 25
    assert sum(not item["events"] for item in every) == 4
    BATCH.assert_well_formed(250, 600)
    HELD_OUT.assert_well_formed(240, 600)


# --- rules this round added, tried on sentences of other places and wording -------------------------------------------

PUBLISHED = "2025-06-05"
"""A Thursday."""


def _events(text: str) -> list:
    """The current events sitrep codes from a text of ours."""
    return reported(text, None, PUBLISHED)


def test_a_dateline_in_capitals_keeps_its_accents():
    text = "BOGOTÁ, June 4 (Andes Wire) - Rebels attacked an army post near Tumaco on Tuesday, killing two soldiers."
    assert dates.lead_dateline_span(text).text.startswith("BOGOTÁ")


def test_a_paragraph_that_opens_on_a_town_is_told_there():
    text = ("Riot police broke up a march in Harare on Monday, detaining twenty people.\n\n"
            "In Bulawayo, several hundred people gathered outside the city hall on Monday afternoon. The protesters "
            "went home after two hours.")
    assert "Bulawayo" in {e.location for e in _events(text)}


def test_a_sources_earlier_revised_figures_tell_no_event():
    text = ("Five soldiers were killed when militants ambushed a convoy near Dori on Sunday, the army said.\n\n"
            "The army had first said three soldiers were killed, then raised the figure to five in the evening.")
    events = _events(text)
    assert len(events) == 1 and events[0].fatalities == 5


def test_the_event_ranked_over_a_span_keeps_its_own_day():
    text = ("Gunmen killed six police officers at a checkpoint in Gusau on Sunday. The attack was the deadliest on the "
            "police in the state this year.")
    assert [e.event_date for e in _events(text)] == ["2025-06-01"]


def test_an_interviewers_prompt_reports_nothing():
    text = "Q: There have been reports that soldiers burned houses in villages near Kidal."
    assert not _events(text)


@pytest.mark.parametrize("text", [
    "Youths burned a police pick-up in Lira on Monday. The police spokesman, speaking by telephone from Kampala, said "
    "ten people were arrested.",
    "Youths burned a police pick-up in Lira on Monday. A rights group said two people died there, citing witnesses "
    "in Kampala.",
])
def test_where_a_speaker_spoke_from_places_nothing(text):
    assert "Kampala" not in {e.location for e in _events(text)}


def test_a_capital_that_rejects_a_claim_and_a_foreign_ministry_place_nothing():
    text = ("Gunmen attacked a police post near Mandera on Sunday, killing two officers. Somalia's foreign ministry "
            "said the attackers had not come from its side, a claim Nairobi rejected.")
    assert {e.location for e in _events(text)} == {"Mandera"}


@pytest.mark.parametrize(("text", "pattern", "at"), [
    ("Soldiers patrolled the Sebeya river", event_places.FEATURE_NAMED_AFTER, "Sebeya"),
    ("fans outside the Amahoro stadium", event_places.FEATURE_NAMED_AFTER, "Amahoro"),
    ("a shop in the Kawempe neighbourhood", event_places.PART_OF_TOWN_AFTER, "Kawempe"),
])
def test_the_names_of_rivers_stadiums_and_parts_of_towns(text, pattern, at):
    assert pattern.match(text, text.index(at) + len(at))


def test_a_club_its_fans_follow_is_no_place():
    assert event_places.FANS_OF_BEFORE.search("Fans of Zanaco and ")


def test_a_day_of_the_cause_yields_to_the_acts_own_day():
    text = ("Youths stoned the police station in Gulu on Tuesday morning after a man died in a police cell "
            "overnight.")
    assert [e.event_date for e in _events(text)] == ["2025-06-03"]


def test_a_weekday_named_again_after_last_weekday_is_that_day():
    text = ("Last Thursday, soldiers fought gunmen near Bunia. The patrol came under fire on Thursday morning and "
            "two of the gunmen were killed, the army said.")
    assert {e.event_date for e in _events(text)} == {"2025-05-29"}


@pytest.mark.parametrize("text", [
    "Traders reopened the central market in Bukavu on Monday.\n\nAfter the 2019 election, protesters burned the "
    "electoral office in Bukavu. The opposition said dozens died.",
    "The army has carried out air strikes against rebel camps in the hills around Bunia.",
    "Lynchings of people accused of sorcery have long been reported in the villages around Kindu.",
])
def test_history_the_article_recalls_is_no_news(text):
    assert all(e.is_background for e in extract_text(text, published=PUBLISHED))


def test_a_count_of_homes_destroyed_and_people_displaced_starts_no_event():
    text = "The ministry said more than 400 houses had been destroyed and 2,000 people displaced in Kasese."
    assert not _events(text)


def test_a_toll_of_years_before_does_not_join_an_undated_riot():
    text = ("Voting was calm on Sunday in most of the county.\n\nYoung men stormed two polling stations in Lodwar and "
            "threw stones at police, who fired tear gas.\n\nIn January 2023, two people were killed in riots in "
            "Lodwar.")
    assert [e.fatalities for e in _events(text)] == [0]

