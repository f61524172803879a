"""Date ticks for the chart's x axis, chosen on the server so both renderings share them."""

from collections.abc import Callable
from functools import cache

import numpy as np
import pandas as pd

from . import dates
from .text_width import text_width

TICK_FONT_SIZE = 11
TICK_GAP = 14  # pixels between neighbouring tick labels
# Candidate spacings, finest first: (pandas frequency, about how many days, what a tick says).
STEPS = [
    ("D", 1, "day"),
    ("2D", 2, "day"),
    ("W-MON", 7, "day"),
    ("2W-MON", 14, "day"),
    ("MS", 30, "month"),
    ("2MS", 61, "month"),
    ("QS", 91, "month"),
    ("6MS", 182, "month"),
    ("YS", 365, "year"),
    ("2YS", 730, "year"),
    ("5YS", 1826, "year"),
    ("10YS", 3652, "year"),
    ("20YS", 7305, "year"),
    ("50YS", 18262, "year"),
]
# A label centred on its tick may reach this far into the chart's margin, which must keep a few pixels.
MARGIN_KEPT = 4


def tick_text(day: pd.Timestamp, unit: str) -> str:
    if unit == "year":
        return str(day.year)
    if unit == "month":
        return dates.short_month(day)
    return dates.short_day(day)


# A spacing's candidate days, their texts, their labels' half widths and their days from the range's start.
Labelled = tuple[list[pd.Timestamp], list[str], list[float], np.ndarray]


def date_tick_tiers(
    x_range: tuple[pd.Timestamp, pd.Timestamp], boxes: list[tuple[int, tuple[int, int]]]
) -> list[list[tuple[pd.Timestamp, str]]]:
    """date_ticks for each (plot width, margins) of one range, each spacing's candidates labelled once."""
    labelled = cache(lambda frequency, unit: labelled_days(x_range, frequency, unit))
    return [date_ticks(x_range, plot_width, margins, labelled) for plot_width, margins in boxes]


def labelled_days(x_range: tuple[pd.Timestamp, pd.Timestamp], frequency: str, unit: str) -> Labelled:
    days = candidate_days(*x_range, frequency, unit)
    texts = [tick_text(day, unit) for day in days]
    offsets = ((days - x_range[0]) / pd.Timedelta(days=1)).to_numpy(dtype=float)
    return days.tolist(), texts, [text_width(text, TICK_FONT_SIZE) / 2 for text in texts], offsets


def date_ticks(
    x_range: tuple[pd.Timestamp, pd.Timestamp],
    plot_width: int,
    margins: tuple[int, int] = (30, 30),
    labelled: Callable[[str, str], Labelled] | None = None,
) -> list[tuple[pd.Timestamp, str]]:
    """The finest spacing whose labels fit side by side in `plot_width` pixels.

    A label that would stick out of the chart (the plot and its left and right `margins`) is left out.
    """
    room_left, room_right = margins[0] - MARGIN_KEPT, margins[1] - MARGIN_KEPT
    start, end = x_range
    span_days = max((end - start) / pd.Timedelta(days=1), 1.0)
    for frequency, step_days, unit in STEPS:
        if span_days / step_days > plot_width / 24:
            continue  # far too many ticks for the width
        days, texts, halves, offsets = (
            labelled(frequency, unit) if labelled else labelled_days(x_range, frequency, unit)
        )
        if len(days) == 0:
            continue
        positions = offsets / span_days * plot_width
        inside = [
            i for i, (x, half) in enumerate(zip(positions.tolist(), halves, strict=True))
            if x - half >= -room_left and x + half <= plot_width + room_right
        ]  # fmt: skip
        spacing = plot_width * step_days / span_days
        if inside and spacing >= 2 * max(halves) + TICK_GAP:
            return [(days[i], texts[i]) for i in inside]
    return []


def candidate_days(start: pd.Timestamp, end: pd.Timestamp, frequency: str, unit: str) -> pd.DatetimeIndex:
    if unit == "year" and frequency != "YS":
        # Every n-th year counted from the range's start is a round year only if that year is: take each
        # year's first day and keep the round ones.
        days = pd.date_range(start.normalize(), end, freq="YS")
        days = days[days.year % int(frequency[:-2]) == 0]
    else:
        days = pd.date_range(start.normalize(), end, freq=frequency)
    return days[(days >= start) & (days <= end)]
