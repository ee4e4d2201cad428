"""One incident told more than once is one event; two incidents are two (tests/fixtures/one_incident.tsv, issue #10).

Whole reports tell an incident several times: a lead and its retelling lower down in other words, a toll update ("the
number killed in the assault rose to nine"), the attacker named in a later sentence, a witness's or an official's
quotation describing it, a claim of responsibility on a later day, the victims' funeral, each side of a clash telling
its own version. ACLED codes one event per incident, so each such report must give exactly one current event, of the
sub-type a careful coder gives; a report of two distinct incidents (other places, other days, other sub-types, "in a
separate attack") must give two. The reports were written before sitrep was run on any of them; 20 (held = yes) were
held out and run only once, after the fixes of the round that wrote them.

First pass (the 80 reports not held out, before any fix): of 50 one-incident reports 43 gave one event (7 gave two:
a toll update dated the day it was told, "the number killed in the assault had risen to nine" and "the toll of the
assault rose to eight ... on Sunday", a claim of responsibility on a later day read as an attack of its own, the
victims' burial, "the clashes ... ended early on Tuesday" read as a riot, homes burned in the attack told with the
attacker's name read as property destruction), 42 with the coder's sub-type; all 30 two-incident reports gave two
events, 24 with the coder's sub-types. One coding was corrected after the first pass (t35: a town seized after the
troops withdrew is a non-violent transfer of territory under the codebook, as sitrep had it). Seven reports were
reworded after it where a common six-word run happened to match corpus text (scripts/check_copied_text.py); the
facts and sitrep's output on them are unchanged.

After this round's rules (a sentence naming the incident just told by a definite noun and telling only what
followed it, on a later day, joins it: `grouping._retold_later`; property destroyed in the course of a violent event
on its day and at its place, and a side named in one telling and left unidentified in another, are one event:
`extract._same_incident`): one-incident reports 50 of 50 give one event (49 with the coder's sub-type), two-incident
reports 30 of 30 give two (25 with the coder's sub-types).

Held out (20 reports, run once after the fixes): one-incident 9 of 10 give one event (8 with the coder's sub-type;
"launched the strike on its positions" is read as a labour strike); two-incident 10 of 10 give two (7 with the
coder's sub-types, 8 once t24 was corrected as t35 was: Fano fighters took a town after federal troops withdrew).
Later, the remote-explosive cue through a reduced relative clause (tests/test_either_of_two_groups.py) coded t16's and
t31's bombs right.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from reported import reported
from sitrep.taxonomy import ALL_SUB_EVENT_TYPES

FIXTURE = Path(__file__).parent / "fixtures" / "one_incident.tsv"
COLUMNS = ("id", "country", "published", "held", "kind", "sub_types", "report")
ROWS = {row["id"]: row for row in (dict(zip(COLUMNS, line.split("\t"), strict=True))
                                   for line in FIXTURE.read_text(encoding="utf-8").splitlines()
                                   if line.strip() and not line.startswith("#"))}


@cache
def coded(report_id: str) -> tuple[str | None, ...]:
    """The sorted sub-types of the current events sitrep codes from one report (paragraph marks made breaks)."""
    row = ROWS[report_id]
    text = row["report"].replace(" ¶ ", "\n\n")
    return tuple(sorted((e.sub_event_type or "" for e in reported(text, row["country"], row["published"]))))


def expected(report_id: str) -> tuple[str, ...]:
    """The sorted sub-types a careful coder gives the report's incidents."""
    return tuple(sorted(ROWS[report_id]["sub_types"].split(" + ")))


KNOWN_MISSES: dict[tuple[str, str], str] = {}
"""(report id, 'count' or 'sub_types') -> why sitrep misses it today."""


def _miss(reason: str, *cases: str) -> None:
    for case in cases:
        report, check = case.split(":")
        KNOWN_MISSES[(report, check)] = reason


_miss("sub-type: police who shot dead traffickers in a raid the gang fought back are coded as an attack",
      "o31:sub_types")
_miss("sub-type: a bomb in a mosque told after a shooting two days before is read as a second attack",
      "t09:sub_types")
_miss("sub-type: workers blocking a highway, dispersed with rubber bullets, are coded as a violent demonstration",
      "t19:sub_types")
_miss("sub-type: police who killed suspects in a raid are coded as an attack, not a clash", "t29:sub_types")
_miss("sub-type: a prison guard shot at home is coded as a clash with the state's forces", "t30:sub_types")
_miss("count: 'launched the strike on its positions', said of a drone strike, is read as a labour strike",
      "o54:count", "o54:sub_types")
_miss("sub-type: gangs that attacked a town, killing people and freeing prisoners, are coded as a clash",
      "o30:sub_types")
_miss("sub-type: an ambush on volunteer fighters (armed, pro-government) is coded as an attack on civilians",
      "t04:sub_types")


def _cases(check: str) -> list:
    return [pytest.param(report_id, id=f"{report_id}:{check}",
                         marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[(report_id, check)])]
                         if (report_id, check) in KNOWN_MISSES else []) for report_id in ROWS]


def test_the_reports_are_well_formed_and_broad():
    ones = [row for row in ROWS.values() if row["id"].startswith("o")]
    twos = [row for row in ROWS.values() if row["id"].startswith("t")]
    assert len(ones) == 60 and len(twos) == 40
    assert all(len(expected(row["id"])) == 1 for row in ones) and all(len(expected(row["id"])) == 2 for row in twos)
    assert sum(row["held"] == "yes" for row in ones) == 10 and sum(row["held"] == "yes" for row in twos) == 10
    assert len({row["country"] for row in ROWS.values()}) >= 20
    assert {s for row in ROWS.values() for s in expected(row["id"])} <= {str(s) for s in ALL_SUB_EVENT_TYPES}


def test_every_known_miss_names_a_report():
    assert {report for report, _ in KNOWN_MISSES} <= set(ROWS)


@pytest.mark.parametrize("report_id", _cases("count"))
def test_one_incident_is_one_event_and_two_are_two(report_id):
    assert len(coded(report_id)) == len(expected(report_id)), coded(report_id)


@pytest.mark.parametrize("report_id", _cases("sub_types"))
def test_the_events_have_the_coders_sub_types(report_id):
    assert coded(report_id) == expected(report_id)


# --- the rules, tried on sentences of other places and wording --------------------------------------------------------


@pytest.mark.parametrize(("country", "text"), [
    ("ML", "Gunmen killed five traders at the cattle market in Niono on Sunday, a local official said.\n\n"
           "On Tuesday the toll of the attack rose to eight as three wounded men died, the official said."),
    ("NG", "Insurgents killed four fishermen near Baga on Sunday, residents said.\n\n"
           "The Islamic State West Africa Province claimed responsibility for the killings on Monday."),
    ("CD", "Rebels killed nine villagers in Kalunguta on Saturday, the army said.\n\n"
           "The victims of the Kalunguta massacre were buried on Monday."),
    ("SO", "Fighting between clan militias near Galkayo on Sunday night killed six people, elders said.\n\n"
           "The clashes ended on Monday morning after elders intervened."),
])
def test_what_followed_an_incident_told_on_a_later_day_is_no_second_event(country, text):
    events = reported(text, country, "2025-03-12")
    assert len(events) == 1 and events[0].event_date < "2025-03-10", [(e.sub_event_type, e.event_date) for e in events]


def test_homes_burned_in_an_attack_are_part_of_the_attack():
    text = ("Insurgents killed two villagers in Mueda on Saturday, local sources said.\n\n"
            "The attackers also burned a dozen houses in Mueda before fleeing, the sources said.")
    assert [e.sub_event_type for e in reported(text, "MZ", "2025-03-12")] == ["Attack"]


@pytest.mark.parametrize(("country", "text", "sub_types"), [
    ("NG", "Gunmen killed four farmers in Bokkos on Sunday, police said.\n\nOn Tuesday, gunmen killed three more "
           "farmers in the same area after the attack, residents said.", ["Attack", "Attack"]),
    ("BF", "Jihadists killed eight civilians in Djibo on Saturday, a security source said.\n\nOn Monday, jihadists "
           "burned a school in Arbinda, a teacher said.", ["Attack", "Looting/property destruction"]),
    ("NG", "Gunmen killed six villagers in Dansadau on Sunday.\n\nThe death toll from the raid rose to ten on Monday."
           "\n\nOn Tuesday, gunmen killed two herders in Maru, police said.", ["Attack", "Attack"]),
    ("KE", "Bandits shot dead two herders in Tiaty on Monday, police said.\n\nBandits also burned a school in Tiaty "
           "on Wednesday.", ["Attack", "Looting/property destruction"]),
])
def test_a_new_act_on_another_day_or_at_another_place_stays_a_second_event(country, text, sub_types):
    assert [e.sub_event_type for e in reported(text, country, "2025-03-12")] == sub_types
