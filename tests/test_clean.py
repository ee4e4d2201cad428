"""Body finding on flat text: golden ranges on our own pages, the seed articles when present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.clean import body_regions, classify_lines

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = sorted((FIXTURES / "clean").glob("*.json"))
SEEDS = Path("/work/shared/seeds")


def _body(text: str, regions: list[tuple[int, int]]) -> str:
    return "".join(text[start:end] for start, end in regions)


@pytest.mark.parametrize("golden", GOLDEN, ids=[g.stem for g in GOLDEN])
def test_golden_body_ranges(golden: Path) -> None:
    case = json.loads(golden.read_text(encoding="utf-8"))
    text = (FIXTURES / case["input"]).read_text(encoding="utf-8")
    regions = body_regions(text)
    assert regions == [tuple(r) for r in case["body"]]
    body = _body(text, regions)
    for snippet in case["must_include"]:
        assert snippet in body
    for snippet in case["must_exclude"]:
        assert snippet in text and snippet not in body


def test_ranges_are_ordered_and_inside_the_text() -> None:
    text = (FIXTURES / "inputs" / "widget_appeal_comments.txt").read_text(encoding="utf-8")
    regions = body_regions(text)
    ends = [0] + [e for _, e in regions]
    assert all(prev <= start < end <= len(text) for (start, end), prev in zip(regions, ends))


def test_repeated_headline_and_caption_are_separate_non_body_lines() -> None:
    text = (FIXTURES / "inputs" / "widget_appeal_comments.txt").read_text(encoding="utf-8")
    regions = body_regions(text)
    headline = "Militants Ambush Army Convoy Near Palmyra, Three Soldiers Killed"
    first, second = text.index(headline), text.index(headline, text.index(headline) + 1)
    assert any(s <= first < e for s, e in regions)
    assert not any(s <= second < e for s, e in regions)
    caption = text.index("A damaged truck")
    assert not any(s <= caption < e for s, e in regions)


def test_comment_thread_without_marker_is_cut_at_the_first_author_bullet() -> None:
    text = (
        "Police said two men were arrested after a grenade was thrown at a bar in the town centre.\n\n"
        "  • Sam Okello\n\n    Good work by the police this time, they acted fast.\n"
    )
    assert _body(text, body_regions(text)).strip().endswith("town centre.")


def test_trailing_related_headlines_without_marker_are_dropped() -> None:
    text = (
        "Rebels seized two villages in the north on Sunday after a day of fighting, residents said.\n\n"
        "Army retakes hill outpost after week-long siege\nTalks on ceasefire stall again\n"
    )
    assert "Army retakes" not in _body(text, body_regions(text))


def test_marker_before_the_article_does_not_cut_the_body() -> None:
    text = "Comments\n\nTroops shelled rebel positions near the river crossing on Monday, a spokesman said.\n"
    assert "Troops shelled" in _body(text, body_regions(text))


def test_a_body_sentence_mentioning_sharing_or_comments_stays() -> None:
    text = ("The spokesman declined to comment on reports that fighters had shared videos of the attack on "
            "Facebook and Twitter before the accounts were suspended.\n")
    assert body_regions(text) == [(0, len(text))]


def test_no_sentence_keeps_every_heading_line() -> None:
    text = "Gunmen kill three in Gao\n0 $\n"
    assert _body(text, body_regions(text)).startswith("Gunmen kill three in Gao")
    assert [line.kind for line in classify_lines(text)] == ["heading", "junk"]


def test_empty_text_has_no_body() -> None:
    assert body_regions("") == []
    assert body_regions("\n  \n") == []


@pytest.mark.skipif(not SEEDS.exists(), reason="shared seeds not mounted")
@pytest.mark.parametrize("name", ["000_0499cdfc8667c467.txt", "002_651985195e203ec5.txt"])
def test_seed_bodies_match_expected(name: str) -> None:
    expected = json.loads((SEEDS / "expected.json").read_text(encoding="utf-8"))
    article = next(a for a in expected["articles"] if a["file"] == name)
    text = (SEEDS / name).read_text(encoding="utf-8")
    regions = body_regions(text)
    first_line_end = text.index("\n", regions[0][0])
    assert regions[0][0] <= article["body"]["start"] < first_line_end  # starts at the headline line
    assert regions[-1][1] == article["body"]["end"]
    body_lines = [line.strip() for line in _body(text, regions).splitlines() if line.strip()]
    assert len(body_lines) == len(set(body_lines))  # the repeated headline is dropped
    assert not any("full-size image" in line or "File photo" in line for line in body_lines)


def test_hard_wrapped_wire_copy_is_kept_whole() -> None:
    text = (
        "SAN MIGUEL, 3 MAR 90 (RADIO NORTE) -- [TEXT] URBAN COMMANDOS BLEW UP TWO\n"
        "ELECTRICITY PYLONS ON THE OUTSKIRTS OF THE CITY LAST NIGHT, CAUSING A\n"
        "BLACKOUT THAT LASTED UNTIL DAWN, POLICE SOURCES REPORTED.\n\n"
        "   THE SOURCES SAID THE DAMAGE WAS ESTIMATED AT\n"
        "$40,000.\n\n"
        "   NO GROUP HAS CLAIMED THE ATTACKS. [PASSAGE OMITTED] [END RECORDING]\n"
    )
    lines = classify_lines(text)
    assert [line.kind for line in lines] == ["sentence", "sentence", "sentence"]
    assert body_regions(text) == [(0, len(text))]


def test_long_paragraph_mentioning_boilerplate_words_stays() -> None:
    text = ("Officials showed a file photo of the suspect and said the men who planted the bomb near the "
            "market had been arrested in a raid on a house in the southern district on Sunday night.\n")
    assert body_regions(text) == [(0, len(text))]


def test_pathological_lines_stay_fast() -> None:
    import time

    text = "1 " * 100_000 + "x\n" + "Shots were fired at a checkpoint near the bridge, police said.\n\n" * 3_000
    start = time.perf_counter()
    regions = body_regions(text)
    assert time.perf_counter() - start < 2
    assert len(regions) == 1


def test_find_body_returns_the_headline_span() -> None:
    from sitrep.clean import find_body

    text = (FIXTURES / "inputs" / "widget_appeal_comments.txt").read_text(encoding="utf-8")
    regions, headline = find_body(text)
    assert regions == body_regions(text)
    assert headline is not None and headline.text == text[headline.start:headline.end]
    assert headline.text == "Militants Ambush Army Convoy Near Palmyra, Three Soldiers Killed"
    assert find_body((FIXTURES / "inputs" / "wire_plain.txt").read_text(encoding="utf-8"))[1] is None


WRAPPED = (
    "PORT ALBA, 2 JUN 91 (XNA) -- A GROUP OF ARMED MEN STORMED THE OFFICES OF\n"
    "THE LOCAL WATER COMPANY TODAY AND SET FIRE TO TWO TRUCKS PARKED IN THE\n"
    "YARD, A COMPANY SPOKESMAN SAID.\n"
    "\n"
    "   THE SPOKESMAN ADDED THAT NOBODY WAS HURT IN THE ATTACK, WHICH TOOK\n"
    "PLACE SHORTLY BEFORE DAWN WHILE ONLY TWO WATCHMEN WERE ON DUTY IN THE\n"
    "BUILDING AND THE GATES OF THE YARD WERE STILL LOCKED FROM THE INSIDE,\n"
    "HE SAID.\n"
)


def test_unwrap_joins_hard_wrapped_lines_and_keeps_offsets() -> None:
    from sitrep.clean import is_hard_wrapped, unwrap

    assert is_hard_wrapped(WRAPPED)
    text = unwrap(WRAPPED)
    assert len(text) == len(WRAPPED)
    assert "OFFICES OF THE LOCAL" in text
    assert "SAID.\n\n   THE SPOKESMAN" in text
    assert text.count("\n") == 3


def test_unwrap_leaves_ordinary_paragraphs_alone() -> None:
    from sitrep.clean import unwrap

    text = "Rebels attacked a police post near the border.\nTwo officers were wounded.\nThe army sent troops.\n"
    assert unwrap(text) is text
