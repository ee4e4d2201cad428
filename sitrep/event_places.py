"""Which place names in a report name no place of its events: the words around a name that make it where a speaker
spoke, a state standing for its government, a sports club, a river, a newspaper, where the wounded were taken or a
journey's end.

Geoparsing (`geo`) finds every place a text names; a sentence's places decide which event it joins and an event's
decide where it is placed (`extract`), and both take only the names these rules leave: the knowledge of how reports
name places that are not where anything happened is kept here, once.
"""

from __future__ import annotations

import re

from sitrep import geo
from sitrep.schema import Draft, Toponym

DESTINATION_BEFORE = re.compile(
    r"\b(?:evacuated|taken|took|take|takes|transferred|rushed|flown|airlifted|brought|moved|fled|referred|admitted)"
    r"\s+(?:(?:the\s+)?\w+\s+)?to\s+(?:the\s+)?"
    r"(?:(?:hospital|clinic)\s+in\s+)?$|\btowards?\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$"
    r"|\b(?:their|his|her|its|our)\s+$", re.IGNORECASE)
"""Where the wounded were taken or people fled or went, and a capitalised word after a possessive
("their Union"): never where the event happened."""
ATTRIBUTE_AFTER = re.compile(r"\s*[-‐]\s*(?:flagged|registered|owned|based|born|made|backed|led|bound)\b"
                             r"|\s+(?:flags?|banners?)\b"
                             r"|(?-i:\s+(?:Times|Post|Herald|Tribune|Gazette|Observer|Chronicle)\b)",
                             re.IGNORECASE)
"""'a Malta-flagged tanker', 'waving EU flags', 'the Vientiane Times said': the place describes a thing or names a
newspaper, it is not where the event happened."""
FEATURE_NAMED_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:[Rr]iver|[Ss]tadium)\b")
"""'patrolling the Massacre river', 'the Bijeli Brijeg stadium': the name of a river or a stadium, not of a town (a
town of that name may lie anywhere); the town the report names beside it places the event."""
PART_OF_TOWN_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:neighbou?rhood|quarter|district|township|estate"
                                r"|suburb|slum|market)\b"
                                r"|\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:neighbou?rhood|quarter|district|township"
                                r"|suburb|settlement|commune|locality)\s+(?:of|in|on)\b")
"""'a patrol in the Las Margaritas neighbourhood', 'in Riverside, an eastern suburb of Port Elm': a name of a part of a
town. Reports name the town around it (or have named it), so a place of that name in another country than the
article's is a namesake, not the event's place."""
SPEAKER_PLACE_BEFORE = re.compile(
    r"\b(?:said|says|(?:told|speaking\s+to|spoke\s+to|addressing|addressed)\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:reporters|journalists|conference|briefing|parliament|lawmakers|television|radio|media)|speaking"
    r"|spoke|(?:statement|communiqu[eé])\s+(?:issued|released|published|read)|in\s+exile|(?:news|press)\s+conference"
    r"|briefing|address|speech)\s+in\s+(?:the\s+capital,?\s+)?$"
    r"|\b(?:speaking|spoke|calling)\s+(?:(?:on|by|over)\s+(?:the\s+)?(?:tele)?phone\s+)?from\s+$"
    r"|\bciting\s+(?:[\w-]+\s+){0,3}?in\s+$",
    re.IGNORECASE)
"""'told reporters in Yerevan', 'speaking to journalists in Kinshasa', 'said in Kingston on Monday', 'a statement
issued by its leaders in exile in Paris', 'speaking in Tunis', 'speaking on the telephone from Banjul', 'citing
relatives in Ouanaminthe': where a speaker spoke about the event, not where the event happened (a capital's
government comments on violence in the provinces from the capital)."""
SEAT_BEFORE = re.compile(r"\b(?:based|headquartered|registered)\s+in\s+(?:the\s+)?(?:capital,?\s+)?$", re.IGNORECASE)
"""'a rights group based in London', 'a news outlet headquartered in Nairobi': where a source or an organisation has its
seat, as 'London-based' (ATTRIBUTE_AFTER) says it; a report quoting it names it for who tells, not where the event
happened."""
TOLD_ASIDE_BEFORE = re.compile(
    r"\b(?:shot\s+down|downed|intercepted|destroyed)\s+(?:[\w-]+\s+){0,6}?(?:over|above)\s+"
    r"(?!(?:the\s+)?(?:weekend|night|past|last|next|course)\b)(?:the\s+)?(?:[\w-]+,?\s+){0,5}?$"
    r"|\b(?:(?:victims?['’]s?|their|his|her)\s+(?:famil(?:y|ies)|relatives|parents|next\s+of\s+kin)"
    r"|(?:famil(?:y|ies)|relatives|parents|next\s+of\s+kin)\s+of\s+the\s+(?:victims?|dead|deceased))"
    r"\s+(?:[\w-]+\s+){0,2}?in\s+$",
    re.IGNORECASE)
"""Places a sentence names beside its event for something else: where other drones or missiles were shot down on their
way ('15 more were shot down over Bryansk and Kursk' beside the one that hit a substation in Belgorod) and where the
victims' families are ('while the victims' families in Kano pleaded for help', 'their relatives in Jos'), not where
families are sheltered ('a monastery sheltering displaced families in Ye-U township'). Such a place is the event's
only when the report names no other place than a country (`places_of_event`)."""
RETALIATION_BEFORE = re.compile(
    r"\b(?:in\s+(?:retaliation|revenge|reprisal)\s+for|in\s+response\s+to|to\s+avenge)\s+[^.;:,]*$", re.IGNORECASE)
"""An earlier act across a border that a strike answers ('Israeli jets struck the port of Hodeidah in retaliation for
missiles fired at Tel Aviv'): a place abroad named in the clause is where that act struck, not this event's place. A
place at home in such a clause is left alone: a raid answering one in the next village is often told where both
sides live."""
ROUTE_END_BEFORE = re.compile(
    r"\b(?:travell?ing|heading|driving|sailing|flying|running|bound|on\s+(?:its|their|his|her)\s+way|en\s+route)"
    r"\s+(?:(?:from|to)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?(?:from|to|for)\s+(?:the\s+)?$")
"""'The bus, travelling from Vientiane to Luang Prabang, was fired on': the ends of a journey, not where on it the
event happened."""
GOVERNMENT_NAMED_AFTER = re.compile(
    r"(?:\s+and(?:\s+[\w-]+){1,3}?)?\s+(?:condemned|condemns|denied|denies|urged|urges|warned|warns|welcomed|"
    r"welcomes|rejected|rejects|dismissed|dismisses|called\s+(?:on|for))\b")
"""'The United States and several EU governments condemned the use of force': a state that condemns, denies, urges or
welcomes speaks as its government, from wherever it is; it is no place of the event; so does a capital that rejects or
dismisses the other side's claim ('a claim Baku rejected')."""
GOVERNMENT_NAMED_BEFORE = re.compile(
    r"\b(?:accus(?:ed|es|ing)|urg(?:ed|es|ing)|blam(?:ed|es|ing)|(?:called|calls|calling)\s+on|warn(?:ed|s|ing))\s+$")
"""'Kurti accused Belgrade of arming the attackers', 'urged Baku to avoid provocations': a capital accused, urged or
warned stands for its government, a party to the story, not a place where anything happened."""
STATE_OWNS_AFTER = re.compile(
    r"['\u2019]s?\s+(?:[\w-]+\s+){0,2}?(?:ministry|government|army|military|armed\s+forces|forces|president|prime"
    r"|foreign|defen[cs]e|interior|spokes(?:man|woman|person)|embassy|parliament|leaders?|officials?|authorities"
    r"|troops|soldiers|police|navy|air\s+force)\b", re.IGNORECASE)
"""'Armenia's defence ministry denied firing' in a report on Azerbaijan: another country as the owner of its state's
bodies names that state, a party to the story, wherever its ministry or troops stand; it is no place of the event (a
town so written, 'Kano's governor', and the article's own country are left alone)."""
FANS_OF_BEFORE = re.compile(r"\b(?:fans|supporters|players)\s+of\s+(?:[\w-]+\s+and\s+)?$", re.IGNORECASE)
"""'fans of Zrinjski and Velež clashed': sports clubs bear their towns' names, so a place after 'fans of' names a club
(whose namesake town may lie abroad), not where the fans were."""
MOURNED_AT = re.compile(r"\b(?:funerals?|buried|burials?|mourners|mourned|vigils?|memorial)\b", re.IGNORECASE)
"""A sentence of funerals or mourning ('Thousands lined the streets of Pristina for the funerals of the officers killed
on Sunday'): its places are where the dead were mourned, not where they were killed."""


def is_country(toponym: Toponym) -> bool:
    """Whether the place is a country (GeoNames' political entities)."""
    return (toponym.feature_code or "").startswith("PCL")


def named_as_no_place(text: str, toponym: Toponym, country: str | None) -> bool:
    """Whether a place name stands in words that make it no place of any event the sentence tells: a state standing
    for its government (GOVERNMENT_NAMED_BEFORE), where a speaker spoke (SPEAKER_PLACE_BEFORE), where a source has its
    seat (SEAT_BEFORE), a river or a stadium
    (FEATURE_NAMED_AFTER), a club its fans follow (FANS_OF_BEFORE), or a namesake abroad of a part of a town
    (PART_OF_TOWN_AFTER; `country` is the article's)."""
    start, end = toponym.start, toponym.end
    return bool(GOVERNMENT_NAMED_BEFORE.search(text, max(0, start - 30), start)
                or SPEAKER_PLACE_BEFORE.search(text, max(0, start - 60), start)
                or SEAT_BEFORE.search(text, max(0, start - 40), start)
                or FEATURE_NAMED_AFTER.match(text, end)
                or FANS_OF_BEFORE.search(text, max(0, start - 40), start)
                or (toponym.country != country and PART_OF_TOWN_AFTER.match(text, end)))


def places_of_event(text: str, toponyms: list[Toponym], draft: Draft, article_country: str | None) -> list[Toponym]:
    """The places that can be where the draft's event happened. Left out: a place in no country, a place in an armed
    group's name, where the wounded were taken or the doers went (DESTINATION_BEFORE, `geo.gone_into`), a place
    describing a thing or naming a newspaper (ATTRIBUTE_AFTER), any place `named_as_no_place`, a state that speaks as
    its government (GOVERNMENT_NAMED_AFTER), a foreign state owning its ministry or army (STATE_OWNS_AFTER), a
    journey's ends (ROUTE_END_BEFORE) and where the dead were mourned (`_mourned_at`); places named for an earlier act,
    other drones shot down or the victims' families (TOLD_ASIDE_BEFORE, RETALIATION_BEFORE) while it names a place
    other than a country."""
    named = [(m.start, m.end) for s in draft.sentences for m in s.actors if m.organization and m.inter in (2, 3, 4)]
    places = [t for t in toponyms if t.country is not None
            and not any(start <= t.start and t.end <= end for start, end in named)
            and not DESTINATION_BEFORE.search(text, max(0, t.start - 40), t.start)
            and not geo.gone_into(text, t)
            and not ATTRIBUTE_AFTER.match(text, t.end)
            and not named_as_no_place(text, t, article_country)
            and not GOVERNMENT_NAMED_AFTER.match(text, t.end)
            and not ROUTE_END_BEFORE.search(text, max(0, t.start - 60), t.start)
            and not (is_country(t) and t.country != article_country and STATE_OWNS_AFTER.match(text, t.end))
            and not _mourned_at(draft, t)]
    aside = [t for t in places if TOLD_ASIDE_BEFORE.search(text, max(0, t.start - 120), t.start)
             or (t.country != article_country and RETALIATION_BEFORE.search(text, max(0, t.start - 120), t.start))]
    kept = [t for t in places if t not in aside]
    return kept if any(not is_country(t) for t in kept) else places


def _mourned_at(draft: Draft, toponym: Toponym) -> bool:
    """Whether a place lies in a sentence of the draft that tells funerals or mourning (MOURNED_AT) while another of
    its sentences tells the event itself: the mourners' place is not the event's."""
    told_at = next((s for s in draft.sentences if s.start <= toponym.start < s.end), None)
    return told_at is not None and len(draft.sentences) > 1 and bool(MOURNED_AT.search(told_at.text))
