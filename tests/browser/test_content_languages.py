"""The events in both languages in Chromium: Russian labels measured as the browser draws them, hover labels
that stay on a phone's screen, texts shown in the other language marked with their language."""

import pytest

from timeline.eras.models import Era
from timeline.models import Event
from timeline.text_width import text_width

from .test_chart import PLOTLY_POINTS, drawn, new_page

CHART_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif'
MEASURED = """([texts, fonts]) => {
  const context = document.createElement('canvas').getContext('2d');
  const width = (text, font) => { context.font = font; return context.measureText(text).width; };
  return texts.map(text => Math.max(...fonts.map(font => width(text, font))));
}"""


def texts_of_record():
    """Every title and label of the seed's events and eras in both languages, and the score's signs."""
    texts = [
        getattr(row, f"{field}_{language}")
        for row in [*Event.objects.all(), *Era.objects.all()]
        for field in ("title", "label")
        for language in ("en", "ru")
        if getattr(row, f"{field}_{language}", None)
    ]
    return [*texts, "−8.0 +4,5 · №1 «»"]


def test_the_servers_width_estimate_covers_the_texts_as_chromium_draws_them(browser, site):
    page = new_page(browser)
    page.goto(site + "/")
    texts = texts_of_record()
    assert len(texts) > 60
    fonts = [f"{style} 11px {face}" for style in ("normal", "italic") for face in (CHART_FONT, '"Liberation Sans"')]
    drawn_widths = page.evaluate(MEASURED, [texts, fonts])
    wider_than_estimated = [
        (text, round(width, 1), round(text_width(text, 11), 1))
        for text, width in zip(texts, drawn_widths, strict=True)
        if width > text_width(text, 11)
    ]
    assert wider_than_estimated == []
    page.context.close()


HOVER_BOX = """() => { const box = document.querySelector('#chart .hoverlayer .hovertext').getBoundingClientRect();
  return {left: box.left, right: box.right, top: box.top, bottom: box.bottom}; }"""


@pytest.mark.parametrize("path", ["/", "/ru/"])
def test_every_hover_label_stays_on_a_phones_screen(browser, site, path):
    page = drawn(new_page(browser, width=390), site + path)
    page.locator("#chart").scroll_into_view_if_needed()
    points = page.evaluate(PLOTLY_POINTS)
    assert len(points) >= 15
    outside = []
    for point in points:
        page.mouse.move(1, 1)
        page.wait_for_selector(".hoverlayer .hovertext", state="detached")
        page.mouse.move(point["x"], point["y"])
        page.wait_for_selector(".hoverlayer .hovertext")
        box = page.evaluate(HOVER_BOX)
        if box["left"] < 0 or box["right"] > 390:
            outside.append((point["slug"], round(box["left"]), round(box["right"])))
    assert outside == []
    page.context.close()


# Each label's text and font style as plotly.js drew it (the labels' trace) and as the static chart has it.
LABEL_STYLES = """() => ({
  plotly: Array.from(document.querySelectorAll('#chart .scatterlayer .trace text')).filter(text =>
      text.closest('.trace').__data__[0].trace.meta === 'labels')
    .map(text => [text.textContent, getComputedStyle(text).fontStyle]),
  static: Array.from(document.querySelectorAll('#chart-frame svg text.label'))
    .map(text => [text.textContent, getComputedStyle(text).fontStyle, text.getAttribute('lang')]),
})"""


@pytest.mark.parametrize("width", [1280, 390])
def test_a_label_in_the_other_language_is_italic_as_plotly_draws_it_and_in_the_static_chart(browser, site, width):
    strongest = max(Event.objects.published(), key=lambda event: abs(event.score))
    strongest.title_ru = strongest.label_ru = ""
    strongest.save()
    page = drawn(new_page(browser, width=width), site + "/ru/")
    styles = page.evaluate(LABEL_STYLES)
    italic = {text for text, style in styles["plotly"] if style == "italic"}
    upright = {text for text, style in styles["plotly"] if style == "normal"}
    assert len(italic) == 1, styles["plotly"]
    assert upright, "the labels in the page's language stay upright"
    assert italic <= {text for text, style, lang in styles["static"] if style == "italic" and lang == "en"}
    assert "на английском" in page.locator(".chart-key").inner_text()
    assert page.errors == []
    page.context.close()
