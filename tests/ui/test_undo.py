"""Edit > Undo / Redo: removing sources, a source's channel and the channel rules can be taken back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from channelcompare.attribution import Condition, Rule, RuleSet
from channelcompare.resources import sample_files
from tests.ui.helpers import DATA, new_window, wait_idle
from ui.i18n import apply_language

EMAIL = DATA / "mailchimp_campaigns.csv"
SOCIAL = DATA / "instagram_posts.csv"


def _names(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [row.source.name for row in window.sources_panel.row_widgets()]


def test_a_removed_source_comes_back_where_it_was_with_ctrl_z(qtbot) -> None:
    apply_language("en")
    window = new_window(qtbot)
    actions = window.menu_actions
    assert actions.undo.shortcut() == QKeySequence("Ctrl+Z")
    assert QKeySequence("Ctrl+Shift+Z") in actions.redo.shortcuts()
    assert not actions.undo.isEnabled() and actions.edit_menu.title() == "&Edit"
    window.open_paths([EMAIL, SOCIAL])
    wait_idle(qtbot, window)
    row = next(r for r in window.sources_panel.row_widgets() if r.source.path == EMAIL)
    qtbot.mouseClick(row.remove, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert _names(window) == [SOCIAL.name] and actions.undo.text() == f"&Undo Remove {EMAIL.name}"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert _names(window) == [EMAIL.name, SOCIAL.name]  # in its place, not at the end
    assert set(window.views["overview"].comparison.channels) == {"email", "organic_social"}
    assert actions.redo.isEnabled() and not actions.undo.isEnabled()
    actions.redo.trigger()
    wait_idle(qtbot, window)
    assert _names(window) == [SOCIAL.name]
    assert set(window.views["overview"].comparison.channels) == {"organic_social"}


def test_a_channel_change_and_a_rule_change_are_undone(qtbot) -> None:
    window = new_window(qtbot)
    window.open_paths([EMAIL, SOCIAL])
    wait_idle(qtbot, window)
    window.sources_panel.channelChanged.emit(SOCIAL, "paid_social")
    wait_idle(qtbot, window)
    assert set(window.views["overview"].comparison.channels) == {"email", "paid_social"}
    window.menu_actions.undo.trigger()
    wait_idle(qtbot, window)
    assert set(window.views["overview"].comparison.channels) == {"email", "organic_social"}
    row = next(r for r in window.sources_panel.row_widgets() if r.source.path == SOCIAL)
    assert row.channel.currentData() is None  # the panel shows "as imported" again
    rules = RuleSet((Rule("sms", "sms", (Condition("source", "exactly", "brevo-sms"),)),), use_defaults=False)
    before = window.session.choices.channel_rules
    window.channel_rules.apply(rules)
    assert window.session.choices.channel_rules == rules
    window.menu_actions.undo.trigger()
    assert window.session.choices.channel_rules == before
    window.menu_actions.redo.trigger()
    assert window.session.choices.channel_rules == rules


def test_failed_files_are_removed_in_one_step_and_never_enter_open_recent(qtbot, tmp_path: Path) -> None:
    broken = tmp_path / "export.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not really a workbook")
    window = new_window(qtbot)
    window.open_paths([EMAIL, broken])
    wait_idle(qtbot, window)
    assert window.settings.recent_files() == [str(EMAIL)]
    assert window.menu_actions.remove_failed.isEnabled()
    window.menu_actions.remove_failed.trigger()
    wait_idle(qtbot, window)
    assert _names(window) == [EMAIL.name] and not window.menu_actions.remove_failed.isEnabled()
    window.menu_actions.undo.trigger()
    wait_idle(qtbot, window)
    assert _names(window) == [EMAIL.name, broken.name]


def test_the_sample_data_gives_way_to_the_users_files_and_says_so(qtbot) -> None:
    apply_language("en")
    window = new_window(qtbot)
    window.open_sample_data()
    wait_idle(qtbot, window)
    samples = {p.name for p in sample_files()}
    assert set(_names(window)) == samples and window.settings.recent_files() == []
    window.open_paths([EMAIL])
    wait_idle(qtbot, window)
    assert _names(window) == [EMAIL.name]
    assert "replace the sample data" in window.status.label.text()
    assert set(window.views["overview"].comparison.channels) == {"email"}
    window.menu_actions.undo.trigger()
    wait_idle(qtbot, window)
    assert set(_names(window)) == samples | {EMAIL.name}


def test_an_undone_removal_is_written_back_into_the_workspace(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.test_workspace_actions import META, load, start

    monkeypatch.setenv("CHANNELCOMPARE_DATA_HOME", str(tmp_path / "data_home"))
    window, actions = start(qtbot)
    load(qtbot, window, actions, EMAIL, META)
    window.sources_panel.removeRequested.emit(META)
    assert [s.file_name for s in actions.workspace.sources()] == [EMAIL.name]
    window.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: not actions.sync.busy() and actions.sync.holds(META), timeout=20000)
    assert sorted(s.file_name for s in actions.workspace.sources()) == sorted([EMAIL.name, META.name])
    window.close()
    actions.sync.close()
    again, _ = start(qtbot)  # the next session of the app has both
    assert {s.path for s in again.session.sources} == {EMAIL, META}
    assert not again.menu_actions.undo.isEnabled()  # a new session starts a new history


def test_the_edit_menu_names_its_steps_in_french(qtbot) -> None:
    window = new_window(qtbot)
    try:
        window.set_language("fr")
        window.open_paths([EMAIL, SOCIAL])
        wait_idle(qtbot, window)
        window.sources_panel.removeRequested.emit(SOCIAL)
        assert window.menu_actions.undo.text() == f"&Annuler : Retirer {SOCIAL.name}"
        window.menu_actions.undo.trigger()
        assert window.menu_actions.redo.text() == f"&Rétablir : Retirer {SOCIAL.name}"
    finally:
        window.set_language("en")
