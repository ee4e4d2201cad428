"""Great lakes that several countries share, placed in the waters of the report's country (sentences we wrote).

A lake is one name for waters of several states; `data/places_supplement.csv` holds each state's part with its
province, and the report's country decides which part (as for any name, a document's own country outweighs a match
elsewhere). Without them "Lake Victoria" fell to Victoria, the Australian state."""

from __future__ import annotations

import pytest

from sitrep.api import extract_text

LAKES = [
    ("KE", "Fishermen were attacked by Ugandan police on Lake Victoria on Sunday.", "Kenya", "Homa Bay"),
    ("UG", "Gunmen robbed fishermen on Lake Victoria on Sunday.", "Uganda", "Central"),
    ("TZ", "Gunmen robbed fishermen on Lake Victoria on Sunday.", "Tanzania", "Mwanza"),
    ("NG", "ISWAP fighters attacked fishermen on Lake Chad on Monday.", "Nigeria", "Borno"),
    ("TD", "Boko Haram fighters attacked fishermen on Lake Chad on Monday.", "Chad", "Lac"),
    ("CD", "M23 rebels attacked boats on Lake Kivu on Monday.", "Democratic Republic of Congo", "Sud-Kivu"),
    ("KE", "Turkana raiders killed two fishermen at Lake Turkana on Monday.", "Kenya", "Turkana"),
    ("MW", "Police arrested 14 fishermen on Lake Malawi on Tuesday.", "Malawi", "Northern Region"),
]


@pytest.mark.parametrize(("code", "text", "country", "admin1"), LAKES)
def test_a_shared_lake_is_placed_in_the_reports_country(code, text, country, admin1):
    events = extract_text(text, country=code, published="2024-05-01")
    assert events, text
    assert (events[0].location.startswith("Lake"), events[0].country, events[0].admin1) == (True, country, admin1)
