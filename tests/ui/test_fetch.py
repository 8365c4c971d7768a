from __future__ import annotations

from datetime import date

import keyring
import pytest
from keyring.backends import fail

from importers.api.secrets import SecretStore
from tests.http_fake import Answer, FakeApi
from tests.importers.api.test_mailchimp_api import KEY, page, report
from ui.dialogs.fetch_dialog import FetchDialog, FetchRequest
from ui.fetch import FetchController


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_dialog_without_keyring_says_the_key_lives_for_the_session(qtbot, no_keyring) -> None:
    store = SecretStore()
    dialog = FetchDialog(None, store, date(2026, 9, 1), date(2026, 9, 30))
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled()
    assert "no keyring" in dialog.note.text()
    dialog.service.setCurrentIndex(1)
    assert dialog.account.isEnabled()
    dialog.service.setCurrentIndex(0)
    dialog.secret.setText(KEY)
    request = dialog.request()
    assert request == FetchRequest("mailchimp", date(2026, 9, 1), date(2026, 9, 30), KEY, "")
    assert store.get("mailchimp") == KEY  # kept in memory for this session only


def test_fetch_lands_records_and_a_refusal_shows_a_message(qtbot, fake_api: FakeApi, monkeypatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr("ui.errors.show_error", lambda parent, error: shown.append(error))
    fake_api.on("/3.0/reports", page([report(1), report(2)], 2))
    controller = FetchController(None)
    request = FetchRequest(
        "mailchimp", date(2026, 9, 1), date(2026, 9, 30), KEY, base_url=f"{fake_api.base}/3.0"
    )
    with qtbot.waitSignal(controller.landed, timeout=10_000) as landed:
        controller.start(request)
    assert landed.args[0].totals()["sent"] == 2000
    fake_api.answers.clear()
    fake_api.on("/3.0/reports", Answer(401, {"title": "API Key Invalid"}))
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.start(request)
    assert len(shown) == 1
    assert "refused the API key" in str(shown[0])
    assert KEY not in str(shown[0])
