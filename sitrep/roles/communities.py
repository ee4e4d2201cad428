"""Communities and their militias: fights between villages, clans, herders and farmers.

ACLED codes the armed sides of communal violence as communal (or ethnic) militias named by their community or place,
and a livelihood group that kills in a feud over land, cattle or crops as one. These rules find the community a side
comes from (a place, a group of people named by their trade), the rival community it fights and whether the fight
was armed or a brawl.
"""

from __future__ import annotations

import dataclasses
import re

from sitrep import actors, casualties, classify, countries, demonstrations, taxonomy
from sitrep.roles.sentence import (FIGHT_BETWEEN, FOUGHT, _acting, _before, _deadly, _sentence_of, find_trigger,
                                   generic_actor, in_claimant, is_government, with_country)
from sitrep.schema import ActorMention, Draft, Sentence


ETHNIC_MILITIA = "Ethnic Militia"
"""People named by their ethnicity (sitrep.actors) are a militia when they fight, civilians when one-sided violence hits them."""

ARMED_CIVILIANS = re.compile(
    r"\barmed (?:farmers|villagers|youths|men|herders|pastoralists|residents|civilians)\b"
    r"|\b(?:with|equipped with|carrying)\s+(?:\w+\s+){0,2}(?:guns?|firearms?|rifles?|shotguns?)\b|\bgunshots?\b"
    r"|\barmed\s+confrontations?\b",
    re.IGNORECASE,
)

ORGANISED_ATTACK = re.compile(r"\battack(?:ed|s)?\s+(?:\w+\s+){0,3}(?:camps?|villages?|hamlets?|settlements?)\b", re.IGNORECASE)

COMMUNITY_DOER = re.compile(r"\b(?:farmers?|herders?|herdsm[ae]n|pastoralists?|hunters?|fishermen|breeders?"
                            r"|cattle\s+keepers?|cultivators?)\b", re.IGNORECASE)
"""Livelihood communities (cattle keepers and cultivators, as East African reports call herders and farmers, too):
when they attack or kill in a land or cattle feud ACLED codes a communal militia (when they beat or lynch, a mob)."""

FEUD_VIOLENCE = re.compile(
    r"\b(?:killed|killing|shot|murdered|stabbed|hacked|beheaded|slaughtered|gunned|attacked|opened fire"
    r"|abducted|kidnapped|(?:took|taken|holding|held)\s+(?:\w+\s+){0,3}?hostages?)\b", re.IGNORECASE)
"""Deeds by which farmers, herders or hunters wage a feud as a group, a communal militia's (ACLED's codebook: civilians
never act in political violence): killing, shooting, hacking, and taking people captive or hostage."""


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


RUNNING_BATTLES = re.compile(r"\brunning\s+battles?\b", re.IGNORECASE)


LONE_PERSON_BEFORE = re.compile(r"\b(?:an?|one)\s+$", re.IGNORECASE)
"""The indefinite article or 'one' right before a doer's words: a single person ('a herder', 'one farmer')."""

COLLECTIVE_HEAD = re.compile(
    r"\b(?:group|gang|band|mob|crowd|number|militia|family|community|team|unit|party|clan|cell)s?\b", re.IGNORECASE)
"""Nouns of many people, which the article before them does not make one person ('a group of herders', 'a mob')."""

FIREARM_USED = re.compile(r"\b(?:guns?|gunshots?|gunfire|firearms?|rifles?|shotguns?|pistols?|shot|shoot\w*)\b",
                          re.IGNORECASE)
"""Words of a firearm or its use."""


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
    ethnic groups, tribes and clans ("Unidentified Clan Militia" for clans in Somalia, "Unidentified Tribal Militia"
    for tribes in Yemen or Iraq, `actors.identity_kind`),
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
        actors.identity_kind(match.group(), country)
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


def _militia(mention: ActorMention | None, country: str | None) -> ActorMention:
    """A side of a deadly fight between communities: its ethnic militia when named so, else a communal militia."""
    if mention is not None and mention.inter == 4:
        return mention
    return generic_actor(mention, with_country("Unidentified Communal Militia", country), 4)
