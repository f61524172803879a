"""Embeds, oEmbed and the framing headers, through the Django test client."""

import datetime
import html
import re
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.contrib.auth.models import User
from django.utils.http import http_date

from timeline import content_version
from timeline.models import ContentVersion, Event
from timeline.views.embeds import EVENT_CARD_HEIGHT, TIMELINE_HEIGHT

from .factories import add_evidence, make_event, make_source
from .test_pages import plotted_slugs

pytestmark = pytest.mark.django_db


def csp_directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def links(response):
    return re.findall(rb"<a [^>]*>", response.content)


def oembed(client, url, **parameters):
    return client.get("/oembed", {"url": url, **parameters})


# The timeline embed


def test_the_timeline_embed_plots_published_events_with_the_pages_filters(client):
    military = make_event(category="military", score=-10)
    make_event(category="diplomatic", score=2)
    make_event(category="military", status=Event.Status.DRAFT)

    response = client.get("/embed/?category=military")

    assert response.status_code == 200
    assert plotted_slugs(response) == [military.slug]
    assert b"1 event matching the chosen filters" in response.content


def test_the_timeline_embed_loads_its_chart_script_which_fetches_plotly_later_but_not_htmx(client):
    make_event()

    content = client.get("/embed/").content.decode()

    scripts = re.findall(r'<script src="([^"]+)"', content)
    assert scripts == ["/static/js/chart.js", "/static/js/embed-frame.js"]
    assert 'data-plotly="/static/vendor/plotly/plotly-basic.min.js"' in content
    assert "<script>" not in content


def without_noscript(content):
    return re.sub(rb"<noscript>.*?</noscript>", b"", content, flags=re.S)


def test_the_list_shows_only_when_asked_or_without_javascript_and_every_link_opens_a_new_tab(client):
    event = make_event(title="Strikes on an airbase")

    without_list = client.get("/embed/")
    with_list = client.get("/embed/?list=on")

    assert b"embed-row" not in without_noscript(without_list.content)
    # Without JavaScript there is no chart to choose from: the list is there, in <noscript>.
    assert re.search(rb'<noscript>.*class="embed-row".*</noscript>', without_list.content, re.S)
    assert b"<noscript>" not in with_list.content
    assert b'class="embed-row"' in with_list.content
    assert f'href="/events/{event.slug}/" target="_blank" rel="noopener"'.encode() in with_list.content
    in_russian = client.get("/ru/embed/?list=on")
    assert f'href="/ru/events/{event.slug}/" target="_blank" rel="noopener"'.encode() in in_russian.content
    for response in (without_list, with_list):
        assert links(response)
        assert all(b'target="_blank"' in link and b'rel="noopener"' in link for link in links(response))


def test_the_title_height_and_theme_options_reach_the_page(client):
    make_event()

    response = client.get("/embed/?title=Sanctions+%3Cthen%3E+thaws&height=720&theme=dark")

    content = response.content.decode()
    assert "<h1>Sanctions &lt;then&gt; thaws</h1>" in content
    assert 'data-height="720"' in content
    assert 'data-theme="dark"' in content


def test_options_have_defaults(client):
    make_event()

    content = client.get("/embed/").content.decode()

    assert f'data-height="{TIMELINE_HEIGHT}"' in content
    assert 'data-theme="light"' in content
    assert "<h1>" not in content


def test_the_embed_reserves_the_charts_height_from_its_height_option(client):
    make_event()

    tall = client.get("/embed/?height=900").content.decode()
    short = client.get("/embed/?height=400").content.decode()

    sizer = r'<svg class="chart-sizer" width="1" height="(\d+)"'
    assert int(re.search(sizer, tall).group(1)) - int(re.search(sizer, short).group(1)) == 500


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("height=abc", "Height (height): Enter a whole number."),
        ("height=199", "Height (height): Ensure this value is greater than or equal to 200."),
        ("height=2001", "Height (height): Ensure this value is less than or equal to 2000."),
        ("theme=pink", "Theme (theme): Select a valid choice. pink is not one of the available choices."),
        ("list=maybe", "List (list): Select a valid choice."),
        ("title=" + "x" * 121, "Title (title): Ensure this value has at most 120 characters"),
        ("date_from=yesterday", "From (date_from): Enter a valid date as YYYY-MM-DD"),
    ],
)
def test_bad_options_and_filters_are_a_readable_400(client, query, message):
    make_event()

    response = client.get(f"/embed/?{query}")

    assert response.status_code == 400
    assert "This embed could not be shown" in response.content.decode()
    assert html.escape(message) in response.content.decode()


def test_a_400_lists_every_bad_parameter(client):
    response = client.get("/embed/?height=1&theme=pink&category=nonsense")

    content = response.content.decode()
    assert response.status_code == 400
    assert "Height (height)" in content
    assert "Theme (theme)" in content
    assert "Category (category)" in content


@pytest.mark.parametrize(
    ("path", "theme"),
    [
        ("/embed/?category=nonsense&theme=dark", "dark"),
        ("/embed/?height=1&theme=auto", "auto"),
        ("/embed/?theme=pink", "light"),
        ("/embed/events/no-such-event/?theme=dark", "dark"),
        ("/embed/events/no-such-event/?theme=pink", "light"),
    ],
)
def test_a_problem_page_keeps_the_theme_the_host_chose(client, path, theme):
    """A dark article whose embed breaks (a filter gone stale, an event withdrawn) shows a dark notice, not
    a light box; with no readable theme it is light, the embeds' default."""
    assert f'data-theme="{theme}"' in client.get(path).content.decode()


def test_an_empty_selection_says_so(client):
    make_event(score=-2)

    response = client.get("/embed/?direction=thaw")

    assert response.status_code == 200
    page = response.content.decode()
    assert page.count("No published events match these filters.") == 1  # in the chart's frame, not thrice
    assert 'class="chart-key"' not in page
    assert 'class="chart-description visually-hidden"' in page  # still read out to screen readers


# The event card


def test_the_event_card_gives_title_date_score_and_first_quote_with_its_source(client):
    source = make_source(outlet="Example Wire", headline="Relations at a low point")
    event = make_event(
        title="Moscow expels diplomats",
        score=-5,
        date=datetime.date(2017, 4, 3),
        date_precision=Event.Precision.WEEK,
        quote="",
    )
    add_evidence(event, source, "Moscow announced on Friday that it would expel diplomats.", speaker="A spokesman")
    add_evidence(event, source, "Washington said it was ready to talk about cooperation in space.")

    response = client.get(f"/embed/events/{event.slug}/")

    content = response.content.decode()
    assert response.status_code == 200
    assert "Moscow expels diplomats" in content
    assert "week of 3 April 2017" in content
    assert "−5.0" in content
    assert "Escalation on the Goldstein scale" in content
    assert "“Moscow announced on Friday that it would expel diplomats.”" in content
    assert '<span class="speaker" lang="en">A spokesman</span>' in content
    assert '<span lang="en">Example Wire</span>, <span lang="en">“Relations at a low point”</span>' in content
    assert "ready to talk about cooperation" not in content
    assert f'href="{event.get_absolute_url()}" target="_blank" rel="noopener"' in content
    assert all(b'target="_blank"' in link and b'rel="noopener"' in link for link in links(response))
    assert "plotly" not in content


def test_an_event_without_evidence_still_has_a_card(client):
    event = make_event(quote="")

    response = client.get(f"/embed/events/{event.slug}/")

    assert response.status_code == 200
    assert b"card-quote" not in response.content


@pytest.mark.parametrize("status", [Event.Status.DRAFT, Event.Status.REVIEW])
def test_unpublished_event_cards_are_404_even_for_staff(client, status):
    event = make_event(status=status)
    client.force_login(User.objects.create_user("staff", is_staff=True, is_superuser=True))

    assert client.get(f"/embed/events/{event.slug}/").status_code == 404
    assert client.get("/embed/events/no-such-event/").status_code == 404


@pytest.mark.parametrize("path", ["/embed/events/no-such-event/", "/ru/embed/events/no-such-event/"])
def test_an_event_card_no_longer_published_is_a_404_that_reads_as_an_embed(client, path):
    """A host page keeps its snippet after the event is withdrawn: its frame says so instead of showing
    the site's 404 page, with the site's header and navigation (or nothing at all, under X-Frame-Options)."""
    response = client.get(path)

    assert response.status_code == 404
    assert 'class="embed embed-problem' in response.content.decode()
    assert b"site-header" not in response.content
    timeline = path.removesuffix("embed/events/no-such-event/")
    assert links(response) == [f'<a href="{timeline}" target="_blank" rel="noopener">'.encode()]


def test_an_event_card_with_a_bad_option_is_a_400(client):
    event = make_event()

    response = client.get(f"/embed/events/{event.slug}/?theme=neon")

    assert response.status_code == 400
    assert b"Theme (theme)" in response.content


def test_the_event_card_has_its_default_height_and_theme(client):
    event = make_event()

    content = client.get(f"/embed/events/{event.slug}/?theme=auto").content.decode()

    assert f'data-height="{EVENT_CARD_HEIGHT}"' in content
    assert 'data-theme="auto"' in content


# Framing headers, per kind of page


def page_urls():
    event = make_event()
    source = event.evidence.first().source
    return {
        "timeline": "/",
        "event": event.get_absolute_url(),
        "source": source.get_absolute_url(),
        "sources": "/sources/",
        "download": "/events.csv",
        "admin login": "/admin/login/",
        "oembed": f"/oembed?url=http://testserver{event.get_absolute_url()}",
        "timeline embed": "/embed/",
        "event embed": f"/embed/events/{event.slug}/",
        "embed with bad options": "/embed/?height=1",
        "embed of an event no longer published": "/embed/events/no-such-event/",
    }


FRAMABLE_KINDS = {"timeline embed", "event embed", "embed with bad options", "embed of an event no longer published"}


def test_only_embeds_may_be_framed(client):
    for kind, url in page_urls().items():
        response = client.get(url)
        directives = csp_directives(response)
        assert directives["script-src"] == ["'self'"], kind
        assert "'unsafe-inline'" not in directives["style-src"], kind
        if kind in FRAMABLE_KINDS:
            assert "X-Frame-Options" not in response, kind
            assert directives["frame-ancestors"] == ["*"], kind
            assert response["Cross-Origin-Opener-Policy"] == "unsafe-none", kind
        else:
            assert response["X-Frame-Options"] == "DENY", kind
            assert directives["frame-ancestors"] == ["'none'"], kind
            assert response["Cross-Origin-Opener-Policy"] == "same-origin", kind


def test_embeds_may_be_framed_by_the_listed_origins_and_this_site(client, settings):
    settings.EMBED_ALLOWED_ORIGINS = ["https://news.example", "https://*.paper.example"]
    event = make_event()

    for url in ["/embed/", f"/embed/events/{event.slug}/"]:
        directives = csp_directives(client.get(url))
        assert directives["frame-ancestors"] == ["'self'", "https://news.example", "https://*.paper.example"]
    assert csp_directives(client.get("/"))["frame-ancestors"] == ["'none'"]


def test_no_listed_origin_leaves_only_this_site_to_frame_embeds(client, settings):
    settings.EMBED_ALLOWED_ORIGINS = []
    make_event()

    assert csp_directives(client.get("/embed/"))["frame-ancestors"] == ["'self'"]


# Caching


def test_embeds_and_oembed_carry_validators_and_public_caching(client, settings):
    settings.EMBED_CACHE_SECONDS = 120
    event = make_event()
    changed_at = content_version.content_state().changed_at

    for url in ["/embed/", f"/embed/events/{event.slug}/", "/oembed?url=http://testserver/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert re.fullmatch(r'W/"[0-9a-f]{32}"', response["ETag"]), url
        assert response["Last-Modified"] == http_date(changed_at.timestamp()), url
        assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=120"}, url


def test_a_conditional_get_with_the_current_etag_is_a_304_after_one_read_of_the_version(
    client, django_assert_num_queries
):
    make_event()
    etag = client.get("/embed/")["ETag"]

    with django_assert_num_queries(1):
        response = client.get("/embed/", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304
    assert response["ETag"] == etag
    assert "X-Frame-Options" not in response
    assert "public" in response["Cache-Control"]


def test_a_304_keeps_the_opener_policy_of_the_page_it_revalidates(client):
    """A browser takes a 304's headers in place of the stored ones: an embed's revalidation must not
    bring back the site's same-origin policy, nor a page's lose it."""
    event = make_event()
    for url, policy in [
        ("/embed/", "unsafe-none"),
        (f"/embed/events/{event.slug}/", "unsafe-none"),
        ("/", "same-origin"),
        (event.get_absolute_url(), "same-origin"),
    ]:
        etag = client.get(url)["ETag"]
        response = client.get(url, HTTP_IF_NONE_MATCH=etag)
        assert response.status_code == 304, url
        assert response["Cross-Origin-Opener-Policy"] == policy, url


def test_if_modified_since_is_honoured(client):
    make_event()
    last_modified = client.get("/embed/")["Last-Modified"]

    assert client.get("/embed/", HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304
    earlier = http_date(content_version.content_state().changed_at.timestamp() - 60)
    assert client.get("/embed/", HTTP_IF_MODIFIED_SINCE=earlier).status_code == 200


def test_publishing_an_event_changes_the_etag(client):
    make_event()
    draft = make_event(status=Event.Status.DRAFT)
    old_etag = client.get("/embed/")["ETag"]

    draft.status = Event.Status.PUBLISHED
    draft.save()

    new_etag = client.get("/embed/")["ETag"]
    assert new_etag != old_etag
    assert client.get("/embed/", HTTP_IF_NONE_MATCH=old_etag).status_code == 200
    assert client.get("/embed/", HTTP_IF_NONE_MATCH=new_etag).status_code == 304


def test_unpublishing_or_deleting_an_event_changes_the_etag(client):
    first, second = make_event(), make_event()
    etags = [client.get("/embed/")["ETag"]]

    first.status = Event.Status.DRAFT
    first.save()
    etags.append(client.get("/embed/")["ETag"])
    second.delete()
    etags.append(client.get("/embed/")["ETag"])

    assert len(set(etags)) == 3


def test_editing_a_source_changes_the_etag_and_last_modified(client):
    event = make_event()
    before = client.get(f"/embed/events/{event.slug}/")
    source = event.evidence.first().source
    ContentVersion.objects.update(changed_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC))

    source.headline = "A corrected headline"
    source.save()

    after = client.get(f"/embed/events/{event.slug}/")
    assert after["ETag"] != before["ETag"]
    assert after["Last-Modified"] == http_date(content_version.content_state().changed_at.timestamp())
    assert after["Last-Modified"] != http_date(datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC).timestamp())
    assert b"A corrected headline" in after.content


def test_the_etag_depends_on_the_query(client):
    make_event()

    assert client.get("/embed/?theme=dark")["ETag"] != client.get("/embed/?theme=light")["ETag"]


# oEmbed


def assert_oembed_rich(answer):
    """The fields oembed.com requires of a `rich` response, with their types."""
    assert answer["version"] == "1.0"
    assert answer["type"] == "rich"
    assert isinstance(answer["html"], str)
    assert answer["html"].startswith("<iframe ")
    assert isinstance(answer["width"], int)
    assert answer["width"] > 0
    assert isinstance(answer["height"], int)
    assert answer["height"] > 0
    for optional in ("title", "provider_name", "provider_url"):
        assert isinstance(answer[optional], str)
        assert answer[optional]
    assert isinstance(answer["cache_age"], int)


def iframe_src(snippet):
    return html.unescape(re.search(r'<iframe src="([^"]+)"', snippet).group(1))


def test_oembed_for_a_filtered_timeline_embeds_the_same_filters(client):
    make_event(category="military")

    response = oembed(client, "http://testserver/?category=military&page=2&utm_source=feed", format="json")

    answer = response.json()
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert_oembed_rich(answer)
    src = urlsplit(iframe_src(answer["html"]))
    assert (src.scheme, src.netloc, src.path) == ("http", "testserver", "/embed/")
    assert parse_qsl(src.query) == [("category", "military"), ("height", str(TIMELINE_HEIGHT)), ("theme", "light")]
    assert answer["height"] == TIMELINE_HEIGHT
    assert '<script src="http://testserver/static/embed.js" async></script>' in answer["html"]
    assert answer["provider_url"] == "http://testserver/"


def test_oembed_for_an_event_embeds_its_card(client):
    event = make_event(title="Lavrov & Tillerson meet")

    answer = oembed(client, f"http://testserver{event.get_absolute_url()}").json()

    assert_oembed_rich(answer)
    assert answer["title"] == "Lavrov & Tillerson meet"
    assert urlsplit(iframe_src(answer["html"])).path == f"/embed/events/{event.slug}/"
    assert 'title="Lavrov &amp; Tillerson meet · US–Russia relations timeline"' in answer["html"]
    assert client.get(iframe_src(answer["html"])).status_code == 200


def test_oembed_reads_an_address_without_its_closing_slash_as_the_page_it_leads_to(client):
    """The site's address as a producer types it ("https://timeline.example") is the timeline, and an event's
    address without its slash is the event (the site redirects there): both were 404."""
    event = make_event()
    slashless = {
        "http://testserver": "http://testserver/embed/",
        "http://testserver/ru": "http://testserver/ru/embed/",
        f"http://testserver{event.get_absolute_url().rstrip('/')}": f"http://testserver/embed/events/{event.slug}/",
    }

    for url, embed in slashless.items():
        response = oembed(client, url)
        assert response.status_code == 200, url
        assert urlsplit(iframe_src(response.json()["html"]))._replace(query="").geturl() == embed, url
    assert oembed(client, "http://testserver/events.csv").status_code == 404


def test_oembed_honours_maxwidth_and_maxheight(client):
    event = make_event()

    answer = oembed(client, f"http://testserver{event.get_absolute_url()}", maxwidth="500", maxheight="300").json()

    assert answer["width"] == 500
    assert answer["height"] == 300
    assert 'width="500" height="300"' in answer["html"]
    # The resizing script fits the frame to its content, up to maxheight: a frame left at 300 px hid the end of
    # a taller card (its attribution and links) behind a scrollbar, however much room the consumer allowed.
    assert 'style="border: 0; max-height: 300px;"' in answer["html"]
    assert '<script src="http://testserver/static/embed.js" async></script>' in answer["html"]
    assert ("height", "300") in parse_qsl(urlsplit(iframe_src(answer["html"])).query)


def test_oembed_keeps_a_height_within_bounds_when_maxheight_is_tiny(client):
    make_event()

    answer = oembed(client, "http://testserver/", maxheight="120").json()

    assert answer["height"] == 120
    assert ("height", "200") in parse_qsl(urlsplit(iframe_src(answer["html"])).query)


def test_oembed_without_limits_uses_the_default_size(client):
    make_event()

    answer = oembed(client, "http://testserver/", maxwidth="2000").json()

    assert answer["width"] == 2000
    assert answer["height"] == TIMELINE_HEIGHT


@pytest.mark.parametrize(
    "url",
    [
        "http://elsewhere.example/",
        "http://testserver.evil.example/",
        "ftp://testserver/",
        "http://testserver/sources/",
        "http://testserver/admin/",
        "http://testserver/embed/",
        "http://testserver/no-such-page/",
        "http://testserver/events/no-such-event/",
        "http://testserver/?date_from=not-a-date",
        "not a url at all",
    ],
)
def test_oembed_is_404_for_urls_that_are_not_our_pages(client, url):
    make_event()

    response = oembed(client, url)

    assert response.status_code == 404
    assert "not a timeline or published event page" in response.json()["error"]


def test_oembed_is_404_for_an_unpublished_event(client):
    draft = make_event(status=Event.Status.DRAFT)

    assert oembed(client, f"http://testserver{draft.get_absolute_url()}").status_code == 404


def test_oembed_errors(client):
    make_event()

    assert client.get("/oembed").status_code == 400
    assert oembed(client, "http://testserver/", format="xml").status_code == 501
    bad_width = oembed(client, "http://testserver/", maxwidth="wide")
    assert bad_width.status_code == 400
    assert "maxwidth must be a whole number" in bad_width.json()["error"]
    assert oembed(client, "http://testserver/", maxheight="0").status_code == 400


@pytest.mark.parametrize("size", ["²", "¹²", "①", "½", "1e3", "9" * 5000, "10001"])
def test_oembed_sizes_in_other_scripts_or_out_of_range_are_a_sentence(client, size):
    make_event()

    response = oembed(client, "http://testserver/", maxwidth=size)

    assert response.status_code == 400
    error = response.json()["error"]
    assert error == "maxwidth must be a whole number of pixels from 1 to 10,000, written in digits."


def test_oembed_reads_decimal_digits_of_any_script_as_django_does(client):
    make_event()

    assert oembed(client, "http://testserver/", maxwidth="٣٠٠").json()["width"] == 300


def test_oembed_of_a_page_with_an_unreadable_filter_or_address_is_404(client):
    make_event()

    assert oembed(client, "http://testserver/?actor=²").status_code == 404
    assert oembed(client, "http://[testserver/").status_code == 404


def test_the_timeline_and_event_pages_advertise_oembed(client):
    event = make_event()

    for page, title in [("/?direction=thaw", "US–Russia relations timeline"), (event.get_absolute_url(), event.title)]:
        content = client.get(page).content.decode()
        link = re.search(
            r'<link rel="alternate" type="application/json\+oembed" href="([^"]+)" title="([^"]+)">', content
        )
        assert link, page
        assert html.unescape(link.group(2)) == title
        href = urlsplit(html.unescape(link.group(1)))
        assert dict(parse_qsl(href.query)) == {"url": f"http://testserver{page}", "format": "json"}
        assert_oembed_rich(client.get(f"{href.path}?{href.query}").json())


def test_draft_pages_seen_by_staff_do_not_advertise_oembed_or_an_embed_button(client):
    draft = make_event(status=Event.Status.DRAFT)
    client.force_login(User.objects.create_user("staff", is_staff=True))

    content = client.get(draft.get_absolute_url()).content

    assert b"json+oembed" not in content
    assert b"data-embed-builder" not in content


# The builder


def test_the_timeline_page_has_an_embed_builder_for_its_filters(client):
    make_event()

    content = client.get("/").content.decode()

    builder = re.search(r"<details class=\"embed-builder\"[^>]*>", content, re.S).group(0)
    assert 'data-embed-path="/embed/"' in builder
    assert 'data-script-path="/static/embed.js"' in builder
    names = re.search(r'data-filter-names="([^"]*)"', builder).group(1).split()
    assert names == ["date_from", "date_to", "actor", "side", "category", "theater", "direction", "q", "initiator"]
    assert f'name="height" min="200" max="2000" step="10" value="{TIMELINE_HEIGHT}"' in content
    assert '<script src="/static/js/embed-builder.js" defer></script>' in content


@pytest.mark.parametrize("prefix", ["", "/ru"])
def test_the_builders_language_menu_names_each_language_in_itself(client, prefix):
    """Each option has its language's `lang`, so its name is that language's own, not «Английский» marked English."""
    make_event()

    content = client.get(f"{prefix}/").content.decode()

    menu = re.search(r"<select data-embed-language>.*?</select>", content, re.S).group(0)
    assert re.findall(r'<option value="(\w+)" lang="\1".*?>([^<]*)</option>', menu, re.S) == [
        ("en", "English"),
        ("ru", "Русский"),
    ]


def test_the_event_page_has_an_embed_builder_for_its_card(client):
    event = make_event(title="Lavrov & Tillerson meet")

    content = client.get(event.get_absolute_url()).content.decode()

    assert f'data-embed-path="/embed/events/{event.slug}/"' in content
    assert 'data-title="Lavrov &amp; Tillerson meet · US–Russia relations timeline"' in content
    assert f'name="height" min="200" max="2000" step="10" value="{EVENT_CARD_HEIGHT}"' in content
    assert 'name="list"' not in content
