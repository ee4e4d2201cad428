"""Incidents across sources: article-level events about one real-world event become one incident.

Five outlets report the same attack with five tolls; an analyst wants one row that keeps every
source, every claim with its claimant, the range of figures and ACLED's conservative count.

Matching has two steps. Blocking (`could_match`) keeps only pairs that can be the same event:
different articles, same country, date spans at most `DATE_GAP_DAYS` apart (a vaguer date has a
wider span, so the window widens with lower time precision), places within a radius or sharing
admin2 / admin1, and compatible event types. Scoring (`match_score`) weighs date, place, type and
actors. Clustering (`cluster`) is deterministic and independent of input order: candidate pairs
are taken best score first (ties broken by event ids) and two groups are joined only when they
share no article, because one article's distinct events are distinct by construction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sitrep import taxonomy
from sitrep.notes import with_casualty_notes
from sitrep.schema import Claim, Event, Range, SourceRef

DATE_GAP_DAYS = 1
"""Two events can match when their date spans are at most this many days apart."""

MAX_SPAN_DAYS = 45
"""An event whose date is vaguer than this (a year, a season) is never linked: too little to match on."""

RADIUS_KM = {1: 25.0, 2: 50.0}
"""Largest distance between two coded places for a match, by the vaguer of the two geo_precisions."""

MATCH_THRESHOLD = 0.65
"""A blocked pair scoring at least this is taken as the same incident."""

WEIGHTS = {"date": 0.25, "place": 0.30, "type": 0.25, "actors": 0.20}

COMPATIBLE_TYPES: frozenset[frozenset[str]] = frozenset(
    {
        frozenset({"Battles", "Explosions/Remote violence"}),
        frozenset({"Battles", "Violence against civilians"}),
        frozenset({"Protests", "Riots"}),
    }
)
"""Event types that different outlets use for one event (an attack told as a clash, ...)."""

GENERIC_ACTOR_PREFIXES = ("Civilians", "Unidentified")
"""Actor names that say little about identity: sharing them is weak evidence of a match."""


@dataclass(frozen=True, slots=True)
class Figures:
    """UCDP-style low / best / high estimates of one count across an incident's sources."""

    low: int
    best: int
    high: int


@dataclass(slots=True)
class Incident:
    """Events from several articles merged into one; `event` is the merged record (event_id = incident id)."""

    incident_id: str
    event: Event
    members: list[Event]
    killed: Figures | None
    injured: Figures | None


def incident_id(member_ids: Iterable[str]) -> str:
    """The incident's id: a hash of its sorted member event ids, so any ingest order gives the same id."""
    joined = "\n".join(sorted(member_ids))
    return "inc_" + hashlib.sha256(joined.encode("utf-8")).hexdigest()[:20]


def date_span(event: Event) -> tuple[dt.date, dt.date] | None:
    """The [first, last] day an event may have happened, from its date range or its best date."""
    start = event.date_start or event.event_date
    end = event.date_end or event.event_date
    if not start or not end:
        return None
    try:
        return dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    except ValueError:
        return None


def distance_km(a: Event, b: Event) -> float | None:
    """Great-circle distance between two events' coded places, or None when one has no coordinates."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _span_days(span: tuple[dt.date, dt.date]) -> int:
    return (span[1] - span[0]).days


def _types_compatible(a: Event, b: Event) -> bool:
    return a.event_type == b.event_type or frozenset({a.event_type, b.event_type}) in COMPATIBLE_TYPES


def _same(x: str | None, y: str | None) -> bool:
    return bool(x) and bool(y) and x.casefold() == y.casefold()


def _radius(a: Event, b: Event) -> float | None:
    precision = max(a.geo_precision or 1, b.geo_precision or 1)
    return RADIUS_KM.get(precision)


def _places_compatible(a: Event, b: Event) -> bool:
    distance, radius = distance_km(a, b), _radius(a, b)
    if distance is not None and radius is not None:
        return distance <= radius or _same(a.admin2, b.admin2)
    if a.admin2 and b.admin2:
        return _same(a.admin2, b.admin2)
    return _same(a.admin1, b.admin1)


def could_match(a: Event, b: Event) -> bool:
    """Blocking: whether two article-level events may describe the same incident at all."""
    if a.document_id == b.document_id or a.is_background or b.is_background:
        return False
    if a.country and b.country and not _same(a.country, b.country):
        return False
    span_a, span_b = date_span(a), date_span(b)
    if span_a is None or span_b is None or _span_days(span_a) > MAX_SPAN_DAYS or _span_days(span_b) > MAX_SPAN_DAYS:
        return False
    gap = max((span_b[0] - span_a[1]).days, (span_a[0] - span_b[1]).days, 0)
    if gap > DATE_GAP_DAYS:
        return False
    return _types_compatible(a, b) and _places_compatible(a, b)


def _victim_words(event: Event) -> set[str]:
    """The words of the people an event names as its victims ('Pedro Gomez' -> pedro, gomez)."""
    return {word.casefold() for argument in event.arguments if argument.role == "victim" and argument.person
            for word in argument.person.split() if len(word) > 2}


def distinct_in_article(a: Event, b: Event) -> bool:
    """Whether two events of one kind that one article tells are separate incidents: they harmed
    different people (each names its victims, and no name is shared) and happened at different
    places or on different days (each known for both). One kidnapping is told with one victim, one
    place and one day; a second victim taken elsewhere or on another day is a second kidnapping,
    however alike the two are ('rebels kidnapped a rancher near Arauca on Monday; a week earlier
    gunmen abducted an engineer in Cali')."""
    victims_a, victims_b = _victim_words(a), _victim_words(b)
    if not victims_a or not victims_b or victims_a & victims_b:
        return False
    places_differ = bool(a.location and b.location) and not _same(a.location, b.location)
    days_differ = bool(a.event_date and b.event_date) and a.event_date != b.event_date
    return places_differ or days_differ


def _date_score(a: Event, b: Event) -> float:
    if a.event_date and a.event_date == b.event_date:
        return 1.0
    span_a, span_b = date_span(a), date_span(b)
    overlap = span_a and span_b and span_a[0] <= span_b[1] and span_b[0] <= span_a[1]
    return 0.6 if overlap else 0.4


def _place_score(a: Event, b: Event) -> float:
    if _same(a.location, b.location):
        return 1.0
    distance, radius = distance_km(a, b), _radius(a, b)
    if distance is not None and radius is not None:
        by_distance = max(0.0, 1.0 - distance / radius)
        return max(by_distance, 0.7 if _same(a.admin2, b.admin2) else 0.0)
    if _same(a.admin2, b.admin2):
        return 0.7
    return 0.4 if _same(a.admin1, b.admin1) else 0.0


def _type_score(a: Event, b: Event) -> float:
    if a.sub_event_type == b.sub_event_type:
        return 1.0
    return 0.7 if a.event_type == b.event_type else 0.4


def _actor_names(event: Event) -> set[str]:
    names = [event.actor1, event.actor2, *event.assoc_actor_1, *event.assoc_actor_2]
    return {n.casefold() for n in names if n}


def _actor_score(a: Event, b: Event) -> float:
    names_a, names_b = _actor_names(a), _actor_names(b)
    if not names_a or not names_b:
        return 0.5
    shared = names_a & names_b
    specific = {n for n in shared if not n.startswith(tuple(p.casefold() for p in GENERIC_ACTOR_PREFIXES))}
    if specific:
        return 0.6 + 0.4 * len(shared) / len(names_a | names_b)
    return 0.4 if shared else 0.2


def _score_parts(a: Event, b: Event) -> dict[str, float]:
    return {
        "date": _date_score(a, b),
        "place": _place_score(a, b),
        "type": _type_score(a, b),
        "actors": _actor_score(a, b),
    }


def match_score(a: Event, b: Event) -> float:
    """How alike two blocked events are, 0-1, from date, place, type and actors (symmetric)."""
    return round(sum(WEIGHTS[k] * v for k, v in _score_parts(a, b).items()), 6)


def is_match(a: Event, b: Event) -> bool:
    """Whether two events are linked in the match graph: they block together and score high enough."""
    return could_match(a, b) and match_score(a, b) >= MATCH_THRESHOLD


def _joins(events: Iterable[Event]) -> tuple[list[list[Event]], list[tuple[str, str]]]:
    """The groups of `cluster` and the pairs (event ids) whose match joined two groups, in joining order."""
    by_id = {e.event_id: e for e in events}
    ids = sorted(by_id)
    pairs = []
    for i, first in enumerate(ids):
        for second in ids[i + 1:]:
            a, b = by_id[first], by_id[second]
            if could_match(a, b):
                score = match_score(a, b)
                if score >= MATCH_THRESHOLD:
                    pairs.append((-score, first, second))
    pairs.sort()
    parent = {i: i for i in ids}
    documents = {i: {by_id[i].document_id} for i in ids}

    def root(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    joined = []
    for _, first, second in pairs:
        ra, rb = root(first), root(second)
        if ra == rb or documents[ra] & documents[rb]:
            continue
        keep, gone = min(ra, rb), max(ra, rb)
        parent[gone] = keep
        documents[keep] |= documents.pop(gone)
        joined.append((first, second))
    groups: dict[str, list[Event]] = {}
    for i in ids:
        groups.setdefault(root(i), []).append(by_id[i])
    return sorted(groups.values(), key=lambda g: g[0].event_id), joined


def cluster(events: Iterable[Event]) -> list[list[Event]]:
    """Group events into incidents, best-scoring pairs first; the result does not depend on input order."""
    return _joins(events)[0]


@dataclass(frozen=True, slots=True)
class MatchExplanation:
    """Why two article-level events were merged: each matching key and the score it gave."""

    first: str
    second: str
    """The two event ids."""
    date_gap_days: int | None
    """Days between the two date spans (0: they overlap); blocking allows up to DATE_GAP_DAYS."""
    place: str
    """What tied the places: 'same location', 'N km apart (within R km)', 'same admin2 X' or 'same admin1 X'."""
    distance_km: float | None
    types: str
    """'same sub-event type', 'same event type' or 'compatible event types'."""
    shared_actors: list[str]
    parts: dict[str, float]
    """The score of each key (date, place, type, actors), 0-1, weighted by WEIGHTS."""
    score: float
    threshold: float = MATCH_THRESHOLD

    def to_dict(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self.__slots__}


def _place_basis(a: Event, b: Event, distance: float | None) -> str:
    radius = _radius(a, b)
    if _same(a.location, b.location):
        return f"same location {a.location}"
    if distance is not None and radius is not None and distance <= radius:
        return f"{distance:.1f} km apart (within {radius:.0f} km)"
    if _same(a.admin2, b.admin2):
        return f"same admin2 {a.admin2}"
    return f"same admin1 {a.admin1}" if _same(a.admin1, b.admin1) else "no shared place"


def explain_match(a: Event, b: Event) -> MatchExplanation:
    """Which keys two events matched on (date window, distance, type, actors) and the score: what `is_match` weighed."""
    span_a, span_b = date_span(a), date_span(b)
    gap = (max((span_b[0] - span_a[1]).days, (span_a[0] - span_b[1]).days, 0)
           if span_a is not None and span_b is not None else None)
    distance = distance_km(a, b)
    if a.sub_event_type == b.sub_event_type:
        types = "same sub-event type"
    else:
        types = "same event type" if a.event_type == b.event_type else "compatible event types"
    names = {n.casefold(): n for n in [a.actor1, a.actor2, *a.assoc_actor_1, *a.assoc_actor_2] if n}
    shared = sorted(names[key] for key in names.keys() & _actor_names(b))
    return MatchExplanation(
        first=a.event_id, second=b.event_id, date_gap_days=gap, place=_place_basis(a, b, distance),
        distance_km=round(distance, 1) if distance is not None else None, types=types, shared_actors=shared,
        parts={k: round(v, 3) for k, v in _score_parts(a, b).items()}, score=match_score(a, b),
    )


def merge_links(members: Iterable[Event]) -> list[MatchExplanation]:
    """The matches that joined an incident's members, in the order clustering took them, each explained."""
    by_id = {m.event_id: m for m in members}
    _, joined = _joins(by_id.values())
    return [explain_match(by_id[first], by_id[second]) for first, second in joined]


def _figures(members: list[Event], kind: str) -> Figures | None:
    ranges = [m.casualties.get(kind) for m in members if m.casualties.get(kind)]
    if not ranges:
        return None
    lows = sorted(r[0] for r in ranges)
    return Figures(low=lows[0], best=statistics.median_low(lows), high=max(r[1] for r in ranges))


def conservative_fatalities(members: list[Event]) -> int:
    """ACLED's count for an incident: the lowest death toll any source reports; 0 when none reports deaths."""
    reported = [m.fatalities for m in members if m.casualties.get("killed")]
    return min(reported) if reported else 0


def _merged_range(members: list[Event], kind: str) -> Range | None:
    ranges = [m.casualties.get(kind) for m in members if m.casualties.get(kind)]
    if not ranges:
        return None
    return (min(r[0] for r in ranges), max(r[1] for r in ranges))


def _lead(members: list[Event]) -> Event:
    counts = Counter(m.sub_event_type for m in members)
    sub_type = min(counts, key=lambda s: (-counts[s], -max(m.confidence for m in members if m.sub_event_type == s), s))
    candidates = [m for m in members if m.sub_event_type == sub_type]
    return min(candidates, key=lambda m: (-m.confidence, -len(m.claims), m.event_id))


def _unique_claims(members: list[Event]) -> list[Claim]:
    seen, claims = set(), []
    for member in members:
        for claim in member.claims:
            key = (claim.claimant, claim.claimant_actor, claim.killed, claim.injured, claim.killed_or_injured, claim.text,
                   claim.claim_type, claim.responsible_actor)
            if key not in seen:
                seen.add(key)
                claims.append(claim)
    return claims


def _sources(members: list[Event]) -> list[SourceRef]:
    refs: dict[tuple, SourceRef] = {}
    for member in members:
        for ref in member.sources or [SourceRef(member.document_id, member.source)]:
            refs.setdefault((ref.document_id, ref.source, ref.url), ref)
    return sorted(refs.values(), key=lambda r: (r.published or "", r.source or "", r.document_id))


def merge(members: list[Event]) -> Incident:
    """One incident from its member events: every source and claim, figure ranges, the best date and place;
    civilian_targeting and the casualty part of the notes are coded again from the merged fields, so they
    agree with them."""
    members = sorted(members, key=lambda m: m.event_id)
    lead = _lead(members)
    dated = min(members, key=lambda m: (m.time_precision or 9, m.event_date or "9999", m.event_id))
    placed = min(
        members,
        key=lambda m: (m.geo_precision or 9, m.latitude is None, -(m.confidence or 0.0), m.event_id),
    )
    with_actor1 = lead if lead.actor1 else next((m for m in members if m.actor1), lead)
    ident = incident_id(m.event_id for m in members)
    sources = _sources(members)
    outlets = sorted({r.source for r in sources if r.source})
    merged = replace(
        lead,
        event_id=ident,
        event_date=dated.event_date,
        date_start=dated.date_start,
        date_end=dated.date_end,
        time_precision=dated.time_precision,
        actor1=with_actor1.actor1,
        inter1=with_actor1.inter1,
        actor2=with_actor1.actor2,
        inter2=with_actor1.inter2,
        interaction=taxonomy.interaction(with_actor1.inter1, with_actor1.inter2),
        assoc_actor_1=sorted({a for m in members for a in m.assoc_actor_1}),
        assoc_actor_2=sorted({a for m in members for a in m.assoc_actor_2}),
        civilian_targeting=taxonomy.civilian_targeting(lead.event_type, lead.sub_event_type, with_actor1.inter2),
        country=placed.country,
        iso=placed.iso,
        admin1=placed.admin1,
        admin2=placed.admin2,
        admin3=placed.admin3,
        location=placed.location,
        latitude=placed.latitude,
        longitude=placed.longitude,
        geo_precision=placed.geo_precision,
        geonameid=placed.geonameid,
        fatalities=conservative_fatalities(members),
        casualties={k: _merged_range(members, k) for k in ("killed", "injured", "killed_or_injured")},
        claims=_unique_claims(members),
        arguments=list(lead.arguments),
        weapons=sorted({w for m in members for w in m.weapons}),
        evidence=sorted((e for m in members for e in m.evidence), key=lambda e: (e.document_id, e.start, e.end)),
        is_background=False,
        source="; ".join(outlets) if outlets else None,
        sources=sources,
        confidence=max(m.confidence for m in members),
    )
    merged.notes = with_casualty_notes(lead.notes, merged)
    return Incident(ident, merged, members, _figures(members, "killed"), _figures(members, "injured"))


def build_incidents(events: Iterable[Event]) -> list[Incident]:
    """Cluster news events (background mentions stay out) and merge each group into an incident."""
    news = [e for e in events if not e.is_background]
    return [merge(group) for group in cluster(news)]
