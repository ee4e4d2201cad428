"""Non-event news told in the words of conflict, on sentences and short articles we wrote in wire-news phrasing:
natural hazards, man-made disasters (blasts, fires, crashes, collapses, spills, stampedes), disease outbreaks,
diplomacy (talks, visits, sanctions, condemnations, accusations, proposals, treaties, votes), military routine
(parades, exercises, arms deals), trials and anniversaries of past violence, sport, the economy and animals. Whatever
they say of killing, attacks, forces, fire or explosions, none is an ACLED event, so `extract_text` must report no
current event for any of them. Beside them, the near misses that are events and must stay events: an explosion set
off by an armed group, a fire set by rioters, a strike on a town."""

from __future__ import annotations

from pathlib import Path

import pytest

from reported import reported_sub_types
from sitrep import classify, relevance
from sitrep.api import extract_text


def kept(text: str, previous: str = "", armed: bool = False, following: str = "") -> list[str]:
    return [sub for sub, _ in relevance.relevant_types(text, classify.classify(text), previous, armed, following)]


NATURAL_HAZARDS = [
    'Floods killed at least 23 people and forced thousands from their homes in northern Bangladesh on '
    'Tuesday, officials said.',
    'A landslide triggered by days of heavy rain buried a village in western Uganda, killing 14, the Red Cross said.',
    'A magnitude 6.2 quake struck off the coast of Sumatra on Friday, killing three people and damaging '
    'hundreds of buildings.',
    'Tropical storm Amara battered the coast overnight, leaving 11 dead and cutting power to half a million homes.',
    'Rescue teams battled mud and debris on Sunday to reach villagers trapped by a landslide in the hills'
    ' above Kigali.',
    'The death toll from the floods in Sindh province rose to 64 on Thursday, the disaster management '
    'authority said.',
    'Lightning killed five farmers sheltering under a tree in Sirajganj district on Monday afternoon.',
    'Gale-force winds ripped the roofs off 300 houses and brought down a footbridge in Barisal on Tuesday.',
    'A heat wave has killed at least 40 people in Odisha this week, with temperatures above 45 degrees Celsius.',
    'Soldiers were deployed to evacuate residents after the river burst its banks and swept away dozens of houses.',
    'Troops and rescue workers pulled 12 survivors from the rubble after the earthquake flattened the market town.',
    'Cyclone Hani made landfall near Chittagong with winds of 180 km per hour, killing nine people and '
    'destroying crops.',
    'Torrential rains unleashed flash floods that killed seven people in the Kenyan capital on Wednesday.',
    'A volcano erupted on the island overnight, forcing authorities to evacuate 4,000 residents from '
    'nearby villages.',
    'Mudslides after a week of rain killed 31 people in the mountains of Guatemala, disaster officials said.',
    'An avalanche swept through a mountain camp, killing four climbers and injuring two guides, police said.',
    'Drought has killed thousands of cattle across northern Kenya, leaving herders facing hunger, aid agencies said.',
    "The storm's casualties included two children who were swept away by flood waters in Tana River county.",
    'A tornado tore through the town late on Saturday, killing six and flattening a school.',
    'Forces from the national disaster agency were sent to the flooded districts to distribute food and tents.',
    'Wildfires fanned by strong winds killed three firefighters and destroyed 200 homes on the island, '
    'officials said.',
    'The earthquake and its aftershocks killed 112 people, the interior ministry said, as rescuers '
    'searched the ruins.',
    'Victims of the floods in Beledweyne waited on rooftops for boats to reach them, aid workers said.',
    'A powerful typhoon battered the northern Philippines, killing at least 18 people and displacing 50,000.',
    'Extreme cold killed 12 homeless people in the capital over the weekend, the city council said.',
    'Flash floods washed away a bridge and killed four motorists in the valley on Tuesday.',
    "Heavy rains and landslides have killed 58 people in Rwanda's western province, the government said.",
    'Search for missing after floods; army joins rescue effort',
    'The earthquake destroyed 3,000 homes and killed at least 12 people in Herat province.',
    'Hailstorms destroyed crops across three districts, leaving farmers facing ruin.',
    'Soldiers dropped food parcels from helicopters to villages cut off by the floods.',
    'Storm kills 5, knocks out power to thousands',
    'A landslide struck a camp for displaced people after overnight rains, killing 10.',
    'The navy rescued 300 people trapped by rising waters in the delta on Sunday.',
    'Lightning struck a church during a service, killing one worshipper and injuring 20.',
    'A sandstorm swept across the capital, grounding flights and sending hundreds to hospital.',
    'A magnitude 5.4 earthquake shook the capital early on Monday, sending residents running into the streets.',
    'Storm Ciara battered the coast with winds of 90 mph, leaving thousands without power.',
    'Bushfires tore through the state overnight, destroying 40 homes and killing two firefighters.',
    'Floodwaters swept away a bus carrying 30 passengers, and rescuers recovered 12 bodies.',
    'Volcano erupts on Indonesian island, spewing ash 5 km into the sky',
    'Flooding forced 1,200 people into evacuation centres, and the army was sent to help.',
    'The monsoon has killed 320 people across the country since June, the disaster agency said.',
    'Heavy snow trapped hundreds of motorists on the mountain pass, and troops dug them out.',
]


MAN_MADE_DISASTERS = [
    'An explosion at a fireworks factory killed nine workers in Sivakasi on Monday, police said.',
    'A gas cylinder exploded in a crowded restaurant in Karachi, killing six people and injuring 20.',
    'A fire swept through a garment factory on the outskirts of Dhaka overnight, killing 17 workers.',
    'Twelve miners were killed when a coal mine collapsed in Balochistan province on Wednesday.',
    'A five-storey building collapsed in Lagos on Thursday, trapping dozens of people, emergency officials said.',
    "At least 30 people were killed when a bus plunged into a ravine in Nepal's western hills on Sunday.",
    'A passenger train derailed near Balasore, killing 11 people and injuring more than 100, railway officials said.',
    'A small plane crashed shortly after take-off from Wilson Airport, killing all five people on board.',
    'An overloaded boat capsized on Lake Victoria on Saturday, and 25 passengers are feared dead.',
    'An oil spill from a damaged pipeline has polluted the creeks of Bayelsa state, fishermen said.',
    'A stampede at a religious festival killed 18 pilgrims in the city on Sunday, police said.',
    'A fuel tanker overturned and exploded on the highway, killing 48 people who had gathered to collect petrol.',
    'A blast at a chemical warehouse in the port city killed 12 people and shattered windows across the district.',
    'Fire destroyed hundreds of stalls at Gikomba market overnight; traders said the blaze started in a food kiosk.',
    'A boiler exploded at a sugar mill in Punjab, killing three workers and injuring nine.',
    'Seven people died in a house fire in Kumasi early on Tuesday, the fire service said.',
    'A gas explosion ripped through an apartment block in the city centre, killing four residents.',
    'A ferry carrying 200 passengers sank off the coast of Zanzibar; rescuers have recovered 34 bodies.',
    'A helicopter carrying oil workers crashed into the sea off the coast, killing all 13 on board.',
    'A truck rammed into a crowded market after its brakes failed, killing eight people, police said.',
    'A wall collapsed on a shanty town after heavy rains in Mumbai, killing 19 people.',
    'Twenty-one people died after drinking bootleg liquor in a village in Gujarat, health officials said.',
    'A military transport plane crashed during a landing attempt in bad weather, killing 22 soldiers.',
    'An ammunition depot exploded at an army base after a fire broke out in a storage hut, the army said.',
    'Soldiers were among the casualties when an army truck overturned on the road to the barracks.',
    'A blast at a gold mine killed six workers in Geita region on Friday; officials blamed stored dynamite.',
    'An explosion at a refinery in the Niger Delta killed 15 people, the company said.',
    'Two trains collided head-on in central Egypt on Friday, killing 32 passengers.',
    "A fire at a hospital's intensive care unit killed ten patients, the health minister said.",
    "The victims of the fire at the nightclub were mostly young people, the city's mayor said.",
    'A leaking gas pipeline caught fire near the village, killing three farmers who were working nearby.',
    'Firefighters battled for six hours to bring a blaze at the textile mill under control.',
    'A minibus collided with a lorry on the Nairobi-Mombasa highway, killing 14 people.',
    'A crane collapsed on a construction site in the capital, killing two workers.',
    'Chlorine gas leaked from a water treatment plant, sending 60 people to hospital with breathing problems.',
    'A dam burst after days of rain, flooding villages and killing at least nine people.',
    'Police said a short circuit caused the fire that killed four children in the slum.',
    'The crash of the passenger jet killed 157 people, and investigators recovered the flight recorders on Monday.',
    'A tanker ship spilled thousands of tonnes of crude oil off the coast after running aground.',
    'A crush at the stadium gates killed seven fans before the match, the sports minister said.',
    'An explosion at an illegal fuel refinery in the creeks killed more than 100 people, police said.',
    'Smoke from a burning rubbish dump killed two people in the slum, doctors said.',
    'A roof collapsed on worshippers during prayers in a village mosque, killing five.',
    'Eleven workers were trapped underground after a tunnel collapsed at the hydropower project.',
    'A motorcyclist was killed when a truck ran him over near the border post, police said.',
    'Two killed as car bursts into flames after crash on motorway',
    'Huge explosion rocks port city, hundreds injured',
    'Four dead after explosion at fertiliser plant; cause under investigation',
    'One man died and three others were hurt when a gas canister exploded at a roadside food stall.',
    'An explosion in a coal mine in Zonguldak killed 41 miners, the energy minister said.',
    "A dormitory fire at a girls' school killed 19 students; officials blamed an electrical fault.",
    'Dozens feared dead as passenger boat sinks in Congo river',
    'Police blamed the blast on a build-up of gas in the basement of the restaurant.',
    'A container of chemicals exploded at the port, sending a cloud of orange smoke over the city.',
    'The death toll from the fire at the migrant centre rose to 39, officials said.',
    'A military helicopter crashed in the north during a routine flight, killing all nine soldiers aboard.',
    'A fighter jet crashed into a school in Dhaka during a training sortie, killing 20 people, mostly children.',
    'An army truck carrying soldiers plunged off a mountain road, killing 14.',
    'A blast at an arms depot near the capital killed five soldiers and shook houses for miles; the army '
    'said lightning struck the depot.',
    'A fire broke out at the presidential palace on Tuesday but was quickly put out, officials said.',
    'Smoke billowed over the refinery after a fire broke out in a storage tank on Monday.',
    'A faulty heater caused the fire that killed a family of five in Nakuru on Saturday.',
    'Fireworks stored in a house exploded, killing three children and damaging neighbouring homes.',
    'A shell left over from the war exploded when a scrap metal dealer tried to open it, killing him.',
    'A cargo plane carrying mining equipment crashed in South Sudan, killing all on board.',
    'Firefighters found the bodies of three workers in the rubble of the warehouse after the blaze.',
    'Casualties from the train collision were taken to three hospitals in the city.',
    'The collapse of the footbridge killed 135 people during a festival, officials said.',
    'A leak of ammonia at a fish processing plant killed two workers and injured dozens.',
    'Three people were killed when a gas pipeline exploded near the town; officials ruled out sabotage.',
    "An explosion and fire at a hospital's oxygen plant killed 12 patients.",
    'A stray bullet from a police shooting range injured a woman in a nearby house, police said.',
    'A 34-year-old man has been arrested on suspicion of causing death by dangerous driving after a crash'
    ' that killed a cyclist.',
    'Police held the lorry driver at the scene after the collision, which left two pedestrians dead.',
    'Police closed the road after a car hit a wall and burst into flames before dawn on Sunday.',
    'Emergency services were called to reports of an explosion at a house in Leeds on Friday evening; one'
    ' woman was taken to hospital.',
    'A man died after being pulled from the sea at Brighton, the coastguard said.',
    'Fire crews tackled a large blaze at a recycling centre overnight, and residents were told to keep windows shut.',
    'Two people were seriously injured when a van and a car collided on the A40 near Oxford.',
    'A teenager was airlifted to hospital after falling from a cliff near the beach, police said.',
    'Armed police were called to a farm after reports of a man with a gun; it turned out to be an air '
    'rifle used to scare crows.',
    'Police said the death of the woman found at the foot of the stairs was not being treated as suspicious.',
    'A gas explosion destroyed a terraced house in the town, and neighbours described a bang heard miles away.',
    'Dozens of firefighters battled a fire at a tower block in west London; the cause is not yet known.',
    'Two workers were taken to hospital after a chemical leak at a water treatment plant in Kent.',
    'A cloud of toxic gas from a derailed freight train forced the evacuation of 2,000 residents.',
    'Hundreds of fish died after a chemical spill from a factory turned the river red.',
    'An acid leak at the mine poisoned the river that villagers use for drinking water, activists said.',
    'A chlorine tank at a swimming pool leaked, sending 30 swimmers to hospital with breathing problems.',
    'Radiation levels rose near the plant after a fire damaged its cooling system, the nuclear agency said.',
]


DISEASE = [
    "Cholera has killed 40 people in Zambia's capital since the outbreak began, health officials said.",
    'An Ebola outbreak has killed 12 people in North Kivu, the health ministry said on Tuesday.',
    'Troops were deployed to enforce the lockdown in the capital as cases of the virus rose.',
    'Measles killed 15 children in a displacement camp in Borno state this month, doctors said.',
    'Soldiers set up checkpoints around the quarantined town to keep the disease from spreading.',
    'The health ministry said 300 new cases of dengue fever were recorded in Dhaka on Monday.',
    'Health workers launched an attack on malaria with a campaign to distribute bed nets across the region.',
    'Lassa fever killed three health workers at the teaching hospital last week.',
    'A mystery illness has killed 10 people in a remote village, the World Health Organization said.',
    'The army will deploy medical teams to the districts worst hit by the outbreak, the minister said.',
    'The virus attacks the immune system and kills most of those it infects within days.',
    'Anthrax killed three people who ate meat from a dead cow in the village, officials said.',
    'Health authorities declared the outbreak over after 42 days with no new cases.',
    'The bird flu outbreak forced farmers to kill 200,000 chickens in the province.',
    'Doctors are fighting a battle against drug-resistant tuberculosis in the prisons.',
    'The epidemic has killed more than 1,200 people since March, the health ministry said.',
    'Victims of the disease were buried by teams in protective suits to stop further infections.',
    'Yellow fever killed five people in the district, prompting an emergency vaccination campaign.',
    'Mpox cases rose sharply among refugees in the camps, aid groups said on Wednesday.',
    'The outbreak has struck 12 districts, and the death toll has risen to 87, the ministry said.',
    'Doctors in the camp are fighting an outbreak of cholera that has killed 21 people since Monday.',
    'The virus has now killed 15 people in the province. Troops have been deployed to seal off the '
    'affected villages.',
    'Soldiers guarding the isolation centre fired in the air when patients tried to leave, officials said.',
    'Health officials confirmed the third death from the disease in the capital on Thursday.',
    'The government declared three provinces under a state of emergency as the virus spread.',
    'The disease attacks the lungs, and the victims die within days without treatment.',
    'Ebola survivors face stigma in their villages, aid workers said.',
    'A new strain of the virus was detected in two provinces, health officials said on Friday.',
    'The army has been called in to help distribute vaccines in remote areas.',
    'Police arrested 40 people for breaking the curfew imposed to slow the virus.',
]


DIPLOMACY = [
    'The two presidents held talks in Addis Ababa on Monday on ending the border dispute.',
    'The foreign minister condemned the attack on the embassy and called for calm.',
    'The United Nations Security Council voted on Friday to extend the peacekeeping mission in South '
    'Sudan for a year.',
    'Washington imposed sanctions on three army generals accused of ordering the killing of protesters.',
    'The European Union threatened new sanctions against the junta over its crackdown on dissent.',
    'Mediators proposed a 72-hour ceasefire to allow aid into the besieged city, diplomats said.',
    'The government accused its neighbour of arming rebels in the north, a charge the neighbour denied.',
    'The two countries signed a treaty on Tuesday to settle their maritime boundary.',
    'The prime minister arrived in Nairobi on a three-day state visit to discuss trade and security.',
    'Leaders at the regional summit agreed to send election observers to the country.',
    'The ambassador was summoned to the foreign ministry to explain remarks by his president.',
    'Kenya and Somalia restored diplomatic ties after a year-long rift, the two foreign ministries said.',
    'The UN General Assembly adopted a resolution demanding an end to the war, with 141 votes in favour.',
    'The defence minister met his counterpart in Beijing to discuss military cooperation.',
    "The government rejected the rebels' ceasefire proposal as a ploy to regroup.",
    'France recalled its ambassador for consultations after the junta expelled a French diplomat.',
    "The African Union suspended the country's membership after the coup last month.",
    'Envoys from both sides will meet in Doha next week for a new round of peace talks.',
    'The foreign ministry said the accusations of a massacre by its troops were baseless.',
    "The minister blamed the opposition for the violence of last year's election and refused to apologise.",
    'Peace talks with the rebels collapsed on Thursday without agreement, the government said.',
    "The president's visit to the troops on the front line was intended to raise morale, officials said.",
    'Pakistan and India exchanged lists of their nuclear installations under a decades-old agreement.',
    'The summit ended with a joint statement condemning terrorism in all its forms.',
    'The United States pledged $50 million in humanitarian aid for victims of the conflict.',
    'Ministers from the Sahel states met in Niamey to discuss cooperation against armed groups.',
    'Russia expels two Polish diplomats in tit-for-tat move',
    'The Latest: Iran warns US against new sanctions, vows to strike back at any aggression',
    "China's foreign ministry accused Washington of stoking tension after US warships sailed through the strait.",
    'The White House said it would respond forcefully to the cyberattack on the pipeline operator.',
    'EU foreign ministers agreed on Monday to impose sanctions on officials responsible for the crackdown in Minsk.',
    'The president vowed revenge for the killing of the general and said the enemy would pay a heavy price.',
    'North Korea threatened to turn Seoul into a sea of fire if the drills went ahead.',
    'Turkey summoned the US ambassador over a Senate resolution recognising the killings of Armenians as genocide.',
    'Britain and France condemned the missile launch as a violation of Security Council resolutions.',
    'Moscow denied any role in the poisoning of the opposition leader and called the accusations absurd.',
    'Israel and the UAE signed an agreement to open embassies and begin direct flights.',
    'US Secretary of State arrives in Kyiv for talks on military aid as war enters third year',
    'Ethiopia rejected a UN report accusing its forces of war crimes in Tigray.',
    'The Security Council failed to agree on a statement condemning the coup.',
    'The foreign minister warned that the border dispute could escalate into war if talks failed.',
    "Hungary blocked an EU statement criticising China's crackdown in Hong Kong.",
    'The government accused the opposition of plotting to overthrow it and said it had evidence of the plan.',
    'Envoys of the Quartet urged both sides to show restraint and return to the negotiating table.',
    'The UN human rights chief called for an independent inquiry into the killing of protesters last month.',
    'The ministry said the expulsion of the diplomats was retaliation for the closure of its consulate.',
    'The Pope called for an end to the bloodshed in Sudan during his Sunday address.',
    'Iran and Saudi Arabia restored relations in a deal brokered by China.',
    'The US will impose visa bans on officials who undermine democracy in the country, the State Department said.',
    'The prime minister apologised for the massacre of civilians by British troops in 1919.',
    'Washington said it had approved the sale of 40 fighter jets and missiles worth $8 billion to the kingdom.',
    'Russia to close US consulate in Yekaterinburg in retaliation for sanctions',
    'Beijing vows countermeasures after US blacklists Chinese drone maker',
    'Tehran warns it will hit back if its nuclear sites are attacked',
    'The Kremlin said the expulsions were an unfriendly act and promised a proportionate response.',
    'Japan lodged a protest with China after its coast guard ships entered disputed waters.',
    'The army chief said his forces were ready to respond to any attack from across the border.',
    'Pyongyang said its latest missile test was a warning to the United States and its allies.',
    'Kenya recalled its ambassador from Somalia, accusing Mogadishu of interfering in its affairs.',
    "The EU's foreign policy chief said the bloc would not recognise the annexation of the region.",
    'The defence ministers of the two countries discussed the threat posed by armed groups in the Sahel.',
    'US lawmakers voted to block arms sales to the kingdom over its role in the war in Yemen.',
    'The government said it would sue the company for damages over the oil spill.',
    'Both sides accused each other of violating the truce, but no fighting was reported.',
    "Ukraine's president thanked Western allies for new weapons and called for more air defence systems.",
    'The envoy said the massacre of civilians in the village last year must not go unpunished.',
    'Moscow accuses Kyiv of planning a dirty bomb attack; Kyiv calls the claim a lie',
    'Sanctions hit Russian banks as West punishes Moscow for invasion',
    'The two leaders discussed the war in Ukraine and the crisis in the Middle East during a phone call.',
]


MILITARY_ROUTINE = [
    'Thousands of troops paraded through the capital on Independence Day as fighter jets flew overhead.',
    'The navy began joint exercises with the United States off the coast on Monday, firing live rounds at'
    ' targets at sea.',
    'The government signed a deal to buy 12 attack helicopters from Turkey, the defence ministry said.',
    'North Korea fired a ballistic missile into the sea off its east coast on Wednesday, Seoul said.',
    'Troops practised urban combat in a week-long drill near the border, the army said.',
    'The army held a passing-out parade for 2,000 new recruits at the training school.',
    'The country took delivery of its first batch of armed drones, which officials said would be used '
    'against militants.',
    'The defence budget was raised by 12 percent to buy new tanks and artillery.',
    'The army chief inspected troops stationed along the frontier and praised their readiness.',
    'Soldiers fired a 21-gun salute as the new president was sworn in.',
    'The army announced the retirement of 40 senior officers in a reshuffle of its command.',
    'The air force showed off its new fighter jets at an air show in the capital.',
    'Peacekeepers from Bangladesh arrived in the Central African Republic to replace a departing battalion.',
]


COURTS_AND_HISTORY = [
    'A court jailed a former militia leader for 20 years for crimes against humanity committed in 2003.',
    'The trial of six men accused of the 2019 hotel attack opened in Nairobi on Monday.',
    'A military court convicted two soldiers of killing a civilian during an operation last year.',
    'The International Criminal Court found the former commander guilty of war crimes including murder and pillage.',
    'A judge acquitted three police officers charged with killing a student during protests in 2021.',
    'An appeals court upheld the death sentences of four men convicted over the bombing of a church.',
    'Prosecutors told the court the accused had planned the attack on the bus station for months.',
    'The inquest heard that the victims of the blast died instantly.',
    'Witnesses told the tribunal that soldiers had burned the village and shot fleeing residents in 1994.',
    'The high court granted bail to the opposition leader, who is charged with inciting violence.',
    'Rwanda marked 30 years since the genocide in which some 800,000 people were killed.',
    'Veterans laid wreaths at the memorial to the soldiers who died in the battle of 1916.',
    'Survivors gathered in Hiroshima on Tuesday to mark the anniversary of the atomic bombing.',
    'A new book tells the story of the massacre of villagers by colonial troops in 1947.',
    'The documentary recounts the siege of the city and the shelling that killed thousands in the 1990s.',
    'The museum displays weapons used by rebels during the civil war that ended in 2002.',
    'Ten years after the bombing of the shopping mall, families of the victims still seek answers.',
    'The president laid a wreath at the tomb of the unknown soldier to mark Armistice Day.',
    'The exhumation of victims of the 1971 war began in a field outside the town.',
]


SPORT_ECONOMY_AND_WORDS = [
    "Arsenal's attack tore apart the City defence as they won 4-1 at the Emirates on Sunday.",
    'The striker shot from 25 metres and beat the goalkeeper to give Kenya the lead.',
    'Nadal battled back from a set down to beat Djokovic in the final.',
    'The boxer knocked out his opponent in the third round to claim the world title.',
    "India's bowlers destroyed the Australian batting line-up on the second day of the Test.",
    'The teams clash in the semi-final in Cairo on Thursday.',
    'Kipchoge fired the decisive attack at the 30-kilometre mark to win the marathon.',
    'The Super Eagles crushed Benin 3-0 in a qualifier in Uyo on Saturday.',
    'The champions were killed on the counter-attack and lost 2-0 at home.',
    'It was a bruising battle for the title, and the home side finally won on penalties.',
    'The central bank fired a shot across the bows of the markets by raising rates by two points.',
    'Inflation is killing small businesses, the chamber of commerce said on Tuesday.',
    'Shares in the company were hammered after it reported a loss for the third quarter.',
    'The price war between the two mobile operators has slashed the cost of data.',
    "Oil prices exploded after the producers' cartel announced deep cuts in output.",
    "The government's plan to raise fuel taxes came under attack from business groups.",
    'Investors took a beating as the stock market crashed by 8 percent on Monday.',
    "The finance minister launched a blistering attack on the opposition's budget plans.",
    'The company will cut 2,000 jobs in a battle to survive the slump, its chief executive said.',
    'A bomb cyclone brought blizzard conditions and hurricane-force winds to the east coast on Friday.',
    'The film bombed at the box office, earning less than a tenth of its budget.',
    'Health officials warned of an explosion of cases after the holidays.',
    "The country's population explosion is straining schools and hospitals, the report said.",
    'The company fired 300 workers after its profits fell, union leaders said.',
    'More than 2 million people have received a booster shot, the health ministry said.',
    'The photographer shot the portraits in a studio in Lagos over two days.',
    'Market forces will decide the price of fuel from next month, the energy minister said.',
    'The government set up a task force to tackle the rising cost of living.',
    'A schedule clash forced the band to cancel its concert in Nairobi.',
    'The spring festival was a riot of colour and music, with thousands of dancers in the streets.',
    'Fans besieged the hotel where the singer was staying, hoping for a glimpse of her.',
    'The champions stormed to victory in the final stage of the cycle race.',
    "Investors said the central bank had been held hostage by the government's spending plans.",
    'The prisoner has been on hunger strike for 40 days, his lawyer said.',
    'A lightning strike set a barn on fire in the village, destroying hay and two tractors.',
    'Thousands of victims of the pyramid scheme lost their savings, the regulator said.',
    "The hospital's casualty department treated 200 people with heatstroke over the weekend.",
    'He suffered a panic attack during the exam and was taken to the school clinic.',
    'The opposition said the budget was an assault on the poor.',
    'Scouts pitched their tents in troops of twelve at the jamboree.',
    'The tanker truck carrying milk overturned on the highway, spilling its load.',
    "The army's band played as the president laid the foundation stone of the new hospital.",
    'The shooting of the film took place in the old town last summer.',
    'Police raided a nightclub and arrested 12 people for selling drugs.',
    'Customs officers seized 500 kg of cocaine hidden in a shipment of bananas at the port.',
    "The team's attack was blunted by the visitors' disciplined defence.",
    'The government declared war on plastic bags and banned their sale from January.',
    "Critics slammed the president's decision, calling it an assault on free speech.",
    'Locusts have destroyed crops across 20,000 hectares in the north, the agriculture ministry said.',
]


ANIMALS_AND_OTHER = [
    'A hunter was killed by an elephant in the national park on Tuesday, wildlife officials said.',
    'Rangers shot dead a lion that had killed three goats in a village near the park.',
    'A man drowned while trying to cross the swollen river on foot, police said.',
    'Police said the woman was killed when a wild buffalo attacked her as she fetched water.',
    'The minister launched a fierce attack on critics of the new constitution.',
    'A crocodile attack killed a fisherman on the shores of Lake Baringo.',
    'The film about the war won the top prize at the festival on Saturday.',
    "The army's engineers built a bridge over the river after the floods destroyed the old one.",
    'Fireworks exploded over the capital as crowds celebrated the new year.',
    "A police officer was killed in a road accident while escorting the governor's convoy.",
    'Bees attacked pupils at a primary school, sending 30 children to hospital.',
    "Gunfire-like bangs from a car's exhaust caused panic in the market, police said.",
    'The killer whale attacked a boat off the coast, but no one was hurt.',
    'Police said the man found dead in the river had drowned and there was no sign of foul play.',
    'Two climbers died on the mountain after being caught in a storm, guides said.',
    'The rebels released a statement on Monday marking the tenth anniversary of their movement.',
    'Thousands of people attended the funeral of the singer in the capital on Sunday.',
    'A soldier was killed when he accidentally stepped on a mine during a clearance operation, the mine '
    'action agency said.',
    'The veteran recalled how his unit was ambushed in the jungle in 1968.',
    'Fans celebrated the victory by firing flares and setting off fireworks in the streets.',
    "The opposition leader attacked the government's record on corruption in a speech to supporters.",
    'Kenyan athletes dominated the race, with Kiprop striking gold in the 10,000 metres.',
    'Police shot dead a rabid dog that had bitten four children in the village.',
]


DISEASE_ARTICLES = [
    'Cholera has killed 32 people in the northern region since the start of the month, health officials '
    'said on Tuesday. The outbreak began in a fishing village and spread quickly along the coast. '
    "Soldiers have been deployed to help medical teams reach remote islands. 'We are fighting a battle on"
    " many fronts,' the regional health director said.",
    'An outbreak of bird flu has been confirmed on a poultry farm near the capital. Veterinary teams '
    'killed 40,000 chickens to stop the virus from spreading. Police set up roadblocks around the farm '
    'and turned back traders. The ministry said there was no risk to people who had eaten cooked chicken.',
    'Ebola has struck again in the east of the country, where armed groups have hampered the response in '
    'the past. Three people have died in the latest outbreak, the health ministry said. Health workers in'
    ' protective suits buried the victims, and troops escorted vaccination teams into the villages.',
    'Swine flu cases have risen to 300 in the country, officials said on Friday. Schools in the capital '
    "were closed for a week, and the army's medical corps set up field hospitals. The president urged "
    'people to stay calm and wash their hands.',
    'Dengue fever has killed 12 people in the city this year, and hospitals are overwhelmed. The city '
    'launched a campaign to destroy mosquito breeding sites, and soldiers sprayed insecticide in slums. '
    "'This is a war against the mosquito,' the mayor told reporters.",
    "Measles has killed 80 children in the displaced people's camps of the province, where families who "
    'fled the fighting live in crowded tents. Doctors said vaccination rates had fallen because of the '
    'insecurity. An emergency campaign will vaccinate 200,000 children next month.',
    'The World Health Organization said on Monday that the polio outbreak in the country was under '
    'control. Vaccinators had been attacked in the region in the past, and some teams still travel with '
    'police escorts. No new cases have been recorded for six months.',
    'A mystery illness killed nine people in a remote district last week, and tests confirmed on Sunday '
    'that it was anthrax. The victims had eaten meat from a cow that died of the disease. Local officials'
    ' burned the carcasses and banned the sale of meat.',
]



AFTERMATH_AND_STATECRAFT = [
    'The spy row deepened on Friday as Moscow ordered 20 Czech diplomats to leave within 48 hours.',
    'Washington blamed Russian military intelligence for the hacking of its election systems and imposed '
    'sanctions on nine officials.',
    "Britain said it was 'highly likely' that the state was behind the nerve agent attack and expelled 23 diplomats.",
    'Seoul and Washington will scale back their joint military drills to support diplomacy with the North.',
    'The Foreign Office advised against all travel to the region because of the threat of kidnapping and terrorism.',
    'The US embassy warned its citizens to avoid crowds ahead of planned protests on Friday.',
    'The government extended the northern state of emergency by three months.',
    'The general was named army chief on Monday, replacing a commander who retired after 40 years of service.',
    'The rebel leader returned from exile on Sunday and was greeted by thousands of supporters at the airport.',
    'The ministry said 2,000 refugees had returned home from camps across the border this month.',
    'The UN said 1.2 million people had been displaced by the conflict since it began two years ago.',
    'Humanitarian agencies warned that the fighting had left 3 million people in need of food aid.',
    'The EU agreed to send 40 million euros of military aid to help the country fight militants in the north.',
    'A court in The Hague ordered the state to pay compensation to families of men killed by its soldiers in 1947.',
    "The commission's report said police had used excessive force during the protests two years ago.",
    'The former rebel commander was sworn in as vice-president under the peace deal signed last year.',
    'Officials said the wreckage of the plane, which crashed into the mountains in bad weather, had been found.',
    'Investigators said a bird strike had caused both engines to fail before the plane crash-landed in a field.',
    'Thick smoke from forest fires in Sumatra forced schools to close across the region.',
    'An oil tanker caught fire after colliding with a cargo ship in the Yellow Sea, and 32 crew are missing.',
    'Six people were killed and 40 injured when a tourist bus overturned on a mountain road in Peru.',
    'Rescuers pulled a girl alive from the rubble of her home four days after the quake struck.',
    "The UN Security Council met behind closed doors on Wednesday to discuss the North's latest missile launch.",
    "Police said the suspected gunman in last month's school shooting had been charged with 10 counts of murder.",
    'Prosecutors charged a soldier with the murder of a protester who was shot during demonstrations in March.',
    'The navy said it had intercepted a boat carrying 120 migrants off the coast and brought them to port.',
    'The coast guard rescued 40 migrants after their boat capsized in rough seas; 12 others drowned.',
]


HEADLINES_AND_BLASTS = [
    "North Korea fires two short-range missiles into the sea, South Korea's military says",
    'Japan scrambles jets as Chinese bombers fly near Okinawa',
    'US slaps sanctions on Myanmar generals over Rohingya crackdown',
    'Iran says it will retaliate if the US strikes its nuclear facilities, state media reports',
    'Turkey threatens military operation in northern Syria, Kurdish forces on alert',
    'Russia conducts nuclear drills with ballistic missile launches, Kremlin says',
    'NATO jets intercepted two Russian bombers over the Baltic Sea on Tuesday, the alliance said.',
    "Moscow summons British ambassador over warship's passage near Crimea",
    'The EU extended its sanctions on Russia for six months, citing the continued occupation of Crimea.',
    'Pakistan and India traded accusations at the UN over Kashmir, with each blaming the other for the violence.',
    'A chemical weapons watchdog said it had found evidence that chlorine was used in an attack on the town in 2018.',
    'The US said the Syrian government was responsible for a sarin attack that killed dozens in 2017, and'
    ' announced new sanctions.',
    'The G7 leaders condemned the bombing of the hospital and demanded an investigation.',
    'A 4.9 magnitude quake struck off Crete; no damage or injuries were reported.',
    'A huge fire at a chemical plant in Texas sent black smoke over Houston for three days; officials '
    'said air quality was safe.',
    'Three firefighters were hurt battling a blaze at a fireworks warehouse that exploded on Sunday.',
    'A passenger plane skidded off the runway in heavy rain, injuring 12 people.',
    'A bus carrying pilgrims crashed into a truck on the highway, killing 26 and injuring 30, police said.',
    'At least 60 people were killed when a fuel tanker exploded after crashing into a truck in Niger state.',
    'A military ammunition dump exploded in Bulgaria, forcing the evacuation of nearby villages; the '
    'cause was under investigation.',
    'A series of explosions at a fireworks market in Tultepec killed 35 people.',
    'The army said a soldier died when his rifle accidentally went off while he was cleaning it.',
    "Flames engulfed the cathedral's roof, and its spire collapsed as crowds watched in horror.",
    'A rocket launch failed shortly after lift-off and the debris fell into the ocean, the space agency said.',
    'A blast at an iron ore mine killed 16 workers, and rescuers are searching for six missing.',
    'Two people were killed and 50 hurt when a hot-air balloon crashed near Luxor.',
    'A landslide at a jade mine buried more than 100 miners in Kachin state after heavy rain.',
    'Thousands of dead fish washed up on the shore after the spill, and fishermen demanded compensation.',
    'The government ordered the evacuation of 10,000 people living near the volcano as lava flowed toward villages.',
]


DISEASE_IN_WAR_ZONES = [
    'The Ebola outbreak in eastern Congo, a region long plagued by violence from armed groups, has now '
    'killed 1,500 people. Health workers say insecurity has made it hard to trace contacts. The WHO said '
    'on Friday that the risk of spread to neighbouring countries remained high.',
    "Yemen's cholera epidemic, the worst in modern history, has infected more than a million people since"
    ' the war began. The health system has collapsed after years of conflict and air strikes, aid '
    'agencies say. The UN appealed for $500 million to fund the response.',
    'Polio cases have been found in two districts of Pakistan where militants have opposed vaccination '
    'campaigns in the past. The government said 40,000 police would protect vaccinators during the next '
    'round.',
    'Health officials in the capital confirmed 15 new cases of the virus on Tuesday. The army set up a '
    'field hospital in a stadium, and soldiers disinfected markets and bus stations. Schools will remain '
    'closed until the end of the month.',
    'The outbreak of plague in Madagascar has killed 124 people since August, the health ministry said. '
    'Authorities banned public gatherings in the capital and closed universities. Medical teams were sent'
    ' to the worst-hit districts.',
    'Swine flu killed a soldier at a military base in the north, the defence ministry said on Monday. '
    'Another 40 soldiers were in quarantine. The base was closed to visitors as a precaution.',
    'Refugees fleeing the fighting in South Sudan have brought cholera to camps across the border in '
    'Uganda. Twenty people have died in the camps, the UN refugee agency said. Aid workers are fighting '
    'to contain the outbreak.',
    'The dengue epidemic has overwhelmed hospitals in the city, and the government has called in the '
    "army. Soldiers are going door to door to destroy mosquito breeding sites. 'This is a battle we must "
    "win,' the health minister said.",
    'Bird flu has been found in wild ducks at a lake near the border, the agriculture ministry said. '
    'Poultry farms within 10 km were placed under quarantine and police patrolled the area to stop birds '
    'from being moved.',
    'Zika has been confirmed in three states, and the government declared a national emergency. The '
    'president said 200,000 troops would take part in a campaign to teach people about the mosquito'
    ' that spreads the virus.',
    'Health workers in protective gear carried the body of a victim of the virus to a burial site outside'
    ' the town. Residents watched from a distance. Burial teams say they have been threatened by '
    'relatives who want to wash the bodies themselves.',
    'The mystery disease that killed 30 people in the district last month has been identified as '
    'meningitis, the health ministry said. A vaccination campaign will begin next week.',
    'Measles has spread quickly in the war-torn country, where the civil war has killed more than 400,000'
    ' people since 2011. Doctors said vaccination had stopped in rebel-held areas.',
    'The Boko Haram insurgency has displaced more than two million people in the northeast, and cholera '
    'is now spreading in the crowded camps, the health ministry said.',
    'Cholera has killed 50 people in the camps this month. The camps house families who fled attacks by '
    'armed groups over the past two years.',
    'Health workers in the province have been targeted in the past, and vaccination teams now travel with'
    ' armed escorts, the WHO said.',
    'Ebola has reached the city of Goma, a hub of 2 million people on the border with Rwanda. The city '
    'was seized by rebels in 2012, and armed groups remain active in the hills around it.',
    'The government blamed the spread of the disease on refugees crossing the border from the conflict '
    'zone.',
    'The hospital, damaged by shelling during the war, now treats hundreds of patients with the virus '
    'every week.',
    'The country is still recovering from a decade of civil war that destroyed much of its health system.'
    ' A new outbreak of the virus has killed 18 people.',
    'In the north, where jihadists have attacked schools and health centres for years, doctors have not '
    'been able to reach villages to vaccinate children.',
    'More than 5,000 people have died of malaria in the region this year, more than have been killed in '
    'the conflict, the UN said.',
]


STATES_THAT_SPEAK_OF_VIOLENCE = [
    'The EU imposed sanctions on four Russian officials over the jailing of the opposition figure Alexei '
    'Navalny and the crackdown on his supporters.',
    'Washington condemned the detention of the journalist and called for his immediate release.',
    'China protested strongly against the US arms sale to Taiwan and threatened to sanction the companies involved.',
    'The foreign ministry protested to Tokyo over the visit of Japanese ministers to a shrine honouring war dead.',
    "The ambassador was expelled for meeting opposition leaders during last month's protests, the ministry said.",
    "Germany summoned Iran's envoy to protest the execution of a German-Iranian dissident.",
    'The US Treasury sanctioned two militia leaders it said were responsible for attacks on protesters in Baghdad.',
    'Canada suspended arms exports to Turkey over its military offensive in northern Syria.',
    'The UN rights council voted to open an inquiry into abuses during the crackdown on protests in Iran.',
    'Poland and Lithuania accused Belarus of sending migrants to their borders in a hybrid attack and '
    'called for new sanctions.',
    'The State Department said it was deeply concerned by reports of mass arrests of protesters and urged restraint.',
    'Russia accused the US of a cyberattack on its power grid, which Washington denied.',
    'The minister said the government would not tolerate attacks on its diplomats and would review its '
    'ties with the country.',
    'Australia called for an independent inquiry into the origins of the virus, prompting China to impose'
    ' tariffs on its barley.',
    "Britain's foreign secretary said Moscow would face consequences if it attacked Ukraine.",
    'The summit ended without a deal after the two sides clashed over the wording of the final statement.',
    'The two presidents clashed over trade and human rights during a tense meeting in Geneva.',
]


TRIALS_MARKETS_AND_GAMES = [
    'A court in Dhaka sentenced 14 men to death for the 2004 grenade attack on an opposition rally.',
    'The trial of the soldiers accused of shooting protesters in 2019 was adjourned until next month.',
    'An appeals court freed the former police chief, who had been convicted of ordering the killing of '
    'demonstrators.',
    'The country marked the 25th anniversary of the embassy bombings with a ceremony at the memorial park.',
    'Thousands attended a memorial service for the victims of the ferry disaster on its tenth anniversary.',
    "The central bank's decision to raise rates was a blow to borrowers, economists said.",
    'The currency crashed to a record low against the dollar on Tuesday.',
    "The company's shares were hit hard after it lost a legal battle over its patents.",
    'Strikers scored twice in the first half as Kenya beat Uganda in the regional final.',
    "The boxer's devastating right hand knocked his rival to the canvas in the second round.",
    "The Springboks battered the All Blacks' defence and won the match 28-12.",
]


REAL_EVENTS = [
    'An explosion set off by militants at a bus station in Quetta killed 11 people on Monday.',
    'Rioters set fire to a police station and several shops in the town after the election results.',
    'Government forces launched a strike on the rebel-held town, killing at least 9 civilians.',
    'Air strikes on the town of Idlib killed 12 people, rescue workers said.',
    'A bomb planted by suspected jihadists exploded at a market in Maiduguri, killing eight.',
    'Gunmen set fire to a school in the village after shooting two teachers.',
    'Militants blew up a gas pipeline in the Sinai, sending flames into the sky, security officials said.',
    'Arsonists torched a mosque in the town overnight, police said.',
    'A mob burned down a church in the village after a dispute, police said.',
    'Shelling by rebels killed three people in the market of the town on Tuesday.',
    'Suspected Islamist militants attacked an army base, killing 14 soldiers.',
    'Protesters clashed with police in the capital as the fuel price rose.',
    'Troops clashed with rebels near the border, leaving 12 fighters dead, the army said.',
    'An attack by gunmen on a village killed 20 people, including women and children.',
    'Al-Shabaab claimed responsibility for the explosion at the hotel, which killed 15 people.',
    'A car bomb exploded outside a government building in Mogadishu, killing seven.',
    'Forces loyal to the general attacked the airport with artillery on Sunday.',
    'Herders killed 17 farmers in an attack on the village in Plateau state.',
    'Drone strikes killed four militants in a vehicle in North Waziristan.',
    'The army shelled rebel positions in the hills, killing dozens of fighters.',
    'A suicide bomber detonated his explosives at a checkpoint, killing four police officers.',
    'Unidentified gunmen shot dead a journalist in his car in the city on Wednesday.',
    'Fighting between rival militias killed 30 people in Tripoli over the weekend.',
    'Rebels ambushed a military convoy, killing eight soldiers, officials said.',
    'A grenade attack on a bar in Bujumbura injured 10 people.',
    'Demonstrators set tyres on fire and blocked roads in protest against the arrests.',
    'Bandits raided the village, killing 12 and kidnapping 30 people.',
    'Pirates attacked a cargo ship off the coast of Somalia and took its crew hostage.',
    'A landmine planted by rebels killed two farmers in their field.',
    'Security forces opened fire on protesters, killing five.',
    'An IED exploded under a police truck, killing three officers.',
    'Militants attacked a gas plant, taking foreign workers hostage.',
    'Militants fired rockets at the town, killing a woman and her son.',
    'Gunmen stormed a church during Sunday mass and killed 22 worshippers.',
    'Soldiers burned houses in the village during a raid on suspected rebels, residents said.',
    'Warplanes bombed a market in the rebel-held town, killing 40 people.',
    'A bomb exploded at a political rally, wounding 25 people.',
    'Vigilantes lynched two suspected thieves in the market.',
    'The army said its troops killed 15 insurgents in clashes near the lake.',
    'A fire set by rioters gutted the offices of the ruling party.',
    'An explosion at a checkpoint caused by a bomb hidden in a car killed two soldiers.',
    'Rebels seized two towns after battles with government troops.',
    'Police arrested 40 protesters after clashes in the city centre.',
    'Militants attacked an oil refinery, setting off an explosion that killed four guards.',
    'A strike by a Russian missile on an apartment block killed 21 people.',
    'Two people were killed when a bomb exploded on a bus in the city; police blamed separatists.',
    'Communal clashes over land killed 11 people in the district, police said.',
    'Youths burned a police vehicle and stoned officers after the killing of a motorcyclist.',
    'Attackers threw petrol bombs at a bus, killing three passengers.',
    "The rebels' attack on the camp killed 33 displaced people.",
    'Unknown attackers set fire to a polling station in the district on election day.',
    'Jihadists killed seven soldiers when they attacked an army post, the army said.',
    'Gunmen killed a village chief and his son in an attack on their home.',
    'A bomb planted in a rubbish bin exploded and killed three people at the market.',
    "Rebels blew up a bridge on the highway to slow the army's advance.",
    'Rioters looted shops and set fire to a warehouse in the port city after the verdict.',
    'Police said an arson attack on a mosque in the town had destroyed its roof.',
    'A drone strike on a fuel depot in the city started a fire that burned for two days.',
    'Separatist fighters attacked a gas plant, killing two guards and setting a tank on fire.',
    'Protesters torched a bus and clashed with police over the death of a student in custody.',
    'Militants fired mortars at the airport, damaging a passenger plane on the runway.',
    'Security forces killed 12 protesters during demonstrations against the coup on Saturday.',
    "An attack on a displaced people's camp by militiamen killed 14 people.",
    'Armed men set fire to homes in the village after killing five residents.',
    'The rebels shot down an army helicopter, killing its crew of four.',
    'A mob attacked a police station after a suspect died in custody.',
    'The army said it had repelled an attack by jihadists on its base near the border.',
    'Unknown assailants threw a grenade into a crowd at a political rally, killing two.',
    'Police fired live rounds at demonstrators who were blocking the highway, killing one.',
    'Two soldiers died when their truck ran over a landmine planted by insurgents.',
    'Opposition supporters clashed with ruling party activists in the town, leaving 20 injured.',
    'Gunmen kidnapped 30 passengers from a bus on the highway on Sunday.',
    'A man has been arrested after a petrol bomb was thrown at a mosque in the town on Saturday night.',
    'Protesters set fire to cars outside the parliament as the vote on the new law took place.',
    'Israeli air strikes hit Gaza after a rocket was fired at the city of Ashkelon.',
    'Russian shelling killed three civilians in Kherson on Tuesday, the regional governor said.',
    'Islamic State claimed responsibility for the suicide bombing at the shrine, which killed 40 worshippers.',
    'A gas station exploded after militants fired a rocket-propelled grenade at it, killing two attendants.',
    'An arsonist set fire to the district office of the electoral commission overnight, police said.',
    'Saboteurs blew up a power pylon in the region, cutting electricity to 50,000 homes, officials said.',
    'Soldiers opened fire on a crowd protesting the killing of a youth, wounding nine.',
    'A rocket fired from Gaza fell short and landed inside Israel, causing no injuries, the Israeli army said.',
    'Border guards shot dead two smugglers who tried to cross the frontier on Sunday, officials said.',
    'The navy said its ships had exchanged fire with pirates off the coast, killing three of them.',
    'Unidentified gunmen opened fire on a minibus carrying migrants, killing four.',
    'The rebels shelled a camp for displaced people, killing 11, the UN said.',
    'Police broke up a march by opposition supporters with batons and tear gas in the capital on Saturday.',
    "Israel's cabinet approved a ceasefire deal with the armed group on Thursday after days of talks.",
    'North Korean troops fired on a South Korean guard post, wounding two soldiers, Seoul said.',
    'Turkish forces shelled Kurdish positions in northern Syria on Tuesday, killing four fighters.',
    'Syrian government helicopters dropped barrel bombs on the town, killing 17, activists said.',
    'Myanmar troops burned Rohingya villages and killed dozens of civilians, witnesses said.',
    'Villagers attacked a burial team in the district on Saturday, injuring three health workers and '
    'burning their vehicle. The team had come to bury a victim of the virus. Police said two men were '
    'arrested.',
    'Nurses marched on the health ministry on Monday to demand protective equipment, as the virus spread '
    'through hospitals. They carried banners and chanted slogans outside the building.',
    'Fishing crews staged a protest at sea against the release of the wastewater, and the government of '
    'South Korea voiced concern.',
]


REAL_EVENT_ARTICLES = [
    'Gunmen attacked a vaccination team in the north on Monday, killing two health workers and a police '
    'escort, officials said. The team had been vaccinating children against polio. The government '
    'condemned the attack.',
    'Residents attacked an Ebola treatment centre in the east on Tuesday, setting fire to tents and '
    'vehicles. Health workers fled. Some locals believe the disease is a hoax, officials said.',
    'Police fired tear gas at hundreds of traders protesting against lockdown rules in the market on '
    'Wednesday. The traders said the measures had destroyed their livelihoods.',
    'Gunmen shot dead two polio vaccinators in the north on Tuesday, police said. The vaccination '
    'campaign was suspended.',
    'Rebels attacked the town on Sunday and looted the health centre, killing a nurse. Doctors said the '
    'attack had interrupted the fight against the outbreak.',
]


def _fixture(name: str) -> list[str]:
    """The texts of a fixture file, one a line, '#' lines naming the kind left out."""
    path = Path(__file__).parent / "fixtures" / name
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


PRESS_NON_EVENTS = _fixture("press_non_events.txt")
"""Headlines, leads, datelines and captions of wire and regional press (industrial blasts, mine collapses, stampedes,
capsizes, derailments, bus plunges, fires, hazards, diplomacy, disease and its measures, animals, crime and courts,
military routine, sport, business and elections) that tell no ACLED event."""

PRESS_NEAR_MISS_EVENTS = _fixture("press_near_miss_events.txt")
"""Reports in the same dress that are events: a bomb in a gas cylinder, force used on lockdown protesters, soldiers
who kill civilians during a lockdown, rioters at an embassy, fans who clash with police."""


NON_EVENTS = (PRESS_NON_EVENTS + NATURAL_HAZARDS + MAN_MADE_DISASTERS + DISEASE + DIPLOMACY + MILITARY_ROUTINE + COURTS_AND_HISTORY
              + SPORT_ECONOMY_AND_WORDS + ANIMALS_AND_OTHER + DISEASE_ARTICLES + AFTERMATH_AND_STATECRAFT
              + HEADLINES_AND_BLASTS + DISEASE_IN_WAR_ZONES + STATES_THAT_SPEAK_OF_VIOLENCE + TRIALS_MARKETS_AND_GAMES)


@pytest.mark.parametrize("text", NON_EVENTS)
def test_news_in_the_words_of_conflict_that_tells_no_event(text):
    assert reported_sub_types(text) == []


@pytest.mark.parametrize("text", REAL_EVENTS + REAL_EVENT_ARTICLES + PRESS_NEAR_MISS_EVENTS)
def test_near_misses_that_are_events_stay_events(text):
    assert reported_sub_types(text)


def test_enough_items_of_our_own():
    assert len(NON_EVENTS) >= 150 and len(REAL_EVENTS) >= 50
    assert len(PRESS_NON_EVENTS) >= 250 and len(PRESS_NEAR_MISS_EVENTS) >= 40


@pytest.mark.parametrize("text", [
    "The teams clash in the semi-final in Cairo on Thursday.",
    "It was a bruising battle for the title, and the home side finally won on penalties.",
    "Arsenal's attack tore apart the City defence as they won 4-1 at the Emirates on Sunday.",
])
def test_a_clash_or_a_battle_of_sides_in_a_game_is_sport(text):
    assert kept(text) == []


def test_fans_who_clash_at_a_game_are_still_crowd_trouble():
    assert kept("Rival fans clashed outside the stadium before the derby clash, and police fired tear gas.")


def test_a_score_range_of_people_is_no_score():
    assert relevance.games.SPORT.search("The commander led 10-15 gunmen in the raid on the village.") is None


@pytest.mark.parametrize("text", [
    "Mediators proposed a 72-hour ceasefire to allow aid into the besieged city, diplomats said.",
    "The government rejected the rebels' ceasefire proposal as a ploy to regroup.",
])
def test_a_ceasefire_only_proposed_or_rejected_is_no_agreement(text):
    assert "Agreement" not in kept(text, armed=True)


def test_a_ceasefire_accepted_is_an_agreement():
    assert "Agreement" in kept("The rebels accepted the ceasefire proposal and signed the truce in Doha on Monday.",
                               armed=True)


def test_a_weapon_class_named_attack_tells_no_attack():
    kept_types = relevance.deals._without_weapon_class("The ministry bought 12 attack helicopters.",
                                                 [("Air/drone strike", 0.75), ("Armed clash", 0.4)])
    assert "Armed clash" not in [sub_type for sub_type, _ in kept_types]


def test_a_parade_with_jets_overhead_is_no_strike_but_a_jet_that_kills_is():
    assert kept("Troops paraded through the capital as fighter jets flew overhead.", armed=True) == []
    assert kept("A fighter jet bombed the parade ground, killing 12 soldiers.", armed=True)


def test_an_arrest_for_ordinary_crime_is_none_whatever_the_number_but_protesters_are_political():
    assert "Arrests" not in kept("Police raided a nightclub and arrested 12 people for selling drugs.", armed=True)
    assert "Arrests" in kept("Police arrested 30 opposition activists for vandalism during the strike.", armed=True)


def test_saboteurs_and_a_fire_set_deliberately_are_hostile():
    assert relevance.acts.HOSTILE_ACT.search("Saboteurs blew up a power pylon.")
    assert relevance.acts.HOSTILE_ACT.search("The fire had been started deliberately.")
    assert not relevance.acts.HOSTILE_ACT.search("The fire was not started deliberately.")


def test_a_task_force_on_prices_is_no_change_to_a_group_but_one_against_rebels_may_be():
    assert kept("The government set up a task force to tackle the rising cost of living.", armed=True) == []
    assert relevance.deals.CIVIL_BODY_SET_UP.search("The army set up a task force to fight the rebels.")
    assert relevance.deals.CONFLICT_PARTY.search(
        relevance.deals.CIVIL_BODY_SET_UP.sub(" ", "The army set up a task force to fight the rebels."))


def test_a_donor_that_agrees_to_send_aid_makes_no_agreement():
    assert "Agreement" not in kept("The EU agreed to send 40 million euros of military aid to the government.",
                                   armed=True)


def test_a_threat_of_kidnapping_is_no_kidnapping():
    assert kept("The embassy advised against travel to the region because of the threat of kidnapping.") == []


def test_a_charge_over_last_months_shooting_is_no_new_shooting():
    assert kept("The gunman in last month's shooting at the school has been charged with murder.", armed=True) == []
    assert kept("Gunmen shot dead two guards at the school on Monday, a month after last month's shooting there.")


@pytest.mark.parametrize("text", [
    "The outbreak has hit a region long plagued by violence from armed groups, and has killed 40 people.",
    "The economy has collapsed after years of conflict and air strikes, the bank said.",
    "The country is still recovering from a decade of civil war that destroyed its hospitals.",
])
def test_violence_as_the_lasting_condition_of_a_place_is_no_act(text):
    assert kept(text) == []


def test_an_act_told_beside_the_lasting_condition_is_kept():
    assert kept("In a region plagued by banditry, gunmen killed four traders on the road to Kano on Monday.")
