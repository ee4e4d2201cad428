"""Event arguments in one parsed sentence: who attacked (attacker), what was hit (target), who was
hurt, killed or taken (victim), and with what (instrument).

Pure functions over the spaCy tokens of a sentence and the position of its event trigger. Noun
phrases are chunked from Penn tags; a phrase's role comes from its head noun (word lists of
perpetrators, buildings and vehicles, people), from where it stands relative to the trigger
(subject or object, `by` in the passive) and from named entities (people as victims). Actor
mentions arrive split around the trigger by `sitrep.extract` (doers, and those acted on), and
speakers ('X said') and civilians who are not the plain subject are no attackers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep import countries
from sitrep.actors import find_actors, normalise_actor
from sitrep.schema import ActorMention, Argument, CasualtyMention, Span
from sitrep.truecase import TITLES
from sitrep.weapons import find_weapons

if TYPE_CHECKING:
    from spacy.tokens import Token

PHRASE_TAGS = frozenset({"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "HYPH", "VBN",
                         "VBG", "POS", "``", "''"})
"""Penn tags a noun phrase is made of (participles as modifiers: 'armed men', 'parked car')."""

NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
PARTICIPLES = frozenset({"VBN", "VBG"})
BRIDGE_TAGS = frozenset({"NN", "NNP", "NNS", "JJ", "VBZ", "VBP"})
"""Tags of a lower-cased word inside a name (a lowered name word may read as a noun or a verb)."""
LEADING_DROP = frozenset({"DT", "PDT", "PRP$", "POS", "HYPH", "``", "''", "VBG", "VBN"})
"""Tags a mention never starts with (determiners and possessives: 'the', 'his')."""

VAGUE_QUANTITIES = frozenset({"several", "some", "many", "numerous", "various", "few", "other", "another"})
"""Words of vague quantity a mention leaves out ('several electricity poles' -> 'electricity poles')."""

PERPETRATORS = frozenset(
    "guerrillas guerrilla terrorists terrorist gunmen gunman rebels rebel insurgents insurgent "
    "commandos commando hitmen hitman assassins assassin kidnappers kidnapper attackers attacker "
    "assailants assailant militants militant traffickers trafficker "
    "squads squad bandits criminals murderers killers sappers extremists paramilitaries paramilitary "
    "militiamen gangs gang mercenaries fighters".split()
)
"""Head nouns that name people who carry out attacks, whatever their place in the sentence."""

WIELDERS = frozenset("bomber bombers sniper snipers shooter shooters".split())
"""Nouns that name people by the weapon they use ('a suicide bomber', 'a sniper'): a person, never
the instrument of the event, though the weapon's name is inside the word."""

PEOPLE = frozenset(
    "men man individuals individual persons person people women woman youths soldiers soldier troops "
    "members member group groups units unit column columns patrol patrols agents officers policemen "
    "suspects students".split()
)
"""Head nouns of people who are attackers only as the subject of an active trigger or after `by`."""

TARGETS = frozenset(
    "building buildings house houses home homes residence residences office offices headquarters embassy "
    "embassies consulate bank banks branch branches farm farms ranch estate bus buses vehicle vehicles "
    "car cars truck trucks jeep jeeps van vans plane planes airliner aircraft helicopter train trains bridge "
    "bridges tower towers pylon pylons post posts pole poles substation substations station stations plant "
    "plants facility facilities installation installations school schools university church churches "
    "cathedral store stores shop shops supermarket hotel hotels restaurant restaurants barracks base bases "
    "garrison pipeline pipelines line lines network system dam port airport ministry courthouse hall "
    "newspaper newspapers transmitter antenna warehouse warehouses factory factories mill company property "
    "properties structure structures exchange center centre club theater cinema hospital clinic "
    "establishment establishments offices premises mansion "
    "ship boat boats vessel electricity transportation".split()
)
"""Head nouns of physical targets: buildings, vehicles, installations, property."""

OF_HEADS = frozenset(
    "members member headquarters offices office residence home house building branch facilities "
    "installations group groups unit units column".split()
)
"""Heads whose `of` complement belongs to the mention ('members of the union', 'offices of the mayor')."""

CIVILIANS = 7
"""ACLED inter code of civilians: they attack only as the plain subject of the trigger or its agent."""

SUBJECT_GAP = 3
"""Most words between a subject and its trigger ('guerrillas today attacked', 'men reportedly shot')."""

VICTIM_REACH = 40
"""Most characters from the trigger's start to a victim named after it."""

HARM_NOUNS = (r"(?:death|murder|assassination|killing|slaying|execution|kidnapping|abduction|disappearance"
              r"|shooting|stabbing|beating|lynching|rape|torture"
              r"|attacks? (?:on|against)|attempt on the life of|attempt against)")
HARM_OF = re.compile(HARM_NOUNS + r"\s+(?:of\s+)?(?:[\w'.-]+\s+){0,6}$", re.IGNORECASE)
"""A noun of harm before a name ('the murder of presidential candidate X'; a name may follow a
post of several words: 'the assassination of regional water board chairman Colonel X')."""
HARM_REACH = 80
"""Most characters from a noun of harm to the name it governs (a post of several words between)."""
COORDINATED = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$", re.IGNORECASE)
"""What joins names in a list ('X, Y and Z'): names coordinated share their role in the sentence."""
HARM_AFTER = re.compile(r"\s*['’]s\s+(?:[\w-]+\s+)?" + HARM_NOUNS + r"\b", re.IGNORECASE)
"""A name's possessive before a noun of harm ('X's murder')."""
PASSIVE_GAP = 15
"""Most words between a name and the passive trigger it is the subject of."""
SPEECH_INSIDE = re.compile(r"\b(?:said|says|stated|reported|told|announced|that)\b|[;:]", re.IGNORECASE)

SEIZED_BEFORE = re.compile(r"\b(?:seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|confiscat(?:e|es|ed|ing)"
                           r"|recover(?:s|ed|ing)?|turn(?:s|ed|ing)? in|hand(?:s|ed|ing)? over|surrender(?:s|ed|ing)?"
                           r"|haul|cache|caches)\b[^.;:]*$", re.IGNORECASE)
SEIZED_REACH = 80
"""A verb of taking arms away before a weapon ('seized six rifles and a grenade launcher', 'a
cache of explosives'): weapons seized, captured, surrendered or stored were not used to harm
anyone, so they are no instrument of the event."""

MEMBER_AFTER_NAME = re.compile(
    r"\s+(?:members?|units?|guerrillas?|militants?|fighters?|rebels?|insurgents?|cells?|elements|commandos?|"
    r"terrorists?|militiamen|combatants|operatives|cadres?|troops|soldiers|forces|columns?|squads?|gunmen)$",
    re.IGNORECASE)
"""A noun for the people of a group written after the group's name ('FARC members', 'FMLN units')."""


def group_mention(text: str, start: int, end: int) -> tuple[str, int, int]:
    """A group's mention without the member noun after its name: 'FARC members', 'the FMLN units'
    and 'ELN guerrillas' name the group FARC, FMLN, ELN (English puts a group's name before a noun
    for its members as a modifier, so the name alone is the group). The noun stays when the words
    before it are no name of the same actor on their own ('armed forces', 'security forces',
    'Colombian guerrillas', 'U.S. troops'): there it is part of the name or the only noun."""
    found = MEMBER_AFTER_NAME.search(text)
    if found is None or found.start() == 0:
        return text, start, end
    core = text[: found.start()]
    whole = normalise_actor(text)
    named = [m for m in find_actors(core) if m.end == len(core)]
    if whole is None or not named or (named[0].name, named[0].inter) != whole:
        return text, start, end
    return core, start, start + len(core)


AGENT_BEFORE = re.compile(r"\bby\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+\s+)?$", re.IGNORECASE)
SPEECH_AFTER = re.compile(r"^\W*(?:\w+ly |today |yesterday |also )?(?:has |have |had )?"
                          r"(?:said|says|stated|reported|told|noted|added|announced|"
                          r"explained|charged|denied|confirmed|indicated|claimed|asserted|declared|condemned|"
                          r"spokesm[ae]n|sources?)\b", re.IGNORECASE)
SPEECH_BEFORE = re.compile(r"\b(?:according to|told|quoted|spokesm[ae]n|sources?|reporters?)\s*$", re.IGNORECASE)



def noun_phrases(tokens: Sequence["Token"]) -> list[tuple[int, int]]:
    """Maximal noun phrases as (first, last + 1) token indexes into `tokens`, each ending in a noun;
    a phrase whose head takes an `of` complement ('members of the front') includes it."""
    phrases: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if tokens[i].tag_ not in PHRASE_TAGS:
            i += 1
            continue
        j = i + 1
        while (j < len(tokens) and tokens[j].tag_ in PHRASE_TAGS and not _verb_after_noun(tokens, j)
               and not _opens_phrase(tokens, j)):
            j += 1
        end = j
        while end > i and tokens[end - 1].tag_ not in NOUN_TAGS:
            end -= 1
        start = i
        while start < end and (tokens[start].tag_ in LEADING_DROP or tokens[start].lower_ in VAGUE_QUANTITIES):
            start += 1
        if start < end:
            if tokens[end - 1].lower_ in OF_HEADS and end + 1 < len(tokens) and tokens[end].lower_ == "of":
                complement = next((p for p in noun_phrases(tokens[end + 1:]) if p[0] <= 1), None)
                if complement is not None:
                    end = end + 1 + complement[1]
            phrases.append((start, end))
        i = max(j, end)
    return phrases


def _opens_phrase(tokens: Sequence["Token"], index: int) -> bool:
    """True when a determiner follows a word that is no determiner: an English noun phrase opens
    with its determiner, so 'at 0640 an FMLN unit' holds the phrase 'an FMLN unit', not '0640 an
    FMLN unit' (a time, count or noun before it belongs to what came before)."""
    return tokens[index].tag_ == "DT" and tokens[index - 1].tag_ not in ("DT", "PDT")


def _verb_after_noun(tokens: Sequence["Token"], index: int) -> bool:
    """True when a participle follows a noun: the verb of a clause ('Okafor blamed'), not a modifier."""
    return tokens[index].tag_ in PARTICIPLES and tokens[index - 1].tag_ in NOUN_TAGS


def _head(tokens: Sequence["Token"], start: int, end: int) -> "Token":
    """The head of a phrase: its last noun before an `of` complement."""
    for k in range(start, end):
        if tokens[k].lower_ == "of":
            return tokens[k - 1]
    return tokens[end - 1]


def _span_argument(role: str, tokens: Sequence["Token"], start: int, end: int, text: str, offset: int,
                   organization: bool = False) -> Argument:
    first, last = tokens[start], tokens[end - 1]
    begin, finish = first.idx, last.idx + len(last.text)
    return Argument(role, text[begin - offset : finish - offset], begin, finish, organization)


def _is_agent(text: str, offset: int, begin: int) -> bool:
    """True when a mention is the agent of a passive verb ('was attacked by the rebels')."""
    return bool(AGENT_BEFORE.search(text[max(0, begin - offset - 12) : begin - offset]))


def _is_subject(text: str, offset: int, finish: int, trigger: int | None) -> bool:
    """True when a mention ends a few words before the trigger, with no comma between: its subject."""
    if trigger is None or finish > trigger:
        return False
    gap = text[finish - offset : trigger - offset]
    return len(gap.split()) <= SUBJECT_GAP and "," not in gap


def _is_speaker(text: str, offset: int, begin: int, finish: int) -> bool:
    """True when a mention is the source of a statement ('X said', 'according to X')."""
    return bool(SPEECH_AFTER.search(text[finish - offset : finish - offset + 40])
                or SPEECH_BEFORE.search(text[max(0, begin - offset - 30) : begin - offset]))


def find_arguments(
    tokens: Sequence["Token"],
    text: str,
    offset: int,
    trigger: int | None,
    doers: Sequence[ActorMention] = (),
    done_to: Sequence[ActorMention] = (),
    casualty_mentions: Sequence[CasualtyMention] = (),
    weapon_mentions: Sequence[tuple[str, Span]] | None = None,
    harms_people: bool = False,
) -> list[Argument]:
    """Attacker, target, victim and instrument arguments of the event a sentence reports.

    `tokens` are the sentence's spaCy tokens, `text` the sentence as in the document starting at
    document offset `offset`, `trigger` the document offset of the event's trigger word (None when
    unknown). `doers` and `done_to` are the sentence's actor mentions already split around the
    trigger; with `harms_people` (violence against civilians) those acted on are victims, else targets.
    `weapon_mentions` are the sentence's `find_weapons` results when the caller has them.
    """
    passive = trigger is not None and bool(PASSIVE.search(text[: max(0, trigger - offset)][-30:]))
    arguments = [Argument("attacker", m.text, m.start, m.end, m.organization) for m in doers
                 if _is_agent(text, offset, m.start) or not (
                     _is_speaker(text, offset, m.start, m.end)
                     or (m.inter == CIVILIANS and (passive or not _is_subject(text, offset, m.end, trigger))))]
    role = "victim" if harms_people else "target"
    arguments += [Argument(role, m.text, m.start, m.end, m.organization) for m in done_to]
    for casualty in casualty_mentions:
        if casualty.victim:
            position = text.find(casualty.victim)
            begin = offset + position if position >= 0 else casualty.start
            arguments.append(Argument("victim", casualty.victim, begin, begin + len(casualty.victim), False))
    taken = [(a.start, a.end) for a in arguments]
    for argument in _phrase_arguments(tokens, text, offset, trigger, passive) + _named_victims(
        tokens, text, offset, trigger, passive
    ):
        if not any(s < argument.end and argument.start < e for s, e in taken):
            taken.append((argument.start, argument.end))
            arguments.append(argument)
    for _, span in find_weapons(text, offset=offset) if weapon_mentions is None else weapon_mentions:
        words = [t for t in tokens if span.start <= t.idx < span.end]
        if SEIZED_BEFORE.search(text[max(0, span.start - offset - SEIZED_REACH) : span.start - offset]):
            continue
        if span.text.lower() not in PERPETRATORS | WIELDERS and not any(t.tag_.startswith("VB") for t in words):
            arguments.append(Argument("instrument", span.text, span.start, span.end, False))
    return arguments


def _phrase_arguments(tokens: Sequence["Token"], text: str, offset: int, trigger: int | None,
                      passive: bool) -> list[Argument]:
    """Attackers and targets among the sentence's noun phrases, by head noun and position."""
    found = []
    for start, end in noun_phrases(tokens):
        head = _head(tokens, start, end)
        word = head.lower_
        argument = _span_argument("attacker", tokens, start, end, text, offset)
        if _is_speaker(text, offset, argument.start, argument.end):
            continue
        agent = _is_agent(text, offset, argument.start)
        subject = not passive and _is_subject(text, offset, argument.end, trigger)
        if word in PERPETRATORS or (word in PEOPLE and (agent or subject)):
            found.append(argument)
        elif word in TARGETS and head.ent_type_ not in ("PERSON", "GPE", "NORP"):
            if trigger is None or argument.start > trigger or passive:
                found.append(_span_argument("target", tokens, start, end, text, offset))
    return found


def _named_victims(tokens: Sequence["Token"], text: str, offset: int, trigger: int | None,
                   passive: bool) -> list[Argument]:
    """People named as those harmed: right after the trigger ('killed Mayor X'), after a noun of
    harm ('the murder of X', 'X's kidnapping'), or before a passive trigger in the same clause
    ('X and Y have been killed'); never the source of a statement."""
    found = []
    for first, last in _person_entities(tokens):
        begin, finish = tokens[first].idx, tokens[last - 1].idx + len(tokens[last - 1].text)
        before = text[max(0, begin - offset - VICTIM_REACH) : begin - offset]
        after = text[finish - offset : finish - offset + VICTIM_REACH]
        harmed = bool(HARM_OF.search(text[max(0, begin - offset - HARM_REACH) : begin - offset])
                      or HARM_AFTER.match(after))
        if trigger is not None and not harmed:
            if begin > trigger:
                harmed = len(text[trigger - offset : begin - offset].split()) <= 4 and begin - trigger <= VICTIM_REACH
            elif passive:
                gap = text[finish - offset : trigger - offset]
                harmed = len(gap.split()) <= PASSIVE_GAP and not SPEECH_INSIDE.search(gap)
        if harmed and not _is_speaker(text, offset, begin, finish):
            name = text[begin - offset : finish - offset]
            found.append(Argument("victim", name, begin, finish, False, person=name))
    return _with_coordinated(found, _person_entities(tokens), tokens, text, offset)


def _with_coordinated(found: list[Argument], people: list[tuple[int, int]], tokens: Sequence["Token"], text: str,
                      offset: int) -> list[Argument]:
    """Victims with the people named in one list with them ('murdered peasants X and Y', 'the
    killing of X, Y and Z'): coordinated names fill one role, however far the list runs past the
    reach of the trigger."""
    spans = [(tokens[first].idx, tokens[last - 1].idx + len(tokens[last - 1].text)) for first, last in people]
    victims = {(a.start, a.end) for a in found}
    added = True
    while added:
        added = False
        for index, (begin, finish) in enumerate(spans):
            if (begin, finish) in victims:
                continue
            neighbours = [spans[j] for j in (index - 1, index + 1) if 0 <= j < len(spans) and spans[j] in victims]
            gaps = [text[f - offset : begin - offset] if f <= begin else text[finish - offset : b - offset]
                    for b, f in neighbours]
            if any(COORDINATED.match(gap) for gap in gaps):
                name = text[begin - offset : finish - offset]
                found.append(Argument("victim", name, begin, finish, False, person=name))
                victims.add((begin, finish))
                added = True
    return found


def fullest_names(arguments: Sequence[Argument], names: Sequence[str]) -> None:
    """Give each argument naming a person the longest of `names` (the people the document names)
    that contains its name as whole words: 'Oqueli' becomes 'Hector Oqueli Colindres'."""
    names = [trimmed for trimmed in map(name_only, names) if trimmed]
    by_key = {" ".join(name.lower().split()): name for name in names}
    for argument in arguments:
        if argument.person is None:
            continue
        own = f" {' '.join(argument.person.lower().split())} "
        longer = [key for key in by_key if own in f" {key} "]
        if longer:
            argument.person = by_key[max(longer, key=len)]


NAME_TRAILERS = frozenset("said says blamed stated told reported added noted denied claimed explained".split())
"""Reporting verbs a tagger may glue to the end of a name ('X said')."""


def name_only(name: str) -> str:
    """A person's name without what a tagger often takes into it: titles and courtesy words
    before it ('Mrs', 'Colonel'), a nationality before it ('Ecuadorian X'), a possessive ending
    ('X's') or a reporting verb after it ('X said'). English writes these around a name, never
    as part of it."""
    words = name.split()
    while words and (words[0].lower().rstrip(".") in TITLES or countries.country_of_demonym(words[0]) is not None):
        words = words[1:]
    if words:
        words[-1] = re.sub(r"['’][sS]?$", "", words[-1])
    while words and words[-1].lower() in NAME_TRAILERS:
        words = words[:-1]
    return " ".join(w for w in words if w)


def _person_entities(tokens: Sequence["Token"]) -> list[tuple[int, int]]:
    """PERSON entities as token ranges, titles and possessive endings stripped; adjacent
    pieces of one name are joined, also across one lower-case word ('Ana maria Lopez Okafor'),
    as names in truecased text are often split."""
    ranges = []
    i = 0
    while i < len(tokens):
        if tokens[i].ent_type_ != "PERSON":
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            if tokens[j].ent_type_ == "PERSON":
                j += 1
            elif _bridges_name(tokens, j):
                j += 2
            else:
                break
        start, end = i, j
        while start < end and tokens[start].lower_.rstrip(".") in TITLES:
            start += 1
        while end > start and tokens[end - 1].tag_ == "POS":
            end -= 1
        if start < end:
            ranges.append((start, end))
        i = j
    return ranges


def _bridges_name(tokens: Sequence["Token"], index: int) -> bool:
    """True when one alphabetic noun-like word stands between two pieces of a PERSON name."""
    return (index + 1 < len(tokens) and tokens[index + 1].ent_type_ == "PERSON" and tokens[index].is_alpha
            and tokens[index].tag_ in BRIDGE_TAGS)
