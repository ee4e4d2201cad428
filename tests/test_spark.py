"""The Spark job in local mode: same events as `sitrep extract`, same incidents as the store, dead letters, re-runs.

One SparkSession (local[2]) and one coding run serve the whole module; the other checks read its output.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

pyspark = pytest.importorskip("pyspark")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from sitrep import incidents as rules  # noqa: E402
from sitrep.cli import main  # noqa: E402
from sitrep.commands.common import EXIT_SOME_FAILED  # noqa: E402
from sitrep.export import arrow_schema, event_from_row, write_parquet  # noqa: E402
from sitrep.ingest import ingest_events, read_coded_events, read_event_lines  # noqa: E402
from sitrep.schema import Event, SourceRef  # noqa: E402
from sitrep.store import EventQuery, Store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
WIRE = ROOT / "tests" / "fixtures" / "spark" / "wire.jsonl"
INPUTS = [str((ROOT / "examples" / "articles").relative_to(ROOT)), str(WIRE.relative_to(ROOT))]

pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java 17 (.ci/run installs it)")


@pytest.fixture(scope="module")
def spark():
    from sitrep.spark.job import session

    session_ = session("local[2]", shuffle_partitions=2, app_name="sitrep-tests")
    session_.sparkContext.setLogLevel("ERROR")
    yield session_
    session_.stop()


@pytest.fixture(scope="module")
def workdir(tmp_path_factory, monkeypatch_module):
    monkeypatch_module.chdir(ROOT)
    return tmp_path_factory.mktemp("spark")


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.fixture(scope="module")
def job(spark, workdir):
    """One run of the job over our fixture articles and wire JSONL: (output folder, report)."""
    from sitrep.spark.job import run

    output = workdir / "out"
    return output, run(spark, INPUTS, str(output))


@pytest.fixture(scope="module")
def extracted(workdir) -> list[dict]:
    """What `sitrep extract` prints for the same inputs, one JSON object per event (background included:
    the job codes every event, as the store keeps them)."""
    result = CliRunner().invoke(main, ["extract", *INPUTS, "--format", "jsonl", "--include-background"])
    assert result.exit_code == EXIT_SOME_FAILED, result.output  # the inputs hold a French article and a bad line
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def parquet_rows(folder: Path) -> list[dict]:
    """Every row of the Parquet files under a folder, read file by file (no partition columns added)."""
    return [row for file in sorted(folder.glob("**/*.parquet")) for row in pq.ParquetFile(file).read().to_pylist()]


def by_id(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: r.get("event_id") or r["event_id_cnty"])


def test_events_equal_sitrep_extract_event_for_event(job, extracted):
    output, report = job
    spark_events = [event_from_row(row).to_dict() for row in parquet_rows(output / "events")]
    assert len(extracted) > 20
    assert report.events == len(spark_events) == len(extracted)
    assert by_id(spark_events) == by_id(extracted)


def test_event_parquet_has_the_columns_and_types_of_the_events_export(job, extracted, workdir):
    output, _ = job
    exported = workdir / "exported.parquet"
    write_parquet((Event.from_dict(e) for e in extracted), str(exported))
    spark_file = next((output / "events").glob("**/*.parquet"))
    ours, theirs = pq.ParquetFile(spark_file).schema, pq.ParquetFile(exported).schema
    assert [c.path for c in ours] == [c.path for c in theirs]
    assert [(c.physical_type, c.logical_type.type) for c in ours] == [(c.physical_type, c.logical_type.type)
                                                                     for c in theirs]
    assert pq.read_schema(spark_file).names == arrow_schema().names


def test_events_are_partitioned_by_country_and_month(job):
    output, _ = job
    folders = {p.parent.relative_to(output / "events").as_posix() for p in (output / "events").glob("**/*.parquet")}
    assert "by_country=Nigeria/by_month=2024-03" in folders
    for folder in folders:
        country, month = (part.split("=", 1)[1] for part in folder.split("/"))
        rows = parquet_rows(output / "events" / folder)
        assert {r["country"] or "unknown" for r in rows} == {country}
        assert {f"{r['event_date']:%Y-%m}" if r["event_date"] else "undated" for r in rows} == {month}


def test_unreadable_documents_go_to_the_dead_letter_with_their_reason(job):
    output, report = job
    dead = {row["document_id"]: row for row in parquet_rows(output / "dead_letter")}
    assert report.failed == len(dead) == 3
    cut_off = dead[f"{INPUTS[1]}:5"]
    assert cut_off["stage"] == "read" and "not valid JSON" in cut_off["reason"] and cut_off["path"] == INPUTS[1]
    assert dead[f"{INPUTS[1]}:6"]["reason"].startswith("empty document")
    assert dead["depeche-fr"]["stage"] == "code" and "language 'fr'" in dead["depeche-fr"]["reason"]


def test_model_loads_once_per_worker_process(job):
    _, report = job
    assert report.partitions >= 2
    assert 1 <= report.worker_processes <= report.partitions
    assert report.model_loads <= report.worker_processes
    assert all(count == 1 for count in report.loads_per_process.values())


def test_incidents_equal_the_stores_incidents(job, extracted, workdir):
    output, report = job
    with Store(str(workdir / "reference.db")) as store:
        ingest_events(store, sorted((Event.from_dict(e) for e in extracted), key=lambda e: e.document_id))
        expected = by_id([e.to_dict() for e in store.query(EventQuery())])
        membership = {event_id: incident for event_id, incident, _ in store.fingerprint()["events"] if incident}
    merged = by_id([event_from_row(row).to_dict() for row in parquet_rows(output / "incidents")])
    assert merged == expected and report.incidents == len(expected)
    members = {row["event_id"]: row["incident_id"] for row in parquet_rows(output / "incident_members")}
    assert members == membership
    assert max(list(members.values()).count(i) for i in set(members.values())) >= 2, "some outlets must merge"


def synthetic_events(seed: int) -> list[Event]:
    """Reports from many outlets over three weeks in two countries (and none), some a day apart across blocks."""
    rng = random.Random(seed)
    places = {"Nigeria": [("Gwoza", 11.08, 13.69), ("Bama", 11.52, 13.69)], "Mali": [("Konna", 14.95, -3.89)],
              None: [("Sea", 12.0, 14.0)]}
    kinds = [("Violence against civilians", "Attack"), ("Battles", "Armed clash"),
             ("Explosions/Remote violence", "Air/drone strike"), ("Protests", "Peaceful protest")]
    events = []
    for number in range(90):
        country = rng.choice(["Nigeria", "Nigeria", "Mali", None])
        name, lat, lon = rng.choice(places[country])
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(21))
        end = day + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2]))
        event_type, sub_type = rng.choice(kinds)
        document = f"doc{rng.randrange(40)}"
        killed = rng.randrange(1, 20)
        events.append(Event(
            event_id=f"ev{number:03d}", document_id=document, event_type=event_type, sub_event_type=sub_type,
            disorder_type="Political violence", event_date=day.isoformat(), date_start=day.isoformat(),
            date_end=end.isoformat(), time_precision=1 if day == end else 2, actor1=rng.choice(["Boko Haram", None]),
            country=country, admin1="Borno" if name in ("Gwoza", "Bama") else None, location=name,
            latitude=lat + rng.uniform(-0.05, 0.05), longitude=lon + rng.uniform(-0.05, 0.05), geo_precision=1,
            fatalities=killed, casualties={"killed": (killed, killed), "injured": None, "killed_or_injured": None},
            source=f"Outlet {document}", sources=[SourceRef(document, f"Outlet {document}")],
            is_background=rng.random() < 0.05, confidence=round(rng.uniform(0.5, 0.95), 2),
        ))
    return events


def test_spark_incidents_match_the_rules_in_any_order_and_partitioning(spark):
    from sitrep.spark.incidents import incidents

    events = synthetic_events(7)
    expected = by_id([i.event.to_dict() for i in rules.build_incidents(events)])
    assert any(len(i.members) > 2 for i in rules.build_incidents(events))
    for seed, slices in ((1, 1), (2, 3), (3, 7)):
        shuffled = list(events)
        random.Random(seed).shuffle(shuffled)
        found = incidents(spark.sparkContext.parallelize(shuffled, slices), 3).map(lambda i: i.event.to_dict())
        assert by_id(found.collect()) == expected


def test_a_rerun_overwrites_cleanly_and_reads_parquet_text(spark, job, workdir):
    from sitrep.spark.job import run

    first, _ = job
    output = workdir / "rerun"
    shutil.copytree(first, output)
    rows = [json.loads(line) for line in WIRE.read_text(encoding="utf-8").splitlines()[:4]]
    table = pa.table({"id": [r["id"] for r in rows], "text": [r["text"] for r in rows],
                      "source": [r["source"] for r in rows],
                      "published": [dt.date.fromisoformat(r["published"]) for r in rows]})
    pq.write_table(table, workdir / "wire.parquet")
    report = run(spark, [str(workdir / "wire.parquet")], str(output))
    ids = {r["id"] for r in rows}
    before = by_id([r for r in parquet_rows(first / "events") if r["document_id"] in ids])
    after = by_id(parquet_rows(output / "events"))
    assert after == before and report.events == len(after) and report.failed == 0
    assert parquet_rows(output / "dead_letter") == []
    assert not list((output / "events").glob("by_country=Burkina Faso*")), "a previous run's partition survived"


def test_sitrep_ingest_loads_the_spark_output_into_the_store(job, workdir):
    output, report = job
    db = workdir / "loaded.db"
    result = CliRunner().invoke(main, ["ingest", str(output), "--db", str(db), "--no-progress"])
    assert result.exit_code == EXIT_SOME_FAILED, result.output  # the job's dead letters are stored as failures
    with Store(str(db)) as store:
        stats = store.stats()
        assert stats["events"] == report.events and stats["incidents"] == report.incidents
        assert {d["key"] for d in stats["dead_letters"]} >= {"depeche-fr", f"{INPUTS[1]}:5"}
        merged = by_id([e.to_dict() for e in store.query(EventQuery())])
    assert merged == by_id([event_from_row(row).to_dict() for row in parquet_rows(output / "incidents")])


@pytest.mark.postgres
def test_spark_output_loads_into_postgresql(job):
    import os
    import uuid

    url = os.environ.get("SITREP_TEST_DATABASE_URL")
    if not url:
        pytest.skip("SITREP_TEST_DATABASE_URL is not set (no PostgreSQL server to test against)")
    output, report = job
    store = Store(url, schema=f"sitrep_spark_{uuid.uuid4().hex[:8]}")
    try:
        loaded = ingest_events(store, read_coded_events(str(output)))
        assert loaded.events == report.events
        assert store.stats()["incidents"] == report.incidents
    finally:
        store.drop()
        store.close()


def test_event_parquet_and_jsonl_read_back_the_same_events(job, workdir, extracted):
    output, _ = job
    lines = workdir / "events.jsonl"
    lines.write_text("".join(json.dumps(e) + "\n" for e in extracted), encoding="utf-8")
    from_parquet = by_id([e.to_dict() for e in read_coded_events(str(output / "events"))])
    assert from_parquet == by_id([e.to_dict() for e in read_event_lines(str(lines))])


def test_sitrep_help_works_without_pyspark():
    code = "import sys; sys.modules['pyspark'] = None; from sitrep.cli import main; main(['--help'])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0 and "spark" in result.stdout


def test_spark_extract_exits_3_when_documents_failed(tmp_path):
    """The command's exit status says whether every document was coded (0) or some became dead letters (3)."""
    good = tmp_path / "kano.txt"
    good.write_text("Gunmen killed five villagers in Kano on Monday, police said.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    command = [sys.executable, "-c", "from sitrep.cli import main; main()", "spark", "extract", "--master", "local[1]",
               "--published", "2024-03-05"]
    failed = subprocess.run([*command, str(good), str(empty), "--output", str(tmp_path / "out")],
                            capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert failed.returncode == EXIT_SOME_FAILED, failed.stderr[-2000:]
    assert "2 document(s) read, 1 coded into" in failed.stderr and "1 failed" in failed.stderr


def test_local_jvm_options_yield_to_a_users_collector_and_compiler_choice():
    """Our local JVM options go first and drop whatever the user's own options already decide: two collectors on one
    command line stop the JVM, and for the compiler tier the user's word is the one to keep."""
    from sitrep.spark.job import local_java_options

    assert local_java_options() == "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
    assert local_java_options(extra="-XX:+UseG1GC -Dsitrep.note=kept") == "-XX:TieredStopAtLevel=1"
    assert local_java_options(extra="-XX:-TieredCompilation") == "-XX:+UseSerialGC"
    assert local_java_options(default="-Xmx2g -XX:+UseParallelGC") == "-XX:TieredStopAtLevel=1 -Xmx2g -XX:+UseParallelGC"


def test_a_users_driver_java_options_are_read_from_spark_defaults_and_submit_args(tmp_path, monkeypatch):
    """spark-defaults.conf gives the user's options, and $PYSPARK_SUBMIT_ARGS, which Spark's launcher lets win,
    replaces them; the session then sets only spark.driver.defaultJavaOptions, which Spark puts before them."""
    from sitrep.spark.job import configured_driver_java_options

    (tmp_path / "spark-defaults.conf").write_text(
        "# spark.driver.extraJavaOptions -XX:+UseZGC\nspark.driver.extraJavaOptions   -XX:+UseG1GC -Da=b\n"
        "spark.driver.defaultJavaOptions=-Xmx3g\nspark.executor.memory 2g\n", encoding="utf-8")
    monkeypatch.setenv("SPARK_CONF_DIR", str(tmp_path))
    monkeypatch.delenv("PYSPARK_SUBMIT_ARGS", raising=False)
    assert configured_driver_java_options() == {"default": "-Xmx3g", "extra": "-XX:+UseG1GC -Da=b"}
    monkeypatch.setenv("PYSPARK_SUBMIT_ARGS", "--driver-java-options '-XX:+UseParallelGC -Dc=d' pyspark-shell")
    assert configured_driver_java_options() == {"default": "-Xmx3g", "extra": "-XX:+UseParallelGC -Dc=d"}


def test_partition_folders_are_named_as_sparks_own_writer_names_them(spark):
    """The workers name a (country, month) folder themselves: its value must be escaped exactly as Spark's
    partitionBy escapes it, so readers that parse the folder names (Spark, pyarrow's hive partitioning) agree."""
    from sitrep.spark.output import escape_path_name

    spark_escape = spark.sparkContext._jvm.org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils.escapePathName
    for value in ["Côte d'Ivoire", "Guinea-Bissau", "a/b:c=d?e%f#g*h", 'x"y\\z{[]^}', "tab\there\x7f", "São Tomé"]:
        assert escape_path_name(value) == spark_escape(value)


def test_a_staged_part_replaces_the_old_one_only_on_commit(tmp_path):
    """Nothing of an unfinished run reaches the output: the old part stays until the commit swaps the new one in."""
    from sitrep.spark.output import StagedOutput

    old = tmp_path / "events" / "by_country=Mali"
    old.mkdir(parents=True)
    (old / "part-00000.parquet").write_bytes(b"old")
    failed = StagedOutput(str(tmp_path))
    failed.fs.create_dir(failed.staged("events"))
    failed.discard()
    assert (old / "part-00000.parquet").read_bytes() == b"old"
    done = StagedOutput(str(tmp_path))
    done.fs.create_dir(f"{done.staged('events')}/by_country=Chad")
    done.commit(["events"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events"]
    assert sorted(p.name for p in (tmp_path / "events").iterdir()) == ["_SUCCESS", "by_country=Chad"]
