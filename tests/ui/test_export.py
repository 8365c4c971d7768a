from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from tests.ui.helpers import DATA, new_window, wait_idle

FILES = [DATA / "mailchimp_campaigns.csv", DATA / "instagram_posts.csv"]


def test_export_excel_report_writes_the_workbook_in_the_background(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "report.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window = new_window(qtbot)
    assert not window.menu_actions.export_report.isEnabled()  # nothing to report yet
    window.open_paths(FILES)
    wait_idle(qtbot, window)
    assert window.menu_actions.export_report.isEnabled()
    window.menu_actions.export_report.trigger()
    assert window.status.cancel_button.isVisible()
    qtbot.waitUntil(lambda: window.exports._worker is None, timeout=60000)
    assert "report.xlsx" in window.status.label.text()
    sheets = load_workbook(target, read_only=True).sheetnames
    assert len(sheets) >= 3


def test_export_chart_saves_the_current_tabs_chart(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "bars.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window = new_window(qtbot)
    window.open_paths(FILES)
    wait_idle(qtbot, window)
    window.show_tab("campaigns")
    assert not window.menu_actions.export_chart.isEnabled()  # a table, not a chart
    window.show_tab("overview")
    assert window.menu_actions.export_chart.isEnabled()
    window.menu_actions.export_chart.trigger()
    assert target.read_text(encoding="utf-8").lstrip().startswith("<?xml")
