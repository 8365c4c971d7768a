"""File > Fetch lands API results like an import (and in the workspace); View > Reporting currency converts."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.http_fake import FakeApi
from tests.importers.api.test_mailchimp_api import KEY, page, report
from tests.ui.helpers import DATA, wait_idle
from ui.dialogs.fetch_dialog import FetchDialog, FetchRequest
from ui.main_window import MainWindow
from ui.workspace_actions import install_workspace_actions


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CHANNELCOMPARE_DATA_HOME", str(tmp_path / "data_home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    return tmp_path / "data_home"


def test_a_fetch_lands_in_the_session_and_the_workspace_once(
    qtbot: Any, fake_api: FakeApi, data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_api.on("/3.0/reports", page([report(1), report(2)], 2))
    request = FetchRequest(
        "mailchimp", date(2026, 9, 1), date(2026, 9, 30), KEY, base_url=f"{fake_api.base}/3.0"
    )
    monkeypatch.setattr(FetchDialog, "ask", classmethod(lambda cls, *args: request))
    window = MainWindow()
    qtbot.addWidget(window)
    actions = install_workspace_actions(window, window.settings, str(data_home / "w.ccws"))
    assert window.fetches.fetch in window.menu_actions.file_menu.actions()
    for _ in range(2):  # the same data fetched twice is stored once
        with qtbot.waitSignal(window.fetches.controller.finished, timeout=20000):
            window.fetches.fetch.trigger()
        qtbot.waitUntil(lambda: not actions.sync.busy() and not window.recomputer.busy(), timeout=20000)
    assert [s.result.format_id for s in window.session.sources if s.result] == ["mailchimp_api"]
    assert window.analysis is not None
    workspace = actions.workspace
    assert workspace is not None
    assert len(workspace.sources()) == 1
    assert workspace.records()["sent"].sum() == 2000
    window.close()
    for path in data_home.parent.rglob("*"):  # workspace, settings, data folder: the key is in none
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path


def test_reporting_currency_converts_and_shows_the_rates(qtbot: Any, data_home: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_paths([DATA / "meta_ads_campaigns.csv", DATA / "mailchimp_campaigns.csv"])
    wait_idle(qtbot, window)
    window.fetches.set_currency("USD")
    wait_idle(qtbot, window)
    comparison = window.analysis.comparison
    assert comparison.currency_note and "converted to USD" in comparison.currency_note
    assert window.settings.reporting_currency() == "USD"
    restarted = MainWindow()
    qtbot.addWidget(restarted)
    assert restarted.session.choices.reporting_currency == "USD"
    checked = [a.data() for a in restarted.fetches.currencies.actions() if a.isChecked()]
    assert checked == ["USD"]
