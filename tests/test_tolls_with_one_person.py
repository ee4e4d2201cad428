"""Death tolls told as a counted group joined to one person, written by us before sitrep was run on any of them:
"Six vigilantes and the village head were killed", "killing two teachers and the driver", a person first and a count
after ("A ruling party leader and two activists were hacked to death"), a reflexive pronoun after a count ("killing
six worshippers and himself": ACLED counts the attacker's death), "including the bomber" (a part of the count, not
added), "as well as the driver", "along with five members of his family" and possessive persons ("the governor's
driver and seven bodyguards"). Twenty near-misses use the same words and must add no one: a plural with no count
("and the attackers were killed"), a person who opens a new clause ("and the army's commander said"), a person who was
wounded, arrested or fled, not killed, and an appositive that renames the counted group ("Two men, the driver and his
assistant, were killed" is 2). 80 sentences in 20 countries' news styles; the last 20 (h01-h20) are held out, run once
after the rules. Each is coded as a careful ACLED coder would: the figure is the event's fatalities.

First pass (60 tune sentences, sitrep at main 97c4a16, before any rule): fatalities 29 of 60.
A count joined to one definite person in the subject ("Six vigilantes and the village head were killed") read as no
toll (7 sentences), and as the count alone when the person is the last object ("killing two teachers and the driver",
"killing six worshippers and himself": 12); "along with" and "as well as" kept only one side (7); "Nine people
including the bomber were killed" gave none, and two appositives that rename the count ("Two men, the driver and his
assistant, were killed") and a plural with no count ("Three policemen and the attackers") gave none.

Now, after the rules (`casualties._JOINED_SUBJECT`, `casualties._JOINED_OBJECT`, `casualties._renames`): fatalities
58 of 60 on the tune part; still wrong: a plural reflexive ("killing two guards and themselves", whose count is the
subject's) and a blast that gives no event at all. Corpora fatalities (ACLED Kenya, Benin, Bangladesh, everyday) and
MUC-4 deaths unchanged on both halves.
Held out (20 sentences, run once after the rules): fatalities 16 of 20 (10 of 20 with the code before): counts told
with "of his" ("five of his relatives", "two of his guards") are not read as joined groups (2), and a bomber who "blew
up his car" gives no event (1), nor does an apposition holding "three of his men" rename the count (1).
After these runs, three sentences (t21, t33, h04) were reworded where a stock run of six words also stood in a corpus
(scripts/check_copied_text.py); their results are the same before and after.
"""

from __future__ import annotations

import pytest

from reported import surest_reported

ITEMS: list[tuple[str, str, int, str]] = [
    # A count and one person, passive
    ("t01", "Nigeria", 7,
     "Six vigilantes and the village head were killed when bandits attacked Kurfi in Katsina State on Sunday."),
    ("t02", "Pakistan", 5,
     "Four Frontier Corps soldiers and a civilian were killed in a roadside blast in Kech district on Tuesday."),
    ("t03", "Afghanistan", 4,
     "Three guards and the suicide attacker were killed when a car bomb exploded outside a bank in Lashkar "
     "Gah."),
    ("t04", "Somalia", 6,
     "Five soldiers and their commander were killed after al-Shabaab fighters stormed a base near Jowhar."),
    ("t05", "Mali", 3,
     "Two gendarmes and a shepherd were killed when suspected jihadists ambushed a patrol near Douentza."),
    ("t06", "Iraq", 8,
     "Seven pilgrims and the bomber died when an explosive vest went off near a shrine in Karbala."),
    # A count and one person, active
    ("t07", "Kenya", 3,
     "Al-Shabaab militants ambushed a bus near Mandera, killing two teachers and the driver."),
    ("t08", "Burkina Faso", 5,
     "Gunmen attacked a market in Djibo on Friday, killing four traders and a policeman."),
    ("t09", "Niger", 11,
     "Jihadists raided a village in Tillaberi overnight and killed ten civilians and the local imam."),
    ("t10", "Cameroon", 4,
     "Separatist fighters shot dead three soldiers and a nurse in Bamenda on Monday."),
    ("t11", "Democratic Republic of Congo", 13,
     "ADF rebels hacked to death twelve villagers and a Catholic catechist in Beni territory."),
    ("t12", "Colombia", 3,
     "FARC dissidents killed two soldiers and a police officer in an ambush in Cauca."),
    ("t13", "Mexico", 5,
     "Gunmen opened fire at a bar in Celaya, killing four customers and the owner."),
    # One person first, then a count
    ("t14", "Philippines", 4,
     "The village chief and three bodyguards were killed in an ambush by NPA rebels in Samar."),
    ("t15", "Syria", 6,
     "A local commander and five fighters of the Syrian Democratic Forces were killed in a drone strike near "
     "Qamishli."),
    ("t16", "Yemen", 8,
     "The governor's driver and seven bodyguards died when a car bomb hit the convoy in Aden."),
    ("t17", "India", 3,
     "A head constable and two jawans were killed when Maoists triggered an IED in Dantewada."),
    ("t18", "Mozambique", 6,
     "Insurgents beheaded a pastor and five villagers in Muidumbe district, police said."),
    ("t19", "Ethiopia", 4,
     "Fano militiamen killed the district administrator and three police officers in an attack on Debre Tabor."),
    ("t20", "Bangladesh", 3,
     "A ruling party leader and two activists were hacked to death in Cumilla on Thursday."),
    # A reflexive pronoun after a count: the attacker's own death
    ("t21", "Afghanistan", 7,
     "A suicide bomber detonated his vest inside a mosque in Kunduz, killing six worshippers and himself."),
    ("t22", "Pakistan", 5,
     "The attacker detonated his vest at a checkpoint in Bannu, killing four policemen and himself."),
    ("t23", "Nigeria", 9,
     "A female suicide bomber struck a market in Konduga, killing eight people and herself."),
    ("t24", "Somalia", 4,
     "Two suicide bombers attacked a hotel gate in Mogadishu, killing two guards and themselves."),
    ("t25", "Iraq", 12,
     "An Islamic State suicide bomber killed eleven people and himself at a funeral in Anbar."),
    # "including": a part of the count, not added
    ("t26", "Syria", 9,
     "Nine people including the bomber were killed in a car bomb explosion in Azaz."),
    ("t27", "Afghanistan", 14,
     "At least 14 people, including the attacker, died in the blast at a school in Kabul."),
    ("t28", "Cameroon", 5,
     "Five people including a suicide bomber were killed at a checkpoint in Mora."),
    ("t29", "Niger", 7,
     "Militants killed seven soldiers including the unit commander near Tillia."),
    ("t30", "Burkina Faso", 10,
     "Ten civilians, among them the village chief, were killed by gunmen in Seno province."),
    # "as well as", "along with"
    ("t31", "Kenya", 4,
     "Three police officers as well as the driver were killed when their truck hit a landmine in Lamu."),
    ("t32", "Mali", 5,
     "Jihadists killed four soldiers as well as an interpreter near Menaka."),
    ("t33", "Nigeria", 3,
     "Two farmers as well as a herder were killed during a quarrel over grazing in Benue State."),
    ("t34", "Democratic Republic of Congo", 6,
     "The village chief was killed along with five members of his family when CODECO militiamen attacked "
     "Djugu."),
    ("t35", "Mexico", 4,
     "Three police officers were shot dead along with a bystander in Zacatecas."),
    ("t36", "Philippines", 3,
     "Abu Sayyaf gunmen killed a soldier along with two militiamen in Sulu."),
    ("t37", "India", 5,
     "Four soldiers along with a civilian porter were killed in a militant ambush in Manipur."),
    # Possessive persons
    ("t38", "Somalia", 3,
     "The district commissioner's driver and two bodyguards were killed by a roadside bomb in Beledweyne."),
    ("t39", "Pakistan", 4,
     "Gunmen shot dead a judge's son and three guards in Dera Ismail Khan."),
    ("t40", "Yemen", 3,
     "Houthi shelling killed the mayor's brother and two children in Taiz."),
    ("t41", "Colombia", 6,
     "Five soldiers and the pilot died when ELN rebels shot at a military helicopter in Catatumbo."),
    ("t42", "Ethiopia", 9,
     "Eight mourners and a priest were killed when gunmen attacked a funeral in Oromia."),
    ("t43", "Bangladesh", 4,
     "Three Rohingya refugees and a camp volunteer were shot dead by an armed group in Ukhia."),
    ("t44", "Mozambique", 5,
     "Insurgents ambushed a truck near Macomia, killing four passengers and its driver."),
    ("t45", "Iraq", 3,
     "Two Peshmerga fighters and an officer were killed when an IED struck their vehicle in Kirkuk."),
    # Near-misses: no one is added
    ("n01", "Nigeria", 3,
     "Three policemen and the attackers were killed in a shootout in Kaduna."),
    ("n02", "Kenya", 2,
     "Gunmen killed two soldiers and the army's commander said the attackers had fled into Boni forest."),
    ("n03", "Somalia", 3,
     "Three guards were killed and the driver was wounded in a bomb attack in Baidoa."),
    ("n04", "Afghanistan", 4,
     "Four policemen were killed in Ghazni, and the bomber and his accomplice fled the scene."),
    ("n05", "Mali", 2,
     "Two men, the driver and his assistant, were killed when their truck hit a mine near Boni."),
    ("n06", "Pakistan", 5,
     "Militants killed five soldiers and wounded the driver in an ambush in North Waziristan."),
    ("n07", "Iraq", 6,
     "Six civilians were killed and the bomber was arrested before he could detonate a second vest in Tikrit."),
    ("n08", "Syria", 3,
     "Airstrikes killed three fighters and the group's spokesman denied any civilian deaths in Idlib."),
    ("n09", "Burkina Faso", 8,
     "Eight soldiers were killed in Arbinda and the attackers and their commander escaped toward the border."),
    ("n10", "Nigeria", 4,
     "Bandits killed four farmers and the police spokesman confirmed the attack in Zamfara."),
    ("n11", "Cameroon", 2,
     "Two soldiers, a sergeant and a corporal, were killed by separatists in Kumba."),
    ("n12", "India", 3,
     "Three CRPF jawans were killed and the commander of the unit was injured in an IED blast in Bijapur."),
    ("n13", "Philippines", 2,
     "Gunmen killed two farmers and the village chief escaped unhurt in Maguindanao."),
    ("n14", "Mexico", 5,
     "Five people were killed in Culiacan and the gunman who opened fire was detained."),
    ("n15", "Democratic Republic of Congo", 7,
     "Seven villagers were killed by M23 rebels, and the chief of the village said the attackers burned houses"
     " in Rutshuru."),
    # Held out: run once after the rules
    ("h01", "Niger", 6,
     "Five soldiers and a civilian guide were killed when jihadists ambushed a convoy near Ayorou."),
    ("h02", "Kenya", 3,
     "Bandits ambushed herders in Baringo, killing two herders and a police reservist."),
    ("h03", "Afghanistan", 9,
     "A suicide bomber struck a funeral tent in Khost, killing eight mourners and himself."),
    ("h04", "Somalia", 7,
     "Seven people, including the bomber, died when a car bomb went off beside a checkpoint in Afgoye."),
    ("h05", "Pakistan", 4,
     "The assistant commissioner and three policemen were killed when militants attacked their vehicle in "
     "Lakki Marwat."),
    ("h06", "Nigeria", 5,
     "Boko Haram fighters killed four fishermen as well as their boat owner on Lake Chad."),
    ("h07", "Yemen", 6,
     "A Saudi-led air strike killed a tribal sheikh along with five of his relatives in Saada."),
    ("h08", "Iraq", 4,
     "Three soldiers and the patrol commander were killed when an IED went off near Samarra."),
    ("h09", "Mali", 3,
     "The mayor of Boni and two of his guards were shot dead by gunmen."),
    ("h10", "Colombia", 5,
     "An explosive device killed four police officers and a child in Jamundi."),
    ("h11", "Mozambique", 4,
     "Insurgents beheaded three men and a woman in Ancuabe district."),
    ("h12", "Ethiopia", 8,
     "Seven civilians and the kebele chairman were killed in an attack blamed on OLA fighters in West Shewa."),
    ("h13", "Bangladesh", 3,
     "Two Awami League activists and a BNP supporter were killed in clashes in Narsingdi."),
    ("h14", "Syria", 10,
     "The bomber blew up his car in Manbij, killing nine civilians and himself."),
    ("h15", "Philippines", 4,
     "The mayor's bodyguard and three soldiers were killed in a grenade attack in Maguindanao."),
    ("h16", "Democratic Republic of Congo", 3,
     "Three rangers were killed and the park director was wounded by Mai-Mai fighters in Virunga."),
    ("h17", "Cameroon", 4,
     "Four gendarmes, the brigade commander and three of his men, were killed near Bamenda."),
    ("h18", "Mexico", 2,
     "Gunmen killed two police officers and the state governor condemned the attack in Guerrero."),
    ("h19", "Nigeria", 6,
     "Bandits killed six villagers and the attackers then fled with cattle in Sokoto."),
    ("h20", "India", 2,
     "Two soldiers were killed and the militant and his associate escaped into the forest in Kupwara."),
]
"""(id, country, fatalities a careful ACLED coder gives, sentence): t and n are the tune part, h the held-out part."""

MISSES: dict[str, str] = {
    "t24": "'killing two guards and themselves': the plural reflexive counts the subject ('Two suicide bombers'), "
           "which the object phrase does not name, so the bombers are not added",
    "t27": "'died in the blast at a school' gives no event at all (with or without 'including the attacker'): the toll "
           "is read, but the classifier finds no act of violence in a blast told with no weapon or doer",
    "h09": "'The mayor of Boni and two of his guards': the mayor's 'of Boni' and the guards' 'of his' are outside the "
           "joined phrase, so only the guards are read",
    "h14": "'The bomber blew up his car ... killing nine civilians and himself': the toll is read (10), but no event "
           "is coded from a bomber who 'blew up his car' (classify, not casualties)",
}
"""Items sitrep still codes otherwise than a careful coder does, with why: strict xfails, to drop when fixed."""


def _param(item: tuple[str, str, int, str]):
    marks = [pytest.mark.xfail(strict=True, reason=MISSES[item[0]])] if item[0] in MISSES else []
    return pytest.param(*item[1:], id=item[0], marks=marks)


def test_the_sentences_are_broad():
    assert len(ITEMS) == 80
    assert len({country for _, country, _, _ in ITEMS}) == 20
    assert sum(item[0].startswith("n") or item[0] in {"h16", "h17", "h18", "h19", "h20"} for item in ITEMS) == 20
    assert sum(item[0].startswith("h") for item in ITEMS) == 20


@pytest.mark.parametrize(("country", "expected", "text"), [_param(item) for item in ITEMS])
def test_the_toll_counts_the_one_person_as_a_careful_coder_does(country, expected, text):
    assert surest_reported(text, country).fatalities == expected
