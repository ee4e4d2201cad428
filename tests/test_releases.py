"""Golden test of a batch of texts analysts feed sitrep that are not news stories (issues #10 and #12): press releases
and statements of armies, police forces, ministries and armed groups, and humanitarian situation reports
(tests/fixtures/releases/). Forty documents from 38 countries, 80 to 400 words each, fictional events in real places,
written before sitrep was run on any of them: army statements ('troops of Operation Hadin Kai neutralised 12
terrorists', 'our forces repelled an attack on the detachment at Djibo', an ISPR press release, an air strike
communiqué), police statements on a riot, on demonstrators arrested and on a gang fight, ministry of the interior
communiqués, armed groups' claims ('our mujahideen targeted a convoy of the apostate army', an SDF statement), UN and
NGO situation reports with bulleted or numbered incidents in several places on several dates, a weekly security bulletin
and a police daily report under a dated header ('Date: 4 June 2025'), NGO and ICRC press releases on attacks on a
clinic and a driver, an election observers' statement with numbered incidents, statements condemning an attack,
rebuttals of another side's claim, and releases of no event (a recruitment drive, a live-fire exercise, a gallantry
award ceremony; a passing-out parade held out). A signed cessation of hostilities is coded as ACLED's Agreement. Ten
documents (held_out/) were held out and run once, after this round's rules. The expected events are coded as a careful
ACLED coder would (the statement's own forces under the issuer's name; 'terrorists' an unidentified armed group unless
the text names them; fatalities as the source gives them, both sides summed); the matching rule is the first batch's
(see tests/golden_articles.py). Misses are strict xfails with their reason.

First pass (tune part: 30 documents, 31 expected events, 38 current events produced): event precision 21/38 = 55.3 %,
recall 21/31 = 67.7 %; of the 21 found, actors 14, fatalities 14, admin1 19 and date 20 right; 2 duplicates (the
Cameroon bulletin's Bamenda and Ndop items placed at Kumba, the only place the geoparser read without the country) and
15 spurious (a clearance operation as a change to the group's activity; the condemnation of the clinic attack and the
ICRC's sorrow coded again; observers' numbered incidents as mob violence at 'Mission', Texas; the Armenian rebuttal as
an attack at Kalbajar; the Ghana recruitment drive twice; the live-fire exercise as territory taken; the Ethiopian
rebuttal's denied capture of Debre Tabor; the Kabul raid as a suicide bomb and its planned attacks; the Gazipur riot
as mob violence; 'five bandits were neutralised' as disrupted weapons use; the SDF's repelled attack as a drone strike;
the Plaine Savo attack as 'Other'). The Niger government's condemnation of the attack at Tera gave no event at all.

After this round's rules: precision 23/37 = 62.2 %, recall 23/31 = 74.2 %; actors 16, fatalities 19, admin1 21,
date 22; 2 duplicates and 12 spurious. The rules: a condemnation that dates the act it condemns and tells its toll
tells the act (relevance.frames.condemned_act_told); a refuted report names who spread it and a claim the sentence calls
false is unreal (frames.SPREAD_BY, UNREAL_FRAME); what an exercise tests or rehearses is acted out (UNREAL_FRAME);
'our forces' in a statement are the issuer named in its letterhead (sides.link_sides); a bulleted
or numbered list item that names a place or a day is a report of its own (grouping.mark_list_items, _same_item);
'the loss of four of our soldiers', 'were martyred' and 'embraced shahadat' kill (casualties._LOSSES, KILL); the
issuer's own dead add to the enemy dead it counts (casualties.own_men); armed men who 'were neutralised' fought (an
Armed clash cue); a report's 'three attacks in one week' is a tally (relevance.history.LONG_PERIOD, TALLY).
Later (task nonevents9), grief or shock at a killing ('deeply saddened by the killing') is a reason named, not an
act (relevance.frames.VIOLENCE_AS_REASON), so the ICRC's sorrow is no longer coded again (30:extra).

Held out, first sight after the rules (10 documents, 10 expected events, 14 current events produced): precision
7/14 = 50.0 %, recall 7/10 = 70.0 %; of the 7 found, actors 6, fatalities 6, admin1 7, date 6; 1 duplicate and 6
spurious (a flash update's key point '11 civilians killed in two incidents in one week' as a clash, a police
statement's arrests coded as Arrests rather than the protest they dispersed, the Togo attack condemned coded as an
attack on civilians by the army, a passing-out parade as a change to a group's activity, the Zawiya clashes as an
attack in South Sudan, a police deployment as a base established). With the code before the rules (a clean checkout of
main): precision 7/13 = 53.8 %, recall 7/10 = 70.0 %; actors 6, fatalities 5, admin1 7, date 6; 1 duplicate and 5
spurious (the Kosovo police's rebuttal coded as an attack at Belgrade; the key point and the Togo attack not coded).
Not fixed against.
Merged with main, the east_notes branch's rule that a crowd's violence with its demand told is a violent demonstration
(`demonstrations.crowd_states_demand`) codes the Gazipur labour riot (26) right, with all its fields.
The releases2 branch's rules (tests/test_release_shapes.py): support from the air or from guns named beside a ground act
is no strike of its own (`relevance.without_supporting_fire`) codes the SDF's repelled attack (29) as the clash, found
with its dead, admin1 and day (its other side is still Turkey's army); a recruitment announced for later
(`relevance.RECRUITMENT_TO_COME`) and a future passive holding its joined participles (`UNREAL_FRAME`: 'will be arrested
and handed over') leave the Ghana recruitment notice (16) with no event; a displacement site or camp attacked on the
ground is an attack on civilians (`relevance.attack_on_the_displaced`) codes the Plaine Savo attack (08) with all its
fields, and the condemned attack on the clinic in Kalma camp (09) as the attack its details tell, one event on its
own day; bare 'Khawarij' is no TTP alias (sitrep/data/actors.csv), so the Kabul raid's other side is IS-Khorasan.
The death_idioms branch's rule that the subject of a verb of dying is acted on (`roles.sentence._died`: 'two of our
fighters were martyred') gives the SDF's repelled attack (29) its coder's actors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden_articles import GoldenArticles, module_tests
from reported import only_reported, reported
from sitrep import casualties, classify, extract, sides
from sitrep.schema import Document

FIXTURE = Path(__file__).parent / "fixtures" / "releases"
BATCH = GoldenArticles(FIXTURE)
HELD_OUT = GoldenArticles(FIXTURE / "held_out")

FIELDS = ("found", "actors", "fatalities", "admin1", "event_date")


def _unfound(number: str, index: int = 0) -> tuple[str, ...]:
    """The cases of an expected event that is not found: it and its four fields."""
    return tuple(f"{number}:{kind}.{index}" for kind in FIELDS)


# --- known misses -----------------------------------------------------------------------------------------------------

BATCH.miss("actors: the side is named only by a word the actor list does not take as a group ('khwarij of the TTP', "
           "'terrorists' read as a group of Brazil by Boni's namesake, the Hasm movement's 'elements', 'bandits of the "
           "400 Mawozo gang', 'armed civilians' read as a communal militia), or the body that condemns, signs or "
           "speaks is read as a side (the Government of Niger, the South Sudan government's own army)",
           "03:actors.0", "04:actors.0", "11:actors.0", "14:actors.0", "15:actors.0", "27:actors.0", "28:actors.0")
BATCH.miss("fatalities: a named soldier who 'embraced shahadat' after a long aside, 'one soldier lost his life' on "
           "'our side' after the enemy dead, the ground force's found bodies counted apart, and a clinic's two dead "
           "told as 'a nurse, Amna Yousif, and the relative of a patient' (one)",
           "04:fatalities.0", "09:fatalities.0", "19:fatalities.0", "20:fatalities.0")
BATCH.miss("admin1: a place with a namesake elsewhere wins over the province the text names (Giza read as Cairo's, "
           "the Hamrin mountains as Salah ad Din's while the statement says Diyala)", "14:admin1.0", "19:admin1.0")
BATCH.miss("the observers' numbered incidents are placed in Zimbabwe at large, not at Gutu (the releases2 branch's "
           "`geo._generic_tail` no longer reads 'Gutu Mission hospital' as Mission, Texas), and the assault on polling "
           "agents is read as mob violence", *_unfound("10", 0), *_unfound("10", 1))
BATCH.miss("the Kabul raid: 'Daesh khawarij' is read as the TTP and the seized suicide vest makes it a suicide bomb",
           *_unfound("22"))
BATCH.miss("extra: a clearance operation as a change to the group's activity (01); mob violence in Zimbabwe (10); "
           "the Kabul raid's suicide vest and planned attacks (22); the Carrefour kidnapping ring "
           "arrested as an abduction (27)",
           "01:extra", "10:extra", "22:extra", "27:extra")

HELD_OUT.miss("held out, not fixed against: the Kampala procession dispersed is coded as arrests of civilians",
              *_unfound("32"))
HELD_OUT.miss("held out, not fixed against: the condemned attack on the Togolese post is coded as an attack on "
              "civilians by the army", *_unfound("34"))
HELD_OUT.miss("held out, not fixed against: the Zawiya clashes between two armed groups are coded as an attack in "
              "South Sudan", *_unfound("37"))
HELD_OUT.miss("held out, not fixed against: the Shining Path patrol's dead sergeant is not counted",
              "33:fatalities.0")
HELD_OUT.miss("held out, not fixed against: the clans of Tari are not read as clan militias", "38:actors.0")
HELD_OUT.miss("held out, not fixed against: the night of the 8th to the 9th is dated by its end", "39:event_date.0")
HELD_OUT.miss("held out, not fixed against: a key point's '11 civilians killed in two incidents in one week' (31), "
              "the sergeant evacuated to Lima (33), the arrests (32), the Togo attack (34), a passing-out parade "
              "(36) and the Zawiya clashes (37)",
              "31:extra", "32:extra", "33:extra", "34:extra", "36:extra", "37:extra")

globals().update(module_tests(BATCH, HELD_OUT))


def test_the_documents_are_well_formed_and_broad():
    every = BATCH.expected + HELD_OUT.expected
    assert (len(BATCH.articles), len(HELD_OUT.articles)) == (30, 10)
    assert len({item["country"] for item in every}) >= 30
    assert sum(not item["events"] for item in every) == 6
    BATCH.assert_well_formed(80, 400)
    HELD_OUT.assert_well_formed(80, 400)


# --- rules this round added, tried on sentences of other places and wording -------------------------------------------

PUBLISHED = "2025-06-10"


def test_a_condemnation_that_dates_the_act_and_its_toll_tells_the_act():
    text = ("The Ministry of Security strongly condemns the attack carried out on Sunday 8 June against a police post "
            "near Kidal, in which six officers lost their lives.")
    events = reported(text, "Mali", PUBLISHED)
    assert [(e.location, e.event_date, e.fatalities) for e in events] == [("Kidal", "2025-06-08", 6)]


def test_a_condemnation_of_acts_with_no_day_or_toll_tells_none():
    assert not reported("The council condemned the attacks on aid workers in Darfur.", "Sudan", PUBLISHED)


@pytest.mark.parametrize("text", [
    "The army rejects the claim made by the rebels on social media that its soldiers burned houses in Mutarule.",
    "Claims circulated by the militia that its fighters had seized the town of Kalemie are false.",
])
def test_a_refuted_report_tells_no_event(text):
    assert not reported(text, None, PUBLISHED)


def test_what_an_exercise_tests_is_acted_out():
    text = "The exercise tested the ability of the marines to repel a raid on the port of Mombasa."
    assert not reported(text, "Kenya", PUBLISHED)


def test_our_forces_in_a_statement_are_the_issuers():
    text = ("Uganda People's Defence Force\nPress release\n\nOn Sunday 8 June, our forces repelled an attack by ADF "
            "fighters on a position near Bundibugyo, killing four of the attackers.")
    event = only_reported(text, "Uganda", PUBLISHED)
    assert {event.actor1, event.actor2} == {"Military Forces of Uganda", "ADF: Allied Democratic Forces"}


def test_our_forces_outside_a_statement_name_no_one():
    text = "On Sunday, \"our forces repelled an attack near Bundibugyo,\" a resident said."
    assert sides.issuer_side(Document(id="x", text=text), "Uganda") is None


@pytest.mark.parametrize(("text", "killed"), [
    ("The General Staff deplores the loss of three of our gallant soldiers.", 3),
    ("Two of our fighters were martyred in the fighting.", 2),
])
def test_a_statement_tells_its_own_dead_in_its_own_words(text, killed):
    assert [(m.kind, m.low) for m in casualties.find_casualties(text)] == [("killed", killed)]


def test_the_issuers_own_dead_add_to_the_enemy_dead():
    text = ("ARMED FORCES OF NIGER\nCommuniqué\n\nOn Sunday 8 June, our troops repelled an attack on their post at "
            "Banibangou and neutralised nine assailants. We regret the loss of two of our soldiers.")
    assert only_reported(text, "Niger", PUBLISHED).fatalities == 11


def test_armed_men_neutralised_in_the_passive_fought():
    assert classify.classify("Seven insurgents were neutralised near Macomia.")[0][0] == "Armed clash"


def test_list_items_are_reports_of_their_own():
    text = ("SECURITY UPDATE\n\n- 2 June, Gao: gunmen shot dead two traders on the market road.\n"
            "- 4 June, Menaka: soldiers clashed with militants north of the town; five militants were killed.\n")
    events = reported(text, "Mali", PUBLISHED)
    assert sorted((e.location, e.event_date) for e in events) == [("Gao", "2025-06-02"), ("Menaka", "2025-06-04")]


def test_a_count_of_attacks_over_the_reporting_period_is_a_tally():
    assert not reported("- Four attacks on schools during the reporting period.", "Burkina Faso", PUBLISHED)
