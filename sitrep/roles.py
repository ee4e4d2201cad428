"""ACLED's actors and roles: who acted on whom in a draft event, and the coding rules that depend on it.

A sentence's actor mentions are split into doers and those acted on around its event trigger;
then ACLED's policy fixes the roles the text leaves implicit: protesters and rioters are actor 1
of their events, victims of violence against civilians are civilians, crowds who beat, lynch or
burn are rioters in mob violence, livelihood groups who kill in a feud are a communal militia,
a fight needs two armed sides, and only state forces use excessive force against protesters.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from sitrep import actors, casualties, classify, countries, demonstrations, responsibility, taxonomy
from sitrep.schema import ActorMention, Draft, Sentence, Toponym

PASSIVE_VOICE = re.compile(
    r"\b(?:came under|were|was|been|are|is)\s+(?:\w+\s+)?(?:attack|attacked|targeted|killed|ambushed|shelled|bombed|struck|hit"
    r"|shot|wounded|injured|kidnapped|abducted|beaten|stabbed|seized|hijacked|boarded|robbed|taken hostage|held hostage"
    r"|hacked|stoned|lynched|murdered|slain|raped|assaulted|clubbed|butchered|beheaded|slaughtered|massacred|executed"
    r"|tortured|whipped|flogged|maimed|hurt|burn(?:ed|t)|gunned down|set ablaze|set on fire|raided|looted|torched"
    r"|fired\s+(?:up)?on|fired\s+at|sprayed\s+with\s+(?:bullets|gunfire)"
    r"|arrested|detained|apprehended|nabbed|rounded up|picked up|taken into custody|remanded)\b",
    re.IGNORECASE)
"""A clause told in the passive, past or present ("were killed", headline style "are killed"): the names
before its trigger were acted on, not acting. English forms the passive with 'be' and the past participle, so every
participle of a harm done to people or their homes counts ("a woman was hacked to death", "a suspect was stoned"),
and so does every participle of an arrest ("three men were taken into custody": the men are the arrested, not the
arresters)."""
PASSIVE_AGENT = re.compile(r"(?<!described )(?<!identified )(?<!reported )(?<!quoted )(?<!cited )"
                           r"\bby\s+(?:the\s+|an?\s+)?(?:(?:suspected|alleged|presumed|heavily|armed|\w+(?:-\w+)+)\s+){0,2}"
                           r"(?:(?:fighters|militants|jihadists|members|gunmen|insurgents|rebels|men|elements)"
                           r"\s+(?:of|from)\s+(?:the\s+)?)?$", re.IGNORECASE)
"""The agent of a passive clause, hedged or described as it may be ("attacked by suspected bandits", "by heavily
armed raiders", "by Turkey-backed militants", with a hyphenated compound before the noun), or told as members of its
group ("a mine laid by jihadists of JNIM"): it did the deed (ACLED's actor 1 is the attacker however tentatively the
text names it). Not the agent of a verb of telling ("fighters described by residents as ISCAP"): that one speaks."""
AGENT_PHRASE = re.compile(
    r"\b(?:(?:came|come|comes|coming)\s+under\s+(?:\w+\s+){0,2}?(?:fire|attack|assault|gunfire|shelling|bombardment)"
    r"\s+(?:\w+\s+){0,3}?from|at\s+the\s+hands\s+of"
    r"|(?:suffered|sustained|endured)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:attacks?|assaults?|ambush(?:es)?|raids?"
    r"|incursions?)\s+(?:\w+\s+){0,3}?(?:by|from))"
    r"\s+(?:the\s+|an?\s+)?(?:(?:suspected|alleged|presumed|heavily|armed)\s+){0,2}$", re.IGNORECASE)
"""Phrases that make the side after them the doer and the side before them the one acted on, like the agent of a
passive ("a patrol came under fire from bandits", "seven farmers died at the hands of gunmen", "a post suffered an
attack by militants"): English tells the deed from the victim's side there, with its doer after 'from', 'of' or
'by', so the clause reads as a passive does (ACLED's actor 1 is who attacked, actor 2 who was attacked)."""
PASSIVE_AUXILIARY = re.compile(r"\b(?:was|were|been|being|got|are|is)\b", re.IGNORECASE)
"""'A woman was killed': people right before their own passive verb are acted on, not acting (civilians
never act in political violence; an armed side so placed may still be the doer in a clause the
trigger finder misread)."""

REDUCED_PASSIVE = re.compile(
    r"(?:killed|shot(?: dead)?|hacked|stabbed|murdered|injured|wounded|beheaded|abducted|kidnapped|attacked|beaten"
    r"|lynched|burnt|burned|slain|ambushed|raped)(?:\s+to\s+death)?(?:\s+and\s+\w+ed)?"
    r"\s*(?:$|[.,;:]|(?!at (?:least|most|them|him|her|it|us)\b|over \d)"
    r"(?:in|by|at|on|during|after|near|while|when|as|following|over|inside"
    r"|outside)\b)", re.IGNORECASE)
"""A harm verb with no object after it, as headlines write the passive without its auxiliary ("One man hacked
to death in Kilia", "3 refugees killed by unknown group"): the people named before it were harmed, not harming
("villagers killed a thief", with its object, stays active, and so does "killed at least ten people", and "shot at
them", whose object follows 'at': a pronoun is never a place)."""

EITHER = re.compile(r"\s+(?:or|and/or)\s+(?:of\s+)?(?:the\s+)?", re.IGNORECASE)
"""The words between two groups of which the writer cannot say which acted: "JNIM or ISGS", "the Taliban or the
Islamic State", "jihadists of JNIM or of the Islamic State"."""

WENT_MISSING = re.compile(r"(?:went|gone|go|goes|going)\s+missing|disappeared|vanished", re.IGNORECASE)
"""Verbs whose subject is the one who vanished ("three herders went missing during an army sweep", "a trader
disappeared after armed men stopped his bus"): English tells a disappearance from the side of the missing, so the
people before the verb underwent it, and a side named after it ("during an army sweep", "after armed men stopped
...") is the one the text connects with it, ACLED's actor 1 of a forced disappearance."""

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


ETHNIC_MILITIA = "Ethnic Militia"
"""People named by their ethnicity (sitrep.actors) are a militia when they fight, civilians when one-sided violence hits them."""


EXCHANGE_OF_FIRE = re.compile(r"\b(?:exchang\w* (?:of )?(?:gun)?fire|(?:trad(?:e|es|ed|ing)|swap(?:s|ped|ping)?) (?:gun)?fire"
                              r"|gun ?battles?|gun ?fights?|gun ?duels?|fire ?fights?"
                              r"|shoot-?outs?|returned fire|repel\w*|repuls\w*|" + classify.FIRE_EXCHANGED + r")\b",
                              re.IGNORECASE)
"""Fire exchanged between two sides (a shootout, a gunfight, a 'gun duel' in West and East African English, fire
"traded" or "swapped", "gunfire was exchanged"): whoever fired back was armed, so the codebook makes it an armed
clash, never an attack on civilians."""

FOUGHT = re.compile(rf"{classify.MUTUAL.pattern}|{EXCHANGE_OF_FIRE.pattern}|\bexchang\w* fire\b|\bbattl\w*|\bfighting\b",
                    re.IGNORECASE)
"""Words of a fight between two sides (a clash, an exchange of fire, a battle)."""

ARMED_CIVILIANS = re.compile(
    r"\barmed (?:farmers|villagers|youths|men|herders|pastoralists|residents|civilians)\b"
    r"|\b(?:with|equipped with|carrying)\s+(?:\w+\s+){0,2}(?:guns?|firearms?|rifles?|shotguns?)\b|\bgunshots?\b"
    r"|\barmed\s+confrontations?\b",
    re.IGNORECASE,
)

ARMED_PEOPLE = re.compile(
    r"\b(?:(?:heavily\s+)?armed|(?:machete|gun|spear|knife)-wielding)\s+(?:youths?|villagers|farmers|herders|herdsmen"
    r"|pastoralists|residents|locals)\b|\b(?:youths?|villagers|farmers|herders|herdsmen|pastoralists|residents|locals)"
    r"\s+armed\s+with\b", re.IGNORECASE)
"""Youths, villagers, farmers or herders told as armed ("armed youths from the next village", "villagers armed with
spears"): ACLED's codebook counts a community's people who arm themselves and attack as a group among communal
militias (inter 4), not rioters, when no organisation is named: "Unidentified Communal Militia", named after their
village by `_named_community`; fists, sticks and stones (`_hand_weapons_only`) leave them rioters. The word "youths"
names no actor by itself, so the lead sentence's crowd (`_crowd_acts`) stands for them."""

ORGANISED_ATTACK = re.compile(r"\battack(?:ed|s)?\s+(?:\w+\s+){0,3}(?:camps?|villages?|hamlets?|settlements?)\b", re.IGNORECASE)


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


NO_VIOLENCE = re.compile(r"\b(?:no|without)\s+(?:reports?\s+of\s+|reported\s+|any\s+)?(?:violence|clash\w*|incidents?)\b",
                         re.IGNORECASE)
"""'A march passed off calmly, without any violence': the text denies what DEMONSTRATORS_VIOLENT would find."""

COMMUNITY_DOER = re.compile(r"\b(?:farmers?|herders?|herdsm[ae]n|pastoralists?|hunters?|fishermen|breeders?"
                            r"|cattle\s+keepers?|cultivators?)\b", re.IGNORECASE)
"""Livelihood communities (cattle keepers and cultivators, as East African reports call herders and farmers, too):
when they attack or kill in a land or cattle feud ACLED codes a communal militia (when they beat or lynch, a mob)."""

FEUD_VIOLENCE = re.compile(
    r"\b(?:killed|killing|shot|murdered|stabbed|hacked|beheaded|slaughtered|gunned|attacked|opened fire"
    r"|abducted|kidnapped|(?:took|taken|holding|held)\s+(?:\w+\s+){0,3}?hostages?)\b", re.IGNORECASE)
"""Deeds by which farmers, herders or hunters wage a feud as a group, a communal militia's (ACLED's codebook: civilians
never act in political violence): killing, shooting, hacking, and taking people captive or hostage."""

PLANTED_BY_STATE = re.compile(r"\b(?:planted|laid|detonated|set off|triggered)\s+by\s+(?:the\s+)?(?:army|military|soldiers|troops|police|forces)\b"
                              r"|\b(?:army|military|soldiers|troops|police|forces)\s+(?:\w+\s+)?(?:planted|laid|detonated)\b", re.IGNORECASE)
"""An explosive the state's own forces set: the only case where the forces on the scene are its actor 1."""

BYSTANDER_BEFORE = re.compile(r"\b(?:to|by|before|after|until|when|once)\s+(?:the\s+)?$", re.IGNORECASE)

BYSTANDER_AFTER = re.compile(
    r"^\s+(?:\w+\s+)?(?:intervened|arrived|arrested|came|rescued|saved|restored|dispersed|mediated|later|were called"
    r"|was called|were alerted|opened an investigation|launched|took him|took them)\b",
    re.IGNORECASE,
)
"""Around state forces that came after the violence ("handed him over to the police", "the police
intervened"): they are not its target."""


def actor_country(place_country: str | None, article_country: str | None, draft: Draft) -> str | None:
    """The country that names an event's generic actors ("Protesters (<country>)", "Police Forces of <country>"):
    the event place's, unless that differs from the article's and the event's sentences name neither that country
    nor its people. A news text that moves abroad says where it went ("in neighbouring Ethiopia", "Somali troops");
    a place of another country it does not announce is more likely a namesake of a local place than a report from
    abroad, and the actors are the article's country's."""
    if place_country is None or article_country is None or place_country == article_country:
        return place_country or article_country
    text = draft.text
    named = any(t.country == place_country and t.kind != "place" for s in draft.sentences for t in s.toponyms)
    people = countries.country_by_name(place_country)
    said = people is not None and any(re.search(rf"\b{re.escape(word)}\b", text)
                                      for word in countries.demonyms_of(people.alpha2))
    return place_country if named or said or re.search(rf"\b{re.escape(place_country)}\b", text) else article_country


def in_claimant(span: Toponym | ActorMention, sentence: Sentence) -> bool:
    """Inside the name of who told the story ("a security source in the provincial capital"): not part of the event."""
    speakers = [sentence.claimant[1]] if sentence.claimant else []
    speakers += [part.words for part in sentence.clause_sources if part.words is not None]
    return any(speaker.start <= span.start and span.end <= speaker.end for speaker in speakers)


def same_side(mention: ActorMention, side: ActorMention) -> bool:
    """Whether a mention names the side already coded: the same actor, or one of the groups of a side named "A and/or
    B" (`either_group`). ACLED's codebook never puts one actor on both sides of an event unless the text tells of two
    of its factions fighting, and "JNIM or IS Sahel kidnapped ..." names one side, the merged alternative, once."""
    return mention.name == side.name or mention.name in side.name.split(" and/or ")


def either_group(mention: ActorMention, draft: Draft) -> ActorMention:
    """"Al Shabaab or Islamic State fighters attacked ...": when the text cannot say which of two armed groups acted,
    ACLED names both, "A and/or B". The doer may be told as either group, or as unidentified men the pair names
    ("gunmen from either JNIM or ISGS", "armed men, thought to be ADF or CODECO fighters")."""
    for sentence in draft.sentences:
        for left, right in zip(sentence.actors, sentence.actors[1:]):
            gap = sentence.text[left.end - sentence.start : right.start - sentence.start]
            if (mention.name in (left.name, right.name) or mention.name.startswith("Unidentified Armed Group")) \
                    and EITHER.fullmatch(gap) and left.inter in (2, 3, 4) and right.inter in (2, 3, 4) \
                    and left.organization and right.organization and left.name != right.name:
                return ActorMention(left.start, right.end, sentence.text[left.start - sentence.start : right.end - sentence.start],
                                    f"{left.name} and/or {right.name}", left.inter, True, left.country)
    return mention


SPEAKER_AS_DOER = re.compile(
    r"\s+(?:said|says|announced|stated|reported)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they|(?:its|their)\s+"
    r"(?:fighters|forces|troops|men|units|soldiers))\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:recaptured|retook|retaken|captured|seized|killed|repelled|repulsed|destroyed|arrested|detained|raided|attacked"
    r"|struck|bombed|shot down"
    r"|neutralised|neutralized|regained|liberated|took|taken|entered|overran|stormed)\b"
    r"|\s+(?:announced|declared)\s+(?:on\s+\w+\s+)?(?:the\s+)?(?:appointment|formation|creation|establishment"
    r"|dissolution|merger|launch)\s+of\b", re.IGNORECASE)
"""'The army said it had recaptured Kidal', 'the group said its fighters had entered the town', 'the FSB said it
detained three men': the speaker tells of
its own deed, so it is its actor, not only its source; so is a group that announces a change in itself ('the group
announced the appointment of a new leader', 'the formation of a new brigade': codebook 'Change to group/activity')."""


def _speaker_did_it(sentence: Sentence) -> bool:
    """Whether whoever tells the story says it did the deed itself (SPEAKER_AS_DOER)."""
    if not sentence.claimant:
        return False
    speaker = sentence.claimant[1]
    return bool(SPEAKER_AS_DOER.match(sentence.text, speaker.end - sentence.start))


NATIONS_WEAPON = re.compile(actors.ARMS_BY_NATION, re.IGNORECASE)
"""The weapon or strike a nationality names a state's force by ("Turkish drones", "a US air strike")."""


MACHINES_OF = re.compile(r"(?:fighter\s+)?(?:jets?|warplanes?|war\s+planes?|aircraft|helicopters?|gunships?|drones?|bombers?"
                         r"|warships?|gunboats?|tanks?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
"""A machine of war the trigger names with its owner after "of" ("jets of the coalition bombed ...", "drones of the
army struck ..."): the owner flew or drove it, so it did the deed, though named after the trigger."""


AGENT_NOUN = re.compile(r"(?:gunm[ae]n|armed\s+m[ae]n|assailants?|attackers?|pirates?|sea\s+robbers?)", re.IGNORECASE)
"""The nouns of the `Attack` cue that name who attacks, not the deed ("attackers", "gunmen")."""


CAUSE_OPENING = re.compile(
    r"\W*(?:in\s+(?:response|reaction|reply)\s+to|in\s+(?:retaliation|revenge|reprisal)\s+(?:for|against|to)"
    r"|responding\s+to|to\s+(?:avenge|retaliate\s+for|punish)|following|in\s+the\s+wake\s+of)\b", re.IGNORECASE)
"""A sentence that opens with the earlier deed it reacts to, as a noun phrase set off by a comma ("In response to an
attack by Al-Shabaab, troops shelled ...", "To avenge an ambush by Mai-Mai fighters, M23 rebels attacked ...",
"Following an OLA attack on a police station, troops attacked ...")."""


def find_trigger(sentence: Sentence) -> tuple[int, int] | None:
    """Document span of the sentence's trigger for its main event type: the first such cue that is
    not an actor's own name ("gunmen"), or else the weapon by which the sentence's first actor, a state's force,
    is named ("a US air strike targeted ...": the strike, not a later "were killed", is the deed). Of a sentence that
    opens with the deed it reacts to (CAUSE_OPENING), the deed is the main clause's, after that opening's comma: the
    opening tells why, the main clause what was done.
    A noun that names the doer (AGENT_NOUN) is never the deed, also where no actor mention covers it because the
    group it names is told right after ("Attackers thought to be Pokot raiders killed two herders": the subject is
    described, English grammar, so the deed is the verb "killed" and the described group before it is its doer).
    Nor is a word in the name of who tells of the deed ("Ukraine's air force said Russian drones had struck ...")."""
    found = classify.event_triggers(sentence.layout or sentence.text)
    spans = [(m.start - sentence.start, m.end - sentence.start) for m in sentence.actors]
    triggers = [t for t in found if not any(start <= t[0] and t[1] <= end for start, end in spans)] or found
    text = sentence.layout or sentence.text
    triggers = [t for t in triggers if not AGENT_NOUN.fullmatch(text, t[0], t[1])] or triggers
    speaking = [span for span in spans if SPEECH_AFTER.match(sentence.text, span[1])]
    triggers = [t for t in triggers if not any(start <= t[0] and t[1] <= end for start, end in speaking)] or triggers
    main_type = sentence.types[0][0] if sentence.types else None
    state_weapons = [(m.start - sentence.start, m.end - sentence.start) for m in sentence.actors[:1]
                     if m.inter in (1, 8) and not SPEECH_AFTER.match(sentence.text, m.end - sentence.start)]
    in_weapon = [t for t in found if t[2] == main_type and any(start <= t[0] and t[1] == end for start, end in state_weapons)
                 and NATIONS_WEAPON.fullmatch(text, t[0], t[1])]
    main = [t for t in triggers if t[2] == main_type] or in_weapon or triggers
    opening_end = text.find(",")
    if main and 0 < opening_end and main[0][0] < opening_end and CAUSE_OPENING.match(text):
        main = [t for t in main if t[0] > opening_end] or main
    return (sentence.start + main[0][0], sentence.start + main[0][1]) if main else None


def roles_in_sentence(sentence: Sentence) -> tuple[list[ActorMention], list[ActorMention]]:
    """Split a sentence's actors into doers and those acted on, around its event trigger (whoever
    tells the story is neither, unless an armed group claims the deed, and neither is whom it is told to); of two
    sides that "clashed", the second is acted on. The order of clauses is read as English grammar has it: the
    subject of the main clause after an opening adverbial (`_sides_of_opening_adverbial`) or of a coordinated clause
    (`_objects_of_earlier_clause`) did the deed, and a side told from the victim's end ("came under fire from",
    "at the hands of", AGENT_PHRASE) is its doer."""
    claims_it = bool(responsibility.DEED_OWNED.search(sentence.text)) or _speaker_did_it(sentence)
    mentions = [m for m in sentence.actors if not in_claimant(m, sentence) or (claims_it and m.inter in (1, 2, 3, 8))]
    mentions = [m for i, m in enumerate(mentions) if not _role_noun_of(mentions[i - 1] if i else None, m, sentence)]
    mentions = [m for m in mentions if not _sought(m, sentence) and not in_other_time(m, sentence)
                and not ADDRESSEE_BEFORE.search(_before(m, sentence)[-20:]) and not _aim_of_other_side(m, sentence)]
    if not mentions:
        return [], []
    trigger = find_trigger(sentence)
    pivot, pivot_end = trigger if trigger else (None, None)
    speakers = [] if claims_it or pivot is None else [
        m for m in mentions if m.end <= pivot and _speaks(m, sentence)
        or m.start >= pivot_end and NAMING_AFTER.match(sentence.text, m.end - sentence.start)]
    mentions = [m for m in mentions if m not in speakers]
    if not mentions:
        return [], []
    doers: list[ActorMention] = []
    targets: list[ActorMention] = []
    clause = _clause_around(sentence.text, pivot - sentence.start) if pivot is not None else sentence.text
    passive = bool(PASSIVE_VOICE.search(clause))
    blamed, blamers = _blame(sentence)
    mentions = [m for m in mentions if m not in blamers]
    told_from_victim = [m for m in mentions if AGENT_PHRASE.search(
        sentence.text[max(0, m.start - sentence.start - 60): m.start - sentence.start])]
    passive = passive or bool(told_from_victim)
    agents = [m for m in mentions if m in blamed or m in told_from_victim
              or PASSIVE_AGENT.search(sentence.text[max(0, m.start - sentence.start - 32): m.start - sentence.start])]
    headline_passive = pivot is not None and bool(REDUCED_PASSIVE.match(sentence.text, pivot - sentence.start))
    vanished = pivot is not None and bool(WENT_MISSING.fullmatch(sentence.text, pivot - sentence.start, pivot_end - sentence.start))
    for mention in mentions:
        if vanished and mention not in agents:
            (targets if mention.start < pivot else doers).append(mention)
        elif mention in agents:
            doers.append(mention)
        elif agents and pivot is not None and mention.start < pivot and _reacts_to_deed(sentence, mention, pivot, agents):
            continue
        elif agents and (passive or headline_passive) and pivot is not None and mention.start < pivot:
            targets.append(mention)
        elif pivot is None:
            (doers if not doers else targets).append(mention)
        elif mention.start < pivot and ((agents and _object_of_deed_noun(mention, sentence))
                                        or _harmed_by_participle(mention, sentence)
                                        or _headline_passive_after(mention, sentence)):
            targets.append(mention)
        elif mention.start < pivot or (mention.start == pivot and mention.end < pivot_end):
            gap = sentence.text[mention.end - sentence.start : pivot - sentence.start]
            subject = len(gap.split()) <= 2 and "," not in gap and not (mention.inter == 7 and PASSIVE_AUXILIARY.search(gap))
            headline = headline_passive and subject and not PRONOUN.fullmatch(mention.text)
            (targets if (passive and not subject) or headline else doers).append(mention)
        elif _acts_in_clause_after(sentence, mention) or _names_the_deed(sentence, mention) \
                or MACHINES_OF.search(sentence.text, max(0, pivot - sentence.start), mention.start - sentence.start):
            doers.append(mention)
        else:
            targets.append(mention)
    doers, targets = _objects_of_armed_subject(sentence, doers, targets)
    if pivot is not None:
        doers, targets = _sides_of_opening_adverbial(sentence, mentions, doers, targets, pivot, pivot_end)
        doers, targets = _objects_of_earlier_clause(sentence, doers, targets, pivot, pivot_end)
    opposed = doers and not any(m.inter in actors.ARMED_INTERS and m.name != doers[0].name for m in targets)
    if trigger and opposed and (not targets or doers[0].inter in actors.ARMED_INTERS) \
            and FOUGHT.match(sentence.text, pivot - sentence.start):
        other = next((m for m in reversed(doers[1:]) if m.name != doers[0].name), None)
        if other is not None:
            doers.remove(other)
            targets.append(other)
    for mention in [m for m in doers[1:] if m.name != doers[0].name and m.inter in actors.ARMED_INTERS]:
        if FOUGHT_SIDE_BEFORE.search(_before(mention, sentence)[-60:]):
            doers.remove(mention)
            targets.append(mention)
    if not doers and _two_sides_fought(sentence, targets):
        doers.append(next(m for m in targets if m.inter in actors.ARMED_INTERS))
        targets.remove(doers[0])
    if blamed:
        doers = [m for m in doers if m in blamed] + [m for m in doers if m not in blamed]
    pair = _sides_between(sentence, mentions)
    if pair is not None:
        first, second = pair
        doers = [first, *(m for m in doers if m is not first and m is not second)]
        targets = [second, *(m for m in targets if m is not first and m is not second)]
    return doers, targets


def speakers_acted_on(sentence: Sentence, doers: list[ActorMention],
                      trigger: tuple[int, int] | None) -> list[ActorMention]:
    """The side that tells of the deed when the deed was done to it (`_speaks`): to what it calls its own, an armed
    side's base, post or men (OWN_SIDE_HIT: "the army said rebels had attacked its base"), or to the speakers
    themselves (SPEAKERS_AS_OBJECT: "farmers say herders attacked them"). ACLED's actor 2 is that side, though the
    words of the deed's object are the pronoun, so `extract` puts it first among those acted on for the actors only.
    Only a deed of violence (`responsibility.VIOLENT_TYPES`) is done to anyone, and only a speaker named before the
    deed frames it as reported speech whose pronouns point back to it ("..., police said" at the end does not: "gunmen
    opened fire on their vehicle" is the victims' vehicle)."""
    if trigger is None or not sentence.types or responsibility.DEED_OWNED.search(sentence.text) \
            or taxonomy.event_type_of(sentence.types[0][0]) not in responsibility.VIOLENT_TYPES \
            or _speaker_did_it(sentence):
        return []
    pivot, pivot_end = trigger
    own = OWN_SIDE_HIT.search(sentence.text[pivot - sentence.start: pivot_end - sentence.start + 40])
    them = SPEAKERS_AS_OBJECT.match(sentence.text, pivot_end - sentence.start)
    if not own and not them:
        return []
    speakers = [m for m in sentence.actors if m.end <= pivot and (in_claimant(m, sentence) or _speaks(m, sentence))]
    return [m for m in speakers if (them or m.inter in actors.ARMED_INTERS)
            and all(m.name != d.name for d in doers)][:1]


SPEECH_AFTER = re.compile(r"(?:\s+(?:in|of|from|at)\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))*"
                          r"(?:,\s*(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))*)*,?)?"
                          r"(?:\s+(?:has|have|had))?\s+(?:said|says|say|told|tells|reported|reports|announced|stated"
                          r"|claimed|alleged|confirmed|added)\b", re.IGNORECASE)
"""A speech verb right after a side, or after the side's home ("the army said", "residents told reporters",
"farmers in Guma, Benue State, say")."""

NAMING_AFTER = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:described|termed|dubbed|labell?ed|characteri[sz]ed|called)"
                          r"(?:\s+(?:it|them|the\s+\w+))?\s+as\b", re.IGNORECASE)
"""A verb of naming a deed as something right after a side ("in what police described as a taxi war killing", "an
attack the army characterised as terrorism"): who names what the deed was tells of it, wherever it stands."""

SPEAKERS_AS_OBJECT = re.compile(r"\s+(?:\w+\s+){0,2}?(?:them|us)\b", re.IGNORECASE)
"""A plural object pronoun right after the deed's verb, which can stand for the speakers ("... say herders attacked
them"); a possessive names the doer's own as often ("detonated their vests", "set off his explosives", "opened a
headquarters for its security service")."""

ADDRESSEE_BEFORE = re.compile(r"\b(?:(?:told|tell|tells|telling|informed|briefed)\s+(?:the\s+)?"
                              r"|(?:described|identified|reported|quoted|cited)\s+by\s+(?:the\s+|some\s+|local\s+)?)$",
                              re.IGNORECASE)
"""The verb of telling right before whom the story is told to ("residents told reporters that ..."), or the agent of a
passive verb of telling ("fighters described by residents as ISCAP"): neither is a side of the deed."""

OWN_SIDE_HIT = re.compile(
    r"\b(?:its|their|our)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:bases?|posts?|positions?|camps?|checkpoints?|patrols?|convoys?"
    r"|soldiers|troops|officers|men|fighters|members|outposts?|barracks|stations?|units?|vehicles?)\b", re.IGNORECASE)
"""The deed's object told as the speaker's own ("the army said rebels had attacked its base")."""


def _speaks(mention: ActorMention, sentence: Sentence) -> bool:
    """Whether a side named before the deed is only who tells of it (SPEECH_AFTER: "Ukraine's air force said Russian
    drones had struck a block of flats"): English puts the deed in the clause the speech verb reports, so the speaker
    is no side of it (ACLED codes the sides of the deed, not its sources), unless the deed was done to what the
    speaker calls its own (OWN_SIDE_HIT: "the army said rebels had attacked its base": the army is actor 2) or to the
    speakers themselves (SPEAKERS_AS_OBJECT: "farmers say herders attacked them"), `speakers_acted_on`. Whom the
    story is told to ("residents told reporters", ADDRESSEE_BEFORE) is no side either. A side that tells of its own
    deed ("the Arakan Army said it had captured ...", SPEAKER_AS_DOER) is its doer."""
    return bool(SPEECH_AFTER.match(sentence.text, mention.end - sentence.start)) \
        and not SPEAKER_AS_DOER.match(sentence.text, mention.end - sentence.start)


OPENING_ADVERBIAL = re.compile(
    r"\W*(?:(?:(?:a|an|one|two|three|four|five|six|a\s+few|several|\d+)\s+)?(?:minutes?|hours?|days?|weeks?|months?)\s+"
    r"|shortly\s+|soon\s+|just\s+|moments\s+)?"
    r"(?:after|as|when|while|whilst|before|once|until|since|following|in\s+the\s+wake\s+of"
    r"|in\s+(?:response|reaction|reply)\s+to|in\s+(?:retaliation|revenge|reprisal)\s+(?:for|against|to)"
    r"|responding\s+to|to\s+(?:avenge|retaliate\s+for|punish)"
    r"|(?P<participle>having|after\s+being|(?-i:[A-Z][a-z]+(?:ing|ed))(?=\s+(?:[\w'-]+\s+){0,2}?(?:into|from|to|toward"
    r"|towards|through|across|along|near|at|in|on|with|against|by|outside|inside)\b)))\b", re.IGNORECASE)
"""A sentence that opens with an adverbial clause or phrase of time or cause, set off by a comma before the main
clause ("After police arrived at the scene, the gunmen opened fire on them", "In response to an attack by
Al-Shabaab, troops shelled its positions", "A day after militants killed four soldiers, troops raided their
hideout"). So does a participle phrase, whose understood subject is the main clause's ("Having walked into the mosque
with the worshippers, a bomber blew himself up", "Marching toward the palace, protesters were dispersed"): a present
or past participle, 'having' or 'after being' opening the sentence, its verb led to its place or partner by a
preposition."""

BACK_REFERENCE = re.compile(r"\s+(?:\w+\s+){0,2}?(?:them|it|its|their|him|her|his|the\s+same)\b", re.IGNORECASE)
"""A pronoun right after the main clause's verb ("... fired on them", "... bombed their hideouts"): the object points
back to a side named earlier in the sentence."""


def _sides_of_opening_adverbial(sentence: Sentence, mentions: list[ActorMention], doers: list[ActorMention],
                                targets: list[ActorMention], pivot: int,
                                pivot_end: int) -> tuple[list[ActorMention], list[ActorMention]]:
    """English puts the subject of a sentence after an opening adverbial clause or phrase and its comma
    (OPENING_ADVERBIAL), so when the deed's trigger lies in the main clause and a side is named there before it, that
    side is the doer, and the sides named in the opening clause, before it in the text, are not ("As villagers fled,
    the fighters shot at them": the fighters shot; "After Boko Haram fighters raided a village, the air force bombed
    their hideouts": the air force bombed). A side of the opening clause is the one acted on when the main clause
    points back to it with a pronoun right after its verb (BACK_REFERENCE: "them", "their"); otherwise it comes after
    the main clause's own objects, a scene-setter (ACLED codes the two sides of the deed itself). A participle phrase
    shares the main clause's subject, so its sides are not the doers even where that subject is no side named ('Having
    walked in with the worshippers, the bomber ...': the worshippers did nothing), unless a side is the participle's
    agent ('Surprised by ADF rebels in their fields, nine farmers were hacked to death': the rebels did it)."""
    text, offset = sentence.text, sentence.start
    if not (opener := OPENING_ADVERBIAL.match(text)):
        return doers, targets
    commas = [i + offset for i, char in enumerate(text[: pivot - offset]) if char == ","]
    for comma in reversed(commas):
        subjects = [m for m in doers if comma < m.start < pivot]
        if subjects:
            break
    else:
        if not (opener.group("participle") and commas and text[commas[0] - offset + 1: pivot - offset].strip()):
            return doers, targets
        comma, subjects = commas[0], []
    opening = [m for m in mentions if m.end <= comma and (m in doers or m in targets)
               and not (not subjects and PASSIVE_AGENT.search(text[max(0, m.start - offset - 32): m.start - offset]))]
    if not opening:
        return doers, targets
    back = BACK_REFERENCE.match(text, pivot_end - offset) is not None
    rest = [m for m in targets if m not in opening]
    moved = [m for m in opening if m.name not in {s.name for s in subjects}]
    doers = [m for m in doers if m not in opening]
    return doers, (moved + rest if back else rest + moved)


CLAUSE_JOIN_BEFORE = re.compile(r"(?:[;,]|\band\b|\bbut\b|\bthen\b)\s+(?:(?:the|some|suspected|armed|other)\s+)?$",
                                re.IGNORECASE)
"""The join of a coordinated clause right before its subject ("... and militants then fired", "...; gunmen shot")."""

CLAUSE_START = re.compile(r"(?:^|[.;,]\s*|\s(?:and|but|then)\s)(?=[^.;,]*$)", re.IGNORECASE)
"""Where the clause that holds a position starts: the sentence's start, or the last stop, comma or join before it."""


def _objects_of_earlier_clause(sentence: Sentence, doers: list[ActorMention], targets: list[ActorMention], pivot: int,
                               pivot_end: int) -> tuple[list[ActorMention], list[ActorMention]]:
    """When the deed's verb has its own subject right before it, at the head of a clause coordinated after an earlier
    one (CLAUSE_JOIN_BEFORE: "A roadside bomb hit an army convoy and militants then fired at the soldiers"), a side
    named inside the earlier clause after its own verb is that verb's object, not a doer of the later deed (English
    puts the subject first in its clause): it was acted on, the first of those acted on when the later verb points
    back to it with a pronoun (BACK_REFERENCE: "... and gunmen shot at them"). The subject of the earlier clause, at
    its head, stays a doer ("ISWAP fighters stormed a base and then killed five soldiers")."""
    text, offset = sentence.text, sentence.start
    subject = next((m for m in doers if m.start < pivot and len(text[m.end - offset: pivot - offset].split()) <= 2
                    and "," not in text[m.end - offset: pivot - offset]
                    and CLAUSE_JOIN_BEFORE.search(text[: m.start - offset])), None)
    if subject is None:
        return doers, targets
    moved = []
    for mention in doers:
        if mention.start >= subject.start or mention.name == subject.name:
            continue
        before = text[: mention.start - offset]
        head = CLAUSE_START.search(before)
        if head is not None and len(before[head.end():].split()) >= 2:
            moved.append(mention)
    if not moved:
        return doers, targets
    doers = [m for m in doers if m not in moved]
    rest = [m for m in targets if m not in moved]
    return doers, (moved + rest if BACK_REFERENCE.match(text, pivot_end - offset) else rest + moved)


RELATIVE_OPENING = re.compile(r"(?:^|[\s,;])(?:where|whose|whom|which)\s", re.IGNORECASE)
"""A relative clause opened after the deed's verb ("..., whose family said ...", "... where government troops are
based")."""


def in_later_clause(sentence: Sentence, mention: ActorMention, pivot_end: int) -> bool:
    """Whether a side named after the deed's verb stands in a relative clause of its own (RELATIVE_OPENING), not as
    the verb's object: English puts the object before such a clause, so a side named there ("killed a leader in
    Cauca, whose family said he had received threats from the ELN", "shelled a district where government troops are
    based") is only named, and no side of the deed (ACLED codes the sides of the deed; `extract` leaves it out of
    actor 2, and it stays among those acted on for the event's arguments). A clause of time is not
    counted: its side may be the one the deed hit ("a bomb exploded as rangers passed by, wounding four of them") or
    the one that gave ground ("troops retook the town after the insurgents withdrew")."""
    between = sentence.text[pivot_end - sentence.start: mention.start - sentence.start]
    return RELATIVE_OPENING.search(between) is not None


def _rebels_act(actor1: ActorMention | None) -> bool:
    """Whether the doer is a named rebel or insurgent organisation (inter 2: "JNIM militants", "ISWAP fighters"):
    ACLED's codebook keeps mob violence for crowds, never for an organised armed group, so the beatings and whippings
    such a group inflicts on civilians are its attack on them."""
    return (actor1 is not None and actor1.inter == 2 and actor1.organization
            and not actor1.name.startswith("Unidentified"))


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


VERB_BETWEEN = re.compile(
    r"^\s+(?:\w+\s+){0,2}?(?:\w+ed|beat|hit|shot|struck|stole|took|drove|made|threw|forced|held|seized"
    r"|caught|bound|ordered|told|warned|gathered|rounded\s+up|lined\s+up)\s+(?:(?:the|some|several|many"
    r"|local|\d+|two|three|four|five|six|ten|dozens\s+of)\s+)?$", re.IGNORECASE)
"""The words between a subject and the people right after its own verb ("fighters threatened residents", "they
rounded up the villagers"): a transitive verb and at most a determiner, no conjunction."""


def _objects_of_armed_subject(sentence: Sentence, doers: list[ActorMention],
                              targets: list[ActorMention]) -> tuple[list[ActorMention], list[ActorMention]]:
    """People named right after the verb of an armed side that is the sentence's subject, before the event's own
    trigger ("ISWAP fighters threatened residents and beat some of them", "They rounded up villagers and whipped
    them"): English puts the object after its verb, so the people are those the armed side acted on, not doers of the
    later verb they share its clause with (civilians never act in political violence while an armed side is the
    subject of the clause). Civilians joined to the side by 'and' ("soldiers and villagers chased the raiders") stay
    doers."""
    if len(doers) < 2 or doers[0].inter not in actors.ARMED_INTERS or not doers[0].organization:
        return doers, targets
    moved = [m for m in doers[1:] if m.inter == 7 and m.start >= doers[0].end
             and VERB_BETWEEN.match(sentence.text[doers[0].end - sentence.start:m.start - sentence.start])]
    return [m for m in doers if m not in moved], moved + targets


def _blame(sentence: Sentence) -> tuple[list[ActorMention], list[ActorMention]]:
    """The groups a sentence holds or says responsible for its deed ("an ambush police attributed to X", "an attack
    blamed on X", "X claimed the raid") and the sides that only speak the blame ("police" there): ACLED names the
    blamed or claiming group as the doer, like the agent of a passive ("attacked by X"), and whoever blames is no side
    of the deed. Only a sentence that tells violence (`responsibility.VIOLENT_TYPES`) has such a doer: the group blamed
    for a bomb the police defused is the side the police acted on. A suspicion is left out here: "suspected X fighters"
    may as well be those the deed was done to; but whoever voices one ("police suspect X") only speaks, as a blamer
    does, and is no side either."""
    if not sentence.types or taxonomy.event_type_of(sentence.types[0][0]) not in responsibility.VIOLENT_TYPES:
        return [], []
    found = responsibility.find_attributions(sentence.text, sentence.actors, sentence.claimant, sentence.start)
    denied = {a.actor.name for a in found if a.claim.claim_type == responsibility.DENIAL}
    naming = [a for a in found if a.claim.claim_type in (responsibility.ATTRIBUTION, responsibility.RESPONSIBILITY)
              and not a.spoken and a.actor.name not in denied]
    unnamed = responsibility.blamed_unnamed(sentence.text, sentence.actors, sentence.start)
    blamed = [a.actor for a in naming] + [mention for mention, _ in unnamed]
    speakers = [a.claim.claimant.casefold() for a in found if a.claim.claimant and not a.spoken
                and a.claim.claim_type in (responsibility.ATTRIBUTION, responsibility.SUSPICION)]
    speakers += [speaker.casefold() for _, speaker in unnamed if speaker]
    blamers = [m for m in sentence.actors if m not in blamed and any(m.text.casefold() in speaker for speaker in speakers)]
    return blamed, blamers


REACTION_TO_DEED = re.compile(
    r"\b(?:following|after|amid|since|in\s+the\s+wake\s+of|in\s+(?:response|reaction|retaliation)\s+to)\s+"
    r"(?:the\s+|an?\s+|[\w'’-]+['’]s\s+)?(?:[\w'’-]+\s+){0,2}?(?:attacks?|raids?|assaults?|ambush(?:es)?|killings?|murders?"
    r"|massacres?|bombings?|abductions?|kidnappings?|shootings?|incursions?)\b", re.IGNORECASE)
"""A deed told as a noun after a preposition of time or cause ("... put on alert in the wake of a raid on a hamlet by
bandits", "... stepped up patrols after a raid by gunmen")."""


def _reacts_to_deed(sentence: Sentence, mention: ActorMention, pivot: int, agents: list[ActorMention]) -> bool:
    """Whether a side named before a deed whose doer the sentence names with "by" ("an attack on a village by armed
    raiders") only reacted to it: English tells the deed there as a noun after "following", "after" or "in response
    to", so the sentence's subject, named before that phrase and before the deed's own word, is neither its doer nor
    its target (ACLED codes only the sides of the deed itself)."""
    agent = next((m for m in agents if m.start > mention.end), None)
    if agent is None:
        return False
    reaction = REACTION_TO_DEED.search(sentence.text, mention.end - sentence.start, agent.start - sentence.start)
    return reaction is not None and sentence.start + reaction.start() <= pivot


FIGHT_BETWEEN = re.compile(
    rf"(?:{FOUGHT.pattern})\s+(?:\w+\s+){{0,3}}?between\s+(?:the\s+|two\s+|rival\s+|(?:members|supporters|youths?)\s+of\s+(?:the\s+)?)*$",
    re.IGNORECASE)
"""A fight told as one between two sides, the first named right after 'between' ("a clash between the Gabra and
the Rendille", "fighting broke out between police and youths", "a clash erupted between villagers of X and herders")."""

SECOND_SIDE_GAP = re.compile(
    r"(?:\s+(?:from|of|in)\s+(?:the\s+)?(?:(?:village|town|community)\s+of\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
    r"\s*(?:,|\band\b|&|\bagainst\b)\s+(?:the\s+|some\s+|(?:members|supporters|youths?)\s+of\s+(?:the\s+)?|(?:an)?other\s+|a\s+)*",
    re.IGNORECASE)
"""What stands between the two sides of 'between A and B': 'and' (or a comma, or 'against'), with the home the text
gives the first side ("villagers of Kalale and the herders")."""

FIGHT_TO_END = re.compile(
    r"\b(?:to|trying\s+to|bid\s+to|effort\s+to|attempt\s+to)\s+(?:stop|end|calm|quell|halt|contain|break\s+up|separate)"
    r"\s+(?:the\s+|a\s+)?(?:\w+\s+)?$", re.IGNORECASE)
"""A fight told as what the doer came to end ("police shot a man while trying to stop fighting between A and B"):
the pair after 'between' is the scene, not the event's sides; the one the doer acted on is (ACLED codes the force
against the side it shot)."""


def _sides_between(sentence: Sentence, mentions: list[ActorMention]) -> tuple[ActorMention, ActorMention] | None:
    """The two sides of a fight the sentence tells as one "between A and B" (FIGHT_BETWEEN, SECOND_SIDE_GAP): A is
    actor 1 and B actor 2, whoever else the sentence names around them (a force that came later, a passive agent of
    another clause: "fighting between the Gabra and Rendille clans went on after the police had freed a suspect"). ACLED's
    codebook codes a battle between the two sides that fought; English names them as the pair after 'between'. None
    when the sentence names no such pair, or both sides are the same actor (two crowds of one kind, left to the rules
    for two crowds)."""
    text = sentence.text
    for first, second in zip(mentions, mentions[1:]):
        before = text[max(0, first.start - sentence.start - 80): first.start - sentence.start]
        fight = FIGHT_BETWEEN.search(before)
        if fight is None or FIGHT_TO_END.search(before, 0, fight.start()):
            continue
        gap = SECOND_SIDE_GAP.fullmatch(text, first.end - sentence.start, second.start - sentence.start)
        if gap is not None and first.name != second.name:
            return first, second
    return None


SOUGHT_BEFORE = re.compile(
    r"\b(?:(?:in\s+)?search(?:ed|es|ing)?\s+(?:of|for)|(?:look|hunt)(?:ed|s|ing)?\s+for|track(?:ed|s|ing)?\s+down"
    r"|in\s+(?:pursuit|quest)\s+of|comb(?:ed|s|ing)?\s+(?:\w+\s+){0,3}?for)\s+(?:the\s+|an?\s+|suspected\s+|alleged\s+)*$",
    re.IGNORECASE)
"""Words that make what follows the object of a search ("raided a camp in search of militants", "searched for the
suspects", "police are hunting for the gunmen")."""


def _sought(mention: ActorMention, sentence: Sentence) -> bool:
    """Whether an actor is named only as what a side searched for (SOUGHT_BEFORE): ACLED's codebook codes those who
    took part in the event, and people sought may not have been there at all ("soldiers raided a camp in search of
    militants and shot ten herders": the herders are the victims, the militants no side)."""
    return bool(SOUGHT_BEFORE.search(_before(mention, sentence)[-60:]))


def _role_noun_of(previous: ActorMention | None, mention: ActorMention, sentence: Sentence) -> bool:
    """Whether a generic armed-group noun stands right after a named armed group, as the head of one noun phrase
    ("the SLDF gang", "Al Shabaab gunmen"): one side, named twice, not a second side of a fight."""
    if previous is None or previous.inter not in actors.ARMED_INTERS or not mention.name.startswith("Unidentified"):
        return False
    return not sentence.text[previous.end - sentence.start: mention.start - sentence.start].strip()


AIM_OF_OTHER_SIDE_BEFORE = re.compile(
    r"\b(?:(?:deployed|sent|dispatched|posted|stationed|mobili[sz]ed)\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:fight|combat"
    r"|counter|battle|tackle|(?:flush|root)\s+out|secure\s+(?:[\w'’-]+\s+){0,3}?against)"
    r"|(?:accused|suspected)\s+of\s+\w+ing(?:\s+(?:for|with|to|on))?)\s+(?:the\s+|an?\s+|suspected\s+)*$",
    re.IGNORECASE)
"""A side named as the aim of a non-finite clause that describes another side ("troops deployed to fight Boko
Haram", "soldiers sent to secure the border against JNIM", "traders accused of supplying the army")."""


def _aim_of_other_side(mention: ActorMention, sentence: Sentence) -> bool:
    """Whether an actor is named only inside a participle or infinitive clause that describes another side named
    right before it (AIM_OF_OTHER_SIDE_BEFORE): English lets such a reduced clause modify the noun phrase it follows,
    and its object is no argument of the main verb, so the side named there did not take part in the deed ("Troops
    deployed to fight Boko Haram shot dead two traders": the troops shot the traders; "Traders accused of supplying
    the army were killed by JNIM": the army is no side). ACLED codes only those who took part in the event. Where the
    clause follows no side ("flogged all those accused of helping the soldiers"), the side in it may be the only one
    the deed aims at, and stays."""
    before = _before(mention, sentence)
    aim = AIM_OF_OTHER_SIDE_BEFORE.search(before, max(0, len(before) - 80))
    return aim is not None and any(m is not mention and not before[m.end - sentence.start: aim.start()].strip()
                                   for m in sentence.actors if m.end - sentence.start <= aim.start())


DEED_OBJECT_BEFORE = re.compile(
    r"\b(?i:(?:attacks?|raids?|assaults?|ambush(?:es)?|strikes?|offensives?|incursions?|shelling|bombing|shooting)\s+"
    r"(?:on|against)|(?:killings?|murders?|massacres?|abductions?|kidnappings?|beheadings?|executions?)\s+of)"
    r"\s+(?!(?:[\w'’-]+\s+){0,2}?(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?:[\w'’-]+\s+){0,3}$")
"""The object of a deed told as a noun: the noun, "on", "against" or, after a noun of harm to people, "of", and at
most three words of the object's own phrase ("a raid on an Al-Shabaab camp", "the killing of three farmers"); not a
date, which "on" also brings ("in an attack on 9 March unidentified gunmen killed ...": the gunmen are the subject)."""


def _object_of_deed_noun(mention: ActorMention, sentence: Sentence) -> bool:
    """Whether a side is named as the object of a deed told as a noun (DEED_OBJECT_BEFORE: "a raid on an Al-Shabaab
    camp near Jilib by Somali special forces killed twelve militants"): English puts the target of a nominalised deed
    after "on" or "against" (or "of", for a killing or abduction) and its doer after "by" or before it as a possessive,
    so the side there was acted on though it stands before the sentence's verb (ACLED's actor 2). `roles_in_sentence`
    asks it only where the sentence names the doer as an agent ("by Y", a blamed group): without one, the side after
    the noun's object may be the subject of the deed's own clause."""
    return bool(DEED_OBJECT_BEFORE.search(_before(mention, sentence)[-70:]))


PARTICIPLE_OF_HARM_AFTER = re.compile(
    r"\s*,\s*(?:(?:already|first|reportedly|allegedly)\s+)?(?:caught|trapped|attacked|ambushed|targeted|surprised|hit"
    r"|besieged|surrounded|encircled|pinned\s+down|fired\s+(?:up)?on|shot\s+at)\s+(?:by|in|from)\b", re.IGNORECASE)
"""A past participle of harm set off by a comma right after a noun, with its agent or its circumstance ("Police
officers, caught in an ambush laid by gunmen, ...", "Soldiers, ambushed by ISWAP fighters, ...")."""

PRONOUN = re.compile(r"(?:they|he|she|we|it)", re.IGNORECASE)
"""A personal pronoun standing for a side named before."""


def _harmed_by_participle(mention: ActorMention, sentence: Sentence) -> bool:
    """Whether a side is the head of an apposed participle clause of harm (PARTICIPLE_OF_HARM_AFTER): English makes
    the noun a reduced passive's subject there ("Police officers, caught in an ambush laid by gunmen near Kandi,
    returned fire"), so the side suffered the deed told in the participle, whatever the main verb after it, and is
    acted on (ACLED's actor 2; the doer is the participle's agent)."""
    return bool(PARTICIPLE_OF_HARM_AFTER.match(sentence.text, mention.end - sentence.start))


def _headline_passive_after(mention: ActorMention, sentence: Sentence) -> bool:
    """Whether a noun phrase is followed right away by a harm verb with no object (REDUCED_PASSIVE: "Two soldiers
    killed as jihadists attack post"): headlines drop the auxiliary of the passive, so the side named right before such
    a participle was harmed, also where the trigger cue spans both and so starts inside the noun phrase. A pronoun
    ("They attacked at dawn") never opens a headline: it is the subject of an active verb in running text."""
    end = mention.end - sentence.start
    return not PRONOUN.fullmatch(mention.text) and sentence.text[end: end + 1] == " " \
        and bool(REDUCED_PASSIVE.match(sentence.text, end + 1))


FOUGHT_SIDE_BEFORE = re.compile(
    r"\b(?:drove|pushed|expelled|chased|ousted|dislodged|repelled|repulsed|routed|ambushed|overran|defeated)\s+"
    r"(?:(?:an?|the)\s+)?(?:(?:attack|assault|offensive|raid|incursion)\s+(?:launched\s+)?by\s+(?:the\s+)?)?$", re.IGNORECASE)
"""The object of a verb of fighting, told before the sentence's trigger ("troops drove Al Shabaab fighters out of ...
and regained control", "troops repelled an attack by ISWAP fighters"): the side acted on, though it stands before
the trigger or after 'by'."""


def _two_sides_fought(sentence: Sentence, targets: list[ActorMention]) -> bool:
    """A fight has no side that is only acted on: when a sentence tells of a clash or exchange of fire and
    names two armed sides, both after the trigger or both in the passive ("clashes between police and raiders",
    "two officers were killed in a shoot-out with bandits"), the first is actor 1, the other actor 2."""
    return len({m.name for m in targets if m.inter in actors.ARMED_INTERS}) >= 2 and bool(FOUGHT.search(sentence.text))


CLAUSE_OPENING = re.compile(r"\b(?:when|as|after|while|before)\s+(?:the\s+|an?\s+|some\s+|suspected\s+|armed\s+)?$", re.IGNORECASE)
CLAUSE_VIOLENCE = re.compile(r"\s+(?:\w+\s+)?(?:attacked|attack|ambushed|raided|stormed|struck|opened\s+fire|fired|shot|shelled|bombed)\b",
                             re.IGNORECASE)


def _acts_in_clause_after(sentence: Sentence, mention: ActorMention) -> bool:
    """"A trader was killed when al-Shabaab militants attacked a bus": the subject of a clause told
    after the harm ("when X attacked") is who did it, though it stands after the trigger."""
    before = sentence.text[max(0, mention.start - sentence.start - 30): mention.start - sentence.start]
    return bool(CLAUSE_OPENING.search(before) and CLAUSE_VIOLENCE.match(sentence.text, mention.end - sentence.start))


DEED_NOUN_AFTER = re.compile(r"\s+(?:cattle\s+|livestock\s+|revenge\s+|retaliatory\s+|reprisal\s+)?"
                             r"(?:raids?|attacks?|ambush(?:es)?|incursions?|offensives?)\b", re.IGNORECASE)


def _names_the_deed(sentence: Sentence, mention: ActorMention) -> bool:
    """An armed side or a community named as the attributive of the deed's noun ("ten herders were killed in a Pokot
    raid", "a village was torched in an Al Shabaab attack"): English puts the doer of a raid or an attack in front of
    the noun, so it is actor 1 though it stands after the harm verb (a people's name so used, "Pokot raid", names
    the community that raided, ACLED's "<group> Ethnic Militia")."""
    return mention.inter in actors.ARMED_INTERS \
        and bool(DEED_NOUN_AFTER.match(sentence.text, mention.end - sentence.start))


def _clause_around(text: str, position: int) -> str:
    """The clause of `text` holding `position`, between semicolons (or the sentence's ends)."""
    start = text.rfind(";", 0, position) + 1
    end = text.find(";", position)
    return text[start: end if end >= 0 else len(text)]


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


def typed_defaults(
    sub_type: str,
    actor1: ActorMention | None,
    actor2: ActorMention | None,
    draft: Draft,
    country: str | None,
) -> tuple[ActorMention | None, ActorMention | None]:
    """ACLED's fixed roles: protesters and rioters are actor 1 of their events (whoever the text
    says they were: teachers, traders, students); the state forces that intervene are actor 2 (not the
    government they protest against);
    the victims of violence against civilians, and those whose property is looted, are civilians
    (named armed victims stay: an unnamed doer of violence is an armed group, and `armed_sides` makes it
    a battle; an unnamed armed group the text puts on the receiving end with no doer is more likely the
    doer misread, so it stays out)."""
    event_type = taxonomy.event_type_of(sub_type)
    actor1, actor2 = _unnamed_doers_blamed_on(actor1, actor2, draft)
    mentioned = [m for s in draft.sentences for m in s.actors]
    state = next((m for m in mentioned if m.inter == 1 and not is_government(m) and not _in_grievance(m, draft)
                  and not _sent_later(m, draft) and not _only_the_source(m, draft)), None)
    if state is None and event_type in {"Protests", "Riots"}:
        state = _guards_who_acted(actor1, draft)
    if event_type in {"Protests", "Riots"} and sub_type != "Mob violence":
        crowd, inter = ("Protesters", 6) if event_type == "Protests" else ("Rioters", 5)
        model = actor1 if actor1 is not None and actor1.inter in (5, 6, 7) else None
        if model is None and event_type == "Protests" and actor2 is not None and actor2.inter == 7 \
                and not _in_grievance(actor2, draft):
            # People acted on in a protest ('ten nurses were arrested during a demonstration', told in the passive)
            # are its protesters, not a side against them (those it protests for, 'in support of a jailed girl', stay
            # out of it).
            actor2 = None
        nation = _own_country(model, _crowd_nation(draft)) if model is None else _crowd_origin(draft) or _own_country(model, None)
        actor1 = generic_actor(model, with_country(crowd, nation or country), inter)
        if sub_type == "Peaceful protest":
            actor2 = None
        elif actor2 is None or actor2.inter not in actors.ARMED_INTERS or is_government(actor2) \
                or _in_grievance(actor2, draft):
            civilians = actor2 is not None and actor2.inter == 7 and (event_type == "Protests" or _crowd_hurt_people(draft))
            actor2 = state if state is not None else (actor2 if civilians else None)
        if actor2 is None and event_type == "Riots" and _dispersed_by_no_named_force(draft):
            actor2 = generic_actor(None, actors.generic_name("Police Forces of", country), 1)
        if actor2 is None and event_type == "Riots":
            actor2 = _people_the_crowd_hurt(actor1, draft, country)
        if actor2 is None and sub_type == "Protest with intervention" and _intervened_upon(draft):
            actor2 = generic_actor(None, actors.generic_name("Police Forces of", country), 1)
    if event_type == "Violence against civilians" and actor2 is not None and _named_as_motive(actor2, draft):
        actor2 = None
    looted = sub_type == "Looting/property destruction" and actor1 is not None and actor2 is None
    unseen_doer = actor1 is None and actor2 is not None and not actor2.name.startswith("Unidentified")
    armed_pair = (unseen_doer or (actor1 is not None and actor1.inter in actors.ARMED_INTERS)) and _armed_target(actor2)
    if looted or (event_type == "Violence against civilians" and not armed_pair and (actor2 is None or actor2.inter != 7)):
        victims = next((m for m in mentioned if m.inter == 7 and m is not actor1), None)
        post_holder = _force_of_attacked_post(draft) if looted else None
        actor2 = victims or post_holder or generic_actor(None, with_country("Civilians", country), 7)
    return actor1, actor2


def _unnamed_doers_blamed_on(actor1: ActorMention | None, actor2: ActorMention | None,
                             draft: Draft) -> tuple[ActorMention | None, ActorMention | None]:
    """"Attackers stormed Solhan, killing 130 people. The army blamed JNIM for the massacre": the unnamed doers of a
    deed the text then blames on a named group are that group, not a second side (a group is never coded against
    its own unnamed fighters; `_blame` finds the blamed). The named group acts, and the unnamed side goes, leaving
    the victims to the rules after (civilians when the deed is violence against them)."""
    sides = [m for m in (actor1, actor2) if m is not None]
    unnamed = next((m for m in sides if m.name.startswith("Unidentified Armed Group")), None)
    if unnamed is None:
        return actor1, actor2
    blamed = [m for sentence in draft.sentences for m in _blame(sentence)[0]
              if m.organization and m.inter in (2, 3) and not m.name.startswith("Unidentified")]
    named = next((m for m in blamed if any(same_side(m, side) for side in sides)), blamed[0] if blamed else None)
    if named is None or not (actor1 is unnamed or (actor1 is not None and same_side(named, actor1))):
        return actor1, actor2
    other = actor2 if actor1 is unnamed else None
    return named, (other if other is not None and not same_side(other, named) else None)


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


SECURITY_FORCES = re.compile(r"\b(?:security forces|security personnel|security agents|security officers?|authorities)\b", re.IGNORECASE)
"""Words for the state's forces that name no branch."""
POLICING_TYPES = frozenset({"Protests", "Riots", "Strategic developments"})
UNSEEN_ATTACKER_TYPES = frozenset({"Violence against civilians", "Explosions/Remote violence"})
"""Violence whose doer the text does not name is, in ACLED's coding, an unidentified armed group's (an
armed group hurt by its own bomb is the sole actor; fighters of a named group killed by an unnamed doer
are its actor 2; an unnamed armed group on the receiving end with no doer is the doer misread)."""
BOMB_MAKING = re.compile(
    r"\b(?:while|(?:he|she|they|who)\s+(?:was|were|had\s+been))\s+"
    r"(?:planting|making|assembling|laying|preparing|manufacturing|building|constructing)\b", re.IGNORECASE)
"""People hurt by a bomb they were making or planting ("the device he was assembling exploded"): whoever makes or
plants a bomb is, by that deed, an armed group (ACLED codes bomb makers killed by their own device as an
unidentified armed group, never as civilians), so with no group named they are the unidentified armed group."""
OWN_DEVICE = re.compile(
    r"\b(?:(?:their|its|his)\s+own|prematurely|premature|accidental\w*"
    r"|while\s+(?:handling|transporting))\b|" + BOMB_MAKING.pattern, re.IGNORECASE)
"""A bomb that went off in its makers' hands: the group it hurt is the only actor, also when the blast is coded as
disrupted weapons use (a premature blast), and when forces were near it: they acted on no one."""
SOLE_ACTOR_TYPES = frozenset({"Change to group/activity", "Other"})
"""Strategic developments ACLED codes with one actor only (a group's new activity, a displacement)."""
THREATENED_PEOPLE = re.compile(
    r"\b(?:threatened|intimidated|warned|ordered|gave|issued|demanded|forced|told) (?:[\w'-]+ ){0,3}?"
    r"(?:residents|villagers|inhabitants|the population|locals|people|women|men|girls|youths|teachers|traders|farmers"
    r"|herders|civilians|families|worshippers|pupils|chiefs?|an ultimatum|the closure|closure|schools?)\b",
    re.IGNORECASE)
"""An armed group's threats, orders or ultimatums to civilians: codebook 'Other' (non-violent activity) names the
civilians it threatens as the second actor, though no violence is told."""
DISPLACEMENT = re.compile(r"\b(?:[Dd]isplace\w*|[Ff]led|[Ff]lee\w*|left (?:the|their) (?:\w+ )?(?:villages?|homes?|town)|left [A-Z]\w+"
                          r"|[Aa]bandon\w*)\b")
"""People leaving their homes ('left Eastbrook' with the place capitalised, so case matters)."""


def _people_displaced(draft: Draft) -> bool:
    """Whether the event's sentences tell people leaving their homes (DISPLACEMENT) rather than an armed side
    leaving a place: the leaver is the last actor named before the verb in its sentence, and state forces or an
    armed group that "left Eastbrook" or "fled the village" withdrew or retreated (codebook 'Other' displacement is
    of civilians driven out, not of fighters moving on)."""
    for sentence in draft.sentences:
        for found in DISPLACEMENT.finditer(sentence.text):
            verb = sentence.start + found.start()
            before = [m for m in sentence.actors if m.end <= verb and not in_claimant(m, sentence)]
            if not before or before[-1].inter not in actors.ARMED_INTERS:
                return True
    return False


SECURITY_MEASURE = re.compile(r"\b(?:curfews?|closed|closure|bann?ed|prohibited|restricted|suspended|decided|ordered|decree\w*)\b",
                              re.IGNORECASE)


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


def acled_roles(
    sub_type: str,
    actor1: ActorMention | None,
    actor2: ActorMention | None,
    draft: Draft,
    country: str | None,
) -> tuple[str, ActorMention | None, ActorMention | None]:
    """ACLED's coding rules that depend on who the actors are (see `_typed_roles`), then who polices:
    "security forces" or "authorities" who arrest, disperse a protest or face a riot are the police,
    people arrested whom the text does not name are civilians, and so are people named by their
    ethnicity whom one-sided violence hits or whom forces arrest (a community's men taken in are not its militia),
    and a government targeted by violence (HARM_TYPES). Looting and property destruction (codebook: an actor takes or
    destroys others' property) with an armed group as its only actor make that group the looter and the
    owners civilians ("armed men made off with a farmer's goats"). People killed or hurt by an explosion or remote
    violence whom the text names no side for are its civilian victims, as ACLED codes them (not when the bomb went
    off in its makers' hands). Excessive force against protesters is told the other way round, the state force that
    used it as actor 1 and the protesters as actor 2 (ACLED's codebook: the force is the one that acted, the
    protesters its target). Protesters who themselves do violence of any kind (a rape, an assault) are rioters (the
    codebook: demonstrators who act violently are rioters; "Protesters" names only peaceful demonstrators). Territory
    handed over without a fight has the armed side that left it as actor 2 ("seized the town after the army pulled
    out": the codebook's transfer is between the side that withdrew and the one that took over)."""
    sub_type, actor1, actor2 = _typed_roles(sub_type, actor1, actor2, draft, country)
    holder = _captor_who_harmed(sub_type, draft, country)
    if holder is not None:
        sub_type, actor1, actor2 = "Attack", holder, generic_actor(None, with_country("Civilians", country), 7)
    if _bombers_fought_forces(sub_type, actor1, actor2, draft):
        sub_type = "Armed clash"
    if sub_type == "Attack" and actor1 is not None and actor1.name.startswith("Unidentified Armed Group"):
        actor1 = _party_attacks_rival(draft, country) or actor1
    event_type = taxonomy.event_type_of(sub_type)
    if event_type in POLICING_TYPES or sub_type == "Arrests":
        named = _named_force(draft)
        actor1, actor2 = (named if named is not None and _vague_force(actor) else _as_police(actor, country)
                          for actor in (actor1, actor2))
    if sub_type == "Arrests" and actor1 is not None and actor1.inter in (2, 3) and actor1.organization \
            and (actor2 is None or actor2.inter == 7):
        actor1, actor2 = None, actor1
    if sub_type == "Arrests" and actor1 is None:
        actor1, actor2 = _arrester(actor2, country, draft)
    if sub_type == "Arrests" and actor1 is not None and actor2 is None:
        actor2 = generic_actor(None, with_country("Civilians", country), 7)
    if actor1 is None and event_type in UNSEEN_ATTACKER_TYPES:
        if actor2 is not None and actor2.inter in (2, 3) and (OWN_DEVICE.search(draft.text)
                                                              or actor2.name.startswith("Unidentified")):
            actor1, actor2 = actor2, None
        else:
            actor1 = generic_actor(None, with_country("Unidentified Armed Group", country), 3)
    if (sub_type == "Disrupted weapons use" or event_type == "Explosions/Remote violence") \
            and OWN_DEVICE.search(draft.text):
        makers = next((m for m in (actor1, actor2) if m is not None and m.inter in (2, 3)), None)
        if makers is None and BOMB_MAKING.search(draft.text):
            makers = generic_actor(None, with_country("Unidentified Armed Group", country), 3)
        actor1, actor2 = (makers, None) if makers is not None else (actor1, actor2)
    if event_type == "Explosions/Remote violence" and actor2 is None and (_hurt(draft) or _civilian_place_hit(draft)) \
            and not OWN_DEVICE.search(draft.text):
        actor2 = generic_actor(None, with_country("Civilians", country), 7)
    if sub_type == "Looting/property destruction" and actor1 is None and actor2 is not None and actor2.inter in (2, 3):
        actor1, actor2 = actor2, generic_actor(None, with_country("Civilians", country), 7)
    if sub_type in SOLE_ACTOR_TYPES:
        actor1, actor2 = _sole_actor(sub_type, actor1, draft, country), _armed_side_acted_on(sub_type, actor1, actor2)
        if sub_type == "Other" and actor2 is None and actor1 is not None and actor1.inter in (2, 3, 4) \
                and THREATENED_PEOPLE.search(draft.text):
            actor2 = generic_actor(None, with_country("Civilians", country), 7)
    if sub_type == "Agreement" and actor1 is not None and actor2 is None:
        actor2 = _other_party(actor1, draft)
    if sub_type == "Non-violent transfer of territory" and actor1 is not None and actor2 is None:
        actor2 = next((m for m in _acting(draft) if m.inter in actors.ARMED_INTERS and m.organization
                       and not same_side(m, actor1) and not is_government(m)), None)
    actor1, actor2 = (_in_branch(actor, country, draft) for actor in (actor1, actor2))
    if sub_type == "Looting/property destruction" and _crops_by_unknown_people(actor1, draft):
        actor1 = generic_actor(actor1, with_country("Unidentified Communal Militia", country), 4)
    if _in_communal_feud(actor1, draft):
        actor1 = generic_actor(actor1 if actor1.start < actor1.end else None,
                               with_country("Unidentified Communal Militia", country), 4)
    if _working_people_hit(actor1, actor2, draft):
        actor2 = generic_actor(actor2, with_country("Civilians", country), 7)
    sub_type = armed_sides(sub_type, actor1, actor2)
    if sub_type == "Armed clash":
        actor1, actor2 = _attackers_of_one_state(actor1, actor2, draft)
    if sub_type == "Armed clash" and actor1 is not None and actor2 is None:
        actor2 = _other_side(actor1, draft, country)
    if sub_type == "Armed clash" and actor1 is None and actor2 is not None and _armed_target(actor2):
        actor1 = _other_side(actor2, draft, country)
    if actor1 is None and actor2 is None and sub_type == "Armed clash" and _election_clash_of_crowds(draft):
        rioters = generic_actor(None, with_country("Rioters", country), 5)
        sub_type, actor1, actor2 = "Mob violence", rioters, rioters
    if actor1 is None and actor2 is None and (sub_type == "Armed clash" or sub_type == "Looting/property destruction"
                                              and not DISPOSED_OF.search(draft.text)):
        unknown = generic_actor(None, with_country("Unidentified Armed Group", country), 3)
        actor1, actor2 = unknown, (unknown if sub_type == "Armed clash" else None)
    one_sided = taxonomy.event_type_of(sub_type) == "Violence against civilians" or sub_type in {
        "Looting/property destruction", "Arrests"}
    if one_sided and actor2 is not None and actor2.inter == 4 and ETHNIC_MILITIA in actor2.name:
        actor2 = generic_actor(actor2, with_country("Civilians", country), 7)
    actor1 = _armed_men_of_a_community(actor1, draft, country)
    actor1, actor2 = _named_community(actor1, draft, country, doer=True), _named_community(actor2, draft, country)
    if sub_type == "Armed clash":
        actor1, actor2 = _home_of_clash(actor1, actor2, draft, country), _home_of_clash(actor2, actor1, draft, country)
    if actor2 is not None and is_government(actor2) and actor1 is not None and not is_government(actor1) \
            and (taxonomy.event_type_of(sub_type) in HARM_TYPES or sub_type == "Looting/property destruction"):
        sub_type = "Attack" if sub_type == "Armed clash" else sub_type
        actor2 = generic_actor(actor2, with_country("Civilians", country), 7)
    if sub_type == "Excessive force against protesters" and actor2 is not None and actor2.inter == 1 \
            and (actor1 is None or actor1.inter == 6):
        actor1, actor2 = actor2, actor1
    if actor1 is not None and actor1.inter == 6 and taxonomy.event_type_of(sub_type) != "Protests":
        actor1 = generic_actor(actor1, actor1.name.replace("Protesters", "Rioters", 1), 5)
    return sub_type, actor1, actor2


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


HARM_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
"""ACLED's codebook: a battle needs two armed, organised sides, and officials, offices and vehicles of a government
are not one; government officials and property that violence targets are coded as civilians (the government
being their associated actor). So a government the text names as the target of an attack, a bomb or a raid
("gunmen torched two government vehicles", "a bomb missed a car carrying government officials") is
"Civilians (<country>)", and an armed side's attack on it is violence against civilians, not an armed clash."""


UNIDENTIFIED_COMMUNAL = "Unidentified Communal Militia"
PLACE_NOUN = r"(?:village|town|hamlet|locality|settlement|community|commune|neighbou?rhood|quarter|district)"
FROM_PLACE = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|local)\s+)?"
                        rf"(?:(?P<noun>{PLACE_NOUN})s?\s+of\s+)?"
                        r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
PLACE_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)(?P<place>\b[A-Z][\w'’-]+)\s+$")
COMMUNITY_PEOPLE = re.compile(
    r"\b(?:youths?|young\s+men|people|residents|villagers|inhabitants|locals|natives|farmers|men|members|families)"
    r"(?=\s+(?:from|of)\s)", re.IGNORECASE)
"""People a text ties to their home place ("youths from the village of X", "people from X", "residents of X")."""
NOT_A_PLACE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|These|Those|Their|His|Her|Its|Our)\b")
"""Capitalised words that follow 'from' without naming a place ("from March", "from The ...")."""


def _named_community(mention: ActorMention | None, draft: Draft, country: str | None,
                     doer: bool = False) -> ActorMention | None:
    """ACLED's codebook names a communal militia after the community it comes from, its village or town:
    "<place> Communal Militia (<country>)". So an unidentified communal militia whose people the text places
    ("farmers from Kalale", "youths of the village of Gogounou", "Gogounou villagers") takes that place's name.
    The place must be one the gazetteer found in the sentence, or one the text itself calls a place: after "from" or
    "of" tied to the people ("youths from Adogbe", "people of the village of Adogbe"), a capitalised word that is no
    country, people, group or date (`_home_place`); so a people or a person's name is never taken for it. When the
    militia is the event's doer but the rules anchored it on no words of its own (a crowd turned militia by
    `_typed_roles`), the people the text places in the subject of an event sentence, before its trigger ("On 3 May,
    youths from Adogbe burned a herders' camp"), are its people (`_placed_doers`)."""
    if mention is None or not mention.name.startswith(UNIDENTIFIED_COMMUNAL):
        return mention
    sentence = _sentence_of(mention, draft) if mention.start < mention.end else None
    place = _place_of_people(sentence, mention.start, mention.end) if sentence is not None else None
    if place is None and doer:
        place = _placed_doers(draft)
    if place is None and not doer:
        place = _second_home(draft)
    if place is None:
        return mention
    return dataclasses.replace(mention, name=with_country(f"{place} Communal Militia", country))


STATE_FORCES = ("Military Forces of", "Police Forces of")
CLASH_PLACE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?(?:(?P<noun>" + PLACE_NOUN + r"|area)s?\s+of\s+)?"
                         r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
"""'in the town of X', 'in the area of X', 'at X': where the sentence says something happened."""


def _home_of_clash(militia: ActorMention | None, other: ActorMention | None, draft: Draft,
                   country: str | None) -> ActorMention | None:
    """ACLED's codebook names a communal militia after its village or town, and local people who take up arms against
    the state's soldiers, police or customs officers do so where they live ("gendarmes traded fire with armed villagers
    at Adogbe", "soldiers fought local hunters near Adogbe"): so an unidentified communal militia in an armed
    clash with a state force takes the name of the place where the event's sentence says the clash happened
    (CLASH_PLACE, a word that is no country, people, group or date: `_home_place`)."""
    if militia is None or other is None or not militia.name.startswith(UNIDENTIFIED_COMMUNAL) \
            or not other.name.startswith(STATE_FORCES):
        return militia
    sentence = draft.anchor
    trigger = find_trigger(sentence)
    after = trigger[1] - sentence.start if trigger else 0
    place = next((found for match in CLASH_PLACE.finditer(sentence.text, after)
                  if (found := _home_place(sentence, match)) is not None), None)
    if place is None:
        return militia
    return dataclasses.replace(militia, name=with_country(f"{place} Communal Militia", country))


TWO_HOMES = re.compile(
    r"\b(?:youths?|people|residents|villagers|inhabitants|communities|members)\s+(?:from|of)\s+(?:the\s+)?"
    r"(?:(?:villages?|towns?|communities)\s+of\s+)?(?P<first>[A-Z][\w'’-]+)\s+(?:and|&)\s+(?:(?:from|of)\s+)?(?:the\s+)?"
    r"(?P<second>[A-Z][\w'’-]+)\s+(?:\w+\s+)?(?:clash\w*|fought|fighting|battled)\b", re.IGNORECASE)
"""People of two places who fought each other, named with one noun ("residents of Kapsokwony and Cheptais clashed",
"youths from the villages of A and B fought"): the second place is the second side's home."""


def _second_home(draft: Draft) -> str | None:
    """The home of the second of two communities named with one noun (TWO_HOMES), for the unnamed side of their fight:
    ACLED names each side's communal militia after its own village or town."""
    match = TWO_HOMES.search(draft.anchor.text)
    if match is None or not match["second"][:1].isupper():
        return None
    word = match["second"]
    if NOT_A_PLACE.match(word) or countries.country_by_name(word) or countries.country_of_demonym(word) \
            or actors.ethnic_group(word) or actors.find_actors(word):
        return None
    return _gazetteer_place(draft.anchor, *match.span("second")) or word


def _place_of_people(sentence: Sentence, start: int, end: int) -> str | None:
    """The home place the sentence gives people named at document span start-end: "<people> from/of <place>" or
    "<place> <people>" (see `_named_community`)."""
    after = FROM_PLACE.match(sentence.text, end - sentence.start)
    if after is not None:
        found = _home_place(sentence, after)
        if found is not None:
            return found
    before = PLACE_BEFORE.search(sentence.text, max(0, start - sentence.start - 30), start - sentence.start)
    if before is not None:
        return _gazetteer_place(sentence, *before.span("place"))
    return None


ARMED_MEN = re.compile(r"(?:(?:heavily\s+)?armed\s+(?:men|man|youths?)|men\s+armed)$", re.IGNORECASE)
"""Doers named only as armed men ("armed men", "heavily armed youths")."""
FROM_RIVAL_COMMUNITY = re.compile(
    r"\s+(?:from|of)\s+(?:an?\s+|the\s+)?(?:neighbou?ring|nearby|rival|another|adjoining)\s+"
    r"(?:villages?|communit(?:y|ies)|tribes?|clans?|settlements?|hamlets?)\b", re.IGNORECASE)
"""Armed men placed in another community by its kind alone ("from a rival tribe", "of a neighbouring village")."""


def _armed_men_of_a_community(actor1: ActorMention | None, draft: Draft, country: str | None) -> ActorMention | None:
    """Armed men the text ties to a community, a village or area by name ("armed men from Ukum", named by
    `_named_community`) or by its kind ("armed men from a rival tribe", FROM_RIVAL_COMMUNITY): ACLED's codebook
    counts the armed men of a local community, acting for it, among communal militias, "Unidentified Communal
    Militia (<country>)" or "<place> Communal Militia", not an armed group of unknown affiliation; men from a country
    stay that country's unidentified armed group (`actors.ORIGIN_AFTER`)."""
    if actor1 is None or not actor1.name.startswith("Unidentified Armed Group") or not ARMED_MEN.search(actor1.text):
        return actor1
    sentence = _sentence_of(actor1, draft)
    if sentence is None:
        return actor1
    end = actor1.end - sentence.start
    after = FROM_PLACE.match(sentence.text, end)
    named = after is not None and _home_place(sentence, after) is not None and not _wide_area(sentence, after)
    if not named and FROM_RIVAL_COMMUNITY.match(sentence.text, end) is None:
        return actor1
    return generic_actor(actor1, with_country(UNIDENTIFIED_COMMUNAL, country), 4)


WIDE_AREA_AFTER = re.compile(r"\s+(?:State|Province|Region|County|District|Governorate|Department)\b")
WIDE_AREA_CODES = ("ADM1", "PCLI", "RGN")


def _wide_area(sentence: Sentence, match: re.Match) -> bool:
    """Whether the place after "from" is a state, province, region or county (by the word after it, or a gazetteer
    feature code of a first-level unit or wider), an area too wide to be one community's home: "armed men from Zamfara
    State" are no village's men."""
    start, end = match.span("place")
    if WIDE_AREA_AFTER.match(sentence.text, end):
        return True
    first, last = start + sentence.start, end + sentence.start
    return any(t.start >= first and t.end <= last and (t.feature_code or "").startswith(WIDE_AREA_CODES)
               for t in sentence.toponyms)


def _gazetteer_place(sentence: Sentence, start: int, end: int) -> str | None:
    """The text of a place the gazetteer found within the sentence-relative span start-end, or None."""
    start, end = start + sentence.start, end + sentence.start
    return next((t.text for t in sentence.toponyms if t.kind == "place" and t.start >= start and t.end <= end), None)


def _home_place(sentence: Sentence, match: re.Match) -> str | None:
    """The place a FROM_PLACE match names, when its first word is no country, demonym, ethnic group, actor or date
    ("farmers from Niger" are foreigners, not a village's militia): a place the gazetteer found there, else the
    capitalised word itself (villages are often missing from gazetteers; "from X" after people names where they
    live)."""
    word = match["place"].split()[0] if not match["noun"] else match["place"]
    if NOT_A_PLACE.match(word) or countries.country_by_name(word) or countries.country_of_demonym(word) \
            or actors.ethnic_group(word) or actors.find_actors(word):
        return None
    return _gazetteer_place(sentence, *match.span("place")) or word


def _placed_doers(draft: Draft) -> str | None:
    """The home place of people the event's sentences place in the subject of their deed (COMMUNITY_PEOPLE before the
    sentence's trigger), for a communal militia with no words of its own."""
    for sentence in [draft.anchor, *[s for s in draft.sentences if s is not draft.anchor]]:
        trigger = find_trigger(sentence)
        if trigger is None:
            continue
        for people in COMMUNITY_PEOPLE.finditer(sentence.text, 0, trigger[0] - sentence.start):
            found = _place_of_people(sentence, sentence.start + people.start(), sentence.start + people.end())
            if found is not None:
                return found
    return None


def _other_side(actor1: ActorMention, draft: Draft, country: str | None) -> ActorMention:
    """ACLED's codebook: a battle is fought between two armed, organised sides, and an armed side the text does not
    name is coded "Unidentified Armed Group (<country>)". So an armed clash that has its first side but no second takes
    the other armed side the event's sentences name ("police answered a bandit attack": the bandits; not a
    government's offices, not whoever told the story), else an unidentified armed group ("police were ambushed and
    fought back for an hour"). A clash whose only side named is one acted on ("two officers were killed in heavy
    fighting") takes its first side the same way."""
    other = next((m for m in _acting(draft)
                  if m.inter in actors.ARMED_INTERS and m.organization and not is_government(m)
                  and m.name != actor1.name and (m.start, m.end) != (actor1.start, actor1.end)), None)
    return other or generic_actor(None, with_country("Unidentified Armed Group", country), 3)


CROPS = re.compile(r"\b(?:harvests?|crops?|farmland|fields?|plantations?|granar(?:y|ies)|tubers|yams?|igname|maize|millet"
                   r"|sorghum|cotton|cashew|orchards?)\b", re.IGNORECASE)
LIVELIHOOD = re.compile(
    rf"{CROPS.pattern}|\b(?:lands?|farms?|oxen|ox|cattle|cows?|bulls?|goats?|sheep|camels?|livestock|herds?|pastures?"
    r"|grazing|boundar(?:y|ies)|beacons?|(?:route )?markers?)\b", re.IGNORECASE)
"""Land, crops and livestock: what communities of farmers and herders seize or destroy in their feuds."""
UNSEEN_PEOPLE = re.compile(r"\b(?:unknown|unidentified)\s+(?:individuals?|persons?|people|men)\b", re.IGNORECASE)
"""Crops, harvests and fields, and people the text cannot name who are not said to be armed."""


def _crops_by_unknown_people(actor1: ActorMention | None, draft: Draft) -> bool:
    """Harvests or fields burnt or pillaged by people the text cannot name ("unknown individuals set fire to a
    cotton harvest"): in farming areas such destruction is a move in a farmers' and herders' feud, which ACLED
    codes as an unidentified communal militia's, not an armed group's (armed men or gunmen stay an armed group)."""
    if actor1 is None or not actor1.name.startswith("Unidentified Armed Group") or not UNSEEN_PEOPLE.search(actor1.text):
        return False
    text = draft.text
    return bool(CROPS.search(text)) and not ARMED_CIVILIANS.search(text)


COMMUNAL_FEUD = re.compile(
    r"\b(?:rivalry|rivalries|violence|hostilities|feuds?|conflicts?|tensions?|fighting|clashes)\s+between\s+(?:the\s+)?"
    r"(?:two\s+|rival\s+|neighbou?ring\s+)?(?:[A-Z][\w'’-]+\s+(?:and\s+(?:the\s+)?[A-Z][\w'’-]+\s+)?)?communities\b",
    re.IGNORECASE)
LAND_FEUD = re.compile(r"\b(?:over|about|amid|in)\s+(?:a\s+|the\s+)?(?:\w+\s+)?land\s+(?:issue|dispute|conflict|row|feud)s?\b",
                       re.IGNORECASE)


def _in_communal_feud(actor1: ActorMention | None, draft: Draft) -> bool:
    """Whether an unidentified armed group's deed is tied by the text to a feud between communities (COMMUNAL_FEUD:
    "elders blamed the raid on a long rivalry between two communities"), or, when the text names no doer at all, to a
    land dispute (LAND_FEUD: "two farmers were shot with arrows over a land issue"): ACLED's codebook counts armed groups
    organised around a local community and its feuds over land, water and cattle as communal militias (inter 4),
    "Unidentified Communal Militia (<country>)" when the text does not say which community."""
    if actor1 is None or not actor1.name.startswith("Unidentified Armed Group") or " and/or " in actor1.name:
        return False
    text = draft.text
    return bool(COMMUNAL_FEUD.search(text)) or (actor1.start == actor1.end and bool(LAND_FEUD.search(text)))


def _in_branch(mention: ActorMention | None, country: str | None, draft: Draft) -> ActorMention | None:
    """A group named without its branch, as the branch that fights in the event's country, or in its region where
    two branches fight in one country (`actors.regional_branch`; the region of the draft's first place in it)."""
    if mention is None:
        return None
    admin1 = next((t.admin1 for s in draft.sentences for t in s.toponyms if t.country == country and t.admin1), None)
    branch = actors.regional_branch(mention.name, country, admin1)
    return mention if branch == mention.name else dataclasses.replace(mention, name=branch)


def armed_sides(sub_type: str, actor1: ActorMention | None, actor2: ActorMention | None) -> str:
    """ACLED's codebook: violence between two armed, organised sides is a battle (an armed clash), and
    violence against civilians is only violence against the unarmed. So an attack by an armed group
    (named or not) on soldiers, police, militia, fighters or armed guards is an armed clash, however
    one-sided it was; the attack stays violence against civilians when its victims are unarmed.
    Explosions and abductions keep their own sub-types whoever they hit."""
    if sub_type == "Attack" and actor1 is not None and actor1.inter in actors.ARMED_INTERS and _armed_target(actor2):
        return "Armed clash"
    return sub_type


def _bombers_fought_forces(sub_type: str, actor1: ActorMention | None, actor2: ActorMention | None,
                           draft: Draft) -> bool:
    """Whether an armed group's grenade, bomb or shell hit state forces and the event's sentences go on to tell gunfire
    aimed at those forces or fire exchanged with them ("They hurled a grenade at a police van. The men then opened fire
    on the officers."): the codebook's Explosions/Remote violence is violence the target cannot answer, while an
    explosion followed by direct fighting with an armed side, like any attack on armed forces, is a battle. The one
    sentence telling both is typed so by `classify` already; this reads the event's sentences together."""
    if sub_type not in classify.BATTLE_WEAPONS or actor1 is None or actor1.inter not in (2, 3) \
            or actor2 is None or actor2.inter != 1 or not _armed_target(actor2):
        return False
    text = draft.text
    return bool(classify.fired_on_forces().search(text) or classify.FOUGHT_BACK.search(text))


def _state_of(mention: ActorMention) -> str:
    """The country a state force's ACLED name is of, with its unit ("Police Forces of Kenya Forest Guards" ->
    "Kenya Forest Guards")."""
    return mention.name.split(" of ", 1)[-1]


def _attackers_of_one_state(actor1: ActorMention | None, actor2: ActorMention | None,
                            draft: Draft) -> tuple[ActorMention | None, ActorMention | None]:
    """The sides of a battle read as two forces of one state ("soldiers repulsed an attack by bandits on a police
    station"): a state's army and police do not fight each other, they fight together against the armed group the
    event's sentences name acting, so that group is the other side (ACLED's codebook: a battle is between two armed,
    organised sides; forces of one state on the same side are one side, the second an associate). The force named
    first stays; the group takes the other slot, sides in the text's order."""
    if actor1 is None or actor2 is None or actor1.inter != 1 or actor2.inter != 1 \
            or is_government(actor1) or is_government(actor2):
        return actor1, actor2
    first, second = _state_of(actor1), _state_of(actor2)
    if not (first.startswith(second) or second.startswith(first)):
        return actor1, actor2
    group = next((m for m in _acting(draft) if m.inter in (2, 3) and m.organization), None)
    if group is None:
        return actor1, actor2
    return tuple(sorted((actor1, group), key=lambda m: m.start))


def _acting(draft: Draft) -> list[ActorMention]:
    """The actors an event's sentences name, leaving out those inside who told the story and those of another
    event the sentence dates it by (`in_other_time`)."""
    return [m for s in draft.sentences for m in s.actors if not in_claimant(m, s) and not _sought(m, s)
            and not in_other_time(m, s)]


OTHER_TIME = re.compile(r"\b(?:\d+|two|three|four|five|six|several|a\s+few|few|some)?\s*(?:days?|weeks?|months?|years?)"
                        r"\s+(?:after|before)\b", re.IGNORECASE)
"""A clause that dates the event by another one some days, weeks or months away ("..., days after the junta offered
talks with armed groups", "Two weeks before the army retook the town, ..."): it tells that other event."""


def in_other_time(mention: ActorMention, sentence: Sentence) -> bool:
    """Whether a mention stands in a clause that dates the sentence's event by another event (OTHER_TIME), up to
    the clause's end (a comma, semicolon or the sentence's end): the sides of that other event, not of this one,
    unless that clause tells a place taken (TAKEN_IN_CLAUSE)."""
    before = sentence.text[:max(0, mention.start - sentence.start)]
    opening = None
    for opening in OTHER_TIME.finditer(before):
        pass
    if opening is None or re.search(r"[,;:]", before[opening.end():]):
        return False
    clause = re.split(r"[,;:.]", sentence.text[opening.end():])[0]
    return not TAKEN_IN_CLAUSE.search(clause)


TAKEN_IN_CLAUSE = re.compile(r"\b(?:seized|captured|took|taken|overran|overrun|occupied)\b", re.IGNORECASE)
"""A dating clause that tells the place was taken ("retook the town two weeks after JNIM fighters seized it"): a
retaking's other side is the one it was taken from, so the side named there stays."""


def _armed_side_acted_on(sub_type: str, actor1: ActorMention | None, actor2: ActorMention | None) -> ActorMention | None:
    """The second side of an "Other" strategic development: ACLED's codebook gives such an event a second actor when
    one side acts on another without a fight ("soldiers fired warning shots to drive off an armed group", "troops
    chased the rebels away"), so an armed, organised side the text puts on the receiving end of a state force's act
    stays; changes to a group's activity and displacements keep one actor."""
    if sub_type != "Other" or actor1 is None or actor1.inter != 1 or actor2 is None:
        return None
    return actor2 if _armed_target(actor2) and actor2.inter != 1 else None


def _sole_actor(sub_type: str, actor1: ActorMention | None, draft: Draft, country: str | None) -> ActorMention | None:
    """The one actor of a change to a group's activity (the armed or state side the text names, the
    government for a curfew or closure nobody is named for) or of a displacement (the people who fled)."""
    text = draft.text
    mentioned = _acting(draft)
    if sub_type == "Other" and _people_displaced(draft):
        people = next((m for m in mentioned if m.inter == 7), None)
        return people or generic_actor(None, with_country("Civilians", country), 7)
    if sub_type == "Other":
        return actor1
    if actor1 is not None and actor1.inter in actors.ARMED_INTERS:
        return actor1
    armed = next((m for m in mentioned if m.inter in actors.ARMED_INTERS and m.organization), None)
    if armed is not None:
        return armed
    if SECURITY_MEASURE.search(text):
        return generic_actor(None, actors.generic_name("Government of", country), 1)
    return actor1


DISPOSED_OF = re.compile(
    r"\b(?:weapons|arms|guns|rifles|explosives?|ammunition|munitions|mines|IEDs?|bombs|drugs|narcotics|cannabis|bhang"
    r"|contraband|counterfeit\w*|opium|poppy|seized|confiscated|impounded)\b", re.IGNORECASE)
"""Arms, explosives, drugs or other seized goods told as destroyed: the authorities dispose of them, so their
destruction is no property destruction by someone the text leaves unnamed.

ACLED's codebook names a side the text does not name "Unidentified Armed Group (<country>)": a clash told with no
side named ("three dead in a clash over stolen cattle") is fought between two such groups, and property destroyed or
looted by people the text does not name ("shops were set alight overnight", whether or not it speaks of "culprits":
the event is typed property destruction only for a deed of human hands, and ACLED's events always have an actor 1) is
such a group's (its owners are no side of their own), unless what was destroyed is arms, explosives, drugs or seized
goods (DISPOSED_OF)."""


def _other_party(actor1: ActorMention, draft: Draft) -> ActorMention | None:
    """The second party to an agreement (ACLED's codebook: an agreement is made between actors, a truce, a ceasefire,
    a prisoner exchange, so both sides are coded, one as actor 1 and the other as actor 2): the first organised side
    the text names besides actor 1 ("the government and the rebels signed a ceasefire"), not who told the story."""
    return next((m for m in _acting(draft) if m.organization and not same_side(m, actor1) and m.name != actor1.name),
                None)


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


RUNNING_BATTLES = re.compile(r"\brunning\s+battles?\b", re.IGNORECASE)


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


LONE_PERSON_BEFORE = re.compile(r"\b(?:an?|one)\s+$", re.IGNORECASE)
"""The indefinite article or 'one' right before a doer's words: a single person ('a herder', 'one farmer')."""

COLLECTIVE_HEAD = re.compile(
    r"\b(?:group|gang|band|mob|crowd|number|militia|family|community|team|unit|party|clan|cell)s?\b", re.IGNORECASE)
"""Nouns of many people, which the article before them does not make one person ('a group of herders', 'a mob')."""

FIREARM_USED = re.compile(r"\b(?:guns?|gunshots?|gunfire|firearms?|rifles?|shotguns?|pistols?|shot|shoot\w*)\b",
                          re.IGNORECASE)
"""Words of a firearm or its use."""


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


def _lone_assailant(sub_type: str, actor1: ActorMention | None, actor2: ActorMention | None, draft: Draft) -> bool:
    """Whether one person of no armed group ('a herder', 'a Fulani farmer', 'one villager') alone hurt civilians with
    no firearm and no fight: ACLED's codebook calls a militia an organised group, so one person's spontaneous,
    unorganised violence is mob violence by rioters against civilians, never an ethnic or communal militia's attack."""
    if actor1 is None or actor1.inter not in (4, 7) or (actor2 is not None and actor2.inter in actors.ARMED_INTERS):
        return False
    violent = taxonomy.event_type_of(sub_type) in {"Battles", "Violence against civilians"} or sub_type in {
        "Mob violence", "Looting/property destruction"}
    sentence = _sentence_of(actor1, draft)
    text = draft.text
    return violent and sub_type not in {"Sexual violence", "Abduction/forced disappearance"} and sentence is not None \
        and bool(LONE_PERSON_BEFORE.search(_before(actor1, sentence)[-8:])) \
        and not COLLECTIVE_HEAD.search(actor1.text) \
        and not FIREARM_USED.search(text) and not classify.MUTUAL.search(text) \
        and not classify.EACH_OTHER.search(text) \
        and not _other_community(actor1, draft)


def _working_people_hit(actor1: ActorMention | None, actor2: ActorMention | None, draft: Draft) -> bool:
    """Whether the target named by an ethnicity is named by its work ('killed three Fulani herders') and an armed,
    organised group hit it with no fight told and no arms of its own: ACLED's codebook calls unarmed people civilians,
    and a people's herders or farmers are its militia only when they fight (ETHNIC_MILITIA)."""
    return actor1 is not None and actor2 is not None and ETHNIC_MILITIA in actor2.name and actor1.organization \
        and actor1.inter in actors.ARMED_INTERS and ETHNIC_MILITIA not in actor1.name \
        and bool(COMMUNITY_DOER.search(actor2.text)) and not ARMED_CIVILIANS.search(actor2.text) \
        and not FOUGHT.search(draft.text) and not classify.EACH_OTHER.search(draft.text)


SETTLED_PEOPLE = re.compile(
    r"\b(?:villagers|residents|inhabitants|civilians|women|children|worshippers|passengers|families|traders|students"
    r"|pupils|settlers|returnees|mourners|travell?ers)$", re.IGNORECASE)
"""Nouns that name people by where they live or what they were doing, never by fighting ("Masalit villagers", "Berom
residents", "Hema women")."""


def _settled_people_hit(actor1: ActorMention | None, actor2: ActorMention | None, draft: Draft) -> bool:
    """Whether the target named by an ethnicity is named by a settled, unarmed people's noun (SETTLED_PEOPLE:
    "attacked Masalit villagers") and an armed, organised group, another people's militia included, hit it with no
    fight told and no arms of its own: ACLED's codebook names the victims of such a raid civilians of their country,
    their people being only their identity, and keeps "<group> Ethnic Militia" for a people's armed men."""
    return actor1 is not None and actor2 is not None and ETHNIC_MILITIA in actor2.name and actor1.organization \
        and actor1.inter in actors.ARMED_INTERS and bool(SETTLED_PEOPLE.search(actor2.text)) \
        and not ARMED_CIVILIANS.search(actor2.text) \
        and not FOUGHT.search(draft.text) and not classify.EACH_OTHER.search(draft.text)


def _livelihood_of(word: str) -> str:
    """A community word's livelihood, its plural and its synonyms one ('herdsmen', 'pastoralist' -> 'herd')."""
    word = word.lower()
    return "herd" if word.startswith(("herd", "pastoral", "breeder")) else word.rstrip("s")


def _other_community(actor1: ActorMention, draft: Draft) -> bool:
    """Whether the event's sentences name people of another livelihood community than the doer's ('a farmer wounded a
    herder'): violence across the farmer-herder line is communal violence, which ACLED codes as a communal militia's."""
    own = {_livelihood_of(m.group()) for m in COMMUNITY_DOER.finditer(actor1.text)}
    others = {_livelihood_of(m.group()) for s in draft.sentences for m in COMMUNITY_DOER.finditer(s.text)
              if not (actor1.start <= s.start + m.start() < actor1.end)}
    return bool(others - own)


def _force_in_running_battles(event_type: str, actor1: ActorMention | None, mentioned: list[ActorMention], text: str) -> bool:
    """Whether a state force's shooting or fight is told within running battles (RUNNING_BATTLES) with a crowd and no
    organised armed group is named: running battles are the street fights of rioters with the police, so ACLED's
    codebook codes them, and the force the police used in them, as a violent demonstration between the rioters and
    that force, not as an armed clash with an unseen armed group or an attack on civilians."""
    if event_type not in {"Battles", "Violence against civilians"} or actor1 is None or actor1.inter != 1 \
            or is_government(actor1) or not RUNNING_BATTLES.search(text):
        return False
    return not any(m.inter in (2, 3, 4, 8) for m in mentioned) and not ARMED_CIVILIANS.search(text)


def _typed_roles(
    sub_type: str,
    actor1: ActorMention | None,
    actor2: ActorMention | None,
    draft: Draft,
    country: str | None,
) -> tuple[str, ActorMention | None, ActorMention | None]:
    """ACLED's coding rules that depend on who the actors are, applied after typing.

    Civilians never act in political violence: unorganised violence by residents, crowds or
    communities is mob violence by rioters (against rioters when both sides fight). Battles
    need two armed sides: an armed actor against civilians is an attack, and an attack on
    another armed actor is an armed clash. Soldiers or civilians whose vehicle hits a mine are its
    target; who laid it is unknown. Only state forces use excessive force against protesters:
    gunmen who kill at a protest attack; and only they arrest: a crowd that seizes someone is a mob,
    and people arrested as suspected militants are civilians until the text names their group.
    A raid that took property while the text denies anyone was harmed is looting (`classify.unharmed`), told in any
    sentence of the event. Armed men who attack a demonstration attack its Protesters
    (`demonstrations.demonstration_attacked_by_armed_group`), whatever the cues read.
    None of this makes a mob of an organised armed group (`_organised_doer`) or of the taker of territory
    (`_territory_taken`), demonstrators of those who attacked a rally (`demonstrations.demonstrators_named`), or a
    battle of a deadly brawl fought with sticks and stones (`_hand_weapons_only`) or between crowds of no community
    (`_community_crowds`).
    """
    text = draft.text
    if sub_type == "Mob violence" and (_rebels_act(actor1) or _force_does_deed(actor1, draft)):
        sub_type = "Attack"
        if actor2 is None or actor2.inter in (5, 6):
            actor2 = generic_actor(actor2, with_country("Civilians", country), 7)
    if sub_type == "Attack" and classify.unharmed(text) and any(
            kind == "Looting/property destruction" and score >= classify.MIN_EVENT_SCORE
            for sentence in draft.sentences for kind, score in sentence.types):
        sub_type = "Looting/property destruction"
    if sub_type == "Violent demonstration" and not demonstrations.protest_told(text) \
            and not demonstrations.demonstration_act(text):
        sub_type = "Mob violence"
    if sub_type in ("Attack", "Mob violence") or taxonomy.event_type_of(sub_type) == "Protests":
        armed_attack = demonstrations.demonstration_attacked_by_armed_group(draft)
        if armed_attack is not None:
            return ("Attack", generic_actor(armed_attack[0], with_country("Unidentified Armed Group", country), 3),
                    generic_actor(armed_attack[1], with_country("Protesters", country), 6))
    if taxonomy.event_type_of(sub_type) == "Protests" or sub_type == "Violent demonstration":
        # A demonstration (peaceful or read as violent) that a crowd attacked: a protest with intervention, or mob
        # violence when the attack kills (see `demonstrations.demonstration_attacked_by_crowd`). A deed the text already
        # tells as a mob's (mob violence) keeps the mob's own roles.
        attacked = _attacked_demonstration_roles(draft, country)
        if attacked is not None:
            return attacked
    if taxonomy.event_type_of(sub_type) == "Protests" \
            and not NO_VIOLENCE.search(text) \
            and any(not demonstrations.EARLIER_BEFORE.search(text, max(0, m.start() - 40), m.start())
                    for pattern in (demonstrations.DEMONSTRATORS_VIOLENT, demonstrations.CROWD_TURNED_VIOLENT,
                                    demonstrations.CROWD_HURT_PEOPLE, demonstrations.PROTESTED_DOING_HARM)
                    for m in pattern.finditer(text)):
        sub_type = "Violent demonstration"
        actor1, actor2 = typed_defaults(sub_type, actor1, actor2, draft, country)
    event_type = taxonomy.event_type_of(sub_type)
    mentioned = _acting(draft)
    if _force_in_running_battles(event_type, actor1, mentioned, text):
        rioters = next((m for m in mentioned if m.inter in (5, 6, 7)), None)
        return "Violent demonstration", generic_actor(rioters, with_country("Rioters", country), 5), actor1
    if sub_type == "Excessive force against protesters" and not any(m.inter == 1 for m in mentioned):
        gunmen = next((m for m in mentioned if m.inter in (2, 3, 4) and m.organization), None)
        if gunmen is not None:
            victims = next((m for m in mentioned if m.inter in (6, 7)), None)
            return "Attack", gunmen, victims or generic_actor(None, with_country("Civilians", country), 7)
    armed_faceless = _armed_faceless_doers(draft) and (actor1 is None or actor1.inter in (5, 6, 7))
    if armed_faceless:
        actor1 = generic_actor(actor1, with_country("Unidentified Armed Group", country), 3)
        if sub_type == "Mob violence":
            sub_type = "Attack"
            event_type = taxonomy.event_type_of(sub_type)
        if actor2 is None or actor2.inter in (5, 6):
            actor2 = generic_actor(None, with_country("Civilians", country), 7)
    civilian_doer = actor1 is not None and actor1.inter == 7
    outside_lead = actor1 is None or not (draft.anchor.start <= actor1.start < draft.anchor.end)
    if sub_type == "Arrests" and (civilian_doer or (outside_lead and _crowd_acts(draft))):
        sub_type = taxonomy.SubEventType.ATTACK
        event_type = taxonomy.event_type_of(sub_type)
    if _unarmed_force(actor2, draft) or _kin_of_force(actor2, draft) \
            or sub_type in ("Attack", "Armed clash") and _force_served(actor2, draft):
        actor2 = generic_actor(actor2, with_country("Civilians", country), 7)
    if _lone_assailant(sub_type, actor1, actor2, draft):
        victims = actor2 if actor2 is not None and actor2.inter == 7 \
            else generic_actor(None, with_country("Civilians", country), 7)
        model = actor1 if actor1.inter == 7 else None
        return "Mob violence", generic_actor(model, with_country("Rioters", _own_country(model, country)), 5), victims
    if sub_type == "Arrests" and actor2 is not None and actor2.name.startswith("Unidentified Armed Group"):
        actor2 = generic_actor(actor2, with_country("Civilians", country), 7)
    if sub_type == "Arrests" and (actor2 is None or actor2.inter == 7):
        actor2 = _group_of_the_taken(mentioned, draft) or actor2
    if sub_type == "Arrests" and (actor2 is None or actor2.inter in (6, 7)):
        actor2 = _party_of_the_taken(draft, actor2, country) or actor2
    violent = event_type in {"Battles", "Violence against civilians"} or sub_type == "Looting/property destruction"
    mutual = bool(classify.MUTUAL.search(text)) and (actor2 is None or actor2.inter == 7)
    feud = civilian_doer and bool(COMMUNITY_DOER.search(actor1.text)) and bool(FEUD_VIOLENCE.search(text)) \
        and not (classify.MUTUAL.search(text) and _quarrel_over_crops(text)) \
        and not _loose_crowd(actor1, draft)
    armed_mob = sub_type == "Mob violence" and bool(ARMED_CIVILIANS.search(text)) and _armed_target(actor2)
    armed_people = (violent or sub_type == "Mob violence") and bool(ARMED_PEOPLE.search(draft.anchor.text)) \
        and not _hand_weapons_only(text) and (civilian_doer or actor1 is None and _crowd_acts(draft))
    raid = _deadly_raid_on_settlement(sub_type, actor1, draft)
    if (violent or armed_mob or armed_people or raid) and (civilian_doer or armed_people or raid) \
            and (ARMED_CIVILIANS.search(text) or ORGANISED_ATTACK.search(text) or feud or armed_people):
        militia = generic_actor(actor1, with_country("Unidentified Communal Militia", country), 4)
        doer = actor1 or militia
        if mutual:
            return "Armed clash", militia, generic_actor(actor2 or actor1, militia.name, 4)
        fought = actor2 is not None and actor2.inter == 4 and bool(classify.MUTUAL.search(text))
        if (_armed_target(actor2) or fought) and (armed_mob or event_type in {"Battles", "Violence against civilians"}):
            return "Armed clash", militia, actor2
        other = _other_fighting_side(doer, draft) if event_type in {"Battles", "Violence against civilians"} else None
        if other is not None:
            return "Armed clash", militia, other
        if actor2 is None or actor2.name == doer.name:
            actor2 = generic_actor(None, with_country("Civilians", country), 7)
        return ("Attack" if sub_type in ("Armed clash", "Mob violence") else sub_type), militia, actor2
    sides = _identity_sides(sub_type, actor1, actor2, draft, country) or _named_identity_fight(sub_type, draft, country)
    if sides is not None:
        return "Armed clash", *sides
    unarmed = not any(m.inter in actors.ARMED_INTERS and not is_government(m)
                      for s in draft.sentences for m in s.actors)
    sized = _counted_crowd(actor1, draft) or _community_crowd(actor1, draft) or _unarmed_assailants(actor1, draft) \
        or _political_assailants(actor1, draft)
    crowd = ((actor1 is not None and actor1.inter in (5, 6)) or civilian_doer or (outside_lead and _crowd_acts(draft))
             or sized) and (sized or not _organised_doer(actor1, text)) and not _territory_taken(sub_type, draft) \
        and not armed_faceless
    brawl = sub_type == "Armed clash" and mutual and unarmed and not ARMED_CIVILIANS.search(text) and (
        crowd or any(m.inter in (5, 7) for s in draft.sentences for m in s.actors))
    if sub_type == "Looting/property destruction" and crowd and LIVELIHOOD.search(text) and not _hurt(draft) \
            and not demonstrations.DEMONSTRATION.search(text):
        militia = generic_actor(actor1 if civilian_doer else None, with_country("Unidentified Communal Militia", country), 4)
        victims = actor2 if actor2 is not None and actor2.inter == 7 else generic_actor(None, with_country("Civilians", country), 7)
        return sub_type, militia, victims
    demonstrating = ((violent and crowd) or sub_type == "Mob violence") \
        and sub_type not in {"Sexual violence", "Abduction/forced disappearance"}
    if demonstrating and (demonstrations.demonstrators_named(text) or demonstrations.street_protest_act(text)
                          or demonstrations.crowd_states_demand(text)):
        return _attacked_demonstration_roles(draft, country) \
            or ("Violent demonstration", *typed_defaults("Violent demonstration", actor1, actor2, draft, country))
    if demonstrating and demonstrations.demonstration_with_cause(text) \
            and (attacked := _attacked_demonstration_roles(draft, country)) is not None:
        # A crowd that attacked a demonstration held for a cause, named only as where its participants were assaulted
        # (ASSAULT_VENUE: "assaulted members of the union during their protest against fuel prices"): an intervention
        # in it, or mob violence when it kills. A campaign rally a crowd attacked is no demonstration.
        return attacked
    if brawl or (violent and crowd and sub_type not in {"Sexual violence", "Abduction/forced disappearance"}):
        sub_type = "Mob violence"
    if sub_type == "Mob violence" and (_militia_fought_armed_group(actor1, actor2, draft)
                                       or _armed_group_struck_militia(actor1, actor2)):
        return "Armed clash", actor1, actor2
    if sub_type == "Mob violence":
        if actor2 is not None and is_government(actor2) and classify.MUTUAL.search(text):
            actor2 = None
        if actor2 is not None and actor2.inter == 1 and _bystander(actor2, draft) and _policing(draft) is None:
            actor2 = None
        two_crowds = bool(classify.MUTUAL.search(text) or classify.EACH_OTHER.search(text)) \
            and (actor2 is None or actor2.inter in (4, 5, 7))
        crowds_set_on_each_other = bool(VIOLENCE_BETWEEN.search(text)) and (actor2 is None or actor2.inter in (4, 5, 7))
        party = None if two_crowds or crowds_set_on_each_other else _party_attacks_rival(draft, country)
        if party is not None:
            victims = actor2 if actor2 is not None and actor2.inter == 7 else None
            return "Attack", party, victims or generic_actor(None, with_country("Civilians", country), 7)
        deadly_feud = _deadly(draft) and not _hand_weapons_only(text) and _community_crowds(draft) \
            and not _quarrel_over_crops(text)
        if two_crowds and (FOUGHT_WITH_FIREARMS.search(text) or deadly_feud) \
                and not demonstrations.partisan_crowd(text):
            return "Armed clash", *(_militia(actor, country) for actor in (actor1, actor2))
        return sub_type, *_mob_roles(actor1, actor2, draft, country, two_crowds or crowds_set_on_each_other)
    if sub_type == "Remote explosive/landmine/IED" and actor1 is not None and actor1.inter in (1, 7) and actor2 is None \
            and not PLANTED_BY_STATE.search(text):
        planter = next((m for m in mentioned if m.inter in (2, 3) and m.organization), None)
        return sub_type, planter or generic_actor(None, with_country("Unidentified Armed Group", country), 3), actor1
    if sub_type == "Armed clash" and actor1 is not None and actor1.inter in actors.ARMED_INTERS and actor2 is not None \
            and (_people_harmed(actor2, draft) or _settled_people_hit(actor1, actor2, draft)) \
            and not classify.MUTUAL.search(text):
        actor2 = generic_actor(actor2, with_country("Civilians", country), 7)
    if sub_type == "Armed clash" and actor1 is not None and actor1.inter in actors.ARMED_INTERS \
            and actor2 is not None and actor2.inter == 7:
        other = _other_fighting_side(actor1, draft) or _armed_doer_besides(actor1, draft)
        if other is None and _fire_returned(actor1, draft):
            return "Armed clash", actor1, _other_side(actor1, draft, country)
        if other is None and _people_fought_back(actor2, draft):
            return "Armed clash", actor1, generic_actor(actor2, with_country(UNIDENTIFIED_COMMUNAL, country), 4)
        return ("Armed clash", *sorted((actor1, other), key=lambda m: m.start)) if other else ("Attack", actor1, actor2)
    if sub_type == "Attack" and actor1 is not None and actor1.inter in actors.ARMED_INTERS \
            and (actor2 is None or actor2.inter == 7):
        other = _other_fighting_side(actor1, draft)
        if other is not None:
            return "Armed clash", *sorted((actor1, other), key=lambda m: m.start)
        if _fire_returned(actor1, draft):
            return "Armed clash", actor1, _other_side(actor1, draft, country)
        if _people_fought_back(actor2, draft):
            return "Armed clash", actor1, generic_actor(actor2, with_country(UNIDENTIFIED_COMMUNAL, country), 4)
    if sub_type == "Armed clash" and actor1 is None and actor2 is None and not FOUGHT.search(text):
        return "Attack", None, generic_actor(None, with_country("Civilians", country), 7)
    one_sided = not FOUGHT.search(text) and not any(
        _armed_target(m) and m.name != actor1.name and not _doers_tied_to(m, actor1, draft)
        and not _doers_tied_to(actor1, m, draft)
        for s in draft.sentences for m in s.actors) if actor1 else False
    if sub_type == "Armed clash" and actor2 is None and one_sided and actor1.inter in actors.ARMED_INTERS \
            and not _harmed_side(actor1, draft):
        return "Attack", actor1, generic_actor(None, with_country("Civilians", country), 7)
    if sub_type == "Armed clash" and actor1 is not None and actor1.inter in (2, 3) and actor2 is None and EXCHANGE_OF_FIRE.search(text):
        actor2 = next((m for m in mentioned if m.inter == 1 and _armed_target(m)), None)
    return sub_type, actor1, actor2


HAND_WEAPONS = re.compile(
    r"\b(?:(?:bamboo\s+)?sticks|clubs|(?:iron\s+)?rods|lathis|bricks|brickbats|stones|rocks|sharp\s+weapons"
    r"|(?:local|crude|homemade|improvised)\s+weapons|fists)\b", re.IGNORECASE)


CROP_DAMAGE = re.compile(
    r"\b(?:animals|cattle|cows?|oxen|livestock|herds?|goats|sheep|camels)\b[^.;]{0,50}?\b(?:trampl\w*|destroy\w*"
    r"|damag\w*|ate|eaten|eating|graz\w*|stray\w*|invad\w*|ravag\w*)\b[^.;]{0,40}?\b(?:crops?|fields?|farms?"
    r"|farmland|plantations?|harvests?|gardens?|shambas?)\b"
    r"|\b(?:crops?|fields?|farms?|farmland|plantations?|harvests?|shambas?)\b[^.;]{0,50}?\b(?:trampl\w*|destroy\w*"
    r"|damag\w*|eaten|graz\w*|ravag\w*)\s+by\s+(?:the\s+|their\s+|his\s+)?(?:animals|cattle|cows|livestock|herds?"
    r"|goats|sheep|camels)\b"
    r"|\bcrop\s+damage\b|\bdamage\s+(?:done\s+)?to\s+(?:their\s+|his\s+|the\s+)?(?:crops|fields|farmland|farms?)\b",
    re.IGNORECASE)
"""Animals that trampled, ate or damaged a farmer's crops or fields ("after cattle destroyed crops", "farmland damaged
by the herd", "a dispute over crop damage"): the quarrel of the moment between a farmer and a herder."""


BRAWL_DEATHS = 3
"""The most deaths a fight of the moment over crops is told with (the codebook's 'a few'): one that leaves more dead
('clashes between herders and farmers left 11 people dead') was fought by armed groups of the two communities, communal
militias in an armed clash, whether or not the report names their arms."""


def _quarrel_over_crops(text: str) -> bool:
    """Whether a fight between farmers and herders broke out over crops the animals damaged, with no firearm told:
    the two sides who come to blows over a trampled field (the callers check that both fought) are not organised,
    armed groups but crowds acting on the spot, so ACLED's codebook makes their fight mob violence between rioters,
    also when it kills one or a few (`BRAWL_DEATHS`). One side that goes on to kill, abduct or raid the other in the feud acts as a group, a
    communal militia, and so does one told as armed or fighting with guns."""
    return bool(CROP_DAMAGE.search(text)) and not FOUGHT_WITH_FIREARMS.search(text) and not ARMED_CIVILIANS.search(text) \
        and max((m.low for m in casualties.find_casualties(text) if m.kind == "killed"), default=0) <= BRAWL_DEATHS


FOUGHT_WITH_FIREARMS = re.compile(
    r"\b(?:clash\w*|fought|fight\w*|battl\w*|confront\w*)\s+(?:each\s+other\s+|one\s+another\s+)?(?:with|using)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:guns?|firearms?|rifles?|shotguns?|pistols?)\b", re.IGNORECASE)
"""Two sides told as fighting with firearms ("the two camps clashed with locally made guns"): ACLED's codebook leaves
to rioters the fights of unorganised crowds with sticks, stones and blades; groups that fight each other with guns are
armed, so each is a militia (communal, unless named) and the fight a battle, whether or not anyone died. The
supporters of a party or a politician stay rioters (PARTISANS)."""


def _militia_fought_armed_group(actor1: ActorMention | None, actor2: ActorMention | None, draft: Draft) -> bool:
    """Whether the two sides of a fight the text tells (FOUGHT) are an organised armed group (bandits, raiders,
    militants: inter 2 or 3) and a communal militia or another such group ("vigilantes clashed with bandits", "a
    self-defence group fought off raiders"): ACLED's codebook counts vigilante and self-defence groups among the armed,
    organised communal militias, and mob violence needs rioters on a side, so their fight with armed men is a battle.
    People named only by their ethnicity are left to the communal rules (`_named_identity_fight`)."""
    if actor1 is None or actor2 is None or not FOUGHT.search(draft.text):
        return False
    sides = (actor1, actor2)
    if not all(m.organization and m.inter in (2, 3, 4) and ETHNIC_MILITIA not in m.name for m in sides):
        return False
    return any(m.inter in (2, 3) for m in sides) and actor1.name != actor2.name


def _armed_group_struck_militia(actor1: ActorMention | None, actor2: ActorMention | None) -> bool:
    """Whether an organised armed group (bandits, raiders, a people's armed militia: inter 2 to 4, organised) struck a
    communal militia ("bandits ambushed vigilantes", "Fulani militiamen ambushed a vigilante group"): ACLED's codebook
    counts vigilante and self-defence groups among the armed communal militias and keeps mob violence for unorganised
    crowds, so an organised group's attack on one is a battle between two armed sides, however one-sided."""
    if actor1 is None or actor2 is None or actor1.name == actor2.name:
        return False
    return actor1.organization and actor1.inter in (2, 3, 4) and actor2.organization \
        and actor2.name.startswith(UNIDENTIFIED_COMMUNAL)


def _community_crowds(draft: Draft) -> bool:
    """Whether the crowds of a deadly fight are told as a community's people (FIGHTING_PEOPLE in the lead sentence:
    villagers, residents, youths, farmers, herders, communities): ACLED's codebook counts such people who fight to kill
    among communal militias, while crowds of no community (a church's members, students, fans, "two groups at a
    funeral") who fight each other are rioters on both sides, deaths or not."""
    return bool(FIGHTING_PEOPLE.search(draft.anchor.text))


def _hand_weapons_only(text: str) -> bool:
    """Whether two crowds fought with sticks, rods, stones or blades the text calls sharp or crude weapons and no
    firearm (ARMED_CIVILIANS): ACLED's codebook counts physical fights and fights with such improvised weapons among
    the acts of rioters, so a deadly brawl between villagers so armed stays mob violence between rioters; guns, or a
    named militia, make the sides armed groups in a battle."""
    return bool(HAND_WEAPONS.search(text)) and not ARMED_CIVILIANS.search(text)


TERRITORY_CHANGES = frozenset({"Non-state actor overtakes territory", "Government regains territory"})
"""ACLED's codebook: territory is taken or regained by an organised armed group or the state's forces, never by a
crowd; residents named in the same sentence ("residents returned after rebels seized the town from the army") are
not its doers, so a territorial change with an armed side named is never re-typed as mob violence."""


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


COMMUNITY_CROWD = re.compile(
    r"\b(?:an?\s+(?:small\s+|large\s+)?group|groups|a\s+number|some|several|members)\s+(?:of\s+)?(?:the\s+)?"
    r"[\w'-]+(?:\s+(?:community|communities|people))?$", re.IGNORECASE)
"""People of a community named as a loose gathering ("a group of Fulani", "several Bariba", "members of the
Tiv community"), not as a militia."""
COMMUNITY_WEAPONS = re.compile(r"\b(?:armed|guns?|firearms?|rifles?|shot|shooting|machetes?|pangas?|knives|knife"
                               r"|blades?|bows?|arrows?|spears?|cutlass(?:es)?|weapons?)\b", re.IGNORECASE)
"""Arms of any kind, and the words of their use."""


def _community_crowd(actor1: ActorMention | None, draft: Draft) -> bool:
    """Whether actor 1 is people of an ethnic community named as a loose gathering (COMMUNITY_CROWD) who beat,
    wound or seize someone with no arms named (COMMUNITY_WEAPONS) and kill no one. ACLED's codebook keeps the ethnic
    militia for an armed, organised group acting for its community; a handful of a community's people who beat up a
    man, with no weapon and no death, are a crowd, rioters in mob violence ("a group of Hausa beat a trader")."""
    if actor1 is None or actor1.inter != 4 or ETHNIC_MILITIA not in actor1.name or _deadly(draft) \
            or COMMUNITY_WEAPONS.search(draft.text):
        return False
    sentence = _sentence_of(actor1, draft)
    return sentence is not None and bool(COMMUNITY_CROWD.search(_before(actor1, sentence)[-30:] + actor1.text))


FACELESS_ASSAILANTS = re.compile(r"^(?:(?:the|some|several|unidentified|unknown)\s+)*(?:assailants|attackers)$",
                                 re.IGNORECASE)
"""Doers named only by their deed ("assailants", "unknown attackers"): nouns that say nothing of arms or
organisation."""
ARMS_CAPTIVES_OR_DEATHS = re.compile(r"\b(?:stab\w*|hack\w*|slash\w*|machetes?|knives|knife|daggers?|swords?"
                                     r"|sharp|axes?|local\s+weapons|weapons?|armed|acid|abduct\w*|kidnap\w*"
                                     r"|kill\w*|murder\w*|dead|death)\b",
                                     re.IGNORECASE)
"""Arms of any kind and their use, the taking of people, which needs organisation, and any killing."""
BLOWS = re.compile(r"\b(?:assault(?:ed|s|ing)?|beat(?:en|ing|s)?|thrash\w*|roughed\s+up|manhandl\w*|slapp\w*"
                   r"|punch\w*|kick(?:ed|ing)?)\b", re.IGNORECASE)
"""Verbs of blows with bare hands or sticks: an assault, a beating."""


POLITICAL_OR_LOCAL_DISPUTE = re.compile(
    r"\b(?:(?:political|electoral|poll|election|local|land|family|village)\s+(?:dispute|feud|rivalry|violence)"
    r"|rival(?:ry|s)?|part(?:y|ies)|candidates?|aspirants?|campaign\w*|polling|polls?|ballots?|voters?|voting"
    r"|elections?|councillors?|union\s+parishad|chairman|MPs?|lawmakers?|activists?|agents?|presiding\s+officers?)\b",
    re.IGNORECASE)
"""Words of politics, elections and local disputes: the setting in which ACLED's codebook codes faceless
assailants, miscreants and thugs as rioters."""
FACELESS_POLITICAL_DOERS = re.compile(
    r"^(?:(?:the|some|several|a\s+group\s+of|groups\s+of|suspected|alleged|unidentified|unknown|political|hired)\s+)*"
    r"(?:assailants|attackers|miscreants|thugs|goons|hoodlums|men)$", re.IGNORECASE)
"""Doers named by their deed or as thugs or men, with no word of arms or organisation ("miscreants", "a group of
unidentified men", "political thugs")."""
GUNS = re.compile(r"\b(?:guns?|gunmen|gunfire|gunshots?|firearms?|rifles?|pistols?|shot|shooting|opened\s+fire"
                  r"|AK-?47s?)\b", re.IGNORECASE)
"""Firearms and the words of their use (crude bombs, sticks and blades are left out)."""
KILLING = re.compile(r"\b(?:kill\w*|murder\w*|dead|deaths?|slain|slay\w*)\b", re.IGNORECASE)
"""Words of a killing, told even where no death toll is read."""


def _political_assailants(actor1: ActorMention | None, draft: Draft) -> bool:
    """Whether actor 1 is faceless doers (FACELESS_POLITICAL_DOERS: assailants, miscreants, thugs, unknown men) told
    in a political, electoral or local dispute (POLITICAL_OR_LOCAL_DISPUTE in the lead sentence), with no firearm
    (GUNS) and no killing told (KILLING). ACLED's codebook codes violence by party supporters, locals or assailants
    in a political, electoral or local dispute as mob violence by rioters: an attack needs an organised armed group,
    such as gunmen; faceless doers who kill or come "armed" are left to it (the unidentified armed group), and so
    are doers named only as the agent of a passive ("injured by attackers"), whose deed the text does not tell."""
    if actor1 is None or not actor1.name.startswith("Unidentified Armed Group") or GUNS.search(draft.text) \
            or _deadly(draft) or KILLING.search(draft.text):
        return False
    sentence = _sentence_of(actor1, draft)
    if sentence is None:
        return False
    named = (_before(actor1, sentence)[-30:] + actor1.text).strip()
    doers = re.search(r"(?:(?:the|some|several|a\s+group\s+of|groups\s+of|suspected|alleged|unidentified|unknown"
                      r"|political|hired)\s+)*[\w-]+$", named, re.IGNORECASE)
    return doers is not None and bool(FACELESS_POLITICAL_DOERS.match(doers.group())) \
        and not re.search(r"\b(?:armed|by)\s+$", named[: doers.start()], re.IGNORECASE) \
        and bool(POLITICAL_OR_LOCAL_DISPUTE.search(sentence.text))


def _unarmed_assailants(actor1: ActorMention | None, draft: Draft) -> bool:
    """Whether actor 1 is faceless assailants (FACELESS_ASSAILANTS) who beat or assaulted people (BLOWS) with no arms
    of any kind told (FIREARMS, ARMS_CAPTIVES_OR_DEATHS) and killed no one. ACLED's codebook keeps the unidentified
    armed group for an armed, organised actor; people who only came to blows, told by nothing but their deed, are an
    unorganised crowd, rioters in mob violence, like the counted crowd of `_counted_crowd` ("assailants beat up a
    councillor")."""
    if actor1 is None or not actor1.name.startswith("Unidentified Armed Group") \
            or not FACELESS_ASSAILANTS.match(actor1.text.strip()) or _deadly(draft):
        return False
    text = draft.text
    return bool(BLOWS.search(text)) and not FIREARMS.search(text) and not ARMS_CAPTIVES_OR_DEATHS.search(text)


FACELESS_DOERS = re.compile(
    r"\b(?:(?:an?|two|three|four|five|six|seven|eight|nine|ten|several|some|\d+)\s+)?(?:groups?\s+of\s+)?"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|some|\d+)\s+)?(?:unknown\s+)?"
    r"(?:men|people|persons|individuals)\b|\b(?:an?|one)\s+(?:unknown\s+)?man\b", re.IGNORECASE)
"""Doers named only as people or as a man, counted or not ("a group of men", "four people", "a man"): a noun that by
itself says nothing of a crowd (mob, villagers, residents, youths) or of an armed group."""
ARMED_OR_SHOOTING_AFTER = re.compile(
    r"\s*,?\s+(?:(?:who\s+were\s+)?(?:armed|wielding|brandishing)\b"
    r"|(?:carrying|with)\s+(?:\w+\s+){0,2}?(?:guns?|firearms?|rifles?|pistols?|AK-?47s?)\b"
    r"|(?:(?!(?:was|were|been|being|had|have|has|is|are|got|get)\b)[\w-]+\s+){0,4}?"
    r"(?:shot|opened\s+fire|gunned\s+down|fired\s+(?:at|on|shots)"
    r"|(?:threw|hurled|tossed|lobbed|planted|detonated)\s+(?:(?:a|an|two|three|the)\s+)?(?:hand\s+)?"
    r"(?:grenades?|bombs?|explosives?|explosive\s+devices?|IEDs?)))\b", re.IGNORECASE)
"""What makes such doers armed: arms told right after them ("men armed with machetes", "people carrying rifles") or
their own shooting or bombing, a few words on and not in the passive ("a group of men shot dead a rider", "two men on a
motorcycle opened fire on a bus", "a man threw a grenade at a police post", "men planted a bomb"; not "two men were
shot"). ACLED's codebook counts explosives with firearms: whoever throws or plants them is armed. A petrol bomb is no
such arm (rioters throw it), so "bomb" must follow the verb or its article directly."""


def _armed_faceless_doers(draft: Draft) -> bool:
    """Whether the lead sentence's doers are people named by no crowd or community noun (FACELESS_DOERS) who carried
    arms, shot or threw a bomb (ARMED_OR_SHOOTING_AFTER), before its first event word, or who shot in a clause after it
    (SHOT_BY, SHOT_WHEN). ACLED's codebook codes unknown people who shoot
    or who come armed as an unidentified armed group, whatever their number ("armed men" and "men armed with
    machetes" are the same doers), and keeps mob violence for disorganised crowds; party supporters stay rioters
    (see PARTISANS)."""
    sentence = draft.anchor
    triggers = classify.event_triggers(sentence.text)
    if not triggers or demonstrations.partisan_crowd(sentence.text) is not None:
        return False
    for match in FACELESS_DOERS.finditer(sentence.text, 0, triggers[0][1]):
        if ARMED_OR_SHOOTING_AFTER.match(sentence.text, match.end()) \
                and not _armed_with_hand_weapons_only(sentence.text, match.end()):
            return True
    return any(FACELESS_DOERS.match(sentence.text, m.end()) for m in SHOT_BY.finditer(sentence.text)) \
        or any(FACELESS_DOERS.fullmatch(m.group("doers")) for m in SHOT_WHEN.finditer(sentence.text))


SHOT_WHEN = re.compile(
    r"\b(?:when|after|as)\s+(?P<doers>[\w\s]+?)\s+(?:opened\s+fire|shot\s+(?:at|him|her|them)|fired\s+(?:at|on|shots)"
    r"|(?:threw|hurled|tossed|lobbed)\s+(?:a\s+|an\s+)?(?:hand\s+)?grenades?)\b", re.IGNORECASE)
"""The shooting told after its harm, in a clause of its own ("a fisherman was killed when two men opened fire on him",
"two officers were wounded when a man opened fire on them"): its subject, people or a man, shot, so is armed as much as
doers told before the deed (ARMED_OR_SHOOTING_AFTER)."""


SHOT_BY = re.compile(
    r"\b(?:shot(?:\s+dead|\s+and\s+(?:killed|wounded|injured))?|gunned\s+down)\s+(?:[\w-]+\s+){0,2}?by\s+",
    re.IGNORECASE)
"""The passive of shooting with its agent after it ("a village chief was shot dead by two men on a motorcycle"): the
people who shot are armed, told after the deed as much as before it (ARMED_OR_SHOOTING_AFTER)."""


ARMS_NAMED_AFTER = re.compile(
    r"\s*,?\s+(?:who\s+were\s+)?(?:armed|wielding|brandishing)\s+(?:with\s+)?(?P<arms>[^,;.]+)", re.IGNORECASE)
"""The arms told right after the doers ("men armed with sticks and iron rods", "youths wielding clubs"), up to the
next comma or full stop."""
LETHAL_ARMS = re.compile(r"\b(?:guns?|firearms?|rifles?|pistols?|AK-?47s?|machetes?|pangas?|knives|knife|axes?|spears?"
                         r"|bows?|arrows?|swords?|daggers?|cutlass(?:es)?|grenades?|explosives?)\b", re.IGNORECASE)
"""Arms that make their bearers an armed group when no crowd noun names them: firearms, blades and bows."""


def _armed_with_hand_weapons_only(text: str, end: int) -> bool:
    """Whether the doers' arms, told right after them (ARMS_NAMED_AFTER), are only sticks, clubs, rods or stones
    (HAND_WEAPONS) and no firearm or blade (LETHAL_ARMS): ACLED's codebook leaves to rioters the violence of crowds
    armed with such improvised weapons ("groups of men armed with sticks and iron rods beat passers-by"), while men who
    carry guns or machetes are an unidentified armed group."""
    arms = ARMS_NAMED_AFTER.match(text, end)
    return arms is not None and bool(HAND_WEAPONS.search(arms["arms"])) and not LETHAL_ARMS.search(arms["arms"])


def _organised_doer(actor1: ActorMention | None, text: str) -> bool:
    """Whether actor 1 is an organised non-state armed group (rebels, militias, foreign forces; not a party
    whose supporters the text names, see PARTISANS): ACLED's codebook codes mob violence only for unorganised crowds
    (rioters), so an organised armed group that kills, attacks or burns is never a mob, whoever else the text names
    ("militants raided a village and residents fled"). State forces are left out: in reports of crowds they are
    more often the crowd's target or the force that came after, misread as its doer."""
    return actor1 is not None and actor1.inter in (2, 3, 8) and actor1.organization \
        and demonstrations.partisan_crowd(text) is None


def _territory_taken(sub_type: str, draft: Draft) -> bool:
    """Whether the event is a territorial change (TERRITORY_CHANGES) and its sentences name an organised armed side
    or state force that could have made it; without one, the classifier's territorial reading has no taker."""
    return sub_type in TERRITORY_CHANGES and any(m.inter in (1, 2, 3, 8) and m.organization and not is_government(m)
                                                for m in _acting(draft))


HARMED_AFTER = re.compile(
    r"\s+(?:were|was|have\s+been|had\s+been|are|is)\s+(?:\w+\s+)?(?:killed|shot\s+dead|slain|neutrali[sz]ed"
    r"|wounded|injured|gunned\s+down|eliminated)\b", re.IGNORECASE)
"""A side told as harmed in the passive right after its name ("militants were killed"): it was acted on (headlines
without the auxiliary, "fighters killed in ...", are REDUCED_PASSIVE)."""


HARMED_BEFORE = re.compile(
    r"\b(?:killed|killing|kills|shot\s+dead|shooting\s+dead|gunned\s+down|wounded|wounding|injured|injuring"
    r"|ambushed|ambushing)\s+(?:(?:at\s+least|about|some|up\s+to)\s+)?"
    r"(?:(?!(?:by|with|in|at|on|near|from|for|to|during|after)\b)\w+\s+)?(?:of\s+the\s+|the\s+)?$",
    re.IGNORECASE)
"""A side told as harmed in the active voice right before its name, the object of the deed ("killed two soldiers",
"ambushed a police patrol", "wounding at least three officers"; not the agent of a passive, "killed by bandits")."""


def _harmed_side(actor1: ActorMention, draft: Draft) -> bool:
    """Whether an armed actor 1 is itself said to have been killed or hurt (HARMED_AFTER, or HARMED_BEFORE: the
    object of the deed, "dissidents killed two soldiers"), where the event's sentences name it, by the same words
    ("an operation against bandits; ten bandits killed"): someone fought it, so the fight is a battle with a side
    the text leaves unnamed, not an attack by it on civilians (codebook: members of an organised armed group killed
    are battle fatalities; violence against civilians needs unarmed victims)."""
    def head(mention: ActorMention) -> str:
        return mention.text.split()[-1].lower() if mention.text.split() else ""

    for sentence in draft.sentences:
        for mention in sentence.actors:
            if mention is not actor1 and (mention.name != actor1.name or head(mention) != head(actor1)):
                continue
            after, before = mention.end - sentence.start, mention.start - sentence.start
            if HARMED_AFTER.match(sentence.text, after) or REDUCED_PASSIVE.match(sentence.text, after + 1) \
                    and sentence.text[after:after + 1] == " " \
                    or HARMED_BEFORE.search(sentence.text, max(0, before - 40), before):
                return True
    return False


def _people_harmed(mention: ActorMention, draft: Draft) -> bool:
    """Whether a people named with no fighting role ("Fulani herders", "three Tuareg men") is told as killed or hurt in
    the passive (`_harmed_side`): in a raid or sweep told with no fight, ACLED's codebook makes them the unarmed
    victims, civilians of their country, not an identity militia on the other side of a battle (their people is
    only their identity; an identity militia is an armed, organised group)."""
    return mention.inter == 4 and ETHNIC_MILITIA in mention.name and not actors.FIGHTING_ROLE.search(mention.text) \
        and _harmed_side(mention, draft)


def _fire_returned(actor1: ActorMention, draft: Draft) -> bool:
    """Whether the event's sentences tell of fire exchanged (EXCHANGE_OF_FIRE: a shootout, a gunfight, an exchange of
    fire, fire returned, an attack repelled): ACLED's codebook codes violence against civilians only where the victims
    are unarmed, and people who shoot back are an armed side, so the event is a battle with that side, named or not
    ("police shot dead a man who attacked them; two more died in the shootout"). A government's offices fight no one."""
    return not is_government(actor1) and any(EXCHANGE_OF_FIRE.search(s.text) for s in draft.sentences)


FOUGHT_OFF = re.compile(r"\bf(?:ought|ights?|ighting) (?:back|(?:[\w'-]+ ){0,2}?off)\b", re.IGNORECASE)
"""People who 'fought back' or 'fought (the raiders) off': they answered the attack with force (not
`classify.FOUGHT_BACK`, which is fire returned)."""


def _people_fought_back(actor2: ActorMention | None, draft: Draft) -> bool:
    """Whether the people an armed group attacked, named as a group of a community (FIGHTING_PEOPLE: villagers,
    herders, youths), are told to have fought back or fought the attackers off (FOUGHT_OFF): ACLED's codebook counts
    people who take up arms to defend their community as a communal militia, and one confrontation between two armed
    sides, told as 'X attacked Y, who fought back', as one battle, not an attack on civilians."""
    if actor2 is None or actor2.inter != 7 or not FIGHTING_PEOPLE.search(actor2.text):
        return False
    return any(FOUGHT_OFF.search(s.text) for s in draft.sentences)


SAME_SUBJECT = re.compile(r"\s*(?:They|The\s+(?:attackers|assailants|raiders|gunmen|group|gang|militia|militiamen))\b")
"""A sentence whose subject is 'they' or a role noun for the doers goes on telling of the previous sentence's doers
("Herders raided a farm. They exchanged fire with police.")."""


def _other_fighting_side(actor1: ActorMention, draft: Draft) -> ActorMention | None:
    """ACLED's codebook: a battle is a clash between two armed, organised sides, identity militias included, however
    its dead are counted ("two men died as Pokot and Turkana fighters fought over a well"): when the text tells of a
    fight (FOUGHT) in the sentence that names actor 1 and names there a second armed side, that side, not the counted
    dead, is actor 2 (a government's offices are no fighting side; when actor 1 acts in another sentence than the
    fight, on people, its deed is violence against civilians). A side named only in a reduced clause on another side
    ("troops deployed to fight Boko Haram shot dead two traders", `_aim_of_other_side`) is what that side was sent
    against, no side of the fight."""
    if is_government(actor1):
        return None
    fights = [s for index, s in enumerate(draft.sentences) if FOUGHT.search(s.text)
              and (s.start <= actor1.start < s.end or (index and SAME_SUBJECT.match(s.text)
                                                       and draft.sentences[index - 1].start <= actor1.start < s.start))]
    return next((m for s in fights for m in s.actors if m.inter in actors.ARMED_INTERS and not is_government(m)
                 and m.name != actor1.name and not in_claimant(m, s) and not _aim_of_other_side(m, s)), None)


def _armed_doer_besides(actor1: ActorMention, draft: Draft) -> ActorMention | None:
    """A second armed, organised side the event's sentences tell as acting (a doer of its sentence's deed, not a
    government's offices, not the same group) when a state force is actor 1 of a clash ("two officers were hurt in an
    attack by a gang of armed men"): ACLED's codebook codes a battle between the two armed sides, not an attack by the
    force on the people the text also names."""
    if actor1.inter != 1:
        return None
    for sentence in draft.sentences:
        doers, _ = roles_in_sentence(sentence)
        other = next((m for m in doers if m.inter in (2, 3) and m.organization and m.name != actor1.name), None)
        if other is not None:
            return other
    return None


IDENTITY_FIGHT = re.compile(
    r"\b(?:(?:inter-?)?(?:ethnic|tribal|clan|communal)\s+(?:clash\w*|fight\w*|battles?|skirmish\w*)"
    r"|(?:clash\w*|fight\w*|fought|battles?|skirmish\w*)\s+between\s+(?:the\s+)?(?:two\s+)?(?:rival\s+)?"
    r"(?:ethnic\s+groups|tribes|clans|clan\s+militias|ethnic\s+militias|communities)"
    r"|(?:two|rival|warring|neighbou?ring)\s+(?:(?!political\b|party\b)[\w-]+\s+)?"
    r"(?:ethnic\s+groups|tribes|clans|clan\s+militias|communities|villages|sections|sub-?clans)"
    r"(?:\s+of\s+(?:the|a|one)\s+(?:\w+\s+)?(?:community|clan|tribe))?"
    r"\s+(?:\w+\s+){0,3}?(?:clash\w*|fought|fight\w*|battled)"
    r"|(?<![\w-]\s)(?:clan|ethnic|tribal)\s+militias\s+(?:\w+\s+)?(?:clash\w*|fought|battled))\b", re.IGNORECASE)
"""A fight told as one between ethnic groups, clans or communities that the text does not name ("ethnic clashes",
"clashes between rival clans", "two communities clashed", "two Moro clans clashed", "warriors from two clans in the
province fought", "clan militias clashed" with no clan named before them): ACLED codes an identity militia on each
side. Two villages, or two sections of one community, that fight each other ("two villages fought over a chieftaincy
boundary", "two sections of the community fought over a cattle camp") are communities too: a communal militia on each
side, when the fight reads as a battle and kills (a brawl of two villages' youths with sticks, or one that only
injures, stays mob violence: `_identity_sides`). "Rival political clans" are a party's factions, not an identity
group."""


def _identity_sides(
    sub_type: str, actor1: ActorMention | None, actor2: ActorMention | None, draft: Draft, country: str | None
) -> tuple[ActorMention, ActorMention] | None:
    """Both sides of a fight between unnamed communities (IDENTITY_FIGHT): "Unidentified Ethnic Militia" for
    ethnic groups, tribes and clans ("Unidentified Clan Militia" for clans in Somalia, `actors.CLAN_COUNTRIES`),
    "Unidentified Communal Militia" for communities (ACLED's names for identity militias whose group the text leaves
    unsaid); a side the text names by its community keeps its name, and so do peoples the event's sentences name
    anywhere, even as the dead ("three Tiv and four Jukun died in intercommunal clashes": the two peoples
    were the sides). None when the fight is not one, or an organised armed side or state force takes part."""
    match = IDENTITY_FIGHT.search(draft.text)
    if match is None or sub_type not in {"Armed clash", "Mob violence"}:
        return None
    villages = re.search(r"villages|sections", match.group(), re.IGNORECASE)
    if villages and (sub_type != "Armed clash" or not _deadly(draft)):
        return None
    if any(m.inter in (1, 2, 3, 8) and m.organization for m in _acting(draft)):
        return None
    kind = "Communal" if re.search(r"communit|communal|villages|sections", match.group(), re.IGNORECASE) else \
        "Clan" if country in actors.CLAN_COUNTRIES and re.search(r"\bclan", match.group(), re.IGNORECASE) else "Ethnic"
    unnamed = generic_actor(None, with_country(f"Unidentified {kind} Militia", country), 4)
    named = [m for m in (actor1, actor2) if m is not None and m.inter == 4]
    for mention in _acting(draft):
        if mention.inter == 4 and not mention.name.startswith("Unidentified") and all(m.name != mention.name for m in named):
            named.append(mention)
    first = named[0] if named else generic_actor(actor1, unnamed.name, 4)
    second = named[1] if len(named) > 1 else generic_actor(actor2, unnamed.name, 4)
    return first, second


FIGHTING_PEOPLE = re.compile(
    r"\b(?:farmers?|herders?|herdsm[ae]n|pastoralists?|residents|villagers|youths?|locals|inhabitants|hunters|fishermen"
    r"|agriculturalists|cultivators|communit(?:y|ies))\b", re.IGNORECASE)
"""People who may take up arms for their community in a feud: farmers, herders, villagers, youths, residents."""

FIGHT_TYPES = frozenset({"Armed clash", "Attack", "Mob violence", "Looting/property destruction"})


def _named_identity_fight(sub_type: str, draft: Draft, country: str | None) -> tuple[ActorMention, ActorMention] | None:
    """ACLED's codebook: identity militias are armed, organised sides, so a fight between a people or clan the text
    names and another community is a battle ("Fulani herders and farmers clashed", "the Kaptalam clan fought villagers of
    Sirikwa"): the named people's militia against the other people's (another named militia, else the farmers,
    villagers or youths who fought, a communal militia: "Unidentified Communal Militia", named after their village
    by `_named_community`). Only when the lead sentence tells the two sides fought each other (`_fought_each_other`)
    and no state force or other organised armed group takes part, and not when the fight reads as a brawl of crowds
    (mob violence) with neither side told as armed (no fighting role, no firearm): ACLED's codebook leaves unarmed
    crowds' fights to rioters. The sides keep the text's order."""
    if sub_type not in FIGHT_TYPES or not classify.MUTUAL.search(draft.anchor.text):
        return None
    acting = [m for m in draft.anchor.actors if not in_claimant(m, draft.anchor)]
    if any(m.inter in (1, 2, 3, 8) and m.organization for m in _acting(draft)):
        return None
    named = [m for m in acting if m.inter == 4 and not m.name.startswith("Unidentified")
             and ("Ethnic Militia" in m.name or "Clan Militia" in m.name)]
    if not named:
        return None
    first = named[0]
    other = next((m for m in named if m.name != first.name), None)
    if other is None:
        people = next((m for m in acting if m.inter in (5, 7) and FIGHTING_PEOPLE.search(m.text)), None)
        if people is None:
            return None
        other = generic_actor(people, with_country(UNIDENTIFIED_COMMUNAL, country), 4)
    sides = tuple(sorted((first, other), key=lambda m: m.start))
    crowd_fight = sub_type == "Mob violence" and not any(m.organization for m in sides) \
        and not ARMED_CIVILIANS.search(draft.text)
    return sides if _fought_each_other(draft.anchor, *sides) and not crowd_fight else None


def _fought_each_other(sentence: Sentence, first: ActorMention, second: ActorMention) -> bool:
    """Whether the sentence tells the two sides fought each other: a word of a fight (MUTUAL) between them ("farmers
    clashed with Fulani"), right after both ("Fulani herders and farmers clashed", "the Kaptalam clan and villagers of
    Sirikwa fought"), or before both with "between" ("clashes between the farmers and Fulani"), not a fight told
    elsewhere in the sentence ("the fight against crime")."""
    text, base = sentence.text, sentence.start
    for match in classify.MUTUAL.finditer(text):
        if first.end - base <= match.start() < second.start - base:
            return True
        gap = text[second.end - base: match.start()]
        if 0 <= len(gap) <= 40 and match.start() >= second.end - base and not re.search(r"[.;:,]", gap):
            return True
        if match.end() <= first.start - base and FIGHT_BETWEEN.search(text[max(0, match.start()): first.start - base]):
            return True
    return False


def is_government(mention: ActorMention) -> bool:
    """A government or its offices ("the government", "authorities" stay state forces): what a crowd
    protests against, not a side that fights or intervenes (ACLED's actor 2 of a protest or riot is
    the force that intervened)."""
    named_so = mention.name.startswith("Government of") or mention.name == "Government"
    return named_so and not SECURITY_FORCES.search(mention.text)


def _armed_target(mention: ActorMention | None) -> bool:
    """Fighters on the receiving end (soldiers, police, an armed group): a fight, not violence against
    civilians. People named by their ethnicity and a government's offices are not."""
    if mention is None or mention.inter not in actors.ARMED_INTERS:
        return False
    return mention.organization and not is_government(mention)


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
    "police lobbed tear gas at the crowd"), confronted it or was hurt by it (FORCE_FACED), or whose post the mob
    stormed, burnt or stoned (`_post_attacked`)."""
    for sentence in draft.sentences:
        for mention in sentence.actors:
            if mention.inter not in (1, GUARDS_INTER) or is_government(mention):
                continue
            if RIOT_CONTROL.match(sentence.text, mention.end - sentence.start) \
                    or FORCE_FACED.search(_before(mention, sentence)[-40:]) or _post_attacked(mention, sentence):
                return mention
    return None


LOOSE_CROWD = re.compile(r"\b(?:a number of|a crowd of|a mob of|scores of)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
"""'a number of farmers': a loose crowd, a mob, not an organised communal militia."""


def _loose_crowd(mention: ActorMention, draft: Draft) -> bool:
    """Whether the actor is named as a loose crowd ("a number of farmers")."""
    sentence = _sentence_of(mention, draft)
    return sentence is not None and bool(LOOSE_CROWD.search(_before(mention, sentence)[-30:]))


def _doers_tied_to(mention: ActorMention, group: ActorMention, draft: Draft) -> bool:
    """Whether a mention is the doers the text ties to `group` right after it ("unknown assailants believed to be linked
    to X", "gunmen suspected to be X fighters": `responsibility.SUSPECT_BEFORE` on the words between): the group's own
    men, one side with it (the suspicion names them), never a second armed side of a fight."""
    sentence = _sentence_of(mention, draft)
    if sentence is None or not mention.end <= group.start <= sentence.end:
        return False
    between = sentence.text[mention.start - sentence.start : group.start - sentence.start]
    return len(between) <= 80 and bool(responsibility.SUSPECT_BEFORE.search(between))


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


def _only_the_source(mention: ActorMention, draft: Draft) -> bool:
    """"Students blocked the road and smashed vehicles, police said": forces named only as the speaker of the report
    (the sentence's claimant, not telling of their own deed, `_speaker_did_it`), where the text tells no intervention
    (`classify.intervention_told`: no arrest, dispersal or tear gas someone must have done), did not face the crowd;
    ACLED makes forces a crowd's actor 2 only when they intervene."""
    sentence = _sentence_of(mention, draft)
    return sentence is not None and bool(sentence.claimant) and sentence.claimant[1].start == mention.start \
        and not _speaker_did_it(sentence) and not classify.intervention_told(draft.text)


def _sentence_of(mention: ActorMention, draft: Draft) -> Sentence | None:
    """The event sentence a mention stands in."""
    return next((s for s in draft.sentences if s.start <= mention.start and mention.end <= s.end), None)


def _before(mention: ActorMention, sentence: Sentence) -> str:
    """The sentence's text before a mention in it."""
    return sentence.text[: mention.start - sentence.start]


def _deadly_raid_on_settlement(sub_type: str, actor1: ActorMention | None, draft: Draft) -> bool:
    """Whether a community's people (villagers, youths, residents: a civilian doer, or no actor but the lead sentence's
    crowd) attacked a village, camp or settlement (ORGANISED_ATTACK in the lead sentence) and killed people there:
    ACLED's codebook counts a community's people who raid another community's home to kill among communal militias,
    an armed and organised side, not rioters; a crowd's lynching or a brawl is told with no raid on a settlement."""
    if sub_type not in ("Mob violence", "Armed clash", "Attack") or not _deadly(draft) \
            or demonstrations.partisan_crowd(draft.text):
        return False
    sentence = draft.anchor
    raid = ORGANISED_ATTACK.search(sentence.text)
    if raid is None:
        return False
    if actor1 is not None:
        return actor1.inter == 7 and actor1.start - sentence.start < raid.start()
    return bool(FIGHTING_PEOPLE.search(sentence.text, 0, raid.start()))


def _deadly(draft: Draft) -> bool:
    """Whether the event's sentences tell of people killed."""
    return any(m.kind == "killed" and m.high > 0 for s in draft.sentences for m in s.casualties)


CIVILIAN_PLACE_HIT = re.compile(
    r"\b(?:at|on|into|in|inside|near|targeting|targeted|outside)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:church(?:es)?|mosques?|markets?|bars?|restaurants?|hotels?|night\s?clubs?|clubs?|buse?s|matatus?|schools?|shops?"
    r"|guest\s?houses?|cafes?|stadiums?|rall(?:y|ies)|crowds?|bus\s+(?:stop|station|terminus))\b", re.IGNORECASE)
"""A blast aimed at a place where civilians gather ("a grenade attack on a church", "a bomb in a crowded market")."""


UNEXPLODED = re.compile(r"\b(?:failed\s+to\s+(?:explode|detonate|go\s+off)|did\s+not\s+(?:explode|detonate|go\s+off)"
                        r"|(?:was|were)\s+(?:defused|disarmed|found|discovered|recovered)|unexploded)\b", re.IGNORECASE)
"""A device that never went off: it hit no one."""


def _civilian_place_hit(draft: Draft) -> bool:
    """Whether a bomb or grenade went off at a place where civilians gather (CIVILIAN_PLACE_HIT): ACLED's codebook
    codes the civilians there as the target of the remote violence even when none is reported hurt; a device that
    never went off (UNEXPLODED) hit no one, and no victims are invented for it."""
    text = draft.text
    return bool(CIVILIAN_PLACE_HIT.search(text)) and not UNEXPLODED.search(text)


def _hurt(draft: Draft) -> bool:
    """Whether the event's sentences tell of people killed or injured."""
    return any(m.high > 0 for s in draft.sentences for m in s.casualties)


def _militia(mention: ActorMention | None, country: str | None) -> ActorMention:
    """A side of a deadly fight between communities: its ethnic militia when named so, else a communal militia."""
    if mention is not None and mention.inter == 4:
        return mention
    return generic_actor(mention, with_country("Unidentified Communal Militia", country), 4)


def _bystander(mention: ActorMention, draft: Draft) -> bool:
    """State forces that arrived after the violence: handed a suspect, intervened, arrested."""
    sentence = _sentence_of(mention, draft)
    if sentence is None:
        return False
    after = sentence.text[mention.end - sentence.start :]
    return bool(BYSTANDER_BEFORE.search(_before(mention, sentence)[-16:]) or BYSTANDER_AFTER.match(after))


def _own_country(mention: ActorMention | None, country: str | None) -> str | None:
    """A crowd's own country when the text gives it ("Malian refugees"), else the event's."""
    return mention.country if mention is not None and mention.country else country


def with_country(name: str, country: str | None) -> str:
    return f"{name} ({country})" if country else name


def generic_actor(model: ActorMention | None, name: str, inter: int) -> ActorMention:
    """An actor ACLED's rules imply, anchored on the mention it was derived from."""
    if model is None:
        return ActorMention(0, 0, "", name, inter, organization=False)
    return ActorMention(model.start, model.end, model.text, name, inter, organization=False, country=model.country)
