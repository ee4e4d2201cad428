"""Documents per second of `sitrep spark extract` at local[1] and local[2] on our own benchmark corpus.

Usage: python bench/bench_spark.py [--documents 2000] [--shards 16] [--masters local[1] local[2]] [--rounds 1]
The corpus comes from bench/make_corpus.py (our own text), split into --shards JSONL files as an
archive would be. Each master runs in its own process (one SparkContext per process); the time
is the whole job (read, code, merge incidents, write Parquet) after the session is up. The load
average is printed with each figure: on a shared machine it says how much CPU the run really had.
Each figure also gives the CPU seconds of the driver's Python and of Spark's JVM, by thread (read from
/proc before the session stops; the coding workers' own CPU comes from the tasks' reports), the wall seconds of each step of the job, and how busy
the worker cores were while coding (task seconds over cores times the coding step's wall time), and an
estimate of the run's wall time on this machine's cores had it been alone on them (free_core_seconds, from the
job's CPU seconds and runnable threads sampled in /proc every 0.2 s: see FreeCoreClock), so a ratio can be read
when other jobs load the machine. Both ratios are printed; on an idle machine they agree.
With --rounds N the masters run back to back N times, so a change in the machine's load shows.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def make_shards(documents: int, shards: int, folder: Path) -> None:
    """The benchmark corpus, dealt round-robin into `shards` JSONL files."""
    corpus = folder / "corpus.jsonl"
    subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(corpus), "--documents", str(documents)],
                   check=True)
    lines = [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    corpus.unlink()
    archive = folder / "archive"
    archive.mkdir()
    for shard in range(shards):
        (archive / f"part-{shard:03d}.jsonl").write_text("\n".join(lines[shard::shards]) + "\n", encoding="utf-8")


TICKS = os.sysconf("SC_CLK_TCK")


def thread_cpu(pid: int) -> dict[str, float]:
    """CPU seconds of a process's threads, summed by thread name (digits dropped: 'GC Thread#3' -> 'GC Thread#')."""
    used: dict[str, float] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            name, fields = task.joinpath("stat").read_text().split("(", 1)[1].rsplit(")", 1)
        except OSError:
            continue
        key = name.rstrip("0123456789")
        values = fields.split()
        used[key] = used.get(key, 0.0) + (int(values[11]) + int(values[12])) / TICKS
    return used


def job_threads(root: int, skip: int = 0) -> list[tuple[str, float]]:
    """(state, CPU seconds) of every thread of `root` and its descendants (the driver, Spark's JVM, its Python
    daemon and workers), but the thread `skip`."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents.setdefault(int(entry.joinpath("stat").read_text().rsplit(")", 1)[1].split()[1]), []).append(
                    int(entry.name))
            except OSError:
                continue
    threads, todo = [], [root]
    while todo:
        pid = todo.pop()
        todo.extend(parents.get(pid, []))
        try:
            tasks = list(Path(f"/proc/{pid}/task").iterdir())
        except OSError:
            continue
        for task in tasks:
            if task.name == str(skip):
                continue
            try:
                values = task.joinpath("stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            threads.append((values[0], (int(values[11]) + int(values[12])) / TICKS))
    return threads


class FreeCoreClock:
    """Estimates how long the job would take on `cores` cores of its own, from /proc samples taken while it runs.

    Every `interval` seconds it reads the CPU seconds of all the job's threads and how many are runnable. On a
    machine shared with other jobs a runnable thread waits for a core; on free cores the CPU seconds c that the
    job used in an interval with d runnable threads take c / min(d, cores) seconds, and an interval with none
    runnable (the job waits on disk or a timer) takes as long as it did. Summed over the run this is the wall time
    the job would have on `cores` free cores, whatever the load; the total CPU seconds come with it. The sampler's
    own CPU (`own_cpu_seconds`, in the driver's process) is left out of both and of the driver's figure.
    """

    def __init__(self, root: int, cores: int, interval: float = 0.2) -> None:
        """Sample `root`'s process tree every `interval` seconds, for a machine of `cores` free cores."""
        self.root, self.cores, self.interval = root, cores, interval
        self.free_seconds = self.cpu_seconds = self.own_cpu_seconds = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> FreeCoreClock:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        """Sample until stopped; this thread's own reading of /proc is left out of the figures."""
        me = threading.get_native_id()
        last_cpu, last_time = sum(cpu for _, cpu in job_threads(self.root, me)), time.perf_counter()
        while not self._stop.wait(self.interval):
            threads = job_threads(self.root, me)
            cpu, now = sum(cpu for _, cpu in threads), time.perf_counter()
            runnable = sum(1 for state, _ in threads if state == "R")
            used = max(0.0, cpu - last_cpu)
            self.cpu_seconds += used
            self.free_seconds += used / min(runnable, self.cores) if runnable > 0 else now - last_time
            last_cpu, last_time = cpu, now
        self.own_cpu_seconds = time.thread_time()


def busy_cores(tasks: list, cores: int, seconds: float) -> float:
    """Share of the worker cores' time the coding tasks filled during the coding step (1.0: never idle)."""
    return sum(t.finished - t.started for t in tasks) / max(1e-9, cores * seconds)


def run_once(master: str, archive: str, output: str) -> dict:
    """Run the job under one master in this process and time it."""
    from sitrep.spark.job import run, session

    spark = session(master, shuffle_partitions=4, app_name="sitrep-bench")
    spark.sparkContext.setLogLevel("ERROR")
    spark.sparkContext.parallelize(range(2), 2).count()
    driver_before = time.process_time()
    jvm = spark.sparkContext._gateway.proc.pid
    threads_before = thread_cpu(jvm)
    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    with FreeCoreClock(os.getpid(), os.cpu_count() or 1) as free:
        report = run(spark, [archive], output)
    seconds = time.perf_counter() - start
    driver = time.process_time() - driver_before - free.own_cpu_seconds
    threads = thread_cpu(jvm)
    spark.stop()
    cpu = {"driver": driver, "jvm": sum(threads.values()) - sum(threads_before.values())}
    busiest = sorted(((name, v - threads_before.get(name, 0.0)) for name, v in threads.items()),
                     key=lambda kv: -kv[1])[:6]
    cores = spark_cores(master)
    return {"master": master, "documents": report.documents, "events": report.events, "seconds": round(seconds, 1),
            "documents_per_second": round(report.documents / seconds, 2), "partitions": report.partitions,
            "model_loads": report.model_loads,
            "coding_cpu_seconds_per_document": round(report.coding_cpu_seconds / max(1, report.documents), 3),
            "cpu_seconds": {k: round(v, 1) for k, v in cpu.items()}, "stage_seconds": report.stage_seconds,
            "job_cpu_seconds": round(free.cpu_seconds, 1), "free_core_seconds": round(free.free_seconds, 1),
            "free_core_documents_per_second": round(report.documents / max(1e-9, free.free_seconds), 2),
            "jvm_threads": {name: round(v, 1) for name, v in busiest},
            "coding_busy": round(busy_cores(report.tasks, cores, report.stage_seconds.get("code", seconds)), 2),
            "load_average": [round(load_before, 1), round(os.getloadavg()[0], 1)]}


def spark_cores(master: str) -> int:
    """The cores of a local master (local[N]; local[*] is every core)."""
    inside = master.partition("[")[2].rstrip("]")
    return os.cpu_count() or 1 if inside in ("", "*") else int(inside)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--shards", type=int, default=16)
    parser.add_argument("--masters", nargs="+", default=["local[1]", "local[2]"])
    parser.add_argument("--rounds", type=int, default=1, help="Run the masters back to back this many times.")
    parser.add_argument("--child", nargs=3, metavar=("MASTER", "ARCHIVE", "OUTPUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_once(*args.child)))
        return
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-spark-") as scratch:
        folder = Path(scratch)
        make_shards(args.documents, args.shards, folder)
        results = []
        for master in args.masters * args.rounds:
            child = subprocess.run([sys.executable, __file__, "--child", master, str(folder / "archive"),
                                    str(folder / f"out-{len(results)}")], check=True, capture_output=True, text=True)
            results.append(json.loads(child.stdout.strip().splitlines()[-1]))
            print(json.dumps(results[-1]), flush=True)
    masters = len(args.masters)
    for start in range(0, len(results), masters):
        base = results[start]
        for result in results[start + 1:start + masters]:
            print(f"{result['master']}: {result['documents_per_second'] / base['documents_per_second']:.2f}x the "
                  f"documents per second of {base['master']} by the wall clock, "
                  f"{result['free_core_documents_per_second'] / base['free_core_documents_per_second']:.2f}x "
                  f"estimated on {os.cpu_count()} free cores (free_core_seconds)")


if __name__ == "__main__":
    main()
