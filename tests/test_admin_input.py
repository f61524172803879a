"""Tampered and cut-short requests to the editors' admin: a readable answer, never a server error, nothing lost.

Each input here gave a server error before (found by probing every admin address with hostile values): Django
hands it to the database unchecked (timeline/admin_input.py).
"""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.factories import make_actor, make_event, make_source
from tests.test_admin import change_data, change_url, changelist_url, event_form_data, messages_of, run_action
from tests.test_eras import era_form_data, make_era
from timeline.models import Event

pytestmark = pytest.mark.django_db

NOT_KEYS = ["abc", "", "1.5", "\x00", "99999999999999999999"]
TAMPERED_SELECTION = "The selection sent with the action names no item of this list, so nothing was changed."


@pytest.mark.parametrize("selected", [*NOT_KEYS, "{event} abc"])
def test_a_tampered_selection_changes_nothing_and_says_so(editor_client, selected):
    event = make_event(status=Event.Status.DRAFT)
    response = editor_client.post(
        changelist_url("event"),
        {"action": "publish", "_selected_action": selected.format(event=event.pk).split(" "), "index": "0"},
    )
    assert response.status_code == 302
    assert any(message.startswith(TAMPERED_SELECTION) for message in messages_of(response))
    event.refresh_from_db()
    assert event.status == Event.Status.DRAFT


def test_a_selection_of_rows_since_deleted_is_still_applied_to_those_left(editor_client):
    kept, gone = make_event(status=Event.Status.DRAFT), make_event(status=Event.Status.DRAFT)
    gone_pk = gone.pk
    gone.delete()
    response = run_action(editor_client, "send_to_review", [kept, Event(pk=gone_pk)])
    assert response.status_code == 302
    kept.refresh_from_db()
    assert kept.status == Event.Status.REVIEW


@pytest.mark.parametrize("model", list(admin.site._registry), ids=lambda model: model._meta.label)
def test_every_list_of_the_admin_refuses_a_tampered_selection(admin_client, model):
    """Each registered list, Django's accounts and groups included, with an action it offers."""
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    action = next(iter(admin.site._registry[model].get_actions(admin_client.get(url).wsgi_request)))
    response = admin_client.post(url, {"action": action, "_selected_action": "abc", "index": "0"})
    assert response.status_code == 302
    assert any(message.startswith(TAMPERED_SELECTION) for message in messages_of(response))


@pytest.mark.parametrize(("model_name", "field"), [("event", "date"), ("source", "published"), ("era", "start")])
@pytest.mark.parametrize(
    "drill_down",
    [
        "__year=9999",
        "__year=9999&{field}__month=12",
        "__year=9999&{field}__month=12&{field}__day=31",
        "__year=99999999999999999999",
    ],
)
def test_a_drill_down_past_the_calendar_shows_the_whole_list(editor_client, model_name, field, drill_down):
    """As Django answers a drill-down's date it cannot read (date__year=abc)."""
    response = editor_client.get(changelist_url(model_name, f"?{field}{drill_down.format(field=field)}"))
    assert response.status_code == 302
    assert response.url.endswith("?e=1")


def test_the_last_year_the_drill_down_can_show_is_still_shown(editor_client):
    response = editor_client.get(changelist_url("event", "?date__year=9998&date__month=12&date__day=31"))
    assert response.status_code == 200


@pytest.mark.parametrize("field", ["theater", "source_actor", "target_actor", "actors", "evidence-0-source"])
@pytest.mark.parametrize("value", NOT_KEYS[:1] + NOT_KEYS[2:])
def test_an_event_form_with_a_tampered_choice_is_shown_again_with_its_error(editor_client, field, value):
    event = make_event(title="Talks planned", actors=[make_actor()])
    data = {**change_data(event, title="Talks held"), field: value}
    response = editor_client.post(change_url(event), data)
    assert response.status_code == 200
    assert response.context["errors"]
    assert response.context["adminform"].form.data["title_en"] == "Talks held"  # the editor's edit kept
    event.refresh_from_db()
    assert event.title == "Talks planned"


@pytest.mark.parametrize("field", ["source_actor", "target_actor"])
def test_a_new_event_with_a_tampered_actor_is_shown_again(editor_client, field):
    theater = make_event().theater
    response = editor_client.post(reverse("admin:timeline_event_add"), event_form_data(theater, **{field: "abc"}))
    assert response.status_code == 200
    assert response.context["errors"]
    assert not Event.objects.filter(slug="diplomats-expelled").exists()


def test_an_era_with_a_tampered_quote_source_is_shown_again(editor_client):
    era = make_era()
    data = era_form_data(make_source(), **{"evidence-0-source": "abc"})
    response = editor_client.post(reverse("admin:timeline_era_change", args=[era.pk]), data)
    assert response.status_code == 200
    assert response.context["errors"]


def test_a_group_with_a_permission_number_past_any_row_is_shown_again(admin_client):
    group = Group.objects.create(name="Readers")
    response = admin_client.post(
        reverse("admin:auth_group_change", args=[group.pk]),
        {"name": "Readers", "permissions": "99999999999999999999"},
    )
    assert response.status_code == 200
    assert "is not a valid value" in str(response.context["errors"])


@pytest.mark.parametrize("field", ["theater", "actors"])
def test_a_revert_form_with_a_tampered_choice_is_shown_again(editor_client, field):
    event = make_event(title="Talks planned")
    version = event.history.first()
    url = reverse("admin:timeline_event_simple_history", args=[event.pk, version.history_id])
    data = {**change_data(event, title="Talks held"), field: "99999999999999999999"}
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors
    event.refresh_from_db()
    assert event.title == "Talks planned"
