"""How the admin's history pages show a change: in the editors' words, not the database's.

django-simple-history lists each version's changed columns as stored: a status as "draft → published", a text
not yet written as "None", the actors as a Python list, and a translated field twice, its own column (a copy of
the English text, timeline.models.TranslatedTexts) beside "Title (English)". Here a choice shows its label, a
yes/no its word, an empty value a dash, the actors their names; a translated field's copy column and a change
between NULL and blank (a text first saved through the form) are left out; and a version without a reason has
none shown, where the library wrote "None".

Reasons the code gives are stored in English, one language for the record whatever the admin's, and shown in
the reader's (STATUS_REASON).
"""

import dataclasses

from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.db.models import BooleanField, ManyToManyField
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext, gettext_noop, pgettext_lazy
from modeltranslation.manager import get_translatable_fields_for_model
from simple_history.template_utils import HistoricalRecordContextHelper

from .models import Event, Evidence, Source, named_quote

EMPTY = "—"
EMPTY_VALUES: tuple[object, ...] = (None, "", [])
STATUS_REASON = gettext_noop("Status set to “%(label)s” from the list of events")
# In a context of their own: Django's and the library's "Added" and "Changed" name an event's versions, and our
# catalogue, read first, would give theirs the quote's gender in Russian.
EVIDENCE_CHANGES = {
    "+": pgettext_lazy("an evidence quote", "Added"),
    "~": pgettext_lazy("an evidence quote", "Changed"),
    "-": pgettext_lazy("an evidence quote", "Removed"),
}


def status_reason(status: str) -> str:
    """The history's reason for a status set from the list of events, stored in English."""
    with translation.override("en"):
        return STATUS_REASON % {"label": Event.Status(status).label}


def shown_reason(reason: str | None) -> str:
    """A stored reason in the reader's language when the code wrote it; none shown as nothing."""
    if not reason:
        return ""
    for status in Event.Status:
        if reason == status_reason(status):
            return gettext(STATUS_REASON) % {"label": status.label}
    return reason


class ReadableChanges(HistoricalRecordContextHelper):
    def context_for_delta_changes(self, delta):
        copies = set(get_translatable_fields_for_model(self.model) or [])
        changes = [
            change
            for change in delta.changes
            if change.field not in copies and not (change.old in EMPTY_VALUES and change.new in EMPTY_VALUES)
        ]
        return super().context_for_delta_changes(dataclasses.replace(delta, changes=changes))

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if isinstance(field, ManyToManyField):
            names = super().prepare_delta_change_value(change, value)
            return ", ".join(sorted(str(name) for name in names)) or EMPTY
        if value in EMPTY_VALUES:
            return EMPTY
        if isinstance(field, BooleanField):
            return gettext("Yes") if value else gettext("No")
        if getattr(field, "choices", None):
            return dict(field.flatchoices).get(value, value)
        return value


def evidence_changes(event_id):
    """The event's quotes as added, changed and removed, latest first: its own history has its fields only."""
    records = list(
        Evidence.history.filter(event_id=event_id)
        .select_related("history_user")
        .order_by("-history_date", "-history_id")
    )
    # By the source's id, not its row: a source deleted after its quote was removed leaves the record.
    outlets = dict(Source.objects.filter(pk__in={record.source_id for record in records}).values_list("pk", "outlet"))
    for record in records:
        # Shown only, as in ReadableHistory: the records are never saved.
        record.change = EVIDENCE_CHANGES[record.history_type]
        record.named = named_quote(record.quote, outlets.get(record.source_id, EMPTY))
    return records


def check_history_address(model, object_id, version_id=None):
    """Not found, rather than a server error, for a history address whose numbers are not numbers
    (/admin/timeline/event/abc/history/): the library hands them to the database as they are."""
    try:
        model._meta.pk.to_python(unquote(object_id))
        if version_id is not None:
            model.history.model._meta.pk.to_python(unquote(version_id))
    except ValidationError as error:
        raise Http404 from error


class ReadableHistory:
    """Mixed into a SimpleHistoryAdmin: its history page in the editors' words, and a bad address not found."""

    def history_view(self, request, object_id, extra_context=None):
        check_history_address(self.model, object_id)  # type: ignore[attr-defined]  # a ModelAdmin's
        return super().history_view(request, object_id, extra_context)  # type: ignore[misc]

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        check_history_address(self.model, object_id, version_id)  # type: ignore[attr-defined]  # a ModelAdmin's
        return super().history_form_view(request, object_id, version_id, extra_context)  # type: ignore[misc]

    def get_historical_record_context_helper(self, request, historical_record):
        return ReadableChanges(self.model, historical_record)  # type: ignore[attr-defined]  # a ModelAdmin's

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        super().set_history_delta_changes(request, historical_records, foreign_keys_are_objs)  # type: ignore[misc]
        for record in historical_records:
            # Shown only: the page's records are never saved.
            record.history_change_reason = shown_reason(record.history_change_reason)
