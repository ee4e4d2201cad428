"""Truecasing of all-caps wire copy, on dispatches we wrote in the style of 1980s agency copy."""

from __future__ import annotations

from sitrep import nlp
from sitrep.truecase import acronyms, is_all_caps, lowered, truecase

DISPATCH = (
    "SAN ISIDRO, 3 MAR 88 (XNA) -- [TEXT] UNIDENTIFIED GUNMEN TODAY ATTACKED THE HOME OF MAYOR ROBERTO "
    "ALVARENGA IN THE TOWN OF SAN ISIDRO. THE NATIONAL RESISTANCE FRONT (NRF) DENIED ANY ROLE.\n\n"
    "   POLICE SAID THE NRF HAD THREATENED ALVARENGA LAST WEEK."
)


def test_all_caps_detection_needs_enough_letters() -> None:
    assert is_all_caps(DISPATCH)
    assert not is_all_caps("Rebels attacked a police post near the border on Monday, officials said.")
    assert not is_all_caps("UN SAYS 3 DEAD")


def test_lowered_keeps_length_and_opens_sentences() -> None:
    text = lowered(DISPATCH)
    assert len(text) == len(DISPATCH)
    assert text.startswith("San isidro")
    assert "[TEXT] Unidentified gunmen" in text.replace("[text]", "[TEXT]")
    assert ". The national" in text
    assert "\n\n   Police said" in text


def test_acronyms_spelled_out_in_brackets() -> None:
    assert acronyms(DISPATCH) == frozenset({"XNA", "TEXT", "NRF"})


def test_truecase_keeps_offsets_and_restores_names() -> None:
    text = truecase(DISPATCH, nlp.parse)
    assert len(text) == len(DISPATCH)
    assert all(a.lower() == b.lower() for a, b in zip(text, DISPATCH))
    assert "unidentified gunmen today attacked the home" in text.lower() and "gunmen today attacked the home" in text
    assert "the NRF had" in text
    assert "Alvarenga" in text


def test_ordinary_text_is_left_alone() -> None:
    text = "Rebels attacked a police post near the border on Monday, officials said."
    assert truecase(text, nlp.parse) is text
