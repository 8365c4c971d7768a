"""The two figures about people: does the window stay responsive, and how soon does a filter change show?

A QTimer ticking every 5 ms on the GUI thread records the longest gap between two ticks: that is how long
the window could not react to a click or repaint. The import goes through the window's own worker
(ui.imports), exactly as a drop would, and ends when the analysis of the new data is on screen and painted.
Then a few filter changes go through `MainWindow.set_filters` (the filter bar's slot); each is timed from
the call until the tab on screen shows the new comparison (`analysisShown`, then the paint it asked for).
Between events the probe waits in Qt's event loop, as the app does, not in a Python polling loop.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

TICK_MS = 5
FILTER_CHANGES = (
    {"channels": ("email", "paid_social")},
    {"channels": None},
    {"start": date(2026, 1, 1), "end": date(2026, 3, 31)},
    {"start": None, "end": None},
    {"platforms": ("meta", "mailchimp")},
    {"platforms": None},
)


class StallProbe:
    """Longest interval between ticks of a fast timer on the GUI thread since the last `reset()`."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.reset()
        self.timer.start()

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now


def measure(paths: list[Path]) -> list[float]:
    """[longest stall during the import (ms), longest during the filter changes (ms), each change (ms)...]."""
    from ui import errors
    from ui.app import create_application
    from ui.main_window import MainWindow
    from ui.settings import Settings

    app = create_application()
    errors.set_interactive(False)
    window = MainWindow(Settings())
    window.resize(1400, 900)
    window.show()
    shown: list[float] = []
    window.analysisShown.connect(lambda _analysis: shown.append(time.perf_counter()))
    _settle(0.5)  # first paint, tab restored
    probe = StallProbe()
    window.open_paths(paths)
    _wait(window, lambda: bool(shown) and not window.imports.busy() and not window.recomputer.busy(), 600)
    app.processEvents()  # type: ignore[attr-defined]  # the first paint of the new data is part of the import
    stall = probe.longest * 1000
    probe.reset()
    times = []
    for change in FILTER_CHANGES:
        before = len(shown)
        started = time.perf_counter()
        window.set_filters(dict(change))
        _wait(window, lambda before=before: len(shown) > before and not window.recomputer.busy(), 120)
        app.processEvents()  # type: ignore[attr-defined]  # the repaint the new figures asked for
        times.append((time.perf_counter() - started) * 1000)
    window.close()
    return [stall, probe.longest * 1000, *times]


def _settle(seconds: float) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)


def _wait(window: object, done: object, timeout: float) -> None:
    """Run the event loop until `done()`, checked whenever the window's imports or analysis change state.

    The loop sleeps in Qt between events, as the app's own does: polling from Python here would take the
    GIL from the worker a thousand times a second and slow down the very computation being timed."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()

    def check(*_: object) -> None:
        if done():  # type: ignore[operator]
            loop.quit()

    signals = [window.analysisShown, window.recomputer.busyChanged, window.imports.finished]  # type: ignore[attr-defined]
    for signal in signals:
        signal.connect(check)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    if not done():  # type: ignore[operator]
        loop.exec()
    for signal in signals:
        signal.disconnect(check)
    if not done():  # type: ignore[operator]
        raise TimeoutError(f"the window did not finish within {timeout:.0f} s")
