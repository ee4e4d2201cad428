"""Event extractors behind one interface: a document in, events with their evidence spans out.

Everything that codes documents (`sitrep extract`, `ingest`, `recode`, `eval`, `spark extract`, the
Python API) asks this registry for a backend by name, so another way of coding (a trained model, an
LLM) plugs in without touching any of them. Backends register in spaCy's manner, by decorator:

    from sitrep import backends

    @backends.register("mine")
    class Mine:
        name = "mine"

        def parse_many(self, documents):
            return [None] * len(documents)

        def extract(self, document, parsed=None):
            return []  # sitrep.schema.Event records, each with its evidence

A package can also offer a backend to the command line without being imported first, through an
entry point in the group `sitrep.backends` (name = the backend's name, value = `module:factory`).
"""

from __future__ import annotations

import contextlib
import contextvars
import difflib
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol, TypeVar, runtime_checkable

from sitrep.errors import InputError
from sitrep.schema import Document, Event

DEFAULT = "rules"
"""The backend every caller uses unless told otherwise."""

ENTRY_POINT_GROUP = "sitrep.backends"
"""Where installed packages offer backends: entry point name = backend name, value = `module:factory`."""


@runtime_checkable
class Extractor(Protocol):
    """What every backend implements: a name, batch preparation, and coding one document."""

    name: str

    def parse_many(self, documents: Sequence[Document]) -> list[Any]:
        """Work done once for a batch of documents (spaCy is markedly faster over a batch), one item per
        document, given back to `extract` as `parsed`; None where there is nothing to share."""
        ...

    def extract(self, document: Document, parsed: Any = None) -> list[Event]:
        """The events one document reports, each backed by the sentences it rests on (`Event.evidence`).
        Raises a `sitrep.errors.SitrepError` for a document it cannot code."""
        ...


Factory = TypeVar("Factory", bound=Callable[[], Extractor])

_factories: dict[str, Callable[[], Extractor]] = {}
_instances: dict[str, Extractor] = {}
_current: contextvars.ContextVar[str] = contextvars.ContextVar("sitrep_backend", default=DEFAULT)


def register(name: str) -> Callable[[Factory], Factory]:
    """Decorator: make `name` the backend built by the decorated factory (a class, or a function of no
    arguments) the first time it is asked for. A name already taken by another factory is an error."""

    def decorate(factory: Factory) -> Factory:
        if _factories.get(name, factory) is not factory:
            raise ValueError(f"a backend named {name!r} is already registered ({_factories[name]!r})")
        _factories[name] = factory
        return factory

    return decorate


def names() -> list[str]:
    """Every backend that can be asked for: those registered and those installed packages offer."""
    return sorted(set(_factories) | {entry.name for entry in _entry_points()})


def validate(name: str) -> str:
    """`name` when a backend answers to it; InputError listing the backends (and the likeliest one) otherwise."""
    if name in _factories or name in {entry.name for entry in _entry_points()}:
        return name
    known = names()
    close = difflib.get_close_matches(name, known, n=1)
    guess = f"did you mean {close[0]!r}? " if close else ""
    raise InputError(f"no extractor backend named {name!r}",
                     hint=f"{guess}registered backends: {', '.join(known)}")


def get(name: str | None = None) -> Extractor:
    """The backend registered as `name` (default: `current()`), built once and then reused, so models
    load on first use only."""
    name = validate(name or current())
    if name not in _instances:
        if name not in _factories:
            entry = next(e for e in _entry_points() if e.name == name)
            register(name)(entry.load())
        _instances[name] = _factories[name]()
    return _instances[name]


def current() -> str:
    """The backend callers use when they name none: `DEFAULT`, or the one chosen by `using`."""
    return _current.get()


@contextlib.contextmanager
def using(name: str) -> Iterator[None]:
    """Within the block, callers that name no backend use `name` (how `sitrep eval` runs every
    evaluation adapter on the backend asked for, without each adapter passing it down)."""
    token = _current.set(validate(name))
    try:
        yield
    finally:
        _current.reset(token)


def _entry_points() -> list:
    from importlib.metadata import entry_points

    return list(entry_points(group=ENTRY_POINT_GROUP))


@register(DEFAULT)
class RulesExtractor:
    """The hand-written pipeline of `sitrep.extract`: cue-based sentence classification, rule-based
    roles, dates, casualties and places, every field backed by the sentences it comes from."""

    name = DEFAULT

    def parse_many(self, documents: Sequence[Document]) -> list[Any]:
        """spaCy parses of the English documents, in one batch: all split into sentences, then tags and
        entities for those whose sentences may report an event (the others code no events)."""
        from sitrep import nlp
        from sitrep.extract import analysed_text, may_report_events

        readable = [d for d in documents if d.language in (None, "en")]
        parses = list(nlp.segment_many(analysed_text(d) for d in readable))
        list(nlp.annotate_many(p for d, p in zip(readable, parses) if may_report_events(d, p)))
        by_document = dict(zip((id(d) for d in readable), parses))
        return [by_document.get(id(d)) for d in documents]

    def extract(self, document: Document, parsed: Any = None) -> list[Event]:
        from sitrep.extract import extract_document

        return extract_document(document, parsed)


@register("trained")
def trained_extractor() -> Extractor:
    """The rules' events checked by the learned event gate (`sitrep.trained.backend`); the model files
    load on the first event to check."""
    from sitrep.trained.backend import TrainedExtractor

    return TrainedExtractor()
