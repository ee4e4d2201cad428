"""Events told as a noun phrase rather than a verb, typed by their weapon (tests/fixtures/noun_strikes.tsv), written
by us before sitrep was run on any of them: 'an Israeli strike on ...', 'killed in a drone strike', 'the bombing of a
bus station', 'an IED attack on a convoy', 'a night of clashes', 'heavy fighting', 'an ambush on a patrol', in the
sentence's subject, after 'in' or 'during', and in headlines. 40 reports in 26 countries; every fourth (ids 'h', 10)
is held out. Coded as a careful ACLED coder codes them: the sub-type by the weapon and how it was delivered (codebook
'Explosions/Remote violence'), an ambush on soldiers or a fight between armed sides an Armed clash even where the dead
are civilians caught in it, actor 1 the force that struck, actor 2 its target where the text names one.

Explosions whose cause the text does not give are not events by themselves: an 'explosion' or a 'blast' is coded as a
Remote explosive by an unidentified group only when the text says a bomb, a device or explosives went off or were
planted, tells the blast as an attack, or tells it killing or wounding people where people gather (a market, a
mosque, a bus station: headlines tell bombings so, and such places hold nothing that blows up by itself); a gas
cylinder, a boiler, a fireworks factory, a tanker or a munitions depot
on fire exploding with no one said to have set it off is an accident (the guard sentences below).

First pass (sitrep at main after stop 43's merges, before any rule of this batch; two notes, n05 and n18, were reworded
after it so that no six-word run matches a corpus, with the same figures before and after): the 30 reports not held out
had sub-type 25 of 30, event type 25, actors 15 of 22, fatalities 30 of 30, admin1 26 of 28. A strike named with its
state ('an Israeli strike on a flat', 'a Turkish strike on a PKK hideout', 'an army strike on a depot') read as a ground
attack or a clash, and 'killed in an Israeli strike' made the dead Lebanese the doers of a clash; worshippers who 'died
in a suicide attack' were read as its doers. In probes beside the batch an explosion that killed people at a market read
as an attack (or as no event when it 'rocked' or 'ripped through' the market) and a tanker's explosion on a highway as
an attack. The held-out reports with the code before the rules: sub-type 7 of 10, event type 7, actors 7 of 8,
fatalities 10 of 10, admin1 10 of 10.

After the rules (a strike named with the state, army or nationality that made it, or a strike 'on' a place that
killed or wounded, is an air strike, `event_patterns.tsv`; an explosion that kills where people gather is a bombing,
its killing coded as the explosion, and one that 'rocked' or 'ripped through' such a place counts, `relevance`; a
tanker's explosion is an accident, `relevance.causes`; people who 'died in' a deed are told from the victim's end,
`roles.sentence.PASSIVE_VOICE`): sub-type 29 of 30, event type 29, actors 18 of 22, fatalities 30 of 30, admin1 26 of
28. Held out, run once after the rules: sub-type 9 of 10, event type 9, actors 7 of 8, fatalities 10 of 10, admin1
10 of 10.
Later (stop 44, tests/test_event_places4.py: ACLED's admin1 names), n22's admin1 is right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden_notes import NOTE_COLUMNS, NOTE_FIELDS, GoldenNotes
from reported import only_reported, reported_sub_types

FIRST_PASS = {
    "tune, before the rules": {"sub_event_type": "25/30", "event_type": "25/30", "actors": "15/22",
                               "fatalities": "30/30", "admin1": "26/28"},
    "tune, after the rules": {"sub_event_type": "29/30", "event_type": "29/30", "actors": "18/22",
                              "fatalities": "30/30", "admin1": "26/28"},
    "held out, with the code before the rules": {"sub_event_type": "7/10", "event_type": "7/10", "actors": "7/8",
                                                 "fatalities": "10/10", "admin1": "10/10"},
    "held out, run once after the rules": {"sub_event_type": "9/10", "event_type": "9/10", "actors": "7/8",
                                           "fatalities": "10/10", "admin1": "10/10"},
}
"""Fields right on the tune part (30 reports) and on the held-out part (10), before and after this batch's rules."""

NOTES = GoldenNotes(Path(__file__).parent / "fixtures" / "noun_strikes.tsv", NOTE_COLUMNS, NOTE_FIELDS)
_miss = NOTES.miss

_miss("a missile or a sniper's fire at Ukrainians with no side named is not read as Russia's, as a coder reads it",
      "n11:actors", "n38:actors")
_miss("a mayor's bodyguard killed makes the assassination attempt a clash", "n13:sub_event_type", "n13:event_type")
_miss("the side holding the place struck ('a depot held by the RSF') is not read as the strike's target", "n25:actors")
_miss("unnamed insurgents in Cabo Delgado are not read as the Islamic State's Mozambique branch", "n34:actors")
_miss("Kryvyi Rih is not placed in its province", "n02:admin1")
_miss("held out: an ambush on a herders' camp is read as a clash", "h40:sub_event_type", "h40:event_type",
      "h40:actors")

test_noun_strikes_are_coded_by_their_weapon = NOTES.coding_test()

ACCIDENTS = (
    "A gas cylinder exploded in a roadside restaurant in Multan on Tuesday, killing four diners.",
    "A boiler explosion at a rice mill in Dinajpur killed six workers on Sunday, fire officials said.",
    "An explosion at a fireworks factory near Sivakasi killed eight workers, police said.",
    "A fire at an army munitions depot near Ikeja set off a series of explosions on Saturday, killing three people.",
    "A gas explosion tore through an apartment block in Shenyang, killing two residents.",
    "A fuel tanker exploded after overturning on the highway near Benin City, killing eleven people.",
    "Twelve miners died in a methane explosion at a coal mine in Karaganda region on Monday.",
    "An electrical fault caused a blast at a petrol station in Eldoret, injuring three attendants.",
    "A gas pipeline blast near Ternopil injured two repair workers, the emergency service said.",
    "An explosion at a chemical plant in Gujarat killed five workers; officials blamed a reactor leak.",
    "The explosion of a gas tank at a bakery in Medellin injured seven customers.",
    "A blast at a fertiliser warehouse in the port of Tema killed two dockers, the fire service said.",
    "Six people died when a truck carrying mining explosives collided with a bus near Obuasi and exploded.",
    "A transformer explosion in Lahore left parts of the city without power on Friday.",
    "A cooking gas explosion at a wedding hall in Herat injured fourteen guests.",
    "A fuel tanker explosion on the expressway near Ore killed nine travellers on Sunday.",
)
"""Explosions told with their accidental cause and no one said to have set them off: no event."""


@pytest.mark.parametrize("text", ACCIDENTS)
def test_an_accidental_explosion_is_no_event(text: str) -> None:
    assert reported_sub_types(text) == []


WALKOUTS = (
    "Doctors began a strike on Tuesday over unpaid wages in Nakuru.",
    "The strike on Monday shut hospitals across Lagos.",
    "A nationwide strike against the fuel price rise closed shops in Accra.",
    "Teachers extended their strike on salaries into a third week.",
)
"""Labour strikes told with 'on' or 'against': a walkout, never an air strike."""


@pytest.mark.parametrize("text", WALKOUTS)
def test_a_labour_strike_is_no_air_strike(text: str) -> None:
    assert "Air/drone strike" not in reported_sub_types(text)


@pytest.mark.parametrize(("text", "country", "sub_type"), [
    ("A Pakistani strike on a militant compound near Khost killed six fighters.", "AF", "Air/drone strike"),
    ("The army's strike on a rebel camp in the hills left eleven fighters dead.", "CF", "Air/drone strike"),
    ("A strike on a crowded bus depot in Kassala killed seven people.", "SD", "Air/drone strike"),
    ("A rocket strike on the port of Mykolaiv killed two dockers.", "UA", "Shelling/artillery/missile attack"),
    ("An explosion at a crowded market in Karbala killed six shoppers.", "IQ", "Remote explosive/landmine/IED"),
    ("A blast tore through a bus station in Maiduguri, killing four travellers.", "NG",
     "Remote explosive/landmine/IED"),
])
def test_a_strike_or_blast_told_as_a_noun_is_typed_by_its_weapon(text: str, country: str, sub_type: str) -> None:
    assert only_reported(text, country, "2025-06-01").sub_event_type == sub_type


def test_people_who_died_in_a_deed_are_not_its_doers() -> None:
    event = only_reported("Nine pilgrims died in a suicide attack on a shrine in Sehwan.", "PK", "2025-06-01")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)")

test_every_known_miss_names_a_checked_case, test_the_batch_is_broad = NOTES.batch_tests(40, 20)
