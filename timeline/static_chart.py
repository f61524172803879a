"""The chart drawn on the server as SVG: the first paint, the chart without
JavaScript, and the keyboard's way to every event.

It draws what figures.py gives plotly.js, at the same places: positions are
percentages of the plot area (so the chart stretches with its box while text
keeps its size) and the plot areas are laid out by static/css/chart.css with
the margins of chart.Layout. Every marker is a link to its event page with a
<title>. Labels, ticks and era titles come in tiers (chart.TIER_WIDTHS) that
the CSS shows by the chart's width.
"""

from html import escape

import numpy as np
import pandas as pd
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .analysis import marked_titles, score_direction
from .chart import ERA_TITLE_FONT_SIZE, ERA_TITLE_INSET, Chart, era_bounds
from .dates import days_in_words
from .figures import MARKER_SYMBOLS, iso_days
from .fixed_point import fixed
from .labels import LABEL_FONT_SIZE, LABEL_GAP, SIDES, Placed, text_offset
from .localised import decimals

R = 5.5  # a marker's radius: plotly's size 11
# Plotly's marker symbols as paths around (0, 0), at R. Each marker is its symbol's path in an <svg>
# placed at the marker's point (percentages of the plot; chart.css lets the path overflow it): measured
# in Chromium at 2,000 markers, cheaper to parse and lay out than a <use> of a shared symbol, and the
# only element that places any shape by percentages (a <circle> would too, but only circles).
SYMBOL_PATHS = {
    "circle": f"M{R},0A{R},{R} 0 1,1 0,-{R}A{R},{R} 0 0,1 {R},0Z",
    "square": f"M{R},{R}H-{R}V-{R}H{R}Z",
    "diamond": "M7.15,0L0,7.15L-7.15,0L0,-7.15Z",
    "triangle-up": "M-6.35,2.75H6.35L0,-5.5Z",
    "star": "M0,-7.2L1.7,-2.3L6.9,-2.2L2.7,0.9L4.2,5.8L0,2.9L-4.2,5.8L-2.7,0.9L-6.9,-2.2L-1.7,-2.3Z",
    "cross": "M6.6,2.2H2.2V6.6H-2.2V2.2H-6.6V-2.2H-2.2V-6.6H2.2V-2.2H6.6Z",
    "x": "M0,2.5L3.9,6.4L6.4,3.9L2.5,0L6.4,-3.9L3.9,-6.4L0,-2.5L-3.9,-6.4L-6.4,-3.9L-2.5,0L-6.4,3.9L-3.9,6.4Z",
}
INDEX_VIEWBOX = 1000  # the index's own coordinates: 0…1000 across and down, stretched to its box
# (dx, dy, text-anchor) of a label's baseline from its marker, and of an era's title from the top left
# corner of its band: where plotly.js writes them.
LABEL_OFFSETS = {position: text_offset(*side, LABEL_GAP, LABEL_FONT_SIZE) for position, side in SIDES.items()}
ERA_TITLE_OFFSET = text_offset("bottom", "right", ERA_TITLE_INSET, ERA_TITLE_FONT_SIZE)


def percent(value: float) -> str:
    return f"{value * 100:.3f}%"


def percents(values: np.ndarray) -> list[str]:
    """percent() of each value, at once."""
    return [f"{text}%" for text in fixed(np.asarray(values, dtype=float) * 100, 3)]


def static_chart(chart: Chart, description_id: str = "chart-description", new_tab: bool = False) -> SafeString:
    """The chart as HTML: a box holding the SVG layers, sized by its `height`."""
    classes = ["chart-static"]
    if chart.slider:
        classes.append("has-slider")
    if chart.is_empty:
        classes.append("is-empty")
    name = _("Chart of the events")
    parts = [
        f'<div class="{" ".join(classes)}" role="group" aria-label="{escape(name)}" '
        f'aria-describedby="{escape(description_id)}">',
        f'<svg class="chart-sizer" width="1" height="{chart.layouts["wide"].height}" aria-hidden="true"></svg>',
    ]
    if chart.x_range is not None:
        parts += [back_layer(chart), index_layer(chart), front_layer(chart, new_tab), labels_layer(chart)]
    parts.append("</div>")
    return mark_safe("".join(parts))


def svg(classes: str, body: list[str], hidden: bool = True, geometry: str = "") -> str:
    """One layer; its box comes from chart.css, or from `geometry` (x, y, width, height) when standalone."""
    aria = ' aria-hidden="true"' if hidden else ""
    return (
        f'<svg class="{classes}" xmlns="http://www.w3.org/2000/svg" overflow="visible"{geometry}{aria}>'
        f"{''.join(body)}</svg>"
    )


def back_layer(chart: Chart, geometry: str = "") -> str:
    """Eras, grid lines, the score and date axes and the dates' extents, behind everything else."""
    body = [era_bands(chart), score_grid(chart), date_axis(chart), extent_lines(chart)]
    return svg("chart-plot chart-back", body, geometry=geometry)


def era_bands(chart: Chart) -> str:
    parts = []
    for number, era in enumerate(chart.eras):
        first, last = era_bounds(chart, era)
        left, right = chart.x_fraction([first, last])
        parts.append(
            f'<rect class="era era-{era.direction}" x="{percent(left)}" width="{percent(right - left)}" '
            f'y="0" height="100%"/>'
        )
        tiers = [tier for tier, fits in enumerate(chart.era_title_tiers) if fits[number]]
        if tiers:
            dx, dy, _anchor = ERA_TITLE_OFFSET
            parts.append(
                f'<text class="era-title {tier_classes(tiers)}" x="{percent(left)}" dx="{dx:g}" y="{dy:g}">'
                f"{escape(era.title)}</text>"
            )
    return f'<g class="eras">{"".join(parts)}</g>'


def tier_classes(tiers: list[int]) -> str:
    return " ".join(f"in-tier-{tier}" for tier in tiers)


def score_grid(chart: Chart) -> str:
    """Horizontal grid lines and their labels: −10…+10, or the summed scores' range."""
    values = chart.score_ticks
    parts = []
    for value, y in zip(values, chart.y_fraction(values), strict=True):
        css = "zero" if value == 0 else "grid"
        parts.append(f'<line class="{css}" x1="0" x2="100%" y1="{percent(y)}" y2="{percent(y)}"/>')
        parts.append(f'<text class="score-tick" x="-6" y="{percent(y)}" dy="4">{signed(value)}</text>')
    return f'<g class="score-axis">{"".join(parts)}</g>'


def signed(value: float) -> str:
    """A tick value as plotly writes it: a true minus sign, no plus."""
    text = f"{abs(value):.0f}"
    return f"−{text}" if value < 0 else text


def date_axis(chart: Chart) -> str:
    """The date ticks of every tier, each tier shown at its widths by the CSS."""
    groups = ['<line class="axis" x1="0" x2="100%" y1="100%" y2="100%"/>']
    for tier, ticks in enumerate(chart.tick_tiers):
        parts = []
        for x, (_day, text) in zip(chart.x_fraction([day for day, _text in ticks]), ticks, strict=True):
            parts.append(f'<line class="grid" x1="{percent(x)}" x2="{percent(x)}" y1="0" y2="100%"/>')
            parts.append(f'<text class="date-tick" x="{percent(x)}" y="100%" dy="15">{escape(text)}</text>')
        groups.append(f'<g class="tier tier-{tier}">{"".join(parts)}</g>')
    return "".join(groups)


def extent_lines(chart: Chart) -> str:
    """A line from each marker over the days its date covers (chart.extent_ends), cut at the plot's edges as
    plotly.js cuts it (the layer lets labels overflow)."""
    extents = chart.events[chart.events["until"].notna()]
    lefts, rights = (percents(np.clip(chart.x_fraction(extents[end]), 0, 1)) for end in ("date", "until"))
    lines = [
        f'<line class="extent" x1="{left}" x2="{right}" y1="{y}" y2="{y}"/>'
        for left, right, y in zip(lefts, rights, percents(chart.y_fraction(extents["y"])), strict=True)
    ]
    return f'<g class="extents">{"".join(lines)}</g>'


def index_layer(chart: Chart, geometry: str = "") -> str:
    """The phases, the ±T lines and the index line, stretched to the index's box, with its axis."""
    xs = fixed(chart.x_fraction(chart.index.index) * INDEX_VIEWBOX, 1)
    ys = fixed(chart.index_fraction(chart.index.to_numpy()) * INDEX_VIEWBOX, 1)
    points = [f"{x},{y}" for x, y in zip(xs, ys, strict=True)]  # written once for the line and the phases
    body = [
        f'<svg class="index-lines" viewBox="0 0 {INDEX_VIEWBOX} {INDEX_VIEWBOX}" preserveAspectRatio="none" '
        'width="100%" height="100%">',
        *phase_paths(chart, xs, points),
        *threshold_paths(chart),
    ]
    if points:
        body.append(f'<path class="index-line" d="M{"L".join(points)}"/>')
    body.append("</svg>")
    body.append(index_ticks(chart))
    return svg("chart-index", body, geometry=geometry)


def phase_paths(chart: Chart, xs: list[str], points: list[str]) -> list[str]:
    """Each kind of phase as one path: per run, from the threshold up or down to the index and back
    (`xs` and `points`: the index's x and "x,y" in the index's own coordinates)."""
    tension_edge, detente_edge = fixed(chart.index_fraction([-chart.threshold, chart.threshold]) * INDEX_VIEWBOX, 1)
    outlines: dict[str, list[str]] = {}
    for phase, area in chart.phase_areas:
        edge = tension_edge if phase == "tension" else detente_edge
        outline = "L".join(points[area])
        outlines.setdefault(phase, []).append(f"M{xs[area.start]},{edge}L{outline}L{xs[area.stop - 1]},{edge}Z")
    return [f'<path class="phase phase-{phase}" d="{"".join(runs)}"/>' for phase, runs in outlines.items()]


def threshold_paths(chart: Chart) -> list[str]:
    levels = chart.index_fraction([-chart.threshold, chart.threshold]) * INDEX_VIEWBOX
    return [f'<path class="threshold" d="M0,{level:.1f}H{INDEX_VIEWBOX}"/>' for level in levels]


def index_ticks(chart: Chart) -> str:
    """The index axis: on the right where it shares the plot, on the left of its own strip."""
    bound = chart.index_bound
    values = [-bound, -bound / 2, 0, bound / 2, bound]
    wide = [
        f'<text class="index-tick" x="100%" dx="6" y="{percent(y)}" dy="4">{signed(value)}</text>'
        for value, y in zip(values, chart.index_fraction(values), strict=True)
    ]
    narrow = [
        f'<text class="index-tick" x="-6" y="{percent(y)}" dy="4">{signed(value)}</text>'
        for value, y in zip([-bound, 0, bound], chart.index_fraction([-bound, 0, bound]), strict=True)
    ]
    return f'<g class="index-axis-wide">{"".join(wide)}</g><g class="index-axis-narrow">{"".join(narrow)}</g>'


def front_layer(chart: Chart, new_tab: bool, geometry: str = "") -> str:
    """Markers (links to the events) or period bars."""
    body = period_bars(chart, new_tab) if chart.period else markers(chart, new_tab)
    return svg("chart-plot chart-front", body, hidden=False, geometry=geometry)


def labels_layer(chart: Chart, geometry: str = "") -> str:
    """The labels, over the markers: a layer of their own, so that they stay in sight while plotly.js
    draws only the markers over the static chart (static/js/chart.js)."""
    return svg("chart-plot chart-labels", [label_tiers(chart)], geometry=geometry)


def markers(chart: Chart, new_tab: bool) -> list[str]:
    events = chart.events
    target = ' target="_blank" rel="noopener"' if new_tab else ""
    before, after = reverse("timeline:event", args=["__slug__"]).split("__slug__")
    xs, ys = percents(chart.x_fraction(events["date"])), percents(chart.y_fraction(events["y"]))
    score_word = _("score")
    parts = []
    for x, y, slug, date_text, title, score, score_text, category, label in zip(
        xs,
        ys,
        events["slug"].tolist(),
        events["date_text"].tolist(),
        marked_titles(events).tolist(),
        events["score"].tolist(),
        decimals(events["score"].to_numpy()),
        events["category"].tolist(),
        events["category_label"].tolist(),
        strict=True,
    ):
        name = f"{date_text}: {title} ({score_word} {score_text}, {label})"
        parts.append(
            f'<a class="marker {score_direction(score)}" href="{escape(before + slug + after)}"{target}>'
            f'<title>{escape(name)}</title><svg x="{x}" y="{y}">'
            f'<path d="{SYMBOL_PATHS[MARKER_SYMBOLS[category]]}"/></svg></a>'
        )
    return parts


def period_bars(chart: Chart, new_tab: bool) -> list[str]:
    """With many events: summed scores per week or month, each bar a link to the timeline narrowed to it."""
    totals = chart.totals
    target = ' target="_blank" rel="noopener"' if new_tab else ""
    index_url = reverse("timeline:index")
    lefts = chart.x_fraction(totals.index)
    widths = np.maximum(chart.x_fraction(totals["end"] + pd.Timedelta(days=1)) - lefts, 0.0005)
    zero = chart.y_fraction([0])[0]
    tops, bottoms = chart.y_fraction(totals["thaw"]), chart.y_fraction(totals["escalation"])
    left_texts, width_texts = percents(lefts), percents(widths)  # shared by both directions' bars
    thaws = bar_rects("thaw", left_texts, width_texts, tops, zero - tops)
    escalations = bar_rects("escalation", left_texts, width_texts, np.full(len(totals), zero), bottoms - zero)
    parts = []
    for start, end, low, high, thaw, escalation, name in zip(
        iso_days(totals.index),
        iso_days(totals["end"]),
        totals["escalation"].tolist(),
        totals["thaw"].tolist(),
        thaws,
        escalations,
        period_names(totals),
        strict=True,
    ):
        bars = (thaw if high > 0 else "") + (escalation if low < 0 else "")
        parts.append(
            f'<a class="period" href="{index_url}?date_from={start}&amp;date_to={end}"{target}>'
            f"<title>{escape(name)}</title>{bars}</a>"
        )
    return parts


def period_names(totals: pd.DataFrame) -> list[str]:
    """Each period's bar in words: its events, its first and last days and its sums, but a zero sum, which has no
    bar."""
    counts = totals["events"].tolist()
    patterns = {
        count: ngettext(
            "%(count)d event from %(start)s to %(end)s", "%(count)d events from %(start)s to %(end)s", count
        )
        for count in set(counts)
    }
    periods = [
        patterns[count] % {"count": count, "start": start, "end": end}
        for count, start, end in zip(
            counts,
            days_in_words(pd.DatetimeIndex(totals.index).date),
            days_in_words(totals["end"].dt.date),
            strict=True,
        )
    ]
    escalations = sum_words(totals["escalation"], _("summed escalations %(sum)s"))
    thaws = sum_words(totals["thaw"], _("summed thaws %(sum)s"))
    return [", ".join(filter(None, parts)) for parts in zip(periods, escalations, thaws, strict=True)]


def sum_words(sums: pd.Series, pattern: str) -> list[str]:
    """Each period's sum in `pattern`, or nothing for a zero sum."""
    texts = decimals(sums.to_numpy())
    return [pattern % {"sum": text} if value else "" for value, text in zip(sums, texts, strict=True)]


def bar_rects(direction: str, lefts: list[str], widths: list[str], tops: np.ndarray, heights: np.ndarray) -> list[str]:
    """A <rect> per period: its left and width already written as percentages, its top and height as fractions
    of the plot."""
    return [
        f'<rect class="bar {direction}" x="{left}" width="{width}" y="{top}" height="{height}"/>'
        for left, width, top, height in zip(lefts, widths, percents(tops), percents(heights), strict=True)
    ]


def label_tiers(chart: Chart) -> str:
    """Each tier's labels in its own group; the CSS shows the tier of the chart's width."""
    groups = []
    for tier, placed in enumerate(chart.label_tiers):
        texts = "".join(label_text(chart, label) for label in placed)
        groups.append(f'<g class="labels tier tier-{tier}" aria-hidden="true">{texts}</g>')
    return "".join(groups)


def label_text(chart: Chart, placed: Placed) -> str:
    row = chart.events.iloc[placed.row]
    x = chart.x_fraction([row["date"]])[0]
    y = chart.y_fraction([row["y"]])[0]
    dx, dy, anchor = LABEL_OFFSETS[placed.position]
    # A label not in the reader's language is in italics (as plotly.js draws it) and carries its language.
    other = f' lang="{escape(placed.language)}"' if placed.language else ""
    css = "label other-language" if placed.language else "label"
    return (
        f'<text class="{css}"{other} x="{percent(x)}" y="{percent(y)}" dx="{dx:g}" dy="{dy:g}" '
        f'text-anchor="{anchor}">{escape(placed.text)}</text>'
    )
