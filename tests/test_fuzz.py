"""Random and hostile input against every public URL and parameter: never a 5xx.

Values come from the whole of Unicode (every script, emoji, control characters),
from the characters Unicode calls numeric (other scripts' digits, superscripts,
fractions, circled numbers: "²", "①", "٣", "Ⅻ"), from invalid UTF-8, and from a
list of known troublemakers. Each example is sent to every public URL, so the
module makes several thousand requests; conftest.py counts them and prints the
total at the end of the run.
"""

import sys
import unicodedata
from urllib.parse import quote, quote_from_bytes

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import count_fuzz_request
from .factories import make_actor, make_event, make_source

FILTER_NAMES = ["date_from", "date_to", "actor", "side", "category", "theater", "direction", "q", "page"]
EMBED_NAMES = ["height", "theme", "list", "title", "url", "maxwidth", "maxheight", "format"]
NUMBER_NAMES = ["actor", "page", "height", "maxwidth", "maxheight"]
HOSTILE_VALUES = [
    "",
    "²",
    "¹²",
    "①",
    "٣",
    "１２",
    "Ⅻ",
    "½",
    "𝟗",
    "2017-13-45",
    "0000-00-00",
    "9" * 400,
    "9" * 5000,
    "-1",
    "0",
    "1e309",
    "NaN",
    "Infinity",
    "0x10",
    " 12 ",
    "' OR 1=1 --",
    "1; DROP TABLE timeline_event",
    "\x00",
    "%00",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "ℝ𝕦𝕤𝕤𝕚𝕒 🇷🇺",
    "x" * 5000,
    "http://evil.example/events/x/",
    "http://[testserver/",
    "http://testserver/?actor=²",
    "http://testserver/?theater=%00",
]
NUMERIC_CHARACTERS = [
    chr(code) for code in range(sys.maxunicode + 1) if unicodedata.numeric(chr(code), None) is not None
]
SERVER_ERROR = 500

every_character = st.characters(exclude_categories=["Cs"])  # lone surrogates cannot be encoded at all
NUMBER_PARTS = [*NUMERIC_CHARACTERS, "-", "+", ".", ",", "e", " "]
numbers = st.text(alphabet=st.sampled_from(NUMBER_PARTS), min_size=1, max_size=12)
values = st.one_of(
    st.sampled_from(HOSTILE_VALUES),
    st.text(alphabet=every_character, max_size=60),
    numbers,
    st.integers().map(str),
)
names = st.one_of(st.sampled_from(FILTER_NAMES + EMBED_NAMES), st.text(alphabet=every_character, max_size=12))


def encoded(value):
    return quote(value, safe="") if isinstance(value, str) else quote_from_bytes(value, safe="")


pairs = st.lists(
    st.tuples(names, st.one_of(values, st.binary(max_size=30))),  # binary: percent-encoded bytes, often not UTF-8
    max_size=8,
)
query_strings = pairs.map(lambda items: "&".join(f"{encoded(name)}={encoded(value)}" for name, value in items))
# oEmbed's url parameter holds a page address with its own query string.
oembed_queries = st.tuples(query_strings, values).map(
    lambda parts: f"url={quote('http://testserver/?' + parts[0], safe='')}&maxwidth={encoded(parts[1])}"
)


@pytest.fixture
def public_urls(db):
    source = make_source()
    event = make_event(source=source, actors=[make_actor()])
    return [
        "/",
        event.get_absolute_url(),
        "/events/no-such-event/",
        "/sources/",
        source.get_absolute_url(),
        "/events.csv",
        "/events.json",
        "/events.timelinejs.json",
        "/embed/",
        f"/embed/events/{event.slug}/",
        "/oembed",
        "/admin/login/",
    ]


def get(client, url, **headers):
    response = client.get(url, headers=headers)
    count_fuzz_request(response.status_code)
    return response


def assert_answered(response, url):
    # Only oEmbed may answer 501 (for a format other than json), as its specification asks.
    allowed = {200, 301, 302, 400, 404} | ({501} if url.startswith("/oembed") else set())
    assert response.status_code in allowed, (url, response.status_code)
    assert response.status_code != SERVER_ERROR


FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(query=query_strings)
def test_hostile_query_strings_never_cause_a_server_error(client, public_urls, query):
    for url in public_urls:
        assert_answered(get(client, f"{url}?{query}"), url)
    # The htmx partial of the timeline's results.
    assert_answered(get(client, f"/?{query}", HX_Request="true", HX_Target="results"), "/")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(NUMBER_NAMES), value=numbers)
def test_numbers_in_any_script_are_a_clear_answer(client, public_urls, name, value):
    for url in ["/", "/events.json", "/embed/", f"/oembed?url={quote('http://testserver/', safe='')}"]:
        separator = "&" if "?" in url else "?"
        response = get(client, f"{url}{separator}{name}={quote(value, safe='')}")
        assert_answered(response, url)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=oembed_queries)
def test_oembed_of_hostile_page_addresses_never_causes_a_server_error(client, public_urls, query):
    assert_answered(get(client, f"/oembed?{query}"), "/oembed")


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    slug=st.text(alphabet=every_character, min_size=1, max_size=200),
    source_id=st.one_of(st.integers(min_value=-(2**70), max_value=2**70).map(str), numbers),
)
def test_hostile_paths_never_cause_a_server_error(client, public_urls, slug, source_id):
    for url in [
        f"/events/{quote(slug, safe='')}/",
        f"/embed/events/{quote(slug, safe='')}/",
        f"/sources/{quote(source_id, safe='')}/",
        f"/{quote(slug, safe='')}",
    ]:
        assert_answered(get(client, url), url)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(username=st.one_of(values, st.text(alphabet=every_character, max_size=300)), password=values, next_url=values)
def test_hostile_log_ins_never_cause_a_server_error(client, db, username, password, next_url):
    response = client.post(
        f"/admin/login/?next={quote(next_url, safe='')}", {"username": username, "password": password}
    )
    count_fuzz_request(response.status_code)
    # 429: django-axes locking out the many failures.
    assert response.status_code in {200, 302, 400, 429}, response.status_code
