"""The timeline in a real browser: Debian's Chromium driven by Playwright against a live server."""

import re
from urllib.parse import urlsplit

import pytest

from timeline.models import Event

EVENT_MARKERS = "#chart .scatterlayer .traceevents .point"


@pytest.fixture
def watched_page(page, site):
    """A page that records console errors and every request that leaves the app's origin."""
    page.console_errors, page.foreign_requests = [], []
    origin = urlsplit(site).netloc
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    page.on(
        "request", lambda request: urlsplit(request.url).netloc != origin and page.foreign_requests.append(request.url)
    )
    yield page
    assert page.console_errors == []
    assert page.foreign_requests == []


def open_timeline(page, url):
    page.goto(url)
    page.wait_for_selector("#chart[data-drawn]")


def click_marker(page, index):
    page.locator("#chart").scroll_into_view_if_needed()
    box = page.locator(EVENT_MARKERS).nth(index).bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.click(x, y)


def test_the_chart_draws_one_marker_per_published_event(watched_page, site):
    open_timeline(watched_page, site + "/")

    published = Event.objects.published()
    assert watched_page.locator(EVENT_MARKERS).count() == published.count()
    assert watched_page.locator("#chart .scatterlayer .traceindex .js-line").count() == 1
    # A date that covers more than its day (a week, month, year or span) is drawn as a line from its marker.
    covering = published.exclude(date_precision__in=[Event.Precision.DAY, Event.Precision.APPROXIMATE], end_date=None)
    assert covering.exists()
    assert watched_page.locator("#chart .scatterlayer .traceextents .js-line").count() == covering.count()


def test_clicking_a_marker_opens_the_event_in_the_panel_and_back_returns(watched_page, site):
    open_timeline(watched_page, site + "/")

    click_marker(watched_page, 0)
    watched_page.wait_for_selector("#panel .event-panel")

    slug = watched_page.locator("#panel article").get_attribute("data-event-slug")
    event = Event.objects.get(slug=slug)
    panel_text = watched_page.locator("#panel").inner_text()
    assert event.title in panel_text
    assert " ".join(event.evidence.first().quote.split()) in " ".join(panel_text.split())
    assert watched_page.url == f"{site}/?event={slug}"

    watched_page.go_back()
    watched_page.wait_for_url(site + "/")
    watched_page.wait_for_selector("#panel .event-panel", state="detached")
    watched_page.wait_for_selector(EVENT_MARKERS)
    assert watched_page.locator(EVENT_MARKERS).count() == Event.objects.published().count()


def test_a_filter_updates_chart_list_and_address_and_back_restores(watched_page, site):
    military = Event.objects.published().filter(category="military").count()
    everything = Event.objects.published().count()
    open_timeline(watched_page, site + "/")

    watched_page.click("summary:has-text('Category')")
    watched_page.check("input[name=category][value=military]")
    watched_page.wait_for_url(re.compile(r"\?category=military$"))
    watched_page.wait_for_function(
        "count => document.querySelectorAll('#chart .scatterlayer .traceevents .point').length === count", arg=military
    )

    assert watched_page.locator(".event-row").count() == military
    assert watched_page.locator("#results h2").inner_text().startswith(f"{military} event")
    # The chart block is swapped in whole (htmx out of band): its static markers match at once.
    assert watched_page.locator("#chart-frame a.marker").count() == military

    watched_page.go_back()
    watched_page.wait_for_url(site + "/")
    watched_page.wait_for_function(
        "count => document.querySelectorAll('#chart .scatterlayer .traceevents .point').length === count",
        arg=everything,
    )
    assert watched_page.locator(".event-row").count() == everything
    assert not watched_page.locator("input[name=category][value=military]").is_checked()


def test_a_shared_filtered_url_reproduces_the_view(watched_page, site):
    thaws = Event.objects.published().filter(score__gt=0).count()

    open_timeline(watched_page, site + "/?direction=thaw")

    assert watched_page.locator(EVENT_MARKERS).count() == thaws
    assert watched_page.locator("select[name=direction]").input_value() == "thaw"


def test_without_javascript_the_form_and_list_still_work(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/")
    page.select_option("select[name=direction]", "escalation")
    page.click("button:has-text('Apply')")

    assert "direction=escalation" in page.url
    assert page.locator(".event-row").count() == Event.objects.published().filter(score__lt=0).count()
    context.close()
