"""Who the doers were, said by others, on reports we wrote: "witnesses said the attackers were insurgents linked to
X" and "police identified the gunmen as members of X" name X as the acting side, kept as an attribution claim with
its lower confidence, as "blamed X" is; doers described without a group ("the attackers were wearing uniforms",
"were never identified") name none. Whoever voices a suspicion ("police suspect X") only speaks and is
no side of the deed."""

from __future__ import annotations

import pytest

from reported import first_reported
from sitrep.responsibility import ATTRIBUTION


@pytest.mark.parametrize(("text", "country", "actor1"), [
    ("Unknown gunmen killed a chief in Cabo Delgado; witnesses said the attackers were insurgents linked to the "
     "Islamic State.", "MZ", "Islamic State (Mozambique)"),
    ("Gunmen abducted 20 pupils from a school in Kebbi on Friday. Police identified the gunmen as members of Ansaru.",
     "NG", "Ansaru"),
    ("Gunmen shot dead a trader in Kisumu on Monday; his family said the killers were police officers.", "KE",
     "Police Forces of Kenya"),
    ("A bomb exploded beside a bus stop in Mogadishu, killing four; officials described the bombers as al-Shabaab "
     "fighters.", "SO", "Al Shabaab"),
])
def test_doers_said_to_be_a_group_are_that_group(text, country, actor1):
    event = first_reported(text, country, "2024-05-08")
    assert event.actor1 == actor1
    assert any(claim.claim_type == ATTRIBUTION for claim in event.claims)


@pytest.mark.parametrize(("text", "country"), [
    ("Gunmen killed two farmers in Benue on Sunday; villagers said the attackers were wearing military uniforms.", "NG"),
    ("Gunmen killed two farmers in Benue on Sunday; the attackers were never identified.", "NG"),
])
def test_doers_described_without_a_group_name_none(text, country):
    event = first_reported(text, country, "2024-05-08")
    assert not any(claim.claim_type == ATTRIBUTION for claim in event.claims)


@pytest.mark.parametrize(("text", "country", "speaker"), [
    ("A suicide bomber struck a mosque in Peshawar; no group has claimed the attack, but police suspect the Pakistani "
     "Taliban.", "PK", "Police Forces of Pakistan"),
    ("Gunmen killed five worshippers at a church in Kasai on Sunday, and the army suspects CODECO militiamen.", "CD",
     "Military Forces of Democratic Republic of Congo"),
])
def test_whoever_voices_a_suspicion_is_no_side_of_the_deed(text, country, speaker):
    event = first_reported(text, country, "2024-05-08")
    assert speaker not in (event.actor1, event.actor2)
    assert event.actor1 is not None and "Unidentified" not in event.actor1
