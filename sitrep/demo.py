"""Show a JSONL file of events as a table: what `make demo` prints after coding the examples."""

from __future__ import annotations

import json
import sys

from rich.console import Console
from rich.table import Table


def main(path: str) -> None:
    """Print one row per event: date, type, actors, place, deaths, confidence, document."""
    with open(path, encoding="utf-8") as handle:
        events = [json.loads(line) for line in handle if line.strip()]
    table = Table(title=f"{len(events)} events coded from examples/articles (full records in {path})")
    for column in ("date", "sub_event_type", "actor1", "actor2", "location", "admin1", "deaths", "bg", "conf", "document"):
        table.add_column(column, overflow="fold")
    for event in events:
        table.add_row(
            event.get("event_date") or "?",
            event["sub_event_type"],
            event.get("actor1") or "",
            event.get("actor2") or "",
            event.get("location") or "",
            event.get("admin1") or "",
            str(event.get("fatalities", 0)),
            "yes" if event.get("is_background") else "",
            f"{event.get('confidence', 0):.2f}",
            event["document_id"].rsplit("/", 1)[-1],
        )
    Console().print(table)


if __name__ == "__main__":
    main(sys.argv[1])
