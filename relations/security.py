"""Deployment safety: secret keys good enough for production, and the client's address behind proxies.

Settings import this module before Django is set up, so it imports nothing from Django at module level.
"""

import ipaddress
import math
import zlib
from collections import Counter

MIN_KEY_LENGTH = 50
MIN_KEY_BITS = 128
# A key that deflate shrinks below this share of its length repeats itself.
MAX_KEY_COMPRESSION = 0.8
INSECURE_PREFIX = "django-insecure"

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


def secret_key_problems(key: str) -> list[str]:
    """Why `key` is not fit to sign production sessions and tokens; empty when it is."""
    problems = []
    if key.startswith(INSECURE_PREFIX):
        problems.append(f"it starts with “{INSECURE_PREFIX}”, the mark of a development key")
    if len(key) < MIN_KEY_LENGTH:
        problems.append(f"it has {len(key)} characters, fewer than {MIN_KEY_LENGTH}")
    elif len(zlib.compress(key.encode(), 9)) < MAX_KEY_COMPRESSION * len(key.encode()):
        problems.append("it repeats itself (it compresses well), so it is far less random than its length")
    elif estimated_bits(key) < MIN_KEY_BITS:
        problems.append(f"it holds about {estimated_bits(key):.0f} bits of randomness, fewer than {MIN_KEY_BITS}")
    return problems


def estimated_bits(key: str) -> float:
    """Shannon entropy of the key's character frequencies, times its length: an upper bound of its randomness."""
    counts = Counter(key)
    return -sum(count * math.log2(count / len(key)) for count in counts.values())


def parse_networks(values: list[str]) -> list[IPNetwork]:
    """Addresses or networks ("10.0.0.1", "10.0.0.0/8", "::1"); ValueError names the first that is neither."""
    networks = []
    for value in values:
        try:
            networks.append(ipaddress.ip_network(value, strict=False))
        except ValueError:
            raise ValueError(f"“{value}” is not an IP address or network") from None
    return networks


def client_address(request) -> str | None:
    """The address of the client behind the configured proxies (settings.TRUSTED_PROXIES).

    X-Forwarded-For is believed only when the request comes from a trusted proxy, and
    then read from the right: each trusted proxy appends the address it received the
    request from, so the first address from the right that is not a trusted proxy is
    the client's. Anything left of it was written by the client and is ignored.
    """
    from django.conf import settings

    trusted = settings.TRUSTED_PROXIES
    peer = parsed_address(request.META.get("REMOTE_ADDR", ""))
    if peer is None:
        return None
    if not is_trusted(peer, trusted):
        return str(peer)
    client = peer
    for hop in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        address = parsed_address(hop)
        if address is None:
            break
        client = address
        if not is_trusted(address, trusted):
            break
    return str(client)


def parsed_address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def is_trusted(address, networks: list[IPNetwork]) -> bool:
    return any(address in network for network in networks)


def login_username(request, credentials: dict | None) -> str | None:
    """The username of a log-in attempt as django-axes records it: at most 255 characters and no NUL
    (its column holds 255, and PostgreSQL refuses a NUL in any text)."""
    data = credentials if credentials else getattr(request, "POST", {})
    username = data.get("username")
    if username is None:
        return None
    return str(username).replace("\x00", "")[:255]
