from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from channelcompare.errors import UnreadableFile
from tests.ui.helpers import DATA, drop, new_window, wait_idle

EMAIL = DATA / "mailchimp_campaigns.csv"
SOCIAL = DATA / "instagram_posts.csv"


def test_dropped_files_fill_the_sources_the_table_and_the_chart(qtbot, shown_dialogs) -> None:
    window = new_window(qtbot)
    assert window.stack.currentWidget() is window.empty_state
    with qtbot.waitSignal(window.analysisShown, timeout=20000):
        assert drop(window, [EMAIL, SOCIAL])
    wait_idle(qtbot, window)
    assert shown_dialogs == []
    assert window.stack.currentWidget() is window.pane
    assert [row.source.name for row in window.sources_panel.row_widgets()] == [EMAIL.name, SOCIAL.name]
    records = window.session.records()
    assert window.show_tab("campaigns")  # a tab is filled when it is shown
    assert window.campaigns.model.rowCount() == len(records) > 0
    assert set(records["channel"]) == {"email", "organic_social"}
    overview = window.views["overview"]
    assert set(overview.comparison.channels) == {"email", "organic_social"}
    assert [bar.key for bar in overview.chart.bars] == ["email"]  # Instagram exports carry no clicks
    overview.set_metric("interaction_rate")
    assert [bar.key for bar in overview.chart.bars] == ["email", "organic_social"]
    assert window.settings.recent_files()[:2] == [str(SOCIAL), str(EMAIL)]


def test_a_broken_file_shows_its_error_while_the_others_import(qtbot, tmp_path: Path, shown_dialogs) -> None:
    broken = tmp_path / "export.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not really a workbook")
    window = new_window(qtbot)
    drop(window, [EMAIL, broken])
    wait_idle(qtbot, window)
    assert [kind for kind, _ in shown_dialogs] == ["error"]
    assert isinstance(shown_dialogs[0][1], UnreadableFile) or "export.xlsx" in str(shown_dialogs[0][1])
    failed = window.session.source(broken)
    assert failed is not None and failed.failed and failed.error is not None
    assert window.session.source(EMAIL) is not None and not window.session.source(EMAIL).failed
    rows = {row.source.name: row for row in window.sources_panel.row_widgets()}
    assert window.show_tab("campaigns")
    assert not rows["export.xlsx"].source.result and window.campaigns.model.rowCount() > 0


def test_cancel_stops_the_import_and_changes_nothing(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    import importers.load

    real = importers.load.import_files
    started = threading.Event()

    def waits_for_cancel(paths, progress, cancelled, mappings=None):  # type: ignore[no-untyped-def]
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        return real(paths, progress, cancelled, mappings)

    monkeypatch.setattr(importers.load, "import_files", waits_for_cancel)
    window = new_window(qtbot)
    window.open_paths([EMAIL, SOCIAL])
    assert window.imports.busy() and window.status.cancel_button.isVisible()
    qtbot.waitUntil(started.is_set, timeout=5000)
    qtbot.mouseClick(window.status.cancel_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert window.session.sources == [] and window.stack.currentWidget() is window.empty_state
    assert "cancelled" in window.status.label.text().lower()  # the real import_files raised Cancelled
    assert not window.status.cancel_button.isVisible()


def test_a_second_drop_during_an_import_waits_its_turn(qtbot, shown_dialogs) -> None:
    window = new_window(qtbot)
    window.open_paths([EMAIL])
    window.open_paths([SOCIAL])  # while the first batch runs: queued, not lost or mixed
    wait_idle(qtbot, window)
    assert {s.name for s in window.session.sources} == {EMAIL.name, SOCIAL.name}
    window.open_paths([EMAIL])  # importing a file again replaces it: no double counting
    wait_idle(qtbot, window)
    assert len(window.session.sources) == 2
    assert window.show_tab("campaigns")
    assert len(window.session.records()) == window.campaigns.model.rowCount()


def test_sources_can_be_removed_and_their_channel_changed(qtbot, shown_dialogs) -> None:
    window = new_window(qtbot)
    window.open_paths([EMAIL, SOCIAL])
    wait_idle(qtbot, window)
    window.sources_panel.channelChanged.emit(SOCIAL, "paid_social")
    wait_idle(qtbot, window)
    assert set(window.views["overview"].comparison.channels) == {"email", "paid_social"}
    row = next(r for r in window.sources_panel.row_widgets() if r.source.path == EMAIL)
    qtbot.mouseClick(row.remove, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert [s.name for s in window.session.sources] == [SOCIAL.name]
    assert set(window.session.records()["channel"]) == {"paid_social"}
    window.sources_panel.removeRequested.emit(SOCIAL)  # the last one: back to the drop invitation
    wait_idle(qtbot, window)
    assert window.stack.currentWidget() is window.empty_state
    assert not window.menu_actions.export_report.isEnabled() and shown_dialogs == []


def test_an_unrecognised_file_is_mapped_once_and_remembered(qtbot, tmp_path: Path, monkeypatch) -> None:
    from importers.mapping import guess_mapping
    from ui.dialogs.mapping_dialog import MappingDialog

    odd = tmp_path / "brevo.csv"
    odd.write_text("Nom,Date,Impressions,Clics\nRentrée,2026-09-02,1000,30\nSoldes,2026-09-09,1200,25\n")
    asked: list[Path] = []

    def answer(cls, parent, path, sample):  # type: ignore[no-untyped-def]
        asked.append(path)
        dialog = cls(path, sample, parent)
        dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
        assert dialog.mapping().columns == guess_mapping(sample).columns
        return dialog.mapping()

    monkeypatch.setattr(MappingDialog, "ask", classmethod(answer))
    window = new_window(qtbot)
    window.open_paths([odd])
    wait_idle(qtbot, window)
    assert asked == [odd]
    source = window.session.source(odd)
    assert source is not None and source.result is not None and source.result.rows == 2
    assert set(window.session.records()["channel"]) == {"email"}
    window.open_paths([odd])
    wait_idle(qtbot, window)
    assert asked == [odd]  # remembered: not asked again


def test_the_issue_badge_opens_the_rejected_rows_and_warnings(qtbot, shown_dialogs) -> None:
    from channelcompare.sources import ImportResult, Rejection
    from ui.dialogs.issues_dialog import IssuesDialog

    orders = DATA / "shopify_orders.csv"
    window = new_window(qtbot)
    window.open_paths([orders])
    wait_idle(qtbot, window)
    row = window.sources_panel.row_widgets()[0]
    result = row.source.result
    assert result is not None and row.source.issue_count() == len(result.rejected) + len(result.warnings) > 0
    qtbot.mouseClick(row.badge, Qt.MouseButton.LeftButton)
    assert shown_dialogs == [("issues", orders.name)]
    rejected = ImportResult("x.csv", "f", "meta", rejected=[Rejection(7, "Reach", "'abc' is not a number")])
    dialog = IssuesDialog(rejected, "x.csv")
    qtbot.addWidget(dialog)
    cells = [dialog.table.item(0, c).text() for c in range(3)]
    assert cells == ["7", "Reach", "'abc' is not a number"]


def test_a_dropped_folder_imports_every_file_in_it(qtbot, tmp_path: Path, shown_dialogs) -> None:
    import shutil

    folder = tmp_path / "exports"
    (folder / "social").mkdir(parents=True)
    shutil.copy(EMAIL, folder / EMAIL.name)
    shutil.copy(SOCIAL, folder / "social" / SOCIAL.name)
    window = new_window(qtbot)
    assert drop(window, [folder])
    wait_idle(qtbot, window)
    assert sorted(s.name for s in window.session.sources) == sorted([EMAIL.name, SOCIAL.name])
    assert window.settings.recent_files()[0] == str(folder) and shown_dialogs == []


def test_store_orders_are_not_listed_as_campaigns(qtbot) -> None:
    """The Campaigns tab lists campaigns and posts; Shopify orders belong to the Sales tab (as in the report)."""
    window = new_window(qtbot)
    window.open_paths([DATA / "mailchimp_campaigns.csv", DATA / "shopify_orders.csv"])
    wait_idle(qtbot, window)
    platforms = set(window.analysis.campaigns["platform"].astype("str"))
    assert "mailchimp" in platforms or "Mailchimp" in platforms
    assert not {"shopify", "Shopify"} & platforms
