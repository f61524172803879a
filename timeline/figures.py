"""The timeline chart, built on the server with plotly.py and drawn by plotly.js."""
import json
from html import escape

import pandas as pd
import plotly.graph_objects as go
from django.utils.safestring import mark_safe

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
CONFIG = {
    "responsive": True,
    "displaylogo": False,
    "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d", "toggleSpikelines"],
}

# The characters json_script escapes, so the JSON cannot close its <script> element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def timeline_figure(events, index, phases, dark=False):
    """A figure of one marker per event, the relations index, and its phases.

    `events` is analysis.events_frame(); `index` and `phases` come from
    relations_index. Titles are HTML-escaped: plotly.js renders hover text as HTML.
    """
    figure = go.Figure()
    for name, colour, belongs in DIRECTIONS:
        rows = events[belongs(events["score"])]
        if not rows.empty:
            figure.add_trace(event_markers(rows, name, colour))
    if not index.empty:
        figure.add_trace(index_line(index, dark))
    figure.update_layout(layout(phases, index_range(index), dark))
    return figure


def index_range(index):
    """A range for the index axis centred on zero, so both zero lines coincide."""
    largest = float(index.abs().max()) if not index.empty else 0.0
    bound = max(largest * 1.1, 1.0)
    return [-bound, bound]


def event_markers(rows, name, colour):
    titles = rows["title"].str.slice(0, HOVER_TITLE_LENGTH).map(escape)
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
        customdata=list(zip(rows["slug"], rows["date_text"], titles, rows["category_label"].map(escape))),
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


def layout(phases, index_axis_range, dark):
    ink = "#e8e8e8" if dark else "#222222"
    grid = "#3a3a3a" if dark else "#e6e6e6"
    return {
        "template": "none",
        "height": 420,
        "margin": {"l": 56, "r": 60, "t": 16, "b": 40},
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "font": {"family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", "size": 13, "color": ink},
        "hovermode": "closest",
        "showlegend": False,
        "xaxis": {"type": "date", "gridcolor": grid, "showline": True, "linecolor": grid},
        "yaxis": {
            "title": {"text": "Event score"},
            "range": [-10.8, 10.8],
            "zeroline": True,
            "zerolinecolor": "#999999",
            "gridcolor": grid,
            "tickvals": [-10, -5, 0, 5, 10],
        },
        "yaxis2": {
            "title": {"text": "Relations index"},
            "overlaying": "y",
            "side": "right",
            "showgrid": False,
            "zeroline": False,
            "range": index_axis_range,
            "tickformat": ".0f",
        },
        "shapes": phase_shapes(phases),
    }


def phase_shapes(phases):
    half_day = pd.Timedelta(hours=12)
    return [
        {
            "type": "rect",
            "xref": "x",
            "yref": "paper",
            "x0": start - half_day,
            "x1": end + half_day,
            "y0": 0,
            "y1": 1,
            "fillcolor": PHASE_FILLS[phase],
            "line": {"width": 0},
            "layer": "below",
        }
        for start, end, phase in zip(phases["start"], phases["end"], phases["phase"])
    ]


def figure_json_script(figure, element_id):
    """The figure and its config as a JSON data block; the CSP never has to allow it."""
    payload = figure.to_json().translate(JSON_SCRIPT_ESCAPES)
    config = escape(json.dumps(CONFIG))
    return mark_safe(
        f'<script type="application/json" id="{escape(element_id)}" data-config="{config}">{payload}</script>'
    )
