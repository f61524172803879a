"""Every text editors type or paste has a limit, and going past it is a form error that keeps the text
(or, past what the server reads at all, a page saying how much it takes); never a 500 or a lost paste."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_event, make_source, make_theater
from tests.test_admin import change_data, change_url, messages_of, run_action
from tests.test_assistant_admin import (
    ARTICLE_DETAILS,
    RAW_ARTICLE,
    add_source_url,
    message_texts,
    posted,
    suggest_url,
)
from timeline.assistant.candidates import propose
from timeline.assistant.languages import Vocabulary
from timeline.assistant.sentences import READ_LIMIT, readable_part
from timeline.models import SHORT_TEXT_LIMIT, Event, Source

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


def test_the_assistant_reads_a_long_article_in_part_and_says_where_it_stopped(editor_client, shipped_vocabulary):
    make_theater("Bilateral")
    opening = "Russia expelled 35 American diplomats on Friday.\n"
    filler = "Analysts expect little to change in the coming months.\n" * 2_000  # 112,000 characters
    closing = "The United States imposed new sanctions on Russia on Monday."
    source = make_source(body=opening + filler + closing, published=datetime.date(2017, 4, 7))

    response = editor_client.get(suggest_url(source))

    assert response.status_code == 200
    quoted = [candidate.first_sentence.text for candidate, _form in response.context["reviews"]]
    assert "Russia expelled 35 American diplomats on Friday." in quoted
    assert closing not in quoted, "past the limit, nothing is read"
    warning = " ".join(message_texts(response))
    assert f"This article is {len(source.body):,} characters long" in warning
    assert f"the assistant read its first {len(readable_part(source.body)):,} characters" in warning
    assert "… expect little to change in the coming months." in warning
    assert len(readable_part(source.body)) <= READ_LIMIT
    assert readable_part(source.body).endswith("months."), "whole lines only"


def test_an_article_within_the_limit_is_read_whole_without_a_warning(editor_client, shipped_vocabulary):
    make_theater("Bilateral")
    closing = "The United States imposed new sanctions on Russia on Monday."
    source = make_source(body="Analysts expect little to change.\n" * 100 + closing)

    response = editor_client.get(suggest_url(source))

    assert closing in [candidate.first_sentence.text for candidate, _form in response.context["reviews"]]
    assert not any("characters long" in text for text in message_texts(response))


def test_a_sentence_longer_than_any_quote_is_not_read(shipped_vocabulary):
    vocabulary = Vocabulary.from_database("en")
    listing = "Russia expelled 35 American diplomats and the United States imposed sanctions on Russia"
    quotable = ", ".join([listing] * 20) + "."
    unquotable = ", ".join([listing] * 25) + "."
    assert len(quotable) <= SHORT_TEXT_LIMIT.limit_value < len(unquotable)

    assert propose(quotable, datetime.date(2017, 4, 7), vocabulary)
    assert propose(unquotable, datetime.date(2017, 4, 7), vocabulary) == []


PAGED_BODY = "\n".join(
    [
        "Russia expelled two US diplomats on Friday.",
        "The United States imposed sanctions on five Russian banks on Monday.",
        "Russia recalled its ambassador from Washington on Tuesday.",
        "Lavrov met Tillerson in Moscow on Wednesday.",
        "The United States expelled three Russian diplomats on Thursday.",
    ]
)


def shown_candidates(response):
    return [candidate.first_sentence.text for candidate, _form in response.context["reviews"]]


def test_suggestions_come_in_pages_that_keep_the_whole_count(editor_client, shipped_vocabulary, monkeypatch):
    monkeypatch.setattr("timeline.assistant.admin.SUGGESTIONS_PER_PAGE", 2)
    make_theater("Bilateral")
    source = make_source(body=PAGED_BODY)

    first = editor_client.get(suggest_url(source))
    second = editor_client.get(suggest_url(source) + "?page=2")
    last = editor_client.get(suggest_url(source) + "?page=3")

    pages = [shown_candidates(first), shown_candidates(second), shown_candidates(last)]
    assert [len(page) for page in pages] == [2, 2, 1]
    assert [text for page in pages for text in page] == PAGED_BODY.split("\n"), "every candidate once, in order"
    assert "5 candidates to review" in second.content.decode()
    assert "Showing 3–4 of 5:" in second.content.decode()
    assert second.content.decode().count('href="?page=3"') == 2, "the page links above and below the list"
    assert shown_candidates(editor_client.get(suggest_url(source) + "?page=nine")) == pages[0]


def test_a_form_with_errors_comes_back_on_its_own_page(editor_client, shipped_vocabulary, monkeypatch):
    monkeypatch.setattr("timeline.assistant.admin.SUGGESTIONS_PER_PAGE", 2)
    make_theater("Bilateral")
    source = make_source(body=PAGED_BODY)
    second_page = suggest_url(source) + "?page=2"
    candidate, form = next(
        (candidate, form)
        for candidate, form in editor_client.get(second_page).context["reviews"]
        if candidate.first_sentence.text.startswith("Lavrov met")
    )

    response = editor_client.post(suggest_url(source), posted(candidate, form, "accept", theater=None))

    assert "Choose where the happening plays out." in response.content.decode()
    assert "Lavrov met Tillerson in Moscow on Wednesday." in shown_candidates(response)
    assert not Event.objects.exists()


def test_a_decision_goes_back_to_the_same_page(editor_client, shipped_vocabulary, monkeypatch):
    monkeypatch.setattr("timeline.assistant.admin.SUGGESTIONS_PER_PAGE", 2)
    make_theater("Bilateral")
    source = make_source(body=PAGED_BODY)
    second_page = suggest_url(source) + "?page=2"
    candidate, form = editor_client.get(second_page).context["reviews"][0]

    response = editor_client.post(second_page, posted(candidate, form, "reject"))

    assert response.status_code == 302
    assert response["Location"] == second_page


def test_a_page_of_suggestions_costs_the_same_queries_for_one_candidate_or_many(editor_client, shipped_vocabulary):
    make_theater("Bilateral")
    one = make_source(body=PAGED_BODY.split("\n")[0])
    many = make_source(body=PAGED_BODY)
    make_event(date=datetime.date(2017, 4, 1))  # an event each form offers to merge into
    for source in (one, many):  # the session read, and each article (kept in the cache)
        editor_client.get(suggest_url(source))

    with CaptureQueriesContext(connection) as for_one:
        assert len(editor_client.get(suggest_url(one)).context["reviews"]) == 1
    with CaptureQueriesContext(connection) as for_many:
        page = editor_client.get(suggest_url(many))

    assert len(page.context["reviews"]) == 5
    assert len(for_many.captured_queries) == len(for_one.captured_queries)
    merge_choices = page.context["reviews"][4][1]["merge_into"].field.choices
    assert [label for _value, label in merge_choices][1:] == [str(Event.objects.get())]
