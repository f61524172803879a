"""The chart's part of a page or embed: its static SVG, its figure JSON, its description and its eras.

Built once per content state, filters and size, and kept in Django's cache:
drawing the chart costs more than reading the events. The key changes when
any event, evidence, source or era changes (content_version.content_state, the content
version every process reads from the database, and an eras version bumped by signals).
"""

import hashlib
import uuid
from types import SimpleNamespace
from typing import Any

import pandas as pd
from django.conf import settings
from django.core.cache import cache
from django.db.models import QuerySet, Sum
from django.db.models.signals import post_delete, post_save
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from . import content_version
from .analysis import (
    DAYS,
    ESCALATION,
    PAGE_COLUMNS,
    THAW,
    daily_scores,
    events_frame,
    no_events_frame,
    sql_period_totals,
    timeline_order,
    typed_columns,
)
from .bilingual import badge_text
from .chart import Chart, ChartData, aggregation_period, build_chart, chart_range
from .chart_text import describe
from .eras.records import published_eras
from .figures import figure_json_script
from .models import Era, EraEvidence, Event
from .relations_index import index_bound
from .static_chart import static_chart

INDEX_BOUND_SECONDS = 60 * 60
# Keys hold the content version, so an entry is never stale, only left behind.
CHART_SECONDS = 60 * 60
ERAS_VERSION_KEY = "timeline:eras-version"


def published_index_bound() -> float:
    """The index axis's bound for every filter of the published events (relations_index.index_bound).

    One aggregate query (per-day sums of the negative and of the positive
    scores), cached until the published events change.
    """
    state = content_version.content_state()
    version = f"{state.token}|{settings.RELATIONS_INDEX_HALF_LIFE_DAYS}"
    key = "timeline:index-bound:" + hashlib.sha256(version.encode()).hexdigest()[:24]
    bound = cache.get(key)
    if bound is None:
        bound = query_index_bound()
        cache.set(key, bound, INDEX_BOUND_SECONDS)
    return bound


def query_index_bound() -> float:
    days = (
        Event.objects.published()
        .order_by()
        .values("date")
        .annotate(tension=Sum(ESCALATION), detente=Sum(THAW))
        .order_by("date")
    )
    sums = typed_columns(days, {"date": DAYS, "tension": float, "detente": float})  # one row per day with events
    return index_bound(pd.DataFrame(sums), settings.RELATIONS_INDEX_HALF_LIFE_DAYS)


def chart_data(events: QuerySet[Event]) -> ChartData:
    """The filtered events' per-day sums, and either each event's row (for its marker) or the sums per
    week or month: two queries, whatever the number of events."""
    days = daily_scores(events)
    period = aggregation_period(days)
    if period is None:
        return ChartData(days, events_frame(timeline_order(events), PAGE_COLUMNS), pd.DataFrame())
    return ChartData(days, no_events_frame(PAGE_COLUMNS), sql_period_totals(events, period), period)


def chart_context(
    events: QuerySet[Event], filters, height: int, slider: bool = False, new_tab: bool = False
) -> dict[str, Any]:
    """What _chart.html needs for the filtered `events`, and their `count`."""
    key = chart_key(filters, height, slider, new_tab)
    context = cache.get(key)
    if context is None:
        context = build_chart_context(chart_data(events), filters, height, slider, new_tab)
        cache.set(key, context, CHART_SECONDS)
    return {
        **context,
        "chart_svg": mark_safe(context["chart_svg"]),
        "figure_script": mark_safe(context["figure_script"]),
    }


def build_chart_context(data: ChartData, filters, height: int, slider: bool, new_tab: bool) -> dict[str, Any]:
    chart = chart_of(data, filters, height, slider)
    return {
        "count": data.count,
        "chart": SimpleNamespace(period=chart.period, is_empty=chart.is_empty, has_extents=chart.has_extents),
        "chart_svg": str(static_chart(chart, new_tab=new_tab)),
        "figure_script": str(figure_json_script(chart, "timeline-figure")),
        "chart_description": describe(chart, data.count),
        "italic_labels_are": italic_labels_are(chart),
        "eras": chart.eras,
        "phase_threshold": chart.threshold,
        "date_from": filters.cleaned_data.get("date_from"),
        "date_to": filters.cleaned_data.get("date_to"),
    }


def chart_of(data: ChartData, filters, height: int, slider: bool = False) -> Chart:
    """The chart of `data` (chart_data) for the filters' dates, with the published eras it crosses."""
    date_from, date_to = filters.cleaned_data.get("date_from"), filters.cleaned_data.get("date_to")
    x_range = chart_range(data, date_from, date_to)
    eras = published_eras(x_range[0].date(), x_range[1].date()) if x_range else []
    return build_chart(data, eras, published_index_bound(), date_from, date_to, height=height, slider=slider)


def italic_labels_are(chart: Chart) -> str:
    """What the key says the labels in italics are ("in English"), if the chart has any: labels of events
    not yet translated into the reader's language."""
    languages = {placed.language for tier in chart.label_tiers for placed in tier if placed.language}
    return ", ".join(badge_text(language) for language in sorted(languages))


def chart_key(filters, height: int, slider: bool, new_tab: bool) -> str:
    state = content_version.content_state()
    cleaned = sorted((name, str(value)) for name, value in filters.cleaned_data.items() if value not in (None, "", []))
    parts = [
        str(state.token),
        eras_version(),
        repr(cleaned),
        f"{height}|{slider}|{new_tab}|{get_language()}",
        f"{settings.RELATIONS_INDEX_HALF_LIFE_DAYS}|{settings.RELATIONS_PHASE_THRESHOLD}",
    ]
    return "timeline:chart:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def eras_version() -> str:
    return str(cache.get_or_set(ERAS_VERSION_KEY, lambda: uuid.uuid4().hex, None))


def forget_eras(sender, **kwargs) -> None:
    cache.delete(ERAS_VERSION_KEY)


def connect_signals() -> None:
    for model in (Era, EraEvidence):
        for signal, name in ((post_save, "save"), (post_delete, "delete")):
            signal.connect(forget_eras, sender=model, dispatch_uid=f"forget-eras-{name}-{model.__name__}")
