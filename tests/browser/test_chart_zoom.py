"""The chart's zoom in Chromium (static/js/chart.js): back at the whole range (or, by the range slider, over it)
the server's date ticks return, and an embed, which keeps no address, keeps the reader's zoom through a resize."""

import pytest

from tests.browser.test_chart_keyboard import VISIBLE_RANGE, keyboard_page, many_events, press  # noqa: F401

# The x axis's ticks as the layout holds them and as plotly.js wrote them.
TICKS = """() => {
  const axis = document.getElementById('chart').layout.xaxis;
  const written = [...document.querySelectorAll('#chart .xaxislayer-above .xtick text')]
    .map((text) => text.textContent);
  return {mode: axis.tickmode, values: axis.tickvals, texts: axis.ticktext, written: written};
}"""
CURATED = "() => document.getElementById('chart').layout.xaxis.tickmode === 'array'"
WHOLE_AGAIN = "(whole) => document.getElementById('chart').layout.xaxis.range.join() === whole.join()"


def zoom_by_keyboard(page):
    """Tab onto the markers, ten events on, + : the visible range halves around that event."""
    whole = page.evaluate("() => document.getElementById('chart').layout.xaxis.range")
    press(page, "Tab")
    press(page, "PageDown")
    page.keyboard.press("+")
    page.wait_for_function(f"(whole) => !({WHOLE_AGAIN})(whole)", arg=whole)
    return whole


def back_to_the_whole_range(page, way, whole):
    if way == "reset":
        page.click('.modebar-btn[data-attr="zoom"][data-val="reset"]')
    elif way == "double click":
        box = page.locator("#chart .nsewdrag").first.bounding_box()
        page.mouse.dblclick(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    else:
        page.keyboard.press("-")
    page.wait_for_function(WHOLE_AGAIN, arg=whole)


# A phone has no toolbar, hence no reset button.
@pytest.mark.parametrize(
    ("way", "width"), [("reset", 1280), ("double click", 1280), ("double click", 390), ("minus", 1280), ("minus", 390)]
)
@pytest.mark.usefixtures("many_events")
def test_back_at_the_whole_range_the_server_ticks_return(browser, live_server, screenshot_dir, way, width):
    page = keyboard_page(browser, live_server.url + "/", width=width)
    curated = page.evaluate(TICKS)
    assert curated["mode"] == "array"
    assert curated["written"] == curated["texts"]

    whole = zoom_by_keyboard(page)
    assert page.evaluate(TICKS)["mode"] == "auto"  # plotly's own ticks for the zoomed range

    back_to_the_whole_range(page, way, whole)
    page.wait_for_function(CURATED, timeout=5000)
    assert page.evaluate(TICKS) == curated
    assert page.locator("#chart-frame.zoomed").count() == 0
    page.locator("#chart-block").screenshot(
        path=screenshot_dir / f"chart-whole-again-{way.replace(' ', '-')}-{width}.png"
    )
    assert page.errors == []
    page.context.close()


@pytest.mark.parametrize(("width", "resized"), [(1280, 900), (900, 390), (390, 1280)])
@pytest.mark.usefixtures("many_events")
def test_an_embed_keeps_the_readers_zoom_when_it_is_resized(browser, live_server, screenshot_dir, width, resized):
    page = keyboard_page(browser, live_server.url + "/embed/", width=width)
    zoom_by_keyboard(page)
    zoomed = page.evaluate(VISIBLE_RANGE)

    page.set_viewport_size({"width": resized, "height": 900})
    page.wait_for_function(
        "(width) => Math.abs(document.getElementById('chart').layout.width - width) < 60", arg=resized
    )
    page.wait_for_timeout(300)  # the redraw's zoom, after its draw of the whole range

    assert page.evaluate(VISIBLE_RANGE) == zoomed
    assert page.locator("#chart-frame.zoomed").count() == 1
    assert page.evaluate(TICKS)["mode"] == "auto"
    page.wait_for_selector(".hoverlayer .hovertext")  # the focused marker's label again
    page.locator("#chart-block").screenshot(path=screenshot_dir / f"embed-zoom-resized-{width}-to-{resized}.png")
    press(page, "-")  # the keyboard still zooms out from there, to the whole range with the server's ticks
    page.wait_for_function(CURATED, timeout=5000)
    assert page.errors == []
    page.context.close()


def drag(page, selector, to_x):
    box = page.locator(selector).bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(to_x, box["y"] + box["height"] / 2, steps=5)
    page.mouse.up()


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.usefixtures("many_events")
def test_a_range_slider_dragged_back_over_the_whole_span_brings_back_the_server_ticks(
    browser, live_server, screenshot_dir, width
):
    """Dragged to the slider's ends, its handles give a range a little wider than the whole one (the slider spans
    plotly's automatic range): the chart takes the whole range again, exactly, with the server's ticks."""
    page = keyboard_page(browser, live_server.url + "/", width=width)
    curated = page.evaluate(TICKS)
    whole = zoom_by_keyboard(page)
    slider = page.locator("#chart .rangeslider-bg").bounding_box()

    drag(page, "#chart .rangeslider-grabarea-min", slider["x"] - 20)
    drag(page, "#chart .rangeslider-grabarea-max", slider["x"] + slider["width"] + 20)

    page.wait_for_function(CURATED, timeout=5000)
    assert page.evaluate(TICKS) == curated
    assert page.locator("#chart-frame.zoomed").count() == 0
    assert "zoom=" not in page.url
    assert page.evaluate(WHOLE_AGAIN, whole)
    page.locator("#chart-block").screenshot(path=screenshot_dir / f"chart-whole-again-slider-{width}.png")
    assert page.errors == []
    page.context.close()


# The whole range, each end half a pixel's worth of time inside it.
NEARLY_WHOLE = """(whole) => {
  const chart = document.getElementById('chart');
  const ends = whole.map((end) => Date.parse(end + 'Z'));
  const half = (ends[1] - ends[0]) / chart._fullLayout.xaxis._length / 2;
  const day = (time) => new Date(time).toISOString().replace('T', ' ').replace('Z', '');
  return Plotly.relayout(chart, {'xaxis.range': [day(ends[0] + half), day(ends[1] - half)]});
}"""


@pytest.mark.usefixtures("many_events")
def test_a_range_within_a_pixel_of_the_whole_one_is_the_whole_one(browser, live_server):
    page = keyboard_page(browser, live_server.url + "/")
    curated = page.evaluate(TICKS)
    whole = zoom_by_keyboard(page)

    page.evaluate(NEARLY_WHOLE, whole)

    page.wait_for_function(CURATED, timeout=5000)
    assert page.evaluate(TICKS) == curated
    assert page.evaluate(WHOLE_AGAIN, whole)
    assert page.locator("#chart-frame.zoomed").count() == 0
    assert page.errors == []
    page.context.close()
