"""Where a key may travel: addresses read as urllib3 reads them, no redirect off the API's server, and a
certificate failure called by its name. Everything runs on 127.0.0.1: a capture socket stands for the
"other" server, and nothing is ever sent to a real remote address."""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from http.server import ThreadingHTTPServer

import pytest
import trustme

from channelcompare.errors import FetchFailed
from importers.api.addresses import check_base_url, same_origin
from importers.api.ecb import download_rates
from importers.api.mailchimp import fetch_reports
from importers.api.meta import fetch_insights
from tests.http_fake import Answer, FakeApi, _handler, serve
from tests.importers.api.test_mailchimp_api import KEY, page, report
from tests.importers.api.test_meta_api import TOKEN, insight

SEPTEMBER = (date(2026, 9, 1), date(2026, 9, 30))


@contextmanager
def capture() -> Iterator[tuple[int, list[bytes]]]:
    """A loopback socket that records whatever connects to it (and answers nothing)."""
    received: list[bytes] = []
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:
                continue
            with connection:
                connection.settimeout(0.5)
                try:
                    received.append(connection.recv(65536) or b"<connected>")
                except OSError:
                    received.append(b"<connected>")

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1], received
    finally:
        stop.set()
        thread.join()
        listener.close()


ACCEPTED = [
    "https://us21.api.mailchimp.com/3.0",
    "https://graph.facebook.com/v21.0/",
    "http://127.0.0.1:8080/3.0",
    "http://localhost:8080/3.0",
    "http://[::1]:8080/3.0",
    "HTTPS://Graph.Facebook.com/v21.0",
]
REFUSED = [
    "http://example.com/3.0",  # plain http off loopback
    "http://remote.example\\@127.0.0.1/3.0",  # urlsplit sees 127.0.0.1, urllib3 remote.example
    "http://127.0.0.1\\@remote.example/3.0",
    "https://us21.api.mailchimp.com\\@127.0.0.1/3.0",
    "http://user:secret@127.0.0.1/3.0",  # userinfo
    "http://127.0.0.1%2f@remote.example/",
    "http://[::1%25eth0]:8080/",  # IPv6 zone
    "http://127.0.0.1 /3.0",
    "http://127.0.0.1\t/3.0",
    "http://127.0.0.1:8080/3.0?x=1",
    "http://127.0.0.1:8080#@remote.example/",
    "http://0.0.0.0:8080/3.0",
    "ftp://127.0.0.1/3.0",
    "https:///3.0",
    "http://127.0.0.1:99999/",
]


@pytest.mark.parametrize("url", ACCEPTED)
def test_plain_addresses_are_accepted(url: str) -> None:
    assert check_base_url(url) == url.rstrip("/")


@pytest.mark.parametrize("url", REFUSED)
def test_ambiguous_or_remote_http_addresses_are_refused(url: str) -> None:
    with pytest.raises(FetchFailed) as refused:
        check_base_url(url)
    assert "secret" not in refused.value.message


@pytest.mark.parametrize(
    "form", ["http://127.0.0.1:{port}\\@127.0.0.1:9/3.0", "http://u:p@127.0.0.1:{port}/3.0"]
)
def test_the_key_never_reaches_a_server_the_check_did_not_see(form: str, fast_http) -> None:
    """Issue 23: `\\@` made the check and urllib3 disagree; the request went out with the key."""
    with capture() as (port, received), pytest.raises(FetchFailed, match="ambiguous"):
        fetch_reports(KEY, *SEPTEMBER, base_url=form.format(port=port), settings=fast_http)
    assert received == []


def test_an_ambiguous_paging_link_is_not_followed(fake_api: FakeApi, fast_http) -> None:
    with capture() as (port, received):
        link = f"http://127.0.0.1:{port}\\@{fake_api.base.removeprefix('http://')}/v21.0/act_42/insights?after=Mw"
        fake_api.on(
            "/v21.0/act_42/insights",
            Answer(body={"data": [insight("A", "1", "0", "0")], "paging": {"next": link}}),
        )
        with pytest.raises(FetchFailed, match="another server"):
            fetch_insights(TOKEN, "42", *SEPTEMBER, base_url=f"{fake_api.base}/v21.0", settings=fast_http)
    assert received == []


def test_same_origin_needs_the_same_scheme_host_and_port() -> None:
    assert same_origin("https://graph.facebook.com:443/v21.0/x?after=1", "https://graph.facebook.com/v21.0")
    assert not same_origin("http://graph.facebook.com/v21.0/x", "https://graph.facebook.com/v21.0")
    assert not same_origin("https://graph.facebook.com:8443/x", "https://graph.facebook.com/v21.0")
    assert not same_origin("https://graph.facebook.com\\@evil.example/x", "https://graph.facebook.com/v21.0")


def test_a_redirect_to_another_server_is_refused_and_its_answer_never_imported(
    fake_api: FakeApi, fast_http
) -> None:
    with serve() as spoofer:
        spoofer.on("/3.0/reports", page([report(1, sent=999_999)], 1))
        fake_api.on("/3.0/reports", Answer(302, {}, headers={"Location": f"{spoofer.base}/3.0/reports"}))
        with pytest.raises(FetchFailed, match="redirected the request to http://127.0.0.1:") as refused:
            fetch_reports(KEY, *SEPTEMBER, base_url=f"{fake_api.base}/3.0", settings=fast_http)
        assert spoofer.requests == []
    assert "leave the API's server or switch to plain http are not followed" in refused.value.message
    assert KEY not in refused.value.message


def test_a_redirect_within_the_api_server_is_followed(fake_api: FakeApi, fast_http) -> None:
    fake_api.on("/3.0/reports", Answer(301, {}, headers={"Location": "/3.0/reports-moved"}))
    fake_api.on("/3.0/reports-moved", page([report(1)], 1))
    result = fetch_reports(KEY, *SEPTEMBER, base_url=f"{fake_api.base}/3.0", settings=fast_http)
    assert result.totals()["sent"] == 1000


def test_the_rates_download_refuses_a_redirect_too(fake_api: FakeApi, fast_http, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with serve() as spoofer:
        spoofer.on("/rates.zip", Answer(raw=b"PK"))
        fake_api.on("/rates.zip", Answer(302, {}, headers={"Location": f"{spoofer.base}/rates.zip"}))
        with pytest.raises(FetchFailed, match="redirected"):
            download_rates(tmp_path / "rates.csv", url=f"{fake_api.base}/rates.zip", settings=fast_http)
        assert spoofer.requests == []


@contextmanager
def untrusted_https() -> Iterator[tuple[str, FakeApi]]:
    """An https server on 127.0.0.1 whose certificate no public authority signed."""
    api = FakeApi()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(api))
    server.handle_error = lambda *args: None  # type: ignore[method-assign]  # the refused handshake
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    trustme.CA().issue_cert("127.0.0.1").configure_cert(context)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}", api
    finally:
        server.shutdown()
        server.server_close()


def test_a_certificate_failure_is_called_a_certificate_problem(fast_http) -> None:
    with (
        untrusted_https() as (base, api),
        pytest.raises(FetchFailed, match="certificate of Mailchimp") as refused,
    ):
        fetch_reports(KEY, *SEPTEMBER, base_url=f"{base}/3.0", settings=fast_http)
    message = refused.value.message.lower()
    assert "network seems down" not in message
    assert not any(word in message for word in ("verify=false", "disable", "turn off", "insecure"))
    assert api.requests == []  # the handshake failed: no request, no key, went out
