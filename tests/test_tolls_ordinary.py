"""Casualty figures told in ordinary phrasing: asides between a count and its verb, speakers after the toll, parts and
additions. Every sentence here was written for these tests (places and names from many countries)."""

from __future__ import annotations

import pytest

from sitrep.api import extract_text
from sitrep.casualties import find_casualties


def figures(sentence: str) -> list[tuple[str, int, int]]:
    return [(m.kind, m.low, m.high) for m in find_casualties(sentence)]


K = "killed"
I = "injured"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A part named by "including"/"among them" between commas: the count before it is the toll.
        ("Twelve villagers, including three children, were killed near Gao.", [(K, 12, 12)]),
        ("Nine people, including two nurses, were killed when the clinic in Idlib was shelled.", [(K, 9, 9)]),
        ("Twenty miners, among them four teenagers, died in the raid on the pit in Ituri.", [(K, 20, 20)]),
        ("Seven soldiers, including a colonel, have been killed in an ambush near Djibo.", [(K, 7, 7)]),
        ("Three people, including the bomber, were killed and five passers-by were hurt in Quetta.",
         [(K, 3, 3), (I, 5, 5)]),
        ("Four persons, including two party workers, were burnt to death in Rajshahi.", [(K, 4, 4)]),
        ("Fifteen people (including four soldiers) were killed in the raid on Tillaberi.", [(K, 15, 15)]),
        # ... but the doers are not the dead, and survivors are not counted.
        ("Gunmen, including two teenagers, killed five people in the village of Dogo.", [(K, 5, 5)]),
        ("Five traders, including a woman, escaped unhurt from the market in Bunia.", []),
        # The wounded who later die are dead of the event.
        ("Two soldiers who had been wounded in the ambush later died.", [(K, 2, 2)]),
        ("Three policemen who were injured in the blast in Kandahar died on Sunday.", [(K, 3, 3)]),
        ("Two of the wounded later died in hospital in Maiduguri.", [(K, 2, 2)]),
        # A speaker set off after the toll is no further victim.
        ("Gunmen opened fire on a bus near Mosul, killing seven passengers, a police officer said.", [(K, 7, 7)]),
        ("Rebels shelled the town of Goma on Friday, killing nine people, a local rights group reported.",
         [(K, 9, 9)]),
        ("A drone hit a wedding party in Marib, killing at least 14 guests, a tribal elder told reporters.",
         [(K, 14, 14)]),
        ("Troops raided a camp in Sulu, killing six fighters and a local commander, the army said.", [(K, 7, 7)]),
        # "shooting dead", "beating ... to death": participles of the same deeds.
        ("Militants raided the village of Tillia, shooting dead eleven herders.", [(K, 11, 11)]),
        ("Settlers attacked a farm near Nablus, shooting dead a 40-year-old farmer.", [(K, 1, 1)]),
        ("A crowd in Kisumu caught three pickpockets, beating two of them to death.", [(K, 2, 2)]),
        ("Vigilantes in Kaduna seized a suspect, stabbing him to death.", [(K, 1, 1)]),
        # A list closed by a possessive and one person.
        ("Maoist rebels blew up a jeep in Bijapur, killing five policemen and their driver.", [(K, 6, 6)]),
        ("Bandits stopped a truck in Zamfara and shot dead two traders and their driver.", [(K, 3, 3)]),
        ("Bandits killed two herders and their sons in Sokoto.", [(K, 2, 2)]),
        ("Bandits killed two herders and their leader escaped into the forest.", [(K, 2, 2)]),
        # Adverbs of degree before a verb of wounding.
        ("A chauffeur was shot dead and his guard was seriously wounded outside Cali.", [(K, 1, 1), (I, 1, 1)]),
        ("Four pilgrims were critically injured when the bus was bombed in Karbala.", [(I, 4, 4)]),
        # Killing and wounding told together, totals, words and digits.
        ("Gunmen killed 4 and wounded 9 in the market of Beledweyne.", [(K, 4, 4), (I, 9, 9)]),
        ("The bomb left 6 people dead and 14 injured in Kabul.", [(K, 6, 6), (I, 14, 14)]),
        ("Eight dead and 20 injured in a blast at a bus depot in Peshawar.", [(K, 8, 8), (I, 20, 20)]),
        ("At least thirty-two civilians died when missiles struck Kramatorsk.", [(K, 32, 32)]),
        ("The clash in Marsabit left four herders dead.", [(K, 4, 4)]),
        ("Police in Dhaka recovered the bodies of three men on Monday.", [(K, 3, 3)]),
        # Threats, attempts and hypothetical deaths are no toll.
        ("The militia threatened to kill ten hostages in Cabo Delgado.", []),
        ("Gunmen tried to kill the mayor of Uruapan.", []),
        ("Thousands could die if the siege of El Fasher goes on.", []),
        # A vague whole gives no figure to read across a part.
        ("Several people, including a nurse, were killed in Bamenda.", []),
        # A part told on its own is no toll ("the dead include" names some of them).
        ("The dead include two police officers.", []),
    ],
)
def test_ordinary_tolls(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # Dead of another group told with "also" join the toll (ACLED counts every death, the attackers' too).
        ("Security forces killed four militants in a gunfight in Kunar province on Monday, the army said. "
         "Two soldiers also died in the operation.", 6),
        ("Gunmen killed 12 farmers in Kaduna State on Monday. Three children were also killed.", 15),
        ("Troops killed five rebels near Beni on Tuesday. Two civilians were also killed in the crossfire.", 7),
        # ... but a part of a group that may take them in does not lower the toll.
        ("Gunmen killed 12 villagers in Plateau State on Monday. Three children were also killed.", 12),
        # The speaker after the toll is no victim.
        ("Artillery fire hit a market in Avdiivka on Thursday, killing four civilians, a regional governor said.", 4),
        ("Insurgents ambushed a convoy in Mocimboa da Praia on Sunday, killing six soldiers and their interpreter, "
         "a military source said.", 7),
    ],
)
def test_event_fatalities(text, fatalities):
    events = extract_text(text)
    assert events, text
    assert max(e.fatalities for e in events) == fatalities


@pytest.mark.parametrize(
    "text",
    [
        # A fight told as going on into the next day is one event, and the toll after it is its toll.
        "Al-Shabaab fighters stormed a police post in Mandera on Saturday night. The fighting went on until Sunday "
        "morning, when the attackers withdrew. Five officers were killed, police said.",
        "Herders and farmers clashed in Bokkos on Tuesday evening. The clashes continued into Wednesday. Eight people "
        "died, a local chief said.",
    ],
)
def test_event_going_on_past_midnight_keeps_its_toll(text):
    events = extract_text(text)
    assert len(events) == 1, [(e.sub_event_type, e.event_date) for e in events]
    assert events[0].fatalities > 0
