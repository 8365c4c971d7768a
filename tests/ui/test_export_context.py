"""Files that leave the app keep their context: chart images say what they show, names carry the period,
and the saved file can be opened or shown in its folder at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from tests.ui.helpers import DATA, new_window, wait_idle
from ui.i18n import apply_language

FILES = [DATA / "mailchimp_campaigns.csv", DATA / "instagram_posts.csv"]


def _saving_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """Answer the save dialog with `target`; returns the names the dialog suggested."""
    suggested: list[str] = []

    def answer(parent, caption, name, filters):  # type: ignore[no-untyped-def]
        suggested.append(name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return suggested


def _ready_window(qtbot):  # type: ignore[no-untyped-def]
    apply_language("en")
    window = new_window(qtbot)
    window.open_paths(FILES)
    wait_idle(qtbot, window)
    window.show_tab("overview")
    return window


def test_an_exported_svg_names_its_title_metric_period_legend_and_the_app(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "bars.svg"
    suggested = _saving_to(monkeypatch, target)
    window = _ready_window(qtbot)
    start, end = window.analysis.comparison.period
    window.menu_actions.export_chart.trigger()
    assert Path(suggested[0]).name == f"overview_{start.isoformat()}_{end.isoformat()}.png"
    svg = target.read_text(encoding="utf-8")
    view = window.views["overview"]
    for text in (view.chart_title.text(), "Metric: Click rate", "Period:", "Whiskers: 95% interval"):
        assert text in svg, text
    assert "Made with channelcompare" in svg


def test_an_exported_png_is_the_chart_with_a_title_above_and_context_below(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "bars.png"
    _saving_to(monkeypatch, target)
    window = _ready_window(qtbot)
    chart = window.views["overview"].chart
    window.menu_actions.export_chart.trigger()
    image = QImage(str(target))
    assert image.width() == 2 * chart.width()
    assert image.height() > 2 * chart.height() + 2 * 4 * 12  # title band and four context lines


def test_the_report_name_carries_the_period_and_the_saved_file_can_be_opened(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.xlsx"
    suggested = _saving_to(monkeypatch, target)
    opened: list[QUrl] = []
    monkeypatch.setattr("ui.status.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    window = _ready_window(qtbot)
    start, end = window.analysis.comparison.period
    window.menu_actions.export_report.trigger()
    qtbot.waitUntil(lambda: window.exports._worker is None, timeout=60000)
    assert Path(suggested[0]).name == f"channelcompare-report_{start.isoformat()}_{end.isoformat()}.xlsx"
    status = window.status
    assert status.open_button.isVisible() and status.folder_button.isVisible()
    status.open_button.click()
    status.folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(target), str(tmp_path)]
    status.show_message("Something else")
    assert not status.open_button.isVisible()
