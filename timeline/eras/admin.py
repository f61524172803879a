"""Eras in the editors' admin: the era, and its quotes checked against their sources."""

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from ..admin_input import ChoicesCheckedFirst, InputCheckedFirst
from ..admin_safety import SavedOnce, VersionCheckedAdmin
from ..admin_search import AnyCaseSearch
from ..forms import VersionCheckedForm
from ..history_admin import ReadableHistory
from ..inlines import SourceChosenNotAdded
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


class EraEvidenceInline(ChoicesCheckedFirst, SourceChosenNotAdded, admin.StackedInline):
    model = EraEvidence
    formset = EraEvidenceFormSet
    fields = ["source", "quote", "speaker"]
    autocomplete_fields = ["source"]
    extra = 1

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source")


class EraForm(VersionCheckedForm):
    """An era needs a title and a description, in English or in Russian (Era.clean checks)."""

    saved_by_someone_else = _("%(who)s saved this era after you opened it, so your changes were not saved yet.")
    saved_by_you = _(
        "You saved a newer version of this era at %(time)s (in another tab, or before going back to this page), "
        "so this page is out of date and its changes were not saved yet."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("title_en", "description_en"):
            self.fields[name].required = False


@admin.register(Era)
class EraAdmin(
    InputCheckedFirst,
    SavedOnce,
    VersionCheckedAdmin,
    AnyCaseSearch,
    TranslationAdmin,
    ReadableHistory,
    SimpleHistoryAdmin,
):
    """Title and description in English and Russian side by side (timeline.admin.SideBySideTranslations)."""

    form = EraForm
    list_display = ["title", "start", "end", "direction", "is_published"]
    list_filter = ["direction", "is_published"]
    search_fields = ["title_en", "title_ru", "description_en", "description_ru", "evidence__quote"]
    date_hierarchy = "start"
    fields = [
        ("title_en", "title_ru"),
        *("start", "end", "direction"),
        ("description_en", "description_ru"),
        "is_published",
        "started_from_version",
    ]
    inlines = [EraEvidenceInline]

    class Media:
        css = {"all": ["css/admin-translations.css"]}
