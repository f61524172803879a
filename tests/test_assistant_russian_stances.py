"""The Russian reader, third round (issue 12): a part of a month, not ruling out, laws that ban, someone unnamed held.

The sentences are written for these tests; none is from an evaluation set.
"""

import datetime

import pytest

from timeline.assistant.candidates import propose
from timeline.assistant.russian.dates import find
from timeline.assistant.russian.reading import read
from timeline.dates import MONTH

from .test_assistant_russian import reading as actions_read

MONDAY_12_MAY_2025 = datetime.date(2025, 5, 12)


def reading(russian, sentence, published=MONDAY_12_MAY_2025):
    return actions_read(russian, sentence, published)


@pytest.mark.parametrize("part", ["в начале", "в середине", "в конце"])
def test_a_part_of_a_month_is_the_month(part):
    """tests/data/CODING.md: the text gives the month and no day."""
    [found] = find(f"Делегация побывала в Берлине {part} марта.", MONDAY_12_MAY_2025)
    assert (found.date, found.precision) == (datetime.date(2025, 3, 1), MONTH)


def test_not_ruling_out_a_cooperative_act_is_an_intent(russian):
    assert reading(russian, "Москва не исключает новых обменов с Вашингтоном.") == [
        ("03", 4.0, "Russia", "United States")
    ]


def test_not_ruling_out_a_hostile_act_is_a_threat(russian):
    [(code, score, source, target)] = reading(russian, "Лондон не исключает новых санкций против Москвы.")
    assert (code[:2], score < 0, source, target) == ("13", True, "United Kingdom", "Russia")
    # ruling out stays a refusal: «не» before the act itself still negates it
    assert reading(russian, "Москва не будет проводить новых обменов с Вашингтоном.")[0][0] == "12"


def test_a_law_that_bans_or_restricts_is_a_sanction(russian):
    assert reading(russian, "Парламент Польши в среду принял закон, запрещающий ввоз российского угля.")[0][:2] == (
        "163",
        -8.0,
    )
    assert reading(russian, "Президент Владимир Путин подписал закон об ограничении деятельности СМИ США.") == [
        ("163", -8.0, "Vladimir Putin", "United States")
    ]
    # a law that bans nothing is signed, no more: a bare statement of the signer
    assert "163" not in [action[0] for action in reading(russian, "Путин подписал закон о бюджете на 2026 год.")]


def test_someone_unnamed_held_where_a_state_is_is_held_by_that_state(russian):
    assert reading(russian, "Туристка была задержана в марте в подмосковном аэропорту.") == [
        ("173", -5.0, "Russia", None)
    ]
    # and a court's sentence after it in the sentence is that state's too
    sentence = "Смит был арестован в Екатеринбурге, а через месяц суд приговорил его к пяти годам."
    assert [(code, source) for code, _, source, _ in reading(russian, sentence)] == [
        ("173", "Russia"),
        ("173", "Russia"),
    ]


def test_the_steps_of_a_law_the_story_reports_as_a_ban_are_that_sanction(russian):
    body = (
        "Президент России подписал закон, запрещающий ввоз американской говядины.\n\n"
        "Госдума приняла законопроект 3 марта, а Совет Федерации одобрил его 10 марта."
    )
    found = [(c.code, c.source_actor.name, c.date.date) for c in propose(body, MONDAY_12_MAY_2025, russian)]
    assert found[1:] == [
        ("163", "State Duma", datetime.date(2025, 3, 3)),
        ("163", "Federation Council", datetime.date(2025, 3, 10)),
    ]
    # a story that names no banning law leaves its bills as statements of the legislature: no event
    assert propose("Госдума приняла законопроект о бюджете 3 марта.", MONDAY_12_MAY_2025, russian) == []


def test_a_clause_verb_does_not_stand_inside_a_noun_expression(russian):
    """«обмен ... осужденными» does not reach past «освободила»: the verb is the act."""
    assert reading(russian, "В обмен Лондон освободил двух россиян, осужденных за шпионаж.")[0][:3] == (
        "084",
        7.0,
        "United Kingdom",
    )


def test_leaving_named_alone_and_an_arms_race_refused(russian):
    assert reading(russian, "Вашингтон объявил о выходе в четверг.")[0][:3] == ("16", -4.0, "United States")
    [(code, score, source, _)] = reading(russian, "Москва не намерена ввязываться в гонку вооружений.")
    assert (code, score, source) == ("08", 5.0, "Russia")


def test_words_said_by_telephone_are_a_call(russian):
    [(code, _, source, _)] = reading(russian, "Госсекретарь США Майк Помпео сообщил Лаврову по телефону о решении.")
    assert (code, source) == ("04", "Mike Pompeo")


def test_an_aircraft_striking_anothers_drone_is_force(russian):
    sentence = "Российский истребитель в среду задел крыло американского беспилотника над морем."
    assert reading(russian, sentence)[0][:3] == ("19", -10.0, "Russia")


def test_drafts_of_a_treaty_published_are_a_proposal(russian):
    assert reading(russian, "Москва опубликовала проект соглашения с Вашингтоном.") == [
        ("03", 4.0, "Russia", "United States")
    ]


def test_a_participial_phrase_dates_the_act_its_noun_names(russian):
    [action] = read(
        "Соглашение, подписанное в Женеве в 2015 году, истекает в мае 2026 года.",
        MONDAY_12_MAY_2025,
        russian.lexicon,
        russian.actors,
    ).actions
    assert (action.date.date, action.date.precision) == (datetime.date(2015, 1, 1), "year")
    # a light verb after the phrase acts on the noun again: its own time dates that act
    [action] = read(
        "Санкции, введенные в марте, Вашингтон продлил в четверг.", MONDAY_12_MAY_2025, russian.lexicon, russian.actors
    ).actions
    assert action.date.date == datetime.date(2025, 5, 8)


def test_a_hostile_act_denied_of_a_thing_is_no_ones_restraint(russian):
    assert reading(russian, "По словам Лаврова, это решение не угрожает интересам Вашингтона.") == []
    # an actor refraining, or a passive whose subject is whom it is done to, stays restraint
    assert reading(russian, "Лавров заявил, что Москва не будет высылать британских дипломатов.")[0][:3] == (
        "08",
        5.0,
        "Russia",
    )
    assert reading(russian, "Дипломаты не будут высланы из Лондона.")[0][:2] == ("08", 5.0)
