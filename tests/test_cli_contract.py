"""What a user can rely on from the command line (issue 13): exit statuses, one-line errors, read-only
commands that never make a database, progress and plain stderr, one input reader for every command,
and a Python API that takes dates as strings.

Every test runs the real CLI (click's runner, or a subprocess where the terminal matters) on files
written here; nothing is fetched (links point at addresses that are refused or never resolved).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.commands.common import EXIT_SOME_FAILED, document_count, documents_per_second
from sitrep.errors import InputError, StoreError
from sitrep.ingest import content_hash
from sitrep.store import Store

REPORT = "Gunmen killed five villagers in Kano on Monday, police said."
OTHER = "Soldiers clashed with militants near Maiduguri on Tuesday, leaving two soldiers dead."
LONG_REPORT = ("Gunmen on motorbikes attacked the village of Kadisau in Katsina state on Tuesday night and killed "
               "at least twelve farmers, a police spokesman said on Wednesday. Residents said the attackers "
               "burned houses and stole cattle before fleeing into the forest, and that soldiers arrived hours "
               "later. The state government condemned the attack.")
"""Full article text (well over the 40 words that make a feed entry more than a teaser)."""


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


def sitrep(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    """The installed command in a subprocess, stdout and stderr piped (not a terminal)."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1]), "COLUMNS": "80"}
    env.pop("FORCE_COLOR", None)
    return subprocess.run([sys.executable, "-c", "from sitrep.cli import main; main()", *args], cwd=cwd, input=stdin, capture_output=True,
                          text=True, env=env, timeout=600)


def article(folder: Path, name: str, text: str = REPORT) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# --- 1. exit statuses and honest errors ----------------------------------------------------------


def test_extract_of_a_missing_file_fails_with_the_reason_and_a_summary(tmp_path):
    result = run("extract", str(tmp_path / "nothere.txt"))
    assert result.exit_code == EXIT_SOME_FAILED
    [failure] = [line for line in result.stderr.splitlines() if line.startswith("failed ")]
    assert "no such file" in failure and "check the path" in failure
    assert "0 document(s) coded into 0 event(s), 1 failed" in result.stderr and result.stdout == ""


def test_ingest_of_a_missing_file_says_why_on_stderr_and_fails(tmp_path):
    result = run("ingest", "--db", str(tmp_path / "s.db"), str(tmp_path / "nothere.txt"))
    assert result.exit_code == EXIT_SOME_FAILED
    assert f"failed {tmp_path / 'nothere.txt'}: no such file" in result.stderr
    assert "0 document(s) stored and 0 re-coded with 0 event(s), 0 already stored (0 from a new source), 1 failed" in result.stderr


def test_a_batch_with_one_bad_input_finishes_keeps_the_rest_and_fails(tmp_path):
    good, bad = article(tmp_path, "good.txt"), str(tmp_path / "missing.txt")
    result = run("extract", bad, good, "--published", "2024-03-04")
    assert result.exit_code == EXIT_SOME_FAILED
    good_id = content_hash(Path(good).read_text(encoding="utf-8"))
    assert {json.loads(line)["document_id"] for line in result.stdout.splitlines()} == {good_id}
    assert "1 document(s) coded" in result.stderr and "1 failed" in result.stderr
    db = str(tmp_path / "s.db")
    stored = run("ingest", "--db", db, bad, good, "--published", "2024-03-04")
    assert stored.exit_code == EXIT_SOME_FAILED and "1 document(s) stored" in stored.stderr
    again = run("ingest", "--db", db, good)
    assert again.exit_code == 0 and "1 already stored (0 from a new source), 0 failed" in again.stderr


def test_a_batch_where_everything_is_coded_exits_zero(tmp_path):
    result = run("extract", article(tmp_path, "a.txt"), article(tmp_path, "b.txt", OTHER))
    assert result.exit_code == 0 and "2 document(s) coded" in result.stderr and "0 failed" in result.stderr


def test_help_documents_the_exit_statuses():
    for verb in ("extract", "ingest", "geoparse"):
        text = " ".join(run(verb, "--help").stdout.split())
        assert f"{EXIT_SOME_FAILED} the batch finished but some inputs failed" in text, verb


# --- 2. read-only commands never create a database ------------------------------------------------


@pytest.mark.parametrize("command", [["events"], ["stats"], ["incident", "inc_0"], ["events", "--format", "csv"]])
def test_read_only_commands_refuse_a_missing_store_and_create_nothing(tmp_path, command):
    typo = tmp_path / "typo.db"
    result = run(*command, "--db", str(typo))
    assert result.exit_code == 1
    assert f"no store at {typo}" in result.stderr and "sitrep ingest" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and not typo.exists()


def test_stats_in_an_empty_folder_creates_no_sitrep_db(tmp_path):
    result = sitrep("stats", cwd=tmp_path)
    assert result.returncode == 1 and "no store at sitrep.db" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_serve_without_a_token_refuses_a_missing_store(tmp_path):
    result = sitrep("serve", "--db", "typo.db", "--port", "0", cwd=tmp_path)
    assert result.returncode == 1 and "no store at typo.db" in result.stderr and not (tmp_path / "typo.db").exists()


def test_the_store_opens_read_only_only_what_exists(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        Store(str(tmp_path / "none.db"), create=False)
    assert not (tmp_path / "none.db").exists()
    sqlite3.connect(tmp_path / "other.db").execute("CREATE TABLE notes (x)").connection.close()
    with pytest.raises(StoreError, match="no sitrep store"):
        Store(str(tmp_path / "other.db"), create=False)
    Store(str(tmp_path / "real.db")).close()
    with Store(str(tmp_path / "real.db"), create=False) as store, store.engine.connect() as conn:
        assert store.stats()["documents"] == 0
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


PG_URL = os.environ.get("SITREP_TEST_DATABASE_URL")


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="SITREP_TEST_DATABASE_URL is not set (no PostgreSQL server to test against)")
def test_a_postgresql_schema_without_a_store_is_not_made_one():
    schema = f"sitrep_cli_{os.getpid()}"
    with pytest.raises(StoreError, match="no sitrep store"):
        Store(PG_URL, schema=schema, create=False)
    store = Store(PG_URL, schema=schema)
    try:
        with Store(PG_URL, schema=schema, create=False) as again:
            assert again.stats()["documents"] == 0
    finally:
        store.drop()
        store.close()


# --- 3. progress and plain output -------------------------------------------------------------------


def test_errors_on_a_pipe_are_whole_lines_without_escape_codes(tmp_path):
    long_name = tmp_path / ("a-rather-long-folder-name-for-the-archive-of-" + "x" * 60) / "missing-article.txt"
    good = article(tmp_path, "good.txt")
    for verb in (["extract"], ["ingest", "--db", str(tmp_path / "s.db")]):
        result = sitrep(*verb, str(long_name), good, cwd=tmp_path)
        assert result.returncode == EXIT_SOME_FAILED, result.stderr
        [failure] = [line for line in result.stderr.splitlines() if "no such file" in line]
        assert failure.startswith(f"failed {long_name}: no such file: {long_name}") and len(failure) > 120
        assert "\x1b" not in result.stderr and "━" not in result.stderr


def test_the_bar_counts_and_measures_a_real_rate(tmp_path):
    rows = "".join(json.dumps({"id": f"r{n}", "text": text}) + "\n" for n, text in enumerate([REPORT, OTHER]))
    result = sitrep("ingest", "--progress", "--db", "s.db", "-", cwd=tmp_path, stdin=rows)
    assert result.returncode == 0, result.stderr
    bar = next(line for line in result.stderr.splitlines() if line.startswith("ingest"))
    assert "2 docs" in bar and "/?" not in bar
    assert float(re.search(r"([\d.e-]+) docs/s", bar).group(1)) > 0
    assert documents_per_second(14, 2.0) == 7.0 and documents_per_second(0, 0.0) is None


def test_extract_shows_progress_with_the_total_when_asked(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps({"id": f"r{n}", "text": t}) + "\n" for n, t in enumerate([REPORT, OTHER])),
                     encoding="utf-8")
    result = sitrep("extract", "--progress", str(batch), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert re.search(r"^extract .* 2/2 .*docs/s", result.stderr, re.MULTILINE)
    assert len(result.stdout.splitlines()) >= 2
    quiet = sitrep("extract", str(batch), cwd=tmp_path)
    assert "docs/s" not in quiet.stderr and "━" not in quiet.stderr


def test_the_bar_on_a_terminal_leaves_the_records_on_stdout(tmp_path):
    import pty
    import threading

    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps({"id": f"r{n}", "text": t}) + "\n" for n, t in enumerate([REPORT, OTHER])),
                     encoding="utf-8")
    terminal, child = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1]), "COLUMNS": "160"}
    process = subprocess.Popen([sys.executable, "-c", "from sitrep.cli import main; main()", "extract", str(batch)],
                               stdout=subprocess.PIPE, stderr=child, cwd=tmp_path, env=env)
    os.close(child)
    seen: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                chunk = os.read(terminal, 4096)
            except OSError:
                return
            if not chunk:
                return
            seen.append(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    stdout, _ = process.communicate(timeout=600)
    reader.join(timeout=30)
    os.close(terminal)
    shown = b"".join(seen).decode("utf-8", "replace")
    assert process.returncode == 0 and "extract" in shown and "docs/s" in shown
    assert '"event_id"' not in shown
    assert {json.loads(line)["document_id"] for line in stdout.decode().splitlines()} == {"r0", "r1"}


def test_inputs_are_counted_when_that_is_cheap(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    article(folder, "a.txt")
    (folder / "b.jsonl").write_text(json.dumps({"text": REPORT}) + "\n\n" + json.dumps({"text": OTHER}) + "\n",
                                    encoding="utf-8")
    assert document_count([str(folder), article(tmp_path, "c.html", "<p>x</p>")]) == 4
    assert document_count(["-"]) is None and document_count(["https://example.org/feed"]) is None
    (folder / "f.rss").write_text("<rss/>", encoding="utf-8")
    assert document_count([str(folder)]) is None


# --- 4. one input reader: feeds, JSONL on stdin -----------------------------------------------------


def rss(items: list[str]) -> str:
    return ('<?xml version="1.0"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            "<channel><title>Katsina Wire</title>" + "".join(items) + "</channel></rss>")


def rss_item(link: str, *, description: str = "", content: str = "") -> str:
    encoded = f"<content:encoded><![CDATA[<p>{content}</p>]]></content:encoded>" if content else ""
    return (f"<item><title>Attack in Katsina</title><link>{link}</link>"
            f"<pubDate>Thu, 07 Mar 2024 09:00:00 GMT</pubDate><description>{description}</description>{encoded}</item>")


ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Sahel Atom</title><id>urn:sahel</id><updated>2024-03-07T09:00:00Z</updated>
<entry><title>Attack in Katsina</title><id>urn:sahel:1</id><link href="https://news.invalid/atom-1"/>
<updated>2024-03-07T09:00:00Z</updated><summary>Teaser.</summary>
<content type="html">&lt;p&gt;{LONG_REPORT}&lt;/p&gt;</content></entry></feed>"""


def feed_with_full_text_and_one_teaser(folder: Path) -> str:
    """Two entries with their full text (content:encoded; a long description) whose links would not
    resolve, and one teaser whose link is refused: only the teaser may try to fetch."""
    path = folder / "wire.xml"
    path.write_text(rss([
        rss_item("https://news.invalid/one", description="Teaser.", content=LONG_REPORT),
        rss_item("https://news.invalid/two", description=LONG_REPORT.replace("Tuesday", "Monday")),
        rss_item("http://127.0.0.1:9/three", description="Gunmen attacked a village."),
    ]), encoding="utf-8")
    return str(path)


def coded_urls(stdout: str) -> set[str]:
    """The URLs of the documents that gave events, from `sitrep extract` JSONL (ids are content hashes)."""
    return {ref["url"] for line in stdout.splitlines() for ref in json.loads(line)["sources"]}


def test_extract_reads_a_feed_as_ingest_does_and_codes_full_text_offline(tmp_path):
    feed = feed_with_full_text_and_one_teaser(tmp_path)
    result = run("extract", feed)
    assert result.exit_code == EXIT_SOME_FAILED
    assert coded_urls(result.stdout) == {"https://news.invalid/one", "https://news.invalid/two"}
    [failure] = [line for line in result.stderr.splitlines() if line.startswith("failed ")]
    assert "http://127.0.0.1:9/three" in failure and "refusing to fetch" in failure
    stored = run("ingest", "--db", str(tmp_path / "s.db"), feed)
    assert stored.exit_code == EXIT_SOME_FAILED and "2 document(s) stored" in stored.stderr
    assert "1 failed" in stored.stderr


@pytest.mark.parametrize("suffix", [".atom", ".xml", ".txt"])
def test_an_atom_feed_with_content_is_coded_from_the_feed(tmp_path, suffix):
    feed = tmp_path / f"sahel{suffix}"
    feed.write_text(ATOM, encoding="utf-8")
    result = run("extract", str(feed))
    assert result.exit_code == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events and coded_urls(result.stdout) == {"https://news.invalid/atom-1"}
    assert events[0]["source"] == "Sahel Atom" and events[0]["event_date"].startswith("2024-03")


def test_a_feed_on_stdin_is_read_as_a_feed(tmp_path):
    result = run("extract", "-", stdin=ATOM)
    assert result.exit_code == 0, result.stderr
    assert coded_urls(result.stdout) == {"https://news.invalid/atom-1"}


def test_extract_fetches_urls_as_ingest_does_with_the_same_options():
    refused = run("extract", "http://127.0.0.1:9/page")
    assert refused.exit_code == EXIT_SOME_FAILED and "refusing to fetch" in refused.stderr
    allowed = run("extract", "--allow-private", "--timeout", "5", "http://127.0.0.1:9/page")
    assert allowed.exit_code == EXIT_SOME_FAILED
    assert "cannot fetch http://127.0.0.1:9/page" in allowed.stderr and "refusing" not in allowed.stderr


def test_jsonl_on_stdin_is_read_row_by_row(tmp_path):
    rows = ("\n" + json.dumps({"id": "kano", "text": REPORT, "published": "2024-03-05"}) + "\n"
            + json.dumps({"id": "borno", "text": OTHER}) + "\n{broken\n")
    result = run("extract", "-", "--published", "2024-03-01", stdin=rows)
    assert result.exit_code == EXIT_SOME_FAILED
    assert {json.loads(line)["document_id"] for line in result.stdout.splitlines()} == {"kano", "borno"}
    assert "failed -:4: line -:4 is not valid JSON" in result.stderr
    stored = run("ingest", "--db", str(tmp_path / "s.db"), "-", stdin=rows)
    assert "2 document(s) stored" in stored.stderr and "1 failed" in stored.stderr


def test_text_that_only_starts_with_a_brace_is_one_document(tmp_path):
    result = run("extract", "-", "--published", "2024-03-05", stdin='{"note": "wire copy"}\n' + REPORT)
    text = '{"note": "wire copy"}\n' + REPORT
    assert result.exit_code == 0
    assert {json.loads(line)["document_id"] for line in result.stdout.splitlines()} == {content_hash(text)}


def test_extract_and_ingest_read_inputs_alike(tmp_path):
    from sitrep.api import read_documents
    from sitrep.ingest import read_inputs

    folder = tmp_path / "inbox"
    folder.mkdir()
    article(folder, "a.txt")
    (folder / "b.jsonl").write_text(json.dumps({"id": "b", "text": OTHER}) + "\n", encoding="utf-8")
    (folder / "c.atom").write_text(ATOM, encoding="utf-8")
    seen = [[(d.id, d.text, d.source) for d in reader([str(folder)])] for reader in (read_documents, read_inputs)]
    assert seen[0] == seen[1] and len(seen[0]) == 3


# --- 5. the Python API takes dates as strings --------------------------------------------------------


def test_extract_text_takes_an_iso_date_string():
    from sitrep.api import extract_text

    as_string = extract_text(REPORT, published="2020-04-08")
    as_date = extract_text(REPORT, published=dt.date(2020, 4, 8))
    assert as_string and [e.to_dict() for e in as_string] == [e.to_dict() for e in as_date]
    assert as_string[0].event_date == "2020-04-06"


@pytest.mark.parametrize("bad", ["05/04/2020", "yesterday", "1850-01-01", 20200405])
def test_a_bad_published_value_is_a_clear_error(bad):
    from sitrep.api import extract_text, read_documents

    with pytest.raises(InputError, match="YYYY-MM-DD|outside 1900-2100"):
        extract_text(REPORT, published=bad)
    with pytest.raises(InputError):
        list(read_documents(["-"], published=bad))


def test_read_documents_takes_an_iso_date_string(tmp_path):
    from sitrep.api import read_documents

    [document] = read_documents([article(tmp_path, "a.txt")], published="2020-04-05")
    assert document.published == dt.date(2020, 4, 5)
