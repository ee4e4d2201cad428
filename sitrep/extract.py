"""Events from one document: find event sentences, merge those about one ACLED unit, fill every field.

The stage composes the others: `classify` says what a sentence reports, `actors`, `dates`,
`casualties`, `weapons` and `geo` find who, when, how many, with what and where. Every value an
event carries comes from a sentence listed in its evidence; what no sentence supports stays null.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from sitrep import (actors, calibration, casualties, classify, clean, countries, dates, demonstrations, event_places,
                    geo, nlp, notes, relevance, responsibility, roles, sides, taxonomy, truecase)
from sitrep.arguments import find_arguments, fullest_names
from sitrep.errors import InputError
from sitrep.gazetteer import name_key
from sitrep.grouping import (AFTER_THE_FACT, ATTACKER_TYPES, BACKGROUND_CUE, COMPARED_EVENT, COURT_ACT, LEAD_DAYS,
                             OPENING_PLACE, dated, group, is_context, is_point, mark_list_items, tells_event)
from sitrep.schema import (
    DATELINE_NOTE,
    ActorMention,
    Argument,
    DateMention,
    Document,
    Draft,
    Event,
    Evidence,
    Location,
    Sentence,
    SourceRef,
    Span,
    Toponym,
)
from sitrep.taxonomy import EventType, SubEventType

if TYPE_CHECKING:
    from spacy.tokens import Doc


SPOKEN_ON = re.compile(
    r"\b(?:(?:said|says|told|reported|announced|added|stated|confirmed|claimed|denied|tweeted|wrote)"
    r"(?:\s+(?:in|on)\s+(?:a|an|its|their)\s+(?:statement|interview|post|briefing)(?:\s+\w+){0,4})?"
    r"|(?:told|informed|briefed|spoke\s+to)\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?"
    r"(?:reporters|journalists|us|(?:the\s+)?press|media|(?-i:[A-Z][\w.-]+)"
    r"|inquiry|court|committee|hearing|tribunal|commission|panel|judges?)"
    r"|(?:given|issued|released|published)\s+by\s+(?:[\w.'\u2019-]+\s+){0,3}?[\w.'\u2019-]+)\s+$",
    re.IGNORECASE)
"""'..., officials said on Tuesday', 'residents told reporters on Wednesday': the day something was said (a verb of
saying, with the listener it was told to), not the day it happened; so is the day a witness told a court or an
inquiry ('two soldiers told a public inquiry on Wednesday that ... last year'), whose hearing retells a past event;
and so is the day a source gave a figure ('raising a toll of nine given by security sources on Monday'): a report's
day, not the act's."""

CLAIMED_ON = re.compile(
    r"\b(?:claimed|denied)(?:\s+responsibility\s+for)?\s+(?:the|its|their|this|that)\s+(?:\w+\s+){0,2}"
    r"(?:attacks?|raids?|ambush(?:es)?|bombings?|blasts?|killings?|strikes?|abductions?|kidnappings?|assaults?)\s+$",
    re.IGNORECASE)
"""'The group claimed the attack on Tuesday': the day a group claimed or denied an act it names, not the act's day
(an armed group's claim comes after the act, often a day or more later)."""

TOLL_ROSE_ON = re.compile(
    r"\b(?:(?:rose|risen|climbed|increased|jumped|reached)\s+to\s+[\w,]+(?:\s+\w+){0,3}?"
    r"|died\s+(?:of\s+(?:his|her|their)\s+(?:wounds|injuries)|in\s+(?:the\s+)?hospital))\s+$", re.IGNORECASE)
"""'The toll from Sunday's attack rose to three on Tuesday', 'a man hurt in Sunday's blast died of his wounds on
Tuesday': the day a toll rose or a wounded victim died is a later day of the event's story, not the event's own day,
which the sentence names beside it (`_sentences` drops the later day only where another day is named)."""

CAUSE_BEFORE = re.compile(r"\b(?:after|following|because\s+of)\b[^,;:.]{0,80}$", re.IGNORECASE)
"""'threw stones at the police station on Monday morning ... after a driver died in a police cell overnight': a day in
a clause of what came before and caused the act is that earlier act's day; a sentence that also names another day is
dated by its main act (`_sentences` drops the cause's day only where another day is named)."""

SUPERSEDED = re.compile(
    r"\b(?:rais\w+|revis\w+|correct\w+|updat\w+|lower\w+|up\s+from|down\s+from)\s+(?:(?:an?|the|its|their)\s+)?"
    r"(?:(?:earlier|previous|initial|first)\s+)?(?:(?:death\s+)?(?:toll|figure|count|tally)\s+(?:of\s+)?)?$",
    re.IGNORECASE)
"""'killing 14 soldiers, the army said on Tuesday, raising a toll of nine given by security sources on Monday', 'up
from six': the figure a source raised, revised or corrected is superseded by the one the sentence tells; like an
earlier report's (grouping.EARLIER_REPORT), it is no toll (`_sentences` leaves it out)."""

NO_FIGURE = re.compile(r"\b(?:(?:gave|giving|gives|provided|offered|released)\s+no|without\s+(?:a|any))\s+"
                       r"(?:precise\s+|exact\s+)?"
                       r"(?:figures?|numbers?|toll|count|breakdown)\b", re.IGNORECASE)
VAGUE_COUNT = re.compile(r"\W*(?:dozens|scores|hundreds|several|many|numerous|a\s+number)\b", re.IGNORECASE)
"""'It said "dozens of terrorists" had been killed but gave no figure': a count in words of no number, told by a source
that the sentence says gave no figure, is no toll (`_sentences` leaves it out)."""

SENT_FROM = re.compile(r"\b(?:sent|dispatched|flown|rushed|deployed|brought)\s+(?:in\s+)?from\s+(?:the\s+)?$",
                       re.IGNORECASE)
"""'air support had been sent from Niamey': where help or forces came from is their origin, not where the event was;
the sentence is no event of that place (`_sentences` leaves the place out)."""

ENDED_BY = re.compile(r"\b(?:before|until|till)\s+(?:[\w-]+\s+){1,5}?(?:regained|restored|retook|took\s+control"
                      r"|brought\s+(?:it|the\s+\w+)\s+under\s+control|intervened|stepped\s+in|separated|quelled)\b"
                      r"[^,;:.]{0,60}$", re.IGNORECASE)
"""'Six inmates were killed ... before soldiers and police regained control early on Saturday': a day in a clause
opened by 'before' or 'until' in which others end the act (regained control, intervened, separated the sides) is when
it ended; the act happened before it, and keeps the day told before it (`_sentences` drops the ending's day)."""

SAME_DAY = re.compile(r"(?:(?:earlier|later)\s+(?:on|in)\s+the\s+day|(?:earlier|later)\s+that\s+day|that\s+day|the\s+same\s+day)",
                      re.IGNORECASE)
"""A day told relative to the event just dated, not to the publication date."""

HABITUAL = re.compile(
    r"\b(?:in an? (?:typical|normal|average|ordinary) (?:day|week|month|year)|every (?:day|week|month|night|year)"
    r"|each (?:day|week|month|night)|routinely|habitually|usually|typically|day after day|week after week|almost daily"
    r"|on a daily basis|on a weekly basis|(?:have|has)\s+at\s+times|from\s+time\s+to\s+time|every\s+so\s+often"
    r"|now\s+and\s+(?:then|again))\b", re.IGNORECASE)
"""Words of what happens again and again ('where troops have at times exchanged fire with smugglers'): a pattern the
article describes, not a dated event."""


CONTINUATION_CUE = re.compile(r"^\W*(?:also|then|later|afterwards|subsequently"
                              r"|that\s+(?:day|week|month|year|spring|summer|autumn|winter)|at\s+the\s+time)\b"
                              r"|\balso\b", re.IGNORECASE)
"""A paragraph that goes on from the last one's date ('... few want to talk about May 2022. // That month, security
forces launched ...'): its sentences share that date, told before it, not the publication's."""

HEADLINE_ENDINGS = (".", "!", "?", '"', "\u201d", ":", ";", ",")


COMPARISON_SPAN = re.compile(r"^(?:this|last|the\s+past)\s+(?:year|month|week|decade)$|^since\b|^in\s+(?:years|decades"
                             r"|a\s+decade|\w+\s+years)$", re.IGNORECASE)
"""The spans a ranking is told over ('this year', 'since 2019', 'in a decade')."""


ATTRIBUTION = re.compile(r"\b(?:attribut\w*|blam\w*|claim\w* (?:of )?responsibility|responsib\w+ for|accus\w*"
                         r"|claim\w* credit|perpetrat\w*)\b", re.IGNORECASE)
"""Sentences that say who carried out violence the article reports."""


NON_STATE_INTERS = frozenset({2, 3})
"""Inter codes of rebel groups and political militias: the groups violence is attributed to."""


HARM_OUTRANKS = {SubEventType.ABDUCTION_FORCED_DISAPPEARANCE: ("killed", "injured"),
                 SubEventType.LOOTING_PROPERTY_DESTRUCTION: ("killed", "injured"), SubEventType.ARRESTS: ("killed",)}
"""Sub-types that become an attack when people are harmed in them this way (ACLED: harm to people comes first)."""


def extract_document(document: Document, parsed: "Doc | None" = None, *, calibrated: bool = True) -> list[Event]:
    """Code the events one article reports, each backed by the sentences it rests on.

    `parsed` is the spaCy parse of `analysed_text(document)` when the caller parsed in batches;
    `calibrated` False keeps the raw confidence scores (what scripts/fit_calibration.py fits on).
    """
    if document.language and document.language != "en":
        raise InputError(
            f"document {document.id} looks like language '{document.language}'; sitrep codes English text",
            hint="translate it first, or pass it as English text if the detection is wrong",
        )
    regions = _regions(document)
    if not regions:
        return []
    masked = analysed_text(document)
    if parsed is None or nlp.text_of(parsed) != masked:
        parsed = nlp.segment(masked)
    if not may_report_events(document, parsed):
        return []
    parsed = nlp.annotate(parsed)
    toponyms = geo.geoparse(masked, doc=parsed, regions=regions, country_hint=document.country)
    for toponym in toponyms:
        toponym.text = document.text[toponym.start : toponym.end]
    sentences = _sentences(document, parsed, regions, toponyms)
    if not sentences:
        return []
    country = _main_country(toponyms, document.country)
    for index, sentence in enumerate(sentences):
        sentence.actors = [m for m in actors.find_actors(sentence.text, offset=sentence.start, country=country)
                           if not _quoted_crowd_label(document.text, m)]
        previous = " ".join(s.layout for s in sentences[:index] if s.paragraph == sentence.paragraph)
        armed = any(m.inter in actors.ARMED_INTERS for m in sentence.actors)
        following = next((s.layout for s in sentences[index + 1:index + 2] if s.paragraph == sentence.paragraph), "")
        told = tells_event(sentence.types)
        violence_told = any(relevance.tells_violence(s.types) for s in sentences[:index])
        sentence.types = relevance.relevant_types(sentence.layout, sentence.types, previous, armed, following,
                                                  violence_told)
        sentence.own_story = (told and not tells_event(sentence.types)) or relevance.accidental_harm(sentence.layout)
    mark_list_items(document.text, sentences)
    sides.link_sides(document, sentences, country)
    lead_date = _lead_date(sentences, document.published)
    drafts = group(sentences, lead_date)
    events = [_fill(document, draft, toponyms, country, lead_date) for draft in drafts]
    denied = _attribute(events, sentences, country)
    _add_responsible_groups(events, sentences, denied)
    _favour_the_lead(events, sentences)
    arguments = [argument for event in events for argument in event.arguments]
    fullest_names(arguments, [a.person for a in arguments if a.person] + _person_names(document, parsed))
    events = _deduplicate(events)
    if calibrated:
        for event in events:
            event.confidence = calibration.calibrate(event.confidence, "rules")
    return events


def _quoted_crowd_label(text: str, mention: ActorMention) -> bool:
    """Whether a mention is a word for a crowd in quotation marks ('state media blamed "rioters"'): the label a party to
    the story gave, not the report's own naming of a side, so it names no rioters or protesters of the event."""
    return mention.inter in (5, 6, 7) and classify.in_quotation_marks(text, mention.start, mention.end)


def _person_names(document: Document, parsed: "Doc") -> list[str]:
    """Every person the document names, as written in the document (spaCy's PERSON entities)."""
    return [document.text[ent.start_char:ent.end_char] for ent in parsed.ents if ent.label_ == "PERSON"]


LEAD_PARAGRAPHS = 2


def _lead_date(sentences: list[Sentence], published: dt.date | None) -> DateMention | None:
    """The day the article's news happened: the first exact date in its opening paragraphs (a
    dateline's only when they give no other), within a week before publication. Events the article
    tells without a date of their own share it, as a coder reading "police fired tear gas in the capital
    on Tuesday ... In Eastport, police opened fire" does."""
    if published is None:
        return None
    first = sentences[0].paragraph
    found = [mention for sentence in sentences if sentence.paragraph - first < LEAD_PARAGRAPHS
             for mention in sentence.dates
             if mention.precision == 1 and mention.date_start is not None
             and published - dt.timedelta(days=LEAD_DAYS) <= mention.date_start <= published]
    return next((m for m in found if m.note != DATELINE_NOTE), found[0] if found else None)


def _attribute(events: list[Event], sentences: list[Sentence], country: str | None) -> set[tuple[int, int]]:
    """Claims of responsibility, blame, suspicion and denial go to the violent event they refer to
    (`sitrep.responsibility`); returns the spans of groups that denied a deed. A denial spoken by "the group" is the
    denial of the group last blamed, claimed or suspected, else of the armed side named before it (`GROUP_CLAIMANT`,
    `sides.named_doer_before`): "Police blamed X. The group denied it." """
    denied: set[tuple[int, int]] = set()
    blamed: str | None = None
    for index, sentence in enumerate(sentences):
        found = responsibility.find_attributions(sentence.text, sentence.actors, sentence.claimant, sentence.start, country)
        for attribution in found:
            claim = attribution.claim
            if claim.claim_type == responsibility.DENIAL and claim.claimant_actor is None and claim.claimant \
                    and GROUP_CLAIMANT.fullmatch(claim.claimant):
                side = blamed or getattr(sides.named_doer_before(sentences, index), "name", None)
                if side:
                    claim.claimant_actor = claim.responsible_actor = attribution.actor.name = side
        blamed = next((a.actor.name for a in reversed(found) if a.claim.claim_type in responsibility.NAMING_TYPES
                       and a.actor.inter in (2, 3, 4)), blamed)
        denied.update((a.actor.start, a.actor.end) for a in found if a.claim.claim_type == responsibility.DENIAL)
        paragraph = [s.start for s in sentences if s.paragraph == sentence.paragraph]
        event = responsibility.target_event(events, sentence.start, paragraph) if found else None
        if event is not None:
            responsibility.apply_attributions(event, found)
            event.notes = notes.event_notes(event)
    return denied


def _add_responsible_groups(events: list[Event], sentences: list[Sentence], denied: set[tuple[int, int]]) -> None:
    """Rebel groups the article holds responsible ('the army blamed the ELN') are attackers of its
    acts of violence whose own sentences name no organisation as attacker; a group that denies the
    deed is not (ACLED never names a group on its own denial)."""
    claimed = [m for s in sentences if ATTRIBUTION.search(s.text) for m in s.actors
               if m.organization and m.inter in NON_STATE_INTERS and (m.start, m.end) not in denied]
    for event in events:
        if event.event_type in ATTACKER_TYPES and not any(a.role == "attacker" and a.organization
                                                          for a in event.arguments):
            event.arguments.extend(Argument("attacker", m.text, m.start, m.end, True) for m in claimed)


def _regions(document: Document) -> list[tuple[int, int]]:
    regions = document.body if document.body is not None else [(0, len(document.text))]
    return [(start, end) for start, end in regions if end > start]


def analysed_text(document: Document) -> str:
    """The text spaCy reads: everything outside the body blanked, hard-wrapped lines joined,
    all-caps wire copy truecased and editorial notes in brackets blanked ('[passage omitted]',
    `clean.blank_editorial_notes`), so offsets still match the original."""
    regions = tuple(_regions(document))
    if len(document.text) > nlp.CHUNK_CHARS:
        return _analyse(document.text, regions)
    return _analysed_short_text(document.text, regions)


@functools.lru_cache(maxsize=2 * nlp.BATCH_SIZE)
def _analysed_short_text(text: str, regions: tuple[tuple[int, int], ...]) -> str:
    """`analysed_text` of the last batch's short documents, kept: a batch works it out before
    parsing and `extract_document` again to check the parse, and truecasing all-caps copy costs a
    parse of its own (long texts are not kept, so the cache stays small)."""
    return _analyse(text, regions)


def _analyse(text: str, regions: tuple[tuple[int, int], ...]) -> str:
    chars = [c if c == "\n" else " " for c in text]
    for start, end in regions:
        chars[start:end] = text[start:end]
    return truecase.truecase(clean.blank_editorial_notes(clean.unwrap("".join(chars))), nlp.parse)


def _sentences(
    document: Document, parsed, regions: list[tuple[int, int]], toponyms: list[Toponym]
) -> list[Sentence]:
    """Body sentences (split at line breaks too: headlines and captions are their own lines), with
    their dates, casualties, claimants and places; a wire dateline's place is the report's, and its
    date yields to any other the sentence gives. A river's or stadium's name, a place after 'fans of', a namesake
    abroad of a part of a town, where a speaker spoke or a state standing for its government (`event_places.named_as_no_place`)
    is no place of the sentence, so it moves no sentence to another event.

    Lines are those of the text spaCy read, where hard-wrapped paragraphs are joined; a sentence
    that ran over wrapped lines has spaces for their line breaks in its `text`.
    """
    text = document.text
    body_start = regions[0][0] if regions else 0
    found = dates.lead_dateline_span(text[body_start:])
    dateline = (body_start + found.start, body_start + found.end) if found else None
    country = _main_country(toponyms, document.country)
    result: list[Sentence] = []
    claimant: str | None = None
    for sentence in _body_sentences(document, parsed, regions):
        start, end = sentence.start, sentence.end
        sentence.dates = [d for d in dates.find_dates(sentence.text, document.published, offset=start)
                          if not SPOKEN_ON.search(text, max(0, d.start - 60), d.start)
                          and not CLAIMED_ON.search(text, max(0, d.start - 60), d.start)]
        if len(sentence.dates) > 1:
            sentence.dates = [d for d in sentence.dates if not TOLL_ROSE_ON.search(text, max(0, d.start - 60), d.start)]
        if len(sentence.dates) > 1:
            kept = [d for d in sentence.dates if not CAUSE_BEFORE.search(text, max(0, d.start - 90), d.start)]
            sentence.dates = kept or sentence.dates
        if COMPARED_EVENT.search(sentence.text):
            sentence.dates = [d for d in sentence.dates if not COMPARISON_SPAN.match(d.text.strip())]
        sentence.dates = [d for d in sentence.dates if not ENDED_BY.search(text, max(0, d.start - 90), d.start)]
        if COURT_ACT.search(sentence.text) and BACKGROUND_CUE.search(sentence.text):
            sentence.dates = [d for d in sentence.dates if not WEEKDAY.search(d.text)] or sentence.dates
        for mention in sentence.dates:
            if _in_span(mention.start, dateline):
                mention.note = DATELINE_NOTE
        sentence.dates = _recalled_dates_left_out(sentence.dates, document.published)
        sentence.dates = [d for d in sentence.dates if not _apposition_since(text, d)
                          and not _dates_a_describing_clause(sentence, d, document.published)]
        sentence.types = _sentence_types(sentence, _demonstration_told(result, sentence))
        sentence.casualties = [m for m in casualties.find_casualties(sentence.text, offset=start)
                               if not SUPERSEDED.search(text, max(0, m.start - 60), m.start)
                               and not (NO_FIGURE.search(sentence.text) and VAGUE_COUNT.match(m.text))]
        sentence.claimant = casualties.find_claimant(sentence.text, offset=start, previous=claimant)
        sentence.clause_sources = casualties.clause_sources(sentence.text, offset=start)
        if sentence.claimant:
            claimant = sentence.claimant[0]
        sentence.toponyms = [t for t in toponyms if start <= t.start and t.end <= end
                             and not roles.sentence.in_claimant(t, sentence)
                             and not _in_span(t.start, dateline) and not event_places.named_as_no_place(text, t, country)
                             and not SENT_FROM.search(text, max(0, t.start - 50), t.start)]
        result.append(sentence)
    _same_weekday_again(result, document.published)
    _inherit_dates(result)
    _inherit_places(result)
    return result


WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE)
LAST_WEEKDAY = re.compile(r"\blast\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE)



def _same_weekday_again(sentences: list[Sentence], published: dt.date | None) -> None:
    """'Last Thursday, one of his patrols fought a gun battle ... A patrol was checking a trail ... on Thursday
    morning': a writer who has dated an event 'last Thursday' names the same day again as plain 'Thursday', which,
    in a report published on a Thursday, would otherwise read as the day of publication. Once the article has said
    'last <weekday>', a later bare mention of that weekday that falls on the publication day is that earlier day."""
    if published is None:
        return
    earlier: dict[str, DateMention] = {}
    for sentence in sentences:
        for mention in sentence.dates:
            last = LAST_WEEKDAY.search(mention.text)
            named = WEEKDAY.search(mention.text)
            if last is not None and mention.date_start is not None:
                earlier.setdefault(last.group(1).lower(), mention)
            elif named is not None and mention.date_start == published and mention.date_end == published:
                first = earlier.get(named.group(1).lower())
                if first is not None:
                    mention.date_start, mention.date_end = first.date_start, first.date_end
                    mention.note = f"the day of {first.text!r}"


def _inherit_places(sentences: list[Sentence]) -> None:
    """A paragraph that opens on a town ('In Shymkent, several hundred people ... gathered', a roundup's 'OYEM: About
    a hundred young men ...') moves the story there: its later sentences that name no place of their own are told
    there (`paragraph_place`), so they do not join an event told at another town before."""
    opening: Toponym | None = None
    paragraph = -1
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            paragraph = sentence.paragraph
            head = len(OPENING_PLACE.match(sentence.text)[0])
            opening = next((t for t in sentence.toponyms if t.kind == "place" and t.latitude is not None
                            and t.start == sentence.start + head and is_point(t)), None)
            continue
        if opening is not None and not any(t.kind == "place" for t in sentence.toponyms):
            sentence.paragraph_place = opening


def _body_sentences(document: Document, parsed, regions: list[tuple[int, int]]) -> Iterator[Sentence]:
    """The body's sentences as spaCy split them, cut at line breaks, headlines left out, with
    their paragraph numbers (nothing else filled in yet)."""
    text = document.text
    layout = nlp.text_of(parsed)
    paragraph = 0
    last_end = 0
    for sent in _whole_sentences(parsed):
        for start, end in _split_lines(layout, sent.start_char, sent.end_char):
            if not any(rs <= start and end <= re_ for rs, re_ in regions):
                continue
            if _is_headline(layout, start, end):
                continue
            if "\n\n" in layout[last_end:start] or (last_end and "\n" in layout[last_end:start]):
                paragraph += 1
            last_end = end
            sentence = Sentence(start, end, text[start:end].replace("\n", " "), paragraph)
            sentence.span = sent
            sentence.layout = layout[start:end].replace("\n", " ")
            yield sentence


TITLE_AT_END = re.compile(r"(?<![\w.])(?:Sgt|Brig|Gen|Col|Lt|Capt|Maj|Cpl|Pvt|Supt|Insp|Cmdr|Adm|Gov|Sen|Rep|Dr|Mr"
                          r"|Mrs|Ms|Prof|Rev|Hon)\.$")
"""A rank or title cut off from the name it stands before ('The guard killed on Monday, Sgt.' | 'Mohamed Ali Jlassi, 29,
will be buried'): the sentence splitter read its full stop as a sentence end."""


def _whole_sentences(parsed) -> Iterator:
    """The parse's sentences, a sentence the splitter ended at a rank or title (TITLE_AT_END) joined to the next one
    when that goes on, on the same line, with a capitalised name."""
    pending = None
    for sent in parsed.sents:
        if pending is not None:
            gap = parsed.text[pending.end_char:sent.start_char]
            if "\n" not in gap and sent.text[:1].isupper():
                sent = parsed[pending.start:sent.end]
            else:
                yield pending
        pending = None
        if TITLE_AT_END.search(sent.text.rstrip()):
            pending = sent
            continue
        yield sent
    if pending is not None:
        yield pending


NO_ARREST = re.compile(
    r"\b(?:without\s+(?:any\s+)?arrests?|no\s+(?:one|arrests?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)"
    r"(?:\s+(?:made|arrested|detained))?|no\s+arrests?\b"
    r"|nobody\s+(?:was|has\s+been|had\s+been)\s+(?:arrested|detained))",
    re.IGNORECASE)
"""'The gathering ended without arrests', 'No arrests were made', 'nobody had been arrested': an arrest denied, which
tells that no one was taken."""

ARREST_TOLD = re.compile(r"\b(?:arrested|detained|arrests?|detentions?|custody)\b", re.IGNORECASE)
"""The words an arrest is told by."""


def _sentence_types(sentence: Sentence, protest_told: bool = False) -> list[tuple[str, float]]:
    """The event types the classifier reads in a sentence (none in a question); `protest_told` as in
    `classify.classify`. An arrest the sentence denies (NO_ARREST), with no other word of arrest beside it, is no
    Arrests event: the sentence tells that no one was arrested."""
    if _asks(sentence.text):
        return []
    types = classify.classify(sentence.layout, protest_told)
    denied = NO_ARREST.search(sentence.text)
    if denied and not ARREST_TOLD.search(sentence.text[:denied.start()] + sentence.text[denied.end():]):
        types = [(t, score) for t, score in types if t != taxonomy.SubEventType.ARRESTS]
    return types


CROWD_GOES_ON = re.compile(
    r"^\W*(?:(?:then|later|afterwards|meanwhile),?\s+)?(?:some|many|several|most|others|a few|a group|a section"
    r"|a number|hundreds|dozens|scores)\s+of\s+(?:them|the\s+(?:protesters|demonstrators|crowd|marchers))\b",
    re.IGNORECASE)
"""A sentence opening on part of the crowd already told ("Some of them ...", "Later, a group of the protesters ...")."""


def _demonstration_told(before: list[Sentence], sentence: Sentence) -> bool:
    """Whether `sentence` goes on with the crowd of a demonstration told just before: it opens on that crowd as its
    subject (`demonstrations.CROWD_OPENING`: "They ...", "The traders ...", or CROWD_GOES_ON: "Some of them ..."),
    states no date of its own, and the nearest sentence before it that tells an event (in its paragraph or the one before)
    tells a demonstration as its main event. Its crowd's violent acts are then the demonstrators' own ("Residents
    protested over the killing of a youth. They lit bonfires and stoned cars."), so a violent demonstration cue needs
    no protest word of its own there (`classify.RIOT_NEEDS_TOLD_BEFORE`); a sentence on another day, or about others
    ("Unidentified men set fire to three lorries"), is left to its own words."""
    opening = demonstrations.CROWD_OPENING.match(sentence.text) or CROWD_GOES_ON.match(sentence.text)
    if dated(sentence) or not opening:
        return False
    for earlier in reversed(before):
        if sentence.paragraph - earlier.paragraph > 1:
            return False
        if tells_event(earlier.types):
            top = earlier.types[0][0]
            return taxonomy.event_type_of(top) == EventType.PROTESTS or top == SubEventType.VIOLENT_DEMONSTRATION
    return False


def may_report_events(document: Document, parsed: "Doc") -> bool:
    """Whether some body sentence of `parsed` (the text `analysed_text` gives, split into sentences)
    has an event type strong enough to start an event. Every event starts from such a sentence and
    the later stages only ever drop or weaken types, so a document without one codes no events and
    needs neither tags nor entities (most of spaCy's time)."""
    return any(tells_event(types)
               for sentence in _body_sentences(document, parsed, _regions(document))
               for types in [_sentence_types(sentence)])


INTERVIEWER_PROMPT = re.compile(r"^\W*(?:Q|Question)\s*[:.\u2013\u2014-]\s")
"""'Q: There have been reports that border guards fired on migrants.': in a question-and-answer interview the
interviewer's lines, questions or not, put topics and others' claims to the one interviewed; the answers tell what
happened."""


def _asks(text: str) -> bool:
    """A question ('Who planted the bomb?') reports no event: it asks about one told elsewhere; nor does an
    interviewer's prompt (INTERVIEWER_PROMPT)."""
    return text.rstrip(" \"'\u201d\u2019)").endswith("?") or bool(INTERVIEWER_PROMPT.match(text))


def _in_span(position: int, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= position < span[1]


def _is_headline(text: str, start: int, end: int) -> bool:
    """A short line standing alone without final punctuation: a headline or caption, not prose
    (unless it is all the text there is, as in a one-line report or an ACLED-style note)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip()
    alone = not text[:line_start].strip() and not text[line_end:].strip()
    return line == text[start:end] and not alone and len(line.split()) <= 20 and not line.endswith(HEADLINE_ENDINGS)


def _split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-empty stripped lines of text[start:end] as absolute ranges."""
    pieces = []
    position = start
    for line in text[start:end].split("\n"):
        stripped = line.strip()
        if len(stripped) > 2:
            offset = position + line.index(stripped[0])
            pieces.append((offset, offset + len(stripped)))
        position += len(line) + 1
    return pieces


APPOSITION_OPENS = re.compile(r",\s+(?:a|an|which|who|whose)\s+[^,;.]*$", re.IGNORECASE)
"""The opening of an apposition or a non-restrictive relative clause on the noun before it, up to a date inside it
(", a paramilitary force at war with the army since", ", which has fought the army since")."""


APPOSITION_CLOSES = re.compile(
    r"[^,;.]{0,30},\s+(?!(?:when|where|after|before|as|while|which|who|whom|whose|until|till|since|because|though"
    r"|although|if|once)\b)", re.IGNORECASE)
"""The comma that closes an aside on a side and hands back to the main clause ("..., since April 2023, attacked"); not
one that opens a clause of time or a relative on the date itself ("since October, when police tried to arrest him"),
where the date dates that clause's act."""


def _apposition_since(text: str, mention: DateMention) -> bool:
    """Whether a "since" date lies inside an apposition or a non-restrictive clause set off by commas ("The RSF, a force
    at war with the army since April 2023, attacked ..."): "since" dates the start of a state that lasts to now, and the
    aside describes a side, so the date is neither the day of the act the main clause tells nor a sign that the act is
    history (news writes a side's standing description between commas, the news outside them)."""
    if not mention.text.lower().startswith("since"):
        return False
    opened = APPOSITION_OPENS.search(text, max(0, mention.start - 120), mention.start)
    return opened is not None and APPOSITION_CLOSES.match(text, mention.end) is not None


def _dates_a_describing_clause(sentence: Sentence, mention: DateMention, published: dt.date | None) -> bool:
    """Whether a date long past lies inside a relative clause in the perfect or of habit (`classify.TIMED_RELATIVE`:
    'A school that had served as a shelter since 2022 was hit by a missile'): the date belongs to the clause's verb,
    which describes a noun of the sentence, not to the act its main clause tells, so it neither dates nor backdates
    that act."""
    if mention.date_start is None or mention.date_end is None:
        return False
    if not (published is not None and dates.is_background_date(mention, published)
            or (mention.date_end - mention.date_start).days > 62):
        return False
    low, high = mention.start - sentence.start, mention.end - sentence.start
    return classify.timed_clause(sentence.text, low, high) is not None


def _recalled_dates_left_out(mentions: list[DateMention], published: dt.date | None) -> list[DateMention]:
    """A sentence that dates its news to a recent day and also names a day long past ('fighting erupted on
    Saturday, three months after the war began on April 15', 'gunmen killed seven on Sunday, a year after the
    June 5, 2022 massacre') recalls that older day as history: its event is the recent one, so the old day is
    not the sentence's date. A sentence with only old dates keeps them (it tells history), and so does a day in
    apposition to a weekday ('on Monday, 4 August'): that is one date told twice, and the calendar date says more. A
    wire dateline's date is the report's, not its news's, so it recalls nothing ('KATHMANDU, Sept 8 - ... people who
    vanished during the 1996-2006 war' keeps the war's years)."""
    if published is None:
        return mentions
    recent = [m for m in mentions if m.precision == 1 and m.date_start is not None and m.note != DATELINE_NOTE
              and not dates.is_background_date(m, published)]
    return [m for m in mentions if m.date_start is None or not dates.is_background_date(m, published)
            or not recent or any(abs(m.start - r.end) <= 3 or abs(r.start - m.end) <= 3 for r in recent)]


def _inherit_dates(sentences: list[Sentence]) -> None:
    """A sentence without a date of its own shares the last date stated earlier in its paragraph."""
    current: DateMention | None = None
    paragraph = -1
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            paragraph, current = sentence.paragraph, None
            if CONTINUATION_CUE.search(sentence.text) and sentence is not sentences[0]:
                current = _previous_date(sentences, sentence)
        own = [d for d in sentence.dates if d.date_start is not None]
        for mention in own:
            previous = current or _previous_date(sentences, sentence)
            if SAME_DAY.fullmatch(mention.text.strip()) and previous is not None and previous.precision == 1:
                mention.date_start, mention.date_end = previous.date_start, previous.date_end
                mention.note = f"the day of {previous.text!r}"
        if own:
            current = min(own, key=lambda d: (d.precision or 9, -d.start))
        elif current is not None:
            sentence.inherited_date = current


def _previous_date(sentences: list[Sentence], sentence: Sentence) -> DateMention | None:
    index = sentences.index(sentence)
    for earlier in reversed(sentences[:index]):
        if earlier.date is not None:
            return earlier.date
    return None


SOURCE_COUNTRY_VOTE = 1.5
"""The source's country's vote (`_main_country`): more than a demonym, less than a place the text names and the
gazetteer places (2), so a report whose only place lies abroad, and which nothing else ties to the source's country,
is about that place's country (a world desk's or a world export's note, coded with one country for all); with a
place at home as well, the source's country still wins."""


def _main_country(toponyms: list[Toponym], hint: str | None = None) -> str | None:
    """The country the article is mostly about (places count double, demonyms once, the source's
    country `SOURCE_COUNTRY_VOTE`)."""
    votes: Counter[str] = Counter()
    hinted = countries.country_by_code(hint) if hint else None
    if hinted is not None:
        votes[hinted.name] += SOURCE_COUNTRY_VOTE
    for toponym in toponyms:
        if toponym.country:
            votes[toponym.country] += 2 if toponym.kind == "place" else 1
    return votes.most_common(1)[0][0] if votes else None


REBEL_NAMED_ARMY = re.compile(r"\b(?:[Aa]rmy|[Ff]orces?|[Gg]uards?)\b")
"""A state force's word inside a non-state group's name ('Arakan Army', 'Free Syrian Army', 'Rapid Support Forces')."""


def _territory_of_the_taker(sub_type: str, actor1: ActorMention | None, actor2: ActorMention | None) -> str:
    """Codebook: ground taken from state forces by a non-state group is 'Non-state actor overtakes territory'. The cue
    reads the taker's kind from its words, and a rebel group named 'Army' reads as the state ('the Arakan Army
    captured a battalion headquarters'): where the coded taker (actor1) is a non-state group so named and the loser
    (actor2) a state force, or no one named ('the Kachin Independence Army said it captured the town'), the capture
    is the group's."""
    if sub_type != classify.GOV_TERRITORY or not actor1 or not REBEL_NAMED_ARMY.search(actor1.name):
        return sub_type
    return classify.NSA_TERRITORY if actor1.inter in (2, 3, 4) and (actor2 is None or actor2.inter == 1) else sub_type


def _lead_location(text: str, draft: Draft, off_road: list[Toponym]) -> Location | None:
    """Where the event's lead sentence places it; but when the lead names only the country ("an army post in northern
    Benin") and another sentence of the same report names a finer place in that country ("The attack took place at
    the post of X, in the Y department"), the finer place: a news lead places the event broadly for the foreign
    reader and the next sentences say where exactly, and ACLED codes the most specific place a report gives. A lead
    that names only a country across the border ("an army post near the border with Burkina Faso") places the event
    on this side, at the place the report keeps coming back to (`geo.locate_event`)."""
    lead = draft.anchor
    own = [t for t in lead.toponyms if t in off_road]
    at_lead = geo.locate_event(text, [(lead.start, lead.end)], own)
    named = [t for t in own if t.kind == "place"]
    if at_lead is None and named and all(geo.country_elsewhere(text, t) for t in named):
        return geo.locate_event(text, [(lead.start, lead.end)], off_road)
    if at_lead is None or at_lead.location != at_lead.country:
        return at_lead
    others = [(s.start, s.end) for s in draft.sentences if s is not lead]
    home = [t for t in off_road if t.country == at_lead.country and any(low <= t.start < high for low, high in others)]
    told = geo.locate_event(text, others, home) if home else None
    if told is not None and told.location != told.country:
        return told
    return at_lead


def _fill(
    document: Document,
    draft: Draft,
    toponyms: list[Toponym],
    article_country: str | None,
    lead_date: DateMention | None = None,
) -> Event:
    """One Event with every field taken from the draft's sentences (null where they say nothing), placed among the
    places that can be the event's (`event_places.places_of_event`)."""
    sub_type = draft.sub_event_type
    lead = draft.anchor
    roads = [(m.start(), m.end()) for s in draft.sentences
             for m in geo.ROAD_ENDS.finditer(document.text, s.start, s.end)]
    places = event_places.places_of_event(document.text, toponyms, draft, article_country)
    dateline = _dateline_span(document)
    filed_at = [t for t in places if dateline is not None and dateline[0] <= t.start < dateline[1]]
    places = [t for t in places if t not in filed_at]
    off_road = [t for t in places if not any(start <= t.start and t.end <= end for start, end in roads)]
    labels = geo.location_labels(document.text)
    labelled = [t for t in places if any(low <= t.start and t.end <= high for low, high in labels)]
    location = (
        (geo.locate_event(document.text, labels, labelled) if labelled else None)
        or _lead_location(document.text, draft, off_road)
        or _told_where_opened(document.text, draft, places)
        or _filed_at_the_scene(document.text, draft, places, filed_at, article_country)
        or geo.locate_event(document.text, [(s.start, s.end) for s in draft.sentences], off_road)
        or geo.locate_event(document.text, [(s.start, s.end) for s in draft.sentences], places)
        or _filed_from(document, filed_at)
        or (geo.country_location(document.country) if document.country else None)
        or Location()
    )
    country = location.country or article_country

    date_mention = draft.date or (None if _told_as_history(draft) else lead_date)
    event_date, date_start, date_end, precision = dates.event_date(
        [date_mention] if date_mention else [], document.published
    )
    background = _is_background(draft, date_mention, document.published)

    claims = _claims(draft, country)
    ranges_by_kind = casualties.casualty_ranges(claims)
    if any(ranges_by_kind[kind] and ranges_by_kind[kind][1] > 0 for kind in HARM_OUTRANKS.get(sub_type, ())):
        sub_type = SubEventType.ATTACK
    named_in = roles.actor_country(location.country, article_country, draft)
    actor1, actor2, assoc1, assoc2, arguments = _actors(draft, sub_type, named_in)
    sub_type, actor1, actor2 = roles.acled_roles(sub_type, actor1, actor2, draft, named_in)
    sub_type = _territory_of_the_taker(sub_type, actor1, actor2)
    event_type = taxonomy.event_type_of(sub_type)
    fatalities = casualties.acled_fatalities(claims)
    told = [*(s.text for s in draft.sentences), _next_sentence(document.text, draft)]
    if casualties.death_unconfirmed(told, fatalities):
        fatalities = 0
    weapons: list[str] = []
    for sentence in draft.sentences:
        for kind, _ in sentence.weapons:
            if kind not in weapons:
                weapons.append(kind)
    arguments.extend(_place_and_time_arguments(draft, location, date_mention))

    inter1 = actors.acled_inter(actor1, location.country) if actor1 else None
    inter2 = actors.acled_inter(actor2, location.country) if actor2 else None
    evidence = [Evidence(document.id, s.start, s.end, s.text) for s in draft.sentences]
    event = Event(
        event_id=_event_id(document, sub_type, event_date, location, evidence),
        document_id=document.id,
        event_type=str(event_type),  # records carry ACLED's plain strings, never enum members
        sub_event_type=str(sub_type),
        disorder_type=taxonomy.disorder_type(sub_type),
        event_date=event_date,
        date_start=date_start,
        date_end=date_end,
        time_precision=precision,
        actor1=actor1.name if actor1 else None,
        actor2=actor2.name if actor2 else None,
        assoc_actor_1=assoc1,
        assoc_actor_2=assoc2,
        inter1=inter1,
        inter2=inter2,
        interaction=taxonomy.interaction(inter1, inter2),
        civilian_targeting=taxonomy.civilian_targeting(event_type, sub_type, inter2),
        country=location.country,
        iso=location.iso,
        admin1=location.admin1,
        admin2=location.admin2,
        admin3=location.admin3,
        location=location.location,
        latitude=location.latitude,
        longitude=location.longitude,
        geo_precision=location.geo_precision,
        geonameid=location.geonameid,
        fatalities=fatalities,
        casualties=ranges_by_kind,
        claims=claims,
        arguments=arguments,
        weapons=weapons,
        evidence=evidence,
        is_background=background,
        source=document.source,
        sources=[SourceRef(document.id, document.source, document.url,
                           document.published.isoformat() if document.published else None)],
    )
    event.notes = notes.event_notes(event)
    event.confidence = _confidence(draft, event)
    return event



def _dateline_span(document: Document) -> tuple[int, int] | None:
    """Where the wire dateline that opens the body stands ('LIMA, 3 JUN 89 (EFE) --'), found once per event: a
    place named in it is where the report was filed, so it never competes with the places the event's
    sentences name (`_filed_from` uses it only when they name none)."""
    start = document.body[0][0] if document.body else 0
    found = dates.lead_dateline_span(document.text[start:])
    return (start + found.start, start + found.end) if found is not None else None


def _told_where_opened(text: str, draft: Draft, places: list[Toponym]) -> Location | None:
    """Where an event is placed when its sentences name no place but their paragraph opened on a town ('In Shymkent,
    several hundred people ... gathered ... The protesters dispersed after about two hours'): the town the paragraph
    moved the story to (`_inherit_places`)."""
    if any(s.start <= t.start < s.end for s in draft.sentences for t in places):
        return None
    town = next((s.paragraph_place for s in draft.sentences if s.paragraph_place is not None), None)
    return geo.locate_event(text, [(town.start, town.end)], [town]) if town is not None else None


BUREAU_TOWN_POPULATION = 100_000
"""A city this large may hold a news bureau that files on events around it; a smaller town is where the story was."""


def _filed_at_the_scene(text: str, draft: Draft, places: list[Toponym], filed_at: list[Toponym],
                        article_country: str | None) -> Location | None:
    """Where an event is placed when its sentences name no place the gazetteer knows (a village: 'struck the edge of
    Alibayli') and the dateline names a provincial town of the article's country ('TOVUZ, Azerbaijan, March 12 -'):
    a wire desk files from the capital on events anywhere, but a reporter who files from a provincial town went there
    for the story, so the event lies near it (ACLED's 'near' precision). A dateline of a capital, of a province's
    seat or of a city of BUREAU_TOWN_POPULATION or more ('COTONOU -', 'ALMATY, Aug 12') places nothing: wire bureaus
    sit there and file on the whole region."""
    town = next((t for t in filed_at if t.kind == "place" and t.latitude is not None), None)
    if town is None or town.country != article_country or town.feature_code not in geo.POINT_FEATURES \
            or _is_capital(town) or town.feature_code == "PPLA" or (town.population or 0) >= BUREAU_TOWN_POPULATION:
        return None
    if any(s.start <= t.start < s.end for s in draft.sentences for t in places):
        return None
    found = geo.locate_event(text, [(town.start, town.end)], [town])
    if found is not None:
        found.geo_precision = 2
    return found


def _is_capital(town: Toponym) -> bool:
    """Whether a place is its country's capital, by the gazetteer's feature or by the country's capital's name (the
    gazetteer may list a capital as a plain town: 'BOGOTA')."""
    country = countries.country_by_code(town.country_code) if town.country_code else None
    return (town.feature_code or "").startswith("PPLC") or (
        country is not None and bool(country.capital) and name_key(country.capital) == name_key(town.name))


def _filed_from(document: Document, filed_at: list[Toponym]) -> Location | None:
    """Where an event is placed when no sentence of the article names a place but the dateline
    does. A dateline tells where the report was filed, not where the event happened: a wire
    reporter in the capital files on events anywhere in the country, so the event is placed in the
    dateline's country only."""
    if not filed_at:
        return None
    code = filed_at[0].country_code
    return geo.country_location(code) if code else None


def _is_background(draft: Draft, mention: DateMention | None, anchor: dt.date | None) -> bool:
    """History and context: dated well before publication, told as a lasting past state, or told
    as what happens habitually ("dozens of incidents in a typical month") with no day of its own. An event dated only
    by a span of months that runs up to the report ('Peace talks ... resumed this year') sums up the months of the
    span, not an incident of the days a report tells: no current event (ACLED codes an event by its day). Only where
    the sentence that tells the event gives the span, past the lead paragraph (a headline or lead tells the news):
    one that joined it later ('... displaced early this year') dates nothing it told, and a span an event is ranked in
    ('the third this year', RANKED_IN) is no date of it."""
    if draft.date is None and any(HABITUAL.search(s.text) for s in draft.sentences):
        return True
    if mention is not None and mention.date_end is not None and anchor is not None:
        if mention.date_start is not None and (mention.date_end - mention.date_start).days > 62 \
                and mention.date_start <= anchor <= mention.date_end + dt.timedelta(days=1) \
                and draft.sentences[0].paragraph > 0 and any(d is mention for d in draft.sentences[0].dates) \
                and not RANKED_IN.search(draft.sentences[0].text[:max(0, mention.start - draft.sentences[0].start)]):
            return True
        return dates.is_background_date(mention, anchor)
    return _told_as_history(draft)


RANKED_IN = re.compile(r"\b(?:the\s+)?(?:\w+est|first|second|third|\w+th|latest|only|so\s+far)\s+(?:[\w-]+\s+){0,2}?$",
                       re.IGNORECASE)
"""'..., the third this year', 'the deadliest attack this year', 'so far this year': an event ranked among others of a
span, before the span's words."""


def _told_as_history(draft: Draft) -> bool:
    """Whether an event is history the article recalls: every sentence of it that has a date or a place of its own
    is told as context ('After the 2016 presidential vote, protesters set fire to the parliament building'); a
    sentence with neither that joined it ('The opposition said dozens were killed') goes on in its time, so it makes
    the recalled event no news. The lead paragraph tells the news, so an event told there is history only when every
    sentence of it is told as context."""
    anchored = [s for s in draft.sentences if dated(s) or any(t.kind == "place" for t in s.toponyms)]
    if any(s.paragraph == 0 for s in draft.sentences):
        anchored = []
    return all(is_context(s) for s in anchored or draft.sentences)


def _follow_up_arrest(sentence: Sentence, draft: Draft, sub_type: str) -> bool:
    """Whether a sentence of an event other than an arrest tells the arrest that followed it ("Police arrested three
    of the attackers"): ACLED codes an arrest apart, so its arrester and the people taken are no sides of the attack,
    and those taken are the attack's own doers, not a side it hit."""
    return sentence is not draft.anchor and sub_type != taxonomy.SubEventType.ARRESTS \
        and bool(sentence.types) and sentence.types[0][0] == taxonomy.SubEventType.ARRESTS


def _arrest_clause_start(sentence: Sentence) -> int | None:
    """Where a clause telling the arrest that followed the sentence's act opens ("... stabbed a trader before police
    arrested him"): a word of sequence (`classify.ARREST_AFTER`) followed in its clause by an arrest (AFTER_THE_FACT)."""
    for opener in classify.ARREST_AFTER.finditer(sentence.text):
        rest = sentence.text[opener.end():]
        clause = re.split(r"[;:]|,\s+(?:and|but)\b", rest, maxsplit=1)[0]
        if AFTER_THE_FACT.search(clause):
            return sentence.start + opener.start()
    return None


def _arresters_after(sentence: Sentence, sub_type: str) -> set[int]:
    """State forces named only in a clause that tells the arrest after the sentence's act ("... before gendarmes
    detained him"): the codebook codes an arrest apart from the violence it followed, so those forces are no side of
    the act (as `_follow_up_arrest` does for a whole sentence); the positions of those mentions."""
    if sub_type == taxonomy.SubEventType.ARRESTS:
        return set()
    opened = _arrest_clause_start(sentence)
    if opened is None:
        return set()
    return {m.start for m in sentence.actors if m.start > opened and m.inter == 1}


IDENTIFIES = re.compile(
    r"\b(?:the|these|those)\s+(?:gunmen|attackers|raiders|assailants|killers|abductors|kidnappers|armed\s+men)\s+"
    r"(?:were|was|are)\s+(?:(?:believed|suspected|thought|said)\s+to\s+(?:be|have\s+been)\s+|identified\s+as\s+)?"
    r"|\bidentified\s+the\s+(?:gunmen|attackers|raiders|assailants|killers|abductors|kidnappers)\s+as\s+",
    re.IGNORECASE)
"""An identification of the unnamed doers: "the attackers were ...", "the gunmen are believed to be ...", "police
identified the raiders as ..."."""

GROUP_LEAD = re.compile(r"(?:(?:members|fighters|militants)\s+of\s+)?(?:the\s+|an?\s+)?", re.IGNORECASE)
"""Words between an identification and the group's name ("members of the ...")."""


def _identified_group(draft: Draft) -> ActorMention | None:
    """"Police said the attackers were LRA rebels": a sentence that identifies the unnamed doers (IDENTIFIES) by a
    named non-state armed group tells who they were, not a second side: ACLED codes the named group as actor 1 of the
    event the unnamed doers carried out."""
    for sentence in draft.sentences:
        for found in IDENTIFIES.finditer(sentence.text):
            lead = GROUP_LEAD.match(sentence.text, found.end())
            at = sentence.start + (lead.end() if lead else found.end())
            named = next((m for m in sentence.actors if m.start == at and sides.named_side(m)), None)
            if named is not None:
                return named
    return None


def _actors(
    draft: Draft, sub_type: str, country: str | None
) -> tuple[ActorMention | None, ActorMention | None, list[str], list[str], list[Argument]]:
    """Actor 1 (who acted) and actor 2 (on whom), voted over the draft's sentences, lead first."""
    first: list[ActorMention] = []
    second: list[ActorMention] = []
    arguments: list[Argument] = []
    ordered = [draft.anchor] + [s for s in draft.sentences if s is not draft.anchor]
    harms_people = taxonomy.event_type_of(sub_type) == EventType.VIOLENCE_AGAINST_CIVILIANS
    for sentence in ordered:
        doer, done_to = ([],
                         []) if _follow_up_arrest(sentence, draft,
                                                      sub_type) else roles.sentence.roles_in_sentence(sentence)
        arresters = _arresters_after(sentence, sub_type)
        doer = [m for m in doer if m.start not in arresters]
        done_to = [m for m in done_to if m.start not in arresters]
        first.extend(doer)
        trigger = roles.sentence.find_trigger(sentence)
        second.extend(roles.sentence.speakers_acted_on(sentence, doer, trigger))
        second.extend(m for m in done_to if trigger is None
                      or not roles.sentence.in_later_clause(sentence, m, trigger[1]))
        arguments.extend(find_arguments(sentence.tokens, sentence.text, sentence.start, trigger[0] if trigger else None,
                                        doer, done_to, sentence.casualties, sentence.weapons, harms_people))
    actor1 = roles.sentence.either_group(first[0], draft) if first else None
    identified = _identified_group(draft)
    if identified is not None and (actor1 is None or actor1.name.startswith("Unidentified") or actor1 == identified):
        actor1 = identified
    actor2 = next((m for m in second if actor1 is None or not roles.sentence.same_side(m, actor1)), None)
    actor1, actor2 = roles.sub_types.typed_defaults(sub_type, actor1, actor2, draft, country)
    assoc1 = sorted({m.name for m in first if actor1 and m.name != actor1.name and m.inter == actor1.inter})
    assoc2 = sorted({m.name for m in second if actor2 and m.name != actor2.name and m.inter == actor2.inter})
    return actor1, actor2, assoc1, assoc2, arguments


def _next_sentence(text: str, draft: Draft) -> str:
    """The sentence right after the event's last one, where a report adds what it does not know of the harm
    ("It is not confirmed whether he died")."""
    rest = text[draft.sentences[-1].end:]
    end = re.search(r"[.!?](?:\s|$)", rest)
    return rest[: end.end() if end else 200]


GROUP_CLAIMANT = re.compile(r"(?:the\s+)?(?:group|militants|rebels|insurgents|jihadists|militia|movement|outfit)",
                            re.IGNORECASE)
"""A claimant told by a definite common noun for an armed group ("the group said it lost three fighters"): the group
named before it speaks."""


def _claims(draft: Draft, country: str | None) -> list:
    """One claim per claimant (or per unattributed sentence) with the figures it gives; a claimant told as "the group"
    speaks for the non-state side named just before it (`sides.named_doer_before`)."""
    claims = []
    tolls = casualties.toll_mentions([sentence.casualties for sentence in draft.sentences],
                                     [sentence.claimant is not None for sentence in draft.sentences])
    for index, (sentence, mentions) in enumerate(zip(draft.sentences, tolls)):
        if not mentions:
            continue
        name = sentence.claimant[0] if sentence.claimant else None
        parts = ([(c.name or name, c.start, c.end) for c in sentence.clause_sources]
                 or [(name, sentence.start, sentence.end)])
        for claimant, start, end in parts:
            told = [m for m in mentions if start <= m.start < end]
            if told:
                span = Span(sentence.start, sentence.end, sentence.text)
                claim = casualties.build_claim(claimant, told, span, country=country)
                if claim.claimant_actor is None and claimant and GROUP_CLAIMANT.fullmatch(claimant):
                    side = sides.named_doer_before(draft.sentences, index)
                    claim.claimant_actor = side.name if side else None
                claims.append(claim)
    return casualties.merge_claims(claims)


def _place_and_time_arguments(
    draft: Draft, location: Location, mention: DateMention | None
) -> list[Argument]:
    arguments = []
    if location.evidence is not None:
        span = location.evidence
        arguments.append(Argument("place", span.text, span.start, span.end, False))
    if mention is not None:
        arguments.append(Argument("time", mention.text, mention.start, mention.end, False))
    for sentence in draft.sentences:
        if sentence.claimant:
            name, span = sentence.claimant
            arguments.append(Argument("claimant", span.text, span.start, span.end, True))
    return arguments


def _event_id(document: Document, sub_type: str, event_date: str | None, location: Location, evidence) -> str:
    """Stable across runs: the same text and event give the same id."""
    content = hashlib.sha256(document.text.encode("utf-8")).hexdigest()[:16]
    key = f"{content}|{document.id}|{sub_type}|{event_date}|{location.location}|{evidence[0].start}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def _confidence(draft: Draft, event: Event) -> float:
    """How sure we are this is a real, correctly typed event: cue strength plus supporting fields."""
    top = draft.scores.most_common(2)
    lead = top[0][1] / max(len(draft.sentences), 1) ** 0.5
    margin = top[0][1] - (top[1][1] if len(top) > 1 else 0.0)
    score = 0.45 * min(lead, 1.0) + 0.15 * min(margin, 1.0)
    score += 0.15 if event.location else 0.0
    score += 0.1 if event.actor1 else 0.0
    score += 0.1 if event.time_precision == 1 else 0.05 if event.event_date else 0.0
    score += 0.05 if len(draft.sentences) > 1 else 0.0
    if event.is_background:
        score -= 0.2
    return round(max(0.05, min(score, 0.99)), 3)


LEAD_EVENT_BONUS = 0.1
"""How far an event told further down may outscore the lead's and still rank below it."""


def _favour_the_lead(events: list[Event], sentences: list[Sentence]) -> None:
    """News is written as an inverted pyramid: the lead sentence tells the news, and what follows adds detail,
    background and other events told in passing ("Separately, a roadside bomb wounded two soldiers on Sunday").
    So where a current event told further down outscores the one resting on the article's first body sentence by
    less than `LEAD_EVENT_BONUS`, the lead's event is raised just above it, the event a coder takes as the news.
    An article of one event, or one whose lead ranks first already, keeps its scores."""
    current = [event for event in events if not event.is_background]
    lead = next((event for event in current if any(e.start == sentences[0].start for e in event.evidence)), None)
    if lead is None:
        return
    rival = max((event.confidence for event in current if event is not lead), default=0.0)
    if lead.confidence <= rival < lead.confidence + LEAD_EVENT_BONUS:
        lead.confidence = round(min(rival + 0.001, 0.99), 3)


MUTUAL_SUB_TYPES = frozenset({"Armed clash"})
"""Sub-types whose two sides do the same deed to each other: in a clash each side fights the other, so "troops
clashed with rebels" and "rebels clashed with troops" tell one battle, which ACLED codes once."""


def _sides_key(event: Event) -> tuple:
    """The event's actor pair as a unit key: in order, but unordered for a mutual sub-type (MUTUAL_SUB_TYPES)."""
    sides = (event.actor1, event.actor2)
    return tuple(sorted(sides, key=lambda name: name or "")) if event.sub_event_type in MUTUAL_SUB_TYPES else sides


DESTRUCTION_IN_VIOLENCE = frozenset({EventType.BATTLES, EventType.EXPLOSIONS_REMOTE_VIOLENCE,
                                     EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.RIOTS})
"""Event types whose incidents may include the burning and looting told with them: ACLED codes property destroyed in
the course of an attack, a clash or a riot as part of that event, and 'Looting/property destruction' only where no
other violence takes place."""


def _generic(name: str | None) -> bool:
    """A side that names no one in particular: none at all, or an unidentified armed group."""
    return not name or name.startswith("Unidentified")


def _side_agrees(a: str | None, b: str | None) -> bool:
    return a == b or _generic(a) or _generic(b)


def _aligned(kept: Event, other: Event) -> tuple[str | None, str | None] | None:
    """`other`'s sides in `kept`'s order when each side agrees with `kept`'s (the same actor, or one left
    unidentified), trying the reverse order too for a mutual sub-type; None when a named side differs."""
    orders = [(other.actor1, other.actor2)]
    if kept.sub_event_type in MUTUAL_SUB_TYPES and other.sub_event_type in MUTUAL_SUB_TYPES:
        orders.append((other.actor2, other.actor1))
    return next(((one, two) for one, two in orders
                 if _side_agrees(kept.actor1, one) and _side_agrees(kept.actor2, two)), None)


def _same_incident(kept: Event, other: Event) -> bool:
    """Whether two events of one report are one incident told twice, beyond the same ACLED unit key: on the same
    day, with the same sub-type (or property destroyed in the course of a violent event, DESTRUCTION_IN_VIOLENCE),
    whose sides agree (`_aligned`: a side one sentence leaves unidentified is the group another names, "Armed men
    burned homes ... The attackers were CODECO militiamen"), at the same named place (`_pinpointed`), or one of
    them only at the province or country that holds the other's place (`_within`). Distinct
    incidents differ in day, place, sub-type or a named side, and stay apart."""
    if kept.is_background or other.is_background or not kept.event_date or kept.event_date != other.event_date:
        return False
    types = {kept.sub_event_type, other.sub_event_type}
    destruction = str(SubEventType.LOOTING_PROPERTY_DESTRUCTION)
    if len(types) > 1 and not (destruction in types and len(types) == 2 and all(
            taxonomy.event_type_of(t) in DESTRUCTION_IN_VIOLENCE for t in types - {destruction})) \
            and not _crowd_turned_violent(types):
        return False
    crowd = _crowd_turned_violent(types) and _side_agrees(kept.actor2, other.actor2)
    if (_aligned(kept, other) is None and not crowd) or kept.country != other.country:
        return False
    if (_pinpointed(kept) and _pinpointed(other)) or crowd and kept.location == other.location:
        return kept.location == other.location
    return _within(kept, other) or _within(other, kept)


def _crowd_turned_violent(types: set[str]) -> bool:
    """Whether two sub-types are a demonstration the police met and the riot it became ('riot police fired tear gas at
    protesters ... some of them threw stones at police lines'): ACLED codes a demonstration that turns violent once,
    at its most violent form. A demonstration told as peaceful stays apart: a riot told beside it is another crowd."""
    kinds = {taxonomy.event_type_of(t) for t in types}
    return len(types) == 2 and kinds == {EventType.PROTESTS, EventType.RIOTS} \
        and str(SubEventType.PEACEFUL_PROTEST) not in types


def _within(broad: Event, point: Event) -> bool:
    """Whether `broad` is placed only at the province or country that holds `point`, a named place: a report tells
    its incident once at the place and again in a sentence that names only the province, or a neighbour across the
    border (which places it on this side, `geo.locate_event`); on one day, with one sub-type and agreeing sides
    (`_same_incident`), the broad telling is the pinpointed incident, not another somewhere in the province."""
    if _pinpointed(broad) or not _pinpointed(point):
        return False
    return broad.location == broad.country or (broad.admin1 is not None and broad.admin1 == point.admin1)


def _pinpointed(event: Event) -> bool:
    """Whether an event lies at a named place finer than its first-level unit: two incidents a report places only
    in a country or a province, on the day of the report, may be anywhere in it, so sharing that place says nothing
    of their being one."""
    return bool(event.location) and event.location not in (event.country, event.admin1)


def _absorb(kept: Event, other: Event) -> None:
    """Fold `other` into `kept`, one incident: the union of evidence, claims and arguments; the larger of the two
    tolls (each telling's toll is the incident's or a part of it, such as one side's dead, so the larger is the surer
    lower bound, where the lowest of all claims would take a part for the whole); the violent sub-type over the
    destruction told with it; and a side named where `kept` left it unidentified."""
    if kept.sub_event_type == str(SubEventType.LOOTING_PROPERTY_DESTRUCTION) != other.sub_event_type:
        kept.sub_event_type, kept.event_type, kept.disorder_type = (
            other.sub_event_type, other.event_type, other.disorder_type)
    if _crowd_turned_violent({kept.sub_event_type, other.sub_event_type}) \
            and taxonomy.event_type_of(other.sub_event_type) == EventType.RIOTS:
        kept.sub_event_type, kept.event_type, kept.disorder_type = (
            other.sub_event_type, other.event_type, other.disorder_type)
        kept.actor1, kept.inter1 = other.actor1, other.inter1
    one, two = _aligned(kept, other) or (None, None)
    inters = (other.inter1, other.inter2) if (one, two) == (other.actor1, other.actor2) else (other.inter2,
                                                                                               other.inter1)
    if _generic(kept.actor1) and not _generic(one):
        kept.actor1, kept.inter1 = one, inters[0]
    if _generic(kept.actor2) and not _generic(two):
        kept.actor2, kept.inter2 = two, inters[1]
    kept.interaction = taxonomy.interaction(kept.inter1, kept.inter2)
    kept.civilian_targeting = taxonomy.civilian_targeting(kept.event_type, kept.sub_event_type, kept.inter2)
    kept.evidence.extend(e for e in other.evidence if e not in kept.evidence)
    kept.claims.extend(other.claims)
    kept.arguments.extend(other.arguments)
    kept.weapons.extend(w for w in other.weapons if w not in kept.weapons)
    kept.casualties = casualties.casualty_ranges(kept.claims)
    kept.fatalities = max(kept.fatalities, other.fatalities)
    kept.confidence = max(kept.confidence, other.confidence)
    kept.notes = notes.event_notes(kept)


def _deduplicate(events: list[Event]) -> list[Event]:
    """Events with the same ACLED unit key (day, place, actors, sub-type) are one event; the two sides of a battle
    named in either order are one pair (MUTUAL_SUB_TYPES); and an incident a report tells twice on the same day
    (`_same_incident`: its attacker named only in the second telling, its burning told apart from its killing) is
    one event."""
    seen: dict[tuple, Event] = {}
    for event in events:
        key = (event.event_date, event.location, *_sides_key(event), event.sub_event_type, event.is_background)
        if key in seen:
            kept = seen[key]
            kept.evidence.extend(event.evidence)
            kept.claims.extend(event.claims)
            kept.arguments.extend(event.arguments)
            kept.casualties = casualties.casualty_ranges(kept.claims)
            kept.fatalities = casualties.acled_fatalities(kept.claims)
            continue
        kept = next((k for k in seen.values() if _same_incident(k, event)), None)
        if kept is not None:
            _absorb(kept, event)
            continue
        seen[key] = event
    return list(seen.values())
