"""The summed bars (static/js/chart.js, timeline/figures.period_bars), shown in place of markers above the marker
limit: one hover label per period with its count and only the sums it has, and Enter on a focused bar does what
a click on it does."""

import collections
import datetime

import pytest

from tests.browser.test_chart_keyboard import (  # noqa: F401
    FOCUSED_PERIOD,
    PERIOD_STARTS,
    keyboard_page,
    many_events,
    overlap,
    press_on_bars,
    ringed,
)
from timeline.models import Event

LABELS = "() => [...document.querySelectorAll('#chart .hoverlayer .hovertext')].map((label) => label.textContent)"


@pytest.fixture
def summed(monkeypatch, many_events):  # noqa: F811
    monkeypatch.setattr("timeline.chart.MARKER_LIMIT", 10)  # the live server runs in this process


def weekly_sums():
    """Each week's first day: its events, summed escalations and summed thaws."""
    weeks = collections.defaultdict(lambda: [0, 0, 0])
    for event in Event.objects.published():
        week = weeks[(event.date - datetime.timedelta(days=event.date.weekday())).isoformat()]
        week[0] += 1
        week[1 if event.score < 0 else 2] += event.score
    return weeks


def labels_once_written(page, before=""):
    """The hover labels, once plotly.js has written them (other than `before`, the last one's text)."""
    page.wait_for_function(
        f"(before) => {{ const now = ({LABELS})(); return now.length && now.join() !== before; }}", arg=before
    )
    return page.evaluate(LABELS)


@pytest.mark.usefixtures("summed")
def test_a_periods_hover_label_shows_its_events_and_only_the_sums_it_has(browser, live_server):
    sums = weekly_sums()
    page = keyboard_page(browser, live_server.url + "/")
    press_on_bars(page, "Tab")
    kinds = set()
    previous = ""
    for _ in range(16):  # escalations only, neither, thaws only, and the week with both (the shared day's)
        week = page.evaluate(FOCUSED_PERIOD)
        labels = labels_once_written(page, previous)
        events, escalations, thaws = sums[week]
        kinds.add((bool(escalations), bool(thaws)))
        assert len(labels) == 1, labels
        assert (f"{events} events" if events > 1 else "1 event") in labels[0]
        assert ("Summed escalations" in labels[0]) == bool(escalations), (week, labels)
        assert ("Summed thaws" in labels[0]) == bool(thaws), (week, labels)
        assert " 0.0" not in labels[0]
        previous = labels[0]
        press_on_bars(page, "ArrowRight")
    assert kinds == {(True, False), (False, False), (False, True), (True, True)}
    assert page.errors == []
    page.context.close()


@pytest.mark.usefixtures("summed")
def test_a_pointer_over_a_bar_of_thaws_alone_sees_one_label_without_escalations(browser, live_server):
    sums = weekly_sums()
    page = keyboard_page(browser, live_server.url + "/")
    weeks = page.evaluate(PERIOD_STARTS)
    position = next(number for number, week in enumerate(weeks) if sums[week][1] == 0 and sums[week][2] > 0)
    bar = page.locator("#chart .barlayer .trace").nth(1).locator(".point").nth(position).bounding_box()
    page.mouse.move(bar["x"] + bar["width"] / 2, bar["y"] + bar["height"] / 2)

    labels = [label for label in labels_once_written(page) if "week of" in label]  # not the index's
    assert len(labels) == 1, labels
    assert "Summed thaws" in labels[0]
    assert "Summed escalations" not in labels[0]
    page.context.close()


@pytest.mark.usefixtures("summed")
def test_enter_on_a_focused_bar_narrows_the_timeline_to_its_period_as_a_click_does(browser, live_server):
    """On the timeline the filters' dates take the period, in place, keeping the other filters (the bar's link,
    followed, would load a new page without them); the bar goes with the chart it narrowed, and the reader goes on
    from the start of the period's list."""
    page = keyboard_page(browser, live_server.url + "/?direction=thaw")
    page.evaluate("() => { window.samePage = true; }")
    press_on_bars(page, "Tab")
    week = press_on_bars(page, "ArrowRight")
    end = (datetime.date.fromisoformat(week) + datetime.timedelta(days=6)).isoformat()

    page.keyboard.press("Enter")

    page.wait_for_function("(week) => new URLSearchParams(location.search).get('date_from') === week", arg=week)
    page.wait_for_selector("#chart-frame.plotly-ready .chart-front a.marker", state="attached")
    assert page.evaluate("() => window.samePage") is True
    assert page.input_value("#id_date_from") == week
    assert page.input_value("#id_date_to") == end
    assert "direction=thaw" in page.url
    page.wait_for_function("() => document.activeElement.id === 'results'")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.closest('#results') !== null")
    assert page.errors == []
    page.context.close()


@pytest.mark.usefixtures("summed")
def test_enter_on_a_focused_bar_in_an_embed_opens_its_period_on_the_site_in_a_new_tab(browser, live_server):
    page = keyboard_page(browser, live_server.url + "/embed/")
    press_on_bars(page, "Tab")
    week = press_on_bars(page, "ArrowRight")

    with page.context.expect_page() as opened:
        page.keyboard.press("Enter")

    assert f"date_from={week}" in opened.value.url
    assert page.evaluate(FOCUSED_PERIOD) == week  # the embed stays as it was
    assert page.errors == []
    page.context.close()


# The focused period's drawn bars (one box around both), the hover label plotly.js wrote for it and the chart.
FOCUSED_PERIOD_BOXES = """() => {
  const link = document.activeElement.closest('#chart-frame .chart-front a.period');
  const position = [...document.querySelectorAll('#chart-frame .chart-front a.period')].indexOf(link);
  const chart = document.getElementById('chart');
  const label = chart.querySelector('.hoverlayer .hovertext');
  const hovered = (chart._hoverdata || []).some((point) => point.pointNumber === position);
  if (!label || !hovered) return null;
  const boxes = [...chart.querySelectorAll('.cartesianlayer .barlayer .point')]
    .filter((point) => point.__data__.i === position).map((point) => point.getBoundingClientRect())
    .filter((box) => box.width && box.height);
  const box = (element) => { const {left, top, right, bottom} = element.getBoundingClientRect();
    return {left, top, right, bottom}; };
  const bars = boxes.length ? {left: Math.min(...boxes.map((b) => b.left)), top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)), bottom: Math.max(...boxes.map((b) => b.bottom))} : null;
  return {position, bars, label: box(label), chart: box(chart)};
}"""


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.usefixtures("summed")
def test_the_focused_periods_hover_label_leaves_its_bars_and_their_ring_in_sight(
    browser, live_server, screenshot_dir, width
):
    page = keyboard_page(browser, live_server.url + "/", width=width)
    press_on_bars(page, "Tab")
    seen = []
    while True:
        page.wait_for_function(FOCUSED_PERIOD_BOXES)
        page.wait_for_timeout(60)  # plotly.js writes the label, then chart.js moves it
        boxes = page.evaluate(FOCUSED_PERIOD_BOXES)
        if boxes["position"] in seen:
            break
        seen.append(boxes["position"])
        if boxes["bars"]:  # a period whose events all scored 0 has none
            assert not overlap(boxes["label"], ringed(boxes["bars"])), boxes
        assert boxes["chart"]["top"] <= boxes["label"]["top"], boxes
        assert boxes["label"]["bottom"] <= boxes["chart"]["bottom"], boxes
        if len(seen) == 12:
            page.locator("#chart-block").screenshot(path=screenshot_dir / f"chart-focused-period-label-{width}.png")
        page.keyboard.press("ArrowRight")
    assert len(seen) > 20
    assert page.errors == []
    page.context.close()
