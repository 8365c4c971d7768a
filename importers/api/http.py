"""One careful HTTP client for every API: timeouts, retries with backoff, clear errors, no leaked secrets.

Retries use urllib3's `Retry` through an `HTTPAdapter` (429 and 5xx, honouring `Retry-After`), never a
hand-written loop. Tokens travel in headers, never in URLs, so they cannot reach a log line or a message.
Addresses are checked the way the library reads them (`addresses`), a redirect is followed only within
the server that sent it, and a certificate that fails verification is reported as that, never as a
network problem (verification cannot be turned off).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from channelcompare.errors import FetchFailed
from importers.api.addresses import check_base_url, origin, same_origin

__all__ = [
    "GuardedSession",
    "HttpSettings",
    "check_base_url",
    "get",
    "get_json",
    "make_session",
    "same_origin",
]
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class HttpSettings:
    """Timeouts (seconds) and retry policy. Tests shorten them."""

    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    retries: int = 4
    backoff_factor: float = 1.0
    backoff_max: float = 60.0


class GuardedSession(requests.Session):
    """A Session that follows a redirect only to the server that sent it (same scheme, host and port).

    A redirect elsewhere, or to plain http, is how an answer gets spoofed into the workspace: requests
    strips the key on a host change, but would still import whatever the other server says."""

    def __init__(self, service: str) -> None:
        super().__init__()
        self.service = service

    def rebuild_auth(self, prepared_request: requests.PreparedRequest, response: requests.Response) -> None:
        # requests calls this for every hop, with the next request, before sending it
        target, sender = prepared_request.url or "", response.request.url or ""
        if not same_origin(target, sender):
            raise FetchFailed(
                f"{self.service} redirected the request to {origin(target) or 'an ambiguous address'}, away "
                f"from {origin(sender)}. Redirects that leave the API's server or switch to plain http are "
                "not followed, so nothing was saved. Check the address, or try again later."
            )
        super().rebuild_auth(prepared_request, response)


def make_session(settings: HttpSettings, headers: dict[str, str], service: str) -> GuardedSession:
    """A Session whose adapter retries idempotent requests on 429/5xx with exponential backoff."""
    retry = Retry(
        total=settings.retries,
        connect=settings.retries,
        read=False,  # a read timeout is reported, not retried: the server may be slow for good
        status=settings.retries,
        other=0,  # a certificate that fails verification fails again: say so at once
        backoff_factor=settings.backoff_factor,
        backoff_max=settings.backoff_max,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset({"GET"}),
        respect_retry_after_header=True,
        raise_on_status=False,
    )
    session = GuardedSession(service)
    session.trust_env = False  # no proxy, CA bundle or .netrc credentials picked up behind the user's back
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.headers.update({"Accept": "application/json", "User-Agent": "channelcompare", **headers})
    return session


def get(
    session: requests.Session, url: str, settings: HttpSettings, service: str, **params: Any
) -> requests.Response:
    """GET `url`, or raise FetchFailed with a message a user understands."""
    # Causes are dropped (`from None`): request exceptions repeat URLs and headers, and a user message is enough.
    timeout = (settings.connect_timeout, settings.read_timeout)
    try:
        return session.get(url, params=params or None, timeout=timeout)
    except requests.exceptions.SSLError:  # a ConnectionError too: caught first, it is not the network
        raise FetchFailed(
            f"The certificate of {service} ({origin(url)}) could not be verified, so the connection was "
            "stopped before anything, the key included, was sent. Check that this computer's date and "
            "time are right, and whether a proxy or security software intercepts secure connections."
        ) from None
    except requests.exceptions.Timeout:
        raise FetchFailed(f"{service} did not answer in time. Try again later.") from None
    except requests.exceptions.ConnectionError:
        raise FetchFailed(
            f"Could not reach {service}: the network seems down or the address is wrong. Check the connection."
        ) from None
    except requests.exceptions.RequestException as exc:
        raise FetchFailed(f"The request to {service} failed ({type(exc).__name__}).") from None


def get_json(session: requests.Session, url: str, settings: HttpSettings, service: str, **params: Any) -> Any:
    """GET `url` and return its JSON body, or raise FetchFailed with a message a user understands."""
    return _decode(get(session, url, settings, service, **params), service)


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
