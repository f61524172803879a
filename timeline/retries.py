"""Running an admin view again when a concurrent save got in its way.

The admin runs a change view in one transaction, so a failed attempt leaves
nothing behind and running it again is safe. Two failures are retried:
SQLite's "database is locked" (a writer waited past the busy timeout) and a
StaleVersionError (someone saved the object between the form's check and the save;
the next run's form sees their version and shows the conflict instead).
"""

from collections.abc import Callable

from django.db import OperationalError
from django.http import HttpResponse

from .models import StaleVersionError

ATTEMPTS = 3


def is_lock_timeout(error: OperationalError) -> bool:
    return "database is locked" in str(error)


def with_retries(view: Callable[[], HttpResponse]) -> HttpResponse:
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return view()
        except StaleVersionError:
            if attempt == ATTEMPTS:
                raise
        except OperationalError as error:
            if attempt == ATTEMPTS or not is_lock_timeout(error):
                raise
    raise AssertionError("unreachable: the last attempt returns or raises")
