"""Sentences worth a look on the Suggest page: flagged by the shipped detector, shown apart from the candidates, and
made into a draft event by the editor, who chooses its category and score."""

import datetime

import pytest

from tests.factories import make_source, make_theater
from tests.test_assistant_admin import message_texts, posted, reviews, suggest_url
from timeline.assistant.languages import Vocabulary
from timeline.assistant.training import development_passages, train
from timeline.assistant.worth_a_look import WEIGHTS
from timeline.models import CandidateDecision, Event

pytestmark = pytest.mark.django_db
STATEMENT = (
    "Russian Foreign Minister Sergei Lavrov said on Tuesday that Washington had no right to lecture Moscow on "
    "human rights."
)
EXPULSION = "Russia expelled two US diplomats on Friday, the Kremlin said."
BODY = f"{STATEMENT}\n\n{EXPULSION}\n\nAnalysts expect little to change."


@pytest.fixture
def theater(shipped_vocabulary):
    return make_theater("Bilateral")


@pytest.fixture
def source(theater):
    return make_source(body=BODY, published=datetime.date(2017, 4, 7))


def looks(response):
    return {look.first_sentence.text: (look, form) for look, form in response.context["looks"]}


def test_a_bare_statement_is_worth_a_look_and_a_quoted_sentence_is_not_repeated(editor_client, source):
    response = editor_client.get(suggest_url(source))

    assert set(reviews(response)) == {EXPULSION}
    assert set(looks(response)) == {STATEMENT}
    page = response.content.decode()
    heading = page.index("Sentences worth a look")
    assert page.index("Lavrov said on Tuesday") > heading > page.index(EXPULSION)
    assert page.count("Russia expelled two US diplomats on Friday") == 1 + page.count('name="candidate-1-quotes"')


def test_a_sentence_worth_a_look_proposes_the_quote_the_story_date_and_actors_but_no_category_or_score(
    editor_client, source
):
    look, form = looks(editor_client.get(suggest_url(source)))[STATEMENT]

    assert form.initial["category"] == ""
    assert form.initial["score"] is None
    assert form.initial["quotes"] == ["0"]
    assert form.initial["date"] == datetime.date(2017, 4, 4)  # the lede's Tuesday, the day the story reports on
    assert {actor.name for actor in look.actors} >= {"Sergey Lavrov", "United States"}
    assert '<option value="" selected>---------</option>' in form["category"].as_widget()


def test_making_a_draft_from_a_sentence_worth_a_look_keeps_the_quote_verbatim(editor_client, editor, source, theater):
    look, form = looks(editor_client.get(suggest_url(source)))[STATEMENT]

    response = editor_client.post(
        suggest_url(source),
        posted(
            look, form, "accept", title="Lavrov rejects US criticism", theater=theater, category="rhetoric", score=-2
        ),
    )

    assert response.status_code == 302
    event = Event.objects.get(title="Lavrov rejects US criticism")
    assert (event.status, event.date, event.category, event.score) == (
        "draft",
        datetime.date(2017, 4, 4),
        "rhetoric",
        -2,
    )
    assert set(event.actors.all()) == set(look.actors)
    (evidence,) = event.evidence.all()
    assert source.body[evidence.start : evidence.end] == evidence.quote == STATEMENT
    assert CandidateDecision.objects.get(key=look.key).event == event
    assert any("Draft event" in text for text in message_texts(response))
    again = editor_client.get(suggest_url(source))
    assert STATEMENT not in looks(again)
    assert set(reviews(again)) == {EXPULSION}


def test_a_draft_without_category_and_score_is_refused_and_the_editors_changes_are_kept(editor_client, source, theater):
    look, form = looks(editor_client.get(suggest_url(source)))[STATEMENT]

    response = editor_client.post(
        suggest_url(source), posted(look, form, "accept", title="Lavrov rejects US criticism", theater=theater)
    )

    assert response.status_code == 200
    assert not Event.objects.exists()
    assert not CandidateDecision.objects.exists()
    _look, shown = looks(response)[STATEMENT]
    assert set(shown.errors) == {"category", "score"}
    assert 'value="Lavrov rejects US criticism"' in response.content.decode()


def test_a_sentence_worth_a_look_turned_down_is_not_shown_again(editor_client, source):
    look, form = looks(editor_client.get(suggest_url(source)))[STATEMENT]

    editor_client.post(suggest_url(source), posted(look, form, "reject"))

    assert CandidateDecision.objects.get(key=look.key).decision == "rejected"
    assert STATEMENT not in looks(editor_client.get(suggest_url(source)))


def test_a_russian_article_shows_every_open_sentence_as_worth_a_look(editor_client, theater):
    statement = "Лавров заявил, что у Вашингтона нет права поучать Москву."
    expulsion = "Россия выслала двух американских дипломатов."
    source = make_source(body=f"{statement}\n\n{expulsion}", language="ru", published=datetime.date(2017, 4, 7))

    response = editor_client.get(suggest_url(source))

    assert set(reviews(response)) == {expulsion}
    look, form = looks(response)[statement]
    assert {actor.name for actor in look.actors} >= {"Sergey Lavrov", "United States"}
    assert (form.initial["category"], form.initial["score"]) == ("", None)
    assert "<h2>Sentences worth a look</h2>" in response.content.decode()


def test_retraining_on_the_development_set_reproduces_the_shipped_weights(shipped_vocabulary):
    """About 10 seconds: every development passage is read once and the detector fitted."""
    detector = train(development_passages(Vocabulary.from_database("en")))

    assert detector.to_json() == WEIGHTS.read_text(encoding="utf-8")
