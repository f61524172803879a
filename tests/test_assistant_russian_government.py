"""The Russian reader, fourth round (issue 12): what the verb governing an act tells of it, and refusals negated.

The sentences are written for these tests; none is from an evaluation set.
"""

from .test_assistant_russian import reading


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


def test_an_actor_in_the_genitive_after_pri_and_a_noun_does_that_act(russian):
    assert reading(russian, "Россия и Украина обменялись пленными при посредничестве Турции.") == [
        ("084", 7.0, "Russia", "Ukraine"),
        ("045", 5.0, "Turkey", "Russia"),
    ]
    # a noun after «при» with no actor after it is still no act
    assert [action[0] for action in reading(russian, "Россия и Украина обменялись пленными при посредничестве.")] == [
        "084"
    ]


def test_a_refusal_negated_keeps_to_what_it_would_give_up(russian):
    # two negations are no restraint: the sanctions stay, the demand is rejected, the talks go on
    assert reading(russian, "Лондон не откажется от санкций против Москвы.") == [
        ("1244", -4.0, "United Kingdom", "Russia")
    ]
    assert reading(russian, "Минск заявил, что не откажется от строительства базы, несмотря на протесты Вашингтона.")[
        -1
    ][:2] == ("12", -4.0)
    assert reading(russian, "Москва не намерена отказываться от переговоров с Вашингтоном.")[0][:2] == ("036", 4.0)
    # a refusal alone stays what it was
    assert reading(russian, "Лондон отказался от санкций против Москвы.") == [("08", 5.0, "United Kingdom", "Russia")]


def test_declining_to_comment_is_no_event(russian):
    assert reading(russian, "В Пекине отказались комментировать решение Вашингтона.") == []
    assert reading(russian, "Минск отказался от комментариев.") == []


def test_poka_inside_a_clause_is_for_now_not_until(russian):
    assert reading(russian, "Президент Франции заявил, что пока не будет высылать российских дипломатов.") == [
        ("08", 5.0, "France", "Russia")
    ]


def test_a_stated_intention_is_an_intent(russian):
    assert reading(russian, "Путин и Си Цзиньпин намерены встретиться в сентябре.")[0][:2] == ("036", 4.0)
    # the noun before it, carried by the verb after it
    assert reading(russian, "Следующую встречу Москва и Пекин намерены провести в сентябре.")[0][:2] == (
        "036",
        4.0,
    )
    # not intending a cooperative act is a refusal
    assert reading(russian, "Минск не намерен продлевать договор с Москвой.")[0][:2] == ("12", -4.0)


def test_force_not_used_and_clashes_not_joined_are_restraint(russian):
    assert reading(russian, "В Брюсселе пообещали, что НАТО не применит силу против российских военных.") == [
        ("08", 5.0, "NATO", "Russia")
    ]
    [(code, score, source, _)] = reading(
        russian, "Глава МИД Турции заявил, что турецкие военные не будут вступать в бой."
    )
    assert (code, score, source) == ("08", 5.0, "Turkey")
