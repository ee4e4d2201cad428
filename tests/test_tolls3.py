"""Tolls in short reports written for task tolls3 before sitrep was run on any of them (places and people invented).

Each report gives its dead and its injured (None leaves the injured unchecked); every fourth report (ids 'h') is held
out: run once before this task's rules and once after, never tuned on. The shapes are those the task's look at
MUC-4's and ACLED's tune halves found miscounted: a family counted as its size, a killing prevented or foiled, the
dead named "suspected" or "alleged", one more group added by "as was"/"as did", bodies joined, a named person with
"two of her bodyguards", injuries told by "left ... injured", "sustained" and "suffered", the wounded not counted as
dead, and the attackers' dead beside the victims'.

First pass (main d7286b7, before the rules): 12 of the 24 reports not held out and 4 of the 8 held out gave
their dead and injured. Misses: a family of N read as one; "prevented residents from lynching" and "stopped a crowd
from beating ... to death" read as deaths; "as was one raider", "as did two of the gunmen" not added;
joined bodies ("her body and that of a child", "the bodies of a herder and his son") not read; a named
person and "two of her bodyguards", "a senator, his driver and two of his guards" undercounted; "sustained gunshot
wounds" not read as injured.

After this task's rules (branch tolls): 21 of the 24 reports not held out (t17 and t18, joined bodies, and t21, a
comma list of single persons, are strict xfails); the 8 held out, run once after: 6 of 8 (h20 and h32 miss, not
examined). Reports t14, t17 and t27 were reworded after the first pass, keeping their shape and their figures,
where a run of six words also stood in a corpus (scripts/check_copied_text.py). Reports t33-t38 were written after
the first pass for the last two rules (two people named by name, counted parts of someone's people).
"""

from __future__ import annotations

import pytest

from reported import reported

REPORTS: dict[str, tuple[str, int, int | None]] = {
    # A family of N is N people.
    "t1": ("Militiamen hacked a family of six to death in Djugu territory on Sunday night.", 6, None),
    "t2": ("A family of four was killed when a shell struck their house in Kherson on Tuesday.", 4, None),
    "t3": ("Gunmen stormed a farm near Kaura and killed a family of five, residents said.", 5, None),
    "h4": ("Raiders shot dead a family of three in their home near Mokwa on Friday.", 3, None),
    "t5": ("Bandits killed a father and his son near Maru on Saturday.", 2, None),
    # A killing prevented, foiled or stopped is no death.
    "t6": ("Police in Kakamega prevented residents from lynching a suspected thief on Monday.", 0, None),
    "t7": ("Soldiers foiled an attempt by militants to kill the district commissioner in Marsabit on Tuesday.", 0, None),
    "h8": ("Officers rescued two suspects from a mob that wanted to lynch them in Kisii on Thursday.", 0, None),
    "t9": ("Villagers stopped a crowd from beating a suspected witch to death in Mbeya on Friday.", 0, None),
    "t10": ("Police thwarted a plan to assassinate a senator in Nairobi on Sunday.", 0, None),
    # The dead named as suspected or alleged doers are still dead.
    "t11": ("Border guards shot dead a suspected cattle smuggler near Lokichogio on Wednesday.", 1, None),
    "h12": ("Police shot dead two suspected robbers in Kayole on Saturday night.", 2, None),
    "t13": ("A mob lynched an alleged motorcycle thief in Bungoma on Monday.", 1, None),
    # "As was", "as did", "as were": one more group with the same fate.
    "t14": ("Three traders were shot dead at the market in Wote, as was one raider.", 4, None),
    "t15": ("A police officer died in the ambush near Garissa, as did two of the gunmen.", 3, None),
    "h16": ("Two soldiers were wounded, as were three civilians, when a mortar hit Gao on Monday.", 0, 5),
    # Bodies joined, and named people with their escorts.
    "t17": ("Her body and that of a child were found on Tuesday near Naivasha.", 2, None),
    "t18": ("The bodies of a herder and his son were recovered near Baragoi on Friday.", 2, None),
    "t19": ("Judge Amina Warsame and two of her bodyguards were killed in an ambush in Mogadishu on Monday.", 3, None),
    "h20": ("Gunmen killed the mayor of Tumaco and three of his escorts on Sunday.", 4, None),
    "t21": ("A senator, his driver and two of his guards were shot dead in Tegucigalpa on Friday.", 4, None),
    # Injuries told in varied ways.
    "t22": ("A grenade attack on a bar in Garissa on Saturday left eight people injured.", 0, 8),
    "t23": ("Four traders sustained gunshot wounds when bandits attacked a bus near Isiolo on Monday.", 0, 4),
    "h24": ("Police fired on the crowd in Kisumu on Tuesday, injuring a student and two vendors.", 0, 3),
    "t25": ("Two people suffered serious injuries when a bomb went off in Quetta on Sunday.", 0, 2),
    # The wounded are not dead.
    "t26": ("Gunmen shot and wounded a village chief in Kaduna on Sunday.", 0, 1),
    "t27": ("A teacher was shot in the arm by robbers in Eldoret on Thursday.", 0, None),
    "h28": ("Militants attacked a convoy near Mandera on Monday but no one was killed.", 0, None),
    # The attackers' dead beside the victims', and groups joined.
    "t29": ("Gunmen killed four villagers in Kajuru on Sunday; soldiers later killed two of the gunmen.", 6, None),
    "t30": ("Bandits killed three herders near Kerio on Friday and were themselves pursued by police.", 3, None),
    "t31": ("Four soldiers and a porter died when their truck hit a mine near Kidal.", 5, None),
    "h32": ("Armed men abducted a pastor in Kajuru and later killed him along with his wife.", 2, None),
    # Written after the first pass, for the rule on two people named by name (`_NAMED_PAIR`) and counted parts of
    # someone's people ("one of his bodyguards"); not in FIRST_PASS.
    "t33": ("Ana Ruiz and Pedro Lima were shot dead outside their shop in Cali on Monday.", 2, None),
    "t34": ("Jean Mbala and Paul Kasongo, two teachers from Beni, were abducted and later killed by rebels.", 2, None),
    "t35": ("Rwandan Soldiers and Burundian Rebels were killed in the clashes near Uvira.", 0, None),
    "t36": ("A bomb hit the minister's car; the chauffeur and one of his guards were killed in Kabul.", 2, None),
    "t37": ("NURU OMAR AND HASSAN ABDI WERE KILLED BY GUNMEN IN BELET WEYNE ON FRIDAY.", 2, None),
    "t38": ("THE FOUR MINERS AND TWO MORE PERSONS WERE KILLED BY GUNMEN NEAR OTAVI ON SUNDAY.", 6, None),
}
FIRST_PASS: dict[str, bool] = {
    "t1": False,
    "t2": False,
    "t3": False,
    "h4": False,
    "t5": True,
    "t6": False,
    "t7": True,
    "h8": True,
    "t9": False,
    "t10": True,
    "t11": True,
    "h12": True,
    "t13": True,
    "t14": False,
    "t15": False,
    "h16": False,
    "t17": False,
    "t18": False,
    "t19": False,
    "h20": False,
    "t21": False,
    "t22": True,
    "t23": False,
    "h24": True,
    "t25": True,
    "t26": True,
    "t27": True,
    "h28": True,
    "t29": True,
    "t30": True,
    "t31": True,
    "h32": False,
}
"""Report id -> whether it passed on main before this task's rules."""
KNOWN_MISSES: dict[str, str] = {}
"""Report id -> why sitrep misses it today (strict xfails)."""


def _miss(reason: str, *ids: str) -> None:
    """Mark reports sitrep still miscounts, with the reason."""
    for report_id in ids:
        KNOWN_MISSES[report_id] = reason


_miss("joined bodies ('her body and that of a child', 'the bodies of a herder and his son') are not read: "
      "`_ONE_BODY` reads one possessed body and `_BODIES` a counted number of them", "t17", "t18")
_miss("'A senator, his driver and two of his guards': a comma list of single persons before 'and' is read as an "
      "apposition, not a list, so only the last items are counted", "t21")

_miss("held out: miscounted after the rules; not examined (held-out items are never tuned on)", "h20", "h32")


def counted(text: str) -> tuple[int, int]:
    """The most dead and the most injured (low figure) of any event sitrep codes from `text`."""
    events = reported(text)
    dead = max((event.fatalities or 0 for event in events), default=0)
    injured = max(((event.casualties.get("injured") or (0, 0))[0] for event in events), default=0)
    return dead, injured


def _params() -> list:
    """One param per report, strict xfail where a known miss."""
    return [pytest.param(report_id, marks=pytest.mark.xfail(reason=KNOWN_MISSES[report_id], strict=True))
            if report_id in KNOWN_MISSES else report_id for report_id in REPORTS]


@pytest.mark.parametrize("report_id", _params())
def test_toll(report_id: str) -> None:
    """The report's dead (and injured, where given) are counted."""
    text, dead, injured = REPORTS[report_id]
    got_dead, got_injured = counted(text)
    assert got_dead == dead, (text, got_dead)
    if injured is not None:
        assert got_injured == injured, (text, got_injured)
