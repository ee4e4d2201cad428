"""Weapon mentions normalised to a small set of types (the `weapons` field and MUC-4's instrument)."""

from __future__ import annotations

import functools
import re

from sitrep.schema import Span

WEAPON_TYPES: dict[str, tuple[str, ...]] = {
    "small arms": (
        r"gun(?:s|fire|shots?|men)?", r"rifles?", r"assault rifles?", r"AK-?47s?", r"kalashnikovs?",
        r"pistols?", r"machine ?guns?", r"automatic weapons?", r"firearms?", r"shot (?:dead|and killed)",
        r"opened fire", r"bullets?", r"live (?:ammunition|rounds)", r"sniper",
    ),
    "heavy machine gun": (r"heavy machine ?guns?", r"DShK", r"anti-aircraft guns?"),
    "explosive device": (
        r"IEDs?", r"improvised explosive devices?", r"roadside bombs?", r"explosive devices?",
        r"bombs?", r"explosives?", r"dynamite", r"landmines?", r"land mines?", r"mines?",
    ),
    "vehicle-borne explosive": (r"car bombs?", r"VBIEDs?", r"SVBIEDs?", r"vehicle-borne", r"truck bombs?"),
    "suicide vest": (r"suicide (?:vests?|belts?)", r"explosive (?:vests?|belts?)"),
    "grenade": (r"(?:hand |rocket-propelled )?grenades?", r"RPGs?"),
    "mortar": (r"mortars?(?: shells?| rounds?)?",),
    "artillery": (r"artillery", r"shells?", r"shelling", r"howitzers?", r"tank fire", r"tanks?"),
    "rocket": (r"rockets?", r"Katyushas?", r"Grad", r"MLRS"),
    "missile": (r"missiles?", r"ballistic", r"cruise missiles?"),
    "aircraft": (r"warplanes?", r"jets?", r"fighter jets?", r"helicopters?", r"gunships?", r"aircraft", r"air ?strikes?"),
    "drone": (r"drones?", r"UAVs?", r"unmanned aerial vehicles?"),
    "chemical agent": (r"chlorine", r"sarin", r"toxic gas", r"chemical weapons?", r"nerve agent", r"mustard gas"),
    "tear gas": (r"tear ?gas", r"pepper spray", r"water cannons?", r"rubber bullets?"),
    "bladed weapon": (r"knives", r"knife", r"machetes?", r"swords?", r"axes?", r"daggers?"),
    "blunt object": (r"clubs?", r"sticks?", r"stones?", r"rocks?", r"batons?", r"iron bars?"),
    "arson": (r"set (?:\w+ )?(?:on )?fire", r"torched", r"burn(?:ed|t)(?! out)", r"petrol bombs?", r"molotov cocktails?"),
}
"""Weapon type -> regex alternatives. Longer, more specific types are tried first."""


WORD_START = re.compile(r"\b\w")


@functools.cache
def _matcher() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]], list[str]]:
    """One compiled alternation (longest patterns first), the same alternation cut down to the
    alternatives that can begin with each ASCII letter or digit, and the weapon type of each group."""
    ordered = sorted(
        ((kind, alt) for kind, alts in WEAPON_TYPES.items() for alt in alts),
        key=lambda pair: -len(pair[1]),
    )
    groups = [f"(?P<g{i}>{alt})" for i, (_, alt) in enumerate(ordered)]
    pattern = re.compile(r"\b(?:" + "|".join(groups) + r")\b", re.IGNORECASE)
    by_first: dict[str, re.Pattern[str]] = {}
    for first in "abcdefghijklmnopqrstuvwxyz0123456789_":
        kept = [group for group in groups if _may_begin_with(group, first)]
        if kept:
            by_first[first] = re.compile(r"\b(?:" + "|".join(kept) + r")\b", re.IGNORECASE)
    return pattern, by_first, [kind for kind, _ in ordered]


def _may_begin_with(group: str, first: str) -> bool:
    """Whether the pattern `group` can match a text beginning with `first` (either case); True when
    its beginnings cannot be read off it."""
    from sitrep.classify import match_starts

    starts = match_starts(re.compile(group, re.IGNORECASE))
    return starts is None or any(start[0] == first for start in starts)


def find_weapons(text: str, offset: int = 0) -> list[tuple[str, Span]]:
    """Weapon mentions in `text` as (weapon type, span), in order of appearance.

    The same matches as `_matcher()`'s alternation scanned over the text, found faster: at each
    word start only the alternatives that can begin with its letter are tried."""
    pattern, by_first, kinds = _matcher()
    found = []
    position = 0
    while (word := WORD_START.search(text, position)) is not None:
        first = text[word.start()]
        matcher = by_first.get(first.lower()) if first.isascii() else pattern
        match = matcher.match(text, word.start()) if matcher is not None else None
        if match is None:
            position = word.start() + 1
            continue
        index = int(match.lastgroup[1:])
        found.append((kinds[index], Span(offset + match.start(), offset + match.end(), match.group(0))))
        position = match.end()
    return found


def weapon_types(text: str) -> list[str]:
    """The distinct weapon types mentioned in `text`, in order of first mention."""
    return list(dict.fromkeys(kind for kind, _ in find_weapons(text)))
