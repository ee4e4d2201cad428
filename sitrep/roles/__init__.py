"""ACLED's actors and roles: who acted on whom in a draft event, and the coding rules that depend on it.

A sentence's actor mentions are split into doers and those acted on around its event trigger;
then ACLED's policy fixes the roles the text leaves implicit: protesters and rioters are actor 1
of their events, victims of violence against civilians are civilians, crowds who beat, lynch or
burn are rioters in mob violence, livelihood groups who kill in a feud are a communal militia,
a fight needs two armed sides, and only state forces use excessive force against protesters.
"""

from __future__ import annotations

import re

from sitrep import actors, countries, taxonomy
from sitrep.roles.captors import _arrester, _as_police, _captor_who_harmed, _named_force, _vague_force
from sitrep.roles.communities import (ETHNIC_MILITIA, _armed_men_of_a_community, _crops_by_unknown_people,
                                      _home_of_clash, _in_communal_feud, _named_community, _working_people_hit)
from sitrep.roles.crowds import _election_clash_of_crowds, _party_attacks_rival
from sitrep.roles.sentence import _acting, _armed_target, _hurt, generic_actor, is_government, same_side, with_country
from sitrep.roles.sub_types import (_armed_side_acted_on, _attackers_of_one_state, _bombers_fought_forces,
                                    _civilian_place_hit, _in_branch, _other_party, _other_side, _sole_actor,
                                    _typed_roles, armed_sides)
from sitrep.schema import ActorMention, Draft


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


HARM_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
"""ACLED's codebook: a battle needs two armed, organised sides, and officials, offices and vehicles of a government
are not one; government officials and property that violence targets are coded as civilians (the government
being their associated actor). So a government the text names as the target of an attack, a bomb or a raid
("gunmen torched two government vehicles", "a bomb missed a car carrying government officials") is
"Civilians (<country>)", and an armed side's attack on it is violence against civilians, not an armed clash."""


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
