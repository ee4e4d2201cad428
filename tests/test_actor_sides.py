"""ACLED's conventions for who the sides are when a text names them only in part, on short reports we wrote:
an armed clash always has two sides (the other armed side the text names, else an unidentified armed group), and
Somali Islamist insurgents in East Africa are Al Shabaab."""

from __future__ import annotations

from sitrep.actors import find_actors
from sitrep.api import extract_text


def main_events(text: str, country: str = "KE"):
    return [e for e in extract_text(text, country=country) if not e.is_background]


def test_an_armed_clash_with_one_side_takes_the_other_armed_side_the_text_names():
    events = main_events("Police officers answer an Al Shabaab assault at Kinna on 3 March 2016, shooting ten of them.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Armed clash", "Police Forces of Kenya", "Al Shabaab")]


def test_an_armed_clash_with_one_side_and_no_other_named_faces_an_unidentified_armed_group():
    events = main_events("Soldiers exchanged fire near Kinna on 3 March 2016; one soldier was wounded.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Armed clash", "Military Forces of Kenya", "Unidentified Armed Group (Kenya)")]


def test_an_armed_clash_with_both_sides_named_keeps_them():
    events = main_events("On 4 March 2015, police battled near Isiolo after bandits attacked a convoy.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Armed clash", "Police Forces of Kenya", "Unidentified Armed Group (Kenya)")]


def test_somali_islamists_are_al_shabaab():
    assert [m.name for m in find_actors("Somali Islamist militants attacked a border post.", country="Kenya")
            if m.inter == 2] == ["Al Shabaab"]
    events = main_events("On 5 May 2009, Somali Islamist rebels raided a village near Mandera, killing two herders.")
    assert [e.actor1 for e in events] == ["Al Shabaab"]

