"""The status bar's import indicator: a message, a progress bar and a Cancel button; after a file is saved,
"Open" and "Show in folder" beside the message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget


class ImportStatus(QWidget):
    """Adds itself to `bar`; shows progress while `busy`, a message otherwise."""

    cancelRequested = Signal()

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setFixedWidth(180)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.open_button = QPushButton()
        self.folder_button = QPushButton()
        self.open_button.clicked.connect(lambda: self._open(self._saved))
        self.folder_button.clicked.connect(lambda: self._open(self._saved.parent if self._saved else None))
        self._saved: Path | None = None
        bar.addWidget(self.label, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.folder_button)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self._files = 0
        self.offer_file(None)
        self.set_busy(False)
        self.retranslate()

    def set_busy(self, busy: bool, files: int = 0) -> None:
        self._files = files
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress.setValue(0)
        if busy:
            self.label.setText(self.tr("Importing %n file(s)…", "", files))

    def set_progress(self, fraction: float) -> None:
        self.progress.setValue(round(1000 * fraction))

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.offer_file(None)

    def offer_file(self, path: Path | None, text: str = "") -> None:
        """Say that `path` was saved (with `text`) and offer to open it or its folder; None withdraws."""
        self._saved = path
        self.open_button.setVisible(path is not None)
        self.folder_button.setVisible(path is not None)
        if path is not None:
            self.label.setText(text)

    @staticmethod
    def _open(path: Path | None) -> None:
        if path is not None:  # the desktop's own application for the file, or its file manager
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the saved file"))
        self.folder_button.setText(self.tr("Show in folder"))
        self.folder_button.setToolTip(self.tr("Open the folder the file was saved in"))
        self.cancel_button.setToolTip(self.tr("Stop the import (Esc); nothing is changed"))
        if self.progress.isVisible():
            self.label.setText(self.tr("Importing %n file(s)…", "", self._files))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
