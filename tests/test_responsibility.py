"""Claims of responsibility, attribution, suspicion and denial (ACLED's rules for naming a group),
districts named as units, and armed victims making a battle: wire-style reports we wrote, from many
countries."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.actors import find_actors
from sitrep.api import extract_text
from sitrep.casualties import find_claimant
from sitrep.responsibility import DENIAL, Attribution, apply_attributions, find_attributions
from sitrep.schema import Claim, Event

PUBLISHED = dt.date(2021, 5, 4)


def violent_events(text: str) -> list[Event]:
    events = [e for e in extract_text(text, published=PUBLISHED) if not e.is_background]
    return [e for e in events if e.event_type in {"Battles", "Explosions/Remote violence", "Violence against civilians"}]


def only_event(text: str) -> Event:
    events = violent_events(text)
    assert len(events) == 1, [(e.sub_event_type, e.actor1, e.actor2) for e in events]
    return events[0]


def claims_of(event: Event, kind: str) -> list[Claim]:
    return [c for c in event.claims if c.claim_type == kind]


@pytest.mark.parametrize(
    ("text", "actor1", "claimant"),
    [
        ("On Tuesday a car bomb killed five people in Ramadi. Islamic State claimed responsibility.",
         "Islamic State", "Islamic State"),
        ("Gunmen killed three soldiers at a checkpoint in Kirkuk province on Monday. "
         "The Islamic State group claimed responsibility for the attack.", "Islamic State", "Islamic State group"),
        ("A suicide bomber blew himself up at a market in Mogadishu on Sunday, killing 12 people. "
         "Al-Shabaab claimed the attack.", "Al Shabaab", "Al-Shabaab"),
        ("A roadside bomb killed four policemen in Tikrit on Monday, the group's Amaq news agency said.",
         "Islamic State", "Amaq"),
        ("Unknown assailants stormed a police post in Kunar province on Monday, killing two policemen. "
         "The Taliban said their fighters carried out the raid.", "Taliban", "Taliban"),
        ("A drone struck a power station in Jizan on Monday, injuring two workers. "
         "The Houthis claimed responsibility for the attack.", "Ansar Allah", "Houthis"),
        ("Insurgents beheaded five villagers in Muidumbe district, Cabo Delgado, on Sunday. "
         "Islamic State claimed the killings through its Amaq news agency.", "Islamic State", "Islamic State"),
    ],
)
def test_a_group_claiming_the_deed_is_its_actor_and_the_claim_is_kept(text, actor1, claimant):
    """The group becomes actor 1 and an attacker argument; its news agency ("Amaq") is only a claimant."""
    event = only_event(text)
    assert event.actor1 == actor1
    owned = claims_of(event, "responsibility")
    assert [(c.claimant, c.responsible_actor) for c in owned] == [(claimant, actor1)]
    assert owned[0].text in text and text[owned[0].start:owned[0].end] == owned[0].text
    doers = [a.text for a in event.arguments if a.role == "attacker" and a.organization]
    assert claimant not in doers if claimant == "Amaq" else claimant in doers


def test_a_claim_in_a_later_sentence_goes_to_the_nearest_attack_before_it():
    text = ("On Monday gunmen shot dead a village chief in Diffa. Separately, a bomb exploded at a bus station in "
            "Niamey on Monday, killing six people. Islamic State claimed responsibility for the bombing.")
    events = {e.location: e for e in violent_events(text)}
    assert events["Niamey"].actor1 == "Islamic State (Sahel)"  # the province that fights around Niamey (actors)
    assert claims_of(events["Niamey"], "responsibility")
    assert events["Diffa"].actor1 == "Unidentified Armed Group (Niger)"
    assert not claims_of(events["Diffa"], "responsibility")


@pytest.mark.parametrize(
    ("text", "actor1", "claimant"),
    [
        ("Unidentified gunmen killed two civilians in Maiduguri on Friday. Officials attributed the attack to Boko Haram.",
         "Boko Haram - Jamatu Ahli Sunna lid-Dawati wal-Jihad", "Officials"),
        ("A bomb exploded in a market in Gao on Thursday, killing six civilians. Local sources blamed JNIM.",
         "JNIM: Group for Support of Islam and Muslims", "Local sources"),
        ("Gunmen killed seven villagers near Beni on Sunday. The army blamed the attack on the Allied Democratic Forces.",
         "ADF: Allied Democratic Forces", "army"),
        ("Gunmen killed a teacher in Bamenda on Monday. Authorities blamed Ambazonian separatists.",
         "Ambazonian Separatists", "Authorities"),
        ("A bomb exploded at a cathedral in Jolo on Sunday, killing 20 people. Abu Sayyaf was blamed for the blast.",
         "Abu Sayyaf Group", None),
        ("Gunmen shot dead a tribal elder in Deir ez-Zor city on Monday. The Syrian Democratic Forces blamed Islamic "
         "State cells.", "Islamic State", "Syrian Democratic Forces"),
    ],
)
def test_others_blaming_a_group_name_it_with_less_confidence_than_its_own_claim(text, actor1, claimant):
    event = only_event(text)
    assert event.actor1 == actor1
    blamed = claims_of(event, "attribution")
    assert [(c.claimant, c.responsible_actor) for c in blamed] == [(claimant, actor1)]
    owned = only_event(f"{text.split('.')[0]}. {find_actors(text)[-1].text} claimed responsibility.")
    assert owned.actor1 == actor1


@pytest.mark.parametrize(
    ("text", "certain", "actor1"),
    [
        ("Suspected ISWAP fighters attacked a military base in Borno state on Tuesday.",
         "ISWAP fighters attacked a military base in Borno state on Tuesday.", "Islamic State (West Africa)"),
        ("Attackers believed to be al-Shabaab militants killed four teachers in Mandera on Monday.",
         "Al-Shabaab militants killed four teachers in Mandera on Monday.", "Al Shabaab"),
        ("Suspected Ansar al-Islam fighters killed five civilians near Djibo on Sunday.",
         "Ansar al-Islam fighters killed five civilians near Djibo on Sunday.", None),
        ("A trader was killed when assailants suspected to be affiliated with al-Shabaab attacked a bus near Lamu on Monday.",
         "A trader was killed when al-Shabaab militants attacked a bus near Lamu on Monday.", "Al Shabaab"),
    ],
)
def test_a_suspected_group_keeps_the_attribution_and_the_notes_say_so(text, certain, actor1):
    event = only_event(text)
    suspicions = claims_of(event, "suspicion")
    assert len(suspicions) == 1 and suspicions[0].claimant is None
    actor1 = actor1 or suspicions[0].responsible_actor
    assert event.actor1 == actor1 == suspicions[0].responsible_actor
    assert f"suspected {actor1}" in event.notes
    certain = only_event(certain)
    assert certain.actor1 == actor1 and "suspected" not in certain.notes


def test_confidence_falls_for_blame_and_more_for_suspicion_but_not_for_the_group_s_own_claim():
    text = "Gunmen killed two civilians in Maiduguri on Friday. Boko Haram claimed the attack."
    group = find_actors(text)[-1]

    def confidence_after(kind: str) -> float:
        event = Event("e", "d", "Violence against civilians", "Attack", "Political violence",
                      actor1="Unidentified Armed Group (Nigeria)", inter1=3, actor2="Civilians (Nigeria)", inter2=7,
                      country="Nigeria", confidence=0.8)
        claim = Claim(None, None, text=text, claim_type=kind, responsible_actor=group.name)
        apply_attributions(event, [Attribution(claim, group)])
        assert (event.actor1, event.inter1, event.interaction) == (group.name, 2, 27)
        return event.confidence

    assert confidence_after("responsibility") == 0.8
    assert confidence_after("suspicion") < confidence_after("attribution") < 0.8


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb killed seven people in Kabul on Sunday. The Taliban denied involvement.",
        "A car bomb killed seven people in Kabul on Sunday. The Taliban said it had no role in the attack.",
        "Gunmen killed three herders near Menaka on Saturday. JNIM, which is active in the area, denied responsibility.",
        "A car bomb exploded at a market in Azaz on Monday, killing three civilians. Hayat Tahrir al-Sham denied involvement.",
    ],
)
def test_a_group_denying_the_deed_is_never_named(text):
    event = only_event(text)
    denied = claims_of(event, "denial")
    assert len(denied) == 1
    assert event.actor1 != denied[0].responsible_actor
    assert event.actor1.startswith("Unidentified Armed Group")
    assert not any(a.role == "attacker" and a.text in ("Taliban", "JNIM", "Hayat Tahrir al-Sham") for a in event.arguments)


def test_a_group_named_in_its_own_sentence_keeps_it_when_another_claims():
    event = only_event("Taliban fighters attacked a checkpoint in Ghazni on Monday, killing five soldiers. "
                       "Islamic State claimed responsibility for the attack.")
    assert event.actor1 == "Taliban"
    assert claims_of(event, "responsibility")[0].responsible_actor == "Islamic State"


def test_no_claim_without_a_group_and_an_open_claim_names_nobody():
    event = only_event("A bomb exploded at a market in Jalalabad on Monday, killing four people. "
                       "No group has claimed responsibility for the blast.")
    assert event.actor1 == "Unidentified Armed Group (Afghanistan)"
    assert [c.claim_type for c in event.claims] == ["casualties"]


def test_claims_round_trip_through_the_event_record():
    event = only_event("On Tuesday a car bomb killed five people in Ramadi. Islamic State claimed responsibility.")
    again = Event.from_dict(event.to_dict())
    assert again.claims == event.claims
    assert {"claim_type", "responsible_actor"} <= set(event.to_dict()["claims"][0])


def test_find_attributions_reads_each_kind_in_one_sentence():
    def kinds(text: str) -> list[tuple[str, str | None]]:
        return [(a.claim.claim_type, a.claim.responsible_actor) for a in find_attributions(text, find_actors(text))]

    assert kinds("Responsibility for the ambush was claimed by Hayat Tahrir al-Sham.") == [
        ("responsibility", "Hayat Tahrir al Sham")]
    assert kinds("Police held Boko Haram responsible for the killings.")[0][0] == "attribution"
    assert kinds("Officials accused the Houthis of firing the missile.")[0][0] == "attribution"
    assert kinds("No group has claimed responsibility, but officials suspect the Allied Democratic Forces.") == [
        ("suspicion", "ADF: Allied Democratic Forces")]
    assert kinds("The Houthis denied firing the missile.")[0][0] == "denial"
    assert kinds("Islamic State fighters attacked a checkpoint.") == []


@pytest.mark.parametrize(
    ("text", "location", "admin1", "country"),
    [
        ("Taliban fighters attacked a checkpoint in Shindand district, Herat, on Monday, killing five soldiers.",
         "Shindand", "Herat", "Afghanistan"),
        ("Taliban fighters attacked a checkpoint in Herat's Shindand district on Monday, killing five soldiers.",
         "Shindand", "Herat", "Afghanistan"),
        ("Gunmen attacked a police post in Nad Ali district, Helmand province, on Monday, killing two policemen.",
         "Nad 'Ali", "Helmand", "Afghanistan"),
        ("A roadside bomb killed two soldiers in Chaparhar district of Nangarhar province on Monday.",
         "Chaparhar", "Nangarhar", "Afghanistan"),
        ("Al-Shabaab militants attacked an army base in Balcad district, Middle Shabelle region, on Monday.",
         "Balcad", "Middle Shabelle", "Somalia"),
        ("Islamic State militants attacked an army post in Khanaqin district, Diyala province, on Monday.",
         "Khanaqin", "Diyala", "Iraq"),
    ],
)
def test_a_district_named_as_a_unit_is_the_place_and_its_province_the_admin1(text, location, admin1, country):
    event = only_event(text)
    assert (event.location, event.admin1, event.country) == (location, admin1, country)


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("On 3 May 2021, Taliban militants attacked security posts in Chak district, Wardak, killing four soldiers.",
         "Wardak"),
        ("On 3 May 2021, a magnetic bomb exploded in Khair Khana area of Kabul city, injuring one civilian.", "Kabul"),
        ("On 3 May 2021, a bomb exploded in the Shakardara district of Kabul, killing two civilians.", "Kabul"),
    ],
)
def test_a_district_or_neighbourhood_never_leaves_the_province_the_text_names(text, admin1):
    event = only_event(text)
    assert (event.country, event.admin1) == ("Afghanistan", admin1)


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("Gunmen shot dead two soldiers in Gao on Monday.", "Military Forces of Mali"),
        ("Militants ambushed a police convoy near Baidoa on Monday, killing four officers.", "Police Forces of Somalia"),
        ("Gunmen killed an armed guard at a bank in Kaduna on Monday.", "Private Security Forces (Nigeria)"),
        ("Jihadists killed 12 Dozo hunters in the Mopti region on Monday.", "Dan Na Ambassagou"),
        ("Unidentified gunmen shot dead a police officer in Peshawar on Monday.", "Police Forces of Pakistan"),
        ("Al-Shabaab fighters killed two members of a clan militia in Hiraan region on Monday.",
         "Unidentified Clan Militia (Somalia)"),
        ("Islamic State fighters attacked Popular Mobilization Forces members near Tarmiyah, killing four on Monday.",
         "Popular Mobilization Forces"),
        ("Fighters of the Rapid Support Forces killed three soldiers in El Fasher on Monday.", "Military Forces of Sudan"),
        ("ELN guerrillas attacked a police station in Arauca on Monday, killing two officers.",
         "Police Forces of Colombia"),
        ("Gunmen killed three soldiers at a checkpoint in Dera Ismail Khan on Monday.", "Military Forces of Pakistan"),
    ],
)
def test_an_attack_on_armed_people_is_an_armed_clash(text, actor2):
    event = only_event(text)
    assert (event.event_type, event.sub_event_type, event.actor2) == ("Battles", "Armed clash", actor2)
    assert not event.civilian_targeting


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("Bandits attacked a village in Zamfara state on Monday, killing 20 villagers.", "Civilians (Nigeria)"),
        ("Gunmen shot dead three teachers in Mandera on Monday.", "Civilians (Kenya)"),
        ("Militants killed five farmers near Tillaberi on Sunday.", "Civilians (Niger)"),
    ],
)
def test_an_attack_on_unarmed_people_stays_violence_against_civilians(text, actor2):
    event = only_event(text)
    assert (event.sub_event_type, event.actor2) == ("Attack", actor2)
    assert event.civilian_targeting


def test_a_name_right_before_its_own_passive_verb_is_the_victim():
    event = only_event("A woman was shot dead in Mandera on Saturday.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


@pytest.mark.parametrize(
    ("text", "sub_type", "actor2"),
    [
        ("Unknown gunmen shot dead two ISWAP fighters in Konduga on Monday.", "Armed clash", "Islamic State (West Africa)"),
        ("A car bomb exploded near a checkpoint in Azaz on Monday, killing three fighters of the Syrian National Army.",
         "Remote explosive/landmine/IED", "Syrian National Army"),
    ],
)
def test_fighters_hurt_by_an_unnamed_doer_are_actor_2(text, sub_type, actor2):
    event = only_event(text)
    assert (event.sub_event_type, event.actor2) == (sub_type, actor2)
    assert event.actor1.startswith("Unidentified Armed Group")


@pytest.mark.parametrize(
    ("text", "country", "claimant", "denied"),
    [
        ("The interior minister denied that police had used firearms against the marchers.", "Venezuela",
         "interior minister", "Police Forces of Venezuela"),
        ("A police spokeswoman said officers had not fired on the crowd.", "Kenya", "police spokeswoman",
         "Police Forces of Kenya"),
    ],
)
def test_a_denial_spoken_for_a_side_is_the_speakers(text, country, claimant, denied):
    found = find_attributions(text, find_actors(text, country=country), find_claimant(text), 0, country)
    assert [(a.claim.claimant, a.claim.claim_type, a.claim.responsible_actor) for a in found] == [
        (claimant, DENIAL, denied)]


def test_denials_and_own_accounts_in_more_words():
    """Denials by speakers that are no armed actor, by a group's outlet, after 'which', by naming a lesser force or the
    rules; and a side's own account of ground taken or an arrest."""
    def kinds(text: str) -> list[tuple[str, str | None]]:
        return [(a.claim.claim_type, a.claim.claimant) for a in find_attributions(text, find_actors(text))]

    assert ("denial", "teachers' union") in kinds("The teachers' union denied the charges against its members.")
    assert kinds("Al-Shabaab's radio station denied any retreat.")[0][0] == "denial"
    assert [k for k, _ in kinds("Officials blamed al-Shabaab, which denied involvement.")] == ["denial", "attribution"]
    assert kinds("Riot police said they had used only water cannon.")[0][0] == "denial"
    assert kinds("The Malian army said on Friday it had retaken the town.")[0][0] == "responsibility"
    assert kinds("The FSB said it detained two men in Kazan.")[0][0] == "responsibility"


def test_a_denial_of_force_on_protesters_is_kept_on_the_protest():
    """A claim goes to the event its sentence tells, of whatever type: police denying the force a protest met."""
    text = ("Police fired tear gas at marchers in Lusaka on Monday. Two marchers were shot dead, the organisers said; "
            "police denied that officers had used live rounds.")
    events = [e for e in extract_text(text, published=PUBLISHED) if e.event_type == "Protests"]
    assert events and any(c.claim_type == DENIAL for c in events[0].claims)
