"""Every cue of the pattern file is exercised by a sentence the team wrote, and says what it encodes.

A cue that fires on no sentence of our own was either written for a document we never saw in
the fixture or is dead weight; either way it must get a test sentence (tests/fixtures/
classify_sentences.tsv) or go. A cue line without a comment above it does not say which
codebook rule or grammatical pattern it encodes.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

import pytest

from sitrep.classify import Cue, load_patterns, parse_patterns

FIXTURE = Path(__file__).with_name("fixtures") / "classify_sentences.tsv"
PATTERN_TEXT = importlib.resources.files("sitrep").joinpath("data/event_patterns.tsv").read_text(encoding="utf-8")


def _sentences() -> list[str]:
    """The sentences of the fixture (second column), comments skipped."""
    return [line.split("\t", 1)[1] for line in FIXTURE.read_text(encoding="utf-8").splitlines()
            if "\t" in line and not line.startswith("#")]


SENTENCES = _sentences()
CUES = load_patterns().cues


def _fires(cue: Cue, sentence: str) -> bool:
    """Whether the cue's regex matches the sentence and the word list it needs is present."""
    if not cue.pattern.search(sentence):
        return False
    return cue.needs is None or bool(load_patterns().lists[cue.needs].search(sentence))


@pytest.mark.parametrize("cue", CUES, ids=[f"line{cue.line}-{cue.sub_type}" for cue in CUES])
def test_every_cue_fires_on_a_sentence_of_our_own(cue: Cue) -> None:
    assert any(_fires(cue, sentence) for sentence in SENTENCES), (
        f"event_patterns.tsv line {cue.line} ({cue.sub_type}) fires on no sentence of {FIXTURE.name}")


def test_every_cue_and_word_list_line_has_a_comment_saying_what_it_encodes() -> None:
    lines = PATTERN_TEXT.splitlines()
    bare = [number for number, line in enumerate(lines, start=1)
            if line.strip() and not line.startswith("#") and not lines[number - 2].startswith("#")]
    assert bare == [], f"rule lines without a comment line above them: {bare}"


def test_the_coverage_check_can_fail() -> None:
    patterns = parse_patterns("Arrests\t0.9\tzzqx-never-written")
    assert not any(_fires(patterns.cues[0], sentence) for sentence in SENTENCES)
