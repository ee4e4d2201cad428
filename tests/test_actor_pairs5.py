"""Who did it to whom, in order, on 160 short reports we wrote (tests/fixtures/actor_pairs5.tsv, 48 countries) before
running sitrep on any of them, in shapes the earlier batches lack: the deed as a noun ("an attack by X on Y", "X's
assault on Y", "the killing of Y by X", "a raid on Y by X"), headlines, appositions, coordinated doers or targets,
"clashes between X and Y", "fighting pitted X against Y", "X was blamed for", "targeting Y", "allegedly by X",
participles on the victims, "left N dead", a pronoun doer after the named side, a weapon as the subject ("a bomb
planted by X killed Y"), and 30 near misses (two sides named and no violent act, which must give no event, or a deed
of one side only). Actor 1 must be the doer and actor 2 the side acted on (ACLED's order), under
`sitrep.evaluation.acled.actor_key`.

FIRST_PASS

What stays wrong is a strict xfail with its reason (KNOWN_MISSES, SUB_TYPE_MISSES)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reported import reported, surest_reported
from sitrep.evaluation.acled import actor_key

FIXTURE = Path(__file__).parent / "fixtures" / "actor_pairs5.tsv"

NO_EVENT = "-"
"""The actor and sub-type columns of a near miss that tells no violent act: sitrep must report no event."""


def _rows() -> list[tuple[str, ...]]:
    """(id, part, country, shape, text, actor1, actor2, sub-type) for each report of the fixture."""
    return [tuple(line.split("\t")) for line in FIXTURE.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


KNOWN_MISSES: dict[str, str] = {
}
"""Report id -> why sitrep still codes another ordered pair (or an event where there is none)."""

SUB_TYPE_MISSES: dict[str, str] = {
}
"""Report id -> why sitrep still codes another sub-type."""


def _params(misses: dict[str, str], events: bool) -> list:
    """One pytest case per report that tells an event (`events`) or tells none, a strict xfail with its reason where it
    is still missed."""
    return [pytest.param(country, text, actor1, actor2, sub_type, id=id_,
                         marks=[pytest.mark.xfail(strict=True, reason=misses[id_])] if id_ in misses else [])
            for id_, _part, country, _shape, text, actor1, actor2, sub_type in _rows()
            if (sub_type != NO_EVENT) == events]


def test_fixture_has_120_tune_and_40_held_reports_in_45_countries_with_30_near_misses():
    rows = _rows()
    assert sum(row[1] == "tune" for row in rows) == 120
    assert sum(row[1] == "held" for row in rows) == 40
    assert len({row[2] for row in rows}) >= 45
    assert sum(row[3] == "near" for row in rows) == 30


@pytest.mark.parametrize(("country", "text", "actor1", "actor2", "sub_type"), _params(KNOWN_MISSES, True))
def test_doer_is_actor1_and_target_actor2(country: str, text: str, actor1: str, actor2: str, sub_type: str):
    event = surest_reported(text, country, "2024-05-01")
    assert (actor_key(event.actor1), actor_key(event.actor2)) == (actor_key(actor1), actor_key(actor2))


@pytest.mark.parametrize(("country", "text", "actor1", "actor2", "sub_type"), _params(SUB_TYPE_MISSES, True))
def test_sub_type(country: str, text: str, actor1: str, actor2: str, sub_type: str):
    assert surest_reported(text, country, "2024-05-01").sub_event_type == sub_type


@pytest.mark.parametrize(("country", "text", "actor1", "actor2", "sub_type"), _params(KNOWN_MISSES, False))
def test_two_sides_and_no_violent_act_is_no_event(country: str, text: str, actor1: str, actor2: str, sub_type: str):
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in reported(text, country, "2024-05-01")] == []
