"""The Russian reader, sixth round (issue 12, faults of fresh text): what each side of an exchange frees, a time
given to the other side to act, counting on cooperation going on,
a measure called economic war, a drone intercepted, «по
данным X» as X's account, the terms of an agreement, a subject
counted, the Jackson-Vanik amendment as a trade restriction.

The sentences are written for these tests; none is from an evaluation set.
"""

import datetime

import pytest

from timeline.assistant.candidates import propose

from .test_assistant_russian import reading as actions_read

MONDAY_9_JUNE_2025 = datetime.date(2025, 6, 9)


def reading(russian, sentence, published=MONDAY_9_JUNE_2025):
    return actions_read(russian, sentence, published)


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


@pytest.mark.parametrize(
    "sentence",
    [
        "Евросоюз дал Минску неделю на то, чтобы освободить задержанного журналиста.",
        "Вашингтон дал Тегерану срок до конца месяца, чтобы вернуться за стол переговоров.",
    ],
)
def test_a_time_given_to_the_other_side_to_do_something_is_a_demand(russian, sentence):
    [(code, score, _, target)] = reading(russian, sentence)
    assert (code, score) == ("10", -5.0)
    assert target in ("Belarus", "Iran")


def test_a_time_in_which_something_will_be_done_is_no_demand(russian):
    assert reading(russian, "Москва даст ответ на предложение Вашингтона через несколько дней.") == []


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Токио рассчитывает на продолжение сотрудничества с Москвой в энергетике.", "03"),
        ("Песков сказал, что Кремль рассчитывает на восстановление диалога с Вашингтоном.", "036"),
    ],
)
def test_counting_on_cooperation_going_on_is_an_intent_to_cooperate(russian, sentence, code):
    [(found, score, _, _)] = reading(russian, sentence)
    assert (found, score) == (code, 4.0)


@pytest.mark.parametrize(
    "sentence",
    [
        "Лавров назвал новые санкции Вашингтона экономической войной.",
        "В Кремле назвали пошлины Евросоюза экономической войной против России.",
    ],
)
def test_calling_a_measure_economic_war_is_disapproval(russian, sentence):
    [(code, score, _, target)] = reading(russian, sentence)
    assert (code, score) == ("11", -2.0)
    assert target in ("European Union", "United States")


@pytest.mark.parametrize(
    "sentence",
    [
        "Американские истребители перехватили российский беспилотник над Аляской.",
        "Российский Су-35 перехватил американский дрон над Средиземным морем.",
    ],
)
def test_intercepting_a_drone_is_a_show_of_force(russian, sentence):
    [(code, score, source, target)] = reading(russian, sentence)
    assert (code, score) == ("15", -7.2)
    assert {source, target} == {"Russia", "United States"}


@pytest.mark.parametrize(
    ("sentence", "doer", "body"),
    [
        ("По данным Госдепартамента, Москва выслала двух дипломатов.", "Russia", "US State Department"),
        ("По данным Пентагона, российский истребитель перехватил беспилотник.", "Russia", "US Department of Defense"),
    ],
)
def test_a_body_whose_account_is_given_is_not_the_target(russian, sentence, doer, body):
    [(_, _, source, target)] = reading(russian, sentence)
    assert source == doer
    assert target != body


@pytest.mark.parametrize(
    "sentence",
    [
        "По договору стороны в течение семи лет сократят свои арсеналы до 1550 боезарядов.",
        "По условиям сделки Москва освободит двух американцев, а Вашингтон вернет трех россиян.",
    ],
)
def test_what_an_agreement_provides_is_its_terms_not_an_act(russian, sentence):
    assert reading(russian, sentence) == []


def test_what_the_sides_have_agreed_on_is_still_done(russian):
    [(code, _, source, _)] = reading(russian, "По договоренности сторон, Лавров посетит Вашингтон в мае.")
    assert (code, source) == ("042", "Sergey Lavrov")


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        ("Два американских эсминца провели учения у берегов Крыма.", "United States"),
        ("Три российских бомбардировщика перехватили британский самолет-разведчик.", "Russia"),
    ],
)
def test_a_subject_counted_in_the_genitive_is_the_doer(russian, sentence, doer):
    [(_, _, source, _)] = reading(russian, sentence)
    assert source == doer


@pytest.mark.parametrize(
    ("sentence", "code", "category"),
    [
        ("Конгресс США в 2012 году отменил поправку Джексона-Вэника в отношении России.", "085", "sanctions"),
        ("Сенат отказался отменить поправку Джексона-Вэника для Москвы.", "1244", "sanctions"),
    ],
)
def test_the_jackson_vanik_amendment_is_a_trade_restriction(russian, sentence, code, category):
    [action] = [(candidate.code, candidate.category) for candidate in propose(sentence, MONDAY_9_JUNE_2025, russian)]
    assert action == (code, category)
