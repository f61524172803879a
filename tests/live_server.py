"""A real deployment for tests and benchmarks: gunicorn with production settings over its own
database (a SQLite file, or a PostgreSQL database made for it when DATABASE_URL names a
PostgreSQL server), and editors who log in and save through real HTTP."""

import contextlib
import http.client
import http.cookies
import os
import re
import secrets
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import psycopg

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
EDITOR_PASSWORD = "a long passphrase for the live tests"


def free_port() -> int:
    """A port chosen by the kernel among those free: two suites running side by side (CI runs SQLite's and
    PostgreSQL's at once) are not handed the same one, as they could be probing a fixed range in order."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def scratch_database_url(workdir: Path, name: str):
    """A fresh, empty database on the server DATABASE_URL names (PostgreSQL), or a SQLite file in `workdir`."""
    server = os.environ.get("DATABASE_URL", "")
    if not server.startswith(("postgres://", "postgresql://")):
        yield f"sqlite:///{workdir / (name + '.sqlite3')}"
        return
    parts = urlsplit(server)
    database = f"{parts.path.lstrip('/') or 'relations'}_{name}"
    maintenance = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(maintenance, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{database}"')
    try:
        yield urlunsplit(parts._replace(path=f"/{database}"))
    finally:
        with psycopg.connect(maintenance, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def production_environment(workdir: Path, database_url: str) -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_URL"))}
    environment.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        # Plain HTTP on loopback; production sits behind TLS.
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_STATIC_ROOT=str(workdir / "static"),
        DATABASE_URL=database_url,
    )
    return environment


def manage(environment: dict[str, str], *arguments: str, input_text: str | None = None) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *arguments],
        cwd=ROOT,
        env=environment,
        input=input_text,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(arguments)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def prepare(environment: dict[str, str], editors: list[str]) -> None:
    manage(environment, "migrate", "--noinput")
    manage(environment, "collectstatic", "--noinput")
    for username in editors:
        manage(
            {**environment, "EDITOR_PASSWORD": EDITOR_PASSWORD},
            "create_editor",
            username,
            "--password-from-env",
            "EDITOR_PASSWORD",
        )


@contextlib.contextmanager
def gunicorn(environment: dict[str, str], workers: int = 3, log: Path | None = None):
    port = free_port()
    output = open(log, "w") if log else subprocess.DEVNULL  # noqa: SIM115  (closed below, after the server)
    command = [PYTHON, "-m", "gunicorn", "relations.wsgi", "--bind", f"127.0.0.1:{port}"]
    server = subprocess.Popen(
        [*command, "--workers", str(workers), "--timeout", "30"],
        cwd=ROOT,
        env=environment,
        stdout=output,
        stderr=output,
    )
    try:
        wait_for(port)
        yield f"127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=30)
        if log:
            output.close()


def wait_for(port: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not answer within 30 seconds")


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    text: str


@dataclass
class Browser:
    """Just enough of a browser for the admin: cookies, the CSRF token, form posts."""

    host: str
    cookies: dict[str, str] = field(default_factory=dict)

    def request(self, method: str, path: str, data: dict | None = None) -> Response:
        headers = {"Host": self.host}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode({**data, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")}, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = http.client.HTTPConnection(self.host, timeout=60)
        try:
            connection.request(method, path, body, headers)
            answer = connection.getresponse()
            text = answer.read().decode("utf-8", "replace")
            for header in answer.headers.get_all("Set-Cookie") or []:
                for name, morsel in http.cookies.SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
            return Response(answer.status, dict(answer.headers.items()), text)
        finally:
            connection.close()

    def get(self, path: str) -> Response:
        return self.request("GET", path)

    def post(self, path: str, data: dict) -> Response:
        return self.request("POST", path, data)

    def log_in(self, username: str, password: str = EDITOR_PASSWORD) -> None:
        self.get("/admin/login/")
        answer = self.post("/admin/login/?next=/admin/", {"username": username, "password": password})
        if answer.status != 302:
            raise RuntimeError(f"{username} could not log in: {answer.status}")


def hidden_value(page: str, name: str) -> str:
    match = re.search(rf'name="{name}" value="([^"]*)"', page)
    if match is None:
        raise ValueError(f"no field {name} in the page")
    return match.group(1)


EVENT_SETUP = """
import datetime, json
from timeline.models import Event, Evidence, Source, Theater
from timeline.quotes import locate
body = "The foreign minister said relations were at a low point. Talks are planned for May."
theater, _ = Theater.objects.get_or_create(slug="bilateral", defaults={"name": "Bilateral"})
source = Source.objects.create(
    outlet="Wire", headline="Talks", published=datetime.date(2017, 4, 7), body=body, raw_text=body
)
ids = []
for number in range(COUNT):
    event = Event.objects.create(
        title=f"Talks planned {number}", slug=f"talks-planned-{number}", summary="Before.",
        date=datetime.date(2017, 4, 7), category="diplomatic", theater=theater, score=1, status="draft",
    )
    quote = "Talks are planned for May."
    passage = locate(quote, body)
    evidence = Evidence.objects.create(event=event, source=source, quote=quote, start=passage.start, end=passage.end)
    ids.append({"event": event.pk, "evidence": evidence.pk, "source": source.pk, "theater": theater.pk,
                "title": event.title, "slug": event.slug})
print(json.dumps(ids))
"""


def create_events(environment: dict[str, str], count: int) -> list[dict]:
    import json

    output = manage(environment, "shell", "--no-imports", "-c", EVENT_SETUP.replace("COUNT", str(count)))
    return json.loads(output.strip().splitlines()[-1])


def event_form(ids: dict, started_from: str, **fields: str) -> dict:
    """The event change form as the admin posts it, with `fields` edited."""
    return {
        "title_en": ids["title"],
        "label_en": "",
        "slug": ids["slug"],
        "summary_en": "Before.",
        "editor_notes": "",
        "date": "2017-04-07",
        "date_precision": "day",
        "end_date": "",
        "category": "diplomatic",
        "theater": str(ids["theater"]),
        "score": "1.0",
        "status": "draft",
        "started_from_version": started_from,
        "evidence-TOTAL_FORMS": "1",
        "evidence-INITIAL_FORMS": "1",
        "evidence-MIN_NUM_FORMS": "0",
        "evidence-MAX_NUM_FORMS": "1000",
        "evidence-0-id": str(ids["evidence"]),
        "evidence-0-event": str(ids["event"]),
        "evidence-0-source": str(ids["source"]),
        "evidence-0-quote": "Talks are planned for May.",
        "evidence-0-speaker": "",
        # "title" and "summary" name the English fields of the form.
        **{f"{name}_en" if name in ("title", "label", "summary") else name: value for name, value in fields.items()},
    }
