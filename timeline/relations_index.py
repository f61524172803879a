"""The relations index: a daily running sum of event scores in which each
score fades by half every `half_life_days`, and its phases of escalation
(the index falls) and thaw (it rises)."""

import numpy as np
import pandas as pd

ESCALATION = "escalation"
THAW = "thaw"


def relations_index(events, half_life_days=30, end=None):
    """Daily index from the first event's day to `end` (default: the last event's day).

    `events` is a DataFrame with `date` and `score` columns. On day t the index is
    the sum over events up to t of score × 0.5 ** ((t − event day) / half_life_days).
    """
    if half_life_days <= 0:
        raise ValueError("The half-life must be a positive number of days.")
    if events.empty:
        return pd.Series(dtype=float, name="index")
    daily_scores = events.groupby(pd.to_datetime(events["date"]))["score"].sum().astype(float)
    first_day = daily_scores.index.min()
    last_day = max(daily_scores.index.max(), pd.Timestamp(end)) if end is not None else daily_scores.index.max()
    # A zero day before the first event starts the recursion from nothing.
    days = pd.date_range(first_day - pd.Timedelta(days=1), last_day, freq="D")
    scores = daily_scores.reindex(days, fill_value=0.0)
    decay = 0.5 ** (1 / half_life_days)
    # ewm with adjust=False computes y[t] = decay·y[t−1] + (1 − decay)·x[t].
    index = scores.ewm(alpha=1 - decay, adjust=False).mean() / (1 - decay)
    return index.iloc[1:].rename("index")


def phases(index, min_change=0.5):
    """Runs of days in which the index keeps falling (escalation) or rising (thaw).

    Runs whose total change is smaller than `min_change` are dropped, so that
    rounding noise does not shade the chart. Returns a DataFrame with start, end,
    phase and change columns.
    """
    columns = ["start", "end", "phase", "change"]
    if index.empty:
        return pd.DataFrame(columns=columns)
    change = index.diff().fillna(index.iloc[0])
    direction = np.sign(change.round(9))
    run_number = (direction != direction.shift()).cumsum()
    runs = (
        pd.DataFrame({"day": index.index, "direction": direction, "change": change})
        .groupby(run_number)
        .agg(start=("day", "first"), end=("day", "last"), direction=("direction", "first"), change=("change", "sum"))
    )
    runs = runs[(runs["direction"] != 0) & (runs["change"].abs() >= min_change)]
    runs["phase"] = np.where(runs["direction"] < 0, ESCALATION, THAW)
    return runs[columns].reset_index(drop=True)
