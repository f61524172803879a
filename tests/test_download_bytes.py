"""Every download, byte for byte, against a rendering of its own written here from model objects.

The downloads write each event from rows, with what they say in their language
worked out once per download (timeline.download_words), and the TimelineJS text
with str.format and html.escape. The renderings here are written the plain way,
one event object at a time with Django's format_html, the model's own methods
and the catalogues looked up for every event: the seed events plus events whose
texts hold quotes, markup, ampersands, Cyrillic, new lines and cells that start
like a formula, in English and Russian, through the Django test client.
"""

import csv
import datetime
import io
import json
import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext, pgettext

from timeline import dates
from timeline.eras.models import Era
from timeline.localised import decimal, quoted
from timeline.models import Event, Evidence

from .factories import add_evidence, make_actor, make_event, make_source, make_theater
from .responses import body

pytestmark = pytest.mark.django_db

SITE = "http://testserver"
OTHER = {"en": "ru", "ru": "en"}
TRICKY_BODY = (
    '=SUM(A1) said the "minister" & his <script>alert(1)</script> aide.\n'
    "Министр сказал: «санкции — это война».\n"
    "-5 points & counting, @once\nthen +2 more."
)


@pytest.fixture
def tricky(seed):
    """Beside the seed events: texts a download must escape or guard, a Russian-only event, every precision."""
    source = make_source(
        body=TRICKY_BODY,
        outlet="Smith & Sons <Wire>",
        headline='"Sanctions" & <b>war</b>',
        published=datetime.date(2020, 3, 1),
        url="javascript:alert(1)",
    )
    web_source = make_source(
        body=TRICKY_BODY, outlet="=Wire", headline="+Headline", url="https://news.example/a?b=1&c=2"
    )
    ministry = make_actor('@Ministry <of> "Things"')
    first = make_event(
        title='=HYPERLINK("x") & <script>alert("t")</script>',
        label="+label",
        summary="Line one\nline two & <i>three</i>\r\n-four",
        title_ru="Санкции «вводятся» & <b>жёстко</b>",
        date=datetime.date(2020, 3, 2),
        date_precision=Event.Precision.WEEK,
        end_date=datetime.date(2020, 3, 11),
        category=Event.Category.SANCTIONS,
        score=-7.3,
        actors=[ministry, make_actor("Кремль")],
        source_actor=ministry,
        theater=make_theater("-Front & <Centre>"),
        quote=None,
    )
    add_evidence(
        first, source, '=SUM(A1) said the "minister" & his <script>alert(1)</script> aide.', speaker="<b>Ivan</b>"
    )
    add_evidence(first, web_source, "Министр сказал: «санкции — это война».", speaker="=cmd")
    make_event(
        title="",
        title_ru="Только по-русски: <тег> & «кавычки»",
        summary="",
        summary_ru="Краткое\nописание & <i>курсив</i>",
        date=datetime.date(2021, 5, 1),
        date_precision=Event.Precision.MONTH,
        category=Event.Category.MILITARY,
        score=0,
        theater=make_theater("Арктика"),
        quote=None,
    )
    later = make_event(
        title="@Approximate & 'single' quotes",
        date=datetime.date(2022, 1, 1),
        date_precision=Event.Precision.YEAR,
        score=9.96,
        quote=None,
    )
    add_evidence(later, web_source, "-5 points & counting, @once\nthen +2 more.")
    make_event(
        title="Around a day", date=datetime.date(2022, 6, 9), date_precision=Event.Precision.APPROXIMATE, score=0.04
    )


def events_in_timeline_order(**filters):
    events = Event.objects.published().filter(**filters).order_by("date", "title_en", "id")
    return list(
        events.select_related("theater", "source_actor", "target_actor").prefetch_related("actors", "evidence__source")
    )


def shown(obj, field, language):
    """(text, its language) in `language`, else the other's."""
    for candidate in (language, OTHER[language]):
        if text := getattr(obj, f"{field}_{candidate}"):
            return text, candidate
    return "", language


def absolute(name, argument):
    """The address as the downloads give it: the page in the download's language (the active one)."""
    return SITE + reverse(name, args=[argument])


def quote_source(evidence):
    return evidence.source.web_url() or f"{absolute('timeline:source', evidence.source_id)}#evidence-{evidence.pk}"


def iso(day):
    return day.isoformat() if day else ""


def guarded(text):
    return "'" + text if re.match(r"[=+\-@\t\r]", text) else text


def quotes_of(event):
    return sorted(event.evidence.all(), key=lambda evidence: evidence.pk)


def actors_of(event):
    return sorted(event.actors.all(), key=lambda actor: actor.name_en)


def eras_of(event, language):
    """The published eras sharing a day with the event, from its date to its end date."""
    eras = Era.objects.published().order_by("start", "title_en")
    first, last = event.date, event.end_date or event.date
    return "; ".join(
        shown(era, "title", language)[0] for era in eras if era.start <= last and (not era.end or first <= era.end)
    )


def expected_csv(language):
    events = events_in_timeline_order()
    quote_sets = max([len(quotes_of(event)) for event in events] + [1])
    texts = [f"{text}_{each}" for text in ("title", "label", "summary") for each in (language, OTHER[language])]
    header = ["date", "date_precision", "date_text", "end_date", *texts, "url", "score", "category", "theater"]
    header += ["actors", "initiator", "target", "eras"]
    for number in range(1, quote_sets + 1):
        parts = ("language", "translation", "speaker", "outlet", "headline")
        header += [f"quote_{number}", *(f"quote_{number}_{part}" for part in parts)]
        header += [f"quote_{number}_date", f"quote_{number}_url"]
    buffer = io.StringIO()
    buffer.write("\ufeff")  # UTF-8's byte order mark, for Excel
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    with translation.override(language):
        for event in events:
            row = [iso(event.date), event.date_precision, event.date_in_words(), iso(event.end_date)]
            row += [guarded(getattr(event, name) or "") for name in texts]
            row += [absolute("timeline:event", event.slug), float(event.score), str(event.get_category_display())]
            row.append(guarded(shown(event.theater, "name", language)[0]))
            row.append(guarded("; ".join(shown(actor, "name", language)[0] for actor in actors_of(event))))
            for actor in (event.source_actor, event.target_actor):
                row.append(guarded(shown(actor, "name", language)[0]) if actor else "")
            row.append(guarded(eras_of(event, language)))
            for evidence in quotes_of(event):
                source = evidence.source
                row += [guarded(" ".join(evidence.quote.split())), source.language, guarded(evidence.translation)]
                row += [guarded(evidence.speaker), guarded(source.outlet)]
                row += [guarded(source.headline), iso(source.published), guarded(quote_source(evidence))]
            writer.writerow(row + [""] * 8 * (quote_sets - len(quotes_of(event))))
    return buffer.getvalue().encode()


def in_languages(obj, field):
    return {each: getattr(obj, f"{field}_{each}") or None for each in ("en", "ru")}


def translation_of(evidence):
    """An editor's translation is into the other language than the quote's."""
    if not evidence.translation:
        return None
    return {"language": OTHER[evidence.source.language], "text": evidence.translation}


def expected_json_events(language):
    with translation.override(language):
        return [
            {
                "date": iso(event.date),
                "date_precision": event.date_precision,
                "date_text": event.date_in_words(),
                "end_date": iso(event.end_date) or None,
                **{text: in_languages(event, text) for text in ("title", "label", "summary")},
                "url": absolute("timeline:event", event.slug),
                "score": float(event.score),
                "category": str(event.get_category_display()),
                "theater": in_languages(event.theater, "name"),
                "actors": [in_languages(actor, "name") for actor in actors_of(event)],
                "initiator": in_languages(event.source_actor, "name") if event.source_actor else None,
                "target": in_languages(event.target_actor, "name") if event.target_actor else None,
                "quotes": [
                    {
                        "quote": evidence.quote,
                        "language": evidence.source.language,
                        "translation": translation_of(evidence),
                        "speaker": evidence.speaker,
                        "source": {
                            "outlet": evidence.source.outlet,
                            "headline": evidence.source.headline,
                            "published": iso(evidence.source.published),
                            "url": evidence.source.url,
                            "page": f"{absolute('timeline:source', evidence.source_id)}#evidence-{evidence.pk}",
                        },
                    }
                    for evidence in quotes_of(event)
                ],
            }
            for event in events_in_timeline_order()
        ]


def as_html(obj, field, language):
    text, its_language = shown(obj, field, language)
    if its_language == language:
        return format_html("{}", text)
    badge = {
        "en": pgettext("a text shown in another language than the page's", "in English"),
        "ru": pgettext("a text shown in another language than the page's", "in Russian"),
    }[its_language]
    return format_html('<span lang="{}">{}</span> <span class="language-badge">{}</span>', its_language, text, badge)


def expected_slide(event, language):
    summary = (
        format_html("<p>{}</p>", as_html(event, "summary", language)) if shown(event, "summary", language)[0] else ""
    )
    score = float(event.score)
    sentence = gettext("Score %(score)s on the Goldstein scale: %(reading)s.") % {
        "score": decimal(score, signed=True).replace("-", "−"),
        "reading": event.score_reading(),
    }
    quote, source = "", ""
    if quotes := quotes_of(event):
        first = quotes[0]
        speaker = format_html("<footer>— {}</footer>", first.speaker) if first.speaker else ""
        marked = first.source.language
        quote = format_html('<blockquote lang="{}"><p>{}</p>{}</blockquote>', marked, quoted(first.quote), speaker)
        headline = format_html('<span lang="{}">{}</span>', marked, quoted(first.source.headline))
        outlet = format_html('<span lang="{}">{}</span>', marked, first.source.outlet)
        name = format_html("{}, {}", outlet, headline)
        source = format_html('{}: <a href="{}">{}</a> · ', gettext("Source"), quote_source(first), name)
    link = format_html(
        '<p>{}<a href="{}">{}</a></p>', source, absolute("timeline:event", event.slug), gettext("Event page")
    )
    start = dates.normalise(event.date, event.date_precision)
    start_date = {"year": start.year, "month": start.month, "day": start.day}
    if event.date_precision in (dates.MONTH, dates.YEAR):
        del start_date["day"]
    if event.date_precision == dates.YEAR:
        del start_date["month"]
    slide = {
        "start_date": {**start_date, "display_date": dates.in_words(start, event.date_precision)},
        "text": {
            "headline": as_html(event, "title", language),
            "text": format_html("{}{}{}{}", summary, format_html("<p>{}</p>", sentence), quote, link),
        },
        "group": str(event.get_category_display()),
        "unique_id": event.slug,
        "score": score,
    }
    if end := event.end_date:
        slide["end_date"] = {
            "year": end.year,
            "month": end.month,
            "day": end.day,
            "display_date": dates.day_in_words(end),
        }
    return slide


def expected_slides(language):
    with translation.override(language):
        return [expected_slide(event, language) for event in events_in_timeline_order()]


def dumped(head, events):
    """The document as one json.dumps writes it: the downloads write theirs in pieces with the same separators."""
    return json.dumps({**head, "events": events}, ensure_ascii=False).encode()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_csv_is_byte_for_byte_a_plain_rendering_of_the_events(client, tricky, language):
    assert body(client.get(f"/events.csv?lang={language}")) == expected_csv(language)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_json_is_byte_for_byte_a_plain_rendering_of_the_events(client, tricky, language):
    answer = body(client.get(f"/events.json?lang={language}"))
    # The head (the eras as eras.records writes them, and the count) is not what this test is about.
    head = {key: value for key, value in json.loads(answer).items() if key != "events"}

    assert head["count"] == Event.objects.published().count()
    assert answer == dumped(head, expected_json_events(language))


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_timelinejs_document_is_byte_for_byte_a_plain_rendering_of_the_events(client, tricky, language):
    answer = body(client.get(f"/events.timelinejs.json?lang={language}"))
    head = {key: value for key, value in json.loads(answer).items() if key != "events"}

    assert answer == dumped(head, expected_slides(language))


def test_the_renderings_cover_what_must_be_escaped_guarded_and_translated(client, tricky):
    """The comparisons above would prove little if the tricky texts never reached the documents."""
    csv_text = body(client.get("/events.csv")).decode()
    timelinejs = body(client.get("/events.timelinejs.json?lang=ru")).decode()

    assert "'=HYPERLINK" in csv_text
    assert "'@Ministry" in csv_text
    assert "'-Front & <Centre>" in csv_text
    assert "'=SUM(A1)" in csv_text
    assert '"\'=cmd"' not in csv_text
    assert ",'=cmd," in csv_text
    assert "&lt;script&gt;" in timelinejs
    assert "<script>" not in timelinejs
    assert "Smith &amp; Sons &lt;Wire&gt;" in timelinejs
    assert "javascript:" not in timelinejs
    assert 'lang=\\"en\\"' in timelinejs
    assert "на английском" in timelinejs
    assert "неделя 2 марта 2020\u00a0г. — 11 марта 2020\u00a0г." in body(client.get("/events.csv?lang=ru")).decode()


def test_a_week_with_an_end_is_said_in_the_downloads_language(client, tricky):
    """date_text was '… to …' in English in the Russian downloads too; it is Event.date_in_words now."""
    russian = json.loads(body(client.get("/events.json?lang=ru&date_from=2020-03-01&date_to=2020-03-31")))

    week = "неделя 2 марта 2020\u00a0г. — 11 марта 2020\u00a0г."
    assert [event["date_text"] for event in russian["events"]] == [week]


def test_the_seed_events_with_quotes_are_among_those_compared(tricky):
    assert Evidence.objects.filter(event__status=Event.Status.PUBLISHED, event__is_synthetic=False).count() > 10
