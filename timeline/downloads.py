"""The data downloads of the filtered events: CSV, JSON and TimelineJS3 JSON (timelinejs.py), written as streams.

Each is in a language (`?lang=`, else the page's: `language_of`): dates in
words, categories and names are in it. The events' own texts are in both: the
JSON gives each as {"en": ..., "ru": ...}, the CSV a column per language (the
download's language first); TimelineJS shows one language, so its slides have
the download's, or the other one inside an element with its `lang` and a badge.

Whatever the number of events, a download reads the events, their actors and
their quotes in three queries, each in timeline order and in chunks
(`iterator()`), and walks them together event by event (`event_records`). The
documents are written a chunk of events at a time, so a worker holds one chunk,
never the whole download, and the JSON is still one document.

Addresses are made absolute by `Links`, built from a function from a path to a
URL (in the views, request.build_absolute_uri). What a download writes in its
language (dates in words, categories, scores, link texts) is worked out once per
download and remembered (timeline.download_words), not looked up per event.
"""

import csv
import datetime
import io
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from django import forms
from django.db.models import Count, QuerySet
from django.urls import reverse
from django.utils import translation

from .analysis import timeline_order, without_rewriting
from .bilingual import LANGUAGES, column, other_language, reader_language
from .download_words import Words
from .eras.records import EraRecord
from .filters import EventFilterForm
from .models import Event, Evidence

# Events per chunk: per query fetch, and per piece of the document written.
CHUNK_SIZE = 1000

# The translated texts, in each language: modeltranslation's columns, named (no query rewriting).
TEXTS = ["title", "label", "summary"]
# Who acted and who was acted upon (CAMEO's Actor1 and Actor2; the `initiator` filter reads the first), by name.
ROLES = {"initiator": "source_actor__name", "target": "target_actor__name"}
EVENT_FIELDS = [
    "id",
    "slug",
    *(column(text, language) for text in TEXTS for language in LANGUAGES),
    "date",
    "date_precision",
    "end_date",
    "score",
    "category",
    *(column("theater__name", language) for language in LANGUAGES),
    *(column(name, language) for name in ROLES.values() for language in LANGUAGES),
]
ACTOR_FIELDS = [column("actor__name", language) for language in LANGUAGES]
QUOTE_FIELDS = [
    "id",
    "event_id",
    "quote",
    "translation",
    "speaker",
    "source_id",
    "source__outlet",
    "source__headline",
    "source__url",
    "source__published",
    "source__language",
]

# OWASP's advice on CSV injection: a cell starting with one of these may be
# run as a formula by a spreadsheet, so it gets a leading apostrophe.
FORMULA_START = re.compile(r"[=+\-@\t\r]")
# The CSV starts with UTF-8's byte order mark: without it Excel (Windows and Mac) reads the file in the
# system's legacy code page and shows Russian text as mojibake. pandas, LibreOffice, Google Sheets and R's
# readr skip it; Python's csv module and base R need the encoding named "utf-8-sig" / "UTF-8-BOM".
BYTE_ORDER_MARK = "\ufeff"
WEB_ADDRESS = re.compile(r"https?://", re.IGNORECASE)


def filename(
    changed: datetime.date,
    language: str,
    extension: str,
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
    filtered: bool = False,
) -> str:
    """A download's name says the day its data last changed and its language, us-russia-events-2017-04-07-ru.csv
    (`extension` "csv"), and what its filters chose: their dates, and "filtered" for any other filter, so that two
    views' downloads of the same data differ
    (us-russia-events-from-2017-01-01-to-2017-06-30-filtered-2017-04-07-ru.csv)."""
    chosen = [f"{bound}-{day:%Y-%m-%d}" for bound, day in [("from", date_from), ("to", date_to)] if day]
    if filtered:
        chosen.append("filtered")
    return "-".join(["us-russia-events", *chosen, f"{changed:%Y-%m-%d}", f"{language}.{extension}"])


def language_of(requested: str | None) -> str:
    """The download's language: `?lang=` when given (the view has checked it), else the page's."""
    return reader_language(requested or None)


def in_language(language: str, lines: Iterator[str]) -> Iterator[str]:
    """The lines written with `language` active: a stream is written after its view has returned."""
    with translation.override(language):
        yield from lines


# Reading the events with their actors and quotes


@dataclass(frozen=True)
class EventRecord:
    """One event (`.values(*EVENT_FIELDS)`), its actors (`.values(*ACTOR_FIELDS)`) and its quotes
    (`.values(*QUOTE_FIELDS)`)."""

    event: dict[str, Any]
    actors: list[dict[str, Any]]
    quotes: list[dict[str, Any]]

    def names(self, related: str, words: Words) -> list[str]:
        """The names of the theater, the actors or an actor in a role (ROLES), in the download's language, or the
        other one where missing."""
        rows = self.actors if related == "actor__name" else [self.event]
        return [words.shown(row, related).text for row in rows]


class ByEvent:
    """Rows of a related table in the events' order, handed out one event at a time."""

    def __init__(self, rows: Iterator[dict[str, Any]]) -> None:
        self.groups = itertools.groupby(rows, key=itemgetter("event_id"))
        self.current = next(self.groups, None)

    def of(self, event_id: int) -> list[dict[str, Any]]:
        """The rows of this event; call it for every event, in order."""
        if self.current is None or self.current[0] != event_id:
            return []
        rows = list(self.current[1])
        self.current = next(self.groups, None)
        return rows


def related_in_timeline_order(related: QuerySet, events: QuerySet[Event], *tiebreak: str) -> QuerySet:
    """The related rows of the events, ordered as timeline_order orders their events."""
    return related.filter(event__in=events).order_by("event__date", "event__title_en", "event_id", *tiebreak)


def event_records(events: QuerySet[Event], with_actors: bool = True) -> Iterator[EventRecord]:
    """The events in timeline order with their actors (unless not wanted) and quotes: a query each, read in chunks."""
    rows = without_rewriting(timeline_order(events)).values(*EVENT_FIELDS).iterator(CHUNK_SIZE)
    pairs = related_in_timeline_order(Event.actors.through.objects.all(), events, "actor__name_en")
    actors = ByEvent(pairs.values("event_id", *ACTOR_FIELDS).iterator(CHUNK_SIZE) if with_actors else iter([]))
    evidence = related_in_timeline_order(Evidence.objects.all(), events, "pk")
    quotes = ByEvent(evidence.values(*QUOTE_FIELDS).iterator(CHUNK_SIZE))
    for row in rows:
        yield EventRecord(row, actors.of(row["id"]), quotes.of(row["id"]))


def chunks_of(records: Iterable[EventRecord]) -> Iterator[list[EventRecord]]:
    iterator = iter(records)
    while chunk := list(itertools.islice(iterator, CHUNK_SIZE)):
        yield chunk


class Links:
    """Absolute addresses of event pages and of quotes, in the download's `language` (/ru/... for Russian), without
    reversing a URL per event."""

    def __init__(self, absolute_url: Callable[[str], str], language: str) -> None:
        with translation.override(language):
            self.event_before, self.event_after = url_pattern(absolute_url, "timeline:event", "placeholder-slug")
            self.source_before, self.source_after = url_pattern(absolute_url, "timeline:source", 987654321)

    def event(self, slug: str) -> str:
        return f"{self.event_before}{slug}{self.event_after}"

    def quote_page(self, quote: dict[str, Any]) -> str:
        """Our source page, at the quote: /sources/<id>/#evidence-<id>."""
        return f"{self.source_before}{quote['source_id']}{self.source_after}#evidence-{quote['id']}"

    def quote_source(self, quote: dict[str, Any]) -> str:
        """The article's own address where it is a web address, else our page of the source."""
        url = quote["source__url"]
        return url if WEB_ADDRESS.match(url) else self.quote_page(quote)


def url_pattern(absolute_url: Callable[[str], str], view_name: str, placeholder: object) -> tuple[str, str]:
    """The absolute URL of `view_name` split around its argument."""
    before, after = absolute_url(reverse(view_name, args=[placeholder])).split(str(placeholder))
    return before, after


def date_text(event: dict[str, Any], words: Words) -> str:
    """As Event.date_in_words: '7 April 2017', 'week of 3 April 2017 to 9 April 2017'..."""
    return words.date_text(event["date"], event["date_precision"], event["end_date"])


def squeezed(text: str) -> str:
    return " ".join(text.split())


# CSV


def quote_columns(events: QuerySet[Event]) -> int:
    """How many sets of quote columns the CSV needs: the most quotes of any of the events (at least one)."""
    counts = Evidence.objects.filter(event__in=events).values("event").annotate(quotes=Count("pk")).order_by("-quotes")
    return max(counts.values_list("quotes", flat=True).first() or 0, 1)


def languages_first(language: str) -> list[str]:
    return [language, other_language(language)]


def csv_header(quotes: int, language: str) -> list[str]:
    """The event's columns (its texts a column per language, the download's `language` first), then for
    each of its quotes: the quote, its language, an editor's translation into the other language, the
    speaker, and the source's outlet, headline, publication date and address (quote_1 ... quote_1_url,
    quote_2 ...)."""
    texts = [column(text, each) for text in TEXTS for each in languages_first(language)]
    event_columns = ["date", "date_precision", "date_text", "end_date", *texts, "url", "score"]
    event_columns += ["category", "theater", "actors", *ROLES, "eras"]
    quote_columns = []
    for number in range(1, quotes + 1):
        quote_columns += [f"quote_{number}", *(f"quote_{number}_{part}" for part in QUOTE_PARTS)]
    return event_columns + quote_columns


QUOTE_PARTS = ["language", "translation", "speaker", "outlet", "headline", "date", "url"]


class CsvRows:
    """The CSV's rows in the download's `language`, with `quotes` sets of quote columns and, of the download's
    `eras`, those each event shares a day with; make it with that language active."""

    def __init__(self, links: Links, quotes: int, eras: list[EraRecord], language: str) -> None:
        self.links, self.quotes = links, quotes
        self.words = Words(eras)
        self.text_columns = [column(text, each) for text in TEXTS for each in languages_first(language)]

    def row(self, record: EventRecord) -> list[str | float]:
        event, words, links = record.event, self.words, self.links
        cells: list[str | float] = [
            words.iso(event["date"]),
            event["date_precision"],
            date_text(event, words),
            words.iso(event["end_date"]),
            *(neutral(event[name] or "") for name in self.text_columns),
            links.event(event["slug"]),
            float(event["score"]),
            words.categories[event["category"]],
            neutral(record.names("theater__name", words)[0]),
            neutral("; ".join(record.names("actor__name", words))),
            *(neutral(record.names(name, words)[0]) for name in ROLES.values()),
            words.eras(event["date"], event["end_date"] or event["date"]),
        ]
        for quote in record.quotes:
            cells += [
                neutral(squeezed(quote["quote"])),
                quote["source__language"],
                neutral(squeezed(quote["translation"])),
                neutral(quote["speaker"]),
                neutral(quote["source__outlet"]),
                neutral(quote["source__headline"]),
                words.iso(quote["source__published"]),
                neutral(links.quote_source(quote)),
            ]
        return cells + [""] * (1 + len(QUOTE_PARTS)) * (self.quotes - len(record.quotes))


def neutral(text: str) -> str:
    """A text cell that a spreadsheet would read as a formula gets a leading apostrophe."""
    return f"'{text}" if FORMULA_START.match(text) else text


def csv_lines(events: QuerySet[Event], links: Links, eras: list[EraRecord], language: str) -> Iterator[str]:
    """The CSV (RFC 4180: comma-separated, CRLF line ends, quoted where needed; UTF-8 with a byte order mark,
    BYTE_ORDER_MARK) in `language`, a chunk of rows at a time; each event with the titles of the `eras` (the
    download's) it shares a day with."""
    return in_language(language, csv_chunks(events, links, eras, language))


def csv_chunks(events: QuerySet[Event], links: Links, eras: list[EraRecord], language: str) -> Iterator[str]:
    quotes = quote_columns(events)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    buffer.write(BYTE_ORDER_MARK)
    writer.writerow(csv_header(quotes, language))
    rows = CsvRows(links, quotes, eras, language)
    for chunk in chunks_of(event_records(events)):
        writer.writerows(map(rows.row, chunk))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


# JSON


def json_stream(head: dict[str, Any], key: str, items: Iterable[Any]) -> Iterator[str]:
    """One JSON object: the members of `head`, then `key` holding the items, written a chunk at a time."""
    opening = json.dumps(head, ensure_ascii=False)[:-1]
    yield f"{opening}{', ' if head else ''}{json.dumps(key)}: ["
    iterator = iter(items)
    separator = ""
    while chunk := list(itertools.islice(iterator, CHUNK_SIZE)):
        # One dumps per chunk, its brackets cut: the items as they sit in the array.
        yield separator + json.dumps(chunk, ensure_ascii=False)[1:-1]
        separator = ", "
    yield "]}"


def json_lines(
    events: QuerySet[Event], count: int, links: Links, filters: dict[str, Any], eras: list[dict], language: str
) -> Iterator[str]:
    """{"language", "count", "filters", "eras", "events": [...]}: each event with its texts in each language,
    its theater, actors, initiator and target named in each, and its quotes with their language, an editor's translation
    ({"language", "text"} or null) and their sources; `eras` as eras.records.json_eras
    writes them. Dates in words and categories are in `language`."""
    head = {"language": language, "count": count, "filters": filters, "eras": eras}
    return in_language(language, json_stream(head, "events", json_events(events, links)))


def json_events(events: QuerySet[Event], links: Links) -> Iterator[dict[str, Any]]:
    """Each event as the JSON has it, in the active language."""
    words = Words()
    for record in event_records(events):
        yield json_event(record, links, words)


def json_event(record: EventRecord, links: Links, words: Words) -> dict[str, Any]:
    event = record.event
    return {
        "date": words.iso(event["date"]),
        "date_precision": event["date_precision"],
        "date_text": date_text(event, words),
        "end_date": words.iso(event["end_date"]) or None,
        **{text: words.in_languages(event, text) for text in TEXTS},
        "url": links.event(event["slug"]),
        "score": float(event["score"]),
        "category": words.categories[event["category"]],
        "theater": words.in_languages(event, "theater__name"),
        "actors": [words.in_languages(actor, "actor__name") for actor in record.actors],
        **{role: role_in_languages(event, name, words) for role, name in ROLES.items()},
        "quotes": [json_quote(quote, links, words) for quote in record.quotes],
    }


def role_in_languages(event: dict[str, Any], name: str, words: Words) -> dict[str, str | None] | None:
    """The initiator's or the target's name in each language, or None when the event names no one for it."""
    names = words.in_languages(event, name)
    return names if any(names.values()) else None


def json_quote(quote: dict[str, Any], links: Links, words: Words) -> dict[str, Any]:
    return {
        "quote": quote["quote"],
        "language": quote["source__language"],
        "translation": editors_translation(quote),
        "speaker": quote["speaker"],
        "source": {
            "outlet": quote["source__outlet"],
            "headline": quote["source__headline"],
            "published": words.iso(quote["source__published"]),
            "url": quote["source__url"],
            "page": links.quote_page(quote),
        },
    }


def editors_translation(quote: dict[str, Any]) -> dict[str, str] | None:
    """An editor's translation of the quote, into the other language than the quote's, or None."""
    if not quote["translation"]:
        return None
    return {"language": other_language(reader_language(quote["source__language"])), "text": quote["translation"]}


def applied_filters(form: EventFilterForm) -> dict[str, Any]:
    """The filters the valid form applied, as it cleaned them and as an address would carry them: ISO dates, the
    search without the spaces around it, and for the repeatable ones a sorted list of texts, each value once
    (actors by number, in numeric order; theaters by slug); a filter that applies nothing is left out.
    (The parameters as typed, "2017-4-1", " 2017-04-01 ", "007", a category twice, said one filter many ways.)"""
    filters: dict[str, Any] = {}
    for name, field in form.fields.items():
        value = form.cleaned_data.get(name)
        if isinstance(value, datetime.date):
            filters[name] = value.isoformat()
        elif isinstance(field, forms.ModelMultipleChoiceField):
            keys = sorted({getattr(row, field.to_field_name or "pk") for row in value or []})
            if keys:
                filters[name] = [str(key) for key in keys]
        elif isinstance(field, forms.MultipleChoiceField):
            if value:
                filters[name] = sorted(set(value))
        elif value:
            filters[name] = value
    return filters
