"""The actor knowledge base on sentences we wrote: named groups, state units and multinational forces in many
countries, acronyms that only fire in their own sense, and a nationality on a weapon naming that state's forces."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from sitrep.actors import acled_inter, find_actors

CASES = [
    ("Iraq", "Kataib Hezbollah and Badr Organization fighters joined the Hashd al-Shaabi near Tuz Khurmatu.",
     ["Kataib Hezbollah", "Badr Organization", "Popular Mobilization Forces"]),
    ("Syria", "Fighters of Hayat Tahrir al-Sham overran an outpost held by the Syrian Arab Army.",
     ["Hayat Tahrir al Sham", "Military Forces of Syria"]),
    ("Syria", "The Sultan Murad Division and the Hamza Division shelled SDF positions.",
     ["Sultan Murad Division", "Hamza Division", "SDF: Syrian Democratic Forces"]),
    ("Sudan", "Fighters of the Rapid Support Forces seized the town from the SAF.",
     ["Rapid Support Forces", "Military Forces of Sudan"]),
    ("Yemen", "Ansar Allah launched drones; the Giants Brigades held the coast road.",
     ["Ansar Allah", "Giants Brigades"]),
    ("Somalia", "Al-Shabaab attacked an AUSSOM base held with the Danab.",
     ["Al Shabaab", "AUSSOM: African Union Support and Stabilization Mission in Somalia", "Military Forces of Somalia"]),
    ("Nigeria", "ISWAP and JAS fighters clashed near Lake Chad while Amotekun guards patrolled Oyo.",
     ["Islamic State (West Africa)", "Boko Haram - Jamatu Ahli Sunna lid-Dawati wal-Jihad", "Amotekun Corps"]),
    ("Mali", "JNIM ambushed a FAMa convoy escorted by Africa Corps instructors.",
     ["JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali", "Wagner Group"]),
    ("Democratic Republic of Congo", "M23 rebels fought Wazalendo and FARDC units; CODECO raided a camp.",
     ["M23: March 23 Movement", "Wazalendo", "Military Forces of the Democratic Republic of Congo",
      "CODECO: Cooperative for Development of Congo"]),
    ("Ethiopia", "Fano militiamen and the ENDF fought near Gondar; the OLA ambushed a bus.",
     ["Fano Militia", "Military Forces of Ethiopia", "OLF-Shene: Oromo Liberation Army"]),
    ("Kenya", "KDF soldiers and GSU officers repulsed the raid.",
     ["Military Forces of Kenya", "Police Forces of Kenya"]),
    ("Pakistan", "TTP and BLA attacks killed Frontier Corps personnel.",
     ["TTP: Tehreek-i-Taliban Pakistan", "BLA: Balochistan Liberation Army", "Military Forces of Pakistan"]),
    ("Afghanistan", "The National Resistance Front ambushed a Taliban patrol; ISKP claimed a bombing.",
     ["NRF: National Resistance Front of Afghanistan", "Taliban", "Islamic State (Khorasan)"]),
    ("Myanmar", "The Arakan Army, TNLA and MNDAA seized a base; KIA and PDF fighters joined them.",
     ["Arakan Army", "TNLA: Ta'ang National Liberation Army", "MNDAA: Myanmar National Democratic Alliance Army",
      "KIA: Kachin Independence Army", "PDF: People's Defense Force"]),
    ("Colombia", "The ELN and the Clan del Golfo fought over the river; FARC dissidents of the EMC withdrew.",
     ["ELN: National Liberation Army", "Clan del Golfo", "FARC Dissidents", "FARC Dissidents"]),
    ("Mexico", "Gunmen of the Sinaloa Cartel clashed with the CJNG outside Culiacan.",
     ["Sinaloa Cartel", "CJNG: Jalisco New Generation Cartel"]),
    ("Haiti", "Viv Ansanm, 400 Mawozo and Gran Grif gangs fought the PNH.",
     ["Viv Ansanm", "400 Mawozo", "Gran Grif", "Police Forces of Haiti"]),
    ("Philippines", "The NPA and the Abu Sayyaf Group lost men to the Armed Forces of the Philippines.",
     ["NPA: New People's Army", "Abu Sayyaf Group", "Military Forces of the Philippines"]),
    ("Cameroon", "Ambazonian separatists torched a school; the BIR pursued them.",
     ["Ambazonian Separatists", "Military Forces of Cameroon"]),
    ("Bangladesh", "RAB members and BGB troops dispersed the crowd.",
     ["Police Forces of Bangladesh Rapid Action Battalion", "Military Forces of Bangladesh Border Guard Bangladesh"]),
    ("Lebanon", "UNIFIL said Hezbollah fired rockets as the IDF shelled the border.",
     ["UNIFIL: United Nations Interim Force in Lebanon", "Hezbollah", "Military Forces of Israel"]),
    ("Palestine", "The Qassam Brigades and PIJ fired rockets; the Lions' Den claimed a shooting.",
     ["Hamas Movement", "Palestinian Islamic Jihad", "Lions' Den"]),
    ("Turkey", "PKK militants of the HPG attacked a Turkish Armed Forces base.",
     ["PKK: Kurdistan Workers Party", "PKK: Kurdistan Workers Party", "Military Forces of Turkey"]),
]


@pytest.mark.parametrize(("country", "sentence", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_named_actors(country, sentence, expected):
    got = [m.name for m in find_actors(sentence, country=country) if m.name.split(" (")[0] not in ("Civilians", "Unidentified Armed Group")]
    assert got == expected


def test_cases_cover_fifteen_countries():
    assert len({case[0] for case in CASES}) >= 15


def test_is_after_a_verb_like_subject_still_names_the_group_elsewhere():
    for sentence in ("Officials said IS claimed the attack.", "Officials said that IS claimed the attack.",
                     "It was the village where IS executed the elders."):
        assert [m.name for m in find_actors(sentence, country="Iraq") if m.inter == 2] == ["Islamic State"], sentence


def test_mixed_case_acronyms_match_as_written():
    assert [m.name for m in find_actors("LeT operatives were arrested in Lahore.", country="Pakistan")] == ["Lashkar-e-Taiba"]
    assert [m.name for m in find_actors("FAMa troops entered the village.", country="Mali")] == ["Military Forces of Mali"]


def test_islamic_state_aliases():
    for alias in ("Islamic State", "IS", "ISIS", "ISIL", "Daesh", "Islamic State of Iraq and the Levant"):
        found = find_actors(f"{alias} fighters attacked a checkpoint near Rutba.", country="Iraq")
        assert [m.name for m in found][:1] == ["Islamic State"], alias


@pytest.mark.parametrize(
    ("sentence", "country", "expected"),
    [
        ("Turkish drones struck a vehicle near Qamishli.", "Syria", ("Turkish drones", "Military Forces of Turkey")),
        ("Israeli air strikes hit a house in Rafah.", "Palestine", ("Israeli air strikes", "Military Forces of Israel")),
        ("Russian missiles hit a power plant overnight.", "Ukraine", ("Russian missiles", "Military Forces of Russia")),
        ("Israeli strikes killed five people.", None, ("Israeli strikes", "Military Forces of Israel")),
        ("Ukrainian forces shelled the outskirts of Donetsk.", "Ukraine", ("Ukrainian forces", "Military Forces of Ukraine")),
        ("US-led coalition aircraft bombed the bridge.", "Iraq", ("US-led coalition aircraft", "Global Coalition Against Daesh")),
        ("Pakistani shelling wounded two villagers in Kupwara.", "India", ("Pakistani shelling", "Military Forces of Pakistan")),
    ],
)
def test_nationality_on_a_weapon_names_the_state_military(sentence, country, expected):
    assert (find_actors(sentence, country=country)[0].text, find_actors(sentence, country=country)[0].name) == expected


def test_foreign_weapon_is_external_where_it_strikes():
    mention = find_actors("Turkish drones struck a car near Qamishli.", country="Syria")[0]
    assert acled_inter(mention, "Syria") == 8


def test_maker_of_a_weapon_is_not_its_user():
    assert [m.name for m in find_actors("Iranian-made drones were launched by the Houthis.", country="Yemen")] == ["Ansar Allah"]
    assert find_actors("A drone strike hit the convoy.", country="Somalia") == []


@pytest.mark.parametrize(
    ("sentence", "country", "expected"),
    [
        ("ADF rebels killed twelve people near Beni.", "Democratic Republic of Congo", "ADF: Allied Democratic Forces"),
        ("ADF rebels killed twelve people near Beni.", None, "ADF: Allied Democratic Forces"),
        ("ADF personnel arrived in Darwin for the exercise.", "Australia", "Military Forces of Australia"),
        ("ADF fighters burned a school near Bamenda.", "Cameroon", "Ambazonian Separatists"),
        ("ADF militants raided a farm near Bundibugyo.", "Uganda", "ADF: Allied Democratic Forces"),
        ("Two ADF combatants were arrested near Rubavu.", "Rwanda", "ADF: Allied Democratic Forces"),
        ("KDF soldiers repulsed an assault on their base near Dhobley.", "Somalia", "Military Forces of Kenya"),
        ("SNA troops crossed the border near El Wak.", "Kenya", "Military Forces of Somalia"),
        ("SNA fighters shelled positions near Kilis.", "Turkey", "Syrian National Army"),
        ("SNA troops repelled an assault near Afgooye.", "Somalia", "Military Forces of Somalia"),
        ("SNA fighters shelled a village near Manbij.", "Syria", "Syrian National Army"),
        ("RSF fighters looted the market in Nyala.", "Sudan", "Rapid Support Forces"),
    ],
)
def test_shared_acronyms_take_the_sense_of_the_article_country(sentence, country, expected):
    assert find_actors(sentence, country=country)[0].name == expected


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("RSF said two reporters were detained in Monterrey.", "Mexico"),
        ("Download the PDF of the annual report.", "Kenya"),
        ("PTI reported that the bridge reopened.", "India"),
        ("The IRA tax credits expire next year.", "United States"),
        ("THE RULING IS IN FACT FINAL, THE COURT SAID.", None),
        ("the plan is to mend the fence.", None),
        ("They let the convoy pass the checkpoint.", "Pakistan"),
        ("they let the convoy pass the checkpoint.", "Pakistan"),
        ("Nobody knows what IS really happening in the camp.", "Iraq"),
        ("Officials insist this IS not the case.", "Syria"),
    ],
)
def test_acronyms_in_other_senses_name_no_group(sentence, country):
    named = [m.name for m in find_actors(sentence, country=country) if m.inter in (2, 3, 4, 8)]
    assert named == []


def test_knowledge_base_size_and_shape():
    with resources.files("sitrep").joinpath("data/actors.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    names = {row["name"] for row in rows}
    assert len(names) >= 400
    assert {row["inter"] for row in rows} >= {"1", "2", "3", "4", "8"}
    assert all(row["aliases"].strip() for row in rows)


def test_parties_are_listed_but_their_supporters_stay_rioters():
    found = find_actors("Awami League supporters and BNP activists clashed in Dhaka.", country="Bangladesh")
    assert not {"AL: Awami League", "BNP: Bangladesh Nationalist Party"} & {m.name for m in found}
    from sitrep.actors import knowledge_base

    assert "AL: Awami League" in {entry.name for entry in knowledge_base()}


def test_a_foreign_drone_strike_is_coded_to_that_states_forces_end_to_end():
    import datetime as dt

    from sitrep import api

    text = "Turkish drones struck a vehicle near Qamishli on Sunday, killing two SDF fighters, the SDF said."
    event = api.extract_text(text, published=dt.date(2024, 5, 6))[0]
    assert (event.actor1, event.inter1, event.actor2) == ("Military Forces of Turkey", 8, "SDF: Syrian Democratic Forces")


RULERS_ARMS = [
    ("Mali", "Junta forces shelled a village near Mopti.", "Military Forces of Mali"),
    ("Burkina Faso", "Junta troops killed 20 civilians in Djibo.", "Military Forces of Burkina Faso"),
    ("Myanmar", "Junta jets bombed a school in Sagaing.", "Military Forces of Myanmar"),
    ("Niger", "Junta drones struck a convoy near Tillaberi.", "Military Forces of Niger"),
    ("Syria", "Regime helicopters dropped barrel bombs on a market.", "Military Forces of Syria"),
    ("Sudan", "Government warplanes struck a camp near Nyala.", "Military Forces of Sudan"),
    ("Thailand", "Rangers exchanged fire with insurgents near a rubber plantation.", "Military Forces of Thailand"),
    ("Thailand", "A ranger was shot dead by insurgents in Yala.", "Military Forces of Thailand"),
    ("Pakistan", "Rangers raided a hideout in Karachi.", "Military Forces of Pakistan"),
]


@pytest.mark.parametrize(("country", "text", "force"), RULERS_ARMS)
def test_a_rulers_troops_and_weapons_and_army_rangers_are_the_states_military(country, text, force):
    assert force in [m.name for m in find_actors(text, 0, country)]


def test_rangers_elsewhere_guard_forests_and_parks():
    names = [m.name for m in find_actors("Rangers arrested two poachers in the park.", 0, "Kenya")]
    assert "Police Forces of Kenya Forest Guards" in names


FORCE_BRANCHES = [
    ("Kenya", "Ugandan marine police arrested 12 Kenyan fishermen.", "Police Forces of Uganda"),
    ("Kenya", "Ugandan anti-riot police dispersed traders at the border market.", "Police Forces of Uganda"),
    ("Chad", "Sudanese border troops crossed into Chad near Adre.", "Military Forces of Sudan"),
    ("Kenya", "Somali paramilitary police shot a trader near Mandera.", "Police Forces of Somalia"),
    ("Colombia", "Venezuelan naval troops seized a fishing boat.", "Military Forces of Venezuela"),
    ("Kenya", "Ugandan anti-riot officers arrested two traders at the border market.", "Police Forces of Uganda"),
    ("Zambia", "Anti-riot officers fired tear gas at students in Lusaka.", "Police Forces of Zambia"),
    ("Malawi", "The anti-riot unit dispersed vendors in Lilongwe.", "Police Forces of Malawi"),
]


@pytest.mark.parametrize(("country", "text", "force"), FORCE_BRANCHES)
def test_a_forces_branch_between_demonym_and_role_keeps_the_demonyms_state(country, text, force):
    assert force in [m.name for m in find_actors(text, 0, country)]
