"""Grouping: which sentences of one document tell the same ACLED event, and which tell none.

`extract` finds a document's sentences with their types, dates, places, actors and figures; this stage walks them in
order and decides, sentence by sentence, whether it starts an event draft, joins one already told, only adds its
figures or claim to one, or is left out, before `extract` fills each draft's fields. ACLED's unit is one incident: one
day, one place, one pair of actors, with its toll summed; a report tells an incident over several sentences (its toll,
the forces that came, the crowd's later acts, a comment on its cause, its aftermath on a later day) and tells other
incidents, recalled history, assessments and quotations in between. The rules here read the journalistic grammar
that ties a sentence to the event just told (a definite noun for it, its doers named again, no day or town of its
own) and the cues that keep it apart (another day or town, a list item, 'separately', history told as context), so
that one incident becomes one event and a retelling, a reaction or a forecast becomes none.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from sitrep import actors, casualties, classify, demonstrations, event_places, geo, roles, sides, taxonomy
from sitrep.classify import INTERVENTION, MIN_EVENT_SCORE
from sitrep.schema import ActorMention, DateMention, Draft, Sentence, Toponym
from sitrep.taxonomy import EventType


BACKGROUND_CUE = re.compile(
    r"\b(?:since (?:19|20)\d\d|since then|ever since|have been (?:held|controlled|occupied)"
    r"|has been (?:held|controlled)"
    r"|in the past|previously|years? ago|historically|dates? back|over the past (?:decade|years?)"
    r"|for (?:more than |over |nearly |almost |about )?(?:\w+ )?(?:years|decades)"
    r"|last (?:year|fall|autumn|spring|summer|winter)|the (?:previous|preceding) year"
    r"|(?:a|one|two|three) years? (?:earlier|before)|(?:has|have) (?:repeatedly|regularly|frequently|often)"
    r"|(?:has|have) long been|(?:after|before|during|following) the (?:19|20)\d\d (?!\w+day\b)"
    r"|(?:has|have) (?:carried out|conducted|launched|staged|mounted) (?:\w+ ){0,2}?(?:air ?strikes|raids|attacks"
    r"|operations|offensives|bombings))\b",
    re.IGNORECASE,
)
"""Phrases that put a sentence's action in the past, as context for the news: a year or a season
gone by ('last year', 'last fall') is outside the days a news report tells, and the present perfect with a word of
frequency ('the group, which has repeatedly planted roadside bombs') sums up acts over a long time, and so does the
present perfect with 'long' ('mob killings of people accused of witchcraft have long been reported'), a span from a
recalled event to now ('Since then, street protests have been rare') or with a
plural of acts ('the military has carried out air strikes against gang camps'); an act told after a past year's
event ('After the 2016 presidential vote, protesters set fire to parliament') is that year's history."""

NEWS_DAY = re.compile(r"\b(?:(?:on |late |early |last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                      r"|yesterday|today|overnight|this morning|last night)\b")
"""A day of the week or of the report: a sentence told on its own day is news, whatever history a clause of it adds
("troops took the ridge on Friday in a push the air force had previously prepared for weeks")."""


AFTERMATH = re.compile(r"\b(?:ambulances?|hospitals?|sealed off|cordoned off|evacuated|the wounded|the injured|the dead|bodies)\b",
                       re.IGNORECASE)
"""Words of what follows an attack: a weakly typed sentence with them tells the same event."""


EARLIER_REPORT = re.compile(
    r"^\W*(?:the\s+)?(?:[\w'\u2019-]+\s+){1,3}?had\s+(?:first\s+|earlier\s+|initially\s+|at\s+first\s+)?"
    r"(?:said|reported|put|given|announced|claimed)\b(?=.*\b(?:rais\w+|lower\w+|revis\w+|correct\w+|updat\w+"
    r"|settl\w+|then\s+(?:said|put|gave))\b)"
    r"|^\W*(?:an?|the)\s+(?:earlier|previous|first|initial)\s+(?:version|report|statement|toll|figure|count)\b",
    re.IGNORECASE)
"""'The army had first said two smugglers were killed, then raised the figure to four ...': a wire story updated
through the day tells, in the past perfect, the figures a source gave before it revised them, or what 'an earlier
version of this story' said. The sentence tells how
the count of the event already told changed, not an event of its own, and its superseded figures are no toll."""

INCIDENT_NOUNS = (r"clash(?:es)?", r"attacks?", r"assaults?", r"raids?", r"ambush(?:es)?", r"killings?",
                  r"massacres?", r"bombings?", r"blasts?", r"explosions?", r"strikes?", r"shelling", r"fighting",
                  r"violence", r"incidents?")
"""The nouns a report names an armed incident by, each spelled once; FORECAST takes these, the other patterns
(COMPARED_EVENT, KIND_OF_EVENT, EVENT_NOUN) take them with their own additions (`any_noun`)."""

DISORDER_NOUNS = (r"shootings?", r"unrest", r"riots?")
"""Nouns of shootings and crowd disorder that COMPARED_EVENT, KIND_OF_EVENT and EVENT_NOUN add to INCIDENT_NOUNS."""

CAPTIVE_AND_BATTLE_NOUNS = (r"battles?", r"abductions?", r"kidnappings?")
"""Nouns of battles and abductions that KIND_OF_EVENT and EVENT_NOUN add."""


def any_noun(*nouns: str) -> str:
    """One alternation of noun patterns (no two of the nouns here match at the same place, so their order is free)."""
    return "(?:" + "|".join(nouns) + ")"


COMPARED_EVENT = re.compile(
    r"^\W*(?:it|this|that|the\s+(?:[\w-]+\s+)?" + any_noun(*INCIDENT_NOUNS, *DISORDER_NOUNS) + r")"
    r"\s+(?:is|was|were|are)\s+(?:also\s+)?(?:the|its|their)\s+(?:(?:deadliest|worst|bloodiest|largest|biggest"
    r"|heaviest|latest|first|second|third|fourth|fifth|sixth|most\s+\w+|\w+est)\b)", re.IGNORECASE)
"""'The attack was the deadliest on Turkish troops inside the country this year', 'It was the third attack on the army
in the north this month': the event just told, ranked among others over a span; the span is not its date and the
sentence tells no new event."""

DAMAGE_COUNT = re.compile(
    r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:destroyed|damaged|razed|flattened|washed"
    r"\s+away|swept\s+away)\b(?!\s+by\b)(?=.*\bdisplaced\b)", re.IGNORECASE)
"""'The ministry said more than 900 houses had been destroyed and 3,000 people displaced': homes counted destroyed,
with no doer, beside the people displaced, is the humanitarian count of a disaster or of an event already told, not
an act of destruction of its own; it only adds to the event told before it."""


REACTION = re.compile(
    r"\b(?:condemn\w*|deplor\w*|denounc\w*|horrified|appalled|outraged|saddened|war\s+crimes?|crimes?\s+against"
    r"\s+humanity|offered\s+(?:(?:his|her|their)\s+)?condolences)\b", re.IGNORECASE)
"""'the U.N. human rights chief said he was horrified by the attacks and that the targeting of civilians was a war
crime': a reaction to an event already told, a judgement of it by someone who was not there; it tells no act."""

SEPARATE_CUE = re.compile(
    r"^\W*(?:separately|elsewhere|meanwhile|in (?:a |another )?(?:separate|different|unrelated|another) "
    r"(?:incident|attack|development)|in another)\b",
    re.IGNORECASE,
)
"""Openings that announce another event: such a sentence never merges with the one before."""

ATTACKER_TYPES = frozenset({EventType.BATTLES, EventType.EXPLOSIONS_REMOTE_VIOLENCE,
                            EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.RIOTS})
"""Event types that have an attacker."""


COMPATIBLE_TYPES: dict[EventType, frozenset[EventType]] = {
    EventType.BATTLES: frozenset({EventType.BATTLES, EventType.EXPLOSIONS_REMOTE_VIOLENCE,
                                  EventType.VIOLENCE_AGAINST_CIVILIANS}),
    EventType.EXPLOSIONS_REMOTE_VIOLENCE: frozenset({EventType.EXPLOSIONS_REMOTE_VIOLENCE, EventType.BATTLES}),
    EventType.VIOLENCE_AGAINST_CIVILIANS: frozenset({EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.BATTLES}),
    EventType.PROTESTS: frozenset({EventType.PROTESTS, EventType.RIOTS}),
    EventType.RIOTS: frozenset({EventType.RIOTS, EventType.PROTESTS}),
    EventType.STRATEGIC_DEVELOPMENTS: frozenset({EventType.STRATEGIC_DEVELOPMENTS}),
}
"""Event types whose sentences may describe one ACLED unit (an attack told as a clash, ...)."""


LEAD_DAYS = 7


def group(sentences: list[Sentence], lead_date: DateMention | None = None) -> list[Draft]:
    """Merge sentences about the same ACLED unit; keep distinct events apart (an undated event is
    taken to be on the lead's date, so a sentence dated otherwise tells another one). A source's earlier, revised
    figures (EARLIER_REPORT), a toll's later increments (TOLL_INCREMENT) and an event's aftermath (`_aftermath_only`)
    tell nothing; a sentence ranking the event just told (COMPARED_EVENT) is more of it; a
    count of homes destroyed and people displaced (DAMAGE_COUNT) starts no event; a sentence whose subject is the
    event just told (`_comments_on`) is more of it even where a clause of it recalls history ('The fighting broke out
    at dawn after a dispute that has simmered for years')."""
    drafts: list[Draft] = []
    lead_paragraph = sentences[0].paragraph if sentences else 0
    last_item = None
    for sentence in sentences:
        opens_item = sentence.list_item is not None and sentence.list_item != last_item
        last_item = sentence.list_item
        if drafts and (EARLIER_REPORT.search(sentence.text) or TOLL_INCREMENT.search(sentence.text)
                       or _aftermath_only(sentence, drafts)):
            _add_without_toll(sentence, drafts[-1], lead_date)
            continue
        if EARLIER_REPORT.search(sentence.text) or drafts and _follow_up_only(sentence):
            continue
        if DAMAGE_COUNT.search(sentence.text):
            _support(sentence, drafts, lead_date)
            continue
        if COMPARED_EVENT.search(sentence.text):
            if drafts and _next_to(sentence, drafts[-1]):
                drafts[-1].sentences.append(sentence)
            continue
        if is_context(sentence):
            if drafts and _same_item(sentence, drafts[-1]) and _comments_on(sentence, drafts[-1]):
                drafts[-1].sentences.append(sentence)
            elif tells_event(sentence.types) and not _assessment(sentence):
                drafts.append(Draft([sentence], Counter({t: sc for t, sc in sentence.types[:2]})))
            continue
        quoted = (bool(drafts) or sentence.paragraph > lead_paragraph + 1) and _direct_speech(sentence) \
            or bool(TOLD_A_COURT.search(sentence.text))
        if not tells_event(sentence.types):
            _support(sentence, drafts, lead_date)
            continue
        if (SEPARATE_CUE.search(sentence.text) and not quoted) or opens_item:
            drafts.append(Draft([sentence], Counter({t: sc for t, sc in sentence.types[:2]})))
            continue
        if drafts and _same_item(sentence, drafts[-1]) and (
                _elaborates(sentence, drafts[-1]) or _toll_of(sentence, drafts[-1])
                       or _refers_back(sentence, drafts[-1]) or _retold_later(sentence, drafts[-1])
                       or _more_of_crowd(sentence, drafts[-1])
                       or _comments_on(sentence, drafts[-1]) or _goes_on(sentence, drafts[-1])
                       or _same_named_doers(sentence, drafts[-1])):
            drafts[-1].sentences.append(sentence)
            continue
        target = next((d for d in reversed(drafts) if _same_item(sentence, d) and _same_event(sentence, d, lead_date)),
                      None)
        if target is None and drafts and _same_item(sentence, drafts[-1]) and _same_crowd(sentence, drafts[-1]):
            target = drafts[-1]
        if target is None and drafts and _same_item(sentence, drafts[-1]) and (
                responds(sentence, drafts[-1]) or _same_doers(sentence, drafts[-1])):
            drafts[-1].sentences.append(sentence)
            continue
        if target is None and quoted:
            _support(sentence, drafts, lead_date)
            continue
        if target is None:
            target = Draft([])
            drafts.append(target)
        target.sentences.append(sentence)
        weight = 1.0 if len(target.sentences) == 1 else 0.6
        for sub_type, score in sentence.types[:2]:
            target.scores[sub_type] += score * weight
    for draft in drafts:
        _fighting_below_ground_taken(draft)
    return [d for d in drafts if d.scores]


def _add_without_toll(sentence: Sentence, draft: Draft, lead_date: DateMention | None = None) -> None:
    """Join a sentence that tells no act of its own to the event it follows, as what was told of it (the next
    paragraph at most, else it is left out), with no type counted and no figure of its own: its figures are the parts
    of a toll or none (`EARLIER_REPORT`, `TOLL_INCREMENT`, `_aftermath_only`). History the article recalls (told as
    context, or dated more than `LEAD_DAYS` before the lead's day) takes none: told in the present, the sentence would
    make it news."""
    told, lead = draft.date, lead_date
    if told is not None and lead is not None and told.date_start is not None and lead.date_start is not None \
            and (told.date_end or told.date_start) < lead.date_start - dt.timedelta(days=LEAD_DAYS):
        return
    if _same_item(sentence, draft) and _next_to(sentence, draft) and not all(is_context(s) for s in draft.sentences):
        sentence.casualties = []
        draft.sentences.append(sentence)


def _aftermath_only(sentence: Sentence, drafts: list[Draft]) -> bool:
    """Whether a sentence, told once the report has told a violent event, tells only that event's aftermath: a reaction
    to it that names it by a definite noun (REACTION, NAMES_THE_EVENT) or a forecast of what it will bring (FORECAST),
    and that counts no dead or wounded of its own. Such a
    sentence starts no event and adds no figure to the one it follows (`_add_without_toll`): the codebook codes the
    incident, not the words said of it."""
    if not sentence.types or casualties.tolls(sentence.casualties):
        return False
    if not any(d.event_type in ATTACKER_TYPES for d in drafts):
        return False
    return bool((REACTION.search(sentence.text) and NAMES_THE_EVENT.search(sentence.text))
                or FORECAST.search(sentence.text))


def _follow_up_only(sentence: Sentence) -> bool:
    """Whether a sentence, told once the report has told an event, tells only what was done after it: what it took
    found again (LOOT_RECOVERED) or checkpoints and patrols set up (SECURITY_MEASURE, typed only as a strategic
    development), with no dead or wounded of its own. It is left out (`group`): neither an event nor a part of the
    one told, whose actors it would add to (the police who set up a checkpoint after a clan fight are no side of it)."""
    if not sentence.types or casualties.tolls(sentence.casualties):
        return False
    return bool(LOOT_RECOVERED.search(sentence.text)) or bool(SECURITY_MEASURE.search(sentence.text)) and all(
        taxonomy.event_type_of(t) == EventType.STRATEGIC_DEVELOPMENTS for t, _ in sentence.types[:1])


DEFINITE_EVENT_START = r"\b(?:the|this|that|these|those|(?:last|this|that)\s+\w+day's|\w+day's)\s+(?:[\w-]+\s+){0,2}?"
"""The start of a definite noun phrase for an incident ("the", "Saturday's", "this week's", up to two words before
the noun): how a report names an event it has told (NAMES_THE_EVENT, FORECAST)."""

FORECAST = re.compile(
    DEFINITE_EVENT_START + any_noun(*INCIDENT_NOUNS) + r"\s+"
    r"(?:will|would|could|might|may|won't|wouldn't|cannot|can't)\b",
    re.IGNORECASE)
"""'... said the attacks would not derail the talks', 'Rights groups fear that Saturday's attack will be followed by
more': the event told, named by a definite noun, as the subject of a modal verb: what it will or may bring, a
forecast, not an act."""

LOOT_RECOVERED = re.compile(
    r"\b(?:the|its|their)\s+(?:stolen|looted|rustled|seized|missing)\s+(?:[\w-]+\s+){0,2}?(?:were|was|had\s+been"
    r"|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:recovered|returned|retrieved|found)\b", re.IGNORECASE)
"""'About 110 of the stolen cattle were recovered and returned to their owners on Tuesday': what the event told took
(a definite 'the stolen ...') found again afterwards; the recovery is the theft's aftermath, no new act."""

SECURITY_MEASURE = re.compile(
    r"\b(?:set\s+up|erected|mounted|reinforced|stepped\s+up|tightened|increased|deployed)\s+(?:\w+\s+){0,2}?"
    r"(?:checkpoints?|roadblocks?|patrols?|security)\b|\b(?:checkpoints?|roadblocks?|patrols?|security)\s+"
    r"(?:(?:would|will)\s+be|were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:set\s+up|reinforced|stepped\s+up"
    r"|tightened|increased|deployed)\b", re.IGNORECASE)
"""'On Sunday evening, police and soldiers set up checkpoints at the entrances to Rivera Hernandez', 'checkpoints
would be reinforced on roads leading to schools': security measures taken after an incident. The codebook codes no
routine deployment, checkpoint or patrol of state forces (a base established is an armed group's), so a sentence of
them typed only as a strategic development is the incident's aftermath."""


LIST_MARK = re.compile(r"[ \t]*(?:[-\u2022*\u2013\u00b7\u25aa]|\d{1,2}[.)]|\(?[a-z]\))[ \t]+")
"""The mark that opens a bulleted or numbered list item at the start of a line ('- ', '\u2022 ', '2. ', '(b) ')."""


def mark_list_items(text: str, sentences: list[Sentence]) -> None:
    """Number the sentences of each bulleted or numbered list item (`Sentence.list_item`): a sentence whose line opens
    with a list mark (`LIST_MARK`) opens an item, and the sentences after it on the same line belong to it.
    Situation reports, security bulletins and observers' statements list one incident an item, each with its own
    place and date ('- 3 April, Ndop: soldiers clashed with ...'); an item is read as a report of its own. An item
    that names no place and no day ('- Three attacks on civilians in one week', a report's highlights) sums up the
    others and is left to the other rules."""
    item = 0
    current: int | None = None
    last_paragraph = None
    for sentence in sentences:
        line_start = text.rfind("\n", 0, sentence.start) + 1
        before = text[line_start:sentence.start]
        opens = (bool(LIST_MARK.fullmatch(before)) if before.strip()
                 else bool(LIST_MARK.match(sentence.text)) and not LIST_MARK.fullmatch(sentence.text))
        if opens and (sentence.toponyms or sentence.dates):
            item += 1
            current = item
        elif sentence.paragraph != last_paragraph:
            current = None
        sentence.list_item = current
        last_paragraph = sentence.paragraph


def _same_item(sentence: Sentence, draft: Draft) -> bool:
    """Whether a sentence may join a draft: never across list items, each of which reports its own incident (a
    sentence outside any list, such as a report's summing up, is left to the other rules)."""
    item = draft.sentences[0].list_item if draft.sentences else None
    return sentence.list_item is None or item is None or sentence.list_item == item


def _support(sentence: Sentence, drafts: list[Draft], lead_date: DateMention | None = None) -> None:
    """Add a sentence that tells no event of its own to the event it supports (`_supports`, `responds`) or to the
    crowd the police met (`_policed_crowd`), if any."""
    if drafts and not _same_item(sentence, drafts[-1]):
        return
    target = (drafts[-1] if drafts and (_supports(sentence, drafts[-1], lead_date)
                                        or responds(sentence, drafts[-1]))
              else _policed_crowd(sentence, drafts, lead_date))
    if target is not None:
        target.sentences.append(sentence)


GROUND_TAKEN_SCORE = 0.75
"""The score at which a draft's territorial change is a plain report of ground taken (`classify._territory`)."""


def _fighting_below_ground_taken(draft: Draft) -> None:
    """Codebook: ground taken in fighting is coded as its territorial change, not as the fight. `classify` ranks the
    capture above the fighting within one sentence; across the sentences of one event ("captured a battalion
    headquarters after a three-day assault. 'All the troops there were killed or fled'"), the clash and strike cues
    the later sentences add are the fight that won the ground, so they are kept below the capture."""
    ground = max(draft.scores.get(classify.GOV_TERRITORY, 0.0), draft.scores.get(classify.NSA_TERRITORY, 0.0))
    if ground < GROUND_TAKEN_SCORE:
        return
    for fighting in ("Armed clash", *classify.EXPLOSION_TYPES):
        if draft.scores.get(fighting, 0.0) >= ground:
            draft.scores[fighting] = ground * 0.8


def tells_event(types: list[tuple[str, float]]) -> bool:
    """Whether a sentence's best type is strong enough to tell an event of its own."""
    return bool(types) and types[0][1] >= MIN_EVENT_SCORE


DIRECT_SPEECH = re.compile(r"^\s*[\"\u201c\u201d]")
"""A sentence opening on a quotation mark: a speaker's own words, quoted."""

SPEECH_CLOSING = re.compile(
    r"[,.!?][\"\u201d]\s+(?:[\w'\u2019.-]+\s+){0,5}(?:said|says|told|added|adds|stated|explained)\b[^\"\u201c\u201d]{0,80}$")
"""A sentence closing a quotation and naming its speaker ('... will be charged," the commander said.'): the later
sentences of a quotation that runs over several sentences open without a quotation mark."""


def _direct_speech(sentence: Sentence) -> bool:
    """Whether the sentence is direct speech ('"They came in their dozens and shot at anyone they saw," said the
    councillor.'). A report tells its incidents in its own words; the words it quotes from witnesses and officials
    retell an incident already told, or are figures of speech ("we killed the game"), so once the report has told an
    event a quotation seeds no event of its own: it joins an event told before as any sentence does, or, like a
    sentence with no event, adds only its toll or claim; so does one past the report's first two paragraphs. A
    quotation that opens a report (a note quoting its one witness) is still read."""
    return bool(DIRECT_SPEECH.match(sentence.text) or SPEECH_CLOSING.search(sentence.text))


COMMENTARY = re.compile(
    r"^\W*(?:but\s+|and\s+|yet\s+)?(?:some\s+|many\s+|most\s+|other\s+)?(?:analysts|observers|experts|commentators"
    r"|diplomats|researchers)\b(?:\s+[\w,-]+){0,4}?\s+(?:say|said|believe[sd]?|think|thought|warn(?:ed)?|argue[sd]?"
    r"|predict(?:ed)?|expect(?:ed)?|suggest(?:ed)?)\b", re.IGNORECASE)
"""'But analysts say that without a unified army, any dispute over a checkpoint can turn into a battle', 'Analysts
say the jihadist groups have taken advantage of the withdrawal': analysts, observers and experts weigh causes and
likelihoods; they are no witnesses or officials reporting an incident, so what their words tell is commentary,
not an event (ACLED codes reported incidents, not assessments)."""

KIND_OF_EVENT = re.compile(r"\bsuch\s+(?:[\w-]+\s+)?" + any_noun(
    *INCIDENT_NOUNS, *DISORDER_NOUNS, *CAPTIVE_AND_BATTLE_NOUNS, r"protests?", r"scenes") + r"\b", re.IGNORECASE)
"""'Security officials say such attacks had fallen this year': 'such' makes the noun a kind of event, not one
incident; a sentence of it sums up events over time."""

COURT_ACT = re.compile(r"\b(?:sentenced|convicted|acquitted|jailed|found\s+guilty|granted\s+bail|remanded|indicted)\b",
                       re.IGNORECASE)
"""'A military court in Bor on Wednesday sentenced five soldiers ... for the killing of four civilians ... last year':
a court's act, on the day of its sitting, about a crime it tries."""


TOLD_A_COURT = re.compile(r"\b(?:told|tell|tells|telling|testified\s+(?:before|to))\s+(?:the\s+|a\s+)?"
                          r"(?:\w+\s+)?(?:court|tribunal|magistrate|judges?|hearing|jury)\s+(?:(?:on|in|at)\s+[\w-]+\s+)?"
                          r"that\b",
                          re.IGNORECASE)
"""'Their lawyer told the court that the protest had been peaceful until riot police arrived': what a party tells a
court retells the act being tried, as a quotation retells what a report has told (`_direct_speech`): it seeds no event
of its own, and joins one told as any sentence does (`group`)."""


def _assessment(sentence: Sentence) -> bool:
    """An analyst's assessment (COMMENTARY) or a sentence of a kind of event (KIND_OF_EVENT), with no day of its own:
    it seeds no event, not even one of history."""
    return bool(COMMENTARY.search(sentence.text) or KIND_OF_EVENT.search(sentence.text)) \
        and not NEWS_DAY.search(sentence.text)


def is_context(sentence: Sentence) -> bool:
    """History or a lasting state rather than news: told as such, or dated only to whole years. Words of time inside
    a relative clause in the perfect or of habit (`classify.TIMED_RELATIVE`: 'A school that had served as a shelter
    since 2022 was hit') date that clause's verb, not the sentence's news, so they are left out. An analyst's
    assessment (COMMENTARY) and a kind of event (KIND_OF_EVENT) with no day of their own are no news; a court's
    verdict or bail on a crime told as history (COURT_ACT with a BACKGROUND_CUE: 'sentenced ... for the killing of
    four civilians last year') is history whatever the day of the sitting: the codebook codes the act, on its own
    date, and not the proceedings that recall it."""
    told = classify.TIMED_RELATIVE.sub(lambda clause: " " * len(clause.group()), sentence.text)
    news_day = NEWS_DAY.search(sentence.text)
    if BACKGROUND_CUE.search(told) and (not news_day or COURT_ACT.search(sentence.text)):
        return True
    if _assessment(sentence):
        return True
    own = [d for d in sentence.dates if d.date_start is not None and d.date_end is not None]
    return bool(own) and all((d.date_end - d.date_start).days > 62 for d in own)


def _supports(sentence: Sentence, draft: Draft, lead_date: DateMention | None = None) -> bool:
    """A sentence with no event of its own adds figures, a claim or the forces that stepped in to
    the event just told. A toll may be told with a later day ("ten bodies were buried on Monday"), but a sentence
    that tells an act of its own, one that is no event (a lorry that overturned, a depot that caught fire), on
    another day than the event is another story, and its dead are not the event's. An event its sentences do not
    date is on the lead's day (as `group` takes it), so a toll dated years before ('in January 2024 two people were
    killed in riots') is history the article recalls, not the toll of an undated incident told before it; and a
    figure told with a later day ('said he had seen three bodies at the hospital on Tuesday morning') joins an event
    only when the event has a day of its own, else the later day would become the event's. History the article
    recalls (every sentence of the event told as context) takes no figure from a sentence dated to the news."""
    intervenes = draft.event_type in {EventType.PROTESTS, EventType.RIOTS} and bool(
        INTERVENTION.search(sentence.text)) and any(m.inter == 1 for m in sentence.actors)
    if not (casualties.tolls(sentence.casualties) or sentence.claimant or intervenes):
        return False
    if sentence.paragraph - draft.sentences[-1].paragraph > 2:
        return False
    if all(is_context(s) for s in draft.sentences) and dated(sentence) and not is_context(sentence):
        return False
    grace_days = 0 if sentence.own_story or draft.date is None else TOLL_GRACE_DAYS
    return _dates_agree(sentence.date, draft.date or lead_date, grace_days=grace_days) \
        and _places_agree(sentence, draft)


def _policed_crowd(sentence: Sentence, drafts: list[Draft], lead_date: DateMention | None = None) -> Draft | None:
    """"Officers then scattered the crowd with warning shots": state forces stepping in tell the response to the
    demonstration or riot told before (the nearest one, within `_supports`' reach), even when a sentence about
    something else came between."""
    crowds = [d for d in drafts if d.event_type in {EventType.PROTESTS, EventType.RIOTS}]
    return crowds[-1] if crowds and crowds[-1] is not drafts[-1] and _supports(sentence, crowds[-1], lead_date) \
        else None


TOLL_GRACE_DAYS = 3
"""A toll told with a later day ("ten bodies were buried on Monday") still counts an event a few days before."""


def _elaborates(sentence: Sentence, draft: Draft) -> bool:
    """A strategic development told right after a violent event, with no date or place of its own,
    is a detail of that event (weapons seized in the attack), not an event of its own."""
    sub_type, score = sentence.types[0]
    if (taxonomy.event_type_of(sub_type) != EventType.STRATEGIC_DEVELOPMENTS
            or draft.event_type == EventType.STRATEGIC_DEVELOPMENTS):
        return False
    own_places = [t for t in sentence.toponyms if t.kind == "place"]
    return not own_places and not dated(sentence) and _next_to(sentence, draft)


TOLL_UPDATE = re.compile(
    r"\b(?:(?:bringing|taking|raising|pushing|putting)\s+the\s+(?:\w+\s+)?(?:toll|number\s+of\s+(?:dead|deaths))"
    r"|died\s+(?:later\s+)?(?:of|from)\s+(?:their|his|her)\s+(?:wounds|injuries)|succumbed\s+to\s+(?:their|his|her)"
    r"|bodies\b[^.;]{0,80}?\b(?:brought|taken)\s+(?:in\b|to\s+(?:the\s+)?(?:\w+\s+)?(?:hospital|morgue|mortuary)))\b",
    re.IGNORECASE)
"""'..., bringing the toll to twelve', 'two more died of their wounds', 'the bodies of eight civilians had been
brought in': a toll updated, days after the event it counts. Bodies brought to a hospital or a morgue are how a toll is
counted after an incident, not a new act."""

TOLL_INCREMENT = re.compile(
    r"^(?!.*\b(?:toll|(?:rose|risen|climbed|increased|reached|bringing|taking)\s+(?:\w+\s+)?to)\b).*"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+more\s+(?:(?:bodies|dead|victims)\b"
    r"|(?:were|had\s+been)\s+(?:found|recovered|pulled)\b)", re.IGNORECASE)
"""'by Saturday morning rescuers had pulled four more bodies from the ruins', 'Yesterday three more were found in the
bush': how a toll already told grew after the incident (a rescue, a search), counted as an increment over an earlier
figure (a sentence that gives the new total, 'the toll climbed to 44 after more bodies were found', is a toll;
wounded who die later are `casualties`' own rule). Once the
report has told an event, such a sentence tells no act of its own; its figures are parts of the toll (the earlier
figure, the increment), not a toll, so it adds neither an event nor a count (`_add_without_toll`; the lead gives the
latest total)."""


def _toll_of(sentence: Sentence, draft: Draft) -> bool:
    """"Two young men were shot dead": the dead and wounded of the event just told, named by no
    one but their victims and given no place or date of their own, are its toll, not a new attack;
    so are wounded "evacuated to" a city (an aftermath, not a strategic development). A toll updated later
    (`TOLL_UPDATE`: wounded who died days after, 'bringing the toll to twelve') counts the event told in the
    paragraphs just before, whatever day it is told: the deaths are the incident's, not a new one."""
    if draft.event_type == EventType.STRATEGIC_DEVELOPMENTS:
        return False
    if TOLL_UPDATE.search(sentence.text) and casualties.tolls(sentence.casualties) \
            and sentence.paragraph - draft.sentences[-1].paragraph <= 2:
        return True
    if not _next_to(sentence, draft):
        return False
    weak = sentence.types[0][1] < 0.6
    if weak and AFTERMATH.search(sentence.text) and not dated(sentence):
        return True
    if not casualties.tolls(sentence.casualties):
        return False
    aftermath = (taxonomy.event_type_of(sentence.types[0][0]) == EventType.STRATEGIC_DEVELOPMENTS
                 and sentence.types[0][1] < 0.7)
    told = _told_actors(sentence)
    if any(t.kind == "place" for t in sentence.toponyms) and not aftermath:
        return False
    if not (aftermath or weak) and any(m.inter != 7 for m in told):
        return False
    return not dated(sentence)


GOES_ON = re.compile(
    r"\b(?:went\s+on|continued|lasted|raged|persisted|dragged\s+on|carried\s+on)"
    r"\s+(?:\w+\s+)?(?:until|till|into|through)\b",
    re.IGNORECASE)
"""'The fighting went on until Sunday morning', 'the clashes continued into the next day': the event just told lasting
past midnight, not a new one."""


def _goes_on(sentence: Sentence, draft: Draft) -> bool:
    """A sentence that tells the event just told going on into the next day ("Fighters stormed the post on Saturday
    night. The fighting went on until Sunday morning.") names the later day as the end of the same event, and the toll
    told after it is that event's toll: a day's change inside one running fight does not make it two events. Only
    right after the event, a day later at most, and with no place away from it."""
    return (bool(GOES_ON.search(sentence.text)) and _next_to(sentence, draft)
            and _dates_agree(sentence.date, draft.date, grace_days=1) and _places_agree(sentence, draft))


def _more_of_crowd(sentence: Sentence, draft: Draft) -> bool:
    """A demonstration or riot is told sentence by sentence: "Demonstrators clashed with police in the city. Police
    fired rubber bullets from a truck. A passer-by was shot dead and two officers were hurt." A sentence told right
    after a crowd event, with no date of its own and no place away from it, that names no side the event has not
    already named (only its crowd, the forces it met, or civilians hurt), tells more of that event: its toll, the
    forces' response, the crowd's own violence. ACLED codes one event per crowd altercation, with its fatalities and
    the forces that intervened on it, so these are not a second Attack or Armed clash. For a demonstration still
    told as peaceful only the toll joins (its dead show the demonstration was not peaceful; a strong act that is no
    toll and no intervention, which `responds` already takes, may be another incident), unless it opens on the crowd
    itself doing violence ("They then beat a clerk": `demonstrations.crowd_turns_violent`), which makes it a violent
    demonstration, one event with its participants as rioters; a sentence naming a new
    armed side ("gunmen then opened fire"), or told with a day or a town of its own, tells another event."""
    if draft.event_type not in {EventType.PROTESTS, EventType.RIOTS}:
        return False
    if not (casualties.tolls(sentence.casualties) or draft.event_type == EventType.RIOTS
            or demonstrations.crowd_turns_violent(sentence.text)):
        return False
    known = {m.name for s in draft.sentences for m in s.actors}
    if any(m.name not in known and not _crowd_or_its_forces(m) for m in _told_actors(sentence)):
        return False
    return _more_of(sentence, draft)


def _crowd_or_its_forces(mention: ActorMention) -> bool:
    """Who a crowd event's later sentence may name first without telling another event: the crowd itself (protesters,
    rioters: a first sentence often tells them only as 'thousands of people'), civilians hurt, and state forces, the
    side a crowd meets ('officers shot dead two people'); a government is what it protests against, not a side."""
    return mention.inter in (5, 6, 7) or (mention.inter == 1 and not roles.sentence.is_government(mention))


DEFINITE_CROWD = re.compile(r"\b(?:the|this|that)\s+(?:angry\s+|irate\s+|same\s+)?(?:mob|crowd|rioters)\b", re.IGNORECASE)
"""A definite noun for a crowd ("chased off by the mob", "scattered the rioters"): the crowd already told."""


def _same_crowd(sentence: Sentence, draft: Draft) -> bool:
    """A riot sentence that names its crowd by a definite noun ("Later the mob set his kiosk alight", "Police
    scattered the rioters"), right after an event whose sentences told an unorganised crowd acting (`roles.CROWD`: residents,
    youths, a mob), with no date of its own and no place away from it, tells more of that crowd's event: the definite
    noun refers back to the crowd already told, as a reader takes it. ACLED codes one event per crowd incident, its
    burning and the police response included, though the first sentence's words read an attack first and a mob's
    violence only second ("villagers tried to lynch a suspected thief"). An event whose words read no crowd violence at all (a
    fight told as a clash) is left alone: the definite noun may then name another crowd."""
    if taxonomy.event_type_of(sentence.types[0][0]) != EventType.RIOTS or not DEFINITE_CROWD.search(sentence.text):
        return False
    crowd_read = any(taxonomy.event_type_of(sub_type) == EventType.RIOTS for sub_type in draft.scores)
    return crowd_read and any(roles.crowds.CROWD.search(s.text) for s in draft.sentences) and _more_of(sentence, draft)


REFERS_BACK = re.compile(
    r"\b(?:in|during|after|from|following|amid|since)\s+(?:the|this|that|these|those|both|two|the two)\s+(?:[\w-]+\s+)?"
    r"(?:clash(?:es)?|attacks?|incidents?|violence|fighting|assaults?|raids?|skirmish(?:es)?|confrontations?|melee"
    r"|unrest|riots?|rioting)\b|\b(?:of|among)\s+the\s+(?:dead|victims|wounded|injured)\b", re.IGNORECASE)
"""A definite noun for an event ("injured in the clash", "during the attack") or for its victims ("several of the dead
had been hacked", "among the dead were five children"): the sentence tells more of one already told."""


EVENT_AS_SUBJECT = re.compile(
    r"^\W*(?:(?:[\w-]+\s+){1,3}?(?:said|says|say|indicated?|indicates|suggest(?:s|ed)?|claim(?:s|ed)?|reported|believe[sd]?)"
    r"\s+(?:that\s+)?)?(?:the|this|these|that|those)\s+(?:[\w-]+\s+)?(?:clash(?:es)?|attacks?|violence|fighting|incidents?|raids?"
    r"|skirmish(?:es)?|killings?|shootings?|explosions?|blasts?|bombings?|ambush(?:es)?|gun\s*(?:fight|battle)s?)"
    r"\s+(?:(?:occurred|happened|took\s+place|began|broke\s+out|started|erupted)\b"
    r"|(?:is|are|was|were)\s+(?:likely|believed|thought|said|suspected|linked|related|part\s+of|the\s+latest\s+in"
    r"|(?:an?\s+)?(?:revenge|reprisal|retaliation|response|reaction)\b)"
    r"|(?:is|are|was|were)\s+(?:probably|possibly|likely)|(?:may|might|could)\s+(?:be|have)|appear\w*|seem\w*)\b"
    r"|^\W*the\s+(?:motives?|reasons?|causes?|circumstances|motivations?|triggers?|purpose)\s+(?:of|for|behind)\s+"
    r"(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?(?:clash(?:es)?|attacks?|violence|fighting|incidents?|raids?"
    r"|skirmish(?:es)?|killings?|assaults?|shootings?|murders?|stabbings?)\b",
    re.IGNORECASE)
"""A sentence whose subject is the event just told and whose verb weighs its cause or links ("The clashes are likely a
spillover from ...", "The killings were thought to be related to ...", "The attack was part of a war between two
gangs", "the ambush was a revenge for ..."), or tells where or when it happened or began ("The attack
took place at ...", "The shooting happened in the market district", "The fighting broke out at dawn near ..."), also
when a report opens it ("Witnesses said the incident happened near ..."), or whose subject
is the event's motive or cause ("The motive of the attack is unclear"): a comment on that event, not a new one. A verb of
sequence ("The fighting came after troops attacked ...") may tell an earlier event and is not one."""


def _comments_on(sentence: Sentence, draft: Draft) -> bool:
    """A sentence that comments on the event just told (EVENT_AS_SUBJECT), next to it and with no date of its own, is
    part of that event's report whatever places it names: the places of a cause or of earlier violence it recalls
    ("a spillover from violence in neighbouring X") are not a new event's, as journalistic grammar takes the definite
    subject to be the event already told."""
    return bool(EVENT_AS_SUBJECT.search(sentence.text)) and _next_to(sentence, draft) and not dated(sentence)


def _same_doers(sentence: Sentence, draft: Draft) -> bool:
    """"A roadside bomb hit a patrol, killing two officers. Two more were then shot by the attackers": a sentence whose
    doer is named only by a definite description of an armed side (`sides.DEFINITE_SIDE`: "the attackers", "by the
    gunmen"), right after an event that has a doer, naming no armed side the event has not named, with no date of its
    own and no place away from it, tells more of that event: the definite noun refers back to those who carried it
    out, as a reader takes it, and ACLED codes one event per incident (its toll summed), not a second attack by the
    same men."""
    if draft.event_type not in ATTACKER_TYPES or not sides.DEFINITE_SIDE.search(sentence.text):
        return False
    known = {m.name for s in draft.sentences for m in s.actors}
    if any(m.inter in actors.ARMED_INTERS and not m.name.startswith("Unidentified") and m.name not in known
           for m in _told_actors(sentence)):
        return False
    return _more_of(sentence, draft)


def _same_named_doers(sentence: Sentence, draft: Draft) -> bool:
    """"Azerbaijani forces fired on Armenian positions near Tegh on Monday night ... A spokeswoman said Azerbaijani
    soldiers had opened fire with small arms": a violent sentence right after a violent event, with no date of its own
    and no place away from it, whose armed sides are all named and all already named by the event, tells more of
    that event, whatever its own words read (a retelling read as mob violence): ACLED's unit is one day, one place and
    one pair of actors, so the same named sides on the same day at the same place are one event. Only a sentence that
    someone tells (its `claimant`: "a spokeswoman said") retells: told by the writer, the same sides' next deed is
    another incident of theirs (a report listing a group's attacks; merged, it cost MUC-4 tune template F1 0.9)."""
    if draft.event_type not in ATTACKER_TYPES or taxonomy.event_type_of(sentence.types[0][0]) not in ATTACKER_TYPES \
            or sentence.claimant is None:
        return False
    armed = [m for m in _told_actors(sentence) if m.inter in actors.ARMED_INTERS]
    known = {m.name for s in draft.sentences for m in s.actors}
    return bool(armed) and all(not m.name.startswith("Unidentified") and m.name in known for m in armed) \
        and _more_of(sentence, draft)


def _refers_back(sentence: Sentence, draft: Draft) -> bool:
    """A sentence that names the event just told by a definite noun ("ten people were hurt in the clash"), with no
    date of its own and no place away from it, is more of that event, whatever its own cues say (a Riots event
    told then "the clash" is not a second, armed, event)."""
    return bool(REFERS_BACK.search(sentence.text)) and _more_of(sentence, draft)


EVENT_NOUN = any_noun(*INCIDENT_NOUNS, *DISORDER_NOUNS, *CAPTIVE_AND_BATTLE_NOUNS, r"(?:air\s*|drone\s+)strikes?",
                      r"gun\s*(?:fight|battle)s?", r"firefights?")
"""The nouns a report names an incident by once it has told it."""

NAMES_THE_EVENT = re.compile(DEFINITE_EVENT_START + EVENT_NOUN + r"\b", re.IGNORECASE)
"""A definite noun phrase for an incident ("the assault", "the Seytenga massacre", "Saturday's attack")."""

AFTERMATH_TOLD = re.compile(
    r"\b(?:toll|number\s+(?:of\s+)?(?:dead|deaths|killed|victims|people\s+killed|casualties)|death\s+count"
    r"|(?:rose|risen|climbed|increased|reached)\s+to|buried|burial|funerals?|mourn\w*|laid\s+to\s+rest"
    r"|claim\w*|blam\w*|responsib\w+|condemn\w*|ended|subsided|died\s+down|ceased|was\s+over)\b",
    re.IGNORECASE)
"""What is told of an incident on the days after it, as news of it rather than a new act: its toll rising, its
dead buried and mourned, a group claiming or being blamed for it, its condemnation, its end."""


def _retold_later(sentence: Sentence, draft: Draft) -> bool:
    """"By Monday evening the number killed in the assault had risen to nine", "On Monday, JNIM claimed
    responsibility for the attack", "The victims of the Seytenga massacre were buried on Sunday": a sentence that
    names the event just told by a definite noun (NAMES_THE_EVENT) and tells only what followed it
    (AFTERMATH_TOLD: a toll updated, a funeral, a claim or blame, its end) is dated by the day it tells of, up to
    `TOLL_GRACE_DAYS` after the event, not by the incident's own day: journalistic grammar takes the definite noun
    to be the incident already told, and ACLED codes one event per incident (its date the incident's, its toll the
    latest reported). Only next to the event, never before its day, and with no place away from it."""
    if not (NAMES_THE_EVENT.search(sentence.text) and AFTERMATH_TOLD.search(sentence.text)):
        return False
    if not _next_to(sentence, draft) or not _places_agree(sentence, draft):
        return False
    own, told = sentence.date, draft.date
    if own is None or told is None or own.date_start is None or told.date_start is None:
        return own is None or own.date_start is None
    return told.date_start <= own.date_start and _dates_agree(own, told, grace_days=TOLL_GRACE_DAYS)


def _more_of(sentence: Sentence, draft: Draft) -> bool:
    """Whether a sentence can tell more of the event just told: next to it, with no date of its own and no place
    away from it."""
    return _next_to(sentence, draft) and not dated(sentence) and _places_agree(sentence, draft)


def _next_to(sentence: Sentence, draft: Draft) -> bool:
    """Whether a sentence stands in the paragraph of the event's last sentence or the next one."""
    return sentence.paragraph - draft.sentences[-1].paragraph <= 1


def dated(sentence: Sentence) -> bool:
    """Whether a sentence states a date of its own."""
    return any(d.date_start is not None for d in sentence.dates)


def _told_actors(sentence: Sentence) -> list[ActorMention]:
    """The actors a sentence tells of, leaving out the one it names as its source ("police said")."""
    return [m for m in sentence.actors if not roles.sentence.in_claimant(m, sentence)]


RESPONSE = re.compile(
    r"\b(?:interven\w+|dispers\w+|tear ?gas|fired (?:warning shots|in the air|back|at (?:them|the))|returned fire"
    r"|exchang\w* (?:of )?(?:gun)?fire|repel\w*|repuls\w*|engag\w+|running battles?|fought|battled|clashed with"
    r"|pursu\w+|chased|gave chase|to (?:restore|control|contain|quell|calm|stop|break up)\b)", re.IGNORECASE)
"""Words of armed forces stepping in to an incident already under way: dispersing, firing, exchanging fire with or
chasing those who started it, bringing it under control. Mere presence ("police were deployed to the area",
"officers arrived") is not among them: ACLED's codebook makes forces the second actor of a demonstration only when
they intervene (a protest they merely watch stays a peaceful one, with no actor 2), and a side of a fight only when
they fight."""

AFTER_THE_FACT = re.compile(
    r"\b(?:arrest\w*|detain\w*|apprehend\w*|in custody|nabbed|charged|arraigned|investigat\w*|launched a manhunt"
    r"|hunting for|recovered|later found)\b", re.IGNORECASE)
"""What forces do after an incident is over: arrests, charges, inquiries, finds."""


def responds(sentence: Sentence, draft: Draft) -> bool:
    """Journalistic grammar tells an incident, then who came to it: "Police arrived and exchanged fire with the
    raiders", "officers were sent in to calm the crowd". Such a follow-up, next to the incident (same or next
    paragraph), naming state forces (inter 1; a government is no force that comes) as they step in or fight
    (RESPONSE), naming no armed side the incident has not named, and with no date of its own and no place away from
    the incident, tells the same incident, not a new one, whatever its own cues say. ACLED codes one event per
    altercation: forces who intervene in a demonstration or riot are its second actor (Protest with intervention,
    Violent demonstration, Mob violence), and forces who fight the attackers are a side of the fight (an armed clash
    when both sides are armed and organised). The follow-up does not retype the incident (its cues, then
    `roles.acled_roles`, decide the type); a follow-up of a kind the incident already has joins it by `_same_event`
    as before.

    Not joined: an arrest after the fact (AFTER_THE_FACT: "police later arrested two suspects"), which ACLED codes
    as a separate Arrests event or not at all; and forces who part two sides already fighting each other ("youths of
    two villages clashed"): those two fill the event's two actor slots (a riot between crowds is coded rioters
    against rioters), so the forces are no side of it."""
    if draft.event_type == EventType.STRATEGIC_DEVELOPMENTS:
        return False
    told = _told_actors(sentence)
    if not any(m.inter == 1 and not roles.sentence.is_government(m)
               for m in told) or not RESPONSE.search(sentence.text) \
            or AFTER_THE_FACT.search(sentence.text):
        return False
    known = {m.name for s in draft.sentences for m in s.actors}
    if any(classify.MUTUAL.search(s.text) for s in draft.sentences) \
            and not any(m.inter == 1 for s in draft.sentences for m in s.actors):
        return False
    return not any(m.inter in (2, 3, 4, 8) and m.name not in known for m in told) and _more_of(sentence, draft)


def _same_event(sentence: Sentence, draft: Draft, lead_date: DateMention | None = None) -> bool:
    """True when the sentence tells more of the draft's event rather than another one."""
    sub_type = sentence.types[0][0]
    event_type = taxonomy.event_type_of(sub_type)
    if event_type not in COMPATIBLE_TYPES[draft.event_type]:
        return False
    if event_type == EventType.STRATEGIC_DEVELOPMENTS and sub_type != draft.sub_event_type:
        return False
    if sentence.paragraph - draft.sentences[-1].paragraph > 3:
        return False
    return _dates_agree(sentence.date, draft.date or lead_date) and _places_agree(sentence, draft)


def _dates_agree(a: DateMention | None, b: DateMention | None, grace_days: int = 0) -> bool:
    """Whether `a` (a sentence's date) can be the day of `b` (an event's), or up to `grace_days` after it."""
    if a is None or b is None or a.date_start is None or b.date_start is None:
        return True
    latest = (b.date_end or b.date_start) + dt.timedelta(days=grace_days)
    return a.date_start <= latest and b.date_start <= (a.date_end or a.date_start)


def _places_agree(sentence: Sentence, draft: Draft) -> bool:
    """Whether a sentence's places can be the event's: near it, and not another town the sentence opens on; a sentence
    with no place of its own is told where its paragraph opened (`paragraph_place`), if it opened on a town."""
    place = draft.place
    own = [t for t in sentence.toponyms if t.kind == "place" and t.latitude is not None]
    if place is not None and not own and sentence.paragraph_place is not None:
        return sentence.paragraph_place.name == place.name or _near(sentence.paragraph_place, place)
    if place is None or not own:
        return True
    opening = own[0]
    if opening.start == sentence.start + len(OPENING_PLACE.match(sentence.text)[0]) and opening.name != place.name \
            and is_point(opening) and is_point(place):
        return False
    return any(_near(t, place) for t in own)


OPENING_PLACE = re.compile(r"^\W*(?:(?:in|at)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?)?", re.IGNORECASE)
"""'In Ndola, ...' at the head of a sentence moves the story to another town: another event there."""


def is_point(toponym: Toponym) -> bool:
    return not (event_places.is_country(toponym) or _is_admin1(toponym))


def _near(a: Toponym, b: Toponym, km: float = 60.0) -> bool:
    """Two places agree when one contains the other or they lie within `km` of each other."""
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if event_places.is_country(a) or event_places.is_country(b):
        return a.country == b.country
    if _is_admin1(a) or _is_admin1(b):
        return a.country == b.country and a.admin1 == b.admin1
    return geo.distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= km


def _is_admin1(toponym: Toponym) -> bool:
    return toponym.feature_code == "ADM1"
