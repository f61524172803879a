"""Small builders of real database rows for tests that need their own data."""

import datetime
import itertools

from timeline.models import Actor, Event, Evidence, Source, Theater
from timeline.quotes import locate

SOURCE_BODY = (
    "Moscow announced on Friday that it would expel diplomats. "
    "The foreign minister said relations were at a low point.\n\n"
    "Washington said it was ready to talk about cooperation in space."
)
counter = itertools.count(1)


def make_source(body=SOURCE_BODY, **fields):
    number = next(counter)
    defaults = {
        "outlet": "Example Wire",
        "headline": f"Relations at a low point ({number})",
        "published": datetime.date(2017, 4, 7),
        "url": f"https://news.example/{number}",
        "body": body,
        "raw_text": body,
    }
    return Source.objects.create(**{**defaults, **fields})


def make_theater(name="Bilateral"):
    theater, _ = Theater.objects.get_or_create(slug=name.lower().replace(" ", "-"), defaults={"name": name})
    return theater


def make_actor(name="Russia", side=Actor.Side.RUSSIA, kind=Actor.Kind.STATE, aliases=""):
    actor, _ = Actor.objects.get_or_create(name=name, defaults={"side": side, "kind": kind, "aliases": aliases})
    return actor


def make_event(source=None, quote="The foreign minister said relations were at a low point.", actors=(), **fields):
    number = next(counter)
    defaults = {
        "title": f"Event number {number}",
        "slug": f"event-{number}",
        "summary": "A summary.",
        "date": datetime.date(2017, 4, 7),
        "date_precision": Event.Precision.DAY,
        "category": Event.Category.DIPLOMATIC,
        "score": -2,
        "status": Event.Status.PUBLISHED,
    }
    values = {**defaults, **fields}
    values.setdefault("theater", make_theater())
    event = Event.objects.create(**values)
    event.actors.set(actors)
    if quote:
        add_evidence(event, source or make_source(), quote)
    return event


def add_evidence(event, source, quote, speaker=""):
    passage = locate(quote, source.body)
    assert passage, f"test quote not in source body: {quote}"
    return Evidence.objects.create(
        event=event, source=source, quote=quote, speaker=speaker, start=passage.start, end=passage.end
    )
