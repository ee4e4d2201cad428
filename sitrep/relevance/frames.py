"""Frames that name an act without reporting it: figures of speech, threats and plans, statements and reasons.

A word of violence inside a frame tells no act done: 'killed the bill' is a figure, 'threatened to attack' a threat,
'the planned protests' a plan, 'in response to the poisoning attack' a reason, 'condemned what it called a massacre' a
speaker's name for something, 'a bill on the arms law' a document's matter. These rules find the frames and ask
whether anything that reads as an event is left once they are set aside.
"""

from __future__ import annotations

import re

from sitrep import classify
from sitrep.relevance.acts import BODILY_HARM, DEMONSTRATION, DONE_NOW, PROTEST_TYPES, RELATIVE_CLAUSE, _no_act_left
from sitrep.relevance.history import REMEMBERED_CLAUSE

FIGURATIVE = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|destroy(?:s|ed|ing)?|crush(?:es|ed|ing)?|fight(?:s|ing)? off|attack(?:s|ed)? on"
    r"|blast(?:s|ed)?"
    r"|torpedo(?:es|ed)?|slash(?:es|ed)?|hijack(?:s|ed)?|bombard(?:s|ed)?) (?:the |its |their |his |her |a |an )?"
    r"(?:[\w-]+ )?(?:bill|deal|plan|proposal|motion|measure|reform|amendment|hopes?|chances?|record|field|title"
    r"|independence|bid|takeover|rally|momentum|market|prices?|rates?|budget|talks|referee|critics|policy|agenda"
    r"|campaign|rivals?|competition|opponents?|batsm[ae]n|defen[cs]e|inflation|growth|demand|investment|jobs"
    r"|economy|sales|profits?|earnings|exports|accounting|accounts|books|valuation|share price|programm?es?|projects?"
    r"|schemes?|industry|industries|sector)\b"
    r"|\bunder (?:[\w-]+ )?attack from (?:[\w-]+ ){0,2}?(?:producers|imports|competitors|rivals|exporters|manufacturers"
    r"|retailers|brands|critics|economists|analysts|commentators|lawmakers|legislators|MPs|senators|editorials"
    r"|(?:business|industry|church|union|opposition) (?:leaders|groups|lobbies|owners|figures))\b"
    r"|\b(?:legal|court|courtroom|custody|political|electoral|election|uphill|bidding|boardroom|takeover|patent|tariff"
    r"|price|pricing|marketing|advertising|sales|subscriber"
    r"|copyright|public relations|ratings|budget|policy|diplomatic|verbal|rhetorical|procedural|parliamentary"
    r"|bureaucratic|legislative|bruising(?: diplomatic| political| legal)?) (?:battles?|fights?)\b"
    r"|\b(?:heart|panic|asthma|anxiety|epileptic) attacks?\b"
    r"|\b(?:booster|flu|vaccine|vaccination|covid(?:-19)?|measles|tetanus|rabies|insulin) (?:shots?|jabs?)\b"
    r"|\b(?:shot|shoot|shoots|shooting|filmed|filming) (?:the |a |an |his |her |their |its )?(?:[\w-]+ ){0,2}?"
    r"(?:portraits?|photos?|photographs?|pictures?|images?|footage|videos?|films?|movies?|scenes?|documentar(?:y|ies)"
    r"|commercials?|adverts?|episodes?)\b"
    r"|\b(?:schedule|scheduling|fixture|diary|timetable|date|personality) clash(?:es)?\b"
    r"|\bclash(?:es)? (?:of|between) (?:[\w-]+ )?(?:dates|schedules|personalities|cultures|styles|interests|egos)\b"
    r"|\briot of (?:colou?rs?|flowers|sounds?|music|scents?|flavou?rs?|emotions?)\b"
    r"|\bhostages? to (?:fortune|the markets?|events)\b"
    r"|\b(?:fought|fight(?:s|ing)?|battl(?:e|es|ed|ing)|attack(?:s|ed|ing)?) like (?:a |an )?(?:lions?|tigers?"
    r"|warriors?|heroes|hero|champions?|wolves|wolf|soldiers?|gladiators?|demons?|mad(?:men|man)?)\b"
    r"|\b(?:fought|fight(?:s|ing)?|battl(?:e|es|ed|ing)|struggl(?:e|es|ed|ing)|braved|(?:battles?|fights?|struggles?)"
    r" (?:against|with)) (?:the )?(?:fierce |heavy |high |strong |freezing |extreme |scorching )?(?:winds?|seas|waves"
    r"|storms?|snow|blizzards?|gales?|currents?|cold|heat|heatwaves?|rains?|elements|weather|frost|drought)\b"
    r"|\b(?:battles?|fights?|wars?) (?:with|of) (?:[\w-]+ ){0,2}?(?:flour|tomatoes|water|water guns|snowballs|pillows"
    r"|powder|colou?rs|paint|oranges|mud|foam|confetti)\b"
    r"|\b(?:food|water|snowball|pillow|tomato|flour|paint|mud|foam) (?:fights?|battles?|wars?)\b"
    r"|\b(?:pelt|hurl|throw|threw|thrown|fling|flung|drench|splash|douse)\w* (?:(?!stones?|rocks?|bricks?|bottles?"
    r"|bombs?|spears?|arrows?|machetes?|missiles?|projectiles?|objects?)[\w'-]+ ){0,4}?(?:at )?"
    r"(?:each other|one another)"
    r"\b(?! with (?:[\w-]+ )?(?:stones|rocks|bricks|bottles|bombs|spears|arrows|machetes|missiles|projectiles|objects))"
    r"|\b(?:battles?|fights?|wars?|struggles?|scramble) for (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:markets?|market share"
    r"|customers|shoppers|subscribers|viewers|audiences?|clients|buyers|readers|passengers|investors)\b"
    r"|\b(?:fought|fight(?:s|ing)?|wag(?:e|es|ed|ing)|lost|won) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:battle|fight|war)"
    r" over (?:the |a |an |its |their )?(?:[\w-]+ ){0,3}?(?:law|bill|budget|reforms?|amendments?|constitution|motion"
    r"|polic(?:y|ies)|rules?|custody|inheritance|contracts?|funding|ban)\b"
    r"|\bheld hostage (?:by|to) (?:the |its |their |his |her )?(?:[\w'-]+ ){0,3}?(?:plans?|polic(?:y|ies)|spending"
    r"|politics|demands|interests|whims?|markets?|debts?|prices?|budgets?|decisions?|lobby|lobbies)\b"
    r"|\b(?:fought|fight(?:s|ing)?|battl(?:e|es|ed|ing)|tackl(?:e|ed|ing)) (?:the |a |an )?(?:[\w-]+ )?"
    r"(?:blazes?|fires?|flames|infernos?|wildfires?)\b"
    r"|\b(?:lost|won|losing|winning|lose|win) (?:the|a|their|its|his|her) (?:battle|fight) to "
    r"|\bkill(?:s|ed|ing)? off\b"
    r"|\b(?:cyber|hacking|ransomware|phishing|computer|DDoS|denial-of-service)[- ]?attack(?:ers?|s)?\b"
    r"|\battack\w* (?:[\w'-]+ ){0,4}?with (?:ransomware|malware|spyware|a computer virus)\b"
    r"|\bhackers? (?:who |that )?(?:[\w-]+ ){0,2}?attack\w*"
    r"|\b(?:hack\w*|attack(?:s|ed|ing)?) (?:the |its |their |a |an )?(?:[\w-]+ ){0,2}?(?:computer networks?"
    r"|computer systems?|networks|servers?|websites?|e-?mail accounts?|databases?|IT systems?)\b"
    r"|\b(?:war|offensive|battle|fight|campaign|crusade|attack|assault|onslaught)s? (?:on|against) (?:the )?"
    r"(?:[\w-]+ ){0,3}?"
    r"(?:mosquito\w*|malaria"
    r"|diseases?|virus|viruses|epidemics?|outbreaks?|poverty|corruption|inflation|hunger|illiteracy|pests|weeds|cancer"
    r"|obesity|smoking|polio|measles|cholera|ebola|tuberculosis|HIV|AIDS)\b"
    r"|\battack(?:s|ed|ing)? (?:[\w'-]+ ){0,4}?(?:for|over) (?:his|her|their|its|the) (?:[\w-]+ )?"
    r"(?:handling|remarks|comments"
    r"|polic(?:y|ies)|decisions?|record|stance|views|failures?|response|role)\b"
    r"|\b(?:trade|price|tariff|currency|bidding|culture|propaganda|media|talent) wars?\b|\bwar of words\b"
    r"|\b(?:verbal|blistering|scathing|stinging|withering|furious|personal|thinly veiled|strongly worded) attacks?\b"
    r"|\battack(?:ed|s|ing)? (?:the |a |an |its |their |his |her )?(?:[\w'-]+ ){0,3}?(?:decision|plans?|proposals?"
    r"|polic(?:y|ies)|handling|remarks|comments|budget|bill|reforms?|strategy|stance|statement|speech|ruling|verdict"
    r"|appointment|nomination|record|performance|leadership|credentials|integrity|motives)\b"
    r"|\battack(?:ed|s|ing)? (?:[\w'-]+ ){0,8}?(?:in|during) (?:a |an |his |her |their |its |the )?(?:[\w-]+ )?"
    r"(?:speech"
    r"|statement|interview|tweet|post|editorial|column|op-ed|letter|address|sermon|radio address|television address)\b"
    r"|\bclash(?:ed|es|ing)? (?:publicly|openly|verbally)\b"
    r"|\battack(?:ed|s|ing)? (?:the |his |her |their |its )?(?:[\w'-]+ ){0,3}?as (?:a|an|the|being|too)"
    r" (?:[\w'-]+ )?(?:refuge|den|nest|tool|puppets?|enemy|enemies|failure|disgrace|threat|obstacle|bastion|haven"
    r"|relic|betrayal|mafia|cartel|club|clique|corrupt|incompetent|irrelevant|biased|partisan|useless)\b"
    r"|\b(?:clash(?:ed|es|ing)?|exchang(?:ed|ing) fire|trad(?:ed|ing) (?:fire|blows)|crossed swords)"
    r" (?:[\w'-]+ ){0,8}?(?:in|during|at) (?:a |an |the |their )?(?:[\w-]+ ){0,2}?(?:debate|interview"
    r"|session|hearing|press conference|news conference|meeting|summit|talks|negotiations|phone call|call)\b"
    r"|\bclash(?:ed|es|ing)? over (?:the |a |their |its )?(?:[\w-]+ ){0,2}?(?:wording|text|terms|polic(?:y|ies)|budget"
    r"|human rights|reforms?|drafts?|agenda|interest rates|trade policy)\b"
    r"|\bambush(?:ed|es)?\b(?: [\w',-]+){0,12}? (?:to vote|voted|votes?) (?:for|against|on|down)\b"
    r"|\b(?:team|side|squad|club|(?:(?<=the )|(?<=starting )|(?<=first )|(?<=their ))eleven|(?-i:XI))\b(?: [\w'-]+){0,2}?"
    r" (?:had been|has been|have been|was|were|got|being)"
    r" [\"\u201c\u2018]?(?:executed|massacred|slaughtered|murdered|butchered|destroyed|killed|crucified|ambushed)\b"
    r"|\b(?:markets?|stocks|shares|equities|bonds?|bourses?|currenc(?:y|ies)|rupee|naira|cedi|shilling|peso|rand|lira"
    r"|Sensex|Nifty)\b(?: [\w'-]+){0,4}? (?:came under|comes? under|under|hit by|struck by|suffered) (?:an? |the )?"
    r"(?:[\w-]+ )?(?:attack|massacre|bloodbath|carnage|assault|onslaught)\b"
    r"|\b(?:fight(?:s|ing)?|fought|battl(?:e|es|ed|ing)|struggl(?:e|es|ed|ing)|campaign(?:s|ed|ing)?) for (?:a |an |the"
    r" |their |better |higher |fair )?(?:[\w-]+ ){0,3}?(?:wages?|pay|salar(?:y|ies)|pensions?|bonus(?:es)?|pay rises?"
    r"|raises?|benefits|working conditions)\b"
    r"|\battack rates?\b|\b(?:murder|homicide|crime|killing|kidnapping|suicide|violence|violent crime) rates?\b"
    r"|\battack(?:ed|s|ing)? (?:[\w'-]+ ){1,3}?as [\"\u201c\u2018]"
    r"|\b(?:battles?|fights?|wars?|showdowns?|clash(?:es)?) (?:between|with) (?:[\w'.-]+ ){0,4}?(?:the )?(?:Congress"
    r"|parliament|senate|courts?|judiciary|lawmakers|legislators|legislature|(?:national )?assembly)\b"
    r"(?! (?:guards?|security|police|building|compound|gates?|grounds))"
    r"|\b(?:(?:stock )?markets?|stocks|shares|equities|bonds?|bourses?|Sensex|Nifty|Dow|currency|naira|rupee|cedi|shilling)"
    r" (?:massacre|bloodbath|carnage)\b|\b(?:market|stock market|share|equity) (?:massacre|bloodbath|carnage)\b"
    r"|\b(?:central bank|banks?|regulators?|IMF|World Bank|treasury|ministry|minister|courts?|judges?|investors|firms?"
    r"|compan(?:y|ies)|markets?) (?:[\w'-]+ ){0,2}?fir(?:es|ed|ing) (?:a |an )?(?:[\w-]+ )?(?:warning )?shots?\b"
    r"|\bbattle with (?:(?:the|its|their|his|her) )?(?:management|employers?|bosses|shareholders|landlords?)\b"
    r"(?!['\u2019])"
    r"|\bbattle with (?:[\w'-]+ ){0,2}?(?:competitors?|carriers?|airlines?|banks?|firms?|companies|retailers?|brands?"
    r"|operators?|telcos?|insurers?|(?:budget|low-cost|online|digital|e-commerce|corporate|business) rivals?)\b"
    r"|\bprotest votes?\b"
    r"|\b(?:budget|bill|law|polic(?:y|ies)|tax(?:es)?|decision|plan|ruling|move|reforms?|levy|hike)"
    r" (?:(?:is|was|are|were|amounts? to|represents?|constitutes?) |(?:[\w'-]+ ){0,3}?as [\"\u201c]?)(?:a |an )?"
    r"(?:[\w-]+ ){0,2}?(?:attack|assault) on\b"
    r"|\bunder (?:[\w-]+ )?fire (?:[\w'-]+ ){0,6}?(?:for|over) (?:his |her |their |its |the )?(?:[\w-]+ )?(?:comments"
    r"|remarks|handling|decisions?|polic(?:y|ies)|plans?|statements?|speech|stance|role|response|record|failures?|views"
    r"|tweets?|posts?|words|silence|inaction|conduct|approach)\b"
    r"|\b(?:parties|leaders|politicians|allies|partners|ministers|MPs|lawmakers|legislators|coalition partners)"
    r" (?:[\w'-]+ ){0,2}?clash(?:ed|es)? over (?:the |a |their |its )?(?:[\w-]+ ){0,2}?(?:seat[- ]sharing|seats"
    r"|tickets|nominations?|candidates?|alliances?|manifestos?|leadership|posts|portfolios|positions|cabinet)\b"
    r"|\b(?:battl|fight|fought|compet|scrambl|jostl|war)\w* (?:for|over) (?:[\w'-]+ ){0,2}?(?:deposits|customers"
    r"|market share|clients|subscribers|users|viewers|readers|investors|buyers|shoppers|passengers|contracts"
    r"|sponsors|advertisers|listings)\b"
    r"|\b(?:assault|onslaught|foray|push|charge)s? (?:on|into) (?:the |a |an )?(?:[\w'-]+ ){0,3}?(?:market|sector"
    r"|industry|segment|business|trade)\b"
    r"|\b(?:opposition|(?:party |opposition |union )?leaders?|senators?|MPs?|lawmakers?|legislators?|ministers?"
    r"|governors?|premier|spokes(?:man|woman|person)|critics|part(?:y|ies)|unions?|candidates?|clerics?|bishops?)"
    r"(?: [\w'-]+){0,2}? (?:(?:blast(?:s|ed)?|slam(?:s|med)?|lash(?:es|ed)? out at|hit(?:s)? out at|t[eo]ar(?:s)? into)"
    r" (?:[\w'-]+ ){0,4}?|attack(?:s|ed)? (?:the |his |her |their |its )?(?:[\w'-]+ )?(?:government|president|governor"
    r"|opposition|ministry|minister|administration|party|leadership|critics|rivals|officials|judiciary|commission"
    r"|regime|cabinet|treasury|state) )(?:over|for) (?!(?:the |a |an )?(?:killing|attack|shooting|raid|massacre"
    r"|bombing|abduction|kidnapping)s?\b)"
    r"|\battacks? of (?:the )?(?:[\w-]+ )?(?:disease|virus|flu|fever|illness|pests?|locusts?|gout|asthma|malaria)\b"
    r"|\b(?:battl|fight|fought|struggl)\w* to (?:save|reach|rescue|contain|control|find|free|restore"
    r"|keep|stop the spread|survive|stay afloat|balance|pay|repay|stem|cut|attract|retain|win back|hold on|hold onto"
    r"|hang on|compete|make ends meet|regain)\b"
    r"|\b(?:battl|fight|fought|struggl)\w* (?:with |against )?(?:a |an |the |their |its )?(?:[\w-]+ ){0,2}?(?:prices"
    r"|costs|rents|taxes|tariffs|inflation|debts?|currency|peso|rupee|naira|cedi|shilling|rand|pound|dollar|imports"
    r"|interest rates|fuel prices|bills)\b"
    r"|\bshots? across (?:the|their|its|his|her) bows?\b"
    r"|\b(?:plans?|proposals?|polic(?:y|ies)|bills?|decisions?|budgets?|laws?|reforms?|measures?|remarks|comments"
    r"|strateg(?:y|ies)|schemes?|rulings?|appointments?|nominations?|record|handling|taxe?s?)\b(?: [\w'-]+){0,6}"
    r" (?:came|comes|coming|has come|have come|had come|is|are|was|were|been|being) under (?:[\w-]+ )?"
    r"(?:attack|fire)\b"
    r"|\b(?:came|comes|coming|has come|have come|had come|is|are|was|were|been|being) under (?:[\w-]+ )?(?:attack|fire)"
    r" (?:[\w'-]+ ){0,6}?(?:for|over) (?:his|her|their|its|the) (?:[\w-]+ )?(?:comments|remarks|handling|decisions?"
    r"|polic(?:y|ies)|plans?|statements?|speech|stance|role|response|record|failures?|views|tweets?|posts?|words"
    r"|silence|inaction|conduct|approach)\b",
    re.IGNORECASE,
)
"""Words of harm whose object is no person, building or armed force ('killed the bill', 'crushed their title hopes', 'an
attack on its independence'), shots that are injections ('a booster shot') or pictures ('shot the portraits'), clashes
of schedules or cultures, a riot of colour, banks 'held hostage' by spending plans, battles fought in court, in
elections, in business or in diplomacy ('a legal battle', 'lost its battle to keep the trial secret', 'a diplomatic
battle at the UN', 'a bruising battle over the text'), attacks of an illness ('a heart
attack'), attacks on computers ('a hacking attack', 'attacked the computer networks', 'hackers who attacked hospitals
with ransomware'), an epidemic's 'attack rate', 'the attack of the disease on the herds', offensives and wars against
mosquitoes, diseases or poverty, attacks and clashes in words (a 'blistering attack on the government's handling',
'attacked the decision', 'attacked the government's record in a speech', 'clashed publicly over rates', 'clashed over
the budget during a debate', 'exchanged fire over the report at a heated session', 'clashed over the wording of the
statement', 'clashed over policy during a meeting'; a
clash over an issue, a nomination or taxes may be a fight and is left alone), wars of trade, prices or words, people
'attacked for their handling of the crisis', fires fought by firefighters, rescuers 'battling to reach survivors' and
things 'killed off' (a currency peg, a race, a plan; people are killed, not killed off), an attack on malaria, companies
that battle to survive a slump or fight to hold on to a market or to compete, a shot across the bows, and a plan, a
policy or a budget that 'came under attack' from
its critics (a thing of words cannot be shot at), or a person who 'came under fire for his comments', firms that
battle for deposits or customers (or in a tariff or price battle), farmers or traders 'battling falling prices' or
'fighting a strong peso and high taxes' (prices, costs, rents and currencies are fought with money), parties or
leaders who clash over seat sharing,
tickets or posts, a 'market massacre' or a 'bloodbath' on the stock exchange, a central bank or a firm that
fires a warning shot, a battle with competitors or a budget rival, a protest vote, a budget or a law that 'is a
direct attack on the middle class' or that a union rejects 'as an assault on pensioners', a minister 'under fire
over handling of the crisis' (a headline drops the verb), an assault on a market or a sector, and an office-holder,
a party or a critic who blasts or slams someone over or for a matter, or attacks a government, a party or rivals
over one ('opposition leader attacks government over fuel price hike', 'senator blasts police over slow probe'; not
over a killing or an attack, which may be told as such; an MP who attacks a person or a car is left alone): a figure
of speech, not violence.
So are lawmakers who 'fought a long battle over the budget bill' and a leader who 'attacked the judiciary as a
refuge for the corrupt', a short seller's 'attack on its accounting' (books and share prices are not hurt), and
workers 'fighting a battle with management' or with their employers (a dispute at work, told as a strike when they
stop work).
So are a murder or crime rate (a statistic counts acts and tells none), a bloc 'ambushed when two governors ordered
their deputies to vote against it' (an ambush that is a vote), a team that 'had been "executed" by two moments of
brilliance' (a team is beaten, not killed; "eleven" is a team only after an article or 'starting', since 'Eleven
soldiers were killed' counts the dead), markets or a currency 'hit by a massacre' or that 'came under attack'
(prices fall), unions 'fighting for a monthly minimum wage' (a wage is won in talks and strikes), a mayor who attacked
a rival 'over his record' and a rival who 'killed' a housing programme, a rise that 'would kill the industry, which is
already under attack from cheaper producers', a minister 'under attack from business leaders' or critics (critics
attack with words), a leader who 'attacked lawmakers as "rats"' (a name called is words), and 'a series of battles
between the president and Congress' (a legislature, a court or an assembly has no arms: its battles are votes and
rulings; guards of the parliament are left alone).
So are fights against the weather ('climbers battled fierce winds', 'losing their battle against the heat'), a
festival's mock fights ('a battle with flour and eggs', 'a food fight', revellers who pelted each other with tomatoes or
powder: not with stones or bottles, which is a fight), and a simile ('the players fought like lions': fighting told
as like a lion's or a warrior's is effort, not
violence) and firms that fight 'a bitter battle for the market' or for customers, viewers or investors (what a
battle for buyers wins is sales)."""

ATTACK_FIGURE_START = re.compile(r"(?:attack(?:s|ed|ing)?\b(?! rates?\b)(?! of\b)|blasts?\b)", re.IGNORECASE)
"""How the figures of `FIGURATIVE` begin that read 'attack' or 'blast' as a verb or noun with an object ('attacked
the ruling', 'an attack on the rally', 'a blast rocks the rally'), not an epidemic's 'attack rate' or 'attacks of
the disease'."""


def _figures(text: str) -> list[re.Match[str]]:
    """The figures of speech of `FIGURATIVE` in `text`, less the 'attacks' on a rally, a party or rivals told
    beside harm to people's bodies or a weapon (`BODILY_HARM`): those are real attacks."""
    harm = bool(BODILY_HARM.search(text))
    return [match for match in FIGURATIVE.finditer(text)
            if not (harm and ATTACK_FIGURE_START.match(match.group(0)))] + _more_figures(text)


def _without_figures(text: str) -> str:
    """`text` with its figures of speech (`_figures`) blanked out."""
    for match in reversed(_figures(text)):
        text = text[:match.start()] + " " + text[match.end():]
    return text


FIRE_BY_ACCIDENT = re.compile(
    r"\b(?:explosions?|blasts?|fires?|flames|lightning|sparks?|exploded|blew up|caught fire|burst into flames|exploding"
    r"|short[- ]circuits?)"
    r" (?:[\w',-]+ ){0,14}?set (?:fire to|(?:[\w'-]+ ){0,3}?(?:on fire|ablaze|alight))|celebratory (?:gun)?(?:fire"
    r"|shots|shooting)"
    r"|(?:accidentally|inadvertently|by accident) (?:[\w-]+ ){0,2}?(?:shot|fired|killed|discharged)(?: dead)?"
    r"|(?:was|were) (?:accidentally|inadvertently) shot(?: dead)?"
    r"|(?:was|were) (?:[\w-]+ )?shot(?: dead)? (?:[\w-]+ ){0,3}?in (?:a |an )?(?:hunting |shooting )?accident|(?:gun"
    r"|rifle|weapon|pistol) went off"
    r"|mistook (?:him|her|them) for (?:a |an )?(?:deer|animal|boar|bird)|(?:detonated|set off|used|uses|using"
    r"|detonating|setting off) (?:[\w-]+ )?(?:explosives|dynamite|charges) to (?:clear|break|demolish|blast|open"
    r"|widen|dig|bring down|remove|free)|(?:firing|shooting|rifle) ranges?",
    re.IGNORECASE,
)
"""Fire set by an explosion, lightning or another fire ('set ablaze' with no one who set it, 'a transformer
exploded and set fire to a market', 'exploding transformers set two houses alight', a short circuit that set a room on
fire; not transformers that rioters vandalised and set ablaze), shots
fired in celebration, and guns fired by accident ('was accidentally shot dead by a companion who
mistook him for a deer', 'a gun went off', explosives set off to clear debris or
break rock, 'was shot dead in a hunting accident'), and a shooting range, where guns are fired at targets ('a
stray bullet from a police shooting range'): words of a hostile act with no hostility."""

VIOLENCE_AS_REASON = re.compile(
    r"\b(?:in )?(?:response|reaction|retaliation|reply) (?:to|for) (?:[\w'-]+ ){0,6}?"
    r"(?:attacks?|bombings?|killings?|poisoning"
    r"|assassinations?|shootings?|(?:air|drone|missile) ?strikes?|invasion|occupation|crackdown|violence|unrest|launch"
    r"|tests?)\b"
    r"|\b(?:flee\w*|fled|displaced by|escaping|escaped|driven (?:out|from their homes) by|uprooted by)"
    r" (?:from )?(?:the )?"
    r"(?:(?!without |before |to )[\w-]+ ){0,2}?(?:attacks|violence|fighting|clashes|conflicts?|raids|war|insurgency)\b"
    r"|\b(?:condemn|denounc|deplor|decr(?:y|ies|ied)|mourn|reject)\w* (?:in the (?:strongest|harshest"
    r"|clearest) (?:possible )?terms )?(?:[\w'-]+ ){0,3}?(?:attacks?|bombings?|killings?|fighting|clashes|hostilities"
    r"|bloodshed|shelling|(?:air|drone|missile) ?strikes?|violence|crackdown|massacres?|shootings?|abductions?"
    r"|kidnappings?"
    r"|assassinations?|murders?|executions?|beheadings?|raids?|invasion|incursions?|arrests?|detentions?|barrages?"
    r"|offensive|launch(?:es)?|test(?:s|ing)?)\b(?: (?:of|against|on) (?:[\w'-]+ ){0,3}?(?:protesters|demonstrators"
    r"|marchers|activists"
    r"|students|civilians|journalists|opponents|dissidents|prisoners|detainees)\b)?"
    r"|\b(?<!were )(?<!was )(?<!been )(?<!are )(?<!is )(?<!being )(?:destroyed|damaged|razed|ruined|wrecked|displaced"
    r"|orphaned|widowed|uprooted|disabled) (?:in|by|during) (?:the |years of |decades of |months of )?(?:[\w-]+ )?"
    r"(?:fighting|war|conflict|violence|insurgency|attacks|clashes|bombing|shelling|bombardment)\b"
    r"|\b(?:concern(?:ed)?|alarm(?:ed)?|worried|troubled|dismay(?:ed)?|sadden(?:ed)?|shock(?:ed)?|horrified|appalled"
    r"|grieved)['\u2019\"]? (?:by|about|over|at) (?:the )?(?:reports? of )?"
    r"(?:[\w'-]+ ){0,3}?(?:attacks?|bombings?|killings?|violence|crackdown|massacres?|shootings?|abductions?|arrests?"
    r"|detentions?|executions?|abuses|build-?ups?|deployments?|troop movements?|mobili[sz]ations?|massing)\b"
    r"(?: (?:of|on|against|along|near|at) [^,;:]*)?"
    r"|\b(?:punish\w*|condolences?|sympathy|solidarity) (?:[\w'-]+ ){0,4}?(?:for|over|after|following) (?:the |a |an"
    r" |its |their )?(?:[\w'-]+ ){0,3}?(?:attacks?|bombings?|killings?|poisoning|assassinations?|shootings?|murders?"
    r"|(?:air|drone|missile) ?strikes?|invasion|massacres?)\b(?: [\w'-]+){0,4}"
    r"|\b(?:call|urg|appeal|plead|press)\w* (?:[\w'-]+ ){0,3}?for (?:calm|restraint|de-?escalation|dialogue"
    r"|an investigation|an inquiry|a probe|an end to (?:the )?(?:violence|fighting))"
    r" (?:[\w'-]+ ){0,4}?(?:after|following|over|in the wake of)"
    r" (?:the |a |an |its |their |this week's |last week's |recent )?(?:[\w'-]+ ){0,3}?(?:clash(?:es)?|attacks?"
    r"|killings?|violence|fighting|shootings?|bombings?|strikes?|shelling|skirmish(?:es)?)\b"
    r"|\baccus\w* (?:[\w'-]+ ){0,4}?of (?:supporting|backing|arming|funding|financing|harbou?ring|sponsoring|sheltering"
    r"|aiding|training) (?:[\w'-]+ ){0,3}?(?:terrorists?|militants?|rebels?|insurgents?|armed groups?|militias?"
    r"|extremists?|separatists?|jihadists?)\b"
    r"|\b(?:(?:its|their|his|her|the) coverage|documentar(?:y|ies)|books?|films?|novels?|plays?) (?:of|on|about)"
    r" (?:the |a |an |last \w+'s |recent )?(?:[\w'-]+ ){0,2}?(?:attacks?|bombings?"
    r"|killings?|massacres?|shootings?|violence|clashes|war|crackdown|abductions?|kidnappings?|riots?|protests?)\b"
    r"(?: (?:of|on|against|in|by) [^,;:]*)?"
    r"|\b(?:attacks?|killings?|bombings?|shelling|violence|massacres?|abuses|atrocities|crimes|executions|strikes)"
    r" (?:[\w'-]+ ){0,6}?(?:may|might|could|would|can|did|does|do)? ?(?:amount(?:s|ed)? to|constitut(?:e|es|ed)"
    r"|tantamount to|qualify as) (?:[\w'-]+ ){0,2}?(?:war crimes?|crimes? against humanity|genocide|ethnic cleansing"
    r"|terrorism)\b"
    r"|\bover the (?:[\w-]+ )?(?:killing|murder|assassination|poisoning|shooting|abduction|kidnapping|arrest|detention"
    r"|execution|jailing|downing)s? of\b(?: [\w'-]+){0,6}"
    r"|\b(?:cancel\w*|call(?:s|ed|ing)? off|postpon\w*|recall\w*|resign\w*|cut(?:s|ting)? short|suspend\w*|summon\w*)"
    r" (?:[\w'-]+ ){0,6}?in protest (?:at|against|over|of)\b[^,;:]*"
    r"|\bover (?:its|their|his|her) (?:[\w-]+ )?(?:attacks|killings|crackdown|offensive|invasion|incursions?|bombing"
    r"|shelling|war|operations?"
    r"|(?:role|involvement|part) in (?:the |a |an )?(?:[\w-]+ )?(?:riots?|protests?|attacks?|violence|unrest|killings?"
    r"|coup|uprising|massacre))\b"
    r"|\b(?:investigat\w*|inquir(?:y|ies) into|probes? into|probing|look(?:ing|s)? into) (?:the |an? |this |that "
    r"|recent )?(?:alleged |suspected |reported |apparent )?(?:[\w'-]+ ){0,2}?(?:attacks?|bombings?|killings?|poisoning"
    r"|shootings?|massacres?|use of chemical weapons|abuses|violations|atrocities|crimes|crackdown|violence)\b"
    r"(?: (?:of|on|against|during|in|by) [^,;:]*)?"
    r"|\b(?:measures?|decision|move|step|expulsions?|sanctions|response|retaliation) (?:[\w'-]+ ){0,3}?(?:follows?"
    r"|followed|following|came after|comes after|come after|after|in the wake of) (?:[\w'-]+ ){0,3}?(?:attacks?"
    r"|bombings?|killings?|poisoning|assassinations?|shootings?|(?:air|drone|missile) ?strikes?|invasion|massacres?"
    r"|crackdown)\b(?: [\w'-]+){0,8}",
    re.IGNORECASE,
)
"""Violence named as the reason for a state's move ('the expulsions were a response to the alleged poisoning attack',
'listed the group as terrorist over its attacks on shipping'), as the object of a condemnation ('a declaration
condemning the bombing of hospitals'), as what an official step (a visit cancelled, an envoy recalled, a resignation) is
taken 'in protest at' ('cancelled his visit in protest at the arrest of a national'; farmers who dump hay 'in protest at
fuel taxes' demonstrate) or as the reason for flight ('families fleeing from attacks on villages'), or as what a state
punishes or sends condolences for ('punishing Moscow for the nerve agent attack', 'expelled two diplomats over the
killing of an exile'), or as what a measure follows ('the decision follows the poisoning of a former spy', 'the measures
came after the attack'), what the press covered or a book or a film is about ('suspends the radio over its coverage of a massacre'; reports
of protests are news of them, and stay), violence
named only as what may amount to war crimes ('attacks on civilians may amount to war crimes', a legal
characterisation), or what is investigated, with its victims ('inspectors arrived to investigate the alleged gas
attack', 'an inquiry into the killing of protesters', 'an inquiry into abuses during the crackdown on protests'), or
what a state is concerned about ('deeply concerned by reports of mass arrests of protesters', 'concerned by reports of
a military build-up on the border'), or a state's military
offensive named as the reason of a measure ('suspended arms exports over its offensive in Syria'): with no verb telling
the act itself (`DONE_NOW`), the sentence reports the move or the displacement, not the violence. So does a call for
calm or restraint after clashes ('called for restraint after the deadly clashes along the border') and an accusation
that a state backs armed groups ('accused its neighbour of supporting terrorists who attacked its border posts'), whose
violence is coded from the reports of it; nor does such a reason make harm told beside it hostile ('families who fled
from attacks live in camps where cholera has killed 12'). (A sentence that blames someone for an attack still tells of
the attack.)
So is what is condemned 'in the strongest terms', and things and people described by past violence ('to rebuild
schools destroyed in the fighting', 'children orphaned by the war'; 'homes were destroyed in the fighting' tells the
act and is left alone). So are the victims named with what is condemned ('deploring the execution of protesters'), when
nothing else tells an act."""

BAN_NOT_DEFIED = (r"(?<!\bdefied the )(?<!\bdefying the )(?<!\bdefiance of the )(?<!\bdespite the )(?<!\bdefied a )"
                  r"(?<!\bdespite a )(?<!\bflouted the )(?<!\bflouting the )(?<!\bbroke the )(?<!\bbreaking the )")
"""Not after a verb of defiance: a ban defied, flouted or broken frames nothing ('defied the ban on gatherings and
marched' tells a march)."""

SPREAD_BY = (r"(?:(?:spread|circulated|published|posted|issued|made|carried|aired|put out) )?(?:by|from|in|on)"
             r" (?:[\w'-]+ ){1,6}?")
"""Who spread a report or a claim, and where ('the report spread by the Ministry of Defence of Azerbaijan that',
'claims published by some media that'): words a rebuttal puts between the report and its content."""

UNREAL_FRAME = re.compile(
    r"\b(?:(?:threaten(?:s|ed|ing)?|vow(?:s|ed)?) (?:(?:in|on|at|during|through|via) (?:[\w'-]+ ){1,3}?)?to"
    r"|warn(?:s|ed|ing)? (?:[\w'-]+ ){0,3}?(?:that|of|against)"
    r"|(?:issu(?:e|es|ed|ing)|rais(?:e|es|ed|ing)) (?:a |an )?(?:[\w-]+ ){0,2}?(?:warnings?|alerts?|advisor(?:y|ies))"
    r" (?:for|about|on|over)"
    r"|threats? (?:(?:by|from) (?:[\w'-]+ ){1,4}?)?to (?=[a-z])|(?:their|its|his|her|a|the) calls? to (?=[a-z])"
    r"|threaten(?:s|ed|ing)? (?:a |an |new |more |further )?(?:[\w-]+ )?(?:attacks?|bombings?|shootings?"
    r"|massacres?|explosions?)\b"
    r"|(?:could|would|might|(?-i:may)) (?!not\b)(?!(?:well |also )?be (?:either )?(?:the )?(?-i:[A-Z]))"
    r"|(?:a|an|any) (?:[\w-]+ )?(?:attacks?|assault|strikes?|offensive|invasion|war|raids?|bombing|blockade)"
    r" (?:on|against|of|by) (?:the |a |an )?(?:[\w'-]+ ){0,3}?(?:could|would|might|will)\b"
    r"|(?:the|a|an|all|any) (?:[\w-]+ )?(?:bombardments?|attacks?|shelling|killings?|violence|fighting|strikes?"
    r"|raids?|hostilities|war) (?:[\w'-]+ ){0,4}?(?:must|should|has to|have to|had to|needs? to|needed to|ought to)"
    r" (?:stop|end|cease|be stopped|be halted)"
    r"|(?:the|a|an|any) (?:[\w-]+ )?(?:withdrawal|pull-?out|departure|deployment|exit) (?:of|by) (?:the |a |an )?"
    r"(?:[\w'-]+ ){0,3}?(?:could|would|might)\b"
    r"|if\b|unless\b|in the event (?:of|that)|in case\b|should (?:the )?(?:fighting|violence|clashes|war|conflict"
    r"|unrest|attacks?|rebels|militants|the army|troops) "
    r"|demand(?:s|ed|ing)? (?:that|the (?:release|withdrawal|return|handover|surrender))"
    r"|(?:is|are|was|were|been) (?:[\w-]+ )?(?:planning|plotting|preparing|organi[sz]ing) (?:new |more |further |fresh "
    r"|major |large-scale |a |an |the |their |its )?(?:[\w-]+ )?(?:attacks?|offensives?|assaults?|raids?|strikes?"
    r"|bombings?|operations?|invasion|incursions?)"
    r"|approv(?:es|ed|ing|e) (?:the |a |an )?(?:[\w-]+ )?(?:deployment|dispatch|sending|despatch)"
    r"|(?:extend|prolong|renew)(?:s|ed|ing)? (?:the |its |their |a |an )?(?:[\w'-]+ ){0,3}?(?:deployment|mandate"
    r"|mission|presence|stay) (?:[\w'-]+ ){0,5}?(?:by|for|until|till|through) (?:another |a further |a |an )?"
    r"(?:\d+|one|two|three|four|five|six|nine|twelve|eighteen|several) (?:more )?(?:days?|weeks?|months?|years?)\b"
    r"|(?:consider\w*|weigh\w*|mull\w*|contemplat\w*|debat\w*|discuss\w*|explor\w*) (?:[\w-]+ )?(?:sending|deploying"
    r"|dispatching|withdrawing|pulling|imposing|launching|deploy|send|withdraw|a (?:[\w-]+ )?(?:deployment|withdrawal"
    r"|pull-?out|offensive|strike|mission))"
    r"|(?:gives?|giving|gave|given|grants?|granted|granting|confers?|conferred|conferring|vests?|vested)"
    r" (?:[\w'-]+ ){0,5}?(?:powers?|authority|mandate|licen[cs]e) to (?:arrest|detain|search|shoot|open fire|use force"
    r"|raid|seize)"
    r"|(?:lets?|allows?|allowing|permits?|permitting|authori[sz]es|authori[sz]ing|empowers?|empowering)"
    r" (?:[\w'-]+ ){1,3}?(?:to )?(?:arrest|detain|disperse|clear|remove|break up|use force|open fire|shoot)\b"
    r"|(?:ready|prepared) to|fail(?:s|ed|ing)? to (?:agree|reach|sign|strike|secure|seal|clinch|conclude|broker)"
    r"|ultimatums? (?:[\w'-]+ ){0,3}?to\b|(?:had|has|have) nothing to do with|(?:,|\band|\bbut)? not (?:an? |the )?(?:[\w-]+ )?(?:attack|bombing|act of terror"
    r"|terrorism|sabotage|arson)\b"
    r"|(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?)"
    r" (?:(?:the|an?) )?(?:(?-i:[A-Z])[\w'-]+ )?(?:reports?|claims?|rumou?rs?|allegations?|accusations?|charges"
    r"|accounts?) (?:(?:by|from) (?:the )?[\w'-]+(?: [\w'-]+)? |" + SPREAD_BY + r")?(?:that|of)"
    r"|den(?:y|ies|ied|ying) (?:any |all )?(?:involvement|responsibility|role|part|links?)"
    r" (?:in|for|with)|den(?:y|ies|ied|ying) that\b"
    r"|den(?:y|ies|ied|ying) (?:that )?(?:it|they|he|she) (?:was|were|had been) (?:responsible|involved"
    r"|behind)|false alarm|hoax"
    r"|(?<!because of )(?<!due to )(?<!amid )(?<!following )(?<!owing to )"
    r"(?:bomb|security|terror|landmine|mine|grenade|explosives?|anthrax|drone|missile|rocket) (?:scare|threat|alert)s?"
    r"|air[- ]raid (?:sirens?|alerts?|alarms?|warnings?|shelters?)"
    r"|(?:traded|exchanged|trading|exchanging) (?:[\w-]+ )?(?:accusations|blame|charges)"
    r"|accus\w* (?:[\w'-]+ ){0,4}?of (?:planning|plotting|preparing|intending|threatening|seeking|trying|wanting"
    r"|conspiring)"
    r"|accus\w+ (?:each other|one another) of"
    r"|rul(?:e|ed|es|ing) out (?:any |a |an |the )?(?:[\w-]+ )?(?:air ?strikes?|attacks?|military action|invasion"
    r"|offensive|intervention|strikes?|force)"
    r"|(?:air ?strikes?|attacks?|military action|invasion|offensive|intervention)(?: [\w'-]+){0,5} (?:was|were|has been"
    r"|have been|is|are) (?:[\w-]+ )?ruled out"
    r"|(?:risk|risks|danger|spectre|specter|prospect|possibility|likelihood|fears?|(?<!under )threats?) of (?:being \w+"
    r"|(?:a |an |the )?"
    r"(?:renewed |further |more |new |fresh |possible |future )?(?:[\w-]+ )?(?:attacks?|offensive|clash(?:es)?"
    r"|fighting|violence|unrest|riots?|war|strikes?|raids?|incursions?|invasion|bombings?|reprisals?|retaliation"
    r"|kidnapp\w*|abductions?|shelling|airstrikes?|air strikes?|terrorism|piracy))"
    r"|(?:possible|potential|looming|imminent|future|eventual) (?:[\w-]+ )?"
    r"(?:attacks?|offensive|assault|clash(?:es)?|fighting|invasion|incursions?|strikes?|raids?|reprisals?|retaliation)"
    r"|(?:capacity|capability|capabilities|ability|means|strength) to (?:carry out|launch|mount|stage|conduct|strike"
    r"|attack|hit)|(?:simulat\w*|mock|rehears\w*) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:attacks?|bombings?"
    r"|hostage[- ]taking|assault|raid|emergency|shooting|explosion)"
    r"|(?:exercises?|drills?|manoeuvres|maneuvers) (?:[\w'-]+ ){0,2}?(?:tested|tests|simulated|simulates|rehearsed"
    r"|rehearses|practi[sc]ed|practi[sc]es) "
    rf"|(?:called off|cancell?ed|postponed|{BAN_NOT_DEFIED}ban(?:s|ned|ning)?|prohibit(?:s|ed|ing)?|outlaw(?:s|ed"
    rf"|ing)?|barr(?:ed|ing)|bars|restrict(?:s|ed|ing)?|curb(?:s|ed|ing)?)"
    r" (?:a |an |the |their |its |all )?"
    r"(?:planned |proposed |public |political |street )?(?:march|protest|rally|demonstration|strike|sit-in|gathering"
    rf"|vigil)(?:es|s)?"
    rf"|{BAN_NOT_DEFIED}(?:ban(?:s|ned|ning)?|prohibit(?:s|ed|ing)?|outlaw(?:s|ed|ing)?|barr(?:ed|ing)) all"
    r" (?:[\w-]+ )?"
    r"(?:marches|protests|rallies|demonstrations|strikes|sit-ins|gatherings|vigils|processions|dharnas|assemblies)"
    r"(?: and (?:[\w-]+ )?(?:marches|protests|rallies|demonstrations|strikes|sit-ins|gatherings|vigils|processions"
    r"|dharnas|assemblies))?"
    rf"|{BAN_NOT_DEFIED}ban on (?:all )?(?:public |political |street )?(?:march|protest|rall"
    rf"|demonstration|strike"
    r"|sit-in|gathering)\w*"
    r"|(?:protests?|march(?:es)?|rall(?:y|ies)|demonstrations?|strikes?|sit-ins?"
    r"|vigils?|bandhs?|hartals?|shutdowns?) (?:[\w'-]+ ){0,8}?(?:was|were|has been"
    r"|have been|had been) (?:called off|cancell?ed|postponed|banned|prohibited|abandoned|put off|deferred|withdrawn)"
    r"|(?:march(?:es)?|protests?|rall(?:y|ies)|demonstrations?|strikes?|sit-ins?|vigils?|bandhs?|hartals?|shutdowns?)"
    r"(?: (?:[\w'-]+ ){0,6}?(?:that|which) (?:had |has |have )?been)? (?:planned|proposed|scheduled|announced|called)"
    r" (?:by|for)\b"
    r"|(?:protests?|march(?:es)?|rall(?:y|ies)|demonstrations?|strikes?|sit-ins?) (?:[\w'-]+ ){0,4}?(?:will|would"
    r"|could|might) (?:be|go|take|start|begin|continue|resume|intensify|spread)"
    r"|(?:no one|nobody)(?! (?:has |had |have )?(?:yet )?claimed)"
    r"|no (?:casualties|injuries|arrests)|to (?:prevent|stop|deter|avert|head off|guard against)"
    r"|whether (?:anyone|anybody|someone|any(?: of the)? (?:[\w-]+ )?(?:suspects?|attackers|gunmen|assailants))"
    r" (?:had |has |have |was |were )?(?:yet )?been (?:arrested|detained|held|caught|apprehended)"
    r"|to (?:protect|shield|defend|guard|secure|safeguard) (?:[\w'-]+ ){0,5}?(?:from|against)"
    r"|no (?:further |new |more |major |other |serious |reported )?(?:attacks?|incidents?|violence|fighting|clashes"
    r"|killings|protests?|unrest|disturbances|shots?)"
    r"|(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?) (?:on|upon|to) (?:[\w'-]+ ){0,7}?to"
    r"|(?:ask|asks|asked|asking|seek|seeks|sought|seeking|request\w*|appeal\w*) (?:[\w'-]+ ){0,4}?(?:for )?(?:help"
    r"|assistance|support|funds|funding|money|expertise) (?:in|with|for|to) (?:destroy|clear|remov|dispos|defus"
    r"|demin|dismantl)\w*"
    r"|(?:fears?|feared|fearing|worr(?:y|ies|ied)|warn(?:s|ed|ing)?|predict(?:s|ed)?|expect(?:s|ed)?|say|says|said)"
    r" that (?:(?!(?:killed|shot|attacked|bombed|stormed|kidnapped|abducted|clashed|fired|exploded|arrested)\b)"
    r"[\w'-]+ ){1,6}?(?:could|would|might|may) "
    r"|(?:a|an|any|another|further|more|new) (?:[\w-]+ )?(?:attacks?|bombings?|offensive|invasion|clash(?:es)?"
    r"|fighting|raids?|strikes?|violence)(?: [\w'-]+){0,8}? (?:is|are|remains?|was|were) (?:[\w-]+ ){0,2}?"
    r"(?:possibility|possible|likely|risk|threat|danger|prospect)"
    r"|urg(?:e|es|ed|ing) (?:[\w'-]+ ){0,4}?to"
    r"|(?:plans?|plots?) (?:(?:by|of|from) (?:[\w'-]+ ){1,4}?)?to (?=[a-z])"
    r"|(?:leading|lead|leads) to (?:the |his |her |their |its )?(?:arrests?|capture|conviction|detention)"
    r"|(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|press(?:es|ed|ing)?) (?:[\w'-]+ ){1,4}?to (?=[a-z])"
    r"|(?:plan(?:s|ned|ning)?|plott(?:ed|ing)|plots|intend(?:s|ed|ing)?) to (?=[a-z])"
    r"|(?:attacks?|violence|fighting|clashes|raids?|bombings?|unrest|kidnappings?|abductions?) (?:could|might|may|can"
    r"|will) (?:still |also |soon |again |yet )?(?:happen|occur|take place|break out|erupt|resume|spread|escalate"
    r"|follow|come|hit|target|strike)\b"
    r"|call(?:s|ed|ing)? for (?:a |an |the )?(?:[\w-]+ )?(?:march|protest|rally|demonstration|strike|sit-in|boycott)"
    r"|(?:call|ask|appeal|press|push|plead)(?:s|ed|ing)? (?:[\w'-]+ ){0,3}?for (?:a |an |the )?(?:[\w-]+ )?(?:truce"
    r"|ceasefire|cease-fire|peace|talks|negotiations|dialogue)"
    r"|(?:plan(?:s|ned|ning)?|intend(?:s|ed)?|aim(?:s|ed)?|decided|resolved|promised|vowed) to (?:hold|stage"
    r"|organi[sz]e|march|protest|rally|strike|gather|demonstrate|picket|boycott)"
    r"|(?<!\bI )(?<!\bwe )(?<!\byou )(?:will|shall) be [a-z]{2,}(?:ed|en)(?: and (?:then )?[a-z]{2,}(?:ed|en)\b)+"
    r"|(?<!\bI )(?<!\bwe )(?<!\byou )will (?!not\b)|(?:is|are) (?:due|set|scheduled|expected|going) to"
    r"|(?:planned|scheduled) for (?:next|tomorrow|the coming|later)|(?:would|will) go ahead"
    r"|\bany (?:[\w-]+ )?(?:march|protest|rally|demonstration|gathering|strike|attack|aggression|assault|incursion"
    r"|deal|agreement|ceasefire|truce|settlement|accord)"
    r"|protest(?:s|ed|ing)? (?:against )?what (?:it|they) (?:called|described|termed)"
    r"|(?:reports?|claims?|allegations?|accusations?|charges|accounts?|rumou?rs?|stor(?:y|ies)|claim(?:ed|ing))"
    r" (?:" + SPREAD_BY + r")?(?:that|of)\b"
    r"(?=[^.;]*\b(?:false|fabricated|untrue|baseless|fake|groundless|unfounded|lies|disinformation)\b)"
    r"|protest(?:ed|ing) that\b|protest(?:s|ed|ing)? (?:against )?(?:the )?(?:evidence|claims?|reports?|allegations?"
    r"|suggestions?|news) that\b)"
    r"[^,;:]*?(?=[,;:]|\b(?:who|which|when|after|before|but|while|whereas)\b|\band (?:then )?[a-z]{2,}ed\b|$)",
    re.IGNORECASE,
)
"""A frame in which an act is threatened (also with where or how the threat was made between the verb and its 'to':
'threatened in a video to attack foreign firms', 'vowed on Thursday to crush the bandits', and with the act as its
object: 'an email threatened a bomb attack'; and the noun with its
infinitive: 'threats by armed groups to attack communities'), a deployment or a mission extended by months (a
decision on troops already there: 'extended the army's deployment in the favelas by six months'), feared, called
off, denied, only called for ('defying
their call to boycott the school year'), planned or foretold, or did not
happen ('threatened to attack the South', 'the report that troops had massacred villagers was fabricated', 'accusations
of a massacre were baseless', 'could leave towns exposed to attacks', 'denied reports that a bomb had exploded', 'it has
nothing to do with any attack', 'caused by a gas cylinder, not an attack', 'gave the bandits a 24-hour ultimatum to
surrender arms', 'the protests would continue until the law is repealed', 'called off a planned march', 'a candle
march planned for Sunday was called off', 'no one had been arrested', 'a curfew to prevent looting',
'there have been no attacks since', 'called on supporters to join the march', 'asked both sides for a truce', 'said they
will rally on Friday', 'any march on parliament would be unlawful', 'accused Kyiv of planning a bomb attack'), only a
risk, a possibility, a warning or something ruled out ('the risk of renewed clashes', 'warned its citizens of a high
risk of kidnapping', 'advised against travel because of the threat of kidnapping', 'warned Athens against sending troops
to the islands', 'air strikes were ruled out', 'a possible offensive', 'has the capacity to carry out attacks'), an
agreement that failed ('failed to agree on a ceasefire'), a scare or a warning ('a bomb scare closed the road', 'a naval
mission to protect shipping from attacks', 'as air raid sirens sounded'), or only acted out in a drill ('a drill
simulated an attack on the metro', 'the exercise tested the ability of the services to neutralise a hostile force':
what an exercise tests or rehearses is acted out), told only in a condition or as what a hypothetical act would do
('if the talks fail', 'should fighting reach the capital', 'a drone strike on the dam could flood towns'), only
demanded ('a resolution
demanding that Russia withdraw its troops', 'the bombardment of civilians must stop'), banned ('a bill that makes it
easier to ban protests', 'a directive barring protests in the city centre', 'a decree that restricted
demonstrations', and a blanket ban of all gatherings of one or two kinds: 'banned all rallies and processions',
'prohibited all processions and dharnas'), only a power granted ('an emergency
that gives the police powers to arrest without warrant', 'a protocol that lets the police clear blocked roads': the
law allows an act, no one is held or moved), a demonstration named by its plan after the noun ('refused to
register the rally planned by the students for Friday', 'the strike against the levy that had been called for
Monday'; a protest told beside it stays: 'crowds rallied ahead of the strikes that had been called for Friday'), or a
protest made in words ('protested that the vote was rigged', 'are protesting against reports that'), up to the end of
its clause, or up to a verb of the past joined by 'and' ('defied the decree that banned demonstrations and marched
to the palace': the march is done): what it holds happened to no one. ACLED codes a demonstration when people
gather, not when they are called, and a threat or a plan is no act. So is an attack or an offensive still being planned
or prepared ('officials believe the group is planning attacks on Western targets': the progressive tells it is not
done), a deployment or a strike only considered ('the government is considering sending troops') or approved by a
parliament or a cabinet ('parliament approves deployment of police officers to Haiti'), and an act in claims
rejected or dismissed ('the rebels rejected claims that they had killed civilians', 'rejected Indian allegations
that it sponsored the attack'), as in claims denied. (A plan to
attack is left out: 'planning to attack' often tells of an act foiled or carried out in the same sentence; so is a
demand made 'under threat of an attack', by which an armed group coerces someone, itself a move of the group.)
So is the disposal of arms that help is asked for ('asked the UN for help in destroying old explosives stored in
its depots', 'sought funds to clear mines': the destruction is still to be done). So is what a warning or an alert
is issued for ('issued an early warning for 12 districts where armed groups are
recruiting children', 'raised a red alert for the coast'): a warning names a risk to guard against, not an act of a
day. So is an act only feared or named as a possibility ('analysts fear that fighting could resume', 'an attack on the
capital is a real possibility', 'in case the fighting spreads'), or one people are urged to do ('supporters were
urged to stay home as a sign of protest'). A security threat or alert given as the cause of a measure ('schools were
closed because of security threats') frames nothing: the measure is done, the threat is its reason. Nor does a
modal that only guesses who someone is ('insurgents who might be Boko Haram or ISWAP fighters drove off cattle'): the
guess is of a name, the act beside it is done.
So does a plan or a plot to act ('a plan by militants to attack polling stations had been uncovered', 'the group
plans to strike hotels'), and violence told only as what could or will happen ('attacks could happen at any time'): a
plan or a possibility is no act of a day. So is an arrest that a reward is offered for ('information leading to the
arrest of a gang leader'), and one a state or a body only asks for ('asked India to withdraw its troops').
A future passive holds all the participles joined to it ('will be arrested and handed over to the police' is one
act to come, not a handover told).
"""

DESCRIBING_CLAUSE = re.compile(rf"{RELATIVE_CLAUSE.pattern}|,? that (?:had |has |have )?[^,;:]*"
                               r"|\baccus\w* (?:[\w'-]+ ){0,3}?of [^,;:]*", re.IGNORECASE)
"""A relative clause or an accusation's content: it describes or imputes an act, it does not report one."""

PROTEST_IN_WORDS = re.compile(
    r"\b(?:a|an) (?:formal |strong |stern |solemn |official |diplomatic |angry )?protest (?:from|to|with) (?:the )?"
    r"(?-i:[A-Z])[\w.-]*"
    r"|\bnotes? of protest\b"
    r"|\b(?:lodged|lodges|lodge|lodging|delivered|delivering|filed|filing|issued|registered|registering) (?:a |an )?"
    r"(?:formal |strong |stern |solemn "
    r"|official |vigorous |diplomatic )*protests?\b"
    r"|\b(?:ambassadors?|envoys?|ministers?|presidents?|prime ministers?|delegat(?:es|ions?)|diplomats?|lawmakers|MPs"
    r"|senators?|deputies|legislators|judges?|governors?|mayors?|governments?)"
    r" (?:(?!(?:protest|demonstrat|march|rall|sit-in|riot))[\w'-]+ ){0,12}?in protest\b"
    r"|\b(?:maintain\w*|keep(?:s|ing)?|kept|mount(?:s|ed|ing)?|step(?:s|ped|ping)? up|intensif\w*|heighten\w*)"
    r" (?:a |the )?(?:(?:strict|close|tight|constant|round-the-clock|24-hour|extra|special|heightened|strong) )*vigil\b"
    r"|\b(?:stag(?:e|es|ed|ing)|held|hold(?:s|ing)?) (?:a )?walk-?outs? (?:from|of|in) (?:the )?(?:[\w-]+ )?(?:assembly"
    r"|house|parliament|senate|council|chamber|session|sitting|meeting|talks|hearing|debate)\b"
    r"|\b(?:flag|route)[- ]march(?:es|ed)?\b"
    r"|\b(?:shares?|stocks?|equities|bonds?|prices?|markets?|indices|index|sensex|nifty|futures|oil|gold|crude"
    r"|the (?:[\w-]+ )?"
    r"(?:rupee|dollar|euro|pound|yen|yuan|naira|shilling|rand|peso|cedi|kwacha|currency))(?: (?:[\w'-]+ ){0,4}?)?"
    r" ?(?:rall(?:y|ies|ied|ying)|march(?:es|ed|ing)) (?:higher|ahead|on|to|against|past|back|above|after|for"
    r"|from|in)\b"
    r"|\bwalk(?:s|ed|ing)? out (?:of|from) (?:the )?(?:[\w-]+ )?(?:assembly|house|parliament|senate|council|chamber"
    r"|session|sitting|meeting|talks|hearing|debate)\b"
    r"|\b(?:(?:firepower|weapons?|live-fire|flying|product|equipment) )?demonstrations? (?:of|for) (?:its |their |the "
    r"|his |her |new |visiting )?(?:[\w-]+ )?(?:firepower|capabilit(?:y|ies)|equipment|skills|techniques|products?"
    r"|prototypes?|weapons?|vehicles?|aircraft|drones?|dignitaries|guests|visitors|delegates|delegations?|buyers"
    r"|investors|journalists|the press|officials|ministers?)\b",
    re.IGNORECASE,
)
"""A protest one state or body sends another ('prompting a protest from Tokyo', 'a note of protest', 'lodged a strong
protest after the missile launch'), or the gesture an office-holder makes 'in protest' ('the ambassador tore up the
charter in protest at the vote', 'the minister resigned in protest'), members who walk out of a chamber or a meeting
('opposition members staged a walkout from the assembly'): words on paper or an act of office, not people gathered.
So is a vigil kept as watchfulness ('police were told to maintain strict vigil along the border'), and a flag march or
a route march, in which police or troops walk through a town to show their presence, and a price, a share or a currency
that rallies or marches higher ('the rupee rallied against the dollar'), not a gathering.
Nor is the demonstration of a weapon or a skill ('showcased its firepower at a demonstration for visiting
dignitaries')."""

PROTEST_IN_PRINCIPLE = re.compile(
    r"\brights? (?:of (?:[\w'-]+ ){1,4}?)?to (?:peaceful(?:ly)? |free(?:ly)? )?(?:protest|demonstrat\w*|assembl\w*"
    r"|march|strike|gather|picket)(?: (?:peaceful(?:ly)?|freely))?"
    r"|\bfreedom (?:of|to) (?:peaceful )?(?:assembly|protest|demonstrat\w*|association)"
    r"|\bprotest movements? (?:(?:in|of|against) (?:[\w'-]+ ){1,3}?)?(?:has|have|had|is|are|was|were|remains?"
    r"|remained|lost|gained|grew|split|faded)\b"
    r"|\bintentions? (?:[\w'-]+ )?to (?:march|protest|demonstrate|rally|picket|(?:hold|stage|organi[sz]e)"
    r" (?:a |an |the )?(?:[\w'-]+ )?(?:march|protest|rally|demonstration|sit-in|vigil))\b"
    r"|\b(?:protocols?|rules?|guidelines?|laws?|bills?|regulations?|procedures?|codes?) (?:for|on|governing|regulating)"
    r" (?:the )?(?:(?:policing|handling|management|regulation|conduct) (?:of )?)?(?:public |street )?(?:protests"
    r"|demonstrations|rallies|marches|gatherings|assemblies|pickets)\b",
    re.IGNORECASE,
)
"""A protest named only as a right ('upheld the right of tenants to protest on public land', 'respected the right to
peaceful protest', 'freedom of assembly'), as the matter of a rule ('a protocol for policing demonstrations', 'the
guidelines on public gatherings') or as an intention notified ('told the council of their intention to march to the
ministry'), or a protest movement told as a body by a verb of being or having ('the protest movement has lost
momentum', 'the protest movement in Serbia remains divided'; not one that people join, which may tell them
gathered): a right is held, a rule written, an intention told and a movement named whether or not anyone gathers;
ACLED codes a demonstration on the day people gather, so the sentence must tell the gathering outside these words."""


FOOD_SENSE = re.compile(
    r"\b(?:shelled|unshelled|in-shell) (?:[\w-]+ ){0,2}?(?:pistachios|nuts|peanuts|almonds|walnuts|cashews|pecans"
    r"|hazelnuts|eggs|shrimps?|prawns|peas|beans|seeds|crabs?|oysters|mussels)\b",
    re.IGNORECASE,
)
"""'Shelled' of food: nuts, eggs and shrimp with their shells removed, not a place hit by artillery."""


CONTEST_OF_WORDS = re.compile(
    r"\b(?:battles?|fights?|races?|contests?|wars?|duels?|showdowns?) for (?:the |a )?(?:[\w'-]+ ){0,3}?"
    r"(?:city hall|mayoralty|presidency|governorship|premiership|votes|seats?|nomination|party leadership)\b"
    r"|\b(?:televised|TV|television|presidential|mayoral|live|election|electoral) debates?\b"
    r"|\battack(?:ed|s|ing)? (?:[\w'-]+ ){1,4}?(?:over|for|on) (?:his|her|their|its|the) (?:[\w-]+ ){0,2}?"
    r"(?:record|remarks?|comments?|words|handling|polic(?:y|ies)|stance|views?|decisions?|statements?|performance"
    r"|failures?|plans?|proposals?|budget|campaign|manifesto)\b",
    re.IGNORECASE,
)
"""The words of an election race and of a war of words: a battle for city hall or for votes, a televised debate, a
candidate who 'attacked his rival over his record' (to attack someone over his record or remarks is to criticise
him). Shots fired and rivals attacked there are words; the sentence tells an act only if it names harm done
(`HARM_IN_THE_STREET`)."""

HARM_IN_THE_STREET = re.compile(
    r"\b(?:killed|killing|dead|deaths?|died|wounded|injur\w*|casualties|hurt|gunfire|gunmen|bullets?|stones"
    r"|machetes|tear ?gas|arrested|police|troops|soldiers|supporters|militants?|beaten|stabbed)\b",
    re.IGNORECASE,
)
"""Words of harm done to people or of those who do it in the street: with one, an election sentence may tell real
violence (left to the other rules)."""


STATED_AIM = re.compile(
    r"\bto (?:strengthen|boost|bolster|support|step up|intensify|help|aid|back|sustain|reinforce) (?:its |their |the "
    r"|his |her |a |an )?(?:[\w-]+ )?(?:fight|war|campaign|battle|struggle|operations?|efforts?) (?:against|on)"
    r"\b[^,;:]*",
    re.IGNORECASE,
)
"""A fight named as the aim of a purchase or of aid ('received six aircraft to strengthen its fight against
insurgents'): the means is the news, and no act of the fight is told."""


def _literal_acts(text: str) -> str:
    """`text` without its figures of speech, fire set or shots fired by accident, violence named only as a
    reason or as the lasting condition of a place (`CHRONIC_VIOLENCE`) and acts that did not happen: what is left tells
    the acts the sentence itself reports.
    A fight named only as the aim of a purchase (`STATED_AIM`) is left out too."""
    text = STATED_AIM.sub(" ", CHRONIC_VIOLENCE.sub(" ", text))
    return FIRE_BY_ACCIDENT.sub(" ", _without_figures(VIOLENCE_AS_REASON.sub(" ", UNREAL_FRAME.sub(" ", text))))


def _main_clause(text: str) -> str:
    """`text` without the clauses that describe or impute a past act: relative clauses ('the crackdown in
    which 50 were killed', 'the airliner, which killed all on board') and what someone is accused of
    ('generals it accuses of ordering the killing of protesters')."""
    return DESCRIBING_CLAUSE.sub(" ", REMEMBERED_CLAUSE.sub(" ", text))


WEEKDAY_OR_DATE = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}(?:st|nd|rd|th)? (?:January"
                   r"|February|March|April|May|June|July|August|September|October|November|December)"
                   r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                   r" \d{1,2})\b")
"""A day named as a weekday or a day of a month."""

CONDEMNED_ACT_TOLD = re.compile(
    r"\b(?:condemn|denounc|deplor)\w* (?:[\w'-]+ ){0,4}?(?:attacks?|bombings?|ambush|assault|raids?|killings?"
    r"|massacres?|shelling)\b[^.;]*?\b(?:on|of) (?:the )?(?:night of |early hours of )?" + WEEKDAY_OR_DATE
    + r"[^.;]*?\b(?:in|during) which\b[^.;]*?\b(?:killed|died|dead|lost their lives|wounded|injured)\b",
    re.IGNORECASE)
"""A condemnation that tells the act it condemns: the act dated to its day in the same sentence and its toll told in a
relative clause ('condemns the cowardly attack perpetrated on Tuesday 30 September against a patrol near Tera, in which
ten of our soldiers lost their lives'). Governments' and armies' communiqués often tell an attack only in the words that
condemn it; the dated act with its dead is news of the act itself, which ACLED codes (the condemnation adds no event of
its own). A condemnation of an act with no day or no toll ('condemned the attacks on aid workers') stays a reason."""


def condemned_act_told(text: str) -> bool:
    """Whether a condemnation tells the condemned act itself, dated and with its toll (`CONDEMNED_ACT_TOLD`)."""
    return bool(CONDEMNED_ACT_TOLD.search(text))


def violence_only_as_reason(text: str) -> bool:
    """Whether a sentence names violence only as the reason for a move or a blame, or as what is condemned,
    and tells no act outside that phrase ('The expulsions came in response to the alleged poisoning of a
    defector'). A relative clause that describes the victim tells no act of its own ('over the killing of an exile who
was shot in a park'). ACLED codes the poisoning on its own day, never the expulsions."""
    if not VIOLENCE_AS_REASON.search(text) or condemned_act_told(text):
        return False
    rest = VIOLENCE_AS_REASON.sub(" ", RELATIVE_CLAUSE.sub(" ", text))
    return not DONE_NOW.search(rest) and not DEMONSTRATION.search(rest)


QUIET_DURING = re.compile(
    r"\bno (?:untoward |major |violent |unpleasant |serious )?incidents? (?:was |were |has been |have been |had been )?"
    r"reported (?:during|in|from) (?:the |a |an )?(?:[\w'-]+ ){0,2}?(?:bandhs?|hartals?|shutdowns?|strikes?|protests?"
    r"|march(?:es)?|rall(?:y|ies)|demonstrations?|processions?)\b",
    re.IGNORECASE,
)
"""Police or officials saying that nothing happened during a demonstration ('no untoward incident was reported during
the bandh'): a statement about the occasion, not the report of the demonstration itself, which is coded from the words
that tell it was held."""


PLANNED_DEMONSTRATION = re.compile(
    r"\b(?:(?:planned|proposed|upcoming|forthcoming|announced|intended) (?:[\w-]+ )?"
    r"|(?:plan(?:s|ning)?|organi[sz](?:e|es|ing)|prepar(?:e|es|ing) for|call(?:s|ed|ing)? for) (?:a |an |the "
    r"|their |its "
    r"|more |further |new )(?:[\w-]+ ){0,2}?|(?:planning|organi[sz]ing) )"
    r"(?:march(?:es)?|protests?|rall(?:y|ies)|demonstrations?|strikes?|walk-?outs?|sit-ins?|vigils?|bandhs?|hartals?"
    r"|shutdowns?)\b"
    r"|\b(?:announc(?:ed|es|ing)|declar(?:ed|es|ing)|vot(?:ed|es|ing) for) (?:a |an |the |their |its |more |further "
    r"|new )(?:[\w-]+ ){0,2}?(?:march(?:es)?|protests?|rall(?:y|ies)|demonstrations?|strikes?|sit-ins?|vigils?"
    r"|shutdowns?|bandhs?|hartals?|blockades?|boycotts?|walk-?outs?|stoppages?)\b"
    r"|\bvot(?:ed|es|ing) to (?:go on |stage |hold |launch |begin |start |call )?(?:an? )?(?:indefinite |nationwide "
    r"|general )?(?:strikes?|protests?|march(?:es)?|walk-?outs?|demonstrations?)\b"
    r"|\b(?:permission|permits?|requests?|applications?|approval|notice|clearance|authori[sz]ation) (?:[\w'-]+ ){0,4}?"
    r"(?:to|for) (?:(?:hold|stage|organi[sz]e|go ahead with) )?(?:a |an |the |their "
    r"|its )?(?:[\w'-]+ ){0,2}?(?:march(?:es)?|protests?"
    r"|rall(?:y|ies)|demonstrations?|sit-ins?|vigils?)\b"
    r"|\b(?:march(?:es)?|protests?|rall(?:y|ies)|demonstrations?|gatherings?|sit-ins?|vigils?) (?:[\w'-]+ ){0,4}?"
    r"(?:would|will|shall|could|can|may) not be (?:allowed|authori[sz]ed|permitted|tolerated|sanctioned)\b"
    r"|\bcall(?:s|ed|ing)? (?:a |an )(?:[\w-]+ ){0,3}?(?:march(?:es)?|protests?|rall(?:y|ies)|demonstrations?|strikes?"
    r"|sit-ins?|shutdowns?|bandhs?|hartals?)(?: [\w'-]+){0,4}? (?:(?:for|on|from) (?:next|tomorrow|the coming)"
    r"|from (?:the "
    r"\d{1,2}(?:st|nd|rd|th)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
    r"|\b(?:allow|permit|authori[sz])\w* (?:the |a |an |their |its )?(?:[\w'-]+ ){0,2}?(?:march(?:es)?|protests?"
    r"|rall(?:y|ies)|demonstrations?|sit-ins?|vigils?) to (?:go ahead|proceed|take place|be held)\b"
    r"|\b(?:march(?:es)?|protests?|rall(?:y|ies)|demonstrations?|strikes?|walk-?outs?|sit-ins?|vigils?)"
    r" (?:(?:to|in|on|at|against|by) (?:[\w'-]+ ){1,3}?)?(?:planned|scheduled|called|set) for\b"
    r"|\b(?:prepar(?:e|es|ing)|ready(?:ing)?|readies|get(?:s|ting)? ready|(?:made|make|makes|making) (?:[\w'-]+ ){0,2}?"
    r"(?:arrangements|preparations)) (?:[\w'-]+ ){0,5}?for (?:a |an |the |their "
    r"|its )?(?:[\w'-]+ ){0,2}?(?:march(?:es)?|protests?|rall(?:y|ies)|demonstrations?|strikes?|sit-ins?|vigils?"
    r"|bandhs?|hartals?|shutdowns?)\b"
    r"|\b(?:postpon|cancel|call(?:s|ed|ing)? off|defer|delay|shelv|suspend)\w* (?:a |an |the |its |their |his |her "
    r"|this |next )?(?:[\w'-]+ ){0,3}?(?:march(?:es)?|protests?|rall(?:y|ies)|demonstrations?|strikes?|walk-?outs?"
    r"|sit-ins?|vigils?)\b"
    r"|\bexpect(?:s|ed|ing)? (?:[\w'-]+ ){0,3}?to (?:attend|join|take part|turn out)\b"
    r"|\b(?<!had )(?<!have )(?<!has )expect(?:s|ing)? (?:[\w,'-]+ ){0,6}?(?:at|for) (?:the |a |an |this |next "
    r"|[\w-]+['\u2019]s )(?:[\w-]+ ){0,2}?(?:march(?:es)?|protests?|rall(?:y|ies)|demonstrations?|sit-ins?|vigils?)\b",
    re.IGNORECASE,
)
"""A demonstration still to come ('the planned protests against hunger', 'are planning a march on the capital next
Friday', 'organising a rally for Sunday', 'called for a nationwide general strike on the 26th'), one announced or
declared ('the opposition announced a nationwide protest for next Friday'), or voted for ('teachers voted to go on
strike from Monday'): the vote or the announcement is made before anyone gathers or stops work. So is a permit asked,
granted or refused to hold one ('applied to the police for permission to hold a rally on June 3', 'refused permission to
the rally', 'refused permission for the 4 June vigil'), and so is one declared not to be allowed ('demonstrations in the
centre will not be authorised'). So is one called for a day ahead ('called a national strike and march for next
Tuesday', 'called a three-day strike from the 9th'), one a court or an authority allows to go ahead ('allowed the
nurses' march to go ahead'), one put off, suspended or called off ('postponed its tractor protest to next month',
'called off a planned walkout'), one planned for a day ahead ('a walkout planned for Friday', 'a march to Delhi
scheduled for the end of February'), one people prepare for ('are preparing to travel to La Paz for a protest',
'readying tractors for a march'), one whose organisers expect a crowd at it in the present tense ('organisers expect
50,000 people at Saturday's march'; 'had expected' compares a turnout that came), and one whose turnout is still
expected ('organisers of the march said they expected thousands to attend')."""


def planned_demonstration_only(text: str) -> bool:
    """Whether a sentence names a demonstration still to come and tells no act done ('organisers of
    the planned protests insisted they would go ahead'): ACLED codes a demonstration on the day people
    gather, while 'police dispersed the planned march' tells an act and stays."""
    return bool(PLANNED_DEMONSTRATION.search(text)) and not DONE_NOW.search(text)


VIOLENCE_NAMED = (r"(?:[\w'-]+ ){0,3}?(?:repression|assassinations?|killings?|murders?|massacres?|bombings?"
                  r"|bombardments?|attacks?|kidnappings?|abductions?|disappearances?|torture|violence|terrorism"
                  r"|shelling|shootings?|aggression|hostilities|fighting|war|arrests|executions?|reprisals?"
                  r"|persecution|harassment"
                  r"|(?:using|planting|laying) (?:[\w-]+ ){0,2}?(?:mines|landmines|bombs|explosives|booby traps)"
                  r"|bombing|killing|attacking|kidnapping|shooting|shelling|torturing|murdering|massacring)\b")

DEMANDED_HALT = re.compile(
    rf"(?:^\s*(?:[\"'(]\s*)?|[;:]\s*|\b(?:to|must|should|immediately)\s+"
    rf"|\bdemand(?:s|ed|ing)? that (?:[\w'-]+ ){{1,3}}?)"
    rf"(?:stop|cease|end|halt|put an end to|renounce|abandon|refrain from|desist from) (?:the |all |any |its |their "
    rf"|further |more )?{VIOLENCE_NAMED}[^;.]*?(?=\b(?:after|when|while|but|because|as|since|said|says)\b"
    r"|,\s*(?:and|killing|wounding|injuring|leaving|destroying)\b|[;.]|$)",
    re.IGNORECASE,
)
"""An act only demanded to stop: an imperative at the head of a sentence or of a list item ('Stop the bombing of
villages; end the arrests of unionists'), an infinitive after a demand or an appeal ('urged the army to cease the
killings'), or one after 'must'/'should' ('the militia must end its attacks'). The verb in its base form asks for
the violence to end; it does not tell an act done on a day. (Past forms, 'stopped' or 'ended', are left alone: 'police
stopped the march' tells an act.)"""

CLAUSE_END = r"[^;.]*?(?=\b(?:after|when|while|as|amid|following|but)\b|[;.]|$)"
"""The rest of a clause up to the next clause of time or cause ('... after criticism from rights groups')."""

LAW_STEP = re.compile(
    r"\b(?:pass(?:ed|es)|approv(?:ed|es)|adopt(?:ed|s)|clear(?:ed|s)|tabl(?:ed|es)|debat(?:ed|es|ing)"
    r"|withdr(?:ew|awn|aws)|introduc(?:ed|es)|enact(?:ed|s)|repeal(?:ed|s)|signed into law|amend(?:ed|s)|draft(?:ed|s)"
    r"|scrap(?:ped|s)"
    r"|shelv(?:ed|es)|vot(?:ed|es|ing) (?:on|for|against|through|down))"
    r" (?:[\w'-]+ ){0,5}?(?:bills?|laws?|acts?|amendments?|legislation|decrees?|ordinances?|codes?)\b"
    + CLAUSE_END
    + r"|\bvot(?:ed|es|ing) to (?:lower|raise|ban|extend|lift|abolish|legali[sz]e|criminali[sz]e|allow|tighten|relax"
    r"|reduce|increase|make|end|create|impose|approve|repeal|reinstate|restore|set up)\b" + CLAUSE_END,
    re.IGNORECASE,
)
"""A step in making a law ('cleared amendments to the arms law that raise the penalty for illegal weapons', 'withdrew
a counter-terrorism bill', 'voted to lower the age of criminal responsibility for murder'), with what the law is
about: the violence or weapons it names are its matter, not acts, and ACLED codes no legislation."""

DOCUMENT_ON = re.compile(
    r"\b(?:(?:reports?|stud(?:y|ies)|surveys?|findings|dossiers?|white papers?|debates?|hearings?|seminars?"
    r"|conferences?|workshops?|lectures?|petitions?|testimony|inquests?) (?:on|into|about)"
    r"|to (?:look into|investigate|probe|examine|review|study|establish the (?:causes|facts) of))"
    rf" (?:the |a |an |its |their |this |last )?(?:{VIOLENCE_NAMED}|(?:[\w'-]+ ){{0,3}}?(?:protests?|riots?|unrest"
    r"|demonstrations?)\b)[^,;:.]*?(?=\b(?:that|which|who|whose)\b|[,;:.]|$)",
    re.IGNORECASE,
)
"""A document, a debate or a meeting about violence or protests ('presented a report on the prison massacres', a
hearing on the killings) and an inquiry's purpose ('set up a commission to look into the causes of the violence
during the protests', 'the inquest into the mall attack heard evidence'): the violence is the matter of words told on
the day they are given, not an act of that day. A relative clause after it is left to be read ('a report on the
attack that killed five on Monday' may be the only telling of that attack)."""


def law_making_only(text: str) -> bool:
    """Whether a sentence tells a step in making a law (`LAW_STEP`) and, with that step and what the law is about set
    aside, no event and no act done (`DONE_NOW`) is left: a bill that raises the penalty for murder or is withdrawn
    after criticism is politics, which ACLED does not code; a law passed as police fire on protesters keeps the
    firing."""
    return bool(LAW_STEP.search(text)) and _no_act_left(LAW_STEP.sub(" ", text))


def document_on_violence_only(text: str) -> bool:
    """Whether a sentence names violence or protests only as the matter of a document, a debate or an inquiry
    (`DOCUMENT_ON`) and tells no act of its own once that matter is set aside: its day is the report's day."""
    return bool(DOCUMENT_ON.search(text)) and _no_act_left(DOCUMENT_ON.sub(" ", text))


TRADE_OF_A_GROUP = re.compile(
    r"\b(?:kidnapp?ing|abduction|extortion|robbery|car-?theft|smuggling|trafficking|drug|murder|assassination|hit)"
    r" (?:rings?|gangs?|bands?|networks?|cells?|syndicates?|squads?)\b",
    re.IGNORECASE,
)
"""A group named by its trade: in 'a kidnapping ring' or 'an extortion gang' the noun of violence modifies the name of
a group and tells no act of its own ('a judge freed members of a kidnapping ring')."""

CHARACTERISING_CLAUSE = re.compile(
    r"(?<!\bin )(?<!\bof )(?<!\bon )(?<!\bat )\b(?:who|which) "
    r"(?:(?:often|still|always|constantly|generally|usually|continually|systematically) )?"
    r"(?:kill|kills|attack|attacks|assassinate|assassinates|murder|murders|kidnap|kidnaps|bomb|bombs|massacre"
    r"|massacres|torture|tortures|terrori[sz]e|terrori[sz]es|persecute|persecutes|maim|maims)\b"
    r"[^,;:]*?(?=\band (?:who|which|that)\b|[,;:]|$)",
    re.IGNORECASE,
)
"""A relative clause in the simple present that says what a group or a thing does as a rule ('the militia, which
murders its opponents', 'gangs who kidnap travellers', 'the mines, which maim children'): the simple present of an
action verb in a relative clause describes a habit or a nature, not an act done on a day (news tells acts in the past
or present perfect: 'which killed', 'who have attacked'). 'That' is left out: it is as often a determiner ('that
attack') or a conjunction ('said that bombs went off')."""

ABSTRACT_TARGET = re.compile(
    r"\b(?:attack(?:s|ed|ing)?|assault(?:s|ed)?|aggression|offensive|war) (?:[\w'-]+ ){0,2}?(?:on|against|upon)"
    r" (?:the |our |their |its |a |an )?(?:[\w'-]+ ){0,2}?(?:freedoms?|liberty|democracy|democratic process|sovereignty"
    r"|dignity|rights|constitution|values|honou?r|reputation|unity|nation|homeland|fatherland|peace process"
    r"|rule of law|institutions|free press|press freedom|expression|independence of|morale|will of the people"
    r"|free speech|truth|science|reason|common sense|decency|judicial independence|the judiciary|the poor)\b"
    r"(?=\s*(?:[,.;:!?\"')]|$|\b(?:of|and|in|by|that|which|is|was|has|will|must|as|from|for|to)\b))",
    re.IGNORECASE,
)
"""An attack whose object is an idea, a right or a whole nation ('a new attack on our democracy', 'attacks on the
freedom of the press', 'this aggression against the nation'): a figure of speech for what a speaker condemns; a
physical attack has a place, a building, a person or a force for its object. The idea must end its noun phrase: in
'an attack on the Unity party offices' the word names a party."""

NO_MORE_VIOLENCE = re.compile(
    r"\b(?:there (?:will|would) (?:not|never) be (?:any )?(?:more |further )?"
    r"|there (?:will|would) be no (?:more |further )?"
    r"|(?:will|would|shall) (?:not|never) (?:again )?(?:resort to|use|carry out|commit|tolerate)"
    r"|(?:has|have|had) (?:not|never) (?:resorted to|used|carried out|committed))"
    r"[^;.]*?(?=\b(?:after|when|while|but|because|since|said|says)\b|,\s*and\b|[;.]|$)",
    re.IGNORECASE,
)
"""Violence denied for the future or the past ('there would be no further raids on farms', 'the movement will
never resort to terror', 'we have never carried out attacks on civilians'): a negated clause tells that an act does
not or will not happen, which is no event."""

CHRONIC_VIOLENCE = re.compile(
    r"\b(?:(?:long |for years |for decades |still |chronically |repeatedly )?(?:plagued|wracked|racked|torn|beset"
    r"|scarred|troubled|blighted|destabili[sz]ed|riven|gripped|dogged) by (?:years of |decades of |persistent |chronic "
    r"|recurrent "
    r"|frequent |ongoing |long-running )?"
    r"|(?:years|decades|months|a decade|a generation|half a century) of (?:[\w-]+ ){0,2}?)"
    r"(?:[\w-]+ ){0,2}?(?:violence|conflicts?|wars?|fighting|insurgenc(?:y|ies)|unrest|attacks|raids|banditry|militias?"
    r"|armed groups|rebels|rebellions?|insecurity|terrorism|air ?strikes|bombing|shelling|repression)"
    r"(?: and (?:[\w-]+ ){0,2}?(?:violence|conflicts?|wars?|fighting|insurgenc(?:y|ies)|unrest|attacks|raids|banditry"
    r"|air ?strikes|bombing|shelling|repression))?(?: (?:from|by|of|between) [^,;:.]*)?(?:,? (?:that|which) [^,;:.]*)?",
    re.IGNORECASE,
)
"""Violence told as the lasting condition of a place or a time ('a region long plagued by violence from armed groups',
'after years of conflict and air strikes', 'a decade of civil war that destroyed its hospitals'): it describes the
setting of the news, as a habit does (`HABIT`), and reports no act on a day; ACLED codes each attack on its own day."""

PURPOSE_CLAUSE = re.compile(
    r"\b(?:in order to|so as to|with a view to|to (?:reduce|curb|combat|counter|tackle|fight) (?:the )?(?:number of"
    r"|wave of|rise in|spate of|threat of|scourge of))\b[^,;:]*",
    re.IGNORECASE,
)
"""A purpose clause ('troops were moved in order to begin the shelling of the hills', 'patrols were stepped up to
reduce the number of robberies'): the act it names is the aim of another, not yet done or done in general; the act
of the main clause, if any, is still read."""

NAME_A_SPEAKER_GIVES = re.compile(
    r"\b(?:what|which|that) (?:[\w'-]+ ){0,3}?(?:called|calls?|described as|describes? as|termed|terms?|dubbed|dubs?"
    r"|branded|brands?|labell?ed|denounced as|condemned as)"
    r" [\"\u201c\u2018](?:an? |the )?(?:[\w-]+ ){0,2}?(?:massacres?|bloodbath|carnage|slaughter|genocide|war|ambush"
    r"|attacks?|assault|executions?|terrorism|terror|aggression|crimes?|murders?|pogrom|coup|invasion)\b"
    r"[^\"\u201d\u2019]{0,20}"
    r"[\"\u201d\u2019]"
    r"|\b(?:called|calls?|described|describes?|termed|dubbed|branded|labell?ed) (?:it|(?:the|this|that) (?:[\w-]+ )?"
    r"(?:attacks?|killings?|bombings?|blasts?|shootings?|raids?|strikes?|ambush|massacre|violence|incident))(?: as)?"
    r" [\"\u201c\u2018](?:an? |the )?(?:[\w-]+ ){0,2}?(?:massacres?|bloodbath|carnage|slaughter|genocide|war|ambush"
    r"|attacks?|assault|executions?|terrorism|terror|aggression|crimes?|murders?|pogrom)\b[^\"\u201d\u2019]{0,20}"
    r"[\"\u201d\u2019]",
    re.IGNORECASE,
)
"""A name a speaker gives to something, in the speaker's words in quotes ('a vote that government allies called "a
massacre"', 'condemned what it called "a new massacre"', 'a ruling which they described as "a coup"', 'called the
attack "a heinous crime"'): the word is the speaker's verdict on a thing told elsewhere (named by a definite noun) or on
a thing of words, not an act the sentence reports; an act told beside it stays ('Rebels killed 30 villagers in what the
UN called "a massacre"'), and a name the report gives in its own words ('rammed into the crowd in what police called a
deliberate attack') is left alone: there the name tells the act."""

VICTIMS_DESCRIBED = re.compile(
    r"\bthe (?:[\w-]+ ){0,2}?(?:killed|dead|wounded|injured|slain)(?: in (?:the|that|this) [\w-]+)?"
    r" (?:were|was|are|is|included|include|had been|have been)\b"
    r"(?! (?:[\w-]+ )?(?:killed|shot|wounded|injured|attacked|hacked|stabbed|beheaded|burned|abducted|kidnapped|hit"
    r"|found))",
    re.IGNORECASE,
)
"""Who the victims already told were ('the two officers killed were aged 22 and 24', 'the dead included a child'): a
description of a told toll, no act (how they died, 'the men killed were shot in the head', stays an act)."""

PROTEST_NOUNS = (r"protests?|demonstrations?|riots?|unrest|agitations?|blockades?|strikes|marches|rallies|uprisings"
                 r"|shutdowns?|bandhs?|hartals?")

PROTEST_AS_TOPIC = re.compile(
    r"\b(?:financ|fund|sponsor|bankroll|incit|instigat|orchestrat|foment|engineer)\w* (?:[\w'-]+ ){0,2}?"
    rf"(?:{PROTEST_NOUNS})\b[^,;:]*?(?=[,;:]|\band (?:said|says|added|vowed|warned)\b|$)"
    rf"|\b(?:{PROTEST_NOUNS}) (?:[\w'-]+ ){{0,3}}?(?:were|are|was|is|had been|have been|has been) (?:being )?"
    r"(?:stirred up|incited|instigated|orchestrated|financed|funded|sponsored|fomented|engineered|bankrolled)"
    r" by [^,;:]*"
    rf"|\b(?:{PROTEST_NOUNS}|looting|violence) (?:[\w'-]+ ){{0,3}}?(?:had |have |has |would |could )?cost (?:the )?"
    r"(?:[\w'-]+ ){0,2}?(?:economy|country|state|treasury|exchequer|businesses|traders|industry|sector|millions"
    r"|billions"
    r"|million|billion|crores?|lakhs?)\b[^,;:]*"
    r"|\b(?:prais|thank|commend|congratulat|hail|laud|applaud)\w* (?:[\w'-]+ ){0,6}?(?:for|over) (?:their |its |his "
    r"|her |the )(?:[\w-]+ ){0,3}?(?:conduct|handling|professionalism|restraint|response|work|role|behaviou?r"
    rf"|management|patience) (?:during|of|at|in) (?:the )?(?:[\w-]+ ){{0,3}}?(?:{PROTEST_NOUNS})\b[^,;:]*"
    r"|(?:^|(?<=\bthat )|(?<=\bwhy ))(?:mass |street |peaceful |violent |popular |student |labou?r )?"
    rf"(?:{PROTEST_NOUNS})"
    r" (?:are (?:the|a|an|not|never|part|often|rarely|seldom|usually|always)\b|rarely|seldom|often|usually|always"
    r"|never|sometimes|tend to|can)\b[^,;:]*"
    rf"|\bhistory of (?:[\w-]+ )?(?:{PROTEST_NOUNS}|violence)\b[^,;:]*"
    r"|\b(?:must|should|shall|may) not (?:use|fire|shoot|beat|arrest|detain|disperse|deploy|carry|open fire)\b[^,;:]*",
    re.IGNORECASE,
)
"""Protests as the topic of a statement, not a gathering of a day: an accusation that someone financed or incited
them, in the active or the passive ('accused the opposition of financing violent demonstrations', 'said the protests
were being stirred up by foreign forces'); what they cost ('the blockades had cost the economy 400 million dollars');
praise for how someone behaved during them ('praised the police for their professionalism during the pension
protests'); a generic plural with a predicate noun or an adverb of frequency, at the head of a sentence or of a
'that' clause ('Protests are the lifeblood of democracy', 'found that mass protests rarely lead to change'); their
history ('the history of riots in the city shows'); and what a ruling or an order says must not be done ('ruled that
the police must not use shotguns against demonstrators'): a prohibition names an act to avoid, not one done. Each
speaks of protests or violence told elsewhere, or of protest in general; ACLED codes a demonstration on the day
people gather, and a protest told as done beside the frame ('marched', `DONE_NOW`) keeps the sentence's event."""

ANYONE_WHO = re.compile(r"\b(?:anyone|anybody|whoever)(?: who)? [^,;:]*", re.IGNORECASE)
"""An indefinite pronoun and its clause ('would not negotiate with anyone who destroyed property', 'whoever attacks
the police'): it names no one who acted, only a kind of act a speaker has in mind."""

STATEMENT_FRAMES = (DEMANDED_HALT, TRADE_OF_A_GROUP, CHARACTERISING_CLAUSE, ABSTRACT_TARGET, NO_MORE_VIOLENCE,
                    PURPOSE_CLAUSE, CHRONIC_VIOLENCE, NAME_A_SPEAKER_GIVES, VICTIMS_DESCRIBED, PROTEST_AS_TOPIC,
                    ANYONE_WHO)


def statement_only(text: str) -> bool:
    """Whether every cue of an event in a sentence lies in what a speaker demands, denies or characterises
    (`STATEMENT_FRAMES`): an act only demanded to stop, a group named by its trade, a habit told in the simple
    present, an attack on an idea, violence denied, an act named as a purpose. Speeches and communiqués are full of
    such words and tell no act; a sentence keeps its types when anything outside these frames still reads as an event
    or tells an act done (`DONE_NOW`: 'Stop the killings, said the mayor, after gunmen shot two farmers on Sunday';
    'the militia, which kidnaps traders and which shelled the market on Monday'); a verb of harm in a figure of speech
    (`FIGURATIVE`: 'killing his budget cuts in a vote that allies called "a massacre"') tells no act done."""
    if not any(frame.search(text) for frame in STATEMENT_FRAMES):
        return False
    rest = text
    for frame in STATEMENT_FRAMES:
        rest = frame.sub(" ", rest)
    return _no_act_left(_without_figures(rest))


# --- Non-events in words of war: figures of politics and markets, games, exercises, plans, crime rings -------------
# (task negatives4; tests/test_unseen_non_events3.py)

WAR_ON_WORDS = re.compile(
    r"\b(?:declar|wag|open|launch|fir)\w* (?:an? |the )?(?:[\w-]+ )?(?:war|fire|offensive|broadside|salvo|assault"
    r"|crusade)s? (?:on|against|at) (?:the |a |an |its |their |his |her )?(?:[\w-]+(?:['\u2019]s?)? ){0,2}?"
    r"(?:plans?|proposals?|bills?|laws?|polic(?:y|ies)|reforms?|decisions?|budgets?|motions?|amendments?|rules"
    r"|regulations?|measures?|taxe?s?|levy|hike|rulings?|verdicts?|constitution|nominations?|appointments?|treaty"
    r"|agenda|strateg(?:y|ies)|schemes?|programm?es?|reports?|claims?|remarks|comments|statements?|handling|record"
    r"|manifesto|inflation|corruption|red tape|bureaucracy)\b"
    r"|\b(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|describ(?:es|ed|ing)|term(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?"
    r"|dubb?(?:s|ed|ing)?) (?:it|them|this|that|the(?: [\w-]+){1,2}?) (?:an? |the )?(?:[\w-]+ )?(?:attack|assault"
    r"|onslaught|declaration of war|act of war)s? (?:on|against)\b",
    re.IGNORECASE,
)
"""War declared or fire opened on a thing of words ('declared war on the government's plan', 'opened fire on the
immigration plan', 'fired a broadside at the budget'), or a plan called 'an assault on parliament': a plan, a law or
a report is argued against, not shot at, so the words report no violence (`FIGURATIVE` knows 'attacked the plan')."""

MONEY_UNDER_FIRE = re.compile(
    r"\b(?:currenc(?:y|ies)|rand|pesos?|naira|rupees?|lira|dollar|euro|pound|sterling|yen|yuan|renminbi|shillings?"
    r"|cedi|kwacha|r[ou]bles?|taka|dinars?|riyals?|dirhams?|baht|ringgit|rupiah|kyat|hryvnia|zloty|forint|krona"
    r"|shares|stocks|equities|bonds?|bourses?|stock index|stock exchange|Sensex|Nifty|Dow)\b(?: [\w'-]+){0,3}?"
    r" (?:came|comes|coming|has come|have come|had come|is|are|was|were|been|being|remained|stayed) under"
    r" (?:[\w-]+ )?(?:fire|attack|siege|assault)\b",
    re.IGNORECASE,
)
"""Money or stocks 'under heavy fire' or 'under attack' in the markets ('the rand came under heavy fire as traders
dumped emerging-market currencies'): sellers, not gunmen, press a currency; nothing is shot at."""


WAR_ON_NATURE_AND_MONEY = re.compile(
    r"\b(?:wars?|battles?|fights?|offensives?|campaigns?|crusades?|struggles?) (?:with|against|on) (?:the |a |an )?"
    r"(?:[\w-]+ ){0,2}?(?:fung(?:us|i)|blights?|mildew|locusts?|armyworms?|insects?|rats|rodents|droughts?"
    r"|desertification|erosion|invasive species|climate change|pollution|plastics?|waste|litter|potholes|traffic"
    r"|congestion|black markets?|speculators|hoarders|currency traders|deflation|deficits?|unemployment|recession"
    r"|red tape|bureaucracy|ana?emia|malnutrition|stunting|diabetes|hypertension|dengue|zika|typhoid"
    r"|diarrh(?:o)?ea|rabies|leprosy|hepatitis|mpox|monkeypox|covid(?:-19)?|coronavirus|flu|influenza|plague"
    r"|meningitis|yellow fever|lassa fever|marburg|nipah|chikungunya|sleeping sickness|drug abuse|addiction)\b"
    r"|\b(?:central banks?|banks?|regulators?|IMF|treasury|finance ministry|finance minister|governor)"
    r" (?:[\w'-]+ ){0,2}?fir(?:es|ed|ing) (?:a |an |another |its |their |the )?(?:[\w-]+ )?(?:salvos?|shots?"
    r"|broadsides?|volleys?)\b"
    r"|\b(?:congress|parliament|senate|lawmakers|legislators|MPs|deputies|senators|national assembly)"
    r" (?:[\w'-]+ ){0,2}?(?:launch(?:ed|es|ing)?|mount(?:ed|s|ing)?|open(?:ed|s|ing)?|renew(?:ed|s|ing)?"
    r"|step(?:ped|s)? up) (?:a |an |its |their |the |another )?(?:[\w-]+ )?(?:assault|attack|offensive|onslaught"
    r"|broadside)s? (?:on|against)\b",
    re.IGNORECASE,
)
"""Battles fought against nature, illness or money ('a losing battle against a fungus', 'an offensive against
anaemia', 'its battle with the black market'),
a central bank that 'fired another salvo', and a legislature that 'launched a fresh assault on the president' (a
congress acts by motions and votes): words of war for farming, economics and politics, no violence."""


CAMPAIGN_GUNS = re.compile(
    r"\b(?:part(?:y|ies)|opposition|campaign|candidates?|politicians?|leaders?|senators?|ministers?|governors?"
    r"|spokes(?:man|woman|person)|critics|unions?|allies) (?:[\w'-]+ ){0,2}?(?:unleash|turn|train|level|aim|point"
    r"|bring|brought|wheel)\w* (?:out )?(?:its |their |his |her |the )?(?:heavy |big |rhetorical |political |verbal )?"
    r"(?:artillery|guns|firepower|arsenal|cannons?)\b",
    re.IGNORECASE,
)
"""A party or a politician that 'unleashed its heavy artillery' or 'turned its guns' on a rival (at a rally, in a
speech): the big guns of a campaign are its speakers and its words."""

FIGHT_AGAINST_AN_ACTIVITY = re.compile(
    r"\bfight(?:s|ing)? (?:against )?(?:the )?(?:illegal |illicit |unlicensed |informal |artisanal )"
    r"(?:mining|logging|fishing|trade|miners|loggers|gold panning|sand mining|dumping|construction|connections)\b",
    re.IGNORECASE,
)
"""A fight against an unlawful trade ('soldiers to help police fight illegal mining'): the object is an activity,
not a foe, so 'fight' tells a campaign of enforcement, not a battle."""


MARKET_WAR = re.compile(
    r"\b(?:assault|attack|offensive|onslaught|war|battle|fight|push|charge)s? (?:on|against) (?:[\w'-]+ ){0,4}?with"
    r" (?:cheaper|lower|low|cut-price|discounted|bargain)\b"
    r"|\battacks? (?:by|from) (?:[\w-]+ ){0,2}?(?:speculators|short[- ]sellers|hedge funds|currency traders|investors"
    r"|bears)\b"
    r"|\b(?:battl|fight|fought|compet|scrambl|jostl|vy|vie|wag|war)\w* (?:for|over) (?:control of|dominance (?:of|in)"
    r"|supremacy (?:of|in)|leadership of|a (?:bigger |larger )?share of) (?:the |a |an )?(?:[\w'-]+ ){0,3}?"
    r"(?:markets?|sector|industry|trade|business)\b"
    r"|\b(?:bids?|offers?|takeovers?|motions?|challenges?|proposals?) (?:[\w'-]+ ){0,6}?(?:was|were|has been"
    r"|had been|have been|is|are) (?:beaten|fought|seen) off\b"
    r"|\battacks? on (?:[\w'-]+ ){0,3}?(?:businesses|traders|farmers|workers|consumers|taxpayers|the poor"
    r"|the middle class|pensioners|savers|motorists|households) (?:after|over|with|through|by) (?:the |a |its |their )?"
    r"(?:new |proposed |planned )?(?:[\w-]+ )?(?:tax|taxes|levy|law|bill|budget|tariffs?|fees?|polic(?:y|ies)|rules?"
    r"|ban|hike|increase)\b",
    re.IGNORECASE,
)
"""Words of war for competition and economic policy: an 'all-out assault on discount stores with cheaper bread' (an
attack made with lower prices is a sale), a currency defended against 'a fresh attack by speculators' (sellers press
a currency), firms 'battling for control of the East African market', a takeover bid 'beaten off by its
shareholders' (a vote), and a tax called 'an attack on small businesses after the new sales tax' (a law costs money,
it hurts no one's body). No one is shot at, so the words report no violence."""

CYBER_TARGET = re.compile(
    r"\battacks? on (?:its|their|the|a|an) (?:[\w'-]+ ){0,2}?(?:network|systems?|platforms?|servers?|apps?|websites?"
    r"|data|payment systems?|mobile money)\b"
    r"|\b(?:websites?|web ?pages?|portals?|servers?|online services?|e-?mail (?:accounts?|systems?)|databases?"
    r"|data cent(?:re|er)s?)\b(?: [\w'-]+){0,10}? (?:in|by|during) (?:an? |the )?(?:[\w-]+ )?attacks?\b"
    r"|\b(?:bot|botnet|junk|DDoS) traffic\b",
    re.IGNORECASE,
)
"""Attacks whose target is a network, a system, a platform, a website or data ('repelled a massive attack on its
network', 'websites were flooded with bot traffic in an attack'): attacks on computers, which ACLED does not code
(`FIGURATIVE` knows 'a cyber attack' and 'hackers who attacked'); a network or a website has no body to harm."""


def _more_figures(text: str) -> list[re.Match[str]]:
    """The figures of `WAR_ON_WORDS`, `MONEY_UNDER_FIRE`, `WAR_ON_NATURE_AND_MONEY`, `CAMPAIGN_GUNS`,
    `FIGHT_AGAINST_AN_ACTIVITY`, `MARKET_WAR` and `CYBER_TARGET` in `text`, unless it also tells harm to people's
    bodies or a weapon (`BODILY_HARM`): then the words may tell a real shooting."""
    if BODILY_HARM.search(text):
        return []
    figures = (WAR_ON_WORDS, MONEY_UNDER_FIRE, WAR_ON_NATURE_AND_MONEY, CAMPAIGN_GUNS, FIGHT_AGAINST_AN_ACTIVITY,
               MARKET_WAR, CYBER_TARGET)
    return [match for figure in figures for match in figure.finditer(text)]


RALLIED_BEHIND = re.compile(
    r"\b(?:majority|MPs|lawmakers|legislators|senators|deputies|coalition|allies|partners|backbenchers"
    r"|cabinet|ministers|colleagues|donors|investors|part(?:y|ies)) (?:[\w'-]+ ){0,2}?rall(?:y|ies|ied|ying)"
    r" (?:behind|around|round|to)\b",
    re.IGNORECASE,
)
"""Members of a chamber, a party or a coalition who 'rallied behind' a minister: support given by votes and words,
not people gathered in the street (`PROTEST_IN_WORDS` knows shares that rally)."""


def rallied_behind_only(text: str) -> bool:
    """Whether a sentence's protest lies only in a chamber's or a party's support (`RALLIED_BEHIND`): nothing left
    outside it reads as a protest (slogans chanted outside a court still do)."""
    if not RALLIED_BEHIND.search(text):
        return False
    return not PROTEST_TYPES & {sub_type for sub_type, _ in classify.classify(RALLIED_BEHIND.sub(" ", text))}


ONLINE_ACTION = re.compile(
    r"\b(?:virtual|online|digital|video-call|zoom|twitter|social media|hashtag|e-)[- ]?(?:march(?:es)?|rall(?:y|ies)"
    r"|protests?|demonstrations?|vigils?|sit-ins?|petitions?|campaigns?|storms?)\b"
    r"|\b(?:e-?|online )?petitions?\b(?: [\w'-]+){0,12}? (?:submitted|delivered|sent|handed in|posted|signed) online\b"
    r"|\bpost(?:s|ed|ing)? (?:[\w'-]+ ){0,2}?(?:photos?|pictures?|videos?|selfies)\b[^,;.]*",
    re.IGNORECASE,
)
"""A protest made on the internet: a virtual march or a video-call rally, a petition submitted online, supporters asked
to post photos of themselves with signs at home. ACLED codes demonstrations as people gathered in a public place; no
one gathers online, so what is done there is no demonstration (`online_only`)."""


def online_only(text: str) -> bool:
    """Whether a sentence's protest lies only in what was done online (`ONLINE_ACTION`): nothing left outside it reads
    as a protest (people who organised online and then marched in the streets still do)."""
    if not ONLINE_ACTION.search(text):
        return False
    return not PROTEST_TYPES & {sub_type for sub_type, _ in classify.classify(ONLINE_ACTION.sub(" ", text))}
