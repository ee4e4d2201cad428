"""Crowds: demonstrators, rioters and mobs, and the forces that face them.

ACLED's codebook makes protesters and rioters actor 1 of their events, codes a crowd that beats, lynches or burns as
rioters in mob violence, and gives excessive force against protesters only to state forces. These rules read who a
crowd is (its nation, its origin, its grievance or motive), whom it hurt, who dispersed or attacked it, and what
property it targeted.
"""

from __future__ import annotations

import functools
import re

from sitrep import actors, classify, countries, demonstrations, taxonomy
from sitrep.roles.communities import ARMED_CIVILIANS, FOUGHT_WITH_FIREARMS
from sitrep.roles.sentence import (EXCHANGE_OF_FIRE, PASSIVE_AUXILIARY, REDUCED_PASSIVE, _acting, _armed_target,
                                   _before, _deadly, _own_country, _sentence_of, find_trigger, generic_actor,
                                   is_government, with_country)
from sitrep.schema import ActorMention, Draft, Sentence

CROWD = re.compile(
    r"\b(?:mob|crowd|angry|youths?|lynch\w*|jungle justice|residents|villagers|locals|inhabitants|populations?"
    r"|(?:boda[- ]?boda|motorcycle(?: taxi)?|motorbike(?: taxi)?|okada) (?:riders|operators|drivers)"
    r"|members of the public"
    r"|members of (?:the |a )?(?!armed|\w+ armed)[\w-]+(?: [\w-]+)? (?:sect|church|family|community|association|union|club)"
    r"|(?:a |two |rival )?(?:groups?|numbers?) of (?:people|residents|villagers|locals|youths?|young|farmers|herders|women|men|individuals)"
    r"|(?:two|rival) groups"
    r"|(?:two|three|four|five|several|some|\d+(?:\s*-\s*\d+)?) (?:individuals|persons|people)"
    r"|a group(?! of (?:armed|gunmen|unidentified|unknown|suspected|assailants|bandits|jihadists|militants|hunters"
    r"|dozos?|soldiers|men armed|\w+ armed|\w+ unidentified)))\b",
    re.IGNORECASE,
)
"""Unorganised crowds: when one acts violently with no armed group named, ACLED codes mob violence (motorcycle-taxi
riders, who gather in numbers at their stages, included)."""


def _attacked_demonstration_roles(draft: Draft, country: str | None) -> tuple[str, ActorMention, ActorMention] | None:
    """The type and sides of a demonstration a crowd attacked (`demonstrations.demonstration_attacked_by_crowd`): a
    protest with intervention, the protesters against the rioters who attacked them, or mob violence, the rioters against the
    protesters, when the attack kills."""
    attacked = demonstrations.demonstration_attacked_by_crowd(draft)
    if attacked is None:
        return None
    attackers, demonstrators = attacked
    rioters = generic_actor(attackers, with_country("Rioters", _own_country(attackers, country)), 5)
    protesters = generic_actor(demonstrators, with_country("Protesters", country), 6)
    if _deadly(draft):
        return "Mob violence", rioters, protesters
    return "Protest with intervention", protesters, rioters


BYSTANDER_BEFORE = re.compile(r"\b(?:to|by|before|after|until|when|once)\s+(?:the\s+)?$", re.IGNORECASE)

BYSTANDER_AFTER = re.compile(
    r"^\s+(?:\w+\s+)?(?:intervened|arrived|arrested|came|rescued|saved|restored|dispersed|mediated|later|were called"
    r"|was called|were alerted|opened an investigation|launched|took him|took them)\b",
    re.IGNORECASE,
)
"""Around state forces that came after the violence ("handed him over to the police", "the police
intervened"): they are not its target."""


def _force_does_deed(actor1: ActorMention | None, draft: Draft) -> bool:
    """Whether the doer is a state force named as the subject of the lead sentence's first deed, with no crowd named
    before that deed ("Myanmar soldiers killed five villagers and burned houses"): ACLED's codebook keeps mob violence
    for crowds; the violence state forces do to civilians is their attack on them, whatever deed (a burning) it
    tells. A force that suffered the deed ("police were stoned by a mob") or follows it is no such subject, and one
    told with a crowd, a riot or a dispersal (CROWD_TOLD: "police restrained a mob from attacking an officer") may be
    policing the crowd's violence, so it is left to the crowd's roles; so is a force told fighting or beside another
    group (a party's activists, a militia), whose violence the text may share with it."""
    if actor1 is None or actor1.inter != 1 or not actor1.organization or is_government(actor1):
        return False
    sentence = draft.anchor
    triggers = classify.event_triggers(sentence.text)
    if not triggers:
        return False
    start, end = actor1.start - sentence.start, actor1.end - sentence.start
    first = triggers[0][0]
    return 0 <= start and end <= first and not UNDERGOING.search(sentence.text[end:first]) \
        and not REDUCED_PASSIVE.match(sentence.text, first) and CROWD.search(sentence.text, 0, first) is None \
        and not CROWD_TOLD.search(draft.text) and not classify.MUTUAL.search(draft.text) \
        and all(m.inter in (1, 7) for m in _acting(draft))


CROWD_TOLD = re.compile(r"\b(?:mobs?|crowds?|riot\w*|protest\w*|demonstrat\w*|supporters|disperse\w*"
                        r"|clashes\s+between)\b", re.IGNORECASE)
"""Words of a crowd, its riot or protest, or its dispersal: a force told with them may be policing a mob's violence."""


STATE_AS_MODIFIER = re.compile(
    r"^\s+[\"“']?(?:custody|cells?|shootings?|brutality|killings?|harassment|death squads?|grenades?|uniforms?|practices"
    r"|abuses?|stations?|posts?|outposts?|headquarters|barracks|premises|offices?)\b",
    re.IGNORECASE)
"""A force's name used as a modifier of a deed, a custody, an object or a building ("police brutality", "released
from police custody", "army grenades", "burnt a customs post", "marched to the police station"): it does not name the
force facing a crowd (ACLED's actor 2 of a riot is a force that acted on the scene, not the owner of a building the
crowd went to or damaged)."""


GRIEVED_DEED = re.compile(
    r"\b(?:killings?|shootings?|deaths?|arrests?|detentions?|beatings?|murders?|tortures?|abductions?|kidnappings?"
    r"|search(?:es)?|seizures?|evictions?)"
    r"\s+(?:of\s+(?:[\w'-]+\s+){0,4}?)?by\s+(?:the\s+|an?\s+)?(?:suspected\s+|alleged\s+)?$", re.IGNORECASE)
"""A deed told as a noun whose doer follows ("in protest of the killing of a student by police", "over the arrest by
the police of two traders", "the seizure of their goods by customs officers", "protesting killings by bandits", in the
plural): what the crowd protests, not who faced it."""


PROTESTED_OBJECT = re.compile(
    r"\b(?:protest(?:ed|ing)|demonstrat(?:ed|ing)\s+(?:against|over)|oppos(?:ed|ing)|opposed\s+to)"
    r"\s+(?:against\s+|over\s+)?(?:the\s+|a\s+|an\s+|their\s+|its\s+)?"
    r"(?:(?!(?:as|when|while|and|but|before|after|until|at|in|on|outside|near|to|towards|into|with|by|because|so|then"
    r"|were|was|until)\b)[\w'-]+\s+){0,2}$", re.IGNORECASE)
"""A force named inside what a crowd protests ("job seekers protesting the new army recruitment scheme",
"demonstrating against the military takeover"): the protest's object, its grievance, not the force that faced it
("protested as police watched" names no object)."""


CAUSE_TOLD = re.compile(r"\b(?:(?:sparked|triggered|prompted|provoked|fuell?ed|angered|outraged|incensed)\s+by"
                        r"|in\s+(?:response|reaction)\s+to)\b", re.IGNORECASE)
"""What a sentence tells as the cause of a protest or riot ("the protest was sparked by the way police handled an
earlier incident", "in reaction to a police raid the day before"): whatever it names is the grievance."""


POST_NOUN_AFTER = re.compile(
    r"\s+(?:stations?|posts?|outposts?|headquarters|barracks|premises|offices?|camps?|bases?|checkpoints?|brigades?)\b",
    re.IGNORECASE)
"""The building or position a force holds, named after the force ("police station", "customs post", "army barracks")."""

POST_ATTACKED_BEFORE = re.compile(
    r"\b(?:attack(?:ed|ing|s)?|attacks?\s+on|assault(?:ed|ing|s)?(?:\s+on)?|storm(?:ed|ing|s)?|raid(?:ed|ing|s)?"
    r"|burn(?:t|ed|ing|s)?(?:\s+down)?|torch(?:ed|ing|es)?|set\s+(?:fire|ablaze)\s+to|(?:set|setting)\s+on\s+fire"
    r"|vandali[sz](?:ed|ing|es)|ransack(?:ed|ing|s)?|besieg(?:ed|ing|es)|overr[au]n|invad(?:ed|ing|es)"
    r"|petrol-bomb(?:ed|ing)|fire-?bomb(?:ed|ing)|ston(?:ed|ing)|pelt(?:ed|ing)"
    r"|(?:threw|thrown|hurled|lobbed|throwing|hurling)\s+(?:[\w-]+\s+){0,3}?(?:at|into|on))\s+"
    r"(?:(?!(?:to|towards?|outside|near|at|by|in|from|past|before|around|behind|opposite|and|or|but|then)\s)"
    r"[\w'’-]+\s+){0,2}$",
    re.IGNORECASE)
"""Words of an assault on what follows ("stormed the", "set fire to a", "hurled petrol bombs at the local"), with at
most two words (an article, an adjective, a place name) between the verb and the force's name; a preposition of place
puts the deed beside the post, not on it ("burnt tyres outside the police station"), and a conjunction ends the verb's
object ("youths burnt tyres and police station guards fled": the guards start a new clause)."""

POST_SET_ALIGHT = re.compile(r"\bset\s+(?:(?!(?:to|outside|near|at|by|in|from)\s)[\w'’-]+\s+){1,3}$", re.IGNORECASE)

POST_ALIGHT_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:ablaze|alight|on\s+fire)\b", re.IGNORECASE)
"""'set' split around its object ("set a police post ablaze", "set the army camp on fire"): the words before and
after the post that make it the thing burnt."""

POST_ATTACKED_AFTER = re.compile(
    r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:attacked|stormed|raided|burnt|burned|torched|set\s+ablaze"
    r"|set\s+on\s+fire|vandali[sz]ed|ransacked|besieged|overrun|invaded|petrol-bombed|fire-?bombed|stoned|pelted)\b",
    re.IGNORECASE)
"""The post told as assaulted in the passive after it ("the customs post was torched", "the barracks had been
overrun")."""


def _post_attacked(mention: ActorMention, sentence: Sentence) -> bool:
    """Whether a force is named as the holder of a post, station, camp or barracks that the sentence tells as attacked,
    stormed, burnt or bombed ("a mob stormed the police station", "youths set a gendarmerie post ablaze", "the army
    camp was overrun"): ACLED's codebook codes an attack on a force's post as an attack on that force, which is then
    actor 2 (the target is the force, not civilians), though the force's name only modifies the building and does not
    make it the doer (see STATE_AS_MODIFIER). Asked of armed attacks, property destruction and mob violence only: a
    demonstration that damages a post keeps as actor 2 only a force that intervened (`_in_grievance` still holds)."""
    after = sentence.text[mention.end - sentence.start:]
    noun = POST_NOUN_AFTER.match(after)
    if noun is None:
        return False
    before, rest = _before(mention, sentence), after[noun.end():]
    return bool(POST_ATTACKED_BEFORE.search(before[-80:]) or POST_ATTACKED_AFTER.match(rest)
                or (POST_SET_ALIGHT.search(before[-60:]) and POST_ALIGHT_AFTER.match(rest)))


def _force_of_attacked_post(draft: Draft) -> ActorMention | None:
    """The state force whose post the event's sentences tell as attacked (`_post_attacked`), if any."""
    return next((m for s in draft.sentences for m in s.actors
                 if m.inter == 1 and not is_government(m) and _post_attacked(m, s)), None)


def _in_grievance(mention: ActorMention, draft: Draft) -> bool:
    """Whether state forces are named only as a modifier ("riot over police brutality", "freed from police
    custody"), as the doer of the deed protested ("the killing of a student by police") or in what the text tells as
    the cause of the protest (CAUSE_TOLD): ACLED's actor 2 of a protest or riot is the force that faced the crowd, not
    one its grievance names."""
    sentence = _sentence_of(mention, draft)
    if sentence is None:
        return False
    after = sentence.text[mention.end - sentence.start :]
    before = _before(mention, sentence)
    return bool(STATE_AS_MODIFIER.match(after) or GRIEVED_DEED.search(before[-90:]) or _told_as_cause(before[-160:])
                or PROTESTED_OBJECT.search(before[-60:]))


def _told_as_cause(before: str) -> bool:
    """Whether the words before a mention put it in the cause of the protest (CAUSE_TOLD) within one clause: no new
    clause (a comma or semicolon not followed by 'and') and no confrontation between the cue and the mention
    ("students, angered by the killing of a classmate, clashed with police" names the police as the side faced)."""
    cues = list(CAUSE_TOLD.finditer(before))
    return bool(cues) and not CLAUSE_OR_CONFRONTATION.search(before, cues[-1].end())


CLAUSE_OR_CONFRONTATION = re.compile(r"[;,](?!\s+and\b)|\b(?:clash\w*|fought|battl\w*|dispers\w*|fired|confront\w*)\b",
                                     re.IGNORECASE)


CROWD_NATION = re.compile(r"(?:^|[,;:(]\s*|(?<![\w'’-])(?!(?:of|against|from|by|to|at|in|on|with|over|for|and|the)\s)[\w'’-]+\s+)"
                          r"(?P<nation>[A-Z][\w'’-]+)(?:\s+[\w'’-]+){1,2}\s+$")
"""A nationality heading the words right before a protest or riot verb, as its subject ("Kenyan Muslims protest",
"Sudanese war veterans block roads"), not the object of a preposition ("attacks on Somali traders")."""


def _crowd_nation(draft: Draft) -> str | None:
    """The nation of a crowd the text names by its nationality and a noun that is no actor role ("Kenyan Muslims",
    "Sudanese war veterans", CROWD_NATION) or by the country they come from ("refugees from South Sudan",
    CROWD_ORIGIN): ACLED names protesters and rioters after their own country ("Protesters
    (Sudan)" blocking a road in Kenya), not after the country their grievance or the event's place names."""
    sentence = draft.anchor
    trigger = find_trigger(sentence)
    if trigger is None:
        return None
    found = CROWD_NATION.search(sentence.text, 0, trigger[0] - sentence.start)
    nation = countries.country_of_demonym(found["nation"]) if found is not None else None
    return nation.name if nation is not None else _origin_before(sentence, trigger[0] - sentence.start)


def _crowd_origin(draft: Draft) -> str | None:
    """The country a crowd comes from when the text names its people by it (CROWD_ORIGIN) before the event's trigger."""
    sentence = draft.anchor
    trigger = find_trigger(sentence)
    return None if trigger is None else _origin_before(sentence, trigger[0] - sentence.start)


def _origin_before(sentence: Sentence, end: int) -> str | None:
    """The country named after a CROWD_ORIGIN noun (ORIGIN_COUNTRY) in the sentence's text before offset `end`."""
    for people in CROWD_ORIGIN.finditer(sentence.text, 0, end):
        for origin in ORIGIN_COUNTRY.finditer(sentence.text, people.end(), min(end, people.end() + 60)):
            nation = countries.country_by_name(origin["country"])
            if nation is not None:
                return nation.name
    return None


CROWD_ORIGIN = re.compile(r"\b(?i:refugees|migrants|immigrants|asylum[- ]seekers|nationals|citizens|expatriates|exiles"
                          r"|diaspora)\b")
"""A crowd of people named by the country they come from ("refugees from South Sudan", "asylum seekers
of the Anuak people from Ethiopia", "nationals of Mali", see ORIGIN_COUNTRY): ACLED names protesters and rioters after their own
country."""

ORIGIN_COUNTRY = re.compile(r"\b(?:from|of)\s+(?:the\s+)?(?P<country>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
"""'from South Sudan', 'of Ethiopia': a country the words after CROWD_ORIGIN may name."""


MOTIVE_BEFORE = re.compile(
    r"\b(?:collaborat\w*|cooperat\w*|working|worked|spying|spied|informing|informers?|informants?|sympathi[sz]\w*|ties|links?"
    r"|siding|sided|support\w*)\s+(?:with|for|to|of)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:[\w'-]+\s+){1,4}?(?:and|or)\s+(?:the\s+|an?\s+)?)?$", re.IGNORECASE)
"""A side named only in the motive told for harming the victims ("kidnapped three villagers for collaborating with the
army", "accused of spying for the militants"), or second in it ("for his ties to the regional administration and the
army"): the victims' alleged partner, not a side of the event."""

MOTIVE_REACH = 70
"""How far before a mention its motive may start (the verb, a first partner of up to four words, 'and the')."""


ALLY_ROLE_AFTER = re.compile(
    r"^\s+(?:informers?|informants?|spy|spies|collaborators?|sympathi[sz]ers?|agents?|moles?)\b", re.IGNORECASE)
"""A force's or group's name as the modifier of a role a civilian is said to play for it ("killed a village head
accused of being a police informer", "army collaborators"): the victim's alleged partner, named in a compound noun."""


def _named_as_motive(mention: ActorMention, draft: Draft) -> bool:
    """Whether an actor is named only after a motive (MOTIVE_BEFORE) or as the modifier of the role the victims are said
    to play for it (ALLY_ROLE_AFTER): ACLED's codebook codes the people harmed or taken as actor 2 (civilians when
    unarmed), never the force or group they were said to help."""
    sentence = _sentence_of(mention, draft)
    return sentence is not None and bool(MOTIVE_BEFORE.search(_before(mention, sentence)[-MOTIVE_REACH:])
                                         or ALLY_ROLE_AFTER.match(sentence.text[mention.end - sentence.start:]))


PERSON_HARM = re.compile(
    r"\b(?:assault(?:s|ed|ing)?|injur(?:e|es|ed|ing)|wound(?:ed|ing)|stab(?:s|bed|bing)?|beat(?:s|en|ing)?|lynch(?:es|ed|ing)?"
    r"|hack(?:s|ed|ing)?|manhandl(?:e|es|ed|ing)|thrash(?:es|ed|ing)?|kill(?:s|ed)|charred)\b(?!\s+of\b)", re.IGNORECASE)
"""Verbs of harm done to a living body (assault, injure, wound, stab, beat, lynch, hack, kill): told of a riot, they
say people were hurt (unlike "attacked vehicles" or "stoned cars", which may hit property only; "the beating of"
is a noun, more often what the crowd protests)."""

CROWD_ITSELF = re.compile(r"\b(?:rioters|protesters|protestors|demonstrators|marchers|strikers)\b", re.IGNORECASE)
"""The crowd's own members: when they are the ones killed or hurt, nobody else was harmed by the crowd."""

STONED_BEFORE = re.compile(r"\b(?:ston(?:e|es|ed|ing)|pelt(?:s|ed|ing)?|(?:threw|throwing|hurled|hurling)\s+(?:stones|rocks)\s+at)"
                           r"\s+(?:(?:a|an|the|two|three|several|some|\d+)\s+)?$", re.IGNORECASE)
"""Stones thrown at people the text names as civilians ("stoned a journalist", "threw rocks at a passer-by"): people
the rioters hurt or meant to hurt, unlike stones thrown at cars or shops."""

OWN_MEMBERS_BEFORE = re.compile(rf"{CROWD_ITSELF.pattern}\s+(?:(?:were|was|had|have|been|being|got)\s+){{0,2}}$", re.IGNORECASE)
"""The crowd's members right before a harm verb, as its subject: harmed themselves only when the verb is passive
("two rioters were killed", headline style "two rioters killed in ..."), not in "rioters beat a man"."""

HARM_NOT_BY_CROWD = re.compile(
    r"\b(?:no|not|nobody|none|without|over|after|following|against|protest(?:s|ed|ing)?|demand\w*|denounc\w*|condemn\w*"
    r"|angered|outraged|because)\b[^.;]*$", re.IGNORECASE)
"""Harm that is denied ("no one was injured") or that the crowd protests ("rioting after a man was killed", "angered
by the beating of"): told before the harm verb in its sentence, it is not harm the rioters did."""

HARM_BY_STATE = re.compile(r"\s*by\s+(?:the\s+)?(?:\w+\s+)?(?:police|soldiers|troops|security|officers|forces|gendarmes"
                           r"|army|military)\b", re.IGNORECASE)
"""Harm the state's forces did ("a youth wounded by police"): not the rioters'."""


TWO_CROWDS = re.compile(
    r"\b(?:clash\w*|fought|fight\w*|scuffle\w*)\s+(?:\w+\s+){0,2}?(?:with|between)\b"
    r"|\b(?:two|rival|opposing)\s+(?:\w+\s+)?(?:groups|camps|factions|crowds|sides)\b"
    r"|\band\s+(?:[\w-]+\s+){1,4}(?:supporters|members|youths|students|residents)\s+(?:\w+\s+)?(?:clash\w*|fought|scuffled)\b"
    r"|\b(?:supporters|members|followers|fans|youths|students|residents)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?and\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:clash\w*|fought|scuffled)\b"
    r"|\b(?:each other|one another)\b", re.IGNORECASE)
"""A fight told between two crowds ("supporters of A clashed with supporters of B", "A and B supporters clashed",
"supporters of A and B fought", "rival groups fought", "threw stones at each other")."""

FIGHT_WITH_NO_OPPONENT = re.compile(
    r"\b(?:clash(?:ed|es)?|fought|brawl(?:ed|s)?|scuffled?)\b(?!\s+(?:\w+\s+){0,2}?(?:with|against|between|by)\b)",
    re.IGNORECASE)
"""A fight told with no opponent after it ("rioting youths clashed in the market", "clashes erupted after the count"):
asked only when no state force or other side is named, the crowd fought among itself, and ACLED's codebook codes mob
violence between crowds as rioters against rioters."""

VIOLENCE_BETWEEN = re.compile(
    r"\b(?:violence|skirmish\w*|hostilit(?:y|ies)|running\s+battles?|fracas|melee|riots?|rioting|chaos)"
    r"\s+(?:\w+\s+){0,3}?between\b", re.IGNORECASE)
"""A riot told as violence between two sides ("violence broke out between Sakalava and Merina youths", "a melee
between rival fans"): the text gives the riot two sides, each the other's target. ACLED's codebook codes mob violence
between two crowds as rioters against rioters, not rioters against civilians; a state force facing the crowd is
still its actor 2 (`_mob_roles` looks for one first)."""


def _crowd_hurt_people(draft: Draft) -> bool:
    """Whether the event's sentences tell of people the crowd itself hurt or meant to hurt: a verb of harm to a body
    (PERSON_HARM) not done to the crowd's own members, not denied or protested (HARM_NOT_BY_CROWD) and not done by the
    state's forces (HARM_BY_STATE), or stones thrown at people the text names (STONED_BEFORE). ACLED's codebook makes
    civilians a side of a riot only when people are attacked: burnt tyres, stoned cars, looted shops or blocked roads
    are damage to property, which adds no actor 2."""
    def by_the_crowd(sentence: Sentence, match: re.Match) -> bool:
        before = sentence.text[max(0, match.start() - 60): match.start()]
        after = sentence.text[match.end(): match.end() + 40]
        crowd_harmed = CROWD_ITSELF.search(after) or (
            OWN_MEMBERS_BEFORE.search(before) and (PASSIVE_AUXILIARY.search(before[-12:])
                                                   or REDUCED_PASSIVE.match(sentence.text, match.start())))
        return not crowd_harmed and not HARM_NOT_BY_CROWD.search(before) and not HARM_BY_STATE.match(after)
    stoned = any(m.inter == 7 and STONED_BEFORE.search(_before(m, s)[-30:]) for s in draft.sentences for m in s.actors)
    occupied = any(OCCUPIED_VEHICLE_ATTACKED.search(s.text) for s in draft.sentences)
    return stoned or occupied or any(by_the_crowd(s, m) for s in draft.sentences for m in PERSON_HARM.finditer(s.text))


VEHICLE = r"(?:bus|buses|minibus\w*|trucks?|lorr(?:y|ies)|cars?|vehicles?|trains?|vans?|(?:auto-?)?rickshaws?|motorbikes?|matatus?)"

OCCUPIED_VEHICLE_ATTACKED = re.compile(
    r"\b(?:set\s+fire\s+to|set\s+ablaze|torch\w*|burn\w*|petrol-?bomb\w*|ston(?:ed|ing)|pelt\w*|attack\w*|hurl\w*\s+\w+\s+at"
    r"|threw\s+\w+\s+at)\s+(?:\w+\s+){0,3}?"
    rf"(?:(?:moving|running|passenger|crowded|packed)\s+(?:[\w-]+\s+)?{VEHICLE}"
    rf"|{VEHICLE}\s+(?:carrying|full\s+of|packed\s+with|with)\s+(?:\w+\s+){{0,3}}?(?:passengers|people|staff|workers|students"
    r"|pupils|commuters|pilgrims|employees|children|its\s+driver))\b", re.IGNORECASE)
"""Fire set to, or stones thrown at, a vehicle with people in it ("set fire to a moving bus", "torched a bus carrying
workers", "stoned a passenger train"): an attack on the people inside, not only on property, so they are the riot's
civilian side (ACLED's codebook: civilians are a side when people are attacked)."""


RIOTERS_KILLED = re.compile(
    r"\b(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some)\s+(?:of\s+the\s+)?rioters"
    r"|(?:among|of)\s+the\s+rioters)\s+(?:\w+\s+){0,2}?(?:killed|died|dead|hacked\s+to\s+death)\b", re.IGNORECASE)
"""Rioters told as killed ("two rioters were killed", "three of the rioters died"): someone killed them in the riot, and
when the text names no force or armed group there (this is only asked then), ACLED's codebook codes the other side
of such a deadly riot as rioters too, a clash between crowds, not a riot against no one."""


def _people_the_crowd_hurt(rioters: ActorMention | None, draft: Draft, country: str | None) -> ActorMention | None:
    """ACLED's codebook: a violent demonstration is coded with the rioters alone unless someone else is a side of it,
    the force that intervened or the civilians the rioters targeted; rioters who assault, injure or kill people (not
    their own members, and with no force facing them, see `typed_defaults`) have those people, civilians, as actor 2
    ("protesters beat a passer-by", "the driver was injured when rioters set fire to his truck"). The victims keep the
    name the text gives them when it names civilians; property burnt with nobody hurt adds no actor 2. A riot told as
    a fight between two crowds (TWO_CROWDS, VIOLENCE_BETWEEN) or a fight with no opponent named
    (FIGHT_WITH_NO_OPPONENT) with no force facing them is rioters against rioters, and so is a riot
    whose own rioters were killed with no force or armed group named (RIOTERS_KILLED)."""
    text = draft.text
    if classify.MUTUAL.search(text) or classify.EACH_OTHER.search(text) or VIOLENCE_BETWEEN.search(text):
        two_sides = TWO_CROWDS.search(text) or VIOLENCE_BETWEEN.search(text) or FIGHT_WITH_NO_OPPONENT.search(text)
        return generic_actor(None, rioters.name, 5) if rioters is not None and two_sides else None
    if rioters is not None and RIOTERS_KILLED.search(text):
        return generic_actor(None, rioters.name, 5)
    if not _crowd_hurt_people(draft):
        return None
    victims = next((m for s in draft.sentences for m in s.actors if m.inter == 7
                    and (rioters is None or m.start != rioters.start)), None)
    return victims or generic_actor(None, with_country("Civilians", country), 7)


INTERVENED_UPON = re.compile(
    r"\b(?:were|was|been|are|is|got)\s+(?:\w+\s+)?(?:arrested|detained|dispersed|tear-?gassed|baton-?charged|rounded up"
    r"|taken into custody|quelled|quashed|roughed up|manhandled|chased (?:away|off)|scattered|broken up)\b",
    re.IGNORECASE)
"""Protesters told as arrested, detained, dispersed or put down (quelled, roughed up, chased away, broken up) in the
passive, with no force named: ACLED's codebook codes a protest with intervention with the force that intervened as
actor 2, and an arrest or dispersal nobody is named for is the police's."""


DISPERSED_UNNAMED = re.compile(
    r"\b(?:(?:were|was|been|being|got|are|is)\s+(?:\w+\s+)?(?:dispersed|scattered|tear-?gassed|baton-?charged"
    r"|(?:dispersed|scattered)\s+with)"
    r"|(?:tear\s?gas|teargas|rubber\s+bullets|plastic\s+bullets|live\s+(?:bullets|rounds|ammunition)|warning\s+shots"
    r"|water\s+cannons?|pepper\s+spray)(?:\s+(?:canisters|shells))?\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?"
    r"(?:fired|used|lobbed|shot|sprayed|deployed))\b", re.IGNORECASE)
"""A crowd told as dispersed, tear-gassed or baton-charged in the passive, or tear gas, rubber bullets or water cannon
told as fired or used with no one named for it ("rioters were dispersed with tear gas", "before being dispersed",
"rubber bullets were fired to disperse them"): English leaves out the agent of a passive when it is obvious, and only
the state's riot police disperse crowds with tear gas and batons, so ACLED's codebook, which makes the force that
intervened in a riot its actor 2, gives it the police."""

NOT_DISPERSED_BEFORE = re.compile(
    r"\b(?:no|not|never|without|before\s+they\s+could\s+be|refused\s+to\s+be)\s+(?:\w+\s+)?$", re.IGNORECASE)
"""A dispersal denied or not reached ("without being tear-gassed", "refused to be dispersed")."""

NEGATION = re.compile(r"\b(?:no|not|never)\b", re.IGNORECASE)
"""A negation inside the passive itself ("were not dispersed")."""


def _dispersed_by_no_named_force(draft: Draft) -> bool:
    """Whether the event's sentences tell the crowd dispersed or tear-gassed with no force named (DISPERSED_UNNAMED),
    and not denied (NOT_DISPERSED_BEFORE) or told as an earlier event (EARLIER_BEFORE on the words before it)."""
    for sentence in draft.sentences:
        for found in DISPERSED_UNNAMED.finditer(sentence.text):
            before = sentence.text[max(0, found.start() - 40): found.start()]
            denied = NOT_DISPERSED_BEFORE.search(before) or NEGATION.search(found.group())
            if not denied and not demonstrations.EARLIER_BEFORE.search(before):
                return True
    return False


GUARDS_INTER = 8
"""ACLED's inter code of other forces, among them private security firms, guards and bodyguards (sitrep.actors)."""


def _guards_who_acted(actor1: ActorMention | None, draft: Draft) -> ActorMention | None:
    """Private guards or bodyguards (ACLED's other forces, GUARDS_INTER) who are themselves the doers the text tells of
    a protest or riot ("the guards let off warning shots to scatter the youths"): with no state force there, they are the
    force that intervened, ACLED's actor 2 of the demonstration (its codebook names whoever intervened, not only the
    police); guards named only in the crowd's grievance ("the killing of a boy by a security guard") are no side."""
    if actor1 is None or actor1.inter != GUARDS_INTER:
        return None
    return None if _in_grievance(actor1, draft) else actor1


def _intervened_upon(draft: Draft) -> bool:
    """Whether the event's sentences tell of people arrested, detained or dispersed (INTERVENED_UPON) other than as
    what the crowd protests ("demanding the release of activists who were detained", see HARM_NOT_BY_CROWD)."""
    def upon_the_crowd(sentence: Sentence, match: re.Match) -> bool:
        before = sentence.text[max(0, match.start() - 120): match.start()]
        if re.search(r"\b(?:release|freedom|free)\b", before, re.IGNORECASE):
            return False
        if DISPERSAL_END.search(match.group()) and not EARLIER_HARM_BEFORE.search(before):
            return True
        return not HARM_NOT_BY_CROWD.search(before)
    return any(upon_the_crowd(s, m) for s in draft.sentences for m in INTERVENED_UPON.finditer(s.text))


DISPERSAL_END = re.compile(r"(?:dispersed|tear-?gassed|baton-?charged|quelled|quashed|scattered|broken up"
                           r"|chased (?:away|off))$", re.IGNORECASE)

EARLIER_HARM_BEFORE = re.compile(
    r"\b(?:no|not|nobody|none|without|after|following|because|when|since|earlier|last)\b[^.;]*$", re.IGNORECASE)
"""Only a crowd is dispersed, tear-gassed, baton-charged, quelled, scattered, broken up or chased away: such a passive
in a protest report is done to the protesters, also after the participle that names their cause ("traders protesting
new levies were tear-gassed", "hawkers protesting over rents were chased away": 'over' takes a noun, never a clause,
so the passive after it is the crowd's own), unless the words before it tell it as an earlier deed or deny it
("protesting after students were tear-gassed last week")."""


ELECTION_CLASH = re.compile(
    r"\b(?:post-?\s?election|pre-?\s?election|election-related|electoral|poll-related|post-?\s?poll)\s+"
    r"(?:\w+\s+)?(?:clash\w*|violence|fighting|skirmish\w*|chaos|unrest)\b", re.IGNORECASE)
"""Clashes or violence told as an election's ("post-election clashes", "electoral violence")."""


def _election_clash_of_crowds(draft: Draft) -> bool:
    """Whether a clash with no side named is an election's clash between crowds (ELECTION_CLASH) with no weapon of an
    armed group told (ARMED_CIVILIANS, FOUGHT_WITH_FIREARMS): ACLED's codebook codes the violence of unorganised
    crowds around an election as mob violence between rioters, not a battle of unidentified armed groups, which needs
    two armed, organised sides the text does not give."""
    text = draft.text
    return bool(ELECTION_CLASH.search(text)) and not ARMED_CIVILIANS.search(text) \
        and not FOUGHT_WITH_FIREARMS.search(text) and not EXCHANGE_OF_FIRE.search(text)


COUNTED_CROWD = re.compile(
    r"\b(?:(?:at\s+least|about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?"
    r"(?:[1-9]\d+(?:\s*(?:-|to)\s*[1-9]\d+)?|dozens\s+of|scores\s+of|hundreds\s+of|tens\s+of)\s+(?:\w+\s+)?"
    r"(?:assailants|attackers|men|persons|individuals|people)$", re.IGNORECASE)
"""Faceless doers counted in tens or more ("at least 18-20 assailants", "dozens of attackers", "some 30 men"): nouns
that say nothing of arms or organisation (unlike gunmen, bandits, militants or raiders, which name an armed group)."""

FIREARMS = re.compile(r"\b(?:guns?|gunmen|gunfire|gunshots?|firearms?|rifles?|pistols?|shot|shooting|opened\s+fire"
                      r"|bombs?|grenades?|explosives?)\b", re.IGNORECASE)
"""Firearms and bombs, and the words of their use."""


def _counted_crowd(actor1: ActorMention | None, draft: Draft) -> bool:
    """Whether actor 1 is a crowd by its size: faceless doers counted in tens or more (COUNTED_CROWD) in an event told
    with no firearm or bomb (FIREARMS). ACLED's codebook tells rioters from an armed group by size and organisation: a
    score of people who beat and smash with no gun are a mob, as are 'dozens of attackers' who beat shopkeepers;
    'dozens of gunmen' stay an armed group, and so do any doers with guns."""
    if actor1 is None or not actor1.name.startswith("Unidentified Armed Group") or FIREARMS.search(draft.text):
        return False
    sentence = _sentence_of(actor1, draft)
    return sentence is not None and bool(COUNTED_CROWD.search(_before(actor1, sentence)[-40:] + actor1.text))


def _crowd_acts(draft: Draft) -> bool:
    """Whether a crowd is the subject of the lead sentence's event ("a group beat a thief", "supporters
    of two candidates clashed", "10-12 persons vandalized a house"; not "10 people killed in a raid"), also where the
    event's trigger words begin with the crowd itself ("a crowd tried to lynch")."""
    sentence = draft.anchor
    triggers = classify.event_triggers(sentence.text)
    if not triggers:
        return False
    crowd = CROWD.search(sentence.text, 0, triggers[0][1]) \
        or demonstrations.partisan_crowd(sentence.text, triggers[0][0] + 1)
    if crowd is not None and crowd.start() > triggers[0][0]:
        crowd = None
    between = RELATIVE_CLAUSE.sub(" ", sentence.text[crowd.end() : triggers[0][0]]) if crowd is not None else ""
    return crowd is not None and not UNDERGOING.search(between) \
        and not REDUCED_PASSIVE.match(sentence.text, triggers[0][0])


UNDERGOING = re.compile(r"\b(?:was|were|been|died|dead|killed|injured|wounded|hurt|displaced|fled)\b", re.IGNORECASE)
"""A passive auxiliary or a verb of what befell people ("15 people died after fighting between ..."): the crowd
named before it suffered the event, it did not act in it."""

RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|whose|that)\b[^,]*,", re.IGNORECASE)
"""A relative clause set off by commas ("supporters of a candidate, who was denied a ticket, clashed"): its verb
is not the crowd's."""


RIVAL_FIGURE = (r"(?:(?:an?|the|one|two|three|\d+|rival|opposing|opposition)\s+)?(?:[\w'-]+\s+){0,3}?"
                r"(?:candidates?|aspirants?|politicians?|MPs?|members?\s+of\s+parliament|ministers?|councillors?"
                r"|governors?|senators?|mayors?|legislators?|lawmakers?|caravans?|convoys?|motorcades?"
                r"|campaign\s+teams?)\b")

PARTISANS_ON_RIVAL = (r"(?:(?P<party>{party})\s+(?:supporters|youths|followers|loyalists|activists|workers|cadres)"
                      r"|(?:supporters|youths|followers|loyalists|activists|workers|cadres)"
                      r"\s+(?:of|loyal\s+to|allied\s+to)\s+"
                      r"(?:the\s+)?(?P<party2>{party}))"
                      r"\s+(?:\w+\s+){0,2}?(?:attack|assault|beat|ston|pelt|injur|hack|stabb|whipp|clobber|ambush)\w*"
                      r"(?:\s+(?:and|or)\s+\w+)?(?:\s+up)?\s+" + RIVAL_FIGURE)
"""A party's supporters attacking a rival candidate or politician, or the caravan, convoy or team campaigning for one
("NRM supporters beat up an opposition candidate", "supporters of the X party attacked the Y aspirant's convoy")."""

HIRED_BY_PARTY = (r"(?:youths?|young\s+men|men|goons|thugs|gangs?|groups?)\s+(?:[\w-]+\s+){0,5}?"
                  r"(?:hired|paid|organi[sz]ed|mobili[sz]ed|recruited|armed|sent|deployed|ferried)\s+by\s+"
                  r"(?:the\s+)?(?:ruling\s+)?(?P<party3>{party})"
                  r"(?:\s+(?:party|leaders?|officials?))?\s+(?:\w+\s+){0,2}?"
                  r"(?:attack|assault|beat|ston|pelt|injur|hack|stabb|whipp|clobber|ambush|kill|torch|burn)\w*")
"""Youths or men a party hired, paid, organised or armed, told attacking ("youths hired by the X party attacked
traders"): the text ties them to the party, so they act as its militia whoever they attack."""


@functools.cache
def _partisans_on_rival() -> re.Pattern:
    party = actors.party_pattern().pattern
    return re.compile("|".join(f"(?:{pattern.replace('{party}', f'(?:{party})')})"
                               for pattern in (PARTISANS_ON_RIVAL, HIRED_BY_PARTY)), re.IGNORECASE)


def _party_attacks_rival(draft: Draft, country: str | None) -> ActorMention | None:
    """The party whose supporters the event's lead sentence tells attacking a rival political figure
    (PARTISANS_ON_RIVAL), or whose hired or organised youths it tells attacking anyone (HIRED_BY_PARTY).
    ACLED's codebook: violence aimed at a chosen political opponent is planned, not the spontaneous violence of a
    crowd, so the supporters act as the party's militia (a political militia, the party named as actor 1) in an
    attack on a civilian, not as rioters in mob violence; supporters who merely clash, or riot, stay rioters."""
    match = _partisans_on_rival().search(draft.anchor.text)
    if match is None:
        return None
    alias = match.group("party") or match.group("party2") or match.group("party3")
    party = actors.default_resolver().party(alias, country)
    if party is None:
        return None
    name, home = party
    start = draft.anchor.start + match.start()
    return ActorMention(start, start + len(alias), alias, name, 3, organization=True, country=home or country)


def _mob_roles(
    actor1: ActorMention | None,
    actor2: ActorMention | None,
    draft: Draft,
    country: str | None,
    mutual: bool,
) -> tuple[ActorMention, ActorMention]:
    """Mob violence: rioters (whoever the crowd was) against civilians, against rioters when two
    crowds fight, and against state forces only when the crowd turned on them."""
    model = actor1 if actor1 is not None and actor1.inter in (5, 6, 7) else None
    rioters = generic_actor(model, with_country("Rioters", _own_country(model, country)), 5)
    if _armed_target(actor2) and not _bystander(actor2, draft) and not _in_grievance(actor2, draft) \
            and not _suspects_set_upon(actor2, draft):
        return rioters, actor2
    police = _policing(draft) or _guards_who_acted(actor1, draft)
    if police is None and _dispersed_by_no_named_force(draft):
        police = generic_actor(None, actors.generic_name("Police Forces of", country), 1)
    if police is not None:
        return rioters, police
    if mutual:
        return rioters, generic_actor(actor2 or model, rioters.name, 5)
    victims = actor2 if actor2 is not None and actor2.inter == 7 else None
    public_only = _public_property_only(draft.text)
    if victims is not None and not victims.text and public_only:
        victims = None
    if victims is None and (not TARGETED_DEED.search(draft.text) or public_only):
        return rioters, None
    return rioters, victims or generic_actor(None, with_country("Civilians", country), 7)


SUSPECTED_BEFORE = re.compile(r"\b(?:suspected|alleged|presumed|accused)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
"""A hedge before an armed group's words, with at most three words between ("a suspected member of a gang", "two
alleged gang members")."""


def _suspects_set_upon(actor2: ActorMention | None, draft: Draft) -> bool:
    """Whether the unidentified armed group a mob set upon is only suspected to be one (SUSPECTED_BEFORE: "lynched a
    suspected member of a gang", "beat two suspected gang members"): ACLED codes the victims of mob justice as
    civilians, for a suspect a crowd seized and beat or killed was unarmed in its hands; a named group stays its own."""
    if actor2 is None or not actor2.name.startswith("Unidentified Armed Group"):
        return False
    if re.search(r"\b(?:suspected|alleged|presumed)\b", actor2.text, re.IGNORECASE):
        return True
    return any(SUSPECTED_BEFORE.search(s.text, max(0, actor2.start - s.start - 60), actor2.start - s.start)
               for s in draft.sentences if s.start <= actor2.start < s.start + len(s.text))


TARGETED_DEED = re.compile(
    r"\b(?:attack|assault|beat|lynch|kill|murder|injur|wound|stab|hack|slash|burn|torch|set\s+(?:fire|ablaze)|ablaze|loot"
    r"|destroy|destruct|vandal|damag|ston|pelt|smash|rob|stole|steal|chas|threat|harass|abduct|kidnap|rap(?:e|ed|ing)\b"
    r"|disrupt|storm|raid|invad|seiz|block|barricad|shot|shoot|fire[ds]?\b|dead|died|death|victim|hurt|clash|fight|fought"
    r"|ransack|expel|evict|drove|drive|captur|detain|tortur|forc|strip|humiliat|punish|insult|prevent)\w*",
    re.IGNORECASE)
"""Words of a deed done to someone or something (an attack, a beating, a burning, a looting, a blockade) or of its
harm (people expelled, captured, detained or forced). Mob violence the text tells without any of them ("violence was reported during the elections") names no
target, so it has no civilians as actor 2: ACLED's codebook makes civilians a side of a riot only when people (or
their property) are attacked."""


PUBLIC_BUILDING = re.compile(
    r"\b(?:dormitor(?:y|ies)|classrooms?|school\s+(?:buildings?|offices?|library|laborator(?:y|ies)|bus(?:es)?)"
    r"|librar(?:y|ies)|laborator(?:y|ies)|administration\s+(?:block|building)s?|lecture\s+halls?|town\s+halls?"
    r"|city\s+halls?|council\s+(?:offices?|buildings?)|district\s+offices?|government\s+offices?"
    r"|public\s+(?:buildings?|property))\b",
    re.IGNORECASE)
"""Buildings of a school, a council or the state, and public property named as such."""

PROPERTY_DEED = re.compile(r"\b(?:burn|torch|set\s+(?:fire|ablaze)|ablaze|destroy|destruct|vandal|damag|smash|ransack"
                           r"|loot|block|barricad)\w*", re.IGNORECASE)
"""Words of a deed done to things (a burning, a smashing, a blockade)."""

PRIVATE_PROPERTY = re.compile(r"\b(?:homes?|houses?|shops?|stalls?|cars?|vehicles?|motorcycles?|property\s+of"
                              r"|belonging)\b", re.IGNORECASE)
"""People's own property (homes, shops, vehicles, what belongs to someone): a riot that hits it has civilians as
actor 2."""


def _public_property_only(text: str) -> bool:
    """Whether a riot's deeds are all done to things and the only things named are public buildings (PUBLIC_BUILDING:
    "students burnt a dormitory over poor feeding", "youths torched the district offices"): ACLED's codebook makes
    civilians a side of a riot when people or their property are attacked; a crowd that burns a school's or a
    council's buildings has no target among them, so the riot has no actor 2."""
    deeds = [m.group() for m in TARGETED_DEED.finditer(text)]
    return bool(deeds) and all(PROPERTY_DEED.fullmatch(deed) for deed in deeds) and bool(PUBLIC_BUILDING.search(text)) \
        and not PRIVATE_PROPERTY.search(text)


RIOT_CONTROL = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:intervened to (?:stop|disperse|contain|calm)|(?:tried|attempted|attempt|attempts|try) to "
    r"(?:contain|disperse|stop|control)|dispersed|disperse|restrained|restrain|contained|fired (?:tear ?gas|in the air"
    r"|shots in the air|live rounds|warning shots)|opened fire to disperse|lobbed tear ?gas)\b", re.IGNORECASE)
"""State forces acting on the crowd itself while it rioted, also after another verb ("police intervened and dispersed
them", "police quickly moved in and fired tear gas"): they are the riot's actor 2 (not those who came after to take a
suspect or to investigate, see BYSTANDER_AFTER)."""


FORCE_FACED = re.compile(
    r"\b(?:(?:confronted|dispersed|repelled|restrained|stopped|contained|chased)\s+by"
    r"|(?:injur\w*|wound\w*|attack\w*|assault\w*|beat|beats|beating|stoned|stoning|pelted|pelting|disarmed|lynch\w*"
    r"|stabbed|hacked|confronted|fought|clashed\s+with|battled)"
    r"(?:\s+(?:and\s+)?\w+ed)?)\s+(?:(?:a|an|the|two|three|four|several|some|\d+)\s+)?$", re.IGNORECASE)
"""A force the crowd itself hurt or fought ("injure a police officer", "pelted the police") or that confronted it
("the youths were confronted by gendarmes"): a side of the mob violence, unlike a force that came after."""


def _policing(draft: Draft) -> ActorMention | None:
    """The state force the event's sentences say stepped in against the mob ("police tried to contain the rioters",
    "police lobbed tear gas at the crowd", `_stepped_in_on_crowd`), confronted it or was hurt by it (FORCE_FACED), or
    whose post the mob stormed, burnt or stoned (`_post_attacked`)."""
    for sentence in draft.sentences:
        for mention in sentence.actors:
            if mention.inter not in (1, GUARDS_INTER) or is_government(mention):
                continue
            if RIOT_CONTROL.match(sentence.text, mention.end - sentence.start) \
                    or FORCE_FACED.search(_before(mention, sentence)[-40:]) or _post_attacked(mention, sentence) \
                    or _stepped_in_on_crowd(mention, sentence):
                return mention
    return None


CROWD_AS_OBJECT = (r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:mobs?|crowds?|residents|villagers|locals|youths|people"
                   r"|members|parents|traders|worshipp?ers)\b")
"""A crowd named as the object of a force's act, with up to two words before its noun ("an angry mob", "irate
residents of the estate")."""

STEPPED_IN_ON_CROWD = re.compile(
    r"\b(?:(?:rescu(?:e|ed|ing)|sav(?:e|ed|ing)|snatch(?:ed)?|pull(?:ed)?|whisk(?:ed)?)\s+(?:[\w'’-]+\s+){0,6}?"
    rf"(?:away\s+|out\s+)?from\s+(?:the\s+hands\s+of\s+)?{CROWD_AS_OBJECT}"
    rf"|(?:responded|intervened|rushed\s+to\s+the\s+scene|moved\s+in)\s+(?:when|after|as)\s+{CROWD_AS_OBJECT}"
    rf"|(?<!were\s)(?<!was\s)(?:restrained|held\s+back|subdued|pushed\s+back|repulsed|contained)\s+(?!by\b)"
    rf"{CROWD_AS_OBJECT})",
    re.IGNORECASE)
"""A force that rescued, saved or snatched someone from a crowd ("rescued a woman from a mob", "fired in the air to
rescue a thief from irate residents"), that responded or intervened when a crowd acted ("security officers
responded when villagers set upon two men"), or that restrained or held back the crowd itself ("police restrained a
rowdy crowd that wanted to attack an official"); not a force the crowd pushed back ("officers were pushed back by the
crowd")."""


def _does_in_own_clause(pattern: re.Pattern, mention: ActorMention, sentence: Sentence) -> bool:
    """Whether the actor is the subject of what `pattern` tells, after it in its own clause (no ';' between) and not
    negated."""
    after = sentence.text[mention.end - sentence.start:]
    found = pattern.search(after)
    return found is not None and ";" not in after[:found.start()] and not NEGATION.search(after[:found.start()])


def _stepped_in_on_crowd(mention: ActorMention, sentence: Sentence) -> bool:
    """Whether the force is the subject of STEPPED_IN_ON_CROWD in its own clause: ACLED's codebook makes the force
    that intervenes in a riot (restrains the crowd, disperses it, rescues its victim) the riot's actor 2; it is not
    the doer of the beating or burning the crowd did."""
    return _does_in_own_clause(STEPPED_IN_ON_CROWD, mention, sentence)


CROWD_STOPPED = re.compile(rf"\b(?:stopped|prevented)\s+{CROWD_AS_OBJECT}", re.IGNORECASE)
"""A force that stopped or prevented a crowd ("prevented residents from lynching a suspect"): it did not do the
crowd's deed, but the crowd may still have set upon its victim, whom ACLED then names as the riot's actor 2."""


def force_stepped_in_on_crowd(draft: Draft) -> ActorMention | None:
    """The state force the lead sentence tells stepping in on a crowd (`_stepped_in_on_crowd`) or stopping one
    (CROWD_STOPPED) in its own clause, first named."""
    return next((m for m in draft.anchor.actors if m.inter == 1 and not is_government(m)
                 and (_stepped_in_on_crowd(m, draft.anchor) or _does_in_own_clause(CROWD_STOPPED, m, draft.anchor))),
                None)


LOOSE_CROWD = re.compile(r"\b(?:a number of|a crowd of|a mob of|scores of)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
"""'a number of farmers': a loose crowd, a mob, not an organised communal militia."""


def _loose_crowd(mention: ActorMention, draft: Draft) -> bool:
    """Whether the actor is named as a loose crowd ("a number of farmers")."""
    sentence = _sentence_of(mention, draft)
    return sentence is not None and bool(LOOSE_CROWD.search(_before(mention, sentence)[-30:]))


SENT_LATER = re.compile(r"\b(?:later|subsequently|afterwards|thereafter)\b", re.IGNORECASE)
"""Words telling that what a sentence tells came after the event already told."""


def _sent_later(mention: ActorMention, draft: Draft) -> bool:
    """"Rioters torched a bus station. Soldiers were later deployed and a curfew imposed": forces named only in a
    sentence, other than the event's main one, that tells a measure taken afterwards (its own type a strategic
    development, told with SENT_LATER) did not intervene in the crowd's event; ACLED makes forces its actor 2 only
    when they intervene, so forces told acting on the crowd itself (RIOT_CONTROL: "police later fired warning shots")
    stay its actor 2."""
    sentence = _sentence_of(mention, draft)
    return sentence is not None and sentence is not draft.anchor and bool(sentence.types) \
        and taxonomy.event_type_of(sentence.types[0][0]) == "Strategic developments" and bool(SENT_LATER.search(sentence.text)) \
        and not RIOT_CONTROL.match(sentence.text[mention.end - sentence.start:])


def _bystander(mention: ActorMention, draft: Draft) -> bool:
    """State forces that arrived after the violence: handed a suspect, intervened, arrested."""
    sentence = _sentence_of(mention, draft)
    if sentence is None:
        return False
    after = sentence.text[mention.end - sentence.start :]
    return bool(BYSTANDER_BEFORE.search(_before(mention, sentence)[-16:]) or BYSTANDER_AFTER.match(after))
