"""Demonstrations in a draft event: whether its crowd protests, riots or attacks a gathering, and when party supporters
are a crowd (the ACLED codebook's rules for demonstrations, read by `sitrep.roles`).

A demonstration turns violent through its demonstrators' own violence or destruction (`crowd_turns_violent`,
`demonstration_act`); people who attack a gathering are not its demonstrators (`demonstrators_named`,
`demonstration_attacked_by_crowd`); and supporters of a party who fight are rioters, not an armed group
(`partisan_crowd`).
"""

from __future__ import annotations

import functools
import re

from sitrep import actors, classify
from sitrep.schema import ActorMention, Draft

PARTISANS = re.compile(
    r"\b(?:supporters|followers|partisans|loyalists of|(?:two|rival) (?:factions|camps)"
    r"|(?:members|activists|leaders|cadres|workers) of (?:the |two |rival )?(?:[\w-]+ ){0,2}?factions?"
    r"|factional)\b|(?:members|activists|leaders|cadres|workers|men|groups|factions) of (?:the |two |rival )?(?:[\w-]+ )?(?={party})"
    r"|{party}(?:\s*\([^()]{1,15}\))?"
    r"(?= (?:and|or) |\s+(?:members|supporters|activists|leaders|cadres|cadets|workers|men|youths|factions?)\b)",
    re.IGNORECASE,
)
"""Supporters, members and factions of a party or a politician (ACLED codebook: party supporters are not an
organised armed group; when they fight or attack they are rioters, with the party as associated actor, and
stay rioters when someone dies); a party's "cadets" (a youth wing's name in Malawi) are its members. `{party}` is
any party of the actor files (see `partisan_crowd`); its acronym may
follow it in parentheses, as reports write a name the first time ("Chhatra League (BCL) members")."""


DEMONSTRATION = re.compile(r"\b(?:protest(?!ant)\w*|demonstrat\w*|demos|rall(?:y|ies)|(?-i:march(?:ed|es|ers|ing)?)"
                           r"|strikers"
                           r"|on strike|hartals?|bandhs?|general strike|civil disobedience|sit-ins?|dharnas?"
                           r"|(?:road|rail|railway|highway|nationwide|countrywide|non-?stop|transport)[- ]blockades?"
                           r"|blockade (?:programs?|programmes?)"
                           r"|(?:countrywide|nationwide|citywide|statewide|total|complete|general) shut ?-?downs?"
                           rf"|{classify.context_pattern('strikers')})\b",
                           re.IGNORECASE)
"""A crowd that burns or loots during a protest (or a strike, its workers named 'striking' as in the pattern file's
@strikers, or a hartal or bandh, South Asia's general strike, a nationwide shutdown called as one, a road, rail or
nationwide blockade called as a protest programme, a sit-in or a dharna, South Asia's sit-in, or a campaign of civil
disobedience, which the codebook counts as protest) is a violent demonstration, not a mob. "Protestant" is a church, not
a protest."""


ATTACKED_GATHERING = re.compile(
    r"\b(?:attack\w*(?:\s+on)?|assault\w*(?:\s+on)?|raid\w*(?:\s+on)?|stormed|storming|disrupt\w*|broke\s+up|break\s+up"
    r"|(?:fired|firing|opened\s+fire)\s+(?:on|at|into)"
    r"|(?:threw|throwing|hurled|hurling|lobbed|lobbing|flung)\s+(?:[\w'-]+\s+){1,3}?(?:at|on|into))"
    r"\s+(?:and\s+(?:injured|wounded|hurt)\s+)?(?:(?:an?|the|their|its|his|her)\s+)?(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE)
"""A gathering named as the object of an attack ("a group attacked a peaceful rally", "gunmen opened fire on a
march", "youths disrupted a party rally", "rioters hurled petrol bombs at a procession", "assaulted and injured four
demonstrators"): those who attacked it are not its demonstrators."""


ASSAULT_VENUE = re.compile(
    r"\b(?:assault\w*|attack(?:ed|s)?|beat(?:s|en)?(?: up)?|roughed up|whipped|slapped|set upon)\s+"
    r"(?:and\s+(?:injured|wounded|hurt)\s+)?"
    r"(?!(?:the\s+)?(?:police|policemen|officers?|soldiers|troops|security)\b)(?:[\w'-]+\s+|\([\w'-]{1,12}\)\s+){1,8}?"
    r"(?:(?:in|at|near|outside|inside)\s+[^.;!?]{1,80}?,?\s+)?"
    r"(?:at|during)\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)
"""A gathering named as where a person was assaulted ("assaulted a senator at a rally"): the place of the violence,
which does not make its doers the rally's demonstrators (force against the police at a march is the demonstrators').
The victims may be named in a few words, an acronym in parentheses among them, and the town after them, ACLED notes'
way ("assaulted and injured members of the traders' union (KTU) in Kisii town (Kisii), during their demonstration")."""


ASSAULT_VENUE_REACH = 180
"""How far before a gathering word an assault naming it as its venue may start (verb, victims, town, 'during')."""


def demonstrators_named(text: str) -> bool:
    """Whether the text tells of a demonstration other than as the object of an attack (DEMONSTRATION, not
    ATTACKED_GATHERING) or as the occasion of the act (`classify.in_background`: "amid the unrest following the
    demonstrations"): the attackers of a rally, or people who riot after one, are not its demonstrators, so their
    violence is no violent demonstration (ACLED's codebook: a violent demonstration is one whose own participants act
    violently), nor does a rally named as where a person was assaulted (ASSAULT_VENUE). A crowd told with its demand or
    grievance doing a crowd's deed (CROWD_WITH_GRIEVANCE_DEED: "students demanding road safety vandalised buses")
    demonstrates though no protest word is told."""
    if re.search(CROWD_WITH_GRIEVANCE_DEED, text, re.IGNORECASE):
        return True
    return any(not ATTACKED_GATHERING.search(text, max(0, m.start() - 60), m.start())
               and not ASSAULT_VENUE.search(text, max(0, m.start() - ASSAULT_VENUE_REACH), m.start())
               and not classify.in_background(text, m.start()) for m in DEMONSTRATION.finditer(text))


TOUGHS = r"thugs|goons|hoodlums|hooligans"
"""Hired toughs as the press names them ('thugs'; 'goons' and 'hoodlums' in South Asia's and Africa's press): a crowd
of no organised armed group, whose attack on a gathering is the crowd's intervention in it."""


DEMONSTRATORS_ATTACKED = re.compile(
    r"\b(?P<crowd>protesters|protestors|demonstrators|marchers|strikers)\s+"
    r"(?:(?:were|was|had\s+been|have\s+been|got)\s+)(?:\w+\s+)?(?:attacked|assaulted|beaten(?:\s+up)?|set\s+upon|stoned|pelted|chased\s+away|hacked|stabbed)\s+by\s+"
    r"(?:the\s+|an?\s+|some\s+)?(?:[\w'-]+\s+){0,3}?(?P<agent>supporters|activists|cadres|members|youths?|crowds?|mobs?"
    rf"|counter-?(?:protesters|demonstrators)|residents|villagers|locals|{TOUGHS}|loyalists|followers)\b",
    re.IGNORECASE)
"""Demonstrators told as attacked, in the passive, by a crowd ("opposition protesters were attacked by ruling party
supporters", "marchers were stoned by a mob"): the crowd that attacked them, not the demonstrators, did the violence."""


GATHERING_ATTACKERS = re.compile(
    r"^\W*(?:(?:on\s+)?\d{1,2}\s+\w+(?:\s+\d{4})?,?\s+)?(?:(?:a\s+)?(?:group|number|crowd|mob|gang)\s+of\s+)?"
    r"(?:(?:the|some|about|over|at\s+least|dozens\s+of|hundreds\s+of|scores\s+of|\d+(?:-\d+)?|a|an)\s+)*"
    r"(?:[\w'-]+\s+){0,5}?(?:supporters|activists|cadres|members|workers|youths?|crowds?|mobs?|rioters"
    rf"|counter-?(?:protesters|demonstrators)|residents|villagers|locals|{TOUGHS}|loyalists|followers|group)\b",
    re.IGNORECASE)
"""The subject of a sentence that attacks a gathering, when it is a crowd ("ruling party cadres", "a group of youths",
"supporters of the mayor", "on 3 May 2023, about 40 members of the youth wing"): not an armed group, not a force."""


PARTICIPANTS = re.compile(r"\b(?:supporters|members|activists|participants|attendees|marchers|protesters|protestors"
                          r"|demonstrators|followers|cadres|workers|students|teachers|women|people)\b", re.IGNORECASE)
"""People attacked at a gathering who are its participants ("attacked opposition supporters at a rally"), unlike one
person attacked there ("assaulted a senator at a rally", the place of a mob's violence)."""


GRIEVED_ATTACK = re.compile(
    r"(?:\b(?:against|over|condemn\w*|denounc\w*|after|following|since)\s+(?:the\s+|an?\s+)?"
    r"(?:[\w'-]+\s+){0,2}|\b(?:earlier|prior|previous|recent|past|last\s+(?:week|month|year)'s)\s+(?:[\w'-]+\s+)?)$",
    re.IGNORECASE)
"""An attack on a demonstration told as what a later protest is against or as an earlier event ("a rally against the
prior assault on demonstrators"): not the event itself."""


def demonstration_attacked_by_crowd(draft: Draft) -> tuple[ActorMention | None, ActorMention | None] | None:
    """A demonstration the text tells as attacked by a crowd: a march, rally or protest named as the object of an attack
    (ATTACKED_GATHERING), or people attacked at one (ASSAULT_VENUE), by a sentence whose subject is a crowd
    (GATHERING_ATTACKERS), or demonstrators attacked by a crowd in the passive (DEMONSTRATORS_ATTACKED); not a fight
    between two crowds (MUTUAL, EACH_OTHER: rioters against rioters; a fight told as an earlier event, EARLIER_BEFORE,
    "in response to prior clashes", is not this one), not one person assaulted at a rally (only its PARTICIPANTS
    attacked there make an attack on it), and not an attack told as the grievance of a later protest or as an earlier
    event (GRIEVED_ATTACK). ACLED's codebook: a violent demonstration is one whose own participants act
    violently; a peaceful demonstration that others physically interrupt is a protest with intervention, whoever
    intervened (a crowd of party supporters, counter-protesters, youths: rioters), and a crowd's attack that kills
    demonstrators is mob violence, the rioters against the protesters. A force or an armed group named in the sentence
    before the attack is its doer instead (excessive force, an attack), and so is one named as the agent of the passive. Returns the attackers' and the demonstrators' mentions, if any."""
    told = draft.text
    if classify.EACH_OTHER.search(told) or any(not EARLIER_BEFORE.search(told, max(0, m.start() - 40), m.start())
                                      for m in classify.MUTUAL.finditer(told)):
        return None
    for sentence in draft.sentences:
        text = sentence.text
        passive = DEMONSTRATORS_ATTACKED.search(text)
        if passive is not None:
            agent = sentence.start + passive.start("agent")
            armed = any(m.inter in actors.ARMED_INTERS and m.start >= sentence.start + passive.end("crowd")
                        and m.start <= agent + 40 for m in sentence.actors)
            if not armed:
                return (next((m for m in sentence.actors if m.start >= agent - 60 and m.inter in (5, 6, 7)), None),
                        next((m for m in sentence.actors if m.end <= sentence.start + passive.end("crowd")), None))
        for found in DEMONSTRATION.finditer(text):
            hit = ATTACKED_GATHERING.search(text, max(0, found.start() - 60), found.start())
            venue = None if hit is not None \
                else ASSAULT_VENUE.search(text, max(0, found.start() - ASSAULT_VENUE_REACH), found.start())
            hit = hit or (venue if venue is not None and PARTICIPANTS.search(venue.group()) else None)
            if hit is None or classify.in_background(text, found.start()) or GRIEVED_ATTACK.search(text[: hit.start()]):
                continue
            before = sentence.start + hit.start()
            if any(m.inter in actors.ARMED_INTERS and m.start < before for m in sentence.actors):
                continue
            if not GATHERING_ATTACKERS.match(text[: hit.start()]) and not partisan_crowd(text[: hit.start()]):
                continue
            attackers = next((m for m in sentence.actors if m.start < before), None)
            return attackers, next((m for m in sentence.actors if m.start > before and m.inter in (5, 6, 7)), None)
    return None


ARMED_DOER = re.compile(
    r"\b(?:gunm[ae]n|militiam[ae]n|militias?|bandits|fighters|assailants|attackers|armed\s+(?:m[ae]n|groups?)"
    r"|m[ae]n\s+(?:(?:in|wearing)\s+(?:[\w'-]+\s+){1,2}?)?(?:armed|wielding))\b", re.IGNORECASE)
"""Words that make the doers of an attack armed ("gunmen", "armed men", "men wielding pangas", "militiamen", "men in
plain clothes armed with pistols", their dress told between them and their arms); "armed youths" or a crowd carrying
sticks stay a crowd (GATHERING_ATTACKERS), rioters in ACLED's coding."""


PEOPLE_GATHERED = re.compile(r"\b(?:processions?|vigils?|pickets?)\b", re.IGNORECASE)
"""Gatherings a protest is also held as (a procession, a vigil, a picket), beside DEMONSTRATION's words."""


def demonstration_attacked_by_armed_group(draft: Draft) -> tuple[ActorMention | None, ActorMention | None] | None:
    """A demonstration the text tells as attacked (ATTACKED_GATHERING: "opened fire on a march", "attacked
    demonstrators", "attacked a sit-in") by doers the sentence names as armed before the attack (ARMED_DOER, or an
    armed actor that is no state force): ACLED's codebook codes violence by an armed group against demonstrators as an
    attack on the Protesters, whose peaceful demonstration is no event of its own. Not an attack told as the grievance
    of a later protest (GRIEVED_ATTACK). Returns the attackers' and the demonstrators' mentions, if any."""
    for sentence in draft.sentences:
        text = sentence.text
        for found in (*DEMONSTRATION.finditer(text), *PEOPLE_GATHERED.finditer(text)):
            hit = ATTACKED_GATHERING.search(text, max(0, found.start() - 60), found.start())
            if hit is None or classify.in_background(text, found.start()) or GRIEVED_ATTACK.search(text[: hit.start()]):
                continue
            before = sentence.start + hit.start()
            armed = [m for m in sentence.actors if m.start < before and m.inter in actors.ARMED_INTERS and m.inter != 1]
            doers = text[: hit.start()]
            if not armed and (not ARMED_DOER.search(doers) or GATHERING_ATTACKERS.match(doers)):
                continue
            if any(m.inter == 1 and m.start < before for m in sentence.actors):
                continue
            return (next(iter(armed), None),
                    next((m for m in sentence.actors if m.start > before and m.inter in (6, 7)), None))
    return None


def protest_told(text: str) -> bool:
    """Whether the text names a demonstration other than as the occasion of its act (`classify.in_background`)."""
    return any(not classify.in_background(text, m.start()) for m in DEMONSTRATION.finditer(text))


DEMONSTRATION_ACT = re.compile(r"\b(?:riot(?!ers?\b)\w*|barricad\w*|tyres|tires|road ?blocks?"
                               r"|block(?:s|ed|ing)? (?:the |a )?(?:[\w'-]+ ){0,2}?(?:roads?|streets?|highways?)"
                               r"|running battles?|rampag\w*)\b",
                               re.IGNORECASE)
"""What only a demonstration does (blocking roads also in a headline's present, "veterans block roads"; running battles
with the police in the streets; a rampage through a town or a school): without it or a protest word, stones thrown at
someone are mob violence. Riots and rioting name the event; "rioters" only names its people, the codebook's actor of
mob violence as much as of a violent demonstration, so it tells a demonstration only with `demonstration_act`."""


RIOTERS = re.compile(r"(?<![\"“‘'])\brioters?\b(?![\"”’'])", re.IGNORECASE)
"""Rioters named by the report: "rioters" in quotation marks is someone else's label ('state media blamed
"rioters"')."""


RIOTERS_ON_PEOPLE = re.compile(
    r"\brioters?\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:assault|attack|beat|stabb|hack|lynch|injur|wound|kill|ston|chas|whipp|robb)\w*"
    r"(?:\s+and\s+\w+)?\s+(?!(?:the\s+|a\s+|an\s+|two\s+|several\s+)?(?:[\w'-]+\s+)?(?:police|policemen|officers?"
    r"|soldiers|troops|security|forces|gendarmes|vehicles?|cars?|buses|bus|minibus(?:es)?|lorr(?:y|ies)|trucks?|shops?"
    r"|houses?|homes?|buildings?|offices?|stations?|property|properties|stores?|kiosks?|stalls?)\b)"
    r"|\b(?:assaulted|attacked|beaten|stabbed|hacked|lynched|injured|wounded|killed|stoned|robbed)(?:\s+and\s+\w+)?"
    r"\s+by\s+(?:the\s+|a\s+)?(?:group\s+of\s+|gang\s+of\s+)?rioters\b", re.IGNORECASE)
"""Rioters harming people ("rioters assaulted supporters of a councillor", "a trader was beaten by rioters"), not the
police facing them nor property."""


DEMAND_TOLD = re.compile(
    r"\b(?:(?:in\s+order\s+)?to\s+(?:demand|press\s+for|push\s+for|denounce|decry|call\s+for)|demanding)\s+"
    r"(?!(?:a\s+|the\s+)?ransom\b)", re.IGNORECASE)
"""A crowd's aim told as a demand ("burned a vehicle to demand the release of an official", "threw stones at a patrol
to demand protection", "demanding justice"): a ransom is a kidnapper's demand, not a crowd's."""

MOB_JUSTICE = re.compile(r"\b(?:lynch\w*|mobs?|jungle\s+justice|mob\s+justice|hand(?:ed|ing)?\s+(?:\w+\s+)?over"
                         r"|release\s+(?:of\s+)?(?:the\s+|a\s+|two\s+)?(?:\w+\s+)?suspects?)\b", re.IGNORECASE)
"""Words of mob justice: a lynching, a mob, or a crowd that wants a suspect handed over or released to it (a crowd that
storms a police station "demanding the release of a suspect" wants him, not a policy)."""


def crowd_states_demand(text: str) -> bool:
    """Whether a crowd's violence is told with a demand (DEMAND_TOLD: "burned a government vehicle to demand the
    release of an official"), with no lynching or mob justice told (MOB_JUSTICE) and no party's supporters
    (`partisan_crowd`: partisans who fight are rioters of mob violence in ACLED's coding). ACLED's codebook: a violent
    demonstration is a demonstration whose participants turn violent, and it has a demand; mob violence is a crowd's
    violence with no such aim (a lynching, a feud, a score settled, stones thrown at police with no demand told)."""
    if MOB_JUSTICE.search(text) or partisan_crowd(text):
        return False
    return bool(DEMAND_TOLD.search(text))


def demonstration_act(text: str) -> bool:
    """Whether the text tells an act of a demonstration (DEMONSTRATION_ACT), rioters (RIOTERS) who do not only harm
    people (RIOTERS_ON_PEOPLE), a crowd told with its demand or grievance doing a crowd's deed
    (CROWD_WITH_GRIEVANCE_DEED: "traders demanding the reopening of a market ransacked the office"), or a crowd that
    states a demand (`crowd_states_demand`). ACLED's codebook:
    a violent demonstration is a demonstration turned violent or destructive (looting, arson, fighting the police),
    while rioters who attack civilians with no demonstration told are mob violence, rioters against civilians."""
    return bool(DEMONSTRATION_ACT.search(text)) or (bool(RIOTERS.search(text)) and not RIOTERS_ON_PEOPLE.search(text)) \
        or bool(re.search(CROWD_WITH_GRIEVANCE_DEED, text, re.IGNORECASE)) or crowd_states_demand(text)


STREET_PROTEST_ACT = re.compile(
    r"\b(?:barricad\w*|burn\w* (?:\w+ )?(?:tyres|tires)|road ?blocks?"
    r"|(?:block|blocks|blocked|blocking) (?:the |a )?(?:[\w'-]+ ){0,2}?"
    r"(?:roads?|streets?|highways?)|running battles?|rampag\w*"
    r"|set (?:fire to|light to|ablaze) (?:\w+ )?(?:tyres|tires)"
    r"|(?:set|lit) (?:\w+ )?(?:tyres|tires) (?:ablaze|alight|on fire)"
    r"|(?:lit|lighting|light|made|making|set|setting|started|starting) (?:\w+ ){0,2}?bonfires?)\b", re.IGNORECASE)
"""Acts by which a crowd demonstrates in the street (DEMONSTRATION_ACT less the riot words, which name the violence
itself): barricades, burning tyres (however told: "set fire to tyres", "set tyres ablaze"), bonfires lit, roads
blocked, running battles with the police, a rampage."""


def street_protest_act(text: str) -> bool:
    """Whether the crowd's violence comes with an act of a street demonstration (STREET_PROTEST_ACT): a crowd that blocks
    roads and clashes with the police is demonstrating though the text never says 'protest' (codebook: a violent
    demonstration is a demonstration whose participants use violence; mob violence is crowd violence that is no
    demonstration, such as a lynching)."""
    return bool(STREET_PROTEST_ACT.search(text))


GATHERING_ONLY = re.compile(r"(?:rall(?:y|ies)|(?-i:march(?:es)?)|processions?|meetings?)", re.IGNORECASE)
"""Gatherings that are demonstrations only when held for a cause: a campaign rally, a victory procession or a birthday
march is no protest."""


def demonstration_with_cause(text: str) -> bool:
    """Whether the text tells a demonstration (DEMONSTRATION) other than a gathering with no cause told after it
    (GATHERING_ONLY with no `classify.GRIEVANCE_OPENER` in its sentence after it): codebook demonstrations are
    gatherings with a demand or a grievance (a protest, a strike, a hartal, a rally against a government)."""
    for match in DEMONSTRATION.finditer(text):
        if not GATHERING_ONLY.fullmatch(match.group(0)):
            return True
        rest = re.split(r"[.;!?]", text[match.end():], maxsplit=1)[0]
        if classify.GRIEVANCE_OPENER.search(rest[:100]):
            return True
    return False


DEMONSTRATORS_VIOLENT = re.compile(
    r"(?<![\"“‘'])\b(?:riot(?:ed|ing|ers(?![\"”’']))|barricad\w*|burn\w* (?:\w+ )?(?:tyres|tires)|running battles?|pelt\w*"
    r"|(?:threw|throwing|hurled|hurling) (?:stones|rocks|missiles|petrol bombs)|stone-?throwing|stoned"
    r"|clash\w* with (?:the )?(?:anti-?riot |riot )?(?:police|security forces|soldiers|troops|officers))\b",
    re.IGNORECASE)
"""ACLED's codebook: a demonstration turns into a violent demonstration (a riot) when its participants act violently
or destructively, fighting the police, throwing stones, burning tyres or barricading roads; the police who face them
are then the rioters' actor 2 ("students clashed with riot police"; riot police alone, or a road blocked by a sit-in,
do not make a riot). "Rioters" in quotation marks is a party's label, not the report's (`RIOTERS`)."""


CROWD_WITH_GRIEVANCE_DEED = (
    r"\b(?:protesters|protestors|demonstrators|marchers|strikers|supporters|students|residents|youths|traders"
    r"|workers|farmers|villagers|drivers|riders|hawkers|vendors|miners|teachers|employees)\s+"
    r"(?:demanding|protesting|opposing|opposed\s+to|calling\s+for|angry\s+(?:at|over|about|with)|angered\s+by"
    r"|(?:striking|on\s+strike)\s+(?:over|for|against|to)"
    r"|incensed\s+(?:at|by|over)|furious\s+(?:at|over|about))"
    r"(?:\s+(?!(?:who|which|that|whom|whose|was|were|been|had|have|has|is|are)\b)(?:\([^()]{1,60}\)|[\w'’,-]+)){1,12}?"
    r"\s+(?:stormed|ransacked|looted|torched|vandali[sz]ed|smashed|stoned|pelted|uprooted|overpowered"
    r"|set\s+(?:fire|ablaze)|set\s+(?:\w+\s+){1,4}?(?:ablaze|alight|on\s+fire))\b(?!\s+by\b)"
    r"(?!\s+(?:an?\s+|the\s+|their\s+)?(?:\w+\s+)?(?:effig\w*|flags?|copies|cop(?:y|ies)\s+of)\b)")
"""A crowd told with what it wanted or was angry at before its deed ("protesters demanding the release of
the former president ransacked a mall", "traders angry at their eviction uprooted the fence", "taxi drivers striking
over impounded vehicles torched buses", a strike being the codebook's protest too, "demonstrators
protesting insecurity in Beni (Nord-Kivu) burned ..."): the deed's subject is still the demonstrators. There the deed
is one only a crowd commits (storming, looting, vandalising, setting ablaze), not a bare "burned" or "destroyed" that
can close the grievance itself ("residents protesting the loss of homes destroyed ..."), nor one in the passive
("demanding justice for a colleague stoned by a crowd")."""


CROWD_TURNED_VIOLENT = re.compile(
    r"\b(?:(?:protesters|protestors|demonstrators|supporters|members|students|residents|youths?|crowds?|they)\s+"
    r"|(?:residents|inhabitants|villagers|youths?)\s+(?:of|in|from)\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+"
    r"(?:\([^()]{1,60}\)\s+)?)"
    r"(?:(?!was\b|were\b|been\b|being\b|after\b|over\b|against\b|following\b)[\w-]+\s+){0,2}?"
    r"(?:stormed|attacked|assaulted|vandali[sz]ed|looted|torched|set\s+(?:fire|ablaze)|burn(?:ed|t)|destroyed|smashed"
    r"|stoned|pelted|hurled|(?:took|held|holding)\s+(?:\w+\s+){0,3}?hostage)\b"
    r"(?!\s+(?:an?\s+|the\s+|their\s+)?(?:\w+\s+)?(?:effig\w*|flags?|copies|cop(?:y|ies)\s+of)\b)"
    r"|\b(?:police|officers|troops|soldiers)\s+battled\b"
    r"|\b(?:protest(?:ed|ing)|demonstrat(?:ed|ing)|(?:went|were|are|was|is|go|goes|going)\s+on\s+strike|striking)"
    r"(?:\s+(?!(?:who|which|that|was|were|and|after|before|when|as|while|until)\b)(?:\([^()]{1,60}\)|[\w'’-]+)){0,6}?"
    r"(?:\s*,?\s+(?:and|then|before)(?:\s+then)?)?\s+"
    r"(?:stormed|attacked|assaulted|vandali[sz]ed|looted|torched|set\s+(?:fire|ablaze)|burn(?:ed|t)|destroyed|smashed"
    r"|stoned|pelted)\b(?!\s+by\b)"
    r"(?!\s+(?:an?\s+|the\s+|their\s+)?(?:\w+\s+)?(?:effig\w*|flags?|copies|cop(?:y|ies)\s+of)\b)"
    rf"|{CROWD_WITH_GRIEVANCE_DEED}",
    re.IGNORECASE)
"""The demonstrators themselves turning violent ("supporters carrying banners stormed into a hotel", "members then
attacked clerks", "residents of Kandi (Alibori) burnt a customs post", with the town of the people living there and
an aside between them and their deed, "police battled villagers protesting"; the protest verb and the violent deed
sharing their subject, "students went on strike and burnt a dormitory", "fishermen protesting a ban stormed an office",
but not the burning of an effigy or a flag, a symbolic act of a peaceful protest, whichever way the crowd is told:
"supporters in Lilongwe burned an effigy"): a violent demonstration too (in the passive, "protesters
were attacked", the violence is done to them, not by them). A deed told after "after", "over", "against" or
"following" ("villagers in Kitui protested after floods destroyed crops") is the protest's cause, not the crowd's
act, and so is a verb followed by "by", a passive participle closing the cause ("protesting the loss of homes
destroyed by floods"). A crowd told with its grievance before its deed: CROWD_WITH_GRIEVANCE_DEED."""


PROTESTED_DOING_HARM = re.compile(
    r"\b(?:protest(?:ed|ing)|demonstrat(?:ed|ing)|rallied)\b[^.;:]{0,120}?(?:,\s+(?:then\s+)?|\s+by\s+)"
    r"(?:torching|looting|stoning|pelting|smashing|vandali[sz]ing|ransacking|storming|attacking|assaulting|destroying"
    r"|demolishing|uprooting|overturning"
    r"|setting\s+(?:fire\s+to|ablaze)|burning\s+(?:down\s+)?(?:an?|the|his|her|their|its|two|three|several|\d+)\s+"
    r"(?!effig\w*|flags?\b)\w+)\b(?!\s+(?:an?\s+|the\s+|their\s+)?(?:\w+\s+)?(?:effig\w*|flags?|copies)\b)",
    re.IGNORECASE)
"""A protest told with a participle clause of the protesters' own violence after it ("residents protested over the
killing, torching the suspect's house", "traders demonstrated, looting shops"): English gives a participle clause the
subject of its main clause, so the demonstrators did it, and so does "by" before one ("protested the death by burning
the police post", the means of their protest); ACLED's codebook makes a demonstration whose participants
destroy property or attack people a violent demonstration, its crowd rioters. Burning an effigy or a flag is a
symbolic act of a peaceful protest and is not matched."""


CROWD_SUBJECT = (r"(?:protesters|protestors|demonstrators|marchers|strikers|supporters|students|residents|villagers"
                 r"|inhabitants|locals|youths?|crowds?|farmers|traders|workers|teachers|drivers|they)")
"""The people a demonstration is told by, as the subject of what they did next ("the traders", "they")."""


CROWD_HURT_PEOPLE = re.compile(
    rf"(?<!of )\b{CROWD_SUBJECT}\s+"
    r"(?:(?!was\b|were\b|been\b|being\b|is\b|are\b)[a-z]+\s+)?"
    r"(?:wounded|injured|hurt|beat|killed|stabbed|hacked|lynched|assaulted|raped|robbed)"
    r"(?:\s+and\s+(?:wounded|injured|hurt|beat|killed|stabbed|hacked|lynched|assaulted|raped|robbed))?\s+"
    r"(?!(?:by|in|at|during|when|as|after|while|on|near|and|or|with|from|to|for|over)\b)"
    r"(?:(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|\d+)\s+)?+"
    r"(?!(?:previous|last|next|same|following|other|past|\w*day|weeks?|months?|years?|hours?|days?|nights?|earlier"
    r"|ago)\b)\w", re.IGNORECASE)
"""The demonstrators themselves harming people ("the residents wounded two gendarmes", "students then beat a
guard"): ACLED's codebook makes participants who do violence rioters and their demonstration a violent one, told in
the same sentence or the next. The verb must take a direct object, not a preposition or a time: "protesters
injured in the clash", "villagers killed by police", "demonstrators killed last month" tell harm done to the crowd,
not by it, and so does a crowd named after "of" ("the funeral of students killed two weeks ago")."""


CROWD_OPENING = re.compile(rf"^\W*(?:(?:then|later|afterwards),?\s+)?(?:the\s+)?(?:(?:local|angry|same)\s+)?{CROWD_SUBJECT}\b",
                           re.IGNORECASE)
"""A sentence opening on the crowd as its subject ("The traders ...", "Later, the students ...", "They then ...")."""


def crowd_turns_violent(text: str) -> bool:
    """Whether a sentence opens on the crowd already told ("The traders ...", "They then ...") and tells its own
    violence (CROWD_TURNED_VIOLENT, CROWD_HURT_PEOPLE): the next step of a demonstration, its participants rioting."""
    opening = CROWD_OPENING.match(text)
    return opening is not None and any(m.start() <= opening.end() for pattern in (CROWD_TURNED_VIOLENT, CROWD_HURT_PEOPLE)
                                       for m in pattern.finditer(text))


EARLIER_BEFORE = re.compile(r"\b(?:earlier|prior|previous|recent|past|last\s+(?:week|month|year)'s|yesterday's)\s+(?:[\w'-]+\s+)?$",
                            re.IGNORECASE)
"""Violence told as an earlier event ("marched, days after earlier clashes with police", "following prior clashes"):
not what the demonstrators of the event do, so it does not make their protest a violent demonstration."""


@functools.cache
def _partisans() -> re.Pattern:
    party = actors.party_pattern().pattern
    return re.compile(PARTISANS.pattern.replace("{party}", f"(?:{party})"), re.IGNORECASE)


def partisan_crowd(text: str, end: int | None = None) -> re.Match | None:
    """Where `text` (up to `end`) names a party's or a politician's supporters, members or factions (PARTISANS)."""
    return _partisans().search(text, 0, len(text) if end is None else end)
