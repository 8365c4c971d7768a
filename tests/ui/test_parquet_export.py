"""File > Export tables as Parquet: the four tables and datapackage.json, written in the background."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtWidgets import QFileDialog

from tests.ui.helpers import DATA, new_window, wait_idle

FILES = [DATA / "mailchimp_campaigns.csv", DATA / "instagram_posts.csv"]


def test_the_menu_action_writes_the_tables_into_the_chosen_folder(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(tmp_path))
    window = new_window(qtbot)
    assert not window.menu_actions.export_parquet.isEnabled()  # nothing to export yet
    window.open_paths(FILES)
    wait_idle(qtbot, window)
    assert window.menu_actions.export_parquet.isEnabled()
    window.menu_actions.export_parquet.trigger()
    qtbot.waitUntil(lambda: window.exports.parquet._worker is None, timeout=60000)
    assert str(tmp_path) in window.status.label.text()
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in package["resources"]] == ["channels", "campaigns", "timing", "trends"]
    channels = pd.read_parquet(tmp_path / "channels.parquet")
    assert set(channels["channel"]) == {"email", "organic_social"}
    assert window.menu_actions.export_parquet.isEnabled()


def test_a_folder_that_cannot_be_written_is_an_error_message(qtbot, tmp_path: Path, shown_dialogs) -> None:
    window = new_window(qtbot)
    window.open_paths(FILES)
    wait_idle(qtbot, window)
    worker = window.exports.parquet.write(tmp_path / "gone")
    assert worker is not None
    qtbot.waitUntil(lambda: window.exports.parquet._worker is None, timeout=60000)
    assert shown_dialogs and "does not exist" in str(shown_dialogs[-1])
