"""MUC-4 template filling: sitrep's events as MUC templates, scored with the GTT template metric.

The metric follows Du et al. (2021, GTT): in each document, predicted templates are aligned
one to one with gold templates (a pair only counts when the predicted incident type is part of
the gold one, e.g. 'attack' in 'bombing / attack'), choosing the alignment with the best F1 of
the document. Each aligned pair counts its incident type once and each role filler: a predicted
entity is right when all its mentions, normalised (lower case, no punctuation, no articles),
are in the gold entity's mention cluster. Unaligned templates count all their fillers as wrong.
Micro precision, recall and F1 are summed over documents and roles. The full keys also give
the incident date, location and human deaths/injuries, scored on the aligned pairs.
"""

from __future__ import annotations

import itertools
import json
import re
import string
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.errors import EvaluationError
from sitrep.evaluation import ErrorExample, EvalResult
from sitrep.evaluation.report import f1_figures, precision_recall_f1
from sitrep.evaluation.seeds import extract_events, plain
from sitrep.evaluation.split import score_by_half
from sitrep import incidents
from sitrep.actors import normalise_actor
from sitrep.arguments import group_mention
from sitrep.schema import Argument, Event
from sitrep.weapons import weapon_types

ROLES = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
SCORED = ("incident_type", *ROLES)

FULL_KEY_SLOTS = {
    "PerpInd": "PERP: INDIVIDUAL ID",
    "PerpOrg": "PERP: ORGANIZATION ID",
    "Target": "PHYS TGT: ID",
    "Victim": "HUM TGT: NAME",
    "Weapon": "INCIDENT: INSTRUMENT ID",
}
"""Full-key slot of each GTT role (the GTT release takes the victim from the name slot)."""

MAX_ALIGNMENTS = 50_000
"""Beyond this many candidate alignments in one document, align greedily instead of exhaustively."""

BOMBING_SUB_TYPES = frozenset({"Suicide bomb", "Remote explosive/landmine/IED", "Grenade", "Chemical weapon"})
ATTACK_SUB_TYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Attack", "Sexual violence",
                              "Mob violence"})
"""ACLED sub-types that are MUC attacks (mob violence: attacks by people MUC calls individuals, not groups)."""
ARMED_GROUPS = frozenset({2, 3})
"""ACLED inter codes of rebels and militias: a clash they open on state forces is a MUC attack
('guerrillas attacked the garrison'), and so is one that unnamed attackers open on state or
foreign forces ('the attack on the police station'); one the state opens on them is a military operation."""
FOREIGN_FORCES = 8
"""ACLED inter code of external forces (a foreign army, peacekeepers)."""
STATE_FORCES = 1
"""ACLED inter code of state forces."""
CIVILIANS = 7
"""ACLED inter code of civilians."""
REMOTE_COMBAT = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
"""Sub-types that are MUC attacks only on civilians: on fighters they are military operations."""
VIOLENT_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
EXPLOSIVES = frozenset({"explosive device", "vehicle-borne explosive", "suicide vest"})
"""Weapon types (sitrep.weapons) that make a violent event a MUC bombing; grenades thrown in a
shooting leave it an attack (MUC keys them as the attack's instrument)."""
BOMBING_INSTRUMENTS = EXPLOSIVES | {"grenade", "mortar"}
"""Weapon types MUC keys as a bombing's instrument (guns fired around a bombing are not)."""
NO_INSTRUMENTS = frozenset({"blunt object"})
"""Weapon types MUC never keys as an instrument (sticks and stones thrown in a clash)."""
BURNING = re.compile(r"\b(?:burn\w*|set (?:on )?fire|set ablaze|torch\w*|arson|fire ?bomb\w*|incendiar\w*)\b", re.I)
THEFT = re.compile(r"\b(?:stole|steal\w*|robb\w*|loot\w*|hold-?ups?)\b", re.I)
"""Words of a theft: property destruction is a MUC robbery with them, an arson with fire, else an attack."""
QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|inside|outside|from|to|towards?|into|through|across|around|behind|of)"
                          r"\s+(?:(?:the|a|an|its|their|his|her)\s+)?$", re.IGNORECASE)
"""A preposition of place (and article) just before a mention: 'at the airport', 'of the embassy'."""
DAMAGING = frozenset({"bombing", "arson"})
"""Incidents whose place is also their physical target (a bomb at the embassy hits the embassy);
a shooting at a place leaves it unharmed, and a kidnapping takes people, never a physical target."""
COUNT = re.compile(
    r"^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundreds|dozens"
    r"|several|some|many|numerous)\s+(?=\S)", re.IGNORECASE)
"""A count before a noun ('three buses'): MUC's target ID leaves it to the number slot ('buses')."""
MILITARY_MEANS = frozenset({"aircraft", "drone", "artillery", "missile", "tear gas"})
"""Weapon types (sitrep.weapons) of military operations and policing, not MUC-4 instruments of terror."""
NOT_PERPETRATORS = frozenset({1, 6, 7})
"""ACLED inter codes of actors that MUC-4 does not code as perpetrators: state forces, protesters, civilians."""
UNNAMED = "Unidentified"
"""How sitrep's name for an unnamed armed group ('gunmen', 'armed men') begins."""
MONTHS = {m: i for i, m in enumerate(("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
                                       "NOV", "DEC"), start=1)}

Template = dict[str, Any]
"""{'incident_type': str, role: [[mention, ...], ...] for each role}."""


# --- the GTT metric -----------------------------------------------------------------------------


def normalise_mention(text: str) -> str:
    """GTT's mention normalisation: lower case, no punctuation, no articles, single spaces."""
    text = "".join(c for c in text.lower() if c not in string.punctuation)
    return " ".join(re.sub(r"\b(?:a|an|the)\b", " ", text).split())


@dataclass
class Counts:
    """Numerators and denominators of precision and recall."""

    p_num: int = 0
    p_den: int = 0
    r_num: int = 0
    r_den: int = 0

    def add(self, other: Counts) -> None:
        self.p_num += other.p_num
        self.p_den += other.p_den
        self.r_num += other.r_num
        self.r_den += other.r_den

    @property
    def f1(self) -> float:
        return precision_recall_f1(self.p_num, self.p_den, self.r_num, self.r_den)[2]


@dataclass
class GttScore:
    """Counts per role summed over documents, and the alignment chosen in each document."""

    roles: dict[str, Counts] = field(default_factory=lambda: {r: Counts() for r in SCORED})
    alignments: dict[str, dict[int, int]] = field(default_factory=dict)

    @property
    def micro(self) -> Counts:
        total = Counts()
        for counts in self.roles.values():
            total.add(counts)
        return total


def _normalised(template: Template) -> Template:
    result: Template = {"incident_type": template["incident_type"]}
    for role in ROLES:
        entities = [[normalise_mention(m) for m in entity] for entity in template.get(role) or []]
        result[role] = [e for e in entities if e]
    return result


def _compatible(pred: Template, gold: Template) -> bool:
    return pred["incident_type"] in gold["incident_type"]


def _pair_counts(pred: Template, gold: Template) -> dict[str, Counts]:
    """Counts of an aligned pair: the incident type is right, fillers right when mentions are in the cluster."""
    counts = {"incident_type": Counts(1, 0, 1, 0)}
    for role in ROLES:
        right_p = sum(any(set(p) <= set(g) for g in gold[role]) for p in pred[role])
        right_r = sum(any(set(p) <= set(g) for p in pred[role]) for g in gold[role])
        counts[role] = Counts(right_p, 0, right_r, 0)
    return counts


def _denominators(templates: list[Template], recall: bool) -> dict[str, Counts]:
    counts = {"incident_type": Counts(0, 0 if recall else len(templates), 0, len(templates) if recall else 0)}
    for role in ROLES:
        total = sum(len(t[role]) for t in templates)
        counts[role] = Counts(0, 0 if recall else total, 0, total if recall else 0)
    return counts


def _alignments(pred: list[Template], gold: list[Template]) -> Iterator[dict[int, int]]:
    """Every one-to-one alignment of predicted to compatible gold templates (unaligned ones omitted)."""
    options = [[-1] + [g for g, gt in enumerate(gold) if _compatible(pt, gt)] for pt in pred]
    for choice in itertools.product(*options):
        used = [g for g in choice if g >= 0]
        if len(used) == len(set(used)):
            yield {p: g for p, g in enumerate(choice) if g >= 0}


def _greedy_alignment(pairs: dict[tuple[int, int], dict[str, Counts]]) -> dict[int, int]:
    """Pairs taken best first by matched fillers: for documents too big to search exhaustively."""
    ranked = sorted(pairs, key=lambda pg: -sum(c.p_num + c.r_num for c in pairs[pg].values()))
    mapping: dict[int, int] = {}
    for p, g in ranked:
        if p not in mapping and g not in mapping.values():
            mapping[p] = g
    return mapping


def score_document(pred: list[Template], gold: list[Template]) -> tuple[dict[str, Counts], dict[int, int]]:
    """GTT counts for one document under its best alignment, and that alignment."""
    pred = [_normalised(t) for t in pred]
    gold = [_normalised(t) for t in gold]
    base = {role: Counts() for role in SCORED}
    for counts in (_denominators(pred, recall=False), _denominators(gold, recall=True)):
        for role in SCORED:
            base[role].add(counts[role])
    pairs = {(p, g): _pair_counts(pred[p], gold[g])
             for p, g in itertools.product(range(len(pred)), range(len(gold))) if _compatible(pred[p], gold[g])}
    size = 1
    for p in range(len(pred)):
        size *= 1 + sum(1 for g in range(len(gold)) if (p, g) in pairs)
    candidates = _alignments(pred, gold) if size <= MAX_ALIGNMENTS else iter([_greedy_alignment(pairs)])
    best: tuple[float, dict[str, Counts], dict[int, int]] | None = None
    for mapping in candidates:
        counts = {role: Counts(0, base[role].p_den, 0, base[role].r_den) for role in SCORED}
        for p, g in mapping.items():
            for role, pair in pairs[(p, g)].items():
                counts[role].add(pair)
        total = Counts()
        for c in counts.values():
            total.add(c)
        if best is None or total.f1 > best[0]:
            best = (total.f1, counts, mapping)
    assert best is not None
    return best[1], best[2]


def gtt_score(predicted: dict[str, list[Template]], gold: dict[str, list[Template]]) -> GttScore:
    """The GTT template metric over the gold documents; a document with no prediction predicts nothing."""
    score = GttScore()
    for doc_id, gold_templates in gold.items():
        counts, mapping = score_document(predicted.get(doc_id, []), gold_templates)
        for role in SCORED:
            score.roles[role].add(counts[role])
        score.alignments[doc_id] = mapping
    return score


# --- sitrep events as MUC templates --------------------------------------------------------------


def incident_type(event: Event) -> str | None:
    """The MUC incident an event is, or None when MUC has no such incident (battles, protests, ...).

    Violence with explosives (a bomb that went off in a clash, dynamite in an attack) is a bombing;
    property destroyed is an arson when burned, a robbery when stolen, else an attack; a bomb found
    and defused is an attempted bombing.
    """
    sub = event.sub_event_type
    if sub in REMOTE_COMBAT and event.inter2 != CIVILIANS:
        return None
    if sub in BOMBING_SUB_TYPES:
        return "bombing"
    explosives = EXPLOSIVES & set(event.weapons)
    if event.event_type in VIOLENT_TYPES and explosives and sub != "Abduction/forced disappearance":
        return "bombing"
    if sub in ATTACK_SUB_TYPES:
        return "attack"
    if sub == "Abduction/forced disappearance":
        return "kidnapping"
    if sub == "Looting/property destruction":
        told = [e.text for e in event.evidence]
        if any(BURNING.search(t) for t in told) or any(BURNING.search(w) for w in event.weapons):
            return "arson"
        return "robbery" if any(THEFT.search(t) for t in told) else "attack"
    if event.event_type == "Battles" and (
        (event.inter1 != STATE_FORCES and (event.actor2 is None or event.inter2 == CIVILIANS))
        or (event.inter1 in ARMED_GROUPS and event.inter2 == STATE_FORCES)
        or (event.actor1 is None and event.inter2 in (STATE_FORCES, FOREIGN_FORCES))
    ):
        return "attack"
    if sub == "Disrupted weapons use" and EXPLOSIVES & set(event.weapons):
        return "bombing"
    return None


def _argument_role(argument: Argument) -> str | None:
    """The MUC role an argument fills, or None where MUC has no slot for it.

    Attackers are perpetrators unless sitrep names them state forces, protesters or civilians (MUC
    codes terrorist acts): named organisations are PerpOrg, anyone described or left unnamed
    PerpInd; an organisation is named by the group's name alone ('FARC members' fills PerpOrg with FARC,
    `sitrep.arguments.group_mention`). Victims fill MUC's name slot, so only people sitrep found named. Targets are
    physical (PHYS TGT): an actor (people, a group, an institution) is none. Weapons of military operations and
    policing (aircraft, artillery, tear gas) are no MUC instrument.
    """
    if argument.role == "attacker":
        actor = normalise_actor(argument.text)
        if actor is not None and actor[1] in NOT_PERPETRATORS:
            return None
        named = argument.organization and actor is not None and not actor[0].startswith(UNNAMED)
        return "PerpOrg" if named else "PerpInd"
    if argument.role == "victim":
        return "Victim" if argument.person else None
    if argument.role == "target":
        return None if argument.organization or argument.person or normalise_actor(argument.text) else "Target"
    if argument.role == "instrument":
        return None if set(weapon_types(argument.text)) & MILITARY_MEANS else "Weapon"
    return None


def _is_place(argument: Argument, event: Event) -> bool:
    """True when a mention follows a preposition of place ('killed at the airport', 'in the
    university', 'near the embassy'): where the incident happened, not what it hit."""
    for evidence in event.evidence:
        if evidence.start <= argument.start < evidence.end:
            return bool(PLACE_BEFORE.search(evidence.text[: argument.start - evidence.start]))
    return False


def event_template(event: Event) -> Template | None:
    """A MUC template from an event's role arguments, or None when the event is no MUC incident."""
    kind = incident_type(event)
    if kind is None:
        return None
    template: Template = {"incident_type": kind, **{role: [] for role in ROLES}}
    seen: set[tuple[str, str]] = set()
    for argument in event.arguments:
        role = _argument_role(argument)
        if role == "Target" and (kind == "kidnapping" or (kind not in DAMAGING and _is_place(argument, event))):
            role = None
        text = argument.person if role == "Victim" else argument.text
        text = group_mention(text, 0, len(text))[0] if role == "PerpOrg" else text
        text = COUNT.sub("", text) if role == "Target" else text
        key = (role or "", normalise_mention(text))
        if role and key[1] and key not in seen:
            seen.add(key)
            template[role].append([text])
    return template


def document_templates(events: list[Event]) -> tuple[list[Template], list[Event]]:
    """Templates for a document's events, with their events: the mapping of ACLED units onto MUC
    incidents.

    Events of one incident type are one template with the fillers of all of them, unless they
    happened at different places or on different days (both known), or sitrep's incidents tell them apart
    (`incidents.distinct_in_article`: other victims, elsewhere or another day): a MUC incident is often told as
    several ACLED units (one per actor pair, or with the place or day only in some sentences).
    An attack whose fillers include explosives is a bombing, and weapons stay only where MUC keys
    them as the incident's instrument.
    """
    templates: list[Template] = []
    sources: list[Event] = []
    members: list[list[Event]] = []
    keys: list[tuple[str, str] | None] = []
    for event in events:
        template = event_template(event)
        if template is None:
            continue
        key = (event.location, event.event_date) if event.location and event.event_date else None
        same = next((i for i, t in enumerate(templates) if t["incident_type"] == template["incident_type"]
                     and (key is None or keys[i] is None or keys[i] == key)
                     and not any(incidents.distinct_in_article(event, other) for other in members[i])), None)
        if same is None:
            templates.append(template)
            sources.append(event)
            members.append([event])
            keys.append(key)
            continue
        keys[same] = keys[same] or key
        members[same].append(event)
        _add_fillers(templates[same], template)
    for template in templates:
        if template["incident_type"] == "attack" and any(EXPLOSIVES & set(weapon_types(w[0]))
                                                         for w in template["Weapon"]):
            template["incident_type"] = "bombing"
        template["Weapon"] = [w for w in template["Weapon"] if _is_instrument(template["incident_type"], w[0])]
    return templates, sources


def _is_instrument(kind: str, weapon: str) -> bool:
    """True when MUC keys a weapon as the instrument of an incident of this kind: a bombing's are
    its explosives (not the guns fired around it), a kidnapping has none, sticks and stones never are."""
    types = set(weapon_types(weapon))
    if kind == "bombing":
        return bool(types & BOMBING_INSTRUMENTS)
    return kind != "kidnapping" and not types & NO_INSTRUMENTS


def _add_fillers(template: Template, other: Template) -> None:
    """Adds to a template the fillers of another it does not have yet."""
    for role in ROLES:
        known = {normalise_mention(e[0]) for e in template[role]}
        template[role].extend(e for e in other.get(role, []) if normalise_mention(e[0]) not in known)


# --- reading the corpus ----------------------------------------------------------------------------


def _full_key_entities(values: list[str]) -> list[list[str]]:
    """Entities of a full-key slot: each value is one entity, its quoted mentions split by ' / '."""
    entities = []
    for value in values:
        mentions = [m.replace('\\"', '"') for m in QUOTED.findall(value)]
        if mentions:
            entities.append(mentions)
    return entities


def template_from_full_key(key: dict[str, list[str]]) -> Template:
    """A GTT-style template from one full MUC-4 key."""
    template: Template = {"incident_type": " ".join(key.get("INCIDENT: TYPE", ["attack"])).lower()}
    for role, slot in FULL_KEY_SLOTS.items():
        template[role] = _full_key_entities(key.get(slot) or [])
    return template


def read_corpus(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Documents of a `*_full_keys.jsonl` file; gold role fillers from the GTT release beside it when present."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        documents = [json.loads(line) for line in lines if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"cannot read MUC-4 keys {path}: {exc}") from exc
    if documents and not {"docid", "text", "templates"} <= set(documents[0]):
        raise EvaluationError(f"{path} is not a MUC-4 full-keys file (docid, text, templates per line)")
    documents = documents[:limit] if limit else documents
    gtt = _gtt_gold(path.with_name(path.name.replace("_full_keys.jsonl", ".json")))
    for document in documents:
        keys = document["templates"]
        templates = gtt.get(document["docid"]) or [template_from_full_key(k) for k in keys]
        paired = list(zip(templates, keys)) if len(templates) == len(keys) else [(t, None) for t in templates]
        document["gold"], document["gold_keys"] = [], []
        for template, key in paired:
            if template not in document["gold"]:
                document["gold"].append(template)
                document["gold_keys"].append(key)
    return documents


def _gtt_gold(path: Path) -> dict[str, list[Template]]:
    if not path.is_file():
        return {}
    gold = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            gold[record["docid"]] = [
                {"incident_type": t["incident_type"],
                 **{role: [[m for m, _ in entity] for entity in t.get(role) or []] for role in ROLES}}
                for t in record["templates"]
            ]
    return gold


# --- the full-key slots: date, location, deaths, injuries --------------------------------------------


def parse_key_date(value: str) -> tuple[str | None, str | None] | None:
    """'02 FEB 90' -> a one-day range; '- 04 FEB 90' -> up to that day; 'A - B' -> the range."""
    found = [(m.start(), f"19{int(y):02d}-{MONTHS[mon]:02d}-{int(d):02d}")
             for m in re.finditer(r"(\d{1,2}) ([A-Z]{3}) (\d{2})", value) for d, mon, y in [m.groups()]
             if mon in MONTHS]
    if not found:
        return None
    if len(found) == 1:
        return (None, found[0][1]) if value.strip().startswith("-") else (found[0][1], found[0][1])
    return found[0][1], found[-1][1]


def key_places(value: str) -> list[str]:
    """'GUATEMALA: PETEN (DEPARTMENT): FLORES (CITY)' -> ['guatemala', 'peten', 'flores']."""
    parts = re.split(r"[:;]|\s/\s|\s-\s", re.sub(r"\([^)]*\)", " ", value))
    return [plain(p) for p in parts if plain(p)]


def key_count(key: dict[str, list[str]], effect: str) -> int | None:
    """Humans with the given effect (DEATH, INJURY) in a full key; None when it names no human effect
    or a count is not a plain number ('PLURAL')."""
    effects = list(_labelled(key.get("HUM TGT: EFFECT OF INCIDENT") or []))
    if not any(name for _, name in effects):
        return None
    numbers = {name: label for label, name in _labelled(key.get("HUM TGT: NUMBER") or [])}
    total = 0
    for label, name in effects:
        if label.startswith(effect):
            count = numbers.get(name, "")
            if not count.isdigit():
                return None
            total += int(count)
    return total


def _labelled(values: list[str]) -> Iterator[tuple[str, str]]:
    for value in values:
        label, _, rest = value.partition(":")
        for name in QUOTED.findall(rest) or [""]:
            yield label.strip(), name


def full_key_checks(event: Event | None, key: dict[str, list[str]]) -> dict[str, tuple[bool, Any, Any]]:
    """Date, location, deaths, injuries of a gold key against its aligned event: (right?, predicted, gold).

    Slots the key leaves empty are not scored; with no aligned event every scored slot is wrong.
    """
    gold: dict[str, Any] = {}
    span = parse_key_date(" ".join(key.get("INCIDENT: DATE") or []))
    if span is not None:
        gold["date"] = span
    places = [p for v in key.get("INCIDENT: LOCATION") or [] for p in key_places(v)]
    if places:
        gold["location"] = places
    for name, effect in (("deaths", "DEATH"), ("injuries", "INJURY")):
        count = key_count(key, effect)
        if count is not None:
            gold[name] = count
    if event is None:
        return {name: (False, None, wanted) for name, wanted in gold.items()}
    return {name: _slot_check(event, name, wanted) for name, wanted in gold.items()}


def _slot_check(event: Event, name: str, wanted: Any) -> tuple[bool, Any, Any]:
    if name == "date":
        low, high = wanted
        date = event.event_date
        return date is not None and (low is None or low <= date) and date <= high, date, wanted
    if name == "location":
        specific = wanted[1:] or wanted
        names = [plain(n) for n in (event.location, event.admin2, event.admin1) if n]
        if not names and len(wanted) == 1 and event.country:
            names = [plain(event.country)]
        return any(n in specific for n in names), event.location, wanted
    got = event.fatalities if name == "deaths" else _low(event, "injured")
    return got == wanted, got, wanted


def _low(event: Event, kind: str) -> int:
    value = event.casualties.get(kind)
    return value[0] if value else 0


# --- the adapter -------------------------------------------------------------------------------------


@dataclass
class DocumentOutcome:
    """One document scored: GTT counts per role under its best alignment, and the full-key slot
    checks of its gold templates as (slot, right?, predicted, gold, evidence text)."""

    docid: str
    counts: dict[str, Counts]
    slots: list[tuple[str, bool, Any, Any, str | None]]
    alignment: dict[int, int]
    """Predicted template index -> the gold template it is aligned with."""


def score_outcome(document: dict[str, Any], predicted: list[Template], sources: list[Event]) -> DocumentOutcome:
    """GTT counts of one document's templates and the slot checks of its gold keys (a gold template
    left unaligned has every slot wrong)."""
    counts, mapping = score_document(predicted, document["gold"])
    aligned = {g: p for p, g in mapping.items()}
    slots = []
    for index, key in enumerate(document["gold_keys"]):
        if key is None:
            continue
        event = sources[aligned[index]] if index in aligned else None
        text = " ".join(e.text for e in event.evidence) if event is not None else None
        slots.extend((name, ok, got, wanted, text) for name, (ok, got, wanted) in full_key_checks(event, key).items())
    return DocumentOutcome(document["docid"], counts, slots, mapping)


def score(outcomes: list[DocumentOutcome]) -> dict[str, float]:
    """Template precision, recall and F1 (micro over roles), F1 per role and slot accuracies."""
    roles = {role: Counts() for role in SCORED}
    for outcome in outcomes:
        for role in SCORED:
            roles[role].add(outcome.counts[role])
    micro = Counts()
    for counts in roles.values():
        micro.add(counts)
    metrics = f1_figures("template", micro.p_num, micro.p_den, micro.r_num, micro.r_den)
    metrics.update({f"{role}_f1": roles[role].f1 for role in SCORED})
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for outcome in outcomes:
        for name, ok, *_ in outcome.slots:
            total[name] += 1
            right[name] += ok
    metrics.update({f"{name}_accuracy": right[name] / total[name] for name in sorted(total)})
    return metrics


def evaluate(path: str, limit: int | None = None) -> EvalResult:
    """Code each MUC-4 document and score the templates (GTT metric) and the full-key slots."""
    started = time.perf_counter()
    documents = read_corpus(path, limit)
    outcomes, failures, examples, predicted_total = [], {}, [], 0
    for document in documents:
        events, error = extract_events(document["text"], document_id=document["docid"])
        if error:
            failures[document["docid"]] = error
        predicted, sources = document_templates(events)
        predicted_total += len(predicted)
        outcome = score_outcome(document, predicted, sources)
        outcomes.append(outcome)
        examples += _template_examples(document, predicted, outcome.alignment)
        examples += [ErrorExample(name, text, got, wanted, document["docid"])
                     for name, ok, got, wanted, text in outcome.slots if not ok and text is not None]
    metrics, halves, sizes = score_by_half(outcomes, lambda o: o.docid, score)
    return EvalResult(
        corpus="muc4",
        path=str(path),
        documents=len(documents),
        metrics=metrics,
        reference={"template_f1": "GTT 50.2 (test split; target here 45)"},
        examples=sorted(examples, key=lambda e: not e.field.startswith("template")),
        details={"failures": failures, "predicted_templates": predicted_total,
                 "gold_templates": sum(len(d["gold"]) for d in documents),
                 "notes": "UPPERCASE wire copy passed as is, no publication date; gold role fillers from the GTT "
                          "release beside the keys; one template per incident type, place and day."},
        seconds=time.perf_counter() - started,
        halves=halves,
        half_documents=sizes,
    )


def _template_examples(document: dict[str, Any], predicted: list[Template], mapping: dict[int, int]
                       ) -> list[ErrorExample]:
    """Gold templates sitrep missed and predicted ones with no gold partner, with the document's opening."""
    doc_id = document["docid"]
    opening = " ".join(document["text"].split())[:300]
    examples = [ErrorExample("template (missed)", opening, None, _brief(template), doc_id)
                for index, template in enumerate(document["gold"]) if index not in mapping.values()]
    examples += [ErrorExample("template (spurious)", opening, _brief(template), None, doc_id)
                 for index, template in enumerate(predicted) if index not in mapping]
    return examples


def _brief(template: Template) -> dict[str, Any]:
    return {k: v if k == "incident_type" else [e[0] for e in v] for k, v in template.items() if v}
