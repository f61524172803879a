"""The relations index and its phases.

The index is a running sum of event scores in which each score fades by half
every `half_life_days`. A phase is a run of days on which the index is beyond
a threshold: below −T is a tension phase, above +T a détente phase. An
escalation that fades therefore ends its tension phase; it never becomes a
"thaw".

The index is computed per day (cheap, even over decades) but sent to the
browser only at the days that shape its line: `index_points`.
"""

import numpy as np
import pandas as pd

TENSION = "tension"
DETENTE = "detente"
# Offsets after the last event, in half-lives, at which the fading index is
# sampled: drawn straight between them, the curve is off by under 1 % of its height.
DECAY_SAMPLES = np.array([0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8, 11, 14])


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
    last_day = max(dates.max(), pd.Timestamp(end)) if end is not None else dates.max()
    # A zero day before the first event starts the recursion from nothing.
    days = pd.date_range(dates.min() - pd.Timedelta(days=1), last_day, freq="D")
    scores = np.zeros(len(days))
    np.add.at(scores, (dates - days[0]).days.to_numpy(), events["score"].to_numpy(dtype=float))  # summed per day
    decay = 0.5 ** (1 / half_life_days)
    # ewm with adjust=False computes y[t] = decay·y[t−1] + (1 − decay)·x[t].
    index = pd.Series(scores, index=days).ewm(alpha=1 - decay, adjust=False).mean() / (1 - decay)
    return index.iloc[1:].rename("index")


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


def index_points(index: pd.Series, half_life_days: float, found_phases: pd.DataFrame, floor: float) -> pd.Series:
    """The days of the daily index that draw its line, and their values.

    Kept: the first and last day; each day on which the index jumps (a day with
    events) and the day before it; the days where it crosses into and out of a
    phase; and, after each jump until the next, samples of the fading index
    (DECAY_SAMPLES, in half-lives) while it is more than `floor` from zero. The rest lies on straight
    lines between these points to within a pixel, so the figure grows with the
    events, not with the span.
    """
    if index.empty:
        return index
    values = index.to_numpy()
    decay = 0.5 ** (1 / half_life_days)
    jumps = np.flatnonzero(np.abs(values[1:] - values[:-1] * decay) > 1e-9) + 1
    keep = np.zeros(len(values), dtype=bool)
    keep[[0, -1]] = True
    keep[jumps] = True
    keep[jumps - 1] = True
    samples = decay_samples(jumps, len(values), half_life_days)
    keep[samples[np.abs(values[samples]) > floor]] = True
    keep |= index.index.isin(phase_edges(found_phases))
    return index[keep]


def decay_samples(jumps: np.ndarray, days: int, half_life_days: float) -> np.ndarray:
    """The days sampled on each fading stretch: DECAY_SAMPLES after the first day and after each jump,
    up to the next jump (after it, the next stretch's own samples draw the line)."""
    starts = np.concatenate([[0], jumps])
    ends = np.append(jumps, days)
    offsets = np.round(DECAY_SAMPLES * half_life_days).astype(int)
    samples = starts[:, None] + offsets[None, :]
    return samples[samples < ends[:, None]]


def phase_edges(found_phases: pd.DataFrame) -> pd.DatetimeIndex:
    """The first and last day of each phase and the days just outside it, where the line crosses ±T."""
    one_day = pd.Timedelta(days=1)
    starts, ends = pd.DatetimeIndex(found_phases["start"]), pd.DatetimeIndex(found_phases["end"])
    return pd.DatetimeIndex(np.concatenate([starts, starts - one_day, ends, ends + one_day]))


def index_bound(tension_days: pd.DataFrame, detente_days: pd.DataFrame, half_life_days: float) -> float:
    """The largest distance from zero that the index of any subset of these events can reach.

    `tension_days` and `detente_days` hold the (date, score) sums of the negative
    and of the positive scores. Any filter keeps a subset of the events, whose
    index lies between the index of all negative scores and that of all
    positive ones; an index axis of ±this bound is therefore the same for every
    filter of the same data.
    """
    lows = relations_index(tension_days, half_life_days)
    highs = relations_index(detente_days, half_life_days)
    return max(float(-lows.min()) if not lows.empty else 0.0, float(highs.max()) if not highs.empty else 0.0)
