"""The main window: menus, the empty state that invites a drop, and (as they arrive) the analysis views."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from channelcompare import __version__
from ui.settings import Settings


class EmptyState(QWidget):
    """Shown when nothing is loaded: says what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel(self.tr("Drop campaign exports here"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 22pt; font-weight: 600;")
        self.hint = QLabel(
            self.tr(
                "Email (Mailchimp, Klaviyo, MailerLite), social (Meta, Facebook, Instagram, LinkedIn, X, TikTok)\n"
                "and sales (Shopify, GA4) exports, as CSV or XLSX. Nothing leaves this computer."
            )
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    """Top-level window. Accepts file and folder drops anywhere."""

    filesDropped = Signal(list)

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.setWindowTitle("channelcompare")
        self.setAcceptDrops(True)
        self.stack = QStackedWidget()
        self.empty_state = EmptyState()
        self.stack.addWidget(self.empty_state)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self.resize(1280, 800)
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About channelcompare"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.file_menu = file_menu

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About channelcompare"),
            self.tr(
                "<b>channelcompare</b> {0}<br>Compare email and social campaigns on your own exports, "
                "with confidence intervals. Everything stays on this computer."
            ).format(__version__),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.filesDropped.emit([str(p) for p in paths])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.settings.set_geometry(self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
