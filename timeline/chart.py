"""What the timeline chart draws, computed once for both of its renderings.

`build_chart` turns `ChartData` (the database's per-day sums, and either each
event's row or the sums per week or month: chart_context.chart_data) into a
`Chart`: the markers (dodged where events share a day and a score), the x range,
the sampled index and its phases, the eras, the date ticks and the labels for
each width the chart may be drawn at. `figures.py` draws it with plotly.js, `static_chart.py` as the
server-drawn SVG that is painted first; both read these numbers, so a marker
sits at the same place in each.
"""

import datetime
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from django.conf import settings
from django.utils import timezone

from . import labels, ticks
from .dates import MONTH, WEEK, YEAR
from .eras.records import EraRecord
from .relations_index import index_points, phases, relations_index
from .text_width import text_width

# The score axis is fixed: −10…+10, with room for a marker's half at each end.
SCORE_LIMIT = 10
SCORE_RANGE = (-10.8, 10.8)
# Events sharing a day and a score are stacked this far apart (in score units)
# around their score, so each has its own marker to hover, click and focus.
DODGE = 0.75
# Above this many events the chart sums scores per week (within two years) or month.
MARKER_LIMIT = 2000
WEEKS_UP_TO_DAYS = 2 * 365
# The x axis reaches this far beyond the first and last event (a share of the span, at least a few days).
X_PADDING_SHARE = 0.03
X_PADDING_DAYS = 3
# The range slider appears on the page when the events span more than this.
SLIDER_FROM_DAYS = 366
ERA_TITLE_FONT_SIZE = 10
ERA_TITLE_INSET = 3  # from the top left corner of an era's band to its title, in pixels
ERA_TITLE_CLEARANCE = 2  # between the eras' strip and the top gridline, in pixels


@dataclass(frozen=True)
class Layout:
    """The chart's box in pixels: the plot area's margins and the index strip of narrow screens."""

    height: int
    margin_left: int
    margin_right: int
    margin_top: int
    margin_bottom: int
    strip: int = 0  # the index's own strip below the plot; 0 where the index shares the plot
    strip_gap: int = 0
    slider: int = 0  # room plotly.js adds below the date ticks for the range slider

    @property
    def plot_height(self) -> int:
        return self.height - self.margin_top - self.margin_bottom - self.slider - self.strip - self.strip_gap


# The widths at which more labels and ticks appear (the chart's own width, in
# CSS pixels); below NARROW_BELOW the index gets its own strip and one axis.
TIER_WIDTHS = [300, 480, 720, 960, 1200]
NARROW_BELOW = 480


@dataclass
class Chart:
    events: pd.DataFrame  # one row per marker: date, y (dodged), until (extent_ends), score, slug, title, ...
    x_range: tuple[pd.Timestamp, pd.Timestamp] | None
    index: pd.Series  # the index at the days that draw its line
    phases: pd.DataFrame  # start, end, phase, peak
    phase_areas: list[tuple[str, slice]]  # per phase: the positions in `index` of the points outlining its area
    eras: list[EraRecord]
    threshold: float
    index_bound: float
    half_life: float
    period: str | None = None  # "week" or "month" when scores are summed per period
    totals: pd.DataFrame = field(default_factory=pd.DataFrame)  # per period, when `period` is set
    score_range: tuple[float, float] = SCORE_RANGE
    score_ticks: list[float] = field(default_factory=list)  # the score axis's gridlines
    slider: bool = False
    layouts: dict[str, Layout] = field(default_factory=dict)
    tick_tiers: list[list[tuple[pd.Timestamp, str]]] = field(default_factory=list)
    label_tiers: list[list[labels.Placed]] = field(default_factory=list)
    era_title_tiers: list[list[bool]] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return self.events.empty and self.totals.empty

    @property
    def has_extents(self) -> bool:
        return bool(self.events["until"].notna().any())

    @property
    def bounds(self) -> tuple[pd.Timestamp, pd.Timestamp]:
        """The x range, for what is only drawn when there is one."""
        if self.x_range is None:
            raise ValueError("This chart has no dates to draw.")
        return self.x_range

    def x_fraction(self, dates) -> np.ndarray:
        """Dates as fractions of the x range, 0 at the left edge, 1 at the right."""
        start, end = self.bounds
        span = (end - start) / pd.Timedelta(days=1)
        days = np.asarray(dates, dtype="datetime64[ns]")  # numpy's arithmetic, as pandas's, without its wrappers
        return (days - start.to_datetime64()) / np.timedelta64(1, "D") / span

    def y_fraction(self, values) -> np.ndarray:
        """Scores as fractions of the plot height from the top."""
        low, high = self.score_range
        return (high - np.asarray(values, dtype=float)) / (high - low)

    def index_fraction(self, values) -> np.ndarray:
        bound = self.index_bound
        return (bound - np.asarray(values, dtype=float)) / (2 * bound)


def layouts_for(height: int, slider: bool) -> dict[str, Layout]:
    """The wide layout (index on a right-hand axis) and the narrow one (index in a strip below), at least
    NARROW_MIN_HEIGHT tall."""
    room = slider_room(height) if slider else 0
    return {
        "wide": Layout(height, margin_left=44, margin_right=52, margin_top=10, margin_bottom=30, slider=room),
        "narrow": Layout(
            max(height, NARROW_MIN_HEIGHT),
            margin_left=38,
            margin_right=12,
            margin_top=10,
            margin_bottom=30,
            slider=room,
            strip=STRIP,
            strip_gap=STRIP_GAP,
        ),
    }


def slider_room(height: int) -> int:
    """What plotly.js adds to the bottom margin for its range slider: the slider (SLIDER_THICKNESS of
    the plot's height within the margins) and its gaps, as measured in Chromium."""
    return round(SLIDER_THICKNESS * (height - 10 - 30) + SLIDER_GAPS)


SLIDER_THICKNESS = 0.1
SLIDER_GAPS = 32.5
STRIP = 60
STRIP_GAP = 14
# Narrow, the strip, its gap and the margins take 114 px: a shorter chart (an embed's is 180 px at its smallest)
# would leave the plot too short to read, so a narrow chart keeps its plot 140 px tall, the wide one's at 180 px.
# chart.css gives the static chart's sizer the same min-height below NARROW_BELOW; chart.js reads the sizer.
NARROW_MIN_HEIGHT = 140 + 10 + 30 + STRIP + STRIP_GAP


def aggregation_period(days: pd.DataFrame) -> str | None:
    """None when every event gets its marker; else "week" or "month", by the span of the events.

    `days` holds the number of `events` of each day with events (analysis.daily_scores)."""
    if days.empty or days["events"].to_numpy().sum() <= MARKER_LIMIT:
        return None
    dates = days["date"].to_numpy()
    return "week" if dates.max() - dates.min() <= np.timedelta64(WEEKS_UP_TO_DAYS, "D") else "month"


def x_range_of(
    days: pd.DataFrame, date_from: datetime.date | None, date_to: datetime.date | None
) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The requested dates where given; otherwise the days with events, with a little room. None: nothing to show."""
    if days.empty and not (date_from and date_to):
        return None
    if not days.empty:
        first, last = days["date"].min(), days["date"].max()
        padding = max((last - first) * X_PADDING_SHARE, pd.Timedelta(days=X_PADDING_DAYS))
        start, end = (first - padding).floor("D"), (last + padding).ceil("D")
    if date_from:
        start = pd.Timestamp(date_from)
    if date_to:
        end = pd.Timestamp(date_to) + pd.Timedelta(days=1)  # the whole last day
    if days.empty:
        start, end = (start, end) if date_from and date_to else (end - pd.Timedelta(days=30), end)
    return start, end


def dodged(events: pd.DataFrame) -> pd.Series:
    """Each event's y: its score, moved up or down by DODGE steps when others share its day and score."""
    group = events.groupby(["date", "score"], sort=False)
    position = group.cumcount()
    size = group["score"].transform("size")
    offset = (position - (size - 1) / 2) * DODGE
    y = events["score"] + offset
    # Keep a stack inside the axis: shift it back as a whole when it would leave ±10.8.
    overflow_high = (events["score"] + (size - 1) / 2 * DODGE - SCORE_RANGE[1]).clip(lower=0)
    overflow_low = (SCORE_RANGE[0] - (events["score"] - (size - 1) / 2 * DODGE)).clip(lower=0)
    return y - overflow_high + overflow_low


PERIOD_LENGTHS = {WEEK: pd.DateOffset(weeks=1), MONTH: pd.DateOffset(months=1), YEAR: pd.DateOffset(years=1)}


def extent_ends(events: pd.DataFrame) -> pd.Series:
    """Where an event's date covers more than its day, the day after the last one it covers (the end of its
    span, week, month or year), drawn as a line from its marker: a point alone would give a day the data
    does not. NaT for a day, and for an approximate one, which gives no bounds."""
    until = pd.Series(pd.NaT, index=events.index, dtype="datetime64[ns]")
    for precision, length in PERIOD_LENGTHS.items():
        rows = events["date_precision"] == precision
        until[rows] = events.loc[rows, "date"] + length
    spans = events["end_date"].notna()
    until[spans] = events.loc[spans, "end_date"] + pd.Timedelta(days=1)
    return until


@dataclass(frozen=True)
class ChartData:
    """What the chart is drawn from: sums the database makes, and per-event rows only for the markers."""

    days: pd.DataFrame  # one row per day with events: date, summed score, number of events
    events: pd.DataFrame  # one row per event (analysis.events_frame, in timeline order) when each gets a marker
    totals: pd.DataFrame  # per week or month (analysis.sql_period_totals) when the scores are summed
    period: str | None = None  # "week" or "month" when the scores are summed per period

    @property
    def count(self) -> int:
        return int(self.days["events"].sum()) if not self.days.empty else 0


def build_chart(
    data: ChartData,
    eras: list[EraRecord],
    index_bound: float,
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
    height: int = 440,
    slider: bool = False,
) -> Chart:
    """The chart of `data` between the requested dates: the index and its phases from the per-day
    sums, a marker per event or a bar per period."""
    half_life = settings.RELATIONS_INDEX_HALF_LIFE_DAYS
    threshold = settings.RELATIONS_PHASE_THRESHOLD
    x_range = chart_range(data, date_from, date_to)
    if x_range is not None and not data.days.empty:
        daily = relations_index(data.days, half_life, end=index_end(x_range, data.days))
        found = phases(daily, threshold)
        index = index_points(daily, found, index_tolerance(nice_bound(index_bound), height))
    else:
        index = pd.Series(dtype=float)
        found = phases(index, threshold)
    spans_long = x_range is not None and (x_range[1] - x_range[0]) > pd.Timedelta(days=SLIDER_FROM_DAYS)
    events = data.events
    chart = Chart(
        events=events.assign(y=dodged(events), until=extent_ends(events))
        if data.period is None
        else events.iloc[:0].assign(y=0.0, until=pd.Series(dtype="datetime64[ns]")),
        x_range=x_range,
        index=index,
        phases=found,
        phase_areas=phase_areas(index, found),
        eras=eras if x_range is not None else [],
        threshold=threshold,
        index_bound=nice_bound(index_bound),
        half_life=half_life,
        slider=slider and spans_long,
    )
    if data.period is not None:
        chart.period, chart.totals = data.period, data.totals
        chart.score_range = totals_range(chart.totals)
    chart.layouts = layouts_for(height, chart.slider)
    chart.score_ticks = score_ticks(chart)
    if chart.eras:
        chart.score_range = clear_of_era_titles(chart.score_range, max(chart.score_ticks), chart.layouts)
    if chart.x_range is not None:
        chart.tick_tiers = ticks.date_tick_tiers(
            chart.x_range, [(tier_plot_width(chart, width), tier_margins(chart, width)) for width in TIER_WIDTHS]
        )
        chart.label_tiers = [
            labels.place(chart, *tier_plot_size(chart, width), index_shares_plot=width >= NARROW_BELOW)
            for width in TIER_WIDTHS
        ]
        chart.era_title_tiers = [era_titles_fit(chart, tier_plot_width(chart, width)) for width in TIER_WIDTHS]
    return chart


def index_end(x_range: tuple[pd.Timestamp, pd.Timestamp], days: pd.DataFrame) -> pd.Timestamp:
    """The index's last day: the chart's, but not after today unless an event is dated later. Past today
    the index would be a forecast (its scores fading with no events to come), not what the data says."""
    today = pd.Timestamp(timezone.localdate())
    return min(x_range[1], max(today, days["date"].max()))


def chart_range(
    data: ChartData, date_from: datetime.date | None, date_to: datetime.date | None
) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The dates the chart spans (x_range_of); summed per period, whole periods (the index is drawn
    to the last one's end, not beyond)."""
    return period_range(data.totals, date_from, date_to) if data.period else x_range_of(data.days, date_from, date_to)


def period_range(
    totals: pd.DataFrame, date_from: datetime.date | None, date_to: datetime.date | None
) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The whole of the first and last periods, or the requested dates where given."""
    start = pd.Timestamp(date_from) if date_from else totals.index.min()
    end = pd.Timestamp(date_to) + pd.Timedelta(days=1) if date_to else totals["end"].max() + pd.Timedelta(days=1)
    return start, end


def tier_layout(chart: Chart, width: int) -> Layout:
    return chart.layouts["narrow" if width < NARROW_BELOW else "wide"]


def tier_margins(chart: Chart, width: int) -> tuple[int, int]:
    layout = tier_layout(chart, width)
    return layout.margin_left, layout.margin_right


def tier_plot_width(chart: Chart, width: int) -> int:
    layout = tier_layout(chart, width)
    return width - layout.margin_left - layout.margin_right


def tier_plot_size(chart: Chart, width: int) -> tuple[int, int]:
    return tier_plot_width(chart, width), tier_layout(chart, width).plot_height


def era_bounds(chart: Chart, era: EraRecord) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The part of the era inside the x range, as [first day, day after the last)."""
    start, end = chart.bounds
    first = max(pd.Timestamp(era.start), start)
    last = min(pd.Timestamp(era.drawn_end(end.date())) + pd.Timedelta(days=1), end)
    return first, last


def era_titles_fit(chart: Chart, plot_width: int) -> list[bool]:
    """Whether each era's title fits inside its band, before the next era's start: written past its band,
    it would name days outside the era."""
    if not chart.eras:
        return []
    bounds = [era_bounds(chart, era) for era in chart.eras]
    starts = chart.x_fraction([first for first, _ in bounds]) * plot_width
    ends = chart.x_fraction([last for _, last in bounds]) * plot_width
    room_ends = np.minimum(ends, [*starts[1:], plot_width])
    return [
        bool(room_end - start >= text_width(era.title, ERA_TITLE_FONT_SIZE) + 2 * ERA_TITLE_INSET + 2)
        for era, start, room_end in zip(chart.eras, starts, room_ends, strict=True)
    ]


def phase_areas(index: pd.Series, found: pd.DataFrame) -> list[tuple[str, slice]]:
    """For each phase, the positions of the index points inside it: with the threshold line they
    outline its shaded area."""
    days = index.index.to_numpy()
    firsts = days.searchsorted(pd.DatetimeIndex(found["start"]).to_numpy()).tolist()
    lasts = days.searchsorted(pd.DatetimeIndex(found["end"]).to_numpy(), side="right").tolist()
    return [
        (str(phase), slice(first, last))
        for phase, first, last in zip(found["phase"].tolist(), firsts, lasts, strict=True)
        if last > first
    ]


def index_tolerance(bound: float, height: int) -> float:
    """How far (in index units) the drawn index line may stray from the daily index: a quarter of a CSS
    pixel of the index axis (±bound) where it is tallest, the wide layout's whole plot without a range
    slider; half a device pixel on a 2× screen and in the 2× link-preview image, where half a CSS pixel
    showed the fading curve as straight pieces."""
    return bound / 2 / layouts_for(height, slider=False)["wide"].plot_height


def nice_bound(bound: float) -> float:
    """The index axis's half-range: the bound rounded up to a round number (at least 10)."""
    bound = max(bound * 1.05, 10.0)
    magnitude = 10 ** np.floor(np.log10(bound))
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if bound <= step * magnitude:
            return float(step * magnitude)
    return float(10 * magnitude)


def score_ticks(chart: Chart) -> list[float]:
    """The score axis's gridlines: every 5 on −10…+10, or round steps within the summed scores' range."""
    if not chart.period:
        return [float(value) for value in range(-SCORE_LIMIT, SCORE_LIMIT + 1, 5)]
    bound = chart.score_range[1]
    step = nice_step(bound)
    return [float(value) for value in np.arange(-np.floor(bound / step) * step, bound, step)]


def nice_step(bound: float) -> float:
    magnitude = 10 ** np.floor(np.log10(max(bound, 1)))
    for step in (1, 2, 5, 10):
        if bound / (step * magnitude) <= 3:
            return float(step * magnitude)
    return float(10 * magnitude)


def clear_of_era_titles(
    score_range: tuple[float, float], top_tick: float, layouts: dict[str, Layout]
) -> tuple[float, float]:
    """The score range widened (both ends alike, so zero stays level with the index's zero) until the
    top gridline lies below the strip where the eras' titles are written, in every layout."""
    plot_height = min(layout.plot_height for layout in layouts.values())
    share = (labels.ERA_STRIP + ERA_TITLE_CLEARANCE) / plot_height  # of the plot's height, from its top
    low, high = score_range
    # The gap between the top tick and the range's top is share × (high − low): solve for a symmetric range.
    needed = top_tick / (1 - 2 * share)
    return (low, high) if high >= needed else (-needed, needed)


def totals_range(totals: pd.DataFrame) -> tuple[float, float]:
    bound = max(float(totals["thaw"].max()), float(-totals["escalation"].min()), 1.0) * 1.08
    return -bound, bound
