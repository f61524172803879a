"""Fixtures shared by the whole suite."""

import os
from pathlib import Path

import pytest
from django.core.management import call_command

from relations.catalogues import compile_stale

# Playwright's sync API runs an event loop in the test thread; the ORM calls
# the tests make around it are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# The Russian pages need the compiled catalogues; `make` compiles them, and so does a run of pytest alone.
compile_stale()

SEED_FIXTURE = Path(os.environ.get("SEED_FIXTURE", Path(__file__).resolve().parent.parent / "fixtures" / "seed.json"))


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache (local memory, or the Redis database of REDIS_URL)
    and no local copies of answers: a response cached by one test must not answer another's."""
    from django.core.cache import cache

    from timeline.caching import LOCAL_COPIES

    cache.clear()
    LOCAL_COPIES.clear()


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Django's advice for tests: a password hashed in microseconds, not the deliberate third of a second of
    PBKDF2 (the log-in tests send hundreds). Production settings, which the deployment tests run, keep PBKDF2."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language: a request to a /ru/ address activates Russian in the
    test's thread (as LocaleMiddleware does), which must not carry over to the next test's text."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture
def seed(db):
    """The curated sources and events of record."""
    call_command("loaddata", SEED_FIXTURE, verbosity=0)


@pytest.fixture
def editor(db):
    """An editor made the way editors are made, so the Editors group's permissions are what tests exercise."""
    import io

    from django.contrib.auth import get_user_model

    call_command("create_editor", "editor", "--email", "editor@example.org", "--noinput", stdout=io.StringIO())
    return get_user_model().objects.get(username="editor")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def second_editor_client(db):
    """Another editor, Bob, in a browser of his own: for two people editing the same thing."""
    import io

    from django.contrib.auth import get_user_model
    from django.test import Client

    call_command("create_editor", "bob", "--noinput", stdout=io.StringIO())
    other = Client()
    other.force_login(get_user_model().objects.get(username="bob"))
    return other


# The fuzz tests count the requests they send and the server errors among them;
# the total is printed at the end of the run (the bar is thousands, with no 5xx).
FUZZ_COUNTS = {"requests": 0, "server_errors": 0}


def count_fuzz_request(status_code):
    FUZZ_COUNTS["requests"] += 1
    FUZZ_COUNTS["server_errors"] += status_code >= 500 and status_code != 501


def pytest_terminal_summary(terminalreporter):
    if FUZZ_COUNTS["requests"]:
        from django.db import connection

        terminalreporter.write_line(
            f"fuzz: {FUZZ_COUNTS['requests']:,} generated requests on {connection.vendor}, "
            f"{FUZZ_COUNTS['server_errors']} server errors"
        )


@pytest.fixture
def shipped_vocabulary(db):
    """The shipped actors and lexicon, as migration 0013 loads them (again, after a transactional test's flush)."""
    from timeline.assistant.languages import Vocabulary
    from timeline.assistant.vocabulary import load_actors, load_lexicon
    from timeline.models import Actor, LexiconEntry

    load_actors(Actor)
    load_lexicon(LexiconEntry)
    return Vocabulary.from_database()


@pytest.fixture
def russian(shipped_vocabulary):
    """The shipped Russian vocabulary, as the Russian reader reads with it."""
    from timeline.assistant.languages import Vocabulary

    return Vocabulary.from_database("ru")
