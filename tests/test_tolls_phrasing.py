"""Tolls told in varied phrasing, in short reports written for these tests (places and names from 30 countries).

The reports below were written before any change to `sitrep.casualties`. First pass, on main (96df4d5): 68 of 83
reports gave the expected fatalities (81.9%). Two of the misses are no events on their own ("villagers mourned after the
killing of six", "the beheading of a chief shocked the district") and are read here as phrases instead; one, read
after "after", is a killing that caused the mourning and so is left out by design (`CAUSE_BEFORE`). Misses were: nouns
of killing ("the massacre of eleven fishermen"), "an unknown number" read as one, counts after the verb ("killing all
three", "killing both"), two participles sharing one subject ("were abducted and later found dead"), a name or a
"both" aside after the subject, a long "death toll from ... has risen to", a bare ordinal adding to the toll of an
earlier sentence ("A third died later in hospital"), and the wounded who died told with a participle ("a protester
shot by police died later in hospital"). The phrase tests on "both" and on a toll put at a figure were written after
those fixes, for two rules added last. Three sentences were reworded afterwards, keeping their tolls, because a run
of six common words in them matched a corpus sentence (`scripts/check_copied_text.py`).
"""

from __future__ import annotations

import pytest

from sitrep.api import extract_text
from sitrep.casualties import find_casualties

REPORTS = [
    # Nouns of killing: the dead told as the object of "killing", "murder", "deaths".
    pytest.param("Gunmen in Cauca on Monday carried out the murder of two land activists in Toribio.", 2,
                 marks=pytest.mark.xfail(reason="'murder of' is left out: it lowered ACLED Kenya and Benin (check)")),
    ("The massacre of eleven fishermen on Lake Albert on Wednesday was blamed on soldiers from across the border.", 11),
    ("Gunmen attacked a mosque in Tahoua on Friday. The killing of four worshippers prompted a curfew.", 4),
    ("Residents of Rutshuru reported the deaths of three farmers in a rebel raid on Thursday.", 3),
    # Passives and intransitives.
    ("Five miners were shot dead by bandits near Maru on Tuesday.", 5),
    ("Nine passengers died when a bomb exploded on a bus in Quetta on Monday.", 9),
    ("Two border guards were killed in an exchange of fire near Chaman on Saturday.", 2),
    ("Fourteen people have been killed in fighting between clans in Galkayo since Friday, elders said.", 14),
    ("A tea picker was hacked to death in Sylhet by a crowd on Thursday.", 1),
    ("Three teachers were abducted and later found dead in Borno on Sunday.", 3),
    # Apposition and asides.
    ("A local councillor, Mr. Henri Mbala, was shot dead outside his home in Bangui on Wednesday.", 1),
    ("Two nurses, both volunteers with a church clinic, were killed when shells hit Kharkiv on Monday.", 2),
    ("Seven herders, most of them teenagers, were killed in a raid in Ngala on Friday.", 7),
    ("Twenty villagers, the governor said, were killed when gunmen stormed Gidan Bako on Sunday.", 20),
    # Among the dead.
    ("A suicide bomber struck a rally in Bajaur on Sunday, killing 12 people. Among the dead were two children.", 12),
    ("Militants stormed a hotel in Mogadishu on Friday, killing 9 people. Among those killed was a senior official.",
     9),
    ("An airstrike hit a school in Saada on Monday, killing 16 people. The dead included five pupils.", 16),
    # Death toll rose / stood.
    ("A bomb exploded at a market in Maiduguri on Tuesday. The death toll rose to 18 on Wednesday.", 18),
    ("Clashes broke out in Juba on Friday. The death toll from the clashes stands at 23, officials said.", 23),
    ("The death toll from the attack on a church in Owo on Sunday has risen to 41, the state government said.", 41),
    ("Gunmen attacked a bus in Mandera on Monday. The toll stood at eight.", 8),
    # Tolls told by officials.
    ("Police said four people were killed when rioters clashed with officers in Kisumu on Monday.", 4),
    ("The army said it killed 13 insurgents in an operation near Palma on Thursday.", 13),
    ("Seven civilians died in shelling of Donetsk on Sunday, according to the city's mayor.", 7),
    ("A hospital official said three protesters died of gunshot wounds after police fired on a march in Khartoum "
     "on Thursday.", 3),
    # Two counts to add.
    ("Six soldiers and four civilians were killed in an ambush near Kidal on Tuesday.", 10),
    ("Rebels attacked a base in Beni on Sunday, killing three soldiers and two porters.", 5),
    ("Troops killed eight militants in Lower Shabelle on Friday. Two soldiers also died in the fighting.", 10),
    ("Gunmen shot dead a teacher and his wife in Wajir on Saturday.", 2),
    # Wounded only.
    ("Eleven protesters were wounded when police fired rubber bullets in Santiago on Friday.", 0),
    ("A grenade thrown into a bar in Bujumbura on Saturday injured fourteen people.", 0),
    ("Three policemen were hurt by stones thrown by rioters in Conakry on Monday.", 0),
    ("Two journalists sustained injuries during a protest in Lima on Wednesday.", 0),
    # No toll.
    ("Hundreds of students marched to parliament in Nairobi on Tuesday to protest fee rises.", 0),
    ("Soldiers clashed with rebels near Bambari on Thursday. No casualties were reported.", 0),
    ("Gunmen attacked a police station in Zinder on Monday, but nobody was hurt.", 0),
    ("Protesters blocked the main road in Cochabamba on Friday, demanding fuel subsidies.", 0),
    # Unknown or vague numbers: no figure where the writer gives none.
    ("An unknown number of people were killed when jets bombed a market in Kauda on Monday.", 0),
    ("Several villagers were killed when gunmen raided Kwiambana on Sunday.", 3),
    ("A few soldiers died in an ambush near Diffa on Tuesday.", 3),
    ("Dozens of people were killed in clashes in Kalehe on Friday.", 12),
    ("Many people were killed when militants stormed Tillaberi on Saturday.", 0),
    ("Casualties were reported after shelling of Sumy on Monday.", 0),
    # The count after its verb ("killing all three", "killing them all").
    ("Gunmen stopped a car carrying three monks near Mandalay on Sunday, killing all three.", 3),
    ("Bandits ambushed four traders on the road to Gusau on Monday and killed all four.", 4),
    ("Insurgents seized five fishermen on Lake Chad on Friday and executed them all.", 5),
    ("Raiders attacked two brothers on their farm near Bokkos on Saturday, killing both.", 2),
    # Tolls spread over sentences.
    ("Gunmen attacked the village of Mafa on Wednesday. Four people were killed. Three others were wounded.", 4),
    ("Militants ambushed a convoy near Ansongo on Sunday. Two soldiers died at the scene. A third died later in "
     "hospital.", 3),
    ("Rebels attacked a market in Mambasa on Thursday. Five traders were killed. Two children were also killed.", 7),
    # Later in hospital.
    ("A protester shot by police in La Paz on Monday died later in hospital.", 1),
    ("Three men were wounded in a bombing in Kandahar on Friday; one later died in hospital.", 1),
    ("A shopkeeper stabbed during riots in Dhaka on Tuesday succumbed to his injuries on Wednesday.", 1),
    # Conflicting figures: the lowest credible.
    ("The army said five villagers were killed in a raid near Kalemie on Sunday; local leaders said eleven died.", 5),
    ("Police said two protesters were killed in Conakry on Thursday; opposition leaders put the toll at seven.", 2),
    ("Between six and nine people died when gunmen attacked a church in Bunia on Sunday.", 6),
    ("At least 20 people were killed in an attack on a camp in Djibo on Monday, a source said.", 20),
    # Never count the wounded as dead.
    ("Four soldiers were killed and twelve wounded in an ambush in Tillia on Saturday.", 4),
    ("The blast in Peshawar on Tuesday killed two and injured 30.", 2),
    ("A bomb in Baghdad on Friday left nine dead and dozens wounded.", 9),
    ("Police fired on protesters in Mandalay on Sunday, wounding six; one of them later died.", 1),
    # More varied phrasing.
    ("Unidentified gunmen on motorbikes shot and killed three farmers in Soum province on Monday.", 3),
    ("Thirty-one people lost their lives when a car bomb exploded in Mogadishu on Saturday.", 31),
    ("An attack on a police checkpoint in Ingushetia on Thursday claimed the lives of two officers.", 2),
    ("Heavy fighting in Marib on Friday left 17 fighters dead, tribal sources said.", 17),
    ("Police recovered the bodies of five men dumped near Tegucigalpa on Sunday.", 5),
    ("A landmine blast on Wednesday killed a shepherd near Hasakah.", 1),
    ("Two policemen and a civilian died in a suicide attack in Bannu on Tuesday.", 3),
    ("Security forces shot dead 14 suspected militants in Pulwama on Thursday, police said.", 14),
    ("A roadside bomb in Helmand killed at least seven members of one family on Monday.", 7),
    ("Armed men killed a pastor and three members of his congregation in Kajuru on Sunday.", 4),
    ("Gang members murdered a bus driver in San Pedro Sula on Friday.", 1),
    ("Fighting between two militias in Ituri killed twenty-two people on Tuesday, a UN official said.", 22),
    ("The bodies of nine migrants were found near Tamanrasset on Monday after clashes with smugglers.", 9),
    ("A soldier died and two more were wounded when rebels attacked a post in Paoua on Wednesday.", 1),
    ("Gunmen killed a tribal elder in Khyber on Saturday, local officials said.", 1),
    ("One person was killed and 15 injured when police dispersed protesters in Antananarivo on Saturday.", 1),
    ("Jihadists killed 26 villagers in Seytenga on Saturday night, the government said on Monday.", 26),
    ("Riots in Port-au-Prince on Tuesday left 4 people dead.", 4),
    ("At least six people died on Sunday when rival gangs fought in Cite Soleil.", 6),
    ("Gunmen killed a priest in Benue on Wednesday, church officials said.", 1),
]


@pytest.mark.parametrize(("text", "fatalities"), REPORTS)
def test_report_fatalities(text, fatalities):
    events = extract_text(text)
    assert max((e.fatalities or 0 for e in events), default=0) == fatalities


def figures(sentence: str) -> list[tuple[str, int, int]]:
    return [(m.kind, m.low, m.high) for m in find_casualties(sentence) if not m.cause]


K = "killed"
I = "injured"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Nouns of killing take the dead after "of"; a killing named as the cause of something else is no toll.
        ("The beheading of a village chief by insurgents in Macomia on Monday shocked the district.", [(K, 1, 1)]),
        ("Militiamen carried out the massacre of nine herders near Djugu.", [(K, 9, 9)]),
        ("The assassination of two judges in Tegucigalpa was blamed on a gang.", [(K, 2, 2)]),
        ("Students in Kumasi protested against the murder of two classmates.", []),
        # "An unknown number" is no number; a counted part beside it is the lowest reported figure.
        ("An unknown number of people were killed when jets bombed a market in Kauda.", []),
        ("Gunmen killed an undisclosed number of villagers near Kidal.", []),
        ("A police officer and an unknown number of residents were killed in Banikoara.", [(K, 1, 1)]),
        ("Two soldiers and an unspecified number of civilians died in the raid on Gao.", [(K, 2, 2)]),
        # "all three", "both": the size of a group named before.
        ("Gunmen stopped a car carrying three monks near Mandalay, killing all three.", [(K, 3, 3)]),
        ("Raiders seized two brothers on their farm near Bokkos and shot dead both.", [(K, 2, 2)]),
        ("Militants took twelve hostages in Palma and killed all twelve of them.", [(K, 12, 12)]),
        # Two participles joined by "and" share their subject.
        ("Three teachers were abducted and later found dead in Borno.", [(K, 3, 3)]),
        ("A trader was kidnapped and killed in Kaduna.", [(K, 1, 1)]),
        ("Two men were arrested and charged in Mombasa.", []),
        # A name, an age, or "both"/"all" as an aside between the subject and its verb.
        ("A local councillor, Mr. Lwazi Dube, was shot dead outside his home in Bulawayo.", [(K, 1, 1)]),
        ("A farmer, 52, was hacked to death near Bouake.", [(K, 1, 1)]),
        ("Two nurses, both volunteers with a church clinic, were killed in Kharkiv.", [(K, 2, 2)]),
        ("Four rangers, all of them recruits, were killed in Garamba.", [(K, 4, 4)]),
        # The toll's noun and its verb parted by the phrases that say whose toll it is.
        ("The death toll from the attack on a church in Owo on Sunday has risen to 41.", [(K, 41, 41)]),
        # The wounded who die later, told with a participle of wounding after the noun.
        ("A protester shot by police in La Paz on Monday died later in hospital.", [(K, 1, 1)]),
        ("Two guards wounded in the raid on Sunday died in hospital in Garissa.", [(K, 2, 2)]),
        ("Two soldiers wounded in the ambush were flown to Bamako.", [(I, 2, 2)]),
        # "Both" as the subject of a verb of dying counts two; as the doers of a killing it counts none.
        ("Both were later found dead in a ditch outside Kananga.", [(K, 2, 2)]),
        ("Both guards had been shot dead at the gate of the mine in Sittwe.", [(K, 2, 2)]),
        ("Both gunmen killed a guard at the gate of the bank in Lae.", [(K, 1, 1)]),
        ("Both sides claimed the village of Robotyne after the battle.", []),
        # A toll put or estimated at a figure by whoever reports it.
        ("Officials in Jolo put the death toll at 23.", [(K, 23, 23)]),
        ("The army estimated the toll from the raid on Kalma at nine.", [(K, 9, 9)]),
        # A possessive before the counted object.
        ("Villagers in Kisii torched a suspect's house, killing his two children.", [(K, 2, 2)]),
    ],
)
def test_toll_phrases(sentence, expected):
    assert figures(sentence) == expected
