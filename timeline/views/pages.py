"""The journalist's pages: the timeline, event pages, source pages.

Only published events are public; staff may preview drafts on event pages.
Every page is kept by the response cache (timeline.caching) for anonymous readers.
"""

import pandas as pd
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url

from .. import analysis
from ..analysis import PAGE_COLUMNS, evidence_frame, first_quotes
from ..caching import cached_response
from ..figures import CATEGORY_SYMBOLS, MARKER_LIMIT, aggregation_period, figure_json_script, timeline_figure
from ..filters import EventFilterForm
from ..highlighting import highlight
from ..models import Event, Evidence, Source
from ..relations_index import phases, relations_index

EVENTS_PER_PAGE = 50


def is_partial(request, target):
    """An htmx request that swaps only `target`, not a history restore (which needs the whole page)."""
    return bool(request.htmx) and not request.htmx.history_restore_request and request.htmx.target == target


@require_safe
@cached_response()
@vary_on_headers("HX-Request", "HX-Target")
def index(request):
    form = EventFilterForm(request.GET)
    template = "timeline/_results.html" if is_partial(request, "results") else "timeline/index.html"
    context = {"form": form, "category_key": category_key(), "half_life": settings.RELATIONS_INDEX_HALF_LIFE_DAYS}
    if not form.is_valid():
        return render(request, template, context, status=400)
    timeline = timeline_context(request, form)
    # The page's list shows each event's first quote; the embed's list does not.
    timeline["rows"] = with_first_quotes(timeline["rows"])
    return render(request, template, {**context, **timeline})


def timeline_context(request, form):
    """The chart, the list page and the download links for the filtered, published events.

    The database sums the scores per day (for the index) and, for a large
    timeline, per week or month (for the bars); only a small timeline's events
    are read one by one, for their markers. The list reads its page alone.
    """
    events = form.filter(Event.objects.published())
    days = analysis.daily_scores(events)
    period = aggregation_period(days)
    if period:
        markers, totals = analysis.events_frame(events.none(), PAGE_COLUMNS), analysis.period_totals(events, period)
    else:
        markers, totals = analysis.events_frame(analysis.timeline_order(events), PAGE_COLUMNS), None
    index, index_phases = index_and_phases(days)
    figure = timeline_figure(markers, index, index_phases, period=period, totals=totals)
    count = int(days["events"].sum())
    paginator = CountedPaginator(analysis.timeline_order(events).values(*PAGE_COLUMNS), EVENTS_PER_PAGE, count)
    page = paginator.get_page(request.GET.get("page"))
    return {
        "figure_script": figure_json_script(figure, "timeline-figure"),
        "count": count,
        "period": period,
        "marker_limit": MARKER_LIMIT,
        "page": page,
        "rows": analysis.list_rows(page.object_list),
        "query": query_without_page(request),
    }


class CountedPaginator(Paginator):
    """A Paginator told its count, which the per-day sums already give: no COUNT query."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.__dict__["count"] = count


def index_and_phases(days):
    half_life = settings.RELATIONS_INDEX_HALF_LIFE_DAYS
    end = days["date"].max() + pd.Timedelta(days=half_life) if not days.empty else None
    index = relations_index(days, half_life_days=half_life, end=end)
    return index, phases(index)


def with_first_quotes(rows):
    ids = [row["id"] for row in rows]
    quotes = first_quotes(evidence_frame(Event.objects.filter(pk__in=ids))).to_dict("index")
    for row in rows:
        row["first_quote"] = quotes.get(row["id"])
    return rows


def query_without_page(request):
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def category_key():
    labels = dict(Event.Category.choices)
    return [(symbol, labels[category]) for category, (_, symbol) in CATEGORY_SYMBOLS.items()]


@require_safe
@cached_response()
@vary_on_headers("HX-Request", "HX-Target")
def event_detail(request, slug):
    events = (
        visible_events(request)
        .select_related("theater")
        .prefetch_related("actors", Prefetch("evidence", queryset=Evidence.objects.select_related("source")))
    )
    event = get_object_or_404(events, slug=slug)
    context = {"event": event, **neighbours(event)}
    if is_partial(request, "panel"):
        # The panel shows the event in place; the address bar gets its permalink.
        response = render(request, "timeline/_event.html", {**context, "in_panel": True})
        return push_url(response, event.get_absolute_url())
    return render(request, "timeline/event_detail.html", context)


def visible_events(request):
    if request.user.is_staff:
        return Event.objects.all()
    return Event.objects.published()


def neighbours(event):
    """The published events just before and after this one on the timeline."""
    published = Event.objects.published().exclude(pk=event.pk)
    earlier = Q(date__lt=event.date) | Q(date=event.date, title__lt=event.title)
    later = Q(date__gt=event.date) | Q(date=event.date, title__gt=event.title)
    return {
        "previous_event": published.filter(earlier).order_by("-date", "-title").first(),
        "next_event": published.filter(later).order_by("date", "title").first(),
    }


@require_safe
@cached_response()
def source_list(request):
    sources = Source.objects.annotate(
        event_count=Count("evidence__event", filter=Q(evidence__event__status=Event.Status.PUBLISHED), distinct=True)
    )
    return render(request, "timeline/source_list.html", {"sources": sources})


@require_safe
@cached_response()
def source_detail(request, pk):
    source = get_object_or_404(Source, pk=pk)
    evidence = list(
        source.evidence.filter(event__status=Event.Status.PUBLISHED).select_related("event").order_by("start")
    )
    context = {"source": source, "segments": highlight(source.body, evidence), "evidence": evidence}
    return render(request, "timeline/source_detail.html", context)


@require_safe
def favicon(request):
    """Browsers ask for /favicon.ico on pages that name no icon, such as the admin's."""
    return redirect(static("favicon.svg"), permanent=True)
