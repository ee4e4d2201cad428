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

DISEASE = re.compile(
    r"\b(?:virus(?:es)?|viral|flu|influenza|bird flu|swine flu|avian|H\d+N\d+|cholera|ebola|measles|malaria|dengue"
    r"|covid(?:-19)?|coronavirus|sars|mers|zika|polio|tuberculosis|meningitis|hepatitis|mpox|monkeypox|plague"
    r"|typhoid|diphth?eria|tetanus|whooping cough|HIV|AIDS|outbreaks?|epidemics?|pandemics?|infections?|infected|infectious|contagio\w*|diseases?"
    r"|fever|vaccin\w*|quarantin\w*|pathogen\w*)\b",
    re.IGNORECASE,
)
"""Diseases and the words of their spread: deaths from them are no act of a conflict actor."""

HAZARD = re.compile(
    r"\b(?:floods?|flooding|flooded|earthquakes?|quakes?|tremors?|aftershocks?|cyclones?|hurricanes?|typhoons?"
    r"|tornado(?:es|s)?|(?<!to )storms?|landslides?|mudslides?|avalanches?|droughts?|heat ?waves?|lightning|tsunamis?"
    r"|volcan\w*|eruptions?|wildfires?|bush ?fires?|forest fires?|torrential rains?|heavy rains?|monsoon|blizzards?"
    r"|famine|accidents?|accidental(?!ly (?:activated|detonated|exploded|triggered))|crash(?:ed|es)?|collided"
    r"|collisions?|capsiz\w*|derail\w*|gas leaks?|leaked|gas cylinders?|boilers?|short[- ]circuit|electrical faults?"
    r"|fireworks?|transformers?|chemical plant|refinery|factory fire|mine collapse|stampede|drown\w*)\b",
    re.IGNORECASE,
)
"""Natural hazards and accidents. Capitalised inside a sentence the words are names ('Storm Corps',
'Operation Lightning'), not causes."""

HOSTILE_ACT = re.compile(
    r"\b(?:"
    r"gunm[ae]n|militants?|rebels?|insurgents?|jihadists?|terrorists?|bandits|attackers|assailants|militias?"
    r"|militiamen|armed (?:men|group|groups|individuals|assailants)|fighters|guerrillas?|extremists?|rioters?"
    r"|mobs?|protest\w*|demonstrat\w*|marche[ds]|rall(?:y|ies|ied)|strikers|on strike|riot\w*|soldiers|troops"
    r"|(?:was|were|been|being) shot|shot (?:dead|and (?:killed|wounded|injured)|at|him|her|them|by|in the)"
    r"|shooting|gunfire|gunshots?|opened fire|fired (?:on|at|upon)|stabbed|hacked|beheaded|ambush\w*|kidnap\w*"
    r"|abduct\w*|hostages?|massacr\w*|assassinat\w*|murder\w*|lynch\w*|torched|arson|assault\w*|attack(?:ed|ing)?"
    r"|beat(?:en|ing)? (?:him|her|them|up|to death|a |an |the |two |three |several )"
    r"|(?:threw|thrown|throwing|hurled|pelted) (?:[\w'-]+ ){0,2}?(?:stones|rocks|bottles|bricks)"
    r"|set (?:[\w'-]+ ){0,3}?(?:on fire|ablaze|alight)|air ?strikes?|airstrikes?|drone strikes?|shell(?:ed|ing) (?!pistachio)"
    r"|bombard\w*|bombed|bombings?|(?:planted|detonated|roadside|car|suicide|pipe|parcel) (?:a |an )?(?:bomb|explosive)\w*"
    r"|IEDs?|improvised explosive|landmines?|grenade attack|(?:fired|launched) (?:[\w'-]+ ){0,3}?(?:rockets?|missiles?|shells?|mortars?)"
    r"|(?:rockets?|missiles?|shells?|mortars?) (?:hit|struck|landed|slammed)|clash\w*|gun ?battles?|firefights?"
    r"|explosive devices?|(?<!on )target(?:ed|ing|s)?|tear ?gas|dispers\w*|water cannons?|rubber bullets"
    r"|fighting (?:between|broke out|erupted)|attack(?:ed|s)? (?:on|by|against)|raid(?:ed|s)?|looted|looting"
    r")\b",
    re.IGNORECASE,
)
"""Signs of a hostile act or a demonstration: with one, harm in the sentence is an event to code."""

GENERIC_ONLY = {"Remote explosive/landmine/IED": 0.7, "Air/drone strike": 0.8, "Shelling/artillery/missile attack": 0.75,
                "Chemical weapon": 0.7}
"""Types a sentence reaches below these scores only from a bare word of an explosion or a weapon's
name ('an explosion', 'aircraft', 'missiles', 'gas'): without a sign of a hostile act or an armed
actor, such a sentence reports no act of violence ('a container exploded', 'missiles banned by
sanctions')."""

CONFLICT_PARTY = re.compile(
    r"\b(?:"
    r"troops|soldiers|army|armed forces|military|militar(?:y|ies)|police|policemen|gendarmes?|security forces"
    r"|forces|militants?|rebels?|insurgents?|jihadists?|terrorists?|militias?|militiamen|fighters|guerrillas?"
    r"|armed groups?|armed men|gunmen|bandits|warlords?|paramilitar\w*|peacekeepers?|commanders?|battalions?"
    r"|brigades?|units|convoys?|checkpoints?|bases?|barracks|positions|front ?lines?|cease-?fires?|truces?"
    r"|peace (?:deal|talks|agreement|accord|process)|hostages?|prisoners?|detainees|captives|weapons|arms"
    r"|ammunition|surrender\w*|disarm\w*|war|conflict|fighting|offensive|curfews?|state of emergency"
    r"|demonstrat\w*|protest\w*|tanks?|armou?red|APCs?|artillery|ammunitions?|military vehicles|observation points?"
    r"|outposts?|security|insecurity|threats?|displac\w*|fled|refugees"
    r")\b",
    re.IGNORECASE,
)
"""Parties and matters of a conflict: a strategic development read from bare words of agreement,
deployment or movement needs one of them in its sentence."""

CONTEXT_BOUND = frozenset({"Agreement", "Change to group/activity", "Other", "Non-violent transfer of territory"})
"""Strategic types whose cues are everyday words (agreed, deployed, moved, withdrew, set up, arrived)."""


def relevant_types(text: str, types: list[tuple[str, float]], previous: str = "",
                   armed: bool = False) -> list[tuple[str, float]]:
    """The event types of a sentence that survive what its context says about their cause.

    `types` are the classifier's (sub-type, score) pairs for `text`; `previous` is the sentence
    before it in the same paragraph, which often names the cause ("Bird flu has spread to a third
    province. Two women died there on Monday."); `armed` says the sentence names an armed actor
    (state forces, a rebel group, a militia).
    """
    if not types:
        return types
    hostile = bool(HOSTILE_ACT.search(text))
    if not hostile and (non_violent_cause(text) or non_violent_cause(previous)):
        return []
    if hostile or armed:
        return types
    if all(score < GENERIC_ONLY.get(sub_type, 0.0) for sub_type, score in types):
        return []
    if CONFLICT_PARTY.search(text):
        return types
    return [(sub_type, score) for sub_type, score in types if sub_type not in CONTEXT_BOUND]


def non_violent_cause(text: str) -> bool:
    """Whether a sentence names a disease, a natural hazard or an accident (not as part of a name)."""
    if DISEASE.search(text):
        return True
    return any(match.group(0)[0].islower() or not text[:match.start()].strip() for match in HAZARD.finditer(text))
