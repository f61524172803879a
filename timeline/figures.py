"""The timeline chart for plotly.js, built from a chart.Chart as the JSON plotly.py would send.

The figure is written as plotly.py's own JSON of it (numbers as typed arrays,
the "none" template spelled out) without plotly.py's validation of every value,
which cost more than drawing the chart; tests/test_chart.py checks that plotly.py,
given the same figure, validates it and writes the same JSON.

The figure carries the light theme's colours; static/js/chart.js re-colours it
from the chart's CSS custom properties (light or dark), picks the date ticks
and labels of the width it is drawn at, and moves the index to its own strip
on narrow screens, using the tiers and layouts sent beside the figure.
"""

import base64
import functools
import json
from html import escape

import numpy as np
import orjson
import pandas as pd
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext, pgettext

from . import dates, labels
from .analysis import marked_titles
from .chart import (
    ERA_TITLE_FONT_SIZE,
    ERA_TITLE_INSET,
    NARROW_BELOW,
    TIER_WIDTHS,
    Chart,
    era_bounds,
)
from .figure_layout import chart_locale, layout, margins, tick_values
from .labels import Placed
from .localised import decimals
from .relations_index import DETENTE, TENSION

ESCALATION_COLOUR = "#b2182b"
THAW_COLOUR = "#2166ac"
NEUTRAL_COLOUR = "#6f6f6f"
INDEX_COLOUR = "#222222"
PHASE_FILLS = {TENSION: "rgba(178, 24, 43, 0.22)", DETENTE: "rgba(33, 102, 172, 0.22)"}
# The summed bars' columns of Chart.totals, their names (translated where they are drawn) and colours.
PERIOD_SUMS = [
    ("escalation", gettext_noop("Summed escalations"), ESCALATION_COLOUR),
    ("thaw", gettext_noop("Summed thaws"), THAW_COLOUR),
]

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
MARKER_SIZE = 11
# The index's values to a thousandth: under a fifth of the thinned line's tolerance (chart.index_tolerance,
# a quarter pixel) even on the tallest chart an embed may ask for (±10 over 1,810 px), so rounding shows nowhere.
INDEX_DECIMALS = 3
# Hover titles are cut at a word past this many characters, and wrapped onto lines of at most this many:
# a line of Russian at the hover's 12 px is about 300 px wide, so a label fits a phone's chart.
HOVER_TITLE_LENGTH = 160
HOVER_LINE_CHARACTERS = 38
# Zoom, pan, reset and download as PNG; nothing that sends the chart elsewhere.
CONFIG = {
    "responsive": True,
    "displaylogo": False,
    "showSendToCloud": False,
    "showEditInChartStudio": False,
    "showLink": False,
    "modeBarButtonsToRemove": [
        "toImage",  # chart.js adds its own, which keeps the markers' edges
        "sendDataToCloud",
        "editInChartStudio",
        "select2d",
        "lasso2d",
        "autoScale2d",
        "toggleSpikelines",
        "hoverClosestCartesian",
        "hoverCompareCartesian",
    ],
    "toImageButtonOptions": {"filename": "us-russia-relations-timeline", "scale": 2},
}

# The characters json_script escapes, so the JSON cannot close its <script> element (as UTF-8, as orjson writes).
JSON_SCRIPT_ESCAPES = {b">": b"\\u003E", b"<": b"\\u003C", b"&": b"\\u0026"}


def timeline_figure(chart: Chart) -> dict:
    """The figure drawn with the wide layout and the widest tier; chart.js adapts it to its width."""
    # Once: the phases' areas and the index line share the index's days and its rounded values.
    days = iso_days(chart.index.index)
    values = np.round(chart.index.to_numpy(), INDEX_DECIMALS)
    traces: list[dict] = phase_area_traces(chart, days, values.tolist())
    if not chart.index.empty:
        traces.append(index_line(days, values))
    traces += period_bars(chart) if chart.period else [*extent_lines(chart), event_markers(chart)]
    return {"data": traces, "layout": layout(chart, chart.layouts["wide"])}


def typed_array(values: np.ndarray | pd.Series, dtype: str) -> dict | list:
    """Numbers as plotly.js's typed array ("f4": float32, "f8": float64), base64 of their bytes, as
    plotly.py sends a numpy array (an empty one as a list)."""
    array = np.ascontiguousarray(values, dtype=np.dtype(dtype).newbyteorder("<"))
    if array.size == 0:
        return []
    return {"dtype": dtype, "bdata": base64.b64encode(array.tobytes()).decode("ascii")}


def phase_area_traces(chart: Chart, days: list[str], values: list[float]) -> list[dict]:
    """One filled trace per kind of phase; each run is its own closed area between the index and ±T
    (`days` and `values`: the index's, as drawn)."""
    traces = []
    names = {TENSION: _("Tension phase"), DETENTE: _("Détente phase")}
    for phase in (TENSION, DETENTE):
        xs: list = []
        ys: list = []
        edge = -chart.threshold if phase == TENSION else chart.threshold
        for area_phase, area in chart.phase_areas:
            if area_phase != phase:
                continue
            xs += [days[area.start], *days[area], days[area.stop - 1], None]
            ys += [edge, *values[area], edge, None]
        if xs:
            traces.append(
                {
                    "fill": "toself",
                    "fillcolor": PHASE_FILLS[phase],
                    "hoverinfo": "skip",
                    "meta": phase,
                    "mode": "none",
                    "name": names[phase],
                    "x": xs,
                    "y": ys,
                    "yaxis": "y2",
                    "type": "scatter",
                }
            )
    return traces


def iso_days(days: pd.Index | pd.Series) -> list[str]:
    """Days (anything pandas reads as dates) as "2017-04-07": plotly.js reads them as dates, in fewer
    bytes than full timestamps. Each day's text is joined from a table of years and one of months
    and days (np.datetime_as_string of the index's 9,500 days cost more than the rest of its trace)."""
    values = pd.DatetimeIndex(days).to_numpy(dtype="datetime64[D]")
    years, months = values.astype("datetime64[Y]"), values.astype("datetime64[M]")
    year = years.astype(np.int64) + 1970
    month_and_day = (months - years).astype(np.int64) * 31 + (values - months).astype(np.int64)
    in_tables = (year >= FIRST_YEAR) & (year <= LAST_YEAR)
    texts = year_texts()[np.where(in_tables, year - FIRST_YEAR, 0)] + month_day_texts()[month_and_day % (12 * 31)]
    outside = ~in_tables
    if outside.any():  # NaT, or years not written with four digits
        texts[outside] = np.datetime_as_string(values[outside])
    return texts.tolist()


FIRST_YEAR, LAST_YEAR = 1000, 9999


@functools.cache
def year_texts() -> np.ndarray:
    return np.array([f"{year}-" for year in range(FIRST_YEAR, LAST_YEAR + 1)], dtype=object)


@functools.cache
def month_day_texts() -> np.ndarray:
    return np.array([f"{month:02d}-{day:02d}" for month in range(1, 13) for day in range(1, 32)], dtype=object)


def index_line(days: list[str], values: np.ndarray) -> dict:
    """The index's line (its days and rounded values); its hover shows each point's value as the page writes
    numbers (hover_numbers)."""
    return {
        "hovertemplate": "%{x|" + hover_date_format() + "}<br>" + _("Relations index") + " %{text}<extra></extra>",
        "line": {"color": INDEX_COLOUR, "width": 1.5},
        "meta": "index",
        "mode": "lines",
        "name": _("Relations index"),
        "x": days,
        "y": typed_array(values, "f4"),
        "text": hover_numbers(values),
        "uid": "index",
        "yaxis": "y2",
        "type": "scatter",
    }


def hover_date_format() -> str:
    """plotly.js's format of a day in the index line's hover label (d3's, with the page's month names)."""
    return pgettext("plotly.js format of a day in the chart's hover label", "%-d %b %Y")


def hover_numbers(values: np.ndarray | pd.Series, signed: bool = False) -> list[str]:
    """Numbers for hover labels, written as the rest of the page writes them (localised.decimals: the
    language's decimal mark and minus sign), not by plotly.js's d3 format, which writes a hyphen."""
    return decimals(np.asarray(values, dtype=float), signed=signed)


def hover_text(text: str) -> str:
    """Plotly.js reads hover text as HTML: <, > and & are escaped (quotes need not be, and it would show &quot;)."""
    return escape(text, quote=False)


def hover_lines(texts: pd.Series) -> pd.Series:
    """Each text escaped for a hover label and wrapped at spaces onto lines of HOVER_LINE_CHARACTERS at most
    (a longer word keeps its own line): plotly.js draws a hover label on one line otherwise."""
    wrap = rf"(.{{1,{HOVER_LINE_CHARACTERS}}})(?:\s+|$)"
    wrapped = texts.str.replace(wrap, "\\1\n", regex=True).str.removesuffix("\n")
    return wrapped.map(hover_text).str.replace("\n", "<br>", regex=False)


def direction_colour(score: float) -> str:
    return ESCALATION_COLOUR if score < 0 else THAW_COLOUR if score > 0 else NEUTRAL_COLOUR


def event_markers(chart: Chart) -> dict:
    """Every event's marker in one trace (a trace per direction costs plotly.js more to draw), coloured by
    the score's sign, with the category's symbol. The colours and symbols stay names: as plotly.js's numbers
    (one byte each) and a colour scale over the scores' signs, the markers took it longer to draw. The
    points carry their hover label's texts and score, not their event's slug: the event is the
    static marker's link at the same position (static_chart.markers writes them in this order), which
    chart.js opens on a click."""
    events = chart.events
    titles = hover_lines(marked_titles(events, HOVER_TITLE_LENGTH))
    customdata = zip(
        events["date_text"],
        titles,
        events["category_label"].map(hover_text),
        events["score"],
        hover_numbers(events["score"], signed=True),
        strict=True,
    )
    return {
        "customdata": [list(row) for row in customdata],
        "hovertemplate": "%{customdata[0]}<br>%{customdata[1]}<br>"
        + _("Score")
        + " %{customdata[4]} · %{customdata[2]}<extra></extra>",
        # No marker.line: drawn per point it costs plotly.js more than the markers themselves; chart.css
        # draws the markers' edges (and chart.js adds them to the PNG download).
        "marker": {
            "size": MARKER_SIZE,
            "color": events["score"].map(direction_colour).tolist(),
            "symbol": events["category"].map(MARKER_SYMBOLS).tolist(),
        },
        "meta": "events",
        "mode": "markers",
        "name": _("Events"),
        "uid": "events",  # its group's class is "traceevents": the labels' invisible points are elsewhere
        "x": iso_days(events["date"]),
        "y": typed_array(events["y"].round(3), "f4"),
        "type": "scatter",
    }


def extent_lines(chart: Chart) -> list[dict]:
    """One trace of lines from the markers over the days their dates cover, as static_chart.extent_lines
    draws them; none when every date is a day."""
    extents = chart.events[chart.events["until"].notna()]
    if extents.empty:
        return []
    count = len(extents)
    xs = np.empty(3 * count, dtype=object)
    xs[0::3], xs[1::3] = iso_days(extents["date"]), iso_days(extents["until"])
    ys = np.empty(3 * count, dtype=object)
    ys[0::3] = ys[1::3] = extents["y"].round(3).tolist()
    return [
        {
            "hoverinfo": "skip",
            "line": {"color": NEUTRAL_COLOUR, "width": 2},
            "meta": "extents",
            "mode": "lines",
            "name": _("Days a date covers"),
            "uid": "extents",
            "x": xs.tolist(),
            "y": ys.tolist(),
            "type": "scatter",
        }
    ]


def period_bars(chart: Chart) -> list[dict]:
    """Summed escalation scores below zero and thaw scores above, one bar per period.

    The escalations' bars carry each period's first and last day, so a click can narrow the timeline to it, and
    its one hover label (hovermode "x" shows it over either bar); the thaws' bars take no hover of their own,
    which would repeat the period and its events.
    """
    totals = chart.totals
    starts_at = pd.DatetimeIndex(totals.index)  # the periods' first days
    # Each bar spans its period, from its first day to the day after its last, as the static chart draws it.
    widths = (
        (pd.DatetimeIndex(totals["end"]) + pd.Timedelta(days=1) - starts_at)
        .to_numpy(dtype="timedelta64[ms]")
        .astype(float)
    )
    starts = iso_days(totals.index)
    escalations, thaws = (
        {
            "marker": {"color": colour, "line": {"width": 0}},
            "meta": column,
            "name": _(name),
            "offset": 0,
            "width": typed_array(widths, "f8"),
            "x": starts,
            "y": typed_array(totals[column], "f8"),
            "type": "bar",
        }
        for column, name, colour in PERIOD_SUMS
    )
    escalations |= {
        "customdata": [list(days) for days in zip(starts, iso_days(totals["end"]), strict=True)],
        "hovertemplate": "%{hovertext}<extra></extra>",
        "hovertext": period_hover_texts(chart),
    }
    thaws["hoverinfo"] = "skip"
    return [escalations, thaws]


def period_hover_texts(chart: Chart) -> list[str]:
    """Each period's hover label: the period, its events and its sums, but a zero sum, which has no bar."""
    totals = chart.totals
    first_days = pd.DatetimeIndex(totals.index).date
    if chart.period == "week":
        week = dates.week_pattern()
        period_text = [week % {"day": day} for day in dates.days_in_words(first_days)]
    else:
        period_text = dates.months_in_words(first_days)
    counts = totals["events"].tolist()
    counted = {n: ngettext("%(count)d event", "%(count)d events", n) % {"count": n} for n in set(counts)}
    sums = [sum_lines(totals[column], _(name)) for column, name, _colour in PERIOD_SUMS]
    return [
        "<br>".join(filter(None, lines)) for lines in zip(period_text, [counted[n] for n in counts], *sums, strict=True)
    ]


def sum_lines(sums: pd.Series, name: str) -> list[str]:
    """Each period's sum with its name, or nothing for a zero sum."""
    return [f"{name} {number}" if value else "" for value, number in zip(sums, hover_numbers(sums, True), strict=True)]


# Labels and era titles are text beside invisible markers, one trace each (chart.js fills in the points
# of the width it draws): plotly.js draws a text trace far faster than annotations, which it measures
# one by one. The invisible marker's size sets the text's distance from its point (labels.text_offset).
def text_trace(meta: str, gap: float, font_size: int) -> dict:
    return {
        "type": "scatter",
        "mode": "markers+text",
        "meta": meta,
        "marker": {"size": labels.marker_size_for_gap(gap), "opacity": 0},
        "textfont": {"size": font_size},
        "hoverinfo": "skip",
        "cliponaxis": False,
        "showlegend": False,
    }


def label_entry(chart: Chart, placed: Placed) -> list:
    """A label in the payload, as [day, y, text, position, in the other language]: chart.js puts it in the
    labels' trace, in italics when its text is not in the reader's language (static_chart does the same)."""
    row = chart.events.iloc[placed.row]
    return [
        row["date"].strftime("%Y-%m-%d"),
        round(float(row["y"]), 3),
        hover_text(placed.text),
        " ".join(labels.SIDES[placed.position]),
        placed.language is not None,
    ]


def era_titles(chart: Chart) -> list[list]:
    """Each era's title, as [first day, text], written at the top left of its band; chart.js keeps
    those that fit their band at its width."""
    return [[era_bounds(chart, era)[0].strftime("%Y-%m-%d"), hover_text(era.title)] for era in chart.eras]


def chart_payload(chart: Chart) -> dict:
    """The figure and what chart.js needs to fit it to a width: tiers of ticks and labels, both layouts."""
    return {
        "figure": timeline_figure(chart),
        "tiers": {
            "widths": TIER_WIDTHS,
            "ticks": [tick_values(tier) for tier in chart.tick_tiers],
            "labels": [[label_entry(chart, placed) for placed in tier] for tier in chart.label_tiers],
            "eraTitles": chart.era_title_tiers,
        },
        "labelTrace": text_trace("labels", labels.LABEL_GAP, labels.LABEL_FONT_SIZE),
        "eraTitleTrace": text_trace("era-titles", ERA_TITLE_INSET, ERA_TITLE_FONT_SIZE),
        "eraTitles": era_titles(chart) if chart.x_range is not None else [],
        "yTop": chart.score_range[1],
        "pngTitle": _("Download plot as a png"),
        "narrowBelow": NARROW_BELOW,
        "locale": chart_locale(),
        "layouts": {
            name: {"margin": margins(box), "strip": box.strip, "gap": box.strip_gap, "slider": box.slider}
            for name, box in chart.layouts.items()
        },
    }


def script_safe(document: bytes) -> str:
    """The UTF-8 JSON with JSON_SCRIPT_ESCAPES applied, as text: bytes.replace, in C, is many times faster
    than str.translate on a long text, and twice as fast as str.replace on one with Cyrillic in it."""
    for character, escaped in JSON_SCRIPT_ESCAPES.items():
        document = document.replace(character, escaped)
    return document.decode()


def figure_json_script(chart: Chart, element_id: str) -> SafeString:
    """The chart's JSON as a data block and plotly's config as an attribute; the CSP never has to allow it."""
    # orjson writes what json.dumps(separators=(",", ":"), ensure_ascii=False) writes, a tenth of the time
    # (half a megabyte at 100,000 events); the page is UTF-8, so Cyrillic needs no \u escapes.
    payload = script_safe(orjson.dumps(chart_payload(chart)))
    config = escape(json.dumps(CONFIG))
    return mark_safe(
        f'<script type="application/json" id="{escape(element_id)}" data-config="{config}">{payload}</script>'
    )
