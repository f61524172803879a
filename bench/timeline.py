"""Server time of the public pages, embeds and downloads at N synthetic events, beside a floor.

Runs against a throw-away SQLite database (or BENCH_DATABASE_URL, which must point
at an empty database), never the development one. For each URL it measures, through
Django's test client (server time, no network):

  uncached  the median time of the answer with empty caches (Django's, and the answers the
            process keeps as objects);
  floor     the median time of the same SQL statements the answer made (captured
            from it once), run again each repetition through a raw cursor, every
            row fetched and the lot passed to json.dumps: the least any server
            could do to read what the answer shows. No queryset or result is reused;
  ratio     uncached / floor, the figure the issue's bars judge;
  cpu+      the answer's CPU time in this process minus its floor's (medians): the work above
            the floor, which a loaded machine disturbs less than wall time (on PostgreSQL
            the database server's work is in neither);
  cached    the median time of the answer from the response cache.

The answer and its floor alternate, repetition by repetition, so the machine's
load falls on both alike. The process is first made ready as a gunicorn worker is
(relations.wsgi.ready_to_serve: the views imported, start-up's objects out of the
garbage collector's reach). Bars (at 100,000 events): / and /embed/ at most 300 ms
and 1.2× their floor; an htmx filter response at most 1.2× its floor.
"""

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BAR_EVENTS = 100_000
TIME_BAR_MS = 300
RATIO_BAR = 1.2
HTMX_RESULTS = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "results"}


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--events", type=int, nargs="+", default=[10_000], help="numbers of synthetic events (default 10,000)"
    )
    parser.add_argument("--repeat", type=int, default=7, help="repetitions of each request and floor (medians)")
    parser.add_argument(
        "--only", nargs="+", metavar="REQUEST", help="measure only these requests (e.g. / /embed/ 'htmx filter')"
    )
    return parser.parse_args()


def set_up_django(workdir):
    os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{workdir}/bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "relations.settings")
    os.environ.setdefault("DJANGO_DEBUG", "1")  # a throw-away database, development settings
    os.environ["DOWNLOAD_MAX_EVENTS"] = str(10**9)  # the downloads measured whole, past the site's limit
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def fill_to(count):
    """Top the synthetic events up to `count` (the sizes are measured smallest first)."""
    from django.db import connection

    from timeline.models import Event
    from timeline.synthetic import generate_events

    missing = count - Event.objects.count()
    if missing > 0:
        generate_events(missing, seed=1)
    if connection.vendor == "postgresql":
        # What autovacuum does after a bulk load; SQLite gathers no statistics unless told.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def requests_to_measure():
    """(label, URL, headers, judged by the bars)."""
    from timeline.models import Event

    published = Event.objects.published().order_by("date", "title", "pk")
    event = published[published.count() // 2]
    return [
        ("/", "/", {}, True),
        ("/embed/", "/embed/", {}, True),
        ("htmx filter", "/?category=military", HTMX_RESULTS, True),
        ("/events.json", "/events.json", {}, False),
        ("/events.csv", "/events.csv", {}, False),
        ("event page", event.get_absolute_url(), {}, False),
        ("oEmbed", f"/oembed?url=http://127.0.0.1{event.get_absolute_url()}", {}, False),
    ]


def answer(client, url, headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, (url, response.status_code)
    return response.getvalue()


def empty_caches():
    """Django's cache, and the answers each process keeps as objects (caching.LOCAL_COPIES)."""
    from django.core.cache import cache

    from timeline.caching import LOCAL_COPIES

    cache.clear()
    LOCAL_COPIES.clear()


def captured_sql(client, url, headers):
    """The SQL statements one uncached answer makes, as sent to the database."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    empty_caches()
    with CaptureQueriesContext(connection) as queries:
        answer(client, url, headers)
    return [query["sql"] for query in queries.captured_queries]


# On PostgreSQL, .iterator() (the filter form's choices) reads through a server-side cursor: the
# floor runs its SELECT and fetches every row at once.
SERVER_SIDE_CURSOR = re.compile(r'^DECLARE "[^"]+" NO SCROLL CURSOR WITH(?:OUT)? HOLD FOR ')


def floor(statements):
    """Run the statements afresh and serialise every row they return."""
    from django.db import connection

    rows = []
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(SERVER_SIDE_CURSOR.sub("", sql))
            rows.append(cursor.fetchall())
    return json.dumps(rows, default=str)


def timed(function):
    """Wall-clock and this process's CPU time of the call, in ms."""
    started, started_cpu = time.perf_counter(), time.process_time()
    function()
    return (time.perf_counter() - started) * 1000, (time.process_time() - started_cpu) * 1000


def measure(client, url, headers, repeat):
    """Medians in ms: uncached answer, its floor, cached answer, the answer's CPU time above its floor's;
    and the answer's size."""
    statements = captured_sql(client, url, headers)
    uncached, floors, cached = [], [], []
    for _ in range(repeat):
        empty_caches()
        uncached.append(timed(lambda: answer(client, url, headers)))
        floors.append(timed(lambda: floor(statements)))
        cached.append(timed(lambda: answer(client, url, headers)))
    size = len(answer(client, url, headers))
    wall = [statistics.median(times[0] for times in series) for series in (uncached, floors, cached)]
    cpu_above = statistics.median(times[1] for times in uncached) - statistics.median(times[1] for times in floors)
    return *wall, cpu_above, size, len(statements)


def verdict(label, count, uncached, ratio, judged):
    if not judged or count != BAR_EVENTS:
        return ""
    within_ratio = ratio <= RATIO_BAR
    if label == "htmx filter":
        return "met" if within_ratio else "NOT met"
    return "met" if within_ratio and uncached <= TIME_BAR_MS else "NOT met"


def report(count, repeat, only):
    from django.db import connection
    from django.test import Client

    from relations.wsgi import ready_to_serve

    client = Client(HTTP_HOST="127.0.0.1")
    ready_to_serve()  # as each gunicorn worker starts: every view imported, start-up's objects frozen
    print(
        f"\n{count:,} synthetic events, {connection.vendor}; medians of {repeat}, answer and floor interleaved "
        f"(bars at {BAR_EVENTS:,}: / and /embed/ <= {TIME_BAR_MS} ms and <= {RATIO_BAR}x floor; htmx <= {RATIO_BAR}x)"
    )
    print(
        "  (cpu+: the answer's CPU time in this process above its floor's, medians: the Python work the floor does\n"
        "   not do, steadier than wall time on a loaded machine; on PostgreSQL the database's own work is not in it)"
    )
    columns = f"{'uncached':>10} {'floor':>10} {'ratio':>6} {'cpu+':>8} {'cached':>9} {'queries':>7} {'bytes':>12}"
    print(f"  {'request':<14} {columns}  bar")
    for label, url, headers, judged in requests_to_measure():
        if only and label not in only:
            continue
        uncached, floor_ms, cached, cpu_above, size, queries = measure(client, url, headers, repeat)
        ratio = uncached / floor_ms
        print(
            f"  {label:<14} {uncached:8.1f}ms {floor_ms:8.1f}ms {ratio:6.2f} {cpu_above:6.1f}ms {cached:7.1f}ms "
            f"{queries:7d} {size:12,}  {verdict(label, count, uncached, ratio, judged)}"
        )


def main():
    arguments = parse_arguments()
    with tempfile.TemporaryDirectory() as workdir:
        set_up_django(workdir)
        for count in sorted(arguments.events):
            fill_to(count)
            report(count, arguments.repeat, arguments.only)


if __name__ == "__main__":
    main()
