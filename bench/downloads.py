"""The data downloads at 100,000 events, through gunicorn with production settings, against their floor.

For each database (a throw-away SQLite file; a scratch PostgreSQL database on
BENCH_POSTGRES_URL, default the local server on port 54329) it fills the
database with `generate_events --count N --seed 1` and starts, on loopback with
production settings and gunicorn's production timeout (30 s): the site; with
--before DIR, the same site from another checkout (the code before a change), on
the same database; and bench/download_floor.py, the floor, which reads the same
rows with values_list() and writes them with csv.writer / json.dumps /
html.escape. Each repetition downloads every format from each server in turn
(the order rotates), reading the whole answer as a client does; the figures are
medians of the repetitions of the wall time to the last byte and of its ratio to
the floor's in the same repetition. Then, under load: --concurrent downloads at
once of each format (as many workers), whose slowest time is what gunicorn's
timeout must allow; a download cut off (the worker killed mid-stream) is counted.
The before and after bodies are compared (sha256) in every repetition.
"""

import argparse
import hashlib
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load import free_ports, production_environment, start_gunicorn  # noqa: E402  (after the path is set)

GUNICORN_TIMEOUT = 30  # production's (Makefile: TIMEOUT)
# The same host for every server, so that the documents' absolute links are the same; a session cookie, so
# that the response cache neither answers nor holds a download (editors' requests bypass it).
HEADERS = {"Host": "127.0.0.1", "Cookie": "sessionid=bench"}
# (name, the site's address, the floor's)
FORMATS = [
    ("CSV", "/events.csv", "/csv"),
    ("JSON", "/events.json", "/json"),
    ("TimelineJS", "/events.timelinejs.json", "/timelinejs"),
    ("TimelineJS ru", "/events.timelinejs.json?lang=ru", "/timelinejs"),
]


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5, help="repetitions, one at a time (medians)")
    parser.add_argument("--concurrent", type=int, default=3, help="downloads at once under load (and workers)")
    parser.add_argument("--load-repeat", type=int, default=2, help="repetitions under load")
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgresql"])
    parser.add_argument("--before", type=Path, help="a checkout of the code before the change, to run beside it")
    parser.add_argument("--ports", default="8100-8199")
    return parser.parse_args()


def postgres_url(name):
    server = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:54329/postgres")
    return urlunsplit(urlsplit(server)._replace(path=f"/{name}"))


def psql(statement):
    subprocess.run(["psql", postgres_url("postgres"), "-q", "-c", statement], check=True)


def environment_for(workdir, database, events):
    environment = production_environment(workdir)
    environment["DATABASE_URL"] = database
    environment["DOWNLOAD_MAX_EVENTS"] = str(events)  # measured whole, past the site's limit
    return environment


def manage(environment, *arguments, cwd=ROOT):
    run = [sys.executable, "manage.py", *arguments]
    subprocess.run(run, cwd=cwd, env=environment, check=True, stdout=subprocess.DEVNULL)


def start(application, environment, port, workers, cwd=ROOT, probe="/"):
    timeout = ["--timeout", str(GUNICORN_TIMEOUT)]
    return start_gunicorn(application, environment, port, workers, probe, *timeout, cwd=cwd)


def download(url):
    """(seconds to the last byte, sha256 of the body, bytes, whole): `whole` is False for a cut-off answer."""
    digest, size = hashlib.sha256(), 0
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=HEADERS), timeout=600) as response:
            while piece := response.read(1 << 20):
                digest.update(piece)
                size += len(piece)
        whole = True
    except (http.client.IncompleteRead, ConnectionError):
        whole = False
    return time.perf_counter() - started, digest.hexdigest(), size, whole


def servers_for(args, environment, workdir, workers):
    """{name: (base URL, process)}: after (this checkout), before (--before) and the floor."""
    ports = iter(free_ports(args.ports, 3))
    servers = {}
    for name, cwd in [("after", ROOT), ("before", args.before)]:
        if cwd is None:
            continue
        port = next(ports)
        servers[name] = (f"http://127.0.0.1:{port}", start("relations.wsgi", environment, port, workers, cwd))
    port = next(ports)
    servers["floor"] = (
        f"http://127.0.0.1:{port}",
        start("bench.download_floor:application", environment, port, workers, probe="/csv"),
    )
    return servers


def url_of(servers, server, site_path, floor_path):
    return servers[server][0] + (floor_path if server == "floor" else site_path)


def measure(servers, formats, repeat, concurrent):
    """{(format, server): [(slowest seconds, bodies cut off, sha256s)]}, servers rotating in each repetition."""
    results = {}
    names = list(servers)
    with ThreadPoolExecutor(concurrent) as pool:
        for repetition in range(repeat):
            order = names[repetition % len(names) :] + names[: repetition % len(names)]
            for name, site_path, floor_path in formats:
                for server in order:
                    url = url_of(servers, server, site_path, floor_path)
                    answers = list(pool.map(download, [url] * concurrent))
                    seconds = max(answer[0] for answer in answers)
                    cut = sum(not answer[3] for answer in answers)
                    results.setdefault((name, server), []).append((seconds, cut, {answer[1] for answer in answers}))
    return results


def report(results, formats, servers, title):
    print(title)
    print(f"  {'download':<14} {'server':<7} {'median s':>9} {'slowest s':>10} {'x floor':>8} {'of 30 s':>8}  cut off")
    for name, _, _ in formats:
        floor = [seconds for seconds, _, _ in results[(name, "floor")]]
        for server in servers:
            runs = results[(name, server)]
            seconds = [run[0] for run in runs]
            ratio = statistics.median(run[0] / floor_seconds for run, floor_seconds in zip(runs, floor, strict=True))
            cut = sum(run[1] for run in runs)
            share = max(seconds) / GUNICORN_TIMEOUT
            print(
                f"  {name:<14} {server:<7} {statistics.median(seconds):9.2f} {max(seconds):10.2f} "
                f"{ratio:8.2f} {share:8.0%}  {cut}"
            )
        if "before" in servers:
            same = all(
                after[2] == before[2] and len(after[2]) == 1 and not after[1] and not before[1]
                for after, before in zip(results[(name, "after")], results[(name, "before")], strict=True)
            )
            print(f"  {name:<14} before and after the same bytes in every whole repetition: {'yes' if same else 'NO'}")


def prepared_database(kind, workdir):
    if kind == "sqlite":
        return f"sqlite:///{workdir / 'downloads.sqlite3'}", lambda: None
    name = f"relations_bench_downloads_{os.getpid()}"
    psql(f"DROP DATABASE IF EXISTS {name}")
    psql(f"CREATE DATABASE {name}")
    return postgres_url(name), lambda: psql(f"DROP DATABASE {name}")


def run(args, kind):
    with tempfile.TemporaryDirectory() as directory:
        workdir = Path(directory)
        database, drop = prepared_database(kind, workdir)
        try:
            environment = environment_for(workdir, database, args.events)
            manage(environment, "migrate", "--noinput")
            manage(environment, "generate_events", "--count", str(args.events), "--seed", "1")
            manage(environment, "collectstatic", "--noinput")
            if args.before:
                subprocess.run([sys.executable, "-m", "relations.catalogues"], cwd=args.before, check=True)
                manage(environment, "collectstatic", "--noinput", cwd=args.before)
            for workers, repeat, concurrent, title in [
                (1, args.repeat, 1, "one download at a time"),
                (args.concurrent, args.load_repeat, args.concurrent, f"{args.concurrent} at once, as many workers"),
            ]:
                servers = servers_for(args, environment, workdir, workers)
                try:
                    results = measure(servers, FORMATS, repeat, concurrent)
                finally:
                    for _, process in servers.values():
                        process.terminate()
                        process.wait(timeout=30)
                load = os.getloadavg()[0]
                report(results, FORMATS, servers, f"{kind}, {args.events:,} events, {title} (load average {load:.1f}):")
        finally:
            drop()


def main():
    args = parse_arguments()
    print(
        f"Downloads, wall time to the last byte through gunicorn (production settings, --timeout {GUNICORN_TIMEOUT}); "
        f"medians of {args.repeat} interleaved repetitions; x floor: the median of each repetition's ratio to "
        "bench/download_floor.py in the same repetition; of 30 s: the slowest against gunicorn's timeout"
    )
    print(json.dumps({"events": args.events, "load average at start": os.getloadavg()[0]}))
    for kind in args.databases:
        run(args, kind)


if __name__ == "__main__":
    main()
