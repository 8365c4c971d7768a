"""Shared steps of the window tests: drop files, wait for the imports and the comparison."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow

DATA = Path(__file__).resolve().parent.parent / "data"


def new_window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def drop(window: MainWindow, paths: list[Path]) -> bool:
    """Drag `paths` onto the middle of the window and drop them; True when the drop was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPoint(window.rect().center())  # PySide6 6.11 takes QPoint only
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(window, enter)
    drop_event = QDropEvent(pos, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(window, drop_event)
    return enter.isAccepted() and drop_event.isAccepted()


def wait_idle(qtbot, window: MainWindow, timeout: int = 20000) -> None:  # type: ignore[no-untyped-def]
    """Until no import runs or waits and the latest comparison is on screen."""

    def idle() -> None:
        assert not window.imports.busy() and not window.recomputer.busy()

    qtbot.waitUntil(idle, timeout=timeout)
