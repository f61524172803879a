"""The chart as a PNG for link previews, and the card tags that point at it."""

import datetime
import re
import struct

import pytest
from django.core.cache import cache

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
