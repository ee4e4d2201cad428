"""One person killed, told without a number, on reports we wrote: headlines and terse notes drop the article
("Teenager shot dead by police", "Prison warder killed during jailbreak"), and a singular person noun then names
one victim, as "a teenager was shot dead" does; ACLED counts 1.

First pass, before any change: 21 of the 30 reports in `REPORTS` gave the right toll; the nine misses were headline
subjects whose noun `casualties.PERSON_NOUNS` did not list (teenager, catechist, pupil, politician, monk, youth,
pilgrim, witchdoctor, gendarme). With the list grown by common nouns of people (trades, clergy, officials, ranks,
kin), all 30 pass. `HELD_OUT` was written after that and run once: 11 of 15; the nouns it missed (warder, operator,
herbalist, chef) led to the rule of `casualties.AGENT_NOUN` (a headline subject ending in a suffix of people: -er,
-or, -ist, -ian, -man), after which 14 of 15 pass; "Chef shot dead ..." stays a strict xfail (no such suffix).
"""

from __future__ import annotations

import pytest

from reported import first_reported, reported

REPORTS = [
    ('Teenager shot dead by police during a raid in Mathare, Nairobi.', "KE", 1),
    ('A schoolboy was killed by a stray round in Port-au-Prince on Sunday.', "HT", 1),
    ('Gunmen shot dead a businessman outside his shop in Kano on Monday.', "NG", 1),
    ('A tourist was stabbed and wounded by a robber in Cape Town.', "ZA", 0),
    ('Catechist abducted and killed by armed men in Beni territory.', "CD", 1),
    ('A constable was killed when suspected rebels ambushed a patrol in Manipur.', "IN", 1),
    ('Unknown attackers hacked a widow to death in Kisii County.', "KE", 1),
    ('A journalist was beaten and a photographer was shot dead by militiamen in Bangui.', "CF", 1),
    ('Pupil killed as soldiers fire on protesters in Conakry.', "GN", 1),
    ('A sergeant died after militants attacked a checkpoint in North Waziristan.', "PK", 1),
    ('Gunmen kill politician in Guerrero.', "MX", 1),
    ('A pedestrian died when a stray round hit him during clashes in Tripoli.', "LY", 1),
    ('Monk shot dead by gunmen in Rakhine.', "MM", 1),
    ('A motorist was shot dead at an illegal roadblock in Tigray.', "ET", 1),
    ('A preacher was killed when armed men stormed a church in Plateau State.', "NG", 1),
    ('Youth shot dead by police during protests in Kisumu.', "KE", 1),
    ('A reporter was wounded by shrapnel when shells hit a market in Khartoum.', "SD", 0),
    ('Gunmen shot dead a lawyer in Tegucigalpa on Thursday.', "HN", 1),
    ('A magistrate was killed by a car bomb in Mogadishu.', "SO", 1),
    ('Pilgrim killed in grenade attack on a shrine in Balochistan.', "PK", 1),
    ('A peacekeeper was killed when his convoy struck a landmine near Kidal.', "ML", 1),
    ('Mob lynches suspected witchdoctor in Kilifi.', "KE", 1),
    ('A customer was killed when gunmen opened fire in a bar in Cali.', "CO", 1),
    ('A mechanic was shot dead by suspected gang members in San Pedro Sula.', "HN", 1),
    ("Bishop's driver was shot dead by gunmen in Enugu.", "NG", 1),
    ('A pharmacist was abducted by gunmen in Zamfara.', "NG", 0),
    ('An engineer was killed by gunmen at a road construction site in Borno.', "NG", 1),
    ("Gendarme killed in an attack on a post in Burkina Faso's Est region.", "BF", 1),
    ('A candidate was shot dead while campaigning in Veracruz.', "MX", 1),
    ('A schoolgirl was killed when a shell hit her home in Donetsk.', "UA", 1),
]

HELD_OUT = [
    ('Nurse killed as gunmen raid clinic in Katsina.', "NG", 1),
    ('Herbalist lynched by villagers in Busia.', "KE", 1),
    ('Corporal killed, two others hurt in ambush in Cabo Delgado.', "MZ", 1),
    ('Surveyor abducted by gunmen in Kaduna.', "NG", 0),
    ('Cyclist killed by stray bullet in Kharkiv shelling.', "UA", 1),
    ('Grandmother shot dead in her home by gunmen in Jalisco.', "MX", 1),
    ('Boda boda operator hacked to death in Kakamega.', "KE", 1),
    ('Inspector shot dead by militants in Dera Ismail Khan.', "PK", 1),
    ('Prison warder killed during jailbreak in Oyo.', "NG", 1),
    ('Fisherman shot dead by navy patrol off Lake Albert.', "UG", 1),
    ('Village headman beheaded by militants in Ituri.', "CD", 1),
    ('Councillor shot dead outside his home in KwaZulu-Natal.', "ZA", 1),
    ('Relative of a minister killed by gunmen in Benue.', "NG", 1),
    ('Student leader shot dead during protest in Lilongwe.', "MW", 1),
]


@pytest.mark.parametrize(("text", "country", "killed"), REPORTS + HELD_OUT)
def test_a_singular_victim_without_a_number_is_one_death(text, country, killed):
    assert first_reported(text, country, "2024-05-01").fatalities == killed


@pytest.mark.xfail(strict=True, reason="a person noun with no suffix of people that PERSON_NOUNS does not list")
def test_a_headline_victim_named_by_an_unlisted_noun():
    assert first_reported("Chef shot dead in a robbery at a restaurant in Durban.", "ZA", "2024-05-01").fatalities == 1


@pytest.mark.parametrize("text", [
    "The number killed in the attack rose to 12 on Monday, officials said.",
    "Later killed in an ambush, the commander was buried in his home village.",
])
def test_words_with_a_suffix_of_people_that_name_no_person_give_no_victim(text):
    assert all(event.fatalities != 1 for event in reported(text, "KE", "2024-05-01"))
