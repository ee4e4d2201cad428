"""Whether a sentence reports political violence, a demonstration or a strategic development at all.

ACLED codes deliberate acts of conflict actors. Deaths and destruction from disease, natural hazards
and accidents are not political violence, however the story words them ("the virus killed two
women", "a blast at the gas depot", "floods destroyed 300 homes"), and a trade deal or a team of
health workers sent to a province is no strategic development. The classifier's cues read words of
harm and movement; this stage reads what caused them: a sentence whose harm has a non-violent cause
(in it or in the sentence before it, in the same paragraph) and no sign of a hostile act or a
demonstration keeps no event type, and the strategic types that read bare words of agreement,
deployment or movement need a party to a conflict in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from sitrep import classify, taxonomy
from sitrep.relevance.acts import (ARMED_SOURCE, ARMED_WORD, BODILY_HARM, CHEMICAL_USE, DAY_OF_AN_ACT, DEMONSTRATION,
                                   DONE_NOW, HARM_DONE, HOSTILE_ACT, NON_STATE_ATTACKER, PROTEST_TYPES, _no_act_left,
                                   armed_only_as_source)
from sitrep.relevance.causes import (BLAST_OR_FIRE, NON_HUMAN_HARM, RELIEF_WORK, SELF_HARM, STATE_FORCES_AT_HOME,
                                     accident_told_next, animal_doer_only, blast_among_people, blast_then_hazard,
                                     cause_explained, crowd_act_before_cause, non_violent_cause)
from sitrep.relevance.crime import (ARREST_WARRANT, DOMESTIC_VIOLENCE, GUARD_REPELS_CRIME, HELD_NOW, JUDGED_ARREST,
                                    LAW_ENFORCERS, MURDER_SUSPECT, ORGANISED_VIOLENCE, POLITICAL_ARREST,
                                    PRIVATE_DETENTION, RELEASED_AFTER_PROTEST, SEIZED_GOODS, VEHICLES_IMPOUNDED,
                                    WAR_MATERIEL, court_case_only, crime_ring_broken, criminal_case, drug_raid_only,
                                    follow_up_police_work, ordinary_crime_arrest, personal_crime_only)
from sitrep.relevance.deals import (AGREED, AGREED_TO_GIVE, AGREED_TO_TALK, AGREEMENT_MADE, AIRDROP, AIRSPACE_INCURSION,
                                    AIR_ACT, AIR_FORCE_NAME, AIR_HARM, AIR_PATROL, AIR_WORDS, ALLIANCE_DEAL, ARMS_BAN,
                                    CAPTIVES, CAPTIVES_RELEASED, CARRIED_BY_AIR, CEASEFIRE_DEAL, CIVIC_SECURITY,
                                    CIVILIAN_EVACUATION, CIVIL_BODY_SET_UP, CONFLICT_PARTY, CONTEXT_BOUND, CURFEW,
                                    CURFEW_IMPOSED, DISPLACED_CAMP, GROUND_CHANGED, HUMANITARIAN_MOVEMENT,
                                    LABOUR_STRIKE, MATTER_OF_TALKS, NO_AGREEMENT, PROPOSED_DEAL, RAID_ENDED, TALKS,
                                    TALKS_ON_A_DEAL, WEAPON_POLICY, WITHOUT_INCIDENT, _without_weapon_class,
                                    accusation_after_diplomacy, civil_or_labour_deal, clash_of_words, deal_to_come_only,
                                    diplomatic_response, state_protest)
from sitrep.relevance.frames import (CONTEST_OF_WORDS, FOOD_SENSE, HARM_IN_THE_STREET, PROTEST_IN_PRINCIPLE,
                                     PROTEST_IN_WORDS, QUIET_DURING, UNREAL_FRAME, _figures, _literal_acts, _main_clause,
                                     document_on_violence_only, law_making_only, online_only,
                                     planned_demonstration_only, rallied_behind_only, statement_only,
                                     violence_only_as_reason)
from sitrep.relevance.games import (CROWD_CONVOY, CROWD_TROUBLE, DISPLAY_OF_FORCE, ENLISTMENT_STEP, EXERCISE,
                                    EXPLOSIVE_FOUND, FESTIVE_GATHERING, FOUND_HARMLESS, MILITARY_MARCH,
                                    PROTEST_GRIEVANCE, SIMULATION, SUSPICIOUS_OBJECT, WEAPONS_TEST,
                                    _names_non_state_group, exercise_only, game_only, mistaken_for_a_weapon)
from sitrep.relevance.history import (AFTERMATH, COMMEMORATION, COMPENSATION, DEATH_TOLD, DOER_OF_TOLD_EVENT,
                                      EVENT_NAMED_BY_YEAR, FIGHTING_AS_TIME, FORMER_PLACE_OF_DETENTION, INQUIRY,
                                      LATER_THAN_EVENT, NEW_BOUT, PAST_OF_A_PERSON, PROTEST_BACKGROUND, UNKNOWN_DOER,
                                      VISIT_TO_VICTIMS, WAR_TOLL, _news_of_violence, _tells_an_act_now, count_or_habit,
                                      leftover_ordnance_found, long_past_only, old_ordnance_told, security_response)

GENERIC_ONLY = {"Remote explosive/landmine/IED": 0.7, "Air/drone strike": 0.8, "Shelling/artillery/missile attack": 0.75,
                "Chemical weapon": 0.7}
"""Types a sentence reaches below these scores only from a bare word of an explosion or a weapon's
name ('an explosion', 'aircraft', 'missiles', 'gas'): without a sign of a hostile act or an armed
actor, such a sentence reports no act of violence ('a container exploded', 'missiles banned by
sanctions')."""


REMOTE_TYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                          "Grenade", "Suicide bomb", "Chemical weapon"})


VIOLENT_EVENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
"""The event types of violence whose inquiry follows it (not demonstrations, whose detentions are their own matter)."""


def tells_violence(types: list[tuple[str, float]]) -> bool:
    """Whether a sentence's (sub-type, score) pairs tell political violence or a riot at an event's score."""
    return any(score >= classify.MIN_EVENT_SCORE and taxonomy.EVENT_TYPE_OF.get(sub_type) in VIOLENT_EVENT_TYPES
               for sub_type, score in types)


def relevant_types(text: str, types: list[tuple[str, float]], previous: str = "",
                   armed: bool = False, following: str = "", violence_told: bool = False) -> list[tuple[str, float]]:
    """The event types of a sentence that survive what its context says about their cause.

    `types` are the classifier's (sub-type, score) pairs for `text`; `previous` is what the same
    paragraph says before it, which often names the cause ("Bird flu has spread to a third
    province. Two women died there on Monday."); `armed` says the sentence names an armed actor
    (state forces, a rebel group, a militia); `following` is the paragraph's next sentence, which may give the
    cause of the harm just told (`CAUSE_EXPLAINED`) or the disaster a move answers ('Troops were sent to the
    north. Floods have cut off 200 villages.'): a deployment, a base or a move told beside a natural hazard or an
    accident, with no hostile act, is relief work, no strategic development. `violence_told` says an earlier
    sentence of the report told political violence or a riot, after which detentions and seizures are the inquiry
    into it (`follow_up_police_work`).
    """
    types = _without_weapon_class(text, types)
    if not types:
        return types
    if violence_told and (follow_up_police_work(text, types) or security_response(text, types)):
        return []
    if ARMS_BAN.search(text) and _no_act_left(UNREAL_FRAME.sub(" ", ARMS_BAN.sub(" ", text))):
        return []
    if RAID_ENDED.search(text):
        types = _without(types, {"Non-violent transfer of territory"})
        if not types:
            return types
    if game_only(text):
        return []
    if (not armed or armed_only_as_source(text)) and (animal_doer_only(text)
                                                     or continues_non_event_story(text, previous)):
        return []
    if COMMEMORATION.search(text) and not _news_of_violence(text):
        return []
    if EVENT_NAMED_BY_YEAR.search(text) and not _tells_an_act_now(text):
        return []
    if CONTEST_OF_WORDS.search(text) and not HARM_IN_THE_STREET.search(text):
        return []
    if long_past_only(text) or SIMULATION.search(text) or clash_of_words(text) or old_ordnance_told(text, previous):
        return []
    if WAR_TOLL.search(text) and not DAY_OF_AN_ACT.search(text) and not NEW_BOUT.search(text):
        return []
    if AFTERMATH.search(text) and LATER_THAN_EVENT.search(text) and _no_act_left(LATER_THAN_EVENT.sub(" ", text)):
        return []
    if ARREST_WARRANT.search(text) and not HELD_NOW.search(ARREST_WARRANT.sub(" ", text)):
        types = _without(types, {"Arrests"})
        if not types:
            return types
    if CARRIED_BY_AIR.search(text):
        types = _unless_read_without(types, text, CARRIED_BY_AIR, {"Air/drone strike"})
        if not types:
            return types
    if FORMER_PLACE_OF_DETENTION.search(text):
        types = _unless_read_without(types, text, FORMER_PLACE_OF_DETENTION, {"Arrests"})
        if not types:
            return types
    if FIGHTING_AS_TIME.search(text) and not (BODILY_HARM.search(text) or HARM_DONE.search(text)
                                              or DEATH_TOLD.search(text)):
        types = _unless_read_without(types, text, FIGHTING_AS_TIME, {"Armed clash", "Attack", "Mob violence"})
        if not types:
            return types
    if PROTEST_BACKGROUND.search(text):
        rest = PROTEST_BACKGROUND.sub(" ", text)
        return relevant_types(rest, classify.classify(rest), previous, armed, following, violence_told)
    if (diplomatic_response(text) or violence_only_as_reason(text) or only_unreal_acts(text)
            or count_or_habit(text) or planned_demonstration_only(text)):
        return []
    if statement_only(text):
        return []
    if accusation_after_diplomacy(text, previous):
        return []
    if any(_only_in(frame, text) for frame in (NON_HUMAN_HARM, VISIT_TO_VICTIMS, COMPENSATION, SELF_HARM, JUDGED_ARREST,
                                              RELEASED_AFTER_PROTEST, MURDER_SUSPECT,
                                              PAST_OF_A_PERSON, DOER_OF_TOLD_EVENT, UNKNOWN_DOER)):
        return []
    if _only_in(INQUIRY, text) and not DAY_OF_AN_ACT.search(text):
        return []
    if law_making_only(text) or document_on_violence_only(text) or personal_crime_only(text, armed):
        return []
    if GUARD_REPELS_CRIME.search(text) and not ORGANISED_VIOLENCE.search(GUARD_REPELS_CRIME.sub(" ", text)):
        return []
    if (DOMESTIC_VIOLENCE.search(text) and (not armed or armed_only_as_source(text))
            and not ORGANISED_VIOLENCE.search(DOMESTIC_VIOLENCE.sub(" ", text))):
        return []
    if MATTER_OF_TALKS.search(text) and not DONE_NOW.search(_main_clause(text)):
        kept_types = {"Agreement"} if AGREED.search(text) else set()
        types = [(sub_type, score) for sub_type, score in types if sub_type in kept_types]
        if not types:
            return types
    if civil_or_labour_deal(text):
        types = _without(types, {"Agreement"})
        if not types:
            return types
    if AGREED_TO_GIVE.search(text) and not AGREED.search(AGREED_TO_GIVE.sub(" ", text)):
        types = _without(types, {"Agreement"})
        if not types:
            return types
    if PROPOSED_DEAL.search(text) and not AGREED.search(PROPOSED_DEAL.sub(" ", text)):
        types = _without(types, {"Agreement"})
        if not types:
            return types
    if deal_to_come_only(text):
        types = _without(types, {"Agreement"})
        if not types:
            return types
    if ALLIANCE_DEAL.search(text) and not CEASEFIRE_DEAL.search(text):
        types = _without(types, {"Agreement"})
        if not types:
            return types
    if AGREED_TO_TALK.search(text) and not armed and not CEASEFIRE_DEAL.search(text):
        types = _without(types, {"Agreement"})
        if not types:
            return types
    if NO_AGREEMENT.search(text) and not AGREEMENT_MADE.search(NO_AGREEMENT.sub(" ", text)):
        types = _without(types, {"Agreement"})
        if not types:
            return types
    if (TALKS.search(text) and not AGREEMENT_MADE.search(TALKS_ON_A_DEAL.sub(" ", NO_AGREEMENT.sub(" ", text)))
            and not CAPTIVES_RELEASED.search(text)):
        types = _without(types, {"Agreement"})
        if not types:
            return types
    if state_protest(text):
        types = _without(types, PROTEST_TYPES)
        if not types:
            return types
    if PROTEST_IN_WORDS.search(text) and not DEMONSTRATION.search(PROTEST_IN_WORDS.sub(" ", text)):
        types = _without(types, PROTEST_TYPES)
    if rallied_behind_only(text):
        types = _without(types, PROTEST_TYPES)
    if QUIET_DURING.search(text):
        types = _unless_read_without(types, text, QUIET_DURING, PROTEST_TYPES)
    if online_only(text):
        types = _without(types, PROTEST_TYPES)
    if PROTEST_IN_PRINCIPLE.search(text) and not DEMONSTRATION.search(PROTEST_IN_PRINCIPLE.sub(" ", text)):
        types = _without(types, PROTEST_TYPES)
    if ((FESTIVE_GATHERING.search(text) or MILITARY_MARCH.search(text))
            and not (PROTEST_GRIEVANCE.search(text) or PROTEST_GRIEVANCE.search(previous))):
        types = _without(types, PROTEST_TYPES)
        if not types:
            return types
    if not CHEMICAL_USE.search(text):
        types = _without(types, {"Chemical weapon"})
    if CIVIC_SECURITY.search(text) and not HOSTILE_ACT.search(_literal_acts(CIVIC_SECURITY.sub(" ", text))):
        types = _without(types, CONTEXT_BOUND | {"Headquarters or base established"})
        if not types:
            return types
    if RELIEF_WORK.search(text) and not CAPTIVES.search(text) and not HOSTILE_ACT.search(_literal_acts(text)):
        types = _without(types, CONTEXT_BOUND | {"Air/drone strike", "Headquarters or base established"})
    if (HUMANITARIAN_MOVEMENT.search(text) and not BODILY_HARM.search(text) and not CAPTIVES.search(text)
            and not HOSTILE_ACT.search(_literal_acts(text))):
        types = _without(types, {"Change to group/activity", "Headquarters or base established"})
    if SUSPICIOUS_OBJECT.search(text) and (not EXPLOSIVE_FOUND.search(text) or FOUND_HARMLESS.search(text)):
        types = _without(types, {"Disrupted weapons use"})
    if CROWD_CONVOY.search(text):
        types = _unless_read_without(types, text, CROWD_CONVOY, {"Change to group/activity"})
        if not types:
            return types
    if mistaken_for_a_weapon(text):
        types = _without(types, REMOTE_TYPES | {"Disrupted weapons use"})
        if not types:
            return types
    if FOOD_SENSE.search(text):
        types = _without(types, {"Shelling/artillery/missile attack"})
    if DISPLAY_OF_FORCE.search(text) and not HARM_DONE.search(text):
        types = _without(types, REMOTE_TYPES | {"Armed clash", "Change to group/activity"})
        if not types:
            return types
    if leftover_ordnance_found(text):
        types = _without(types, REMOTE_TYPES)
        if not types:
            return types
    if (EXERCISE.search(text) or WEAPONS_TEST.search(text)) and not HARM_DONE.search(text):
        tested = {"Other"} if WEAPONS_TEST.search(text) else set()
        types = _without(types, REMOTE_TYPES | {"Armed clash", "Change to group/activity"} | tested)
        if not types:
            return types
    if exercise_only(text):
        types = _without(types, REMOTE_TYPES | PROTEST_TYPES | {"Armed clash", "Attack", "Change to group/activity"})
        if not types:
            return types
    hostile = bool(HOSTILE_ACT.search(_literal_acts(text)))
    if _figures(text) and not hostile:
        return []
    if not hostile and (non_violent_cause(text) or non_violent_cause(previous) or cause_explained(following)
                        or blast_then_hazard(text, following) or (not armed and accident_told_next(following))):
        return crowd_act_before_cause(text, types) if not non_violent_cause(previous) else []
    if court_case_only(text):
        return []
    if not armed and criminal_case(text, previous):
        return []
    if ordinary_crime_arrest(text) or PRIVATE_DETENTION.search(text):
        types = _without(types, {"Arrests"})
    if crime_ring_broken(text):
        types = _without(types, {"Arrests", "Disrupted weapons use", "Looting/property destruction"})
    if (AIR_PATROL.search(text) or AIRDROP.search(text)) and not AIR_HARM.search(text):
        types = _without(types, {"Air/drone strike"})
    if AIRSPACE_INCURSION.search(text) and not AIR_HARM.search(text):
        types = _without(types, REMOTE_TYPES)
    if AIR_FORCE_NAME.search(text) and not AIR_ACT.search(AIR_FORCE_NAME.sub(" ", text)):
        types = _without(types, {"Air/drone strike"})
    if SUPPORTING_FIRE.search(text):
        types = without_supporting_fire(text, types)
    if RECRUITMENT_TO_COME.search(text):
        types = _without(types, {"Change to group/activity"})
    if ENLISTMENT_STEP.search(text) and not _names_non_state_group(text):
        types = _unless_read_without(_without(types, {"Change to group/activity"}), text, ENLISTMENT_STEP,
                                     PROTEST_TYPES)
        if not types:
            return types
    if DISPLACED_DESCRIBED.search(text):
        types = _unless_read_without(types, text, DISPLACED_DESCRIBED, {"Other"})
        if not types:
            return types
    if DISPLACEMENT_SITE_ATTACKED.search(text):
        types = attack_on_the_displaced(types)
    if SEIZED_GOODS.search(text) and not POLITICAL_ARREST.search(text):
        types = _without(types, CONTEXT_BOUND)
        if not WAR_MATERIEL.search(text):
            types = _without(types, {"Disrupted weapons use"})
        if drug_raid_only(text):
            types = _without(types, {"Attack", "Looting/property destruction"})
            if not types:
                return types
    if VEHICLES_IMPOUNDED.search(text) and LAW_ENFORCERS.search(text):
        types = _without(types, CONTEXT_BOUND | {"Looting/property destruction"})
        if not types:
            return types
    if LABOUR_STRIKE.search(text) and not AIR_WORDS.search(text):
        types = _without(types, {"Air/drone strike"})
    if CIVIL_BODY_SET_UP.search(text) and not CONFLICT_PARTY.search(CIVIL_BODY_SET_UP.sub(" ", text)):
        types = _without(types, CONTEXT_BOUND)
    if blast_among_people(text):
        types = bombing_among_people(types)
    if hostile:
        return types
    if WITHOUT_INCIDENT.search(text) and not GROUND_CHANGED.search(text):
        types = _without(types, {"Change to group/activity", "Headquarters or base established"})
    if CURFEW.search(text) and not CURFEW_IMPOSED.search(text):
        types = _without(types, CONTEXT_BOUND)
    if non_violent_cause(following):
        types = _without(types, CONTEXT_BOUND | {"Headquarters or base established"})
    if CIVILIAN_EVACUATION.search(text):
        types = _without(types, {"Non-violent transfer of territory", "Change to group/activity"})
    if DISPLACED_CAMP.search(text):
        types = _without(types, {"Headquarters or base established"})
    if WEAPON_POLICY.search(text):
        types = _without(types, REMOTE_TYPES)
    if STATE_FORCES_AT_HOME.search(text) and BLAST_OR_FIRE.search(text) and not NON_STATE_ATTACKER.search(text):
        return []
    if armed:
        return types
    if _generic_only(types) and not blast_among_people(text):
        return []
    if CONFLICT_PARTY.search(text):
        return types
    return _without(types, CONTEXT_BOUND)


DISPLACED_DESCRIBED = re.compile(
    r"\b(?:sheltering|housing|hosting|feeding|for|to|of|among|with) (?:the |some |many |\d[\d,]* )?(?:internally )?"
    r"displaced (?:families|people|persons|civilians|children|women|residents|villagers|households)\b",
    re.IGNORECASE,
)
"""People described as displaced after a participle or a preposition ('a school sheltering displaced families', 'food
for displaced people'): the adjective says who they are, from a flight told on its own day; no displacement happens
in the sentence, so its 'Other' reading is dropped while a strike or an attack told beside it stays."""

DISPLACEMENT_SITE_ATTACKED = re.compile(
    r"\b(?:attack(?:s|ed|ing)?|raid(?:s|ed|ing)?|storm(?:s|ed|ing)?|overr?an|torch(?:ed|es|ing)|set fire to"
    r"|(?:opened )?fire[ds]? on) (?:[\w'-]+ ){0,5}?(?:(?:displacement|IDPs?|displaced persons'?|refugee) "
    r"(?:sites?|camps?|settlements?|shelters?)|camps? (?:for|of|housing|sheltering) (?:the )?(?:internally )?"
    r"(?:displaced|refugees|IDPs))\b",
    re.IGNORECASE,
)
"""A displacement site or camp raided, stormed, set on fire or attacked ('attacked the Plaine Savo displacement
site', 'raided a camp for internally displaced persons'): the people sheltering there are civilians."""


def attack_on_the_displaced(types: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The types of a sentence telling a displacement site or camp attacked on the ground
    (`DISPLACEMENT_SITE_ATTACKED`): the codebook codes violence by an armed group on unarmed people as Violence
    against civilians/Attack, and the displaced in a site or camp are unarmed people, so the 'Other' their displacement
    reads as and a clash are that attack. A strike or a shelling of the camp (`REMOTE_TYPES`) or an attack already
    read keeps its types."""
    if any(sub_type in REMOTE_TYPES or sub_type == "Attack" for sub_type, _ in types):
        return types
    ground = [score for sub_type, score in types if sub_type in {"Other", "Armed clash"}]
    if not ground:
        return types
    rest = [(sub_type, score) for sub_type, score in types if sub_type not in {"Other", "Armed clash"}]
    return [("Attack", max(ground))] + rest


def bombing_among_people(types: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The types of a sentence telling an explosion that killed or wounded people where they gather, with no thing that
    blows up by itself named (`blast_among_people`: 'an explosion at a market killed five'): such a blast is a bombing
    (codebook 'Remote explosive/landmine/IED', by an unidentified group), and the killing or the fight its dead were
    read as is that explosion (the codebook codes the harm an explosion does as the explosion). Another weapon of
    remote violence already read (a suicide bomber, a grenade, a shell) keeps its type."""
    if not any(sub_type == "Remote explosive/landmine/IED" for sub_type, _ in types) or any(
            sub_type in REMOTE_TYPES - {"Remote explosive/landmine/IED"} for sub_type, _ in types):
        return types
    harm = {"Remote explosive/landmine/IED", "Attack", "Armed clash"}
    rest = [(sub_type, score) for sub_type, score in types if sub_type not in harm]
    return [("Remote explosive/landmine/IED", max(score for sub_type, score in types if sub_type in harm))] + rest


RECRUITMENT_TO_COME = re.compile(
    r"\b(?:recruitment|enlistment|enrolment|enrollment)\b[^.;]{0,80}?\b(?:will|shall|is (?:due|set|scheduled) to)"
    r" (?:open|begin|start|commence|run|resume|take place|be held|be conducted)\b",
    re.IGNORECASE,
)
"""A recruitment or enlistment announced for later ('its recruitment exercise will open on Monday 5 May', 'recruitment
into the defence force will begin next month'): a notice to applicants, no act of the force yet, so no change to a
group's activity."""


SUPPORTING_FIRE = re.compile(
    r",? (?:(?:supported|backed|assisted|covered|aided|accompanied) by|with (?:the )?(?:support|backing|cover|help) of)"
    r" (?:[\w'-]+ ){0,3}?(?:drones?|aircraft|jets|warplanes|helicopters|air ?power|(?:the )?air force|artillery|mortars"
    r"|tanks)(?:(?:,| and) (?:[\w'-]+ ){0,2}?(?:drones?|aircraft|jets|warplanes|helicopters|artillery|mortars|tanks))*"
    r",?",
    re.IGNORECASE,
)
"""A force's support from the air or from guns named beside its ground act ('launched an attack on the villages,
supported by drones and artillery', 'with the support of aircraft, the army repulsed an assault'): the means that
backs a ground battle, not an air strike or a shelling of its own."""


def without_supporting_fire(text: str, types: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """`types` without the air strike and shelling read only from the support a ground act is given
    (`SUPPORTING_FIRE`): the codebook codes a ground battle backed by aircraft or guns as the battle (Armed clash, or
    the attack on civilians it is), a strike or a shelling only where the aircraft or guns are the act. When the rest of
    the sentence tells a ground act the remote types it no longer yields are dropped; when it tells none, nothing
    changes (the support is then all the sentence tells)."""
    rest = SUPPORTING_FIRE.sub(" ", text)
    own = {sub_type for sub_type, _ in classify.classify(rest)}
    if not own - REMOTE_TYPES:
        return types
    return [(sub_type, score) for sub_type, score in types if sub_type not in REMOTE_TYPES or sub_type in own]


def _generic_only(types: list[tuple[str, float]]) -> bool:
    """Whether every type was read from a generic word only (an 'explosion', a 'blast': `GENERIC_ONLY`)."""
    return all(score < GENERIC_ONLY.get(sub_type, 0.0) for sub_type, score in types)


def _without(types: list[tuple[str, float]], excluded: Collection[str]) -> list[tuple[str, float]]:
    """The (sub-type, score) pairs whose sub-type is not among `excluded`."""
    return [(sub_type, score) for sub_type, score in types if sub_type not in excluded]


def _unless_read_without(types: list[tuple[str, float]], text: str, frame: re.Pattern[str],
                         framed: Collection[str]) -> list[tuple[str, float]]:
    """`types` without those of `framed` that the sentence no longer tells once the frame's words are taken out: the
    frame ('carried by air', 'a former detention centre') gave them, not an act of the sentence."""
    still = {sub_type for sub_type, _ in classify.classify(frame.sub(" ", text))}
    return [(sub_type, score) for sub_type, score in types if sub_type not in framed or sub_type in still]


def accidental_harm(text: str) -> bool:
    """Whether a sentence names a disease, a natural hazard or an accident and no hostile act: the harm it tells,
    if any, is no political violence."""
    return non_violent_cause(text) and not HOSTILE_ACT.search(_literal_acts(text))


def _only_in(frame: re.Pattern[str], text: str) -> bool:
    """Whether `frame` is in a sentence and, with it blanked, nothing else in the sentence reads as an event."""
    return bool(frame.search(text)) and not classify.classify(frame.sub(" ", text))


def only_unreal_acts(text: str) -> bool:
    """Whether every cue of an event in a sentence lies inside a frame of threat, fear, plan, denial or
    absence (`UNREAL_FRAME`): 'Police denied reports that a bomb had exploded near the airport' reports no
    explosion, while 'A bomb exploded near the airport but no one was hurt' still reports one.
    Residents told to prepare for evacuation in case fighting spreads move no front line. A deal with strikers left
    beside the frame is no agreement either ('the strike was called off after the government agreed to talks', 'the
    bandh was withdrawn after the minister agreed to meet them'), nor
    is a generic word of the means left beside it ('the helicopters will be deployed against insurgents': a subject
    named by its weapon does nothing in a frame of the future)."""
    if not UNREAL_FRAME.search(text):
        return False
    rest = UNREAL_FRAME.sub(" ", text)
    left = classify.classify(rest)
    if civil_or_labour_deal(text) or (AGREED_TO_TALK.search(text) and not CEASEFIRE_DEAL.search(text)):
        left = _without(left, {"Agreement"})
    if CIVILIAN_EVACUATION.search(rest):
        left = _without(left, {"Non-violent transfer of territory", "Change to group/activity"})
    return not left or (_generic_only(left) and not DONE_NOW.search(rest) and not blast_among_people(rest))


def continues_non_event_story(text: str, previous: str) -> bool:
    """Whether a sentence goes on with the story its paragraph opened, when that story is no event: a game
    (`game_only`), a remembrance (`COMMEMORATION` with no violence at the gathering), a court case
    (`court_case_only`), a drill (`exercise_only`), harm done by or to animals (`NON_HUMAN_HARM`,
    `animal_doer_only`) or a killing in a family or a brawl (`DOMESTIC_VIOLENCE`: 'He was arrested hiding in a maize
    field' is its culprit's). The sentence must bring in no armed side (`ARMED_WORD`, its tellers aside), no crowd
    trouble or demonstration and no day of an act of its own ('It was the third such attack this year', 'The coach
    said his players had been killed by two counter-attacks', 'The judge said they had given the attackers
    shelter'): its words of violence are the story's. The judge's sentence stays an event while 'attackers' makes
    it name an armed side (`armed`)."""
    if (not previous.strip() or DAY_OF_AN_ACT.search(text) or CROWD_TROUBLE.search(text) or DEMONSTRATION.search(text)
            or ARMED_WORD.search(ARMED_SOURCE.sub(" ", text))):
        return False
    return bool(game_only(previous) or (COMMEMORATION.search(previous) and not _news_of_violence(previous))
                or court_case_only(previous) or exercise_only(previous) or _only_in(NON_HUMAN_HARM, previous)
                or animal_doer_only(previous) or DOMESTIC_VIOLENCE.search(previous))
