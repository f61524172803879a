"""What the inlines of quotes (an event's evidence, an era's) share."""

from django.contrib import admin


class SourceChosenNotAdded(admin.options.InlineModelAdmin):
    """A quote's source is chosen from those stored, with no "+" to add one in a pop-up: a source is added from
    its text, with a preview of the debris removed (SourceAssistantMixin.add_view), a page that does not return
    to a pop-up's opener."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "source" and formfield is not None:
            formfield.widget.can_add_related = False
        return formfield
