"""What kind of event a sentence or a short news snippet reports, in ACLED's 25 sub-event types.

Hand-written cue rules (sitrep/data/event_patterns.tsv, written from the ACLED codebook) fire on
the text; each cue carries a weight, discounted when it sits late in a snippet, right after a
hedge or negation ("threatened to", "no clashes") or in a sentence about the past ("since 2014").
Cues of one type combine as a noisy-or, then codebook priorities settle competing types: who took
territory decides between the two territorial Battles types, a protest context turns tear gas
into an intervention and clashes into a riot, a found or defused weapon is not an explosion, a
territorial change outranks the fighting, and the `_DEMOTIONS` table ranks the rest.
No model and no training data: every cue and weight is written by hand.
"""

from __future__ import annotations

import bisect
import functools
import importlib.resources
import re
from dataclasses import dataclass, field, replace

from sitrep import actors
from sitrep.taxonomy import EVENT_TYPE_OF, EventType, SubEventType

MIN_SCORE = 0.3
"""Types scoring below this are not reported: a lone weak cue is not an event."""

MIN_EVENT_SCORE = 0.35
"""Below this classifier score a sentence is not taken as reporting an event on its own."""

INTERVENTION = re.compile(
    r"\b(?:interven\w+|dispers\w+|calmed|cleared|restored (?:order|calm)|broke up|tear ?gas|arrested|detained|fired"
    r"|controlled|contained|stopped|halted|blocked(?! (?:the |a |an |their |its )?(?:[\w'-]+ ){0,2}?"
    r"(?:roads?|streets?|highways?|interstate|junctions?|bridges?|traffic)))\b", re.IGNORECASE)
"""What state forces do to a demonstration or riot: they become its second actor (a road blocked is the
demonstrators' own act, not the police's)."""

GOV_TERRITORY = SubEventType.GOVERNMENT_REGAINS_TERRITORY
NSA_TERRITORY = SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
EXPLOSION_TYPES = frozenset(
    sub for sub, kind in EVENT_TYPE_OF.items() if kind == EventType.EXPLOSIONS_REMOTE_VIOLENCE
)

_SENTENCE_END = re.compile(r"[.!?;][\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n+")
_EXPLODED = re.compile(
    r"attack|strike|raid|blast|explod|explosion|detonat|fired|launch|hit|struck|landed|went off|bombard|shelling"
    r"|shelled|thrown|hurled|lobbed|blew|blow|suicide|bombing|bomber|gas|chlorine|sarin|mustard",
    re.IGNORECASE,
)
"""Words inside an explosion cue that say the weapon was used, not merely found."""
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\b(?:that|said|says|and then|while|after|as)\s", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NOT_TERRITORY = re.compile(
    r"\b(?:workers|people|civilians|hostages|passengers|men|women|children|students|commanders?|leaders?"
    r"|suspects|weapons|arms|ammunition|vehicles|members|journalists|activists|oxen|cattle|cows|livestock|goats|sheep"
    r"|camels|motorcycles?|motorbikes?|cars?|trucks?|money|cash|goods|ransom|bodies|corpses|remains|loot"
    r"|(?:who|that) (?:had )?(?:attacked|stormed|raided|assaulted|ambushed))\b",
    re.IGNORECASE,
)
"""Words that, inside a 'seized ... checkpoint' cue, show people or goods were taken, not ground; or that the people
driven out or back had come to attack ('drove out fighters who had attacked a post'): attackers repelled held no ground,
so the fight is an armed clash (codebook 'Armed clash'), not ground retaken."""
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|these|those|this|that|newly|recently|formerly)\s+$", re.IGNORECASE)
"""A determiner (or 'newly') right before a participle makes it an adjective ("the liberated areas")."""
_SCOPE_END = re.compile(r"[,;]|\b(?:and|but|then|before|after)\b", re.IGNORECASE)
"""Where a hedge or negation stops applying: 'accused of kidnapping and burned them' burned them."""


_PREPOSITION_ENDS = re.compile(r"\b(?:of|with)\s*$", re.IGNORECASE)
"""A hedge that ends in a preposition ('accused of', 'charged with'): what it governs is a noun or a gerund."""
_VERB_WITH_OBJECT = re.compile(r"[a-z]+\s+(?:him|her|them|it|us)\b")
"""A verb with an object pronoun after it ("beat her to death"): no noun, so after 'accused of X and' a finite verb."""


def _scope_ends(text: str, start: int, end: int) -> bool:
    """Whether a hedge's scope stops between `start` and the cue at `end` (_SCOPE_END), an 'and' joining the cue itself
    as a second noun or bare verb of the hedged phrase not counted: "suspected of theft and rape" and "vowed to attack
    and burn" hedge the rape and the burning too, while "accused of kidnapping and burned them" tells a burning, and so
    does "accused of witchcraft and beat her to death": a preposition governs no bare verb with its own object, so the
    verb after 'and' is the sentence's finite one."""
    for match in _SCOPE_END.finditer(text, start, end):
        if match.group(0).lower() != "and" or text[match.end():end].strip() or FINITE_PAST.match(text, end) \
                or (_PREPOSITION_ENDS.search(text, max(0, start - 6), start) and _VERB_WITH_OBJECT.match(text, end)):
            return True
    return False


_CLAUSE_BREAK = re.compile(r"[,;:()—–]")
"""Punctuation between clauses: history told in another clause does not make the cue history."""
_CONTEXT_LISTS = frozenset({"state", "nonstate", "protest_core", "hedge", "negation", "history", "concession", "source"})
"""Word lists the code reads as context (besides those cue lines name in their `needs` column)."""
GRIEVANCE_OPENER = re.compile(
    r"\b(?:against|over|after|following|demanding|(?:to )?call(?:ing)? for|to (?:protest|condemn|denounce|demand|mourn)"
    r"|protesting|condemning|denouncing|in (?:protest|response|reaction|solidarity|support)(?: (?:at|of|against|over|to"
    r"|with))?)\b", re.IGNORECASE)
"""Words after a protest that open what it is about: "marched against the killing of a student", "held a rally calling
for the release of jailed activists" (a demand, like 'demanding')."""
PROTESTED_OBJECT = re.compile(
    r"\s+(?!(?:in|at|on|outside|near|by|over|against|after|following|and|or|but|as|was|were|is|are|has|have|had|from|to"
    r"|for|with|across|through|along|throughout|which|who|that|turned|erupted|continued|spread|held|march|marches"
    r"|rally|rallies|again|peacefully|today|yesterday)\b)(?=[A-Za-z])", re.IGNORECASE)
"""A word right after a protest verb that starts its object ("protest the detention of ...", "protested the relocation
of the offices"): the transitive verb names what the protest is about, as 'against' does; prepositions, conjunctions and
verbs there open the protest's own story instead ("protested in the capital"). Only arrests, deployments and other
strategic developments named so are taken for the cause alone: a killing a protest is held over ("protested the murder
of the mayor") is news the text also reports."""
PROTEST_VERB = re.compile(r"protest(?:s|ed|ing)?|demonstrat(?:e|ed|ing)", re.IGNORECASE)
"""Protest words that take the protest's cause as a direct object (not after a determiner: "the protest leaders" is a
noun)."""
DEMANDED_NOUN = (r"(?:release|freedom|withdrawal|resignation|removal|reinstatement|payment|punishment|trial"
                 r"|prosecution|arrest|restoration|reopening|cancellation|reversal|return|recovery)")
"""What a protest demands, as a noun ('release', 'resignation', 'reinstatement'): named after the cause's opener."""
GRIEVANCE_END = re.compile(
    r"[;]|,\s+(?:(?:and|but)(?!\s+(?:the\s+)?(?:(?:immediate|unconditional|speedy|prompt)\s+(?:and\s+)?)*"
    rf"{DEMANDED_NOUN}\s+of\b)|when|while|as|before|then|where"
    r"|(?!(?:following|demanding|calling|protesting|condemning|denouncing)\b)\w+ing)\b"
    r"|\b(?:and|but)\s+(?:then\s+|later\s+)?(?:were|was|got)\b"
    r"|\b(?:police|policemen|security forces|officers|soldiers"
    r"|troops|rioters|riot|dispers\w*|clash(?:ed|es)? with|turned|turns|said|says"
    r"|(?:told|reported|announced)(?!\s+by\b))\b", re.IGNORECASE)
"""Where the protest's cause ends and the protest's own story, or another clause, goes on ("..., and police fired
tear gas", "..., the council said three members were abducted"); ", following" is a preposition that opens a
further cause, and ", demanding" or ", calling for" (GRIEVANCE_OPENER participles) open the cause itself ("held a
protest, demanding the release of colleagues detained last week"), not a clause of the protest's own story, and
"announced by" is a participle inside the cause ("against the schedule announced by the commission"), not a report of
it. ", and" before a further demand named as a noun ("demanding justice for the dead, and release of detained
students") coordinates that demand inside the cause: it opens no clause, while "and were" before a participle is the
protesters' own passive ("marched demanding lower fees and were arrested by police")."""
OPPOSED_OBJECT = re.compile(r"\b(?:against|over|protesting|denouncing|condemning)\s+(?:the\s+)?$", re.IGNORECASE)
"""An opener of what a protest opposes right before a forces word: the forces are the object of the protest ("marched
against police deployed to their village"), not the subject of a clause of the protest's own story."""


def _grievance_ends(text: str, start: int, end: int) -> bool:
    """Whether the protest's cause ends between `start` and `end` (GRIEVANCE_END), a forces word that is itself what the
    protest opposes (OPPOSED_OBJECT) not counted: "demonstrated against soldiers deployed in the town" is a protest
    against a deployment, and codebook typing codes the protest, not the deployment, as the event."""
    return any(not (m.group(0)[0].isalpha() and OPPOSED_OBJECT.search(text, max(0, m.start() - 30), m.start()))
               for m in GRIEVANCE_END.finditer(text, start, end))


def _opens_participle_clause(text: str, start: int) -> bool:
    """Whether the cue at `start` itself opens the clause that ends a protest's cause right after a comma
    (GRIEVANCE_END's ", ...ing": "fired on villagers holding a protest against a land deal, killing two"): the
    participle tells what the main verb's act did, as it does for the cues after it, so it is no part of the cause
    (a grievance participle such as ", demanding" is)."""
    comma = text.rfind(",", max(0, start - 3), start)
    clause = GRIEVANCE_END.match(text, comma) if comma >= 0 else None
    return clause is not None and clause.end() > start


OWN_DAY = re.compile(
    r"\b(?:(?:on|last|since)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:on|since)\s+\d{1,2}\s+[A-Z][a-z]+"
    r"|(?:on|since)\s+[A-Z][a-z]+\s+\d{1,2}\b|yesterday|last night)")
"""A day of its own in a protest's cause ("after gunmen shot a grower on Monday"): the cause is an event the text
also reports, not only a grievance (a cause dated only "last month" is background)."""
_GRIEVANCE_NOTE = "in what a protest is about"
GRIEVANCE_REACH = 80
"""A cause is told in a phrase: a cue this many characters or more after its opener is in another clause."""
GRIEVANCE_TYPES = frozenset(EVENT_TYPE_OF) - {SubEventType.PEACEFUL_PROTEST, SubEventType.VIOLENT_DEMONSTRATION}
"""Types whose cue, inside a protest's cause, is what the protest is about, not what happened at it: an arrest or a
dispersal the protest is against ("marched after the arrest of their leader") is its cause, not an intervention in it."""
DAMAGE_DONE = re.compile(r"(?:damag|destroy|wreck|flatten|uproot|ransack)\w*\b", re.IGNORECASE)
"""A violent demonstration's cue of property damaged or destroyed: inside a protest's cause ("protested after a storm
destroyed their homes") the damage is the grievance, not the protesters' vandalism."""
COORDINATED_BEFORE = re.compile(r"\b(?:and|then)\s+(?:then\s+)?$", re.IGNORECASE)
"""A damage verb joined by "and" or "then" ("protested over insecurity and wrecked a station") shares the protesters'
subject: their own act, not the cause."""


AGENT_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)
"""An agent phrase right after a participle ("colleagues detained by police")."""
RELATIVE_PASSIVE_BEFORE = re.compile(
    r"\b(?:who|that|which)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+$", re.IGNORECASE)
"""A relative clause's passive before a participle ("leaders who were detained by police"): it describes them."""
FINITE_BEFORE = re.compile(r"\b(?:and|then|were|was|is|are|been|being|be|had|has|have|got)\s+$", re.IGNORECASE)
"""Words after which a passive participle is the clause's own verb ("and were arrested by police")."""


def _people_so_treated(match: re.Match, text: str) -> bool:
    """Whether a cue is a passive participle describing people, with its agent after it, in a relative clause ("for
    their leaders, who were arrested by soldiers") or a reduced one ("the freeing of farmers held by gendarmes"), not
    the clause's own verb ("and were arrested by police"). Inside a protest's cause such a phrase names those whose fate
    is protested, however long the cause runs; it is no act the sentence reports (codebook: the protest is coded, not
    the arrest it protests)."""
    if not AGENT_AFTER.match(text, match.end()):
        return False
    before = text[max(0, match.start() - 40):match.start()]
    return not FINITE_BEFORE.search(before) or bool(RELATIVE_PASSIVE_BEFORE.search(before))


def cause_reach(match: re.Match, text: str) -> int | None:
    """How far after its opener a protest's cause may still hold the cue `match` (`_Context.in_grievance`): no limit
    for an event named as a noun ("the detention of ...") or for people described by what was done to them
    (`_people_so_treated`), GRIEVANCE_REACH otherwise."""
    return None if NAMED_AS_NOUN.match(text, match.end()) or _people_so_treated(match, text) else GRIEVANCE_REACH


def _damage_as_cause(sub_type: str, match: re.Match, text: str) -> bool:
    """Whether a violent demonstration's cue is damage (DAMAGE_DONE) not joined to the protest verb by "and"/"then"
    (COORDINATED_BEFORE): such damage, if it is in the protest's cause, is the grievance."""
    return (sub_type == SubEventType.VIOLENT_DEMONSTRATION and bool(DAMAGE_DONE.match(match.group(0)))
            and not COORDINATED_BEFORE.search(text, max(0, match.start() - 12), match.start()))


NAMED_BEFORE = re.compile(r"\b(?:the|a|an|of|prior|previous|recent|earlier|alleged|reported|factional)\s+$", re.IGNORECASE)
"""A determiner or a word of time right before a cue makes it a noun naming an event ("against the prior clash"):
rioting named so in a protest's cause is its cause; a rioting verb there ("demonstrating against the vote burned
tyres") is the protesters' own deed."""
FIGHT_OVER = re.compile(
    r"\b(?:clash(?:ed|es)?|fought|fights?|fighting|brawl(?:ed|s)?|scuffl(?:ed|es)|quarrel(?:led|s)?)\b[^.;:]{0,90}?"
    r"\bover\s+(?!(?:the\s+)?(?:weekend|past|last|next|night|nights|days?|weeks?|months?|years?|period)\b)"
    r"(?:the\s+|a\s+|an\s+|alleged\s+)?(?:(?!(?:and|then|before|after|killing|leaving)\b)[\w'-]+\s+){0,4}$",
    re.IGNORECASE)
"""A fight and what it is over, right before a cue ("two groups of villagers clashed over the sexual harassment of a
girl", "residents fought with each other over the filing of a rape case"): a harm named after 'over' is the quarrel's
cause, an earlier deed or an allegation, not an event the sentence reports (ACLED codes the fight). Not 'over' a span
of time ("fighting over the weekend killed ..."), nor a cue after a new clause or verb ("fought over the town and
captured it")."""
FIGHT_TYPES = frozenset({SubEventType.MOB_VIOLENCE, SubEventType.ARMED_CLASH, SubEventType.VIOLENT_DEMONSTRATION})
"""The fights themselves, whose cues a fight's cause never discounts."""
NAMED_AS_NOUN = re.compile(r"\s+of\b", re.IGNORECASE)
"""A cue followed by 'of' is a noun naming an event ("the detention of opposition members", "looting of weapons"):
inside a protest's cause it names the grievance however long the cause runs ("against the schedule and the
detention of ...")."""
BACKGROUND_OPENER = re.compile(
    r"\b(?:amid(?:st)?|following|ahead of|in the wake of|in the run-up to|emerging from)\s+(?:[\w'-]+\s+){0,6}$",
    re.IGNORECASE)
"""A preposition that names the occasion of what a clause reports ("vandalised a house amid the unrest following the
demonstrations", "clashed ahead of the party's rally"), with the few words of its noun phrase after it (no clause
break): the event named there surrounds the news, it is not the act the clause reports."""


PARTICIPLE_PROTEST = re.compile(r"(?:protest|demonstrat|march|rally|rallie|strik)\w*ing", re.IGNORECASE)
"""A protest word as a present participle ("traders demonstrating against ...", "residents protesting the ...")."""
BE_BEFORE = re.compile(r"\b(?:am|is|are|was|were|been|be|being|kept|keep|started|start|began|begin|continued|continue"
                       r"|went on|go on)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
"""A form of 'be' (or a verb of going on) before a participle: 'were demonstrating' is the clause's own verb."""
FINITE_PAST = re.compile(r"[a-z]+ed\b")
"""A word in the simple past (lower case, as running text writes verbs)."""
NOT_BEFORE_FINITE = re.compile(
    r"\b(?:the|a|an|of|by|to|was|were|been|being|is|are|had|has|have|who|which|that|and|or|allegedly|reportedly"
    r"|recently|newly|get|got|its|their|his|her)\s+$", re.IGNORECASE)
"""Words after which a past form is a participle or an adjective ("the alleged looted goods", "who looted"), not the
main verb of the sentence."""


PASSIVE_BEFORE = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
"""'was' or 'were' (an adverb may follow) right before a past participle: a passive verb."""
PASSIVE_AT = re.compile(r"(?:was|were)\b", re.IGNORECASE)
"""A cue that itself opens with 'was' or 'were' ("were dispersed")."""
CLAUSE_IN_CAUSE = re.compile(r"\b(?:after|when|as|because|since|while|where|who|whom|whose|which|that|until|before|if"
                             r"|once)\b", re.IGNORECASE)
"""Words that open a clause of its own inside a protest's cause ("protesting after colleagues were arrested"): a
passive there has the clause's own subject."""


def _passive_main_verb_after_participle(text: str, protest: re.Match[str], start: int) -> bool:
    """Whether the cue at `start` is a passive ('were tear-gassed', 'was dispersed') that is the sentence's main verb
    after a protest named by a present participle: "nurses demonstrating over unpaid overtime were tear-gassed" has
    its subject ("nurses"), a participle phrase of the cause made of nouns, then its own passive verb, so the nurses
    were tear-gassed (codebook: a protest with intervention), unless a clause word opens a clause of the cause's own
    first ("demonstrating after colleagues were arrested": the arrest is the grievance)."""
    if not PASSIVE_AT.match(text, start) and not PASSIVE_BEFORE.search(text, max(0, start - 20), start):
        return False
    return not CLAUSE_IN_CAUSE.search(text, protest.end(), start)


def _main_verb_after_participle(text: str, protest: re.Match[str], start: int) -> bool:
    """Whether the cue at `start` is the sentence's main verb after a protest named by a present participle: "traders
    demonstrating against relocation looted shops" has its subject ("traders"), a participle phrase that modifies it and
    tells the cause, then its own verb in the past ("looted"). A participle is no finite verb (unless 'be' comes
    before it: "were demonstrating"), so the sentence's finite verb is still to come; a past form right after a noun
    of the cause, not after a determiner, a preposition, an auxiliary or a relative pronoun, is that verb, and what
    it tells is what the demonstrators did, not what they were protesting."""
    if not PARTICIPLE_PROTEST.fullmatch(protest.group(0)):
        return False
    if BE_BEFORE.search(text, max(0, protest.start() - 30), protest.start()):
        return False
    if _passive_main_verb_after_participle(text, protest, start):
        return True
    if not FINITE_PAST.match(text, start):
        return False
    return not NOT_BEFORE_FINITE.search(text, max(0, start - 15), start)


def in_background(text: str, start: int) -> bool:
    """Whether the word at `start` is named in an occasion phrase (BACKGROUND_OPENER) of its clause: a demonstration
    named so is the setting of the act, not what its doers were doing (codebook: a violent demonstration is violence by
    the demonstrators themselves; violence by others during or after demonstrations is mob violence)."""
    return bool(BACKGROUND_OPENER.search(text, max(0, start - 80), start))


PROTEST_AHEAD = re.compile(
    r"\b(?:ahead\s+of|before|in\s+the\s+run-?up\s+to|on\s+the\s+eve\s+of"
    r"|to\s+(?:prevent|stop|foil|thwart|pre-?empt|block)"
    r"|planned|proposed|scheduled|upcoming|forthcoming|announced|called)\s+"
    r"(?:(?:the|a|an|their|its|his|her|this|next|tomorrow's|planned|proposed|scheduled|upcoming|forthcoming|announced"
    r"|[\w'-]+-day|[\w'-]+-hour)\s+){0,3}$", re.IGNORECASE)
"""A demonstration told as still to come ("ahead of the planned hartal", "to prevent a scheduled rally"): forces
that act then act before any protest is taking place, so ACLED codes their arrests as arrests (strategic
developments), not as an intervention in a protest that is not yet happening."""


def protest_ahead(context: "_Context", start: int) -> bool:
    """Whether every protest word of the sentence at `start` names a protest still to come (`PROTEST_AHEAD`)."""
    sentence_start, sentence_end = context.sentence_bounds(start)
    named = [m for m in context.present.get("protest_core", ()) if sentence_start <= m.start() < sentence_end]
    return bool(named) and all(PROTEST_AHEAD.search(context.text, max(sentence_start, m.start() - 60), m.start())
                               for m in named)


RIOT_NOUN = re.compile(r"(?:riots|rioting|unrest|violence)", re.IGNORECASE)
"""Nouns naming a riot as a whole."""
OCCASION_BEFORE = re.compile(
    r"\b(?:amid(?:st)?|during|in the course of|in the midst of|following)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)
"""A preposition of occasion with the few words of its noun phrase ("during the post-election riots")."""


def _armed_act_amid_riot(match: re.Match[str], context: "_Context") -> bool:
    """Whether a riot noun (RIOT_NOUN) is named only as the occasion (OCCASION_BEFORE) of what an armed group named
    in its sentence did, before or after it ("gunmen fired on a police post during the riots", "two officers died
    during the riots when gunmen shot them"): the codebook's violent demonstration is violence by the demonstrators
    themselves, so the armed group's attack is the event and the riot its setting."""
    if not RIOT_NOUN.fullmatch(match.group(0)):
        return False
    if not OCCASION_BEFORE.search(context.text, max(0, match.start() - 60), match.start()):
        return False
    sentence_start, sentence_end = context.sentence_bounds(match.start())
    return any(sentence_start <= m.start() < sentence_end and not (match.start() <= m.start() < match.end())
               for m in context.present.get("nonstate", ()))


SPEECH_OFFENCE = re.compile(
    r"\b(?:arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|summon(?:ed|ing|s)?|charg(?:ed|ing|es)|held|nabbed|picked up"
    r"|taken into custody)\s+(?:[\w'-]+\s+){0,6}?(?:over|for|after|following|in connection with|on charges of)"
    r"\s+(?:[\w'-]+\s+){0,3}?(?:remarks|comments|statements?|speech(?:es)?|words|utterances|hate speech|incitement"
    r"|inciting|insult\w*|sayings)\b(?:(?![,;]|\band\b)[^.!?])*$", re.IGNORECASE)
"""An arrest (or summons or charge) over words spoken, whose phrase runs unbroken up to a protest word ("arrested an
MP over remarks he made at a rally")."""


def speech_venue(text: str, start: int) -> bool:
    """Whether the protest word at `start` only names where words were spoken that an arrest is over (SPEECH_OFFENCE):
    the rally is the venue of the alleged offence, not a demonstration the text reports, and the arrest of a
    politician over a speech is a political arrest (codebook 'Arrests'), not an intervention in a protest."""
    return bool(SPEECH_OFFENCE.search(text, max(0, start - 160), start))


_POSITION_FACTORS = (1.0, 0.9, 0.8)
_DISCOUNTED = 0.35
"""Weight factor for a cue right after a hedge, a negation, a concession or an attribution ('vowed to attack', 'no
clashes', 'despite air strikes', 'according to vigilantes')."""


@dataclass(frozen=True, slots=True)
class Cue:
    """One line of the pattern file: a regex that signals `sub_type` with confidence `weight`."""

    sub_type: str
    weight: float
    pattern: re.Pattern[str]
    needs: str | None
    line: int
    starts: tuple[str, ...] | None = None
    """Lower-case text every match begins with (one per alternative), or None when unknown: a
    sentence containing none of them is skipped without running the regex."""


@dataclass(frozen=True, slots=True)
class CueHit:
    """A cue that fired: where, on which words, and the weight it contributes after discounts."""

    sub_type: str
    start: int
    end: int
    text: str
    weight: float
    line: int
    note: str = ""


@dataclass(frozen=True, slots=True)
class Patterns:
    """The compiled pattern file: event cues and the named word lists used as context."""

    cues: tuple[Cue, ...]
    lists: dict[str, re.Pattern[str]]
    list_starts: dict[str, tuple[str, ...] | None] = field(default_factory=dict)


def _expand(regex: str, macros: dict[str, str]) -> str:
    """Replace every {name} in `regex` with the (already expanded) alternation of list @name."""
    def substitute(match: re.Match[str]) -> str:
        if match.group(1) not in macros:
            raise ValueError(f"event patterns: unknown word list {{{match.group(1)}}}")
        return f"(?:{macros[match.group(1)]})"

    return re.sub(r"\{([A-Za-z_]\w*)\}", substitute, regex)


def _compile(regex: str) -> re.Pattern[str]:
    """A case-insensitive pattern bounded by word boundaries."""
    return re.compile(rf"\b(?:{regex})\b", re.IGNORECASE)


PREFIX_CHARS = 3
_WORD_START = re.compile(r"\b\w")


def match_starts(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The literal beginnings (up to PREFIX_CHARS, lower case) one of which every match of
    `pattern` starts with, read from its parsed form; None when some branch starts with a class,
    a wildcard or an optional part, or with a letter whose case-insensitive matches its lower case
    does not tell (the long s matches "s")."""
    from re import _parser

    starts = _starts(list(_parser.parse(pattern.pattern, pattern.flags)))
    if not starts or not all(starts) or not all(_positions_exact(start) for start in starts):
        return None
    return tuple(sorted(starts))


def _starts(items: list) -> set[str] | None:
    """Literal prefixes of a parsed sequence; see match_starts."""
    from re import _constants as c

    prefix = ""
    for index, (op, arg) in enumerate(items):
        if op is c.LITERAL:
            prefix += chr(arg).lower()
            if len(prefix) >= PREFIX_CHARS:
                return {prefix}
            continue
        if prefix:
            return {prefix}
        if op in (c.AT, c.ASSERT_NOT, c.ASSERT):
            continue
        if op is c.SUBPATTERN:
            return _starts(list(arg[3]) + items[index + 1:])
        if op is c.BRANCH:
            found: set[str] = set()
            for branch in arg[1]:
                sub = _starts(list(branch) + items[index + 1:])
                if not sub:
                    return None
                found |= sub
            return found
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, item = arg
            rest = items[index + 1:]
            first = _starts(list(item) + rest) if high == 1 else _starts(list(item))
            if low >= 1 or first is None:
                return first
            after = _starts(rest)
            return first | after if after else None
        return None
    return {prefix} if prefix else None


def _openings(text: str) -> dict[str, list[int]]:
    """The first one, two and three characters (lower case) of every word of `text`, each with
    the positions of the words that begin so."""
    lowered = text.lower()
    found: dict[str, list[int]] = {}
    for match in _WORD_START.finditer(lowered):
        position = match.start()
        for size in (1, 2, 3):
            found.setdefault(lowered[position:position + size], []).append(position)
    return found


def _may_match(starts: tuple[str, ...] | None, openings: dict[str, list[int]]) -> bool:
    """False only when no word of the text begins as a match of the pattern must."""
    return starts is None or not openings.keys().isdisjoint(starts)


def _matches(pattern: re.Pattern[str], starts: tuple[str, ...] | None, context: "_Context") -> list[re.Match[str]]:
    """`pattern.finditer` over the context's text, found faster where the words' positions can be
    trusted: the pattern is tried only where a word begins as its matches must (`starts`), and
    each match is taken as finditer would (the leftmost first, the next after its end)."""
    if starts is None or not context.positions_exact:
        return list(pattern.finditer(context.text))
    openings = context.openings
    candidates = sorted({position for start in openings.keys() & starts for position in openings[start]})
    found = []
    end = 0
    for position in candidates:
        if position >= end and (match := pattern.match(context.text, position)) is not None:
            found.append(match)
            end = match.end()
    return found


def _positions_exact(text: str) -> bool:
    """Whether the word positions of `text.lower()` are those a case-insensitive pattern sees in
    `text`: every character lowers to one character of the same kind (word character or not), and
    none matches a letter other than its lower case (the long s matches 's')."""
    return text.isascii() or all(_plain(character) for character in set(text) if not character.isascii())


@functools.cache
def _plain(character: str) -> bool:
    """A character whose lower case is one character, the one the regex engine compares, as much a
    word character as it, and with no other letters it matches when case is ignored."""
    import _sre
    from re._casefix import _EXTRA_CASES

    lowered = character.lower()
    return (len(lowered) == 1 and ord(lowered) == _sre.unicode_tolower(ord(character))
            and ord(lowered) not in _EXTRA_CASES
            and bool(_WORD_CHARACTER.match(lowered)) == bool(_WORD_CHARACTER.match(character)))


_WORD_CHARACTER = re.compile(r"\w")


def parse_patterns(text: str) -> Patterns:
    """Parse the pattern file format (see the file's header); raises ValueError on a bad line. The word list
    {state_subject} is built in: a country's name or alias as a subject (`actors.state_as_subject`)."""
    macros: dict[str, str] = {"state_subject": actors.state_as_subject()}
    cues: list[Cue] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if len(fields) not in (3, 4):
            raise ValueError(f"event patterns line {number}: expected 3 or 4 tab-separated fields")
        name, regex = fields[0], _expand(fields[2], macros)
        needs = fields[3].lstrip("@") if len(fields) == 4 else None
        try:
            weight = float(fields[1])
            pattern = _compile(regex)
        except (ValueError, re.error) as error:
            raise ValueError(f"event patterns line {number}: {error}") from error
        if name.startswith("@"):
            macros[name[1:]] = regex
            continue
        if name not in EVENT_TYPE_OF:
            raise ValueError(f"event patterns line {number}: unknown sub-event type {name!r}")
        if not 0.0 < weight <= 1.0:
            raise ValueError(f"event patterns line {number}: weight {weight} is not in (0, 1]")
        if needs is not None and needs not in macros:
            raise ValueError(f"event patterns line {number}: unknown word list @{needs}")
        cues.append(Cue(name, weight, pattern, needs, number, match_starts(pattern)))
    lists = {name: _compile(regex) for name, regex in macros.items()}
    return Patterns(tuple(cues), lists, {name: match_starts(pattern) for name, pattern in lists.items()})


@functools.cache
def load_patterns() -> Patterns:
    """The shipped pattern file, read and compiled once on first use."""
    resource = importlib.resources.files("sitrep") / "data" / "event_patterns.tsv"
    return parse_patterns(resource.read_text(encoding="utf-8"))


TIMED_RELATIVE = re.compile(
    r",\s+(?:which|who|whom|whose)\s+(?:had|has|have|used\s+to)\s[^,;:()\"\u201c\u201d]{3,100}?,"
    r"(?=\s+(?:has|have|had|was|were|is|are)\s)"
    r"|\b(?:who|which|that)\s+(?:had|has|have|used\s+to)\s[^,;:()\"\u201c\u201d]{3,80}?"
    r"(?:(?=\s+(?:was|were|(?:has|have|had)\s+been)\s+\w+|\s*[.!?]?\s*$)"
    r"|(?:(?<=years)|(?<=decades)|(?<=months)|(?<=[0-9]{4}))(?=\s+(?-i:[a-z]+ed)\b))",
    re.IGNORECASE)
"""A relative clause in the perfect or of habit, between commas before the main clause's verb ('The camp, which had
been held by rebels for years, was retaken'), or restrictive ('who had been jobless for years', 'that had served as a
shelter since 2022', 'who used to farm along the river') closed by the main clause's verb after it ('were massacred',
or 'gathered' after its time words) or by the end of the sentence ('shelled a school that had served as a shelter
since 2022.'): it describes its noun."""


def timed_clause(text: str, low: int, high: int, outside: int | None = None) -> re.Match[str] | None:
    """The relative clause in the perfect or of habit (TIMED_RELATIVE) that holds text[low:high], when it does not also
    hold the position `outside`; such clauses never overlap, so there is at most one."""
    return next((clause for clause in TIMED_RELATIVE.finditer(text) if clause.start() <= low and high <= clause.end()
                 and not (outside is not None and clause.start() <= outside < clause.end())), None)


def confined_to_relative_clause(text: str, low: int, high: int, cue: int) -> bool:
    """Whether a word of time or habit at text[low:high] lies inside a relative clause (TIMED_RELATIVE) that does not
    hold the cue at `cue`. Grammar: a time adverbial modifies the verb of its own clause, so 'for years' in 'Villagers
    who had farmed there for years were massacred' dates the farming, not the massacre, which is news."""
    return timed_clause(text, low, high, cue) is not None


EARLIER_OCCASION = re.compile(
    r"\b(?:(?:(?:the|a|one|two|three|four|five|six|several|some|few) )?(?:day|night|week|month|year)s? "
    r"(?:before|earlier|ago)"
    r"|last (?:week|month|year)|earlier (?:this|that|in the) (?:week|month|year)|previously|in the past"
    r"|since (?:[0-9]{4}|last \w+)|for (?:years|months|decades))\b", re.IGNORECASE)
"""Words that put an act on an occasion before the news ('the week before', 'two days earlier', 'last month')."""


def told_as_before(text: str, low: int, high: int, position: int) -> bool:
    """Whether a word at text[low:high] lies in a relative clause in the perfect or of habit (TIMED_RELATIVE) that
    tells an earlier occasion (EARLIER_OCCASION) and does not hold `position`: 'Students who had marched the week
    before were detained by police' tells an arrest of people who once protested, not a protest broken up; without the
    time words ('police detained students who had sat down on an avenue') the clause may tell the protest itself."""
    clause = timed_clause(text, low, high, position)
    return clause is not None and bool(EARLIER_OCCASION.search(clause.group()))


@dataclass(slots=True)
class _Context:
    """What the whole text offers to every cue: sentence starts and the word lists that matched."""

    text: str
    sentence_starts: list[int]
    present: dict[str, list[re.Match[str]]]
    openings: dict[str, list[int]]
    positions_exact: bool

    def sentence_index(self, position: int) -> int:
        """Index of the sentence holding `position` (0 for the first)."""
        return bisect.bisect_right(self.sentence_starts, position) - 1

    def sentence_bounds(self, position: int) -> tuple[int, int]:
        """Start and end offsets of the sentence holding `position`."""
        index = self.sentence_index(position)
        start = self.sentence_starts[index]
        end = self.sentence_starts[index + 1] if index + 1 < len(self.sentence_starts) else len(self.text)
        return start, end

    def in_sentence(self, name: str, position: int) -> bool:
        """Whether word list `name` matches in the sentence holding `position`."""
        sentence_start, sentence_end = self.sentence_bounds(position)
        return any(sentence_start <= m.start() < sentence_end for m in self.present.get(name, ()))

    def established(self, name: str, position: int) -> bool:
        """Whether word list `name` matches before the end of the sentence holding `position`.

        A protest named in an earlier sentence or in this one makes tear gas an intervention;
        a protest mentioned only after the event does not, nor does one told on an earlier occasion in a relative
        clause (`told_as_before`: 'Students who had marched the week before were detained').
        """
        _, sentence_end = self.sentence_bounds(position)
        return any(m.start() < sentence_end and not told_as_before(self.text, m.start(), m.end(), position)
                   for m in self.present.get(name, ()))

    def in_grievance(self, start: int, reach: int | None = GRIEVANCE_REACH, direct_object: bool = False) -> bool:
        """Whether `start` lies in what a protest earlier in its sentence is about ("students protested
        against the rape of a classmate", "residents marched after a man was shot"): the harm named there
        is the protest's cause, another event, not one the sentence reports (ACLED codes the protest). A protest
        told on an earlier occasion in a relative clause ('Students who had marched the week before were detained')
        describes the people the main clause acts on, so what follows is no grievance of it (`told_as_before`). `reach`
        (None: no limit) is how far after its opener a cue may still be part of the cause. With `direct_object`,
        the object of a protest verb counts as its cause too ("protest the detention of ...")."""
        sentence_start, _ = self.sentence_bounds(start)
        for match in self.present.get("protest_core", ()):
            if not sentence_start <= match.end() <= start:
                continue
            if told_as_before(self.text, match.start(), match.end(), start):
                continue
            openers = list(GRIEVANCE_OPENER.finditer(self.text, match.end(), start))
            if direct_object and not openers and PROTEST_VERB.fullmatch(match.group(0)) \
                    and not _DETERMINER_BEFORE.search(self.text, max(0, match.start() - 12), match.start()) \
                    and (direct := PROTESTED_OBJECT.match(self.text, match.end(), start)):
                openers = [direct]
            if openers and (reach is None or start - openers[-1].start() < reach) \
                    and not _grievance_ends(self.text, match.end(), start) \
                    and not _opens_participle_clause(self.text, start) \
                    and not _main_verb_after_participle(self.text, match, start) \
                    and not OWN_DAY.search(self.text, openers[-1].end(), self.sentence_bounds(start)[1]):
                return True
        return False

    def discounted(self, start: int, end: int | None = None) -> bool:
        """Whether a hedge, negation, concession or attribution word sits just before `start` (or, however long,
        runs up to it: 'deployed along the river to' flush out), or inside a cue that runs on to `end` from its
        subject to its verb ("militants' attack to capture the base", "troops did not kill the rebels": the verb the
        hedge governs is not a reported act), or the clause tells history ("a road closed since 2015" in a clause of
        its own leaves the news of the sentence alone). A concession reaches to the end of its phrase, however long
        ('talks opened despite the bombing raids that jets flew over the hill villages last week')."""
        sentence_start, sentence_end = self.sentence_bounds(start)
        for match in self.present.get("history", ()):
            if sentence_start <= match.start() < sentence_end:
                low, high = sorted((match.start(), start))
                if not _CLAUSE_BREAK.search(self.text, low, high) \
                        and not confined_to_relative_clause(self.text, match.start(), match.end(), start):
                    return True
        window_start = max(sentence_start, start - 30)
        for name in ("hedge", "negation", "concession", "source"):
            for match in self.present.get(name, ()):
                if (
                    ((window_start if name != "concession" else sentence_start) <= match.start()
                     or start - match.end() <= 1)
                    and match.end() <= start
                    and not _scope_ends(self.text, match.end(), start)
                ):
                    return True
                if end is not None and start < match.start() and match.end() < end \
                        and not _SCOPE_END.search(self.text, match.end(), end):
                    return True
        return False


def past_role(text: str, start: int) -> bool:
    """Whether the force or group word at `start` names people by a role they left (actors.FORMER_BEFORE): codebook,
    people who have left the forces or an armed group are civilians, so 'former police officers were shot dead by
    Taliban fighters' is an attack on civilians, not a battle."""
    return bool(actors.FORMER_BEFORE.search(text, max(0, start - 40), start))


def _context(text: str, patterns: Patterns) -> _Context:
    """Sentence starts and the matches of every word list in `text`."""
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text) if m.end() < len(text)]
    used = _CONTEXT_LISTS | {cue.needs for cue in patterns.cues if cue.needs}
    context = _Context(text, starts, {}, _openings(text), _positions_exact(text))
    for name in used:
        if name in patterns.lists and _may_match(patterns.list_starts.get(name), context.openings):
            found = _matches(patterns.lists[name], patterns.list_starts.get(name), context)
            if name == "protest_core":
                found = [m for m in found if not speech_venue(text, m.start())]
            if name in ("state", "nonstate"):
                found = [m for m in found if not past_role(text, m.start())]
            if found:
                context.present[name] = found
    return context


RIOT_NEEDS_TOLD_BEFORE = frozenset({"protest_core"})
"""Word lists a violent demonstration cue needs that an earlier sentence of the report may supply: a demonstration
told in one sentence ("Residents protested over the killing of a youth.") makes the crowd's acts told in the next
("They lit bonfires and stoned vehicles.") its participants' violence (codebook: a violent demonstration is a
demonstration whose participants act violently or destructively), though the next sentence names no protest itself."""


def _hits(text: str, patterns: Patterns, context: _Context, protest_told: bool = False) -> list[CueHit]:
    """Every cue match with its discounted weight, strongest line per span kept. With `protest_told` (a demonstration
    told in an earlier sentence of the report), violent demonstration cues that need a protest word
    (RIOT_NEEDS_TOLD_BEFORE) fire without one in `text`, unless hedged, denied or named as the protest's cause (a
    discount): "There were no reports of clashes with police" after a march tells no violence."""
    hits: list[CueHit] = []
    for cue in patterns.cues:
        needed = cue.needs is not None and not (
            protest_told and cue.sub_type == SubEventType.VIOLENT_DEMONSTRATION and cue.needs in RIOT_NEEDS_TOLD_BEFORE)
        if needed and cue.needs not in context.present:
            continue
        if not _may_match(cue.starts, context.openings):
            continue
        for match in _matches(cue.pattern, cue.starts, context):
            if needed and not context.established(cue.needs, match.start()):
                continue
            borrowed = cue.needs is not None and not needed and not (
                cue.needs in context.present and context.established(cue.needs, match.start()))
            factor = _POSITION_FACTORS[min(context.sentence_index(match.start()), 2)]
            note = ""
            if cue.sub_type == "Peaceful protest" and in_background(text, match.start()):
                factor *= _DISCOUNTED
                note = "a demonstration named as the occasion of the news"
            elif cue.sub_type == "Peaceful protest" and speech_venue(text, match.start()):
                factor *= _DISCOUNTED
                note = "a rally named as where words an arrest is over were spoken"
            elif cue.sub_type == "Protest with intervention" and protest_ahead(context, match.start()):
                factor *= _DISCOUNTED
                note = "forces acting before a protest still to come"
            elif cue.sub_type == "Violent demonstration" and _armed_act_amid_riot(match, context):
                factor *= _DISCOUNTED
                note = "a riot named as the occasion of an armed group's act"
            elif context.discounted(match.start(), match.end()):
                factor *= _DISCOUNTED
                note = "after a hedge or negation, or in a sentence about the past"
            elif cue.sub_type not in FIGHT_TYPES and FIGHT_OVER.search(text, context.sentence_bounds(match.start())[0],
                                                                       match.start()):
                factor *= _DISCOUNTED
                note = "in what a fight is over"
            elif (noun := bool(NAMED_AS_NOUN.match(text, match.end()))) or cue.sub_type in GRIEVANCE_TYPES \
                    or _damage_as_cause(cue.sub_type, match, text) \
                    or NAMED_BEFORE.search(text, max(0, match.start() - 20), match.start()):
                if context.in_grievance(match.start(), cause_reach(match, text),
                                        EVENT_TYPE_OF[cue.sub_type] == EventType.STRATEGIC_DEVELOPMENTS):
                    factor *= _DISCOUNTED
                    note = _GRIEVANCE_NOTE
            if borrowed and note:
                continue
            start, end = _cue_words(match)
            hits.append(CueHit(cue.sub_type, start, end, text[start:end], cue.weight * factor, cue.line, note))
    return _drop_misreadings(hits, context)


def _cue_words(match: re.Match[str]) -> tuple[int, int]:
    """The span of the words that signal the event: a cue whose pattern names a group `act` (or `act2`, in another
    branch) needs words around its act that are not the act itself (the armed subject of 'militants stormed a post,
    killing two soldiers', the participle after it), so its trigger is the act and its object; else the whole match."""
    for name in ("act", "act2"):
        if name in match.re.groupindex and match.start(name) >= 0:
            return match.span(name)
    return match.span()


def _drop_misreadings(hits: list[CueHit], context: _Context) -> list[CueHit]:
    """Drop cues the rest of the sentence shows to be misread.

    Weapon nouns in a sentence about seized, found or defused weapons are not explosions, unless
    their own words say something went off ('grenade attack', 'fired rockets'); aircraft are never
    the seized weapons. A 'seized ... at a checkpoint' cue that names people or goods took no ground.
    A territorial participle used as an adjective after a determiner ("in the liberated areas", "the occupied
    territories") names who holds the ground, not a capture the text reports. Fighting inside a 'without any
    clashes' cue did not happen: the ground changed hands without it. A ceasefire inside a 'violated the ceasefire'
    cue is fighting, not an agreement, and killing inside 'shot dead three cows' is damage to property, not an
    attack, nor is 'villagers killed four goats' mob violence. The dead of a bomb that went off while its own makers
    assembled, planted or carried it ("two militants were killed while assembling a bomb") died in a disrupted use of
    the weapon, not in an attack or a fight (codebook 'Disrupted weapons use'). Armed men told as the victims of a
    passive attack ("two soldiers were attacked", "two police officers were hacked to death by a gang"): the attack is fighting with
    an armed side, a battle (codebook: violence against state forces or armed groups is never violence against
    civilians), so its cues count for an armed clash instead. People who "are battling over" land or an inheritance
    wage a dispute that lasts (`_ongoing_dispute`), no fight the text reports. A kidnapping told after a rescue in its sentence ("troops
    rescued a kidnapped engineer", "police freed two girls who had been abducted") is the rescued people's past, not
    an abduction the sentence reports (`_rescued_before`). A battle cue whose armed side is named by a role it left
    ('former police officers were shot dead by ...', `past_role`) tells no battle: those people are civilians.
    """
    seizure_sentences = {
        context.sentence_index(h.start) for h in hits if h.sub_type == "Disrupted weapons use"
    }
    own_blast_sentences = {
        context.sentence_index(h.start) for h in hits if h.sub_type == "Disrupted weapons use" and _OWN_BLAST.search(h.text)
    }

    clashes = [h for h in hits if h.sub_type == "Armed clash"]
    passive_attacks = {h.start for h in hits if h.sub_type == "Attack" and _PASSIVE_HARM.match(h.text)
                       and _PASSIVE.search(context.text, max(0, h.start - 30), h.start)}
    property_damage = [h for h in hits if h.sub_type == "Looting/property destruction"]
    unfought = [h for h in hits if h.sub_type == "Non-violent transfer of territory"]

    def misread(hit: CueHit) -> bool:
        if hit.sub_type == "Agreement":
            return any(c.start <= hit.start and hit.end <= c.end for c in clashes)
        if hit.sub_type in ("Attack", "Armed clash") and any(u.start < hit.start and hit.end <= u.end for u in unfought):
            return True
        if hit.sub_type == "Armed clash" and _in_side_description(hit, context, hits):
            return True
        if hit.sub_type == "Armed clash" and _ongoing_dispute(hit, context.text):
            return True
        if hit.sub_type == "Armed clash" and past_role(context.text, hit.start):
            return True
        if hit.sub_type in ("Attack", "Armed clash") and context.sentence_index(hit.start) in own_blast_sentences:
            return True
        if hit.sub_type in ("Attack", "Armed clash"):
            return any(p.start <= hit.start and hit.end <= p.end and p.end > hit.end for p in property_damage)
        if hit.sub_type == "Other" and LEAVING.match(hit.text):
            return _armed_leavers(hit, context)
        if hit.sub_type == "Abduction/forced disappearance" and _rescued_before(hit, context):
            return True
        if hit.sub_type == "Mob violence" and (_vigilantes_with_forces(hit, context)
                                               or _named_vigilante_group(hit, context)):
            return True
        if hit.sub_type == "Mob violence":
            return any(hit.start < p.start < hit.end < p.end and _ANIMALS.search(p.text) for p in property_damage)
        if hit.sub_type in (GOV_TERRITORY, NSA_TERRITORY):
            return (bool(_NOT_TERRITORY.search(hit.text)) or _held_ground(hit, context.text)
                    or _ousted_from_hideout(hit, context.text))
        return (
            hit.sub_type in EXPLOSION_TYPES
            and hit.sub_type != "Air/drone strike"
            and context.sentence_index(hit.start) in seizure_sentences
            and not _EXPLODED.search(hit.text)
        )

    return [_as_battle(hit) if hit.start in passive_attacks and hit.sub_type == "Attack" and _armed_victims(hit, context)
            else hit for hit in hits if not misread(hit)]


ONGOING_DISPUTE = re.compile(
    r"\s+over\s+(?:[\w'-]+\s+){0,5}?(?:land|lands|plots?|parcels?|inheritance|estates?|property|properties|boundar(?:y|ies)"
    r"|ownership|title deeds?|compensation|custody)\b", re.IGNORECASE)
"""What a dispute is over when it is property or a right: land, plots, an inheritance, a boundary, ownership."""
IS_BEFORE = re.compile(r"\b(?:is|are|have been|has been|remain|remains)\s+(?:still\s+)?$", re.IGNORECASE)


def _ongoing_dispute(hit: CueHit, text: str) -> bool:
    """Whether a fighting verb is a present progressive over property or a right ("villagers are battling over the
    last plots of land", "two families have been fighting over an inheritance"): a dispute that lasts, told as a
    state, not a violent interaction on a day (codebook: an event is a single violent or demonstration act at a
    place and date)."""
    return bool(re.fullmatch(r"(?:battling|fighting|feuding|wrangling)", hit.text, re.IGNORECASE)) \
        and bool(IS_BEFORE.search(text, max(0, hit.start - 25), hit.start)) and bool(ONGOING_DISPUTE.match(text, hit.end))


RESCUE = re.compile(r"\b(?:rescu(?:ed|es|ing)|freed|frees|freeing|releas(?:ed|es|ing)|liberat(?:ed|es|ing)|reunited)\b",
                    re.IGNORECASE)
"""Verbs of people rescued or released from captivity, in their inflected forms (the noun 'the release of' may name
the freeing of kidnappers themselves)."""


def _rescued_before(hit: CueHit, context: _Context) -> bool:
    """Whether a rescue or release verb comes before the abduction cue in its sentence, naming those freed as people
    kidnapped earlier (codebook: the abduction is an event of its own day; a rescue or release is not an abduction)."""
    sentence_start, _ = context.sentence_bounds(hit.start)
    return bool(RESCUE.search(context.text, sentence_start, hit.start))


_OWN_BLAST = re.compile(
    r"\b(?:was|were|had been) (?:assembling|making|building|planting|laying|carrying|transporting|handling|fitting|preparing)\b"
    r"|^(?:while|when) ", re.IGNORECASE)
"""The words of a 'Disrupted weapons use' cue that tell a blast among the bomb's own makers or carriers ("the bomb he
was planting went off", "while assembling a bomb"), not a seizure or an arrest with explosives."""


LEAVING = re.compile(r"(?:fled|left|abandoned|deserted)\b", re.IGNORECASE)
"""The verbs of the displacement cue ("fled their homes", "left the village")."""

ASSAILANTS = re.compile(r"\b(?:attackers|assailants|raiders|abductors|kidnappers|looters)\b", re.IGNORECASE)
"""Armed doers named by their deed, which the 'nonstate' word list leaves to the sentence around them."""


def _armed_leavers(hit: CueHit, context: _Context) -> bool:
    """Whether the subject of a displacement cue's verb is an armed side ("the bandits left the village with the
    cattle", "the attackers fled the town when troops arrived"): fighters who withdraw or retreat are not people
    driven from their homes (codebook 'Other' displacement is of civilians). The subject is named in the verb's
    clause, after any reporting verb ("soldiers said residents fled their homes": the residents fled)."""
    sentence_start, _ = context.sentence_bounds(hit.start)
    breaks = [*_CLAUSE_BREAK.finditer(context.text, sentence_start, hit.start),
              *SUBORDINATOR.finditer(context.text, sentence_start, hit.start),
              *_REPORTING.finditer(context.text, sentence_start, hit.start)]
    clause_start = max([sentence_start] + [m.end() for m in breaks])
    armed = [*(m for kind in ("state", "nonstate") for m in context.present.get(kind, ())),
             *ASSAILANTS.finditer(context.text, clause_start, hit.start)]
    return any(clause_start <= m.start() and m.end() <= hit.start for m in armed)


VIGILANTES = re.compile(r"vigilantes?", re.IGNORECASE)
"""The word of the mob-violence cue for vigilante violence ("vigilantes lynched a suspected thief")."""


def _vigilantes_with_forces(hit: CueHit, context: _Context) -> bool:
    """Whether a vigilante cue names vigilantes who act in one clause with state forces ("soldiers and vigilantes
    attacked a camp", "troops backed by vigilantes stormed a base"): vigilantes who operate with the army or the
    police are an organised auxiliary of the state (a pro-government militia), and the codebook keeps mob violence
    for crowds with no organisation; the deed is the forces' and is typed by its other cues."""
    if not VIGILANTES.fullmatch(hit.text):
        return False
    sentence_start, sentence_end = context.sentence_bounds(hit.start)
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(context.text, sentence_start, sentence_end)]
    clause_start = max([sentence_start] + [b + 1 for b in breaks if b < hit.start])
    clause_end = min([sentence_end] + [b for b in breaks if b >= hit.end])
    return any(clause_start <= m.start() and m.end() <= clause_end for m in context.present.get("state", ()))


def _named_vigilante_group(hit: CueHit, context: _Context) -> bool:
    """Whether a vigilante cue names the vigilantes by a named group ("Yan Sakai vigilantes", "Koglweogo vigilantes"):
    a vigilante movement with a name of its own is an organised militia (the codebook's communal militias), and the
    codebook keeps mob violence for crowds with no organisation, so its violence on people is an Attack, typed by the
    deed's other cues."""
    if not VIGILANTES.fullmatch(hit.text):
        return False
    from sitrep.actors import find_actors

    sentence_start, _ = context.sentence_bounds(hit.start)
    before = context.text[sentence_start:hit.start]
    return any(m.organization and m.inter in (2, 3, 4) and not m.name.startswith("Unidentified")
               and not before[m.end:].strip() for m in find_actors(before))


SIDE_DESCRIPTION = re.compile(
    r"(?<=[A-Za-z)]),\s+(?:an?|which|who)\s+(?!(?:day|night|week|fortnight|month|year|decade|few|couple|moment|short)\b)"
    r"[^,;.]*?(?=,\s+\w)", re.IGNORECASE)
"""An apposition or non-restrictive clause set off by commas after a name (", an Amhara militia fighting the army since
August 2023,", ", which has battled the army for years,"); not an adverbial of time that measures a gap (", a day
after guerrillas attacked a post,"), which tells an act of its own."""


def _in_side_description(hit: CueHit, context: _Context, hits: list[CueHit]) -> bool:
    """Whether a fighting cue lies inside an apposition or a non-restrictive clause on a side ("Fano, a militia fighting
    the army since 2023, attacked the town"), while a cue outside it tells the sentence's act: the aside is the side's
    standing description (who it is at war with), which news sets between commas; the act is the main clause's."""
    sentence_start, sentence_end = context.sentence_bounds(hit.start)
    for aside in SIDE_DESCRIPTION.finditer(context.text, sentence_start, sentence_end):
        if aside.start() <= hit.start and hit.end <= aside.end():
            return any(other is not hit and sentence_start <= other.start < sentence_end
                       and not aside.start() <= other.start < aside.end() for other in hits)
    return False


def _as_battle(hit: CueHit) -> CueHit:
    """An attack cue whose victims are an armed side, counted for the battle it is (see `_drop_misreadings`)."""
    return replace(hit, sub_type="Armed clash", note="an attack on an armed side: a battle")


_ANIMALS = re.compile(r"\b(?:oxen|ox|cows?|cattle|bulls?|sheep|goats?|livestock|camels?|animals|herds?|donkeys?|pigs?)\b",
                      re.IGNORECASE)
"""Animals: a crowd's verb whose object they are ("villagers killed four goats") harmed property, not people."""

_PASSIVE_HARM = re.compile(r"(?:[\w'-]+ )?(?:attacked|assaulted|stabbed|hacked|beaten|shot|injured by|wounded by)\b",
                           re.IGNORECASE)
"""The verbs of the passive attack cue ("were attacked", "was allegedly shot")."""


SUBORDINATOR = re.compile(r"\b(?:after|when|while|before|because|since|until|once|as|where|whereas|although|though)\s",
                          re.IGNORECASE)
"""A subordinating conjunction opens a clause with a subject of its own ("burned a police post after a man was shot"):
the subject of a passive told after it is named after it."""


def _armed_victims(hit: CueHit, context: _Context) -> bool:
    """Whether the people a passive attack cue harms are an armed side, named in its clause before it ("two police
    officers were attacked", "militants were shot"): the codebook codes an attack on armed forces as a battle. The
    passive's subject is in its own clause: a clause opened by punctuation or a subordinating conjunction ("residents
    burned a police post after a man was shot": the man was shot, not the police)."""
    sentence_start, _ = context.sentence_bounds(hit.start)
    breaks = [*_CLAUSE_BREAK.finditer(context.text, sentence_start, hit.start),
              *SUBORDINATOR.finditer(context.text, sentence_start, hit.start)]
    clause_start = max([sentence_start] + [m.end() for m in breaks])
    return any(clause_start <= m.start() and m.end() <= hit.start
               for kind in ("state", "nonstate") for m in context.present.get(kind, ()))


def _held_ground(hit: CueHit, text: str) -> bool:
    """Whether a territorial cue's verb next to the ground it names is a participle used as an adjective after a
    determiner ("in the liberated areas", "the occupied territories"): who holds it, not a capture. An earlier verb
    of the cue does not take that ground either: its object is told before ("soldiers found mines and cleared them in
    the liberated areas": the mines were cleared), unless the ground is its object ("liberated the occupied villages")."""
    verbs = list(re.finditer(rf"{context_pattern('take')}|{context_pattern('retake')}", hit.text, re.IGNORECASE))
    if not verbs or not re.fullmatch(rf"\s+(?:{context_pattern('place')})", hit.text[verbs[-1].end():], re.IGNORECASE):
        return False
    if len(verbs) > 1 and all(_DETERMINER_BEFORE.fullmatch(word + " ")
                              for word in hit.text[verbs[-2].end():verbs[-1].start()].split()):
        return False
    return bool(_DETERMINER_BEFORE.search(text, 0, hit.start + verbs[-1].start()))


@functools.cache
def _hideout_ousting() -> re.Pattern[str]:
    """A verb of taking or retaking ground whose object is ousted 'out of' or 'from' a hideout (@hideout)."""
    return re.compile(rf"(?:{context_pattern('take')}|{context_pattern('retake')}) (?:[\w'-]+ ){{1,5}}?(?:out of|from) "
                      rf"(?:{context_pattern('hideout')})\b", re.IGNORECASE)


def _ousted_from_hideout(hit: CueHit, text: str) -> bool:
    """Whether a territorial cue's verb ousts an armed side from its hideout, camp, caves or hills ("cleared Islamic
    State militants from caves"): what the side left is where it hid or camped, not ground held as territory, so the
    fight is an armed clash (the pattern file's Armed clash cue for @hideout), not ground retaken or taken."""
    return bool(_hideout_ousting().match(text, hit.start))


def _noisy_or(hits: list[CueHit]) -> dict[str, float]:
    """Per type, combine the best hit of each cue line: 1 - prod(1 - w). Cues read inside what a protest is about
    (`_GRIEVANCE_NOTE`) all name the one cause of the protest, a grievance and not the protest's own act: of those
    only the best counts, so several readings of the cause ("after floods destroyed their crops") do not add up to
    an act done at the protest."""
    best: dict[tuple[str, int], float] = {}
    for hit in hits:
        key = (hit.sub_type, -1 if hit.note == _GRIEVANCE_NOTE else hit.line)
        best[key] = max(best.get(key, 0.0), hit.weight)
    scores: dict[str, float] = {}
    for (sub_type, _), weight in best.items():
        scores[sub_type] = 1 - (1 - scores.get(sub_type, 0.0)) * (1 - weight)
    return scores


_REPORTING = re.compile(r"\b(?:said|says|told|reported|claimed|stated|announced)\b(?:\s+that\b)?", re.IGNORECASE)
"""A reporting verb: the actors named before it told the news ("the army's spokesman said rebels seized ..."); the
reported clause after it has its own subject."""


@functools.cache
def _ground_words() -> re.Pattern[str]:
    """The words for ground that can change hands (the pattern file's @place), compiled once."""
    return re.compile(context_pattern("place"), re.IGNORECASE)


def _actor_kind(context: _Context, start: int, end: int) -> str | None:
    """'state' or 'nonstate': who takes the territory named by the cue at text[start:end] (after a reporting verb,
    only the reported clause's actors count). A force's word inside a word for ground ('an army camp was overrun by
    militants') or inside a relative clause about the subject ('the town, which soldiers had held for years, fell to
    the rebels') names no taker."""
    text = context.text
    sentence_start, sentence_end = context.sentence_bounds(start)
    take = re.compile(rf"{context_pattern('take')}|{context_pattern('retake')}", re.IGNORECASE)
    verb = take.search(text, start, end)
    verb_start = verb.start() if verb else start
    clause_start = max(
        [sentence_start] + [m.end() for m in _CLAUSE_BREAK.finditer(text, sentence_start, verb_start)]
    )
    reports = list(_REPORTING.finditer(text, sentence_start, verb_start))
    told_from = reports[-1].end() if reports else sentence_start
    aside = [m.span() for pattern in (_ground_words(), RELATIVE_CLAUSE)
             for m in pattern.finditer(text, sentence_start, verb_start)]
    mentions = sorted(
        (m.start(), kind)
        for kind in ("state", "nonstate")
        for m in context.present.get(kind, ())
        if sentence_start <= m.start() and m.end() <= verb_start
        and not any(low <= m.start() and m.end() <= high for low, high in aside)
    )
    mentions = [pair for pair in mentions if pair[0] >= told_from] or mentions
    in_clause = [pair for pair in mentions if pair[0] >= clause_start]
    if in_clause or mentions:
        participle = verb is not None and verb.group(0).lower().endswith("ing")
        kind = mentions[0][1] if participle or not in_clause else in_clause[0][1]
        if _PASSIVE.search(text, sentence_start, verb_start) and not _ground_subject(text, sentence_start, verb_start):
            return "nonstate" if kind == "state" else "state"
        return kind
    after = text[verb_start:sentence_end]
    for marker, flip in (("by", False), ("from", True)):
        for kind in ("state", "nonstate"):
            actor = rf"\b{marker} (?:the )?(?:\w+ ){{0,2}}?{context_pattern(kind)}"
            if re.search(actor, after, re.IGNORECASE):
                return ("nonstate" if kind == "state" else "state") if flip else kind
    return None


_NOT_SUBJECT = frozenset({"in", "at", "near", "from", "of", "around", "across", "into", "inside", "outside", "on", "to",
                          "within", "towards", "toward", "through", "by", "with"})
"""Prepositions: ground named after one is where the passive's subject was, not the subject itself."""


def _ground_subject(text: str, start: int, verb_start: int) -> bool:
    """Whether the passive verb ending at `verb_start` has ground for its subject ("significant ground was regained",
    "the town was captured"): the ground was taken, so the side named earlier in the sentence took it; only people
    made the subject of a passive ("the rebels were driven out") lost it. Ground after a preposition ("soldiers in
    the area were pushed back") is where the subject was, not the subject."""
    before = re.search(rf"((?:[\w'-]+\s+){{0,2}})(?:{context_pattern('place')})\s+(?:(?:has|have|had)\s+)?"
                       rf"(?:was|were|been|being|is|are)\s+(?:\w+\s+)?$", text[start:verb_start], re.IGNORECASE)
    return before is not None and not _NOT_SUBJECT & set(before.group(1).lower().split())


def context_pattern(name: str) -> str:
    """The regex source of a named word list from the pattern file (e.g. 'state', 'protest')."""
    return load_patterns().lists[name].pattern


def _territory(scores: dict[str, float], hits: list[CueHit], context: _Context) -> None:
    """Give a territorial change to the side that made it; it outranks the fighting around it, the shelling and air
    strikes of the offensive that won the ground too (codebook: ground taken in fighting is coded as its territorial
    change). A transfer of the same ground is non-violent only where no fighting or bombing is told: with them, the
    withdrawal was fought ('withdrew under air strikes') and the territorial change outranks it."""
    territorial = [h for h in hits if h.sub_type in (GOV_TERRITORY, NSA_TERRITORY)]
    if not territorial:
        return
    first = min(territorial, key=lambda h: (h.start, -h.weight))
    kind = _actor_kind(context, first.start, first.end)
    winner = {"state": GOV_TERRITORY, "nonstate": NSA_TERRITORY}.get(kind or "", first.sub_type)
    loser = NSA_TERRITORY if winner == GOV_TERRITORY else GOV_TERRITORY
    top = max(scores.get(GOV_TERRITORY, 0.0), scores.get(NSA_TERRITORY, 0.0))
    scores[winner] = top
    scores.pop(loser, None)
    if top >= 0.75:
        for fighting in ("Armed clash", *EXPLOSION_TYPES):
            if fighting in scores:
                scores[fighting] *= 0.8
    fought = any(h.sub_type == "Armed clash" and h.weight >= 0.6 for h in hits)
    bombed = any(scores.get(sub, 0.0) >= 0.6 for sub in EXPLOSION_TYPES)
    transfer = "Non-violent transfer of territory"
    if transfer in scores and not fought and not bombed:
        scores[transfer] = max(scores[transfer], min(top + 0.05, 0.99))
    elif transfer in scores:
        scores[transfer] = min(scores[transfer], top * 0.9)


_DEMOTIONS: tuple[tuple[frozenset[str], float, tuple[str, ...], float], ...] = (
    # An explosion that kills or wounds is coded as the explosion, not as the killing or fighting.
    (EXPLOSION_TYPES, 0.8, ("Attack", "Armed clash"), 0.75),
    # People abducted and then killed: the abduction is the event.
    (frozenset({"Abduction/forced disappearance"}), 0.8, ("Attack",), 0.75),
    # A grenade or bomb set off in a crowd is an explosion, not force against protesters: the codebook's excessive force
    # is the force state forces use on a demonstration (grenades of tear gas or stun grenades are no grenade cue).
    (EXPLOSION_TYPES, 0.9, ("Excessive force against protesters",), 0.7),
    # Lethal force in a protest context is force against protesters, not a civilian attack.
    (frozenset({"Excessive force against protesters"}), 0.85, ("Attack", "Armed clash"), 0.7),
    # A crowd or gang attacking a rally is mob violence; the rally is its target, not the event.
    (frozenset({"Mob violence"}), 0.85,
     ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"), 0.7),
    # A mob is not an organised armed side: a fight a mob or a crowd's weapons name is mob violence, not a battle.
    (frozenset({"Mob violence"}), 0.9, ("Armed clash",), 0.75),
    # Reinforcements and weapons taken during a battle belong to the battle.
    (frozenset({"Armed clash", GOV_TERRITORY, NSA_TERRITORY}), 0.8, ("Change to group/activity",), 0.75),
    (frozenset({"Armed clash", GOV_TERRITORY, NSA_TERRITORY}), 0.8, ("Disrupted weapons use",), 0.85),
    # Defused, intercepted or prematurely exploded weapons are disrupted use, not an explosion.
    (frozenset({"Disrupted weapons use"}), 0.9,
     ("Remote explosive/landmine/IED", "Grenade", "Shelling/artillery/missile attack"), 0.75),
    # Harm to people comes first: people attacked or killed while goods are looted, homes burned or forces deployed make
    # the attack the event, the looting or deployment its detail (codebook: the most severe event type is coded).
    # People driven from their homes by the attack or the fighting are its consequence, not the event (codebook: the
    # displacement 'Other' covers is coded when nothing more violent is reported).
    (frozenset({"Attack", "Mob violence"}), 0.65, ("Looting/property destruction", "Change to group/activity", "Other"), 0.75),
    (frozenset({"Armed clash"}), 0.65, ("Other",), 0.75),
    # Property burned or looted by demonstrators is their violent demonstration (codebook: looting and destruction during
    # a demonstration are coded as the demonstration).
    (frozenset({"Violent demonstration"}), 0.9, ("Looting/property destruction",), 0.75),
    # Missiles fired by aircraft are air strikes.
    (frozenset({"Air/drone strike"}), 0.7, ("Shelling/artillery/missile attack",), 0.75),
    # A bomb, shell or strike that hits a convoy or a unit on the move is the event; the movement is its detail
    # (codebook: the most severe event is coded, and a change to group activity is non-violent).
    (EXPLOSION_TYPES, 0.6, ("Change to group/activity",), 0.6),
    # A suicide car bomb is a suicide bomb, not an IED.
    (frozenset({"Suicide bomb"}), 0.8, ("Remote explosive/landmine/IED", "Grenade", "Disrupted weapons use"), 0.7),
    # Chlorine dropped from a helicopter or fired in shells is a chemical weapon.
    (frozenset({"Chemical weapon"}), 0.8, tuple(sorted(EXPLOSION_TYPES - {"Chemical weapon"})), 0.8),
)
"""(leading types, score at which they lead, types they outrank, factor on those), applied in order."""


NO_HARM = re.compile(
    r"\b(?:no(?: one|body| casualt(?:y|ies)| injur(?:y|ies)| fatalit(?:y|ies)| deaths?| lives?)|none) (?:[\w'-]+ ){0,3}?"
    r"(?:was |were |is |are |has been |have been |had been )?(?:reported|recorded|injured|hurt|harmed|killed|wounded|lost)\b"
    r"|\b(?:does|did|do) not (?:indicate|report|mention) (?:any )?(?:fatalities|casualties|injuries|deaths)\b"
    r"|\bwithout (?:any )?(?:casualties|injuries|loss of life|harming anyone|hurting anyone)\b"
    r"|\bno (?:casualties|injuries|fatalities)\b", re.IGNORECASE)
"""Words denying that anyone was harmed ("no one was hurt", "no casualties were reported", "the source does not
indicate any fatalities or injuries")."""


VIOLENCE_TO_PEOPLE = re.compile(
    r"\b(?:assault\w*|beat|beaten|beating|tied|tortur\w*|whipped|flogged|stabb\w*|shot|injur\w*|wound\w*|hurt|harmed"
    r"|rap(?:e|ed|ing)|abduct\w*|kidnap\w*|killed|hostages?|held (?:[\w'-]+ )?captive)\b", re.IGNORECASE)
"""Violence done to people: a raid that assaulted or tied up its victims was violence against them, casualties or not."""


def unharmed(text: str) -> bool:
    """Whether `text` denies that anyone was harmed (NO_HARM) and tells no violence to people besides the denial
    (VIOLENCE_TO_PEOPLE outside it: "beat and bound the herders ... there were no casualties" harmed them)."""
    if not NO_HARM.search(text):
        return False
    return not VIOLENCE_TO_PEOPLE.search(NO_HARM.sub(" ", text))


def _unharmed_raid(scores: dict[str, float], context: _Context) -> None:
    """A raid or attack that took or destroyed property while the text denies anyone was harmed is looting (codebook:
    'Looting/property destruction' is an armed group taking or destroying property without violence against people;
    'Attack' needs violence against civilians). A clash stays a clash: two armed sides fought though no one fell."""
    if scores.get("Looting/property destruction", 0.0) >= 0.5 and "Attack" in scores and unharmed(context.text):
        scores["Attack"] *= 0.6


NONCOMBATANTS_KILLED = re.compile(
    r"\b(?:civilians?|non-?combatants|businessm[ae]n|(?:school)?teachers?|pupils|schoolchildren|children|women"
    r"|passers-?by|bystanders|worshipp?ers|passengers|shopkeepers?)\b"
    r"(?:\s+(?:were|was|are|is|have been|has been|had been))?\s+(?:(?:shot|hacked|stabbed|burnt|burned)\s+)?"
    r"(?:killed|dead|slain|murdered|died)\b"
    r"|\b(?:leave|leaves|left|leaving)\s+(?:\w+\s+)?(?:civilians|non-?combatants|bystanders|passers-?by)\s+dead\b",
    re.IGNORECASE)
"""People named as non-combatants by who they are (civilians, businessmen, a teacher, women, children) told killed."""


def _noncombatants_killed(scores: dict[str, float], context: _Context) -> None:
    """Fighting that the text tells only through the non-combatants it killed ("three businessmen were killed after
    clashes between rival clans", "ethnic clashes leave civilians dead") is violence against those civilians (codebook:
    'Attack' is violence against unarmed people; an armed clash needs two armed sides, and civilians caught in it are
    not one), so the killing outranks the clash it happened in."""
    if scores.get("Armed clash", 0.0) > scores.get("Attack", 0.0) and NONCOMBATANTS_KILLED.search(context.text):
        scores["Attack"] = scores["Armed clash"]
        scores["Armed clash"] *= 0.75


ARREST_AFTER = re.compile(r"\b(?:before|until|till|after which|later|then|subsequently|afterwards)\b", re.IGNORECASE)
"""Words of sequence that open what followed an act ("... before gendarmes detained him", "... and police later
arrested him")."""

VIOLENT_ACT_TYPES = frozenset({EventType.BATTLES, EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.RIOTS,
                               EventType.EXPLOSIONS_REMOTE_VIOLENCE})


KILLED_AFTER_ARREST = re.compile(
    r"\b(?:arrested|detained|rounded up|picked up)\b[^.;]{0,80}?\b(?:and|before|then) (?:later |then |subsequently "
    r"|allegedly |summarily )?(?:executed|killed|murdered|shot|tortured|beat)\b "
    r"(?:him|her|them|the|all|some|\w+ of them)\b",
    re.IGNORECASE)
"""People detained and then killed or tortured by their captors ("detained five men at a checkpoint and later executed
them"): the codebook codes the harm to the detained, the most severe event, as an Attack, and the arrest before it as
its prelude."""
CUSTODY = re.compile(r"\bcustod", re.IGNORECASE)
"""The word of a death-in-custody cue ('died in police custody'): the death outranks the arrest."""


def _arrest_afterwards(scores: dict[str, float], hits: list[CueHit], context: _Context) -> None:
    """"A herder slashed a farmer with a machete before gendarmes detained him": an arrest told after a violent act, in
    a clause opened by a word of sequence (ARREST_AFTER) between the act and the arrest, is that act's aftermath. The
    codebook codes the violence (the most severe event) and an arrest of its doers as no side of it, so the act's type
    outranks the arrest: the arrest cue is weakened below the act's score. So it is when the detained are then killed
    or tortured by their captors (`KILLED_AFTER_ARREST`) or die in their custody (`CUSTODY`)."""
    arrests = [h for h in hits if h.sub_type == SubEventType.ARRESTS]
    acts = [h for h in hits if EVENT_TYPE_OF.get(h.sub_type) in VIOLENT_ACT_TYPES]
    if not arrests or not acts or "Arrests" not in scores:
        return
    first_act = min(acts, key=lambda h: h.start)
    after = [h for h in arrests if h.start > first_act.end
             and ARREST_AFTER.search(context.text, first_act.end, h.start)]
    if len(after) == len(arrests) or KILLED_AFTER_ARREST.search(context.text) \
            or any(h.sub_type == "Attack" and CUSTODY.search(h.text) for h in acts):
        best_act = max(scores.get(h.sub_type, 0.0) for h in acts)
        scores["Arrests"] = min(scores["Arrests"], best_act * 0.8)


OWN_PROTEST = re.compile(
    r"\b(?:during|at|in the course of) their (?:own )?(?:[\w'-]+ ){0,2}?(?:demonstrations?|protests?|march(?:es)?"
    r"|rall(?:y|ies)|processions?|hartals?|strikes?|sit-ins?|blockades?)\b", re.IGNORECASE)
"""A protest named as the doers' own ("burned a bus during their march"): what the clause's subject did, they did as
demonstrators."""


def _demonstrators_bombs(scores: dict[str, float], hits: list[CueHit], context: _Context) -> None:
    """A bomb set off in a sentence that tells the demonstrators' own violence (a violent demonstration cue) during
    their own protest ("activists detonated a bomb and vandalised a bus during their march") is their riot's weapon:
    the codebook codes violence by demonstrators, explosives thrown included, as the violent demonstration, not as an
    explosion (Explosions/Remote violence is an armed group's one-sided weapon)."""
    rioting = {context.sentence_index(h.start) for h in hits if h.sub_type == "Violent demonstration" and h.weight >= 0.85}
    for hit in hits:
        index = context.sentence_index(hit.start)
        if hit.sub_type in EXPLOSION_TYPES - {"Air/drone strike"} and index in rioting and hit.sub_type in scores:
            sentence_start, sentence_end = context.sentence_bounds(hit.start)
            if OWN_PROTEST.search(context.text, sentence_start, sentence_end):
                scores[hit.sub_type] = min(scores[hit.sub_type], scores.get("Violent demonstration", 0.0) * 0.8)


MUTUAL = re.compile(r"\b(?:clash\w*|fought|fight(?!ers?\b)\w*|brawl\w*|scuffle\w*|confrontations?)\b", re.IGNORECASE)
"""Words of two sides fighting each other; "fighters" names an actor, not a fight ("fighters loyal to X shot ...")."""

EACH_OTHER = re.compile(r"\b(?:each other|one another)\b", re.IGNORECASE)
"""Two sides acting on one another ('threw stones at each other')."""
FIRE_EXCHANGED = r"(?:gun ?fire|shots) (?:was |were |had been )?exchanged"
"""Fire exchanged told in the passive ("gunfire was exchanged", "shots exchanged"), for FOUGHT_BACK and
`roles.sentence.EXCHANGE_OF_FIRE`."""
FOUGHT_BACK = re.compile(
    r"\b(?:return(?:ed|ing|s)? (?:the |their )?fire|fir(?:ed|ing|es) back|exchang(?:ed|e|es|ing) (?:of )?"
    r"(?:(?:heavy|intense|sporadic|fierce|brief|sustained|prolonged) )?(?:gun ?)?fire"
    r"|exchanges? of (?:gun ?)?fire|trad(?:ed|ing) (?:gun ?)?fire|gun ?fights?|fire ?fights?|shoot-?outs?|gun ?battles?"
    r"|(?:fierce|heavy) fighting|" + FIRE_EXCHANGED + r")\b", re.IGNORECASE)
"""Words telling that the side attacked fought back with fire: an exchange (also in the passive), a gunfight, fire
returned."""

BATTLE_WEAPONS = frozenset({"Grenade", "Remote explosive/landmine/IED", "Shelling/artillery/missile attack"})
"""Explosions a side can set off in the course of a battle on the ground."""


@functools.cache
def fired_on_forces() -> re.Pattern[str]:
    """Gunfire aimed at state forces ("opened fire on the officers", "fired at the soldiers", "directed rifle fire at
    the police", "sprayed the patrol with bullets"): an attack with small arms on an armed side, which can respond."""
    forces = rf"(?:the |a |an |their )?(?:[\w'-]+ ){{0,2}}?(?:{context_pattern('state')}|patrol|convoy|checkpoint)"
    return re.compile(rf"\b(?:(?:opened|opening|open) fire (?:on|at|upon)|(?:fired|firing|shot|shooting) "
                      rf"(?:(?:shots|bullets|rounds|guns) )?(?:at|on|upon)"
                      rf"|(?:directed|aimed|trained) (?:[\w'-]+ ){{0,2}}?(?:fire|gunfire|shots) (?:at|on)) {forces}\b"
                      rf"|\bsprayed {forces} with (?:bullets|gunfire)\b", re.IGNORECASE)


GROUND_FIGHT = re.compile(
    r"\b(?:fought|clashed|battled|under (?:\w+ )?fire|exchang(?:ed|ing) (?:\w+ )?(?:gun ?)?fire)\b", re.IGNORECASE)
"""Verbs of fighting itself, not of a one-sided attack ('attacks on army positions') nor a noun that may name the
background ('as clashes continued')."""
FIRE_FROM_WEAPON = re.compile(r"\s+from\s+(?:[\w'-]+\s+){0,3}?(?:artillery|mortars?|shells?|shelling|rockets?|missiles?"
                              r"|tanks?|howitzers?|drones?|jets?|aircraft|warplanes?|helicopters?)\b", re.IGNORECASE)
"""A fire told as coming from the weapon itself ('came under fire from Israeli artillery'): the shelling, not a ground
fight beside it."""
AMID_BEFORE = re.compile(r"\b(?:amid|amidst|during|after|following|despite)\s+(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)
"""Fighting named as the background of another act ('a grenade exploded amid armed clashes')."""
GROUND_FIGHT_WEIGHT = 0.7
"""The least weight of an Armed clash cue that tells fighting by itself ('fought', 'clashed', 'fighting', 'came under
fire'), not a weak word that may be one-sided ('attacked', 'killed')."""


@functools.cache
@functools.cache
def _unarmed_harmed() -> re.Pattern[str]:
    """Unarmed people told as killed or hurt ("killing ten civilians", "three villagers were wounded")."""
    unarmed = load_patterns().lists["unarmed_dead"].pattern
    harm = r"(?:kill|wound|injur)(?:ed|ing)"
    return re.compile(rf"\b{harm} (?:[\w'-]+ ){{0,4}}?(?:{unarmed})\b"
                      rf"|\b(?:{unarmed}) (?:were|was|had been) (?:[\w'-]+ )?(?:{harm}|hurt)\b", re.IGNORECASE)


def _ground_fighting_beside(hits: list[CueHit], context: _Context) -> bool:
    """Whether a shelling, mortar or mine blast is told beside fighting on the ground ("shelled government positions
    and then tried to advance; fighting killed five soldiers", "hit a landmine and then came under fire", "clashed with
    troops as the military shelled the area", in one sentence; `GROUND_FIGHT`): ACLED's codebook codes remote
    violence used together with a ground battle as the Armed clash, the event of the two that both armed sides take
    part in; shelling or a blast alone, fighting told as its background ('amid clashes'), or a blast told with unarmed
    dead or hurt (`_unarmed_harmed`: shells falling on a village as the sides fought) stays remote violence."""
    if _unarmed_harmed().search(context.text):
        return False
    blasts = {context.sentence_index(h.start) for h in hits if h.sub_type in BATTLE_WEAPONS}
    return any(h.sub_type == "Armed clash" and h.weight >= GROUND_FIGHT_WEIGHT and GROUND_FIGHT.search(h.text)
               and context.sentence_index(h.start) in blasts and not FIRE_FROM_WEAPON.match(context.text, h.end)
               and not AMID_BEFORE.search(context.text[max(0, h.start - 30):h.start])
               and not context.discounted(h.start, h.end) for h in hits)


def _explosion_in_battle(scores: dict[str, float], hits: list[CueHit], context: _Context) -> None:
    """A grenade, bomb or shell used by one side in a fight where the target fought back ("threw a grenade at the patrol,
    and the officers returned fire") is a battle: the codebook's Explosions/Remote violence is one-sided violence whose
    weapon takes away the target's ability to respond, so once fire is exchanged the event is an Armed clash. So is
    one where the bombers also fired on state forces (`fired_on_forces`: "hurled a grenade at a police van, then
    opened fire on the officers", an ambush that opens with a roadside bomb): the codebook codes an explosion followed
    by direct fighting, and any attack on armed forces, as a battle. So, too, is shelling or a mine blast told beside
    fighting on the ground (`_ground_fighting_beside`; not a grenade, a weapon thrown in street violence too)."""
    used = [sub for sub in BATTLE_WEAPONS if scores.get(sub, 0.0) >= 0.6]
    if not used or not (FOUGHT_BACK.search(context.text) or fired_on_forces().search(context.text)
                        or "Grenade" not in used and _ground_fighting_beside(hits, context)):
        return
    scores["Armed clash"] = max(scores.get("Armed clash", 0.0), *(scores[sub] for sub in used))
    for sub in used:
        scores[sub] *= 0.75


ENTERED = re.compile(r"\bentered\b", re.IGNORECASE)
TAKE_VERB = re.compile(
    r"\b(?:captur\w*|seiz\w*|overr(?:an|un)\w*|occup\w*|took|taken|taking|takes|gain\w*|fell|fallen|established"
    r"|restored|control\w*)\b", re.IGNORECASE)
LEFT_AGAIN = re.compile(
    r"\b(?:before (?:leaving|withdrawing|heading (?:back|off|away)|returning|moving on|riding (?:off|away))"
    r"|(?:and|then) (?:then |later |soon )?(?:left|withdrew|departed|moved on|went away|rode (?:off|away))"
    r"|left (?:the (?:village|town|area|place|locality|market)|shortly|soon|later|afterwards|again))\b", re.IGNORECASE)
"""Armed men told as leaving again after they entered a place."""


def _passing_visit(scores: dict[str, float], hits: list[CueHit], context: _Context) -> None:
    """Armed men who entered a village and left again took no ground: codebook 'Non-state actor overtakes territory'
    needs the group to take control of the place, while a visit of armed men with no fighting is a movement of forces
    ('Change to group/activity'). Only when 'entered' is the sole taking verb, a leaving is told after it, and no
    fighting cue fired."""
    territorial = [h for h in hits if h.sub_type in (GOV_TERRITORY, NSA_TERRITORY)]
    if not territorial or any(h.sub_type == "Armed clash" and h.weight >= 0.6 for h in hits):
        return
    if not all(ENTERED.search(h.text) and not TAKE_VERB.search(h.text) for h in territorial):
        return
    first = min(h.start for h in territorial)
    if not LEFT_AGAIN.search(context.text, first):
        return
    top = max(scores.pop(GOV_TERRITORY, 0.0), scores.pop(NSA_TERRITORY, 0.0))
    scores["Change to group/activity"] = max(scores.get("Change to group/activity", 0.0), top)


def _apply_priorities(scores: dict[str, float], hits: list[CueHit], context: _Context) -> None:
    """Codebook priorities between types whose cues fire together."""
    _territory(scores, hits, context)
    _passing_visit(scores, hits, context)
    _arrest_afterwards(scores, hits, context)
    _demonstrators_bombs(scores, hits, context)
    _unharmed_raid(scores, context)
    _noncombatants_killed(scores, context)
    _force_on_rioters(scores, hits, context)
    protest = "protest_core" in context.present
    if protest and scores.get("Armed clash", 0.0) > 0 and "Violent demonstration" in scores:
        scores["Armed clash"] *= 0.5
    _protest_ladder(scores)
    for leaders, threshold, followers, factor in _DEMOTIONS:
        if max(scores.get(sub, 0.0) for sub in leaders) >= threshold:
            for follower in followers:
                if follower in scores:
                    scores[follower] *= factor
    _explosion_in_battle(scores, hits, context)


FORCE_ON_CROWD = re.compile(
    r"\b(?:dispers(?:e|ed|es|ing|al)|scatter(?:ed|ing)?|broke up|break(?:ing)? up|tear[- ]?gas(?:sed|sing)?"
    r"|water cannons?|rubber bullets|(?:opened|opening) fire (?:on|at)|(?:fired|shot) (?:[\w'-]+ ){0,2}?(?:at|on|into) "
    r"(?:the |a )?(?:crowds?|youths|rioters|protesters|demonstrators|mobs?))\b",
    re.IGNORECASE)
"""Words for state forces moving on a crowd: dispersing or breaking it up, or firing on it."""


def _force_on_rioters(scores: dict[str, float], hits: list[CueHit], context: _Context) -> None:
    """Codebook: people killed or wounded by police or soldiers dispersing demonstrators who were themselves violent
    (burning tyres, stoning, barricading, looting) are the riot's casualties, coded as the violent demonstration
    (rioters against the force), not as an attack on civilians; 'Excessive force against protesters' is force on
    peaceful protesters. So when a riot cue and an attack cue share a sentence where state forces (and no armed group)
    disperse or fire on a crowd, the attack yields to the riot."""
    if scores.get("Violent demonstration", 0.0) < 0.85 or "Attack" not in scores:
        return
    riot = [h for h in hits if h.sub_type == "Violent demonstration" and h.weight >= 0.85]
    for hit in hits:
        if hit.sub_type != "Attack":
            continue
        start, end = context.sentence_bounds(hit.start)
        if not any(start <= r.start < end for r in riot):
            continue
        if not context.in_sentence("state", hit.start) or context.in_sentence("nonstate", hit.start):
            continue
        if FORCE_ON_CROWD.search(context.text, start, end):
            scores["Attack"] *= 0.7
            return


def _protest_ladder(scores: dict[str, float]) -> None:
    """Rioting outranks force against protesters, which outranks intervention, then a peaceful protest; people
    arrested at a protest that is intervened in, met with force or turned to rioting are part of that protest event
    (codebook: arrests of demonstrators are coded as the demonstration's intervention, not as Arrests)."""
    ladder = (
        "Violent demonstration",
        "Excessive force against protesters",
        "Protest with intervention",
        "Peaceful protest",
    )
    for rank, higher in enumerate(ladder[:-1]):
        if scores.get(higher, 0.0) < 0.7:
            continue
        for lower in ladder[rank + 1:]:
            if lower in scores:
                scores[lower] *= 0.7
        if "Arrests" in scores:
            scores["Arrests"] *= 0.7
        break


def intervention_told(text: str) -> bool:
    """Whether `text` tells forces acting on a demonstration (INTERVENTION) other than in what the protest is about:
    "demanding the freeing of nurses held by soldiers" names the detention as the protest's cause, and the
    codebook codes such a protest as peaceful, not as a protest with intervention. Nor does an intervention denied or
    hedged ("police kept watch but did not intervene"): police present at a protest are no intervention in it."""
    found = list(INTERVENTION.finditer(text))
    if not found:
        return False
    context = _context(text, load_patterns())
    return any(not context.in_grievance(m.start(), cause_reach(m, text)) and not context.discounted(m.start(), m.end())
               for m in found)


def explain(text: str, protest_told: bool = False) -> list[CueHit]:
    """The cues that fire on `text`, in order of appearance (for debugging and event notes); `protest_told` as in
    `classify`."""
    if not isinstance(text, str):
        raise TypeError(f"classify.explain expects str, got {type(text).__name__}")
    patterns = load_patterns()
    return sorted(_hits(text, patterns, _context(text, patterns), protest_told), key=lambda h: (h.start, -h.weight))


OPENING_QUOTES = frozenset("\"“‘'")
CLOSING_QUOTES = frozenset("\"”’'")


def in_quotation_marks(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands right inside quotation marks ('blamed "rioters"')."""
    return 0 < start and end < len(text) and text[start - 1] in OPENING_QUOTES and text[end] in CLOSING_QUOTES


def _scare_quoted(text: str, hit: CueHit) -> bool:
    """Whether a cue is a single word in quotation marks ('blamed "rioters"', 'killed 20 "terrorists"'): the word is
    the label someone else gave, which the report quotes without taking it for its own account of what happened."""
    return " " not in text[hit.start:hit.end] and in_quotation_marks(text, hit.start, hit.end)


RELATIVE_CLAUSE = re.compile(
    r",\s+(?:which|who|whom|whose)\s[^,;:()\"\u201c\u201d]{3,100}?,\s+(?=(?:has|have|had|was|were|is|are)\s)"
    r"|\s(?:who|which|that)\s+(?:had|has|have|was|were|is|are)\s[^,;:()\"\u201c\u201d]{3,80}?\s"
    r"(?=(?:was|were|(?:has|have|had)\s+been)\s+\w+)",
    re.IGNORECASE)
"""A relative clause between a subject and its verb: between commas ('The town, which had been held by rebels for a
month, was recaptured by the army') or restrictive ('Farmers who had returned to their fields were shot dead'), with
the main clause's auxiliary right after it. The clause describes the subject; the sentence's news is told by the
subject and the verb it separates."""


EARLIER_CLAUSE = re.compile(r"\W*(?:which|who|whom|whose|that)\s+had\b", re.IGNORECASE)
"""A relative clause in the past perfect ('which had been turned into a shelter for displaced families', 'who had
fled the fighting'): it tells what came before the news, to say who or what the subject is."""


def _before_the_news(hits: list[CueHit], text: str) -> list[CueHit]:
    """The hits, those inside a relative clause in the past perfect between a subject and its verb (RELATIVE_CLAUSE,
    EARLIER_CLAUSE) discounted: the clause describes the subject by what came before; the main clause tells the
    news ('A school, which had been turned into a shelter for displaced families, was bombed by jets')."""
    earlier = [clause.span() for clause in RELATIVE_CLAUSE.finditer(text)
               if EARLIER_CLAUSE.match(text, clause.start())]
    if not earlier:
        return hits
    return [CueHit(h.sub_type, h.start, h.end, h.text, h.weight * _DISCOUNTED, h.line, "in a relative clause that "
                   "tells what came before") if any(low <= h.start and h.end <= high for low, high in earlier) else h
            for h in hits]


def _hits_across_relative_clauses(text: str, patterns: Patterns, protest_told: bool) -> list[CueHit]:
    """Cues the sentence tells once its relative clauses are left out (RELATIVE_CLAUSE): a cue that joins the subject
    to its verb ('the town ... was recaptured by the army') reads nothing else, so only cues spanning the place a
    clause was cut from are taken, on their words after the clause, the verb's side, in `text` (a cue inside the
    clause or wholly beside it is read in `text` itself)."""
    found: list[CueHit] = []
    for clause in RELATIVE_CLAUSE.finditer(text):
        cut, length = clause.start(), clause.end() - clause.start()
        reduced = text[:cut] + " " + text[clause.end():]
        for hit in _hits(reduced, patterns, _context(reduced, patterns), protest_told):
            if hit.start < cut < hit.end - 1 and not _scare_quoted(reduced, hit):
                end = hit.end + length - 1
                found.append(CueHit(hit.sub_type, clause.end(), end, text[clause.end():end], hit.weight, hit.line,
                                    hit.note))
    return found


@functools.lru_cache(maxsize=2048)
def _classify(text: str, protest_told: bool = False) -> tuple[tuple[tuple[str, float], ...], tuple[CueHit, ...]]:
    """Scored types (best first) and the hits behind them, with the cues a relative clause splits and those it tells
    as what came before discounted; cached, as the event coder asks twice."""
    patterns = load_patterns()
    context = _context(text, patterns)
    hits = [hit for hit in _hits(text, patterns, context, protest_told) if not _scare_quoted(text, hit)]
    hits = _before_the_news(hits, text) + _hits_across_relative_clauses(text, patterns, protest_told)
    scores = _noisy_or(hits)
    _apply_priorities(scores, hits, context)
    ranked = sorted(
        ((sub, round(score, 4)) for sub, score in scores.items() if score >= MIN_SCORE),
        key=lambda pair: (-pair[1], pair[0]),
    )
    return tuple(ranked), tuple(hits)


def classify(text: str, protest_told: bool = False) -> list[tuple[str, float]]:
    """ACLED sub-event types `text` reports, with scores in 0-1, best first; [] when no event. `protest_told`: an
    earlier sentence of the report told a demonstration, so the crowd's violent acts in `text` are its participants'
    (RIOT_NEEDS_TOLD_BEFORE)."""
    if not isinstance(text, str):
        raise TypeError(f"classify.classify expects str, got {type(text).__name__}")
    if not text.strip():
        return []
    return list(_classify(text, protest_told)[0])


def event_triggers(text: str) -> list[tuple[int, int, str]]:
    """Spans of the words that signal an event and the reported sub-type each supports, in text order."""
    if not isinstance(text, str):
        raise TypeError(f"classify.event_triggers expects str, got {type(text).__name__}")
    if not text.strip():
        return []
    ranked, hits = _classify(text)
    reported = {sub for sub, _ in ranked}
    territorial = {GOV_TERRITORY, NSA_TERRITORY} & reported
    spans: dict[tuple[int, int], tuple[float, str]] = {}
    for hit in hits:
        sub = hit.sub_type
        if sub in (GOV_TERRITORY, NSA_TERRITORY) and territorial:
            sub = next(iter(territorial))
        if sub not in reported:
            continue
        key = (hit.start, hit.end)
        if key not in spans or hit.weight > spans[key][0]:
            spans[key] = (hit.weight, sub)
    triggers = sorted((start, end, sub) for (start, end), (_, sub) in spans.items())
    return [
        (start, end, sub)
        for start, end, sub in triggers
        if not any(
            s <= start and end <= e and (s, e) != (start, end) and other == sub for s, e, other in triggers
        )
    ]
