"""The downloads benchmark's floor: the same rows written the cheapest honest way, served by gunicorn.

A WSGI application (gunicorn bench.download_floor:application) on the site's
settings and database that answers /csv, /json and /timelinejs with what each
download stands for, without the site: the published events in timeline order,
their actors and their quotes read with `values_list()` in chunks (three queries,
as the site's), walked together, and written a thousand events at a time by
csv.writer (formula cells guarded) or json.dumps (the TimelineJS texts escaped
with html.escape). It writes every column it reads; it does not say dates,
categories, scores or eras in words, which is part of what the site's overhead is.
"""

import csv
import io
import itertools
import json
import os
import re
import sys
from html import escape
from operator import itemgetter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "relations.settings")

import django

django.setup()

from timeline.models import Event, Evidence  # noqa: E402

CHUNK = 1000
FORMULA_START = re.compile(r"[=+\-@\t\r]")
EVENT_COLUMNS = ["id", "slug", "date", "date_precision", "end_date", "score", "category"]
EVENT_COLUMNS += [f"{text}_{language}" for text in ("title", "label", "summary") for language in ("en", "ru")]
EVENT_COLUMNS += ["theater__name_en", "theater__name_ru"]
QUOTE_COLUMNS = ["event_id", "quote", "speaker", "source__outlet", "source__headline", "source__published"]
QUOTE_COLUMNS += ["source__url"]
ORDER = ["event__date", "event__title_en", "event_id"]


def rows():
    """(event, actors, quotes) in timeline order: three queries read in chunks and walked together."""
    events = Event.objects.published()
    event_rows = events.order_by("date", "title_en", "id").values_list(*EVENT_COLUMNS).iterator(CHUNK)
    pairs = Event.actors.through.objects.filter(event__in=events).order_by(*ORDER, "actor__name_en")
    actors = itertools.groupby(pairs.values_list("event_id", "actor__name_en").iterator(CHUNK), itemgetter(0))
    evidence = Evidence.objects.filter(event__in=events).order_by(*ORDER, "pk")
    quotes = itertools.groupby(evidence.values_list(*QUOTE_COLUMNS).iterator(CHUNK), itemgetter(0))
    next_actors, next_quotes = next(actors, None), next(quotes, None)
    for event in event_rows:
        event_actors, event_quotes = [], []
        if next_actors and next_actors[0] == event[0]:
            event_actors, next_actors = list(next_actors[1]), next(actors, None)
        if next_quotes and next_quotes[0] == event[0]:
            event_quotes, next_quotes = list(next_quotes[1]), next(quotes, None)
        yield event, event_actors, event_quotes


def chunks():
    events = rows()
    while chunk := list(itertools.islice(events, CHUNK)):
        yield chunk


def guarded(text):
    return f"'{text}" if text and FORMULA_START.match(text) else text


def csv_row(event, actors, quotes):
    cells = [event[2].isoformat(), event[3], event[4].isoformat() if event[4] else "", float(event[5]), event[6]]
    cells += [guarded(text or "") for text in event[7:]]
    cells += [f"/events/{event[1]}/", guarded("; ".join(actor[1] for actor in actors))]
    for quote in quotes:
        cells += [guarded(" ".join(quote[1].split())), *(guarded(text) for text in quote[2:4])]
        cells += [quote[5].isoformat(), guarded(quote[6])]
    return cells


def json_event(event, actors, quotes):
    return {
        "date": event[2].isoformat(),
        "precision": event[3],
        "end_date": event[4].isoformat() if event[4] else None,
        "score": float(event[5]),
        "category": event[6],
        "texts": event[7:],
        "url": f"/events/{event[1]}/",
        "actors": [actor[1] for actor in actors],
        "quotes": [{"quote": quote[1], "speaker": quote[2], "source": quote[3:5]} for quote in quotes],
    }


def slide(event, actors, quotes):
    day = event[2]
    text = f"<p>{escape(event[11] or event[12] or '')}</p><p>Score {float(event[5])}</p>"
    if quotes:
        first = quotes[0]
        text += f"<blockquote><p>{escape(first[1])}</p><footer>{escape(first[2])}</footer></blockquote>"
        text += f'<p><a href="{escape(first[6])}">{escape(first[3])}, {escape(first[4])}</a></p>'
    return {
        "start_date": {"year": day.year, "month": day.month, "day": day.day, "display_date": day.isoformat()},
        "text": {"headline": escape(event[7] or event[8]), "text": text},
        "group": event[6],
        "unique_id": event[1],
        "score": float(event[5]),
    }


def csv_document():
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for chunk in chunks():
        writer.writerows(csv_row(*row) for row in chunk)
        yield buffer.getvalue().encode()
        buffer.seek(0)
        buffer.truncate()


def json_document(item):
    yield b'{"events": ['
    separator = ""
    for chunk in chunks():
        yield (separator + json.dumps([item(*row) for row in chunk], ensure_ascii=False)[1:-1]).encode()
        separator = ", "
    yield b"]}"


DOCUMENTS = {
    "/csv": (csv_document, "text/csv; charset=utf-8"),
    "/json": (lambda: json_document(json_event), "application/json"),
    "/timelinejs": (lambda: json_document(slide), "application/json"),
}


def application(environ, start_response):
    document, content_type = DOCUMENTS[environ["PATH_INFO"]]
    start_response("200 OK", [("Content-Type", content_type)])
    return document()
