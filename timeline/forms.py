"""Forms of the editors' admin."""

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet

from .models import Event


class EventForm(forms.ModelForm):
    """The event form; it carries the version the editor started from, so that a
    save over someone else's newer save is refused instead of overwriting it."""

    started_from_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Event
        fields = [
            "title",
            "label",
            "slug",
            "summary",
            "editor_notes",
            "date",
            "date_precision",
            "end_date",
            "category",
            "theater",
            "actors",
            "source_actor",
            "target_actor",
            "score",
            "status",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # The stored version, not the instance's: reverting edits a historical copy.
            self.fields["started_from_version"].initial = stored_version(self.instance.pk)

    def clean(self):
        cleaned = super().clean()
        started_from = cleaned.get("started_from_version")
        if self.instance.pk and started_from is not None:
            if stored_version(self.instance.pk) != started_from:
                raise ValidationError(conflict_message(self.instance.pk, started_from), code="stale")
            self.instance.expected_version = started_from
        return cleaned


def stored_version(event_id):
    return Event.objects.filter(pk=event_id).values_list("version", flat=True).first()


UNCOMPARED_FIELDS = ["version", "updated_at", "updated_by", "created_at", "created_by", "is_synthetic"]


def conflict_message(event_id, started_from):
    """Who saved the event since `started_from`, and what they changed."""
    history = Event.history.filter(id=event_id).order_by("-history_date", "-history_id")
    latest, then = history.first(), history.filter(version=started_from).first()
    who = latest.history_user if latest and latest.history_user else "Another editor"
    message = f"{who} saved this event after you opened it, so your changes were not saved."
    if latest and then:
        changes = latest.diff_against(then, excluded_fields=UNCOMPARED_FIELDS).changes
        if changes:
            message += " They changed " + "; ".join(describe_change(change) for change in changes) + "."
    return message + " Reload the page to see their version, then make your changes again."


def describe_change(change):
    if change.field == "actors":
        return "the actors"
    label = Event._meta.get_field(change.field).verbose_name
    return f"{label} from “{change.old}” to “{change.new}”"


class EvidenceFormSet(BaseInlineFormSet):
    """The evidence of one event; a published event must keep at least one quote."""

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        if self.instance.status == Event.Status.PUBLISHED and not self.kept_forms():
            raise ValidationError(
                "A published event needs at least one evidence quote. Add a quote from a source, "
                "or save the event as a draft or for review.",
                code="published_without_evidence",
            )

    def kept_forms(self):
        """Forms holding a quote that will still exist after saving: filled in and not marked for deletion."""
        return [
            form
            for form in self.forms
            if form.cleaned_data and not (self.can_delete and self._should_delete_form(form))
        ]
