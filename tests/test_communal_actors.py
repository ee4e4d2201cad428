"""ACLED's names for ethnic, clan and communal militias, on short reports we wrote (countries of East Africa, the
Horn, the Sahel, West and Central Africa): "<people> Ethnic Militia (<home country>)", "<clan> Clan Militia
(<country>)" (clans in Somalia, and clans the knowledge base does not know), "<place> Communal Militia (<country>)"
for a village's or town's armed men, "Unidentified Ethnic/Clan/Communal Militia (<country>)" when the text names no
group, and "Civilians (<country>)" for the unarmed people they attack."""

from __future__ import annotations

import pytest

from sitrep.actors import find_actors
from sitrep.api import extract_text

REPORTS = [
    ('BJ', 'On Sunday three Lokpa and four Fulani died amid intercommunal clashes near Onklou.',
     'Armed clash', 'Lokpa Ethnic Militia (Benin)', 'Fulani Ethnic Militia (Benin)'),
    ('KE', 'Ethnic clashes between Pokot and Turkana left civilians dead.',
     'Armed clash', 'Pokot Ethnic Militia (Kenya)', 'Turkana Ethnic Militia (Kenya)'),
    ('KE', 'Clashes between Somali and Samburu herders left five people dead near Oldonyiro.',
     'Armed clash', 'Somali Ethnic Militia (Kenya)', 'Samburu Ethnic Militia (Kenya)'),
    ('KE', 'Samburu and Somali herders clashed over a water point near Archers Post, leaving two dead.',
     'Armed clash', 'Samburu Ethnic Militia (Kenya)', 'Somali Ethnic Militia (Kenya)'),
    ('KE', 'Fighting between the Pokot and Turkana left three people dead in Kapedo on Tuesday.',
     'Armed clash', 'Pokot Ethnic Militia (Kenya)', 'Turkana Ethnic Militia (Kenya)'),
    ('KE', 'Armed Toposa raiders from South Sudan attacked a village near Lokichoggio and drove away 200 goats.',
     'Attack', 'Toposa Ethnic Militia (South Sudan)', 'Civilians (Kenya)'),
    ('KE', 'Cattle rustlers from Uganda shot dead two herders in Turkana North on Monday.',
     'Attack', 'Unidentified Ethnic Militia (Uganda)', 'Civilians (Kenya)'),
    ('KE', 'Jie warriors from Uganda raided a kraal near Lokiriama and killed a herder.',
     'Attack', 'Jie Ethnic Militia (Uganda)', 'Civilians (Kenya)'),
    ('KE', 'Four people died when the Kaptalam clan fought villagers of Sirikwa over a grazing field.',
     'Armed clash', 'Kaptalam Clan Militia (Kenya)', 'Sirikwa Communal Militia (Kenya)'),
    ('KE', 'Eight died as Tugen-Ilchamus and Pokot clans fought in Baringo.',
     'Armed clash', 'Tugen-Ilchamus Ethnic Militia (Kenya)', 'Pokot Ethnic Militia (Kenya)'),
    ('KE', 'Ethiopian tribesmen crossed into Kenya and fought a police patrol near Moyale, killing an officer.',
     'Armed clash', 'Unidentified Ethnic Militia (Ethiopia)', 'Police Forces of Kenya'),
    ('KE', 'Fighting between rival clans in Mandera killed four people on Friday.',
     'Armed clash', 'Unidentified Ethnic Militia (Kenya)', 'Unidentified Ethnic Militia (Kenya)'),
    ('KE', 'Borana and Gabra militiamen fought near Forole, leaving six dead.',
     'Armed clash', 'Borana Ethnic Militia (Kenya)', 'Gabra Ethnic Militia (Kenya)'),
    ('KE', 'Raiders from Ethiopia killed three fishermen at Todonyang on Lake Turkana.',
     'Attack', 'Unidentified Ethnic Militia (Ethiopia)', 'Civilians (Kenya)'),
    ('KE', 'Garre and Degodia clan militias exchanged fire near Rhamu, killing two.',
     'Armed clash', 'Garre Ethnic Militia (Kenya)', 'Degodia Ethnic Militia (Kenya)'),
    ('KE', 'Herders attacked farmers in Laikipia on Saturday, injuring four.',
     'Attack', 'Unidentified Communal Militia (Kenya)', 'Civilians (Kenya)'),
    ('KE', 'Kipsigis and Maasai youths clashed at Olposimoru, leaving one man dead.',
     'Armed clash', 'Kipsigi Ethnic Militia (Kenya)', 'Maasai Ethnic Militia (Kenya)'),
    ('KE', 'Samburu morans attacked a Pokot settlement near Baragoi, killing a boy.',
     'Attack', 'Samburu Ethnic Militia (Kenya)', 'Civilians (Kenya)'),
    ('UG', 'Matheniko warriors raided a kraal in Kotido and killed two herders.',
     'Attack', 'Matheniko Ethnic Militia (Uganda)', 'Civilians (Uganda)'),
    ('UG', 'Armed Turkana raiders from Kenya attacked herders in Moroto district, killing one.',
     'Attack', 'Turkana Ethnic Militia (Kenya)', 'Civilians (Uganda)'),
    ('UG', 'Jie and Dodoth warriors clashed in Kaabong, leaving three dead.',
     'Armed clash', 'Jie Ethnic Militia (Uganda)', 'Dodoth Ethnic Militia (Uganda)'),
    ('UG', 'Bokora raiders killed a herder and stole 40 cattle in Napak on Monday.',
     'Attack', 'Bokora Ethnic Militia (Uganda)', 'Civilians (Uganda)'),
    ('SS', 'Murle raiders attacked a Dinka Bor village in Jonglei, killing 12 people and abducting children.',
     'Attack', 'Murle Ethnic Militia (South Sudan)', 'Civilians (South Sudan)'),
    ('SS', 'Clashes between Dinka and Nuer youths in Bentiu left eight people dead.',
     'Armed clash', 'Dinka Ethnic Militia (South Sudan)', 'Nuer Ethnic Militia (South Sudan)'),
    ('SS', 'Toposa and Didinga warriors fought over cattle in Budi county, leaving five dead.',
     'Armed clash', 'Toposa Ethnic Militia (South Sudan)', 'Didinga Ethnic Militia (South Sudan)'),
    ('SS', 'Armed Mundari herders attacked farmers near Terekeka, killing three.',
     'Attack', 'Mundari Ethnic Militia (South Sudan)', 'Civilians (South Sudan)'),
    ('ET', 'Clashes between Afar and Somali militias near Gedamaytu killed ten people.',
     'Armed clash', 'Afar Ethnic Militia (Ethiopia)', 'Somali Ethnic Militia (Ethiopia)'),
    ('ET', 'Guji and Gedeo youths clashed near Dilla, leaving four dead.',
     'Armed clash', 'Guji Ethnic Militia (Ethiopia)', 'Gedeo Ethnic Militia (Ethiopia)'),
    ('ET', 'Hamar warriors raided a Dassanach village near Omorate, killing two herders.',
     'Attack', 'Hamar Ethnic Militia (Ethiopia)', 'Civilians (Ethiopia)'),
    ('ET', 'Gumuz militiamen attacked Amhara farmers in Metekel, killing 15.',
     'Attack', 'Gumuz Ethnic Militia (Ethiopia)', 'Civilians (Ethiopia)'),
    ('ET', 'Karrayu pastoralists and Afar herders fought over grazing land near Metehara, leaving three dead.',
     'Armed clash', 'Karrayu Ethnic Militia (Ethiopia)', 'Afar Ethnic Militia (Ethiopia)'),
    ('SO', 'Marehan and Ogaden clan militias fought near Dhobley, leaving six dead.',
     'Armed clash', 'Marehan Clan Militia (Somalia)', 'Ogaden Clan Militia (Somalia)'),
    ('SO', 'Habar Gidir militiamen attacked a village near Adado, killing two farmers.',
     'Attack', 'Habar Gidir Clan Militia (Somalia)', 'Civilians (Somalia)'),
    ('SO', 'Clan militias clashed over a water well in Galkayo, killing four.',
     'Armed clash', 'Unidentified Clan Militia (Somalia)', 'Unidentified Clan Militia (Somalia)'),
    ('SO', 'Fighting between rival clans near Beledweyne killed six people.',
     'Armed clash', 'Unidentified Clan Militia (Somalia)', 'Unidentified Clan Militia (Somalia)'),
    ('SO', 'Abgaal and Habar Gidir militias exchanged fire in Mahaday, killing three.',
     'Armed clash', 'Abgaal Clan Militia (Somalia)', 'Habar Gidir Clan Militia (Somalia)'),
    ('NG', 'Fulani herdsmen attacked Tiv farmers in Guma, killing seven.',
     'Attack', 'Fulani Ethnic Militia (Nigeria)', 'Civilians (Nigeria)'),
    ('NG', 'Clashes between Berom and Fulani youths in Riyom left five dead.',
     'Armed clash', 'Berom Ethnic Militia (Nigeria)', 'Fulani Ethnic Militia (Nigeria)'),
    ('NG', 'Jukun militiamen attacked a Tiv settlement in Wukari, killing four.',
     'Attack', 'Jukun Ethnic Militia (Nigeria)', 'Civilians (Nigeria)'),
    ('NG', 'Irigwe youths and Fulani herders clashed in Bassa, leaving six dead.',
     'Armed clash', 'Irigwe Ethnic Militia (Nigeria)', 'Fulani Ethnic Militia (Nigeria)'),
    ('NG', 'Itsekiri and Ijaw youths fought in Warri, leaving two dead.',
     'Armed clash', 'Itsekiri Ethnic Militia (Nigeria)', 'Ijaw Ethnic Militia (Nigeria)'),
    ('NG', 'Bachama youths attacked a Fulani settlement in Numan, killing ten.',
     'Attack', 'Bachama Ethnic Militia (Nigeria)', 'Civilians (Nigeria)'),
    ('BJ', 'Fulani herders and farmers clashed with machetes in Kalale on Sunday, leaving two dead.',
     'Armed clash', 'Fulani Ethnic Militia (Benin)', 'Unidentified Communal Militia (Benin)'),
    ('BJ', 'Farmers clashed with Fulani in Segbana, leaving one herder dead.',
     'Armed clash', 'Unidentified Communal Militia (Benin)', 'Fulani Ethnic Militia (Benin)'),
    ('BJ', 'Fighting broke out between farmers and Fulani near Nikki, and three people were killed.',
     'Armed clash', 'Unidentified Communal Militia (Benin)', 'Fulani Ethnic Militia (Benin)'),
    ('ML', 'Dogon militiamen attacked a Fulani village in Bankass, killing 20 people.',
     'Attack', 'Dogon Ethnic Militia (Mali)', 'Civilians (Mali)'),
    ('ML', 'Clashes between Bambara and Fulani youths near Macina left four dead.',
     'Armed clash', 'Bambara Ethnic Militia (Mali)', 'Fulani Ethnic Militia (Mali)'),
    ('ML', 'Tuareg and Fulani herders fought over a well near Menaka, leaving three dead.',
     'Armed clash', 'Tuareg Ethnic Militia (Mali)', 'Fulani Ethnic Militia (Mali)'),
    ('BF', 'Mossi and Fulani youths clashed in Yirgou, leaving five dead.',
     'Armed clash', 'Mossi Ethnic Militia (Burkina Faso)', 'Fulani Ethnic Militia (Burkina Faso)'),
    ('NE', 'Zarma farmers and Fulani herders fought near Tillaberi, leaving two dead.',
     'Armed clash', 'Zarma Ethnic Militia (Niger)', 'Fulani Ethnic Militia (Niger)'),
    ('TD', 'Zaghawa and Masalit militiamen fought near Guereda, killing seven.',
     'Armed clash', 'Zaghawa Ethnic Militia (Chad)', 'Masalit Ethnic Militia (Chad)'),
    ('SD', 'Masalit and Rizeigat militiamen clashed in El Geneina, leaving 30 dead.',
     'Armed clash', 'Masalit Ethnic Militia (Sudan)', 'Rizeigat Ethnic Militia (Sudan)'),
    ('SD', 'Beni Amer and Nuba youths clashed in Port Sudan, killing six.',
     'Armed clash', 'Beni Amer Ethnic Militia (Sudan)', 'Nuba Ethnic Militia (Sudan)'),
    ('SD', 'Misseriya raiders attacked a Dinka village near Abyei, killing five.',
     'Attack', 'Misseriya Ethnic Militia (Sudan)', 'Civilians (Sudan)'),
    ('SD', 'Hadendowa and Beni Amer youths fought in Kassala, leaving three dead.',
     'Armed clash', 'Hadendowa Ethnic Militia (Sudan)', 'Beni Amer Ethnic Militia (Sudan)'),
    ('CD', 'Hema and Lendu militiamen clashed near Djugu, leaving eight dead.',
     'Armed clash', 'Hema Ethnic Militia (Democratic Republic of Congo)', 'Lendu Ethnic Militia (Democratic Republic of Congo)'),
    ('CD', 'Twa militiamen attacked a Luba village near Kalemie, killing 11.',
     'Attack', 'Twa Ethnic Militia (Democratic Republic of Congo)', 'Civilians (Democratic Republic of Congo)'),
    ('CD', 'Teke and Yaka youths clashed in Kwamouth, leaving nine dead.',
     'Armed clash', 'Teke Ethnic Militia (Democratic Republic of Congo)', 'Yaka Ethnic Militia (Democratic Republic of Congo)'),
    ('CF', 'Gbaya youths attacked a Fulani camp near Bouar, killing four.',
     'Attack', 'Gbaya Ethnic Militia (Central African Republic)', 'Civilians (Central African Republic)'),
    ('GH', 'Konkomba and Nanumba youths clashed in Bimbilla, leaving three dead.',
     'Armed clash', 'Konkomba Ethnic Militia (Ghana)', 'Nanumba Ethnic Militia (Ghana)'),
    ('GH', 'Clashes between Kusasi and Mamprusi youths in Bawku left two dead.',
     'Armed clash', 'Kusasi Ethnic Militia (Ghana)', 'Mamprusi Ethnic Militia (Ghana)'),
    ('CM', 'Kotoko and Musgum youths clashed near Kousseri, leaving 12 dead.',
     'Armed clash', 'Kotoko Ethnic Militia (Cameroon)', 'Musgum Ethnic Militia (Cameroon)'),
    ('CI', 'Guere and Malinke youths clashed in Duekoue, leaving five dead.',
     'Armed clash', 'Guere Ethnic Militia (Ivory Coast)', 'Malinke Ethnic Militia (Ivory Coast)'),
    ('TZ', 'Maasai herders attacked farmers in Kilosa, injuring six.',
     'Attack', 'Maasai Ethnic Militia (Tanzania)', 'Civilians (Tanzania)'),
    ('KE', 'Residents of Kapsokwony and Cheptais clashed over a border, leaving one dead.',
     'Armed clash', 'Kapsokwony Communal Militia (Kenya)', 'Cheptais Communal Militia (Kenya)'),
    ('KE', 'Four farmers were killed when Pokot raiders attacked their village in Kerio Valley.',
     'Attack', 'Pokot Ethnic Militia (Kenya)', 'Civilians (Kenya)'),
    ('BJ', 'On Sunday youths from the villages of Gando and Sikki clashed with machetes and guns, leaving two dead.',
     'Armed clash', 'Gando Communal Militia (Benin)', 'Sikki Communal Militia (Benin)'),
    ('KE', 'Suspected Turkana raiders killed two Pokot herders near Kapedo and drove off 300 goats.',
     'Attack', 'Turkana Ethnic Militia (Kenya)', 'Civilians (Kenya)'),
    ('ET', 'Armed Nyangatom raiders attacked a Dassanach settlement near the Omo river, killing four.',
     'Attack', 'Nyangatom Ethnic Militia (Ethiopia)', 'Civilians (Ethiopia)'),
    ('SS', 'Nuer youths raided Murle cattle camps in Pibor, killing 20 people.',
     'Attack', 'Nuer Ethnic Militia (South Sudan)', 'Civilians (South Sudan)'),
    ('UG', 'A band of Karamojong warriors attacked a trading centre in Katakwi, killing two traders.',
     'Attack', 'Karamojong Ethnic Militia (Uganda)', 'Civilians (Uganda)'),
    ('SO', 'Elders said two Dhulbahante militiamen and three Warsangeli fighters died in the clash near Erigavo.',
     'Armed clash', 'Dhulbahante Clan Militia (Somalia)', 'Warsangeli Clan Militia (Somalia)'),
]


@pytest.mark.parametrize(("country", "text", "sub_type", "actor1", "actor2"), REPORTS)
def test_identity_militias_are_named_as_acled_names_them(country, text, sub_type, actor1, actor2):
    events = [e for e in extract_text(text, country=country, published="2024-05-01") if not e.is_background]
    assert events, text
    assert (events[0].sub_event_type, events[0].actor1, events[0].actor2) == (sub_type, actor1, actor2)


def names(text: str, country: str) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in find_actors(text, country=country)]


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("Somali troops entered Dhobley.", "Kenya", [("Somali troops", "Military Forces of Somalia")]),
    ("Somali herders grazed camels near Wajir.", "Kenya", [("Somali herders", "Somali Ethnic Militia (Kenya)")]),
    ("Somali herders grazed camels near Baidoa.", "Somalia", [("Somali herders", "Civilians (Somalia)")]),
    ("Clashes between Somali and Samburu left two dead.", "Kenya",
     [("Somali", "Somali Ethnic Militia (Kenya)"), ("Samburu", "Samburu Ethnic Militia (Kenya)")]),
    ("The Somali community in Nairobi marched.", "Kenya", [("Somali community", "Civilians (Somalia)")]),
])
def test_a_name_that_is_both_a_people_and_a_nation_is_read_by_its_grammar(text, country, expected):
    assert names(text, country) == expected


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("The Kaptalam clan clashed with residents.", "Kenya",
     [("Kaptalam clan", "Kaptalam Clan Militia (Kenya)"), ("residents", "Civilians (Kenya)")]),
    ("Fighters of the Abagetutu sub-clan militia burned a shop.", "Kenya",
     [("Abagetutu sub-clan militia", "Abagetutu Clan Militia (Kenya)")]),
    ("The ruling clan met.", "Somalia", []),
    ("Rival clan militias clashed.", "Kenya", [("clan militias", "Unidentified Ethnic Militia (Kenya)")]),
    ("Clan militiamen attacked a village.", "Somalia", [("Clan militiamen", "Unidentified Clan Militia (Somalia)")]),
    ("Marehan fighters took the town.", "Somalia", [("Marehan fighters", "Marehan Clan Militia (Somalia)")]),
    ("Marehan fighters took the town.", "Kenya", [("Marehan fighters", "Marehan Ethnic Militia (Kenya)")]),
])
def test_clans_are_named_as_acled_names_them(text, country, expected):
    assert names(text, country) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Raiders from neighbouring Ethiopia struck a village.", [("Raiders", "Unidentified Ethnic Militia (Ethiopia)")]),
    ("Cattle rustlers from Uganda struck a village.", [("Cattle rustlers", "Unidentified Ethnic Militia (Uganda)")]),
    ("A gang of some 200 armed Luo youths blocked the road.", [("A gang of some 200 armed Luo youths", "Luo Ethnic Militia (Kenya)")]),
    ("Tugen-Ilchamus warriors struck.", [("Tugen-Ilchamus warriors", "Tugen-Ilchamus Ethnic Militia (Kenya)")]),
])
def test_raiders_gangs_and_joint_militias(text, expected):
    assert names(text, "Kenya") == expected
