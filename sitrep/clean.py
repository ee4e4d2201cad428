"""Find the article body in flat text: a line classifier for news pages flattened to text.

Pages copied or crawled as plain text keep their furniture: donation widgets, month banners,
share buttons, photo captions, "Do you like this content?" appeals, reader comments, reply
forms and related-article headlines. Neither trafilatura nor jusText removes these once the
HTML is gone, so each line is classified on its own (length, sentence shape, numbers-only,
known boilerplate phrases, verbatim repeats) and position logic decides the rest: the headline
just before the first sentence stays, and everything from the first comments or appeal marker
after the article is dropped. Every range returned points into the original text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from sitrep.schema import Span

LineKind = Literal["sentence", "heading", "junk", "end"]

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)

NUMBERS_ONLY = re.compile(r"^[\s$€£¥%+\-–.,:/()\d]*\d[\s$€£¥%+\-–.,:/()\d]*(?:usd|eur|gbp)?$", re.I)
"""Amounts and counters of donation widgets and share bars: '0 $', '2,500 $', '1,054'."""

DATE_ONLY = re.compile(
    rf"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTHS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?\s*\d{{4}}"
    rf"(?:\s*[-|,]?\s*\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?)?)?$",
    re.I,
)
"""Month banners and bare date stamps: 'JULY 2020', 'Monday, 5 April 2020', 'Apr 5, 2020 10:32'."""

JUNK_PHRASES = re.compile(
    r"click (?:here )?to (?:see|view|enlarge|open)[\w\s-]*(?:image|photo|picture|gallery)"
    r"|\bfile (?:photo|picture|image)\W*$|^\(?(?:file )?(?:photo|picture)\)?\W*$"
    r"|\b(?:photo|image|picture) (?:credit|courtesy)\b|^(?:photo|image|credit|source)\s*:"
    r"|^(?:share|share this(?: article| story| post)?|tweet|print|email|whatsapp|telegram)\s*:?$"
    r"|^share (?:on|via) |^(?:facebook|twitter|linkedin|reddit|telegram|whatsapp|email|print)(?:\W+\w+){0,5}$"
    r"|\b(?:subscribe|sign up) (?:to|for) (?:our|the) (?:newsletter|channel|updates|mailing list)"
    r"|^follow us\b|^advertisement$|^sponsored\b|^(?:tags|filed under|categories|category|topics)\s*:"
    r"|^(?:read|see) (?:more|also)\s*:|^related\s*:"
    r"|^(?:by|written by|posted by|author)\s*:?\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}$"
    r"|^(?:published|posted|updated|last updated)\s*(?:on|:)"
    r"|^(?:home|menu|search|login|log in|sign in|register)(?:\s*[|»>/]\s*\w[\w ]*)*$"
    r"|\s[|»]\s.*\s[|»]\s"
    r"|^\(?(?:reporting|writing|editing|additional reporting) by\b",
    re.I,
)
"""Lines that are page furniture wherever they appear: captions, share bars, bylines, menus."""

END_PHRASES = re.compile(
    r"^(?:do you like this (?:content|article|post)\b|consider (?:helping|supporting) us"
    r"|(?:please )?(?:support|help) (?:us|our (?:work|journalism|reporting))\b|donate\b|become a (?:patron|member|supporter)"
    r"|(?:no|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:comments?|responses?|replies|thoughts)"
    r"(?: on\b.*| so far)?\s*[:.]?$"
    r"|comments?\s*(?:\(\d+\))?\s*:?$|leave a (?:reply|comment)|post a comment|add (?:a )?comment"
    r"|join the discussion|your email address will not be published|you must be logged in to post"
    r"|required fields are marked|cancel reply"
    r"|related (?:posts|articles|stories|news|content|items)\s*:?$|you (?:may|might) also (?:like|be interested)"
    r"|more (?:from|stories|news|on this)\b.{0,40}$|recommended(?: for you| stories)?\s*:?$|read (?:also|next)\s*:?$"
    r"|previous (?:article|post|story)|next (?:article|post|story)|most (?:read|popular|viewed)\s*:?$"
    r"|loading(?:\.\.\.|…)?$)",
    re.I,
)
"""Lines after which a page holds no more article: appeals, comment sections, related links."""

COMMENT_ITEM = re.compile(r"^\s{2,}(?:[•●▪◦*·-]|\d{1,3}[.)])\s+(.*)$")
"""An indented bulleted or numbered item, the shape of a flattened comment thread."""

NAME_LIKE = re.compile(r"^[A-Z\u00C0-\u024F][\w\u00C0-\u024F'’.-]*(?:\s+[\w\u00C0-\u024F'’.-]+){0,3}$")

SENTENCE_END = re.compile(r"(?:[.!?…:;؟。！？][\"'”’)\]]*|[\"”’]|\s\[[A-Z][A-Z ]{2,40}\])(?:\s*\[[^\]]{1,40}\])*$")
"""Sentence punctuation at the end, allowing closing quotes and an editorial note: '. [PASSAGE OMITTED]'."""
WORD = re.compile(r"[^\W\d_][\w'’-]*")

MIN_SENTENCE_WORDS = 6
LONG_LINE_WORDS = 15
MIN_WRAPPED_WORDS = 5
"""A line this long that ends mid-sentence and runs straight into the next line is wrapped prose."""
MAX_MARKER_WORDS = 16
MAX_JUNK_WORDS = 30
"""Boilerplate phrases only mark short lines: a paragraph may mention 'file photo' or 'comments',
and an end marker cuts everything after it, so it must look like a label, not like prose."""
MAX_LABEL_CHARS = 120
"""Figures and date stamps are short; longer lines are never tested (keeps the regexes linear)."""
SHORT_REPEAT_WORDS = 12
"""A repeated line shorter than this is a caption or label: every copy of it goes."""
TITLE_LINES = 2
"""How many heading lines right before the first sentence are kept as headline and subtitle."""


@dataclass(frozen=True, slots=True)
class Line:
    """One line (or hard-wrapped block) of the original text: `text == original[start:end]`."""

    start: int
    end: int
    text: str
    kind: LineKind


def body_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges of `text` that hold the article itself (headline and paragraphs), in order."""
    return find_body(text)[0]


def find_body(text: str) -> tuple[list[tuple[int, int]], Span | None]:
    """Body ranges and the headline (the heading the body opens with), or None when it has none."""
    lines = classify_lines(text)
    keep = _body_line_indexes(lines)
    first = min(keep, default=None)
    headline = None
    if first is not None and lines[first].kind == "heading" and "\n" not in lines[first].text.strip():
        line = lines[first]
        offset = len(line.text) - len(line.text.lstrip())
        title = line.text.strip()
        headline = Span(line.start + offset, line.start + offset + len(title), title)
    return _regions(text, lines, keep), headline


def classify_lines(text: str) -> list[Line]:
    """Every non-blank line of `text` (hard-wrapped lines joined into one) with its kind."""
    raw = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    marks = [_mark(line) for _, _, line in raw]
    blocks: list[tuple[int, int, LineKind | None]] = []
    for (start, end, line), mark in zip(raw, marks):
        if blocks and _may_continue(line, mark) and _continues(text, blocks[-1], start):
            blocks[-1] = (blocks[-1][0], end, None)
        else:
            blocks.append((start, end, mark))
    counts = Counter(_normalise(text[start:end]) for start, end, _ in blocks)
    return [Line(start, end, text[start:end], mark or _text_kind(text[start:end], counts))
            for start, end, mark in blocks]


def _mark(line: str) -> LineKind | None:
    """End marker or junk from the line alone; None when only its text shape can tell."""
    stripped = line.strip()
    words = WORD.findall(stripped)
    if _is_comment_author(line) or (len(words) <= MAX_MARKER_WORDS and END_PHRASES.search(stripped)):
        return "end"
    if not words or (len(stripped) <= MAX_LABEL_CHARS and (NUMBERS_ONLY.match(stripped) or DATE_ONLY.match(stripped))):
        return "junk"
    if len(words) <= MAX_JUNK_WORDS and JUNK_PHRASES.search(stripped):
        return "junk"
    return None


def _may_continue(line: str, mark: LineKind | None) -> bool:
    """Plain lines, a figure closing a sentence ('$25,000.') and, in upper-case wire copy, any line but
    a comment bullet may carry on a wrapped sentence."""
    figure = len(line) <= MAX_LABEL_CHARS and NUMBERS_ONLY.match(line.strip())
    if mark is None or (figure and line.rstrip().endswith((".", ",", ";"))):
        return True
    return line.isupper() and not _is_comment_author(line)


def _continues(text: str, block: tuple[int, int, LineKind | None], start: int) -> bool:
    """Whether a line carries on the block before it: hard-wrapped prose (wire copy, e-mail, MUC)."""
    previous_start, previous_end, mark = block
    if mark is not None or text[previous_end:start].count("\n") != 1:
        return False
    last_line = text[text.rfind("\n", previous_start, previous_end) + 1 : previous_end]
    line_end = text.find("\n", start)
    if COMMENT_ITEM.match(text[start : line_end if line_end >= 0 else len(text)]):
        return False
    return len(WORD.findall(last_line)) >= MIN_WRAPPED_WORDS and not SENTENCE_END.search(last_line.strip())


def _text_kind(block: str, counts: Counter[str]) -> LineKind:
    stripped = block.strip()
    words = WORD.findall(stripped)
    if _is_sentence(stripped, words):
        return "sentence"
    if stripped.isupper() and len(words) <= 4:
        return "junk"  # section labels and banners: 'MIDDLE EAST', 'BREAKING'
    if counts[_normalise(block)] > 1 and len(words) < 4:
        return "junk"
    return "heading"


def _is_sentence(block: str, words: list[str]) -> bool:
    """Ends like a sentence, or is one long line (a wrapped block must end like a sentence)."""
    if len(words) >= MIN_SENTENCE_WORDS and SENTENCE_END.search(block):
        return True
    return len(words) >= LONG_LINE_WORDS and "\n" not in block


def _is_comment_author(line: str) -> bool:
    """An indented bullet holding only a name ('  • Jane Doe') opens a reader's comment."""
    match = COMMENT_ITEM.match(line)
    if not match:
        return False
    content = match.group(1).strip()
    return bool(NAME_LIKE.match(content)) and not SENTENCE_END.search(content) and not re.search(r"\d", content)


def _normalise(line: str) -> str:
    return " ".join(line.split()).casefold()


def _body_line_indexes(lines: list[Line]) -> set[int]:
    first = next((i for i, line in enumerate(lines) if line.kind == "sentence"), None)
    if first is None:
        return {i for i, line in enumerate(lines) if line.kind in ("heading", "sentence")}
    stop = next(
        (i for i in range(first + 1, len(lines)) if lines[i].kind == "end" or _opens_comments(lines, i)),
        len(lines),
    )
    keep = {i for i in range(first, stop) if lines[i].kind in ("sentence", "heading")}
    keep |= _title_lines(lines, first)
    keep -= _repeats(lines, keep)
    keep -= _trailing_headings(lines, keep)
    return keep


def _opens_comments(lines: list[Line], index: int) -> bool:
    """An indented item whose next lines are indented deeper (the reply text) opens a comment thread."""
    if not COMMENT_ITEM.match(lines[index].text):
        return False
    following = lines[index + 1 : index + 3]
    indent = _indent(lines[index].text)
    return bool(following) and all(_indent(line.text) > indent for line in following)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _title_lines(lines: list[Line], first: int) -> set[int]:
    """The headline (and subtitle) just before the first sentence, skipping widgets between."""
    titles: set[int] = set()
    for i in range(first - 1, -1, -1):
        if lines[i].kind == "heading":
            titles.add(i)
            if len(titles) == TITLE_LINES:
                break
        elif lines[i].kind == "end":
            break
    return titles


def _repeats(lines: list[Line], keep: set[int]) -> set[int]:
    """Lines repeated verbatim: later copies always go; short repeats (captions) go everywhere,
    except the headline at the top, which pages often repeat above a photo."""
    order = sorted(keep)
    headline = order[0] if order and lines[order[0]].kind == "heading" else None
    seen: dict[str, int] = {}
    drop: set[int] = set()
    for i in order:
        key = _normalise(lines[i].text)
        first = seen.setdefault(key, i)
        if first == i:
            continue
        drop.add(i)
        if first != headline and len(WORD.findall(key)) < SHORT_REPEAT_WORDS:
            drop.add(first)
    return drop


def _trailing_headings(lines: list[Line], keep: set[int]) -> set[int]:
    """Headings after the last sentence are related-article links: an article ends with a sentence."""
    last_sentence = max((i for i in keep if lines[i].kind == "sentence"), default=None)
    if last_sentence is None:
        return set()
    return {i for i in keep if i > last_sentence}


def _regions(text: str, lines: list[Line], keep: set[int]) -> list[tuple[int, int]]:
    """Join kept lines into ranges; a range runs up to the next dropped line (or the end of text)."""
    regions: list[tuple[int, int]] = []
    start: int | None = None
    for i, line in enumerate(lines):
        if i in keep and start is None:
            start = line.start
        elif i not in keep and start is not None:
            regions.append((start, line.start))
            start = None
    if start is not None:
        regions.append((start, len(text)))
    return regions


WRAP_MIN, WRAP_MAX = 40, 100
"""Lengths of the lines of hard-wrapped text (wire copy, e-mail, plain-text archives)."""

WRAPPED_SHARE = 0.8
"""A text is hard-wrapped when this share of its lines that run on into another line are of wrap length."""

MIN_WRAPPED_LINES = 3
SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", ":")


def is_hard_wrapped(text: str) -> bool:
    """True when the text's paragraphs are broken into lines of similar length at a fixed width,
    mostly in mid-sentence (text with one sentence or headline a line is not)."""
    lines = text.split("\n")
    running = [a.rstrip() for a, b in zip(lines, lines[1:]) if a.strip() and b.strip()]
    if len(running) < MIN_WRAPPED_LINES or max(len(line.rstrip()) for line in lines) > WRAP_MAX + 10:
        return False
    wrapped = sum(WRAP_MIN <= len(line) <= WRAP_MAX for line in running)
    ended = sum(line.endswith(SENTENCE_ENDS) for line in running)
    return wrapped >= WRAPPED_SHARE * len(running) and ended < WRAPPED_SHARE * len(running) / 2


def unwrap(text: str) -> str:
    """Hard-wrapped text with the line breaks inside paragraphs turned into spaces (same length,
    so offsets still hold); blank lines between paragraphs stay. Other text is returned as is."""
    if not is_hard_wrapped(text):
        return text
    return re.sub(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)", lambda m: " " * len(m.group(0)), text)


EDITORIAL_WORDS = frozenset(
    "text passage passages omitted indistinct word words continued begin end recording recordings reporter "
    "report communique excerpt excerpts speech signed changes thought question questions statement commentary "
    "as heard moderator article applause laughter interview announcer dispatch editorial video translated "
    "unidentified speaker inaudible sentence sentences garbled break in transmission".split()
)
"""Words of a transcriber's or editor's note in brackets ('[passage omitted]', '[words indistinct]',
'[begin recording]'): the note tells how the text was taken down, it is no part of what was said."""

BRACKET_NOTE = re.compile(r"\[([^\[\]\n]{1,200})\]")
NOTE_OPENS = re.compile(r"(?:\n[ \t]*\n|[.!?:;\"'-]|\])[ \t\n]*\Z")
"""What stands before a bracket that opens a passage instead of glossing the word before it: the
start of the text or of a paragraph, the end of a sentence, a dash (a wire dateline's '--') or
another bracket ('[TEXT] [CONTINUED]', '[REPORTER] ...', '[GONZALEZ] ...' speaker labels)."""


def blank_editorial_notes(text: str) -> str:
    """`text` with editorial brackets blanked by spaces (same length, so offsets hold).

    Transcribed broadcasts and translated wire copy put the editor's notes in square brackets:
    how the text was taken down ('[passage omitted]', '[words indistinct]', '[begin recording]')
    and who speaks ('[reporter]', a speaker's name opening a paragraph). Such a note is no part of
    any sentence, yet a sentence splitter cuts at its brackets and a tagger reads its words as a
    noun phrase. A note is a bracket made of editorial words, or any bracket that opens a passage
    (see `NOTE_OPENS`). A bracket right after a word glosses it ('the FMLN [Farabundo Marti ...]',
    a translator's expansion): it stays, written as the parenthesis it is, which the sentence
    splitter reads inside the sentence.
    """
    if "[" not in text:
        return text
    chars = list(text)
    for match in BRACKET_NOTE.finditer(text):
        words = re.findall(r"[a-z]+", match.group(1).lower())
        before = ("\n\n" if match.start() <= 40 else "") + text[max(0, match.start() - 40):match.start()]
        if (words and all(w in EDITORIAL_WORDS for w in words)) or NOTE_OPENS.search(before):
            chars[match.start():match.end()] = " " * (match.end() - match.start())
        else:
            chars[match.start()], chars[match.end() - 1] = "(", ")"
    return "".join(chars)
