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
        "Эксперты не исключают, что Москва ответит зеркально.",
        "Не исключено, что Вашингтон введет новые санкции уже на следующей неделе.",
        "Вполне вероятно, что Кремль вышлет американских дипломатов.",
    ],
)
def test_an_experts_reading_of_events_is_no_event(russian, sentence):
    assert proposed(russian, sentence) == []


def test_a_leader_not_ruling_out_an_answer_still_threatens(russian):
    assert [code for code, *_ in proposed(russian, "Путин не исключил, что Москва ответит зеркально.")] == ["13"]


def test_agreeing_with_a_claim_is_no_intent_to_cooperate(russian):
    body = "Госсекретарь США во вторник согласился с тем, что российская сторона нарушила договор."
    assert "03" not in [code for code, *_ in proposed(russian, body)]


def test_agreeing_to_a_step_is_still_an_intent(russian):
    body = "Министр иностранных дел России во вторник согласился продлить консультации с США."
    assert [code for code, *_ in proposed(russian, body)] == ["036"]


def test_togda_zhe_is_the_time_the_sentence_before_named_last(russian):
    body = (
        "Министр иностранных дел России в четверг провел переговоры с госсекретарем США.\n\n"
        "В марте в Женеве США и Россия подписали соглашение, а в мае в Вене Лавров и Рубио провели переговоры.\n\n"
        "Тогда же Москва пригласила Вашингтон на консультации по стратегической стабильности."
    )
    assert proposed(russian, body)[-1][2:] == (datetime.date(2025, 5, 1), "month")


@pytest.mark.parametrize(
    ("opening", "date", "precision"),
    [
        ("Летом 2019 года", datetime.date(2019, 1, 1), "year"),
        ("2 марта", datetime.date(2025, 3, 23), "approximate"),
    ],
)
def test_some_weeks_later_counts_from_the_time_the_story_named_last(russian, opening, date, precision):
    body = (
        "Министр иностранных дел России в четверг провел переговоры с госсекретарем США.\n\n"
        f"{opening} ФБР арестовало российского бизнесмена.\n\n"
        "Через несколько недель Вашингтон выслал двух российских дипломатов."
    )
    assert proposed(russian, body)[-1][2:] == (date, precision)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Глава МИД России в статье, опубликованной во вторник, обвинил Вашингтон в срыве переговоров.", 10),
        ("Президент США в интервью телеканалу CBS, вышедшем в понедельник, раскритиковал Москву.", 9),
    ],
)
def test_the_time_the_words_were_published_dates_what_is_said_in_them(russian, sentence, day):
    assert [date for _, _, date, _ in proposed(russian, sentence)] == [datetime.date(2025, 6, day)]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Госсекретарь США в среду пообещал, что Кремль «дорого заплатит» за кибератаки.", "13"),
        ("Президенты в среду поручили министрам начать консультации по стратегической стабильности.", "036"),
        ("На прошлой неделе в Вашингтоне побывал министр иностранных дел России Сергей Лавров.", "042"),
        ("Министр иностранных дел России назвал высказывания госсекретаря США «оскорбительными».", "11"),
        ("В Кремле заявления Белого дома назвали «разочаровывающими».", "11"),
        ("Президент России направил Дональду Трампу поздравительную телеграмму.", "051"),
        ("Глава Пентагона назвал Россию «главным противником» США.", "11"),
        ("Москва потребовала от американского военного атташе покинуть страну.", "174"),
        ("Министры иностранных дел Китая и России проговорили по телефону около часа.", "04"),
        ("Лидеры США и Китая подписали совместное понимание о торговле.", "057"),
    ],
)
def test_the_rounds_words(russian, sentence, code):
    assert [found for found, *_ in proposed(russian, sentence)] == [code]


@pytest.mark.parametrize(
    "sentence",
    [
        "Владимир Путин в среду провел переговоры с Дональдом Трампом, после чего лидеры подписали совместное "
        "заявление.",
        "Президенты провели в Кремле переговоры, по итогам которых подписали меморандум о сокращении вооружений.",
    ],
)
def test_what_came_of_talks_in_a_clause_of_which_is_an_act_of_its_own(russian, sentence):
    assert [code for code, *_ in proposed(russian, sentence)] == ["04", "057"]


def test_an_intent_to_meet_after_talks_is_no_second_mention_of_them(russian):
    body = "Президенты России и США в понедельник поговорили по телефону и договорились встретиться в Будапеште."
    assert [code for code, *_ in proposed(russian, body)] == ["04", "036"]


def test_the_next_day_counts_from_the_day_the_story_named_last(russian):
    body = (
        "Министр иностранных дел России в четверг провел переговоры с госсекретарем США.\n\n"
        "Германия 3 июня выслала двух российских дипломатов.\n\n"
        "На следующий день Москва вызвала германского посла в МИД."
    )
    assert proposed(russian, body)[-1][2:] == (datetime.date(2025, 6, 4), "day")


@pytest.mark.parametrize(
    "sentence",
    [
        "Представитель Кремля сообщил, что проводить встречу президентов в ближайшее время не планируется.",
        "Проводить переговоры с Россией в этом месяце Вашингтон не планирует, заявил госсекретарь США.",
    ],
)
def test_a_meeting_said_not_to_be_planned_after_it_is_a_refusal(russian, sentence):
    assert [code for code, *_ in proposed(russian, sentence)] == ["12"]


def test_a_city_after_a_place_noun_is_where_not_who(russian):
    body = (
        "Россия и США в среду обменяли американского студента на российского летчика.\n\n"
        "Обмен прошел в аэропорту Анкары."
    )
    assert [code for code, *_ in proposed(russian, body)] == ["084"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Сам американец и его адвокаты всегда настаивали на его невиновности.",
        "Задержанный россиянин потребовал встречи с консулом.",
    ],
)
def test_a_national_named_by_a_demonym_alone_acts_for_no_state(russian, sentence):
    assert proposed(russian, sentence) == []


def test_a_national_arrested_still_stands_for_his_state(russian):
    assert [code for code, *_ in proposed(russian, "Американец был задержан в Москве в среду.")] == ["173"]


def test_persona_non_grata_and_told_to_leave_is_one_expulsion(russian):
    body = (
        "МИД России в четверг объявил персоной нон грата сотрудника посольства США и потребовал от него "
        "покинуть страну."
    )
    assert [code for code, *_ in proposed(russian, body)] == ["174"]


def test_a_week_earlier_counts_from_the_ledes_day_as_nakanune_does(russian):
    body = (
        "Российские пограничники в понедельник задержали в Калининграде гражданина США.\n\n"
        "Неделей ранее Вашингтон выслал двух российских дипломатов."
    )
    assert proposed(russian, body)[-1][2:] == (datetime.date(2025, 6, 2), "approximate")
