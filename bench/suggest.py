"""The Suggest page: what an editor waits for on a visit and on each decision, with the reading cached or not.

An article of 8,000 and of 50,000 characters (the most the assistant reads) is made of development
passages; an editor opens its Suggest page and rejects candidates one by one (a POST, then the redirect's
GET), through the Django test client on a fresh SQLite database. Each round, interleaved, times:

  cold visit      the page with an empty cache: the article is read (what every visit cost before the cache)
  warm visit      the page again
  cold decision   a rejection and the page after it, the cache emptied first
  warm decision   a rejection and the page after it

and prints the medians and the ratios warm / cold of the same rounds.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATABASE = Path(tempfile.mkdtemp()) / "suggest.sqlite3"
os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"
os.environ.setdefault("DJANGO_DEBUG", "1")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "relations.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402

from timeline.models import Source  # noqa: E402

REPETITIONS = 5
SIZES = [8_000, 50_000]


def article(characters: int) -> str:
    paragraphs: list[str] = []
    for path in sorted((ROOT / "tests" / "data" / "dev").glob("*.txt")):
        paragraphs.append(path.read_text().strip())
        if sum(len(paragraph) + 2 for paragraph in paragraphs) >= characters:
            break
    return "\n\n".join(paragraphs)[:characters].rsplit("\n", 1)[0]


def timed(action, *arguments) -> float:
    started = time.perf_counter()
    action(*arguments)
    return (time.perf_counter() - started) * 1000


def visit(client: Client, url: str) -> None:
    assert client.get(url).status_code == 200


def first_open(client: Client, url: str) -> str:
    return client.get(url).context["reviews"][0][0].key


def reject(client: Client, url: str, key: str) -> None:
    assert client.post(url, {"candidate": key, "action": "reject"}).status_code == 302
    visit(client, url)


def rounds_ratio(times: dict[str, list[float]], moment: str) -> float:
    """The median over the rounds of warm / cold, each round's two loads measured side by side."""
    pairs = zip(times[f"warm {moment}"], times[f"cold {moment}"], strict=True)
    return statistics.median(warm / cold for warm, cold in pairs)


def main() -> None:
    setup_test_environment()  # the test client then keeps each response's context
    call_command("migrate", verbosity=0)
    editor = get_user_model().objects.create_superuser("bench", "bench@example.org", "bench")
    client = Client()
    client.force_login(editor)
    print(f"Suggest page, Django test client, SQLite; median of {REPETITIONS} interleaved rounds (ms)")
    print(
        f"{'article':>9}  {'cold visit':>10}  {'warm visit':>10}  {'ratio':>6}  {'cold decision':>13}  "
        f"{'warm decision':>13}  {'ratio':>6}"
    )
    for size in SIZES:
        body = article(size)
        source = Source.objects.create(
            outlet="Bench Wire",
            headline=f"Bench {size}",
            published="2017-04-07",
            url=f"https://bench.example/{size}",
            body=body,
        )
        url = reverse("admin:timeline_source_suggest", args=[source.pk])
        times: dict[str, list[float]] = {"cold visit": [], "warm visit": [], "cold decision": [], "warm decision": []}
        for _ in range(REPETITIONS):
            cache.clear()
            times["cold visit"].append(timed(visit, client, url))
            times["warm visit"].append(timed(visit, client, url))
            key = first_open(client, url)
            cache.clear()
            times["cold decision"].append(timed(reject, client, url, key))
            key = first_open(client, url)
            times["warm decision"].append(timed(reject, client, url, key))
        medians = {name: statistics.median(values) for name, values in times.items()}
        visits, decisions = rounds_ratio(times, "visit"), rounds_ratio(times, "decision")
        print(
            f"{len(body):>9,}  {medians['cold visit']:>10.0f}  {medians['warm visit']:>10.0f}  {visits:>5.2f}×  "
            f"{medians['cold decision']:>13.0f}  {medians['warm decision']:>13.0f}  {decisions:>5.2f}×"
        )


if __name__ == "__main__":
    main()
