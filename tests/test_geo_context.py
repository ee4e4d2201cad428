"""Document-level context in toponym resolution, on sentences we wrote: areas that hold the towns an article
names, one sense per name, lists of one kind, bare county names, states and cities of one name, capitals."""

from __future__ import annotations

from sitrep.gazetteer import load
from sitrep.geo import bare_area_name, geoparse


def _readings(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(t.text, t.admin1, t.country_code, t.feature_code) for t in geoparse(text) if t.latitude is not None]


def test_a_county_named_once_holds_the_town_the_article_names():
    text = ("A Lebanon woman was charged on Friday with theft. The Boone County sheriff said the stolen tools "
            "were found in a barn.")
    assert ("Lebanon", "Indiana", "US", "PPL") in _readings(text)


def test_towns_of_a_state_make_its_name_the_state_not_the_country():
    text = ("ATLANTA - Georgia regulators met on Monday. Georgia residents and the Georgia Public Service Commission "
            "want lower rates in Atlanta, unlike Texas.")
    readings = _readings(text)
    assert {r for r in readings if r[0] == "Georgia"} == {("Georgia", "Georgia", "US", "ADM1")}
    assert {r[1] for r in readings if r[0].lower() == "atlanta"} == {"Georgia"}


def test_names_in_one_list_are_of_one_kind():
    text = "Cases of the illness have been confirmed in Nevada, New Mexico, Ohio, Oregon and Wisconsin, health officials said."
    assert [r[3] for r in _readings(text)] == ["ADM1"] * 5


def test_a_repeated_name_keeps_the_country_one_mention_gives_it():
    text = ("The singer arrived in Athens, Greece, on Monday. Fans from Ohio and Tennessee waited at a hotel in "
            "central Athens for hours.")
    assert {r[2] for r in _readings(text) if r[0] == "Athens"} == {"GR"}


def test_a_state_name_shortened_from_its_city_means_the_state():
    readings = _readings("The airline will fly between New York and Moscow next year.")
    assert ("New York", "New York", "US", "ADM1") in readings


def test_a_national_capital_beats_a_province_of_its_name_unless_state_follows():
    assert _readings("Lawmakers in Washington passed the spending bill on Tuesday.") == [
        ("Washington", "District of Columbia", "US", "PPLC")]
    assert _readings("Apple growers in Washington state expect a large harvest.") == [
        ("Washington", "Washington", "US", "ADM1")]


def test_a_county_name_without_its_generic_word_is_a_bare_reading():
    hall = [c for c in load().lookup("Hall") if c.place.feature_code == "ADM2" and c.place.country_code == "US"]
    assert hall and all(bare_area_name(c) for c in hall)
    assert not any(bare_area_name(c) for c in load().lookup("Hall County"))
    assert _readings("Hall said the team would practise twice a week.") == []


def test_a_country_has_one_capital_however_many_towns_share_its_name():
    capitals = [c.place for c in load().lookup("Washington") if c.place.feature_code == "PPLC"]
    assert [(p.country_code, p.admin1) for p in capitals] == [("US", "District of Columbia")]


def test_a_short_word_is_no_place_through_a_code_among_its_alternate_names():
    assert _readings("Congress passed the Act after a long debate, and the governor praised the Act on Friday.") == []
    assert ("Miss.", "Mississippi", "US", "ADM1") in _readings("The storm damaged homes in Tupelo, Miss., on Sunday.")


def test_titles_before_a_name_are_no_places():
    assert _readings("Rep. Jones and Sen. Smith voted against the bill.") == []


def test_one_article_may_name_a_city_and_the_province_of_its_name():
    text = "Police in Kirkuk said a bomb went off near a market in Hawija town (Hawija district, Kirkuk) on Friday."
    kirkuk = [r[3] for r in _readings(text) if r[0] == "Kirkuk"]
    assert kirkuk == ["PPL", "ADM1"]


def test_the_province_of_a_name_before_it_makes_it_the_province_not_its_city():
    """'in the province of Kirkuk', 'in the department of Arauca': the kind written before the name, as after it,
    says the province is meant, so the town the sentence names is the finer place (`PROVINCE_BEFORE`)."""
    assert ("Kirkuk", "Kirkuk", "IQ", "ADM1") in _readings("Clashes erupted in the province of Kirkuk on Friday.")
    readings = _readings("Guerrillas ambushed a patrol near Saravena, in the department of Arauca, on Sunday.")
    assert ("Arauca", "Arauca", "CO", "ADM1") in readings
    assert not any(r[3] == "PPLA" for r in readings)


def test_an_adjective_of_land_before_a_name_cues_a_place():
    """'in rural Tibu', 'downtown Kampala': a word for the kind of land or settlement qualifies a place."""
    readings = _readings("Soldiers clashed with rebels in rural Tibu on Sunday.")
    assert [r[:3] for r in readings] == [("Tibu", "Norte de Santander", "CO")]


def _hinted(text: str, hint: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.admin1) for t in geoparse(text, country_hint=hint) if t.kind == "place"]


def test_a_county_name_paired_with_a_people_that_is_no_place_is_that_people():
    text = "Fighting between Borana and Samburu in February. Nine died in Archers Post and Wamba."
    assert _hinted(text, "KE") == [("Archers Post", "Samburu"), ("Wamba", "Samburu")]
    assert [r[0] for r in _hinted("Fighting between Somali and Samburu herders left nine dead in Maralal.", "KE")] \
        == ["Maralal"]


def test_two_county_names_that_are_also_peoples_stay_places_in_a_place_context():
    assert [r[0] for r in _hinted("Raiders crossed the border between Turkana and Samburu counties at night.", "KE")] \
        == ["Turkana", "Samburu"]
    assert [r[0] for r in _hinted("Police were deployed in Turkana and Samburu after raids.", "KE")] \
        == ["Turkana", "Samburu"]
