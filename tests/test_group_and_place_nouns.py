"""Group names before member nouns, and organisation or building nouns that are no place, on sentences we wrote."""

from __future__ import annotations

import pytest

from sitrep.arguments import find_arguments, group_mention
from sitrep.geo import geoparse


@pytest.mark.parametrize(
    ("mention", "group"),
    [("FARC members", "FARC"), ("ELN guerrillas", "ELN"), ("FMLN units", "FMLN"),
     ("al-Shabaab fighters", "al-Shabaab"), ("Boko Haram militants", "Boko Haram")],
)
def test_a_group_name_before_a_member_noun_names_the_group(mention: str, group: str) -> None:
    assert group_mention(mention, 10, 10 + len(mention)) == (group, 10, 10 + len(group))


@pytest.mark.parametrize("mention", ["armed forces", "security forces", "Colombian guerrillas", "U.S. troops",
                                     "FMLN urban commandos"])
def test_a_member_noun_stays_where_the_words_before_it_name_no_group(mention: str) -> None:
    assert group_mention(mention, 0, len(mention))[0] == mention


def test_muc4_perpetrator_organisation_is_the_groups_name() -> None:
    from sitrep.evaluation.muc4 import event_template
    from sitrep.schema import Argument, Event

    event = Event(event_id="e", document_id="d", event_type="Violence against civilians", sub_event_type="Attack",
                  disorder_type="Political violence", location=None, event_date=None)
    event.arguments = [Argument("attacker", "ELN guerrillas", 0, 14, True)]
    template = event_template(event)
    assert template is not None and template["PerpOrg"] == [["ELN"]]


def test_the_source_of_a_report_is_no_place() -> None:
    text = "According to the Red Cross, four farmers were shot dead in Tegucigalpa on Monday."
    names = {t.text for t in geoparse(text)}
    assert "Red Cross" not in names
    assert "Tegucigalpa" in names


@pytest.mark.parametrize(
    ("text", "place"),
    [("A bomb damaged the State Bank and a book store in La Paz before dawn.", "La Paz"),
     ("Guerrillas attacked a branch of the Bank of Bogota in Cali.", "Cali"),
     ("Police reported the killing of the Union president in Cali.", "Cali")],
)
def test_an_organisation_or_building_noun_is_no_place(text: str, place: str) -> None:
    names = {t.text for t in geoparse(text)}
    assert not names & {"Bank", "Union", "State Bank"}
    assert place in names


def _victims(sentence: str) -> list[str]:
    from sitrep import classify, nlp

    triggers = classify.event_triggers(sentence)
    trigger = triggers[-1][0] if triggers else None
    tokens = [t for t in nlp.parse(sentence) if not t.is_space]
    return [a.text for a in find_arguments(tokens, sentence, 0, trigger) if a.role == "victim"]


@pytest.mark.parametrize(
    ("sentence", "victims"),
    [("Soldiers murdered two peasants, Victor Gomez and Rafael Ortiz, near the river on Sunday.",
      ["Victor Gomez", "Rafael Ortiz"]),
     ("Witnesses said gunmen killed Pedro Soto, Juan Mora and Luis Rojas in the market.",
      ["Pedro Soto", "Juan Mora", "Luis Rojas"])],
)
def test_names_coordinated_with_a_victim_are_victims(sentence: str, victims: list[str]) -> None:
    assert sorted(_victims(sentence)) == sorted(victims)


def test_a_victim_named_after_a_long_post() -> None:
    sentence = "Unions deplored yesterday's assassination of regional water board chairman Colonel Ramon Ortega Diaz."
    assert _victims(sentence) == ["Ramon Ortega Diaz"]


def test_attack_against_a_named_person() -> None:
    assert _victims("Police said the attack against Supreme Court President Mauricio Vega failed.") == ["Mauricio Vega"]


def _event(location: str | None, date: str | None, victims: list[str]):
    from sitrep.schema import Argument, Event

    event = Event(event_id=f"e-{location}-{date}", document_id="d", event_type="Violence against civilians",
                  sub_event_type="Abduction/forced disappearance", disorder_type="Political violence",
                  location=location, event_date=date)
    event.arguments = [Argument("victim", name, 0, len(name), False, person=name) for name in victims]
    return event


@pytest.mark.parametrize(
    ("a", "b", "distinct"),
    [((("Arauca", "1990-05-07", ["Pedro Gomez"])), ("Cali", "1990-05-07", ["Luis Torres"]), True),
     ((("Cali", "1990-05-07", ["Pedro Gomez"])), ("Cali", "1990-05-01", ["Luis Torres"]), True),
     ((("Cali", "1990-05-07", ["Pedro Gomez"])), ("Cali", "1990-05-07", ["Luis Torres"]), False),
     ((("Arauca", "1990-05-07", ["Pedro Gomez"])), ("Cali", "1990-05-07", ["Gomez"]), False),
     ((("Arauca", "1990-05-07", ["Pedro Gomez"])), ("Cali", "1990-05-07", []), False)],
)
def test_kidnappings_of_different_people_elsewhere_or_another_day_are_distinct(a, b, distinct: bool) -> None:
    from sitrep.incidents import distinct_in_article

    assert distinct_in_article(_event(*a), _event(*b)) is distinct


def test_muc4_templates_keep_kidnappings_of_different_people_apart() -> None:
    from sitrep.evaluation.muc4 import document_templates

    first = _event("Arauca", None, ["Pedro Gomez"])
    second = _event("Cali", None, ["Luis Torres"])
    templates, _ = document_templates([first, second])
    assert [t["Victim"] for t in templates] == [[["Pedro Gomez"]], [["Luis Torres"]]]
    same_person = _event("Cali", None, ["Gomez"])
    templates, _ = document_templates([first, same_person])
    assert len(templates) == 1


def test_a_place_opening_a_sources_longer_name_stays_a_place() -> None:
    names = {t.text for t in geoparse("According to the Michigan State Police, the crash happened near Lansing.")}
    assert "Michigan" in names
