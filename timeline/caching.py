"""Validators and a server-side cache of rendered responses, both keyed by the content version.

The content version (content_version.py) changes in the same transaction as
anything the public sees, in the database, so every process sees a change at
once, whatever the cache backend, and a reader never pairs the new token with
old rows.

`cached_response` marks a public view; ResponseCacheMiddleware, near the top of
the middleware, answers its requests from readers without a session:
- it keys the answer by the query with its parameter names sorted and its empty
  values dropped, so equal requests share one entry, and hands the view the
  query without its empty values, so an entry is what the view makes of any
  request with its key;
- a conditional GET whose ETag or date still holds gets a 304;
- it serves the stored answer in the encoding asked for (identity, gzip or
  Brotli, as the middleware below it compressed it), headers and all, without
  running the rest of the middleware; or it lets the request through once while
  concurrent requests for the same key wait for it (a lock per key: a cold key
  never blocks another one) and stores what comes back;
- streamed answers stay streamed, and a copy is stored only if it stays small.
Editors (anyone logged in) bypass the cache and get `private, no-store`.
"""

import functools
import hashlib
import json
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Concatenate, ParamSpec
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseBase, QueryDict, StreamingHttpResponse
from django.urls import Resolver404, get_urlconf, resolve
from django.utils import translation
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
)
from django.utils.http import http_date

from . import compression
from .address_languages import language_of_path
from .content_version import REQUEST_STATE, ContentState, read_content_state

# Request headers that change what a cached view returns, besides its URL and the language.
KEY_HEADERS = ["HX-Request", "HX-Target", "HX-History-Restore-Request"]
ENTRY_PREFIX = "timeline:response:"
POLL_FIRST_SECONDS, POLL_LONGEST_SECONDS = 0.005, 0.1
# The mark of a lock whose holder is streaming its response.
STREAMING = ":streaming"

P = ParamSpec("P")
View = Callable[Concatenate[HttpRequest, P], HttpResponseBase]


@functools.cache
def release() -> str:
    """What a deploy changes in every page: the hashed static file names and the translation catalogues."""
    parts = [json.dumps(getattr(staticfiles_storage, "hashed_files", {}), sort_keys=True)]
    for directory in [*settings.LOCALE_PATHS, Path(__file__).parent / "locale"]:
        for catalogue in sorted(Path(str(directory)).glob("**/*.mo")):
            stat = catalogue.stat()
            parts.append(f"{catalogue}:{stat.st_mtime_ns}:{stat.st_size}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


# Keys and validators


def without_empty_values(query: QueryDict) -> QueryDict:
    """The query without its empty values (`?q=&category=` is `?category=`), in its own order."""
    return QueryDict(urlencode([(name, value) for name, values in query.lists() for value in values if value]))


def sorted_query(query: QueryDict) -> str:
    """The query with its names sorted (the values of one name keep their order): the key's spelling of it."""
    return urlencode([(name, value) for name in sorted(query) for value in query.getlist(name)])


def use_query_without_empty_values(request: HttpRequest) -> None:
    """Let the view read the query as the key does, without empty values, so a cached answer is
    what the view makes of any request with that key (the order of names changes only the
    order of the parameters in the links it writes)."""
    query = without_empty_values(request.GET)
    request.GET = query  # type: ignore[assignment]  # a QueryDict made from a string is immutable, as GET is
    request.META["QUERY_STRING"] = query.urlencode()


def request_language(request: HttpRequest) -> str:
    """The language the answer will be in: the address's, as the locale middleware (which runs after this) sets it."""
    return language_of_path(request.path_info)


def request_key(request: HttpRequest, state: ContentState, language: str) -> str:
    """Everything an answer depends on: content version, release, address, sorted query, language, headers."""
    parts = [
        str(state.token),
        release(),
        request.build_absolute_uri(request.path),
        sorted_query(request.GET),
        language,
        *(request.headers.get(name, "") for name in KEY_HEADERS),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


@dataclass(frozen=True)
class Validators:
    etag: str
    last_modified: int

    @classmethod
    def of(cls, key: str, state: ContentState) -> "Validators":
        # Weak: the representations in each encoding share it.
        return cls(etag=f'W/"{key[:32]}"', last_modified=int(state.changed_at.timestamp()))

    def apply(self, response: HttpResponseBase, max_age: Callable[[], int] | None) -> HttpResponseBase:
        response.headers["ETag"] = self.etag
        response.headers["Last-Modified"] = http_date(self.last_modified)
        if max_age is None:
            patch_cache_control(response, public=True, no_cache=True)
        else:
            patch_cache_control(response, public=True, max_age=max_age())
        patch_vary_headers(response, ["Accept-Encoding"])
        return response


# The marker on views, and the middleware


@dataclass(frozen=True)
class CachePolicy:
    """How a cached view's answers may be kept by browsers and shared caches (see cached_response),
    and the Cross-Origin-Opener-Policy its answers carry when the view sets its own (a 304 answered
    here never reaches the view, and a browser takes the 304's headers in place of the stored ones)."""

    max_age: Callable[[], int] | None
    opener_policy: str | None = None


def cached_response(max_age: Callable[[], int] | None = None) -> Callable[[View[P]], View[P]]:
    """Mark a public view for the response cache and its validators (see the module's docstring).

    `max_age` gives the Cache-Control max-age for browsers and shared caches (read
    per request, as it comes from settings); with None they keep the answer but
    revalidate it every time (no-cache). Answers to editors are never stored.
    """

    def decorator(view: View[P]) -> View[P]:
        @functools.wraps(view)
        def wrapped(request: HttpRequest, *args: P.args, **kwargs: P.kwargs) -> HttpResponseBase:
            response = view(request, *args, **kwargs)
            if request.user.is_authenticated:
                add_never_cache_headers(response)
            return response

        wrapped.response_cache = CachePolicy(max_age)  # type: ignore[attr-defined]  # read by the middleware
        return wrapped

    return decorator


def cache_policy(request: HttpRequest, language: str) -> CachePolicy | None:
    """The policy of the view this request is for, if the cache may answer it: a GET or HEAD,
    from a reader without a session (an editor's request is never answered nor stored)."""
    if request.method not in ("GET", "HEAD") or settings.SESSION_COOKIE_NAME in request.COOKIES:
        return None
    return view_policy(get_urlconf() or settings.ROOT_URLCONF, language, request.path_info)


@functools.lru_cache(maxsize=4096)
def view_policy(urlconf: str, language: str, path: str) -> CachePolicy | None:
    """The policy of the view at `path`, resolved once per process and address: resolving it on every
    hit (in its language: /ru/… resolves only while Russian is active) cost a quarter of a hit."""
    try:
        with translation.override(language):
            match = resolve(path, urlconf)
    except Resolver404:
        return None
    policy = getattr(match.func, "response_cache", None)
    opener_policy = getattr(match.func, "cross_origin_opener_policy", None)
    return policy if policy is None or opener_policy is None else replace(policy, opener_policy=opener_policy)


class ResponseCacheMiddleware:
    """Answers the requests for views marked with cached_response from the cache (see the module's
    docstring). Placed right after SecurityMiddleware: a stored answer holds every header the
    middleware below it wrote (the Content Security Policy, framing, compression)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        language = request_language(request)
        policy = cache_policy(request, language)
        if policy is None:
            return self.get_response(request)
        state = read_content_state()
        request_state = REQUEST_STATE.set(state)
        try:
            return self.answer(request, policy, state, language)
        finally:
            REQUEST_STATE.reset(request_state)

    def answer(self, request: HttpRequest, policy: CachePolicy, state: ContentState, language: str) -> HttpResponseBase:
        use_query_without_empty_values(request)
        key = request_key(request, state, language)
        validators = Validators.of(key, state)
        not_modified = get_conditional_response(request, etag=validators.etag, last_modified=validators.last_modified)
        if not_modified is not None:
            return self.not_modified(not_modified, validators, policy)

        def render() -> HttpResponseBase:
            response = self.get_response(request)
            if response.status_code == 200 and storable(response, request, language):
                validators.apply(response, policy.max_age)
            return response

        return ResponseCache(key, compression.accepted_encoding(request)).get_or_render(render, request, validators)

    @staticmethod
    def not_modified(response: HttpResponseBase, validators: Validators, policy: CachePolicy) -> HttpResponseBase:
        if response.status_code != 304:
            return response
        if policy.opener_policy:
            response.headers["Cross-Origin-Opener-Policy"] = policy.opener_policy
        return validators.apply(response, policy.max_age)


# The store


@dataclass(frozen=True)
class StoredResponse:
    """A 200 answer as kept in the cache: its headers and its body, in one encoding."""

    headers: tuple[tuple[str, str], ...]
    body: bytes

    @classmethod
    def kept_headers(cls, response: HttpResponseBase) -> tuple[tuple[str, str], ...]:
        return tuple((name, value) for name, value in response.items() if name.lower() != "content-length")

    def response(self) -> HttpResponse:
        response = HttpResponse(self.body, headers=self.headers)
        response.headers["Content-Length"] = str(len(self.body))
        return response


def storable(response: HttpResponseBase, request: HttpRequest, language: str) -> bool:
    """A public 200 answer: no cookies, no CSRF token, no cache-control of its own, in the key's language
    (or, for a download, in the language its query asks for with `lang`, which the key holds too)."""
    return (
        response.status_code == 200
        and not response.cookies
        and not compression.carries_csrf_token(request)
        and not response.has_header("Cache-Control")
        and in_language_of_key(response, request, language)
    )


def in_language_of_key(response: HttpResponseBase, request: HttpRequest, language: str) -> bool:
    """The answer is in the key's language ("en" for "en-gb"), or is a download in the `lang` its query names."""
    said = response.get("Content-Language")
    return said is None or said.split("-")[0] in (language.split("-")[0], request.GET.get("lang"))


class LocalCopies:
    """The answers this process served last, kept as objects (up to RESPONSE_CACHE_LOCAL_BYTES of
    bodies): a hit on them costs neither unpickling the body nor, with Redis, fetching it. Keys
    hold the content version, so a copy is never stale; it is only dropped, oldest first."""

    def __init__(self) -> None:
        self.entries: OrderedDict[str, StoredResponse] = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()

    def get(self, key: str) -> "StoredResponse | None":
        with self.lock:
            stored = self.entries.get(key)
            if stored is not None:
                self.entries.move_to_end(key)
            return stored

    def put(self, key: str, stored: StoredResponse) -> None:
        budget = settings.RESPONSE_CACHE_LOCAL_BYTES
        if len(stored.body) > budget:
            return
        with self.lock:
            if key in self.entries:
                return
            self.entries[key] = stored
            self.size += len(stored.body)
            while self.size > budget:
                _, dropped = self.entries.popitem(last=False)
                self.size -= len(dropped.body)

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()
            self.size = 0


LOCAL_COPIES = LocalCopies()


class ResponseCache:
    """The cached answers of one key in one encoding, and the lock that renders them once."""

    def __init__(self, key: str, encoding: str) -> None:
        self.entry_key = f"{ENTRY_PREFIX}{key}:{encoding}"
        self.lock_key = f"{self.entry_key}:lock"
        self.lock_token = ""  # drawn when this request takes the lock: a hit never needs one

    def get_or_render(
        self, render: Callable[[], HttpResponseBase], request: HttpRequest, validators: "Validators | None" = None
    ) -> HttpResponseBase:
        """The stored answer, or `render()`'s, stored if it carries `validators` (any 200, without them)."""
        stored = LOCAL_COPIES.get(self.entry_key) or self.fetch()
        if stored is not None:
            return stored.response()
        self.lock_token = secrets.token_hex(8)
        if cache.add(self.lock_key, self.lock_token, settings.RESPONSE_CACHE_LOCK_SECONDS):
            # The request that held the lock before may have stored the answer since the look above.
            stored = self.fetch()
            if stored is not None:
                self.release_lock()
                return stored.response()
            return self.render_holding_lock(render, validators)
        stored = self.wait_for_entry()
        if stored is None:
            # The request holding the lock gave up storing, or took too long: render this one alone.
            return self.render_and_store(render, validators)
        return stored.response()

    def fetch(self) -> StoredResponse | None:
        stored = cache.get(self.entry_key)
        if stored is not None:
            LOCAL_COPIES.put(self.entry_key, stored)
        return stored

    def render_holding_lock(
        self, render: Callable[[], HttpResponseBase], validators: "Validators | None"
    ) -> HttpResponseBase:
        try:
            response = self.render_and_store(render, validators)
        except BaseException:
            self.release_lock()
            raise
        if not isinstance(response, StreamingHttpResponse):
            self.release_lock()
        # A streamed response releases the lock when it is closed (see TeeToCache).
        return response

    def render_and_store(
        self, render: Callable[[], HttpResponseBase], validators: "Validators | None"
    ) -> HttpResponseBase:
        response = render()
        if response.status_code != 200 or (validators and response.get("ETag") != validators.etag):
            if isinstance(response, StreamingHttpResponse):
                self.release_lock()
            return response
        if isinstance(response, StreamingHttpResponse):
            return self.stream_and_store(response)
        if isinstance(response, HttpResponse):
            self.store(StoredResponse(StoredResponse.kept_headers(response), response.content))
        return response

    def store(self, stored: StoredResponse) -> StoredResponse:
        if len(stored.body) <= settings.RESPONSE_CACHE_MAX_BYTES:
            cache.set(self.entry_key, stored, settings.RESPONSE_CACHE_SECONDS)
            LOCAL_COPIES.put(self.entry_key, stored)
        return stored

    def stream_and_store(self, response: StreamingHttpResponse) -> StreamingHttpResponse:
        # A stream goes at its reader's pace: others wait for it only a little (see wait_for_entry).
        cache.set(self.lock_key, f"{self.lock_token}{STREAMING}", settings.RESPONSE_CACHE_LOCK_SECONDS)
        chunks: Iterable[bytes] = response.streaming_content  # type: ignore[assignment]  # a sync view streams bytes
        headers = StoredResponse.kept_headers(response)
        response.streaming_content = TeeToCache(chunks, lambda body: self.store(StoredResponse(headers, body)), self)
        return response

    def wait_for_entry(self) -> StoredResponse | None:
        """Poll for the entry another request is rendering, until it is stored or the lock goes;
        for a streamed response, at most RESPONSE_CACHE_STREAM_WAIT_SECONDS."""
        started = time.monotonic()
        pause = POLL_FIRST_SECONDS
        while True:
            time.sleep(pause)
            stored, lock = self.fetch(), cache.get(self.lock_key)
            if stored is not None or lock is None:
                return stored
            waited = time.monotonic() - started
            patience = settings.RESPONSE_CACHE_STREAM_WAIT_SECONDS if lock.endswith(STREAMING) else None
            if waited > (patience or settings.RESPONSE_CACHE_LOCK_SECONDS):
                return None
            pause = min(pause * 2, POLL_LONGEST_SECONDS)

    def release_lock(self) -> None:
        if cache.get(self.lock_key) in (self.lock_token, f"{self.lock_token}{STREAMING}"):
            cache.delete(self.lock_key)


class TeeToCache:
    """Streams the chunks to the client and keeps a copy, stored once the stream ends, unless it
    grows past RESPONSE_CACHE_MAX_BYTES (then the copy is dropped at once, and the lock released,
    so memory stays flat). Closing it, as the server does when the response is done, releases the lock."""

    def __init__(self, chunks: Iterable[bytes], store: Callable[[bytes], object], owner: ResponseCache) -> None:
        self.chunks, self.store, self.owner = chunks, store, owner

    def __iter__(self) -> Iterator[bytes]:
        kept: list[bytes] | None = []
        size = 0
        for chunk in self.chunks:
            if kept is not None:
                size += len(chunk)
                if size <= settings.RESPONSE_CACHE_MAX_BYTES:
                    kept.append(chunk)
                else:
                    kept = None
                    self.owner.release_lock()
            yield chunk
        if kept is not None:
            self.store(b"".join(kept))

    def close(self) -> None:
        self.owner.release_lock()
