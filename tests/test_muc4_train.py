"""The MUC-4 train split as training data (training/muc4_train.py), on small files of our own in its layout."""

from __future__ import annotations

import json

from training.muc4_train import (GATE_ONLY_EVENT, event_sentence, muc4_documents, muc4_items, muc4_subtype,
                                 sentence_bounds)

STORY = ("gunmen shot dead a village mayor outside the town hall of el porvenir on tuesday.  "
         "the mayor had returned from a meeting with a u.s. delegation.  "
         "the town council will choose a successor next month.")
QUIET = ("the finance minister presented the new budget to congress on monday.  "
         "the opposition said it would study the figures before the vote.  "
         "coffee exports rose by a tenth over the year.  "
         "army units clashed with a column of rebels in the hills.")


def _key(kind: str, stage: str = "ACCOMPLISHED", targets: str = "CIVILIAN: \"MAYOR\"", instrument: str = "GUN") -> dict:
    return {"INCIDENT: TYPE": [kind.upper()], "INCIDENT: STAGE OF EXECUTION": [stage],
            "HUM TGT: TYPE": [targets], "INCIDENT: INSTRUMENT TYPE": [f"{instrument}: \"X\""]}


def _template(kind: str, victim_at: int | None) -> dict:
    victims = [[["a village mayor", victim_at]]] if victim_at is not None else []
    return {"incident_type": kind, "PerpInd": [[["gunmen", 0]]], "PerpOrg": [], "Target": [], "Victim": victims,
            "Weapon": []}


def _write(tmp_path, documents: list[tuple[str, str, list[tuple[dict, dict]]]]):
    with (tmp_path / "train.json").open("w", encoding="utf-8") as gtt, \
            (tmp_path / "train_full_keys.jsonl").open("w", encoding="utf-8") as keys:
        for docid, text, templates in documents:
            gtt.write(json.dumps({"docid": docid, "doctext": text, "templates": [t for t, _ in templates]}) + "\n")
            keys.write(json.dumps({"docid": docid, "text": text.upper(), "templates": [k for _, k in templates]}) + "\n")
    return tmp_path


def test_incident_types_map_to_acled_sub_types_only_where_sound() -> None:
    assert muc4_subtype(_template("kidnapping", 0), _key("kidnapping")) == "Abduction/forced disappearance"
    assert muc4_subtype(_template("bombing", 0), _key("bombing", instrument="DYNAMITE")) == "Remote explosive/landmine/IED"
    assert muc4_subtype(_template("bombing", 0), _key("bombing", instrument="GRENADE")) == "Grenade"
    assert muc4_subtype(_template("attack", 0), _key("attack")) == "Attack"
    assert muc4_subtype(_template("attack", 0), _key("attack", targets="LAW ENFORCEMENT: \"AGENTS\"")) == "Armed clash"
    assert muc4_subtype(_template("attack", 0), _key("attack", targets="CIVILIAN / ACTIVE MILITARY: \"X\"")) is None
    assert muc4_subtype(_template("attack", 0), _key("attack", targets="-", instrument="MORTAR")) == \
        "Shelling/artillery/missile attack"
    assert muc4_subtype(_template("arson", 0), _key("arson", targets="-")) == "Looting/property destruction"


def test_sentences_end_at_stops_but_not_after_initials() -> None:
    sentences = [STORY[a:b].strip() for a, b in sentence_bounds(STORY)]
    assert len(sentences) == 3 and sentences[1].endswith("delegation.")


def test_the_event_sentence_names_a_victim_and_tells_of_violence() -> None:
    victim = STORY.index("a village mayor")
    assert event_sentence(STORY, sentence_bounds(STORY), _template("attack", victim)).startswith("gunmen shot dead")
    assert event_sentence(QUIET, sentence_bounds(QUIET), _template("attack", None)) is None


def test_items_and_documents_from_a_train_split(tmp_path) -> None:
    victim = STORY.index("a village mayor")
    folder = _write(tmp_path, [
        ("T-1", STORY, [(_template("attack", victim), _key("attack"))]),
        ("T-2", STORY, [(_template("attack", victim), _key("attack", stage="THREATENED"))]),
        ("T-3", STORY, [(_template("robbery", victim), _key("robbery"))]),
        ("T-4", QUIET, []),
    ])
    items = muc4_items(folder)
    labels = {item["text"]: item["label"] for item in items}
    assert labels[STORY[:STORY.index("  ")]] == "Attack"
    non_events = sorted(text for text, label in labels.items() if label == "none")
    assert non_events == ["coffee exports rose by a tenth over the year.",
                          "the finance minister presented the new budget to congress on monday.",
                          "the opposition said it would study the figures before the vote."]
    assert GATE_ONLY_EVENT not in labels.values() and len(items) == 4
    documents = muc4_documents(folder)
    assert [(d["docid"], d["sub_event_type"]) for d in documents] == [("T-1", "Attack")]
    assert documents[0]["text"].startswith("GUNMEN SHOT DEAD")
