"""The public pages through real HTTP with the Django test client."""

import base64
import datetime
import itertools
import json
import re
from html.parser import HTMLParser

import numpy as np
import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.html import conditional_escape

from timeline.caching import LOCAL_COPIES
from timeline.figures import ESCALATION_COLOUR, THAW_COLOUR
from timeline.filters import EventFilterForm, alphabetical
from timeline.models import Actor, Era, EraEvidence, Event, Theater
from timeline.templatetags.choices import choice_input, choice_labels
from timeline.views import pages

from .factories import add_evidence, make_actor, make_event, make_source, make_theater

pytestmark = pytest.mark.django_db

HTMX_RESULTS = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "results"}
HTMX_PANEL = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "panel"}


def figure_of(response):
    match = re.search(
        rb'<script type="application/json" id="timeline-figure"[^>]*>(.*?)</script>', response.content, re.S
    )
    assert match, "the page carries no figure"
    return json.loads(match.group(1))["figure"]


def values(array):
    """Plotly encodes numeric arrays as base64 typed arrays; decode them to a list."""
    if isinstance(array, dict) and "bdata" in array:
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"]).tolist()
    return list(array)


def plotted_slugs(response):
    """The events on the chart: the static markers' links, which the figure's points follow one for one."""
    slugs = [
        slug.decode() for slug in re.findall(rb'<a class="marker [a-z]+" href="/events/([^/"]+)/"', response.content)
    ]
    events = [trace for trace in figure_of(response)["data"] if trace.get("meta") == "events"]
    assert [len(trace["customdata"]) for trace in events] == ([len(slugs)] if slugs else [])
    return sorted(slugs)


def test_the_timeline_plots_and_lists_published_events_only(client):
    published = make_event(title="Strikes on an airbase", score=-10)
    make_event(title="A draft nobody may see", status=Event.Status.DRAFT)
    make_event(title="An event in review", status=Event.Status.REVIEW)

    response = client.get("/")

    assert response.status_code == 200
    assert plotted_slugs(response) == [published.slug]
    assert b"Strikes on an airbase" in response.content
    assert b"A draft nobody may see" not in response.content
    assert b"An event in review" not in response.content
    assert b"1 event" in response.content


def test_the_figure_has_the_relations_index_and_markers_coloured_by_direction(client):
    make_event(score=-8, date=datetime.date(2017, 7, 28))
    make_event(score=4, date=datetime.date(2017, 7, 29))

    traces = {trace["name"]: trace for trace in figure_of(client.get("/"))["data"]}

    # −8 on 28 July puts the index below −5 for a while: a tension phase; +4 on the 29th is no détente.
    assert set(traces) == {"Tension phase", "Events", "Relations index"}
    assert traces["Tension phase"]["fill"] == "toself"
    assert traces["Tension phase"]["yaxis"] == "y2"
    assert values(traces["Events"]["y"]) == [-8.0, 4.0]
    assert traces["Events"]["marker"]["color"] == [ESCALATION_COLOUR, THAW_COLOUR]
    assert traces["Relations index"]["yaxis"] == "y2"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("category=military", ["military"]),
        ("category=military&category=sanctions", ["military", "sanctions"]),
        ("direction=thaw", ["thaw"]),
        ("direction=escalation", ["military", "sanctions"]),
        ("date_from=2017-07-01", ["sanctions", "thaw"]),
        ("date_from=2017-04-01&date_to=2017-04-30", ["military"]),
        ("theater=syria", ["military"]),
        ("side=us", ["thaw"]),
        ("q=compounds", ["sanctions"]),
        ("q=SPACE", ["thaw"]),
    ],
)
def test_filters_narrow_the_chart_and_the_list(client, query, expected):
    source = make_source()
    us = make_actor("United States", side=Actor.Side.UNITED_STATES)
    russia = make_actor("Russia")
    make_event(
        slug="military",
        category="military",
        score=-10,
        date=datetime.date(2017, 4, 7),
        theater=make_theater("Syria"),
        actors=[russia],
        source=source,
    )
    make_event(
        slug="sanctions",
        category="sanctions",
        score=-8,
        date=datetime.date(2017, 7, 27),
        summary="Russia seizes two compounds.",
        actors=[russia],
        source=source,
    )
    thaw = make_event(
        slug="thaw", category="cooperation", score=4, date=datetime.date(2017, 7, 28), actors=[us], quote=""
    )
    add_evidence(thaw, source, "Washington said it was ready to talk about cooperation in space.")

    response = client.get(f"/?{query}")

    assert response.status_code == 200
    assert plotted_slugs(response) == expected


def test_filtering_by_actor_uses_its_id(client):
    lavrov = make_actor("Sergey Lavrov", kind=Actor.Kind.PERSON)
    with_lavrov = make_event(actors=[lavrov])
    make_event()

    response = client.get(f"/?actor={lavrov.pk}")

    assert plotted_slugs(response) == [with_lavrov.slug]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("date_from=2017-13-45", "Enter a valid date"),
        ("category=nonsense", "Select a valid choice"),
        ("actor=abc", "“abc” is not an actor’s number"),
        ("actor=99999999999999999999", "is not an actor’s number"),
        ("actor=-3", "“-3” is not an actor’s number"),
        ("actor=%C2%B2", "“²” is not an actor’s number"),
        ("actor=%E2%91%A0", "“①” is not an actor’s number"),
        ("actor=987654", "There is no actor number 987654"),
        ("theater=nowhere", "There is no theater “nowhere”"),
        ("theater=%00", "There is no theater"),
        ("direction=sideways", "Select a valid choice"),
        ("date_from=2017-05-01&date_to=2017-04-01", "must be on or before"),
        ("q=" + "x" * 201, "at most 200 characters"),
    ],
)
def test_invalid_filters_are_a_readable_400(client, query, message):
    make_event()

    response = client.get(f"/?{query}")

    assert response.status_code == 400
    assert b"These filters could not be read" in response.content
    assert message in response.content.decode()


def test_an_htmx_filter_request_gets_only_the_results_partial(client):
    make_event(category="military")

    response = client.get("/?category=military", **HTMX_RESULTS)

    assert response.status_code == 200
    assert b"<html" not in response.content
    assert b'id="timeline-figure"' in response.content
    assert "HX-Request" in response["Vary"]


def test_an_htmx_request_with_bad_filters_gets_the_error_partial(client):
    response = client.get("/?date_to=yesterday", **HTMX_RESULTS)

    assert response.status_code == 400
    assert b"<html" not in response.content
    assert b"Enter a valid date" in response.content


def test_a_history_restore_gets_the_whole_page(client):
    make_event()

    response = client.get("/?direction=escalation", HTTP_HX_HISTORY_RESTORE_REQUEST="true", **HTMX_RESULTS)

    assert b"<html" in response.content
    assert b'value="escalation" selected' in response.content


def test_the_list_is_paginated_and_pages_keep_the_filters(client):
    source = make_source()
    for day in range(1, 56):
        make_event(date=datetime.date(2017, 1, 1) + datetime.timedelta(days=day), category="military", source=source)

    first = client.get("/?category=military")
    second = client.get("/?category=military&page=2")

    assert first.content.count(b'class="event-row"') == 50
    assert b"category=military&amp;page=2" in first.content
    assert second.content.count(b'class="event-row"') == 5
    assert len(plotted_slugs(second)) == 55


def test_no_matching_events_say_so_plainly(client):
    make_event(category="military")

    response = client.get("/?category=cooperation")

    assert response.status_code == 200
    assert b"No published events match these filters" in response.content


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "1 event matches these filters", "2 events match these filters"),
        ("ru", "1 событие по этим фильтрам", "2 события по этим фильтрам"),
    ],
    ids=["English", "Russian"],
)
def test_the_count_of_filtered_events_agrees_with_its_number(client, language, one, two):
    make_event(category="military")
    make_event(category="diplomatic")
    make_event(category="diplomatic")
    prefix = "" if language == "en" else f"/{language}"

    one_found = client.get(f"{prefix}/?category=military").content.decode()
    two_found = client.get(f"{prefix}/?category=diplomatic").content.decode()
    unfiltered = client.get(f"{prefix}/").content.decode()

    assert f"<h2>{one}</h2>" in one_found
    assert f"<h2>{two}</h2>" in two_found
    assert "filters" not in re.search(r"<h2>3 [^<]*</h2>", unfiltered).group(0)


def test_the_event_page_gives_date_precision_score_reading_and_quotes(client):
    source = make_source()
    event = make_event(
        title="Putin says relations are at zero",
        date=datetime.date(2017, 3, 29),
        date_precision=Event.Precision.WEEK,
        score=-7.5,
        source=source,
        quote="",
    )
    Event.objects.filter(pk=event.pk).update(date=datetime.date(2017, 3, 27))
    evidence = add_evidence(
        event, source, "The foreign minister said relations were at a low point.", speaker="Sergey Lavrov"
    )

    response = client.get(event.get_absolute_url())
    html = response.content.decode()

    assert response.status_code == 200
    assert "week of 27 March 2017" in html
    assert "Strong escalation" in html
    assert "Sergey Lavrov" in html
    assert f'href="/sources/{source.pk}/#evidence-{evidence.pk}"' in html
    assert '<meta property="og:title" content="Putin says relations are at zero">' in html
    assert '<meta name="twitter:card" content="summary">' in html


def test_the_event_page_links_to_its_neighbours_on_the_timeline(client):
    first = make_event(title="First", date=datetime.date(2017, 4, 1))
    middle = make_event(title="Middle", date=datetime.date(2017, 4, 5))
    make_event(title="Hidden draft", date=datetime.date(2017, 4, 6), status=Event.Status.DRAFT)
    last = make_event(title="Last", date=datetime.date(2017, 4, 9))

    html = client.get(middle.get_absolute_url()).content.decode()

    assert f'href="{first.get_absolute_url()}"' in html
    assert f'href="{last.get_absolute_url()}"' in html
    assert "Hidden draft" not in html


def test_an_event_titled_only_in_russian_has_its_pages_and_neighbours_in_both_languages(client):
    """An event accepted from a Russian article is published with no English title (NULL): comparing the neighbours'
    English titles with None raised ValueError, a 500 on its page and on the timeline with it open."""
    before = make_event(title="Before", date=datetime.date(2017, 4, 1))
    russian = make_event(title_ru="Россия выслала двух дипломатов США", date=datetime.date(2017, 4, 5))
    Event.objects.filter(pk=russian.pk).update(title_en=None)
    same_day = make_event(title="Same day", date=datetime.date(2017, 4, 5))

    for prefix in ("", "/ru"):
        page = client.get(f"{prefix}/events/{russian.slug}/")
        opened = client.get(f"{prefix}/?event={russian.slug}")

        assert (page.status_code, opened.status_code) == (200, 200), prefix
        assert f'href="{prefix}/events/{before.slug}/"' in page.content.decode()
        assert f'href="{prefix}/events/{same_day.slug}/"' in page.content.decode()


def test_drafts_are_404_for_the_public_and_visible_to_staff(client):
    draft = make_event(status=Event.Status.DRAFT)

    assert client.get(draft.get_absolute_url()).status_code == 404

    client.force_login(User.objects.create_user("editor", is_staff=True))
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert b"only staff can see this event" in response.content


def walk_of_events():
    """Three military events with a diplomatic one in between, on separate days."""
    return [
        make_event(title="First strike", date=datetime.date(2017, 4, 1), category="military"),
        make_event(title="Talks", date=datetime.date(2017, 4, 2), category="diplomatic"),
        make_event(title="Second strike", date=datetime.date(2017, 4, 3), category="military"),
        make_event(title="Third strike", date=datetime.date(2017, 4, 4), category="military"),
    ]


def test_the_open_event_is_part_of_the_address_and_walks_the_filtered_events(client):
    first, talks, second, third = walk_of_events()

    response = client.get(f"/?category=military&event={second.slug}")
    html = response.content.decode()

    assert response.status_code == 200
    panel = html[html.index('<aside id="panel"') :]
    assert f'<h2 id="event-title-{second.pk}" tabindex="-1">Second strike</h2>' in panel
    # Previous and next skip the diplomatic event the filter hides, and keep the filter.
    assert f'href="/?category=military&amp;event={first.slug}#panel"' in panel
    assert f'href="/?category=military&amp;event={third.slug}#panel"' in panel
    assert talks.slug not in panel
    assert "Event 2 of the 3 matching these filters" in panel
    # The filter form carries the open event, so a change of filters keeps it open.
    assert f'<input type="hidden" name="event" value="{second.slug}">' in html
    # Titles in the list open their event in the same view.
    view = f"/?category=military&amp;event={third.slug}"
    assert f'href="{view}#panel" hx-get="{view}"' in html


def test_without_filters_the_panel_walks_all_published_events(client):
    first, talks, second, _ = walk_of_events()

    html = client.get(f"/?event={talks.slug}").content.decode()

    assert f'href="/?event={first.slug}#panel"' in html
    assert f'href="/?event={second.slug}#panel"' in html
    assert "Event 2 of 4<" in html


def test_an_event_outside_the_filters_stays_open_and_says_so(client):
    first, talks, second, _ = walk_of_events()

    html = client.get(f"/?category=military&event={talks.slug}").content.decode()

    assert "Outside these filters: previous and next walk the 3 events they show." in html
    assert f'event={first.slug}#panel"' in html
    assert f'event={second.slug}#panel"' in html


def test_the_panel_partial_pushes_the_address_of_the_view(client):
    first, _, second, _ = walk_of_events()

    response = client.get(f"/?category=military&page=1&event={second.slug}", **HTMX_PANEL)

    assert response.status_code == 200
    assert b"<html" not in response.content
    assert response["HX-Push-Url"] == f"/?category=military&page=1&event={second.slug}"
    assert b"Open the event page" in response.content
    assert f'hx-get="/?category=military&amp;page=1&amp;event={first.slug}"'.encode() in response.content
    closing = client.get("/?category=military&page=1", **HTMX_PANEL)
    assert closing["HX-Push-Url"] == "/?category=military&page=1"
    assert b"Read an event here" in closing.content


class ViewTags(HTMLParser):
    """The tags that name the view on screen: the Open Graph and Twitter tags and the alternates (oEmbed, languages)."""

    def __init__(self, html):
        super().__init__()
        self.tags = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        named = attributes.get("property", "").startswith("og:") or attributes.get("name", "").startswith("twitter:")
        if (tag == "meta" and named) or (tag == "link" and attributes.get("rel") == "alternate"):
            self.tags.append(attributes)


def swapped_head(html):
    """The view's tags an htmx response swaps into the head (out of band), as they would stand there."""
    tags = [tag for tag in ViewTags(html).tags if tag.get("hx-swap-oob", "").startswith("outerHTML:")]
    return [{name: value for name, value in tag.items() if name != "hx-swap-oob"} for tag in tags]


def test_a_filter_swap_brings_the_head_tags_of_the_new_view(client):
    """hx-push-url changes the address; without these, a shared or bookmarked view kept the first load's head."""
    make_event(category="military")
    make_event(category="diplomatic")

    swapped = swapped_head(client.get("/?category=military", **HTMX_RESULTS).content.decode())

    assert swapped == ViewTags(client.get("/?category=military").content.decode()).tags
    assert {"property": "og:url", "content": "http://testserver/?category=military"} in swapped
    assert {"name": "twitter:image", "content": "http://testserver/chart.png?category=military"} in swapped
    [description] = [tag["content"] for tag in swapped if tag.get("property") == "og:description"]
    assert description.startswith("1 curated event (Category: Military)")
    [oembed] = [tag["href"] for tag in swapped if tag.get("type") == "application/json+oembed"]
    assert "url=http%3A%2F%2Ftestserver%2F%3Fcategory%3Dmilitary&" in oembed


def test_opening_and_closing_an_event_in_the_panel_brings_the_head_tags_of_the_view(client):
    _, talks, _, _ = walk_of_events()

    for address in [f"/ru/?category=military&event={talks.slug}", "/ru/?category=military"]:
        swapped = swapped_head(client.get(address, **HTMX_PANEL).content.decode())

        assert swapped == ViewTags(client.get(address).content.decode()).tags, address
    assert {"property": "og:title", "content": talks.title} in swapped_head(
        client.get(f"/?event={talks.slug}", **HTMX_PANEL).content.decode()
    )


@pytest.mark.parametrize("slug", ["no-such-event", "bad slug!", "x" * 300, "\x00"])
def test_an_event_the_address_cannot_open_is_a_404_that_keeps_the_timeline(client, slug):
    make_event(title="Published", slug="published")
    make_event(title="A draft", slug="a-draft", status=Event.Status.DRAFT)

    for wanted in (slug, "a-draft"):
        response = client.get("/", {"event": wanted})
        assert response.status_code == 404
        assert b"This event is not on the timeline" in response.content
        assert plotted_slugs(response) == ["published"]
        assert b"A draft" not in response.content


def chosen_counts(html):
    """What each filter menu's badge says to a screen reader (its number is hidden from it), by menu."""
    return dict(re.findall(r'<span id="id_(\w+)_count"[^>]*>.*?<span class="visually-hidden">([^<]*)</span>', html))


@pytest.mark.parametrize(
    ("query", "english", "russian"),
    [
        ("category=military", "1 option chosen", "выбран 1 вариант"),
        ("category=military&category=sanctions", "2 options chosen", "выбрано 2 варианта"),
        (
            "category=military&category=sanctions&category=rhetoric&category=other&category=domestic",
            "5 options chosen",
            "выбрано 5 вариантов",
        ),
    ],
)
def test_a_filter_menu_says_how_many_options_are_chosen_in_each_language(client, query, english, russian):
    """Its screen-reader text was a bare «выбрано» after the number: «Категория 1 выбрано»."""
    make_event()

    assert chosen_counts(client.get(f"/?{query}").content.decode())["category"] == english
    assert chosen_counts(client.get(f"/ru/?{query}").content.decode())["category"] == russian
    # After a filter change by htmx, the menus' badges come with the results, out of band.
    swapped = client.get(f"/ru/?{query}", **HTMX_RESULTS).content.decode()
    assert chosen_counts(swapped) == {"side": "", "category": russian, "theater": "", "actor": "", "initiator": ""}
    assert '<span id="id_category_count" class="badge" hx-swap-oob="true">' in swapped


def test_a_results_swap_refreshes_summary_errors_chart_problem_and_panel(client):
    event = make_event(category="military")

    response = client.get(f"/?category=military&event={event.slug}", **HTMX_RESULTS)
    html = response.content.decode()

    assert '<p id="filter-summary" class="filter-summary" role="status" hx-swap-oob="innerHTML">' in html
    assert "<strong>1 event</strong> · <span data-filter-description>Category: Military</span>" in html
    assert '<p id="id_date_to_error" class="field-error" hx-swap-oob="true" hidden></p>' in html
    assert '<div id="chart-problem" class="chart-problem" role="alert" hx-swap-oob="true" hidden>' in html
    assert '<div hx-swap-oob="innerHTML:#panel">' in html
    assert f'data-event-slug="{event.slug}"' in html[html.index('hx-swap-oob="innerHTML:#panel"') :]


def test_a_bad_date_range_is_reported_beside_the_to_field_and_in_the_chart_area(client):
    make_event()

    response = client.get("/?date_from=2017-05-01&date_to=2017-04-01")
    html = response.content.decode()

    assert response.status_code == 400
    to_field = re.search(r'<input type="text" name="date_to"[^>]*>', html).group(0)
    assert 'aria-invalid="true"' in to_field
    assert 'aria-describedby="id_date_to_error"' in to_field
    assert re.search(r'<p id="id_date_to_error" class="field-error">The start date \(From\) must be', html)
    chart_area = html[html.index('<section class="chart-area"') : html.index('<section id="results"')]
    assert '<div id="chart-problem" class="chart-problem" role="alert">' in chart_area
    assert "must be on or before the end date (To)" in chart_area
    htmx = client.get("/?date_from=2017-05-01&date_to=2017-04-01", **HTMX_RESULTS).content.decode()
    assert re.search(r'<p id="id_date_to_error" class="field-error" hx-swap-oob="true">The start date', htmx)
    assert '<div id="chart-problem" class="chart-problem" role="alert" hx-swap-oob="true">' in htmx


def test_the_filter_summary_names_every_filter_in_force(client):
    make_actor("Sergey Lavrov", side=Actor.Side.RUSSIA)
    actor = Actor.objects.get(name="Sergey Lavrov")
    make_theater("Syria")

    html = client.get(
        f"/?category=military&category=sanctions&date_from=2017-04-01&actor={actor.pk}&theater=syria"
        "&direction=thaw&q=strikes"
    ).content.decode()

    summary = re.search(r"<span data-filter-description>(.*?)</span>", html).group(1)
    assert summary == (
        "From: 1 April 2017; Actors: Sergey Lavrov; Category: Military, Sanctions and economic; Theater: Syria; "
        "Direction: Thaws (score above 0); Search: “strikes”"
    )
    assert f'<strong class="embed-builder-filters" data-builder-filters>{summary}</strong>' in html
    assert "data-filter-description>all published events<" in client.get("/").content.decode()


def test_date_inputs_read_and_write_iso_dates_only(client):
    make_event()

    html = client.get("/?date_from=2017-04-01").content.decode()
    day_first = client.get("/?date_from=01/04/2017")

    assert '<input type="text" name="date_from" value="2017-04-01" placeholder="YYYY-MM-DD"' in html
    assert day_first.status_code == 400
    assert b"Enter a valid date as YYYY-MM-DD" in day_first.content


def test_downloads_links_carry_the_filters_but_not_the_open_event_or_page(client):
    event = make_event(category="military")

    html = client.get(f"/?category=military&page=1&event={event.slug}").content.decode()

    assert 'href="/events.csv?category=military"' in html
    assert 'href="/events.json?category=military"' in html


def test_a_view_with_no_events_offers_no_timelinejs_download(client):
    make_event(category="military")

    matching = client.get("/?category=military").content.decode()
    empty = client.get("/?category=sanctions").content.decode()

    assert 'href="/events.timelinejs.json?category=military"' in matching
    # TimelineJS refuses a timeline without events; the CSV and JSON of none are still files to open.
    assert "events.timelinejs.json" not in empty
    assert 'href="/events.csv?category=sanctions"' in empty


def test_the_timeline_page_has_sharing_cards_for_its_view(client):
    event = make_event(title="Strikes & talks", category="military", summary="What happened.")
    make_event(category="diplomatic")

    html = client.get("/?category=military").content.decode()
    opened = client.get(f"/?category=military&event={event.slug}").content.decode()

    assert '<meta property="og:type" content="website">' in html
    assert '<meta property="og:title" content="Escalations and thaws: US–Russia relations, event by event">' in html
    assert (
        '<meta property="og:description" content="1 curated event (Category: Military) in US–Russia relations,' in html
    )
    assert '<meta property="og:url" content="http://testserver/?category=military">' in html
    # The chart of the view as the card's image (views/images.py), with the view's filters.
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert '<meta property="og:image" content="http://testserver/chart.png?category=military">' in html
    assert '<meta property="og:title" content="Strikes &amp; talks">' in opened
    assert '<meta property="og:description" content="7 April 2017. What happened.">' in opened


def test_the_event_page_keeps_editors_notes_apart_under_how_this_was_dated(client):
    notes = "Dated 28 July: the article says “yesterday”."
    event = make_event(summary="Russia expelled diplomats.", editor_notes=notes)

    html = client.get(event.get_absolute_url()).content.decode()

    assert '<p class="summary">Russia expelled diplomats.</p>' in html
    assert '<h2 class="section-heading">How this was dated</h2>' in html
    assert '<p class="editor-notes">Dated 28 July: the article says “yesterday”.</p>' in html
    assert "How this was dated" not in client.get(make_event(editor_notes="").get_absolute_url()).content.decode()


def test_headings_never_skip_a_level(client):
    event = make_event()
    source = event.evidence.get().source
    pages = ["/", f"/?event={event.slug}", event.get_absolute_url(), "/sources/", source.get_absolute_url()]

    for url in pages:
        levels = [int(level) for level in re.findall(rb"<h([1-6])[\s>]", client.get(url).content)]
        assert levels[0] == 1, url
        assert levels.count(1) == 1, url
        assert all(later - earlier <= 1 for earlier, later in itertools.pairwise(levels)), (url, levels)


def test_the_source_page_highlights_each_quote_and_links_it_to_its_event(client):
    source = make_source()
    event = make_event(source=source, title="Relations hit a low")
    draft = make_event(status=Event.Status.DRAFT, title="Unpublished", quote="")
    add_evidence(draft, source, "Moscow announced on Friday that it would expel diplomats.")
    evidence = event.evidence.get()

    html = client.get(source.get_absolute_url()).content.decode()

    assert f'id="evidence-{evidence.pk}"' in html
    assert '<mark class="passage">' in html
    assert "The foreign minister said relations were at a low point.</a>" in html
    assert f'href="{event.get_absolute_url()}"' in html
    assert "Unpublished" not in html
    assert html.count('<mark class="passage">') == 1


def test_the_sources_index_lists_sources_newest_first_with_their_event_counts(client):
    older = make_source(headline="Tillerson goes to Moscow", published=datetime.date(2017, 4, 7))
    newer = make_source(headline="Moscow expels diplomats", published=datetime.date(2017, 7, 29))
    make_event(source=older)
    make_event(source=newer)
    make_event(source=newer, quote="Washington said it was ready to talk about cooperation in space.")

    html = client.get("/sources/").content.decode()

    # Newest first, each headline a heading and a link.
    assert html.index("Moscow expels diplomats") < html.index("Tillerson goes to Moscow")
    assert (
        f'<h2><a class="source-headline" href="/sources/{newer.pk}/" lang="en">Moscow expels diplomats</a></h2>' in html
    )
    assert "29 July 2017</time> · 2 events" in html
    assert "7 April 2017</time> · 1 event<" in html


def test_the_sources_index_lists_only_sources_behind_a_published_event(client):
    """A journalist goes to the sources for what the timeline cites: a source with no event, or behind drafts
    alone, said "0 events" and told readers what the editors were working on."""
    cited = make_source(headline="Cited by the timeline")
    make_event(source=cited)
    add_evidence(make_event(status=Event.Status.DRAFT, quote=""), cited, "Moscow announced on Friday")
    behind_a_draft = make_source(headline="Behind a draft only")
    make_event(source=behind_a_draft, status=Event.Status.DRAFT)
    make_event(source=make_source(headline="Behind an event in review"), status=Event.Status.REVIEW)
    make_source(headline="Behind no event")
    for_an_era = make_source(headline="Quoted for an era", published=datetime.date(2017, 3, 1))
    era = Era.objects.create(title="A chill", start=datetime.date(2017, 3, 1), direction="tension", is_published=True)
    EraEvidence.objects.create(era=era, source=for_an_era, quote="Moscow announced", start=0, end=16)

    html = client.get("/sources/").content.decode()

    assert re.findall(r'class="source-headline"[^>]*>([^<]+)<', html) == ["Cited by the timeline", "Quoted for an era"]
    assert "7 April 2017</time> · 1 event<" in html
    assert "1 March 2017</time> · quoted for an era<" in html
    assert client.get(for_an_era.get_absolute_url()).status_code == 200, "the era's quote links to it"
    assert client.get(behind_a_draft.get_absolute_url()).status_code == 404
    assert client.get(cited.get_absolute_url()).status_code == 200
    client.force_login(User.objects.create_user("staff", is_staff=True))
    assert client.get(behind_a_draft.get_absolute_url()).status_code == 200, "staff preview it, as a draft event"


@pytest.mark.parametrize("sources", [2, 20])
def test_the_sources_index_takes_the_same_queries_whatever_its_length(client, django_assert_num_queries, sources):
    for _ in range(sources):
        source = make_source()
        make_event(source=source)
        make_event(source=source, status=Event.Status.DRAFT)
    make_source()
    cache.clear()
    LOCAL_COPIES.clear()

    with django_assert_num_queries(3):  # the content version, the count for the pages, the page of sources
        client.get("/sources/")


def test_the_sources_index_is_paged_newest_first(client, monkeypatch):
    monkeypatch.setattr(pages, "SOURCES_PER_PAGE", 2)
    for day in range(1, 6):
        make_event(source=make_source(headline=f"Report of May {day}", published=datetime.date(2017, 5, day)))

    first, last = client.get("/sources/"), client.get("/sources/?page=3")

    assert re.findall(r"Report of May \d", first.content.decode()) == ["Report of May 5", "Report of May 4"]
    assert '<a href="?page=2">Older →</a>' in first.content.decode()
    assert "Page 1 of 3" in first.content.decode()
    assert re.findall(r"Report of May \d", last.content.decode()) == ["Report of May 1"]
    assert '<a href="?page=2">← Newer</a>' in last.content.decode()
    assert "Older" not in last.content.decode()
    assert client.get("/sources/?page=abc").status_code == 200


def test_user_text_is_escaped_in_pages_and_hover_text(client):
    payload = '<script>alert("x")</script>'
    event = make_event(title=payload, summary=payload)

    index = client.get("/")
    page = client.get(event.get_absolute_url())

    assert b"<script>alert" not in index.content
    assert b"<script>alert" not in page.content
    hover_titles = [
        point[1] for trace in figure_of(index)["data"] if "customdata" in trace for point in trace["customdata"]
    ]
    assert hover_titles == ['&lt;script&gt;alert("x")&lt;/script&gt;']


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_filter_menus_read_their_choices_with_one_plain_query_each(client):
    """Not through a server-side cursor (Django's default for choices on PostgreSQL: three round trips)."""
    make_event(actors=[make_actor()])

    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200

    choices = [query["sql"] for query in queries if 'FROM "timeline_actor"' in query["sql"].split(" WHERE ")[0]]
    choices += [query["sql"] for query in queries if 'FROM "timeline_theater"' in query["sql"].split(" WHERE ")[0]]
    assert len(choices) == 2
    assert all(sql.startswith("SELECT") for sql in choices)


def make_many_events(count, source):
    actor = make_actor()
    for number in range(count):
        make_event(
            date=datetime.date(2017, 1, 1) + datetime.timedelta(days=number),
            source=source,
            actors=[actor],
            score=(number % 21) - 10,
        )


@pytest.mark.parametrize("count", [10, 200])
def test_query_counts_do_not_grow_with_the_number_of_events(client, django_assert_num_queries, monkeypatch, count):
    monkeypatch.setattr("timeline.chart.MARKER_LIMIT", 100)  # 200 events are summed per period: no more queries
    source = make_source()
    make_many_events(count, source)
    event = Event.objects.order_by("date")[5]
    actor = event.actors.first()

    # The content version (read once, by the response cache: the chart's keys use it too); the list's
    # page of events and their quotes (and the filters' actors and theaters); when the caches are cold,
    # also the chart's per-day sums, events (or sums per period), eras and the index axis's bound.
    cache.clear()
    LOCAL_COPIES.clear()
    with django_assert_num_queries(9):
        summed = b"The chart sums the scores" in client.get("/").content
    assert summed == (count > 100)
    with django_assert_num_queries(1):  # from the response cache: the content version alone
        client.get("/")
    cache.clear()
    LOCAL_COPIES.clear()
    with django_assert_num_queries(11):
        assert client.get(f"/?actor={actor.pk}&theater=bilateral&q=relations").status_code == 200
    with django_assert_num_queries(6):
        client.get(event.get_absolute_url())
    with django_assert_num_queries(15):  # the open event's, and the chart's eras for this new filter
        assert client.get(f"/?actor={actor.pk}&event={event.slug}").status_code == 200
    with django_assert_num_queries(8):
        assert client.get(f"/?actor={actor.pk}&event={event.slug}", **HTMX_PANEL).status_code == 200
    with django_assert_num_queries(4):  # the version, the source, its events' quotes and its eras' quotes
        client.get(source.get_absolute_url())


def test_the_text_search_finds_words_in_titles_summaries_and_quotes(client):
    in_title = make_event(title="Senate passes sanctions bill")
    in_summary = make_event(summary="The ministers discussed sanctions relief.")
    in_quote = make_event(quote="Moscow announced on Friday that it would expel diplomats.")
    make_event(title="Unrelated")

    assert plotted_slugs(client.get("/?q=sanctions")) == sorted([in_title.slug, in_summary.slug])
    assert plotted_slugs(client.get("/?q=expel+diplomats")) == [in_quote.slug]


@pytest.mark.parametrize("search", ['"package signed"', "“package signed”", "«package signed»", '"package  signed'])
def test_a_phrase_in_quote_marks_is_searched_as_a_phrase(client, search):
    event = make_event(title="Sanctions package signed")
    make_event(title="Unrelated")

    assert plotted_slugs(client.get("/", {"q": search})) == [event.slug]


def test_a_phrase_in_quote_marks_keeps_its_words_in_order(client):
    event = make_event(title="Sanctions package signed")

    response = client.get("/", {"q": '"signed package"'})

    assert response.status_code == 200
    assert f"/events/{event.slug}/" not in response.content.decode()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming is PostgreSQL's full-text search")
def test_on_postgresql_the_search_is_stemmed(client):
    event = make_event(title="Senate passes sanctions bill")

    assert plotted_slugs(client.get("/?q=sanction")) == [event.slug]


def test_many_events_are_summed_per_period_and_few_get_their_markers(client, monkeypatch):
    monkeypatch.setattr("timeline.chart.MARKER_LIMIT", 3)
    source = make_source()
    for day, score in [(3, -8), (4, 2), (5, -1), (40, 4), (41, 6)]:
        make_event(date=datetime.date(2017, 4, 1) + datetime.timedelta(days=day), score=score, source=source)

    everything = client.get("/")
    traces = {trace["name"]: trace for trace in figure_of(everything)["data"]}

    assert "The chart sums the scores per week" in everything.content.decode()
    assert values(traces["Summed escalations"]["y"]) == [-9.0, 0.0]
    assert values(traces["Summed thaws"]["y"]) == [2.0, 10.0]
    assert traces["Summed escalations"]["hovertext"] == [
        "week of 3 April 2017<br>3 events<br>Summed escalations −9.0<br>Summed thaws +2.0",
        "week of 8 May 2017<br>2 events<br>Summed thaws +10.0",  # no zero sum, which has no bar
    ]
    assert traces["Summed thaws"]["hoverinfo"] == "skip"  # one label per period, the escalations' bar's
    assert re.findall(r'<a class="period"[^>]*><title>(.*?)</title>', everything.content.decode()) == [
        "3 events from 3 April 2017 to 9 April 2017, summed escalations −9.0, summed thaws 2.0",
        "2 events from 8 May 2017 to 14 May 2017, summed thaws 10.0",  # the static bar's name too
    ]
    assert traces["Summed escalations"]["customdata"] == [
        ["2017-04-03", "2017-04-09"],
        ["2017-05-08", "2017-05-14"],
    ]
    narrowed = client.get("/?date_from=2017-04-03&date_to=2017-04-09")
    assert len(plotted_slugs(narrowed)) == 3
    assert b"The chart sums" not in narrowed.content


def test_summed_per_period_the_key_names_the_index_and_its_phases_and_no_marker_symbols(client, monkeypatch):
    """The bars' chart draws the index and its phases, which the key and the axis titles left unnamed,
    and keyed the categories' symbols of markers it does not draw."""
    monkeypatch.setattr("timeline.chart.MARKER_LIMIT", 3)
    source = make_source()
    for day, score in [(3, -8), (4, 2), (5, -9), (40, 4), (41, 6)]:
        make_event(date=datetime.date(2017, 4, 1) + datetime.timedelta(days=day), score=score, source=source)

    page = client.get("/").content.decode()
    traces = {trace["meta"] for trace in figure_of(client.get("/"))["data"]}
    key = re.search(r'<span class="chart-key">(.*?)</span>\s*<span id="chart-description"', page, re.S).group(1)
    titles = re.search(r'<div class="chart-axis-titles"(.*?)</div>', page, re.S).group(1)

    assert {"index", "tension"} <= traces
    assert "Relations index" in key
    assert "Tension phase (index below −5)" in key
    assert "Relations index" in titles
    assert "Summed scores" in titles
    assert "Military" not in key


def test_the_key_names_the_lines_of_dates_covering_more_than_a_day_when_there_are_some(client):
    make_event(date=datetime.date(2017, 4, 7))
    assert "Days a date covers" not in client.get("/").content.decode()

    make_event(date=datetime.date(2017, 4, 1), date_precision=Event.Precision.MONTH)
    assert "Days a date covers (its week, month, year or span)" in client.get("/").content.decode()


def test_the_favicon_address_leads_to_the_site_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    assert response["Location"].endswith("favicon.svg")


def test_the_filter_menus_write_each_checkbox_as_django_s_own_widget_does(client):
    """_choice_menu.html writes the inputs with a filter (templatetags/choices.py), not a template each."""
    lavrov = make_actor("Sergey <Lavrov> & “co”", kind=Actor.Kind.PERSON)
    make_event(actors=[lavrov])
    form = EventFilterForm({"actor": [str(lavrov.pk)], "category": ["military", "sanctions"], "side": ["us"]})
    form.is_valid()

    menus = [form[name] for name in ("category", "side", "initiator", "theater", "actor")]
    choices = [choice for field in menus for choice in field]

    assert sum("checked" in choice.tag() for choice in choices) == 4
    assert [choice_input(choice) for choice in choices] == [choice.tag() for choice in choices]
    for field in menus:
        labels = [
            f'<label class="choice">{choice.tag()} {conditional_escape(choice.choice_label)}</label>'
            for choice in field
        ]
        assert choice_labels(field) == "".join(labels)
    page = client.get(f"/?actor={lavrov.pk}").content.decode()
    checkbox = rf'<input type="checkbox" name="actor" value="{lavrov.pk}" id="id_actor_\d+" checked>'
    assert re.search(checkbox + " Sergey &lt;Lavrov&gt; &amp; “co”</label>", page)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_filter_menus_name_each_actor_and_theater_as_its_instance_does_in_the_reader_s_order(language):
    """The choices are read as (value, name) rows, not instances: the same values, names and fallbacks, in the
    alphabetical order of the names shown."""
    lavrov = make_actor("Lavrov", kind=Actor.Kind.PERSON)
    zakharova = Actor.objects.create(
        name_en="Zakharova", name_ru="Захарова", side=Actor.Side.RUSSIA, kind=Actor.Kind.PERSON
    )
    make_event(actors=[lavrov, zakharova])
    make_theater("Space")
    Theater.objects.create(name_en="Arctic", name_ru="Арктика", slug="arctic")

    with translation.override(language):
        form = EventFilterForm({})
        involved = form.fields["actor"].queryset.filter(events__status=Event.Status.PUBLISHED).distinct()
        actors = sorted(((str(actor.pk), str(actor)) for actor in involved), key=by_name)
        theaters = sorted(((theater.slug, str(theater)) for theater in form.fields["theater"].queryset), key=by_name)
        assert [(str(choice.data["value"]), choice.choice_label) for choice in form["actor"]] == actors
        assert [(str(choice.data["value"]), choice.choice_label) for choice in form["theater"]] == theaters
    names = set(dict(actors).values()) | set(dict(theaters).values())
    assert {
        "Lavrov",
        "Захарова" if language == "ru" else "Zakharova",
        "Арктика" if language == "ru" else "Arctic",
    } <= names


def by_name(choice: tuple[str, str]) -> str:
    return alphabetical(choice[1])


def test_the_actors_menu_on_a_russian_page_is_in_russian_alphabetical_order(client):
    """The database orders actors by their English names; a Russian reader looks them up in Russian order
    ("ё" filed with "е", a name in quotation marks by its first letter)."""
    names = (
        ("Quill Ant", "Яков Тестов"),
        ("Quill Bee", "Ёлкин Тест"),
        ("Quill Cat", "аркадий Тестов"),
        ("Quill Dog", "«Жук»"),
    )
    actors = [
        Actor.objects.create(name_en=english, name_ru=russian, side=Actor.Side.RUSSIA, kind=Actor.Kind.PERSON)
        for english, russian in names
    ]
    make_event(actors=actors)

    english_page = client.get("/").content.decode()
    russian_page = client.get("/ru/").content.decode()

    assert order_of(english_page, "Quill Ant", "Quill Bee", "Quill Cat", "Quill Dog")
    assert order_of(russian_page, "аркадий Тестов", "Ёлкин Тест", "«Жук»", "Яков Тестов")


def test_the_actors_menu_lists_those_of_published_events_and_any_actor_may_still_be_asked_for(client):
    listed, drafted, idle = (
        make_actor(name, kind=Actor.Kind.PERSON) for name in ("Quill Ant", "Quill Bee", "Quill Cat")
    )
    make_event(actors=[listed])
    make_event(actors=[drafted], status=Event.Status.DRAFT)

    page = client.get("/").content.decode()

    assert " Quill Ant</label>" in page
    assert " Quill Bee</label>" not in page  # in a draft only
    assert " Quill Cat</label>" not in page  # in no event
    response = client.get(f"/?actor={idle.pk}")
    assert response.status_code == 200
    assert "No published events match these filters." in response.content.decode()


def order_of(page: str, *names: str) -> bool:
    places = [page.index(f" {name}</label>") for name in names]
    return places == sorted(places)


def test_each_row_of_the_list_quotes_its_event_s_first_evidence_with_its_speaker(client):
    source = make_source()
    expel = "Moscow announced on Friday that it would expel diplomats."
    space = "Washington said it was ready to talk about cooperation in space."
    first = make_event(source=source, quote=expel)
    first.evidence.update(speaker="An official")
    add_evidence(first, source, space, speaker="A spokesman")
    second = make_event(source=source, quote=space)
    add_evidence(second, source, expel, speaker="A minister")

    page = client.get("/").content.decode()

    rows = re.findall(r'<li class="event-row">.*?</li>', page, re.S)
    quotes = {
        re.search(r'data-event-slug="([^"]+)"', row).group(1): re.search(r"<blockquote.*?</blockquote>", row, re.S)[0]
        for row in rows
    }
    assert "expel diplomats" in quotes[first.slug]
    assert "— An official" in quotes[first.slug]
    assert "cooperation in space" in quotes[second.slug]
    assert "<cite>" not in quotes[second.slug]


@pytest.mark.parametrize(
    "query", ["date_from=0001-01-01", "date_from=1600-01-01", "date_to=2300-01-01", "date_from=9999-12-31"]
)
@pytest.mark.parametrize("path", ["/", "/ru/", "/embed/", "/chart.png", "/events.csv"])
def test_a_date_beyond_the_charts_reach_is_a_readable_400_not_a_server_error(client, path, query):
    make_event()

    response = client.get(f"{path}?{query}")

    assert response.status_code == 400
    message = "Введите дату между 1700-01-01 и 2199-12-31" if path == "/ru/" else "Enter a date between 1700-01-01"
    assert message in response.content.decode()
