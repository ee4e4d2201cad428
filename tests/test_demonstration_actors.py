"""ACLED's codebook roles for demonstrations, on short reports we wrote (news, wire and ACLED-note styles, many
countries): a peaceful protest has the protesters alone; a protest the police break up has the police as actor 2; a
state force's excessive force has the force as actor 1 and the protesters as actor 2; a violent demonstration has
the rioters alone unless a force intervenes (that force is actor 2) or the rioters hurt people (civilians); damage to
property (burning tyres, stoned vehicles, looted shops, blocked roads) adds no actor 2; mob violence has the rioters
against their victims (civilians, the police when the crowd turned on them, rioters when two crowds fight)."""

from __future__ import annotations

import pytest

from sitrep.api import extract_text
from sitrep.evaluation.seeds import main_event

P, R, C = "Protesters", "Rioters", "Civilians"

CASES = [
    # Peaceful protests: the protesters alone.
    ("On 3 May 2023, teachers marched peacefully in Nakuru town demanding payment of salary arrears.", "KE", (f"{P} (Kenya)", None)),
    ("Hundreds of farmers held a sit-in outside the county offices in Eldoret on Tuesday over low maize prices.", "KE", (f"{P} (Kenya)", None)),
    ("On 12 June 2022, market women in Porto-Novo demonstrated against the relocation of their market.", "BJ", (f"{P} (Benin)", None)),
    ("Garment workers formed a human chain in front of the Narayanganj press club on Friday, demanding unpaid wages.", "BD", (f"{P} (Bangladesh)", None)),
    ("Students staged a peaceful rally on the university campus in Dhaka to demand safe roads.", "BD", (f"{P} (Bangladesh)", None)),
    ("Residents of Kibera protested peacefully against frequent power cuts.", "KE", (f"{P} (Kenya)", None)),
    ("On 8 August 2021, traders in Tamale closed their shops and marched to the municipal office to protest new taxes.", "GH", (f"{P} (Ghana)", None)),
    # Protesters named after the country they come from.
    ("Refugees from South Sudan demonstrated outside the UNHCR office in Kakuma over food rations.", "KE", (f"{P} (South Sudan)", None)),
    ("Asylum seekers of the Anuak people from Ethiopia staying in Kakuma protested against ration cuts.", "KE", (f"{P} (Ethiopia)", None)),
    ("Nationals of Mali living in Cotonou demonstrated in front of their embassy.", "BJ", (f"{P} (Mali)", None)),
    ("Somali refugees protested in Dadaab over food ration cuts.", "KE", (f"{P} (Somalia)", None)),
    ("Traders from Kisumu protested the closure of the market.", "KE", (f"{P} (Kenya)", None)),
    ("Teachers marched in Nairobi, days after earlier clashes with police over pay.", "KE", (f"{P} (Kenya)", None)),
    ("Teachers marched in Nairobi and clashed with police over pay.", "KE", (f"{R} (Kenya)", "Police Forces of Kenya")),
    # Protest with intervention: the protesters against the force that stepped in.
    ("On 4 July 2023, police lobbed tear gas canisters to scatter traders protesting new levies in Nairobi's business district.", "KE", (f"{P} (Kenya)", "Police Forces of Kenya")),
    ("Police arrested 12 activists who were demonstrating against the finance bill outside parliament in Nairobi.", "KE", (f"{P} (Kenya)", "Police Forces of Kenya")),
    ("Anti-riot police intervened to break up a peaceful sit-in by students on the Abomey-Calavi campus.", "BJ", (f"{P} (Benin)", "Police Forces of Benin")),
    ("Protesters who marched to the presidency in Cotonou were dispersed by police with tear gas.", "BJ", (f"{P} (Benin)", "Police Forces of Benin")),
    ("Police used water cannon to disperse a crowd of teachers demonstrating in Accra.", "GH", (f"{P} (Ghana)", "Police Forces of Ghana")),
    ("Police arrested opposition supporters protesting in Kampala against the arrest of their leader.", "UG", (f"{P} (Uganda)", "Police Forces of Uganda")),
    ("Police detained about 30 demonstrators who had gathered in Harare to protest fuel prices.", "ZW", (f"{P} (Zimbabwe)", "Police Forces of Zimbabwe")),
    ("On 14 February 2023, residents of Bomet demonstrated against insecurity in the area. Police officers intervened and dispersed the gathering.",
     "KE", (f"{P} (Kenya)", "Police Forces of Kenya")),
    ("On 18 April 2022, residents of Zogbodomey protested against the arrest of a local leader. Police arrested four protesters.",
     "BJ", (f"{P} (Benin)", "Police Forces of Benin")),
    ("In Kathmandu, police arrested dozens of activists staging a peaceful sit-in outside the ministry.", "NP", (f"{P} (Nepal)", "Police Forces of Nepal")),
    ("NAIROBI, July 7 - Kenyan police fired tear gas on Monday to disperse hundreds of people marching peacefully towards parliament.",
     "KE", (f"{P} (Kenya)", "Police Forces of Kenya")),
    ("On 3 October 2023, garment workers protesting unpaid wages marched in Gazipur. Police charged batons to disperse them.",
     "BD", (f"{P} (Bangladesh)", "Police Forces of Bangladesh")),
    # Excessive force against protesters: the force first, the protesters second.
    ("Police shot dead two unarmed protesters during a peaceful march in Kisumu.", "KE", ("Police Forces of Kenya", f"{P} (Kenya)")),
    ("Police opened fire on peaceful demonstrators in Bamako, killing three.", "ML", ("Police Forces of Mali", f"{P} (Mali)")),
    ("On 6 June 2023, police shot and killed a man taking part in a peaceful march against the cost of living in Mathare.", "KE",
     ("Police Forces of Kenya", f"{P} (Kenya)")),
    # Violent demonstrations a force intervened in: the rioters against that force.
    ("Protesters torched tyres and blocked the Mombasa highway before police scattered them with tear gas.", "KE", (f"{R} (Kenya)", "Police Forces of Kenya")),
    ("Students stoned vehicles on the Thika road until anti-riot police intervened and dispersed them.", "KE", (f"{R} (Kenya)", "Police Forces of Kenya")),
    ("Youths protesting the killing of a motorcycle taxi rider burnt tyres in Kisii, and police lobbed tear gas at them.", "KE", (f"{R} (Kenya)", "Police Forces of Kenya")),
    ("Opposition supporters clashed with police in Kisumu, throwing stones as officers fired tear gas.", "KE", (f"{R} (Kenya)", "Police Forces of Kenya")),
    ("On 5 March 2024, hartal supporters torched a bus and clashed with police in Bogura.", "BD", (f"{R} (Bangladesh)", "Police Forces of Bangladesh")),
    ("Demonstrators put up barricades of burning tyres in Cotonou, and police dispersed them with tear gas.", "BJ", (f"{R} (Benin)", "Police Forces of Benin")),
    ("Angry residents blocked the road with burning logs to protest a fatal accident in Kasoa until police dispersed them.", "GH", (f"{R} (Ghana)", "Police Forces of Ghana")),
    ("On 2 August 2022, opposition supporters barricaded roads with burning tyres in Kisumu (Kisumu). Police scattered them with tear gas.",
     "KE", (f"{R} (Kenya)", "Police Forces of Kenya")),
    ("KAMPALA - Riot police on Thursday fired tear gas at supporters of the opposition leader who had blocked roads and burnt tyres in the city centre.",
     "UG", (f"{R} (Uganda)", "Police Forces of Uganda")),
    ("Police and protesters clashed in Nakuru after officers tried to stop a march by opposition supporters, who hurled stones.", "KE", (f"{R} (Kenya)", "Police Forces of Kenya")),
    ("Motorcycle taxi riders stoned vehicles and blocked the highway in Kakamega after a colleague was knocked down; police dispersed them.",
     "KE", (f"{R} (Kenya)", "Police Forces of Kenya")),
    ("Police used tear gas against stone-throwing protesters in Lahore.", "PK", (f"{R} (Pakistan)", "Police Forces of Pakistan")),
    ("Students rioted at a secondary school in Meru, destroying dormitories before police intervened.", "KE", (f"{R} (Kenya)", "Police Forces of Kenya")),
    ("Rioting youths set fire to a market in Kumasi; the police later restored calm and arrested 20 of them.", "GH", (f"{R} (Ghana)", "Police Forces of Ghana")),
    ("Police shot and wounded a youth during running battles with squatters resisting eviction in Nakuru.", "KE",
     (f"{R} (Kenya)", "Police Forces of Kenya")),
    ("Police engaged students in running battles in Eldoret, shooting one in the leg.", "KE", (f"{R} (Kenya)", "Police Forces of Kenya")),
    # Violent demonstrations that damaged property only: the rioters alone.
    ("Protesters torched tyres and blocked roads in Kisumu on Monday to protest the arrest of their MP.", "KE", (f"{R} (Kenya)", None)),
    ("Students of a secondary school in Meru went on strike and burnt two dormitories.", "KE", (f"{R} (Kenya)", None)),
    ("University students stoned vehicles along the Nairobi highway to protest increased fees.", "KE", (f"{R} (Kenya)", None)),
    ("Traders protesting their eviction looted shops and smashed windows in Lagos.", "NG", (f"{R} (Nigeria)", None)),
    ("Hartal supporters vandalised several vehicles and set fire to a rickshaw in Sylhet.", "BD", (f"{R} (Bangladesh)", None)),
    ("Residents angry over water shortages blocked the Cotonou road with burning tyres in Porto-Novo.", "BJ", (f"{R} (Benin)", None)),
    ("Opposition supporters burnt the offices of the electoral commission in Kisii during protests over the results.", "KE", (f"{R} (Kenya)", None)),
    ("Motorcycle taxi riders protesting the death of a colleague vandalised a toll booth in Lome.", "TG", (f"{R} (Togo)", None)),
    ("In Kisumu, rioters looted shops and torched a supermarket after the election results were announced.", "KE", (f"{R} (Kenya)", None)),
    ("ACCRA - Residents of Ashaiman poured into the streets on Tuesday, burning car tyres and blocking the main road to protest the death of a young man.",
     "GH", (f"{R} (Ghana)", None)),
    ("On 9 March 2024, students of a secondary school rioted and destroyed school property in Nyeri (Nyeri). [size=no report]", "KE", (f"{R} (Kenya)", None)),
    ("Fishermen protesting a fishing ban stormed the fisheries office in Kisumu and destroyed furniture.", "KE", (f"{R} (Kenya)", None)),
    ("Post-election riots broke out in Eldoret, with shops and houses set ablaze.", "KE", (f"{R} (Kenya)", None)),
    ("Residents blocked a highway with burning tyres in Kisumu to protest the death of a boy hit by a lorry.", "KE", (f"{R} (Kenya)", None)),
    ("Angry traders protesting the demolition of their stalls stoned cars and burnt tyres in Eldoret.", "KE", (f"{R} (Kenya)", None)),
    ("Opposition supporters protested in Nairobi and burnt an effigy of the president.", "KE", (f"{P} (Kenya)", None)),
    ("Teachers demonstrating over unpaid allowances smashed the windows of the education office in Kakamega.", "KE", (f"{R} (Kenya)", None)),
    # Violent demonstrations that hurt people: the rioters against civilians.
    ("Protesters beat a passer-by and set his car on fire in Kampala.", "UG", (f"{R} (Uganda)", f"{C} (Uganda)")),
    ("Rioting students attacked and injured two teachers at a school in Kisii.", "KE", (f"{R} (Kenya)", f"{C} (Kenya)")),
    ("Protesters raped two women during the demonstration in Kisumu.", "KE", (f"{R} (Kenya)", f"{C} (Kenya)")),
    ("Hartal supporters torched a bus carrying garment workers in Narayanganj.", "BD", (f"{R} (Bangladesh)", f"{C} (Bangladesh)")),
    ("Students stoned a passenger train near Comilla to protest the death of a classmate.", "BD", (f"{R} (Bangladesh)", f"{C} (Bangladesh)")),
    # Mob violence: the rioters against their victims.
    ("A mob lynched a suspected thief in Kayole.", "KE", (f"{R} (Kenya)", f"{C} (Kenya)")),
    ("Residents of Dangbo beat to death a man accused of stealing a motorbike.", "BJ", (f"{R} (Benin)", f"{C} (Benin)")),
    ("An angry crowd set ablaze two suspected robbers in Mombasa.", "KE", (f"{R} (Kenya)", f"{C} (Kenya)")),
    ("Villagers lynched a woman accused of witchcraft in Kisii county.", "KE", (f"{R} (Kenya)", f"{C} (Kenya)")),
    ("A mob beat a suspected child kidnapper in Narayanganj.", "BD", (f"{R} (Bangladesh)", f"{C} (Bangladesh)")),
    ("On 20 May 2021, a mob lynched a man suspected of stealing a goat in Savalou (Savalou, Collines).", "BJ", (f"{R} (Benin)", f"{C} (Benin)")),
    ("On 7 March 2022, a group of youths attacked a man suspected of theft with machetes in Abomey, killing him.", "BJ", (f"{R} (Benin)", f"{C} (Benin)")),
    ("A mob torched the car of a driver who had knocked down a child in Kampala, and beat the driver.", "UG", (f"{R} (Uganda)", f"{C} (Uganda)")),
    # Unrest told with no deed done to anyone or anything names no target: the rioters alone.
    ("Violence was reported in Kisumu during the national elections.", "KE", (f"{R} (Kenya)", None)),
    ("Post-election violence continued in Eldoret for a third day.", "KE", (f"{R} (Kenya)", None)),
    ("Residents captured a suspected thief and handed him to police in Porto-Novo.", "BJ", (f"{R} (Benin)", f"{C} (Benin)")),
    ("Angry villagers ransacked the hut of a herder in Nikki.", "BJ", (f"{R} (Benin)", f"{C} (Benin)")),
    ("A mob attacked police officers who had come to arrest a suspect in Kakamega, injuring two of them.", "KE", (f"{R} (Kenya)", "Police Forces of Kenya")),
    ("Villagers stoned a police patrol vehicle in Natitingou after officers arrested a local chief.", "BJ", (f"{R} (Benin)", "Police Forces of Benin")),
    ("Motorcycle taxi riders beat up a police officer in Cotonou after he seized a motorbike.", "BJ", (f"{R} (Benin)", "Police Forces of Benin")),
    ("Supporters of two rival candidates fought with sticks and stones in Homa Bay.", "KE", (f"{R} (Kenya)", f"{R} (Kenya)")),
    # More countries and phrasings.
    ("Hundreds of nurses marched through Lilongwe on Monday demanding risk allowances.","MW",(f"{P} (Malawi)",None)),
    ("Police in Lusaka arrested 15 students who were protesting against delayed meal allowances.","ZM",(f"{P} (Zambia)","Police Forces of Zambia")),
    ("Riot police broke up a demonstration by vendors in Harare, firing tear gas.","ZW",(f"{P} (Zimbabwe)","Police Forces of Zimbabwe")),
    ("Youths burnt tyres and erected roadblocks in Kinshasa to protest the death of a motorcyclist.","CD",(f"{R} (Democratic Republic of Congo)",None)),
    ("A mob in Lagos set a suspected thief ablaze.","NG",(f"{R} (Nigeria)",f"{C} (Nigeria)")),
    ("Villagers in Sindh beat to death a man accused of blasphemy.","PK",(f"{R} (Pakistan)",f"{C} (Pakistan)")),
    ("Opposition activists clashed with police in Colombo as officers used water cannon to disperse them.","LK",(f"{R} (Sri Lanka)","Police Forces of Sri Lanka")),
    ("Hartal supporters torched two buses in Chattogram.","BD",(f"{R} (Bangladesh)",None)),
    ("Police fired live bullets at demonstrators in Conakry, killing two.","GN",("Police Forces of Guinea",f"{P} (Guinea)")),
    ("Students of Makerere University rioted over fee increases; police lobbed tear gas at them.","UG",(f"{R} (Uganda)","Police Forces of Uganda")),
    ("Protesters in Dakar threw stones at police, who responded with tear gas.","SN",(f"{R} (Senegal)","Police Forces of Senegal")),
    ("Traders in Kumasi held a peaceful march against the closure of their shops.","GH",(f"{P} (Ghana)",None)),
    ("Residents attacked a police station in Garissa after a man died in custody, injuring two officers.","KE",(f"{R} (Kenya)","Police Forces of Kenya")),
    ("A crowd lynched two men suspected of stealing a cow in Kakamega.","KE",(f"{R} (Kenya)",f"{C} (Kenya)")),
    ("Demonstrators looted shops in Durban during protests over the arrest of the former president.","ZA",(f"{R} (South Africa)",None)),
    ("Workers at a garment factory in Ashulia went on strike and vandalised the factory.","BD",(f"{R} (Bangladesh)",None)),
    ("Two groups of students fought with sticks at a school in Embu.","KE",(f"{R} (Kenya)",f"{R} (Kenya)")),
]


@pytest.mark.parametrize(("text", "country", "expected"), CASES, ids=[case[0][:48] for case in CASES])
def test_demonstration_actors_follow_the_codebook(text: str, country: str, expected: tuple[str, str | None]) -> None:
    event = main_event(extract_text(text, country=country))
    assert event is not None
    assert (event.actor1, event.actor2) == expected, event.sub_event_type
