"""The interface in English and Russian: addresses, the language switch, hreflang, the catalogue,
Russian pages without English, dates and numbers in each language, embeds and oEmbed, the cache."""

import datetime
import gzip
import json
import re
from pathlib import Path

import numpy as np
import polib
import pytest
from django.utils import translation

from relations.catalogues import LOCALE_DIRECTORY, compile_catalogue
from timeline import backups, dates, localised
from timeline.models import Event

from .untranslated import data_texts, html_pieces, untranslated_words

pytestmark = pytest.mark.django_db

RUSSIAN_CATALOGUE = LOCALE_DIRECTORY / "ru" / "LC_MESSAGES" / "django.po"
PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[-+ #0]*\d*(?:\.\d+)?[sdfg%]")


def published_slug() -> str:
    return Event.objects.published().order_by("date").values_list("slug", flat=True).first()


# The catalogue


def test_every_entry_of_the_russian_catalogue_is_translated_and_keeps_its_placeholders():
    catalogue = polib.pofile(str(RUSSIAN_CATALOGUE))
    assert not catalogue.untranslated_entries(), [entry.msgid for entry in catalogue.untranslated_entries()]
    assert not catalogue.fuzzy_entries(), [entry.msgid for entry in catalogue.fuzzy_entries()]
    for entry in catalogue:
        translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        expected = set(PLACEHOLDER.findall(entry.msgid_plural or entry.msgid))
        for text in translations:
            assert set(PLACEHOLDER.findall(text)) <= expected | set(PLACEHOLDER.findall(entry.msgid)), entry.msgid
            assert "%(" not in entry.msgid or expected - {"%%"} <= set(PLACEHOLDER.findall(text)) | set(
                PLACEHOLDER.findall(entry.msgid)
            ), entry.msgid


def test_every_plural_entry_has_russians_forms():
    catalogue = polib.pofile(str(RUSSIAN_CATALOGUE))
    assert "nplurals=4;" in catalogue.metadata["Plural-Forms"]  # Django's own Russian catalogue's rule
    for entry in catalogue:
        if entry.msgid_plural:
            assert sorted(entry.msgstr_plural) == [0, 1, 2, 3], entry.msgid
            assert all(text.strip() for text in entry.msgstr_plural.values()), entry.msgid


@pytest.mark.parametrize(
    ("count", "russian"),
    [
        (1, "1 событие"),
        (2, "2 события"),
        (4, "4 события"),
        (5, "5 событий"),
        (11, "11 событий"),
        (12, "12 событий"),
        (21, "21 событие"),
        (22, "22 события"),
        (25, "25 событий"),
        (111, "111 событий"),
    ],
)
def test_counts_take_russians_one_few_and_many_forms(count, russian):
    with translation.override("ru"):
        assert translation.ngettext("%(count)d event", "%(count)d events", count) % {"count": count} == russian
        quotes = translation.ngettext("%(count)d quote", "%(count)d quotes", count) % {"count": count}
    assert quotes.split()[1] == {"событие": "цитата", "события": "цитаты", "событий": "цитат"}[russian.split()[1]]


def test_the_catalogue_compiles_without_gnu_gettext_and_gettext_reads_it(tmp_path: Path):
    copy = tmp_path / "django.po"
    copy.write_text(RUSSIAN_CATALOGUE.read_text(encoding="utf-8"), encoding="utf-8")
    compiled = polib.mofile(str(compile_catalogue(copy)))
    entries = {entry.msgid: entry.msgstr for entry in compiled}
    assert entries["Escalations and thaws"] == "Обострения и потепления"
    assert "Plural-Forms" in compiled.metadata


# Addresses


def test_english_is_unprefixed_and_russian_under_ru(client, seed):
    english, russian = client.get("/"), client.get("/ru/")
    assert english.status_code == russian.status_code == 200
    assert english["Content-Language"] == "en"
    assert russian["Content-Language"] == "ru"
    assert '<html lang="en">' in english.content.decode()
    assert '<html lang="ru">' in russian.content.decode()
    assert "Обострения и потепления" in russian.content.decode()
    assert "Escalations and thaws" in english.content.decode()


def test_the_address_alone_decides_the_language(client, seed):
    """Not the browser's Accept-Language nor a cookie: a shared link shows everyone the same page."""
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru", headers={"Cookie": "django_language=ru"})
    assert response["Content-Language"] == "en"
    assert "Accept-Language" not in response.get("Vary", "")
    assert client.get("/ru/", HTTP_ACCEPT_LANGUAGE="en")["Content-Language"] == "ru"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/en/", "/"),
        ("/en/embed/?theme=dark&category=military", "/embed/?theme=dark&category=military"),
        ("/en/sources/", "/sources/"),
        ("/en//elsewhere.example/", "/elsewhere.example/"),
        ("/en/\\elsewhere.example/", "/elsewhere.example/"),
    ],
)
def test_addresses_under_en_redirect_to_their_unprefixed_form_and_never_off_the_site(client, path, expected):
    response = client.get(path)
    assert response.status_code == 301
    assert response["Location"] == expected


def test_every_existing_address_keeps_working_in_english_and_exists_in_russian(client, seed):
    slug = published_slug()
    paths = [
        "/",
        f"/events/{slug}/",
        "/sources/",
        "/events.csv",
        "/events.json",
        "/events.timelinejs.json",
        "/embed/",
        f"/embed/events/{slug}/",
        "/chart.png",
        f"/oembed?url=http://testserver/events/{slug}/",
    ]
    for path in paths:
        assert client.get(path).status_code == 200, path
        assert client.get(f"/ru{path}").status_code == 200, path
    assert client.get("/favicon.ico").status_code == 301
    assert client.get("/admin/").status_code == 302
    assert client.get("/ru/admin/")["Location"].startswith("/ru/admin/login/")


def test_the_russian_admin_is_in_russian(admin_client, seed):
    page = admin_client.get("/ru/admin/timeline/event/").content.decode()
    assert "Опубликовать выбранные события" in page
    assert "События" in page
    assert 'hreflang="en"' in page  # the way back to the English admin


def test_the_russian_history_of_an_event_heads_its_columns_in_russian(admin_client, seed):
    """django-simple-history's Russian catalogue lacks its "Changes" column; ours translates it."""
    event = Event.objects.first()
    page = admin_client.get(f"/ru/admin/timeline/event/{event.pk}/history/").content.decode()
    assert '<th scope="col">Изменения</th>' in page
    assert "Changes" not in page


# The language switch and hreflang


def test_the_language_switch_keeps_the_filters_and_the_open_event(client, seed):
    slug = published_slug()
    query = f"category=military&category=diplomatic&date_from=2017-01-01&event={slug}"
    english = client.get(f"/?{query}").content.decode()
    russian = client.get(f"/ru/?{query}").content.decode()
    switch_to_russian = re.search(r'<a class="language-switch" href="([^"]+)" hreflang="ru"', english).group(1)
    switch_to_english = re.search(r'<a class="language-switch" href="([^"]+)" hreflang="en"', russian).group(1)
    assert switch_to_russian.replace("&amp;", "&") == f"/ru/?{query}"
    assert switch_to_english.replace("&amp;", "&") == f"/?{query}"


def test_pages_name_their_alternates_in_both_languages(client, seed):
    slug = published_slug()
    page = client.get(f"/ru/events/{slug}/").content.decode()
    assert f'<link rel="alternate" hreflang="en" href="http://testserver/events/{slug}/">' in page
    assert f'<link rel="alternate" hreflang="ru" href="http://testserver/ru/events/{slug}/">' in page
    assert f'<link rel="alternate" hreflang="x-default" href="http://testserver/events/{slug}/">' in page


# No English on a Russian page


def russian_public_paths(slug: str, source_id: int) -> list[tuple[str, int]]:
    return [
        ("/ru/", 200),
        (f"/ru/?category=military&date_from=2017-01-01&event={slug}", 200),
        ("/ru/?date_from=2017-13-01", 400),
        ("/ru/?date_from=2017-05-01&date_to=2017-04-01", 400),
        ("/ru/?event=no-such-event", 404),
        ("/ru/?category=cooperation&date_from=2020-01-01", 200),
        (f"/ru/events/{slug}/", 200),
        ("/ru/events/no-such-event/", 404),
        ("/ru/sources/", 200),
        (f"/ru/sources/{source_id}/", 200),
        ("/ru/embed/", 200),
        ("/ru/embed/?list=on&title=", 200),
        ("/ru/embed/?height=12&theme=розовая", 400),  # what the reader typed is echoed: no Latin in it here
        (f"/ru/embed/events/{slug}/", 200),
    ]


def test_russian_pages_have_no_english_interface_text(client, seed):
    from timeline.models import Source

    data = data_texts()
    for path, status in russian_public_paths(published_slug(), Source.objects.first().pk):
        response = client.get(path)
        assert response.status_code == status, path
        found = untranslated_words(html_pieces(response.content.decode()), data)
        assert not found, f"{path}: {found}"


def test_the_scan_finds_english_left_on_a_russian_page(seed):
    """The scan itself: an untranslated sentence is found; data and the language switch are not."""
    title = Event.objects.first().title
    html = (
        f'<html lang="ru"><body><p>Обострения</p><a>{title}</a><a lang="en">English</a>'
        '<p>Показать <span title="Copy link">всё</span></p></body></html>'
    )
    found = untranslated_words(html_pieces(html), data_texts())
    assert set(found) == {"Copy", "link"}


def test_russian_error_messages_of_the_downloads_and_oembed(client, seed):
    errors = client.get("/ru/events.json?date_from=завтра").json()["errors"]
    assert errors == ["Дата с (date_from): Введите дату в формате ГГГГ-ММ-ДД, например 2017-04-07."]
    answer = client.get("/ru/oembed?maxwidth=²")
    assert answer.status_code == 400
    assert "целое число пикселей от 1 до 10\xa0000" in answer.json()["error"]


# Dates and numbers


@pytest.mark.parametrize(
    ("precision", "english", "russian"),
    [
        (dates.DAY, "7 April 2017", "7 апреля 2017\u00a0г."),
        (dates.WEEK, "week of 3 April 2017", "неделя 3 апреля 2017\u00a0г."),
        (dates.MONTH, "April 2017", "апрель 2017\u00a0г."),
        (dates.YEAR, "2017", "2017\u00a0г."),
        (dates.APPROXIMATE, "around 7 April 2017", "около 7 апреля 2017\u00a0г."),
    ],
)
def test_dates_in_words_in_each_language(precision, english, russian):
    day = dates.normalise(datetime.date(2017, 4, 7), precision)
    with translation.override("en"):
        assert dates.in_words(day, precision) == english
    with translation.override("ru"):
        assert dates.in_words(day, precision) == russian


def test_spans_and_the_vectorised_dates_agree_with_the_events_own(seed):
    import pandas as pd

    from timeline.analysis import events_frame

    event = Event.objects.published().first()
    event.end_date = event.date + datetime.timedelta(days=2)
    for language in ("en", "ru"):
        with translation.override(language):
            frame = events_frame(Event.objects.filter(pk=event.pk))
            frame.loc[0, "end_date"] = pd.Timestamp(event.end_date)
            from timeline.analysis import dates_in_words

            assert dates_in_words(frame).iloc[0] == event.date_in_words()
    with translation.override("ru"):
        assert " — " in event.date_in_words()
        assert event.date_in_words().endswith("\u00a0г.")


def test_scores_and_quotation_marks_in_each_language():
    with translation.override("en"):
        assert (localised.decimal(-4), localised.decimal(8, signed=True), localised.decimal(1.9)) == (
            "−4.0",
            "+8.0",
            "1.9",
        )
        assert localised.quoted("Hi") == "“Hi”"
    with translation.override("ru"):
        assert (localised.decimal(-4), localised.decimal(8, signed=True), localised.decimal(1.9)) == (
            "−4,0",
            "+8,0",
            "1,9",
        )
        assert localised.decimal(-0.01) == "0,0"
        assert localised.quoted("Привет") == "«Привет»"


def test_a_chart_s_many_scores_are_written_at_once_as_each_alone():
    sums = [-4, 8, 1.9, -0.01, -3335.1000000000004, 12345.67]
    with translation.override("en"):
        assert localised.decimals(sums, signed=True) == ["−4.0", "+8.0", "+1.9", "0.0", "−3335.1", "+12345.6"]
    with translation.override("ru"):
        assert localised.decimals(sums) == ["−4,0", "8,0", "1,9", "0,0", "−3335,1", "12345,6"]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_numbers_written_together_are_each_written_as_django_s_number_format_writes_it_alone(language):
    # decimals() writes numbers near whole counts of millionths with integer arithmetic; decimal() one number at a
    # time through Django's numberformat. Halves of the last place, values past the fast path's range,
    # tiny values Python writes with an exponent, NaN and infinities included.
    rng = np.random.default_rng(7)
    values = [
        *np.round(np.cumsum(rng.normal(0, 1, 3000)) / 10, 3).tolist(),  # a relations index
        *np.round(rng.normal(0, 40, 2000), 1).tolist(),  # scores
        *np.cumsum(np.round(rng.normal(0, 3, 2000), 1)).tolist(),  # summed in floating point: 33.29999999999999
        *rng.normal(0, 40, 2000).tolist(),  # any double
        *[
            0.05,
            -0.05,
            0.005,
            -0.0049999,
            -0.045,
            0.049,
            -0.0045,
            -0.00045,
            0.0500001,
            -0.07,
            0.07,
            0.0,
            -0.0,
            1e-7,
            -1e-5,
            5e-05,
            2.97,
            2.675,
        ],
        *[
            1 / 3,
            -2 / 3,
            0.1 + 0.2,
            33.29999999999999,
            -0.30000000000000004,
            2.9999999999999996,
            0.5999999999999999,
            999.99,
            1000.0,
            -12345.67,
            1e20,
            0.25,
            -0.95,
        ],
        *[float("nan"), float("inf"), -float("inf")],
    ]
    with translation.override(language):
        for places in (1, 2, 3):
            for signed in (False, True):
                alone = [localised.decimal(value, places, signed) for value in values]
                assert localised.decimals(values, places, signed) == alone
                assert localised.decimals(np.asarray(values), places, signed) == alone
        assert localised.decimals([3, -4, 0, 12], signed=True) == [
            localised.decimal(n, signed=True) for n in (3, -4, 0, 12)
        ]


def test_the_russian_pages_write_scores_with_a_decimal_comma(client, seed):
    slug = Event.objects.published().filter(score__lt=0).values_list("slug", flat=True).first()
    score = Event.objects.get(slug=slug).score
    page = client.get(f"/ru/events/{slug}/").content.decode()
    assert f"−{abs(score):.1f}".replace(".", ",") in page
    assert re.search(r'class="score escalation">−\d+,\d<', page)


# The chart


def figure_of(response) -> dict:
    html = response.content.decode()
    return json.loads(
        re.search(r'<script type="application/json" id="timeline-figure"[^>]*>(.*?)</script>', html, re.S).group(1)
    )


def test_the_russian_chart_names_months_in_russian_and_loads_plotlys_russian_locale(client, seed):
    russian, english = client.get("/ru/"), client.get("/")
    ticks = figure_of(russian)["figure"]["layout"]["xaxis"]["ticktext"]
    assert any(re.search(r"(янв|февр|март|апр|май|июнь|июль|авг|сент|окт|нояб|дек)", tick) for tick in ticks), ticks
    assert not any(re.search(r"[A-Za-z]", tick) for tick in ticks)
    assert figure_of(russian)["locale"]["name"] == "ru"
    assert figure_of(russian)["locale"]["shortMonths"][3] == "апр."
    assert 'data-plotly-locale="/static/vendor/plotly-locales/ru.js"' in russian.content.decode()
    assert "data-plotly-locale" not in english.content.decode()
    static_ticks = re.findall(r'<text class="date-tick"[^>]*>([^<]+)</text>', russian.content.decode())
    assert static_ticks
    assert not any(re.search(r"[A-Za-z]", tick) for tick in static_ticks)


def test_plotlys_russian_locale_is_served_as_a_static_file(client):
    from django.contrib.staticfiles import finders

    found = finders.find("vendor/plotly-locales/ru.js")
    assert found
    assert "moduleType: 'locale'" in Path(found).read_text(encoding="utf-8")


def test_the_chart_description_is_in_russian_with_decimal_commas(client, seed):
    page = client.get("/ru/").content.decode()
    description = re.search(r'<span id="chart-description" class="chart-description">(.*?)</span>', page, re.S).group(1)
    assert "Индекс отношений на" in description
    assert re.search(r"[−+]?\d+,\d", description)
    assert not re.search(r"\d\.\d", description)


def test_the_link_preview_png_is_drawn_per_language(client, seed):
    english, russian = client.get("/chart.png"), client.get("/ru/chart.png")
    assert english.status_code == russian.status_code == 200
    assert english.content != russian.content
    assert 'content="http://testserver/ru/chart.png"' in client.get("/ru/").content.decode()


# Embeds and oEmbed


def test_the_embed_in_russian(client, seed):
    page = client.get("/ru/embed/?list=on").content.decode()
    assert '<html lang="ru"' in page
    assert "Хроника отношений России и США" in page
    assert 'href="http://testserver/ru/events/' in page or "/ru/events/" in page


def test_oembed_answers_in_the_language_of_the_page_asked_for(client, seed):
    slug = published_slug()
    russian = client.get("/oembed", {"url": "http://testserver/ru/?category=military"}).json()
    english = client.get("/ru/oembed", {"url": "http://testserver/?category=military"}).json()
    assert 'src="http://testserver/ru/embed/?category=military' in russian["html"]
    assert russian["provider_name"] == "Хроника отношений России и США"
    assert russian["provider_url"] == "http://testserver/ru/"
    assert 'src="http://testserver/embed/?category=military' in english["html"]
    assert english["provider_name"] == "US–Russia relations timeline"
    event = client.get("/oembed", {"url": f"http://testserver/ru/events/{slug}/"}).json()
    assert f'src="http://testserver/ru/embed/events/{slug}/' in event["html"]


def test_the_builder_offers_the_embed_in_either_language(client, seed):
    page = client.get("/ru/").content.decode()
    options = re.findall(r'<option value="(en|ru)" lang="\1"( selected)?\s+data-embed-path="([^"]+)"', page)
    assert [(code, selected.strip(), path) for code, selected, path in options] == [
        ("en", "", "/embed/"),
        ("ru", "selected", "/ru/embed/"),
    ]


# The response cache


def test_the_response_cache_never_serves_one_language_for_the_other(client, seed):
    """Both languages of a page, asked in turn and again: each is served from the cache in its own language."""
    for _round in range(2):
        english, russian = client.get("/embed/"), client.get("/ru/embed/")
        assert english["Content-Language"] == "en"
        assert '<html lang="en"' in english.content.decode()
        assert russian["Content-Language"] == "ru"
        assert '<html lang="ru"' in russian.content.decode()
        assert english["ETag"] != russian["ETag"]
    # A Russian reader's browser asking for the English page still gets the English one.
    assert client.get("/embed/", HTTP_ACCEPT_LANGUAGE="ru")["Content-Language"] == "en"
    revalidated = client.get("/ru/embed/", headers={"If-None-Match": english["ETag"]})
    assert revalidated.status_code == 200
    assert revalidated["Content-Language"] == "ru"


# English msgids left on Russian pages


def english_interface_phrases() -> set[str]:
    """The catalogue's English phrases of two words or more whose Russian differs: none may be on a Russian page."""
    catalogue = polib.pofile(str(RUSSIAN_CATALOGUE))
    phrases = set()
    for entry in catalogue:
        english = entry.msgid
        translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for piece in re.split(r"%\(\w+\)[sd]|\{\}|\{\{[^}]*\}\}|<[^>]+>", english):
            piece = " ".join(piece.split()).strip(" .,:;()“”")
            if len(piece.split()) >= 2 and not any(piece in text for text in translations):
                phrases.add(piece)
    return phrases


def test_russian_pages_and_embeds_hold_no_phrase_of_the_english_catalogue(client, seed):
    from timeline.models import Source

    phrases, data = english_interface_phrases(), data_texts()
    assert "Escalations and thaws" in phrases  # the check has something to find
    for path, _status in russian_public_paths(published_slug(), Source.objects.first().pk):
        text = " ".join(
            " ".join(piece.split())
            for piece, language in html_pieces(client.get(path).content.decode())
            if language.startswith("ru")
        )
        left = {phrase for phrase in phrases if phrase in text and not any(phrase in item for item in data)}
        assert not left, f"{path}: {sorted(left)}"


# The assistant's admin pages and the management commands


# What editors type or read as it is written: file types, encodings, language tags, the scale's source.
EDITORS_TERMS = {"txt", "UTF", "IETF", "en", "ru", "GDELT"}


def test_the_assistants_admin_pages_are_in_russian(admin_client, seed, shipped_vocabulary):
    from timeline.models import LexiconEntry, Source

    source = Source.objects.get(outlet="HotAir")
    lexicon = LexiconEntry.objects.values_list("expression", "event_type")  # CAMEO's types are named in English
    data = sorted({*data_texts(), *(text for entry in lexicon for text in entry)}, key=len, reverse=True)
    pages = {
        "/ru/admin/timeline/source/add/": ["Добавить источник по его тексту", "Текст статьи", "Или файл .txt"],
        f"/ru/admin/timeline/source/{source.pk}/suggest/": ["Предложенные события", "Принять как черновик события"],
        "/ru/admin/timeline/lexiconentry/": ["Статьи лексикона", "Код CAMEO"],
        "/ru/admin/timeline/lexiconentry/add/": ["Выражение", "Значение по шкале Голдстейна"],
        "/ru/admin/timeline/candidatedecision/": ["Решения по кандидатам"],
    }
    for path, expected in pages.items():
        response = admin_client.get(path)
        assert response.status_code == 200, path
        page = response.content.decode()
        for text in expected:
            assert text in page, (path, text)
        found = untranslated_words(html_pieces(page), data)
        assert not found.keys() - EDITORS_TERMS, f"{path}: {found}"


def test_the_paste_form_refuses_in_russian(admin_client, seed):
    response = admin_client.post(
        "/ru/admin/timeline/source/add/",
        {"outlet": "ТАСС", "published": "2017-04-07", "text": "", "language": ""},
    )
    assert "Вставьте текст статьи или загрузите её файл — что-то одно." in response.content.decode()


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LC_ALL": "ru_RU.UTF-8", "LANG": "en_US.UTF-8"}, "ru"),
        ({"LANGUAGE": "de:ru", "LANG": "en_GB.UTF-8"}, "ru"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_commands_speak_the_language_of_their_environment(environment, language):
    from timeline.management.localised import environment_language

    assert environment_language(environment) == language


def test_a_command_run_under_a_russian_locale_answers_in_russian(monkeypatch, tmp_path):
    import io

    from django.core.management import CommandError, call_command

    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    # restore first: it refuses a database holding rows that migrate did not create
    cut_short = tmp_path / "cut-short.jsonl.gz"
    with gzip.open(cut_short, "wt", encoding="utf-8") as backup:
        backup.write(json.dumps({"format": backups.FORMAT, "version": backups.VERSION, "migrations": []}) + "\n")
    with pytest.raises(CommandError, match="Резервная копия обрывается до итоговой сводки"):
        call_command("restore", str(cut_short), stdout=io.StringIO())
    article = tmp_path / "statya.txt"
    article.write_text("Россия выслала 60 американских дипломатов\nМосква ответила на решение Вашингтона.\n")
    output = io.StringIO()
    call_command("import_article", str(article), "--outlet", "ТАСС", "--published", "2018-03-29", stdout=output)
    assert output.getvalue().startswith("Импортирован ТАСС")
    assert "мусора со страницы не удалено" in output.getvalue()
    with pytest.raises(CommandError, match="Источника № 404 нет"):
        call_command("suggest_events", "404", stdout=io.StringIO())
    assert translation.get_language() == "en"  # the command's language ends with it

    monkeypatch.setenv("LANG", "en_US.UTF-8")
    with pytest.raises(CommandError, match="There is no source #404"):
        call_command("suggest_events", "404", stdout=io.StringIO())
