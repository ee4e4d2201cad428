"""The evaluation scorers on tiny hand-made gold/prediction pairs whose right answers are known."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.errors import EvaluationError
from sitrep.evaluation import ErrorExample, EvalResult
from sitrep.evaluation import acled, arguments, gate, muc4, report, seeds, split
from sitrep.schema import Argument, Event, Evidence


def template(kind: str, **roles: list[list[str]]) -> dict:
    return {"incident_type": kind, **{role: roles.get(role, []) for role in muc4.ROLES}}


def event(sub_type: str = "Attack", event_type: str = "Violence against civilians", **values) -> Event:
    return Event("e1", "d1", event_type, sub_type, "Political violence", **values)


# --- the GTT template metric ------------------------------------------------------------------------


GOLD = {
    "doc1": [
        template("attack", PerpInd=[["gunmen", "armed men"]], Target=[["the town hall"]], Victim=[["mayor ruiz"]]),
        template("bombing / attack", PerpOrg=[["liberation front", "lf"]], Weapon=[["car bomb", "bomb"]]),
    ]
}


def test_gtt_perfect_prediction_scores_one():
    score = muc4.gtt_score(GOLD, GOLD)
    assert score.micro.f1 == pytest.approx(1.0)
    assert (score.micro.p_num, score.micro.p_den) == (7, 7)


def test_gtt_no_templates_predicted_has_zero_recall_and_no_precision_penalty():
    score = muc4.gtt_score({"doc1": []}, GOLD)
    assert (score.micro.p_num, score.micro.p_den, score.micro.r_num, score.micro.r_den) == (0, 0, 0, 7)
    assert score.micro.f1 == 0.0


def test_gtt_missing_document_counts_as_nothing_predicted():
    gold = {**GOLD, "doc2": [template("kidnapping", Victim=[["priest"]])]}
    score = muc4.gtt_score(GOLD, gold)
    assert score.micro.r_den == 9 and score.micro.r_num == 7
    assert score.micro.f1 == pytest.approx(2 * (7 / 9) / (1 + 7 / 9))


def test_gtt_normalises_mentions_and_accepts_any_mention_of_the_cluster():
    pred = {"doc1": [template("attack", PerpInd=[["ARMED MEN"]], Target=[["Town Hall"]])]}
    score = muc4.gtt_score(pred, GOLD)
    # incident type + 2 fillers: all 3 predictions right; recall 3 of 7
    assert (score.micro.p_num, score.micro.p_den, score.micro.r_num, score.micro.r_den) == (3, 3, 3, 7)


def test_gtt_duplicate_predicted_entities_each_count_in_precision():
    pred = {"doc1": [template("attack", PerpInd=[["gunmen"], ["gunmen"]])]}
    score = muc4.gtt_score(pred, GOLD)
    assert score.roles["PerpInd"].p_num == 2 and score.roles["PerpInd"].p_den == 2
    assert score.roles["PerpInd"].r_num == 1


def test_adapter_removes_duplicate_mentions_before_scoring():
    arguments_ = [Argument("attacker", "GUNMEN", 0, 6), Argument("attacker", "gunmen", 30, 36),
                  Argument("victim", "mayor Ruiz", 40, 50, person="Ana Ruiz")]
    built = muc4.event_template(event(arguments=arguments_))
    assert built == template("attack", PerpInd=[["GUNMEN"]], Victim=[["Ana Ruiz"]])


def test_adapter_puts_named_groups_in_perporg_and_descriptions_in_perpind():
    arguments_ = [Argument("attacker", "ELN", 0, 3, organization=True),
                  Argument("attacker", "URBAN GUERRILLAS", 10, 26, organization=True)]
    built = muc4.event_template(event(arguments=arguments_))
    assert built["PerpOrg"] == [["ELN"]] and built["PerpInd"] == [["URBAN GUERRILLAS"]]


def test_gtt_incident_type_must_match_and_substring_counts():
    wrong_type = {"doc1": [template("kidnapping", PerpInd=[["gunmen"]])]}
    score = muc4.gtt_score(wrong_type, GOLD)
    assert score.micro.p_num == 0 and score.micro.p_den == 2
    bombing_as_attack = {"doc1": [template("attack", PerpOrg=[["lf"]])]}
    score = muc4.gtt_score(bombing_as_attack, {"doc1": [GOLD["doc1"][1]]})
    assert score.roles["PerpOrg"].p_num == 1 and score.roles["incident_type"].p_num == 1


def test_gtt_chooses_the_alignment_with_the_best_f1():
    pred = {"doc1": [template("attack", PerpOrg=[["liberation front"]], Weapon=[["bomb"]]),
                     template("attack", Victim=[["mayor ruiz"]])]}
    score = muc4.gtt_score(pred, GOLD)
    assert score.alignments["doc1"] == {0: 1, 1: 0}
    assert score.micro.p_num == 5


def test_gtt_aligns_large_documents_greedily():
    many = [template("attack", PerpInd=[[f"gunman {n}"]]) for n in range(8)]
    score = muc4.gtt_score({"doc": list(reversed(many))}, {"doc": many})
    assert score.micro.f1 == pytest.approx(1.0)
    assert score.alignments["doc"] == {p: 7 - p for p in range(8)}


def test_gtt_predicted_cluster_must_be_inside_the_gold_cluster():
    pred = {"doc1": [template("attack", PerpInd=[["gunmen", "soldiers"]])]}
    assert muc4.gtt_score(pred, GOLD).roles["PerpInd"].p_num == 0


@pytest.mark.parametrize(
    ("sub_type", "event_type", "extra", "expected"),
    [
        ("Armed clash", "Battles", {"actor2": "Military Forces of Peru", "inter1": 2, "inter2": 1}, "attack"),
        ("Armed clash", "Battles", {"actor2": "Shining Path", "inter1": 1, "inter2": 2}, None),
        ("Disrupted weapons use", "Strategic developments", {"weapons": ["explosive device"]}, "bombing"),
        ("Disrupted weapons use", "Strategic developments", {"weapons": ["small arms"]}, None),
        ("Armed clash", "Battles", {"actor1": "Shining Path", "inter1": 2}, "attack"),
        ("Remote explosive/landmine/IED", "Explosions/Remote violence", {}, "bombing"),
        ("Air/drone strike", "Explosions/Remote violence", {"inter2": 7}, "attack"),
        ("Air/drone strike", "Explosions/Remote violence", {"inter2": 2}, None),
        ("Shelling/artillery/missile attack", "Explosions/Remote violence", {}, None),
        ("Abduction/forced disappearance", "Violence against civilians", {}, "kidnapping"),
        ("Looting/property destruction", "Strategic developments",
         {"evidence": [Evidence("d", 0, 30, "Rebels set fire to two buses.")]}, "arson"),
        ("Looting/property destruction", "Strategic developments",
         {"evidence": [Evidence("d", 0, 40, "Gunmen robbed a bank branch in Quito.")]}, "robbery"),
        ("Looting/property destruction", "Strategic developments",
         {"evidence": [Evidence("d", 0, 40, "Rebels destroyed a power pylon.")]}, "attack"),
        ("Peaceful protest", "Protests", {}, None),
        ("Armed clash", "Battles", {"actor1": "Shining Path", "inter1": 2, "weapons": ["explosive device"]}, "bombing"),
        ("Mob violence", "Riots", {}, "attack"),
        ("Armed clash", "Battles", {"actor2": "Police Forces of Peru", "inter2": 1}, "attack"),
        ("Armed clash", "Battles", {"actor1": "Military Forces of Peru", "inter1": 1, "actor2": "Shining Path",
                                    "inter2": 2}, None),
        ("Attack", "Violence against civilians", {"weapons": ["grenade", "small arms"]}, "attack"),
    ],
)
def test_incident_type_mapping(sub_type, event_type, extra, expected):
    assert muc4.incident_type(event(sub_type, event_type, **extra)) == expected


def test_adapter_keeps_state_forces_civilians_and_aircraft_out_of_muc_roles():
    arguments_ = [Argument("attacker", "the army", 0, 8, organization=True),
                  Argument("attacker", "villagers", 10, 19),
                  Argument("attacker", "ELN", 20, 23, organization=True),
                  Argument("instrument", "helicopters", 30, 41), Argument("instrument", "dynamite", 50, 58),
                  Argument("target", "the police", 60, 70, organization=True), Argument("target", "a bus", 80, 85),
                  Argument("victim", "three peasants", 90, 104),
                  Argument("victim", "Rosa Diaz", 110, 119, person="Rosa Diaz")]
    built = muc4.event_template(event(arguments=arguments_))
    assert built == template("attack", PerpOrg=[["ELN"]], Weapon=[["dynamite"]], Target=[["a bus"]],
                             Victim=[["Rosa Diaz"]])


def test_one_template_per_incident_type_place_and_day():
    def attack(victim: str, **values) -> Event:
        return event(arguments=[Argument("victim", victim, 0, len(victim), person=victim)], **values)

    same_day = [attack("Ana Gil", location="Lima", event_date="1990-01-02"), attack("Luis Paz"),
                attack("Eva Soto", location="Lima", event_date="1990-01-02")]
    templates, sources = muc4.document_templates(same_day)
    assert len(templates) == 1 and templates[0]["Victim"] == [["Ana Gil"], ["Luis Paz"], ["Eva Soto"]]
    elsewhere = same_day + [attack("Rui Lobo", location="Cuzco", event_date="1990-01-02")]
    assert len(muc4.document_templates(elsewhere)[0]) == 2


def test_victims_are_the_people_sitrep_found_named_under_their_fullest_name():
    arguments_ = [Argument("victim", "THE MAYOR", 0, 9), Argument("victim", "SALVADORANS", 10, 21),
                  Argument("victim", "ALVARADO", 80, 88, person="MARIO ALVARADO")]
    assert muc4.event_template(event(arguments=arguments_))["Victim"] == [["MARIO ALVARADO"]]

def test_the_place_of_a_shooting_is_no_target_but_a_bombed_place_is():
    sentence = "Gunmen killed two judges at the airport and burned a truck."
    told = [Evidence("d1", 100, 100 + len(sentence), sentence)]
    arguments_ = [Argument("target", word, 100 + sentence.index(word), 100 + sentence.index(word) + len(word))
                  for word in ("airport", "truck")]
    assert muc4.event_template(event(arguments=arguments_, evidence=told))["Target"] == [["truck"]]
    bombing = event("Remote explosive/landmine/IED", "Explosions/Remote violence", arguments=arguments_, evidence=told)
    assert muc4.event_template(bombing)["Target"] == [["airport"], ["truck"]]
    kidnapping = event("Abduction/forced disappearance", arguments=arguments_, evidence=told)
    assert muc4.event_template(kidnapping)["Target"] == []


def test_target_counts_go_to_the_number_slot_not_the_id():
    arguments_ = [Argument("target", "THREE BUSES", 0, 11), Argument("target", "20 SHOPS", 20, 28),
                  Argument("target", "PROPERTY OF THE MAYOR", 30, 51)]
    built = muc4.event_template(event(arguments=arguments_))
    assert built["Target"] == [["BUSES"], ["SHOPS"], ["PROPERTY OF THE MAYOR"]]


def test_attack_told_with_dynamite_in_another_sentence_is_a_bombing():
    raid = event(arguments=[Argument("attacker", "TERRORISTS", 0, 10)])
    charge = event(arguments=[Argument("instrument", "DYNAMITE", 40, 48)])
    templates, _ = muc4.document_templates([raid, charge])
    assert [t["incident_type"] for t in templates] == ["bombing"]
    rifles = event(arguments=[Argument("instrument", "RIFLES", 40, 46)])
    assert muc4.document_templates([raid, rifles])[0][0]["incident_type"] == "attack"


def test_a_bombing_keeps_its_explosives_as_instruments_and_a_kidnapping_none():
    weapons = [Argument("instrument", w, 10 * k, 10 * k + len(w))
               for k, w in enumerate(["DYNAMITE", "RIFLES", "STONES"])]
    bombing = event("Remote explosive/landmine/IED", "Explosions/Remote violence", arguments=weapons)
    assert muc4.document_templates([bombing])[0][0]["Weapon"] == [["DYNAMITE"]]
    shooting = event(arguments=weapons[1:])
    assert muc4.document_templates([shooting])[0][0]["Weapon"] == [["RIFLES"]]
    kidnapping = event("Abduction/forced disappearance", arguments=weapons[1:2])
    assert muc4.document_templates([kidnapping])[0][0]["Weapon"] == []


def test_full_key_slots_are_read():
    key = {
        "INCIDENT: DATE": ["- 21 NOV 89"],
        "INCIDENT: LOCATION": ["PERU: CUSCO (DEPARTMENT): SICUANI (CITY)"],
        "INCIDENT: TYPE": ["BOMBING"],
        "PERP: INDIVIDUAL ID": ['"TERRORISTS" / "ATTACKERS"'],
        "PHYS TGT: ID": ['"\\"EL SOL\\" HOTEL" / "HOTEL"'],
        "HUM TGT: NAME": ["-"],
        "HUM TGT: EFFECT OF INCIDENT": ['DEATH: "GUARD"', 'INJURY: "WAITERS"'],
        "HUM TGT: NUMBER": ['1: "GUARD"', '3: "WAITERS"'],
    }
    assert muc4.parse_key_date(key["INCIDENT: DATE"][0]) == (None, "1989-11-21")
    assert muc4.parse_key_date("10 JAN 90 - 12 JAN 90") == ("1990-01-10", "1990-01-12")
    assert muc4.key_places(key["INCIDENT: LOCATION"][0]) == ["peru", "cusco", "sicuani"]
    assert muc4.key_count(key, "DEATH") == 1 and muc4.key_count(key, "INJURY") == 3
    assert muc4.template_from_full_key(key) == template(
        "bombing", PerpInd=[["TERRORISTS", "ATTACKERS"]], Target=[['"EL SOL" HOTEL', "HOTEL"]])
    right = event(event_date="1989-11-19", location="Sicuani", fatalities=1,
                  casualties={"killed": (1, 1), "injured": (3, 3), "killed_or_injured": None})
    assert {k: v[0] for k, v in muc4.full_key_checks(right, key).items()} == {
        "date": True, "location": True, "deaths": True, "injuries": True}
    assert all(not ok for ok, _, _ in muc4.full_key_checks(None, key).values())


# --- ACLED -----------------------------------------------------------------------------------------------


ROW = {
    "event_date": "14 March 2021", "event_type": "Violence against civilians", "sub_event_type": "Attack",
    "actor1": "Unidentified Armed Group (Benin)", "actor2": "Civilians (Benin)", "admin1": "Alibori",
    "location": "Kandi", "latitude": "11.1342", "longitude": "2.9386", "fatalities": "2",
    "notes": "On 14 March 2021, gunmen killed three herders near Kandi (Kandi, Alibori). "
             "Local officials later said two of them died.",
}


def test_acled_fields_all_right():
    predicted = event(actor1="Civilians (Benin)", actor2="Unidentified Armed Group (Benin)", admin1="Alibori",
                      location="Kandi", latitude=11.2, longitude=2.9, event_date="2021-03-14", fatalities=2)
    checks = acled.field_checks(predicted, ROW)
    assert {name: ok for name, (ok, _, _) in checks.items()} == dict.fromkeys(acled.FIELDS, True)


def test_acled_fatalities_are_the_coded_count_or_one_a_source_is_said_to_give():
    row = {**ROW, "fatalities": "1", "notes": "On 14 March 2021, gunmen killed three herders near Kandi. "
                                              "The mayor said two died; residents put the toll at 5."}
    assert acled.attributed_death_counts(row["notes"]) == {2}
    verdicts = {n: acled.field_checks(event(fatalities=n), row)["fatalities"][0] for n in (1, 2, 3, 5)}
    assert verdicts == {1: True, 2: True, 3: False, 5: False}
    assert acled.attributed_death_counts("Police reported 4 people killed. 3 dead, according to a local NGO.") == {
        4, 3}


def test_acled_export_without_actor2_checks_actor1_is_one_of_the_pair():
    row = {k: v for k, v in ROW.items() if k != "actor2"}
    assert acled.field_checks(event(actor1="Civilians (Benin)", actor2="Unidentified Armed Group (Benin)"),
                              row)["actors"][0]
    assert not acled.field_checks(event(actor1="Civilians (Benin)"), row)["actors"][0]
    assert acled.acled_date("10-Mar-24") == "2024-03-10" and acled.acled_date("12-03-19") == "2019-03-12"


def test_acled_location_beyond_50_km_and_unreported_toll_are_wrong():
    predicted = event(latitude=12.0, longitude=3.5, fatalities=7, event_date="2021-03-15")
    checks = acled.field_checks(predicted, ROW)
    assert not checks["location"][0] and not checks["fatalities"][0] and not checks["event_date"][0]
    assert not checks["actors"][0] and not checks["admin1"][0]


def test_acled_notes_that_name_no_place_or_year_are_counted_apart():
    assert acled.note_evidence(ROW) == {"place_named": True, "year_stated": True}
    bare = {**ROW, "notes": "Gunmen shot a trader at a market and fled on motorbikes."}
    assert acled.note_evidence(bare) == {"place_named": False, "year_stated": False}
    right = {name: (True, None, None) for name in acled.FIELDS}
    wrong_place = {**right, "admin1": (False, None, "Alibori")}
    named = acled.NoteOutcome("a", right, True, [(0.8, True)], acled.note_evidence(ROW))
    unnamed = acled.NoteOutcome("b", wrong_place, True, [(0.8, True)], acled.note_evidence(bare))
    figures = acled.score([named, unnamed])
    assert figures["admin1_accuracy"] == pytest.approx(0.5) and figures["place_named_share"] == pytest.approx(0.5)
    assert figures["admin1_accuracy_where_place_named"] == 1.0


def test_acled_actor_year_suffix_and_missing_values():
    assert acled.actor_key("Military Forces of Benin (2016-)") == "military forces of benin"
    assert acled.actor_key("Police Forces of Benin (1991-2016)") == "police forces of benin"
    assert acled.actor_key("Police Forces of Benin (2016-) Forest Guards") == "police forces of benin forest guards"
    assert acled.actor_key("NA") == ""
    assert acled.actor_key("JNIM and/or Islamic State (Sahel)") == acled.actor_key("Islamic State (Sahel) and/or JNIM")


def test_the_main_event_is_the_surest_current_one_and_the_others_are_spurious():
    first = event("Armed clash", "Battles", confidence=0.6)
    surest = event(confidence=0.8)
    history = event(confidence=0.95, is_background=True)
    assert seeds.main_event([first, surest, history]) is surest
    assert seeds.main_event([history]) is None and seeds.main_event([]) is None
    right = {name: (True, None, None) for name in acled.FIELDS}
    one = acled.NoteOutcome("a", right, True, [(0.8, True)])
    two = acled.NoteOutcome("b", right, True, [(0.9, True), (0.9, False)])
    none = acled.NoteOutcome("c", {name: (False, None, None) for name in acled.FIELDS}, False)
    figures = acled.score([one, two, none])
    assert figures["event_precision"] == pytest.approx(2 / 3) and figures["event_recall"] == pytest.approx(2 / 3)
    assert figures["spurious_per_document"] == pytest.approx(1 / 3)
    assert figures["sub_event_type_accuracy"] == pytest.approx(2 / 3)


def test_calibration_error_is_the_weighted_gap_between_confidence_and_accuracy():
    assert report.calibration_error([(0.8, True)] * 8 + [(0.8, False)] * 2) == pytest.approx(0.0)
    assert report.calibration_error([(0.95, False), (0.15, True)]) == pytest.approx((0.95 + 0.85) / 2)
    assert report.calibration_error([]) == 0.0


def test_halves_are_fixed_by_the_id_and_about_a_third_is_check():
    from sitrep.evaluation import split

    ids = [f"doc{i}" for i in range(3000)]
    assert [split.half(i) for i in ids[:50]] == [split.half(i) for i in ids[:50]]
    assert 0.3 < sum(split.half(i) == "check" for i in ids) / len(ids) < 0.37
    whole, halves, sizes = split.score_by_half(list(range(30)), lambda n: f"doc{n}", lambda xs: {"n": len(xs)})
    assert whole == {"n": 30} and halves["tune"]["n"] + halves["check"]["n"] == 30 and sizes["check"] > 0


def test_acled_export_without_its_columns_is_a_clear_error(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("id,text\n1,hello\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="lacks ACLED columns"):
        acled.read_rows(path)


# --- arguments (WikiEvents, RAMS) ------------------------------------------------------------------------


TEXT = "Gunmen from the northern militia attacked a police post in Ladi, wounding two officers."


def role(name: str, phrase: str) -> arguments.Role:
    start = TEXT.index(phrase)
    return arguments.Role(name, start, start + len(phrase), phrase)


def test_head_word_of_a_phrase():
    assert TEXT[slice(*arguments.head_span(TEXT, 0, 32))] == "Gunmen"
    start = TEXT.index("a police post")
    assert TEXT[slice(*arguments.head_span(TEXT, start, start + 24))] == "post"


def test_argument_head_and_exact_matching():
    gold = [role("attacker", "Gunmen from the northern militia"), role("target", "a police post"),
            role("place", "Ladi")]
    predicted = [role("attacker", "Gunmen"), role("target", "a police post"), role("target", "a police post"),
                 role("victim", "two officers")]
    counts = arguments.ArgumentCounts()
    errors = arguments.score_event(TEXT, gold, predicted, counts)
    assert (counts.predicted, counts.gold, counts.head_p, counts.head_r) == (3, 3, 2, 2)
    assert (counts.exact_p, counts.exact_r) == (1, 1)
    assert sorted((kind, r.role) for kind, r in errors) == [("missed", "place"), ("spurious", "victim")]


def test_argument_scoring_with_no_prediction():
    counts = arguments.ArgumentCounts()
    arguments.score_event(TEXT, [role("place", "Ladi")], [], counts)
    assert (counts.predicted, counts.gold, counts.head_p, counts.head_r) == (0, 1, 0, 0)


def test_predicted_roles_come_from_the_evidence_sentence_covering_the_trigger():
    later = "Two officers were hurt."
    covering = event(evidence=[Evidence("d", 0, len(TEXT), TEXT), Evidence("d", 100, 123, later)],
                     arguments=[Argument("attacker", "Gunmen", 0, 6), Argument("time", "today", 0, 5),
                                Argument("victim", "officers", 78, 86), Argument("victim", "Two officers", 100, 112)])
    elsewhere = event(evidence=[Evidence("d", 200, 260, "x")], arguments=[Argument("victim", "x", 200, 201)])
    trigger = TEXT.index("attacked")
    attack = arguments.GoldEvent("d", trigger, trigger + 8, [], attack=True)
    assert arguments.predicted_roles([covering, elsewhere], attack) == [
        arguments.Role("attacker", 0, 6, "Gunmen"), arguments.Role("target", 78, 86, "officers")]
    wounding = arguments.GoldEvent("d", TEXT.index("wounding"), TEXT.index("wounding") + 8, [], attack=False)
    assert [r.role for r in arguments.predicted_roles([covering], wounding)] == ["attacker", "victim"]


def test_wikievents_record_offsets():
    record = {
        "doc_id": "w1",
        "sentences": [[[["Rebels", 0, 6], ["shelled", 7, 14], ["Aba", 15, 18], [".", 18, 19]], "Rebels shelled Aba."],
                      [[["Two", 22, 25], ["died", 26, 30], [".", 30, 31]], "Two died."]],
        "entity_mentions": [{"id": "T1", "start": 0, "end": 1}, {"id": "T2", "start": 2, "end": 3},
                            {"id": "T3", "start": 4, "end": 5}],
        "event_mentions": [
            {"event_type": "Conflict.Attack.Unspecified", "trigger": {"start": 1, "end": 2},
             "arguments": [{"entity_id": "T1", "role": "Attacker"}, {"entity_id": "T2", "role": "Place"}]},
            {"event_type": "Life.Die.Unspecified", "trigger": {"start": 5, "end": 6},
             "arguments": [{"entity_id": "T3", "role": "Victim"}]},
            {"event_type": "Contact.Contact.Broadcast", "trigger": {"start": 0, "end": 1}, "arguments": []},
        ],
    }
    text, events = arguments.wikievents_document(record)
    assert text == "Rebels shelled Aba.\n  Two died."
    assert [text[e.trigger_start:e.trigger_end] for e in events] == ["shelled", "died"]
    assert [(r.role, r.text) for e in events for r in e.arguments] == [
        ("attacker", "Rebels"), ("place", "Aba"), ("victim", "Two")]


def test_rams_record_offsets():
    record = {
        "doc_key": "r1",
        "sentences": [["Militants", "bombed", "the", "market", "."], ["Nobody", "spoke", "."]],
        "evt_triggers": [[1, 1, [["conflict.attack.bombing", 1.0]]]],
        "gold_evt_links": [[[1, 1], [0, 0], "evt001arg01attacker"], [[1, 1], [2, 3], "evt001arg02target"],
                           [[1, 1], [5, 5], "evt001arg03communicator"]],
    }
    text, events = arguments.rams_document(record)
    assert text == "Militants bombed the market .\nNobody spoke ."
    assert [(r.role, r.text) for r in events[0].arguments] == [("attacker", "Militants"), ("target", "the market")]


# --- gate and report -----------------------------------------------------------------------------------------


def result(corpus: str, **metrics: float) -> EvalResult:
    return EvalResult(corpus, f"{corpus}.jsonl", 10, metrics, {"template_f1": "GTT 50.2"},
                      [ErrorExample("date", "On Monday ...", "2020-01-01", "2020-01-02", "d1")])


def test_gate_flags_figures_below_floor_and_missing_ones():
    floors = gate.Floors({"muc4": {"template_f1": 0.40, "date_accuracy": 0.5}, "rams": {"head_f1": 0.1}})
    problems = gate.check([result("muc4", template_f1=0.38, date_accuracy=0.6)], floors)
    assert problems == ["muc4 template_f1: 0.3800 is below its floor 0.4000",
                        "rams head_f1: no figure (corpus not evaluated); bound 0.1000"]
    assert gate.check([result("muc4", template_f1=0.40, date_accuracy=0.5), result("rams", head_f1=0.2)], floors) == []


def test_gate_reads_the_check_half_and_caps_rates_where_lower_is_better():
    split = result("case", weighted_f1=0.9, false_event_rate=0.01)
    split.halves = {"tune": {"weighted_f1": 0.95, "false_event_rate": 0.0},
                    "check": {"weighted_f1": 0.80, "false_event_rate": 0.20}}
    floors = gate.Floors({"case": {"weighted_f1": 0.85, "false_event_rate": 0.10}})
    assert gate.check([split], floors) == ["case false_event_rate: 0.2000 is above its ceiling 0.1000",
                                           "case weighted_f1: 0.8000 is below its floor 0.8500"]
    tightened, _ = gate.updated_floors(gate.Floors({"case": {"false_event_rate": 0.30}}, margin=0.02), [split])
    assert tightened.floors["case"]["false_event_rate"] == 0.22
    with pytest.raises(EvaluationError, match="allow-lower-floors"):
        gate.updated_floors(gate.Floors({"case": {"false_event_rate": 0.10}}), [split])


def test_floors_rise_and_lowering_needs_a_reason():
    floors = gate.Floors({"muc4": {"template_f1": 0.40}}, margin=0.02)
    raised, changes = gate.updated_floors(floors, [result("muc4", template_f1=0.50, fatalities_mae=3.0)])
    assert raised.floors == {"muc4": {"template_f1": 0.48}} and len(changes) == 1
    kept, _ = gate.updated_floors(floors, [result("muc4", template_f1=0.41)])
    assert kept.floors == {"muc4": {"template_f1": 0.40}}
    with pytest.raises(EvaluationError, match="allow-lower-floors"):
        gate.updated_floors(floors, [result("muc4", template_f1=0.30)])
    lowered, _ = gate.updated_floors(floors, [result("muc4", template_f1=0.30)], allow_lower="new gold keys")
    assert lowered.floors == {"muc4": {"template_f1": 0.28}}
    assert lowered.lowered[0]["reason"] == "new gold keys"


def test_report_json_round_trip_and_markdown(tmp_path):
    results = [result("muc4", template_f1=0.5, median_error_km=12.5), report.unavailable("rams", "x", "no file")]
    path = tmp_path / "report.json"
    report.write_json(results, path)
    again = report.read_json(path)
    assert again[0].metrics == results[0].metrics and again[0].examples[0].gold == "2020-01-02"
    page = report.markdown(again)
    assert "| muc4 | template_f1 | 50.0 |  |  |  | GTT 50.2 |" in page
    assert "| muc4 | median_error_km | 12.50 |  |  |  |  |" in page
    assert "| rams | not available | - | | | | no file |" in page
    results[0].halves = {"tune": {"template_f1": 0.55, "median_error_km": 10.0},
                         "check": {"template_f1": 0.45, "median_error_km": 15.0}}
    assert "| muc4 | template_f1 | 50.0 | 55.0 | 45.0 | -10.0 | GTT 50.2 |" in report.markdown(results)
    assert "On Monday" not in page
    assert "On Monday" in report.markdown(again, quote_chars=40)


def test_cli_gate_and_floors(tmp_path):
    report.write_json([result("muc4", template_f1=0.30)], tmp_path / "report.json")
    floors_path = tmp_path / "floors.json"
    gate.save_floors(gate.Floors({"muc4": {"template_f1": 0.40}}), floors_path)
    runner = CliRunner()
    report_path = str(tmp_path / "report.json")
    failed = runner.invoke(main, ["eval", "gate", "--floors", str(floors_path), "--report", report_path])
    assert failed.exit_code == 1 and "template_f1" in failed.output
    refused = runner.invoke(main, ["eval", "floors", "--floors", str(floors_path),
                                   "--report", str(tmp_path / "report.json"), "--update"])
    assert refused.exit_code != 0
    lowered = runner.invoke(main, ["eval", "floors", "--floors", str(floors_path), "--report",
                                   str(tmp_path / "report.json"), "--update", "--allow-lower-floors", "new scorer"])
    assert lowered.exit_code == 0
    assert json.loads(floors_path.read_text())["floors"]["muc4"]["template_f1"] == 0.28


def test_cli_floors_reset_pins_every_figure_anew_and_records_why(tmp_path):
    split = result("case", weighted_f1=0.9)
    split.halves = {"tune": {"weighted_f1": 0.95}, "check": {"weighted_f1": 0.70}}
    report.write_json([split], tmp_path / "report.json")
    floors_path = tmp_path / "floors.json"
    gate.save_floors(gate.Floors({"old-corpus": {"f1": 0.9}, "case": {"weighted_f1": 0.85}}), floors_path)
    done = CliRunner().invoke(main, ["eval", "floors", "--floors", str(floors_path), "--report",
                                     str(tmp_path / "report.json"), "--update", "--reset", "new scorers"])
    assert done.exit_code == 0, done.output
    saved = json.loads(floors_path.read_text())
    assert saved["floors"] == {"case": {"weighted_f1": 0.68}} and saved["lowered"][-1]["reason"] == "new scorers"


def test_rates_per_kind_and_missed_reports_are_capped_not_floored():
    assert report.lower_is_better("false_event_rate_disease") and report.lower_is_better("no_event_rate")
    assert report.lower_is_better("confidence_ece") and not report.lower_is_better("event_recall")


def test_acled_admin1_is_the_same_unit_however_spelled_or_named_after_its_seat():
    assert acled.same_admin1("Chittagong", "Chattogram", "Bangladesh")
    assert acled.same_admin1("Barisal", "Barishal", "Bangladesh")
    assert acled.same_admin1("Nairobi", "Nairobi City", "Kenya")
    assert acled.same_admin1("Taita Taveta", "Taita/Taveta", "Kenya")
    assert not acled.same_admin1("Kiambu", "Nairobi", "Kenya")
    assert not acled.same_admin1("Dhaka", "Rangpur", "Bangladesh")
    assert not acled.same_admin1("Atlantique", "Littoral", "Benin")
    assert not acled.same_admin1(None, "Littoral", "Benin")


def test_error_examples_of_a_split_corpus_come_from_its_tune_half_only():
    ids = [str(n) for n in range(12)]
    tune = [i for i in ids if split.half(i) == "tune"]
    check = [i for i in ids if split.half(i) == "check"]
    assert tune and check
    examples = [ErrorExample("sub_event_type", f"text {i}", "Attack", "Armed clash", i) for i in ids]
    split_result = EvalResult("toy", "toy.tsv", len(ids), {}, examples=examples + [ErrorExample("f", "t", 1, 2)],
                              halves={"tune": {}, "check": {}})
    assert [e.document_id for e in split_result.examples] == tune
    unsplit = EvalResult("seeds", "expected.json", len(ids), {}, examples=list(examples))
    assert len(unsplit.examples) == len(ids)
