"""Two editors on the same event: the second save is refused, with what changed, and nothing is overwritten."""

import pytest

from tests.factories import make_event
from tests.test_admin import change_data, change_url, run_action
from timeline.models import Event, StaleVersionError

pytestmark = pytest.mark.django_db


def opened_version(client, event):
    """Open the change page as an editor does, and read the version the form carries."""
    response = client.get(change_url(event))
    assert response.status_code == 200
    return response.context["adminform"].form["started_from_version"].value()


def test_the_second_of_two_saves_is_refused_with_what_the_first_changed(editor_client, second_editor_client):
    event = make_event(title="Talks planned", score=1)
    alice_started_from = opened_version(editor_client, event)
    bob_started_from = opened_version(second_editor_client, event)
    assert alice_started_from == bob_started_from == 1

    alice = editor_client.post(
        change_url(event), change_data(event, title="Talks cancelled", score="-4", started_from_version="1")
    )
    assert alice.status_code == 302

    bob = second_editor_client.post(
        change_url(event), change_data(event, summary="Bob's summary", started_from_version="1")
    )

    assert bob.status_code == 200
    errors = " ".join(bob.context["adminform"].form.non_field_errors())
    assert "editor saved this event after you opened it" in errors
    assert "title (English) from “Talks planned” to “Talks cancelled”" in errors
    assert "score from “1.0” to “-4.0”" in errors
    event.refresh_from_db()
    assert (event.title, event.score, event.summary, event.version) == ("Talks cancelled", -4, "A summary.", 2)


def test_an_empty_text_saved_as_blank_is_no_change_to_report(editor_client, second_editor_client):
    """An event accepted from an article has no texts in the other language (NULL); the first save through the form
    stores them blank. The refused editor was told the other had changed them "from “None” to “”"."""
    event = make_event(title="Talks planned", score=1)
    Event.objects.filter(pk=event.pk).update(summary_ru=None, editor_notes_en=None, editor_notes_ru=None)
    editor_client.post(change_url(event), change_data(event, score="-4", started_from_version="1"))

    bob = second_editor_client.post(change_url(event), change_data(event, summary="Bob's", started_from_version="1"))

    errors = " ".join(bob.context["adminform"].form.non_field_errors())
    assert "They changed score from “1.0” to “-4.0”." in errors
    assert "None" not in errors


def test_saving_again_from_the_new_version_succeeds(editor_client, second_editor_client):
    event = make_event(title="Talks planned")
    editor_client.post(change_url(event), change_data(event, title="Talks cancelled", started_from_version="1"))
    event.refresh_from_db()

    response = second_editor_client.post(
        change_url(event), change_data(event, summary="Bob's summary", started_from_version=str(event.version))
    )

    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.title, event.summary, event.version) == ("Talks cancelled", "Bob's summary", 3)


def test_status_actions_raise_the_version_so_an_open_form_goes_stale(editor_client, second_editor_client):
    event = make_event(status=Event.Status.DRAFT)
    started_from = opened_version(second_editor_client, event)

    run_action(editor_client, "publish", [event])
    response = second_editor_client.post(change_url(event), change_data(event, started_from_version=str(started_from)))

    assert response.status_code == 200
    assert "status from “draft” to “published”" in " ".join(response.context["adminform"].form.non_field_errors())
    assert Event.objects.get(pk=event.pk).status == Event.Status.PUBLISHED


def test_the_model_refuses_a_save_based_on_an_older_version():
    event = make_event()
    stale = Event.objects.get(pk=event.pk)
    event.title = "Saved first"
    event.save()

    stale.expected_version = 1
    stale.title = "Saved second"
    with pytest.raises(StaleVersionError):
        stale.save()

    assert Event.objects.get(pk=event.pk).title == "Saved first"


def test_the_refused_form_keeps_the_losers_edits_over_the_winners_version(editor_client, second_editor_client):
    event = make_event(title="Talks planned", score=1)
    editor_client.post(change_url(event), change_data(event, title="Talks cancelled", started_from_version="1"))

    bob = second_editor_client.post(
        change_url(event), change_data(event, summary="Bob's summary", started_from_version="1")
    )

    form = bob.context["adminform"].form
    assert form["summary_en"].value() == "Bob's summary"
    assert form["title_en"].value() == "Talks cancelled", "a field Bob did not touch shows Alice's save"
    assert form["started_from_version"].value() == "2"
    assert "The form below shows their version with your edits on top" in " ".join(form.non_field_errors())

    resaved = second_editor_client.post(
        change_url(event),
        change_data(event, title="Talks cancelled", summary="Bob's summary", started_from_version="2"),
    )
    assert resaved.status_code == 302
    event.refresh_from_db()
    assert (event.title, event.summary, event.version) == ("Talks cancelled", "Bob's summary", 3)


def test_a_field_both_editors_changed_keeps_the_losers_value_and_says_so(editor_client, second_editor_client):
    event = make_event(title="Talks planned")
    editor_client.post(change_url(event), change_data(event, title="Talks cancelled", started_from_version="1"))

    bob = second_editor_client.post(
        change_url(event), change_data(event, title="Talks postponed", started_from_version="1")
    )

    form = bob.context["adminform"].form
    assert form["title_en"].value() == "Talks postponed"
    assert "You both changed title (English); the form keeps yours." in " ".join(form.non_field_errors())
    assert Event.objects.get(pk=event.pk).title == "Talks cancelled"
