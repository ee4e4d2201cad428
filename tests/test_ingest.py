"""Ingest: content-hash ids, idempotence, order independence, dead letters, feeds and URLs, kill -9 safety.

Web inputs are our own pages and feed served from 127.0.0.1; nothing here touches another address.
Tests that need the real extractor skip (with the reason) while sitrep.extract cannot be imported;
the others code documents by replaying the golden events of tests/fixtures/store/ (what a correct
extractor gives for our articles), so they test the store's behaviour, not extraction quality.
"""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from sitrep.errors import SitrepError
from sitrep.ingest import (
    FetchOptions,
    content_hash,
    ingest_documents,
    ingest_events,
    read_event_lines,
    read_inputs,
)
from sitrep.schema import Document, Event, ReadError
from sitrep.store import EventQuery, Store

FIXTURES = Path(__file__).parent / "fixtures" / "store"
ARTICLES = FIXTURES / "articles"
WEB = FIXTURES / "web"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def extractor_problem() -> str | None:
    try:
        import sitrep.extract  # noqa: F401
    except ImportError as exc:
        return f"the extractor cannot be imported yet ({exc})"
    return None


needs_extractor = pytest.mark.skipif(extractor_problem() is not None, reason=str(extractor_problem()))


@functools.cache
def golden_events() -> dict[str, list[Event]]:
    coded: dict[str, list[Event]] = {}
    for line in (FIXTURES / "multi_source_events.jsonl").read_text(encoding="utf-8").splitlines():
        event = Event.from_dict(json.loads(line))
        coded.setdefault(event.document_id, []).append(event)
    return coded


def replay(items):
    """Code each document with the golden events for its text (none for texts we have no gold for)."""
    for item in items:
        if isinstance(item, ReadError):
            yield item, SitrepError(item.message)
        else:
            yield item, golden_events().get(item.id, [])


def ingest(store: Store, inputs: list[str], **kwargs):
    return ingest_documents(store, read_inputs(inputs, fetch=FetchOptions(allow_private=True)), extract=replay, **kwargs)


@pytest.fixture
def store(tmp_path):
    opened = Store(str(tmp_path / "ingest.db"))
    yield opened
    opened.close()


def test_content_hash_ignores_whitespace_and_unicode_form():
    assert content_hash("Two  soldiers\nkilled ") == content_hash("Two soldiers killed")
    assert content_hash("Caf\u00e9") == content_hash("Cafe\u0301")
    assert content_hash("Two soldiers killed") != content_hash("Three soldiers killed")


def test_ingest_twice_changes_nothing(store):
    first = ingest(store, [str(ARTICLES)])
    assert (first.stored, first.events, first.failed) == (3, 4, 0)
    before = store.fingerprint()
    second = ingest(store, [str(ARTICLES)])
    assert (second.stored, second.duplicates) == (0, 3)
    assert store.fingerprint() == before
    assert store.stats()["incidents"] == 2


def test_the_same_article_from_two_paths_is_one_document(store, tmp_path):
    copy = tmp_path / "mirror" / "copy.txt"
    copy.parent.mkdir()
    shutil.copy(ARTICLES / "tigris_wire_tarmiyah.txt", copy)
    report = ingest(store, [str(ARTICLES), str(copy)])
    assert (report.stored, report.duplicates) == (3, 1)
    with sqlite3.connect(store.url.removeprefix("sqlite:///")) as conn:
        assert conn.execute("SELECT count(*) FROM document_refs").fetchone()[0] == 4


def test_order_of_inputs_does_not_matter(tmp_path):
    paths = sorted(str(p) for p in ARTICLES.glob("*.txt"))
    fingerprints = []
    for number, order in enumerate((paths, paths[::-1], paths[1:] + paths[:1])):
        with Store(str(tmp_path / f"order{number}.db")) as one:
            ingest(one, order)
            fingerprints.append(one.fingerprint())
    assert fingerprints[0] == fingerprints[1] == fingerprints[2]


def test_unreadable_document_goes_to_dead_letters_and_a_fixed_rerun_clears_it(store, tmp_path):
    folder = tmp_path / "batch"
    shutil.copytree(ARTICLES, folder)
    broken = folder / "broken.txt"
    broken.write_bytes(b"\x00\x01\x02 not text \x00" * 50)
    report = ingest(store, [str(folder)])
    assert (report.stored, report.failed) == (3, 1)
    failures = store.stats()["dead_letters"]
    assert [f["key"] for f in failures] == [str(broken)]
    broken.write_text("Protesters gathered outside the governor's office on Monday to demand jobs.\n")
    again = ingest(store, [str(folder)])
    assert (again.stored, again.duplicates, again.failed) == (1, 3, 0)
    assert store.stats()["dead_letters"] == []


def test_coded_events_with_a_bad_line_store_the_rest(store, tmp_path):
    coded = tmp_path / "coded.jsonl"
    lines = (FIXTURES / "multi_source_events.jsonl").read_text(encoding="utf-8").splitlines()
    coded.write_text("\n".join([lines[0], "{not json", *lines[1:]]) + "\n", encoding="utf-8")
    report = ingest_events(store, read_event_lines(str(coded)))
    assert (report.stored, report.events, report.failed) == (3, 4, 1)
    assert [f["key"] for f in store.stats()["dead_letters"]] == [f"{coded}:2"]
    missing = ingest_events(store, read_event_lines(str(tmp_path / "none.jsonl")))
    assert missing.failed == 1


# --- feeds and URLs from our own server on 127.0.0.1 ----------------------------------------------


class FixtureSite(http.server.SimpleHTTPRequestHandler):
    """Serves tests/fixtures/store/web; feed.xml gets the server's own address; records each request."""

    requests: list[tuple[str, str]] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=str(WEB), **kwargs)

    def do_GET(self):
        self.requests.append((self.path, self.headers.get("User-Agent", "")))
        if self.path == "/feed.xml":
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            body = (WEB / "feed.xml").read_text(encoding="utf-8").replace("{base}", base).encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    FixtureSite.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FixtureSite)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_feed_entries_become_documents_and_teasers_are_fetched(site):
    items = list(read_inputs([f"{site}/feed.xml"], fetch=FetchOptions(user_agent="sitrep-test/1", allow_private=True)))
    documents = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert len(documents) == 2 and len(errors) == 1
    drone, clashes = documents
    assert drone.url == f"{site}/articles/drone-strike.html"
    assert drone.source == "Euphrates Monitor"
    assert drone.published.isoformat() == "2021-04-06"
    assert "killing two men" in drone.text and drone.title in drone.text
    assert "village of Diban" in clashes.text and "Contact us" not in clashes.text
    assert clashes.published.isoformat() == "2021-04-07"
    assert "robots.txt disallows" in errors[0].message
    paths = [path for path, _agent in FixtureSite.requests]
    assert "/private/report.html" not in paths
    assert "/articles/drone-strike.html" not in paths, "an entry with full text needs no fetch"
    assert {agent for _path, agent in FixtureSite.requests} == {"sitrep-test/1"}


def test_url_errors_are_read_errors(site):
    missing, too_big = list(read_inputs([f"{site}/articles/none.html"], fetch=FetchOptions(allow_private=True))), list(
        read_inputs([f"{site}/articles/clashes.html"], fetch=FetchOptions(max_bytes=200, allow_private=True)))
    assert isinstance(missing[0], ReadError) and "HTTP 404" in missing[0].message
    assert isinstance(too_big[0], ReadError) and "larger than 200 bytes" in too_big[0].message
    refused = list(read_inputs([f"{site}/private/report.html"], fetch=FetchOptions(allow_private=True)))
    assert isinstance(refused[0], ReadError) and "robots.txt" in refused[0].message


def test_ingest_from_a_feed_url_is_idempotent(site, store):
    first = ingest(store, [f"{site}/feed.xml"])
    assert (first.stored, first.failed) == (2, 1)
    second = ingest(store, [f"{site}/feed.xml"])
    assert (second.stored, second.duplicates, second.failed) == (0, 2, 1)
    assert [f["attempts"] for f in store.stats()["dead_letters"]] == [2]


# --- crash safety: kill -9 in the middle of a batch -----------------------------------------------


def integrity(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = conn.execute(
            "SELECT count(*) FROM events e LEFT JOIN documents d ON d.id = e.document_id WHERE d.id IS NULL"
        ).fetchone()[0]
        half = conn.execute(
            "SELECT count(*) FROM documents d WHERE n_events != (SELECT count(*) FROM events e WHERE e.document_id = d.id)"
        ).fetchone()[0]
        unassigned = conn.execute(
            "SELECT count(*) FROM events WHERE incident_id IS NULL AND NOT is_background"
        ).fetchone()[0]
        dangling = conn.execute(
            "SELECT count(*) FROM events e LEFT JOIN incidents i ON i.incident_id = e.incident_id "
            "WHERE e.incident_id IS NOT NULL AND i.incident_id IS NULL"
        ).fetchone()[0]
        documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert (orphans, half, unassigned, dangling) == (0, 0, 0, 0)
    return {"documents": documents}


def kill_mid_batch(command: list[str], db: Path, at_least: int) -> int:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    reached = False
    try:
        deadline = time.monotonic() + 60
        while not reached and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.05)
            if db.exists():
                try:
                    with sqlite3.connect(db, timeout=1) as conn:
                        done = conn.execute("SELECT (SELECT count(*) FROM documents) + "
                                            "(SELECT count(*) FROM dead_letters)").fetchone()[0]
                    reached = done >= at_least
                except sqlite3.OperationalError:
                    continue
        assert reached, f"the ingest did not store {at_least} documents within a minute"
        assert process.poll() is None, "the ingest finished before it could be killed"
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
        process.wait()
    return integrity(db)["documents"]


def synthetic_coded_events(path: Path, documents: int) -> None:
    """Many one-event documents, spread over days and places, derived from our golden events."""
    template = next(iter(golden_events().values()))[0].to_dict()
    with path.open("w", encoding="utf-8") as out:
        for n in range(documents):
            event = dict(template, event_id=f"synthetic-{n:05d}", document_id=f"doc-{n:05d}",
                         latitude=30 + (n % 50) * 0.1, longitude=40 + (n // 50) * 0.1,
                         location=f"Place {n % 97}", admin2=f"District {n % 13}",
                         event_date=f"2021-{1 + n % 12:02d}-{1 + n % 28:02d}")
            event["date_start"] = event["date_end"] = event["event_date"]
            event["sources"] = [dict(event["sources"][0], document_id=event["document_id"])]
            out.write(json.dumps(event) + "\n")


@pytest.mark.slow
def test_kill_9_mid_batch_leaves_a_consistent_store_and_a_rerun_completes_it(tmp_path):
    coded = tmp_path / "coded.jsonl"
    synthetic_coded_events(coded, 400)
    sitrep = [sys.executable, "-c", "from sitrep.cli import main; main()"]
    killed_db, clean_db = tmp_path / "killed.db", tmp_path / "clean.db"
    command = [*sitrep, "ingest", "--events", "--no-progress", str(coded), "--db"]
    stored = kill_mid_batch([*command, str(killed_db)], killed_db, at_least=20)
    assert 20 <= stored < 400
    subprocess.run([*command, str(killed_db)], check=True, capture_output=True)
    subprocess.run([*command, str(clean_db)], check=True, capture_output=True)
    assert integrity(killed_db)["documents"] == 400
    with Store(str(killed_db)) as killed, Store(str(clean_db)) as clean:
        assert killed.fingerprint() == clean.fingerprint()


@needs_extractor
@pytest.mark.slow
def test_kill_9_while_coding_articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    base = (ARTICLES / "baghdad_observer_checkpoint.txt").read_text(encoding="utf-8")
    for n in range(20):
        (folder / f"report_{n:03d}.txt").write_text(f"Report number {n}.\n\n{base}", encoding="utf-8")
    sitrep = [sys.executable, "-c", "from sitrep.cli import main; main()"]
    killed_db, clean_db = tmp_path / "killed.db", tmp_path / "clean.db"
    command = [*sitrep, "ingest", "--no-progress", "--published", "2021-03-15", str(folder), "--db"]
    stored = kill_mid_batch([*command, str(killed_db)], killed_db, at_least=2)
    assert stored < 20
    subprocess.run([*command, str(killed_db)], check=True, capture_output=True)
    subprocess.run([*command, str(clean_db)], check=True, capture_output=True)
    with Store(str(killed_db)) as killed, Store(str(clean_db)) as clean:
        assert killed.fingerprint() == clean.fingerprint()


# --- the real extractor ---------------------------------------------------------------------------


@needs_extractor
@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the repository")
def test_seeds_twice_and_swapped_give_identical_stores(tmp_path):
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    fingerprints = []
    for number, order in enumerate((seeds, seeds, seeds[::-1])):
        with Store(str(tmp_path / f"seeds{number // 2}.db")) as one:
            report = ingest_documents(one, read_inputs(order))
            assert report.stored + report.duplicates + report.failed == len(seeds)
            fingerprints.append((one.fingerprint(), [f["key"] for f in one.stats()["dead_letters"]]))
    assert fingerprints[0] == fingerprints[1] == fingerprints[2]


def ingest_our_outlets(store: Store):
    outlets = {
        "baghdad_observer_checkpoint.txt": ("Baghdad Observer", dt.date(2021, 3, 15)),
        "tigris_wire_tarmiyah.txt": ("Tigris Wire", dt.date(2021, 3, 15)),
        "northern_dispatch_salahuddin_road.txt": ("Northern Dispatch", dt.date(2021, 3, 14)),
    }
    items = (item for name, (source, published) in outlets.items()
             for item in read_inputs([str(ARTICLES / name)], published=published, source=source))
    return ingest_documents(store, items)


@needs_extractor
def test_our_three_outlets_end_to_end(store):
    report = ingest_our_outlets(store)
    assert report.failed == 0
    stats = store.stats()
    assert stats["incidents_by_type"].get("Battles") == 1
    attack = store.incident(next(e.event_id for e in store.query() if e.event_type == "Battles"))
    assert attack.killed == (3, 4, 11)
    claims = {c.claimant: c for c in attack.incident.claims if c.claim_type == "casualties"}
    assert claims["Iraqi military"].killed == (3, 3)
    assert any(c.killed == (11, 11) and "Islamic State" in f"{c.claimant} {c.claimant_actor}" for c in claims.values())
    assert len(attack.members) == 3


@needs_extractor
def test_the_nearby_bombing_stays_a_separate_incident_end_to_end(store):
    ingest_our_outlets(store)
    bombings = list(store.query(per_event=True, filters=EventQuery(sub_event_type="Remote explosive/landmine/IED")))
    assert [e.source for e in bombings] == ["Northern Dispatch"]
    assert store.stats()["incidents"] == 2
    attack = store.incident(next(e.event_id for e in store.query() if e.event_type == "Battles"))
    assert attack.injured == (6, 6, 6)


def test_the_country_option_reaches_every_reader(tmp_path):
    note = tmp_path / "notes" / "note.txt"
    note.parent.mkdir()
    note.write_text("On 4 May 2021, teachers demonstrated outside the ministry.", encoding="utf-8")
    rows = tmp_path / "notes.jsonl"
    rows.write_text(json.dumps({"id": "n2", "text": "Students marched.", "country": "Mali"}) + "\n", encoding="utf-8")
    found = {d.id.rsplit("/", 1)[-1]: d.country for d in read_inputs([str(note.parent), str(rows)], country="Benin")}
    assert found == {"note.txt": "BJ", "n2": "ML"}
    with pytest.raises(SitrepError, match="unknown country"):
        list(read_inputs([str(note.parent)], country="Narnia"))
