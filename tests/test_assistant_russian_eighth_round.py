"""The Russian reader, eighth round (issue 12, faults of feature and analysis articles).

The sentences are written for these tests; none is from an evaluation set.
"""

import datetime

import pytest

from timeline.assistant.candidates import propose

THURSDAY_12_JUNE_2025 = datetime.date(2025, 6, 12)


def proposed(russian, body, published=THURSDAY_12_JUNE_2025):
    return [
        (candidate.code, candidate.category, candidate.date.date, candidate.date.precision)
        for candidate in propose(body, published, russian)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Выйдя из министерства, посол США от комментариев журналистам отказался.",
        "В посольстве России от комментариев отказались.",
    ],
)
def test_a_comment_declined_with_the_comment_first_is_no_event(russian, sentence):
    assert proposed(russian, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "«Вашингтон дал понять, что готов к диалогу, а отвечать придется Москве», — считает один из "
        "американских экспертов по России.",
        "По мнению опрошенных газетой экспертов, Кремль предложил переговоры, чтобы выиграть время.",
        "Аналитики полагают, что Пекин поддержит Москву в Совете Безопасности.",
    ],
)
def test_an_experts_reading_of_events_is_no_event(russian, sentence):
    assert proposed(russian, sentence) == []

