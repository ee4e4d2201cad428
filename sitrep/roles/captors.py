"""Arrests and captors: who took whom, and which force did it.

ACLED's codebook: arrests are made by the state's forces (actor 1) on the people they take (actor 2), a captor who
harms its captives commits violence against civilians, and a force named with no branch is coded by what it did.
These rules read the force that arrested, the group or party of those taken, and whether the taken were unarmed
members of a force, its kin or those it served.
"""

from __future__ import annotations

import functools
import re

from sitrep import actors, taxonomy
from sitrep.roles.sentence import SECURITY_FORCES, _acting, _before, _sentence_of, generic_actor, is_government
from sitrep.schema import ActorMention, Draft


HELD_AND_HARMED = re.compile(
    r"\b(?:died|dying)\s+(?:[\w'’-]+\s+){0,2}?in\s+(?:(?P<force>police|military|army)\s+|their\s+|the\s+)?"
    r"custody(?P<of>\s+of\s+(?:the\s+)?)?"
    r"|\b(?:died|succumbed)\s+(?:[\w'’-]+\s+){0,3}?after\s+(?P<doers>(?:[\w'’-]+\s+){1,3}?)"
    r"(?:beat|shot|stabbed|tortured|assaulted|whipped|clubbed)\s+(?:him|her|them)\b", re.IGNORECASE)
"""A person who died in custody ('died in police custody', 'died in the custody of the gendarmes') or after named doers
harmed him ('died after soldiers beat him')."""

GRIEVANCE_BEFORE = re.compile(r"\b(?:after|following|against|protest\w*|riot\w*|demand\w*|justice\s+for|anger\w*"
                              r"|outrage\w*)\b[^;.]*$", re.IGNORECASE)
"""Words that tell the death that follows as what a crowd rose over ('a riot broke out after a rider died in police
custody'): the crowd's act is then the news."""


def _captor_who_harmed(sub_type: str, draft: Draft, country: str | None) -> ActorMention | None:
    """The state force or organised armed group that held or harmed a person who died (`HELD_AND_HARMED`): ACLED's
    codebook codes harm done by police, soldiers or an armed group to a detainee, or to an unarmed person at a
    roadblock, as an Attack on a civilian by that force, not a mob's violence nor a battle with the victim. The holder
    is the force named in the custody ('police custody', 'in the custody of Amotekun') or as the doers; a custody
    with no holder told, doers who are no force (relatives, a crowd), or a death told as a crowd's grievance
    (`GRIEVANCE_BEFORE`) give none."""
    if taxonomy.event_type_of(sub_type) not in ("Violence against civilians", "Riots", "Battles"):
        return None
    for sentence in draft.sentences:
        match = HELD_AND_HARMED.search(sentence.text)
        if match is None:
            continue
        if GRIEVANCE_BEFORE.search(sentence.text, 0, match.start()):
            return None
        if match.group("force"):
            template = "Police Forces of" if match.group("force").lower() == "police" else "Military Forces of"
            return generic_actor(None, actors.generic_name(template, country), 1)
        if not (match.group("of") or match.group("doers")):
            return None
        low, high = match.span("doers") if match.group("doers") else (match.end(), match.end() + 1)
        return next((m for m in sentence.actors if low <= m.start - sentence.start < high
                     and (m.inter == 1 or m.inter in actors.ARMED_INTERS and m.organization)), None)
    return None


def _arrester(actor2: ActorMention | None, country: str | None, draft: Draft) -> tuple[ActorMention, ActorMention | None]:
    """ACLED's codebook: arrests are made by the state's forces (actor 1) on the people they take (actor 2). So when
    the text's only side of an arrest is a state force it read as acted on ("Arrests: security forces detained ten
    people at a market", with a heading before the verb), that force is actor 1 and the people taken are civilians;
    an armed group read as the doer of an arrest is the group whose members were taken ("two militants of a named
    group arrested with explosives"), and the arrester is the state force the text names; when the text names no
    arrester at all ("a former governor was arrested with two businessmen"), the arrest is the police's."""
    if actor2 is not None and actor2.inter == 1 and not is_government(actor2):
        return actor2, None
    state = next((m for m in _acting(draft) if m.inter == 1 and not is_government(m)), None)
    return _as_police(state, country) or generic_actor(None, actors.generic_name("Police Forces of", country), 1), actor2


def _vague_force(mention: ActorMention | None) -> bool:
    """Whether a state force is named only as "security forces" or "authorities" (SECURITY_FORCES)."""
    return mention is not None and mention.inter == 1 and bool(SECURITY_FORCES.search(mention.text))


def _named_force(draft: Draft) -> ActorMention | None:
    """The state force the event's text names by its own kind ("soldiers opened fire", "police fired tear gas"), the
    first one told, when "security forces" stand for it elsewhere in the text ("stones thrown at security forces
    ...; soldiers opened fire"): ACLED codes the force that acted under its own name, so the text's word for it says
    which force the vague one is, before the rule that policing security forces are the police."""
    forces = [m for m in _acting(draft) if m.inter == 1 and m.organization and not is_government(m)]
    if not any(_vague_force(m) for m in forces):
        return None
    return next((m for m in forces if not _vague_force(m)), None)


def _as_police(mention: ActorMention | None, country: str | None) -> ActorMention | None:
    """State forces named only as "security forces" or "authorities": the police, when they police."""
    if mention is None or mention.inter != 1 or not SECURITY_FORCES.search(mention.text):
        return mention
    return generic_actor(mention, actors.generic_name("Police Forces of", country), 1)


MEMBERS_OF_BEFORE = re.compile(
    r"\b(?:members?|fighters|militants|elements|operatives|affiliates)\s+of\s+(?:the\s+)?$"
    r"|\b(?:belonging|affiliated|linked|loyal)\s+to\s+(?:the\s+)?$", re.IGNORECASE)
"""Words that make people members of the group named next ("three men, presumably members of X", "two youths
linked to X")."""


def _group_of_the_taken(mentioned: list[ActorMention], draft: Draft) -> ActorMention | None:
    """The named armed group the people arrested are told to belong to ("soldiers detained three men, presumably
    members of X"): ACLED's codebook codes the group whose members are arrested as actor 2, hedged or not, as it does
    "suspected X members"; an unnamed armed group gives none (suspects of no named group stay civilians)."""
    for mention in mentioned:
        sentence = _sentence_of(mention, draft)
        if mention.inter in (2, 3) and mention.organization and not mention.name.startswith("Unidentified") \
                and sentence is not None and MEMBERS_OF_BEFORE.search(_before(mention, sentence)[-40:]):
            return mention
    return None


PARTY_PEOPLE = r"(?:supporters|members|activists|leaders|cadres|workers|followers|officials)"
"""The words for a party's people: in South Asian English a party's 'workers' are its activists ("BJP workers")."""

PARTY_MEMBERS = (PARTY_PEOPLE + r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
                 r"({party})|({party})\s+(?:" + PARTY_PEOPLE[3:-1] + r"|youths)\b")
"""People told as a party's supporters or members ("12 supporters of the opposition National Unity Platform",
"ZANU-PF activists")."""


@functools.cache
def _party_members() -> re.Pattern:
    """PARTY_MEMBERS with the actor base's party names filled in, compiled once."""
    return re.compile(PARTY_MEMBERS.format(party=actors.party_pattern().pattern), re.IGNORECASE)


def _party_of_the_taken(draft: Draft, taken: ActorMention | None, country: str | None = None) -> ActorMention | None:
    """The party whose supporters or members the lead sentence tells arrested (PARTY_MEMBERS): ACLED codes arrests
    of a party's supporters with the party as actor 2 (they were taken as its members; a party's name is never
    found as an actor by itself, `actors.UNFINDABLE_KINDS`; an acronym several countries' parties share is the
    article's country's party). None when the sentence names no party's people."""
    found = _party_members().search(draft.anchor.text)
    if found is None:
        return None
    entry = actors.default_resolver().party_entry(found.group(1) or found.group(2), country)
    if entry is None:
        return None
    start = draft.anchor.start + found.start()
    return ActorMention(start, draft.anchor.start + found.end(), found.group(), entry.name, entry.inter,
                        organization=True, country=taken.country if taken is not None else entry.country)


UNARMED_AFTER = re.compile(r"^\s*(?:\(\s*|,\s*)?(?:(?:who|which)\s+(?:were|was)\s+|(?:were|was)\s+|both\s+|all\s+)?"
                           r"(?:(?:assumed|reportedly|said\s+to\s+be|believed\s+to\s+be)\s+)?unarmed\b", re.IGNORECASE)

UNARMED_BEFORE = re.compile(r"\bunarmed\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
"""'unarmed rangers', 'two guards (assumed unarmed)', 'police officers, who were unarmed'."""


def _unarmed_force(actor2: ActorMention | None, draft: Draft) -> bool:
    """Whether the event's target is a state force the text tells was unarmed ('kidnapped two forest guards (who
    were unarmed)'): ACLED's codebook makes violence against the unarmed violence against civilians, so they are
    civilians."""
    if actor2 is None or actor2.inter != 1 or is_government(actor2):
        return False
    sentence = _sentence_of(actor2, draft)
    return sentence is not None and bool(UNARMED_AFTER.match(sentence.text[actor2.end - sentence.start:])
                                         or UNARMED_BEFORE.search(_before(actor2, sentence)[-30:])
                                         or CAPTIVE_AFTER.match(sentence.text[actor2.end - sentence.start:]))


CAPTIVE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,6}?(?:(?:after|when|upon)\s+(?:being|having\s+been)\s+|(?:was|were)\s+)"
    r"(?:abducted|kidnapped|captured|taken\s+hostage|taken\s+captive|seized)\b(?!\s+and\s+(?:freed|released))",
    re.IGNORECASE)
"""A member of a state force told as killed or found dead once held captive ("a gendarme was found dead after being
abducted by separatists", "two soldiers were kidnapped and executed"): a captive is unarmed, and ACLED's codebook
makes violence against the unarmed violence against civilians."""


KIN_AFTER = re.compile(
    r"^['’]s?\s+(?:[\w-]+\s+)?(?:wife|wives|husband|widow|son|sons|daughter|daughters|child|children|kids|baby"
    r"|brother|brothers|sister|sisters|mother|father|parents|relatives?|family|families|in-laws|nephew|niece"
    r"|cousin|fianc[ée]e?|girlfriend|boyfriend|domestic\s+worker|maid)\b", re.IGNORECASE)
"""A possessive naming a person's relatives or household ("a ranger's wife", "the soldiers' children")."""


def _kin_of_force(actor2: ActorMention | None, draft: Draft) -> bool:
    """Whether the event's target, a state force, is named only as whose relatives were hit ("shot dead a police
    officer's wife", KIN_AFTER): the victims are the relatives, unarmed people, so ACLED's codebook makes the
    violence an attack on civilians, not a battle with the force."""
    if actor2 is None or actor2.inter != 1:
        return False
    sentence = _sentence_of(actor2, draft)
    return sentence is not None and bool(KIN_AFTER.match(sentence.text[actor2.end - sentence.start:]))


SERVED_BEFORE = re.compile(
    r"\b(?:inform\w*|informants?\s+(?:of|for)|inform(?:ing|ed)\s+on\s+\w+\s+to|collaborat\w*\s+with|cooperat\w*\s+with"
    r"|spy\w*\s+for|spies\s+for|work\w*\s+(?:for|with)"
    r"|denounc\w*\s+(?:\w+\s+){0,3}?to|tipp\w*\s+off|passing\s+information\s+to|(?:giving|gave|provid\w*)\s+"
    r"information\s+to)\s+(?:the\s+)?(?:[\w'-]+\s+)?$", re.IGNORECASE)
"""Words before a force naming it as the one its victim served ("accused of informing the army", "suspected of
collaborating with the police", "for working for the soldiers")."""


def _force_served(actor2: ActorMention | None, draft: Draft) -> bool:
    """Whether the event's target, a state force, is named only as the one its victims served or informed
    (SERVED_BEFORE: "killed a village chief accused of informing the army"): the people killed are civilians, so
    ACLED's codebook makes the violence an attack on civilians, not a battle with the force. Only for an attack or a
    clash: a group that takes ground to hunt the army's informers acts against the army."""
    if actor2 is None or actor2.inter != 1:
        return False
    sentence = _sentence_of(actor2, draft)
    return sentence is not None and bool(SERVED_BEFORE.search(_before(actor2, sentence)[-60:]))
