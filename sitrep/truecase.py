"""Truecasing of all-caps wire copy, so the tagger and NER read it as ordinary English.

spaCy's statistical models lean on capital letters: on UPPERCASE text every word looks like a
proper noun. An all-caps document is lowered, sentence openings get their capital back, and a
first parse of that lowered text says which words are names (proper-noun tags and named
entities); those get a capital letter, short acronyms stay upper case. The result has exactly
the original length, character for character, so every offset still points into the original.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

MIN_LETTERS = 40
"""Texts with fewer cased letters than this are never judged all-caps (a headline, a code)."""

UPPER_SHARE = 0.9
"""A text is all-caps when at least this share of its cased letters are capitals."""

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
"""Entity labels whose words are names and keep a capital letter."""

SPREAD_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP"})
"""Entity labels whose words are names wherever they recur in the document (not ORG, whose
words are often common nouns: 'army', 'security')."""

PROPER_TAGS = frozenset({"NNP", "NNPS"})

SENTENCE_START = re.compile(r"(?:^|[.!?]['\")\]]*\s+|\n\s*\n\s*[\"']?|\]\s+|--\s+)([a-z])")
"""A lower-case letter that opens a sentence: text start, after final punctuation, a blank line,
a closing bracket (wire slugs like '[TEXT]') or a wire dateline's dash ('LIMA, 3 JAN 90 -- the')."""

_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
          r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)")
MONTH_IN_DATE = re.compile(rf"(?<=\d )({_MONTH})\b|\b({_MONTH})(?= \d)")
"""A month name next to a day or year ('5 may 90', 'may 5'): English always capitalises it, and
lowered, 'may' and 'march' read as a verb."""

ACRONYM_CONTEXT = re.compile(r"[(\[]\s*([A-Z][A-Z0-9.\-]{1,7})\s*[,;)\]]")
"""An acronym given in parentheses or brackets after a full name: '... LIBERATION FRONT (NLF)'."""

FUNCTION_WORDS = frozenset(
    "a an the of in on at to for by with from and or but as that this these those is was were are be been "
    "has have had he she it they we you his her its their our who which what when where said says "
    "today yesterday tomorrow".split()
)
"""Words the lowered parse may mis-tag as names; they stay lower case unless opening a sentence."""


TITLES = frozenset(
    "president vice mr mrs ms dr general gen colonel col captain capt lieutenant lt major maj sergeant sgt "
    "mayor governor minister senator deputy judge father priest bishop archbishop monsignor msgr commander "
    "attorney ambassador professor journalist director chief brigadier candidate leader sheikh imam pastor "
    "reverend rev spokesman spokeswoman".split()
)
"""Titles that precede a person's name: the words after one are a name."""

NAME_AFTER_TITLE = 3
"""Most words of a name taken after a title ('colonel john peter smith')."""

NOT_NAME_TAGS = frozenset({"IN", "DT", "CC", "TO", "MD", "PRP", "PRP$", "WDT", "WP", "RB", "CD", "POS", "VB", "VBD",
                           "VBG", "VBN"})
"""Tags that end a name after a title (not VBZ or VBP: lowered names ending in -s or -o get those)."""


class AllCapsCopy(str):
    """Text read from all-caps copy (lowered, or truecased): `nlp` tags it with the model's own tagger."""


def is_all_caps(text: str) -> bool:
    """True when the text is (nearly) all capitals, like 1980s wire copy, and long enough to tell."""
    lower = sum(map(str.islower, text))
    if lower > len(text) * (1 - UPPER_SHARE):
        return False
    upper = sum(map(str.isupper, text))
    return upper + lower >= MIN_LETTERS and upper >= UPPER_SHARE * (upper + lower)


def lowered(text: str) -> str:
    """The text in lower case with sentence openings and the months of dates capitalised, at
    exactly the original length."""
    chars = [c.lower() if len(c.lower()) == 1 else c for c in text]
    for match in SENTENCE_START.finditer("".join(chars)):
        chars[match.start(1)] = chars[match.start(1)].upper()
    for match in MONTH_IN_DATE.finditer("".join(chars)):
        group = 1 if match.group(1) else 2
        chars[match.start(group)] = chars[match.start(group)].upper()
    return "".join(chars)


def acronyms(text: str) -> frozenset[str]:
    """Acronyms the original text spells out in brackets, which stay upper case everywhere."""
    return frozenset(m.group(1) for m in ACRONYM_CONTEXT.finditer(text))


def restore_names(original: str, lower: str, doc: "Doc") -> str:
    """Capitalise the words a parse of the lowered text takes for names; acronyms back in capitals."""
    chars = list(lower)
    keep_upper = acronyms(original)
    named = {i for ent in doc.ents if ent.label_ in NAME_LABELS for i in range(ent.start, ent.end)}
    names = {doc[i].lower_ for ent in doc.ents if ent.label_ in SPREAD_LABELS for i in range(ent.start, ent.end)}
    names |= {t.lower_ for t in doc if t.tag_ in PROPER_TAGS and not t.is_sent_start}
    names -= FUNCTION_WORDS
    named |= _after_titles(doc)
    for token in doc:
        word = token.text
        if not word[:1].isalpha():
            continue
        source = original[token.idx : token.idx + len(word)]
        if source in keep_upper:
            chars[token.idx : token.idx + len(word)] = source
        elif (token.i in named or token.lower_ in names) and token.lower_ not in FUNCTION_WORDS:
            chars[token.idx] = chars[token.idx].upper()
    return "".join(chars)


def _after_titles(doc: "Doc") -> set[int]:
    """Indexes of the tokens that follow a title as a name ('mayor roberto alvarenga')."""
    found: set[int] = set()
    for token in doc:
        if token.lower_.rstrip(".") not in TITLES:
            continue
        for follower in doc[token.i + 1 : token.i + 1 + NAME_AFTER_TITLE]:
            if (not follower.is_alpha or follower.tag_ in NOT_NAME_TAGS or follower.lower_ in FUNCTION_WORDS
                    or follower.lower_.rstrip(".") in TITLES):
                break
            found.add(follower.i)
    return found


def truecase(text: str, parse) -> str:
    """`text` with ordinary casing when it is all caps (else unchanged); `parse` is the spaCy parser."""
    if not is_all_caps(text):
        return text
    lower = AllCapsCopy(lowered(text))
    return AllCapsCopy(restore_names(text, lower, parse(lower)))
