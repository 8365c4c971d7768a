"""The window keeps its work in a workspace: imports, removals and choices survive a restart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from channelcompare.errors import WorkspaceDamaged
from channelcompare.workspace import Workspace
from tests.conftest import DATA
from ui import workspace_sync
from ui.main_window import MainWindow
from ui.workspace_actions import WorkspaceActions, install_workspace_actions

MAILCHIMP = DATA / "mailchimp_campaigns.csv"
META = DATA / "meta_ads_campaigns.csv"
META_FR = DATA / "meta_ads_campaigns_fr.csv"  # the same campaigns and days, exported in French


@pytest.fixture(autouse=True)
def overlap_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the overlap question was asked for (answered with the default: replace)."""
    asked: list[str] = []
    monkeypatch.setattr(
        workspace_sync, "ask_overlap", lambda parent, name, found: asked.append(name) or "replace"
    )
    return asked


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CHANNELCOMPARE_DATA_HOME", str(tmp_path / "data_home"))
    return tmp_path / "data_home"


def start(qtbot: Any, requested: str | None = None) -> tuple[MainWindow, WorkspaceActions]:
    window = MainWindow()
    qtbot.addWidget(window)
    return window, install_workspace_actions(window, window.settings, requested)


def load(qtbot: Any, window: MainWindow, actions: WorkspaceActions, *paths: Path) -> None:
    window.open_paths(list(paths))

    def idle() -> None:
        assert not window.imports.busy() and not actions.sync.busy()
        assert all(not s.path.exists() or actions.sync.holds(s.path) for s in window.session.sources)

    qtbot.waitUntil(idle, timeout=20000)


def test_first_start_opens_the_default_workspace_and_adds_the_menu(qtbot: Any, data_home: Path) -> None:
    window, actions = start(qtbot)
    assert actions.workspace is not None and actions.workspace.path == data_home / "default.ccws"
    texts = [a.text() for a in window.menu_actions.file_menu.actions()]
    assert texts[:3] == ["&New workspace…", "Open &workspace…", "Save workspace &as…"]
    assert window.settings.recent_workspaces() == [str(data_home / "default.ccws")]


def test_imports_removals_and_channels_survive_a_restart(qtbot: Any, data_home: Path) -> None:
    window, actions = start(qtbot)
    load(qtbot, window, actions, MAILCHIMP, META)
    records = window.session.records()
    window.sources_panel.channelChanged.emit(META, "organic_social")
    window.close()
    actions.sync.close()

    window, actions = start(qtbot)  # the next session of the app
    assert [s.path for s in window.session.sources] == [MAILCHIMP, META]
    assert window.session.source(META).channel_override == "organic_social"
    assert len(window.session.records()) == len(records)
    window.sources_panel.removeRequested.emit(META)
    assert [s.file_name for s in actions.workspace.sources()] == ["mailchimp_campaigns.csv"]


def test_the_same_content_under_another_name_is_shown_once(
    qtbot: Any, data_home: Path, tmp_path: Path, overlap_questions: list[str]
) -> None:
    copy = tmp_path / "mailchimp_campaigns (1).csv"
    copy.write_bytes(MAILCHIMP.read_bytes())
    window, actions = start(qtbot)
    load(qtbot, window, actions, MAILCHIMP)
    load(qtbot, window, actions, copy)
    assert [s.path for s in window.session.sources] == [MAILCHIMP]
    assert len(actions.workspace.sources()) == 1
    assert overlap_questions == []  # recognised by its content before any question


def test_an_overlapping_export_asks_and_replaces_by_default(
    qtbot: Any, data_home: Path, overlap_questions: list[str]
) -> None:
    window, actions = start(qtbot)
    load(qtbot, window, actions, META)
    clicks = window.session.records()["clicks"].sum()
    load(qtbot, window, actions, META_FR)
    assert overlap_questions == ["meta_ads_campaigns_fr.csv"]
    qtbot.waitUntil(lambda: window.session.source(META).result.rows == 0)
    assert window.session.records()["clicks"].sum() == clicks  # not doubled


def test_a_damaged_last_workspace_is_reported_and_the_default_opens(
    qtbot: Any, data_home: Path, tmp_path: Path, shown_dialogs: list[tuple[str, Any]]
) -> None:
    damaged = tmp_path / "client.ccws"
    damaged.write_bytes(b"not a database" * 100)
    window, actions = start(qtbot, str(damaged))
    assert isinstance(shown_dialogs[0][1], WorkspaceDamaged) and str(damaged) in shown_dialogs[0][1].message
    assert actions.workspace.path == data_home / "default.ccws"
    assert damaged.read_bytes() == b"not a database" * 100  # only the default is ever set aside


def test_a_damaged_default_is_kept_aside_and_a_new_one_starts(
    qtbot: Any, data_home: Path, shown_dialogs: list[tuple[str, Any]]
) -> None:
    data_home.mkdir()
    (data_home / "default.ccws").write_bytes(b"not a database" * 100)
    window, actions = start(qtbot)
    assert shown_dialogs and actions.workspace.sources() == []
    kept = [p.name for p in data_home.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and (data_home / kept[0]).read_bytes() == b"not a database" * 100


def test_save_as_goes_on_in_the_copy_and_open_switches_back(
    qtbot: Any, data_home: Path, tmp_path: Path
) -> None:
    window, actions = start(qtbot)
    load(qtbot, window, actions, MAILCHIMP)
    assert actions.save_copy(tmp_path / "client-b.ccws")
    load(qtbot, window, actions, META)
    assert len(actions.workspace.sources()) == 2
    assert actions.switch_to(data_home / "default.ccws")
    assert [s.path for s in window.session.sources] == [MAILCHIMP]
    assert window.settings.recent_workspaces()[:2] == [
        str(data_home / "default.ccws"),
        str(tmp_path / "client-b.ccws"),
    ]
    with Workspace.open(tmp_path / "client-b.ccws") as copy:
        assert len(copy.sources()) == 2


def test_a_mapped_import_keeps_its_mapping(qtbot: Any, data_home: Path, tmp_path: Path) -> None:
    from importers.mapping import ColumnMapping, header_signature
    from importers.sample import sample_file

    export = tmp_path / "newsletter_tool.csv"
    export.write_text("Envoi,Jour,Destinataires,Clics\nRentrée,2026-09-03,1200,40\n", encoding="utf-8")
    window, actions = start(qtbot)
    mapping = ColumnMapping(
        header_signature(sample_file(export)),
        {"Envoi": "campaign_name", "Destinataires": "sent", "Clics": "clicks"},
        platform="generic",
        channel="email",
        date_column="Jour",
    )
    window.imports.mappings.remember(mapping)
    load(qtbot, window, actions, export)
    (source,) = actions.workspace.sources()
    assert source.format_id == "column_mapping" and source.mapping == mapping.to_json()
    assert actions.workspace.column_mappings() == {mapping.header_signature: mapping.to_json()}


def test_the_overlap_question_offers_the_three_choices(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from ui import errors
    from ui.workspace_overlap import ask_overlap

    monkeypatch.setattr(errors, "is_interactive", lambda: True)
    parent = QWidget()
    qtbot.addWidget(parent)

    def answer(text: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == text).click()

    for text, expected in (
        ("Keep both (counts twice)", "keep_both"),
        ("Keep the older rows", "skip"),
        ("Replace the older rows", "replace"),
    ):
        QTimer.singleShot(50, lambda t=text: answer(t))
        assert ask_overlap(parent, "september.csv", []) == expected


def test_analysis_choices_are_kept_in_the_workspace(qtbot: Any, data_home: Path) -> None:
    from datetime import date

    window, actions = start(qtbot)
    load(qtbot, window, actions, MAILCHIMP, META)
    window.set_filters({"start": date(2026, 9, 8), "channels": ("email", "paid_social")})
    window.session.choices.effort_costs = {"email": 450.0}
    window.set_baseline("paid_social")
    qtbot.waitUntil(lambda: actions.workspace.setting("choices", {}).get("baseline") == "paid_social")
    assert actions.workspace.effort_costs() == {"email": 450.0}
    window.close()
    actions.sync.close()

    window, actions = start(qtbot)
    choices = window.session.choices
    assert (choices.baseline, choices.start, choices.channels) == (
        "paid_social",
        date(2026, 9, 8),
        ("email", "paid_social"),
    )
    assert choices.effort_costs == {"email": 450.0}
