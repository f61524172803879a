"""Validation and wording rules of the models, through full_clean as forms and the admin run them."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from tests.factories import make_event, make_source, make_theater
from timeline.models import Event, Evidence, Source

pytestmark = pytest.mark.django_db

BODY = (
    "Moscow announced on Friday that it would expel diplomats.\n\n"
    "The foreign minister said relations\nwere at a low point, and that talks would wait."
)


def new_event(**fields):
    values = {
        "title": "Diplomats expelled",
        "slug": "diplomats-expelled",
        "date": datetime.date(2017, 4, 7),
        "date_precision": Event.Precision.DAY,
        "category": Event.Category.DIPLOMATIC,
        "theater": make_theater(),
        "score": Decimal("-5"),
    }
    return Event(**{**values, **fields})


def evidence_for(quote, source):
    event = new_event()
    event.save()
    return Evidence(event=event, source=source, quote=quote)


def test_evidence_is_named_in_the_quotation_marks_of_the_language():
    quote = "The foreign minister said relations were at a low point."
    evidence = make_event(quote=quote).evidence.get()
    assert str(evidence) == f"“{quote}” (Example Wire)"
    with translation.override("ru"):
        assert str(evidence) == f"«{quote}» (Example Wire)"


def test_quote_differing_only_in_white_space_is_accepted_and_located():
    source = make_source(body=BODY)
    evidence = evidence_for("The foreign   minister said relations were\n  at a low point,", source)

    evidence.full_clean()

    assert source.body[evidence.start : evidence.end] == "The foreign minister said relations\nwere at a low point,"


def test_evidence_is_named_by_its_quote_on_one_line_cut_after_a_whole_word():
    source = make_source(body=BODY, outlet="Example Wire")
    quote = "The foreign minister said relations\nwere at a low point, and that talks would wait for a better moment."

    assert str(Evidence(source=source, quote=quote)) == (
        "“The foreign minister said relations were at a low point, and that talks would…” (Example Wire)"
    )
    assert str(Evidence(source=source, quote="Relations were at a low point.")) == (
        "“Relations were at a low point.” (Example Wire)"
    )


def test_quote_with_a_changed_word_is_refused_naming_the_source_and_nearest_passage():
    source = make_source(body=BODY, outlet="Example Wire", headline="Envoys sent home")
    evidence = evidence_for("The foreign minister said relations were at a high point", source)

    with pytest.raises(ValidationError) as caught:
        evidence.full_clean()

    [message] = caught.value.message_dict["quote"]
    assert str(source) in message
    assert "Envoys sent home" in message
    assert "The nearest passage is: “" in message
    assert "foreign minister said relations were at a low point" in message


@pytest.mark.parametrize(
    ("precision", "given", "stored"),
    [
        (Event.Precision.DAY, datetime.date(2017, 4, 7), datetime.date(2017, 4, 7)),
        (Event.Precision.WEEK, datetime.date(2017, 4, 7), datetime.date(2017, 4, 3)),
        (Event.Precision.WEEK, datetime.date(2017, 4, 3), datetime.date(2017, 4, 3)),
        (Event.Precision.WEEK, datetime.date(2017, 1, 1), datetime.date(2016, 12, 26)),
        (Event.Precision.MONTH, datetime.date(2017, 4, 30), datetime.date(2017, 4, 1)),
        (Event.Precision.APPROXIMATE, datetime.date(2017, 4, 7), datetime.date(2017, 4, 7)),
    ],
)
def test_clean_normalises_the_date_to_its_precision(precision, given, stored):
    event = new_event(date=given, date_precision=precision)

    event.full_clean()

    assert event.date == stored


@pytest.mark.parametrize(
    ("precision", "given", "words"),
    [
        (Event.Precision.DAY, datetime.date(2017, 4, 7), "7 April 2017"),
        (Event.Precision.WEEK, datetime.date(2017, 4, 7), "week of 3 April 2017"),
        (Event.Precision.MONTH, datetime.date(2017, 4, 19), "April 2017"),
        (Event.Precision.APPROXIMATE, datetime.date(2017, 4, 7), "around 7 April 2017"),
    ],
)
def test_date_in_words_says_only_what_the_precision_knows(precision, given, words):
    event = new_event(date=given, date_precision=precision)
    event.full_clean()

    assert event.date_in_words() == words


def test_date_in_words_gives_the_span_of_a_happening_over_several_days():
    event = new_event(date=datetime.date(2017, 4, 7), end_date=datetime.date(2017, 4, 9))

    assert event.date_in_words() == "7 April 2017 to 9 April 2017"


def test_end_date_before_the_start_is_refused():
    event = new_event(date=datetime.date(2017, 4, 7), end_date=datetime.date(2017, 4, 6))

    with pytest.raises(ValidationError) as caught:
        event.full_clean()

    assert caught.value.message_dict["end_date"] == ["The end date cannot be before the start date."]


@pytest.mark.parametrize("precision", [Event.Precision.WEEK, Event.Precision.MONTH, Event.Precision.YEAR])
def test_end_date_before_the_start_as_typed_is_refused_whatever_day_the_precision_stores(precision):
    """17 July 2019 with week, month or year precision is stored as an earlier day: an end date of 16 July,
    before the day the editor gave, is their mistake, not a span such as "July 2019 to 16 July 2019"."""
    event = new_event(date=datetime.date(2019, 7, 17), date_precision=precision, end_date=datetime.date(2019, 7, 16))

    with pytest.raises(ValidationError) as caught:
        event.full_clean()

    assert caught.value.message_dict["end_date"] == ["The end date cannot be before the start date."]


@pytest.mark.parametrize("score", ["-10.1", "10.5", "-11"])
def test_score_outside_the_goldstein_scale_is_refused(score):
    event = new_event(score=Decimal(score))

    with pytest.raises(ValidationError) as caught:
        event.full_clean()

    assert "score" in caught.value.message_dict


@pytest.mark.parametrize("score", ["-10", "10", "0", "1.9"])
def test_score_on_the_goldstein_scale_is_accepted(score):
    event = new_event(score=Decimal(score))

    event.full_clean()


def test_sources_without_a_url_may_be_several():
    make_source(url="")
    second = Source(
        outlet="Other Wire", headline="A second", published=datetime.date(2017, 4, 8), body="b", raw_text="b"
    )

    second.full_clean()
    second.save()

    assert Source.objects.filter(url="").count() == 2


def test_two_sources_with_the_same_url_are_refused():
    make_source(url="https://news.example/expulsions")
    duplicate = Source(
        outlet="Other Wire",
        headline="A copy",
        url="https://news.example/expulsions",
        published=datetime.date(2017, 4, 8),
        body="b",
        raw_text="b",
    )

    with pytest.raises(ValidationError):
        duplicate.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()


def test_source_reads_like_a_citation():
    source = make_source(outlet="Example Wire", headline="Envoys sent home", published=datetime.date(2017, 4, 7))

    assert str(source) == "Example Wire, “Envoys sent home”, 7 April 2017"
