"""Claims of responsibility and attribution: who the text says carried out the violence it reports.

ACLED names a group as the actor of an event only when the group claims the deed ("Islamic State
claimed responsibility", "the group's Amaq news agency said") or reports credibly attribute it
("officials blamed al-Shabaab", "police attributed the attack to Boko Haram"); a suspicion
("suspected ISWAP fighters", "attackers believed to be al-Shabaab militants") keeps the attribution
and says so in the notes; a denial ("the Taliban denied involvement") never names the group.

Claims often come a sentence or two after the attack they are about ("A car bomb killed five in
Ramadi. Islamic State claimed responsibility."): such a claim belongs to the nearest violent event
told before it in the same paragraph, else in the article. The named group becomes the event's
actor 1 only when the event's own sentences leave the doer unnamed; either way the claim is kept in
the event's `claims`, and an event that rests on others' blame or suspicion is less certain than one
the group itself claims.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sitrep import actors, casualties, taxonomy
from sitrep.schema import ActorMention, Argument, Claim, Event, Span

RESPONSIBILITY = "responsibility"
ATTRIBUTION = "attribution"
SUSPICION = "suspicion"
DENIAL = "denial"
NAMING_TYPES = (RESPONSIBILITY, ATTRIBUTION, SUSPICION)
"""Claim types that name the doer, most trusted first: the group's own word, then others' blame, then suspicion."""

CONFIDENCE_COST = {RESPONSIBILITY: 0.0, ATTRIBUTION: 0.05, SUSPICION: 0.1}
"""How much less sure an event is when its actor 1 rests on this kind of claim alone."""

VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
"""Event types whose doer a claim of responsibility or an attribution can name."""

NAME_ASIDE = r"(?:\s*\([^()]{1,60}\)|\))?"
"""A bracket right after a group's name, its acronym or an aside ("the Islamic State of Iraq and the Levant (ISIL)
claimed"), or the bracket closing after the acronym itself: the verb after it is still the group's."""
_DEED = (r"(?:[\w'’-]+\s+){0,3}?(?:attacks?|bombings?|blasts?|explosions?|ambush(?:es)?|assaults?|raids?|killings?|kidnappings?"
         r"|abductions?|strikes?|shootings?|massacres?|operations?|assassinations?|suicide\s+bombings?|incidents?)")
DEED_OWNED = re.compile(
    r"\b(?:claimed\s+(?:responsibility|the\s+(?:attack|raid|bombing|killing|ambush|strike))|took\s+responsibility"
    r"|(?:its|their)\s+(?:fighters|men|members|militants|commandos?)\s+(?:had\s+)?(?:carried\s+out|conducted|staged|launched))",
    re.IGNORECASE)
"""Words of a group owning a deed, wherever its name stands: the group that says so is the deed's actor,
not only a claimant (`roles`)."""
SELF_CLAIM_AFTER = re.compile(
    rf"^{NAME_ASIDE}(?:\s*,[^,]{{1,60}},)?,?\s+(?:(?:which|who|that|[\w-]+)\s+)?"
    r"(?:has\s+|have\s+|had\s+|later\s+|quickly\s+|swiftly\s+|also\s+|at\s+first\s+|initially\s+|first\s+)?"
    rf"(?:claimed|claims|claim|took|takes|accepted|accepts)\s+(?:responsibility|credit"
    rf"|(?:the|this|that|both|[\w-]+['’]s)\s+{_DEED}"
    r"|it(?=\s*[,.;]|\s+(?:in|on|through|via)\b))"
    rf"|^{NAME_ASIDE}(?:\s*,[^,]{{1,60}},)?(?:\s+[\w-]+)?\s+(?:said|says|announced|stated)(?:\s+on\s+[A-Z]\w+)?"
    r"\s+(?:that\s+)?"
    r"(?:it|its\s+(?:fighters|men|members|militants|forces|troops|jets|drones|aircraft)|they|their\s+(?:fighters|men))"
    r"\s+(?:had\s+|have\s+|has\s+)?(?:carried\s+out|conducted|staged|launched|was\s+behind|were\s+behind|killed|attacked"
    r"|struck|hit|targeted|overr[au]n|seized|captured|ambushed|bombed|shelled|shot\s+down|downed|destroyed"
    r"|retook|retaken|recaptured|regained|liberated|(?:took|taken)\s+back|dr[io]ven?\s+(?:[\w-]+\s+){1,3}out"
    r"|arrested|detained|raided)\b",
    re.IGNORECASE)
"""The group itself owning the deed: "X claimed responsibility", "X claimed the attack", "X, a second group, also
claimed it" (the deed just told), "X said its fighters carried it out",
"X, in a message on social media, said it had overrun the post", "the army said it had struck a commander": a side
telling its own deed in the first person owns it, also a taking of ground ("the army said on Sunday it had retaken the
town", "the rebels said they had driven the army out") or an arrest ("the FSB said it detained three men")."""
SELF_CLAIM_BEFORE = re.compile(
    r"\b(?:responsibility|credit)\s+(?:for\s+[^.;]{0,80}?\s+)?(?:was|has\s+been|had\s+been)\s+claimed\s+by\s+(?:the\s+)?$"
    r"|\bclaim(?:ed|s)?\s+(?:of\s+responsibility\s+)?by\s+(?:the\s+)?$",
    re.IGNORECASE)
""""Responsibility was claimed by X", "a claim of responsibility by X"."""
_DOERS_OF = (r"(?:(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:members?|fighters?|militants|elements|insurgents|jihadists|rebels"
             r"|militiamen|gunmen|men)\s+(?:of|from|(?:linked|affiliated|allied|associated|loyal)\s+(?:to|with))\s+)?"
             r"(?:the\s+|an?\s+)?$")
"""What may stand between "the attackers were" and the group they are said to be: "(insurgents linked to) the"."""
BLAME_BEFORE = re.compile(
    r"\b(?:attribut\w*|blam\w*|pinn\w*)\s+(?:[^.;]{0,60}?\s+)?(?:to|on)\s+(?:either\s+)?(?:the\s+|an?\s+)?$"
    r"|\bblam(?:ed|es|ing)\s+(?:the\s+|an?\s+)?(?:(?:[\w-]+\s+)?(?:unit|units|faction|wing|brigade|battalion|cell|members?"
    r"|fighters|elements|militiamen)\s+(?:of|from|loyal\s+to)\s+(?:the\s+)?)?$|\bheld\s+(?:the\s+)?$(?#responsible follows)"
    r"|\baccus(?:ed|es|ing)\s+(?:the\s+)?$|\bpointed\s+(?:the\s+)?finger\s+at\s+(?:the\s+)?$"
    r"|\b(?:(?:the|its|their)\s+)(?:attackers|gunmen|assailants|raiders|killers|perpetrators|abductors|kidnappers|bombers?)"
    r"\s+(?:were|was)\s+" + _DOERS_OF +
    r"|\b(?:identified|described)\s+(?:the\s+)?(?:attackers|gunmen|assailants|raiders|killers|perpetrators|abductors"
    r"|kidnappers|bombers?)\s+as\s+" + _DOERS_OF,
    re.IGNORECASE)
"""Others holding X responsible: "attributed the attack to X", "blamed X", "blamed it on (either) X", "accused X"; blame
laid on a part of X ("blaming a unit of X", "blamed fighters loyal to X") lays it on X, the organisation ACLED names as
actor.
Saying who the doers were names them too: "witnesses said the attackers were insurgents linked to X", "police
identified the gunmen as members of X" (`_DOERS_OF`)."""
HELD_AFTER = re.compile(r"^(?:\s+(?:rebel|armed|militant|jihadist|separatist|insurgent|criminal)?\s*"
                        r"(?:group|militia|movement|gang|rebels|faction|organi[sz]ation))?"
                        r"\s+(?:(?:responsible|accountable)\b|of\b)", re.IGNORECASE)
"""What must follow "held X" and "accused X" for them to blame X; a class noun may follow the name first ("accused
the 3R rebel group of the killings": the name and its class are one noun phrase)."""
BLAMED_AFTER = re.compile(
    rf"^{NAME_ASIDE}(?:\s+[\w-]+)?\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:widely\s+|also\s+)?"
    r"(?:blamed|held\s+responsible|accused|responsible|behind)\b",
    re.IGNORECASE)
""""X were blamed for the attack", "X was behind the attack"."""
SUSPECT_BEFORE = re.compile(
    r"\b(?:suspected|presumed|alleged|suspect|suspects|(?:suspected|believed|thought|said|reported)\s+to\s+(?:be|have\s+been)"
    r"|likely|probably|possibly|apparently)\s+(?:(?:affiliated|linked|allied|associated|loyal)\s+(?:with|to)\s+"
    r"|(?:members?|fighters?|militants|elements|part|cells?)\s+of\s+|(?:caused|carried\s+out|perpetrated|committed|planted|staged)\s+by\s+)?"
    r"(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$"
    r"|\b(?:gunmen|assailants|attackers|militants|fighters|raiders|men|youths|bandits)\s+"
    r"(?:affiliated|linked|allied|associated|loyal)"
    r"\s+(?:with|to)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$"
    r"|\b(?:gunmen|assailants|attackers|militants|fighters|raiders|men|youths|bandits|insurgents)"
    r"\s+(?:described|identified)\s+(?:by\s+(?:[\w-]+\s+){1,2})?as\s+(?:the\s+|an?\s+)?$"
    r"|\bbelong(?:ed|s|ing)?\s+to\s+(?:either\s+)?(?:the\s+|an?\s+)?$",
    re.IGNORECASE)
"""A doer told with doubt: "suspected ISWAP fighters", "attackers believed to be al-Shabaab militants", "officials
suspect X", "assailants suspected to be affiliated with X", "gunmen believed to be members of X", "a blast probably
carried out by X"; doers told only as linked to a group ("gunmen linked to X") are that group on the same loose word,
not its enemy; so are doers others describe as a group's ("fighters described by residents as ISCAP") or say belong to
it ("villagers said the men belonged to JNIM")."""
SUSPECT_AFTER = re.compile(
    r"^(?:\s+[\w-]+)?\s+(?:is|are|was|were)\s+(?:being\s+)?(?:suspected|believed|thought)\s+(?:of|to)\b"
    r"|^(?:\s+[\w-]+)?\s+(?:(?:is|are|was|were)\s+)?(?:suspected|presumed|assumed|believed|thought|likely)"
    r"\s+(?:as\s+(?:the\s+)?perpetrators?|(?:to\s+be\s+)?responsible|to\s+be\s+(?:the\s+)?perpetrators?)\b"
    r"|^(?:\s+[\w-]+)?\s+(?:suspected|presumed|assumed|alleged)\s*\)"
    r"|^(?:\s+[\w-]+)?\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:widely\s+|also\s+)?suspected"
    r"\s*(?=[.;]|$)", re.IGNORECASE)
""""X fighters are suspected of carrying out the attack", and with the verb left out as notes write it: "(X assumed
responsible)", "X suspected as perpetrators", "gunmen (X suspected)" (the doubt closing a bracket after the name); a
sentence that ends on the suspicion ("X was suspected.") tells it of the deed just told, as plainly."""
SAID_THROUGH = r"(?:\s+(?:in|on|through|via|to)\s+[^.;\"“]{1,80}?(?=\s+that\b))?"
"""Between a verb of saying and its clause, the medium or the hearer: "said in a statement on a news website close to
the group that it had no role", "said through its radio that": the clause is still the speaker's own."""
RETRACTED = (r"(?:withdrew|withdrawn|retracted|retracts|took\s+back|disowned|deleted)\s+(?:the|its|their|that|this)"
             r"\s+(?:claim|statement|post)\b"
             r"|\bsaid\s+(?:the|that|this)\s+(?:claim|statement)\s+(?:was|had\s+been)\s+"
             r"(?:fake|false|forged|fabricated)\b")
"""A group taking back its own claim ("at first claimed the blast, but later withdrew the claim", "then retracted the
claim", "later said that statement was fake"): the retraction is the group's denial, and the claim stays on record as
made (`find_attributions` keeps both)."""
DENIAL_AFTER = re.compile(
    rf"^{NAME_ASIDE}(?:\s*,[^,]{{1,60}},)?(?:['’]s?(?:\s+[\w-]+){{0,3}}\s+(?:news\s+agency|agency"
    r"|spokes(?:man|woman|person)|radio|channel|media\s+office|television|statement))?,?(?:\s+[\w-]+)?\s+"
    r"(?:has\s+|have\s+|had\s+|also\s+|quickly\s+)?"
    r"(?:denied|denies|deny|rejected|rejects|disowned)\b"
    r"|^(?:\s+[\w-]+)?\s+(?:said|says|insisted)" + SAID_THROUGH + r"\s+(?:that\s+)?(?:it|they"
    r"|its\s+(?:forces|fighters|men|members|troops|officers)"
    r"|their\s+(?:forces|fighters|men|members))\s+(?:(?:had|has|have|was|were|did)\s+(?:no|not|never)\b"
    r"|(?:had\s+|have\s+)?(?:used|fired)\s+only\b)"
    r"|^(?:\s+[\w-]+)?\s+(?:called|described|dismissed)\s+(?:the|these|those|such)\s+(?:reports?|accusations?|claims?"
    r"|allegations?|accounts?)\s+(?:as\s+)?[\"“]?(?:fabricated|false|baseless|untrue|lies|propaganda|unfounded|fake)\b"
    r"|^[^.;]{0,100}?\band\s+(?:denied|denies|rejected)\s+(?:killing|having\s+killed|any\s+(?:role|involvement)|involvement"
    r"|responsibility|targeting|that)\b"
    r"|^(?:\s+[\w-]+)?\s+(?:said|says|insisted)\s+(?:that\s+)?(?:none|no\s+one|not\s+one)\s+of\s+[^.;]{0,60}?\b"
    r"(?:belonged|belongs)\s+to\s+(?:it|them)\b"
    r"|^[^.;]{0,140}?\b(?:" + RETRACTED + ")",
    re.IGNORECASE)
"""The group saying it did not do it: "X denied involvement", "X, which denied involvement", "X's news agency denied any
advance" (a group speaks through its outlet or spokesman), "X said it had no role", "X said its forces were not in
the area", "police said they had used only tear gas" (the force told of them, denied by naming a lesser
one), "X called the report fabricated", and a side that owns an operation but denies the deed told ("the army
said it had carried out an operation ... and denied killing civilians"), or that those held are its own ("X said none
of those detained belonged to it"), or that takes back its claim (`RETRACTED`)."""
DENIED_THAT = re.compile(r"\bdenied\s+(?:that\s+)?(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
""""The minister denied that police had used firearms": a denial spoken for X by whoever denies (the subject)."""
DENIAL_BEFORE = re.compile(r"\bdenials?\s+(?:of\s+\w+\s+)?(?:by|from)\s+(?:the\s+)?$|" + DENIED_THAT.pattern,
                           re.IGNORECASE)
""""A denial by X"; "the minister denied that police had used firearms" (the side denied of is X)."""
NEGATED_DEED_AFTER = re.compile(
    r"^\s+(?:had|have|has|did|were|was)\s+(?:not|never)\s+(?:used|fired|opened|shot|killed|attacked|carried\s+out"
    r"|taken\s+part|been\s+involved|targeted)\b"
    r"|^\s+(?:had|have|has)\s+acted\s+(?:within|in\s+line\s+with|in\s+accordance\s+with|according\s+to|lawfully\b)"
    r"(?:\s+(?:the\s+)?(?:law|protocols?|rules|procedures?|regulations))?", re.IGNORECASE)
""""A police spokeswoman said officers had not used live ammunition": a side's deed told in the negative is denied, by
the sentence's source; so is force said to be within the rules ("the ministry said officers had acted within
protocol"), which denies the excess told."""
SPOKEN_DENIAL = re.compile(
    r"\b(?:denied|denies|rejected|rejects|dismissed)\s+(?:that\b|the\s+(?:charges?|accusations?|allegations?|claims?"
    r"|reports?|account)\b|any\s+(?:[\w-]+\s+)?(?:involvement|role|part|links?|ties|connection|advance|fighting"
    r"|wrongdoing|plan|attack)\b|(?:they|it|he|she)\s+(?:had|has|have|was|were|did)\b|involvement\b|responsibility\b"
    r"|losing\b|(?:it|this|that)\s*[,;.])"
    r"|\b(?:called|calling)\s+(?:the|these|those|such)\s+(?:reports?|accusations?|claims?|allegations?|accounts?)"
    r"\s+(?:as\s+)?"
    r"[\"“]?(?:fabricated|false|baseless|untrue|lies|propaganda|unfounded|fake)\b",
    re.IGNORECASE)
"""A denial in words that name no armed side: "the diocese denied the charges", "relatives ... denied they had any
links to the group", "a herders' association denied any involvement", "the junta called the claim false propaganda",
"the group denied it, calling the accusation propaganda" (a bare "it" closing the clause is the deed just told):
whoever speaks disputes the account told (`_spoken_denial`)."""
SUBJECT = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|while|as)\s+)(?P<name>(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)\s+"
                     r"(?:also\s+|have\s+|has\s+|had\s+|later\s+|quickly\s+)?$", re.IGNORECASE)
"""Who speaks before a verb of blame: "Local sources blamed ...", "..., but officials suspect ..."."""


@dataclass(frozen=True, slots=True)
class Attribution:
    """A claim about who did the violence, with the actor mention it names."""

    claim: Claim
    actor: ActorMention
    spoken: bool = False
    """The actor mention is the group's outlet or spokesman ("Amaq"), not the group as the doer."""


def find_attributions(text: str, mentions: Sequence[ActorMention], claimant: tuple[str, Span] | None = None,
                      offset: int = 0, country: str | None = None) -> list[Attribution]:
    """Claims of responsibility, attributions, suspicions and denials in one sentence.

    `mentions` are the sentence's actor mentions (document offsets); `claimant` is who the sentence
    quotes and where ("Amaq"): an armed group's own outlet or spokesman telling the deed is its claim.
    """
    found: list[Attribution] = []
    named = [m for m in mentions
             if m.organization and m.inter in actors.ARMED_INTERS and not m.name.startswith("Unidentified")]
    for index, mention in enumerate(named):
        before = text[max(0, mention.start - offset - 90): mention.start - offset]
        after = text[mention.end - offset: mention.end - offset + 140]
        kind = _kind(before, after) or _coordinated_kind(text, named, index, offset)
        if kind is None:
            continue
        speaker = mention.text if kind in (RESPONSIBILITY, DENIAL) else _subject(before, kind)
        side = mention.name if kind in (RESPONSIBILITY, DENIAL) else casualties.claimant_side(speaker, country)
        if kind == DENIAL and (DENIED_THAT.search(before) or NEGATED_DEED_AFTER.match(after)):
            speaker = _subject(before, DENIAL) or (claimant[0] if claimant else None) or speaker
            side = casualties.claimant_side(speaker, country) or side
        found.append(Attribution(_claim(kind, speaker, side, mention.name, text, offset), mention))
        if kind == DENIAL and re.search(RETRACTED, after, re.IGNORECASE) and SELF_CLAIM_AFTER.match(after):
            found.append(Attribution(_claim(RESPONSIBILITY, speaker, side, mention.name, text, offset), mention))
        if kind == DENIAL and _kind(before, "") == ATTRIBUTION:
            blamer = _subject(before, ATTRIBUTION)
            blame = _claim(ATTRIBUTION, blamer, casualties.claimant_side(blamer, country), mention.name, text, offset)
            found.append(Attribution(blame, mention))
    if claimant and not found and not SPOKEN_DENIAL.search(text):
        outlet = _outlet_claim(text, claimant, named, offset, country)
        if outlet is not None:
            found.append(outlet)
    if not any(a.claim.claim_type == DENIAL for a in found):
        spoken = _spoken_denial(text, claimant, offset, country)
        if spoken is not None:
            found.append(spoken)
    return found


COORDINATED = re.compile(r"^\s+(?:and|as\s+well\s+as)\s+(?:(?:the|a|an)\s+[^.;,]{1,40},\s+)?(?:the\s+)?$",
                         re.IGNORECASE)
"""What joins two names that share one verb: "Both X and a newer group, Y, claimed the attack", "X and the Y each
claimed it". A comma before "and" joins clauses ("..., killing five soldiers, and al-Shabaab claimed it"), not
names."""


def _coordinated_kind(text: str, named: Sequence[ActorMention], index: int, offset: int) -> str | None:
    """The claim a group makes as one of coordinated subjects (`COORDINATED`): the verb after the last name is every
    name's ("Both the Pakistani Taliban and Ittehad-ul-Mujahideen Pakistan claimed the attack" is two claims), so a
    name joined to the next one by "and" takes that one's claim or denial."""
    if index + 1 >= len(named):
        return None
    mention, following = named[index], named[index + 1]
    if not COORDINATED.match(text[mention.end - offset: following.start - offset]):
        return None
    kind = _kind(text[max(0, following.start - offset - 90): following.start - offset],
                 text[following.end - offset: following.end - offset + 140])
    return kind if kind in (RESPONSIBILITY, DENIAL) else _coordinated_kind(text, named, index + 1, offset)


def _spoken_denial(text: str, claimant: tuple[str, Span] | None, offset: int,
                   country: str | None) -> Attribution | None:
    """A denial by a speaker who is no armed side the sentence names (SPOKEN_DENIAL: a party, relatives, an association,
    a government called by a common noun): the speaker is the subject before the denial's verb, else the sentence's
    source. A pronoun or nobody at all names no claimant, and no claim is kept."""
    verb = SPOKEN_DENIAL.search(text)
    if verb is None:
        return None
    subject = SUBJECT.search(text[: verb.start()])
    speaker = re.sub(r"^(?:(?:and|but|while|as)\s+)?(?:(?:the|a|an)\s+)?", "", subject["name"], flags=re.IGNORECASE) \
        if subject else None
    if not speaker or re.fullmatch(r"(?:it|they|he|she|which|who|that|this|and|but|while|as)", speaker, re.IGNORECASE):
        speaker = claimant[0] if claimant else None
    if not speaker:
        return None
    where = text.find(speaker)
    start = offset + max(where, 0)
    side = casualties.claimant_side(speaker, country)
    mention = ActorMention(start, start + (len(speaker) if where >= 0 else 0), speaker, side or speaker, 0, True)
    return Attribution(_claim(DENIAL, speaker, side, side, text, offset), mention, spoken=True)


def blamed_unnamed(text: str, mentions: Sequence[ActorMention], offset: int = 0) -> list[tuple[ActorMention, str | None]]:
    """Unnamed armed groups a sentence blames for its deed ("police blamed gunmen from the hills"), each with who
    blames them: `find_attributions` records claims about named groups only, but the roles need the blamed side
    even when the text cannot name it, as the doer, and the blamer as no side."""
    found = []
    for mention in mentions:
        if mention.inter not in (2, 3) or not mention.organization or not mention.name.startswith("Unidentified"):
            continue
        before = text[max(0, mention.start - offset - 90): mention.start - offset]
        after = text[mention.end - offset: mention.end - offset + 140]
        if _kind(before, after) == ATTRIBUTION:
            found.append((mention, _subject(before, ATTRIBUTION)))
    return found


def _kind(before: str, after: str) -> str | None:
    """Which claim the words around an actor mention make about it, if any."""
    if DENIAL_AFTER.match(after) or DENIAL_BEFORE.search(before) or NEGATED_DEED_AFTER.match(after):
        return DENIAL
    if SELF_CLAIM_AFTER.match(after) or SELF_CLAIM_BEFORE.search(before):
        return RESPONSIBILITY
    blame = BLAME_BEFORE.search(before)
    if blame and (not re.search(r"\b(?:held|accus\w+)\s+(?:the\s+)?$", blame.group(), re.IGNORECASE) or HELD_AFTER.match(after)):
        return ATTRIBUTION
    if BLAMED_AFTER.match(after):
        return ATTRIBUTION
    if SUSPECT_BEFORE.search(before) or SUSPECT_AFTER.match(after):
        return SUSPICION
    return None


def _subject(before: str, kind: str) -> str | None:
    """Who speaks in the words before a verb of blame or suspicion ("Local sources", "officials suspect"),
    if a name is there ("suspected X fighters", "gunmen believed to be X" name nobody who suspects)."""
    verbs = {SUSPICION: r"suspects?", DENIAL: r"denied|denies"}.get(
        kind, r"attribut\w*|blam\w*|pinn\w*|held|accus\w*|pointed")
    verb = re.search(rf"\b(?:{verbs})\b[^.;]*$", before, re.IGNORECASE)
    if verb is None:
        return None
    match = SUBJECT.search(before[: verb.start()])
    if match is None:
        return None
    name = re.sub(r"^(?:(?:and|but|while|as)\s+)?(?:(?:the|a|an)\s+)?", "", match["name"], flags=re.IGNORECASE)
    if re.fullmatch(r"(?:was|were|is|are|been|be|it|they|he|she|which|who|that|attack|bombing|killing|blast)", name, re.IGNORECASE):
        return None
    return name or None


def _outlet_claim(text: str, claimant: tuple[str, Span], named: list[ActorMention], offset: int,
                  country: str | None) -> Attribution | None:
    """An armed group's news agency or spokesman telling a deed ("..., the group's Amaq news agency
    said") claims it for the group, unless the sentence names another non-state or foreign armed
    side that may have done it (state forces there are the group's usual targets)."""
    speaker, span = claimant
    resolved = actors.normalise_actor(speaker, country)
    if resolved is None or resolved[1] not in (2, 3):
        return None
    name, inter = resolved
    foreign = [m for m in named if m.inter == 1 and m.country and country and m.country != country]
    if any(m.name != name and (m.inter in (2, 3, 4, 8) or m in foreign) for m in named):
        return None
    mention = ActorMention(span.start, span.end, span.text, name, inter, True)
    return Attribution(_claim(RESPONSIBILITY, speaker, name, name, text, offset), mention, spoken=True)


def _claim(kind: str, claimant: str | None, side: str | None, responsible: str, text: str, offset: int) -> Claim:
    return Claim(claimant=claimant, claimant_actor=side, text=text, start=offset, end=offset + len(text),
                 claim_type=kind, responsible_actor=responsible)


def target_event(events: Sequence[Event], sentence_start: int, same_paragraph: Sequence[int]) -> Event | None:
    """The event a claim in the sentence at `sentence_start` refers to: the one that sentence is evidence of, of
    whatever type (police denying the force a protest met, a group denying the arrest or the capture told: a side's
    word on a deed it is said to have done or suffered is a claim about that event); else the nearest violent event
    told before it in its paragraph (`same_paragraph`: where the paragraph's sentences start), else the nearest told
    before it in the article; a claim told before any violence (a claim in the lead) goes to the first violent event
    of its paragraph. Damage a claim tells after violence told before it ("claimed responsibility, saying it had
    destroyed a Humvee") is that violence's result (codebook: destruction during an attack is the attack), so such a
    claim goes to the violence."""
    own = next((e for e in events if any(ev.start == sentence_start for ev in e.evidence)), None)
    violent = [e for e in events if e.event_type in VIOLENT_TYPES and e.evidence]
    told_before = any(ev.start < sentence_start for e in violent for ev in e.evidence)
    destruction = str(taxonomy.SubEventType.LOOTING_PROPERTY_DESTRUCTION)
    if own is not None and not (own.sub_event_type == destruction and told_before):
        return own
    earlier = [(max(ev.start for ev in e.evidence if ev.start < sentence_start), e) for e in violent
               if any(ev.start < sentence_start for ev in e.evidence)]
    if not earlier:
        later = [(min(ev.start for ev in e.evidence), e) for e in violent if any(ev.start in same_paragraph for ev in e.evidence)]
        return min(later, key=lambda pair: pair[0])[1] if later else None
    in_paragraph = [(start, e) for start, e in earlier if start in same_paragraph]
    return max(in_paragraph or earlier, key=lambda pair: pair[0])[1]


def apply_attributions(event: Event, found: Sequence[Attribution]) -> None:
    """Keep the claims on the event and let the most trusted one that names a group be its actor 1
    when the event's own sentences leave the doer unnamed (a denied group is never named). An unnamed side
    told second ("PMF fighters ... clashed with assailants") is the one the claim names: the named side
    was attacked, and the claimed group, the doer, comes first."""
    denied = {a.claim.responsible_actor for a in found if a.claim.claim_type == DENIAL}
    for attribution in found:
        if attribution.claim not in event.claims:
            event.claims.append(attribution.claim)
    if event.event_type in VIOLENT_TYPES and _disputed(event) and _rests_on_claims(event):
        event.actor1 = f"Unidentified Armed Group ({event.country})" if event.country else "Unidentified Armed Group"
        event.inter1 = 3
        event.interaction = taxonomy.interaction(event.inter1, event.inter2)
        event.arguments = [a for a in event.arguments if a.role != "attacker" or not a.organization
                           or not any(c.start <= a.start < c.end for c in event.claims if c.claim_type != "casualties")]
        return
    naming = [a for a in found if a.claim.claim_type in NAMING_TYPES and a.actor.name not in denied]
    if not naming or event.event_type not in VIOLENT_TYPES:
        return
    chosen = min(naming, key=lambda a: NAMING_TYPES.index(a.claim.claim_type))
    unnamed = event.actor1 is None or event.actor1.startswith("Unidentified")
    if not unnamed and event.actor1 != chosen.actor.name and (event.actor2 or "").startswith("Unidentified"):
        event.actor1, event.inter1, event.actor2, event.inter2 = event.actor2, event.inter2, event.actor1, event.inter1
        unnamed = True
    if not unnamed and event.actor1 != chosen.actor.name:
        return
    if event.actor1 != chosen.actor.name:
        event.actor1 = chosen.actor.name
        event.inter1 = actors.acled_inter(chosen.actor, event.country)
        if event.actor2 == event.actor1:
            event.actor2, event.inter2 = None, None
        event.assoc_actor_1 = [name for name in event.assoc_actor_1 if name != event.actor1]
        event.interaction = taxonomy.interaction(event.inter1, event.inter2)
    named = any(a.role == "attacker" and (a.start == chosen.actor.start or _names(a.text, event.actor1)) for a in event.arguments)
    if not named and not chosen.spoken and chosen.actor.end > chosen.actor.start:
        event.arguments.append(Argument("attacker", chosen.actor.text, chosen.actor.start, chosen.actor.end, True))
    owned = any(a.claim.claim_type == RESPONSIBILITY and a.actor.name == event.actor1 for a in found)
    if not owned:
        cost = min(CONFIDENCE_COST[a.claim.claim_type] for a in naming if a.actor.name == event.actor1)
        event.confidence = round(max(0.05, event.confidence - cost), 3)


EXPLICIT_CLAIM = re.compile(r"\bclaim(?:ed|s|ing)?\b|\bresponsib\w*|\bcredit\b|\bcarried\s+out\b|\bbehind\b",
                            re.IGNORECASE)
"""Words of a group claiming a deed outright. A rival claim is one so worded: a group's spokesman who only tells the
toll ("the Taliban spokesman said nine worshippers had been killed") reports, and disputes no one's claim."""


def _disputed(event: Event) -> bool:
    """Whether the event's claims leave its doer in dispute: the group named as actor 1 denies the deed, or two groups
    that deny nothing each claim it. ACLED names a group on others' word only while nothing contradicts it; a denial by
    the group blamed, or a rival claim, leaves the doer unidentified (the claims stay on the event)."""
    kinds: dict[str, set[str]] = {}
    for claim in event.claims:
        if claim.claim_type != "casualties" and claim.responsible_actor:
            explicit = claim.claim_type != RESPONSIBILITY or bool(EXPLICIT_CLAIM.search(claim.text or ""))
            kinds.setdefault(claim.responsible_actor, set()).add(claim.claim_type if explicit else "told")
    claimed = {name for name, told in kinds.items() if RESPONSIBILITY in told and DENIAL not in told}
    return DENIAL in kinds.get(event.actor1 or "", set()) or len(claimed) > 1


def _rests_on_claims(event: Event) -> bool:
    """Whether the event's named actor 1 rests on claims alone: every attacker argument that names it stands in a
    sentence that claims, blames, suspects or denies (a doer the report itself names, "ADF rebels killed 18" or
    "soldiers executed 13 men", stays whatever the group says)."""
    if event.actor1 is None or event.actor1.startswith("Unidentified"):
        return False
    spans = [(c.start, c.end) for c in event.claims if c.claim_type != "casualties"]
    doers = [a for a in event.arguments if a.role == "attacker" and a.organization and _names(a.text, event.actor1)]
    return bool(doers) and all(any(start <= a.start < end for start, end in spans) for a in doers)


def _names(text: str, actor: str | None) -> bool:
    """Whether an argument's text names the actor ("IS militants" names Islamic State)."""
    resolved = actors.normalise_actor(text)
    return resolved is not None and resolved[0] == actor


def doubted(event: Event) -> bool:
    """Whether the event's actor 1 rests on suspicion alone (ACLED notes it: "suspected X")."""
    kinds = {c.claim_type for c in event.claims if c.responsible_actor == event.actor1}
    return SUSPICION in kinds and not kinds & {RESPONSIBILITY, ATTRIBUTION}
