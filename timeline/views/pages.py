"""Public pages: only published events are shown; staff may preview drafts."""
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from ..models import Event, Evidence, Source


def visible_events(request):
    events = Event.objects.all()
    if not request.user.is_staff:
        events = events.published()
    return events


def index(request):
    events = (
        Event.objects.published()
        .select_related("theater")
        .prefetch_related("actors", Prefetch("evidence", queryset=Evidence.objects.select_related("source")))
    )
    return render(request, "timeline/index.html", {"events": events})


def event_detail(request, slug):
    event = get_object_or_404(
        visible_events(request).select_related("theater").prefetch_related("actors"), slug=slug
    )
    evidence = event.evidence.select_related("source")
    return render(request, "timeline/event_detail.html", {"event": event, "evidence": evidence})


def source_list(request):
    return render(request, "timeline/source_list.html", {"sources": Source.objects.all()})


def source_detail(request, pk):
    source = get_object_or_404(Source, pk=pk)
    return render(request, "timeline/source_detail.html", {"source": source})
