"""Load test: gunicorn with production settings on loopback, driven by wrk.

Fills a throw-away SQLite database with 10,000 synthetic events, collects the
static files, starts gunicorn on 127.0.0.1, and runs wrk against /, /embed/
and /events.json for a fixed time with a fixed number of connections. Prints
requests per second, p50/p99 latency and the error count, which must be zero.
Needs wrk (Debian: apt-get install wrk).
"""

import argparse
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
URLS = ["/", "/embed/", "/events.json"]


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=30, help="how long wrk drives each URL (30–60)")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    return parser.parse_args()


def production_environment(workdir):
    environment = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    environment.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        # wrk speaks plain HTTP on loopback; production sits behind TLS.
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_STATIC_ROOT=str(workdir / "static"),
        DATABASE_URL=f"sqlite:///{workdir / 'load.sqlite3'}",
    )
    return environment


def manage(environment, *arguments):
    subprocess.run([PYTHON, "manage.py", *arguments], cwd=ROOT, env=environment, check=True, stdout=subprocess.DEVNULL)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_gunicorn(environment, port, workers):
    gunicorn = Path(PYTHON).with_name("gunicorn")
    server = subprocess.Popen(
        [str(gunicorn), "relations.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(workers)],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5)
            return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise SystemExit("gunicorn did not answer within 30 seconds")


def run_wrk(url, seconds, connections):
    result = subprocess.run(
        [
            "wrk",
            "--threads",
            "2",
            "--connections",
            str(connections),
            "--duration",
            f"{seconds}s",
            "--timeout",
            "30s",
            "--latency",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return parse_wrk(result.stdout)


def parse_wrk(output):
    """Requests per second, p50 and p99 latency in ms, and errors (socket errors plus non-2xx/3xx answers)."""
    percentiles = {
        percentile: to_milliseconds(value, unit)
        for percentile, value, unit in re.findall(r"^\s+(\d+)%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
    }
    errors = sum(int(count) for count in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_success = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": percentiles["50"],
        "p99": percentiles["99"],
        "errors": errors + (int(non_success.group(1)) if non_success else 0),
    }


def to_milliseconds(value, unit):
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def main():
    arguments = parse_arguments()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install wrk")
    with tempfile.TemporaryDirectory() as directory:
        workdir = Path(directory)
        environment = production_environment(workdir)
        manage(environment, "migrate", "--noinput")
        manage(environment, "generate_events", "--count", str(arguments.events))
        manage(environment, "collectstatic", "--noinput")
        port = free_port()
        server = start_gunicorn(environment, port, arguments.workers)
        try:
            print(
                f"gunicorn, {arguments.workers} workers, {arguments.events:,} events; "
                f"wrk {arguments.connections} connections for {arguments.seconds} s per URL"
            )
            print(f"  {'URL':<16} {'req/s':>8} {'p50 ms':>9} {'p99 ms':>9} {'errors':>7}")
            failed = False
            for path in URLS:
                figures = run_wrk(f"http://127.0.0.1:{port}{path}", arguments.seconds, arguments.connections)
                failed |= figures["errors"] > 0
                print(
                    f"  {path:<16} {figures['requests_per_second']:8.1f} {figures['p50']:9.1f} "
                    f"{figures['p99']:9.1f} {figures['errors']:7d}"
                )
        finally:
            server.terminate()
            server.wait(timeout=30)
    if failed:
        raise SystemExit("errors under load")


if __name__ == "__main__":
    main()
