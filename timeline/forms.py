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
