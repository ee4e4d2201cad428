"""Ingest: turn a stream of inputs (files, folders, feeds, URLs) into stored documents, events and incidents.

Every document gets a content-hash id (`content_hash`) before it is coded, so an article read twice,
from two paths or from a feed and its page, is one document, and its event ids do not depend on
where it was found. Documents already stored are not coded again. Each document is stored in its
own transaction (`Store.add_document`); one that cannot be read or coded goes to the store's
dead-letter table with its error and the batch goes on.

Feeds (RSS/Atom, read with feedparser): an entry whose content or summary holds at least
`MIN_FEED_WORDS` words is coded from that text; a shorter entry (a teaser) is coded from its
linked page, fetched like any URL. URLs are fetched with httpx: a timeout, a size limit, a
configurable user agent, and robots.txt is read and obeyed for every host.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import itertools
import logging
import re
import unicodedata
import urllib.robotparser
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import sqlalchemy.exc

from sitrep.errors import InputError, SitrepError
from sitrep.schema import Document, Event, ReadError
from sitrep.store import Store

FEED_SUFFIXES = (".rss", ".atom", ".xml")
MIN_FEED_WORDS = 40
"""A feed entry with fewer words than this is a teaser: its linked page is fetched and coded instead."""

DEFAULT_USER_AGENT = "sitrep/0.1 (conflict event coding; respects robots.txt)"
DEFAULT_TIMEOUT_S = 20.0
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL)
BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote", "tr")

log = logging.getLogger("sitrep")

Item = Document | ReadError
Extractor = Callable[[Iterable[Item]], Iterator[tuple[Item, "list[Event] | SitrepError"]]]


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How URLs are fetched: who we say we are, how long we wait, how much we read, whether robots.txt rules."""

    user_agent: str = DEFAULT_USER_AGENT
    timeout_s: float = DEFAULT_TIMEOUT_S
    max_bytes: int = DEFAULT_MAX_BYTES
    respect_robots: bool = True


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did."""

    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    events: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)


def content_hash(text: str) -> str:
    """A document's id: sha256 of its text, NFC-normalised with whitespace runs collapsed."""
    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def is_url(value: str) -> bool:
    """Whether an input names an http(s) URL rather than a file."""
    return value.startswith(("http://", "https://"))


class Fetcher:
    """Fetches URLs politely: robots.txt per host, a timeout, a size limit and our user agent."""

    def __init__(self, options: FetchOptions = FetchOptions()) -> None:
        import httpx

        self.options = options
        self.client = httpx.Client(
            timeout=options.timeout_s, follow_redirects=True, headers={"User-Agent": options.user_agent}
        )
        self._robots: dict[str, urllib.robotparser.RobotFileParser] = {}

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self.client.close()

    def allowed(self, url: str) -> bool:
        """Whether the host's robots.txt lets our user agent fetch this URL (no robots.txt: yes)."""
        if not self.options.respect_robots:
            return True
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            parser = urllib.robotparser.RobotFileParser()
            try:
                response = self.client.get(urljoin(origin, "/robots.txt"))
                status, body = response.status_code, response.text
            except Exception:  # noqa: BLE001 - an unreachable robots.txt counts as none
                status, body = 404, ""
            if status in (401, 403):
                parser.disallow_all = True
            elif status < 400:
                parser.parse(body.splitlines())
            else:
                parser.allow_all = True
            self._robots[origin] = parser
        return self._robots[origin].can_fetch(self.options.user_agent, url)

    def get(self, url: str) -> tuple[bytes, str, str]:
        """(body, content type, final URL) of a page; InputError when refused, failing, too big or too slow."""
        import httpx

        if not self.allowed(url):
            raise InputError(f"robots.txt disallows fetching {url}", hint="the site asks crawlers not to read it")
        try:
            with self.client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise InputError(f"HTTP {response.status_code} for {url}", hint="check the URL")
                declared = int(response.headers.get("content-length") or 0)
                if declared > self.options.max_bytes:
                    raise _too_big(url, self.options.max_bytes)
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.options.max_bytes:
                        raise _too_big(url, self.options.max_bytes)
                    chunks.append(chunk)
                return b"".join(chunks), response.headers.get("content-type", ""), str(response.url)
        except httpx.TimeoutException as exc:
            raise InputError(f"timed out fetching {url}", hint="retry later or raise --timeout") from exc
        except httpx.HTTPError as exc:
            raise InputError(f"cannot fetch {url}: {exc}", hint="check the URL and the network") from exc


def _too_big(url: str, limit: int) -> InputError:
    return InputError(f"{url} is larger than {limit} bytes", hint="raise --max-bytes if the page is a real article")


def _charset(content_type: str) -> str | None:
    found = re.search(r"charset=([\w-]+)", content_type or "", re.IGNORECASE)
    return found.group(1) if found else None


def looks_like_feed(data: bytes, content_type: str = "") -> bool:
    """Whether fetched or read bytes are an RSS/Atom feed rather than a page."""
    if any(kind in content_type for kind in ("rss", "atom")):
        return True
    return bool(FEED_START.match(data[:2048]))


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), one block per line."""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml rejects some fragments; their tags then stay as text
        return html
    for element in root.iter(*BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n\n".join(line for line in lines if line)


def _page_document(data: bytes, content_type: str, url: str, defaults: dict[str, Any]) -> Document:
    from sitrep.sources import decode, extract_html, looks_like_html, read_text

    text = decode(data, _charset(content_type))
    meta: dict[str, Any] = {}
    if "html" in content_type or looks_like_html(text):
        text, meta = extract_html(text)
    published = defaults["published"] or _iso_date(meta.get("date"))
    return read_text(text, document_id=url, published=published, source=defaults["source"] or meta.get("sitename"),
                     url=url, title=meta.get("title"), country=defaults["country"])


def _iso_date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _entry_date(entry: Any) -> dt.date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(*parsed[:3]) if parsed else None


def _entry_text(entry: Any) -> str:
    bodies = [c.get("value", "") for c in entry.get("content") or []] + [entry.get("summary", "")]
    text = max((fragment_text(b) for b in bodies if b), key=len, default="")
    title = (entry.get("title") or "").strip()
    return f"{title}\n\n{text}" if title and text and not text.startswith(title) else text


def read_feed(data: bytes, where: str, fetcher: Fetcher | None, defaults: dict[str, Any]) -> Iterator[Item]:
    """One document per feed entry: its own text when long enough, else its fetched page."""
    import feedparser

    from sitrep.sources import read_text

    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = parsed.get("bozo_exception") or "no entries"
        yield ReadError(where, f"not a readable RSS/Atom feed: {reason}", path=where)
        return
    feed_source = defaults["source"] or parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        entry_id = link or f"{where}#{number}"
        entry_defaults = {**defaults, "source": feed_source, "published": defaults["published"] or _entry_date(entry)}
        try:
            text = _entry_text(entry)
            if len(text.split()) >= MIN_FEED_WORDS:
                yield read_text(text, document_id=entry_id, published=entry_defaults["published"],
                                source=feed_source, url=link, title=entry.get("title"), country=defaults["country"])
            elif link and is_url(link) and fetcher is not None:
                body, content_type, final_url = fetcher.get(link)
                yield _page_document(body, content_type, final_url, entry_defaults)
            else:
                raise InputError(f"feed entry {entry_id} has too little text and no page to fetch",
                                 hint="the feed carries teasers only; ingest the article pages instead")
        except SitrepError as exc:
            yield ReadError(entry_id, str(exc), path=where)


def read_url(url: str, fetcher: Fetcher, defaults: dict[str, Any]) -> Iterator[Item]:
    """A fetched page as one document, or a fetched feed as one document per entry."""
    try:
        body, content_type, final_url = fetcher.get(url)
        if looks_like_feed(body, content_type):
            yield from read_feed(body, url, fetcher, defaults)
        else:
            yield _page_document(body, content_type, final_url, defaults)
    except SitrepError as exc:
        yield ReadError(url, str(exc), path=url)


def _read_feed_file(path: str, fetcher: Fetcher | None, defaults: dict[str, Any]) -> Iterator[Item]:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        yield ReadError(path, f"cannot read {path}: {exc.strerror}", path=path)
        return
    yield from read_feed(data, path, fetcher, defaults)


def read_inputs(
    inputs: Iterable[str],
    *,
    published: dt.date | None = None,
    source: str | None = None,
    url: str | None = None,
    country: str | None = None,
    fetch: FetchOptions = FetchOptions(),
) -> Iterator[Item]:
    """Documents from files, folders, '-', feed files and URLs (pages or feeds); failures as ReadError."""
    from sitrep.sources import country_code, read_paths

    defaults = {"published": published, "source": source, "url": url, "country": country_code(country)}
    fetcher = _lazy_fetcher(fetch)
    try:
        for value in inputs:
            if is_url(value):
                yield from read_url(value, fetcher(), defaults)
            elif value.lower().endswith(FEED_SUFFIXES):
                yield from _read_feed_file(value, fetcher(), defaults)
            else:
                yield from read_paths([value], published=published, source=source, url=url, country=country)
    finally:
        if fetcher.cache_info().currsize:
            fetcher().close()


def _lazy_fetcher(options: FetchOptions) -> Callable[[], Fetcher]:
    return functools.cache(lambda: Fetcher(options))


def ingest_documents(
    store: Store,
    items: Iterable[Item],
    *,
    extract: Extractor | None = None,
    on_document: Callable[[str, str], None] | None = None,
) -> IngestReport:
    """Code and store every new document, one transaction each; failures go to the dead-letter table."""
    if extract is None:
        from sitrep.api import extract_documents as extract
    report = IngestReport()
    notify = on_document or (lambda outcome, key: None)
    for item in items:
        if isinstance(item, ReadError):
            _fail(store, report, item.document_id, item.message, item.path)
            notify("failed", item.document_id)
            continue
        key = item.path or item.url or item.id
        item.id = content_hash(item.text)
        if store.has_document(item.id):
            store.add_reference(item)
            report.duplicates += 1
            notify("duplicate", key)
            continue
        _, result = next(extract([item]))
        outcome = _store_one(store, report, key, item.path or item.url,
                             lambda: result if isinstance(result, Exception) else store.add_document(item, result))
        if outcome == "stored":
            report.events += len(result)
        notify(outcome, key)
    return report


def _store_one(store: Store, report: IngestReport, key: str, path: str | None,
               write: Callable[[], "bool | Exception"]) -> str:
    """Run one document's write; count it as stored, duplicate or failed (dead letter), never raise for it."""
    try:
        outcome = write()
    except (SitrepError, ValueError, TypeError, KeyError, sqlalchemy.exc.SQLAlchemyError) as exc:
        log.exception("could not store %s", key)
        outcome = exc
    if isinstance(outcome, Exception):
        _fail(store, report, key, str(outcome), path)
        return "failed"
    if outcome:
        report.stored += 1
        return "stored"
    report.duplicates += 1
    return "duplicate"


def _fail(store: Store, report: IngestReport, key: str, message: str, path: str | None) -> None:
    store.record_failure(key, message, path)
    report.failed += 1
    report.failures.append((key, message))


def ingest_events(
    store: Store, coded: Iterable[Event | ReadError], *, on_document: Callable[[str, str], None] | None = None
) -> IngestReport:
    """Store events coded elsewhere (e.g. `sitrep extract` JSONL), one transaction per run of one document's events."""
    report = IngestReport()
    notify = on_document or (lambda outcome, key: None)
    for key, group in itertools.groupby(coded, key=lambda e: e.document_id):
        batch = list(group)
        failures = [item for item in batch if isinstance(item, ReadError)]
        for failure in failures:
            _fail(store, report, failure.document_id, failure.message, failure.path)
            notify("failed", failure.document_id)
        if not failures:
            outcome = _store_one(store, report, key, None, lambda: store.add_events(batch))
            if outcome == "stored":
                report.events += len(batch)
            notify(outcome, key)
    return report


def read_event_lines(path: str) -> Iterator[Event | ReadError]:
    """Events from a JSONL file of Event records (the output of `sitrep extract`); a bad line is a ReadError."""
    import json

    try:
        handle = open(path, encoding="utf-8")
    except OSError as exc:
        yield ReadError(path, f"cannot read {path}: {exc.strerror}", path=path)
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield Event.from_dict(json.loads(line))
            except (ValueError, TypeError, KeyError) as exc:
                where = f"{path}:{number}"
                yield ReadError(where, f"{where}: not an event record ({exc}); pass the JSONL `sitrep extract` prints",
                                path=path)


EVENT_PARQUET_PARTS = ("events", "dead_letter")
"""Folders of a `sitrep spark extract` output that hold article-level events and failed documents."""


def is_event_parquet(path: str) -> bool:
    """Whether an input is sitrep's own event Parquet: a .parquet file, a folder of them, or a Spark job's output."""
    root = Path(path)
    if root.is_file():
        return root.name.lower().endswith(".parquet")
    return root.is_dir() and ((root / "events").is_dir() or bool(_parquet_files(root)))


def read_coded_events(path: str) -> Iterator[Event | ReadError]:
    """Events coded elsewhere: sitrep's event Parquet (a file, a folder, a Spark output) or `sitrep extract` JSONL."""
    return read_event_parquet(path) if is_event_parquet(path) else read_event_lines(path)


def read_event_parquet(path: str) -> Iterator[Event | ReadError]:
    """Events from Parquet with the columns of `sitrep events --format parquet`, grouped by document.

    A Spark job's output folder gives its events/ (incidents are rebuilt by the store) and its
    dead_letter/ rows as ReadError, so the store keeps every document that failed.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from sitrep.export import arrow_schema, event_from_row

    root = Path(path)
    spark_output = root.is_dir() and (root / "events").is_dir()
    for file in _parquet_files(root / "dead_letter") if spark_output else []:
        for row in pq.ParquetFile(file).read().to_pylist():
            yield ReadError(row["document_id"], f"{row['stage']}: {row['reason']}", path=row.get("path"))
    files = [root] if root.is_file() else _parquet_files(root / "events" if spark_output else root)
    schema = arrow_schema()
    tables = []
    for file in files:
        table = pq.ParquetFile(file).read()
        missing = [name for name in schema.names if name not in table.column_names]
        if missing:
            yield ReadError(str(file), f"{file} is not sitrep event Parquet: no column {', '.join(missing)}",
                            path=str(file))
            continue
        tables.append(table.select(schema.names).cast(schema))
    if tables:
        merged = pa.concat_tables(tables).sort_by([("document_id", "ascending"), ("event_id", "ascending")])
        for row in merged.to_pylist():
            yield event_from_row(row)


def _parquet_files(folder: Path) -> list[Path]:
    """Parquet data files under a folder (recursive, sorted), hidden files skipped."""
    from sitrep.sources import folder_files

    return [Path(p) for p in folder_files(str(folder), suffixes=(".parquet",))] if folder.is_dir() else []
