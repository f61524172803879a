"""Input the admin's own pages never send, answered as an editor's mistake rather than a server error.

A tampered or cut-short request reaches the admin with values that Django hands to the database unchecked, where
they failed with a server error:

- a bulk action's selection that names no row ("_selected_action=abc");
- a year of the list's date drill-down with no year after it in Python's calendar ("date__year=9999": Django asks
  for the dates up to the next year);
- the rows an autocomplete shows again with a form's errors ("theater=abc": Django asks for the row it names);
- a chosen row's number too large for any row ("actors=99999999999999999999": SQLite cannot even hold it).

Each is checked here where Django reads it, and answered as Django answers the mistakes it does check: the list
redirected, with a message where Django's gives none that fits, and a form shown again with the error under its field.
"""

import datetime
from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import messages
from django.contrib.admin import helpers
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ChangeList
from django.contrib.admin.widgets import AutocompleteMixin, AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import ValidationError
from django.db.models import Field
from django.utils.translation import gettext

if TYPE_CHECKING:
    from django.contrib.admin.options import BaseModelAdmin, ModelAdmin

    BaseAdmin = BaseModelAdmin[Any]
    Admin = ModelAdmin[Any]
else:
    BaseAdmin = Admin = object


def is_key(field: Field, value: object) -> bool:
    """Whether `value`, as posted, can name a row by `field`: for a numbered row, a number in the column's range."""
    try:
        field.clean(value, None)
    except ValidationError:
        return False
    return True


class KeysCheckedAutocomplete(AutocompleteMixin):
    """An autocomplete shown again with the form's errors asks the database only for the rows a key can name; the
    form itself says what was wrong with the rest."""

    def optgroups(self, name, value, attr=None):
        key = self.field.target_field
        return super().optgroups(name, [item for item in value if is_key(key, item)], attr)


class CheckedAutocompleteSelect(KeysCheckedAutocomplete, AutocompleteSelect):
    pass


class CheckedAutocompleteSelectMultiple(KeysCheckedAutocomplete, AutocompleteSelectMultiple):
    pass


class KeysCheckedMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Django checks each chosen row's key by building a query, which accepts a number past the database's range;
    it is refused here with Django's own message for a value that names no row."""

    def clean(self, value):
        opts = self.queryset.model._meta  # type: ignore[union-attr]  # a model's field always has its queryset
        key = opts.get_field(self.to_field_name or opts.pk.name)
        for item in value if isinstance(value, list | tuple) else []:
            if not is_key(key, item):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": item}
                )
        return super().clean(value)


class ChoicesCheckedFirst(BaseAdmin):
    """Mixed into a ModelAdmin or an inline before it: its choices of rows check a key before asking for its row."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = CheckedAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = CheckedAutocompleteSelectMultiple(db_field, self.admin_site, using=kwargs.get("using"))
        kwargs.setdefault("form_class", KeysCheckedMultipleChoiceField)
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class DrillDownCheckedChangeList(ChangeList):
    def get_filters(self, request):
        year = self.params.get(f"{self.date_hierarchy}__year") if self.date_hierarchy else None
        if year is not None and not has_a_next_year(year):
            # Django's answer to a drill-down's date it cannot read: the whole list, unfiltered.
            raise IncorrectLookupParameters(year)
        return super().get_filters(request)


def has_a_next_year(year: str) -> bool:
    try:
        return datetime.MINYEAR <= int(year) < datetime.MAXYEAR
    except ValueError:
        return False


class InputCheckedFirst(ChoicesCheckedFirst, Admin):
    """Mixed into a ModelAdmin before it: its choices, its list's drill-down and its bulk actions' selection are
    checked before the database is asked."""

    def get_changelist(self, request, **kwargs):
        return DrillDownCheckedChangeList

    def response_action(self, request, queryset, *args, **kwargs):
        selected = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        key = self.model._meta.pk
        if not all(is_key(key, item) for item in selected):
            self.message_user(
                request,
                gettext(
                    "The selection sent with the action names no item of this list, so nothing was changed. "
                    "Tick the items again and apply the action."
                ),
                messages.ERROR,
            )
            return None  # Django then shows the list again
        return super().response_action(request, queryset, *args, **kwargs)
