"""Make strings from untrusted inputs safe to store, to print on a terminal and to trust as dates.

Ids, paths, URLs, source names and error texts come from the documents we read. They must not
break a database driver (lone surrogates, NUL), steer a terminal (ESC and other control
characters) or be read as rich markup (`[/x]`, `[bold]`, `:emoji:`). Dates outside
`MIN_YEAR`..`MAX_YEAR` are typos or attacks, never news.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.text import Text

MIN_YEAR = 1900
MAX_YEAR = 2100
"""Publication and event dates outside these years are refused."""

SURROGATE = re.compile(r"[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def scrub(text: str) -> str:
    """Text a database can store: lone surrogates become U+FFFD and NUL characters are dropped."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    return SURROGATE.sub(REPLACEMENT, text)


def scrub_value(value: Any) -> Any:
    """`scrub` for strings; anything else unchanged."""
    return scrub(value) if isinstance(value, str) else value


def printable(value: object) -> str:
    """One line for a terminal: control and format characters (ESC, CR, bidi overrides) as \\xNN escapes."""
    text = scrub(str(value))
    return "".join(_escaped(ch) if unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in text)


def _escaped(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def plain(*parts: object | tuple[object, str]) -> "Text":
    """A rich Text from parts, each a value (printed as is, never as markup) or (value, style)."""
    from rich.text import Text

    text = Text()
    for part in parts:
        value, style = part if isinstance(part, tuple) else (part, "")
        text.append(printable(value), style=style)
    return text


def in_range(date: dt.date | None) -> bool:
    """Whether a date lies within MIN_YEAR..MAX_YEAR (None counts as fine: no date)."""
    return date is None or MIN_YEAR <= date.year <= MAX_YEAR


def checked_date(value: str | None) -> dt.date | None:
    """A date from 'YYYY-MM-DD' or an ISO timestamp within MIN_YEAR..MAX_YEAR; None when it is neither."""
    if not value:
        return None
    try:
        date = dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
    return date if in_range(date) else None
