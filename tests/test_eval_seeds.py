"""The golden-article checker (expected.json format) on hand-made rules and events."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.errors import EvaluationError
from sitrep.evaluation import seeds
from sitrep.schema import Claim, Event, Evidence

RULES = {
    "shabaab": "name contains 'shabaab', or is one of AS, HSM",
    "somalia_forces": "name mentions Somalia/Somali and one of military, army, forces "
                      "(ACLED: 'Military Forces of Somalia')",
    "pattern": ["^police", "gendarm"],
}

SPEC = {
    "what": "militants overrun an army base near Baidoa",
    "event_date": "2021-06-02",
    "time_precision": [1],
    "event_type": "Battles",
    "sub_event_type": ["Armed clash", "Non-state actor overtakes territory"],
    "actor1": "shabaab",
    "actor2": "somalia_forces",
    "admin1": "Bay",
    "location": "Baidoa",
    "near": {"latitude": 3.11, "longitude": 43.65, "km": 25},
    "casualties": {"killed": [4, 9]},
    "fatalities_at_most": 4,
    "claims_at_least": 2,
    "claimants": ["shahada|al-shabaab", "ministry|somali"],
    "is_background": False,
}


def battle(**changes) -> Event:
    values = dict(
        event_date="2021-06-02", time_precision=1, actor1="Al Shabaab", actor2="Military Forces of Somalia (2012-)",
        admin1="Bay", location="Baidoa", latitude=3.12, longitude=43.64, fatalities=4,
        casualties={"killed": (4, 9), "injured": None, "killed_or_injured": None},
        claims=[Claim("Shahada News", "Al Shabaab", killed=(9, 9)), Claim("Ministry of Defence", "Somalia",
                                                                          killed=(4, 4))],
        evidence=[Evidence("a.txt", 40, 120, "Militants stormed the base.")],
    )
    values.update(changes)
    return Event("ev1", "a.txt", "Battles", "Armed clash", "Political violence", **values)


@pytest.fixture(scope="module")
def rules():
    return seeds.actor_rules({"actors": RULES})


@pytest.mark.parametrize(
    ("key", "name", "expected"),
    [
        ("shabaab", "Al Shabaab", True),
        ("shabaab", "HSM", True),
        ("shabaab", "Islamic State (Somalia)", False),
        ("somalia_forces", "Military Forces of Somalia (2012-)", True),
        ("somalia_forces", "Somali army", True),
        ("somalia_forces", "Military Forces of Kenya", False),
        ("somalia_forces", "Somalia", False),
        ("pattern", "Gendarmerie of Mali", True),
        ("pattern", None, False),
    ],
)
def test_actor_rules_in_words(rules, key, name, expected):
    assert rules[key](name) is expected


def test_actor_rule_with_nested_parentheses_and_quoted_alternatives():
    rule = seeds.parse_actor_rule(
        "name contains 'civilians' and mentions Chad, or contains 'boko', 'jas' "
        "(ACLED: 'Civilians (Chad)' or 'Police Forces of Chad (2021-)')"
    )
    assert rule("Civilians (Chad)") and rule("Boko Haram - JAS") and rule("Police Forces of Chad (2021-)")
    assert not rule("Civilians (Niger)") and not rule("Military Forces of Chad")


def test_unreadable_actor_rule_is_a_clear_error():
    with pytest.raises(EvaluationError, match="actor rule"):
        seeds.parse_actor_rule("")


def test_required_event_passes_every_check(rules):
    outcome = seeds.check_required(SPEC, [battle()], rules)
    assert outcome.found and outcome.event_id == "ev1"
    assert [c.field for c in outcome.checks if not c.ok] == []


def test_required_event_reports_each_failed_field(rules):
    wrong = battle(latitude=4.0, longitude=45.0, fatalities=9, claims=[Claim("Shahada News", None)],
                   event_date="2021-06-01")
    outcome = seeds.check_required(SPEC, [battle(actor1=None, actor2=None, location="Mogadishu"), wrong], rules)
    assert outcome.found
    failed = {c.field: c for c in outcome.checks if not c.ok}
    assert set(failed) == {"event_date", "near", "fatalities_at_most", "claims_at_least", "claimants"}
    assert "km away" in failed["near"].reason and "ministry|somali" in failed["claimants"].reason


def test_required_event_not_found(rules):
    outcome = seeds.check_required(SPEC, [], rules)
    assert not outcome.found and all(c.reason == "no event" for c in outcome.checks)


def test_forbidden_rules():
    body = {"start": 30, "end": 500}
    inside, outside = battle(), battle(evidence=[Evidence("a.txt", 600, 640, "a reader comment")])
    assert seeds.check_forbidden({"rule": "evidence_outside_body"}, [inside], body).ok
    assert not seeds.check_forbidden({"rule": "evidence_outside_body"}, [inside, outside], body).ok
    old = battle(event_date="2014-05-01")
    assert not seeds.check_forbidden({"rule": "non_background_before", "date": "2021-01-01"}, [old], body).ok
    old.is_background = True
    assert seeds.check_forbidden({"rule": "non_background_before", "date": "2021-01-01"}, [old], body).ok
    recapture = Event("e2", "a.txt", "Battles", "Government regains territory", "Political violence",
                      event_date="2021-06-02")
    rule = {"rule": "background_dated_as_new", "after": "2021-05-01",
            "sub_event_types": ["Government regains territory"]}
    assert not seeds.check_forbidden(rule, [recapture], body).ok
    assert seeds.check_forbidden(rule, [battle()], body).ok
    assert not seeds.check_forbidden({"rule": "no_such_rule"}, [], body).ok


def test_evaluate_a_whole_expected_file_never_crashes(tmp_path):
    (tmp_path / "quiet.txt").write_text("The market in the old town opened at nine and closed at five.\n",
                                        encoding="utf-8")
    expected = {
        "articles": [
            {"file": "missing.txt", "published": "2021-06-03", "required": [SPEC],
             "forbidden": [{"rule": "evidence_outside_body"}]},
            {"file": "quiet.txt", "published": "2021-06-03", "body": {"start": 0, "end": 62},
             "forbidden": [{"rule": "evidence_outside_body"},
                           {"rule": "non_background_before", "date": "2021-01-01"}]},
        ],
        "actors": RULES,
    }
    path = tmp_path / "expected.json"
    path.write_text(json.dumps(expected), encoding="utf-8")
    result = seeds.evaluate(str(path))
    assert result.documents == 2
    assert result.metrics["required_events_found"] == 0.0 and result.metrics["required_fields_ok"] == 0.0
    assert result.metrics["forbidden_ok"] == 1.0
    first = result.details["articles"][0]
    assert first["error"].startswith("cannot read the article") and not first["passed"]
    assert {e.field for e in result.examples} >= {"event_type", "actor1", "near"}

    output = CliRunner().invoke(main, ["eval", "seeds", str(path), "--examples", "0"])
    assert output.exit_code == 0, output.output
    assert "FAIL missing.txt" in output.output and "required_fields_ok" in output.output


def test_articles_in_a_jsonl_feed_are_picked_by_document_id(tmp_path):
    rows = [{"id": "calm", "text": "The harvest festival drew large crowds to the river town on Sunday."},
            {"id": "other", "text": "The council met to discuss the new school budget on Monday."}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    expected = {"articles": [
        {"file": "feed.jsonl", "document_id": "calm", "published": "2022-09-05",
         "forbidden": [{"rule": "non_background_before", "date": "2022-01-01"}]},
        {"file": "feed.jsonl", "document_id": "absent", "published": "2022-09-05"},
    ]}
    (tmp_path / "expected.json").write_text(json.dumps(expected), encoding="utf-8")
    result = seeds.evaluate(str(tmp_path / "expected.json"))
    calm, absent = result.details["articles"]
    assert calm["file"] == "calm" and calm["error"] is None and calm["passed"]
    assert "no document 'absent'" in absent["error"] and not absent["passed"]


def test_expected_file_without_articles_is_a_clear_error(tmp_path):
    path = tmp_path / "expected.json"
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(EvaluationError, match="no 'articles' list"):
        seeds.evaluate(str(path))
