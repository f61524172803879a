"""The assistant in the admin: adding a source from its text, "Suggest events", the lexicon and the decisions.

SourceAdmin inherits SourceAssistantMixin, which changes and adds pages:

- the add page (add_view) takes a pasted or uploaded article, shows the
  headline, body and the lines the cleaner removed as debris, and saves it on
  confirmation;
- <source>/suggest/ lists the open candidates of the source, each with a form
  to accept it as a draft event, merge it into an event, or reject it, and
  below them the sentences worth a look (worth_a_look.py), each with the same
  form, its category and score left blank.
"""

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Page, Paginator
from django.db import IntegrityError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils import translation
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .. import importers
from ..admin_input import InputCheckedFirst
from ..admin_safety import SavedOnce
from ..admin_search import AnyCaseSearch
from ..models import Event, Source
from . import decisions
from .candidates import Candidate
from .forms import ACCEPT, MERGE, REJECT, ArticleTextForm, CandidateForm, LookForm, PageChoices
from .languages import LANGUAGES, reader_language
from .models import CandidateDecision, LexiconEntry
from .sentences import readable_part
from .worth_a_look import Look, suggest_with_looks

# Each candidate's form lists every actor twice: a 50,000-character article's 246 candidates on one page made 5.9 MB
# of HTML that took a minute to render, past gunicorn's 30-second worker.
SUGGESTIONS_PER_PAGE = 20
PERMISSIONS = {
    ACCEPT: ["timeline.add_event", "timeline.add_evidence"],
    MERGE: ["timeline.change_event", "timeline.add_evidence"],
    REJECT: [],
}


# The mixin is only ever mixed into the sources' ModelAdmin: type-check it as one.
if TYPE_CHECKING:
    from django.contrib.admin import ModelAdmin
    from django.contrib.auth.models import User

    AdminBase = ModelAdmin[Source]

    class EditorRequest(HttpRequest):
        """A request of the admin's own views, which admin_view lets in only for a signed-in member of staff."""

        user: User

else:
    AdminBase = object
    EditorRequest = HttpRequest


class SourceAssistantMixin(AdminBase):
    def get_urls(self) -> list[URLPattern]:
        name = f"{self.opts.app_label}_{self.opts.model_name}"
        return [
            path("<path:object_id>/suggest/", self.admin_site.admin_view(self.suggest_view), name=f"{name}_suggest"),
            *super().get_urls(),
        ]

    # Suggest events

    def suggest_view(self, request: EditorRequest, object_id: str) -> HttpResponse:
        source = self.get_object(request, unquote(object_id))
        if source is None:
            # ModelAdmin's own "does not exist" redirect, which django-stubs leaves out as private.
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)  # type: ignore[attr-defined]
        if not self.has_change_permission(request, source):
            raise PermissionDenied
        candidates, looks = suggest_with_looks(source)
        if reader_language(source.language) is None and request.method == "GET":
            self.message_user(
                request,
                _("The assistant reads %(languages)s; this source is in “%(language)s”, so it proposes nothing.")
                % {"languages": ", ".join(sorted(LANGUAGES)), "language": source.language},
                messages.WARNING,
            )
        if request.method == "GET":
            self.warn_if_read_in_part(request, source)
        can_add = request.user.has_perm("timeline.add_actor")
        invalid_form = None
        if request.method == "POST":
            outcome = self.decide(request, source, [*candidates, *looks])
            if not isinstance(outcome, CandidateForm):
                return outcome
            invalid_form = outcome
        open_candidates = [candidate for candidate in candidates if candidate.is_open()]
        page = suggestion_page(request, [*open_candidates, *looks], invalid_form)
        shown = {id(entry) for entry in page.object_list}
        choices = PageChoices.read(list(page.object_list))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": source,
            "title": _("Suggested events: %(headline)s") % {"headline": source.headline},
            "reviews": [
                (candidate, form_for(candidate, invalid_form, can_add, choices))
                for candidate in open_candidates
                if id(candidate) in shown
            ],
            "looks": [(look, form_for(look, invalid_form, can_add, choices)) for look in looks if id(look) in shown],
            "review_count": len(open_candidates),
            "page_obj": page,
            "page_range": list(page.paginator.get_elided_page_range(page.number)),
            "media": self.media + CandidateForm.actor_media(),
            "decided_count": sum(1 for candidate in candidates if candidate.decision),
            "quoted_count": sum(1 for candidate in candidates if candidate.cited_by and not candidate.decision),
        }
        return TemplateResponse(request, "admin/timeline/source/suggest.html", context)

    def warn_if_read_in_part(self, request: EditorRequest, source: Source) -> None:
        read = readable_part(source.body)
        if len(read) < len(source.body):
            self.message_user(
                request,
                _(
                    "This article is %(length)s characters long; the assistant read its first %(read)s characters, "
                    "up to “%(last_words)s”. Add events from the rest by hand."
                )
                % {
                    "length": number_format(len(source.body), force_grouping=True),
                    "read": number_format(len(read), force_grouping=True),
                    "last_words": "… " + " ".join(read.split()[-8:]),
                },
                messages.WARNING,
            )

    def decide(
        self, request: EditorRequest, source: Source, candidates: Sequence[Candidate]
    ) -> HttpResponseRedirect | CandidateForm:
        """Carry out the posted decision; return a redirect, or the form to show again with its errors."""
        back = HttpResponseRedirect(request.get_full_path())  # the same page of suggestions
        action = request.POST.get("action")
        candidate = next((item for item in candidates if item.key == request.POST.get("candidate")), None)
        if action not in PERMISSIONS:
            self.message_user(request, _("Choose to accept, merge or reject the candidate."), messages.ERROR)
            return back
        if candidate is None or not candidate.is_open():
            self.message_user(
                request,
                _(
                    "That candidate is no longer proposed: it has been decided, or the article, the lexicon or the "
                    "actors have changed. The list below is up to date."
                ),
                messages.WARNING,
            )
            return back
        if not request.user.has_perms(PERMISSIONS[action]):
            raise PermissionDenied
        form = form_class(candidate)(
            candidate, request.POST, action=action, can_add_actors=request.user.has_perm("timeline.add_actor")
        )
        if action != REJECT and not form.is_valid():
            return form
        try:
            if action == REJECT:
                self.reject(request, source, candidate)
            elif action == ACCEPT:
                self.accept(request, source, candidate, form)
            else:
                self.merge(request, source, candidate, form)
        except IntegrityError:
            # The unique decision per candidate: someone else decided it at the same moment.
            self.message_user(
                request, _("Someone decided on that candidate at the same time; nothing was changed."), messages.WARNING
            )
        except ValidationError as error:
            form.add_error(None, error)
            return form
        return back

    def accept(self, request: EditorRequest, source: Source, candidate: Candidate, form: CandidateForm) -> None:
        sentences = form.selected_sentences()
        event = decisions.accept(
            candidate,
            source,
            request.user,
            sentences=sentences,
            speaker=form.cleaned_data["speaker"],
            actors=form.chosen_actors(),
            further=[other for other in candidate.further if set(other.sentences) & set(sentences)],
            **form.event_fields(),
        )
        # The event's history, logged from the source's admin: Django's log_addition takes any model's object,
        # django-stubs only the admin's own model.
        self.log_addition(request, event, [{"added": {}}])  # type: ignore[arg-type]
        self.message_user(
            request,
            format_html(
                _("Draft event “{}” created with {}. Review it there and publish it."),
                event_link(event),
                quote_count(len(sentences)),
            ),
            messages.SUCCESS,
        )

    def merge(self, request: EditorRequest, source: Source, candidate: Candidate, form: CandidateForm) -> None:
        event: Event = form.cleaned_data["merge_into"]
        added = decisions.merge(
            candidate,
            source,
            request.user,
            event=event,
            sentences=form.selected_sentences(),
            speaker=form.cleaned_data["speaker"],
        )
        # The history's change message stays in English, as Django's own are stored: one language for the record.
        message = f"Added {quote_count_in_english(added)} from {source} with the assistant."
        self.log_change(request, event, message)  # type: ignore[arg-type]  # the event's history, as in accept()
        self.message_user(
            request,
            format_html(_("Merged into “{}”: {} added."), event_link(event), quote_count(added)),
            messages.SUCCESS,
        )

    def reject(self, request: EditorRequest, source: Source, candidate: Candidate) -> None:
        decisions.reject(candidate, source, request.user)
        self.message_user(
            request,
            _("Rejected: “%(title)s”. It will not be proposed again.") % {"title": candidate.title},
            messages.SUCCESS,
        )

    # Adding a source from its text

    def add_view(
        self, request: HttpRequest, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        if not self.has_add_permission(request):
            raise PermissionDenied
        form, preview = ArticleTextForm(), None
        if request.method == "POST":
            form = ArticleTextForm(request.POST, request.FILES)
            if form.is_valid():
                if "save" in request.POST:
                    if form.was_previewed():
                        return self.save_article(request, form.prepared)
                    self.message_user(
                        request,
                        _("The text or its details changed since the preview: check them and save again."),
                        messages.WARNING,
                    )
                preview = form.prepared
                form = ArticleTextForm(initial=previewed_values(form))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Add a source from its text"),
            "form": form,
            "preview": preview,
            **(extra_context or {}),
        }
        return TemplateResponse(request, "admin/timeline/source/add_from_text.html", context)

    def save_article(self, request: HttpRequest, prepared: importers.PreparedArticle) -> HttpResponseRedirect:
        (saved,) = importers.save_articles([prepared])
        source = saved.source
        self.log_addition(request, source, [{"added": {}}])
        self.message_user(
            request,
            ngettext(
                "Source added; %(count)d line of page debris was removed.",
                "Source added; %(count)d lines of page debris were removed.",
                len(saved.removed),
            )
            % {"count": len(saved.removed)},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse("admin:timeline_source_change", args=[source.pk]))


def suggestion_page(request: HttpRequest, entries: list[Candidate], invalid_form: CandidateForm | None) -> Page:
    """The page of candidates and sentences worth a look to show: the one asked for, or the one holding the form
    sent back with its errors."""
    paginator = Paginator(entries, SUGGESTIONS_PER_PAGE)
    if invalid_form is not None:
        keys = [entry.key for entry in entries]
        if invalid_form.candidate.key in keys:
            return paginator.page(keys.index(invalid_form.candidate.key) // SUGGESTIONS_PER_PAGE + 1)
    return paginator.get_page(request.GET.get("page"))


def form_class(candidate: Candidate) -> type[CandidateForm]:
    """A sentence worth a look has its own form: no category or score proposed."""
    return LookForm if isinstance(candidate, Look) else CandidateForm


def form_for(
    candidate: Candidate, invalid_form: CandidateForm | None, can_add_actors: bool, choices: PageChoices
) -> CandidateForm:
    if invalid_form is not None and invalid_form.candidate.key == candidate.key:
        return invalid_form
    return form_class(candidate)(candidate, can_add_actors=can_add_actors, choices=choices)


def previewed_values(form: ArticleTextForm) -> dict[str, object]:
    source = form.prepared.source
    return {
        "outlet": source.outlet,
        "published": form.cleaned_data["published"],
        "url": source.url,
        "author": source.author,
        "language": source.language,
        "text": source.raw_text,
        "previewed": form.fingerprint(),
    }


def event_link(event: Event) -> SafeString:
    return format_html('<a href="{}">{}</a>', reverse("admin:timeline_event_change", args=[event.pk]), event.title)


def quote_count(count: int) -> str:
    return ngettext("%(count)d quote", "%(count)d quotes", count) % {"count": count}


def quote_count_in_english(count: int) -> str:
    with translation.override("en"):
        return quote_count(count)


@admin.register(LexiconEntry)
class LexiconEntryAdmin(InputCheckedFirst, SavedOnce, AnyCaseSearch, admin.ModelAdmin):
    list_display = ["expression", "cameo_code", "event_type", "category", "score"]
    list_filter = ["category", "cameo_code"]
    search_fields = ["expression", "event_type", "notes"]
    fields = ["expression", "cameo_code", "event_type", "category", "score", "notes"]


@admin.register(CandidateDecision)
class CandidateDecisionAdmin(InputCheckedFirst, AnyCaseSearch, admin.ModelAdmin):
    """What editors decided on candidates; deleting a decision makes the assistant propose the candidate again."""

    list_display = ["sentence", "decision", "source", "event", "decided_by", "decided_at"]
    list_filter = ["decision"]
    list_select_related = ["source", "event", "decided_by"]
    search_fields = ["sentence"]
    readonly_fields = ["source", "sentence", "start", "end", "key", "decision", "event", "decided_by", "decided_at"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: CandidateDecision | None = None) -> bool:
        return False
