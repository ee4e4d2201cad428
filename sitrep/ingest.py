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
import ipaddress
import itertools
import logging
import math
import re
import socket
import time
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
from sitrep.sources import STDIN, is_url, looks_like_feed
from sitrep.store import Store, _stub_document_row, coding_options
from sitrep.untrusted import checked_date, in_range

MIN_FEED_WORDS = 40
"""A feed entry with fewer words than this is a teaser: its linked page is fetched and coded instead."""

DEFAULT_USER_AGENT = "sitrep/0.1 (conflict event coding; respects robots.txt)"
DEFAULT_TIMEOUT_S = 20.0
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote", "tr")

log = logging.getLogger("sitrep")

Item = Document | ReadError
Extractor = Callable[[Iterable[Item]], Iterator[tuple[Item, "list[Event] | SitrepError"]]]
Notify = Callable[[str, str, str], None]
"""Called once per document with its outcome ('stored', 'recoded', 'duplicate', 'failed'), its key and, for a
failure, the reason (else '')."""


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How URLs are fetched: who we say we are, how long we wait, how much we read, whether robots.txt
    rules, and whether loopback, private, link-local and reserved addresses may be reached."""

    user_agent: str = DEFAULT_USER_AGENT
    timeout_s: float = DEFAULT_TIMEOUT_S
    """Total seconds for one request, redirects and the whole body included (not per read)."""
    max_bytes: int = DEFAULT_MAX_BYTES
    respect_robots: bool = True
    allow_private: bool = False
    allow_networks: tuple[str, ...] = ()
    """Networks (CIDR, e.g. '10.1.2.0/24') reachable even without `allow_private`: one proxy or mirror."""


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did."""

    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    events: int = 0
    recoded: int = 0
    """Documents already stored and coded again (`force`)."""
    new_sources: int = 0
    """Duplicates read from a place or outlet not recorded before: kept as another source of the document."""
    failures: list[tuple[str, str]] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)
    """Documents stored with news events that have no date (wire copy without a publication date)."""


def content_hash(text: str) -> str:
    """A document's id: sha256 of its text, NFC-normalised with whitespace runs collapsed."""
    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def with_content_id(item: Item, *, keep_named: bool = False) -> Item:
    """The document with its content-hash id, so its id and its events' ids do not depend on how its path was
    spelled ('a.txt', './a.txt', absolute, stdin): `sitrep extract` and the store give the same ids.

    With `keep_named` (what `sitrep extract` does) an id the input names itself (a JSONL row's `id`, a feed
    entry's link) is kept, and only an id that says where the document was read is replaced; the store always
    keys documents by content.
    """
    if isinstance(item, Document) and (not keep_named or item.id in (item.path, item.origin, item.url, STDIN)):
        item.id = content_hash(item.text)
    return item


class Fetcher:
    """Fetches URLs safely and politely.

    Redirects are followed by hand: every hop's host is resolved and each of its addresses checked
    (no loopback, private, link-local, shared, multicast or reserved address unless `allow_private`),
    the connection goes to the address checked (no second DNS answer), and robots.txt is obeyed on
    every host reached. One request, redirects and body included, has `timeout_s` in total, and no
    body (robots.txt included) is read beyond its size cap.
    """

    def __init__(self, options: FetchOptions = FetchOptions()) -> None:
        self.options = options
        self._robots: dict[str, urllib.robotparser.RobotFileParser] = {}

    @functools.cached_property
    def client(self) -> Any:
        """The HTTP client, made on the first fetch: reading files only never starts one."""
        import httpx

        return httpx.Client(timeout=self.options.timeout_s, follow_redirects=False,
                            headers={"User-Agent": self.options.user_agent})

    def close(self) -> None:
        """Close the HTTP connection pool, if a fetch opened one."""
        if "client" in self.__dict__:
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
                body, _, _, status = self._fetch(urljoin(origin, "/robots.txt"), MAX_ROBOTS_BYTES, robots=False)
            except InputError:  # an unreachable, refused or oversized robots.txt counts as none
                status, body = 404, b""
            if status in (401, 403):
                parser.disallow_all = True
            elif status < 400:
                parser.parse(body.decode("utf-8", errors="replace").splitlines())
            else:
                parser.allow_all = True
            self._robots[origin] = parser
        return self._robots[origin].can_fetch(self.options.user_agent, url)

    def get(self, url: str) -> tuple[bytes, str, str]:
        """(body, content type, final URL) of a page; InputError when refused, failing, too big or too slow."""
        body, content_type, final_url, status = self._fetch(url, self.options.max_bytes, robots=True)
        if status >= 400:
            raise InputError(f"HTTP {status} for {final_url}", hint="check the URL")
        return body, content_type, final_url

    def _fetch(self, url: str, limit: int, *, robots: bool) -> tuple[bytes, str, str, int]:
        """(body, content type, final URL, status) after following redirects hop by hop, each checked."""
        import httpx

        deadline = time.monotonic() + self.options.timeout_s
        for _hop in range(MAX_REDIRECTS + 1):
            address, host = self._checked_address(url)
            if robots and not self.allowed(url):
                raise InputError(f"robots.txt disallows fetching {url}", hint="the site asks crawlers not to read it")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise InputError(f"timed out fetching {url}", hint="retry later or raise --timeout")
            pinned = httpx.URL(url).copy_with(host=address)
            try:
                with self.client.stream("GET", pinned, headers={"Host": _host_header(url)}, timeout=remaining,
                                        extensions={"sni_hostname": host}) as response:
                    if response.is_redirect and "location" in response.headers:
                        url = urljoin(url, response.headers["location"])
                        continue
                    body = _read_body(response, url, limit, deadline)
                    return body, response.headers.get("content-type", ""), url, response.status_code
            except httpx.TimeoutException as exc:
                raise InputError(f"timed out fetching {url}", hint="retry later or raise --timeout") from exc
            except httpx.HTTPError as exc:
                raise InputError(f"cannot fetch {url}: {exc}", hint="check the URL and the network") from exc
        raise InputError(f"more than {MAX_REDIRECTS} redirects from {url}", hint="check the URL")

    def _checked_address(self, url: str) -> tuple[str, str]:
        """(IP address to connect to, host name) for an http(s) URL whose every address may be reached."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InputError(f"refusing to fetch {url}: only http(s) URLs with a host", hint="check the URL")
        host = parts.hostname
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
            found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, ValueError, UnicodeError) as exc:
            raise InputError(f"cannot resolve {host}: {exc}", hint="check the URL and the network") from exc
        addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in found]
        if not self.options.allow_private:
            allowed = [ipaddress.ip_network(network) for network in self.options.allow_networks]
            refused = [a for a in addresses if not is_public_address(a) and not any(a in net for net in allowed)]
            if refused:
                raise InputError(f"refusing to fetch {url}: {host} resolves to {refused[0]}, a private, loopback, "
                                 "link-local or reserved address", hint="pass --allow-private to fetch from your own network")
        return str(addresses[0]), host


MAX_REDIRECTS = 5
MAX_ROBOTS_BYTES = 512 * 1024
"""robots.txt is read up to this size (after decompression); a larger one counts as none."""


def is_public_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Whether an address is on the public internet: not loopback, private, link-local, shared,
    multicast, reserved or unspecified (an IPv4-mapped IPv6 address is judged as its IPv4 one)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def _host_header(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc.rsplit("@", 1)[-1]


def _read_body(response: Any, url: str, limit: int, deadline: float) -> bytes:
    """The (decoded) body, refused beyond `limit` bytes or past the request's deadline."""
    declared = response.headers.get("content-length") or "0"
    if declared.isdigit() and int(declared) > limit:
        raise _too_big(url, limit)
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise _too_big(url, limit)
        if time.monotonic() > deadline:
            raise InputError(f"timed out fetching {url}", hint="retry later or raise --timeout")
        chunks.append(chunk)
    return b"".join(chunks)


def _too_big(url: str, limit: int) -> InputError:
    return InputError(f"{url} is larger than {limit} bytes", hint="raise --max-bytes if the page is a real article")


def _charset(content_type: str) -> str | None:
    found = re.search(r"charset=([\w-]+)", content_type or "", re.IGNORECASE)
    return found.group(1) if found else None


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
    published = defaults["published"] or checked_date(meta.get("date"))
    return read_text(text, document_id=url, published=published, source=defaults["source"] or meta.get("sitename"),
                     url=url, title=meta.get("title"), country=defaults["country"])


def _entry_date(entry: Any) -> dt.date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    try:
        date = dt.date(*parsed[:3]) if parsed else None
    except (TypeError, ValueError):
        return None
    return date if in_range(date) else None


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


def read_inputs(
    inputs: Iterable[str],
    *,
    published: dt.date | str | None = None,
    source: str | None = None,
    url: str | None = None,
    country: str | None = None,
    fetch: FetchOptions | None = FetchOptions(),
) -> Iterator[Item]:
    """Documents from files, folders, '-', feed files and URLs (pages or feeds); failures as ReadError.

    The reader of `sitrep.sources.read_paths` with a fetcher for URLs and teaser feed entries; with
    `fetch` None nothing is fetched (those inputs fail with their reason).
    """
    from sitrep.sources import read_paths

    fetcher = Fetcher(fetch) if fetch is not None else None
    try:
        yield from read_paths(inputs, published=published, source=source, url=url, country=country, fetcher=fetcher)
    finally:
        if fetcher is not None:
            fetcher.close()


def ingest_documents(
    store: Store,
    items: Iterable[Item],
    *,
    extract: Extractor | None = None,
    on_document: Notify | None = None,
    force: bool = False,
    backend: str | None = None,
) -> IngestReport:
    """Code and store every new document, one transaction each; failures go to the dead-letter table.

    A document already stored is not coded again, but a new place or outlet it was read from is recorded as
    another source of it; with `force` it is coded again and its events replaced (`Store.replace_coding`,
    the previous coding kept in its history).

    Every step of one document (hashing, coding, storing, dead-lettering) runs inside one guard:
    whatever goes wrong, that document fails alone with its reason and the batch goes on.
    `backend` names the extractor that codes them (`sitrep.backends`), recorded in each coding's options.
    """
    from sitrep import backends

    backend = backends.validate(backend or backends.current())
    if extract is None:
        from sitrep.api import extract_documents

        extract = functools.partial(extract_documents, backend=backend)
    report = IngestReport()
    notify = on_document or (lambda outcome, key, reason: None)

    def finish(item: Item, key: str, outcome: str, reason: str) -> None:
        if outcome == "failed":
            _fail(store, report, key, reason, item.path)
        notify(outcome, key, reason)

    def to_code() -> Iterator[Document]:
        for item in items:
            key = document_key(item)
            try:
                outcome, reason = _before_coding(store, report, item, force)
            except Exception as exc:  # noqa: BLE001 - one document must never sink the batch
                log.debug("could not ingest %s", key, exc_info=True)
                outcome, reason = "failed", _reason(exc)
            if outcome:
                finish(item, key, outcome, reason)
            else:
                yield item

    for item, result in extract(to_code()):
        key = document_key(item)
        try:
            outcome, reason = _store_coded(store, report, item, key, result, force, backend)
        except Exception as exc:  # noqa: BLE001 - one document must never sink the batch
            log.debug("could not ingest %s", key, exc_info=True)
            outcome, reason = "failed", _reason(exc)
        finish(item, key, outcome, reason)
    return report


def document_key(item: Item) -> str:
    """Which document an item is, for dead letters and messages: the file, 'file:line' of a JSONL row,
    a WARC record's URI, or the URL."""
    if isinstance(item, ReadError):
        return item.document_id
    return item.origin or item.path or item.url or item.id


def _before_coding(store: Store, report: IngestReport, item: Item, force: bool) -> tuple[str, str]:
    """(outcome, reason) of an item that needs no coding (unreadable, or stored and not forced), else
    ("", ""); raises whatever goes wrong, for the caller's guard."""
    if isinstance(item, ReadError):
        return "failed", item.message
    with_content_id(item)
    if store.has_document(item.id) and not force:
        report.new_sources += store.add_reference(item)
        report.duplicates += 1
        return "duplicate", ""
    return "", ""


def _store_coded(store: Store, report: IngestReport, item: Document, key: str, result: list[Event] | Exception,
                 force: bool, backend: str) -> tuple[str, str]:
    """(outcome, reason) of storing a coded item: with `force` its events replace a stored coding, else a
    copy stored meanwhile (the same text earlier in the input) makes it a duplicate; raises whatever goes
    wrong, for the caller's guard."""
    if isinstance(result, Exception):
        return "failed", str(result)
    options = coding_options(item, backend=backend)
    if force and store.has_document(item.id):
        store.replace_coding(item, result, options)
        report.recoded += 1
        report.events += len(result)
        return "recoded", ""
    if not store.add_document(item, result, options):
        report.new_sources += store.add_reference(item)
        report.duplicates += 1
        return "duplicate", ""
    report.stored += 1
    report.events += len(result)
    _note_undated(report, key, result)
    return "stored", ""


def _note_undated(report: IngestReport, key: str, events: list[Event]) -> None:
    """Remember a stored document whose news events have no date: its incidents get no event_date or year."""
    if any(not event.event_date and not event.is_background for event in events):
        report.undated.append(key)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, SitrepError):
        return str(exc)
    if isinstance(exc, sqlalchemy.exc.StatementError):
        return f"could not store: {type(exc.orig).__name__}: {str(exc.orig).splitlines()[0] if str(exc.orig) else ''}"
    return f"{type(exc).__name__}: {exc}"


def _fail(store: Store, report: IngestReport, key: str, message: str, path: str | None) -> None:
    """Count a failure and keep it as a dead letter; a store that cannot even take that is logged, not raised."""
    report.failed += 1
    report.failures.append((key, message))
    try:
        store.record_failure(key, message, path)
    except Exception:  # noqa: BLE001 - the failure is still counted and reported
        log.warning("could not record the failure of %s", key, exc_info=True)


def _readable_documents(store: Store, report: IngestReport, coded: Iterable[Event | ReadError],
                        notify: Notify) -> Iterator[tuple[str, list[Event]]]:
    """(document id, its events) for each run of one document's coded events; a run holding a line that could
    not be read fails as a whole (dead-lettered and notified) and is not yielded."""
    for key, group in itertools.groupby(coded, key=lambda e: e.document_id):
        batch = list(group)
        failures = [item for item in batch if isinstance(item, ReadError)]
        for failure in failures:
            _fail(store, report, failure.document_id, failure.message, failure.path)
            notify("failed", failure.document_id, failure.message)
        if not failures:
            yield key, batch


def ingest_events(store: Store, coded: Iterable[Event | ReadError], *, on_document: Notify | None = None) -> IngestReport:
    """Store events coded elsewhere (e.g. `sitrep extract` JSONL), one transaction per run of one document's events."""
    report = IngestReport()
    notify = on_document or (lambda outcome, key, reason: None)
    for key, batch in _readable_documents(store, report, coded, notify):
        try:
            outcome, reason = ("stored", "") if store.add_events(batch) else ("duplicate", "")
        except Exception as exc:  # noqa: BLE001 - one document must never sink the batch
            log.debug("could not store %s", key, exc_info=True)
            outcome, reason = "failed", _reason(exc)
        if outcome == "failed":
            _fail(store, report, key, reason, None)
        elif outcome == "stored":
            report.stored += 1
            report.events += len(batch)
            _note_undated(report, key, batch)
        else:
            report.duplicates += 1
        notify(outcome, key, reason)
    return report


BULK_EVENTS = 50_000
"""Events per transaction of a bulk load: one COPY per table and one incident recomputation for each."""


def ingest_events_in_bulk(store: Store, coded: Iterable[Event | ReadError], *, on_document: Notify | None = None,
                          events_per_transaction: int = BULK_EVENTS) -> IngestReport:
    """`ingest_events` for a PostgreSQL store, many documents per transaction (`sitrep.bulk`): the same store
    content, a re-run adds nothing. Documents that fail are kept as dead letters, as there."""
    report = IngestReport()
    notify = on_document or (lambda outcome, key, reason: None)
    pending: list[list[Event]] = []
    pending_events = 0
    for key, batch in _readable_documents(store, report, coded, notify):
        try:
            _stub_document_row(batch)
        except ValueError as exc:
            _fail(store, report, key, _reason(exc), None)
            notify("failed", key, _reason(exc))
            continue
        pending.append(batch)
        pending_events += len(batch)
        if pending_events >= events_per_transaction:
            _store_in_bulk(store, pending, report, notify)
            pending, pending_events = [], 0
    if pending:
        _store_in_bulk(store, pending, report, notify)
    return report


def _store_in_bulk(store: Store, batches: list[list[Event]], report: IngestReport, notify: Notify) -> None:
    from sitrep.bulk import add_events_in_bulk

    stored = add_events_in_bulk(store, batches)
    for batch in batches:
        key = batch[0].document_id
        if key in stored:
            stored.discard(key)  # a later batch of the same document is a duplicate, as in ingest_events
            report.stored += 1
            report.events += len(batch)
            _note_undated(report, key, batch)
            notify("stored", key, "")
        else:
            report.duplicates += 1
            notify("duplicate", key, "")


def read_event_lines(path: str) -> Iterator[Event | ReadError]:
    """Events from a JSONL file of Event records (the output of `sitrep extract`); a bad line is a ReadError."""
    import json

    try:
        handle = open(path, encoding="utf-8", errors="surrogateescape")
    except OSError as exc:
        yield ReadError(path, f"cannot read {path}: {exc.strerror}", path=path)
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                yield checked_event(Event.from_dict(json.loads(line)))
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                yield ReadError(where, f"{where}: not an event record ({exc}); pass the JSONL `sitrep extract` prints",
                                path=path)


def checked_event(event: Event) -> Event:
    """An event read from outside whose values are safe to store: ValueError names the first that is not."""
    from sitrep.casualties import MAX_TOLL

    for name, low, high in (("latitude", -90.0, 90.0), ("longitude", -180.0, 180.0)):
        value = getattr(event, name)
        if value is not None and not (isinstance(value, (int, float)) and math.isfinite(value) and low <= value <= high):
            raise ValueError(f"{name} {value!r} is not a finite number in {low:g}..{high:g}")
    for name in ("event_date", "date_start", "date_end"):
        value = getattr(event, name)
        if value is not None and (not isinstance(value, str) or checked_date(value) is None or len(value) != 10):
            raise ValueError(f"{name} {value!r} is not an ISO date (YYYY-MM-DD) between 1900 and 2100")
    ranges = list(event.casualties.items()) + [(kind, getattr(claim, kind)) for claim in event.claims
                                               for kind in ("killed", "injured", "killed_or_injured")]
    figures = [("fatalities", event.fatalities)] + [(kind, value) for kind, pair in ranges if pair for value in pair]
    for name, value in figures:
        if not isinstance(value, int) or not 0 <= value <= MAX_TOLL:
            raise ValueError(f"{name} {value!r} is not a count between 0 and {MAX_TOLL}")
    if not isinstance(event.document_id, str) or not event.document_id:
        raise ValueError("document_id is missing")
    return event


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

    from sitrep.contract import CONTRACT_VERSION
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
        version = (table.schema.metadata or {}).get(b"sitrep.contract_version", CONTRACT_VERSION.encode()).decode()
        missing = [name for name in schema.names if name not in table.column_names]
        if version != CONTRACT_VERSION:
            yield ReadError(str(file), f"{file} was written with data contract version {version}; this sitrep reads "
                            f"version {CONTRACT_VERSION} (export it again with this version of sitrep)", path=str(file))
            continue
        if missing:
            yield ReadError(str(file), f"{file} is not sitrep event Parquet of contract version {CONTRACT_VERSION}: "
                            f"no column {', '.join(missing)} (export it again with this version of sitrep)",
                            path=str(file))
            continue
        tables.append(table.select(schema.names).cast(schema))
    if tables:
        merged = pa.concat_tables(tables).sort_by([("document_id", "ascending"), ("event_id_cnty", "ascending")])
        for row in merged.to_pylist():
            try:
                yield checked_event(event_from_row(row))
            except (ValueError, TypeError) as exc:
                yield ReadError(str(row.get("document_id")), f"{path}: not a storable event ({exc})", path=path)


def _parquet_files(folder: Path) -> list[Path]:
    """Parquet data files under a folder (recursive, sorted), hidden files skipped."""
    from sitrep.sources import folder_files

    return [Path(p) for p in folder_files(str(folder), suffixes=(".parquet",))] if folder.is_dir() else []
