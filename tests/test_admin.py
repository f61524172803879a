"""The editors' admin, used the way an editor uses it: logged in as an account made by create_editor."""

import datetime
import importlib
import io
import json
import re
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from tests.factories import add_evidence, make_actor, make_event, make_source, make_theater
from timeline.models import Actor, Event, Evidence
from timeline.quotes import locate

pytestmark = pytest.mark.django_db

CURATION_PERMISSIONS = {
    f"timeline.{action}_{model}"
    for model in ("source", "event", "evidence", "actor", "theater")
    for action in ("add", "change", "delete", "view")
} | {
    "timeline.view_historicalsource",
    "timeline.view_historicalevent",
    "timeline.view_historicalevent_actors",
    "timeline.view_historicalevidence",
}
ASSISTANT_PERMISSIONS = {
    "timeline.add_lexiconentry",
    "timeline.change_lexiconentry",
    "timeline.delete_lexiconentry",
    "timeline.view_lexiconentry",
    "timeline.view_candidatedecision",
    "timeline.delete_candidatedecision",
}
ERA_PERMISSIONS = {
    f"timeline.{action}_{model}" for model in ("era", "eraevidence") for action in ("add", "change", "delete", "view")
} | {"timeline.view_historicalera", "timeline.view_historicaleraevidence"}
EDITOR_PERMISSIONS = CURATION_PERMISSIONS | ASSISTANT_PERMISSIONS | ERA_PERMISSIONS
QUOTE = "The foreign minister said relations were at a low point."


def change_url(event):
    return reverse("admin:timeline_event_change", args=[event.pk])


def changelist_url(model_name, query=""):
    return reverse(f"admin:timeline_{model_name}_changelist") + query


def event_form_data(theater, evidence=(), **fields):
    """What the event add/change form posts; `evidence` holds one dict per inline form."""
    data = {
        "title": "Diplomats expelled",
        "slug": "diplomats-expelled",
        "summary": "",
        "date": "2017-04-07",
        "date_precision": "day",
        "end_date": "",
        "category": "diplomatic",
        "theater": str(theater.pk),
        "score": "-5",
        "status": "draft",
        "evidence-TOTAL_FORMS": str(len(evidence)),
        "evidence-INITIAL_FORMS": str(sum(1 for form in evidence if "id" in form)),
        "evidence-MIN_NUM_FORMS": "0",
        "evidence-MAX_NUM_FORMS": "1000",
        **fields,
    }
    # The form has a field per language; "title" and the like name the English one.
    for name in ("title", "label", "summary"):
        if name in data:
            data[f"{name}_en"] = data.pop(name)
    for index, form in enumerate(evidence):
        data.update({f"evidence-{index}-{name}": value for name, value in form.items()})
    return data


def change_data(event, **fields):
    """The change form of a stored event as the browser posts it, with `fields` edited."""
    evidence = [
        {"id": str(item.pk), "source": str(item.source_id), "quote": item.quote, "speaker": item.speaker}
        for item in event.evidence.all()
    ]
    current = {
        "title": event.title,
        "slug": event.slug,
        "summary": event.summary,
        "date": event.date.isoformat(),
        "date_precision": event.date_precision,
        "category": event.category,
        "score": str(event.score),
        "status": event.status,
        "actors": [str(actor.pk) for actor in event.actors.all()],
    }
    return event_form_data(event.theater, evidence, **{**current, **fields})


def posted_values(form):
    """The values an unbound form shows, as the browser would post them back."""
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None:
            value = ""
        data[name] = [str(item) for item in value] if isinstance(value, list) else str(value)
    return data


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def run_action(client, action, events):
    return client.post(
        changelist_url("event"),
        {"action": action, "_selected_action": [str(event.pk) for event in events], "index": "0"},
    )


def listed(response):
    return {event.pk for event in response.context["cl"].result_list}


# The Editors group and the accounts create_editor makes


def test_an_editor_has_exactly_the_editors_permissions(editor):
    assert editor.is_staff
    assert not editor.is_superuser
    assert list(editor.groups.values_list("name", flat=True)) == ["Editors"]
    assert editor.get_all_permissions() == EDITOR_PERMISSIONS


def test_editors_migration_creates_permissions_missing_on_a_fresh_database_and_is_reversible():
    migration = importlib.import_module("timeline.migrations.0002_editors_group")
    state_apps = MigrationLoader(connection).project_state(("timeline", "0002_editors_group")).apps
    schema_editor = SimpleNamespace(connection=connection)
    Group.objects.filter(name="Editors").delete()
    Permission.objects.filter(content_type__app_label="timeline").delete()

    migration.create_editors_group(state_apps, schema_editor)

    assert granted_to_editors() == CURATION_PERMISSIONS

    migration.delete_editors_group(state_apps, schema_editor)

    assert not Group.objects.filter(name="Editors").exists()


def granted_to_editors():
    group = Group.objects.get(name="Editors")
    return {
        f"{app}.{codename}" for app, codename in group.permissions.values_list("content_type__app_label", "codename")
    }


def test_the_assistant_migration_lets_editors_keep_the_lexicon_and_is_reversible():
    migration = importlib.import_module("timeline.migrations.0006_editors_lexicon_permissions")
    state_apps = MigrationLoader(connection).project_state(("timeline", "0006_editors_lexicon_permissions")).apps
    schema_editor = SimpleNamespace(connection=connection)

    migration.revoke(state_apps, schema_editor)
    assert granted_to_editors() == CURATION_PERMISSIONS | ERA_PERMISSIONS

    migration.grant(state_apps, schema_editor)
    assert granted_to_editors() == EDITOR_PERMISSIONS


def test_the_eras_migration_lets_editors_curate_eras_and_is_reversible():
    migration = importlib.import_module("timeline.migrations.0014_eras")
    state_apps = MigrationLoader(connection).project_state(("timeline", "0014_eras")).apps
    schema_editor = SimpleNamespace(connection=connection)

    migration.revoke_era_permissions(state_apps, schema_editor)
    assert granted_to_editors() == CURATION_PERMISSIONS | ASSISTANT_PERMISSIONS

    migration.grant_era_permissions(state_apps, schema_editor)
    assert granted_to_editors() == EDITOR_PERMISSIONS


def test_create_editor_takes_the_password_from_the_environment(monkeypatch):
    monkeypatch.setenv("EDITOR_PASSWORD", "staple-Horse-battery-9")

    output = io.StringIO()
    call_command(
        "create_editor",
        "alice",
        "--email",
        "alice@example.org",
        "--password-from-env",
        "EDITOR_PASSWORD",
        stdout=output,
    )

    alice = get_user_model().objects.get(username="alice")
    assert alice.check_password("staple-Horse-battery-9")
    assert alice.email == "alice@example.org"
    assert alice.is_staff
    assert not alice.is_superuser
    assert alice.groups.filter(name="Editors").exists()
    assert "Created editor “alice”" in output.getvalue()


@pytest.mark.parametrize(
    ("value", "complaint"),
    [(None, "EDITOR_PASSWORD is not set or is empty"), ("alice", "not acceptable")],
)
def test_create_editor_refuses_a_missing_or_weak_password_and_creates_nothing(monkeypatch, value, complaint):
    if value is None:
        monkeypatch.delenv("EDITOR_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("EDITOR_PASSWORD", value)

    with pytest.raises(CommandError, match=complaint):
        call_command("create_editor", "alice", "--password-from-env", "EDITOR_PASSWORD")

    assert not get_user_model().objects.filter(username="alice").exists()


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_create_editor_asks_again_when_the_two_passwords_differ(monkeypatch):
    answers = iter(
        ["staple-Horse-battery-9", "staple-Horse-battery-8", "correct-Donkey-stapler-1", "correct-Donkey-stapler-1"]
    )
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    errors = io.StringIO()

    call_command("create_editor", "bob", stdin=Terminal(), stdout=io.StringIO(), stderr=errors)

    assert get_user_model().objects.get(username="bob").check_password("correct-Donkey-stapler-1")
    assert "The two passwords differ" in errors.getvalue()


def test_create_editor_will_not_prompt_without_a_terminal():
    with pytest.raises(CommandError, match="not running in a terminal"):
        call_command("create_editor", "bob", stdin=io.StringIO())

    assert not get_user_model().objects.filter(username="bob").exists()


def test_create_editor_updates_an_existing_account_and_keeps_its_password(editor):
    editor.set_password("staple-Horse-battery-9")
    editor.is_staff = False
    editor.save()
    editor.groups.clear()

    output = io.StringIO()
    call_command("create_editor", "editor", "--email", "new@example.org", "--noinput", stdout=output)

    editor.refresh_from_db()
    assert editor.email == "new@example.org"
    assert editor.is_staff
    assert editor.groups.filter(name="Editors").exists()
    assert editor.check_password("staple-Horse-battery-9")
    assert "Updated editor “editor”" in output.getvalue()


def test_create_editor_without_input_gives_a_new_account_no_usable_password():
    output = io.StringIO()
    call_command("create_editor", "carol", "--noinput", stdout=output)

    assert not get_user_model().objects.get(username="carol").has_usable_password()
    assert "changepassword carol" in output.getvalue()


def test_create_editor_refuses_to_turn_a_superuser_into_an_editor():
    get_user_model().objects.create_superuser("root", "root@example.org", "staple-Horse-battery-9")

    with pytest.raises(CommandError, match="superuser"):
        call_command("create_editor", "root", "--noinput")

    root = get_user_model().objects.get(username="root")
    assert root.is_superuser
    assert not root.groups.exists()


# Pages an editor may and may not open


@pytest.mark.parametrize("model_name", ["source", "event", "actor", "theater"])
def test_changelist_add_and_change_pages_load_for_an_editor(editor_client, model_name):
    actor = make_actor(name="Russia", aliases="Kremlin")
    event = make_event(actors=[actor])
    objects = {"source": event.evidence.get().source, "event": event, "actor": actor, "theater": event.theater}

    pages = [
        changelist_url(model_name),
        reverse(f"admin:timeline_{model_name}_add"),
        reverse(f"admin:timeline_{model_name}_change", args=[objects[model_name].pk]),
    ]

    for page in pages:
        assert editor_client.get(page).status_code == 200, page


@pytest.mark.parametrize(
    "url_name", ["admin:auth_user_changelist", "admin:auth_group_changelist", "admin:auth_user_add"]
)
def test_an_editor_cannot_manage_accounts(editor_client, url_name):
    assert editor_client.get(reverse(url_name)).status_code == 403


def test_actors_are_found_for_autocomplete_by_alias(editor_client):
    ruritania = make_actor(name="Ruritania", aliases="Strelsau\nZenda")
    make_actor(name="Graustark", side=Actor.Side.UNITED_STATES, aliases="Edelweiss")

    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "timeline", "model_name": "event", "field_name": "actors", "term": "strels"},
    )

    assert response.status_code == 200
    assert response.json()["results"] == [{"id": str(ruritania.pk), "text": "Ruritania"}]


def test_russian_words_are_found_in_the_admin_whatever_their_case(editor_client):
    """SQLite's LIKE folds ASCII letters only: "рурит" found neither the actor «Рурития» nor the article on it."""
    ruritania = make_actor(name="Рурития", aliases="Королевство Рурития")
    source = make_source(headline="Рурития отказалась высылать американских дипломатов", language="ru")
    make_source(headline="Лавров ответил Тиллерсону", language="ru")

    actors = editor_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "timeline", "model_name": "event", "field_name": "actors", "term": "рурит"},
    )
    sources = editor_client.get("/ru" + changelist_url("source", "?q=рурития высылать"))

    assert actors.json()["results"] == [{"id": str(ruritania.pk), "text": "Рурития"}]
    assert list(sources.context["cl"].result_list) == [source]


# Sources


def test_an_articles_text_on_its_admin_page_carries_its_language(editor_client):
    """The Russian admin's page of an English article read the article as Russian (the preview already said en)."""
    source = make_source(body="Relations are at a low point.\n\nNo talks are planned.")

    page = editor_client.get("/ru" + reverse("admin:timeline_source_change", args=[source.pk])).content.decode()

    assert '<div lang="en"><p>Relations are at a low point.</p><p>No talks are planned.</p></div>' in page


def test_source_change_page_shows_the_article_escaped_and_the_events_citing_it(editor_client):
    source = make_source(
        body="First paragraph <script>alert(1)</script> ends.\n\nSecond paragraph, line one\nline two."
    )
    citing = make_event(source=source, quote="Second paragraph, line one line two.", title="Envoys sent home")
    other = make_event(title="Unrelated happening")

    response = editor_client.get(reverse("admin:timeline_source_change", args=[source.pk]))

    content = response.content.decode()
    assert "<p>First paragraph &lt;script&gt;alert(1)&lt;/script&gt; ends.</p>" in content
    assert "<p>Second paragraph, line one<br>line two.</p>" in content
    assert "<script>alert(1)" not in content
    assert f'<a href="{change_url(citing)}">{citing}</a>' in content
    assert change_url(other) not in content


def test_source_changelist_counts_the_events_citing_each_source(editor_client):
    cited = make_source()
    twice = make_event(source=cited, quote=QUOTE)
    add_evidence(twice, cited, "Moscow announced on Friday that it would expel diplomats.")
    make_event(source=cited, quote=QUOTE)
    uncited = make_source()

    response = editor_client.get(changelist_url("source"))

    counts = {source.pk: source.event_count for source in response.context["cl"].result_list}
    assert counts == {cited.pk: 2, uncited.pk: 0}


def test_source_changelist_searches_the_article_body(editor_client):
    wanted = make_source(body="Talks on arms control resumed in Geneva.")
    make_source(body="Nothing about that here.")

    response = editor_client.get(changelist_url("source", "?q=Geneva"))

    assert {source.pk for source in response.context["cl"].result_list} == {wanted.pk}


# Events and their evidence


def test_adding_an_event_with_a_verbatim_quote_stores_where_the_quote_is(editor_client, editor):
    source = make_source()
    russia = make_actor()
    spaced_quote = "The foreign minister said\n  relations were at a low point."

    response = editor_client.post(
        reverse("admin:timeline_event_add"),
        event_form_data(
            make_theater(),
            [{"source": str(source.pk), "quote": spaced_quote, "speaker": "The foreign minister"}],
            date_precision="week",
            actors=[str(russia.pk)],
        ),
    )

    assert response.status_code == 302
    event = Event.objects.get(slug="diplomats-expelled")
    assert event.date == datetime.date(2017, 4, 3)
    assert event.created_by == editor
    assert event.updated_by == editor
    assert list(event.actors.all()) == [russia]
    evidence = event.evidence.get()
    passage = locate(QUOTE, source.body)
    assert (evidence.start, evidence.end) == (passage.start, passage.end)
    assert evidence.speaker == "The foreign minister"


def test_a_quote_not_in_the_source_is_a_form_error_naming_the_source_and_nothing_is_saved(editor_client):
    source = make_source(outlet="Example Wire", headline="Envoys sent home")

    response = editor_client.post(
        reverse("admin:timeline_event_add"),
        event_form_data(
            make_theater(),
            [{"source": str(source.pk), "quote": "The foreign minister said relations were at a high point."}],
        ),
    )

    assert response.status_code == 200
    [quote_error] = response.context["inline_admin_formsets"][0].formset.errors[0]["quote"]
    assert str(source) in quote_error
    assert "The nearest passage is: “" in quote_error
    assert "The foreign minister said relations were at a low point." in quote_error
    assert "Envoys sent home" in response.content.decode()
    assert not Event.objects.exists()
    assert not Evidence.objects.exists()


def test_an_event_cannot_be_added_as_published_without_evidence(editor_client):
    response = editor_client.post(
        reverse("admin:timeline_event_add"), event_form_data(make_theater(), status="published")
    )

    assert response.status_code == 200
    formset = response.context["inline_admin_formsets"][0].formset
    assert "A published event needs at least one evidence quote" in str(formset.non_form_errors())
    assert not Event.objects.exists()


def test_deleting_the_last_quote_of_a_published_event_is_refused(editor_client):
    event = make_event(status=Event.Status.PUBLISHED)
    data = change_data(event)
    data["evidence-0-DELETE"] = "on"

    response = editor_client.post(change_url(event), data)

    assert response.status_code == 200
    assert "A published event needs at least one evidence quote" in response.content.decode()
    assert event.evidence.count() == 1


def test_deleting_the_last_quote_is_allowed_when_the_event_goes_back_to_draft(editor_client):
    event = make_event(status=Event.Status.PUBLISHED)
    data = change_data(event, status="draft")
    data["evidence-0-DELETE"] = "on"

    response = editor_client.post(change_url(event), data)

    assert response.status_code == 302
    event.refresh_from_db()
    assert event.status == Event.Status.DRAFT
    assert not event.evidence.exists()


def test_a_change_is_recorded_in_history_with_the_editor(editor_client, editor):
    event = make_event(title="Envoys expelled")

    response = editor_client.post(change_url(event), change_data(event, title="Envoys sent home"))

    assert response.status_code == 302
    latest = event.history.first()
    assert latest.title == "Envoys sent home"
    assert latest.history_type == "~"
    assert latest.history_user == editor
    event.refresh_from_db()
    assert event.updated_by == editor


def test_the_history_of_an_event_lists_the_quotes_added_and_removed(editor_client, editor):
    """Its history showed only the event's own fields: a quote removed from a published event left no trace."""
    source = make_source(outlet="Example Wire")
    event = make_event(source=source, quote=QUOTE)
    kept = add_evidence(event, source, "Moscow announced on Friday that it would expel diplomats.")
    data = change_data(event)
    data["evidence-0-DELETE"] = "on"
    editor_client.post(change_url(event), data)

    page = editor_client.get(reverse("admin:timeline_event_history", args=[event.pk]))

    rows = page.context["evidence_changes"]
    assert [(row.history_type, row.quote, row.history_user) for row in rows] == [
        ("-", QUOTE, editor),
        ("+", kept.quote, None),
        ("+", QUOTE, None),
    ]
    assert "Removed" in page.content.decode()
    assert "“The foreign minister said relations were at a low point.” (Example Wire)" in page.content.decode()


def test_reverting_through_the_history_view_restores_the_earlier_title(editor_client, editor):
    event = make_event(title="Envoys expelled")
    editor_client.post(change_url(event), change_data(event, title="Envoys sent home"))
    earlier = event.history.get(title="Envoys expelled")
    revert_url = reverse("admin:timeline_event_simple_history", args=[event.pk, earlier.history_id])

    form_page = editor_client.get(revert_url)
    assert form_page.status_code == 200
    response = editor_client.post(revert_url, posted_values(form_page.context["adminform"].form))

    assert response.status_code == 302
    event.refresh_from_db()
    assert event.title == "Envoys expelled"
    assert event.history.first().history_user == editor


def test_reverting_to_a_published_version_is_refused_once_the_evidence_is_gone(editor_client):
    event = make_event(status=Event.Status.PUBLISHED)
    published = event.history.get()
    event.evidence.all().delete()
    event.status = Event.Status.DRAFT
    event.save()
    revert_url = reverse("admin:timeline_event_simple_history", args=[event.pk, published.history_id])
    form_page = editor_client.get(revert_url)

    response = editor_client.post(revert_url, posted_values(form_page.context["adminform"].form))

    assert response.status_code == 302
    assert any("cannot be published" in message for message in messages_of(response))
    event.refresh_from_db()
    assert event.status == Event.Status.DRAFT


# Actions on the list of events


def test_publish_action_publishes_events_with_evidence_and_names_those_without(editor_client, editor):
    ready = make_event(status=Event.Status.DRAFT, title="Envoys sent home")
    bare = make_event(status=Event.Status.REVIEW, quote=None, title="Talks postponed")

    response = run_action(editor_client, "publish", [ready, bare])

    assert response.status_code == 302
    ready.refresh_from_db()
    bare.refresh_from_db()
    assert ready.status == Event.Status.PUBLISHED
    assert ready.updated_by == editor
    assert ready.history.first().history_user == editor
    assert bare.status == Event.Status.REVIEW
    messages = messages_of(response)
    assert any("Not published" in message and "“Talks postponed”" in message for message in messages)
    assert not any("Envoys sent home" in message for message in messages)
    assert "1 event set to “Published”." in messages


def test_send_to_review_and_unpublish_actions(editor_client, editor):
    draft = make_event(status=Event.Status.DRAFT)
    published = make_event(status=Event.Status.PUBLISHED)

    response = run_action(editor_client, "send_to_review", [draft])

    assert "1 event set to “In review”." in messages_of(response)
    draft.refresh_from_db()
    assert draft.status == Event.Status.REVIEW
    assert draft.history.first().history_user == editor

    response = run_action(editor_client, "unpublish", [draft, published])

    assert "1 event set to “Draft”." in messages_of(response)
    draft.refresh_from_db()
    published.refresh_from_db()
    assert published.status == Event.Status.DRAFT
    assert draft.status == Event.Status.REVIEW
    assert published.history.first().history_user == editor


# The list of events: filters, search, queries


def test_filter_by_side_lists_each_matching_event_once(editor_client):
    russia = make_actor(name="Russia", side=Actor.Side.RUSSIA)
    lavrov = make_actor(name="Sergei Lavrov", side=Actor.Side.RUSSIA, kind=Actor.Kind.PERSON)
    united_states = make_actor(name="United States", side=Actor.Side.UNITED_STATES)
    russian = make_event(actors=[russia, lavrov])
    american = make_event(actors=[united_states])
    both = make_event(actors=[russia, united_states])
    make_event(actors=[])

    russian_side = editor_client.get(changelist_url("event", "?side=ru"))
    american_side = editor_client.get(changelist_url("event", "?side=us"))

    assert listed(russian_side) == {russian.pk, both.pk}
    assert russian_side.context["cl"].result_count == 2
    assert listed(american_side) == {american.pk, both.pk}


def test_filter_by_actor(editor_client):
    russia = make_actor(name="Russia", side=Actor.Side.RUSSIA)
    united_states = make_actor(name="United States", side=Actor.Side.UNITED_STATES)
    russian = make_event(actors=[russia])
    make_event(actors=[united_states])
    both = make_event(actors=[russia, united_states])

    response = editor_client.get(changelist_url("event", f"?actors__id__exact={russia.pk}"))

    assert listed(response) == {russian.pk, both.pk}


def test_search_finds_an_event_by_a_word_of_its_quote(editor_client):
    source = make_source()
    space = make_event(source=source, quote="Washington said it was ready to talk about cooperation in space.")
    make_event(source=source, quote=QUOTE)

    response = editor_client.get(changelist_url("event", "?q=space"))

    assert listed(response) == {space.pk}


def make_events(count):
    russia = make_actor(name="Russia", side=Actor.Side.RUSSIA)
    united_states = make_actor(name="United States", side=Actor.Side.UNITED_STATES)
    for number in range(count):
        event = make_event(actors=[russia, united_states], theater=make_theater(f"Theater {number % 4}"), quote=None)
        add_evidence(event, make_source(), QUOTE)


@pytest.mark.parametrize(("model_name", "query"), [("event", ""), ("event", "?side=ru&q=minister"), ("source", "")])
def test_changelist_queries_do_not_grow_with_the_number_of_rows(editor_client, model_name, query):
    def queries_for_changelist():
        with CaptureQueriesContext(connection) as queries:
            response = editor_client.get(changelist_url(model_name, query))
        assert response.status_code == 200
        return len(response.context["cl"].result_list), len(queries)

    make_events(5)
    rows_few, queries_few = queries_for_changelist()
    make_events(20)
    rows_many, queries_many = queries_for_changelist()

    assert (rows_few, rows_many) == (5, 25)
    assert queries_many == queries_few


def test_admin_dates_are_iso_in_every_form_and_in_the_calendar(editor_client):
    event = make_event(date=datetime.date(2016, 12, 29))
    source = event.evidence.get().source

    event_page = editor_client.get(reverse("admin:timeline_event_change", args=[event.pk])).content.decode()
    source_page = editor_client.get(reverse("admin:timeline_source_change", args=[source.pk])).content.decode()
    catalog = editor_client.get(reverse("admin:jsi18n")).content.decode()

    assert 'name="date" value="2016-12-29"' in event_page
    assert f'name="published" value="{source.published:%Y-%m-%d}"' in source_page
    # The calendar pop-up writes the first input format.
    assert re.search(r'"DATE_INPUT_FORMATS": \[\s*"%Y-%m-%d"', catalog)


def test_the_admin_reads_iso_and_day_first_dates_never_month_first(editor_client):
    event = make_event(date=datetime.date(2016, 12, 29))
    date_field = editor_client.get(reverse("admin:timeline_event_change", args=[event.pk])).context["adminform"].form
    date_field = date_field.fields["date"]

    assert date_field.clean("2016-12-29") == datetime.date(2016, 12, 29)
    assert date_field.clean("29/12/2016") == datetime.date(2016, 12, 29)
    with pytest.raises(ValidationError):
        date_field.clean("12/29/2016")


def test_a_duplicate_slug_is_refused_in_grammatical_russian(editor_client):
    """Django's Russian «Событие с таким Часть адреса уже существует» put a capitalised feminine label after «таким»."""
    taken = make_event(slug="taken")
    event = make_event(slug="free", theater=taken.theater)
    with translation.override("ru"):
        response = editor_client.post(change_url(event), change_data(event, slug="taken"))
        assert response.context["adminform"].form.errors["slug"] == [
            "Событие с таким значением поля «Часть адреса» уже существует."
        ]


def test_an_event_with_a_russian_title_alone_gets_its_slug_from_it(editor_client):
    """The admin's script fills the slug in from the English title only: a Russian editor had to make one up."""
    make_event(slug="moskva-vyslala-10-amerikanskih-diplomatov")
    data = event_form_data(make_theater(), title="", title_ru="Москва выслала 10 американских дипломатов", slug="")

    response = editor_client.post(reverse("admin:timeline_event_add"), data)

    assert response.status_code == 302
    assert Event.objects.filter(slug="moskva-vyslala-10-amerikanskih-diplomatov-2").exists()


def test_an_event_ending_before_it_starts_is_told_so_beside_a_missing_title(editor_client):
    """Event.clean stopped at the missing title, so the dates reached the editor as the constraint's raw name."""
    data = event_form_data(make_theater(), title="", date="2017-04-07", end_date="2017-04-01")
    form = editor_client.post(reverse("admin:timeline_event_add"), data).context["adminform"].form
    assert form.errors["end_date"] == ["The end date cannot be before the start date."]
    assert "title_en" in form.errors
    assert "__all__" not in form.errors


def test_a_change_refused_leaves_the_page_naming_the_event_as_stored(editor_client):
    """The heading and breadcrumbs named the event with the values just refused ("2 August 2019 to 1 August 2019:
    …"), as if they had been saved; the form below still shows what the editor typed."""
    event = make_event(title="Putin orders a mirror response", date=datetime.date(2019, 8, 2))
    data = change_data(event, title="Putin orders a reply", end_date="2019-08-01")

    response = editor_client.post(change_url(event), data)

    assert response.context["adminform"].form.errors["end_date"]
    assert response.context["subtitle"] == "2 August 2019: Putin orders a mirror response"
    breadcrumbs = re.search(r'<div class="breadcrumbs">(.*?)</div>', response.content.decode(), re.S).group(1)
    assert "2 August 2019: Putin orders a mirror response" in breadcrumbs
    assert b'value="Putin orders a reply"' in response.content


def test_an_edit_saved_after_the_session_ended_is_kept_until_the_editor_logs_in_again(client, editor):
    """The admin redirected the post to its log-in page, and the edit was lost."""
    editor.set_password("a long pass phrase")
    editor.save()
    event = make_event(title="Before")
    client.force_login(editor)
    data = change_data(event, title="After", summary="Hard work")
    client.logout()  # as in another tab
    kept = client.post(change_url(event), data)
    assert kept.status_code == 403
    assert b'value="Hard work"' in kept.content
    wrong = {**data, "_relogin_username": "editor", "_relogin_password": "a wrong guess"}
    assert b'value="Hard work"' in client.post(change_url(event), wrong).content
    posted = {**wrong, "_relogin_password": "a long pass phrase"}
    assert client.post(change_url(event), posted).status_code == 302
    event.refresh_from_db()
    assert (event.title, event.summary) == ("After", "Hard work")


def test_deleting_a_cited_actor_is_refused_in_grammatical_russian(editor_client):
    """Django's Russian read «Не удается удалить участник» and «Удаление участник … потребует удаления»."""
    actor = make_actor("Sergey Lavrov")
    make_event(source_actor=actor)
    with translation.override("ru"):
        page = editor_client.get(reverse("admin:timeline_actor_delete", args=[actor.pk])).content.decode()
    assert "Удалить нельзя: участник" in page
    assert "нельзя удалить, пока на него ссылаются следующие объекты" in page


@pytest.mark.parametrize("deleted", ["event", "actor"])
def test_a_deletion_page_names_an_events_actors_in_russian(editor_client, deleted):
    """Django named the rows of Event.actors «Event-actor relationship: Event_actors object (1)» in any language."""
    actor = make_actor("Sergey Lavrov")
    event = make_event(title="Lavrov meets Tillerson", actors=[actor])
    obj = {"event": event, "actor": actor}[deleted]
    with translation.override("ru"):
        page = editor_client.get(reverse(f"admin:timeline_{deleted}_delete", args=[obj.pk])).content.decode()
        link = f"Участник события: {actor} — {event}"  # «Сергей Лавров — 7 апреля 2017 г.: Lavrov meets Tillerson»
    assert "Участники событий: 1" in page
    assert link in page
    assert "relationship" not in page


@pytest.mark.parametrize(
    ("address", "title"),
    [
        ("admin:timeline_theater_changelist", "Выберите для изменения: арена"),
        ("admin:timeline_lexiconentry_changelist", "Выберите для изменения: статья лексикона"),
        ("admin:timeline_theater_add", "Добавить: арена"),
        ("admin:timeline_actor_add", "Добавить: участник"),
    ],
)
def test_the_admins_page_titles_are_grammatical_russian(editor_client, address, title):
    """Django's Russian read «Выберите арена для изменения», «Добавить участник», «Изменить арена»."""
    with translation.override("ru"):
        page = editor_client.get(reverse(address)).content.decode()
    assert f"<title>{title} |" in page


def test_a_change_page_title_and_the_add_button_are_grammatical_russian(editor_client):
    theater = make_theater("Arctic")
    with translation.override("ru"):
        change = editor_client.get(reverse("admin:timeline_theater_change", args=[theater.pk])).content.decode()
        listed = editor_client.get(reverse("admin:timeline_theater_changelist")).content.decode()
    assert "| Изменить: арена |" in change
    assert re.search(r"Добавить: арена\s*</a>", listed)


def test_the_add_another_quote_link_is_grammatical_russian(editor_client):
    """Django's Russian read «Добавить еще один Цитата о периоде»."""
    with translation.override("ru"):
        quotes = editor_client.get(reverse("admin:timeline_era_add")).context["inline_admin_formsets"][0]
        assert json.loads(quotes.inline_formset_data())["options"]["addText"] == "Добавить ещё: Цитата о периоде"


def test_a_password_change_posted_after_the_session_ended_is_not_written_back_into_a_page(client, editor):
    response = client.post(reverse("admin:password_change"), {"old_password": "secret one", "new_password1": "x"})
    assert response.status_code == 302
    assert b"secret one" not in response.content


@pytest.mark.parametrize(
    ("address", "posted"),
    [
        ("admin:auth_user_add", {"username": "dora", "password1": "secret one", "password2": "secret one"}),
        ("admin:timeline_event_add", {"title_en": "A title", "password": "secret one"}),
    ],
)
def test_no_form_carrying_a_password_is_written_back_into_a_page_after_the_session_ended(client, address, posted):
    response = client.post(reverse(address), posted)

    assert response.status_code == 302
    assert b"secret one" not in response.content
