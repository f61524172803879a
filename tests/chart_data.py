"""The chart's data made by pandas from per-event rows: the reference the database's sums are tested
against (tests/test_analysis.py), and how the chart's tests feed it hand-made events."""

import pandas as pd

from timeline.chart import ChartData, aggregation_period


def daily_sums(events: pd.DataFrame) -> pd.DataFrame:
    """Per day with events: date, summed score, number of events (as analysis.daily_scores)."""
    days = events.groupby("date", sort=True)["score"].agg(score="sum", events="size").reset_index()
    return days.astype({"score": float, "events": int})


def period_totals(events: pd.DataFrame, period: str) -> pd.DataFrame:
    """Per week (from Monday) or month, by its first day: summed escalations, thaws, events, last day
    (as analysis.sql_period_totals)."""
    dates = events["date"]
    if period == "week":
        starts = dates - pd.to_timedelta(dates.dt.day_of_week, unit="D")
        ends = starts + pd.Timedelta(days=6)
    else:
        starts = dates.dt.to_period("M").dt.start_time
        ends = dates.dt.to_period("M").dt.end_time.dt.normalize()
    scores = events["score"]
    totals = pd.DataFrame(
        {"escalation": scores.clip(upper=0), "thaw": scores.clip(lower=0), "events": 1, "end": ends}
    ).groupby(starts.rename("start"))
    totals = totals.agg(
        escalation=("escalation", "sum"), thaw=("thaw", "sum"), events=("events", "sum"), end=("end", "first")
    )
    totals.index = totals.index.astype("datetime64[ns]")
    return totals.astype({"end": "datetime64[ns]"})


def data_of(events: pd.DataFrame) -> ChartData:
    """What chart_context.chart_data reads from the database, made from an events frame."""
    days = daily_sums(events)
    period = aggregation_period(days)
    if period is None:
        return ChartData(days, events, pd.DataFrame())
    return ChartData(days, events.iloc[:0], period_totals(events, period), period)
