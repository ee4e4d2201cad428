"""Golden test of a sixth batch of whole news articles (tests/fixtures/articles6/), 28 articles in 28 countries (13
that no earlier batch covers: Albania, Bahrain, Botswana, Cyprus, Equatorial Guinea, France, the Solomon Islands,
Suriname, Namibia, Bulgaria, Romania, the Maldives, Papua New Guinea's highlands aside), written to test precision on
what users feeding web pages get: wire stories updated through the day with tolls revised (Shkoder, Bata, Enga, Bannu,
Kharkiv), local news (Sitra, Francistown, Windhoek), features that open on a person (Djibo, Cluj), multi-incident
roundups (Paramaribo and Nickerie, El Fasher, Culiacán and Navolato, Bishnupur and Jiribam, Ituri's camp and the next
day's clash), and in every article background paragraphs, incidents recalled in passing, the same incident told twice
in other words or with another toll, reactions and quotes, and aftermath (funerals, investigations, arrests of
suspects, a curfew). Every fourth article (held_out/, 7) is held out. Written and coded before sitrep was run on any
of them (fictional events in real places); the matching rule is the first batch's (see tests/golden_articles.py).
Misses are strict xfails with their reason.

First pass (tune part: 21 articles, 31 expected events, 47 current events produced): event precision 24/47 = 51.1 %,
recall 24/31 = 77.4 %; of the 24 found, actors 14, fatalities 16, admin1 24, date 21; 5 duplicates and 18 spurious:
the Sitra march placed at London ('a rights group based in London'), 'Since then, street protests have been rare' as a
protest; the Bata toll an earlier version had given as an attack and the government's version as a clash; the
Enga fight told again from 'The fighting broke out at dawn ...' (a clause 'that has simmered for years' made it
context) and from 'several of the dead had been hacked', both as mob violence; the unions' strike they 'would decide'
on and the president's quoted 'an attack on all of us'; 'ended without arrests' as arrests; the Zamfara raid split
between the lead (dated by its dateline) and the body's Monday night; the Middle Shabelle operation 'with no place or
date'; the U.N. chief 'horrified by the attacks' in Geneva; the Mandalay fighting 'with no details'; the Sinaloa troop
deployment; the Bannu toll 'police had said five' and the arrest of 'three men suspected of helping the bomber'; the
Kharkiv toll 'officials said three ... four more bodies' as an attack and the drones 'shot down' placed at Moscow; the
Djibo 'two of the wounded soldiers had died overnight' as a clash two days later; the Debre Tabor bodies 'brought in
by Tuesday morning ... killed by shelling' as shelling; the Jiribam burning dated by the Bishnupur attack's Tuesday.

After this round's rules (sitrep/extract.py: a sentence whose subject is the event just told, 'The shooting happened
in ...', 'The fighting broke out at dawn ...', is more of it even with a clause of history (EVENT_AS_SUBJECT,
`_comments_on`); 'several of the dead', 'among the victims' refer back (REFERS_BACK); bodies 'brought in' to a
hospital update a toll (TOLL_UPDATE); 'four more bodies', 'three more were found' are increments of a toll already
told, and what 'an earlier version' of a story said a superseded figure: they join the event with no figure of their
own (TOLL_INCREMENT, EARLIER_REPORT, `_add_without_toll`); a reaction that names the event ('horrified by the
attacks') is aftermath, no event (REACTION, `_aftermath_only`); 'since then' is a span of history (BACKGROUND_CUE); an
arrest denied, 'ended without arrests', is no arrest (NO_ARREST)): precision 24/39 = 61.5 %, recall 24/31 = 77.4 %;
actors 12, fatalities 16, admin1 24, date 21; 5 duplicates and 10 spurious. Tried and dropped: the arrest of an
incident's suspects as aftermath (the Bannu arrests; the project's own example article codes the arrest of 14 people
accused of a riot's arson), wounded who 'had died' and 'four more people died' as increments (they are
`casualties`' rule for wounded who die), and a lead dated only by its dateline joining a body sentence of the days
before (the Zamfara raid; it cost recall here and a duplicate in the third batch). The earlier batches, before and
after: first 23/34 unchanged (fatalities 20 -> 21), second 20/41, third 17/28, fourth 15/21 (held out 5/10), fifth
18/30 (held out 6/14), all unchanged.

Held out (7 articles, 10 expected events): with the code before this round (a clean checkout of main) precision 7/17
= 41.2 %, recall 7/10 = 70.0 %; after the rules 7/16 = 43.8 %, recall 7/10 = 70.0 % (actors 3, fatalities 5, admin1 7,
date 7; 2 duplicates, 7 spurious). Not fixed against.

Since stop 42's merges, 02's march is found at Sitra (places2: a source's seat, 'a rights group based in London', is
no place of the event); the figures above are those of their runs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden_articles import GoldenArticles, module_tests
from reported import reported
from sitrep import extract
from sitrep.api import extract_text

FIXTURE = Path(__file__).parent / "fixtures" / "articles6"
BATCH = GoldenArticles(FIXTURE)
HELD_OUT = GoldenArticles(FIXTURE / "held_out")
EARLIER_BATCHES = tuple(GoldenArticles(Path(__file__).parent / "fixtures" / name)
                        for name in ("articles", "articles2", "articles3", "articles4", "articles4/held_out",
                                     "articles5", "articles5/held_out"))

FIELDS = ("actors", "fatalities", "admin1", "event_date")

# --- known misses -----------------------------------------------------------------------------------------------------

BATCH.miss("not found: a villa 'destroyed by an explosion' with a timer found is coded as mob violence", "06:found.0")
BATCH.miss("fatalities: the Sitra march, placed at Sitra since stop 42 ('a rights group based in London' is no place of "
           "it), counts the young man who died in custody before the funeral it followed", "02:fatalities.0")
BATCH.miss("not found: the Nickerie tractor march is joined to the February 2023 storming the paragraph before "
           "recalls", "09:found.1")
BATCH.miss("not found: the Wednesday gathering that 'ended without arrests' is read as no event at all", "13:found.1")
BATCH.miss("not found: the militia's attack on the camp is coded as an armed clash with the army, who came the next "
           "day", "15:found.0")
BATCH.miss("not found: the Navolato killing of a family joins the Culiacán gun battle of the lead", "21:found.1")
BATCH.miss("not found: the suicide bombing is coded as a roadside bomb with the police's first five dead, apart from "
           "the lead", "22:found.0")
BATCH.miss("the event is not found (see its found case)",
           *(f"{case}:{field}.0" for case in ("06", "15", "22") for field in FIELDS),
           *(f"{case}:{field}.1" for case in ("09", "13", "21") for field in FIELDS))
BATCH.miss("actors: the side is named otherwise than ACLED names it or left unidentified (a crowd of residents as "
           "rioters against the police, the clans as a town's militia against the police who parted them, the "
           "Afghan residents as rioters of Afghanistan, the police of 'the Maldives', CODECO and the RSF left "
           "unidentified or reversed, the cartel's factions, the TTP, Russia's forces and JNIM unnamed, the Meitei "
           "farmers' attackers as the army against a militia)",
           "03:actors.0", "05:actors.0", "07:actors.0", "11:actors.0", "13:actors.0", "15:actors.1", "18:actors.0",
           "21:actors.0", "23:actors.0", "23:actors.1", "25:actors.0", "27:actors.0")
BATCH.miss("fatalities: the lowest figure any source gave is taken (the eight bodies counted on Monday evening, the "
           "army's first 15 militants, a part of the Culiacán and Bannu tolls), or the dead are not counted (the "
           "El Fasher shelling's 11, the militants at Pimbo, the volunteers at Djibo), or the Bishnupur dead go to "
           "the Jiribam burning",
           "07:fatalities.0", "15:fatalities.1", "17:fatalities.0", "18:fatalities.0", "21:fatalities.0",
           "25:fatalities.0", "27:fatalities.0", "27:fatalities.1")
BATCH.miss("date: the raid is dated by the dateline of the lead, which names no day of its own; the Pimbo clash and "
           "the Culiacán battle take the day of the incident told before them",
           "14:event_date.0", "15:event_date.1", "21:event_date.0")
BATCH.miss("extra: the government's version, security forces 'attacked by a group of vandals', is coded as a clash",
           "05:extra")
BATCH.miss("extra: the bombing as mob violence (see 06:found.0)", "06:extra")
BATCH.miss("extra: the president's quoted 'an attack on all of us' as an attack and the unions' strike they 'would "
           "decide' on as a protest", "09:extra")
BATCH.miss("extra: the raid's body, 'rode into Kairu village ... setting fire to homes', is read as property "
           "destruction and then a clash, apart from the lead", "14:extra")
BATCH.miss("extra: the camp attack as a clash leaves the Pimbo clash over (see 15:found.0)", "15:extra")
BATCH.miss("extra: an operation the government told 'with no place or date' is coded at Middle Shabelle", "17:extra")
BATCH.miss("extra: fighting in Mandalay region 'but he gave no details' is coded as a clash", "19:extra")
BATCH.miss("extra: troops sent to the state and a drug seizure 'in recent weeks' are coded as a change to a group's "
           "activity", "21:extra")
BATCH.miss("extra: the police's earlier toll, 'police had said five officers died in the blast; four more died', "
           "is coded as a roadside bomb, and the arrest of three men suspected of helping the bomber as arrests",
           "22:extra")
BATCH.miss("extra: 'two of the wounded soldiers had died overnight' is coded as a clash on the day it was told",
           "25:extra")
BATCH.miss("extra: 70 drones 'shot down or jammed' across Ukraine are coded at Moscow, where the Kremlin spoke",
           "23:extra")
BATCH.miss("extra: the Jiribam burning is coded twice, once with the Bishnupur attack's day", "27:extra")

HELD_OUT.miss("held out, not examined: the event is not found", "08:found.0", "12:found.0", "12:found.1")
HELD_OUT.miss("the event is not found (see its found case)",
              *(f"08:{field}.0" for field in FIELDS), *(f"12:{field}.{i}" for field in FIELDS for i in (0, 1)))
HELD_OUT.miss("held out, not examined: the actors differ from the coder's", "04:actors.0", "20:actors.0",
              "24:actors.0", "28:actors.0")
HELD_OUT.miss("held out, not examined: the fatalities differ from the coder's", "16:fatalities.0", "24:fatalities.1")
HELD_OUT.miss("held out, not examined: events too many", "04:extra", "08:extra", "12:extra", "16:extra", "28:extra")

# --- the tests --------------------------------------------------------------------------------------------------------

globals().update(module_tests(BATCH, HELD_OUT))


def test_the_articles_are_well_formed_broad_and_new():
    earlier = {item["country"] for batch in EARLIER_BATCHES for item in batch.expected}
    every = BATCH.expected + HELD_OUT.expected
    assert (len(BATCH.articles), len(HELD_OUT.articles)) == (21, 7)
    assert len({item["country"] for item in every}) == 28
    assert len({item["country"] for item in every} - earlier) >= 12
    BATCH.assert_well_formed(300, 700)
    HELD_OUT.assert_well_formed(300, 700)


# --- rules this round added, tried on sentences of other places and wording -------------------------------------------

PUBLISHED = "2025-06-05"
"""A Thursday."""


def _events(text: str) -> list:
    """The current events sitrep codes from a text of ours."""
    return reported(text, None, PUBLISHED)


def test_a_sentence_whose_subject_is_the_event_told_is_more_of_it():
    text = ("Soldiers fired on a crowd of traders in Kananga on Tuesday, killing two people. The shooting happened at "
            "the central market, where the city had begun clearing stalls from a road that has been disputed for "
            "years.")
    assert len(_events(text)) == 1


@pytest.mark.parametrize(("text", "toll"), [
    ("A rocket hit a market in Goma on Tuesday, killing nine people, officials said on Wednesday.\n\nOn Tuesday "
     "night, officials said five people had been killed; by Wednesday morning rescuers had pulled four more bodies "
     "from the rubble.", 9),
    ("Police shot dead three protesters in Mbuji-Mayi on Tuesday, a hospital source said on Wednesday.\n\nAn earlier "
     "version of this story, citing a resident, said one person had been killed.", 3),
])
def test_a_tolls_increments_and_superseded_figures_join_the_event_with_no_figure(text, toll):
    events = _events(text)
    assert [e.fatalities for e in events] == [toll]


def test_bodies_brought_to_a_hospital_are_the_toll_of_the_fight_told():
    text = ("Rebels clashed with soldiers in Butembo on Monday, residents said.\n\nA nurse at the hospital said the "
            "bodies of seven civilians, most of them killed by shelling, had been brought in by Tuesday morning.")
    assert [(e.sub_event_type, e.fatalities) for e in _events(text)] == [("Armed clash", 7)]


def test_the_dead_of_the_event_told_refer_back_to_it():
    text = ("Gunmen attacked the village of Mambasa on Sunday, killing ten people.\n\nPolice said several of the dead "
            "had been hacked with machetes after they were shot.")
    assert len(_events(text)) == 1


def test_a_reaction_to_the_event_told_is_aftermath():
    text = ("A drone struck a school in Kalemie on Monday, killing six children, local officials said.\n\nIn a "
            "statement issued in Geneva on Tuesday, the U.N. children's agency said it was horrified by the attack.")
    assert len(_events(text)) == 1


def test_an_arrest_denied_is_no_arrest():
    text = ("Police fired tear gas at students in Kisangani on Monday.\n\nA smaller gathering outside the governor's "
            "office on Wednesday ended without arrests.")
    assert "Arrests" not in {e.sub_event_type for e in _events(text)}
    assert extract.NO_ARREST.search("No arrests were made.")


def test_since_then_is_history():
    text = "Since then, street protests in Bukavu have been small and rare."
    assert all(e.is_background for e in extract_text(text, published=PUBLISHED))
