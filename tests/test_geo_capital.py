"""The capital, on sentences we wrote: "the capital" alone is the city the country is governed from, which is
also where an event known only by its country is drawn, with no admin1: the text names no province."""

from __future__ import annotations

from sitrep import countries
from sitrep.api import extract_text
from sitrep.gazetteer import load
from sitrep.geo import country_location, geoparse, locate_event, province_seat_point


def _capitals(text: str, hint: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.name, t.country_code) for t in geoparse(text, country_hint=hint) if "capital" in t.text]


def test_a_seat_of_government_other_than_the_constitutional_capital_is_where_the_country_is_governed_from():
    assert countries.seat_of_government("BJ") == "Cotonou"
    assert countries.seat_of_government("KE") == "Nairobi"
    assert countries.seat_of_government("ZZ") is None


def test_the_capital_alone_is_the_source_countrys_seat_of_government():
    assert _capitals("Shopkeepers closed their stalls in the capital on Tuesday.", "BJ") == [
        ("capital", "Cotonou", "BJ")]
    assert _capitals("Shopkeepers closed their stalls in the capital city on Tuesday.", "KE") == [
        ("capital city", "Nairobi", "KE")]


def test_a_capital_named_by_its_country_or_demonym_is_that_countrys():
    assert _capitals("Nurses marched through the Kenyan capital to demand their pay.", "BJ") == [
        ("capital", "Nairobi", "KE")]
    assert _capitals("Nurses marched through Benin's capital to demand their pay.") == [
        ("capital", "Cotonou", "BJ")]


def test_a_capital_named_with_its_city_or_of_a_province_is_not_read_as_the_national_capital():
    assert _capitals("Nurses marched in the capital, Nairobi, on Monday.", "KE") == []
    assert _capitals("Nurses marched in the state capital on Monday.", "KE") == []
    assert _capitals("Nurses marched in the capital of Garissa County on Monday.", "KE") == []
    assert _capitals("Nurses marched in the capital on Monday.") == []
    assert _capitals("The court upheld capital punishment for the killers.", "KE") == []


def test_an_event_in_the_capital_is_placed_there_with_its_province():
    events = extract_text("Hundreds of students marched in the capital on Friday to protest fee rises.",
                          document_id="capital-1", country="BJ")
    assert events and events[0].location == "Cotonou" and events[0].admin1 == "Littoral"


def test_an_event_known_only_by_its_country_is_drawn_at_its_seat_of_government_in_no_province():
    location = country_location("KE")
    assert location is not None and location.admin1 is None and location.geo_precision == 3
    assert (round(location.latitude, 1), round(location.longitude, 1)) == (-1.3, 36.8)
    events = extract_text("Teachers went on strike over unpaid allowances.", document_id="capital-2", country="BJ")
    assert events and events[0].admin1 is None and events[0].location == "Benin"
    assert (round(events[0].latitude, 1), round(events[0].longitude, 1)) == (6.4, 2.4)


def test_an_event_known_only_by_its_province_lies_at_the_town_the_province_is_named_after():
    text = "Herders and traders fought over a well somewhere in Mandera County on Tuesday."
    location = locate_event(text, [(0, len(text))], geoparse(text, country_hint="KE"))
    seat = province_seat_point("KE", "Mandera")
    assert location.admin1 == "Mandera" and seat is not None and (location.latitude, location.longitude) == seat
    assert province_seat_point("KE", "Nairobi") is not None


def test_a_province_not_named_after_its_capital_has_its_capital_marked():
    lodwar = [c.place for c in load().lookup("Lodwar") if c.place.country_code == "KE"]
    assert [(p.feature_code, p.admin1, p.source) for p in lodwar] == [("PPLA", "Turkana", "geonames")]
    assert province_seat_point("KE", "Turkana") == (lodwar[0].latitude, lodwar[0].longitude)
    text = "Raiders drove off two hundred goats somewhere in Turkana County on Sunday."
    location = locate_event(text, [(0, len(text))], geoparse(text, country_hint="KE"))
    assert (location.latitude, location.longitude) == (lodwar[0].latitude, lodwar[0].longitude)


def test_a_place_at_the_national_institutions_is_the_seat_of_government():
    """Parliament and the presidential palace sit in the city the country is governed from."""
    events = extract_text("Police fired tear gas at students who had gathered outside parliament on Monday.",
                          document_id="capital-3", country="KE")
    assert events and (events[0].location, events[0].admin1) == ("Nairobi", "Nairobi")
    events = extract_text("Hundreds of nurses rallied outside the Beninese parliament to demand their pay.",
                          document_id="capital-4", country="KE")
    assert events and (events[0].location, events[0].admin1) == ("Porto-Novo", "Oueme")
    events = extract_text("Soldiers opened fire near the presidential palace on Tuesday, killing two.",
                          document_id="capital-5", country="BJ")
    assert events and (events[0].location, events[0].admin1) == ("Cotonou", "Littoral")


def test_a_legislature_that_may_sit_elsewhere_is_not_read_as_the_seat_of_government():
    assert [t.name for t in geoparse("Protesters gathered outside parliament on Monday.", country_hint="KE")] == [
        "Nairobi"]
    for text in ("Protesters gathered outside the regional parliament on Monday.",
                 "Protesters gathered outside the Catalan parliament on Monday.",
                 "Members of parliament debated the budget.",
                 "Protesters gathered outside the parliament of Somaliland on Monday.",
                 "Protesters gathered outside parliament in Mombasa on Monday.",
                 "Protesters gathered in front of the parliament building in Jakarta on Monday."):
        assert "Nairobi" not in [t.name for t in geoparse(text, country_hint="KE")], text
