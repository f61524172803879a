"""The chart's markers by keyboard (static/js/chart.js): one Tab stop, arrow keys between the events in date order
within the visible range, + and - to zoom and Shift with an arrow to pan; without JavaScript, every marker a link."""

import base64
import datetime
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.test_accessibility import BLOCKING, scanned_page
from tests.browser.test_chart import PLOTLY_POINTS, STATIC_MARKERS, new_page
from tests.factories import make_event, make_source
from timeline.models import Event

PAGES = ["/", "/embed/"]
FIRST_DAY = datetime.date(2016, 1, 4)
SHARED_DAY = FIRST_DAY + datetime.timedelta(days=17 * 12)

# Focuses the last element before the chart that Tab reaches (none on a page that starts with the chart).
FOCUS_BEFORE_CHART = """() => {
  const frame = document.getElementById('chart-frame');
  const before = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
    .filter((element) => element.tabIndex >= 0 && !element.disabled && !frame.contains(element)
      && element.checkVisibility({visibilityProperty: true})
      && element.compareDocumentPosition(frame) & Node.DOCUMENT_POSITION_FOLLOWING);
  if (before.length) before[before.length - 1].focus();
  else document.activeElement.blur();
}"""
# Focuses the first element after the markers that Tab reaches (the toolbar, or what follows the chart).
FOCUS_AFTER_MARKERS = """() => {
  const markers = document.querySelectorAll('#chart-frame .chart-front a.marker');
  const last = markers[markers.length - 1];
  [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
    .find((element) => element.tabIndex >= 0 && !element.disabled && element.checkVisibility({visibilityProperty: true})
      && last.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING && !element.closest('.chart-front'))
    .focus();
}"""
FOCUSED_MARKER = """() => {
  const link = document.activeElement.closest('#chart-frame .chart-front a.marker');
  return link && link.getAttribute('href');
}"""
TAB_STOPS = "() => [...document.querySelectorAll('#chart-frame a.marker')].filter((link) => link.tabIndex >= 0).length"
# Zoomed, the focused event's plotly point with the ring's width (the static marker's ring no longer sits on it).
RINGED_POINT = """() => {
  const points = [...document.querySelectorAll('#chart .traceevents .point.focused')];
  return points.length === 1 ? {number: points[0].__data__.i, width: getComputedStyle(points[0]).strokeWidth} : null;
}"""
VISIBLE_RANGE = "() => document.getElementById('chart').layout.xaxis.range.map((end) => String(end).slice(0, 10))"


@pytest.fixture
def many_events(transactional_db):
    """40 events 17 days apart over almost two years (so `/` has its range slider), and three more on one day."""
    source = make_source()
    for number in range(40):
        make_event(date=FIRST_DAY + datetime.timedelta(days=17 * number), score=number % 9 - 4, source=source)
    for score in (-3, 2, 2):
        make_event(date=SHARED_DAY, score=score, source=source)
    return [event.get_absolute_url() for event in Event.objects.published().order_by("date", "title_en", "pk")]


def keyboard_page(browser, url, width=1280, scheme="light", javascript=True):
    page = new_page(browser, width=width, scheme=scheme, javascript=javascript)
    page.goto(url)
    if javascript:
        page.wait_for_selector("#chart-frame.plotly-ready")
    page.evaluate(FOCUS_BEFORE_CHART)
    return page


def hint_shown(page):
    """The keys' hint in sight, not only for screen readers (a 1 px clipped box)."""
    return page.evaluate("() => (document.getElementById('chart-keys')?.getBoundingClientRect().width || 0) > 100")


def press(page, key):
    page.keyboard.press(key)
    return page.evaluate(FOCUSED_MARKER)


def days_between(range_):
    start, end = (datetime.date.fromisoformat(day) for day in range_)
    return (end - start).days


@pytest.mark.parametrize("path", PAGES)
def test_tab_enters_the_markers_once_and_the_arrow_keys_walk_the_events_in_date_order(
    browser, live_server, many_events, path
):
    page = keyboard_page(browser, live_server.url + path)

    assert press(page, "Tab") == many_events[0]
    assert page.evaluate(TAB_STOPS) == 1
    assert hint_shown(page)
    assert press(page, "ArrowRight") == many_events[1]
    assert press(page, "ArrowDown") == many_events[2]
    assert press(page, "ArrowLeft") == many_events[1]
    assert press(page, "ArrowUp") == many_events[0]
    assert press(page, "ArrowLeft") == many_events[0]  # the first stays
    assert press(page, "PageDown") == many_events[10]
    walked = [press(page, "ArrowRight") for _ in range(5)]
    assert walked == many_events[11:16]  # through the events sharing a day, one by one
    assert press(page, "PageUp") == many_events[5]
    assert press(page, "End") == many_events[-1]
    assert press(page, "ArrowRight") == many_events[-1]
    assert press(page, "Home") == many_events[0]
    assert press(page, "ArrowRight") == many_events[1]

    assert press(page, "Tab") is None  # one more Tab leaves the markers, for the toolbar or what follows the chart
    assert page.evaluate("() => document.activeElement.closest('.chart-front') === null")
    assert page.evaluate("() => document.activeElement !== document.body")
    assert not hint_shown(page)
    assert press(page, "Shift+Tab") == many_events[1]  # back on the marker last focused
    assert page.evaluate(TAB_STOPS) == 1
    assert page.locator("#chart-frame a.marker[aria-describedby='chart-keys']").count() == 1
    assert page.errors == []
    page.context.close()


@pytest.mark.parametrize("path", ["/", "/?zoom=2016-06-01..2016-12-31"])
def test_shift_tab_into_the_chart_at_first_lands_where_tab_would(browser, live_server, many_events, path):
    """Before any marker had the focus, Shift+Tab comes in at the last one in the page: it goes on to the first in
    the visible range, where Tab comes in."""
    page = keyboard_page(browser, live_server.url + path)
    page.evaluate(FOCUS_AFTER_MARKERS)
    entered = press(page, "Shift+Tab")

    page.evaluate(FOCUS_BEFORE_CHART)
    assert press(page, "Tab") == entered
    in_range = [url for url, day in zip(many_events, published_days(), strict=True) if day >= "2016-06-01"]
    assert entered == (many_events[0] if path == "/" else in_range[0])
    assert page.evaluate(TAB_STOPS) == 1
    page.wait_for_selector(".hoverlayer .hovertext")
    assert page.errors == []
    page.context.close()


def test_zoomed_the_keyboard_reaches_the_events_in_the_visible_range_only(browser, live_server, many_events):
    in_range = [
        url for url, day in zip(many_events, published_days(), strict=True) if "2016-06-01" <= day <= "2016-12-31"
    ]
    page = keyboard_page(browser, live_server.url + "/?zoom=2016-06-01..2016-12-31")

    assert press(page, "Tab") == in_range[0]
    assert press(page, "ArrowLeft") == in_range[0]
    assert press(page, "End") == in_range[-1]
    assert press(page, "PageDown") == in_range[-1]
    assert press(page, "Home") == in_range[0]
    walked = [press(page, "ArrowRight") for _ in range(len(in_range) + 2)]
    assert walked == in_range[1:] + [in_range[-1]] * 3

    page.click('.modebar-btn[data-attr="zoom"][data-val="reset"]')
    page.wait_for_function("() => !location.search.includes('zoom=')")
    page.evaluate(FOCUS_BEFORE_CHART)
    assert press(page, "Tab") == in_range[-1]  # the marker last focused
    assert press(page, "End") == many_events[-1]  # the whole range again
    assert press(page, "Home") == many_events[0]
    page.context.close()


def published_days():
    return [event.date.isoformat() for event in Event.objects.published().order_by("date", "title_en", "pk")]


def press_for_a_new_range(page, key):
    before = page.evaluate(VISIBLE_RANGE)
    page.keyboard.press(key)
    page.wait_for_function(f"(before) => ({VISIBLE_RANGE})().join() !== before.join()", arg=before)
    return page.evaluate(VISIBLE_RANGE)


def zoom_in_address(page):
    return parse_qs(urlsplit(page.url).query).get("zoom")


def test_plus_and_minus_zoom_around_the_focused_event_and_shift_arrows_pan_keeping_the_address(
    browser, live_server, many_events
):
    page = keyboard_page(browser, live_server.url + "/")
    whole = page.evaluate(VISIBLE_RANGE)
    press(page, "Tab")
    focused = press(page, "PageDown")
    day = published_days()[many_events.index(focused)]

    zoomed = press_for_a_new_range(page, "+")
    assert zoomed[0] < day < zoomed[1]
    assert abs(days_between(zoomed) - days_between(whole) / 2) <= 2
    assert zoom_in_address(page) == ["..".join(zoomed)]
    assert page.evaluate(FOCUSED_MARKER) == focused
    page.wait_for_selector(".hoverlayer .hovertext")
    assert page.evaluate(RINGED_POINT) == {"number": many_events.index(focused), "width": "3px"}

    closer = press_for_a_new_range(page, "+")
    assert closer[0] < day < closer[1]
    assert abs(days_between(closer) - days_between(zoomed) / 2) <= 2

    panned = press_for_a_new_range(page, "Shift+ArrowRight")
    assert panned[0] > closer[0]
    assert days_between(panned) == days_between(closer)
    assert zoom_in_address(page) == ["..".join(panned)]
    in_range = page.evaluate(FOCUSED_MARKER)  # the focus stays on a marker in the visible range
    assert panned[0] <= published_days()[many_events.index(in_range)] <= panned[1]

    press_for_a_new_range(page, "-")
    assert press_for_a_new_range(page, "-") == whole
    page.wait_for_function("() => !location.search.includes('zoom=')")
    assert page.errors == []
    page.context.close()


def test_in_an_embed_plus_zooms_without_an_address(browser, live_server, many_events):
    page = keyboard_page(browser, live_server.url + "/embed/")
    whole = page.evaluate(VISIBLE_RANGE)
    press(page, "Tab")
    press(page, "PageDown")

    page.keyboard.press("+")
    page.wait_for_function("(whole) => document.getElementById('chart').layout.xaxis.range[0] !== whole", arg=whole[0])
    assert days_between(page.evaluate(VISIBLE_RANGE)) < days_between(whole)
    assert "zoom" not in page.url
    page.context.close()


@pytest.mark.parametrize("path", PAGES)
def test_without_javascript_every_marker_is_a_link_in_the_tab_order(browser, live_server, many_events, path):
    page = keyboard_page(browser, live_server.url + path, javascript=False)

    assert page.locator("#chart-frame a.marker[tabindex]").count() == 0
    assert not hint_shown(page)
    assert [press(page, "Tab") for _ in range(3)] == many_events[:3]
    page.context.close()


@pytest.mark.parametrize("summed", [False, True])
@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_a_focused_marker_and_the_keys_hint_leave_axe_nothing_serious_in_the_chart(
    browser, live_server, many_events, monkeypatch, path, theme, summed
):
    if summed:  # the periods' bars are the markers
        monkeypatch.setattr("timeline.chart.MARKER_LIMIT", 10)
    page = scanned_page(browser, theme)
    page.goto(live_server.url + path)
    page.wait_for_selector("#chart-frame.plotly-ready")
    page.evaluate(FOCUS_BEFORE_CHART)
    press(page, "Tab")
    press(page, "PageDown")

    assert hint_shown(page)
    violations = page.evaluate("async () => (await axe.run('#chart-block', {resultTypes: ['violations']})).violations")
    assert [(violation["id"], violation["nodes"]) for violation in violations if violation["impact"] in BLOCKING] == []
    page.context.close()


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots_of_a_focused_marker_and_the_keys_hint(
    browser, live_server, many_events, screenshot_dir, width, scheme
):
    for path, name in [("/", "timeline"), ("/ru/embed/", "embed-ru")]:
        page = keyboard_page(browser, live_server.url + path, width=width, scheme=scheme)
        press(page, "Tab")
        press(page, "PageDown")
        assert hint_shown(page)
        box = page.locator("#chart-keys").bounding_box()
        assert box["x"] >= 0
        assert box["x"] + box["width"] <= width
        page.locator("#chart-block").screenshot(path=screenshot_dir / f"chart-keys-{name}-{width}-{scheme}.png")
        page.context.close()


# The focused marker's plotly point, the hover label plotly.js wrote for it (none until it has) and the chart.
FOCUSED_LABEL_BOXES = """() => {
  const link = document.activeElement.closest('#chart-frame .chart-front a.marker');
  const position = [...document.querySelectorAll('#chart-frame .chart-front a.marker')].indexOf(link);
  const chart = document.getElementById('chart');
  const label = chart.querySelector('.hoverlayer .hovertext');
  const hovered = (chart._hoverdata || []).some((point) => point.pointNumber === position);
  const point = [...chart.querySelectorAll('.traceevents .point')].find((point) => point.__data__.i === position);
  if (!label || !hovered || !point) return null;
  const box = (element) => { const {left, top, right, bottom} = element.getBoundingClientRect();
    return {left, top, right, bottom}; };
  return {position, marker: box(point), label: box(label), chart: box(chart)};
}"""


def overlap(box, other, inset=0):
    """Whether two boxes overlap by more than `inset` px each way."""
    return (
        box["left"] + inset < other["right"]
        and other["left"] + inset < box["right"]
        and box["top"] + inset < other["bottom"]
        and other["top"] + inset < box["bottom"]
    )


def ringed(box, reach=7):
    """A marker's box with its focus ring (chart.css: a 3 px outline, 2 px out from the focus stroke's 1.5 px)."""
    return {
        "left": box["left"] - reach,
        "top": box["top"] - reach,
        "right": box["right"] + reach,
        "bottom": box["bottom"] + reach,
    }


def label_boxes(page):
    page.wait_for_function(FOCUSED_LABEL_BOXES)
    return page.evaluate(FOCUSED_LABEL_BOXES)


@pytest.fixture
def long_titles(transactional_db):
    """30 events 17 days apart whose titles make hover labels wider than half a phone's chart."""
    source = make_source()
    for number in range(30):
        make_event(
            date=FIRST_DAY + datetime.timedelta(days=17 * number),
            score=number % 9 - 4,
            source=source,
            title=f"The foreign ministers of both countries meet in Geneva on strategic stability, round {number}",
        )


@pytest.mark.parametrize("width", [390, 1280])
def test_with_a_range_slider_each_focus_ring_sits_on_plotlys_marker(browser, live_server, many_events, width):
    """The focused static marker draws the ring around plotly's marker: on a phone too, where the index has its own
    strip and the range slider takes room below it."""
    page = keyboard_page(browser, live_server.url + "/", width=width)
    static = {marker["slug"]: marker for marker in page.evaluate(STATIC_MARKERS)}
    points = page.evaluate(PLOTLY_POINTS)

    assert page.locator("#chart .rangeslider-container").count() == 1
    assert len(points) == len(many_events)
    for point in points:
        marker = static[point["slug"]]
        assert abs(marker["x"] - point["x"]) <= 1, (point, marker)
        assert abs(marker["y"] - point["y"]) <= 1, (point, marker)
    page.context.close()


# The focus colour's pixels (chart.css's --chart-focus, light) along the row and the column through (x, y) of a
# screenshot: each run's first and last pixel.
FOCUS_RUNS = """async ([png, x, y]) => {
  const image = new Image();
  image.src = 'data:image/png;base64,' + png;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const runs = (pixels) => {
    const found = [];
    for (let n = 0; n < pixels.length / 4; n++) {
      const [red, green, blue] = pixels.slice(n * 4, n * 4 + 3);
      if (Math.abs(red - 29) + Math.abs(green - 59) + Math.abs(blue - 90) > 40) continue;
      if (found.length && found[found.length - 1][1] === n - 1) found[found.length - 1][1] = n;
      else found.push([n, n]);
    }
    return found;
  };
  return {row: runs(context.getImageData(0, y, image.width, 1).data),
          column: runs(context.getImageData(x, 0, 1, image.height).data)};
}"""


@pytest.mark.parametrize("width", [390, 1280])
def test_the_focus_ring_reaches_as_far_beyond_the_marker_as_chart_js_reckons(browser, live_server, many_events, width):
    """chart.js keeps the hover label out of the ring's reach (RING, as ringed() here): the ring drawn reaches no
    further."""
    page = keyboard_page(browser, live_server.url + "/", width=width)
    press(page, "Tab")
    press(page, "ArrowRight")
    page.wait_for_selector(".hoverlayer .hovertext")
    page.evaluate("() => { document.querySelector('#chart .hoverlayer').style.display = 'none'; }")  # the ring alone
    box = page.evaluate("() => document.activeElement.getBoundingClientRect().toJSON()")
    x, y = round(box["left"] + box["width"] / 2), round(box["top"] + box["height"] / 2)
    png = base64.b64encode(page.screenshot()).decode()
    runs = page.evaluate(FOCUS_RUNS, [png, x, y])

    ring = ringed(box)
    across = [run for run in runs["row"] if abs(run[0] - x) < 20]  # the ring's left and right sides
    down = [run for run in runs["column"] if abs(run[0] - y) < 20]  # its top and bottom
    assert ring["left"] - 1 <= across[0][0], (box, across)
    assert across[-1][1] <= ring["right"] + 1, (box, across)
    assert ring["top"] - 1 <= down[0][0], (box, down)
    assert down[-1][1] <= ring["bottom"] + 1, (box, down)
    page.context.close()


@pytest.mark.parametrize("zoom", ["", "?zoom=2016-03-01..2016-09-30"])
@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.usefixtures("long_titles")
def test_the_focused_markers_hover_label_leaves_the_marker_in_sight(browser, live_server, screenshot_dir, width, zoom):
    """Where plotly.js finds no room for the label beside the point, it centres it on the point: chart.js moves it
    above or below the marker and its focus ring, within the chart. Beside the point, its arrow's tip would touch
    the marker, under the ring: chart.js moves it out to the ring's edge."""
    page = keyboard_page(browser, live_server.url + "/" + zoom, width=width)
    press(page, "Tab")
    seen = []
    while True:
        boxes = label_boxes(page)
        if boxes["position"] in seen:
            break
        seen.append(boxes["position"])
        marker, label, chart = boxes["marker"], boxes["label"], boxes["chart"]
        assert not overlap(label, ringed(marker)), boxes  # beside, over or under it, the arrow's tip too
        assert chart["top"] <= label["top"], boxes
        assert label["bottom"] <= chart["bottom"], boxes
        if len(seen) == 12:
            name = f"chart-focused-label-{width}{zoom and '-zoomed'}.png"
            page.locator("#chart-block").screenshot(path=screenshot_dir / name)
        page.keyboard.press("ArrowRight")
    assert len(seen) > 5
    assert page.errors == []
    page.context.close()


# With the scores summed, the periods' bars: each one's first day, and the focused one's.
PERIOD_STARTS = """() => [...document.querySelectorAll('#chart-frame .chart-front a.period')]
  .map((link) => new URL(link.getAttribute('href'), location.href).searchParams.get('date_from'))"""
FOCUSED_PERIOD = """() => {
  const link = document.activeElement.closest('#chart-frame .chart-front a.period');
  return link && new URL(link.getAttribute('href'), location.href).searchParams.get('date_from');
}"""
PERIOD_TAB_STOPS = (
    "() => [...document.querySelectorAll('#chart-frame a.period')].filter((link) => link.tabIndex >= 0).length"
)
# Zoomed, the focused period's plotly bars with the ring's width.
RINGED_BARS = """() => [...document.querySelectorAll('#chart .barlayer .point.focused')]
  .map((point) => [point.__data__.i, getComputedStyle(point.querySelector('path')).strokeWidth])"""


def press_on_bars(page, key):
    page.keyboard.press(key)
    return page.evaluate(FOCUSED_PERIOD)


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.usefixtures("many_events")
def test_summed_per_week_the_bars_are_one_tab_stop_with_the_markers_keys_and_zoom(
    browser, live_server, monkeypatch, path
):
    monkeypatch.setattr("timeline.chart.MARKER_LIMIT", 10)  # the live server runs in this process
    page = keyboard_page(browser, live_server.url + path)
    weeks = page.evaluate(PERIOD_STARTS)
    assert len(weeks) > 20
    assert page.evaluate(PERIOD_TAB_STOPS) == len(weeks)  # until one has the focus, each is a link, as without JS
    whole = page.evaluate(VISIBLE_RANGE)

    assert press_on_bars(page, "Tab") == weeks[0]
    assert page.evaluate(PERIOD_TAB_STOPS) == 1
    assert hint_shown(page)
    assert "weeks" in page.locator("#chart-keys").text_content()
    page.wait_for_selector(".hoverlayer .hovertext")
    assert press_on_bars(page, "ArrowRight") == weeks[1]
    assert press_on_bars(page, "ArrowLeft") == weeks[0]
    assert press_on_bars(page, "End") == weeks[-1]
    assert press_on_bars(page, "Home") == weeks[0]
    assert press_on_bars(page, "PageDown") == weeks[10]

    zoomed = press_for_a_new_range(page, "+")
    assert zoomed[0] <= weeks[10] < zoomed[1]
    assert abs(days_between(zoomed) - days_between(whole) / 2) <= 2
    assert page.evaluate(FOCUSED_PERIOD) == weeks[10]
    page.wait_for_selector(".hoverlayer .hovertext")
    assert page.evaluate(RINGED_BARS) == [[10, "2px"], [10, "2px"]]  # its summed escalations and thaws
    panned = press_for_a_new_range(page, "Shift+ArrowRight")
    assert panned[0] > zoomed[0]
    assert days_between(panned) == days_between(zoomed)
    assert panned[0] <= page.evaluate(FOCUSED_PERIOD) <= panned[1]  # the focus stays on a bar in the visible range
    assert press_for_a_new_range(page, "-") == whole

    assert press_on_bars(page, "Tab") is None  # one more Tab leaves the bars
    assert page.evaluate("() => document.activeElement.closest('.chart-front') === null")
    assert press_on_bars(page, "Shift+Tab") is not None
    assert page.evaluate(PERIOD_TAB_STOPS) == 1
    assert page.errors == []
    page.context.close()


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.usefixtures("many_events")
def test_screenshots_of_a_focused_period_and_the_keys_hint(browser, live_server, monkeypatch, screenshot_dir, width):
    monkeypatch.setattr("timeline.chart.MARKER_LIMIT", 10)
    for path, name in [("/", "timeline"), ("/ru/embed/", "embed-ru")]:
        page = keyboard_page(browser, live_server.url + path, width=width)
        press_on_bars(page, "Tab")
        press_on_bars(page, "PageDown")
        assert hint_shown(page)
        page.wait_for_selector(".hoverlayer .hovertext")
        page.locator("#chart-block").screenshot(path=screenshot_dir / f"chart-keys-periods-{name}-{width}.png")
        press_for_a_new_range(page, "+")
        page.wait_for_selector(".hoverlayer .hovertext")
        page.locator("#chart-block").screenshot(path=screenshot_dir / f"chart-keys-periods-{name}-{width}-zoomed.png")
        assert page.errors == []
        page.context.close()
