"""The Spark job: read an archive, code every document, merge incidents, write Parquet.

Output folder layout (each part overwritten as a whole on a re-run):
  events/by_country=C/by_month=YYYY-MM/*.parquet     article-level events, columns of `sitrep events --format parquet`
  incidents/by_country=C/by_month=YYYY-MM/*.parquet  merged incidents, the same columns (event_id_cnty = incident id)
  incident_members/*.parquet                         (incident_id, event_id) for every news event
  dead_letter/*.parquet                              documents that could not be read or coded, with the reason

Run it as `sitrep spark extract INPUT... --output DIR`, or under spark-submit as
`spark-submit sitrep/spark/job.py extract INPUT... --output DIR` (`python -m sitrep.spark.job` too).
"""

from __future__ import annotations

import os
import re
import shlex
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sitrep.backends import DEFAULT as DEFAULT_BACKEND
from sitrep.spark.coding import DEAD_LETTER, DEAD_LETTER_COLUMNS, EVENT, PARTITION, PartitionReport
from sitrep.spark.inputs import ROW_FIELDS, ReadOptions

PARTITION_COLUMNS = ("by_country", "by_month")
OUTPUT_PARTS = ("events", "incidents", "incident_members", "dead_letter")
DOCUMENTS_PER_PARTITION = 64
"""Documents per coding task when the job sizes its own partitions (see docs/scaling.md)."""
WRITE_TASKS_PER_CORE = 4
"""Tasks per core that write events and incidents: a (country, month) folder's file costs the writer about the same
whatever its size, so several tasks per core even out the folders each core writes."""
LOCAL_JVM_OPTIONS = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
"""JVM options of a local run, whose JVM shares the cores with the coding workers: the JVM only moves rows and
writes Parquet, so its optimising compiler (C2, half the JVM's CPU in a 100-document run) and parallel garbage
collector cost the workers more than they save (see docs/scaling.md). A user's own choice of collector or
compiler tier wins (`local_java_options`)."""
JAVA_OPTION_KINDS = {"collector": re.compile(r"-XX:[+-]Use\w*GC\b"),
                     "compiler": re.compile(r"-XX:(TieredStopAtLevel=|[+-]TieredCompilation\b)|-X(int|comp)\b")}
"""JVM options that decide one thing: two collectors in one command line stop the JVM, so ours yields."""
SPARK_DEFAULTS_LINE = re.compile(r"\s*([^\s#=:]+)\s*[=:\s]\s*(.*)")
"""One `key value` (or key=value) line of spark-defaults.conf, which Spark reads as Java properties."""


@dataclass(slots=True)
class JobReport:
    """What a run did: counts, and how often the model was loaded in how many worker processes."""

    documents: int = 0
    events: int = 0
    failed: int = 0
    incidents: int = 0
    partitions: int = 0
    model_loads: int = 0
    worker_processes: int = 0
    loads_per_process: dict[int, int] = field(default_factory=dict)
    coding_cpu_seconds: float = 0.0
    """CPU seconds the coding tasks used, summed over workers (model loads included)."""
    tasks: list[PartitionReport] = field(default_factory=list)
    """Every coding task's own report."""
    stage_seconds: dict[str, float] = field(default_factory=dict)
    """Wall seconds of each step (read, code, write: all the outputs) and of each output, written concurrently
    (events, incidents with their members, dead_letter with the tasks' reports), to see where a run's time goes."""


def session(master: str | None = None, *, shuffle_partitions: int | None = None, app_name: str = "sitrep") -> Any:
    """A SparkSession with sitrep's settings: no UI, workers reused between tasks.

    Without `master`, Spark decides: the cluster spark-submit names, else local[*]. A local run's
    workers use this Python, so they find the same sitrep and models as the driver.
    """
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ
    local = (master or "local").startswith("local") and not submitted
    if local:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    settings = {
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        "spark.python.worker.reuse": "true",
        "spark.sql.sources.partitionOverwriteMode": "static",
    }
    if local:
        configured = configured_driver_java_options()
        settings["spark.driver.defaultJavaOptions"] = local_java_options(configured["default"], configured["extra"])
    if shuffle_partitions:
        settings["spark.sql.shuffle.partitions"] = str(shuffle_partitions)
    for key, value in settings.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def local_java_options(default: str = "", extra: str = "") -> str:
    """The driver's default JVM options for a local run: ours (LOCAL_JVM_OPTIONS), except where the configured
    default or extra options already decide the same thing, followed by the configured default options.

    Spark puts `spark.driver.defaultJavaOptions` before `spark.driver.extraJavaOptions` on the JVM's command line,
    so a user's extra options stay as they are and, for a setting both give, come last and win.
    """
    configured = f"{default} {extra}"
    ours = [option for option in LOCAL_JVM_OPTIONS
            if not any(kind.match(option) and kind.search(configured) for kind in JAVA_OPTION_KINDS.values())]
    return " ".join([*ours, default.strip()]).strip()


def configured_driver_java_options() -> dict[str, str]:
    """The driver JVM options a user configured for Spark's launcher: `spark.driver.defaultJavaOptions` and
    `spark.driver.extraJavaOptions` in spark-defaults.conf ($SPARK_CONF_DIR, else $SPARK_HOME/conf), then
    in $PYSPARK_SUBMIT_ARGS (`--conf` or `--driver-java-options`), which the launcher lets win."""
    keys = {"spark.driver.defaultJavaOptions": "default", "spark.driver.extraJavaOptions": "extra"}
    found = {"default": "", "extra": ""}
    folder = os.environ.get("SPARK_CONF_DIR") or (os.path.join(os.environ["SPARK_HOME"], "conf")
                                                   if os.environ.get("SPARK_HOME") else None)
    defaults = os.path.join(folder, "spark-defaults.conf") if folder else None
    if defaults and os.path.isfile(defaults):
        with open(defaults, encoding="utf-8") as lines:
            for line in lines:
                setting = SPARK_DEFAULTS_LINE.match(line)
                if setting and setting[1] in keys:
                    found[keys[setting[1]]] = setting[2].strip()
    words = shlex.split(os.environ.get("PYSPARK_SUBMIT_ARGS", ""))
    for flag, value in zip(words, words[1:]):
        name, _, setting = value.partition("=")
        if flag == "--driver-java-options":
            found["extra"] = value
        elif flag == "--conf" and name in keys:
            found[keys[name]] = setting
    return found


def run(
    spark: Any,
    inputs: Iterable[str],
    output: str,
    options: ReadOptions = ReadOptions(),
    *,
    partitions: int | None = None,
    include_background: bool = True,
    backend: str = DEFAULT_BACKEND,
) -> JobReport:
    """Code every document of `inputs` with the extractor `backend` and write events, incidents and dead
    letters under `output`."""
    from pyspark import StorageLevel

    from sitrep.spark.coding import code_partition
    from sitrep.spark.inputs import list_inputs, read_file, read_rows

    sc = spark.sparkContext
    clock = _StageClock()
    listed = list_inputs(inputs)
    documents = sc.parallelize(listed.files, max(1, len(listed.files))).flatMap(lambda path: read_file(path, options))
    if listed.parquet:
        documents = documents.union(_parquet_rows(spark, listed.parquet, options.text_column)
                                    .mapPartitions(lambda rows: read_rows(rows, options)))
    documents = documents.persist(StorageLevel.MEMORY_AND_DISK)
    count = partitions or _partition_count(sc, documents.count())
    clock.lap("read")
    results = (documents.repartition(count)
               .mapPartitions(lambda items: code_partition(items, include_background, backend))
               .persist(StorageLevel.MEMORY_AND_DISK))
    try:
        results.count()
        clock.lap("code")
        report = write_outputs(spark, results, output, clock)
        report.stage_seconds = clock.laps
        return report
    finally:
        results.unpersist()
        documents.unpersist()


def write_outputs(spark: Any, results: Any, output: str, clock: _StageClock | None = None) -> JobReport:
    """Write events, incidents, incident members and dead letters from the coding tasks' `results` (an RDD of
    `code_partition`'s records, persisted), and report what the tasks did.

    The three outputs depend only on `results`, so they are written by three concurrent Spark jobs: while one
    waits on a step with fewer tasks than cores (a shuffle's last task, the incident matching's small label
    rounds), the others' tasks keep the cores busy. Each output's wall seconds go to `clock` under its name.
    """
    from concurrent.futures import ThreadPoolExecutor

    from pyspark import StorageLevel

    from sitrep.spark import incidents as spark_incidents

    sc = spark.sparkContext
    clock = clock or _StageClock()
    tasks = WRITE_TASKS_PER_CORE * max(1, sc.defaultParallelism)
    events = results.filter(lambda r: r[0] == EVENT).map(lambda r: r[1])
    others = results.filter(lambda r: r[0] != EVENT).persist(StorageLevel.MEMORY_AND_DISK)

    def write_events() -> None:
        _write_events(spark, events, f"{output}/events", tasks)

    def write_incidents() -> int:
        merged = spark_incidents.incidents(events, sc.defaultParallelism).persist(StorageLevel.MEMORY_AND_DISK)
        try:
            _write_events(spark, merged.map(lambda incident: incident.event), f"{output}/incidents", tasks)
            members = merged.flatMap(lambda i: [(i.incident_id, m.event_id) for m in i.members])
            _write(spark.createDataFrame(members, "incident_id string, event_id string", verifySchema=False)
                   .orderBy("incident_id", "event_id"), f"{output}/incident_members")
            return merged.count()
        finally:
            merged.unpersist()

    def write_dead_letters() -> list[PartitionReport]:
        dead = others.filter(lambda r: r[0] == DEAD_LETTER).map(lambda r: r[1])
        _write(spark.createDataFrame(dead, _dead_letter_schema(), verifySchema=False).orderBy("document_id"),
               f"{output}/dead_letter")
        return [r[1] for r in others.filter(lambda r: r[0] == PARTITION).collect()]

    branches = {"events": write_events, "incidents": write_incidents, "dead_letter": write_dead_letters}
    try:
        with ThreadPoolExecutor(len(branches)) as pool:
            done = {name: pool.submit(_timed, branch) for name, branch in branches.items()}
            outcomes = {name: future.result() for name, future in done.items()}
    finally:
        others.unpersist()
    clock.lap("write")
    clock.laps.update({name: seconds for name, (_, seconds) in outcomes.items()})
    report = _report(outcomes["dead_letter"][0])
    report.incidents = outcomes["incidents"][0]
    return report


def _timed(step: Any) -> tuple[Any, float]:
    """What `step()` returns, and its wall seconds."""
    import time

    started = time.perf_counter()
    return step(), round(time.perf_counter() - started, 1)


class _StageClock:
    """Wall seconds between successive laps, by name."""

    def __init__(self) -> None:
        import time

        self._now = time.perf_counter
        self._last = self._now()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        now = self._now()
        self.laps[name] = round(now - self._last, 1)
        self._last = now


def _parquet_rows(spark: Any, paths: list[str], text_column: str) -> Any:
    from pyspark.sql import functions as F

    frame = spark.read.parquet(*paths)
    present = [c for c in ROW_FIELDS if c in frame.columns]
    if text_column not in frame.columns:
        from sitrep.errors import InputError

        raise InputError(f"Parquet input has no `{text_column}` column (columns: {', '.join(frame.columns)})",
                         hint="name the text column with --text-column")
    return frame.select(text_column, *present, F.input_file_name().alias("_path")).rdd


def _partition_count(sc: Any, documents: int) -> int:
    """Tasks of at most DOCUMENTS_PER_PARTITION documents, at least two per core, a multiple of the cores.

    Equal tasks in a multiple of the cores finish together: 5 tasks on 2 cores would leave one idle for the last.
    """
    cores = max(1, sc.defaultParallelism)
    tasks = max(2 * cores, -(-documents // DOCUMENTS_PER_PARTITION))
    return -(-tasks // cores) * cores


def _write_events(spark: Any, events: Any, path: str, tasks: int) -> None:
    """Write events (or incidents' merged events) as Parquet under `path`, one folder per (country, month).

    Every folder is written by one of `tasks` tasks (hashed by its keys), so it holds one file; more tasks than
    cores keep the cores evenly busy, as each folder's file costs the writer about the same."""
    from sitrep.spark.coding import partition_keys
    from sitrep.spark.columns import event_schema
    from sitrep.export import arrow_row

    schema = event_schema(extra=PARTITION_COLUMNS)
    rows = events.map(lambda e: {**arrow_row(e), **partition_keys(e)})
    frame = (spark.createDataFrame(rows, schema, verifySchema=False).repartition(tasks, *PARTITION_COLUMNS)
             .sortWithinPartitions("event_id_cnty"))
    _write(frame, path, partition_by=PARTITION_COLUMNS)


def _write(frame: Any, path: str, partition_by: tuple[str, ...] = ()) -> None:
    writer = frame.write.mode("overwrite")
    if partition_by:
        writer = writer.partitionBy(*partition_by)
    writer.parquet(path)


def _dead_letter_schema() -> Any:
    from pyspark.sql.types import StringType, StructField, StructType

    return StructType([StructField(name, StringType()) for name in DEAD_LETTER_COLUMNS])


def _report(partitions: list[PartitionReport]) -> JobReport:
    loads = Counter(p.pid for p in partitions if p.loaded_model)
    return JobReport(
        documents=sum(p.documents for p in partitions),
        events=sum(p.events for p in partitions),
        failed=sum(p.failed for p in partitions),
        partitions=len(partitions),
        model_loads=sum(loads.values()),
        worker_processes=len({p.pid for p in partitions}),
        loads_per_process=dict(loads),
        coding_cpu_seconds=sum(p.cpu_seconds for p in partitions),
        tasks=partitions,
    )


if __name__ == "__main__":
    from sitrep.spark.command import spark_command

    spark_command()
