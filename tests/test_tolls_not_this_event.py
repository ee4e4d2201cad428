"""Deaths a sentence tells that are not this event's toll (a death that caused it, a death days before it) and
ACLED's vague counts. Every sentence here was written for these tests (places and names from many countries)."""

from __future__ import annotations

import pytest

from sitrep.api import extract_text
from sitrep.casualties import find_casualties, parse_number


def counted(sentence: str) -> list[tuple[int, int, bool]]:
    return [(m.low, m.high, m.cause) for m in find_casualties(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "over" before a possessive and a death noun is the preposition of cause, not "more than".
        ("Students blocked the road in Jos during a protest over a classmate's death in custody.", [(1, 1, True)]),
        ("Traders rioted in Tamale over two hawkers' deaths at a checkpoint.", [(2, 2, True)]),
        ("Over 40 deaths were recorded after the floods in Sylhet.", [(40, 40, False)]),
        ("Over a dozen deaths were reported in the fighting near Kidal.", [(12, 12, False)]),
        # A death told as days or weeks before the story's event is an earlier event of its own.
        ("A second herder was shot dead by rangers near Kasese two days earlier.", [(1, 1, True)]),
        ("Militiamen had also killed three fishermen on the lake a week before.", [(3, 3, True)]),
        # ... but a death told alone with "days earlier" may be the event itself.
        ("The body of a herder shot dead by rangers two days earlier was found near Kasese.", [(1, 1, False)]),
        ("Gunmen killed four farmers near Dogon Daji, three days before the elections.", [(4, 4, False)]),
        ("Gunmen killed four farmers near Dogon Daji on Friday.", [(4, 4, False)]),
    ],
)
def test_deaths_that_are_not_this_events_toll(sentence, expected):
    assert counted(sentence) == expected


def test_a_few_is_coded_three_like_several():
    assert parse_number("a few") == (3, 3)
    assert parse_number("several") == (3, 3)
    found = find_casualties("A few policemen were killed in the ambush near Mopti.")
    assert [(m.low, m.high) for m in found] == [(3, 3)]


def fatalities(text: str, country: str) -> list[int]:
    return [event.fatalities for event in extract_text(text, country=country, published="2024-03-10")]


def test_a_protest_over_a_death_has_no_fatality():
    assert fatalities("Youths burned tyres and threw stones at police in Tamale on Monday during a protest over a "
                      "hawker's death at a checkpoint.", "Ghana") == [0]


def test_an_earlier_lynching_is_no_part_of_this_ones_toll():
    assert fatalities("Angry villagers in Lira lynched a cattle trader on Sunday over suspected theft. Another "
                      "suspected thief was stoned to death by youths of a nearby parish days earlier.", "Uganda") == [1]


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # ACLED counts the attackers' dead too: dead picked out of the attacking side add to the victims' toll.
        ("A night watchman was killed in Gulu on Monday while police shot dead one of the robbers.", "Uganda", [2]),
        ("Gunmen ambushed a minibus near Garoua on Friday, killing three passengers. Soldiers later killed two of "
         "the gunmen.", "Cameroon", [5]),
        ("Three of the raiders were killed when villagers in Sokoto fought back on Tuesday, after the raiders had "
         "killed a farmer.", "Nigeria", [4]),
        # Alone, the attackers' dead are the toll.
        ("Police killed one of the kidnappers in a shootout in Kaduna on Sunday.", "Nigeria", [1]),
    ],
)
def test_attackers_dead_add_to_the_toll(text, country, expected):
    assert fatalities(text, country) == expected


def test_attackers_counted_on_their_own_are_no_addition():
    # Dead of the attacking side named as a group of their own are a toll like any other, and a source's figure stays
    # a report of its own.
    assert fatalities("Bandits attacked a police post in Zamfara on Monday. Two policemen and one bandit were killed. "
                      "A local official said that another bandit was found dead.", "Nigeria") == [3]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "Several ... killed and wounded": some killed, coded 3 like "several killed".
        ("Several fishermen were killed and wounded when the boats were shelled near Goma.", [("killed", 3, 3)]),
        ("A few guards have been wounded and killed in the raid on the depot in Marib.", [("killed", 3, 3)]),
        ("Several dead and wounded among the rebels were carried off by truck.", [("killed", 3, 3)]),
        # "Or" tells no death for certain, and an exact count is the sum of both kinds.
        ("Several porters were killed or injured in the blast in Kandahar.", [("killed_or_injured", 3, 3)]),
        ("Fourteen porters were killed and injured in the blast in Kandahar.", [("killed_or_injured", 14, 14)]),
    ],
)
def test_several_killed_and_wounded(sentence, expected):
    assert [(m.kind, m.low, m.high) for m in find_casualties(sentence)] == expected
