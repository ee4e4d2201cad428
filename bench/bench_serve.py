"""Benchmark of `sitrep serve`: API latency under concurrent clients, and how fast the page becomes usable.

1. API: a synthetic SQLite store of --events events (1 million by default, filled by bench_store.bulk_fill),
   `sitrep serve` in its own process, --clients threads (20) each asking for filtered pages of 100
   incidents (the filters of `sitrep events`: the first page, then the next --pages - 1 by following
   `next_cursor`, as the page's table does; each client keeps one connection, through the standard library's
   http.client, the least CPU a Python client spends) for --seconds; prints p50/p95/p99 per filter and overall, and
   the CPU time per request of the server's processes and of the clients (all on one host, so both count).
   With --distinct each round of pages carries a parameter of its own that the API ignores (`round`), so the
   server's response cache never answers and every request does the store's work. Target: p95 under 100 ms.
2. Page: a store of --page-incidents incidents (100,000), the page opened in Debian's Chromium; prints
   the time until the map, timeline and table are drawn (body[data-ready]) on the first load (nothing
   cached) and the median of three more, and the time a filter and a zoom take. Target: interactive in
   under 2 s.

Run: .venv/bin/python bench/bench_serve.py [--events 1000000] [--clients 20] [--seconds 20] [--workers CPUs]
     [--page-incidents 100000] [--workdir DIR to keep and reuse the stores]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import bulk_fill  # noqa: E402 - the same synthetic stores as the store benchmark

from sitrep.serve.harness import chromium_page, running_server  # noqa: E402
from sitrep.store import Store  # noqa: E402

TARGET_P95_MS = 100.0
TARGET_READY_S = 2.0
FILTERS: dict[str, dict[str, str]] = {
    "none": {},
    "country": {"country": "Iraq"},
    "admin1": {"admin1": "Syria Province 3"},
    "date range": {"since": "2020-04-01", "until": "2020-06-30"},
    "event type": {"type": "Explosions/Remote violence"},
    "sub-event type": {"sub_type": "Air/drone strike"},
    "actor": {"actor": "Islamic State"},
    "bbox (Iraq)": {"bbox": "38,29,49,38"},
    "min fatalities 3": {"min_fatalities": "3"},
    "min confidence 0.9": {"min_confidence": "0.9"},
    "free text (rare)": {"text": "Town 4321"},
    "country+since+type": {"country": "Iraq", "since": "2020-04-01", "type": "Explosions/Remote violence"},
}


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def serve_process(db: str, port: int, workers: int) -> subprocess.Popen:
    """`sitrep serve` on the store, in its own process(es), once it answers."""
    sitrep = str(Path(sys.executable).parent / "sitrep")
    process = subprocess.Popen([sitrep, "serve", "--db", db, "--port", str(port), "--workers", str(workers)],
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/config", timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("sitrep serve did not start")


def process_tree_cpu(pid: int) -> float:
    """Seconds of CPU (user and system) used so far by a process and every process under it (Linux /proc)."""
    parents: dict[int, int] = {}
    used: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
            used[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    tree, grown = {pid}, True
    while grown:
        below = {child for child, parent in parents.items() if parent in tree} - tree
        tree |= below
        grown = bool(below)
    return sum(used.get(p, 0.0) for p in tree)


def wait_until_idle(pid: int, limit: float = 120.0) -> None:
    """Wait until the server has finished its start-up work (it computes the whole store's facets and map
    clusters in the background, seconds of CPU at a million events), so that CPU is not counted as the
    requests'."""
    deadline = time.monotonic() + limit
    used = process_tree_cpu(pid)
    while time.monotonic() < deadline:
        time.sleep(0.5)
        now = process_tree_cpu(pid)
        if now - used < 0.05:
            return
        used = now


def bench_api(db: str, clients: int, seconds: float, port: int, workers: int, filters: dict[str, dict[str, str]],
              pages: int, distinct: bool = False) -> None:
    """Filtered pages from `clients` threads for `seconds`, `pages` deep by cursor; latency per filter and overall,
    and the CPU time per request of the server and of the clients."""
    process = serve_process(db, port, workers)
    path = "/api/incidents"
    base = f"http://127.0.0.1:{port}{path}"
    samples: dict[str, list[float]] = {name: [] for name in filters}
    errors: list[str] = []
    stop = 0.0

    def client(number: int) -> None:
        names = list(filters)
        session = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            step = number
            while time.monotonic() < stop:
                name = names[step % len(names)]
                cursor = None
                own = {"round": f"{number}-{step}"} if distinct else {}
                for _ in range(pages):
                    params = {**filters[name], "limit": "100", **own, **({"cursor": cursor} if cursor else {})}
                    start = time.perf_counter()
                    session.request("GET", f"{path}?{urlencode(params)}")
                    response = session.getresponse()
                    body = response.read()
                    elapsed = (time.perf_counter() - start) * 1000
                    if response.status != 200:
                        errors.append(f"{name}: {response.status}")
                        break
                    samples[name].append(elapsed)
                    cursor = json.loads(body)["next_cursor"]
                    if cursor is None or time.monotonic() >= stop:
                        break
                step += 1
        finally:
            session.close()

    try:
        for session_warmup in filters.values():
            httpx.get(base, params={**session_warmup, "limit": "100"}, timeout=60)
        wait_until_idle(process.pid)
        threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
        started = time.monotonic()
        stop = started + seconds  # after the warm-up requests, which may take long on a cold store
        server_cpu, client_cpu = process_tree_cpu(process.pid), time.process_time()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.monotonic() - started
        server_cpu, client_cpu = process_tree_cpu(process.pid) - server_cpu, time.process_time() - client_cpu
    finally:
        process.terminate()
        process.wait(10)
    every = [s for values in samples.values() for s in values]
    rounds = "each round of pages its own (--distinct)" if distinct else "the same rounds over and over"
    print(f"\n## API: {workers} server worker(s), {clients} concurrent clients, pages 1 to {pages} by cursor, {rounds}, "
          f"{len(every)} requests in {wall:.1f} s ({len(every) / wall:.0f} requests/s), {len(errors)} errors")
    print(f"\nCPU per request: server {server_cpu * 1000 / max(1, len(every)):.2f} ms, clients "
          f"{client_cpu * 1000 / max(1, len(every)):.2f} ms; load average {os.getloadavg()[0]:.1f} at the end")
    print("\n| filter | requests | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|")
    for name, values in samples.items():
        if values:
            print(f"| {name} | {len(values)} | {statistics.median(values):.1f} | {percentile(values, 0.95):.1f} | "
                  f"{percentile(values, 0.99):.1f} |")
    p95 = percentile(every, 0.95)
    print(f"| **all** | {len(every)} | {statistics.median(every):.1f} | {p95:.1f} | {percentile(every, 0.99):.1f} |")
    print(f"\np95 {p95:.1f} ms: {'within' if p95 <= TARGET_P95_MS else 'OVER'} the {TARGET_P95_MS:.0f} ms target")


def bench_page(db: str, warm_up: bool) -> None:
    """Time until the page is drawn (first load, then three more), then the time a filter and a zoom take."""
    from sitrep.serve.app import create_app

    store = Store(db)
    try:
        total = store.facets().get("total")
        with running_server(create_app(store, warm_up=warm_up)) as url, chromium_page() as page:
            timings = []
            for _ in range(4):
                start = time.perf_counter()
                page.goto(url + "/")
                page.wait_for_selector("body[data-ready='true']", timeout=120_000)
                timings.append(time.perf_counter() - start)
            first, timings = timings[0], timings[1:]
            markers = page.get_attribute("#map", "data-markers")
            start = time.perf_counter()
            page.select_option("#f-country", "Iraq")
            page.click("#filters button[type=submit]")
            page.wait_for_selector("body[data-refreshed='2']", timeout=120_000)
            assert page.get_attribute("#summary", "data-total") != str(total)
            filtered = time.perf_counter() - start
            start = time.perf_counter()
            page.evaluate("() => { state.map.setZoom(6, { animate: false }); }")
            page.wait_for_selector("#map[data-drawn-zoom='6']", timeout=120_000)
            zoom = time.perf_counter() - start
    finally:
        store.close()
    ready = statistics.median(timings)
    print(f"\n## page: {total:,} incidents, {markers} on the map\n\n| step | seconds |\n|---|---|")
    started = "the server's warm-up running meanwhile" if warm_up else "nothing computed beforehand (--no-warm-up)"
    print(f"| first load to interactive, right after the server started ({started}) | {first:.2f} |")
    print(f"| load to interactive (median of 3 more: {', '.join(f'{t:.2f}' for t in timings)}) | {ready:.2f} |")
    print(f"| filter by country, redrawn | {filtered:.2f} |\n| zoom to level 6, clusters redrawn | {zoom:.2f} |")
    print(f"\ninteractive in {ready:.2f} s ({first:.2f} s the first time): "
          f"{'within' if max(ready, first) <= TARGET_READY_S else 'OVER'} the "
          f"{TARGET_READY_S:.0f} s target")


def build(path: Path, events: int) -> None:
    with Store(str(path)) as one:
        seconds = bulk_fill(one, events)
    print(f"store of {events:,} events filled in {seconds:.0f} s ({path.stat().st_size / 1e6:.0f} MB)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000, help="size of the API store")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20.0, help="how long the clients run")
    parser.add_argument("--page-incidents", type=int, default=100_000, help="size of the page's store")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="sitrep serve --workers")
    parser.add_argument("--pages", type=int, default=3, help="pages each client reads per filter, by cursor")
    parser.add_argument("--without", action="append", default=[], choices=list(FILTERS),
                        help="leave this filter out of the API run (repeatable)")
    parser.add_argument("--distinct", action="store_true",
                        help="API: each round of pages with a parameter of its own, so the response cache never answers")
    parser.add_argument("--no-warm-up", action="store_true",
                        help="page: start the server without computing the first load's answers beforehand")
    parser.add_argument("--skip-api", action="store_true")
    parser.add_argument("--skip-page", action="store_true")
    parser.add_argument("--workdir", default=None, help="keep the stores here and reuse them (default: a temp dir)")
    args = parser.parse_args()
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="sitrep-bench-serve-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        if not args.skip_api:
            api_db = workdir / f"api-{args.events}.db"
            if not api_db.exists():
                build(api_db, args.events)
            bench_api(str(api_db), args.clients, args.seconds, args.port, args.workers,
                      {name: params for name, params in FILTERS.items() if name not in args.without}, args.pages,
                      args.distinct)
        if not args.skip_page:
            page_db = workdir / f"page-{args.page_incidents}.db"
            if not page_db.exists():
                build(page_db, args.page_incidents)
            bench_page(str(page_db), warm_up=not args.no_warm_up)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    print(f"\nmachine: {os.cpu_count()} CPUs visible; SQLite store; server and clients on one host")


if __name__ == "__main__":
    main()
