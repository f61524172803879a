"""Reading responses that may be streamed (a first request) or whole (from the response cache)."""

import json


def body(response):
    """The bytes of a response; a stream is read once and remembered."""
    if not hasattr(response, "read_body"):
        response.read_body = response.getvalue()
    return response.read_body


def document(response):
    return json.loads(body(response))
