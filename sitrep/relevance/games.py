"""Violence's words in play, display and practice: sport, festivities, military exercises and weapons tests.

In sport a team attacks, shoots and clashes with its rival; a parade, a festival or a procession marches; armed
forces fire live rounds in an exercise, show their arms in a parade and test missiles; a drill simulates an attack and
a suspicious package may turn out harmless. None of it is an act of a conflict unless someone is harmed, an armed
group intrudes or a crowd riots; these rules read the game or the exercise and what is told beside it.
"""

from __future__ import annotations

import functools
import re

from sitrep import classify
from sitrep.relevance.acts import BODILY_HARM, DEMONSTRATION, HARM_DONE, NON_STATE_ATTACKER

SPORT = re.compile(
    r"\b(?:striker|goalkeeper|midfielder|winger|wickets?|innings|batsm[ae]n|bowlers?|marathon|derby|penalty kick"
    r"|(?:final|last|opening|closing|second|third) laps?|laps? (?:to go|remaining|left)|finish(?:ing)? line"
    r"|home straight|photo finish"
    r"|penalty shoot-?out|kick-?off|playoffs?|grand slam|semi-finals?|quarter-finals?|world cup|olympics?|football"
    r"|soccer|cricket|rugby|tennis|basketball|athletics|hat-trick|own goal|goals? (?:down|up|behind|ahead)"
    r"|(?:\d+|one|two|three)-(?:\d+|nil) (?:win|winners|draw|victory|defeat|loss|lead|thrashing|rout|home win|away win)"
    r"|(?:beat|beating|crushed|crushing|defeated|thrashed|edged|hammered|routed|stunned|battled past|drew with"
    r"|destroyed|demolished|outclassed|swept aside|brushed aside)"
    r" (?:[\w'.-]+ ){0,4}?\d{1,3}-\d{1,3}"
    r"|(?:won|win|wins|winning|lost|lose|loses|losing|drew|draw|led|leads?|leading|trail(?:ed|s|ing)?)"
    r" (?:[\w'.-]+ ){0,4}?\d{1,2}-\d{1,2}(?=[,.;:)]|$| (?:at|in|on|against|over|after|away|at home|and)\b)"
    r"|(?:won|win|wins|lost|lose|loses|beat|beaten|through|out) on penalties"
    r"|(?:battle|fight|race|bid|challenge|chase) for (?:the |a |their |his |her |its )?(?:[\w-]+ )?"
    r"(?:title|crown|trophy"
    r"|cup|championship|medals?|pennant|league)\b"
    r"|(?:the|a|their|his|her|its) (?:[\w-]+ )?(?:match|tournament|championship|title bout)"
    r"|in (?:the |a |an |this year's |Sunday's |Saturday's )?(?:[\w-]+ ){0,2}?final(?=[,.;]| on | in | at | against"
    r"| today| tonight|$)"
    r"|(?:battl|storm|cruis|rac|romp|sail|power|charg|fight|fought|grind|ground|edg)\w* to (?:a |an |their |his |her |its )?"
    r"(?:[\w-]+ ){0,2}?(?:victory|win|title|triumph)|lead at the top|top of the (?:table|log|standings|league)"
    r"|(?:bowling|pace|spin|seam) attack|(?:top|middle|batting) order|cover drive|run chase"
    r"|shot of the (?:day|match|game|tournament|season|year)"
    r"|(?:league|world|european|olympic|NBA) (?:title|crown)|last lap|penalty (?:kick|spot|area)"
    r"|(?:late|first-half|second-half|saved (?:[\w-]+ )?)penalt(?:y|ies)|referee|(?:gold|silver|bronze|Olympic) medals?"
    r"|NBA|NFL|Premier League|Champions League|Cup of Nations|Grand Prix|judo\w*|wrestl(?:er|ers|ing)|boxing|boxers?"
    r"|fencing|karate|taekwondo|win (?:the )?(?:gold|silver|bronze)"
    r"|scor(?:ed|es|ing) (?:twice|a brace|again|(?:[\w-]+ ){0,2}?(?:goals?|tries|touchdowns?|runs|baskets?"
    r"|equali[sz]ers?|winners?))"
    r"|(?:opening|winning|equali[sz]ing|late|first|second) goal"
    r"|(?:team|side|club|squad)['\u2019]s (?:attack|defen[cs]e|midfield|forwards|strikers)"
    r"|\d{1,3}(?:st|nd|rd|th) minute|(?:stoppage|injury) time|in midfield|(?:opened|doubled|completed) the scoring)\b",
    re.IGNORECASE,
)
"""Words of sport, where attacking, shooting, firing, battling and crushing are the game's own words: its
games ('in the final', 'the match', 'a title bout', 'the last lap'), its scores ('crushed Dallas 106-88', 'destroyed
Kano Pillars 4-0'), its places and moves ('massacred in midfield', 'doubled the scoring'),
penalties, referees and medals, goals scored ('attacked from the first minute and scored twice' is play), a final
with or without its article (a headline's 'clash with India in Asia Cup final today'), a side that battles or storms
to victory, a lead at the top of the table, and cricket's bowling attack, top order, cover drive and run chase.
A side that won, lost or led by a score ('won 4-1 at home'), or on penalties, and a battle for a title or a cup
are sport too, and so is a team's attack or defence. Tested on 'Spain battled past England 2-1 in the Berlin final'.
A race is sport too ('attacked on the final lap', 'with two laps to go', the finishing line), and so is a strike 'in
the 89th minute' or in stoppage time."""

GAME_CLASH = re.compile(
    r"\b(?:teams|sides|clubs|champions|holders|rivals|leaders|giants|favourites|hosts|[A-Z][\w-]+ and [A-Z][\w-]+)"
    r" (?:will |meet and |are due to |are set to )?clash(?:ed|es)?\b"
    r"|\bclash(?:ed|es)? (?:[\w'-]+ ){0,4}?(?:in|at) (?:(?:the|a|their|next|this|Saturday's|Sunday's) )?(?:[\w'-]+ ){0,2}?"
    r"(?:final|semi-final|quarter-final|match|game|derby|league|cup|tie|fixture|round|opener|decider)s?\b"
    r"|\b(?:the|a|this|their|Saturday's|Sunday's) (?:[\w'-]+ ){0,2}?(?:league|cup|title|derby|final|semi-final"
    r"|quarter-final|group|opening|top-of-the-table) clash(?:es)?\b",
)
"""A clash that is the game itself ('the teams clash in the semi-final', 'Saturday's derby clash'): in sport a clash
is a match between sides, while fans, police or rioters who clash are crowd trouble. A headline may drop the article
('Pakistan clash with India in Asia Cup final today')."""

CROWD_TROUBLE = re.compile(r"\b(?:fans|supporters|hooligans|ultras|spectators|(?<!ran )(?<!run )(?<!runs )riot\w*"
                           r"|tear ?gas|police|clash\w*"
                           r"|stabb\w*|protest\w*|demonstrat\w*|rall(?:y|ies|ied))\b", re.IGNORECASE)
"""What makes a sport story a riot or protest story: its crowds, protesters and the police (a side that 'ran riot'
scored freely)."""

GAME_PROTEST = re.compile(
    r"\bprotest\w* (?:against |over |at |to |with )?(?:the |a |an |their |his |her )?(?:[\w'-]+ ){0,2}?(?:decision"
    r"|call|penalty|goal|result|ruling|disqualification|referee|umpire|linesman|red card|VAR)\b"
    r"|\b(?:players?|coach(?:es)?|managers?|captains?|bench) (?:[\w'-]+ ){0,2}?protest\w*",
    re.IGNORECASE,
)
"""A protest inside a game: players or a coach who protest a referee's decision or a goal ('players protested the
referee's decision') object on the field; no one gathers to demonstrate."""

EXERCISE = re.compile(
    r"\b(?:(?:military|naval|joint|live-fire|air|war|combat) (?:drills?|exercises?)|drills?|war games|manoeuvres"
    r"|maneuvers|into the sea|into (?:the )?(?:[A-Z]\w+ )?(?:Sea|Ocean|waters)|test[- ]fir\w*"
    r"|testing (?:a |an |its |their |the )?(?:[\w-]+ ){0,3}?(?:missiles?|rockets?|warheads?|weapons?)"
    r"|(?:missile|weapons?|rocket) tests?|training (?:flights?|missions?|exercises?)"
    r"|(?:dummy|floating|practice) targets|(?:training|practice) grounds?|(?:firing|shooting|rifle) ranges?"
    r"|(?:joint|military|combat|tactical) training|training (?:in|on) (?:[\w-]+ ){0,3}?(?:combat|warfare|tactics"
    r"|bombing|shooting|marksmanship)"
    r"|(?:missiles?|rockets?) (?:[\w-]+ ){0,3}?over (?:its|their|the country's|[\w-]+'s) (?:[\w-]+ )?(?:territory"
    r"|islands?|mainland|airspace)|(?:missiles?|rockets?) over the (?:[A-Z]\w+ )?(?:Sea|Ocean))\b",
)
"""Military exercises and weapons tests: firing into the sea, at practice targets, on a firing range or a training
ground, or over another country's territory ('fired a ballistic missile over its territory') harms no one, and ACLED
codes no drills and no tests, neither as strikes nor as a change to a group's activity.
Joint training is an exercise too ('a week of joint training in air combat and bombing runs')."""

DISPLAY_OF_FORCE = re.compile(
    r"\b(?:(?:military|victory|independence|national day|passing-out|graduation) parades?|parad(?:ed|ing)|march-?past"
    r"|(?:on|for|to mark|to celebrate) (?:the )?(?:Army|Armed Forces|Navy|Air Force|Victory|Independence|Republic"
    r"|National|Defen[cs]e) Day|(?:watched|reviewed|saluted) (?:[\w'-]+ ){0,3}?from (?:a|the) (?:[\w-]+ )?(?:stand"
    r"|podium|dais|balcony|rostrum)"
    r"|fly-?past|air ?shows?|(?:international )?(?:fleet|naval) reviews?|(?:showed|shows|showing|show) off|on (?:public )?display|(?:gun|cannon) salutes?"
    r"|passing-out|guard of honou?r|sworn in|swearing-in|inaugurat\w*|(?:reviewed|inspected) (?:the )?(?:[\w-]+ )?"
    r"(?:troops|guard|parade|soldiers|recruits))\b",
    re.IGNORECASE,
)
"""A display of armed force: a military parade, a fly-past or an air show, a fleet review, a gun salute, a passing-out parade of
recruits, troops reviewed by a leader ('fighter jets flew overhead as the troops paraded'), weapons shown on a day of
the armed forces or of the nation ('tanks and missile launchers rolled through the capital on Army Day') or before a
leader who watches from a stand. Ceremony harms no one
and moves no force in a conflict; ACLED codes no parade of an army. (A parade of protesters still shows its people
gathered and keeps its protest type.)"""

WEAPONS_TEST = re.compile(
    r"\b(?:(?:missile|weapons?|rocket|nuclear|atomic|hydrogen bomb) tests?|test[- ]fir\w*"
    r"|(?:training|test|trial) launch(?:es)?"
    r"|tests? of (?:a |an |its |their )?(?:[\w-]+ ){0,2}?(?:missiles?|rockets?|nuclear|atomic|hydrogen bomb|bomb"
    r"|warheads?|weapons?)|testing (?:a |an |its |their |the )?(?:[\w-]+ ){0,3}?(?:missiles?|rockets?|warheads?"
    r"|weapons?)"
    r"|(?:launch(?:ed|es|ing)?|put|sent|placed) (?:[\w'-]+ ){0,3}?satellites? (?:[\w'-]+ ){0,2}?(?:into|in) (?:orbit|space)"
    r"|satellite launch(?:es)?|space launch(?:es)?|(?:rockets?|launchers?) (?:[\w'-]+ ){0,3}?(?:into|to) (?:orbit|space))\b",
    re.IGNORECASE,
)
"""A weapons test ('the missile test', 'its test of a hydrogen bomb'), or a rocket that carries a satellite into orbit
('launched a satellite into orbit aboard a rocket'): neither a strike nor any other strategic development (`EXERCISE`)."""

FESTIVE_GATHERING = re.compile(
    r"\b(?:to (?:celebrate|cheer|mourn|pray|worship|welcome|greet|receive|bury|campaign|canvass|watch)"
    r"|celebrat(?:ing|ed|ions?)|in celebration|jubilant|jubilation|festivities|festivals?|carnivals?|parades?"
    r"|street part(?:y|ies)|mourners|funeral (?:procession|cortege|march)s?|behind the (?:coffin|hearse|cortege)s?"
    r"|(?:carried|carrying|bore|bearing) (?:the |his |her |their )?(?:coffins?|body|bodies) "
    r"|religious procession|procession to (?:the )?(?:shrine|mosque|church|temple|cathedral|tomb)|pilgrims|devotees"
    r"|worshippers|graduation|(?:campaign|election|electoral|victory|welcome|prayer) (?:rall(?:y|ies)|march(?:es)?|procession)"
    r"|(?:rall(?:y|ied|ies)|campaign(?:ed|ing)?) (?:for|behind|in support of) (?:the |their |his |her )?"
    r"(?:[\w'-]+ ){0,3}?(?:candidate|candidacy|nominee|re-?election|bid|ticket)"
    r"|supporters of (?:the |a )?(?:[\w'-]+ ){0,2}?(?:candidate|nominee)|exam(?:ination)? results"
    r"|(?:candidates?|nominees?|contenders?) (?:[\w'-]+ ){0,2}?(?:held|holding|holds?|addressed|addressing"
    r"|address(?:es)?|staged|staging) (?:[\w-]+ ){0,2}?rall(?:y|ies)"
    r"|won (?:the |a )?(?:[\w-]+ ){0,2}?(?:cup|title|trophy))\b",
    re.IGNORECASE,
)
"""A march or gathering told with a purpose other than protest: a celebration, a festival, a parade, a carnival,
mourners or a funeral procession, worship or a pilgrimage, a graduation, a welcome, or a candidate's campaign rally
('both candidates held rallies in the north'). ACLED's
codebook codes a demonstration as a public gathering against or for a political cause; campaign rallies, festive
crowds and funerals are no protest unless the crowd voices a grievance (`PROTEST_GRIEVANCE`, in the sentence or the
paragraph's sentence before it, which often gives the cause) or turns violent."""

MILITARY_MARCH = re.compile(
    r"\b(?:soldiers|troops|cadets|servicem[ae]n|servicewomen|sailors|airmen|contingents?|regiments?|battalions?"
    r"|guards? of honou?r|honou?r guards?|military bands?)\b(?: [\w'-]+){0,4}? (?:march(?:ed|es|ing)?|paraded|filed)"
    r" (?:past|through|down|along|across)\b",
    re.IGNORECASE,
)
"""Soldiers, cadets or a band who march past a stand or through a city: a parade. ACLED's demonstrations are
gatherings of people for a cause; a force on parade makes none, unless the words of a grievance are told
(`PROTEST_GRIEVANCE`: soldiers who march to demand their pay protest)."""

PROTEST_GRIEVANCE = re.compile(
    r"\b(?:against|protest\w*|demonstrat\w*|demand\w*|condemn\w*|denounc\w*|slogans|chant(?:ed|ing|s)? (?!songs|hymns"
    r"|prayers)|justice|grievances?|angry|anger|outrage\w*|furious|fury|call(?:ed|ing|s)? for|in solidarity|boycott\w*"
    r"|sit-ins?|riot\w*|clash\w*|tear ?gas|disperse\w*|blocked|barricad\w*|stones?|torched|set fire|burn(?:ed|t|ing)"
    r"|over the (?:killing|death|murder|arrest|shooting)|turned into"
    r"|celebrat\w* (?:[\w'-]+ ){0,4}?(?:decision|ruling|verdict|judgment|acquittal|release|resignation|ouster"
    r"|election|poll|vote|referendum|court)|(?:marched|marching|march) (?:on|to) (?:the )?"
    r"(?:parliament|state house|presidency|presidential palace|palace|ministry|governor's office|city hall"
    r"|town hall|police (?:station|headquarters)|courts?|embassy|high commission|offices of))\b",
    re.IGNORECASE,
)
"""What makes a march a protest or a riot: words of grievance (against, demanding, condemning, slogans, justice,
anger, a call for), a celebration of a political outcome (a court's ruling, an election, a leader's release or
resignation: a show of support for a political cause, which ACLED codes as a demonstration), a march on a seat of power (parliament, a ministry, a police station, an embassy: a crowd goes
there to be heard), a sit-in or a boycott, or a crowd's trouble (a riot, a clash, tear gas, stones, blocked roads)."""

SUSPICIOUS_OBJECT = re.compile(
    r"\bsuspicious (?:package|parcel|object|item|bag|device|substance|powder|envelope|letter|vehicle)s?\b"
    r"|\bwhite powder\b",
    re.IGNORECASE,
)
"""An object feared to be dangerous ('a suspicious package was found'): not yet a weapon."""

EXPLOSIVE_FOUND = re.compile(
    r"\b(?:bombs?|explosives?|IEDs?|detonators?|grenades?|mines?|defus\w*|controlled explosion)\b", re.IGNORECASE)
"""Words that make a suspicious object a weapon ACLED codes as disrupted (a bomb defused)."""

FOUND_HARMLESS = re.compile(
    r"\b(?:turned out to be|proved to be|proved|was found to be|were found to be|found to be) (?:a |an )?(?:harmless|hoax"
    r"|false alarm|empty|nothing|innocuous|safe|a toy|toys?|rubbish)\b",
    re.IGNORECASE,
)
"""A suspicious object found harmless ('a controlled explosion on a suspicious package, which turned out to be
harmless'): no weapon was there to disrupt, whatever the bomb squad did."""

CROWD_CONVOY = re.compile(
    r"\b(?:fans|supporters|spectators|pilgrims|worshippers|devotees|mourners|tourists|passengers|travell?ers"
    r"|holidaymakers)\b(?: [\w'-]+){0,6}? (?:in|by) (?:a |an |separate |long |their |two )?(?:[\w-]+ )?(?:convoys?"
    r"|motorcades?|caravans?)\b"
    r"|\b(?:convoys?|motorcades?|caravans?) of (?:[\w-]+ ){0,2}?(?:fans|supporters|spectators|pilgrims|worshippers"
    r"|devotees|mourners|tourists|passengers|travell?ers|holidaymakers|buses|coaches)\b",
    re.IGNORECASE,
)
"""Fans, pilgrims or travellers moving in convoys ('fans left the stadium in separate convoys', 'a convoy of buses
carrying pilgrims'): people on their way to or from a match or a shrine, no armed group changing its activity."""


MISTAKEN_FOR_A_WEAPON = re.compile(
    r"\b(?:grenades?|bombs?|(?:explosive )?devices?|IEDs?|guns?|pistols?|rifles?|firearms?|weapons?|mines?|shells?"
    r"|rockets?|missiles?)\b(?: [\w'-]+){0,4}? (?:turned out|proved|was found|were found|was confirmed"
    r"|were confirmed|was later found|were later found) to be (?P<what>[^,;.]*)",
    re.IGNORECASE,
)
"""A weapon feared that turned out to be something else ('the grenade proved to be a cigarette lighter', 'the
gun proved to be a toy'): what was found names the object; no weapon was there to use or to disrupt."""

REAL_WEAPON = re.compile(
    r"\b(?:live|real|genuine|functional|working|loaded|active|primed|unexploded|homemade|improvised|explosives?"
    r"|bombs?|grenades?|IEDs?|mines?|guns?|rifles?|pistols?|firearms?|weapons?|ammunition|shells?|rockets?|missiles?"
    r"|detonators?)\b",
    re.IGNORECASE,
)
"""Words that make what a feared object turned out to be a weapon after all ('turned out to be a live grenade')."""


def mistaken_for_a_weapon(text: str) -> bool:
    """Whether a sentence's weapon turned out to be something harmless (`MISTAKEN_FOR_A_WEAPON`, with no weapon word
    in what it proved to be, `REAL_WEAPON`) and no one was harmed (`HARM_DONE`): a scare, not an explosion or a weapon
    disrupted."""
    match = MISTAKEN_FOR_A_WEAPON.search(text)
    return bool(match) and not REAL_WEAPON.search(match.group("what")) and not HARM_DONE.search(text)


SIMULATION = re.compile(
    r"\b(?:simulat(?:e|es|ed|ing|ions?)|mock (?:[\w-]+ )?(?:attacks?|assaults?|raids?|bombings?|explosions?|shootings?"
    r"|hijack\w*|hostage\w*|battles?|invasions?|evacuations?|emergenc(?:y|ies)|disasters?|drills?|exercises?|ambush)"
    r"|staged (?:a |an )?(?:[\w-]+ )?(?:drills?|exercises?)|rehears\w*"
    r"|(?:actors|extras|volunteers|role-players|students|cadets|officers|staff) (?:[\w-]+ ){0,2}?(?:playing|played"
    r"|posing as|posed as|acting as|acted as) (?:the )?(?:[\w-]+ )?(?:wounded|injured|victims|casualties|hostages"
    r"|attackers|terrorists|gunmen|hijackers|rioters|protesters|passengers|dead)"
    r"|(?:a|the) (?:[\w-]+ )?scene (?:in which|where|showing)|fictional|fictitious|role-play\w*"
    r"|video games?|computer games?|(?:film|movie|thriller|drama|novel|book|play|opera|series|documentary|show"
    r"|musical|comic|graphic novel) (?:[\w'-]+ ){0,3}?(?:tells|told|recounts|recounted|depicts|depicted|portrays"
    r"|portrayed|shows|showed|follows|followed|chronicles|imagines|dramati[sz]es|re-?creates|re-?enacts|retells|is set"
    r"|was set)|re-?enact\w*"
    r"|(?:fill|fills|filled|dominate|dominates|dominated|run through|runs through|ran through) (?:the |a |an |his |her"
    r" |their |its )?(?:[\w-]+ ){0,2}?(?:album|film|movie|novel|book|songs|lyrics|play|series|show|paintings|poems))\b",
    re.IGNORECASE,
)
"""Violence acted out or told in fiction: a drill or an exercise that simulates an attack, a mock attack (not a mock
election or a mock examination, which are practice runs of civil life where real riots happen), actors or
volunteers playing the wounded, a rehearsal, a scene or a plot, a video game, a film or a novel that tells, depicts or
re-enacts a battle, and the themes that fill or run through an album, a film or a book ('protests and riots fill
the new album'). Nothing in it happened to anyone: ACLED codes events, not their rehearsal or their portrayal."""


ENLISTMENT_STEP = re.compile(
    r"\brecruitment (?:exercises?|rall(?:y|ies)|tests?|screenings?|process|forms?)\b"
    r"|\b(?:graduat|pass)(?:ed|es|ing)? (?:out )?(?:\d[\d,]* )?(?:new )?(?:recruits|cadets|trainees)\b"
    r"|\b(?:recruits|cadets|trainees) (?:[\w'-]+ ){0,2}?(?:graduated|passed out)\b"
    r"|\bpassing[- ]out (?:parade|ceremony)\b"
    r"|\b(?:queued|queuing|lined up|applicants)\b(?: [\w'-]+){0,8}? for (?:the )?"
    r"(?:(?!protest\w*|against|demand\w*)[\w'-]+ ){0,4}?(?:recruitment|enlistment)\b",
    re.IGNORECASE,
)
"""The civil steps by which a state force takes on staff: a recruitment exercise, test or screening ('recruitment
rallies will be held', 'queued at the stadium for the defence forces recruitment'), and recruits or cadets who
graduate or pass out of training. They hire and train people, as any employer does; ACLED's change to a group's
activity records a conflict party's change of strength or conduct (an armed group's recruitment drive, forced
recruitment), and a recruitment rally is a selection of applicants, no demonstration (a protest told outside the
frame stays: applicants who marched after the test was cancelled protest). Told beside an armed group's name
(`_names_non_state_group`), the words may tell such a drive and stay."""


@functools.lru_cache(maxsize=1)
def _non_state_words() -> re.Pattern[str]:
    """The pattern file's words for non-state armed groups ('rebels', 'al-Shabaab', 'Boko Haram')."""
    return re.compile(classify.context_pattern("nonstate"), re.IGNORECASE)


def _names_non_state_group(text: str) -> bool:
    """Whether `text` names a non-state armed group or armed men."""
    return bool(_non_state_words().search(text))


GAME_NAMED_CLASH = re.compile(
    r"\b(?:the|a|an|this|that|their|its|his|her|[A-Z][\w-]*['\u2019]s) (?:[\w'-]+ ){0,2}?clash(?:es)?\b"
    r"(?! (?:with|between|involving) (?:[\w'-]+ ){0,2}?(?:fans|supporters|police|hooligans|ultras|spectators))",
)
"""In a sentence about sport, a clash named as a noun with its article ('the rain-hit clash ended without a result',
'in a heated clash'): the match itself. Fans, supporters or police who clash are still crowd trouble (`CROWD_TROUBLE`),
and so is a clash told with harm to bodies (`BODILY_HARM`)."""


ARMED_INTRUDER = re.compile(r"\b(?:gunm[ae]n|militants?|rebels?|militias?|militiamen|bandits|insurgents?|terrorists?"
                            r"|jihadists?|kidnappers?|abduct(?:ed|s|ing)|kidnapp(?:ed|s|ing))\b", re.IGNORECASE)
"""An armed group or an abduction, which no game has: told with sport ('gunmen abducted eight players of a football
club'), it is an act against the players."""


def game_only(text: str) -> bool:
    """Whether a sentence tells sport (`SPORT`), names no armed group or abduction (`ARMED_INTRUDER`) and no crowd
    trouble once the game's own clashes and protests are set
    aside (`GAME_CLASH`, `GAME_PROTEST`, and a clash named as a noun, `GAME_NAMED_CLASH`, unless bodies are harmed)."""
    if not SPORT.search(text) or ARMED_INTRUDER.search(text):
        return False
    rest = GAME_CLASH.sub(" ", GAME_PROTEST.sub(" ", text))
    if not BODILY_HARM.search(text):
        rest = GAME_NAMED_CLASH.sub(" ", rest)
    return not CROWD_TROUBLE.search(rest)


NAMED_EXERCISE = re.compile(
    r"\b(?:in|during|at|for|as part of|under) (?:the |a |an |its |their |this year's |last year's |annual |joint )?"
    r"(?:[\w'-]+ ){0,3}?(?:exercises?|drills?|war ?games|manoeuvres|maneuvers)\b"
    r"|\btraining ranges?\b"
    r"|\b(?:firepower|fire-power|capability|capabilities|weapons?) (?:demonstrations?|displays?)\b"
    r"|\bmock (?:enemy )?(?:[\w-]+ )?(?:targets?|airfields?|airstrips?|positions?|camps?|bases?|villages?|bunkers?"
    r"|hideouts?|ships?|convoys?)\b"
    r"|\b(?:as|for) (?:a |an |their |its )?(?:[\w-]+ )?targets?\b(?! (?:of|for|by)\b)|\btarget practice\b",
    re.IGNORECASE,
)
"""Fire told as part of a named exercise ('fired live rounds in the Cobra Gold exercise', 'bombed a mock enemy
airfield during its firepower demonstration'), on a training range, at a mock target or at a hulk towed out 'as a
target' (target practice: what is fired at is there to be hit and is no one's): practice harms no one, and
ACLED codes no drill (`EXERCISE` knows 'military drills' and 'firing ranges')."""

MILITARY = re.compile(
    r"\b(?:troops|soldiers|army|armies|navy|navies|naval|air ?force|marines|military|militaries|armed forces"
    r"|defen[cs]e forces|forces|paratroopers|commandos|sailors|pilots|jets|warships|tanks|artillery)\b",
    re.IGNORECASE,
)
"""Armed forces: an 'exercise' of theirs is a military one (a 'verification exercise' of a census is not)."""


def exercise_only(text: str) -> bool:
    """Whether a sentence tells armed forces firing in an exercise (`NAMED_EXERCISE`) with no harm done
    (`HARM_DONE`), no armed group named (`NON_STATE_ATTACKER`) and no demonstration outside the exercise's own name
    (a 'firepower demonstration' is a show, not a protest)."""
    rest = NAMED_EXERCISE.sub(" ", text)
    return bool(NAMED_EXERCISE.search(text) and MILITARY.search(text) and not HARM_DONE.search(text)
                and not NON_STATE_ATTACKER.search(rest) and not DEMONSTRATION.search(rest))
