"""Compression of text responses: Brotli where the client accepts it, else gzip.

The response cache (timeline.caching) stores the compressed bytes of each
representation it serves; this middleware compresses everything else (pages
outside the cache, responses to editors, the admin). Both negotiate with
`accepted_encoding`, so one request gets one encoding whichever path serves it.

Streamed responses stay streamed: each chunk is compressed and flushed as it
passes. A strong ETag becomes weak (RFC 9110 8.8.1), which conditional
requests still match. Pages that carry a CSRF token never get Brotli, and their
gzip gets Django's random padding against BREACH; the public pages carry none.
"""

from collections.abc import Iterable, Iterator

import brotli
from django.http import HttpRequest, HttpResponse, HttpResponseBase, StreamingHttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.deprecation import MiddlewareMixin
from django.utils.text import compress_sequence, compress_string

BROTLI, GZIP, IDENTITY = "br", "gzip", "identity"
# Quality 5 compresses about as well as gzip -9, several times faster than Brotli's best.
BROTLI_QUALITY = 5
# Django's own choice: shorter bodies are not worth the bytes of the header.
MIN_LENGTH = 200
BREACH_PADDING_BYTES = 100
COMPRESSIBLE_TYPES = {
    "application/javascript",
    "application/json",
    "application/xml",
    "image/svg+xml",
    "text/css",
    "text/csv",
    "text/html",
    "text/javascript",
    "text/plain",
    "text/xml",
}


def accepted_encoding(request: HttpRequest) -> str:
    """The best encoding the client accepts: "br", "gzip" or "identity" (RFC 9110 12.5.3, q-values honoured)."""
    weights = encoding_weights(request.META.get("HTTP_ACCEPT_ENCODING", ""))
    for encoding in (BROTLI, GZIP):
        if encoding == BROTLI and carries_csrf_token(request):
            continue
        if weights.get(encoding, weights.get("*", 0.0)) > 0:
            return encoding
    return IDENTITY


def encoding_weights(header: str) -> dict[str, float]:
    """{"br": 1.0, "gzip": 0.8, ...} from an Accept-Encoding header; unreadable q-values count as 0."""
    weights = {}
    for item in header.split(","):
        name, _, parameters = item.strip().partition(";")
        if not name:
            continue
        weight = 1.0
        key, _, value = parameters.strip().partition("=")
        if key.strip().lower() == "q":
            try:
                weight = float(value)
            except ValueError:
                weight = 0.0
        weights[name.strip().lower()] = weight
    return weights


def carries_csrf_token(request: HttpRequest) -> bool:
    """Whether the response to this request may hold a CSRF token (Django sets this flag in get_token)."""
    return bool(request.META.get("CSRF_COOKIE_NEEDS_UPDATE"))


def compressible_type(content_type: str) -> bool:
    return content_type.split(";")[0].strip().lower() in COMPRESSIBLE_TYPES


def compressible(response: HttpResponseBase) -> bool:
    """A complete text response with no encoding of its own."""
    return (
        response.status_code == 200
        and compressible_type(response.get("Content-Type", ""))
        and not response.has_header("Content-Encoding")
        and not response.has_header("Content-Range")
    )


def compress(body: bytes, encoding: str, padding: int | None = None) -> bytes:
    if encoding == BROTLI:
        return brotli.compress(body, quality=BROTLI_QUALITY)
    return compress_string(body, max_random_bytes=padding)


def compress_stream(chunks: Iterable[bytes], encoding: str, padding: int | None = None) -> Iterator[bytes]:
    """Each chunk compressed and flushed as it comes, so the client gets it at once."""
    if encoding == GZIP:
        yield from compress_sequence(chunks, max_random_bytes=padding)
        return
    compressor = brotli.Compressor(quality=BROTLI_QUALITY)
    for chunk in chunks:
        compressed = compressor.process(chunk) + compressor.flush()  # type: ignore[attr-defined]  # brotli-stubs 1.2.1 lacks flush, brotli 1.2.1 has it
        if compressed:
            yield compressed
    yield compressor.finish()


def mark_encoded(response: HttpResponseBase, encoding: str) -> None:
    """The headers of a response whose body is now in `encoding`."""
    response.headers["Content-Encoding"] = encoding
    etag = response.get("ETag")
    if etag and etag.startswith('"'):
        response.headers["ETag"] = "W/" + etag


class CompressionMiddleware(MiddlewareMixin):
    """Brotli or gzip for text responses that are not already encoded (the response cache encodes its own)."""

    def process_response(self, request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
        if not compressible(response):
            return response
        if isinstance(response, HttpResponse) and len(response.content) < MIN_LENGTH:
            return response
        patch_vary_headers(response, ["Accept-Encoding"])
        encoding = accepted_encoding(request)
        if encoding == IDENTITY:
            return response
        padding = BREACH_PADDING_BYTES if carries_csrf_token(request) else None
        if isinstance(response, StreamingHttpResponse):
            if response.is_async:
                return response  # this site serves WSGI: no asynchronous streams to compress
            response.streaming_content = compress_stream(response.streaming_content, encoding, padding)  # type: ignore[arg-type]  # not async, so an Iterator
            del response.headers["Content-Length"]
        elif isinstance(response, HttpResponse):
            compressed = compress(response.content, encoding, padding)
            if len(compressed) >= len(response.content):
                return response
            response.content = compressed
            response.headers["Content-Length"] = str(len(compressed))
        else:
            return response
        mark_encoded(response, encoding)
        return response
