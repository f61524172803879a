"""The Russian reader, fifth round (issue 12): conditions, doers named by where they speak, denials, «тогда».

The sentences are written for these tests; none is from an evaluation set.
"""

import datetime

import pytest

from timeline.assistant.languages import Vocabulary

from .test_assistant_russian import reading as actions_read

TUESDAY_14_OCTOBER_2025 = datetime.date(2025, 10, 14)


@pytest.fixture
def russian(shipped_vocabulary):
    return Vocabulary.from_database("ru")


def reading(russian, sentence, published=TUESDAY_14_OCTOBER_2025):
    return actions_read(russian, sentence, published)


def test_what_is_done_once_a_condition_is_met_is_not_done_yet(russian):
    """«как только», «при условии, что» set a condition as «если» does: the act in it is not reported as done."""
    codes = [
        action[0]
        for action in reading(russian, "Киев готов продлить контракт, как только Брюссель подпишет меморандум.")
    ]
    assert "057" not in codes
    assert reading(russian, "Минск возобновит транзит при условии, что Варшава подпишет договор.") == []
    # a hostile act set on such a condition is a threat, as after «если»
    [(code, score, source, target)] = reading(
        russian, "Токио введет новые санкции, как только Россия разместит ракеты на Курилах."
    )
    assert (code[:2], score < 0, source, target) == ("13", True, "Japan", "Russia")
