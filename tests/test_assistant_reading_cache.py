"""The Suggest page reads an article once: what the assistant made of it is kept until the text, the date, the
vocabulary or the code changes; the editors' decisions are looked up on every request."""

import datetime

import pytest
from django.urls import reverse

from tests.factories import make_source, make_theater
from tests.test_assistant_admin import posted
from timeline.assistant import worth_a_look
from timeline.models import Actor

pytestmark = pytest.mark.django_db
BODY = (
    "Russia expelled two US diplomats on Friday, the Kremlin said.\n\n"
    "The Kremlin also closed a US consulate in Yekaterinburg on Saturday.\n\n"
    "Sejmik deputies condemned the expulsions on Sunday."
)


@pytest.fixture
def theater(shipped_vocabulary):
    return make_theater("Bilateral")


@pytest.fixture
def source(theater):
    return make_source(body=BODY, published=datetime.date(2017, 4, 7))


@pytest.fixture
def readings(monkeypatch):
    """The number of times the Suggest page has read an article's sentences."""
    calls = []
    read = worth_a_look.read_sentences

    def counted(*args, **kwargs):
        calls.append(args[0])
        return read(*args, **kwargs)

    monkeypatch.setattr(worth_a_look, "read_sentences", counted)
    return calls


def suggestions(client, source):
    response = client.get(reverse("admin:timeline_source_suggest", args=[source.pk]))
    assert response.status_code == 200
    return {candidate.first_sentence.text: (candidate, form) for candidate, form in response.context["reviews"]}


def test_a_second_visit_and_a_decision_do_not_read_the_article_again(editor_client, source, theater, readings):
    first = suggestions(editor_client, source)
    candidate, form = first["Russia expelled two US diplomats on Friday, the Kremlin said."]

    again = suggestions(editor_client, source)
    response = editor_client.post(
        reverse("admin:timeline_source_suggest", args=[source.pk]),
        posted(candidate, form, "accept", title="Russia expels two US diplomats", theater=theater),
    )
    after = suggestions(editor_client, source)

    assert len(readings) == 1
    assert list(again) == list(first)
    assert response.status_code == 302
    assert list(after) == [text for text in first if text != candidate.first_sentence.text]


def test_an_edited_article_is_read_again(editor_client, source, readings):
    suggestions(editor_client, source)
    source.body = BODY.replace("two US diplomats", "three US diplomats")
    source.save()

    texts = list(suggestions(editor_client, source))

    assert len(readings) == 2
    assert "Russia expelled three US diplomats on Friday, the Kremlin said." in texts


def test_a_changed_actor_reads_the_article_again(editor_client, source, readings):
    before = suggestions(editor_client, source)
    assert not any(text.startswith("Sejmik") for text in before)

    Actor.objects.create(name="Sejmik", kind=Actor.Kind.INSTITUTION, side=Actor.Side.OTHER, aliases="Sejmik deputies")
    after = suggestions(editor_client, source)

    assert len(readings) == 2
    ((candidate, _form),) = [review for text, review in after.items() if text.startswith("Sejmik")]
    assert candidate.source_actor.name == "Sejmik"


def test_another_publication_date_reads_the_article_again(editor_client, source, readings):
    (candidate, _form), *_ = suggestions(editor_client, source).values()
    source.published = datetime.date(2018, 3, 30)
    source.save()

    (moved, _form), *_ = suggestions(editor_client, source).values()

    assert len(readings) == 2
    assert (candidate.date.date, moved.date.date) == (datetime.date(2017, 4, 7), datetime.date(2018, 3, 30))
