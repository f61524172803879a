"""Production settings, checked the way they are used: in a fresh process with DJANGO_DEBUG off."""

import os
import secrets
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def manage(*arguments, tmp_path, **environment):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_URL"))}
    env.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS="timeline.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'production.sqlite3'}",
        DJANGO_STATIC_ROOT=str(tmp_path / "static"),
    )
    env.update(environment)
    return subprocess.run(
        [sys.executable, "manage.py", *arguments], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_reports_nothing(tmp_path):
    result = manage("check", "--deploy", "--fail-level", "DEBUG", tmp_path=tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize(
    ("environment", "message"),
    [
        ({"DJANGO_SECRET_KEY": ""}, "DJANGO_SECRET_KEY must be set"),
        ({"DJANGO_SECRET_KEY": "django-insecure-development-only-key-do-not-use-in-production"}, "DJANGO_SECRET_KEY"),
        ({"DJANGO_SECRET_KEY": "short"}, "it has 5 characters, fewer than 50"),
        ({"DJANGO_SECRET_KEY": "x" * 60}, "it repeats itself"),
        ({"DJANGO_SECRET_KEY": "abcdefghij" * 6}, "it repeats itself"),
        ({"DJANGO_SECRET_KEY": "django-insecure-" + secrets.token_urlsafe(50)}, "starts with “django-insecure”"),
        ({"DJANGO_ALLOWED_HOSTS": ""}, "DJANGO_ALLOWED_HOSTS must list"),
        ({"DJANGO_ALLOWED_HOSTS": "*"}, "“*” would let any Host header through"),
        ({"DJANGO_ALLOWED_HOSTS": "timeline.example.org,*"}, "“*” would let any Host header through"),
        ({"DJANGO_TRUSTED_PROXIES": "10.0.0.1,nginx"}, "DJANGO_TRUSTED_PROXIES: “nginx” is not an IP address"),
        # Unset DJANGO_DEBUG is production, not development.
        ({"DJANGO_DEBUG": "", "DJANGO_SECRET_KEY": ""}, "DJANGO_SECRET_KEY must be set"),
    ],
)
def test_production_refuses_to_start_without_a_secret_key_or_hosts(tmp_path, environment, message):
    result = manage("check", tmp_path=tmp_path, **environment)

    assert result.returncode != 0
    assert message in result.stderr


@pytest.mark.parametrize(
    "key",
    [secrets.token_urlsafe(50), secrets.token_hex(32), "correct horse battery staple, mauve lighthouse, quiet 1987"],
)
def test_production_accepts_random_keys_and_long_passphrases(tmp_path, key):
    result = manage("check", tmp_path=tmp_path, DJANGO_SECRET_KEY=key)

    assert result.returncode == 0, result.stderr


def test_make_serve_refuses_to_run_with_debug_on(tmp_path):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_URL"))}
    env.update(DJANGO_DEBUG="1", DATABASE_URL=f"sqlite:///{tmp_path / 'serve.sqlite3'}", PORT="8499")

    result = subprocess.run(["make", "serve"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)

    assert result.returncode != 0
    assert "relations.E001" in result.stderr + result.stdout
    assert "DEBUG is on" in result.stderr + result.stdout
    assert not (tmp_path / "serve.sqlite3").exists(), "nothing runs before the check: no migration"


def test_production_pages_send_the_security_headers(tmp_path):
    assert manage("migrate", "--noinput", tmp_path=tmp_path).returncode == 0
    assert manage("collectstatic", "--noinput", tmp_path=tmp_path).returncode == 0
    script = (
        "from django.test import Client\n"
        "response = Client().get('/', secure=True, HTTP_HOST='timeline.example.org')\n"
        "print(response.status_code)\n"
        "for name in ('Strict-Transport-Security', 'Content-Security-Policy', 'X-Frame-Options',"
        " 'X-Content-Type-Options', 'Referrer-Policy'):\n"
        "    print(name + ': ' + response.headers.get(name, 'MISSING'))\n"
    )

    result = manage("shell", "--no-imports", "-c", script, tmp_path=tmp_path)
    output = result.stdout

    assert result.returncode == 0, result.stderr
    assert output.startswith("200")
    assert "Strict-Transport-Security: max-age=31536000; includeSubDomains; preload" in output
    assert "script-src 'self'" in output
    assert "frame-ancestors 'none'" in output
    assert "X-Frame-Options: DENY" in output
    assert "X-Content-Type-Options: nosniff" in output
    assert "Referrer-Policy: strict-origin-when-cross-origin" in output


def test_plain_http_is_redirected_to_https_in_production(tmp_path):
    script = (
        "from django.test import Client\n"
        "response = Client().get('/', HTTP_HOST='timeline.example.org')\n"
        "print(response.status_code, response.headers.get('Location'))\n"
    )

    result = manage("shell", "--no-imports", "-c", script, tmp_path=tmp_path)

    assert result.stdout.strip() == "301 https://timeline.example.org/"


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_pages_and_downloads_are_served_uncached_while_redis_is_down(tmp_path):
    """REDIS_URL names a Redis that refuses connections (stopped, restarting): readers still get every page, and the
    log says why nothing is cached."""
    redis_down = {"REDIS_URL": f"redis://127.0.0.1:{closed_port()}/0"}
    assert manage("migrate", "--noinput", tmp_path=tmp_path, **redis_down).returncode == 0
    assert manage("collectstatic", "--noinput", tmp_path=tmp_path, **redis_down).returncode == 0
    script = (
        "from django.test import Client\n"
        "client = Client()\n"
        "for path in ('/', '/', '/embed/', '/events.csv', '/events.json', '/ru/', '/sources/', '/chart.png'):\n"
        "    response = client.get(path, secure=True, HTTP_HOST='timeline.example.org')\n"
        "    print(path, response.status_code)\n"
    )

    result = manage("shell", "--no-imports", "-c", script, tmp_path=tmp_path, **redis_down)

    assert result.returncode == 0, result.stderr
    statuses = [line.split() for line in result.stdout.splitlines()]
    assert len(statuses) == 8
    assert all(status == "200" for _, status in statuses), result.stdout
    assert "Connection refused" in result.stderr
