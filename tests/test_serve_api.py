"""`sitrep serve`'s JSON API on a real SQLite store of our example articles (and on PostgreSQL when one is set).

The store is filled by the real ingest path (examples/articles, plus one article of ours whose text
carries markup) once per test session; the browser and schemathesis tests share it.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import os
import threading
import time
import uuid
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from sitrep.export import csv_columns
from sitrep.ingest import ingest_documents, read_inputs
from sitrep.serve.app import create_app
from sitrep.serve.streaming import CHUNK_BYTES, stream_writer
from sitrep.sources import read_text
from sitrep.store import EventQuery, Store

EXAMPLES = Path(__file__).parent.parent / "examples" / "articles"
TOKEN = "a-long-test-token"
HOSTILE_TITLE = "<script>document.title='owned'</script>Market attack"
HOSTILE_TEXT = (
    "Gunmen kill four traders at Kandahar market <script>alert('owned')</script>\n\n"
    "KANDAHAR, 3 March 2024 - Gunmen on motorbikes shot dead four traders at a vegetable market in Kandahar "
    "on Sunday, a police spokesman said. <img src=x onerror=alert(1)> Witnesses said the attackers fled "
    "towards the river.\n"
)
"""An article of ours whose text holds markup: the page must show it as text."""
_BUILT: dict[str, str] = {}


def hostile_document():
    return read_text(HOSTILE_TEXT, document_id="hostile", published=dt.date(2024, 3, 4),
                     source="Wire <b>bold</b>", title=HOSTILE_TITLE)


def fill_store(store: Store, inputs: list[str]) -> None:
    """Code and store articles through sitrep's ingest path, then the hostile article."""
    report = ingest_documents(store, read_inputs(inputs))
    assert report.failed == 0, report.failures
    assert ingest_documents(store, [hostile_document()]).stored == 1


@pytest.fixture(scope="session")
def example_store_path(tmp_path_factory) -> str:
    """A SQLite store of examples/articles and the hostile article, built once per session."""
    key = str(tmp_path_factory.getbasetemp())
    if key not in _BUILT:
        path = str(tmp_path_factory.mktemp("serve") / "examples.db")
        with Store(path) as store:
            fill_store(store, [str(EXAMPLES)])
        _BUILT[key] = path
    return _BUILT[key]


@pytest.fixture
def store(example_store_path):
    opened = Store(example_store_path)
    yield opened
    opened.close()


@pytest.fixture
def client(store):
    return TestClient(create_app(store, token=TOKEN))


def ids(items: list[dict]) -> list[str]:
    return [item["event_id"] for item in items]


def all_pages(client: TestClient, path: str, params: dict, limit: int) -> list[dict]:
    items, offset = [], 0
    while offset is not None:
        page = client.get(path, params={**params, "limit": limit, "offset": offset}).json()
        items += page["items"]
        offset = page["next_offset"]
    return items


def test_pages_are_newest_first_and_stable(client, store):
    whole = client.get("/api/incidents", params={"limit": 1000}).json()
    assert whole["next_offset"] is None
    paged = all_pages(client, "/api/incidents", {}, limit=4)
    assert ids(paged) == ids(whole["items"]) == [e.event_id for e in store.query()]
    assert len(set(ids(paged))) == len(paged) > 20
    dates = [item["event_date"] for item in paged if item["event_date"]]
    assert dates == sorted(dates, reverse=True)


FILTERS = [
    ({"country": "Mexico"}, EventQuery(country="Mexico")),
    ({"type": "Battles"}, EventQuery(event_type="Battles")),
    ({"sub_type": "Attack"}, EventQuery(sub_event_type="Attack")),
    ({"actor": "police forces of mexico"}, EventQuery(actor="police forces of mexico")),
    ({"text": "Apatzingan"}, EventQuery(text="Apatzingan")),
    ({"since": "2024-01-01", "until": "2025-06-30"}, EventQuery(since=dt.date(2024, 1, 1), until=dt.date(2025, 6, 30))),
    ({"bbox": "-20,-10,50,25"}, EventQuery(bbox=(-20, -10, 50, 25))),
    ({"min_fatalities": 3}, EventQuery(min_fatalities=3)),
    ({"min_confidence": 0.8}, EventQuery(min_confidence=0.8)),
    ({"admin1": "Michoacan de Ocampo", "type": "Riots"}, EventQuery(admin1="Michoacan de Ocampo", event_type="Riots")),
]


@pytest.mark.parametrize(("params", "query"), FILTERS, ids=[",".join(p) for p, _ in FILTERS])
def test_every_filter_gives_what_the_store_gives(client, store, params, query):
    total = len(list(store.query()))
    expected = [e.event_id for e in store.query(query)]
    assert 0 < len(expected) < total, "each filter must narrow the example store"
    assert ids(client.get("/api/incidents", params={**params, "limit": 1000}).json()["items"]) == expected
    facets = client.get("/api/incidents/facets", params=params).json()
    assert facets["total"] == len(expected)
    points = client.get("/api/incidents/points", params=params).json()["points"]
    assert sorted(p[0] for p in points) == sorted(expected)
    located = {e.event_id: (e.latitude, e.longitude) for e in store.query(query)}
    assert all((lat, lon) == located[ident] for ident, lat, lon, *_ in points)


def test_events_include_background_only_when_asked(client, store):
    news = ids(client.get("/api/events", params={"limit": 1000}).json()["items"])
    every = ids(client.get("/api/events", params={"limit": 1000, "background": "true"}).json()["items"])
    assert news == [e.event_id for e in store.query(EventQuery(include_background=False), per_event=True)]
    assert set(news) < set(every)
    assert all(not item["is_background"] for item in client.get("/api/events", params={"limit": 1000}).json()["items"])


def test_facets_count_countries_types_actors_and_weeks(client, store):
    facets = client.get("/api/incidents/facets", params={"top": 100}).json()
    incidents = list(store.query())
    assert facets["total"] == len(incidents)
    assert facets["fatalities"] == sum(e.fatalities for e in incidents)
    by_country = {c["value"]: c["count"] for c in facets["country"]}
    assert by_country["Mexico"] == sum(e.country == "Mexico" for e in incidents)
    assert sum(c["count"] for c in facets["event_type"]) == len(incidents)
    actors = {c["value"]: c["count"] for c in facets["actor"]}
    assert actors["Police Forces of Mexico"] == sum("Police Forces of Mexico" in (e.actor1, e.actor2) for e in incidents)
    assert sum(w["count"] for w in facets["week"]) == sum(bool(e.event_date) for e in incidents)
    assert all(dt.date.fromisoformat(w["week"]).weekday() == 0 for w in facets["week"])


def test_incident_has_every_source_claim_and_evidence_span(client, store):
    with_claims = next(e for e in store.query() if e.claims)
    detail = client.get(f"/api/incident/{with_claims.event_id}").json()
    assert detail["incident"]["event_id"] == with_claims.event_id
    assert detail["incident"]["claims"] and all("claimant" in c for c in detail["incident"]["claims"])
    assert set(detail["figures"]) == {"killed", "injured"}
    for member in detail["members"]:
        document = detail["documents"][member["document_id"]]
        for evidence in member["evidence"]:
            assert document["text"][evidence["start"]:evidence["end"]] == evidence["text"]
    member_id = detail["members"][0]["event_id"]
    assert client.get(f"/api/incident/{member_id}").json()["incident"]["event_id"] == with_claims.event_id
    assert detail["links"] == [] if len(detail["members"]) == 1 else detail["links"]
    assert detail["asked"] is None


def test_an_unknown_incident_is_a_json_404(client):
    response = client.get("/api/incident/inc_nothing")
    assert response.status_code == 404
    assert "ids come from /api/incidents" in response.json()["error"]


def test_exports_stream_the_current_filter(client, store):
    expected = [e.event_id for e in store.query(EventQuery(country="Mexico"))]
    response = client.get("/api/incidents/export", params={"country": "Mexico", "format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="sitrep-incidents.csv"' in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert tuple(rows[0]) == csv_columns()
    assert [r["event_id_cnty"] for r in rows] == expected
    geojson = client.get("/api/incidents/export", params={"country": "Mexico", "format": "geojson"}).json()
    assert [f["id"] for f in geojson["features"]] == expected
    parquet = client.get("/api/incidents/export", params={"country": "Mexico", "format": "parquet"}).content
    assert pq.read_table(io.BytesIO(parquet)).column("event_id_cnty").to_pylist() == expected
    lines = client.get("/api/events/export", params={"format": "jsonl", "limit": 3}).text.splitlines()
    assert len(lines) == 3 and all(json.loads(line)["event_id"] for line in lines)


@pytest.mark.parametrize(("params", "says"), [
    ({"since": "2024-13-01"}, "since"),
    ({"since": "2025-01-02", "until": "2025-01-01"}, "swap them"),
    ({"bbox": "50,25,-20,-10"}, "min_lon,min_lat,max_lon,max_lat"),
    ({"bbox": "1,2,3"}, "bbox"),
    ({"limit": 0}, "limit"),
    ({"min_confidence": 2}, "min_confidence"),
    ({"country": "Ira\x01q"}, "without control characters"),
])
def test_bad_parameters_get_a_json_error_that_says_what_to_change(client, params, says):
    response = client.get("/api/incidents", params=params)
    assert response.status_code == 422
    assert says in response.json()["error"]


def test_writing_needs_the_bearer_token(tmp_path):
    with Store(str(tmp_path / "write.db")) as store:
        client = TestClient(create_app(store, token=TOKEN))
        body = {"text": HOSTILE_TEXT, "published": "2024-03-04", "source": "Test wire"}
        assert client.post("/api/documents", json=body).status_code == 401
        assert client.post("/api/documents", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 403
        assert store.stats()["documents"] == 0
        bad = client.post("/api/documents", json={"title": "no text"}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert bad.status_code == 422 and "either `url` or `text`" in bad.json()["error"]
        stored = client.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"}).json()
        assert stored["stored"] == 1 and stored["events"] >= 1
        again = client.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"}).json()
        assert again["duplicates"] == 1 and again["stored"] == 0
        assert client.get("/api/incidents/facets").json()["total"] == store.stats()["incidents"] >= 1
        read_only = TestClient(create_app(store))
        refused = read_only.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert refused.status_code == 403 and "--token" in refused.json()["error"]
        assert read_only.get("/api/config").json() == {"tile_url": None, "writable": False}


def test_the_page_and_its_assets_are_served_with_a_strict_policy(client):
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "connect-src 'self'" in policy
    assert client.get("/static/app.js").headers["content-type"].startswith("text/javascript")
    assert "/api/incidents" in client.get("/openapi.json").json()["paths"]
    assert client.get("/nowhere").json()["error"].startswith("no such path")


def test_the_tile_url_is_the_only_other_origin_allowed(store):
    client = TestClient(create_app(store, tile_url="https://{s}.tiles.example.org/{z}/{x}/{y}.png"))
    assert "img-src 'self' data: https://*.tiles.example.org;" in client.get("/").headers["content-security-policy"]
    assert client.get("/api/config").json()["tile_url"].startswith("https://{s}.tiles")


def test_stream_writer_yields_chunks_and_stops_when_the_reader_leaves():
    finished = threading.Event()

    def write(pipe) -> None:
        try:
            for _ in range(1000):
                pipe.write("x" * 1024)
        finally:
            finished.set()

    chunks = stream_writer(write)
    first = next(chunks)
    assert len(first) >= CHUNK_BYTES
    chunks.close()
    assert finished.wait(5), "the writer thread must stop once the reader is gone"
    whole = b"".join(stream_writer(lambda pipe: [pipe.write("ab") for _ in range(100_000)]))
    assert whole == b"ab" * 100_000


def test_an_error_in_the_writer_reaches_the_reader():
    def write(pipe) -> None:
        pipe.write("start")
        raise ValueError("broken exporter")

    with pytest.raises(ValueError, match="broken exporter"):
        b"".join(stream_writer(write))


POSTGRES_URL = os.environ.get("SITREP_TEST_DATABASE_URL")


@pytest.mark.postgres
@pytest.mark.skipif(not POSTGRES_URL, reason="SITREP_TEST_DATABASE_URL is not set (no PostgreSQL server to test against)")
def test_the_api_on_postgresql():
    store = Store(POSTGRES_URL, schema=f"sitrep_serve_{uuid.uuid4().hex[:10]}")
    try:
        fill_store(store, [str(EXAMPLES / "06_kharkiv_kupiansk_shelling_wire.txt"),
                           str(EXAMPLES / "07_kenya_levy_protests.html")])
        client = TestClient(create_app(store))
        assert ids(client.get("/api/incidents", params={"limit": 1000}).json()["items"]) == \
            [e.event_id for e in store.query()]
        kenya = client.get("/api/incidents", params={"country": "Kenya", "text": "nairobi"}).json()["items"]
        assert kenya and ids(kenya) == [e.event_id for e in store.query(EventQuery(country="Kenya", text="nairobi"))]
        facets = client.get("/api/incidents/facets").json()
        assert facets["total"] == store.stats()["incidents"]
        assert sum(w["count"] for w in facets["week"]) == sum(bool(e.event_date) for e in store.query())
        assert ids(cursor_pages(client, "/api/incidents", {}, limit=2)) == [e.event_id for e in store.query()]
        cells = client.get("/api/incidents/clusters", params={"zoom": 3}).json()["cells"]
        assert sum(cell[2] for cell in cells) == sum(p[1] is not None for p in store.points()) > 0
        assert {e.event_id for e in store.query(EventQuery(actor="police forces of kenya"))} == {
            store.incident(e.event_id).incident.event_id
            for e in store.query(EventQuery(actor="police forces of kenya"), per_event=True)} != set()
        for path, per_event in (("/api/incidents", False), ("/api/events", True)):
            police = EventQuery(actor="police forces of kenya", include_background=False)
            assert ids(cursor_pages(client, path, {"actor": "police forces of kenya"}, limit=1)) == \
                [e.event_id for e in store.query(police, per_event=per_event)]
        detail = client.get(f"/api/incident/{kenya[0]['event_id']}").json()
        assert all(detail["documents"][m["document_id"]]["text"] for m in detail["members"])
        rows = list(csv.DictReader(io.StringIO(client.get("/api/incidents/export", params={"country": "Kenya"}).text)))
        assert [r["event_id_cnty"] for r in rows] == ids(client.get("/api/incidents", params={"country": "Kenya"})
                                                         .json()["items"])
    finally:
        store.drop()
        store.close()


def test_concurrent_readers_get_consistent_pages(example_store_path):
    with Store(example_store_path) as store:
        client = TestClient(create_app(store))
        expected = ids(client.get("/api/incidents", params={"limit": 10}).json()["items"])
        results: list[list[str]] = []

        def read() -> None:
            results.append(ids(client.get("/api/incidents", params={"limit": 10}).json()["items"]))

        threads = [threading.Thread(target=read) for _ in range(8)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert time.monotonic() - started < 30
        assert results == [expected] * 8


@pytest.mark.parametrize("workers", [1, 2])
def test_the_serve_command_answers_and_refuses_writes_without_the_token(example_store_path, workers):
    import socket
    import subprocess
    import sys

    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sitrep = str(Path(sys.executable).parent / "sitrep")
    process = subprocess.Popen([sitrep, "serve", "--db", example_store_path, "--port", str(port),
                                "--workers", str(workers), "--token", TOKEN], stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                config = httpx.get(f"{base}/api/config", timeout=2).json()
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and process.poll() is None, "sitrep serve did not start"
                time.sleep(0.2)
        assert config == {"tile_url": None, "writable": True}
        with Store(example_store_path) as store:
            assert httpx.get(f"{base}/api/incidents/facets").json()["total"] == store.stats()["incidents"]
        refused = httpx.post(f"{base}/api/documents", json={"text": HOSTILE_TEXT})
        assert refused.status_code == 401 and "Bearer" in refused.json()["error"]
        assert "default-src 'self'" in httpx.get(base + "/").headers["content-security-policy"]
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=20)
    assert "read-only" not in stderr and f"on http://127.0.0.1:{port}/" in stderr


def test_filters_are_resolved_as_people_write_them_and_unknown_values_are_400(client, store):
    expected = ids(client.get("/api/incidents", params={"country": "Mexico", "limit": 1000}).json()["items"])
    for spelling in ("mexico", "MX", "mex"):
        assert ids(client.get("/api/incidents", params={"country": spelling, "limit": 1000}).json()["items"]) == expected
    assert ids(client.get("/api/incidents", params={"type": "battles", "limit": 1000}).json()["items"]) == [
        e.event_id for e in store.query(EventQuery(event_type="Battles"))]
    for path in ("/api/incidents", "/api/incidents/facets", "/api/incidents/points", "/api/events/export"):
        refused = client.get(path, params={"country": "Mexco"})
        assert refused.status_code == 400, path
        body = refused.json()
        assert "unknown country 'Mexco'" in body["error"] and "Mexico" in body["error"]
        assert {"parameter": "country", "suggestion": "Mexico"} in body["details"]


@pytest.fixture
def store_copy(example_store_path, tmp_path):
    """A copy of the example store that a test may write to."""
    import sqlite3

    path = str(tmp_path / "copy.db")
    source, target = sqlite3.connect(example_store_path), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    with Store(path) as opened:
        yield opened


def added_event(store: Store, name: str, day: str):
    """A news event of ours, copied from a stored one with a new id, document and date (its own source)."""
    import dataclasses

    model = next(e for e in store.query(per_event=True) if e.event_date and not e.is_background)
    return dataclasses.replace(model, event_id=f"added-{name}", document_id=f"added-doc-{name}", event_date=day,
                               date_start=day, date_end=day, sources=[])


def cursor_pages(client: TestClient, path: str, params: dict, limit: int, between=None) -> list[dict]:
    """Every page by cursor; `between(page_number)` runs after each page (to write to the store meanwhile)."""
    items, cursor, number = [], None, 0
    while True:
        page = client.get(path, params={**params, "limit": limit, **({"cursor": cursor} if cursor else {})}).json()
        assert page["next_offset"] is None or cursor is None
        items += page["items"]
        cursor = page["next_cursor"]
        number += 1
        if cursor is None:
            return items
        if between:
            between(number)


def test_cursor_pages_give_every_row_once_in_the_stores_order(client, store):
    for path, per_event in (("/api/incidents", False), ("/api/events", True)):
        expected = [e.event_id for e in store.query(per_event=per_event, filters=EventQuery(include_background=False))]
        assert ids(cursor_pages(client, path, {}, limit=3)) == expected
        assert len(set(expected)) == len(expected) > 20
    undated = [e.event_id for e in store.query(per_event=True) if not e.event_date]
    paged = ids(cursor_pages(client, "/api/events", {"background": "true"}, limit=2))
    assert paged == [e.event_id for e in store.query(per_event=True)] and undated and paged[-len(undated):] == undated
    mexico = ids(cursor_pages(client, "/api/incidents", {"country": "Mexico"}, limit=2))
    assert mexico == [e.event_id for e in store.query(EventQuery(country="Mexico"))]


def test_rows_stored_while_paging_neither_repeat_nor_shift_a_row(store_copy):
    client = TestClient(create_app(store_copy))
    before = [e.event_id for e in store_copy.query(EventQuery(include_background=False), per_event=True)]
    dates = sorted({e.event_date for e in store_copy.query(per_event=True) if e.event_date})
    newest, oldest = dates[-1], dates[0]

    def write(page_number: int) -> None:
        if page_number == 2:  # one row before the cursor (already read), one after it (still to come)
            assert store_copy.add_events([added_event(store_copy, "new", newest)])
            assert store_copy.add_events([added_event(store_copy, "old", oldest)])

    seen = ids(cursor_pages(client, "/api/events", {}, limit=4, between=write))
    assert len(seen) == len(set(seen))
    assert "added-new" not in seen and "added-old" in seen
    assert [i for i in seen if i != "added-old"] == before
    after = [e.event_id for e in store_copy.query(EventQuery(include_background=False), per_event=True)]
    assert seen == [i for i in after if i != "added-new"]


def test_a_cursor_that_this_api_did_not_give_is_refused_with_what_to_send(client):
    for cursor in ("not-a-cursor", "WzEsMl0", ""):
        response = client.get("/api/incidents", params={"cursor": cursor})
        assert response.status_code == 422 and "next_cursor" in response.json()["error"]
    first = client.get("/api/incidents", params={"limit": 2}).json()
    both = client.get("/api/incidents", params={"cursor": first["next_cursor"], "offset": 2})
    assert both.status_code == 422 and "not both" in both.json()["error"]


def test_facets_are_kept_until_the_store_changes(store_copy):
    app = create_app(store_copy)
    client = TestClient(app)
    first = client.get("/api/events/facets").json()
    computed = app.state.cache.computed
    assert client.get("/api/events/facets").json() == first
    assert app.state.cache.computed == computed, "the same question on an unchanged store is answered from the cache"
    assert store_copy.add_events([added_event(store_copy, "one", "2024-05-06")])
    again = client.get("/api/events/facets").json()
    assert app.state.cache.computed == computed + 1
    assert again["total"] == first["total"] + 1
    assert again == store_copy.facets(EventQuery(include_background=False), per_event=True)
    with Store(store_copy.url) as other_process:  # a write through another handle is seen too
        assert other_process.add_events([added_event(store_copy, "two", "2024-05-07")])
    assert client.get("/api/events/facets").json()["total"] == first["total"] + 2


def test_a_repeated_request_is_answered_from_memory_until_the_store_changes(store_copy):
    app = create_app(store_copy)
    client = TestClient(app)
    params = {"limit": 3, "country": "iraq"}
    first = client.get("/api/events", params=params)
    sent = app.state.responses.sent
    again = client.get("/api/events", params=params)
    assert app.state.responses.sent == sent + 1, "the same request on an unchanged store is sent from memory"
    assert again.content == first.content
    assert again.headers["content-type"] == first.headers["content-type"]
    assert again.headers["content-security-policy"] == first.headers["content-security-policy"]
    assert client.get("/api/events", params={**params, "limit": 4}).json()["items"][:3] == first.json()["items"]
    refused = client.get("/api/events", params={"limit": 0})
    assert refused.status_code == 422 and client.get("/api/events", params={"limit": 0}).status_code == 422
    with Store(store_copy.url) as other_process:  # a write through another handle retires the kept answers
        newest = dataclasses.replace(added_event(store_copy, "newest", "2099-01-02"), country="Iraq")
        assert other_process.add_events([newest])
    changed = client.get("/api/events", params=params).json()
    assert changed["items"][0]["event_id"] == "added-newest"
    assert changed["items"][1:] == first.json()["items"][:2]


def test_clusters_hold_every_located_match_of_the_view_once(client, store):
    located = [p for p in store.points() if p[1] is not None]
    for zoom in (0, 3, 8, 16):
        cells = client.get("/api/incidents/clusters", params={"zoom": zoom}).json()["cells"]
        assert sum(cell[2] for cell in cells) == len(located)
        assert all(cell[5] is not None for cell in cells if cell[2] == 1)
    coarse = client.get("/api/incidents/clusters", params={"zoom": 0}).json()["cells"]
    fine = client.get("/api/incidents/clusters", params={"zoom": 16}).json()["cells"]
    assert len(coarse) < len(fine)
    singles = {cell[5] for cell in fine if cell[2] == 1}
    assert singles <= {p[0] for p in located}
    view = {"zoom": 5, "view": "-120,10,-80,35"}
    inside = [p for p in located if -120 <= p[2] <= -80 and 10 <= p[1] <= 35]
    mexico = client.get("/api/incidents/clusters", params=view).json()
    assert 0 < sum(cell[2] for cell in mexico["cells"]) == len(inside) < len(located)
    outside = client.get("/api/incidents/clusters", params={**view, "bbox": "0,0,10,10"}).json()
    assert outside == {"types": [], "cells": []}


def test_the_actor_filter_finds_each_incident_whose_events_name_the_actor_in_any_role(store_copy):
    def incidents_naming(actor: str) -> set[str]:
        naming = store_copy.query(EventQuery(actor=actor, include_background=False), per_event=True)
        return {store_copy.incident(e.event_id).incident.event_id for e in naming}

    actors = {name for e in store_copy.query(per_event=True) if not e.is_background
              for name in (e.actor1, e.actor2, *e.assoc_actor_1, *e.assoc_actor_2) if name}
    assert len(actors) > 10
    for actor in sorted(actors):
        assert {e.event_id for e in store_copy.query(EventQuery(actor=actor.upper()))} == incidents_naming(actor)
    added = added_event(store_copy, "actor", "2024-05-08")
    added.actor2, added.assoc_actor_1 = "Newly Named Militia", ["An Associated Group"]
    assert store_copy.add_events([added])
    for actor in ("newly named militia", "An Associated Group", added.actor1):
        assert {e.event_id for e in store_copy.query(EventQuery(actor=actor))} == incidents_naming(actor)
    assert store_copy.incident("added-actor").incident.event_id in incidents_naming("an associated group")


def store_pages(store: Store, filters: EventQuery, per_event: bool, limit: int) -> list[str]:
    """The ids of every page of `Store.page`, each page after the last row of the one before."""
    ids_seen, after = [], None
    while True:
        rows = store.page(filters, per_event=per_event, limit=limit, after=after)
        ids_seen += [ident for _, ident, _ in rows]
        if len(rows) < limit:
            return ids_seen
        after = rows[-1][:2]


def test_actor_pages_read_from_the_actor_index_give_the_stores_order_once_each(store_copy):
    named = added_event(store_copy, "twice", "2024-05-09")
    named.actor1, named.assoc_actor_1 = "Twice Named Militia", ["Twice Named Militia"]
    assert store_copy.add_events([named])
    actors = sorted({name for e in store_copy.query(per_event=True)
                     for name in (e.actor1, e.actor2, *e.assoc_actor_1, *e.assoc_actor_2) if name})
    assert len(actors) > 10
    for per_event in (False, True):
        for actor in [*actors, tuple(actors[:3])]:
            filters = EventQuery(actor=actor, include_background=False)
            expected = [e.event_id for e in store_copy.query(filters, per_event=per_event)]
            assert store_pages(store_copy, filters, per_event, limit=2) == expected, (actor, per_event)
    twice = store_pages(store_copy, EventQuery(actor="twice named militia"), per_event=True, limit=5)
    assert twice == ["added-twice"]
