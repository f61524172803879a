"""Render benchmark: when does a reader see every event's marker, and when can they use the chart?

In one run and one Chromium, at each size (default 20, 500 and 2,000 events, generated and
spread over ~26 years), loads interleaved, each in a fresh browser context (an empty cache):

  TimelineJS3    the same events (our TimelineJS export) in Knight Lab's TimelineJS 3, from npm
  bare plotly    plotly.js (the same partial bundle, the same served copy) drawing one scatter of the events' scores
  /embed/        our chart embed, served by gunicorn with production settings (whitenoise)
  /              our timeline page

and prints the median of two moments, in ms from the start of navigation, each taken when the
frame showing it has been rendered (the first task after that frame's style, layout and paint)
and never before the page's first contentful paint:

  markers   every event's marker is on screen (TimelineJS: its time-navigation markers;
            plotly: the scatter's points; ours: the server-drawn SVG's links, or plotly's points)
  ready     every event's plotly marker takes hover and clicks: plotly's promise has resolved and
            its hover-and-drag surface is in the page (not for TimelineJS). Ours draws the markers
            first, over the static chart's eras, phases, index, axes and labels (static/js/chart.js)
  complete  plotly has drawn the whole figure (the bare scatter: the same moment as ready)

with the ratios the issue sets as bars: /embed/ markers against TimelineJS (≤ 1.0× at 20
events, ≤ 0.3× at 2,000) and /embed/ ready against bare plotly (≤ 1.3× at every size); and
the /embed/ page's weight at the smallest size: its HTML before compression (≤ 60 KB) and
every response's bytes as transferred (≤ 450 KB).

The machine may be shared: every figure is a median over --repeat interleaved loads, and
the ratios compare loads made in the same rounds.
"""

import argparse
import json
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

PYTHON = sys.executable
TIMEOUT_MS = 60_000
# Polled on every animation frame from the first moment of the page. A condition that holds in a
# frame is timed in a task queued from that frame's callbacks, which runs once the frame has been
# styled, laid out and painted; and no moment is earlier than the first contentful paint (until the
# style sheets have come, a page's elements exist but nothing is on screen).
PROBE = """
(() => {
  const moments = window.__moments = {};
  const held = {};  // when each condition's frame was rendered
  const seen = new Set();
  const expected = %(count)d;
  const checks = {
    markers: () => document.querySelectorAll(%(markers)s).length >= expected,
    ready: () => %(ready)s,
    complete: () => %(complete)s,
  };
  let firstPaint = null;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === "first-contentful-paint") firstPaint = entry.startTime;
    settle();
  }).observe({type: "paint", buffered: true});
  function settle() {
    if (firstPaint === null) return;
    for (const name in held) if (!(name in moments)) moments[name] = Math.max(held[name], firstPaint);
  }
  function poll() {
    for (const name in checks) {
      if (seen.has(name)) continue;
      let holds = false;
      try { holds = checks[name](); } catch (e) {}
      if (!holds) continue;
      seen.add(name);
      setTimeout(() => { held[name] = performance.now(); settle(); }, 0);
    }
    if (seen.size < Object.keys(checks).length) requestAnimationFrame(poll);
  }
  requestAnimationFrame(poll);
})();
"""
PLOTLY_SURFACE = "!!document.querySelector('%s .draglayer .nsewdrag')"
PEERS = {
    "TimelineJS3": {"markers": "'.tl-timemarker'", "ready": "true", "complete": "true"},
    "bare plotly": {
        "markers": "'#plot .scatterlayer .point'",
        "ready": PLOTLY_SURFACE % "#plot[data-drawn]",
        "complete": PLOTLY_SURFACE % "#plot[data-drawn]",
    },
    "/embed/": {
        "markers": "'#chart-frame a.marker, #chart .cartesianlayer .traceevents .point'",
        "ready": PLOTLY_SURFACE % "#chart[data-interactive]",
        "complete": PLOTLY_SURFACE % "#chart[data-drawn]",
    },
    "/": {
        "markers": "'#chart-frame a.marker, #chart .cartesianlayer .traceevents .point'",
        "ready": PLOTLY_SURFACE % "#chart[data-interactive]",
        "complete": PLOTLY_SURFACE % "#chart[data-drawn]",
    },
}
MOMENTS = ("markers", "ready", "complete")
TIMELINEJS_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>TimelineJS3</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/tl/css/timeline.css"></head>
<body><div id="timeline" style="width: 100%%; height: 600px"></div>
<script src="/tl/js/timeline.js"></script>
<script>new TL.Timeline("timeline", %(data)s, {script_path: "/tl/js/", language: "en", font: null});</script>
</body></html>"""
PLOTLY_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>plotly.js</title>
<link rel="icon" href="data:,"></head><body><div id="plot" style="width: 100%%; height: 440px"></div>
<script src="/plotly/plotly-basic.min.js"></script>
<script>
const data = %(data)s;
Plotly.newPlot("plot", [{x: data.x, y: data.y, mode: "markers", type: "scatter"}], {height: 440})
  .then(() => { document.getElementById("plot").dataset.drawn = "true"; });
</script></body></html>"""


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, nargs="+", default=[20, 500, 2000], help="sizes (default 20 500 2000)")
    parser.add_argument("--repeat", type=int, default=9, help="loads of each page at each size (default 9)")
    return parser.parse_args()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_environment(workdir, database):
    environment = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    environment.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SECURE_SSL_REDIRECT="0",  # plain HTTP on loopback; production sits behind TLS
        DJANGO_STATIC_ROOT=str(workdir / "static"),
        DATABASE_URL=f"sqlite:///{database}",
    )
    return environment


def manage(environment, *arguments):
    subprocess.run([PYTHON, "manage.py", *arguments], cwd=ROOT, env=environment, check=True, stdout=subprocess.DEVNULL)


def start_gunicorn(environment, port):
    server = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "relations.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/embed/", timeout=10)
            return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise SystemExit("gunicorn did not answer within 60 seconds")


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def serve_directory(directory):
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def peer_pages(directory, site, count):
    """The TimelineJS3 and bare plotly pages of the events the site serves, written to `directory`."""
    with urllib.request.urlopen(f"{site}/events.timelinejs.json") as response:
        timelinejs = json.load(response)
    with urllib.request.urlopen(f"{site}/events.json") as response:
        events = json.load(response)["events"]
    assert len(timelinejs["events"]) == len(events) == count, (len(events), count)
    scatter = {"x": [event["date"] for event in events], "y": [event["score"] for event in events]}
    inline = lambda document: json.dumps(document).replace("</", "<\\/")  # noqa: E731 (a one-line helper)
    (directory / f"timelinejs-{count}.html").write_text(TIMELINEJS_PAGE % {"data": inline(timelinejs)})
    (directory / f"plotly-{count}.html").write_text(PLOTLY_PAGE % {"data": inline(scatter)})


def measure(browser, url, peer, count):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(PROBE % {"count": count, **PEERS[peer]})
    page = context.new_page()
    page.goto(url)
    page.wait_for_function(f"() => Object.keys(window.__moments || {{}}).length === {len(MOMENTS)}", timeout=TIMEOUT_MS)
    moments = page.evaluate("() => window.__moments")
    context.close()
    return moments


def weight(browser, url):
    """(HTML bytes before compression, every response's transferred bytes) of one load with an empty cache."""
    context = browser.new_context()
    page = context.new_page()
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    response = page.goto(url)
    page.wait_for_selector("#chart[data-drawn]")
    page.wait_for_load_state("networkidle")
    html = len(response.body())
    transferred = 0
    for request in finished:
        sizes = request.sizes()
        transferred += sizes["responseHeadersSize"] + sizes["responseBodySize"]
    context.close()
    return html, transferred


def median(values):
    return statistics.median(values) if values else float("nan")


def spread(values):
    """The median with the lowest and highest load: "612 (540–790)"."""
    if not values:
        return ""
    return f"{median(values):.0f} ({min(values):.0f}–{max(values):.0f})"


def report(sizes, results, weights):
    print(
        "\nMedian ms from navigation start (lowest–highest load): markers on screen; plotly ready for hover and"
        "\nclicks on every marker; plotly's whole figure drawn"
    )
    print(f"  {'events':>6}  {'page':<12} {'markers':>17} {'ready':>17} {'complete':>17}")
    for count in sizes:
        for peer in PEERS:
            row = results[count][peer]
            ready, complete = ("", "") if peer == "TimelineJS3" else (spread(row["ready"]), spread(row["complete"]))
            print(f"  {count:>6}  {peer:<12} {spread(row['markers']):>17} {ready:>17} {complete:>17}")
    print(
        "\nRatios of medians (bars for /embed/: markers ≤ 1.0× TimelineJS at 20, ≤ 0.3× at 2,000; ready ≤ 1.3× plotly);"
        "\nin brackets the per-round ratios (the ratio of the two loads of each round): their median, the middle"
        "\nhalf of them and, after the bar, the lowest and highest"
    )
    for count in sizes:
        embed, page = results[count]["/embed/"], results[count]["/"]
        timelinejs, plotly = results[count]["TimelineJS3"], results[count]["bare plotly"]
        print(f"  {count:>6} events:")
        print(f"      /embed/ markers  {ratio(embed, timelinejs, 'markers')} TimelineJS")
        print(f"      /embed/ ready    {ratio(embed, plotly, 'ready')} bare plotly")
        print(f"      /embed/ complete {ratio(embed, plotly, 'complete')} bare plotly")
        print(f"      / markers        {ratio(page, timelinejs, 'markers')} TimelineJS")
        print(f"      / ready          {ratio(page, plotly, 'ready')} bare plotly")
        print(f"      / complete       {ratio(page, plotly, 'complete')} bare plotly")
    html, transferred = weights
    print(
        f"\n/embed/ at {sizes[0]} events: HTML {html / 1000:.1f} KB before compression (bar 60 KB), "
        f"{transferred / 1000:.1f} KB transferred in all (bar 450 KB)"
    )


def ratio(ours, peer, moment):
    """The ratio of the medians, then the per-round ratios: median, quartiles, lowest and highest."""
    rounds = sorted(mine / theirs for mine, theirs in zip(ours[moment], peer[moment], strict=True))
    low, middle, high = statistics.quantiles(rounds, n=4) if len(rounds) > 1 else rounds * 3
    return (
        f"{median(ours[moment]) / median(peer[moment]):.2f}× (rounds {middle:.2f}×, {low:.2f}–{high:.2f} | "
        f"{rounds[0]:.2f}–{rounds[-1]:.2f})"
    )


def prepare_site(workdir, count):
    database = workdir / f"render-{count}.sqlite3"
    environment = production_environment(workdir, database)
    manage(environment, "migrate", "--noinput")
    manage(environment, "generate_events", "--count", str(count), "--seed", "1")
    return environment


def main():
    arguments = parse_arguments()
    if not CHROMIUM.exists():
        raise SystemExit(f"Chromium not found at {CHROMIUM}; install Debian's chromium package.")
    from playwright.sync_api import sync_playwright

    sizes = sorted(arguments.events)
    servers = []
    with tempfile.TemporaryDirectory() as name:
        workdir = Path(name)
        peers = workdir / "peers"
        peers.mkdir()
        (peers / "tl").symlink_to(ROOT / "node_modules" / "@knight-lab" / "timelinejs" / "dist")
        # the copy our pages load (collected below): npm's bundle behind the compile hint (relations/staticfinders.py)
        (peers / "plotly").symlink_to(workdir / "static" / "vendor" / "plotly")
        try:
            sites = {}
            for count in sizes:
                environment = prepare_site(workdir, count)
                if not (workdir / "static").exists():
                    manage(environment, "collectstatic", "--noinput")
                port = free_port()
                servers.append(start_gunicorn(environment, port))
                sites[count] = f"http://127.0.0.1:{port}"
                peer_pages(peers, sites[count], count)
            static_server = serve_directory(peers)
            peer_site = f"http://127.0.0.1:{static_server.server_port}"
            results = {count: {peer: {name: [] for name in MOMENTS} for peer in PEERS} for count in sizes}
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
                urls = lambda count: {  # noqa: E731 (a one-line helper)
                    "TimelineJS3": f"{peer_site}/timelinejs-{count}.html",
                    "bare plotly": f"{peer_site}/plotly-{count}.html",
                    "/embed/": f"{sites[count]}/embed/",
                    "/": f"{sites[count]}/",
                }
                for count in sizes:  # one load of each, unmeasured: the servers' caches and Python warm up
                    for peer, url in urls(count).items():
                        measure(browser, url, peer, count)
                for round_number in range(arguments.repeat):
                    for count in sizes:
                        for peer, url in urls(count).items():
                            moments = measure(browser, url, peer, count)
                            for name in MOMENTS:
                                results[count][peer][name].append(moments[name])
                    print(f"round {round_number + 1} of {arguments.repeat} done", file=sys.stderr)
                weights = weight(browser, f"{sites[sizes[0]]}/embed/")
                browser.close()
            static_server.shutdown()
        finally:
            for server in servers:
                server.terminate()
                server.wait(timeout=10)
            shutil.rmtree(workdir / "static", ignore_errors=True)
    report(sizes, results, weights)


if __name__ == "__main__":
    main()
