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
LOCAL_JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
"""JVM options of a local run, whose JVM shares the cores with the coding workers: the JVM only moves rows and
writes Parquet, so its optimising compiler (C2, half the JVM's CPU in a 100-document run) and parallel garbage
collector cost the workers more than they save (see docs/scaling.md)."""


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
    """Wall seconds of each step (read, code, events, incidents, rest), to see where a run's time goes."""


def session(master: str | None = None, *, shuffle_partitions: int | None = None, app_name: str = "sitrep") -> Any:
    """A SparkSession with sitrep's settings: no UI, workers reused between tasks.

    Without `master`, Spark decides: the cluster spark-submit names, else local[*]. A local run's
    workers use this Python, so they find the same sitrep and models as the driver.
    """
    import os

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
        settings["spark.driver.extraJavaOptions"] = LOCAL_JVM_OPTIONS
    if shuffle_partitions:
        settings["spark.sql.shuffle.partitions"] = str(shuffle_partitions)
    for key, value in settings.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


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

    from sitrep.spark import incidents as spark_incidents
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
        events = results.filter(lambda r: r[0] == EVENT).map(lambda r: r[1])
        _write_events(spark, events, f"{output}/events")
        clock.lap("events")
        merged = spark_incidents.incidents(events, sc.defaultParallelism).persist(StorageLevel.MEMORY_AND_DISK)
        _write_events(spark, merged.map(lambda incident: incident.event), f"{output}/incidents")
        clock.lap("incidents")
        members = merged.flatMap(lambda i: [(i.incident_id, m.event_id) for m in i.members])
        _write(spark.createDataFrame(members, "incident_id string, event_id string").orderBy("incident_id", "event_id"),
               f"{output}/incident_members")
        dead = results.filter(lambda r: r[0] == DEAD_LETTER).map(lambda r: r[1])
        _write(spark.createDataFrame(dead, _dead_letter_schema()).orderBy("document_id"), f"{output}/dead_letter")
        report = _report([r[1] for r in results.filter(lambda r: r[0] == PARTITION).collect()])
        report.incidents = merged.count()
        merged.unpersist()
        clock.lap("rest")
        report.stage_seconds = clock.laps
        return report
    finally:
        results.unpersist()
        documents.unpersist()


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


def _write_events(spark: Any, events: Any, path: str) -> None:
    from sitrep.spark.coding import partition_keys
    from sitrep.spark.columns import event_schema
    from sitrep.export import arrow_row

    schema = event_schema(extra=PARTITION_COLUMNS)
    rows = events.map(lambda e: {**arrow_row(e), **partition_keys(e)})
    frame = spark.createDataFrame(rows, schema).repartition(*PARTITION_COLUMNS).sortWithinPartitions("event_id_cnty")
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
