"""Casualty counts, claimants and claims on sentences we wrote in the style of conflict reporting."""

from __future__ import annotations

import pytest

from sitrep.casualties import (
    acled_fatalities,
    build_claim,
    casualty_ranges,
    clause_sources,
    find_casualties,
    find_claimant,
    merge_claims,
    parse_number,
    singles_out_one,
    toll_mentions,
    tolls,
)
from sitrep.api import extract_text
from sitrep.schema import CasualtyMention, Claim, Span


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("eight", (8, 8)),
        ("15", (15, 15)),
        ("1,200", (1200, 1200)),
        ("twenty-five", (25, 25)),
        ("one hundred and twenty", (120, 120)),
        ("dozens", (12, 12)),
        ("a dozen", (12, 12)),
        ("scores", (20, 20)),
        ("hundreds", (100, 100)),
        ("several", (3, 3)),
        ("more than 200", (200, 200)),
        ("over 40", (40, 40)),
        ("at least 5", (5, 5)),
        ("nearly 50", (50, 50)),
        ("up to 10", (1, 10)),
        ("as many as 30", (1, 30)),
        ("between 5 and 8", (5, 8)),
        ("five to seven", (5, 7)),
        ("5-7", (5, 7)),
        ("five or six", (5, 6)),
        ("a", (1, 1)),
        ("two soldiers and a civilian", (3, 3)),
        ("three policemen, two soldiers and a child", (6, 6)),
        ("a number of", None),
        ("some", None),
        ("many", None),
        ("the", None),
    ],
)
def test_parse_number(phrase, expected):
    assert parse_number(phrase) == expected


def figures(sentence: str) -> list[tuple[str, int, int]]:
    return [(m.kind, m.low, m.high) for m in find_casualties(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The fighters took the post after killing and injuring nine Malian gendarmes.", [("killed_or_injured", 9, 9)]),
        ("Officials said only four soldiers were killed or injured in the raid.", [("killed_or_injured", 4, 4)]),
        ("Bandits Kill, Injure Six Herders In Zamfara", [("killed_or_injured", 6, 6)]),
        ("The gunmen killed 3 and wounded 7 before fleeing.", [("killed", 3, 3), ("injured", 7, 7)]),
        ("The car bomb left 12 dead and 30 wounded.", [("killed", 12, 12), ("injured", 30, 30)]),
        ("By evening the death toll had risen to 23.", [("killed", 23, 23)]),
        ("Eleven people died when the shell hit the market.", [("killed", 11, 11)]),
        ("Two bodies were found near the river on Tuesday.", [("killed", 2, 2)]),
        ("A shopkeeper was shot dead outside his home.", [("killed", 1, 1)]),
        ("At least 14 civilians were killed and 22 others injured.", [("killed", 14, 14), ("injured", 22, 22)]),
        ("Two soldiers and a civilian were killed when the convoy was hit.", [("killed", 3, 3)]),
        ("Several farmers were killed, and dozens wounded, during the clash.", [("killed", 3, 3), ("injured", 12, 12)]),
        ("Four militants killed two soldiers at the gate.", [("killed", 2, 2)]),
        ("The blast claimed the lives of 17 worshippers.", [("killed", 17, 17)]),
        ("The patrol inflicted three casualties on the rebels.", [("killed_or_injured", 3, 3)]),
        ("More than 200 people were wounded in the riots.", [("injured", 200, 200)]),
        ("No casualties were reported.", [("killed", 0, 0), ("injured", 0, 0)]),
        ("Nobody was hurt in the attack.", [("injured", 0, 0)]),
        ("No one was killed, police said.", [("killed", 0, 0)]),
        ("15 trucks and ten fuel tanks were destroyed in the raid.", []),
        ("The rebels seized a number of weapons.", []),
        ("The militants were killed two days ago.", []),
        ("A number of soldiers were killed.", []),
        ("Raiders shot and killed a trader and decapitated another.", [("killed", 1, 1), ("killed", 1, 1)]),
        ("Unknown men killed and mutilated a night watchman.", [("killed", 1, 1)]),
        ("A herder stabbed a farmer to death at the well.", [("killed", 1, 1)]),
        ("A crowd beat to death two suspected thieves.", [("killed", 2, 2)]),
        ("The raid resulted in one death, that of a teacher.", [("killed", 1, 1)]),
        ("The dispute led to one death and 4 injuries.", [("killed", 1, 1), ("injured", 4, 4)]),
        ("Two death sentences were handed down.", []),
        ("In 2014 militants were killed there by the hundreds.", []),
        ("One policeman was killed and a second policeman wounded.", [("killed", 1, 1), ("injured", 1, 1)]),
    ],
)
def test_find_casualties(sentence, expected):
    assert figures(sentence) == expected


def test_victims_and_offsets():
    sentence = "The fighters took the post after killing and injuring nine Malian gendarmes."
    (mention,) = find_casualties(sentence, offset=500)
    assert mention.victim == "Malian gendarmes"
    assert mention.text == "killing and injuring nine Malian gendarmes"
    assert (mention.start - 500, mention.end - 500) == (sentence.index("killing"), len(sentence) - 1)


@pytest.mark.parametrize(
    ("sentence", "claimant", "span"),
    [
        ("In a statement carried by its news agency, Amaq, the group said its men overran the base.", "Amaq", "Amaq"),
        ("The claim appeared on the Amaq news agency channel.", "Amaq", "Amaq"),
        ("Iraq's Security Media Cell confirmed that two soldiers were wounded.", "Security Media Cell",
         "Iraq's Security Media Cell"),
        ("Jets destroyed a depot in the desert, the military media said.", "military media", "the military media"),
        ("The group moved its fighters west, a security source said on Monday.", "security source", "a security source"),
        ("Six people were killed, according to the ministry of health.", "ministry of health", "the ministry of health"),
        ("Police said two men were arrested.", "Police", "Police"),
        ("Shafaq News reported that the camp was destroyed.", "Shafaq News", "Shafaq News"),
        ("“We repelled them,” said a police officer.", "police officer", "a police officer"),
        ("“The roads are mined,” the official, who asked not to be named, added.", "official", "the official"),
    ],
)
def test_find_claimant(sentence, claimant, span):
    found = find_claimant(sentence, offset=10)
    assert found is not None
    name, where = found
    assert name == claimant
    assert where.text == span == sentence[where.start - 10:where.end - 10]


def test_claimant_carried_across_sentences():
    assert find_claimant("“The fighters burned the post,” the statement reads.", previous="Amaq")[0] == "Amaq"
    assert find_claimant("He added that reinforcements arrived.", previous="army spokesman")[0] == "army spokesman"
    assert find_claimant("He added that reinforcements arrived.") is None
    assert find_claimant("No casualties were reported.") is None
    assert find_claimant("Gunmen stormed the village at dawn.") is None


def test_competing_claims_keep_their_sides():
    first = "In a statement carried by its news agency, Amaq, the group said its men overran the base after killing and injuring nine Iraqi soldiers."
    second = "Iraq's Security Media Cell confirmed the attack, saying only four soldiers were killed or injured."
    claims = merge_claims([
        build_claim(find_claimant(first)[0], find_casualties(first), Span(0, len(first), first), country="Iraq"),
        build_claim(find_claimant(second)[0], find_casualties(second, offset=200), Span(200, 200 + len(second), second),
                    country="Iraq"),
    ])
    assert [(c.claimant, c.claimant_actor, c.killed_or_injured) for c in claims] == [
        ("Amaq", "Islamic State", (9, 9)),
        ("Security Media Cell", "Military Forces of Iraq", (4, 4)),
    ]
    assert casualty_ranges(claims) == {"killed": None, "injured": None, "killed_or_injured": (4, 9)}
    assert acled_fatalities(claims) == 0


def test_fatalities_take_the_lowest_death_count():
    claims = [
        Claim("police", "Police Forces of Nigeria", killed=(12, 12), injured=(30, 30)),
        Claim("residents", "Civilians (Nigeria)", killed=(19, 25)),
        Claim("hospital", None, injured=(40, 40)),
    ]
    assert acled_fatalities(claims) == 12
    assert casualty_ranges(claims) == {"killed": (12, 25), "injured": (30, 40), "killed_or_injured": None}


def test_one_claimant_two_sentences_widen():
    one = "Five soldiers were killed, the army said."
    two = "The army later said the death toll rose to 7."
    claims = merge_claims([
        build_claim("army", find_casualties(one), Span(0, len(one), one), country="Mali"),
        build_claim("army", find_casualties(two), Span(50, 50 + len(two), two), country="Mali"),
    ])
    assert len(claims) == 1
    assert claims[0].killed == (5, 7)
    assert claims[0].claimant_actor == "Military Forces of Mali"


def test_distinct_victims_add_up_in_one_sentence():
    sentence = "Gunmen killed three soldiers and wounded two villagers, then killed four herders."
    claim = build_claim(None, find_casualties(sentence), Span(0, len(sentence), sentence))
    assert claim.killed == (7, 7)
    assert claim.injured == (2, 2)
    assert claim.claimant_actor is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen killed the village chief of Tanda overnight.", [("killed", 1, 1)]),
        ("In a row over a well, a herder killed his cousin.", [("killed", 1, 1)]),
        ("Gunmen killed the chief and his son.", [("killed", 2, 2)]),
        ("Gunmen shot dead a lime grower and his nephew on a farm road.", [("killed", 2, 2)]),
        ("Troops killed the commander and his deputy and two guards.", [("killed", 4, 4)]),
        ("Residents beat a man accused of killing a trader last year.", []),
    ],
)
def test_people_killed_one_by_one_count_each_and_alleged_deeds_count_nothing(sentence, expected):
    assert [(m.kind, m.low, m.high) for m in find_casualties(sentence)] == expected


def test_a_toll_counted_in_total_or_of_a_named_body_and_a_long_claimant():
    assert [(m.kind, m.low) for m in find_casualties("Doctors said 31 people in total had been killed or wounded.")] == [
        ("killed_or_injured", 31)]
    found = find_casualties("The group said that 12 members of the “crusader forces” had died.")
    assert [(m.kind, m.low, m.victim) for m in found] == [("killed", 12, "members of the “crusader forces”")]
    name, span = find_claimant("Nurses at a district clinic that treated the wounded said nine people died.")
    assert (name, span.text) == ("Nurses at a district clinic", "Nurses at a district clinic")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Market traders burned to death two alleged pickpockets.", [("killed", 2, 2)]),
        ("A herder shot and killed nine sheep in the field.", []),
        ("Raiders killed between four and about nine herders.", [("killed", 4, 9)]),
        ("There was 1 fatality and seven arrests.", [("killed", 1, 1)]),
        ("Guards shot back and killed the robber.", [("killed", 1, 1)]),
        ("One of the soldiers was killed.", [("killed", 1, 1)]),
    ],
)
def test_tolls_with_objects_ranges_and_one_of_them(sentence, expected):
    assert [(m.kind, m.low, m.high) for m in find_casualties(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A crowd with sticks killed a man accused of stealing goats.", [("killed", 1, 1)]),
        ("Raiders cut the throats of two herders at dawn.", [("killed", 2, 2)]),
        ("The raid ended in the killing of 4 people.", [("killed", 4, 4)]),
        ("Youths bound and fatally assaulted an old man and a woman.", [("killed", 2, 2)]),
        ("Residents caught a burglar and burned him to death.", [("killed", 1, 1)]),
        ("Villagers burned alive a suspected thief.", [("killed", 1, 1)]),
        ("Youths lynched to death an old man accused of witchcraft.", [("killed", 1, 1)]),
        ("Gunmen killed and robbed a cattle dealer.", [("killed", 1, 1)]),
        ("Militants killed 4 herders and 3 other villagers.", [("killed", 7, 7)]),
        ("Raiders killed two heads of cattle.", []),
    ],
)
def test_deaths_told_with_instruments_lists_pronouns_and_other_verbs(sentence, expected):
    assert [(m.kind, m.low, m.high) for m in find_casualties(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The village headman was shot dead near the well.", [("killed", 1, 1)]),
        ("His younger brother was killed during the night raid.", [("killed", 1, 1)]),
        ("She was stabbed to death by an intruder.", [("killed", 1, 1)]),
        ("Doctors said he died of his wounds on Friday.", [("killed", 1, 1)]),
        ("A shepherd is seized and beheaded by the fighters.", [("killed", 1, 1)]),
        ("Local youth activist killed outside market", [("killed", 1, 1)]),
        ("A 9-year-old girl was killed when a shell hit her school.", [("killed", 1, 1)]),
        ("A 40 year old fisherman was hacked to death on the shore.", [("killed", 1, 1)]),
        ("The toddler dies in the fire set by the raiders.", [("killed", 1, 1)]),
        ("Gunmen stopped the car, robbing and killing him.", [("killed", 1, 1)]),
        ("Masked men shot her dead at the gate.", [("killed", 1, 1)]),
        ("It is unclear whether he died in the assault.", []),
        ("Bodies of residents were killed and buried.", []),
        ("Herders were killed in the raid on the camp.", []),
    ],
)
def test_one_victim_told_without_a_number_counts_one(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Armed bandits kill village elder in night raid", [("killed", 1, 1)]),
        ("Angry crowd lynches suspected robber", [("killed", 1, 1)]),
        ("Rebel fighter beheads school teacher and torches huts", [("killed", 1, 1)]),
        ("Soldiers kill fighters in border clash", []),
        ("The soldiers killed civilian mourners at the funeral.", []),
        ("The gang kills farmer in his field.", []),
        ("Mob lynches three men over theft", [("killed", 3, 3)]),
    ],
)
def test_headline_bare_singular_object_counts_one(sentence, expected):
    assert figures(sentence) == expected


def test_an_age_is_not_a_count_and_escaping_death_is_no_death():
    assert figures("A 14 year old boy was beheaded in the raid.") == [("killed", 1, 1)]
    assert figures("Two customs officers escaped death when the mine missed their car.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mr. Otieno was shot dead outside the courthouse.", [("killed", 1, 1)]),
        ("COUNCILLOR ADAMA SORO WAS MURDERED AT HIS FARM.", [("killed", 1, 1)]),
        ("Dr. Banda was wounded when the grenade went off.", [("injured", 1, 1)]),
        ("The mayor was injured in the ambush.", [("injured", 1, 1)]),
        ("NOBODY WAS KILLED IN THE RAID.", [("killed", 0, 0)]),
        ("Two journalists were shot to death at the checkpoint.", [("killed", 2, 2)]),
        ("A local elder and his nephew were killed.", [("killed", 2, 2)]),
    ],
)
def test_named_and_singular_subjects_count_one_killed_or_injured(sentence, expected):
    assert figures(sentence) == expected


def test_initials_belong_to_the_victim_phrase():
    assert figures("Two U.N. peacekeepers were shot to death at the depot.") == [("killed", 2, 2)]


def test_a_victim_singled_out_does_not_lower_the_toll():
    one = find_casualties("The headman was shot dead at his gate, neighbours said.")
    toll = find_casualties("Raiders killed nine herders near the wells on Tuesday.")
    assert [singles_out_one(m) for m in one] == [True] and [singles_out_one(m) for m in toll] == [False]
    assert toll_mentions([toll, one]) == [toll, []]
    assert toll_mentions([one]) == [one] and toll_mentions([one, toll]) == [one, toll]
    events = extract_text("Raiders killed nine herders near the wells on Tuesday. "
                          "The headman was shot dead at his gate, neighbours said.", published="2024-03-06")
    assert [e.fatalities for e in events] == [9]


def test_a_second_toll_of_one_still_competes():
    events = extract_text("Raiders killed nine herders near the wells on Tuesday. "
                          "The county commissioner said one person was killed.", published="2024-03-06")
    assert [e.fatalities for e in events] == [1]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an abbreviation in brackets, an age, irregular plurals and more verbs of dying
        ("Three Coast Guard Service (CGS) officers were killed at the jetty.", [("killed", 3, 3)]),
        ("A 12 year old market trader was killed near the depot.", [("killed", 1, 1)]),
        ("A nine-year-old girl died in the crossfire.", [("killed", 1, 1)]),
        ("Villagers stoned to death two suspected goat thieves.", [("killed", 2, 2)]),
        ("Four herdsmen were hacked to death at the river.", [("killed", 4, 4)]),
        ("Five traders were charred to death when the kiosk was torched.", [("killed", 5, 5)]),
        ("Two pilgrims were trampled to death in the stampede.", [("killed", 2, 2)]),
        ("Two guards succumbed to their injuries in hospital.", [("killed", 2, 2)]),
        ("Six fishermen succumbed to gunshot wounds overnight.", [("killed", 6, 6)]),
        # an aside between the counted subject and its verb
        ("Two aid workers -- both from the clinic -- were shot dead.", [("killed", 2, 2)]),
        ("One man, a cobbler from the market, was shot dead at dusk.", [("killed", 1, 1)]),
        ("Ms. Wanjiru, 41, was stabbed to death at her stall.", [("killed", 1, 1)]),
        ("Mr. Odera, who chaired the market committee, was shot dead.", [("killed", 1, 1)]),
        ("THE FARMER'S SON, PEDRO ALMA, WAS KILLED AT DAWN.", [("killed", 1, 1)]),
        # an active past verb with its object: the phrase before it is the doer
        ("A mob lynched three suspected robbers in the square.", [("killed", 3, 3)]),
        ("An angry crowd lynched a pickpocket on Friday.", [("killed", 1, 1)]),
        # an age is no count
        ("Mourners called for an inquiry into the death of 14-year-old pupil Ochieng.", []),
        ("The rebels killed a 30-year-old herder.", [("killed", 1, 1)]),
        # a total
        ("A total of nine people were killed in the raids.", [("killed", 9, 9)]),
        ("Total 5 fatalities.", [("killed", 5, 5)]),
    ],
)
def test_victim_phrases_with_asides_ages_and_more_ways_to_die(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "toll", "victim"),
    [
        ("Of the six passengers, a woman and a boy were killed, police said.", 2, "woman"),
        ("Among the 40 pilgrims, a priest and two nuns were wounded, the diocese said.", 3, "priest"),
        ("In two raids, a farmer and a herder were shot dead, residents said.", 2, "farmer"),
        ("One man, a cobbler from the market, was shot dead at dusk.", 1, "man"),
    ],
)
def test_a_phrase_before_a_comma_is_no_first_item_of_the_dead(sentence, toll, victim):
    """An opening phrase set off by a comma ("of the six passengers", "in two raids") is no item of the list of the
    dead after it: neither its count nor its noun is the toll's."""
    [mention] = find_casualties(sentence)
    assert (mention.low, mention.high, mention.victim) == (toll, toll, victim)


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents rioted after two boda boda riders were killed by a truck.",
        "Traders closed their shops following a guard was shot dead at the gate.",
        "Students protest after classmate killed by speeding car",
        "Youths blocked the highway over three people being killed in a crash.",
        "The protest erupted after six bodies were found in a ditch.",
        "Troops arrived a day after one herder was killed at the well.",
        "The families demanded justice for the killing of a fisherman by rangers.",
        "Women marched against the recent murder of a schoolgirl.",
        "Relatives called for a probe into the death of a detainee.",
        "Crowds backed a woman sentenced to hang for killing a landlord.",
    ],
)
def test_deaths_that_caused_the_event_are_not_its_toll(sentence):
    assert [m for m in tolls(find_casualties(sentence)) if m.kind == "killed"] == []


def test_deaths_that_caused_the_event_stay_victims():
    (mention,) = find_casualties("Residents rioted after two boda boda riders were killed by a truck.")
    assert (mention.kind, mention.low, mention.victim, mention.cause) == ("killed", 2, "boda boda riders", True)
    events = extract_text("On 4 June 2023, traders blocked the main road in Busia after a hawker was shot dead by a "
                          "guard.", published="2023-06-05")
    assert [e.fatalities for e in events] == [0]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen fled after killing three villagers.", [("killed", 3, 3)]),
        ("Two people were killed after gunmen stormed the bar.", [("killed", 2, 2)]),
        ("Over 20 people were killed in the clashes.", [("killed", 20, 20)]),
        ("The soldiers were ambushed after the patrol left, and four of them were killed.", [("killed", 4, 4)]),
    ],
)
def test_an_event_s_own_deaths_around_after_still_count(sentence, expected):
    assert figures(sentence) == expected


def test_a_toll_then_its_breakdown_counts_the_toll():
    sentence = "Twenty people were killed in the fighting - 14 died at the scene while 6 died later in hospital."
    claim = build_claim(None, find_casualties(sentence), Span(0, len(sentence), sentence))
    assert claim.killed == (20, 20)
    sides = "Four soldiers were killed and nine attackers died."
    assert build_claim(None, find_casualties(sides), Span(0, len(sides), sides)).killed == (13, 13)
    lower = "Five people were killed and 2 people were killed, witnesses said."
    assert build_claim(None, find_casualties(lower), Span(0, len(lower), lower)).killed == (5, 5)


def test_a_stated_total_sums_up_the_parts_told_around_it():
    parts = [find_casualties("Six people were shot dead in the market."),
             find_casualties("Two more died when the stall was set on fire."),
             find_casualties("Total 8 fatalities.")]
    assert toll_mentions(parts) == [[], [], parts[2]]
    quoted = find_casualties("Police said three people died.")
    assert toll_mentions([parts[0], quoted, parts[2]], [False, True, False]) == [[], quoted, parts[2]]
    events = extract_text("On 3 May 2024, rioters clashed with police in Kisoro town. Six people were shot dead in "
                          "the market. Two more died when a stall was set on fire. Total 8 fatalities.",
                          published="2024-05-04")
    assert [e.fatalities for e in events] == [8]


@pytest.mark.parametrize(
    "sentence",
    [
        "At least ten fishermen feared dead after the boat was fired on",
        "Six herders are feared to have died when raiders burned the camp.",
        "A ranger is presumed dead after the ambush in the reserve.",
    ],
)
def test_a_feared_or_presumed_death_is_no_toll(sentence):
    """ACLED counts the deaths reports give; people feared or presumed dead are not reported dead."""
    assert [m for m in find_casualties(sentence) if m.kind == "killed"] == []


def test_a_feared_death_beside_a_reported_one_counts_only_the_reported():
    assert figures("Gunmen killed two herders and four others are feared dead.") == [("killed", 2, 2)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Seven bodies of the kidnapped miners were found in a shallow grave.", [("killed", 7, 7)]),
        ("Three bodies of villagers were later recovered from the river.", [("killed", 3, 3)]),
        ("Four Rangers, the army said, were killed near the border.", [("killed", 4, 4)]),
        ("Two guards, according to the county commissioner, were shot dead.", [("killed", 2, 2)]),
        ("Thirty people, most of them women, died in the stampede at the rally.", [("killed", 30, 30)]),
        ("Five travellers, two of whom were pupils, were wounded in the raid.", [("injured", 5, 5)]),
        ("Three soldiers, a nurse and two porters were killed in the ambush.", [("killed", 6, 6)]),
        ("Two herders, a boy and a trader were shot dead at the well.", [("killed", 4, 4)]),
    ],
)
def test_bodies_asides_and_comma_lists(sentence, expected):
    """Words between a count of bodies and its verb; an aside naming the source or a part of the group after a count
    above one; a comma list of the dead opening the sentence and closed by "and"."""
    assert figures(sentence) == expected


def test_an_aside_after_a_count_is_no_subject_of_an_active_verb():
    assert [m for m in find_casualties("Ten gunmen, the police said, killed a trader.") if m.low == 10] == []


def test_a_later_count_of_a_group_inside_an_earlier_toll_is_part_of_it():
    first = find_casualties("A driver and three pupils were killed when the bus was attacked.")
    later = find_casualties("Three pupils were also shot dead as they fled.")
    assert toll_mentions([first, later]) == [first, []]
    whole = find_casualties("Three pupils were killed in the attack.")
    assert toll_mentions([whole, later]) == [whole, later]
    events = extract_text("On 9 March 2024, gunmen attacked a school bus near Garissa. A driver and three pupils were "
                          "killed. Three pupils were also shot dead as they fled.", published="2024-03-10")
    assert [e.fatalities for e in events] == [4]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Raiders killed three herders and two others were wounded.", [("killed", 3, 3), ("injured", 2, 2)]),
        ("Bandits shot dead a trader and four others were hurt in the market.", [("killed", 1, 1), ("injured", 4, 4)]),
        ("Raiders killed three herders and two boys at the well.", [("killed", 5, 5)]),
    ],
)
def test_a_new_clause_after_the_object_s_and_is_no_further_object(sentence, expected):
    """'killed three herders and two others were wounded': the phrase after "and" is the subject of its own verb."""
    assert figures(sentence) == expected


@pytest.mark.parametrize(("sentence", "claimant"), [
    ("Gunmen shot a shopkeeper near the bus park, local authorities said.", "local authorities"),
    ("Two herders were killed in the raid, officials said on Monday.", "officials"),
    ("A bomb went off near the depot, security sources said.", "security sources"),
])
def test_plural_generic_speakers_are_claimants(sentence, claimant):
    """Wire style closes a lead with who told it; 'officials', 'sources' and 'authorities' are plural generic
    speakers like 'police' or 'residents', not sides of the event."""
    assert find_claimant(sentence)[0] == claimant


@pytest.mark.parametrize(("text", "dead"), [
    ("On Sunday, gunmen slit the throat of a trader in Kantchari. It is not confirmed whether he died.", 0),
    ("On Sunday, gunmen slit the throat of a trader in Kantchari. It is unclear whether the victim survived.", 0),
    ("On Sunday, gunmen slit the throat of a trader in Kantchari. Police said the man died later.", 1),
])
def test_one_death_the_report_says_is_unconfirmed_is_no_fatality(text, dead):
    events = [e for e in extract_text(text, country="BF", published="2024-05-01") if not e.is_background]
    assert events and events[0].fatalities == dead


@pytest.mark.parametrize("text", [
    "On Sunday, unknown men killed by machete a herder in Kantchari.",
    "On Sunday, unknown men killed with a knife a young herder in Kantchari.",
])
def test_a_weapon_between_the_verb_and_its_victim_keeps_the_victim_counted(text):
    events = [e for e in extract_text(text, country="BF", published="2024-05-01") if not e.is_background]
    assert events and events[0].fatalities == 1


@pytest.mark.parametrize(("sentence", "dead"), [
    ("Troops gunned down four suspected smugglers near the border post.", 4),
    ("Vigilantes gun down two cattle thieves", 2),
    ("Fleeing robbers fired on the crowd, gunning down a shopkeeper outside his kiosk.", 1),
])
def test_to_gun_down_is_to_shoot_dead(sentence, dead):
    assert [(m.kind, m.low) for m in find_casualties(sentence)] == [("killed", dead)]


@pytest.mark.parametrize(("sentence", "dead"), [
    ("Raiders shot dead a police reservist guarding camels near Moyale.", 1),
    ("Gunmen killed three herders grazing goats outside Garbatulla.", 3),
])
def test_a_participle_after_the_victim_tells_what_the_victim_was_doing(sentence, dead):
    assert [(m.kind, m.low) for m in find_casualties(sentence)] == [("killed", dead)]


def test_animals_herded_by_nobody_named_are_still_no_people():
    assert find_casualties("Raiders killed twelve goats grazing near the river.") == []


@pytest.mark.parametrize(("sentence", "kind", "count"), [
    ("A suspected smuggler was on Thursday night shot dead by rangers near Kitale.", "killed", 1),
    ("Three fishermen were on Saturday morning hacked to death in Homa Bay.", "killed", 3),
    ("Two watchmen were last night wounded by intruders.", "injured", 2),
    ("A cyclist was yesterday killed by a stray bullet.", "killed", 1),
])
def test_a_time_between_auxiliary_and_participle_keeps_the_passive(sentence, kind, count):
    assert [(m.kind, m.low) for m in find_casualties(sentence)] == [(kind, count)]


def test_a_time_before_an_active_verb_leaves_its_subject_the_doer():
    assert [(m.low, m.victim) for m in find_casualties("Two youths on Monday killed a watchman.")] == [(1, "watchman")]


@pytest.mark.parametrize("sentence", [
    "Angry youths killed an ox belonging to the herders.",
    "Poachers shot dead a bull elephant near the park gate.",
    "A camel was hit and killed by a stray round.",
])
def test_one_animal_killed_is_no_fatality(sentence):
    assert [m for m in find_casualties(sentence) if m.kind == "killed"] == []


def test_a_person_named_by_an_animal_trade_is_still_a_person():
    found = find_casualties("Gunmen killed a goat trader in Mandera.")
    assert [(m.low, m.victim) for m in found] == [(1, "goat trader")]


@pytest.mark.parametrize(("sentence", "dead"), [
    ("Fourteen pilgrims including two priests were killed near the shrine.", 14),
    ("Eleven miners among them two foreigners died in the raid on the pit.", 11),
])
def test_a_part_named_inside_the_subject_leaves_the_whole_counted(sentence, dead):
    assert [(m.kind, m.low) for m in find_casualties(sentence)] == [("killed", dead)]


@pytest.mark.parametrize(("sentence", "dead"), [
    ("Two Tiv and five farmers (among them a catechist) were killed in the raid.", 7),
    ("Four rangers (two of them women) were shot dead at the gate.", 4),
    ("Nine porters (the mayor said) died in the ambush.", 9),
])
def test_a_bracket_between_the_dead_and_their_verb_is_an_aside(sentence, dead):
    assert [(m.kind, m.low) for m in find_casualties(sentence)] == [("killed", dead)]


def test_a_bracket_before_an_active_verb_leaves_the_subject_the_doer():
    found = find_casualties("Two gunmen (the police said) killed a cashier.")
    assert [(m.low, m.victim) for m in found] == [(1, "cashier")]


@pytest.mark.parametrize(("sentence", "dead"), [
    ("Three cashiers who were counting the takings were killed in the robbery.", 3),
    ("Four poachers who fired on the patrol were shot dead.", 4),
])
def test_a_relative_clause_between_the_dead_and_their_verb_is_an_aside(sentence, dead):
    assert [(m.kind, m.low) for m in find_casualties(sentence)] == [("killed", dead)]


@pytest.mark.parametrize(("sentence", "dead"), [
    ("Six youths who hacked to death a shopkeeper were arrested.", 1),
    ("Two guards who shot dead four intruders died later.", 4),
])
def test_a_relative_clause_that_kills_leaves_its_own_object_the_dead(sentence, dead):
    assert [(m.kind, m.low) for m in find_casualties(sentence)] == [("killed", dead)]


def test_a_relative_clause_runs_to_no_next_subject():
    found = find_casualties("Two clerks who ran and four customers were killed.")
    assert [(m.kind, m.low) for m in found] == [("killed", 4)]


@pytest.mark.parametrize("sentence", [
    "Gunmen tried to kill a village chief in Mopti.",
    "Rebels threatened to kill two hostages near Goma.",
    "A plot to assassinate the governor of Kano was foiled.",
    "The mob attempted to lynch a suspected thief.",
])
def test_a_killing_tried_or_threatened_kills_no_one(sentence):
    assert [m for m in find_casualties(sentence) if m.kind == "killed"] == []


def test_a_death_told_beside_a_failed_attempt_is_still_read():
    found = find_casualties("The raiders failed to kill the pastor but shot dead his driver.")
    assert [(m.kind, m.low) for m in found] == [("killed", 1)]


def _mention(kind, low, text):
    return CasualtyMention(kind, low, low, 0, len(text), text)


@pytest.mark.parametrize(("first", "added", "dead"), [
    ("Bandits killed two herders", "A third herder died", 3),
    ("Soldiers shot dead four smugglers", "Two more bodies were found", 6),
    ("A mob lynched a suspected thief", "Another suspect was lynched", 2),
    ("Insurgents killed five soldiers in Diffa", "A further two soldiers died of their wounds", 7),
])
def test_dead_told_as_more_add_to_the_toll(first, added, dead):
    kept = toll_mentions([find_casualties(first), find_casualties(added)])
    assert min(m.low for mentions in kept for m in mentions if m.kind == "killed") == dead


def test_a_bare_another_lists_a_pair_and_adds_nothing():
    kept = toll_mentions([[_mention("killed", 3, "three people died")],
                          [_mention("killed", 1, "another was beaten to death")]])
    assert [m.low for mentions in kept for m in mentions] == [3]


@pytest.mark.parametrize(("sentence", "dead"), [
    ("A further four people were killed near Gao.", 4),
    ("An additional three villagers were shot dead.", 3),
])
def test_a_further_count_is_the_count_not_one(sentence, dead):
    assert [(m.kind, m.low) for m in find_casualties(sentence)] == [("killed", dead)]


def test_a_toll_told_as_risen_replaces_the_earlier_one():
    kept = toll_mentions([find_casualties("Gunmen killed three traders in Maradi on Monday."),
                          find_casualties("The death toll rose to five on Tuesday.")])
    assert [m.low for mentions in kept for m in mentions] == [5]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Medics at the clinic said they treated 14 people for stab wounds.", [("injured", 14, 14)]),
        ("The district hospital said it had received one body by nightfall.", [("killed", 1, 1)]),
        ("Nurses said three bodies had been brought in overnight.", [("killed", 3, 3)]),
        ("A monitoring group put the total toll at 19.", [("killed", 19, 19)]),
        ("Elders said the toll was probably between six and nine.", [("killed", 6, 9)]),
        ("The movement said seven of its men were killed.", [("killed", 7, 7)]),
        ("Staff at a Kano hospital confirmed two deaths.", [("killed", 2, 2)]),
    ],
)
def test_tolls_told_by_those_who_count_them(sentence, expected):
    """Hospitals and monitors count the wounded they treat and the bodies they receive; a toll may be a 'total' or
    'probably' a range; a side counts its own dead ('of its men'); 'confirmed' ends no victim phrase."""
    assert figures(sentence) == expected


def test_a_ceiling_gives_way_to_a_count():
    """'Up to 12' (read 1-12) counts no one: the lowest count another source gives is the fatalities."""
    claims = [Claim("army", None, killed=(4, 6)), Claim("mayor", None, killed=(1, 12))]
    assert acled_fatalities(claims) == 4
    assert acled_fatalities([Claim("mayor", None, killed=(1, 12))]) == 1


def test_a_second_source_after_and_and_a_possessive_office():
    """', and X said' turns to a second source; 'The Ombudsman's Office' keeps its possessor."""
    sentence = "A rights group said five marchers were shot dead, and doctors said they treated 11 people."
    assert [part.name for part in clause_sources(sentence)] == ["rights group", "doctors"]
    assert find_claimant("The Ombudsman's Office said two people died.")[0] == "Ombudsman's Office"
    assert find_claimant("Chad's army said two people died.")[0] == "Chad's army"
