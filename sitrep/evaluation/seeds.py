"""Golden-article checks: run sitrep on articles listed in an expected.json and test every rule.

The file format (used by ../shared/seeds/expected.json and examples/articles/expected.json):
each article names its `file` (next to expected.json), the `published` date and `source` a
caller would pass, the `body` range, `required` events with the fields a careful coder takes
from the text, `optional` events (not scored) and `forbidden` rules. `actors` maps an actor key
used by the events to a short rule in words ("name contains 'x', or is one of A, B").
Also home to the small helpers every adapter shares: running the extractor without letting
one bad document stop a corpus, and the great-circle distance.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.errors import EvaluationError
from sitrep.evaluation import ErrorExample, EvalResult
from sitrep.schema import Document, Event

IDENTITY_FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "location")
"""Fields that decide which predicted event a required event is (the rest are then checked on it)."""

NOT_CHECKED = frozenset({"what", "note", "notes"})

ActorRule = Callable[[str | None], bool]


# --- helpers shared by the adapters -------------------------------------------------------------


def extract_events(
    text: str,
    *,
    document_id: str,
    published: dt.date | None = None,
    source: str | None = None,
    country: str | None = None,
) -> tuple[list[Event], str | None]:
    """Events sitrep codes from one text, or ([], reason) when extraction fails: a corpus goes on."""
    from sitrep.api import extract_text

    try:
        return extract_text(text, document_id=document_id, published=published, source=source, country=country), None
    except Exception as exc:  # noqa: BLE001 - one failing document must not stop an evaluation
        return [], f"{type(exc).__name__}: {exc}"


def current_events(events: list[Event]) -> list[Event]:
    """The events an article reports as news (history and context it mentions left out)."""
    return [event for event in events if not event.is_background]


def main_event(events: list[Event]) -> Event | None:
    """The event sitrep is surest of among those reported as news (ties: the first in the text),
    or None: where a corpus has one event per document, this is the one compared with the gold
    and every other current event is spurious."""
    reported = current_events(events)
    return max(reported, key=lambda event: event.confidence) if reported else None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def plain(text: str | None) -> str:
    """Lower case, accents and punctuation removed, spaces collapsed: for lenient name comparison."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", ascii_text).split())


# --- actor rules ----------------------------------------------------------------------------------


def parse_actor_rule(description: str | list[str]) -> ActorRule:
    """A predicate on actor names from a rule in words, e.g. "name contains 'x', or is one of A, B".

    Alternatives are joined by 'or', conditions by 'and': "contains 'a', 'b'", "is one of A, B",
    "mentions X/Y", "one of a, b". A parenthesis is a comment, except that names quoted in one
    that cites ACLED ("(ACLED: 'Military Forces of Iraq')") are accepted as they are.
    A list is taken as regular expressions, any of which may match.
    """
    if isinstance(description, list):
        patterns = [re.compile(p, re.IGNORECASE) for p in description]
        return lambda name: bool(name) and any(p.search(name) for p in patterns)
    text, comments = _without_parentheses(description)
    exact = {plain(q) for c in comments if "ACLED" in c for q in re.findall(r"'([^']+)'", c)}
    alternatives = [_parse_conjunction(part) for part in re.split(r",?\s+or\s+", text) if part.strip()]
    if not alternatives and not exact:
        raise EvaluationError(f"cannot read the actor rule {description!r}: it names no actor")

    def matches(name: str | None) -> bool:
        if not name:
            return False
        key = plain(name)
        return key in exact or any(all(test(key) for test in tests) for tests in alternatives)

    return matches


def _without_parentheses(text: str) -> tuple[str, list[str]]:
    """The text outside top-level parentheses, and what each of them holds (nesting allowed)."""
    outside, comments, depth, current = [], [], 0, []
    for char in text:
        if char == "(":
            depth += 1
        if depth:
            current.append(char)
        else:
            outside.append(char)
        if char == ")" and depth:
            depth -= 1
            if not depth:
                comments.append("".join(current))
                current = []
    return " ".join("".join(outside).split()), comments


def _parse_conjunction(text: str) -> list[Callable[[str], bool]]:
    tests = []
    for clause in re.split(r"\s+and\s+", text.strip()):
        clause = re.sub(r"^(?:the\s+)?name\s+", "", clause.strip())
        if match := re.match(r"contains\s+(.+)$", clause):
            needles = [plain(q) for q in re.findall(r"'([^']+)'", match.group(1))] or [plain(match.group(1))]
            tests.append(lambda key, n=needles: any(x in key for x in n))
        elif match := re.match(r"is\s+(?:one\s+of\s+)?(.+)$", clause):
            names = {plain(x) for x in re.split(r",|/", match.group(1)) if x.strip()}
            tests.append(lambda key, n=names: key in n)
        else:
            words = [plain(x) for x in re.split(r",|/", re.sub(r"^(?:mentions\s+)?(?:one\s+of\s+)?", "", clause))]
            if not all(words):
                raise EvaluationError(f"cannot read the actor rule {text!r}")
            tests.append(lambda key, w=words: any(re.search(rf"\b{re.escape(x)}\b", key) for x in w))
    return tests


def actor_rules(expected: dict[str, Any]) -> dict[str, ActorRule]:
    """Every actor key of an expected.json turned into a predicate on names."""
    return {key: parse_actor_rule(rule) for key, rule in (expected.get("actors") or {}).items()}


def _actor_ok(name: str | None, wanted: str | None, rules: dict[str, ActorRule]) -> bool:
    if wanted is None:
        return name is None
    if wanted in rules:
        return rules[wanted](name)
    return plain(name) == plain(wanted)


# --- checks -----------------------------------------------------------------------------------


@dataclass
class Check:
    """One rule on one event: whether it holds, what was expected and what sitrep gave."""

    field: str
    ok: bool
    expected: Any
    got: Any
    reason: str = ""


@dataclass
class RequiredOutcome:
    """How one required event fared: the event it was matched to and every field check."""

    what: str
    found: bool
    event_id: str | None
    checks: list[Check] = field(default_factory=list)


def _names_agree(got: str | None, wanted: str) -> bool:
    a, b = plain(got), plain(wanted)
    return bool(a) and (a == b or a in b or b in a)


def _in_range(value: Any, bounds: list[Any]) -> bool:
    return value is not None and bounds[0] <= value <= bounds[1]


def check_field(event: Event, key: str, wanted: Any, rules: dict[str, ActorRule]) -> Check:
    """Test one field rule of a required event on a predicted event."""
    if key in ("actor1", "actor2"):
        got = getattr(event, key)
        return Check(key, _actor_ok(got, wanted, rules), wanted, got)
    if key in ("location", "admin1", "admin2", "admin3", "country"):
        got = getattr(event, key)
        return Check(key, _names_agree(got, wanted), wanted, got)
    if key == "near":
        if event.latitude is None or event.longitude is None:
            return Check(key, False, wanted, None, "no coordinates")
        km = distance_km(event.latitude, event.longitude, wanted["latitude"], wanted["longitude"])
        return Check(key, km <= wanted["km"], wanted, [event.latitude, event.longitude], f"{km:.0f} km away")
    if key == "casualties":
        got = {kind: _as_list(event.casualties.get(kind)) for kind in wanted}
        return Check(key, all(got[k] == _as_list(v) for k, v in wanted.items()), wanted, got)
    if key == "fatalities_at_most":
        return Check(key, event.fatalities <= wanted, wanted, event.fatalities)
    if key == "claims_at_least":
        return Check(key, len(event.claims) >= wanted, wanted, len(event.claims))
    if key == "claimants":
        return _check_claimants(event, wanted)
    if key == "date_between":
        return Check(key, _in_range(event.event_date, wanted), wanted, event.event_date)
    if not hasattr(event, key):
        return Check(key, False, wanted, None, f"unknown field {key!r} in the expected file")
    got = getattr(event, key)
    ok = got in wanted if isinstance(wanted, list) else got == wanted
    return Check(key, ok, wanted, got)


def _as_list(value: Any) -> list[Any] | None:
    return list(value) if value is not None else None


def _check_claimants(event: Event, wanted: list[str]) -> Check:
    names = [n for claim in event.claims for n in (claim.claimant, claim.claimant_actor) if n]
    missing = [alt for alt in wanted if not any(re.search(alt, n, re.IGNORECASE) for n in names)]
    reason = f"no claim by {', '.join(missing)}" if missing else ""
    return Check("claimants", not missing, wanted, names, reason)


def check_required(spec: dict[str, Any], events: list[Event], rules: dict[str, ActorRule]) -> RequiredOutcome:
    """Match a required event to the predicted event that satisfies most of its rules, then check all."""
    keys = [k for k in spec if k not in NOT_CHECKED]
    best: tuple[tuple[int, int], Event, list[Check]] | None = None
    for event in events:
        checks = [check_field(event, key, spec[key], rules) for key in keys]
        identity = sum(c.ok for c in checks if c.field in IDENTITY_FIELDS)
        rank = (identity, sum(c.ok for c in checks))
        if best is None or rank > best[0]:
            best = (rank, event, checks)
    what = spec.get("what", "")
    if best is None:
        return RequiredOutcome(what, False, None, [Check(k, False, spec[k], None, "no event") for k in keys])
    _, event, checks = best
    found = all(c.ok for c in checks if c.field in IDENTITY_FIELDS)
    return RequiredOutcome(what, found, event.event_id, checks)


def check_forbidden(rule: dict[str, Any], events: list[Event], body: dict[str, Any] | None) -> Check:
    """Test one forbidden rule on all of an article's events."""
    name = rule.get("rule", "")
    if name == "evidence_outside_body":
        if not body:
            return Check(name, True, None, None, "no body range given")
        outside = [
            f"{e.event_id}:{ev.start}-{ev.end}"
            for e in events
            for ev in e.evidence
            if ev.start < body["start"] or ev.end > body["end"]
        ]
        return Check(name, not outside, [body["start"], body["end"]], outside)
    if name == "non_background_before":
        early = [f"{e.sub_event_type} {e.event_date}" for e in events
                 if not e.is_background and e.event_date and e.event_date < rule["date"]]
        return Check(name, not early, rule["date"], early)
    if name == "background_dated_as_new":
        types = set(rule.get("sub_event_types") or [])
        wrong = [f"{e.sub_event_type} {e.event_date}" for e in events
                 if not e.is_background and (not types or e.sub_event_type in types)
                 and e.event_date and e.event_date > rule["after"]]
        return Check(name, not wrong, rule["after"], wrong)
    return Check(name or "?", False, rule, None, f"unknown forbidden rule {name!r}")


# --- the corpus -------------------------------------------------------------------------------------


def load_expected(path: str | Path) -> dict[str, Any]:
    """Read an expected.json, with a clear error when it is missing or malformed."""
    try:
        expected = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"cannot read {path}: {exc}") from exc
    if not isinstance(expected, dict) or not isinstance(expected.get("articles"), list):
        raise EvaluationError(f"{path} has no 'articles' list")
    return expected


def article_events(article: dict[str, Any], folder: Path) -> tuple[list[Event], str | None]:
    """Read a listed article as `sitrep extract` would (txt, HTML, one JSONL row) and code its events."""
    from sitrep.api import extract_documents, read_documents

    try:
        published = dt.date.fromisoformat(article["published"]) if article.get("published") else None
    except ValueError as exc:
        return [], f"bad published date: {exc}"
    path = folder / article.get("file", "")
    if not path.is_file():
        return [], f"cannot read the article: no file {path}"
    wanted = article.get("document_id")
    documents = [d for d in read_documents([str(path)], published=published, source=article.get("source"))
                 if wanted is None or (d.id if isinstance(d, Document) else d.document_id) == wanted]
    if not documents:
        return [], f"cannot read the article: no document {wanted!r} in {path.name}"
    _, outcome = next(extract_documents(documents[:1]))
    return ([], str(outcome)) if isinstance(outcome, Exception) else (outcome, None)


def evaluate_article(
    article: dict[str, Any], folder: Path, rules: dict[str, ActorRule]
) -> tuple[dict[str, Any], list[ErrorExample]]:
    """Run sitrep on one listed article and check its required events and forbidden rules."""
    name = article.get("document_id") or article.get("file", "?")
    events, error = article_events(article, folder)
    required = [check_required(spec, events, rules) for spec in article.get("required") or []]
    forbidden = [check_forbidden(rule, events, article.get("body")) for rule in article.get("forbidden") or []]
    examples = []
    for outcome in required:
        event = next((e for e in events if e.event_id == outcome.event_id), None)
        context = " ".join(ev.text for ev in event.evidence) if event else outcome.what
        examples += [ErrorExample(c.field, context, c.got, c.expected, name) for c in outcome.checks if not c.ok]
    examples += [ErrorExample(c.field, c.reason or str(c.got), c.got, c.expected, name)
                 for c in forbidden if not c.ok]
    record = {
        "file": name,
        "error": error,
        "events": len(events),
        "required": [_outcome_dict(o) for o in required],
        "forbidden": [_check_dict(c) for c in forbidden],
        "passed": error is None and all(c.ok for o in required for c in o.checks) and all(c.ok for c in forbidden),
    }
    return record, examples


def _check_dict(check: Check) -> dict[str, Any]:
    return {"field": check.field, "ok": check.ok, "expected": check.expected, "got": check.got, "reason": check.reason}


def _outcome_dict(outcome: RequiredOutcome) -> dict[str, Any]:
    return {"what": outcome.what, "found": outcome.found, "event_id": outcome.event_id,
            "checks": [_check_dict(c) for c in outcome.checks]}


def evaluate(path: str, limit: int | None = None) -> EvalResult:
    """Check sitrep's output on every article an expected.json lists (the first `limit` ones)."""
    started = time.perf_counter()
    expected = load_expected(path)
    rules = actor_rules(expected)
    folder = Path(path).parent
    articles = expected["articles"][:limit] if limit else expected["articles"]
    records, examples = [], []
    for article in articles:
        record, article_examples = evaluate_article(article, folder, rules)
        records.append(record)
        examples += article_examples
    checks = [c for r in records for o in r["required"] for c in o["checks"]]
    outcomes = [o for r in records for o in r["required"]]
    forbidden = [c for r in records for c in r["forbidden"]]
    metrics = {
        "required_fields_ok": _share(sum(c["ok"] for c in checks), len(checks)),
        "required_events_found": _share(sum(o["found"] for o in outcomes), len(outcomes)),
        "forbidden_ok": _share(sum(c["ok"] for c in forbidden), len(forbidden)),
        "articles_passed": _share(sum(r["passed"] for r in records), len(records)),
    }
    return EvalResult(
        corpus="seeds",
        path=str(path),
        documents=len(records),
        metrics=metrics,
        reference={"required_fields_ok": "careful human coder 100"},
        examples=examples,
        details={"articles": records},
        seconds=time.perf_counter() - started,
    )


def _share(numerator: int, denominator: int) -> float:
    """A fraction that is 1.0 when there is nothing to check (no rule broken)."""
    return numerator / denominator if denominator else 1.0
