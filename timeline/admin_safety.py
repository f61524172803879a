"""The admin's guards for an editor's work: a save over a newer version is refused (VersionCheckedAdmin), and an
add form sent twice saves once (SavedOnce)."""

import secrets

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext

from . import submissions
from .forms import rebase_inline_rows, stored_version
from .retries import with_retries

ADD_TOKEN = "_add_token"


class VersionCheckedAdmin:
    """For a model admin whose form is a timeline.forms.VersionCheckedForm listing "started_from_version"."""

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)  # type: ignore[misc]  # a ModelAdmin mixin
        form.editor = request.user  # a class made for this request by modelform_factory
        return form

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        parent = super().changeform_view  # type: ignore[misc]  # a ModelAdmin mixin
        return with_retries(lambda: parent(request, object_id, form_url, extra_context))

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        """A refused change names the object as stored in the heading and breadcrumbs: validating the form wrote the
        refused values onto the object Django names the page from, as if they had been saved."""
        if change and request.method == "POST":
            stored = type(obj)._default_manager.filter(pk=obj.pk).first() or obj
            context.update(original=stored, subtitle=str(stored))
        return super().render_change_form(request, context, add, change, form_url, obj)  # type: ignore[misc]  # a ModelAdmin mixin

    def get_formset_kwargs(self, request, obj, inline, prefix):
        """An inline's posted rows, rebased on the stored ones when the form started from an older version."""
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)  # type: ignore[misc]  # a ModelAdmin mixin
        started_from = opened_version(request)
        if "data" in kwargs and obj.pk and started_from not in (None, stored_version(type(obj), obj.pk)):
            rebase_inline_rows(kwargs["data"], inline.get_formset(request, obj).form, prefix, obj, started_from)
        return kwargs


def opened_version(request) -> int | None:
    """The version the posted change form started from, if it says."""
    posted = request.POST.get("started_from_version", "")
    return int(posted) if posted.isdigit() else None


class SavedOnce:
    """An add page carries a one-time token (templates/admin/timeline/change_form.html); the same form sent again,
    by a double click or a resend, goes to the object the first sending saved instead of adding it twice."""

    def add_view(self, request, form_url="", extra_context=None):
        token = request.POST.get(ADD_TOKEN, "") if request.method == "POST" else ""
        extra_context = {**(extra_context or {}), "add_token": token or secrets.token_urlsafe(24)}
        if not token:
            return super().add_view(request, form_url, extra_context)  # type: ignore[misc]  # a ModelAdmin mixin
        with transaction.atomic():
            saved = self.already_saved(submissions.claim(token))
            if saved is not None:
                return self.go_to_saved(request, saved)
            return super().add_view(request, form_url, extra_context)  # type: ignore[misc]  # a ModelAdmin mixin

    def already_saved(self, claim: submissions.AddFormClaim):
        if not claim.object_id:
            return None
        return self.model._default_manager.filter(pk=claim.object_id).first()  # type: ignore[attr-defined]  # a ModelAdmin mixin

    def go_to_saved(self, request, saved) -> HttpResponseRedirect:
        opts = self.model._meta  # type: ignore[attr-defined]  # a ModelAdmin mixin
        self.message_user(  # type: ignore[attr-defined]  # a ModelAdmin mixin
            request,
            gettext("Already saved: %(name)s “%(object)s”. The form was sent more than once; it was saved once.")
            % {"name": opts.verbose_name, "object": saved},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[saved.pk]))

    def log_addition(self, request, obj, message):
        token = request.POST.get(ADD_TOKEN)
        if token:
            submissions.note_saved(token, obj.pk)
        return super().log_addition(request, obj, message)  # type: ignore[misc]  # a ModelAdmin mixin
