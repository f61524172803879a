"""A penalty foretold to someone named is a threat, in every wording of it: "Russia would pay a heavy price",
"Moscow will pay dearly", said, warned or vowed. Before, "pay a price" was one phrase, so "warned that Russia would
pay a heavy price" was a disapproval (11) and "said that Moscow would pay dearly" no event at all."""

import pytest

from tests.proposed import only, read


@pytest.mark.parametrize(
    "sentence",
    [
        "Secretary of State Antony Blinken warned that Moscow would pay dearly for any new incursion.",
        "Biden warned Putin on Tuesday that Russia would pay a steep price if its troops crossed the border.",
        'Prime Minister Boris Johnson said Russia would "pay a heavy price" for what happened in Salisbury.',
        "NATO said the Kremlin will pay the price for the downing of the drone.",
    ],
)
def test_a_penalty_foretold_to_the_other_side_is_a_threat(shipped_vocabulary, sentence):
    candidate = only(read(sentence, "2022-01-20", shipped_vocabulary))

    assert candidate.code.startswith("13")
    assert candidate.score < 0


def test_a_harm_foreseen_for_people_unnamed_is_no_threat(shipped_vocabulary):
    candidates = read(
        "The United Nations warned that millions of people facing hunger would pay the price of the blockade.",
        "2023-07-18",
        shipped_vocabulary,
    )

    assert not any(candidate.code.startswith("13") for candidate in candidates)


def test_what_analysts_say_someone_will_pay_is_no_threat(shipped_vocabulary):
    assert (
        read("Analysts said Russian consumers would pay dearly for the sanctions.", "2022-03-01", shipped_vocabulary)
        == []
    )
