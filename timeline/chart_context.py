"""The chart's part of a page or embed: the Chart, its static SVG, its figure JSON and its description."""

import hashlib

import pandas as pd
from django.conf import settings
from django.core.cache import cache
from django.db.models import Q, Sum

from . import caching
from .chart import build_chart, x_range_of
from .chart_text import describe
from .eras.records import published_eras
from .figures import figure_json_script
from .models import Event
from .relations_index import index_bound
from .static_chart import static_chart

INDEX_BOUND_SECONDS = 60 * 60


def published_index_bound() -> float:
    """The index axis's bound for every filter of the published events (relations_index.index_bound).

    One aggregate query (per-day sums of the negative and of the positive
    scores), cached until the published events change.
    """
    state = caching.content_state()
    version = f"{state['newest_event']}|{state['published']}|{settings.RELATIONS_INDEX_HALF_LIFE_DAYS}"
    key = "timeline:index-bound:" + hashlib.sha256(version.encode()).hexdigest()[:24]
    bound = cache.get(key)
    if bound is None:
        bound = query_index_bound()
        cache.set(key, bound, INDEX_BOUND_SECONDS)
    return bound


def query_index_bound() -> float:
    rows = (
        Event.objects.published()
        .order_by()
        .values("date")
        .annotate(tension=Sum("score", filter=Q(score__lt=0)), detente=Sum("score", filter=Q(score__gt=0)))
        .values_list("date", "tension", "detente")
    )
    days = pd.DataFrame.from_records(list(rows), columns=["date", "tension", "detente"])
    tension = days[["date", "tension"]].dropna().rename(columns={"tension": "score"})
    detente = days[["date", "detente"]].dropna().rename(columns={"detente": "score"})
    return index_bound(tension, detente, settings.RELATIONS_INDEX_HALF_LIFE_DAYS)


def chart_context(frame: pd.DataFrame, filters, height: int, slider: bool = False, new_tab: bool = False) -> dict:
    """What _chart.html needs for the filtered events in `frame` (analysis.events_frame, sorted by date)."""
    data = filters.cleaned_data
    date_from, date_to = data.get("date_from"), data.get("date_to")
    x_range = x_range_of(frame, date_from, date_to)
    eras = published_eras(x_range[0].date(), x_range[1].date()) if x_range else []
    chart = build_chart(frame, eras, published_index_bound(), date_from, date_to, height=height, slider=slider)
    return {
        "chart": chart,
        "chart_svg": static_chart(chart, new_tab=new_tab),
        "figure_script": figure_json_script(chart, "timeline-figure"),
        "chart_description": describe(chart, len(frame)),
        "eras": chart.eras,
        "phase_threshold": chart.threshold,
        "date_from": date_from,
        "date_to": date_to,
    }
