"""The timeline figure's layout: its axes, margins and date ticks, the eras' bands and the index's ±T lines
behind the markers, and the month names chart.js gives plotly.js for the page's language."""

import pandas as pd
from django.utils.translation import get_language, pgettext

from . import dates
from .chart import SLIDER_THICKNESS, Chart, Layout, era_bounds

ERA_FILLS = {
    "tension": "rgba(178, 24, 43, 0.06)",
    "detente": "rgba(33, 102, 172, 0.06)",
    "neutral": "rgba(110, 110, 110, 0.07)",
}
FONT = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"
# What plotly.py writes for layout.template "none": no theme, plotly.js's own defaults.
NO_TEMPLATE = {"data": {"scatter": [{"type": "scatter"}]}}


def era_shapes(chart: Chart) -> list[dict]:
    """Each era as one band behind the markers, from its start to its end (or the chart's end)."""
    shapes = []
    for era in chart.eras:
        first, last = era_bounds(chart, era)
        shapes.append(
            {
                "type": "rect",
                "xref": "x",
                "yref": "paper",
                "x0": first.strftime("%Y-%m-%d"),
                "x1": last.strftime("%Y-%m-%d"),
                "y0": 0,
                "y1": 1,
                "layer": "below",
                "line": {"width": 0},
                "fillcolor": ERA_FILLS[era.direction],
                "name": "era-" + era.direction,
            }
        )
    return shapes


def threshold_lines(chart: Chart) -> list[dict]:
    """The ±T lines on the index axis: a phase is where the index is beyond them."""
    return [
        {
            "type": "line",
            "xref": "paper",
            "yref": "y2",
            "x0": 0,
            "x1": 1,
            "y0": level,
            "y1": level,
            "layer": "below",
            "line": {"width": 1, "dash": "dot", "color": "#8a8a8a"},
            "name": "threshold",
        }
        for level in (-chart.threshold, chart.threshold)
    ]


def layout(chart: Chart, box: Layout) -> dict:
    x_axis: dict = {"type": "date", "showline": True, "gridcolor": "#e6e6e6", "linecolor": "#cccccc"}
    if chart.x_range is not None:
        x_axis["range"] = [chart.x_range[0].isoformat(), chart.x_range[1].isoformat()]
    if chart.tick_tiers:
        x_axis.update(tick_values(chart.tick_tiers[-1]))
    x_axis["tickformatstops"] = zoomed_tick_formats()
    if chart.slider:
        x_axis["rangeslider"] = {"visible": True, "thickness": SLIDER_THICKNESS, "bgcolor": "rgba(0,0,0,0)"}
    score_axis: dict = {
        "range": list(chart.score_range),
        "fixedrange": True,
        "zerolinecolor": "#999999",
        "tickvals": chart.score_ticks,
    }
    drawn = {
        "template": NO_TEMPLATE,
        "height": box.height,
        "margin": margins(box),
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "font": {"family": FONT, "size": 11, "color": "#222222"},
        "hovermode": "x" if chart.period else "closest",
        "hoverlabel": {"font": {"family": FONT, "size": 12}, "align": "left"},
        "showlegend": False,
        "barmode": "overlay",
        "dragmode": "zoom",
        "xaxis": x_axis,
        "yaxis": {"gridcolor": "#e6e6e6", "zeroline": True, **score_axis},
        "yaxis2": {
            "overlaying": "y",
            "side": "right",
            "showgrid": False,
            "zeroline": False,
            "fixedrange": True,
            "range": [-chart.index_bound, chart.index_bound],
            "tickvals": [-chart.index_bound, -chart.index_bound / 2, 0, chart.index_bound / 2, chart.index_bound],
            "tickformat": ".0f",
        },
    }
    if chart.x_range is not None:  # none at all otherwise, as plotly.py leaves out an empty list
        drawn["shapes"] = era_shapes(chart) + threshold_lines(chart)
    return drawn


def zoomed_tick_formats() -> list[dict]:
    """The date ticks plotly.js picks itself once the reader zooms, written as the server writes its own
    ("7 Apr", "Apr 2017", "2017"; the month names are the page's, see chart_locale)."""
    day = pgettext("plotly.js format of a day tick on the chart's date axis", "%-d %b")
    # Russian writes "%B %Y" with the months' own names (plotly's "months"): its "%b" are the
    # abbreviations that follow a day («8 мая»), which a month alone does not take.
    month = pgettext("plotly.js format of a month tick on the chart's date axis", "%b %Y")
    return [
        {"dtickrange": [None, "M1"], "value": day},
        {"dtickrange": ["M1", "M12"], "value": month},
        {"dtickrange": ["M12", None], "value": "%Y"},
    ]


def chart_locale() -> dict:
    """What chart.js registers with plotly.js for the page's language: its name (plotly.js-locales
    supplies the toolbar's words and the number separators) and the month names of the server's
    ticks, so both drawings name months alike («8 мая», «апрель 2017», not plotly's «8 Май»)."""
    return {
        "name": get_language(),
        "shortMonths": [str(dates.MONTHS_SHORT_AFTER_DAY[month]) for month in range(1, 13)],
        "months": [str(dates.MONTHS_ALONE[month]) for month in range(1, 13)],
    }


def margins(box: Layout) -> dict:
    return {"l": box.margin_left, "r": box.margin_right, "t": box.margin_top, "b": box.margin_bottom, "pad": 0}


def tick_values(tier: list[tuple[pd.Timestamp, str]]) -> dict:
    return {
        "tickmode": "array",
        "tickvals": [day.strftime("%Y-%m-%d") for day, _ in tier],
        "ticktext": [text for _, text in tier],
    }
