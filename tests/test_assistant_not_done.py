"""A contracted negation ("didn't", "won’t", "can't") negates as "not" does: it is a word of its own, so that
"Russia didn't expel any diplomats" is restraint, not an expulsion; and what is only asked about, not done yet or
unlikely is no event at all."""

import pytest

from tests.proposed import only, read
from timeline.assistant.text import tokenize


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


@pytest.mark.parametrize(
    "sentence",
    [
        "Will Russia expel American diplomats in response?",
        "Why did Washington impose new sanctions on Moscow?",
        "The United States has yet to impose sanctions on Russia.",
        "Russia is unlikely to retaliate against the new sanctions.",
    ],
)
def test_what_is_asked_about_not_yet_done_or_unlikely_is_no_event(shipped_vocabulary, sentence):
    assert read(sentence, "2019-03-04", shipped_vocabulary) == []


def test_a_question_after_a_comma_leaves_the_reported_act(shipped_vocabulary):
    sentence = "Russia expelled 23 British diplomats on Friday, but will it stop there?"

    assert only(read(sentence, "2018-03-16", shipped_vocabulary)).code == "174"
