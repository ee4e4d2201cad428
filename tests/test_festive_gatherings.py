"""A march or gathering told with a purpose other than protest (a celebration, a festival, a parade, mourners or a
funeral procession, worship or a pilgrimage, a welcome, a candidate's campaign rally) is no demonstration; one that
voices a grievance or turns violent, or a celebration attacked by gunmen, stays an event. Texts are our own."""

from __future__ import annotations

import pytest

from reported import reported_sub_types
from sitrep import relevance

PLACES = ["Kumasi", "Mombasa", "Rajshahi", "Parakou", "Arusha", "Kandy", "Bouake", "Mwanza", "Sokoto", "Gulu",
          "Chittagong", "Porto-Novo", "Nakuru", "Tamale", "Jaffna", "Kisii", "Djougou"]

NON_EVENTS = [
    "Students marched through {p} on Friday to celebrate their exam results.",
    "Hundreds of pupils paraded through {p} singing after the school won the national quiz.",
    "Thousands of fans marched through {p} to celebrate the team's cup win.",
    "Jubilant supporters poured into the streets of {p} after their club won the league title.",
    "Residents of {p} gathered in the main square to celebrate the new year.",
    "Crowds lined the streets of {p} for the annual carnival on Saturday.",
    "Dancers and drummers paraded through {p} at the opening of the harvest festival.",
    "Villagers marched to the river in {p} as part of the yam festival.",
    "Mourners marched behind the coffin through {p} on Sunday.",
    "A funeral procession for the former mayor wound through {p} on Tuesday.",
    "Thousands of mourners gathered in {p} to bury the popular singer.",
    "Relatives carried the coffin of the veteran teacher through the streets of {p}.",
    "Pilgrims marched to the shrine in {p} as the holy month began.",
    "Devotees walked in a religious procession to the temple in {p}.",
    "Worshippers gathered in {p} to pray for rain on Wednesday.",
    "Thousands of people rallied in {p} to welcome home the Olympic medallist.",
    "Residents marched to the airport in {p} to greet the returning footballers.",
    "Supporters of the candidate rallied in {p} on Saturday.",
    "The opposition nominee held a campaign rally in {p} on Thursday, promising new roads.",
    "Supporters rallied behind the governor's re-election bid at the stadium in {p}.",
    "Party members marched through {p} to campaign for their candidate ahead of the vote.",
    "An election rally of the ruling party drew a large crowd in {p}.",
    "Women in bright dresses paraded through {p} to mark the end of the fasting month.",
    "Traders marched through {p} in celebration of the town's centenary.",
    "Crowds gathered in {p} to watch the fireworks at midnight.",
    "Graduates marched across the campus in {p} in their gowns at the graduation ceremony.",
    "The victory parade of the champions passed through {p} on Monday.",
]

NEAR_MISSES = [
    "Mourners marched to the police station in {p} demanding justice for the slain trader.",
    "The funeral procession in {p} turned into a protest against the police.",
    "Mourners chanted slogans against the army as they carried the coffin through {p}.",
    "Fans rioted in {p} after the final, burning cars and smashing shop windows.",
    "Gunmen opened fire on a wedding celebration in {p}, killing four guests.",
    "Police fired tear gas at supporters celebrating the election results in {p}.",
    "Party supporters marched through {p} to celebrate the court ruling that freed their leader.",
    "Thousands marched through the streets of {p} to celebrate the resignation of the president.",
    "A bomb exploded at a campaign rally in {p}, wounding twelve people.",
    "Students marched through {p} against the rise in school fees.",
    "Supporters of the candidate clashed with ruling party youths in {p}, leaving several injured.",
    "Pilgrims were attacked by armed men on the road to the shrine near {p}.",
]


def _fill(templates: list[str], count: int) -> list[str]:
    """`count` texts: the templates in turn, each with the next place of `PLACES`."""
    return [templates[i % len(templates)].format(p=PLACES[i % len(PLACES)]) for i in range(count)]


NON_EVENT_TEXTS = _fill(NON_EVENTS, 108)
NEAR_MISS_TEXTS = _fill(NEAR_MISSES, 30)


@pytest.mark.parametrize("text", NON_EVENT_TEXTS)
def test_gathering_for_another_purpose_is_no_event(text):
    assert reported_sub_types(text) == []


@pytest.mark.parametrize("text", NEAR_MISS_TEXTS)
def test_gathering_with_a_grievance_or_violence_stays_an_event(text):
    assert reported_sub_types(text)


@pytest.mark.parametrize("text", ["Supporters of the nominee rallied in Kakamega.", "Mourners followed the hearse."])
def test_purpose_is_read(text):
    assert relevance.games.FESTIVE_GATHERING.search(text)


@pytest.mark.parametrize("text", [
    "The president's motorcade crossed Machakos county without any trouble on Sunday.",
    "The governor's convoy drove through Kisoro without incident on its way to the border.",
    "The health minister's tour of the northern districts passed off smoothly.",
    "Maize fields in Laikipia were trampled by a herd of elephants.",
    "Farmers in Hwange said their gardens had been raided by baboons.",
])
def test_a_trip_without_incident_or_harm_by_animals_is_no_event(text):
    assert reported_sub_types(text) == []


@pytest.mark.parametrize("text", [
    "Soldiers withdrew from the border post in Tillaberi without incident.",
    "Rebels took control of the town of Kibati without a fight and without incident.",
    "The march in Lilongwe passed off peacefully.",
    "Militiamen destroyed crops and burned granaries in Djugu.",
])
def test_a_change_of_ground_a_peaceful_march_or_harm_by_people_stays(text):
    assert reported_sub_types(text)


def test_the_political_cause_told_in_the_sentence_before_keeps_the_march():
    text = ("Opposition supporters in Mzuzu celebrated the ruling that annulled the disputed poll. "
            "The celebrations went on into the night as crowds marched through the town waving party flags.")
    assert "Peaceful protest" in reported_sub_types(text)
