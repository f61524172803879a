"""The timeline keeps its state in its address, by mouse and by keyboard: Debian's Chromium against a live server."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.test_chart_keyboard import FOCUS_BEFORE_CHART
from timeline.models import Event, Source
from timeline.views import pages

EVENT_MARKERS = "#chart .scatterlayer .traceevents .point"
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def clipboard_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    yield page
    context.close()


def sanctions():
    return list(Event.objects.published().filter(category="sanctions").order_by("date", "title"))


def open_timeline(page, url):
    page.goto(url)
    page.wait_for_selector("#chart[data-drawn]")


def query_of(url):
    return parse_qs(urlsplit(url).query)


def open_from_list(page, event):
    page.click(f'#results a[data-event-slug="{event.slug}"]')
    page.wait_for_selector(f'#panel article[data-event-slug="{event.slug}"]')


def frame_at(page, url):
    """The frame showing `url`, once its navigation has committed."""
    for _ in range(50):
        frame = page.frame(url=url)
        if frame:
            return frame
        page.wait_for_timeout(100)
    raise AssertionError(f"no frame shows {url}")


def assert_filtered_view(page, events, open_event=None):
    """The page shows exactly `events` (chart, list, summary) and `open_event` in the panel, or none."""
    page.wait_for_function(
        "count => document.querySelectorAll('#chart .scatterlayer .traceevents .point').length === count",
        arg=len(events),
    )
    assert page.locator(".event-row").count() == len(events)
    assert page.locator("#filter-summary").inner_text().startswith(f"{len(events)} event")
    if open_event:
        assert page.locator("#panel article").get_attribute("data-event-slug") == open_event.slug
        assert page.locator("#filters input[name=event]").input_value() == open_event.slug
    else:
        assert page.locator("#panel article").count() == 0
        assert page.locator("#filters input[name=event]").input_value() == ""


def test_an_open_event_keeps_the_filters_through_reload_back_forward_and_the_builder(page, site):
    events = sanctions()
    assert len(events) >= 2
    open_timeline(page, site + "/?category=sanctions")

    open_from_list(page, events[0])
    assert query_of(page.url) == {"category": ["sanctions"], "event": [events[0].slug]}
    assert_filtered_view(page, events, events[0])

    page.reload()
    page.wait_for_selector("#chart[data-drawn]")
    assert_filtered_view(page, events, events[0])

    page.click("#panel [data-close-panel]")
    page.wait_for_selector("#panel article", state="detached")
    assert query_of(page.url) == {"category": ["sanctions"]}

    page.go_back()
    page.wait_for_selector(f'#panel article[data-event-slug="{events[0].slug}"]')
    assert query_of(page.url) == {"category": ["sanctions"], "event": [events[0].slug]}
    assert_filtered_view(page, events, events[0])

    page.go_forward()
    page.wait_for_selector("#panel article", state="detached")
    assert query_of(page.url) == {"category": ["sanctions"]}
    assert_filtered_view(page, events)

    page.go_back()
    page.wait_for_selector("#panel article")
    page.click(".embed-builder > summary")
    src = f"{site}/embed/?category=sanctions&height=560&theme=light"
    page.wait_for_function("src => document.querySelector('.embed-preview-frame')?.src === src", arg=src)
    assert src.replace("&", "&amp;") in page.input_value(".embed-code")
    assert page.locator("[data-builder-filters]").inner_text() == "Category: Sanctions and economic"
    preview = frame_at(page, src)
    preview.wait_for_selector("html.chart-drawn")
    assert preview.locator(".embed-dek").inner_text().startswith(f"{len(events)} events matching the chosen filters")


def test_previous_and_next_walk_the_filtered_events_and_keep_the_filters(page, site):
    events = sanctions()
    open_timeline(page, site + "/?category=sanctions")
    open_from_list(page, events[0])

    page.click("#panel a.next")
    page.wait_for_selector(f'#panel article[data-event-slug="{events[1].slug}"]')

    assert query_of(page.url) == {"category": ["sanctions"], "event": [events[1].slug]}
    assert page.locator("#panel a.prev").inner_text().endswith(events[0].title)
    assert f"Event 2 of the {len(events)} matching these filters" in page.locator("#panel").inner_text()
    assert page.locator(f'#results a[data-event-slug="{events[1].slug}"]').get_attribute("aria-current") == "true"


def test_a_filter_change_keeps_the_event_open_and_updates_the_counts_and_summary(page, site):
    events = sanctions()
    military = Event.objects.published().filter(category="military").count()
    open_timeline(page, site + "/?category=sanctions")
    open_from_list(page, events[0])
    page.evaluate("() => { window.liveRegion = document.getElementById('filter-summary'); }")

    page.click("summary:has-text('Category')")
    page.check("input[name=category][value=military]")
    page.wait_for_function(
        "count => document.querySelectorAll('.event-row').length === count", arg=len(events) + military
    )

    assert query_of(page.url) == {"category": ["military", "sanctions"], "event": [events[0].slug]}
    # The live region is kept and only its text changes: a screen reader announces a region it already knew.
    assert page.evaluate("() => window.liveRegion === document.getElementById('filter-summary')")
    assert page.locator("#id_category_count [aria-hidden]").inner_text() == "2"
    assert page.locator("#id_category_count .visually-hidden").text_content() == "2 options chosen"
    assert page.locator("#filter-summary").inner_text() == (
        f"{len(events) + military} events · Category: Military, Sanctions and economic"
    )
    assert page.locator("#panel article").get_attribute("data-event-slug") == events[0].slug
    assert f"of the {len(events) + military} matching these filters" in page.locator("#panel").inner_text()
    # The head follows the address htmx pushed: a link shared from it, its card and its oEmbed show this view.
    assert page.locator("meta[property='og:url']").get_attribute("content") == page.url
    assert (
        page.locator("meta[property='og:image']")
        .get_attribute("content")
        .endswith("/chart.png?category=military&category=sanctions")
    )
    oembed = page.locator("link[type='application/json+oembed']").get_attribute("href")
    assert query_of(oembed)["url"] == [page.url]


def tab_to(page, selector, limit=120):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("selector => document.activeElement.matches(selector)", selector):
            return page.evaluate("() => document.activeElement.outerHTML")
    raise AssertionError(f"Tab never reached {selector}")


def active(page, selector):
    return page.evaluate("selector => document.activeElement.matches(selector)", selector)


def test_by_keyboard_alone_an_event_opens_escape_closes_it_and_focus_returns(page, site):
    first, second = Event.objects.published().order_by("date", "title")[:2]
    open_timeline(page, site + "/")
    # A slow settle, as on a loaded phone: keys pressed the moment focus arrives must still act in the panel.
    page.evaluate("() => { htmx.config.defaultSettleDelay = 500; }")

    tab_to(page, "#results a[data-event-slug]")
    assert active(page, f'a[data-event-slug="{first.slug}"]')
    page.keyboard.press("Enter")
    page.wait_for_selector(f'#panel article[data-event-slug="{first.slug}"]')
    page.wait_for_function("() => document.activeElement.matches('#panel h2')")
    assert query_of(page.url) == {"event": [first.slug]}
    # The page's title names the open event, as it does when the address is loaded afresh.
    assert page.title() == f"{first.title} · US–Russia relations timeline"

    page.keyboard.press("Escape")
    page.wait_for_selector("#panel article", state="detached")
    page.wait_for_function("slug => document.activeElement.dataset.eventSlug === slug", arg=first.slug)
    assert query_of(page.url) == {}
    assert page.title() == "US–Russia relations timeline"

    # Walking on by keyboard, then Escape: focus goes to the list's link of the event last shown.
    page.keyboard.press("Enter")
    page.wait_for_selector("#panel h2:focus")
    tab_to(page, "#panel a.next")
    page.keyboard.press("Enter")
    page.wait_for_selector(f'#panel article[data-event-slug="{second.slug}"] h2:focus')
    page.keyboard.press("Escape")
    page.wait_for_function("slug => document.activeElement.dataset.eventSlug === slug", arg=second.slug)


def test_the_close_button_gives_focus_back_to_the_title_that_opened_the_event(page, site):
    event = Event.objects.published().order_by("-date").first()
    open_timeline(page, site + "/")
    open_from_list(page, event)

    page.click("#panel [data-close-panel]")

    page.wait_for_function("slug => document.activeElement.dataset.eventSlug === slug", arg=event.slug)


def test_the_next_page_of_the_list_by_keyboard_puts_focus_at_the_start_of_the_list(page, site, monkeypatch):
    monkeypatch.setattr(pages, "EVENTS_PER_PAGE", 5)
    open_timeline(page, site + "/")

    page.focus(".pagination a")
    page.keyboard.press("Enter")
    page.wait_for_selector(".pagination :text('Page 2 of')")
    page.keyboard.press("Tab")

    # Not back at the top of the page (the link pressed went with the first page): on through the second page's list.
    assert page.evaluate("() => document.activeElement.closest('#results') !== null")


def test_escape_closes_a_filter_menu_first_and_returns_to_its_button(page, site):
    event = Event.objects.published().first()
    open_timeline(page, site + f"/?event={event.slug}")

    theater = "details:has(input[name=theater]) > summary"
    tab_to(page, theater)
    page.keyboard.press("Enter")
    assert page.locator("details.choice-menu[open]").count() == 1
    page.keyboard.press("Tab")
    page.keyboard.press("Escape")

    assert page.locator("details.choice-menu[open]").count() == 0
    assert active(page, theater)
    assert page.locator("#panel article").count() == 1  # the panel waits for the next Escape
    page.keyboard.press("Escape")
    page.wait_for_selector("#panel article", state="detached")


def test_menus_close_when_another_opens_or_focus_leaves(page, site):
    open_timeline(page, site + "/")

    page.click("summary:has-text('Category')")
    page.click("summary:has-text('Side')")
    assert page.locator("details.choice-menu[open] summary").inner_text().startswith("Side")
    page.click("h1")
    assert page.locator("details.choice-menu[open]").count() == 0


def test_copy_link_copies_the_view_and_the_event_permalink(clipboard_page, site):
    page = clipboard_page
    event = sanctions()[0]
    open_timeline(page, site + "/?category=sanctions")
    open_from_list(page, event)

    page.click("button:has-text('Copy link to this view')")
    page.wait_for_selector(".filter-footer .copy-status:has-text('Link copied')")
    assert page.evaluate("() => navigator.clipboard.readText()") == f"{site}/?category=sanctions&event={event.slug}"

    page.click("#panel button:has-text('Copy link to this event')")
    page.wait_for_selector("#panel .copy-status:has-text('Link copied')")
    assert page.evaluate("() => navigator.clipboard.readText()") == f"{site}/events/{event.slug}/"

    page.goto(site + event.get_absolute_url())
    page.click("button:has-text('Copy link to this event')")
    page.wait_for_selector(".copy-status:has-text('Link copied')")
    assert page.evaluate("() => navigator.clipboard.readText()") == f"{site}/events/{event.slug}/"


def error_box(page):
    page.evaluate("() => window.scrollTo(0, 0)")
    return page.locator("#id_date_to_error").bounding_box()


def test_a_bad_date_range_is_shown_beside_the_dates_within_the_first_screen_of_a_phone(browser, site):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    open_timeline(page, site + "/")

    page.fill("#id_date_from", "2017-05-01")
    page.fill("#id_date_to", "2017-04-01")
    page.keyboard.press("Tab")
    page.wait_for_selector("#id_date_to_error:not([hidden])")

    assert "must be on or before the end date" in page.locator("#id_date_to_error").inner_text()
    box = error_box(page)
    assert box["y"] >= 0
    assert box["y"] + box["height"] <= PHONE["height"]
    assert page.locator("#id_date_to").get_attribute("aria-invalid") == "true"
    assert "id_date_to_error" in page.locator("#id_date_to").get_attribute("aria-describedby")
    assert page.locator("#chart-problem").is_visible()
    assert "These filters could not be read" in page.locator("#chart-problem").inner_text()
    assert not page.locator("#chart").is_visible()

    page.reload()
    assert page.locator("#id_date_to_error").is_visible()
    box = error_box(page)
    assert box["y"] + box["height"] <= PHONE["height"]

    page.fill("#id_date_to", "2017-12-31")
    page.keyboard.press("Tab")
    page.wait_for_selector("#id_date_to_error", state="hidden")
    page.wait_for_selector("#chart[data-drawn]")
    assert page.locator("#chart-problem").is_hidden()
    assert page.locator("#id_date_to").get_attribute("aria-invalid") is None
    context.close()


def test_without_javascript_titles_open_the_panel_and_nothing_says_click(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    published = Event.objects.published().count()
    event = Event.objects.published().order_by("date", "title")[3]

    for url in ["/", "/embed/", f"/embed/events/{event.slug}/", event.get_absolute_url()]:
        page.goto(site + url)
        assert "click" not in page.locator("body").inner_text().lower(), url
    page.goto(site + "/embed/")
    assert page.locator(".embed-row a").count() == published

    page.goto(site + "/?direction=escalation")
    assert page.locator(".event-row").count() == Event.objects.published().filter(score__lt=0).count()
    page.click(f'#results a[data-event-slug="{event.slug}"]')
    assert query_of(page.url) == {"direction": ["escalation"], "event": [event.slug]}
    assert page.locator("#panel h2").inner_text() == event.title
    page.click("#panel [data-close-panel]")
    assert query_of(page.url) == {"direction": ["escalation"]}
    context.close()


def test_the_theme_follows_the_system_and_the_toggle_is_remembered_from_the_first_paint(browser, site):
    context = browser.new_context(color_scheme="dark")
    # Which theme the page has when <body> first appears: what the first paint shows.
    context.add_init_script(
        """new MutationObserver((changes, observer) => {
            if (!document.body) return;
            window.themeAtFirstBody = getComputedStyle(document.documentElement).colorScheme;
            observer.disconnect();
        }).observe(document, {childList: true, subtree: true});"""
    )
    page = context.new_page()
    dark, light = "rgb(20, 21, 23)", "rgb(251, 250, 247)"

    def background():
        return page.evaluate("() => getComputedStyle(document.body).backgroundColor")

    open_timeline(page, site + "/")
    assert background() == dark
    assert page.locator("[data-theme-toggle]").get_attribute("aria-pressed") == "true"
    assert page.evaluate("() => document.getElementById('chart').layout.font.color") == "rgb(232, 232, 230)"

    page.click("[data-theme-toggle]")
    assert background() == light
    page.wait_for_function("() => document.getElementById('chart').layout.font.color === 'rgb(34, 34, 34)'")

    for url in ["/", "/sources/"]:
        page.goto(site + url)
        assert background() == light
        assert page.evaluate("() => window.themeAtFirstBody") == "light"
        assert page.locator("[data-theme-toggle]").get_attribute("aria-pressed") == "false"
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_focusable_element_shows_its_focus(browser, site, scheme):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    event = Event.objects.published().first()
    invisible = []
    for url in [f"/?event={event.slug}", event.get_absolute_url()]:
        open_timeline(page, site + url) if url.startswith("/?") else page.goto(site + url)
        for _ in range(60):
            page.keyboard.press("Tab")
            outline = page.evaluate(
                """() => {
                    const element = document.activeElement, style = getComputedStyle(element);
                    if (element === document.body) return null;  // past the last element
                    const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
                    return ring ? null : element.outerHTML.slice(0, 120);
                }"""
            )
            if outline:
                invisible.append((url, outline))
    assert invisible == [], "\n".join(map(str, invisible))
    context.close()


def gap_below(page, upper, lower):
    return page.evaluate(
        "([upper, lower]) => document.querySelector(lower).getBoundingClientRect().top"
        " - document.querySelector(upper).getBoundingClientRect().bottom",
        [upper, lower],
    )


@pytest.mark.parametrize("width", [1280, 390])
def test_layout_headings_clear_the_header_and_the_embed_button_clears_the_event_links(browser, site, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    event = Event.objects.published().order_by("date", "title")[4]
    source = event.evidence.first().source

    for url in ["/", event.get_absolute_url(), "/sources/", source.get_absolute_url()]:
        page.goto(site + url)
        assert gap_below(page, ".site-header", "main h1, main .breadcrumb") >= 16, url
    page.goto(site + event.get_absolute_url())
    assert gap_below(page, ".event-nav", ".embed-builder > summary") >= 16
    context.close()


def test_source_headlines_look_like_links_and_are_sorted_newest_first(page, site):
    page.goto(site + "/sources/")
    headline = page.locator(".source-headline").first

    assert "underline" in headline.evaluate("element => getComputedStyle(element).textDecorationLine")
    assert headline.evaluate("element => getComputedStyle(element).color") != page.evaluate(
        "() => getComputedStyle(document.body).color"
    )
    published = page.locator(".source-list time").evaluate_all("times => times.map(time => time.dateTime)")
    assert published == sorted(published, reverse=True)
    assert re.match(r"\d{4}-\d{2}-\d{2}$", published[0])


@pytest.mark.parametrize("language", ["", "/ru"])
def test_on_a_phone_every_filter_menu_opens_within_the_screen_under_its_button(browser, site, language):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    open_timeline(page, site + language + "/")

    for menu in page.locator(".choice-menu").all():
        menu.locator("summary").click()
        button, box = menu.locator("summary").bounding_box(), menu.locator("fieldset").bounding_box()
        assert box["x"] >= 0
        assert box["x"] + box["width"] <= PHONE["width"], menu.locator("summary").inner_text()
        assert button["y"] + button["height"] <= box["y"] <= button["y"] + button["height"] + 8
        menu.locator("summary").click()
    context.close()


def test_leaving_the_search_field_after_its_request_adds_no_second_history_entry(page, site):
    open_timeline(page, site + "/?category=sanctions")
    entries = page.evaluate("history.length")

    page.click("#id_q")
    page.keyboard.type("sanctions")
    page.wait_for_function("() => location.search.includes('q=sanctions')")
    page.keyboard.press("Tab")  # leaves the search: a change event with the filters already shown
    page.fill("#id_date_from", "2017-01-01")
    page.keyboard.press("Tab")
    page.wait_for_function("() => location.search.includes('date_from')")
    page.wait_for_load_state("networkidle")

    assert page.evaluate("history.length") == entries + 2
    page.go_back()
    page.wait_for_function("() => !location.search.includes('date_from')")
    page.go_back()
    page.wait_for_function("() => !location.search.includes('q=')")
    assert query_of(page.url) == {"category": ["sanctions"]}


def chart_range(page):
    return page.evaluate("document.querySelector('#chart').layout.xaxis.range.map(end => String(end).slice(0, 10))")


FOCUSED_MARKER_DAY = """() => {
    const days = document.querySelector('#chart').data.find(trace => trace.meta === 'events').x;
    const markers = [...document.querySelectorAll('#chart-frame .chart-front a.marker')];
    return [markers.indexOf(document.activeElement), days[markers.indexOf(document.activeElement)]];
}"""


def days_walked_by_keyboard(page):
    """The days of the markers the keyboard walks through: Tab into the chart, Home, then Right to the last."""
    page.evaluate(FOCUS_BEFORE_CHART)
    page.keyboard.press("Tab")
    page.keyboard.press("Home")
    walked = [page.evaluate(FOCUSED_MARKER_DAY)]
    while True:
        page.keyboard.press("ArrowRight")
        focused = page.evaluate(FOCUSED_MARKER_DAY)
        if focused == walked[-1]:
            return [day for _, day in walked]
        walked.append(focused)


def test_zoomed_the_keyboard_reaches_the_events_in_range_only_and_all_of_them_again_after_reset(page, site):
    open_timeline(page, site + "/?zoom=2017-07-20..2017-07-30")
    in_range = days_walked_by_keyboard(page)

    page.click('.modebar-btn[data-attr="zoom"][data-val="reset"]')
    page.wait_for_function("() => !location.search.includes('zoom=')")
    everything = days_walked_by_keyboard(page)

    assert in_range == [day for day in everything if "2017-07-20" <= day <= "2017-07-30"]
    assert 0 < len(in_range) < len(everything) == Event.objects.filter(status=Event.Status.PUBLISHED).count()


def test_the_charts_zoom_is_kept_in_the_address_through_an_open_event_a_reload_and_the_language_switch(page, site):
    events = sanctions()
    open_timeline(page, site + "/?category=sanctions")

    # Within the whole range (21 to 30 July): a range over it all is the whole range, no zoom.
    page.evaluate("Plotly.relayout(document.querySelector('#chart'), {'xaxis.range': ['2017-07-22', '2017-07-29']})")
    page.wait_for_function("() => location.search.includes('zoom=')")
    assert query_of(page.url) == {"category": ["sanctions"], "zoom": ["2017-07-22..2017-07-29"]}

    open_from_list(page, events[0])
    assert query_of(page.url)["zoom"] == ["2017-07-22..2017-07-29"]
    page.reload()
    page.wait_for_selector("#chart[data-drawn]")
    assert chart_range(page) == ["2017-07-22", "2017-07-29"]

    page.click("[data-language-switch]")
    page.wait_for_selector("#chart[data-drawn]")
    assert urlsplit(page.url).path == "/ru/"
    assert chart_range(page) == ["2017-07-22", "2017-07-29"]

    page.click('.modebar-btn[data-attr="zoom"][data-val="reset"]')
    page.wait_for_function("() => !location.search.includes('zoom=')")
    assert query_of(page.url) == {"category": ["sanctions"], "event": [events[0].slug]}


def test_the_event_pages_way_back_returns_to_the_filtered_view_the_reader_left(page, site):
    events = sanctions()
    open_timeline(page, site + "/?category=sanctions")
    open_from_list(page, events[0])
    view_left = page.url

    page.click("#panel a.permalink")
    page.wait_for_url(site + events[0].get_absolute_url())
    page.click(".breadcrumb a")
    page.wait_for_selector("#chart[data-drawn]")

    assert page.url == view_left
    assert_filtered_view(page, events, events[0])


def test_the_event_pages_way_back_from_a_source_is_the_whole_timeline(page, site):
    source = Source.objects.filter(evidence__event__status="published").first()
    page.goto(site + source.get_absolute_url())
    page.click(".source-body a.passage-event")
    page.wait_for_selector(".event-page")

    assert page.evaluate("document.referrer").endswith(source.get_absolute_url())
    assert page.locator(".breadcrumb a").get_attribute("href") == "/"


def test_an_article_copied_from_its_source_page_is_a_quote_found_in_it(clipboard_page, site):
    """The titles of the events its passages back are left out of a copy: an editor quoting across a highlighted
    passage had the event's title, in capitals, pasted into the middle of the quote, which was then refused."""
    from timeline.quotes import locate

    source = Source.objects.filter(evidence__isnull=False).first()
    clipboard_page.goto(site + source.get_absolute_url())
    clipboard_page.evaluate("() => getSelection().selectAllChildren(document.querySelector('.source-body'))")
    clipboard_page.keyboard.press("Control+C")
    copied = clipboard_page.evaluate("() => navigator.clipboard.readText()")

    assert clipboard_page.locator(".passage-event").count() > 0
    assert locate(copied, source.body) is not None, copied[:300]
