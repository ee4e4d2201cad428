"""Date expressions resolved against the publication date, and wire datelines.

Every expression becomes a span of days [date_start, date_end] with ACLED's time_precision
(1 the day is known, 2 a week or a few days, 3 a month or vaguer). A compiled regular grammar
covers the forms news and wire copy use ("Early on April 5", "on Monday", "last week",
"in September", "since 2014", "the night of 3-4 May", "19 APR 89"): it is exact, costs
microseconds a sentence and needs no model, so dateparser is not called at all. Relative and
year-less expressions need the publication date (the anchor); without one they are reported
with no dates and no precision, and a note says why: a year is never invented.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

from sitrep.schema import DateMention, Span

BACKGROUND_DAYS = 14
"""A mention ending more than this many days before publication is history, not news."""

FUTURE_SLACK_DAYS = 3
"""A year-less day up to this many days after publication is this year's, not last year's."""

UNDATED_WINDOW_DAYS = 7
"""An undated report is taken to describe the week up to its publication (ACLED: precision 2)."""

MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
MONTH_NUMBER: dict[str, int] = {name: i + 1 for i, name in enumerate(MONTH_NAMES)}
MONTH_NUMBER.update({name[:3]: i + 1 for i, name in enumerate(MONTH_NAMES)})
MONTH_NUMBER["sept"] = 9

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

SMALL_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "few": 3,
    "several": 3, "couple of": 2,
}

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)(?![a-z])"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
_RANGE_JOIN = r"\s*(?:-|–|—|to|and|until|through|/)\s*"
_NUMBER = r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple of)"
_CUE = r"(?:in|during|since|until|till|by|from|of|throughout|early|late|mid|last|this|between)(?:\s+|-)"


class _Resolved(NamedTuple):
    start: dt.date | None
    end: dt.date | None
    precision: int | None
    relative: bool = False
    note: str | None = None


_Handler = Callable[[re.Match, dt.date | None, bool], "_Resolved | None"]


def find_dates(text: str, anchor: dt.date | None, offset: int = 0) -> list[DateMention]:
    """Every date expression in `text`, resolved against `anchor` (the publication date)."""
    lowered = text.lower()
    mixed_case = lowered != text and text.upper() != text
    cues = {cue: cue.search(lowered) is not None for cue in _CUES}
    found: list[tuple[int, int, _Resolved]] = []
    for cue, pattern, handler in _GRAMMAR:
        if not cues[cue]:
            continue
        for match in pattern.finditer(text):
            resolved = handler(match, anchor, mixed_case)
            if resolved is not None:
                if anchor and resolved.end and resolved.start and resolved.start <= anchor < resolved.end:
                    resolved = resolved._replace(end=anchor)
                found.append((match.start(), match.end(), resolved))
    found.sort(key=lambda item: (item[0], item[0] - item[1]))
    found = _year_qualifiers_merged(text, found, anchor)
    mentions: list[DateMention] = []
    last_end = -1
    for start, end, resolved in found:
        if start < last_end:
            continue
        last_end = end
        mentions.append(
            DateMention(
                start=offset + start,
                end=offset + end,
                text=text[start:end],
                date_start=resolved.start,
                date_end=resolved.end,
                precision=resolved.precision,
                relative=resolved.relative,
                note=resolved.note,
            )
        )
    return mentions


YEAR_QUALIFIER = re.compile(r"^[\s,]*(?P<which>this|last)\s+year\b", re.IGNORECASE)
"""'this year' or 'last year' right after a month or a day ('in March this year', 'on 3 May last year')."""

THAT_YEAR = re.compile(r"^[\s,]*(?:of\s+)?(?:that|the\s+same)\s+year\b", re.IGNORECASE)
"""'... in November of that year', 'in May the same year': a month in the year of the date told before it."""


def _year_qualifiers_merged(
    text: str, found: list[tuple[int, int, _Resolved]], anchor: dt.date | None
) -> list[tuple[int, int, _Resolved]]:
    """A month or a day followed by 'this year' or 'last year' is one date: the year phrase says which year the month
    or day is in ('In March last year' is March of the year before publication), not a date of its own; read alone it
    would span the whole year up to publication and make a past incident look current. A month followed by 'of that
    year' or 'the same year' (THAT_YEAR) is in the year of the date told before it in the text ('In September 2021,
    119 inmates were killed ..., and another 68 died in November of that year'), not the publication's."""
    merged: list[tuple[int, int, _Resolved]] = []
    skip_until = -1
    for start, end, resolved in found:
        if start < skip_until:
            continue
        told = THAT_YEAR.match(text[end:])
        before = [r for _, _, r in merged if r.start is not None and not r.relative]
        if told and before and resolved.start and resolved.end and resolved.start.year == resolved.end.year \
                and (resolved.end - resolved.start).days <= 31:
            year = before[-1].start.year
            start_day = _valid_date(year, resolved.start.month, resolved.start.day)
            end_day = _valid_date(year, resolved.end.month, calendar.monthrange(year, resolved.end.month)[1]
                                  if resolved.precision == 3 else resolved.end.day)
            if start_day and end_day:
                skip_until = end + told.end()
                merged.append((start, skip_until, resolved._replace(start=start_day, end=end_day)))
                continue
        qualifier = YEAR_QUALIFIER.match(text[end:])
        if qualifier and anchor and resolved.start and resolved.end and resolved.start.year == resolved.end.year \
                and (resolved.end - resolved.start).days <= 31:
            year = anchor.year - (qualifier["which"].lower() == "last")
            start_day = _valid_date(year, resolved.start.month, resolved.start.day)
            end_day = _valid_date(year, resolved.end.month, resolved.end.day)
            if start_day and end_day:
                skip_until = end + qualifier.end()
                merged.append((start, skip_until, resolved._replace(start=start_day, end=min(end_day, anchor)
                                                                    if start_day <= anchor else end_day)))
                continue
        merged.append((start, end, resolved))
    return merged


UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
"""Capital letters, accented ones too: datelines in capitals spell places of Spanish, French and Portuguese names with
their accents ('SAN JOSÉ', 'YAOUNDÉ', 'BOGOTÁ')."""

PLACE_DATELINE = re.compile(
    rf"[ \t]*(?P<place>(?-i:[{UPPER}][{UPPER}.'\u2019-]+(?:[ \t]+[{UPPER}][{UPPER}.'\u2019-]+){{0,3}})"
    r"(?:,[ \t]*[A-Z][A-Za-z .'\u2019-]{2,30})?)"
    r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:--|\u2014|\u2013|-|:)[ \t]+(?=[A-Z0-9\"\u201c][^\n]{60})")
"""A dateline with no date ("MANDERA, Kenya - ", "BACOLOD CITY - ", "PESHAWAR: "): a place in capitals, maybe its
country and the outlet, then a dash or colon and the story's first sentence on the same line."""

TITLE_CASE_DATELINE = re.compile(
    rf"[ \t]*(?P<place>(?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}})),[ \t]+"
    rf"(?:{_DAY}\s+{_MONTH}\s+{_YEAR}|{_MONTH}\s+{_DAY},?\s+{_YEAR})"
    r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:--|\u2014|\u2013|-)[ \t]+",
    re.IGNORECASE)
"""A dateline in title case with a full date ("Pemba, 26 February 2025 (Cabo Ligado News) - "): the full date and the
dash after it tell it from a sentence that opens on a place."""

LEAD_LINES = 4
"""Lines at the head of a body searched for a dateline: the headline, a byline and a date line may come first."""


def lead_dateline_span(text: str) -> Span | None:
    """Where a wire dateline stands at the head of one of the first lines of `text`: web pages and feeds put the
    headline, byline and date above the story, and the dateline opens the story's first paragraph; its place is where
    the report was filed, not where the events happened."""
    line_start, seen = 0, 0
    while line_start < len(text) and seen < LEAD_LINES:
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start:line_end].strip():
            seen += 1
            rest = text[line_start:]
            found = dateline_span(rest)
            match = None if found is not None else PLACE_DATELINE.match(rest) or TITLE_CASE_DATELINE.match(rest)
            if match is not None:
                found = Span(match.start("place"), match.end(), rest[match.start("place"):match.end()])
            if found is not None:
                return Span(line_start + found.start, line_start + found.end, found.text)
        line_start = line_end + 1
    return None


def find_dateline(text: str) -> tuple[dt.date, Span] | None:
    """The date of a wire dateline opening a story ("LIMA, 3 JAN 90 (EFE) --"); None if year-less."""
    match = next((m for pattern in _DATELINES if (m := pattern.match(text[:300]))), None)
    if match is None:
        return None
    day = _valid_date(_two_digit_year(match["year"]), _month(match["month"]), _day(match["day"]))
    if day is None:
        return None
    return day, Span(match.start("place"), match.end(), text[match.start("place"):match.end()])


def dateline_span(text: str) -> Span | None:
    """Where a wire dateline opening `text` is, with or without a year: its date is the report's."""
    match = next((m for pattern in (*_DATELINES, _YEARLESS_DATELINE) if (m := pattern.match(text[:300]))), None)
    return Span(match.start("place"), match.end(), text[match.start("place"):match.end()]) if match else None


def event_date(
    mentions: list[DateMention], anchor: dt.date | None
) -> tuple[str | None, str | None, str | None, int | None]:
    """(event_date, date_start, date_end, time_precision) as ISO strings for one event.

    The most specific resolved mention wins (lowest precision, then narrowest span, then first).
    Spans are dated to their first day as ACLED does ("around 3 March (between 3 and 4 March)"),
    except a single month, which ACLED dates to the 15th (never after the span's end). With no
    usable mention, an event in a dated report is coded to the report date with precision 2 and a
    span of the week before it: ACLED's convention for "recent" undated events. Without either,
    nothing is known and all four values are None.
    """
    dated = [m for m in mentions if m.date_start is not None and m.date_end is not None]
    if not dated:
        if anchor is None:
            return None, None, None, None
        start = anchor - dt.timedelta(days=UNDATED_WINDOW_DAYS)
        return anchor.isoformat(), start.isoformat(), anchor.isoformat(), 2
    best = min(dated, key=lambda m: (m.precision or 9, (m.date_end - m.date_start).days, m.start))
    first, last = best.date_start, best.date_end
    day = first
    if best.precision == 3 and (first.year, first.month) == (last.year, last.month):
        day = min(first.replace(day=15), last)
    return day.isoformat(), first.isoformat(), last.isoformat(), best.precision


def is_background_date(mention: DateMention, anchor: dt.date, days: int = BACKGROUND_DAYS) -> bool:
    """True when the mention ends more than `days` before publication: history, dated to its own time."""
    if mention.date_end is None:
        return False
    return mention.date_end < anchor - dt.timedelta(days=days)


def _month(token: str) -> int:
    token = token.rstrip(".").lower()
    return MONTH_NUMBER.get(token) or MONTH_NUMBER[token[:3]]


def _day(token: str) -> int:
    return int(re.match(r"\d+", token).group())


def _two_digit_year(token: str) -> int:
    year = int(token)
    if len(token) == 2:
        return 2000 + year if year <= 30 else 1900 + year
    return year


def _valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_ok(token: str, mixed_case: bool) -> bool:
    """In ordinary text a month is capitalised ("march" and "may" are words); in unicase text anything goes."""
    return not mixed_case or token[0].isupper()


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def _recent_year(anchor: dt.date, month: int, day: int = 1, slack_days: int = 0) -> int:
    """The year that puts month/day on or before the anchor (news reports the past).

    `slack_days` lets a stated day fall a little after the anchor without jumping back a year: a
    report stamped in UTC or by a wire desk a day early still means this year's "April 5".
    """
    candidate = _valid_date(anchor.year, month, day)
    limit = anchor + dt.timedelta(days=slack_days)
    return anchor.year if candidate is not None and candidate <= limit else anchor.year - 1


def _yearless(note: str) -> _Resolved:
    return _Resolved(None, None, None, False, note)


def _unanchored(match: re.Match) -> _Resolved:
    return _Resolved(None, None, None, True, f"'{match.group()}' is relative and the publication date is unknown")


def _day_month(match: re.Match, anchor: dt.date | None, mixed_case: bool) -> _Resolved | None:
    """"5 April 2020", "April 5", "19 APR 89": one day."""
    if not _month_ok(match["month"], mixed_case):
        return None
    month, day = _month(match["month"]), _day(match["day"])
    if match["year"]:
        date = _valid_date(int(match["year"]), month, day)
        return _Resolved(date, date, 1) if date else None
    if _valid_date(2000, month, day) is None:
        return None
    if anchor is None:
        return _yearless(f"{MONTH_NAMES[month - 1].title()} {day}, year unknown without a publication date")
    date = _valid_date(_recent_year(anchor, month, day, FUTURE_SLACK_DAYS), month, day)
    return _Resolved(date, date, 1, False, "year taken from the publication date") if date else None


def _wire_date(match: re.Match, anchor: dt.date | None, mixed_case: bool) -> _Resolved | None:
    """"19 APR 89": wire copy's day, three-letter month and two-digit year (00-30 are 2000s)."""
    if match["month"].rstrip(".").lower() not in MONTH_NUMBER or (mixed_case and not match["month"].isupper()):
        return None
    date = _valid_date(_two_digit_year(match["year"]), _month(match["month"]), _day(match["day"]))
    return _Resolved(date, date, 1) if date else None


def _day_range(match: re.Match, anchor: dt.date | None, mixed_case: bool) -> _Resolved | None:
    """"between 12 and 14 March", "the night of 3-4 May", "March 12-14, 2020": a few days."""
    if not _month_ok(match["month"], mixed_case):
        return None
    month, first, last = _month(match["month"]), _day(match["d1"]), _day(match["d2"])
    if not first < last:
        return None
    if match["year"]:
        year = int(match["year"])
    elif anchor is None:
        return _yearless(f"{first}-{last} {MONTH_NAMES[month - 1].title()}, year unknown without a publication date")
    else:
        year = _recent_year(anchor, month, first, FUTURE_SLACK_DAYS)
    start, end = _valid_date(year, month, first), _valid_date(year, month, last)
    if start is None or end is None:
        return None
    return _Resolved(start, end, 1 if (end - start).days == 0 else 2)


def _iso(match: re.Match, anchor: dt.date | None, mixed_case: bool) -> _Resolved | None:
    """"2020-04-05"."""
    date = _valid_date(int(match["year"]), int(match["m"]), int(match["d"]))
    return _Resolved(date, date, 1) if date else None


def _numeric(match: re.Match, anchor: dt.date | None, mixed_case: bool) -> _Resolved | None:
    """"13/05/2017", "21.08.2016", "5/13/2017": a day written in figures with its year, read only when the order
    cannot be mistaken: a figure above 12 can only be the day (or the two figures are the same). "03/04/2025" is
    the 3rd of April in most of the world and the 4th of March in the United States, so it gives nothing rather
    than a guess (as a byline does, `sources`)."""
    first, second, year = int(match["a"]), int(match["b"]), _two_digit_year(match["year"])
    if first <= 12 and second <= 12 and first != second:
        return None
    date = _valid_date(year, second, first) or _valid_date(year, first, second)
    return _Resolved(date, date, 1) if date else None


def _month_year(match: re.Match, anchor: dt.date | None, mixed_case: bool) -> _Resolved | None:
    """"April 2020", "in September 2017": the month."""
    if not _month_ok(match["month"], mixed_case):
        return None
    start, end = _month_span(int(match["year"]), _month(match["month"]))
    return _Resolved(start, end, 3)


def _month_only(match: re.Match, anchor: dt.date | None, mixed_case: bool) -> _Resolved | None:
    """"in September", "last September": the most recent such month not after publication."""
    if not _month_ok(match["month"], mixed_case):
        return None
    month = _month(match["month"])
    if anchor is None:
        return _yearless(f"{MONTH_NAMES[month - 1].title()}, year unknown without a publication date")
    year = _recent_year(anchor, month)
    if match["cue"].lower().startswith("last") and year == anchor.year and month == anchor.month:
        year -= 1
    start, end = _month_span(year, month)
    return _Resolved(start, end, 3, True)


def _years(match: re.Match, anchor: dt.date | None, mixed_case: bool) -> _Resolved | None:
    """"in 2014", "since 2014", "in 2015 and 2016": whole years."""
    first = int(match["y1"])
    last = int(match["y2"]) if match["y2"] else first
    if last < first or (anchor is not None and first > anchor.year):
        return None
    note = "the span's start: the state lasted afterwards" if match["cue"].lower() == "since" else None
    return _Resolved(dt.date(first, 1, 1), dt.date(last, 12, 31), 3, False, note)


def _weekday(match: re.Match, anchor: dt.date | None, mixed_case: bool) -> _Resolved | None:
    """"on Monday", "Monday night", "last Sunday": the latest such day on or before publication."""
    if anchor is None:
        return _unanchored(match)
    weekday = WEEKDAYS.index(match["weekday"].lower())
    if match["last_week"]:
        return _weekday_of_last_week(anchor, weekday)
    back = (anchor.weekday() - weekday) % 7
    if back == 0 and (match["cue"] or "").lower() == "last":
        back = 7
    date = anchor - dt.timedelta(days=back)
    return _Resolved(date, date, 1, True)


def _weekday_of_last_week(anchor: dt.date, weekday: int) -> _Resolved:
    """"on Friday last week", "Thursday of last week": that day in the calendar week (Monday to Sunday) before the
    publication's, not the latest such day, which for a paper published on a Friday is the day itself."""
    date = anchor - dt.timedelta(days=anchor.weekday() + 7 - weekday)
    return _Resolved(date, date, 1, True)


DAY_WORDS: dict[str, int] = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "earlier on the day": 0, "earlier in the day": 0, "earlier that day": 0,
    "overnight": 0, "early today": 0, "late today": 0,
    "yesterday": 1, "last night": 1, "the day before yesterday": 2,
}
"""Words naming a day relative to publication: how many days back."""


def _day_word(match: re.Match, anchor: dt.date | None, mixed_case: bool) -> _Resolved | None:
    """"yesterday", "earlier on the day", "overnight": a day counted back from publication."""
    if anchor is None:
        return _unanchored(match)
    phrase = re.sub(r"\s+", " ", match["word"].lower())
    date = anchor - dt.timedelta(days=DAY_WORDS[phrase])
    return _Resolved(date, date, 1, True)


def _ago(match: re.Match, anchor: dt.date | None, mixed_case: bool) -> _Resolved | None:
    """"two days ago", "three weeks ago", "a month ago"."""
    if anchor is None:
        return _unanchored(match)
    count = _count(match["n"])
    unit = match["unit"].lower().rstrip("s")
    vague = match["n"].lower() in {"few", "several", "couple of"}
    if unit == "day":
        date = anchor - dt.timedelta(days=count)
        if vague:
            return _Resolved(anchor - dt.timedelta(days=count + 3), date, 2, True)
        return _Resolved(date, date, 1, True)
    if unit == "week":
        middle = anchor - dt.timedelta(days=7 * count)
        return _Resolved(middle - dt.timedelta(days=3), middle + dt.timedelta(days=3), 2, True)
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 - count
        start, end = _month_span(index // 12, index % 12 + 1)
        return _Resolved(start, end, 3, True)
    year = anchor.year - count
    return _Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), 3, True)


def _count(token: str) -> int:
    token = re.sub(r"\s+", " ", token.lower())
    return int(token) if token.isdigit() else SMALL_NUMBERS[token]


def _period(match: re.Match, anchor: dt.date | None, mixed_case: bool) -> _Resolved | None:
    """"last week", "this month", "earlier this year", "over the weekend", "in recent days"."""
    if anchor is None:
        return _unanchored(match)
    phrase = re.sub(r"\s+", " ", match["period"].lower())
    monday = anchor - dt.timedelta(days=anchor.weekday())
    if phrase in {"last week"}:
        return _Resolved(monday - dt.timedelta(days=7), monday - dt.timedelta(days=1), 2, True)
    if phrase.endswith("this week"):
        return _Resolved(monday, anchor, 2, True)
    if phrase.endswith("weekend"):
        saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
        return _Resolved(saturday, min(saturday + dt.timedelta(days=1), anchor), 2, True)
    if phrase == "last month":
        previous = anchor.replace(day=1) - dt.timedelta(days=1)
        start, end = _month_span(previous.year, previous.month)
        return _Resolved(start, end, 3, True)
    if phrase.endswith("this month"):
        return _Resolved(anchor.replace(day=1), anchor, 3, True)
    if phrase == "last year":
        return _Resolved(dt.date(anchor.year - 1, 1, 1), dt.date(anchor.year - 1, 12, 31), 3, True)
    if phrase.endswith("this year"):
        return _Resolved(dt.date(anchor.year, 1, 1), anchor, 3, True)
    return _Resolved(anchor - dt.timedelta(days=UNDATED_WINDOW_DAYS), anchor, 2, True)


FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24), "christmas day": (12, 25),
    "boxing day": (12, 26), "valentine's day": (2, 14), "may day": (5, 1),
    "international workers' day": (5, 1), "international women's day": (3, 8),
}
"""Days named by a holiday that falls on the same date every year in the Gregorian calendar (month, day); holidays
whose date moves (Easter, Eid, Diwali) or differs by country (Labour Day, Independence Day, Orthodox Christmas on 7
January) are left out, and so is "Christmas" alone, most often a modifier ("a Christmas market")."""


def _holiday(match: re.Match, anchor: dt.date | None, mixed_case: bool) -> _Resolved | None:
    """"on Christmas Day", "on New Year's Eve 2023": the holiday's date, in the stated year or else the latest one on
    or before publication (`FIXED_HOLIDAYS`)."""
    if re.match(r"orthodox\s", match.string[max(0, match.start() - 9):match.start()], re.IGNORECASE):
        return None
    month, day = FIXED_HOLIDAYS[re.sub(r"\s+", " ", match["holiday"].lower().replace("’", "'"))]
    if match["year"]:
        date = dt.date(int(match["year"]), month, day)
        return _Resolved(date, date, 1)
    if anchor is None:
        return _yearless(f"{match['holiday']}, year unknown without a publication date")
    date = dt.date(_recent_year(anchor, month, day, FUTURE_SLACK_DAYS), month, day)
    return _Resolved(date, date, 1, False, "year taken from the publication date")


def _compile(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


_MONTH_CUE = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
_YEAR_CUE = re.compile(r"\d\d\d\d")
_WEEKDAY_CUE = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day")
_DAY_WORD_CUE = re.compile(r"yesterday|today|tonight|night|morning|afternoon|evening|overnight|earlier")
_AGO_CUE = re.compile(r"ago\b")
_PERIOD_CUE = re.compile(r"week|month|year|recent|past")
_NUMERIC_CUE = re.compile(r"\d[/.]\d{1,2}[/.]\d")
_HOLIDAY_CUE = re.compile(r"christmas|new year|boxing|valentine|may day|workers|women")
_CUES = (_MONTH_CUE, _YEAR_CUE, _WEEKDAY_CUE, _DAY_WORD_CUE, _AGO_CUE, _PERIOD_CUE, _NUMERIC_CUE, _HOLIDAY_CUE)
"""Cheap literal searches on the lower-cased sentence: a pattern runs only where its cue occurs."""

_NAMED_DAY_BEFORE = (r"(?<![\"\u201c\u2018'])(?<!\bbloody\s)(?<!\bblack\s)(?<!\bgood\s)(?<!\bholy\s)(?<!\bash\s)"
                     r"(?<!\bpalm\s)(?<!\bmaundy\s)(?<!\bgreat\s)(?<!\bsuper\s)(?<!\bcyber\s)(?<!\bdark\s)")
"""What may not stand right before a weekday that names a day of the week: a weekday in quotes or after an epithet
('"Bloody Friday"', 'Black Friday', 'Good Friday', 'Super Tuesday') is the name of a remembered event, a holiday or a
sale, not the latest such day before publication ('In September 2022, security forces killed dozens of protesters in
what activists called "Bloody Friday"' happened in 2022, not last Friday)."""

_GRAMMAR: tuple[tuple[re.Pattern, re.Pattern, _Handler], ...] = (
    (_MONTH_CUE, _compile(
        rf"\b(?:(?:between|from)\s+)?(?:(?:on\s+)?the\s+night\s+of\s+)?(?:the\s+)?(?P<d1>{_DAY}){_RANGE_JOIN}"
        rf"(?:the\s+)?(?P<d2>{_DAY})\s+(?:of\s+)?(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?"
    ), _day_range),
    (_MONTH_CUE, _compile(
        rf"\b(?:(?:between|from)\s+)?(?P<month>{_MONTH})\s+(?P<d1>{_DAY}){_RANGE_JOIN}(?P<d2>{_DAY})"
        rf"(?:,?\s+(?P<year>{_YEAR}))?"
    ), _day_range),
    (_YEAR_CUE, _compile(rf"\b(?P<year>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), _iso),
    (_NUMERIC_CUE, _compile(r"(?<![\d/.])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d|(?<=/)\d\d)(?![\d/]|\.\d)"),
     _numeric),
    (_MONTH_CUE, _compile(
        rf"\b(?P<day>{_DAY})\s+(?:of\s+)?(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?"
    ), _day_month),
    (_MONTH_CUE, _compile(rf"\b(?P<day>{_DAY})\s+(?P<month>[a-z]{{3}}\.?)\s+(?P<year>\d\d)(?!\d)"), _wire_date),
    (_MONTH_CUE, _compile(rf"\b(?P<month>{_MONTH})\s+(?:the\s+)?(?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?"), _day_month),
    (_MONTH_CUE, _compile(rf"\b(?:{_CUE})?(?:early\s+|late\s+|mid-?)?(?P<month>{_MONTH})(?:,|\s+of)?\s+(?P<year>{_YEAR})"), _month_year),
    (_MONTH_CUE, _compile(rf"\b(?P<cue>{_CUE})(?:early\s+|late\s+|mid-?)?(?P<month>{_MONTH})\b(?![-–]\d)"), _month_only),
    (_YEAR_CUE, _compile(
        rf"\b(?P<cue>in|during|since|between|from|throughout|early|late|mid|of)(?:\s+|-)"
        rf"(?:the\s+(?:year\s+|end\s+of\s+|start\s+of\s+|beginning\s+of\s+)?)?(?P<y1>{_YEAR})"
        rf"(?:{_RANGE_JOIN}(?P<y2>{_YEAR}))?"
    ), _years),
    (_WEEKDAY_CUE, _compile(
        rf"\b{_NAMED_DAY_BEFORE}(?:(?P<cue>on|last|since|early|late|this)\s+)?(?:(?:early|late)\s+(?:on\s+)?)?"
        r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!s)\b"
        r"(?:\s+(?:morning|afternoon|evening|night))?(?:\s+(?:of\s+)?(?P<last_week>last\s+week))?"
    ), _weekday),
    (_DAY_WORD_CUE, _compile(
        r"\b(?P<word>the\s+day\s+before\s+yesterday|yesterday|today|tonight|last\s+night|this\s+morning"
        r"|this\s+afternoon|this\s+evening|earlier\s+today|early\s+today|late\s+today|earlier\s+(?:on|in)\s+the\s+day"
        r"|earlier\s+that\s+day|overnight)\b"
    ), _day_word),
    (_AGO_CUE, _compile(rf"\b(?P<n>{_NUMBER})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b"), _ago),
    (_PERIOD_CUE, _compile(
        r"\b(?P<period>last\s+week|(?:earlier\s+)?this\s+week|(?:over\s+the|at\s+the|on\s+the|last|this)\s+weekend"
        r"|last\s+month"
        r"|(?:earlier\s+)?this\s+month|last\s+year|(?:earlier\s+)?this\s+year|in\s+recent\s+days"
        r"|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:few\s+days|week|days))\b"
    ), _period),
    (_HOLIDAY_CUE, _compile(
        r"\b(?P<holiday>new\s+year['’]s\s+(?:day|eve)|christmas\s+(?:eve|day)|boxing\s+day"
        r"|valentine['’]s\s+day|may\s+day|international\s+workers['’]\s+day|international\s+women['’]s\s+day)\b"
        rf"(?:,?\s+(?P<year>{_YEAR}))?"
    ), _holiday),
)
"""Patterns and their resolvers, most specific first; at one position the longest match wins."""

_DATELINE_PLACE = (r"\s*(?:\S+\s+\(\w+\)\s+)?(?:\[\w+\]\s*)?(?P<place>(?-i:[" + UPPER + "][" + UPPER + " .'’-]{1,40})"
                   r"(?:\s*\([A-Za-z .'’-]{2,30}\)|,\s*[A-Za-z .'’-]{2,30})?),\s+")
_DATELINE_TAIL = r"\s*(?:\([^)\n]{1,40}\))?\s*(?:--|—|–|-)?"
_DATELINES = (
    re.compile(
        rf"{_DATELINE_PLACE}(?P<day>{_DAY})\s+(?P<month>{_MONTH})\s+(?P<year>{_YEAR}|\d\d(?!\d)){_DATELINE_TAIL}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"{_DATELINE_PLACE}(?P<month>{_MONTH})\s+(?P<day>{_DAY}),?\s+(?P<year>{_YEAR}){_DATELINE_TAIL}",
        re.IGNORECASE,
    ),
)
"""Wire datelines: "EASTPORT, 19 APR 89 (WIRE) --" and "KABUL, April 5, 2020 (AP) -"."""
_YEARLESS_DATELINE = re.compile(
    rf"{_DATELINE_PLACE}(?:(?P<month>{_MONTH})\s+(?P<day>{_DAY})|(?P<day2>{_DAY})\s+(?P<month2>{_MONTH})){_DATELINE_TAIL}",
    re.IGNORECASE,
)
"""A dateline without a year ("MOPTI, Mali, June 11 (Sahel Wire) —"): it dates the report, not the events."""
