"""Which side a report means when it does not name it: a definite description ("the gunmen", "the attackers"), a
pronoun opening a sentence ("They beat residents"), the forces a speaker calls its own ("the army said its soldiers
...") and a statement's first person ("our forces repelled the attack"). Each becomes a mention of the side named
before it, or of the speaker or the body that issued the statement, so the event's actors are those the reader
understands.
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep import actors, casualties, classify, roles
from sitrep.schema import ActorMention, Document, Sentence, Span


def link_sides(document: Document, sentences: list[Sentence], country: str | None) -> None:
    """Every unnamed reference to a side in the document's sentences made a mention of the side it refers to."""
    _ruling_movement_as_state(document, sentences, country)
    _link_definite_sides(sentences)
    _link_own_forces(sentences, country)
    _link_first_person_forces(document, sentences, country)


RULING_MOVEMENTS = {"Taliban": ("Afghanistan", dt.date(2021, 8, 15))}
"""Armed movements that took a state and became its government, with the day they did: ACLED codes the Taliban's
forces after the fall of Kabul on 15 August 2021 as Afghanistan's state forces, "Military Forces of Afghanistan
(2021-)" and "Police Forces of Afghanistan (2021-)", and no longer as the rebel group "Taliban"."""

RULERS_POLICE_AFTER = re.compile(r"\s+(?:police(?:men)?|police\s+officers?|policemen|traffic\s+police"
                                 r"|(?:morality|vice)\s+police)\b", re.IGNORECASE)
"""The ruling movement's police named after it ("Taliban police", "Taliban morality police"): its Police Forces."""

RULERS_GOVERNMENT_AFTER = re.compile(r"[-\s]+(?:led\s+)?(?:government|administration|authorities|officials?"
                                     r"|spokesm[ae]n|ministry|ministers?|leaders?(?:hip)?|regime|rulers?|emirate)\b",
                                     re.IGNORECASE)
"""The ruling movement named as a government or its officials ("the Taliban government", "Taliban officials"): left
as it is, for the rules that read governments and speakers."""


def _ruling_movement_as_state(document: Document, sentences: list[Sentence], country: str | None) -> None:
    """A movement that became a state's government (RULING_MOVEMENTS), named in a report of that country published
    after it took power, is that state's forces: its police where the text says police (RULERS_POLICE_AFTER; the
    police mention after it is taken in), else its Military Forces. Before that day, or with no day, it stays the group
    it was; so it does in a report from another country, whose press may give the name to a group of its own (in
    Pakistan, "Taliban" often means the TTP)."""
    if document.published is None:
        return
    for sentence in sentences:
        kept: list[ActorMention] = []
        absorbed: set[int] = set()
        for mention in sentence.actors:
            home, since = RULING_MOVEMENTS.get(mention.name, (None, None))
            if home is None or country not in (None, home) or document.published < since:
                kept.append(mention)
                continue
            local = mention.end - sentence.start
            if RULERS_GOVERNMENT_AFTER.match(sentence.text, local):
                kept.append(mention)
                continue
            police = RULERS_POLICE_AFTER.match(sentence.text, local)
            end = mention.end + (police.end() - local if police else 0)
            force = "Police Forces of" if police else "Military Forces of"
            absorbed.update(id(m) for m in sentence.actors if m is not mention and mention.end <= m.start < end)
            words = sentence.text[mention.start - sentence.start:end - sentence.start]
            kept.append(ActorMention(mention.start, end, words, actors.generic_name(force, home), 1, True, home))
        sentence.actors = [m for m in kept if id(m) not in absorbed]


DEFINITE_SIDE = re.compile(r"\b(?:[Tt]he|by)\s+(?P<side>(?:gunmen|attackers|raiders|assailants|militants|fighters)\b)")
"""A definite description of an armed side by what it did ("the gunmen", "the attackers"), or the bare agent of a
passive told after the side was named ("Nandi militiamen raided a village ... huts were torched by attackers"):
it names no one."""

PRONOUN_SIDE = re.compile(
    r"^\W*(?P<side>They)\b"
    r"(?!\s+(?:said|say|says|told|added|claimed|reported|alleged|accused|were|are|had been|have been)\b)")
"""'They' opening a sentence as the subject of a deed, right after a sentence that named an armed side as the doer
("ISWAP fighters rode into the village. They beat residents"): English refers to the subject of the sentence before
by the plural pronoun, so 'they' names that side, not the people its deed falls on (a pronoun that opens a report of
speech, or a passive, is left to the other rules)."""

NAMED_SIDE_INTERS = frozenset({2, 3, 4})
"""Inter codes of the non-state armed sides such a description can refer back to: rebels, political and identity
militias (state forces are named by their own nouns: "the police", "the troops")."""

ANAPHORA_PARAGRAPHS = 1
"""How many paragraphs back a definite description may reach for the side it refers to."""


def _link_definite_sides(sentences: list[Sentence]) -> None:
    """A definite description ("the gunmen", "the attackers", "the raiders") refers back to the nearest side named
    earlier in the text as the doer of violence, as a reader takes "Pokot raiders stole cattle. Police later engaged
    the raiders" to mean the Pokot raiders: the description becomes a mention of that side (at its own words, and armed,
    as its noun says), or is left alone when no named side came before."""
    for index, sentence in enumerate(sentences):
        descriptions = list(DEFINITE_SIDE.finditer(sentence.text)) + list(PRONOUN_SIDE.finditer(sentence.text))
        if not descriptions:
            continue
        antecedent = named_doer_before(sentences, index)
        if antecedent is None:
            continue
        for found in descriptions:
            start, end = sentence.start + found.start("side"), sentence.start + found.end("side")
            covering = [m for m in sentence.actors if m.start < end and start < m.end]
            if any(not m.name.startswith("Unidentified") for m in covering):
                continue
            kept = [m for m in sentence.actors if m not in covering]
            kept.append(ActorMention(start, end, found.group("side"), antecedent.name, antecedent.inter, True,
                                     antecedent.country))
            sentence.actors = sorted(kept, key=lambda m: m.start)


OWN_FORCES = re.compile(
    r"\b(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?P<force>jets|drones|aircraft|warplanes|planes|helicopters|gunships"
    r"|soldiers|troops|forces|units|artillery|personnel|fighters|commandos|men|officers|policemen|agents)\b")
"""'The army said its soldiers ...', 'the defence ministry said its drones had ...': the forces a speaker calls its own
are the speaker's side, so a body that reports its own deed is the deed's actor, not only its claimant."""
POLICE_FORCES = frozenset({"officers", "policemen", "agents"})


def _link_own_forces(sentences: list[Sentence], country: str | None) -> None:
    """Forces told with a possessive after the claimant of a sentence ("the Nigerian Air Force said its jets killed
    about 30 bandits") become mentions of the claimant's side: the armed side the claimant names or speaks for
    (`casualties.claimant_side`); a ministry or government that speaks of its troops speaks for its state's forces."""
    for sentence in sentences:
        if not sentence.claimant:
            continue
        name, span = sentence.claimant
        rest = sentence.text[span.end - sentence.start:]
        for found in OWN_FORCES.finditer(rest):
            start = span.end + found.start()
            end = span.end + found.end()
            if any(m.start < end and start < m.end for m in sentence.actors):
                continue
            side = _speaker_side(name, sentence, span, country, found.group("force") in POLICE_FORCES)
            if side is None:
                continue
            own = ActorMention(start, end, found.group(), side[0], side[1], True)
            sentence.actors = sorted([*sentence.actors, own], key=lambda m: m.start)


FIRST_PERSON_FORCES = re.compile(
    r"\b(?:[Oo]ur|(?<!its )(?<!their )(?<!his )(?<!her )[Oo]wn)\s+(?:own\s+)?(?:(?:brave|heroic|gallant|valiant"
    r"|vigilant|special|security|armed|ground|air|naval|elite)\s+)?(?P<force>forces|troops|soldiers|fighters"
    r"|mujahideen|heroes|men|units|personnel|officers|policemen|commandos|army|brigades?|battalions?)\b")
"""'Our forces repelled the attack', 'our mujahideen targeted a convoy', 'own troops engaged the location': the forces a
statement's issuer calls its own. A press release, a communiqué or an armed group's claim speaks in the first person
of the body that issued it, whose name heads it ('Syrian Democratic Forces / Media Centre - Statement')."""
ISSUER_LINES = 3
"""How many of a document's first lines may name the body that issued it."""
POLICE_ISSUER = re.compile(r"\b(?:[Pp]olice|POLICE|[Ii]nterior|INTERIOR|[Gg]endarmerie|GENDARMERIE)\b")
"""An issuer that is a police force or a ministry of the interior: the forces it calls its own are police."""


def issuer_side(document: Document, country: str | None) -> tuple[str, int] | None:
    """The armed side of the body named in a document's first lines (its letterhead), if one is named there."""
    lines = [line.strip() for line in document.text.splitlines() if line.strip()][:ISSUER_LINES]
    for line in lines:
        side = _side_of(line, country, bool(POLICE_ISSUER.search(line)))
        if side is not None:
            return side
    return None


def _link_first_person_forces(document: Document, sentences: list[Sentence], country: str | None) -> None:
    """Forces a statement calls 'our forces' (`FIRST_PERSON_FORCES`), outside quotation marks, become mentions of the
    issuer's side (`issuer_side`): an army's 'our troops' are that army, an armed group's 'our mujahideen' that
    group."""
    found_any = [(sentence, found) for sentence in sentences for found in FIRST_PERSON_FORCES.finditer(sentence.text)
                 if not classify.in_quotation_marks(document.text, sentence.start + found.start(),
                                                    sentence.start + found.end())]
    if not found_any:
        return
    side = issuer_side(document, country)
    if side is None:
        return
    for sentence, found in found_any:
        start, end = sentence.start + found.start(), sentence.start + found.end()
        if any(m.start < end and start < m.end for m in sentence.actors):
            continue
        own = ActorMention(start, end, found.group(), side[0], side[1], True)
        sentence.actors = sorted([*sentence.actors, own], key=lambda m: m.start)


def _speaker_side(name: str, sentence: Sentence, span: Span, country: str | None,
                  police: bool) -> tuple[str, int] | None:
    """The armed side a claimant speaks for: an armed actor named in its words, else what its words say it is."""
    named = [m for m in sentence.actors
             if span.start <= m.start and m.end <= span.end and m.inter in actors.ARMED_INTERS]
    if named:
        return named[0].name, named[0].inter
    return _side_of(name, country, police)


def _side_of(name: str, country: str | None, police: bool) -> tuple[str, int] | None:
    """The armed side a speaker's name says it is (`casualties.claimant_side`): a state speaks for its police or its
    military, whichever forces it speaks of."""
    side = casualties.claimant_side(name, country)
    if side is None:
        return None
    for state in ("Government of ", "Military Forces of ", "Police Forces of "):
        if side.startswith(state):
            return ("Police Forces of " if police else "Military Forces of ") + side[len(state):], 1
    resolved = actors.normalise_actor(side, country)
    return resolved if resolved and resolved[1] in actors.ARMED_INTERS else None


def named_doer_before(sentences: list[Sentence], index: int) -> ActorMention | None:
    """The side a definite description refers to, in the nearest earlier sentence (within `ANAPHORA_PARAGRAPHS`
    paragraphs) that names a non-state armed side (not an unidentified group): the last one it names as a doer, or
    else the only one it names ("troops traded shots with Al Shabaab militants ... the attackers later withdrew")."""
    paragraph = sentences[index].paragraph
    for earlier in reversed(sentences[:index]):
        if paragraph - earlier.paragraph > ANAPHORA_PARAGRAPHS:
            return None
        doers, done_to = roles.sentence.roles_in_sentence(earlier)
        named = [m for m in doers if named_side(m)]
        if named:
            return named[-1]
        sides = [m for m in done_to if named_side(m)]
        if sides:
            return sides[0] if len({m.name for m in sides}) == 1 else None
    return None


def named_side(mention: ActorMention) -> bool:
    """A side a definite description can refer back to: a named non-state armed side, or an identity militia the
    text named by what it is though not by its community ("cattle rustlers raided a village ... the attackers stole
    forty cows": the rustlers, "Unidentified Ethnic Militia"). An unidentified armed group is no antecedent: "gunmen"
    and "the gunmen" name no one either way."""
    return mention.inter in NAMED_SIDE_INTERS and (not mention.name.startswith("Unidentified") or mention.inter == 4)
