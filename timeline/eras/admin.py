"""Eras in the editors' admin: the era, and its quotes checked against their sources."""

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from .models import Era, EraEvidence


class EraEvidenceFormSet(BaseInlineFormSet):
    """A published era cites at least one source, as a published event does."""

    def clean(self):
        super().clean()
        if not self.instance.is_published:
            return
        kept = [
            form
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE") and form.cleaned_data.get("quote")
        ]
        if not kept:
            raise ValidationError(_("A published era needs at least one quote from a source."))


class EraEvidenceInline(admin.StackedInline):
    model = EraEvidence
    formset = EraEvidenceFormSet
    fields = ["source", "quote", "speaker"]
    autocomplete_fields = ["source"]
    extra = 1

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source")


@admin.register(Era)
class EraAdmin(SimpleHistoryAdmin):
    list_display = ["title", "start", "end", "direction", "is_published"]
    list_filter = ["direction", "is_published"]
    search_fields = ["title", "description", "evidence__quote"]
    date_hierarchy = "start"
    fields = ["title", "start", "end", "direction", "description", "is_published"]
    inlines = [EraEvidenceInline]
