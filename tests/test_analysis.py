"""Sums made by the database (timeline.analysis), on SQLite and PostgreSQL alike."""

import datetime

import pandas as pd
import pytest

from timeline import analysis, bilingual, localised
from timeline.chart_context import chart_data as chart_data_of
from timeline.models import Event
from timeline.relations_index import phases, relations_index

from . import chart_data
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

    written = {"score_text", "direction", "iso_date", "slug_path", "title_html", "theater_html"}
    assert [set(row) for row in rows] == [set(frame.columns) | written] * 2
    for row, expected in zip(rows, frame.to_dict("records"), strict=True):
        assert row["date_text"] == expected["date_text"]
        assert row["score"] == expected["score"]
        assert row["category_label"] == expected["category_label"]
        assert pd.Timestamp(row["date"]) == expected["date"]
        # What the lists write of the row, as the template filters wrote it.
        assert row["score_text"] == localised.decimal(expected["score"])
        assert row["direction"] == (
            "escalation" if expected["score"] < 0 else "thaw" if expected["score"] > 0 else "neutral"
        )
        assert row["iso_date"] == expected["date"].date().isoformat()
        assert row["title_html"] == bilingual.shown(row, "title").as_html()


# The database's sums against pandas's from the same events' rows (tests/chart_data.py).


@pytest.fixture
def scattered():
    """Hand-made events over two years: several on one day, across week, month and year ends."""
    for number, (date, score) in enumerate(
        [
            (DAY(2016, 12, 31), -3),
            (DAY(2017, 1, 1), 2.5),
            (DAY(2017, 1, 1), -7),
            (DAY(2017, 1, 1), 0),
            (DAY(2017, 1, 2), 4),
            (DAY(2017, 2, 28), -10),
            (DAY(2017, 3, 1), 6),
            (DAY(2017, 12, 31), -0.5),
            (DAY(2018, 1, 1), 1),
            (DAY(2018, 6, 17), -4),
            (DAY(2018, 6, 17), -4),
        ]
    ):
        make_event(date=date, score=score, title=f"Event {number}")
    return Event.objects.published()


def rows_of(events):
    return analysis.events_frame(analysis.timeline_order(events), analysis.PAGE_COLUMNS)


def test_the_daily_sums_are_pandas_sums_of_the_rows(scattered):
    pd.testing.assert_frame_equal(analysis.daily_scores(scattered), chart_data.daily_sums(rows_of(scattered)))


@pytest.mark.parametrize("period", ["week", "month"])
def test_the_period_sums_are_pandas_sums_of_the_rows(scattered, period):
    by_sql = analysis.sql_period_totals(scattered, period)
    by_pandas = chart_data.period_totals(rows_of(scattered), period)

    pd.testing.assert_frame_equal(by_sql, by_pandas, check_names=False, check_freq=False)


def test_the_index_and_phases_from_the_daily_sums_are_those_of_every_row(scattered):
    from_days = relations_index(analysis.daily_scores(scattered), 30)
    from_rows = relations_index(rows_of(scattered), 30)

    pd.testing.assert_series_equal(from_days, from_rows)
    pd.testing.assert_frame_equal(phases(from_days, 5), phases(from_rows, 5))


def test_the_chart_reads_each_event_only_when_it_draws_its_marker(scattered, monkeypatch):
    markers = chart_data_of(scattered)
    assert markers.period is None
    assert markers.events["slug"].tolist() == rows_of(scattered)["slug"].tolist()
    assert markers.count == 11

    monkeypatch.setattr("timeline.chart.MARKER_LIMIT", 10)
    summed = chart_data_of(scattered)
    assert summed.period == "week"  # more than the limit, within two years
    assert summed.events.empty
    assert summed.totals["events"].sum() == summed.count == 11
    pd.testing.assert_frame_equal(summed.days, markers.days)
