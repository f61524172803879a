"""The chart as a PNG for link previews, and the card tags that point at it."""

import datetime
import html
import re
import struct

import pytest
from django.core.cache import cache

from timeline import chart_image
from timeline.text_width import text_width

from .factories import make_event

pytestmark = pytest.mark.django_db


def png_size(data):
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_the_chart_image_is_a_1200_by_630_png_with_caching_headers(client):
    make_event(score=-8, date=datetime.date(2017, 4, 7), label="Strikes")

    response = client.get("/chart.png?category=diplomatic")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert png_size(response.content) == (1200, 630)
    assert "max-age" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]
    again = client.get("/chart.png?category=diplomatic", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def test_the_image_is_rendered_once_per_content_state_and_filter(client, monkeypatch):
    make_event()
    cache.clear()
    renders = []
    from timeline.views import images

    original = images.render_png
    monkeypatch.setattr(images, "render_png", lambda form: renders.append(1) or original(form))

    client.get("/chart.png")
    client.get("/chart.png")
    client.get("/chart.png?direction=thaw")
    make_event(title="A new event")
    client.get("/chart.png")

    assert len(renders) == 3


def test_a_bad_filter_is_a_readable_400(client):
    response = client.get("/chart.png?date_from=yesterday")

    assert response.status_code == 400
    assert b"From (date_from)" in response.content


def test_the_timeline_page_announces_the_chart_image_with_its_filters(client):
    make_event()

    content = client.get("/?category=diplomatic&page=1&event=nothing-here").content.decode()

    assert re.search(r'<meta property="og:image" content="http://testserver/chart.png\?category=diplomatic">', content)
    assert '<meta name="twitter:card" content="summary_large_image">' in content
    assert '<meta name="twitter:image" content="http://testserver/chart.png?category=diplomatic">' in content
    assert client.get("/chart.png?category=diplomatic").status_code == 200


def header_lines(svg):
    """The texts above the chart (the title's and the subtitle's), with the span each covers on its line: the
    title's bold serif counted a fifth wider than the sans-serif widths text_width knows."""
    spans = []
    # The header's texts are placed in plain pixels (the chart's in percentages of the plot).
    for attributes, text in re.findall(r'<text ((?:class="title" )?x="[\d.]+" y="[\d.]+"[^>]*)>([^<]*)</text>', svg):
        size, factor = (17, 1.2) if 'class="title"' in attributes else (11, 1)
        x, y = (float(re.search(rf' ?\b{axis}="([\d.]+)"', attributes)[1]) for axis in "xy")
        width = text_width(html.unescape(text), size) * factor
        start = x - width if 'text-anchor="end"' in attributes else x
        spans.append((y, start, start + width))
    return [span for span in spans if span[0] < chart_image.TITLE_HEIGHT]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_title_and_the_subtitle_of_the_image_do_not_overlap(client, monkeypatch, language):
    make_event()
    drawn = []
    render = chart_image.resvg_py.svg_to_bytes
    monkeypatch.setattr(chart_image.resvg_py, "svg_to_bytes", lambda **given: drawn.append(given) or render(**given))

    client.get(f"/{language}/chart.png".replace("/en/", "/"))

    [(title_line, _, title_end), (subtitle_line, subtitle_start, _)] = header_lines(drawn[0]["svg_string"])
    assert title_line != subtitle_line or title_end < subtitle_start
