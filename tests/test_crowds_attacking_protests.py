"""A crowd that assaults the participants of a demonstration held for a cause, told ACLED notes' way with the victims,
their town and then the protest ("assaulted members of the union in Kisii town (Kisii), during their demonstration
against fuel prices"), on short reports we wrote (Kenya, Uganda, Nigeria, Zambia, Tanzania, Malawi).

ACLED's codebook: a peaceful protest that others physically interrupt is a protest with intervention, whoever intervened
(party supporters or youths: rioters), the protesters against them; the attackers are no demonstrators, so their
violence is no violent demonstration (`demonstrations.ASSAULT_VENUE`). A campaign rally is no demonstration (it holds no
demand), so a crowd attacking one stays mob violence; demonstrators who assault a bystander during their own march riot.
"""

from __future__ import annotations

import pytest

from reported import first_reported


def main_event(text: str, country: str):
    return first_reported(text, country, "2022-03-05")


ATTACKED_PROTESTS = [
    ("KE", "On 3 March 2022, members of the Youth Front assaulted and injured members of the Farmers' Union in Kisii "
           "town (Kisii), during their demonstration against fuel prices.",
     "Protesters (Kenya)", "Rioters (Kenya)"),
    ("UG", "Supporters of the ruling party beat up members of the opposition in Mbale town, during the opposition's "
           "march demanding electoral reform.", "Protesters (Uganda)", "Rioters (Uganda)"),
    ("NG", "Youths loyal to the governor attacked members of the labour union in Ilorin on Monday during their protest "
           "against unpaid salaries.", "Protesters (Nigeria)", "Rioters (Nigeria)"),
    ("ZM", "On 2 March 2022, cadres of the ruling party assaulted and injured members of the marketeers' "
           "association in Kitwe (Copperbelt), during their protest against new market levies.",
     "Protesters (Zambia)", "Rioters (Zambia)"),
    ("TZ", "On 4 March 2022, ruling party youths beat up members of the Lake Fishers Association (LFA) in Mwanza city "
           "(Mwanza), during their protest against new licence fees.", "Protesters (Tanzania)", "Rioters (Tanzania)"),
]


@pytest.mark.parametrize(("code", "text", "first", "second"), ATTACKED_PROTESTS)
def test_a_crowd_assaulting_protesters_during_their_protest_intervenes_in_it(code, text, first, second):
    event = main_event(text, code)
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Protest with intervention", first, second)


def test_a_crowd_attacking_a_campaign_rally_is_no_intervention_in_a_protest():
    """A campaign rally holds no demand: the crowd that attacked people there is a mob."""
    event = main_event("Youths attacked supporters of a parliamentary candidate in Kakamega town, during a campaign "
                       "rally on Friday.", "KE")
    assert event.sub_event_type == "Mob violence"


def test_demonstrators_assaulting_a_bystander_during_their_march_riot():
    """The victim is no participant of the march: the marchers' own violence makes a violent demonstration."""
    event = main_event("Protesters assaulted a journalist in Lilongwe during their march against fuel prices.", "MW")
    assert event.sub_event_type == "Violent demonstration"


@pytest.mark.parametrize(("code", "text", "first", "second"), [
    ("NG", "Rioters hurled petrol bombs at a march of the teachers' union in Lagos, when teachers were protesting "
           "unpaid salaries.", "Protesters (Nigeria)", "Rioters (Nigeria)"),
    ("ZW", "Youths threw stones at an opposition rally against the poll results in Harare on Monday.",
     "Protesters (Zimbabwe)", "Rioters (Zimbabwe)"),
])
def test_a_crowd_throwing_missiles_at_a_protest_intervenes_in_it(code, text, first, second):
    """Stones or petrol bombs thrown at a march or rally by a crowd (rioters, youths) are an attack on it
    (`demonstrations.ATTACKED_GATHERING`): its marchers did no violence, so it is a protest with intervention."""
    event = main_event(text, code)
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Protest with intervention", first, second)


def test_protesters_throwing_stones_at_police_during_their_march_riot():
    """The marchers themselves throw the stones: a violent demonstration."""
    event = main_event("Protesters threw stones at police during a march against taxes in Nairobi.", "KE")
    assert event.sub_event_type == "Violent demonstration"


@pytest.mark.parametrize(("code", "text"), [
    ("NP", "Members of the ruling party's youth wing assaulted and injured four demonstrators in Pokhara on Monday."),
    ("LK", "On 2 March 2022, lecturers held a protest outside the Kandy campus over earlier clashes between police "
           "and students. Youths of a ruling party faction assaulted and injured three demonstrators."),
])
def test_a_crowd_assaulting_demonstrators_intervenes_in_their_protest(code, text):
    """Demonstrators named as the object of a crowd's assault ("assaulted and injured four demonstrators") did no
    violence themselves (`demonstrations.ATTACKED_GATHERING`), and clashes told as an earlier event ("over earlier
    clashes") are no fight between two crowds in this one (`demonstrations.EARLIER_BEFORE`)."""
    assert main_event(text, code).sub_event_type == "Protest with intervention"
