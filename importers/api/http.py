"""One careful HTTP client for every API: timeouts, retries with backoff, clear errors, no leaked secrets.

Retries use urllib3's `Retry` through an `HTTPAdapter` (429 and 5xx, honouring `Retry-After`), never a
hand-written loop. Tokens travel in headers, never in URLs, so they cannot reach a log line or a message.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from channelcompare.errors import FetchFailed

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class HttpSettings:
    """Timeouts (seconds) and retry policy. Tests shorten them."""

    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    retries: int = 4
    backoff_factor: float = 1.0
    backoff_max: float = 60.0


def check_base_url(url: str) -> str:
    """Accept https anywhere, plain http only on loopback (tests and local proxies). Returns the URL."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url.rstrip("/")
    if parts.scheme == "http" and parts.hostname and _is_loopback(parts.hostname):
        return url.rstrip("/")
    raise FetchFailed(
        f"The address {parts.scheme}://{parts.hostname or ''} is not allowed: use https "
        "(plain http is accepted only for 127.0.0.1, ::1 or localhost)."
    )


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def make_session(settings: HttpSettings, headers: dict[str, str]) -> requests.Session:
    """A Session whose adapter retries idempotent requests on 429/5xx with exponential backoff."""
    retry = Retry(
        total=settings.retries,
        connect=settings.retries,
        read=False,  # a read timeout is reported, not retried: the server may be slow for good
        status=settings.retries,
        backoff_factor=settings.backoff_factor,
        backoff_max=settings.backoff_max,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset({"GET"}),
        respect_retry_after_header=True,
        raise_on_status=False,
    )
    session = requests.Session()
    session.trust_env = False  # no proxy or .netrc credentials picked up behind the user's back
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.headers.update({"Accept": "application/json", "User-Agent": "channelcompare", **headers})
    return session


def get_json(session: requests.Session, url: str, settings: HttpSettings, service: str, **params: Any) -> Any:
    """GET `url` and return its JSON body, or raise FetchFailed with a message a user understands."""
    # Causes are dropped (`from None`): request exceptions repeat URLs and headers, and a user message is enough.
    try:
        response = session.get(
            url, params=params or None, timeout=(settings.connect_timeout, settings.read_timeout)
        )
    except requests.exceptions.Timeout:
        raise FetchFailed(f"{service} did not answer in time. Try again later.") from None
    except requests.exceptions.ConnectionError:
        raise FetchFailed(
            f"Could not reach {service}: the network seems down or the address is wrong. Check the connection."
        ) from None
    except requests.exceptions.RequestException as exc:
        raise FetchFailed(f"The request to {service} failed ({type(exc).__name__}).") from None
    return _decode(response, service)


def _decode(response: requests.Response, service: str) -> Any:
    if response.status_code in (401, 403):
        raise FetchFailed(
            f"{service} refused the API key (HTTP {response.status_code}): check it, or create a new one."
        )
    if response.status_code in RETRY_STATUSES:
        raise FetchFailed(
            f"{service} is busy or failing (HTTP {response.status_code}) even after retries. Try later."
        )
    if response.status_code >= 400:
        raise FetchFailed(f"{service} answered HTTP {response.status_code}: the request was not accepted.")
    try:
        return response.json()
    except ValueError:
        raise FetchFailed(f"{service} sent an answer that is not valid JSON; nothing was saved.") from None


def same_origin(url: str, base: str) -> bool:
    """True when `url` points at the same scheme, host and port as `base` (paging links are followed only then)."""
    a, b = urlsplit(url), urlsplit(base)
    return (a.scheme, a.hostname, a.port) == (b.scheme, b.hostname, b.port)
