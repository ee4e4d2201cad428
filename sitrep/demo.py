"""Show a JSONL file of events as a table: what `make demo` prints after coding the examples."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table


def main(path: str) -> None:
    """Print one row per event: article, date, type, actors, place, deaths, confidence."""
    with open(path, encoding="utf-8") as handle:
        events = [json.loads(line) for line in handle if line.strip()]
    table = Table(title=f"{len(events)} events coded from examples/articles (full records in {path})")
    for column in ("article", "date", "what", "who", "where", "deaths", "conf"):
        table.add_column(column, overflow="fold")
    for event in events:
        who = " vs ".join(a for a in (event.get("actor1"), event.get("actor2")) if a)
        where = ", ".join(p for p in (event.get("location"), event.get("admin1")) if p)
        table.add_row(
            Path(event["document_id"]).name[:14],
            (event.get("event_date") or "undated") + (" (history)" if event.get("is_background") else ""),
            event["sub_event_type"],
            who,
            where,
            str(event.get("fatalities", 0)),
            f"{event.get('confidence', 0):.2f}",
        )
    Console().print(table)


if __name__ == "__main__":
    main(sys.argv[1])
