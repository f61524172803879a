"""An act told in the passive after its noun, with its doer after "by" ("the truce brokered by Turkey").

A verb expression with its object ("broker ... deal") is read in the passive too, the object first; a participle
with its agent after it is a verb, not an adjective ("a deal brokered by": "deal" ends like an adjective); such a
participle names who did it, so it is kept in an aside or an opening phrase; and when the clause has a verb of its
own after a comma, that verb governs and the participle is an act of its own. Each sentence here was read without
the mediation before the rule.
"""

import datetime

import pytest

from timeline.assistant.candidates import propose

pytestmark = pytest.mark.django_db


def read(sentence, vocabulary):
    return propose(sentence, datetime.date(2024, 5, 14), vocabulary)


def codes(candidates):
    return sorted((candidate.code, candidate.category) for candidate in candidates)


def test_an_agreement_brokered_by_a_third_side_is_its_mediation(shipped_vocabulary):
    candidates = read("The truce, brokered by Turkey in Ankara on Monday, held through the night.", shipped_vocabulary)

    assert codes(candidates) == [("045", "diplomatic")]
    assert candidates[0].action.source.name == "Turkey"


def test_talks_mediated_by_someone_in_an_aside_are_kept(shipped_vocabulary):
    candidates = read("Kyiv and Moscow signed a gas deal on Monday after talks mediated by Turkey.", shipped_vocabulary)

    assert ("045", "diplomatic") in codes(candidates)
    mediation = next(candidate for candidate in candidates if candidate.code == "045")
    assert mediation.action.source.name == "Turkey"


def test_the_clause_verb_governs_and_the_mediation_is_an_act_of_its_own(shipped_vocabulary):
    candidates = read(
        "Under a prisoner swap brokered by Saudi Arabia on Tuesday, Russia freed two Americans.", shipped_vocabulary
    )

    assert codes(candidates) == [("045", "diplomatic"), ("084", "cooperation")]
    release = next(candidate for candidate in candidates if candidate.code == "084")
    assert release.action.source.name == "Russia"


def test_a_participle_with_no_comma_after_it_still_governs(shipped_vocabulary):
    # the rule of the lead's round: "arrested by the FBI" is the act, no flight of the FBI's
    candidates = read("Four Russian officers detained by the FBI were flown to Vienna on Friday.", shipped_vocabulary)

    assert [candidate.code for candidate in candidates] == ["173"]
    assert candidates[0].action.source.name == "FBI"
