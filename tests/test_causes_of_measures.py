"""A security measure told with its cause: 'due to' before a noun gives a cause (no hedge of the future), and a
security threat named as the reason for a closure is no unreal frame: the closure is done. Sentences written by us."""
import pytest

from sitrep import classify, relevance


def kept(text: str) -> list[str]:
    return [sub_type for sub_type, _ in relevance.relevant_types(text, classify.classify(text))]


@pytest.mark.parametrize("text", [
    "Schools in Tillaberi were closed due to security threats from armed groups.",
    "Two markets near Djibo were shut down due to insecurity on Friday.",
    "The primary school of Tanout was shut because of security threats.",
    "On 3 May 2023, the market of Gorom-Gorom (Oudalan, Sahel) was shut because of security threats.",
])
def test_measure_with_its_cause_is_coded(text: str) -> None:
    assert kept(text)[:1] == ["Change to group/activity"]


@pytest.mark.parametrize("text", [
    "Troops are due to deploy to Mopti next week.",
    "The rebels are due to attack the town, residents fear.",
    "Police said the bomb threat at the stadium was a hoax.",
    "A security alert was issued for the capital ahead of the holidays.",
])
def test_future_or_alert_is_not_an_event(text: str) -> None:
    assert kept(text) == []
