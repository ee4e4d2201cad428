"""Speed work changes no output: spaCy runs in two steps with the same annotations, a document
that can report no event skips the costly step and still codes nothing, and the fast scans of
weapon words and event cues find exactly what a plain regex scan finds."""

from __future__ import annotations

import re

from sitrep import classify, nlp, weapons
from sitrep.api import extract_documents, extract_text
from sitrep.extract import analysed_text, may_report_events
from sitrep.sources import read_text

EVENT_REPORT = (
    "Gunmen killed five villagers in Gwoza on Monday, police said. The attackers, who arrived on motorcycles, "
    "burned houses before fleeing towards the forest.\n\nResidents said soldiers arrived two hours later."
)
QUIET_REPORT = (
    "The finance minister presented the budget to parliament on Tuesday. Lawmakers will debate it next week, "
    "and the central bank expects growth of four percent.\n\nMarkets in Lagos closed slightly higher."
)
SENTENCES = [
    "Militants fired mortar shells and rockets at the base, then opened fire with AK-47s and heavy machine guns.",
    "Police used tear gas and rubber bullets; protesters threw stones, petrol bombs and a hand grenade.",
    "A car bomb and two IEDs exploded near the market; the SVBIED was defused, officials said.",
    "ſhelling and knives: the long s is matched as an s when case is ignored, so this text takes the slow path.",
    "İNSURGENTS ATTACKED the town and SOLDIERS RETOOK İT after clashes that killed 12.",
    "Mobs set fire to shops, torched cars and burned out the depot with machetes and iron bars.",
    "The army recaptured Gwoza from Boko Haram after heavy fighting; drones struck militants’ positions.",
    "Demonstrators marched in Dhaka; police dispersed the rally and arrested 30 people.",
    "No clashes were reported, but the rebels threatened to attack the airport.",
]


def _annotations(doc):
    return ([(t.text, t.tag_, t.is_sent_start, t.ent_iob_, t.ent_type_) for t in doc],
            [(e.start_char, e.end_char, e.label_) for e in doc.ents], [s.text for s in doc.sents])


def test_segmenting_then_annotating_gives_what_one_parse_gives():
    whole = nlp.parse(EVENT_REPORT)
    segmented = nlp.segment(EVENT_REPORT)
    assert [s.text for s in segmented.sents] == [s.text for s in whole.sents]
    assert not segmented.ents and not any(t.tag_ for t in segmented)
    assert _annotations(nlp.annotate(segmented)) == _annotations(whole)
    assert nlp.text_of(segmented) == EVENT_REPORT


def test_a_document_that_can_report_no_event_is_never_tagged_and_codes_nothing():
    quiet = read_text(QUIET_REPORT, document_id="quiet")
    report = read_text(EVENT_REPORT, document_id="report")
    quiet_doc, report_doc = nlp.segment_many([analysed_text(quiet), analysed_text(report)])
    assert not may_report_events(quiet, quiet_doc)
    assert may_report_events(report, report_doc)
    coded = dict((document.id, events) for document, events in extract_documents([quiet, report]))
    assert coded["quiet"] == [] and extract_text(QUIET_REPORT) == []
    assert [e.sub_event_type for e in coded["report"]] == [e.sub_event_type for e in extract_text(EVENT_REPORT)]
    assert coded["report"][0].location == "Gwoza"


def test_weapon_words_are_found_as_one_plain_scan_finds_them():
    pattern, _, kinds = weapons._matcher()
    for sentence in SENTENCES:
        plain = [(kinds[int(m.lastgroup[1:])], m.start(), m.end()) for m in pattern.finditer(sentence)]
        assert [(kind, span.start, span.end) for kind, span in weapons.find_weapons(sentence)] == plain, sentence
    assert len(weapons.find_weapons(SENTENCES[0])) >= 5


def test_event_cues_are_found_as_a_plain_scan_finds_them():
    patterns = classify.load_patterns()
    tried = 0
    for sentence in SENTENCES:
        context = classify._context(sentence, patterns)
        for cue in patterns.cues:
            plain = [(m.start(), m.end()) for m in cue.pattern.finditer(sentence)]
            if classify._may_match(cue.starts, context.openings):
                fast = [(m.start(), m.end()) for m in classify._matches(cue.pattern, cue.starts, context)]
                assert fast == plain, (cue.line, sentence)
                tried += bool(plain)
            elif context.positions_exact:
                assert plain == [], (cue.line, sentence)
    assert tried > 10
    assert not classify._context(SENTENCES[3], patterns).positions_exact
    assert classify._context(SENTENCES[6], patterns).positions_exact


def test_a_cue_beginning_with_a_letter_of_unusual_case_is_always_scanned():
    assert classify.match_starts(re.compile(r"\b(?:ſhell|shot)\b", re.IGNORECASE)) is None
    assert classify.match_starts(re.compile(r"\b(?:shell|shot)\b", re.IGNORECASE)) == ("sh",)


def test_all_caps_copy_is_truecased_with_one_parse_per_document(monkeypatch):
    from sitrep import extract

    wire = ("GUNMEN KILLED FOUR FARMERS IN THE VILLAGE OF KONDUGA ON FRIDAY, A LOCAL OFFICIAL SAID. "
            "THE ATTACKERS ESCAPED ON MOTORCYCLES, RESIDENTS SAID.")
    calls = []
    parse = nlp.parse
    monkeypatch.setattr(nlp, "parse", lambda text: calls.append(text) or parse(text))
    extract._analysed_short_text.cache_clear()
    [(_, events)] = list(extract_documents([read_text(wire, document_id="wire")]))
    assert len(calls) == 1 and calls[0].startswith("Gunmen killed")
    assert [e.location for e in events] == ["Konduga"]
