from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


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


def test_a_deferred_window_paints_its_shell_then_builds_its_panes(qtbot) -> None:
    window = MainWindow(deferred=True)
    qtbot.addWidget(window)
    built: list[bool] = []
    window.when_built(lambda: built.append(window.built))
    assert not window.built and not hasattr(window, "pane")
    assert window.stack.currentWidget() is window.empty_state
    window.show()
    qtbot.waitUntil(lambda: bool(built), timeout=5000)  # right after the first paint
    assert built == [True] and window.stack.indexOf(window.pane) == 1
    assert window.stack.currentWidget() is window.empty_state and not window.session.sources
    later: list[bool] = []
    window.when_built(lambda: later.append(True))  # already built: at once
    assert later == [True]


def test_the_window_shell_imports_none_of_the_heavy_libraries() -> None:
    code = (
        "import sys; import ui.app, ui.main_window; "
        "print(','.join(m for m in ('pandas', 'numpy', 'pyqtgraph', 'openpyxl', 'requests') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""  # they are imported after the first paint (MainWindow._build_parts)
