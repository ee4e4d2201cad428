"""`sitrep actors` list, search and check, run through click as a user would."""

from __future__ import annotations

from click.testing import CliRunner

from sitrep.cli import main


def run(*args: str):
    return CliRunner().invoke(main, ["actors", *args])


def test_list_filters_by_country_and_inter():
    result = run("list", "--country", "Iraq", "--inter", "3")
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.output.splitlines() if "\t" in line]
    assert "Badr Organization" in {row[0] for row in rows}
    assert {row[1] for row in rows} == {"3"} and {row[2] for row in rows} == {"Iraq"}


def test_list_counts_six_hundred_actors_with_every_countrys_state_forces():
    result = run("list")
    rows = [line.split("\t") for line in result.output.splitlines() if "\t" in line]
    assert len(rows) >= 600
    assert {"Military Forces of Kenya", "Police Forces of Kenya", "Hayat Tahrir al Sham"} <= {row[0] for row in rows}


def test_list_rejects_an_unknown_country():
    result = run("list", "--country", "Atlantis")
    assert result.exit_code != 0 and "Atlantis" in result.output


def test_search_says_which_alias_matched():
    result = run("search", "Hashd al-Shaabi fighters and Turkish drones hit ISIL cells", "--country", "Iraq")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any("Popular Mobilization Forces" in line and "alias 'Hashd al-Shaabi'" in line for line in lines)
    assert any("Military Forces of Turkey" in line and "generic role" in line for line in lines)
    assert any("Islamic State" in line and "alias 'ISIL'" in line for line in lines)


def test_check_reports_overrides_and_bad_files(tmp_path):
    good = tmp_path / "mine.csv"
    good.write_text("name,inter,country,kind,aliases\nLocal Defence Group,4,Kenya,group,LDG|HTS\n", encoding="utf-8")
    result = run("check", str(good))
    assert result.exit_code == 0, result.output
    assert "1 entries, 2 aliases" in result.output and "overrides 'HTS'" in result.output
    bad = tmp_path / "bad.csv"
    bad.write_text("name,inter,country,kind,aliases\nX,9,,group,X\n", encoding="utf-8")
    assert run("check", str(bad)).exit_code != 0


def test_check_refuses_control_characters(tmp_path):
    sneaky = tmp_path / "sneaky.csv"
    sneaky.write_text("name,inter,country,kind,aliases\nGroup \x1b[31mRed,2,,group,Red Group\n", encoding="utf-8")
    result = run("check", str(sneaky))
    assert result.exit_code != 0 and "control characters" in result.output
