"""Eras: the model, the editors' admin, the seeded eras of record, the chart and the downloads."""

import csv
import datetime
import io
import json

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation

from timeline import quotes
from timeline.eras.records import published_eras
from timeline.models import Era, EraEvidence, Event

from .factories import SOURCE_BODY, make_event, make_source
from .responses import body
from .responses import document as document_of

QUOTE = "The foreign minister said relations were at a low point."
pytestmark = pytest.mark.django_db


def make_era(title="A cold spell", start=datetime.date(2017, 4, 1), end=datetime.date(2017, 4, 30), **fields):
    values = {"description": "Relations were at a low point.", "direction": Era.Direction.TENSION, "is_published": True}
    era = Era.objects.create(title=title, start=start, end=end, **{**values, **fields})
    source = make_source()
    passage = quotes.locate(QUOTE, source.body)
    EraEvidence.objects.create(era=era, source=source, quote=QUOTE, start=passage.start, end=passage.end)
    return era


def era_form_data(source, quote=QUOTE, **fields):
    return {
        "title_en": "A cold spell",
        "start": "2017-04-01",
        "end": "",
        "direction": "tension",
        "description_en": "Relations were at a low point.",
        "is_published": "on",
        "evidence-TOTAL_FORMS": "1",
        "evidence-INITIAL_FORMS": "0",
        "evidence-MIN_NUM_FORMS": "0",
        "evidence-MAX_NUM_FORMS": "1000",
        "evidence-0-source": str(source.pk),
        "evidence-0-quote": quote,
        "evidence-0-speaker": "",
        **fields,
    }


# The model


def test_an_era_cannot_end_before_it_starts():
    era = Era(title="Backwards", start=datetime.date(2017, 5, 1), end=datetime.date(2017, 4, 1), direction="tension")
    with pytest.raises(ValidationError, match="end"):
        era.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        Era.objects.create(title="Backwards", start=datetime.date(2017, 5, 1), end=datetime.date(2017, 4, 1))


def test_an_era_may_be_open_ended_and_says_its_dates_in_words():
    era = make_era(end=None)

    assert era.dates_in_words() == "from 1 April 2017"
    assert make_era(title="Closed").dates_in_words() == "1 April 2017 to 30 April 2017"


def test_an_era_quote_is_checked_word_for_word_against_its_source():
    source = make_source()
    era = make_era()

    good = EraEvidence(era=era, source=source, quote="The   foreign minister said relations\nwere at a low point.")
    good.clean()
    assert SOURCE_BODY[good.start : good.end] == QUOTE
    bad = EraEvidence(era=era, source=source, quote="The foreign minister said relations were excellent.")
    with pytest.raises(ValidationError, match="does not occur word for word"):
        bad.clean()


def test_an_era_quote_is_named_in_the_quotation_marks_of_the_language():
    quote = make_era().evidence.get()
    assert str(quote) == f"“{QUOTE}” (Example Wire)"
    with translation.override("ru"):
        assert str(quote) == f"«{QUOTE}» (Example Wire)"


def test_published_eras_are_those_sharing_a_day_with_the_range():
    april = make_era(title="April")
    open_ended = make_era(title="Since May", start=datetime.date(2017, 5, 1), end=None)
    make_era(title="Unpublished", is_published=False)

    titles = lambda first, last: [era.title for era in published_eras(first, last)]  # noqa: E731 (a short local helper)
    assert titles(None, None) == ["April", "Since May"]
    assert titles(datetime.date(2017, 4, 30), datetime.date(2017, 4, 30)) == ["April"]
    assert titles(datetime.date(2030, 1, 1), None) == ["Since May"]
    assert titles(None, datetime.date(2017, 3, 31)) == []
    assert published_eras()[0].quotes[0].quote == QUOTE
    assert april.pk != open_ended.pk


# The admin


def test_an_editor_adds_an_era_with_a_quote(editor_client):
    source = make_source()

    response = editor_client.post(reverse("admin:timeline_era_add"), era_form_data(source))

    assert response.status_code == 302
    era = Era.objects.get()
    assert era.end is None
    assert era.is_published
    assert era.evidence.get().start == SOURCE_BODY.index(QUOTE)


def test_a_quote_not_in_the_source_is_a_form_error_naming_it(editor_client):
    source = make_source()

    response = editor_client.post(
        reverse("admin:timeline_era_add"), era_form_data(source, quote="Relations were never better.")
    )

    assert response.status_code == 200
    assert "does not occur word for word" in response.content.decode()
    assert not Era.objects.exists()


def test_a_published_era_needs_a_quote(editor_client):
    source = make_source()

    refused = editor_client.post(reverse("admin:timeline_era_add"), era_form_data(source, **{"evidence-0-quote": ""}))
    draft = editor_client.post(
        reverse("admin:timeline_era_add"),
        era_form_data(source, is_published="", **{"evidence-0-quote": "", "evidence-0-source": ""}),
    )

    assert "A published era needs at least one quote" in refused.content.decode()
    assert draft.status_code == 302
    assert list(Era.objects.values_list("is_published", flat=True)) == [False]


def test_eras_are_listed_and_searchable_in_the_admin(editor_client):
    make_era(title="A cold spell")
    make_era(title="A thaw", direction=Era.Direction.DETENTE)

    response = editor_client.get(reverse("admin:timeline_era_changelist") + "?q=cold")

    assert response.status_code == 200
    assert [era.title for era in response.context["cl"].result_list] == ["A cold spell"]


def test_the_russian_era_page_names_the_quotes_source_in_russian(editor_client):
    page = editor_client.get("/ru" + reverse("admin:timeline_era_add")).content.decode()

    assert '<label class="required" for="id_evidence-0-source">Источник:</label>' in page


# The eras of record


def test_the_seeded_eras_quote_their_sources_where_their_offsets_say(seed):
    evidence = list(EraEvidence.objects.select_related("source", "era"))
    assert len({item.era_id for item in evidence}) >= 3
    for item in evidence:
        passage = quotes.locate(item.quote, item.source.body)
        assert passage is not None, f"era evidence #{item.pk} is not in {item.source}"
        assert (item.start, item.end) == (passage.start, passage.end)
    assert all(era.evidence.exists() for era in Era.objects.published())


# The chart and the page


def test_the_chart_draws_each_era_as_one_band_and_the_page_lists_it(client):
    make_event(date=datetime.date(2017, 4, 7), score=-8)
    make_event(date=datetime.date(2017, 5, 20), score=2)
    make_era(title="A cold spell")
    make_era(title="Long ago", start=datetime.date(1990, 1, 1), end=datetime.date(1990, 12, 31))

    content = client.get("/").content.decode()

    payload = json.loads(content.split('id="timeline-figure"', 1)[1].split(">", 1)[1].split("</script>", 1)[0])
    bands = [shape for shape in payload["figure"]["layout"]["shapes"] if shape["name"].startswith("era-")]
    assert len(bands) == 1
    # The era starts before the chart (events from 7 April, drawn from 4 April): it is drawn from the chart's start.
    assert (bands[0]["x0"], bands[0]["x1"]) == ("2017-04-04", "2017-05-01")
    assert content.count('class="era era-tension"') == 1
    assert "Eras on this chart" in content
    assert "A cold spell" in content
    assert "Long ago" not in content


def test_an_eras_quote_is_a_highlighted_passage_on_its_source_page_linking_to_the_era_on_the_timeline(client):
    make_event(date=datetime.date(2017, 4, 7))
    era = make_era()
    quote = era.evidence.get()
    page_link = client.get("/").content.decode().split('class="era-quote"', 1)[1]
    assert f'href="{quote.get_absolute_url()}"' in page_link

    source_page = client.get(quote.source.get_absolute_url()).content.decode()

    passage = source_page.split(f'id="{quote.anchor}"', 1)[1].split("</mark>", 1)[0]
    assert QUOTE in passage
    assert 'href="/?date_from=2017-04-01&amp;date_to=2017-04-30"' in passage
    assert "Era: A cold spell" in passage
    assert "1 quoted passage" in source_page


def test_a_draft_eras_quote_is_not_shown_on_its_source_page(client):
    make_event()  # the source is cited by a published event, so its page is public
    era = make_era(is_published=False)
    quote = era.evidence.get()
    quote.source = Event.objects.get().evidence.get().source
    quote.save()

    assert quote.anchor not in client.get(quote.source.get_absolute_url()).content.decode()


# The downloads


def test_the_json_download_carries_the_eras_with_their_quotes(client):
    make_event()
    make_era(end=None)

    document = document_of(client.get("/events.json"))

    assert document["eras"][0]["title"] == {"en": "A cold spell", "ru": None}
    assert document["eras"][0]["end"] is None
    assert document["eras"][0]["quotes"][0]["quote"] == QUOTE
    assert document["eras"][0]["quotes"][0]["source"]["page"].startswith("http://testserver/sources/")


def test_the_csv_names_each_events_eras(client):
    make_event(date=datetime.date(2017, 4, 7), title="In April")
    make_event(date=datetime.date(2017, 6, 7), title="In June")
    make_era(title="=HYPERLINK(1)")

    rows = list(csv.DictReader(io.StringIO(body(client.get("/events.csv")).decode("utf-8-sig"))))

    by_title = {row["title_en"]: row["eras"] for row in rows}
    assert by_title == {"In April": "'=HYPERLINK(1)", "In June": ""}


@pytest.mark.parametrize(
    ("query", "eras", "cells"),
    [
        ("", ["July", "Late summer", "Autumn"], {"Early July": "July", "Sanctions week": "July; Late summer"}),
        # Late summer began before the filters' first day and lasts into it; July ended before it.
        ("date_from=2017-08-01", ["Late summer", "Autumn"], {"Sanctions week": "Late summer"}),
        ("date_to=2017-07-26", ["July"], {"Early July": "July", "Sanctions week": "July"}),
    ],
)
def test_every_download_holds_the_eras_sharing_a_day_with_the_filters_dates(client, query, eras, cells):
    """The CSV named the eras an event's first day fell in: an event of 24 July to 2 August was not in an era that
    began on 28 July, and filtered from 1 August it was in none, while the JSON and TimelineJS downloads of the same
    filters listed that era. One rule now: a download holds the eras sharing a day with the filters' dates, and an
    event's CSV row names those of them it shares a day with."""
    make_event(title="Early July", date=datetime.date(2017, 7, 3))
    week = Event.Precision.WEEK
    make_event(
        title="Sanctions week", date=datetime.date(2017, 7, 24), date_precision=week, end_date=datetime.date(2017, 8, 2)
    )
    make_era(title="July", start=datetime.date(2017, 7, 1), end=datetime.date(2017, 7, 25))
    make_era(title="Late summer", start=datetime.date(2017, 7, 28), end=datetime.date(2017, 8, 10))
    make_era(title="Autumn", start=datetime.date(2017, 9, 1), end=None)

    as_json = document_of(client.get(f"/events.json?{query}"))["eras"]
    as_timelinejs = document_of(client.get(f"/events.timelinejs.json?{query}"))["eras"]
    rows = csv.DictReader(io.StringIO(body(client.get(f"/events.csv?{query}")).decode("utf-8-sig")))

    assert [era["title"]["en"] for era in as_json] == eras
    assert [era["text"]["headline"] for era in as_timelinejs] == eras
    assert {row["title_en"]: row["eras"] for row in rows} == cells


def test_the_timelinejs_export_has_eras_ending_where_open_ones_are_drawn(client):
    make_event(date=datetime.date(2017, 4, 7))
    make_event(date=datetime.date(2017, 7, 28))
    make_era(title="<b>Spell</b>", end=None)

    eras = document_of(client.get("/events.timelinejs.json"))["eras"]

    assert eras[0]["start_date"] == {"year": 2017, "month": 4, "day": 1, "display_date": "1 April 2017"}
    assert eras[0]["end_date"]["month"] == 7
    assert eras[0]["end_date"]["day"] == 28
    assert eras[0]["text"]["headline"] == "&lt;b&gt;Spell&lt;/b&gt;"


def test_editing_an_era_changes_the_cached_chart_at_once(client):
    make_event(date=datetime.date(2017, 4, 7), score=-8)
    era = make_era(title="A cold spell")
    assert "A cold spell" in client.get("/").content.decode()

    era.title = "A very cold spell"
    era.save()

    assert "A very cold spell" in client.get("/").content.decode()
    era.delete()
    assert "A very cold spell" not in client.get("/").content.decode()


def test_an_era_ending_before_it_starts_is_told_so_beside_its_other_faults():
    """Era.clean stopped at the missing description, so the dates reached the editor as the constraint's raw name."""
    era = Era(title_en="A thaw", start=datetime.date(2009, 3, 6), end=datetime.date(2009, 1, 1), direction="detente")
    with pytest.raises(ValidationError) as raised:
        era.full_clean()
    assert raised.value.message_dict["end"] == ["The end cannot be before the start."]
    assert "description_en" in raised.value.message_dict
    assert "__all__" not in raised.value.message_dict
