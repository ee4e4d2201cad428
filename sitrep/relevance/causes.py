"""Harm with a cause that is no act of a conflict actor: disease, natural hazards, accidents and animals.

ACLED codes deliberate acts of conflict actors. Deaths and destruction from disease, natural hazards and accidents
are not political violence, however the story words them ("the virus killed two women", "a blast at the gas depot",
"floods destroyed 300 homes"), and neither is harm done by animals or a person to himself. These rules read what
caused the harm, in the sentence or in the one after it in the same paragraph, and whether a hostile act is told
beside it; blasts among people and at state forces' own bases are weighed here too.
"""

from __future__ import annotations

import re

from sitrep import classify
from sitrep.relevance.acts import ARMED_SOURCE, ARMED_WORD, DEMONSTRATION, HOSTILE_ACT
from sitrep.relevance.frames import _literal_acts

DISEASE = re.compile(
    r"\b(?:virus(?:es)?|viral|flu|influenza|bird flu|swine flu|avian|H\d+N\d+|cholera|ebola|measles|malaria|dengue"
    r"|covid(?:-19)?|coronavirus|sars|mers|zika|polio|tuberculosis|meningitis|hepatitis|mpox|monkeypox|plague"
    r"|typhoid|diphth?eria|tetanus|whooping cough|HIV|AIDS|anthrax|rabies"
    r"|outbreaks?|epidemics?|pandemics?|infections?|infected"
    r"|infectious|contagio\w*|diseases?"
    r"|fever|vaccin\w*|quarantin\w*|pathogen\w*|illness(?:es)?|sickness|ailments?"
    r"|diarrh(?:o)?ea\w*|dysentery|pneumonia|nipah|marburg|lassa|malnutrition|malnourish\w*|lockdowns?)\b",
    re.IGNORECASE,
)
"""Diseases and the words of their spread and of the measures against it ('troops deployed to enforce the
lockdown'), and deaths from hunger ('malnutrition killed 13 children in the camp'): deaths from them are no act of a
conflict actor, and soldiers or police who enforce a lockdown make no move in a conflict."""

HAZARD = re.compile(
    r"\b(?:floods?|flooding|flooded|earthquakes?|quakes?|tremors?|aftershocks?|cyclones?|hurricanes?|typhoons?"
    r"|tornado(?:es|s)?|(?<!to )(?:(?<=\ba )storm|(?<=\bthe )storms?|storms?(?! (?:a|an|the|their|its|his|her|into|through|several|two|three|four|five|dozens) ))|(?:thunder|hail|snow|sand|rain|wind|ice|dust)storms?|snowfalls?|electrocut\w*"
    r"|(?:strong|high|gale[- ]force|violent|fierce|powerful) winds|gales?"
    r"|landslides?|mudslides?|avalanches?|droughts?|heat ?waves?|lightning|tsunamis?"
    r"|volcan\w*|eruptions?|wildfires?|bush ?fires?|forest fires?|torrential rains?|heavy rains?|monsoon|blizzards?"
    r"|famine|extreme heat|heat ?stroke|cold snap|cold (?:wave|spell|weather)|(?:extreme|bitter|severe|intense) cold"
    r"|freezing temperatures|hypothermia|frostbite"
    r"|(?:a |the )?(?:fires?|flames|blazes?|infernos?) (?:gutted|broke out|swept|razed|destroyed|engulfed|ravaged|tore"
    r"|raced)|gutted|accidents?"
    r"|accidental|accidentally(?! (?:activated|detonated|exploded|triggered))|crash(?:ed|es)?|collid(?:e|es|ed|ing)"
    r"|(?:grain|cement|flour|feed) silos?|ignit(?:ed|ing|es) (?:[\w-]+ ){0,2}?(?:dust|gas|fumes|fuel|vapou?rs?|chemicals?|methane)"
    r"|hooch|moonshine|spurious (?:liquor|alcohol|drinks?)|prop (?:guns?|firearms?|weapons?)|(?:film|movie) sets?"
    r"|caused by (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:chemicals?|gas|leak\w*|fuel|fireworks|firecrackers|batter(?:y|ies)"
    r"|short[- ]circuit|electrical faults?|faulty wiring|welding|boilers?|cylinders?|transformers?)"
    r"|level crossings?|railway crossings?|thunderbolts?|(?:lithium|lithium-ion|e-bike|scooter|phone|laptop) batter(?:y|ies)"
    r"|(?:gas|cooking gas|propane|butane|oxygen) (?:canisters?|bottles?|cylinders?)"
    r"|cylinders? (?:blasts?|explosions?|burst)|(?:LPG|CNG) (?:cylinders?|tankers?|kits?)"
    r"|(?:refrigerators?|fridges?|compressors?|air conditioners?|pressure cookers?|water heaters?|geysers?|stoves?"
    r"|heaters?|(?:mobile |cell )?phones?|laptops?|inverters?|generators?) (?:[\w'-]+ ){0,2}?(?:exploded|explodes"
    r"|blew up|blows up|burst|bursts|caught fire)"
    r"|(?:dynamite|blast|bomb) fishing|(?:used|use|uses|using) (?:for|in) fishing|fish(?:ing|ed|ermen)? (?:with|using)"
    r" (?:[\w-]+ )?(?:explosives|dynamite|bombs)"
    r"|collapse of (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:building|bridge|footbridge|roof|wall|tunnel|mine|dam|stand|stage"
    r"|tower|crane|block|ceiling|scaffold\w*|platform|balcony|hotel|school|church|mosque|house)s?"
    r"|(?:firing|shooting|rifle) ranges?"
    r"|(?:ammunition|arms|munitions|weapons|explosives|fuel|gas|oil|chemicals?) (?:depots?|dumps?|stores?|warehouses?"
    r"|stockpiles?) (?:[\w-]+ ){0,2}?(?:exploded|explodes|blew up|caught fire|went up in flames)"
    r"|collisions?|capsiz\w*|derail\w*|gas leaks?|leaked|gas cylinders?|boilers?|short[- ]circuit|electrical faults?"
    r"|fireworks?|transformers?|chemical plant|refinery|factory fire|mine collapse|stampede|drown\w*|petroleum"
    r"|fuel (?:depots?|tankers?|storage)|oil (?:depots?|terminals?|tankers?)|(?:petrol|gas) stations?|overturned"
    r"|leaks?|leaking|gas mains?|spill(?:s|ed|age)?"
    r"|(?:poisoned|tainted|adulterated|contaminated|illicit) (?:liquor|alcohol|brew|food|water"
    r"|milk|flour|drinks?)|burst (?:its|their) banks|dams? (?:burst|breach\w*|collaps\w*|fail\w*)"
    r"|(?:buildings?|bridges?|roofs?|walls?|tunnels?|towers?|cranes?|stands?|scaffold(?:ing|s)?|stages?|ceilings?"
    r"|(?:apartment|residential|office|tower) blocks?|blocks of flats|houses|homes|hotels?|classrooms?|churches|mosques"
    r"|balcon(?:y|ies)|platforms?|structures?|(?:water|storage|overhead) tanks?|flyovers?|overpass(?:es)?|footbridges?)"
    r" (?:[\w-]+ ){0,4}?(?:collapsed|collapses|collapse|gave way|caved in)|sinkholes?|floodwaters?"
    r"|flood waters"
    r"|collapsed (?:[\w-]+ )?(?:building|bridge|roof|wall|tunnel|scaffold(?:ing)?|crane|stage|tower|ceiling|stand|mine)"
    r"|(?:drivers?|pilots?|motorists?|riders?|captain|tankers?|trucks?|lorr(?:y|ies)|bus(?:es)?|cars?|vehicles?"
    r"|minibus(?:es)?|trailers?) (?:[\w-]+ ){0,2}?lost control"
    r"|lost control of (?:the |his |her |their |its )?(?:[\w-]+ )?(?:vehicle|car|truck|lorry|bus|tanker|plane"
    r"|aircraft|helicopter|boat|motorcycle|motorbike|wheel|brakes)|(?:emergency|hard|forced|crash) landing"
    r"|crash-?land\w*"
    r"|(?:engine|technical|mechanical|brake|electrical) (?:failure|fault|problems?|trouble|glitch)"
    r"|methanol|carbon monoxide|food poisoning|alcohol poisoning|(?:toxic|poisonous|noxious|chemical) (?:fumes|smoke)"
    r"|(?<!heavy )(?<!torrential )rains|rainfall|downpours?|(?:river|rivers|lake|sea|water|waters) (?:levels? )?"
    r"(?:rose|rising|swelled|overflowed|broke its banks)|(?:rising|swollen) (?:rivers?|waters?)|overflow(?:ed|ing)"
    r"|lava|magma|volcanic ash|ash (?:clouds?|plumes?|columns?)|(?:shook|rocked|from|inside|at|in) the crater"
    r"|(?:natural|cooking|household|domestic|liquefied petroleum|liquefied natural|bottled) gas|methane|propane|butane"
    r"|LPG|LNG|build-?up of (?:gas|methane|pressure|dust)|dust explosions?|construction sites?|building sites?"
    r"|shipyards?|(?:crude )?oil tanks?|(?:fuel|storage|gas) tanks?|sawmills?|(?:hookah|shisha) (?:bars?|lounges?"
    r"|cafes?)"
    r"|(?:explosions?|blasts?|fires?|blazes?) (?:[\w',-]+ ){0,8}?(?:killing|killed|injuring|injured|wounding|wounded"
    r"|trapping|trapped|hurting|hurt) (?:[\w-]+ ){0,3}?(?:workers|welders|labou?rers|employees|technicians|engineers"
    r"|miners|customers|diners)|(?:workers|welders|labou?rers|employees|technicians|engineers|miners|customers|diners)"
    r" (?:were|was|have been|had been) (?:[\w-]+ )?(?:killed|injured|hurt|burned|trapped) (?:in|by) (?:an? |the )?"
    r"(?:[\w-]+ )?(?:explosions?|blasts?|fires?|blazes?)"
    r"|firecrackers?|pyrotechnics?|(?:detonated|set off|used|uses|using|detonating"
    r"|setting off) (?:[\w-]+ )?(?:explosives|dynamite|charges) to (?:clear|break|demolish|blast|open|widen|dig"
    r"|bring down|remove|free)"
    r"|fumes|smoke inhalation|(?:released|leaked|leaking|emitted|spewed|discharged|dumped) (?:[\w-]+ ){0,3}?(?:gas"
    r"|chemicals?|fumes|chlorine|ammonia|acid|sewage|radiation|radioactive|toxic)"
    r"|(?:planes?|aircraft|airliners?|helicopters?|choppers?|jets?) (?:[\w-]+ ){0,3}?went down"
    r"|(?:explosions?|blasts?|fires?|blazes?) (?:[\w'-]+ ){0,2}?in (?:a |an |the )?(?:[\w'-]+ )?kitchens?"
    r"|(?:explosions?|blasts?|fires?|blazes?) (?:[\w'-]+ ){0,2}?(?:at|in) (?:an? |the )?(?:[\w'-]+ ){0,3}?(?:depots?"
    r"|warehouses?|storage (?:facility|facilities|sites?|tanks?))"
    r"|(?:fires?|blazes?) (?:that |which )?(?:started|began) (?:in|at) (?:a |an |the )?(?:[\w-]+ )?(?:kitchen|stove"
    r"|cooker|shop|house|home|store|warehouse|market|factory|workshop|room)"
    r"|during (?:a |an )?(?:routine |military )?(?:training|test) (?:flights?|missions?|sorties|jumps?|runs?"
    r"|sessions?|exercises?|drills?)|during (?:a |an |the |its |their )?(?:routine |military |naval |joint |live-fire "
    r"|annual |\w+-day )?(?:exercises?|drills?|manoeuvres|maneuvers|war games)(?! of\b)"
    r"|fire (?:[\w-]+ ){0,3}?(?:reached|spread to|engulfed|broke out (?:at|in)) (?:an? |the )?(?:[\w-]+ )?(?:ammunition"
    r"|arms|munitions|weapons) (?:depots?|dumps?|stores?|warehouses?)|engine rooms?|explosives for (?:mining|quarrying|construction|road-?building)"
    r"|(?:tainted|toxic|bootleg) (?:liquor|alcohol)|celebratory (?:gun)?(?:fire|shots|shooting)"
    r"|(?:nuclear|chemical|steel|cement|fertili[sz]er|treatment|bottling|processing) (?:plants?|works|factor(?:y|ies))"
    r"|nuclear reactors?|(?<!striking )(?<!protesting )(?<!disgruntled )miners(?! (?:[\w-]+ ){0,5}?(?:protest\w*"
    r"|strik(?:e|es|ing)|demonstrat\w*|march(?:ed|es|ing)|rall(?:y|ied|ies|ying)|picket\w*|sit-?ins?|downed tools"
    r"|gathered|blocked|demand\w*))|colliery|(?:coal|gold|copper|tin|diamond|jade"
    r"|salt) mines?|mine ?shafts?|(?:gas|chemicals?|chlorine|ammonia|fumes|smoke|cloud|radiation|oil) (?:[\w-]+ ){0,3}?"
    r"(?:escaped|leaked|seeped|was released|were released)|no (?:sign|signs|evidence|indication) of (?:foul play"
    r"|sabotage|terrorism)|(?<!not )(?<!n't )(?<!never )rul(?:e|es|ed|ing) out (?:an? |any )?(?:foul play|sabotage"
    r"|terrorism|attacks?|militant involvement|a bomb)"
    r"|nothing to suggest (?:(?:that )?(?:it|the \w+) was )?(?:deliberate|suspicious|foul play|an attack)"
    r"|not (?:being )?treated as (?:suspicious|deliberate)|hit-and-run(?! (?:attacks?|raids?|ambush\w*|tactics|operations?|strikes?|assaults?))"
    r"|(?:bus|buses|minibus|coach|car|truck|lorry|vehicle|train|plane|boat|ferry)(?: [\w-]+){0,3} (?:plunged|plunges"
    r"|plunging|veered|skidded|rolled over|fell) (?:off|into|down)"
    r"|(?:ferry|ferries|boats?|ships?|vessels?|canoes?|barges?) (?:sinking|(?:sank|sinks)(?=\s*[.,;]|\s+(?:in|on|off"
    r"|near|after|while|when|at|during)\b))|house fires?"
    r"|tankers? (?:[\w-]+ ){0,2}?(?:exploded|caught fire|burst into flames|overturned|explosions?|blasts?)"
    r"|caught fire|burst into flames"
    r"|(?:fires?|blazes?) (?:[\w'-]+ ){0,4}?(?:at|in|inside) (?:an? |the )?(?:[\w'-]+ ){0,3}?"
    r"(?:hospital|ward|intensive care"
    r"|clinic|dormitor(?:y|ies)|hostel|hotel|nightclub|club|bar|restaurant|block of flats|apartment block|high-rise"
    r"|(?:apartment|residential|office) buildings?|shopping (?:cent(?:re|er)|mall)|mall|karaoke|cinema"
    r"|(?:holiday |care |nursing |family |children's )?homes?|houses?|shacks?|(?:detention|migrant) cent(?:re|er)s?"
    r"|markets?|market stalls)"
    r"|(?:tyre|tire|garbage|rubbish|waste|refuse) (?:dumps?|tips?|heaps?)|landfills?|dumpsites?"
    r"|sewers?|septic tanks?|sewage (?:tanks?|pits?|lines?|pipes?|drains?|treatment)|manholes?|smoke inhalation|filled with (?:thick |black )?smoke|ruptur(?:ed|es|ing)"
    r"|(?:train|bus|minibus|coach|car|truck|lorry|tanker|vehicle|plane|jet|ship|boat|ferry)s? (?:[\w-]+ ){0,2}?"
    r"(?:slammed|crashed|ploughed|smashed) (?:head-on )?into|freight trains?"
    r"|gas (?:explosions?|blasts?)|pipelines? (?:explosions?|blasts?|fires?|leaks?|bursts?|ruptures?)"
    r"|(?:explosions?|blasts?|fires?|blazes?) (?:[\w'-]+ ){0,4}?(?:at|in|inside|rocked|ripped through|tore through"
    r"|engulfed"
    r"|gutted) (?:an? |the )?(?:[\w'-]+ ){0,3}?(?:factory|factories|plant|warehouse|refinery|workshop|mill"
    r"|storage (?:tank|facility)|furnace"
    r"|(?:ammunition|arms|munitions|weapons|chemicals?|fuel|gas|oil) (?:depots?|dumps?|stores?|warehouses?)"
    r"|(?:[\w-]+ )?facility|pipelines?"
    r"|kiln|laborator(?:y|ies)|(?:garbage|rubbish|waste) dumps?|dumpsites?|landfills?|scrapyards?|reactors?"
    r"|pharmaceutical (?:[\w-]+ )?(?:units?|plants?|firms?|compan(?:y|ies))"
    r"|(?:industrial|manufacturing|production) units?)"
    r"|(?:the|a) (?:fire|blaze|inferno|flames) (?:that |which )?(?:killed|destroyed|razed|spread|raced|tore|swept)"
    r"|(?:fire|blaze|flames) (?:[\w'-]+ ){1,6}?spread (?:to|through|across)"
    r"|caused by (?:a |an )?(?:faulty|defective|overheated|overheating|overloaded)|build-?up of gas|gas build-?up"
    r"|lava|pyroclastic|ash (?:clouds?|plumes?|columns?)|ammonium nitrate|negligen(?:ce|t)"
    r"|careless(?:ly)? (?:handl\w*|stor\w*)|mishandl\w*|(?:improperly|unsafely|poorly) stored"
    r"|(?:crowd )?crush(?:es)? (?:at|during|in|outside|on)|crushed to death|trampled (?:to death|underfoot)"
    r"|(?:naked|open) flames?|welding|faulty wiring|unattended (?:candles?|stoves?|cookers?)"
    r"|rescued (?:[\w'-]+ ){0,4}?from (?:a |an |the |their |his |her )?(?:burning|collapsed|flooded|sinking)"
    r"|hunting (?:accidents?|party|parties|trips?)|fuel (?:trucks?|lorr(?:y|ies))|quarr(?:y|ies)"
    r"|blast(?:ing)? (?:the )?(?:rock|stone|ore)|(?:mining|blasting|commercial) explosives"
    r"|demolition (?:work|crews?|charges)|fire ?fighters?|fire (?:brigades?|crews?|engines?|tenders?|service)"
    r"|(?:run|knocked down|mown down|hit|struck) (?:over )?by (?:a |an |the )?"
    r"(?:speeding |passing |moving |reversing )?"
    r"(?:car|truck|lorry|bus|train|vehicle|motorcycle|motorbike|tractor|minibus|van|taxi)s?(?! bombs?\b)"
    r"|(?:ran|runs|running) (?:him|her|them) over"
    r"|(?:explosions?|blasts?) (?:from|caused by) (?:a |an |the )?(?:burning|fire))\b",
    re.IGNORECASE,
)
"""Natural hazards and accidents, among them spills and gas that escapes, tainted drink and food, mining disasters, gas
explosions, explosions and fires at factories, warehouses and other industrial plants, celebratory gunfire, fires in
hospitals, hotels and homes told with no one who set them, buildings, bridges, stages, scaffolding and dams that give
way, sinkholes, floodwaters, vehicles that plunge off roads or into rivers or crash into one another, boats and ferries
that sink ('the ferry sinking claimed 40 lives', 'a boat sank off the coast': not a boat that sank another) and house
fires, harm where foul
play or an attack is ruled out ('police rule out attack') or that police say nothing suggests was deliberate or treat as not suspicious, a hit-and-run on a
road, and explosives or chemicals handled or stored with negligence ('blasts blamed on the careless
handling of dynamite'), crowds that crush or trample people at a gathering, fires started by a naked flame, welding or
faulty wiring, people rescued from a burning or collapsed building, fires and blasts at an ammunition depot told with no
attack, explosions set off by a fire or a burning fuel truck, a tanker's explosion, things that 'caught fire' with no
one who set them,
explosives used to break rock in quarries and mines, miners (a mine's people, unless told striking, protesting,
marching or demanding: miners in a labour dispute are a crowd, not victims of an accident), and shots of a hunting party ('Dozo hunters', a militia, are no
hunting party); storms of every kind ('a thunderstorm killed three herders'; not the verb 'storm' with its object, 'residents storm a
police station', which is an assault), electrocution, pipelines that burst or
burn, blasts that rock or rip through a plant or a depot, fires at markets, burning dumps, gas in sewers, drivers who
lose control of their vehicles, aircraft that crash-land or come down after an engine failure, aircraft that 'went down'
and deaths during a training flight, session or test, or during an exercise or drill ('a navy missile struck a
support ship during an exercise') (accidents of the military's own routine), shells set off when a fire reached an
ammunition depot, blasts in an engine room
or at a plant making explosives for mining, toxic fumes and smoke that kill ('fumes from a tannery killed four
workers'), rains and rivers that rise, lava, ash and blasts in a volcano's crater, a plant that released or leaked gas
or chemicals, blasts of household gas, methane, propane or dust, blasts at building sites, shipyards, tanks, sawmills
and hookah bars, blasts and fires that kill workers, miners or customers (an attack on workers is told with its
attackers or its bomb), firecrackers, explosives set off to clear debris or break rock, a fire that started in a kitchen
or a shop, a blast in a kitchen, blasts and fires at a depot, a warehouse or a storage site told with no attack; cold
that kills ('bitter cold killed twelve homeless people'), fires that firefighters or a fire brigade fight (a fire set on
purpose is told with its arsonists or rioters), and people run over or knocked down by a car, a truck or a train (a
ramming attack is told with its attacker), gas canisters that blow up (South Asian English's 'cylinder blast' and
LPG or CNG cylinders: a gas cylinder that bursts), household machines that blow up or catch fire ('a refrigerator
compressor exploded in their house', a phone, a stove or a generator), explosives used to catch fish ('chemical bombs
used in fishing', 'dynamite fishing': a banned way of fishing, not an attack), 'the collapse of the footbridge',
harm from a
firing range (a training accident), and an ammunition or fuel depot that 'exploded' or 'caught fire' told with no
attack. Trains and vehicles that collide (a headline's present: 'two trains collide'), a train that hits a bus at a
level crossing, a thunderbolt (South Asian English for lightning), lithium batteries that blow up, a blast 'caused by chemicals stored in
containers' (or by gas, fuel, a leak, a boiler or a short circuit), hooch and spurious liquor (Indian English for
illicit drink that poisons), grain silos and a spark that ignited dust or gas, a structure that gave way, a prop gun on a film set, and a water tank, a flyover or an overpass that
collapses ('water tank collapse kills four') are accidents too. Capitalised inside a sentence the words are names
('Storm Corps', 'Operation Lightning'), not causes; after a dateline ('CANBERRA - Bushfires razed ...') a word opens
the sentence (`DATELINE`)."""

ERUPTION = re.compile(
    r"\b(?:volcano(?:es)?|volcanic|Mount [A-Z][\w-]*(?: [A-Z][\w-]*)?) (?:[\w-]+ ){0,4}?erupt(?:ed|s|ing)\b")
"""A volcano that erupts, named or not ('Mount Lewotobi on Flores erupted overnight'): violence also
'erupts', so the word needs its volcano."""

BLAST_AMONG_PEOPLE = re.compile(
    r"\b(?:blasts?|explosions?|bombs?|explosive devices?|IEDs?)\b (?:[\w'-]+ ){0,6}?"
    r"(?:at|in|near|outside|inside|on|rocked|hit|struck|ripped through|tore through) (?:an? |the )?(?:[\w'-]+ ){0,2}?"
    r"(?:bus (?:station|stop|terminal|park)s?"
    r"|(?:railway |train )?stations?|markets?|marketplaces?|bazaars?|mosques?|church(?:es)?|temples?|shrines?"
    r"|rall(?:y|ies)|checkpoints?|polling (?:station|centre|center)s?|funerals?|wedding(?: party)?|crowds?|squares?"
    r"|cafes?|tea ?(?:stalls?|shops?|houses?)|schools?|universit(?:y|ies)|police (?:station|post)s?|courts?)\b"
    r"[\w\s',-]{0,60}?\b(?:kill\w*|injur\w*|wound\w*|dead)"
    r"|\b(?:blasts?|explosions?|bombs?) (?:kill\w*|injur\w*|wound\w*) (?:[\w'-]+ ){0,4}?(?:at|in|near|outside|inside)"
    r" (?:an? |the )?(?:[\w'-]+ ){0,2}?(?:bus (?:station|stop|terminal|park)s?|(?:railway |train )?stations?"
    r"|markets?|marketplaces?|bazaars?|mosques?|church(?:es)?|temples?|shrines?|rall(?:y|ies)|checkpoints?"
    r"|polling (?:station|centre|center)s?|funerals?|crowds?|squares?|cafes?|schools?|police (?:station|post)s?)\b"
    r"|\b(?:(?:death )?toll|kill\w*|dead)\b (?:[\w'-]+ ){0,4}?(?:bus station|market|bazaar|mosque|church|temple|shrine"
    r"|rally|checkpoint|funeral|wedding|cafe|school) (?:blasts?|explosions?|bombings?)\b",
    re.IGNORECASE,
)
"""An explosion that kills or wounds people where people gather or worship, or at a checkpoint or a police post
('Blast at a bus station kills two', 'an explosion at a mosque killed 20', 'a blast kills three at a market', 'a blast
ripped through a market, killing five'), or whose toll is told with the place as a noun before the blast ('death toll
from Kunduz mosque blast rises'): news
headlines tell bombings this way, naming no bomber, and a market, a mosque or a bus station holds no
thing that blows up by itself as a plant or a depot does. Where the story names such a cause (a gas cylinder, a
transformer), `non_violent_cause` already keeps no event; without one, the blast is a bombing (ACLED:
remote explosive), not a bare word of an explosion (`GENERIC_ONLY`)."""

EVERYDAY_BLAST = re.compile(
    r"\b(?:batter(?:y|ies)|tyres?|tires?|(?:mobile |cell )?phones?|generators?|compressors?|pressure cookers?|stoves?"
    r"|kerosene|lamps?|heaters?|water heaters?|air conditioners?|fridges?|refrigerators?|engines?|pipes?|pipelines?"
    r"|sewers?|manholes?|grain silos?|flour|dust|coal)\b",
    re.IGNORECASE,
)
"""Everyday things that burst or blow up by themselves (a tyre, a phone battery, a stove, a generator, a sewer,
flour dust), beside those of `THING_THAT_BLOWS_UP` (gas, fuel, boilers, transformers)."""


def blast_among_people(text: str) -> bool:
    """Whether a sentence tells an explosion that kills or wounds people where they gather (`BLAST_AMONG_PEOPLE`)
    and names no thing that blows up by itself (`THING_THAT_BLOWS_UP`, `EVERYDAY_BLAST`)."""
    return bool(BLAST_AMONG_PEOPLE.search(text) and not THING_THAT_BLOWS_UP.search(text)
                and not EVERYDAY_BLAST.search(text))


STATE_FORCES_AT_HOME = re.compile(
    r"\b(?:at|in|inside|on board|aboard|on) (?:an? |the |its |their )?(?:[\w'-]+ ){0,2}?(?:naval|military|army"
    r"|air ?force"
    r"|police|navy|marine) (?:bases?|barracks|academy|school|college|station|stations|headquarters|airfield|airbase"
    r"|dockyard|shipyard|garages?|depots?|warehouses?|workshops?|training (?:centre|center|camp|ground))"
    r"|\b(?:on board|aboard|in|on) (?:an? |the |its |their )?(?:[\w'-]+ ){0,2}?(?:warships?|submarines?|frigates?"
    r"|destroyers?|naval vessels?)"
    r"|\b(?:their|its|his|(?:an? |the )?(?:army|military|police|navy|naval)) (?:[\w-]+ ){0,2}?(?:cars?|trucks?"
    r"|vehicles?"
    r"|lorr(?:y|ies)|ships?|boats?|vessels?|submarines?|aircraft|helicopters?|jets?"
    r"|planes?) (?:[\w-]+ ){0,3}?(?:exploded|blew up"
    r"|caught fire)\b",
    re.IGNORECASE,
)
"""State forces at home: in their own base, barracks, academy, station or depot, aboard their own ship, or in
their own vehicle that blew up. A blast there that the story tells with no attack and no attacker is as often an
accident with the forces' own munitions or fuel as an attack, and ACLED codes no accident: with no word of an
attack or an attacker (`NON_STATE_ATTACKER`), such a blast or fire is no event."""

RELIEF_WORK = re.compile(
    r"\b(?:rescue (?:work|operations?|efforts?|teams?|workers)|search and rescue|relief (?:efforts?|work|operations?"
    r"|supplies|goods|camps?|materials?)|stranded|trapped|humanitarian supplies|food and water"
    r"|(?:reach|help|assist|evacuate) (?:[\w-]+ ){0,2}?(?:stranded|trapped|flood|quake|cyclone|storm|fire|marooned)"
    r"|marooned|cut off by|sandbags?|levees?|dykes?|flood (?:defences|barriers|walls)|clean-?up"
    r"|(?:clear|clearing|cleared) (?:[\w-]+ )?(?:debris|rubble|roads?)|temporary bridges?"
    r"|to (?:help )?(?:repair|rebuild|reconstruct|restore|reopen) (?:the |a |an |damaged |destroyed )?(?:[\w-]+ )?"
    r"(?:dams?|roads?|bridges?|homes|houses|schools|power lines|water supply|infrastructure)"
    r"|(?:carry|deliver|distribute|bring|ferry|airlift|fly|truck)(?:ing)? (?:[\w-]+ ){0,2}?(?:aid|food|relief|supplies"
    r"|water|tents|blankets|medicines?|medical supplies)"
    r"|worst[- ]hit|(?:disaster|quake|flood|storm|cyclone)[- ](?:response|relief|zones?|areas?|victims|survivors)"
    r"|(?:affected|flooded|devastated) (?:areas|districts|regions|zones|villages|provinces)"
    r"|field hospitals?|(?:relief|aid|humanitarian) (?:agenc(?:y|ies)|organi[sz]ations?|groups?|charit(?:y|ies))"
    r"|distribut(?:e|es|ed|ing) (?:[\w-]+ ){0,3}?(?:kits|parcels|rations|aid|food|blankets|tents|supplies|vouchers))\b",
    re.IGNORECASE,
)
"""Rescue and relief after a disaster ('mobilised helicopters to reach stranded villagers', 'deployed to fill
sandbags', 'dispatched to the worst-hit areas', 'sent a ship to carry aid to the island', 'engineers sent to rebuild
the roads', 'set up a base to coordinate the disaster response'): soldiers and police doing it change nothing about
a conflict group's activity, set up no base in a conflict, and their aircraft strike nothing. (Survivors are left out:
an attack's report names them too.)
So is the work of relief agencies ('a relief agency distributed winter kits to displaced families')."""

WILD_ANIMALS = (r"wildlife|crocodiles?|alligators?|sharks?|snakes?|elephants?|hippos?|lions?|leopards?|tigers?|hyenas?"
                r"|wolves|wolf|bears?|monkeys?|buffalo(?:es)?|rhinos?|boars?|baboons?|whales?|cheetahs?|jackals?"
                r"|pythons?|cobras?")
"""Wild animals: in both lists below."""

ANIMALS = (r"animals?|pets?|dogs?|cats?|cattle|cows?|goats?|sheep|camels?|donkeys?|horses?|pigs?|poultry|chickens?"
           rf"|birds?|ducks?|livestock|herds?|{WILD_ANIMALS}|bees|wasps|mosquito(?:es)?|locusts?|pests?"
           r"|bulls?|bison|gorillas?|jaguars?|pumas?|swarms?|rats?|orcas?|dolphins?|vipers?|scorpions?|hornets?"
           r"|jellyfish|stingrays?|rhinoceros(?:es)?|hippopotamus(?:es)?")
"""Animals, tame and wild, and pests."""

PETS_AND_WILDLIFE = (rf"pets?|dogs?|cats?|strays?|wild animals|{WILD_ANIMALS}|deer|antelopes?|gazelles?|rabbits?|hares?"
                     r"|pheasants?|game birds|wild birds")
"""Animals nobody in a conflict owns as property, game among them ('hunters shot a deer'): killing them raids no
one's livelihood."""

PEOPLE_NAMED_BY_ANIMALS = (r"raid\w*|rustl\w*|thie\w*|theft|herd\w*|keepers?|owners?|traders?|dealers?|markets?"
                           r"|poach\w*|hunters?|smuggl\w*|breed\w*|farm\w*|rear\w*|vendors?|sellers?|merchants?"
                           r"|drivers?|handlers?|guards?|rangers?|vets?|veterinar\w*|ranch\w*|camps?|pens?|men|women"
                           r"|youths?|boys?|girls?|people|factions?|brigades?|battalions?|regiments?|militias?"
                           r"|squads?|commandos?|units?|fighters|rebels|gunmen|movement|group")
"""Words after an animal's name that make it name people ('cattle breeders', 'camel herders'), or an armed group
('the Cobra Faction', 'a Leopard Battalion'): armed groups often take an animal's name, and harm they do is an attack."""

NON_HUMAN_HARM = re.compile(
    r"\b(?:(?:fought|fight(?:s|ing)?|beat|chased|drove|scared|frightened) (?:off |away |back )?(?:the |a |an |wild "
    rf"|angry )?(?:{ANIMALS})(?: off| away| back)?"
    r"|(?:destroyed|damaged|ravaged|trampled|eaten|flattened|raided) by (?:a |an |the |wild |stray )?"
    rf"(?:(?:herds?|packs?|swarms?|troops?|flocks?) of )?(?:{ANIMALS})\b"
    rf"|(?:{ANIMALS}|bacteri(?:a|um)|parasites?|germs?|fungus|viruse?s?|flu|disease|strains?|outbreaks?)"
    rf"(?! (?:{PEOPLE_NAMED_BY_ANIMALS}))"
    r"(?: (?:(?!and |or |but |then )[\w'-]+ ){0,3}?| (?:that|which) (?:had |has |have )?)"
    r"(?:attack(?:s|ed|ing)?|kill(?:s|ed|ing)?|struck|strike|destroy(?:s|ed)?|ravag(?:es|ed)|mauled|trampled|bit|bite"
    r"|bites|savaged)(?:,? (?:and )?(?:kill(?:ed|s|ing)|maul(?:ed|s|ing)|injur(?:ed|es|ing)|wound(?:ed|s|ing)"
    r"|trampl(?:ed|es|ing)|ate|eaten|left))?"
    r"|(?:cull\w*|slaughter\w*|euthani[sz]\w*|(?:culling|veterinary) (?:teams?|workers|officials) killed)"
    r" (?:[\w',.-]+ ){0,4}?"
    rf"(?:{ANIMALS})"
    r"|(?:kill\w*|shot|shoot\w*|poison\w*|burn\w*|buri\w*)(?: dead)? (?:[\w,-]+ ){0,3}?(?:infected|diseased|sick|rabid)"
    rf" (?:{ANIMALS})"
    r"|(?:kill(?:s|ed|ing)?|shot|shoot\w*|poison\w*|mauled|tranquil[il]i[sz]\w*|darted)(?: dead)? (?:(?:the|a|an|its|their"
    rf"|his|her|some|\d[\d,.]*|[\w-]+'s|stray|sick|rabid|rogue|marauding|man-eating|problem|wild) ){{0,3}}?"
    rf"(?:{PETS_AND_WILDLIFE})(?: (?:that|which|after it|after they|when it) (?:had |has |have )?(?:killed"
    r"|attacked|mauled|savaged|eaten|ate|trampled|bitten)(?: (?:[\w-]+ )?(?:" + ANIMALS + r"|villagers|people"
    r"|farmers|herders?|residents|children|women|men|a (?:[\w-]+ )?(?:man|woman|child|boy|girl|farmer|herder)))?)?"
    rf"|(?:{WILD_ANIMALS}|wild animals|locusts?|rats?) raid(?:s|ed|ing)? (?:[\w'-]+ ){{0,2}}?(?:homes?|houses?|farms?|fields?"
    r"|crops|villages?|gardens?|kitchens?|bins|camps?|granar(?:y|ies)|shambas?)"
    rf"|(?:{PETS_AND_WILDLIFE}|(?<=\bthe )animal|(?<=says )animal) (?:shot|killed|put down|tranquil[il]i[sz]ed|captured)"
    r"(?: dead)?(?=\s*(?:[.;,]|$))"
    r"|\bit (?:was|had been) (?:shot|killed|put down|captured|caught)(?: dead)?"
    rf"|(?:{PETS_AND_WILDLIFE}) (?:[\w'-]+ ){{0,8}}?(?:are|were|was|is|been|being) (?:being )?(?:shot|killed|culled"
    r"|poisoned|put down)"
    r"|(?:killed|died|injured|hurt|wounded|maimed) (?:[\w-]+ ){0,3}?(?:after|when) (?:a|an|the) (?:[\w-]+ ){0,2}?"
    rf"(?:{ANIMALS}) (?:[\w'-]+ ){{0,2}}?(?:attacked|mauled|trampled|gored|bit|charged|stung|savaged|struck)"
    r"|(?:(?:killed|died|injured|hurt|wounded) (?:[\w-]+ ){0,3}?(?:after|when)"
    r" (?:being |he was |she was |they were )?)?"
    r"(?:killed|attacked|mauled|trampled|gored|bitten|savaged|stung|eaten) (?:to death )?by (?:a |an |the |wild |stray"
    rf" |rogue |angry |(?:a |the )?(?:herd|pack|swarm) of )?(?:{ANIMALS})(?! (?:{PEOPLE_NAMED_BY_ANIMALS})))\b",
    re.IGNORECASE,
)
"""Harm done by no person or to no person: a virus, bacteria, an animal or pests that attack, kill or
strike ('the virus attacks the immune system', 'a crocodile attacked a fisherman', 'locusts destroyed
crops', 'a lion attacked and killed a herder', 'baboons raid homes'), animals culled ('culling teams killed 50,000 chickens') or
killed sick ('soldiers shot dead infected pigs'), and pets or wild animals shot or
killed ('stray dogs are being shot') with what they had killed ('shot a lion that had killed three goats', 'rangers
shoot rogue elephant after it killed three villagers', a headline's 'KWS says animal shot'), and
people killed or hurt by an animal ('trampled by cattle', 'mauled by a leopard', 'was killed when a buffalo charged
her', 'a crocodile attack killed a fisherman'). ACLED codes the acts of people against people and their property
('it was killed' tells of no person: 'a rabid dog bit 11 people before it was killed'), and people who fought,
chased or drove an animal off ('his companions fought the animal off') (livestock killed in a raid or
a feud is property destroyed, so only culling takes it out); taken out,
such a sentence may hold no act at all."""

ANIMAL_DOER = re.compile(
    rf"^(?:[\w'-]+ ){{0,3}}?(?P<animal>{ANIMALS})(?! (?:{PEOPLE_NAMED_BY_ANIMALS})\b) (?:[\w-]+ )?(?:attacked|killed"
    r"|trampled|mauled|gored|raided|invaded|destroyed|charged|bit|savaged|struck|stormed|ate)\b",
    re.IGNORECASE,
)
"""A sentence whose subject is an animal that attacks, kills or raids ('Wild elephants attacked a village')."""


def animal_doer_only(text: str) -> bool:
    """Whether a sentence opens with an animal doing harm (`ANIMAL_DOER`, the animal's name in lower case unless it
    opens the sentence: 'the Tigers' may be an armed group) and names no armed side (`ARMED_WORD`, its tellers
    aside) and no demonstration: the clauses after it ('..., killing a woman and destroying three houses') tell what
    the animal did, and ACLED codes no harm done by animals."""
    match = ANIMAL_DOER.search(text)
    if not match or not (match.group("animal")[0].islower() or match.start("animal") == 0):
        return False
    return not ARMED_WORD.search(ARMED_SOURCE.sub(" ", text)) and not DEMONSTRATION.search(text)


SELF_HARM = re.compile(
    r"\b(?:(?:killed|hanged|hung|shot|stabbed|poisoned|drowned|electrocuted|strangled) (?:himself|herself|themselves)"
    r"|(?:took|taken|take|taking) (?:his|her|their) own li(?:fe|ves)|(?:committed|attempted|died by|death by) suicide"
    r"|suicides?\b(?! (?:bomb\w*|attacks?|vests?|belts?|car|truck|squads?|missions?|drones?|operations?|attackers?)))",
    re.IGNORECASE,
)
"""Suicide ('a student killed himself after failing his exams', 'took his own life'): harm a person does to
himself is no act against another. A suicide bomber's attack is left in ('suicide bomb', 'suicide attack'),
and so is what the rest of the sentence tells ('the gunman shot three guards and then shot himself')."""


CAUSE_CLAUSE = re.compile(r"\b(?:after|following|in the wake of|over|because of|in protest (?:at|against|over)"
                          r"|(?:to (?:demand|seek|call for)|demanding|calling for) (?:justice|compensation|action)"
                          r" (?:for|over))\b", re.IGNORECASE)
"""The word that opens the clause telling what a crowd's act answers ('blocked the road after a crash killed a boy'),
or the demand that names it ('formed a human chain to demand justice for a pupil killed in a road accident')."""

CROWD_ACTS = frozenset({"Peaceful protest", "Protest with intervention", "Violent demonstration", "Mob violence",
                        "Looting/property destruction"})
"""Acts of a crowd: protests, riots and the property it burns or wrecks."""


SELF_CAUSED_HARM = re.compile(r"\b(?:explosions?|blasts?|explode[sd]|blew up|blazes?|flames|caught fire|collapsed?)\b",
                              re.IGNORECASE)
"""Harm that needs no doer (a blast, a blaze, a collapse): told in a main clause, it belongs to the accident after it."""


CROWD_NAMED_BY_DISASTER = re.compile(
    r"\b(?:survivors|victims|residents|families|villagers|farmers|people|evacuees|those) (?:who were |who had been )?"
    r"(?:displaced |affected |made homeless |left homeless |hit |uprooted )?(?:of|by|from)"
    r" (?:the |last (?:week|month)['\u2019]s |this (?:week|month)['\u2019]s )?(?:[\w-]+ )?(?:floods?|flooding"
    r"|earthquakes?|quakes?|cyclones?|hurricanes?|typhoons?|storms?|landslides?|mudslides?|droughts?|wildfires?"
    r"|fires?|eruptions?|tsunamis?)\b",
    re.IGNORECASE,
)
"""A crowd named by the disaster it lived through ('survivors of the floods', 'residents displaced by the cyclone'):
the disaster tells who the people are, not what harmed anyone in the sentence; what they do is their own act."""


def crowd_act_before_cause(text: str, types: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The crowd's acts told in the main clause of a sentence whose accident, disaster or death is told only in the
    clause after 'after', 'following', 'over' or a demand of justice for its victims ('Residents blocked the highway
    after a crash killed a pupil', 'Riders burned a lorry after a collision killed a rider'): the accident frame
    blanks the clause that tells the accident, not the protest or the riot that answers it (the codebook codes
    demonstrations and mob violence whatever their cause). The main clause must name no hazard itself, and only the
    types the main clause alone yields among `CROWD_ACTS` are kept (an arrest or a death in the main clause stays the
    accident's, and so does a blast or a blaze: `SELF_CAUSED_HARM`). So are the acts of a crowd named only by the
    disaster it lived through (`CROWD_NAMED_BY_DISASTER`: 'Survivors of the floods blocked the highway with burning
    tyres to demand aid')."""
    named = CROWD_NAMED_BY_DISASTER.sub("people", text)
    if named != text and not non_violent_cause(named) and not SELF_CAUSED_HARM.search(named):
        own = {sub_type for sub_type, _ in classify.classify(named)} & CROWD_ACTS
        return [(sub_type, score) for sub_type, score in types if sub_type in own]
    match = CAUSE_CLAUSE.search(text)
    if not match:
        return []
    main = text[:match.start()]
    if (not main.strip() or non_violent_cause(main) or SELF_CAUSED_HARM.search(main)
            or not non_violent_cause(text[match.start():])):
        return []
    own = {sub_type for sub_type, _ in classify.classify(main)} & CROWD_ACTS
    return [(sub_type, score) for sub_type, score in types if sub_type in own]


def non_violent_cause(text: str) -> bool:
    """Whether a sentence names a disease, a natural hazard, an eruption or an accident (not as part of a name)."""
    if DISEASE.search(text) or ERUPTION.search(text):
        return True
    return any(match.group(0)[0].islower() or not text[:match.start()].strip()
               or DATELINE.fullmatch(text[:match.start()].strip()) for match in HAZARD.finditer(text))


DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3})(?:,? [A-Z][\w.]*(?: [A-Z][\w.]*){0,2})?"
    r"(?:,? (?:[A-Z][a-z]{2,8}\.?|\d{1,2}) \d{1,2}(?:,? \d{4})?)?(?: ?\([^()]{1,40}\))? ?[-\u2013\u2014:]+"
    r"|By [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?:,? [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})? ?[-\u2013\u2014:]+")
"""A dateline that opens a wire or newspaper report before its first word ('CANBERRA -', 'LAGOS (Reuters) -',
'KINSHASA, Sept 12 (Reuters) -', 'DHAKA:'): a place in capitals, with a date or an agency, then a dash or a colon;
or a byline with its place ('By Our Correspondent, Kisumu:').
The word after it opens the sentence, so a capital there is no name."""


CAUSE_EXPLAINED = re.compile(
    r"\b(?:caus(?:e|ed|es)|blam(?:e|ed|es|ing)|ruled out|due to|result of|triggered by|traced to|sparked by|started by"
    r"|the (?:blast|explosion|fire|blaze|victims|dead|deaths|incident|accident|collapse|crash|disaster))\b",
    re.IGNORECASE,
)
"""Words with which a sentence explains the harm the one before it told: its cause ('a gas cylinder caused the
blast', 'investigators blamed faulty wiring') or a definite reference back to it ('the victims were crushed when
a wall gave way')."""


def hazard_named(text: str) -> bool:
    """Whether a sentence names a natural hazard or an accident (`HAZARD`, not as part of a name)."""
    return any(match.group(0)[0].islower() or not text[:match.start()].strip()
               or DATELINE.fullmatch(text[:match.start()].strip()) for match in HAZARD.finditer(text))


def accident_told_next(following: str) -> bool:
    """Whether the next sentence of a paragraph tells an accident or a natural hazard (`hazard_named`) and no hostile
    act, in a story of its own ('At least 20 people were killed and dozens wounded. The bus had veered off a mountain
    road and rolled down a slope.'): news tells the toll first and what happened after, so harm told with no doer and
    no armed actor belongs to the accident told next. A next sentence that opens another story (`SEPARATE_STORY`)
    explains nothing, and a disease named next is left out (an outbreak is often the backdrop of a killing)."""
    return (bool(following) and not SEPARATE_STORY.match(following) and hazard_named(following)
            and not HOSTILE_ACT.search(_literal_acts(following)))


def cause_explained(following: str) -> bool:
    """Whether the next sentence of a paragraph explains the harm just told by a non-violent cause and tells no
    hostile act ('Three people were killed in an explosion on Tuesday. Officials said a gas cylinder caused the
    blast.'): news often tells the harm first and its cause after."""
    return (bool(following) and bool(CAUSE_EXPLAINED.search(following)) and non_violent_cause(following)
            and not HOSTILE_ACT.search(_literal_acts(following)))


BLAST_OR_FIRE = re.compile(r"\b(?:explosions?|blasts?|explode[sd]|blew up|fires?|blazes?|caught fire|burst into flames"
                           r"|went up in flames|collapsed?)\b", re.IGNORECASE)
"""Harm that has a cause of its own to be told: an explosion, a fire, a collapse."""


def blast_then_hazard(text: str, following: str) -> bool:
    """Whether a sentence tells an explosion, a fire or a collapse with no hostile act, and the next sentence names a
    thing that blows up or burns by accident (`THING_THAT_BLOWS_UP`) with no hostile act either ('An explosion killed
    four workers at the plant on Monday. A tanker of liquefied gas had overturned in the yard.'): news tells the blast
    first and what blew up after, with or without a word of cause. A next sentence that opens another story
    ('Separately, heavy rain flooded two villages') explains nothing."""
    return (bool(following) and bool(BLAST_OR_FIRE.search(text)) and bool(THING_THAT_BLOWS_UP.search(following))
            and not SEPARATE_STORY.match(following) and non_violent_cause(following)
            and not HOSTILE_ACT.search(_literal_acts(following)))


THING_THAT_BLOWS_UP = re.compile(
    r"\b(?:gas|cylinders?|tankers?|boilers?|methane|propane|butane|fuel|petrol|diesel|chemicals?|leak\w*|fireworks"
    r"|firecrackers|transformers?|short[- ]circuit|electrical faults?|faulty wiring|dynamite|welding|furnaces?)\b",
    re.IGNORECASE,
)
"""What blows up or burns by accident: gas, fuel, chemicals, boilers, transformers, fireworks, wiring."""

SEPARATE_STORY = re.compile(r"\s*(?:separately|elsewhere|meanwhile|in (?:a |another )?separate|in another)\b",
                            re.IGNORECASE)
"""Words that open another story: what follows them explains nothing told before."""
