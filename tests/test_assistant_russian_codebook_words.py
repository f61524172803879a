"""The Russian lexicon widened from the CAMEO codebook (issue 12, sixth Russian round): common wire wordings of
each kind of act are read as it, with the sign its Goldstein value gives.

The sentences are written for these tests; none is from an evaluation set.
"""

import pytest

from .test_assistant_russian import reading


@pytest.mark.parametrize(
    ("sentence", "code", "source", "target"),
    [
        ("Лавров заверил Рубио, что Москва не намерена расширять конфликт.", "03", "Sergey Lavrov", "Marco Rubio"),
        ("Вэнс обменялся мнениями с Лавровым по телефону.", "04", None, "Sergey Lavrov"),
        ("Путин принял Уиткоффа в Кремле.", "043", "Vladimir Putin", None),
        ("Россия и США возобновили консультации по стратегической стабильности.", "046", "Russia", "United States"),
        ("Москва и Вашингтон установили прямые контакты между военными.", "05", "Russia", "United States"),
        ("США предоставили Украине оружие на 500 миллионов долларов.", "07", "United States", "Ukraine"),
        ("Вашингтон передал Киеву ракеты ATACMS.", "07", "United States", "Ukraine"),
        ("Россия ликвидировала запасы химического оружия.", "087", "Russia", None),
        (
            "МИД России выдвинул обвинения в адрес США во вмешательстве в выборы.",
            "112",
            "Russian Foreign Ministry",
            "United States",
        ),
        ("Лондон приписал кибератаку российской военной разведке.", "112", "United Kingdom", "Russia"),
        ("Россия протестует против размещения американских ракет в Германии.", "114", "Russia", "United States"),
        ("Россия запустила межконтинентальную баллистическую ракету.", "15", "Russia", None),
        (
            "Российские истребители перехватили американский самолет-разведчик над Черным морем.",
            "15",
            "Russia",
            "United States",
        ),
        ("Россия свернула сотрудничество с НАТО.", "161", "Russia", "NATO"),
        ("США отказали в визах российским дипломатам.", "172", "United States", "Russia"),
        ("Российские военные потопили украинский катер.", "19", "Russia", "Ukraine"),
        ("Российские военные уничтожили склад с американскими снарядами.", "19", "Russia", "United States"),
    ],
)
def test_acts_in_common_wordings_have_their_code_sides_and_sign(russian, sentence, code, source, target):
    [(got, score, got_source, got_target)] = reading(russian, sentence)
    assert (got, got_source, got_target) == (code, source, target)
    # the sign is the Goldstein value's: the cooperative roots up to 08 are positive, the hostile ones from 11
    assert (score > 0) == (int(code[:2]) <= 8)


@pytest.mark.parametrize(
    "sentence",
    ["Суд в Москве осудил американца к 12 годам заключения.", "Журналиста осудили на шесть лет за шпионаж."],
)
def test_a_sentence_passed_is_an_arrest_and_charge_not_a_condemnation(russian, sentence):
    """«осудить» is both to condemn (11) and to sentence: with a term («к 12 годам», «на шесть лет») it is the
    court's sentence (173)."""
    [(code, score, _, _)] = reading(russian, sentence)
    assert (code, score) == ("173", -5.0)


def test_a_positive_assessment_is_praise(russian):
    [(code, score, _, _)] = reading(russian, "Президент положительно оценил итоги встречи.")
    assert (code, score) == ("051", 3.4)
