"""The Russian reader, tenth round (issue 12, acts a reader misses: named by nouns, in the passive, in asides, by
third parties).

The sentences are written for these tests; none is from an evaluation set.
"""

import datetime

import pytest

from timeline.assistant.candidates import propose
from timeline.assistant.sentences import split_sentences

FRIDAY_14_MARCH_2025 = datetime.date(2025, 3, 14)


def proposed(russian, body):
    return propose(body, FRIDAY_14_MARCH_2025, russian)


def codes(russian, body):
    return [candidate.code for candidate in proposed(russian, body)]


def roles(russian, body):
    return [(str(candidate.source_actor), str(candidate.target_actor)) for candidate in proposed(russian, body)]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Вашингтон отозвал соглашение о сотрудничестве с Москвой.", "161"),
        ("Евросоюз заморозил работу совместной комиссии с Россией.", "161"),
        ("Сенат США отложил ратификацию договора с Россией.", "161"),
        ("Литва отозвала из Москвы временного поверенного в делах.", "161"),
        ("Пентагон отменил учения с участием российских военных.", "16"),
        ("Евросоюз приостановил сертификацию российского газопровода.", "163"),
        ("Лавров назвал решение Вашингтона политизированным.", "11"),
        ("Захарова назвала американские санкции бессмысленными.", "11"),
        ("Песков заявил, что Россия будет действовать по принципу взаимности.", "13"),
        ("Лавров высказался против расширения НАТО.", "11"),
        ("Небензя назвал удары по Сирии опасной эскалацией.", "11"),
        ("Вашингтон готов ввести новые ограничения, если Москва не выполнит требования.", "131"),
    ],
)
def test_the_tenth_rounds_wordings_are_in_the_lexicon(russian, sentence, code):
    assert codes(russian, sentence) == [code]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Евросоюз согласовал новые санкции против России.", "163"),
        ("Президент США высказал Москве претензии.", "11"),
        ("Генсек НАТО сообщил о высылке восьми российских дипломатов.", "174"),
    ],
)
def test_agreeing_on_voicing_and_reporting_a_noun_are_its_act(russian, sentence, code):
    assert codes(russian, sentence) == [code]


def test_the_state_named_inside_a_passive_expression_is_where_the_measure_is_taken(russian):
    body = "Двое американских дипломатов были объявлены в России персонами нон грата."
    assert roles(russian, body) == [("Russia", "United States")]


@pytest.mark.parametrize("number", ["Сорок", "Шестьдесят", "Пятьдесят"])
def test_any_cardinal_counts_the_genitive_phrase_after_it(russian, number):
    body = f"{number} американских дипломатов были высланы."
    assert [target for _, target in roles(russian, body)] == ["United States"]


def test_a_briton_stands_for_the_united_kingdom(russian):
    assert roles(russian, "Москва выслала десять британцев.") == [("Russia", "United Kingdom")]


def test_two_third_parties_acting_alike_are_two_acts(russian):
    body = (
        "Семь российских дипломатов были высланы из США. Польша выслала трех российских дипломатов. "
        "Генсек НАТО объявил о высылке двух сотрудников российского представительства при альянсе."
    )
    assert [source for source, _ in roles(russian, body)] == ["United States", "Poland", "NATO"]


def test_a_third_partys_act_is_not_an_earlier_report_naming_no_one_told_again(russian):
    body = (
        "Ограничения затронули два банка, а также инвесторам запрещено покупать облигации. "
        "Германия приостановила сертификацию газопровода."
    )
    assert "Germany" in [source for source, _ in roles(russian, body)]


def test_a_stop_with_no_space_after_it_ends_no_sentence():
    body = "Санкции затронули ВЭБ.РФ и Промсвязьбанк. Рынок упал."
    assert [sentence.text for sentence in split_sentences(body, "ru")] == [
        "Санкции затронули ВЭБ.РФ и Промсвязьбанк.",
        "Рынок упал.",
    ]


def test_a_planned_thing_cancelled_in_a_month_is_cancelled_in_the_month_past(russian):
    body = "В августе Пентагон отменил запланированные учения с участием российских военных."
    dates = [candidate.date.date for candidate in propose(body, datetime.date(2008, 9, 8), russian)]
    assert dates == [datetime.date(2008, 8, 1)]
