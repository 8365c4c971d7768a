"""The window fits its screen at any scale factor; the Sources panel widens; the filter buttons show whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton

from tests.ui.helpers import DATA, new_window, wait_idle
from ui.screen_fit import fitted

EMAIL = DATA / "mailchimp_campaigns.csv"


def test_a_first_window_is_capped_and_centred_on_a_small_logical_screen() -> None:
    # 1920×1080 at scale factor 2, a 40-pixel task bar: 960×520 logical pixels are available.
    available = QRect(0, 0, 960, 520)
    frame = fitted(QRect(0, 0, 1280, 800), available, first_run=True)
    assert available.contains(frame) and frame.width() < 960 and frame.height() < 520
    assert abs(frame.center().x() - available.center().x()) <= 1


def test_a_remembered_window_from_a_larger_screen_is_moved_back_inside() -> None:
    available = QRect(0, 0, 1366, 728)
    frame = fitted(QRect(1800, 900, 1400, 900), available, first_run=False)
    assert available.contains(frame) and frame.size().width() == 1366


def test_the_window_opens_inside_the_available_screen(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ui.screen_fit.available_area", lambda window: QRect(0, 0, 960, 520))
    window = new_window(qtbot)
    assert QRect(0, 0, 960, 520).contains(window.geometry())


def test_the_sources_panel_widens_and_names_its_files_whole(qtbot) -> None:
    window = new_window(qtbot)
    window.resize(1400, 900)
    window.open_paths([EMAIL])
    wait_idle(qtbot, window)
    window.splitter.setSizes([480, 900])
    qtbot.wait(10)
    assert window.splitter.sizes()[0] >= 470
    row = window.sources_panel.row_widgets()[0]
    assert EMAIL.name in row.name.toolTip()


def test_the_filter_buttons_are_not_clipped_at_1024_pixels(qtbot) -> None:
    window = new_window(qtbot)
    window.resize(1024, 700)
    window.open_paths([EMAIL])
    wait_idle(qtbot, window)
    qtbot.wait(10)
    for button in window.pane.filter_bar.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()
