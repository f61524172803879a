"""The data downloads (CSV, JSON, TimelineJS3 JSON) through the Django test client, and their builders."""

import csv
import datetime
import io
import re
from pathlib import Path

import pandas as pd
import pytest
from django.core.cache import cache
from django.utils import timezone, translation

from timeline import caching, content_version, download_words, downloads
from timeline.eras.models import Era
from timeline.models import Actor, ContentVersion, Event, Evidence
from timeline.views.downloads import too_many

from .factories import add_evidence, make_actor, make_event, make_source, make_theater
from .responses import body, document

pytestmark = pytest.mark.django_db

ENDPOINTS = ["/events.csv", "/events.json", "/events.timelinejs.json"]
CSV_COLUMNS = [
    "date",
    "date_precision",
    "date_text",
    "end_date",
    "title_en",
    "title_ru",
    "label_en",
    "label_ru",
    "summary_en",
    "summary_ru",
    "url",
    "score",
    "category",
    "theater",
    "actors",
    "initiator",
    "target",
    "eras",
    "quote_1",
    "quote_1_language",
    "quote_1_translation",
    "quote_1_speaker",
    "quote_1_outlet",
    "quote_1_headline",
    "quote_1_date",
    "quote_1_url",
]
BODY = (
    "Secretary of State Rex Tillerson said the strikes were a proportional response. "
    "The Kremlin called the strikes an act of aggression.\n\n"
    "Congress passed new   sanctions\non Russia. Moscow said it would retaliate against the sanctions.\n\n"
    "Both space agencies said they would keep working together on the station. "
    "The presidents spoke by telephone about Syria."
)
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_ATTRIBUTE = '"><img src=x onerror=alert(1)>'


@pytest.fixture
def world():
    """Four published events of every precision, a draft and an event in review."""
    russia = make_actor("Russia", Actor.Side.RUSSIA)
    united_states = make_actor("United States", Actor.Side.UNITED_STATES)
    source = make_source(
        body=BODY,
        outlet="Example Wire",
        headline="Strikes and sanctions",
        published=datetime.date(2017, 7, 29),
        url="https://news.example/strikes-and-sanctions",
    )
    strikes = make_event(
        title="Missile strikes on Shayrat airbase",
        date=datetime.date(2017, 4, 7),
        category=Event.Category.MILITARY,
        theater=make_theater("Syria"),
        score=-10,
        actors=[united_states],
        quote=None,
    )
    add_evidence(strikes, source, "the strikes were a proportional response.", speaker="Rex Tillerson")
    phone_call = make_event(
        title="Presidents speak by telephone",
        date=datetime.date(2017, 5, 2),
        date_precision=Event.Precision.APPROXIMATE,
        category=Event.Category.DIPLOMATIC,
        score=1.9,
        actors=[russia, united_states],
        quote=None,
    )
    add_evidence(phone_call, source, "The presidents spoke by telephone about Syria.")
    sanctions = make_event(
        title="Sanctions bill becomes law",
        date=datetime.date(2017, 7, 24),
        date_precision=Event.Precision.WEEK,
        end_date=datetime.date(2017, 8, 2),
        category=Event.Category.SANCTIONS,
        score=-8,
        actors=[united_states, russia],
        quote=None,
    )
    congress = add_evidence(sanctions, source, "Congress passed new sanctions on Russia.")
    moscow = add_evidence(sanctions, source, "Moscow said it would retaliate against the sanctions.", speaker="Kremlin")
    space = make_event(
        title="Space agencies keep working together",
        date=datetime.date(2017, 8, 1),
        date_precision=Event.Precision.MONTH,
        category=Event.Category.COOPERATION,
        theater=make_theater("Space"),
        score=4,
        actors=[russia],
        quote=None,
    )
    add_evidence(space, source, "Both space agencies said they would keep working together on the station.")
    draft = make_event(
        title="Draft: strikes on Syria",
        date=datetime.date(2017, 4, 7),
        category=Event.Category.MILITARY,
        theater=make_theater("Syria"),
        score=-10,
        actors=[russia],
        status=Event.Status.DRAFT,
        quote=None,
    )
    add_evidence(draft, source, "The Kremlin called the strikes an act of aggression.", speaker="Kremlin")
    make_event(title="In review: space talks", status=Event.Status.REVIEW, theater=make_theater("Space"), quote=None)
    return {
        "source": source,
        "russia": russia,
        "strikes": strikes,
        "phone_call": phone_call,
        "sanctions": sanctions,
        "space": space,
        "congress": congress,
        "moscow": moscow,
    }


def csv_rows(response):
    return list(csv.DictReader(io.StringIO(body(response).decode("utf-8-sig"))))


def titles(response):
    """The event titles of a download, whatever its format."""
    if response["Content-Type"].startswith("text/csv"):
        return [row["title_en"] for row in csv_rows(response)]
    answer = document(response)
    if "title" in answer:
        return [slide["text"]["headline"] for slide in answer["events"]]
    return [event["title"]["en"] for event in answer["events"]]


STRIKES, PHONE_CALL, SANCTIONS, SPACE = (
    "Missile strikes on Shayrat airbase",
    "Presidents speak by telephone",
    "Sanctions bill becomes law",
    "Space agencies keep working together",
)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", [STRIKES, PHONE_CALL, SANCTIONS, SPACE]),
        ("category=military", [STRIKES]),
        ("category=military&category=sanctions", [STRIKES, SANCTIONS]),
        ("date_from=2017-07-25", [SANCTIONS, SPACE]),
        ("date_from=2017-04-01&date_to=2017-05-31", [STRIKES, PHONE_CALL]),
        ("direction=escalation", [STRIKES, SANCTIONS]),
        ("direction=thaw", [PHONE_CALL, SPACE]),
        ("theater=syria", [STRIKES]),
        ("theater=space&theater=syria", [STRIKES, SPACE]),
        ("actor={russia}", [PHONE_CALL, SANCTIONS, SPACE]),
        ("side=us", [STRIKES, PHONE_CALL, SANCTIONS]),
        ("q=retaliate", [SANCTIONS]),
        ("q=SPACE together", [SPACE]),
        ("q=aggression", []),
    ],
)
def test_filters_narrow_every_download_to_published_events_in_timeline_order(client, world, endpoint, query, expected):
    response = client.get(f"{endpoint}?{query.format(russia=world['russia'].pk)}")

    assert response.status_code == 200
    assert titles(response) == expected


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_drafts_and_their_quotes_never_appear(client, world, endpoint):
    everything = client.get(endpoint)
    searched = client.get(f"{endpoint}?q=Draft")

    assert b"Draft: strikes" not in body(everything)
    assert b"In review" not in body(everything)
    assert b"act of aggression" not in body(everything)
    assert titles(searched) == []


def test_the_csv_is_utf8_with_a_header_and_one_row_per_event(client, world):
    data_last_changed(datetime.date(2024, 2, 29))
    sanctions = world["sanctions"]

    response = client.get("/events.csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="us-russia-events-2024-02-29-en.csv"'
    assert b"\r\n" in body(response)
    frame = pd.read_csv(io.BytesIO(body(response)), keep_default_na=False)
    # The sanctions event has two quotes, so every row gets two sets of quote columns.
    second_quote = [column.replace("quote_1", "quote_2") for column in CSV_COLUMNS if column.startswith("quote_1")]
    assert list(frame.columns) == CSV_COLUMNS + second_quote
    assert len(frame) == 4
    assert frame["score"].tolist() == [-10.0, 1.9, -8.0, 4.0]
    row = frame.set_index("title_en").loc["Sanctions bill becomes law"]
    assert row["date"] == "2017-07-24"
    assert row["date_precision"] == "week"
    assert row["date_text"] == "week of 24 July 2017 to 2 August 2017"
    assert row["end_date"] == "2017-08-02"
    assert row["url"] == f"http://testserver/events/{sanctions.slug}/"
    assert row["category"] == "Sanctions and economic"
    assert row["theater"] == "Bilateral"
    assert row["actors"] == "Russia; United States"
    quote_parts = ["", "_language", "_translation", "_speaker", "_outlet", "_headline", "_date", "_url"]
    assert row[[f"quote_1{part}" for part in quote_parts]].tolist() == [
        "Congress passed new sanctions on Russia.",
        "en",
        "",
        "",
        "Example Wire",
        "Strikes and sanctions",
        "2017-07-29",
        "https://news.example/strikes-and-sanctions",
    ]
    assert row["quote_2"] == "Moscow said it would retaliate against the sanctions."
    assert row["quote_2_speaker"] == "Kremlin"
    strikes = frame.set_index("title_en").loc["Missile strikes on Shayrat airbase"]
    assert strikes["end_date"] == ""
    assert strikes["quote_1_speaker"] == "Rex Tillerson"
    assert strikes[second_quote].tolist() == [""] * 8


def test_the_json_downloads_are_named_by_day_and_language_but_still_open_at_their_address(client):
    """The page's "Download: JSON" showed the document in place of the page, and a saved copy was "events.json"
    whatever its day and language: the page's links now ask to download, and each document names itself."""
    make_event()
    data_last_changed(datetime.date(2024, 2, 29))

    json_download = client.get("/events.json?lang=ru")
    timelinejs = client.get("/ru/events.timelinejs.json")
    page = client.get("/?category=diplomatic").content.decode()

    assert json_download["Content-Disposition"] == 'inline; filename="us-russia-events-2024-02-29-ru.json"'
    assert timelinejs["Content-Disposition"] == 'inline; filename="us-russia-events-2024-02-29-ru.timelinejs.json"'
    links = re.findall(r'<a href="(/events[^"]*)" download>', page)
    assert links == [f"/events.{kind}?category=diplomatic" for kind in ("csv", "json", "timelinejs.json")]


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("", "us-russia-events-2024-02-29-en"),
        ("lang=ru&page=2", "us-russia-events-2024-02-29-ru"),
        ("date_from=2017-4-1", "us-russia-events-from-2017-04-01-2024-02-29-en"),
        ("date_from=2017-04-01&date_to=2017-06-30", "us-russia-events-from-2017-04-01-to-2017-06-30-2024-02-29-en"),
        ("category=military&date_to=2017-06-30", "us-russia-events-to-2017-06-30-filtered-2024-02-29-en"),
        ("initiator=ru&q=&actor=", "us-russia-events-filtered-2024-02-29-en"),
        ("q=++&direction=", "us-russia-events-2024-02-29-en"),
    ],
)
def test_a_downloads_name_says_its_filters(client, world, query, name):
    """Every download of a day had one name whatever its filters: a second view's CSV saved as "… (1).csv",
    and a saved file did not say which events it held."""
    data_last_changed(datetime.date(2024, 2, 29))

    for endpoint, disposition, extension in [
        ("/events.csv", "attachment", "csv"),
        ("/events.json", "inline", "json"),
        ("/events.timelinejs.json", "inline", "timelinejs.json"),
    ]:
        response = client.get(f"{endpoint}?{query}")

        assert response["Content-Disposition"] == f'{disposition}; filename="{name}.{extension}"'


def data_last_changed(day):
    """The published data last changed on `day`, at noon UTC (a change of the content version, as any save makes)."""
    content_version.content_changed()
    noon = datetime.datetime.combine(day, datetime.time(12), tzinfo=datetime.UTC)
    ContentVersion.objects.filter(pk=content_version.VERSION_ROW).update(changed_at=noon)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_a_kept_downloads_name_says_the_day_its_data_last_changed_not_the_day_it_was_kept(client, world, endpoint):
    """A download's name said the day it was made; the response cache kept it, name and all, so one made at 23:59
    was still named for that day when served after midnight (from a process's own copies, for as long as the data
    did not change). The name now says the day the data last changed, its Last-Modified, which is the day of any copy
    kept under that version."""
    data_last_changed(datetime.date(2024, 2, 28))
    at = lambda *moment: lambda: datetime.datetime(*moment, tzinfo=datetime.UTC)  # noqa: E731 (a short local helper)
    with pytest.MonkeyPatch.context() as clock:
        clock.setattr(timezone, "now", at(2024, 2, 29, 23, 59))
        made_before_midnight = client.get(endpoint)
        clock.setattr(timezone, "now", at(2024, 3, 1, 0, 1))
        kept = client.get(endpoint)
        cache.clear()
        caching.LOCAL_COPIES.clear()
        made_after_midnight = client.get(endpoint)

    name = made_after_midnight["Content-Disposition"]
    assert kept["Content-Disposition"] == name
    assert made_before_midnight["Content-Disposition"] == name
    assert "-2024-02-28-en." in name
    assert made_after_midnight["Last-Modified"] == "Wed, 28 Feb 2024 12:00:00 GMT"


def readme_section(title):
    text = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    return text.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_every_column_of_the_csv_and_field_of_the_json_is_documented(client, world):
    """A newsroom had to guess what a column held (date_precision's values, which quote_1_url, what the score's
    scale is): the README's Downloads section now names every one, and this keeps it doing so."""
    Era.objects.create(title_en="A thaw", start=datetime.date(2017, 5, 1), direction="thaw", is_published=True)
    documented = set(re.findall(r"`([a-z_0-9]+)`", readme_section("Downloads")))
    header = next(csv.reader(io.StringIO(body(client.get("/events.csv")).decode("utf-8-sig"))))
    answer = document(client.get("/events.json"))
    event = answer["events"][0]
    quote = event["quotes"][0]

    columns = {re.sub(r"^quote_\d+", "quote_1", column) for column in header}
    fields = {*answer, *event, *quote, *quote["source"], *answer["eras"][0]}

    assert columns - documented == set()
    assert fields - documented == set()


def test_the_csv_starts_with_a_byte_order_mark_so_excel_reads_russian_text_as_utf8(client, world):
    """Excel (Windows and Mac) opens a UTF-8 CSV without a byte order mark in the system's legacy code page, so
    «Санкции» became "РЎР°РЅРєС†РёРё": the CSV now starts with the mark, and the tools a newsroom reads it with
    still see a header that begins with `date`, and the Russian text as it was written."""
    world["sanctions"].title_ru = "Закон о санкциях «вступает в силу»"
    world["sanctions"].save()

    data = body(client.get("/events.csv?lang=ru"))

    assert data.startswith(b"\xef\xbb\xbfdate,")
    assert data.count(b"\xef\xbb\xbf") == 1
    frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", keep_default_na=False)
    assert frame.columns[0] == "date"
    assert frame.set_index("title_en").loc[SANCTIONS, "title_ru"] == "Закон о санкциях «вступает в силу»"
    assert pd.read_csv(io.BytesIO(data), keep_default_na=False).columns[0] == "date"  # pandas skips it unasked
    with io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="") as text:
        reader = csv.DictReader(text)
        rows = list(reader)
    assert reader.fieldnames is not None
    assert reader.fieldnames[0] == "date"
    assert [row["title_ru"] for row in rows if row["date"] == "2017-07-24"] == ["Закон о санкциях «вступает в силу»"]


def test_csv_permalinks_lead_to_the_event_pages(client, world):
    for row in csv_rows(client.get("/events.csv")):
        page = client.get(row["url"])
        assert page.status_code == 200
        assert row["title_en"].encode() in page.content


def test_a_source_without_a_web_address_is_cited_by_our_source_page(client):
    source = make_source(url="")
    event = make_event(source=source)
    evidence = Evidence.objects.get(event=event)

    [row] = csv_rows(client.get("/events.csv"))

    assert row["quote_1_url"] == f"http://testserver/sources/{source.pk}/#evidence-{evidence.pk}"


def test_csv_formula_cells_get_an_apostrophe_but_scores_stay_numbers(client):
    make_event(
        title='=HYPERLINK("https://evil.example","click")',
        summary="+1 for cooperation",
        score=-8,
        actors=[make_actor("@SUM(A1)")],
        theater=make_theater("-Syria"),
    )

    response = client.get("/events.csv")
    [row] = csv_rows(response)
    frame = pd.read_csv(io.BytesIO(body(response)))

    assert row["title_en"] == '\'=HYPERLINK("https://evil.example","click")'
    assert row["summary_en"] == "'+1 for cooperation"
    assert row["actors"] == "'@SUM(A1)"
    assert row["theater"] == "'-Syria"
    assert row["score"] == "-8.0"
    assert frame["score"].dtype == float
    assert frame["score"].tolist() == [-8.0]


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        *[("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"), ("\tx", "'\tx"), ("\rx", "'\rx")],
        *[("plain", "plain"), ("a=b", "a=b"), ("", "")],
    ],
)
def test_neutral_covers_every_dangerous_first_character(text, cell):
    assert downloads.neutral(text) == cell


def test_the_json_download_gives_count_filters_and_events_with_actors_and_quotes(client, world):
    source, sanctions = world["source"], world["sanctions"]

    response = client.get("/events.json?category=military&category=sanctions&date_from=2017-01-01&q=&direction=")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    answer = document(response)
    assert answer["language"] == "en"
    assert answer["count"] == 2
    assert answer["filters"] == {"category": ["military", "sanctions"], "date_from": "2017-01-01"}
    strikes, event = answer["events"]
    assert strikes["end_date"] is None
    # The shipped actors have their Russian names (migration 0017).
    assert strikes["actors"] == [{"en": "United States", "ru": "США"}]
    assert event == {
        "date": "2017-07-24",
        "date_precision": "week",
        "date_text": "week of 24 July 2017 to 2 August 2017",
        "end_date": "2017-08-02",
        "title": {"en": "Sanctions bill becomes law", "ru": None},
        "label": {"en": None, "ru": None},
        "summary": {"en": "A summary.", "ru": None},
        "url": f"http://testserver/events/{sanctions.slug}/",
        "score": -8.0,
        "category": "Sanctions and economic",
        "theater": {"en": "Bilateral", "ru": None},
        "actors": [{"en": "Russia", "ru": "Россия"}, {"en": "United States", "ru": "США"}],
        "initiator": None,
        "target": None,
        "quotes": [
            {
                "quote": "Congress passed new sanctions on Russia.",
                "language": "en",
                "translation": None,
                "speaker": "",
                "source": {
                    "outlet": "Example Wire",
                    "headline": "Strikes and sanctions",
                    "published": "2017-07-29",
                    "url": "https://news.example/strikes-and-sanctions",
                    "page": f"http://testserver/sources/{source.pk}/#evidence-{world['congress'].pk}",
                },
            },
            {
                "quote": "Moscow said it would retaliate against the sanctions.",
                "language": "en",
                "translation": None,
                "speaker": "Kremlin",
                "source": {
                    "outlet": "Example Wire",
                    "headline": "Strikes and sanctions",
                    "published": "2017-07-29",
                    "url": "https://news.example/strikes-and-sanctions",
                    "page": f"http://testserver/sources/{source.pk}/#evidence-{world['moscow'].pk}",
                },
            },
        ],
    }


def test_the_json_download_echoes_the_filters_as_the_form_cleaned_them(client, world):
    """The JSON's `filters` repeated the address as typed ("2017-4-1", " 2017-08-31 ", "007", a category twice,
    a search in spaces): one view's filters read differently from download to download, and not as what was
    applied. They are now the cleaned values, each written one way."""
    united_states = Actor.objects.get(name="United States")
    query = (
        "date_from=2017-4-1&date_to=+2017-08-31+&category=sanctions&category=military&category=military"
        f"&actor=00{united_states.pk}&theater=syria&theater=bilateral&q=++Missile++&direction=&initiator=&side=us&side=us"
    )

    answer = document(client.get(f"/events.json?{query}"))

    assert answer["filters"] == {
        "date_from": "2017-04-01",
        "date_to": "2017-08-31",
        "actor": [str(united_states.pk)],
        "side": ["us"],
        "category": ["military", "sanctions"],
        "theater": ["bilateral", "syria"],
        "q": "Missile",
    }
    assert [event["title"]["en"] for event in answer["events"]] == [STRIKES]
    assert document(client.get("/events.json?q=+++&lang=ru"))["filters"] == {}


def test_the_downloads_say_who_acted_and_who_was_acted_upon(client, world):
    """Filtered by "Initiated by", the CSV and the JSON named every actor of an event but not which one acted
    (the event's source actor, which the filter reads) nor on whom: a reader could not check the filter."""
    united_states, russia = Actor.objects.get(name="United States"), Actor.objects.get(name="Russia")
    Event.objects.filter(pk=world["sanctions"].pk).update(source_actor=united_states, target_actor=russia)
    Event.objects.filter(pk=world["space"].pk).update(source_actor=russia)

    rows = {row["title_en"]: row for row in csv_rows(client.get("/ru/events.csv?initiator=us&initiator=ru"))}
    events = document(client.get("/events.json?initiator=us&initiator=ru"))["events"]

    assert {title: (row["initiator"], row["target"]) for title, row in rows.items()} == {
        "Sanctions bill becomes law": ("США", "Россия"),
        "Space agencies keep working together": ("Россия", ""),
    }
    assert [(event["initiator"], event["target"]) for event in events] == [
        ({"en": "United States", "ru": "США"}, {"en": "Russia", "ru": "Россия"}),
        ({"en": "Russia", "ru": "Россия"}, None),
    ]


def test_the_source_page_address_in_the_json_shows_the_quote(client, world):
    quote = document(client.get("/events.json?category=sanctions"))["events"][0]["quotes"][1]
    page, anchor = quote["source"]["page"].split("#")

    assert f'id="{anchor}"'.encode() in client.get(page).content


RUSSIAN_BODY = "Лавров заявил, что отношения находятся на низшей точке."


def test_a_quote_says_its_language_and_carries_the_editors_translation(client):
    event = make_event(source=make_source(body=RUSSIAN_BODY, language="ru"), quote=RUSSIAN_BODY)
    Evidence.objects.filter(event=event).update(translation="Lavrov said relations were at a low point.")
    english = add_evidence(event, make_source(), "The foreign minister said relations were at a low point.")

    translated, untranslated = document(client.get("/events.json"))["events"][0]["quotes"]
    [row] = csv_rows(client.get("/events.csv"))

    assert translated["language"] == "ru"
    assert translated["translation"] == {"language": "en", "text": "Lavrov said relations were at a low point."}
    assert untranslated["language"] == english.source.language == "en"
    assert untranslated["translation"] is None
    assert [row["quote_1_language"], row["quote_1_translation"]] == ["ru", "Lavrov said relations were at a low point."]
    assert [row["quote_2_language"], row["quote_2_translation"]] == ["en", ""]


def test_an_event_without_actors_or_quotes_gets_empty_lists(client):
    make_event(quote=None)

    [event] = document(client.get("/events.json"))["events"]
    [row] = csv_rows(client.get("/events.csv"))

    assert event["actors"] == []
    assert event["quotes"] == []
    assert row["actors"] == ""
    assert row["quote_1"] == row["quote_1_url"] == ""


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_no_matching_events_give_an_empty_download(client, endpoint):
    response = client.get(f"{endpoint}?category=military")

    assert response.status_code == 200
    assert titles(response) == []


def test_the_timelinejs_document_has_a_title_slide_and_one_slide_per_event(client, world):
    response = client.get("/events.timelinejs.json?category=military&category=sanctions&date_from=2017-04-01")

    assert response["Content-Type"] == "application/json"
    answer = document(response)
    assert answer["title"]["text"]["headline"] == "US–Russia relations timeline"
    assert answer["title"]["text"]["text"] == (
        "<p>2 published events: from 1 April 2017; categories: Military, Sanctions and economic.</p>"
    )
    assert [slide["unique_id"] for slide in answer["events"]] == [world["strikes"].slug, world["sanctions"].slug]
    assert [slide["group"] for slide in answer["events"]] == ["Military", "Sanctions and economic"]
    assert [slide["score"] for slide in answer["events"]] == [-10.0, -8.0]


@pytest.mark.parametrize(
    ("address", "text"),
    [
        ("/events.timelinejs.json?initiator=us", "<p>1 published event: initiated by: United States.</p>"),
        (
            "/ru/events.timelinejs.json?initiator=us&initiator=ru",
            "<p>1 опубликованное событие: инициатор: США, Россия.</p>",
        ),
    ],
)
def test_the_timelinejs_title_slide_names_the_initiator_filter(client, world, address, text):
    """Filtered by who acted ("Initiated by" on the page), the title slide said "All 1 published event."."""
    Event.objects.filter(pk=world["sanctions"].pk).update(source_actor=Actor.objects.get(name="United States"))

    title = document(client.get(address))["title"]

    assert title["text"]["text"] == text


def test_an_unfiltered_timelinejs_title_slide_counts_all_events(client, world):
    title = document(client.get("/events.timelinejs.json"))["title"]

    assert title["text"]["text"] == "<p>All 4 published events.</p>"


def test_the_russian_timelinejs_title_slide_is_in_russian(client, world):
    filtered = document(client.get("/ru/events.timelinejs.json?category=military&category=sanctions"))["title"]
    everything = document(client.get("/ru/events.timelinejs.json"))["title"]

    assert filtered["text"]["headline"] == "Хроника отношений России и США"
    assert filtered["text"]["text"].startswith("<p>2 опубликованных события: ")
    assert everything["text"]["text"] == "<p>Всего 4 опубликованных события.</p>"


def test_timelinejs_dates_follow_the_precision(client, world):
    slides = {slide["unique_id"]: slide for slide in document(client.get("/events.timelinejs.json"))["events"]}

    strikes = slides[world["strikes"].slug]
    assert strikes["start_date"] == {"year": 2017, "month": 4, "day": 7, "display_date": "7 April 2017"}
    assert "end_date" not in strikes
    assert slides[world["space"].slug]["start_date"] == {"year": 2017, "month": 8, "display_date": "August 2017"}
    assert slides[world["phone_call"].slug]["start_date"] == {
        "year": 2017,
        "month": 5,
        "day": 2,
        "display_date": "around 2 May 2017",
    }
    sanctions = slides[world["sanctions"].slug]
    assert sanctions["start_date"] == {"year": 2017, "month": 7, "day": 24, "display_date": "week of 24 July 2017"}
    assert sanctions["end_date"] == {"year": 2017, "month": 8, "day": 2, "display_date": "2 August 2017"}


@pytest.mark.parametrize(
    ("date", "precision", "expected"),
    [
        (
            datetime.date(2017, 7, 27),
            "week",
            {"year": 2017, "month": 7, "day": 24, "display_date": "week of 24 July 2017"},
        ),
        (
            datetime.date(2017, 1, 1),
            "week",
            {"year": 2016, "month": 12, "day": 26, "display_date": "week of 26 December 2016"},
        ),
        (datetime.date(2017, 8, 15), "month", {"year": 2017, "month": 8, "display_date": "August 2017"}),
    ],
)
def test_timelinejs_start_dates_are_normalised_to_the_monday_or_the_month(date, precision, expected):
    assert download_words.start_date(date, precision) == expected


def test_the_timelinejs_text_has_summary_first_quote_speaker_and_links(client, world):
    strikes = world["strikes"]
    [slide] = document(client.get("/events.timelinejs.json?category=military"))["events"]

    assert slide["text"]["headline"] == "Missile strikes on Shayrat airbase"
    assert slide["text"]["text"] == (
        "<p>A summary.</p>"
        "<p>Score −10.0 on the Goldstein scale: strong escalation.</p>"
        '<blockquote lang="en"><p>“the strikes were a proportional response.”</p>'
        "<footer>— Rex Tillerson</footer></blockquote>"
        '<p>Source: <a href="https://news.example/strikes-and-sanctions">'
        '<span lang="en">Example Wire</span>, <span lang="en">“Strikes and sanctions”</span></a> · '
        f'<a href="http://testserver/events/{strikes.slug}/">Event page</a></p>'
    )


def test_a_timelinejs_quote_and_headline_say_the_language_of_their_source(client):
    """A screen reader reads an English quote on a Russian slide in English, and a Russian one on an English slide
    in Russian."""
    english_source = make_source(headline="Strikes", body="He said the strikes were lawful.")
    russian_source = make_source(outlet="ТАСС", headline="Удары", body="Он сказал, что удары незаконны.", language="ru")
    make_event(title="A", source=english_source, quote="the strikes were lawful")
    make_event(title="B", source=russian_source, quote="удары незаконны")

    russian = [slide["text"]["text"] for slide in document(client.get("/ru/events.timelinejs.json"))["events"]]
    english = [slide["text"]["text"] for slide in document(client.get("/events.timelinejs.json"))["events"]]

    assert '<blockquote lang="en"><p>«' in russian[0]
    assert '<span lang="en">«Strikes»</span></a>' in russian[0]
    assert '<blockquote lang="ru"><p>“' in english[1]
    assert '<span lang="ru">ТАСС</span>, <span lang="ru">“Удары”</span></a>' in english[1]


def test_a_timelinejs_slide_without_a_quote_links_to_the_event_page_only(client):
    event = make_event(quote=None, summary="")

    [slide] = document(client.get("/events.timelinejs.json"))["events"]

    assert slide["text"]["text"] == (
        "<p>Score −2.0 on the Goldstein scale: mild escalation.</p>"
        f'<p><a href="http://testserver/events/{event.slug}/">Event page</a></p>'
    )


def test_timelinejs_text_escapes_every_piece_of_user_text(client):
    hostile = f"{XSS_SCRIPT} {XSS_ATTRIBUTE}"
    source = make_source(
        body=f"He said {hostile} twice.", outlet=hostile, headline=hostile, url=f"https://news.example/{XSS_ATTRIBUTE}"
    )
    make_event(title=hostile, summary=hostile, quote=None, category=Event.Category.RHETORIC)
    add_evidence(Event.objects.get(), source, hostile, speaker=hostile)

    [slide] = document(client.get("/events.timelinejs.json"))["events"]
    searched = document(client.get("/events.timelinejs.json", {"q": hostile}))
    html = [searched["title"]["text"]["text"], slide["text"]["headline"], slide["text"]["text"]]

    for text in html:
        assert "<script" not in text
        assert "<img" not in text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert slide["text"]["headline"] == (
        "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
    )
    assert 'href="https://news.example/&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"' in slide["text"]["text"]


def test_a_source_address_that_is_not_a_web_address_is_never_linked(client):
    source = make_source(url="javascript:alert(1)")
    event = make_event(source=source)
    evidence = Evidence.objects.get(event=event)

    [slide] = document(client.get("/events.timelinejs.json"))["events"]

    assert "javascript:" not in slide["text"]["text"]
    assert f'href="http://testserver/sources/{source.pk}/#evidence-{evidence.pk}"' in slide["text"]["text"]


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("date_from=2017-13-45", "(date_from)"),
        ("category=nonsense", "(category)"),
        ("actor=abc", "(actor)"),
        ("actor=99999999999999999999", "(actor)"),
        ("theater=atlantis", "(theater)"),
        ("direction=sideways", "(direction)"),
        ("date_from=2017-05-01&date_to=2017-04-01", "start date (From) must be on or before"),
    ],
)
def test_invalid_filters_are_a_readable_400_never_a_500(client, world, query, parameter):
    as_csv = client.get(f"/events.csv?{query}")
    as_json = client.get(f"/events.json?{query}")
    as_timelinejs = client.get(f"/events.timelinejs.json?{query}")

    assert as_csv.status_code == 400
    assert as_csv["Content-Type"] == "text/plain; charset=utf-8"
    assert parameter in as_csv.content.decode()
    for response in (as_json, as_timelinejs):
        assert response.status_code == 400
        assert response["Content-Type"] == "application/json"
        errors = response.json()["errors"]
        assert errors
        assert all(isinstance(error, str) for error in errors)
        assert any(parameter in error for error in errors)


@pytest.mark.parametrize("query", ["date_from=2017-13-45", "lang=fr"])
@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_a_400_can_be_read_by_a_page_elsewhere_like_the_download(client, world, endpoint, query):
    """A notebook or an article's script fetching a CSV with a wrong filter got a CORS failure in place of the
    message (the CSV's 400 alone lacked the header its 200 and the JSON's 400 send)."""
    response = client.get(f"{endpoint}?{query}")

    assert response.status_code == 400
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_downloads_only_answer_get_and_head(client, endpoint):
    assert client.post(endpoint).status_code == 405
    assert client.head(endpoint).status_code == 200


def make_many_events(count, source, actor):
    for number in range(count):
        make_event(
            date=datetime.date(2017, 1, 1) + datetime.timedelta(days=number),
            source=source,
            actors=[actor],
            score=(number % 21) - 10,
        )


@pytest.mark.parametrize(
    ("endpoint", "queries"),
    # The content version; the number of events (against DOWNLOAD_MAX_EVENTS), and for the CSV of quote
    # columns; the eras (and the last day, for TimelineJS); the events, their actors (not for TimelineJS) and
    # their quotes; plus one for each model-backed filter (actor, theater).
    [("/events.csv", 7), ("/events.json", 6), ("/events.timelinejs.json", 6)],
)
def test_query_counts_do_not_grow_with_the_number_of_events(client, django_assert_num_queries, endpoint, queries):
    source, actor = make_source(), make_actor()
    filtered = f"{endpoint}?actor={actor.pk}&theater=bilateral&q=relations"

    make_many_events(10, source, actor)
    with django_assert_num_queries(queries):
        assert len(titles(client.get(endpoint))) == 10
    with django_assert_num_queries(queries + 2):
        assert len(titles(client.get(filtered))) == 10

    make_many_events(190, source, actor)
    with django_assert_num_queries(queries):
        assert len(titles(client.get(endpoint))) == 200
    with django_assert_num_queries(queries + 2):
        assert len(titles(client.get(filtered))) == 200


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_more_events_than_a_download_may_hold_get_a_400_asking_to_narrow_the_filters(client, world, endpoint, settings):
    settings.DOWNLOAD_MAX_EVENTS = 3

    refused = client.get(endpoint)
    narrowed = client.get(f"{endpoint}?date_to=2017-07-31")
    russian = client.get(f"/ru{endpoint}")

    assert refused.status_code == 400
    message = (
        "Events these filters select: 4; a download holds at most 3. Narrow the filters, for example with dates "
        "(date_from, date_to), and download the events in parts."
    )
    if endpoint.endswith(".csv"):
        assert refused["Content-Type"] == "text/plain; charset=utf-8"
        assert refused.content.decode() == message + "\n"
    else:
        assert document(refused) == {"errors": [message]}
        assert document(russian)["errors"][0].startswith("Событий по этим фильтрам: 4; в одну выгрузку")
    assert russian.status_code == 400
    assert narrowed.status_code == 200
    assert titles(narrowed) == [STRIKES, PHONE_CALL, SANCTIONS]


def test_the_limit_counts_only_the_events_the_filters_select_and_writes_large_numbers_grouped(client, world, settings):
    settings.DOWNLOAD_MAX_EVENTS = 4
    assert client.get("/events.csv").status_code == 200

    settings.DOWNLOAD_MAX_EVENTS = 1
    assert "(date_from, date_to)" in client.get("/events.json").content.decode()
    assert client.get("/events.json?category=military").status_code == 200

    settings.DOWNLOAD_MAX_EVENTS = 100_000
    assert too_many(100_000) == []
    [english] = too_many(123_456)
    with translation.override("ru"):
        [russian] = too_many(123_456)
    assert english.startswith("Events these filters select: 123,456; a download holds at most 100,000.")
    assert russian.replace("\xa0", " ").startswith(
        "Событий по этим фильтрам: 123 456; в одну выгрузку входит не более 100 000."
    )


def test_a_refused_download_is_not_kept_by_the_response_cache(client, world, settings):
    settings.DOWNLOAD_MAX_EVENTS = 3
    assert client.get("/events.timelinejs.json").status_code == 400

    settings.DOWNLOAD_MAX_EVENTS = 4
    assert len(titles(client.get("/events.timelinejs.json"))) == 4
