"""The timeline chart, built on the server with plotly.py and drawn by plotly.js."""

import json
from html import escape

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from django.utils.safestring import mark_safe

from .analysis import day_in_words, month_in_words
from .relations_index import ESCALATION, THAW

ESCALATION_COLOUR = "#b2182b"
THAW_COLOUR = "#2166ac"
NEUTRAL_COLOUR = "#6f6f6f"
INDEX_COLOUR = "#222222"
PHASE_FILLS = {ESCALATION: "rgba(178, 24, 43, 0.07)", THAW: "rgba(33, 102, 172, 0.06)"}

CATEGORY_SYMBOLS = {
    "military": ("diamond", "◆"),
    "diplomatic": ("circle", "●"),
    "sanctions": ("square", "■"),
    "rhetoric": ("triangle-up", "▲"),
    "cooperation": ("star", "★"),
    "domestic": ("cross", "✚"),
    "other": ("x", "✖"),
}
MARKER_SYMBOLS = {category: symbol for category, (symbol, _) in CATEGORY_SYMBOLS.items()}
DIRECTIONS = [
    ("Escalation", ESCALATION_COLOUR, lambda score: score < 0),
    ("Statement (0)", NEUTRAL_COLOUR, lambda score: score == 0),
    ("Thaw", THAW_COLOUR, lambda score: score > 0),
]
HOVER_TITLE_LENGTH = 90
SCORE_RANGE = [-10.8, 10.8]
DAY_MS = 24 * 60 * 60 * 1000
# Above this many events the chart sums scores per week (within two years) or month.
MARKER_LIMIT = 2000
WEEKS_UP_TO_DAYS = 2 * 365
CONFIG = {
    "responsive": True,
    "displaylogo": False,
    "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d", "toggleSpikelines"],
}

# The characters json_script escapes, so the JSON cannot close its <script> element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def timeline_figure(events, index, phases, dark=False, period=None, totals=None):
    """The timeline: one marker per event (or, for many events, summed scores per
    week or month), the relations index, and its phases as shaded bands.

    `events` is analysis.events_frame() (empty when the scores are summed);
    `period` and `totals` are aggregation_period() and analysis.period_totals()
    for a summed chart; `index` and `phases` come from relations_index.
    Titles are HTML-escaped: plotly.js renders hover text as HTML.
    """
    if period:
        score_range = totals_range(totals)
        data = period_bars(totals, period)
    else:
        score_range = SCORE_RANGE
        data = direction_markers(events)
    figure = go.Figure(phase_bands(index, phases, score_range) + data)
    if not index.empty:
        figure.add_trace(index_line(index, dark))
    # Bars are thin: hovering a whole period, not the nearest point, lets a click reach them.
    hovermode = "x" if period else "closest"
    figure.update_layout(layout(score_axis(period, score_range), index_range(index), hovermode, dark))
    return figure


def aggregation_period(days):
    """None when every event gets its marker; else "week" or "month", by the span of the events.

    `days` is analysis.daily_scores(): the events' number per day.
    """
    if days["events"].sum() <= MARKER_LIMIT:
        return None
    span = days["date"].max() - days["date"].min()
    return "week" if span <= pd.Timedelta(days=WEEKS_UP_TO_DAYS) else "month"


def direction_markers(events):
    traces = []
    for name, colour, belongs in DIRECTIONS:
        rows = events[belongs(events["score"])]
        if not rows.empty:
            traces.append(event_markers(rows, name, colour))
    return traces


def period_bars(totals, period):
    """Summed escalation scores below zero and thaw scores above, one bar per period.

    Each bar carries its first and last day, so a click can narrow the timeline to it.
    """
    starts = totals.index.to_series()
    period_text = "week of " + day_in_words(starts) if period == "week" else month_in_words(starts)
    customdata = np.column_stack(
        [starts.dt.strftime("%Y-%m-%d"), totals["end"].dt.strftime("%Y-%m-%d"), period_text, totals["events"]]
    )
    bars = [("escalation", "Summed escalations", ESCALATION_COLOUR), ("thaw", "Summed thaws", THAW_COLOUR)]
    return [
        go.Bar(
            x=totals.index,
            y=totals[column],
            name=name,
            marker={"color": colour, "line": {"width": 0}},
            customdata=customdata,
            hovertemplate=f"%{{customdata[2]}}<br>%{{customdata[3]}} events<br>{name} %{{y:+.1f}}<extra></extra>",
        )
        for column, name, colour in bars
    ]


def totals_range(totals):
    bound = max(float(totals["thaw"].max()), float(-totals["escalation"].min()), 1.0) * 1.08
    return [-bound, bound]


def score_axis(period, score_range):
    title = f"Summed scores per {period}" if period else "Event score"
    axis = {"title": {"text": title}, "range": score_range}
    if not period:
        axis["tickvals"] = [-10, -5, 0, 5, 10]
    return axis


def phase_bands(index, phases, score_range):
    """The phases as full-height bars, one per day, drawn beneath the events."""
    bands = []
    for phase, name in ((ESCALATION, "Escalation phase"), (THAW, "Thaw phase")):
        days = days_within(index.index, phases[phases["phase"] == phase])
        if len(days):
            bands.append(
                go.Bar(
                    x=days,
                    y=np.full(len(days), score_range[1] - score_range[0]),
                    base=score_range[0],
                    width=DAY_MS,
                    name=name,
                    marker={"color": PHASE_FILLS[phase], "line": {"width": 0}},
                    hoverinfo="skip",
                )
            )
    return bands


def days_within(days, runs):
    """The days of `days` that fall inside any of the runs' [start, end]."""
    if runs.empty:
        return days[:0]
    edges = np.zeros(len(days) + 1)
    np.add.at(edges, days.searchsorted(runs["start"]), 1)
    np.add.at(edges, days.searchsorted(runs["end"], side="right"), -1)
    return days[np.cumsum(edges)[:-1] > 0]


def index_range(index):
    """A range for the index axis centred on zero, so both zero lines coincide."""
    largest = float(index.abs().max()) if not index.empty else 0.0
    bound = max(largest * 1.1, 1.0)
    return [-bound, bound]


def hover_text(text):
    """Plotly.js reads hover text as HTML: <, > and & are escaped (quotes need not be, and it would show &quot;)."""
    return escape(text, quote=False)


def event_markers(rows, name, colour):
    titles = rows["title"].str.slice(0, HOVER_TITLE_LENGTH).map(hover_text)
    return go.Scatter(
        x=rows["date"],
        y=rows["score"],
        mode="markers",
        name=name,
        marker={
            "color": colour,
            "size": 12,
            "symbol": rows["category"].map(MARKER_SYMBOLS),
            "line": {"width": 1, "color": "#ffffff"},
        },
        customdata=list(
            zip(rows["slug"], rows["date_text"], titles, rows["category_label"].map(hover_text), strict=True)
        ),
        hovertemplate="%{customdata[1]}<br>%{customdata[2]}<br>Score %{y:+.1f} · %{customdata[3]}<extra></extra>",
    )


def index_line(index, dark):
    return go.Scatter(
        x=index.index,
        y=index.round(2).to_numpy(),
        mode="lines",
        name="Relations index",
        yaxis="y2",
        line={"color": "#dddddd" if dark else INDEX_COLOUR, "width": 1.5},
        hovertemplate="%{x|%-d %b %Y}<br>Relations index %{y:.1f}<extra></extra>",
    )


def layout(score_axis, index_axis_range, hovermode, dark):
    ink = "#e8e8e8" if dark else "#222222"
    grid = "#3a3a3a" if dark else "#e6e6e6"
    return {
        "template": "none",
        "height": 420,
        "margin": {"l": 56, "r": 60, "t": 16, "b": 40},
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "font": {"family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", "size": 13, "color": ink},
        "hovermode": hovermode,
        "showlegend": False,
        "barmode": "overlay",
        "xaxis": {"type": "date", "gridcolor": grid, "showline": True, "linecolor": grid},
        "yaxis": {"zeroline": True, "zerolinecolor": "#999999", "gridcolor": grid, **score_axis},
        "yaxis2": {
            "title": {"text": "Relations index"},
            "overlaying": "y",
            "side": "right",
            "showgrid": False,
            "zeroline": False,
            "range": index_axis_range,
            "tickformat": ".0f",
        },
    }


def figure_json_script(figure, element_id):
    """The figure and its config as a JSON data block; the CSP never has to allow it."""
    payload = figure.to_json().translate(JSON_SCRIPT_ESCAPES)
    config = escape(json.dumps(CONFIG))
    return mark_safe(
        f'<script type="application/json" id="{escape(element_id)}" data-config="{config}">{payload}</script>'
    )
