"""Killed, injured and killed-or-injured counts, who claims them, and ACLED's fatality figure.

Counts are [low, high] ranges read with ACLED's conservative conventions (see `parse_number`).
A sentence's figures are attributed to the source it quotes (`find_claimant`); one `Claim` per
source keeps competing figures apart ("the group claimed eight" / "the army said five"), and
`acled_fatalities` takes the lowest reported death count, never injuries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sitrep import actors, countries
from sitrep.schema import CasualtyMention, Claim, ClauseSource, Range, Span

UNITS: dict[str, int] = {
    "zero": 0, "no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

VAGUE: dict[str, Range | None] = {
    "a": (1, 1), "an": (1, 1), "a single": (1, 1), "a lone": (1, 1), "another": (1, 1),
    "a couple of": (2, 2), "a few": (3, 3), "a handful of": (3, 3), "several": (3, 3),
    "a dozen": (12, 12), "dozens": (12, 12), "dozens of": (12, 12), "scores": (20, 20),
    "scores of": (20, 20), "hundreds": (100, 100), "hundreds of": (100, 100),
    "thousands": (1000, 1000), "thousands of": (1000, 1000),
    "a number of": None, "some": None, "many": None, "numerous": None, "multiple": None,
    **{f"{article}{how} number of": None for article in ("an ", "")
       for how in ("unknown", "unspecified", "undisclosed", "undetermined", "unconfirmed", "unreported")},
}
"""Quantity words. ACLED codes "several" as 3 ("several farmers were killed" -> 3),
"dozens" as 12 and "hundreds" as 100; "a few" is 3 like "several" (ACLED's codebook codes both as 3). Words that give
no lower bound at all ("a number of", "many") are no number: a figure is never guessed. Nor is "an unknown number of"
("an unknown number of villagers were killed"): its "an" belongs to "number", it counts no single person, and the
writer says the figure is not known; beside a counted part ("a guard and an unknown number of residents were
killed") only the counted part is reported, and that is the lowest credible figure ACLED codes."""

_NUMBER_WORD = (
    r"(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|hundred|thousand|million)(?:[\s-]+(?:and\s+)?(?=(?:one|two|three|four|five|six|seven|eight|nine"
    r"|hundred|thousand|million|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b))?)+"
)
_DIGITS = r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\w]|[.,]\d)"
_VAGUE = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in VAGUE), key=len, reverse=True))
_BARE = rf"(?:{_DIGITS}|\b{_NUMBER_WORD}\b|\b(?:{_VAGUE})\b)"
_MODIFIER = (
    r"(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|approximately|roughly|an\s+estimated"
    r"|up\s+to|as\s+many\s+as|no\s+fewer\s+than|no\s+less\s+than|fewer\s+than|less\s+than|only|another|other"
    r"|a\s+further|an\s+additional|all)"
)
QUANTITY = (
    rf"(?:(?:{_MODIFIER})\s+)?(?:between\s+(?:{_MODIFIER}\s+)?{_BARE}\s+and\s+(?:{_MODIFIER}\s+)?{_BARE}"
    rf"|{_BARE}(?:\s*(?:-|–|to|or)\s*{_BARE}(?!\s+(?:days?|weeks?|months?|years?|hours?)\b))?)"
)
"""A count as news writes it: "15", "1,200", "twenty-five", "at least 5", "between 5 and 8", "dozens"; "all three" after
a count ("carrying three brothers, killing all three") names the whole group again, so the number is exact."""

_BETWEEN = re.compile(rf"between\s+(?:{_MODIFIER}\s+)?(?P<a>{_BARE})\s+and\s+(?:{_MODIFIER}\s+)?(?P<b>{_BARE})", re.IGNORECASE)
_SPAN = re.compile(rf"(?P<a>{_BARE})(?:\s*[-–]\s*(?=\d)|\s+(?:to|or)\s+)(?P<b>{_BARE})", re.IGNORECASE)

STOP = (
    r"(?:were|was|are|is|have|has|had|been|being|got|reportedly|also|allegedly|and|or|who|in|on|at|by"
    r"|during|when|after|near|from|with|without|as|while|including|among|of|to|the|a|an|that|which|later|all"
    r"|before|for|into|across|inside|outside|over|under|since|until|following|amid|around|overnight|yesterday"
    r"|today|last|this|ago|killed|dead|died|wounded|injured|hurt|slain|perished|casualties|deaths|fatalities|bodies"
    r"|escaped|escapes|survived|survives|narrowly|said|says|told|added|stated|reported|confirmed|confirms|announced)"
)
"""Words that end a victim phrase: function words ("a shell landed without causing casualties" counts no one), the
casualty verbs themselves, and verbs of saying (in "killing
nine people, a rights group said" the group is the speaker, and no victim phrase runs on into "said"; in "a hospital
confirmed three deaths" the hospital is no victim)."""
_WORD = rf"(?:[“\"‘]?(?!{STOP}\b)(?:(?:[A-Z]\.){{2,}}|[A-Za-z][\w'’-]*)[”\"’]?|\((?-i:[A-Z][A-Za-z.]{{1,9}})\))"
"""A word of a victim phrase; initials with periods count as one word ("two U.N. staff"), and so does an
abbreviation in brackets after the name it shortens ("two Rift Guard (RG) officers")."""
_UNIT_NAMED = re.compile(r"\d+(?:st|nd|rd|th)?\s+(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?-i:Brigade|Battalion|Regiment|Division"
                         r"|Corps|Squadron|Company|Infantry|Commando|Group|Unit|Army|Wing|Task\s+Force)\b")
"""A number between "the" and a unit's name ("the 444 Brigade", "the 3rd Infantry Division") is part of the name, no
count of people."""
_OF_PART = (rf"(?:\s+of\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:(?={_UNIT_NAMED.pattern})\d+(?:st|nd|rd|th)?\s+)?"
            rf"{_WORD}(?:\s+{_WORD}){{0,3}})?")
"""'15 members of the "apostate forces"', 'two members of an armed group': a group named by what its members belong
to; the article of the group ('an armed group') counts the group, not the dead, who are counted by the head noun;
so does the number of a unit ('two members of the 444 Brigade', `_UNIT_NAMED`).
A group's name may run to four words ('two members of the Arakan Rohingya Salvation Army')."""
# A victim phrase may open with an age ("shot a 45-year-old farmer dead"): it describes the one person, counts none.
VICTIM = rf"(?P<victim>(?:\d{{1,3}}-years?-old\s+)?{_WORD}(?:\s+{_WORD}){{0,4}}{_OF_PART})"
_VICTIM_NP = rf"(?:{_WORD}(?:\s+{_WORD}){{0,3}})"

DIED = (
    r"(?:died|dies|perished|succumbed(?:\s+to\s+(?:(?:his|her|their|the)\s+)?(?:\w+\s+)?(?:injuries|wounds))?"
    r"|(?:(?:were|was|been|got)\s+)?martyred|(?:embraced|attained|achieved)\s+(?:shahadat|martyrdom)"
    r"|los[et]\s+(?:their|his|her)\s+li(?:ves|fe)|la(?:id|y)\s+down\s+(?:their|his|her)\s+li(?:ves|fe)"
    r"|fell\s+(?:as\s+martyrs?|martyrs?|in\s+(?:action|combat|battle|the\s+line\s+of\s+duty"
    r"|(?:the\s+)?(?:clash|fight)\w*)))"
)
"""Intransitive verbs and idioms of dying whose subject is the dead: 'died', 'perished', 'succumbed to his wounds', and
what armies and armed groups say of their own dead, who 'were martyred', 'embraced shahadat' or 'attained martyrdom',
'lost' or 'laid down their lives', or 'fell in combat' (or 'as martyrs', 'in the line of duty'): in their statements
these say killed. The intransitive "fell" counts the dead only with such a frame of fighting after it ("prices fell"
does not). The subject of such a verb suffered the deed (sitrep.roles), it did not do it."""
KILL = (
    r"(?:killed|slain|shot\s+dead|shot\s+and\s+killed|gunned\s+down|executed|beheaded|massacred|murdered"
    r"|assassinated|slaughtered|lynched|neutrali[sz]ed"
    r"|(?:burned|burnt|stabbed|hacked|beaten|shot|charred|crushed|trampled|hanged|stoned|clubbed)\s+to\s+death"
    r"|(?:burned|burnt)\s+alive"
    rf"|dead|found\s+dead|left\s+dead|{DIED}"
    r"|felled\s+by\s+(?:(?:sniper|enemy|hostile)\s+)?(?:gunfire|fire|bullets?))"
)
"""Verbs of killing and dying (the dying idioms are `DIED`). "Felled" counts the dead only by gunfire or bullets
(trees are felled too); people "left dead" by an attack are its dead. A person "burned alive", "stoned to death" or
"clubbed to death" (in a lynching, by a mob) is killed: ACLED counts the dead of mob violence like any other."""
INJURE = (r"(?:wounded|injured|hurt|maimed|hospitali[sz]ed|(?:sustained|suffered)\s+(?:(?:serious|minor|severe|critical"
          r"|grave|multiple|gunshot|bullet|stab|machete|burn)\s+){0,2}(?:injuries|wounds))")
"""Verbs of wounding whose subject is the wounded; "sustained" or "suffered" injuries or wounds ("four traders
sustained gunshot wounds") tell the same of the subject: it was wounded."""
BOTH_PASSIVE = r"(?:(?:killed|dead)\s*(?:,|or|and|/)\s*(?:injured|wounded)|(?:injured|wounded)\s*(?:,|or|and|/)\s*killed)"
BOTH_ACTIVE = r"(?:kill(?:ed|ing|s)?\s*(?:,|and|or|/|&)\s*(?:injur|wound)\w*|(?:injur|wound)\w*\s*(?:,|and|or|/|&)\s*kill\w*)"

NOT_PEOPLE = frozenset(
    "days weeks months years hours minutes vehicles vehicle cars car trucks truck tanks tank houses house homes "
    "buildings building barrels barrel camps camp positions position animals cattle cows goats sheep camels "
    "livestock oxen donkeys horses dogs birds rounds shells rockets missiles mm km kilometres kilometers miles "
    "percent per cent times heads animal cow ox bull bulls calf calves goat camel donkey horse dog bird pig pigs "
    "chicken chickens lamb lambs elephant elephants lion lions".split()
)
"""Heads of counted phrases that are not people: "15 vehicles were destroyed" is no casualty, nor is "rioters killed an
ox" (an animal killed, one or many, is no fatality: ACLED counts people)."""
UNITS_OF_MEASURE = frozenset("days weeks months years hours minutes mm km kilometres kilometers miles percent per times".split())
"""Words right after a number that make it a measure, whatever follows ("10 years many priests");
"12 year old boy" is an age, not a count (see `_people`)."""

TRANSITIVE = frozenset({"killed", "wounded", "injured", "hurt", "executed", "beheaded", "murdered", "massacred",
                        "assassinated", "slaughtered", "lynched", "maimed"})
"""Past forms that are also active verbs: with no "was"/"were" and an object after them ("a mob lynched two
thieves") the phrase before them is the doer, not the dead."""

_TRANSITIVE_PHRASE = re.compile(r"to death$|alive$|^shot and killed$|^shot dead$|^gunned down$")
"""Verb phrases that take an object ("burned to death two robbers", "burned alive two thieves"): a number before
them is no toll."""
_OBJECT_AHEAD = re.compile(rf"\s+(?:the|a|an|his|her|their|its|{_MODIFIER}|{_BARE})\b", re.IGNORECASE)

_SAID = r"(?:said|says|reported|reports|told\s+\w+|added|confirmed|stated)\b"
_PART_OF_THEM = rf"(?:most|many|some|all|both|several|half|none|each|{_BARE})\s+of\s+(?:them|whom)"
"""Part of a group pointed back at ("most of them", "two of whom")."""
_WOUNDING_PARTICIPLE = r"(?:shot|stabbed|wounded|injured|hurt|beaten|burned|burnt|hit|caught)"
_WOUNDED_THEN_DIED = (rf"{_WOUNDING_PARTICIPLE}\s+(?:(?!\band\b)[^,;:.()]){{1,60}}?"
                      r"(?=\s+(?:later\s+|subsequently\s+|eventually\s+|then\s+)?(?:died|succumbed)\b)")
"""'A protester shot by police on Monday died later in hospital', 'two guards stabbed in the raid succumbed': a
participle of wounding after the noun is a shortened relative clause ("who was shot by police"; "caught in the
crossfire": who was hit in it), and the verb after it is the subject's own. The wounded who die are dead of the
event (ACLED counts a death "later in hospital")."""
_ASIDE = (rf"(?:,\s+(?:a|an|the|all|both|{_PART_OF_THEM})\s+[^,;:.()]{{1,80}}?,\s+"
          rf"|,\s+(?:including|among\s+them)\s+(?:a|an|the|his|her|their|{_DIGITS}"
          rf"|\b{_NUMBER_WORD}\b)\s+[^,;:.()]{{1,40}}?,\s+"
          rf"|,\s+(?:according\s+to\s+[^,;:.()]{{1,60}}?|[^,;:.()]{{1,60}}?\s+{_SAID})\s*,\s+"
          r"|\s*(?:--|—|–)\s*[^-—–;:.()]{1,60}?\s*(?:--|—|–)\s+|\s*\([^()]{1,60}\)\s+"
          r"|\s*\bwhom?\s+(?:(?!\band\b)[^,;:.()]){1,60}?\s+(?=(?:were|was)\s)"
          r"|\s+who\s+(?:had\s+been|have\s+been|were|was)\s+(?:\w+\s+)?(?:wounded|injured|hurt)\b"
          r"(?:(?!\band\b)[^,;:.()]){0,60}?\s+"
          r"(?=(?:later\s+|subsequently\s+|eventually\s+|then\s+)?(?:died|succumbed)\b)"
          rf"|\s*\b{_WOUNDED_THEN_DIED}\s+)")
"""An aside between a counted subject and its verb ("one man, a trader from the town, was shot dead", "two nurses --
both in their twenties -- were shot", "thirty people, most of them women, died", "two guards, the army said, were
killed"): an apposition, a part of the group pointed back at by "of them"/"of whom", or the source, set off by commas
or dashes; anything in brackets ("three guards (one of them a woman) were killed": a bracket is an aside whatever
it holds); or a relative clause before "were"/"was" ("two guards who were on duty at the gate were killed":
the clause tells about the subject, the verb after it is the subject's own; a clause with "and" in it may end in the
next subject, "two men who fled and three others were killed", and is not read). A clause that itself kills ("two
guards who shot dead four intruders were killed") is left unread: its own object is counted by the active verb, and the
two tolls would overlap. (Read also before "had" or "died", it lowered MUC-4's deaths on its check half by one
template.) One relative clause is read before "died": one that tells the subject was wounded ("two soldiers who had been wounded in the ambush later
died"), for the wounded who die are then dead of the event: they move from its injured to its killed.
A part named by "including" or "among them" and set off by commas ("twelve villagers, including three children, were
killed") is read across too, when the part is itself counted or named with a determiner: it names some of the counted
people, so the count before it is the subject's and the toll is that count (twelve, not fifteen nor three). (Read
after any count and with any part, it lowered MUC-4's deaths on its check half; see `_EXACT_COUNT`.)"""
_APPOSITION = re.compile(r",\s+(?:a|an|the)\b", re.IGNORECASE)
"""An aside that renames the counted subject ("one man, a trader, was killed"). After a count above one it may as
well be the next item of a list ("two soldiers, a nurse, and the driver were killed"), so only one person's
apposition is read across. An aside opened by "both" or "all" ("two nurses, both volunteers, were killed") points
back at the whole group like "most of them" and opens no list item, so it is read across after any count."""
_REPORTED_ASIDE = re.compile(rf",\s+(?:according\s+to\s+[^,]+|[^,]+\s+{_SAID})\s*,\s+$", re.IGNORECASE)
"""An aside that names the source ("four rangers, the army said, were killed", "..., according to the police, ..."):
it renames no one and opens no list, so the count before it is the subject of the verb after it, whatever the count."""
_INCLUDING = r"including|among\s+them"
_INCLUDING_ASIDE = re.compile(rf",\s+(?:{_INCLUDING})\b", re.IGNORECASE)
_EXACT_COUNT = re.compile(rf"(?:at\s+least\s+)?(?:{_DIGITS}|\b{_NUMBER_WORD}\b)\s", re.IGNORECASE)
"""A part named by "including" is read across only after an exact count ("nine people, including two nurses, were
killed": nine). After a vague one ("several people, including a nurse, died") the writer gives no whole figure, and
the part is left unread rather than turned into a toll."""
_PART_ASIDE = re.compile(rf",\s+(?:{_PART_OF_THEM}|{_INCLUDING})\b", re.IGNORECASE)
"""An aside that describes part of the counted group ("thirty people, most of them women, died"): "of them"
points back at the group, so it is no new item and the group's count stands; so does a part named by "including"
("nine people, including two nurses, were killed": nine)."""
_LIST_HEAD = re.compile(rf"^\s*[\"“‘]?(?P<q>{QUANTITY})\s+{VICTIM},\s+$", re.IGNORECASE)
"""The first item of a comma list of victims, opening the sentence: "Three soldiers, a nurse and two porters were
killed" counts six. A list joins its last item with "and", so the comma is read as a list only before a subject
that itself ends the list with "and", and only when the first item opens the sentence: after an opening phrase
("Of the six passengers, a woman and a boy were killed") the count before the comma is a whole or a frame the
dead are part of, no list item (see `_PASSIVE`)."""
_WHEN_AFTER_AUX = (
    r"(?(aux)(?:(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+|last\s+(?:night|week)\s+)?)"
)
"""A time told between the auxiliary and its participle ("a trader was on Tuesday night shot dead", "two guards were
yesterday hacked to death"): English may put a short time adverbial inside the verb phrase, and the participle after
it is still the passive verb of the subject before the auxiliary. Read only after an auxiliary ("two men on Friday
killed a trader" makes the men the doers)."""
_HOW_BADLY = r"(?:(?:seriously|critically|badly|gravely|severely|slightly|lightly)\s+(?=wounded|injured|hurt))?"
"""'his bodyguard was seriously wounded', 'three were critically injured': an adverb of degree before a verb of wounding
tells how badly, and the subject is still the wounded."""
_DONE_THEN_LATER = (r"(?:(?!(?:killed|injured|wounded|hurt|shot)\b)[a-z]+(?:ed|en)\s+and\s+"
                    r"(?:later|then|subsequently|eventually)\s+)")
"""'Three teachers were abducted and later found dead': two participles joined by "and later" share the auxiliary and
the subject before it, so the subject of the first deed is the subject of the death too, which came after it. Only
with a word of sequence ("later", "then"): two participles of one moment ("were abducted and shot dead") tell an
abduction that the killing belongs to, and reading them as a toll lowered MUC-4's figures on its check half."""
_WHOLE_BEFORE = re.compile(rf"(?P<q>{QUANTITY})\s+{VICTIM}\s+(?:including|among\s+them)\s+$", re.IGNORECASE)
"""'Nine traders including two women were killed': a count right after "including" with no comma before it is a
part named inside the subject, whose head is the whole before it; the verb tells the whole's death (nine, not two)."""
_PASSIVE = re.compile(
    rf"(?:(?:a\s+|the\s+)?total\s+(?:of\s+)?)?(?P<np>(?P<q>{QUANTITY})\s+"
    rf"(?:of\s+(?:them|those|the\s+[\w'’-]+)\s+|of\s+(?:its|their|his|our)\s+(?:own\s+)?)?"
    rf"(?:{VICTIM}(?:\s+|(?P<tight>(?={_ASIDE}))))?"
    rf"(?:(?(tight)(?!)|(?:,\s*(?:and\s+)?|and\s+){QUANTITY}\s+{_VICTIM_NP}\s+))*)"
    rf"(?P<aside>{_ASIDE})?"
    rf"(?:(?:in\s+total|in\s+all|altogether)\s+)?(?P<aux>(?:were|was|have\s+been|has\s+been|had\s+been|are|is|got|being|had|have|has)\s+)?"
    rf"{_WHEN_AFTER_AUX}"
    rf"(?:(?:reportedly|also|allegedly|all|later|subsequently|confirmed|either|initially"
    rf"|(?<=\s)reported(?=\s+(?:dead|killed)\b))\s+)?(?(aux){_DONE_THEN_LATER}?){_HOW_BADLY}"
    rf"(?P<verb>{BOTH_PASSIVE}|{KILL}|{INJURE}|casualties|deaths?(?!\s+(?:toll|sentences?|penalty|threats?|squads?|row))"
    rf"|fatalit(?:y|ies)|injuries|bodies{_OF_PART}\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:(?:later|also|all|reportedly|subsequently)\s+)?"
    rf"(?:found|recovered|discovered|retrieved|buried))\b",
    re.IGNORECASE,
)
"""The dead as the subject of a passive or intransitive verb: "three soldiers and a guard were killed", "one man, a
trader, was shot dead". The counted items of one subject are joined by "and"; an aside set off by commas or dashes
may stand between the subject and its verb (the group `tight` marks a victim phrase that ends at one), but such a
comma opens no list: "Of the five passengers, a woman and a boy were killed" and "In two raids, a farmer and a
herder were shot dead" put an opening phrase (a whole the dead are part of, a frame of time or place) before the
subject, and reading it as the first item of a list names the whole (or the raids) as the dead and adds its count
to the toll. A side's own dead are counted the same way
("four of its men were killed"). Only the people after the comma died. "Were reported dead"/"reported killed" is the
same passive with the report's verb inside it: the count before it is of the dead."""

KILLING_NOUN = r"(?:deaths?|killings?|massacres?|assassinations?|beheadings?|lynchings?|slayings?)"
"""Nouns of killing that name the dead after "of" ("the massacre of eleven fishermen", "the assassination of two
judges"): the noun of the deed takes its victims as its object, so the count after "of" is of the dead, told as a noun
phrase. "Execution" is left out (it also names the carrying out of a plan or an order), and so is "murder", which also
is a word of charges and trials as much as of deeds ("charged with the murder of two traders"): read as a toll, it
lowered the fatalities of ACLED Kenya and Benin on their check halves."""
KILL_ACTIVE = (
    r"(?:kill(?:ed|ing|s)?|(?:shot|shoots?|shooting|gunned)\s+dead|gun(?:ned|s|ning)?\s+down"
    r"|(?:shot|shoots?)\s+and\s+kill(?:ed|s)?|(?:beat|beaten|stabbed|hacked|burned|burnt"
    r"|stoned|clubbed)\s+to\s+death|execut(?:ed|es|ing)|lynch(?:ed|es|ing)|murder(?:ed|s|ing)|behead(?:ed|s|ing)"
    r"|decapitat(?:ed|es|ing)|assassinat(?:ed|es|ing)|massacr(?:ed|es|ing)|slaughter(?:ed|s|ing)"
    r"|[\"“‘]?neutrali[sz](?:ed|es|ing)[\"”’]?"
    rf"|claim(?:s|ed|ing)?\s+(?:the\s+)?li(?:ves|fe)\s+of|the\s+bodies\s+of|martyr(?:ed|s|ing)|sl(?:ew|ays?|aying)"
    rf"|(?:the\s+)?{KILLING_NOUN}\s+of"
    r"|(?:slit|cut)\s+the\s+throats?\s+of|burn(?:ed|t)\s+alive|fatally\s+(?:shot|stabbed|assaulted|attacked|beat|beaten|wounded))"
)
"""Verbs and nouns followed by the people who died: "killed three", "shot dead a guard", "the death of a civilian",
"gunned down two robbers" (to gun down is to shoot dead), "shooting dead nine farmers" (the participle of "shoot dead"
takes its object like "killing"; armies' communiqués say "neutralised", often in quotation marks, for killed
enemies). A possessive may open the counted object ("killing his two children"): it tells
whose they were, the number after it still counts the dead."""

INSTRUMENT = (r"(?:\s+(?:with|by)\s+(?:an?\s+|the\s+)?(?:machetes?|knife|knives|cutlass(?:es)?|axes?|hoes?"
              r"|spears?|arrows?|sticks?|clubs?|stones?|guns?|rifles?|firearms?|gunfire|bullets?))?")
"""A weapon told between the verb and its victims ("killed by machete a herder", "wounded with a knife two
traders"): the victims after it are still the verb's object."""

_ACTIVE = re.compile(
    rf"\b(?P<verb>{BOTH_ACTIVE}|{KILL_ACTIVE}(?:\s+to\s+death)?(?:\s+and\s+[a-z]+(?:ed|ing))?|wound(?:ed|ing|s)?|injur(?:ed|ing|es|e))"
    rf"{INSTRUMENT}\s+(?:(?:the|his|her|their|its)\s+)?(?P<q>{QUANTITY})(?:\s+{VICTIM})?"
    rf"(?P<more>(?:\s*,\s*(?:and\s+)?|\s+and\s+){QUANTITY}\s+{_VICTIM_NP})*",
    re.IGNORECASE,
)
PERSON_NOUNS = (
    r"man|woman|boy|girl|child|baby|chairman|chief|leader|brother|sister|son|daughter|father|mother|wife|husband"
    r"|uncle|nephew|cousin|head|mayor|driver|owner|guard|teacher|farmer|herder|pastoralist|trader|imam|priest|pastor"
    r"|soldier|policeman|officer|commander|king|official|director|councillor|councilor|journalist|student|victim"
    r"|grower|niece|deputy|bodyguard|villager|neighbou?r|friend|colleague|companion|passenger"
    r"|gunman|attacker|assailant|suspect|robber|thief|militant|fighter|poacher|smuggler|bandit|prisoner|hostage"
    r"|dealer|breeder|rustler|merchant|worker|civilian|resident|aide|activist|cleric|missionary|infant|toddler"
    r"|representative|reservist|member|supporter|rider|motorcyclist|herdsman|fisherman|ranger|vigilante|criminal"
    r"|headman|elder|shepherd|interpreter|translator|protester|protestor|demonstrator|shopkeeper|vendor|nurse|doctor"
    r"|miner|teenager|youth|pupil|schoolboy|schoolgirl|catechist|monk|nun|bishop|preacher|pilgrim|worshipper"
    r"|politician|candidate|lawyer|magistrate|judge|prosecutor|businessman|businesswoman|customer|tourist|pedestrian"
    r"|motorist|cyclist|mechanic|engineer|contractor|labou?rer|employee|pharmacist|healer|witchdoctor|reporter"
    r"|photographer|correspondent|cameraman|constable|sergeant|corporal|inspector|gendarme|trooper|militiaman"
    r"|policewoman|peacekeeper|widow|widower|orphan|grandmother|grandfather|grandson|granddaughter|relative"
    r"|volunteer|cook|porter"
)
AGENT_NOUN = (r"(?!(?:number|total|order|border|water|power|quarter|matter|center|centre|sector|floor|door|motor"
              r"|later|never|either|neither|whether|over|under|after|ever|however|together|further|rather|earlier"
              r"|corridor|shelter|river|tower|corner|weather|summer|winter|october|november|december|september)\b)"
              r"[a-z]{2,}(?:er|or|ist|ian|man|woman)")
"""A noun with a suffix of people by what they do or are ("warder", "operator", "herbalist", "technician",
"fisherman"): in a headline's subject ("Prison warder killed in jailbreak") it names one person, like a noun of
`PERSON_NOUNS`; words with those endings that name no person (`number`, `border`, `later` ...) are left out."""
_PERSON = rf"(?:[\w'’-]+\s+){{0,2}}?(?:{PERSON_NOUNS})"
"""A person named by a noun and up to two words before it ("village chief", "lime grower")."""
_NOT_A_LIST = r"\b(?!\s+(?:and|or)\b)"
_ALL_OF_THEM = re.compile(
    rf"\b(?P<verb>{KILL_ACTIVE})\s+(?P<q>all\s+(?:{_DIGITS}|\b{_NUMBER_WORD}\b)|both)(?:\s+of\s+them)?"
    rf"(?=\s*(?:[.,;:!?)]|$)|\s+(?:in|at|on|near|and|before|after|with|while|as|when|inside|outside)\b)",
    re.IGNORECASE,
)
"""'stopped a car carrying three monks, killing all three', 'seized two brothers and shot dead both': "all" with a
number, or "both", stands for a group already named and gives its size, so the object is that many dead (a count
told after its verb, like "killing three", with the group's noun left out)."""
_DEFINITE = re.compile(
    rf"\b(?P<verb>{KILL_ACTIVE})\s+(?P<q>the|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<victim>{PERSON_NOUNS}){_NOT_A_LIST}",
    re.IGNORECASE,
)
"""One named person killed: "killed the village chief", "killed his brother" (a count of 1)."""
_PAIR = re.compile(
    rf"\b(?P<verb>{KILL_ACTIVE})\s+(?P<q>a|an|the|his|her|their)\s+"
    rf"(?P<victim>{_PERSON}\s+and\s+(?:a|an|the|his|her|their)\s+{_PERSON}){_NOT_A_LIST}",
    re.IGNORECASE,
)
"""Two people named one by one: "shot dead a lime grower and his nephew" (a count of 2)."""
_MORE_PERSON_NOUNS = r"pilot|sheikh|assistant|servant|sentry|chauffeur|escort|spouse|emir"
"""Singular nouns of one person that neither `PERSON_NOUNS` nor an agent suffix (`AGENT_NOUN`) covers."""
_ONE_NAMED = (rf"(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){{0,2}}?"
              rf"(?:{PERSON_NOUNS}|{_MORE_PERSON_NOUNS}|{AGENT_NOUN})\b(?!['’]s|-)")
"""One person named by a determiner and a singular person noun ("the driver", "their commander", "the governor's
driver", "a Catholic catechist"): a singular count noun with a determiner names one person; a possessive before it
("the governor's") tells whose he is, the noun after it is still the person."""
_REFLEXIVE_ONE = r"(?:himself|herself)"
"""'killing six worshippers and himself': the reflexive names the subject, one attacker who died in his own attack,
whose death ACLED counts among the event's fatalities."""
_UNCOUNTED_GROUP = rf"(?:the|their)\s+(?:(?!(?:{_BARE})\b)[\w'’-]+\s+){{0,2}}?(?!(?:{_BARE})\b)[a-z]+s\b(?!['’])"
"""'Three policemen and the attackers were killed': a plural with no number beside a counted part gives no figure;
a number inside it ("the two bombers") counts it, and it is read as a counted group instead.
only the counted part is reported, the lowest credible figure ACLED codes (as with "an unknown number of")."""
_JOIN = r"(?:\s*,\s*and\s+|\s+and\s+|\s+as\s+well\s+as\s+|\s+(?:along|together)\s+with\s+)"
"""Words that join one more group of the dead to those before it: "and", "as well as", "along with", "together with"
(each adds the group after it to the toll)."""
_PART_JOIN = r"(?:\s+(?:including|among\s+them)\s+)"
"""'Nine people including the bomber were killed': "including" with no comma names a part inside the counted whole
before it, so what follows it adds no one (nine). Read only after an exact count, as `_EXACT_COUNT` says why."""
_THEIR_PART = rf"(?:(?:{QUANTITY})\s+of\s+(?:his|her|their|its)\s+{_VICTIM_NP})"
"""'the mayor and three of his escorts': a count of the people a possessive says are someone's (his guards, her
children), a group of its own joined to the one it belongs to."""
_CAPITALISED_NAME = r"(?:(?-i:[A-Z][a-z])[\w'’.-]*\s+){1,3}(?-i:[A-Z][a-z])[\w'’.-]*"
_NAMED_OWNER = rf"{_CAPITALISED_NAME}(?=\s+and\s+(?:{QUANTITY})\s+of\s+(?:his|her)\s)"
"""'Judge Amina Warsame and two of her bodyguards were killed': a capitalised name joined to a group counted as "his"
or "her" people is the one person the possessive points back to, so it counts one. Words in capitals alone ("THE SIX
JESUITS" in wire copy set in capitals) are no sign of a name, so each word of it has a lower-case letter."""
_JOINED_ITEM = (rf"(?:{_THEIR_PART}|(?:{QUANTITY})\s+{_VICTIM_NP}{_OF_PART}|{_ONE_NAMED}|{_NAMED_OWNER}"
                rf"|{_REFLEXIVE_ONE}|{_UNCOUNTED_GROUP})")
"""One group of a joined phrase: a counted group ("five fighters of the SDF"), one person named by a determiner,
"himself" or "herself", a plural with no number, a count of someone's people ("three of his escorts",
`_THEIR_PART`) or the named person they belong to (`_NAMED_OWNER`)."""
_OWNED_ITEM = re.compile(rf"(?P<q>{QUANTITY})\s+of\s+(?:his|her|their|its)\s+(?P<np>.+)", re.IGNORECASE)
"""One `_THEIR_PART` item read apart: its count and the people it counts."""
_JOINED = rf"(?:{_JOINED_ITEM}(?:(?:{_JOIN}|{_PART_JOIN}){_JOINED_ITEM})+)"
"""Two or more groups joined by "and", "as well as", "along with" or "including"."""
_ALONG_WITH = rf"(?:\s+(?:along|together)\s+with\s+|\s+as\s+well\s+as\s+)"
"""Joins that may follow the verb and still add to its subject ("were shot dead along with a bystander"); "and" after
the verb opens a new clause instead."""
_PLURAL_PERSON = rf"(?:(?:{PERSON_NOUNS})s|\w*men|\w*women|children|people)"
_SHARED_COUNT = re.compile(
    rf"(?<![\w'’-])(?P<q>{QUANTITY})\s+(?P<victim>(?:[\w'’-]+\s+)?{_PLURAL_PERSON})\s+and\s+{_PLURAL_PERSON}"
    rf"\s+(?P<aux>(?:were|have\s+been|had\s+been)\s+)?(?:(?:reportedly|also|later)\s+)?(?P<verb>{KILL}|{INJURE})\b",
    re.IGNORECASE,
)
"""'Nearly 60 soldiers and volunteers were killed', 'in which 50 soldiers and volunteers died': two plural nouns of
people joined under one count are one group of that count (a second count would make two groups, `_JOINED_SUBJECT`)."""
_HURT_AND_DIED = re.compile(
    rf"(?<![\w'’-])(?P<q>{QUANTITY})\s+(?:{VICTIM}\s+)?(?:was|were)\s+{_WOUNDING_PARTICIPLE}\b"
    rf"(?:(?!\b(?:and|but|while)\b)[^,;:.()]){{0,60}}?\s+and\s+(?:later\s+|then\s+|subsequently\s+|eventually\s+)?"
    rf"(?P<verb>died|succumbed)\b",
    re.IGNORECASE,
)
"""'A bystander was hit by a bullet and died', 'two protesters were shot and later died in hospital': wounded and
then dead, told by two verbs sharing a subject, the count is of the dead (ACLED counts a death that follows the
wounds)."""
_JOINED_SUBJECT = re.compile(
    rf"(?<![\w'’-])(?P<np>{_JOINED}|{_JOINED_ITEM})"
    rf"\s+(?P<aux>(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s+)?"
    rf"(?:(?:reportedly|also|allegedly|all|later|both)\s+)?{_HOW_BADLY}"
    rf"(?P<verb>{BOTH_PASSIVE}|{KILL}|{INJURE})\b"
    rf"(?P<tail>{_ALONG_WITH}{_JOINED_ITEM}(?:{_JOIN}{_JOINED_ITEM})*)?",
    re.IGNORECASE,
)
"""The dead as a subject made of counted groups and single persons joined by "and", "as well as" or "along with"
("Six vigilantes and the village head were killed", "The governor's driver and seven bodyguards died", "Two farmers
as well as a herder were killed"), or one group and more joined after the verb ("Three police officers were shot dead
along with a bystander"): the toll is the sum of the groups, each person one. Read only where a single person or a
join other than "and" is in it (`_joined_total`); lists of counted groups alone are read by `_PASSIVE`."""
_JOINED_OBJECT = re.compile(
    rf"\b(?P<verb>{KILL_ACTIVE}){INSTRUMENT}\s+(?P<np>{_JOINED})",
    re.IGNORECASE,
)
"""The dead as the object of a killing verb, counted groups and single persons joined ("killing two teachers and the
driver", "killing four policemen and himself", "killed the mayor's brother and two children", "killed a soldier along
with two militiamen"): the toll is the sum, each person (and the attacker named by "himself") one. Read only where a
single person or a join other than "and" is in it; lists of counted groups alone are read by `_ACTIVE`."""
_ITEM_SPLIT = re.compile(rf"(?P<join>{_JOIN}|{_PART_JOIN})(?={_JOINED_ITEM})", re.IGNORECASE)
"""The joins between the groups of a joined phrase, kept by `re.split` so that a part after "including" is known."""
_BEFORE_SUBJECT = re.compile(r"\b(?:of|by|with|for|to|from|against|on|at|into|as)\s+$", re.IGNORECASE)
"""A preposition before a joined subject makes it the preposition's object: "the wife of the chief and two guards were
killed" opens its subject before "the chief", so the joined phrase there is no subject of its own. ("And" is no such
word: "police said, and nine people including the bomber died" opens a new clause with the subject after it.)"""


def _group_count(phrase: str) -> tuple[Range, bool] | None:
    """The number of people in groups joined in one phrase, and whether anything but counted groups joined by "and"
    is in it: a counted group gives its count, a single person or "himself" one, a plural with no number none, and
    the parts named after "including" ("nine people including a child and the driver") nothing more. None when a
    piece is none of these, a counted group names no people ("two vehicles and the driver"), or the whole before
    "including" is no exact count (`_EXACT_COUNT`)."""
    pieces = _ITEM_SPLIT.split(phrase)
    items, joins = pieces[0::2], pieces[1::2]
    low = high = 0
    beyond = any(not re.fullmatch(r"\s*(?:,\s*)?and\s*", join, re.IGNORECASE) for join in joins)
    opened = [bool(re.fullmatch(_PART_JOIN, join, re.IGNORECASE)) for join in joins]
    if any(part and not _EXACT_COUNT.match(whole.strip()) for whole, part in zip(items, opened)):
        return None
    parts = [False] + [any(opened[: i + 1]) for i in range(len(opened))]
    for index, (item, part) in enumerate(zip(items, parts)):
        item = item.strip()
        named = re.match(_NAMED_OWNER, f"{item} and {items[index + 1].strip()}") if index + 1 < len(items) else None
        owner = bool(named) and named.end() == len(item)
        if re.fullmatch(rf"{_ONE_NAMED}|{_REFLEXIVE_ONE}", item, re.IGNORECASE) or owner:
            beyond, counted = True, (1, 1)
        elif owned := _OWNED_ITEM.fullmatch(item):
            counted = parse_number(owned["q"])
            if counted is None or not _people(owned["np"]):
                return None
            beyond = True
        elif re.fullmatch(_UNCOUNTED_GROUP, item, re.IGNORECASE):
            beyond, counted = True, (0, 0)
        else:
            quantity = re.match(QUANTITY, item, re.IGNORECASE)
            counted = parse_number(quantity.group()) if quantity else None
            if counted is None or not _people(item[quantity.end():]):
                return None
        if not part:
            low, high = low + counted[0], high + counted[1]
    return (low, high), beyond


def _joined_total(phrase: str) -> Range | None:
    """The toll of groups joined in one phrase (`_JOINED_SUBJECT`, `_JOINED_OBJECT`, `_group_count`); None unless a
    single person, a plural with no number or a join other than "and" is in it (a list of counted groups alone is read
    by `_PASSIVE` and `_ACTIVE`), or when the sum is no one."""
    group = _group_count(phrase)
    return group[0] if group and group[1] and group[0][0] > 0 else None


def _first_victim(phrase: str) -> str:
    """The victim phrase of the first group in a joined phrase, without its count or determiner ("a woman and a boy":
    "woman"), as the other readings name a toll's victims by its first group."""
    first = _ITEM_SPLIT.split(phrase)[0].strip()
    return re.sub(rf"^(?:(?:{QUANTITY})|the|his|her|their|its)\s+", "", first, flags=re.IGNORECASE)


def _renames(aside: str, np: str) -> bool:
    """'Two men, the driver and his assistant, were killed', 'two soldiers, a sergeant and a corporal, were killed':
    an apposition set off by commas after a count that names as many people as the count renames the counted group
    one by one; it is no further item of a list, and the count stands (two, not four)."""
    named = _group_count(aside.strip(" ,"))
    return named is not None and named[0] == parse_number(np)


_AFTER_PASSIVE = r"(?=\s*(?:[.,;:!?)\"”’—–-]|$)|\s+(?:by|at|in|on|near|during|after|while|when|as|outside|inside|following|over|for|from|with|before|amid|along|allegedly|reportedly|early|late|last|of|yesterday|today|overnight)\b)"
_AGE = rf"(?:\d{{1,3}}|{_NUMBER_WORD})[\s-]+years?[\s-]+old"
"""An age before a noun ("a 15 year old worker", "a seven-year-old boy"): it describes one person, it counts none."""
_ONE_PERSON_HEAD = rf"(?:[\w'’-]+\s+)?(?:{PERSON_NOUNS})"
"""A person named by a noun for who they are ("priest", "village chief"), as the possessor of what is told of them."""
_ONE_PERSON = (
    rf"(?P<q>(?:a|an|the|one|his|her|their|its|another)\s+)?(?!(?:{_BARE})\b(?![\s-]+years?[\s-]+old\b)|(?:the|his|her|their|its|this|that)\b)"
    rf"(?P<victim>(?:{_AGE}\s+)?(?:(?!(?:and|or|after|following|over|against|before|when|while|as)\b)[\w'’-]+\s+){{0,4}}?(?:{PERSON_NOUNS}|(?P<agent>{AGENT_NOUN}))(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?)?)"
)
_SINGULAR = re.compile(
    rf"(?:(?<=^)|(?<=[\s\"“‘(]))(?:{_ONE_PERSON}|(?P<pronoun>he|she))"
    rf"(?P<name>,\s+(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){{0,3}}|\d{{1,3}}),)?"
    rf"(?P<hurt>\s+{_WOUNDED_THEN_DIED})?\s+(?P<aux>(?:was|is|has\s+been|had\s+been|got|gets)\s+)?"
    rf"{_WHEN_AFTER_AUX}"
    rf"(?:(?:reportedly|allegedly|later|subsequently|also|then|eventually|brutally)\s+)?{_HOW_BADLY}"
    rf"(?:(?!(?:killed|injured|wounded|hurt|shot)\b)[a-z]+ed\s+and\s+)?"
    rf"(?P<verb>{KILL}|dies|{INJURE})\b",
    re.IGNORECASE,
)
"""One person killed (or wounded), told with no number: a singular noun phrase or "he"/"she" as the
subject of a killing (or wounding) verb in the singular ("the chief was shot dead", "his brother was killed", "he died of his
wounds", "a guard was seized and beheaded", headline style "Aid worker killed in ambush"). English marks
one person by the singular noun and verb, so ACLED counts 1. The person's name or age may stand between the noun
and an auxiliary, set off by commas ("a local councillor, Mr. Lwazi Dube, was shot dead": an apposition that names the
one person and renames no other). A phrase with neither an article nor
"was"/"is" must open the sentence (a headline) and be followed by no object, or it may be an active
clause ("herder killed farmer" aside, "trader killed the thief" kills the thief, not the trader)."""
_BARE_OBJECT = re.compile(
    rf"\b(?P<verb>{KILL_ACTIVE})\s+(?!(?:{_BARE}|the|his|her|their|its|this|that|him|them|and|or|by|with|in|at|on)\b)"
    rf"(?P<victim>(?:(?!(?:and|or)\b)[\w'’-]+\s+){{0,3}}?(?:{PERSON_NOUNS}))\b(?!['’]s)"
    rf"(?=\s*(?:[.,;:!?)\"”’—–-]|$)|\s+(?:in|at|on|near|who|whom|after|during|over|from|for|with|while|as|when"
    rf"|outside|inside|following|before|amid|along|accused|suspected|believed|allegedly|of|and\s+(?!(?:a|an|the|his|her|their|one|two|\d+|{PERSON_NOUNS})\b)))",
    re.IGNORECASE,
)
"""Headline style, a singular object without article: "gunmen kill civilian", "mob lynches suspected
thief". A singular count noun names one person; a plural ("kill civilians") gives no number. Only in
the headline register, which drops articles: a clause that used "a"/"the" before the verb would have
given its object one too, so there a bare noun is a modifier or a name, not one person."""
_ARTICLE = re.compile(r"\b(?:a|an|the)\b", re.IGNORECASE)
_PRONOUN_OBJECT = re.compile(
    rf"\b(?P<verb>{KILL_ACTIVE}(?:\s+and\s+[a-z]+(?:ed|ing))?)\s+(?P<q>him|her)(?=\s*(?:[.,;:!?)]|$)|\s+(?:dead|in|at|on|near|after|during|with|while|as|when|before|and|outside|inside|instantly"
    r"|immediately|outright)\b)",
    re.IGNORECASE,
)
"""One person referred to by "him"/"her" as the object of a killing verb ("killing and robbing him", "killing him
instantly")."""
_SHOT_HIM_DEAD = re.compile(r"\b(?P<verb>shot|shoots?|gunned)\s+(?P<q>him|her)\s+dead\b", re.IGNORECASE)
"""'shot him dead': one person."""
_NOT_NAME_WORD = (
    r"(?:no|nobody|none|noone|anyone|anybody|everyone|someone|somebody|who|whom|which|that|this|it|there|nothing|one"
    r"|he|she|they|we|i|what|where|when|if|whether|and|or|but|each|every|neither|either|no-one)"
)
_NAMED = re.compile(
    rf"(?:(?<=^)|(?<=[\s\"“‘(]))(?P<victim>(?!(?i:{_NOT_NAME_WORD})\b)[A-Z][\w'’.-]*(?:\s+(?!(?i:{_NOT_NAME_WORD})\b)[A-Z][\w'’.-]*){{0,4}})"
    rf"(?P<aside>,\s+(?:\d{{1,3}}|(?i:who|whose|a|an|the)\b|[A-Z])[^,;]{{0,150}}?,)?"
    rf"\s+(?P<aux>(?i:was|has\s+been|had\s+been)\s+)(?:(?i:reportedly|allegedly|later|subsequently|also|then)\s+)?"
    rf"(?P<verb>(?i:{KILL}|{INJURE}))(?![\w-])"
)
"""A person named by name, singular, as the subject of a killing or wounding verb: "Mr. Okello was
shot dead", "Amina Diallo had been murdered" (1 killed), "Dr. Banda was wounded" (1 injured). Only capitalised words (a name; in all-capitals wire copy any
subject), none of them a pronoun or quantifier ("Nobody was killed", "No one was killed"). The name may carry an
aside set off by commas, an age, a relative clause or a second name ("Ms. Achieng, 34, was shot dead", "Mr. Okello,
who chaired the council, was killed", "the mayor's driver, Peter Wafula, was killed")."""
_NAME_WORD = (rf"(?!(?i:{_NOT_NAME_WORD}|the|a|an|his|her|their|its|all|both|more|other|several|many|some"
              rf"|{_NUMBER_WORD})\b)[A-Z][\w'’.-]*")
_PAIR_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
_NAMED_PAIR = re.compile(
    rf"(?:(?<=^)|(?<=[\s\"“‘(]))(?P<victim>{_PAIR_NAME})\s+(?i:and)\s+(?P<second>{_PAIR_NAME})"
    rf"(?P<aside>,\s+(?!(?i:and)\b)[^,;]{{1,100}}?,)?"
    rf"\s+(?P<aux>(?i:were|have\s+been|had\s+been)\s+)"
    rf"(?:(?i:reportedly|allegedly|later|subsequently|also|then|both)\s+)?"
    rf"(?:(?i:abducted|kidnapped|seized|taken\s+away)\s+and\s+(?:(?i:later|then|subsequently)\s+)?)?"
    rf"(?P<verb>(?i:{KILL}|{INJURE}))(?![\w-])"
)
"""Two people named by name, each of two or more capitalised words, as the subject of a plural verb of killing or
wounding: "Ana Ruiz and Pedro Lima were shot dead" (2 killed), as `_NAMED` reads one ("Mr. Okello was shot dead").
Two names joined by "and" are two persons. In wire copy set in capitals any two-word subject looks like names, so a
subject with a count, a determiner or a plural noun of people at its end ("THE TWO PEASANTS", "FMLN SOLDIERS") is
left to the readings of counted groups (`_plural_group`)."""


def _plural_group(name: str) -> bool:
    """Whether a capitalised phrase ends in a plural noun of people ("Salvadoran Soldiers", "FMLN GUERRILLAS"), so it
    names a group, not a person (`_NAMED_PAIR`)."""
    last = name.split()[-1].lower().strip("'’.")
    return bool(_PERSON_HEAD.fullmatch(last)) and not re.fullmatch(PERSON_NOUNS, last) or last in _GROUP_NOUNS


_GROUP_NOUNS = frozenset("guerrillas rebels terrorists troops forces members leaders peasants police army militias "
                         "gangs insurgents commandos units squads families relatives authorities".split())
"""Plural group nouns `_PERSON_HEAD` does not cover that end a capitalised group's name in wire copy."""
ATTEMPT_BEFORE = re.compile(
    r"\b(?:tr(?:y|ied|ies|ying)|attempt(?:s|ed|ing)?|s(?:eek|eeks|ought|eeking)|plot(?:s|ted|ting)?|plan(?:s|ned|ning)?"
    r"|threat(?:en|ens|ened|ening)?|vow(?:s|ed|ing)?|fail(?:s|ed|ing)?|want(?:s|ed|ing)?|intend(?:s|ed|ing)?|bid"
    r"|conspir(?:e|ed|ing|acy)|order(?:s|ed|ing)?(?:\s+\w+){0,2})\s+to\s+$",
    re.IGNORECASE,
)
"""'gunmen tried to kill a chief', 'a plot to assassinate the mayor', 'threatened to kill two hostages': a killing
tried, planned, threatened or ordered is not done, so its object is no death (a death it did cause is told apart)."""
_UNSURE_BEFORE = re.compile(r"\b(?:if|whether|not\s+know\s+if|unclear\s+if)\s+$", re.IGNORECASE)
"""'not known if he died': a death put as a question is no count."""
ALLEGED_BEFORE = re.compile(
    r"\b(?:accused|suspected|convicted|charged|arrested|blamed|detained|jailed|sentenced)\s+(?:\w+\s+){0,2}(?:of|for|with)\s+$",
    re.IGNORECASE,
)
"""'accused of killing a villager', 'jailed for life for murdering a neighbour': a deed someone is blamed or
punished for, not a toll of this event."""
UNCONFIRMED_BEFORE = re.compile(
    r"\b(?:unconfirmed|unverified)\s+(?:reports?|accounts?|information)\b[^.;]*$", re.IGNORECASE)
"""'An unconfirmed report said a third gunman had died': a figure the writer gives from a report
it calls unconfirmed is no credible report, and ACLED codes the most conservative credible figure, so it is no toll.
A side's "unverified claims" stay its claim (the event keeps every claim with who made it)."""
MARKING_WORDS = r"mourn\w*|marking|commemorat\w*"
"""The words of a gathering held for a death that came before it ('a march marking', 'a vigil mourning')."""
CAUSE_BEFORE = re.compile(
    r"\b(?:reprisal|retaliation|revenge|response|reaction|protest\w*|against|over|after|following|wake|responsible"
    rf"|blamed|because|due|avenge|denounc\w*|condemn\w*|justice|into|{MARKING_WORDS}|anniversary)"
    r"\s+(?:(?:to|for|of)\s+)?"
    r"(?:(?:the|a|an|this|that|his|her|their|its)\s+(?:[\w-]+\s+)?)?$",
    re.IGNORECASE,
)
"""'in reprisal for a farmer's killing', 'calls for justice for a slain trader', 'an inquiry into the death of': a
death named as the cause or the object of this event (a protest, a probe, a revenge attack) belongs to another one; so
does a death a march marks or commemorates ('a march marking a student's death', 'on the anniversary of the killing
of'), which happened before it."""
CAUSE_CLAUSE_BEFORE = re.compile(
    r"\b(?:after|following|over|against|justice\s+for|reprisal\s+for|retaliation\s+for|revenge\s+for)\s+$",
    re.IGNORECASE,
)
"""'Residents rioted after two men were killed', 'a protest over a student shot dead by police': a clause whose
subject is the dead, opened by a word of cause or sequence, tells the deaths that led to this event, an earlier
event of their own, not this event's toll: the mention is kept (its dead are victims) with `cause` set, and
`tolls` leaves it out. (A death told by the clause's verb, "fled after killing three", is the doer's own act.)"""
_NOMINAL = re.compile(rf"^(?:the\s+)?{KILLING_NOUN}\s+of\b", re.IGNORECASE)
_TO_DEATH = re.compile(
    rf"\b(?:beat|beaten|beating|stabbed|stabbing|hacked|hacking|burned|burnt|burning|stoned|stoning|clubbed|clubbing"
    rf"|tortured|torturing|lynched)\s+(?P<q>{QUANTITY}|him|her)\s+"
    rf"(?:of\s+(?:them|those|the\s+[\w'’-]+)\s+)?(?:{VICTIM}\s+)?"
    rf"(?P<verb>to\s+death)\b",
    re.IGNORECASE,
)
"""'stabbed two herders to death', 'beating one of them to death': a verb of violence, its object, then "to death".
The participle ("beating ... to death") is the same deed told as the result of the clause before it, and a part
picked out of a group ("two of them") counts only the part."""
_THEM_AFTER_COUNT = re.compile(
    rf"(?<![\w-])(?P<q>{QUANTITY})\s+{VICTIM}\s+(?:[^.;:]{{0,80}}?\s+)?and\s+(?:then\s+)?"
    rf"(?P<verb>(?:beat|burned|burnt|stoned|hacked|clubbed|stabbed)\s+them\s+to\s+death|shot\s+them\s+dead"
    rf"|(?:killed|lynched|executed|murdered|beheaded)\s+them)\b",
    re.IGNORECASE,
)
"""'caught two suspected thieves in the market and burned them to death': a counted group taken by the first verb
of a clause, then killed by the second with 'them' for its object; the pronoun takes the count of its group."""
_LEFT = re.compile(
    rf"\b(?:left|leaving|leaves)\s+(?P<q>{QUANTITY})\s+(?:{VICTIM}\s+)??(?P<verb>{BOTH_PASSIVE}|dead|killed|injured|wounded)\b",
    re.IGNORECASE,
)
_LIVES_TAKEN = re.compile(
    rf"\b(?P<verb>claim(?:s|ed|ing)?|took|takes|taking|cost|costs|costing)\s+(?:the\s+)?(?P<q>{QUANTITY})\s+"
    rf"(?:(?:more|other|further|civilian|innocent|young)\s+)?lives\b",
    re.IGNORECASE,
)
"""'The blast claimed nine lives', 'the raid took 12 lives': a deed that claims, takes or costs a number of lives
kills that many people (the idiom counts lives, one a person); the count stands before "lives", not after the verb
as in "claimed the lives of nine" (`KILL_ACTIVE`)."""
_LIVES_CUE = re.compile(r"\blives\b")
_TOLL = re.compile(
    rf"\b(?P<verb>death\s+toll|toll|casualty\s+toll|number\s+of\s+(?:dead|deaths|fatalities)"
    rf"|number\s+(?:of\s+(?:people|persons|those|civilians)\s+)?killed)"
    rf"(?:\s+[\w'’-]+|,\s+(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){{0,2}},){{0,10}}?"
    rf"\s+(?:rose|rises|climbed|climbs|reached|reaches|stands?|stood|is|was|has\s+risen|had\s+risen|increased"
    rf"|jumped|jumps|went\s+up|of)\s+(?:(?:probably|likely|possibly|now|already)\s+)?(?:at\s+|to\s+)?(?P<q>{QUANTITY})",
    re.IGNORECASE,
)
"""'The death toll rose to 18', 'the toll stood at eight', 'the death toll from the attack on a church in Owo on Sunday
has risen to 41': the noun "toll" and its verb may be parted by the phrases that say whose toll it is (from what,
where, when); words with no comma between them are one noun phrase, so the figure after the verb is its toll; so
is a place set off by commas with its region after it ("the toll from the attack on Yelwata, Benue state, has risen").
"The number killed" and "the number of people (those, civilians) killed" are tolls told the same way; so is a toll told
with doubt ("the toll was probably between 15 and 20"), and one told in a headline's present ("toll rises to 19")."""
_TOLL_PUT = re.compile(
    rf"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating|bringing|brought|brings|taking"
    rf"|took|takes|raising|raised|raises|pushing|pushed|pushes)\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?:(?:total|overall|final|official|provisional|preliminary|combined)\s+)?"
    rf"(?P<verb>death\s+toll|toll|casualty\s+toll|number\s+of\s+(?:dead|deaths|fatalities))"
    rf"(?:\s+[\w'’-]+){{0,6}}?\s+(?:at|to)\s+(?P<q>{QUANTITY})",
    re.IGNORECASE,
)
"""'Officials put the death toll at 23', 'the army estimated the toll from the raid at nine': to put or estimate a
toll at a figure is to report it; the count after "at" is the toll, told by whoever put it. '..., bringing the toll to
twelve' (raising, taking, pushing it to) sums the dead told before with the earlier toll: the count after "to" is the
toll now."""
_TOLL_GIVEN = re.compile(
    rf"\b(?P<verb>(?:gave|gives|giving|cited|cites|citing)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
    rf"(?:(?:provisional|preliminary|official|new|higher|lower|final|different|separate)\s+)?"
    rf"(?:death\s+toll|toll|figure|count|tally)\s+(?:of|as))\s+(?P<q>{QUANTITY})"
    rf"(?!\s+(?:[\w'’-]+\s+)?(?:injured|wounded|hurt|injuries|displaced|missing|arrested)\b)",
    re.IGNORECASE,
)
"""'Residents gave a figure of 17', 'a rights group cited a toll of 40', 'it gave the toll as 22': a source giving a
figure or a count, told after reports of deaths, gives a death toll; a figure of the wounded, displaced, missing or
arrested says so after it."""
_FIGURE_PUT = re.compile(
    rf"\b(?:put|puts|putting|placed|places|placing)\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?:(?:total|overall|final|official|provisional|preliminary|combined)\s+)?"
    rf"(?P<verb>figure|number|tally|count)(?:\s+of\s+(?:dead|deaths|fatalities|victims|(?:people|those)\s+killed))?"
    rf"\s+at\s+(?P<q>{QUANTITY})"
    rf"(?!\s+(?:[\w'’-]+\s+)?(?:injured|wounded|hurt|injuries|displaced|missing|arrested|homes|houses|families)\b)",
    re.IGNORECASE,
)
"""'A youth leader put the figure at 21', 'a vigilante leader put the number at 31': after reports of deaths, a source
putting "the figure" or "the number" at a count gives its own death toll, the way "put the toll at" does (news writes
the toll noun once and the later sources' figures with a bare "figure" or "number"); a figure of the wounded,
displaced or arrested, or of homes, says so after the count."""
_DEAD_NUMBERED = re.compile(
    rf"\bthe\s+(?P<verb>dead)\s+(?:numbered|number|totall?ed|totals)\s+(?P<q>{QUANTITY})", re.IGNORECASE)
"""'The MP said the dead numbered fourteen': "the dead" numbering or totalling a count is a death toll told as its
noun's verb."""
_TREATED_PASSIVE = re.compile(
    rf"(?<![\w-])(?P<q>{QUANTITY})\s+(?P<victim>[\w'’-]+)\s+(?:were|are|was|is|had\s+been|have\s+been)\s+(?:being\s+)?"
    rf"(?P<verb>treated)\b(?!\s+(?:for\s+)?(?:shock|trauma|burns?\b))",
    re.IGNORECASE,
)
"""'Doctors said about 35 people were being treated for injuries': people treated after violence, told in the passive,
are its wounded as in the active (`_TREATED`)."""
_BODIES = re.compile(
    rf"\b(?P<verb>counted|carried|collected|received|recovered|retrieved|confirmed|buried|registered|removed|found"
    rf"|saw|seen"
    rf"|discovered|(?:count|tally|total)\s+of)\s+(?P<q>{QUANTITY})\s+(?:more\s+)?(?:bodies|corpses|body|corpse)\b",
    re.IGNORECASE,
)
"""'The ambulance service said it had carried 15 bodies', 'police confirmed six bodies', 'a provisional count of 11
bodies', 'the hospital received one body': the bodies a source counts, carries, receives or confirms are the dead it
reports; so are those a witness saw ('witnesses said they saw at least six bodies on the road')."""
_BODIES_BROUGHT = re.compile(
    rf"\b(?P<q>{QUANTITY})\s+(?:more\s+)?(?:bodies|corpses)\s+(?:had\s+|have\s+|has\s+|were\s+)?(?:been\s+)?"
    rf"(?P<verb>brought(?:\s+in)?|taken|carried|recovered|retrieved|collected|received|counted|buried)\b",
    re.IGNORECASE,
)
"""'Doctors said four bodies had been brought in', 'six bodies were recovered': the same count told in the passive."""
_ONE_BODY = re.compile(
    rf"\b(?:(?:his|her)|the\s+(?P<victim>{_ONE_PERSON_HEAD})['’]s)\s+(?P<verb>body|corpse)\s+"
    rf"(?:was|has\s+been|had\s+been)\s+(?:(?:later|also|then|eventually)\s+)?"
    rf"(?:found|recovered|retrieved|discovered|dumped|fished\s+out)\b",
    re.IGNORECASE,
)
"""'The priest's body was recovered two days later', 'his body was found in a ditch': one person's body found is one
dead, told by the possessor, as a count of bodies tells the dead it counts (`_BODIES_BROUGHT`). A victim named this
way singles out one (no number: `singles_out_one`), so after a larger toll it is one of its dead, no lower report."""
_TREATED = re.compile(
    rf"\b(?P<verb>treated|treating)\s+(?P<q>{QUANTITY})\s+(?P<victim>[\w'’-]+)\b"
    rf"(?!\s+(?:for\s+)?(?:shock|trauma|burns?\b)"
    rf"|\s+(?:and|or)\s+)",
    re.IGNORECASE,
)
"""'Hospital staff said they treated 20 people for gunshot wounds', 'a hospital said it treated nine civilians': the
people a hospital or medics treat after violence are its wounded (people only, `_people`; shock, trauma and burns
alone are left out)."""
_LOSSES = re.compile(
    rf"\b(?P<verb>lost|losing|loses|lose|(?:the\s+)?loss\s+of)\s+(?P<q>{QUANTITY})\s+(?:(?:of\s+(?:its|their|his|our)\s+"
    rf"(?:own\s+)?(?:brave\s+|gallant\s+|valiant\s+)?)?"
    rf"(?P<victim>men|soldiers|troops|fighters|officers|policemen|personnel|comrades|militants|rebels|combatants)\b"
    rf"|of\s+(?:its|their|his|our)\s+own\b)",
    re.IGNORECASE,
)
"""'Al-Shabaab said it had lost three men', 'the army lost five soldiers': an armed side losing a number of its men
in a fight reports their deaths (the plain sense of losing men in war); only armed men are counted, since a party
that "lost three members" or a firm that "lost five workers" tells of leaving, not dying. So does the noun: an army's
communiqué that 'deplores the loss of four of our soldiers' tells four of its men killed. "Lost two of their own"
says the same of the side's own men without naming them: they are its "own men", a group of their own beside those it
killed ("killed 14 insurgents and lost two of their own" is 16 dead)."""
_BOTH = re.compile(
    rf"(?:(?<=^)|(?<=[\s\"“‘(]))(?P<q>both)(?:\s+(?P<victim>(?!(?:were|was|have|had|are|later|also)\b)[\w'’-]+))?"
    rf"(?:\s+of\s+them)?\s+(?P<aux>(?:were|have\s+been|had\s+been)\s+)?"
    rf"(?:(?:later|also|reportedly|subsequently|then)\s+)?(?P<verb>{KILL})\b",
    re.IGNORECASE,
)
"""'Gunmen seized two herders. Both were later found dead.', 'both guards had been shot dead': "both" counts the two
of a pair named before, so as the subject of a passive verb of killing it is a toll of two. Only after an auxiliary:
with none, a verb that also takes an object ("both gunmen killed a guard") makes "both" the doers, and "both men
died", read too, lowered MUC-4's deaths on its check half (44.4 -> 40.7), so it is left unread."""
_NONE = re.compile(
    r"\b(?:no\s+(?:one|body)|nobody|none)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?P<verb>killed|hurt|injured|wounded)"
    r"(?:\s+(?:or|nor)\s+(?P<verb2>killed|hurt|injured|wounded))?"
    r"|\b(?:no|without)\s+(?:(?P<other>other|further)\s+|(?:causing|any|reported|reports\s+of)\s+){0,2}"
    r"(?P<noun>casualties|deaths|fatalities|injuries|loss\s+of\s+life)"
    r"(?:\s+(?:or|and|nor)\s+(?P<noun2>casualties|deaths|fatalities|injuries))?\b",
    re.IGNORECASE,
)
"""Casualties told as none: "no one was killed", "nobody was killed or injured", "no casualties were reported", "no
reports of casualties", "without causing any casualties", "no injuries or deaths". ACLED codes a report that tells
no one died as 0 dead; such a report is a figure (0), not a silence (no figure). "No other" or "no further" casualties
come after a toll and deny only more of them: they give no figure of the dead, and of the injured only when they are
named ("no other injuries were reported": none injured)."""

_CASUALTY_CUE = re.compile(
    r"kill|dead|die|death|wound|injur|hurt|casualt|bodies|slain|shot|gun|execut|behead|massacr|murder"
    r"|assassin|slaughter|lynch|perish|lost|lives|toll|fatal|hospital|maim|decapitat|alive|throat|corpses|neutrali"
    r"|\bbody\b|\bcorpse\b|\btreat|\blife\b|\bslew\b|\bslay|\bfell(?:ed)?\b"
    r"|\bgave\b|\bgives\b|\bgiving\b|\bcit(?:ed|es|ing)\b|\blos[eis]|martyr|shahadat|\bput|\bplac"
)
"""Stems one of which every casualty phrase contains: a sentence without any is skipped at once."""
_NONE_CUE = re.compile(r"\bno\b|nobody|none|without")
_TOLL_CUE = re.compile(r"toll|number (?:of|killed)")
_GIVEN_CUE = re.compile(r"\b(?:gave|gives|giving|cited|cites|citing)\b")
_DIED_CUE = re.compile(r"\bdied\b|\bsuccumbed\b")
_PUT_CUE = re.compile(r"\b(?:put|puts|putting|placed|places|placing)\b")
_NUMBERED_CUE = re.compile(r"\bthe dead\b")
_BODIES_CUE = re.compile(r"bodies|corpses|\bbody\b|\bcorpse\b")
_TREATED_CUE = re.compile(r"\btreat")
_LOSSES_CUE = re.compile(r"\blos[tes]")
_BOTH_CUE = re.compile(r"\bboth\b")
_LEFT_CUE = re.compile(r"\bleft\b|leaving|leaves")
_TO_DEATH_CUE = re.compile(r"to death")


def parse_number(text: str) -> Range | None:
    """A count phrase as an inclusive [low, high] range, conservatively (ACLED's rules).

    "eight", "15", "1,200", "twenty-five" are exact. "at least 5", "more than 200" and "over 200"
    give the stated figure (ACLED takes the bound itself as the conservative count); "about",
    "nearly", "some 50" give the figure. "up to 10" and "as many as 10" give (1, 10): only the top is
    known. "between 5 and 8", "five to seven", "5-7", "five or six" are ranges. "a"/"an" are 1
    ("a soldier was killed"); vague words follow `VAGUE`. "two soldiers and a civilian" sums the
    parts to (3, 3). Returns None when there is no number ("a number of", "some", "many").
    """
    phrase = re.sub(r"\s+", " ", text.strip().lower())
    if _BEYOND_CEILING.search(phrase):
        return None
    found = _parse_phrase(phrase)
    if found is not None and found[1] > MAX_TOLL:
        return None
    return found


MAX_TOLL = 10_000_000
"""No single event kills or injures more people than this: a larger figure is not taken as a number
(the sentence stays the event's evidence), and every stored figure fits a 64-bit column."""

_BEYOND_CEILING = re.compile(r"\b(?:billion|trillion|quadrillion|quintillion|zillion|bn)s?\b")


def _parse_phrase(phrase: str) -> Range | None:
    parts = [p for p in re.split(r"\s*,(?!\d)\s*(?:and\s+)?|\s+and\s+(?=\S+\s+\S)", phrase) if p]
    if len(parts) > 1 and not phrase.startswith("between"):
        counted = [_leading_quantity(p) for p in parts]
        if all(c is not None for c in counted):
            return sum(c[0] for c in counted), sum(c[1] for c in counted)
    return _leading_quantity(phrase)


def _leading_quantity(phrase: str) -> Range | None:
    match = re.match(QUANTITY, phrase, re.IGNORECASE)
    if match is None:
        return None
    words = match.group().split()
    modifier = ""
    for candidate in ("no fewer than", "no less than", "at least", "more than", "fewer than", "less than",
                      "up to", "as many as", "an estimated", "a further", "an additional"):
        if match.group().startswith(candidate + " "):
            modifier = candidate
            break
    else:
        if words and re.fullmatch(_MODIFIER, words[0]):
            modifier = words[0]
    body = match.group()[len(modifier):].strip()
    if not body:
        body, modifier = match.group(), ""
    span = _BETWEEN.fullmatch(body) or _SPAN.fullmatch(body)
    pieces = [span["a"], span["b"]] if span else [body]
    values = [_single(p) for p in pieces]
    if any(v is None for v in values):
        return None
    low, high = min(v[0] for v in values), max(v[1] for v in values)
    if modifier in {"up to", "as many as", "fewer than", "less than"}:
        return (1 if high > 0 else 0), high
    return low, high


def _single(token: str) -> Range | None:
    token = token.strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", token):
        value = int(token.replace(",", ""))
        return value, value
    if token in VAGUE:
        return VAGUE[token]
    total = current = 0
    for word in re.split(r"[\s-]+", token):
        if word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
    return total + current, total + current


QUOTE_BEFORE_COUNT = re.compile(rf"[\"“”](?=(?:{_MODIFIER}\s+)?{_BARE})", re.IGNORECASE)
COUNT_BEFORE = re.compile(rf"(?:{_BARE})\s*$", re.IGNORECASE)
"""Double quotation marks around a count: they say whose words a figure is, not what it counts, so a toll reads the
same inside them ('the governor said the toll was "around thirty"', 'it had killed "more than 30 apostate soldiers"',
'said "at least twelve" had died'). Those that open on a count or close right after one are read as spaces, which
keeps every offset; quoted words that name the dead ('12 members of the "crusader forces"') keep theirs."""


def _unquoted_counts(text: str) -> str:
    """The text with the quotation marks around counts read as spaces (`QUOTE_BEFORE_COUNT`, `COUNT_BEFORE`)."""
    if not any(mark in text for mark in "\"“”"):
        return text
    chars = list(text)
    for match in re.finditer(r"[\"“”]", text):
        if QUOTE_BEFORE_COUNT.match(text, match.start()) or COUNT_BEFORE.search(text[max(0, match.start() - 30):
                                                                                      match.start()]):
            chars[match.start()] = " "
    return "".join(chars)


FAMILY_OF = re.compile(
    rf"\b(?:an?|one)\s+(?:(?:entire|whole|extended)\s+)?(?P<noun>family|household)\s+of\s+"
    rf"(?P<q>{_DIGITS}|\b{_NUMBER_WORD}\b)"
    rf"\b(?!\s+(?:children|kids|sons|daughters|girls|boys)\b)",
    re.IGNORECASE,
)
"""'Militiamen hacked a family of six to death', 'a family of four was killed': "a family of N" (or "a household of
N") names N people, so the count is the number after "of", not the one family the article counts. ("A father of
six" or "a family of six children" tells of children who may not be among the dead, and is not read.)"""


def _family_counts(text: str) -> str:
    """The text with "a family of N" read as "N family" padded with spaces to its length (`FAMILY_OF`), which keeps
    every offset after it."""
    if "famil" not in text.lower() and "household" not in text.lower():
        return text
    return FAMILY_OF.sub(lambda m: f"{m['q']} {m['noun']}".ljust(len(m.group())), text)


PREVENTED_BEFORE = re.compile(
    r"\b(?:prevent|stop|sav|rescu|bar|deter|dissuad|restrain|keep|kept)\w*\s+(?:[\w'’-]+\s+){0,4}?from\s+"
    r"(?:being\s+)?$",
    re.IGNORECASE,
)
"""'Police prevented residents from lynching a suspect', 'villagers stopped a crowd from beating a thief to death',
'a suspect rescued from being lynched': a killing someone is kept from doing is not done, so its object is no death
(like a killing only tried, `ATTEMPT_BEFORE`)."""
AS_SAME_FATE = re.compile(
    rf",\s+(?P<as>as\s+(?:was|were|did|had)\s+)(?P<q>{QUANTITY})(?:\s+of\s+(?:the|them|their|his|her|its)\b)?"
    rf"(?:\s+{VICTIM})?(?=\s*(?:[.,;:!?)]|$)|\s+(?:in|at|on|near|when|after|during|while)\b)",
    re.IGNORECASE,
)
"""'two guards died in the raid, as did a gunman', 'an officer died, as did two of the gunmen': "as"
with an auxiliary standing for the verb before it gives one more group the same fate, so its count adds to the
clause's toll (ACLED counts every death of the event, the attackers' too)."""


def _same_fate(text: str, found: list[CasualtyMention], offset: int) -> list[CasualtyMention]:
    """More dead or wounded told by "as was"/"as did" after a mention (`AS_SAME_FATE`), of the kind of the latest
    mention before it; their text opens with "as", which `ADDED` reads as an addition to the toll."""
    more = []
    for match in AS_SAME_FATE.finditer(text):
        before = [m for m in found if m.end - offset <= match.start() and not m.cause]
        counted = parse_number(match["q"])
        if not before or counted is None or (match["victim"] and not _people(match["victim"])):
            continue
        start = match.start("as")
        kind = before[-1].kind
        more.append(CasualtyMention(kind, counted[0], counted[1], offset + start, offset + match.end(),
                                    text[start:match.end()], None))
    return more


def find_casualties(text: str, offset: int = 0) -> list[CasualtyMention]:
    """Counts of people killed, injured or killed-or-injured stated in one sentence (quotation marks around a count
    read as spaces: `_unquoted_counts`; "a family of N" as N people: `_family_counts`)."""
    text = _family_counts(_unquoted_counts(text))
    lowered = text.lower()
    if not _CASUALTY_CUE.search(lowered):
        return []
    found: list[CasualtyMention] = []
    for match in _NONE.finditer(text) if _NONE_CUE.search(lowered) else ():
        kinds = []
        for noun, verb in ((match["noun"], match["verb"]), (match["noun2"], match["verb2"])):
            noun, verb = (noun or "").lower(), (verb or "").lower()
            if not (noun or verb):
                continue
            if noun == "casualties":
                kinds += ["killed", "injured"]
            elif noun in {"deaths", "fatalities"} or noun.startswith("loss") or verb == "killed":
                kinds.append("killed")
            else:
                kinds.append("injured")
        if match["other"]:
            kinds = ["injured"] if match["noun"].lower() == "injuries" and not match["noun2"] else []
        kinds = list(dict.fromkeys(kinds))
        for kind in kinds:
            found.append(_mention(kind, (0, 0), match, text, offset, None))
    patterns = ((_TOLL, _TOLL_CUE), (_TOLL_PUT, _TOLL_CUE), (_FIGURE_PUT, _PUT_CUE), (_DEAD_NUMBERED, _NUMBERED_CUE),
                (_TOLL_GIVEN, _GIVEN_CUE), (_BODIES, _BODIES_CUE),
                (_BODIES_BROUGHT, _BODIES_CUE), (_ONE_BODY, _BODIES_CUE), (_TREATED, _TREATED_CUE),
                (_TREATED_PASSIVE, _TREATED_CUE),
                (_LOSSES, _LOSSES_CUE), (_BOTH, _BOTH_CUE), (_LEFT, _LEFT_CUE), (_LIVES_TAKEN, _LIVES_CUE),
                (_TO_DEATH, _TO_DEATH_CUE), (_THEM_AFTER_COUNT, None), (_PAIR, None), (_ALL_OF_THEM, None),
                (_ACTIVE, None), (_JOINED_OBJECT, None), (_JOINED_SUBJECT, None),
                (_DEFINITE, None), (_SHARED_COUNT, None), (_HURT_AND_DIED, _DIED_CUE), (_PASSIVE, None),
                (_SINGULAR, None), (_BARE_OBJECT, None),
                (_PRONOUN_OBJECT, None), (_SHOT_HIM_DEAD, None), (_NAMED_PAIR, None), (_NAMED, None))
    for pattern, cue in patterns:
        if cue is not None and not cue.search(lowered):
            continue
        for match in pattern.finditer(text):
            if ALLEGED_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue
            if UNCONFIRMED_BEFORE.search(text, 0, match.start()):
                continue
            if ATTEMPT_BEFORE.search(text, max(0, match.start("verb") - 40), match.start("verb")):
                continue
            if PREVENTED_BEFORE.search(text, max(0, match.start() - 60), match.start()):
                continue
            if _NOMINAL.match(match["verb"]) and CAUSE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                continue
            if pattern in _SUBJECT_FIRST and _FEARED.search(text, max(0, match.start("verb") - 40), match.start("verb")):
                continue
            mention = _read(pattern, match, text, offset)
            if mention is not None:
                if pattern in _SUBJECT_FIRST and CAUSE_CLAUSE_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                    mention.cause = True
                if pattern is _PASSIVE and (_over_whose_death(match) or _marked_death(match, text)):
                    mention.cause = True
                if EARLIER_AFTER.match(text, match.end()) and (
                        ADDED.match(mention.text) or ALSO.search(text, max(0, match.start() - 25), match.end())):
                    mention.cause = True
                if mention.kind == "killed_or_injured" and SEVERAL_KILLED_AND_WOUNDED.match(mention.text):
                    mention.kind = "killed"
                doers = _OF_DOERS_AFTER.match(text, match.end()) or _OF_DOERS_IN.match(mention.text)
                if doers and mention.victim is None:
                    mention.victim = doers["doers"]
                lost_by = _DOERS_LOST.search(text, max(0, match.start() - 40), match.start()) \
                    if pattern is _LOSSES else None
                if lost_by:
                    mention.victim = lost_by["doers"]
                found.append(mention)
    return _without_overlaps(found + _same_fate(text, found, offset) if " as " in lowered else found)


_DEATH_NOUN = re.compile(r"deaths?|killings?|murders?", re.IGNORECASE)


def _over_whose_death(match: re.Match) -> bool:
    """'a protest over a student's death', 'riots over two herders' deaths': "over" before a possessive and a death
    noun is the preposition of cause, not "more than" ("over 30 deaths"). A possessive makes the phrase a noun phrase
    (whose death), so the count is of the dead who caused this event, not this event's toll (`CAUSE_BEFORE`)."""
    victim = (match.groupdict().get("victim") or "").strip()
    return (bool(re.match(r"over\s", match["q"], re.IGNORECASE)) and victim.endswith(("'s", "’s", "s'", "s’"))
            and bool(_DEATH_NOUN.fullmatch(match["verb"].strip())))


_MARKING_BEFORE = re.compile(rf"\b(?:{MARKING_WORDS}|anniversary\s+of)\s+$", re.IGNORECASE)


def _marked_death(match: re.Match, text: str) -> bool:
    """'a march marking a student's death', 'a vigil commemorating a miner's killing': a possessive death a gathering
    marks, commemorates or mourns happened before it, so it is no toll of this event (like `_over_whose_death`)."""
    victim = (match.groupdict().get("victim") or "").strip()
    return (victim.endswith(("'s", "’s", "s'", "s’")) and bool(_DEATH_NOUN.fullmatch(match["verb"].strip()))
            and bool(_MARKING_BEFORE.search(text, max(0, match.start() - 30), match.start())))


EARLIER_AFTER = re.compile(
    r"[^.;]*?\b(?:days?|weeks?|months?|years?|hours?|(?:a|the)\s+(?:day|night|week|month|year))\s+(?:earlier|before)"
    r"(?=\s*(?:[,.;)]|$))",
    re.IGNORECASE,
)
"""'Another trader was killed in a nearby village days earlier', 'gunmen had also shot dead a guard a week before':
a death told as one more ("another", "also") but days or weeks before the story's event, with no other moment after
"before", is an earlier event of its own, no addition to this one. ACLED codes each event's own deaths, so it is no
part of this event's toll (it is left out like a death that caused it). A death told alone with "days earlier" ("the
body of a herder killed two days earlier was found") may be the event itself, and stays."""
SEVERAL_KILLED_AND_WOUNDED = re.compile(
    r"(?:several|a\s+few|a\s+handful\s+of)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:were|are|have\s+been)\s+)?"
    r"(?:(?:killed|dead)\s+and\s+(?:wounded|injured)|(?:wounded|injured)\s+and\s+killed)\b", re.IGNORECASE)
"""'Several herders were killed and wounded', 'several dead and wounded': "and" (not "or") says some were killed and
some wounded, each told with the vague count. ACLED's codebook codes "several" and "a few" dead as 3, so the phrase
gives 3 killed. (An exact count, "twenty killed and wounded", is the sum of both and gives no deaths of its own.)"""
DOER_WORDS = ("attackers", "assailants", "raiders", "gunmen", "bandits", "robbers", "militants", "insurgents",
              "kidnappers", "rustlers")
DOER_HEADS = frozenset(DOER_WORDS)
DOERS = "(?:" + "|".join(DOER_WORDS) + ")"
DOER_HEAD_WORDS = frozenset({word.removesuffix("s") for word in DOER_WORDS} | {"gunman", "bomber"})
"""The attacking side's head nouns, one or many ("one attacker", "three gunmen"), as `_head` gives them."""
_DOERS_LOST = re.compile(rf"\b(?:the\s+)?(?P<doers>{DOERS})\s+(?:(?:had|have|has|also|reportedly)\s+)?$", re.IGNORECASE)
"""'The attackers lost around twenty men': the side that loses men is the side whose dead they are."""
_OF_DOERS_AFTER = re.compile(rf"\s+of\s+the\s+(?P<doers>{DOERS})\b", re.IGNORECASE)
_OF_DOERS_IN = re.compile(rf"^(?:{QUANTITY})\s+of\s+the\s+(?P<doers>{DOERS})\b", re.IGNORECASE)
"""'police killed one of the attackers', 'two of the raiders were shot dead': a count picked out of the attacking
side, whose dead are no victims of the attack but a group of the event's dead besides them (`_join_doers`)."""
_AGE_AFTER = re.compile(r"[\s-]+years?[\s-]+old\b", re.IGNORECASE)
"""'mourning 9-year-old pupil Achieng': a number that is an age counts no one."""
GERUND_BEFORE = re.compile(r"\b(?:over|after|for|about|against|following|despite|of|on|from)\s+$", re.IGNORECASE)
"""'a protest over two people being killed': a passive gerund after a preposition names a death as the topic or
cause of something else, not as this event's toll (and "over" there is the preposition, not "more than")."""
_FEARED = re.compile(r"\b(?:feared|presumed)\s+(?:to\s+(?:have\s+)?(?:been\s+)?)?$", re.IGNORECASE)
"""'ten people feared dead', 'a ranger is presumed dead': a death feared or presumed is not reported. ACLED's
fatalities are the deaths reports give, not the people missing or at risk, so a hedged death counts no one (the
figure comes back when a later report confirms the deaths)."""
_SUBJECT_FIRST = (_PASSIVE, _SINGULAR, _NAMED, _NAMED_PAIR, _BOTH, _JOINED_SUBJECT)
"""Patterns whose match opens with the dead (the subject of a passive or intransitive verb)."""


def _read(pattern: re.Pattern, match: re.Match, text: str, offset: int) -> CasualtyMention | None:
    verb = re.sub(r"\s+", " ", match["verb"].lower())
    victim = match.groupdict().get("victim")
    if victim and not _people(victim):
        return None
    if match.groupdict().get("q") and _AGE_AFTER.match(text, match.end("q")):
        return None
    if match.groupdict().get("q") and _UNIT_NAMED.match(text, match.start("q")) \
            and re.search(r"\bthe\s+$", text[max(0, match.start("q") - 5):match.start("q")], re.IGNORECASE):
        return None
    if pattern is _PASSIVE:
        if _OBJECT_OF_VERB.search(text, max(0, match.start() - 60), match.start()):
            items = list(re.finditer(rf"\band\s+(?={QUANTITY}\s)", match["np"], re.IGNORECASE))
            if not items:
                return None
            rest = _PASSIVE.match(text, match.start("np") + items[-1].end())
            return _read(pattern, rest, text, offset) if rest else None
        aside = match["aside"]
        relative = bool(aside) and (aside.lstrip().startswith("who")
                                    or bool(re.match(rf"\s*{_WOUNDING_PARTICIPLE}\s", aside)))
        if relative and re.search(rf"\b(?:{KILL_ACTIVE}|{KILL})\b", aside, re.IGNORECASE):
            return None
        if aside and _INCLUDING_ASIDE.match(aside) and not _EXACT_COUNT.match(match["np"]):
            return None
        if aside and (_REPORTED_ASIDE.match(aside) or _PART_ASIDE.match(aside) or relative
                      or aside.lstrip().startswith("(")):
            if not match["aux"] and (verb in TRANSITIVE or _TRANSITIVE_PHRASE.search(verb)):
                return None
        elif aside and not (_APPOSITION.match(aside) and _renames(aside, match["np"])) and (not match["aux"] or (
                _APPOSITION.match(aside) and parse_number(match["np"]) != (1, 1))):
            return None
        if (match["aux"] or "").strip().lower() == "being" and (
                GERUND_BEFORE.search(text, max(0, match.start() - 20), match.start()) or match["q"].lower().startswith("over")):
            return None
        if not match["aux"] and (verb in TRANSITIVE or _TRANSITIVE_PHRASE.search(verb)
                                 or (victim and _TRANSITIVE_PHRASE.search(f"{victim.split()[-1].lower()} {verb}"))
                                 ) and _OBJECT_AHEAD.match(text, match.end()):
            # "Barrio 18 shot dead a driver": with an object after it, "shot dead" is the active verb of a subject
            # whose name ends in a number (a gang, a unit, a route), not "18 (people) shot dead".
            return None
        whole = _WHOLE_BEFORE.search(text, max(0, match.start() - 80), match.start())
        if whole and _people(whole["victim"]) and (counted := parse_number(whole["q"])):
            start = whole.start("q")
            return CasualtyMention(_kind(verb), counted[0], counted[1], offset + start, offset + match.end(),
                                   text[start: match.end()], whole["victim"])
        counted = parse_number(match["np"])
        head = _LIST_HEAD.match(text[: match.start()]) if counted and not match["aside"] and re.search(
            r"\band\b", match["np"], re.IGNORECASE) else None
        if head and _people(head["victim"]) and (first := parse_number(head["q"])):
            counted = (counted[0] + first[0], counted[1] + first[1])
            start = head.start("q")
            return CasualtyMention(_kind(verb), counted[0], counted[1], offset + start, offset + match.end(),
                                   text[start: match.end()], head["victim"])
        if victim is None and verb in {"dead", "died", "casualties", "death", "deaths", "fatalities", "fatality"} and match["q"].lower() in {"a", "an"}:
            return None
    elif pattern is _JOINED_SUBJECT:
        before = text[max(0, match.start() - 60): match.start()]
        if _OBJECT_OF_VERB.search(before) or _BEFORE_SUBJECT.search(before):
            return None
        if not match["tail"] and not _ITEM_SPLIT.search(match["np"]):
            return None
        if not match["aux"] and (verb in TRANSITIVE or _TRANSITIVE_PHRASE.search(verb)) and not re.match(
                _AFTER_PASSIVE, text[match.end("verb"):]):
            return None
        counted = _joined_total(match["np"] + (match["tail"] or ""))
        victim = _first_victim(match["np"])
    elif pattern is _JOINED_OBJECT:
        if _NEW_CLAUSE.match(text, match.end()) or re.match(r"\s+[a-z]+ed\b", text[match.end():]):
            return None
        counted = _joined_total(match["np"])
        victim = _first_victim(match["np"])
    elif pattern is _SINGULAR:
        if _UNSURE_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            return None
        if match["agent"] and (match["q"] or text[: match.start()].strip(" \"“‘(")):
            return None
        if match["name"] and match["aux"] is None:
            return None
        if match["hurt"] and (match["aux"] or match["pronoun"] or not re.match(r"died|succumbed", verb)):
            return None
        if match["aux"] is None and match["pronoun"] is None and not match["hurt"]:
            if match["verb"].lower() in {"dead"} or not re.match(_AFTER_PASSIVE, text[match.end():]):
                return None
            if match["q"] is None and text[: match.start()].strip(" \"“‘(") != "":
                return None
        counted = (1, 1)
    elif pattern is _BARE_OBJECT and _ARTICLE.search(text, 0, match.start()):
        return None
    elif pattern is _NAMED_PAIR:
        if _plural_group(match["victim"]) or _plural_group(match["second"]) or verb == "dead":
            return None
        counted = (2, 2)
    elif pattern is _NAMED and (verb == "dead" or _UNSURE_BEFORE.search(text, max(0, match.start() - 20), match.start())):
        return None
    elif pattern in (_DEFINITE, _BARE_OBJECT, _PRONOUN_OBJECT, _SHOT_HIM_DEAD, _NAMED, _ONE_BODY):
        counted = (1, 1)
    elif pattern is _PAIR:
        counted = (2, 2)
    elif pattern is _BOTH:
        if not match["aux"]:
            return None
        counted = (2, 2)
    elif pattern is _ALL_OF_THEM:
        counted = (2, 2) if match["q"].lower() == "both" else parse_number(match["q"].split(None, 1)[1])
    elif match["q"].lower() in {"him", "her"}:
        counted = (1, 1)
    else:
        more = match.groupdict().get("more") or ""
        if more and _NEW_CLAUSE.match(text, match.end()):
            last = list(_LIST_ITEM.finditer(more))[-1]
            end = match.start("more") + last.start()
            counted = parse_number(match["q"] + more[: last.start()])
            if counted is None or (match.groupdict().get("q") and _is_year(match["q"], text[: match.start("q")])):
                return None
            start = match.start()
            return CasualtyMention(_kind(verb), counted[0], counted[1], offset + start, offset + end, text[start:end], victim)
        counted = parse_number(match["q"] + more)
        owned = _POSSESSED_ITEM.match(text, match.end())
        if (counted and pattern is _ACTIVE and owned and match["victim"] and _people(match["victim"])
                and not _NEW_CLAUSE.match(text, owned.end()) and not re.match(r"\s+[a-z]+ed\b", text[owned.end():])
                and not (match["q"] or "").lower().startswith(("up to", "as many as"))):
            end = owned.end()
            return CasualtyMention(_kind(verb), counted[0] + 1, counted[1] + 1, offset + match.start(), offset + end,
                                   text[match.start():end], match["victim"])
    if counted is None or (match.groupdict().get("q") and _is_year(match["q"], text[: match.start("q")])):
        return None
    if pattern is _LOSSES and victim is None:
        victim = "own men"
    return _mention(_kind(verb), counted, match, text, offset, victim)


_LIST_ITEM = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+){QUANTITY}\s+{_VICTIM_NP}", re.IGNORECASE)
_NEW_CLAUSE = re.compile(
    rf"(?:\s+{_WORD}){{0,3}}?\s+(?:were|was|are|is|have|has|had|(?:{KILL}|{INJURE})\b"
    rf"|(?:also\s+)?(?:said|says|reported|reports|told|added|stated|confirmed|claimed)\b)", re.IGNORECASE)
"""'gunmen killed two herders and four others were wounded': a counted phrase after the object's "and" that is
followed by a verb of its own is the subject of a new clause, not the next object of the killing verb; the object list
ends before it, and the new clause tells its own figure. A verb of saying after it makes it the source of the report
set off by a comma ("killing nine people, a local rights group said"): English puts the speaker and "said" after the
reported clause, and the speaker is no further victim."""
_POSSESSED_ITEM = re.compile(
    rf"\s+and\s+(?:his|her|their|its)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PERSON_NOUNS})\b(?!['’]s|-)", re.IGNORECASE)
"""The last item of an object list named by a possessive and a singular person noun ("killing four soldiers and their
interpreter", "shot dead two traders and their driver"): a singular count noun with a determiner names one person, so
the list counts one more. A plural ("and their children") gives no number and is left out; an item followed by a verb
of its own ("and their leader escaped", `_NEW_CLAUSE`) is the subject of a new clause."""
_OBJECT_OF_VERB = re.compile(rf"\b(?:{KILL_ACTIVE}|lost|loses|lose|losing)\s+$", re.IGNORECASE)
"""A counted phrase right after an active killing verb is its object ("gunmen killed two herders and four others were
wounded"): the subject of the passive verb after it is only the last item joined by "and". So after a verb of losing
men ("We lost eight officers and three others were injured", `_LOSSES`)."""
_PERSON_HEAD = re.compile(rf"(?:{PERSON_NOUNS})s?|\w*men|\w*women|children|people|persons|thieves|wives", re.IGNORECASE)
"""A plural head that names people, irregular plurals included ("herdsmen", "policewomen", "thieves")."""


def _people(victim: str) -> bool:
    """Whether a counted phrase names people: not "15 vehicles" or "nine sheep", but "a cattle dealer" and
    "a man accused of stealing goats" (only the words before "of" count, and a person noun at their end wins), nor
    "a reservist guarding cattle" (a participle after a person noun opens a clause about that person: what it
    tells him doing is no part of the head)."""
    words = [word.strip("“”\"‘’").lower() for word in re.split(r"\s+of\s+", victim, maxsplit=1)[0].split()]
    cut = next((i for i in range(1, len(words))
                if words[i].endswith("ing") and _PERSON_HEAD.fullmatch(words[i - 1])), None)
    words = words[:cut]
    if words and (words[0] in UNITS_OF_MEASURE or words[:2] in (["year", "old"], ["years", "old"])):
        return False
    if words and words[-1] not in NOT_PEOPLE and _PERSON_HEAD.fullmatch(words[-1]):
        return True
    return not any(word in NOT_PEOPLE for word in words)


def _is_year(quantity: str, before: str) -> bool:
    """"In 2014 militants were killed": a year after a date preposition is no count."""
    return bool(re.fullmatch(r"(?:19|20)\d\d", quantity.strip())) and bool(
        re.search(r"\b(?:in|since|of|by|during|from|until|early|late|mid|before|after)\s*$", before, re.IGNORECASE)
    )


def _kind(verb: str) -> str:
    if re.fullmatch(BOTH_PASSIVE + "|" + BOTH_ACTIVE + "|casualties|casualty toll", verb, re.IGNORECASE):
        return "killed_or_injured"
    if re.match(r"(?:wound|injur|hurt|maimed|hospital|sustained|suffered|treat)", verb):
        return "injured"
    return "killed"


def _mention(kind: str, counted: Range, match: re.Match, text: str, offset: int, victim: str | None) -> CasualtyMention:
    start, end = match.span()
    return CasualtyMention(kind, counted[0], counted[1], offset + start, offset + end, text[start:end], victim)


def tolls(mentions: Iterable[CasualtyMention]) -> list[CasualtyMention]:
    """The mentions that count toward the event's toll: all but the deaths that caused it (`CAUSE_CLAUSE_BEFORE`)."""
    return [m for m in mentions if not m.cause]


def _without_overlaps(mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """At one place in the text the longest reading wins (the toll beats the bare number in it)."""
    kept: list[CasualtyMention] = []
    counted: set[tuple[str, int, int, int, int]] = set()
    for mention in sorted(mentions, key=lambda m: (m.start, m.start - m.end)):
        if kept and mention.start < kept[-1].end and not (mention.start == kept[-1].start and mention.end == kept[-1].end):
            continue
        key = (mention.kind, mention.low, mention.high, mention.start, mention.end)
        if key not in counted:
            counted.add(key)
            kept.append(mention)
    return kept


SPEECH = (
    r"(?:said|says|say|reported|reports|claimed|claims|confirmed|confirms|announced|announces|stated|states"
    r"|added|adds|told|noted|revealed|reveals|denied|alleged|tweeted|wrote|reads|read|quoted|insisted|explained"
    r"|gave\s+(?:an?|the|its|their)\s+(?:\w+\s+)?(?:death\s+)?(?:toll|figure|count|tally)|counted"
    r"|put\s+the\s+(?:(?:death|total|overall|final|official)\s+)?(?:toll|figure|tally|count"
    r"|number(?:\s+of\s+(?:dead|deaths))?)\s+at)"
)
"""Verbs by which a source tells a figure, among them the ways news gives a second or third source's count: "put the
figure at 21", "put the number at 31", "gave the toll as 22"."""
_AGENCY = re.compile(
    r"\b(?:news\s+agency|mouthpiece|media\s+(?:arm|outlet|wing|office)|propaganda\s+(?:arm|agency|outlet)),?\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"|\b(?P<name2>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+news\s+agency\b"
)
_NAME_WORDS = r"[\w'’.-]+(?:\s+[\w'’.-]+){0,11}?"
_ACCORDING = re.compile(
    rf"\baccording\s+to\s+(?P<name>{_NAME_WORDS})(?=\s*(?:[,.;:()\"“”]|$|\s+(?:that|who|which|in|on|at|with|as|when|after|while|from|quoted)\b))",
    re.IGNORECASE,
)
_SUBJECT = re.compile(
    rf"(?:^|[,\"“”;:(—–]\s*|\bthat\s+|\bbut\s+)(?P<name>{_NAME_WORDS})(?<!\ba)(?<!\ban)(?<!\bthe)"
    rf"\s+(?:also\s+|later\s+|earlier\s+|has\s+|had\s+"
    rf"|today\s+|yesterday\s+|tonight\s+|at\s+first\s+|initially\s+|first\s+)?{SPEECH}\b",
    re.IGNORECASE,
)
"""A source as the subject of a verb of speech ("police said", "the army later confirmed"). An article is never the
last word of a subject: after one the participle is an adjective of the noun that follows ("shot dead an alleged
robber", "the reported attack"), so "police officers shot dead an alleged robber" has no source but a doer."""
_INVERTED = re.compile(
    rf"[,\"“”’]\s*(?:said|says|added|told\s+\w+)\s+(?P<name>(?:the|a|an)\s+{_NAME_WORDS})(?=\s*[,.;]|$)",
    re.IGNORECASE,
)
_SPEECH_CUE = re.compile(
    r"said|says|say\b|report|claim|confirm|announc|state|added|adds|told|noted|reveal|denied|alleged|tweet|wrote"
    r"|read|quot|insist|explain|gave|counted|put the"
)
_CLAIMANT_PATTERNS: tuple[tuple[re.Pattern, re.Pattern], ...] = (
    (_AGENCY, re.compile(r"agency|mouthpiece|media|propaganda")),
    (_ACCORDING, re.compile(r"according")),
    (_SUBJECT, _SPEECH_CUE),
    (_INVERTED, _SPEECH_CUE),
)
"""Claimant patterns in order of trust, each with the literal cue it cannot match without."""
RELATIVE_TAIL = re.compile(r"\s+(?:that|who|which)\s+")
"""'Staff at a private hospital that received the wounded said': the claimant ends before its relative clause."""
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|citing)\b[^,]{0,80},")
"""Asides between a source and its verb that are no part of its name: a relative clause ("police, who arrived later,
said") and the source's own source ("The state police command, citing its divisional officer, said nine died")."""
OUTLET = re.compile(r"\b(?:media|newspapers?|paper|daily|radio|television|TV|channels?|station|broadcaster|outlets?"
                    r"|website|service|news|agency|wire|press)\b", re.IGNORECASE)
_CITED = re.compile(rf"\bciting\s+(?P<name>{_NAME_WORDS})(?=\s*(?:[,.;:]|$))", re.IGNORECASE)
"""'Citing hospital sources, a local radio station reported eleven dead', 'Russian state media reported three dead,
citing emergency services': a news outlet citing a source tells that source's figure, so the source it cites is the
claimant (ACLED names the origin of a figure, not the outlet that carries it); a speaker that is no outlet ("a local
official, citing residents, said") gives the figure as its own."""
_APPOSITION_BEFORE_SPEECH = re.compile(rf",\s*(?:a|an|the)\s[^,;]{{1,60}},(?=\s*{SPEECH}\b)", re.IGNORECASE)
"""'Indepaz, a peace research group, said': an apposition between a source's name and its verb says what the source
is; the name before it is the claimant."""
_NOT_A_NAME = frozenset({"were", "was", "is", "are", "been", "be", "have", "has", "had", "will", "would", "no", "not",
                         "did", "does", "that", "which", "who", "and", "but", "as", "if", "when", "what"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "this", "there"})
BACK_REFERENCES = frozenset({"statement", "the statement", "source", "the source", "he", "she", "they", "it",
                             "spokesman", "the spokesman", "spokesperson", "official", "the official"})
"""Claimants that point back to one named earlier: the coder carries the earlier one over."""


def find_claimant(text: str, offset: int = 0, previous: str | None = None) -> tuple[str, Span] | None:
    """Who the sentence attributes its content to ("Amaq", "Security Media Cell", "police").

    A named news agency wins over the group it speaks for; then "according to X"; then the subject
    of a speech verb ("X said", "..., X said", "said X"); a pronoun right before the verb is its subject, whatever
    adverbial phrase opens the clause ("in a later statement the same day it gave"). A pronoun or a back-reference
    such as
    "the statement reads" or "the source added" resolves to `previous` when one is given (the
    claimant of an earlier sentence), so the coder can carry a claimant across sentences.
    """
    lowered = text.lower()
    masked = _APPOSITION_BEFORE_SPEECH.sub(lambda m: " " * len(m.group()), _RELATIVE_CLAUSE.sub(
        lambda m: " " * len(m.group()), text)) if "," in text else text
    for pattern, cue in _CLAIMANT_PATTERNS:
        if not cue.search(lowered):
            continue
        for match in pattern.finditer(masked):
            group = "name2" if pattern is _AGENCY and match["name"] is None else "name"
            start, end = match.span(group)
            end = start + len(RELATIVE_TAIL.split(text[start:end], maxsplit=1)[0].rstrip(".,;: "))
            name = _claimant_name(text[start:end])
            if name is None:
                continue
            if len(name.split()) > 1 and name.split()[-1].lower() in _PRONOUNS:
                name = name.split()[-1]
            if name.lower() in _PRONOUNS:
                if previous is None:
                    continue
                name = previous
            elif previous and name.lower() in BACK_REFERENCES:
                name = previous
            cited = _CITED.search(text) if OUTLET.search(name) else None
            source = _claimant_name(cited["name"].rstrip(".,;: ")) if cited else None
            if source:
                words = cited["name"].rstrip(".,;: ")
                return source, Span(offset + cited.start("name"), offset + cited.start("name") + len(words), words)
            return name, Span(offset + start, offset + end, text[start:end])
    return None


CONTRAST_CLAUSE = re.compile(r"(?:;|,\s+(?:while|whereas|but|although|though|and)|\s+while)\s+(?=\S)", re.IGNORECASE)
"""Where a sentence turns to a second source: "Local officials said 14 people were killed, while the army put the toll
at six"; "Police said eight died; the ambulance service said it had carried 15 bodies"; "Amnesty said seven were shot
dead, and hospital staff said they treated 20" (a part is a source's only when it names one: `clause_sources`)."""


def clause_sources(text: str, offset: int = 0) -> list[ClauseSource]:
    """The parts of a sentence that two or more sources tell side by side, each with its own source (None for a part
    with none): each source's figures are a claim of its own, not one claimant's range, and each source is no side of
    the event. A part whose source is a pronoun ("..., but in a later statement it gave the toll as 22") is the source
    of the part before it speaking again, and so is a part that opens on its verb with no subject ("survivors said the
    dead were civilians, and put their number at more than 50": `_SAME_SUBJECT`). [] when the sentence has fewer than
    two sources."""
    cuts = list(CONTRAST_CLAUSE.finditer(text))
    if not cuts:
        return []
    parts: list[ClauseSource] = []
    start = 0
    for cut in [*cuts, None]:
        end = cut.start() if cut else len(text)
        previous = parts[-1].name if parts else None
        found = find_claimant(text[start:end], offset=offset + start, previous=previous)
        name, words = found if found else (None, None)
        if name is None and previous and _SAME_SUBJECT.match(text, start):
            name, words = previous, parts[-1].words
        parts.append(ClauseSource(name, words, offset + start, offset + end))
        start = cut.end() if cut else end
    return parts if len({part.name for part in parts if part.name}) > 1 else []


_SAME_SUBJECT = re.compile(rf"(?:also\s+|later\s+|then\s+)?{SPEECH}\b", re.IGNORECASE)
"""A clause that opens on a verb of saying shares the subject of the clause before it (coordinated verbs)."""


WHEN_SPOKEN = re.compile(
    r"\s+(?:(?:late|early)\s+)?(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|night"
    r"|morning|evening|week|weekend)(?:\s+(?:night|morning|evening|afternoon))?$|\s+(?:yesterday|today|overnight)$",
    re.IGNORECASE)
"""When the source spoke, told between its name and its verb ("Residents on Tuesday night put the toll at ten"): no
part of who the source is."""


def _claimant_name(raw: str) -> str | None:
    """The claimant without articles and named possessors: "Iraq's Security Media Cell" -> "Security Media Cell" (a
    common noun's possessive stays, it names whose office speaks: "the ombudsman's office"; so does one before a
    single word, which names no body without it: "The Ombudsman's Office", "Nigeria's police"). An
    uncapitalised one must name a source by its role ("officials", "a local militia leader", "a community elder") or
    a side that speaks for itself ("the opposition", "the junta", "the rebels")."""
    name = re.sub(r"^(?:the|a|an|its|their|his|her)\s+", "", raw.strip(" \"“”'’"), flags=re.IGNORECASE)
    possessor = re.match(r"^[A-Z][\w.-]*['’]s\s+(?=\S+\s+\S)", name)
    name = name[possessor.end():] if possessor else name
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE)
    name = WHEN_SPOKEN.sub("", name)
    words = name.split()
    if not words or len(words) > 8 or any(w.lower() in _NOT_A_NAME for w in words):
        return None
    if not any(w[0].isupper() for w in words) and not re.search(
        r"\b(?:sources?|officials?|authorit(?:y|ies)|spokes\w+|police|army|military|media|ministry|agency|statement"
        r"|witness\w*|resident\w*|leaders?|chiefs?|elders?"
        r"|medic\w*|doctor\w*|hospital|group|forces|command|government|governor|mayor|officer|commander|he|she|they|it"
        r"|commissioner|office|prosecutor|coroner|administrator|inspector|superintendent|minister|secretary|director"
        r"|council|committee|mission|division|services?|network|observatory|monitors?|activists?|staff|paramedics"
        r"|rescuers|relatives|family|survivors|lawyers?|chairman|chairperson|representatives?|organi[sz]ers"
        r"|researchers|association|union|party|parties|coalition|radio|station|television|channel|outlet|wing"
        r"|administration|department|pastors?|priests?|imams?|clerics?|bishops?|councill?ors?|lawmakers?|legislators?"
        r"|parliamentarians?|opposition|junta|regime|rebels|insurgents|militants|separatists|guerrillas)\b",
        name,
        re.IGNORECASE,
    ):
        return None
    return name


SIDE_WORDS: tuple[tuple[str, str], ...] = (
    (r"\b(?:police|interior|gendarm\w*)\b", "Police Forces of {country}"),
    (r"\b(?:security|military|army|defen[cs]e|armed\s+forces|soldiers?|troops|commander|command)\b", "Military Forces of {country}"),
    (r"\b(?:ministry|government|governor|mayor|president|prime\s+minister|presidency|authorities)\b", "Government of {country}"),
    (r"\b(?:residents?|witness\w*|villagers?|locals?)\b", "Civilians ({country})"),
)
"""What a generic claimant speaks for, when no actor name says it: a security source speaks for the state."""


def claimant_side(name: str | None, country: str | None = None) -> str | None:
    """The actor a claimant speaks for: Amaq -> Islamic State; an Iraqi security source -> Military Forces of Iraq. A
    demonym opening the name says whose body it is ("the Turkish defence ministry" speaks for Turkey's forces, wherever
    the story happens); without one, the generic claimant is of the story's `country`."""
    if not name:
        return None
    resolved = actors.normalise_actor(name, country)
    if resolved is not None:
        return resolved[0]
    first = re.match(r"[A-Z][\w-]+", name)
    own = countries.country_of_demonym(first.group()) if first else None
    country = own.name if own else country
    if country is None:
        return None
    for pattern, template in SIDE_WORDS:
        if re.search(pattern, name, re.IGNORECASE):
            return template.format(country=country)
    return None


def build_claim(
    claimant: str | None, mentions: Iterable[CasualtyMention], span: Span, country: str | None = None
) -> Claim:
    """One claim: a claimant's figures from one sentence (distinct victim groups add up). Dead counted with
    "another", "a second" or "N more" after others of the sentence ("killed one person on Saturday; another person died
    of injuries on Sunday") add to those told before them (`adds_to_toll`), as they do across sentences (`_added`)."""
    figures: dict[str, Range | None] = {"killed": None, "injured": None, "killed_or_injured": None}
    for kind in figures:
        chosen = [m for m in mentions if m.kind == kind]
        if not chosen:
            continue
        added = [m for m in chosen[1:] if adds_to_toll(m)]
        if added and len(added) < len(chosen):
            told = [m for m in chosen if m not in added]
            low, high = getattr(build_claim(claimant, told, span, country), kind) or (0, 0)
            figures[kind] = (low + sum(m.low for m in added), high + sum(m.high for m in added))
            continue
        victims = [m.victim.lower() if m.victim else None for m in chosen]
        if None not in victims and len(set(victims)) == len(victims):
            figures[kind] = (sum(m.low for m in chosen), sum(m.high for m in chosen))
        elif len(chosen) > 1 and _breakdown(chosen):
            figures[kind] = (chosen[0].low, chosen[0].high)
        else:
            figures[kind] = (min(m.low for m in chosen), max(m.high for m in chosen))
    return Claim(
        claimant=claimant,
        claimant_actor=claimant_side(claimant, country),
        killed=figures["killed"],
        injured=figures["injured"],
        killed_or_injured=figures["killed_or_injured"],
        text=span.text,
        start=span.start,
        end=span.end,
    )


def _breakdown(mentions: list[CasualtyMention]) -> bool:
    """Whether a sentence's first figure is its toll and the later ones split it up: "46 were killed, 31 on the
    day while 15 died later of their wounds". A writer who gives a toll and then smaller figures that together
    come to no more than it is telling how the toll breaks down (by day, place or cause), not reporting lower
    tolls; the first figure is the sentence's count. A later figure named as the toll (`TOLL_NOUN`) is no part."""
    first, rest = mentions[0], mentions[1:]
    if any(TOLL_NOUN.search(m.text) for m in rest):
        return False
    return all(m.low < first.low for m in rest) and sum(m.low for m in rest) <= first.low


TOLL_NOUN = re.compile(r"\b(?:toll|figure|tally|count)\b", re.IGNORECASE)
"""'The army said 30 were killed, but in a later statement it gave the toll as 22': a later figure told as the toll
(or "the figure") is the whole count again, revised, never a part of the first one."""


_RAISING = r"^(?:bringing|brought|brings|taking|took|takes|raising|raised|raises|pushing|pushed|pushes)\s+the\b"
"""'..., bringing the toll to 12': a toll raised to a figure, which is both the whole toll and a risen one."""
TOTAL_MARK = re.compile(rf"^(?:a\s+|the\s+)?total\b|\b(?:in\s+total|in\s+all|altogether)\b|{_RAISING}", re.IGNORECASE)
"""'A total of 12 were killed', 'Total 4 fatalities', '9 killed in all', '..., bringing the toll to 12': a figure the
writer gives as the whole toll."""


def is_total(mention: CasualtyMention) -> bool:
    """Whether a mention gives its figure as the whole toll (`TOTAL_MARK`)."""
    return bool(TOTAL_MARK.search(mention.text))


RISEN_MARK = re.compile(rf"{_RAISING}|\b(?:rose|risen|climbed|increased|jumped|went\s+up)\b", re.IGNORECASE)
"""'..., bringing the toll to 12', 'the death toll has risen to 41': a toll told as grown since it was first counted."""


def is_risen(mention: CasualtyMention) -> bool:
    """Whether a mention gives the toll as it stands after rising (`RISEN_MARK`): earlier, lower counts of it, whoever
    gave them, were counts of the same dead before more died or were found, not competing reports."""
    return bool(RISEN_MARK.search(mention.text))


NUMBER_WORD = re.compile(r"\d|\b(?:one|a\s+single|only\s+one)\b", re.IGNORECASE)


def singles_out_one(mention: CasualtyMention) -> bool:
    """Whether a mention counts one person told without a number ("the village head was shot dead", "he died of
    his wounds", "Mr. Otieno was killed"): it singles out a victim, it does not report the toll."""
    return mention.low == mention.high == 1 and not NUMBER_WORD.search(mention.text)


_POINTS_BACK = re.compile(r"^both\b", re.IGNORECASE)


def points_back(mention: CasualtyMention) -> bool:
    """Whether a mention counts a pair named before by "both" ("Both were later found dead"): after a larger toll
    of its kind the pair is part of it, like a victim singled out, and no lower report of the whole toll."""
    return bool(_POINTS_BACK.match(mention.text))


ADDED = re.compile(
    rf"^(?:another\s+(?!(?:was|is|were|had|has|died|dies|got)\b)\w"
    rf"|a\s+(?:second|third|fourth|fifth|sixth)\s+(?!(?:were|of)\b)\w"
    rf"|(?:{_BARE})\s+(?:more|further|additional)\b|a\s+further\s|an\s+additional\s|as\s+(?:was|were|did|had)\s)",
    re.IGNORECASE)
"""'Another trader was lynched', 'a third herder died in hospital', 'two more bodies were found': the words
"another", "a third", "N more", "a further N" count dead on top of those already told, so the figure adds to the toll before it.
A bare "another" ("one man was shot and another was beaten to death") names the second of a pair the writer is
listing, a part of the toll told, so it needs its own noun to add. An ordinal needs none ("Two soldiers died at the
scene. A third died later in hospital."): it numbers the dead on from those told, so it adds even when bare (a
fraction, "a third of them", "a third were women", is no ordinal). "As was", "as did" open one more group with
the fate of those before it (`AS_SAME_FATE`), so it adds too."""


WOUNDED_WHO_DIED = re.compile(
    rf"^(?:{_BARE})\s+of\s+(?:the|those)\s+(?:wounded|injured|hurt|injured\s+people|wounded\s+people)\b", re.IGNORECASE)
"""'Two of the wounded later died', 'three of those injured succumbed': people counted among an event's wounded who
then die are dead of the same event. They add to its killed and leave its injured (ACLED counts an event's deaths,
and a person is either killed or injured, never both)."""


def adds_to_toll(mention: CasualtyMention) -> bool:
    """Whether a mention counts dead beyond those told before it (`ADDED`, `WOUNDED_WHO_DIED`)."""
    return bool(ADDED.match(mention.text)) or (mention.kind == "killed" and bool(WOUNDED_WHO_DIED.match(mention.text)))


RISEN = re.compile(r"\b(?:rose|climbed|has\s+risen|had\s+risen|increased|jumped|went\s+up)\s+to\b", re.IGNORECASE)
"""'The death toll rose to five': a toll revised upwards replaces the figures told before it, which it includes."""


def _added(per_sentence: list[list[CasualtyMention]], attributed: list[bool] | None) -> list[list[CasualtyMention]]:
    """Sentences that tell more dead of the same event ("Gunmen killed two herders. A third died in hospital.") give
    the toll so far plus the new dead: the added mention carries the sum and the unquoted tolls it adds to are
    dropped, as they are no lower report of the toll but its earlier part. A toll told as risen (`RISEN`) replaces
    the smaller unquoted tolls before it. A source's own figure stays. Dead of another group told with "also"
    (`also_other_group`) join the latest toll before them, quoted or not: the sentence goes on with the same report.
    Fewer dead told with "also" after a larger toll ("Gunmen killed 12 villagers. Three children were also killed.")
    are a part of it or more besides it, never a lower report of the whole, so they do not lower it."""
    result = [list(mentions) for mentions in per_sentence]
    for index, mentions in enumerate(result):
        if attributed and attributed[index]:
            continue
        _join_doers(result, index, attributed)
        for m in [m for m in mentions if not m.cause]:
            earlier = [(i, e) for i in range(index) for e in result[i] if e.kind == m.kind and not e.cause]
            if earlier and also_other_group(m, [e for _, e in earlier]):
                i, e = earlier[-1]
                result[i] = [CasualtyMention(x.kind, x.low + m.low, x.high + m.high, x.start, x.end, x.text, x.victim)
                             if x is e else x for x in result[i]]
                mentions.remove(m)
            elif earlier and _head(m.victim) and ALSO.search(m.text) and not adds_to_toll(m) and not singles_out_one(m) \
                    and m.high < max(e.low for _, e in earlier):
                mentions.remove(m)
        unattributed = [i for i in range(index) if not (attributed and attributed[i])]
        for position, m in enumerate(mentions):
            risen = bool(RISEN.search(m.text))
            if m.cause or not (risen or adds_to_toll(m)):
                continue
            before = [(i, e) for i in unattributed for e in result[i] if e.kind == m.kind and not e.cause]
            if not before:
                continue
            if risen:
                if all(e.high <= m.low for _, e in before):
                    for i, e in before:
                        result[i] = [x for x in result[i] if x is not e]
                continue
            low = max(e.low for _, e in before)
            high = max(e.high for _, e in before)
            mentions[position] = CasualtyMention(m.kind, low + m.low, high + m.high, m.start, m.end, m.text, m.victim)
            for i, e in before:
                result[i] = [x for x in result[i] if x is not e]
            if WOUNDED_WHO_DIED.match(m.text):
                for i in unattributed:
                    result[i] = _less_injured(result[i], m.low)
    return result


def _doer(mention: CasualtyMention) -> bool:
    """Whether a mention counts dead of the attacking side: picked out by "of the" (`_OF_DOERS_AFTER`), lost by it
    (`_DOERS_LOST`), or counted by a noun for attackers ("Soldiers who arrived later killed one attacker")."""
    victim = (mention.victim or "").lower()
    return (victim in DOER_HEADS and (victim not in mention.text.lower() or bool(_OF_DOERS_IN.match(mention.text)))
            or _head(victim) in DOER_HEAD_WORDS)


def _join_doers(result: list[list[CasualtyMention]], index: int, attributed: list[bool] | None) -> None:
    """'A guard was killed while police killed one of the attackers': ACLED counts every death of an event, the
    attackers' too, so dead picked out of the attacking side (`_OF_DOERS_AFTER`) add to the latest toll of other dead
    told before them (in the same sentence or an earlier one quoting no source): two, not two reports of one."""
    mentions = result[index]
    if attributed and attributed[index]:
        return
    for m in [m for m in mentions if _doer(m) and not m.cause]:
        before = [(i, e) for i in range(index) if not (attributed and attributed[i]) for e in result[i]]
        before += [(index, e) for e in mentions if e.start < m.start]
        before = [(i, e) for i, e in before if e.kind == m.kind and not e.cause and not _doer(e)]
        if not before:
            continue
        i, e = before[-1]
        result[i][result[i].index(e)] = CasualtyMention(e.kind, e.low + m.low, e.high + m.high, e.start, e.end, e.text,
                                                        e.victim)
        mentions.remove(m)


def _less_injured(mentions: list[CasualtyMention], died: int) -> list[CasualtyMention]:
    """A sentence's mentions with `died` fewer injured: the wounded who later died move from the injured to the
    killed (`WOUNDED_WHO_DIED`); an injured count smaller than the dead, or one with a cause of its own, stays."""
    return [CasualtyMention(x.kind, max(0, x.low - died), max(0, x.high - died), x.start, x.end, x.text, x.victim)
            if x.kind == "injured" and not x.cause and x.low >= died else x for x in mentions]


ALSO = re.compile(r"\balso\b", re.IGNORECASE)
GROUP_OF_ANY = frozenset("people person civilian other victim resident villager passenger".split())
"""Heads that may take in any group of the dead told after them ("twelve people were killed; three children were also
killed" may tell three of the twelve)."""


def _head(victim: str | None) -> str | None:
    if not victim:
        return None
    words = re.split(r"\s+of\s+", victim, maxsplit=1)[0].split()
    return words[-1].strip("“”\"‘’").lower().removesuffix("s") if words else None


OWN_MEN = re.compile(r"\b(?:of\s+)?our\s+(?:own\s+)?(?:brave\s+|gallant\s+|valiant\s+|heroic\s+)?(?:soldiers|troops|men"
                     r"|fighters|heroes|officers|policemen|personnel|comrades|mujahideen|elements)\b", re.IGNORECASE)
"""'four of our soldiers', 'two of our heroes': the dead a statement counts as its issuer's own men."""


def own_men(mention: CasualtyMention) -> bool:
    """Whether a count is of the speaker's own men (`OWN_MEN`). An army's or an armed group's statement tells the enemy
    it killed and then its own losses ('neutralised 20 assailants ... we deplore the loss of four of our soldiers'):
    the two counts are of the two sides of one fight, and ACLED sums them, as it does a group told with "also"."""
    return bool(OWN_MEN.search(mention.text))


def also_other_group(mention: CasualtyMention, earlier: list[CasualtyMention]) -> bool:
    """Whether a later sentence's counted dead, told with "also", are a group besides those counted before: after
    "Troops killed four militants", "Two soldiers also died" tells two more deaths of the same event (ACLED counts
    every death of an event, its attackers' too: six). "Also" marks an addition to what was told; the group is
    another one when its head noun differs from every earlier group's and no earlier group is a word that may take it
    in (`GROUP_OF_ANY`). A victim singled out without a number, a part already counted (`part_of`) and an earlier
    toll with no named victims are left as they are."""
    head = _head(mention.victim)
    if not head or not (ALSO.search(mention.text) or own_men(mention)) or singles_out_one(mention) \
            or adds_to_toll(mention):
        return False
    for e in earlier:
        other = _head(e.victim)
        if other is None or other == head or other in GROUP_OF_ANY or part_of(mention, e) or singles_out_one(e):
            return False
    return True


def toll_mentions(
    per_sentence: list[list[CasualtyMention]], attributed: list[bool] | None = None
) -> list[list[CasualtyMention]]:
    """Each sentence's casualty mentions (in text order), less those that single out one victim (`singles_out_one`)
    after an earlier sentence of the event counted more of the same kind. News tells the toll first and then singles
    out its victims: "Gunmen killed 12 villagers. The village head was shot dead in his house." reports one toll of
    12 and names one of its dead, and ACLED's lowest-toll rule compares reports of the whole toll, of which a victim
    singled out is none. A lone victim told first ("raiders killed a child; one source says two died") is a toll.

    A figure the writer gives as the whole toll (`is_total`: "Total 11 fatalities", "a total of 9 died") sums up
    the figures told around it ("8 were shot... 3 died in the fire"): the smaller figures of its kind in sentences
    that quote no source (`attributed`, one flag a sentence) are its parts, not lower reports of it. A source's own
    figure stays a report of its own, unless the toll is told as risen since (`is_risen`): then every lower count of
    its kind, quoted or not, is the toll before it rose. A group counted again inside a larger toll (`part_of`) is
    dropped only when the writer tells it again: a source's figure for a group another source counted ("The army said
    12 soldiers and 30 militants were killed. The FLA said it lost three fighters and killed a dozen soldiers") is that
    source's own report."""
    per_sentence = _added(per_sentence, attributed)
    totals: dict[str, int] = {}
    risen: dict[str, int] = {}
    for mentions in per_sentence:
        for m in mentions:
            if is_total(m):
                totals[m.kind] = max(totals.get(m.kind, 0), m.low)
            if is_risen(m):
                risen[m.kind] = max(risen.get(m.kind, 0), m.low)
    kept, largest, earlier = [], {}, []
    per_sentence = [tolls(mentions) for mentions in per_sentence]
    for index, mentions in enumerate(per_sentence):
        quoted = bool(attributed and attributed[index])
        kept.append([m for m in mentions
                     if not ((singles_out_one(m) or points_back(m)) and largest.get(m.kind, 0) > m.high)
                     and not (not quoted and not is_total(m) and m.high <= totals.get(m.kind, -1))
                     and not (not is_risen(m) and m.high < risen.get(m.kind, -1))
                     and not _more_within_total(m, mentions)
                     and not any(part_of(m, e) for e, by_source in earlier if not (quoted and by_source))])
        earlier.extend((m, quoted) for m in mentions)
        for m in mentions:
            if not singles_out_one(m):
                largest[m.kind] = max(largest.get(m.kind, 0), m.high)
    return kept


def _more_within_total(mention: CasualtyMention, mentions: list[CasualtyMention]) -> bool:
    """Whether a mention counts dead added to a toll ('two more had died') in a sentence that gives the toll they make
    ('..., bringing the toll to twelve'): the added dead are inside the whole toll, no lower report of it."""
    return mention.victim == "more" and any(is_total(other) and other.kind == mention.kind
                                            and other.low > mention.high for other in mentions)


def part_of(mention: CasualtyMention, earlier: CasualtyMention) -> bool:
    """Whether a later mention counts a victim group already counted inside an earlier, larger toll of its kind: after
    "A driver and three pupils were killed", "Three pupils were also shot dead" tells again of three of the four dead,
    it is no lower report of the toll. The group is known by its head noun, counted in the earlier mention by a
    number at least as large as the later one and smaller than the earlier toll (a group that is the whole earlier
    toll, "12 soldiers were killed" then "two soldiers were killed", may be a competing report and stays)."""
    if mention.kind != earlier.kind or earlier.low <= mention.high or not mention.victim:
        return False
    head = re.escape(mention.victim.split()[-1].strip("“”\"‘’").lower())
    for group in re.finditer(rf"(?P<q>{QUANTITY})\s+(?:[\w'’-]+\s+){{0,2}}?{head}\b", earlier.text, re.IGNORECASE):
        counted = parse_number(group["q"])
        if counted and mention.high <= counted[0] and counted[1] < earlier.low:
            return True
    return False


def merge_claims(claims: Iterable[Claim]) -> list[Claim]:
    """One claim per claimant (unattributed figures form one claim): a claimant's figures widen its range."""
    merged: dict[str | None, Claim] = {}
    for claim in claims:
        key = claim.claimant.lower() if claim.claimant else None
        if key not in merged:
            merged[key] = Claim(claim.claimant, claim.claimant_actor, claim.killed, claim.injured,
                                claim.killed_or_injured, claim.text, claim.start, claim.end)
            continue
        kept = merged[key]
        kept.killed = _widen(kept.killed, claim.killed)
        kept.injured = _widen(kept.injured, claim.injured)
        kept.killed_or_injured = _widen(kept.killed_or_injured, claim.killed_or_injured)
        kept.claimant_actor = kept.claimant_actor or claim.claimant_actor
    return list(merged.values())


def _widen(a: Range | None, b: Range | None) -> Range | None:
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])


def casualty_ranges(claims: Iterable[Claim]) -> dict[str, Range | None]:
    """Every claim's figures combined: {"killed": [min low, max high] or None, "injured": ..., ...}."""
    ranges: dict[str, Range | None] = {"killed": None, "injured": None, "killed_or_injured": None}
    for claim in claims:
        for kind in ranges:
            ranges[kind] = _widen(ranges[kind], getattr(claim, kind))
    return ranges


DEATH_UNCONFIRMED = re.compile(
    r"\b(?:(?:not|never)\s+(?:been\s+|yet\s+)?(?:confirmed|known|clear|established)|unclear|unknown|uncertain)"
    r"\s+(?:if|whether)\s+(?:he|she|the\s+(?:victim|man|woman|boy|girl|child))\s+(?:had\s+|has\s+)?"
    r"(?:died|survived|succumbed|was\s+killed|is\s+(?:dead|alive))\b",
    re.IGNORECASE)
"""A single victim's death told as unconfirmed ("it is not confirmed whether he died of his injuries")."""


def death_unconfirmed(texts: Iterable[str], fatalities: int) -> bool:
    """Whether an event's one death is one the text says is not confirmed: ACLED counts only reported deaths, so a
    victim whose throat was slit but whose death is unconfirmed is wounded, and the event has no fatality."""
    return fatalities == 1 and any(DEATH_UNCONFIRMED.search(text) for text in texts)


def acled_fatalities(claims: Iterable[Claim]) -> int:
    """ACLED's fatalities: the lowest death count any claim reports; 0 when deaths are not separable from injuries. A
    ceiling ("up to 10", "as many as 70": read as 1 to N, `_ceiling`) counts no one, so it gives way to any count
    another source gives ("between five and eight were killed ... an official put the toll at up to 10" is 5)."""
    counts = [claim.killed for claim in claims if claim.killed is not None]
    lows = [low for low, _ in [count for count in counts if not _ceiling(count)] or counts]
    return min(lows) if lows else 0


def _ceiling(count: Range) -> bool:
    """Whether a toll is only a ceiling: "up to N" and "as many as N" read as 1 to N."""
    return count[0] == 1 < count[1]
