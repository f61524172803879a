"""English titles written as headlines: in the present tense, a passive without its auxiliaries, a doer the sentence
names in its own words when no actor is named, and a verb negative by its own words read as written."""

import datetime

import pytest

from timeline.assistant.candidates import propose
from timeline.assistant.tense import base_of, in_the_present

PUBLISHED = datetime.date(2019, 6, 14)


def titles(vocabulary, body):
    return [candidate.title for candidate in propose(body, PUBLISHED, vocabulary)]


@pytest.mark.parametrize(
    ("past", "base"),
    [
        ("signed", "sign"),
        ("announced", "announce"),
        ("agreed", "agree"),
        ("stopped", "stop"),
        ("carried", "carry"),
        ("negotiated", "negotiate"),
        ("treated", "treat"),
        ("offered", "offer"),
        ("voted", "vote"),
        ("held", "hold"),
        ("called", "call"),
        ("completed", "complete"),
        ("competed", "compete"),
        ("deleted", "delete"),
        ("targeted", "target"),
        # a spelling that could come of two bases is left as written
        ("visited", None),
        ("expelled", None),
    ],
)
def test_a_past_form_gives_its_base_only_when_its_spelling_is_certain(past, base):
    assert base_of(past) == base


@pytest.mark.parametrize(
    ("words", "present"),
    [
        ("signed a border agreement", "signs a border agreement"),
        ("has signed a border agreement", "signs a border agreement"),
        ("will hold talks", "holds talks"),
        ("would not seek a delay", "will not seek a delay"),
        ("visited Minsk", "visited Minsk"),
    ],
)
def test_words_opening_with_a_past_are_put_in_the_present(words, present):
    assert " ".join(in_the_present(words.split())) == present


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Germany and Poland signed a border agreement on Monday.", "Germany and Poland sign a border agreement"),
        ("Belarusian troops pulled out of the border zone on Sunday.", "Belarusian troops pull out of the border zone"),
        (
            "The Investigative Committee opened a criminal case into the blast.",
            "Investigative Committee opens a criminal case into the blast",
        ),
    ],
)
def test_a_title_is_in_the_present_tense(shipped_vocabulary, body, title):
    assert title in titles(shipped_vocabulary, body)


def test_a_passive_title_leaves_out_the_auxiliaries_of_a_past(shipped_vocabulary):
    found = titles(shipped_vocabulary, "Three Estonian consuls were expelled from Russia on Friday.")

    assert "Three Estonian consuls expelled from Russia" in found


def test_a_title_without_a_named_actor_opens_with_the_sentences_own_doer(shipped_vocabulary):
    found = titles(shipped_vocabulary, "The envoys must leave the country within a week, the ministry said.")

    assert "The envoys must leave the country within a week" in found


def test_a_verb_negative_by_its_own_words_is_not_negated_again(shipped_vocabulary):
    found = titles(shipped_vocabulary, "The Kremlin said Moscow has nothing to do with the sabotage.")

    assert "Russia has nothing to do with the sabotage" in found


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ('Blinken called the vote "a sham".', "Blinken calls the vote a sham"),
        (
            'Kuleba on Friday called the sanctions "a dangerous escalation".',
            "Kuleba calls the sanctions a dangerous escalation",
        ),
    ],
)
def test_a_judgement_in_quote_marks_keeps_the_doers_verb_not_a_colon(shipped_vocabulary, body, title):
    assert title in titles(shipped_vocabulary, body)
