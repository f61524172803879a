"""Every text editors type or paste has a limit, and going past it is a form error that keeps the text
(or, past what the server reads at all, a page saying how much it takes); never a 500 or a lost paste."""

import pytest

from tests.factories import make_event, make_source
from tests.test_admin import change_data, change_url, messages_of, run_action
from tests.test_assistant_admin import ARTICLE_DETAILS, RAW_ARTICLE, add_source_url
from timeline.models import Event, Source

pytestmark = pytest.mark.django_db


def test_a_summary_over_the_limit_is_a_form_error_that_keeps_the_text(editor_client):
    event = make_event()
    summary = "A long summary." * 400

    response = editor_client.post(change_url(event), change_data(event, summary=summary, started_from_version="1"))

    assert response.status_code == 200
    form = response.context["adminform"].form
    assert "Ensure this value has at most 5000 characters (it has 6000)." in form.errors["summary_en"]
    assert form["summary_en"].value() == summary
    assert 'maxlength="5000"' not in response.content.decode(), "a browser would cut a longer paste silently"
    assert Event.objects.get(pk=event.pk).summary == "A summary."


def test_a_huge_quote_is_a_form_error_not_a_worker_timeout(editor_client):
    source = make_source(body="Words of the article. " * 60_000)  # 1.3 MB
    event = make_event(source=source, quote="Words of the article.")
    quote = "Words of the article, misquoted. " * 3_000  # 100,000 characters

    data = change_data(event, started_from_version="1")
    data["evidence-0-quote"] = quote
    response = editor_client.post(change_url(event), data)

    assert response.status_code == 200
    errors = response.context["inline_admin_formsets"][0].formset.forms[0].errors["quote"]
    assert errors == ["Ensure this value has at most 2000 characters (it has 98999)."]


def test_a_misquote_of_a_long_source_names_the_nearest_passage(editor_client):
    source = make_source(body="Filler words here. " * 60_000 + "The minister said relations were at a low point.")
    event = make_event(source=source, quote="Filler words here.")

    data = change_data(event, started_from_version="1")
    data["evidence-0-quote"] = "The minister said that relations were at a low point."
    response = editor_client.post(change_url(event), data)

    error = response.context["inline_admin_formsets"][0].formset.forms[0].errors["quote"][0]
    assert "does not occur word for word" in error
    assert "The nearest passage is: “" in error
    assert "The minister said relations were at a low point." in error


def test_a_pasted_article_over_the_limit_is_a_form_error_that_keeps_the_text(editor_client):
    text = RAW_ARTICLE + "Russia expelled two US diplomats on Friday. " * 50_000  # 2.2 MB

    response = editor_client.post(add_source_url(), {**ARTICLE_DETAILS, "text": text, "preview": "Preview"})

    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["text"] == [
        "This text is 2.1 MB; an article can be at most 2.0 MB. Paste the article alone, or split it."
    ]
    assert form["text"].value() == text
    assert not Source.objects.exists()


def test_the_article_field_tells_the_browser_its_limit(editor_client):
    page = editor_client.get(add_source_url()).content.decode()

    assert 'data-max-bytes="2097152"' in page
    assert "js/article-size.js" in page


def test_a_ten_megabyte_paste_gets_a_page_that_explains_the_limit(editor_client):
    text = "Russia expelled two US diplomats on Friday. " * 240_000  # 10.6 MB

    response = editor_client.post(add_source_url(), {**ARTICLE_DETAILS, "text": text, "preview": "Preview"})

    assert response.status_code == 400
    page = response.content.decode()
    assert "larger than the 3.0 MB this site takes in one form" in page
    assert "your browser still has what you typed or pasted" in page
    assert not Source.objects.exists()


def test_a_status_action_on_more_events_than_one_request_can_save_changes_nothing_and_says_why(
    editor_client, monkeypatch
):
    monkeypatch.setattr("timeline.admin.MAX_STATUS_CHANGES", 2)
    events = [make_event(status=Event.Status.DRAFT) for _ in range(3)]

    response = run_action(editor_client, "send_to_review", events)

    assert "a status can be set on at most 2 events at a time, and 3 are selected" in " ".join(messages_of(response))
    assert set(Event.objects.values_list("status", flat=True)) == {Event.Status.DRAFT}
    run_action(editor_client, "send_to_review", events[:2])
    assert Event.objects.filter(status=Event.Status.REVIEW).count() == 2
