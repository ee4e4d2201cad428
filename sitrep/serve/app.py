"""The ASGI application of `sitrep serve`: JSON API over `sitrep.store`, exports via `sitrep.export`, the web page.

FastAPI was chosen because it writes the OpenAPI description from the same typed parameters that
validate each request (schemathesis tests the server against it), ships a test client, and runs the
store's blocking calls in a thread pool, which suits SQLAlchemy's synchronous engine. Every read goes
through `Store.query`, `Store.points`, `Store.facets` and `Store.incident`; every export through
`sitrep.export.write_events`; the one write through `sitrep.ingest.ingest_documents`.
"""


import asyncio
import base64
import binascii
import dataclasses
import datetime as dt
import functools
import hmac
import json
import threading
import pathlib
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, model_validator
from sqlalchemy import event as sa_event
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitrep.errors import FilterError, SitrepError
from sitrep.schema import Event
from sitrep.serve.cache import KeptResponses, ResponseCache, StoreCache
from sitrep.serve.streaming import stream_writer
from sitrep.store import EventQuery, Store

STATIC_DIR = pathlib.Path(__file__).parent / "static"
MAX_PAGE = 1000
MAX_COUNT = 10**9
"""Upper bound of integer parameters: larger values would overflow the database's 64-bit integers."""
MAX_SUBMITTED_CHARS = 2_000_000

EXPORT_TYPES: dict[str, tuple[str, str]] = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "geojson": ("application/geo+json", "geojson"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
    "jsonl": ("application/x-ndjson", "jsonl"),
}
"""Export format -> (media type, file suffix)."""

BBOX_PATTERN = r"^\s*-?\d+(\.\d+)?\s*(,\s*-?\d+(\.\d+)?\s*){3}$"
PRINTABLE = r"^[^\x00-\x1f\x7f]*$"
"""Text parameters hold no control characters (they never occur in stored names and break full-text search)."""

PARAMETER_HINTS = {
    "bbox": "give min_lon,min_lat,max_lon,max_lat, e.g. 38,29,49,38",
    **{name: "send printable text, without control characters"
       for name in ("country", "admin1", "type", "sub_type", "actor", "text")},
}
"""What to change, by parameter, when a value does not match its pattern."""


class ApiError(BaseModel):
    """Every error: what went wrong and what to change."""

    error: str
    details: list[dict[str, str]] = []


class Page(BaseModel):
    """One page of incidents or events, newest first (ties by id, so paging is stable)."""

    items: list[Event]
    offset: int
    limit: int
    next_offset: int | None = Field(description="Offset of the next page when paging by offset; null on the last "
                                                "page and when paging by cursor.")
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page. Each "
                                                "page by cursor costs the same however deep, and rows stored "
                                                "meanwhile never repeat or skip a row.")


class Count(BaseModel):
    value: str
    count: int


class Week(BaseModel):
    week: str = Field(description="Monday of the ISO week, YYYY-MM-DD.")
    count: int
    fatalities: int


class Facets(BaseModel):
    """Counts of everything the filter matches."""

    total: int
    fatalities: int
    country: list[Count]
    event_type: list[Count]
    actor: list[Count]
    week: list[Week]


class Clusters(BaseModel):
    """The located matches in the view, gathered per map cell: one marker each."""

    types: list[str]
    cells: list[list[str | float | int | None]] = Field(
        description="Each [latitude, longitude, count, fatalities, index into `types` of the most frequent type, "
                    "id or null, event date or null]; id and date where the cell holds one match.")


class Points(BaseModel):
    """Every match, compact for a map and a timeline: [id, latitude, longitude, index into `types`, fatalities, date]."""

    types: list[str]
    points: list[list[str | float | None]] = Field(
        description="Each [id, latitude or null, longitude or null, type index, fatalities, event date or null].")


class Figures(BaseModel):
    low: int | None
    best: int | None
    high: int | None


class StoredDocument(BaseModel):
    id: str
    title: str | None
    source: str | None
    url: str | None
    published: str | None
    text: str | None = Field(description="The article text that evidence and claim offsets point into.")


class IncidentDetail(BaseModel):
    """One incident: the merged record, the figures, each source's event and each source document."""

    incident: Event
    figures: dict[str, Figures]
    members: list[Event]
    documents: dict[str, StoredDocument]
    links: list[dict[str, Any]] = []
    """Why the members were merged: each match that joined two of them (see `sitrep incident`)."""
    asked: str | None = None
    """The id asked for, when it is an older id of this incident (a source joined or left since)."""


class Submission(BaseModel):
    """An article to code and store: a page `url` to fetch, or its `text`."""

    url: str | None = Field(None, pattern=r"^https?://\S+$", max_length=4000)
    text: str | None = Field(None, min_length=1, max_length=MAX_SUBMITTED_CHARS)
    title: str | None = Field(None, max_length=1000)
    source: str | None = Field(None, max_length=1000)
    published: dt.date | None = None
    country: str | None = Field(None, max_length=100)

    @model_validator(mode="after")
    def one_input(self) -> "Submission":
        if (self.url is None) == (self.text is None):
            raise ValueError("give either `url` or `text`, not both and not neither")
        return self


class SubmissionReport(BaseModel):
    stored: int
    duplicates: int
    failed: int
    events: int
    failures: list[dict[str, str]]


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ApiError, "description": description}
    for code, description in ((400, "The request cannot be served as asked."),
                              (422, "A parameter is not valid; `error` says which and how to fix it."))
}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    401: {"model": ApiError, "description": "No bearer token was sent."},
    403: {"model": ApiError, "description": "The token is wrong, or this server was started without one."},
}


CLUSTER_PIXELS = 60
"""Side of a map cluster's cell in screen pixels (Web Mercator tiles are 256 pixels wide)."""
MAX_ZOOM = 20
WORLD_ZOOM = 4
"""Up to this zoom the clusters of the whole world are few (at most about 70 x 70 cells): they are computed
and kept for the whole world whatever the view, so every window size shares one cached answer."""
PAGE_FACETS_TOP = 300
"""The facets the page asks for (the filter choices list the top 300 countries, types and actors)."""


def _bbox(value: str | None, name: str = "bbox") -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    parts = tuple(float(v) for v in value.split(","))
    if parts[0] > parts[2] or parts[1] > parts[3]:
        raise HTTPException(422, f"{name} is min_lon,min_lat,max_lon,max_lat with each min below its max, "
                                 "e.g. 38,29,49,38")
    return parts  # type: ignore[return-value]


def resolved(store: Store, filters: EventQuery) -> EventQuery:
    """The filters as stored values (`sitrep.filters`); an unknown value is a 400 listing the closest valid ones.
    Kept per store version, since resolving an actor reads every stored actor name."""
    return _resolved_at(store, store.changes(), filters)


@functools.lru_cache(maxsize=256)
def _resolved_at(store: Store, _version: int, filters: EventQuery) -> EventQuery:
    """`resolve_filters` remembered per (store, store version, filters)."""
    from sitrep.filters import resolve_filters

    return resolve_filters(store, filters)


def encode_cursor(day: str | None, ident: str) -> str:
    """The opaque `next_cursor` of a page: the (event_date, id) of its last row."""
    return base64.urlsafe_b64encode(json.dumps([day, ident]).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str | None, str]:
    """The (event_date, id) a cursor holds; a 422 that says what to send when it is not one this API gave."""
    try:
        day, ident = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if (day is None or isinstance(day, str)) and isinstance(ident, str):
            return day, ident
    except (ValueError, TypeError, binascii.Error):
        pass
    raise HTTPException(422, "cursor is not one this API gave: send the `next_cursor` of the previous page, "
                             "or no cursor for the first page")


async def event_filters(
    country: Annotated[str | None, Query(max_length=200, pattern=PRINTABLE, description="Country by name or ISO code, any case, e.g. Iraq or IQ.")] = None,
    admin1: Annotated[str | None, Query(max_length=200, pattern=PRINTABLE, description="First-level area, any case, with or without al-, e.g. Anbar.")] = None,
    since: Annotated[dt.date | None, Query(description="First event date, YYYY-MM-DD.")] = None,
    until: Annotated[dt.date | None, Query(description="Last event date, YYYY-MM-DD.")] = None,
    type: Annotated[str | None, Query(max_length=200, pattern=PRINTABLE, description="ACLED event type, any case.")] = None,  # noqa: A002
    sub_type: Annotated[str | None, Query(max_length=200, pattern=PRINTABLE, description="ACLED sub-event type, any case.")] = None,
    actor: Annotated[str | None, Query(max_length=200, pattern=PRINTABLE, description="An actor the event names, any case or alias (ISIS).")] = None,
    text: Annotated[str | None, Query(max_length=200, pattern=PRINTABLE, description="Free text in the notes or location.")] = None,
    bbox: Annotated[str | None, Query(pattern=BBOX_PATTERN, description="min_lon,min_lat,max_lon,max_lat.")] = None,
    min_fatalities: Annotated[int | None, Query(ge=0, le=MAX_COUNT)] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    background: Annotated[bool, Query(description="Events only: also those told as history.")] = False,
) -> EventQuery:
    """The filters of `sitrep events`, from query parameters (async: it does no I/O, so it runs on the event
    loop instead of taking a trip through the thread pool)."""
    if since and until and since > until:
        raise HTTPException(422, f"since ({since}) is after until ({until}); swap them")
    return EventQuery(country=country, admin1=admin1, since=since, until=until, event_type=type,
                      sub_event_type=sub_type, actor=actor, bbox=_bbox(bbox), min_confidence=min_confidence,
                      min_fatalities=min_fatalities, text=text, include_background=background)


Filters = Annotated[EventQuery, Depends(event_filters)]


def _json(data: Any) -> Response:
    return Response(json.dumps(data, ensure_ascii=False, allow_nan=False), media_type="application/json")


def _security_headers(tile_url: str | None) -> dict[str, str]:
    """Headers on every response; the page runs only its own scripts and loads images only from itself or the tiles."""
    tiles = ""
    if tile_url:
        parts = urlsplit(tile_url)
        tiles = f" {parts.scheme}://{parts.netloc.replace('{s}', '*')}"
    return {
        "Content-Security-Policy": f"default-src 'self'; img-src 'self' data:{tiles}; style-src 'self' 'unsafe-inline'; "
                                   "script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    }


SERVER_CONNECTIONS = 20
"""Database connections a server process keeps open: one per request served at once, up to 20 clients, so a
burst does not open and close connections around each request (2.5 ms of CPU each at a million events)."""

READ_PRAGMAS = ("PRAGMA mmap_size=1073741824", "PRAGMA cache_size=-32768")
"""SQLite connections of the server read the file through memory mapping (1 GiB) and a 32 MiB page cache."""


def _read_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in READ_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def _tune_reads(store: Store) -> None:
    """Give the store's SQLite connections the server's read pragmas (connections already open are dropped)."""
    if store.dialect == "sqlite" and not sa_event.contains(store.engine, "connect", _read_pragmas):
        sa_event.listen(store.engine, "connect", _read_pragmas)
        store.engine.dispose()


def create_app(store: Store, *, token: str | None = None, tile_url: str | None = None,
               warm_up: bool = False) -> FastAPI:
    """The API and page over an open store; writing needs `token` as a bearer token, and is off without one.

    With `warm_up`, a background thread computes what the page asks for first (the whole store's facets
    and world clusters), so the first visitor does not wait for a scan of every incident.
    """
    _tune_reads(store)
    cache = StoreCache(store)
    if warm_up:
        threading.Thread(target=_warm_up, args=(store, cache), daemon=True, name="sitrep-warm-up").start()
    app = FastAPI(
        title="sitrep",
        version="1",
        description="Conflict events coded from news articles: incidents, article-level events, facets and exports. "
                    "Read-only without a token; POST /api/documents needs the bearer token set at start-up.",
    )
    write_lock = threading.Lock()
    bearer = HTTPBearer(auto_error=False, description="The token given to `sitrep serve --token` (or SITREP_TOKEN).")
    headers = _security_headers(tile_url)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = "no such path; the API is described at /openapi.json and browsable at /docs"
        return JSONResponse({"error": message, "details": []}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        details = []
        for error in exc.errors():
            name = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "body", "path"))
            problem = str(error.get("msg", ""))
            if error.get("type") == "string_pattern_mismatch" and name in PARAMETER_HINTS:
                problem = PARAMETER_HINTS[name]
            details.append({"parameter": name, "problem": problem})
        message = "; ".join(f"{d['parameter'] or 'request'}: {d['problem']}" for d in details)
        return JSONResponse({"error": f"{message} (see /docs for each parameter)", "details": details}, status_code=422)

    @app.exception_handler(SitrepError)
    async def sitrep_error(_request: Request, exc: SitrepError) -> JSONResponse:
        details = [{"parameter": exc.field, "suggestion": s} for s in exc.suggestions] if isinstance(
            exc, FilterError) else []
        return JSONResponse({"error": str(exc), "details": details}, status_code=400)


    def require_token(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
        if token is None:
            raise HTTPException(403, "writing is off: start `sitrep serve` with --token (or SITREP_TOKEN) to allow it")
        if credentials is None:
            raise HTTPException(401, "send the token as `Authorization: Bearer <token>`",
                                headers={"WWW-Authenticate": "Bearer"})
        if not hmac.compare_digest(credentials.credentials.encode(), token.encode()):
            raise HTTPException(403, "the bearer token is wrong; use the one `sitrep serve` was started with")

    app.state.cache = cache
    app.state.responses = KeptResponses()
    for unit, per_event in (("incidents", False), ("events", True)):
        _add_read_routes(app, store, cache, unit, per_event)

    @app.get("/api/incident/{incident_id}", response_model=IncidentDetail, tags=["incidents"],
             responses={404: {"model": ApiError, "description": "No incident or event has this id."}, **ERRORS})
    def incident(incident_id: Annotated[str, Path(max_length=200)]) -> Response:
        """One incident (or the incident of an article-level event id): every source, claim and evidence span."""
        view = store.incident(incident_id)
        if view is None:
            raise HTTPException(404, f"no incident or event with id {incident_id!r}; ids come from /api/incidents")
        documents = store.documents(m.document_id for m in view.members)
        return _json({
            "incident": view.incident.to_dict(),
            "figures": {name: dict(zip(("low", "best", "high"), values))
                        for name, values in (("killed", view.killed), ("injured", view.injured))},
            "members": [m.to_dict() for m in view.members],
            "documents": documents,
            "links": [link.to_dict() for link in view.links],
            "asked": view.asked,
        })

    @app.post("/api/documents", response_model=SubmissionReport, tags=["writing"], responses=WRITE_ERRORS,
              dependencies=[Depends(require_token)])
    def submit(submission: Submission) -> SubmissionReport:
        """Code an article (a URL to fetch, or its text) and store it, as `sitrep ingest` does; needs the token."""
        from sitrep.ingest import ingest_documents, read_inputs
        from sitrep.sources import read_text

        if submission.text is not None:
            items = [read_text(submission.text, document_id="submitted", published=submission.published,
                               source=submission.source, title=submission.title, country=submission.country)]
        else:
            items = read_inputs([submission.url or ""], published=submission.published, source=submission.source,
                                country=submission.country)
        with write_lock:
            report = ingest_documents(store, items)
        return SubmissionReport(stored=report.stored, duplicates=report.duplicates, failed=report.failed,
                                events=report.events,
                                failures=[{"key": key, "error": error} for key, error in report.failures])

    @app.get("/api/config", tags=["page"])
    def config() -> dict[str, Any]:
        """What the page needs to know: an optional tile URL and whether this server accepts writes."""
        return {"tile_url": tile_url, "writable": token is not None}

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", headers={"Cache-Control": "no-cache"})

    app.mount("/static", StaticFiles(directory=STATIC_DIR, check_dir=False), name="static")
    app.add_middleware(ResponseCache, store=store, kept=app.state.responses, paths=[
        f"/api/{unit}{kind}" for unit in ("incidents", "events") for kind in ("", "/facets", "/clusters")])
    app.add_middleware(SecurityHeaders, headers=headers)
    return app


def _warm_up(store: Store, cache: StoreCache) -> None:
    """Compute the answers of the page's first load into the cache (the same keys its requests use), and read
    the actor file that resolving an actor filter needs, so the first actor page does not wait for it."""
    from sitrep.actors import default_resolver

    default_resolver()
    everything = asyncio.run(event_filters())
    cache.get(("facets", False, everything, PAGE_FACETS_TOP),
              lambda: store.facets(everything, top=PAGE_FACETS_TOP))
    cache.get(("clusters", False, everything, 2), lambda: store.clusters(everything, cell_degrees=_cell_degrees(2)))


def _cell_degrees(zoom: int) -> float:
    """The side of a cluster's cell in degrees of longitude at this zoom."""
    return CLUSTER_PIXELS * 360 / (256 * 2**zoom)


def _within(filters: EventQuery, view: tuple[float, float, float, float] | None) -> EventQuery | None:
    """The filters narrowed to a map view (the overlap with their own box); None when the two do not overlap."""
    if view is None:
        return filters
    if filters.bbox is None:
        return dataclasses.replace(filters, bbox=view)
    box = (max(view[0], filters.bbox[0]), max(view[1], filters.bbox[1]),
           min(view[2], filters.bbox[2]), min(view[3], filters.bbox[3]))
    if box[0] > box[2] or box[1] > box[3]:
        return None
    return dataclasses.replace(filters, bbox=box)


def app_from_environment() -> FastAPI:
    """The app for each uvicorn worker process (`sitrep serve --workers N`): settings from SITREP_* variables."""
    import os

    return create_app(Store(os.environ.get("SITREP_DB"), connections=SERVER_CONNECTIONS),
                      token=os.environ.get("SITREP_TOKEN") or None,
                      tile_url=os.environ.get("SITREP_TILE_URL") or None, warm_up=True)


class SecurityHeaders:
    """ASGI middleware adding `headers` to every response but FastAPI's API browser (/docs loads its own scripts)."""

    def __init__(self, app: Any, headers: dict[str, str]) -> None:
        self.app = app
        self.raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"] in ("/docs", "/redoc"):
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self.raw]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _add_read_routes(app: FastAPI, store: Store, cache: StoreCache, unit: str, per_event: bool) -> None:
    """List, facets, map clusters and points, and export routes for incidents or article-level events."""
    what = "article-level events" if per_event else "incidents"

    @app.get(f"/api/{unit}", response_model=Page, tags=[unit], responses=ERRORS, name=f"{unit}_page",
             summary=f"A page of {what}, newest first")
    def page(filters: Filters, limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
             offset: Annotated[int, Query(ge=0, le=MAX_COUNT)] = 0,
             cursor: Annotated[str | None, Query(max_length=1000, description="The `next_cursor` of the previous "
                                                 "page (preferred to `offset`: as fast deep as on the first page)."
                                                 )] = None) -> Response:
        if cursor is not None and offset:
            raise HTTPException(422, "give `cursor` or `offset`, not both: the cursor already says where to go on")
        filters = resolved(store, filters)
        if offset:
            rows = list(store.query_json(filters, per_event=per_event, limit=limit + 1, offset=offset))
            items, more = rows[:limit], len(rows) > limit
            tail = {"next_offset": offset + limit if more else None, "next_cursor": None}
        else:
            after = decode_cursor(cursor) if cursor is not None else None
            keyed = store.page(filters, per_event=per_event, limit=limit + 1, after=after)
            items = [data for _, _, data in keyed[:limit]]
            more = len(keyed) > limit
            last = keyed[limit - 1] if more else None
            tail = {"next_offset": limit if more and cursor is None else None,
                    "next_cursor": encode_cursor(last[0], last[1]) if last else None}
        head = json.dumps({"offset": offset, "limit": limit, **tail})
        return Response('{"items": [' + ",".join(items) + "], " + head[1:], media_type="application/json")

    @app.get(f"/api/{unit}/facets", response_model=Facets, tags=[unit], responses=ERRORS, name=f"{unit}_facets",
             summary=f"Counts of the matching {what} by country, type, actor and week")
    def facets(filters: Filters, top: Annotated[int, Query(ge=1, le=500)] = 20) -> Response:
        filters = resolved(store, filters)
        return _json(cache.get(("facets", per_event, filters, top),
                               lambda: store.facets(filters, per_event=per_event, top=top)))

    @app.get(f"/api/{unit}/clusters", response_model=Clusters, tags=[unit], responses=ERRORS, name=f"{unit}_clusters",
             summary=f"The matching {what} in a map view, gathered into one marker per cell of the zoom level")
    def clusters(filters: Filters, zoom: Annotated[int, Query(ge=0, le=MAX_ZOOM, description="Map zoom level.")] = 2,
                 view: Annotated[str | None, Query(pattern=BBOX_PATTERN, description="The map's view, "
                                                   "min_lon,min_lat,max_lon,max_lat; the whole world if left out "
                                                   f"and at zoom {WORLD_ZOOM} or less."
                                                   )] = None) -> Response:
        box = _bbox(view, "view")
        shown = _within(resolved(store, filters), box if zoom > WORLD_ZOOM else None)
        found = [] if shown is None else cache.get(
            ("clusters", per_event, shown, zoom),
            lambda: store.clusters(shown, per_event=per_event, cell_degrees=_cell_degrees(zoom)))
        types: dict[str, int] = {}
        cells = [[lat, lon, n, dead, types.setdefault(kind, len(types)), ident, day]
                 for lat, lon, n, dead, kind, ident, day in found]
        return _json({"types": list(types), "cells": cells})

    @app.get(f"/api/{unit}/points", response_model=Points, tags=[unit], responses=ERRORS, name=f"{unit}_points",
             summary=f"Every matching {what.rstrip('s')}, compact, for the map and timeline")
    def points(filters: Filters) -> Response:
        types: dict[str, int] = {}
        compact = [[ident, lat, lon, types.setdefault(kind, len(types)), deaths, date]
                   for ident, lat, lon, kind, deaths, date in store.points(resolved(store, filters), per_event=per_event)]
        return _json({"types": list(types), "points": compact})

    @app.get(f"/api/{unit}/export", tags=[unit], name=f"{unit}_export",
             summary=f"The matching {what} as ACLED CSV, GeoJSON, Parquet or JSONL, streamed",
             responses={200: {"content": {media: {"schema": {"type": "string", "format": "binary"}}
                                          for media, _ in EXPORT_TYPES.values()},
                              "description": "The file, written while it is sent."}, **ERRORS})
    def export(filters: Filters, format: Literal["csv", "geojson", "parquet", "jsonl"] = "csv",  # noqa: A002
               limit: Annotated[int | None, Query(ge=1, le=MAX_COUNT)] = None) -> StreamingResponse:
        from sitrep.export import write_events

        media_type, suffix = EXPORT_TYPES[format]
        filters = resolved(store, filters)
        chunks = stream_writer(lambda pipe: write_events(store.query(filters, per_event=per_event, limit=limit),
                                                         format, pipe))
        return StreamingResponse(chunks, media_type=media_type, headers={
            "Content-Disposition": f'attachment; filename="sitrep-{unit}.{suffix}"'})

