"""A past act someone says was not done is denied (CAMEO 016), not held back (08) or refused (12).

Restraint and refusal are of what is yet to be done ("will not expel", "refused to retaliate"); "did not", "had
never", "has not" in what a speaker says is their account of what happened. Each sentence below was read as
restraint or refusal before the rule.
"""

import datetime
from decimal import Decimal

import pytest

from timeline.assistant.candidates import propose

pytestmark = pytest.mark.django_db


def only(sentence, vocabulary):
    candidates = propose(sentence, datetime.date(2024, 5, 14), vocabulary)
    assert len(candidates) == 1, [(candidate.code, candidate.title) for candidate in candidates]
    return candidates[0]


@pytest.mark.parametrize(
    "sentence",
    [
        # a hostile act said not to have been done: was restraint (08, +5)
        "The Kremlin said on Monday that Russian troops did not shell the Ukrainian border post.",
        "Lavrov said Moscow had never expelled a single Western journalist.",
        # a cooperative one: was a refusal (12, -4)
        "Washington had not supported the Georgian offensive, the White House said on Monday.",
        # the negation quoted apart from its auxiliary
        'The Pentagon said on Monday that American aircraft had "not attacked" Russian positions.',
    ],
)
def test_a_past_act_said_not_done_is_a_denial(shipped_vocabulary, sentence):
    candidate = only(sentence, shipped_vocabulary)

    assert (candidate.code, candidate.category, candidate.score) == ("016", "rhetoric", Decimal("0.0"))


def test_a_denial_is_titled_in_the_past(shipped_vocabulary):
    candidate = only(
        "The Kremlin said on Monday that Russian troops did not shell the border post.", shipped_vocabulary
    )

    assert "did not shell" in candidate.title


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # what is yet to be done: restraint
        ("Peskov said on Monday that Russia would not expel the American diplomats.", "08"),
        # a refusal verb is an act of refusing, whatever its tense
        ("Peskov said on Monday that Moscow had refused to expel the American diplomats.", "08"),
        # told by the story itself, with no one saying it: restraint observed
        ("Moscow did not retaliate against the new American sanctions on Monday.", "08"),
    ],
)
def test_restraint_ahead_refused_or_narrated_stays_restraint(shipped_vocabulary, sentence, code):
    candidate = only(sentence, shipped_vocabulary)

    assert candidate.code == code
    assert candidate.score > 0


def test_a_refusal_not_made_is_no_denial(shipped_vocabulary):
    # "had not ruled out": openness to the act, not an account of an act not done
    candidate = only("Peskov said on Monday that new talks with Washington had not been ruled out.", shipped_vocabulary)

    assert candidate.code != "016"
    assert candidate.score > 0
