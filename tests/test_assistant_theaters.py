"""The theater a candidate is proposed in: named in the source's language, whatever language the admin is shown in.

The sentences are written for these tests; none is from an evaluation set.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import make_source
from timeline.assistant.languages import Vocabulary
from timeline.models import Theater

pytestmark = pytest.mark.django_db


@pytest.fixture
def theaters(shipped_vocabulary):
    syria = Theater.objects.create(slug="syria", name_en="Syria", name_ru="Сирия")
    bilateral = Theater.objects.create(slug="bilateral", name_en="Bilateral", name_ru="Двусторонние отношения")
    return syria, bilateral


@pytest.mark.parametrize("shown_in", ["en", "ru"])
def test_an_english_text_is_searched_for_the_english_names(theaters, shown_in):
    syria, bilateral = theaters
    with translation.override(shown_in):
        vocabulary = Vocabulary.from_database("en")
        assert vocabulary.theater("Russia moved more jets to its Syrian air base.") == syria
        assert vocabulary.theater("Both sides called the bilateral talks useful.") == bilateral


@pytest.mark.parametrize("shown_in", ["en", "ru"])
def test_a_russian_text_is_searched_for_the_russian_names_in_any_of_their_forms(theaters, shown_in):
    syria, bilateral = theaters
    with translation.override(shown_in):
        vocabulary = Vocabulary.from_database("ru")
        assert vocabulary.theater("Россия перебросила самолеты на свою базу в Сирии.") == syria
        assert vocabulary.theater("Стороны обсудили состояние двусторонних отношений.") == bilateral
        # the words of a name must stand together
        assert vocabulary.theater("Отношения сторон остаются двусторонними.") is None


def test_the_russian_admin_proposes_the_theater_an_english_article_names(editor_client, theaters):
    syria, _ = theaters
    source = make_source(
        body="Russia expelled two US diplomats over Syria on Friday.", published=datetime.date(2017, 4, 7)
    )

    response = editor_client.get("/ru" + reverse("admin:timeline_source_suggest", args=[source.pk]))

    assert response.status_code == 200
    [(candidate, _)] = response.context["reviews"]
    assert candidate.theater == syria
    selected = f'<option value="{syria.pk}" selected>Сирия</option>'
    assert selected in response.content.decode()
