"""Hostile text in a real browser: no dialog opens, no injected element exists, hover text is literal."""

import pytest

from tests.test_untrusted_text import hostile, html_pages  # noqa: F401 (the fixture)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def hostile_site(live_server, hostile):  # noqa: F811
    return live_server.url, hostile


def test_hostile_text_stays_inert_in_every_page(page, hostile_site):
    site, event = hostile_site
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    for url in html_pages(event):
        page.goto(site + url)
        page.wait_for_load_state("networkidle")
        injected = page.evaluate(
            '() => document.querySelectorAll(\'img[src="x"], [onerror], a[href^="javascript:"]\').length'
        )
        assert injected == 0, url

    assert dialogs == []


def test_the_chart_hover_shows_hostile_titles_as_literal_text(page, hostile_site):
    site, _event = hostile_site
    page.goto(site + "/")
    page.wait_for_selector("#chart[data-drawn]")
    marker = page.locator("#chart .scatterlayer .traceevents .point").first
    marker.scroll_into_view_if_needed()
    box = marker.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)

    hover = page.locator("#chart .hoverlayer .hovertext")
    hover.wait_for()
    assert '<script>alert("xss-1")</script>' in hover.text_content()
    assert page.locator("#chart .hoverlayer img").count() == 0
