"""Violence remembered, counted or followed up: commemoration, long-past wars, tallies, habits and aftermath.

ACLED codes an event on the day it happens. A sentence that remembers past violence (an anniversary, a memorial, a
war long over, ordnance left from it), counts victims over a long stretch of time, tells what happens as a rule, or
tells only what followed an event the report has already told (calm returned, a visit to the wounded, compensation,
an inquiry, troops reinforced) reports no new event, unless it also tells an act of its own now.
"""

from __future__ import annotations

import re

from sitrep.relevance.acts import DAY_OF_AN_ACT, DEMONSTRATION, DONE_NOW, HARM_DONE, HOSTILE_ACT, MONTHS


COMMEMORATION = re.compile(
    r"\b(?:commemorat\w*|anniversary|mark(?:s|ed|ing)? (?:[\w-]+ ){0,2}?years? (?:[\w-]+ ){0,3}?since|reburied|reburial"
    r"|(?:bur(?:y|ied|ying|ial of)|identif\w*|exhum\w*) (?:the )?(?:[\w-]+ ){0,2}?remains of"
    r"|remembrance|(?:laid|lay|lays|laying) (?:a |the )?wreaths?|wreaths? (?:was|were|has been|have been|had been) laid"
    r"|(?:national |official |days? of |period of )mourning|condolences|premiere[sd]?"
    r"|(?:minute|minutes|moments?)['\u2019]?s? (?:of )?silence|(?:\d+"
    r"|[a-z]+-?[a-z]*) years (?:after|ago|since|on)(?=[\s,])|(?:years|decades) ago"
    r"|\b(?:a|one|half a) (?:year|decade|century) (?:after|ago"
    r"|since|on\b) "
    r"|documentary|video game|exhibition|memorial (?:services?|ceremon(?:y|ies)|mass(?:es)?|prayers?)"
    r"|(?:film|movie|thriller|drama|novel|book|play|opera|series|song|album|poem|epic)"
    r" (?:about|on|set during)|museums?|memoirs?|tells? the story of|war graves?|war cemeter(?:y|ies)"
    r"|military cemeter(?:y|ies)|war memorials?|cenotaph|(?:recall(?:ed|s|ing)?|remember(?:ed|s|ing)?) how"
    r"|(?:unveil(?:s|ed|ing)?|inaugurat(?:e|es|ed|ing)|dedicat(?:e|es|ed|ing)) (?:a |an |the )?(?:[\w-]+ )?(?:memorial"
    r"|monument|plaque|statue)|(?:memorial|monument|plaque|statue)s? (?:[\w'-]+ ){0,8}?(?:was|were|has been"
    r"|have been|is"
    r"|are) (?:unveiled|inaugurated|dedicated)|graves of (?:[\w,-]+ ){0,3}?(?:soldiers|sailors|airmen"
    r"|servicemen|fallen|war dead))\b",
    re.IGNORECASE,
)
"""Remembering or retelling past violence (an anniversary, days of national mourning, a minute's silence, condolences,
a reburial, a film,
a thriller, a book, a museum or a memoir 'that tells the story of' it, the war graves and war cemeteries of its
fallen, a memorial or a plaque unveiled) or placing it a year or years back ('49 years after the Khmer Rouge seized the
capital'): history, not news.
So are a memorial service 'for the people killed by a gunman', 'a century after the massacre', 'forty years on', a war
epic that premiered, and survivors who 'recalled how'
it went."""

NEWS_OF_VIOLENCE = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|march(?:ed|ers|ing|es)|rall(?:y|ied)|riot\w*|gunm[ae]n|fired on|opened fire"
    r"|attacked"
    r"|stormed|bomb(?:ed|ing)|explosion|clash\w*|tear ?gas|arrested|detained)\b",
    re.IGNORECASE,
)
"""Violence or a demonstration happening now, at a gathering that remembers past violence."""

REMEMBERED_CLAUSE = re.compile(r"\b(?:in|during|after) which\b[^,;:]*|\bvictims of (?:the |a |an )?[^,;:]*"
                               r"|\bmemorial (?:services?|ceremon(?:y|ies)|mass(?:es)?|prayers?) for [^,;:]*"
                               r"|\b(?:anniversary|anniversaries|commemorations?|remembrance|memory) of"
                               r" (?:the |a |an )?"
                               r"[^,;:]*"
                               r"|\b(?:\d+|[a-z]+) (?:years|decades) (?:after|since)\b[^,;:]*"
                               r"|\b(?:a|one|half a) (?:year|decade|century) (?:after|since)\b[^,;:]*"
                               r"|\b(?:exhibits?|exhibitions?|displays?|documentar(?:y|ies)|films?|books?|thrillers?"
                               r"|novels?|plays?|operas?|dramas?|epics?) (?:about|on|of|recounting|set during)\b[^,;:]*"
                               r"|\b(?:recall(?:ed|s|ing)?|remember(?:ed|s|ing)?) how\b[^;:]*"
                               r"|\b(?:battle|war|massacre|genocide|siege|uprising"
                               r"|attacks?|bombings?|raid|invasion),? (?:that|which|when)\b[^,;:]*", re.IGNORECASE)
"""A clause that describes a past event remembered or named ('in which 800 were killed', 'seven years
after protesters stormed the embassy', 'wreaths for the victims of the atomic bombing', 'to mark the anniversary of
the bombing').
So is what an exhibit, a film or a thriller is about ('new exhibits on the bombing of 1945', 'a thriller about a
bombing plot'): the subject of a work, not an act of the day; and what survivors recall ('recalled how soldiers set
the church on fire')."""

EVENT_NAMED_BY_YEAR = re.compile(
    rf"\b(?:the|a|its|their) (?:(?:19|20)\d\d|(?-i:{MONTHS}) \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}} (?-i:{MONTHS}))"
    r" (?:[\w-]+ ){0,2}?(?:attacks?|bombings?|massacres?|genocide|invasion|coup"
    r"|uprising|riots?|killings?|assassination|war|conflict|insurgency|revolution|siege|offensive|protests?"
    r"|demonstrations?|march(?:es)?|rall(?:y|ies))\b"
    r"|\b(?:post|pre)[- ]\d{1,2}/\d{1,2}\b|\b\d{1,2}/\d{1,2} (?:attacks?|bombings?)\b"
    r"|\b(?:last|previous) (?:week|month|year)['\u2019]s (?:[\w-]+ ){0,2}?(?:attacks?|bombings?|massacres?|shootings?"
    r"|clash(?:es)?"
    r"|invasion"
    r"|coup|uprising|riots?|killings?|assassination|raids?|ambush|abductions?|kidnappings?|protests?|demonstrations?"
    r"|march(?:es)?|rall(?:y|ies))\b"
    rf"|\bthe (?:[\w-]+ )?(?:protests?|demonstrations?|march(?:es)?|rall(?:y|ies)|riots?|unrest|uprising|looting"
    rf"|violence|attacks?|killings?|clashes|bombings?|events) (?:of"
    rf"|in) (?:(?:late |early "
    rf"|mid-|last |\d{{1,2}} )?(?-i:{MONTHS})|(?:19|20)\d\d|last (?:month|year|week))\b",
    re.IGNORECASE,
)
"""A past event named by its year or its date ('questioned over the 2001 letter attacks', 'the 1994 genocide',
'allegations that staff took part in the October 7 attack'):
with no act of the sentence's own (`_tells_an_act_now`), it is history, not news. So is an era named
after an attack's date ('the post-9/11 letters'), and one named as last month's or last year's ('the gunman in last
month's school shooting was charged'), last week's clash, and past demonstrations named by their month or year
('fined people who took part in the demonstrations in August', 'during last month's march'), and past riots, looting,
attacks or violence named by their month, by 'last' and a month or by a day ('the looting of last July', 'the attacks
of 28 April 2021'): each was coded on its own day."""


LONG_PERIOD = re.compile(
    rf"\b(?:in (?:19|20)\d\d\b|(?:so far |earlier |later )?(?:this|last) year"
    rf"|since (?:(?:the )?(?:start|beginning) of (?:the|this|last) (?:year|month)|(?:{MONTHS})\b(?! \d)|(?:19|20)\d\d)"
    r"|(?:over|in|during) the (?:past|last) (?:month|year|decade)\b"
    r"|(?:at|in) the (?:start|beginning|end) of (?:the|this|last) year\b"
    r"|(?:over|in|during) the (?:past|last) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few)"
    r" (?:months|years|decades)|annual(?:ly)?|yearly|in the first (?:half|quarter|six months|nine months)"
    r"|(?:during|in|over) the reporting period|in (?:one|a single) week"
    r"|(?:over|across|during|for|spanning) (?:more than |nearly |almost )?(?:two|three|four|five|several|many|\d+)"
    r" decades|(?:over|across|during) (?:half|three quarters) (?:of )?a century"
    r"|in the year['\u2019]s first (?:half|quarter|(?:[\w-]+ )?months))",
    re.IGNORECASE,
)
"""A long stretch of time a figure is counted over ('killed in 2024', 'so far this year', 'since January',
'over the past three years', 'in the past month', 'its annual report', 'at the start of the year', 'in the year's
first six months', 'over two decades'), or a situation report's period ('during the reporting period', 'three attacks
in one week': the report sums up the incidents it lists one by one)."""

TALLY = re.compile(
    r"\b(?:(?:\d[\d,.]*|dozens|hundreds|thousands|scores) (?:[\w'-]+ ){0,3}?(?:have|has|had|were|was) (?:been )?"
    r"(?:[\w-]+ )?(?:killed|kidnapped|abducted|displaced|arrested|detained|injured|wounded|died|disappeared|fled)"
    r"|(?:recorded|counted|registered|verified|documented|tallied) (?:[\w-]+ ){0,3}?"
    r"(?:\d[\d,.]*|more than|over|at least|nearly|almost|some)"
    r"|(?:\d[\d,.]*|dozens|hundreds|thousands|scores) (?:[\w'-]+ ){0,2}?(?:murdered|killed|kidnapped|abducted)"
    r"|(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|multiple) (?:[\w-]+ )?(?:attacks|killings"
    r"|kidnappings|abductions|bombings|murders|homicides|clashes|raids)"
    r"|(?:attacks|killings|kidnappings|abductions|bombings|murders|homicides|clashes|raids)(?: [\w'-]+){0,6}?"
    r" (?:doubled|tripled|halved|rose|fell|increased|decreased|dropped|declined|surged|soared|jumped|climbed)"
    r"|(?:killed|kidnapped|abducted|arrested|detained|displaced|wounded|injured) (?:more than |over |at least |nearly "
    r"|almost |some |about |around |up to )?(?:(?:tens|hundreds) of )?(?:\d[\d,.]*|dozens|hundreds|thousands"
    r"|scores))\b",
    re.IGNORECASE,
)
"""A count of victims or acts ('173 activists were killed', 'had killed more than 300 protesters', 'recorded more than
30,000 homicides', 'abducted tens of thousands of children', '1.2 million people have fled'): with a
long stretch of time it is a tally, while 'the largest march since 2019' compares and counts nothing.
Acts counted or compared over time are tallies too ('214 attacks on police stations', 'with 13 reporters murdered',
'kidnappings doubled')."""

RATE = re.compile(r"\b(?:(?:every|each|per) (?:day|week|month|year)|(?:once|twice|times) a (?:day|week|month|year)"
                  r"|\d[\d,.]* (?:[\w-]+ ){1,3}?a (?:day|week|month|year))\b", re.IGNORECASE)
"""How often something happens ('kill a child every day', 'maim 5,000 people a year')."""

DAY_OF_A_REPORT = re.compile(
    r"\b(?:said|says|reported|published|released|issued|announced|presented|launched|unveiled|stated|told [\w-]+)"
    r" (?:[\w-]+ ){0,2}?(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b"
    r"|\b(?:in|at) (?:a|an|its|their|the) (?:[\w-]+ ){0,2}?(?:report|statement|briefing|update|study|survey|bulletin"
    r"|review) (?:(?:published|released|issued|presented|given|held) )?on (?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)\b",
    re.IGNORECASE,
)
"""The day of a report or a statement ('a report published on Wednesday', 'the ministry said on Monday', 'said in a
report on Thursday', 'at a briefing held on Monday'), not of the acts it counts."""

HABIT = re.compile(
    r"\b(?:(?:has|have) become (?:a |an )?(?:[\w-]+ )?(?:business|industry|common|commonplace|routine|rampant"
    r"|widespread|endemic|the norm|a way of life)|(?:is|are|remains?|has been|have been) (?:[\w-]+ )?(?:common"
    r"|commonplace|routine|rampant|widespread|endemic|frequent|a daily occurrence)"
    r"|(?:often|frequently|routinely|regularly|usually|typically|habitually|increasingly) (?!been\b)[a-z]+s?\b"
    r"|(?:collects?|levies|extorts?|pay|pays) (?:[\w-]+ ){0,3}?(?:taxes|levies|protection money)"
    r"|(?:has|have|had) (?:stepped up|intensified|increased|escalated|ramped up|scaled up) (?:its|their|the)"
    r" (?:[\w-]+ ){0,2}?(?:attacks|strikes|raids|shelling|bombing|bombardments?|abductions|kidnappings))",
    re.IGNORECASE,
)
"""What happens as a rule, not on a day ('kidnapping has become a business', 'raids are common',
'gangs often attack travellers', 'the group collects taxes from farmers'), or how their pace has changed ('the army
has stepped up its air strikes on the north this year'): a trend, told with no single act."""

VISIT_TO_VICTIMS = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|toured|met(?: with)?|apologi[sz](?:e|es|ed|ing) to|condol(?:e|es|ed|ing) with"
    r"|comfort(?:s|ed|ing)?|consol(?:es|ed|ing)|evacuat(?:e|es|ed|ing)"
    r"|airlift(?:s|ed|ing)?|flew|flown|transferred|let|allow(?:s|ed|ing)?|treat(?:s|ed|ing)?|admitted"
    r"|paid (?:a )?(?:visit|tribute)"
    r" to|(?:attend(?:s|ed|ing)?|at) the (?:funerals?|burials?|memorial service) of)"
    r" (?:the |some of the |families of the |relatives of the )?(?:[\w-]+ ){0,2}?(?:wounded|injured|victims|survivors"
    r"|bereaved|casualties|families|relatives|the dead|displaced|refugees)(?: (?:soldiers|officers|troops|people"
    r"|civilians|residents|passengers|workers|children|pupils|students|villagers|families))?\b"
    r"(?: of (?:those|the people|people|the)(?: [\w-]+){0,2}? (?:killed|injured|wounded|hurt|detained|arrested"
    r"|who died)(?: (?:during|in|at) [^,;:]*)?)?",
    re.IGNORECASE,
)
"""A visit to the wounded, the survivors, the displaced or the bereaved, or a funeral ('the president visited the
injured soldiers in hospital', 'attended the funeral of the victims', 'toured a camp for displaced families'), or
the wounded cared for or moved ('opened the crossing to let wounded people leave for treatment', 'airlifted the
injured to the capital', 'met relatives of those injured during the protests of October 2019'), or an apology or
condolences to them ('apologised to the relatives of those killed during the protests'): the
words of harm describe the people visited; the sentence tells no act, as the harm was told and coded on its own
day."""

INQUIRY = re.compile(
    r"\b(?:probes?|investigations?|inquir(?:y|ies)|enquir(?:y|ies)|inquests?) (?:[\w'-]+ ){0,3}?(?:into|of) [^,;:]*"
    r"|\b(?:issued|issues|sent|sends|served|serves) (?:a |an )?(?:show-cause )?notices? (?:to (?:[\w'-]+ ){1,5}?)?"
    r"(?:over|on|regarding|about|seeking (?:a |an )?(?:report|explanation) (?:on|over|into)) [^,;:]*"
    r"|\b(?:cases?|complaints?|FIRs?|charges|petitions?) (?:[\w'-]+ ){0,3}?(?:registered|filed|lodged|brought)"
    r" (?:[\w'-]+ ){0,3}?(?:after|over|during|following|in connection with) [^,;:]*"
    r"|\b(?:commissions?|inquir(?:y|ies)|enquir(?:y|ies)|investigations?|probes?|panels?|tribunals?|reports?"
    r"|stud(?:y|ies)|audits?) (?:[\w'-]+ ){0,2}?(?:found|finds|concluded|concludes|established|determined"
    r"|documented) that [^,;:]*",
    re.IGNORECASE,
)
"""An inquiry into an act ('took over the probe into the blast'): the act names what is investigated. With no day of
the news in the sentence it was told and coded on its own day; an inquiry 'into the blast that killed five on Monday'
may be its only telling and is left to the act. So is a notice a rights commission or a court serves on an authority
over an act ('issued a notice to the state police over the death of a man in custody'): it asks for an explanation of
something done before. So are cases or complaints filed after an act, which a team is set up to look into ('to look
into the complaints filed after the clashes in March'): the paperwork of a past act. So is what an inquiry, a
commission or a report found ('the truth commission found that the regime tortured and killed hundreds of
dissidents'): its finding sums up acts told and coded when they were done, unless it gives their day."""

COMPENSATION = re.compile(
    r"\b(?:ex[- ]gratia|compensation|relief|pensions?|payments?|cheques?|financial (?:help|assistance|aid))\b"
    r" (?:[\w'-]+ ){0,6}?(?:to|for) (?:the |each |every |each of the )?(?:famil(?:y|ies)|kin|next of kin|relatives"
    r"|dependants|heirs"
    r"|victims"
    r"|survivors)\b[^,;:]*",
    re.IGNORECASE,
)
"""Money paid or promised to victims or their families ('announced ex gratia to the families of those killed in the
firing', 'compensation for each family that lost a member in the violence'): the harm names who is paid; it was
told and coded on its own day."""

PAST_OF_A_PERSON = re.compile(
    rf",? (?:who|whose [\w-]+) (?:was|were|had been|has been|have been|had|survived) [^,;:]*?\b(?:last (?:year|month"
    rf"|week)|(?:\w+ )?(?:years?|months?|weeks) ago|earlier this (?:year|month)|in (?:(?:early |late |mid-)?"
    rf"(?-i:{MONTHS})\b|(?:19|20)\d\d))[^,;:]*(?:,|(?=[;:]))",
    re.IGNORECASE,
)
"""A clause that tells what happened to a person before the news, dated back ('the opposition leader, who was
poisoned with a nerve agent in August, returned home on Sunday'): it says who the person is; the act in it was
news on its own day, and the sentence reports only what its main clause tells."""

DOER_OF_TOLD_EVENT = re.compile(
    r"\b(?:carried out|carry out|carries out|(?:was|were|is|are) "
    r"(?:(?:suspected|believed|thought|said|alleged|reported) to (?:be|have been) )?(?:behind|responsible for)|claim(?:ed|s)?"
    r"(?: responsibility for)?|perpetrated|masterminded|staged|executed|conducted)"
    r" (?:the|this|that|these|those|both) (?:[\w'-]+ ){0,2}?(?:attacks?|killings?|raids?|ambush(?:es)?|murders?"
    r"|massacres?|bombings?|blasts?|abductions?|kidnappings?|incidents?)\b(?: (?:of|on) (?:\d{1,2} [A-Z]\w+|[A-Z]\w+ \d{1,2}"
    r"|(?:last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?(?=\s*(?:[.,;:!?]|$|and\b|but\b))",
    re.IGNORECASE,
)
"""A doer named for an event the report has already told, by a definite noun ('local sources say herders from
Kolo carried out the attack', 'the group claimed the raid of Tuesday', 'the front is believed to be behind the raid'):
the sentence says who did that event (a claim of responsibility is part of the event it claims, ACLED's codebook), it
tells no new one. Only a noun that ends its
clause (before a stop, a comma or an 'and' whose clause is read on its own), or is dated only, counts: 'responsible
for the attack on the market' names what was hit and may be the first telling."""

UNKNOWN_DOER = re.compile(
    r"(?:^|[,;]\s*)\W*(?:the )?(?:assailants|attackers|perpetrators|culprits|killers|gunmen|gunman|raiders|suspects)"
    r"(?: (?:are|were|is|was|remain|remained|still|later|then|afterwards|subsequently|reportedly|quickly))?"
    r" (?:not (?:yet )?(?:known|identified)|unknown|unidentified"
    r"|at large|yet to be identified|escaped|fled|got away|retreated|withdrew|(?:managed to )?escape(?:d)?)"
    r"(?: (?:back )?(?:into|to|towards|across|over|through) (?:the )?(?:neighbou?ring |nearby )?"
    r"(?:(?-i:[A-Z])[\w'-]+(?: (?-i:[A-Z])[\w'-]+)*|border|bush|forest|hills|mountains))?\W*$"
    r"|^\W*no (?:one|group|arrests?)(?: (?:has|have|had))? (?:been )?(?:made|claimed\b[^.;:]*|arrested)\W*$",
    re.IGNORECASE,
)
"""A fragment that only comments on who did the event told or where they went ('Attackers unknown.', 'No arrests
made.', 'No group claimed it.', 'No one hurt, the gunmen fled.', 'The raiders later fled into Chad.'): with no deed
verb or deed noun of its own, it tells no event; the doers' flight after the deed is part of the event told
(ACLED codes one event per act, wherever its doers go next)."""

LONG_PAST_WAR = re.compile(
    rf"\b(?:(?:First|Second) World War|World Wars?(?: (?:I|II|One|Two|1|2)\b)?|WW ?(?:I|II|1|2)\b|Great War"
    rf"|Napoleonic|(?:Vietnam|Korean|Crimean|Boer|Falklands|Franco-Prussian|Peloponnesian|Punic|Trojan|Opium|Biafran"
    rf"|Winter|Six-Day|Yom Kippur|Iran-Iraq|Sino-Japanese|Russo-Japanese|Anglo-Zulu|Hundred Years'?|Thirty Years'?"
    rf"|Seven Years'?|American Civil|Spanish Civil|English Civil|Revolutionary|Indochina) Wars?"
    rf"|(?:war|wars) of the Roses|Cold War|the Blitz|D-Day"
    rf"|(?:WWII|WWI|World War II|World War I|Second World War|First World War)-era"
    rf"|(?:in|during|from|since) the (?:1[0-9]|[2-9]|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    rf"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)(?:st|nd|rd|th)?"
    rf" century|(?:1[0-9]|[2-9])(?:st|nd|rd|th)[- ]century (?:battles?|wars?|sieges?|massacres?|invasions?)"
    rf"|Bronze Age|Iron Age|Stone Age|archaeolog\w*|Roman (?:soldiers?|legions?|legionaries|army|era|times|empire)"
    rf"|Vikings?|medieval|mediaeval|historians?"
    rf"|(?:still )?(?:recovering|recovered|emerging|emerged) from (?:a |an |the |its |their )?(?:decades?|years|long years)"
    rf" of (?:civil )?(?:war|conflict|fighting)|(?:civil )?war (?:that |which )?ended in (?:1[89]|20)\d\d"
    rf"|(?:in|of|on|since|until|between|from) (?:(?:early |late |mid-)?(?-i:{MONTHS}) )?(?:\d{{1,2}} (?-i:{MONTHS}) )?"
    rf"(?:1[0-8]\d\d|19[0-7]\d)|the (?:1[0-8]\d\d|19[0-7]\d)s?|(?:1[0-8]\d|19[0-7])0s)\b",
    re.IGNORECASE,
)
"""A war or an age long over ('a region still recovering from a decade of conflict', 'the civil war that ended in
2002'): the world wars, the named wars of the past centuries (Vietnam, Korea, the Falklands, the
Boer and Crimean wars, the American and Spanish civil wars, the Cold War), a battle or a war dated to a century before
ours or to a prehistoric, Roman, Viking or medieval age, an act dated to a year before 1980 ('soldiers shot dead 14
marchers in 1972', 'the 1976 uprising', 'began on 16 June 1976', 'in the 1970s'; ACLED's records begin in 1997, and
the news of the 1980s read
by MUC-4 is left alone), what historians say, and the finds of
archaeologists; not a bare 'wartime', which may be a war of today.
ACLED codes the political violence of today's conflicts; soldiers killed at Waterloo, a siege of the twelfth century or
a bomb dropped in the Second World War are history, however recently they were unearthed or written about."""

LEGACY_ORDNANCE = re.compile(
    r"\b(?:unexploded|old|rusty|rusted|leftover|left-over|decades-old|century-old|abandoned|(?:[\w-]+-)?era"
    r"|wartime|historic)"
    r" (?:[\w-]+ ){0,3}?(?:bombs?|shells?|mines?|landmines?|grenades?|ordnance|munitions?|explosives?|rockets?"
    r"|torpedo(?:es)?|mortars?|artillery)\b"
    r"|\b(?:bombs?|shells?|mines?|landmines?|grenades?|ordnance|munitions?|explosives?|rockets?|torpedo(?:es)?"
    r"|mortars?|UXO)\b(?: [\w,'-]+){0,6}? (?:from|of|dating (?:back )?(?:to|from)|left (?:over |behind )?(?:from|by)"
    r"|dropped (?:in|during)|fired (?:in|during)|laid (?:in|during)) (?:the )?(?:[\w-]+ ){0,2}?(?:war|wars|conflict"
    r"|century|(?:19|18)\d\d)\b",
    re.IGNORECASE,
)
"""Ordnance left from a past war ('an unexploded bomb', 'a grenade from the Second World War', 'an old artillery shell
from the war'). Told with a war or an age long over (`LONG_PAST_WAR`), its finding, defusal or accidental blast is
no act of any conflict actor of today: nobody used it now."""

PROTEST_BACKGROUND = re.compile(
    r"\b(?:who|which|that) (?:have|has|had) (?:[\w-]+ ){0,2}?(?:led|staged|held|organi[sz]ed|spearheaded|joined"
    r"|mounted|been (?:holding|staging|leading|organi[sz]ing))"
    r" (?:[\w-]+ ){0,2}?(?:days|weeks|months|years|decades|a (?:wave|series|string|year|month)|waves?|series)"
    r" of (?:[\w-]+ )?(?:protests?|demonstrations?|strikes?|rallies|marches|sit-ins|boycotts|civil disobedience)\b",
    re.IGNORECASE,
)
"""A relative clause that names a group by the long campaign behind it ('students who have led months of protests',
'the union, which has staged weeks of strikes'): it says who the group is; the weeks of protest were coded day by day
as they happened, and the sentence reports only what its main clause tells."""


DEATH_TOLD = re.compile(r"\b(?:died|dies|death|deaths|dead|killed|fatalit\w*|bodies)\b", re.IGNORECASE)
"""Words of death: with one, fighting named as the time of the sentence may be the fighting that caused it."""

FIGHTING_AS_TIME = re.compile(
    r"\b(?:during|amid|amidst|throughout|despite|because of|due to|owing to) (?:the |this |the recent |the ongoing "
    r"|the current |the continuing |last (?:week|month|year)['\u2019]s )(?:[\w-]+ )?(?:fighting|war|conflict|clashes"
    r"|hostilities|violence|unrest|insurgency)\b(?: in (?:the )?(?-i:[A-Z])[\w'-]+(?: (?-i:[A-Z])[\w'-]+)*)?",
    re.IGNORECASE,
)
"""A war or fighting named with its article as the time or the reason of what the sentence tells ('evacuated 1,200
nationals during the fighting', 'schools stayed closed amid the unrest in Khartoum'): the fighting is one the reader
knows already, told and coded on its own days; an evacuation, a closure or a flight told in its time is no act of
it. Harm told beside it ('two civilians were killed during the fighting', 'died amid the clashes') is left to the
act, and so is fighting named with no article ('died amidst intercommunal clashes'), which may be the news itself."""


LONG_PAST_WHEN = re.compile(rf"(?:{LONG_PAST_WAR.pattern}),? when [^,;:]*", re.IGNORECASE)
"""A date long past with the 'when' clause that tells what happened on it ('began on 16 June 1976 when students
protested'): the clause is dated by it."""


def long_past_only(text: str) -> bool:
    """Whether a sentence's violence belongs to a war or an age long over (`LONG_PAST_WAR`): ordnance left from it
    (`LEGACY_ORDNANCE`), or acts told beside it with no act of today at a gathering (`_news_of_violence`, read
    without a 'when' clause a long-past date governs, `LONG_PAST_WHEN`) and no hostile act dated to a day of the news
    outside the past war's words."""
    if not LONG_PAST_WAR.search(text):
        return False
    if LEGACY_ORDNANCE.search(text):
        return True
    if _news_of_violence(LONG_PAST_WHEN.sub(" ", text)):
        return False
    rest = LONG_PAST_WAR.sub(" ", text)
    return not (DAY_OF_AN_ACT.search(rest) and HOSTILE_ACT.search(rest))


ORDNANCE_FOUND = re.compile(
    r"\b(?:found|discovered|unearthed|dug up|stumbled (?:up)?on|picked up|removed|cleared|recovered|collected)\b",
    re.IGNORECASE)
"""Ordnance found, picked up or removed: nobody fired or laid it in the news told."""


def leftover_ordnance_found(text: str) -> bool:
    """Whether a sentence tells unexploded or old ordnance found or removed (`LEGACY_ORDNANCE`, `ORDNANCE_FOUND`) with
    no harm done (`HARM_DONE`): 'an unexploded mortar shell found by children was removed by the army' tells no
    shelling and no bombing, as the shell was fired, if ever, on some other day; a shell that exploded and killed
    the children who found it is told with its dead and keeps its type."""
    return bool(LEGACY_ORDNANCE.search(text) and ORDNANCE_FOUND.search(text) and not HARM_DONE.search(text))


def old_ordnance_told(text: str, previous: str) -> bool:
    """Whether the paragraph has just told of ordnance left from a war long over (`LEGACY_ORDNANCE` with
    `LONG_PAST_WAR` in `previous`) and the sentence adds no hostile act of its own: the experts who seal off the area
    or defuse the bomb deal with that old ordnance ('A wartime grenade from the First World War was found in a garden.
    Bomb disposal experts sealed off the area.')."""
    return (bool(LEGACY_ORDNANCE.search(previous)) and bool(LONG_PAST_WAR.search(previous))
            and not HOSTILE_ACT.search(text))


WAR_TOLL = re.compile(
    r"\b(?:the |a |this |its |their )?(?:[\w'-]+ ){0,2}?(?:wars?|conflicts?|insurgenc(?:y|ies)|rebellions?|revolts?"
    r"|uprisings?|violence|unrest|crisis|hostilities|fighting|bloodshed|civil strife)"
    r"(?: (?:in|on|over|against|between|with) (?:the )?[\w'-]+(?: [\w'-]+){0,3}?)?,? (?:which |that )?(?:has|have|had)"
    r" (?:so far |already |now |since )?(?:killed|claimed|cost|left|displaced|uprooted|forced|destroyed|damaged"
    r"|devastated|ravaged|wrecked|razed)\b",
    re.IGNORECASE,
)
"""A war, an insurgency or a wave of violence as the doer of its whole toll ('the war in Yemen has killed more than
150,000 people', 'the insurgency, which has displaced two million', 'the conflict has destroyed most of the clinics'):
the present perfect with a war for its subject sums up its years; ACLED codes each act on its day, and the sum is no
event."""

NEW_BOUT = re.compile(
    r"\b(?:renewed|fresh|new|latest|(?:this|last) (?:week|weekend)['\u2019]s)"
    r" (?:[\w'-]+ )?(?:fighting|hostilities|clashes|violence|conflict|bloodshed|unrest)\b(?![^.;]*\bsince\b)",
    re.IGNORECASE,
)
"""A new bout of fighting as the doer of a toll ('renewed hostilities between the clans have left four dead', 'fresh
clashes have killed 12'): 'renewed', 'fresh', 'latest' mark one outbreak, not a war's years, so its toll is the news
of an event ACLED codes, though no day is named; a toll counted 'since' a start is still a sum (`WAR_TOLL`)."""

AFTERMATH = re.compile(
    r"\b(?:reopen(?:ed|s|ing)?|resum(?:ed|es|ing)|return(?:ed|s|ing)? to normal|(?:calm|normalcy|normality|peace"
    r"|quiet) (?:has |had )?(?:returned|was restored|has been restored|prevailed)|back to normal"
    r"|lift(?:ed|s|ing)?|eas(?:ed|es|ing)|relax(?:ed|es|ing)|(?:remain(?:ed|s)?|stay(?:ed|s)?|were|was|are|is) (?:high"
    r"|tense|on edge|uneasy|palpable)|(?:prices?|shares|stocks|markets?|indices|index|currency|the (?:[\w-]+ )?"
    r"(?:pound|dollar|euro|rupee|naira|shilling)) (?:[\w-]+ ){0,2}?(?:rose|fell|jumped|slumped|surged|dropped|climbed"
    r"|tumbled|plunged|rallied|soared|sank)|(?:insurance|premiums|tourism"
    r"|tourists|visitors|bookings|trade|business|flights?))\b",
    re.IGNORECASE,
)
"""Life after an event already reported: schools that reopen, a curfew lifted, calm that returns, tension that remains,
prices or shares that move, tourism or trade that recovers (`LATER_THAN_EVENT`)."""

LATER_THAN_EVENT = re.compile(
    r"\b(?:after|since|following|in the wake of)"
    r" (?:the |last (?:week|month|year)['\u2019]s |(?:this|last) (?:week|month)['\u2019]s |(?:days|weeks|months|years)"
    r" of |a (?:week|month|year|series|wave) of |(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['\u2019]s"
    r" )(?:[\w'-]+ ){0,2}?(?:attacks?|bombings?|blasts?|explosions?|clash(?:es)?|riots?|protests?|demonstrations?"
    r"|unrest|violence|fighting|raids?|killings?|massacres?|shootings?|strikes?|siege|coup|war|curfew|hostilities)\b"
    r"[^,;:]*",
    re.IGNORECASE,
)
"""An event already reported, named by its definite noun after 'after' or 'since' ('after the attack', 'after last
week's clashes', 'after days of protests'): news already told. In a sentence whose main clause tells only its aftermath
(`AFTERMATH`: 'schools reopened a month after the attack', 'oil prices jumped after the attack on the tanker'), the
sentence reports the aftermath, which ACLED does not code."""


FORMER_PLACE_OF_DETENTION = re.compile(
    r"\b(?:former|old|onetime|one-time|ex-) ?(?:[\w-]+ )?(?:detention|torture|interrogation|internment|concentration"
    r"|prison|labou?r) (?:centres?|centers?|camps?|sites?|facilit(?:y|ies)|cells?|compounds?)\b"
    r"|\bformer (?:prisons?|jails?|gulags?)\b",
    re.IGNORECASE,
)
"""A place where people were held once, now a memorial or a ruin ('laid flowers at the former detention centre', 'a
museum in the old prison camp'): naming it tells no arrest; an arrest told beside it still counts."""


SECURITY_RESPONSE = re.compile(
    r"\b(?:imposed|extended|declared|renewed|prolonged|tightened|reimposed) (?:[\w'-]+ ){0,3}?curfews?\b"
    r"|\b(?:reinforc\w*|deploy\w*|sent|dispatched|rushed|tightened|beefed up|stepped up|heightened|increased"
    r"|suspended|closed|set up)\b(?: [\w'-]+){0,4}? (?:troops|soldiers|forces|police|officers|patrols|security"
    r"|reinforcements|roadblocks|checkpoints|convoys|presence)\b"
    r"|\b(?:troops|soldiers|forces|police|officers|patrols|security|reinforcements|convoys)\b(?: [\w'-]+){0,4}?"
    r" (?:were|was|had been|have been|has been|remain|remains)? ?(?:reinforc\w*|deployed|sent|dispatched|rushed"
    r"|tightened|beefed up|stepped up|heightened|increased|suspended)\b",
    re.IGNORECASE,
)
"""Troops, police or patrols sent, reinforced or tightened, convoys suspended and curfews imposed or extended: the
security answer to violence."""


def security_response(text: str, types: list[tuple[str, float]]) -> bool:
    """Whether a sentence tells only how the state's forces answered violence the report has already told ('Colombia's
    defence ministry said it had reinforced its troops along the river', 'security had been tightened around mosques',
    'road convoys to the town remain suspended'): forces moved in answer to an incident change no group's activity in
    the codebook's sense; the incident is the event."""
    return bool(types) and all(sub_type in {"Change to group/activity", "Other"} for sub_type, _ in types) \
        and bool(SECURITY_RESPONSE.search(text))


def count_or_habit(text: str) -> bool:
    """Whether a sentence gives a count over a long stretch of time ('173 activists were killed in 2024',
    'landmines kill a child every day') with no day of an act, or tells what happens as a rule with no
    act of its own ('kidnapping has become a business'): ACLED codes single events on their day; tallies,
    trends and habits are none.
    The day a report was published or a source spoke (`DAY_OF_A_REPORT`) is no day of an act ('conflict killed
    7,000 civilians last year, a report published on Wednesday said')."""
    if DAY_OF_AN_ACT.search(DAY_OF_A_REPORT.sub(" ", text)):
        return False
    return bool(((LONG_PERIOD.search(text) or SINCE_A_TURNING_POINT.search(text)) and TALLY.search(text))
                or RATE.search(text)
                or (HABIT.search(text) and not DONE_NOW.search(text)))


PAST_EVENT_AS_DOER = re.compile(
    r"^\W*(?:the|a) (?:19|20)\d\d (?:[\w-]+ ){0,2}?(?:attacks?|bombings?|massacres?|genocide|invasion|coup|uprising"
    r"|riots?|killings?|war|conflict|insurgency|revolution|siege|offensive)\b(?: (?:on|in|of|against|at|by)"
    r" (?:[\w'-]+ ){1,3}?)? ?(?:killed|claimed|left|wounded|injured|destroyed|displaced|cost|drove|forced|uprooted)\b"
    r"[^,;:]*",
    re.IGNORECASE,
)
"""A past event named by its year as the subject of its own toll ('The 1988 chemical attack on Halabja killed some
5,000 Kurds'): the verb's subject is the remembered event, so the predicate tells what it did then, not an act now."""


def _tells_an_act_now(text: str) -> bool:
    """Whether a sentence that names a past event also tells an act of its own: a verb of violence
    outside the clause describing the past event (or the predicate whose subject it is, `PAST_EVENT_AS_DOER`), a
    demonstration, or violence at a gathering."""
    told_now = _without_remembered(PAST_EVENT_AS_DOER.sub(" ", text))
    return bool(DONE_NOW.search(told_now) or DEMONSTRATION.search(told_now) or _news_of_violence(text))


def _news_of_violence(text: str) -> bool:
    """Whether a sentence about remembering also tells of violence now: a demonstration, or an
    attack on the gathering itself ('gunmen fired on mourners at the memorial'). A clause that
    describes the remembered event ('the 1944 battle in which their countrymen stormed the
    monastery') tells no violence now, nor does a past event named by its year ('an exhibition on the 1947
    partition riots')."""
    return bool(NEWS_OF_VIOLENCE.search(_without_remembered(text)))


def _without_remembered(text: str) -> str:
    """`text` without the clauses that describe a remembered event and the past events named by their year."""
    return EVENT_NAMED_BY_YEAR.sub(" ", REMEMBERED_CLAUSE.sub(" ", text))


SINCE_A_TURNING_POINT = re.compile(
    r"\bsince (?:(?:the )?(?:start|beginning|outbreak|onset) of )?(?:the |its |their |this |last year's )?"
    r"(?:[\w-]+ )?(?:coup|war|conflict|invasion|uprising|revolution|insurgency|crisis|takeover|junta|occupation)"
    r"(?: (?:began|started|erupted|broke out|took power))?\b",
    re.IGNORECASE,
)
"""A count made from a turning point of a conflict on ('4,000 civilians have been killed since the coup', 'since the
war began', 'since the start of the insurgency'): a long stretch of time like `LONG_PERIOD`, so the count is a tally
unless it names a day of an act."""
