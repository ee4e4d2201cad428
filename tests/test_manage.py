"""Trusting the store: filters that find, re-coding with history, deleting, second sources, stable ids.

The store-level tests take the `store` fixture, so tests/test_store_postgres.py runs them on PostgreSQL too.
The command tests code real articles (tests/fixtures/store/articles) with the real pipeline.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.errors import FilterError
from sitrep.filters import place_key, resolve_filters
from sitrep.incidents import incident_id, merge_links
from sitrep.store import EventQuery, Store
from test_store import FIXTURES, fill, fixture_documents

ARTICLES = sorted((FIXTURES / "articles").glob("*.txt"))


@pytest.fixture
def store(tmp_path):
    opened = Store(str(tmp_path / "store.db"))
    yield opened
    opened.close()


def in_anbar(pairs):
    """The fixture documents with every event placed in the stored admin1 'Al Anbar'."""
    return [(document, [dataclasses.replace(e, admin1="Al Anbar") for e in coded]) for document, coded in pairs]


# --- filters that find -----------------------------------------------------------------------------


def test_filters_accept_names_codes_aliases_and_admin_names_without_the_article(store):
    fill(store, in_anbar(fixture_documents()))
    every = len(list(store.query()))
    for raw in (EventQuery(country="iraq"), EventQuery(country="IQ"), EventQuery(country="IRQ"),
                EventQuery(admin1="Anbar"), EventQuery(admin1="al-anbar"), EventQuery(admin1="ANBĀR"),
                EventQuery(admin1="Al Anbar")):
        assert len(list(store.query(resolve_filters(store, raw)))) == every, raw
    assert len(list(store.query(resolve_filters(store, EventQuery(event_type="battles"))))) == 1
    assert len(list(store.query(resolve_filters(store, EventQuery(sub_event_type="armed CLASH"))))) == 1
    clash = EventQuery(actor="ISIS")
    assert len(list(store.query(resolve_filters(store, clash), per_event=True))) == 3
    assert list(store.query(resolve_filters(store, EventQuery(country="Syria")))) == []


@pytest.mark.parametrize(("raw", "field", "suggestion"), [
    (EventQuery(country="Iraqq"), "country", "Iraq"),
    (EventQuery(admin1="Anbr"), "admin1", "Al Anbar"),
    (EventQuery(event_type="battle"), "event type", "Battles"),
    (EventQuery(sub_event_type="Armed clashes"), "sub-event type", "Armed clash"),
    (EventQuery(actor="Islamc State"), "actor", "Islamic State"),
])
def test_an_unknown_filter_value_lists_the_closest_valid_ones(store, raw, field, suggestion):
    fill(store, in_anbar(fixture_documents()))
    with pytest.raises(FilterError) as raised:
        resolve_filters(store, raw)
    assert raised.value.field == field and suggestion in raised.value.suggestions


def test_place_key_drops_the_arabic_article_accents_and_case():
    assert place_key("Al Anbar") == place_key("anbar") == place_key("Al-Anbār") == "anbar"
    assert place_key("An Najaf") == place_key("Najaf") and place_key("Ash Sharqiyah") == "sharqiyah"
    assert place_key("Alberta") == "alberta"


def test_events_command_resolves_filters_and_refuses_unknown_values(tmp_path):
    db = str(tmp_path / "cli.db")
    with Store(db) as store:
        fill(store, in_anbar(fixture_documents()))
    found = CliRunner().invoke(main, ["events", "--db", db, "--country", "IQ", "--admin1", "Anbar", "--type", "battles",
                                      "--actor", "ISIS"])
    assert found.exit_code == 0, found.output
    assert len(found.stdout.splitlines()) == 1
    unknown = CliRunner().invoke(main, ["events", "--db", db, "--admin1", "Anbr"])
    assert unknown.exit_code != 0 and unknown.stdout == ""
    assert "unknown admin1 'Anbr'" in unknown.output and "'Al Anbar'" in unknown.output


# --- stable incident ids, merge explanations, delete, re-coding ------------------------------------------


def test_an_incident_keeps_answering_to_its_id_after_a_source_joins(store):
    pairs = fixture_documents()
    clash_document = next(p for p in pairs if any(e.event_id.endswith("-2") for e in p[1]))
    first, later = [p for p in pairs if p is not clash_document], clash_document
    fill(store, first)
    before = store.incident(next(e.event_id for e in store.query(EventQuery(sub_event_type="Armed clash"))))
    old_id = before.incident.event_id
    assert len(before.members) == 2
    fill(store, [later])
    joined = store.incident(old_id)
    assert joined is not None and len(joined.members) == 3 and joined.incident.event_id != old_id
    assert joined.asked == old_id
    assert store.incident(joined.incident.event_id).asked is None


def test_delete_removes_a_document_and_reclusters_its_incident(store):
    pairs = fixture_documents()
    fill(store, pairs)
    whole = store.incident(next(e.event_id for e in store.query(EventQuery(sub_event_type="Armed clash"))))
    gone = whole.members[0].document_id
    assert store.delete_document(gone) is True
    assert store.delete_document(gone) is False
    assert store.stored_document(gone) is None
    left = store.incident(whole.incident.event_id)
    assert {m.document_id for m in left.members} == {m.document_id for m in whole.members} - {gone}
    assert left.incident.event_id == incident_id(m.event_id for m in left.members)
    assert all(e.document_id != gone for e in store.query(per_event=True))
    assert store.stats()["documents"] == 2


def test_replace_coding_replaces_events_keeps_history_and_reclusters(store):
    pairs = fixture_documents()
    fill(store, pairs)
    document, coded = pairs[0]
    moved = [dataclasses.replace(e, event_id=e.event_id + "-v2", event_date="2021-02-01", date_start="2021-02-01",
                                 date_end="2021-02-01") for e in coded]
    assert store.replace_coding(document, moved, {"published": "2021-02-02"}) == 2
    stored = {e.event_id: e for e in store.query(per_event=True) if e.document_id == document.id}
    assert set(stored) == {e.event_id for e in moved}
    history = store.coding_history(document.id)
    assert [h["version"] for h in history] == [1, 2]
    assert [e["event_id"] for e in history[0]["events"]] == sorted(e.event_id for e in coded)
    assert history[1]["events"] is None and history[1]["options"] == {"published": "2021-02-02"}
    alone = store.incident(moved[0].event_id)
    assert [m.event_id for m in alone.members] == [moved[0].event_id], "a month apart, it no longer merges"


def test_merge_links_explain_which_keys_matched():
    coded = [e for _, events in fixture_documents() for e in events if e.sub_event_type == "Armed clash"]
    links = merge_links(coded)
    assert len(links) == 2
    for link in links:
        assert link.date_gap_days == 0 and link.types == "same sub-event type" and link.score >= link.threshold
        assert "Islamic State" in link.shared_actors and set(link.parts) == {"date", "place", "type", "actors"}
        assert "location" in link.place or "km apart" in link.place
    assert merge_links(coded[:1]) == []


# --- the commands on real articles -----------------------------------------------------------------------


def run(*args: str, input: str | None = None):
    result = CliRunner().invoke(main, list(args), input=input)
    return result


def test_document_and_event_ids_do_not_depend_on_how_the_path_is_written(tmp_path, monkeypatch):
    article = tmp_path / "a.txt"
    shutil.copy(ARTICLES[0], article)
    monkeypatch.chdir(tmp_path)
    outputs = []
    for spelling in ("a.txt", "./a.txt", str(article)):
        result = run("extract", spelling)
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout)
    piped = run("extract", "-", input=article.read_text(encoding="utf-8"))
    outputs.append(piped.stdout)
    ids = [[(json.loads(line)["document_id"], json.loads(line)["event_id"]) for line in out.splitlines()]
           for out in outputs]
    assert ids[0] and all(each == ids[0] for each in ids)
    stored = run("ingest", "--no-progress", "--db", "s.db", "./a.txt")
    assert stored.exit_code == 0, stored.output
    per_event = run("events", "--db", "s.db", "--per-event", "--include-background")
    assert sorted(json.loads(line)["event_id"] for line in per_event.stdout.splitlines()) == sorted(e for _, e in ids[0])


def test_second_outlet_force_recode_and_delete_on_the_command_line(tmp_path):
    db = str(tmp_path / "s.db")
    article = str(ARTICLES[0])
    first = run("ingest", "--no-progress", "--db", db, article, "--source", "Wire One", "--published", "2021-03-10")
    assert first.exit_code == 0, first.output
    again = run("ingest", "--no-progress", "--db", db, article, "--source", "Wire Two")
    assert "1 from a new source" in " ".join(again.output.split())
    with Store(db) as store:
        [document_id] = store.document_ids()
        event = next(store.query(per_event=True))
        old_dates = {e.event_id: e.event_date for e in store.query(per_event=True)}
    shown = run("incident", event.event_id, "--db", db, "--json")
    outlets = json.loads(shown.stdout)["outlets"][document_id]
    assert {o["source"] for o in outlets} == {"Wire One", "Wire Two"}
    assert "also from Wire Two" in run("incident", event.event_id, "--db", db).stdout

    forced = run("ingest", "--no-progress", "--db", db, article, "--force", "--published", "2021-03-15")
    assert forced.exit_code == 0 and "1 re-coded" in " ".join(forced.output.split()), forced.output
    recoded = run("recode", "--db", db, document_id, "--published", "2021-03-16")
    assert recoded.exit_code == 0, recoded.output
    with Store(db) as store:
        history = store.coding_history(document_id)
        assert [h["options"]["published"] for h in history] == ["2021-03-10", "2021-03-15", "2021-03-16"]
        assert store.stored_document(document_id)["published"] == "2021-03-16"
        new_dates = {e.event_id: e.event_date for e in store.query(per_event=True)}
    assert new_dates and new_dates != old_dates
    assert run("recode", "--db", db).exit_code != 0
    missing = run("recode", "--db", db, "no-such-document")
    assert missing.exit_code == 3 and "no such document" in missing.output, missing.output

    deleted = run("delete", "--db", db, document_id)
    assert deleted.exit_code == 0, deleted.output
    assert run("delete", "--db", db, document_id).exit_code == 1
    assert run("events", "--db", db, "--per-event").stdout == ""


def test_incident_command_explains_the_merge_and_answers_an_old_id(tmp_path):
    db = str(tmp_path / "s.db")
    with Store(db) as store:
        pairs = fixture_documents()
        later = next(p for p in pairs if any(e.event_id.endswith("-2") for e in p[1]))
        fill(store, [p for p in pairs if p is not later])
        old_id = next(store.query(EventQuery(sub_event_type="Armed clash"))).event_id
        fill(store, [later])
    shown = run("incident", old_id, "--db", db, "--json")
    assert shown.exit_code == 0, shown.output
    body = json.loads(shown.stdout)
    assert body["asked"] == old_id and len(body["members"]) == 3 and len(body["links"]) == 2
    assert {"date_gap_days", "place", "types", "shared_actors", "score", "parts"} <= set(body["links"][0])
    readable = run("incident", old_id, "--db", db).stdout
    assert f"{old_id} is an older id of this incident" in readable and "why merged" in readable
    assert "score" in readable and "same sub-event type" in readable


def test_the_api_answers_an_old_incident_id_with_the_merge_explained(tmp_path):
    from fastapi.testclient import TestClient

    from sitrep.serve.app import create_app

    with Store(str(tmp_path / "s.db")) as store:
        pairs = fixture_documents()
        later = next(p for p in pairs if any(e.event_id.endswith("-2") for e in p[1]))
        fill(store, [p for p in pairs if p is not later])
        old_id = next(store.query(EventQuery(sub_event_type="Armed clash"))).event_id
        fill(store, [later])
        with TestClient(create_app(store)) as client:
            detail = client.get(f"/api/incident/{old_id}").json()
    assert detail["asked"] == old_id and detail["incident"]["event_id"] != old_id
    assert len(detail["links"]) == 2 and all(link["score"] >= link["threshold"] for link in detail["links"])


def test_migration_5_adds_the_coding_history_and_redirects_to_a_version_4_store(tmp_path):
    import sqlalchemy as sa

    from sitrep.store import MIGRATIONS, schema_version

    path = str(tmp_path / "old.db")
    with Store(path) as store:
        fill(store, fixture_documents()[:1])
        with store.engine.begin() as conn:
            conn.execute(sa.text("DROP TABLE codings"))
            conn.execute(sa.text("DROP TABLE incident_redirects"))
            conn.execute(schema_version.update().values(version=4))
    with Store(path) as migrated:
        assert migrated.version() == len(MIGRATIONS) >= 5
        [document_id] = migrated.document_ids()
        assert migrated.stored_document(document_id)["version"] == 1
        document, coded = fixture_documents()[0]
        assert migrated.replace_coding(document, coded) == 2
        assert [h["version"] for h in migrated.coding_history(document_id)] == [1, 2]
