import datetime

import numpy as np
import pandas as pd
import pytest

from timeline.relations_index import DETENTE, TENSION, index_bound, index_points, phases, relations_index


def events(*rows):
    return pd.DataFrame(rows, columns=["date", "score"])


def day(n):
    return pd.Timestamp(datetime.date(2017, 4, 1) + datetime.timedelta(days=n))


def test_a_single_event_counts_in_full_on_its_day_and_halves_every_half_life():
    index = relations_index(events((datetime.date(2017, 4, 1), -8)), half_life_days=10, end=day(30))

    assert index.index[0] == day(0)
    assert index[day(0)] == pytest.approx(-8)
    assert index[day(10)] == pytest.approx(-4)
    assert index[day(20)] == pytest.approx(-2)
    assert index[day(30)] == pytest.approx(-1)
    assert len(index) == 31


def test_the_half_life_sets_the_speed_of_fading():
    single = events((datetime.date(2017, 4, 1), 6))

    slow = relations_index(single, half_life_days=30, end=day(30))
    fast = relations_index(single, half_life_days=15, end=day(30))

    assert slow[day(30)] == pytest.approx(3)
    assert fast[day(30)] == pytest.approx(1.5)


def test_two_events_of_opposite_sign_add_up_with_their_own_decay():
    index = relations_index(
        events((datetime.date(2017, 4, 1), -10), (datetime.date(2017, 4, 11), 10)), half_life_days=10
    )

    assert index[day(9)] == pytest.approx(-10 * 0.5**0.9)
    assert index[day(10)] == pytest.approx(-5 + 10)
    assert index.index[-1] == day(10)


def test_events_on_the_same_day_are_summed():
    index = relations_index(events((datetime.date(2017, 4, 1), -5), (datetime.date(2017, 4, 1), -3)))

    assert index[day(0)] == pytest.approx(-8)


def series(*values, start=0):
    """A hand-made daily index."""
    return pd.Series(values, index=pd.date_range(day(start), periods=len(values), freq="D"), dtype=float)


def test_no_events_give_an_empty_index_and_no_phases():
    index = relations_index(events())

    assert index.empty
    assert phases(index, 5).empty


def test_a_half_life_must_be_positive():
    with pytest.raises(ValueError, match="half-life"):
        relations_index(events((datetime.date(2017, 4, 1), 1)), half_life_days=0)


def test_per_day_sums_give_the_same_index_as_the_events():
    separate = events((datetime.date(2017, 4, 1), -5), (datetime.date(2017, 4, 1), -3), (datetime.date(2017, 4, 9), 2))
    summed = events((datetime.date(2017, 4, 1), -8), (datetime.date(2017, 4, 9), 2))

    pd.testing.assert_series_equal(relations_index(separate, 10, end=day(20)), relations_index(summed, 10, end=day(20)))


def test_a_phase_is_a_run_of_days_beyond_the_threshold():
    index = series(0, -2, -6, -7, -5.5, -5, -3, 0, 6, 8, 4, -6, start=0)

    found = phases(index, 5)

    assert list(found["phase"]) == [TENSION, DETENTE, TENSION]
    assert (found.loc[0, "start"], found.loc[0, "end"]) == (day(2), day(4))
    assert found.loc[0, "peak"] == -7
    assert (found.loc[1, "start"], found.loc[1, "end"]) == (day(8), day(9))
    assert found.loc[1, "peak"] == 8
    assert (found.loc[2, "start"], found.loc[2, "end"]) == (day(11), day(11))


def runs_day_by_day(index, threshold):
    """The phases as a reader finds them, walking the days one by one."""
    found = []
    for when, value in index.items():
        phase = TENSION if value < -threshold else DETENTE if value > threshold else None
        if phase and found and found[-1]["phase"] == phase and found[-1]["end"] == when - pd.Timedelta(days=1):
            found[-1].update(end=when, peak=max(found[-1]["peak"], value, key=abs))
        elif phase:
            found.append({"start": when, "end": when, "phase": phase, "peak": value})
    return found


@pytest.mark.parametrize("seed", range(5))
def test_phases_are_the_runs_found_day_by_day(seed):
    random = np.random.default_rng(seed)
    days = [day(int(n)) for n in random.integers(0, 2000, 300)]
    index = relations_index(events(*zip(days, random.uniform(-10, 10, 300).round(1), strict=True)), 10)

    found = phases(index, 5)

    assert found.to_dict("records") == runs_day_by_day(index, 5)
    assert len(found) > 10


def test_the_threshold_itself_is_not_beyond_it():
    assert phases(series(-5, 5, -5), 5).empty
    assert len(phases(series(-5.01, 5, -5), 5)) == 1


def test_a_fading_escalation_ends_its_tension_phase_and_is_never_a_thaw():
    index = relations_index(events((datetime.date(2017, 4, 1), -20)), half_life_days=10, end=day(60))

    found = phases(index, 5)

    # −20 halves to −10 on day 10 and −5 on day 20: beyond −5 up to day 19, then nothing.
    assert list(found["phase"]) == [TENSION]
    assert (found.loc[0, "start"], found.loc[0, "end"]) == (day(0), day(19))


def test_a_thaw_that_lifts_the_index_across_zero_makes_a_detente_phase_right_after_a_tension_phase():
    index = relations_index(
        events((datetime.date(2017, 4, 1), -10), (datetime.date(2017, 4, 3), 20)), half_life_days=10, end=day(40)
    )

    found = phases(index, 5)

    assert list(found["phase"]) == [TENSION, DETENTE]
    assert found.loc[0, "end"] == day(1)
    assert found.loc[1, "start"] == day(2)


def drawn_error(points, index):
    """The largest distance, over every day, between the daily index and straight lines between the kept days."""
    drawn = points.reindex(index.index).interpolate(method="time")
    return float(np.abs(drawn - index).max())


def test_the_line_keeps_the_jumps_the_phase_edges_and_a_few_points_of_each_decay():
    index = relations_index(
        events((datetime.date(2017, 4, 1), -20), (datetime.date(2017, 6, 10), 8)), half_life_days=30, end=day(400)
    )
    found = phases(index, 5)

    points = index_points(index, found, tolerance=0.05)

    assert len(points) < 50  # of 401 days
    for kept in [day(0), day(69), day(70), day(400)]:  # first day, the day before a jump, the jump, the last day
        assert kept in points.index
    for edge in [found.loc[0, "end"], found.loc[0, "end"] + pd.Timedelta(days=1)]:
        assert edge in points.index
    assert drawn_error(points, index) <= 0.05
    assert (points == index[points.index]).all()  # kept days keep their exact values


@pytest.mark.parametrize("tolerance", [0.01, 0.05, 0.2, 1.0])
def test_every_day_of_the_index_lies_within_the_tolerance_of_the_drawn_line(tolerance):
    rng = np.random.default_rng(11)
    days = sorted(datetime.date(2000, 1, 1) + datetime.timedelta(days=int(n)) for n in rng.integers(0, 3000, 120))
    index = relations_index(events(*zip(days, rng.uniform(-10, 10, len(days)).round(1), strict=True)), 30)

    points = index_points(index, phases(index, 5), tolerance)

    assert drawn_error(points, index) <= tolerance + 1e-9
    assert len(points) < len(index) / 4


def test_a_wider_tolerance_keeps_fewer_days_and_a_flat_stretch_keeps_none():
    index = pd.Series(
        [0.0] * 50 + [-6.0] + [-6.0 * 0.5 ** (n / 10) for n in range(1, 50)] + [0.0] * 100,
        index=pd.date_range("2001-01-01", periods=200, freq="D"),
    )
    found = phases(index, 100)  # no phases: only the line's own shape decides

    fine, coarse = index_points(index, found, 0.01), index_points(index, found, 0.5)

    assert len(coarse) < len(fine)
    assert drawn_error(fine, index) <= 0.01
    assert drawn_error(coarse, index) <= 0.5
    # The flat start is one straight line from the first day to the day before the jump.
    assert list(fine.index[:3]) == [index.index[0], index.index[49], index.index[50]]


def test_the_line_grows_with_the_events_not_with_the_span():
    one_year = relations_index(events((datetime.date(2000, 1, 1), -8), (datetime.date(2001, 1, 1), 6)), 30)
    decades = relations_index(events((datetime.date(2000, 1, 1), -8), (datetime.date(2026, 1, 1), 6)), 30)

    short = index_points(one_year, phases(one_year, 5), tolerance=0.05)
    long = index_points(decades, phases(decades, 5), tolerance=0.05)

    assert len(long) <= len(short) + 2
    assert len(long) < 60


def test_with_events_every_few_days_the_line_is_their_jumps_and_little_more():
    rng = np.random.default_rng(7)
    days = [datetime.date(2000, 1, 1) + datetime.timedelta(days=4 * n) for n in range(300)]
    index = relations_index(events(*zip(days, rng.uniform(-10, 10, len(days)).round(1), strict=True)), 30)
    found = phases(index, 5)

    points = index_points(index, found, tolerance=0.05)

    # At most each event's day and the day before it, a day within each four-day fade, and the phases' edges.
    assert len(points) <= 3 * len(days) + 4 * len(found) + 2
    assert drawn_error(points, index) <= 0.05


def test_the_index_bound_covers_every_subset_of_the_events():
    rows = [(datetime.date(2017, 4, 1), -10), (datetime.date(2017, 4, 3), -6), (datetime.date(2017, 4, 5), 8)]
    negative = events(*[row for row in rows if row[1] < 0])
    days = pd.DataFrame(
        [(date, min(score, 0), max(score, 0)) for date, score in rows], columns=["date", "tension", "detente"]
    )

    bound = index_bound(days, 10)

    for subset in ([rows[0]], [rows[1], rows[2]], rows, [rows[0], rows[2]]):
        index = relations_index(events(*subset), 10, end=day(30))
        assert np.abs(index).max() <= bound + 1e-9
    assert bound == pytest.approx(-relations_index(negative, 10).min())


def test_the_index_bound_is_the_farther_of_the_thaws_and_the_escalations_peaks():
    days = pd.DataFrame({"date": [day(0), day(1), day(40)], "tension": [-4.0, 0.0, -3.0], "detente": [0.0, 9.0, 2.0]})

    assert index_bound(days, 30) == pytest.approx(9)
    assert index_bound(days.assign(detente=0.0), 30) == pytest.approx(4 * 0.5 ** (40 / 30) + 3)
    assert index_bound(days.iloc[:0], 30) == 0.0


def test_a_single_day_or_two_are_kept_as_they_are():
    for days in (1, 2):
        index = pd.Series([-4.0] * days, index=pd.date_range("2001-01-01", periods=days, freq="D"))
        assert index_points(index, phases(index, 5), 0.05).equals(index)
