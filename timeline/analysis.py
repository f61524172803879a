"""Events as pandas frames: one query per table, whatever the number of events.

Every aggregation of events over time (the chart, the index, the downloads)
starts from these frames.
"""

import calendar

import numpy as np
import pandas as pd
from django.db import connections

from .models import Event, Evidence

EVENT_COLUMNS = [
    "id",
    "slug",
    "title",
    "label",
    "summary",
    "date",
    "date_precision",
    "end_date",
    "score",
    "category",
    "theater__name",
    "theater__slug",
]
# The timeline page never shows summaries; leaving them out halves the read.
PAGE_COLUMNS = [column for column in EVENT_COLUMNS if column != "summary"]
MONTH_NAMES = dict(enumerate(calendar.month_name))
EVIDENCE_COLUMNS = [
    "id",
    "event_id",
    "quote",
    "speaker",
    "source_id",
    "source__outlet",
    "source__headline",
    "source__url",
    "source__published",
]


def frame_of(queryset, columns):
    """The queryset's rows as a DataFrame, read straight from the database cursor.

    At 100,000 rows Django's per-row conversion costs more than the query;
    pandas converts the raw columns at once instead.
    """
    sql, params = queryset.values_list(*columns).query.sql_with_params()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return pd.DataFrame.from_records(cursor.fetchall(), columns=columns)


def events_frame(events, columns=EVENT_COLUMNS):
    """One row per event, with its score as a float and its date in words."""
    frame = frame_of(events, columns)
    frame = frame.rename(columns={"theater__name": "theater", "theater__slug": "theater_slug"})
    frame["score"] = frame["score"].astype(float)
    frame["date"] = pd.to_datetime(frame["date"]).astype("datetime64[ns]")
    frame["end_date"] = pd.to_datetime(frame["end_date"]).astype("datetime64[ns]")
    frame["category_label"] = frame["category"].map(dict(Event.Category.choices))
    frame["date_text"] = dates_in_words(frame)
    return frame


def dates_in_words(frame):
    """The vectorised twin of Event.date_in_words."""
    if frame.empty:
        return pd.Series(dtype=str, index=frame.index)
    day = day_in_words(frame["date"])
    precision = frame["date_precision"]
    text = pd.Series(
        np.select(
            [precision == "week", precision == "month", precision == "year", precision == "approximate"],
            ["week of " + day, month_in_words(frame["date"]), frame["date"].dt.year.astype(str), "around " + day],
            default=day,
        ),
        index=frame.index,
    )
    has_end = frame["end_date"].notna()
    text[has_end] = text[has_end] + " to " + day_in_words(frame.loc[has_end, "end_date"])
    return text


def day_in_words(dates):
    return dates.dt.day.astype(str) + " " + month_in_words(dates)


def month_in_words(dates):
    """'April 2017'; built from numbers, as strftime is slow on large columns."""
    return dates.dt.month.map(MONTH_NAMES) + " " + dates.dt.year.astype(str)


def actors_frame(events):
    """One row per (event, actor) pair."""
    columns = ["event_id", "actor__name", "actor__side"]
    pairs = Event.actors.through.objects.filter(event__in=events).order_by("actor__name")
    return pd.DataFrame.from_records(pairs.values_list(*columns), columns=columns).rename(
        columns={"actor__name": "actor", "actor__side": "side"}
    )


def evidence_frame(events):
    """One row per evidence quote of the events, with its source."""
    rows = Evidence.objects.filter(event__in=events).order_by("event_id", "pk").values_list(*EVIDENCE_COLUMNS)
    frame = pd.DataFrame.from_records(rows, columns=EVIDENCE_COLUMNS)
    return frame.rename(columns=lambda name: name.replace("source__", "source_"))


def first_quotes(evidence):
    """The first quote of each event, indexed by event id."""
    return evidence.drop_duplicates("event_id").set_index("event_id")


def period_totals(events, period):
    """Per week (from Monday) or month: summed escalation scores, summed thaw scores, event count, last day."""
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
    return totals.agg(
        escalation=("escalation", "sum"), thaw=("thaw", "sum"), events=("events", "sum"), end=("end", "first")
    )
