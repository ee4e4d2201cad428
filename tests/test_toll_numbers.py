"""A toll told as "the number killed", on reports we wrote: "the number killed in the attack rose to 12" and "the
number of those killed has risen to 12" give the toll as "the death toll rose to 12" does; a running total for a
month or a year is no toll of the event."""

from __future__ import annotations

import pytest

from reported import first_reported


@pytest.mark.parametrize(("text", "country", "killed"), [
    ("Gunmen raided a village in Zamfara on Monday. The number killed in the raid rose to 12, officials said.", "NG", 12),
    ("Gunmen raided a village in Zamfara on Monday. The number of those killed has risen to 12.", "NG", 12),
    ("Militants attacked a bus in Balochistan; the number of civilians killed reached 14 by evening.", "PK", 14),
    ("A car bomb blew up beside a market in Mogadishu on Friday. The number of people killed stood at seven.", "SO", 7),
])
def test_the_number_killed_is_the_toll(text, country, killed):
    assert first_reported(text, country, "2024-05-01").fatalities == killed


def test_a_running_total_is_no_toll_of_the_event():
    event = first_reported("Gunmen raided a village in Zamfara on Monday, bringing the number of people killed this "
                           "month to 40.", "NG", "2024-05-01")
    assert event.fatalities == 0
