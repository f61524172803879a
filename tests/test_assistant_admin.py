"""The assistant in the admin, used by an editor: adding an article from its text, suggesting, deciding."""

import datetime
import json
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from tests.factories import make_event, make_source, make_theater
from timeline.models import Actor, CandidateDecision, Event, Evidence, LexiconEntry, Source

pytestmark = pytest.mark.django_db
DEV_SET = Path(__file__).resolve().parent / "data" / "dev"
BODY = (
    "Russia expelled two US diplomats on Friday, the Kremlin said.\n\n"
    "Analysts expect little to change.\n\n"
    "Tillerson will visit Moscow next week for talks with Lavrov."
)


@pytest.fixture
def vocabulary(shipped_vocabulary):
    return make_theater("Bilateral")


@pytest.fixture
def source(vocabulary):
    return make_source(body=BODY, published=datetime.date(2017, 4, 7))


def suggest_url(source):
    return reverse("admin:timeline_source_suggest", args=[source.pk])


def reviews(response):
    return {candidate.first_sentence.text: (candidate, form) for candidate, form in response.context["reviews"]}


def review_of(client, source, sentence_start):
    found = [
        review for text, review in reviews(client.get(suggest_url(source))).items() if text.startswith(sentence_start)
    ]
    assert len(found) == 1, f"no candidate starting with {sentence_start!r}"
    return found[0]


def posted(candidate, form, action, **changes):
    """What the browser posts for a candidate's form, with the editor's changes."""
    values = {**form.initial, **changes}
    data = {"candidate": candidate.key, "action": action}
    for name, value in values.items():
        key = f"{form.prefix}-{name}"
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            data[key] = [str(item) for item in value]
        elif hasattr(value, "pk"):
            data[key] = str(value.pk)
        else:
            data[key] = str(value)
    return data


def message_texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


# Links to the assistant


def test_the_source_page_links_to_the_suggestions(editor_client, source):
    change_page = editor_client.get(reverse("admin:timeline_source_change", args=[source.pk]))

    assert f'href="{suggest_url(source)}"' in change_page.content.decode()


def test_adding_a_source_asks_for_its_text(editor_client):
    add_page = editor_client.get(reverse("admin:timeline_source_add"))

    assert add_page.status_code == 200
    assert 'name="text"' in add_page.content.decode()
    assert 'name="file"' in add_page.content.decode()


def test_the_evidence_inline_offers_no_pop_up_to_add_a_source(editor_client):
    add_event = editor_client.get(reverse("admin:timeline_event_add")).content.decode()

    assert 'id="add_id_evidence-0-source"' not in add_event


def test_the_suggest_page_needs_an_account_that_may_change_sources(client, source):
    user = get_user_model().objects.create_user("visitor", password="not-used-here", is_staff=True)
    client.force_login(user)

    assert client.get(suggest_url(source)).status_code == 403


# Suggesting


def test_the_suggest_page_shows_each_candidate_with_its_quote_date_and_proposal(editor_client, source):
    response = editor_client.get(suggest_url(source))

    found = reviews(response)
    assert set(found) == {
        "Russia expelled two US diplomats on Friday, the Kremlin said.",
        "Tillerson will visit Moscow next week for talks with Lavrov.",
    }
    page = response.content.decode()
    assert "7 April 2017" in page
    assert "week of 10 April 2017 · expected" in page
    assert "CAMEO 174 (Expel or deport individuals)" in page
    _expelled, form = found["Russia expelled two US diplomats on Friday, the Kremlin said."]
    assert form.initial["date"] == datetime.date(2017, 4, 7)
    assert form.initial["date_precision"] == "day"
    assert form.initial["speaker"] == "Kremlin"


def test_article_text_is_escaped_on_the_suggest_page(editor_client, vocabulary):
    source = make_source(body="Russia said <script>alert(1)</script> it would expel diplomats.")

    page = editor_client.get(suggest_url(source)).content.decode()

    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


# Accepting, merging, rejecting


def test_accepting_creates_a_draft_event_with_the_verbatim_quote_and_remembers_it(
    editor_client, editor, source, vocabulary
):
    candidate, form = review_of(editor_client, source, "Russia expelled")

    response = editor_client.post(
        suggest_url(source),
        posted(candidate, form, "accept", title="Russia expels two US diplomats", theater=vocabulary),
    )

    assert response.status_code == 302
    event = Event.objects.get(title="Russia expels two US diplomats")
    assert (event.status, event.date, event.date_precision, event.category, event.score) == (
        "draft",
        datetime.date(2017, 4, 7),
        "day",
        "diplomatic",
        -5,
    )
    assert event.created_by == editor
    assert {actor.name for actor in event.actors.all()} == {"Russia", "United States", "Kremlin"}
    (evidence,) = event.evidence.all()
    assert source.body[evidence.start : evidence.end] == evidence.quote == candidate.first_sentence.text
    assert evidence.speaker == "Kremlin"
    assert CandidateDecision.objects.get(key=candidate.key).decision == "accepted"
    assert any("Draft event" in text for text in message_texts(response))
    assert candidate.first_sentence.text not in reviews(editor_client.get(suggest_url(source)))


def test_the_editor_may_change_the_date_before_accepting(editor_client, source, vocabulary):
    candidate, form = review_of(editor_client, source, "Tillerson will visit")

    editor_client.post(
        suggest_url(source),
        posted(candidate, form, "accept", date="2017-04-13", date_precision="week", theater=vocabulary),
    )

    event = Event.objects.get()
    assert (event.date, event.date_precision) == (datetime.date(2017, 4, 10), "week")


def test_the_russian_suggest_page_names_cameos_event_types_in_russian(editor_client, source):
    page = editor_client.get("/ru" + suggest_url(source)).content.decode()

    assert "CAMEO 174 (Высылка или депортация лиц), оценка −5,0" in page
    assert "Expel or deport individuals" not in page


def test_every_event_type_the_shipped_lexicons_use_has_a_russian_name():
    from timeline.assistant.event_types import in_editors_language
    from timeline.assistant.vocabulary import FOLDER

    types = {group["type"] for path in FOLDER.glob("*/lexicon.json") for group in json.loads(path.read_text())}
    with translation.override("ru"):
        untranslated = {name for name in types if in_editors_language(name) == name}
    assert len(types) > 40
    assert not untranslated


def test_an_accepted_proposal_is_stored_in_the_language_of_its_source_whatever_the_admins(editor_client, vocabulary):
    """An English article decided in the Russian admin gives an event with English texts, and a Russian one decided in
    the English admin one with Russian texts: the other language stays to be translated, not filled with the wrong
    one."""
    english = make_source(body=BODY, published=datetime.date(2017, 4, 7))
    russian = make_source(
        body="Россия выслала двух американских дипломатов в пятницу.",
        language="ru",
        published=datetime.date(2017, 4, 7),
        url="https://example.org/ru",
    )
    for source, admin, title, label in [
        (english, "/ru", "Russia expels two US diplomats", "Expulsions"),
        (russian, "", "Россия выслала двух дипломатов США", "Высылка"),
    ]:
        url = admin + suggest_url(source)
        candidate, form = next(iter(reviews(editor_client.get(url)).values()))
        editor_client.post(url, posted(candidate, form, "accept", title=title, label=label, theater=vocabulary))

    from_english = Event.objects.get(title_en="Russia expels two US diplomats")
    assert (from_english.title_ru, from_english.label_en, from_english.label_ru) == (None, "Expulsions", None)
    from_russian = Event.objects.get(title_ru="Россия выслала двух дипломатов США")
    assert (from_russian.title_en, from_russian.label_ru, from_russian.label_en) == (None, "Высылка", None)


def test_an_event_accepted_with_a_russian_title_gets_its_address_from_the_title_in_latin_letters(
    editor_client, vocabulary
):
    """slugify alone drops Cyrillic: the address was "event" (or the title's digits), not the title's words."""
    russian = make_source(
        body="Россия выслала двух американских дипломатов в пятницу.",
        language="ru",
        published=datetime.date(2017, 4, 7),
    )
    url = "/ru" + suggest_url(russian)
    candidate, form = next(iter(reviews(editor_client.get(url)).values()))
    title = "Россия выслала двух дипломатов США, ёлка отменена"
    editor_client.post(url, posted(candidate, form, "accept", title=title, theater=vocabulary))

    assert Event.objects.get(title_ru=title).slug == "rossiya-vyslala-dvuh-diplomatov-ssha-yolka-otmenena"


def test_accepting_without_a_theater_shows_the_form_again_and_saves_nothing(editor_client, source):
    candidate, form = review_of(editor_client, source, "Russia expelled")

    response = editor_client.post(suggest_url(source), posted(candidate, form, "accept", theater=None))

    assert response.status_code == 200
    assert "Choose where the happening plays out." in response.content.decode()
    assert not Event.objects.exists()
    assert not CandidateDecision.objects.exists()


def test_accepting_with_an_actor_number_past_any_row_shows_the_form_again_and_saves_nothing(editor_client, source):
    """A tampered form: SQLite cannot hold the number, and asking it for the actor was a server error."""
    candidate, form = review_of(editor_client, source, "Russia expelled")

    response = editor_client.post(
        suggest_url(source), posted(candidate, form, "accept", actors=["99999999999999999999"])
    )

    assert response.status_code == 200
    assert "“99999999999999999999” is not a valid value." in response.content.decode()
    assert not Event.objects.exists()


def test_merging_adds_the_quote_to_the_proposed_event(editor_client, source, vocabulary):
    russia = Actor.objects.get(name="Russia")
    stored = make_event(
        title="Russia expels two US diplomats",
        summary="Moscow ordered two American diplomats out on Friday.",
        actors=[russia, Actor.objects.get(name="Kremlin")],
        quote=None,
    )
    candidate, form = review_of(editor_client, source, "Russia expelled")
    assert candidate.merge_into == stored
    assert form.initial["merge_into"] == stored

    response = editor_client.post(suggest_url(source), posted(candidate, form, "merge"))

    assert response.status_code == 302
    (evidence,) = stored.evidence.all()
    assert evidence.quote == candidate.first_sentence.text
    assert evidence.source == source
    decision = CandidateDecision.objects.get(key=candidate.key)
    assert (decision.decision, decision.event) == ("merged", stored)
    assert Event.objects.count() == 1


def test_merging_needs_an_event(editor_client, source):
    candidate, form = review_of(editor_client, source, "Tillerson will visit")

    response = editor_client.post(suggest_url(source), posted(candidate, form, "merge", merge_into=None))

    assert "Choose the event this candidate reports again." in response.content.decode()
    assert not Evidence.objects.exists()


def test_a_rejected_candidate_is_not_proposed_again(editor_client, editor, source):
    candidate, form = review_of(editor_client, source, "Tillerson will visit")

    editor_client.post(suggest_url(source), posted(candidate, form, "reject"))

    decision = CandidateDecision.objects.get()
    assert (decision.decision, decision.decided_by, decision.sentence) == (
        "rejected",
        editor,
        candidate.first_sentence.text,
    )
    response = editor_client.get(suggest_url(source))
    assert candidate.first_sentence.text not in reviews(response)
    assert "1 decided earlier" in response.content.decode()
    assert not Event.objects.exists()


def test_a_candidate_decided_meanwhile_is_not_decided_twice(editor_client, source, vocabulary):
    candidate, form = review_of(editor_client, source, "Russia expelled")
    editor_client.post(suggest_url(source), posted(candidate, form, "reject"))

    response = editor_client.post(suggest_url(source), posted(candidate, form, "accept", theater=vocabulary))

    assert response.status_code == 302
    assert any("no longer proposed" in text for text in message_texts(response))
    assert not Event.objects.exists()
    assert CandidateDecision.objects.get().decision == "rejected"


# Adding a source from its text


def add_source_url():
    return reverse("admin:timeline_source_add")


ARTICLE_DETAILS = {"outlet": "Example Wire", "published": "2017-04-07", "url": "", "author": "", "language": "en"}
RAW_ARTICLE = (
    "Russia expels two US diplomats\n"
    "Envoys leave Moscow\n"
    "Russia expelled two US diplomats on Friday.\n"
    "Join the conversation as a VIP Member\n"
)


def test_pasted_text_is_previewed_with_the_removed_lines_before_anything_is_saved(editor_client):
    response = editor_client.post(add_source_url(), {**ARTICLE_DETAILS, "text": RAW_ARTICLE, "preview": "Preview"})

    assert response.status_code == 200
    assert not Source.objects.exists()
    preview = response.context["preview"]
    assert preview.source.headline == "Russia expels two US diplomats"
    assert [(line.number, line.reason) for line in preview.removed] == [(4, "site trailer")]
    page = response.content.decode()
    assert "Join the conversation as a VIP Member" in page
    assert "site trailer" in page
    assert 'name="save"' in page


def test_saving_after_the_preview_stores_the_cleaned_article(editor_client):
    preview = editor_client.post(add_source_url(), {**ARTICLE_DETAILS, "text": RAW_ARTICLE, "preview": "Preview"})
    form = preview.context["form"]

    response = editor_client.post(
        add_source_url(),
        {**ARTICLE_DETAILS, "text": form.initial["text"], "previewed": form.initial["previewed"], "save": "Save"},
    )

    source = Source.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("admin:timeline_source_change", args=[source.pk])
    assert source.body == "Envoys leave Moscow\nRussia expelled two US diplomats on Friday."
    assert source.raw_text == RAW_ARTICLE
    assert "1 line of page debris was removed" in message_texts(response)[0]


def test_text_changed_after_the_preview_is_previewed_again_not_saved(editor_client):
    preview = editor_client.post(add_source_url(), {**ARTICLE_DETAILS, "text": RAW_ARTICLE, "preview": "Preview"})

    response = editor_client.post(
        add_source_url(),
        {
            **ARTICLE_DETAILS,
            "text": RAW_ARTICLE + "One more line.",
            "previewed": preview.context["form"].initial["previewed"],
            "save": "Save",
        },
    )

    assert response.status_code == 200
    assert response.context["preview"] is not None
    assert not Source.objects.exists()


def test_an_uploaded_text_file_is_cleaned_like_an_imported_one(editor_client):
    data = (DEV_SET / "2019-09-15-ukraine-ceasefire.txt").read_bytes()
    upload = SimpleUploadedFile("ceasefire.txt", data, content_type="text/plain")

    response = editor_client.post(add_source_url(), {**ARTICLE_DETAILS, "published": "2019-09-15", "file": upload})

    preview = response.context["preview"]
    assert preview.source.headline == "Russia and the United States back ceasefire in eastern Ukraine"
    assert [line.text for line in preview.removed] == ["Advertisement"]
    assert response.context["form"].initial["text"] == data.decode()


@pytest.mark.parametrize(
    ("upload", "complaint"),
    [
        (SimpleUploadedFile("article.txt", "Überschrift\nText".encode("latin-1")), "is not UTF-8 text"),
        (SimpleUploadedFile("article.pdf", b"%PDF-1.4"), "Upload a plain text file ending in .txt."),
        (SimpleUploadedFile("article.txt", b"Advertisement\n"), "holds only page debris"),
    ],
)
def test_an_unusable_file_is_refused_with_the_reason_and_nothing_is_saved(editor_client, upload, complaint):
    response = editor_client.post(add_source_url(), {**ARTICLE_DETAILS, "file": upload})

    assert response.status_code == 200
    assert complaint in response.content.decode()
    assert not Source.objects.exists()


def test_text_and_file_together_or_neither_are_refused(editor_client):
    neither = editor_client.post(add_source_url(), ARTICLE_DETAILS)
    both = editor_client.post(
        add_source_url(),
        {**ARTICLE_DETAILS, "text": RAW_ARTICLE, "file": SimpleUploadedFile("a.txt", b"Headline\nText")},
    )

    for response in (neither, both):
        assert "Paste the article&#x27;s text or upload its file, one of the two." in response.content.decode()
    assert not Source.objects.exists()


def test_an_article_already_stored_is_not_added_twice(editor_client):
    make_source(
        body="Russia expelled two US diplomats on Friday.",
        headline="Russia expels two US diplomats",
        outlet="Example Wire",
        url="https://news.example/expels",
        raw_text="Russia expels two US diplomats\nRussia expelled two US diplomats on Friday.",
    )

    response = editor_client.post(
        add_source_url(),
        {
            **ARTICLE_DETAILS,
            "url": "https://news.example/expels",
            "text": "Russia expels two US diplomats\nRussia expelled two US diplomats on Friday.",
        },
    )

    assert "already stored with this text" in response.content.decode()
    assert Source.objects.count() == 1


def test_an_editor_without_the_right_to_add_sources_cannot_open_the_page(client):
    user = get_user_model().objects.create_user("reader", password="not-used-here", is_staff=True)
    client.force_login(user)

    assert client.get(add_source_url()).status_code == 403


# The lexicon is data editors see and extend in the admin


def test_a_lexicon_entry_added_in_the_admin_is_used_by_the_next_suggestion(admin_client, vocabulary):
    source = make_source(body="Russia and the United States resumed consular services on Monday.")
    assert not reviews(admin_client.get(suggest_url(source)))

    response = admin_client.post(
        reverse("admin:timeline_lexiconentry_add"),
        {
            "expression": "resum* ... services",
            "cameo_code": "05",
            "event_type": "Engage in diplomatic cooperation",
            "category": "diplomatic",
            "score": "3.5",
            "notes": "",
        },
    )

    assert response.status_code == 302
    ((candidate, form),) = reviews(admin_client.get(suggest_url(source))).values()
    assert (candidate.entry.cameo_code, form.initial["score"]) == ("05", 3.5)


def test_an_unusable_lexicon_expression_is_refused_in_the_admin(admin_client, db):
    response = admin_client.post(
        reverse("admin:timeline_lexiconentry_add"),
        {
            "expression": "... sanction*",
            "cameo_code": "163",
            "event_type": "Sanctions",
            "category": "sanctions",
            "score": "-8",
        },
    )

    assert response.status_code == 200
    assert "cannot open or close an expression" in response.content.decode()
    assert not LexiconEntry.objects.filter(expression="... sanction*").exists()


def test_the_assistant_shows_and_reads_dates_as_iso_like_the_rest_of_the_admin(editor_client, source):
    page = editor_client.get(suggest_url(source)).content.decode()
    add_page = editor_client.get(reverse("admin:timeline_source_add")).content.decode()

    # Text inputs, not the browser's date picker (which shows mm/dd/yyyy or dd/mm/yyyy by locale).
    date_input = r'<input type="text" name="candidate-\d+-date" value="2017-04-07"[^>]*placeholder="YYYY-MM-DD"'
    assert re.search(date_input, page)
    assert 'type="date"' not in page
    assert re.search(r'<input type="text" name="published"[^>]*placeholder="YYYY-MM-DD"', add_page)


# Titles, labels, roles and further reports


TWICE = (
    "The United States on Thursday expelled 35 Russian diplomats.\n\n"
    "The Obama administration ordered the Russian officials out of the country, officials said."
)


def test_a_candidate_proposes_a_short_title_a_label_and_its_roles(editor_client, vocabulary):
    source = make_source(body=TWICE, published=datetime.date(2016, 12, 29))

    _candidate, form = review_of(editor_client, source, "The United States on Thursday")

    assert form.initial["title"] == "US expels 35 Russian diplomats"
    assert len(form.initial["label"]) <= 40
    assert (form.initial["source_actor"].name, form.initial["target_actor"].name) == ("United States", "Russia")
    page = editor_client.get(suggest_url(source)).content.decode()
    assert f'id="add_id_{form.prefix}-source_actor"' in page  # the "+" that adds a missing actor in a pop-up
    assert "RelatedObjectLookups.js" in page


def test_accepting_keeps_the_roles_and_label_and_attaches_the_same_happening_reported_again(editor_client, vocabulary):
    source = make_source(body=TWICE, published=datetime.date(2016, 12, 29))
    candidate, form = review_of(editor_client, source, "The United States on Thursday")
    assert [sentence.text for sentence in candidate.further_sentences] == [TWICE.split("\n\n")[1]]
    russia = Actor.objects.get(name="Russia")

    editor_client.post(
        suggest_url(source),
        posted(candidate, form, "accept", theater=vocabulary, label="US expels 35 diplomats", target_actor=russia),
    )

    event = Event.objects.get()
    assert (event.source_actor.name, event.target_actor, event.label) == (
        "United States",
        russia,
        "US expels 35 diplomats",
    )
    assert [evidence.quote for evidence in event.evidence.order_by("start")] == TWICE.split("\n\n")
    assert set(CandidateDecision.objects.values_list("decision", flat=True)) == {"accepted", "merged"}
    assert "No candidates to review." in editor_client.get(suggest_url(source)).content.decode()


def test_a_further_report_left_unticked_is_not_attached(editor_client, vocabulary):
    source = make_source(body=TWICE, published=datetime.date(2016, 12, 29))
    candidate, form = review_of(editor_client, source, "The United States on Thursday")

    editor_client.post(suggest_url(source), posted(candidate, form, "accept", theater=vocabulary, further_reports=[]))

    assert Event.objects.get().evidence.count() == 1


def test_an_editor_adds_a_missing_actor_in_the_pop_up(editor_client):
    response = editor_client.post(
        reverse("admin:timeline_actor_add") + "?_to_field=id&_popup=1",
        {
            "name_en": "Annalena Baerbock",
            "name_ru": "Анналена Бербок",
            "kind": "person",
            "side": "other",
            "_popup": "1",
            "_to_field": "id",
        },
    )

    assert response.status_code == 200
    assert "popup_response" in response.content.decode() or "data-popup-response" in response.content.decode()
    assert Actor.objects.filter(
        name="Annalena Baerbock", name_en="Annalena Baerbock", name_ru="Анналена Бербок"
    ).exists()


def test_a_candidate_sends_only_its_chosen_actors_and_the_autocomplete_finds_the_others(editor_client, vocabulary):
    source = make_source(body=TWICE, published=datetime.date(2016, 12, 29))
    candidate, form = review_of(editor_client, source, "The United States on Thursday")
    page = editor_client.get(suggest_url(source)).content.decode()
    select = re.search(rf'<select name="{form.prefix}-target_actor".*?</select>', page, re.DOTALL).group(0)

    found = editor_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "timeline", "model_name": "event", "field_name": "target_actor", "term": "Lavr"},
    ).json()["results"]
    lavrov = Actor.objects.get(name="Sergey Lavrov")
    response = editor_client.post(
        suggest_url(source), posted(candidate, form, "accept", theater=vocabulary, target_actor=lavrov)
    )

    assert "admin-autocomplete" in select
    assert re.findall(r"<option[^>]*>([^<]*)</option>", select) == ["", "Russia"]
    assert "autocomplete.js" in page
    assert {"id": str(lavrov.pk), "text": "Sergey Lavrov"} in found
    assert response.status_code == 302
    assert Event.objects.get().target_actor == lavrov


def test_accepting_one_act_of_a_sentence_leaves_its_other_act_to_review(editor_client, vocabulary):
    source = make_source(
        body="The United States on Thursday sanctioned Russia and expelled 35 diplomats.",
        published=datetime.date(2016, 12, 30),
    )
    [(sanctions, form), (expulsion, _)] = editor_client.get(suggest_url(source)).context["reviews"]

    editor_client.post(suggest_url(source), posted(sanctions, form, "accept", theater=vocabulary))

    response = editor_client.get(suggest_url(source))
    assert [candidate.key for candidate, _ in response.context["reviews"]] == [expulsion.key]
    assert response.context["quoted_count"] == 0
