"""The window's first size and position fit the screen it opens on, at any scale factor.

The default size (ui.window_memory) is in logical pixels: 1280×800 is more than a 1920×1080 screen offers at
a scale factor of 2 (960×540 after the task bar), and a window larger than its screen opens with its title bar
or its status bar out of reach. So the size is capped at the screen's available area (a share of it on a first
run, so the desktop shows around it) and the window is placed inside that area.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: On a first run the window takes at most this share of the available width and height.
FIRST_RUN_SHARE = 0.92


def fitted(geometry: QRect, available: QRect, *, first_run: bool) -> QRect:
    """`geometry` made to fit inside `available`: capped in size, moved in (centred on a first run)."""
    share = FIRST_RUN_SHARE if first_run else 1.0
    width = min(geometry.width(), int(available.width() * share))
    height = min(geometry.height(), int(available.height() * share))
    if first_run:
        left = available.left() + (available.width() - width) // 2
        top = available.top() + (available.height() - height) // 2
    else:
        left = _clamp(geometry.left(), available.left(), available.left() + available.width() - width)
        top = _clamp(geometry.top(), available.top(), available.top() + available.height() - height)
    return QRect(left, top, width, height)


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(value, high))


def available_area(window: QWidget) -> QRect | None:
    """The part of the window's screen not taken by task bars and docks; None without a screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return None if screen is None else screen.availableGeometry()


def fit_to_screen(window: QWidget, *, first_run: bool) -> None:
    """Resize and move `window` (not shown yet) so that all of it is on its screen."""
    available = available_area(window)
    if available is None or available.isEmpty():
        return
    frame = fitted(window.geometry(), available, first_run=first_run)
    if frame != window.geometry():
        window.setGeometry(frame)
