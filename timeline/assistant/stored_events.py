"""Candidates set beside what is stored: the editors' decisions, the evidence quoted, the events they may repeat.

Each candidate is marked when an editor has decided on it or its sentence is
already quoted as evidence, and each open one is compared with the stored
events near its date (a proposed merge).
"""

import datetime
from typing import TYPE_CHECKING

from django.db.models import Q, QuerySet

from ..models import Event, Evidence, Source
from .similarity import event_report, same_happening, wording_similarity

if TYPE_CHECKING:
    from .candidates import Candidate


EVENT_SEARCH_MARGIN = datetime.timedelta(days=40)  # wide enough for a month either side


def mark_decided_and_cited(source: Source, candidates: list["Candidate"]) -> None:
    decisions = {decision.key: decision for decision in source.candidate_decisions.select_related("event")}
    quoted = list(Evidence.objects.filter(source=source).select_related("event"))
    for candidate in candidates:
        candidate.decision = decisions.get(candidate.key)
        first = candidate.first_sentence
        citing = [evidence.event for evidence in quoted if evidence.start < first.end and first.start < evidence.end]
        candidate.cited_by = list(dict.fromkeys(citing))


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
