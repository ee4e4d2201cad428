"""Defaults by sub-type: the doers and targets ACLED's policy gives each sub-type when the text leaves them implicit.

A fight needs two armed, organised sides; violence against civilians has unarmed victims; an attack by faceless
gunmen is an unidentified armed group's; an agreement has two parties and a displacement one. `_typed_roles` reads
the event's sub-type and sentences and fills or moves the roles by these rules, asking the crowd, community and
captor rules for the sides they know.
"""

from __future__ import annotations

import dataclasses
import re

from sitrep import actors, classify, demonstrations, responsibility, taxonomy
from sitrep.roles.captors import _force_served, _group_of_the_taken, _kin_of_force, _party_of_the_taken, _unarmed_force
from sitrep.roles.communities import (ARMED_CIVILIANS, COMMUNITY_DOER, ETHNIC_MILITIA, FEUD_VIOLENCE,
                                      FOUGHT_WITH_FIREARMS, HAND_WEAPONS, LIVELIHOOD, ORGANISED_ATTACK,
                                      UNIDENTIFIED_COMMUNAL, _armed_group_struck_militia, _community_crowd,
                                      _community_crowds, _deadly_raid_on_settlement, _force_in_running_battles,
                                      _hand_weapons_only, _identity_sides, _lone_assailant, _militia,
                                      _militia_fought_armed_group, _named_identity_fight, _people_fought_back,
                                      _quarrel_over_crops, _settled_people_hit)
from sitrep.roles.crowds import (FIREARMS, VIOLENCE_BETWEEN, _attacked_demonstration_roles, _bystander, _counted_crowd,
                                 _crowd_acts, _crowd_hurt_people, _crowd_nation, _crowd_origin,
                                 _dispersed_by_no_named_force, _force_does_deed, _force_of_attacked_post,
                                 _guards_who_acted, _in_grievance, _intervened_upon, _loose_crowd, _mob_roles,
                                 _named_as_motive, _party_attacks_rival, _people_the_crowd_hurt, _policing, _sent_later,
                                 force_stepped_in_on_crowd)
from sitrep.roles.sentence import (EXCHANGE_OF_FIRE, FOUGHT, REDUCED_PASSIVE, _acting, _aim_of_other_side,
                                   _armed_target, _before, _deadly, _hurt, _only_the_source, _own_country, _sentence_of,
                                   _unnamed_doers_blamed_on, generic_actor, in_claimant, is_government,
                                   roles_in_sentence, same_side, with_country)
from sitrep.schema import ActorMention, Draft

ARMED_PEOPLE = re.compile(
    r"\b(?:(?:heavily\s+)?armed|(?:machete|gun|spear|knife)-wielding)\s+(?:youths?|villagers|farmers|herders|herdsmen"
    r"|pastoralists|residents|locals)\b|\b(?:youths?|villagers|farmers|herders|herdsmen|pastoralists|residents|locals)"
    r"\s+armed\s+with\b", re.IGNORECASE)
"""Youths, villagers, farmers or herders told as armed ("armed youths from the next village", "villagers armed with
spears"): ACLED's codebook counts a community's people who arm themselves and attack as a group among communal
militias (inter 4), not rioters, when no organisation is named: "Unidentified Communal Militia", named after their
village by `_named_community`; fists, sticks and stones (`_hand_weapons_only`) leave them rioters. The word "youths"
names no actor by itself, so the lead sentence's crowd (`_crowd_acts`) stands for them."""


NO_VIOLENCE = re.compile(r"\b(?:no|without)\s+(?:reports?\s+of\s+|reported\s+|any\s+)?(?:violence|clash\w*|incidents?)\b",
                         re.IGNORECASE)
"""'A march passed off calmly, without any violence': the text denies what DEMONSTRATORS_VIOLENT would find."""

PLANTED_BY_STATE = re.compile(r"\b(?:planted|laid|detonated|set off|triggered)\s+by\s+(?:the\s+)?(?:army|military|soldiers|troops|police|forces)\b"
                              r"|\b(?:army|military|soldiers|troops|police|forces)\s+(?:\w+\s+)?(?:planted|laid|detonated)\b", re.IGNORECASE)
"""An explosive the state's own forces set: the only case where the forces on the scene are its actor 1."""


def _rebels_act(actor1: ActorMention | None) -> bool:
    """Whether the doer is a named rebel or insurgent organisation (inter 2: "JNIM militants", "ISWAP fighters"):
    ACLED's codebook keeps mob violence for crowds, never for an organised armed group, so the beatings and whippings
    such a group inflicts on civilians are its attack on them."""
    return (actor1 is not None and actor1.inter == 2 and actor1.organization
            and not actor1.name.startswith("Unidentified"))


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


def _other_party(actor1: ActorMention, draft: Draft) -> ActorMention | None:
    """The second party to an agreement (ACLED's codebook: an agreement is made between actors, a truce, a ceasefire,
    a prisoner exchange, so both sides are coded, one as actor 1 and the other as actor 2): the first organised side
    the text names besides actor 1 ("the government and the rebels signed a ceasefire"), not who told the story."""
    return next((m for m in _acting(draft) if m.organization and not same_side(m, actor1) and m.name != actor1.name),
                None)


def _force_stepped_in(sub_type: str, actor1: ActorMention | None, draft: Draft) -> ActorMention | None:
    """The state force read as the doer of violence (an attack, mob violence, a clash, a destruction) that the lead
    sentence tells rescuing someone from a crowd, responding when a crowd acted or stopping a crowd
    (`crowds.force_stepped_in_on_crowd`: "police rescued a man from a crowd that was beating him"): the crowd did the
    violence and the force intervened, so ACLED's codebook codes the crowd's riot, with the force that intervened as
    its actor 2 where `crowds._policing` finds it, else the crowd's victims."""
    if actor1 is None or actor1.inter != 1 or sub_type not in VIOLENCE_A_FORCE_MAY_STOP:
        return None
    force = force_stepped_in_on_crowd(draft)
    return force if force is not None and force.name == actor1.name else None


VIOLENCE_A_FORCE_MAY_STOP = frozenset({"Attack", "Mob violence", "Armed clash", "Looting/property destruction"})
"""Violence a crowd does that a force may be read as the doer of when it is only the one that intervened."""


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
    stepped_in = _force_stepped_in(sub_type, actor1, draft)
    if stepped_in is not None:
        if demonstrations.demonstrators_named(text) or demonstrations.street_protest_act(text):
            return "Violent demonstration", generic_actor(None, with_country("Rioters", country), 5), stepped_in
        return "Mob violence", *_mob_roles(None, None, draft, country, False)
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


TERRITORY_CHANGES = frozenset({"Non-state actor overtakes territory", "Government regains territory"})
"""ACLED's codebook: territory is taken or regained by an organised armed group or the state's forces, never by a
crowd; residents named in the same sentence ("residents returned after rebels seized the town from the army") are
not its doers, so a territorial change with an armed side named is never re-typed as mob violence."""


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


def _doers_tied_to(mention: ActorMention, group: ActorMention, draft: Draft) -> bool:
    """Whether a mention is the doers the text ties to `group` right after it ("unknown assailants believed to be linked
    to X", "gunmen suspected to be X fighters": `responsibility.SUSPECT_BEFORE` on the words between): the group's own
    men, one side with it (the suspicion names them), never a second armed side of a fight."""
    sentence = _sentence_of(mention, draft)
    if sentence is None or not mention.end <= group.start <= sentence.end:
        return False
    between = sentence.text[mention.start - sentence.start : group.start - sentence.start]
    return len(between) <= 80 and bool(responsibility.SUSPECT_BEFORE.search(between))


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
