"""Golden test of competing claims (tests/fixtures/competing_claims.tsv): short reports of one incident told with the
figures and assertions of those who reported it (officials, the army, police, hospitals, residents, rights groups,
state media, the armed group itself), who often disagree. Each report's main event is checked for its sub-event type,
its actors (a body that only reports, counts, confirms or denies is no side of the event) and its fatalities (the most
conservative toll of the whole incident, as the codebook asks); and every claim the coder lists must be in the event's
`claims`, with its claimant and its toll, or its kind (a denial, a claim of responsibility). Fields sitrep gets wrong
today are strict xfails with their reason.

First pass (the 48 reports not held out, written before sitrep was run on any of them, sitrep at main e00a346):
sub-event type 39/48 (81 %), actors 31/43 (72 %), fatalities 41/47 (87 %), claims kept with claimant and toll or
kind 46/76 (61 %). Misses: tolls given at a sentence's end or in a second clause ("..., the county commissioner said",
"while the army put the toll at six", "gave a figure of 17", "confirmed six bodies") kept without their claimant or
not at all; denials worded other than "denied the attack" ("called the report fabricated", "said officers had not
used live ammunition", "denied killing civilians" read as a claim of responsibility); a group's own account ("JNIM
said it had overrun the post", "the group claimed the killings") not kept; police firing on protesters read as a
violent demonstration when state media called them "rioters"; "neutralised" in quotation marks no killing; a body
that reports its own strike ("the Air Force said its jets killed ...") left out of the actors.

After this round's rules (branch claims): sub-event type 43/48, actors 37/43, fatalities 44/47, claims 64/76. The 12
held-out reports, run once after the rules: sub-event type 9/12, actors 8/10, fatalities 8/11, claims 12/19 (one of
the misses was the coder's key, "ISPR", for a claimant the text calls "the military's media wing"; the key now reads
"media wing"). Two rules came from held-out misses and were written after that run (so the held-out figure above is
the one to quote): aircraft named by type designation ("F-16s struck") are an air strike's cue, and the agent of a
passive shooting ("shot dead by two men on a motorcycle") is armed (`roles.sub_types.SHOT_BY`); an apposition between a
source's name and its verb ("Indepaz, a peace research group, said") leaves the name the claimant; a nationality before a military aircraft's type ("Iraqi F-16s") names that
state's forces (`actors.AIRCRAFT_TYPES`). Five reports were
reworded after the first pass where a common run of six words also stood in a corpus (scripts/check_copied_text.py);
one of them, the Observatory's apposition, showed the apposition rule. Later (stop 39), a claimed group taking the
place of an unnamed side told second (`responsibility.apply_attributions`, from tests/test_incident_summaries.py)
named JNIM in ml1: actors 38/43. Later still, the remote-explosive cue through a reduced relative clause ("a bomb
hidden in a roadside rubbish bin wounded", tests/test_either_of_two_groups.py) coded th1's sub-type and actors right.
Later (branch releases): 'martyred' is a verb of killing in armies' and armed groups' words, so pk2h's captain counts
with the eleven (fatalities 12), and the media wing's claim carries both: its key was corrected from 11 to 12, as
the wing tells both deaths (the coder's fatalities were 12 already).
Later (claims3), 'put their number at' is read as a toll
(`casualties._FIGURE_PUT`), given by the source of the clause before ("survivors said ..., and put their number at",
`casualties._SAME_SUBJECT`): bf2h's fatalities are right.
"""

from __future__ import annotations

from pathlib import Path

from golden_claims import claims_fixture

NOTES, CLAIMS = claims_fixture(Path(__file__).parent / "fixtures" / "competing_claims.tsv",
                               lambda note, claimant, what: f"{note}:{claimant}")
_miss = NOTES.miss
_claim_miss = CLAIMS.miss


# --- known misses ----------------------------------------------------------------------------------------------------

_miss("'killed dozens of troops' in the group's own account counts 12 (the codebook's figure for 'dozens'), lower than "
      "the army's 20, though the army says it lost no one: a side's claim about the other side's dead is not weighed "
      "against the other side's denial", "ml1:fatalities")
_miss("'neutralised' in quotation marks opens no cue of the classifier, and 'separatist fighters' is not read as "
      "Cameroon's Ambazonian separatists", "cm1:sub_event_type", "cm1:actors", "cm1:fatalities")
_miss("'Islamic State fighters' in Niger stay an unidentified armed group (two provinces fight there, so none is "
      "named), and 'dozens of terrorists' killed besides 29 soldiers narrows the ministry's toll to 12-29 instead of "
      "adding to it", "ni1:actors", "ni1:fatalities")
_miss("'youths of two rival sections' fighting are not read as communal militias", "ss1:actors")
_miss("'clashes between two armed groups ... killed five people' is read as an attack on the people killed",
      "ly1:sub_event_type", "ly1:actors")
_miss("'members of the ruling party's youth wing beat a man to death' is read as a mob, not as a party militia's "
      "attack", "bi1:sub_event_type")
_miss("tear gas and live rounds with the police saying nobody was hurt and the opposition three wounded is read as "
      "an intervention", "tz1:sub_event_type")
_claim_miss("'said its own count was seven' gives no toll", "af1:UNAMA")
_claim_miss("the denial is kept for 'government', not 'regional government'", "et1:regional government")
_claim_miss("no event is coded (see cm1's misses)", "cm1:army", "cm1:separatists")
_claim_miss("'dozens ... also killed' widens the ministry's range instead of adding to it", "ni1:defence ministry")
_claim_miss("'the group claimed the killings' names the group by a common noun, which no actor mention covers",
            "ng2:ISWAP")
_claim_miss("'confirmed the toll' repeats the earlier figure without a number", "cf1:MINUSCA")
_claim_miss("'only terrorist targets had been hit' denies civilian deaths without a word of denial", "mm2:junta")
_claim_miss("'Turkey's defence ministry said it had hit ...' is no mention of Turkey's forces (the possessive name)",
            "sy2:Turkish defence ministry")
_claim_miss("an adviser's blame of the army is kept as an attribution, not as the RSF's denial", "sd2h:RSF")
_claim_miss("a source confirming ('the town's mayor confirmed the deaths') without a figure of its own is not kept as "
            "a claimant", "co2h:mayor")
_miss("'shot down an army drone and killed four soldiers' is read as the drone's strike", "ml3h:sub_event_type")
_claim_miss("'a separatist coalition said' is kept without its name", "ml3h:FLA")
_claim_miss("the toll is kept as the survivors' (the key's 'witnesses' names them by another word)", "bf2h:witnesses")


test_reports_are_coded_as_the_coder_codes_them = NOTES.coding_test()


test_each_claim_is_kept_with_its_claimant = CLAIMS.claim_test()


def test_every_known_miss_names_a_case() -> None:
    assert not NOTES.unchecked_misses()
    assert not CLAIMS.unchecked_misses()
