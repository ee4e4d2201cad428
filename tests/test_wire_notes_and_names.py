"""Transcribed wire copy: editorial brackets, phrases after a time or count, names trimmed to the
name, and the armed groups of Latin America's conflicts. Sentences we wrote ourselves."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep import nlp
from sitrep.actors import normalise_actor
from sitrep.api import extract_text
from sitrep.arguments import fullest_names, name_only, noun_phrases
from sitrep.clean import blank_editorial_notes
from sitrep.schema import Argument


@pytest.mark.parametrize("text, kept", [
    ("PUERTO LINDO, 2 MAY 90 (XNA) -- [TEXT] THE POLICE SAID", "THE POLICE SAID"),
    ("THEY TOOK TWO TRUCKS AND [WORDS INDISTINCT].  LATER THEY LEFT", "LATER THEY LEFT"),
    ("THE HOUSE BURNED. [PASSAGE OMITTED] THE MAYOR LEFT", "THE MAYOR LEFT"),
    ("WHAT WILL YOU DO?\n\n   [MENDOZA] WE WILL WAIT", "WE WILL WAIT"),
])
def test_editorial_notes_are_blanked_at_the_same_length(text: str, kept: str) -> None:
    blanked = blank_editorial_notes(text)
    assert len(blanked) == len(text)
    assert "[" not in blanked and "]" not in blanked
    assert kept in blanked


def test_a_bracket_glossing_the_word_before_it_stays_as_a_parenthesis() -> None:
    text = "THE RFN [RIVER FRONT OF THE NORTH] CLAIMED THE ATTACK"
    assert blank_editorial_notes(text) == "THE RFN (RIVER FRONT OF THE NORTH) CLAIMED THE ATTACK"


def test_a_gloss_does_not_split_the_sentence_around_it() -> None:
    text = ("PUERTO LINDO, 2 MAY 90 (XNA) -- [TEXT] REBELS OF THE RFN [RIVER FRONT OF THE NORTH] TODAY "
            "KILLED TWO POLICEMEN IN THE PORT, THE ARMY REPORTED.")
    events = extract_text(text, published=dt.date(1990, 5, 2))
    evidence = [e.text for event in events for e in event.evidence]
    assert any("THE RFN [RIVER FRONT OF THE NORTH] TODAY KILLED" in t for t in evidence)


def test_an_editorial_note_does_not_split_the_sentence_around_it() -> None:
    text = ("CIUDAD NUEVA, 9 JUN 90 (XNA) -- [TEXT] GUERRILLAS KILLED TWO SOLDIERS AND [WORDS INDISTINCT] "
            "ON THE NORTHERN HIGHWAY TODAY, THE ARMY REPORTED.  THE ATTACKERS FLED TO THE HILLS.")
    events = extract_text(text, published=dt.date(1990, 6, 9))
    evidence = [e.text for event in events for e in event.evidence]
    assert any("SOLDIERS AND [WORDS INDISTINCT] ON THE NORTHERN HIGHWAY" in t for t in evidence)
    assert all(not t.rstrip().endswith("[") and not t.startswith(("WORDS", "]")) for t in evidence)


def test_a_determiner_after_a_time_opens_the_noun_phrase() -> None:
    sentence = "At 0715 a rebel column ambushed an army convoy."
    tokens = [t for t in nlp.parse(sentence) if not t.is_space]
    phrases = [sentence[tokens[a].idx : tokens[b - 1].idx + len(tokens[b - 1].text)] for a, b in noun_phrases(tokens)]
    assert "rebel column" in phrases
    assert not any(p.startswith("0715") for p in phrases)


@pytest.mark.parametrize("name, wanted", [
    ("MRS ELENA MARQUEZ", "ELENA MARQUEZ"),
    ("Colonel Jorge Pastor", "Jorge Pastor"),
    ("Peruvian Luis Aranda", "Luis Aranda"),
    ("ANDRES VILLALBA'S", "ANDRES VILLALBA"),
    ("Ana Quiroga said", "Ana Quiroga"),
    ("Rosa Maria Delgado", "Rosa Maria Delgado"),
])
def test_a_name_is_trimmed_to_the_name(name: str, wanted: str) -> None:
    assert name_only(name) == wanted


def test_the_fullest_name_leaves_out_a_title_the_article_writes_before_it() -> None:
    argument = Argument("victim", "ELENA MARQUEZ", 0, 13, False, person="ELENA MARQUEZ")
    fullest_names([argument], ["MRS ELENA MARQUEZ", "ELENA MARQUEZ"])
    assert argument.person == "ELENA MARQUEZ"


@pytest.mark.parametrize("mention, group", [
    ("THE FMLN", "FMLN: Farabundo Marti National Liberation Front"),
    ("Guatemalan National Revolutionary Unity", "URNG: Guatemalan National Revolutionary Unity"),
    ("the Tupac Amaru Revolutionary Movement", "MRTA: Tupac Amaru Revolutionary Movement"),
    ("The Extraditables", "Medellin Cartel"),
    ("the Manuel Rodriguez Patriotic Front", "FPMR: Manuel Rodriguez Patriotic Front"),
])
def test_armed_groups_of_the_central_and_south_american_conflicts(mention: str, group: str) -> None:
    found = normalise_actor(mention)
    assert found is not None and found[0] == group


def test_a_month_in_a_date_stays_a_name_in_lowered_wire_copy() -> None:
    from sitrep.truecase import lowered
    assert lowered("GUERRILLAS MAY ATTACK ON 5 MAY OR MARCH 3.") == "Guerrillas may attack on 5 May or March 3."


def test_a_may_dateline_does_not_make_the_lead_sentence_a_possibility() -> None:
    text = ("SAN LUIS, 2 MAY 90 (XNA) -- GUERRILLAS TODAY KILLED TWO POLICEMEN IN THE TOWN, THE ARMY "
            "REPORTED.  THE ATTACKERS FLED.")
    events = extract_text(text, published=dt.date(1990, 5, 2))
    assert any("KILLED TWO POLICEMEN" in e.text for event in events for e in event.evidence)


def test_an_event_the_text_places_nowhere_is_in_the_datelines_country_not_its_city() -> None:
    text = ("TEGUCIGALPA, 4 MAR 90 (XNA) -- GUERRILLAS TODAY KILLED TWO PEASANTS IN THE NORTH OF THE COUNTRY, "
            "THE ARMY SAID.")
    events = extract_text(text, published=dt.date(1990, 3, 4))
    assert events and all(e.location == "Honduras" and e.country == "Honduras" for e in events)


def test_a_place_the_sentence_names_wins_over_the_dateline() -> None:
    text = "TEGUCIGALPA, 4 MAR 90 (XNA) -- GUERRILLAS TODAY KILLED TWO PEASANTS IN LA CEIBA, THE ARMY SAID."
    events = extract_text(text, published=dt.date(1990, 3, 4))
    assert events and all(e.location and e.location.upper() == "LA CEIBA" for e in events)


@pytest.mark.parametrize("sentence, instruments", [
    ("Rebels attacked the post and seized six rifles and a grenade launcher.", []),
    ("Troops clashed with rebels and captured a cache of explosives.", []),
    ("Rebels attacked the post with grenades.", ["grenades"]),
])
def test_weapons_taken_away_are_no_instrument(sentence: str, instruments: list[str]) -> None:
    from sitrep import classify
    from sitrep.arguments import find_arguments
    tokens = [t for t in nlp.parse(sentence) if not t.is_space]
    triggers = classify.event_triggers(sentence)
    found = find_arguments(tokens, sentence, 0, triggers[0][0] if triggers else None)
    assert [a.text for a in found if a.role == "instrument"] == instruments
