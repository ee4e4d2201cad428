"""Protest and riot sub-types by the ACLED codebook, each on sentences we wrote."""

from __future__ import annotations

import pytest

from sitrep import classify


def best(text: str) -> str | None:
    """The best-scoring sub-type of `text`, or None when it reports no event."""
    ranked = classify.classify(text)
    return ranked[0][0] if ranked else None


@pytest.mark.parametrize("text", [
    "On Tuesday, bus drivers held a protest on the Eldoret bypass, demanding that the remains of a colleague killed in "
    "a crash be handed to his widow.",
    "Hundreds of nurses rallied in Lusaka, demanding the release of colleagues detained by police last week.",
    "Fishermen demonstrated at the harbour in Mombasa, condemning the arrest of two boat owners.",
])
def test_a_cause_opened_by_a_participle_after_a_comma_is_the_cause(text):
    """', demanding ...' opens what the protest is about: a killing or a detention named there is its grievance, so
    the peaceful protest is the event (codebook: the protest is coded, not the harm it protests)."""
    assert best(text) == "Peaceful protest"


def test_a_clause_after_the_cause_still_tells_the_protest_story():
    """', and police fired tear gas' after the cause is the protest's own story: an intervention."""
    assert best("Traders marched to the county offices, protesting the eviction of hawkers, and police fired tear "
                "gas at them.") == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "On 3 March 2022, activists of the opposition party exploded crude bombs on the Jessore highway during a "
    "dawn-to-dusk hartal called to demand the fall of the cabinet.",
    "Opposition activists hurled cocktails at a bus during a hartal in Comilla.",
    "Youths taking part in the march on the governor's office threw petrol bombs at the gate.",
])
def test_crude_bombs_of_a_protest_make_a_violent_demonstration(text):
    """Hand-thrown crude bombs ('cocktails') where a protest is told are the crowd's own violence (codebook: molotov
    cocktails and crude bombs used by demonstrators are coded as the violent demonstration, not an explosion)."""
    assert best(text) == "Violent demonstration"


def test_crude_bombs_without_a_protest_stay_an_explosion():
    """No protest told: the crude bombs are no demonstration's."""
    assert best("Unknown men exploded crude bombs near a market in Khulna, injuring two vendors.") != \
        "Violent demonstration"


def test_a_total_shutdown_called_as_a_strike_is_a_protest():
    """A 'complete' or 'nationwide shutdown' called by a group is a general strike (codebook: strikes are protests)."""
    assert best("Shops stayed closed in Srinagar on Friday during a complete shutdown called by separatist groups.") \
        == "Peaceful protest"


def test_an_internet_shutdown_is_no_strike():
    """A shutdown of a service ordered by a government is no protest."""
    assert best("The government ordered a nationwide internet shutdown on Monday.") is None


@pytest.mark.parametrize("text", [
    "Riot police broke up a sit-in by pensioners in Quito, killing two marchers.",
    "Guards fired tear gas at a picket outside the mine in Harare, killing three strikers.",
])
def test_a_dispersal_killing_protesters_is_excessive_force(text):
    """Forces whose dispersal kills protesters used lethal force on them (codebook 'Excessive force against
    protesters'), which outranks the intervention; the participle names its victims as protesters."""
    assert best(text) == "Excessive force against protesters"


def test_a_protest_against_a_killing_is_peaceful():
    """'The killing of' a protest is held against is its cause, not force used on it."""
    assert best("Students marched in Accra against the killing of a classmate.") == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Police carried off three climate campaigners who had chained themselves to the gates of a coal plant in Tema.",
    "Police arrested five activists who had glued their hands to the steps of the town hall in Graz.",
])
def test_removing_civil_disobedience_is_an_intervention(text):
    """People who chain or glue themselves to a gate are protesting (codebook: civil disobedience is a protest);
    police who carry them off or arrest them intervene in that protest."""
    assert best(text) == "Protest with intervention"


def test_barriers_torn_down_by_demonstrators_make_a_violent_demonstration():
    """Demonstrators destroying barriers or fences do violence to property themselves: their violence decides over the
    tear gas fired at them (codebook 'Violent demonstration')."""
    assert best("Marchers tore down the steel fences ringing the presidential palace in Lomé, and officers fired "
                "tear gas.") == "Violent demonstration"


def test_demonstrators_coming_to_blows_make_a_violent_demonstration():
    """Demonstrators who come to blows with a rival crowd are violent themselves (codebook 'Violent demonstration')."""
    assert best("Rival groups of demonstrators traded blows outside the electoral office in Mzuzu.") == \
        "Violent demonstration"


@pytest.mark.parametrize("text", [
    "Riot police fired tear gas at a march in Bamako and two marchers died after being hit by canisters.",
    "Police beat protesting nurses with batons in Freetown, leaving four hospitalised with fractures.",
])
def test_serious_harm_to_protesters_is_excessive_force(text):
    """Protesters who die of the force used on them or are taken to hospital with broken bones met excessive force
    (codebook: serious injury or death, beyond an intervention's minor injuries)."""
    assert best(text) == "Excessive force against protesters"


def test_minor_injuries_at_a_dispersal_stay_an_intervention():
    """Injuries told without their being serious leave a dispersal an intervention."""
    assert best("Police tear-gassed vendors protesting new market fees in Blantyre, injuring several.") == \
        "Protest with intervention"


def test_officers_seriously_hurt_by_stone_throwers_make_a_violent_demonstration():
    """The crowd's own violence decides: officers badly hurt by stones are a violent demonstration's victims."""
    assert best("Protesters stoned police in Kumasi, leaving two officers seriously injured.") == "Violent demonstration"


def test_a_bomb_of_demonstrators_during_their_own_march_is_their_riot():
    """Demonstrators who set off a bomb and vandalise a bus during their own march riot (codebook: violence by the
    demonstrators, explosives included, is the violent demonstration)."""
    assert best("On 2 April 2022, opposition activists detonated a bomb and vandalised a bus during their march in "
                "Sylhet town.") == "Violent demonstration"


def test_a_bomb_set_off_at_a_rally_by_militants_stays_an_explosion():
    """Militants who bomb a rally are no demonstrators: the bomb is the event."""
    assert best("On 2 April 2022, militants detonated a bomb at an opposition rally in Sylhet town, killing four.") \
        == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text", [
    "Police in Accra dragged teachers out of the ministry compound during their sit-in over salary arrears.",
    "Riot police carried away retirees staging a sit-in outside the pensions office in Harare.",
])
def test_people_of_a_protest_removed_by_force_are_an_intervention(text):
    from sitrep.api import extract_text
    events = [e for e in extract_text(text) if not e.is_background]
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_a_suspect_dragged_away_is_no_protest():
    from sitrep.api import extract_text
    assert extract_text("Police dragged away a suspect from the market in Kano.") == []


@pytest.mark.parametrize("text", [
    "Youths burned a lorry near the Kitwe depot as the general strike began.",
    "Youths torched two minibuses in Kasama during the nationwide shutdown called by the unions.",
])
def test_crowd_violence_during_a_shutdown_is_a_violent_demonstration(text):
    from sitrep.api import extract_text
    events = [e for e in extract_text(text, country="Zambia") if not e.is_background]
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]
