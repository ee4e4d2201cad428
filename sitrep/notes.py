"""ACLED-style notes: the one-sentence summary of an event or incident, built from its own fields.

An incident keeps its lead member's description and gets the casualty part of its merged figures,
so its notes always agree with its `fatalities`: the range of each figure with who claimed what,
then ACLED's conservative count and why it is that number.
"""

from __future__ import annotations

import datetime as dt

from sitrep import responsibility
from sitrep.schema import Event

VERBS: dict[str, str] = {
    "Armed clash": "clashed with",
    "Government regains territory": "regained territory from",
    "Non-state actor overtakes territory": "took over territory from",
    "Chemical weapon": "used a chemical weapon against",
    "Air/drone strike": "carried out an air or drone strike against",
    "Suicide bomb": "carried out a suicide bombing against",
    "Shelling/artillery/missile attack": "shelled",
    "Remote explosive/landmine/IED": "detonated an explosive device against",
    "Grenade": "threw a grenade at",
    "Sexual violence": "sexually assaulted",
    "Attack": "attacked",
    "Abduction/forced disappearance": "abducted",
    "Peaceful protest": "protested",
    "Protest with intervention": "protested and were met by",
    "Excessive force against protesters": "used excessive force against",
    "Violent demonstration": "rioted",
    "Mob violence": "attacked",
    "Agreement": "reached an agreement with",
    "Arrests": "arrested",
    "Change to group/activity": "changed activity",
    "Disrupted weapons use": "disrupted weapons use by",
    "Headquarters or base established": "established a base",
    "Looting/property destruction": "looted or destroyed property of",
    "Non-violent transfer of territory": "took over territory without fighting from",
    "Other": "was involved in an event with",
}
"""What actor1 did, by sub-event type, in words a note can use."""

CASUALTY_LABELS = (("killed", "killed"), ("injured", "injured"), ("killed_or_injured", "killed or injured"))


def event_notes(event: Event) -> str:
    """A summary in ACLED's style from the event's fields: when, who did what to whom, where, then the
    reported casualties and the fatalities coded."""
    parts = []
    if event.event_date:
        day = dt.date.fromisoformat(event.event_date)
        when = f"{day.day} {day:%B %Y}" if event.time_precision == 1 else f"around {day:%B %Y}"
        parts.append(f"On {when},")
    actor1 = event.actor1 or "unidentified actors"
    if event.actor1 and responsibility.doubted(event):
        actor1 = f"suspected {actor1}"
    verb = VERBS.get(event.sub_event_type, VERBS["Other"])
    phrase = f"{actor1} {verb}"
    if event.actor2 and verb.endswith((" with", " from", " against", " by", " of", " at")):
        phrase += f" {event.actor2}"
    elif event.actor2 and event.sub_event_type in {"Shelling/artillery/missile attack", "Sexual violence",
                                                    "Attack", "Abduction/forced disappearance", "Arrests",
                                                    "Mob violence"}:
        phrase += f" {event.actor2}"
    elif verb.endswith((" with", " from", " against", " by", " of", " at")):
        phrase = phrase.rsplit(" ", 1)[0]
    parts.append(phrase)
    if event.location:
        where = f"{'near' if event.geo_precision == 2 else 'in'} {event.location}"
        if event.admin1 and event.admin1 != event.location:
            where += f" ({event.admin1}, {event.country})" if event.country else f" ({event.admin1})"
        parts.append(where)
    text = " ".join(parts) + "." + casualty_notes(event)
    return text[0].upper() + text[1:]


CASUALTY_NOTES_START = " Reported casualties: "


def with_casualty_notes(notes: str, event: Event) -> str:
    """Notes whose casualty part is the event's own: an earlier ' Reported casualties: ...' (from one member
    of a merged incident) is replaced, other text (a coder's own notes) is kept in front."""
    kept = notes.split(CASUALTY_NOTES_START, 1)[0].rstrip()
    return (kept + casualty_notes(event)).strip()


def casualty_notes(event: Event) -> str:
    """' Reported casualties: ...' with each figure's range (and, when sources differ, who claimed which
    figure), then the fatalities coded: the lowest reported death toll, or 0 when no death is reported
    apart from injuries. Empty when no figure is reported."""
    figures = []
    for kind, label in CASUALTY_LABELS:
        value = event.casualties.get(kind)
        if not value:
            continue
        text = f"{_figure(value)} {label}"
        if value[0] != value[1]:
            claimed = dict.fromkeys(f"{_figure(getattr(c, kind))} according to {c.claimant or 'an unnamed source'}"
                                    for c in event.claims if getattr(c, kind))
            text += f" ({'; '.join(claimed)})" if claimed else ""
        figures.append(text)
    if not figures:
        return ""
    if event.casualties.get("killed"):
        why = "the lowest reported death toll"
    elif event.casualties.get("killed_or_injured"):
        why = "deaths not reported apart from injuries"
    else:
        why = "no death reported"
    return f"{CASUALTY_NOTES_START}{', '.join(figures)}. Fatalities coded: {event.fatalities} ({why})."


def _figure(value: tuple[int, int] | list[int]) -> str:
    low, high = value
    return str(low) if low == high else f"{low}-{high}"
