"""The journalist's pages: the timeline, event pages, source pages.

Only published events are public; staff may preview drafts on event pages.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url

from ..analysis import PAGE_COLUMNS, events_frame, evidence_frame, first_quotes
from ..chart import MARKER_LIMIT
from ..chart_context import chart_context
from ..figures import CATEGORY_SYMBOLS
from ..filters import EventFilterForm
from ..highlighting import highlight
from ..models import Event, Evidence, Source

EVENTS_PER_PAGE = 50


def is_partial(request, target):
    """An htmx request that swaps only `target`, not a history restore (which needs the whole page)."""
    return bool(request.htmx) and not request.htmx.history_restore_request and request.htmx.target == target


@require_safe
@vary_on_headers("HX-Request", "HX-Target")
def index(request):
    form = EventFilterForm(request.GET)
    template = "timeline/_results.html" if is_partial(request, "results") else "timeline/index.html"
    context = {
        "form": form,
        "category_key": category_key(),
        "half_life": settings.RELATIONS_INDEX_HALF_LIFE_DAYS,
        "phase_threshold": settings.RELATIONS_PHASE_THRESHOLD,
    }
    if not form.is_valid():
        return render(request, template, context, status=400)
    context["chart_image_url"] = chart_image_url(request)
    timeline = timeline_context(request, form)
    # The page's list shows each event's first quote; the embed's list does not.
    timeline["rows"] = with_first_quotes(timeline["rows"])
    return render(request, template, {**context, **timeline})


PAGE_CHART_HEIGHT = 440


def timeline_context(request, form, chart_height=PAGE_CHART_HEIGHT, slider=True, new_tab=False):
    """The chart, the list page and the download links for the filtered, published events."""
    events = form.filter(Event.objects.published())
    frame = events_frame(events, PAGE_COLUMNS).sort_values(["date", "title"], ignore_index=True)
    chart = chart_context(frame, form, chart_height, slider=slider, new_tab=new_tab)
    page = Paginator(frame, EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    rows = page.object_list.to_dict("records")
    return {
        **chart,
        "count": len(frame),
        "period": chart["chart"].period,
        "marker_limit": MARKER_LIMIT,
        "page": page,
        "rows": rows,
        "query": query_without_page(request),
    }


def chart_image_url(request):
    """The chart's PNG for link previews, with the page's filters (not its list page): a stable address."""
    pairs = [(name, value) for name, values in request.GET.lists() if name != "page" for value in values if value]
    url = request.build_absolute_uri(reverse("timeline:chart_image"))
    return f"{url}?{urlencode(pairs)}" if pairs else url


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
def source_list(request):
    sources = Source.objects.annotate(
        event_count=Count("evidence__event", filter=Q(evidence__event__status=Event.Status.PUBLISHED), distinct=True)
    )
    return render(request, "timeline/source_list.html", {"sources": sources})


@require_safe
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
