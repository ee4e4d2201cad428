"""Event typing on sentences we wrote (golden sub-types) and the CASE 2021 scorer on hand-made pairs."""

from __future__ import annotations

import re

import subprocess
import sys
from pathlib import Path

import pytest

from sitrep import classify
from sitrep.errors import EvaluationError
from sitrep.evaluation import case2021
from sitrep.taxonomy import ALL_SUB_EVENT_TYPES

FIXTURES = Path(__file__).parent / "fixtures"


def _golden_sentences() -> list[tuple[str, str]]:
    """(expected sub-type or '-', sentence) rows of the golden fixture."""
    rows = []
    for line in (FIXTURES / "classify_sentences.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            expected, sentence = line.split("\t")
            rows.append((expected, sentence))
    return rows


GOLDEN = _golden_sentences()


@pytest.mark.parametrize(("expected", "sentence"), GOLDEN, ids=[s[:40] for _, s in GOLDEN])
def test_golden_sentence_gets_expected_best_type(expected, sentence):
    ranked = classify.classify(sentence)
    if expected == "-":
        assert ranked == []
    else:
        assert ranked, f"no event found in: {sentence}"
        assert ranked[0][0] == expected, ranked


def test_golden_fixture_covers_every_sub_type_but_other():
    covered = {expected for expected, _ in GOLDEN}
    assert set(ALL_SUB_EVENT_TYPES) - {"Other"} <= covered


def test_scores_are_probabilities_best_first():
    for _, sentence in GOLDEN:
        ranked = classify.classify(sentence)
        scores = [score for _, score in ranked]
        assert all(0.0 < score <= 1.0 for score in scores)
        assert scores == sorted(scores, reverse=True)
        assert all(sub in ALL_SUB_EVENT_TYPES for sub, _ in ranked)


def test_an_arrival_alone_is_no_event():
    """Codebook 'Change to group/activity' is an armed group's deployment, recruitment or movement of forces: people
    arriving, training or reaching a place report no event (deploying and sending troops still do)."""
    assert classify.classify("Families of fighters arrived in the town on Sunday.") == []
    assert classify.classify("The delegation reached the county headquarters after a long drive.") == []
    assert classify.classify("The army deployed two battalions to the border on Sunday.")[0][0] == "Change to group/activity"


@pytest.mark.parametrize(
    "sentence",
    [
        "No clashes were reported in the city on Friday.",
        "The rebels threatened to attack the town if their demands were not met.",
        "The militia has controlled the valley for years.",
    ],
)
def test_negated_hedged_or_historical_events_are_not_reported(sentence):
    assert classify.classify(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected", "not_best"),
    [
        ("A suicide car bomb exploded at the gate of the base.", "Suicide bomb", "Remote explosive/landmine/IED"),
        ("Air defences intercepted a ballistic missile over the city.", "Disrupted weapons use",
         "Shelling/artillery/missile attack"),
        ("Police shot dead four protesters during the march.", "Excessive force against protesters", "Attack"),
        ("An air strike on the market killed twelve civilians.", "Air/drone strike", "Attack"),
        ("Insurgents recaptured the village from the army on Sunday.", "Non-state actor overtakes territory",
         "Government regains territory"),
        ("Soldiers seized a cache of grenades and mortar rounds near the border.", "Disrupted weapons use",
         "Grenade"),
    ],
)
def test_codebook_priorities_between_competing_cues(sentence, expected, not_best):
    ranked = dict(classify.classify(sentence))
    assert max(ranked, key=ranked.__getitem__) == expected, ranked
    assert ranked.get(not_best, 0.0) < ranked[expected]


def test_event_triggers_point_at_the_cue_words():
    sentence = "Early on Tuesday, militants stormed an army checkpoint near the town, killing two soldiers."
    triggers = classify.event_triggers(sentence)
    reported = {sub for sub, _ in classify.classify(sentence)}
    assert triggers
    assert [t[0] for t in triggers] == sorted(t[0] for t in triggers)
    assert all(sub in reported for _, _, sub in triggers)
    start, end, sub = triggers[0]
    assert sentence[start:end] == "stormed an army checkpoint"
    assert sub == "Armed clash"


def test_event_triggers_in_a_sentence_mixing_two_events():
    sentence = "Gunmen abducted three teachers after an air strike hit the school."
    subs = {sub for _, _, sub in classify.event_triggers(sentence)}
    assert {"Abduction/forced disappearance", "Air/drone strike"} <= subs


def test_explain_lists_the_cues_that_fired():
    hits = classify.explain("A roadside bomb struck an army convoy near Gao.")
    assert any(h.sub_type == "Remote explosive/landmine/IED" and h.text == "roadside bomb" for h in hits)
    assert all(0 < h.weight <= 1 for h in hits)


def test_empty_and_bad_input():
    assert classify.classify("") == []
    assert classify.classify("   \n") == []
    assert classify.event_triggers("") == []
    with pytest.raises(TypeError):
        classify.classify(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        classify.event_triggers(b"bytes")  # type: ignore[arg-type]


def test_pattern_file_errors_are_clear():
    with pytest.raises(ValueError, match="unknown sub-event type"):
        classify.parse_patterns("Battle of wits\t0.5\tclash")
    with pytest.raises(ValueError, match="tab-separated"):
        classify.parse_patterns("Armed clash 0.5 clash")
    with pytest.raises(ValueError, match="unknown word list"):
        classify.parse_patterns("Armed clash\t0.5\t{nowhere} clash")
    with pytest.raises(ValueError, match="line 1"):
        classify.parse_patterns("Armed clash\tstrong\tclash")
    with pytest.raises(ValueError, match="line 2"):
        classify.parse_patterns("# comment\nArmed clash\t0.5\tclash(")
    with pytest.raises(ValueError, match="not in"):
        classify.parse_patterns("Armed clash\t1.5\tclash")


def test_pattern_file_macros_and_needs():
    patterns = classify.parse_patterns(
        "@crowd\t0\tcrowds?|marchers\nProtest with intervention\t0.8\ttear gas\t@crowd\n"
        "Arrests\t0.9\tarrested {crowd}\n"
    )
    assert [c.sub_type for c in patterns.cues] == ["Protest with intervention", "Arrests"]
    assert patterns.cues[0].needs == "crowd"
    assert patterns.cues[1].pattern.search("police arrested marchers")


def test_importing_classify_loads_no_patterns():
    code = "import sitrep.classify as c; print(c.load_patterns.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_f1_scores_on_hand_made_pairs():
    gold = ["A", "A", "B", "C"]
    predicted = ["A", "B", "B", case2021.NO_EVENT]
    metrics = case2021.f1_scores(gold, predicted)
    assert metrics["accuracy"] == pytest.approx(0.5)
    assert metrics["micro_f1"] == pytest.approx(4 / 7)
    assert metrics["macro_f1"] == pytest.approx(4 / 9)
    assert metrics["weighted_f1"] == pytest.approx(0.5)


def test_f1_scores_perfect_and_empty():
    assert case2021.f1_scores(["A", "B"], ["A", "B"]) == {
        "micro_f1": 1.0, "macro_f1": 1.0, "weighted_f1": 1.0, "accuracy": 1.0,
    }
    assert case2021.f1_scores([], [])["weighted_f1"] == 0.0
    with pytest.raises(ValueError):
        case2021.f1_scores(["A"], [])


def test_f1_counts_predicted_label_absent_from_gold():
    metrics = case2021.f1_scores(["A", "A"], ["A", "B"])
    assert metrics["macro_f1"] == pytest.approx((2 / 3 + 0) / 2)
    assert metrics["weighted_f1"] == pytest.approx(2 / 3)


def test_evaluate_on_a_tiny_corpus(tmp_path):
    corpus = tmp_path / "tiny.tsv"
    corpus.write_text(
        "id\tEventSnippet\tSubType\n"
        "1\tA roadside bomb hit a police pickup near the market, killing two officers.\tREM_EXPLOS\n"
        "2\tHundreds of nurses marched to the health ministry demanding overdue pay.\tPEACE_PROTEST\n"
        "3\tThe commission will publish its annual report next spring.\tARREST\n",
        encoding="utf-8",
    )
    result = case2021.evaluate(corpus)
    assert result.documents == 3
    assert result.metrics["accuracy"] == pytest.approx(2 / 3)
    assert result.details["confusion"]["Arrests"] == {case2021.NO_EVENT: 1}
    assert result.details["confusion"]["Peaceful protest"] == {"Peaceful protest": 1}
    assert "weighted_f1" in result.reference
    assert [e.gold for e in result.examples] == ["Arrests"]
    assert case2021.evaluate(corpus, limit=1).documents == 1


def test_evaluate_rejects_unknown_labels_and_missing_files(tmp_path):
    corpus = tmp_path / "bad.tsv"
    corpus.write_text("id\tEventSnippet\tSubType\n1\tSome text.\tPICNIC\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="unknown CASE 2021 label"):
        case2021.evaluate(corpus)
    with pytest.raises(EvaluationError, match="cannot read"):
        case2021.evaluate(tmp_path / "missing.tsv")


def test_history_in_a_clause_of_its_own_does_not_discount_the_news():
    from sitrep.classify import classify

    assert classify("Both sides agreed on Monday to reopen the bridge, a crossing closed since 2016.")[0][0] == "Agreement"
    assert classify("Militants have attacked the town since 2016.") == []


def test_the_prefilter_never_skips_a_cue_that_matches():
    from pathlib import Path

    from sitrep.classify import _may_match, _openings, load_patterns, match_starts

    assert match_starts(re.compile(r"\b(?:(?:sulfur )?mustard|gas attacks?)\b", re.IGNORECASE)) == ("gas", "mus", "sul")
    assert match_starts(re.compile(r"\b(?:\w+ fire|shelling)\b")) is None
    sentences = [line.split("\t", 1)[1] for line in
                 Path(__file__).with_name("fixtures").joinpath("classify_sentences.tsv").read_text().splitlines()
                 if "\t" in line and not line.startswith("#")]
    patterns = load_patterns()
    checked = 0
    for sentence in sentences:
        openings = _openings(sentence)
        for cue in patterns.cues:
            if cue.pattern.search(sentence):
                checked += 1
                assert _may_match(cue.starts, openings), (cue.line, sentence)
    assert checked > 100


@pytest.mark.parametrize("text", [
    "Nurses marched in Kisumu after a colleague was shot dead at a clinic.",
    "Pupils formed human chains against the abduction of two classmates.",
    "Traders held a protest against the prior clash between hawkers and council guards.",
])
def test_harm_named_as_what_a_protest_is_about_is_not_the_event(text):
    assert classify.classify(text)[0][0] == "Peaceful protest"


def test_a_protest_whose_own_crowd_turns_violent_is_still_a_violent_demonstration():
    assert classify.classify("A march against the land sale turns violent in Voi.")[0][0] == "Violent demonstration"
    assert classify.classify("People demonstrating against the count burned tyres in Bante.")[0][0] == "Violent demonstration"


def test_present_tense_exchange_of_fire_and_disrupted_rally():
    assert classify.classify("Two militias exchange fire over a water point.")[0][0] == "Armed clash"
    assert classify.classify("Armed youths disrupt an opposition rally in the market.")[0][0] == "Mob violence"


def test_harm_told_in_another_clause_after_a_protest_is_still_an_event():
    text = ("A day after police broke up a march against the new levy, the opposition party said that three of "
            "its organisers had been abducted from their homes.")
    assert classify.classify(text)[0][0] == "Abduction/forced disappearance"


@pytest.mark.parametrize("text", ["Cattle rustlers shoot two herders near Kapedo.", "Gunmen kill a chief in Wajir."])
def test_a_present_tense_headline_with_an_armed_subject_reports_an_attack(text):
    assert classify.classify(text)[0][0] == "Attack"


def test_a_bare_present_verb_after_anyone_else_is_not_an_event():
    assert classify.classify("Hunger and disease kill thousands each year.") == []


def test_intercepting_people_or_vehicles_is_not_disrupted_weapons_use():
    assert classify.classify("Air defences intercepted two rockets over the port.")[0][0] == "Disrupted weapons use"
    assert all(sub != "Disrupted weapons use" for sub, _ in classify.classify("Youths intercepted a bus of rival supporters."))
