"""A source's own country in toponym resolution, on sentences we wrote: Kenya's former provinces, a name read
at home rather than abroad when nothing points abroad, ethnic groups' names that name people, and a note's
LOCATION field."""

from __future__ import annotations

from sitrep.evaluation.seeds import extract_events, main_event
from sitrep.geo import geoparse, location_labels


def _readings(text: str, hint: str | None = "KE") -> dict[str, tuple[str | None, str | None, str | None]]:
    return {t.text: (t.country_code, t.admin1, t.feature_code)
            for t in geoparse(text, country_hint=hint) if t.latitude is not None}


def test_a_former_kenyan_province_is_kenyas_and_placed_at_its_headquarters():
    readings = _readings("Traders closed their shops across the Coast region after a tax was raised.")
    assert readings["Coast"] == ("KE", "Mombasa", "ADM1H")
    readings = _readings("Youths set up barricades in several towns of Nyanza on Tuesday.")
    assert readings["Nyanza"] == ("KE", "Kisumu", "ADM1H")


def test_a_former_province_yields_to_a_county_the_text_names():
    events, _ = extract_events("Police fired tear gas at fishermen who marched in Kilifi County, on the Coast, over "
                            "a ban on night fishing.", document_id="t1", country="KE")
    assert main_event(events).admin1 == "Kilifi"


def test_a_name_read_abroad_that_nothing_points_to_is_the_home_place():
    readings = _readings("Herders clashed over grazing land in Mara on Sunday.")
    assert readings["Mara"][0] == "KE"


def test_a_place_abroad_that_the_text_points_to_stays_abroad():
    readings = _readings("Tanzanian police said cattle raiders fled back to Mara region after crossing from Tanzania.")
    assert readings["Mara"][0] == "TZ"


def test_ethnic_names_joined_or_counted_are_people_not_places():
    assert "Kikuyu" not in _readings("Police separated Maasai and Kikuyu at a cattle market on Sunday.")
    assert "Kikuyu" not in _readings("About 400 Kikuyu fled their homes after the attack.")
    assert "Kikuyu" not in _readings("Police separated Luo and Kikuyu in the estate.")


def test_names_joined_before_an_area_word_stay_places():
    readings = _readings("Drought has hit Turkana and Samburu counties hardest, officials said.")
    assert readings["Turkana"][0] == "KE" and readings["Samburu"][0] == "KE"


def test_the_location_field_outweighs_a_finer_place_in_the_narrative():
    text = ("Bandits from Isiolo killed two herders and drove off their goats. "
            "LOCATION: a hamlet west of Hola, Tana River county.")
    assert [text[a:b] for a, b in location_labels(text)] == ["a hamlet west of Hola, Tana River county"]
    events, _ = extract_events(text, document_id="t2", country="KE")
    assert main_event(events).admin1 == "Tana River"


def test_an_ethnic_name_before_a_word_for_its_people_is_people():
    assert "Kikuyu" not in _readings("Armed men beat Kikuyu families at a roadblock outside Naivasha.")


def test_a_small_province_abroad_that_nothing_points_to_is_dropped():
    assert "Forest" not in _readings("Guards cleared the Kapsoen Forest of settlers on Monday.")
    assert "Beni" not in _readings("Gunmen raided a farm near Beni at dawn, villagers said.", hint="BJ")


def test_a_possessive_written_without_its_apostrophe_is_the_town():
    readings = _readings("A grenade went off in Garissas central market on Sunday evening.")
    assert readings["Garissa"][:2] == ("KE", "Garissa")


def test_a_town_named_as_an_office_or_a_business_yields_to_where_it_happened():
    events, _ = extract_events("The Garsen deputy county commissioner was wounded by robbers in Eastleigh, Nairobi, "
                               "late on Friday.", document_id="t3", country="KE")
    assert main_event(events).admin1 == "Nairobi"
    events, _ = extract_events("Attackers threw a grenade at the Mombasa Hotel in Wajir town on Sunday.",
                               document_id="t4", country="KE")
    assert main_event(events).admin1 == "Wajir"


def test_a_possessive_without_apostrophe_that_geonames_lists_as_a_spelling_is_still_the_town():
    """GeoNames lists "Kumasis" and "Maiduguris" as spellings of the towns; before a lower-case noun or adjective
    the word is still the town's possessive, read by its own name."""
    assert _readings("Youths stoned police during Kumasis mock vote.", hint="GH")["Kumasi"][:2] == ("GH", "Ashanti")
    assert _readings("Youths stoned police during Maiduguris mock vote.", hint="NG")["Maiduguri"][:2] == ("NG", "Borno")
