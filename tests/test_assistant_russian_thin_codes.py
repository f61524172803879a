"""The Russian side of the third codebook round (migration 0041): the TASS, RIA and Interfax wordings of the acts whose
English words the round added, and Russian names for the actors it added. Each act is read with its code, sides and
the sign of its Goldstein value.

The sentences are written for these tests; none is from an evaluation set.
"""

import pytest

from .test_assistant_russian import reading


@pytest.mark.parametrize(
    ("sentence", "code", "source", "target"),
    [
        ("Россия направила делегацию в Вашингтон.", "04", "Russia", None),
        ("Вашингтон одобрил продажу ракет Украине.", "07", "United States", "Ukraine"),
        ("Россия списала долг Кубе.", "071", "Russia", "Cuba"),
        ("Россия пошла на попятную.", "08", "Russia", None),
        ("Москва отступила под давлением Вашингтона.", "08", "Russia", "United States"),
        ("Вашингтон отложил планы размещения ПРО в Польше.", "08", "United States", None),
        ("Россия свернула военные учения.", "087", "Russia", None),
        ("Россия открыла уголовное дело против американского журналиста.", "09", "Russia", "United States"),
        ("Вашингтон установил срок для возвращения Москвы к соблюдению договора.", "10", "United States", "Russia"),
        ("Россия стянула войска к границе с Украиной.", "15", "Russia", "Ukraine"),
        ("Россия вышла из Совета Европы.", "161", "Russia", None),
        ("Россия включила американских чиновников в стоп-лист.", "163", "Russia", "United States"),
        ("Россия перекрыла газ Украине.", "163", "Russia", "Ukraine"),
        ("Москва приказала американским дипломатам покинуть страну.", "174", "Russia", "United States"),
        ("Россия выпустила ракеты по Киеву.", "195", "Russia", "Ukraine"),
        # actors wires name beside the two sides
        ("Кисляк встретился с Флинном.", "04", "Sergei Kislyak", "Michael Flynn"),
        ("Эстония выслала российского дипломата.", "174", "Estonia", "Russia"),
        ("ОБСЕ осудила действия России.", "11", "OSCE", "Russia"),
        ("Патрушев обвинил Вашингтон во вмешательстве.", "112", "Nikolai Patrushev", "United States"),
        ("Герасимов приказал отвести войска.", "087", "Valery Gerasimov", None),
    ],
)
def test_a_wording_of_the_third_codebook_round_has_its_code_sides_and_sign(russian, sentence, code, source, target):
    [(got, score, got_source, got_target)] = reading(russian, sentence)
    assert (got, got_source, got_target) == (code, source, target)
    assert (score > 0) == (int(code[:2]) <= 8)
