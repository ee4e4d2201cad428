"""People who use a weapon on others are armed, however plainly the text names them ("a man", "two men on a motorbike",
"masked men", "a man in military fatigues", "an unknown assailant", "a group of men armed with rifles"), on short
reports we wrote (tests/fixtures/unnamed_armed_doers.tsv, 125 reports, 53 countries).

ACLED's codebook: an unidentified perpetrator with firearms or explosives is an "Unidentified Armed Group (<country>)";
a lone attacker acting for no named group is still coded so when armed. Shooting at civilians (worshippers, a bar, a
bus, a local official shot dead) is an Attack on civilians; a grenade thrown is Grenade; a bomb planted and set off is
Remote explosive/landmine/IED; an armed group firing on a police post or patrol fights an armed state force, an Armed
clash. Near-misses: a crowd with sticks and stones is rioters (Mob violence); police who shoot a suspect are the actor
1 of an Attack on a civilian. Three kinds are no political violence at all, so no event: one person stabbing another in
a personal quarrel (a land or boundary dispute), a drunk man firing into the air at a wedding (celebratory or reckless
gunfire that harms no one and targets no one is no attack, and no group or political aim is told), and a security guard
shooting a robber (private crime and its repulse; ACLED records private security forces only in political violence).

Columns: id, part (tune, or held: run once after the fixes), country, sub-type ('-': no event), actor 1, actor 2
(UAG: Unidentified Armed Group, CIV: Civilians, POL: Police Forces of, GEN: its Gendarmerie, RIO: Rioters; '-' none).
Each report's surest current event (`seeds.main_event`, what the corpora score) is checked: sub-type, then actors in
order.

First pass (tune part, 100 reports, before any fix): sub-type 90/100, actors 83/100, both 83/100. Misses: a man or
men who threw a grenade were read as civilians (5), men "armed with" pistols or rifles who killed miners or polio
vaccinators gave no event (the victims' trade read as a mining accident or a disease), a motorcycle bomb and a bomb
"planted by men" gave no event (2), a man who stabbed his neighbour in a land quarrel was mob violence (3), and a
security guard who shot a robber was an attack by private security forces (3). Two actor misses were our fixture's
naming, corrected after the first pass: sitrep (as ACLED) names a gendarmerie "Police Forces of Cameroon Gendarmerie"
and the Philippines' police "Police Forces of the Philippines".
After the fixes (`sub_types.ARMED_OR_SHOOTING_AFTER` bombs and grenades, `sub_types.SHOT_WHEN`, `acts.HOSTILE_ACT` arms
and grenades, `crime.DOMESTIC_VIOLENCE` neighbours, `crime.GUARD_REPELS_CRIME`): tune 99/100 on both.
Held-out part (25 reports, run once after the fixes): sub-type 24/25, actors 25/25, both 24/25.
Two reports (a25, a68) were reworded after their run, their coding unchanged, as they shared a common six-word phrase
with a corpus (scripts/check_copied_text.py). Later, the remote-explosive cue through a reduced relative clause
(tests/test_either_of_two_groups.py) coded a66's bomb "planted by men on motorbikes" right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reported import reported
from sitrep.evaluation.acled import actor_key
from sitrep.evaluation.seeds import main_event

COLUMNS = ("id", "part", "country", "sub_type", "actor1", "actor2", "text")
ROWS = {row["id"]: row for row in (dict(zip(COLUMNS, line.split("\t"), strict=True)) for line in
                                   (Path(__file__).parent / "fixtures" / "unnamed_armed_doers.tsv")
                                   .read_text(encoding="utf-8").splitlines() if line.strip())}
ACTOR_NAMES = {"UAG": "Unidentified Armed Group ({})", "CIV": "Civilians ({})", "POL": "Police Forces of {state}",
               "GEN": "Police Forces of {state} Gendarmerie", "RIO": "Rioters ({})", "-": ""}
"""The generic actor each short code of the fixture stands for, in sitrep's (ACLED's) naming: a state's forces take
the country's name with its article ("Police Forces of the Philippines"), groups the bare name in brackets."""
WITH_ARTICLE = {"Philippines"}
"""Countries whose forces ACLED names with 'the'."""

MISSES: dict[str, str] = {
    "a75": "'a police picket' is read as a protest's picket, so shots at it are excessive force against protesters",
}
"""Reports sitrep still codes wrong, with why: strict xfails, to drop when fixed."""


def expected(row: dict[str, str]) -> tuple[str | None, str, str]:
    """The sub-type and the actors (compared as `actor_key`) a careful coder gives the report."""
    return (None if row["sub_type"] == "-" else row["sub_type"],
            actor_key(_named(row["actor1"], row["country"])), actor_key(_named(row["actor2"], row["country"])))


def _named(code: str, country: str) -> str:
    """The actor a fixture code names in a report from `country`."""
    state = f"the {country}" if country in WITH_ARTICLE else country
    return ACTOR_NAMES[code].format(country, state=state)


def coded(row: dict[str, str]) -> tuple[str | None, str, str]:
    """The sub-type and the actors of the report's surest current event, or nothing when there is none."""
    event = main_event(reported(row["text"], row["country"], "2024-06-10"))
    if event is None:
        return (None, "", "")
    return (event.sub_event_type, actor_key(event.actor1), actor_key(event.actor2))


def test_the_reports_are_broad_and_split():
    assert len(ROWS) == 125 and sum(key.startswith("n") for key in ROWS) == 25
    assert len({row["country"] for row in ROWS.values()}) >= 30
    assert sum(row["part"] == "held" for row in ROWS.values()) == 25


@pytest.mark.parametrize("key", [
    pytest.param(key, marks=[pytest.mark.xfail(strict=True, reason=MISSES[key])] if key in MISSES else [], id=key)
    for key in ROWS])
def test_a_report_is_coded_as_a_careful_coder_codes_it(key):
    row = ROWS[key]
    assert coded(row) == expected(row), row["text"]


@pytest.mark.parametrize(("text", "country"), [
    ("A herder was killed near Isiolo on Monday when two men opened fire on him at a water point.", "Kenya"),
    ("Two shopkeepers were wounded in Gao on Friday when a man opened fire on them outside the market.", "Mali"),
    ("A teacher was hurt in Tacloban on Sunday after a man threw a grenade at her house.", "Philippines"),
])
def test_people_who_shoot_in_a_clause_after_the_harm_are_an_armed_group(text, country):
    event = main_event(reported(text, country, "2024-06-10"))
    assert event is not None, text
    assert actor_key(event.actor1) == actor_key(f"Unidentified Armed Group ({country})"), (event.sub_event_type, text)
