"""Event typing on short reports we wrote in ACLED-note and wire style across many countries: the codebook's lines
between battles and violence against civilians, riots and protests, and strategic developments (fixtures/typing_reports.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.api import extract_text

REPORTS = [line.split("\t") for line in
           (Path(__file__).parent / "fixtures" / "typing_reports.tsv").read_text(encoding="utf-8").splitlines()
           if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize(("expected", "country", "text"), REPORTS, ids=[row[2][:40] for row in REPORTS])
def test_reports_get_the_codebook_sub_type(expected, country, text):
    """The main (most confident) current event's sub-type, or '-' when the report tells no event."""
    events = [event for event in extract_text(text, country=country) if not event.is_background]
    main = max(events, key=lambda event: event.confidence) if events else None
    assert (main.sub_event_type if main else "-") == expected, [(e.sub_event_type, e.actor1, e.actor2) for e in events]
