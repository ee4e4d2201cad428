"""The events sitrep reports as news from a sentence we wrote: `extract_text` with history and context left out.
Shared by the test modules that check what one sentence is coded as, so each states only its country and date."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

from sitrep.api import extract_text
from sitrep.evaluation.seeds import main_event
from sitrep.schema import Event


def reported(text: str, country: str | None = None, published: str | None = None) -> list[Event]:
    """The current events of `text` (`is_background` ones left out), in text order."""
    return [event for event in extract_text(text, country=country, published=published) if not event.is_background]


def first_reported(text: str, country: str | None = None, published: str | None = None) -> Event:
    """The first current event of `text`; the test fails, naming the text, when there is none."""
    events = reported(text, country, published)
    assert events, text
    return events[0]


def only_reported(text: str, country: str | None = None, published: str | None = None) -> Event:
    """The one current event of `text`; the test fails, listing what was coded, when there are more or none."""
    events = reported(text, country, published)
    assert len(events) == 1, [(e.sub_event_type, e.actor1, e.actor2) for e in events]
    return events[0]


def reported_sub_types(text: str) -> list[str | None]:
    """The sub-types of the current events of `text`: what a sentence of no event must leave empty."""
    return [event.sub_event_type for event in reported(text)]


def surest_reported(text: str, country: str | None = None, published: str | None = None) -> Event:
    """The current event of `text` sitrep is surest of (`seeds.main_event`, what the corpora score); the test fails,
    naming the text, when there is none."""
    event = main_event(reported(text, country, published))
    assert event is not None, text
    return event


def codes_an_accepted_sub_type(sub_types: list[str | None], accepted: str) -> bool:
    """Whether a near miss is coded as an event: some event is, and where sub-types are given (';'-separated) one of
    them is among those coded."""
    return bool(sub_types) and (not accepted or bool(set(accepted.split(";")) & set(sub_types)))


def fixture_rows(fixture: Path) -> list[list[str]]:
    """The tab-separated rows of a fixture of reports we wrote, its '#' comment lines left out."""
    with fixture.open(encoding="utf-8") as lines:
        return list(csv.reader((line for line in lines if not line.startswith("#")), delimiter="\t"))


def batched_items(fixture: Path) -> list[tuple[str, str, str, str]]:
    """(batch, category, text, reason it still fires or '') for each line of a fixture of non-events written in batches
    ('# Batch X' comment lines open each batch; the first is A): the held-out batches are run once, for their figure."""
    items = []
    batch = "A"
    for line in fixture.read_text(encoding="utf-8").splitlines():
        if line.startswith("# Batch "):
            batch = line[len("# Batch ")]
        if line.strip() and not line.startswith("#"):
            category, text, *reason = line.split("\t")
            items.append((batch, category, text, reason[0] if reason else ""))
    return items


def batched_params(items: list[tuple[str, str, str, str]]) -> list:
    """One pytest case (batch, category, text) per item of `batched_items`, a strict xfail with its reason where the
    item still fires."""
    return [pytest.param(batch, category, text, marks=pytest.mark.xfail(strict=True, reason=reason) if reason else ())
            for batch, category, text, reason in items]


def non_event_tests(non_events: list[tuple[str, str, str, str]],
                    near_misses: list[tuple[str, str, str, str]]) -> dict[str, Callable[..., None]]:
    """The two tests of a batch of unseen non-events and near misses (`batched_items`), for a module's globals: each
    non-event is coded as no current event, and each near miss as some event, of an accepted sub-type where given."""

    @pytest.mark.parametrize("batch,category,text", batched_params(non_events))
    def test_non_event_tells_no_event(batch: str, category: str, text: str) -> None:
        """A statement, plan, court case, count, accident, crime or memory told in the words of conflict is no event."""
        assert reported_sub_types(text) == []

    @pytest.mark.parametrize("batch,accepted,text", batched_params(near_misses))
    def test_near_miss_stays_an_event_of_its_sub_type(batch: str, accepted: str, text: str) -> None:
        """The text tells an act: some event is coded, and one of the accepted sub-types is among them."""
        sub_types = reported_sub_types(text)
        assert codes_an_accepted_sub_type(sub_types, accepted), sub_types

    return {"test_non_event_tells_no_event": test_non_event_tells_no_event,
            "test_near_miss_stays_an_event_of_its_sub_type": test_near_miss_stays_an_event_of_its_sub_type}
