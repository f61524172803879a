"""Faults met in the located-and-dated round (branch enlocate, 2026-11-29): gold events no candidate quoted, and
dates given relative to another act. Each test reads sentences of its own, not the data sets', and failed before the
rule or the vocabulary it tests."""

import datetime

import pytest

from timeline.assistant.candidates import propose

pytestmark = pytest.mark.django_db


def read(text, vocabulary, published="2024-03-15"):
    return propose(text, datetime.date.fromisoformat(published), vocabulary)


def dated(candidates, code):
    return [(found.date.date.isoformat(), found.date.precision) for found in candidates if found.code == code]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lavrov on Friday criticised the decision, a day after his deputy, Sergei Ryabkov, met Rubio in Geneva.",
        "Lavrov on Friday criticised the decision, a day after the U.S. envoy, Kurt Volker, met Ryabkov in Geneva.",
    ],
)
def test_a_name_set_off_by_commas_in_a_day_after_clause_leaves_the_act_a_day_before(shipped_vocabulary, sentence):
    """ "a day after his special envoy, Steve Witkoff, met Putin" was dated the main clause's Friday: the clause ended
    at the comma before the name."""
    assert dated(read(sentence, shipped_vocabulary), "04") == [("2024-03-14", "day")]
