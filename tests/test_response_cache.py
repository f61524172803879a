"""The response cache and validators (timeline.caching), through real requests, against local
memory and against a real Redis server (REDIS_TEST_URL or REDIS_URL; CI starts one)."""

import datetime
import gzip
import json
import os
import threading
import time

import brotli
import pytest
import redis
from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, StreamingHttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from timeline import caching, content_version
from timeline.models import Actor, ContentVersion, Era, Event

from .factories import add_evidence, make_actor, make_event, make_source, make_theater

pytestmark = pytest.mark.django_db

REDIS_URL = os.environ.get("REDIS_TEST_URL") or os.environ.get("REDIS_URL")
HTMX_RESULTS = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "results"}
HTMX_PANEL = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "panel"}


def redis_reachable():
    try:
        return bool(REDIS_URL) and redis.Redis.from_url(REDIS_URL, socket_timeout=2).ping()
    except redis.RedisError:
        return False


@pytest.fixture(params=["locmem", "redis"], autouse=True)
def backend(request, settings):
    """Every test here runs against both caches: each process's memory, and Redis."""
    if request.param == "redis":
        if not redis_reachable():
            message = f"no Redis server at REDIS_TEST_URL or REDIS_URL ({REDIS_URL!r})"
            if os.environ.get("CI") == "true":
                pytest.fail(message)
            pytest.skip(message)
        settings.CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": REDIS_URL}}
    else:
        settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "t"}}
    cache.clear()
    caching.LOCAL_COPIES.clear()
    yield request.param
    cache.clear()


def text(response):
    """The body as text; a stream is read once, as a reader would."""
    if not hasattr(response, "read_body"):
        response.read_body = response.getvalue()
    return response.read_body.decode()


def renders(client, url, **headers):
    """Whether answering this request rendered the view (a cache hit reads only the content version)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
        response.getvalue()
    assert response.status_code == 200, url
    return len(queries) > 1


@pytest.fixture
def world():
    theater = make_theater("Syria")
    actor = make_actor("Russia")
    event = make_event(title="Strikes on an airbase", theater=theater, actors=[actor], category="military")
    draft = make_event(title="A draft about talks", status=Event.Status.DRAFT, category="diplomatic")
    return {"event": event, "draft": draft, "theater": theater, "actor": actor}


def cached_views(event):
    """Every cached view, as (url, headers), each showing `event` when it is published."""
    return [
        ("/", {}),
        ("/", HTMX_RESULTS),
        (f"/events/{event.slug}/", {}),
        (f"/events/{event.slug}/", HTMX_PANEL),
        ("/embed/?list=on", {}),
        (f"/embed/events/{event.slug}/", {}),
        (f"/oembed?url=http://testserver/events/{event.slug}/", {}),
        ("/events.csv", {}),
        ("/events.json", {}),
        ("/events.timelinejs.json", {}),
        ("/sources/", {}),
    ]


def fetch_all(client, views):
    """Every view's answer, read to the end."""
    answers = {(url, tuple(headers)): client.get(url, **headers) for url, headers in views}
    for response in answers.values():
        text(response)
    return answers


def test_an_edit_changes_the_next_response_of_every_cached_view(client, world):
    event = world["event"]
    views = cached_views(event)
    before = fetch_all(client, views)
    assert all(not renders(client, url, **headers) for url, headers in views[:-1]), "the second request is a hit"

    event.title = "Cruise missiles strike an airbase"
    event.save()

    after = fetch_all(client, views)
    for view, response in after.items():
        assert response["ETag"] != before[view]["ETag"], view
    for view in list(after)[:-1]:  # the list of sources shows no event titles
        assert "Cruise missiles strike an airbase" in text(after[view]), view


def test_publishing_and_deleting_change_the_next_response(client, world):
    draft = world["draft"]
    views = [view for view in cached_views(draft) if "oembed" not in view[0] and "/events/" not in view[0]]
    before = fetch_all(client, views)
    assert all("A draft about talks" not in text(response) for response in before.values())

    draft.status = Event.Status.PUBLISHED
    draft.save()
    published = fetch_all(client, views)
    assert all("A draft about talks" in text(published[view]) for view in published if view[0] != "/sources/")
    assert client.get(f"/embed/events/{draft.slug}/").status_code == 200

    draft.delete()
    deleted = fetch_all(client, views)
    assert all("A draft about talks" not in text(response) for response in deleted.values())
    assert all(deleted[view]["ETag"] not in (before[view]["ETag"], published[view]["ETag"]) for view in deleted)


def test_saving_a_draft_keeps_every_public_entry(client, world):
    """Editors saving drafts (their texts, quotes, actors; deleting one) change nothing the public sees: the
    cached answers stay, so public pages are not rendered afresh at every save."""
    draft = world["draft"]
    views = [view for view in cached_views(world["event"]) if view[0] != "/events.timelinejs.json"]
    before = fetch_all(client, views)

    draft.title = "A draft about talks, rewritten"
    draft.save()
    source = world["event"].evidence.get().source  # a new source would be public: the list of sources shows it
    add_evidence(draft, source, "The foreign minister said relations were at a low point.")
    draft.actors.add(world["actor"])
    draft.evidence.first().delete()
    draft.delete()

    for url, headers in views:
        assert not renders(client, url, **headers), url
    after = fetch_all(client, views)
    assert all(after[view]["ETag"] == before[view]["ETag"] for view in after)


@pytest.mark.parametrize("change", ["publish", "unpublish", "edit published", "delete published", "quote", "era"])
def test_a_change_the_public_sees_changes_the_next_response(client, world, change):
    event, draft = world["event"], world["draft"]
    before = client.get("/")
    text(before)
    assert not renders(client, "/")

    if change == "publish":
        draft.status = Event.Status.PUBLISHED
        draft.save()
    elif change == "unpublish":
        event.status = Event.Status.DRAFT
        event.save()
    elif change == "edit published":
        event.summary = "A new summary."
        event.save()
    elif change == "delete published":
        event.delete()
    elif change == "quote":
        event.evidence.get().delete()
    else:
        Era.objects.create(title="A cold spell", start=event.date, direction=Era.Direction.TENSION, is_published=True)

    after = client.get("/")
    assert after["ETag"] != before["ETag"]
    assert ("Strikes on an airbase" in text(after)) is (change not in ("unpublish", "delete published"))


@pytest.mark.parametrize("rename", ["theater", "actor", "source"])
def test_renaming_what_an_event_shows_changes_its_validators_and_responses(client, world, rename):
    event = world["event"]
    urls = [f"/embed/events/{event.slug}/", f"/events/{event.slug}/", "/events.csv"]
    before = fetch_all(client, [(url, {}) for url in urls])

    if rename == "theater":
        world["theater"].name = "Northern Syria"
        world["theater"].save()
    elif rename == "actor":
        world["actor"].name = "Russian Federation"
        world["actor"].save()
    else:
        source = event.evidence.get().source
        source.outlet = "Renamed Wire"
        source.save()

    shown = {"theater": "Northern Syria", "actor": "Russian Federation", "source": "Renamed Wire"}[rename]
    for url in urls:
        after = client.get(url, HTTP_IF_NONE_MATCH=before[url, ()]["ETag"])
        assert after.status_code == 200, url
        assert after["ETag"] != before[url, ()]["ETag"], url
        text(after)
    assert shown in text(client.get("/events.csv"))
    if rename != "actor":  # the card shows the theater and the source, not the actors
        assert shown in text(client.get(urls[0]))


def test_adding_or_removing_an_actor_changes_the_responses(client, world):
    event = world["event"]
    before = client.get("/events.json")["ETag"]

    event.actors.add(make_actor("United States", side=Actor.Side.UNITED_STATES))

    after = client.get("/events.json")
    assert after["ETag"] != before
    assert [actor["en"] for actor in json.loads(after.getvalue())["events"][0]["actors"]] == ["Russia", "United States"]


def test_a_change_made_by_another_process_is_seen_at_once(client, world):
    """The content version is a database row: a save in another worker (whose signals never
    reach this process's memory) changes it, and this process's entries are not used again."""
    assert renders(client, "/")
    assert not renders(client, "/")

    ContentVersion.objects.update(token=12345)

    assert renders(client, "/")


def test_two_different_filters_never_share_an_entry(client, world):
    military = client.get("/?category=military")
    diplomatic = client.get("/?category=diplomatic")

    assert "Strikes on an airbase" in text(military)
    assert "Strikes on an airbase" not in text(diplomatic)
    assert military["ETag"] != diplomatic["ETag"]
    assert renders(client, "/?category=military", **HTMX_RESULTS), "the partial is not the page"
    assert "<html" not in text(client.get("/?category=military", **HTMX_RESULTS))
    assert client.get("/embed/?theme=dark")["ETag"] != client.get("/embed/?theme=light")["ETag"]


def test_the_order_of_parameters_and_empty_values_do_not_split_the_cache(client, world):
    assert renders(client, "/?category=military&direction=escalation")

    assert not renders(client, "/?direction=escalation&q=&category=military&actor=")
    assert renders(client, "/events.csv?category=military&date_from=")
    assert not renders(client, "/events.csv?date_to=&category=military")


def test_a_view_is_handed_the_normalised_query(client, world):
    """So the entry two spellings share is what the view makes of either: the empty `format`
    of oEmbed is the default, json, not an unknown format."""
    url = f"http://testserver/events/{world['event'].slug}/"

    assert client.get("/oembed", {"url": url, "format": ""}).status_code == 200
    assert client.get("/oembed", {"format": "", "url": url}).status_code == 200


def test_each_language_has_its_own_entry(client, world):
    """The address decides the language: /ru/embed/ is stored apart from /embed/, and the reader's
    Accept-Language never picks an entry (an unprefixed address is English for everyone)."""
    assert renders(client, "/embed/")
    assert renders(client, "/ru/embed/")
    assert not renders(client, "/ru/embed/")
    assert not renders(client, "/embed/", HTTP_ACCEPT_LANGUAGE="ru")
    with translation.override("ru"):
        assert not renders(client, "/embed/")
    assert client.get("/ru/embed/")["Content-Language"] == "ru"
    assert client.get("/embed/", HTTP_ACCEPT_LANGUAGE="ru")["Content-Language"] == "en"


def test_a_staff_preview_is_never_cached_for_the_public(client, world):
    draft = world["draft"]
    staff = User.objects.create_user("editor", password="x", is_staff=True)
    client.force_login(staff)

    preview = client.get(f"/events/{draft.slug}/")
    page = client.get("/")

    assert "A draft about talks" in text(preview)
    for response in (preview, page):
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]
        assert "ETag" not in response
    client.logout()
    assert client.get(f"/events/{draft.slug}/").status_code == 404
    assert renders(client, "/"), "the page the editor saw was not stored"
    assert "A draft about talks" not in text(client.get("/"))


def test_a_conditional_get_is_a_304_for_every_cached_view(client, world):
    for url, headers in cached_views(world["event"]):
        etag = client.get(url, **headers)["ETag"]
        answer = client.get(url, HTTP_IF_NONE_MATCH=etag, **headers)
        assert answer.status_code == 304, url
        assert answer["ETag"] == etag, url
        assert "Accept-Encoding" in answer["Vary"], url


# Compression


@pytest.mark.parametrize("url", ["/", "/embed/", "/events.json", "/events.csv"])
@pytest.mark.parametrize(
    ("accept", "encoding", "decode"), [("br", "br", brotli.decompress), ("gzip", "gzip", gzip.decompress)]
)
def test_compressed_answers_decode_to_the_plain_answer_and_keep_the_etag(client, world, url, accept, encoding, decode):
    plain = client.get(url)
    plain_body = plain.getvalue()
    for _ in ("rendered", "cached"):
        response = client.get(url, HTTP_ACCEPT_ENCODING=f"{accept}, deflate")
        assert response["Content-Encoding"] == encoding
        assert decode(response.getvalue()) == plain_body
        assert response["ETag"] == plain["ETag"]
        assert "Accept-Encoding" in response["Vary"]
    assert "Content-Encoding" not in plain
    assert client.get(url, HTTP_ACCEPT_ENCODING=f"{accept}", HTTP_IF_NONE_MATCH=plain["ETag"]).status_code == 304


def test_q_values_choose_the_encoding(client, world):
    assert client.get("/", HTTP_ACCEPT_ENCODING="br;q=0, gzip")["Content-Encoding"] == "gzip"
    assert client.get("/", HTTP_ACCEPT_ENCODING="gzip;q=0.5, br;q=0.8")["Content-Encoding"] == "br"
    assert "Content-Encoding" not in client.get("/", HTTP_ACCEPT_ENCODING="identity")


def test_a_streamed_download_stays_streamed_when_compressed(client, world):
    response = client.get("/events.json", HTTP_ACCEPT_ENCODING="gzip")

    assert response.streaming
    assert "Content-Length" not in response
    assert json.loads(gzip.decompress(response.getvalue()))["count"] == 1


# Streams and their size


def test_a_download_larger_than_the_limit_is_streamed_and_not_kept(client, world, settings):
    settings.RESPONSE_CACHE_MAX_BYTES = 200
    assert renders(client, "/events.json")
    assert renders(client, "/events.json")

    settings.RESPONSE_CACHE_MAX_BYTES = 100_000
    assert renders(client, "/events.json")
    assert not renders(client, "/events.json")
    assert not client.get("/events.json").streaming


@pytest.mark.django_db(transaction=True)
def test_an_abandoned_stream_is_not_kept_and_frees_its_key(client):
    """A reader who goes away mid-download: the server closes the response (with autocommit on,
    as in production, closing keeps the database connection)."""
    make_event(title="Strikes on an airbase")
    response = client.get("/events.csv")
    next(iter(response.streaming_content))
    response.close()

    assert renders(client, "/events.csv"), "a partial body was not stored"
    assert not renders(client, "/events.csv")


# One render per key


def rendering(body, delay=0.0, started=None, release=None):
    """A view's work, counted: it waits for `release` (or `delay`) before answering."""
    calls = []

    def render():
        calls.append(1)
        if started:
            started.set()
        if release:
            release.wait(10)
        time.sleep(delay)
        return HttpResponse(body, content_type="text/html")

    return render, calls


def answer(key, render, results):
    request = RequestFactory().get("/")
    results.append(caching.ResponseCache(key, "identity").get_or_render(render, request).content)


def test_a_stampede_on_one_key_renders_it_once():
    render, calls = rendering(b"<p>the page</p>" * 40, delay=0.3)
    results = []
    threads = [threading.Thread(target=answer, args=("one-key", render, results)) for _ in range(8)]

    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)

    assert len(calls) == 1
    assert results == [b"<p>the page</p>" * 40] * 8


def test_an_answer_stored_between_the_look_and_the_lock_is_served_not_rendered_again(monkeypatch):
    """The race a loaded machine opens in a stampede: a request finds nothing, and before it asks for the lock the
    request that held it has stored the answer and let the lock go."""
    look = caching.ResponseCache.fetch
    first, first_calls = rendering(b"rendered first")
    late, late_calls = rendering(b"rendered again")
    first_results, late_results = [], []

    def miss_while_another_request_finishes(cache_entry):
        monkeypatch.setattr(caching.ResponseCache, "fetch", look)
        answer("raced-key", first, first_results)
        return None

    monkeypatch.setattr(caching.ResponseCache, "fetch", miss_while_another_request_finishes)
    answer("raced-key", late, late_results)

    assert (len(first_calls), late_calls) == (1, [])
    assert late_results == first_results == [b"rendered first"]


def test_a_cold_key_never_blocks_another():
    started, release = threading.Event(), threading.Event()
    slow, _ = rendering(b"slow", started=started, release=release)
    fast, fast_calls = rendering(b"fast")
    slow_results, fast_results = [], []
    slow_thread = threading.Thread(target=answer, args=("slow-key", slow, slow_results))
    slow_thread.start()
    started.wait(5)

    began = time.monotonic()
    answer("fast-key", fast, fast_results)
    waited = time.monotonic() - began
    release.set()
    slow_thread.join(10)

    assert fast_results == [b"fast"]
    assert len(fast_calls) == 1
    assert waited < 1.0
    assert slow_results == [b"slow"]


def test_a_stream_being_rendered_is_waited_for_then_served_from_the_cache():
    chunks_sent = threading.Event()
    calls = []

    def render():
        calls.append(1)

        def chunks():
            yield b'{"events": ['
            chunks_sent.wait(5)
            yield b"1, 2, 3]}"

        return StreamingHttpResponse(chunks(), content_type="application/json")

    request = RequestFactory().get("/")
    streamed = caching.ResponseCache("stream-key", "identity").get_or_render(render, request)
    iterator = iter(streamed.streaming_content)
    assert next(iterator) == b'{"events": ['
    waiting = []
    waiter = threading.Thread(target=answer, args=("stream-key", render, waiting))
    waiter.start()
    time.sleep(0.1)
    chunks_sent.set()
    assert list(iterator) == [b"1, 2, 3]}"]
    streamed.close()
    waiter.join(10)

    assert waiting == [b'{"events": [1, 2, 3]}']
    assert len(calls) == 1


def test_the_state_is_one_read_of_one_row(django_assert_num_queries):
    make_event(source=make_source())

    with django_assert_num_queries(1):
        state = content_version.content_state()
    content_version.content_changed()
    assert content_version.content_state().token != state.token


def version_reads(queries):
    return [query for query in queries.captured_queries if ContentVersion._meta.db_table in query["sql"]]


def test_an_uncached_answer_reads_the_content_version_once_and_its_chart_is_keyed_by_it(client):
    make_event(source=make_source())

    with CaptureQueriesContext(connection) as queries:
        first = client.get("/?category=diplomatic", **HTMX_RESULTS)
    assert first.status_code == 200
    assert len(version_reads(queries)) == 1
    # A change after the answer: the next one reads the new version, and draws its chart afresh.
    make_event(date=datetime.date(2017, 5, 1), source=make_source())
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/?category=diplomatic", **HTMX_RESULTS)
    assert len(version_reads(queries)) == 1
    assert text(first).count('<a class="marker ') == 1
    assert text(second).count('<a class="marker ') == 2


def test_outside_an_answer_the_state_is_read_each_time(django_assert_num_queries):
    with django_assert_num_queries(2):
        content_version.content_state()
        content_version.content_state()


def test_local_copies_keep_the_latest_answers_within_their_budget(settings):
    settings.RESPONSE_CACHE_LOCAL_BYTES = 11
    copies = caching.LocalCopies()
    answer_of = {
        name: caching.StoredResponse((), body) for name, body in [("a", b"aaaaaa"), ("b", b"bbbb"), ("c", b"ccccc")]
    }

    copies.put("a", answer_of["a"])
    copies.put("b", answer_of["b"])
    assert copies.get("a") is answer_of["a"]  # now the latest used
    copies.put("c", answer_of["c"])
    copies.put("big", caching.StoredResponse((), b"x" * 12))

    assert copies.get("b") is None, "the oldest used is dropped first"
    assert copies.get("a") is answer_of["a"]
    assert copies.get("c") is answer_of["c"]
    assert copies.get("big") is None, "an answer larger than the budget is not kept"
