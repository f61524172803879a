"""Headline labels on the chart: the most significant events, placed so that no two overlap.

Placement is greedy, by the largest |score| first: each label tries a few
positions around its marker and takes the first that stays inside the plot and
clear of the labels already placed and of every marker. It is done for each
width the chart may be drawn at (chart.TIER_WIDTHS); x positions scale with
the width while the labels keep their size, so a set that fits at a tier's
narrowest width fits at every wider one.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .analysis import fallback_languages
from .text_width import text_width

if TYPE_CHECKING:
    from .chart import Chart

LABEL_FONT_SIZE = 11
LABEL_HEIGHT = 14
LABEL_MAX_CHARACTERS = 40
MARKER_RADIUS = 6
LABEL_GAP = 9  # from a marker's centre to the near side of its label, in pixels
PAD = 3  # clear space around a label, in pixels
ERA_STRIP = 16  # the top of the plot, where the eras' titles are written
# Labels per pixel of plot width, and never more than this many.
PIXELS_PER_LABEL = 120
MOST_LABELS = 12
# Only this many of the most significant events per label are tried: the rest are less significant than
# any label shown, and a dense chart would otherwise try every event.
CANDIDATES_PER_LABEL = 8
# (position, x gap, y gap): where a label may sit relative to its marker.
POSITIONS = [("above", 0, -LABEL_GAP), ("below", 0, LABEL_GAP), ("right", LABEL_GAP, 0), ("left", -LABEL_GAP, 0)]
# Each position as plotly.js names it: (vertical, horizontal) side of the marker.
SIDES = {
    "above": ("top", "center"),
    "below": ("bottom", "center"),
    "right": ("middle", "right"),
    "left": ("middle", "left"),
}
TEXT_ANCHORS = {"left": "end", "center": "middle", "right": "start"}


@dataclass(frozen=True)
class Placed:
    """A label: the row of its event in chart.events, its text and its position beside the marker; the
    language of its text when that is not the reader's (timeline.bilingual), else None."""

    row: int
    text: str
    position: str  # above, below, right or left
    width: float
    language: str | None = None


def text_offset(vertical: str, horizontal: str, gap: float, font_size: float) -> tuple[float, float, str]:
    """(dx, dy, text-anchor) of the baseline of text written beside a point, as plotly.js writes a text
    trace's text beside a marker `gap` pixels from its centre (Drawing.textPointPosition): the static
    chart writes its labels and era titles at the same places."""
    sign_y = {"top": -1, "middle": 0, "bottom": 1}[vertical]
    sign_x = {"left": -1, "center": 0, "right": 1}[horizontal]
    dy = 0.75 * font_size + sign_y * gap + (sign_y - 1) * font_size / 2
    return sign_x * gap, dy, TEXT_ANCHORS[horizontal]


def marker_size_for_gap(gap: float) -> float:
    """The size of the (invisible) marker beside which plotly.js writes text `gap` pixels from its centre:
    plotly.js keeps radius / 0.8 + 1 pixels."""
    return round(2 * 0.8 * (gap - 1), 3)


def label_text(label: str, title: str) -> str:
    """The event's headline label, or its title shortened at a word to fit one."""
    if label:
        return label
    if len(title) <= LABEL_MAX_CHARACTERS:
        return title
    cut = title[: LABEL_MAX_CHARACTERS - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:–- ") + "…"


def box(position: str, x: float, y: float, width: float) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of a label at `position` beside a marker at (x, y)."""
    _, gap_x, gap_y = next(candidate for candidate in POSITIONS if candidate[0] == position)
    if position == "above":
        return x - width / 2, y + gap_y - LABEL_HEIGHT, x + width / 2, y + gap_y
    if position == "below":
        return x - width / 2, y + gap_y, x + width / 2, y + gap_y + LABEL_HEIGHT
    if position == "right":
        return x + gap_x, y - LABEL_HEIGHT / 2, x + gap_x + width, y + LABEL_HEIGHT / 2
    return x + gap_x - width, y - LABEL_HEIGHT / 2, x + gap_x, y + LABEL_HEIGHT / 2


def overlaps(a, b) -> bool:
    return a[0] < b[2] + PAD and b[0] < a[2] + PAD and a[1] < b[3] + PAD and b[1] < a[3] + PAD


def place(chart: "Chart", plot_width: int, plot_height: int, index_shares_plot: bool = True) -> list[Placed]:
    """The labels that fit a plot of this size, most significant first; where the index is drawn
    over the plot (`index_shares_plot`), clear of its line too."""
    events = chart.events
    if events.empty or chart.x_range is None:
        return []
    xs = chart.x_fraction(events["date"]) * plot_width
    ys = chart.y_fraction(events["y"]) * plot_height
    scores = events["score"].to_numpy()
    top = ERA_STRIP if chart.eras else 0
    limit = min(MOST_LABELS, max(1, plot_width // PIXELS_PER_LABEL))
    order = np.lexsort((events["date"].to_numpy(), -np.abs(scores)))
    order = order[scores[order] != 0][: limit * CANDIDATES_PER_LABEL]
    label_texts, titles = events["label"].to_numpy(), events["title"].to_numpy()
    other_languages = fallback_languages(events)
    line = index_line(chart, plot_width, plot_height) if index_shares_plot else None
    extents = events["until"].notna().to_numpy()
    extent_ends = chart.x_fraction(events["until"][extents]) * plot_width
    placed: list[Placed] = []
    taken: list[tuple[float, float, float, float]] = []
    for row in order:
        text = label_text(label_texts[row], titles[row])
        width = text_width(text, LABEL_FONT_SIZE)
        for position, _, _ in POSITIONS:
            candidate = box(position, xs[row], ys[row], width)
            if (
                fits(candidate, plot_width, plot_height, top, taken)
                and clear_of_markers(candidate, xs, ys)
                and clear_of_extents(candidate, xs[extents], extent_ends, ys[extents])
                and (line is None or clear_of_line(candidate, *line))
            ):
                placed.append(Placed(int(row), text, position, width, other_languages[row]))
                taken.append(candidate)
                break
        if len(placed) == limit:
            break
    return placed


def fits(candidate, plot_width, plot_height, top, taken) -> bool:
    left, upper, right, lower = candidate
    if left < 0 or right > plot_width or upper < top or lower > plot_height:
        return False
    return not any(overlaps(candidate, other) for other in taken)


def index_line(chart: "Chart", plot_width: int, plot_height: int) -> tuple[np.ndarray, np.ndarray] | None:
    """The index line's points in the plot's pixels, or None without one."""
    if chart.index.empty:
        return None
    return chart.x_fraction(chart.index.index) * plot_width, chart.index_fraction(chart.index.to_numpy()) * plot_height


def clear_of_line(candidate, line_xs: np.ndarray, line_ys: np.ndarray) -> bool:
    """Whether the line, drawn straight between its points, stays out of the box."""
    left, upper, right, lower = candidate
    inside = (line_xs > left) & (line_xs < right)
    ends = np.interp([left, right], line_xs, line_ys, left=np.nan, right=np.nan)
    ys = np.concatenate([line_ys[inside], ends[~np.isnan(ends)]])
    return not (ys.size and ys.min() < lower + PAD and ys.max() > upper - PAD)


def clear_of_extents(candidate, starts: np.ndarray, ends: np.ndarray, ys: np.ndarray) -> bool:
    """Whether the lines of the dates' extents (chart.extent_ends), from `starts` to `ends` at `ys`, stay out
    of the box."""
    left, upper, right, lower = candidate
    hit = (ends > left) & (starts < right) & (ys + PAD > upper) & (ys - PAD < lower)
    return not hit.any()


def clear_of_markers(candidate, xs: np.ndarray, ys: np.ndarray) -> bool:
    left, upper, right, lower = candidate
    reach = MARKER_RADIUS
    hit = (xs + reach > left) & (xs - reach < right) & (ys + reach > upper) & (ys - reach < lower)
    return not hit.any()
