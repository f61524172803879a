"""Events, eras, theaters and actors in English and Russian, through real requests: each page, embed,
chart and download gives a reader their language's text, or the other one marked as such."""

import csv
import io
import json
import re

import pytest
from django.core.cache import cache
from django.utils import translation
from django.utils.translation import gettext

from timeline import bilingual, caching
from timeline.eras.models import Era
from timeline.models import Event

from .factories import make_actor, make_event, make_theater
from .responses import body, document

pytestmark = pytest.mark.django_db

RUSSIAN_ONLY = "Только по-русски: переговоры в Женеве"
BADGE_IN_RUSSIAN = '<span class="language-badge">in Russian</span>'


@pytest.fixture
def world():
    theater = make_theater("Syria")
    theater.name_ru = "Сирия"
    theater.save()
    actor = make_actor("Russia")
    actor.name_ru = "Россия"
    actor.save()
    both = make_event(
        title="Talks in Geneva",
        title_ru="Переговоры в Женеве",
        label="Geneva talks",
        label_ru="Женевские переговоры",
        summary="The two ministers met.",
        summary_ru="Министры встретились.",
        slug="talks-in-geneva",
        theater=theater,
        actors=[actor],
    )
    russian_only = make_event(
        title_en="", title_ru=RUSSIAN_ONLY, summary_en="", summary_ru="Текст только по-русски.", slug="russian-only"
    )
    return {"both": both, "russian_only": russian_only, "theater": theater, "actor": actor}


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


# Which text a reader gets


def test_a_text_missing_in_the_readers_language_is_the_other_ones_marked_with_its_language(world):
    shown = bilingual.shown(world["russian_only"], "title", "en")
    assert (shown.text, shown.language, shown.is_fallback) == (RUSSIAN_ONLY, "ru", True)
    assert shown.as_html() == f'<span lang="ru">{RUSSIAN_ONLY}</span> {BADGE_IN_RUSSIAN}'
    assert shown.as_text() == f"{RUSSIAN_ONLY} (in Russian)"


def test_a_text_in_the_readers_language_is_plain_and_escaped(world):
    world["both"].title_ru = "Переговоры <b>в Женеве</b>"
    shown = bilingual.shown(world["both"], "title", "ru")
    assert (shown.language, shown.is_fallback) == ("ru", False)
    assert shown.as_html() == "Переговоры &lt;b&gt;в Женеве&lt;/b&gt;"


def test_a_regional_language_code_reads_its_language():
    assert bilingual.reader_language("ru-RU") == "ru"
    assert bilingual.reader_language("en-gb") == "en"
    assert bilingual.reader_language("fr") == "en"


def test_saving_in_russian_keeps_the_english_text_in_the_fields_own_column(world):
    from django.utils import translation

    with translation.override("ru"):
        event = Event.objects.get(pk=world["both"].pk)
        event.summary_ru = "Министры встретились снова."
        event.save()
    assert Event.objects.filter(pk=event.pk, summary="The two ministers met.").exists()


# Pages


def test_an_event_page_marks_a_title_shown_in_the_other_language(client, world):
    text = page(client, world["russian_only"].get_absolute_url())
    assert (
        f'<h1 id="event-title-{world["russian_only"].pk}"><span lang="ru">{RUSSIAN_ONLY}</span> {BADGE_IN_RUSSIAN}</h1>'
        in text
    )
    assert '<span lang="ru">Текст только по-русски.</span>' in text


def test_an_event_page_in_the_readers_language_has_no_badge_but_its_neighbour_has(client, world):
    text = page(client, world["both"].get_absolute_url())
    assert f'<h1 id="event-title-{world["both"].pk}">Talks in Geneva</h1>' in text
    assert '<p class="summary">The two ministers met.</p>' in text
    assert text.count("language-badge") == 1, "only the link to the other event, which is in Russian alone"
    assert f'← <span lang="ru">{RUSSIAN_ONLY}</span> {BADGE_IN_RUSSIAN}</a>' in text


def test_the_timeline_list_and_the_embed_mark_the_fallback(client, world):
    for url in ("/", "/embed/"):
        text = page(client, url)
        assert f'<span lang="ru">{RUSSIAN_ONLY}</span> {BADGE_IN_RUSSIAN}' in text, url
        assert "Talks in Geneva" in text


def test_the_chart_names_the_language_of_a_fallback_in_its_hover_text(client, world):
    text = page(client, "/")
    assert f"{RUSSIAN_ONLY} (in Russian)" in text


def chart_labels(text):
    """The widest tier's labels of the page's chart payload, by text: [day, y, text, position, in italics]."""
    payload = json.loads(re.search(r'id="timeline-figure"[^>]*>(.*?)</script>', text, re.S).group(1))
    return {label[2]: label for label in payload["tiers"]["labels"][-1]}


def test_a_label_not_in_the_pages_language_is_italic_in_both_drawings_and_the_key_says_why(client, world):
    text = page(client, "/")
    labels = chart_labels(text)
    italic = {label for label, entry in labels.items() if entry[4]}
    assert italic == {label for label in labels if label != "Geneva talks"} != set(), labels
    assert 'class="label other-language" lang="ru"' in text, "the static chart's label, in italics by chart.css"
    assert "Labels in italics: in Russian" in text

    russian = page(client, "/ru/")
    assert not any(entry[4] for entry in chart_labels(russian).values())
    assert "other-language" not in russian
    assert "key-italic" not in russian


# Downloads


def csv_rows(response):
    return list(csv.reader(io.StringIO(body(response).decode("utf-8-sig"))))


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_csv_names_its_language_in_its_header_its_file_name_and_its_first_text_column(client, world, language):
    other = bilingual.other_language(language)
    response = client.get(f"/events.csv?lang={language}")
    assert response.status_code == 200
    assert response["Content-Language"] == language
    assert re.search(rf'filename="us-russia-events-\d{{4}}-\d\d-\d\d-{language}\.csv"', response["Content-Disposition"])
    header, *rows = csv_rows(response)
    assert header[header.index(f"title_{language}") + 1] == f"title_{other}"
    by_title = {row[header.index("title_ru")]: row for row in rows}
    assert by_title[RUSSIAN_ONLY][header.index("title_en")] == ""
    assert by_title["Переговоры в Женеве"][header.index("title_en")] == "Talks in Geneva"


def test_the_json_says_its_language_and_gives_every_text_in_both(client, world):
    response = client.get("/events.json?lang=ru")
    answer = document(response)
    assert response["Content-Language"] == answer["language"] == "ru"
    assert "lang" not in answer["filters"]
    events = {item["url"].rstrip("/").rsplit("/", 1)[-1]: item for item in answer["events"]}
    assert events["talks-in-geneva"]["title"] == {"en": "Talks in Geneva", "ru": "Переговоры в Женеве"}
    assert events["talks-in-geneva"]["theater"] == {"en": "Syria", "ru": "Сирия"}
    assert events["russian-only"]["title"] == {"en": None, "ru": RUSSIAN_ONLY}


def test_timelinejs_slides_are_in_the_downloads_language_with_the_other_marked(client, world):
    response = client.get("/events.timelinejs.json?lang=en")
    answer = document(response)
    assert response["Content-Language"] == answer["language"] == "en"
    headlines = {slide["unique_id"]: slide["text"]["headline"] for slide in answer["events"]}
    assert headlines["talks-in-geneva"] == "Talks in Geneva"
    assert headlines["russian-only"] == f'<span lang="ru">{RUSSIAN_ONLY}</span> {BADGE_IN_RUSSIAN}'

    russian = document(client.get("/events.timelinejs.json?lang=ru"))
    headlines = {slide["unique_id"]: slide["text"]["headline"] for slide in russian["events"]}
    assert headlines == {"talks-in-geneva": "Переговоры в Женеве", "russian-only": RUSSIAN_ONLY}


@pytest.mark.parametrize(
    ("address", "language"), [("/events.timelinejs.json?lang=ru", "ru"), ("/ru/events.timelinejs.json?lang=en", "en")]
)
def test_the_timelinejs_title_slide_is_in_the_downloads_language_whatever_the_address(client, world, address, language):
    """A Russian TimelineJS download asked for at the English address opened on "US–Russia relations timeline,
    All 2 published events" above Russian slides (and an English one from /ru/ in Russian)."""
    with translation.override(language):
        headline = gettext("US–Russia relations timeline")

    title = document(client.get(address))["title"]["text"]

    assert title["headline"] == headline
    assert (
        title["text"]
        == {"ru": "<p>Всего 2 опубликованных события.</p>", "en": "<p>All 2 published events.</p>"}[language]
    )


@pytest.mark.parametrize("endpoint", ["/events.csv", "/events.json", "/events.timelinejs.json"])
@pytest.mark.parametrize(
    ("address", "pages"), [("{endpoint}?lang=ru", "/ru/events/"), ("/ru{endpoint}?lang=en", "/events/")]
)
def test_a_downloads_links_lead_to_the_event_pages_in_its_language(client, world, endpoint, address, pages):
    """A Russian download from the English address linked every event to its English page (its "Страница
    события" too), and an English one from /ru/ to the Russian pages."""
    text = body(client.get(address.format(endpoint=endpoint))).decode()

    links = re.findall(r"http://testserver(/[a-z/]*events/)talks-in-geneva/", text)

    assert links
    assert set(links) == {pages}


@pytest.mark.parametrize("endpoint", ["/events.csv", "/events.json", "/events.timelinejs.json"])
def test_a_language_the_site_does_not_have_is_a_readable_400(client, world, endpoint):
    response = client.get(f"{endpoint}?lang=fr")
    assert response.status_code == 400
    assert "fr" in response.content.decode()
    assert "en or ru" in response.content.decode()


@pytest.mark.parametrize("endpoint", ["/events.csv", "/events.json", "/events.timelinejs.json"])
def test_each_language_of_a_download_is_kept_by_the_cache_apart_from_the_other(client, world, endpoint):
    cache.clear()
    caching.LOCAL_COPIES.clear()
    first = {language: body(client.get(f"{endpoint}?lang={language}")) for language in ("en", "ru")}
    assert first["en"] != first["ru"]
    for language in ("en", "ru"):
        again = client.get(f"{endpoint}?lang={language}")
        assert again["Content-Language"] == language
        assert body(again) == first[language]
        assert again.has_header("ETag"), "a download in a language the query asks for is cached"


# Eras


def test_an_era_without_a_russian_title_is_shown_in_english_marked_on_a_russian_download(client, world):
    Era.objects.create(
        title_en="A thaw",
        title_ru="",
        description_en="Talks resumed.",
        start=world["both"].date,
        direction="thaw",
        is_published=True,
    )
    answer = document(client.get("/events.timelinejs.json?lang=ru"))
    [era] = answer["eras"]
    assert era["text"]["headline"].startswith('<span lang="en">A thaw</span> <span class="language-badge">')


# Quotes and their translations


def test_an_editors_translation_is_shown_only_to_readers_of_the_other_language_with_its_lang(client, world):
    from timeline.models import Evidence

    from .factories import make_source

    quote = "Министр иностранных дел сказал, что отношения на низшей точке."
    source = make_source(language="ru", body=quote)
    Evidence.objects.create(
        event=world["both"],
        source=source,
        quote=quote,
        translation="The foreign minister said relations were at a low point.",
        start=0,
        end=len(quote),
    )
    english_page = page(client, world["both"].get_absolute_url())
    assert f'<blockquote lang="ru">“{quote}”</blockquote>' in english_page
    assert (
        '<p class="translation" lang="en"><span class="label">Editor’s translation, not the source’s words:</span> '
        "The foreign minister said relations were at a low point.</p>"
    ) in english_page

    source.language = "en"  # a reader of the quote's language needs no translation
    source.save()
    assert 'class="translation"' not in page(client, world["both"].get_absolute_url())


def test_editors_notes_missing_in_english_are_shown_in_russian_marked(client, world):
    Event.objects.filter(pk=world["russian_only"].pk).update(
        editor_notes_en="", editor_notes_ru="Датировано по статье."
    )
    text = page(client, world["russian_only"].get_absolute_url())
    assert f'<p class="editor-notes"><span lang="ru">Датировано по статье.</span> {BADGE_IN_RUSSIAN}</p>' in text


def test_the_lists_first_quote_says_its_sources_language(client, world):
    from .factories import make_source

    quote = "Министры встретились в Женеве."
    make_event(slug="quoted-in-russian", source=make_source(language="ru", body=quote), quote=quote)
    text = page(client, "/")
    assert f'<blockquote lang="ru">“{quote}”' in text
    assert '<blockquote lang="en">“The foreign minister said relations were at a low point.”' in text


def test_an_eras_quotes_say_their_sources_language(client, world):
    from timeline.eras.models import EraEvidence

    from .factories import make_source

    quote = "Министры встретились в Женеве."
    era = Era.objects.create(
        title_en="A thaw",
        description_en="Talks resumed.",
        start=world["both"].date,
        direction="detente",
        is_published=True,
    )
    source = make_source(language="ru", body=quote)
    EraEvidence.objects.create(era=era, source=source, quote=quote, start=0, end=len(quote))
    assert f'<p lang="ru">“{quote}”</p>' in page(client, "/")


# Search


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("женеве", "talks-in-geneva"),
        ("ЖЕНЕВЕ", "talks-in-geneva"),
        ("Министры", "talks-in-geneva"),
        ("Geneva", "talks-in-geneva"),
        ("MINISTERS", "talks-in-geneva"),
        ("по-русски", "russian-only"),
    ],
)
def test_the_search_finds_words_of_either_language(client, world, query, slug):
    results = page(client, f"/?q={query}").split('id="results"', 1)[-1]
    assert f'data-event-slug="{slug}"' in results, query


def test_the_search_finds_a_russian_only_event_by_its_russian_words_and_nothing_else(client, world):
    text = page(client, "/?q=текст").split('id="results"', 1)[-1]
    assert 'data-event-slug="russian-only"' in text
    assert 'data-event-slug="talks-in-geneva"' not in text


def test_a_russian_timelinejs_download_writes_its_slides_and_title_in_russian(client, world):
    theater = world["theater"]
    response = client.get(f"/events.timelinejs.json?lang=ru&date_from=2000-01-02&theater={theater.slug}&q=Женеве")
    assert response.status_code == 200, response.content.decode()
    answer = document(response)

    title = answer["title"]["text"]["text"]
    assert "с 2 января 2000\u00a0г." in title
    assert "арены: Сирия" in title
    assert "по запросу «Женеве»" in title
    [slide] = answer["events"]
    text = slide["text"]["text"]
    assert "Страница события</a>" in text
    assert "Event page" not in text
    assert "Source:" not in text
    assert ",0 " in text, "the score is written with a decimal comma"


def test_a_sources_own_words_are_marked_with_its_language_on_a_page_in_the_other(client, world):
    """A screen reader reads an English article's headline, body, speakers and citations in English on the Russian
    site (WCAG 3.1.2), and the timeline's own links inside the article in the page's language."""
    from timeline.models import Evidence

    from .factories import make_source

    quote = "The minister said relations were at a low point."
    source = make_source(language="en", headline="Relations at a low point", body=quote)
    Evidence.objects.create(
        event=world["both"], source=source, quote=quote, speaker="A spokesman", start=0, end=len(quote)
    )

    listed = page(client, "/ru/sources/")
    assert f'href="/ru/sources/{source.pk}/" lang="en">Relations at a low point</a>' in listed
    article = page(client, f"/ru/sources/{source.pk}/")
    assert '<h1 lang="en">Relations at a low point</h1>' in article
    assert '<div class="source-body" lang="en">' in article
    assert '<a class="passage-event" lang="ru" href="/ru/events/talks-in-geneva/">Переговоры в Женеве</a>' in article
    event_page = page(client, "/ru/events/talks-in-geneva/")
    assert '<span class="speaker" lang="en">A spokesman</span>' in event_page
    assert '<span lang="en">«Relations at a low point»</span>' in event_page


def test_russian_year_marks_stay_on_their_years_line_in_editors_texts_but_not_in_the_downloads(client):
    event = make_event(
        title_ru="Высылка дипломатов",
        summary_ru="Как и в 1991–1993 гг., обе стороны высылали дипломатов.",
        editor_notes_ru="По репортажу от пятницы, 7 апреля 2017 г., день не назван.",
    )

    page = client.get(f"/ru{event.get_absolute_url()}").content.decode()

    assert "1991–1993\u00a0гг., обе" in page
    assert "7 апреля 2017\u00a0г., день" in page
    assert "2017 г." not in page
    csv_text = body(client.get("/events.csv?lang=ru")).decode()
    assert "1991–1993 гг., обе" in csv_text, "a download keeps the editor's text as typed"


def test_a_russian_outlets_name_and_the_titles_of_what_its_passages_back_are_marked_on_an_english_page(client, world):
    """«ТАСС» is read in Russian beside the Russian headline it names, and no English title sits unmarked inside a
    Russian article (the passage's link used to carry the event's title as a tooltip in the article's language)."""
    from timeline.models import Evidence

    from .factories import make_source

    quote = "Министры встретились в Женеве."
    source = make_source(language="ru", outlet="ТАСС", headline="Министры встретились", body=quote)
    Evidence.objects.create(event=world["both"], source=source, quote=quote, start=0, end=len(quote))

    assert '<span lang="ru">ТАСС</span>, <span lang="ru">“Министры встретились”</span>' in page(
        client, "/events/talks-in-geneva/"
    )
    assert '<p class="meta"><span lang="ru">ТАСС</span> · ' in page(client, "/sources/")
    article = page(client, f"/sources/{source.pk}/")
    assert '<p class="kicker" lang="ru">ТАСС</p>' in article
    assert f'<a href="/events/talks-in-geneva/">{quote}</a>' in article
