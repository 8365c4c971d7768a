"""Which server an address points to, read the way the HTTP library will read it, or not at all.

An address can mean two servers: for `http://remote\\@127.0.0.1/3.0`, `urllib.parse` sees the host
127.0.0.1 and urllib3 (which `requests` sends through) sees `remote`. A check made with one parser and a
request made with the other is a bypass. So an address is accepted only when both parsers agree on its
scheme, host and port, and nothing in it is ambiguous: no backslash, whitespace or control character
anywhere, no user name or password, no `%` in the server part (percent-encoded hosts, IPv6 zones).
"""

from __future__ import annotations

import ipaddress
import re
from typing import NamedTuple
from urllib.parse import urlsplit

from urllib3.util import parse_url

from channelcompare.errors import FetchFailed

_AMBIGUOUS = re.compile(r"[\\\s\x00-\x1f\x7f]")
_DEFAULT_PORTS = {"http": 80, "https": 443}


class Origin(NamedTuple):
    scheme: str
    host: str
    port: int

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}" + (
            "" if _DEFAULT_PORTS[self.scheme] == self.port else f":{self.port}"
        )


def origin(url: str) -> Origin | None:
    """The scheme, host and port `url` points to, when both parsers agree and nothing is ambiguous."""
    if _AMBIGUOUS.search(url):
        return None
    try:
        ours, theirs = urlsplit(url), parse_url(url)
        our_port = ours.port
    except ValueError:  # urllib3's LocationParseError is a ValueError too
        return None
    scheme = ours.scheme.lower()
    if scheme not in _DEFAULT_PORTS or (theirs.scheme or "").lower() != scheme:
        return None
    if "@" in ours.netloc or "%" in ours.netloc or theirs.auth is not None:
        return None
    host, their_host = ours.hostname or "", (theirs.host or "").strip("[]").lower()
    port, their_port = our_port or _DEFAULT_PORTS[scheme], theirs.port or _DEFAULT_PORTS[scheme]
    if not host or host != their_host or port != their_port:
        return None
    return Origin(scheme, host, port)


def check_base_url(url: str) -> str:
    """Accept https anywhere, plain http only on loopback (tests and local proxies). Returns the URL."""
    where = origin(url)
    if where is None or "?" in url or "#" in url:
        # the address is not repeated: it may hold a password, and it is what the user typed anyway
        raise FetchFailed(
            "The API address is ambiguous or malformed (a backslash, a space, a user name or password, "
            "a query or an unusual character). Write it as https://server/path, with nothing else."
        )
    if where.scheme == "http" and not is_loopback(where.host):
        raise FetchFailed(
            f"The address {where} is not allowed: use https "
            "(plain http is accepted only for 127.0.0.1, ::1 or localhost)."
        )
    return url.rstrip("/")


def same_origin(url: str, base: str) -> bool:
    """True when `url` points at the same scheme, host and port as `base`, unambiguously."""
    where = origin(url)
    return where is not None and where == origin(base)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
