"""Golden test of a fourth batch of whole news articles (tests/fixtures/articles4/), in 23 countries batches 1 to 3 do
not cover and in styles they cover thinly: a lead event with a namesake town abroad (Concepción) or a dateline in a
neighbouring capital (Dakar, Kinshasa); a government or ministry spokesman in the capital telling of an attack elsewhere
(Luanda, Yerevan, Georgetown); background paragraphs recalling earlier attacks ('the third attack on police this
month', last year's massacre); a roundup of three shootings in three parishes on one day; a day-two follow-up (the
toll rose, funerals, a claim); two analysis pieces with no current event; four non-conflict stories told in the words
of war (floods that 'killed 40', cholera, a mine collapse, a stadium crush); and demonstrations that turn violent. Six
articles (held_out/) are held out and were run once, after this round's rules. Written before sitrep was run on any
of them (fictional events in real places); the matching rule is the first batch's (see tests/golden_articles.py).
Misses are strict xfails with their reason.

First pass (tune part: 18 articles, 15 expected events, 30 current events produced): event precision 14/30 = 46.7 %,
recall 14/15 = 93.3 %; of the 14 found, actors 9, fatalities 9, admin1 11 and date 11 right; 6 duplicates (the incident
coded again at the country its lead names (Guinea-Bissau, dated by the statement's day), at Paris where the rebels'
exiled leaders issued their claim, at Peja where the dead were buried, at Luang Prabang where the bus was going, at
Georgetown (the dateline), and the Tbilisi demonstration coded twice, once at 'EU flags') and 10 spurious: the
Kaspiysk shooting of 'last week' (mob violence), the Spanish Town shooting told as mob violence, the minister's words
in Kingston, 'Kurti accused Belgrade of arming the attackers' (an attack at Belgrade), the Pamirs crackdown of May 2022
('That month, ...') and the habitual border firing, a spokesman's retelling in Yerevan (mob violence) and the peace
treaty agreed weeks before, and in Tunisia a search by helicopter (an air strike), the November 4 landmine and a
sentence cut at 'Sgt.'. None of the four non-conflict articles gave an event.

After this round's rules (sitrep/extract.py: a place where a speaker spoke ('told reporters in Yerevan', 'in exile in
Paris'), the ends of a journey ('travelling from Vientiane to Luang Prabang'), a place naming a thing ('EU flags',
'the Vientiane Times'), a place in no country, a capital that stands for its government ('accused Belgrade of', 'The
United States ... condemned') and the places of a funeral told with the event are no event places; the day a toll rose
is no event day where the sentence names the event's own day ('Sunday's attack ... rose to three on Tuesday'); 'in a
statement read on national radio on Sunday' is the day of saying; a paragraph opening 'That month,' goes on from the
last one's date; 'have at times exchanged fire' is habitual; a violent sentence right after an event that names only
the event's named sides, with no day or place of its own, is more of it (the spokesman's retelling); a demonstration
the police met and the riot it became on one day at one place are one event; a sentence cut at a rank ('Sgt.') is
joined to the name after it): precision 15/21 = 71.4 %, recall 15/15 = 100 %; actors 8, fatalities 11, admin1 14,
date 14; 0 duplicates and 6 spurious. The first, second and third batches give the same figures before and after
(precision 66.7, 46.3 and 57.1 %, recall 84.6, 82.6 and 76.2 %).

Held out, first sight after the rules (6 articles, 7 expected events, 12 current events produced): precision 4/12 =
33.3 %, recall 4/7 = 57.1 %; of the 4 found, actors 3, fatalities 4, admin1 4, date 3; 2 duplicates (a rights group's
toll since October, 'the third attack this year') and 6 spurious (a 'battle for tickets', the police's fire told apart
from the riot, the Hadera attack as a clash with Hamas, two of the three Trinidad shootings under other sub-types, a
claim's 'captured weapons'). Not fixed against. Merged with the stop's other branches, the 'battle for tickets' is a
figure of speech (nonevents5's FIGURATIVE) and no longer fires; the figures above stay those of the single run.
Later (stop 44, tests/test_death_idioms.py), held out article 20's date regressed: see its miss.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden_articles import GoldenArticles, module_tests
from reported import reported
from sitrep import extract, nlp
from sitrep.api import extract_text

FIXTURE = Path(__file__).parent / "fixtures" / "articles4"
BATCH = GoldenArticles(FIXTURE)
HELD_OUT = GoldenArticles(FIXTURE / "held_out")
EARLIER_BATCHES = tuple(GoldenArticles(Path(__file__).parent / "fixtures" / name)
                        for name in ("articles", "articles2", "articles3"))


# --- known misses -----------------------------------------------------------------------------------------------------

BATCH.miss("actors: the group is named only as blamed (the EPP by the minister, FLEC by the spokesman, Islamic "
           "State by investigators, the Northern Defence Front in a later claim, Venezuelan gangs by the army chief) "
           "and stays unidentified; Tunisia's National Guard is read as its army",
           "01:actors.0", "03:actors.0", "04:actors.0", "06:actors.0", "13:actors.0", "14:actors.0")
BATCH.miss("actors: the demonstration is coded at its riot, whose crowd ACLED names rioters; the coder named the "
           "protesters the police dispersed", "18:actors.0")
BATCH.miss("fatalities: only the side the lead counts is summed (three soldiers without the two rebels, one officer "
           "without the two attackers, the three officers without the attacker killed)",
           "03:fatalities.0", "04:fatalities.0", "06:fatalities.0")
BATCH.miss("the minister's words in Kingston ('the small number of gunmen who still terrorise communities') are "
           "coded as an attack the next day, and the matching rule (within 50 km) gives it the May Pen shooting; the "
           "Spanish Town shooting is coded as mob violence (see 05:extra)",
           "05:fatalities.2", "05:event_date.2", "05:admin1.0")
BATCH.miss("extra: the Kaspiysk shooting of 'last week', recalled as the second of the month's attacks, is coded as "
           "mob violence", "04:extra")
BATCH.miss("extra: the Spanish Town shooting is coded as mob violence once the lead's three dead join it, and the "
           "minister's words are an attack", "05:extra")
BATCH.miss("extra: the peace treaty the two countries agreed weeks before ('came weeks after the two countries said "
           "they had agreed') is coded as an agreement on the day of the exchange of fire", "11:extra")
BATCH.miss("extra: 'Troops backed by helicopters were combing the area' is coded as an air strike, the November 4 "
           "landmine recalled as the month's first attack is coded, and the guard's burial in his home town ('The "
           "guard killed on Monday ... will be buried in Sidi Bouzid on Wednesday') is an attack there, dated last "
           "Wednesday", "13:extra")

HELD_OUT.miss("not found: the Hadera attack is coded as a clash between the police and Hamas (the officer who shot "
              "the assailant as a side, Hamas's praise as the doer)", "21:found.0")
HELD_OUT.miss("not found: the Arima shooting of a security guard is coded as a clash with private security forces "
              "(the Couva shooting by 'two men', once mob violence, is found since sub_types.SHOT_WHEN)", "22:found.2")
HELD_OUT.miss("the event is not found (see its found case)",
              *(f"21:{field}.0" for field in ("actors", "fatalities", "admin1", "event_date")),
              *(f"22:{field}.{i}" for field in ("actors", "fatalities", "admin1", "event_date") for i in (2,)))
HELD_OUT.miss("actors: FRUD-armé is named only in the next paragraph's claim and stays unidentified", "24:actors.0")
HELD_OUT.miss("extra: the lead's 'one person was shot dead when police opened fire' is coded apart as an attack by "
              "the police", "20:extra")
HELD_OUT.miss("date: since the dead of 'a young man died in police custody' are acted on (stop 44, deathidioms), the "
              "lead's riot is coded as the police's attack, and the riot is matched to the minister's account, dated "
              "a day early", "20:event_date.0")
HELD_OUT.miss("extra: the attack is coded as a clash (see 21:found.0)", "21:extra")
HELD_OUT.miss("extra: the Arima shooting under another sub-type (see 22:found.2)", "22:extra")
HELD_OUT.miss("extra: the rights groups' toll of 'more than 30' killed by police since the protests began in October "
              "is coded as a riot of mid-October", "23:extra")
HELD_OUT.miss("extra: 'the third attack on the army in the north this year' is coded as a clash on January 1, and the "
              "claim's 'captured weapons' as disrupted weapons use", "24:extra")

# --- the tests --------------------------------------------------------------------------------------------------------

globals().update(module_tests(BATCH, HELD_OUT))


def test_the_articles_are_well_formed_broad_and_new():
    earlier = {item["country"] for batch in EARLIER_BATCHES for item in batch.expected}
    every = BATCH.expected + HELD_OUT.expected
    assert (len(BATCH.articles), len(HELD_OUT.articles)) == (18, 6)
    assert len({item["country"] for item in every} - earlier) >= 16
    assert sum(not item["events"] for item in every) == 6
    BATCH.assert_well_formed(150, 450)
    HELD_OUT.assert_well_formed(150, 450)


# --- rules this round added, tried on sentences of other places and wording -------------------------------------------

PUBLISHED = "2025-06-03"


def _events(text: str) -> list:
    """The current events sitrep codes from a text of ours."""
    return reported(text, None, PUBLISHED)


def test_the_place_a_speaker_spoke_from_is_not_the_events():
    text = ("Rebels ambushed an army convoy near Kidal in northern Mali on Sunday, killing four soldiers. The group, "
            "in a statement issued by its leaders in exile in Paris, said its fighters had killed twenty soldiers.")
    assert [e.location for e in _events(text)] == ["Kidal"]


def test_the_ends_of_a_journey_are_not_where_on_it_the_event_was():
    text = ("The bus, travelling from Gulu to Kampala, was fired on in Masindi district on Monday, killing two "
            "passengers.")
    assert {e.location for e in _events(text)}.isdisjoint({"Gulu", "Kampala"})


def test_flags_and_newspapers_name_no_place_of_the_event():
    text = ("Protesters waving Kenyan and EU flags marched in Busia on Monday, the Nairobi Star reported, and police "
            "fired tear gas at them.")
    assert [e.location for e in _events(text)] == ["Busia"]


def test_the_day_a_toll_rose_is_not_the_events_day():
    text = "The toll from Sunday's bombing of a market in Baidoa rose to 12 on Tuesday, officials said."
    assert [e.event_date for e in _events(text)] == ["2025-06-01"]


def test_a_funeral_and_an_accused_capital_place_nothing():
    text = ("Gunmen shot dead two policemen in Kano on Sunday. Thousands of mourners attended the funerals of the two "
            "officers in Abuja on Monday. The governor accused Niamey of arming the attackers.")
    assert [e.location for e in _events(text)] == ["Kano"]


def test_a_demonstration_the_police_met_that_turned_violent_is_one_event():
    text = ("Riot police fired tear gas at protesters outside parliament in Nairobi on Tuesday. Later that night, some "
            "of the protesters threw stones at police lines and set tyres on fire in Nairobi.")
    assert len(_events(text)) == 1


def test_what_troops_have_at_times_done_is_no_dated_event():
    text = "Villagers near the border say soldiers have at times exchanged fire with smugglers."
    assert all(e.is_background for e in extract_text(text, published=PUBLISHED))


def test_a_paragraph_opening_that_month_goes_on_from_the_last_date():
    text = "Few people want to talk about March 2019.\n\nThat month, soldiers killed dozens of protesters in Khartoum."
    events = extract_text(text, published=PUBLISHED)
    assert events and all(e.event_date.startswith("2019-03") and e.is_background for e in events)


@pytest.mark.parametrize("text", [
    "Soldiers fought Ansar al-Sunna fighters near Mocimboa da Praia on Sunday, the army said. An army spokesman told "
    "reporters in Maputo that the soldiers had killed six of the militants.",
    "Gunmen attacked a police post in Mandera on Sunday, killing two officers. Interior Minister Kipchumba Murkomen "
    "told "
    "reporters in Nairobi that the attackers had been repelled.",
])
def test_a_spokesman_in_the_capital_retelling_the_event_tells_no_second_one(text):
    assert len(_events(text)) == 1


@pytest.mark.parametrize("text", [
    "The guard killed on Monday, Sgt. Mohamed Salah, 29, will be buried in Gafsa.",
    "Army spokesman Brig. Gen. Ali Hassan said two soldiers died near Gao.",
    "Police spokesman Supt. Charles Owino said five were arrested.",
])
def test_a_rank_before_a_name_does_not_end_the_sentence(text):
    assert [s.text for s in extract._whole_sentences(nlp.segment(text))] == [text]


def test_a_sentence_ending_at_a_line_break_after_a_title_stays_apart():
    text = "The report was signed by Dr.\nMost of the dead were children."
    assert len(list(extract._whole_sentences(nlp.segment(text)))) == len(list(nlp.segment(text).sents))
