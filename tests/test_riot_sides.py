"""The second actor of demonstrations and riots, on short reports we wrote (many countries and wordings): ACLED's
codebook makes the force that intervened in a riot its actor 2, also when the text leaves it unnamed in the passive
("were dispersed with tear gas": only the police do that), and also when the force is private guards or bodyguards
(ACLED's other forces); a dispersal denied or told as an earlier event adds no one. A peaceful demonstration that a
crowd (party supporters, counter-protesters, youths) attacks is a protest with intervention, the protesters against
those rioters."""

from __future__ import annotations

import pytest

from sitrep.api import extract_text
from sitrep.evaluation.seeds import main_event

R, P = "Rioters", "Protesters"

CASES = [
    # A riot dispersed by no named force: the police.
    ("Tear gas was fired to disperse rioters who had blocked the Kisumu-Busia highway.", "KE", (f"{R} (Kenya)", "Police Forces of Kenya")),
    ("Rioting traders in Mbale were dispersed with tear gas and live bullets.", "UG", (f"{R} (Uganda)", "Police Forces of Uganda")),
    ("Youths burnt tyres on the Lagos-Ibadan expressway and were later dispersed.", "NG", (f"{R} (Nigeria)", "Police Forces of Nigeria")),
    ("Rioters in Bawku were teargassed after they set a market ablaze.", "GH", (f"{R} (Ghana)", "Police Forces of Ghana")),
    ("Angry residents of Mbeya stoned vehicles before being dispersed with tear gas.", "TZ", (f"{R} (Tanzania)", "Police Forces of Tanzania")),
    ("Residents of Soweto blocked roads with burning tyres; rubber bullets were fired to disperse them.", "ZA",
     (f"{R} (South Africa)", "Police Forces of South Africa")),
    ("Protesters threw stones at vehicles in Kumasi and were dispersed with water cannon.", "GH", (f"{R} (Ghana)", "Police Forces of Ghana")),
    ("Rioters were dispersed with tear gas after they blocked the road in Kisumu.", "KE", (f"{R} (Kenya)", "Police Forces of Kenya")),
    ("Youths burnt tyres in Douala over a fuel price rise and were dispersed with tear gas.", "CM",
     (f"{R} (Cameroon)", "Police Forces of Cameroon")),
    ("Students at a university in Gondar threw stones at buses and were tear-gassed.", "ET", (f"{R} (Ethiopia)", "Police Forces of Ethiopia")),
    ("Demonstrators were dispersed with tear gas in Lome after they put up barricades.", "TG", (f"{R} (Togo)", "Police Forces of Togo")),
    ("Youths burnt tyres in Ho over bad roads; they were not dispersed.", "GH", (f"{R} (Ghana)", None)),
    # A dispersal denied, or the grievance of the crowd: nobody intervened.
    ("Rioters in Kisumu were not dispersed until late evening.", "KE", (f"{R} (Kenya)", None)),
    ("Youths burnt tyres in Kisumu to protest the dispersal of a march last week.", "KE", (f"{R} (Kenya)", None)),
    ("Protesters marched peacefully in Nyeri and were not dispersed.", "KE", (f"{P} (Kenya)", None)),
    # Private guards and bodyguards who intervene: ACLED's other forces as actor 2.
    ("Private security guards fired tear gas to scatter youths who had blocked the road in Thika.", "KE",
     (f"{P} (Kenya)", "Private Security Forces (Kenya)")),
    ("Bodyguards of a politician shot into the air and chased off rowdy youths who stoned his car in Kisii.", "KE",
     (f"{R} (Kenya)", "Private Security Forces (Kenya)")),
    ("Traders who stoned vehicles in Aba were dispersed by private security guards of the market.", "NG",
     (f"{R} (Nigeria)", "Private Security Forces (Nigeria)")),
    ("Security guards of the company dispersed protesting youths with gunshots in Warri.", "NG",
     (f"{P} (Nigeria)", "Private Security Forces (Nigeria)")),
    ("Protesters accused private security guards of killing a man and burnt tyres in Nairobi.", "KE", (f"{R} (Kenya)", None)),
]


@pytest.mark.parametrize(("text", "country", "expected"), CASES, ids=[case[0][:48] for case in CASES])
def test_riot_sides_follow_the_codebook(text: str, country: str, expected: tuple[str, str | None]) -> None:
    event = main_event(extract_text(text, country=country))
    assert event is not None
    assert (event.actor1, event.actor2) == expected, event.sub_event_type


ATTACKED_DEMONSTRATIONS = [
    # A crowd that physically interrupts a demonstration: a protest with intervention, the protesters against the
    # rioters who attacked them.
    ("Ruling party cadres attacked opposition supporters at a rally in Lusaka, injuring five.", "ZM",
     ("Protest with intervention", f"{P} (Zambia)", f"{R} (Zambia)")),
    ("Opposition protesters were attacked by ruling party supporters in Lilongwe.", "MW",
     ("Protest with intervention", f"{P} (Malawi)", f"{R} (Malawi)")),
    ("Supporters of the ruling party attacked a peaceful opposition march in Harare, injuring six.", "ZW",
     ("Protest with intervention", f"{P} (Zimbabwe)", f"{R} (Zimbabwe)")),
    ("Counter-protesters attacked demonstrators in Accra with sticks.", "GH",
     ("Protest with intervention", f"{P} (Ghana)", f"{R} (Ghana)")),
    ("Youths disrupted an opposition rally in Dakar by throwing stones.", "SN",
     ("Protest with intervention", f"{P} (Senegal)", f"{R} (Senegal)")),
    ("On 9 April 2021, dozens of youths attacked opposition supporters during a rally in Savalou.", "BJ",
     ("Protest with intervention", f"{P} (Benin)", f"{R} (Benin)")),
    ("Opposition marchers were beaten up by ruling party youths in Mbarara.", "UG",
     ("Protest with intervention", f"{P} (Uganda)", f"{R} (Uganda)")),
    ("Counter-protesters disrupted a march by nurses in Nakuru.", "KE", ("Protest with intervention", f"{P} (Kenya)", f"{R} (Kenya)")),
    ("Ruling party workers attacked a protest march by farmers in Lucknow, injuring eight.", "IN",
     ("Protest with intervention", f"{P} (India)", f"{R} (India)")),
    # Not a crowd's attack on the event's demonstration: the police who break it up, gunmen, an attack that is the
    # grievance of a later rally or an earlier event, one person assaulted at a rally. Gunmen attack the march's
    # Protesters (ACLED's interaction codes pair an armed group with protesters: 36, 46).
    ("Police broke up a rally by opposition supporters in Kisumu.", "KE",
     ("Protest with intervention", f"{P} (Kenya)", "Police Forces of Kenya")),
    ("Gunmen opened fire on a march in Jos, killing two.", "NG",
     ("Attack", "Unidentified Armed Group (Nigeria)", f"{P} (Nigeria)")),
    ("On 3 May 2023, BNP activists held a rally in Bogura to condemn an earlier assault on its marchers by ruling party activists.",
     "BD", ("Peaceful protest", f"{P} (Bangladesh)", None)),
    ("Residents of Kibra held a protest against an attack on marchers by hired youths last week.", "KE",
     ("Peaceful protest", f"{P} (Kenya)", None)),
]


@pytest.mark.parametrize(("text", "country", "expected"), ATTACKED_DEMONSTRATIONS, ids=[c[0][:48] for c in ATTACKED_DEMONSTRATIONS])
def test_a_crowds_attack_on_a_demonstration_is_an_intervention(text: str, country: str,
                                                                expected: tuple[str, str, str | None]) -> None:
    event = main_event(extract_text(text, country=country))
    assert event is not None
    assert (event.sub_event_type, event.actor1, event.actor2) == expected
