"""Forms of the editors' admin."""

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from .models import Event


def without_maxlength(form: forms.BaseForm) -> None:
    """No maxlength on the form's inputs: a browser cuts a longer paste there silently, where the form's own
    limit refuses it with an error that names the limit and keeps the text to shorten."""
    for field in form.fields.values():
        field.widget.attrs.pop("maxlength", None)


class EventForm(forms.ModelForm):
    """The event form; it carries the version the editor started from, so that a
    save over someone else's newer save is refused instead of overwriting it.

    The check locks the event's row until the save commits (the admin saves in a
    transaction), so of two editors saving at the same moment one saves and the
    other gets the conflict. The loser's form keeps their edits, laid over the
    version now stored, and names what the other editor changed: saving it again
    loses neither editor's work.
    """

    started_from_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

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
        without_maxlength(self)
        if self.instance.pk:
            # The stored version, not the instance's: reverting edits a historical copy.
            self.fields["started_from_version"].initial = stored_version(self.instance.pk)

    def clean(self):
        cleaned = super().clean()
        started_from = self.cleaned_data.get("started_from_version")
        if self.instance.pk and started_from is not None:
            stored = locked_version(self.instance.pk)
            if stored != started_from:
                both_changed = self.rebase_on_stored_version(started_from, stored)
                raise ValidationError(conflict_message(self.instance.pk, started_from, both_changed), code="stale")
            self.instance.expected_version = started_from
        return cleaned

    def rebase_on_stored_version(self, started_from: int, stored: int | None) -> list[str]:
        """Show the editor's edits over the stored version; return the labels of the fields both editors changed.

        A field the editor left as it was when they opened the form takes the stored
        value; a field they edited keeps their value. The form then starts from the
        stored version, so saving it again is a deliberate save over the other's.
        """
        then, now = values_at_version(self.instance.pk, started_from), values_at_version(self.instance.pk, stored)
        data = QueryDict(mutable=True)
        data.update(self.data)
        both_changed = []
        for name, field in self.fields.items():
            if then is None or now is None or name not in then:
                continue
            posted = field.widget.value_from_datadict(self.data, self.files, self.add_prefix(name))
            if not field.has_changed(then[name], posted):
                set_posted_value(data, self.add_prefix(name), field.prepare_value(now[name]))
            elif field.has_changed(then[name], as_posted(field.prepare_value(now[name]))) and field.has_changed(
                now[name], posted
            ):
                both_changed.append(str(Event._meta.get_field(name).verbose_name))  # type: ignore[union-attr]  # a concrete field of the form
        data[self.add_prefix("started_from_version")] = as_posted(stored)
        # The form is invalid and only shown again: what it shows is read from self.data.
        self.data = data
        return both_changed


def stored_version(event_id: int) -> int | None:
    return Event.objects.filter(pk=event_id).values_list("version", flat=True).first()


def locked_version(event_id: int) -> int | None:
    """The stored version, its row locked until the transaction ends (on PostgreSQL; on SQLite an
    IMMEDIATE transaction already holds the database's write lock from its start)."""
    return Event.objects.select_for_update().filter(pk=event_id).values_list("version", flat=True).first()


def values_at_version(event_id: int, version: int | None) -> dict | None:
    """The event's editable values as its history recorded them at `version`; None if it has no such record."""
    if version is None:
        return None
    record = Event.history.filter(id=event_id, version=version).order_by("-history_date", "-history_id").first()
    if record is None:
        return None
    editable = set(EventForm.Meta.fields)
    values = {
        field.name: field.value_from_object(record.instance)
        for field in Event._meta.concrete_fields
        if field.name in editable
    }
    values["actors"] = [row.actor_id for row in record.actors.all()]
    return values


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


# The translated fields' own columns repeat their English or Russian column (models.TranslatedTexts).
UNCOMPARED_FIELDS = [
    *["version", "updated_at", "updated_by", "created_at", "created_by", "is_synthetic"],
    *["title", "label", "summary", "editor_notes"],
]


def conflict_message(event_id: int, started_from: int, both_changed: list[str] | tuple = ()) -> str:
    """Who saved the event since `started_from`, what they changed, and what became of the editor's edits."""
    history = Event.history.filter(id=event_id).order_by("-history_date", "-history_id")
    latest, then = history.first(), history.filter(version=started_from).first()
    who = latest.history_user if latest and latest.history_user else _("Another editor")
    message = _("%(who)s saved this event after you opened it, so your changes were not saved yet.") % {"who": who}
    if latest and then:
        changes = [
            change
            for change in latest.diff_against(then, excluded_fields=UNCOMPARED_FIELDS).changes
            if not (is_empty(change.old) and is_empty(change.new))
        ]
        if changes:
            described = "; ".join(describe_change(change) for change in changes)
            message += " " + _("They changed %(changes)s.") % {"changes": described}
    message += " " + _("The form below shows their version with your edits on top: check it and save again.")
    if both_changed:
        message += " " + _("You both changed %(fields)s; the form keeps yours.") % {"fields": ", ".join(both_changed)}
    return message


def is_empty(value) -> bool:
    """A text not given: NULL, as an accepted proposal leaves the other language, or blank, as the form saves it."""
    return value is None or value == ""


def describe_change(change) -> str:
    if change.field == "actors":
        return str(_("the actors"))
    label = Event._meta.get_field(change.field).verbose_name  # type: ignore[union-attr]  # history diffs name fields
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
