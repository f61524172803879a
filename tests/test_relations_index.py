import datetime

import pandas as pd
import pytest

from timeline.relations_index import ESCALATION, THAW, phases, relations_index


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


def test_no_events_give_an_empty_index_and_no_phases():
    index = relations_index(events())

    assert index.empty
    assert phases(index).empty


def test_a_half_life_must_be_positive():
    with pytest.raises(ValueError, match="half-life"):
        relations_index(events((datetime.date(2017, 4, 1), 1)), half_life_days=0)


def test_phases_follow_the_direction_of_the_index():
    index = relations_index(
        events((datetime.date(2017, 4, 1), -10), (datetime.date(2017, 4, 21), 8)), half_life_days=10, end=day(25)
    )

    found = phases(index)

    # The escalation drops the index; it recovers as the escalation fades and the
    # thaw lifts it further; then the thaw fades and the index falls again.
    assert list(found["phase"]) == [ESCALATION, THAW, ESCALATION]
    escalation, thaw, fading = found.iloc[0], found.iloc[1], found.iloc[2]
    assert escalation["start"] == escalation["end"] == day(0)
    assert escalation["change"] == pytest.approx(-10)
    assert (thaw["start"], thaw["end"]) == (day(1), day(20))
    assert (fading["start"], fading["end"]) == (day(21), day(25))


def test_phases_ignore_changes_smaller_than_the_threshold():
    index = relations_index(events((datetime.date(2017, 4, 1), -0.2)), half_life_days=10, end=day(5))

    assert phases(index, min_change=0.5).empty
    assert list(phases(index, min_change=0.1)["phase"]) == [ESCALATION]
