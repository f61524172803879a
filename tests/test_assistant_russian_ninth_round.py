"""The Russian reader, ninth round (issue 12, themes the earlier sets had little of: space, arms-control inspections,
consular rows, grain, sanctions lists, Iran).

The sentences are written for these tests; none is from an evaluation set.
"""

import datetime

import pytest

from timeline.assistant.candidates import propose

FRIDAY_14_MARCH_2025 = datetime.date(2025, 3, 14)


def proposed(russian, body, published=FRIDAY_14_MARCH_2025):
    return [
        (candidate.code, candidate.category, candidate.date.date, candidate.date.precision)
        for candidate in propose(body, published, russian)
    ]


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("В марте прошлого года Москва и Вашингтон заключили соглашение о научном сотрудничестве.", (2024, 3)),
        ("В апреле позапрошлого года Россия и США заключили соглашение об обмене данными.", (2023, 4)),
        ("В ноябре следующего года Россия и США заключат соглашение о рыболовстве.", (2026, 11)),
        (
            "В мае 2019 года Россия и США договорились о консультациях, а в декабре того же года стороны "
            "заключили соглашение о рыболовстве.",
            (2019, 12),
        ),
    ],
)
def test_a_month_with_the_year_named_after_it_is_that_years_month(russian, sentence, month):
    dates = [(date.year, date.month) for _, _, date, precision in proposed(russian, sentence) if precision == "month"]
    assert dates[-1] == month


@pytest.mark.parametrize(
    "sentence",
    [
        "Министр финансов США пообещал, что новые санкции против России «обязательно последуют».",
        "Госсекретарь пообещал, что Вашингтон добьется восстановления всех санкций против Москвы.",
    ],
)
def test_a_promise_whose_words_name_sanctions_threatens_them(russian, sentence):
    assert [(code, category) for code, category, *_ in proposed(russian, sentence)] == [("131", "sanctions")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Лавров пообещал, что санкции против американских компаний будут сняты.",
        "Ельцин пообещал, что Россия поможет выяснить судьбу американских военнопленных.",
    ],
)
def test_a_promise_of_easing_or_of_help_threatens_nothing(russian, sentence):
    assert not [code for code, *_ in proposed(russian, sentence) if code.startswith("13")]


def test_a_noun_is_negated_through_its_light_verb_past_a_participle(russian):
    body = "Госдепартамент сообщил, что не видит необходимости вводить предусмотренные законом санкции против России."
    assert [code for code, *_ in proposed(russian, body)] == ["08"]


def test_a_light_verb_does_not_carry_away_the_negation_of_a_noun_after_it(russian):
    body = "В МИД России заявили, что американской стороне предоставлен консульский доступ и никаких нарушений не было."
    assert "11" not in [code for code, *_ in proposed(russian, body)]


def test_measures_not_taken_are_restraint(russian):
    assert [code for code, *_ in proposed(russian, "Россия пока не будет предпринимать ответных мер.")] == ["08"]


def targets(russian, body):
    return [(candidate.code, str(candidate.target_actor)) for candidate in propose(body, FRIDAY_14_MARCH_2025, russian)]


def test_a_body_named_after_a_committee_noun_after_a_preposition_is_where_not_whom(russian):
    body = (
        "Министр финансов Джанет Йеллен, выступая в финансовом комитете Сената, пообещала, что новые санкции последуют."
    )
    assert "US Senate" not in [target for _, target in targets(russian, body)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Вашингтон настаивает на том, чтобы Москва отказалась от контракта с Тегераном.",
        "Госдепартамент потребовал, чтобы российские власти освободили американского студента.",
    ],
)
def test_what_a_demand_asks_for_in_a_so_that_clause_is_not_done(russian, sentence):
    assert [code for code, *_ in proposed(russian, sentence)] == ["10"]


@pytest.mark.parametrize(
    "sentence",
    [
        "По этой статье американцу грозит до десяти лет лишения свободы.",
        "Американскому журналисту теперь грозит до 20 лет заключения.",
    ],
)
def test_the_penalty_a_charge_carries_is_no_threat(russian, sentence):
    assert proposed(russian, sentence) == []


def test_a_threat_of_measures_still_threatens(russian):
    body = "Лавров пригрозил Вашингтону ответными мерами до конца года."
    assert [code for code, *_ in proposed(russian, body)] == ["13"]


def test_an_agreement_running_out_is_no_act(russian):
    body = (
        "Россия и США обсудили стратегическую стабильность. Договор истекает 5 февраля 2026 года, и продлить его "
        "еще раз текст документа не позволяет."
    )
    assert [code for code, *_ in proposed(russian, body)] == ["04"]


def test_an_expression_does_not_reach_past_a_second_predicate(russian):
    body = "Лавров назвал американский план «неприемлемым» и обвинил Вашингтон в попытке сорвать переговоры."
    assert [code for code, *_ in proposed(russian, body)] == ["11", "112"]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Американский корабль во вторник состыковался с российской станцией.", "06"),
        ("Лавров и Блинкен провели заседание двусторонней комиссии.", "04"),
        ("Москва отложила заседание консультативной комиссии по договору.", "125"),
        ("Россия и США продлили ДСНВ на пять лет.", "057"),
        ("США вышли из ядерной сделки с Ираном.", "16"),
        ("МИД России объявил, что выводит свои объекты из-под инспекций.", "16"),
        ("Лавров назвал решение Вашингтона «непростительным».", "11"),
        ("Посольство США добивается консульского доступа к задержанному в России американцу.", "10"),
        ("Макрон рассчитывает обсудить с Путиным продление договоренностей.", "036"),
        ("Россия прекращает участие в соглашении о рыболовстве с США.", "16"),
        ("Лавров и Блинкен по итогам переговоров подписали несколько документов.", "057"),
        ("Иран вернется к выполнению обязательств по ядерной сделке, если США снимут санкции.", "03"),
        ("Очередное заседание комиссии Лаврова — Рубио намечено на конец года.", "04"),
    ],
)
def test_the_ninth_rounds_wordings_are_in_the_lexicon(russian, sentence, code):
    assert [found for found, *_ in proposed(russian, sentence)] == [code]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Небензя обвинил Вашингтон в двойных стандартах.", "Vassily Nebenzia"),
        ("Сергей Рябков обвинил Вашингтон в срыве консультаций.", "Sergei Ryabkov"),
        ("Эрдоган осудил решение Москвы.", "Recep Tayyip Erdogan"),
        ("Российское космическое агентство осудило решение НАСА.", "Roscosmos"),
    ],
)
def test_the_ninth_rounds_actors_are_named_in_russian(russian, sentence, actor):
    assert [str(candidate.source_actor) for candidate in propose(sentence, FRIDAY_14_MARCH_2025, russian)] == [actor]


def test_a_participle_after_a_nouns_phrase_dates_the_act_the_noun_stands_for(russian):
    body = "Ограничения на поставки Москве американских микросхем, введенные Вашингтоном в 2014 году, истекают 1 июня."
    assert [(code, date.year, precision) for code, _, date, precision in proposed(russian, body)] == [
        ("163", 2014, "year")
    ]


def test_a_participle_after_a_nouns_phrase_names_who_did_the_act(russian):
    body = "Ограничения на поставки Москве американских микросхем, введенные Вашингтоном в 2014 году, истекают 1 июня."
    assert [(str(c.source_actor), str(c.target_actor)) for c in propose(body, FRIDAY_14_MARCH_2025, russian)] == [
        ("United States", "Russia")
    ]


def test_a_year_after_a_document_names_it_and_dates_nothing(russian):
    body = "Лавров заявил, что Москва готова и дальше соблюдать договор 1987 года."
    assert [(code, date) for code, _, date, _ in proposed(russian, body)] == [("03", FRIDAY_14_MARCH_2025)]


def test_a_year_after_a_season_still_dates(russian):
    body = "Летом 2010 года ФБР арестовало десятерых российских разведчиков."
    assert [(code, date.year) for code, _, date, _ in proposed(russian, body)] == [("173", 2010)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Захарова заявила, что у Вашингтона нет права вводить санкции против российских спортсменов.",
        "Лавров заявил, что США не имеют никаких оснований высылать российских дипломатов.",
    ],
)
def test_a_hostile_act_someone_has_no_right_to_is_a_rejection(russian, sentence):
    assert [(code, category) for code, category, *_ in proposed(russian, sentence)] == [("12", "diplomatic")]


def test_an_answer_held_back_is_diplomatic_restraint_not_a_word(russian):
    body = "Песков заявил, что Москва пока не будет предпринимать ответных мер против Вашингтона."
    assert [(code, category) for code, category, *_ in proposed(russian, body)] == [("08", "diplomatic")]


def test_sanctions_held_back_keep_their_domain(russian):
    body = "Путин заявил, что Россия не будет вводить ответные санкции против американских компаний."
    assert [(code, category) for code, category, *_ in proposed(russian, body)] == [("08", "sanctions")]


def test_an_infinitive_of_a_demands_clause_past_an_aside_is_demanded_not_done(russian):
    body = (
        "Москва требует вернуть банк в систему SWIFT, от которой его отключил Евросоюз, и возобновить поставки "
        "запчастей в Россию."
    )
    assert [code for code, *_ in proposed(russian, body)] == ["10"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Представитель украинского МИД осудил решение Москвы.", "Ukraine"),
        ("Представитель российского МИД осудил решение Вашингтона.", "Russian Foreign Ministry"),
    ],
)
def test_an_institution_another_states_demonym_qualifies_is_that_states(russian, sentence, source):
    assert [str(candidate.source_actor) for candidate in propose(sentence, FRIDAY_14_MARCH_2025, russian)] == [source]


def test_a_conjoined_predicate_shares_the_subject_and_takes_what_follows_as_its_object(russian):
    body = "Посол США Линн Трейси осудила задержание и призвала российские власти освободить журналистку."
    assert targets(russian, body)[-1] == ("10", "Russia")
    assert [str(candidate.source_actor) for candidate in propose(body, FRIDAY_14_MARCH_2025, russian)] == [
        "Lynne Tracy",
        "Lynne Tracy",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Координатор Белого дома Джон Кирби обвинил Россию во лжи.",
        "Координатор по стратегическим коммуникациям Белого дома Джон Кирби обвинил Россию во лжи.",
    ],
)
def test_a_title_and_its_field_before_a_name_begin_its_phrase(russian, sentence):
    assert [(str(c.source_actor), str(c.target_actor)) for c in propose(sentence, FRIDAY_14_MARCH_2025, russian)] == [
        ("John Kirby", "Russia")
    ]


def test_the_object_of_a_verb_of_informing_is_not_the_subject_of_what_it_is_told(russian):
    body = "МИД России уведомил Вашингтон, что временно выводит свои объекты из-под инспекций."
    assert [(str(c.source_actor), str(c.target_actor)) for c in propose(body, FRIDAY_14_MARCH_2025, russian)] == [
        ("Russian Foreign Ministry", "United States")
    ]


def test_a_subject_after_a_colon_is_still_a_subject(russian):
    body = "Скандал случился летом 2010 года: тогда ФБР арестовало десятерых российских разведчиков."
    assert [str(c.source_actor) for c in propose(body, FRIDAY_14_MARCH_2025, russian)] == ["FBI"]


def test_another_nouns_field_is_none_of_a_names_titles(russian):
    body = "Председатель комитета Совета Федерации по международным делам Константин Косачев осудил доклад США."
    assert [(str(c.source_actor), str(c.target_actor)) for c in propose(body, FRIDAY_14_MARCH_2025, russian)] == [
        ("Konstantin Kosachev", "United States")
    ]


@pytest.mark.parametrize(
    "body",
    ["Американского журналиста задержали в Екатеринбурге.", "Американского журналиста задержали в Казани."],
)
def test_an_arrest_in_the_impersonal_plural_is_done_by_the_state_where_it_is_made(russian, body):
    assert [(str(c.source_actor), str(c.target_actor)) for c in propose(body, FRIDAY_14_MARCH_2025, russian)] == [
        ("Russia", "United States")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Обсуждать технические вопросы договора с Вашингтоном Москва сейчас не видит возможным.",
        "Продлевать договор с Вашингтоном в нынешних условиях Москва не считает целесообразным.",
    ],
)
def test_an_act_judged_not_possible_after_it_is_refused(russian, sentence):
    assert [code for code, *_ in proposed(russian, sentence)] == ["12"]


@pytest.mark.parametrize(
    ("sentence", "date", "precision"),
    [
        ("Визит Лаврова в Вашингтон намечен на начало следующего года.", datetime.date(2026, 1, 1), "year"),
        ("Встреча Лаврова и Рубио назначена на конец месяца.", datetime.date(2025, 3, 1), "month"),
    ],
)
def test_a_part_of_a_period_something_is_set_for_dates_it(russian, sentence, date, precision):
    assert [(found, kind) for _, _, found, kind in proposed(russian, sentence)] == [(date, precision)]


def test_a_verb_in_the_name_a_verb_of_naming_gives_is_no_act(russian):
    body = "Лавров назвал переговоры «примером того, чего страны могут достичь, работая вместе»."
    assert "06" not in [code for code, *_ in proposed(russian, body)]


def test_a_judgement_in_quotes_after_a_verb_of_naming_stays(russian):
    body = "Путин назвал решение Вашингтона «недружественным шагом»."
    assert [code for code, *_ in proposed(russian, body)] == ["11"]
