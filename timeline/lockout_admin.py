"""The admin page of locked-out log-ins (see timeline.lockouts); only editors-in-chief may unlock."""

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from .admin_input import InputCheckedFirst
from .lockouts import LockedOutLogIn, locked_now, locked_until


class LockedNowFilter(admin.SimpleListFilter):
    title = _("state")
    parameter_name = "locked"

    def lookups(self, request, model_admin):
        return [("yes", _("Locked now")), ("no", _("Not locked"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(locked_now())
        if self.value() == "no":
            return queryset.exclude(locked_now())
        return queryset


SHOWN_FIELDS = ("username", "ip_address", "user_agent", "failures_since_start", "attempt_time", "locked_until")


@admin.register(LockedOutLogIn)
class LockedOutLogInAdmin(InputCheckedFirst, admin.ModelAdmin):
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time", "locked_until"]
    list_filter = [LockedNowFilter]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]
    fields = SHOWN_FIELDS
    readonly_fields = SHOWN_FIELDS
    actions = ["unlock"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    @admin.display(description=_("locked until"))
    def locked_until(self, attempt: LockedOutLogIn) -> str:
        until = locked_until(attempt)
        if until is None:
            return str(_("not locked"))
        return date_format(timezone.localtime(until), "DATETIME_FORMAT")

    @admin.action(description=_("Unlock the selected log-ins"), permissions=["delete"])
    def unlock(self, request: HttpRequest, queryset: QuerySet[LockedOutLogIn]) -> None:
        pairs = sorted({(attempt.username or "", attempt.ip_address or "") for attempt in queryset})
        self.log_deletions(request, queryset)
        queryset.delete()
        self.message_user(
            request,
            ngettext(
                "Unlocked %(count)d log-in: %(pairs)s.",
                "Unlocked %(count)d log-ins: %(pairs)s.",
                len(pairs),
            )
            % {
                "count": len(pairs),
                "pairs": ", ".join(
                    gettext("%(username)s from %(address)s") % {"username": username, "address": address}
                    for username, address in pairs
                ),
            },
            messages.SUCCESS,
        )
