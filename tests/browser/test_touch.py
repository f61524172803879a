"""The site by touch on a phone, as Chromium emulates one (a touch screen, no mouse): taps open events, a swipe
over the chart scrolls the page as anywhere else and opens nothing."""

import datetime

import pytest

from tests.browser.test_chart import PLOTLY_POINTS, drawn
from tests.factories import make_event, make_source
from timeline.models import Event

PHONE = {"width": 390, "height": 844}
# Each control a finger may aim at, outside the chart (its markers are plotly's), smaller than 24 x 24 px: links,
# buttons, menus, fields, and the labels that hold a checkbox or a radio button (the label is the target).
SMALL_CONTROLS = """() => Array.from(document.querySelectorAll('a, button, summary, select, textarea,'
    + ' input:not([type=checkbox]):not([type=radio]), label:has(input[type=checkbox]), label:has(input[type=radio])'
  )).filter(control => {
  const box = control.getBoundingClientRect();
  return control.checkVisibility({visibilityProperty: true}) && box.width > 0 && !control.closest('#chart-frame')
    && !control.classList.contains('skip-link') && (box.width < 24 || box.height < 24);
}).map(control => { const box = control.getBoundingClientRect();
  return `${control.textContent.trim().slice(0, 40)} (${box.width.toFixed(1)} x ${box.height.toFixed(1)})`; })"""
OPEN_SLUG = "() => document.querySelector('#panel article')?.dataset.eventSlug || ''"


def phone_page(browser, width=PHONE["width"], height=PHONE["height"]):
    context = browser.new_context(viewport={"width": width, "height": height}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    return page


def chart_in_view(page):
    page.evaluate(
        "() => window.scrollTo({top: document.getElementById('chart-frame').getBoundingClientRect().top"
        " + window.scrollY - 40, behavior: 'instant'})"
    )


def swipe(page, start, end, steps=10):
    """A finger's swipe from `start` to `end` (viewport x, y), through Chromium's own touch input."""
    session = page.context.new_cdp_session(page)

    def touch(kind, *points):
        session.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": [{"x": x, "y": y} for x, y in points]})

    touch("touchStart", start)
    for step in range(1, steps + 1):
        touch(
            "touchMove", (start[0] + (end[0] - start[0]) * step / steps, start[1] + (end[1] - start[1]) * step / steps)
        )
        page.wait_for_timeout(16)
    touch("touchEnd")
    page.wait_for_timeout(500)


@pytest.mark.parametrize("path", ["/", "/embed/?list=on"])
def test_a_swipe_over_the_chart_scrolls_the_page_and_opens_nothing(browser, site, path):
    """plotly.js took any touch on its plot for a zoom: the page stood still under the finger (an embed's host
    article too), and the swipe's end opened the event where it started."""
    page = drawn(phone_page(browser, height=600), site + path)
    chart_in_view(page)
    point = page.evaluate(PLOTLY_POINTS)[0]
    before = page.evaluate("() => window.scrollY")

    swipe(page, (point["x"], point["y"]), (point["x"], point["y"] - 120))

    assert page.evaluate("() => window.scrollY") > before + 60
    assert page.evaluate(OPEN_SLUG) == ""
    assert "event=" not in page.url
    assert len(page.context.pages) == 1  # an embed opens events in a new tab
    assert page.errors == []
    page.context.close()


def test_a_tap_opens_each_events_own_marker_also_of_events_sharing_a_day_and_a_score(
    browser, live_server, transactional_db
):
    source = make_source()
    same = [
        make_event(title=f"Same day {n}", date=datetime.date(2017, 4, 7), score=-2, source=source) for n in range(3)
    ]
    others = [
        make_event(title="Earlier", date=datetime.date(2017, 3, 1), score=4, source=source),
        make_event(title="Later", date=datetime.date(2017, 6, 1), score=3, source=source),
    ]
    page = drawn(phone_page(browser), live_server.url + "/")
    requests = []
    page.on("request", lambda request: "event=" in request.url and requests.append(request.url))

    opened = []
    for number in range(len(same) + len(others)):
        chart_in_view(page)
        point = page.evaluate(PLOTLY_POINTS)[number]
        page.touchscreen.tap(point["x"], point["y"])
        page.wait_for_function(
            "slug => document.querySelector('#panel article')?.dataset.eventSlug === slug", arg=point["slug"]
        )
        # On a phone the page scrolls smoothly to the panel: the chart is scrolled back once it is there.
        page.wait_for_function("() => Math.abs(document.getElementById('panel').getBoundingClientRect().top) < 2")
        opened.append(point["slug"])
    assert sorted(opened) == sorted(event.slug for event in same + others)
    assert len(requests) == len(opened)  # the mouse events that follow a tap do not open it again
    assert page.errors == []
    page.context.close()


@pytest.mark.parametrize("width", [390, 844])
def test_no_hover_label_is_left_over_the_markers_after_a_tap_or_a_swipe(browser, site, width):
    """A touch leaves no pointer over the plot to move off plotly's label: it stayed over the markers around the
    tapped one when the reader came back from the event (or after a swipe that began on a marker)."""
    page = drawn(phone_page(browser, width=width, height=844 if width < 480 else 390), site + "/")
    chart_in_view(page)
    point = page.evaluate(PLOTLY_POINTS)[3]

    page.touchscreen.tap(point["x"], point["y"])
    page.wait_for_function(
        "slug => document.querySelector('#panel article')?.dataset.eventSlug === slug", arg=point["slug"]
    )
    page.wait_for_timeout(300)
    assert page.locator("#chart .hoverlayer .hovertext").count() == 0

    chart_in_view(page)
    point = page.evaluate(PLOTLY_POINTS)[0]
    swipe(page, (point["x"], point["y"]), (point["x"], point["y"] - 80))
    assert page.locator("#chart .hoverlayer .hovertext").count() == 0
    assert page.errors == []
    page.context.close()


@pytest.mark.parametrize("width", [390, 360])
def test_no_control_outside_the_chart_is_smaller_than_24_px_on_a_phone(browser, site, width):
    """The era quotes' toggles, the download and back links, the panel's link to the event page, the builder's
    options and an embed's list and footer links were 15 to 22 px tall."""
    event = Event.objects.published().first()
    page = phone_page(browser, width=width)
    small = {}
    for path in ["/?event=" + event.slug, "/ru/", event.get_absolute_url(), "/embed/?list=on"]:
        page.goto(site + path)
        if path.startswith("/?"):
            page.locator(".embed-builder-toggle").first.tap()
            page.wait_for_selector(".embed-options", state="visible")
        small.update({path: page.evaluate(SMALL_CONTROLS)})
    assert small == {path: [] for path in small}
    page.context.close()


def test_a_finger_beside_the_range_sliders_edge_moves_that_edge_alone(browser, live_server, transactional_db):
    """Without a drag to zoom on a touch screen the slider zooms, but plotly.js grabs its edges by 10 px areas:
    a finger 10 px inside an edge moved the whole window instead."""
    source = make_source()
    make_event(date=datetime.date(2015, 1, 5), source=source)
    make_event(date=datetime.date(2017, 4, 7), source=source)
    page = drawn(phone_page(browser), live_server.url + "/")
    page.locator("#chart .rangeslider-container").scroll_into_view_if_needed()
    window = page.locator("#chart .rangeslider-slidebox").bounding_box()
    before = page.evaluate("() => document.getElementById('chart').layout.xaxis.range.slice()")

    for edge, inward in [(window["x"], 10), (window["x"] + window["width"], -10)]:
        middle = window["y"] + window["height"] / 2
        swipe(page, (edge + inward, middle), (edge + inward * 6, middle))
    after = page.evaluate("() => document.getElementById('chart').layout.xaxis.range")

    assert str(after[0])[:10] > str(before[0])[:10]
    assert str(after[1])[:10] < str(before[1])[:10]
    span = page.locator("#chart .rangeslider-slidebox").bounding_box()["width"]
    assert span < window["width"] - 80  # each edge moved towards the other: a zoom, not a pan
    page.context.close()
