"""Load test: the site under gunicorn with production settings, against a bare Django view, driven by wrk.

Fills a throw-away SQLite database with 10,000 synthetic events, collects the
static files, and starts two gunicorns with the same worker count on loopback:
the site, and bench/bare_app.py, a one-file Django project answering a constant
body of any size. For each URL it warms the response cache, then alternates wrk
runs against the site and against the bare view returning a body of the same
size, and prints the medians of requests per second, their ratio (the bar: at
least 0.5), p50/p99 latency, and the errors and non-2xx answers (the bar: none).
The ratio is the median of the ratios of each site run to the bare run beside it
(the pairs alternate which goes first), printed with their range; beside it, the
CPU time the workers spent per request (utime + stime of the gunicorn workers over
each run, divided by the requests served), which the machine's load disturbs less
than throughput. Needs wrk (Debian: apt-get install wrk).
"""

import argparse
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
URLS = ["/embed/", "/", "/?category=military&direction=escalation", "/events.csv"]
RATIO_BAR = 0.5
# Counts the answers outside 2xx (wrk's own count lets 3xx pass), reported after the run.
STATUS_SCRIPT = """
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) non_2xx = 0 end
function response(status, headers, body) if status < 200 or status > 299 then non_2xx = non_2xx + 1 end end
function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("non_2xx") end
  io.write(string.format("non-2xx: %d\\n", total))
end
"""


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=15, help="how long each wrk run lasts")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers, for the site and the bare view")
    parser.add_argument("--repeat", type=int, default=5, help="wrk runs per URL against each server (medians)")
    parser.add_argument("--ports", default="8100-8199", help="the range to take the two servers' ports from")
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
    environment.pop("REDIS_URL", None)  # the default: each worker's own memory
    return environment


def manage(environment, *arguments):
    subprocess.run([PYTHON, "manage.py", *arguments], cwd=ROOT, env=environment, check=True, stdout=subprocess.DEVNULL)


def free_ports(port_range, count):
    first, last = (int(part) for part in port_range.split("-"))
    ports = []
    for port in range(first, last + 1):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
        ports.append(port)
        if len(ports) == count:
            return ports
    raise SystemExit(f"no {count} free ports in {port_range}")


def start_gunicorn(application, environment, port, workers, probe_path, *options, cwd=ROOT):
    """gunicorn on loopback with `options` beside the port and workers, from `cwd`, once it answers `probe_path`."""
    server = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", application, "--bind", f"127.0.0.1:{port}", "--workers", str(workers), *options],
        cwd=cwd,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{probe_path}", timeout=30)
            return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise SystemExit(f"gunicorn ({application}) did not answer within 60 seconds")


def body_size(url):
    with urllib.request.urlopen(url, timeout=60) as response:
        return len(response.read())


def run_wrk(url, seconds, connections, threads, script):
    command = ["wrk", "--threads", str(threads), "--connections", str(connections), "--duration", f"{seconds}s"]
    command += ["--timeout", "30s", "--latency", "--script", script, url]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return parse_wrk(result.stdout)


def parse_wrk(output):
    """Requests per second, p50 and p99 latency in ms, socket errors and non-2xx answers."""
    percentiles = {
        percentile: to_milliseconds(value, unit)
        for percentile, value, unit in re.findall(r"^\s+(\d+)%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
    }
    errors = sum(int(count) for count in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    return {
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": percentiles["50"],
        "p99": percentiles["99"],
        "errors": errors,
        "non_2xx": int(re.search(r"non-2xx: (\d+)", output).group(1)),
    }


def to_milliseconds(value, unit):
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def median_of(runs, key):
    return statistics.median(run[key] for run in runs)


def measure_url(path, site, bare, arguments, script):
    """Warm the cache, then alternate the site and the bare view of the same size, in pairs whose order
    alternates; each run also counts its server's worker CPU time per request."""
    size = body_size(site.url + path)
    wrk = (arguments.seconds, arguments.connections, arguments.threads, script)
    run_wrk(site.url + path, 2, *wrk[1:])  # every worker renders and caches its copy
    run_wrk(f"{bare.url}/{size}", 2, *wrk[1:])
    site_runs, bare_runs = [], []
    for repetition in range(arguments.repeat):
        pair = [(site, site.url + path, site_runs), (bare, f"{bare.url}/{size}", bare_runs)]
        for server, url, runs in pair if repetition % 2 == 0 else pair[::-1]:
            runs.append(server.timed_run(url, wrk))
    return size, site_runs, bare_runs


class Server:
    """A gunicorn master on a port, whose workers' CPU time can be read."""

    def __init__(self, process, port):
        self.process, self.url = process, f"http://127.0.0.1:{port}"

    def workers_cpu_seconds(self):
        total = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # the process ended while the directory was read
            if int(fields[1]) == self.process.pid:  # its parent is the master
                total += int(fields[11]) + int(fields[12])  # utime, stime (clock ticks)
        return total / os.sysconf("SC_CLK_TCK")

    def timed_run(self, url, wrk):
        before = self.workers_cpu_seconds()
        run = run_wrk(url, *wrk)
        requests = max(run["requests_per_second"] * wrk[0], 1)
        run["cpu_per_request"] = (self.workers_cpu_seconds() - before) / requests * 1e6  # microseconds
        return run


def main():
    arguments = parse_arguments()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install wrk")
    failed = False
    with tempfile.TemporaryDirectory() as directory:
        workdir = Path(directory)
        environment = production_environment(workdir)
        manage(environment, "migrate", "--noinput")
        manage(environment, "generate_events", "--count", str(arguments.events))
        manage(environment, "collectstatic", "--noinput")
        script = workdir / "status.lua"
        script.write_text(STATUS_SCRIPT)
        site_port, bare_port = free_ports(arguments.ports, 2)
        site = Server(start_gunicorn("relations.wsgi", environment, site_port, arguments.workers, "/embed/"), site_port)
        bare = Server(start_gunicorn("bench.bare_app", environment, bare_port, arguments.workers, "/10"), bare_port)
        try:
            print(f"load average before: {' '.join(f'{load:.2f}' for load in os.getloadavg())}")
            print(
                f"gunicorn, {arguments.workers} workers each, {arguments.events:,} events, local-memory cache (warm); "
                f"wrk -t{arguments.threads} -c{arguments.connections} -d{arguments.seconds}s, "
                f"site and bare view alternated in pairs, {arguments.repeat} runs each; medians"
            )
            print(
                f"  {'URL':<42} {'bytes':>10} {'req/s':>8} {'floor':>8} {'ratio':>6} {'range':>11} "
                f"{'cpu/req':>8} {'floor':>7} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6} {'non-2xx':>7}  "
                f"bar (>= {RATIO_BAR}x, no errors)"
            )
            for path in URLS:
                size, site_runs, bare_runs = measure_url(path, site, bare, arguments, str(script))
                rate, floor = median_of(site_runs, "requests_per_second"), median_of(bare_runs, "requests_per_second")
                ratios = [
                    own["requests_per_second"] / other["requests_per_second"]
                    for own, other in zip(site_runs, bare_runs, strict=True)
                ]
                ratio = statistics.median(ratios)
                errors = sum(run["errors"] for run in site_runs)
                non_2xx = sum(run["non_2xx"] for run in site_runs)
                met = ratio >= RATIO_BAR and errors == 0 and non_2xx == 0
                failed |= errors > 0 or non_2xx > 0
                site_cpu, bare_cpu = median_of(site_runs, "cpu_per_request"), median_of(bare_runs, "cpu_per_request")
                print(
                    f"  {path:<42} {size:10,} {rate:8.1f} {floor:8.1f} {ratio:6.2f} "
                    f"{min(ratios):5.2f}-{max(ratios):<5.2f} "
                    f"{site_cpu:6.0f}us {bare_cpu:5.0f}us "
                    f"{median_of(site_runs, 'p50'):8.1f} {median_of(site_runs, 'p99'):8.1f} {errors:6d} {non_2xx:7d}  "
                    f"{'met' if met else 'NOT met'}"
                )
            print(f"load average after: {' '.join(f'{load:.2f}' for load in os.getloadavg())}")
        finally:
            for server in (site, bare):
                server.process.terminate()
                server.process.wait(timeout=30)
    if failed:
        raise SystemExit("errors under load")


if __name__ == "__main__":
    main()
