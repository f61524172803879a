"""The Russian reader, seventh round (issue 12, faults of fresh wire text): «накануне» as the day before the
dateline.

The sentences are written for these tests; none is from an evaluation set.
"""

import datetime

import pytest

from timeline.assistant.candidates import propose
from timeline.assistant.russian.reading import read

THURSDAY_12_JUNE_2025 = datetime.date(2025, 6, 12)


def dated(russian, body, published=THURSDAY_12_JUNE_2025):
    return [
        (candidate.code, candidate.date.date, candidate.date.precision)
        for candidate in propose(body, published, russian)
    ]


def test_nakanune_is_the_day_before_the_ledes_day_whatever_day_a_sentence_between_named(russian):
    body = (
        "Министры иностранных дел России и Китая в четверг провели переговоры в Пекине.\n\n"
        "Германия выслала двух российских дипломатов 3 июня.\n\n"
        "Накануне МИД России призвал Берлин отказаться от новых высылок."
    )
    assert [date for _, date, _ in dated(russian, body)] == [
        datetime.date(2025, 6, 12),
        datetime.date(2025, 6, 3),
        datetime.date(2025, 6, 11),
    ]


def test_nakanune_after_the_doer_is_the_day_before_the_ledes_day_too(russian):
    body = (
        "Франция в четверг выслала российского дипломата.\n\n"
        "Москва в понедельник закрыла французское консульство в Екатеринбурге.\n\n"
        "Ответные меры накануне объявил и МИД Бельгии."
    )
    assert [date for _, date, _ in dated(russian, body)][2:] == [datetime.date(2025, 6, 11)]


def test_a_day_earlier_still_counts_from_the_day_named_last(russian):
    body = (
        "Франция в четверг выслала российского дипломата.\n\n"
        "Германия выслала двух российских дипломатов 3 июня.\n\n"
        "Днем ранее Берлин вызвал российского посла."
    )
    assert [date for _, date, _ in dated(russian, body)][2:] == [datetime.date(2025, 6, 2)]


@pytest.mark.parametrize(
    "sentence",
    [
        "В ответ Москва освободила американского студента, задержанного в аэропорту Шереметьево в 2023 году.",
        "Американскими властями был освобожден российский летчик, осужденный в Нью-Йорке в 2011 году.",
        "Министр предложил продолжить консультации по договору, подписанному в Вене в 2015 году.",
        "Вашингтон пообещал ускорить выделение кредита, одобренного МВФ в марте.",
        "Лавров призвал вернуться к соблюдению истекающего в 2031 году соглашения.",
    ],
)
def test_a_time_in_a_participles_phrase_dates_the_participles_act_not_the_sentences(russian, sentence):
    body = f"Россия и США в четверг провели в Женеве переговоры.\n\n{sentence}"
    [_, (_, date, precision)] = dated(russian, body)
    assert (date, precision) == (datetime.date(2025, 6, 12), "day")


def test_a_time_in_a_participles_phrase_still_dates_the_act_its_noun_names(russian):
    body = "Это ответ на решение Вашингтона выслать десять российских дипломатов, принятое в конце мая."
    [(_, date, precision)] = dated(russian, body)
    assert (date, precision) == (datetime.date(2025, 5, 1), "month")


def reading(russian, sentence, published=THURSDAY_12_JUNE_2025):
    said = read(sentence, published, russian.lexicon, russian.actors)
    return [(action.code, float(action.score), action.source and action.source.name) for action in said.actions]


@pytest.mark.parametrize(
    ("sentence", "code", "doer"),
    [
        ("Пекин подверг резкой критике новые пошлины Вашингтона.", "11", "China"),
        ("Доклад Госдепартамента о правах человека подверг критике и Кремль.", "11", "Kremlin"),
        ("Евросоюз объявил о приостановлении диалога с Минском по визовым вопросам.", "164", "European Union"),
        ("Токио объявил о прекращении консультаций с Москвой по мирному договору.", "164", "Japan"),
        ("Вашингтон приостановил контакты с российскими военными.", "161", "United States"),
        ("Пентагон объявил о приостановлении контактов с Минобороны России.", "161", "US Department of Defense"),
        ("Киев заявил, что Москва не выполняет своих обязательств по перемирию.", "112", None),
        ("Суд в Ростове вынес приговор гражданину Украины.", "173", None),
    ],
)
def test_wire_phrases_of_criticism_broken_contacts_charges_and_sentences_are_acts(russian, sentence, code, doer):
    acts = reading(russian, sentence)
    assert code in [found for found, _, _ in acts]
    if doer:
        assert doer in [source for found, _, source in acts if found == code]


@pytest.mark.parametrize(
    "sentence",
    [
        "Берлин потребовал от Москвы провести независимое расследование инцидента.",
        "Варшава потребовала от Минска прекратить провокации на границе.",
    ],
)
def test_an_inquiry_or_a_word_demanded_of_the_other_side_stays_a_demand(russian, sentence):
    assert [(code, score) for code, score, _ in reading(russian, sentence)] == [("10", -5.0)]


def test_a_measure_demanded_of_the_other_side_is_still_the_measure(russian):
    [(code, _, _)] = reading(russian, "Москва потребовала от Вашингтона закрыть генконсульство в Сиэтле.")
    assert code != "10"


@pytest.mark.parametrize(
    ("sentence", "date", "precision", "expected"),
    [
        ("Лавров в начале месяца посетил Пекин.", datetime.date(2025, 6, 1), "month", False),
        ("В конце прошлой недели Токио осудил испытание ракеты.", datetime.date(2025, 6, 2), "week", False),
        ("Глава МИД Индии посетит Москву в конце месяца.", datetime.date(2025, 6, 1), "month", True),
        ("В середине прошлого месяца Анкара выслала двух дипломатов.", datetime.date(2025, 5, 1), "month", False),
    ],
)
def test_a_part_of_this_or_the_last_month_or_week_is_that_month_or_week(russian, sentence, date, precision, expected):
    [candidate] = propose(sentence, THURSDAY_12_JUNE_2025, russian)
    assert (candidate.date.date, candidate.date.precision, candidate.date.expected) == (date, precision, expected)


def test_a_time_right_after_a_participle_before_its_noun_is_the_participles(russian):
    body = "Евросоюз в начале месяца осудил прошедшие 15 марта выборы в Белоруссии."
    [(_, date, precision)] = dated(russian, body)
    assert (date, precision) == (datetime.date(2025, 6, 1), "month")


@pytest.mark.parametrize(
    "word", ["нечестными", "несправедливым", "недемократическими", "провоцирующими", "дестабилизирующими"]
)
def test_calling_something_unfair_undemocratic_or_provocative_is_disapproval(russian, word):
    acts = reading(russian, f"Госдепартамент назвал решения Минска {word}.")
    assert [(code, score) for code, score, _ in acts] == [("11", -2.0)]


@pytest.mark.parametrize(
    ("sentence", "code", "doer"),
    [
        ("Военное сотрудничество с НАТО было приостановлено Финляндией в марте.", "16", "Finland"),
        ("Приговор гражданину Эстонии был вынесен Псковским областным судом.", "173", None),
        ("Контакты с российскими военными были приостановлены Пентагоном.", "161", "US Department of Defense"),
    ],
)
def test_a_verb_and_its_object_in_the_passive_the_object_first_is_the_act(russian, sentence, code, doer):
    acts = reading(russian, sentence)
    assert code in [found for found, _, _ in acts]
    if doer:
        assert doer in [source for found, _, source in acts if found == code]


def test_what_might_or_must_have_been_done_in_the_passive_is_no_act(russian):
    assert reading(russian, "Контакты с военными могли быть приостановлены.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Договоренность об обмене пленными была достигнута Анкарой и Киевом.",
        "Соглашение о поставках зерна из Одессы было подписано Украиной и Турцией.",
    ],
)
def test_a_noun_carried_by_a_passive_light_verb_after_its_complements_is_the_act(russian, sentence):
    acts = reading(russian, sentence)
    assert [(code, source) for code, _, source in acts] in ([("057", "Turkey")], [("057", "Ukraine")])


@pytest.mark.parametrize("opening", ["Кроме того", "Помимо этого"])
def test_an_act_opened_by_krome_togo_is_a_further_act_not_the_one_before_told_again(russian, opening):
    body = (
        "Президенты России и Казахстана Владимир Путин и Касым-Жомарт Токаев во вторник договорились расширить "
        "сотрудничество в энергетике.\n\n"
        f"{opening}, Путин пообещал, что Россия поможет восстановить школы в Казахстане."
    )
    assert len(propose(body, THURSDAY_12_JUNE_2025, russian)) == 2


@pytest.mark.parametrize(
    ("sentence", "speaker", "charged"),
    [
        ("Варшава заявила, что Минск не выполняет своих обязательств по договору.", "Poland", "Belarus"),
        ("В Пекине заявили, что Вашингтон ведет против Китая торговую агрессию.", "China", "United States"),
    ],
)
def test_a_charge_in_what_a_speaker_reports_is_the_speakers_against_the_reported_subject(
    russian, sentence, speaker, charged
):
    said = read(sentence, THURSDAY_12_JUNE_2025, russian.lexicon, russian.actors)
    [action] = said.actions
    assert (action.source.name, action.target.name) == (speaker, charged)


def test_a_verb_of_judging_in_what_a_speaker_reports_is_the_reported_subjects_act(russian):
    [(code, _, doer)] = reading(russian, "Посол заявил, что Вашингтон осудил действия Минска.")
    assert (code, doer) == ("11", "United States")
