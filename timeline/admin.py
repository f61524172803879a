"""The editors' admin: sources, events with their evidence, actors and theaters.

Texts kept in English and Russian (timeline/translation.py) are edited side by
side, a row per text, English on the left (django-modeltranslation's admin,
without its tabs: an editor sees and compares both at once).
"""

import re

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, User
from django.db import models
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, gettext_noop, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from . import lockout_admin  # noqa: F401  (registers the locked-out log-ins page)
from .admin_input import ChoicesCheckedFirst, InputCheckedFirst
from .admin_safety import SavedOnce, VersionCheckedAdmin
from .admin_search import AnyCaseSearch
from .assistant.admin import SourceAssistantMixin
from .forms import ActorForm, EventForm, EvidenceFormSet, SourceForm, TheaterForm
from .history_admin import ReadableHistory, check_history_address, evidence_changes, status_reason
from .inlines import SourceChosenNotAdded
from .localised import quoted
from .models import Actor, Event, Evidence, Source, Theater
from .retries import with_retries

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
LINE_BREAK = mark_safe("<br>")
# Who created and last changed an event, and when: shown on its change page only, never edited.
RECORD_FIELDS = ["created_by", "created_at", "updated_by", "updated_at"]
# Status actions save events one by one (a few ms each): this many stay well inside gunicorn's 30 s.
MAX_STATUS_CHANGES = 1_000
# Texts of django-simple-history's history pages that its own Russian catalogue lacks, translated in ours (its
# template asks for them with {% trans %}, and our catalogue comes first).
HISTORY_PAGE_TEXTS = [gettext_noop("Changes")]
# Django's texts whose Russian is ungrammatical, translated again in ours: its «Событие с таким Часть адреса уже
# существует» puts a feminine field label, capitalised, after «таким»; «Не удается удалить участник» and «Удаление
# участник» leave a model's name in the nominative, as do its page titles («Выберите арена для изменения», «Добавить
# участник»), and «Добавить еще один Цитата о периоде» a feminine one after «один».
# Its messages after a save or a deletion are masculine whatever the model («Событие … был изменен», «Удален арена»,
# «Успешно удалены 5 события»): ours put the model's name after a colon, where any gender or number reads right.
DJANGO_TEXTS_RETRANSLATED = [
    gettext_noop("The {name} “{obj}” was added successfully."),
    gettext_noop("You may edit it again below."),
    gettext_noop("The {name} “{obj}” was added successfully. You may add another {name} below."),
    gettext_noop("The {name} “{obj}” was changed successfully."),
    gettext_noop("The {name} “{obj}” was changed successfully. You may edit it again below."),
    gettext_noop("The {name} “{obj}” was changed successfully. You may add another {name} below."),
    gettext_noop("The %(name)s “%(obj)s” was deleted successfully."),
    gettext_noop("Successfully deleted %(count)d %(items)s."),
    gettext_noop("%(name)s with ID “%(key)s” doesn’t exist. Perhaps it was deleted?"),
    gettext_noop("Added {name} “{object}”."),
    gettext_noop("Changed {fields} for {name} “{object}”."),
    gettext_noop("Deleted {name} “{object}”."),
    gettext_noop("%(model_name)s with this %(field_label)s already exists."),
    gettext_noop("Add another %(verbose_name)s"),
    gettext_noop("Select %s"),
    gettext_noop("Select %s to change"),
    gettext_noop("Select %s to view"),
    gettext_noop("Add %s"),
    gettext_noop("Change %s"),
    gettext_noop("View %s"),
    gettext_noop("Add %(name)s"),
    gettext_noop("Cannot delete %(name)s"),
    gettext_noop(
        "Deleting the %(object_name)s '%(escaped_object)s' would require deleting the following protected related "
        "objects:"
    ),
    gettext_noop(
        'Are you sure you want to delete the %(object_name)s "%(escaped_object)s"? All of the following related '
        "items will be deleted:"
    ),
    gettext_noop(
        "Deleting the %(object_name)s '%(escaped_object)s' would result in deleting related objects, but your "
        "account doesn't have permission to delete the following types of objects:"
    ),
]


class SideBySideTranslations:
    """The admin's CSS that gives each language half of a row (static/css/admin-translations.css)."""

    class Media:
        css = {"all": ["css/admin-translations.css"]}


def paragraphs_html(text):
    """Plain text as escaped HTML paragraphs: blank lines part paragraphs, single line breaks are kept."""
    paragraphs = [paragraph.strip() for paragraph in PARAGRAPH_BREAK.split(text) if paragraph.strip()]
    return format_html_join("", "<p>{}</p>", ((lines_html(paragraph),) for paragraph in paragraphs))


def lines_html(paragraph):
    return format_html_join(LINE_BREAK, "{}", ((line,) for line in paragraph.splitlines()))


def event_change_links(events):
    return format_html_join(
        "",
        '<li><a href="{}">{}</a></li>',
        ((reverse("admin:timeline_event_change", args=[event.pk]), str(event)) for event in events),
    )


@admin.register(Source)
class SourceAdmin(
    InputCheckedFirst,
    SavedOnce,
    VersionCheckedAdmin,
    AnyCaseSearch,
    SourceAssistantMixin,
    ReadableHistory,
    SimpleHistoryAdmin,
):
    list_display = ["outlet", "headline", "published", "event_count"]
    search_fields = ["outlet", "headline", "body"]
    date_hierarchy = "published"
    # Sources are added from their text (SourceAssistantMixin.add_view). Quotes are
    # checked against the stored body, so once saved it is shown, not edited.
    form = SourceForm
    fields = [
        *("outlet", "headline", "url", "published", "author", "language"),
        *("article", "citing_events", "started_from_version"),
    ]
    readonly_fields = ["article", "citing_events"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(event_count=Count("evidence__event", distinct=True))

    @admin.display(description=_("Events"), ordering="event_count")
    def event_count(self, source):
        return source.event_count

    @admin.display(description=_("Article"))
    def article(self, source):
        """The body in its own language, whatever the admin's (as the preview of add_from_text shows it)."""
        return format_html('<div lang="{}">{}</div>', source.language, paragraphs_html(source.body))

    @admin.display(description=_("Events citing this article"))
    def citing_events(self, source):
        events = Event.objects.filter(evidence__source=source).distinct().order_by("date", "title_en")
        if not events:
            return gettext("No event cites this article yet.")
        return format_html("<ul>{}</ul>", event_change_links(events))


class EvidenceInline(ChoicesCheckedFirst, SourceChosenNotAdded, admin.StackedInline):
    model = Evidence
    formset = EvidenceFormSet
    fields = ["source", "quote", "speaker", "translation"]
    autocomplete_fields = ["source"]
    extra = 1

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source")


class ActorSideFilter(admin.SimpleListFilter):
    title = _("side of an actor")
    parameter_name = "side"

    def lookups(self, request, model_admin):
        return Actor.Side.choices

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        return queryset.filter(actors__side=self.value()).distinct()


@admin.register(Event)
class EventAdmin(
    InputCheckedFirst,
    SavedOnce,
    VersionCheckedAdmin,
    AnyCaseSearch,
    SideBySideTranslations,
    TranslationAdmin,
    ReadableHistory,
    SimpleHistoryAdmin,
):
    form = EventForm
    list_display = ["date_in_words", "title", "score", "status", "category", "theater"]
    list_display_links = ["title"]
    list_filter = ["status", "category", "theater", "actors", ActorSideFilter]
    list_select_related = ["theater"]
    date_hierarchy = "date"
    search_fields = ["title_en", "title_ru", "summary_en", "summary_ru", "evidence__quote"]
    prepopulated_fields = {"slug": ["title_en"]}
    autocomplete_fields = ["actors", "source_actor", "target_actor", "theater"]
    readonly_fields = RECORD_FIELDS
    inlines = [EvidenceInline]
    actions = ["publish", "send_to_review", "unpublish"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    ("title_en", "title_ru"),
                    ("label_en", "label_ru"),
                    "slug",
                    ("summary_en", "summary_ru"),
                    "started_from_version",
                ]
            },
        ),
        (_("When"), {"fields": ["date", "date_precision", "end_date", ("editor_notes_en", "editor_notes_ru")]}),
        (_("What"), {"fields": ["category", "theater", "source_actor", "target_actor", "actors", "score", "status"]}),
    ]
    record_fieldset = (_("Record"), {"fields": RECORD_FIELDS})
    object_history_template = "admin/timeline/event/object_history.html"

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return self.fieldsets
        return [*self.fieldsets, self.record_fieldset]

    @admin.display(description=_("Date"), ordering="date")
    def date_in_words(self, event):
        return event.date_in_words()

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)

    def history_view(self, request, object_id, extra_context=None):
        check_history_address(Event, object_id)  # before the evidence's history is asked for with the address
        context = {**(extra_context or {}), "evidence_changes": evidence_changes(unquote(object_id))}
        return super().history_view(request, object_id, context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        check_history_address(Event, object_id, version_id)
        # Reverting saves the event without its evidence formset, so the publishing rule is checked here.
        if request.method == "POST" and request.POST.get("status") == Event.Status.PUBLISHED:
            event = Event.objects.filter(pk=unquote(object_id)).first()
            if event is not None and not event.evidence.exists():
                self.message_user(
                    request,
                    gettext(
                        "“%(title)s” has no evidence quote, so it cannot be published. "
                        "Revert it as a draft or for review, or add a quote first."
                    )
                    % {"title": event.title},
                    messages.ERROR,
                )
                return HttpResponseRedirect(request.path)
        parent = super().history_form_view
        return with_retries(lambda: parent(request, object_id, version_id, extra_context))

    @admin.action(description=_("Publish selected events"), permissions=["change"])
    def publish(self, request, queryset):
        if self.refuse_large_selection(request, queryset):
            return
        lacking = list(queryset.without_evidence())
        if lacking:
            titles = ", ".join(quoted(event.title) for event in lacking)
            self.message_user(
                request,
                ngettext(
                    "Not published, for lack of an evidence quote: %(titles)s.",
                    "Not published, for lack of evidence quotes: %(titles)s.",
                    len(lacking),
                )
                % {"titles": titles},
                messages.ERROR,
            )
        ready = queryset.exclude(pk__in=[event.pk for event in lacking])
        self.set_status(request, ready, Event.Status.PUBLISHED)

    @admin.action(description=_("Send selected events to review"), permissions=["change"])
    def send_to_review(self, request, queryset):
        if self.refuse_large_selection(request, queryset):
            return
        self.set_status(request, queryset, Event.Status.REVIEW)

    @admin.action(description=_("Unpublish selected events (back to draft)"), permissions=["change"])
    def unpublish(self, request, queryset):
        if self.refuse_large_selection(request, queryset):
            return
        self.set_status(request, queryset.published(), Event.Status.DRAFT)

    def refuse_large_selection(self, request, queryset) -> bool:
        """Each event is saved on its own, with its history; thousands would outlast the server's timeout."""
        count = queryset.count()
        if count <= MAX_STATUS_CHANGES:
            return False
        self.message_user(
            request,
            gettext(
                "Nothing was changed: a status can be set on at most %(limit)s events at a time, and "
                "%(count)s are selected. Narrow the list with its filters and apply it in parts."
            )
            % {
                "limit": number_format(MAX_STATUS_CHANGES, force_grouping=True),
                "count": number_format(count, force_grouping=True),
            },
            messages.ERROR,
        )
        return True

    def set_status(self, request, queryset, status):
        """Save each event so its history records who changed the status."""
        label = Event.Status(status).label
        changed = 0
        for event in queryset.exclude(status=status):
            event.status = status
            event.updated_by = request.user
            event._change_reason = status_reason(status)
            event.save(update_fields=["status", "updated_by", "updated_at"])
            changed += 1
        self.message_user(
            request,
            ngettext("%(count)d event set to “%(label)s”.", "%(count)d events set to “%(label)s”.", changed)
            % {"count": changed, "label": label},
            messages.SUCCESS if changed else messages.INFO,
        )


@admin.register(Actor)
class ActorAdmin(
    InputCheckedFirst, SavedOnce, VersionCheckedAdmin, AnyCaseSearch, SideBySideTranslations, TranslationAdmin
):
    form = ActorForm
    list_display = ["name_en", "name_ru", "short_name", "kind", "side"]
    list_filter = ["kind", "side"]
    search_fields = ["name_en", "name_ru", "short_name", "aliases", "demonyms"]
    fields = [
        ("name_en", "name_ru"),
        *("kind", "side", "short_name", "aliases", "demonyms", "active_from", "active_until"),
        "started_from_version",
    ]


@admin.register(Theater)
class TheaterAdmin(
    InputCheckedFirst, SavedOnce, VersionCheckedAdmin, AnyCaseSearch, SideBySideTranslations, TranslationAdmin
):
    form = TheaterForm
    list_display = ["name_en", "name_ru", "slug"]
    search_fields = ["name_en", "name_ru"]
    prepopulated_fields = {"slug": ["name_en"]}
    fields = [("name_en", "name_ru"), "slug", "description", "started_from_version"]


# Django's accounts and groups, with the same checks of what is posted as the timeline's own lists.
admin.site.unregister([User, Group])


@admin.register(User)
class AccountAdmin(InputCheckedFirst, UserAdmin):
    pass


@admin.register(Group)
class AccountGroupAdmin(InputCheckedFirst, GroupAdmin):  # type: ignore[misc]  # the stubs let GroupAdmin's go without a request
    pass


# Eras are registered with their own admin module.
from .eras import admin as eras_admin  # noqa: E402, F401  (imported for its registrations, after this module's)
