"""An editor's decision on a candidate: accept it as a draft event, merge it into an event, or reject it.

Each decision is recorded (CandidateDecision), so the next run does not
propose the candidate again, and is written in one transaction with the
event and evidence it creates. Quotes are the candidate's sentences,
verbatim, at their offsets in the source.
"""

import datetime
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TypedDict, Unpack

from django.contrib.auth.models import User
from django.db import transaction
from modeltranslation.translator import translator

from ..models import Actor, Event, Evidence, Source, Theater
from ..slugs import unique_slug
from .candidates import Candidate
from .models import CandidateDecision
from .sentences import Sentence


class EventFields(TypedDict):
    """The fields of the draft event an accepted candidate becomes, as the editor left them in its form."""

    title: str
    label: str
    summary: str
    date: datetime.date
    date_precision: str
    category: str
    theater: Theater | None
    score: Decimal
    source_actor: Actor | None
    target_actor: Actor | None


def accept(
    candidate: Candidate,
    source: Source,
    user: User,
    *,
    sentences: Sequence[Sentence],
    speaker: str,
    actors: Iterable[Actor],
    further: Iterable[Candidate] = (),
    **event_fields: Unpack[EventFields],
) -> Event:
    """Create a draft event from the candidate with the quoted sentences as evidence; return it.

    `further` are the candidates reporting the same happening whose sentences were attached too: they are
    recorded as merged into the new event, so they are not proposed again.
    """
    with transaction.atomic():
        event = Event(
            slug=unique_slug(event_fields["title"]),
            status=Event.Status.DRAFT,
            created_by=user,
            updated_by=user,
            **in_the_language_of(candidate, event_fields),
        )
        event.full_clean()  # Event.clean stores the date its precision calls for (a week's Monday...)
        event.save()
        event.actors.set(actors)
        add_evidence(event, source, sentences, speaker)
        record_decision(candidate, source, CandidateDecision.Decision.ACCEPTED, user, event)
        for other in further:
            if not CandidateDecision.objects.filter(source=source, key=other.key).exists():
                record_decision(other, source, CandidateDecision.Decision.MERGED, user, event)
    return event


def in_the_language_of(candidate: Candidate, event_fields: EventFields) -> dict[str, object]:
    """The proposal's texts go to the columns of the language they are written in, the source's: assigned to
    `title`, modeltranslation would put them in the admin's language, so an English title accepted in the Russian
    admin would be stored as the Russian one and the English site would have none."""
    translated = translator.get_options_for_model(Event).all_fields
    return {
        f"{name}_{candidate.language}" if name in translated else name: value for name, value in event_fields.items()
    }


def merge(
    candidate: Candidate, source: Source, user: User, *, event: Event, sentences: Sequence[Sentence], speaker: str
) -> int:
    """Add the candidate's quoted sentences to an event already on the timeline; return how many were added."""
    with transaction.atomic():
        unquoted = [sentence for sentence in sentences if not quoted_by(event, source, sentence)]
        added = add_evidence(event, source, unquoted, speaker)
        record_decision(candidate, source, CandidateDecision.Decision.MERGED, user, event)
    return len(added)


def reject(candidate: Candidate, source: Source, user: User) -> CandidateDecision:
    return record_decision(candidate, source, CandidateDecision.Decision.REJECTED, user)


def add_evidence(event: Event, source: Source, sentences: Iterable[Sentence], speaker: str) -> list[Evidence]:
    added = []
    for sentence in sentences:
        evidence = Evidence(event=event, source=source, quote=sentence.text, speaker=speaker)
        evidence.full_clean()
        # The quote may occur twice in the body; keep the place the candidate comes from.
        evidence.start, evidence.end = sentence.start, sentence.end
        evidence.save()
        added.append(evidence)
    return added


def quoted_by(event: Event, source: Source, sentence: Sentence) -> bool:
    return event.evidence.filter(source=source, start__lt=sentence.end, end__gt=sentence.start).exists()


def record_decision(
    candidate: Candidate,
    source: Source,
    decision: CandidateDecision.Decision,
    user: User,
    event: Event | None = None,
) -> CandidateDecision:
    first = candidate.first_sentence
    return CandidateDecision.objects.create(
        source=source,
        key=candidate.key,
        start=first.start,
        end=first.end,
        sentence=first.text,
        decision=decision,
        event=event,
        decided_by=user,
    )
