"""The views redraw from the comparison's aggregates only, so a filter change shows within 100 ms
whatever the number of records behind it (the engine's own time is benchmarked separately).

CPU time of this process, best of five: the suite often shares the machine with other jobs, and their
load must not make this test flaky; what it guards is the views' own cost."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication

from ui.views.funnel import FunnelView
from ui.views.overview import OverviewView
from ui.views.timing import TimingView
from ui.views.trends import TrendsView


@pytest.mark.parametrize("view_class", [OverviewView, TimingView, TrendsView, FunnelView])
def test_a_new_comparison_shows_within_100_ms(qtbot, comparison, view_class) -> None:  # type: ignore[no-untyped-def]
    view = view_class()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    view.set_comparison(comparison)
    QApplication.processEvents()
    timings = []
    for _ in range(5):
        started = time.process_time()
        view.set_comparison(comparison)
        QApplication.processEvents()  # layout and paint included
        timings.append(time.process_time() - started)
    assert min(timings) < 0.100, f"{view_class.__name__}: {min(timings) * 1000:.0f} ms"
