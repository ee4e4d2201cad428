"""Build training/events_train.jsonl from our hand-written parts and sentences (deterministic).

    python training/generate_corpus.py            # writes training/events_train.jsonl

Each line: {"text", "label" (ACLED sub-event type or "none"), "source" ("written"/"generated"),
"group" (the template or written item it came from, so held-out splits never share a template),
"topic" (non-event topic or the event type)}. Same seed, same file.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_parts as parts  # noqa: E402

OUT = HERE / "events_train.jsonl"
WRITTEN = HERE / "written.tsv"
SEED = 20261202
PER_EVENT_SUBTYPE = 170
PER_NON_EVENT_TOPIC = 210
TOPIC_COUNTS = {"conflict_talk": 600, "newsroom_generic": 300, "public_health": 300}
"""Non-event topics that look most like conflict or outbreak reporting get more items."""
SLOT = re.compile(r"\{(\w+)\}")


def number(rng: random.Random, low: int = 2, high: int = 40) -> str:
    """A casualty-style count in one of several written forms."""
    value = rng.randint(low, high)
    as_word = parts.NUM_WORDS[min(value, len(parts.NUM_WORDS)) - 1] if value <= 12 else str(value)
    form = rng.random()
    if form < 0.35:
        return str(value)
    if form < 0.6:
        return as_word
    if form < 0.75:
        return f"at least {rng.choice((str(value), as_word))}"
    if form < 0.85:
        return f"more than {value}"
    if form < 0.92:
        return f"about {value}"
    return f"{value}"


def dateline(rng: random.Random, place: str, country: str) -> str:
    """A wire-style dateline: 'GOMA, Congo, March 3 (Reuters) -' and plainer variants."""
    style = rng.randrange(4)
    month = rng.choice(parts.MONTHS)
    day = rng.randint(1, 28)
    outlet = rng.choice(parts.OUTLET)
    if style == 0:
        return re.sub(r"\s+", " ", f"{place.upper()}, {country}, {month} {day} {outlet} -")
    if style == 1:
        return f"{place.upper()} —"
    if style == 2:
        return f"{place}, {day} {month}:"
    return f"{place} ({country}) —"


def fill(template: str, rng: random.Random, country_row: tuple) -> str:
    """Fill every slot of a template from one country's parts and the shared lists."""
    country, towns, demonym, state, groups, capital = country_row
    values = {
        "place": rng.choice(towns),
        "country": country.split(" and ")[0].replace(" protests", ""),
        "capital": capital,
        "dem": demonym,
        "state": rng.choice((state, state, rng.choice(parts.STATE_GENERIC))),
        "group": rng.choice((*groups, rng.choice(parts.GROUP_GENERIC))),
        "civ": rng.choice(parts.CIVILIANS),
        "prot": rng.choice(parts.PROTESTERS),
        "griev": rng.choice(parts.GRIEVANCES),
        "when": rng.choice(parts.WHEN),
        "n": number(rng),
        "n2": number(rng, 2, 90),
        "src": rng.choice(parts.SOURCE),
    }
    text = SLOT.sub(lambda m: values[m.group(1)], template)
    return tidy(text)


def tidy(text: str) -> str:
    """Collapse spaces left by empty slots, fix spacing before punctuation, capitalise the start."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.;])", r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    return text[:1].upper() + text[1:] if text else text


COMMON_STARTS = frozenset(
    "a an the two heavy fierce clashes gunmen police soldiers troops security armed hundreds thousands dozens "
    "protesters demonstrators rebels militants insurgents fighters shelling artillery rockets mortar airstrikes "
    "warplanes bandits attackers unidentified unknown suspected government women villagers rioters youths angry".split()
)


def lowercase_common_start(text: str) -> str:
    """Lower-case a sentence's first letter when its first word is a common word, not a name."""
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if first.lower() in COMMON_STARTS else text


def frame(core: str, rng: random.Random, extras: tuple[str, ...], place: str, country: str) -> str:
    """Wrap a core sentence in an outlet-style frame (dateline, context sentence, quote, lead-in)."""
    shape = rng.choice(parts.FRAMES)
    if shape == "{core_lc_prefix}{core}" and core.split(" ", 1)[0].lower() in {s.split(" ")[0].lower() for s in parts.SOURCE}:
        shape = "{core}"
    core_q = core.rstrip(".")
    lead = rng.choice(parts.PREFIXES)
    text = shape.format(
        core=lowercase_common_start(core) if shape == "{core_lc_prefix}{core}" else core,
        core_q=core_q,
        core_lc_prefix=lead,
        dateline=dateline(rng, place, country),
        extra=rng.choice(extras),
        speaker=rng.choice(parts.SPEAKERS),
    )
    return tidy(text)


def generated_items(rng: random.Random) -> list[dict]:
    """Event and non-event items from the templates, spread evenly over templates and countries."""
    items: list[dict] = []
    plans = [(label, "event", templates, PER_EVENT_SUBTYPE, parts.EXTRAS) for label, templates in parts.EVENTS.items()]
    plans += [("none", topic, templates, TOPIC_COUNTS.get(topic, PER_NON_EVENT_TOPIC), parts.EXTRAS) for topic, templates in parts.NON_EVENTS.items()]
    for label, topic, templates, count, extras in plans:
        seen: set[str] = set()
        attempts = 0
        while len(seen) < count and attempts < count * 6:
            attempts += 1
            index = rng.randrange(len(templates))
            country_row = rng.choice(parts.COUNTRIES)
            core = fill(templates[index], rng, country_row)
            dateline_place = rng.choice((*country_row[1], country_row[5]))
            text = frame(core, rng, extras, dateline_place, country_row[0].split(" and ")[0])
            if text in seen:
                continue
            seen.add(text)
            name = label if label != "none" else f"none/{topic}"
            items.append({"text": text, "label": label, "source": "generated", "group": f"{name}#{index}", "topic": topic})
    return items


CONTEXT_TOPICS = ("conflict_talk", "newsroom_generic", "humanitarian", "military_routine", "politics")
"""Non-event sentences that surround event sentences in real reports."""
COMPOSITES_PER_EVENT_SUBTYPE = 50
COMPOSITE_NON_EVENTS = 1250


def composite_items(rng: random.Random) -> list[dict]:
    """Multi-sentence reports: one event sentence among context sentences, or context sentences alone.

    Real snippets mix an event with background, statements and figures; training on whole
    compositions teaches the gate to find the event sentence rather than the conflict topic.
    """
    items: list[dict] = []
    context_topics = [(topic, parts.NON_EVENTS[topic]) for topic in CONTEXT_TOPICS]
    all_topics = list(parts.NON_EVENTS.items())

    def context_sentences(count: int, row: tuple, pool: list) -> tuple[list[str], list[str]]:
        sentences, names = [], []
        for _ in range(count):
            topic, templates = rng.choice(pool)
            index = rng.randrange(len(templates))
            sentences.append(fill(templates[index], rng, row))
            names.append(f"none/{topic}#{index}")
        return sentences, names

    for label, templates in parts.EVENTS.items():
        for _ in range(COMPOSITES_PER_EVENT_SUBTYPE):
            row = rng.choice(parts.COUNTRIES)
            index = rng.randrange(len(templates))
            context, _ = context_sentences(rng.randint(1, 3), row, context_topics)
            context.insert(rng.randrange(len(context) + 1), fill(templates[index], rng, row))
            items.append({"text": " ".join(context), "label": label, "source": "generated", "group": f"{label}#{index}", "topic": "event"})
    for _ in range(COMPOSITE_NON_EVENTS):
        row = rng.choice(parts.COUNTRIES)
        pool = context_topics if rng.random() < 0.7 else all_topics
        context, names = context_sentences(rng.randint(2, 4), row, pool)
        items.append({"text": " ".join(context), "label": "none", "source": "generated", "group": names[0], "topic": "composite"})
    return items


def written_items() -> list[dict]:
    """Fully hand-written items from written.tsv (label TAB topic TAB text)."""
    items = []
    for number_, line in enumerate(WRITTEN.read_text(encoding="utf-8").splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        label, topic, text = line.split("\t")
        items.append({"text": text, "label": label, "source": "written", "group": f"written#{number_}", "topic": topic})
    return items


def build(seed: int = SEED) -> list[dict]:
    """The whole corpus, in a fixed order."""
    rng = random.Random(seed)
    items = generated_items(rng) + composite_items(rng) + written_items()
    unknown = {item["label"] for item in items} - set(parts.EVENTS) - {"none"}
    if unknown:
        raise SystemExit(f"unknown labels: {sorted(unknown)}")
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    items = build(args.seed)
    with args.out.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    events = sum(item["label"] != "none" for item in items)
    print(f"wrote {len(items)} items ({events} events, {len(items) - events} non-events) to {args.out}")


if __name__ == "__main__":
    main()
