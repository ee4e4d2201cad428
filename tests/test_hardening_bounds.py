"""Bounds per document: long texts are parsed in chunks with the same offsets, and time is budgeted."""

from __future__ import annotations

import time

import pytest

from sitrep import nlp
from sitrep.api import extract_text
from sitrep.errors import InputError

PARAGRAPHS = [
    "Gunmen killed five villagers in Kano on Monday, police said.",
    "Soldiers clashed with militants near Maiduguri on Tuesday, leaving two soldiers dead.",
    "A roadside bomb wounded three police officers in Kaduna on Wednesday, officials said.",
]


def test_chunks_join_back_to_the_text_and_respect_the_size():
    text = "\n\n".join(PARAGRAPHS * 40) + " x" * 3000 + "y" * 900
    pieces = nlp.chunks(text, 500)
    assert "".join(pieces) == text and max(map(len, pieces)) <= 500
    assert all(piece.endswith("\n\n") for piece in pieces[:10])


def test_a_text_longer_than_spacys_max_length_is_parsed_in_chunks(monkeypatch):
    text = "\n\n".join(PARAGRAPHS * 6)
    whole = nlp.parse(text)
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 300)
    monkeypatch.setattr(nlp.load(), "max_length", 400)
    chunked = nlp.parse(text)
    assert chunked.text == text
    assert [(e.start_char, e.end_char, e.label_) for e in chunked.ents] == \
        [(e.start_char, e.end_char, e.label_) for e in whole.ents]
    assert "".join(s.text_with_ws for s in chunked.sents) == text
    [many] = list(nlp.parse_many([text]))
    assert many.text == text


def test_chunked_coding_finds_the_same_events(monkeypatch):
    text = "\n\n".join(PARAGRAPHS)
    whole = [(e.sub_event_type, e.location, e.fatalities) for e in extract_text(text, published=None)]
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 100)
    chunked = [(e.sub_event_type, e.location, e.fatalities) for e in extract_text(text, published=None)]
    assert chunked == whole and len(whole) >= 2


def test_the_time_budget_stops_a_runaway_step():
    started = time.monotonic()
    with pytest.raises(InputError, match="took over"):
        with nlp.time_budget(0.3, "this step"):
            while True:
                sum(range(1000))
    assert time.monotonic() - started < 2


def test_the_parse_budget_fails_the_document_clearly(monkeypatch):
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 100)
    monkeypatch.setattr(nlp, "PARSE_BUDGET_S", 0.0)
    with pytest.raises(InputError, match="parsing took over"):
        nlp.parse("\n\n".join(PARAGRAPHS * 3))
