"""Who is actor 1 and who actor 2, on short reports we wrote (Ghana, Madagascar, Malawi, Sierra Leone, Nepal, South
Africa, the Philippines, Cambodia, Papua New Guinea, Lesotho, Togo, Rwanda, South Sudan, DR Congo, Central African
Republic, Uganda, Cameroon, Burundi, Ethiopia, Somalia, Tanzania, Mozambique, Zimbabwe, Bangladesh, Nigeria, Burkina
Faso, Mali, Niger, Zambia, Guinea, Liberia).

ACLED's conventions for the pair: two rival crowds who set on each other are rioters against rioters, also when the text
tells it as "violence between" them (`crowds.VIOLENCE_BETWEEN`), as "supporters of A and B fought" (`crowds.TWO_CROWDS`)
or as rioters who clashed with no opponent named (`crowds.FIGHT_WITH_NO_OPPONENT`), or as a deadly fight between crowds
of no community (a church's members, students: `roles._community_crowds`), while a force that faced the crowd stays its
actor 2; youths, villagers or herders told as armed who attack as a group are a communal militia, named after their
village when the text gives it (`sub_types.ARMED_PEOPLE`); "Unidentified Armed Group" is for gunmen or armed men of no
stated identity; a named militia that attacks police is actor 1 and the police actor 2; foreign troops acting in a
country are their own state's military, and the people they hit are civilians of the country they were hit in; party
supporters who clash are rioters on both sides. A protest told with a participle clause of the crowd's own violence
after it ("protested, torching a house") is a violent demonstration by rioters (`demonstrations.PROTESTED_DOING_HARM`);
burning an effigy is not. A clash told as an election's with no side and no armed group's weapon named is mob violence
between rioters (`roles.crowds._election_clash_of_crowds`)."""

from __future__ import annotations

import pytest

from reported import first_reported


def main_event(text: str, country: str):
    return first_reported(text, country, "2024-05-01")


def pair(event) -> set[str | None]:
    return {event.actor1, event.actor2}


CROWDS_SET_ON_EACH_OTHER = [
    ("GH", "Violence broke out between Konkomba and Nanumba youths in Bimbilla, three people died.", "Ghana"),
    ("MG", "Violence erupted between rival youths in Toamasina on Sunday, injuring four.", "Madagascar"),
    ("MW", "Supporters of the DPP and MCP fought running battles in Blantyre.", "Malawi"),
    ("SL", "Supporters of the APC and SLPP fought in Makeni, injuring three.", "Sierra Leone"),
    ("ZW", "ZANU-PF and MDC supporters clashed in Epworth, leaving five people injured.", "Zimbabwe"),
    ("UG", "Supporters of NRM and NUP clashed in Masaka on Sunday.", "Uganda"),
    ("BD", "Awami League and BNP supporters clashed in Sylhet, injuring twenty.", "Bangladesh"),
    ("MW", "Violence erupted between residents of two villages in Karonga, injuring six.", "Malawi"),
    ("NP", "Violence broke out between supporters of two candidates in Biratnagar, leaving ten injured.", "Nepal"),
    ("ZA", "Violence broke out between hostel dwellers and residents of a nearby township in Durban, two people died.",
     "South Africa"),
    ("PH", "Violence erupted between supporters of rival mayoral candidates in Cotabato, injuring seven.",
     "Philippines"),
    ("MW", "Rioting youths clashed in Ndirande after the vote count.", "Malawi"),
    ("KH", "Rioters clashed in the streets of Battambang after the results were announced, burning tyres.", "Cambodia"),
    ("PG", "Rioting villagers fought in the streets of Mount Hagen after the vote count, burning cars.",
     "Papua New Guinea"),
    ("LS", "Rioters clashed in Maseru after the election results, burning tyres.", "Lesotho"),
    ("ZM", "Members of two churches fought over a plot in Ndola, one man died.", "Zambia"),
    ("GH", "A brawl between two groups at a funeral in Kumasi left one dead.", "Ghana"),
    ("ET", "Students clashed with one another at Jimma University, one student died.", "Ethiopia"),
]


DEADLY_FEUDS_OF_COMMUNITIES = [
    ("TZ", "Residents of two villages fought over a water point near Dodoma; one man was killed.", "Tanzania"),
]


@pytest.mark.parametrize(("code", "text", "country"), DEADLY_FEUDS_OF_COMMUNITIES)
def test_a_deadly_fight_between_a_communitys_people_is_a_clash_of_communal_militias(code, text, country):
    event = main_event(text, code)
    militia = f"Unidentified Communal Militia ({country})"
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Armed clash", militia, militia)


@pytest.mark.parametrize(("code", "text", "country"), CROWDS_SET_ON_EACH_OTHER)
def test_two_crowds_that_set_on_each_other_are_rioters_on_both_sides(code, text, country):
    event = main_event(text, code)
    assert (event.actor1, event.actor2) == (f"Rioters ({country})", f"Rioters ({country})")


FORCE_FACING_THE_CROWD = [
    ("MG", "Violence between rioters and police in Antsirabe left two injured on Monday.", "Madagascar"),
    ("TG", "Rioters fought with police in Lome, burning tyres.", "Togo"),
]


@pytest.mark.parametrize(("code", "text", "country"), FORCE_FACING_THE_CROWD)
def test_a_force_that_faced_the_crowd_stays_actor_2(code, text, country):
    event = main_event(text, code)
    assert (event.actor1, event.actor2) == (f"Rioters ({country})", f"Police Forces of {country}")


ARMED_PEOPLE_ATTACK = [
    ("SS", "Armed youths from Akobo attacked a cattle camp, killing seven herders.",
     "Akobo Communal Militia (South Sudan)", "Civilians (South Sudan)"),
    ("CD", "Armed youths attacked Bunia hospital, killing two patients.",
     "Unidentified Communal Militia (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)"),
    ("CF", "Youths armed with machetes attacked traders near Bambari, killing three.",
     "Unidentified Communal Militia (Central African Republic)", "Civilians (Central African Republic)"),
    ("UG", "Armed youths from Kaabong raided a village in Kotido and killed four people.",
     "Kaabong Communal Militia (Uganda)", "Civilians (Uganda)"),
    ("ML", "Armed villagers killed three herders in the village of Dioura.",
     "Unidentified Communal Militia (Mali)", "Civilians (Mali)"),
    ("NE", "Armed herders attacked farmers in a field near Tahoua, killing two.",
     "Unidentified Communal Militia (Niger)", "Civilians (Niger)"),
    ("GH", "Armed youths attacked a Fulani camp near Agogo, killing two.",
     "Unidentified Communal Militia (Ghana)", "Civilians (Ghana)"),
]


@pytest.mark.parametrize(("code", "text", "first", "second"), ARMED_PEOPLE_ATTACK)
def test_armed_people_who_attack_as_a_group_are_a_communal_militia(code, text, first, second):
    event = main_event(text, code)
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Attack", first, second)


UNARMED_YOUTHS = [
    ("GH", "A group of youths attacked a man suspected of theft in Tamale, injuring him.", "Rioters (Ghana)"),
    ("RW", "A mob lynched a suspected thief in Huye.", "Rioters (Rwanda)"),
    ("UG", "Villagers armed with sticks beat a suspected thief to death in Mbale.", "Rioters (Uganda)"),
]


@pytest.mark.parametrize(("code", "text", "first"), UNARMED_YOUTHS)
def test_crowds_not_told_as_armed_stay_rioters(code, text, first):
    event = main_event(text, code)
    assert (event.sub_event_type, event.actor1) == ("Mob violence", first)


ATTACKERS_AND_TARGETS = [
    ("CM", "Ambazonian separatists attacked a gendarmerie post in Bamenda, killing two gendarmes.",
     "Ambazonian Separatists", "Police Forces of Cameroon Gendarmerie"),
    ("CD", "Mai-Mai fighters attacked a police station in Beni, killing three police officers.",
     "Mai-Mai Militia", "Police Forces of the Democratic Republic of Congo"),
    ("BI", "Imbonerakure members beat a police officer in Cibitoke.", "Imbonerakure", "Police Forces of Burundi"),
    ("CD", "Rwandan soldiers shot dead two fishermen on Lake Kivu near Goma.",
     "Military Forces of Rwanda", "Civilians (Democratic Republic of Congo)"),
    ("ET", "Eritrean troops killed five farmers near Adigrat.", "Military Forces of Eritrea", "Civilians (Ethiopia)"),
    ("SO", "Ethiopian troops shot dead three civilians in Baidoa.",
     "Military Forces of Ethiopia", "Civilians (Somalia)"),
    ("SS", "Ugandan soldiers beat up traders in Nimule market.",
     "Military Forces of Uganda", "Civilians (South Sudan)"),
    ("TZ", "Gunmen shot dead a shopkeeper in Kibiti on Tuesday.",
     "Unidentified Armed Group (Tanzania)", "Civilians (Tanzania)"),
    ("MZ", "Armed men killed two villagers in Macomia.",
     "Unidentified Armed Group (Mozambique)", "Civilians (Mozambique)"),
    ("ET", "Armed youths from a Gedeo village attacked Guji herders, killing four.",
     "Gedeo Ethnic Militia (Ethiopia)", "Civilians (Ethiopia)"),
    ("NG", "Villagers armed with machetes and guns attacked a Fulani settlement near Jos, killing three.",
     "Unidentified Communal Militia (Nigeria)", "Civilians (Nigeria)"),
    ("BF", "Koglweogo members killed three herders near Kaya.", "Koglweogo Militia", "Civilians (Burkina Faso)"),
    ("UG", "Attackers thought to be Karamojong warriors killed two herdsmen near Kotido.",
     "Karamojong Ethnic Militia (Uganda)", "Civilians (Uganda)"),
]


@pytest.mark.parametrize(("code", "text", "first", "second"), ATTACKERS_AND_TARGETS)
def test_the_side_that_acted_is_actor_1_and_its_target_actor_2(code, text, first, second):
    event = main_event(text, code)
    assert (event.actor1, event.actor2) == (first, second)


PROTESTS_WITH_THE_CROWDS_OWN_VIOLENCE = [
    ("MW", "Residents protested over the killing of a man by a suspected thief, torching his house.", "Malawi"),
    ("TZ", "Traders demonstrated against the closure of the market in Mwanza, looting shops.", "Tanzania"),
    ("UG", "Residents protested in Mukono, burning three cars.", "Uganda"),
]


@pytest.mark.parametrize(("code", "text", "country"), PROTESTS_WITH_THE_CROWDS_OWN_VIOLENCE)
def test_a_protest_with_a_participle_of_the_crowds_violence_is_a_riot(code, text, country):
    event = main_event(text, code)
    assert (event.sub_event_type, event.actor1) == ("Violent demonstration", f"Rioters ({country})")


PEACEFUL_PROTESTS = [
    ("ZM", "Students protested in Lusaka, burning an effigy of the minister.", "Zambia"),
    ("GH", "Farmers protested peacefully in Techiman, submitting a petition to the chief.", "Ghana"),
]


@pytest.mark.parametrize(("code", "text", "country"), PEACEFUL_PROTESTS)
def test_a_protest_with_a_symbolic_or_peaceful_act_stays_peaceful(code, text, country):
    event = main_event(text, code)
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Peaceful protest", f"Protesters ({country})", None)


ELECTION_CLASHES_OF_NO_ARMED_SIDE = [
    ("UG", "Post-election clashes erupted in Mbale, leaving three dead.", "Uganda"),
    ("GN", "Electoral clashes in Conakry left four people dead and dozens injured.", "Guinea"),
    ("SL", "Post-election clashes broke out in Kono, leaving two people dead.", "Sierra Leone"),
]


@pytest.mark.parametrize(("code", "text", "country"), ELECTION_CLASHES_OF_NO_ARMED_SIDE)
def test_an_election_clash_with_no_side_named_is_mob_violence_between_rioters(code, text, country):
    event = main_event(text, code)
    rioters = f"Rioters ({country})"
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Mob violence", rioters, rioters)


def test_an_election_clash_where_gunmen_traded_fire_stays_a_battle():
    event = main_event("Post-election fighting in Ganta: gunmen traded fire for an hour, two dead.", "LR")
    assert (event.sub_event_type, event.actor1) == ("Armed clash", "Unidentified Armed Group (Liberia)")
