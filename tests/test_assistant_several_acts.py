"""A sentence that reports several acts gives one candidate for each: a saying whose reported clause carries its own
threat, joined to a second verb of the same speaker ("said that Washington would pay a heavy price and denounced
the decision"), and an expression of intent whose "do so" stands for the act before it ("would not be the first to
deploy the missiles but would be ready to do so if ..."), and a saying that the answer to it calls an accusation
(", an allegation the ministry denied"). A saying with nothing to code stays no candidate."""

import pytest

from tests.proposed import only, read


def codes(candidates):
    return [(candidate.code, candidate.category) for candidate in candidates]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lavrov said on Monday that Washington would pay a heavy price for the seizure and denounced the new tariffs.",
        "Peskov said the United States will pay dearly for its decision and criticised the sanctions on Thursday.",
    ],
)
def test_a_threat_said_and_a_criticism_joined_to_it_are_two_candidates(shipped_vocabulary, sentence):
    candidates = read(sentence, "2023-05-08", shipped_vocabulary)

    assert codes(candidates) == [("13", "rhetoric"), ("11", "rhetoric")]
    assert all(candidate.score < 0 for candidate in candidates)
    assert candidates[0].source_actor == candidates[1].source_actor
    assert candidates[0].source_actor is not None


def test_a_saying_with_one_reported_clause_stays_one_candidate(shipped_vocabulary):
    candidate = only(
        read(
            "Lavrov said on Monday that Washington would pay a heavy price for the seizure of the tanker.",
            "2023-05-08",
            shipped_vocabulary,
        )
    )

    assert candidate.code == "13"


def test_a_bare_saying_joined_to_a_criticism_adds_no_candidate(shipped_vocabulary):
    candidate = only(
        read(
            "Lavrov said on Monday that the talks would go on and criticised the new tariffs.",
            "2023-05-08",
            shipped_vocabulary,
        )
    )

    assert (candidate.code, candidate.category) == ("11", "rhetoric")


def test_a_bare_said_that_gives_no_candidate(shipped_vocabulary):
    assert read("Lavrov said on Monday that the talks would go on.", "2023-05-08", shipped_vocabulary) == []


def test_a_verb_that_may_go_on_a_reported_past_stays_in_it(shipped_vocabulary):
    """ "said Russia had seized ... and denounced": the second verb may be Russia's, so the saying is no act."""
    candidates = read(
        "Lavrov said on Monday that the talks had stalled in March and denounced the new tariffs.",
        "2023-05-08",
        shipped_vocabulary,
    )

    assert codes(candidates) == [("11", "rhetoric")]


def test_restraint_and_a_readiness_to_do_so_on_a_condition_are_restraint_and_a_threat(shipped_vocabulary):
    candidates = read(
        "Shoigu said Russia would not be the first to carry out nuclear tests but would be ready to do so if "
        "the United States tested first.",
        "2023-05-08",
        shipped_vocabulary,
    )

    assert codes(candidates) == [("08", "military"), ("138", "military")]
    assert candidates[0].score > 0 > candidates[1].score


def test_an_intent_with_no_do_so_after_it_adds_no_candidate(shipped_vocabulary):
    candidate = only(
        read(
            "Shoigu said Russia would not be the first to carry out nuclear tests but would be ready to talk.",
            "2023-05-08",
            shipped_vocabulary,
        )
    )

    assert candidate.code == "08"


def test_what_is_said_and_answered_as_an_accusation_is_an_accusation_and_a_denial(shipped_vocabulary):
    candidates = read(
        "The Pentagon said on Monday that Russian pilots were flying too close to the destroyer, an allegation the "
        "Russian Defence Ministry denied.",
        "2023-05-08",
        shipped_vocabulary,
    )

    assert codes(candidates) == [("112", "rhetoric"), ("016", "rhetoric")]
    assert candidates[0].score < 0


def test_what_is_said_and_named_a_charge_of_no_one_stays_no_candidate(shipped_vocabulary):
    assert (
        read(
            "The Pentagon said on Monday that the pilots were flying too close, a charge that could not be checked.",
            "2023-05-08",
            shipped_vocabulary,
        )
        == []
    )
