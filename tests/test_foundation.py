"""The project's promises that every stage relies on: public surface, taxonomy, lazy loading."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

import sitrep
from sitrep import taxonomy
from sitrep.cli import COMMANDS, main
from sitrep.countries import country_by_name, country_of_demonym
from sitrep.schema import Claim, Event, Evidence
from sitrep.weapons import weapon_types


def test_public_api_is_pinned():
    assert sorted(sitrep.__all__) == sorted(
        ["__version__", "extract_text", "extract_documents", "read_documents", "geoparse_text"]
    )


def test_importing_sitrep_loads_no_model():
    code = "import sys, sitrep, sitrep.cli, sitrep.extract; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_taxonomy_has_acled_types_and_subtypes():
    assert len(taxonomy.EVENT_TYPES) == 6
    assert len(taxonomy.ALL_SUB_EVENT_TYPES) == 25
    assert len(taxonomy.ACLED_COLUMNS) == 31
    assert set(taxonomy.CASE2021_LABELS.values()) == set(taxonomy.ALL_SUB_EVENT_TYPES)
    assert taxonomy.disorder_type("Air/drone strike") == "Political violence"
    assert taxonomy.disorder_type("Peaceful protest") == "Demonstrations"
    assert taxonomy.disorder_type("Excessive force against protesters") == "Political violence; Demonstrations"
    assert taxonomy.disorder_type("Arrests") == "Strategic developments"


def test_types_are_enums_spelled_as_acled_and_the_event_type_follows_the_sub_type():
    assert [str(t) for t in taxonomy.EventType] == list(taxonomy.SUB_EVENT_TYPES)
    assert list(taxonomy.SubEventType) == list(taxonomy.ALL_SUB_EVENT_TYPES)
    assert taxonomy.SubEventType.AIR_DRONE_STRIKE == "Air/drone strike"
    assert json.dumps([taxonomy.SubEventType.ATTACK, taxonomy.EventType.RIOTS]) == '["Attack", "Riots"]'
    for event_type, sub_types in taxonomy.SUB_EVENT_TYPES.items():
        for sub_type in sub_types:
            assert taxonomy.event_type_of(sub_type) is event_type
            assert taxonomy.event_type_of(str(sub_type)) is event_type


def test_coded_events_carry_plain_strings_for_their_types():
    """Records leave the pipeline as ACLED's strings, not enum members (Spark, Parquet and pickles read them)."""
    [event] = sitrep.extract_text("Gunmen attacked the village of Kuda in Adamawa State on Monday, killing five "
                                  "farmers, police said.", published="2024-03-06")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert type(event.event_type) is str and type(event.sub_event_type) is str


@pytest.mark.parametrize(
    ("inter1", "inter2", "expected"),
    [(1, 2, 12), (2, 1, 12), (3, None, 30), (None, 7, 70), (7, 1, 17), (None, None, None), (1, 1, 11)],
)
def test_interaction_code(inter1, inter2, expected):
    assert taxonomy.interaction(inter1, inter2) == expected


def test_countries_and_demonyms():
    assert country_by_name("DR Congo").name == "Democratic Republic of Congo"
    assert country_by_name("Iraq").numeric == 368
    assert country_of_demonym("Iraqi").name == "Iraq"
    assert country_of_demonym("Burkinabe").name == "Burkina Faso"
    assert country_of_demonym("U.S.").name == "United States"
    assert country_of_demonym("us") is None


def test_weapon_types():
    text = "Fighters with assault rifles and a heavy machine gun; warplanes and a roadside bomb."
    assert weapon_types(text) == ["small arms", "heavy machine gun", "aircraft", "explosive device"]


def test_event_round_trips_through_dict():
    event = Event(
        event_id="e1",
        document_id="d1",
        event_type="Battles",
        sub_event_type="Armed clash",
        disorder_type="Political violence",
        casualties={"killed": (1, 3), "injured": None, "killed_or_injured": None},
        claims=[Claim("police", "Police Forces of Kenya", killed=(1, 1), text="x", start=0, end=1)],
        evidence=[Evidence("d1", 0, 5, "Shots")],
    )
    data = event.to_dict()
    assert data["casualties"]["killed"] == [1, 3]
    assert Event.from_dict(data) == event


def test_every_command_is_documented_with_an_example():
    runner = CliRunner()
    for verb in sorted(set(COMMANDS)):
        result = runner.invoke(main, [verb, "--help"])
        assert result.exit_code == 0, (verb, result.output)
        assert "Example:" in result.output, verb
