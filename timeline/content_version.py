"""The content version: one database row (ContentVersion) whose random token changes whenever anything the
public sees is saved or deleted. `track` connects a public model's save, delete and many-to-many signals to
`content_changed` (apps.py tracks every public model); `track_public` makes a change to a row count only when the
public sees the row before or after it. The response cache (caching.py) and the chart's cached parts
(chart_context.py) are keyed by it."""

import secrets
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connection, models
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.utils import timezone

from .models import ContentVersion

VERSION_ROW = 1


@dataclass(frozen=True)
class ContentState:
    token: int
    changed_at: datetime


# The content version read for the request the response cache is answering (ResponseCacheMiddleware):
# what the view keys by it (the chart's parts, chart_context) uses the same one, without reading it again.
REQUEST_STATE: ContextVar["ContentState | None"] = ContextVar("request_content_state", default=None)


def content_state() -> ContentState:
    """The current content version: the one read for the request being answered, or one read of one row."""
    return REQUEST_STATE.get() or read_content_state()


def read_content_state() -> ContentState:
    """The content version as the database holds it now.

    Read with a plain cursor: this runs on every request, where building the
    ORM query would cost more than the database's answer. The row is made
    again if it is missing (a test database flushed between tests).
    """
    table = connection.ops.quote_name(ContentVersion._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT token, changed_at FROM {table} WHERE id = %s", [VERSION_ROW])
        row = cursor.fetchone()
    if row is None:
        content_changed()
        return read_content_state()
    token, changed_at = row
    # SQLite hands back a naive datetime in UTC (USE_TZ), PostgreSQL an aware one.
    return ContentState(token, changed_at if timezone.is_aware(changed_at) else changed_at.replace(tzinfo=UTC))


def content_changed(sender: Any = None, using: str = DEFAULT_DB_ALIAS, **kwargs: Any) -> None:
    """A signal receiver, also called directly after bulk writes: whatever the public sees may have changed.

    A row of a model with a rule for what the public sees of it (track_public) counts only when it is
    seen before or after the change: editing a draft leaves every cached page as it was."""
    if kwargs.get("action", "post_").startswith("pre_"):
        return  # m2m_changed fires before and after; the change is made after.
    instance = kwargs.get("instance")
    if instance is not None and not kwargs.get("raw") and not seen_before_or_after(instance, using):
        return
    values = {"token": secrets.randbits(62), "changed_at": timezone.now()}
    versions = ContentVersion.objects.using(using)
    if not versions.filter(pk=VERSION_ROW).update(**values):
        versions.get_or_create(pk=VERSION_ROW, defaults=values)


def track(*tracked: type[models.Model]) -> None:
    """Count every save and delete of these models, and every change to their many-to-many
    relations, as a change to what the public sees. One call per public model (see apps.py)."""
    for model in tracked:
        name = model._meta.label
        post_save.connect(content_changed, sender=model, dispatch_uid=f"content-changed-save-{name}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"content-changed-delete-{name}")
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            uid = f"content-changed-m2m-{name}-{field.name}"
            m2m_changed.connect(content_changed, sender=through, dispatch_uid=uid)


# What the public sees of a tracked model whose rows may be unseen (a draft event, its quotes): the seen
# rows of a queryset of them.
PUBLIC_ROWS: dict[type[models.Model], Callable[[models.QuerySet], models.QuerySet]] = {}
SEEN_BEFORE = "_seen_by_the_public_before_the_change"


def track_public(model: type[models.Model], public_rows: Callable[[models.QuerySet], models.QuerySet]) -> None:
    """Count a save, delete or change of relations of this tracked model only when the row is seen by the
    public before or after it (`public_rows` keeps the seen rows of a queryset). Costs a query before and
    after each save or delete of it: editors save one row at a time."""
    PUBLIC_ROWS[model] = public_rows
    name = model._meta.label
    pre_save.connect(remember_seen, sender=model, dispatch_uid=f"content-seen-save-{name}")
    pre_delete.connect(remember_seen, sender=model, dispatch_uid=f"content-seen-delete-{name}")


def is_seen(instance: models.Model, using: str) -> bool:
    """Whether the public sees the row as the database holds it (a model without a rule: always)."""
    public_rows = PUBLIC_ROWS.get(type(instance))
    if public_rows is None:
        return True
    if instance.pk is None:
        return False
    return public_rows(type(instance)._base_manager.using(using).filter(pk=instance.pk)).exists()


def remember_seen(sender: type[models.Model], instance: models.Model, using: str, **kwargs: Any) -> None:
    setattr(instance, SEEN_BEFORE, is_seen(instance, using))


def seen_before_or_after(instance: models.Model, using: str) -> bool:
    """Whether a change to this row (just saved, deleted, or its relations changed) is one the public sees."""
    if type(instance) not in PUBLIC_ROWS:
        return True
    return getattr(instance, SEEN_BEFORE, False) or is_seen(instance, using)
