"""Golden test of competing claims, second batch (tests/fixtures/competing_claims2.tsv): short reports where the sides
and those who count disagree in ways the first batch (tests/test_competing_claims.py) left out: battles where each
side claims the other's losses, protests where police deny the force organisers report and count their own injured,
riots with a hospital's toll beside the police's, arrests and raids claimed by one side and denied by the other, towns
said to be taken and said not to be, attacks claimed by two groups or blamed on a third, tolls given as ranges or
"at least"/"up to", and tolls from unnamed sources. Each report's main event is checked for its sub-event type, its
actors and its fatalities (the most conservative credible toll), and every claim the coder lists must be in the
event's `claims` with its claimant (or the claimant's actor) and what it says: a toll, a number injured, or its kind.
Fields sitrep gets wrong today are strict xfails with their reason.

First pass (the 52 reports not held out, written before sitrep was run on any of them, sitrep at main f251ef4):
sub-event type 37/52, actors 27/45, fatalities 38/51, claims kept with claimant and what they say 62/118. Misses:
claims of who did it or denials of it kept for violent events only (police denying force on protesters, a group
denying an arrest or a capture, all dropped); denials by speakers that are no armed actor ('the diocese denied the
charges', 'relatives denied', 'a herders' association denied'); a toll told after a crowd event that first names the
crowd or the police ('Organisers said five protesters were shot dead') made a second event; 'while X's radio station
said' and ', and hospital staff said' not split off as second sources; 'treated 20 people', 'received one body', 'four
bodies had been brought in', 'put the total toll at 11', 'the toll was probably between 15 and 20', 'four of its men
were killed' not read; 'The Ombudsman's Office' kept as 'Office'; 'up to 10' (read 1-10) taken as the lowest toll.

After this task's rules (branch claims2): sub-event type 39/52, actors 30/45, fatalities 45/51, claims 104/118. The 18
held-out reports, run once after the rules: sub-event type 11/18, actors 9/14, fatalities 13/16, claims 27/39. Two
coder keys were corrected after the first pass: HTS is 'Hayat Tahrir al-Sham' in its report's words, and Senegal's
gendarmes are ACLED's 'Police Forces of Senegal (2024-) Gendarmerie'. Six reports (five tune, one held out) were
reworded after the runs where a common run of six words also stood in a corpus (scripts/check_copied_text.py); the
figures above are unchanged by it. Merged with rules written for tests/test_incident_summaries.py
(a claimed group takes the place of an unnamed side told second), b5, t4 and c6 name their sides: tune actors 33/45.
Later, the remote-explosive cue through a reduced relative clause (tests/test_either_of_two_groups.py) coded c1's
bomb right.
Later (claims3), 'put the number at 10' is read as a source's toll (`casualties._FIGURE_PUT`): u5h's hospital source is
kept, and two plural nouns under one count ('50 soldiers and volunteers died', `casualties._SHARED_COUNT`) are one
toll: c6's JNIM claim is kept.
Later (stop 44, tests/test_territory_verbs.py), an armed side 'driven out of' a town is ground lost to the side that
drove it out: t6 is coded as ground taken, with its dead and the army's denial. Later (stop 44, tests/test_tolls3.py: a
counted part of someone's people is its own group), held out ph9h's 'a regional commander ... and two of his
bodyguards' is a toll of three, and the army's claim is kept.
"""

from __future__ import annotations

from pathlib import Path

from golden_claims import claims_fixture

NOTES, CLAIMS = claims_fixture(Path(__file__).parent / "fixtures" / "competing_claims2.tsv",
                               lambda note, claimant, what: f"{note}:{claimant}~{what}")
_miss = NOTES.miss
_claim_miss = CLAIMS.miss


# --- known misses ----------------------------------------------------------------------------------------------------

_miss("the BLA's claim names actor 1, though the Balochistan Liberation Front's rival claim leaves the doer "
      "unidentified", "c1:actors")
_miss("M23's 'lost a few men' is read as a toll of three (the codebook's 'a few'), lower than the six bodies counted: "
      "a side's count of its own dead is taken for the incident's", "b8:fatalities")
_miss("police opening fire with deaths told only by the organisers is kept as an intervention: the dead are read, the "
      "force that killed them is not weighed against the police's denial", "p1:sub_event_type")
_miss("state media's 'separatist gunmen had fired first on a police station' makes the main event a clash with an "
      "unidentified group", "p4:sub_event_type", "p4:actors")
_miss("'protesters blocking a highway' with police saying they used only tear gas is read as a riot",
      "p5:sub_event_type", "p5:actors")
_miss("rubber bullets that left a photographer in critical condition are read as excessive force; the coder keeps "
      "non-lethal force without deaths an intervention", "p9:sub_event_type")
_miss("the police's 'nobody was killed' is a toll of 0, the lowest of the claims, though the police are the side "
      "accused: a denial by the doer is not set aside as no count", "p2:fatalities")
_miss("'Hindu and Muslim groups clashed' is read as a clash of unidentified armed groups, not communal rioters",
      "r1:sub_event_type", "r1:actors")
_miss("'youths ... torched a police post and fought with officers' is read as an armed clash with an unidentified "
      "group, and the riot told next ('two rioters were shot dead') becomes a second event", "r2:sub_event_type",
      "r2:actors", "r2:fatalities")
_miss("the police's one dead officer and the doctors' three civilians count different dead; ACLED fatalities take the "
      "lowest claim (1) rather than adding claims about different victims; and the TLP's supporters clashing with "
      "police read as mob violence", "r3:fatalities", "r3:sub_event_type")
_miss("the RSF's capture, denied by the army, is coded as the capture; the coder codes a contested capture as the "
      "fighting", "t3:sub_event_type")
_miss("the FLA is no known actor (an alliance of Tuareg rebels is read as a Tuareg ethnic militia)", "t6:actors")
_miss("the state government's blame of 'Fulani herdsmen' names the militia though the herders' association denies "
      "it: a denial by an association for the community is no denial by the group blamed", "c3:actors")
_miss("the army's blame of the BRN names it as actor 1 though the police suspect a drug gang", "c8:actors")
_miss("'armed youths from Jonglei' are not read as a communal militia", "g1:actors")
_miss("'Up to 70 people may have died' (a toll told as possible) opens no event", "g2:sub_event_type", "g2:actors",
      "g2:fatalities")
_miss("the town was taken from the junta, which the text names only as the speaker of the denial ('The junta called "
      "the claim false propaganda'): no actor mention covers 'the junta'", "t2:actors")
_miss("'insurgents' in Cabo Delgado stay an unidentified armed group", "g3:actors")
# held out (run once, after this task's rules; not fixed against)
_miss("water cannon and tear gas with 27 officers injured is read as a violent demonstration", "p8h:sub_event_type",
      "p8h:actors")
_miss("the army, which only gives a toll ('the army said only eight'), is taken for a side of a clash, and the toll "
      "parts after the semicolon ('a hospital source put the number at 10 and the army said only eight') are not kept, "
      "so the witnesses' 16 stands", "u5h:sub_event_type", "u5h:actors", "u5h:fatalities")
_miss("arrests 'for planning riots' are read as a riot", "ug9h:sub_event_type")
_miss("a crowd storming a government office, fired on by police, is read as excessive force against protesters",
      "np9h:sub_event_type", "np9h:actors")
_miss("'soldiers killed a regional commander of the New People's Army and two of his bodyguards' is read as an "
      "attack on civilians: the rebels named through their commander are no side",
      "ph9h:sub_event_type", "ph9h:actors")
_miss("a police raid that killed 28 suspected traffickers is read as an attack", "br9h:sub_event_type")
_miss("youths throwing stones and petrol bombs at police are read as mob violence", "tn9h:sub_event_type")
_miss("the police's blame of 'Kuki militants' names the Kuki militia though the Kuki Inpi denies it", "c7h:actors")
_miss("'the army put its losses at five' is not read as a toll, so the opposition's 27 stands", "ss9h:fatalities")
_claim_miss("the diocese's 'he was taken by armed men' is read as an abduction of its own, and the denial goes there",
            "a4h:diocese~denial")
_claim_miss("see u5h's misses", "u5h:army~8")
_claim_miss("'Accounts linked to the cartel on social media' is kept whole as the claimant, without the words 'cartel "
            "accounts'", "mx9h:cartel accounts~3")
_claim_miss("'and denied firing at them' is no denial form read ('denied killing' is)", "ke9h:police~denial")
_claim_miss("'A rights group, INSEC, said' is kept without its name, and 'accused police' takes 'said six died and' "
            "for the one who blames", "np9h:INSEC~6")
_claim_miss("'denied they belonged to any armed group' is no denial form read, and the militia's statement is kept as "
            "its own claim of the strike", "iq9h:YBS~denial")
_claim_miss("see ph9h's misses", "ph9h:relatives~denial")
_claim_miss("'the army put its losses at five' is not read as a toll", "ss9h:army~5")
_claim_miss("'Azerbaijan denied opening fire and accused Armenian forces' is kept as an attribution by 'Azerbaijan "
            "denied opening fire and': the country's name is no actor mention, and 'denied opening fire' no denial "
            "form read", "am9h:Azerbaijan~denial")
_claim_miss("'which the interior ministry denied' (the denier after its verb, in a relative clause) is not read",
            "tn9h:interior ministry~denial")
_claim_miss("the claims are on the riot told second; the main event is the clash read from the first sentence (see "
            "r2's misses)", "r2:police~2", "r2:hospital~4")
_claim_miss("a ministry telling the arrests its police made is kept as a source, not as the side's own account",
            "a1:interior minister~responsibility", "a2:interior ministry~responsibility")
_claim_miss("the FLA, no known actor, is not matched as the claimant of its own taking", "t6:FLA~responsibility")
_claim_miss("'officials blamed foreign-backed groups and said the death toll was five': a claimant whose verb of "
            "saying follows a verb of blame is not found, so the toll goes to the group named before",
            "c2:officials~5")
_claim_miss("'a rival faction said its own fighters had carried it out' names no group, so its claim has no side",
            "c5:rival faction~responsibility")
_claim_miss("'police said a local drug gang may have been behind it' names no group, so the suspicion is not kept",
            "c8:police~suspicion")
_claim_miss("no event is coded (see g2's misses)", "g2:UN human rights office~<70", "g2:police~40",
            "g2:Gran Grif~responsibility")
_claim_miss("'a source in the US-led coalition said the target was ...' is not read as the coalition owning the strike",
            "u2:coalition~responsibility")


test_reports_are_coded_as_the_coder_codes_them = NOTES.coding_test()


test_each_claim_is_kept_with_its_claimant = CLAIMS.claim_test()


def test_every_known_miss_names_a_case() -> None:
    assert not NOTES.unchecked_misses()
    assert not CLAIMS.unchecked_misses()
