"""CSV export is safe to open in a spreadsheet: formulas are neutralised and CR/LF never split a record."""

from __future__ import annotations

import csv
import io

from sitrep.export import csv_columns, csv_line, write_events
from sitrep.schema import Event, SourceRef


def _hostile() -> Event:
    return Event(
        event_id="doc9-0001", document_id="doc9", event_type="Riots", sub_event_type="Mob violence",
        disorder_type="Political violence", actor1="+cmd|' /C calc'!A0", actor2="@SUM(1+1)",
        country="Chad", admin1="-2+3", location="\tTab town", latitude=-12.5, longitude=-3.25,
        fatalities=0, source='=HYPERLINK("http://evil.example","click")',
        sources=[SourceRef("doc9", "=1+1", None, None)],
        notes="first line\rsecond line\nthird, \"quoted\"\r\nlast", confidence=0.5,
    )


def test_formulas_are_prefixed_and_cr_lf_stay_inside_one_quoted_cell():
    out = io.StringIO()
    write_events([_hostile()], "csv", out)
    header, row = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    cells = dict(zip(header, row))
    assert len(row) == len(csv_columns())
    assert cells["source"] == "'=HYPERLINK(\"http://evil.example\",\"click\")"
    assert cells["actor1"].startswith("'+cmd") and cells["actor2"] == "'@SUM(1+1)"
    assert cells["admin1"] == "'-2+3" and cells["location"] == "'\tTab town"
    assert cells["notes"] == "first line\rsecond line\nthird, \"quoted\"\r\nlast"
    assert cells["latitude"] == "-12.5" and cells["longitude"] == "-3.25"


def test_a_bare_carriage_return_is_quoted():
    assert csv_line(["a\rb", "c"]) == '"a\rb",c\n'
    assert csv_line(["plain", 3, None, -1.5]) == "plain,3,,-1.5\n"
