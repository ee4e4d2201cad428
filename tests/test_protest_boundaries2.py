"""The four demonstration sub-types and their boundaries, on short reports we wrote (40 countries, news and terse-note
styles), each with its gold sub-type and actor pair by the ACLED codebook:

- Peaceful protest: demonstrators not violent and not intervened in.
- Protest with intervention: peaceful demonstrators met by force short of lethal or serious harm: quelled, quashed,
  broken up, roughed up, manhandled, chased away, scattered, tear-gassed, arrested.
- Excessive force against protesters: lethal force or serious injury against peaceful demonstrators (shot, fired on,
  beaten unconscious, taken to hospital); the force is actor 1.
- Violent demonstration: the demonstrators themselves stone, burn, loot, barricade or fight; rioters, with the police
  as actor 2 when they intervene, also when they kill rioters.

First pass, before any rule of this branch: 70 of the first 84 reports right on sub-type and actors (the last two,
roads blocked with tyres or logs, were added later and were right before too). Misses then: quelled, roughed up,
chased away and quashed read as peaceful; a protester beaten unconscious, one shot in the singular, a sit-in fired on
and striking miners shot not read as excessive force; striking workers' arson read as mob violence. After: 81 of 86;
the five left (xfail below) need a protest word the text does not give, or belong to other modules."""

from __future__ import annotations

import pytest

from sitrep.api import extract_text
from sitrep.actors import THE_COUNTRIES
from sitrep.countries import country_by_code
from sitrep.evaluation.seeds import main_event

PP, PWI, EF, VD = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                   "Violent demonstration")
P, R, POL = "Protesters", "Rioters", "Police"


def XFAIL(reason: str) -> pytest.MarkDecorator:
    """A report this branch leaves wrong, with why."""
    return pytest.mark.xfail(strict=True, reason=reason)


CASES = [
    ('Nurses marched through Eldoret on Monday demanding unpaid salaries.', 'KE', PP, P, None),
    ('Boda boda riders in Jinja held a peaceful demonstration over new parking fees.', 'UG', PP, P, None),
    ('Traders in Kumasi closed their shops on Tuesday to protest a rise in market tolls.', 'GH', PP, P, None),
    ('Residents of Chipata staged a sit-in at the council offices over water cuts; police watched but'
     ' did not intervene.', 'ZM', PP, P, None),
    ('Students of a university in Zomba protested against a fee hike on Wednesday.', 'MW', PP, P, None),
    ('Farmers in Sylhet formed a human chain demanding fair prices for rice.', 'BD', PP, P, None),
    ('Teachers in Tamale went on strike over delayed allowances.', 'GH', PP, P, None),
    ('Hundreds of fishermen rallied peacefully in Chittagong against a fishing ban.', 'BD', PP, P, None),
    ("Miners in Potosi marched to the governor's office demanding better pay.", 'BO', PP, P, None),
    ('Vendors in Bulawayo protested the demolition of their stalls, police said no arrests were made.',
     'ZW', PP, P, None),
    ('Protest: Kisii town, 14 March. Motorcycle riders demonstrated over police harassment.', 'KE', PP, P, None),
    ('On 2 May, transport workers in Kathmandu staged a protest against fuel price hikes.', 'NP', PP, P, None),
    ('Residents of Arusha demonstrated peacefully against the closure of a hospital.', 'TZ', PP, P, None),
    ('Women in Kandy held a candlelight vigil over rising food prices.', 'LK', PP, P, None),
    ('Tea pickers in Kericho staged a demonstration over wage cuts; the protest ended peacefully.', 'KE', PP, P, None),
    ('Indigenous groups in Cusco marched against a mining concession.', 'PE', PP, P, None),
    ('Opposition supporters rallied in Conakry demanding the release of detained leaders.', 'GN', PP, P, None),
    ('Health workers in Freetown protested outside the ministry over unpaid arrears.', 'SL', PP, P, None),
    ('Police quelled a protest by traders in Machakos on Friday.', 'KE', PWI, P, POL),
    ('Police broke up a demonstration by students in Mzuzu using tear gas.', 'MW', PWI, P, POL),
    ('Protesters were roughed up by police outside parliament in Kampala.', 'UG', PWI, P, POL),
    ('Police chased away hawkers who were protesting against evictions in Harare.', 'ZW', PWI, P, POL),
    ('Police lobbed tear gas at residents demonstrating over insecurity in Kitale.', 'KE', PWI, P, POL),
    ('Riot police dispersed demonstrators with water cannon in Dakar.', 'SN', PWI, P, POL),
    ('Police arrested ten protesters during a march against fuel prices in Lusaka.', 'ZM', PWI, P, POL),
    ('A peaceful march by lecturers in Abuja was dispersed by police with tear gas.', 'NG', PWI, P, POL),
    ('Police used batons to break up a sit-in by nurses in Lilongwe.', 'MW', PWI, P, POL),
    pytest.param('Police stopped a planned rally by opposition supporters in Bujumbura and detained its '
                 'organisers.', 'BI', PWI, P, POL,
                 marks=XFAIL('a planned rally: detaining its organisers reads as arrests (protest_ahead)')),
    ('Students protesting fee increases in Yaounde were teargassed by police.', 'CM', PWI, P, POL),
    ('Police dispersed a crowd protesting power cuts in Durban with rubber bullets.', 'ZA', PWI, P, POL),
    ('Protest by teachers in Lome dispersed by police; several arrested.', 'TG', PWI, P, POL),
    ('Police blocked a march by opposition activists heading to the electoral commission in Cotonou.',
     'BJ', PWI, P, POL),
    ('Police manhandled and arrested activists protesting outside the court in Islamabad.', 'PK', PWI, P, POL),
    ('Police beat demonstrators with sticks and dispersed a protest over land evictions in Phnom '
     'Penh.', 'KH', PWI, P, POL),
    ('Police pushed back marchers with shields and pepper spray in Santiago.', 'CL', PWI, P, POL),
    ('Police broke up a protest by garment workers in Gazipur and arrested five of them.', 'BD', PWI, P, POL),
    ('Police scattered a demonstration by farmers in Bogra with tear gas shells.', 'BD', PWI, P, POL),
    ('Police in Monrovia dispersed students protesting against a fee hike.', 'LR', PWI, P, POL),
    ('Police quashed a demonstration by hawkers in Kigali.', 'RW', PWI, P, POL),
    ('Anti-riot police broke up a demonstration against the junta in Niamey.', 'NE', PWI, P, POL),
    ('Police shot dead two protesters during a peaceful march over fuel prices in Khartoum.', 'SD', EF, POL, P),
    ('Police opened fire on peaceful demonstrators in Ouagadougou, wounding four.', 'BF', EF, POL, P),
    ("A protester was killed when police fired live bullets at a peaceful crowd in N'Djamena.", 'TD', EF, POL, P),
    ('Police beat a student protester unconscious in Maputo; he was admitted to hospital.', 'MZ', EF, POL, P),
    pytest.param('Police fired live rounds into a crowd of striking miners in Rustenburg, killing three.',
                 'ZA', EF, POL, P, marks=XFAIL("'miners' reads as a mining hazard (relevance.causes.HAZARD)")),
    ('Two demonstrators died after police fired on a sit-in in Antananarivo.', 'MG', EF, POL, P),
    ('Police shot and wounded a peaceful protester during a march against evictions in Kisumu.', 'KE', EF, POL, P),
    ('Police killed a student protester in Dhaka during a demonstration against quota rules.', 'BD', EF, POL, P),
    ('A teacher taking part in a peaceful strike march was shot dead by police in Bamako.', 'ML', EF, POL, P),
    ('Police shot dead a man protesting the killing of his brother in Mombasa.', 'KE', EF, POL, P),
    ('Youths burnt tyres on the road in Kakamega to protest insecurity.', 'KE', VD, R, None),
    ('Protesters barricaded the Nairobi-Mombasa highway with rocks and burning tyres.', 'KE', VD, R, None),
    ('Protesters clashed with police in Accra after a fuel price rise.', 'GH', VD, R, POL),
    ('Protesters pelted police with stones in Gulu; police responded with tear gas.', 'UG', VD, R, POL),
    ('Residents protesting a killing by police torched a police post in Embu.', 'KE', VD, R, None),
    ('Angry traders looted shops in Onitsha during a protest over market levies.', 'NG', VD, R, None),
    ('Police shot dead two rioters who were looting shops in Durban.', 'ZA', VD, R, POL),
    ('Demonstrators hurled stones at police in Conakry, who replied with tear gas.', 'GN', VD, R, POL),
    pytest.param('Students set a university bus ablaze in Dhaka and were dispersed by police.', 'BD', VD, R, POL,
                 marks=XFAIL("no protest word: the students' arson reads as mob violence")),
    ('Rioters torched a court building in Jakarta after the verdict.', 'ID', VD, R, None),
    ('Protesters attacked a police station in Mandera, injuring two officers.', 'KE', VD, R, POL),
    ('Residents blocked the Thika road with stones and bonfires over the death of a motorist; police '
     'dispersed them with tear gas.', 'KE', VD, R, POL),
    pytest.param('Police lobbed tear gas at youths who were pelting vehicles with stones in Kisumu.', 'KE', VD, R, POL,
                 marks=XFAIL('no protest word: youths stoning vehicles read as mob violence')),
    ("Protesters vandalised the governor's office in Kano and clashed with police.", 'NG', VD, R, POL),
    ('Hartal supporters exploded crude bombs and torched buses in Rajshahi.', 'BD', VD, R, None),
    ('Demonstrators smashed windows of government offices in Quito and fought running battles with '
     'police.', 'EC', VD, R, POL),
    ('Protest turned violent in Lima as demonstrators threw rocks at police; one protester was killed'
     ' by police gunfire.', 'PE', VD, R, POL),
    ('Villagers armed with machetes attacked a police patrol in Tete after a protest over relocation.',
     'MZ', VD, R, POL),
    ('Protesters stormed a mining company office in Antofagasta and set it on fire.', 'CL', VD, R, None),
    ('Rioting youths barricaded roads in Lome and burned tyres; police then scattered them with tear gas.',
     'TG', VD, R, POL),
    ('Police quelled a riot in Homa Bay after residents burnt a police vehicle.', 'KE', VD, R, POL),
    ('Students of a college in Karachi went on the rampage, damaging cars, before police chased them '
     'away.', 'PK', VD, R, POL),
    ('Protesters in Medan pelted the parliament building with stones and burned motorbikes.', 'ID', VD, R, None),
    ('Police killed three rioters as protesters stormed the district headquarters in Bogra.', 'BD', VD, R, POL),
    ('Demonstrators set up burning barricades in Port-Gentil and clashed with police.', 'GA', VD, R, POL),
    ('Protesting farmers uprooted railway tracks and pelted policemen with stones in Ludhiana.', 'IN', VD, R, POL),
    ('Youths protesting power cuts in Kisii blocked the road and stoned passing vehicles.', 'KE', VD, R, None),
    pytest.param('Boda boda riders in Mbale burnt a police post after a colleague died in custody, police '
                 'dispersed them.', 'UG', VD, R, POL,
                 marks=XFAIL("no protest word: the riders' arson tells no demonstration")),
    ('Clashes erupted between protesters and police in Bangkok as demonstrators threw paint and '
     'firecrackers.', 'TH', VD, R, POL),
    ('Demonstrators in Manila hurled bottles and rocks at riot police, who fired water cannon.', 'PH', VD, R, POL),
    ('Protesters blockaded the Pan-American highway in Cauca and burned a toll booth.', 'CO', VD, R, None),
    ('Striking workers in Chennai set fire to a factory office.', 'IN', VD, R, None),
    ('Protesters in Addis Ababa threw stones at a police convoy; police beat several of them.', 'ET', VD, R, POL),
    ('Police in Nakuru arrested 12 rioters who had barricaded roads and looted shops.', 'KE', VD, R, POL),
    ('Villagers blocked the road with burning tyres in Kasese to protest power cuts.', 'UG', VD, R, None),
    ('Students blocked the Dhaka-Aricha highway with logs to protest a road accident.', 'BD', VD, R, None),
]


def actor_name(role: str | None, country: str) -> str | None:
    """The ACLED name of a generic role in `country`: 'Protesters (Kenya)', 'Police Forces of Kenya'."""
    if role is None:
        return None
    name = country_by_code(country).name
    article = "the " if name in THE_COUNTRIES else ""
    return f"Police Forces of {article}{name}" if role == POL else f"{role} ({name})"


@pytest.mark.parametrize(("text", "country", "sub_type", "actor1", "actor2"), CASES,
                         ids=[(case.values if hasattr(case, "values") else case)[0][:50] for case in CASES])
def test_protest_sub_type_and_actors(text: str, country: str, sub_type: str, actor1: str, actor2: str | None) -> None:
    event = main_event(extract_text(text, country=country))
    assert event is not None
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        sub_type, actor_name(actor1, country), actor_name(actor2, country))


PASSIVE_AFTER_PARTICIPLE = [
    ("Nurses demonstrating over unpaid overtime in Blantyre were tear-gassed by police.", "MW", PWI, P, POL),
    ("Hawkers protesting against new levies in Kitwe were dispersed by police.", "ZM", PWI, P, POL),
    ("Miners marching over unpaid bonuses in Kolwezi were shot dead by police.", "CD", EF, POL, P),
    ("Pensioners demonstrating for their arrears in Harare were briefly detained by police.", "ZW", PWI, P, POL),
    # A clause of the cause's own ('after colleagues were arrested'): the arrest is the grievance.
    ("Bus drivers protesting after two colleagues were arrested marched to the transport ministry in Abuja.", "NG",
     PP, P, None),
]


@pytest.mark.parametrize(("text", "country", "sub_type", "actor1", "actor2"), PASSIVE_AFTER_PARTICIPLE,
                         ids=[case[0][:50] for case in PASSIVE_AFTER_PARTICIPLE])
def test_a_passive_after_a_participle_cause_is_what_befell_the_protesters(
        text: str, country: str, sub_type: str, actor1: str, actor2: str | None) -> None:
    """'Nurses demonstrating over unpaid overtime were tear-gassed': the participle phrase tells the cause in nouns,
    and 'were tear-gassed' is the sentence's own verb (classify._passive_main_verb_after_participle). Before that rule
    the first three read as peaceful protests."""
    event = main_event(extract_text(text, country=country))
    assert event is not None
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        sub_type, actor_name(actor1, country), actor_name(actor2, country))


PUT_DOWN_IN_THE_PASSIVE = [
    ("Protesters in Nyeri were roughed up and chased away.", "KE"),
    ("The protest by traders in Kitwe was quelled.", "ZM"),
    ("A demonstration by students in Gulu was quashed.", "UG"),
    ("Teachers protesting in Bo were scattered with tear gas.", "SL"),
    ("A march by nurses in Kano was broken up.", "NG"),
]


@pytest.mark.parametrize(("text", "country"), PUT_DOWN_IN_THE_PASSIVE, ids=[c[0][:50] for c in PUT_DOWN_IN_THE_PASSIVE])
def test_a_protest_put_down_in_the_passive_faces_the_police(text: str, country: str) -> None:
    """A protest quelled, quashed, broken up or scattered, or protesters roughed up or chased away, with no force named:
    only the police do that to a demonstration (crowds.INTERVENED_UPON), so they are actor 2 (codebook: the force that
    intervened is the second actor). Before, actor 2 was left empty in all five."""
    event = main_event(extract_text(text, country=country))
    assert event is not None
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        PWI, actor_name(P, country), actor_name(POL, country))


def test_a_colleague_roughed_up_before_the_protest_is_its_grievance() -> None:
    """'protested after a colleague was roughed up last week': the roughing up is the cause, no intervention."""
    event = main_event(extract_text("Vendors in Lira protested after a colleague was roughed up by council guards "
                                    "last week.", country="UG"))
    assert event is not None
    assert (event.sub_event_type, event.actor2) == (PP, None)
