"""Typed records shared by every pipeline stage, defined once.

Field names of `Event` follow ../shared/EVENT_SCHEMA.md (ACLED's export names where ACLED
has the field). Records are plain dataclasses: stages are pure functions over them and only
the edges (readers, exporters, the store) turn them into JSON, CSV or rows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from sitrep import taxonomy

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

Range = tuple[int, int]
"""A [low, high] count, inclusive on both ends."""


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of a document's text: `text == document.text[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Document:
    """One input article. `text` is what every offset points into (for HTML: the extracted text)."""

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    published_source: str | None = None
    """Where `published` came from: 'flag', 'jsonl', 'metadata', 'dateline' or None."""
    source: str | None = None
    url: str | None = None
    path: str | None = None
    body: list[tuple[int, int]] | None = None
    """Character ranges of `text` that are the article itself (set by `sitrep.clean`)."""
    language: str | None = None
    country: str | None = None
    """ISO alpha-2 code of the country the source covers (`--country`, a JSONL `country`): a hint
    for text that names no country, as in ACLED notes or a local outlet's reports."""
    origin: str | None = None
    """Where inside a container the document was read ('file.jsonl:12', 'dump.warc#3'): the key of
    its dead letter, so one failing row of a file is kept apart from the rows that succeed."""


@dataclass(slots=True)
class ReadError:
    """A document that could not be read; the batch goes on without it."""

    document_id: str
    message: str
    path: str | None = None


@dataclass(slots=True)
class Toponym:
    """A place mention resolved (or not) against the gazetteer."""

    start: int
    end: int
    text: str
    name: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    country: str | None = None
    iso: int | None = None
    country_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    feature_code: str | None = None
    kind: Literal["place", "demonym"] = "place"
    population: int | None = None
    score: float = 0.0


@dataclass(slots=True)
class Location:
    """Where an event is coded to, with ACLED's geo_precision (1 town, 2 near/part of region, 3 region)."""

    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    geonameid: int | None = None
    country: str | None = None
    iso: int | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    evidence: Span | None = None


@dataclass(slots=True)
class DateMention:
    """A date expression resolved to a span of days; `precision` uses ACLED's time_precision."""

    start: int
    end: int
    text: str
    date_start: dt.date | None
    date_end: dt.date | None
    precision: int | None
    relative: bool = False
    note: str | None = None


DATELINE_NOTE = "the date of the report's dateline"
"""The `DateMention.note` of a dateline's date: an event's date only when its sentence gives no other."""


@dataclass(slots=True)
class CasualtyMention:
    """A count of people killed, injured or killed-or-injured found in one sentence."""

    kind: Literal["killed", "injured", "killed_or_injured"]
    low: int
    high: int
    start: int
    end: int
    text: str
    victim: str | None = None
    cause: bool = False
    """Deaths told as what led to the event ("rioted after two men were killed"): victims, but not its toll."""


@dataclass(slots=True)
class Claim:
    """A figure or assertion and who made it."""

    claimant: str | None
    claimant_actor: str | None
    killed: Range | None = None
    injured: Range | None = None
    killed_or_injured: Range | None = None
    text: str = ""
    start: int = 0
    end: int = 0
    claim_type: Literal["casualties", "responsibility", "attribution", "suspicion", "denial"] = "casualties"
    """What is claimed: figures of the dead and wounded; or who did the violence, in the words of the
    group itself ('responsibility'), of others who blame it ('attribution'), with doubt ('suspicion'),
    or the group saying it did not ('denial')."""
    responsible_actor: str | None = None
    """For a claim about who did it, the ACLED-style name of the actor it holds responsible (or that denies)."""


@dataclass(slots=True)
class Argument:
    """A span of the text that fills a role of the event."""

    role: Literal["attacker", "victim", "target", "instrument", "place", "time", "claimant"]
    text: str
    start: int
    end: int
    organization: bool = False
    person: str | None = None
    """For a person named in the text, the fullest name the document gives them: wire copy names a
    person in full once and by surname after ('Hector Oqueli Colindres' ... 'Oqueli'); None when
    the argument describes rather than names ('three farmers', 'the mayor')."""


@dataclass(slots=True)
class ActorMention:
    """An actor mention normalised to an ACLED-style name with its inter code (1-8)."""

    start: int
    end: int
    text: str
    name: str
    inter: int
    organization: bool = True
    country: str | None = None


@dataclass(frozen=True, slots=True)
class ClauseSource:
    """A part of a sentence (document offsets) and the source that tells it, with where its words stand."""

    name: str | None
    words: Span | None
    start: int
    end: int


@dataclass(slots=True)
class Evidence:
    document_id: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class SourceRef:
    document_id: str
    source: str | None = None
    url: str | None = None
    published: str | None = None


@dataclass(slots=True)
class Event:
    """One article-level event (one ACLED unit: same day, place, actor pair and sub-type)."""

    event_id: str
    document_id: str
    event_type: str
    sub_event_type: str
    disorder_type: str
    event_date: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    time_precision: int | None = None
    actor1: str | None = None
    actor2: str | None = None
    assoc_actor_1: list[str] = field(default_factory=list)
    assoc_actor_2: list[str] = field(default_factory=list)
    inter1: int | None = None
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: bool = False
    country: str | None = None
    iso: int | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    geonameid: int | None = None
    fatalities: int = 0
    casualties: dict[str, Range | None] = field(
        default_factory=lambda: {"killed": None, "injured": None, "killed_or_injured": None}
    )
    claims: list[Claim] = field(default_factory=list)
    arguments: list[Argument] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    is_background: bool = False
    source: str | None = None
    sources: list[SourceRef] = field(default_factory=list)
    notes: str = ""
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """The event as the JSON object of EVENT_SCHEMA.md (ranges as lists)."""
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Event":
        """Rebuild an event from `to_dict` output (unknown keys are ignored)."""
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["claims"] = [Claim(**_tuples(c)) for c in values.get("claims") or []]
        values["arguments"] = [Argument(**a) for a in values.get("arguments") or []]
        values["evidence"] = [Evidence(**e) for e in values.get("evidence") or []]
        values["sources"] = [SourceRef(**s) for s in values.get("sources") or []]
        values["casualties"] = _tuples(values.get("casualties") or {})
        return cls(**values)


def _tuples(d: dict[str, Any]) -> dict[str, Any]:
    return {k: tuple(v) if isinstance(v, list) else v for k, v in d.items()}


def _plain(value: Any) -> Any:
    """A value as JSON-ready data: dataclasses as dicts, tuples as lists, in one pass (`dataclasses.asdict` and a
    second pass cost twice as much, and event export calls this for every event)."""
    if isinstance(value, (str, int, float)) or value is None:
        return value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    return value


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


@dataclass
class Sentence:
    """One body sentence with everything the stages found in it (the rules pipeline, `sitrep.extract`)."""

    start: int
    end: int
    text: str
    paragraph: int
    types: list[tuple[str, float]] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    casualties: list[CasualtyMention] = field(default_factory=list)
    claimant: tuple[str, Span] | None = None
    clause_sources: list["ClauseSource"] = field(default_factory=list)
    """The sentence's parts told by sources of their own, when it sets two or more side by side."""
    actors: list[ActorMention] = field(default_factory=list)
    toponyms: list[Toponym] = field(default_factory=list)
    inherited_date: DateMention | None = None
    paragraph_place: Toponym | None = None
    """The town its paragraph opens on ('In Shymkent, ...', 'OYEM: ...'), when it names no place of its own."""
    span: "SpacySpan | None" = None
    """The spaCy sentence this one was cut from (a line of it, when it ran over lines)."""
    layout: str = ""
    """The sentence as spaCy read it (wrapped lines joined, all-caps copy truecased): the classifier's
    cues tell names by their capitals, which all-caps text would give every word."""
    own_story: bool = False
    """It tells an act or a harm of its own that is no political violence: words of an act that `relevance` ruled
    out, or harm from an accident or a natural hazard (`relevance.accidental_harm`)."""
    list_item: int | None = None
    """The number of the bulleted or numbered list item the sentence belongs to, if any (`grouping.mark_list_items`)."""

    @functools.cached_property
    def tokens(self) -> list:
        """The sentence's spaCy tokens (no whitespace tokens)."""
        if self.span is None:
            return []
        return [t for t in self.span if self.start <= t.idx < self.end and not t.is_space]

    @functools.cached_property
    def weapons(self) -> list[tuple[str, Span]]:
        """Weapon mentions of the sentence as (weapon type, span)."""
        from sitrep.weapons import find_weapons

        return find_weapons(self.text, offset=self.start)

    @property
    def top_type(self) -> tuple[str, float] | None:
        return self.types[0] if self.types else None

    @property
    def date(self) -> DateMention | None:
        """The most specific date the sentence states, else the one its paragraph implies."""
        own = [d for d in self.dates if d.date_start is not None]
        own = [d for d in own if d.note != DATELINE_NOTE] or own
        if own:
            return min(own, key=lambda d: (d.precision or 9, -d.start))
        return self.inherited_date


@dataclass
class Draft:
    """Sentences judged to describe one event, before the fields are filled."""

    sentences: list[Sentence]
    scores: Counter = field(default_factory=Counter)

    @property
    def sub_event_type(self) -> str:
        """The best-supported sub-type; a demonstration is coded by its most severe stage (ACLED)."""
        from sitrep.classify import MIN_EVENT_SCORE, intervention_told

        escalation = taxonomy.DEMONSTRATION_ESCALATION
        best = self.scores.most_common(1)[0][0]
        if best in escalation:
            if any(t in taxonomy.RIOT_ACTS and score >= MIN_EVENT_SCORE
                   for s in self.sentences for t, score in s.types):
                return taxonomy.SubEventType.VIOLENT_DEMONSTRATION
            stages = [t for s in self.sentences if s.types and s.types[0][1] >= MIN_EVENT_SCORE
                      for t in [s.types[0][0]] if t in escalation]
            if any(any(m.inter == 1 for m in s.actors) and intervention_told(s.text) for s in self.sentences):
                stages.append(taxonomy.SubEventType.PROTEST_WITH_INTERVENTION)
            return max(stages, key=escalation.index, default=best)
        return best

    @property
    def event_type(self) -> str:
        return taxonomy.event_type_of(self.sub_event_type)

    @property
    def text(self) -> str:
        """All of the event's sentences as one text, for the rules that look for words anywhere in them."""
        return " ".join(s.text for s in self.sentences)

    @property
    def date(self) -> DateMention | None:
        stated = [s.date for s in self.sentences if s.date is not None]
        return min(stated, key=lambda d: (d.precision or 9, d.start)) if stated else None

    @property
    def anchor(self) -> Sentence:
        """The sentence that dates the event, else the one with the strongest event cue among those that gave the
        event its type: a sentence joined as the aftermath of the event ("Police later arrested ten suspects", joined
        with no type of its own counted) is not its main sentence, however strong its own cue, so it supplies neither
        the event's main actors nor its place first."""
        dated = [s for s in self.sentences if any(d.date_start for d in s.dates)]
        if dated:
            return min(dated, key=lambda s: (s.date.precision or 9, s.start))
        typed = [s for s in self.sentences if s.types]
        own = [s for s in typed if s.types[0][0] in self.scores] or typed
        return max(own, key=lambda s: s.types[0][1]) if own else self.sentences[0]

    @property
    def place(self) -> Toponym | None:
        """The first place its sentences name, else the town their paragraph opened on."""
        places = [t for s in self.sentences for t in s.toponyms if t.kind == "place" and t.latitude is not None]
        opened = [s.paragraph_place for s in self.sentences if s.paragraph_place is not None]
        return places[0] if places else opened[0] if opened else None
