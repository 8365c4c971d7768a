from __future__ import annotations

import io
import zipfile
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from channelcompare.currency import load_rates
from channelcompare.errors import FetchFailed
from importers.api.ecb import download_rates
from importers.api.secrets import SecretStore
from tests.http_fake import Answer, FakeApi

RATES = "Date,USD,GBP,\n2026-11-26,1.0500,0.8400,\n2026-11-25,1.0400,N/A,\n"


def zipped(text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("eurofxref-hist.csv", text)
    return buffer.getvalue()


def test_download_replaces_the_cache_and_is_preferred_when_newer(
    fake_api: FakeApi, fast_http, tmp_path: Path
) -> None:
    fake_api.on("/rates.zip", Answer(raw=zipped(RATES), headers={"Content-Type": "application/zip"}))
    cache = tmp_path / "fx" / "rates.csv"
    table = download_rates(cache, url=f"{fake_api.base}/rates.zip", settings=fast_http)
    assert table.latest.isoformat() == "2026-11-26"
    assert load_rates(cache).latest.isoformat() == "2026-11-26"
    assert "downloaded" in load_rates(cache).origin


def test_a_damaged_download_keeps_the_previous_rates(fake_api: FakeApi, fast_http, tmp_path: Path) -> None:
    cache = tmp_path / "rates.csv"
    cache.write_text(RATES)
    fake_api.on("/rates.zip", Answer(raw=b"PK\x03\x04 truncated"))
    with pytest.raises(FetchFailed, match="damaged"):
        download_rates(cache, url=f"{fake_api.base}/rates.zip", settings=fast_http)
    assert cache.read_text() == RATES


def test_a_damaged_cache_falls_back_to_the_snapshot(tmp_path: Path) -> None:
    cache = tmp_path / "rates.csv"
    cache.write_text("garbage")
    assert load_rates(cache).origin == "bundled snapshot"


class MemoryKeyring(KeyringBackend):
    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def test_tokens_go_to_the_keyring_when_there_is_one() -> None:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        store = SecretStore()
        assert store.persistent
        assert store.set("mailchimp", "k-us1") is True
        assert SecretStore().get("mailchimp") == "k-us1"
        store.delete("mailchimp")
        assert SecretStore().get("mailchimp") is None
    finally:
        keyring.set_keyring(previous)


def test_without_a_keyring_tokens_live_for_the_session_only() -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        store = SecretStore()
        assert not store.persistent
        assert store.set("meta", "tok") is False
        assert store.get("meta") == "tok"
        assert SecretStore().get("meta") is None
    finally:
        keyring.set_keyring(previous)
