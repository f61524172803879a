"""PostgreSQL's plans for every filter path at 100,000 events: EXPLAIN ANALYZE of the SQL the pages make.

Creates a scratch database (BENCH_POSTGRES_URL, default relations_bench_plans on
the local server; dropped at the end unless --keep), migrates it, fills it with
synthetic events and VACUUM ANALYZEs it, as autovacuum would. Then, for each
filter, requests the timeline's htmx results and the CSV download through
Django's test client with an empty cache, captures the SQL they send, and prints
PostgreSQL's plan and time for each statement that reads events. A filter that
selects a small part of the events must reach it through an index: the last
column says whether the plan reads the events table (or the quotes, for the
text search) with an index scan or a sequential scan.
"""

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DEFAULT_URL = "postgres://postgres@127.0.0.1:54329/relations_bench_plans"
HTMX_RESULTS = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "results"}
# (filter, whether it selects a small part of the events, so that an index must serve it)
FILTERS = [
    ("", False),
    ("date_from=2024-01-01", True),
    ("date_to=2000-06-30", True),
    ("date_from=2010-03-01&date_to=2010-04-30", True),
    ("category=sanctions", False),
    ("theater=synthetic-space", False),
    ("actor={actor}", False),
    ("side=ru", False),
    ("direction=escalation", False),
    ("q=ordered", False),
    ("category=sanctions&date_from=2012-01-01&date_to=2012-12-31", True),
    ("page=1000", False),
]
EVENT_TABLES = ("timeline_event", "timeline_evidence", "timeline_event_actors")


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    return parser.parse_args()


def create_database(url):
    import psycopg

    name = urlsplit(url).path.lstrip("/")
    server = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return server, name


def drop_database(server, name):
    import psycopg

    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def set_up_django(url, count):
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "relations.settings")
    os.environ.setdefault("DJANGO_DEBUG", "1")  # a throw-away database, development settings
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from timeline.synthetic import generate_events

    call_command("migrate", verbosity=0)
    generate_events(count, seed=1)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def statements(client, url, headers):
    """The SQL one uncached answer sends that reads events, their quotes or their actors."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
        response.getvalue()
    assert response.status_code == 200, (url, response.status_code)
    return [query["sql"] for query in queries.captured_queries if any(table in query["sql"] for table in EVENT_TABLES)]


def explain(sql):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
        return [row[0] for row in cursor.fetchall()]


def reads_events_by_index(plan):
    """Whether the plan reaches the events (or the quotes) through an index rather than a sequential scan."""
    text = "\n".join(plan)
    sequential = re.search(r"Seq Scan on timeline_event(?!_actors)\b", text)
    indexed = re.search(r"(Index Only Scan|Index Scan|Bitmap Index Scan) (?:Backward )?(?:using|on) \w+", text)
    return bool(indexed) and not sequential


def summary_of(sql):
    """A short name for a statement: what it selects, from which table."""
    selected = re.sub(r"\s+", " ", sql.split(" FROM ")[0])[:70]
    table = re.search(r'FROM "(\w+)"', sql)
    return f"{selected} … FROM {table.group(1) if table else '?'}"


def main():
    arguments = parse_arguments()
    url = os.environ.get("BENCH_POSTGRES_URL", DEFAULT_URL)
    server, name = create_database(url)
    try:
        with tempfile.TemporaryDirectory():
            set_up_django(url, arguments.events)
            from django.test import Client

            from timeline.models import Actor

            client = Client(HTTP_HOST="127.0.0.1")
            actor = Actor.objects.filter(name__startswith="Synthetic").order_by("pk").first()
            print(f"PostgreSQL plans at {arguments.events:,} synthetic events (EXPLAIN ANALYZE, after VACUUM ANALYZE)")
            missing = []
            for query, selective in FILTERS:
                query = query.format(actor=actor.pk)
                for path, headers in (("/", HTMX_RESULTS), ("/events.csv", {})):
                    target = f"{path}?{query}" if query else path
                    for sql in statements(client, target, headers):
                        plan = explain(sql)
                        by_index = reads_events_by_index(plan)
                        time = plan[-1].strip()
                        print(f"\n== {target}  [{'index' if by_index else 'sequential'}; {time}]")
                        print(f"   {summary_of(sql)}")
                        for line in plan[:-2]:
                            print(f"   {line}")
                        if selective and not by_index:
                            missing.append((target, summary_of(sql)))
            print(
                "\nEvery selective filter reads the events through an index."
                if not missing
                else "\nSelective filters read sequentially:\n" + "\n".join(f"  {t}: {s}" for t, s in missing)
            )
    finally:
        from django.db import connections

        connections.close_all()
        if not arguments.keep:
            drop_database(server, name)


if __name__ == "__main__":
    main()
