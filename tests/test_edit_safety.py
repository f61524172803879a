"""No input loses an editor's work: every edited model refuses a save over a newer one and keeps the editor's
input, an add form pressed twice saves once, a stale page of one's own is told as such, and the admin's
Russian messages agree with each model's gender."""

import datetime
import importlib
import re
from types import SimpleNamespace

import pytest
from django.apps import apps as django_apps
from django.db import connection
from django.urls import reverse
from django.utils import translation

from tests.factories import make_actor, make_event, make_source, make_theater
from tests.test_admin import change_data, change_url, event_form_data, messages_of
from tests.test_eras import era_form_data, make_era
from timeline.models import Era, Event, Source

pytestmark = pytest.mark.django_db


def form_as_posted(page) -> dict:
    """What the browser posts back from an admin change page left as it is: the form and its inline formsets."""
    forms = [page.context["adminform"].form]
    data: dict = {}
    for inline in page.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        data.update({management.add_prefix(name): management[name].value() for name in management.fields})
        data[management.add_prefix("TOTAL_FORMS")] = str(len(inline.formset.initial_forms))  # no empty extra forms
        forms += inline.formset.initial_forms
    for form in forms:
        for name in form.fields:
            value = form[name].value()
            if isinstance(value, bool):
                if value:
                    data[form.add_prefix(name)] = "on"
            elif isinstance(value, list):
                data[form.add_prefix(name)] = [str(item) for item in value]
            else:
                data[form.add_prefix(name)] = "" if value is None else str(value)
    return data


EDITED_MODELS = {
    # model name: (make one, a field Alice edits, a field Bob edits)
    "era": (lambda: make_era(title="A cold spell"), "title_en", "description_en"),
    "source": (lambda: make_source(outlet="Example Wire"), "headline", "author"),
    "actor": (lambda: make_actor("Ruritania"), "name_en", "short_name"),
    "theater": (lambda: make_theater("Space"), "name_en", "description"),
}


@pytest.mark.parametrize("model_name", list(EDITED_MODELS))
def test_of_two_tabs_on_one_object_the_later_save_is_refused_and_keeps_its_input(
    editor_client, second_editor_client, model_name
):
    make, alices_field, bobs_field = EDITED_MODELS[model_name]
    stored = make()
    url = reverse(f"admin:timeline_{model_name}_change", args=[stored.pk])
    alices, bobs = form_as_posted(editor_client.get(url)), form_as_posted(second_editor_client.get(url))

    assert editor_client.post(url, {**alices, alices_field: "Alice's text"}).status_code == 302
    bob = second_editor_client.post(url, {**bobs, bobs_field: "Bob's text"})

    assert bob.status_code == 200
    form = bob.context["adminform"].form
    assert "editor saved this" in " ".join(form.non_field_errors())
    assert f"from “{bobs[alices_field]}” to “Alice's text”" in " ".join(form.non_field_errors())
    assert form[bobs_field].value() == "Bob's text", "Bob's input is kept"
    assert form[alices_field].value() == "Alice's text", "a field Bob left alone shows Alice's save"
    stored.refresh_from_db()
    assert getattr(stored, alices_field) == "Alice's text"
    assert getattr(stored, bobs_field) != "Bob's text"

    resaved = second_editor_client.post(url, {**form_as_posted(bob), bobs_field: "Bob's text"})
    assert resaved.status_code == 302
    stored.refresh_from_db()
    assert (getattr(stored, alices_field), getattr(stored, bobs_field)) == ("Alice's text", "Bob's text")


def test_an_era_quote_changed_in_another_tab_makes_the_eras_save_conflict(editor_client, second_editor_client):
    era = make_era()
    url = reverse("admin:timeline_era_change", args=[era.pk])
    alices, bobs = form_as_posted(editor_client.get(url)), form_as_posted(second_editor_client.get(url))

    assert editor_client.post(url, {**alices, "evidence-0-speaker": "Sergey Lavrov"}).status_code == 302
    bob = second_editor_client.post(url, {**bobs, "title_en": "A colder spell"})

    assert bob.status_code == 200
    assert bob.context["adminform"].form["title_en"].value() == "A colder spell"
    assert era.evidence.get().speaker == "Sergey Lavrov"
    assert Era.objects.get(pk=era.pk).title == "A cold spell"
    resaved = second_editor_client.post(url, form_as_posted(bob))
    assert resaved.status_code == 302
    assert era.evidence.get().speaker == "Sergey Lavrov", "the quote Bob left alone shows, and keeps, Alice's edit"
    assert Era.objects.get(pk=era.pk).title == "A colder spell"


def test_a_quote_edited_on_the_refused_form_keeps_the_editors_edit(editor_client, second_editor_client):
    event = make_event(title="Talks planned")
    url = change_url(event)
    alices, bobs = form_as_posted(editor_client.get(url)), form_as_posted(second_editor_client.get(url))

    assert editor_client.post(url, {**alices, "title_en": "Talks cancelled"}).status_code == 302
    bob = second_editor_client.post(url, {**bobs, "evidence-0-speaker": "Sergey Lavrov"})

    quote_form = bob.context["inline_admin_formsets"][0].formset.forms[0]
    assert quote_form["speaker"].value() == "Sergey Lavrov"
    assert bob.context["adminform"].form["title_en"].value() == "Talks cancelled"


# A page of one's own gone stale


def test_saving_an_old_page_again_says_you_saved_a_newer_version_not_someone_else(editor_client):
    event = make_event(title="Talks planned")
    old_page = change_data(event, title="Talks cancelled", started_from_version="1")
    assert editor_client.post(change_url(event), old_page).status_code == 302
    saved_at = Event.objects.get(pk=event.pk).updated_at

    again = editor_client.post(change_url(event), {**old_page, "summary_en": "Back and saved again"})

    errors = " ".join(again.context["adminform"].form.non_field_errors())
    assert errors.startswith(f"You saved a newer version of this event at {saved_at:%H:%M}")
    assert "editor saved" not in errors
    assert again.context["adminform"].form["summary_en"].value() == "Back and saved again"


def test_the_stale_page_of_ones_own_is_told_in_russian(editor_client):
    event = make_event(title="Talks planned")
    old_page = change_data(event, title="Talks cancelled", started_from_version="1")
    editor_client.post(change_url(event), old_page)
    saved_at = Event.objects.get(pk=event.pk).updated_at

    with translation.override("ru"):
        again = editor_client.post(change_url(event), old_page)
        errors = " ".join(again.context["adminform"].form.non_field_errors())

    assert errors.startswith(f"Вы сами сохранили более новую версию этого события в {saved_at:%H:%M}")


# An add form sent twice


def test_an_add_form_sent_twice_saves_once_and_answers_the_second_with_the_saved_event(editor_client):
    add_page = editor_client.get(reverse("admin:timeline_event_add"))
    token = add_page.context["add_token"]
    assert f'name="_add_token" value="{token}"' in add_page.content.decode()
    data = {**event_form_data(make_theater()), "_add_token": token}

    first = editor_client.post(reverse("admin:timeline_event_add"), data)
    second = editor_client.post(reverse("admin:timeline_event_add"), data)

    event = Event.objects.get(slug="diplomats-expelled")
    assert first.status_code == second.status_code == 302
    assert second.url == change_url(event)
    assert messages_of(second)[-1] == (
        "Already saved: event “7 April 2017: Diplomats expelled”. The form was sent more than once; it was saved once."
    )


def test_an_era_add_form_sent_twice_saves_one_era(editor_client):
    token = editor_client.get(reverse("admin:timeline_era_add")).context["add_token"]
    data = {**era_form_data(make_source()), "_add_token": token}
    editor_client.post(reverse("admin:timeline_era_add"), data)
    second = editor_client.post(reverse("admin:timeline_era_add"), data)
    assert second.url == reverse("admin:timeline_era_change", args=[Era.objects.get().pk])


def test_a_source_saved_twice_from_its_preview_is_added_once(editor_client):
    add_url = reverse("admin:timeline_source_add")
    token = editor_client.get(add_url).context["add_token"]
    text = {"text": "Diplomats expelled\nMoscow expelled diplomats on Friday.", "outlet": "Wire", "url": ""}
    text |= {"published": "2017-04-07", "author": "", "language": "en", "preview": "Preview"}
    preview = editor_client.post(add_url, {**text, "_add_token": token})
    data = {**form_as_posted_plain(preview.context["form"]), "_add_token": token, "save": "1"}

    editor_client.post(add_url, data)
    second = editor_client.post(add_url, data)

    source = Source.objects.get(headline="Diplomats expelled")
    assert second.url == reverse("admin:timeline_source_change", args=[source.pk])


def form_as_posted_plain(form) -> dict:
    return {
        form.add_prefix(name): "" if form[name].value() is None else str(form[name].value()) for name in form.fields
    }


def test_a_form_with_errors_sent_again_with_its_token_is_saved(editor_client):
    token = editor_client.get(reverse("admin:timeline_event_add")).context["add_token"]
    data = {**event_form_data(make_theater()), "_add_token": token}
    refused = editor_client.post(reverse("admin:timeline_event_add"), {**data, "score": "-50"})
    assert refused.status_code == 200
    assert refused.context["add_token"] == token
    assert editor_client.post(reverse("admin:timeline_event_add"), data).status_code == 302
    assert Event.objects.filter(slug="diplomats-expelled").count() == 1


def test_the_change_form_loads_the_script_that_sends_a_form_once(editor_client):
    page = editor_client.get(reverse("admin:timeline_era_add")).content.decode()
    assert re.search(r'<script src="[^"]*js/admin-send-once\.js"', page)


# Russian messages after a save


def texts_of(response) -> list[str]:
    """The messages as read: without the link to the object."""
    return [re.sub(r"<[^>]+>", "", message) for message in messages_of(response)]


@pytest.mark.parametrize(
    ("model_name", "make", "russian_name"),
    [
        ("event", lambda: make_event(title="Talks"), "событие"),
        ("era", lambda: make_era(title="Cold"), "период"),
        ("theater", lambda: make_theater("Space"), "арена"),
        ("actor", lambda: make_actor("Ruritania"), "участник"),
    ],
)
def test_russian_messages_after_a_save_or_a_deletion_agree_with_any_gender(
    editor_client, model_name, make, russian_name
):
    stored = make()
    with translation.override("ru"):
        url = reverse(f"admin:timeline_{model_name}_change", args=[stored.pk])
        changed = editor_client.post(url, form_as_posted(editor_client.get(url)))
        name = str(type(stored).objects.get(pk=stored.pk))
        deleted = editor_client.post(reverse(f"admin:timeline_{model_name}_delete", args=[stored.pk]), {"post": "yes"})
        assert texts_of(changed) == [f"Изменения сохранены: {russian_name} «{name}»."]
        assert texts_of(deleted)[-1] == f"Удалено: {russian_name} «{name}»."


def test_the_russian_message_after_adding_agrees_with_a_neuter_model(editor_client):
    data = event_form_data(make_theater(), date="2017-04-07")
    with translation.override("ru"):
        added = editor_client.post(reverse("admin:timeline_event_add"), {**data, "_continue": "1"})
        assert texts_of(added) == [
            "Добавлено: событие «7 апреля 2017\u00a0г.: Diplomats expelled». Ниже можно продолжить правку."
        ]


def test_the_russian_message_of_a_bulk_deletion_counts_without_a_wrong_plural(editor_client):
    events = [make_event(date=datetime.date(2017, 4, day)) for day in (1, 2, 3, 4, 5)]
    with translation.override("ru"):
        deleted = editor_client.post(
            reverse("admin:timeline_event_changelist"),
            {"action": "delete_selected", "_selected_action": [str(e.pk) for e in events], "post": "yes"},
        )
        assert messages_of(deleted) == ["Удалено объектов: 5 (события)."]


def test_an_era_stored_without_history_gets_its_version_recorded_by_the_migration(editor_client, second_editor_client):
    """Rows loaded from fixtures have no history record; a conflict on one could neither say what changed nor keep
    the other editor's save on the refused form."""
    [era] = Era.objects.bulk_create(
        [Era(title="Unrecorded", start=datetime.date(2017, 1, 1), description="Text.", direction="tension")]
    )
    migration = importlib.import_module("timeline.migrations.0042_versions_and_add_form_claims")
    migration.record_stored_versions(django_apps, SimpleNamespace(connection=connection))
    url = reverse("admin:timeline_era_change", args=[era.pk])
    alices, bobs = form_as_posted(editor_client.get(url)), form_as_posted(second_editor_client.get(url))

    editor_client.post(url, {**alices, "title_en": "Recorded"})
    bob = second_editor_client.post(url, {**bobs, "description_en": "Bob's text."})

    assert "title (English) from “Unrecorded” to “Recorded”" in " ".join(
        bob.context["adminform"].form.non_field_errors()
    )
    assert bob.context["adminform"].form["title_en"].value() == "Recorded"
