"""The journalist's pages: the timeline, event pages, source pages.

The timeline's address holds the whole view: the filters, the page of the list
and the event open in the panel (`?category=sanctions&event=<slug>`), so a
reload, Back and Forward, a shared link and the embed builder all show what the
reader saw. The event page (`/events/<slug>/`) stays the event's permalink.
Only published events are public; staff may preview drafts on event pages.
Every page is kept by the response cache (timeline.caching) for anonymous readers.
"""

import datetime
import re
from typing import Any
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet, Value
from django.db.models.functions import Coalesce
from django.db.models.lookups import GreaterThan, LessThan
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext, ngettext
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url

from .. import dates, localised
from ..analysis import PAGE_COLUMNS, first_quotes, list_rows, timeline_order, with_texts
from ..bilingual import reader_language
from ..caching import cached_response
from ..chart import MARKER_LIMIT
from ..chart_context import chart_context
from ..figures import CATEGORY_SYMBOLS
from ..filters import EventFilterForm
from ..highlighting import highlight
from ..models import EraEvidence, Event, Evidence, Source

EVENTS_PER_PAGE = 50
SOURCES_PER_PAGE = 50
EVENT_PARAMETER = "event"
# What a SlugField holds; anything else in `event` cannot name an event.
SLUG = re.compile(r"[-\w]{1,120}", re.ASCII)


def is_partial(request, target):
    """An htmx request that swaps only `target`, not a history restore (which needs the whole page)."""
    return bool(request.htmx) and not request.htmx.history_restore_request and request.htmx.target == target


@require_safe
@cached_response()
@vary_on_headers("HX-Request", "HX-Target")
def index(request: HttpRequest) -> HttpResponse:
    form = EventFilterForm(request.GET)
    context: dict[str, Any] = {"form": form, **open_event_context(request, form), **view_links(request)}
    if is_partial(request, "panel"):
        # Opening, closing or walking events: the panel alone, and the view's address for the history.
        context.update(sharing(request, {**context, **timeline_summary(form, context)}))
        response = render(request, "timeline/_panel_response.html", context, status=view_status(form, context))
        return push_url(response, request.get_full_path())
    partial = is_partial(request, "results")
    template = "timeline/_results.html" if partial else "timeline/index.html"
    context.update(
        oob=partial,
        category_key=category_key(),
        half_life=settings.RELATIONS_INDEX_HALF_LIFE_DAYS,
        phase_threshold=settings.RELATIONS_PHASE_THRESHOLD,
    )
    if form.is_valid():
        timeline = timeline_context(request, form)
        # The page's list shows each event's first quote; the embed's list does not.
        timeline["rows"] = with_first_quotes(timeline["rows"])
        context.update(timeline, filters_in_words=filters_in_words(form))
    context.update(sharing(request, context))
    return render(request, template, context, status=view_status(form, context))


def view_status(form: EventFilterForm, context: dict[str, Any]) -> int:
    """400 for filters that cannot be read, 404 for an `event` that names no published event."""
    if not form.is_valid():
        return 400
    return 404 if context.get("missing_event") else 200


PAGE_CHART_HEIGHT = 440


def timeline_context(request, form, chart_height=PAGE_CHART_HEIGHT, slider=True, new_tab=False):
    """The chart, the list page and the download links for the filtered, published events."""
    events = form.filter(Event.objects.published())
    chart = chart_context(events, form, chart_height, slider=slider, new_tab=new_tab)
    # The list's texts in the reader's language, chosen by the database as for the chart (timeline.bilingual).
    ordered, columns = with_texts(timeline_order(events), PAGE_COLUMNS, reader_language())
    page = CountedPaginator(ordered.values(*columns), EVENTS_PER_PAGE, chart["count"]).get_page(request.GET.get("page"))
    return {
        **chart,
        "period": chart["chart"].period,
        "marker_limit": MARKER_LIMIT,
        "page": page,
        "rows": list_rows(page.object_list),
        "query": query_without_page(request),
    }


class CountedPaginator(Paginator):
    """A paginator told the number of rows (the chart counted them), so it does not count them again."""

    def __init__(self, object_list: QuerySet, per_page: int, count: int) -> None:
        super().__init__(object_list, per_page)
        self.known_count = count

    @cached_property
    def count(self) -> int:
        return self.known_count


def chart_image_url(request: HttpRequest) -> str:
    """The chart's PNG for link previews, with the view's filters only: a stable address (views/images.py)."""
    pairs = [
        (name, value)
        for name, values in request.GET.lists()
        if name in EventFilterForm.base_fields
        for value in values
        if value
    ]
    url = request.build_absolute_uri(reverse("timeline:chart_image"))
    return f"{url}?{urlencode(pairs)}" if pairs else url


def with_first_quotes(rows):
    quotes = first_quotes([row["id"] for row in rows])
    texts = localised.quoted_texts([quote["quote"] for quote in quotes.values()])
    for quote, quoted in zip(quotes.values(), texts, strict=True):
        quote["quoted"] = quoted
    for row in rows:
        row["first_quote"] = quotes.get(row["id"])
    return rows


def query_without_page(request):
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def view_links(request: HttpRequest) -> dict[str, Any]:
    """Addresses within the reader's view: with another event open, with none; and the filters alone
    (for the downloads and the embed builder), as (name, value) pairs and as a query string."""
    base = reverse("timeline:index")
    query = request.GET.copy()
    query.pop(EVENT_PARAMETER, None)
    without_event = query.urlencode()
    filters = [
        (name, value)
        for name, values in query.lists()
        if name in EventFilterForm.base_fields
        for value in values
        if value
    ]
    return {
        "close_url": f"{base}?{without_event}" if without_event else base,
        "event_url_prefix": f"{base}?{without_event}&{EVENT_PARAMETER}=" if without_event else f"{base}?event=",
        "filter_pairs": filters,
        "filter_query": urlencode(filters),
    }


def open_event_context(request: HttpRequest, form: EventFilterForm) -> dict[str, Any]:
    """The event the address opens in the panel, its neighbours among the filtered events and its place there."""
    slug = request.GET.get(EVENT_PARAMETER, "")
    if not slug:
        return {}
    event = event_with_evidence(Event.objects.published(), slug) if SLUG.fullmatch(slug) else None
    if event is None:
        return {"missing_event": True}
    events = form.filter(Event.objects.published()) if form.is_valid() else Event.objects.published()
    return {
        "event": event,
        "in_panel": True,
        "permalink": request.build_absolute_uri(event.get_absolute_url()),
        **neighbours(event, events),
        **place_among(event, events),
    }


def event_with_evidence(events: QuerySet[Event], slug: str) -> Event | None:
    return (
        events.select_related("theater")
        .prefetch_related("actors", Prefetch("evidence", queryset=Evidence.objects.select_related("source")))
        .filter(slug=slug)
        .first()
    )


# The English title, or "" for an event titled only in Russian (NULL), so that it can be compared and ordered.
ENGLISH_TITLE = Coalesce("title_en", Value(""))


def earlier_than(event: Event) -> Q:
    """Events before this one on the timeline: by date, then by English title (the list's order, in both languages)."""
    return Q(date__lt=event.date) | Q(Q(date=event.date), LessThan(ENGLISH_TITLE, event.title_en or ""))


def later_than(event: Event) -> Q:
    return Q(date__gt=event.date) | Q(Q(date=event.date), GreaterThan(ENGLISH_TITLE, event.title_en or ""))


def neighbours(event: Event, events: QuerySet[Event]) -> dict[str, Event | None]:
    """The events of `events` just before and after this one on the timeline."""
    others = events.exclude(pk=event.pk)
    return {
        "previous_event": others.filter(earlier_than(event)).order_by("-date", ENGLISH_TITLE.desc()).first(),
        "next_event": others.filter(later_than(event)).order_by("date", ENGLISH_TITLE).first(),
    }


def place_among(event: Event, events: QuerySet[Event]) -> dict[str, int | None]:
    """How many `events` there are, and where this one stands among them (None if it is not one of them)."""
    counts = events.aggregate(
        total=Count("pk"), earlier=Count("pk", filter=earlier_than(event)), itself=Count("pk", filter=Q(pk=event.pk))
    )
    return {"event_total": counts["total"], "event_position": counts["earlier"] + 1 if counts["itself"] else None}


def filters_in_words(form: EventFilterForm) -> str:
    """The filters in force, in the form's order: "Category: Military, Diplomatic; From: 1 April 2017"."""
    described = []
    for name, value in form.cleaned_data.items():
        if value in (None, "") or (isinstance(value, list | QuerySet) and not value):
            continue
        described.append(f"{form[name].label}: {in_words(form.fields[name], value)}")
    return "; ".join(described)


def in_words(field: forms.Field, value: Any) -> str:
    if isinstance(value, datetime.date):
        return dates.day_in_words(value)
    if isinstance(field, forms.ModelMultipleChoiceField):
        return ", ".join(str(choice) for choice in value)
    if isinstance(field, forms.ChoiceField):
        labels = {str(key): str(label) for key, label in field.widget.choices}
        return ", ".join(labels[key] for key in (value if isinstance(value, list) else [value]))
    return localised.quoted(value)


def timeline_summary(form: EventFilterForm, context: dict[str, Any]) -> dict[str, Any]:
    """How many events the filters select, and the filters in words, for the panel's response to describe the
    view as the page does (`sharing`); nothing while an event is open, whose own words describe the view."""
    if context.get("event") or not form.is_valid():
        return {}
    return {"count": form.filter(Event.objects.published()).count(), "filters_in_words": filters_in_words(form)}


def sharing(request: HttpRequest, context: dict[str, Any]) -> dict[str, str]:
    """What a link to this view shows when shared (OpenGraph, Twitter cards): its open event, or the timeline;
    with the chart of its filters either way, so that the head has the same tags whatever htmx swaps into it."""
    if context.get("event"):
        return {**event_sharing(request, context["event"]), "share_image": chart_image_url(request)}
    description = gettext("A curated timeline of escalations and thaws in US–Russia relations.")
    if context.get("count") is not None:
        events = ngettext("%(count)d curated event", "%(count)d curated events", context["count"]) % {
            "count": context["count"]
        }
        if context["filters_in_words"]:
            events += f" ({context['filters_in_words']})"
        description = gettext(
            "%(events)s in US–Russia relations, each scored from −10 (use of force) to +10 (an agreement) "
            "and backed by a verbatim quote from its source."
        ) % {"events": events}
    return {
        "share_title": gettext("Escalations and thaws: US–Russia relations, event by event"),
        "share_description": description,
        "share_image": chart_image_url(request),
    }


def event_sharing(request: HttpRequest, event: Event) -> dict[str, str]:
    return {
        "permalink": request.build_absolute_uri(event.get_absolute_url()),
        "share_title": event.title,
        "share_description": sentence(event.date_in_words()) + " " + Truncator(event.summary or event.title).words(40),
    }


def sentence(text: str) -> str:
    """The text ending with a full stop (a Russian date already ends with one: «7 апреля 2017 г.»)."""
    return text if text.endswith(".") else f"{text}."


def category_key():
    labels = dict(Event.Category.choices)
    return [(symbol, labels[category]) for category, (_, symbol) in CATEGORY_SYMBOLS.items()]


@require_safe
@cached_response()
def event_detail(request: HttpRequest, slug: str) -> HttpResponse:
    event = event_with_evidence(visible_events(request), slug)
    if event is None:
        raise Http404(gettext("No event has this address."))
    context = {"event": event, **neighbours(event, Event.objects.published()), **event_sharing(request, event)}
    return render(request, "timeline/event_detail.html", context)


def visible_events(request):
    if request.user.is_staff:
        return Event.objects.all()
    return Event.objects.published()


def cited_sources() -> QuerySet[Source]:
    """The sources the site cites: those quoted for a published event or a published era. A source behind
    drafts alone is not shown: it would tell readers what the editors are working on."""
    for_an_event = Evidence.objects.filter(source=OuterRef("pk"), event__status=Event.Status.PUBLISHED)
    for_an_era = EraEvidence.objects.filter(source=OuterRef("pk"), era__is_published=True)
    return Source.objects.filter(Exists(for_an_event) | Exists(for_an_era))


@require_safe
@cached_response()
def source_list(request):
    published = Q(evidence__event__status=Event.Status.PUBLISHED)
    sources = cited_sources().annotate(event_count=Count("evidence__event", filter=published, distinct=True))
    # An annotated query drops the model's default ordering.
    page = Paginator(sources.order_by("-published", "outlet", "pk"), SOURCES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "timeline/source_list.html", {"page": page, "sources": page.object_list})


def visible_sources(request):
    """Readers see the sources the site cites; staff may preview any, as they may preview draft events."""
    if request.user.is_staff:
        return Source.objects.all()
    return cited_sources()


@require_safe
@cached_response()
def source_detail(request, pk):
    source = get_object_or_404(visible_sources(request), pk=pk)
    evidence = [
        *source.evidence.filter(event__status=Event.Status.PUBLISHED).select_related("event"),
        *source.era_evidence.filter(era__is_published=True).select_related("era"),
    ]
    context = {"source": source, "segments": highlight(source.body, evidence), "evidence": evidence}
    return render(request, "timeline/source_detail.html", context)


@require_safe
def favicon(request):
    """Browsers ask for /favicon.ico on pages that name no icon, such as the admin's."""
    return redirect(static("favicon.svg"), permanent=True)
