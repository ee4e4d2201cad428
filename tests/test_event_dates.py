"""The event date and ACLED time_precision of the main current event of short reports we wrote (issue #10).

tests/fixtures/event_dates.tsv holds 110 reports of our own from 40 countries, each with its publication date and the
date a careful ACLED coder gives (as the earliest and latest acceptable day: "overnight" in a morning paper may be
either night's date, "last week" any day of it) and the time_precision(s) accepted. They exercise weekday names
relative to publication, night and dawn phrasings, yesterday/last night/overnight, "two days ago", "earlier this
week" and "last week" (precision 2), "last month" and a named month (3), "mid-November", written-out dates in several
formats, statements and claims made days after the event, anniversaries and recalled attacks, and reports with no
date at all (ACLED: the publication date, precision 2).

First pass (80 `run` reports, before any fix; written and run once): date right 74/80, time_precision right 75/80
(4 reports gave no event at all; 'late Sunday, residents told reporters on Wednesday' was dated to the telling;
'on Friday last week' in a Friday paper to the paper's day; 'mid-November' got precision 3; 'on Saturday, three
months after the war began on April 15' was dated to April 15 and left out as history).
After the fixes: date right 77/80, time_precision right 77/80 (the rest are KNOWN_MISSES); after task recall3's
cues for plain hostile acts (tests/test_hostile_acts.py), the three `run` reports that gave no event give one with
its right date and precision.
Held out (30 `held` reports in other phrasings, run once after the fixes): date right 28/30, time_precision right
28/30.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.dates import find_dates
from sitrep.extract import SPOKEN_ON
from tests.reported import surest_reported

FIXTURE = Path(__file__).parent / "fixtures" / "event_dates.tsv"


def _rows() -> list[tuple[str, ...]]:
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]


ROWS = _rows()

NO_EVENT = "no event is found at all (event detection, not the date: left to classify/relevance)"

KNOWN_MISSES: dict[str, str] = {
    "h05": NO_EVENT,
    "d48": "'in mid-November' is coded as the whole month, precision 3 (tests/test_dates.py's reading); a part of a "
           "month is arguably precision 2 as a week is: left for the lead to settle against the codebook",
    "h04": "'during the night' in a report of the next day is not read as a date: the event gets the undated "
           "convention (publication date, precision 2)",
    "h08": "'the military blamed ... in a statement on Sunday': 'blamed' is not among the verbs whose day is the "
           "telling's (SPOKEN_ON), so the event takes the statement's day",
}
"""Reports sitrep still dates wrongly, by id, with the reason (strict xfail)."""


@pytest.mark.parametrize(("phrase", "published", "day"), [
    ("on Friday last week", dt.date(2024, 5, 3), dt.date(2024, 4, 26)),
    ("on Thursday of last week", dt.date(2023, 7, 19), dt.date(2023, 7, 13)),
    ("late on Tuesday last week", dt.date(2024, 6, 19), dt.date(2024, 6, 11)),
    ("on Monday", dt.date(2024, 6, 17), dt.date(2024, 6, 17)),
])
def test_weekday_of_last_week_is_in_the_week_before_publication(phrase, published, day) -> None:
    """A weekday qualified by 'last week' lies in the calendar week before the paper's, even on its own weekday."""
    (mention,) = find_dates(f"Gunmen attacked the post {phrase}.", published)
    assert (mention.date_start, mention.precision) == (day, 1)


@pytest.mark.parametrize(("before", "spoken"), [
    ("residents told reporters ", True),
    ("a nurse told AFP ", True),
    ("the army said in a statement ", True),
    ("two men were said to have died ", False),
    ("he told him the attack happened ", False),
])
def test_day_of_a_telling_is_left_out(before, spoken) -> None:
    """A day right after a verb of saying and its listener is the telling's; 'said to have died on' is the death's."""
    assert bool(SPOKEN_ON.search(before)) is spoken


def _cases(split: str) -> list:
    return [pytest.param(*row[2:], id=row[0], marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[row[0]])]
                         if row[0] in KNOWN_MISSES else [])
            for row in ROWS if row[1] == split]


def _check(published: str, country: str, low: str, high: str, precisions: str, text: str) -> None:
    event = surest_reported(text, country, published)
    assert low <= (event.event_date or "") <= high, (event.event_date, text)
    assert str(event.time_precision) in precisions.split("/"), (event.time_precision, text)


def test_fixture_is_the_batch_we_wrote() -> None:
    assert len(ROWS) == 110
    assert sum(row[1] == "held" for row in ROWS) == 30
    assert len({row[3] for row in ROWS}) >= 30


@pytest.mark.parametrize(("published", "country", "low", "high", "precisions", "text"), _cases("run"))
def test_event_date_of_the_main_event(published, country, low, high, precisions, text) -> None:
    _check(published, country, low, high, precisions, text)


@pytest.mark.parametrize(("published", "country", "low", "high", "precisions", "text"), _cases("held"))
def test_event_date_held_out(published, country, low, high, precisions, text) -> None:
    _check(published, country, low, high, precisions, text)
