"""The window and a workspace that another program holds, or that is damaged: a message, never a crash."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from channelcompare.workspace import Workspace
from channelcompare.workspace.faults import WorkspaceBusy
from tests.channelcompare.workspace.conftest import daily_export
from tests.channelcompare.workspace.test_damage import DAMAGES, snapshot
from tests.conftest import DATA
from ui.main_window import MainWindow
from ui.workspace_actions import WorkspaceActions, install_workspace_actions

META = DATA / "meta_ads_campaigns.csv"
MAILCHIMP = DATA / "mailchimp_campaigns.csv"


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CHANNELCOMPARE_DATA_HOME", str(tmp_path / "data_home"))
    return tmp_path / "data_home"


def start(qtbot: Any) -> tuple[MainWindow, WorkspaceActions]:
    window = MainWindow()
    qtbot.addWidget(window)
    return window, install_workspace_actions(window, window.settings, None)


def stored(qtbot: Any, window: MainWindow, actions: WorkspaceActions, path: Path) -> None:
    window.open_paths([path])
    qtbot.waitUntil(lambda: not window.imports.busy() and not actions.sync.busy(), timeout=20000)


def test_a_workspace_held_by_another_program_is_told_and_the_window_goes_on(
    qtbot: Any, data_home: Path, shown_dialogs: list[tuple[str, Any]]
) -> None:
    window, actions = start(qtbot)
    assert actions.workspace is not None
    actions.workspace.lock_wait_s = 1.5
    holder = sqlite3.connect(actions.workspace.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process's long import
    try:
        stored(qtbot, window, actions, META)
    finally:
        holder.rollback()
        holder.close()
    errors = [payload for kind, payload in shown_dialogs if kind == "error"]
    assert errors and all(isinstance(error, WorkspaceBusy) for error in errors)  # the import, the choices
    assert str(actions.workspace.path) in errors[0].message and "nothing was changed" in errors[0].message
    stored(qtbot, window, actions, MAILCHIMP)  # the lock is free again: the next drop is written,
    names = sorted(s.file_name for s in actions.workspace.sources())
    assert names == ["mailchimp_campaigns.csv", "meta_ads_campaigns.csv"]  # the refused one is retried


@pytest.mark.parametrize(
    "damage", ["garbage record blob", "missing table", "zero user_version", "a folder", "a link to nothing"]
)
def test_a_damaged_default_is_kept_aside_byte_for_byte_and_a_new_one_takes_imports(
    damage: str, qtbot: Any, data_home: Path, shown_dialogs: list[tuple[str, Any]]
) -> None:
    default = data_home / "default.ccws"
    with Workspace.open(default) as ws:
        ws.add_import(daily_export("september.csv", range(1, 31)), "sept")
    DAMAGES[damage](default)
    before = snapshot(default)
    window, actions = start(qtbot)
    assert [kind for kind, _ in shown_dialogs] == ["error"] and "damaged" in shown_dialogs[0][1].message
    (kept,) = [p for p in data_home.iterdir() if ".damaged-" in p.name and p.suffix == ".ccws"]
    assert snapshot(kept) == before
    assert actions.workspace is not None and actions.workspace.sources() == []
    stored(qtbot, window, actions, META)
    assert [s.file_name for s in actions.workspace.sources()] == ["meta_ads_campaigns.csv"]
