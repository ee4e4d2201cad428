"""Screenshots of `sitrep serve` for the README: the map of our example articles, and one incident's view.

Codes examples/articles into a temporary SQLite store (the real ingest path), serves it, and lets
Debian's Chromium take docs/serve-map.png and docs/serve-incident.png (the incident with the most
claims and evidence spans).

Run: .venv/bin/python bench/serve_screenshots.py [--out docs]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from sitrep.ingest import ingest_documents, read_inputs
from sitrep.serve.app import create_app
from sitrep.serve.harness import chromium_page, running_server, wait_until_ready
from sitrep.store import Store

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(ROOT / "docs"), help="folder for the two PNG files")
    args = parser.parse_args()
    out = Path(args.out)
    with tempfile.TemporaryDirectory(prefix="sitrep-shots-") as folder, Store(str(Path(folder) / "demo.db")) as store:
        ingest_documents(store, read_inputs([str(ROOT / "examples" / "articles")]))
        richest = max(store.query(), key=lambda e: (len(e.claims), len(e.evidence), len(e.sources)))
        with running_server(create_app(store)) as url, chromium_page(1400, 860) as page:
            wait_until_ready(page, url + "/")
            page.screenshot(path=str(out / "serve-map.png"))
            wait_until_ready(page, f"{url}/#incident/{richest.event_id}")
            page.wait_for_selector("#incident mark.evidence")
            page.evaluate("() => document.querySelector('#incident mark.evidence').scrollIntoView({block: 'center'})")
            page.screenshot(path=str(out / "serve-incident.png"))
    print(f"wrote {out / 'serve-map.png'} and {out / 'serve-incident.png'} (incident {richest.event_id})")


if __name__ == "__main__":
    main()
