"""The theater a candidate is proposed in: named in the source's language, whatever language the admin is shown in.

The sentences are written for these tests; none is from an evaluation set.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import make_source
from tests.proposed import only
from timeline.assistant.candidates import propose
from timeline.assistant.languages import Vocabulary
from timeline.models import Theater

pytestmark = pytest.mark.django_db


@pytest.fixture
def theaters(shipped_vocabulary):
    syria = Theater.objects.create(slug="syria", name_en="Syria", name_ru="Сирия")
    bilateral = Theater.objects.create(slug="bilateral", name_en="Bilateral", name_ru="Двусторонние отношения")
    return syria, bilateral


@pytest.mark.parametrize("shown_in", ["en", "ru"])
@pytest.mark.parametrize(
    ("language", "in_syria", "bilateral", "words_apart"),
    [
        (
            "en",
            "Russia moved more jets to its Syrian air base.",
            "Both sides called the bilateral talks useful.",
            None,
        ),
        (
            "ru",
            "Россия перебросила самолеты на свою базу в Сирии.",
            "Стороны обсудили состояние двусторонних отношений.",
            "Отношения сторон остаются двусторонними.",
        ),
    ],
)
def test_a_text_is_searched_for_the_names_in_its_own_language_in_any_of_their_forms(
    theaters, shown_in, language, in_syria, bilateral, words_apart
):
    """An English name also matches its derived words ("Syrian"), a Russian one its cases («в Сирии»), whatever
    language the page is shown in; the words of a name of several must stand together."""
    syria, both_sides = theaters
    with translation.override(shown_in):
        vocabulary = Vocabulary.from_database(language)
        assert vocabulary.theater(in_syria) == syria
        assert vocabulary.theater(bilateral) == both_sides
        if words_apart is not None:
            assert vocabulary.theater(words_apart) is None


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


@pytest.mark.parametrize(
    ("body", "proposed"),
    [
        # an act of one side upon the other, no theater named: the bilateral theater
        ("Russia released an American journalist on Thursday in a prisoner swap.", "bilateral"),
        ("The Treasury Department on Thursday sanctioned three Russian banks.", "bilateral"),
        # a theater the sentence names comes first
        ("Russia expelled two US diplomats over Syria on Friday.", "syria"),
        # an act upon a third party is not bilateral
        ("Russia expelled two Estonian diplomats on Friday.", None),
    ],
)
def test_an_act_of_one_side_upon_the_other_is_proposed_in_the_bilateral_theater(theaters, body, proposed):
    candidate = only(propose(body, datetime.date(2024, 8, 2), Vocabulary.from_database("en")))
    assert (candidate.theater.slug if candidate.theater else None) == proposed


def test_no_bilateral_theater_is_proposed_when_the_editors_have_none(shipped_vocabulary):
    Theater.objects.create(slug="syria", name_en="Syria", name_ru="Сирия")
    body = "Russia released an American journalist on Thursday in a prisoner swap."
    assert only(propose(body, datetime.date(2024, 8, 2), Vocabulary.from_database("en"))).theater is None
