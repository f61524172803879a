"""Locked-out log-ins: django-axes' failed attempts, which editors-in-chief see and unlock in the admin.

An attempt row counts the failures of one username from one client address; at
AXES_FAILURE_LIMIT failures that pair is locked until AXES_COOLOFF_TIME after the
failure that locked it. Unlocking deletes the rows, as axes' own reset does.
"""

import datetime

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class LockedOutLogIn(AccessAttempt):
    class Meta:
        proxy = True
        verbose_name = _("locked-out log-in")
        verbose_name_plural = _("locked-out log-ins")


def lock_started_after() -> datetime.datetime:
    """Failures older than this no longer count: the cool-off since them has passed."""
    return timezone.now() - (get_cool_off() or datetime.timedelta(0))


def locked_now() -> Q:
    return Q(failures_since_start__gte=settings.AXES_FAILURE_LIMIT, attempt_time__gte=lock_started_after())


def locked_until(attempt: AccessAttempt) -> datetime.datetime | None:
    """When the lock-out of this username and address ends, or None if it is not locked."""
    cool_off = get_cool_off()
    if attempt.failures_since_start < settings.AXES_FAILURE_LIMIT or cool_off is None:
        return None
    until = attempt.attempt_time + cool_off
    return until if until > timezone.now() else None
