"""The chart's data and geometry (timeline/chart.py, labels.py, ticks.py), its static SVG and its description."""

import datetime
import json
import re

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
from django.utils import timezone, translation

from timeline import labels
from timeline.analysis import dates_in_words
from timeline.chart import DODGE, SCORE_RANGE, TIER_WIDTHS, build_chart, tier_plot_size, x_range_of
from timeline.chart_text import describe
from timeline.dates import day_in_words
from timeline.eras.records import EraRecord
from timeline.figures import chart_payload
from timeline.relations_index import relations_index
from timeline.static_chart import static_chart
from timeline.text_width import ASCII_WIDTHS, text_width
from timeline.views.embeds import MIN_CHART_HEIGHT

from .chart_data import daily_sums, data_of
from .factories import make_event, make_source


def frame(*rows):
    """An events frame as analysis.events_frame makes it, from (date, score[, title, label]) rows."""
    records = []
    for number, row in enumerate(rows):
        day, score, *text = row
        title = text[0] if text else f"Event {number}"
        records.append(
            {
                "id": number,
                "slug": f"event-{number}",
                "title": title,
                "label": text[1] if len(text) > 1 else "",
                "date": pd.Timestamp(day),
                "date_precision": "day",
                "end_date": pd.NaT,
                "score": float(score),
                "category": "diplomatic",
                "category_label": "Diplomatic",
                "theater": "Bilateral",
                "theater_slug": "bilateral",
                "date_text": str(day),
            }
        )
    return pd.DataFrame.from_records(records).sort_values(["date", "title"], ignore_index=True)


def spread(count, years=26, seed=1):
    random = np.random.default_rng(seed)
    start = datetime.date(2000, 1, 1)
    days = random.integers(0, 365 * years, count)
    scores = np.round(random.uniform(-10, 10, count), 1)
    return frame(
        *[
            (start + datetime.timedelta(days=int(d)), s, f"Synthetic event {n}")
            for n, (d, s) in enumerate(zip(days, scores, strict=True))
        ]
    )


def boxes(chart, tier):
    plot_width, plot_height = tier_plot_size(chart, TIER_WIDTHS[tier])
    xs = chart.x_fraction(chart.events["date"]) * plot_width
    ys = chart.y_fraction(chart.events["y"]) * plot_height
    return [labels.box(p.position, xs[p.row], ys[p.row], p.width) for p in chart.label_tiers[tier]], (
        plot_width,
        plot_height,
    )


def test_events_sharing_a_day_and_a_score_are_stacked_around_it_each_with_its_own_place():
    day = datetime.date(2017, 4, 7)
    chart = build_chart(data_of(frame((day, -2), (day, -2), (day, -2), (day, -4))), [], 30)

    same = chart.events[chart.events["score"] == -2]["y"].sort_values().tolist()
    assert same == pytest.approx([-2 - DODGE, -2, -2 + DODGE])
    assert chart.events[chart.events["score"] == -4]["y"].tolist() == [-4]


def test_a_stack_at_the_end_of_the_axis_is_moved_back_inside_it():
    day = datetime.date(2017, 4, 7)
    chart = build_chart(data_of(frame(*[(day, -10)] * 5)), [], 30)

    assert chart.events["y"].min() >= SCORE_RANGE[0]
    assert len(set(chart.events["y"])) == 5


@pytest.mark.parametrize("tier", range(len(TIER_WIDTHS)))
def test_labels_never_overlap_nor_leave_the_plot_and_more_fit_on_wider_charts(tier):
    chart = build_chart(data_of(spread(80, years=3)), [], 60)

    placed, (width, height) = boxes(chart, tier)

    assert placed
    for number, box in enumerate(placed):
        assert box[0] >= 0
        assert box[2] <= width
        assert box[1] >= 0
        assert box[3] <= height
        for other in placed[number + 1 :]:
            assert not labels.overlaps(box, other)
    if tier:
        assert len(chart.label_tiers[tier]) >= len(chart.label_tiers[tier - 1])


def test_the_most_significant_events_are_labelled_first_with_their_headline_label():
    chart = build_chart(
        data_of(
            frame(
                (datetime.date(2017, 4, 7), -10, "US strikes Syria with Tomahawk cruise missiles", "Tomahawk strikes"),
                (datetime.date(2017, 6, 1), -1, "A mild complaint about nothing much at all, said at length"),
                (datetime.date(2017, 7, 28), 4, "Lavrov says Russia is ready to normalise relations"),
            )
        ),
        [],
        30,
    )

    narrowest = [placed.text for placed in chart.label_tiers[0]]
    assert narrowest[0] == "Tomahawk strikes"
    widest = [placed.text for placed in chart.label_tiers[-1]]
    assert "A mild complaint about nothing much at…" in widest
    assert all(len(text) <= labels.LABEL_MAX_CHARACTERS for text in widest)


def test_date_ticks_fit_side_by_side_at_every_tier():
    chart = build_chart(data_of(spread(50)), [], 30)

    for tier, ticks in enumerate(chart.tick_tiers):
        width, _ = tier_plot_size(chart, TIER_WIDTHS[tier])
        positions = chart.x_fraction([day for day, _ in ticks]) * width
        halves = np.array([text_width(text, 11) / 2 for _, text in ticks])
        assert len(ticks) >= 2
        assert np.all(positions[1:] - halves[1:] >= positions[:-1] + halves[:-1])


def test_ticks_of_decades_fall_on_round_years_whatever_year_the_range_starts_in():
    # From December 1990, every second, fifth or tenth year counted from 1991 is odd or ends in 1: none was
    # kept as a round year, so a chart of 1991 to 2026 had no dates on its axis.
    chart = build_chart(data_of(frame((datetime.date(1991, 12, 26), 6), (datetime.date(2026, 11, 20), -7))), [], 30)

    for ticks in chart.tick_tiers:
        years = [day.year for day, _ in ticks]
        assert len(years) >= 2
        assert all(year % (years[1] - years[0]) == 0 for year in years)


def test_the_width_table_covers_printable_ascii():
    assert len(ASCII_WIDTHS) == 126 - 32 + 1
    assert text_width("MMMM", 10) > text_width("iiii", 10)


def test_a_july_filter_draws_july_and_nothing_after():
    chart = build_chart(
        data_of(frame((datetime.date(2017, 7, 24), -6), (datetime.date(2017, 7, 28), -5))),
        [],
        30,
        date_from=datetime.date(2017, 7, 1),
        date_to=datetime.date(2017, 7, 31),
    )

    assert chart.x_range == (pd.Timestamp("2017-07-01"), pd.Timestamp("2017-08-01"))
    assert chart.index.index.max() <= pd.Timestamp("2017-08-01")
    assert [text for _, text in chart.tick_tiers[-1]][-1].startswith("31 Jul") or all(
        day.month == 7 for day, _ in chart.tick_tiers[-1]
    )


def test_an_empty_result_shows_the_requested_range_or_nothing_never_the_year_2000():
    empty = pd.DataFrame(columns=frame((datetime.date(2017, 1, 1), 1)).columns)

    ranged = build_chart(
        data_of(empty), [], 30, date_from=datetime.date(2017, 3, 1), date_to=datetime.date(2017, 3, 31)
    )
    unranged = build_chart(data_of(empty), [], 30)

    assert ranged.x_range == (pd.Timestamp("2017-03-01"), pd.Timestamp("2017-04-01"))
    assert unranged.x_range is None
    assert 'class="chart-static is-empty"' in static_chart(unranged)
    assert "2000" not in json.dumps(chart_payload(unranged))


def test_the_figure_grows_with_the_events_not_the_span():
    twenty = chart_payload(build_chart(data_of(spread(20, years=26)), [], 40))
    size = len(json.dumps(twenty, separators=(",", ":")))

    index = next(trace for trace in twenty["figure"]["data"] if trace.get("meta") == "index")
    assert len(index["x"]) < 400  # of 9,500 days
    assert size < 40_000
    assert not any(trace["type"] == "bar" for trace in twenty["figure"]["data"])


@pytest.mark.parametrize("height", [200, 440, 1850])
def test_the_drawn_index_is_within_a_quarter_pixel_of_the_daily_index_at_any_zoom(height):
    events = spread(2000)
    chart = build_chart(data_of(events), [], 40, height=height)
    daily = relations_index(daily_sums(events), 30, end=chart.bounds[1])

    drawn = chart.index.reindex(daily.index).interpolate(method="time")
    quarter_pixel = chart.index_bound / 2 / chart.layouts["wide"].plot_height  # the index axis spans 2 × bound
    # Only the dates zoom (the index axis is fixed), so a day's distance in index units is its distance on screen.
    assert float(np.abs(drawn - daily).max()) <= quarter_pixel
    assert len(chart.index) < len(daily) / 2


def test_every_marker_of_the_static_chart_is_a_link_with_a_title_at_its_own_place():
    day = datetime.date(2017, 4, 7)
    chart = build_chart(
        data_of(frame((day, -2, "First"), (day, -2, "Second"), (day, -2, "Third"), (day, 3, "<b>Fourth</b>"))), [], 30
    )

    svg = str(static_chart(chart))

    links = re.findall(r'<a class="marker [a-z]+" href="([^"]+)"[^>]*><title>([^<]*)</title><svg [^>]*y="([^"]+)"', svg)
    assert len(links) == 4
    assert len({href for href, _, _ in links}) == 4
    assert len({y for _, _, y in links}) == 4
    assert any("First" in title and "score −2.0" in title.replace("-", "−") for _, title, _ in links)
    assert "<b>Fourth</b>" not in svg
    assert "&lt;b&gt;Fourth&lt;/b&gt;" in svg


def test_the_figures_points_follow_the_static_markers_one_for_one():
    """The figure holds no slugs: chart.js opens the event of the static marker at a point's position, so the
    n-th point and the n-th static marker must be the same event (title, day and score)."""
    chart = build_chart(data_of(spread(60)), [], 30)

    titles = re.findall(r'<a class="marker [a-z]+" href="[^"]+"[^>]*><title>([^<]*)</title>', str(static_chart(chart)))
    (events,) = [trace for trace in chart_payload(chart)["figure"]["data"] if trace["meta"] == "events"]

    assert len(titles) == len(events["customdata"]) == 60
    for title, (day, hover_title, category, _, score) in zip(titles, events["customdata"], strict=True):
        assert title.startswith(f"{day}: {hover_title}")
        assert title.endswith(f" {score.removeprefix('+')}, {category})")  # the static title unsigned
    assert "slug" not in json.dumps(events["customdata"])


def test_the_description_names_the_span_the_counts_the_strongest_events_and_the_index():
    chart = build_chart(
        data_of(
            frame(
                (datetime.date(2017, 4, 7), -10, "Strikes on an airbase"),
                (datetime.date(2017, 4, 8), -2, "A complaint"),
                (datetime.date(2017, 7, 28), 4, "A phone call"),
            )
        ),
        [],
        30,
    )

    text = describe(chart, 3)

    assert text.startswith("3 events from 7 April 2017 to 28 July 2017: 2 escalations, 1 thaw.")
    assert "Strongest escalations: Strikes on an airbase" in text
    assert "Strongest thaws: A phone call" in text
    assert "The relations index stands at" in text


def test_the_description_of_events_on_one_day_names_the_day_once():
    """It read "3 events from 7 April 2017 to 7 April 2017" (the seed's military events, a first filter)."""
    day = datetime.date(2017, 4, 7)
    chart = build_chart(data_of(frame((day, -10, "Strikes"), (day, -7, "A warship"), (day, 4, "A call"))), [], 30)

    assert describe(chart, 3).startswith("3 events on 7 April 2017: 2 escalations, 1 thaw.")
    with translation.override("ru"):
        assert describe(chart, 3).startswith("3 события 7 апреля 2017\u00a0г.: 2 обострения, 1 потепление.")


def test_the_description_gives_a_first_or_last_date_at_its_precision_not_the_day_it_is_stored_on():
    """It read "from 1 January 2017" for an event dated only "2017", a day the data does not give."""
    events = frame((datetime.date(2017, 1, 1), 5), (datetime.date(2017, 4, 1), -6), (datetime.date(2017, 8, 1), 2))
    events["date_precision"] = ["year", "month", "day"]
    events["date_text"] = dates_in_words(events)
    chart = build_chart(data_of(events), [], 30)
    alone = build_chart(data_of(events.iloc[1:2]), [], 30)

    assert describe(chart, 3).startswith("3 events, 2017 to 1 August 2017: 1 escalation, 2 thaws.")
    assert describe(alone, 1).startswith("1 event, April 2017: 1 escalation, 0 thaws.")
    with translation.override("ru"):
        assert describe(chart, 3).startswith(
            "3 события, 2017\u00a0г. — 1 августа 2017\u00a0г.: 1 обострение, 2 потепления."
        )
        assert describe(alone, 1).startswith("1 событие, апрель 2017\u00a0г.: 1 обострение, 0 потеплений.")


def test_the_index_ends_today_not_in_the_padding_after_it():
    """Over 1991 to this year the axis runs a year past the last event: the index was drawn, and its
    value given in the description, on a day a year ahead."""
    today = timezone.localdate()
    chart = build_chart(
        data_of(frame((datetime.date(1991, 12, 26), 6), (today - datetime.timedelta(days=8), -7))), [], 30
    )

    assert chart.x_range[1] > pd.Timestamp(today) + pd.Timedelta(days=300)
    assert chart.index.index.max() == pd.Timestamp(today)
    assert f"on {day_in_words(today)}, " in describe(chart, 2)


def test_the_index_reaches_an_event_dated_after_today():
    later = timezone.localdate() + datetime.timedelta(days=30)
    chart = build_chart(data_of(frame((later - datetime.timedelta(days=60), -3), (later, 5))), [], 30)

    assert chart.index.index.max() == pd.Timestamp(later)


def dated(events, precisions, end_dates=None):
    """The events with these precisions (and end dates), their dates in words as the page writes them."""
    events = events.assign(date_precision=precisions, end_date=pd.to_datetime(end_dates or [None] * len(events)))
    return events.assign(date_text=dates_in_words(events))


def test_a_week_month_year_or_span_is_drawn_as_a_line_over_its_days_not_as_a_day_alone():
    """A month's event was a marker on the 1st and nothing more, as if it happened that day."""
    days = [datetime.date(2017, 1, 1), datetime.date(2017, 4, 1), datetime.date(2017, 4, 3)]
    days += [datetime.date(2017, 4, 20), datetime.date(2017, 5, 10), datetime.date(2017, 8, 1)]
    events = dated(
        frame(*[(day, score) for day, score in zip(days, [5, -6, -3, 4, -4, 2], strict=True)]),
        ["year", "month", "week", "approximate", "day", "day"],
        [None, None, None, None, "2017-07-15", None],
    )
    chart = build_chart(data_of(events), [], 30)

    covered = {"2017-01-01": "2018-01-01", "2017-04-01": "2017-05-01", "2017-04-03": "2017-04-10"}
    covered["2017-05-10"] = "2017-07-16"
    [trace] = [trace for trace in chart_payload(chart)["figure"]["data"] if trace["meta"] == "extents"]
    assert dict(zip(trace["x"][0::3], trace["x"][1::3], strict=True)) == covered
    assert trace["y"][0::3] == trace["y"][1::3]
    svg = str(static_chart(chart))
    lines = re.findall(r'<line class="extent" x1="([\d.]+)%" x2="([\d.]+)%"', svg)
    assert [(float(left), float(right)) for left, right in lines] == [
        tuple(np.round(np.clip(chart.x_fraction([pd.Timestamp(first), pd.Timestamp(last)]), 0, 1) * 100, 3))
        for first, last in covered.items()
    ]
    assert float(lines[0][1]) == 100  # the year runs past the plot's edge: cut there
    assert chart.has_extents
    assert not build_chart(data_of(frame((datetime.date(2017, 4, 7), -2))), [], 30).has_extents


def test_labels_keep_clear_of_the_lines_of_dates_extents():
    events = spread(40, years=3)
    events = dated(events, ["year"] * len(events))
    chart = build_chart(data_of(events), [], 30)

    for tier in range(len(TIER_WIDTHS)):
        placed, (plot_width, plot_height) = boxes(chart, tier)
        starts = chart.x_fraction(chart.events["date"]) * plot_width
        ends = chart.x_fraction(chart.events["until"]) * plot_width
        ys = chart.y_fraction(chart.events["y"]) * plot_height
        for left, upper, right, lower in placed:
            assert not np.any((ends > left) & (starts < right) & (ys > upper) & (ys < lower))


def test_x_range_of_pads_the_events_by_a_share_of_their_span():
    start, end = x_range_of(
        daily_sums(frame((datetime.date(2000, 1, 1), 1), (datetime.date(2010, 1, 1), 1))), None, None
    )

    assert pd.Timestamp("1999-08-01") < start < pd.Timestamp("2000-01-01")
    assert pd.Timestamp("2010-01-01") < end < pd.Timestamp("2010-06-01")


@pytest.mark.django_db
def test_the_index_axis_is_the_same_for_every_filter_of_the_same_data(client):
    source = make_source()
    make_event(score=-10, category="military", date=datetime.date(2017, 4, 7), source=source)
    make_event(score=-8, category="sanctions", date=datetime.date(2017, 4, 9), source=source)
    make_event(score=6, category="diplomatic", date=datetime.date(2017, 4, 10), source=source)

    ranges = set()
    for query in ["", "?category=military", "?direction=escalation", "?direction=thaw", "?date_from=2017-04-10"]:
        content = client.get("/" + query).content.decode()
        payload = json.loads(re.search(r'id="timeline-figure"[^>]*>(.*?)</script>', content, re.S).group(1))
        ranges.add(tuple(payload["figure"]["layout"]["yaxis2"]["range"]))
        assert payload["figure"]["layout"]["yaxis"]["range"] == list(SCORE_RANGE)
    assert len(ranges) == 1
    assert ranges.pop()[1] >= 18  # both escalations at once


def an_era(start, end=None):
    return EraRecord(1, "A new low after the strikes", "", start, end, "tension", "", "")


def test_a_narrow_chart_keeps_as_tall_a_plot_as_a_wide_one_at_an_embeds_smallest_height():
    """Narrow, the index's strip and the dates take 114 px: an embed's smallest chart (180 px) left its
    plot 66 px, its score axis unreadable in a phone's column."""
    chart = build_chart(data_of(frame((datetime.date(2017, 4, 7), -10))), [], 30, height=MIN_CHART_HEIGHT)

    assert chart.layouts["narrow"].plot_height >= chart.layouts["wide"].plot_height
    assert build_chart(data_of(frame((datetime.date(2017, 4, 7), -10))), [], 30).layouts["narrow"].height == 440


@pytest.mark.parametrize("aggregated", [False, True])
def test_with_eras_the_top_gridline_lies_below_the_strip_of_their_titles(aggregated):
    events = (
        spread(2500, years=1) if aggregated else frame((datetime.date(2017, 4, 7), -10), (datetime.date(2017, 5, 1), 4))
    )
    plain = build_chart(data_of(events), [], 30)
    chart = build_chart(data_of(events), [an_era(datetime.date(2017, 1, 1))], 30)

    assert bool(chart.period) == aggregated
    assert chart.score_ticks == plain.score_ticks
    low, high = chart.score_range
    assert low == -high  # zero stays level with the index's zero
    for layout in chart.layouts.values():
        top_gridline = chart.y_fraction([max(chart.score_ticks)])[0] * layout.plot_height
        assert top_gridline >= labels.ERA_STRIP
    if not aggregated:  # −10…+10 alone leaves the top gridline in the titles' strip
        assert plain.y_fraction([max(plain.score_ticks)])[0] * plain.layouts["narrow"].plot_height < labels.ERA_STRIP


def test_an_eras_title_is_written_only_where_it_fits_inside_its_band():
    """A one-day era's title was written wherever the next era left room, over days outside the era."""
    events = frame((datetime.date(2014, 1, 1), -4), (datetime.date(2015, 10, 23), 3))
    one_day = an_era(datetime.date(2014, 12, 10), datetime.date(2014, 12, 10))
    long = an_era(datetime.date(2014, 2, 1), datetime.date(2014, 10, 1))

    chart = build_chart(data_of(events), [long, one_day], 30)

    assert [fits[1] for fits in chart.era_title_tiers] == [False] * len(TIER_WIDTHS)
    assert chart.era_title_tiers[-1][0]


def test_summed_per_period_the_index_ends_with_the_last_period_not_beyond():
    chart = build_chart(data_of(spread(2500, years=26)), [], 30)

    assert chart.period == "month"
    start, end = chart.x_range
    assert start == chart.totals.index.min()
    assert end == chart.totals["end"].max() + pd.Timedelta(days=1)
    assert chart.index.index.min() >= start
    assert chart.index.index.max() <= end  # drawn to the right edge


@pytest.mark.parametrize(
    "events",
    [spread(300, years=2), spread(2500, years=1), spread(2500, years=26), spread(1).iloc[:0]],
    ids=["markers", "weekly bars", "monthly bars", "no events"],
)
def test_plotly_py_validates_the_figure_and_writes_the_same_json(events):
    """The figure is written without plotly.py (figures.py): plotly.py, given it, must accept every
    property and value and send plotly.js the very same JSON."""
    chart = build_chart(
        data_of(events), [an_era(datetime.date(2000, 6, 1), datetime.date(2001, 1, 1))], 30, slider=True
    )
    figure = json.loads(json.dumps(chart_payload(chart)["figure"]))

    validated = json.loads(go.Figure(figure).to_json(remove_uids=False))

    assert validated == figure
    kinds = {trace["meta"] for trace in figure["data"]}
    assert ("events" in kinds) == (chart.period is None)
    assert {"tension", "detente", "index"} <= kinds or events.empty


@pytest.mark.parametrize(("language", "escalation", "thaw"), [("ru", "−2,0", "+9,4"), ("en", "−2.0", "+9.4")])
def test_the_hover_labels_write_numbers_as_the_page_does(language, escalation, thaw):
    with translation.override(language):
        chart = build_chart(data_of(frame((datetime.date(2017, 4, 7), -2), (datetime.date(2017, 5, 7), 9.4))), [], 30)
        traces = {trace.get("meta"): trace for trace in chart_payload(chart)["figure"]["data"]}

    assert [point[4] for point in traces["events"]["customdata"]] == [escalation, thaw]
    assert "%{customdata[4]}" in traces["events"]["hovertemplate"]
    index = traces["index"]
    assert "%{text}" in index["hovertemplate"]
    assert len(index["text"]) == len(index["x"])
    assert index["text"][0] == escalation  # the index on the first event's day is its score
    assert not re.search(r"%\{[^}]*:[^}]*f\}", json.dumps(traces))  # no number left to plotly.js's format
