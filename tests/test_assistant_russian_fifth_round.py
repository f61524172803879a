"""The Russian reader, fifth round (issue 12): conditions, doers named by where they speak, denials, «тогда».

The sentences are written for these tests; none is from an evaluation set.
"""

import datetime

import pytest

from timeline.assistant.candidates import propose
from timeline.assistant.russian.reading import read
from timeline.dates import MONTH

from .test_assistant_russian import reading as actions_read

TUESDAY_14_OCTOBER_2025 = datetime.date(2025, 10, 14)


def reading(russian, sentence, published=TUESDAY_14_OCTOBER_2025):
    return actions_read(russian, sentence, published)


def test_what_is_done_once_a_condition_is_met_is_not_done_yet(russian):
    """«как только», «при условии, что» set a condition as «если» does: the act in it is not reported as done."""
    codes = [
        action[0]
        for action in reading(russian, "Киев готов продлить контракт, как только Брюссель подпишет меморандум.")
    ]
    assert "057" not in codes
    signed = [
        action[0] for action in reading(russian, "Минск возобновит транзит при условии, что Варшава подпишет договор.")
    ]
    assert "057" not in signed
    # a hostile act set on such a condition is a threat, as after «если»
    [(code, score, source, target)] = reading(
        russian, "Токио введет новые санкции, как только Россия разместит ракеты на Курилах."
    )
    assert (code[:2], score < 0, source, target) == ("13", True, "Japan", "Russia")


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        ("Во Франции осудили решение Москвы закрыть консульство.", "France"),
        ("В Госдепартаменте назвали приговор российскому суду несправедливым.", "US State Department"),
        ("В Кремле приветствовали решение Вашингтона вернуть дипломатическую собственность.", "Kremlin"),
    ],
)
def test_an_impersonal_plural_is_done_by_the_state_or_body_it_is_said_from(russian, sentence, doer):
    [(_, _, source, _)] = reading(russian, sentence)
    assert source == doer


def test_an_impersonal_plural_of_saying_names_the_speaker_and_a_subject_of_its_own_is_kept(russian):
    said = read(
        "В Пентагоне заявили, что Россия перебросила бомбардировщики.",
        TUESDAY_14_OCTOBER_2025,
        russian.lexicon,
        russian.actors,
    )
    assert said.speaker is not None
    assert said.speaker.actor.name == "US Department of Defense"
    # a verb that only tells what took place names no doer; a noun in the nominative is the subject
    assert [action[2] for action in reading(russian, "В Женеве прошли консультации с Россией.")] == [None]
    assert reading(russian, "В Берлине российские дипломаты осудили решение Вашингтона.")[0][2] == "Russia"


@pytest.mark.parametrize(
    "sentence",
    [
        "Кремль отверг обвинения Лондона во вмешательстве в выборы.",
        "Минобороны России отвергает причастность к удару по колонне.",
    ],
)
def test_rejecting_an_accusation_is_a_denial_not_a_rejection(russian, sentence):
    [(code, score, _, _)] = reading(russian, sentence)
    assert (code, score) == ("016", 0.0)
    # a proposal rejected stays a rejection
    assert reading(russian, "Кремль отверг предложение Лондона о перемирии.")[0][:2] == ("12", -4.0)


def test_disappointment_and_doubt_are_disapproval_and_no_answer_left_is_a_threat(russian):
    assert reading(russian, "Токио выразил разочарование позицией Москвы.")[0][:3] == ("11", -2.0, "Japan")
    assert reading(russian, "Берлин поставил под сомнение гарантии Москвы.")[0][:3] == ("11", -2.0, "Germany")
    assert reading(russian, "Такой шаг Варшавы не останется без ответа, заявил Лавров.")[0][:2] == ("13", -6.0)


def test_a_noun_after_a_promise_and_that_is_the_subject_of_the_clause_promised(russian):
    """«пообещал, что атака ...»: across «, что» the noun begins a clause of its own; what is promised is its
    predicate, not the noun."""
    [(code, score, source, _)] = reading(russian, "Лондон пообещал, что кибератака не останется без ответа.")
    assert (code, score, source) == ("13", -6.0, "United Kingdom")
    # a noun the promise bears on directly is still the act promised
    assert reading(russian, "Берлин пообещал помощь Киеву.")[0][0].startswith("0")


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        ("Токио намерен смягчить ограничения против российских банков.", "Japan"),
        ("Минск готов возобновить транзит нефти в Польшу.", "Belarus"),
        ("Пекин готов пересмотреть санкции, если Вашингтон отменит пошлины.", "China"),
    ],
)
def test_an_intent_to_ease_a_measure_is_an_intent_to_ease_sanctions(russian, sentence, doer):
    """CAMEO 034 in the sanctions category, as the English reader has it, not a diplomatic intent (03)."""
    code, score, source, _ = reading(russian, sentence)[0]
    assert (code, score, source) == ("034", 7.0, doer)


def test_a_hostile_act_proposed_is_an_appeal_not_the_act(russian):
    """«предложил ... выслать»: advice; no one has expelled anyone yet."""
    assert reading(russian, "Сенатор предложил Байдену ввести санкции против России.") == [
        ("02", 3.0, "US Senate", "Joe Biden")
    ]
    [action] = read(
        "Глава МИД Эстонии предложил правительству выслать российского посла.",
        TUESDAY_14_OCTOBER_2025,
        russian.lexicon,
        russian.actors,
    ).actions
    # a bare title in the dative is the proposer's own side
    assert (action.code, action.category) == ("02", "domestic")
    # a cooperative act proposed stays an intent; a restraint proposed stays restraint
    assert reading(russian, "Токио предложил Москве провести консультации.")[0][0].startswith("03")
    assert reading(russian, "Лавров предложил не высылать британских дипломатов.")[0][0] == "08"


def test_a_sentence_set_back_then_takes_the_date_the_story_last_named(russian):
    body = (
        "МОСКВА, 14 октября /ТАСС/. Лавров во вторник провел переговоры с главой МИД Японии.\n\n"
        "В июле Евросоюз ввел новые санкции против российских банков.\n\n"
        "Тогда Кремль осудил это решение Брюсселя."
    )
    found = [
        (c.code, c.source_actor.name, c.date.date, c.date.precision)
        for c in propose(body, TUESDAY_14_OCTOBER_2025, russian)
    ]
    assert found[-1] == ("11", "Kremlin", datetime.date(2025, 7, 1), MONTH)


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        ("Польша, которую Кремль раскритиковал, ввела санкции против России.", "Poland"),
        ("Токио, с которым Москва разорвала переговоры, отказался высылать российских дипломатов.", "Japan"),
    ],
)
def test_the_subject_of_a_relative_clause_is_not_the_main_clauses(russian, sentence, doer):
    """The main clause resumed after «, которую ... ,» is done by the noun before the aside."""
    assert reading(russian, sentence)[-1][2] == doer
    # a light verb inside the aside still takes its own subject («санкции, которые Вашингтон ввел»)
    assert reading(russian, "Это ответ на санкции, которые Лондон ввел в марте.")[0][2] == "United Kingdom"


def test_not_ruling_out_that_an_act_will_be_done_is_openness_not_the_act(russian):
    """«не исключает, что применит силу» speaks of what may be done: a threat, as «не исключает применения силы»."""
    [(code, score, source, target)] = reading(
        russian, "Анкара не исключает, что применит силу против российских судов."
    )
    assert (code, score, source, target) == ("138", -7.0, "Turkey", "Russia")
    [(code, _, source, _)] = reading(russian, "Пекин не исключает, что продолжит консультации с Вашингтоном.")
    assert (code[:2], source) == ("03", "China")
