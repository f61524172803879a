"""Sums made by the database (timeline.analysis), on SQLite and PostgreSQL alike."""

import datetime

import pandas as pd
import pytest

from timeline import analysis
from timeline.models import Event

from .factories import make_event

pytestmark = pytest.mark.django_db

DAY = datetime.date


@pytest.fixture
def events():
    """Scores around week and month boundaries: Sunday 2 April 2017, Monday 3 April, 30 April, 1 May."""
    for date, score in [
        (DAY(2017, 4, 2), -8),
        (DAY(2017, 4, 2), 3),
        (DAY(2017, 4, 3), -1.5),
        (DAY(2017, 4, 30), 4),
        (DAY(2017, 5, 1), -2),
        (DAY(2017, 5, 1), 0),
    ]:
        make_event(date=date, score=score)
    make_event(date=DAY(2017, 4, 3), score=-10, status=Event.Status.DRAFT)
    return Event.objects.published()


def test_daily_scores_sum_each_day_in_date_order(events):
    days = analysis.daily_scores(events)

    assert days["date"].dt.date.tolist() == [DAY(2017, 4, 2), DAY(2017, 4, 3), DAY(2017, 4, 30), DAY(2017, 5, 1)]
    assert days["score"].tolist() == [-5.0, -1.5, 4.0, -2.0]
    assert days["events"].tolist() == [2, 1, 1, 2]


def test_weeks_start_on_monday_and_sum_escalations_and_thaws_apart(events):
    weeks = analysis.sql_period_totals(events, "week")

    assert weeks.index.date.tolist() == [DAY(2017, 3, 27), DAY(2017, 4, 3), DAY(2017, 4, 24), DAY(2017, 5, 1)]
    assert weeks["escalation"].tolist() == [-8.0, -1.5, 0.0, -2.0]
    assert weeks["thaw"].tolist() == [3.0, 0.0, 4.0, 0.0]
    assert weeks["events"].tolist() == [2, 1, 1, 2]
    assert weeks["end"].dt.date.tolist() == [DAY(2017, 4, 2), DAY(2017, 4, 9), DAY(2017, 4, 30), DAY(2017, 5, 7)]


def test_months_start_on_the_first_and_end_on_their_last_day(events):
    months = analysis.sql_period_totals(events, "month")

    assert months.index.date.tolist() == [DAY(2017, 4, 1), DAY(2017, 5, 1)]
    assert months["escalation"].tolist() == [-9.5, -2.0]
    assert months["thaw"].tolist() == [7.0, 0.0]
    assert months["events"].tolist() == [4, 2]
    assert months["end"].dt.date.tolist() == [DAY(2017, 4, 30), DAY(2017, 5, 31)]
    assert months.index.dtype == "datetime64[ns]"


def test_no_events_give_empty_sums(db):
    none = Event.objects.published()

    assert analysis.daily_scores(none).empty
    assert analysis.sql_period_totals(none, "month").empty
    assert analysis.events_frame(none.none()).empty


def test_list_rows_have_the_keys_of_the_events_frame(events):
    annotated, selected = analysis.with_texts(analysis.timeline_order(events), analysis.PAGE_COLUMNS, "en")
    rows = analysis.list_rows(annotated.values(*selected)[:2])
    frame = analysis.events_frame(analysis.timeline_order(events), analysis.PAGE_COLUMNS).head(2)

    assert [set(row) for row in rows] == [set(frame.columns)] * 2
    for row, expected in zip(rows, frame.to_dict("records"), strict=True):
        assert row["date_text"] == expected["date_text"]
        assert row["score"] == expected["score"]
        assert row["category_label"] == expected["category_label"]
        assert pd.Timestamp(row["date"]) == expected["date"]
