"""Sentences of our own, in other countries and words, for the shapes the press-release batch (tests/test_releases.py,
issues #10 and #12) left missed: air or drone support named in a ground battle; a condemnation, sorrow or call for an
inquiry about an act told before; future-tense recruitment and warnings; an attack on a displacement site or camp; a
place name whose last word is a generic word ('Mission', 'Hospital', 'Centre'). Written before sitrep was run on any of
them; a quarter (HELD_OUT) held out and run once at the end.

First pass (first batch, 15 sentences: three per shape): 15/15 passed; they were too plain (one sentence each, the
support from the air after the ground verb, the condemnation after the act). A second batch (4 sentences written
closer to a statement's way: an assault 'backed by drones and mortars' then repelled, a recruitment that 'will open ...
and close', a warning that offenders 'will be arrested and handed over to the police') passed 1/4 at first pass: both
ground battles were coded as drone strikes and the warning as a transfer of territory. Two displacement sites with
two-word names and two 'khawarij' sentences were added while the rules were written (with the code before them, 1/2
and 1/2 pass). Now: 23/23.
Rules: `relevance.without_supporting_fire` (support from the air or guns beside a ground act is no strike),
`relevance.RECRUITMENT_TO_COME` and the future passive of `relevance.frames.UNREAL_FRAME` (no act yet),
`relevance.attack_on_the_displaced` (the displaced are civilians), `geo._generic_tail` (a generic noun ending a local
site's name is no town abroad), and bare 'Khawarij' dropped as a TTP alias in sitrep/data/actors.csv.
Held out (5 sentences, one per shape), run once after the rules: 5/5; with the code before them (a clean checkout of
main): 5/5 too, so these five measure no gain.
"""

from __future__ import annotations

import pytest

from reported import reported

PUBLISHED = "2025-06-10"

# (country, text, expected (sub_event_type,) of current events)
SUPPORTED_GROUND_BATTLE = [
    ("Nigeria", "On Sunday 8 June troops, backed by air force jets, fought Boko Haram fighters near Bama; twelve "
                "insurgents were killed.", "Armed clash"),
    ("Somalia", "On Monday 9 June Danab forces, supported by drones, battled al-Shabaab militants outside Jilib and "
                "killed seven of them.", "Armed clash"),
    ("Burkina Faso", "With the support of aircraft, the army repulsed an assault by JNIM fighters on its post at "
                     "Djibasso on Saturday 7 June.", "Armed clash"),
]
CONDEMNATION_AFTER = [
    ("Mali", "Gunmen attacked a bus near Douentza on Sunday 8 June, killing nine passengers. The European Union "
             "condemned the attack and called for an investigation.", 1),
    ("Sudan", "On 6 June RSF fighters shelled the market of El Fasher, killing 14 people. The ICRC expressed deep "
              "sorrow at the loss of life.", 1),
    ("Nigeria", "Bandits abducted 20 farmers at Kankara on Saturday 7 June. Amnesty International condemned the "
                "abduction and urged the authorities to investigate it.", 1),
]
FUTURE_ACTS = [
    ("Kenya", "The Kenya Defence Forces recruitment exercise will open on 16 June in all sub-counties of Nakuru."),
    ("Uganda", "Anyone found extorting money from applicants will be arrested and prosecuted, the police warned in "
               "Gulu."),
    ("Zambia", "Impostors who ask candidates for bribes will be arrested, the Zambia Army said in Kabwe."),
]
DISPLACEMENT_SITE = [
    ("Democratic Republic of Congo", "On Sunday 8 June CODECO militiamen attacked the Lala displacement site near "
                                     "Djugu, killing six displaced people.", "Attack"),
    ("Burkina Faso", "Gunmen raided a camp for internally displaced persons at Kaya on 7 June and killed four "
                     "residents.", "Attack"),
    ("Sudan", "On 5 June armed men stormed the Kalma camp in South Darfur and shot dead three displaced women.",
     "Attack"),
]
GENERIC_LAST_WORD = [
    ("Zimbabwe", "On 7 June party youths beat two polling agents outside Chikwizo Mission in Mudzi.",
     "Mashonaland East"),
    ("Kenya", "Raiders shot dead a herder near Loiyangalani Health Centre on Sunday 8 June.", "Marsabit"),
    ("Uganda", "On 6 June soldiers fired at protesters outside Kagadi Hospital, wounding four.", "Kagadi"),
]

# Second batch, written after the first passed whole: the shapes as a statement tells them, over two sentences.
SUPPORTED_GROUND_BATTLE += [
    ("Iraq", "On Friday 6 June ISIS cells launched an assault on army positions north of Tuz Khurmatu, backed by "
             "drones and mortars.\nOur soldiers drove the attackers back after hours of fighting; three of them were "
             "killed.", "Armed clash"),
    ("Libya", "On 7 June LNA units attacked the outskirts of Gharyan, supported by Emirati drones and artillery. The "
              "defenders repelled the assault and four attackers died.", "Armed clash"),
]
FUTURE_ACTS += [
    ("Nigeria", "The Nigerian Army wishes to inform the public that its recruitment exercise will open on Monday 16 "
                "June and close on Friday 4 July at all centres in Kaduna."),
    ("Tanzania", "Any person found collecting money from applicants will be arrested and handed over to the police "
                 "in Dodoma, the army warned."),
]
DISPLACEMENT_SITE += [
    ("Somalia", "On Sunday 8 June gunmen raided the Ceel Jaalle displacement site outside Baidoa and killed three "
                "displaced men.", "Attack"),
    ("Nigeria", "Insurgents stormed the Bakassi Road IDP camp in Maiduguri on 7 June, killing five displaced persons.",
     "Attack"),
]

HELD_OUT = [
    ("ground", "Ethiopia", "On 8 June federal troops, assisted by drones, fought Fano militiamen near Bahir Dar; "
                           "several fighters died.", "Armed clash"),
    ("condemn", "Burundi", "Unidentified men threw a grenade into a bar in Bujumbura on Saturday 7 June, killing "
                           "two. The Catholic bishops deplored the attack and demanded an inquiry.", 1),
    ("future", "Malawi", "Recruitment into the Malawi Defence Force will begin next month in Lilongwe.", None),
    ("camp", "South Sudan", "On 8 June armed youths attacked a camp for displaced families near Bor, killing two "
                            "children.", "Attack"),
    ("generic", "Zimbabwe", "On 6 June ruling party supporters assaulted a voter near Mutambara Mission in "
                            "Chimanimani.", "Manicaland"),
]


def _events(country, text):
    """The current events of a sentence, published on PUBLISHED."""
    return reported(text, country, PUBLISHED)


@pytest.mark.parametrize(("country", "text", "sub_type"), SUPPORTED_GROUND_BATTLE)
def test_air_support_in_a_ground_battle_is_no_air_strike(country, text, sub_type):
    """A ground battle whose support from the air is named is a clash, not an air or drone strike."""
    assert [e.sub_event_type for e in _events(country, text)] == [sub_type]


@pytest.mark.parametrize(("country", "text", "count"), CONDEMNATION_AFTER)
def test_a_condemnation_of_an_act_told_adds_no_event(country, text, count):
    """A condemnation, sorrow or call for an inquiry about an act told before is no event of its own."""
    assert len(_events(country, text)) == count


@pytest.mark.parametrize(("country", "text"), FUTURE_ACTS)
def test_future_recruitment_and_warnings_are_no_act(country, text):
    """A recruitment that will open and a warning that wrongdoers will be arrested tell no act."""
    assert not _events(country, text)


@pytest.mark.parametrize(("country", "text", "event_type"), DISPLACEMENT_SITE)
def test_an_attack_on_a_displacement_site_is_an_attack_on_civilians(country, text, event_type):
    """Displaced people in a site or camp are civilians: an attack on them is Violence against civilians/Attack."""
    assert [e.sub_event_type for e in _events(country, text)] == [event_type]


@pytest.mark.parametrize(("country", "text", "admin1"), GENERIC_LAST_WORD)
def test_a_name_ending_in_a_generic_word_is_not_the_town_abroad(country, text, admin1):
    """'X Mission' or 'X Hospital' is a place in the country told, not the town named 'Mission' elsewhere."""
    events = _events(country, text)
    assert events and all(e.country == country for e in events)


@pytest.mark.parametrize("text", [
    "On Sunday 8 June police killed four Daesh khawarij in a shootout in Jalalabad.",
    "Security forces arrested two khawarij of Daesh in Herat on 7 June.",
])
def test_khawarij_alone_is_no_name_of_the_ttp(text):
    """'Khawarij' is a slur both Pakistan's government (for the TTP, 'Fitna al-Khawarij') and Afghanistan's (for the
    Islamic State) use: the word alone names neither, so Daesh's khawarij in Afghanistan are not the TTP."""
    events = reported(text, "Afghanistan", PUBLISHED)
    assert events and all("TTP" not in (e.actor1 or "") + (e.actor2 or "") for e in events)


@pytest.mark.parametrize(("kind", "country", "text", "expected"), HELD_OUT)
def test_held_out(kind, country, text, expected):
    """The held-out sentences, one per shape, run once after the rules (see the docstring for their figure)."""
    events = _events(country, text)
    if kind == "future":
        assert not events
    elif kind == "condemn":
        assert len(events) == expected
    elif kind == "generic":
        assert events and all(e.admin1 == expected for e in events)
    else:
        assert [e.sub_event_type for e in events] == [expected]
