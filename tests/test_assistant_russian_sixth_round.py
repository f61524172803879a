"""The Russian reader, sixth round (issue 12, faults of fresh text): what each side of an exchange frees.

The sentences are written for these tests; none is from an evaluation set.
"""

import datetime

from timeline.assistant.candidates import propose

MONDAY_9_JUNE_2025 = datetime.date(2025, 6, 9)


def proposed(russian, body, published=MONDAY_9_JUNE_2025):
    return [
        (candidate.code, candidate.source_actor and candidate.source_actor.name, candidate.action.mutual)
        for candidate in propose(body, published, russian)
    ]


def test_what_each_side_frees_in_an_exchange_is_an_act_of_its_own_beside_the_exchange(russian):
    body = (
        "Москва и Вашингтон в понедельник обменялись заключенными в аэропорту Стамбула.\n\n"
        "Россия освободила американского бизнесмена, осужденного за контрабанду.\n\n"
        "Соединенные Штаты, в свою очередь, освободили российского программиста."
    )
    assert proposed(russian, body) == [
        ("084", "Russia", True),
        ("084", "Russia", False),
        ("084", "United States", False),
    ]
    # the exchange told again is still one exchange
    again = "Москва и Вашингтон в понедельник обменялись заключенными.\n\nОбмен заключенными прошел в Стамбуле."
    assert [code for code, _, _ in proposed(russian, again)] == ["084"]
