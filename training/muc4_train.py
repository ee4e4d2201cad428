"""The MUC-4 train split as labelled sentences and documents for our models (build time only; numpy-free).

MUC-4's FBIS translations are US government works (public domain); issue #11 allows the *train* split
(../shared/benchmarks/muc4/train.json and train_full_keys.jsonl) as training data, and nothing else in
../shared. Its text is read at build time and never copied into the repository. Incident types map to
ACLED sub-types only where the mapping is sound (`muc4_subtype`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

MUC4_ONE_TYPE = {"kidnapping": "Abduction/forced disappearance"}
"""MUC-4 incident types that are one ACLED sub-type whatever the target or instrument."""
CIVILIAN_TARGETS = frozenset({"CIVILIAN", "POLITICAL FIGURE", "GOVERNMENT OFFICIAL", "LEGAL OR JUDICIAL", "DIPLOMAT",
                              "FORMER GOVERNMENT OFFICIAL", "FORMER ACTIVE MILITARY"})
"""MUC-4 human-target types ACLED counts as unarmed: violence against them is an Attack on civilians."""
ARMED_TARGETS = frozenset({"ACTIVE MILITARY", "LAW ENFORCEMENT", "SECURITY GUARD"})
"""MUC-4 human-target types that are armed forces: an attack on them is a Battle (Armed clash) in ACLED."""
SHELLING_INSTRUMENTS = frozenset({"MORTAR", "ROCKET"})
EXCLUDED_TYPES = ("robbery", "forced work stoppage")
"""MUC-4 incident types with no sound ACLED sub-type (ordinary-crime robbery, strikes imposed by threat):
their sentences are used neither as events nor as non-events."""
EVENT_WORDS = re.compile(
    r"\b(kill|murder|assassin|massacr|dead|death|die[ds]?\b|bod(y|ies)|wound|injur|attack|bomb|explo|dynamite|"
    r"grenade|mortar|rocket|shot|shoot|fire[ds]?\b|firing|gun|rifle|weapon|arms\b|clash|fight|combat|battle|ambush|"
    r"assault|offensive|kidnap|abduct|hostage|disappear|captur|arrest|detain|prisoner|seiz|raid|burn|arson|sabotag|"
    r"destr|damag|torture|protest|demonstrat|strike|riot|march|rally|looted|loot|occup|curfew|violen|terror|"
    r"guerrilla|subversive|rebel|insurgent|troops|soldier|army|military|police|patrol|operation|wave|incident)",
    re.IGNORECASE)
"""Words (general English stems, not taken from any corpus's labels) that may tell of violence, arrests,
protest or armed forces. A sentence of a MUC-4 document without templates counts as a non-event only
when it has none: MUC-4 leaves clashes between armed forces untemplated, and ACLED codes those."""
MUC4_NON_EVENTS_PER_DOCUMENT = 4
GATE_ONLY_EVENT = "event"
"""Label of a MUC-4 event with no sound ACLED sub-type: an event for the gate, left out of the sub-type layer."""


def muc4_subtype(template: dict, key: dict) -> str | None:
    """The ACLED sub-type of an accomplished MUC-4 incident where the mapping is sound, else None.

    Kidnapping is abduction; a bombing is a grenade attack when a grenade was the instrument, an air
    strike when an aerial bomb was, else a remote explosive; an attack (not by bomb) is a shelling
    when mortars or rockets were used, an Attack on civilians when every human target is unarmed and
    an Armed clash when every one is an armed force; arson with no human target is property
    destruction (ACLED's Looting/property destruction). Everything else (an attack on buildings alone,
    mixed targets) is an event of no sound sub-type."""
    kind = template["incident_type"]
    instruments = {value.split(":")[0].strip(" ?") for value in key.get("INCIDENT: INSTRUMENT TYPE", [])
                   for value in value.split(" / ")} - {"-", "*"}
    targets = {part.split(":")[0].strip(" ?") for value in key.get("HUM TGT: TYPE", []) for part in value.split(" / ")} - {"-", "*", ""}
    if kind in MUC4_ONE_TYPE:
        return MUC4_ONE_TYPE[kind]
    if kind == "bombing":
        if instruments == {"GRENADE"}:
            return "Grenade"
        return "Air/drone strike" if instruments == {"AERIAL BOMB"} else "Remote explosive/landmine/IED"
    if kind == "attack":
        if instruments and instruments <= SHELLING_INSTRUMENTS:
            return "Shelling/artillery/missile attack"
        if instruments & {"BOMB", "DYNAMITE", "EXPLOSIVE", "VEHICLE BOMB", "AERIAL BOMB", "GRENADE"}:
            return None
        if targets and targets <= CIVILIAN_TARGETS:
            return "Attack"
        if targets and targets <= ARMED_TARGETS:
            return "Armed clash"
    if kind == "arson" and not targets:
        return "Looting/property destruction"
    return None


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: a stop, question or exclamation mark before white space ends one,
    unless it closes a one-letter initial ('u.s.') or a short title ('gen.', 'mr.')."""
    bounds, start = [], 0
    for stop in re.finditer(r"[.?!](?=\s)", text):
        word = text[:stop.end()].rsplit(None, 1)[-1].lower()
        if re.fullmatch(r"(\w\.)+|(mr|mrs|ms|dr|gen|col|lt|sgt|capt|maj|st|no|rev|sen|gov|pres)\.", word):
            continue
        if text[start:stop.end()].strip():
            bounds.append((start, stop.end()))
        start = stop.end()
    if text[start:].strip():
        bounds.append((start, len(text)))
    return bounds


def event_sentence(text: str, bounds: list[tuple[int, int]], template: dict) -> str | None:
    """The sentence most likely to report a template's incident: the first that names one of its
    targets, victims or weapons and has one of EVENT_WORDS, else the first naming any of its fillers
    (perpetrators too) with one of EVENT_WORDS; None when no sentence does."""
    def offsets(roles: tuple[str, ...]) -> list[int]:
        """Where the template's fillers of `roles` are mentioned in `text`."""
        return sorted(o for role in roles for entity in template[role] for _, o in entity)

    for roles in (("Target", "Victim", "Weapon"), ("Target", "Victim", "Weapon", "PerpInd", "PerpOrg")):
        for start, end in bounds:
            sentence = text[start:end].strip()
            if any(start <= o < end for o in offsets(roles)) and EVENT_WORDS.search(sentence):
                return sentence
    return None


def muc4_items(directory: Path) -> list[dict]:
    """Labelled sentences from the MUC-4 train split (train.json: lower-cased text with mention offsets;
    train_full_keys.jsonl: the same templates with all slots).

    Events: for each template whose incident was accomplished (not attempted or threatened), the sentence
    `event_sentence` picks, labelled with `muc4_subtype`
    ('event' when no sub-type is sound: such items teach the gate, not the sub-type layer).
    Non-events: up to MUC4_NON_EVENTS_PER_DOCUMENT sentences of six or more words from each document
    without templates that contain none of EVENT_WORDS. Sentences of documents with templates that no
    template points to are left out: they may tell of untemplated clashes."""
    keys = {row["docid"]: row["templates"] for row in _json_lines(directory / "train_full_keys.jsonl")}
    items = []
    for document in _json_lines(directory / "train.json"):
        text = document["doctext"]
        bounds = sentence_bounds(text)
        group = f"muc4:{document['docid']}"
        if not document["templates"]:
            sentences = [text[a:b].strip() for a, b in bounds]
            plain = [s for s in sentences if len(s.split()) >= 6 and not EVENT_WORDS.search(s)]
            items += [{"text": s, "label": "none", "group": group, "source": "muc4"}
                      for s in plain[:MUC4_NON_EVENTS_PER_DOCUMENT]]
            continue
        for template, key in zip(document["templates"], keys[document["docid"]]):
            if not _happened(template, key):
                continue
            sentence = event_sentence(text, bounds, template)
            if sentence is None:
                continue
            items.append({"text": sentence, "label": muc4_subtype(template, key) or GATE_ONLY_EVENT,
                          "group": group, "source": "muc4"})
    labels: dict[str, set[str]] = {}
    for item in items:
        labels.setdefault(item["text"], set()).add(item["label"])
    unique = {item["text"]: item for item in items}
    return [dict(item, label=next(iter(labels[text])) if len(labels[text]) == 1 else GATE_ONLY_EVENT)
            for text, item in unique.items() if not ("none" in labels[text] and len(labels[text]) > 1)]


def _json_lines(path: Path) -> list[dict]:
    """The records of a JSON Lines file, blank lines skipped."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _happened(template: dict, key: dict) -> bool:
    """Whether a template's incident was accomplished (not attempted or threatened) and of a type we use."""
    return (template["incident_type"] not in EXCLUDED_TYPES
            and " ".join(key.get("INCIDENT: STAGE OF EXECUTION", [])) == "ACCOMPLISHED")


def muc4_documents(directory: Path) -> list[dict]:
    """MUC-4 train documents that report one incident with a sound ACLED sub-type, as the full-keys file
    gives them (original upper-case text with its dateline): docid, text, sub_event_type. A document
    with several templates, or one attempted, threatened or without a sound sub-type, is left out, so
    that each kept document has one event to judge a coder's main event against."""
    gtt = {row["docid"]: row["templates"] for row in _json_lines(directory / "train.json")}
    documents = []
    for row in _json_lines(directory / "train_full_keys.jsonl"):
        if len(row["templates"]) != 1 or len(gtt[row["docid"]]) != 1:
            continue
        key, template = row["templates"][0], gtt[row["docid"]][0]
        if not _happened(template, key):
            continue
        sub_type = muc4_subtype(template, key)
        if sub_type:
            documents.append({"docid": row["docid"], "text": row["text"], "sub_event_type": sub_type})
    return documents
