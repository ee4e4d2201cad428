"""Golden test of competing claims, third batch (tests/fixtures/competing_claims3.tsv): short reports whose figures
and claims come in shapes the first two batches (tests/test_competing_claims.py, test_competing_claims2.py) left
out: three sources of a toll in one report ("according to X", "citing Y", "Z put the figure at"), tolls in quotation
marks, a toll that rose later in the report, a source that revises itself, hedged figures ("at least", "more than",
"as many as", "dozens", "nearly"), tolls split by side, claims through a messaging channel or a statement "seen by"
an outlet, a government blaming a group that denies it, two groups both claiming, a claim later retracted,
unverified claims, witness counts beside official ones, tolls in words, and a hospital's count beside the army's.
Each report's main event is checked for its sub-event type, its actors and its fatalities (the most conservative
credible toll), and every claim the coder lists must be in the event's `claims` with its claimant (or the claimant's
actor) and what it says. Fields sitrep gets wrong today are strict xfails with their reason.

First pass (the 68 reports not held out, written before sitrep was run on any of them, sitrep at main 6feb04c):
sub-event type 60/68, actors 47/65, fatalities 58/68, claims kept with claimant and what they say 128/177. Misses:
second and third sources dropped where news gives them with a bare "figure" or "number" ('a youth leader put the
figure at 21', 'put the number at 31', 'gave the toll as 22'); a source with its own source in an aside ('The state
police command, citing its divisional officer, said') kept as no one, and an outlet citing a source kept as the outlet
('Citing hospital sources, a local radio station reported'); counts in quotation marks ('the toll was "around
thirty"', 'killed "more than 15" soldiers') not read; 'the dead numbered fourteen', 'saw at least six bodies', 'were
being treated for injuries', 'lost two of their own', '60 soldiers and volunteers were killed', 'was hit by a stray
bullet and died' not read; a revised toll ('but in a later statement ... it gave the toll as 22') taken as a part of
the first; sources by role ('a local councillor', 'a local pastor', 'the regional administration', 'the provincial
home department') not kept; a group blamed that denies it named as actor 1, and 'the group denied it' not read; a
denial 'in a statement on a news website ... that it had no role' read as the group's claim; of two groups claiming
together ('Both X and Y claimed') only the last kept, and two rival claims leaving the first group named; a claim
and its retraction in one sentence kept as the retraction only.

After this task's rules (branch claims3): sub-event type 60/68, actors 52/65, fatalities 64/68, claims 169/178 (x2's
key was corrected after the first pass to list Al-Shabaab's retraction as a denial, as every other retracted claim's
key does). The 22 held-out reports, run once after the rules: sub-event type 20/22, actors 14/19, fatalities 16/22,
claims 39/53; with the code before the rules (main 6feb04c): 20/22, 14/19, 15/22, 36/53. Merged with the earlier
batches, 'put their number at' and 'put the number at 10' are read (tests/test_competing_claims.py bf2h,
test_competing_claims2.py u5h) and '50 soldiers and volunteers died' is one toll (c6). Ten reports (nine tune, k13h
held out) were reworded after the runs where a common run of six words also stood in a corpus
(scripts/check_copied_text.py); the figures above are unchanged by it.
Merged with main, the releases branch's reading of 'martyred' as a verb of killing (`casualties`) gives q6h's
ministry toll: its fatalities and the ministry's claim are right (the held-out figures above are those of the single
run).
"""

from __future__ import annotations

from pathlib import Path

from golden_claims import claims_fixture

NOTES, CLAIMS = claims_fixture(Path(__file__).parent / "fixtures" / "competing_claims3.tsv",
                               lambda note, claimant, what: f"{note}:{claimant}~{what}")
_miss = NOTES.miss
_claim_miss = CLAIMS.miss


# --- known misses ----------------------------------------------------------------------------------------------------

_miss("an explosion in a mosque (and one in a market) with no device named is read as an attack, not as a remote "
      "explosive", "n6:sub_event_type", "r1:sub_event_type")
_miss("the division's revised toll and the guerrillas' claim are coded as a second clash with an unidentified group, "
      "apart from the first sentence's clash", "s2:fatalities")
_claim_miss("see s2's fatalities", "s2:Infantry Division~3", "s2:regional command~4")
_miss("'Dissidents of the former FARC' are read as the FARC", "h3:actors")
_miss("'FLA rebels' are not read as the Azawad Liberation Front (no such alias)", "d1:actors")
_miss("three civilians 'also killed' by the residents' account do not add to the spokesman's 16: each source's "
      "figure is a claim of its own, and the lowest (3) is taken", "d3:fatalities")
_miss("four attackers dead by state media's account do not add to the deputy governor's five police: each source's "
      "figure is a claim of its own", "d6:fatalities")
_miss("the soldiers killed in the ambush are left an unidentified side beside Islamic State's claim", "m1:actors")
_miss("the actor list gives Ittehad-ul-Mujahideen Pakistan as an alias of the TTP, so the two claims name one group "
      "and the rival claim does not leave the doer unidentified", "w1:actors")
_miss("the Afrin Liberation Forces are no known actor, so their rival claim is not read and the SDF stays actor 1",
      "w2:actors")
_claim_miss("see w2's actors", "w2:Afrin Liberation Forces~responsibility")
_miss("an explosive device that destroyed a police vehicle is read as a clash", "x2:sub_event_type")
_miss("a base captured, told only in the group's unverified claim ('while capturing a base'), is read as the army "
      "regaining territory, and the Arakan Army is not kept as a side", "v2:sub_event_type", "v2:actors")
_miss("police firing live rounds at opposition supporters is read as an attack by an unidentified group on civilians, "
      "and the government spokesman's sentence is not joined to it", "o4:sub_event_type", "o4:actors",
      "o4:fatalities")
_claim_miss("see o4's misses", "o4:government spokesman~1", "o4:government spokesman~i18")
_miss("a prison fight between two gangs is read as a violent demonstration, and 'attributed the violence to a fight "
      "between' two gangs names neither", "l3:sub_event_type", "l3:actors")
_claim_miss("see l3's misses", "l3:police~attribution")
_miss("tribal fighters are coded as ethnic militias, not ACLED's communal militias", "l4:actors")
_miss("the patrol hit by the IED is taken as actor 1, so the suspicion of Islamic State names no doer", "a7:actors")
_miss("'members of a Rohingya armed group' stay unidentified; ARSA is named only in the toll and in its denial",
      "k1:actors")
_miss("a gang raid on a town with a toll from the UN is read as a clash between the gang and an unidentified group",
      "k2:sub_event_type", "k2:actors")
_miss("clashes between rival brigades are read as mob violence", "k3:sub_event_type", "k3:actors")
_claim_miss("'a man claiming to speak for Abu Sayyaf said the group killed them' is no claim form read",
            "k6:Abu Sayyaf~responsibility")
_claim_miss("a state body telling its own strike ('the Turkish defence ministry said its drones killed', 'the "
            "Ukrainian general staff said it had hit') is no armed group's claim: only non-state groups and their "
            "outlets are read as claiming", "k8:defence ministry~responsibility", "k11:general staff~responsibility")

# held out (run once, after this task's rules; not fixed against)
_claim_miss("the Red Cross's 26 bodies and civil society's 'more than 30' ('According to X, ..., while Y, citing Z, "
            "said') are kept on no claim of the main event", "n5h:Red Cross~26", "n5h:civil society~30")
_claim_miss("'A tribal elder, reached by phone, said' keeps no claimant, so the elder's 15 stands unattributed",
            "q6h:tribal elder~15")
_miss("'the number killed had gone up to nine' is no risen toll read, so the first count (4) stands", "r5h:fatalities")
_claim_miss("see r5h's fatalities", "r5h:governor~9")
_miss("fighting between two armed groups is read as mob violence, and 'killed several people' (3) is taken below the "
      "ministry's four", "s4h:sub_event_type", "s4h:actors", "s4h:fatalities")
_miss("'put its own losses at four' is not read, so the army's claim is its 20 attackers only", "h6h:fatalities")
_claim_miss("see h6h's fatalities", "h6h:army~24")
_miss("'The Sinai affiliate of Islamic State' is read as Islamic State, not its Sinai province", "m5h:actors")
_miss("'The spokesman of the group denied the attack' is a denial by a speaker not resolved to Kataib Hezbollah, so "
      "the US official's blame names it", "b4h:actors")
_claim_miss("see b4h's actors", "b4h:Kataib Hezbollah~denial")
_miss("a bomb outside a police station that killed two civilians is read as an attack by the police",
      "x3h:sub_event_type", "x3h:actors")
_claim_miss("'A statement signed by the Jaime Martinez front of the FARC dissidents claimed the attack' is kept as "
            "the FARC dissidents' claim, without the front's name", "x3h:Jaime Martinez~responsibility")
_claim_miss("'a neighbour told local television' keeps no claimant (a neighbour names no source by its role)",
            "o5h:neighbour~8")
_claim_miss("'a parliamentarian ... counted 23 dead and a human rights league put the figure at 18': two sources "
            "joined by 'and' with no comma are not split, so both figures go to the parliamentarian",
            "k10h:parliamentarian~23", "k10h:rights league~18")
_miss("'later raising the figure to five' is not read as a risen toll (only 'the toll' is), so the first three stand",
      "k12h:fatalities")
_claim_miss("see k12h's fatalities", "k12h:state news agency~5")
_miss("the cartel's count of its own dead (5), which leaves out the soldier, is taken as the lowest toll; the coder "
      "keeps the ministry's 13", "k14h:fatalities")
_claim_miss("'men who said they belonged to the CJNG said' keeps no claimant", "k14h:CJNG~5")
_miss("'Rebels of the CPC' and 'The CPC' are not read as the Coalition of Patriots for Change", "k16h:actors")
_claim_miss("see k16h's actors", "k16h:CPC~responsibility")


test_reports_are_coded_as_the_coder_codes_them = NOTES.coding_test()


test_each_claim_is_kept_with_its_claimant = CLAIMS.claim_test()


def test_every_known_miss_names_a_case() -> None:
    assert not NOTES.unchecked_misses()
    assert not CLAIMS.unchecked_misses()
