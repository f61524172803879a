"""A noun made from a verb ends in "-al" as many adjectives do ("a prisoner deal", "the withdrawal" beside
"military", "formal"): a verb after such a noun is the clause's predicate, not a noun it describes."""

import pytest

from tests.proposed import only, read


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("A prisoner deal freed three Americans held in Russia on Thursday.", "084"),
        ("A swap deal released two Russian agents held in Slovenia.", "084"),
    ],
)
def test_a_verb_after_a_noun_in_al_is_the_predicate(shipped_vocabulary, sentence, code):
    candidates = read(sentence, "2024-08-02", shipped_vocabulary)

    assert code in [candidate.code for candidate in candidates]


def test_a_verb_after_an_adjective_in_al_stays_a_noun(shipped_vocabulary):
    candidate = only(read("Moscow denounced the formal protest on Monday.", "2024-08-02", shipped_vocabulary))

    assert candidate.code.startswith("11")
