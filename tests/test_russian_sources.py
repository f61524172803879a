"""Sources in Russian: imported from a file and from the admin's paste form, their page debris removed,
their quotes verified in Russian, cited beside English sources, with an editor's translation marked as one."""

import datetime
import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from tests.factories import make_source, make_theater
from tests.test_admin import event_form_data
from timeline.cleaning import parse_article
from timeline.importers import language_of
from timeline.models import Event, Evidence, Source
from timeline.quotes import locate

pytestmark = pytest.mark.django_db
DATA = Path(__file__).resolve().parent / "data"
RIA = DATA / "ria-2016-12-30-no-expulsions-with-debris.txt"
HEADLINE = "Путин отказался высылать американских дипломатов в ответ на санкции"
PUTIN_QUOTE = "«Мы не будем создавать проблем американским дипломатам», — сказал Путин."


def import_ria(**options):
    output = io.StringIO()
    call_command("import_article", str(RIA), outlet="РИА Новости", published="2016-12-30", stdout=output, **options)
    return output.getvalue()


def test_a_russian_article_is_imported_from_a_file_its_language_told_and_its_debris_reported():
    output = import_ria()

    source = Source.objects.get()
    assert source.headline == HEADLINE
    assert source.language == "ru"
    assert source.raw_text == RIA.read_text(encoding="utf-8")
    assert source.body.startswith("МОСКВА, 30 декабря — РИА Новости. Президент России Владимир Путин в пятницу")
    assert PUTIN_QUOTE in source.body
    assert "ёлку в Кремль" in source.body
    for debris in ("Читайте также", "Фото:", "Подписывайтесь", "Реклама", "Поделиться", "Ctrl+Enter", "©", "Автор:"):
        assert debris not in source.body, debris
    assert "(language ru, told from its text); removed 12 lines of page debris:" in output
    assert "    line 1 (byline or timestamp): 30 декабря 2016, 15:42" in output
    assert "    line 16 (site trailer): Подписывайтесь на РИА Новости в Telegram" in output


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Читайте также: Госдума приняла закон о противодействии санкциям", "site trailer"),
        ("Смотрите также", "site trailer"),
        ("Подпишитесь на наш канал в Дзене", "site trailer"),
        ("Реклама 18+", "site trailer"),
        ("Поделиться:", "site trailer"),
        ("ВКонтакте Одноклассники Telegram", "site trailer"),
        ("Новости по теме", "site trailer"),
        ("Ошибка в тексте? Выделите ее мышью и нажмите Ctrl + Enter", "site trailer"),
        ("При полном или частичном использовании материалов ссылка на Интерфакс обязательна.", "site trailer"),
        ("Теги: США, Россия, санкции", "site trailer"),
        ("Время чтения: 3 мин.", "site trailer"),
        ("Фото: Сергей Бобылев / ТАСС", "photo or video credit"),
        ("Сергей Лавров © Алексей Никольский / ТАСС", "photo or video credit"),
        ("Посольство США в Москве. Фото: Reuters", "photo or video credit"),
        ("29 марта 2018, 14:35", "byline or timestamp"),
        ("14:35, 29 марта 2018", "byline or timestamp"),
        ("Опубликовано: 29.03.2018 в 14:35 (мск)", "byline or timestamp"),
        ("Текст: Мария Иванова", "byline or timestamp"),
    ],
)
def test_russian_page_furniture_of_every_kind_is_debris(line, reason):
    parsed = parse_article(f"Россия выслала 60 американских дипломатов\n{line}\nТекст статьи остается.")

    assert [(removed.text, removed.reason) for removed in parsed.removed] == [(line, reason)]
    assert parsed.body == "Текст статьи остается."


@pytest.mark.parametrize(
    "prose",
    [
        "Как сообщил источник, переговоры сорваны.",
        "Реклама американских товаров в России запрещена не будет, заявил министр.",
        "Песков заявил, что Кремль не будет комментировать эти фото.",
        "Подписание договора назначено на 5 апреля.",
        "Лавров: «Мы ответим».",
        "29 марта 2018 года Россия выслала 60 дипломатов.",
    ],
)
def test_russian_prose_that_resembles_furniture_is_kept(prose):
    parsed = parse_article(f"Заголовок статьи\n{prose}")

    assert parsed.removed == []
    assert parsed.body == prose


def test_the_language_is_told_from_the_letters():
    assert language_of("Россия выслала 60 американских дипломатов, заявил МИД (MFA).") == "ru"
    assert language_of("Russia expelled 60 US diplomats, said Lavrov («Лавров»).") == "en"
    assert language_of("") == "en"


def test_a_given_language_is_kept_and_one_that_is_no_tag_refused():
    import_ria(language="ru-RU")
    assert Source.objects.get().language == "ru-RU"

    with pytest.raises(Exception, match="not a language tag"):
        call_command(
            "import_article", str(RIA), outlet="ТАСС", published="2016-12-30", language="русский", stdout=io.StringIO()
        )
    assert Source.objects.count() == 1


def test_a_pasted_russian_article_is_previewed_with_its_language_and_saved(editor_client):
    url = reverse("admin:timeline_source_add")
    details = {"outlet": "ТАСС", "published": "2016-12-30", "url": "", "author": "", "language": ""}
    raw = RIA.read_text(encoding="utf-8")

    preview = editor_client.post(url, {**details, "text": raw, "preview": "Preview"})

    page = preview.content.decode()
    assert preview.status_code == 200
    assert preview.context["preview"].source.headline == HEADLINE
    assert 'id="preview-language">ru · told from the text' in page
    assert "Нашли опечатку? Выделите текст и нажмите Ctrl+Enter" in page
    form = preview.context["form"]
    saved = editor_client.post(
        url,
        {
            **details,
            "language": form.initial["language"],
            "text": form.initial["text"],
            "save": "Save",
            "previewed": form.initial["previewed"],
        },
    )
    assert saved.status_code == 302
    source = Source.objects.get()
    assert (source.language, source.headline) == ("ru", HEADLINE)
    assert "Реклама" not in source.body


# Quotes verified in the source's language


def russian_source():
    import_ria()
    return Source.objects.get(language="ru")


def evidence_post(editor_client, source, quote, **evidence):
    return editor_client.post(
        reverse("admin:timeline_event_add"),
        event_form_data(make_theater(), [{"source": str(source.pk), "quote": quote, "speaker": "", **evidence}]),
    )


def test_a_russian_quote_is_verified_and_stored_at_its_place(editor_client):
    source = russian_source()

    response = evidence_post(editor_client, source, PUTIN_QUOTE)

    assert response.status_code == 302
    evidence = Evidence.objects.get()
    assert source.body[evidence.start : evidence.end] == PUTIN_QUOTE


def test_in_russian_the_refusal_of_a_quote_ends_its_sentence_once_after_the_date():
    source = russian_source()

    with translation.override("ru"):
        message = Evidence(source=source, quote="Этих слов в статье нет.").not_found_message()

    assert str(source.published.year) + "\u00a0г. " in message + " "
    assert "г.." not in message


def test_a_wrong_russian_quote_is_refused_with_the_nearest_passage(editor_client):
    source = russian_source()

    response = evidence_post(
        editor_client, source, "«Мы будем создавать проблемы американским дипломатам», — сказал Путин."
    )

    assert response.status_code == 200
    [error] = response.context["inline_admin_formsets"][0].formset.errors[0]["quote"]
    assert f"This quote does not occur word for word in {source}." in error
    assert "The nearest passage is: “" in error
    assert "«Мы не будем создавать проблем американским дипломатам», — сказал Путин." in error
    assert not Event.objects.exists()


@pytest.mark.parametrize(
    "typed",
    [
        "на новогоднюю елку в Кремль",  # «е» for «ё»
        "«Мы не будем создавать проблем американским дипломатам»",
        "„Мы не будем создавать проблем американским дипломатам“",  # „лапки“ for «ёлочки»
        '"Мы не будем создавать проблем американским дипломатам"',
    ],
)
def test_e_for_yo_and_another_quotation_mark_are_the_same_and_the_quote_is_kept_as_the_source_writes_it(
    editor_client, typed
):
    source = russian_source()

    response = evidence_post(editor_client, source, typed)

    assert response.status_code == 302
    evidence = Evidence.objects.get()
    assert evidence.quote == source.body[evidence.start : evidence.end]
    assert evidence.quote in ("на новогоднюю ёлку в Кремль", "«Мы не будем создавать проблем американским дипломатам»")


@pytest.mark.parametrize(
    "typed",
    [
        "мы не будем создавать проблем",  # case is not folded
        "«Мы не будем создавать проблем американским дипломатам», - сказал Путин.",  # a hyphen is not a dash
        "на новогоднюю йолку в Кремль",  # no other letter
    ],
)
def test_nothing_else_may_differ(typed):
    body = parse_article(RIA.read_text(encoding="utf-8")).body

    assert locate(typed, body) is None


def test_an_event_cites_an_english_and_a_russian_source_for_the_same_happening(editor_client):
    english = make_source(
        body="Russian President Vladimir Putin said on Friday that Moscow would not expel US diplomats.",
        outlet="Example Wire",
        published=datetime.date(2016, 12, 30),
    )
    russian = russian_source()
    quote = "Москва не будет высылать американских дипломатов в ответ на новые санкции США"

    response = editor_client.post(
        reverse("admin:timeline_event_add"),
        event_form_data(
            make_theater(),
            [
                {"source": str(english.pk), "quote": "Moscow would not expel US diplomats", "speaker": ""},
                {"source": str(russian.pk), "quote": quote, "speaker": "Владимир Путин"},
            ],
            status="published",
        ),
    )

    assert response.status_code == 302
    event = Event.objects.get()
    assert [(item.source.language, item.quote) for item in event.evidence.order_by("pk")] == [
        ("en", "Moscow would not expel US diplomats"),
        ("ru", quote),
    ]
    page = editor_client.get(event.get_absolute_url()).content.decode()
    assert '<blockquote lang="en">“Moscow would not expel US diplomats”</blockquote>' in page
    assert f'<blockquote lang="ru">“{quote}”</blockquote>' in page


def test_an_editors_translation_is_stored_beside_the_quote_and_always_shown_as_a_translation(editor_client, client):
    source = russian_source()
    translation = "“We will not create problems for American diplomats,” Putin said."

    response = evidence_post(editor_client, source, PUTIN_QUOTE, translation=translation)
    assert response.status_code == 302
    event = Event.objects.get()
    event.status = Event.Status.PUBLISHED
    event.save()

    evidence = event.evidence.get()
    assert (evidence.quote, evidence.translation) == (PUTIN_QUOTE, translation)
    for url in (event.get_absolute_url(), reverse("timeline:embed_event", args=[event.slug])):
        page = client.get(url).content.decode()
        assert f"“{PUTIN_QUOTE.replace('»', '&raquo;').replace('«', '&laquo;')}”" in page or PUTIN_QUOTE in page
        marked = page.index("Editor’s translation, not the source’s words:")
        assert marked < page.index("We will not create problems")
