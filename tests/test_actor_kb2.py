"""The actor knowledge base, second batch, on short reports we wrote (no corpus text): rebels, militias, gangs and
state units of the Sahel and Lake Chad, the Great Lakes, the Horn, Latin America and South and Southeast Asia, named
by their full name, their acronym, a faction's name or a transliteration, must be a side of the event under the ACLED
name our file gives them; acronyms that also have other senses stay silent in other countries."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from sitrep.actors import find_actors
from sitrep.api import extract_text

REPORTS = [
    ("NE", "On Sunday, MNJ rebels attacked an army post near Iferouane, killing three soldiers.",
     "MNJ: Niger Movement for Justice"),
    ("NE", "Fighters of the Council of Resistance for the Republic ambushed a military convoy near Agadem on Tuesday.",
     "CRR: Council of Resistance for the Republic"),
    ("TD", "On Monday, UFDD rebels clashed with the Chadian National Army near Abeche, leaving ten dead.",
     "UFDD: Union of Forces for Democracy and Development"),
    ("TD", "On Monday, UFDD rebels clashed with the Chadian National Army near Abeche, leaving ten dead.",
     "Military Forces of Chad"),
    ("CM", "On Saturday, Amba separatists set fire to a school in Kumbo and abducted two teachers.",
     "Ambazonian Separatists"),
    ("CM", "Bui Warriors ambushed a gendarmerie patrol near Jakiri on Friday, killing one gendarme.",
     "Ambazonian Separatists"),
    ("CD", "On Sunday, URDPC militiamen attacked a displacement camp near Fataki, killing eight civilians.",
     "CODECO: Cooperative for Development of Congo"),
    ("CD", "Mai-Mai Biloze Bishambuke fighters clashed with Twirwaneho militia near Minembwe on Thursday.",
     "Mai-Mai Militia"),
    ("CD", "Mai-Mai Biloze Bishambuke fighters clashed with Twirwaneho militia near Minembwe on Thursday.",
     "Twirwaneho"),
    ("CD", "On Wednesday, Nyatura Kavumbi fighters looted cattle in a village near Kitchanga and killed a herder.",
     "Nyatura Militia"),
    ("CD", "FDLR-FOCA combatants attacked FARDC positions near Rutshuru on Monday.",
     "FDLR: Democratic Forces for the Liberation of Rwanda"),
    ("CD", "On Tuesday, Ngumino militiamen burned huts in a village near Mikenge, killing two people.",
     "Ngumino Militia"),
    ("BI", "On Sunday, Imbonerakure militia beat two opposition members to death in Cibitoke province.",
     "Imbonerakure"),
    ("BI", "FOREBU rebels attacked a police post in Bujumbura Rural on Friday, wounding three policemen.",
     "FOREBU: Republican Forces of Burundi"),
    ("UG", "Uganda Police Force officers shot dead two suspected robbers in Mbale on Monday.",
     "Police Forces of Uganda"),
    ("RW", "On Sunday, MRCD-FLN fighters attacked a bus near Nyungwe forest, killing two passengers.",
     "FLN: National Liberation Front"),
    ("ET", "On Tuesday, fighters of the Waraana Bilisummaa Oromoo ambushed a bus near Gimbi, killing five passengers.",
     "OLF-Shene: Oromo Liberation Army"),
    ("ET", "Fano militiamen clashed with Ethiopian Federal Police near Debre Tabor on Friday.",
     "Police Forces of Ethiopia"),
    ("SD", "On Monday, the Al-Baraa bin Malik Brigade fought the Rapid Support Forces near El Obeid.",
     "Al-Baraa Ibn Malik Brigade"),
    ("SD", "SLM-TC fighters clashed with the RSF near Tawila on Sunday, leaving twelve dead.",
     "SLM-TC: Sudan Liberation Movement-Transitional Council"),
    ("SS", "On Wednesday, NAS rebels ambushed an SSPDF convoy near Lainya, killing four soldiers.",
     "NAS: National Salvation Front"),
    ("SS", "On Sunday, SSUF rebels attacked a village near Gumuruk, killing six herders.",
     "SSUF/A: South Sudan United Front/Army"),
    ("SS", "On Friday, the Jiech Mabor clashed with SSPDF troops near Ulang.", "White Army"),
    ("CO", "On Sunday, the 33rd Front attacked a police station in Tibu, wounding two officers.", "FARC Dissidents"),
    ("CO", "Fighters of the Domingo Lain Front killed two soldiers in an ambush near Tame on Monday.",
     "ELN: National Liberation Army"),
    ("CO", "On Tuesday, Los Shottas gunmen shot dead a shopkeeper in Buenaventura.", "Los Shottas"),
    ("MX", "On Saturday, gunmen of La Nueva Familia Michoacana killed four police officers near Tejupilco.",
     "La Familia Michoacana"),
    ("MX", "La Union Tepito hitmen shot dead two members of the Fuerza Anti-Union in Mexico City on Friday.",
     "Fuerza Anti-Union"),
    ("MX", "On Sunday, Gente Nueva gunmen clashed with soldiers near Culiacan.", "Sinaloa Cartel"),
    ("HT", "On Monday, Kokorat San Ras gang members killed five farmers near Liancourt.", "Kokorat San Ras"),
    ("HT", "The Grand Ravine gang attacked residents of Carrefour-Feuilles on Sunday, burning homes.",
     "Grand Ravine Gang"),
    ("EC", "On Friday, Los Lagartos gunmen shot dead two men outside a market in Guayaquil.", "Los Lagartos"),
    ("EC", "Los Fatales members clashed with Los Choneros in Esmeraldas on Sunday, leaving three dead.", "Los Fatales"),
    ("BR", "On Tuesday, Terceiro Comando Puro gunmen exchanged fire with Comando Vermelho members in a Rio de Janeiro "
     "favela.", "TCP: Pure Third Command"),
    ("BR", "On Saturday, Familia do Norte gunmen shot dead two men in a Manaus street.", "Familia do Norte"),
    ("IN", "On Sunday, PLFI rebels killed a contractor in Khunti district of Jharkhand.",
     "PLFI: People's Liberation Front of India"),
    ("IN", "CPI (Maoist) cadres ambushed a CRPF patrol in Bijapur on Friday, killing two troopers.",
     "CPI (Maoist): Communist Party of India (Maoist)"),
    ("IN", "On Monday, Babbar Khalsa International operatives threw a grenade at a police post in Amritsar.",
     "BKI: Babbar Khalsa International"),
    ("IN", "GNLA militants abducted a trader in the Garo Hills on Sunday.", "GNLA: Garo National Liberation Army"),
    ("PK", "On Saturday, Hizb-ul-Ahrar militants attacked a police checkpoint in Peshawar, killing two policemen.",
     "Hizb-ul-Ahrar"),
    ("MM", "On Sunday, BPLA fighters seized a junta outpost in Magway.", "BPLA: Bamar People's Liberation Army"),
    ("MM", "On Tuesday, Sit-tat troops clashed with KNDO fighters near Kawkareik.", "Military Forces of Myanmar"),
    ("MM", "On Tuesday, Sit-tat troops clashed with KNDO fighters near Kawkareik.",
     "KNU/KNLA: Karen National Union/Karen National Liberation Army"),
    ("PH", "On Monday, BIFF-Karialan gunmen ambushed an army patrol in Datu Hoffer, killing a soldier.",
     "BIFF: Bangsamoro Islamic Freedom Fighters"),
    ("PH", "On Sunday, CPP-NPA rebels ambushed a police patrol in Samar, killing two officers.",
     "NPA: New People's Army"),
    ("KE", "On Sunday, Gaza gang members stabbed a motorcycle taxi rider to death in Kayole.", "Gaza Gang"),
    ("KE", "Chinkororo militia torched houses in a village in Kisii on Saturday, killing one man.",
     "Chinkororo Militia"),
    ("KE", "On Friday, Wakali Kwanza gang members attacked three residents with machetes in Kisauni, injuring them.",
     "Wakali Kwanza Gang"),
]


@pytest.mark.parametrize(("country", "text", "group"), REPORTS, ids=[f"{r[0]}-{i}" for i, r in enumerate(REPORTS)])
def test_a_named_group_is_a_side_of_the_event_under_its_acled_name(country, text, group):
    events = [e for e in extract_text(text, country=country, published="2024-05-01") if not e.is_background]
    assert events, text
    assert group in {events[0].actor1, events[0].actor2}, [(e.actor1, e.actor2) for e in events]


def test_reports_cover_thirty_sentences_in_fifteen_countries():
    assert len({text for _, text, _ in REPORTS}) >= 30
    assert len({country for country, _, _ in REPORTS}) >= 15


@pytest.mark.parametrize(("country", "text"), [
    ("United States", "NAS scientists said the study was peer reviewed."),
    ("United Kingdom", "DCI Morgan told the inquest that the victim had been stabbed."),
    ("Zambia", "ZRA officers seized smuggled fuel at the Chirundu border post."),
    ("Palestine", "Israeli strikes hit a house in Gaza on Sunday."),
    ("Democratic Republic of Congo", "TP Mazembe fans celebrated in Lubumbashi on Sunday."),
])
def test_acronyms_and_words_in_other_senses_name_no_group(country, text):
    assert [m.name for m in find_actors(text, country=country) if m.inter in (2, 3, 4)] == []


@pytest.mark.parametrize(("country", "text", "group"), [
    ("South Sudan", "NAS fighters raided a cattle camp near Yei.", "NAS: National Salvation Front"),
    (None, "NAS fighters raided a cattle camp near Yei.", "NAS: National Salvation Front"),
    ("Kenya", "DCI detectives arrested two suspects in Nakuru.", "Police Forces of Kenya"),
    ("India", "ZRA militants fired at a patrol near Churachandpur.", "ZRA: Zomi Revolutionary Army"),
])
def test_country_bound_acronyms_name_their_group_at_home(country, text, group):
    assert find_actors(text, country=country)[0].name == group


def test_every_new_country_has_armed_groups_in_the_file():
    with resources.files("sitrep").joinpath("data/actors.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    armed = {row["country"] for row in rows if row["inter"] in ("2", "3", "4") and row["kind"] == "group"}
    assert {"Niger", "Chad", "Cameroon", "Burundi", "Rwanda", "South Sudan", "Ecuador", "Brazil", "Haiti",
            "Kenya"} <= armed
