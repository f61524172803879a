"""Bugs met walking the admin as an English-speaking editor: each test failed before its fix."""

import datetime
import html
import re

import pytest
from django.urls import reverse

from tests.factories import make_actor, make_event, make_source, make_theater
from tests.test_admin import change_data, change_url, run_action
from timeline.models import Event, Source
from timeline.quotes import nearest_passage

pytestmark = pytest.mark.django_db


def history_page(client, event, language=""):
    prefix = f"/{language}" if language else ""
    return client.get(prefix + reverse("admin:timeline_event_history", args=[event.pk])).content.decode()


def changes_column(page):
    """The texts of the history table's Changes cells, tags and white space squeezed."""
    cells = re.findall(r"<ul>(.*?)</ul>", page, flags=re.DOTALL)
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", " ", cell)).split()) for cell in cells]


def reasons_column(page):
    """The texts of the history table's Change reason cells (the fifth of each row); the event's table only, not
    its evidence quotes' below it."""
    table = page.split('id="change-history"')[1].split("</table>")[0]
    rows = re.findall(r"<tr>(.*?)</tr>", table.split("<tbody>")[1], flags=re.DOTALL)
    return [" ".join(re.findall(r"<td>(.*?)</td>", row, flags=re.DOTALL)[4].split()) for row in rows]


def test_the_history_of_a_status_change_shows_labels_and_a_reason_in_the_readers_language(editor_client):
    event = make_event(status=Event.Status.DRAFT)

    run_action(editor_client, "publish", [event])
    run_action(editor_client, "unpublish", [event])

    english = history_page(editor_client, event)
    assert "Status: Published → Draft" in changes_column(english)
    assert "Status: Draft → Published" in changes_column(english)
    assert "Status set to “Draft” from the list of events" in english
    russian = history_page(editor_client, event, "ru")
    assert "Статус: Опубликовано → Черновик" in changes_column(russian)
    assert "Status set to" not in russian


def test_a_status_change_made_in_the_russian_admin_is_recorded_in_english(editor_client):
    event = make_event(status=Event.Status.DRAFT)

    editor_client.post(
        "/ru" + reverse("admin:timeline_event_changelist"),
        {"action": "publish", "_selected_action": [str(event.pk)], "index": "0"},
    )

    assert event.history.first().history_change_reason == "Status set to “Published” from the list of events"


def test_the_history_shows_no_none_no_copy_columns_and_no_phantom_changes(editor_client):
    event = make_event(title="Envoys sent home", summary="A summary.")
    event.actors.set([make_actor("Russia")])
    data = change_data(event, title="Envoys sent home at once", started_from_version="1")
    data["actors"] = [str(make_actor("Russia").pk), str(make_actor("United States").pk)]

    editor_client.post(change_url(event), data)

    page = history_page(editor_client, event)
    changes = changes_column(page)
    assert changes == [
        "Actors: Russia → Russia, United States",
        "Title (English): Envoys sent home → Envoys sent home at once",
        "Actors: — → Russia",
    ]
    assert reasons_column(page) == ["", "", "", ""], "no reason given is shown as none, not as “None”"


LONG_LABEL = "Russia expels twelve US diplomats after the Tuesday expulsions"  # 62 characters


def test_a_headline_label_over_the_limit_is_an_error_that_keeps_it_not_a_silent_cut(editor_client):
    event = make_event()

    response = editor_client.post(change_url(event), change_data(event, label_en=LONG_LABEL, started_from_version="1"))

    form = response.context["adminform"].form
    assert form.errors["label_en"] == ["Ensure this value has at most 40 characters (it has 62)."]
    assert form["label_en"].value() == LONG_LABEL
    assert 'maxlength="40"' not in response.content.decode(), "a browser would cut a longer paste silently"


def test_the_candidates_headline_label_has_no_maxlength_to_cut_a_paste(editor_client, shipped_vocabulary):
    from tests.test_assistant_admin import BODY, posted, review_of, suggest_url

    make_theater("Bilateral")
    source = make_source(body=BODY, published=datetime.date(2017, 4, 7))
    candidate, form = review_of(editor_client, source, "Russia expelled")
    assert 'maxlength="40"' not in editor_client.get(suggest_url(source)).content.decode()

    response = editor_client.post(suggest_url(source), posted(candidate, form, "accept", label=LONG_LABEL))

    assert "Ensure this value has at most 40 characters (it has 62)." in response.content.decode()
    assert f'value="{LONG_LABEL}"' in response.content.decode()
    assert not Event.objects.exists()


def test_the_nearest_passage_of_a_misquote_starts_and_ends_on_whole_words():
    body = (
        "WASHINGTON (Reuters) — The United States on Tuesday expelled 12 Russian diplomats from the country’s "
        "mission to the United Nations, accusing them of espionage."
    )

    nearest = nearest_passage("The United States ... expelled 12 Russian diplomats", body)

    assert nearest == "WASHINGTON (Reuters) — The United States on Tuesday expelled 12 Russian diplomats from the"


@pytest.mark.parametrize(
    ("details", "refusal"),
    [
        ({"outlet": "Reuters", "url": "https://news.example/1"}, "is already used by a different article"),
        ({"outlet": "Example Wire", "url": ""}, "is already stored with a different body"),
    ],
)
def test_a_stored_article_sent_again_in_the_admin_is_refused_with_advice_an_editor_can_follow(
    editor_client, details, refusal
):
    stored = make_source(url="https://news.example/1", headline="Envoys expelled")
    data = {"published": "2017-04-07", "author": "", "language": "", "preview": "Preview", **details}

    response = editor_client.post(
        reverse("admin:timeline_source_add"), {**data, "text": "Envoys expelled\nA corrected text."}
    )

    [message] = response.context["form"].non_field_errors()
    assert refusal in message
    assert f"source #{stored.pk}" in message
    assert "import it again with --update" not in message, "an editor has no command line"
    assert "an administrator can replace it with manage.py import_article --update" in message


@pytest.mark.parametrize(
    "path",
    [
        "/admin/timeline/event/abc/history/",
        "/admin/timeline/event/abc/history/1/",
        "/admin/timeline/event/{event}/history/abc/",
        "/admin/timeline/source/abc/history/",
        "/admin/timeline/source/{source}/history/abc/",
        "/admin/timeline/era/abc/history/",
    ],
)
def test_a_history_address_with_a_word_for_a_number_is_not_found_not_a_server_error(editor_client, path):
    event = make_event()
    source = event.evidence.get().source

    response = editor_client.get(path.format(event=event.pk, source=source.pk))

    assert response.status_code == 404


def test_an_eras_quote_offers_no_pop_up_to_add_a_source(editor_client):
    """The add page of a source takes its text and does not return to a pop-up's opener, as for an event's."""
    add_era = editor_client.get(reverse("admin:timeline_era_add")).content.decode()

    assert 'id="add_id_evidence-0-source"' not in add_era


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("The United States excluded Russia from the G8 on Monday.", "US excludes Russia from the G8"),
        ("The United States expelled Russia from the G8 on Monday.", "US expels Russia from the G8"),
    ],
)
def test_a_suggested_title_says_the_verb_the_sentence_wrote_not_the_entrys_first(shipped_vocabulary, sentence, title):
    from tests.test_assistant_reading import read

    titles = [candidate.title for candidate in read(sentence, "2014-03-24", shipped_vocabulary)]

    assert title in titles


@pytest.mark.parametrize(
    "url",
    ["http://news.example/1", "https://www.news.example/1", "https://news.example/1/", "http://www.news.example/1/"],
)
def test_an_article_sent_again_at_its_address_written_otherwise_is_the_stored_one(editor_client, url):
    stored = make_source(url="https://news.example/1", headline="Envoys expelled")
    data = {"outlet": "Example Wire", "published": "2017-04-07", "url": url, "preview": "Preview"}

    response = editor_client.post(
        reverse("admin:timeline_source_add"), {**data, "text": "Envoys expelled\nA corrected text."}
    )

    [message] = response.context["form"].non_field_errors()
    assert f"source #{stored.pk}" in message
    assert Source.objects.count() == 1
