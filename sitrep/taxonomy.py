"""ACLED's event taxonomy: 6 event types, 25 sub-event types, disorder types and actor codes.

Spelled exactly as in the ACLED codebook (2023 edition), so exports line up with ACLED data. The
types are enums whose values are ACLED's strings (a member equals, hashes and prints as its string);
an event's type is always the one its sub-type belongs to (`event_type_of`).
"""

from __future__ import annotations

from enum import StrEnum


class EventType(StrEnum):
    """ACLED's six event types."""

    BATTLES = "Battles"
    EXPLOSIONS_REMOTE_VIOLENCE = "Explosions/Remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"


class SubEventType(StrEnum):
    """ACLED's 25 sub-event types, by event type in the codebook's order."""

    ARMED_CLASH = "Armed clash"
    GOVERNMENT_REGAINS_TERRITORY = "Government regains territory"
    NON_STATE_ACTOR_OVERTAKES_TERRITORY = "Non-state actor overtakes territory"
    CHEMICAL_WEAPON = "Chemical weapon"
    AIR_DRONE_STRIKE = "Air/drone strike"
    SUICIDE_BOMB = "Suicide bomb"
    SHELLING_ARTILLERY_MISSILE_ATTACK = "Shelling/artillery/missile attack"
    REMOTE_EXPLOSIVE_LANDMINE_IED = "Remote explosive/landmine/IED"
    GRENADE = "Grenade"
    SEXUAL_VIOLENCE = "Sexual violence"
    ATTACK = "Attack"
    ABDUCTION_FORCED_DISAPPEARANCE = "Abduction/forced disappearance"
    PEACEFUL_PROTEST = "Peaceful protest"
    PROTEST_WITH_INTERVENTION = "Protest with intervention"
    EXCESSIVE_FORCE_AGAINST_PROTESTERS = "Excessive force against protesters"
    VIOLENT_DEMONSTRATION = "Violent demonstration"
    MOB_VIOLENCE = "Mob violence"
    AGREEMENT = "Agreement"
    ARRESTS = "Arrests"
    CHANGE_TO_GROUP_ACTIVITY = "Change to group/activity"
    DISRUPTED_WEAPONS_USE = "Disrupted weapons use"
    HEADQUARTERS_OR_BASE_ESTABLISHED = "Headquarters or base established"
    LOOTING_PROPERTY_DESTRUCTION = "Looting/property destruction"
    NON_VIOLENT_TRANSFER_OF_TERRITORY = "Non-violent transfer of territory"
    OTHER = "Other"


SUB_EVENT_TYPES: dict[EventType, tuple[SubEventType, ...]] = {
    EventType.BATTLES: (
        SubEventType.ARMED_CLASH,
        SubEventType.GOVERNMENT_REGAINS_TERRITORY,
        SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
    ),
    EventType.EXPLOSIONS_REMOTE_VIOLENCE: (
        SubEventType.CHEMICAL_WEAPON,
        SubEventType.AIR_DRONE_STRIKE,
        SubEventType.SUICIDE_BOMB,
        SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK,
        SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
        SubEventType.GRENADE,
    ),
    EventType.VIOLENCE_AGAINST_CIVILIANS: (
        SubEventType.SEXUAL_VIOLENCE,
        SubEventType.ATTACK,
        SubEventType.ABDUCTION_FORCED_DISAPPEARANCE,
    ),
    EventType.PROTESTS: (
        SubEventType.PEACEFUL_PROTEST,
        SubEventType.PROTEST_WITH_INTERVENTION,
        SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
    ),
    EventType.RIOTS: (SubEventType.VIOLENT_DEMONSTRATION, SubEventType.MOB_VIOLENCE),
    EventType.STRATEGIC_DEVELOPMENTS: (
        SubEventType.AGREEMENT,
        SubEventType.ARRESTS,
        SubEventType.CHANGE_TO_GROUP_ACTIVITY,
        SubEventType.DISRUPTED_WEAPONS_USE,
        SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED,
        SubEventType.LOOTING_PROPERTY_DESTRUCTION,
        SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY,
        SubEventType.OTHER,
    ),
}

EVENT_TYPES: tuple[EventType, ...] = tuple(SUB_EVENT_TYPES)

EVENT_TYPE_OF: dict[SubEventType, EventType] = {
    sub: event_type for event_type, subs in SUB_EVENT_TYPES.items() for sub in subs
}
"""Sub-event type -> event type. Sub-type names are unique across types except none."""

ALL_SUB_EVENT_TYPES: tuple[SubEventType, ...] = tuple(EVENT_TYPE_OF)


def event_type_of(sub_event_type: str) -> EventType:
    """The event type of a sub-event type (given as a member or as ACLED's string): the one place an
    event's type is decided, so a type never disagrees with its sub-type."""
    return EVENT_TYPE_OF[sub_event_type]


DEMONSTRATION_ESCALATION: tuple[SubEventType, ...] = (
    SubEventType.PEACEFUL_PROTEST,
    SubEventType.PROTEST_WITH_INTERVENTION,
    SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
    SubEventType.VIOLENT_DEMONSTRATION,
)
"""Demonstration sub-types from mildest to most severe: a protest that turns violent is a riot (ACLED
codes a demonstration by its most severe stage)."""

RIOT_ACTS = frozenset({SubEventType.LOOTING_PROPERTY_DESTRUCTION, SubEventType.MOB_VIOLENCE,
                       SubEventType.SEXUAL_VIOLENCE})
"""Acts that make a demonstration a riot when the demonstrators commit them (burning, looting, assault)."""

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
STRATEGIC_DEVELOPMENTS = "Strategic developments"


def disorder_type(sub_event_type: str) -> str:
    """ACLED's disorder type for a sub-event type."""
    event_type = event_type_of(sub_event_type)
    if sub_event_type == SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS:
        return f"{POLITICAL_VIOLENCE}; {DEMONSTRATIONS}"
    if event_type == EventType.STRATEGIC_DEVELOPMENTS:
        return STRATEGIC_DEVELOPMENTS
    if event_type == EventType.PROTESTS or sub_event_type == SubEventType.VIOLENT_DEMONSTRATION:
        return DEMONSTRATIONS
    return POLITICAL_VIOLENCE


CASE2021_LABELS: dict[str, str] = {
    "ARMED_CLASH": "Armed clash",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "CHEM_WEAP": "Chemical weapon",
    "AIR_STRIKE": "Air/drone strike",
    "SUIC_BOMB": "Suicide bomb",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "GRENADE": "Grenade",
    "SEX_VIOL": "Sexual violence",
    "ATTACK": "Attack",
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "PEACE_PROTEST": "Peaceful protest",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "VIOL_DEMONSTR": "Violent demonstration",
    "MOB_VIOL": "Mob violence",
    "AGREEMENT": "Agreement",
    "ARREST": "Arrests",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "DISR_WEAP": "Disrupted weapons use",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
}
"""CASE 2021 task 2 label -> ACLED sub-event type (one to one)."""

INTER_CODES: dict[int, str] = {
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two inter codes, lower first; 10*k for a sole actor."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]


CIVILIAN_TARGET_TYPES: tuple[str, ...] = (EventType.EXPLOSIONS_REMOTE_VIOLENCE, SubEventType.MOB_VIOLENCE)
"""Event types and sub-types whose events are civilian targeting when civilians are the target (actor2)."""


def civilian_targeting(event_type: str, sub_event_type: str, inter2: int | None) -> bool:
    """ACLED's civilian_targeting: every Violence against civilians event and Excessive force against
    protesters (protesters are civilians met with lethal force), and remote violence or mob violence
    whose target is civilians (inter2 7); never Battles, Strategic developments, other protests or
    violent demonstrations, whatever their actor2 (ACLED's codebook: the field marks political
    violence in which civilians were the main or only target)."""
    if (event_type == EventType.VIOLENCE_AGAINST_CIVILIANS
            or sub_event_type == SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS):
        return True
    return inter2 == 7 and (event_type in CIVILIAN_TARGET_TYPES or sub_event_type in CIVILIAN_TARGET_TYPES)


ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
"""ACLED's export columns, in ACLED's order (31)."""
