"""Whether two reports are of the same happening: dates that agree, similar words, shared actors.

Dates agree when the periods they stand for overlap: a day, its week (Monday
to Sunday), its month, or a week either side of an approximate date. Wording
is compared on content words cut to their first five letters, so "expels" and
"expelled" count as one word. States are named in nearly every report of
US-Russian relations, so only shared people and institutions count as a sign
of the same happening.
"""

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..dates import APPROXIMATE, period_end
from ..models import Actor, Event

APPROXIMATE_DAYS = 7
STEM_LENGTH = 5
SIMILAR_WORDING = 0.5
SIMILAR_WITH_SHARED_ACTOR = 0.3
MIN_SHARED_WORDS = 3
STOPWORDS = set(
    """
    all and any are can did for get had has her him his how its let may not one our out she the was
    who you about after again against also although among another because been before being between
    both but could does doing down during each even from further have having here into itself just
    last made make many more most much must next only other over said says same should since some
    such than that their them then there these they this those through under until very were what
    when where which while will with would your
    """.split()
)
WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True)
class Report:
    """What is compared of a candidate or an event."""

    text: str
    date: datetime.date
    precision: str
    category: str
    actors: tuple[Actor, ...]


def event_report(event: Event) -> Report:
    """The Report of a stored event: its title, summary and quotes (prefetch evidence and actors)."""
    quotes = " ".join(evidence.quote for evidence in event.evidence.all())
    return Report(
        f"{event.title} {event.summary} {quotes}",
        event.date,
        event.date_precision,
        event.category,
        tuple(event.actors.all()),
    )


def interval(
    date: datetime.date, precision: str, approximate_days: int = APPROXIMATE_DAYS
) -> tuple[datetime.date, datetime.date]:
    if precision == APPROXIMATE:
        margin = datetime.timedelta(days=approximate_days)
        return date - margin, date + margin
    return date, period_end(date, precision)


def dates_agree(
    first_date: datetime.date,
    first_precision: str,
    second_date: datetime.date,
    second_precision: str,
    approximate_days: int = APPROXIMATE_DAYS,
) -> bool:
    first_start, first_end = interval(first_date, first_precision, approximate_days)
    second_start, second_end = interval(second_date, second_precision, approximate_days)
    return first_start <= second_end and second_start <= first_end


def stems(text: str) -> set[str]:
    return {word[:STEM_LENGTH] for word in map(str.lower, WORD.findall(text)) if word not in STOPWORDS}


def wording_similarity(text: str, other_text: str) -> float:
    """The share of the content words of the shorter text that the other has too.

    Fewer than three words in common is no similarity: two short texts share a place name easily.
    """
    words, other_words = stems(text), stems(other_text)
    shared = len(words & other_words)
    if shared < MIN_SHARED_WORDS:
        return 0.0
    return shared / min(len(words), len(other_words))


def shares_a_named_actor(actors: Iterable[Actor], other_actors: Iterable[Actor]) -> bool:
    """Whether the two share a person or an institution (not merely a state)."""
    named = {actor.pk for actor in actors if actor.kind != Actor.Kind.STATE}
    return bool(named & {actor.pk for actor in other_actors})


def same_happening(first: Report, second: Report) -> bool:
    """Whether two Reports are of the same happening."""
    if not dates_agree(first.date, first.precision, second.date, second.precision):
        return False
    similarity = wording_similarity(first.text, second.text)
    if similarity >= SIMILAR_WORDING:
        return True
    return (
        similarity >= SIMILAR_WITH_SHARED_ACTOR
        and first.category == second.category
        and shares_a_named_actor(first.actors, second.actors)
    )
