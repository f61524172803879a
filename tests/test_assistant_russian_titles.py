"""Russian titles written as a Russian newsroom writes headlines: the doer and its verb without a colon, both sides
of a mutual act, an infinitive with the verb that governs it, a gerund as a verb of its own; a colon only before
words that are not the doer's predicate."""

import datetime

import pytest

from timeline.assistant.candidates import propose

PUBLISHED = datetime.date(2019, 6, 14)


def titles(russian, body):
    return [candidate.title for candidate in propose(body, PUBLISHED, russian)]


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Россия в пятницу выслала двух американских дипломатов.", "Россия выслала двух американских дипломатов"),
        ("Министр иностранных дел Сергей Лавров осудил новые санкции США.", "Лавров осудил новые санкции США"),
        ("Москва не будет высылать американских дипломатов.", "Россия не будет высылать американских дипломатов"),
    ],
)
def test_a_doers_verb_follows_its_name_without_a_colon(russian, body, title):
    assert title in titles(russian, body)


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Лавров и Помпео в пятницу провели переговоры в Сочи.", "Лавров и Помпео провели переговоры в Сочи"),
        (
            "Россия и США провели консультации в Вене. Стороны договорились возобновить работу консульств.",
            "Россия и США договорились возобновить работу консульств",
        ),
    ],
)
def test_a_mutual_act_names_both_sides_with_a_plural_verb(russian, body, title):
    found = titles(russian, body)

    assert title in found, found


def test_an_infinitive_keeps_the_verb_that_governs_it(russian):
    found = titles(russian, "Вашингтон пообещал в ближайшие дни снять санкции с российских банков.")

    assert any(title.startswith("США пообещали снять санкции") for title in found), found


def test_a_gerund_beside_the_main_verb_is_a_verb_of_its_own(russian):
    found = titles(russian, "Госдепартамент ввел санкции против трех компаний, обвинив Москву в кибератаках.")

    assert "Госдепартамент обвинил Москву в кибератаках" in found, found


def test_words_that_are_not_the_doers_predicate_follow_a_colon(russian):
    found = titles(russian, "Песков заявил, что американские дипломаты должны покинуть страну до пятницы.")

    assert not any(title.startswith("Песков должен") for title in found), found


def test_a_short_participle_before_an_infinitive_is_the_doers_predicate(russian):
    found = titles(russian, "Вашингтон не намерен отказываться от новых санкций против Москвы.")

    assert any(title.startswith("США не намерены отказываться от") for title in found), found


def test_a_title_without_a_named_actor_opens_with_the_sentences_own_subject(russian):
    found = titles(russian, "Таганский суд Москвы во вторник арестовал американского журналиста на два месяца.")

    assert any(title.startswith("Таганский суд Москвы арестовал") for title in found), found


def test_a_clause_of_saying_without_a_subject_of_its_own_is_the_speakers_act(russian):
    found = titles(russian, "Лавров заявил, что в среду встретится с Блинкеном в Брюсселе.")

    assert "Лавров встретится с Блинкеном в Брюсселе" in found, found


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Администрация Билла Клинтона в четверг ввела санкции против российских компаний.",
            "Клинтон ввёл санкции против российских компаний",
        ),
        ("Госсекретарь Марко Рубио в среду осудил удар по Киеву.", "Рубио осудил удар по Киеву"),
        ("Хиллари Клинтон в пятницу раскритиковала Москву.", "Хиллари Клинтон раскритиковала Москву"),
    ],
)
def test_a_persons_verb_agrees_with_the_gender_the_full_name_tells(russian, body, title):
    assert title in titles(russian, body)
