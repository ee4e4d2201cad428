"""Actor normalisation on sentences we wrote, across the countries our users code most."""

from __future__ import annotations

import pytest

from sitrep.actors import ActorResolver, acled_inter, default_resolver, find_actors, load_actor_file, normalise_actor
from sitrep.errors import InputError
from sitrep.taxonomy import interaction


def names(sentence: str, country: str | None = None) -> list[tuple[str, str, int]]:
    return [(m.text, m.name, m.inter) for m in find_actors(sentence, country=country)]


@pytest.mark.parametrize(
    ("sentence", "country", "expected"),
    [
        ("Before dawn, ISIS terrorists stormed a post of the Iraqi army west of Rutba.", None,
         [("ISIS terrorists", "Islamic State", 2), ("Iraqi army", "Military Forces of Iraq", 1)]),
        ("Daesh remnants and ISIL cells remain active, IS said.", "Iraq",
         [("Daesh", "Islamic State", 2), ("ISIL cells", "Islamic State", 2), ("IS", "Islamic State", 2)]),
        ("Iraqi army warplanes bombed a hideout used by the Islamic State group.", None,
         [("Iraqi army warplanes", "Military Forces of Iraq", 1), ("Islamic State group", "Islamic State", 2)]),
        ("The U.S.-led coalition and army jets struck the camp.", "Iraq",
         [("U.S.-led coalition", "Global Coalition Against Daesh", 8), ("army jets", "Military Forces of Iraq", 1)]),
        ("Popular Mobilization Forces and Peshmerga fighters held the ridge.", "Iraq",
         [("Popular Mobilization Forces", "Popular Mobilization Forces", 3),
          ("Peshmerga fighters", "Peshmerga (Kurdistan Regional Government)", 1)]),
        ("SDF fighters clashed with HTS near Afrin, the Syrian army said.", "Syria",
         [("SDF fighters", "SDF: Syrian Democratic Forces", 2), ("HTS", "Hayat Tahrir al Sham", 2),
          ("Syrian army", "Military Forces of Syria", 1)]),
        ("Unidentified gunmen killed two villagers near Karimama.", "Benin",
         [("Unidentified gunmen", "Unidentified Armed Group (Benin)", 3), ("two villagers", "Civilians (Benin)", 7)]),
        ("JNIM militants attacked a police post; the gendarmerie repelled them.", "Benin",
         [("JNIM militants", "JNIM: Group for Support of Islam and Muslims", 2), ("police", "Police Forces of Benin", 1),
          ("gendarmerie", "Police Forces of Benin Gendarmerie", 1)]),
        ("Fighters from the Islamic State in the Greater Sahara ambushed Malian soldiers.", "Mali",
         [("Islamic State in the Greater Sahara", "Islamic State (Sahel)", 2), ("Malian soldiers", "Military Forces of Mali", 1)]),
        ("Wagner mercenaries and FAMa troops entered the village.", "Mali",
         [("Wagner mercenaries", "Wagner Group", 8), ("FAMa troops", "Military Forces of Mali", 1)]),
        ("Boko Haram and ISWAP fighters raided Monguno; bandits abducted farmers in Zamfara.", "Nigeria",
         [("Boko Haram", "Boko Haram - Jamatu Ahli Sunna lid-Dawati wal-Jihad", 2),
          ("ISWAP fighters", "Islamic State (West Africa)", 2), ("bandits", "Unidentified Armed Group (Nigeria)", 3),
          ("farmers", "Civilians (Nigeria)", 7)]),
        ("Al-Shabaab fighters ambushed Somali troops and AMISOM soldiers.", "Somalia",
         [("Al-Shabaab fighters", "Al Shabaab", 2), ("Somali troops", "Military Forces of Somalia", 1),
          ("AMISOM soldiers", "AMISOM: African Union Mission in Somalia", 8)]),
        ("ELN rebels bombed the pipeline, Colombian police said.", "Colombia",
         [("ELN rebels", "ELN: National Liberation Army", 2), ("Colombian police", "Police Forces of Colombia", 1)]),
        ("THE ARMY IS SAID TO HAVE CLASHED WITH ELN GUERRILLAS NEAR THE BORDER.", "Colombia",
         [("ARMY", "Military Forces of Colombia", 1), ("ELN GUERRILLAS", "ELN: National Liberation Army", 2)]),
        ("shining path guerrillas dynamited a tower, the peruvian army reported.", None,
         [("shining path guerrillas", "Shining Path", 2), ("peruvian army", "Military Forces of Peru", 1)]),
        ("Hundreds of protesters marched in the capital before rioters burned tyres.", "Benin",
         [("protesters", "Protesters (Benin)", 6), ("rioters", "Rioters (Benin)", 5)]),
        ("Houthi rebels fired drones at Saudi forces.", "Yemen",
         [("Houthi rebels", "Ansar Allah", 2), ("Saudi forces", "Military Forces of Saudi Arabia", 1)]),
        ("U.S. forces and the Taliban exchanged fire.", "Afghanistan",
         [("U.S. forces", "Military Forces of the United States", 1), ("Taliban", "Taliban", 2)]),
    ],
)
def test_find_actors(sentence, country, expected):
    assert names(sentence, country) == expected


def test_no_country_is_never_invented():
    assert names("Soldiers shot two civilians at a checkpoint.") == [
        ("Soldiers", "Military Forces", 1), ("two civilians", "Civilians", 7)]
    assert all(m.country is None for m in find_actors("Soldiers shot two civilians at a checkpoint."))


def test_lone_words_need_context():
    assert names("The law is clear and it is fair, as US officials say.") == []
    assert names("Is it true that the warplanes flew over?") == []
    assert names("Islamic State sent its militants to the desert.", "Iraq") == [("Islamic State", "Islamic State", 2)]


def test_spans_and_organization_flags():
    sentence = "Gunmen shot a woman near the mosque."
    mentions = find_actors(sentence, offset=40, country="Niger")
    assert [(sentence[m.start - 40:m.end - 40], m.organization) for m in mentions] == [("Gunmen", True), ("woman", False)]


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        ("ISIL", None, ("Islamic State", 2)),
        ("Daesh", None, ("Islamic State", 2)),
        ("Amaq", None, ("Islamic State", 2)),
        ("Security Media Cell", None, ("Military Forces of Iraq", 1)),
        ("military media", "Iraq", ("Military Forces of Iraq", 1)),
        ("police", "Benin", ("Police Forces of Benin", 1)),
        ("Hashd al-Shaabi", None, ("Popular Mobilization Forces", 3)),
        ("Sendero Luminoso", None, ("Shining Path", 2)),
        ("the weather", None, None),
    ],
)
def test_normalise_actor(name, country, expected):
    assert normalise_actor(name, country) == expected


def test_external_state_forces_and_interaction():
    (turkish,) = find_actors("Turkish troops shelled the village.")
    assert acled_inter(turkish, "Syria") == 8
    assert acled_inter(turkish, "Turkey") == 1
    assert interaction(1, 2) == 12


def test_user_actor_file_overrides(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "name,inter,country,kind,aliases\n"
        "Zarqa Brigade,3,Syria,group,Zarqa Brigade|Blue Brigade\n"
        "Islamic State (Iraq),2,Iraq,group,ISIS|ISIL\n",
        encoding="utf-8",
    )
    resolver = ActorResolver.from_files([path])
    found = [(m.text, m.name, m.inter) for m in resolver.find("The Blue Brigade fought ISIS near Hama.")]
    assert found == [("Blue Brigade", "Zarqa Brigade", 3), ("ISIS", "Islamic State (Iraq)", 2)]
    assert resolver.normalise("Daesh") == ("Islamic State", 2)


def test_actor_files_from_the_environment(tmp_path, monkeypatch):
    path = tmp_path / "extra.csv"
    path.write_text("name,inter,country,kind,aliases\nRiver Guard Militia,4,Mali,group,River Guard\n", encoding="utf-8")
    monkeypatch.setenv("SITREP_ACTORS", str(path))
    default_resolver.cache_clear()
    try:
        assert normalise_actor("river guard") == ("River Guard Militia", 4)
    finally:
        monkeypatch.delenv("SITREP_ACTORS")
        default_resolver.cache_clear()
    assert normalise_actor("river guard") is None


def test_country_placeholder_names():
    assert names("Fulani herdsmen raided the camp; sea pirates boarded a tanker.", "Benin") == [
        ("Fulani herdsmen", "Fulani Ethnic Militia (Benin)", 4), ("sea pirates", "Pirates (Benin)", 3)]
    assert names("Fulani herdsmen raided the camp.") == [("Fulani herdsmen", "Fulani Ethnic Militia", 4)]


def test_armed_men_are_not_civilians():
    assert names("Heavily armed men shot two men near the market.", "Mali") == [
        ("Heavily armed men", "Unidentified Armed Group (Mali)", 3), ("two men", "Civilians (Mali)", 7)]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name,inter,country,aliases\nX,2,,X\n", "missing column"),
        ("name,inter,country,kind,aliases\nX,9,,group,X\n", "inter must be 1-8"),
        ("name,inter,country,kind,aliases\nX,2,,army,X\n", "kind must be one of"),
    ],
)
def test_bad_actor_file_gives_a_clear_error(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_actor_file(path)


def test_missing_or_unreadable_actor_file(tmp_path):
    with pytest.raises(InputError, match="cannot read actor file"):
        load_actor_file(tmp_path / "nope.csv")
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\xff\xfe\x00\x81name")
    with pytest.raises(InputError, match="cannot read actor file"):
        load_actor_file(binary)
