"""News neutral about violence tells no event: case counts, deaths of patients, curfews and lockdowns kept without
force, security laid on, courts, statements, past protests and protests still to come, arrests for breaking a health
or curfew rule. Texts are our own (tests/fixtures/neutral_*.txt); the near misses beside them are events and stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from reported import reported_sub_types
from sitrep import relevance

KNOWN_FAILURES = "# KNOWN FAILURES"


def _fixture(name: str) -> tuple[list[str], list[str]]:
    """The texts of a fixture file, one a line ('#' lines name the kind): those before the known-failures line and
    those after it."""
    path = Path(__file__).parent / "fixtures" / name
    passing: list[str] = []
    failing: list[str] = []
    into = passing
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() == KNOWN_FAILURES:
            into = failing
        elif line.strip() and not line.startswith("#"):
            into.append(line.strip())
    return passing, failing


NON_EVENTS, NON_EVENTS_STILL_FIRING = _fixture("neutral_non_events.txt")
NEAR_MISSES, _ = _fixture("neutral_near_miss_events.txt")


def test_enough_texts_of_our_own():
    assert len(NON_EVENTS) + len(NON_EVENTS_STILL_FIRING) >= 300
    assert len(NEAR_MISSES) >= 60


@pytest.mark.parametrize("text", NON_EVENTS)
def test_neutral_news_tells_no_event(text):
    assert reported_sub_types(text) == []


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_events(text):
    assert reported_sub_types(text)


@pytest.mark.xfail(strict=True, reason="general kinds not yet handled; listed in the fixture for the next round")
@pytest.mark.parametrize("text", NON_EVENTS_STILL_FIRING)
def test_neutral_news_still_firing(text):
    assert reported_sub_types(text) == []


@pytest.mark.parametrize("text", [
    "Gendarmes arrested 85 people in Abidjan for breaking the night curfew.",
    "Forty worshippers were detained in Peshawar for praying in defiance of the ban on gatherings.",
    "Police held 12 shoppers in Accra for not wearing face masks.",
])
def test_arrest_for_breaking_a_health_or_curfew_rule_is_law_enforcement(text):
    assert relevance.crime.ordinary_crime_arrest(text)


@pytest.mark.parametrize("text", [
    "Police arrested 60 protesters in Accra for defying the ban on gatherings.",
    "Soldiers detained the opposition leader in Conakry for breaking the curfew.",
    "Gendarmes held 70 youths in Abidjan for defying the curfew and ransacking a depot.",
])
def test_protesters_or_politicians_held_for_a_breach_are_still_political(text):
    assert not relevance.crime.ordinary_crime_arrest(text)


@pytest.mark.parametrize("text, imposed", [
    ("The mayor of Goma imposed a dusk-to-dawn curfew on Tuesday.", True),
    ("A curfew was declared in four districts of Kaduna.", True),
    ("Since Friday a night curfew was put in place in Bouake, and lorries may not travel after dark.", True),
    ("Three villages near Kasese were placed under curfew.", True),
    ("The curfew in Goma was relaxed for the market day.", False),
    ("Troops patrolled Goma on the first night of the curfew.", False),
])
def test_a_curfew_put_in_place_differs_from_one_in_force(text, imposed):
    assert bool(relevance.deals.CURFEW_IMPOSED.search(text)) is imposed


@pytest.mark.parametrize("text", [
    "Dozens of teachers who took part in the protests of last year lost their jobs.",
    "The students jailed after the 2018 demonstrations were pardoned on Monday.",
    "Union leaders asked the city for permission to hold a march on May Day.",
])
def test_past_or_permitted_demonstrations_are_no_event_today(text):
    assert reported_sub_types(text) == []


@pytest.mark.parametrize("text", [
    "Rangers were told to keep a round-the-clock vigil on the river crossings near Kasese.",
    "Three senators walked out of the chamber in Abuja when the budget was read.",
    "Police registered a case against the councillor for hate speech at a meeting in Kochi last month.",
    "The county will pay compensation to the families of the seven miners killed in the blast in Kitwe.",
    "The dockers' union called for a national port strike on the first of March.",
    "Organisers said the sit-ins in Dakar would continue until the minister resigned.",
    "The school expelled two pupils over last week's clash with the caretaker in Gweru.",
    "Armed police held a flag march through the old quarter of Hubli before the festival.",
    "The magistrate refused permission for the students' march to the secretariat.",
    "Federal detectives took over the investigation into the bombing of the rail line near Kaduna.",
    "The council sent extra wardens to the ferry terminal in Mombasa to manage the crowds of holiday travellers.",
    "Police stepped up patrols in the bus park after a rise in burglaries.",
    "A stray dog attacked four children near a school in Tema before it was put down.",
    "The mayor of Cali unveiled a plaque for the police officers killed in the 1990s.",
    "The cedi rallied against the dollar on Thursday after the central bank raised rates.",
    "Gold futures marched higher on Monday as investors sought safety.",
    "The women's march that was planned for Saturday in Kampala has been called off by its organisers.",
    "Two labourers died when a wall of the old school building collapsed in Kisumu.",
    "A year after the riots that shook Durban, the shopping centre has reopened with new owners.",
])
def test_watch_walkouts_police_cases_payments_and_calls_tell_no_event(text):
    assert reported_sub_types(text) == []


@pytest.mark.parametrize("text", [
    "Mourners kept a candlelit vigil outside the prison in Harare on Sunday to demand the release of the activist.",
    "Workers walked out of the mine in Kitwe on Monday and marched to the company offices.",
    "Police registered a case against the gunmen who shot a trader in Kochi on Monday, and the trader died later.",
    "Police registered a case against the gunmen who shot dead a trader in Kochi on Monday.",
    "Police have registered a case against unidentified men who attacked a temple priest in Salem on Sunday night.",
    "Police opened an investigation after gunmen shot two traders in Mzuzu on Tuesday night.",
    "Troops were deployed to Bunia after militiamen attacked a camp for displaced people on Sunday.",
    "Mourners unveiled a plaque at the square in Nairobi on Monday and marched to parliament.",
    "Traders rallied outside the stock exchange in Lagos on Monday against the new levy.",
    "A year after the massacre in the village, gunmen attacked it again on Sunday, killing four farmers.",
])
def test_a_vigil_held_a_march_or_a_killing_told_now_stay_events(text):
    assert reported_sub_types(text)
