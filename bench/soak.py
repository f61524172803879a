"""Soak test: readers and editors at once, and not one edit lost.

Starts gunicorn (3 workers, production settings) over 10,000 synthetic events on
its own database (a SQLite file, or a PostgreSQL database made beside the one
DATABASE_URL names), then for 60 s drives the public pages with wrk at 64
connections while editors save events in the admin, several of them on the same
events at the same moments. Prints wrk's requests, socket errors, non-2xx
answers and p99 latency; the editors' saves, conflicts and server errors; and
the count of edits lost or silently overwritten, read back from each event's
history, which must be zero. Needs wrk (Debian: apt-get install wrk).
"""

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.live_server import (
    Browser,
    create_events,
    event_form,
    gunicorn,
    hidden_value,
    manage,
    prepare,
    production_environment,
    scratch_database_url,
)

EDITORS = ["alice", "bob", "carol", "dan"]
EDITED_EVENTS = 6  # few, so that editors often save the same event at the same moment
PUBLIC_PATHS = ["/", "/embed/", "/events.json", "/sources/", "/events/synthetic-0-1/", "/oembed?url=URL"]


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    return parser.parse_args()


@dataclass
class Save:
    editor: str
    event: int
    token: str
    started_from: int
    status: int
    conflict: bool


def editor_loop(name, host, events, stop, saves, lock):
    browser = Browser(host)
    browser.log_in(name)
    chooser = random.Random(name)
    number = 0
    while not stop.is_set():
        ids = chooser.choice(events)
        path = f"/admin/timeline/event/{ids['event']}/change/"
        page = browser.get(path)
        if page.status != 200:
            with lock:
                saves.append(Save(name, ids["event"], "", -1, page.status, False))
            continue
        started_from = hidden_value(page.text, "started_from_version")
        number += 1
        token = f"{name}-{number}"
        # Each save writes the whole form: a summary naming the save, and the title as the editor last saw it.
        title = hidden_value(page.text, "title_en")
        answer = browser.post(path, event_form(ids, started_from, title=title, summary=f"Saved by {token}."))
        with lock:
            saves.append(
                Save(name, ids["event"], token, int(started_from), answer.status, "after you opened it" in answer.text)
            )


HISTORY_SCRIPT = """
import json
from timeline.models import Event
print(json.dumps({
    event.pk: [[record.version, record.summary] for record in event.history.order_by("history_date", "history_id")]
    for event in Event.objects.filter(pk__in=IDS)
}))
"""


def lost_and_overwritten(environment, saves):
    """Saves answered 302 whose edit is not in the history at the version after the one they started from
    (lost), and saves accepted on a version another accepted save had already replaced (overwritten)."""
    ids = sorted({save.event for save in saves})
    output = manage(environment, "shell", "--no-imports", "-c", HISTORY_SCRIPT.replace("IDS", str(ids)))
    history = {int(pk): records for pk, records in json.loads(output.strip().splitlines()[-1]).items()}
    saved = [save for save in saves if save.status == 302]
    lost = sum(
        1 for save in saved if [save.started_from + 1, f"Saved by {save.token}."] not in history.get(save.event, [])
    )
    bases = [(save.event, save.started_from) for save in saved]
    overwritten = len(bases) - len(set(bases))
    return lost, overwritten


def wrk_script(directory, paths):
    script = Path(directory) / "paths.lua"
    quoted = ", ".join(f'"{path}"' for path in paths)
    script.write_text(
        f"paths = {{{quoted}}}\n"
        "counter = 0\n"
        "request = function()\n"
        "  counter = counter + 1\n"
        "  return wrk.format('GET', paths[(counter % #paths) + 1])\n"
        "end\n"
    )
    return script


def run_wrk(host, seconds, connections, script):
    load = ["--threads", "2", "--connections", str(connections), "--duration", f"{seconds}s", "--timeout", "30s"]
    result = subprocess.run(
        ["wrk", *load, "--latency", "--script", str(script), f"http://{host}/"],
        capture_output=True,
        text=True,
        check=True,
    )
    return parse_wrk(result.stdout)


def parse_wrk(output):
    percentiles = {
        percentile: float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
        for percentile, value, unit in re.findall(r"^\s+(\d+)%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
    }
    non_success = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "errors": sum(int(count) for count in re.findall(r"(?:connect|read|write|timeout) (\d+)", output)),
        "non_2xx": int(non_success.group(1)) if non_success else 0,
        "p99": percentiles["99"],
    }


def main():
    arguments = parse_arguments()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install wrk")
    with tempfile.TemporaryDirectory() as directory, scratch_database_url(Path(directory), "soak") as database:
        workdir = Path(directory)
        environment = production_environment(workdir, database)
        prepare(environment, EDITORS)
        manage(environment, "generate_events", "--count", str(arguments.events))
        events = create_events(environment, EDITED_EVENTS)
        with gunicorn(environment, workers=arguments.workers) as host:
            paths = [path.replace("URL", quote(f"http://{host}/", safe="")) for path in PUBLIC_PATHS]
            stop, lock, saves = threading.Event(), threading.Lock(), []
            editors = [
                threading.Thread(target=editor_loop, args=(name, host, events, stop, saves, lock)) for name in EDITORS
            ]
            for thread in editors:
                thread.start()
            started = time.monotonic()
            figures = run_wrk(host, arguments.seconds, arguments.connections, wrk_script(directory, paths))
            stop.set()
            for thread in editors:
                thread.join()
            elapsed = time.monotonic() - started
        lost, overwritten = lost_and_overwritten(environment, saves)
    report(arguments, database, figures, saves, lost, overwritten, elapsed)
    if figures["errors"] or figures["non_2xx"] or lost or overwritten or server_errors(saves):
        raise SystemExit("the soak test found errors or lost edits")
    if not any(save.status == 302 for save in saves):
        raise SystemExit("no editor's save was accepted: no edit could be lost, so the test showed nothing")


def server_errors(saves):
    return sum(1 for save in saves if save.status >= 500)


def report(arguments, database, figures, saves, lost, overwritten, elapsed):
    kind = "PostgreSQL" if database.startswith("postgres") else "SQLite"
    print(
        f"soak: gunicorn {arguments.workers} workers, {kind}, {arguments.events:,} events; wrk "
        f"{arguments.connections} connections for {arguments.seconds} s over {len(PUBLIC_PATHS)} public URLs, "
        f"{len(EDITORS)} editors saving {EDITED_EVENTS} events meanwhile ({elapsed:.0f} s)"
    )
    print(
        f"  requests {figures['requests']:,}  errors {figures['errors']}  non-2xx {figures['non_2xx']}  "
        f"p99 {figures['p99']:,.0f} ms"
    )
    saved = sum(1 for save in saves if save.status == 302)
    conflicts = sum(1 for save in saves if save.status == 200 and save.conflict)
    print(
        f"  editor saves {len(saves)}: saved {saved}, conflict pages {conflicts}, "
        f"server errors {server_errors(saves)}, other {len(saves) - saved - conflicts - server_errors(saves)}"
    )
    print(f"  edits lost {lost}, silently overwritten {overwritten}")


if __name__ == "__main__":
    main()
