"""Hostile text in every text field stays inert on every public page, embed and download."""

import csv
import io
import json

import pytest

from timeline.models import Actor, Event, Evidence, Source, Theater
from timeline.quotes import locate

SCRIPT = '<script>alert("xss-1")</script>'
IMAGE = '"><img src=x onerror=alert("xss-2")>'
LINK = "javascript:alert('xss-3')"
PAYLOAD = f"{SCRIPT} {IMAGE} {LINK}"
LIVE_MARKUP = ["<script>alert(", "<img src=x", 'href="javascript:', "href='javascript:", 'src="javascript:']


@pytest.fixture
def hostile(db):
    """A source, actor, theater, event and evidence whose every text field carries the payload."""
    body = f"Moscow said: {PAYLOAD} And then it said nothing more."
    source = Source.objects.create(
        outlet=f"Outlet {PAYLOAD}",
        headline=f"Headline {PAYLOAD}",
        url=LINK,
        published="2017-04-07",
        author=f"Author {PAYLOAD}",
        language="en",
        body=body,
        raw_text=body,
    )
    theater = Theater.objects.create(name=PAYLOAD, slug="hostile", description=PAYLOAD)
    actor = Actor.objects.create(name=f"Actor {PAYLOAD}", kind="state", side="ru", aliases=PAYLOAD)
    event = Event.objects.create(
        title=f"Title {PAYLOAD}",
        slug="hostile-event",
        summary=f"Summary {PAYLOAD}",
        date="2017-04-07",
        category="rhetoric",
        theater=theater,
        score=-2,
        status=Event.Status.PUBLISHED,
    )
    event.actors.set([actor])
    passage = locate(PAYLOAD, body)
    Evidence.objects.create(
        event=event, source=source, quote=PAYLOAD, speaker=f"Speaker {PAYLOAD}", start=passage.start, end=passage.end
    )
    return event


def html_pages(event):
    source = event.evidence.get().source
    return [
        "/",
        f"/?q={event.title[:5]}",
        event.get_absolute_url(),
        "/sources/",
        source.get_absolute_url(),
        "/embed/",
        f"/embed/?title={IMAGE}",
        f"/embed/events/{event.slug}/",
    ]


def test_html_pages_and_embeds_show_hostile_text_as_text(client, hostile):
    for url in html_pages(hostile):
        response = client.get(url, HTTP_HX_REQUEST="false")
        html = response.content.decode()
        assert response.status_code == 200, url
        for markup in LIVE_MARKUP:
            assert markup not in html, (url, markup)


def test_the_event_page_shows_the_hostile_text_escaped(client, hostile):
    html = client.get(hostile.get_absolute_url()).content.decode()

    assert "Title &lt;script&gt;alert(&quot;xss-1&quot;)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=" in html


def test_the_htmx_panel_escapes_hostile_text(client, hostile):
    html = client.get(hostile.get_absolute_url(), HTTP_HX_REQUEST="true", HTTP_HX_TARGET="panel").content.decode()

    assert "&lt;img src=x onerror=" in html
    assert not any(markup in html for markup in LIVE_MARKUP)


def test_the_hover_text_of_the_chart_is_escaped(client, hostile):
    html = client.get("/").content.decode()
    figure = json.loads(html.split('id="timeline-figure"', 1)[1].split(">", 1)[1].split("</script>", 1)[0])["figure"]

    hover = next(point for trace in figure["data"] if "customdata" in trace for point in trace["customdata"])
    assert "<script>" not in hover[1]
    assert "<img" not in hover[1]
    assert hover[1].startswith("Title &lt;script&gt;")


def test_json_downloads_and_oembed_carry_the_text_as_data(client, hostile):
    document = json.loads(client.get("/events.json").getvalue())
    oembed = client.get(f"/oembed?url=http://testserver{hostile.get_absolute_url()}&format=json").json()
    timelinejs = json.loads(client.get("/events.timelinejs.json").getvalue())

    assert document["events"][0]["title"]["en"] == hostile.title
    assert document["events"][0]["quotes"][0]["quote"] == PAYLOAD
    assert oembed["title"].endswith(hostile.title) or hostile.title in oembed["title"]
    assert not any(markup in oembed["html"] for markup in LIVE_MARKUP)
    slide = timelinejs["events"][0]["text"]
    assert not any(markup in slide["text"] + slide["headline"] for markup in LIVE_MARKUP)


def test_csv_cells_hold_the_text_without_formulas(client, hostile):
    rows = list(csv.DictReader(io.StringIO(client.get("/events.csv").getvalue().decode("utf-8-sig"))))

    assert rows[0]["title_en"] == hostile.title
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for key, cell in row.items() if key != "score")


def test_a_javascript_source_address_is_never_a_link(client, hostile):
    html = client.get(hostile.evidence.get().source.get_absolute_url()).content.decode()

    assert "Read the original" not in html
