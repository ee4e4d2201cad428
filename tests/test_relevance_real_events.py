"""Real political violence, demonstrations and arrests told in many ways (headlines, passives, reported speech,
relative days, places across Africa and Asia), on sentences we wrote: the non-event filters of `relevance` must
keep their types; and the words of politics and of accidents beside them that must still keep none."""

from __future__ import annotations

import pytest

from sitrep import classify, relevance
from sitrep.api import extract_text


def kept(text: str, previous: str = "", armed: bool = False, following: str = "") -> list[str]:
    return [sub for sub, _ in relevance.relevant_types(text, classify.classify(text), previous, armed, following)]


REAL_EVENTS = [
    "Gunmen kill five villagers in northern Nigeria.",
    "Police fire tear gas at protesters in Dhaka.",
    "Suspected Boko Haram fighters abducted 12 women from a village near Maiduguri on Sunday, residents said.",
    "Two soldiers were killed when their convoy hit a roadside bomb in Kidal region, the army said.",
    "Al-Shabaab militants attacked a police station in Mandera county overnight, police said.",
    "Villagers lynched a suspected thief in Kisumu on Monday.",
    "A mob set fire to a mosque in the town on Friday.",
    "Fighters of the Allied Democratic Forces killed at least 20 civilians in Beni territory, local officials said.",
    "Hundreds of students marched peacefully in Cotonou to demand the release of their teachers.",
    "On Thursday traders in Nairobi protested over new market taxes.",
    "Protesters clashed with police in Chittagong, leaving 15 injured.",
    "Police said they arrested 30 opposition activists in Dhaka yesterday.",
    "Unknown gunmen shot dead a local chief in Marsabit on Wednesday night.",
    "A suicide bomber detonated his vest at a Mogadishu checkpoint, killing three soldiers.",
    "Security forces killed four militants in an exchange of fire near the border, the ministry said.",
    "Herders attacked farmers in Benue state, killing seven people.",
    "Army drone strike kills militant commander in North Waziristan.",
    "Jets bombed rebel positions in the hills on Saturday.",
    "Rebels shelled the town of Goma, killing two children.",
    "Awami League and BNP activists clashed in Sylhet, injuring 20.",
    "A ruling party office was torched by unidentified people in Rajshahi.",
    "Kidnappers seized a Catholic priest in Kaduna state on Sunday.",
    "Armed men stormed a school in Zamfara and abducted dozens of pupils.",
    "Jihadists attacked an army post in northern Benin, killing two soldiers.",
    "Bandits kill 15 in Katsina village raid.",
    "Militants ambushed a military patrol near Diffa, the defence ministry said on Monday.",
    "Police used live bullets to disperse demonstrators in Kisumu, killing one.",
    "A journalist was beaten by police while covering a protest in Dhaka.",
    "Pro-government militia burned down 50 houses in the village.",
    "Rebels seized the town of Bunia after heavy fighting.",
    "An improvised explosive device went off by a Borno market, killing four.",
    "Gunmen abducted an aid worker in Gao, his organisation said.",
    "One policeman died and two were wounded in an attack on their post in Alibori.",
    "Residents said jihadists killed a village chief in Tanguieta on Saturday.",
    "Students protesting fee hikes blocked the highway in Eldoret.",
    "Chhatra League men attacked students at Dhaka University, injuring 30.",
    "A bomb went off near a church in Jos, killing two worshippers.",
    "Soldiers killed six civilians during a raid on a village in central Mali, rights groups said.",
    "Two Rohingya men were shot dead in a refugee camp in Cox's Bazar.",
    "Gunmen on motorbikes killed nine worshippers at a mosque in Niger on Friday.",
    "A rocket hit a residential area in Tripoli, killing a child.",
    "At least eight people died in clashes between police and protesters in Kampala.",
    "Attackers set ablaze a police station in Sokoto and freed prisoners.",
    "Car bomb kills 7 in Mogadishu.",
    "Militants behead two farmers in Cabo Delgado, officials say.",
    "Attack on army base leaves 10 soldiers dead.",
    "A ruling party lawmaker was shot and wounded by unidentified gunmen on Monday.",
    "Opposition activists were beaten by ruling party cadres in Bogura, police said.",
    "A grenade was thrown at a police post in Bujumbura, wounding two officers.",
    "Suspected jihadists ambushed a convoy near Karimama, killing four forest rangers.",
    "Rebels attacked the ruling party headquarters in the town, killing two guards.",
    "Police in Dhaka said a crude bomb exploded at a rally of the opposition, injuring five.",
    "Landmine blast kills three children in Kunar.",
    "A Maoist attack on a police camp killed two constables in Chhattisgarh.",
]


@pytest.mark.parametrize("text", REAL_EVENTS)
def test_real_events_keep_a_type(text):
    assert kept(text)


@pytest.mark.parametrize("text", [
    "Opposition supporters attacked and injured a ruling party candidate in Mombasa on Tuesday.",
    "A ruling party candidate was attacked and injured by opposition supporters at a rally.",
    "Grenade attack on rally injures 12.",
    "Bomb blast rocks rally in Quetta, 12 injured.",
    "Youths attacked the rally of the ruling coalition with machetes, wounding four supporters.",
])
def test_an_attack_on_a_rally_or_a_candidate_that_wounds_people_is_no_figure(text):
    assert kept(text)


@pytest.mark.parametrize("text", [
    "The opposition leader attacked the ruling party's budget plan in parliament.",
    "The senator attacked the ruling in a speech, saying it would kill jobs.",
    "Critics attacked the court ruling that freed the two men.",
    "The minister attacked the opposition's plans in a televised debate on Sunday.",
])
def test_attacks_in_words_still_keep_no_type(text):
    assert kept(text) == []


@pytest.mark.parametrize("text", [
    "Blast at a bus station kills two.",
    "Blast kills three at Peshawar market.",
    "Explosion at mosque kills 20 in Kabul.",
    "An explosion at a checkpoint killed two soldiers and a civilian, the army said.",
])
def test_a_blast_that_kills_where_people_gather_is_a_bombing(text):
    assert kept(text)


@pytest.mark.parametrize("text", [
    "A gas cylinder exploded at a market, killing two traders.",
    "A transformer explosion at the bus station injured three passengers.",
    "Fireworks exploded at a wedding, injuring five guests.",
    "A boiler blew up at a school, killing a cook.",
    "An explosion at the chemical plant killed four workers.",
    "A tyre exploded at a bus station, injuring two porters.",
    "A phone battery explosion in a classroom at the school injured a pupil.",
    "An explosion in a sewer near the market injured three street vendors.",
])
def test_a_blast_with_a_cause_of_its_own_stays_an_accident(text):
    assert kept(text) == []


def test_the_blast_is_told_as_an_accident_in_the_next_sentence():
    assert kept("Blast at a bus station kills two.",
                following="Officials said a gas cylinder in a food stall had exploded.") == []


@pytest.mark.parametrize("text", [
    "Opposition supporters attacked and injured a ruling party candidate in Mombasa on Tuesday.",
    "Blast at a bus station kills two in Kano.",
    "Grenade attack on rally injures 12 in Dhaka.",
])
def test_real_events_yield_events_through_extract(text):
    assert extract_text(text)


@pytest.mark.parametrize("text", [
    "Angry residents storm a police station after a man dies in custody.",
    "Motorbike taxi riders torch a car after a crash kills their colleague.",
    "Villagers stormed the district office after a landslide buried a school in their valley.",
    "Relatives ransacked the hospital after a pregnant woman died in the ward in Parakou.",
    "Traders torched two lorries after an accident killed a hawker near the market in Nakuru.",
])
def test_a_crowd_s_act_after_an_accident_or_a_death_is_still_an_event(text):
    assert kept(text)


@pytest.mark.parametrize("text", [
    "A storm the size of a city hit the coast and killed five fishermen.",
    "Storms flattened homes across the district, killing two.",
    "Two people died after a crash on the highway near Eldoret.",
])
def test_storms_and_crashes_alone_stay_accidents(text):
    assert kept(text) == []


@pytest.mark.parametrize("text", [
    "Gunmen released 20 hostages after talks with local elders.",
    "Kidnappers freed the abducted schoolgirls after negotiations with the state government.",
    "The captives were released after mediation by traditional chiefs in Zamfara.",
])
def test_captives_released_after_talks_keep_their_event(text):
    assert kept(text)


def test_talks_on_a_release_to_come_report_no_agreement():
    types = [sub for sub in kept("Elders opened talks with the kidnappers to free the hostages.")]
    assert "Agreement" not in types


@pytest.mark.parametrize("text", [
    "Residents blocked the highway after a crash killed a pupil in Kisii.",
    "Boda boda riders burned a lorry after a collision killed a rider.",
    "Angry youths stoned a bus following an accident that killed a woman in Bohicon.",
])
def test_the_accident_frame_blanks_only_the_clause_that_tells_the_accident(text):
    assert kept(text)


@pytest.mark.parametrize("text", [
    "Police arrested the driver after the crash killed four.",
    "The explosion destroyed three shops after a gas leak in the market.",
    "Two soldiers died after their truck crashed near the border.",
    "Floods destroyed 40 houses after heavy rains in the north.",
])
def test_a_main_clause_without_a_crowd_s_act_stays_with_the_accident(text):
    assert kept(text) == []
