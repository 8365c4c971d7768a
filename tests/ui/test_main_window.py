from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow


def test_window_opens_with_an_empty_state_inviting_a_drop(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "Drop campaign exports here" in window.empty_state.title.text()
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[:1] == ["File"] and "View" in titles and "Help" in titles
    assert not window.grab().isNull()


def test_dropping_a_file_url_emits_its_path(qtbot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    csv = tmp_path / "campaigns.csv"
    csv.write_text("a,b\n1,2\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(csv))])
    pos = QPoint(window.rect().center())  # PySide6 6.11 takes QPoint only
    enter = QDragEnterEvent(
        pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.filesDropped, timeout=1000) as blocker:
        QApplication.sendEvent(window, drop)
    assert blocker.args == [[str(csv)]]
