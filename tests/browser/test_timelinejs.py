"""The TimelineJS download in TimelineJS3 itself (npm's @knight-lab/timelinejs), as a newsroom uses it: a page
on another site hands TL.Timeline the download's address."""

import functools
import json
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

TIMELINEJS = Path(__file__).resolve().parents[2] / "node_modules" / "@knight-lab" / "timelinejs" / "dist"
PAGE = """<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="tl/css/timeline.css"><title>Article</title></head>
<body><div id="timeline" style="width: 100%%; height: 600px"></div>
<script src="tl/js/timeline.js"></script>
<script>
window.timeline = new TL.Timeline("timeline", %(address)s, {
  script_path: new URL("tl/js/", location.href).href, language: %(language)s, font: null
});
window.timeline.on("loaded", () => { document.body.dataset.loaded = "true"; });
</script></body></html>"""


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture
def newsroom(tmp_path):
    """Writes a page that loads a download in TimelineJS, served from another origin than the site."""
    (tmp_path / "tl").symlink_to(TIMELINEJS)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def page_loading(address, language):
        values = {"address": json.dumps(address), "language": json.dumps(language)}
        (tmp_path / "timeline.html").write_text(PAGE % values, encoding="utf-8")
        return f"http://127.0.0.1:{server.server_port}/timeline.html"

    yield page_loading
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    ("path", "language"),
    [
        ("/events.timelinejs.json", "en"),
        ("/ru/events.timelinejs.json", "ru"),
        # The era that goes on began after the last military event: it ran from its first day to that same day.
        ("/events.timelinejs.json?category=military", "en"),
        ("/ru/events.timelinejs.json?category=military&theater=syria", "ru"),
    ],
)
def test_the_timelinejs_download_loads_in_timelinejs_with_every_slide_and_era(page, site, newsroom, path, language):
    """Filtered to the military events, TimelineJS refused the download ("All eras must have start and end
    dates") and showed nothing."""
    document = page.request.get(site + path).json()

    page.goto(newsroom(site + path, language))
    page.wait_for_selector("body[data-loaded], .tl-message-content:has-text('ERROR')")

    assert page.locator(".tl-message-content").all_inner_texts() in ([], [""])
    assert page.locator(".tl-timemarker").count() == len(document["events"])
    assert page.locator(".tl-timeera").count() == len(document["eras"]) > 0
    assert (
        page.locator(".tl-slide-titleslide h2").inner_text().casefold()
        == document["title"]["text"]["headline"].casefold()
    )
