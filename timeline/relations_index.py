"""The relations index and its phases.

The index is a running sum of event scores in which each score fades by half
every `half_life_days`. A phase is a run of days on which the index is beyond
a threshold: below −T is a tension phase, above +T a détente phase. An
escalation that fades therefore ends its tension phase; it never becomes a
"thaw".

The index is computed per day (cheap, even over decades) but sent to the
browser only at the days that shape its line: `index_points`.
"""

import math

import numpy as np
import pandas as pd

TENSION = "tension"
DETENTE = "detente"


def relations_index(events: pd.DataFrame, half_life_days: float = 30, end=None) -> pd.Series:
    """Daily index from the first event's day to `end` (default: the last event's day).

    `events` is a DataFrame with `date` and `score` columns (one row per event or
    per day). On day t the index is the sum over events up to t of
    score × 0.5 ** ((t − event day) / half_life_days).
    """
    if half_life_days <= 0:
        raise ValueError("The half-life must be a positive number of days.")
    if events.empty:
        return pd.Series(dtype=float, name="index")
    dates = pd.DatetimeIndex(pd.to_datetime(events["date"]))
    first = dates.min()
    last_day = max(dates.max(), pd.Timestamp(end)) if end is not None else dates.max()
    days = pd.date_range(first, last_day, freq="D")
    scores = events["score"].to_numpy(dtype=float).reshape(-1, 1)
    values = daily_index(days_from(first, dates), scores, len(days), half_life_days)
    return pd.Series(values[:, 0], index=days, name="index")


def days_from(first: pd.Timestamp, dates: pd.DatetimeIndex) -> np.ndarray:
    """Whole days from `first` to each of `dates` (days at midnight), by numpy's arithmetic on the dates."""
    return (dates.to_numpy() - first.to_datetime64()) // np.timedelta64(1, "D")


def daily_index(offsets: np.ndarray, scores: np.ndarray, days: int, half_life_days: float) -> np.ndarray:
    """The index on each of `days` days from the first, for each column of `scores` (one row per event or
    day, `offsets` its days from the first): numpy arrays in and out, the recursion in pandas's ewm, which
    runs over several columns at once."""
    # A zero day before the first event starts the recursion from nothing; scores are summed per day
    # (bincount adds them in their order, as np.add.at does, many times faster).
    sums = np.column_stack([np.bincount(offsets + 1, weights=column, minlength=days + 1) for column in scores.T])
    decay = 0.5 ** (1 / half_life_days)
    # ewm with adjust=False computes y[t] = decay·y[t−1] + (1 − decay)·x[t].
    index = pd.DataFrame(sums).ewm(alpha=1 - decay, adjust=False).mean().to_numpy() / (1 - decay)
    return index[1:]


def phases(index: pd.Series, threshold: float) -> pd.DataFrame:
    """Runs of days on which the index is below −threshold (tension) or above +threshold (détente).

    One row per run: start, end (both days inside the run), phase and peak (the
    index's value farthest from zero within the run).
    """
    columns = ["start", "end", "phase", "peak"]
    values = index.to_numpy(dtype=float)
    state = np.select([values < -threshold, values > threshold], [-1, 1], 0)
    firsts = np.flatnonzero(np.diff(state, prepend=np.nan))  # the first day of each run of one state
    farthest = np.maximum.reduceat(np.abs(values), firsts) if len(values) else values
    lasts = np.append(firsts[1:], len(values)) - 1
    beyond = state[firsts] != 0
    if not beyond.any():
        return pd.DataFrame(columns=columns)
    firsts, lasts, farthest, sign = firsts[beyond], lasts[beyond], farthest[beyond], state[firsts[beyond]]
    days = index.index
    return pd.DataFrame(
        {
            "start": days[firsts],
            "end": days[lasts],
            "phase": np.where(sign < 0, TENSION, DETENTE).astype(object),
            "peak": farthest * sign,  # within a run the index keeps its sign
        },
        columns=columns,
    )


def index_points(index: pd.Series, found_phases: pd.DataFrame, tolerance: float) -> pd.Series:
    """The days of the daily index that draw its line, and their values.

    Kept: the first and last day, the edges of each phase (where the line crosses ±T, so each phase's
    area starts and ends on its own days), and as few other days as keep straight lines between the
    kept days within `tolerance` of the index on every day, measured along the index's axis. The
    chart's index axis never zooms (only its dates do), so a tolerance under a pixel of that axis
    keeps the line true at any zoom: between two days both the daily line and the drawn one are
    straight, so neither strays further from the other than on the days themselves. Jumps keep their
    day and the day before; a fading stretch keeps a few days, a flat one none.
    """
    if index.empty:
        return index
    values = index.to_numpy(dtype=float)
    keep = index.index.isin(phase_edges(found_phases)) | kinks(values, tolerance)
    keep[[0, -1]] = True
    stretches = bent_stretches(values, np.flatnonzero(keep), tolerance)
    listed = values.tolist() if stretches else []
    for start, stop in stretches:
        keep[thinned(listed, start, stop, tolerance)] = True
    return index[keep]


def kinks(values: np.ndarray, tolerance: float) -> np.ndarray:
    """Days further than `tolerance` from the straight line between the days either side of them, kept at
    once (jumps and their eves, mostly) so that the funnel, a loop in Python, only walks the smooth
    stretches between. Keeping a day more never takes the line further from the index."""
    found = np.zeros(len(values), dtype=bool)
    found[1:-1] = np.abs(values[:-2] - 2 * values[1:-1] + values[2:]) / 2 > tolerance
    return found


def bent_stretches(values: np.ndarray, anchors: np.ndarray, tolerance: float) -> list[tuple[int, int]]:
    """The stretches between consecutive kept days that one straight line cannot draw within `tolerance`
    (checked for all stretches at once): only these need the funnel."""
    if len(anchors) < 2:
        return []
    days = np.arange(len(values))
    stretch = np.searchsorted(anchors, days, side="right") - 1  # each day's stretch, by its first kept day
    stretch = np.minimum(stretch, len(anchors) - 2)
    first, last = anchors[stretch], anchors[stretch + 1]
    chord = values[first] + (values[last] - values[first]) * (days - first) / (last - first)
    off = np.bincount(stretch[np.abs(values - chord) > tolerance], minlength=len(anchors) - 1)
    return [(int(anchors[n]), int(anchors[n + 1])) for n in np.flatnonzero(off)]


def thinned(values: list[float], start: int, stop: int, tolerance: float) -> list[int]:
    """The positions kept between `start` and `stop` (both kept): from each kept day, the farthest day a
    straight line can reach while passing within `tolerance` of every day it spans (a greedy funnel: the
    slopes that pass every day so far narrow to an interval; the line to a day must lie inside it)."""
    kept = []
    anchor = start
    while anchor < stop:
        origin = values[anchor]
        farthest, low, high = anchor + 1, -math.inf, math.inf
        for day in range(anchor + 1, stop + 1):
            run = day - anchor
            rise = values[day] - origin
            if low <= rise / run <= high:
                farthest = day
            low = max(low, (rise - tolerance) / run)
            high = min(high, (rise + tolerance) / run)
            if low > high:
                break
        kept.append(farthest)
        anchor = farthest
    return kept


def phase_edges(found_phases: pd.DataFrame) -> np.ndarray:
    """The first and last day of each phase and the days just outside it, where the line crosses ±T
    (datetime64[ns], as the index's days)."""
    one_day = np.timedelta64(1, "D")
    starts = found_phases["start"].to_numpy(dtype="datetime64[ns]")
    ends = found_phases["end"].to_numpy(dtype="datetime64[ns]")
    return np.concatenate([starts, starts - one_day, ends, ends + one_day])


def index_bound(days: pd.DataFrame, half_life_days: float) -> float:
    """The largest distance from zero that the index of any subset of these events can reach.

    `days` holds, per day (`date`), the sum of the negative scores (`tension`) and
    of the positive ones (`detente`). Any filter keeps a subset of the events, whose
    index lies between the index of all negative scores and that of all positive
    ones; an index axis of ±this bound is therefore the same for every filter of the
    same data. Both indexes are computed in one pass.
    """
    if days.empty:
        return 0.0
    dates = pd.DatetimeIndex(days["date"])
    first = dates.min()
    offsets = days_from(first, dates)
    scores = days[["tension", "detente"]].to_numpy(dtype=float)
    index = daily_index(offsets, scores, int(offsets.max()) + 1, half_life_days)
    return max(float(-index[:, 0].min()), float(index[:, 1].max()))
