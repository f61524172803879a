"""Fixtures shared by the whole suite."""
import os
from pathlib import Path

import pytest
from django.core.management import call_command

# Playwright's sync API runs an event loop in the test thread; the ORM calls
# the tests make around it are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

SEED_FIXTURE = Path(os.environ.get("SEED_FIXTURE", Path(__file__).resolve().parent.parent / "fixtures" / "seed.json"))


@pytest.fixture
def seed(db):
    """The curated sources and events of record."""
    call_command("loaddata", SEED_FIXTURE, verbosity=0)
