"""Actor mentions normalised to ACLED-style names with ACLED inter codes.

Two kinds of actor are recognised. Named organisations come from a data file of names and
aliases (sitrep/data/actors.csv, plus the user's own files: `SITREP_ACTORS`, `os.pathsep`
separated, whose entries override ours alias by alias). Generic actors are built from a role
word and a country: "Iraqi soldiers" -> Military Forces of Iraq, "villagers" in an article about
one country -> Civilians (<country>), "gunmen" -> Unidentified Armed Group (<country>). The country comes from a
demonym or country name in the mention, else from the article's country given by the caller;
when neither is known the name is left without a country ("Military Forces", "Civilians")
rather than guessed. Matchers are compiled once, on first use.
"""

from __future__ import annotations

import csv
import functools
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from sitrep import countries
from sitrep.errors import InputError
from sitrep.schema import ActorMention

COLUMNS = ("name", "inter", "country", "kind", "aliases")
KINDS = frozenset({"group", "state", "media", "party"})
ARMED_INTERS = frozenset({1, 2, 3, 4, 8})
"""ACLED inter codes of armed actors: state forces, rebels, political and communal militias, external forces."""
"""A name may hold "{country}" ("Fulani Ethnic Militia ({country})"): it takes the row's or the article's country."""
"""`media` rows name a group's outlet (Amaq): used to say whose claim it is, never found as an actor."""
"""`party` rows name political parties and their wings: ACLED codes their supporters who riot or march as Rioters or
Protesters with the party as associated actor, so a party's name alone is never found as an actor; it is listed."""
UNFINDABLE_KINDS = frozenset({"media", "party"})

AMBIGUOUS_ACRONYMS = frozenset({"is", "us", "it", "as", "an", "am", "or", "so", "no", "on", "in", "at", "to", "isf",
                                "fact", "mend", "tip", "bras", "saps", "ana", "eta", "pdf", "let", "fama", "jud"})
"""Acronyms that are also English words: in all-caps or all-lower text they are words, not actors."""

SUBJECT_BEFORE = re.compile(r"\b(?:it|this|there|here|what|he|she|situation|everything)\s+$",
                            re.IGNORECASE)
"""A subject just before an acronym that is also a word makes it that word: "what IS happening" is no group."""

COUNTRY_BOUND_ACRONYMS = frozenset({
    "ADF", "RSF", "PDF", "PTI", "SLA", "SLM", "DSS", "MRC", "OPM", "SNA", "STC", "OLA", "TDF", "CTS", "CDG", "CDN",
    "ETA", "EMC", "GSF", "NRF", "AFF", "TRF", "PAF", "BLO", "LFM", "ANC", "EFF", "ODM", "JAD", "MSA", "SAA", "PCC",
    "ANA", "SAF", "TIP", "JEM", "BIR", "NDF", "IRA", "UDA", "UFF", "PNU", "FACT", "KDF", "NDS", "ESN", "AGC", "EGC",
    "SAC", "MKO", "KLO", "ISOC", "FAB", "NAS", "DCI", "ZRA", "UPC", "FC", "CTD",
})
"""Acronyms with other common senses (ADF: Australian Defence Force; RSF: Reporters Without Borders; PDF: a file;
PTI: an Indian news agency; IRA: a US law; UDA: a Kenyan party; FAB: Brazil's air force as well as Benin's
army; NAS: a US academy and a kind of storage; DCI: a British police rank; ZRA: Zambia's revenue authority;
UPC: the Central African rebels as well as the Uganda People's Congress, a party; FC: Pakistan's Frontier Corps as
well as a football club; CTD: Pakistan's police counter-terrorism departments and other countries' units): they
name one of our groups only when the article's country is unknown or is that group's country; several groups sharing
one (ADF, SNA) are told apart by that country, and without one the entry stated last wins."""

COUNTRY_BOUND_DESCRIPTIONS = frozenset({
    "separatists", "separatist fighters", "separatist militants", "separatist rebels", "separatist militia",
    "separatist militias", "separatist militiamen", "secessionists", "secessionist fighters",
    "communist rebels", "communist guerrillas", "communist guerrilla", "communist insurgents", "communist fighters",
})
"""Descriptions that name one group only inside its own country, where the press uses them for it: "separatist
fighters" in Cameroon are the Anglophone separatists ACLED codes as Ambazonian Separatists, "communist rebels" in the
Philippines are the NPA. Elsewhere (Ukraine's separatists, India's communist rebels) they name some other group, so
they are read only when the article's country is the group's."""

MEMBER_NOUNS = (
    r"fighters|militants|terrorists|members|militiamen|cells?|elements|gunmen|insurgents|jihadists|rebels"
    r"|forces|troops|soldiers|operatives|loyalists|supporters|guerrillas|combatants|jets|warplanes|units"
    r"|gunman|hitmen|hitman|enforcers|sicarios|jawans|jawan"
)
"""Words after a group's name that still mean the group ("ISIS terrorists"; a cartel's hired killers and enforcers,
"Gulf Cartel hitmen", are its members as its gunmen are; "CRPF jawans": jawan, the word of Indian and Pakistani
English for a private soldier or constable, is a member of the force it follows)."""

_MEMBER_SUFFIX = re.compile(rf"\s+(?:{MEMBER_NOUNS})$", re.IGNORECASE)

AIRCRAFT_TYPES = ("F-16", "F-15", "F-35", "F-18", "Su-24", "Su-25", "Su-30", "Su-34", "Su-35", "MiG-21", "MiG-29",
                  "Mi-8", "Mi-17", "Mi-24", "Mi-35", "MQ-9", "JF-17", "Tucano", "Bayraktar", "Reaper", "Apache")
"""Military aircraft named by their type, as reports name them ("Iraqi F-16s", "Russian Su-25s", "Turkish Bayraktars"):
only states fly them, so a nationality before one names that state's armed forces like any other weapon."""
ARMS_BY_NATION = (
    "drone|drones|attack drone|attack drones|kamikaze drones|suicide drones|combat drones"
    "|missile|missiles|rocket|rockets|ballistic missiles|cruise missiles|strike|strikes|air strike"
    "|air strikes|airstrike|airstrikes|air raid|air raids|drone strike|drone strikes|missile strike|missile strikes"
    "|shelling|bombardment|bombardments|shells|tanks|warships|gunboats|frigates|submarines|bombers"
    "|warship|gunboat|frigate|naval vessel|naval vessels|naval ship|naval ships|navy ship|navy ships|navy vessel"
    "|navy vessels|naval patrol boat|naval patrol boats"
    "|artillery|artillery fire|mortar fire|mortars|mortar shells|mortar rounds|tank fire|sniper fire|"
    + "|".join(f"{kind}|{kind}s" for kind in AIRCRAFT_TYPES)
)
"""A nationality on a weapon or a strike names that state's armed forces, as ACLED codes it: "Turkish drones",
"Russian missiles", "Israeli strikes", "Iranian attack drones", "Azerbaijani mortar fire", "a Kenyan naval vessel" (a
navy's ship acts for its crew) -> Military Forces of Turkey / Russia / Israel / Azerbaijan / Kenya (ACLED names the
state force that used the weapon, and makes it external, inter 8, where it acts outside its own country: see
`acled_inter`).
Only with a nationality in front: a bare "drone strike" names no one. "Iranian-made drones" is not matched, since
the maker of a weapon is not the one who fired it."""

SEAFARERS = "crew|crews|crewmen|crew members|crewmembers|sailor|sailors|seafarers|seamen"
"""A ship's crew: civilians of the nation the text gives them ("nine Filipino sailors"), else of several or unknown
nations, which ACLED writes "Civilians (International)" (a merchant crew is rarely of one country, and the coast
where a ship is attacked says nothing of who sails it)."""

INTERNATIONAL = "International"

NATIONAL_COMMUNITY = ("community|communities|diaspora|national|nationals|citizen|citizens|expatriates|expatriate"
                      "|migrants|immigrants|migrant|immigrant")
"""A nation's people living abroad, named by their nationality ("the Somali community in Nairobi", "Ethiopian
nationals", "the Malian diaspora", one of them: "a Burkina Faso national", "a Haitian migrant"): civilians of that
nation, and protesters or rioters of that nation when they demonstrate, as ACLED names a crowd by its members'
nationality. Only with a nationality in front: a bare "community" or "migrants" says nothing of who they are."""

TRADED_GOODS = ("cattle", "livestock", "gold", "fish", "grain", "cloth", "fuel", "timber", "cocoa", "cotton", "cashew",
                "motorcycle", "car", "textile", "spare parts", "cross-border", "itinerant")
TRADE_PEOPLE = "|".join(
    [f"{goods} {role}" for goods in TRADED_GOODS for role in ("trader", "traders", "dealer", "dealers", "merchant",
                                                                "merchants")]
    + ["trader", "dealer", "merchant", "transporter", "transporters"])
"""People named by their nationality and their trade ("a Burkinabe gold trader", "two Nigerian cattle dealers",
"a Togolese transporter"): traders who cross borders are civilians of the nation the text gives them, as ACLED names
civilians by their own nationality, not by the country they were harmed in. Only with a nationality in front: a bare
"gold trader" says nothing of where they come from (the plural "traders" alone is a civilians' role already)."""

HUNTERS = "hunters|traditional hunters|local hunters|hunter groups|hunters' groups|hunters' associations"
"""Hunters acting as a group: across West Africa, traditional hunters' brotherhoods (dozo, donso, ode) arm themselves
to guard their villages, and ACLED's codebook counts such local self-defence groups among communal militias (inter 4):
"Unidentified Communal Militia (<country>)", "<place> Communal Militia" when the text gives their village (roles'
`_named_community`). A single hunter is a person, not a group, and is not matched; nor are people named by what they
seek ("truffle hunters", `_seekers_of`)."""

ARMED_COMMUNITY = "armed herders|armed herdsmen|armed pastoralists|armed cattle keepers|armed cattle herders"
"""A herding community's people told as armed ("armed herders", "armed pastoralists"): ACLED's codebook counts
the people of a community who arm themselves and act as a group among communal militias (inter 4), a side that can
fight a battle, not civilians: "Unidentified Communal Militia (<country>)" when no community is named (a named one,
"armed Fulani herders", is that people's militia). Armed villagers and youths are left to the roles' crowd rules,
which name a village's militia after its village ("Ketou Communal Militia") and a political crowd's youths rioters."""

COMMUNITY_PEOPLE = re.compile(
    r"villagers|residents|locals|inhabitants|herders|herdsmen|pastoralists|farmers|cattle keepers|youths?"
    r"|community members",
    re.IGNORECASE)
FOUGHT_BACK_AFTER = re.compile(
    r"\s+(?:(?:then|later|quickly|also|eventually)\s+)?(?:fought\s+back|fought\s+off|repulsed|repelled|fended\s+off"
    r"|returned\s+fire|fired\s+back|hit\s+back|resisted\s+and|chased\s+(?:away|off)\s+the\s+(?:raiders|attackers"
    r"|assailants|bandits|rustlers))\b", re.IGNORECASE)
"""A community's people who fight back against those who raid them ("villagers fought back", "herders repulsed the
raiders", "residents returned fire"): the brief of ACLED's codebook on battles, a community that fights back with its
own armed men makes the raid an armed clash, their side a communal militia (`ARMED_COMMUNITY`), not civilians."""

OFFICERS = "officer|officers"
"""'Officers' with no force named before them ("officers shot two suspects", "armed officers stormed the house"):
in news English the bare word is the police's (soldiers are "soldiers" or "army officers"), so ACLED's Police
Forces of the country; not where a noun before it names another service ("army officers", "election officers",
"wildlife officers", `_seekers_of`) or where the sentence names the military (`_soldiers_named`: "two soldiers and
an officer" are the army's)."""

BELIEVERS = ("muslims|moslems|christians|catholics|protestants|pentecostals|evangelicals|sunnis|shias|shiites|shi'ites"
             "|sufis|tijanis|hindus|buddhists|sikhs|jews|ahmadis|animists")
"""The faithful of a religion or branch of one named as a group ("Sunnis and Sufis clashed", "Hindus were attacked"):
a faith is an identity, not an organisation, so ACLED's codebook treats them as civilians, and when they fight unarmed
or burn each other's places of worship as rioters (the mob rules in `sitrep.roles`); an armed, organised religious
militia has its own name."""

JUNTA_ARMS = "|".join(f"{ruler} {arm}" for ruler in ("junta", "regime", "government") for arm in (
    "forces", "troops", "soldiers", "soldier", "column", "convoy", "artillery", "aircraft", "jets", "jet", "warplanes",
    "warplane", "fighter jets", "fighter jet", "helicopters", "helicopter", "gunships", "gunship", "drones", "drone",
    "army", "base", "bases", "camp", "camps", "outpost", "outposts", "position", "positions", "checkpoint",
    "checkpoints", "barracks"))
"""A junta's, regime's or government's troops and weapons ("junta artillery", "regime helicopters"): ACLED codes the
strikes and operations of a state's armed forces, a military government's included, as its Military Forces, never
as the government itself; the state is the article's (a junta rules in Myanmar, Mali, Burkina Faso, Niger ...). So are
its army and the bases, camps, outposts, positions and checkpoints its troops hold ("a junta base", "a government
army position"): whoever attacks one attacks those troops."""

JUNTA = "junta|military junta|ruling junta"
"""A junta named alone as a side ("the junta shelled two villages", "the junta's air strike"): a junta is a military
government, whose violent deeds are done by its armed forces, so ACLED codes them as the country's Military Forces
(as it does a junta's named arms, `JUNTA_ARMS`); the state is the article's."""

JUNTA_GOVERNS_BEFORE = re.compile(
    r"\b(?:against|with|to|from|for|under|toward|towards|opposing|denouncing|condemning|critici[sz]ing|"
    r"urged|urging|asked|called on|told)\s+(?:the\s+)?$", re.IGNORECASE)
"""What stands before a junta named as the object of a preposition or a verb of speech ("a march against the junta",
"talks with the junta", "loyal to the junta", "called on the junta"): there it names the regime, a government, not
the forces that act in an event, so it is no side (a junta is its army only where it acts: subject or possessive)."""

GUARDS = re.compile(r"(?<![\w-])(?:guards|guard|warders|wardens)(?![\w-])", re.IGNORECASE)
"""Bare 'guards' in a sentence that tells of a prison or jail ("inmates rioted; guards fired live rounds"): a prison's
guards are its warders, whom ACLED names as a unit of the police forces ("Police Forces of <country> Prison Guards").
Read only there (PRISON_TOLD), and not where a word before them names another corps (GUARDED_BY_OTHERS)."""

PRISON_TOLD = re.compile(r"\b(?:prisons?|jails?|penitentiar(?:y|ies)|custodial\s+cent(?:re|er)s?|correctional"
                         r"|prison\s+farm|detention\s+cent(?:re|er)s?|cell\s+blocks?)\b", re.IGNORECASE)

GUARDED_BY_OTHERS = re.compile(r"\b(?:presidential|republican|revolutionary|national|coast|home|royal|palace|border"
                               r"|frontier|security|armed|private|forest|park|camp|village|night|body|red|honou?r)\s+$",
                               re.IGNORECASE)

INMATES = "inmates|inmate|prisoners|detainees|convicts"
"""A prison's inmates: unarmed people held by the state, civilians in ACLED's coding when they are harmed (as
'Civilians (<country>)' with 'Prisoners' as associated actor), and rioters when they riot, like any crowd. Read only in
a sentence that tells of a prison (PRISON_TOLD), and not where they are set free (SET_FREE_BEFORE)."""

OF_WAR_AFTER = re.compile(r"\s+of\s+war\b", re.IGNORECASE)
"""'Prisoners of war' are captured fighters, not a prison's inmates."""

SET_FREE_BEFORE = re.compile(r"\b(?:free|freed|freeing|frees|release|released|releasing|releases|exchange|exchanged"
                             r"|exchanging|swap|swapped|swapping|pardon|pardoned|pardoning|transfer|transferred"
                             r"|transferring)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
"""Inmates told as set free, exchanged or moved ("the bandits freed prisoners from the civil prison", "agreed to
exchange some 300 prisoners"): the object of a release, not people harmed or rioting, so no side of the event."""

MILITARY_POLICE = ("military police|military policeman|military policemen|military police officer"
                   "|military police officers|military police unit|military police units")
"""'Military police' as one name: in Brazil the Polícia Militar are the states' uniformed police, which ACLED codes as
the country's Police Forces (MILITARY_POLICE_ARE_POLICE); elsewhere military police are a corps of the army, its
Military Forces. Read as one name, never as the military and the police side by side."""

MILITARY_POLICE_ARE_POLICE = frozenset({"Brazil"})
"""Countries whose 'military police' are a police force, not the army's corps: Brazil's Polícia Militar."""

POLICE_BY_NAME = ("carabineros|carabinero|carabinieri|carabiniere|guardia civil|civil guard|civil guards"
                  "|civil guardsmen")
"""Police forces with a military status called by their own names: Chile's Carabineros, Italy's Carabinieri and
Spain's Guardia Civil (Civil Guard) police the country, and ACLED codes them as its Police Forces, not its
military."""

GENERIC: tuple[tuple[str, str, int, bool, bool], ...] = (
    ("Unidentified Armed Group", "gunmen|gunman|armed men|armed man|armed group|armed groups|armed individuals|armed assailants"
     "|armed bandits|assailants|attackers|bandits|kidnappers|abductors|militants|insurgents|jihadists|extremists"
     "|terrorists|hitmen|hitman|death squad|death squads|rebels|guerrillas|guerrilla column|armed elements"
     "|unknown persons|unknown individuals|unidentified individuals|unknown individual|unidentified individual"
    "|unidentified group|unidentified groups|unknown group|unknown men|unidentified men|unidentified persons"
    "|armed people|armed persons|unidentified actors|unknown actors|unknown attackers|unidentified attackers"
    "|unknown assailants|unidentified assailants|unknown armed individual|unknown armed individuals"
    "|unidentified armed individual|unidentified armed individuals|raiders|cattle raiders|rustlers|cattle rustlers"
    "|gang|gangs|armed gang|armed gangs|criminal gang|criminal gangs|gang members|gangsters|thugs"
    "|dahalo|dahalos", 3, True, False),
    ("Unidentified Communal Militia", HUNTERS, 4, True, False),
    ("Unidentified Communal Militia", ARMED_COMMUNITY, 4, True, False),
    ("Police Forces of", MILITARY_POLICE, 1, True, False),
    ("Police Forces of", POLICE_BY_NAME, 1, True, False),
    ("Police Forces of", "riot police|police|police officer|police officers|police force|police forces|police patrol"
     "|police patrols|police unit|police units|policeman|policemen|policewoman|policewomen"
     "|traffic police|riot squad|riot officers|anti-riot police|anti-riot officers|anti-riot squad|anti-riot unit"
     "|anti-riot units"
     "|customs officers|customs officer|customs officials|customs agents"
     "|customs post|customs posts|customs checkpoint|customs checkpoints|customs vehicle|customs vehicles"
     "|customs office|customs offices|custom office|custom post|custom posts",
     1, True, False),
    ("Police Forces of {country} Prison Guards", "prison guards|prison guard|prison wardens|prison warden|prison warders"
     "|prison warder|warders|prison officers|prison officer|prison staff", 1, True, False),
    ("Police Forces of {country} Gendarmerie", "gendarme|gendarmes|gendarmerie", 1, True, False),
    ("Military Forces of {country} Forest Guards", "forest guard soldiers|forest guards soldiers|soldiers of the forest guard"
     "|soldiers of the forest guards|military forest guards|forest guard troops", 1, True, False),
    ("Police Forces of {country} Forest Guards", "forest guards|forest guard|park rangers|ranger unit|rangers"
     "|wildlife rangers|eco-guards|ecoguards|forest rangers|ranger|park ranger|wildlife ranger|forest ranger",
     1, True, False),
    ("Police Forces of", "border police|border policemen|border police officers", 1, True, True),
    ("Military Forces of", "border guards|border guard|border guardsmen|frontier guards|frontier troops",
     1, True, True),
    ("Military Forces of", "armed forces|army|military|troops|soldier|soldiers|serviceman|servicemen|service members"
     "|jawan|jawans|federal forces|federal troops|federal soldiers|federal army|federal government forces"
     "|federal government troops"
     "|security forces|security personnel|security officers|security officer|security agents|special forces|commandos|paratroopers|air force|navy|marines|national guard"
     "|government forces|pro-government forces|regime forces|government troops|regime troops"
     "|government positions|regime positions", 1, True, False),
    ("Military Forces of", JUNTA_ARMS, 1, True, False),
    ("Military Forces of", JUNTA, 1, True, False),
    ("Military Forces of", "forces|warplanes|fighter jets|jets|aircraft|helicopters|gunships|artillery|positions"
     "|trenches|dugouts|bunkers|outposts|outpost"
     "|assault groups|assault group|assault units|assault detachments|stormtroopers|storm troopers"
     "|saboteurs|sabotage group|sabotage groups|sabotage and reconnaissance group|sabotage and reconnaissance groups"
     "|base|bases|air base|air bases|airbase|airbases|military base|military bases|naval base|naval bases"
     "|navy base|navy bases|barracks|defences|defenses|defensive lines|defensive positions|lines"
     "|assault|assaults|offensive|counteroffensive|counter-offensive|incursion|incursions"
     "|air defences|air defenses|air defence|air defense|air defence systems|air defense systems", 1, True, True),
    ("Military Forces of", ARMS_BY_NATION, 1, True, True),
    ("Police Forces of", OFFICERS, 1, True, False),
    ("Government of", "government|authorities|regime|presidency", 1, True, False),
    ("Protesters", "protesters|protestors|demonstrators|marchers|strikers|activists", 6, False, False),
    ("Rioters", "rioters|mob|mobs|angry mob|looters", 5, False, False),
    ("Civilians", "civilian|civilians|villager|villagers|farmer|farmers|herder|herders|herdsman|herdsmen|pastoralist"
     "|pastoralists|cattle keepers|cultivators|resident"
     "|residents|worshippers|pilgrims|student|students|pupils|teacher|teachers|journalist|journalists|reporter"
     "|reporters|children|child|boy|boys|girl|girls|woman|women|man|men|passengers|traders|merchants|shepherds"
     "|fishermen|miners|worker|workers|aid worker|aid workers|health worker|health workers|humanitarian workers"
     "|doctor|doctors|nurse|nurses|displaced people|displaced persons|idps|refugees|family|families|inhabitants"
     "|locals|motorists|driver|drivers|peasants|priest|priests|imam|imams|cleric|clerics|pastor|pastors|preacher"
     "|preachers|nun|nuns|missionary|missionaries|businessman|businessmen|businesswoman|businesswomen|schoolteacher"
     "|schoolteachers|shopkeeper|shopkeepers|hawkers|vendors|tourists|tourist"
     "|fans|spectators|revellers|community members", 7, False, False),
    ("Civilians", INMATES, 7, False, False),
    ("Civilians", SEAFARERS, 7, False, False),
    ("Civilians", BELIEVERS, 7, False, False),
    ("Civilians", NATIONAL_COMMUNITY, 7, False, True),
    ("Civilians", TRADE_PEOPLE, 7, False, True),
)
"""(name template, role phrases, inter, organization, needs a demonym). Earlier rows win a tie. Madagascar's
"dahalo" (Malagasy for bandits: armed cattle thieves, the word its press writes in English) are bandits too.
Fans, spectators, revellers and community members are people gathered for a match, a show, a feast or their
neighbourhood: civilians, who riot as a crowd when they fight (ACLED's mob violence), never an armed group (mourners
are left out: at the funeral of people killed, they would be read as the victims).
Raiders and rustlers who take cattle by force and criminal gangs are armed groups: ACLED codes them as an
unidentified armed group unless the text names their community (then its ethnic militia, `_ethnic_mentions`).
A unit of state forces follows its force's name, as ACLED writes it ("Police Forces of <country> Forest Guards",
"Police Forces of <country> Prison Guards": ACLED names a country's prison service as a unit of its police forces);
forest guards the text calls soldiers or troops serve in a military corps, "Military Forces of <country> Forest Guards".
A customs post, office, checkpoint or vehicle stands for the customs service, a police force in ACLED's coding: a
crowd that burns one acts against that force. A side's "positions" (front-line posts and trenches), and its trenches,
dugouts, bunkers and outposts named as such, are its armed forces': "attacked Russian positions", "shelled government
positions", "dropped grenades on Ukrainian trenches" strike the military, not a people. Border guards a nationality
names ("Tajik border guards") are that state's frontier troops, its Military Forces in ACLED's coding unless named as
a unit the knowledge base knows ("BSF"); border police so named are its police. Bare "border guards" stay unread:
in a story of one country they are most often a unit the text names by its own name elsewhere ("BGB").
A "jawan" (Indian and Pakistani English: a private soldier) is a soldier. "Federal forces" and "federal troops" are
the forces of a federation's central government (Ethiopia's, Somalia's, Nigeria's, Mexico's): its military, told
apart from a region's own forces ("Jubaland forces", Amhara's "regional special forces") by the word federal.
A side's assault groups and saboteurs (the small units a military sends to storm a position or to sabotage behind
the front, "Russian assault groups", "Ukrainian sabotage groups") are its armed forces, as are its bases, air bases
and barracks struck by the other side, and its lines and defences: ACLED codes a military's units and installations
as the state's Military Forces, and a strike on "a Russian air base" targets Russia's military, not civilians. So is
a nation's assault, offensive or incursion ("repelled a Russian assault", "the Ukrainian incursion into Kursk"): the
noun names the operation of the nation's armed forces, who are the side fought."""

UNKNOWN_PEOPLE = re.compile(r"(?:\w+\s+)?(?:unidentified|unknown|masked|hooded)\s+(?:\w+\s+)?(?:men|man|individuals?|persons?|people)\b",
                            re.IGNORECASE)
"""'unidentified men', 'masked men': people who act unseen are an unidentified armed group, not civilians."""

IN_UNIFORM_AFTER = re.compile(r"\s+(?:dressed\s+|clad\s+)?in\s+(?:\w+\s+)?(?:military|police|army|security|combat)\s+"
                              r"(?:uniforms?|fatigues|attire)\b", re.IGNORECASE)
"""'men in military uniform', 'gunmen dressed in police uniforms': people the text knows only by a uniform they wore
are an armed group it does not identify (ACLED's Unidentified Armed Group), neither civilians nor the force whose
uniform it is."""

FORMER_BEFORE = re.compile(r"(?<!\bof the )\b(?:(?:former|retired|one-time|erstwhile|demobili[sz]ed|discharged)\s+"
                           r"|ex-\s*)(?:[\w'’-]+\s+)?$", re.IGNORECASE)
"""'two former soldiers', 'a retired police officer', 'demobilised Congolese fighters', 'ex-soldiers': people who once
served in a force or an armed group and serve no longer are no part of it; ACLED's codebook codes them as civilians
when they are attacked, and a force's deed is never theirs (so 'former police officers were shot dead by Taliban
fighters' tells no battle, `classify.past_role`). Not a group's old name: 'dissidents of the former FARC guerrilla'
are armed."""

DISBANDED_BEFORE = re.compile(r"\b(?:disbanded|dissolved|defunct)\s+$", re.IGNORECASE)
"""A force told as disbanded ("former soldiers of the disbanded army"): a force that no longer exists is no side of
an event; its former members are named by their own words (FORMER_BEFORE)."""

INSTITUTION_AFTER = re.compile(r"\s+(?:laws?|courts?|tribunals?|justice|prosecutors?|budget|spending|service\s+law)\b",
                               re.IGNORECASE)
"""A force's name used as a modifier of a law, a court or a budget ("a revision of the military law", "tried by a
military court"): the word names an institution, not troops acting in the event."""

FORCE_ISSUE_AFTER = re.compile(
    r"[-\s]+(?:issue\s+|style\s+|type\s+)?(?:grenades?|rifles?|guns?|pistols?|weapons?|firearms?|ammunition|rounds"
    r"|bullets|explosives?|uniforms?|fatigues|boots|helmets?)\b", re.IGNORECASE)
"""A force's name used as a modifier of a weapon or a piece of kit ("two army grenades", "police-issue pistols", "men
in military fatigues"): English names the kind of item by the force that issues it, so the force is no side of the
event (the items may be stolen, sold or copied)."""

QUALIFIERS = (
    "unidentified|unknown|suspected|masked|heavily|several|two|three|four|five|some|many|young|elderly"
    "|innocent|at least|dozens of|local|state|national"
    "|marine|naval|maritime|border|paramilitary|elite|auxiliary|regular|mobile|tactical|anti-terror|assault"
    "|anti-terrorism|counter-terrorism"
    "|truck|lorry|taxi|bus|street|market|construction|farm|factory|domestic|migrant|oil|gold"
)
"""Words that may stand between a demonym and a role ("Nigerian unidentified gunmen", "several Malian soldiers"), the
branch or unit of a force among them ("Ugandan marine police", "Sudanese border troops"): the demonym still names
the force's state. So may the trade or workplace of civilians ("two Cameroonian truck drivers", "Zimbabwean street
traders", "Chinese gold miners"): the demonym names their nation, and ACLED names civilians by their own nationality,
not by the country they were harmed in."""

ROLE_TAIL = r"(?:\s+(?:warplanes|jets|aircraft|helicopters|reinforcements|troops|units|personnel|forces|soldiers|patrols?))?"
"""A military word after a role still belongs to the mention ("army warplanes", "military reinforcements")."""

_NON_WORD = re.compile(r"[^\w'’.-]+")

COREFERRING = re.compile(
    r"(?:the\s+|some\s+|several\s+|many\s+|dozens\s+of\s+|at\s+least\s+|\d+\s+|(?:two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+)*"
    r"(?:militants|insurgents|jihadists|extremists|terrorists|rebels|guerrillas|attackers|assailants)",
    re.IGNORECASE,
)
"""Bare words that usually point back to a group the sentence names ("IS sent militants"), also when counted
("troops killed four militants of the banned TTP", "Al Shabaab fighters ... three militants were killed"): no new
actor then."""

ACTED_ON_GAP = re.compile(
    r"\s+(?:\w+\s+)?(?:ambush\w*|attack\w*|kill\w*|repel\w*|repuls\w*|fought|fights?|fighting|clash\w*\s+with"
    r"|engag\w*|pursu\w*|rout\w*|captur\w*|arrest\w*|neutrali[sz]\w*|chas\w*|dislodg\w*|overr?an|battl\w*"
    r"|struck|hit|shell\w*|bomb\w*|target\w*|raid\w*|execut\w*|abduct\w*|kidnap\w*)\s+(?:(?:the|some|several|a"
    r"|group\s+of|band\s+of|suspected|alleged|armed|\d+|two|three|four|five|six|seven|eight|nine|ten"
    r"|dozens\s+of)\s+)*$",
    re.IGNORECASE)
"""The words between a named group and a bare word for fighters that make the fighters the object of the group's deed
("VDP volunteers ambushed jihadists", "Amotekun operatives repelled suspected militants"): a group does not ambush or
fight itself, so the bare word names another, unnamed side, not the group the sentence named (COREFERRING)."""


def _acted_on_by_named(mentions: list[ActorMention], text: str, start: int, offset: int) -> bool:
    """Whether the bare word at `start` is the object of a deed whose subject is the named group right before it
    (ACTED_ON_GAP)."""
    before = [m for m in mentions if m.end - offset <= start and m.inter in (2, 3, 4)]
    return bool(before) and ACTED_ON_GAP.fullmatch(text, before[-1].end - offset, start) is not None


THE_COUNTRIES = frozenset({"United States", "United Kingdom", "Democratic Republic of Congo", "Republic of Congo",
                           "Central African Republic", "Philippines", "Netherlands", "Gambia", "Bahamas",
                           "United Arab Emirates", "Comoros", "Maldives", "Seychelles"})
"""Countries ACLED names with "the" in "Military Forces of the ..."."""


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One row of an actor file: an ACLED-style name, its inter code and its aliases."""

    name: str
    inter: int
    country: str | None
    kind: str
    aliases: tuple[str, ...]


def load_actor_file(path: str | Path) -> list[ActorEntry]:
    """Read an actor file (CSV with columns name, inter, country, kind, aliases; aliases |-separated)."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return _entries(csv.DictReader(handle), str(path))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise InputError(f"cannot read actor file {path}: {error}", hint="check SITREP_ACTORS") from error


def _entries(rows: Iterable[dict[str, str]], where: str) -> list[ActorEntry]:
    entries = []
    for number, row in enumerate(rows, start=2):
        missing = [c for c in COLUMNS if c not in row or row[c] is None]
        if missing:
            raise InputError(f"{where} line {number}: missing column(s) {', '.join(missing)}",
                             hint=f"actor files need the columns {', '.join(COLUMNS)}")
        inter = row["inter"].strip()
        if not inter.isdigit() or not 1 <= int(inter) <= 8:
            raise InputError(f"{where} line {number}: inter must be 1-8, got {inter!r}",
                             hint="use ACLED's actor codes (1 state forces ... 8 external/other forces)")
        kind = row["kind"].strip() or "group"
        if kind not in KINDS:
            raise InputError(f"{where} line {number}: kind must be one of {sorted(KINDS)}, got {kind!r}")
        aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
        name = row["name"].strip()
        if not all(c.isprintable() for c in name + "".join(aliases) + (row["country"] or "")):
            raise InputError(f"{where} line {number}: control characters in a name or alias",
                             hint="names and aliases are plain text, one line each")
        entries.append(ActorEntry(name, int(inter), row["country"].strip() or None, kind, aliases or (name,)))
    return entries


def _is_exact(alias: str) -> bool:
    """Acronyms (ISIS, PKK, M23, and mixed ones like LeT, FAMa) match only as written in ordinary text, so "let"
    and "fama" stay words; names match in any case."""
    if len(alias) > 7:
        return False
    return not any(c.islower() for c in alias) or (" " not in alias and sum(c.isupper() for c in alias) >= 2)


def _trie_pattern(words: Iterable[str]) -> str:
    """One regex alternation for many literals, factored as a trie so matching stays fast."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word.casefold():
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        branches = []
        optional = "" in node
        for char in sorted(k for k in node if k):
            branches.append(("\\s+" if char == " " else re.escape(char)) + render(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if optional else body

    return render(trie)


_OF_THE = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")


def _of_named_group(text: str, end: int, mentions: list[ActorMention], offset: int,
                    inters: tuple[int, ...] = (2, 3, 4)) -> ActorMention | None:
    """The named armed group that "of (the)" or "from (the)" puts after a word for armed men: "gunmen of the Sinaloa
    Cartel", "fighters of JNIM", "gunmen from the Cobra Faction" are that group's members (English names a group's
    members by "<noun> of/from <group>" as it does by "<group> gunmen"), so the word names no unidentified group of
    its own: the group's mention takes it in. So are a state's men of a named force or unit, `inters` (1,): "jawans
    of the District Reserve Guard", "soldiers of the Border Security Force" serve in that unit, not in some other
    force the bare word would name."""
    after = _OF_THE.match(text, end)
    return None if after is None else next(
        (m for m in mentions if m.start - offset == after.end() and m.inter in inters), None)


class ActorResolver:
    """Finds and normalises actor mentions with one set of actor entries (ours plus the user's)."""

    def __init__(self, entries: Iterable[ActorEntry]) -> None:
        self.by_alias: dict[str, ActorEntry] = {}
        self.senses: dict[str, list[ActorEntry]] = {}
        self.exact_aliases: set[str] = set()
        spellings: dict[str, list[str]] = {}
        for entry in entries:
            for alias in entry.aliases:
                self.by_alias[_fold(alias)] = entry
                self.senses.setdefault(_fold(alias), []).append(entry)
                spellings.setdefault(_fold(alias), []).append(alias)
                if _is_exact(alias):
                    self.exact_aliases.add(alias)
        # Aliases written only in capitals must match in capitals, unless the whole text is unicase.
        self.acronyms = frozenset(key for key, forms in spellings.items() if all(_is_exact(f) for f in forms))
        findable = [a for a, e in self.by_alias.items() if e.kind not in UNFINDABLE_KINDS]
        self.first_words = frozenset(a.split()[0] for a in findable)
        self.named = re.compile(rf"(?<![\w.-])(?:{_trie_pattern(findable)})(?![\w]|-\w)"
                                rf"(?:\s+(?:{MEMBER_NOUNS})\b)?", re.IGNORECASE)

    @classmethod
    def from_files(cls, paths: Iterable[str | Path], builtin: bool = True) -> "ActorResolver":
        """Our entries (unless builtin=False) overridden by the user's files, in order."""
        entries = list(_builtin_entries()) if builtin else []
        for path in paths:
            entries.extend(load_actor_file(path))
        return cls(entries)

    def find(self, text: str, offset: int = 0, country: str | None = None) -> list[ActorMention]:
        """Every actor mention in `text`: named groups first, then generic roles in what is left."""
        unicase = text == text.lower() or text == text.upper()
        mentions: list[ActorMention] = []
        taken: list[tuple[int, int]] = []
        words = _words(text)
        for match in _matches_at_words(self.named, text, words, self.first_words):
            whole = match.group()
            core = whole if _fold(whole) in self.by_alias else _MEMBER_SUFFIX.sub("", whole)
            entry = self._entry_for(core, unicase, country)
            start, end = match.span()
            if entry is None or (_fold(core) in AMBIGUOUS_ACRONYMS and SUBJECT_BEFORE.search(text, 0, start)):
                continue
            if entry.name.startswith("Unidentified") and _ethnic_name_before(text, start):
                continue
            taken.append((start, end))
            if entry.inter in (2, 3, 4) and entry.kind == "group" \
                    and FORMER_BEFORE.search(text, max(0, start - 40), start):
                mentions.append(_former_members(text, start, end, offset, country))
                continue
            own = _home_of_community(text, start, end) if "{country}" in entry.name and not entry.country else None
            home = entry.country or (own or country if "{country}" in entry.name else None)
            name = _named(entry, own or country)
            if entry.name.startswith("Unidentified Ethnic Militia"):
                name = name.replace("Ethnic Militia", f"{identity_kind(core, home)} Militia")
            mentions.append(ActorMention(offset + start, offset + end, text[start:end], name, entry.inter, True, home))
        for mention in _ethnic_mentions(text, offset, country, taken, unicase) + _clan_mentions(text, offset, country, taken):
            taken.append((mention.start - offset, mention.end - offset))
            mentions.append(mention)
        for mention in _raider_people_mentions(text, offset, country, taken):
            taken.append((mention.start - offset, mention.end - offset))
            mentions.append(mention)
        names_group = any(m.inter in (2, 3, 4) for m in mentions)
        pattern, first_words = _generic_pattern()
        for match in _matches_at_words(pattern, text, words, first_words):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            if names_group and COREFERRING.fullmatch(match.group()) and not _acted_on_by_named(mentions, text, start,
                                                                                                offset):
                continue
            mention = _generic_mention(match, text, offset, country)
            if mention is not None and (mention.name.startswith("Unidentified Armed Group") or mention.inter == 1) \
                    and (group := _of_named_group(text, end, mentions, offset,
                                                  (1,) if mention.inter == 1 else (2, 3, 4))) is not None:
                group.start, group.text = offset + start, text[start:group.end - offset]
                taken.append((start, end))
                continue
            if mention is not None:
                taken.append((start, end))
                mentions.append(mention)
                mentions.extend(_coordinated_nations(match, text, offset, country, taken))
        mentions.extend(_prison_guards(text, offset, country, taken))
        mentions.extend(_states_that_strike(text, offset, taken))
        mentions = [m for m in mentions if not MISTAKEN_FOR_BEFORE.search(text, max(0, m.start - offset - 60), m.start - offset)]
        return _described_as(_kin_of_named(sorted(mentions, key=lambda m: m.start), text, offset), text, offset)

    def normalise(self, name: str, country: str | None = None) -> tuple[str, int] | None:
        """The ACLED-style name and inter code for an actor name or alias (media outlets give their group)."""
        entry = self.by_alias.get(_fold(name))
        if entry is not None:
            return _named(entry, country), entry.inter
        found = self.find(name, 0, country)
        return (found[0].name, found[0].inter) if found else None

    def party(self, alias: str, country: str | None = None) -> tuple[str, str | None] | None:
        """The ACLED-style name and home country of the party an alias names; None when it names no party."""
        entry = self.party_entry(alias, country)
        return None if entry is None else (_named(entry, country), entry.country)

    def party_entry(self, alias: str, country: str | None = None) -> ActorEntry | None:
        """The party entry an alias names, None when it names no party. Parties of several countries share acronyms
        (Kenya's and Malawi's UDF): the article's country's party is taken, else the one stated last."""
        key = _fold(alias)
        entry = next((sense for sense in self.senses.get(key, []) if sense.kind == "party" and sense.country == country),
                     self.by_alias.get(key))
        return entry if entry is not None and entry.kind == "party" else None

    def _entry_for(self, core: str, unicase: bool, country: str | None = None) -> ActorEntry | None:
        key = _fold(core)
        entry = self.by_alias.get(key)
        if entry is not None and key in COUNTRY_BOUND_DESCRIPTIONS and entry.country != country:
            return None
        if entry is not None and entry.country and country and entry.country != country:
            entry = self._shared_abroad(key, entry)
        if entry is None or key not in self.acronyms:
            return entry
        if unicase and key in AMBIGUOUS_ACRONYMS:
            return None
        if not unicase and core not in self.exact_aliases:
            return None
        if core.upper() in COUNTRY_BOUND_ACRONYMS and country:
            return self._sense_in(key, country)
        return entry

    def _shared_abroad(self, key: str, entry: ActorEntry) -> ActorEntry:
        """A name one country's group took from a tradition shared across borders ("Dozo": the hunters' brotherhoods
        of Mali, Burkina Faso and Ivory Coast; Mali's Dan Na Ambassagou grew out of them) names, outside that country,
        the communal militia of the country it acts in: the entry of the same kind that takes the article's country
        ("Dozo Communal Militia ({country})"), when there is one."""
        return next((sense for sense in self.senses[key] if sense.country is None and "{country}" in sense.name
                     and sense.kind == entry.kind), entry)

    def _sense_in(self, key: str, country: str) -> ActorEntry | None:
        """The last-stated entry for a country-bound acronym that belongs to `country` (or to no one country), else
        the armed group or state force of a bordering country: insurgents and armies cross borders (Uganda's ADF fights
        from the Congo, Kenya's KDF in Somalia), so an article from a neighbour names them, never a faraway namesake;
        parties and outlets stay at home ("PTI" in India is a news agency, not Pakistan's party)."""
        for entry in reversed(self.senses[key]):
            if entry.country in (None, country):
                return entry
        near = countries.neighbours(country)
        for entry in reversed(self.senses[key]):
            if entry.country in near and entry.kind not in UNFINDABLE_KINDS:
                return entry
        return None


def _prison_guards(text: str, offset: int, country: str | None, taken: list[tuple[int, int]]) -> list[ActorMention]:
    """Bare guards in a sentence that tells of a prison (GUARDS), where no other mention covers them."""
    if not PRISON_TOLD.search(text):
        return []
    found = []
    for match in GUARDS.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken) \
                or GUARDED_BY_OTHERS.search(text, max(0, start - 20), start):
            continue
        taken.append((start, end))
        found.append(ActorMention(offset + start, offset + end, match.group(),
                                  generic_name("Police Forces of {country} Prison Guards", country), 1, True, country))
    return found


STATE_STRIKES = (r"(?:(?:also|again|then|later|reportedly|allegedly|overnight) )?(?:bombed|shelled|bombarded|pounded"
                 r"|(?:struck|hit|targeted)(?! (?:by|back|out|hard|a deal|an? (?:[\w-]+ )?(?:deal|agreement|accord|note"
                 r"|tone|balance|record|chord|compromise|target))\b)"
                 r"|(?:launched|fired) (?:[\w'-]+ ){0,3}?(?:drones?|missiles?|rockets?|bombs?|shells?|strikes?))\b")
"""The verbs of a strike told with a state's own name as its subject ('Russia hit Odesa with drones', 'Turkey bombed
hideouts', 'Israel struck targets near Damascus'), not a deal struck, a state hit by floods or hitting back at
critics."""


NOT_A_SUBJECT = "".join(rf"(?<!\b{word} )" for word in (
    "of", "from", "in", "to", "by", "with", "against", "into", "across", "near", "at", "neighbouring", "neighboring",
    "northern", "southern", "eastern", "western", "central"))
"""A state's name after a preposition or a regional adjective ('raiders from neighbouring Ethiopia struck') is not
the subject of the verb after it."""


def state_as_subject(group: str = "") -> str:
    """A regex of a country's name or alias standing as a clause's subject, not after a preposition or a regional
    adjective (NOT_A_SUBJECT); `group`, when given, names the capture of the name."""
    name = countries.state_names_pattern()
    return NOT_A_SUBJECT + (f"(?P<{group}>{name})" if group else name)


@functools.cache
def _state_striker_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){state_as_subject('state')} {STATE_STRIKES}")


def _states_that_strike(text: str, offset: int, taken: list[tuple[int, int]]) -> list[ActorMention]:
    """A state named as the doer of a strike (STATE_STRIKES): ACLED names the state force that struck, its Military
    Forces, as it does for a nationality on a weapon (ARMS_BY_NATION), here told by the state's name itself."""
    found = []
    for match in _state_striker_pattern().finditer(text):
        start, end = match.span("state")
        state = countries.country_by_name(match["state"])
        if state is None or any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        found.append(ActorMention(offset + start, offset + end, match["state"],
                                  generic_name("Military Forces of", state.name), 1, True, state.name))
    return found


def _former_members(text: str, start: int, end: int, offset: int, country: str | None) -> ActorMention:
    """Former members of a named armed group ("two former FARC combatants", "an ex-rebel"): people who left a group
    act for it no longer, and ACLED's codebook codes them as civilians when they are harmed (FORMER_BEFORE), as it
    does former soldiers and police."""
    return ActorMention(offset + start, offset + end, text[start:end], generic_name("Civilians", country), 7, False,
                        country)


def _named(entry: ActorEntry, country: str | None) -> str:
    """The entry's name; a "{country}" placeholder takes the entry's or the article's country, or goes."""
    if "{country}" not in entry.name:
        return entry.name
    home = entry.country or country
    if home:
        return entry.name.replace("{country}", home)
    return entry.name.replace(" ({country})", "").replace("{country}", "").strip()


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


@functools.cache
def _builtin_entries() -> tuple[ActorEntry, ...]:
    with resources.files("sitrep").joinpath("data/actors.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(_entries(csv.DictReader(handle), "sitrep/data/actors.csv"))


@functools.cache
def default_resolver() -> ActorResolver:
    """Our actor file plus the files named in SITREP_ACTORS (read once, on first use)."""
    paths = [p for p in os.environ.get("SITREP_ACTORS", "").split(os.pathsep) if p.strip()]
    return ActorResolver.from_files(paths)


def _words(text: str) -> tuple[str, set[str]]:
    """The lower-cased text (same length) and its word forms, for `_matches_at_words`."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text
    words = set(_NON_WORD.split(lowered))
    words.update(v for w in list(words) if not w.isalnum() for v in _word_variants(w))
    return lowered, words


def _matches_at_words(
    pattern: re.Pattern, text: str, words: tuple[str, set[str]], first_words: frozenset[str]
) -> list[re.Match]:
    """Matches of a big alternation, tried only where a word that can start one occurs.

    The words of the text are intersected with the starting words as sets (in C), so a sentence
    with no candidate costs one split; the pattern then runs only at the few candidate positions.
    """
    lowered, forms = words
    hits = forms & first_words
    if not hits:
        return []
    starts = set()
    for word in hits:
        position = lowered.find(word)
        while position >= 0:
            if position == 0 or not _is_word_char(lowered[position - 1]):
                starts.add(position)
            position = lowered.find(word, position + 1)
    found: list[re.Match] = []
    end = 0
    for start in sorted(starts):
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            found.append(match)
            end = match.end()
    return found


def _word_variants(word: str) -> tuple[str, ...]:
    """A token as an alias may start: "U.S.-led" -> "u.s.", "Hezbollah's" -> "hezbollah"."""
    return word.rstrip(".-"), word.split("-")[0], word.removesuffix("'s").removesuffix("’s")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "_.-'’"


@functools.cache
def _generic_pattern() -> tuple[re.Pattern, frozenset[str]]:
    """The generic-role pattern and the words that can start a match (places, qualifiers, roles)."""
    places = list(countries.demonyms()) + [c.name for c in countries.all_countries()]
    places += list(countries.EXTRA_ALIASES)
    roles = "|".join(f"(?P<g{i}>{_trie_pattern(words.split('|'))})" for i, (_, words, _, _, _) in enumerate(GENERIC))
    qualifiers = _trie_pattern(QUALIFIERS.split("|"))
    pattern = re.compile(
        rf"(?<![\w-])(?:(?P<place>{_trie_pattern(places)})(?:['’]s)?\s+)?(?:{qualifiers}\s+)*"
        rf"(?:(?P<place2>{_trie_pattern(places)})\s+)?(?:{roles})(?![\w-]){ROLE_TAIL}",
        re.IGNORECASE,
    )
    phrases = places + QUALIFIERS.split("|") + [w for _, words, _, _, _ in GENERIC for w in words.split("|")]
    return pattern, frozenset(p.split()[0].casefold() for p in phrases)


def _generic_mention(match: re.Match, text: str, offset: int, country: str | None) -> ActorMention | None:
    index = next(i for i in range(len(GENERIC)) if match[f"g{i}"] is not None)
    if GENERIC[index][0] == "Civilians" and (UNKNOWN_PEOPLE.match(match.group()) or IN_UNIFORM_AFTER.match(text, match.end())):
        index = 0
    if GENERIC[index][0] == "Civilians" and COMMUNITY_PEOPLE.fullmatch(match[f"g{index}"] or "") \
            and FOUGHT_BACK_AFTER.match(text, match.end()):
        index = next(i for i, row in enumerate(GENERIC) if row[1] is ARMED_COMMUNITY)
    if GENERIC[index][0] == "Government of" and LOCAL_GOVERNMENT_AREA.match(text, match.end()):
        return None
    if GENERIC[index][1] is JUNTA and JUNTA_GOVERNS_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        return None
    if GENERIC[index][1] is HUNTERS and _seekers_of(text, match.start(f"g{index}")):
        return None
    if GENERIC[index][1] is INMATES and (OF_WAR_AFTER.match(text, match.end()) or not PRISON_TOLD.search(text)
                                         or SET_FREE_BEFORE.search(text, max(0, match.start() - 40), match.start())):
        return None
    if GENERIC[index][1] is OFFICERS and (_service_before(text, match.start(f"g{index}")) or _soldiers_named(text)):
        return None
    template, _, inter, organization, needs_place = GENERIC[index]
    if inter == 1 and FORCE_ISSUE_AFTER.match(text, match.end()):
        return None
    if inter == 1 and (DISBANDED_BEFORE.search(text, max(0, match.start() - 30), match.start())
                       or INSTITUTION_AFTER.match(text, match.end())):
        return None
    if inter == 1 and template != "Government of" \
            and FORMER_BEFORE.search(text, max(0, match.start() - 40), match.start()):
        template, inter, organization, needs_place = "Civilians", 7, False, False
    place = match["place"] or match["place2"]
    named = _country_in_context(place, country) if place else None
    if place and named is None:
        return None
    if needs_place and named is None:
        return None
    if template == "Unidentified Armed Group" and RAIDERS.fullmatch(match[f"g{index}"] or ""):
        named = named or _country_after(FROM_NATION_AFTER, text, match.end())
        if named is not None or _pastoral_raid(match[f"g{index}"], text):
            template, inter = "Unidentified Ethnic Militia", 4
    elif template == "Unidentified Armed Group" and named is None:
        named = _country_after(ORIGIN_AFTER, text, match.end())
    if GENERIC[index][1] is SEAFARERS and named is None:
        named = _nation_of_most(text, match.start(), match.end())
    resolved = named or (countries.country_by_name(country) if country else None)
    if GENERIC[index][1] is MILITARY_POLICE and not (resolved and resolved.name in MILITARY_POLICE_ARE_POLICE):
        template = "Military Forces of"
    plain_rangers = (match[f"g{index}"] or "").lower() in ("rangers", "ranger", "ranger unit")
    if template.endswith("Forest Guards") and plain_rangers and resolved and resolved.name in ARMY_RANGERS:
        template = "Military Forces of"
    crew_of_no_stated_nation = GENERIC[index][1] is SEAFARERS and named is None
    name = generic_name(template, INTERNATIONAL if crew_of_no_stated_nation else resolved.name if resolved else None)
    start, end = match.span()
    return ActorMention(offset + start, offset + end, text[start:end], name, inter, organization,
                        resolved.name if resolved else None)


ARMY_RANGERS = frozenset({"Thailand", "Pakistan"})
"""Countries where plain "rangers" are army paramilitaries, not wildlife rangers: Thailand's Thahan Phran, who fight
the southern insurgency, and the Pakistan Rangers (ACLED codes both under the state's Military Forces)."""


HUNTED_BEFORE = re.compile(r"(?<![\w'-])([a-z][\w-]*)\s+$")
NOT_WHAT_IS_HUNTED = frozenset(
    "the a an of by and or with from for to some many several armed traditional local village rival other these those"
    " their its his her our as including against among on at in that who when where while after before were was are"
    " two three four five six seven eight nine ten dozens hundreds scores group"
    " said says say told added stated reported confirmed explained alleged claimed noted announced warned insisted"
    " then but so which whom whose".split())
"""Words that may stand before "hunters" without saying what they hunt: articles, prepositions, conjunctions,
numbers, the words of a hunters' group, and verbs of saying that end a clause before the noun opens the next one
("police said officers shot two suspects", "elders told hunters to stay home": the speaker names no service)."""


def _seekers_of(text: str, start: int) -> bool:
    """Whether a noun before "hunters" says what they seek ("truffle hunters", "treasure hunters", "bounty hunters"):
    people named by what they look for are not a hunters' brotherhood (HUNTERS), and stay civilians or nobody."""
    word = HUNTED_BEFORE.search(text, max(0, start - 30), start)
    return word is not None and word.group(1).casefold() not in NOT_WHAT_IS_HUNTED and not word.group(1).isdigit()


def _service_before(text: str, start: int) -> bool:
    """Whether a word before "officers", capitalised or not, names the service they serve ("Election officers",
    "wildlife officers"): any word but an article, number or other word of NOT_WHAT_IS_HUNTED."""
    word = re.search(r"(?<![\w'-])([\w-]+)\s+$", text[max(0, start - 30):start])
    return word is not None and word.group(1).casefold() not in NOT_WHAT_IS_HUNTED and not word.group(1).isdigit()


def _soldiers_named(text: str) -> bool:
    """Whether the text names a military force by one of its generic words ("soldiers", "army", "troops")."""
    military = next(words for template, words, _, _, needs_place in GENERIC
                    if template == "Military Forces of" and not needs_place)
    return re.search(rf"(?<![\w-])(?:{military})(?![\w-])", text, re.IGNORECASE) is not None


LOCAL_GOVERNMENT_AREA = re.compile(r"\s+(?:areas?|LGAs?|council\s+areas?)\b", re.IGNORECASE)
"""'Maru local government area': an administrative unit (Nigeria's LGAs), a place, not the government acting."""

RAIDERS = re.compile(r"(?:cattle\s+)?(?:raiders|rustlers)", re.IGNORECASE)
"""Raiders and rustlers given a nationality ("Ethiopian raiders", "Kenyan raiders from Trans Mara"): ACLED codes a
cross-border or pastoral raid by people named only by their nation as an identity militia of that nation,
"Unidentified Ethnic Militia (Ethiopia)" (their community is what the nationality stands for), not as an
unidentified armed group; raiders with no nationality and no community stay an unidentified armed group."""


LIVESTOCK_RAID = re.compile(
    r"\b(?:cattle|cows?|oxen|bulls?|goats?|sheep|camels?|donkeys?|livestock|herds?|flocks?|animals|kraals?|bomas?"
    r"|manyattas?|rustl\w*|revenge|retaliat\w*|reprisal\w*|counter-?raids?)\b", re.IGNORECASE)
"""Livestock, the pastoral homestead (a kraal, a boma, a manyatta) and revenge: the words of a pastoral raid."""


def _pastoral_raid(noun: str | None, text: str) -> bool:
    """Whether raiders are cattle raiders: named so ("cattle raiders", "rustlers") or told taking livestock or
    avenging an earlier raid (LIVESTOCK_RAID: "raiders drove off 300 goats", "raiders struck in revenge"). ACLED's
    codebook counts cattle raiding among the deeds of communal (identity) militias: pastoral raids are waged by the
    armed men of one community on another's herds (Pokot, Turkana, Karamojong, Toposa, Murle, Nuer...), so raiders the
    text does not tie to a community are "Unidentified Ethnic Militia (<country>)", not an armed group of unknown
    affiliation; raiders of a bank or a shop, with no herd and no feud, stay an unidentified armed group."""
    folded = (noun or "").casefold()
    return "cattle" in folded or "rustl" in folded or bool(LIVESTOCK_RAID.search(text))


def _country_after(origin: re.Pattern[str], text: str, end: int) -> countries.Country | None:
    """The country an `origin` pattern finds right after a group's noun ("raiders from neighbouring Ethiopia",
    "gunmen, thought to have come from Somalia"), read whole or by its first word; a village or town is no country."""
    after = origin.match(text, end)
    if after is None:
        return None
    return countries.country_by_name(after.group(1)) or countries.country_by_name(after.group(1).split()[0])


ORIGIN_AFTER = re.compile(
    r"\s*,?\s+(?:(?:believed|thought|said|suspected|reported)\s+to\s+(?:be|have\s+come)\s+)?from\s+"
    r"(?:neighbou?ring\s+|nearby\s+)?(?:the\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")
"""Where armed men come from, right after their noun ("gunmen from neighbouring Somalia", "an unidentified militia,
thought to have come from nearby Uganda"): ACLED names an unidentified armed group after the country it comes from
when the text says so ("Unidentified Armed Group (Somalia)" for gunmen from Somalia who strike in Kenya), as it does a
nationality before the noun ("Somali gunmen"). Raiders said to come from a country (FROM_NATION_AFTER) are that
nation's identity militia instead (RAIDERS)."""


NATION_BEFORE = re.compile(r"([A-Z][\w'-]+)\s*(?:,|\s(?:and|&))\s+$")
"""A nationality joined to the next one by "and" or a comma: "Russian and Ukrainian troops" are two forces."""


def _coordinated_nations(
    match: re.Match, text: str, offset: int, country: str | None, taken: list[tuple[int, int]]
) -> list[ActorMention]:
    """The other nation of two that share one role noun ("Mozambican and Rwandan troops", "Russian, Ukrainian
    soldiers"): a mention of the same role for the nationality written first, at its own word."""
    if match["place"] is None:
        return []
    before = NATION_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if before is None or _country_of(before.group(1)) is None:
        return []
    start, end = before.span(1)
    if any(s < end and start < e for s, e in taken):
        return []
    pattern, _ = _generic_pattern()
    phrase = before.group(1) + text[match.end("place"):match.end()]
    other = pattern.fullmatch(phrase)
    mention = _generic_mention(other, phrase, 0, country) if other is not None else None
    if mention is None:
        return []
    taken.append((start, end))
    return [ActorMention(offset + start, offset + end, text[start:end], mention.name, mention.inter,
                         mention.organization, mention.country)]


MISTAKEN_FOR_BEFORE = re.compile(
    r"\b(?:(?:believing|thinking|assuming|convinced)\s+(?:that\s+)?(?:they|he|she|it|the\s+[\w-]+)\s+(?:were|was)"
    r"|(?:mistaking|mistook|taking|took)\s+(?:them|him|her|it|the\s+[\w-]+)\s+for)"
    r"\s+(?:an?\s+|the\s+)?(?:(?:suspected|armed)\s+)?(?:members\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
"""What the doers took their victims for ("soldiers fired on a boat, believing they were Al Shabaab", "mistaking
them for bandits"): a group named only as a wrong belief of the other side is not there, so it is no side of the
event (ACLED codes the victims as the civilians they were)."""

NATIONALITY_LIST_AFTER = re.compile(
    r"(?:\s*[:(,\u2013\u2014-]\s*(?:(?:including|among\s+them)\s+)?|\s+(?:including|among\s+them)\s+)"
    r"((?:(?:[\w-]+\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?(?:\s*,\s*|\s+and\s+|\s*$|(?=[).;]))){1,6})")
"""A list of the victims' nationalities right after their noun ("six crew members: four Koreans and a Filipino")."""

NATIONALITY_ITEM = re.compile(r"(?:([\w-]+)\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")


def _nation_of_most(text: str, start: int, end: int) -> countries.Country | None:
    """The nation of more than half of the people a list after their noun counts by nationality ("crew members: four
    Georgians and a Filipino" -> Georgia): ACLED names civilians by the nationality of most of them, and writes
    "International" only when no one nation is most. Every item must be a counted nationality, else None; a count
    before the noun ("nine crew members, among them a Ghanaian") is the whole the majority is taken of."""
    from sitrep.casualties import parse_number

    before = WORD_BEFORE.search(text, max(0, start - 30), start)
    whole = parse_number(before.group(1)) if before else None

    listed = NATIONALITY_LIST_AFTER.match(text, end)
    if listed is None:
        return None
    counts: dict[str, int] = {}
    nations: dict[str, countries.Country] = {}
    for item in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", listed.group(1).strip()):
        parts = NATIONALITY_ITEM.fullmatch(item)
        nation = countries.country_of_demonym(parts.group(2)) if parts else None
        number = parse_number(parts.group(1)) if parts and parts.group(1) else None
        if nation is None or number is None:
            return None
        counts[nation.name] = counts.get(nation.name, 0) + number[0]
        nations[nation.name] = nation
    best = max(counts, key=counts.get) if counts else None
    total = max(sum(counts.values()), whole[0] if whole else 0)
    return nations[best] if best and 2 * counts[best] > total else None


def _country_of(word: str) -> countries.Country | None:
    return countries.country_of_demonym(word) or countries.country_by_name(word)


SHARED_DEMONYMS = {"congolese": frozenset({"Democratic Republic of Congo", "Republic of Congo"})}
"""Demonyms two states share: "Congolese" names the people of both Congos (the demonym table gives the larger one)."""


def _country_in_context(word: str, country: str | None) -> countries.Country | None:
    """The country a demonym or name stands for, read in a report from `country`: a demonym two states share
    (SHARED_DEMONYMS) names the report's own state when it is one of them ("Congolese soldiers" in a report from
    Brazzaville are the Republic of Congo's), as a reader takes it."""
    shared = SHARED_DEMONYMS.get(word.casefold(), frozenset())
    if country in shared:
        return countries.country_by_name(country)
    return _country_of(word)


def generic_name(template: str, country: str | None) -> str:
    """"Military Forces of Iraq", "Civilians (<country>)"; without a country just the role."""
    if "{country}" not in template:
        template += " {country}" if template.endswith(" of") else " ({country})"
    if country is None:
        return re.sub(r"\s*(?:of\s+)?\(?\{country\}\)?", "", template)
    return template.format(country=f"the {country}" if country in THE_COUNTRIES and " of {" in template else country)


ETHNIC_ROLES = (
    "man|men|militia|militias|militiamen|herder|herders|herdsman|herdsmen|herdmen|pastoralist|pastoralists|youth|youths"
    "|gunmen|fighters|assailants|attackers|group|groups|people|individuals|community|communities|villagers|farmers"
    "|hunters|traders|members|elements|raiders|cattle raiders|rustlers|cattle rustlers|bandits|warriors|morans"
    "|breeders|cattle breeders|livestock breeders"
    "|clan|clans|clansman|clansmen|tribe|tribes|tribesman|tribesmen"
)
"""Nouns after an ethnic name that make it a group of people ("Fulani herders", "a Dogon man", "Pokot raiders":
ACLED codes cattle raids by a named community as that community's ethnic militia; a clan or tribe named by its
people is the same identity militia, "the Borana clan"; "cattle breeders" are herders, as West African reports
often call them)."""

ASIDE = r"(?:\s*[\[(][^\[\]()]{1,30}[\])])"
"""A short aside in brackets between a people's name and its noun, as notes gloss a name ("Merille (Dassanach)
bandits", "Garre [clan] fighters"): the noun still belongs to the people named before it."""

COORDINATED = re.compile(r"\s*(?:,|\s(?:and|or|&))\s+(?:the\s+)?", re.IGNORECASE)
"""What joins two ethnic names that share one noun ("Pokot and Turkana herders", "the Borana, Gabra ...")."""

BETWEEN_SIDES = re.compile(r"\bbetween\s+(?:the\s+|members\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
"""'between' before the first of two sides: "clashes between Pokot and Samburu" names two communities."""


def _data_rows(name: str) -> list[dict[str, str]]:
    with resources.files("sitrep").joinpath(f"data/{name}").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@functools.cache
def _ethnic_groups() -> dict[str, str]:
    """Case-folded alias -> ethnic group name, from sitrep/data/ethnic_groups.csv and the clans of
    sitrep/data/clans.csv (a clan is an identity group like a people)."""
    rows = _data_rows("ethnic_groups.csv") + _data_rows("clans.csv")
    return {" ".join(alias.split()).casefold(): row["name"] for row in rows for alias in row["aliases"].split("|")
            if alias.strip()}


@functools.cache
def _clans() -> frozenset[str]:
    """Names of the Somali clans and sub-clans in sitrep/data/clans.csv."""
    return frozenset(row["name"] for row in _data_rows("clans.csv"))


CLAN_COUNTRIES = frozenset({"Somalia"})
"""Where ACLED names a clan's armed men "<clan> Clan Militia (<country>)": Somalia, whose politics is organised by clan
(Somaliland is coded as part of Somalia). Across the border ACLED's Kenya and Ethiopia coding names the same clans'
militias like any people's, "Garre Ethnic Militia (Kenya)"."""

TRIBAL_COUNTRIES = frozenset({"Yemen", "Iraq", "Libya", "Syria", "Jordan", "Saudi Arabia"})
"""Where ACLED names the armed men of a tribe "<tribe> Tribal Militia (<country>)", and those of a tribe the text leaves
unnamed "Unidentified Tribal Militia (<country>)": the Arab states whose rural politics is organised by tribe (Yemen's
tribes, the tribes of Iraq's and Syria's Euphrates valley, Libya's tribes). Elsewhere a tribe is a people, an ethnic
militia."""


def identity_kind(words: str, country: str | None) -> str:
    """The kind of identity militia ACLED names armed men of an unnamed group told by `words` ("tribesmen", "clan
    fighters"): "Clan" for a clan in CLAN_COUNTRIES, "Tribal" for a tribe in TRIBAL_COUNTRIES, else "Ethnic"."""
    if country in CLAN_COUNTRIES and re.search(r"\bclan", words, re.IGNORECASE):
        return "Clan"
    if country in TRIBAL_COUNTRIES and re.search(r"\btrib", words, re.IGNORECASE):
        return "Tribal"
    return "Ethnic"


def identity_militia(group: str, country: str | None) -> str:
    """ACLED's name for the armed men of an identity group: "<clan> Clan Militia (Somalia)" for a Somali clan in
    Somalia (CLAN_COUNTRIES), else "<group> Ethnic Militia (<country>)"; the country is left out when unknown."""
    kind = "Clan" if group in _clans() and country in CLAN_COUNTRIES else "Ethnic"
    return f"{group} {kind} Militia ({country})" if country else f"{group} {kind} Militia"


SHARED_ROLE_AFTER = re.compile(r"\s*(?:,|\s(?:and|or|&))\s+(?:the\s+)?[\w'-]+\s+([\w-]+)")
"""A second people joined to the first and the role noun both share ("Meitei and Kuki militants")."""


def _named_militia_of(people: str, role: str | None) -> str | None:
    """The group the knowledge base names by a people and the role noun the text gives its men ("Meitei militants" ->
    "Meitei Militia (India)"), also where the role follows a second people joined to the first ("armed Meitei and
    Kuki militants"): ACLED keeps its own name for such a militia however the text splits it, not a generic ethnic
    militia; None when the base holds no group under that name or the text gives no role."""
    if not role:
        return None
    entry = default_resolver().by_alias.get(_fold(f"{people} {role}"))
    if entry is None or entry.kind != "group" or "{country}" in entry.name or not entry.name.startswith(people):
        return None
    return entry.name


def _group_named(word: str) -> str | None:
    """The identity group a matched name stands for: an alias ("Masai" -> "Maasai"), or two groups' names joined by a
    hyphen ("Tugen-Ilchamus"), the joint militia of two allied communities, which ACLED names by both ("Tugen-Ilchamus
    Ethnic Militia")."""
    key = " ".join(word.split()).casefold()
    found = _ethnic_groups().get(key)
    if found is not None or "-" not in key:
        return found
    parts = [_ethnic_groups().get(part) for part in key.split("-")]
    return "-".join(parts) if len(parts) == 2 and all(parts) else None


@functools.cache
def _ethnic_homes() -> dict[str, str]:
    """Ethnic group name -> the one country its people live in, where the data file gives one (the `home` column:
    filled only for groups that live in a single country, such as Uganda's Jie and the Karamojong sections)."""
    return {row["name"]: row["home"].strip() for row in _data_rows("ethnic_groups.csv") if (row.get("home") or "").strip()}


def ethnic_group(name: str) -> str | None:
    """The ethnic group a name or alias stands for ("Masai" -> "Maasai"), or None."""
    return _group_named(name)


@functools.cache
def _ethnic_pattern() -> re.Pattern:
    aliases = _trie_pattern(_ethnic_groups())
    return re.compile(
        rf"(?<![\w-])(?:(?P<band>(?:an?\s+)?(?:gang|band|horde)s?\s+of\s+(?:{COUNT}\s+)?(?:armed\s+)?)"
        rf"|(?P<community>(?:members?|people|men|youths?|individuals|persons|(?P<armed>{FIGHTING_ROLE.pattern}))\s+"
        rf"(?:(?:believed|said|thought|suspected|reported|alleged)\s+to\s+(?:be\s+|have\s+come\s+)?)?"
        rf"(?:of|from)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|rival)\s+)?)|(?P<suspected>(?:(?:suspected|some|of|armed)\s+)?transhumant\s+|(?:suspected|some|of|armed)\s+"
        rf"|(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of|hundreds\s+of)\s+))?"
        rf"(?P<ethnic>(?:{aliases})(?:-(?:{aliases}))?)(?:{ASIDE}?\s+(?:transhumant\s+|armed\s+|ethnic\s+)?(?P<role>{ETHNIC_ROLES}))?(?![\w-])",
        re.IGNORECASE,
    )


def _ethnic_mentions(
    text: str, offset: int, country: str | None, taken: list[tuple[int, int]], unicase: bool
) -> list[ActorMention]:
    """People named by ethnicity ("Fulani herders", "members of the Dogon community", "suspected Fulanis", "transhumant
    Fulani": people named by their seasonal migration with their herds are a herding community acting as a group; "a
    band of some 500 Samburu": a gang, band or horde of a people is that people's militia, an armed one; "two
    Fulani", "dozens of Kikuyu": people counted by their people, like "some 300 Kikuyu" in the gazetteer's rule; a bare name
    that is one side of a fight, `_side_of_fight`; a name that is also a nation's, only as `_nation_not_people` allows):
    ACLED's "<group> Ethnic Militia (<country>)", an identity militia (inter 4), named after the country its people
    come from: the one the text gives them (`_home_of_community`), else the only one they live in (`_ethnic_homes`:
    Jie raiders in Kenya are "Jie Ethnic Militia (Uganda)"), else the article's."""
    mentions = []
    found = [m for m in _ethnic_pattern().finditer(text)
             if _group_named(m["ethnic"]) is not None and (unicase or m["ethnic"][:1].isupper())]
    for index, match in enumerate(found):
        word = match["ethnic"]
        name = _group_named(word)
        if _nation_not_people(match, found, index, text, country):
            continue
        plural = word.casefold() != name.casefold() and word.casefold().endswith("s")
        if not (match["role"] or match["community"] or match["band"] or match["suspected"] or plural
                or _paired(found, index, text) or ETHNIC_DEED.match(text, match.end()) or _side_of_fight(text, match)):
            continue
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            continue
        home = _home_of_community(text, start, end) or _ethnic_homes().get(name) or country
        shared = SHARED_ROLE_AFTER.match(text, end)
        role = match["role"] or (shared.group(1) if shared else None)
        label = _named_militia_of(name, role) or identity_militia(name, home)
        armed = bool(match["armed"] or match["band"]) or (bool(match["role"]) and bool(FIGHTING_ROLE.fullmatch(match["role"])))
        mentions.append(ActorMention(offset + start, offset + end, text[start:end], label, 4, armed, home))
    return mentions


PEOPLE_NOT_NATION = re.compile(r"herders?|herdsm[ae]n|herdmen|pastoralists?|clans?|clansm[ae]n|tribes?|tribesm[ae]n", re.IGNORECASE)
"""Nouns after a name that is both a people's and a nation's ("Somali herders", "the Somali clans", "Somali
tribesmen") that make it the people: clans, tribes and herding communities belong to a people, not to a state."""


def _nation_not_people(match: re.Match, found: list[re.Match], index: int, text: str, country: str | None) -> bool:
    """Whether a people's name that is also a nationality ("Somali": the people of northeastern Kenya, the Ogaden and
    Djibouti, and the nationality of Somalia) stands for the nation here. English uses the same adjective for both, so
    grammar decides: the people when the noun after it is a clan, a tribe or herders (PEOPLE_NOT_NATION) or when it is
    coordinated with, or set against, another people's name ("clashes between Somali and Samburu", "Samburu and
    Somali herders", `_paired`), outside the nation's own country (inside it everyone is of that nationality, so the
    word tells no community apart); otherwise the nation ("Somali troops", "a Somali man": Somalia's forces and
    citizens, named by the generic rules)."""
    nation = countries.country_of_demonym(match["ethnic"])
    if nation is None:
        return False
    if country is not None and nation.name == country:
        return True
    role = match["role"] or ""
    if PEOPLE_NOT_NATION.fullmatch(role):
        return False
    others = [m for i, m in enumerate(found) if i != index and countries.country_of_demonym(m["ethnic"]) is None]
    return not (others and _paired(found, index, text))


COUNT = r"(?:about|some|around|over|more\s+than|at\s+least|nearly|up\s+to)?\s*(?:\d[\d,]*|a\s+hundred|hundreds|dozens|scores)(?:\s+of)?"
"""A count of people, rough or exact ("about 1,000", "dozens of")."""

NAMED_CLAN = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)?)\s+(?:sub-?)?clan"
    r"(?P<armed>\s+(?:militia|militias|militiamen|fighters|gunmen))?(?![\w-])")
"""A clan named by a word the knowledge base does not know, before the singular noun "clan" ("the Kaptalam clan", "the
Abagetutu sub-clan militia"): ACLED names the armed men of a clan it has no other name for "<name> Clan Militia
(<country>)". The plural ("the Rift Valley clans") names several clans, none of them by name."""

NOT_A_CLAN_NAME = frozenset(
    "the a an this that these those his her their its our my one two three four five both each either another other"
    " same rival opposing warring dominant minority majority major minor small large big local ruling whole entire"
    " every some several many different neighbouring neighboring powerful royal ethnic armed family political"
    " sub mother father his".split())
"""Capitalised words before "clan" that name no clan: articles, numbers and adjectives at the head of a sentence
("Rival clan militias clashed")."""


CLAN_AND_OTHERS_FOUGHT = re.compile(r"\s+(?:and|&)\s+(?:[\w'’-]+\s+){1,6}?(?:clash\w*|fought|battled)\b", re.IGNORECASE)


def _clan_fights(text: str, start: int, end: int) -> bool:
    """Whether a clan the knowledge base does not know is told as fighting: the subject of a violent verb (ETHNIC_DEED:
    "the Kaptalam clan attacked"), one of two sides that clashed ("the Kaptalam clan and villagers of Sirikwa
    clashed"), or the side after "between ... and" or "clashed with" (SECOND_SIDE_BEFORE). A family spoken of as a
    clan in politics or business ("the Kennedy clan") is no militia."""
    return bool(ETHNIC_DEED.match(text, end) or CLAN_AND_OTHERS_FOUGHT.match(text, end)
                or SECOND_SIDE_BEFORE.search(text, max(0, start - 60), start)
                or (BETWEEN_SIDES.search(text, max(0, start - 40), start) and FIRST_SIDE_AFTER.match(text, end)))


def _clan_mentions(text: str, offset: int, country: str | None, taken: list[tuple[int, int]]) -> list[ActorMention]:
    """Clans named by a word the knowledge base lacks (NAMED_CLAN): "<name> Clan Militia (<country>)", an identity
    militia (inter 4), when told as armed or fighting (`_clan_fights`). Not a word that names a country, a nation, a
    known people or group (those have their own names:
    "the Garre clan" is `_ethnic_mentions`'), nor one of NOT_A_CLAN_NAME."""
    mentions = []
    for match in NAMED_CLAN.finditer(text):
        name, start = match["name"], match.start()
        words = name.split()
        if len(words) == 2 and words[0].casefold() in NOT_A_CLAN_NAME:
            name, start = words[1], match.start("name") + len(name) - len(words[1])
        first = name.split()[0].split("-")[0]
        if first.casefold() in NOT_A_CLAN_NAME or countries.country_by_name(name) or countries.country_of_demonym(first) \
                or _group_named(name) or _group_named(first):
            continue
        end = match.end()
        if any(s < end and start < e for s, e in taken) or not (match["armed"] or _clan_fights(text, start, end)):
            continue
        label = f"{name} Clan Militia ({country})" if country else f"{name} Clan Militia"
        mentions.append(ActorMention(offset + start, offset + end, text[start:end], label, 4, bool(match["armed"]), country))
    return mentions


NAMED_RAIDERS = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z'’]{2,}(?:-[A-Z][a-z'’]+)?)\s+(?:cattle\s+|armed\s+)?"
    r"(?:raiders|rustlers|warriors|morans|tribesmen|clansmen)(?![\w-])")
"""A people named by a word the knowledge base does not know, before a noun of armed pastoral raiding ("Kurya cattle
raiders", "Dassanech warriors", "Merille tribesmen"): ACLED names the armed men of an identity group it has no other
name for "<name> Ethnic Militia (<country>)", as it names the known ones (`_ethnic_mentions`). A word that opens the
sentence may be any capitalised word ("Armed raiders ...") and is not read as a name."""

CALENDAR_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may"
                           " june july august september october november december".split())
"""Days and months, capitalised before a noun in a date ("Sunday raiders"), never a people's name."""

PLACE_TOLD = (r"(?:\b(?:in|at|near|from|of|to|around|outside)\s+{name}\b"
              r"|\b{name}\s+(?:district|county|sub-county|region|zone|province|state|town|village|area|woreda"
              r"|kebele)\b)")
"""A name the text also uses as a place ("raiders from Karamoja", "Mandera county"): raiders named after a place are
named after where they come from, not after their people."""


def _raider_people_mentions(text: str, offset: int, country: str | None,
                            taken: list[tuple[int, int]]) -> list[ActorMention]:
    """Raiders, rustlers or warriors named by a people the knowledge base lacks (NAMED_RAIDERS): "<name> Ethnic Militia
    (<country>)", an armed identity militia (inter 4). Not a word that opens a sentence, names a country, a nation or a
    known people (their own rules name them), one of NOT_A_CLAN_NAME, nor a word the text tells as a place
    (PLACE_TOLD)."""
    mentions = []
    for match in NAMED_RAIDERS.finditer(text):
        name, start, end = match["name"], match.start(), match.end()
        if not text[:start].strip() or re.search(r"[.!?:;\"“]\s*$", text[:start]):
            continue
        if name.casefold() in NOT_A_CLAN_NAME or name.casefold() in CALENDAR_WORDS or countries.country_by_name(name) \
                or countries.country_of_demonym(name) \
                or _group_named(name) or re.search(PLACE_TOLD.format(name=re.escape(name)), text):
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        label = identity_militia(name, country)
        mentions.append(ActorMention(offset + start, offset + end, text[start:end], label, 4, True, country))
    return mentions


POSSESSIVE_BEFORE = re.compile(r"\b(?:their|its)\s+$", re.IGNORECASE)


def _kin_of_named(mentions: list[ActorMention], text: str, offset: int) -> list[ActorMention]:
    """"Garre fighters avenged the killing of their clansmen": kinsmen told with a possessive ("their clansmen",
    "their tribesmen") are members of the community the sentence named before them, so they take its name, not
    "Unidentified Ethnic Militia" (ACLED names an identity group's members by their group)."""
    named: ActorMention | None = None
    resolved = []
    for mention in mentions:
        local = mention.start - offset
        if mention.name.startswith("Unidentified Ethnic Militia") and named is not None \
                and POSSESSIVE_BEFORE.search(text, max(0, local - 8), local):
            mention = ActorMention(mention.start, mention.end, mention.text, named.name, named.inter,
                                   mention.organization, named.country)
        elif mention.inter == 4 and "Ethnic Militia" in mention.name and not mention.name.startswith("Unidentified"):
            named = mention
        resolved.append(mention)
    return resolved


DESCRIBED_AS = re.compile(
    r"(?:\s+(?:on|in|with|aboard|riding)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s*,?\s*(?:(?:who|which|that)\s+(?:were|was|are|is)\s+)?(?:(?:described|identified|believed|thought|said|suspected"
    r"|reported|understood)\s+(?:as|to\s+be|to\s+have\s+been|to\s+belong\s+to|to\s+be\s+members\s+of)(?:\s+being)?"
    r"|known\s+as|posing\s+as)"
    r"\s+(?:the\s+|an?\s+)?(?:\w+\s+)?$",
    re.IGNORECASE)
"""The words that describe a group by what it is ("a gang described as cattle rustlers", "armed men believed to be
Pokot raiders", "attackers thought to be rustlers"), or by the group they are members of ("armed men believed to
belong to Islamic State Sahel": English says who they are by whom they belong to); a short phrase of how they came
may stand between ("gunmen on motorbikes, believed to be ...")."""


def _described_as(mentions: list[ActorMention], text: str, offset: int) -> list[ActorMention]:
    """An unidentified armed group the sentence describes right after as an identity militia ("a gang described as
    cattle rustlers", "armed men believed to be Turkana raiders") or as a named armed group or its members ("armed men
    believed to belong to Islamic State Sahel") is that group: English apposition and verbs of description name one
    group twice, not two sides, so the first mention takes the description's name (the description is what ACLED
    codes)."""
    resolved = list(mentions)
    for index, mention in enumerate(resolved[:-1]):
        later = resolved[index + 1]
        if mention.inter != 3 or not mention.name.startswith("Unidentified Armed Group") \
                or not (later.inter == 4 or later.inter in (2, 3) and later.organization
                        and not later.name.startswith("Unidentified")):
            continue
        between = text[mention.end - offset:later.start - offset]
        if len(between) <= 60 and DESCRIBED_AS.fullmatch(between):
            resolved[index] = ActorMention(mention.start, mention.end, mention.text, later.name, later.inter,
                                           mention.organization, later.country)
    return resolved


NATION_RIGHT_BEFORE = re.compile(r"([A-Z][\w'-]+)\s+$")
FROM_NATION_AFTER = re.compile(r"\s+from\s+(?:neighbouring\s+|neighboring\s+)?(?:the\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")


def _home_of_community(text: str, start: int, end: int) -> str | None:
    """The country a community comes from when the text says so ("Sudanese Toposa raiders", "Toposa raiders from
    Sudan"): ACLED names an ethnic militia after the country its people come from ("Toposa Ethnic Militia
    (South Sudan)" raiding into Kenya), not the country of the event; otherwise None (the article's country)."""
    before = NATION_RIGHT_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and countries.country_of_demonym(before.group(1)) is not None:
        return countries.country_of_demonym(before.group(1)).name
    after = FROM_NATION_AFTER.match(text, end)
    if after is not None:
        found = countries.country_by_name(after.group(1)) or countries.country_by_name(after.group(1).split()[0])
        if found is not None:
            return found.name
    return None


FIGHTING_ROLE = re.compile(r"militias?|militiamen|gunmen|fighters|raiders|cattle raiders|rustlers|cattle rustlers|bandits"
                           r"|warriors|morans|attackers|assailants", re.IGNORECASE)
"""Nouns after an ethnic name that say the people bore arms as a group ("Pokot raiders", "Jie warriors"): an organised
identity militia, a fighting side (codebook: an identity militia is an armed, organised group), unlike "Fulani herders"
or "a Dogon man", whom one-sided violence may hit as civilians."""


ETHNIC_DEED = re.compile(
    r"\s+(?:\w+\s+)?(?:attack(?:ed|s)?|raid(?:ed|s)?|kill(?:ed|s)?|clash(?:ed|es)?|burn(?:ed|t|s)?|torch(?:ed|es)?|shot|shoot"
    r"|fought|fight|stormed|storm|ambush(?:ed|es)?|hacked|invaded|invade|retaliated|retaliate)\b", re.IGNORECASE)
"""A bare ethnic name as the subject of a violent verb ("Maasai attack and burn homes", "Pokot raid a village",
"Borana killed two herders"): the community acting as a group, ACLED's "<group> Ethnic Militia" (in the passive,
"three Kikuyu killed in ...", the roles make them the victims, and one-sided violence makes victims civilians)."""

WORD_BEFORE = re.compile(r"([\w'-]+)\s+$")
WORDS_BEFORE = re.compile(r"(?:([\w'-]+)\s+)?([\w'-]+)\s+$")
"""One or two words right before a point (a people's name of two words: "Beni Amer", "Arab Choa")."""


def _ethnic_name_before(text: str, start: int) -> bool:
    """Whether an ethnic name of one or two words stands right before `start`: "Kipsigi ethnic militias" is the
    Kipsigi's militia and "Beni Amer tribesmen" the Beni Amer's, named by `_ethnic_mentions`, not an unidentified
    one."""
    words = WORDS_BEFORE.search(text, max(0, start - 40), start)
    if words is None:
        return False
    last, pair = words.group(2), " ".join(w for w in words.groups() if w)
    return any(name[:1].isupper() and ethnic_group(name) is not None for name in {last, pair})


SECOND_SIDE_BEFORE = re.compile(
    r"(?:\bbetween\s+(?:the\s+)?(?:[\w-]+\s+){1,3}(?:and|&)|\b(?:clash(?:ed|es)?|fought|fighting|battled)\s+with)\s+(?:the\s+)?$",
    re.IGNORECASE)
FIRST_SIDE_AFTER = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?[\w-]+", re.IGNORECASE)


def _side_of_fight(text: str, match: re.Match) -> bool:
    """Whether a bare people's name is one of the two sides of a fight: "clashes between the farmers and Fulani",
    "between Fulani and farmers", "farmers clashed with Fulani" (English names the two sides of a fight after
    "between ... and" or after "clashed with"): the people fought as a group, so they are that people's militia."""
    if SECOND_SIDE_BEFORE.search(text, max(0, match.start() - 60), match.start()):
        return True
    return bool(BETWEEN_SIDES.search(text, max(0, match.start() - 40), match.start())
                and FIRST_SIDE_AFTER.match(text, match.end()))


def _paired(found: list[re.Match], index: int, text: str) -> bool:
    """Whether an ethnic name with no noun of its own is one of two communities named together: joined by
    "and" (or a comma) to a later name that has one ("the Pokot and Turkana herders": both are herders), or
    one of the two sides after "between" ("clashes between Pokot and Samburu": both communities fought)."""
    def joined(first: re.Match, second: re.Match) -> bool:
        return COORDINATED.fullmatch(text, first.end(), second.start()) is not None

    match = found[index]
    after = found[index + 1] if index + 1 < len(found) else None
    if after is not None and joined(match, after) and (after["role"] or after["community"]):
        return True
    before = found[index - 1] if index > 0 else None
    first = before if before is not None and joined(before, match) else match
    if first is match and (after is None or not joined(match, after)):
        return False
    return BETWEEN_SIDES.search(text, 0, first.start()) is not None


@functools.cache
def party_pattern() -> re.Pattern:
    """Any name or alias of a political party or party wing in the actor files (kind `party`), for the
    rules that tell a party's supporters, who riot as crowds, from an organised armed group."""
    aliases = [alias for alias, entry in default_resolver().by_alias.items() if entry.kind == "party"]
    return re.compile(rf"(?<![\w-])(?:{_trie_pattern(aliases)})(?![\w-])", re.IGNORECASE)


def find_actors(text: str, offset: int = 0, country: str | None = None) -> list[ActorMention]:
    """Every actor mention in a sentence, normalised; `country` is the article's country for generic roles."""
    return default_resolver().find(text, offset, country)


def normalise_actor(name: str, country: str | None = None) -> tuple[str, int] | None:
    """(ACLED-style name, inter code) for an actor name ("ISIL" -> ("Islamic State", 2))."""
    return default_resolver().normalise(name, country)


ISLAMIC_STATE_PROVINCES = {
    "Nigeria": "Islamic State (West Africa)", "Chad": "Islamic State (West Africa)",
    "Cameroon": "Islamic State (West Africa)", "Mali": "Islamic State (Sahel)", "Burkina Faso": "Islamic State (Sahel)",
    "Benin": "Islamic State (Sahel)", "Afghanistan": "Islamic State (Khorasan)", "Somalia": "Islamic State (Somalia)",
    "Mozambique": "Islamic State (Mozambique)", "Egypt": "Islamic State (Sinai)", "Libya": "Islamic State (Libya)",
    "Yemen": "Islamic State (Yemen)", "Philippines": "Islamic State (Philippines)",
}
"""The Islamic State's province (wilaya) that fights in each country where it has one, as ACLED names it: "Islamic
State" without a branch in a Nigerian, Malian or Mozambican story is that province (ACLED keeps the bare name for
Iraq and Syria). Countries where two provinces fight (Niger: West Africa and Sahel; Pakistan) are left out."""


PROVINCES_BY_REGION = {
    ("Niger", "Diffa"): "Islamic State (West Africa)", ("Niger", "Tillaberi"): "Islamic State (Sahel)",
    ("Niger", "Tahoua"): "Islamic State (Sahel)", ("Niger", "Dosso"): "Islamic State (Sahel)",
    ("Niger", "Niamey"): "Islamic State (Sahel)",
}
"""Where two provinces fight in one country, the one that fights in each first-level region: in Niger the West
Africa province (ISWAP) holds the Lake Chad basin, Diffa, and the Sahel province the Malian and Burkinabe borderlands,
Tillaberi and Tahoua (and Dosso, Niamey next to them)."""


def regional_branch(name: str, country: str | None, admin1: str | None = None) -> str:
    """The Islamic State's province for an event in `country` (ISLAMIC_STATE_PROVINCES), or in its first-level region
    `admin1` where two fight in the country (PROVINCES_BY_REGION), else the name unchanged."""
    if name != "Islamic State" or country is None:
        return name
    region = unicodedata.normalize("NFKD", admin1 or "").encode("ascii", "ignore").decode()
    return ISLAMIC_STATE_PROVINCES.get(country) or PROVINCES_BY_REGION.get((country, region), name)


def acled_inter(mention: ActorMention, event_country: str | None) -> int:
    """ACLED's inter for an event's place: state forces acting outside their own country are 8 (external)."""
    if mention.inter == 1 and mention.country and event_country and mention.country != event_country:
        return 8
    return mention.inter


STATE_FORCES = (("Military Forces of", "army|soldiers|forces|drones|air strikes"), ("Police Forces of", "police"))
"""The state forces every country has, built from its demonyms by the generic rules: listed, never stored."""


def state_force_entries() -> list[ActorEntry]:
    """Military and Police Forces of every country, with example phrases the generic rules turn into them."""
    by_country: dict[str, list[str]] = {}
    for demonym, country in countries.demonyms().items():
        by_country.setdefault(country.name, []).append(demonym)
    entries = []
    for country, words in sorted(by_country.items()):
        for template, roles in STATE_FORCES:
            examples = tuple(f"{words[0]} {role}" for role in roles.split("|"))
            entries.append(ActorEntry(generic_name(template, country), 1, country, "state", examples))
    return entries


def knowledge_base(resolver: ActorResolver | None = None) -> list[ActorEntry]:
    """Every actor sitrep can name: the named entries (ours and the user's, one per name, aliases merged) and
    every country's state forces, for `sitrep actors list`."""
    resolver = resolver or default_resolver()
    merged: dict[tuple[str, str | None], ActorEntry] = {}
    for alias, entry in resolver.by_alias.items():
        if entry.kind == "media":
            continue
        key = (entry.name, entry.country)
        known = merged.get(key)
        aliases = (known.aliases if known else ()) + tuple(a for a in entry.aliases if _fold(a) == alias)
        merged[key] = ActorEntry(entry.name, entry.inter, entry.country, entry.kind, aliases)
    named = {(e.name, e.country) for e in merged.values()}
    generic = [e for e in state_force_entries() if (e.name, e.country) not in named]
    return sorted([*merged.values(), *generic], key=lambda e: (e.name.casefold(), e.country or ""))


def explain(text: str, country: str | None = None, resolver: ActorResolver | None = None) -> list[tuple[ActorMention, str]]:
    """Each actor mention in `text` with what matched it: an alias of a named entry, or a generic rule."""
    resolver = resolver or default_resolver()
    explained = []
    for mention in resolver.find(text, 0, country):
        whole = _fold(mention.text)
        core = whole if whole in resolver.by_alias else _fold(_MEMBER_SUFFIX.sub("", mention.text))
        entry = resolver.by_alias.get(core)
        if mention.organization and entry is not None and _named(entry, country) == mention.name:
            how = f"alias '{next(a for a in entry.aliases if _fold(a) == core)}'"
        else:
            how = "generic role" if mention.inter != 4 or "Ethnic" not in mention.name else "ethnic group"
        explained.append((mention, how))
    return explained
