"""An intent reaches every infinitive coordinated under it: "ready to improve relations and to cooperate" states
two intents, not an intent and an act of cooperation."""

import pytest

from tests.proposed import read


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia is ready to improve relations with the United States and to cooperate on global issues, Lavrov told "
        "Tillerson on Monday.",
        "Washington is willing to ease some sanctions and to cooperate on arms control, a senior official said on "
        "Monday.",
    ],
)
def test_a_second_infinitive_under_an_intent_is_an_intent(shipped_vocabulary, sentence):
    candidates = read(sentence, "2017-07-31", shipped_vocabulary)

    assert candidates
    assert all(candidate.code.startswith("03") for candidate in candidates), [c.code for c in candidates]


def test_an_act_joined_without_to_is_not_drawn_into_the_intent(shipped_vocabulary):
    candidates = read(
        "Russia said on Monday it was ready to resume talks and expelled two U.S. diplomats.",
        "2017-07-31",
        shipped_vocabulary,
    )

    assert any(candidate.code == "174" for candidate in candidates), [c.code for c in candidates]


def test_an_intent_reaches_a_far_infinitive_and_keeps_its_doer(shipped_vocabulary):
    """The first infinitive is no act the lexicon knows; the second is still the intent of the one ready to act,
    not of the partner named in between."""
    candidates = read(
        "Moscow is ready to restore dialogue with Washington and to cooperate on counterterrorism, Lavrov said on "
        "Monday.",
        "2017-07-31",
        shipped_vocabulary,
    )

    assert [(c.code, c.source_actor.name, c.target_actor.name) for c in candidates] == [
        ("03", "Russia", "United States")
    ]
