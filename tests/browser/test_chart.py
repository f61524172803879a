"""The chart in Chromium: the server's SVG first and without JavaScript, plotly.js over it at the same
places, every event reachable, labels apart, nothing clipped on a phone, no outside services, axe-core."""

import datetime
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.factories import make_event, make_source
from timeline.models import Event

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
PAGES = ["/", "/embed/"]
# The static marker at a plotly point's position in the events' trace: chart.js opens its link's event on a
# click on that point (the figure holds no slugs).
SLUG_OF_POINT = """const links = document.querySelectorAll('#chart-frame .chart-front a.marker');
  const slugOf = (point) => links[point.__data__.i].getAttribute('href').split('/').filter(Boolean).pop();"""
# Each plotly point with the slug of its event and its centre.
PLOTLY_POINTS = (
    "() => {\n"
    + SLUG_OF_POINT
    + """
  const points = [];
  document.querySelectorAll('#chart .cartesianlayer .scatterlayer .traceevents .point').forEach(point => {
    const box = point.getBoundingClientRect();
    points.push({slug: slugOf(point), x: box.x + box.width / 2, y: box.y + box.height / 2});
  });
  return points;
}"""
)
STATIC_MARKERS = """() => Array.from(document.querySelectorAll('#chart-frame a.marker')).map(link => {
  const box = link.querySelector('path').getBoundingClientRect();
  const href = link.getAttribute('href');
  return {slug: href.split('/').filter(Boolean).pop(), href: href, title: link.querySelector('title').textContent,
          x: box.x + box.width / 2, y: box.y + box.height / 2};
})"""
VISIBLE_TEXT_BOXES = """(selector) => Array.from(document.querySelectorAll(selector)).filter(element => {
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && element.textContent.trim();
}).map(element => { const box = element.getBoundingClientRect();
  return {text: element.textContent, left: box.left, right: box.right, top: box.top, bottom: box.bottom}; })"""


def new_page(browser, width=1280, scheme="light", javascript=True, bypass_csp=False):
    context = browser.new_context(
        viewport={"width": width, "height": 900},
        color_scheme=scheme,
        java_script_enabled=javascript,
        bypass_csp=bypass_csp,  # only to inject axe-core
    )
    page = context.new_page()
    page.errors = []
    page.on("console", lambda message: message.type == "error" and page.errors.append(message.text))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    return page


def drawn(page, url):
    page.goto(url)
    page.wait_for_selector("#chart-frame.plotly-ready")
    return page


def overlapping(boxes):
    pairs = []
    for number, box in enumerate(boxes):
        for other in boxes[number + 1 :]:
            if (
                box["left"] < other["right"]
                and other["left"] < box["right"]
                and box["top"] < other["bottom"]
                and other["top"] < box["bottom"]
            ):
                pairs.append((box["text"], other["text"]))
    return pairs


@pytest.mark.parametrize("path", PAGES)
def test_the_static_and_interactive_charts_put_each_event_at_the_same_place(browser, site, path):
    page = drawn(new_page(browser), site + path)

    static = {marker["slug"]: marker for marker in page.evaluate(STATIC_MARKERS)}
    interactive = page.evaluate(PLOTLY_POINTS)

    assert len(static) == len(interactive) == Event.objects.published().count()
    for point in interactive:
        marker = static[point["slug"]]
        assert abs(marker["x"] - point["x"]) <= 3, point["slug"]
        assert abs(marker["y"] - point["y"]) <= 3, point["slug"]
    assert page.errors == []
    page.context.close()


# Each plotly marker and its static marker: the slug, the fill and the size of the symbol's box.
MARKER_LOOKS = (
    "() => {\n"
    + SLUG_OF_POINT
    + """
  const points = [];
  document.querySelectorAll('#chart .scatterlayer .traceevents .point').forEach(point => {
    const box = point.getBoundingClientRect();
    points.push({slug: slugOf(point), fill: getComputedStyle(point).fill, width: box.width, height: box.height});
  });
  const markers = {};
  document.querySelectorAll('#chart-frame a.marker').forEach(link => {
    const path = link.querySelector('path');
    const box = path.getBoundingClientRect();
    markers[link.getAttribute('href').split('/').filter(Boolean).pop()] = {fill: getComputedStyle(path).fill,
      width: box.width, height: box.height};
  });
  return {points, markers};
}"""
)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_plotly_draws_each_marker_in_its_static_markers_colour_and_symbol(browser, site, scheme):
    """The figure sends each marker's sign and symbol as numbers (figures.event_markers); chart.js colours
    them for the theme: plotly's markers look as the static chart's do, markers first and whole figure."""
    page = markers_first(browser, site + "/embed/?theme=auto", scheme=scheme)
    for moment in ("markers alone", "whole figure"):
        if moment == "whole figure":
            page.evaluate("() => window.releaseWholeFigure()")
            page.wait_for_selector("#chart-frame.plotly-ready")
        looks = page.evaluate(MARKER_LOOKS)

        assert len(looks["points"]) == len(looks["markers"]) == Event.objects.published().count()
        for point in looks["points"]:
            marker = looks["markers"][point["slug"]]
            assert point["fill"] == marker["fill"], (moment, point["slug"])
            assert abs(point["width"] - marker["width"]) <= 1, (moment, point["slug"])
            assert abs(point["height"] - marker["height"]) <= 1, (moment, point["slug"])
        assert {point["fill"] for point in looks["points"]} == {
            "light": {"rgb(178, 24, 43)", "rgb(33, 102, 172)"},
            "dark": {"rgb(240, 122, 135)", "rgb(141, 187, 239)"},
        }[scheme]
    assert page.errors == []
    page.context.close()


# Holds plotly.js's second step (chart.js draws the markers alone with Plotly.newPlot, then the whole figure
# with Plotly.react) until the test calls window.releaseWholeFigure().
HOLD_WHOLE_FIGURE = """(() => {
  let plotly;
  const held = new Promise((release) => { window.releaseWholeFigure = release; });
  Object.defineProperty(window, 'Plotly', {configurable: true, get: () => plotly, set: (value) => {
    plotly = value;
    const react = value.react;
    value.react = function () { const args = arguments; return held.then(() => react.apply(value, args)); };
  }});
})()"""
LAYERS = ["chart-back", "chart-index", "chart-front", "chart-labels"]
LAYER_VISIBILITY = """(names) => Object.fromEntries(names.map(name => {
  const style = getComputedStyle(document.querySelector('#chart-frame .' + name));
  return [name, style.visibility === 'visible' && style.opacity !== '0'];
}))"""


def markers_first(browser, url, width=1280, scheme="light"):
    """The page when plotly.js has drawn the markers alone, its whole figure held back."""
    page = new_page(browser, width=width, scheme=scheme)
    page.context.add_init_script(HOLD_WHOLE_FIGURE)
    page.goto(url)
    page.wait_for_selector("#chart[data-interactive] .draglayer .nsewdrag")
    return page


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("path", PAGES)
def test_plotly_first_draws_the_markers_alone_over_the_static_eras_index_and_labels(browser, site, path, width):
    page = markers_first(browser, site + path, width)

    assert page.locator("#chart[data-drawn]").count() == 0
    static = {marker["slug"]: marker for marker in page.evaluate(STATIC_MARKERS)}
    interactive = page.evaluate(PLOTLY_POINTS)
    assert len(interactive) == len(static) == Event.objects.published().count()
    for point in interactive:
        assert abs(static[point["slug"]]["x"] - point["x"]) <= 3, point["slug"]
        assert abs(static[point["slug"]]["y"] - point["y"]) <= 3, point["slug"]
    # Only plotly's markers replace the static ones; the eras, phases, index, axes and labels are the static
    # chart's until the whole figure is drawn, and plotly draws none of them twice meanwhile.
    assert page.evaluate(LAYER_VISIBILITY, LAYERS) == {
        "chart-back": True,
        "chart-index": True,
        "chart-front": False,
        "chart-labels": True,
    }
    assert page.evaluate(VISIBLE_TEXT_BOXES, "#chart-frame .chart-labels .label")
    assert page.evaluate(VISIBLE_TEXT_BOXES, "#chart-frame .chart-back .date-tick")
    assert page.locator("#chart .textpoint text").count() == 0
    assert page.locator("#chart .gridlayer path, #chart .zerolinelayer path").count() == 0
    assert set(
        page.locator("#chart .xtick text, #chart .ytick text").evaluate_all(
            "ticks => ticks.map(tick => getComputedStyle(tick).fillOpacity)"
        )
    ) == {"0"}  # drawn, for their room, in no colour
    assert page.locator("#chart .shapelayer path, #chart .layer-below path").count() == 0

    page.locator("#chart").scroll_into_view_if_needed()
    first = page.evaluate(PLOTLY_POINTS)[0]
    page.mouse.move(first["x"], first["y"])
    page.wait_for_selector(".hoverlayer .hovertext")

    page.evaluate("() => window.releaseWholeFigure()")
    page.wait_for_selector("#chart[data-drawn]")
    assert page.evaluate(LAYER_VISIBILITY, LAYERS) == dict.fromkeys(
        ["chart-back", "chart-index", "chart-front", "chart-labels"], False
    )
    assert page.evaluate(VISIBLE_TEXT_BOXES, "#chart .textpoint text")
    assert page.errors == []
    page.context.close()


def test_with_a_range_slider_the_markers_alone_sit_where_the_static_chart_puts_them(
    browser, live_server, transactional_db
):
    source = make_source()
    for day in (datetime.date(2015, 1, 5), datetime.date(2016, 3, 1), datetime.date(2017, 4, 7)):
        make_event(date=day, score=-6, source=source, label=f"On {day}")
    page = markers_first(browser, live_server.url + "/")

    assert page.locator("#chart .rangeslider-container").count() == 1
    static = {marker["slug"]: marker for marker in page.evaluate(STATIC_MARKERS)}
    interactive = page.evaluate(PLOTLY_POINTS)
    assert len(interactive) == 3
    for point in interactive:
        assert abs(static[point["slug"]]["x"] - point["x"]) <= 3, point["slug"]
        assert abs(static[point["slug"]]["y"] - point["y"]) <= 3, point["slug"]
    page.context.close()


# As soon as plotly.js has drawn the markers alone, before the whole figure, zooms to the middle half of the
# dates (as a reader's drag would) and notes what is on screen then.
ZOOM_WHEN_INTERACTIVE = """(() => {
  new MutationObserver((changes, observer) => {
    const chart = document.getElementById('chart');
    if (!chart || !chart.dataset.interactive) return;
    observer.disconnect();
    const [start, end] = chart.layout.xaxis.range.map((day) => Date.parse(day.slice(0, 10)));
    window.zoomedTo = [0.25, 0.75].map((share) => new Date(start + (end - start) * share).toISOString().slice(0, 10));
    Plotly.relayout(chart, {'xaxis.range': window.zoomedTo}).then(() => {
      window.whileZoomed = {drawn: !!chart.dataset.drawn, layers: (LAYER_VISIBILITY)(LAYERS)};
    });
  }).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-interactive']});
})()""".replace("LAYER_VISIBILITY", LAYER_VISIBILITY).replace("(LAYERS)", f"({json.dumps(LAYERS)})")


def test_zooming_before_the_whole_figure_is_drawn_hides_the_static_layers_and_keeps_the_range(browser, site):
    page = new_page(browser)
    page.context.add_init_script(ZOOM_WHEN_INTERACTIVE)
    page.goto(site + "/embed/")
    page.wait_for_selector("#chart[data-drawn]")
    page.wait_for_function("() => window.whileZoomed")

    assert page.evaluate("() => window.whileZoomed") == {
        "drawn": False,
        "layers": dict.fromkeys(LAYERS, False),  # the static places no longer match: none of them shows
    }
    layout = page.evaluate("() => document.getElementById('chart').layout")
    assert [day[:10] for day in layout["xaxis"]["range"]] == page.evaluate("() => window.zoomedTo")
    assert layout["xaxis"]["tickmode"] == "auto"  # plotly's own ticks for the zoomed range
    assert page.locator("#chart-frame.zoomed").count() == 1
    drawn_traces = page.evaluate("() => document.getElementById('chart').data.map(trace => trace.meta)")
    assert {"events", "index", "labels"} <= set(drawn_traces)  # the whole figure
    assert page.errors == []
    page.context.close()


def test_events_sharing_a_day_and_a_score_each_get_a_hover_target_and_a_link(browser, live_server, transactional_db):
    source = make_source()
    same = [
        make_event(title=f"Same day {n}", date=datetime.date(2017, 4, 7), score=-2, source=source) for n in range(4)
    ]
    make_event(title="Later", date=datetime.date(2017, 6, 1), score=3, source=source)
    page = drawn(new_page(browser), live_server.url + "/")

    links = [marker for marker in page.evaluate(STATIC_MARKERS) if marker["title"].find("Same day") >= 0]
    assert sorted(link["href"] for link in links) == sorted(event.get_absolute_url() for event in same)
    assert len({(round(link["x"]), round(link["y"])) for link in links}) == 4

    hovered = set()
    for point in page.evaluate(PLOTLY_POINTS):
        if point["slug"].startswith("same-day") or point["slug"] in {event.slug for event in same}:
            page.mouse.move(5, 5)
            page.wait_for_selector(".hoverlayer .hovertext", state="detached")
            page.mouse.move(point["x"], point["y"])
            page.wait_for_selector(".hoverlayer .hovertext")
            hovered.add(page.locator(".hoverlayer .hovertext").text_content())
    assert len(hovered) == 4
    assert all(any(event.title in text for text in hovered) for event in same)
    page.context.close()


@pytest.mark.parametrize("path", PAGES)
def test_without_javascript_every_marker_is_a_link_to_its_event(browser, site, path):
    page = new_page(browser, javascript=False)
    page.goto(site + path)

    markers = page.evaluate(STATIC_MARKERS)
    published = Event.objects.published()
    assert sorted(marker["href"] for marker in markers) == sorted(event.get_absolute_url() for event in published)
    assert all(marker["title"] for marker in markers)
    if path == "/":  # an embed's links open a new tab
        page.locator(f'#chart-frame a.marker[href="{published.order_by("score").first().get_absolute_url()}"]').click()
        page.wait_for_url("**/events/**")
        assert page.locator("h1").inner_text() == published.order_by("score").first().title
    page.context.close()


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("path", PAGES)
def test_no_chart_text_is_clipped_and_no_labels_overlap(browser, site, path, width):
    page = drawn(new_page(browser, width=width), site + path)

    for layer in ["#chart-frame .chart-static text", "#chart .main-svg text"]:
        page.evaluate("() => document.getElementById('chart-frame').classList.remove('plotly-ready')")
        if layer.startswith("#chart "):
            page.evaluate("() => document.getElementById('chart-frame').classList.add('plotly-ready')")
        boxes = page.evaluate(VISIBLE_TEXT_BOXES, layer)
        assert boxes
        clipped = [box["text"] for box in boxes if box["left"] < 0 or box["right"] > width]
        assert clipped == [], f"{layer} at {width}px"
    page.evaluate("() => document.getElementById('chart-frame').classList.remove('plotly-ready')")
    static_labels = page.evaluate(VISIBLE_TEXT_BOXES, "#chart-frame .chart-static .label, #chart-frame .era-title")
    page.evaluate("() => document.getElementById('chart-frame').classList.add('plotly-ready')")
    plotly_labels = page.evaluate(VISIBLE_TEXT_BOXES, "#chart .textpoint text")
    assert static_labels
    assert overlapping(static_labels) == []
    assert overlapping(plotly_labels) == []
    assert sorted(box["text"] for box in static_labels) == sorted(box["text"] for box in plotly_labels)
    caption = page.locator(".chart-caption").bounding_box()
    assert caption["x"] >= 0
    assert caption["x"] + caption["width"] <= width
    page.context.close()


def test_the_toolbar_keeps_zoom_pan_reset_and_png_and_nothing_that_leaves_the_site(browser, site):
    page = drawn(new_page(browser), site + "/")
    page.locator("#chart").hover()

    titles = page.locator("#chart .modebar-btn").evaluate_all("buttons => buttons.map(b => b.dataset.title)")
    assert {"Zoom", "Pan", "Reset axes"} <= set(titles)
    assert [title for title in titles if title.lower().startswith("download plot")]
    assert not [title for title in titles if "Chart Studio" in title or "Share" in title or "cloud" in title.lower()]
    # The PNG button works from the keyboard, within the site's content security policy.
    page.locator("#chart .modebar-btn[data-title^='Download plot']").focus()
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename == "us-russia-relations-timeline.png"
    assert page.errors == []
    page.context.close()


def test_on_a_phone_there_is_no_toolbar_and_the_index_has_its_own_strip(browser, site):
    page = drawn(new_page(browser, width=390), site + "/")

    assert page.locator("#chart .modebar-btn").count() == 0
    layout = page.evaluate("() => document.getElementById('chart').layout")
    assert layout["yaxis2"]["domain"][1] < layout["yaxis"]["domain"][0]
    assert "overlaying" not in layout["yaxis2"] or layout["yaxis2"]["overlaying"] is None
    page.context.close()


def test_the_page_has_a_range_slider_when_the_events_span_more_than_a_year(browser, live_server, transactional_db):
    source = make_source()
    make_event(date=datetime.date(2015, 1, 5), source=source, label="The first")
    make_event(date=datetime.date(2017, 4, 7), source=source, label="The second")

    page = drawn(new_page(browser), live_server.url + "/")
    assert page.locator("#chart .rangeslider-container").count() == 1
    labels = [box["text"] for box in page.evaluate(VISIBLE_TEXT_BOXES, "#chart .textpoint text")]
    assert labels
    assert len(labels) == len(set(labels))  # in the plot, not again in the slider
    static = {marker["slug"]: marker for marker in page.evaluate(STATIC_MARKERS)}
    for point in page.evaluate(PLOTLY_POINTS):  # the slider's room is reserved in the static chart too
        assert abs(static[point["slug"]]["x"] - point["x"]) <= 3
        assert abs(static[point["slug"]]["y"] - point["y"]) <= 3
    embed = drawn(new_page(browser), live_server.url + "/embed/")
    assert embed.locator("#chart .rangeslider-container").count() == 0
    page.context.close()
    embed.context.close()


def test_a_keyboard_opens_the_focused_event_from_the_chart(browser, site):
    page = drawn(new_page(browser), site + "/")
    first = page.locator("#chart-frame a.marker").first

    first.focus()
    assert page.evaluate("() => document.activeElement.closest('a.marker') !== null")
    page.wait_for_selector(".hoverlayer .hovertext")
    page.keyboard.press("Enter")
    page.wait_for_selector("#panel .event-panel")
    assert (
        Event.objects.get(slug=first.get_attribute("href").split("/")[-2]).title in page.locator("#panel").inner_text()
    )
    page.context.close()


POINT_CENTRE = """(number) => {
  const point = Array.from(document.querySelectorAll('#chart .scatterlayer .traceevents .point'))
    .find(candidate => candidate.__data__.i === number);
  const box = point.getBoundingClientRect();
  return {x: box.x + box.width / 2, y: box.y + box.height / 2};
}"""
HOVER_TEXT = (
    "() => Array.from(document.querySelectorAll('.hoverlayer .hovertext')).map(label => label.textContent).join()"
)


def test_a_plotly_marker_opens_and_a_focused_static_marker_hovers_the_event_at_its_position(browser, site):
    """The figure's points hold no slugs (figures.event_markers): a click on the n-th point opens the event of
    the n-th static marker, and focus on a static marker shows the hover label of the point at its position."""
    count = Event.objects.published().count()
    assert count > 2
    for number in (0, count // 2, count - 1):
        page = drawn(new_page(browser), site + "/")
        link = page.locator("#chart-frame .chart-front a.marker").nth(number)
        slug = link.get_attribute("href").split("/")[-2]
        # The static title is "day: title (score …)"; the hover label shows the same day and title.
        words = "".join(link.locator("title").text_content().split(": ", 1)[1].split()[:3])
        link.focus()
        page.wait_for_function(f"() => ({HOVER_TEXT})().replace(/\\s/g, '').includes({json.dumps(words)})")
        page.evaluate("() => document.activeElement.blur()")

        centre = page.evaluate(POINT_CENTRE, number)
        page.mouse.move(centre["x"], centre["y"])
        page.mouse.click(centre["x"], centre["y"])
        page.wait_for_function("slug => document.querySelector('#panel article')?.dataset.eventSlug === slug", arg=slug)
        assert page.errors == []
        page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_the_chart_has_no_serious_or_critical_axe_violations(browser, site, path, scheme):
    page = drawn(new_page(browser, scheme=scheme, bypass_csp=True), site + path)
    page.add_script_tag(content=AXE.read_text())

    result = page.evaluate("async () => await axe.run('#chart-block', {resultTypes: ['violations']})")

    serious = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
    page.context.close()


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots_of_the_chart(browser, site, screenshot_dir, width, scheme):
    for path, name in [("/", "timeline"), ("/embed/?theme=auto", "embed")]:
        page = drawn(new_page(browser, width=width, scheme=scheme), site + path)
        page.locator("#chart-block").screenshot(path=screenshot_dir / f"chart-{name}-{width}-{scheme}.png")
        page.context.close()
        static = new_page(browser, width=width, scheme=scheme, javascript=False)
        static.goto(site + path)
        static.locator("#chart-block").screenshot(path=screenshot_dir / f"chart-{name}-static-{width}-{scheme}.png")
        static.context.close()
    assert (screenshot_dir / f"chart-timeline-{width}-{scheme}.png").stat().st_size > 10_000
    assert urlsplit(site).scheme == "http"
