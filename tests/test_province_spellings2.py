"""First-level units as English news writes them (sentences we wrote, 16 countries at war or in conflict).

GeoNames names a province as its country writes it in Latin letters ("Kurskaya oblast'", "Zaporizka oblast",
"Galguduud", "Benshangul-Gumaz"); English reports and coders' lists write "Kursk region", "Zaporizhia",
"Galgaduud", "Benishangul". `data/places_supplement.csv` gives each such province its English spellings
(`gazetteer._provinces_written`), so a report that names it so is placed in it, under the province's one name (and
a few capitals their spellings: "Zaporizhia", "Gedarif", "Nabatiye"). An
oblast named after its capital is told from the city by `geo._city_or_province`: the bare name is the city, "the X
region" (or oblast, province, state) the province; so the city keeps its reading.
"""

from __future__ import annotations

import pytest

from sitrep.api import extract_text
from sitrep.gazetteer import load

PUBLISHED = "2024-05-01"

SPELLINGS = [
    ("RU", "Shelling hit a village in the Kursk region on Monday, killing two residents.", "Kurskaya oblast'"),
    ("RU", "A drone attack damaged a power station in Bryansk region on Tuesday, the governor said.",
     "Bryanskaya oblast'"),
    ("RU", "Two people were wounded when a drone struck a farm in the Voronezh region on Friday.",
     "Voronezhskaya oblast'"),
    ("RU", "Debris from a downed drone set fire to an oil depot in Tambov Oblast on Sunday.", "Tambovskaya oblast'"),
    ("RU", "Gunmen attacked a police checkpoint in Dagestan on Sunday, killing two officers.",
     "Dagestan, Respublika"),
    ("RU", "Police detained three men in Ingushetia on Thursday after a shootout.", "Ingushetiya, Respublika"),
    ("RU", "A drone hit an oil refinery in the Krasnodar Krai on Saturday.", "Krasnodarskiy kray"),
    ("UA", "Russian shelling killed two people in the Zaporizhia region on Monday.", "Zaporizhia"),
    ("UA", "Artillery fire wounded four civilians in Lugansk region on Tuesday.", "Luhansk"),
    ("UA", "A missile strike damaged a school in the Kharkov region on Sunday.", "Kharkiv"),
    ("UA", "Russian drones hit energy facilities in the Rivne region overnight, officials said.", "Rivne"),
    ("SO", "Al-Shabaab fighters attacked an army base in Galgaduud region on Monday, killing three soldiers.",
     "Galgaduud"),
    ("SO", "Clan militias clashed in Middle Shebelle on Thursday, leaving five dead.", "Middle Shabelle"),
    ("YE", "A drone strike killed three suspected militants in Hadramout on Wednesday.", "Hadramawt"),
    ("SD", "The RSF attacked a village in Gedarif state on Monday, killing seven civilians.", "Gedaref"),
    ("ET", "Armed men killed six farmers in the Benishangul region on Saturday.", "Benshangul/Gumuz"),
    ("ET", "Militiamen clashed with federal troops in Central Ethiopia on Thursday.",
     "Central Ethiopia Regional State"),
    ("ML", "Jihadists attacked a military camp in the Timbuktu region on Friday, killing four soldiers.", "Tombouctou"),
    ("CD", "Rebels attacked a village in Upper Uele province on Wednesday, killing three.", "Haut-Uele"),
    ("CM", "Separatists killed two gendarmes in the Northwest Region on Monday.", "North-West"),
    ("CM", "Insurgents raided a village in the Extreme North region on Tuesday, killing five.", "Far North"),
    ("AF", "Taliban fighters attacked a checkpoint in Urozgan province on Monday, killing three police.", "Uruzgan"),
    ("AF", "A roadside bomb killed two soldiers in Maidan Wardak on Friday.", "Wardak"),
    ("AF", "Gunmen killed a district official in Jawzjan province on Sunday.", "Jowzjan"),
    ("MM", "Junta aircraft bombed a village in Magwe region on Thursday, killing nine.", "Magway"),
    ("MM", "Resistance fighters attacked a police station in Karen State on Tuesday.", "Kayin"),
    ("SY", "Kurdish forces arrested ten men in Hasakeh province on Monday.", "Al Hasakeh"),
    ("PK", "Militants attacked a police post in the former NWFP on Tuesday, killing two officers.",
     "Khyber Pakhtunkhwa"),
    ("NE", "Gunmen killed eleven villagers in Tillabery region on Saturday.", "Tillaberi"),
]

BARE_CITIES = [
    ("RU", "A drone hit an apartment block in Kursk on Monday, injuring three.", "Kursk", "Kurskaya oblast'"),
    ("RU", "A drone hit a house in Belgorod on Monday, killing one.", "Belgorod", "Belgorodskaya oblast'"),
    ("UA", "A missile hit a market in Kharkov on Monday, killing four.", "Kharkov", "Kharkiv"),
    ("LY", "Militias clashed in Benghazi on Monday, killing three.", "Benghazi", "Banghazi"),
    ("YE", "Houthi forces shelled Hodeidah on Monday, killing two.", "Hodeidah", "Al Hudaydah"),
    ("ML", "Gunmen killed a trader in Timbuktu on Monday.", "Timbuktu", "Tombouctou"),
    ("LB", "An Israeli drone strike killed two men in Nabatiye on Monday.", "Nabatiye", "Nabatieh"),
    ("UA", "Shelling killed two residents of Zaporizhia on Monday.", "Zaporizhia", "Zaporizhia"),
    ("SD", "Paramilitaries shelled Gedarif on Monday, killing two.", "Gedarif", "Gedaref"),
    ("LY", "Clashes between rival militias killed four people in Misurata on Friday.", "Misurata", "Misratah"),
    ("LY", "Gunmen kidnapped a local official in Sebha on Tuesday.", "Sebha", "Sabha"),
    ("YE", "Houthi fighters shelled government positions in Dhale on Sunday, killing two soldiers.", "Dhale",
     "Ad Dali"),
    ("YE", "Gunmen assassinated a security official in Lahj on Tuesday.", "Lahj", "Lahij"),
]


@pytest.mark.parametrize(("code", "text", "admin1"), SPELLINGS)
def test_a_province_as_english_news_writes_it_is_that_province(code, text, admin1):
    events = extract_text(text, country=code, published=PUBLISHED)
    assert events, text
    assert events[0].admin1 == admin1
    assert events[0].location == admin1


@pytest.mark.parametrize(("code", "text", "town", "admin1"), BARE_CITIES)
def test_a_bare_city_name_is_still_the_city(code, text, town, admin1):
    events = extract_text(text, country=code, published=PUBLISHED)
    assert events, text
    assert (events[0].location, events[0].admin1) == (town, admin1)


def test_the_region_of_a_city_is_the_province_not_the_city():
    cities = [c.place for c in load().lookup("Kursk") if c.place.feature_code == "PPL" and c.place.country_code == "RU"]
    assert cities, "the city of Kursk is still in the gazetteer"
    events = extract_text("Shelling hit a village in the Kursk region on Monday, killing two residents.",
                          country="RU", published=PUBLISHED)
    assert events[0].location == "Kurskaya oblast'"


def test_spellings_add_no_second_province():
    for spelling, code in (("Kursk", "RU"), ("Zaporizhia", "UA"), ("Galgaduud", "SO"), ("Hadramout", "YE")):
        provinces = [c.place for c in load().lookup(spelling)
                     if c.place.feature_code == "ADM1" and c.place.country_code == code]
        assert len(provinces) == 1, spelling
