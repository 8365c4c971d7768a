"""The status bar's import indicator: a message, a progress bar and a Cancel button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
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
        bar.addWidget(self.label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self._files = 0
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

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the import (Esc); nothing is changed"))
        if self.progress.isVisible():
            self.label.setText(self.tr("Importing %n file(s)…", "", self._files))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
