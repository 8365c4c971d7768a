"""A cover over the analysis tabs while what they would show is still coming (an import, a comparison).

Under it the views keep whatever they had; the analyst never reads a "no data" state or stale numbers as the
answer: the cover hides them and says what is being done and, for an import, how far it is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from ui.views.palette import MUTED


class BusyCover(QWidget):
    """Lies over `target` (resized with it) while shown; `show_busy(text, fraction)` says what is running."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.target = target
        self.setObjectName("busyCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # Opaque: neither the numbers being replaced nor a view's "no data" text below may read as a result.
        self.setStyleSheet("QWidget#busyCover { background: palette(base); }")
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet(f"color: {MUTED}; font-size: 13pt;")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(240)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        target.installEventFilter(self)
        self.hide()

    def show_busy(self, text: str, fraction: float | None = None) -> None:
        """Cover the target with `text`; a bar that fills with `fraction`, or runs without an end when None."""
        self.label.setText(text)
        if fraction is None:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(round(1000 * fraction))
        self.setGeometry(self.target.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize and watched is self.target:
            self.setGeometry(self.target.rect())
        return super().eventFilter(watched, event)
