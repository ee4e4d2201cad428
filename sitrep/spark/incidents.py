"""Incidents inside Spark: the store's own matching and merging (`sitrep.incidents`), run per connected group.

The store's incidents are `incidents.build_incidents` over every news event, and `cluster` only
joins events that `is_match` links; so the archive's incidents are the incidents of each connected
component of the match graph, built on their own, in any order. Spark finds the graph's edges in
blocks of (country, BLOCK_DAYS days): two events `could_match` only when they share a country (or
one has none) and their date spans, widened by DATE_GAP_DAYS, overlap, so they always meet in the
block of their first common day, which is where the pair is scored (once). One shuffle gathers each
window's events, and its task scores every block of the window. Edges are joined into
components by label propagation (each event takes the smallest id among its neighbours until
nothing changes), and every component becomes its incidents through `build_incidents`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sitrep import incidents as rules
from sitrep.schema import Event

BLOCK_DAYS = 7
"""Days per blocking window: wide enough that most events sit in one block, narrow enough to keep blocks small."""

Block = tuple[str | None, int]
"""(country folded to lower case, or None when the event has none; window number)."""


def first_day(event: Event) -> int | None:
    """The ordinal of the first day an event may have happened, or None when it can never be matched."""
    span = rules.date_span(event)
    if event.is_background or span is None or (span[1] - span[0]).days > rules.MAX_SPAN_DAYS:
        return None
    return span[0].toordinal()


def blocks(event: Event) -> list[Block]:
    """Every block whose days the event's span, widened by DATE_GAP_DAYS, reaches."""
    start = first_day(event)
    if start is None:
        return []
    end = rules.date_span(event)[1].toordinal() + rules.DATE_GAP_DAYS  # type: ignore[index]
    country = event.country.casefold() if event.country else None
    return [(country, window) for window in range(start // BLOCK_DAYS, end // BLOCK_DAYS + 1)]


def _owns(window: int, a: Event, b: Event) -> bool:
    """Whether this window holds the pair's first common day, so the pair is scored in one block only."""
    return max(first_day(a), first_day(b)) // BLOCK_DAYS == window  # type: ignore[type-var]


def block_edges(block: Block, members: Iterable[Event], countryless: Iterable[Event] = ()) -> Iterator[tuple[str, str]]:
    """Linked pairs (smaller id first) among a block's events, and between them and the window's countryless events."""
    _, window = block
    members = sorted(members, key=lambda e: e.event_id)
    for i, a in enumerate(members):
        for b in members[i + 1:]:
            if _owns(window, a, b) and rules.is_match(a, b):
                yield a.event_id, b.event_id
    if block[0] is None:
        return
    for a in members:
        for b in countryless:
            if _owns(window, a, b) and rules.is_match(a, b):
                yield min(a.event_id, b.event_id), max(a.event_id, b.event_id)


def window_edges(window: int, events: Iterable[Event]) -> Iterator[tuple[str, str]]:
    """Linked pairs among the events whose spans reach one window: each country's block on its own and with the
    window's countryless events, and the countryless events among themselves."""
    by_country: dict[str | None, list[Event]] = {}
    for event in events:
        by_country.setdefault(event.country.casefold() if event.country else None, []).append(event)
    countryless = by_country.get(None, [])
    for country, members in by_country.items():
        yield from block_edges((country, window), members, countryless)


def match_edges(events: Any, partitions: int) -> Any:
    """RDD of linked event-id pairs from an RDD of events: one shuffle gathers each window's events, whose blocks
    (and the countryless events every block of the window is compared with) are then scored in one task."""
    by_window = events.flatMap(lambda e: [(window, e) for _, window in blocks(e)]).groupByKey(partitions)
    return by_window.flatMap(lambda kv: window_edges(kv[0], kv[1]))


def components(edges: Any, partitions: int) -> Any:
    """RDD of (event id, component label) for every linked event: the smallest event id in its component.

    Each round offers every event its neighbours' labels and keeps (label before, smallest seen), so one shuffle
    both updates the labels and tells whether any fell; the rounds stop when none did."""
    neighbours = edges.flatMap(lambda e: [(e[0], e[1]), (e[1], e[0])]).partitionBy(partitions).cache()
    labels = cached = neighbours.map(lambda kv: (kv[0], kv[0])).reduceByKey(min, partitions).cache()
    while True:
        offered = neighbours.join(labels, partitions).map(lambda kv: (kv[1][0], (None, kv[1][1])))
        seen = (labels.mapValues(lambda label: (label, label)).union(offered)
                .reduceByKey(_own_and_least, partitions).cache())
        changed = seen.filter(lambda kv: kv[1][1] < kv[1][0]).count()
        cached.unpersist()
        cached, labels = seen, seen.mapValues(lambda kept: kept[1])
        if not changed:
            neighbours.unpersist()
            return labels


def _own_and_least(a: tuple[str | None, str], b: tuple[str | None, str]) -> tuple[str | None, str]:
    """Reduce (own label or None, label) pairs to the event's own label and the smallest label offered."""
    return a[0] if a[0] is not None else b[0], min(a[1], b[1])


def incidents(events: Any, partitions: int) -> Any:
    """RDD of `sitrep.incidents.Incident` from an RDD of article-level events: the store's incidents, exactly.

    `partitions` sizes every shuffle here: matching handles a small fraction of the coding work.
    """
    news = events.filter(lambda e: not e.is_background)
    labels = components(match_edges(news, partitions), partitions)
    grouped = news.map(lambda e: (e.event_id, e)).leftOuterJoin(labels, partitions)
    return (grouped.map(lambda kv: (kv[1][1] or kv[0], kv[1][0])).groupByKey(partitions)
            .flatMap(lambda kv: rules.build_incidents(kv[1])))
