"""Argument roles on WikiEvents and RAMS: who attacked whom, with what, where (gold triggers).

For each gold attack, death or injury event, the evidence sentences of sitrep's events that cover
the gold trigger supply the candidate arguments (those inside that sentence, as systems with gold
triggers predict arguments per trigger). Roles are mapped to sitrep's: attacker (KAIROS Attacker,
Killer, Injurer), target, victim, instrument (Instrument, ExplosiveDevice) and place; as in
the ontologies, an attack has no victim role (its people are targets) and a death or injury
no target.
A predicted argument is right by head word when its head token is the gold argument's head
token in the same role, and exactly when its span equals the gold span (edge punctuation
ignored). Micro precision, recall and F1 are summed over gold events. WikiEvents sentences are
joined with line breaks, RAMS tokens with spaces, so gold token offsets become text offsets.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.errors import EvaluationError
from sitrep.evaluation import ErrorExample, EvalResult
from sitrep.evaluation.report import f1_figures, precision_recall_f1
from sitrep.evaluation.seeds import extract_events
from sitrep.evaluation.split import score_by_half
from sitrep.schema import Event

ROLES = ("attacker", "target", "victim", "instrument", "place")
ROLE_OF = {
    "attacker": "attacker", "killer": "attacker", "injurer": "attacker",
    "target": "target", "victim": "victim",
    "instrument": "instrument", "explosivedevice": "instrument",
    "place": "place",
}
"""Gold role name (lower case, KAIROS or RAMS) -> sitrep argument role."""

EVENT_PREFIXES = ("conflict.attack", "life.die", "life.injure")
EXCLUDED_EVENTS = ("life.die.nonviolentdeath", "life.injure.illnessdegradation")
"""Deaths and injuries from illness or old age are not conflict events."""

TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*")
HEAD_STOP = frozenset({"of", "in", "at", "on", "from", "who", "which", "that", "with", "near", "for", "by", "into",
                       "during", "after", "before", "whose", "where", "when", "including", "and", "or"})
"""Words after which a noun phrase's post-modifiers start: the head is the last word before them."""

EXAMPLES_PER_ROLE = 20
EDGE = " \t\n.,;:!?\"'“”‘’()[]"


@dataclass(frozen=True)
class Role:
    """One role filler: a role and a character span of the text."""

    role: str
    start: int
    end: int
    text: str


@dataclass
class GoldEvent:
    """A gold event of interest: its trigger span and its mapped role fillers."""

    document_id: str
    trigger_start: int
    trigger_end: int
    arguments: list[Role]
    attack: bool = True
    """A Conflict.Attack event (roles attacker, target, instrument, place); else a death or injury."""


@dataclass
class ArgumentCounts:
    """Micro counts for head-word and exact-span matching."""

    predicted: int = 0
    gold: int = 0
    head_p: int = 0
    head_r: int = 0
    exact_p: int = 0
    exact_r: int = 0


def head_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The head word of a noun phrase span: the last word before any post-modifier ('of', 'who', ',')."""
    chunk = text[start:end].split(",")[0]
    words = list(TOKEN.finditer(chunk))
    if not words:
        return start, end
    head = words[0]
    for word in words[1:]:
        if word.group(0).lower() in HEAD_STOP:
            break
        head = word
    return start + head.start(), start + head.end()


def exact_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding spaces and punctuation."""
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def score_event(text: str, gold: list[Role], predicted: list[Role], counts: ArgumentCounts) -> list[tuple[str, Role]]:
    """Add one gold event's counts; return the wrong predictions and missed gold fillers as (kind, role)."""
    gold = list(dict.fromkeys(gold))
    predicted = list(dict.fromkeys(predicted))
    gold_heads = {(g.role, head_span(text, g.start, g.end)) for g in gold}
    gold_exact = {(g.role, exact_span(text, g.start, g.end)) for g in gold}
    pred_heads = {(p.role, head_span(text, p.start, p.end)) for p in predicted}
    pred_exact = {(p.role, exact_span(text, p.start, p.end)) for p in predicted}
    counts.predicted += len(pred_heads)
    counts.gold += len(gold_heads)
    counts.head_p += len(pred_heads & gold_heads)
    counts.head_r += len(gold_heads & pred_heads)
    counts.exact_p += len(pred_exact & gold_exact)
    counts.exact_r += len(gold_exact & pred_exact)
    errors = [("spurious", p) for p in predicted if (p.role, head_span(text, p.start, p.end)) not in gold_heads]
    errors += [("missed", g) for g in gold if (g.role, head_span(text, g.start, g.end)) not in pred_heads]
    return errors


def predicted_roles(events: list[Event], gold: GoldEvent) -> list[Role]:
    """sitrep's role fillers for a gold trigger: those inside an evidence sentence covering it,
    with roles as the gold event type has them (an attack's victims are its targets)."""
    roles = []
    for event in events:
        for evidence in event.evidence:
            if not (evidence.start <= gold.trigger_start and gold.trigger_end <= evidence.end):
                continue
            for argument in event.arguments:
                inside = evidence.start <= argument.start and argument.end <= evidence.end
                if argument.role not in ROLES or not inside:
                    continue
                role = "target" if gold.attack and argument.role == "victim" else argument.role
                if gold.attack or role != "target":
                    roles.append(Role(role, argument.start, argument.end, argument.text))
    return roles


def _in_scope(event_type: str) -> bool:
    kind = event_type.lower()
    return kind.startswith(EVENT_PREFIXES) and not kind.startswith(EXCLUDED_EVENTS)


# --- readers ----------------------------------------------------------------------------------------


def _lines(path: str | Path, limit: int | None) -> list[dict[str, Any]]:
    records = []
    try:
        with open(path, encoding="utf-8") as stream:
            for line in stream:
                if line.strip():
                    records.append(json.loads(line))
                if limit and len(records) >= limit:
                    break
    except (OSError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"cannot read {path}: {exc}") from exc
    return records


def wikievents_document(record: dict[str, Any]) -> tuple[str, list[GoldEvent]]:
    """The text rebuilt from the tokens at their given offsets (a line break between sentences) and
    the gold events in scope, with gold token indices turned into offsets of that text."""
    pieces: list[str] = []
    offsets: list[tuple[int, int]] = []
    length = 0
    for number, (tokens, _) in enumerate(record["sentences"]):
        for index, (token, start, _) in enumerate(tokens):
            gap = max(start - length, 1 if length and index == 0 else 0)
            separator = ("\n" if index == 0 and number else " ") + " " * (gap - 1) if gap else ""
            pieces += [separator, token]
            length += len(separator)
            offsets.append((length, length + len(token)))
            length += len(token)
    text = "".join(pieces)
    entities = {e["id"]: e for e in record["entity_mentions"]}

    def span(first: int, last: int) -> tuple[int, int]:
        return offsets[first][0], offsets[last - 1][1]

    events = []
    for mention in record["event_mentions"]:
        if not _in_scope(mention["event_type"]):
            continue
        roles = []
        for argument in mention["arguments"]:
            role = ROLE_OF.get(argument["role"].lower())
            entity = entities.get(argument["entity_id"])
            if role and entity:
                start, end = span(entity["start"], entity["end"])
                roles.append(Role(role, start, end, text[start:end]))
        trigger = mention["trigger"]
        attack = mention["event_type"].lower().startswith("conflict.attack")
        events.append(GoldEvent(record["doc_id"], *span(trigger["start"], trigger["end"]), roles, attack))
    return text, events


def rams_document(record: dict[str, Any]) -> tuple[str, list[GoldEvent]]:
    """The text (tokens joined by spaces, sentences by line breaks) and the gold event if in scope."""
    offsets, pieces, position = [], [], 0
    for sentence in record["sentences"]:
        for index, token in enumerate(sentence):
            offsets.append((position, position + len(token)))
            position += len(token) + (1 if index < len(sentence) - 1 else 0)
        pieces.append(" ".join(sentence))
        position += 1
    text = "\n".join(pieces)
    events = []
    for first, last, labels in record["evt_triggers"]:
        if not _in_scope(labels[0][0]):
            continue
        roles = []
        for (t_first, _), (a_first, a_last), label in record["gold_evt_links"]:
            role = ROLE_OF.get(re.sub(r"^evt\d+arg\d+", "", label))
            if role and t_first == first:
                start, end = offsets[a_first][0], offsets[a_last][1]
                roles.append(Role(role, start, end, text[start:end]))
        attack = labels[0][0].startswith("conflict.attack")
        events.append(GoldEvent(record["doc_key"], offsets[first][0], offsets[last][1], roles, attack))
    return text, events


# --- the adapters -------------------------------------------------------------------------------------


@dataclass
class DocumentOutcome:
    """One document's argument counts: overall, per role, and its gold events whose trigger an
    evidence sentence of sitrep's covers."""

    document_id: str
    counts: ArgumentCounts
    per_role: dict[str, ArgumentCounts]
    gold_events: int = 0
    covered: int = 0


def score(outcomes: list[DocumentOutcome]) -> dict[str, float]:
    """Head and exact precision, recall and F1, head F1 per role, and trigger coverage."""
    total = ArgumentCounts()
    per_role = {role: ArgumentCounts() for role in ROLES}
    for outcome in outcomes:
        _add(total, outcome.counts)
        for role in ROLES:
            _add(per_role[role], outcome.per_role[role])
    metrics = f1_figures("head", total.head_p, total.predicted, total.head_r, total.gold)
    metrics.update(f1_figures("exact", total.exact_p, total.predicted, total.exact_r, total.gold))
    for role, c in per_role.items():
        metrics[f"{role}_head_f1"] = precision_recall_f1(c.head_p, c.predicted, c.head_r, c.gold)[2]
    gold_events = sum(o.gold_events for o in outcomes)
    metrics["trigger_coverage"] = sum(o.covered for o in outcomes) / gold_events if gold_events else 0.0
    return metrics


def _add(total: ArgumentCounts, counts: ArgumentCounts) -> None:
    for name in ("predicted", "gold", "head_p", "head_r", "exact_p", "exact_r"):
        setattr(total, name, getattr(total, name) + getattr(counts, name))


def evaluate_documents(corpus: str, path: str, documents: list[tuple[str, list[GoldEvent]]],
                       reference: dict[str, str]) -> EvalResult:
    """Code each document and score the role fillers of its gold events."""
    started = time.perf_counter()
    outcomes: list[DocumentOutcome] = []
    examples, failures = [], {}
    for text, events in documents:
        if not events:
            continue
        doc_id = events[0].document_id
        outcome = DocumentOutcome(doc_id, ArgumentCounts(), {role: ArgumentCounts() for role in ROLES})
        outcomes.append(outcome)
        predicted, error = extract_events(text, document_id=doc_id)
        if error:
            failures[doc_id] = error
        for gold in events:
            outcome.gold_events += 1
            roles = predicted_roles(predicted, gold)
            outcome.covered += any(ev.start <= gold.trigger_start and gold.trigger_end <= ev.end
                                   for e in predicted for ev in e.evidence)
            for role in ROLES:
                score_event(text, [g for g in gold.arguments if g.role == role],
                            [p for p in roles if p.role == role], outcome.per_role[role])
            for kind, role in score_event(text, gold.arguments, roles, outcome.counts):
                if sum(e.field == role.role for e in examples) >= EXAMPLES_PER_ROLE:
                    continue
                sentence = _sentence_around(text, gold.trigger_start)
                examples.append(ErrorExample(role.role, sentence, role.text if kind == "spurious" else None,
                                             role.text if kind == "missed" else None, doc_id))
    metrics, halves, sizes = score_by_half(outcomes, lambda o: o.document_id, score)
    return EvalResult(
        corpus=corpus, path=str(path), documents=len(outcomes), metrics=metrics, reference=reference,
        examples=examples,
        details={"failures": failures, "gold_events": sum(o.gold_events for o in outcomes),
                 "gold_arguments": sum(o.counts.gold for o in outcomes),
                 "predicted_arguments": sum(o.counts.predicted for o in outcomes),
                 "notes": f"{len(outcomes)} of {len(documents)} documents have a gold attack, death or injury "
                          "event; sitrep's arguments come from its evidence sentences covering the gold trigger."},
        seconds=time.perf_counter() - started,
        halves=halves,
        half_documents=sizes,
    )


def _sentence_around(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start:end if end >= 0 else len(text)]


def evaluate_wikievents(path: str, limit: int | None = None) -> EvalResult:
    """Argument F1 on WikiEvents (KAIROS roles Attacker, Target, Victim, Instrument, Place)."""
    documents = [wikievents_document(r) for r in _lines(path, limit)]
    return evaluate_documents("wikievents", path, documents,
                              {"head_f1": "BART-Gen 64.6 / TSAR 69.7 (Arg-C, gold triggers)"})


def evaluate_rams(path: str, limit: int | None = None) -> EvalResult:
    """Argument F1 on RAMS (five-sentence windows, one event each)."""
    documents = [rams_document(r) for r in _lines(path, limit)]
    return evaluate_documents("rams", path, documents, {"exact_f1": "span F1 48-51 (gold triggers)"})


def evaluate(path: str, limit: int | None = None) -> EvalResult:
    """WikiEvents or RAMS, told apart by the first record's keys."""
    first = _lines(path, 1)
    if first and "event_mentions" in first[0]:
        return evaluate_wikievents(path, limit)
    if first and "evt_triggers" in first[0]:
        return evaluate_rams(path, limit)
    raise EvaluationError(f"{path} is neither WikiEvents (event_mentions) nor RAMS (evt_triggers) JSON lines")
