"""Synthetic events for benchmarks and scale tests. Never part of the fixtures.

Synthetic events are flagged `is_synthetic`, cite one "Synthetic benchmark
data" source and have slugs starting with "synthetic-".
"""

import datetime

import numpy as np
from django.db import transaction

from .content_version import content_changed
from .models import Actor, Event, Evidence, Source, Theater

SYNTHETIC_OUTLET = "Synthetic benchmark data"
SENTENCES = [
    "Officials announced new measures against the other side.",
    "The ministers spoke by telephone and agreed to keep talking.",
    "Military aircraft flew close to the other side's border.",
    "A spokesman said the talks had been useful.",
    "Diplomats were ordered to leave the country.",
]
FIRST_DAY = datetime.date(2000, 1, 1)
DAYS = 365 * 26


def synthetic_source(seed):
    body = "\n".join(SENTENCES)
    source, _ = Source.objects.get_or_create(
        outlet=SYNTHETIC_OUTLET,
        headline=f"Synthetic events, seed {seed}",
        defaults={"published": FIRST_DAY, "body": body, "raw_text": body},
    )
    return source


def synthetic_theaters():
    return [
        Theater.objects.get_or_create(slug=f"synthetic-{name.lower()}", defaults={"name": f"Synthetic {name}"})[0]
        for name in ("North", "South", "Space")
    ]


def synthetic_actors():
    return [
        Actor.objects.get_or_create(name=f"Synthetic {side.label}", defaults={"kind": Actor.Kind.STATE, "side": side})[
            0
        ]
        for side in Actor.Side
    ]


@transaction.atomic
def generate_events(count, seed=0, batch_size=2000):
    """Create `count` published synthetic events with one quote and one actor each."""
    random = np.random.default_rng(seed)
    source, theaters, actors = synthetic_source(seed), synthetic_theaters(), synthetic_actors()
    categories = [value for value, _ in Event.Category.choices]
    start = Event.objects.filter(slug__startswith=f"synthetic-{seed}-").count()
    days = random.integers(0, DAYS, count)
    scores = np.round(random.uniform(-10, 10, count), 1)
    category_picks = random.integers(0, len(categories), count)
    theater_picks = random.integers(0, len(theaters), count)
    events = Event.objects.bulk_create(
        [
            Event(
                title=f"Synthetic event {start + number}",
                slug=f"synthetic-{seed}-{start + number}",
                summary="Generated for benchmarks; not a real event.",
                date=FIRST_DAY + datetime.timedelta(days=int(days[number])),
                category=categories[category_picks[number]],
                theater=theaters[theater_picks[number]],
                score=float(scores[number]),
                status=Event.Status.PUBLISHED,
                is_synthetic=True,
            )
            for number in range(count)
        ],
        batch_size=batch_size,
    )
    add_synthetic_evidence(events, source, random, batch_size)
    add_synthetic_actors(events, actors, random, batch_size)
    # bulk_create sends no signals: say that what the public sees has changed.
    content_changed()
    return events


def add_synthetic_evidence(events, source, random, batch_size):
    offsets, position = [], 0
    for sentence in SENTENCES:
        offsets.append((sentence, position, position + len(sentence)))
        position += len(sentence) + 1
    picks = random.integers(0, len(offsets), len(events))
    Evidence.objects.bulk_create(
        [
            Evidence(event=event, source=source, quote=offsets[pick][0], start=offsets[pick][1], end=offsets[pick][2])
            for event, pick in zip(events, picks, strict=True)
        ],
        batch_size=batch_size,
    )


def add_synthetic_actors(events, actors, random, batch_size):
    picks = random.integers(0, len(actors), len(events))
    Event.actors.through.objects.bulk_create(
        [Event.actors.through(event=event, actor=actors[pick]) for event, pick in zip(events, picks, strict=True)],
        batch_size=batch_size,
    )
