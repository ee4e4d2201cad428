"""Crime and the courts: ordinary crime, arrests and cases that are no political violence.

ACLED's arrests are political (of the opposition, journalists, protesters, armed groups) and its violence is
organised or political: a theft, a drug raid, a robbery gone wrong, a quarrel in a family, a murder suspect held or a
trial heard are everyday law enforcement. These rules read the charge, the court's step and who took part, and keep
a sentence's types only when something political or organised is told with them.
"""

from __future__ import annotations

import re

from sitrep.relevance.acts import (ARMED_SOURCE, BODILY_HARM, DAY_OF_AN_ACT, DEMONSTRATION, DONE_NOW, HOSTILE_ACT,
                                   NON_STATE_ATTACKER, RELATIVE_CLAUSE, armed_only_as_source)

ORDINARY_CRIME = re.compile(
    r"\b(?:(?:public |drunken )?intoxication|drunk(?:en)?|drink[- ]driving|driving under the influence|DUI"
    r"|breathaly[sz]er"
    r"|pulled over|traffic (?:stop|offen[cs]es?|violations?)|speeding|shoplift\w*|theft|thie(?:f|ves)|stealing|stole"
    r"|stolen|pickpocket\w*|price[- ]gouging|hoard(?:ing|ed)|overcharg\w*|times the (?:official |normal |usual )?price"
    r"|burglar\w*|robb(?:ery|eries|ers?|ed|ing)|fraud\w*|forger(?:y|ies)|forging|counterfeit\w*|poach(?:ing|ers?)"
    r"|vandal\w*"
    r"|trespass\w*|domestic (?:violence|dispute)|drug (?:possession|use|dealing|dealers?)|possession of|cannabis"
    r"|smuggl\w*|drugs|trafficking (?:in |of )?(?:drugs|narcotics|wildlife|ivory|timber)"
    r"|marijuana|cocaine|heroin|methamphetamine|(?:crystal )?meth|shabu|ecstasy|ketamine|tramadol|mandrax|captagon"
    r"|narcotics|yaba|drug (?:dens?|raids?|busts?|haul)|(?:illegal |online )?gambling|betting"
    r"|embezzl\w*|scams?|swindl\w*|cheat(?:s|ed|ing)?|extort\w*"
    r"|people smuggl\w*|human traffick\w*|(?:rescued|found|intercepted) (?:\d[\d,]* )?(?:undocumented |irregular "
    r"|illegal )?migrants"
    r"|(?:family|domestic|marital|inheritance|dowry|love) (?:disputes?|quarrels?|rows?)|members of (?:his|her|their)"
    r" (?:own )?famil(?:y|ies)"
    r"|defraud\w*|impersonat\w*|posing as|launder\w*|brib(?:e|es|ed|ery|ing)|quarantine|isolation (?:wards?|centres?"
    r"|centers?|units?|rules)|(?:fake|spurious|adulterated|substandard|sub-standard) (?:[\w-]+ )?(?:medicines?|drugs"
    r"|goods|products|currency|banknotes|notes|documents|passports|certificates|alcohol|liquor|gold|cosmetics"
    r"|pesticides?|fertili[sz]ers?|seeds|cement|cigarettes|spirits|milk|ghee|cooking oil|food))\b",
    re.IGNORECASE,
)
"""Ordinary crimes (theft, robbing, stolen goods, pickpocketing, drugs and drug dens, smuggling, fraud, extortion,
forging, gambling, making or selling fake or adulterated medicines, goods or farm inputs (pesticides, seeds), price
gouging in a shortage, cheating by impersonation, bribery, money laundering, killings in a family or
over an inheritance: 'arrested a man accused of killing three members of his family', people smuggling:
'rescued 340 migrants crammed in trucks; the drivers were arrested'), breaches
of a quarantine, and the police work of everyday law enforcement."""

SEIZED_GOODS = re.compile(
    r"\b(?:seiz|confiscat|intercept|impound)\w* (?:[\w'-]+ ){0,4}?(?:cocaine|heroin|methamphetamine|narcotics|drugs"
    r"|cannabis|marijuana|contraband|counterfeit|gold|ivory|timber|cigarettes|fuel|(?:crystal )?meth|shabu|ecstasy"
    r"|ketamine|tramadol|mandrax|captagon)\b"
    r"|\b(?:destroy|burn|incinerat|dump)\w* (?:[\w'-]+ ){0,4}?(?:spoiled|expired|rotten|counterfeit|fake|contaminated"
    r"|adulterated|seized|confiscated) (?:[\w'-]+ ){0,2}?(?:meat|food|goods|medicines?|drugs|rice|flour|oil|fish"
    r"|milk|products)\b",
    re.IGNORECASE,
)
"""Goods of ordinary crime seized by police or customs ('seized two tonnes of cocaine hidden in a coffee
shipment'), or spoiled or fake goods destroyed by inspectors ('destroyed a
tonne of spoiled meat'): everyday law enforcement, no strategic development (weapons seized are, see the classifier)."""

VEHICLES_IMPOUNDED = re.compile(
    r"\b(?:seiz|confiscat|impound|tow)\w* (?:[\w'-]+ ){0,3}?(?:motorbikes|motorcycles|vehicles|cars|buses|minibuses"
    r"|taxis|tricycles|trucks|lorries|boda[- ]bodas|okadas|kekes|rickshaws|jeepneys|matatus)\b",
    re.IGNORECASE,
)
"""Vehicles seized or impounded ('seized 140 motorbikes in an operation against unregistered riders'): by police or
traffic officers (`LAW_ENFORCERS`) it is the enforcement of traffic and licensing law, no looting and no strategic
development; the vehicles are held, not taken as spoils."""

LAW_ENFORCERS = re.compile(
    r"\b(?:police|policemen|officers|customs|detectives|agents|inspectors|narcotics (?:bureau|agency|unit|squad)"
    r"|anti-narcotics|drug (?:enforcement|law enforcement|control) (?:agency|administration|unit|squad))\b",
    re.IGNORECASE,
)
"""Those who enforce the law on ordinary crime: police, customs, detectives, inspectors (of food, health or trade), a
drug agency's agents."""


def drug_raid_only(text: str) -> bool:
    """Whether a sentence tells police or customs (`LAW_ENFORCERS`) seizing goods of ordinary crime (`SEIZED_GOODS`) in
    a raid that harms no one (`BODILY_HARM`), with no weapon seized (`WAR_MATERIEL`) and no armed group named
    (`NON_STATE_ATTACKER`): 'seized 40 kilos of cannabis in a raid on a house' is law enforcement, no attack on the
    people of the house and no looting."""
    return bool(SEIZED_GOODS.search(text) and LAW_ENFORCERS.search(text) and not BODILY_HARM.search(text)
                and not WAR_MATERIEL.search(text) and not NON_STATE_ATTACKER.search(text))


WAR_MATERIEL = re.compile(
    r"\b(?:weapons?|arms|guns?|rifles?|firearms?|pistols?|ammunition|rounds|cartridges|bullets|explosives?|bombs?"
    r"|grenades?|detonators?|IEDs?|mines?|rockets?|missiles?|mortars?|shells|drones?|dynamite|artillery)\b",
    re.IGNORECASE,
)
"""Weapons, ammunition and explosives: seized or intercepted, they are a disrupted weapons use; drugs, gold or
contraband intercepted by customs (`SEIZED_GOODS`) with none of them are ordinary crime ('customs intercept cocaine
shipment at the port')."""

POLITICAL_FIGURE = (
    r"opposition|activists?|journalists?|reporters?|bloggers?|dissidents?|politicians?|lawmakers?|MPs?|ministers?"
    r"|president|candidates?|leaders?|supporters|members of(?! (?:his|her|their|the) (?:own )?famil)|coup|treason|sedition|subversion|insult\w*|terror\w*"
)
"""Who or what makes a case political: the opposition, the press, officials, charges against the state, members of a
party or a group (not 'members of his family', who are kin)."""

POLITICAL_ARREST = re.compile(
    rf"\b(?:{POLITICAL_FIGURE}|protest\w*|demonstrat(?:ors?|ions?|ed|ing)|rall(?:y|ies)|strikers?|militants?|rebels?"
    r"|insurgents?|jihadists?|extremists?|separatists?|security forces|soldiers|troops|army|military|intelligence"
    r"|occupation|curfew|state of emergency"
    r"|(?:\d{2,}|dozens|hundreds|thousands|scores) (?:of )?(?:[\w-]+ )?(?:people|persons|individuals|men|women|youths"
    r"|students|suspects|residents|civilians|villagers|workers|others))\b",
    re.IGNORECASE,
)
"""What gives an arrest political significance in ACLED's sense: who is held (the opposition,
journalists, protesters, armed groups), on what charge (treason, terrorism), by whom (the army,
the intelligence services), or how many (mass arrests)."""

ORDINARY_CHARGE = re.compile(
    r"\b(?:for|on charges? of|on suspicion of|accused of|suspected of|in connection with) (?:[\w'-]+ ){0,2}?"
    r"(?:sell\w*|deal\w*|possess\w*|traffick\w*|smuggl\w*|steal\w*|theft|thefts|robb\w*|burglar\w*|fraud\w*|forg\w*"
    r"|counterfeit\w*|poach\w*|shoplift\w*|drink[- ]driving|drunk\w*|speeding|embezzl\w*|brib\w*|launder\w*"
    r"|gambling|prostitution|drugs|narcotics|cocaine|heroin|cannabis|marijuana|methamphetamine)\b"
    r"|\b(?:raid\w*|bust\w*|search\w*) (?:on |of )?(?:a |an |the )?(?:[\w'-]+ ){0,2}?(?:drug|narcotics?|gambling|opium"
    r"|liquor) (?:dens?|houses?|joints?|labs?|laborator(?:y|ies)|hideouts?|operations?|rings?|networks?|syndicates?)\b"
    r"|\b(?:with|carrying|possessing|holding) (?:[\w,'-]+ ){0,3}?(?:pills|tablets|grams|kilograms|kilos|packets|sachets"
    r"|wraps) of (?:[\w-]+ )?(?:drugs|narcotics|cocaine|heroin|cannabis|marijuana|methamphetamine|yaba|opium|crack)\b"
    r"|\b(?:with|carrying|possessing|holding) (?:[\w,'-]+ ){0,3}?(?:yaba|methamphetamine|heroin|cocaine|cannabis"
    r"|marijuana|opium|crack) (?:pills|tablets|powder|packets|sachets)\b"
    r"|\b(?:running|operating|leading|heading|(?:leaders?|heads?|bosses|members?|ringleaders?) of) (?:a |an |the )?"
    r"(?:[\w'-]+[ -]){0,2}?(?:theft|fraud|scam|robbery|burglary|smuggling|trafficking|extortion|poaching|counterfeit"
    r"|forgery|cybercrime|drug|gambling|betting)\w* (?:rings?|gangs?|networks?|syndicates?|schemes?|cartels?)\b",
    re.IGNORECASE,
)
"""The stated reason of an arrest when it is an ordinary crime ('arrested 12 people for selling drugs', 'on suspicion
of theft'), or the place or the haul that states it: a drug den, a gambling house or ring raided ('raided a drug den and
arrested 15 people'), people caught with drugs on them ('arrested 15 people with 2,000 yaba pills'): how many are held
then says nothing of politics. So does a ring named by its ordinary crime that those held ran or led ('arrested a
suspected leader of a fuel-theft ring', 'suspected of running an online fraud ring'): a leader of a gang of thieves
is no political leader."""

ACCIDENT_BLAME = re.compile(
    r"\b(?:owners?|builders?|developers?|contractors?|drivers?|operators?|managers?|engineers?|captains?|pilots?"
    r"|landlords?|proprietors?) of (?:the |a |an )?(?:[\w'-]+ ){0,3}?(?:collapsed|crashed|capsized|sunken|sunk|burnt"
    r"|burned|gutted|overloaded|ill-fated|derailed|wrecked)\b"
    r"|\b(?:criminal negligence|negligence|manslaughter|culpable homicide|building codes?|safety (?:rules|regulations"
    r"|violations|lapses))\b",
    re.IGNORECASE,
)
"""Blame for an accident: the owner of a collapsed factory, the driver of a crashed bus, a charge of negligence or
manslaughter. An arrest for it is ordinary criminal justice after a disaster, with no political side."""

RULE_BREACH = re.compile(
    r"\b(?:violat(?:e|es|ed|ing|ions? of)|break(?:s|ing)?|broke|breach(?:es|ed|ing)?(?: of)?|def(?:y|ies|ied|ying)"
    r"|flout\w*|ignor(?:e|es|ed|ing)|disobey\w*|contraven\w*|in (?:breach|violation|defiance) of|under|not wearing"
    r"|without|failing to (?:wear|observe|respect)|after)"
    r" (?:[\w'-]+ ){0,3}?(?:curfews?|curfew hours?|lockdowns?|restrictions|bans? on (?:[\w-]+ )?(?:gatherings|movement"
    r"|travel|assembl(?:y|ies)|worship)|(?:health|covid(?:-19)?|coronavirus|lockdown|curfew|quarantine"
    r"|social[- ]distancing"
    r"|mask) (?:rules|regulations|measures|orders|guidelines|protocols)|(?:face )?masks?|social distancing"
    r"|stay-at-home orders?)\b",
    re.IGNORECASE,
)
"""A breach of a public health or curfew rule given as the reason of an arrest or a fine ('arrested 230 people for
violating the curfew', 'for not wearing masks', 'drinking in a bar after the curfew hour', 'holding a service in
violation of the ban on gatherings'): enforcing such a rule is everyday law enforcement, not the politically
significant arrest ACLED codes, unless those held are protesters, the opposition or an armed group."""

ARRESTED_FOR_POLITICS = re.compile(
    rf"\b(?:{POLITICAL_FIGURE}|protest\w*|demonstrat(?:ors?|ions?|ed|ing)|rall(?:y|ies)|strikers?|militants?|rebels?"
    r"|insurgents?|jihadists?|extremists?|separatists?|intelligence|occupation|curfew|state of emergency|riot\w*)\b",
    re.IGNORECASE,
)
"""Who or what makes an arrest political whatever its stated charge: the opposition, the press, officials, armed
groups, a demonstration or a riot."""

LEGAL_PROCEEDINGS = re.compile(
    r"\b(?:prosecutors?|prosecution|trial|courts?(?! (?:buildings?|house|premises|complex))|courtroom|lawyers?"
    r"|attorneys?|indicted|indictment|autopsy|lawsuits?"
    r"|sued|convicted|acquitted|jury|verdict|testified|defamatory|libel\w*|homicide investigation|coroner|inquest"
    r"|law enforcement officials)\b",
    re.IGNORECASE,
)
"""Words of a criminal case: a trial, lawyers, an autopsy, an inquest (a court building is a place, not a case)."""

ORGANISED_VIOLENCE = re.compile(
    r"\b(?:gunm[ae]n|militants?|rebels?|insurgents?|jihadists?|terrorists?|bandits|militias?|militiamen"
    r"|armed (?:men|groups?|individuals)|fighters|guerrillas?|extremists?|gangs?|cartels?|rioters?|mobs?"
    r"|protest\w*|demonstrat(?:ors?|ions?|ed|ing)|rall(?:y|ies)|riot\w*|strik(?:e|es|ers)|sit-ins?|gathered"
    r"|march(?:ed|es|ers|ing)|vigils?|bomb\w*|explosi\w*|detonat\w*|shoot\w*|shot|gun\w*|firearms?|rifles?"
    rf"|grenades?|weapons?|attack\w*|massacre\w*|hostages?|kidnap\w*|{POLITICAL_FIGURE})\b",
    re.IGNORECASE,
)
"""Armed groups, crowds, political figures and weapons of war or terror: with one of them a case may
be political violence (a bombing trial tells of a bombing).
(State forces in the sentence itself make it an armed actor's act; as the ones who speak of a crime
in another sentence, police say nothing of who committed it.)"""

COURT = re.compile(
    r"\b(?:tribunal|jury|trial|verdict|sentenced|convicted|acquitted|indicted|prosecutors?|granted bail|denied bail"
    r"|(?:was|were|been|being|is|are|be) (?:formally )?charged with"
    r"|adjourned|remand(?:s|ed)?|court (?:in|of|ruled|rules|heard|ordered|upheld|dismissed|rejected|granted|found|sentenced|convicted"
    r"|acquitted|jailed|fined|overturned)|(?:supreme|high|appeals?|military|criminal|district|magistrates?'?|federal"
    r"|constitutional|special|regional) court)\b",
    re.IGNORECASE,
)
"""A court or prosecutors at work: a charge, a trial, a verdict, a sentence, bail ('had been charged with murder'), a
remand in custody ('court remands 15 suspects over kidnapping')."""

PROSECUTORS_AS_SOURCE = re.compile(
    r"(?:,\s*|\b)(?:(?:state|federal|public|local|regional|the) )?prosecutors?(?:'s? office)? (?:said|says|say"
    r"|reported)\b|\baccording to (?:the )?(?:[\w-]+ )?prosecutors?\b",
    re.IGNORECASE,
)
"""Prosecutors named as the source of a report ('two traders were shot dead on Friday, state prosecutors said'): in
many countries (Latin America's fiscalias above all) the prosecutor's office is who tells the day's killings, so
naming it as the teller is no court step; a prosecutor's own act (charged, indicted, told the court) still is."""

POLICE_CASE = re.compile(
    r"\bregistered (?:a |an )?(?:criminal )?(?:cases?|FIRs?) against|\b(?:cases?|FIRs?) (?:was |were |has been "
    r"|have been "
    r"|had been )?(?:registered|lodged) against|\b(?:filed|submitted) (?:a |the )?charge ?sheets?\b",
    re.IGNORECASE,
)
"""The police's first step in a case: a case or a first information report registered against someone, or a charge
sheet filed ('registered cases against 40 people for taking out a procession without leave')."""

COURT_CHARGE = re.compile(
    r"\b(?:(?<!\bthe )(?<!\ba )(?<!\ban )(?:accused|convicted|charged|sentenced|jailed|imprisoned|acquitted|tried"
    r"|suspected|indicted|prosecuted)|guilty|charges|cleared|suspects?|trial|responsible|role|part|involvement"
    r"|complicity|trials?|cases?|verdict|crimes?)"
    r" (?:[\w'-]+ ){0,6}?(?:of|for|over|in|with) [^,;:]*",
    re.IGNORECASE,
)
"""What a case is about: the charge or the acts a defendant is tried, convicted or cleared for. A participle after
an article ('supporters of the convicted general clashed with police') names a person, not a charge, and what that
person's supporters did is told as done."""

VIOLENT_VERB = re.compile(r"\b(?:murdered|massacred|hacked|stabbed|beheaded|executed|ambushed|raped|assaulted"
                          r"|assassinated|tortured|lynched|set fire|(?:threw|hurled|splashed|poured) acid)\b",
                          re.IGNORECASE)
"""Verbs of violence a witness or a court may tell as done ('the court heard that gunmen murdered the driver'), acid
thrown on someone among them ('assailants threw acid on a journalist covering the trial')."""

RELEASED_AFTER_PROTEST = re.compile(
    r"\b(?:(?:protesters|demonstrators|marchers|strikers|rioters|activists) )?(?:arrested|detained|held|picked up"
    r"|rounded up|jailed) (?:(?:during|at|in|since|after|over) (?:the |a |an "
    r"|last (?:week|month|year)['\u2019]s |this (?:week|month|year)['\u2019]s )?(?:[\w'-]+ ){0,2}?(?:protests?"
    r"|demonstrations?|march(?:es)?|rall(?:y|ies)|riots?|unrest|clashes|strikes?|sit-ins?)\b[^,;:]*?)"
    r"(?=\b(?:were|was|have|has|had)\b (?:all )?(?:been )?(?:freed|released|set free|granted bail|acquitted"
    r"|discharged))"
    r"|\b(?:freed|released|set free|granted bail to|acquitted|discharged) (?:[\w'-]+ ){0,4}?(?:held|detained|arrested"
    r"|jailed) (?:since|during|at|after|over) (?:the |a |an )?(?:[\w'-]+ ){0,2}?(?:protests?|demonstrations?"
    r"|march(?:es)?|rall(?:y|ies)|riots?|unrest|clashes|strikes?|sit-ins?)\b[^,;:]*",
    re.IGNORECASE,
)
"""People held at or since a protest who are now freed ('twelve students arrested during last month's protests were
freed on bail', 'released the 50 youths held since the demonstrations of last July', 'nine protesters arrested at the
sit-in have been freed'): the release is the news; the
protest and the arrests were told and coded on their own day, and a release is no ACLED event."""

JUDGED_ARREST = re.compile(
    r"\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|term(?:s|ed|ing)?|brand(?:s|ed|ing)?|denounc(?:e|es|ed|ing)"
    r"|condemn(?:s|ed|ing)?) (?:the |their |his |her |its |this |these )?(?:[\w-]+ )?(?:arrests?|detentions?)"
    r"(?: (?:of|as) [^,;:]*?)? (?:as )?(?:arbitrary|illegal|unlawful|unjust|unjustified|baseless|political|politically"
    r" motivated|a violation|an outrage|hostage-taking)\b"
    r"|\b(?:order(?:s|ed|ing)?|extend(?:s|ed|ing)?) (?:[\w'-]+ ){0,4}?(?:preventive|pre-?trial|provisional) detention"
    r"\b[^,;:]*",
    re.IGNORECASE,
)
"""A judgement passed on an arrest ('the ministry called their arrest arbitrary', 'condemned the detention as
unlawful'), or a judge's order that keeps someone held while a case is prepared ('ordered 18 months of preventive
detention for the former president'): words about an arrest told before, or a step of a court case, not the
telling of one."""

MURDER_SUSPECT = re.compile(
    r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|held|question(?:ed|s|ing)?|charg(?:ed|es|ing)|nabbed)"
    r" (?:[\w'-]+ ){0,3}?"
    r"(?:suspects?|m[ae]n|woman|women|people|persons|youths?) (?:in|over|for|in connection with) (?:the )?(?:murder"
    r"|killing|death|stabbing|shooting) of (?:a |an |the )?[^,;:]*",
    re.IGNORECASE,
)
"""Someone held or questioned over the murder of one person ('arrested a suspect in the killing of a taxi owner whose
body was found near the rank'): the work of a murder inquiry; the killing was told on its own day, and ACLED codes no
arrest of an ordinary suspect."""

KIN = (r"(?:his|her) (?:own |former |estranged )?(?:husband|wife|ex-wife|ex-husband|partner|ex-partner|boyfriend"
       r"|girlfriend|fianc[eé]e?|stepfather|stepmother|father|mother|son|daughter|brother|sister|in-laws?"
       r"|(?:mother|father|brother|sister|son|daughter)-in-law"
       r"|children|child|baby|infant|cousin|uncle|aunt|nephew|niece|grandfather|grandmother|stepson|stepdaughter"
       r"|relatives|family members|kinsmen)")
"""A person's kin or partner ('her former partner', 'his cousin', 'his relatives')."""

DOMESTIC_VIOLENCE = re.compile(
    r"\b(?:domestic (?:violence|abuse|dispute|quarrel|row|argument)|(?:marital|family|domestic) (?:dispute|quarrel|row"
    rf"|argument)|honou?r killings?|(?:by|killed|murdered|stabbed|strangled|shot|beat|attacked|assaulted) {KIN}"
    rf"|(?:murder|killing|stabbing|strangling|rape) of {KIN}"
    r"|(?:killed|murdered|stabbed|strangled|hacked|beat|attacked|assaulted) (?:his|her) neighbou?rs?(?!['\u2019\w])"
    r"|(?:bar|pub|tavern|nightclub|drunken|drinking) (?:fights?|brawls?|quarrels?|rows?|arguments?))\b",
    re.IGNORECASE,
)
"""Violence inside a family or between partners ('a woman was stabbed by her husband', 'killed his wife in a domestic
dispute', 'killed by her former partner', 'shot his cousin', 'the murder of his girlfriend'), by one person on a
neighbour ('a man
stabbed his neighbour in a quarrel over a plot'), or in a brawl over drinks ('stabbed to death in a bar fight'):
ACLED's codebook leaves domestic, intimate-partner and personal violence out (one person stabbing another in a
personal quarrel is no political violence), whoever tells it. A neighbour's village or land ('attacked his neighbour's
farm') is no person."""

KIN_HARM_CHARGE = re.compile(
    r"\b(?:accused|suspected|on suspicion|convicted|guilty) of (?:killing|murdering|stabbing|strangling|shooting"
    rf"|beating|attacking|assaulting) {KIN}"
    rf"|\bfor (?:the )?(?:murder|killing|stabbing|shooting|rape|assault|beating) of {KIN}",
    re.IGNORECASE,
)
"""The charge of harming one's kin or partner ('arrested a man accused of shooting his cousin', 'arrested for the
murder of his girlfriend'): what a person is held for, not an act the sentence tells ('lynched for assaulting his
mother' still tells the lynching)."""

PERSONAL_CRIME = re.compile(
    r"\b(?:in|during|after) (?:a|an|the) (?:[\w-]+ )?(?:robbery|mugging|burglary|break-in|carjacking|hold-?up|heist)\b"
    r"|\b(?:in|during|after|over) (?:a|an) (?:[\w-]+ )?(?:dispute|quarrel|row|argument|fight|brawl) over (?:a |an |the "
    r"|his |her |their |some )?(?:[\w-]+ )?(?:debts?|money|loans?|rent|parking|drinks?|bills?|(?:mobile )?phones?|cash"
    r"|wages|fares?|bets?|girlfriends?|a woman|a girl)\b",
    re.IGNORECASE,
)
"""Violence told as part of a robbery or of a quarrel over money or a private matter ('stabbed to death in a robbery
at a market', 'shot dead in a dispute over a debt'): a crime for gain or a personal quarrel, which ACLED's codebook
leaves out unless an organised armed group, a crowd or a political figure takes part (`ORGANISED_DOERS`)."""

ORGANISED_DOERS = re.compile(
    r"\b(?:gunm[ae]n|militants?|rebels?|insurgents?|jihadists?|terrorists?|bandits|militias?|militiamen"
    r"|armed (?:men|groups?|individuals)|fighters|guerrillas?|extremists?|gangs?|cartels?|rioters?|mobs?|crowds?"
    r"|dacoits?|robbers|thieves|pirates|kidnappers|rustlers|attackers|assailants|hit ?men|(?:gang|band)s? of"
    rf"|protest\w*|demonstrat(?:ors?|ions?|ed|ing)|soldiers|troops|army|police\w*|officers?|{POLITICAL_FIGURE})\b",
    re.IGNORECASE,
)
"""Who makes violence ACLED's concern whatever its motive: armed groups and gangs, a band of doers named in the plural
('dacoits shot dead a shopkeeper during a robbery': ACLED codes such raids as violence by an unidentified armed group),
crowds, state forces and political figures (the words of `ORGANISED_VIOLENCE` less its weapons, which a lone robber
also carries)."""

GUARD_REPELS_CRIME = re.compile(
    r"\b(?:security|bank|night|private) (?:guards?|watchm[ae]n) (?:[\w-]+ ){0,4}?(?:shot|killed|wounded|injured)"
    r" (?:[\w-]+ ){0,3}?(?:robbers?|thie(?:f|ves)|burglars?|intruders?)\b",
    re.IGNORECASE,
)
"""A private guard who shot a robber, a thief or a burglar ('a security guard shot dead a robber who tried to hold up
a supermarket'): a crime and its repulse, no political violence; ACLED's codebook counts private security forces only
where they take part in political violence or disorder (guarding a mine against protesters, say)."""

ARREST_WARRANT = re.compile(
    r"\b(?:(?:international |fresh |new )?arrest warrants?|warrants? (?:[\w-]+ ){0,2}?for (?:the |his |her |their )?"
    r"(?:[\w'-]+ ){0,2}?arrest|(?:issued|sought|seeks|seeking|requested) (?:[\w'-]+ ){0,3}?(?:warrants?|arrest))\b",
    re.IGNORECASE,
)
"""A warrant that orders an arrest ('the court issued an arrest warrant for the general', 'a warrant for his arrest'):
an order for an arrest to come; ACLED codes the arrest when someone is held, and a warrant is none."""

HELD_NOW = re.compile(r"\b(?:arrested|detained|held|custody|apprehended|seized|picked up|rounded up|captured|jailed)\b",
                      re.IGNORECASE)
"""Words that tell someone was held: with one, a warrant beside it does not undo the arrest ('arrested on a
warrant')."""

FOLLOW_UP_TYPES = frozenset({"Arrests", "Disrupted weapons use"})
"""What police do after violence told in the same report: detain people and seize what they carry."""

SIGNIFICANT_DETAINEES = re.compile(
    rf"\b(?:{POLITICAL_FIGURE}|protest\w*|demonstrat(?:ors?|ions?)|strikers?|militants?|rebels?|insurgents?"
    r"|jihadists?|extremists?|separatists?|fighters|commanders?|(?:hundreds|thousands) (?:of )?(?:[\w-]+ )?"
    r"(?:people|persons|men|women|youths|students|suspects|residents))\b"
    r"|\b(?:defus\w*|controlled explosions?|bomb disposal|(?:found|discovered|recovered|uncovered) (?:[\w'-]+ ){0,3}?"
    r"(?:bombs?|IEDs?|mines?|explosive devices?|explosives))\b",
    re.IGNORECASE,
)
"""Who is held or what is found that makes a detention or a seizure after an incident an event of its own: people of
political weight, members of armed groups, crowds held by the hundreds, and bombs defused or found before they went
off (`Disrupted weapons use`)."""


def follow_up_police_work(text: str, types: list[tuple[str, float]]) -> bool:
    """Whether a sentence tells only the detentions and seizures of an inquiry into violence the report has already
    told ('The police arrested two suspects later on Friday', 'Police arrested 17 people on Thursday morning and seized
    machetes', 'officers had seized two rifles'): the codebook codes arrests only of significant people or politically
    significant mass arrests, and the suspects of a told attack or the people picked up after a brawl are neither; the
    seized arms belong to the incident. Detainees of weight and bombs found or defused keep their event
    (`SIGNIFICANT_DETAINEES`)."""
    return bool(types) and all(sub_type in FOLLOW_UP_TYPES for sub_type, _ in types) \
        and not SIGNIFICANT_DETAINEES.search(text)


PRIVATE_DETENTION = re.compile(
    r"\b(?:detained|held|locked up|confined|seized|arrested) by (?:[\w'-]+ ){0,2}?(?:factory|company|plant|mine|hotel"
    r"|shop|store|school|hospital|club|bank|farm|estate|private|mall|supermarket) (?:officials|guards|staff|managers?"
    r"|owners?|security|workers|employees)\b",
    re.IGNORECASE,
)
"""People held by a company's guards or managers: ACLED's arrests are made by the state."""


def ordinary_crime_arrest(text: str) -> bool:
    """Whether a sentence tells an arrest for an ordinary crime with nothing political about it
    ('arrested after his truck was pulled over', 'held overnight for public intoxication', 'arrested 12 people for
    selling drugs': a charge of ordinary crime outweighs the number held, though not a political figure or a
    demonstration), for violence in a robbery, a private quarrel or a family (`PERSONAL_CRIME`, `DOMESTIC_VIOLENCE`,
    `KIN_HARM_CHARGE`: 'arrested a taxi driver accused of killing a passenger in a dispute over the fare', 'accused of
    shooting his cousin'), or for breaching a curfew or
    a health rule (`RULE_BREACH`): ACLED codes arrests only of significant people or politically motivated mass
    arrests; one for a breach and looting is for the looting. The words of the charge itself ('a leader of a
    fuel-theft ring') make no arrest political."""
    if ACCIDENT_BLAME.search(text) and not POLITICAL_ARREST.search(text) and not HOSTILE_ACT.search(text):
        return True
    rest = RULE_BREACH.sub(" ", text)
    if RULE_BREACH.search(text) and not ARRESTED_FOR_POLITICS.search(rest) and not HOSTILE_ACT.search(rest):
        return True
    if (PERSONAL_CRIME.search(text) or DOMESTIC_VIOLENCE.search(text) or KIN_HARM_CHARGE.search(text)) and not (
            ARRESTED_FOR_POLITICS.search(text)):
        return True
    if not ORDINARY_CRIME.search(text):
        return False
    if not POLITICAL_ARREST.search(text):
        return True
    return bool(ORDINARY_CHARGE.search(text)) and not ARRESTED_FOR_POLITICS.search(ORDINARY_CHARGE.sub(" ", text))


def court_case_only(text: str) -> bool:
    """Whether a sentence tells a court's or prosecutors' step (a trial opened, a verdict, a sentence, bail) and
    names violence only as what the case is about ('adjourned the murder trial of four officers accused of
    killing a protester', 'sentenced two leaders for their role in the 2013 arson attacks'): ACLED codes the
    violence on its own day and never the trial, so only an act told outside the charge is an event. A police case
    (`POLICE_CASE`) counts only with no day of the news in the sentence: one registered against 'the men who attacked
    a priest on Sunday' is often the only telling of that day's attack."""
    text = PROSECUTORS_AS_SOURCE.sub(" ", text)
    if not COURT.search(text) and not (POLICE_CASE.search(text) and not DAY_OF_AN_ACT.search(text)):
        return False
    told_now = COURT_CHARGE.sub(" ", RELATIVE_CLAUSE.sub(" ", text))
    return not (DONE_NOW.search(told_now) or VIOLENT_VERB.search(told_now) or DEMONSTRATION.search(told_now))


def criminal_case(text: str, previous: str = "") -> bool:
    """Whether a sentence tells of a criminal case between private people: the paragraph speaks of
    a trial, lawyers or an autopsy, and no armed actor, crowd or political figure takes part ('I
    believe my father was murdered', his lawyer said). ACLED codes no ordinary crime."""
    return (bool(LEGAL_PROCEEDINGS.search(text) or LEGAL_PROCEEDINGS.search(previous))
            and not ORGANISED_VIOLENCE.search(text) and not ORGANISED_VIOLENCE.search(previous))


def personal_crime_only(text: str, armed: bool) -> bool:
    """Whether a sentence tells violence only as part of a robbery or a private quarrel (`PERSONAL_CRIME`), with no
    armed group, crowd, state force or political figure taking part (`ORGANISED_DOERS`; police only as the teller):
    ACLED's codebook leaves ordinary crime and personal violence out."""
    if not PERSONAL_CRIME.search(text) or (armed and not armed_only_as_source(text)):
        return False
    return not ORGANISED_DOERS.search(ARMED_SOURCE.sub(" ", PERSONAL_CRIME.sub(" ", text)))


CRIME_RING_BROKEN = re.compile(
    r"\b(?:dismantl\w*|broke up|broken up|break(?:s|ing)? up|shut(?:s|ting)? down|bust(?:s|ed|ing)?|smash(?:ed|es|ing)?"
    r"|uncover(?:s|ed|ing)?"
    r"|crack(?:ed|s|ing)? down on) (?:a |an |the |what )?(?:[\w'-]+ ){0,3}?(?:gangs?|rings?|networks?|syndicates?"
    r"|cartels?|cells?|operations?)\b",
    re.IGNORECASE,
)
"""Police that break up, dismantle, shut down or bust a gang, a ring or a network ('dismantled a hashish smuggling
gang', 'broken up a gang that had been carjacking taxis', 'shut down a fake call-centre gang')."""


def crime_ring_broken(text: str) -> bool:
    """Whether a sentence tells police breaking up a ring of ordinary crime (`CRIME_RING_BROKEN` with
    `ORDINARY_CRIME`: smuggling, theft, stolen goods, drugs) with no weapon seized (`WAR_MATERIEL`), no harm to
    bodies (`BODILY_HARM`) and nothing political (`ARRESTED_FOR_POLITICS`): everyday law enforcement, which ACLED
    codes neither as arrests, nor as weapons seized, nor as the gang's looting told in a relative clause."""
    return bool(CRIME_RING_BROKEN.search(text) and ORDINARY_CRIME.search(text) and not WAR_MATERIEL.search(text)
                and not BODILY_HARM.search(text) and not ARRESTED_FOR_POLITICS.search(text))
