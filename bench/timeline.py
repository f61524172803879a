"""Median server time of the timeline's pages at N synthetic events.

Runs against a throw-away SQLite database (or BENCH_DATABASE_URL, which must
point at an empty database), never the development one. Prints, for /,
/events.json and an event page, the median time Django takes to answer,
next to the time of a bare json.dumps of the same rows.
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--events", type=int, nargs="+", default=[10_000], help="numbers of synthetic events (default 10,000)"
    )
    parser.add_argument("--repeat", type=int, default=7, help="requests per URL; the median is printed")
    return parser.parse_args()


def set_up_django(workdir):
    os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{workdir}/bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "relations.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def fill_to(count):
    """Top the synthetic events up to `count` (the sizes are measured smallest first)."""
    from timeline.models import Event
    from timeline.synthetic import generate_events

    missing = count - Event.objects.count()
    if missing > 0:
        generate_events(missing, seed=1)


def median_ms(function, repeat):
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000


def measure(repeat):
    from django.test import Client

    from timeline.models import Event

    client = Client(HTTP_HOST="127.0.0.1")
    event = Event.objects.published().order_by("date")[Event.objects.count() // 2]

    def get(url):
        def request():
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)

        return request

    rows = []
    for url in ["/", "/events.json", event.get_absolute_url()]:
        rows.append((url, median_ms(get(url), repeat)))
    values = Event.objects.published().values("date", "date_precision", "title", "score", "category", "theater__name")
    rows.append(("json.dumps of the same rows", median_ms(lambda: json.dumps(list(values), default=str), repeat)))
    return rows


def main():
    arguments = parse_arguments()
    with tempfile.TemporaryDirectory() as workdir:
        set_up_django(workdir)
        for count in sorted(arguments.events):
            fill_to(count)
            print(f"Median server time over {arguments.repeat} requests, {count:,} synthetic events")
            for label, milliseconds in measure(arguments.repeat):
                print(f"  {label:<40} {milliseconds:9.1f} ms")


if __name__ == "__main__":
    main()
