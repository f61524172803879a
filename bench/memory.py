"""Peak memory of a gunicorn worker serving the downloads of 100,000 events.

Fills a throw-away SQLite database with synthetic events, starts gunicorn (one
worker, production settings) on loopback, warms the worker on every kind of
page, then for each download: reads the worker's resident size (idle), resets
its high-water mark (/proc/PID/clear_refs), downloads the whole document, and
reads the high-water mark again (peak). The bar: the peak of /events.json is at
most 60 MB above the idle size. The floor beside it is the same measurement for
a download of a handful of events, which is what the worker costs anyway.
Linux only (it reads /proc).
"""

import argparse
import gzip
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load import free_ports, manage  # noqa: E402  (after the path is set)

BAR_MB = 60
FEW_EVENTS = "date_from=2025-12-20"  # the last days of the synthetic span: a handful of events
DOWNLOADS = [
    ("/events.json", {}),
    ("/events.json", {"Accept-Encoding": "gzip"}),
    ("/events.csv", {}),
    ("/events.timelinejs.json", {}),
]
WARM_UP = ["/", "/embed/", "/?category=military", f"/events.json?{FEW_EVENTS}", f"/events.csv?{FEW_EVENTS}"]


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--ports", default="8100-8199")
    return parser.parse_args()


def environment_for(workdir, events):
    environment = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    environment.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_STATIC_ROOT=str(workdir / "static"),
        DATABASE_URL=f"sqlite:///{workdir / 'memory.sqlite3'}",
        DOWNLOAD_MAX_EVENTS=str(events),  # measured whole, past the site's limit
    )
    environment.pop("REDIS_URL", None)
    return environment


def start_worker(environment, port, workdir):
    """gunicorn with one worker; returns (server, the worker's pid)."""
    pidfile = workdir / "gunicorn.pid"
    options = ["--bind", f"127.0.0.1:{port}", "--workers", "1", "--pid", str(pidfile)]
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "relations.wsgi", *options],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/oembed?url=x", timeout=30)
        except urllib.error.HTTPError:
            break  # answered (400): the worker is up
        except OSError:
            time.sleep(0.3)
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
    return server, int(children[0])


def status_kb(pid, field):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise LookupError(field)


def download(url, headers):
    """The whole answer, read in pieces as a client would; (bytes on the wire, decoded size)."""
    request = urllib.request.Request(url, headers=headers)
    received = bytearray()
    with urllib.request.urlopen(request, timeout=600) as response:
        while piece := response.read(1 << 16):
            received += piece
        encoding = response.headers.get("Content-Encoding")
    body = gzip.decompress(received) if encoding == "gzip" else bytes(received)
    if url.split("?")[0].endswith(".json"):
        json.loads(body)  # one valid document
    return len(received), len(body)


def peak_growth(pid, url, headers):
    """(idle MB, peak MB above idle, bytes sent, bytes decoded) for one download."""
    idle = status_kb(pid, "VmRSS")
    Path(f"/proc/{pid}/clear_refs").write_text("5")  # reset VmHWM to the current size
    sent, decoded = download(url, headers)
    peak = status_kb(pid, "VmHWM")
    return idle / 1024, (peak - idle) / 1024, sent, decoded


def main():
    arguments = parse_arguments()
    with tempfile.TemporaryDirectory() as directory:
        workdir = Path(directory)
        environment = environment_for(workdir, arguments.events)
        manage(environment, "migrate", "--noinput")
        manage(environment, "generate_events", "--count", str(arguments.events))
        manage(environment, "collectstatic", "--noinput")
        [port] = free_ports(arguments.ports, 1)
        server, worker = start_worker(environment, port, workdir)
        site = f"http://127.0.0.1:{port}"
        try:
            for path in WARM_UP:
                download(site + path, {})
            print(
                f"Peak resident memory of one gunicorn worker above its idle size, {arguments.events:,} events "
                f"(bar: /events.json <= {BAR_MB} MB; floor: the same download of a handful of events)"
            )
            columns = f"{'idle MB':>8} {'peak +MB':>9} {'floor +MB':>10} {'sent':>13} {'decoded':>13}"
            print(f"  {'download':<40} {columns}  bar")
            for path, headers in DOWNLOADS:
                floor = peak_growth(worker, f"{site}{path}?{FEW_EVENTS}", headers)[1]
                idle, growth, sent, decoded = peak_growth(worker, site + path, headers)
                label = path + (f" ({headers['Accept-Encoding']})" if headers else "")
                judged = path == "/events.json"
                verdict = ("met" if growth <= BAR_MB else "NOT met") if judged else ""
                print(f"  {label:<40} {idle:8.1f} {growth:9.1f} {floor:10.1f} {sent:13,} {decoded:13,}  {verdict}")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
