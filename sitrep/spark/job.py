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

OUTPUT_PARTS = ("events", "incidents", "incident_members", "dead_letter")
DOCUMENTS_PER_PARTITION = 64
"""Documents per coding task when the job sizes its own partitions (see docs/scaling.md)."""
WRITE_TASKS_PER_CORE = 4
"""Tasks per core that write events and incidents: a (country, month) folder's file costs the writer about the same
whatever its size, so several tasks per core even out the folders each core writes."""
RESULT_TASKS_PER_CORE = 2
"""Tasks per core that read the coding results in each pass after coding: the coding's many small partitions (two
per core at least, one per 64 documents) would each cost a Python task in every pass (events, incident blocking and
joins, dead letters), so the passes read them a few partitions at a time, without a shuffle (docs/scaling.md)."""
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

    The Python workers write the Parquet themselves (`sitrep.spark.output`) under a staging folder, and the
    driver swaps it in once every part is written. The three outputs depend only on `results`, so they are
    written by three concurrent Spark jobs: while one waits on a step with fewer tasks than cores (a shuffle's
    last task, the incident matching's small label rounds), the others' tasks keep the cores busy. Each output's
    wall seconds go to `clock` under its name.
    """
    from concurrent.futures import ThreadPoolExecutor

    from pyspark import StorageLevel

    from sitrep.spark import incidents as spark_incidents
    from sitrep.spark.output import StagedOutput

    sc = spark.sparkContext
    clock = clock or _StageClock()
    tasks = WRITE_TASKS_PER_CORE * max(1, sc.defaultParallelism)
    passes = results.coalesce(RESULT_TASKS_PER_CORE * max(1, sc.defaultParallelism))
    events = passes.filter(lambda r: r[0] == EVENT).map(lambda r: r[1])
    others = passes.filter(lambda r: r[0] != EVENT).persist(StorageLevel.MEMORY_AND_DISK)
    staged = StagedOutput(output)
    rows_per_file = int(spark.conf.get("spark.sql.files.maxRecordsPerFile", "0") or 0)

    def write_events() -> int:
        return _write_folders(events.map(lambda e: (e, e)), staged, "events", tasks, rows_per_file)

    def write_incidents() -> int:
        merged = spark_incidents.incidents(events, sc.defaultParallelism)
        return _write_folders(merged.map(lambda i: (i.event, (i.event, [m.event_id for m in i.members]))),
                              staged, "incidents", tasks, rows_per_file, members="incident_members")

    def write_dead_letters() -> list[PartitionReport]:
        from sitrep.spark.output import part_name, write_table

        filesystem, path = staged.fs, f"{staged.staged('dead_letter')}/{part_name(0)}"
        rows = others.filter(lambda r: r[0] == DEAD_LETTER).map(lambda r: tuple(r[1][c] for c in DEAD_LETTER_COLUMNS))
        rows.coalesce(1).foreachPartition(
            lambda part: write_table(sorted(part, key=lambda row: row[0] or ""), DEAD_LETTER_COLUMNS, filesystem, path))
        return [r[1] for r in others.filter(lambda r: r[0] == PARTITION).collect()]

    branches = {"events": write_events, "incidents": write_incidents, "dead_letter": write_dead_letters}
    try:
        with ThreadPoolExecutor(len(branches)) as pool:
            done = {name: pool.submit(_timed, branch) for name, branch in branches.items()}
            outcomes = {name: future.result() for name, future in done.items()}
        staged.commit(OUTPUT_PARTS)
    except BaseException:
        staged.discard()
        raise
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


def _write_folders(keyed: Any, staged: Any, part: str, tasks: int, rows_per_file: int = 0,
                   members: str | None = None) -> int:
    """Write (event, value) pairs as Parquet under the staged `part`, one folder per (country, month) of the event,
    one file per folder (or per `rows_per_file` rows): the folders are hashed into `tasks` write tasks (more than
    the cores, so the cores stay evenly busy, as each file costs the writer about the same), each sorting its own
    by folder and event id (`output.write_folders`). Returns how many rows were written."""
    from pyspark.rdd import portable_hash

    from sitrep.spark.output import partition_folder, write_folders

    filesystem, root = staged.fs, staged.staged(part)
    members_root = staged.staged(members) if members else None
    by_folder = (keyed.map(lambda kv: ((partition_folder(kv[0]), kv[0].event_id), kv[1]))
                 .repartitionAndSortWithinPartitions(tasks, partitionFunc=lambda key: portable_hash(key[0])))
    return sum(by_folder.mapPartitionsWithIndex(
        lambda index, items: write_folders(index, items, filesystem, root, members_root, rows_per_file)).collect())


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
