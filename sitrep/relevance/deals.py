"""Deals, talks, diplomacy and the moves of states that are no strategic development.

ACLED's strategic developments are moves of parties to a conflict: an agreement reached between them, a ceasefire, a
base set up, ground handed over, a curfew imposed. Talks that only open, deals still proposed, trade and labour deals,
a donor's promise of aid, a state's sanctions or note of protest, a quarrel between ministers, security laid on for a
summit, aircraft on patrol or carrying the wounded are no such move; these rules read the party, the matter and
whether the deal is made.
"""

from __future__ import annotations

import functools
import re

from sitrep import classify, countries
from sitrep.relevance.acts import DAY_OF_AN_ACT, DEMONSTRATION, DONE_NOW, _no_act_left
from sitrep.relevance.frames import _main_clause, violence_only_as_reason

WEAPON_POLICY = re.compile(
    r"\b(?:sanctions?|ban(?:s|ned|ning)?|embargo(?:es)?|tests?|tested|test-fir\w*|programm?es?|treat(?:y|ies)"
    r"|arms (?:deals?|sales?|control|race)|non-proliferation|stockpiles?|exports?|imports?|purchases?|purchas(?:ed|ing)"
    r"|buy|buys|buying|bought|sell|sells|selling|sold"
    r"|sales?|deliver(?:y|ies|ed)|procure\w*|acquir\w*|acquisitions?|develop\w*|manufactur\w*|parades?|arsenals?"
    r"|budgets?|(?:received|receives|receiving|took delivery of|takes delivery of|commissioned|inducted|ordered"
    r"|orders|placed an order for) (?:[\w,-]+ ){0,6}?"
    r"(?:jets?|fighters|aircraft|planes|helicopters?|drones?|missiles?|rockets?|tanks?|warships?|frigates?|submarines?"
    r"|weapons?|systems?)"
    r"|suppl(?:y|ying|ied|ies|iers?)|transfers?|transferred|shipments?|shipped|makers?|producers?|industry|industries"
    r"|compan(?:y|ies)|firms?|blacklist\w*|produc(?:e|es|ed|ing|tion)|co-produc\w*|generations?"
    r"|(?:weapons|arms) packages?|packages? of (?:[\w-]+ )?(?:weapons|arms|ammunition|munitions|military aid)"
    r"|build(?:s|ing)? (?:[\w-]+ ){0,4}?(?:jets?|fighters|aircraft|planes|drones?|missiles?|rockets?|tanks?|warships?"
    r"|submarines?|weapons?|bombs?)|(?:military|security|defen[cs]e) (?:aid|assistance|packages?)|worth"
    r"|(?:million|billion) (?:dollars|euros|pounds)|deals? (?:for|to buy)|for use (?:in|by|against)"
    r"|(?:sent|sends|sending|shipped|supplied|transferred|gave|given|donated|provided) (?:[\w,-]+ ){0,4}?(?:shells"
    r"|missiles|drones|rockets|weapons|arms|ammunition|munitions|bombs|mortars) to"
    r"|(?:promised|promises|pledged|pledges|offered|offers) (?:[\w,-]+ ){0,3}?(?:shells|missiles|drones|rockets|weapons"
    r"|arms|ammunition|munitions|bombs|mortars|air defen[cs]es?))\b",
    re.IGNORECASE,
)
"""Weapons as the matter of policy, trade or testing ('sanctions banning missile tests', 'an arms deal for drones',
'accused of supplying ballistic missiles', 'blacklisted a drone maker', 'agreed to build a new generation of fighter
jets', 'military aid including missiles and drones', 'a deal for cruise missiles worth 375 million dollars', 'sent
artillery shells to Russia for use in Ukraine', 'promised the troops more drones'): with no hostile act in the
sentence, naming them reports no explosion or strike.
So are weapons acquired, received or ordered ('cleared the acquisition of fighter jets', 'the air force received six
aircraft', 'ordered a batch of drones')."""

WEAPON_CLASS = re.compile(
    r"\b(?:attack|strike|assault) (?=(?:helicopters?|aircraft|jets?|fighters?|drones?|submarines?|boats?|craft|dogs?"
    r"|rifles?|vehicles?|planes?)\b)|\bbattle(?=[- ](?:tanks?|ships?|cruisers?|groups?|dress|fatigues|gear"
    r"|uniforms?|rifles?|helmets?)\b)",
    re.IGNORECASE,
)
"""'Attack', 'strike' or 'assault' as the name of a class of weapon ('twelve attack helicopters', 'an assault rifle',
'strike aircraft', 'a main battle tank', 'a carrier battle group'): the word says what the weapon or the unit is
for, not that anything was attacked or fought."""


def _without_weapon_class(text: str, types: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The types of a sentence that it still reads once the words naming a class of weapon (`WEAPON_CLASS`) are
    taken out ('bought attack helicopters' reads as 'bought helicopters')."""
    if not WEAPON_CLASS.search(text):
        return types
    still = {sub_type for sub_type, _ in classify.classify(WEAPON_CLASS.sub("", text))}
    return [(sub_type, score) for sub_type, score in types if sub_type in still]


CONFLICT_PARTY = re.compile(
    r"\b(?:"
    r"troops|soldiers|army|armed forces|military|militar(?:y|ies)|police|policemen|gendarmes?|security forces"
    r"|forces|militants?|rebels?|insurgents?|jihadists?|terrorists?|militias?|militiamen|fighters|guerrillas?"
    r"|armed groups?|armed men|gunmen|bandits|warlords?|paramilitar\w*|peacekeepers?|commanders?|battalions?"
    r"|brigades?|units|convoys?|checkpoints?|bases?|barracks|positions|front ?lines?|cease-?fires?|truces?"
    r"|peace (?:deal|talks|agreement|accord|process)|hostages?|prisoners?|detainees|captives|weapons|arms"
    r"|ammunition|surrender\w*|disarm\w*|war|conflict|fighting|offensive|curfews?|state of emergency"
    r"|demonstrat\w*|protest\w*|tanks?|armou?red|APCs?|artillery|ammunitions?|military vehicles|observation points?"
    r"|outposts?|security|insecurity|threats?|displac\w*|fled|refugees|nuclear|arms control|missiles?"
    r"|non-proliferation"
    r")\b",
    re.IGNORECASE,
)
"""Parties and matters of a conflict: a strategic development read from bare words of agreement,
deployment or movement needs one of them in its sentence."""

DIPLOMATIC_MEASURE = re.compile(
    r"\b(?:sanctions?|sanction(?:ed|ing)|diplomatic expulsions?|(?:the|these|tit-for-tat|retaliatory"
    r"|coordinated) expulsions(?! of (?!diplomats))"
    r"|expel(?:s|led|ling)? (?:[\w-]+ ){0,5}?(?:diplomats|ambassadors?|envoys?"
    r"|embassy staff|consular staff)|(?:diplomats|ambassadors?|envoys?) (?:[\w-]+ ){0,3}?(?:expelled|recalled)"
    r"|recall(?:s|ed|ing)? (?:its |their |the |his |her )?(?:[\w-]+ )?(?:ambassadors?|envoys?|high commissioners?)"
    r"|withdr(?:ew|aw|aws|awn|awing) (?:its |their |the )?(?:[\w'-]+ ){0,2}?(?:ambassadors?|envoys?|diplomats)"
    r"|Security Council|severed (?:diplomatic )?ties"
    r"|cut (?:diplomatic )?ties|summon(?:s|ed|ing)? (?:[\w'-]+ ){0,3}?(?:ambassadors?|envoys?|high commissioners?"
    r"|charg[eé] d'affaires"
    r"|diplomats?)|(?:lodged|delivered|sent|filed|made) (?:a |an )?"
    r"(?:formal |strong |stern |solemn |official |vigorous )?(?:diplomatic )?"
    r"protest"
    r"|note of protest|(?:froze|freez(?:e|es|ing)) (?:the |their |its )?(?:[\w'-]+ ){0,3}?assets|asset freezes?"
    r"|travel bans?|(?:ordered|told|gave) (?:[\w'-]+ ){0,4}?(?:diplomats|officials|envoys?|ambassadors?|embassy staff"
    r"|intelligence officers) (?:[\w'-]+ ){0,3}?to leave|kick(?:ed|s)? out (?:[\w'-]+ ){0,3}?(?:diplomats|envoys?"
    r"|ambassadors?)|(?:vetoed|blocked|rejected|adopted|passed|approved|drafted|tabled) (?:a |an "
    r"|the )?(?:[\w-]+ ){0,3}?"
    r"(?:resolution|motion|statement))\b",
    re.IGNORECASE,
)
"""A state's diplomatic response: sanctions, asset freezes and travel bans, expulsions in the plural ('the expulsions
follow the poisoning'; one expulsion is as often a student's), expelling ('expelled more than 100 Russian diplomats'),
recalling, withdrawing or summoning diplomats (a headline's 'Nigeria recalls ambassador to Ghana over ...'; in the
Commonwealth a high commissioner is an ambassador), a formal protest lodged with another state, a Security Council
statement, a resolution vetoed, blocked or adopted ('Moscow blocked a resolution condemning the gas attack'),
diplomats or officials ordered to leave or kicked out. ACLED codes the violence on the day it happened and no
diplomatic response at all."""

LABOUR_STRIKE = re.compile(
    r"\b(?:(?:long|lengthy|indefinite|general|national|nationwide|teachers'?|doctors'?|nurses'?|workers'?|labou?r"
    r"|hunger|sit-down|wildcat|warning|token|\d+-(?:day|week|month)|(?:day|week|month)s?-long|staff|union|transport"
    r"|lecturers'?|academic|[a-z]+s['\u2019]) strikes?|strike action|(?:on|went on|go on|call(?:ed)? off (?:the|their|a)"
    r"|end(?:ed|s)? (?:the|their|a)|suspend(?:ed|s)? (?:the|their|a)) strike"
    r"|strikes? (?:(?:was|were|is|are|has|have|had|would|will) )?(?:been |remain |remains |remained )?(?:over|ended"
    r"|ends|ending|entered|enters|continued"
    r"|continues|lasted|lasts|called off|suspended|lifted|went on|goes on)"
    r"|strike (?:notices?|ballots?|committees?|pay|funds?))\b",
    re.IGNORECASE,
)
"""A strike that is a stoppage of work ('a long strike', 'an indefinite strike', 'called off the strike'): with no
aircraft or drone named (`AIR_WORDS`) it is no air strike ('after baggage handlers' strike': a strike of a trade
named in the plural possessive), whatever a protest it may be. A strike that lasts, ends or is called off ('the strike
was over by Friday', 'the strike entered its third day') is a stoppage of work: an air strike is over once it hits.
So is one that stays suspended ('the strike would remain suspended'). An agreement told beside a stoppage of work,
with no matter of a conflict (`CONFLICT_DEAL`), is a deal between employers or a government and workers, which ACLED
does not code as an agreement ('the strike stays suspended while the ministry implements the agreement signed in
May'). So is the paperwork of a stoppage: a strike notice served or withdrawn, a strike ballot, strike pay."""

AIR_WORDS = re.compile(r"\b(?:air|aerial|airstrikes?|drones?|jets?|warplanes?|aircraft|planes?|helicopters?|missiles?"
                       r"|bombers?|UAVs?)\b", re.IGNORECASE)
"""Words of the air: with one, a strike may be an air or drone strike."""

CIVILIAN_EVACUATION = re.compile(
    r"\b(?:(?:{evacuees})(?: [\w-]+){{0,3}} (?:was|were|been|being|are|is) (?:[\w-]+ )?evacuated"
    r"|evacuat(?:ed|ing|e) (?:[\w,-]+ ){{0,3}}?(?:{evacuees})|(?:prepare|prepared|preparing|get ready|ready) for"
    r" (?:an? |the |possible |their )?evacuation"
    r"|evacuation (?:plans?|orders?|drills?|routes?|centres?|centers?))\b".format(
        evacuees="buildings?|schools?|hospitals?|homes?|houses|flats|office(?: block)?s?|residents|people|passengers"
                 "|(?:shopping )?malls?|shopping (?:centres?|centers?)|stations?|airports?|terminals?|stadiums?|hotels?"
                 "|families|villagers|patients|staff|students|pupils|occupants|workers|tourists|guests|shoppers"
                 "|nationals|citizens|compatriots|expatriates|expats|foreigners|diplomats"
                 "|(?-i:[A-Z])[a-z]+(?:ans|ese|is|os)"),
    re.IGNORECASE,
)
"""People or a building taken out of harm's way (a state's own nationals too: 'evacuated 300 Brazilians from Gaza',
'evacuated 1,200 nationals'): ACLED's non-violent transfer of territory is ground
handed between armed parties, and its change to a group's activity is a move of an armed or political
group, not an evacuation of residents or an office block.
Nor is an evacuation prepared for ('told to prepare for evacuation', 'drew up evacuation plans')."""

MATTER_OF_TALKS = re.compile(
    r"\b(?:(?:talks|negotiations|discussions|consultations) (?:[\w'-]+ ){0,4}?(?:on|about|over|concerning)\b"
    r"(?! (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|\d))|discuss(?:ed|es|ing)?\b"
    r"|(?:was|were|is|are|be|been|remains?|remained) (?:high |first |also |still |firmly )?on the (?:agenda|table)\b)",
    re.IGNORECASE,
)
"""Talks about a matter ('held talks in Delhi on the withdrawal of military personnel', 'discussed the
recent air strikes', 'a ceasefire was on the agenda'): the matter is the subject of the talks, not something done;
only the talks' own outcome, an agreement, is news."""

ACCUSATION = re.compile(r"\b(?:accus\w*|blam\w*|held responsible|holds? (?:[\w'-]+ ){0,3}?responsible)\b",
                        re.IGNORECASE)
"""Words that lay an act at someone's door."""

IMPUTED_ACT = re.compile(
    r"\b(?:accus\w*|blam\w*) (?:[\w'-]+ ){0,5}?(?:of|for) [^;:]*"
    r"|\b(?:held|holds?) (?:[\w'-]+ ){0,4}?responsible for [^;:]*",
    re.IGNORECASE,
)
"""What an accusation lays at someone's door, to the end of its sentence ('the neighbour is accused by the
government of having ordered the poisoning of a defector with a nerve agent')."""

PROTESTING_STATE = re.compile(
    r"\b(?:(?:the )?(?:government|foreign ministry|ministry of foreign affairs|foreign office|embassy|state department"
    r"|Kremlin|White House)|(?-i:(?P<name>[A-Z][\w.]*(?: [A-Z][\w.]*)?)))"
    r" (?:(?:formally |strongly |officially |swiftly )?protested\b"
    r"|protests (?:to (?:the )?(?-i:[A-Z])|(?:[\w-]+ ){0,2}?[\w-]+['\u2019]s\b)|protests(?=\s*[.!]?\s*$))",
    re.IGNORECASE,
)
"""A government, a foreign ministry or a country that protests ('Japan protested after the missile flew over
its territory', a headline's 'Tokyo protests Seoul's drills' whose 'protests' takes an object, or a headline that ends
on it: 'Ghana expels three Chinese nationals; Beijing protests'): a state protests in
words; only its people gather. The verb follows the state's name at once
('government workers protested' are people), and the noun 'protests' is left out ('Kenya protests turned
deadly' are people)."""

PEOPLE_OF = re.compile(r"\b(?:of|in|from|at|across|for|with|by)\s*$", re.IGNORECASE)
"""A preposition before a state's name: the name says where or whose the people are ('nationals of Niger
protested'), not who protests."""

HUMANITARIAN_MOVEMENT = re.compile(
    r"\b(?:refugees|asylum[- ]seekers|migrants|returnees|displaced (?:people|persons|families)|IDPs)\b"
    r"(?: [\w',-]+){0,8}? (?:returned|were repatriated|were relocated|were resettled|were transferred|were moved)\b"
    r"|\b(?:relocat|repatriat|resettl|transferr?)\w* (?:[\w,'-]+ ){0,4}?(?:refugees|asylum[- ]seekers|migrants"
    r"|returnees|displaced)\b"
    r"|\b(?:repatriation|aid|relief|humanitarian|food|medical) convoys?\b"
    r"|\bconvoys? (?:of|carrying) (?:[\w'-]+ ){0,3}?(?:aid|food|medicines?|relief|supplies|refugees|returnees)\b",
    re.IGNORECASE,
)
"""Refugees or displaced people taken home or to a new camp ('returned home from the camp in a voluntary repatriation
convoy', 'began relocating 5,000 refugees to a new camp') and convoys of aid ('the first aid convoy in three months
reached the city'): humanitarian movements of civilians and supplies. ACLED's change to a group's activity is a move
of an armed or political group, so, as with `RELIEF_WORK`, such movements change nothing about a conflict party
(a deal to let aid convoys through is still an agreement). Told with harm to people or a weapon (`BODILY_HARM`:
'dropped barrel bombs on aid convoys, killing four drivers'), the convoy is the target of an act and the sentence
stays."""

CAPTIVES = re.compile(r"\b(?:hostages?|captives?|kidnapp\w*|abduct\w*|besieged|siege)\b", re.IGNORECASE)
"""People held by an armed group: rescuing them is an act of the conflict."""

AGREEMENT_WORDS = (r"agree(?:d|s|ment)?|signed|sign|reached|concluded|struck|sealed|accepted|brokered|initial(?:l)?ed"
                   r"|deal")

AGREED = re.compile(rf"\b(?:{AGREEMENT_WORDS})\b", re.IGNORECASE)
"""Words of an agreement made: talks on a matter report an agreement only with one of them ('met in
Geneva to discuss a prisoner exchange' reports none)."""

TALKS = re.compile(r"\b(?:talks|negotiations|dialogue|mediation|consultations)\b", re.IGNORECASE)
"""Talks between parties: held, opened or resumed, they are the way to an agreement, not one."""

AGREEMENT_MADE = re.compile(rf"\b(?:{AGREEMENT_WORDS}|accords?|pacts?|treaty|cease-?fires?|truces?|swap|exchange)\b",
                            re.IGNORECASE)
"""Words of an agreement made or in force: with none, talks report no agreement ('opened a new round of peace
talks in Doha'), as ACLED codes an agreement when it is reached."""

TALKS_ON_A_DEAL = re.compile(
    r"\b(?:cease-?fire|truce|peace|armistice|prisoner[- ](?:exchange|swap)) (?:talks|negotiations)\b"
    r"|\b(?:talks|negotiations) (?:on|about|over|for|towards?) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:cease-?fire|truce"
    r"|armistice|exchange|swap|accord|pact|deal)s?\b",
    re.IGNORECASE,
)
"""Talks named by the deal they seek ('a fresh round of ceasefire talks', 'negotiations on a prisoner swap'): the deal
named there is the talks' aim, not a deal made, so it makes no agreement of the talks (`AGREEMENT_MADE`)."""

NO_AGREEMENT = re.compile(
    r"\b(?:could not|couldn't|cannot|can't|did not|didn't|failed to|refused to|unable to|yet to|no longer) agree\b"
    r"|\bwithout (?:a |an |any )?(?:[\w-]+ )?(?:cease-?fires?|truces?|deals?|agreements?|accords?|peace)\b"
    r"|\b(?:talks|negotiations|rounds?|mediation)(?: [\w-]+){0,3}? (?:collapsed|broke down|stalled|failed"
    r"|ended without)\b"
    r"|\b(?:deal|agreement|accord|pact|treaty|truce|cease-?fire)s? (?:[\w'-]+ ){0,4}?(?:has|have|had) (?:[\w-]+ )?"
    r"failed\b"
    r"|\b(?:truce|cease-?fire|armistice)s? (?:(?:had|has|have) )?(?:ended|expired|lapsed|collapsed|broke down"
    r"|ran out)\b",
    re.IGNORECASE,
)
"""An agreement denied: parties that could not agree, talks that collapsed or ended without a ceasefire ('previous
rounds collapsed without a lasting ceasefire', 'the mediators could not agree on a venue'), or one judged as having
failed ('the peace agreement has failed to bring security': a deal made long before is weighed, none is reached), or
a truce that ended or collapsed ('clashed hours after the ceasefire ended': the end of a truce names a time, no deal).
ACLED codes an agreement when one is reached; the words of a deal inside such a denial report none."""

CAPTIVES_RELEASED = re.compile(
    r"\b(?:released|releases|freed|frees|set free)(?: [\w'-]+){0,3}? (?:hostages?|captives?|prisoners|detainees"
    r"|abductees|(?:captured|abducted|kidnapped|seized) [\w'-]+)\b"
    r"|\b(?:hostages?|captives?|abductees)(?: [\w'-]+){0,3}? (?:were|was|have been|had been|has been) (?:[\w'-]+ )?"
    r"(?:released|freed|set free)\b",
    re.IGNORECASE,
)
"""Captives released, told as done ('freed 20 hostages after talks with elders', 'the abductees were released after
negotiations'): the release is the outcome of the talks, which the codebook codes as an agreement (prisoner releases
are among its agreements), so talks named beside it as the way to it take nothing away. Talks on a release to come
('talks to free the hostages', 'negotiations on the release of') tell no release done."""

CIVIL_DEAL = re.compile(
    r"\b(?:salar(?:y|ies)|wages?|pay (?:rises?|raises?|increases?|deals?|claims?|offers?)|pay|pensions?|bonus(?:es)?"
    r"|working (?:hours|conditions)|prices?|tariffs?|trade|exports?|imports?|loans?|debts?|investments?|budget"
    r"|fares?|fees|subsid(?:y|ies)|contracts?|mergers?|takeovers?|acquisitions?|shares|stakes?|licen[cs]es?|quotas?"
    r"|budgets|spending|expenditures?"
    r"|fishing rights|taxe?s?|royalt(?:y|ies)|dividends?|buy|buying|purchases?|purchasing|sell|selling|sales?"
    r"|procure\w*|lease|leasing|arms (?:deals?|sales?|purchases?|contracts?)"
    r"|(?:election|electoral|voting) (?:timetables?|calendars?|dates?)|(?:timetables?|calendars?|dates?) for (?:the )?"
    r"(?:[\w-]+ )?(?:elections?|polls?|votes?|referendums?)"
    r"|(?:produce|manufacture|co-produce|build|develop|design|assemble|upgrade|maintain|repair)"
    r" (?:[\w-]+ ){0,4}?(?:weapons?|arms|rifles?|guns?|jets?|aircraft|planes|tanks?|helicopters?|submarines?|frigates?"
    r"|warships?|ships|drones?|missiles?|ammunition|shells|air defen[cs]e systems?))\b",
    re.IGNORECASE,
)
"""The matter of a deal in business, trade or labour: wages, prices, trade, loans, contracts ('the government
agreed to raise the doctors' salaries'), or a purchase, arms among them ('signed a deal to buy twelve
helicopters'), and the joint making of weapons ('agreed to produce rifles together'): a contract between states or
firms, not a deal between the sides of a fight. ACLED's agreements are made between parties to a conflict.
Spending is such a matter too ('agreed to raise military spending targets'), and so is the date of a vote ('the
junta agreed to a timetable for elections'): a calendar set with a regional bloc or the opposition is politics, no
deal between the armed sides of a fight."""

AGREED_TO_GIVE = re.compile(
    r"\b(?:agree(?:d|s)?|pledg(?:ed|es)|approv(?:ed|es)) to (?:send|provide|give|supply|donate|fund|finance|lend|grant"
    r"|deliver|boost|increase|step up|strengthen|expand|deepen|enhance|bolster|share|pool|coordinate|co-ordinate"
    r"|improve|intensify|extend) (?:[\w'-]+ ){0,5}?(?:aid|assistance|funding|money|euros|dollars|pounds|loans?"
    r"|grants?|support|equipment|vaccines|food|supplies|intelligence|information|data|cooperation|co-operation|ties"
    r"|relations|coordination|co-ordination|partnership|defen[cs]es?|capabilities|training)\b"
    r"|\b(?:agree(?:d|s)?|pledg(?:ed|es)|approv(?:ed|es)|offer(?:ed|s)) to (?:lead|join|host|contribute to|take part in"
    r"|head|command) (?:[\w'-]+ ){0,4}?(?:mission|force|operation|coalition|contingent|deployment)\b",
    re.IGNORECASE,
)
"""A donor that agrees to send aid or money ('the EU agreed to send 40 million euros of military aid'), or allies that
agree to boost their support or share intelligence ('agreed to share intelligence on missile launches'), or a state
that agrees to lead or join a mission abroad ('agreed to lead a police mission to Haiti'): a decision to give, to
cooperate or to take part, not an agreement between parties to a conflict."""

ALLIANCE_DEAL = re.compile(
    r"\b(?:defen[cs]e|security|military|mutual|strategic|status of forces|basing|intelligence-sharing|cooperation"
    r"|co-operation) (?:[\w-]+ )?(?:pacts?|agreements?|treat(?:y|ies)|accords?"
    r"|deals?|partnerships?|alliances?)\b|\b(?:joined|join|joins|joining|membership of|accession to) (?:the )?"
    r"(?:NATO|alliance|European Union|EU)\b"
    r"|\b(?:pacts?|agreements?|accords?|deals?|treat(?:y|ies)|memorand(?:um|a)(?: of understanding)?) (?:[\w-]+ )?"
    r"(?:to (?:share|pool|exchange|swap|coordinate|co-ordinate) (?:[\w'-]+ ){0,3}?(?:intelligence|information|data)"
    r"|on (?:intelligence|information|data)[- ]sharing)\b",
    re.IGNORECASE,
)
"""An alliance between states ('signed a defence pact allowing their troops to train together', 'joined NATO', 'signed a
pact to share intelligence on the jihadist threat'): pacts between friends. (Arms control treaties are left alone:
the shared task of CASE 2021 codes leaving one as an agreement.) ACLED's agreements are ceasefires, peace deals and
exchanges between the sides of a conflict (`CONFLICT_DEAL` words other than troops: a pact that moves troops to train
is still no ceasefire)."""

AGREED_TO_TALK = re.compile(
    r"\bagree(?:d|s|ing)? to (?:resume|hold|open|start|begin|continue|restart|keep|reopen|launch|pursue|step up)"
    r" (?:[\w-]+ ){0,3}?(?:talks|talking|negotiations|negotiating|dialogue|consultations|contacts)"
    r"|\bagree(?:d|s|ing)? to (?:meet|talk (?:to|with)|sit down with|hear) (?:them|him|her|the|its|their|[\w-]+s)\b",
    re.IGNORECASE,
)
"""States that agree only to talk ('Japan and South Korea agreed to resume security talks', 'agreed to keep talking
about the border'), or someone who agreed only to meet the other side ('the minister agreed to meet them'): the talks
are still to come and no deal is made; between states not at war (no armed actor in the sentence, no ceasefire or
captives named) ACLED codes no agreement."""

PEACE_AND_CAPTIVES = (r"cease-?fires?|truces?|peace|prisoners?|hostages?|detainees|captives|bodies|disarm\w*|surrender\w*"
                      r"|demobili[sz]\w*|hostilities|fighting")
"""What only the sides of a fight agree on: a ceasefire, peace, captives or bodies exchanged, arms laid down."""

CEASEFIRE_DEAL = re.compile(rf"\b(?:{PEACE_AND_CAPTIVES}|armistice)\b", re.IGNORECASE)
"""The matter of an agreement between the sides of a conflict (`ALLIANCE_DEAL`)."""

PROPOSED_DEAL = re.compile(
    r"\b(?:propos(?:ed|es|ing)|suggest(?:ed|s|ing)|offer(?:ed|s|ing)|put forward|floated|tabled|reject(?:ed|s|ing)"
    r"|turned down|spurn(?:ed|s)|dismiss(?:ed|es)|refus(?:ed|es|ing)|snubb(?:ed|s)) (?:a |an |the |its |their |his |her"
    r" |any )?(?:[\w'-]+ ){0,3}?(?:cease-?fires?|truces?|peace (?:deals?|plans?|agreements?|accords?)|deals?"
    r"|agreements?|accords?)\b"
    r"|\b(?:cease-?fire|truce|peace|deal) (?:proposals?|plans?|offers?|initiatives?|bids?|terms)\b"
    r"|\b(?:without|no) (?:a |an |any )?(?:cease-?fire |peace |final )?(?:agreement|deal|accord)s?\b"
    r"|\b(?:demand(?:ed|s|ing)?|call(?:ed|s|ing)? for|urg(?:ed|es|ing)|press(?:ed|es|ing)? for|push(?:ed|es|ing)? for"
    r"|vot(?:ed|es|ing) (?:for|on)) (?:a |an |the |its |their |any )?(?:[\w'-]+ ){0,3}?(?:cease-?fires?|truces?"
    r"|pauses?)\b",
    re.IGNORECASE,
)
"""A ceasefire or a deal only proposed, offered or rejected ('mediators proposed a 72-hour truce', 'rejected the
rebels' ceasefire proposal'), and talks that ended 'without agreement': ACLED codes an agreement when the parties
reach it, and an offer, a refusal or its absence is none; nor is a truce only demanded, called or voted for ('the
General Assembly votes to demand a humanitarian truce')."""

CONFLICT_DEAL = re.compile(
    rf"\b(?:{PEACE_AND_CAPTIVES}|withdraw\w*|pull(?:ed|ing|s)? out|troops|soldiers|fighters|rebels?|militants?"
    r"|insurgents?|militias?|armed groups?|war|conflict|corridors?|evacuat\w*)\b",
    re.IGNORECASE,
)
"""What makes a deal one between parties to a conflict: a ceasefire, peace, captives exchanged, a withdrawal."""

DISPLACED_CAMP = re.compile(
    r"\b(?:IDPs|refugees|displaced (?:people|persons|families)|evacuees|internally displaced|camps? for (?:the )?"
    r"(?:displaced|refugees)|refugee camps?|displacement camps?)\b",
    re.IGNORECASE,
)
"""People who fled and their camps: a camp set up for them is shelter, not an armed group's base."""

CARRIED_BY_AIR = re.compile(
    r"\b(?:flown|airlift(?:s|ed|ing)?|evacuated|taken|carried|ferried|transported|rushed|moved|brought)"
    r"(?: [\w'-]+){0,4}? (?:by|aboard|on board|in) (?:an? |the )?(?:[\w-]+ )?(?:helicopters?|choppers?|planes?"
    r"|aircraft|air ambulances?)\b",
    re.IGNORECASE,
)
"""An aircraft that carries people ('the wounded soldiers were flown by helicopter to the military hospital',
'evacuated aboard an army plane'): a means of transport after a verb of carrying, not an air strike; the
sentence's air strike stands only if it still reads as one with the carrying blanked."""

STATE_SIDE = (r"governments?|ministers?|ministries|ministry|officials|diplomats|delegat(?:es|ions?)|envoys?"
              r"|ambassadors?|presidents?|prime ministers?|premiers?|chancellors?|heads of state"
              r"|negotiators|regulators|capitals")
"""How the sides of a dispute between states are named: governments, ministers and their officials (with the names of
countries and their capitals: `_state_side`)."""


COMMON_STATE_NAMES = (r"US|U\.S\.|USA|UK|U\.K\.|Britain|America|EU|European Union|NATO|UN|United Nations|the West"
                      r"|Kremlin|White House|Beijing|Washington|London|Moscow")
"""Short names by which the news calls states and their unions ('US and China clash over Taiwan')."""


@functools.cache
def _state_side() -> str:
    """`STATE_SIDE` with every country's name and its capital's (case-sensitive: 'Turkey', 'Chad')."""
    names = set()
    for country in countries.all_countries():
        names.add(country.name)
        if country.capital:
            names.add(country.capital)
    names = {name for name in names if re.fullmatch(r"[A-Z][\w' .-]*", name)}
    spelled = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return rf"(?i:{STATE_SIDE})|(?:the )?(?:{spelled}|{COMMON_STATE_NAMES})"


@functools.cache
def _dispute_clash() -> re.Pattern[str]:
    """A quarrel between states or their office-holders ('France and Italy clashed over migrant rescues', 'the foreign
    ministers of Egypt and Ethiopia clashed over the dam', 'Madrid clashed with Rabat over the border crossings'): two
    governments named by their countries, capitals or ministers that 'clash over' an issue argue about it. Violence
    between states is told with their forces (troops, border guards, warships), fire or casualties
    (`ARMED_FORCE_OR_HARM`); without them the clash is one of words, which ACLED does not code."""
    side = _state_side()
    return re.compile(
        rf"\b(?:{side}) (?:and|with) (?:(?:the|their|its|his|her) )?(?:[\w'-]+ )?(?:{side}) (?:have |had )?"
        rf"(?:[\w]+ly )?(?i:clash(?:ed|es)?|sparr(?:ed|ing)|spar|locked horns|traded barbs|quarrel(?:l?ed)?|feuded"
        rf"|squabbled|wrangled|bickered) (?:[\w]+ly )?(?i:over|about|on|regarding|at|during)\b"
        rf"|\b(?:{side}) (?:have |had )?(?:[\w]+ly )?(?i:clash(?:ed|es)?|sparred|locked horns|traded barbs"
        rf"|quarrel(?:l?ed)?|feuded|squabbled|wrangled|bickered) (?:[\w]+ly )?with (?:the |their |its |his |her )?"
        rf"(?:[\w'-]+ )?(?:{side}) (?i:over|about|on|regarding)\b")


ARMED_FORCE_OR_HARM = re.compile(
    r"\b(?:troops|soldiers|forces|army|armies|military|militar(?:y|ies)|border guards|guards|police|navy|naval"
    r"|warships?|vessels|boats|ships|coast ?guards?|jets|aircraft|drones?|artillery|tanks|militants?|rebels?|militias?"
    r"|fighters"
    r"|gunmen|fire|fired|firing|shots?|shoot\w*|shell\w*|guns?|gunfire|weapons|killed|killing|dead|deaths?|died"
    r"|wounded|injur\w*|casualties|hurt|violen\w*|fighting|skirmish\w*|border clash\w*|armed|bloody|deadly|fatal"
    r"|stones|rocks|sticks|machetes|knives|clubs|tear ?gas|supporters|activists|protesters|youths|residents"
    r"|villagers|communities|herders|farmers|clans?|tribes?|groups|members|workers|students|fans)\b",
    re.IGNORECASE,
)
"""What makes a clash physical: armed forces, weapons, fire or casualties, or the crowds and communities that fight
in the street (`_dispute_clash`)."""

CIVIC_SECURITY = re.compile(
    r"\b(?:deploy\w*|sent|dispatched|stationed|posted|on duty|on standby|on (?:high )?alert|mobili[sz]ed"
    r"|tightened|beefed up|stepped up|heightened|increased|reinforced|placed|put|guard\w*|secur(?:e|ed|ing|ity))"
    r" (?:(?:[\w'-]+|\d[\d,.]*) ){0,8}?(?:to|at|around|for|ahead of|during|before|outside|near|on|across|after|against)"
    r" (?:the |a |an |all |every"
    r" |their |its )?(?:[\w'-]+ ){0,2}?(?:polling (?:stations?|places?|booths?|centres?|centers?|units?)|polls|vote"
    r"|voting|elections?|ballot|referendum|count(?:ing)?|match(?:es)?|final|game|derby|stadiums?|festival|summit"
    r"|ceremon(?:y|ies)|celebrations?|concerts?|visit|inauguration|funeral|pilgrimage|holidays?|carnival|parade"
    r"|marathon|exams?|examinations?|Olympics|World Cup|tournament|conference|wedding|coronation|procession|Christmas"
    r"|Easter|Eid|Ramadan|New Year|festivities|fair|show|traffic|crowds?|flow|influx|migrants|returnees|travell?ers"
    r"|passengers|shoppers|pickpocket\w*|petty crime|thefts?|burglar(?:y|ies)|robber(?:y|ies)"
    r"|march(?:es)?|protests?|rall(?:y|ies)|demonstrations?|sit-ins?|bandhs?|hartals?|shutdowns?)\b"
    r"|\bas a (?:precaution|precautionary measure)\b|\bprecautionary\b",
    re.IGNORECASE,
)
"""Security laid on for an ordinary occasion: police or troops deployed to polling stations, a stadium, a summit, a
festival, a funeral or a holiday, or sent 'as a precaution'. Guarding a vote or a match is routine policing, which
ACLED does not code as a strategic development; a crowd or an armed group that acts there is coded for its act. So is
policing of ordinary life: police sent to manage traffic, crowds of travellers or the flow of migrants, or patrols
stepped up against pickpockets and burglars. So is security laid on for a demonstration ('police stepped up
security at the toll gates ahead of the drivers' march'): the police prepare for a crowd; the crowd's gathering and
any force used on it are coded for themselves, the police posting is no move in a conflict. The occasion named in
the match is no hostile act of its own (a demonstration guarded against is not one held)."""


def clash_of_words(text: str) -> bool:
    """Whether a sentence's clash is a quarrel between states or their office-holders (`_dispute_clash`) with nothing
    physical about it (`ARMED_FORCE_OR_HARM`)."""
    return bool(_dispute_clash().search(text)) and not ARMED_FORCE_OR_HARM.search(text)


CURFEW = re.compile(r"\bcurfews?\b", re.IGNORECASE)
"""A curfew named in a sentence, whatever is said of it (see `CURFEW_IMPOSED`)."""

CURFEW_IMPOSED = re.compile(
    r"\b(?:impos(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|establish(?:es|ed|ing)?|introduc(?:e|es|ed|ing)|order(?:s"
    r"|ed|ing)?"
    r"|extend(?:s|ed|ing)?|institut(?:e|es|ed|ing)|slapp(?:ed|ing)) (?:[\w'-]+ ){0,3}?curfews?\b"
    r"|\bcurfews? (?:[\w'-]+ ){0,8}?(?:was|were|has been|have been|had been|is being) (?:imposed|declared|extended"
    r"|introduced|ordered|instituted|put in place|set up)\b|\bput (?:in place )?(?:a |an )?(?:[\w-]+ )?curfews?\b"
    r"|\bplaced under (?:a |an )?(?:[\w-]+ )?curfews?\b|\bcurfews? (?:[\w'-]+ ){0,3}?(?:comes?"
    r"|came) into (?:force|effect)\b",
    re.IGNORECASE,
)
"""A curfew put in place or extended now: the codebook's strategic development. A curfew named otherwise (in force,
enforced, patrolled, broken, relaxed, lifted, criticised) is the setting of the news, and police or troops who
patrol or enforce it without force make no move in a conflict."""

CONTEXT_BOUND = frozenset({"Agreement", "Change to group/activity", "Other", "Non-violent transfer of territory"})
"""Strategic types whose cues are everyday words (agreed, deployed, moved, withdrew, set up, arrived)."""

WITHOUT_INCIDENT = re.compile(
    r"\b(?:without (?:any |further )?(?:incidents?|trouble|violence|disturbance|hitch)|passed off (?:peacefully|calmly"
    r"|smoothly|quietly)|no incidents? (?:was|were|has been|have been) reported)\b",
    re.IGNORECASE,
)
"""A move told as passing without incident ('the convoy crossed the district without incident'): a journey or a
routine movement that meets no violence changes nothing in a conflict, and ACLED codes no strategic development for
it. (A demonstration that passes off peacefully is still a peaceful protest: only strategic types are dropped.)"""

GROUND_CHANGED = re.compile(
    r"\b(?:withdr[ae]w\w*|withdrawn|pull(?:ed|s|ing)? out|retreat\w*|seiz\w*|captur\w*|took (?:over|control)"
    r"|tak(?:es|ing) (?:over|control)|handed over|hand(?:s|ing)? over|abandon\w*|evacuat\w*|relocat\w*|set up|establish\w*)\b",
    re.IGNORECASE,
)
"""A move that changes who holds ground or where a force is based (a withdrawal, a seizure, a handover, a base set
up): it is coded however peacefully it passed."""


RAID_ENDED = re.compile(
    r"\b(?:withdr[ae]w\w*|pulled (?:out|back)|left|retreated)\b(?: [\w'-]+){0,6}? (?:after|at the end of|following"
    r"|once|when|as soon as) (?:a |an |the |their |its |his |her )?(?:[\w-]+ ){0,3}?(?:operations?|raids?|incursions?"
    r"|sweeps?|searches|assaults?|offensive|manhunts?)\b",
    re.IGNORECASE,
)
"""Forces that leave a place when their raid or operation there ends ('Israeli forces have withdrawn from the camp after
an operation that lasted ten hours'): the raid is the event; forces that came for hours and left give up no ground they
held, so the leaving is no non-violent transfer of territory."""


ARMS_BAN = re.compile(
    r"\b(?:ban(?:s|ned)?|prohibition|restrictions?|embargo) (?:on|of) (?:the )?(?:carrying|possession|sale|use|bearing)"
    r" of (?:[\w-]+ ){0,2}?(?:arms|weapons|firearms|guns|machetes)\b(?:,? (?:and |or )?(?:[\w-]+ ){0,2}?(?:arms"
    r"|ammunition|weapons|firearms|guns|machetes|explosives))*",
    re.IGNORECASE,
)
"""A rule against carrying arms ('renewed a ban on the carrying of arms, ammunition and offensive weapons'): a policy
names weapons and harms no one."""


def diplomatic_response(text: str) -> bool:
    """Whether a sentence tells a diplomatic response and names violence or a protest only as its
    reason ('expelled diplomats after a nerve agent attack', 'sanctions in response to the missile
    launch', 'expelled for taking part in protests'): no act of the sentence's own is an event, as
    ACLED codes the attack on its own day and never the sanctions or the expulsions. What a state protests
    about is such a reason too ('summoned the envoy to protest the killing of two soldiers')."""
    return (bool(DIPLOMATIC_MEASURE.search(text))
            and not DONE_NOW.search(STATE_PROTEST_MATTER.sub(" ", DIPLOMATIC_MEASURE.sub(" ", _main_clause(text)))))


STATE_PROTEST_MATTER = re.compile(r"\b(?:to|in) protest(?: against| over| at)? [^,;:]*", re.IGNORECASE)
"""What a state protests about after a diplomatic step ('summoned the envoy to protest the shelling of a border
post'): named as the reason of the step, not told as done in the sentence."""


def accusation_after_diplomacy(text: str, previous: str) -> bool:
    """Whether a sentence only lays an act at someone's door (`IMPUTED_ACT`) in a paragraph that has told a diplomatic
    response or named the act as the reason for one ('The expulsions answer the alleged poisoning of a defector.
    Moscow is accused by London of being behind the attack with a nerve agent.'): the accusation is part of the
    dispute between states, and ACLED codes the attack from the reports of it on its own day. An accusation that
    gives the act's day ('accused the militia of the attack on the market on Monday') may be its first report."""
    if not previous or not ACCUSATION.search(text) or DAY_OF_AN_ACT.search(text):
        return False
    if not (diplomatic_response(previous) or violence_only_as_reason(previous)):
        return False
    return _no_act_left(IMPUTED_ACT.sub(" ", text))


AIR_FORCE_NAME = re.compile(r"\bair ?forces?\b", re.IGNORECASE)
"""An air force named as an organisation ('the secretary of the Air Force')."""

AIR_ACT = re.compile(
    r"\b(?:strikes?|struck|bomb\w*|raids?|sorties?|shell\w*|fir(?:ed|ing)|missiles?|rockets?|hit|target\w*|pound\w*"
    r"|jets?|warplanes?|planes?|aircraft|helicopters?|gunships?|drones?|attack\w*|killed|destroyed)\b",
    re.IGNORECASE,
)
"""Words of what aircraft do in a strike, or of the aircraft themselves."""

AIR_PATROL = re.compile(
    r"\b(?:scrambl\w*|intercept\w*|escort\w*|flew (?:along|near|over|into|through|past|close to|across)"
    r"|(?:air|bomber|reconnaissance|surveillance|spy|drone) (?:patrols?|flights?)|violat\w* (?:[\w'-]+ )?airspace"
    r"|airspace violations?|air defen[cs]e (?:identification )?zones?|(?-i:ADIZ)"
    r"|drones? (?:[\w'-]+ ){0,3}?(?:to|for) (?:search\w*|film\w*|monitor\w*|survey\w*|map\w*|deliver\w*|spray\w*"
    r"|inspect\w*|locate|locating|find|finding|track\w*|photograph\w*|captur\w* (?:footage|images|pictures))"
    r"|(?:delivery|camera|surveillance|police|survey|crop-spraying|hobby|toy) drones?"
    r"|drone (?:footage|images|pictures|photos|video|deliver(?:y|ies)|shows?|operators?|pilots?|sightings?)"
    r"|drones? (?:was |were |had been |has been |have been )?(?:sighted|spotted))\b",
    re.IGNORECASE,
)
"""Aircraft sent up to meet or watch others, patrols and flights along a coast or into airspace ('scrambled fighter
jets after two bombers flew along its coast', 'sent 25 warplanes into its air defence zone'), and drones that
film, search, map, spray or deliver ('police used a drone to search for a missing hiker', 'drone footage of the
landslides'), drone flights ('condemns US drone flights over the border') and drones sighted ('flights were halted
after a drone was sighted near the runway'): no strike unless something is hit
(`AIR_HARM`)."""

AIRDROP = re.compile(
    r"\b(?:dropp(?:ed|ing)|drops?|air-?dropp?(?:ed|ing|s)?|airlift(?:ed|ing|s)?|deliver(?:ed|ing|s)?)"
    r" (?:(?!on\b|at\b|over\b|bomb|barrel|explosive|grenade|munition|mortar|missile|rocket)[\w'-]+ ){0,3}?"
    r"(?:water|(?:fire )?retardant|aid|food|supplies|leaflets|pamphlets|parcels|packages|relief|medicines?|rations"
    r"|vaccines?)\b",
    re.IGNORECASE,
)
"""Aircraft that drop or deliver water, aid, food, medicine or leaflets ('a military helicopter dropped water on the
flames', 'planes dropped leaflets over the city'): what falls from them harms no one, so with no strike, hit or
casualty (`AIR_HARM`) ACLED codes no air strike."""

AIR_HARM = re.compile(
    r"\b(?:strikes?|struck|bomb(?:ed|ing|ings)|hit|killed|killing|wounded|injured|destroyed|targeted|fired (?:on|at)"
    r"|shot down|downed|raids?)\b",
    re.IGNORECASE,
)
"""Words of harm from the air: with one, a flight is an attack or a shoot-down to code."""

AIRSPACE_INCURSION = re.compile(
    r"\b(?:entered|entering|enters|violated|violating|crossed into|strayed into|intruded into|flew into|breached)"
    r" (?:[\w'-]+ ){0,2}?airspace|\bairspace (?:violations?|incursions?|breach(?:es)?)\b",
    re.IGNORECASE,
)
"""A missile, a drone or a jet that entered or violated a state's airspace ('a Russian missile briefly entered Polish
airspace'): a breach of a border in the air; told with no strike, hit or casualty (`AIR_HARM`), nothing was struck,
and ACLED codes no strike or shelling."""

CIVIL_BODY_SET_UP = re.compile(
    r"\b(?:set(?:s|ting)? up|establish(?:ed|es|ing)?|form(?:ed|s|ing)?|creat(?:ed|es|ing)|launch(?:ed|es|ing)"
    r"|appoint(?:ed|s|ing)?|nam(?:ed|es|ing)) (?:a |an |the |its |new )?(?:[\w-]+ ){0,2}?(?:task ?forces?|committees?"
    r"|commissions?|panels?|working groups?|councils?|boards?|agenc(?:y|ies)|inquir(?:y|ies)|ombudsman|regulators?)\b",
    re.IGNORECASE,
)
"""A civil body set up by a government ('set up a task force to tackle the cost of living', 'appointed a commission'):
a 'task force' or a board is an office, not an armed group, and setting one up changes no conflict actor's activity
unless the sentence names a party or matter of a conflict."""


def civil_or_labour_deal(text: str) -> bool:
    """Whether an agreement the text may tell is a civil deal or one between employers or a government and striking
    workers (`CIVIL_DEAL`, `LABOUR_STRIKE`) with no matter of a conflict (`CONFLICT_DEAL`): ACLED codes no agreement."""
    return bool(CIVIL_DEAL.search(text) or LABOUR_STRIKE.search(text)) and not CONFLICT_DEAL.search(text)


def state_protest(text: str) -> bool:
    """Whether a sentence tells a protest made by a state (`PROTESTING_STATE`) and no demonstration of people:
    'Japan protested after the missile flew over its territory', but not 'Students protested in Dhaka'."""
    for match in PROTESTING_STATE.finditer(text):
        name = match.group("name")
        if PEOPLE_OF.search(text[:match.start()]):
            continue
        if match.group(0).endswith("protests") and match.end() == len(text.rstrip(" .!")) and not (
                HEADLINE_CLAUSE_START.search(text[:match.start()])):
            continue
        if name is None or countries.country_by_name(name) is not None or name in _capitals():
            rest = text[:match.start()] + " " + text[match.end():]
            return not DEMONSTRATION.search(rest)
    return False


HEADLINE_CLAUSE_START = re.compile(r"(?:^|[;:]|,(?= ?\w+$))\s*$")
"""Where a headline's clause opens: a state's name there that ends the sentence on 'protests' ('...; Beijing
protests') is the state protesting, while 'joined the Nairobi protests' names people's protests."""


@functools.cache
def _capitals() -> frozenset[str]:
    """The capitals and seats of government of all countries: news names a state by its capital ('Moscow
    protested', 'Tokyo protests Seoul's drills')."""
    return frozenset(city for country in countries.all_countries()
                     for city in (country.capital, countries.seat_of_government(country.alpha2)) if city)


DEAL_TO_COME = re.compile(
    r"\b(?:could|would|might|may|will|shall|should|can|cannot|can't) (?:not )?(?:soon |yet |still |finally |quickly "
    r"|eventually |possibly )?(?:be |have been |get )?(?:agreed|reached|signed|sealed|struck|concluded|brokered|agree"
    r"|reach|sign|seal|strike|conclude|broker)\b"
    r"|\b(?:hop(?:e|es|ed|ing)|expect(?:s|ed|ing)?|aim(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed)?|tr(?:y|ies|ied"
    r"|ying)|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|ready|pushing|push(?:es|ed)?|work(?:s|ed|ing)?) (?:hard )?"
    r"(?:to|for|towards?) (?:be )?(?:agree|reach|sign|seal|strike|conclude|broker|signed|agreed|reached)\b"
    r"|\b(?:plans?|proposals?|offers?|initiatives?|framework|road ?map|blueprint|drafts?|formula) (?:for|on|towards?)"
    r" (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:cease-?fires?|truces?|peace|deals?|agreements?|accords?|settlements?"
    r"|armistice)\b",
    re.IGNORECASE,
)
"""A deal still to come: one that 'could be agreed before Ramadan', that the sides hope or try to reach, or a plan or
proposal for a ceasefire ('proposed a new plan for a ceasefire'): ACLED codes an agreement when it is reached, so the
words of a deal in such a frame report none (`PROPOSED_DEAL` knows 'proposed a truce')."""


def deal_to_come_only(text: str) -> bool:
    """Whether a sentence's agreement lies only in a deal still to come (`DEAL_TO_COME`): no word of an agreement made
    (`AGREED`) is left outside the frame ('a new truce could be agreed' names the truce it hopes for)."""
    return bool(DEAL_TO_COME.search(text)) and not AGREED.search(DEAL_TO_COME.sub(" ", text))
