"""Events told as a noun phrase rather than a verb, typed by their weapon (tests/fixtures/noun_strikes.tsv), written
by us before sitrep was run on any of them: 'an Israeli strike on ...', 'killed in a drone strike', 'the bombing of a
bus station', 'an IED attack on a convoy', 'a night of clashes', 'heavy fighting', 'an ambush on a patrol', in the
sentence's subject, after 'in' or 'during', and in headlines. 40 reports in 26 countries; every fourth (ids 'h', 10)
is held out. Coded as a careful ACLED coder codes them: the sub-type by the weapon and how it was delivered (codebook
'Explosions/Remote violence'), an ambush on soldiers or a fight between armed sides an Armed clash even where the dead
are civilians caught in it, actor 1 the force that struck, actor 2 its target where the text names one.

Explosions whose cause the text does not give are not events by themselves: an 'explosion' or a 'blast' is coded as a
Remote explosive by an unidentified group only when the text says a bomb, a device or explosives went off or were
planted, or tells the blast as an attack; a gas cylinder, a boiler, a fireworks factory, a tanker or a munitions depot
on fire exploding with no one said to have set it off is an accident (the guard sentences below).

First pass (sitrep at main after stop 43's merges, before any rule of this batch): recorded in FIRST_PASS.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden_notes import NOTE_COLUMNS, NOTE_FIELDS, GoldenNotes
from reported import reported_sub_types

FIRST_PASS = {
    "tune, before the rules": {"sub_event_type": "25/30", "event_type": "25/30", "actors": "15/22",
                               "fatalities": "30/30", "admin1": "26/28"},
    "held out, with the code before the rules": {"sub_event_type": "7/10", "event_type": "7/10", "actors": "7/8",
                                                 "fatalities": "10/10", "admin1": "10/10"},
}
"""Fields right on the tune part (30 reports) and on the held-out part (10), before and after this batch's rules."""

NOTES = GoldenNotes(Path(__file__).parent / "fixtures" / "noun_strikes.tsv", NOTE_COLUMNS, NOTE_FIELDS)
_miss = NOTES.miss

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
)
"""Explosions told with their accidental cause and no one said to have set them off: no event."""


@pytest.mark.parametrize("text", ACCIDENTS)
def test_an_accidental_explosion_is_no_event(text: str) -> None:
    assert reported_sub_types(text) == []


def test_every_known_miss_names_a_checked_case() -> None:
    assert NOTES.unchecked_misses() == set()


def test_the_batch_is_broad() -> None:
    NOTES.assert_broad(40, 20)
