"""Attacks on a force's post (police stations and posts, checkpoints, customs posts, gendarmerie brigades, military
camps and barracks), in short reports the sitrep team wrote, set in 30 countries: ACLED's codebook codes the force that
holds the post as actor 2 (the target is the force, not civilians); armed attackers make it an armed clash, a bomb or
grenade an explosion with the force as actor 2, and a crowd that storms or burns the post is rioters against that force.
The force's name before "station" or "post" still never makes it the doer (`roles.crowds.STATE_AS_MODIFIER`).

First pass (main before `crowds._post_attacked`), on the 45 reports: sub-event type and actor 2 right in 36/45 (branch
suffixes allowed: "Police Forces of Mali Gendarmerie" counts as the police of Mali); the five misses that are no known
xfail were crowds that stormed, burnt, set ablaze or pelted a post and got civilians as actor 2 in mob violence.
After: 41/45, the four left are strict xfails with their reason. A demonstration that damages a post keeps the force
out unless it intervened (as in tests/fixtures/terse_reports2.tsv, ng4). Actor 1 is checked apart: 37/45 both before
and after (its misses are names of armed groups, not posts)."""

from __future__ import annotations

import pytest

from sitrep.api import extract_text

REPORTS = [
    ('NG', 'Gunmen attacked a police station in Ikire on Sunday, killing two officers.',
     'Armed clash', 'Unidentified Armed Group (Nigeria)', 'Police Forces of Nigeria'),
    ('NG', 'Bandits stormed the divisional police headquarters in Maru and set it ablaze.',
     'Armed clash', 'Unidentified Armed Group (Nigeria)', 'Police Forces of Nigeria'),
    ('ML', 'Suspected jihadists attacked a gendarmerie post in Diafarabe overnight, killing three gendarmes.',
     'Armed clash', 'Unidentified Armed Group (Mali)', 'Police Forces of Mali'),
    ('BF', 'Armed men attacked a military camp in Djibo on Monday; soldiers repelled the assault.',
     'Armed clash', 'Unidentified Armed Group (Burkina Faso)', 'Military Forces of Burkina Faso'),
    ('NE', 'Gunmen on motorbikes attacked a customs post near Tillaberi, killing a customs officer.',
     'Armed clash', 'Unidentified Armed Group (Niger)', 'Police Forces of Niger'),
    ('PK', 'Militants attacked a police checkpoint in Bannu, killing four policemen.',
     'Armed clash', 'Unidentified Armed Group (Pakistan)', 'Police Forces of Pakistan'),
    ('PK', 'A hand grenade was thrown at a police station in Quetta, wounding two constables.',
     'Grenade', 'Unidentified Armed Group (Pakistan)', 'Police Forces of Pakistan'),
    ('IN', 'Insurgents lobbed a hand grenade at the Pulwama police post, injuring a policeman.',
     'Grenade', 'Unidentified Armed Group (India)', 'Police Forces of India'),
    ('AF', 'A suicide attacker detonated his vest at a police checkpoint in Kunduz, killing five policemen.',
     'Suicide bomb', 'Unidentified Armed Group (Afghanistan)', 'Police Forces of Afghanistan'),
    ('SO', 'Al Shabaab gunmen raided an army base near Marka, sparking a fierce gunfight with soldiers.',
     'Armed clash', 'Al Shabaab', 'Military Forces of Somalia'),
    ('CO', 'Guerrillas attacked a police station in Tame with explosives and rifle fire.',
     'Armed clash', 'Unidentified Armed Group (Colombia)', 'Police Forces of Colombia'),
    ('MX', 'Armed men attacked a police checkpoint in Celaya, killing three officers.',
     'Armed clash', 'Unidentified Armed Group (Mexico)', 'Police Forces of Mexico'),
    ('HT', 'Gang members attacked the police station in Mirebalais and freed inmates.',
     'Armed clash', 'Unidentified Gang (Haiti)', 'Police Forces of Haiti'),
    ('CD', 'Militiamen attacked an army position in Djugu, killing two soldiers.',
     'Armed clash', 'Unidentified Armed Group (Democratic Republic of Congo)',
     'Military Forces of the Democratic Republic of Congo'),
    ('CM', 'Separatist fighters attacked a gendarmerie post in Bamenda, killing a gendarme.',
     'Armed clash', 'Ambazonian Separatists', 'Police Forces of Cameroon'),
    ('MZ', 'Insurgents attacked a police post in Macomia, killing two police officers.',
     'Armed clash', 'Unidentified Armed Group (Mozambique)', 'Police Forces of Mozambique'),
    ('PH', 'Communist rebels attacked a police outpost in Samar, wounding three policemen.',
     'Armed clash', "NPA: New People's Army", 'Police Forces of the Philippines'),
    ('EG', 'Militants attacked a security checkpoint in Arish, killing six soldiers.',
     'Armed clash', 'Unidentified Armed Group (Egypt)', 'Military Forces of Egypt'),
    ('IQ', 'Gunmen attacked an army checkpoint near Tarmiyah, killing two soldiers.',
     'Armed clash', 'Unidentified Armed Group (Iraq)', 'Military Forces of Iraq'),
    ('TD', 'Armed men attacked a gendarmerie brigade in Mongo, killing a gendarme.',
     'Armed clash', 'Unidentified Armed Group (Chad)', 'Police Forces of Chad'),
    ('UG', 'Gunmen attacked Kyabazinga police station and stole guns after killing an officer.',
     'Armed clash', 'Unidentified Armed Group (Uganda)', 'Police Forces of Uganda'),
    ('ET', 'Armed men attacked a police station in Gimbi and freed prisoners.',
     'Armed clash', 'Unidentified Armed Group (Ethiopia)', 'Police Forces of Ethiopia'),
    ('IN', 'A mob attacked a police station in Sitamarhi after a man died in custody, torching two jeeps.',
     'Mob violence', 'Rioters (India)', 'Police Forces of India'),
    ('BD', 'Angry villagers attacked a police outpost in Kishoreganj and vandalised it.',
     'Mob violence', 'Rioters (Bangladesh)', 'Police Forces of Bangladesh'),
    ('NG', 'Angry youths set a police station ablaze in Ughelli after a motorcyclist was shot.',
     'Mob violence', 'Rioters (Nigeria)', 'Police Forces of Nigeria'),
    ('PK', 'A crowd stormed a police station in Jhelum and set fire to furniture.',
     'Mob violence', 'Rioters (Pakistan)', 'Police Forces of Pakistan'),
    ('SN', 'Protesters burned a gendarmerie post in Bignona during demonstrations.',
     'Violent demonstration', 'Rioters (Senegal)', None),
    ('GN', 'Demonstrators in Kankan torched the local police station.',
     'Violent demonstration', 'Rioters (Guinea)', None),
    ('CD', 'A mob burned down a police post in Beni after the killing of a trader.',
     'Mob violence', 'Rioters (Democratic Republic of Congo)', 'Police Forces of the Democratic Republic of Congo'),
    ('TZ', 'Residents stormed a police station in Mtwara demanding the release of a suspect.',
     'Mob violence', 'Rioters (Tanzania)', 'Police Forces of Tanzania'),
    ('CO', 'An explosive device detonated outside a police station in Jamundi, damaging the building.',
     'Remote explosive/landmine/IED', 'Unidentified Armed Group (Colombia)', 'Police Forces of Colombia'),
    ('IN', 'A bomb was hurled at a police station in Kolkata overnight.',
     'Grenade', 'Unidentified Armed Group (India)', 'Police Forces of India'),
    ('PH', 'A grenade exploded at a military detachment in Maguindanao, wounding two soldiers.',
     'Grenade', 'Unidentified Armed Group (Philippines)', 'Military Forces of the Philippines'),
    ('SY', 'A car bomb exploded at a military checkpoint in Daraa, killing four soldiers.',
     'Remote explosive/landmine/IED', 'Unidentified Armed Group (Syria)', 'Military Forces of Syria'),
    ('BI', 'Unknown assailants threw a grenade at a police post in Bujumbura.',
     'Grenade', 'Unidentified Armed Group (Burundi)', 'Police Forces of Burundi'),
    ('CF', 'Rebels attacked the gendarmerie brigade in Bouar, killing two gendarmes.',
     'Armed clash', 'Unidentified Armed Group (Central African Republic)',
     'Police Forces of the Central African Republic'),
    ('LY', 'Gunmen attacked a police checkpoint in Sabha, killing one officer.',
     'Armed clash', 'Unidentified Armed Group (Libya)', 'Police Forces of Libya'),
    ('MM', 'Resistance fighters attacked a police station in Sagaing, killing two policemen.',
     'Armed clash', "PDF: People's Defence Force", 'Police Forces of Myanmar'),
    ('SS', 'Armed youth attacked a police post in Jonglei, killing an officer.',
     'Armed clash', 'Unidentified Armed Group (South Sudan)', 'Police Forces of South Sudan'),
    ('TG', 'Jihadists attacked a military post in Kpendjal, killing several soldiers.',
     'Armed clash', 'Unidentified Armed Group (Togo)', 'Military Forces of Togo'),
    ('ZA', 'Community members burned a police satellite station in Limpopo after a child was killed.',
     'Mob violence', 'Rioters (South Africa)', 'Police Forces of South Africa'),
    ('KH', 'Villagers pelted the district police station with stones after a land dispute turned violent.',
     'Mob violence', 'Rioters (Cambodia)', 'Police Forces of Cambodia'),
    ('NP', 'Protesters torched a police post in Birgunj during a general strike.',
     'Violent demonstration', 'Rioters (Nepal)', None),
    ('ML', 'A military camp in Boni was overrun by jihadists on Tuesday, leaving four soldiers dead.',
     'Armed clash', 'Unidentified Armed Group (Mali)', 'Military Forces of Mali'),
    ('LK', 'Residents marched to the police station in Galle to demand the release of a fisherman.',
     'Peaceful protest', 'Protesters (Sri Lanka)', None),
]

NO_EVENT = {
    "A bomb was hurled at a police station in Kolkata overnight.":
        "a bomb told only in the passive, with no harm, is not read as an event",
    "A military camp in Boni was overrun by jihadists on Tuesday, leaving four soldiers dead.":
        "a camp 'overrun' in the passive is not read as an event",
}
CROWD_AS_ARMED = {
    "Community members burned a police satellite station in Limpopo after a child was killed.":
        "'community members' who burn a post are read as an armed group, not as a crowd",
}
MISSES = {
    **NO_EVENT, **CROWD_AS_ARMED,
    "Bandits stormed the divisional police headquarters in Maru and set it ablaze.":
        "storming a post held by the police is read as property destruction, not as a clash with the force there",
}


def _main_event(country: str, text: str):
    events = [e for e in extract_text(text, country=country) if not e.is_background]
    return events[0] if events else None


def _same_side(got: str | None, gold: str | None) -> bool:
    """The gold side, also with a branch after it ("Police Forces of Chad Gendarmerie" for the police of Chad)."""
    return got == gold or (got is not None and gold is not None and got.startswith(gold + " "))


def test_the_reports_are_broad():
    assert len(REPORTS) >= 40
    assert len({country for country, *_ in REPORTS}) >= 20


ACTOR1_MISSES = {
    "Gang members attacked the police station in Mirebalais and freed inmates.":
        "unnamed 'gang members' are an unidentified armed group, not an unidentified gang",
    "Resistance fighters attacked a police station in Sagaing, killing two policemen.":
        "'resistance fighters' in Myanmar are not matched to the PDF",
    "Armed youth attacked a police post in Jonglei, killing an officer.":
        "'armed youth' are named after the state, not left an unidentified armed group",
}


def _cases(misses: dict[str, str]) -> list:
    return [pytest.param(*row, marks=pytest.mark.xfail(reason=misses[row[1]], strict=True)) if row[1] in misses
            else row for row in REPORTS]


@pytest.mark.parametrize(("country", "text", "sub_event_type", "actor1", "actor2"), _cases(MISSES))
def test_an_attack_on_a_post_is_an_attack_on_the_force_holding_it(country, text, sub_event_type, actor1, actor2):
    event = _main_event(country, text)
    assert event is not None, text
    got = (event.sub_event_type, event.actor2)
    assert got[0] == sub_event_type and _same_side(got[1], actor2), f"{got} -- {text}"


@pytest.mark.parametrize(("country", "text", "sub_event_type", "actor1", "actor2"),
                         _cases({**NO_EVENT, **CROWD_AS_ARMED, **ACTOR1_MISSES}))
def test_the_attackers_of_a_post_are_actor_1(country, text, sub_event_type, actor1, actor2):
    event = _main_event(country, text)
    assert event is not None and _same_side(event.actor1, actor1), f"{event and event.actor1} -- {text}"
