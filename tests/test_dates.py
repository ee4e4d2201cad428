"""Date expressions on our own sentences, resolved against publication dates that are and are not Mondays."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.dates import event_date, find_dateline, find_dates, is_background_date

MONDAY = dt.date(2019, 3, 18)
SUNDAY = dt.date(2020, 4, 5)
THURSDAY = dt.date(2021, 9, 23)


def only(text: str, anchor: dt.date | None):
    mentions = find_dates(text, anchor)
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    ("sentence", "anchor", "phrase", "start", "end", "precision", "relative"),
    [
        ("Late on March 2, militants overran an outpost near Gao.", THURSDAY, "March 2", "2021-03-02", "2021-03-02", 1, False),
        ("Early on April 5, gunmen raided a checkpoint.", SUNDAY, "April 5", "2020-04-05", "2020-04-05", 1, False),
        ("The convoy was hit on 14 February 2018 near Kismayo.", None, "14 February 2018", "2018-02-14", "2018-02-14", 1, False),
        ("The strike on July 9, 2016 killed four.", None, "July 9, 2016", "2016-07-09", "2016-07-09", 1, False),
        ("Fighting resumed on the 3rd of May.", THURSDAY, "3rd of May", "2021-05-03", "2021-05-03", 1, False),
        ("A December 28 raid was reported.", THURSDAY, "December 28", "2020-12-28", "2020-12-28", 1, False),
        ("Officials said on Monday that the road was closed.", MONDAY, "on Monday", "2019-03-18", "2019-03-18", 1, True),
        ("Officials said on Monday that the road was closed.", THURSDAY, "on Monday", "2021-09-20", "2021-09-20", 1, True),
        ("Clashes erupted on Sunday in the north.", MONDAY, "on Sunday", "2019-03-17", "2019-03-17", 1, True),
        ("Shelling continued Tuesday night across the valley.", MONDAY, "Tuesday night", "2019-03-12", "2019-03-12", 1, True),
        ("The market was attacked last Monday.", MONDAY, "last Monday", "2019-03-11", "2019-03-11", 1, True),
        ("Two soldiers died yesterday.", THURSDAY, "yesterday", "2021-09-22", "2021-09-22", 1, True),
        ("Earlier on the day, jets struck a depot.", MONDAY, "Earlier on the day", "2019-03-18", "2019-03-18", 1, True),
        ("Earlier today a mine exploded.", THURSDAY, "Earlier today", "2021-09-23", "2021-09-23", 1, True),
        ("A bomb went off overnight in the port.", THURSDAY, "overnight", "2021-09-23", "2021-09-23", 1, True),
        ("Police were attacked two days ago.", THURSDAY, "two days ago", "2021-09-21", "2021-09-21", 1, True),
        ("Three raids took place last week.", THURSDAY, "last week", "2021-09-13", "2021-09-19", 2, True),
        ("Several villages were burned over the weekend.", MONDAY, "over the weekend", "2019-03-16", "2019-03-17", 2, True),
        ("The base was shelled last month.", THURSDAY, "last month", "2021-08-01", "2021-08-31", 3, True),
        ("The army retook the town in September.", dt.date(2017, 10, 9), "in September", "2017-09-01", "2017-09-30", 3, True),
        ("The army retook the town in November.", dt.date(2017, 10, 9), "in November", "2016-11-01", "2016-11-30", 3, True),
        ("Rebels have held the pass since 2014.", MONDAY, "since 2014", "2014-01-01", "2014-12-31", 3, False),
        ("Troops recaptured both cities in 2015 and 2016.", MONDAY, "in 2015 and 2016", "2015-01-01", "2016-12-31", 3, False),
        ("The siege lasted from 2012 to 2013.", MONDAY, "from 2012 to 2013", "2012-01-01", "2013-12-31", 3, False),
        ("Gunmen struck on the night of 3-4 May.", THURSDAY, "on the night of 3-4 May", "2021-05-03", "2021-05-04", 2, False),
        ("Fighting raged between 12 and 14 March.", MONDAY, "between 12 and 14 March", "2019-03-12", "2019-03-14", 2, False),
        ("Fighting raged on March 12-14, 2017 near Raqqa.", None, "March 12-14, 2017", "2017-03-12", "2017-03-14", 2, False),
        ("The offensive began in June 2014.", None, "in June 2014", "2014-06-01", "2014-06-30", 3, False),
        ("Clashes flared in mid-August of 2020.", None, "in mid-August of 2020", "2020-08-01", "2020-08-31", 3, False),
        ("The report is dated 2022-11-04.", None, "2022-11-04", "2022-11-04", "2022-11-04", 1, False),
        ("THE ATTACK TOOK PLACE ON 18 APRIL.", dt.date(1989, 4, 19), "18 APRIL", "1989-04-18", "1989-04-18", 1, False),
        ("troops arrived since 2 february.", dt.date(1990, 2, 4), "2 february", "1990-02-02", "1990-02-02", 1, False),
    ],
)
def test_resolves_expression(sentence, anchor, phrase, start, end, precision, relative):
    mention = only(sentence, anchor)
    assert mention.text == phrase
    assert sentence[mention.start:mention.end] == phrase
    assert (mention.date_start.isoformat(), mention.date_end.isoformat()) == (start, end)
    assert mention.precision == precision
    assert mention.relative is relative


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands march through the capital.",
        "The rebels may attack again, officials warned.",
        "They said 2014 people signed the petition.",
        "Marine units were deployed.",
    ],
)
def test_words_that_are_not_dates(sentence):
    assert find_dates(sentence, MONDAY) == []


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Residents said on Monday the attack was repelled.", "on Monday"),
        ("Early on April 5, gunmen raided a checkpoint.", "April 5"),
        ("The town fell in September.", "in September"),
        ("The bodies were found yesterday.", "yesterday"),
    ],
)
def test_without_anchor_no_year_is_invented(sentence, phrase):
    mention = only(sentence, None)
    assert mention.text == phrase
    assert mention.date_start is None and mention.date_end is None and mention.precision is None
    assert mention.note


def test_day_just_after_publication_keeps_the_year():
    assert only("Early on April 6, gunmen raided a checkpoint.", SUNDAY).date_start == dt.date(2020, 4, 6)
    assert only("Gunmen raided a checkpoint on April 20.", SUNDAY).date_start == dt.date(2019, 4, 20)


def test_offsets_are_absolute():
    mention = only("It happened on Sunday.", MONDAY)
    sentence = find_dates("It happened on Sunday.", MONDAY, offset=100)[0]
    assert (sentence.start, sentence.end) == (mention.start + 100, mention.end + 100)


def test_month_span_ends_at_publication():
    mention = only("Raids intensified in early October.", dt.date(2017, 10, 9))
    assert (mention.date_start, mention.date_end) == (dt.date(2017, 10, 1), dt.date(2017, 10, 9))


@pytest.mark.parametrize(
    ("text", "day", "dateline"),
    [
        ("SAN MIGUEL, 12 MAR 90 (RADIO VENCEREMOS) -- [TEXT] REBELS ATTACKED", dt.date(1990, 3, 12),
         "SAN MIGUEL, 12 MAR 90 (RADIO VENCEREMOS) --"),
        ("DOC-0042 (NOSC)\n\n   CUZCO, 7 NOV 91 (EFE) -- [TEXT] A BOMB", dt.date(1991, 11, 7), "CUZCO, 7 NOV 91 (EFE) --"),
        ("MOGADISHU, March 9, 2021 (Wire) - Gunmen", dt.date(2021, 3, 9), "MOGADISHU, March 9, 2021 (Wire) -"),
        ("KIGALI, 2 JAN 05 (AGENCY) -- x", dt.date(2005, 1, 2), "KIGALI, 2 JAN 05 (AGENCY) --"),
        ("LEON (NICARAGUA), 9 OCT 89 (RADIO X) -- [TEXT]", dt.date(1989, 10, 9), "LEON (NICARAGUA), 9 OCT 89 (RADIO X) --"),
    ],
)
def test_wire_datelines(text, day, dateline):
    found = find_dateline(text)
    assert found is not None
    assert found[0] == day
    assert found[1].text == dateline == text[found[1].start:found[1].end]


@pytest.mark.parametrize("text", ["KABUL, May 3 (Wire) - Gunmen", "Gunmen attacked, 3 May 2020, officials said", "No dateline."])
def test_not_a_dateline(text):
    assert find_dateline(text) is None


def test_event_date_prefers_the_day():
    anchor = dt.date(2017, 10, 9)
    mentions = find_dates("In September, and again on Sunday, jets struck.", anchor)
    assert event_date(mentions, anchor) == ("2017-10-08", "2017-10-08", "2017-10-08", 1)


def test_event_date_month_only_takes_the_15th():
    anchor = dt.date(2017, 10, 9)
    assert event_date(find_dates("The town fell in September.", anchor), anchor) == (
        "2017-09-15", "2017-09-01", "2017-09-30", 3)


def test_event_date_span_takes_its_first_day():
    assert event_date(find_dates("Gunmen struck on the night of 3-4 May 2021.", None), None) == (
        "2021-05-03", "2021-05-03", "2021-05-04", 2)


def test_undated_report_is_coded_to_publication_week():
    assert event_date([], dt.date(2020, 4, 5)) == ("2020-04-05", "2020-03-29", "2020-04-05", 2)
    assert event_date(find_dates("on Monday", None), None) == (None, None, None, None)


def test_background_dates():
    anchor = dt.date(2017, 10, 9)
    assert is_background_date(only("They seized it in 2014.", anchor), anchor)
    assert not is_background_date(only("They seized it on Sunday.", anchor), anchor)
    assert not is_background_date(only("They seized it last week.", anchor), anchor)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Traders and police clashed at the market on 21/08/2016.", "2016-08-21"),
        ("The rally held on 04/04/2015 was dispersed.", "2015-04-04"),
        ("Herders raided the camp on 19/11/18 at dawn.", "2018-11-19"),
        ("The ballot of 11/23/2020 was contested.", "2020-11-23"),
        ("A roadside bomb exploded on 29.06.2021 near the bridge.", "2021-06-29"),
    ],
)
def test_a_day_in_figures_is_read_when_its_order_is_plain(sentence, day):
    mention = only(sentence, None)
    assert (mention.date_start.isoformat(), mention.date_end.isoformat(), mention.precision) == (day, day, 1)


@pytest.mark.parametrize(
    "sentence",
    ["The score was 3/4 at half time.", "The raid of 03/04/2025 was reported.", "Version 2.4.19 fixed the bug.", "A 1/2/3 split of the land.",
     "The form 33/44/2020 was filed."],
)
def test_figures_that_are_no_day(sentence):
    assert [m for m in find_dates(sentence, None) if m.date_start is not None] == []
