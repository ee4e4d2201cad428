"""Days named by a fixed holiday and "at the weekend", on reports we wrote: "on Christmas Eve" is 24 December of the
latest year on or before publication, "on New Year's Eve 2023" that year's 31 December, and "at the weekend" the
Saturday and Sunday before publication, as "over the weekend" is. Orthodox Christmas and "a Christmas market" give
no date."""

from __future__ import annotations

import pytest

from reported import first_reported


@pytest.mark.parametrize(("text", "country", "published", "date", "precision"), [
    ("Gunmen killed three worshippers leaving a church in Plateau State on Christmas Eve.", "NG", "2023-12-27",
     "2023-12-24", 1),
    ("Soldiers clashed with militiamen near Bunia on New Year's Day.", "CD", "2024-01-03", "2024-01-01", 1),
    ("A grenade was thrown into a bar in Bujumbura on New Year's Eve 2022.", "BI", "2023-01-05", "2022-12-31", 1),
    ("Thousands of workers marched in Manila on May Day to demand higher wages.", "PH", "2024-05-03", "2024-05-01",
     1),
    ("Women marched in Santiago on International Women's Day against violence.", "CL", "2024-03-09", "2024-03-08",
     1),
    ("Militants attacked a checkpoint in Khost at the weekend, killing two soldiers.", "AF", "2024-05-08",
     "2024-05-04", 2),
    ("Rioters burned tyres in Harare on Boxing Day.", "ZW", "2024-01-02", "2023-12-26", 1),
])
def test_a_fixed_holiday_names_its_day(text, country, published, date, precision):
    event = first_reported(text, country, published)
    assert (event.event_date, event.time_precision) == (date, precision)


@pytest.mark.parametrize("text", [
    "Gunmen opened fire on shoppers at a Christmas market in Kaduna on Tuesday, killing two.",
    "Gunmen killed two worshippers in Gondar on Tuesday as believers prepared for Orthodox Christmas Day.",
])
def test_christmas_as_a_modifier_or_orthodox_christmas_names_no_day(text):
    assert first_reported(text, None, "2024-01-04").event_date == "2024-01-02"
