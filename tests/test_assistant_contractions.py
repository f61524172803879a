"""A contracted negation ("didn't", "won’t", "can't") negates as "not" does: it is a word of its own, so that
"Russia didn't expel any diplomats" is restraint, not an expulsion."""

import pytest

from timeline.assistant.text import tokenize

from .test_assistant_reading import only, read


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("didn't", ["did", "n't"]),
        ("won’t", ["wo", "n’t"]),
        ("can't stop", ["ca", "n't", "stop"]),
        ("the nation's", ["the", "nation", "'", "s"]),
        ("Nantes", ["Nantes"]),
    ],
)
def test_a_contracted_negation_is_a_word_of_its_own_and_offsets_hold(text, words):
    tokens = tokenize(text)

    assert [token.text for token in tokens] == words
    assert all(text[token.start : token.end] == token.text for token in tokens)


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia didn't expel any American diplomats on Friday.",
        '"We won’t expel American diplomats," Putin said on Friday.',
        "Moscow won't retaliate against the new sanctions, Peskov said on Monday.",
    ],
)
def test_a_contracted_negation_turns_a_hostile_act_into_restraint(shipped_vocabulary, sentence):
    candidate = only(read(sentence, "2019-03-04", shipped_vocabulary))

    assert candidate.action.negated
    assert candidate.score >= 0
    assert "will not" in candidate.title


def test_a_contracted_refusal_to_accept_stays_a_rejection(shipped_vocabulary):
    candidate = only(
        read("Washington can't accept the annexation, Kerry said on Monday.", "2014-03-04", shipped_vocabulary)
    )

    assert candidate.action.negated
    assert candidate.code.startswith("12")
