"""Words every relevance rule reads: the signs of an act done now and the types they speak for.

A hostile act, a demonstration, harm to people's bodies, a day an act happened on, an armed side named as a report's
teller: whatever a sentence's frame or cause, these are what tell an event to code, so the rules of causes, history,
crime, deals, frames and games all ask for them before they take a sentence's types away. They live here, below those
rules, so that no kind of rule has to read another's to know what an act is.
"""

from __future__ import annotations

import re

from sitrep import classify

HOSTILE_ACT = re.compile(
    r"\b(?:"
    r"gunm[ae]n|militants?|rebels?|insurgents?|jihadists?|terrorists?|bandits|attackers|assailants|militias?"
    r"|militiamen|armed (?:men|group|groups|individuals|assailants)|fighters|guerrillas?|extremists?|rioters?"
    r"|mobs?|protest\w*|demonstrat\w*|marche[ds]|rall(?:y|ies|ied)|strikers|on strike|riot\w*"
    r"|(?:was|were|been|being) shot|shot (?:dead|and (?:killed|wounded|injured)|at|him|her|them|by|in the)"
    r"|shooting|gunfire|gunshots?|opened fire|fired (?:on|at|upon)|stabbed|hacked|beheaded|ambush\w*|kidnap\w*"
    r"|abduct\w*|hostages?|massacr\w*|assassinat\w*|murder\w*|lynch\w*|torched|arson|assault\w*"
    r"|(?<!\ba )(?<!\bthe )(?:torch(?:es|ing)?|storm(?:s|ed|ing)?|ransack(?:s|ed|ing)?|vandali[sz](?:e|es|ed|ing)) (?:a|an|the|their|its|his"
    r"|her|several|two|three|four|five|dozens of) "
    r"|attack(?:ed|ing|s)?(?! (?:helicopters?|aircraft|jets?|drones?|submarines?|boats?|craft|dogs?|rifles?)\b)"
    r"|beat(?:en|ing)? (?:him|her|them|up|to death|a |an |the |two |three |several )"
    r"|(?:beat(?:en|ing|s)?|fought|fight(?:s|ing)?|attacked) (?:[\w'-]+ ){0,3}?with (?:[\w-]+ )?(?:batons|sticks|clubs"
    r"|whips|truncheons|rifle butts|iron bars|canes|machetes|pangas|knives|axes|spears|bows and arrows|hoes)"
    r"|(?:threw|thrown|throwing|hurled|pelted) (?:[\w'-]+ ){0,2}?(?:stones|rocks|bottles|bricks)"
    r"|set (?:[\w'-]+ ){0,3}?(?:on fire|ablaze|alight)|set fire to|air ?strikes?|airstrikes?|drone strikes?"
    r"|shell(?:ed|ing)"
    r"|bombard\w*|bombed|bombings?"
    r"|(?:planted|detonated|roadside|car|motorcycle|motorbike|suicide|pipe|parcel) (?:a |an )?(?:bomb|explosive)\w*"
    r"|armed with (?:[\w'-]+ ){0,2}?(?:guns?|firearms?|rifles?|pistols?|AK-?47s?|machetes?|grenades?|explosives)"
    r"|(?:threw|hurled|tossed|lobbed) (?:a |an |two |the )?(?:hand )?grenades?"
    r"|IEDs?|improvised explosive|landmines?|grenade attack|(?:bombs?|explosives?) (?:[\w-]+ ){0,2}?(?:hidden|concealed"
    r"|placed|planted|strapped|attached)|by remote control|remotely detonated"
    r"|(?:fired|launched) (?:[\w'-]+ ){0,3}?(?:rockets?|missiles?|shells?|mortars?)"
    r"|(?:rockets?|missiles?|shells?|mortars?|drones?|warplanes?|fighter jets?|military jets?)"
    r" (?:(?:fired|launched|dropped) (?:by|from) (?:[\w'-]+ ){1,4}?)?(?:hit|struck|landed|slammed"
    r"|bombed)|clash\w*|gun ?battles?|firefights?"
    r"|(?:struck|hit|pounded|targeted|attacked) (?:[\w'-]+ ){1,8}?with (?:[\w'-]+ ){0,2}?(?:drones?|missiles?"
    r"|rockets?|shells?|artillery|bombs?|mortars?)"
    r"|(?:blamed|accused|held responsible|responsible) (?:[\w'-]+ ){0,3}?for (?:the |a )?(?:[\w'-]+ )?killings?"
    r"|explosive devices?|(?<!on )target(?:ed|ing|s)? (?:by|in|with|(?:[\w'-]+ ){0,2}?(?:civilians|villagers"
    r"|residents|worshippers|soldiers|troops|police|officers|forces|convoys?|patrols?|positions|bases?|checkpoints?"
    r"|vehicles?|buildings?|homes?|houses|markets?|mosques?|churches|schools?))"
    r"|tear ?gas|dispers\w*|water cannons?|rubber bullets"
    r"|dropped (?:on|over)|used (?:[\w-]+ )?(?:chlorine|gas|chemical weapons?|barrel bombs?)"
    r"|(?:strikes?|shells?|rockets?|missiles?|bombs?|aircraft|helicopters?|warplanes?|jets?|drones?|forces|troops"
    r"|regime|army|militants?) (?:[\w'-]+ ){0,2}?(?:released|dropped|spread|unleashed) (?:[\w'-]+ ){0,2}?(?:chlorine"
    r"|sarin|(?:toxic|poison(?:ous)?|nerve) gas)"
    r"|(?:crude|cocktail|petrol|country-made|hand-?made|home-?made) bombs?|molotov|bombs? (?:were |was )?(?:exploded"
    r"|detonated|hurled|thrown|went off)"
    r"|fighting (?:between|broke out|erupted)|attack(?:ed|s)? (?:on|by|against)|raid(?:ed|s)?|looted|looting"
    r"|saboteurs?|sabotaged|(?<!not )(?<!n't )(?<!never )(?:deliberately|intentionally) (?:set|started|lit|caused)"
    r"|(?<!not )(?<!n't )(?<!never )(?:set|started|lit) (?:deliberately|intentionally|on purpose)"
    r"|(?:soldiers|troops|police(?:men)?|security (?:forces|agents|personnel)|gendarmes|army|militants|fighters)"
    r" (?:[\w-]+ ){0,2}?(?:killed|shot|wounded|injured|beat) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|an"
    r"|several|dozens of|many|at least \w+) (?:[\w-]+ )?(?:civilians|people|residents|villagers|men|women|children"
    r"|youths?|traders|vendors|protesters|worshippers|farmers|motorists)"
    r")\b",
    re.IGNORECASE,
)
"""Signs of a hostile act or a demonstration: with one, harm in the sentence is an event to code. A bomb
hidden, placed or set off by remote control was put there by someone ('a bomb hidden in a gas cylinder').
'Targeted' counts only as told of an attack ('targeted by gunmen', 'blasts target civilians'), not of
an audience ('the campaign is targeting more children'). A drone or a warplane that struck something is a
strike, whatever burned after it ('a drone struck a fuel depot'), as is a place struck with a weapon of war ('forces
struck an oil depot with drones'), and so are shells 'fired by government forces' that
hit a town. 'Attack' in the name of a class of weapon
('attack helicopters', 'an attack submarine') tells no attack. Saboteurs, and a fire started deliberately, are
someone's hostile act ('saboteurs blew up a pylon'). A crowd that torches, storms, ransacks or vandalises a place
(the verb with its object, in a headline's present too: 'riders torch a car after a crash kills their colleague',
'residents storm a police station') does a hostile act of its own, whatever accident or death it answers. So do
soldiers, police or militants who kill, shoot or beat people ('soldiers killed three civilians at a roadblock during
the lockdown'): a lockdown or an outbreak named beside them is the time of the act, not its cause. Someone blamed or
held responsible for a killing ('bandits were blamed for the killing of three mine labourers') killed on purpose: a
killing laid at a doer's door is no accident, whatever trade or place its victims are named by. So is harm done by
people told armed with guns or blades ('men armed with pistols killed three miners'), or by one who threw a grenade or
left a motorcycle bomb: ACLED's codebook calls an unidentified perpetrator with firearms or explosives an armed group,
whatever trade its victims are named by. So are people beaten with batons or sticks, and a fight with machetes or
knives ('police beat traders with batons to clear a market under lockdown', 'rival miners fought with machetes over a
pit'): blows struck with a weapon are violence, whatever outbreak or mine accident is named beside them."""

BODILY_HARM = re.compile(
    r"\b(?:injur(?:ed|ing|es)|wound(?:ed|ing)|maim(?:ed|ing)|hospitali[sz]ed|stabb(?:ed|ing)|hack(?:ed|ing) to death"
    r"|beat(?:en|ing)? (?:him|her|them|up|to death)"
    r"|kill(?:ed|ing|s)? (?:at least |about |some |nearly |up to |more than )?(?:\d+|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|a (?:man|woman|boy|girl|child|person|supporter|voter|candidate|policeman|soldier)|several|dozens"
    r"|scores|hundreds|people|civilians|supporters|voters|worshippers|villagers|residents|students|children)\b"
    r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens) (?:[\w-]+ ){0,2}?(?:were |was )?"
    r"(?:killed|injured|wounded|dead|hurt)"
    r"|claim(?:ed|s|ing)? (?:the )?li(?:fe|ves) of|claim(?:ed|s|ing)? (?:\d+|[a-z]+) lives"
    r"|lost (?:their|his|her) li(?:ves|fe)"
    r"|grenades?|guns?|gunfire|machetes?|pangas?|knives|clubs|iron bars|(?:sticks|stones|rocks) (?:and|or)|bombs?)\b",
    re.IGNORECASE,
)
"""Harm done to people's bodies or the weapons that do it ('injured a candidate', 'injures 12', 'killing two
supporters', 'with machetes', 'a grenade'), deaths told by idiom among them ('claimed the lives of eleven traders',
'claimed nine lives', 'lost their lives'). Words of political contest ('a ruling party candidate', 'an attack on a
rally', 'attacked his rivals') read as figures of speech in a story about a debate, but an attack that wounds or
kills people, or is made with a weapon, is a physical act: a rally attacked with a grenade is political violence
(ACLED codes attacks on rallies and candidates as violence against civilians or an explosion), however alike the
words of a speech that 'attacked the rally of his rivals'."""

MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")

DAY_OF_AN_ACT = re.compile(
    rf"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|overnight"
    rf"|last night|this (?:morning|afternoon|evening)|(?:{MONTHS}) \d{{1,2}}\b|\d{{1,2}} (?:{MONTHS})\b"
    r"|on the (?:\d{1,2}(?:st|nd|rd|th)|[a-z]+th) )",
    re.IGNORECASE,
)
"""A day an act happened on: a weekday, 'yesterday', 'overnight', a date."""

NON_STATE_ATTACKER = re.compile(
    r"\b(?:militants?|rebels?|insurgents?|jihadists?|terrorists?|militias?|militiamen|gunm[ae]n|bandits|extremists?"
    r"|armed groups?|fighters|guerrillas?|separatists?|suicide|claimed|responsibility|suspected|sabotage|drones?"
    r"|missiles?|rockets?|strikes?|enemy|attack\w*)\b",
    re.IGNORECASE,
)
"""Words that name an attacker or an attack: with one, a blast at a base is an act of the conflict."""

DONE_NOW = re.compile(
    r"\b(?:killed|killing|shot|wounded|wounding|injured|injuring|fired|firing|opened fire|stormed|storming|clashed"
    r"|clashing|bombed"
    r"|bombing|shelled|shelling|struck|attacked|attacking|exploded|detonated|kidnapped|abducted|arrested|detained"
    r"|dispersed|beat|beaten|torched|burned|looted|marched|marching|rallied|gathered|protested|protesting"
    r"|demonstrated|chanted|chanting|died|dead|blocked|seized|captured|raided|lynch(?:ed|es|ing)"
    r"|stoned|stoning|pelted|pelting|vandali[sz]ed|ransacked|smashed|hacked|stabbed|assaulted|ambushed|set ablaze"
    r"|set fire to|clash(?:es)? (?:broke out|erupted)|picked up|rounded up|nabbed|apprehended|whisked (?:away|off)"
    r"|hauled (?:away|off)|carted (?:away|off)|led (?:[\w'-]+ ){0,3}?away|into (?:[\w-]+ )?custody|behind bars"
    r"|handcuffed)\b",
    re.IGNORECASE,
)
"""Verbs that tell violence or a demonstration as an act the sentence itself reports, not as a noun
('the attack', 'protests') that names the reason for something else."""

RELATIVE_CLAUSE = re.compile(r",? (?:who|which) (?:had |has |have )?[^,;:]*", re.IGNORECASE)
"""A relative clause: it describes the people or the thing it follows ('supporters who were arrested last year')."""

HARM_DONE = re.compile(
    r"\b(?:killed|killing|wounded|injured|dead|casualties|attack(?:ed|s)? (?:on|against)|hit (?:a|an|the)"
    r"|struck (?:a|an|the)|landed (?:in|on) (?:a|an|the) (?:village|town|city|house|home|school))\b",
    re.IGNORECASE,
)
"""Harm to people or places: with it, fire during an exercise is an incident to code."""

DEMONSTRATION = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|march(?:ed|es|ers|ing)|(?-i:march)|(?<!\bin )(?<!\buntil )(?<!\bsince )(?<!\bby )"
    r"(?<!\bfrom )(?<!\bof )(?<!\bearly )(?<!\blate )(?<!\bmid-)(?<!\bnext )(?<!\blast )(?<!\bthis )(?<!\bthrough )"
    r"(?<!\bbefore )(?<!\bafter )(?<!\bend of )(?-i:March)(?! \d)(?!,? (?:19|20)\d\d)|rall(?:y|ies|ied)|sit-ins?"
    r"|riot\w*)\b", re.IGNORECASE)
"""A demonstration: itself an event, whatever it responds to ('a march in response to the strikes').
The month of March is none ('adjourned the hearing until March', 'on March 3', 'in March 2021')."""

PROTEST_TYPES = frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters"})

CHEMICAL_USE = re.compile(
    r"\b(?:us(?:ed|es|ing)|dropp\w*|fir(?:ed|ing)|launch\w*|attack\w*|struck|shell\w*|spray\w*|gass(?:ed|ing)"
    r"|poison\w*|expos\w*|kill\w*|injur\w*|wound\w*|died|dead|victims?|casualties|suffocat\w*|choking|symptoms"
    r"|hospital\w*|treated|sickened|affected|releas(?:ed|ing)|unleash\w*|breath\w*)\b",
    re.IGNORECASE,
)
"""Words of a chemical used on people or of its victims: residues found near an old depot report no use. A gas
released or unleashed is used, and people short of breath are its victims."""

ARMED_SOURCE = re.compile(
    r",? (?:the )?(?:[\w-]+ )?(?:police|army|military|troops|soldiers)(?: (?:spokes(?:man|woman|person)|officials?"
    r"|sources?|chiefs?|commanders?|officers?))? (?:said|says|say|told [\w-]+|reported|confirmed)\b"
    r"|\baccording to (?:the )?(?:[\w-]+ )?(?:police|army|military)\b",
    re.IGNORECASE,
)
"""Police or the army named only as the teller of a report ('..., Kenyan police said', 'according to police'): the
teller does no act in the sentence."""

ARMED_WORD = re.compile(r"\b(?:police\w*|officers?|guards?|gunm[ae]n|soldiers?|troops|army|militants?|rebels?"
                        r"|militias?|militiamen|bandits|fighters|insurgents?|terrorists?)\b", re.IGNORECASE)
"""Words that name an armed side of an act in a sentence."""


def armed_only_as_source(text: str) -> bool:
    """Whether the armed actors of a sentence are only its tellers (`ARMED_SOURCE`): with them set aside, no word of an
    armed side (`ARMED_WORD`) is left ('A man killed his wife after a quarrel, police said' tells a killing at home)."""
    return bool(ARMED_SOURCE.search(text)) and not ARMED_WORD.search(ARMED_SOURCE.sub(" ", text))


def _no_act_left(rest: str) -> bool:
    """Whether what is left of a sentence once its frames are blanked neither reads as an event nor tells an act
    done (`DONE_NOW`)."""
    return not classify.classify(rest) and not DONE_NOW.search(rest)
