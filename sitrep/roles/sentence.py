"""Sentence-level role finding: who the text says did the deed and to whom, and the tests of a mention every rule reads.

A sentence's actor mentions are split into doers and those acted on around its event trigger: the passive voice and
its agent, a speaker who claims or denies the deed, the sides of a fight 'between' two groups, a clause that tells an
earlier act. The small tests the rules of crowds, communities, captors and sub-types all read (whether a mention is a
state force, acts in the event, is named in the sentence before a point) live here too, below those rules.
"""

from __future__ import annotations

import re

from sitrep import actors, casualties, classify, responsibility, taxonomy
from sitrep.schema import ActorMention, Draft, Sentence, Toponym

PASSIVE_VOICE = re.compile(
    r"\b(?:came under|were|was|been|are|is)\s+(?:\w+\s+)?(?:attack|attacked|targeted|killed|ambushed|shelled|bombed|struck|hit"
    r"|shot|wounded|injured|kidnapped|abducted|beaten|stabbed|seized|hijacked|boarded|robbed|taken hostage|held hostage"
    r"|hacked|stoned|lynched|murdered|slain|raped|assaulted|clubbed|butchered|beheaded|slaughtered|massacred|executed"
    r"|tortured|whipped|flogged|maimed|hurt|burn(?:ed|t)|gunned down|set ablaze|set on fire|raided|looted|torched"
    r"|fired\s+(?:up)?on|fired\s+at|sprayed\s+with\s+(?:bullets|gunfire)"
    r"|arrested|detained|apprehended|nabbed|rounded up|picked up|taken into custody|remanded)\b"
    r"|\b(?:died|perished|lost (?:their|his|her) lives) (?:in|during)\b",
    re.IGNORECASE)
"""A clause told in the passive, past or present ("were killed", headline style "are killed"): the names
before its trigger were acted on, not acting. English forms the passive with 'be' and the past participle, so every
participle of a harm done to people or their homes counts ("a woman was hacked to death", "a suspect was stoned"),
and so does every participle of an arrest ("three men were taken into custody": the men are the arrested, not the
arresters). People who 'died in' or 'lost their lives in' the deed ("worshippers died in a suicide attack") are told
from the same end: the intransitive verb's subject underwent the deed its noun names."""

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


INSTRUMENT_BEFORE = re.compile(r"\bwith\s+(?:(?:a|an|the|two|three|several|dozens\s+of|[\w'-]+-laden)\s+)?"
                               r"(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)
"""The preposition of an instrument just before a weapon ("struck a base with armed drones")."""

STRIKE_VERB = re.compile(r"\b(?:struck|hit|pounded|targeted|attacked|shelled|bombed|bombarded|raided)\b",
                         re.IGNORECASE)
"""A verb of striking a place or a side, whose instrument a "with" phrase names after its object."""


def _verb_of_instrument(text: str, start: int) -> tuple[int, int] | None:
    """The verb a weapon told as an instrument belongs to: in "rebels struck navy positions near X with drones" the
    weapon trigger comes after the verb's object, so the deed's pivot is "struck", as English grammar has it (subject,
    verb, object, then the instrument): the object is acted on, not a doer. None when the weapon is no instrument
    (INSTRUMENT_BEFORE) or the clause holds no verb of striking before it (STRIKE_VERB)."""
    if not INSTRUMENT_BEFORE.search(text, 0, start):
        return None
    clause_start = max(text.rfind(mark, 0, start) for mark in (".", ";", ",")) + 1
    verb = STRIKE_VERB.search(text, clause_start, start)
    return verb.span() if verb else None


def find_trigger(sentence: Sentence) -> tuple[int, int] | None:
    """Document span of the sentence's trigger for its main event type: the first such cue that is
    not an actor's own name ("gunmen"), or else the weapon by which the sentence's first actor, a state's force,
    is named ("a US air strike targeted ...": the strike, not a later "were killed", is the deed). Of a sentence that
    opens with the deed it reacts to (CAUSE_OPENING), the deed is the main clause's, after that opening's comma: the
    opening tells why, the main clause what was done.
    A noun that names the doer (AGENT_NOUN) is never the deed, also where no actor mention covers it because the
    group it names is told right after ("Attackers thought to be Pokot raiders killed two herders": the subject is
    described, English grammar, so the deed is the verb "killed" and the described group before it is its doer).
    Nor is a word in the name of who tells of the deed ("Ukraine's air force said Russian drones had struck ...").
    A weapon of remote violence (`classify.EXPLOSION_TYPES`: drones, shells, bombs) told as the instrument of a verb
    of striking gives way to that verb (`_verb_of_instrument`); a weapon of a ground attack (machetes, clubs) is
    left as it was: it is wielded by hand, in the deed it names."""
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
    if not main:
        return None
    instrument = _verb_of_instrument(text, main[0][0]) if main[0][2] in classify.EXPLOSION_TYPES else None
    start, end = instrument or main[0][:2]
    return sentence.start + start, sentence.start + end


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
                                        or _headline_passive_after(mention, sentence) or _died(mention, sentence)):
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


DIED_AFTER = re.compile(
    rf"\s+(?:(?:had|have|has|also|all|reportedly|later|subsequently)\s+){{0,2}}(?:{casualties.DIED})\b", re.IGNORECASE)
"""An intransitive verb or idiom of dying right after a side's name (`casualties.DIED`: "two soldiers died",
"three policemen were martyred", "fourteen soldiers lost their lives", "two guards fell in combat")."""


def _died(mention: ActorMention, sentence: Sentence) -> bool:
    """Whether a side is the subject of a verb of dying (DIED_AFTER): English makes the dead the subject of "died",
    "perished" or "lost their lives", so the side named so suffered the deed told in the sentence and is acted on
    (ACLED's actor 2), as the subject of a passive "were killed" is; the doer, where named, is told elsewhere ("in an
    ambush by jihadists", "when militants stormed the post")."""
    return bool(DIED_AFTER.match(sentence.text, mention.end - sentence.start))


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


SECURITY_FORCES = re.compile(r"\b(?:security forces|security personnel|security agents|security officers?|authorities)\b", re.IGNORECASE)
"""Words for the state's forces that name no branch."""


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


def _deadly(draft: Draft) -> bool:
    """Whether the event's sentences tell of people killed."""
    return any(m.kind == "killed" and m.high > 0 for s in draft.sentences for m in s.casualties)


def _hurt(draft: Draft) -> bool:
    """Whether the event's sentences tell of people killed or injured."""
    return any(m.high > 0 for s in draft.sentences for m in s.casualties)


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
