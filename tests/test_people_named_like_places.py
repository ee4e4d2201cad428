"""People whose names are also places: a surname after a title, before a word for a person's kin or fate, or inside
a full name is the person, and the place the report names stays the place.

Many surnames and given names are towns or provinces somewhere (Vargas, Rivera, Herrera, Leon, Valencia, Florence,
Austin, Lagos, Victoria), and wire copy, above all the all-capitals copy of older wires, names officials, victims
and suspects by them. Read as places they move an event to another country. Written by us, every report before
sitrep was run on it; each item gives the places the text names and the person names that must not be read as
places. The last HELD_OUT items were run once, after the rules were written.

First pass (before the rules): 24 of 41 items right; a person read as a place in 16 ("Col. Mendoza", "General
Toledo", "Rivera's murder", "Santos Medina, a judge", "MINISTER LEON", "ATTORNEY GENERAL VALENCIA", "police chief
Herrera", "Medina's son", "Cordoba's killers", "MAYOR JOSE TRUJILLO", "ANTONIO GRANADA, A POLICEMAN"), and
Mendoza's reading in Argentina outvoted Chalatenango. After the rules (`geo._names_a_person`): 40 of 41. Held out,
run once after the rules: 15 of 15 (the code before the rules, run on them for comparison: 10 of 15).
"""

from __future__ import annotations

import pytest

from sitrep.geo import geoparse

ITEMS: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("Col. Mendoza told reporters that rebels had attacked the garrison in Chalatenango.",
     ("Chalatenango",), ("Mendoza",)),
    ("General Toledo said troops killed four guerrillas near Ayacucho.", ("Ayacucho",), ("Toledo",)),
    ("Police are investigating Rivera's murder in the capital, San Salvador.", ("San Salvador",), ("Rivera",)),
    ("Gunmen kidnapped Santos Medina, a judge, outside his home in Cali.", ("Cali",), ("Santos", "Medina")),
    ("President Cordoba condemned the bombing of a bus in Medellin.", ("Medellin",), ("Cordoba",)),
    ("Governor Victoria visited the wounded in Maiduguri.", ("Maiduguri",), ("Victoria",)),
    ("Senator Florencia Lima was shot dead in Recife on Tuesday.", ("Recife",), ("Florencia", "Lima")),
    ("The assassination of Judge Aurora Cruz in Tegucigalpa was blamed on a gang.", ("Tegucigalpa",),
     ("Aurora", "Cruz")),
    ("Delgado's driver was killed when gunmen opened fire on the car near Huancayo.", ("Huancayo",), ("Delgado",)),
    ("Vargas's bodyguards returned fire, police in Bogota said.", ("Bogota",), ("Vargas",)),
    ("Hundreds attended Herrera's funeral in Santa Ana on Sunday.", ("Santa Ana",), ("Herrera",)),
    ("Moreno's widow told the court in Quito that soldiers had beaten him.", ("Quito",), ("Moreno",)),
    ("Luna's brother said the militia abducted him from a farm outside Davao.", ("Davao",), ("Luna",)),
    ("COL. OCHOA SAID THE GUERRILLAS DYNAMITED A POWER PYLON IN USULUTAN DEPARTMENT.", ("USULUTAN",), ("OCHOA",)),
    ("GENERAL BUSTILLO CONFIRMED THAT 12 SOLDIERS DIED IN THE AMBUSH NEAR SAN MIGUEL.", ("SAN MIGUEL",),
     ("BUSTILLO",)),
    ("THE KIDNAPPERS OF FEDERICO ESTRADA DEMANDED A RANSOM, POLICE IN GUATEMALA CITY REPORTED.",
     ("GUATEMALA CITY",), ("ESTRADA", "FEDERICO")),
    ("MINISTER LEON SAID THE ATTACK ON THE BRIDGE IN CHINANDEGA CAUSED HEAVY DAMAGE.", ("CHINANDEGA",), ("LEON",)),
    ("ATTORNEY GENERAL VALENCIA ORDERED AN INQUIRY INTO THE MASSACRE IN SEGOVIA.", ("SEGOVIA",), ("VALENCIA",)),
    ("FATHER SALINAS WAS SHOT DEAD OUTSIDE HIS CHURCH IN SOYAPANGO.", ("SOYAPANGO",), ("SALINAS",)),
    ("Colombian trade unionist Jorge Cartagena Ruiz was killed in Barrancabermeja.", ("Barrancabermeja",),
     ("Cartagena",)),
    ("Aid worker Florence Adong was abducted in Gulu.", ("Gulu",), ("Florence",)),
    ("Opposition leader Victoria Mensah was arrested at a rally in Kumasi.", ("Kumasi",), ("Victoria",)),
    ("Police said Jackson Mwangi, a trader, was lynched by a mob in Kisii.", ("Kisii",), ("Jackson",)),
    ("Sgt. Austin Bello was among three soldiers killed when a bomb hit their patrol near Bama.", ("Bama",),
     ("Austin",)),
    ("Lawyers for Ms. Sydney Banda said she was detained by police in Lusaka.", ("Lusaka",), ("Sydney",)),
    ("Kabul's governor said the blast killed six people.", ("Kabul",), ()),
    ("Gunmen attacked Mogadishu's main market on Friday.", ("Mogadishu",), ()),
    ("The army said General Santos City was calm after the bombing.", ("General Santos",), ()),
    ("Bamako's mayor condemned the attack.", ("Bamako",), ()),
    ("Rebels shelled San Jose del Guaviare overnight, Col. Ortiz said.", ("San Jose del Guaviare",), ("Ortiz",)),
    ("Residents of Valencia, a town in Bukidnon, fled fighting between troops and rebels.", ("Valencia", "Bukidnon"),
     ()),
    ("Clashes erupted in Santa Cruz, police chief Herrera said.", ("Santa Cruz",), ("Herrera",)),
    ("Rebels said they had freed Medina's son after his family paid a ransom.", (), ("Medina",)),
    ("Police arrested Cordoba's killers in a raid in Rosario.", ("Rosario",), ("Cordoba",)),
    ("Unknown men torched Mendoza's car outside his office in Tijuana.", ("Tijuana",), ("Mendoza",)),
    ("GUERRILLAS ASSASSINATED MAYOR JOSE TRUJILLO IN HIS OFFICE IN ZARAGOZA, ANTIOQUIA.", ("ZARAGOZA", "ANTIOQUIA"),
     ("TRUJILLO",)),
    ("SOURCES SAID THAT ANTONIO GRANADA, A POLICEMAN, WAS WOUNDED IN THE ATTACK IN AREQUIPA.", ("AREQUIPA",),
     ("GRANADA",)),
    ("Capt. Luna said marines had recovered the bodies of two hostages on Basilan.", ("Basilan",), ("Luna",)),
    ("Sheikh Hamdan Aziz, a tribal elder, was shot dead at a checkpoint near Ramadi.", ("Ramadi",), ("Hamdan",)),
    ("Mayor Bautista said armed men burned three houses in Masbate.", ("Masbate",), ("Bautista",)),
    ("Dr. Salcedo said the hospital in Jolo received eleven wounded soldiers.", ("Jolo",), ("Salcedo",)),
    # held out: run once, after the rules
    ("Capt. Soledad Ruiz said marines repelled an attack on their post near Tumaco.", ("Tumaco",), ("Soledad",)),
    ("Bishop Cuenca appealed for calm after the massacre in Bojaya.", ("Bojaya",), ("Cuenca",)),
    ("NEIGHBOURS FOUND PALMIRA'S BODY ON A ROAD OUTSIDE TULUA.", ("TULUA",), ("PALMIRA",)),
    ("Gunmen shot dead lawyer Orlando Ferreira outside a court in Fortaleza.", ("Fortaleza",), ("Orlando",)),
    ("Lt. Aurora Salcedo was wounded by a sniper in Marawi.", ("Marawi",), ("Aurora", "Salcedo")),
    ("MAJOR CORDOBA DENIED THAT SOLDIERS FIRED ON THE MARCHERS IN EL ALTO.", ("EL ALTO",), ("CORDOBA",)),
    ("President Aguilar's aides said the convoy was ambushed in Olancho.", ("Olancho",), ("Aguilar",)),
    ("Activist Lorena Valencia was abducted by armed men in Popayan.", ("Popayan",), ("Valencia",)),
    ("Pastor Jackson Oduya was attacked by a mob in Homa Bay.", ("Homa Bay",), ("Jackson",)),
    ("Medellin's mayor said a car bomb killed two police officers.", ("Medellin",), ()),
    ("DR. ROSARIO MEJIA WAS KIDNAPPED FROM HER CLINIC IN SAN PEDRO SULA.", ("SAN PEDRO SULA",), ("ROSARIO",)),
    ("Villagers in Mambasa blamed rebels for Kahindo's murder.", ("Mambasa",), ("Kahindo",)),
    ("Col. Sucre said troops killed five gang members in a raid in Maracaibo.", ("Maracaibo",), ("Sucre",)),
    ("Gen. Marion Lagos said the bombing in Jos killed eight.", ("Jos",), ("Marion", "Lagos")),
    ("Santiago's widow said her husband was shot by police in Valparaiso.", ("Valparaiso",), ("Santiago",)),
]
HELD_OUT = 15
HELD_OUT_FIRST_SIGHT = 15
"""Items of the held-out part right when it was first run, after the rules (of `HELD_OUT`)."""

KNOWN_MISSES: dict[str, str] = {
    "Capt. Luna said": "an island after 'on' has no place cue ('on' also comes before days and holidays: on "
                       "Independence Day), and Basilan's reading alone scores below a place",
}
"""Items still wrong, by their opening words, with the reason (strict xfails)."""


def misreadings(text: str, places: tuple[str, ...], persons: tuple[str, ...]) -> list[str]:
    """What geoparse gets wrong in `text`: a named place it misses, or a person's name it reads as a place."""
    toponyms = [t for t in geoparse(text) if t.kind == "place" and t.name is not None]
    found = [text[t.start:t.end] for t in toponyms]
    wrong = [f"missed place {p!r}" for p in places if not any(p in f or f in p for f in found)]
    for person in persons:
        start = text.index(person)
        if any(t.start < start + len(person) and start < t.end for t in toponyms):
            wrong.append(f"person {person!r} read as a place")
    return wrong


def _params():
    for index, (text, places, persons) in enumerate(ITEMS):
        reason = next((why for opening, why in KNOWN_MISSES.items() if text.startswith(opening)), None)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(text, places, persons, id=f"{'held' if index >= len(ITEMS) - HELD_OUT else 'tune'}"
                           f"{index:02d}-{text[:24]}", marks=marks)


@pytest.mark.parametrize(("text", "places", "persons"), list(_params()))
def test_people_named_like_places(text: str, places: tuple[str, ...], persons: tuple[str, ...]) -> None:
    assert misreadings(text, places, persons) == []
