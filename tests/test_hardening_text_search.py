"""`--text` is a literal substring search: % and _ match themselves, the same on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from sitrep.ingest import ingest_events, read_event_lines
from sitrep.store import EventQuery, Store

FIXTURE = str(Path(__file__).parent / "fixtures" / "store" / "multi_source_events.jsonl")
PG_URL = os.environ.get("SITREP_TEST_DATABASE_URL")
QUERIES = ["Tarmiyah", "tarm", "Tar%", "T_rmiyah", "%", "_", "T%", "\\", "Ta", "%%%", "a_b"]


def _counts(store: Store) -> dict[str, int]:
    assert ingest_events(store, read_event_lines(FIXTURE)).failed == 0
    return {text: len(list(store.query(EventQuery(text=text), per_event=True))) for text in QUERIES}


def _check(counts: dict[str, int]) -> None:
    assert counts["Tarmiyah"] == counts["tarm"] > 0
    assert counts["Ta"] >= counts["tarm"]
    assert all(counts[text] == 0 for text in ("Tar%", "T_rmiyah", "%", "_", "T%", "\\", "%%%", "a_b"))


def test_wildcards_are_literal_on_sqlite(tmp_path):
    with Store(str(tmp_path / "t.db")) as store:
        _check(_counts(store))


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="SITREP_TEST_DATABASE_URL is not set")
def test_wildcards_are_literal_on_postgres_and_agree_with_sqlite(tmp_path):
    store = Store(PG_URL, schema=f"sitrep_text_{uuid.uuid4().hex[:10]}")
    try:
        counts = _counts(store)
    finally:
        store.drop()
        store.close()
    _check(counts)
    with Store(str(tmp_path / "t.db")) as lite:
        assert _counts(lite) == counts
