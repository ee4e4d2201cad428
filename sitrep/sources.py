"""Read articles from .txt, .html/.htm, .jsonl, .warc/.warc.gz and RSS/Atom files, folders, URLs and stdin.

Every input becomes a `Document` whose `text` is what all offsets point into (for HTML, the
text trafilatura extracts without comments), with `body` set by `sitrep.clean` and a cheap
language guess. A document that cannot be read becomes a `ReadError` with its id and a clear
message, and the iterator goes on with the next one: one bad file never stops a batch.

This is the one reader of every command that codes documents (`extract`, `ingest`, `geoparse`):
an input is told by its name and then by its content. A feed (by suffix, or a file or stdin that
starts like one) gives one document per entry (`sitrep.ingest.read_feed`); stdin whose first
non-blank line is a JSON object with a `text` or `html` string is read as JSONL rows. URLs and
teaser feed entries are fetched only when the caller passes a fetcher (`sitrep.ingest.Fetcher`).

Metadata precedence: for single documents (.txt, .html, stdin) the caller's flags win over
what the page says; inside containers (.jsonl rows, WARC records) each record's own values
win and the flags are defaults. A wire dateline is the last resort for the publication date.
"""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import itertools
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from sitrep.clean import find_body
from sitrep.errors import InputError
from sitrep.schema import Document, ReadError
from sitrep.untrusted import MAX_YEAR, MIN_YEAR, checked_date, in_range, scrub, scrub_value

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "MAX_HTML_BYTES",
    "KNOWN_SUFFIXES",
    "TEXT_SUFFIXES",
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "WARC_SUFFIXES",
    "FEED_SUFFIXES",
    "INPUT_SUFFIXES",
    "read_paths",
    "is_url",
    "looks_like_feed",
    "as_date",
    "folder_files",
    "read_text",
    "decode",
    "extract_html",
    "guess_language",
    "looks_like_html",
]

MIB = 1024 * 1024
MAX_DOCUMENT_BYTES = 5 * MIB
"""Largest text of one document (5 MB): bigger inputs are dumps or binaries, not articles."""

MAX_HTML_BYTES = 4 * MAX_DOCUMENT_BYTES
"""Largest raw HTML page: markup is several times the size of the text it holds."""

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES
FEED_SUFFIXES = (".rss", ".atom", ".xml")
INPUT_SUFFIXES = KNOWN_SUFFIXES + FEED_SUFFIXES
"""Files a folder is read for: articles, archives and feeds."""

FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL)

STDIN = "-"
TOO_BIG_HINT = "split it into articles (one .txt each, or one JSONL row each) and read those"

Item = Document | ReadError


def read_paths(
    paths: Iterable[str],
    *,
    published: dt.date | None = None,
    source: str | None = None,
    url: str | None = None,
    country: str | None = None,
    recursive: bool = True,
    fetcher: Any = None,
) -> Iterator[Item]:
    """Documents from files, folders (sorted, known extensions), feeds, URLs and '-' (stdin); failures
    as ReadError. `fetcher` (a `sitrep.ingest.Fetcher`) reads URLs and teaser feed entries' pages;
    without one those fail with a reason and nothing is fetched."""
    defaults = {"published": as_date(published), "source": source, "url": url, "country": country_code(country)}
    for path in map(str, paths):
        if path == STDIN:
            yield from _guarded(STDIN, None, lambda: _read_stdin(defaults, fetcher))
        elif is_url(path):
            yield from _read_url(path, defaults, fetcher)
        elif os.path.isdir(path):
            for file in folder_files(path, recursive, suffixes=INPUT_SUFFIXES):
                yield from _read_file(file, defaults, fetcher)
        else:
            yield from _read_file(path, defaults, fetcher)


def is_url(value: str) -> bool:
    """Whether an input names an http(s) URL rather than a file."""
    return value.startswith(("http://", "https://"))


def looks_like_feed(data: bytes, content_type: str = "") -> bool:
    """Whether fetched or read bytes are an RSS/Atom feed rather than a page."""
    if any(kind in content_type for kind in ("rss", "atom")):
        return True
    return bool(FEED_START.match(data[:2048]))


def as_date(value: dt.date | str | None) -> dt.date | None:
    """A publication date given as a date, a datetime or an ISO string ('2020-04-05'); InputError for a
    string that is not one or a date outside MIN_YEAR..MAX_YEAR."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    elif isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise InputError(f"published {value!r} is not a date",
                             hint="give it as YYYY-MM-DD, e.g. 2020-04-05") from None
    elif not isinstance(value, dt.date):
        raise InputError(f"published {value!r} is a {type(value).__name__}, not a date",
                         hint="give a datetime.date or a YYYY-MM-DD string")
    _check_published(value)
    return value


def _read_url(url: str, defaults: dict[str, Any], fetcher: Any) -> Iterator[Item]:
    """A fetched page or feed; without a fetcher, a ReadError saying fetching is off."""
    if fetcher is None:
        yield ReadError(url, f"cannot read {url}: fetching is off here (save the page and pass the file)", path=url)
        return
    from sitrep.ingest import read_url

    yield from read_url(url, fetcher, defaults)


def read_text(
    text: str,
    *,
    document_id: str,
    published: dt.date | None = None,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    country: str | None = None,
) -> Document:
    """A Document from text already in memory, with body regions, language and dateline date set.

    Raises InputError for empty text, text over MAX_DOCUMENT_BYTES characters or an unknown country.
    """
    _check_text(text)
    published = as_date(published)
    document = Document(id=document_id, text=text, title=title, source=source, url=url,
                        published=published, published_source="flag" if published else None,
                        country=country_code(country))
    return _finish(document)


def country_code(country: str | None) -> str | None:
    """The alpha-2 code of a country given by name, ACLED name or ISO code; InputError when unknown."""
    if country is None or not country.strip():
        return None
    from sitrep import countries

    found = countries.country_by_code(country) if len(country.strip()) == 2 else None
    found = found or countries.country_by_name(country.strip())
    if found is None:
        raise InputError(f"unknown country {country!r}", hint="give a country name (Benin) or its ISO code (BJ)")
    return found.alpha2


def _finish(document: Document) -> Document:
    """Set body, title (the headline, when the caller gave none), language and, when no other date,
    the dateline date: every reader ends here. Strings are scrubbed first (no NUL, no lone surrogate)."""
    for name in ("id", "text", "title", "source", "url", "path", "origin"):
        setattr(document, name, scrub_value(getattr(document, name)))
    document.body, headline = find_body(document.text)
    if document.title is None and headline is not None:
        document.title = headline.text
    document.language = guess_language(_body_text(document))
    if document.published is None:
        found = _byline_date(document.text)
        if found is not None and in_range(found):
            document.published, document.published_source = found, "byline"
    if document.published is None:
        found = _dateline_date(document)
        if found is not None and in_range(found):
            document.published, document.published_source = found, "dateline"
    return document


def _body_text(document: Document) -> str:
    regions = document.body or [(0, len(document.text))]
    return "\n".join(document.text[start:end] for start, end in regions)


BYLINE = re.compile(r"^\s*(?:(?:posted|published|updated|last updated)(?:\s+on)?\s*:?\s*)?(?P<date>.{6,40}?)\s*$",
                    re.IGNORECASE)
BYLINE_LINES = 15


def _byline_date(text: str) -> dt.date | None:
    """A publication date on a line of its own near the top ("Posted on 12 March 2024", "14 March 2021")."""
    from sitrep.dates import find_dates

    for line in text[:2000].split("\n")[:BYLINE_LINES]:
        if len(line.split()) > 14:
            continue
        for piece in BYLINE_SEPARATOR.split(line):
            match = BYLINE.match(NUMERIC_TIME.sub("", piece))
            if not match or len(piece.split()) > 8:
                continue
            numeric = _numeric_date(match.group("date"))
            if numeric is not None:
                return numeric
            for mention in find_dates(match.group("date"), None):
                covers = mention.end - mention.start >= 0.6 * len(match.group("date"))
                if mention.precision == 1 and mention.date_start and not mention.relative and covers:
                    return mention.date_start
    return None


NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)$")
NUMERIC_TIME = re.compile(r"\s+(?:at\s+)?\d{1,2}[:h.]\d\d(?:\s*[ap]\.?m\.?)?\b", re.IGNORECASE)
"""'13/01/2025 at 10:42': the time of day after a byline's date is no part of it."""


def _numeric_date(text: str) -> dt.date | None:
    """'13/01/2025' (day first) or '01/13/2025' (month first) when only one reading is a date;
    '03/04/2025' could be either and gives nothing rather than a guess."""
    match = NUMERIC_DATE.match(text.strip())
    if match is None:
        return None
    first, second, year = int(match[1]), int(match[2]), int(match[3])
    readings = set()
    for day, month in ((first, second), (second, first)):
        try:
            readings.add(dt.date(year, month, day))
        except ValueError:
            continue
    return readings.pop() if len(readings) == 1 else None


BYLINE_SEPARATOR = re.compile(r"\s+(?:[·•|—–]|by)\s+")
"""Between the parts of a byline: "September 20, 2024 · Security · 4 min read", "Posted on 12 March 2024 by the desk"."""


def _dateline_date(document: Document) -> dt.date | None:
    from sitrep.dates import find_dateline

    start = document.body[0][0] if document.body else 0
    found = find_dateline(document.text[start:])
    return found[0] if found else None


def _guarded(document_id: str, path: str | None, read: Callable[[], Iterable[Item]]) -> Iterator[Item]:
    """Run one reader; whatever it raises becomes a ReadError so the batch goes on."""
    try:
        yield from read()
    except InputError as exc:
        yield ReadError(document_id, str(exc), path)
    except Exception as exc:  # noqa: BLE001 - one unreadable input must not stop a batch
        yield ReadError(document_id, f"could not read: {type(exc).__name__}: {exc}", path)


def folder_files(folder: str, recursive: bool = True, suffixes: tuple[str, ...] = KNOWN_SUFFIXES) -> list[str]:
    """The files of a folder (and its subfolders) with one of `suffixes`, sorted; hidden files skipped."""
    pattern = "**/*" if recursive else "*"
    files = [
        p for p in Path(folder).glob(pattern)
        if p.is_file() and not p.name.startswith(".") and p.name.lower().endswith(suffixes)
    ]
    return [str(p) for p in sorted(files)]


def _read_file(path: str, defaults: dict[str, Any], fetcher: Any = None) -> Iterator[Item]:
    name = path.lower()
    if name.endswith(JSONL_SUFFIXES):
        yield from _guarded(path, path, lambda: _read_jsonl(path, defaults))
    elif name.endswith(WARC_SUFFIXES):
        yield from _guarded(path, path, lambda: _read_warc(path, defaults))
    else:
        yield from _guarded(path, path, lambda: _read_single(path, defaults, fetcher))


def _read_single(path: str, defaults: dict[str, Any], fetcher: Any) -> Iterator[Item]:
    """One page or text file, or a feed's entries (a feed suffix, or a file that starts like a feed)."""
    if not os.path.exists(path):
        raise InputError(f"no such file: {path}", hint="check the path")
    name = path.lower()
    is_html = name.endswith(HTML_SUFFIXES)
    is_feed = name.endswith(FEED_SUFFIXES)
    limit = _feed_limit(fetcher) if is_feed else MAX_HTML_BYTES if is_html else MAX_DOCUMENT_BYTES
    size = os.path.getsize(path)
    if size > limit:
        raise InputError(f"feed {path} is larger than {limit} bytes", hint=TOO_BIG_HINT) if is_feed \
            else _too_big(size, limit)
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    if is_feed or (not is_html and looks_like_feed(data)):
        yield from _feed_entries(data, path, defaults, fetcher)
        return
    text = decode(data)
    if is_html or (not name.endswith(TEXT_SUFFIXES) and looks_like_html(text)):
        yield _html_document(text, document_id=path, path=path, defaults=defaults, flags_win=True)
    else:
        yield _text_document(text, document_id=path, path=path, defaults=defaults)


def _feed_limit(fetcher: Any) -> int:
    """Largest feed file read: the fetcher's size limit when there is one, else that of an HTML page."""
    return fetcher.options.max_bytes if fetcher is not None else MAX_HTML_BYTES


def _feed_entries(data: bytes, where: str, defaults: dict[str, Any], fetcher: Any) -> Iterator[Item]:
    """A feed's entries as documents (sitrep.ingest reads feeds; teasers need the fetcher)."""
    from sitrep.ingest import read_feed

    return read_feed(data, where, fetcher, defaults)


def _read_stdin(defaults: dict[str, Any], fetcher: Any) -> Iterator[Item]:
    """Standard input as JSONL rows (its first non-blank line a JSON object with `text` or `html`),
    a feed's entries, or one text or HTML document."""
    stream = sys.stdin.buffer
    head: list[bytes] = []
    for line in _bounded_lines(stream, MAX_HTML_BYTES):
        head.append(line)
        if line.strip():
            break
    if head and _is_document_row(head[-1]):
        yield from _jsonl_rows(itertools.chain(head, _bounded_lines(stream, MAX_HTML_BYTES)), STDIN, None, defaults)
        return
    data = b"".join(head)
    data += stream.read(max(0, MAX_HTML_BYTES + 1 - len(data)))
    if looks_like_feed(data):
        yield from _feed_entries(data, STDIN, defaults, fetcher)
        return
    text = decode(data)
    if looks_like_html(text):
        yield _html_document(text, document_id=STDIN, path=None, defaults=defaults, flags_win=True)
        return
    if len(data) > MAX_DOCUMENT_BYTES:
        raise _too_big(len(data), MAX_DOCUMENT_BYTES)
    yield _text_document(text, document_id=STDIN, path=None, defaults=defaults)


def _is_document_row(line: bytes) -> bool:
    """Whether a line is a JSONL document row: a JSON object with a `text` or `html` string."""
    try:
        row = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return False
    return isinstance(row, dict) and any(isinstance(row.get(key), str) for key in ("text", "html"))


def _text_document(text: str, *, document_id: str, path: str | None, defaults: dict[str, Any]) -> Document:
    _check_text(text)
    document = Document(id=document_id, text=text, path=path, source=defaults["source"], url=defaults["url"],
                        country=defaults["country"])
    _set_published(document, defaults["published"], "flag")
    return _finish(document)


def _html_document(
    html: str,
    *,
    document_id: str,
    path: str | None,
    defaults: dict[str, Any],
    flags_win: bool,
    record: dict[str, Any] | None = None,
) -> Document:
    """Extract an HTML page's text (no comments) and metadata; `record` holds a container's own values."""
    record = record or {}
    text, meta = extract_html(html)
    _check_text(text)
    page = {"source": meta.get("sitename"), "url": meta.get("url")}
    if flags_win:
        pick = {key: defaults[key] or page[key] for key in ("source", "url")}
    else:
        pick = {key: record.get(key) or page[key] or defaults[key] for key in ("source", "url")}
    document = Document(
        id=document_id,
        text=text,
        title=record.get("title") or meta.get("title"),
        source=pick["source"],
        url=pick["url"],
        path=path,
        country=record.get("country") or defaults["country"],
    )
    dates = [(record.get("published"), "jsonl"), (defaults["published"], "flag"),
             (checked_date(meta.get("date")), "metadata")]
    if not flags_win:
        dates[1], dates[2] = dates[2], dates[1]
    for value, origin in dates:
        _set_published(document, value, origin)
    return _finish(document)


def _check_published(value: dt.date | None) -> None:
    if not in_range(value):
        raise InputError(f"publication date {value} is outside {MIN_YEAR}-{MAX_YEAR}",
                         hint="give the article's real publication date (YYYY-MM-DD)")


def _set_published(document: Document, value: dt.date | None, origin: str) -> None:
    _check_published(value)
    if document.published is None and value is not None:
        document.published, document.published_source = value, origin


def extract_html(html: str) -> tuple[str, dict[str, Any]]:
    """Main text of an HTML page without comments, and its metadata (title, date, sitename, url)."""
    import trafilatura
    from trafilatura.settings import set_date_params

    options = {
        "include_comments": False,
        "include_tables": True,
        "with_metadata": True,
        "date_extraction_params": set_date_params(False),
    }
    result = trafilatura.bare_extraction(html, favor_precision=True, **options)
    if result is None or not (result.text or "").strip():
        result = trafilatura.bare_extraction(html, favor_recall=True, **options)
    if result is None or not (result.text or "").strip():
        raise InputError("no article text found in the HTML page",
                         hint="the page may be empty, a script-only app shell or not an article")
    meta = {key: getattr(result, key, None) for key in ("title", "date", "sitename", "url")}
    return result.text, meta


def _read_jsonl(path: str, defaults: dict[str, Any]) -> Iterator[Item]:
    """One document per line: id, text or html, and optional title, published, source, url, country."""
    with _open_binary(path) as handle:
        yield from _jsonl_rows(_bounded_lines(handle, MAX_HTML_BYTES), path, path, defaults)


def _jsonl_rows(lines: Iterable[bytes], name: str, path: str | None, defaults: dict[str, Any]) -> Iterator[Item]:
    """The documents of JSONL lines read from `name` (a file, or '-'), each failing alone as 'name:line'."""
    rows = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        rows += 1
        where = f"{name}:{number}"
        yield from _guarded(where, path, lambda: [_jsonl_row(line, where, path, defaults)])
    if not rows:
        raise InputError(f"{name} holds no JSON lines", hint="give one JSON object per line with `id` and `text`")


def _bounded_lines(handle: BinaryIO, limit: int) -> Iterator[bytes]:
    """Lines of a binary file, each read at most `limit` + 1 bytes at a time: a huge line is cut (and
    then refused as too big) instead of being held whole in memory."""
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := handle.readline(limit)) and not rest.endswith(b"\n"):
                pass
        yield line


def _jsonl_row(line: bytes, where: str, path: str | None, defaults: dict[str, Any]) -> Document:
    if len(line) > MAX_HTML_BYTES:
        raise _too_big(len(line), MAX_HTML_BYTES, where=f"line {where}")
    try:
        row = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"line {where} is not valid JSON: {exc}",
                         hint="each line must be one JSON object with `id` and `text` or `html`") from exc
    if not isinstance(row, dict):
        raise InputError(f"line {where} is a JSON {type(row).__name__}, not an object",
                         hint="each line must be one JSON object with `id` and `text` or `html`")
    row = {key: scrub_value(value) for key, value in row.items()}
    document_id = str(row["id"]) if row.get("id") not in (None, "") else where
    record = {
        "title": _optional_str(row, "title", where),
        "source": _optional_str(row, "source", where),
        "url": _optional_str(row, "url", where),
        "published": _row_date(row.get("published"), where),
        "country": country_code(_optional_str(row, "country", where)),
    }
    if isinstance(row.get("text"), str):
        if len(row["text"]) > MAX_DOCUMENT_BYTES:
            raise _too_big(len(row["text"]), MAX_DOCUMENT_BYTES, where=f"line {where}")
        document = _jsonl_text_document(row["text"], document_id, path, record, defaults)
    elif isinstance(row.get("html"), str):
        document = _html_document(row["html"], document_id=document_id, path=path, defaults=defaults,
                                  flags_win=False, record=record)
    else:
        raise InputError(f"line {where} (id {document_id}) has no `text` or `html` string",
                         hint="give the article as `text` (plain) or `html` (a page)")
    document.origin = where
    return document


def _jsonl_text_document(
    text: str, document_id: str, path: str | None, record: dict[str, Any], defaults: dict[str, Any]
) -> Document:
    _check_text(text)
    document = Document(
        id=document_id,
        text=text,
        title=record["title"],
        source=record["source"] or defaults["source"],
        url=record["url"] or defaults["url"],
        path=path,
        country=record["country"] or defaults["country"],
    )
    _set_published(document, record["published"], "jsonl")
    _set_published(document, defaults["published"], "flag")
    return _finish(document)


def _optional_str(row: dict[str, Any], key: str, where: str) -> str | None:
    value = row.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise InputError(f"line {where}: `{key}` must be a string, not {type(value).__name__}")


def _row_date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    parsed = checked_date(value) if isinstance(value, str) else None
    if parsed is None:
        raise InputError(f"line {where}: `published` {value!r} is not a date between 1900 and 2100",
                         hint="use YYYY-MM-DD")
    return parsed


def _read_warc(path: str, defaults: dict[str, Any]) -> Iterator[Item]:
    """Every HTML (or plain text) response record of a WARC file; the record's URI is its id."""
    found = 0
    with open(path, "rb") as handle:
        for number, record in enumerate(_bounded_archive(handle), start=1):
            if record.rec_type not in ("response", "resource"):
                continue
            content_type = _record_content_type(record)
            if not re.search(r"html|text/plain", content_type):
                continue
            found += 1
            uri = scrub(record.rec_headers.get_header("WARC-Target-URI") or f"{path}#{number}")
            data = record.content_stream().read(MAX_HTML_BYTES + 1)
            yield from _guarded(uri, path, lambda: [_warc_document(data, content_type, uri, path, defaults)])
    if not found:
        raise InputError(f"no HTML or text response records in {path}",
                         hint="check that this is a WARC file of crawled pages")


MAX_WARC_LINE = 64 * 1024
"""Longest WARC or HTTP header line read: a longer one means a broken or hostile file."""


def _bounded_archive(handle: BinaryIO) -> Any:
    """warcio's record iterator, reading header lines of at most MAX_WARC_LINE bytes."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.bufferedreaders import DecompressingBufferedReader

    class BoundedLines(DecompressingBufferedReader):
        def readline(self, length: int | None = None) -> bytes:
            limit = MAX_WARC_LINE if length is None else min(length, MAX_WARC_LINE)
            line = b""
            while len(line) < limit and not line.endswith(b"\n"):
                piece = super().readline(limit - len(line))
                if not piece:
                    break
                line += piece
            if len(line) >= MAX_WARC_LINE and not line.endswith(b"\n"):
                raise InputError(f"a WARC header line is over {MAX_WARC_LINE // 1024} KiB",
                                 hint="the file is broken or not a WARC file")
            return line

    iterator = ArchiveIterator(handle)
    iterator.reader = BoundedLines(iterator.fh, block_size=iterator.reader.block_size)
    return iterator


def _record_content_type(record: Any) -> str:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    if headers is None:
        return ""
    return (headers.get_header("Content-Type") or "").lower()


def _warc_document(data: bytes, content_type: str, uri: str, path: str, defaults: dict[str, Any]) -> Document:
    if len(data) > MAX_HTML_BYTES:
        raise _too_big(len(data), MAX_HTML_BYTES, where=f"record {uri}")
    charset = re.search(r"charset=[\"']?([\w.:-]+)", content_type)
    text = decode(data, declared=charset.group(1) if charset else None)
    if "html" in content_type:
        document = _html_document(text, document_id=uri, path=path, defaults=defaults, flags_win=False,
                                  record={"url": uri})
    else:
        document = _text_document(text, document_id=uri, path=path, defaults=defaults)
        document.url = uri
    document.origin = uri
    return document


def _open_binary(path: str) -> BinaryIO:
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def decode(data: bytes, declared: str | None = None) -> str:
    """Bytes to text: BOM, then UTF-32/UTF-16 told by their zero bytes, then UTF-8, then a declared
    charset, then charset-normalizer's guess."""
    if not data.strip():
        raise InputError("empty document", hint="the input holds no text")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return _checked_text(data.decode("utf-32"))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked_text(data.decode("utf-16"))
    if b"\x00" in data:
        text = _wide_unicode(data)
        if text is None:
            raise InputError("binary content (NUL bytes), not text", hint="give text, HTML, JSONL or WARC files")
        return _checked_text(text)
    for encoding in ("utf-8-sig", declared):
        if encoding:
            try:
                return _checked_text(data.decode(encoding))
            except (UnicodeDecodeError, LookupError):
                continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("binary or undecodable content: no text encoding fits",
                         hint="convert the file to UTF-8 text")
    guess = str(best)
    if _mostly_latin(guess):
        # Short Latin-script texts fit many single-byte code pages equally well; news written
        # in them is overwhelmingly Windows-1252, so prefer it whenever it decodes cleanly.
        try:
            return _checked_text(data.decode("cp1252"))
        except UnicodeDecodeError:
            pass
    return _checked_text(guess)


WIDE_ENCODINGS = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be")


def _wide_unicode(data: bytes) -> str | None:
    """Text in UTF-32 or UTF-16 without a BOM (zero bytes between Latin letters); None for a binary."""
    for encoding in WIDE_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:5000]
        printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in sample)
        if "\x00" not in sample and printable >= 0.95 * len(sample) and _mostly_latin(sample):
            return text
    return None


def _mostly_latin(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch < "\u0250" for ch in letters) >= 0.9 * len(letters)


def _checked_text(text: str) -> str:
    """Reject decoded 'text' that is mostly control characters (a binary that happened to decode)."""
    sample = text[:20000]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    if controls > max(2, len(sample) // 100):
        raise InputError("binary content (control characters), not text",
                         hint="give text, HTML, JSONL or WARC files")
    return text


def _check_text(text: str) -> None:
    if not text.strip():
        raise InputError("empty document", hint="the input holds no text")
    if len(text) > MAX_DOCUMENT_BYTES:
        raise _too_big(len(text), MAX_DOCUMENT_BYTES)


def _too_big(size: int, limit: int, where: str = "document") -> InputError:
    return InputError(f"{where} is {size / MIB:.1f} MiB, over the {limit / MIB:.0f} MiB limit for one article",
                      hint=TOO_BIG_HINT)


def looks_like_html(text: str) -> bool:
    """Whether text is an HTML page rather than flat text (sniffed from its first characters)."""
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in head and "</" in head)


STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to in a is that for on was with as by at from he it said were have has".split()),
    "fr": frozenset("le la les des de du et est un une dans pour sur au aux par que qui a à été ont".split()),
    "es": frozenset("el la los las de del y a en un una por para con que se fue han según al".split()),
    "pt": frozenset("o a os as de do da dos das e em na no um uma por para com que foi são segundo".split()),
    "de": frozenset("der die das und ist in den von zu mit sich des auf für im dem nicht ein eine wurde".split()),
    "it": frozenset("il lo la gli le di del della e è un una per con che nel sono stato".split()),
    "nl": frozenset("de het een en van in is op te dat die met voor zijn werd door".split()),
    "tr": frozenset("ve bir bu da de için ile olarak olan en çok gibi daha sonra".split()),
    "id": frozenset("yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak oleh".split()),
}
"""The commonest function words of languages news arrives in: enough to tell them apart."""

ENGLISH_FUNCTION_WORDS = STOP_WORDS["en"] | frozenset(
    # prepositions and particles
    "about above across after against along amid among around before behind below beside between beyond "
    "during except inside into near off onto out outside over past since than through throughout till "
    "toward towards under until up upon via within without "
    # determiners, quantifiers and numbers written out
    "an all another any both each every few many more most much several some such these this those "
    "one two three four five six seven eight nine ten dozen dozens hundreds thousands "
    # pronouns
    "i you she we they him her us them his its our their who whom whose which what "
    # conjunctions and adverbs of the closed class
    "but or nor so yet if while because although though when where whether also not "
    # auxiliaries and copulas
    "are be been being had do does did will would shall should can could may might must".split()
)
"""English closed-class words (prepositions, determiners, pronouns, conjunctions, auxiliaries): a short
English headline often lacks the commonest ones ("Gunmen kill two near Garissa") but seldom all of them."""

SCRIPTS: tuple[tuple[str, str], ...] = (
    ("ARABIC", "ar"), ("CYRILLIC", "ru"), ("HEBREW", "he"), ("DEVANAGARI", "hi"), ("THAI", "th"),
    ("GREEK", "el"), ("HANGUL", "ko"), ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("CJK", "zh"),
    ("ETHIOPIC", "am"), ("BENGALI", "bn"), ("MYANMAR", "my"), ("GEORGIAN", "ka"), ("ARMENIAN", "hy"),
)
"""Unicode script name prefixes and the language a text written in them most likely is."""

MIN_WORDS_FOR_LANGUAGE = 5
MIN_STOP_WORDS = 2
"""One function word is no evidence of another language: a headline "Al Shabaab attacks police post" has the
Spanish "al" and no English function word, and is still English."""

SHORT_TEXT_WORDS = 40
"""Below this many words a text holds too few function words for their counts alone to name its language.
There each function word counts once (a name repeats its article, "Al ... Al ...", a language uses several
different ones), and a foreign guess must also outweigh the English closed-class words of the text."""

TITLE_CASE_SHARE = 0.8
"""Above this share of capitalised content words a text is written in title case or capitals (a headline),
where a capital letter says nothing about a word being part of a name."""

_SENTENCE_END = re.compile(r"[.!?:;\n\"\u201c\u00ab(]\s*$")


def guess_language(text: str) -> str | None:
    """ISO 639-1 code from script and stop-word ratios (cheap, no model); None when too short to tell.

    A function word written with a capital letter inside a sentence is part of a name, not grammar
    (Romance articles and prepositions are lower case there: "al", "el", "la", "de"), so "Al Shabaab",
    "El Wak", "La Paz" or "Dos Palmas" in an English text count for no other language; nor does a
    capitalised article joined by a hyphen, as Arabic names are transliterated ("Al-Shabaab", "El-Fasher"),
    even when it opens the text. A function word English writes too ("a", "in") is no evidence of another
    language, so "stormed a hotel" counts for English only. Short texts get the stricter tests of
    SHORT_TEXT_WORDS; short texts in title case or capitals, where names and grammar look alike, need one
    more distinct foreign function word.
    """
    sample = text[:5000]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return None
    script = _dominant_script(letters)
    if script is not None:
        return script
    matches = list(re.finditer(r"[^\W\d_]+", sample))
    if len(matches) < MIN_WORDS_FOR_LANGUAGE:
        return None
    words = [match.group().lower() for match in matches]
    opening = [_starts_sentence(sample, match.start()) for match in matches]
    capital = [match.group()[0].isupper() for match in matches]
    function = set().union(*STOP_WORDS.values())
    content = [cap for word, cap, first in zip(words, capital, opening) if word not in function and not first]
    title = bool(content) and sum(content) > TITLE_CASE_SHARE * len(content)
    hyphenated = [sample[match.end():match.end() + 1] == "-" for match in matches]
    grammatical = [word for word, cap, first, joined in zip(words, capital, opening, hyphenated)
                   if title or ((not cap or first) and not (cap and joined))]
    short = len(words) < SHORT_TEXT_WORDS

    def score(pool: list[str], stops: frozenset[str]) -> int:
        hits = [word for word in pool if word in stops]
        return len(set(hits)) if short else len(hits)

    scores = {code: score(words, stops) if code == "en" else score(grammatical, stops - STOP_WORDS["en"])
              for code, stops in STOP_WORDS.items()}
    best = max(scores, key=lambda code: scores[code])
    needed = MIN_STOP_WORDS + (1 if short and title else 0)
    if scores[best] < needed or scores[best] <= scores["en"] * 1.2:
        return "en" if scores["en"] else None
    if short and score(words, ENGLISH_FUNCTION_WORDS - STOP_WORDS[best]) >= scores[best]:
        return "en"
    return best


def _starts_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens the text, a sentence, a line or a quotation."""
    return start == 0 or bool(_SENTENCE_END.search(text, max(0, start - 8), start))


def _dominant_script(letters: list[str]) -> str | None:
    """The language of the main non-Latin script when it writes most letters, else None."""
    counts: dict[str, int] = {}
    for ch in letters:
        if ch < "\u0250":
            continue
        name = unicodedata.name(ch, "")
        for prefix, code in SCRIPTS:
            if name.startswith(prefix):
                counts[code] = counts.get(code, 0) + 1
                break
    if not counts:
        return None
    code = max(counts, key=lambda c: counts[c])
    if counts[code] * 2 < len(letters):
        return None
    if code == "ru" and any(ch in "іїєґІЇЄҐ" for ch in letters):
        return "uk"
    return code

