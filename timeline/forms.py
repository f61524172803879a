"""Forms of the editors' admin."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.models import BaseInlineFormSet
from django.http import QueryDict
from django.utils.formats import date_format
from django.utils.functional import Promise
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from modeltranslation.manager import get_translatable_fields_for_model

from .models import Event
from .slugs import unique_slug

StrOrPromise = str | Promise


def without_maxlength(form: forms.BaseForm) -> None:
    """No maxlength on the form's inputs: a browser cuts a longer paste there silently, where the form's own
    limit refuses it with an error that names the limit and keeps the text to shorten."""
    for field in form.fields.values():
        field.widget.attrs.pop("maxlength", None)


class VersionCheckedForm(forms.ModelForm):
    """A form of a versioned model (timeline.models.Versioned); it carries the version the editor started from, so
    that a save over someone else's newer save is refused instead of overwriting it.

    The check locks the object's row until the save commits (the admin saves in a
    transaction), so of two editors saving at the same moment one saves and the
    other gets the conflict. The loser's form keeps their edits, laid over the
    version now stored, and names what the other editor changed: saving it again
    loses neither editor's work. An editor whose own later save (in another tab,
    or before going Back) made the page stale is told so, not named as another.

    A subclass gives the two messages, naming its model (in Russian their words agree with its gender).
    """

    started_from_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    # The account editing, set by the admin (VersionCheckedAdmin.get_form); None outside it.
    editor = None
    # What the editor is told, naming the model: another editor saved it, or they did themselves at %(time)s.
    saved_by_someone_else: StrOrPromise
    saved_by_you: StrOrPromise

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        without_maxlength(self)
        if self.instance.pk:
            # The stored version, not the instance's: reverting edits a historical copy.
            self.fields["started_from_version"].initial = stored_version(self._meta.model, self.instance.pk)

    def clean(self):
        cleaned = super().clean()
        started_from = self.cleaned_data.get("started_from_version")
        if self.instance.pk and started_from is not None:
            stored = locked_version(self._meta.model, self.instance.pk)
            if stored != started_from:
                both_changed = self.rebase_on_stored_version(started_from, stored)
                raise ValidationError(self.conflict_message(started_from, both_changed), code="stale")
            self.instance.expected_version = started_from
        return cleaned

    def edited_fields(self) -> list[str]:
        model_fields = {field.name for field in self._meta.model._meta.get_fields()}
        return [name for name in self.fields if name in model_fields]

    def rebase_on_stored_version(self, started_from: int, stored: int | None) -> list[str]:
        """Show the editor's edits over the stored version; return the labels of the fields both editors changed.

        A field the editor left as it was when they opened the form takes the stored
        value; a field they edited keeps their value. The form then starts from the
        stored version, so saving it again is a deliberate save over the other's.
        """
        model, names = self._meta.model, self.edited_fields()
        then = values_at_version(model, self.instance.pk, started_from, names)
        now = values_at_version(model, self.instance.pk, stored, names)
        data = QueryDict(mutable=True)
        data.update(self.data)
        both_changed = []
        for name in names:
            field = self.fields[name]
            if then is None or now is None or name not in then:
                continue
            posted = field.widget.value_from_datadict(self.data, self.files, self.add_prefix(name))
            if not field.has_changed(then[name], posted):
                set_posted_value(data, self.add_prefix(name), field.prepare_value(now[name]))
            elif field.has_changed(then[name], as_posted(field.prepare_value(now[name]))) and field.has_changed(
                now[name], posted
            ):
                both_changed.append(str(model._meta.get_field(name).verbose_name))
        data[self.add_prefix("started_from_version")] = as_posted(stored)
        # The form is invalid and only shown again: what it shows is read from self.data.
        self.data = data
        return both_changed

    def conflict_message(self, started_from: int, both_changed: list[str] | tuple = ()) -> str:
        """Who saved the object since `started_from`, what they changed, and what became of the editor's edits."""
        history = self._meta.model.history.filter(id=self.instance.pk).order_by("-history_date", "-history_id")
        latest, then = history.first(), history.filter(version=started_from).first()
        newer_saves = history.filter(version__gt=started_from)
        if self.editor and newer_saves.exists() and not newer_saves.exclude(history_user=self.editor).exists():
            return self.own_conflict_message(latest, then, both_changed)
        who = latest.history_user if latest and latest.history_user else _("Another editor")
        message = self.saved_by_someone_else % {"who": who}
        changes = described_changes(self._meta.model, latest, then)
        if changes:
            message += " " + _("They changed %(changes)s.") % {"changes": changes}
        message += " " + _("The form below shows their version with your edits on top: check it and save again.")
        if both_changed:
            message += " " + _("You both changed %(fields)s; the form keeps yours.") % {
                "fields": ", ".join(both_changed)
            }
        return message

    def own_conflict_message(self, latest, then, both_changed) -> str:
        time = date_format(localtime(latest.history_date), "H:i")
        message = self.saved_by_you % {"time": time}
        changes = described_changes(self._meta.model, latest, then)
        if changes:
            message += " " + _("That save changed %(changes)s.") % {"changes": changes}
        message += " " + _("The form below shows that version with this page's edits on top: check it and save again.")
        if both_changed:
            message += " " + _(
                "That save and this page both changed %(fields)s; the form keeps this page's values."
            ) % {"fields": ", ".join(both_changed)}
        return message


class EventForm(VersionCheckedForm):
    """The event form, with the check of the version it started from (VersionCheckedForm)."""

    saved_by_someone_else = _("%(who)s saved this event after you opened it, so your changes were not saved yet.")
    saved_by_you = _(
        "You saved a newer version of this event at %(time)s (in another tab, or before going back to this page), "
        "so this page is out of date and its changes were not saved yet."
    )

    class Meta:
        model = Event
        fields = [
            "title_en",
            "title_ru",
            "label_en",
            "label_ru",
            "slug",
            "summary_en",
            "summary_ru",
            "editor_notes_en",
            "editor_notes_ru",
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
        # A title in either language will do (Event.clean asks for one); the admin would require the English.
        self.fields["title_en"].required = False
        # The admin fills the slug in from the English title as it is typed; a Russian title alone fills it in here.
        self.fields["slug"].required = False
        self.fields["slug"].help_text = _("Left blank, it is made from the title.")

    def clean(self):
        cleaned_data = super().clean()
        title = cleaned_data.get("title_en") or cleaned_data.get("title_ru")
        if not cleaned_data.get("slug") and title:
            cleaned_data["slug"] = unique_slug(title)
        return cleaned_data


class SourceForm(VersionCheckedForm):
    """The admin's form of a source's details (its fields are the admin's), with the version check."""

    saved_by_someone_else = _("%(who)s saved this source after you opened it, so your changes were not saved yet.")
    saved_by_you = _(
        "You saved a newer version of this source at %(time)s (in another tab, or before going back to this page), "
        "so this page is out of date and its changes were not saved yet."
    )


class ActorForm(VersionCheckedForm):
    """The admin's form of an actor (its fields are the admin's), with the version check."""

    saved_by_someone_else = _("%(who)s saved this actor after you opened it, so your changes were not saved yet.")
    saved_by_you = _(
        "You saved a newer version of this actor at %(time)s (in another tab, or before going back to this page), "
        "so this page is out of date and its changes were not saved yet."
    )


class TheaterForm(VersionCheckedForm):
    """The admin's form of a theater (its fields are the admin's), with the version check."""

    saved_by_someone_else = _("%(who)s saved this theater after you opened it, so your changes were not saved yet.")
    saved_by_you = _(
        "You saved a newer version of this theater at %(time)s (in another tab, or before going back to this "
        "page), so this page is out of date and its changes were not saved yet."
    )


def stored_version(model: type[models.Model], pk) -> int | None:
    return model._base_manager.filter(pk=pk).values_list("version", flat=True).first()


def locked_version(model: type[models.Model], pk) -> int | None:
    """The stored version, its row locked until the transaction ends (on PostgreSQL; on SQLite an
    IMMEDIATE transaction already holds the database's write lock from its start)."""
    return model._base_manager.select_for_update().filter(pk=pk).values_list("version", flat=True).first()


def values_at_version(model: type[models.Model], pk, version: int | None, names: list[str]) -> dict | None:
    """The object's values of the fields `names` as its history recorded them at `version`; None if it has no
    such record."""
    if version is None:
        return None
    record = model.history.filter(id=pk, version=version).order_by("-history_date", "-history_id").first()  # type: ignore[attr-defined]  # simple_history's manager
    if record is None:
        return None
    values = {
        field.name: field.value_from_object(record.instance)
        for field in model._meta.concrete_fields
        if field.name in names
    }
    for field in model._meta.many_to_many:
        if field.name in names:
            target = field.related_model._meta.model_name
            values[field.name] = [getattr(row, f"{target}_id") for row in getattr(record, field.name).all()]
    return values


def rebase_inline_rows(data: QueryDict, row_form: type[forms.ModelForm], prefix: str, parent, started_from: int):
    """The stored rows of an inline formset (an event's or era's quotes) on a form refused as stale: a field the
    editor left as it was when they opened the form takes its stored value, one they edited keeps theirs (as
    VersionCheckedForm.rebase_on_stored_version does for the form's own fields); `data` is changed in place."""
    parent_model = type(parent)
    first_newer_save = parent_model.history.filter(id=parent.pk, version=started_from + 1)
    opened_until = first_newer_save.order_by("history_date").values_list("history_date", flat=True).first()
    if opened_until is None:
        return
    row_model = row_form._meta.model
    row_fields = {field.name: field for field in row_model._meta.concrete_fields}
    for index in range(int(data.get(f"{prefix}-TOTAL_FORMS") or 0)):
        pk = data.get(f"{prefix}-{index}-id")
        then = (
            row_model.history.filter(id=pk, history_date__lt=opened_until).order_by("-history_date").first()
            if pk
            else None
        )
        now = row_model._base_manager.filter(pk=pk).first() if pk else None
        if then is None or now is None:
            continue
        for name, field in row_form.base_fields.items():
            if name not in row_fields:
                continue
            key = f"{prefix}-{index}-{name}"
            posted = field.widget.value_from_datadict(data, {}, key)
            if not field.has_changed(row_fields[name].value_from_object(then.instance), posted):
                set_posted_value(data, key, field.prepare_value(row_fields[name].value_from_object(now)))


def set_posted_value(data: QueryDict, name: str, value) -> None:
    if isinstance(value, list | tuple):
        data.setlist(name, as_posted(value))
    else:
        data[name] = as_posted(value)


def as_posted(value):
    """A value as a browser would post it: text, or a list of texts."""
    if isinstance(value, list | tuple):
        return [str(item) for item in value]
    return "" if value is None else str(value)


# Not compared: the record's own columns, and the translated fields' own columns, which repeat their English or
# Russian column (models.TranslatedTexts).
RECORD_COLUMNS = ["version", "updated_at", "updated_by", "created_at", "created_by", "is_synthetic"]


def described_changes(model: type[models.Model], latest, then) -> str:
    """What the saves from record `then` to record `latest` changed, in the editors' words; "" if nothing or
    either record is missing."""
    if not (latest and then):
        return ""
    excluded = [*RECORD_COLUMNS, *(get_translatable_fields_for_model(model) or [])]
    changes = [
        change
        for change in latest.diff_against(then, excluded_fields=excluded).changes
        if not (is_empty(change.old) and is_empty(change.new))
    ]
    return "; ".join(describe_change(model, change) for change in changes)


def is_empty(value) -> bool:
    """A text not given: NULL, as an accepted proposal leaves the other language, or blank, as the form saves it."""
    return value is None or value == ""


def describe_change(model: type[models.Model], change) -> str:
    if change.field == "actors":
        return str(_("the actors"))
    label = model._meta.get_field(change.field).verbose_name  # type: ignore[union-attr]  # history diffs name fields
    return _("%(field)s from “%(old)s” to “%(new)s”") % {"field": label, "old": change.old, "new": change.new}


class EvidenceFormSet(BaseInlineFormSet):
    """The evidence of one event; a published event must keep at least one quote."""

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        if self.instance.status == Event.Status.PUBLISHED and not self.kept_forms():
            raise ValidationError(
                _(
                    "A published event needs at least one evidence quote. Add a quote from a source, "
                    "or save the event as a draft or for review."
                ),
                code="published_without_evidence",
            )

    def kept_forms(self):
        """Forms holding a quote that will still exist after saving: filled in and not marked for deletion."""
        return [
            form
            for form in self.forms
            if form.cleaned_data and not (self.can_delete and self._should_delete_form(form))  # type: ignore[attr-defined]  # not in the stubs
        ]
