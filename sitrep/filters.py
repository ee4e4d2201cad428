"""Filter values as people type them, resolved once to the values the store holds (`sitrep events`, `sitrep serve`).

A filter that silently finds nothing looks like an empty store. So names match in any case; a country
by name, ACLED name or ISO code (alpha-2 or alpha-3); an event type or sub-event type by its ACLED
name in any case; an actor by any alias in sitrep's actor file; an administrative area with or without
the Arabic definite article and its accents. A value that matches nothing is an error that lists the
closest valid values.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import unicodedata
from collections.abc import Iterable

from sitrep import taxonomy
from sitrep.errors import FilterError, InputError
from sitrep.store import EventQuery, Store

SUGGESTIONS = 5
"""How many close values an unknown filter value lists."""

SUGGESTION_CUTOFF = 0.5
"""How alike (difflib ratio, 0-1) a valid value must be to be suggested."""

ARABIC_ARTICLE = re.compile(r"^(?:al|el|a[dnrstz]|ash|adh|ath)[\s-]+(?=\w)")
"""The Arabic definite article at the start of a place name, as romanised: al-, Al , el-, and its forms
assimilated to a 'sun letter' (ad-, an-, ar-, as-, ash-, at-, az-). Transliterations keep or drop it at
will ("Al Anbar", "Anbar"; "An Najaf", "Najaf"), so admin names are compared without it."""

ACLED_QUALIFIER = re.compile(r"\s+\([^()]*\)$")
"""ACLED's parenthesised qualifier of an actor name: its country or period ("Islamic State (Iraq)")."""


def place_key(name: str) -> str:
    """A place name compared as people mean it: without accents, case, punctuation or a leading Arabic article."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    plain = " ".join(re.sub(r"[-'’‘`ʿʾ.]+", " ", plain).split())
    return ARABIC_ARTICLE.sub("", plain)


def _closest(value: str, valid: Iterable[str], key=str.casefold) -> list[str]:
    """The valid values closest to `value`, compared by `key`, best first."""
    by_key: dict[str, str] = {}
    for each in valid:
        by_key.setdefault(key(each), each)
    found = difflib.get_close_matches(key(value), list(by_key), n=SUGGESTIONS, cutoff=SUGGESTION_CUTOFF)
    return [by_key[k] for k in found]


def _taxonomy_value(field: str, value: str, names: Iterable[str]) -> str:
    """An ACLED type name in any case, as ACLED spells it."""
    names = list(names)
    for name in names:
        if name.casefold() == value.strip().casefold():
            return name
    raise FilterError(field, value, _closest(value, names))


def _country(store: Store, value: str) -> str | tuple[str, ...]:
    """Stored country names for a name, ACLED name or ISO code, any case."""
    from sitrep import countries
    from sitrep.sources import country_code

    if store.has_value("country", value):
        return value
    stored = store.distinct_values("country")
    same = tuple(s for s in stored if s.casefold() == value.strip().casefold())
    if same:
        return same
    try:
        code = country_code(value)
    except InputError:
        raise FilterError("country", value,
                          _closest(value, stored or [c.name for c in countries.all_countries()])) from None
    known = countries.country_by_code(code)
    names = {known.name.casefold(), known.alpha2.casefold(), known.alpha3.casefold()}
    return tuple(s for s in stored if s.casefold() in names or _country_of(s) == code) or known.name


def _country_of(name: str) -> str | None:
    from sitrep import countries

    found = countries.country_by_name(name)
    return found.alpha2 if found else None


def _admin1(store: Store, value: str) -> str | tuple[str, ...]:
    """Stored admin1 names that are the same place as `value` by `place_key`."""
    if store.has_value("admin1", value):
        return value
    stored = store.distinct_values("admin1")
    wanted = place_key(value)
    same = tuple(s for s in stored if place_key(s) == wanted)
    if same:
        return same
    raise FilterError("admin1", value, _closest(value, stored, key=place_key))


def _actor(store: Store, value: str) -> tuple[str, ...]:
    """Actor keys (casefolded names) for a name or alias: the actor file's name for an alias, and the stored
    names that are that name with ACLED's parenthesised qualifier."""
    from sitrep.actors import default_resolver

    entry = default_resolver().by_alias.get(" ".join(value.split()).casefold())
    names = {value.strip().casefold()}
    if entry is not None and "{country}" not in entry.name:
        names.add(entry.name.casefold())
    stored = store.distinct_values("actor")
    found = {s.casefold() for s in stored if s.casefold() in names or ACLED_QUALIFIER.sub("", s).casefold() in names}
    if found or entry is not None:
        return tuple(sorted(found | names))
    raise FilterError("actor", value, _closest(value, stored))


def resolve_filters(store: Store, filters: EventQuery) -> EventQuery:
    """The filters with each name turned into the values stored; FilterError (with suggestions) for a value
    nothing matches. A known country, type or actor with no stored event is valid and finds nothing."""
    changes: dict[str, object] = {}
    if filters.country and isinstance(filters.country, str):
        changes["country"] = _country(store, filters.country)
    if filters.admin1 and isinstance(filters.admin1, str):
        changes["admin1"] = _admin1(store, filters.admin1)
    if filters.event_type and isinstance(filters.event_type, str):
        changes["event_type"] = _taxonomy_value("event type", filters.event_type, taxonomy.EVENT_TYPES)
    if filters.sub_event_type and isinstance(filters.sub_event_type, str):
        changes["sub_event_type"] = _taxonomy_value("sub-event type", filters.sub_event_type,
                                                    taxonomy.ALL_SUB_EVENT_TYPES)
    if filters.actor and isinstance(filters.actor, str):
        changes["actor"] = _actor(store, filters.actor)
    return dataclasses.replace(filters, **changes)
