"""Forms of the editors' admin."""
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.models import BaseInlineFormSet

from .models import Event, Source


def https_by_default(db_field, **kwargs):
    """Form fields for model fields; an address typed without a scheme is taken as https."""
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return db_field.formfield(**kwargs)


class SourceAddForm(forms.ModelForm):
    """Adding an article by hand: the text as received defaults to the body."""

    class Meta:
        model = Source
        fields = ["outlet", "headline", "url", "published", "author", "language", "body", "raw_text"]
        formfield_callback = https_by_default

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["raw_text"].required = False
        self.fields["raw_text"].help_text = (
            "The text exactly as received, if it differed from the body (for instance before page debris was "
            "removed). Leave empty when the body is the text as received."
        )

    def clean_raw_text(self):
        return self.cleaned_data["raw_text"] or self.cleaned_data.get("body", "")


class EventForm(forms.ModelForm):
    """The event form; it carries the version the editor started from, so that a
    save over someone else's newer save is refused instead of overwriting it."""

    started_from_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Event
        fields = "__all__"

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
    label = Event._meta.get_field(change.field).verbose_name
    if change.field == "actors":
        return "the actors"
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
