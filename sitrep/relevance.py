"""Whether a sentence reports political violence, a demonstration or a strategic development at all.

ACLED codes deliberate acts of conflict actors. Deaths and destruction from disease, natural hazards
and accidents are not political violence, however the story words them ("the virus killed two
women", "a blast at the gas depot", "floods destroyed 300 homes"), and a trade deal or a team of
health workers sent to a province is no strategic development. The classifier's cues read words of
harm and movement; this stage reads what caused them: a sentence whose harm has a non-violent cause
(in it or in the sentence before it, in the same paragraph) and no sign of a hostile act or a
demonstration keeps no event type, and the strategic types that read bare words of agreement,
deployment or movement need a party to a conflict in the sentence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from sitrep import classify, countries, taxonomy

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
    r"|tankers? (?:[\w-]+ ){0,2}?(?:exploded|caught fire|burst into flames|overturned)|caught fire|burst into flames"
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
way, sinkholes, floodwaters, vehicles that plunge off roads or into rivers or crash into one another, harm where foul
play or an attack is ruled out ('police rule out attack') or that police say nothing suggests was deliberate or treat as not suspicious, a hit-and-run on a
road, and explosives or chemicals handled or stored with negligence ('blasts blamed on the careless
handling of dynamite'), crowds that crush or trample people at a gathering, fires started by a naked flame, welding or
faulty wiring, people rescued from a burning or collapsed building, fires and blasts at an ammunition depot told with no
attack, explosions set off by a fire or a burning fuel truck, things that 'caught fire' with no one who set them,
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
strike, whatever burned after it ('a drone struck a fuel depot'), and so are shells 'fired by government forces' that
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
    r"|retailers|brands)\b"
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
    r"|\bkill(?:s|ed|ing)? off\b|\b(?:cyber|hacking|ransomware|phishing|computer|DDoS|denial-of-service)[- ]?attacks?\b"
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
already under attack from cheaper producers', a leader who 'attacked lawmakers as "rats"' (a name called is words),
and 'a series of battles between the president and Congress' (a legislature, a court or an assembly has no arms: its
battles are votes and rulings; guards of the parliament are left alone).
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

BODILY_HARM = re.compile(
    r"\b(?:injur(?:ed|ing|es)|wound(?:ed|ing)|maim(?:ed|ing)|hospitali[sz]ed|stabb(?:ed|ing)|hack(?:ed|ing) to death"
    r"|beat(?:en|ing)? (?:him|her|them|up|to death)"
    r"|kill(?:ed|ing|s)? (?:at least |about |some |nearly |up to |more than )?(?:\d+|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|a (?:man|woman|boy|girl|child|person|supporter|voter|candidate|policeman|soldier)|several|dozens"
    r"|scores|hundreds|people|civilians|supporters|voters|worshippers|villagers|residents|students|children)\b"
    r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens) (?:[\w-]+ ){0,2}?(?:were |was )?"
    r"(?:killed|injured|wounded|dead|hurt)"
    r"|grenades?|guns?|gunfire|machetes?|pangas?|knives|clubs|iron bars|(?:sticks|stones|rocks) (?:and|or)|bombs?)\b",
    re.IGNORECASE,
)
"""Harm done to people's bodies or the weapons that do it ('injured a candidate', 'injures 12', 'killing two
supporters', 'with machetes', 'a grenade'). Words of political contest ('a ruling party candidate', 'an attack on a
rally', 'attacked his rivals') read as figures of speech in a story about a debate, but an attack that wounds or
kills people, or is made with a weapon, is a physical act: a rally attacked with a grenade is political violence
(ACLED codes attacks on rallies and candidates as violence against civilians or an explosion), however alike the
words of a speech that 'attacked the rally of his rivals'."""


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


COMMEMORATION = re.compile(
    r"\b(?:commemorat\w*|anniversary|mark(?:s|ed|ing)? (?:[\w-]+ ){0,2}?years? (?:[\w-]+ ){0,3}?since|reburied|reburial"
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
    r"|stormed|bomb(?:ed|ing)|explosion|clash\w*|tear ?gas|arrested)\b",
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

MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")

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
    r"|in the year['\u2019]s first (?:half|quarter|(?:[\w-]+ )?months))",
    re.IGNORECASE,
)
"""A long stretch of time a figure is counted over ('killed in 2024', 'so far this year', 'since January',
'over the past three years', 'in the past month', 'its annual report', 'at the start of the year', 'in the year's
first six months'), or a situation report's period ('during the reporting period', 'three attacks in one week': the
report sums up the incidents it lists one by one)."""

TALLY = re.compile(
    r"\b(?:(?:\d[\d,.]*|dozens|hundreds|thousands|scores) (?:[\w'-]+ ){0,3}?(?:have|has|had|were|was) (?:been )?"
    r"(?:[\w-]+ )?(?:killed|kidnapped|abducted|displaced|arrested|detained|injured|wounded|died|disappeared)"
    r"|(?:recorded|counted|registered|verified|documented|tallied) (?:[\w-]+ ){0,3}?"
    r"(?:\d[\d,.]*|more than|over|at least|nearly|almost|some)"
    r"|(?:\d[\d,.]*|dozens|hundreds|thousands|scores) (?:[\w'-]+ ){0,2}?(?:murdered|killed|kidnapped|abducted)"
    r"|(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|multiple) (?:[\w-]+ )?(?:attacks|killings"
    r"|kidnappings|abductions|bombings|murders|homicides|clashes|raids)"
    r"|(?:attacks|killings|kidnappings|abductions|bombings|murders|homicides|clashes|raids)(?: [\w'-]+){0,6}?"
    r" (?:doubled|tripled|halved|rose|fell|increased|decreased|dropped|declined|surged|soared|jumped|climbed)"
    r"|(?:killed|kidnapped|abducted|arrested|detained|displaced|wounded|injured) (?:more than |over |at least |nearly "
    r"|almost |some |about |around |up to )?(?:\d[\d,.]*|dozens|hundreds|thousands|scores))\b",
    re.IGNORECASE,
)
"""A count of victims or acts ('173 activists were killed', 'had killed more than 300 protesters', 'recorded more than
30,000 homicides'): with a
long stretch of time it is a tally, while 'the largest march since 2019' compares and counts nothing.
Acts counted or compared over time are tallies too ('214 attacks on police stations', 'with 13 reporters murdered',
'kidnappings doubled')."""

RATE = re.compile(r"\b(?:(?:every|each|per) (?:day|week|month|year)|(?:once|twice|times) a (?:day|week|month|year)"
                  r"|\d[\d,.]* (?:[\w-]+ ){1,3}?a (?:day|week|month|year))\b", re.IGNORECASE)
"""How often something happens ('kill a child every day', 'maim 5,000 people a year')."""

DAY_OF_AN_ACT = re.compile(
    rf"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|overnight"
    rf"|last night|this (?:morning|afternoon|evening)|(?:{MONTHS}) \d{{1,2}}\b|\d{{1,2}} (?:{MONTHS})\b"
    r"|on the (?:\d{1,2}(?:st|nd|rd|th)|[a-z]+th) )",
    re.IGNORECASE,
)
"""A day an act happened on: a weekday, 'yesterday', 'overnight', a date."""

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

GENERIC_ONLY = {"Remote explosive/landmine/IED": 0.7, "Air/drone strike": 0.8, "Shelling/artillery/missile attack": 0.75,
                "Chemical weapon": 0.7}
"""Types a sentence reaches below these scores only from a bare word of an explosion or a weapon's
name ('an explosion', 'aircraft', 'missiles', 'gas'): without a sign of a hostile act or an armed
actor, such a sentence reports no act of violence ('a container exploded', 'missiles banned by
sanctions')."""

BLAST_AMONG_PEOPLE = re.compile(
    r"\b(?:blasts?|explosions?|bombs?|explosive devices?|IEDs?)\b (?:[\w'-]+ ){0,6}?"
    r"(?:at|in|near|outside|inside|on) (?:an? |the )?(?:[\w'-]+ ){0,2}?(?:bus (?:station|stop|terminal|park)s?"
    r"|(?:railway |train )?stations?|markets?|marketplaces?|bazaars?|mosques?|church(?:es)?|temples?|shrines?"
    r"|rall(?:y|ies)|checkpoints?|polling (?:station|centre|center)s?|funerals?|wedding(?: party)?|crowds?|squares?"
    r"|cafes?|tea ?(?:stalls?|shops?|houses?)|schools?|universit(?:y|ies)|police (?:station|post)s?|courts?)\b"
    r"[\w\s',-]{0,60}?\b(?:kill\w*|injur\w*|wound\w*|dead)"
    r"|\b(?:blasts?|explosions?|bombs?) (?:kill\w*|injur\w*|wound\w*) (?:[\w'-]+ ){0,4}?(?:at|in|near|outside|inside)"
    r" (?:an? |the )?(?:[\w'-]+ ){0,2}?(?:bus (?:station|stop|terminal|park)s?|(?:railway |train )?stations?"
    r"|markets?|marketplaces?|bazaars?|mosques?|church(?:es)?|temples?|shrines?|rall(?:y|ies)|checkpoints?"
    r"|polling (?:station|centre|center)s?|funerals?|crowds?|squares?|cafes?|schools?|police (?:station|post)s?)\b",
    re.IGNORECASE,
)
"""An explosion that kills or wounds people where people gather or worship, or at a checkpoint or a police post
('Blast at a bus station kills two', 'an explosion at a mosque killed 20', 'a blast kills three at a market'): news
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

NON_STATE_ATTACKER = re.compile(
    r"\b(?:militants?|rebels?|insurgents?|jihadists?|terrorists?|militias?|militiamen|gunm[ae]n|bandits|extremists?"
    r"|armed groups?|fighters|guerrillas?|separatists?|suicide|claimed|responsibility|suspected|sabotage|drones?"
    r"|missiles?|rockets?|strikes?|enemy|attack\w*)\b",
    re.IGNORECASE,
)
"""Words that name an attacker or an attack: with one, a blast at a base is an act of the conflict."""

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


REMOTE_TYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                          "Grenade", "Suicide bomb", "Chemical weapon"})

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

DONE_NOW = re.compile(
    r"\b(?:killed|killing|shot|wounded|wounding|injured|injuring|fired|firing|opened fire|stormed|storming|clashed"
    r"|clashing|bombed"
    r"|bombing|shelled|shelling|struck|attacked|attacking|exploded|detonated|kidnapped|abducted|arrested|detained"
    r"|dispersed|beat|beaten|torched|burned|looted|marched|marching|rallied|gathered|protested|protesting"
    r"|demonstrated|chanted|chanting|died|dead|blocked|seized|captured|raided|lynch(?:ed|es|ing)"
    r"|stoned|stoning|pelted|pelting|vandali[sz]ed|ransacked|smashed|hacked|stabbed|assaulted|ambushed|set ablaze"
    r"|set fire to|clash(?:es)? (?:broke out|erupted))\b",
    re.IGNORECASE,
)
"""Verbs that tell violence or a demonstration as an act the sentence itself reports, not as a noun
('the attack', 'protests') that names the reason for something else."""

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
    r"|centers?|units?|rules)|fake (?:[\w-]+ )?(?:medicines?|drugs|goods|products|currency|banknotes|notes|documents"
    r"|passports|certificates|alcohol|liquor|gold|cosmetics))\b",
    re.IGNORECASE,
)
"""Ordinary crimes (theft, robbing, stolen goods, pickpocketing, drugs and drug dens, smuggling, fraud, extortion,
forging, gambling, selling fake medicines or goods, price gouging in a shortage, cheating by impersonation, bribery,
money
laundering, killings in a family or
over an inheritance: 'arrested a man accused of killing three members of his family', people smuggling:
'rescued 340 migrants crammed in trucks; the drivers were arrested'), breaches
of a quarantine, and the police work of everyday law enforcement."""

SEIZED_GOODS = re.compile(
    r"\b(?:seiz|confiscat|intercept|impound)\w* (?:[\w'-]+ ){0,4}?(?:cocaine|heroin|methamphetamine|narcotics|drugs"
    r"|cannabis|marijuana|contraband|counterfeit|gold|ivory|timber|cigarettes|fuel|(?:crystal )?meth|shabu|ecstasy"
    r"|ketamine|tramadol|mandrax|captagon)\b",
    re.IGNORECASE,
)
"""Goods of ordinary crime seized by police or customs ('seized two tonnes of cocaine hidden in a coffee
shipment'): everyday law enforcement, no strategic development (weapons seized are, see the classifier)."""

VEHICLES_IMPOUNDED = re.compile(
    r"\b(?:seiz|confiscat|impound|tow)\w* (?:[\w'-]+ ){0,3}?(?:motorbikes|motorcycles|vehicles|cars|buses|minibuses"
    r"|taxis|tricycles|trucks|lorries|boda[- ]bodas|okadas|kekes|rickshaws|jeepneys|matatus)\b",
    re.IGNORECASE,
)
"""Vehicles seized or impounded ('seized 140 motorbikes in an operation against unregistered riders'): by police or
traffic officers (`LAW_ENFORCERS`) it is the enforcement of traffic and licensing law, no looting and no strategic
development; the vehicles are held, not taken as spoils."""

LAW_ENFORCERS = re.compile(
    r"\b(?:police|policemen|officers|customs|detectives|agents|narcotics (?:bureau|agency|unit|squad)"
    r"|anti-narcotics|drug (?:enforcement|law enforcement|control) (?:agency|administration|unit|squad))\b",
    re.IGNORECASE,
)
"""Those who enforce the law on ordinary crime: police, customs, detectives, a drug agency's agents."""


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
    r"\b(?:prosecutors?|prosecution|trial|courts?|courtroom|lawyers?|attorneys?|indicted|indictment|autopsy|lawsuits?"
    r"|sued|convicted|acquitted|jury|verdict|testified|defamatory|libel\w*|homicide investigation|coroner|inquest"
    r"|law enforcement officials)\b",
    re.IGNORECASE,
)
"""Words of a criminal case: a trial, lawyers, an autopsy, an inquest."""

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

RELATIVE_CLAUSE = re.compile(r",? (?:who|which) (?:had |has |have )?[^,;:]*", re.IGNORECASE)
"""A relative clause: it describes the people or the thing it follows ('supporters who were arrested last year')."""

VIOLENT_VERB = re.compile(r"\b(?:murdered|massacred|hacked|stabbed|beheaded|executed|ambushed|raped|assaulted"
                          r"|assassinated|tortured|lynched|set fire)\b", re.IGNORECASE)
"""Verbs of violence a witness or a court may tell as done ('the court heard that gunmen murdered the driver')."""

EXERCISE = re.compile(
    r"\b(?:(?:military|naval|joint|live-fire|air|war|combat) (?:drills?|exercises?)|drills?|war games|manoeuvres"
    r"|maneuvers|into the sea|into (?:the )?(?:[A-Z]\w+ )?(?:Sea|Ocean|waters)|test[- ]fir\w*"
    r"|testing (?:a |an |its |their |the )?(?:[\w-]+ ){0,3}?(?:missiles?|rockets?|warheads?|weapons?)"
    r"|(?:missile|weapons?|rocket) tests?|training (?:flights?|missions?|exercises?)"
    r"|(?:dummy|floating|practice) targets|(?:training|practice) grounds?|(?:firing|shooting|rifle) ranges?"
    r"|(?:joint|military|combat|tactical) training|training (?:in|on) (?:[\w-]+ ){0,3}?(?:combat|warfare|tactics"
    r"|bombing|shooting|marksmanship)"
    r"|(?:missiles?|rockets?) (?:[\w-]+ ){0,3}?over (?:its|their|the country's|[\w-]+'s) (?:[\w-]+ )?(?:territory"
    r"|islands?|mainland|airspace))\b",
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
    r"|tests? of (?:a |an |its |their )?(?:[\w-]+ ){0,2}?(?:missiles?|rockets?|nuclear|atomic|hydrogen bomb|bomb"
    r"|warheads?|weapons?)|testing (?:a |an |its |their |the )?(?:[\w-]+ ){0,3}?(?:missiles?|rockets?|warheads?"
    r"|weapons?)"
    r"|(?:launch(?:ed|es|ing)?|put|sent|placed) (?:[\w'-]+ ){0,3}?satellites? (?:[\w'-]+ ){0,2}?(?:into|in) (?:orbit|space)"
    r"|satellite launch(?:es)?|space launch(?:es)?|(?:rockets?|launchers?) (?:[\w'-]+ ){0,3}?(?:into|to) (?:orbit|space))\b",
    re.IGNORECASE,
)
"""A weapons test ('the missile test', 'its test of a hydrogen bomb'), or a rocket that carries a satellite into orbit
('launched a satellite into orbit aboard a rocket'): neither a strike nor any other strategic development (`EXERCISE`)."""

HARM_DONE = re.compile(
    r"\b(?:killed|killing|wounded|injured|dead|casualties|attack(?:ed|s)? (?:on|against)|hit (?:a|an|the)"
    r"|struck (?:a|an|the)|landed (?:in|on) (?:a|an|the) (?:village|town|city|house|home|school))\b",
    re.IGNORECASE,
)
"""Harm to people or places: with it, fire during an exercise is an incident to code."""

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

CIVILIAN_EVACUATION = re.compile(
    r"\b(?:(?:{evacuees})(?: [\w-]+){{0,3}} (?:was|were|been|being|are|is) (?:[\w-]+ )?evacuated"
    r"|evacuat(?:ed|ing|e) (?:[\w,-]+ ){{0,3}}?(?:{evacuees})|(?:prepare|prepared|preparing|get ready|ready) for"
    r" (?:an? |the |possible |their )?evacuation"
    r"|evacuation (?:plans?|orders?|drills?|routes?|centres?|centers?))\b".format(
        evacuees="buildings?|schools?|hospitals?|homes?|houses|flats|office(?: block)?s?|residents|people|passengers"
                 "|(?:shopping )?malls?|shopping (?:centres?|centers?)|stations?|airports?|terminals?|stadiums?|hotels?"
                 "|families|villagers|patients|staff|students|pupils|occupants|workers|tourists|guests|shoppers"),
    re.IGNORECASE,
)
"""People or a building taken out of harm's way: ACLED's non-violent transfer of territory is ground
handed between armed parties, and its change to a group's activity is a move of an armed or political
group, not an evacuation of residents or an office block.
Nor is an evacuation prepared for ('told to prepare for evacuation', 'drew up evacuation plans')."""

VIOLENCE_AS_REASON = re.compile(
    r"\b(?:in )?(?:response|reaction|retaliation|reply) (?:to|for) (?:[\w'-]+ ){0,6}?"
    r"(?:attacks?|bombings?|killings?|poisoning"
    r"|assassinations?|shootings?|(?:air|drone|missile) ?strikes?|invasion|occupation|crackdown|violence|unrest|launch"
    r"|tests?)\b"
    r"|\b(?:flee\w*|fled|displaced by|escaping|escaped|driven (?:out|from their homes) by|uprooted by)"
    r" (?:from )?(?:the )?"
    r"(?:(?!without |before |to )[\w-]+ ){0,2}?(?:attacks|violence|fighting|clashes|conflicts?|raids|war|insurgency)\b"
    r"|\b(?:condemn|denounc|deplor|decr(?:y|ies|ied)|mourn)\w* (?:in the (?:strongest|harshest|clearest) (?:possible )?"
    r"terms )?(?:[\w'-]+ ){0,3}?(?:attacks?|bombings?|killings?"
    r"|shelling|(?:air|drone|missile) ?strikes?|violence|crackdown|massacres?|shootings?|abductions?|kidnappings?"
    r"|assassinations?|murders?|executions?|beheadings?|raids?|invasion|incursions?|arrests?|detentions?|barrages?"
    r"|offensive|launch(?:es)?|test(?:s|ing)?)\b(?: of (?:[\w'-]+ ){0,3}?(?:protesters|demonstrators|marchers|activists"
    r"|students|civilians|journalists|opponents|dissidents|prisoners|detainees)\b)?"
    r"|\b(?<!were )(?<!was )(?<!been )(?<!are )(?<!is )(?<!being )(?:destroyed|damaged|razed|ruined|wrecked|displaced"
    r"|orphaned|widowed|uprooted|disabled) (?:in|by|during) (?:the |years of |decades of |months of )?(?:[\w-]+ )?"
    r"(?:fighting|war|conflict|violence|insurgency|attacks|clashes|bombing|shelling|bombardment)\b"
    r"|\b(?:concern(?:ed)?|alarm(?:ed)?|worried|troubled|dismay(?:ed)?)['\u2019\"]? (?:by|about|over|at) (?:the )?(?:reports? of )?"
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

DEMONSTRATION = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|march(?:ed|es|ers|ing)|(?-i:march)|(?<!\bin )(?<!\buntil )(?<!\bsince )(?<!\bby )"
    r"(?<!\bfrom )(?<!\bof )(?<!\bearly )(?<!\blate )(?<!\bmid-)(?<!\bnext )(?<!\blast )(?<!\bthis )(?<!\bthrough )"
    r"(?<!\bbefore )(?<!\bafter )(?<!\bend of )(?-i:March)(?! \d)(?!,? (?:19|20)\d\d)|rall(?:y|ies|ied)|sit-ins?"
    r"|riot\w*)\b", re.IGNORECASE)
"""A demonstration: itself an event, whatever it responds to ('a march in response to the strikes').
The month of March is none ('adjourned the hearing until March', 'on March 3', 'in March 2021')."""

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
    r" (?:the |(?-i:[A-Z])[\w'-]+ )?(?:reports?|claims?|rumou?rs?|allegations?|accusations?|charges"
    r"|accounts?) (?:(?:by|from) (?:the )?[\w'-]+(?: [\w'-]+)? |" + SPREAD_BY + r")?(?:that|of)"
    r"|den(?:y|ies|ied|ying) (?:any |all )?(?:involvement|responsibility|role|part|links?)"
    r" (?:in|for|with)|den(?:y|ies|ied|ying) (?:that )?(?:it|they|he|she) (?:was|were|had been) (?:responsible|involved"
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
    r"|vigils?) (?:[\w'-]+ ){0,8}?(?:was|were|has been"
    r"|have been|had been) (?:called off|cancell?ed|postponed|banned|prohibited|abandoned|put off|deferred)"
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
'threatened in a video to attack foreign firms', 'vowed on Thursday to crush the bandits'; and the noun with its
infinitive: 'threats by armed groups to attack communities'), feared, called off, denied, only called for ('defying
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

DESCRIBING_CLAUSE = re.compile(rf"{RELATIVE_CLAUSE.pattern}|,? that (?:had |has |have )?[^,;:]*"
                               r"|\baccus\w* (?:[\w'-]+ ){0,3}?of [^,;:]*", re.IGNORECASE)
"""A relative clause or an accusation's content: it describes or imputes an act, it does not report one."""

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

PROTEST_TYPES = frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters"})

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

CHEMICAL_USE = re.compile(
    r"\b(?:us(?:ed|es|ing)|dropp\w*|fir(?:ed|ing)|launch\w*|attack\w*|struck|shell\w*|spray\w*|gass(?:ed|ing)"
    r"|poison\w*|expos\w*|kill\w*|injur\w*|wound\w*|died|dead|victims?|casualties|suffocat\w*|choking|symptoms"
    r"|hospital\w*|treated|sickened|affected|releas(?:ed|ing)|unleash\w*|breath\w*)\b",
    re.IGNORECASE,
)
"""Words of a chemical used on people or of its victims: residues found near an old depot report no use. A gas
released or unleashed is used, and people short of breath are its victims."""

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
    r"failed\b",
    re.IGNORECASE,
)
"""An agreement denied: parties that could not agree, talks that collapsed or ended without a ceasefire ('previous
rounds collapsed without a lasting ceasefire', 'the mediators could not agree on a venue'), or one judged as having
failed ('the peace agreement has failed to bring security': a deal made long before is weighed, none is reached).
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
    r"|(?:produce|manufacture|co-produce|build|develop|design|assemble|upgrade|maintain|repair)"
    r" (?:[\w-]+ ){0,4}?(?:weapons?|arms|rifles?|guns?|jets?|aircraft|planes|tanks?|helicopters?|submarines?|frigates?"
    r"|warships?|ships|drones?|missiles?|ammunition|shells|air defen[cs]e systems?))\b",
    re.IGNORECASE,
)
"""The matter of a deal in business, trade or labour: wages, prices, trade, loans, contracts ('the government
agreed to raise the doctors' salaries'), or a purchase, arms among them ('signed a deal to buy twelve
helicopters'), and the joint making of weapons ('agreed to produce rifles together'): a contract between states or
firms, not a deal between the sides of a fight. ACLED's agreements are made between parties to a conflict.
Spending is such a matter too ('agreed to raise military spending targets')."""

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
    r"(?:NATO|alliance|European Union|EU)\b",
    re.IGNORECASE,
)
"""An alliance between states ('signed a defence pact allowing their troops to train together', 'joined NATO'): pacts
between friends. (Arms control treaties are left alone: the shared task of CASE 2021 codes leaving one as an
agreement.) ACLED's
agreements are ceasefires, peace deals and exchanges between the sides of a conflict (`CONFLICT_DEAL` words other
than troops: a pact that moves troops to train is still no ceasefire)."""

AGREED_TO_TALK = re.compile(
    r"\bagree(?:d|s|ing)? to (?:resume|hold|open|start|begin|continue|restart|keep|reopen|launch|pursue|step up)"
    r" (?:[\w-]+ ){0,3}?(?:talks|talking|negotiations|negotiating|dialogue|consultations|contacts)\b",
    re.IGNORECASE,
)
"""States that agree only to talk ('Japan and South Korea agreed to resume security talks', 'agreed to keep talking
about the border'): the talks are still to come and no deal is made; between states not at war (no armed actor in the
sentence, no ceasefire or captives named) ACLED codes no agreement."""

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


FOOD_SENSE = re.compile(
    r"\b(?:shelled|unshelled|in-shell) (?:[\w-]+ ){0,2}?(?:pistachios|nuts|peanuts|almonds|walnuts|cashews|pecans"
    r"|hazelnuts|eggs|shrimps?|prawns|peas|beans|seeds|crabs?|oysters|mussels)\b",
    re.IGNORECASE,
)
"""'Shelled' of food: nuts, eggs and shrimp with their shells removed, not a place hit by artillery."""

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
    r" (?:[\w'-]+ ){0,3}?(?:after|over|during|following|in connection with) [^,;:]*",
    re.IGNORECASE,
)
"""An inquiry into an act ('took over the probe into the blast'): the act names what is investigated. With no day of
the news in the sentence it was told and coded on its own day; an inquiry 'into the blast that killed five on Monday'
may be its only telling and is left to the act. So is a notice a rights commission or a court serves on an authority
over an act ('issued a notice to the state police over the death of a man in custody'): it asks for an explanation of
something done before. So are cases or complaints filed after an act, which a team is set up to look into ('to look
into the complaints filed after the clashes in March'): the paperwork of a past act."""

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

SELF_HARM = re.compile(
    r"\b(?:(?:killed|hanged|hung|shot|stabbed|poisoned|drowned|electrocuted|strangled) (?:himself|herself|themselves)"
    r"|(?:took|taken|take|taking) (?:his|her|their) own li(?:fe|ves)|(?:committed|attempted|died by|death by) suicide"
    r"|suicides?\b(?! (?:bomb\w*|attacks?|vests?|belts?|car|truck|squads?|missions?|drones?|operations?|attackers?)))",
    re.IGNORECASE,
)
"""Suicide ('a student killed himself after failing his exams', 'took his own life'): harm a person does to
himself is no act against another. A suicide bomber's attack is left in ('suicide bomb', 'suicide attack'),
and so is what the rest of the sentence tells ('the gunman shot three guards and then shot himself')."""

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


def old_ordnance_told(text: str, previous: str) -> bool:
    """Whether the paragraph has just told of ordnance left from a war long over (`LEGACY_ORDNANCE` with
    `LONG_PAST_WAR` in `previous`) and the sentence adds no hostile act of its own: the experts who seal off the area
    or defuse the bomb deal with that old ordnance ('A wartime grenade from the First World War was found in a garden.
    Bomb disposal experts sealed off the area.')."""
    return (bool(LEGACY_ORDNANCE.search(previous)) and bool(LONG_PAST_WAR.search(previous))
            and not HOSTILE_ACT.search(text))


def clash_of_words(text: str) -> bool:
    """Whether a sentence's clash is a quarrel between states or their office-holders (`_dispute_clash`) with nothing
    physical about it (`ARMED_FORCE_OR_HARM`)."""
    return bool(_dispute_clash().search(text)) and not ARMED_FORCE_OR_HARM.search(text)


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


FORMER_PLACE_OF_DETENTION = re.compile(
    r"\b(?:former|old|onetime|one-time|ex-) ?(?:[\w-]+ )?(?:detention|torture|interrogation|internment|concentration"
    r"|prison|labou?r) (?:centres?|centers?|camps?|sites?|facilit(?:y|ies)|cells?|compounds?)\b"
    r"|\bformer (?:prisons?|jails?|gulags?)\b",
    re.IGNORECASE,
)
"""A place where people were held once, now a memorial or a ruin ('laid flowers at the former detention centre', 'a
museum in the old prison camp'): naming it tells no arrest; an arrest told beside it still counts."""

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


VIOLENT_EVENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
"""The event types of violence whose inquiry follows it (not demonstrations, whose detentions are their own matter)."""


def tells_violence(types: list[tuple[str, float]]) -> bool:
    """Whether a sentence's (sub-type, score) pairs tell political violence or a riot at an event's score."""
    return any(score >= classify.MIN_EVENT_SCORE and taxonomy.EVENT_TYPE_OF.get(sub_type) in VIOLENT_EVENT_TYPES
               for sub_type, score in types)


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


ARMS_BAN = re.compile(
    r"\b(?:ban(?:s|ned)?|prohibition|restrictions?|embargo) (?:on|of) (?:the )?(?:carrying|possession|sale|use|bearing)"
    r" of (?:[\w-]+ ){0,2}?(?:arms|weapons|firearms|guns|machetes)\b(?:,? (?:and |or )?(?:[\w-]+ ){0,2}?(?:arms"
    r"|ammunition|weapons|firearms|guns|machetes|explosives))*",
    re.IGNORECASE,
)
"""A rule against carrying arms ('renewed a ban on the carrying of arms, ammunition and offensive weapons'): a policy
names weapons and harms no one."""


def follow_up_police_work(text: str, types: list[tuple[str, float]]) -> bool:
    """Whether a sentence tells only the detentions and seizures of an inquiry into violence the report has already
    told ('The police arrested two suspects later on Friday', 'Police arrested 17 people on Thursday morning and seized
    machetes', 'officers had seized two rifles'): the codebook codes arrests only of significant people or politically
    significant mass arrests, and the suspects of a told attack or the people picked up after a brawl are neither; the
    seized arms belong to the incident. Detainees of weight and bombs found or defused keep their event
    (`SIGNIFICANT_DETAINEES`)."""
    return bool(types) and all(sub_type in FOLLOW_UP_TYPES for sub_type, _ in types) \
        and not SIGNIFICANT_DETAINEES.search(text)


def relevant_types(text: str, types: list[tuple[str, float]], previous: str = "",
                   armed: bool = False, following: str = "", violence_told: bool = False) -> list[tuple[str, float]]:
    """The event types of a sentence that survive what its context says about their cause.

    `types` are the classifier's (sub-type, score) pairs for `text`; `previous` is what the same
    paragraph says before it, which often names the cause ("Bird flu has spread to a third
    province. Two women died there on Monday."); `armed` says the sentence names an armed actor
    (state forces, a rebel group, a militia); `following` is the paragraph's next sentence, which may give the
    cause of the harm just told (`CAUSE_EXPLAINED`) or the disaster a move answers ('Troops were sent to the
    north. Floods have cut off 200 villages.'): a deployment, a base or a move told beside a natural hazard or an
    accident, with no hostile act, is relief work, no strategic development. `violence_told` says an earlier
    sentence of the report told political violence or a riot, after which detentions and seizures are the inquiry
    into it (`follow_up_police_work`).
    """
    types = _without_weapon_class(text, types)
    if not types:
        return types
    if violence_told and (follow_up_police_work(text, types) or security_response(text, types)):
        return []
    if ARMS_BAN.search(text) and _no_act_left(UNREAL_FRAME.sub(" ", ARMS_BAN.sub(" ", text))):
        return []
    if RAID_ENDED.search(text):
        types = _without(types, {"Non-violent transfer of territory"})
        if not types:
            return types
    if game_only(text):
        return []
    if (not armed or armed_only_as_source(text)) and (animal_doer_only(text)
                                                     or continues_non_event_story(text, previous)):
        return []
    if COMMEMORATION.search(text) and not _news_of_violence(text):
        return []
    if EVENT_NAMED_BY_YEAR.search(text) and not _tells_an_act_now(text):
        return []
    if CONTEST_OF_WORDS.search(text) and not HARM_IN_THE_STREET.search(text):
        return []
    if long_past_only(text) or SIMULATION.search(text) or clash_of_words(text) or old_ordnance_told(text, previous):
        return []
    if WAR_TOLL.search(text) and not DAY_OF_AN_ACT.search(text) and not NEW_BOUT.search(text):
        return []
    if AFTERMATH.search(text) and LATER_THAN_EVENT.search(text) and _no_act_left(LATER_THAN_EVENT.sub(" ", text)):
        return []
    if ARREST_WARRANT.search(text) and not HELD_NOW.search(ARREST_WARRANT.sub(" ", text)):
        types = _without(types, {"Arrests"})
        if not types:
            return types
    if CARRIED_BY_AIR.search(text):
        still = {sub_type for sub_type, _ in classify.classify(CARRIED_BY_AIR.sub(" ", text))}
        types = [(sub_type, score) for sub_type, score in types if sub_type != "Air/drone strike" or sub_type in still]
        if not types:
            return types
    if FORMER_PLACE_OF_DETENTION.search(text):
        still = {sub_type for sub_type, _ in classify.classify(FORMER_PLACE_OF_DETENTION.sub(" ", text))}
        types = [(sub_type, score) for sub_type, score in types if sub_type != "Arrests" or sub_type in still]
        if not types:
            return types
    if PROTEST_BACKGROUND.search(text):
        rest = PROTEST_BACKGROUND.sub(" ", text)
        return relevant_types(rest, classify.classify(rest), previous, armed, following, violence_told)
    if (diplomatic_response(text) or violence_only_as_reason(text) or only_unreal_acts(text)
            or count_or_habit(text) or planned_demonstration_only(text)):
        return []
    if statement_only(text):
        return []
    if accusation_after_diplomacy(text, previous):
        return []
    if any(_only_in(frame, text) for frame in (NON_HUMAN_HARM, VISIT_TO_VICTIMS, COMPENSATION, SELF_HARM, JUDGED_ARREST,
                                              RELEASED_AFTER_PROTEST, MURDER_SUSPECT,
                                              PAST_OF_A_PERSON, DOER_OF_TOLD_EVENT, UNKNOWN_DOER)):
        return []
    if _only_in(INQUIRY, text) and not DAY_OF_AN_ACT.search(text):
        return []
    if law_making_only(text) or document_on_violence_only(text) or personal_crime_only(text, armed):
        return []
    if GUARD_REPELS_CRIME.search(text) and not ORGANISED_VIOLENCE.search(GUARD_REPELS_CRIME.sub(" ", text)):
        return []
    if (DOMESTIC_VIOLENCE.search(text) and (not armed or armed_only_as_source(text))
            and not ORGANISED_VIOLENCE.search(DOMESTIC_VIOLENCE.sub(" ", text))):
        return []
    if MATTER_OF_TALKS.search(text) and not DONE_NOW.search(_main_clause(text)):
        kept_types = {"Agreement"} if AGREED.search(text) else set()
        types = [(sub_type, score) for sub_type, score in types if sub_type in kept_types]
        if not types:
            return types
    if civil_or_labour_deal(text):
        types = _without(types, {"Agreement"})
        if not types:
            return types
    if AGREED_TO_GIVE.search(text) and not AGREED.search(AGREED_TO_GIVE.sub(" ", text)):
        types = _without(types, {"Agreement"})
        if not types:
            return types
    if PROPOSED_DEAL.search(text) and not AGREED.search(PROPOSED_DEAL.sub(" ", text)):
        types = _without(types, {"Agreement"})
        if not types:
            return types
    if deal_to_come_only(text):
        types = _without(types, {"Agreement"})
        if not types:
            return types
    if ALLIANCE_DEAL.search(text) and not CEASEFIRE_DEAL.search(text):
        types = _without(types, {"Agreement"})
        if not types:
            return types
    if AGREED_TO_TALK.search(text) and not armed and not CEASEFIRE_DEAL.search(text):
        types = _without(types, {"Agreement"})
        if not types:
            return types
    if NO_AGREEMENT.search(text) and not AGREEMENT_MADE.search(NO_AGREEMENT.sub(" ", text)):
        types = _without(types, {"Agreement"})
        if not types:
            return types
    if (TALKS.search(text) and not AGREEMENT_MADE.search(TALKS_ON_A_DEAL.sub(" ", NO_AGREEMENT.sub(" ", text)))
            and not CAPTIVES_RELEASED.search(text)):
        types = _without(types, {"Agreement"})
        if not types:
            return types
    if state_protest(text):
        types = _without(types, PROTEST_TYPES)
        if not types:
            return types
    if PROTEST_IN_WORDS.search(text) and not DEMONSTRATION.search(PROTEST_IN_WORDS.sub(" ", text)):
        types = _without(types, PROTEST_TYPES)
    if rallied_behind_only(text):
        types = _without(types, PROTEST_TYPES)
    if online_only(text):
        types = _without(types, PROTEST_TYPES)
    if PROTEST_IN_PRINCIPLE.search(text) and not DEMONSTRATION.search(PROTEST_IN_PRINCIPLE.sub(" ", text)):
        types = _without(types, PROTEST_TYPES)
    if ((FESTIVE_GATHERING.search(text) or MILITARY_MARCH.search(text))
            and not (PROTEST_GRIEVANCE.search(text) or PROTEST_GRIEVANCE.search(previous))):
        types = _without(types, PROTEST_TYPES)
        if not types:
            return types
    if not CHEMICAL_USE.search(text):
        types = _without(types, {"Chemical weapon"})
    if CIVIC_SECURITY.search(text) and not HOSTILE_ACT.search(_literal_acts(CIVIC_SECURITY.sub(" ", text))):
        types = _without(types, CONTEXT_BOUND | {"Headquarters or base established"})
        if not types:
            return types
    if RELIEF_WORK.search(text) and not CAPTIVES.search(text) and not HOSTILE_ACT.search(_literal_acts(text)):
        types = _without(types, CONTEXT_BOUND | {"Air/drone strike", "Headquarters or base established"})
    if (HUMANITARIAN_MOVEMENT.search(text) and not BODILY_HARM.search(text) and not CAPTIVES.search(text)
            and not HOSTILE_ACT.search(_literal_acts(text))):
        types = _without(types, {"Change to group/activity", "Headquarters or base established"})
    if SUSPICIOUS_OBJECT.search(text) and (not EXPLOSIVE_FOUND.search(text) or FOUND_HARMLESS.search(text)):
        types = _without(types, {"Disrupted weapons use"})
    if FOOD_SENSE.search(text):
        types = _without(types, {"Shelling/artillery/missile attack"})
    if DISPLAY_OF_FORCE.search(text) and not HARM_DONE.search(text):
        types = _without(types, REMOTE_TYPES | {"Armed clash", "Change to group/activity"})
        if not types:
            return types
    if (EXERCISE.search(text) or WEAPONS_TEST.search(text)) and not HARM_DONE.search(text):
        tested = {"Other"} if WEAPONS_TEST.search(text) else set()
        types = _without(types, REMOTE_TYPES | {"Armed clash", "Change to group/activity"} | tested)
        if not types:
            return types
    if exercise_only(text):
        types = _without(types, REMOTE_TYPES | PROTEST_TYPES | {"Armed clash", "Attack", "Change to group/activity"})
        if not types:
            return types
    hostile = bool(HOSTILE_ACT.search(_literal_acts(text)))
    if _figures(text) and not hostile:
        return []
    if not hostile and (non_violent_cause(text) or non_violent_cause(previous) or cause_explained(following)
                        or blast_then_hazard(text, following) or (not armed and accident_told_next(following))):
        return crowd_act_before_cause(text, types) if not non_violent_cause(previous) else []
    if court_case_only(text):
        return []
    if not armed and criminal_case(text, previous):
        return []
    if ordinary_crime_arrest(text) or PRIVATE_DETENTION.search(text):
        types = _without(types, {"Arrests"})
    if crime_ring_broken(text):
        types = _without(types, {"Arrests", "Disrupted weapons use", "Looting/property destruction"})
    if (AIR_PATROL.search(text) or AIRDROP.search(text)) and not AIR_HARM.search(text):
        types = _without(types, {"Air/drone strike"})
    if AIRSPACE_INCURSION.search(text) and not AIR_HARM.search(text):
        types = _without(types, REMOTE_TYPES)
    if AIR_FORCE_NAME.search(text) and not AIR_ACT.search(AIR_FORCE_NAME.sub(" ", text)):
        types = _without(types, {"Air/drone strike"})
    if SUPPORTING_FIRE.search(text):
        types = without_supporting_fire(text, types)
    if RECRUITMENT_TO_COME.search(text):
        types = _without(types, {"Change to group/activity"})
    if ENLISTMENT_STEP.search(text) and not _names_non_state_group(text):
        still = {sub_type for sub_type, _ in classify.classify(ENLISTMENT_STEP.sub(" ", text))}
        types = [(sub_type, score) for sub_type, score in types
                 if sub_type != "Change to group/activity" and (sub_type not in PROTEST_TYPES or sub_type in still)]
        if not types:
            return types
    if DISPLACEMENT_SITE_ATTACKED.search(text):
        types = attack_on_the_displaced(types)
    if SEIZED_GOODS.search(text) and not POLITICAL_ARREST.search(text):
        types = _without(types, CONTEXT_BOUND)
        if not WAR_MATERIEL.search(text):
            types = _without(types, {"Disrupted weapons use"})
        if drug_raid_only(text):
            types = _without(types, {"Attack", "Looting/property destruction"})
            if not types:
                return types
    if VEHICLES_IMPOUNDED.search(text) and LAW_ENFORCERS.search(text):
        types = _without(types, CONTEXT_BOUND | {"Looting/property destruction"})
        if not types:
            return types
    if LABOUR_STRIKE.search(text) and not AIR_WORDS.search(text):
        types = _without(types, {"Air/drone strike"})
    if CIVIL_BODY_SET_UP.search(text) and not CONFLICT_PARTY.search(CIVIL_BODY_SET_UP.sub(" ", text)):
        types = _without(types, CONTEXT_BOUND)
    if hostile:
        return types
    if WITHOUT_INCIDENT.search(text) and not GROUND_CHANGED.search(text):
        types = _without(types, {"Change to group/activity", "Headquarters or base established"})
    if CURFEW.search(text) and not CURFEW_IMPOSED.search(text):
        types = _without(types, CONTEXT_BOUND)
    if non_violent_cause(following):
        types = _without(types, CONTEXT_BOUND | {"Headquarters or base established"})
    if CIVILIAN_EVACUATION.search(text):
        types = _without(types, {"Non-violent transfer of territory", "Change to group/activity"})
    if DISPLACED_CAMP.search(text):
        types = _without(types, {"Headquarters or base established"})
    if WEAPON_POLICY.search(text):
        types = _without(types, REMOTE_TYPES)
    if STATE_FORCES_AT_HOME.search(text) and BLAST_OR_FIRE.search(text) and not NON_STATE_ATTACKER.search(text):
        return []
    if armed:
        return types
    if _generic_only(types) and not blast_among_people(text):
        return []
    if CONFLICT_PARTY.search(text):
        return types
    return _without(types, CONTEXT_BOUND)


DISPLACEMENT_SITE_ATTACKED = re.compile(
    r"\b(?:attack(?:s|ed|ing)?|raid(?:s|ed|ing)?|storm(?:s|ed|ing)?|overr?an|torch(?:ed|es|ing)|set fire to"
    r"|(?:opened )?fire[ds]? on) (?:[\w'-]+ ){0,5}?(?:(?:displacement|IDPs?|displaced persons'?|refugee) "
    r"(?:sites?|camps?|settlements?|shelters?)|camps? (?:for|of|housing|sheltering) (?:the )?(?:internally )?"
    r"(?:displaced|refugees|IDPs))\b",
    re.IGNORECASE,
)
"""A displacement site or camp raided, stormed, set on fire or attacked ('attacked the Plaine Savo displacement
site', 'raided a camp for internally displaced persons'): the people sheltering there are civilians."""


def attack_on_the_displaced(types: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The types of a sentence telling a displacement site or camp attacked on the ground
    (`DISPLACEMENT_SITE_ATTACKED`): the codebook codes violence by an armed group on unarmed people as Violence
    against civilians/Attack, and the displaced in a site or camp are unarmed people, so the 'Other' their displacement
    reads as and a clash are that attack. A strike or a shelling of the camp (`REMOTE_TYPES`) or an attack already
    read keeps its types."""
    if any(sub_type in REMOTE_TYPES or sub_type == "Attack" for sub_type, _ in types):
        return types
    ground = [score for sub_type, score in types if sub_type in {"Other", "Armed clash"}]
    if not ground:
        return types
    rest = [(sub_type, score) for sub_type, score in types if sub_type not in {"Other", "Armed clash"}]
    return [("Attack", max(ground))] + rest


RECRUITMENT_TO_COME = re.compile(
    r"\b(?:recruitment|enlistment|enrolment|enrollment)\b[^.;]{0,80}?\b(?:will|shall|is (?:due|set|scheduled) to)"
    r" (?:open|begin|start|commence|run|resume|take place|be held|be conducted)\b",
    re.IGNORECASE,
)
"""A recruitment or enlistment announced for later ('its recruitment exercise will open on Monday 5 May', 'recruitment
into the defence force will begin next month'): a notice to applicants, no act of the force yet, so no change to a
group's activity."""


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


SUPPORTING_FIRE = re.compile(
    r",? (?:(?:supported|backed|assisted|covered|aided|accompanied) by|with (?:the )?(?:support|backing|cover|help) of)"
    r" (?:[\w'-]+ ){0,3}?(?:drones?|aircraft|jets|warplanes|helicopters|air ?power|(?:the )?air force|artillery|mortars"
    r"|tanks)(?:(?:,| and) (?:[\w'-]+ ){0,2}?(?:drones?|aircraft|jets|warplanes|helicopters|artillery|mortars|tanks))*"
    r",?",
    re.IGNORECASE,
)
"""A force's support from the air or from guns named beside its ground act ('launched an attack on the villages,
supported by drones and artillery', 'with the support of aircraft, the army repulsed an assault'): the means that
backs a ground battle, not an air strike or a shelling of its own."""


def without_supporting_fire(text: str, types: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """`types` without the air strike and shelling read only from the support a ground act is given
    (`SUPPORTING_FIRE`): the codebook codes a ground battle backed by aircraft or guns as the battle (Armed clash, or
    the attack on civilians it is), a strike or a shelling only where the aircraft or guns are the act. When the rest of
    the sentence tells a ground act the remote types it no longer yields are dropped; when it tells none, nothing
    changes (the support is then all the sentence tells)."""
    rest = SUPPORTING_FIRE.sub(" ", text)
    own = {sub_type for sub_type, _ in classify.classify(rest)}
    if not own - REMOTE_TYPES:
        return types
    return [(sub_type, score) for sub_type, score in types if sub_type not in REMOTE_TYPES or sub_type in own]


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


def crowd_act_before_cause(text: str, types: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The crowd's acts told in the main clause of a sentence whose accident, disaster or death is told only in the
    clause after 'after', 'following', 'over' or a demand of justice for its victims ('Residents blocked the highway
    after a crash killed a pupil', 'Riders burned a lorry after a collision killed a rider'): the accident frame
    blanks the clause that tells the accident, not the protest or the riot that answers it (the codebook codes
    demonstrations and mob violence whatever their cause). The main clause must name no hazard itself, and only the
    types the main clause alone yields among `CROWD_ACTS` are kept (an arrest or a death in the main clause stays the
    accident's, and so does a blast or a blaze: `SELF_CAUSED_HARM`)."""
    match = CAUSE_CLAUSE.search(text)
    if not match:
        return []
    main = text[:match.start()]
    if (not main.strip() or non_violent_cause(main) or SELF_CAUSED_HARM.search(main)
            or not non_violent_cause(text[match.start():])):
        return []
    own = {sub_type for sub_type, _ in classify.classify(main)} & CROWD_ACTS
    return [(sub_type, score) for sub_type, score in types if sub_type in own]


def _generic_only(types: list[tuple[str, float]]) -> bool:
    """Whether every type was read from a generic word only (an 'explosion', a 'blast': `GENERIC_ONLY`)."""
    return all(score < GENERIC_ONLY.get(sub_type, 0.0) for sub_type, score in types)


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


def _without(types: list[tuple[str, float]], excluded: Collection[str]) -> list[tuple[str, float]]:
    """The (sub-type, score) pairs whose sub-type is not among `excluded`."""
    return [(sub_type, score) for sub_type, score in types if sub_type not in excluded]


def accidental_harm(text: str) -> bool:
    """Whether a sentence names a disease, a natural hazard or an accident and no hostile act: the harm it tells,
    if any, is no political violence."""
    return non_violent_cause(text) and not HOSTILE_ACT.search(_literal_acts(text))


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


def _main_clause(text: str) -> str:
    """`text` without the clauses that describe or impute a past act: relative clauses ('the crackdown in
    which 50 were killed', 'the airliner, which killed all on board') and what someone is accused of
    ('generals it accuses of ordering the killing of protesters')."""
    return DESCRIBING_CLAUSE.sub(" ", REMEMBERED_CLAUSE.sub(" ", text))


def _only_in(frame: re.Pattern[str], text: str) -> bool:
    """Whether `frame` is in a sentence and, with it blanked, nothing else in the sentence reads as an event."""
    return bool(frame.search(text)) and not classify.classify(frame.sub(" ", text))


def _no_act_left(rest: str) -> bool:
    """Whether what is left of a sentence once its frames are blanked neither reads as an event nor tells an act
    done (`DONE_NOW`)."""
    return not classify.classify(rest) and not DONE_NOW.search(rest)


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


PLANNED_DEMONSTRATION = re.compile(
    r"\b(?:(?:planned|proposed|upcoming|forthcoming|announced|intended) (?:[\w-]+ )?"
    r"|(?:plan(?:s|ning)?|organi[sz](?:e|es|ing)|prepar(?:e|es|ing) for|call(?:s|ed|ing)? for) (?:a |an |the "
    r"|their |its "
    r"|more |further |new )(?:[\w-]+ ){0,2}?|(?:planning|organi[sz]ing) )"
    r"(?:march(?:es)?|protests?|rall(?:y|ies)|demonstrations?|strikes?|walk-?outs?|sit-ins?|vigils?)\b"
    r"|\b(?:announc(?:ed|es|ing)|declar(?:ed|es|ing)|vot(?:ed|es|ing) for) (?:a |an |the |their |its |more |further "
    r"|new )(?:[\w-]+ ){0,2}?(?:march(?:es)?|protests?|rall(?:y|ies)|demonstrations?|strikes?|sit-ins?|vigils?"
    r"|shutdowns?|hartals?|blockades?|boycotts?|walk-?outs?|stoppages?)\b"
    r"|\bvot(?:ed|es|ing) to (?:go on |stage |hold |launch |begin |start |call )?(?:an? )?(?:indefinite |nationwide "
    r"|general )?(?:strikes?|protests?|march(?:es)?|walk-?outs?|demonstrations?)\b"
    r"|\b(?:permission|permits?|requests?|applications?|approval|notice|clearance|authori[sz]ation) (?:[\w'-]+ ){0,4}?"
    r"(?:to|for) (?:(?:hold|stage|organi[sz]e|go ahead with) )?(?:a |an |the |their "
    r"|its )?(?:[\w'-]+ ){0,2}?(?:march(?:es)?|protests?"
    r"|rall(?:y|ies)|demonstrations?|sit-ins?|vigils?)\b"
    r"|\b(?:march(?:es)?|protests?|rall(?:y|ies)|demonstrations?|gatherings?|sit-ins?|vigils?) (?:[\w'-]+ ){0,4}?"
    r"(?:would|will|shall|could|can|may) not be (?:allowed|authori[sz]ed|permitted|tolerated|sanctioned)\b"
    r"|\bcall(?:s|ed|ing)? (?:a |an )(?:[\w-]+ ){0,3}?(?:march(?:es)?|protests?|rall(?:y|ies)|demonstrations?|strikes?"
    r"|sit-ins?|shutdowns?|hartals?)(?: [\w'-]+){0,4}? (?:(?:for|on|from) (?:next|tomorrow|the coming)|from (?:the "
    r"\d{1,2}(?:st|nd|rd|th)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
    r"|\b(?:allow|permit|authori[sz])\w* (?:the |a |an |their |its )?(?:[\w'-]+ ){0,2}?(?:march(?:es)?|protests?"
    r"|rall(?:y|ies)|demonstrations?|sit-ins?|vigils?) to (?:go ahead|proceed|take place|be held)\b"
    r"|\b(?:march(?:es)?|protests?|rall(?:y|ies)|demonstrations?|strikes?|walk-?outs?|sit-ins?|vigils?)"
    r" (?:(?:to|in|on|at|against|by) (?:[\w'-]+ ){1,3}?)?(?:planned|scheduled|called|set) for\b"
    r"|\b(?:prepar(?:e|es|ing)|ready(?:ing)?|readies|get(?:s|ting)? ready) (?:[\w'-]+ ){0,5}?for (?:a |an |the |their "
    r"|its )?(?:[\w'-]+ ){0,2}?(?:march(?:es)?|protests?|rall(?:y|ies)|demonstrations?|strikes?|sit-ins?|vigils?)\b"
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
    r"|drone (?:footage|images|pictures|photos|video|deliver(?:y|ies)|shows?|operators?|pilots?))\b",
    re.IGNORECASE,
)
"""Aircraft sent up to meet or watch others, patrols and flights along a coast or into airspace ('scrambled fighter
jets after two bombers flew along its coast', 'sent 25 warplanes into its air defence zone'), and drones that
film, search, map, spray or deliver ('police used a drone to search for a missing hiker', 'drone footage of the
landslides'), and drone flights ('condemns US drone flights over the border'): no strike unless something is hit
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

PRIVATE_DETENTION = re.compile(
    r"\b(?:detained|held|locked up|confined|seized|arrested) by (?:[\w'-]+ ){0,2}?(?:factory|company|plant|mine|hotel"
    r"|shop|store|school|hospital|club|bank|farm|estate|private|mall|supermarket) (?:officials|guards|staff|managers?"
    r"|owners?|security|workers|employees)\b",
    re.IGNORECASE,
)
"""People held by a company's guards or managers: ACLED's arrests are made by the state."""


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


def planned_demonstration_only(text: str) -> bool:
    """Whether a sentence names a demonstration still to come and tells no act done ('organisers of
    the planned protests insisted they would go ahead'): ACLED codes a demonstration on the day people
    gather, while 'police dispersed the planned march' tells an act and stays."""
    return bool(PLANNED_DEMONSTRATION.search(text)) and not DONE_NOW.search(text)


def civil_or_labour_deal(text: str) -> bool:
    """Whether an agreement the text may tell is a civil deal or one between employers or a government and striking
    workers (`CIVIL_DEAL`, `LABOUR_STRIKE`) with no matter of a conflict (`CONFLICT_DEAL`): ACLED codes no agreement."""
    return bool(CIVIL_DEAL.search(text) or LABOUR_STRIKE.search(text)) and not CONFLICT_DEAL.search(text)


def only_unreal_acts(text: str) -> bool:
    """Whether every cue of an event in a sentence lies inside a frame of threat, fear, plan, denial or
    absence (`UNREAL_FRAME`): 'Police denied reports that a bomb had exploded near the airport' reports no
    explosion, while 'A bomb exploded near the airport but no one was hurt' still reports one.
    Residents told to prepare for evacuation in case fighting spreads move no front line. A deal with strikers left
    beside the frame is no agreement either ('the strike was called off after the government agreed to talks'), nor
    is a generic word of the means left beside it ('the helicopters will be deployed against insurgents': a subject
    named by its weapon does nothing in a frame of the future)."""
    if not UNREAL_FRAME.search(text):
        return False
    rest = UNREAL_FRAME.sub(" ", text)
    left = classify.classify(rest)
    if civil_or_labour_deal(text):
        left = _without(left, {"Agreement"})
    if CIVILIAN_EVACUATION.search(rest):
        left = _without(left, {"Non-violent transfer of territory", "Change to group/activity"})
    return not left or (_generic_only(left) and not DONE_NOW.search(rest) and not blast_among_people(rest))


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


def _tells_an_act_now(text: str) -> bool:
    """Whether a sentence that names a past event also tells an act of its own: a verb of violence
    outside the clause describing the past event, a demonstration, or violence at a gathering."""
    told_now = _without_remembered(text)
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


def personal_crime_only(text: str, armed: bool) -> bool:
    """Whether a sentence tells violence only as part of a robbery or a private quarrel (`PERSONAL_CRIME`), with no
    armed group, crowd, state force or political figure taking part (`ORGANISED_DOERS`; police only as the teller):
    ACLED's codebook leaves ordinary crime and personal violence out."""
    if not PERSONAL_CRIME.search(text) or (armed and not armed_only_as_source(text)):
        return False
    return not ORGANISED_DOERS.search(ARMED_SOURCE.sub(" ", PERSONAL_CRIME.sub(" ", text)))


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


GAME_NAMED_CLASH = re.compile(
    r"\b(?:the|a|an|this|that|their|its|his|her|[A-Z][\w-]*['\u2019]s) (?:[\w'-]+ ){0,2}?clash(?:es)?\b"
    r"(?! (?:with|between|involving) (?:[\w'-]+ ){0,2}?(?:fans|supporters|police|hooligans|ultras|spectators))",
)
"""In a sentence about sport, a clash named as a noun with its article ('the rain-hit clash ended without a result',
'in a heated clash'): the match itself. Fans, supporters or police who clash are still crowd trouble (`CROWD_TROUBLE`),
and so is a clash told with harm to bodies (`BODILY_HARM`)."""


def continues_non_event_story(text: str, previous: str) -> bool:
    """Whether a sentence goes on with the story its paragraph opened, when that story is no event: a game
    (`game_only`), a remembrance (`COMMEMORATION` with no violence at the gathering), a court case
    (`court_case_only`), a drill (`exercise_only`), harm done by or to animals (`NON_HUMAN_HARM`,
    `animal_doer_only`) or a killing in a family or a brawl (`DOMESTIC_VIOLENCE`: 'He was arrested hiding in a maize
    field' is its culprit's). The sentence must bring in no armed side (`ARMED_WORD`, its tellers aside), no crowd
    trouble or demonstration and no day of an act of its own ('It was the third such attack this year', 'The coach
    said his players had been killed by two counter-attacks', 'The judge said they had given the attackers
    shelter'): its words of violence are the story's. The judge's sentence stays an event while 'attackers' makes
    it name an armed side (`armed`)."""
    if (not previous.strip() or DAY_OF_AN_ACT.search(text) or CROWD_TROUBLE.search(text) or DEMONSTRATION.search(text)
            or ARMED_WORD.search(ARMED_SOURCE.sub(" ", text))):
        return False
    return bool(game_only(previous) or (COMMEMORATION.search(previous) and not _news_of_violence(previous))
                or court_case_only(previous) or exercise_only(previous) or _only_in(NON_HUMAN_HARM, previous)
                or animal_doer_only(previous) or DOMESTIC_VIOLENCE.search(previous))


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


SINCE_A_TURNING_POINT = re.compile(
    r"\bsince (?:(?:the )?(?:start|beginning|outbreak|onset) of )?(?:the |its |their |this |last year's )?"
    r"(?:[\w-]+ )?(?:coup|war|conflict|invasion|uprising|revolution|insurgency|crisis|takeover|junta|occupation)"
    r"(?: (?:began|started|erupted|broke out|took power))?\b",
    re.IGNORECASE,
)
"""A count made from a turning point of a conflict on ('4,000 civilians have been killed since the coup', 'since the
war began', 'since the start of the insurgency'): a long stretch of time like `LONG_PERIOD`, so the count is a tally
unless it names a day of an act."""
