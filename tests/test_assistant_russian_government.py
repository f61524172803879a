"""The Russian reader, fourth round (issue 12): what the verb governing an act tells of it.

The sentences are written for these tests; none is from an evaluation set.
"""

import pytest

from timeline.assistant.languages import Vocabulary

from .test_assistant_russian import reading


@pytest.fixture
def russian(shipped_vocabulary):
    return Vocabulary.from_database("ru")


def test_two_sides_agreeing_on_a_noun_reached_an_agreement(russian):
    assert reading(russian, "Россия и Китай договорились о совместном строительстве нового газопровода.") == [
        ("057", 8.0, "Russia", "China")
    ]


def test_two_sides_agreeing_to_act_state_an_intent(russian):
    # an infinitive after «договорились» is what they mean to do, not an agreement made
    assert reading(russian, "Россия и Китай договорились построить новый газопровод.") == [
        ("03", 4.0, "Russia", "China")
    ]
    # one side agreeing on something states an intent
    assert reading(russian, "Пекин договорился о строительстве нового газопровода.")[0][0] == "03"


def test_an_act_the_lexicon_knows_agreed_on_is_done_together(russian):
    [(code, score, *_)] = reading(russian, "Россия и Украина договорились о пасхальном перемирии.")
    assert (code[:3], score > 0) == ("087", True)
    # agreeing on consultations is still an intent to meet
    assert reading(russian, "Россия и Китай договорились о консультациях экспертов.")[0][0] == "036"


def test_force_allowed_to_another_side_is_military_cooperation(russian):
    assert reading(russian, "Вашингтон позволил Киеву наносить удары по целям в Курской области.") == [
        ("062", 7.4, "United States", "Ukraine")
    ]


def test_force_allowed_to_ones_own_side_or_someone_unnamed_is_the_force(russian):
    for allowed in ("Кремлю", "президенту"):
        [(code, score, source, _)] = reading(
            russian, f"Госдума разрешила {allowed} использовать вооруженные силы в Грузии."
        )
        assert (code, score, source) == ("15", -7.2, "State Duma")


def test_a_step_still_ahead_is_no_event(russian):
    assert reading(russian, "Соглашение еще предстоит ратифицировать парламенту Казахстана.") == []
    # the step taken is one
    assert reading(russian, "Парламент Казахстана ратифицировал соглашение.")[0][0] == "057"


def test_a_relative_clause_after_an_actor_names_its_doer(russian):
    assert reading(
        russian, "Москва прекратила поставки нефти в Германию и Австрию, которые отказались платить в рублях."
    ) == [("163", -8.0, "Russia", None), ("12", -4.0, "Germany", None)]
    assert reading(russian, "Москва ввела пошлины против США, которые отказались снять санкции.")[1][:3] == (
        "1244",
        -4.0,
        "United States",
    )


def test_a_relative_clause_speaking_of_something_else_is_an_aside(russian):
    # «которые» agrees with the ships, not with Germany: no one named refused, and an undated aside is no event
    assert reading(russian, "Польша закрыла порты для судов из Германии, которые отказались платить.") == []
