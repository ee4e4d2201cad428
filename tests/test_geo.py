"""The geoparser on our own articles: golden toponyms, ambiguous names by context, event locations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.commands.geoparse import TOPONYM_FIELDS
from sitrep.geo import geoparse, locate_event

FIXTURES = Path(__file__).parent / "fixtures" / "geo"
ARTICLES = sorted(p.stem for p in FIXTURES.glob("*.txt"))
GOLDEN_FIELDS = ("start", "end", "text", "name", "country", "admin1", "feature_code", "kind")


def _article(name: str) -> str:
    return (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def parsed() -> dict[str, list]:
    return {name: geoparse(_article(name)) for name in ARTICLES}


@pytest.mark.parametrize("name", ARTICLES)
def test_golden_toponyms(parsed, name):
    golden = json.loads((FIXTURES / f"{name}.toponyms.json").read_text(encoding="utf-8"))
    found = [{f: getattr(t, f) for f in GOLDEN_FIELDS} for t in parsed[name]]
    assert found == golden


@pytest.mark.parametrize("name", ARTICLES)
def test_spans_point_into_the_text(parsed, name):
    text = _article(name)
    assert all(text[t.start:t.end] == t.text for t in parsed[name])


def _resolved(parsed, article: str, surface: str) -> set[tuple[str, str]]:
    return {(t.name, t.country) for t in parsed[article] if t.text == surface}


@pytest.mark.parametrize(
    ("article", "surface", "expected"),
    [("tripoli_libya", "Tripoli", ("Tripoli", "Libya")), ("tripoli_lebanon", "Tripoli", ("Tripoli", "Lebanon")),
     ("palmyra_syria", "Palmyra", ("Tadmur", "Syria")), ("palmyra_us", "Palmyra", ("Palmyra", "United States")),
     ("hit_iraq", "Hit", ("Hit", "Iraq"))],
)
def test_ambiguous_names_resolve_by_context(parsed, article, surface, expected):
    assert _resolved(parsed, article, surface) == {expected}


def test_words_and_units_are_not_places(parsed):
    texts = {t.text for t in parsed["anbar_attack"]}
    assert not texts & {"Kill", "We", "Media Cell", "Media", "Cell", "Gunmen", "Two"}
    assert [t.text for t in parsed["hit_iraq"]].count("Hit") == 1


def test_demonyms_resolve_to_their_country(parsed):
    demonyms = [(t.text, t.country, t.iso) for t in parsed["anbar_attack"] if t.kind == "demonym"]
    assert demonyms == [("Iraqi", "Iraq", 368)]


def test_regions_limit_the_search():
    text = _article("tripoli_lebanon")
    end = text.index("The northern city")
    assert {t.text for t in geoparse(text, regions=[(0, end)])} == {"Tripoli", "Lebanese"}


def test_an_unknown_name_affects_only_itself():
    text = "Fighting was reported in Qzxvorabad and in Kirkuk on Monday, officials in Iraq said."
    assert [(t.text, t.country) for t in geoparse(text)] == [("Kirkuk", "Iraq"), ("Iraq", "Iraq")]


def test_empty_text_has_no_toponyms():
    assert geoparse("") == []


def _sentence(text: str, start_phrase: str) -> list[tuple[int, int]]:
    start = text.index(start_phrase)
    return [(start, text.index(".", start) + 1)]


def test_event_near_a_town_is_coded_to_the_town_with_precision_2(parsed):
    text = _article("anbar_attack")
    location = locate_event(text, _sentence(text, "Militants attacked"), parsed["anbar_attack"])
    assert location.evidence.text == "Rutba"
    assert (location.location, location.geo_precision, location.country, location.iso, location.admin1) == \
        ("Rutba", 2, "Iraq", 368, "Al Anbar")
    assert round(location.latitude, 1) == 33.0 and round(location.longitude, 1) == 40.3


def test_event_in_a_town_has_precision_1(parsed):
    text = _article("tripoli_lebanon")
    location = locate_event(text, _sentence(text, "A grenade"), parsed["tripoli_lebanon"])
    assert (location.location, location.geo_precision, location.country, location.admin1) == ("Tripoli", 1, "Lebanon", "North")


def test_event_in_part_of_a_province_is_coded_to_that_part_with_precision_2():
    text = "Army helicopters struck a hideout near the 150 km marker deep in Anbar's desert, the ministry said."
    location = locate_event(text, [(0, len(text))], geoparse(text))
    assert (location.location, location.admin1, location.country, location.geo_precision) == ("Anbar desert", "Al Anbar", "Iraq", 2)


def test_event_in_the_west_of_a_province_is_coded_to_the_province_with_precision_2():
    text = "Coalition jets destroyed a camp in the west of Anbar on Monday."
    location = locate_event(text, [(0, len(text))], geoparse(text))
    assert (location.admin1, location.country, location.geo_precision) == ("Al Anbar", "Iraq", 2)


def test_palmyra_is_tadmur_only_with_a_syrian_context():
    assert [(t.name, t.country) for t in geoparse("Syrian troops entered Palmyra.") if t.text == "Palmyra"] == [("Tadmur", "Syria")]
    assert [t.country for t in geoparse("Fighting was reported near Palmyra.")] == ["United States"]


def test_event_without_a_place_falls_back_to_the_article_main_place(parsed):
    text = _article("palmyra_syria")
    location = locate_event(text, [(len(text), len(text))], parsed["palmyra_syria"])
    assert (location.location, location.country, location.geo_precision) == ("Palmyra", "Syria", 2)


def test_event_with_no_places_at_all_has_no_location():
    assert locate_event("Nothing happened.", [(0, 17)], []) is None


def test_geoparse_command_prints_one_line_per_document():
    result = CliRunner().invoke(main, ["geoparse", str(FIXTURES / "hit_iraq.txt")])
    assert result.exit_code == 0, result.output
    line = json.loads(result.output.strip().splitlines()[-1])
    assert set(line) == {"document_id", "toponyms"}
    assert set(line["toponyms"][0]) == set(TOPONYM_FIELDS)
    assert line["toponyms"][0]["name"] == "Hit"


def test_event_prefers_where_it_happened_over_where_attackers_came_from():
    text = "Militants from Qaim attacked an army post in Rawa on Monday, officials in Iraq said."
    location = locate_event(text, [(0, len(text))], geoparse(text))
    assert (location.location, location.geo_precision, location.admin1) == ("Rawa", 1, "Al Anbar")


def test_event_in_a_whole_province_has_precision_3():
    text = "Clashes were reported across Kirkuk province on Monday, police said."
    location = locate_event(text, [(0, len(text))], geoparse(text))
    assert (location.location, location.geo_precision, location.country) == ("Kirkuk", 3, "Iraq")


def test_geoparse_rejects_what_is_not_text():
    from sitrep.errors import InputError

    with pytest.raises(InputError):
        geoparse(None)


def test_geoparse_command_reports_unreadable_documents_and_goes_on(tmp_path):
    result = CliRunner().invoke(main, ["geoparse", str(tmp_path / "missing.txt"), str(FIXTURES / "hit_iraq.txt")])
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1 and lines[0]["toponyms"][0]["text"] == "Hit"


@pytest.mark.parametrize(("text", "country", "word"), [
    ("Maasai herders protested on Monday demanding that the road be reopened.", "KE", "Maasai"),
    ("Turkana raiders drove away 300 goats on Friday.", "KE", "Turkana"),
    ("Fulani herdsmen crossed the river with their cattle.", "BJ", "Fulani"),
])
def test_an_ethnic_name_before_a_word_for_its_people_is_no_place(text, country, word):
    assert word not in [t.text for t in geoparse(text, country_hint=country)]


@pytest.mark.parametrize(("text", "country", "name"), [
    ("Traders protested after robbers killed two men in Kibuye market.", "KE", "Kibuye"),
    ("Fishermen protested on Monday at Kibuye landing site.", "UG", "Kibuye"),
])
def test_a_foreign_town_nothing_points_to_stays_unresolved_in_a_one_country_report(text, country, name):
    assert [t.country for t in geoparse(text, country_hint=country) if t.text == name] in ([], [None])
    assert [t.country for t in geoparse(f"{text} Rwanda and Malaysia sent condolences.", country_hint=country)
            if t.text == name] not in ([], [None])


@pytest.mark.parametrize(("text", "country", "area", "admin1"), [
    ("Students formed a human chain in Chandpur town (Chandpur Sadar, Chittagong) on Sunday.", "BD", "Chittagong",
     "Chittagong"),
    ("Traders marched in Naivasha town (Naivasha East, Nakuru) on Monday.", "KE", "Nakuru", "Nakuru"),
    ("Fighters attacked a checkpoint near Hit (Heet district, Anbar) on Friday.", "IQ", "Anbar", "Al Anbar"),
])
def test_a_name_closing_a_bracket_of_areas_after_a_place_is_the_province(text, country, area, admin1):
    found = next(t for t in geoparse(text, country_hint=country) if t.text == area)
    assert (found.feature_code, found.admin1) == ("ADM1", admin1)


def test_a_foreign_district_nothing_points_to_stays_unresolved_in_a_one_country_report():
    text = "Party members clashed with police in Fatehpur union, Sadar upazila (Jessore, Khulna) on Monday."
    assert [t.country for t in geoparse(text, country_hint="BD") if t.text == "Fatehpur"] in ([], [None])
