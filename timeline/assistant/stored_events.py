"""Candidates set beside what is stored: the editors' decisions, the evidence quoted, the events they may repeat.

Each candidate is marked when an editor has decided on it or its sentence is
already quoted as evidence, and each open one is compared with the stored
events near its date (a proposed merge).
"""

import datetime
from collections import defaultdict
from typing import TYPE_CHECKING

from django.db.models import Q, QuerySet

from ..models import Event, Evidence, Source
from .similarity import event_report, same_happening, wording_similarity

if TYPE_CHECKING:
    from .candidates import Candidate


EVENT_SEARCH_MARGIN = datetime.timedelta(days=40)  # wide enough for a month either side


def mark_decided_and_cited(source: Source, candidates: list["Candidate"]) -> None:
    """A sentence quoted by an event stays open for the other acts it reports: an event accepted from one act of
    "sanctioned Russia and expelled 35 diplomats" does not close the other."""
    decisions = {decision.key: decision for decision in source.candidate_decisions.select_related("event")}
    quoted = list(Evidence.objects.filter(source=source).select_related("event"))
    decided_from: dict[tuple[int, int], dict[str, int]] = defaultdict(dict)  # a sentence's acts' events, by key
    for candidate in candidates:
        candidate.decision = decisions.get(candidate.key)
        if candidate.decision is not None and candidate.decision.event_id is not None:
            decided_from[sentence_span(candidate)][candidate.key] = candidate.decision.event_id
    for candidate in candidates:
        first = candidate.first_sentence
        other_acts = {event for key, event in decided_from[sentence_span(candidate)].items() if key != candidate.key}
        citing = [
            evidence.event
            for evidence in quoted
            if evidence.start < first.end and first.start < evidence.end and evidence.event_id not in other_acts
        ]
        candidate.cited_by = list(dict.fromkeys(citing))


def sentence_span(candidate: "Candidate") -> tuple[int, int]:
    return candidate.first_sentence.start, candidate.first_sentence.end


def propose_merges(candidates: list["Candidate"]) -> None:
    """The stored event each open candidate most likely reports again, if any."""
    open_candidates = [candidate for candidate in candidates if candidate.is_open()]
    if not open_candidates:
        return
    events = [(event, event_report(event)) for event in nearby_events(open_candidates)]
    for candidate in open_candidates:
        report = candidate.report()
        same = [
            (wording_similarity(report.text, other.text), event.pk, event)
            for event, other in events
            if same_happening(report, other)
        ]
        candidate.merge_into = max(same, key=lambda item: item[:2])[2] if same else None


def nearby_events(candidates: list["Candidate"]) -> QuerySet[Event]:
    near = Q()
    for date in {candidate.date.date for candidate in candidates}:
        near |= Q(date__range=(date - EVENT_SEARCH_MARGIN, date + EVENT_SEARCH_MARGIN))
    return Event.objects.filter(near, is_synthetic=False).prefetch_related("evidence", "actors").order_by("date", "pk")
