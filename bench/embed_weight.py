"""Bytes a reader downloads for an embed, in Chromium, as production serves them, beside a floor.

Serves the app with gunicorn and production settings (whitenoise's compressed
static files, the site's Brotli/gzip compression) on loopback, against a
throw-away SQLite database loaded with fixtures/seed.json, then topped up with
synthetic events to each size asked for. Opens /embed/ and an event card in
Debian's Chromium through Playwright with an empty cache and prints, for every
response, the bytes that crossed the wire (headers and body as encoded) and
the decoded body.

The floor beside the chart's total is the chart's own data and library: the
plotly.js bundle as sent, plus the figure's JSON compressed with Brotli at the
site's quality. What the embed sends beyond it is page and styling.
"""

import argparse
import re
import sqlite3
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import brotli

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load import free_ports, manage, production_environment, start_gunicorn  # noqa: E402  (path set above)
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from timeline.compression import BROTLI_QUALITY  # noqa: E402

FIGURE = re.compile(rb'<script type="application/json" id="timeline-figure"[^>]*>(.*?)</script>', re.S)


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--events", type=int, nargs="+", default=[0, 1000, 10_000], help="synthetic events beside the seed"
    )
    return parser.parse_args()


def first_published_slug(database):
    with sqlite3.connect(database) as connection:
        query = "SELECT slug FROM timeline_event WHERE status = 'published' ORDER BY date, title LIMIT 1"
        return connection.execute(query).fetchone()[0]


def synthetic_count(database):
    with sqlite3.connect(database) as connection:
        return connection.execute("SELECT COUNT(*) FROM timeline_event WHERE is_synthetic").fetchone()[0]


def measure(browser, url, ready_selector):
    """(path, content type, bytes on the wire, decoded body bytes, body) for every response the page needed."""
    context = browser.new_context()
    page = context.new_page()
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(url)
    page.wait_for_selector(ready_selector)
    page.wait_for_load_state("networkidle")
    rows = []
    for request in finished:
        response = request.response()
        sizes = request.sizes()
        body = response.body()
        content_type = response.headers.get("content-type", "").split(";")[0]
        sent = sizes["responseHeadersSize"] + sizes["responseBodySize"]
        rows.append((urlsplit(request.url).path, content_type, sent, len(body), body))
    context.close()
    return rows


def floor(rows):
    """The plotly.js bundle as sent, and the figure's JSON as Brotli would send it."""
    bundle = sum(sent for path, _, sent, _, _ in rows if "plotly" in path)
    page = next(body for path, content_type, _, _, body in rows if content_type == "text/html")
    figure = FIGURE.search(page)
    data = len(brotli.compress(figure.group(1), quality=BROTLI_QUALITY)) if figure else 0
    return bundle, data


def report(title, rows, with_floor):
    print(f"\n{title}")
    print(f"  {'resource':<64} {'type':<24} {'sent':>11} {'decoded':>11}")
    for path, content_type, sent, decoded, _ in rows:
        print(f"  {path:<64} {content_type:<24} {sent:>11,} {decoded:>11,}")
    total = sum(row[2] for row in rows)
    print(f"  {f'total ({len(rows)} responses)':<64} {'':<24} {total:>11,} {sum(row[3] for row in rows):>11,}")
    if with_floor:
        bundle, data = floor(rows)
        print(
            f"  floor: plotly.js as sent {bundle:,} + the figure's data compressed {data:,} = {bundle + data:,}; "
            f"the embed sends {total / (bundle + data):.2f}x its floor"
        )


def main():
    arguments = parse_arguments()
    if not CHROMIUM.exists():
        raise SystemExit(f"Chromium not found at {CHROMIUM}; install Debian's chromium package.")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as directory:
        workdir = Path(directory)
        environment = production_environment(workdir)
        database = workdir / "load.sqlite3"
        manage(environment, "migrate", "--noinput")
        manage(environment, "loaddata", "fixtures/seed.json")
        manage(environment, "collectstatic", "--noinput")
        slug = first_published_slug(database)
        [port] = free_ports("8100-8199", 1)
        server = start_gunicorn("relations.wsgi", environment, port, 1, "/embed/")
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
                print("Bytes per embed with an empty browser cache, as gunicorn with production settings sends them.")
                for count in sorted(arguments.events):
                    missing = count - synthetic_count(database)
                    if missing > 0:
                        manage(environment, "generate_events", "--count", str(missing), "--seed", str(count))
                    events = "the seed events" + (f" and {count:,} synthetic ones" if count else "")
                    site = f"http://127.0.0.1:{port}"
                    timeline = measure(browser, f"{site}/embed/", "html.chart-drawn")
                    report(f"/embed/ (the timeline chart), {events}", timeline, with_floor=True)
                    if not count:
                        card = measure(browser, f"{site}/embed/events/{slug}/", ".embed-card")
                        report(f"/embed/events/{slug}/ (an event card)", card, with_floor=False)
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
