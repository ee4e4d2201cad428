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


@functools.cache
def _matcher() -> tuple[re.Pattern[str], list[str]]:
    """One compiled alternation (longest patterns first) and the weapon type of each group."""
    ordered = sorted(
        ((kind, alt) for kind, alts in WEAPON_TYPES.items() for alt in alts),
        key=lambda pair: -len(pair[1]),
    )
    groups = [f"(?P<g{i}>{alt})" for i, (_, alt) in enumerate(ordered)]
    pattern = re.compile(r"\b(?:" + "|".join(groups) + r")\b", re.IGNORECASE)
    return pattern, [kind for kind, _ in ordered]


def find_weapons(text: str, offset: int = 0) -> list[tuple[str, Span]]:
    """Weapon mentions in `text` as (weapon type, span), in order of appearance."""
    pattern, kinds = _matcher()
    found = []
    for match in pattern.finditer(text):
        index = int(match.lastgroup[1:]) if match.lastgroup else 0
        found.append(
            (kinds[index], Span(offset + match.start(), offset + match.end(), match.group(0)))
        )
    return found


def weapon_types(text: str) -> list[str]:
    """The distinct weapon types mentioned in `text`, in order of first mention."""
    return list(dict.fromkeys(kind for kind, _ in find_weapons(text)))
