"""Bytes a reader downloads for an embed: /embed/ and an event card, in Chromium.

Serves the app with `manage.py runserver --noreload` on a free loopback port,
against a throw-away SQLite database loaded with fixtures/seed.json (plus
--events synthetic events), opens each embed in Debian's Chromium through
Playwright with an empty cache, and prints every response's size two ways:

  sent   what crossed the wire here: headers and body as the development
         server sends them, uncompressed;
  gzip   an estimate for production: the headers plus the body compressed by
         gzip at level 9, which is what whitenoise stores for static files at
         collectstatic. The HTML and oEmbed answers are compressed only if the
         front server (nginx, a CDN) does; there is no GZipMiddleware.
"""

import argparse
import gzip
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

START_TIMEOUT_SECONDS = 60


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=0, help="synthetic events to add to the seed (default none)")
    return parser.parse_args()


def manage(environment, *arguments):
    command = [sys.executable, "manage.py", *arguments]
    subprocess.run(command, cwd=ROOT, env=environment, check=True, stdout=subprocess.DEVNULL)


def prepare_database(environment, synthetic_events):
    manage(environment, "migrate", "--noinput")
    manage(environment, "loaddata", "fixtures/seed.json")
    if synthetic_events:
        manage(environment, "generate_events", "--count", str(synthetic_events), "--seed", "1")


def first_published_slug(database):
    with sqlite3.connect(database) as connection:
        query = "SELECT slug FROM timeline_event WHERE status = 'published' ORDER BY date, title LIMIT 1"
        return connection.execute(query).fetchone()[0]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(environment, port):
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/embed/", timeout=5)
            return server
        except OSError:
            if server.poll() is not None:
                raise SystemExit("The development server stopped while starting.") from None
            time.sleep(0.3)
    server.terminate()
    raise SystemExit(f"The development server did not answer within {START_TIMEOUT_SECONDS} s.")


def measure(browser, url, ready_selector):
    """(path, content type, sent bytes, gzip estimate) for every response the page needed."""
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
        headers = sizes["responseHeadersSize"]
        content_type = response.headers.get("content-type", "").split(";")[0]
        sent, compressed = headers + sizes["responseBodySize"], headers + len(gzip.compress(body, 9))
        rows.append((urlsplit(request.url).path, content_type, sent, compressed))
    context.close()
    return rows


def report(title, rows):
    print(f"\n{title}")
    print(f"  {'resource':<60} {'type':<24} {'sent':>11} {'gzip':>11}")
    for path, content_type, sent, compressed in rows:
        print(f"  {path:<60} {content_type:<24} {sent:>11,} {compressed:>11,}")
    total = f"total ({len(rows)} responses)"
    print(f"  {total:<60} {'':<24} {sum(row[2] for row in rows):>11,} {sum(row[3] for row in rows):>11,}")


def main():
    arguments = parse_arguments()
    if not CHROMIUM.exists():
        raise SystemExit(f"Chromium not found at {CHROMIUM}; install Debian's chromium package.")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as workdir:
        database = Path(workdir) / "bench.sqlite3"
        environment = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{database}",
            "DJANGO_DEBUG": "1",
            "DJANGO_SETTINGS_MODULE": "relations.settings",
        }
        prepare_database(environment, arguments.events)
        slug = first_published_slug(database)
        port = free_port()
        server = start_server(environment, port)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
                site = f"http://127.0.0.1:{port}"
                timeline = measure(browser, f"{site}/embed/", "html.chart-drawn")
                card = measure(browser, f"{site}/embed/events/{slug}/", ".embed-card")
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)
    events = "the seed events" + (f" and {arguments.events:,} synthetic ones" if arguments.events else "")
    print(f"Bytes per embed with an empty cache, {events}.")
    print("sent: as served by runserver (uncompressed); gzip: the estimate for production.")
    report("/embed/ (the timeline chart)", timeline)
    report(f"/embed/events/{slug}/ (an event card)", card)


if __name__ == "__main__":
    main()
